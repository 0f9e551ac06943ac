package lessons

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// Duration is a virtual time since Pod creation, written in YAML as a Go
// duration ("90s", "2m30s") or a number of seconds.
type Duration time.Duration

// D returns d as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// UnmarshalJSON accepts "90s" or 90.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var secs float64
	if err := json.Unmarshal(b, &secs); err == nil {
		*d = Duration(secs * float64(time.Second))
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration: want a string like \"90s\" or a number of seconds, got %s", b)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("duration %q: %w", s, err)
	}
	*d = Duration(v)
	return nil
}

// MarshalJSON writes the Go form, "1m30s".
func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmtDur(d.D()))
}

// fmtDur prints a virtual time the way the page's clock does: "45s",
// "1m30s", "3m", "1.5s".
func fmtDur(d time.Duration) string {
	if d%time.Second != 0 || d < 0 {
		return d.String()
	}
	s := int64(d / time.Second)
	switch {
	case s < 60:
		return fmt.Sprintf("%ds", s)
	case s%60 == 0:
		return fmt.Sprintf("%dm", s/60)
	default:
		return fmt.Sprintf("%dm%ds", s/60, s%60)
	}
}

// Window is a closed time interval [From, To], written [25s, 45s].
type Window struct {
	From, To Duration
}

// UnmarshalJSON accepts a two-element list.
func (w *Window) UnmarshalJSON(b []byte) error {
	var pair []Duration
	if err := json.Unmarshal(b, &pair); err != nil || len(pair) != 2 {
		return fmt.Errorf("window: want [from, to], got %s", b)
	}
	if pair[1] < pair[0] {
		return fmt.Errorf("window: %s ends before it starts", b)
	}
	w.From, w.To = pair[0], pair[1]
	return nil
}

// Contains reports whether t is in the window.
func (w Window) Contains(t time.Duration) bool {
	return t >= w.From.D() && t <= w.To.D()
}

// Range is a count bound, written as a number (exactly that) or
// {min: 1} / {max: 3} / {min: 1, max: 3}.
type Range struct {
	Min *int `json:"min,omitempty"`
	Max *int `json:"max,omitempty"`
}

// UnmarshalJSON accepts 2 or {min, max}.
func (r *Range) UnmarshalJSON(b []byte) error {
	var n int
	if err := json.Unmarshal(b, &n); err == nil {
		r.Min, r.Max = &n, &n
		return nil
	}
	type plain Range
	var p plain
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return fmt.Errorf("range: want a number or {min, max}, got %s", b)
	}
	*r = Range(p)
	return nil
}

// Holds reports whether n is within the range.
func (r Range) Holds(n int) bool {
	return (r.Min == nil || n >= *r.Min) && (r.Max == nil || n <= *r.Max)
}

// String prints the range as the result lines show it: "0", "≥ 1",
// "≤ 3", "1..3".
func (r Range) String() string {
	switch {
	case r.Min != nil && r.Max != nil && *r.Min == *r.Max:
		return fmt.Sprint(*r.Min)
	case r.Min != nil && r.Max != nil:
		return fmt.Sprintf("%d..%d", *r.Min, *r.Max)
	case r.Min != nil:
		return fmt.Sprintf("≥ %d", *r.Min)
	case r.Max != nil:
		return fmt.Sprintf("≤ %d", *r.Max)
	}
	return "any"
}
