package main

import (
	"testing"

	"github.com/podlab/podlab/sim"
)

func TestNarrate(t *testing.T) {
	evs := javawebTimeline().Events
	tests := []struct {
		name      string
		l         lang
		prev, cur narrPoint
		want      string
	}{
		{"an event and a new status", langEN,
			narrPoint{T: sec(2), Events: 2, Pod: "javaweb-2", Status: "Init:0/1", Phase: sim.PodPending},
			narrPoint{T: sec(3), Events: 3, Pod: "javaweb-2", Status: "Running", Phase: sim.PodRunning},
			"At 0:03.0, Started: Started container tomcat At 0:03.0, Pod javaweb-2: Running, phase Running."},
		{"in Chinese", langZH,
			narrPoint{T: sec(2), Events: 2, Pod: "javaweb-2", Status: "Init:0/1", Phase: sim.PodPending},
			narrPoint{T: sec(3), Events: 3, Pod: "javaweb-2", Status: "Running", Phase: sim.PodRunning},
			"0:03.0 时，Started：Started container tomcat 0:03.0 时，Pod javaweb-2：Running，阶段 Running。"},
		{"a jump back says where it is", langEN,
			narrPoint{T: sec(30), Events: 3, Pod: "javaweb-2", Status: "Running", Phase: sim.PodRunning},
			narrPoint{T: sec(1), Events: 2, Pod: "javaweb-2", Status: "Init:0/1", Phase: sim.PodPending},
			"Time 0:01.0. At 0:01.0, Pod javaweb-2: Init:0/1, phase Pending."},
		{"at most three events at once", langEN,
			narrPoint{T: 0, Events: 0, Pod: "javaweb-2", Status: "Running", Phase: sim.PodRunning},
			narrPoint{T: sec(9), Events: 3, Pod: "javaweb-2", Status: "Running", Phase: sim.PodRunning},
			"At 0:00.0, Scheduled: Successfully assigned default/javaweb-2 to node-1 At 0:01.0, Started: Started container war At 0:03.0, Started: Started container tomcat "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := narrate(tt.l, evs, tt.prev, tt.cur); got != tt.want {
				t.Errorf("narrate =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestShortcutFor(t *testing.T) {
	tests := map[string]shortcut{
		" ": scPlayPause, "ArrowLeft": scPrev, "ArrowRight": scNext, "[": scSlower, "]": scFaster,
		"?": scHelp, "Escape": scClose, "p": scPresent, "Home": scStart, "x": scNone, "Enter": scNone,
	}
	for key, want := range tests {
		if got := shortcutFor(key); got != want {
			t.Errorf("shortcutFor(%q) = %d, want %d", key, got, want)
		}
	}
}
