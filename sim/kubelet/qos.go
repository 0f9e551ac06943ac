package kubelet

import "github.com/podlab/podlab/sim/api"

// QOSClass is the Pod's quality-of-service class.
const (
	QOSGuaranteed = "Guaranteed"
	QOSBurstable  = "Burstable"
	QOSBestEffort = "BestEffort"
)

// GetPodQOS mirrors ComputePodQOS (pkg/apis/core/v1/helper/qos/qos.go):
// BestEffort when no container (init included) requests or limits cpu or
// memory; Guaranteed when every container has cpu and memory limits and
// the summed requests equal the summed limits; Burstable otherwise.
// Requests are taken after API defaulting (a limit without a request
// counts as the request).
func GetPodQOS(p *api.Pod) string {
	requests, limits := map[string]int64{}, map[string]int64{}
	guaranteed := true
	all := append(append([]api.Container{}, p.Spec.Containers...), p.Spec.InitContainers...)
	for _, c := range all {
		addPositive(requests, effectiveRequests(c))
		found := addPositive(limits, c.Resources.Limits)
		if !found["cpu"] || !found["memory"] {
			guaranteed = false
		}
	}
	if len(requests) == 0 && len(limits) == 0 {
		return QOSBestEffort
	}
	for name, req := range requests {
		if lim, ok := limits[name]; !ok || lim != req {
			guaranteed = false
		}
	}
	if guaranteed && len(requests) == len(limits) {
		return QOSGuaranteed
	}
	return QOSBurstable
}

// addPositive sums the positive cpu and memory quantities of list into
// sum (in milli-units) and reports which it found.
func addPositive(sum map[string]int64, list map[string]api.Quantity) map[string]bool {
	found := map[string]bool{}
	for name, q := range list {
		if name != "cpu" && name != "memory" {
			continue
		}
		if m := milliValue(q); m > 0 {
			sum[name] += m
			found[name] = true
		}
	}
	return found
}
