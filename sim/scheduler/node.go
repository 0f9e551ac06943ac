package scheduler

import "github.com/podlab/podlab/sim/api"

// NodeInfo is a node as the scheduler sees it: its labels and taints, what
// it can hold and what the Pods already bound to it request.
type NodeInfo struct {
	Name          string
	Labels        map[string]string
	Taints        []api.Taint
	Unschedulable bool
	Allocatable   Resources
	Requested     Resources // sum of the requests of Pods bound here
	Ready         bool
}

// Resources are CPU in millicores, memory in bytes and a Pod count.
type Resources struct {
	MilliCPU int64
	Memory   int64
	Pods     int64
}

// ControlPlaneTaint is the taint kubeadm puts on control-plane nodes.
var controlPlaneTaint = api.Taint{Key: "node-role.kubernetes.io/control-plane", Effect: "NoSchedule"}

// DefaultNodes is the cluster a lesson gets when its YAML names no Node:
// a tainted control plane and three workers in two zones, one of them with
// an SSD (the notes' `kubectl label nodes node-1 disktype=ssd`).
func DefaultNodes() []NodeInfo {
	worker := func(name, zone string, extra map[string]string) NodeInfo {
		labels := map[string]string{
			"kubernetes.io/hostname":      name,
			"kubernetes.io/os":            "linux",
			"kubernetes.io/arch":          "amd64",
			"topology.kubernetes.io/zone": zone,
		}
		for k, v := range extra {
			labels[k] = v
		}
		return NodeInfo{Name: name, Labels: labels, Ready: true,
			Allocatable: Resources{MilliCPU: 2000, Memory: 4 << 30, Pods: 110}}
	}
	cp := worker("control-plane", "zone-a", map[string]string{"node-role.kubernetes.io/control-plane": ""})
	cp.Taints = []api.Taint{controlPlaneTaint}
	return []NodeInfo{
		cp,
		worker("node-1", "zone-a", map[string]string{"disktype": "ssd"}),
		worker("node-2", "zone-a", nil),
		worker("node-3", "zone-b", nil),
	}
}
