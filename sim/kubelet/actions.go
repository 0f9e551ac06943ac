package kubelet

import (
	"fmt"

	"github.com/podlab/podlab/sim/api"
)

// killReason is kuberuntime's containerKillReason: it picks the grace
// period (probe-level terminationGracePeriodSeconds for probe kills).
type killReason int8

const (
	reasonUnknownKill killReason = iota
	reasonStartupProbe
	reasonLivenessProbe
	reasonFailedPostStartHook
)

// ctrView is what computePodActions knows of one container: its newest
// instance's runtime state and the probe results kept for it.
type ctrView struct {
	state    runtimeState
	exitCode int
	startup  probeResult
	liveness probeResult
}

// podState is the runtime's view of a Pod (kubecontainer.PodStatus).
type podState struct {
	sandboxReady   bool
	sandboxAttempt int // sandboxes created so far
	init, app      []ctrView
	deleting       bool
}

// killInfo is containerToKillInfo.
type killInfo struct {
	init    bool
	idx     int
	message string
	reason  killReason
}

// podActions is kuberuntime's podActions.
type podActions struct {
	KillPod       bool
	CreateSandbox bool
	InitToStart   []int
	AppToStart    []int
	ToKill        []killInfo
}

// computePodActions is kuberuntime_manager.go computePodActions: what a sync
// must kill, create and start.
func computePodActions(spec *api.PodSpec, st podState) podActions {
	if !st.sandboxReady {
		return sandboxActions(spec, st)
	}
	var ch podActions
	if !computeInitContainerActions(spec, st, &ch) || ch.KillPod {
		return ch // initialization failed or still in progress
	}
	keep := 0
	restart := shouldRestartOnFailure(spec.RestartPolicy)
	for i := range spec.Containers {
		c, v := &spec.Containers[i], st.app[i]
		if v.state != stateRunning {
			if shouldRestart(spec.RestartPolicy, false, st.deleting, v.state, v.exitCode) {
				ch.AppToStart = append(ch.AppToStart, i)
			}
			continue
		}
		var msg string
		var why killReason
		switch {
		case v.liveness == resultFailure:
			msg, why = fmt.Sprintf("Container %s failed liveness probe", c.Name), reasonLivenessProbe
		case v.startup == resultFailure:
			msg, why = fmt.Sprintf("Container %s failed startup probe", c.Name), reasonStartupProbe
		default:
			keep++
			continue
		}
		if restart {
			msg += ", will be restarted"
			ch.AppToStart = append(ch.AppToStart, i)
		}
		ch.ToKill = append(ch.ToKill, killInfo{idx: i, message: msg, reason: why})
	}
	if keep == 0 && len(ch.AppToStart) == 0 {
		// "To prevent the restartable init containers to keep pod alive,
		// we should not restart them."
		ch.KillPod, ch.InitToStart = true, nil
	}
	return ch
}

// sandboxActions is computePodActions' createPodSandbox branch.
func sandboxActions(spec *api.PodSpec, st podState) podActions {
	ch := podActions{KillPod: true, CreateSandbox: true}
	if !shouldRestartOnFailure(spec.RestartPolicy) && st.sandboxAttempt != 0 {
		ch.CreateSandbox = false // should not restart the pod, just return
		return ch
	}
	var start []int
	for i := range spec.Containers {
		if spec.RestartPolicy == api.RestartOnFailure && st.app[i].state == stateExited && st.app[i].exitCode == 0 {
			continue
		}
		start = append(start, i)
	}
	if len(start) == 0 {
		ch.CreateSandbox = false
		return ch
	}
	if len(spec.InitContainers) != 0 {
		ch.InitToStart = []int{0}
		return ch
	}
	ch.AppToStart = start
	return ch
}

// computeInitContainerActions is kuberuntime_container.go
// computeInitContainerActions (the SidecarContainers path): it walks the
// init containers in reverse to find the next one to run, and reports
// whether the Pod is initialized.
func computeInitContainerActions(spec *api.PodSpec, st podState, ch *podActions) bool {
	if len(spec.InitContainers) == 0 {
		return true
	}
	initialized := false
	for _, v := range st.app {
		if v.state == stateCreated || v.state == stateRunning {
			initialized = true
		}
	}
	previously := initialized
	restartOnFailure := shouldRestartOnFailure(spec.RestartPolicy)
	seen := false
	for i := len(spec.InitContainers) - 1; i >= 0; i-- {
		c, v := &spec.InitContainers[i], st.init[i]
		last := i == len(spec.InitContainers)-1
		if v.state == stateNone {
			if previously && isSidecar(c) {
				ch.InitToStart = append(ch.InitToStart, i)
			}
			continue
		}
		seen = true
		if previously && !isSidecar(c) {
			continue // after initialization only sidecars are kept running
		}
		switch v.state {
		case stateCreated:
			ch.InitToStart = append(ch.InitToStart, i)
		case stateRunning:
			if isSidecar(c) && runningSidecarActions(c, v, i, last, previously, ch) {
				initialized = true
			}
		case stateExited:
			done, fail := exitedInitActions(c, v, i, last, restartOnFailure, ch)
			if fail {
				return false
			}
			initialized = initialized || done
		}
		if !previously {
			break // only one init container is started at a time
		}
	}
	if !seen && !initialized {
		ch.InitToStart = []int{0}
	}
	reverse(ch.InitToStart)
	return initialized
}

// exitedInitActions handles an exited init container: a sidecar is
// restarted; a failed regular one is restarted, or fails the Pod under
// restartPolicy Never (fail); a succeeded one lets the next start, or
// completes initialization when it is the last (done).
func exitedInitActions(c *api.Container, v ctrView, i int, last, restartOnFailure bool, ch *podActions) (done, fail bool) {
	switch {
	case isSidecar(c), v.exitCode != 0 && restartOnFailure:
		ch.InitToStart = append(ch.InitToStart, i)
	case v.exitCode != 0:
		ch.KillPod, ch.InitToStart = true, nil
		return false, true
	case last:
		return true, false
	default:
		ch.InitToStart = append(ch.InitToStart, i+1)
	}
	return false, false
}

// runningSidecarActions handles a running sidecar: wait for its startup
// probe, then let the next init container start; restart it when a probe
// failed. It reports whether this sidecar completes initialization.
func runningSidecarActions(c *api.Container, v ctrView, i int, last, previously bool, ch *podActions) bool {
	if c.StartupProbe != nil {
		if v.startup == resultFailure {
			ch.ToKill = append(ch.ToKill, killInfo{init: true, idx: i, reason: reasonStartupProbe,
				message: fmt.Sprintf("Init container %s failed startup probe", c.Name)})
			ch.InitToStart = append(ch.InitToStart, i)
		}
		if v.startup != resultSuccess {
			return false
		}
	}
	done := false
	if last {
		done = true
	} else if !previously {
		ch.InitToStart = append(ch.InitToStart, i+1)
	}
	if c.LivenessProbe != nil && v.liveness == resultFailure {
		ch.ToKill = append(ch.ToKill, killInfo{init: true, idx: i, reason: reasonLivenessProbe,
			message: fmt.Sprintf("Init container %s failed liveness probe", c.Name)})
		ch.InitToStart = append(ch.InitToStart, i)
	}
	return done
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
