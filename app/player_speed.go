package main

import (
	"sort"
	"strconv"
	"strings"
	"time"
)

// speeds are the playback speeds the player offers, slowest first: slow
// motion for the classroom (Learn Git Branching's most repeated complaint,
// #639, is animations too fast to follow), fast for long back-offs.
func speeds() []float64 { return []float64{0.25, 0.5, 1, 2, 4, 8, 16} }

// nextSpeed returns the speed one step slower (dir < 0) or faster (dir > 0)
// than s, staying within speeds().
func nextSpeed(s float64, dir int) float64 {
	ss := speeds()
	i := sort.SearchFloat64s(ss, s)
	switch {
	case dir > 0 && i < len(ss) && ss[i] == s:
		i++
	case dir < 0:
		i--
	}
	if i < 0 {
		i = 0
	}
	if i >= len(ss) {
		i = len(ss) - 1
	}
	return ss[i]
}

// speedLabel prints a speed as "0.25×".
func speedLabel(s float64) string {
	return strconv.FormatFloat(s, 'f', -1, 64) + "×"
}

// parseSpeed reads a speed back from its option value; unknown values give 1.
func parseSpeed(v string) float64 {
	f, err := strconv.ParseFloat(strings.TrimSuffix(v, "×"), 64)
	if err != nil {
		return 1
	}
	for _, s := range speeds() {
		if s == f {
			return f
		}
	}
	return 1
}

// stepTime returns the time of the next event after t (dir > 0) or of the
// previous one before t (dir < 0); at is sorted. With no such event it
// returns the end (0 or last) it was heading for.
func stepTime(at []time.Duration, t time.Duration, dir int, end time.Duration) time.Duration {
	if dir > 0 {
		i := sort.Search(len(at), func(i int) bool { return at[i] > t })
		if i < len(at) {
			return at[i]
		}
		return end
	}
	i := sort.Search(len(at), func(i int) bool { return at[i] >= t })
	if i > 0 {
		return at[i-1]
	}
	return 0
}

// fmtClock prints a virtual time as the player's clock does: "1:05.3".
func fmtClock(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	tenths := int64(d / (100 * time.Millisecond))
	m, s, ts := tenths/600, tenths/10%60, tenths%10
	return strconv.FormatInt(m, 10) + ":" + pad2(s) + "." + strconv.FormatInt(ts, 10)
}

// fmtClockShort prints a virtual time without tenths: "10:00".
func fmtClockShort(d time.Duration) string {
	secs := int64(d / time.Second)
	return strconv.FormatInt(secs/60, 10) + ":" + pad2(secs%60)
}

func pad2(n int64) string {
	if n < 10 {
		return "0" + strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10)
}
