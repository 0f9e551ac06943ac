package kubelet

// probeResult is a stored probe result (pkg/kubelet/prober/results):
// resultNone stands for "not found" (the worker has not seen the container
// yet), the others for results.Unknown, Success and Failure.
type probeResult int8

const (
	resultNone probeResult = iota
	resultUnknown
	resultSuccess
	resultFailure
)

func (r probeResult) String() string {
	return [...]string{"none", "unknown", "success", "failure"}[r]
}
