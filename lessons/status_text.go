package lessons

import (
	"fmt"
	"strings"

	"github.com/podlab/podlab/sim"
)

// describePod lists a pod expectation's fields: "phase Running, READY 1/1".
func describePod(p *PodExpect) string {
	var parts []string
	add := func(k, v string) {
		if v != "" {
			parts = append(parts, k+" "+v)
		}
	}
	add("STATUS", p.Status)
	add("phase", p.Phase)
	add("READY", p.Ready)
	if p.Restarts != nil {
		add("RESTARTS", p.Restarts.String())
	}
	add("node", p.Node)
	add("qosClass", p.QOSClass)
	for _, k := range sortedKeys(p.Conditions) {
		add(k, p.Conditions[k])
	}
	return strings.Join(parts, ", ")
}

// describeContainer lists a container expectation's fields.
func describeContainer(ce *ContainerExpect) string {
	var parts []string
	add := func(k, v string) {
		if v != "" {
			parts = append(parts, k+" "+v)
		}
	}
	add("state", ce.State)
	add("reason", ce.Reason)
	if ce.ExitCode != nil {
		add("exitCode", fmt.Sprint(*ce.ExitCode))
	}
	if ce.Ready != nil {
		add("ready", fmt.Sprint(*ce.Ready))
	}
	if ce.Started != nil {
		add("started", fmt.Sprint(*ce.Started))
	}
	if ce.Restarts != nil {
		add("restartCount", ce.Restarts.String())
	}
	add("lastState.reason", ce.LastReason)
	return strings.Join(parts, ", ")
}

// actualPod is st seen through p: the fields p names, with st's values.
func actualPod(p *PodExpect, st sim.PodStatus) *PodExpect {
	pick := func(want, got string) string {
		if want == "" {
			return ""
		}
		return got
	}
	a := &PodExpect{Phase: pick(p.Phase, string(st.Phase)), Status: pick(p.Status, st.Status), Ready: pick(p.Ready, st.Ready),
		Node: pick(p.Node, st.Node), QOSClass: pick(p.QOSClass, st.QOSClass)}
	if p.Restarts != nil {
		a.Restarts = &Range{Min: ptr(st.Restarts), Max: ptr(st.Restarts)}
	}
	if len(p.Conditions) > 0 {
		a.Conditions = map[string]string{}
		for _, c := range st.Conditions {
			if _, ok := p.Conditions[c.Type]; ok {
				a.Conditions[c.Type] = c.Status
			}
		}
	}
	return a
}

// actualContainer is cs seen through ce.
func actualContainer(ce *ContainerExpect, cs sim.ContainerStatus) *ContainerExpect {
	a := &ContainerExpect{Name: ce.Name}
	if ce.State != "" {
		a.State = string(cs.State)
	}
	if ce.Reason != "" {
		a.Reason = cs.Reason
	}
	if ce.LastReason != "" {
		a.LastReason = lastReason(cs)
	}
	if ce.ExitCode != nil {
		a.ExitCode = cs.ExitCode
	}
	if ce.Ready != nil {
		a.Ready = ptr(cs.Ready)
	}
	if ce.Started != nil {
		a.Started = ptr(cs.Started)
	}
	if ce.Restarts != nil {
		a.Restarts = &Range{Min: ptr(cs.RestartCount), Max: ptr(cs.RestartCount)}
	}
	return a
}
