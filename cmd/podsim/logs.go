package main

import (
	"fmt"
	"strings"

	"github.com/podlab/podlab/sim"
)

// target finds the Pod and container named by [POD/]CONTAINER; without a
// Pod name, the first Pod that has the container.
func (e *env) target(arg string) (sim.PodStatus, sim.ContainerStatus, error) {
	pod, ctr, hasPod := strings.Cut(arg, "/")
	if !hasPod {
		pod, ctr = "", arg
	}
	for _, st := range statusesAt(e.s.Timeline(), e.o.at) {
		if pod != "" && st.Pod != pod {
			continue
		}
		for _, c := range st.Containers {
			if c.Name == ctr {
				return st, c, nil
			}
		}
		if pod != "" {
			return st, sim.ContainerStatus{}, fmt.Errorf("error: container %s is not valid for pod %s", ctr, pod)
		}
	}
	if pod != "" {
		return sim.PodStatus{}, sim.ContainerStatus{}, fmt.Errorf("Error from server (NotFound): pods %q not found", pod)
	}
	return sim.PodStatus{}, sim.ContainerStatus{}, fmt.Errorf("error: no Pod has a container named %s", ctr)
}

// runLogs prints `kubectl logs [-p]`: the lines the container's current
// instance (or, with -p, the previous one) wrote up to --at. The current
// instance is the newest one the runtime created, so a crash-looping
// container shows the output of its last run.
func runLogs(e *env) int {
	st, c, err := e.target(e.o.positional[1])
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return 1
	}
	attempt := c.RestartCount
	if e.o.previous {
		if c.LastState == nil && c.RestartCount == 0 {
			fmt.Fprintf(e.stderr, "Error from server (BadRequest): previous terminated container %q in pod %q not found\n", c.Name, st.Pod)
			return 1
		}
		attempt--
	} else if c.State == sim.Waiting && c.LastState == nil && c.RestartCount == 0 {
		fmt.Fprintf(e.stderr, "Error from server (BadRequest): container %q in pod %q is waiting to start: %s\n", c.Name, st.Pod, c.Reason)
		return 1
	}
	for _, l := range e.s.Timeline().Logs {
		if l.At <= e.o.at && l.Pod == st.Pod && l.Container == c.Name && l.Attempt == attempt {
			fmt.Fprintln(e.stdout, l.Text)
		}
	}
	return 0
}

// runExec runs the command in the container at --at, as kubectl exec:
// refused for a completed Pod (kubectl's own check), for a container the
// runtime has not started (the API server cannot upgrade the connection)
// and for one that has exited (containerd refuses).
func runExec(e *env) int {
	st, c, err := e.target(e.o.positional[1])
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return 1
	}
	if msg := execRefusal(st, c); msg != "" {
		fmt.Fprintln(e.stderr, msg)
		return 1
	}
	stdout, stderr, code := e.s.Exec(st.Pod, c.Name, e.o.argv)
	fmt.Fprint(e.stdout, stdout)
	fmt.Fprint(e.stderr, stderr)
	if code != 0 {
		fmt.Fprintf(e.stderr, "command terminated with exit code %d\n", code)
	}
	return code
}

func execRefusal(st sim.PodStatus, c sim.ContainerStatus) string {
	switch {
	case st.Phase == sim.PodSucceeded || st.Phase == sim.PodFailed:
		return fmt.Sprintf("error: cannot exec into a container in a completed pod; current phase is %s", st.Phase)
	case c.State == sim.Terminated || c.State == sim.Waiting && c.LastState != nil:
		return "error: Internal error occurred: error executing command in container: failed to exec in container: container is in CONTAINER_EXITED state"
	case c.State != sim.Running:
		return fmt.Sprintf("error: unable to upgrade connection: container not found (%q)", c.Name)
	}
	return ""
}
