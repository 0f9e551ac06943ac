package sim

import "time"

// Epoch is the wall-clock moment virtual time 0 stands for: the Pod's
// creationTimestamp in kubectl's output and the time `date`, `ls -l` and
// the servers' logs show inside its containers. One fixed moment for
// both, so that what a container prints agrees with what kubectl says,
// and every run prints the same.
func Epoch() time.Time {
	return time.Date(2025, time.June, 1, 9, 0, 0, 0, time.UTC)
}
