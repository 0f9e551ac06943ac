package kubelet

import (
	"fmt"

	"github.com/podlab/podlab/sim"
)

// CheckInvariants checks the structural invariants of a timeline (STYLE.md
// §3.2 rule 10): events and status lines in time order, container restart
// counts never falling, phases only moving forward (Pending → Running →
// Succeeded|Failed), one state per container and an exit code exactly for
// terminated ones.
func CheckInvariants(tl *sim.Timeline) error {
	for i := 1; i < len(tl.Events); i++ {
		if tl.Events[i].At < tl.Events[i-1].At {
			return fmt.Errorf("event %d (%s at %v) before event %d (at %v)", i, tl.Events[i].Reason, tl.Events[i].At, i-1, tl.Events[i-1].At)
		}
	}
	last := map[string]sim.PodStatus{}
	for i, s := range tl.Statuses {
		if i > 0 && s.At < tl.Statuses[i-1].At {
			return fmt.Errorf("status %d at %v before status %d at %v", i, s.At, i-1, tl.Statuses[i-1].At)
		}
		if err := checkContainers(s); err != nil {
			return fmt.Errorf("status %d at %v: %w", i, s.At, err)
		}
		if prev, ok := last[s.Pod]; ok {
			if err := checkProgress(prev, s); err != nil {
				return fmt.Errorf("status %d at %v: %w", i, s.At, err)
			}
		}
		last[s.Pod] = s
	}
	return nil
}

// phaseRank orders phases: going back is illegal, skipping is allowed.
func phaseRank(p sim.PodPhase) int {
	switch p {
	case sim.PodRunning:
		return 1
	case sim.PodSucceeded, sim.PodFailed:
		return 2
	}
	return 0
}

func checkProgress(prev, s sim.PodStatus) error {
	if phaseRank(s.Phase) < phaseRank(prev.Phase) || (phaseRank(prev.Phase) == 2 && s.Phase != prev.Phase) {
		return fmt.Errorf("pod %s: phase went from %s back to %s", s.Pod, prev.Phase, s.Phase)
	}
	for _, c := range s.Containers {
		for _, p := range prev.Containers {
			if p.Name == c.Name && c.RestartCount < p.RestartCount {
				return fmt.Errorf("container %s: restartCount fell from %d to %d", c.Name, p.RestartCount, c.RestartCount)
			}
		}
	}
	return nil
}

func checkContainers(s sim.PodStatus) error {
	for _, c := range s.Containers {
		switch c.State {
		case sim.Waiting, sim.Running:
			if c.ExitCode != nil {
				return fmt.Errorf("container %s is %s with an exit code", c.Name, c.State)
			}
		case sim.Terminated:
			if c.ExitCode == nil {
				return fmt.Errorf("container %s is terminated without an exit code", c.Name)
			}
		default:
			return fmt.Errorf("container %s has state %q", c.Name, c.State)
		}
	}
	return nil
}
