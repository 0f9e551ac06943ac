package kubelet

import "time"

// Back-off constants (pkg/kubelet/kubelet.go).
const (
	initialCrashLoopBackOff = 10 * time.Second  // initialCrashLoopBackOff
	maxCrashLoopBackOff     = 300 * time.Second // MaxCrashLoopBackOff = v1beta1.MaxContainerBackOff
	imageBackOffPeriod      = 10 * time.Second  // imageBackOffPeriod
	maxImageBackOff         = 300 * time.Second // MaxImageBackOff
	// backOffExpiry: klet.crashLoopBackOff.HasExpiredFunc returns true once
	// eventTime - lastUpdate > 600 s ("reset after 10 minutes of running").
	backOffExpiry = 600 * time.Second
)

// backOffEntry is one key's state in flowcontrol.Backoff.
type backOffEntry struct {
	backoff    time.Duration
	lastUpdate time.Duration
}

// backOff mirrors client-go/util/flowcontrol.Backoff with the kubelet's
// HasExpiredFunc: per-key exponential back-off on the virtual clock.
type backOff struct {
	initial, max time.Duration
	entries      map[string]*backOffEntry
}

func newBackOff(initial, max time.Duration) *backOff {
	return &backOff{initial: initial, max: max, entries: map[string]*backOffEntry{}}
}

// nextBackOff is the doubling rule of flowcontrol.Backoff.Next: the first
// failure (or one after the entry expired) waits initial, each next one
// twice the previous, capped at max.
func nextBackOff(prev, initial, max time.Duration, fresh bool) time.Duration {
	if fresh {
		return initial
	}
	if next := 2 * prev; next < max {
		return next
	}
	return max
}

// hasExpired is the kubelet's HasExpiredFunc (kubelet.go newCrashLoopBackOff):
// eventTime.Sub(lastUpdate) > 600 s.
func hasExpired(eventTime, lastUpdate time.Duration) bool {
	return eventTime-lastUpdate > backOffExpiry
}

// Next records a failure at eventTime (flowcontrol.Backoff.Next): lastUpdate
// becomes now.
func (b *backOff) Next(key string, eventTime, now time.Duration) {
	e, ok := b.entries[key]
	fresh := !ok || hasExpired(eventTime, e.lastUpdate)
	if !ok {
		e = &backOffEntry{}
		b.entries[key] = e
	}
	e.backoff = nextBackOff(e.backoff, b.initial, b.max, fresh)
	e.lastUpdate = now
}

// Get returns the current back-off of key (0 when none).
func (b *backOff) Get(key string) time.Duration {
	if e, ok := b.entries[key]; ok {
		return e.backoff
	}
	return 0
}

// IsInBackOffSince is flowcontrol.Backoff.IsInBackOffSince: an entry exists,
// it has not expired, and less than its back-off passed since eventTime.
func (b *backOff) IsInBackOffSince(key string, eventTime, now time.Duration) bool {
	e, ok := b.entries[key]
	if !ok || hasExpired(eventTime, e.lastUpdate) {
		return false
	}
	return now-eventTime < e.backoff
}

// IsInBackOffSinceUpdate is flowcontrol.Backoff.IsInBackOffSinceUpdate, used
// for image pulls: less than the back-off passed since the last failure.
func (b *backOff) IsInBackOffSinceUpdate(key string, now time.Duration) bool {
	e, ok := b.entries[key]
	if !ok || hasExpired(now, e.lastUpdate) {
		return false
	}
	return now-e.lastUpdate < e.backoff
}

// Until is when key's back-off since its last failure ends (0 when none).
func (b *backOff) Until(key string) time.Duration {
	if e, ok := b.entries[key]; ok {
		return e.lastUpdate + e.backoff
	}
	return 0
}
