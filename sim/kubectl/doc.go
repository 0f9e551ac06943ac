// Package kubectl prints a simulated Pod the way kubectl prints a real one:
// `kubectl get pods` (and -w), `kubectl events` and `kubectl describe pod`.
// Students compare these with a real cluster, so the column layout, the
// tabwriter settings and the wording follow kubectl's own printers, each
// cited beside the function that mirrors it.
//
// The package is pure: it formats sim.Timeline values and api.Pod specs at
// a virtual time "now" (a time.Duration since the Pod was created).
package kubectl
