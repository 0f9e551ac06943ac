package scheduler

import (
	"fmt"
	"sort"
	"strings"

	"github.com/podlab/podlab/sim/api"
)

// Decision is the outcome of one scheduling attempt: a node, or the
// FailedScheduling message.
type Decision struct {
	Node    string
	Message string // set when Node is ""
}

// Schedule picks a node for pod among nodes, whose Requested already counts
// the Pods bound to them; usedPorts lists the host ports taken per node.
// requests are the Pod's effective requests (see PodRequests).
func Schedule(pod api.Pod, requests Resources, nodes []NodeInfo, usedPorts map[string]map[int32]bool) Decision {
	p := factsOf(pod, requests)
	reasons := map[string][]string{}
	best, bestScore := "", int64(-1)
	for _, n := range sortedByName(nodes) {
		if r := filter(p, n, usedPorts[n.Name]); len(r) > 0 {
			reasons[n.Name] = r
			continue
		}
		if s := score(pod, requests, n); s > bestScore {
			best, bestScore = n.Name, s
		}
	}
	if best != "" {
		return Decision{Node: best}
	}
	return Decision{Message: fitError(len(nodes), reasons)}
}

func factsOf(pod api.Pod, requests Resources) podFacts {
	p := podFacts{nodeSelector: pod.Spec.NodeSelector, tolerations: pod.Spec.Tolerations, requests: requests}
	if a := pod.Spec.Affinity; a != nil && a.NodeAffinity != nil {
		p.affinity = a.NodeAffinity.Required
	}
	for _, c := range pod.Spec.Containers {
		for _, port := range c.Ports {
			if port.HostPort > 0 {
				p.hostPorts = append(p.hostPorts, port.HostPort)
			}
		}
	}
	return p
}

func sortedByName(nodes []NodeInfo) []NodeInfo {
	s := append([]NodeInfo(nil), nodes...)
	sort.Slice(s, func(i, j int) bool { return s[i].Name < s[j].Name })
	return s
}

// score is LeastAllocated (noderesources/least_allocated.go: the share of
// CPU and memory left free after placing the Pod, 0-100 each, averaged)
// plus the preferred node affinity weights.
func score(pod api.Pod, req Resources, n NodeInfo) int64 {
	free := func(alloc, used int64) int64 {
		if alloc <= 0 {
			return 0
		}
		return (alloc - used) * 100 / alloc
	}
	s := (free(n.Allocatable.MilliCPU, n.Requested.MilliCPU+req.MilliCPU) +
		free(n.Allocatable.Memory, n.Requested.Memory+req.Memory)) / 2
	if a := pod.Spec.Affinity; a != nil && a.NodeAffinity != nil {
		s += preferredScore(a.NodeAffinity.Preferred, n)
	}
	return s
}

// fitError words a failure as framework.FitError.Error
// (pkg/scheduler/framework/types.go): "0/N nodes are available:" then the
// sorted histogram of filter reasons, then the preemption plugin's own
// diagnosis (defaultpreemption: every Pod here has priority 0, so there
// are never victims to evict).
func fitError(all int, reasons map[string][]string) string {
	msg := fmt.Sprintf("0/%d nodes are available:", all)
	if h := histogram(reasons); h != "" {
		msg += " " + h + "."
	}
	return msg + " " + preemptionMessage(all, reasons)
}

func histogram(reasons map[string][]string) string {
	count := map[string]int{}
	for _, rs := range reasons {
		for _, r := range rs {
			count[r]++
		}
	}
	return sortedCounts(count)
}

// sortedCounts renders a reason histogram as FitError does: "N reason"
// pieces sorted as strings, joined by ", ".
func sortedCounts(count map[string]int) string {
	var parts []string
	for r, n := range count {
		parts = append(parts, fmt.Sprintf("%d %s", n, r))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

// preemptionMessage mirrors the PostFilter message of DefaultPreemption:
// nodes rejected by an unresolvable filter (taints, affinity) cannot be
// helped by preemption; nodes short of resources could, but hold no Pod of
// lower priority.
func preemptionMessage(all int, reasons map[string][]string) string {
	count := map[string]int{}
	for _, rs := range reasons {
		if resolvableByPreemption(rs) {
			count["No preemption victims found for incoming pod"]++
		} else {
			count["Preemption is not helpful for scheduling"]++
		}
	}
	return fmt.Sprintf("preemption: 0/%d nodes are available: %s.", all, sortedCounts(count))
}

func resolvableByPreemption(reasons []string) bool {
	for _, r := range reasons {
		if r != reasonCPU && r != reasonMemory && r != reasonPods && r != reasonPorts {
			return false
		}
	}
	return true
}
