package kubelet

import (
	"fmt"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/scheduler"
)

// clusterNodes is the cluster the Pods are scheduled on: the Nodes in the
// YAML, or the default cluster.
func clusterNodes(objs api.Objects) []scheduler.NodeInfo {
	if len(objs.Nodes) == 0 {
		return scheduler.DefaultNodes()
	}
	var nodes []scheduler.NodeInfo
	for _, n := range objs.Nodes {
		nodes = append(nodes, nodeInfo(n))
	}
	return nodes
}

// nodeInfo is a Node as the scheduler sees it; a Node without capacity
// gets the default worker's.
func nodeInfo(n api.Node) scheduler.NodeInfo {
	alloc := n.Status.Allocatable
	if alloc == nil {
		alloc = n.Status.Capacity
	}
	res := scheduler.Resources{MilliCPU: 2000, Memory: 4 << 30, Pods: 110}
	if q, ok := alloc["cpu"]; ok {
		res.MilliCPU = q.MilliValue()
	}
	if q, ok := alloc["memory"]; ok {
		res.Memory = q.Value()
	}
	if q, ok := alloc["pods"]; ok {
		res.Pods = q.Value()
	}
	return scheduler.NodeInfo{Name: n.Name, Labels: n.Labels, Taints: n.Spec.Taints,
		Unschedulable: n.Spec.Unschedulable, Allocatable: res, Ready: true}
}

// podRequests is the Pod's effective request (resource helpers
// PodRequests): the sum over app containers, at least the largest init
// container's, plus one Pod.
func podRequests(spec *api.PodSpec) scheduler.Resources {
	req := func(c *api.Container) (cpu, mem int64) {
		get := func(name string) api.Quantity {
			if q, ok := c.Resources.Requests[name]; ok {
				return q
			}
			return c.Resources.Limits[name] // defaulting copies limits into requests
		}
		return get("cpu").MilliValue(), get("memory").Value()
	}
	var r scheduler.Resources
	for i := range spec.Containers {
		cpu, mem := req(&spec.Containers[i])
		r.MilliCPU, r.Memory = r.MilliCPU+cpu, r.Memory+mem
	}
	for i := range spec.InitContainers {
		cpu, mem := req(&spec.InitContainers[i])
		r.MilliCPU, r.Memory = max(r.MilliCPU, cpu), max(r.Memory, mem)
	}
	r.Pods = 1
	return r
}

// create is the API server accepting the Pod: phase Pending, no
// conditions yet.
func (pw *podWorker) create() {
	pw.publish(false)
}

// bind is the scheduler's turn: the Scheduled event and PodScheduled, or
// FailedScheduling. A Pod with spec.nodeName skips the scheduler.
func (pw *podWorker) bind(nodes []scheduler.NodeInfo) {
	spec := &pw.pod.Spec
	switch {
	case len(spec.SchedulingGates) > 0:
		pw.schedCond = condition{condPodScheduled, condFalse, reasonSchedulingGated, "Scheduling is blocked due to non-empty scheduling gates"}
		pw.publish(false)
		return
	case spec.NodeName != "":
		pw.node = spec.NodeName
	case spec.SchedulerName != "" && spec.SchedulerName != "default-scheduler":
		return // no such scheduler runs: the Pod stays Pending, untouched
	default:
		d := scheduler.Schedule(*pw.pod, podRequests(spec), pw.k.boundNodes(nodes), pw.k.usedPorts())
		if d.Node == "" {
			pw.schedCond = condition{condPodScheduled, condFalse, reasonUnschedulable, d.Message}
			pw.k.event(sim.EventWarning, "FailedScheduling", pw.object(), "", d.Message)
			pw.publish(false)
			return
		}
		pw.node = d.Node
		pw.k.event(sim.EventNormal, "Scheduled", pw.object(), "",
			fmt.Sprintf("Successfully assigned %s/%s to %s", pw.ns, pw.name, pw.node))
	}
	pw.scheduled, pw.seenAt = true, pw.k.now
	pw.schedCond = trueCond(condPodScheduled)
	pw.nodeIdx = nodeIndex(nodes, pw.node)
	pw.hostIP = fmt.Sprintf("172.18.0.%d", 2+pw.nodeIdx)
	pw.publish(false)
	pw.requestSync()
}

func nodeIndex(nodes []scheduler.NodeInfo, name string) int {
	for i, n := range nodes {
		if n.Name == name {
			return i
		}
	}
	return len(nodes)
}

// boundNodes adds the requests of the Pods already bound to each node.
func (k *Kubelet) boundNodes(nodes []scheduler.NodeInfo) []scheduler.NodeInfo {
	out := append([]scheduler.NodeInfo(nil), nodes...)
	for i := range out {
		for _, pw := range k.pods {
			if pw.scheduled && pw.node == out[i].Name {
				r := podRequests(&pw.pod.Spec)
				out[i].Requested.MilliCPU += r.MilliCPU
				out[i].Requested.Memory += r.Memory
				out[i].Requested.Pods++
			}
		}
	}
	return out
}

// usedPorts are the host ports taken on each node.
func (k *Kubelet) usedPorts() map[string]map[int32]bool {
	used := map[string]map[int32]bool{}
	for _, pw := range k.pods {
		if !pw.scheduled {
			continue
		}
		if used[pw.node] == nil {
			used[pw.node] = map[int32]bool{}
		}
		for _, c := range pw.pod.Spec.Containers {
			for _, p := range c.Ports {
				if p.HostPort > 0 {
					used[pw.node][p.HostPort] = true
				}
			}
		}
	}
	return used
}
