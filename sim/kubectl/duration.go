package kubectl

import (
	"fmt"
	"time"
)

// HumanDuration mirrors k8s.io/apimachinery/pkg/util/duration.HumanDuration,
// which kubectl uses for AGE, RESTARTS "(… ago)" and event ages. The
// thresholds are kubectl's: seconds up to 2 minutes, minutes and seconds up
// to 10 minutes, whole minutes up to 3 hours, and so on.
func HumanDuration(d time.Duration) string {
	// A deviation under 2 s counts as now (the source tolerates clock skew).
	if seconds := int(d.Seconds()); seconds < -1 {
		return "<invalid>"
	} else if seconds < 0 {
		return "0s"
	} else if seconds < 60*2 {
		return fmt.Sprintf("%ds", seconds)
	}
	minutes := int(d / time.Minute)
	if minutes < 10 {
		s := int(d/time.Second) % 60
		if s == 0 {
			return fmt.Sprintf("%dm", minutes)
		}
		return fmt.Sprintf("%dm%ds", minutes, s)
	} else if minutes < 60*3 {
		return fmt.Sprintf("%dm", minutes)
	}
	return humanHours(d, minutes)
}

// humanHours is the part of HumanDuration for 3 hours and more.
func humanHours(d time.Duration, minutes int) string {
	hours := int(d / time.Hour)
	switch {
	case hours < 8:
		if m := minutes % 60; m != 0 {
			return fmt.Sprintf("%dh%dm", hours, m)
		}
		return fmt.Sprintf("%dh", hours)
	case hours < 48:
		return fmt.Sprintf("%dh", hours)
	case hours < 24*8:
		if h := hours % 24; h != 0 {
			return fmt.Sprintf("%dd%dh", hours/24, h)
		}
		return fmt.Sprintf("%dd", hours/24)
	case hours < 24*365*2:
		return fmt.Sprintf("%dd", hours/24)
	case hours < 24*365*8:
		if dy := (hours / 24) % 365; dy != 0 {
			return fmt.Sprintf("%dy%dd", hours/24/365, dy)
		}
		return fmt.Sprintf("%dy", hours/24/365)
	}
	return fmt.Sprintf("%dy", hours/24/365)
}

// since is kubectl's translateTimestampSince for a moment "at" seen at now.
func since(at, now time.Duration) string {
	return HumanDuration(now - at)
}
