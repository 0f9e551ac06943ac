package scheduler

import (
	"fmt"
	"strconv"

	"github.com/podlab/podlab/sim/api"
)

// Filter failure reasons, verbatim from the plugins under
// pkg/scheduler/framework/plugins/.
const (
	// nodeunschedulable/node_unschedulable.go ErrReasonUnschedulable
	reasonUnschedulable = "node(s) were unschedulable"
	// nodeaffinity/node_affinity.go ErrReasonPod
	reasonAffinity = "node(s) didn't match Pod's node affinity/selector"
	// nodeports/node_ports.go ErrReason
	reasonPorts = "node(s) didn't have free ports for the requested pod ports"
	// noderesources/fit.go: "Insufficient " + resource name
	reasonCPU    = "Insufficient cpu"
	reasonMemory = "Insufficient memory"
	reasonPods   = "Too many pods"
	// nodeready: the node lifecycle controller taints a NotReady node
	// node.kubernetes.io/not-ready:NoSchedule, which TaintToleration reports.
)

// unschedulableTaint is what NodeUnschedulable tolerates: a Pod that
// tolerates node.kubernetes.io/unschedulable may land on a cordoned node.
var unschedulableTaint = api.Taint{Key: "node.kubernetes.io/unschedulable", Effect: "NoSchedule"}

// podFacts is what the filters need of the Pod being scheduled.
type podFacts struct {
	nodeSelector map[string]string
	affinity     *api.NodeSelector
	tolerations  []api.Toleration
	hostPorts    []int32
	requests     Resources
}

// filter runs the default filter plugins in their configured order and
// returns the first plugin's reasons, as the framework's RunFilterPlugins
// stops at the first failure (pkg/scheduler/framework/runtime/framework.go).
func filter(p podFacts, n NodeInfo, usedPorts map[int32]bool) []string {
	if n.Unschedulable && !toleratesAny(p.tolerations, unschedulableTaint) {
		return []string{reasonUnschedulable}
	}
	if t, ok := untoleratedTaint(n.Taints, p.tolerations); ok {
		// tainttoleration/taint_toleration.go Filter
		return []string{fmt.Sprintf("node(s) had untolerated taint {%s: %s}", t.Key, t.Value)}
	}
	if !matchesNodeSelector(p.nodeSelector, n.Labels) || !matchesRequiredAffinity(p.affinity, n) {
		return []string{reasonAffinity}
	}
	for _, port := range p.hostPorts {
		if usedPorts[port] {
			return []string{reasonPorts}
		}
	}
	return fitsRequest(p.requests, n)
}

// untoleratedTaint mirrors v1helper.FindMatchingUntoleratedTaint with the
// NoSchedule and NoExecute effects the TaintToleration filter considers.
func untoleratedTaint(taints []api.Taint, tols []api.Toleration) (api.Taint, bool) {
	for _, t := range taints {
		if t.Effect != "NoSchedule" && t.Effect != "NoExecute" {
			continue
		}
		if !toleratesAny(tols, t) {
			return t, true
		}
	}
	return api.Taint{}, false
}

func toleratesAny(tols []api.Toleration, t api.Taint) bool {
	for _, tol := range tols {
		if toleratesTaint(tol, t) {
			return true
		}
	}
	return false
}

// toleratesTaint mirrors core/v1 Toleration.ToleratesTaint
// (staging/src/k8s.io/api/core/v1/toleration.go).
func toleratesTaint(tol api.Toleration, t api.Taint) bool {
	if tol.Effect != "" && tol.Effect != t.Effect {
		return false
	}
	if tol.Key != t.Key && tol.Key != "" {
		return false
	}
	switch tol.Operator {
	case "Exists":
		return true
	case "", "Equal":
		return tol.Key == t.Key && tol.Value == t.Value
	case "Gt", "Lt":
		return compareNumeric(tol.Operator, t.Value, tol.Value)
	}
	return false
}

// compareNumeric serves the numeric toleration operators: the taint's value
// must be greater (Gt) or less (Lt) than the toleration's.
func compareNumeric(op, taintValue, tolValue string) bool {
	tv, err1 := strconv.ParseInt(taintValue, 10, 64)
	v, err2 := strconv.ParseInt(tolValue, 10, 64)
	if err1 != nil || err2 != nil {
		return false
	}
	if op == "Gt" {
		return tv > v
	}
	return tv < v
}

// fitsRequest mirrors noderesources.fitsRequest: every resource the Pod
// requests must fit in what the node has left.
func fitsRequest(req Resources, n NodeInfo) []string {
	var reasons []string
	if n.Requested.Pods+1 > n.Allocatable.Pods {
		reasons = append(reasons, reasonPods)
	}
	if req.MilliCPU > 0 && req.MilliCPU > n.Allocatable.MilliCPU-n.Requested.MilliCPU {
		reasons = append(reasons, reasonCPU)
	}
	if req.Memory > 0 && req.Memory > n.Allocatable.Memory-n.Requested.Memory {
		reasons = append(reasons, reasonMemory)
	}
	return reasons
}
