package api

import (
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	type check struct {
		At      string   `json:"at"`
		Restart int      `json:"restarts,omitempty"`
		Ratio   float64  `json:"ratio,omitempty"`
		Count   uint8    `json:"count,omitempty"`
		Tags    []string `json:"tags,omitempty"`
		Extra   any      `json:"extra,omitempty"`
	}
	type lesson struct {
		Title  string  `json:"title"`
		Checks []check `json:"checks"`
	}
	var l lesson
	err := Decode([]byte("title: Init containers\nchecks:\n- {at: 60s, restarts: 2, ratio: .5, count: 3, tags: [a], extra: {x: 1}}\n"), &l)
	if err != nil {
		t.Fatal(err)
	}
	c := l.Checks[0]
	if l.Title != "Init containers" || c.At != "60s" || c.Restart != 2 || c.Ratio != 0.5 || c.Count != 3 || c.Tags[0] != "a" {
		t.Errorf("decoded %+v", l)
	}
	tests := map[string]string{
		"titel: x\n":                     `1:1: unknown field "titel", did you mean "title"?`,
		"checks: [{at: 1s, count: 300}]": `1:26: checks[0].count: 300 is out of range for a 8-bit unsigned integer`,
		"checks: [{at: [1]}]":            `1:15: checks[0].at: expected a string, got list`,
		"title: [":                       `1:1: YAML syntax error: did not find expected node content`,
	}
	for src, want := range tests {
		var l lesson
		if err := Decode([]byte(src), &l); err == nil || err.Error() != want {
			t.Errorf("Decode(%q) = %v, want %s", src, err, want)
		}
	}
	if err := Decode([]byte("a: 1"), lesson{}); err == nil || !strings.Contains(err.Error(), "pointer") {
		t.Errorf("Decode into a non-pointer: %v", err)
	}
}
