package main

import "github.com/podlab/podlab/sim"

// Every state the stage shows has a shape and a word as well as a colour
// (WCAG 1.4.1; Flexbox Froggy's colour-blind mode, PR #134, is the lesson):
// the glyphs below differ in outline, not only in hue.

// stateIcon is the glyph of a container state: a triangle while running,
// a dotted circle while waiting, a square once terminated; a finished init
// container gets a tick, a failed one a cross.
func stateIcon(s sim.ContainerStatus) string {
	switch s.State {
	case sim.Running:
		return "▶"
	case sim.Terminated:
		if s.ExitCode != nil && *s.ExitCode == 0 {
			return "✓"
		}
		return "✗"
	}
	return "◌"
}

// stateText is the container state in words.
func stateText(l lang, s sim.ContainerState) string {
	switch s {
	case sim.Running:
		return l.T(msgStateRunning)
	case sim.Terminated:
		return l.T(msgStateTerminated)
	}
	return l.T(msgStateWaiting)
}

// phaseIcon is the glyph of a Pod phase.
func phaseIcon(p sim.PodPhase) string {
	switch p {
	case sim.PodRunning:
		return "▶"
	case sim.PodSucceeded:
		return "✓"
	case sim.PodFailed:
		return "✗"
	case sim.PodUnknown:
		return "?"
	}
	return "◌"
}

// conditionIcon is the glyph of a condition's status.
func conditionIcon(status string) string {
	switch status {
	case "True":
		return "✓"
	case "False":
		return "✗"
	}
	return "?"
}

// probeName is a probe kind in words.
func probeName(l lang, k sim.ProbeKind) string {
	switch k {
	case sim.Liveness:
		return l.T(msgProbeLiveness)
	case sim.Readiness:
		return l.T(msgProbeReadiness)
	}
	return l.T(msgProbeStartup)
}

// stateClass is the CSS class of a state; the class sets colour, the
// glyph and the text carry the meaning.
func stateClass(s sim.ContainerStatus) string {
	if s.State == sim.Terminated && (s.ExitCode == nil || *s.ExitCode != 0) {
		return "st-failed"
	}
	return "st-" + string(stateOf(s))
}

// stateOf is the container's state, waiting when it has none yet.
func stateOf(s sim.ContainerStatus) sim.ContainerState {
	if s.State == "" {
		return sim.Waiting
	}
	return s.State
}
