package main

import (
	"time"

	"github.com/podlab/podlab/sim"
)

// The javaweb Pod of the notes: an init container copies sample.war into
// a shared emptyDir, then tomcat serves it. Hand-built records, so the
// stage tests do not depend on the simulator.

func sec(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

func intp(i int) *int { return &i }

func javawebLayout() podLayout {
	return podLayout{
		Name: "javaweb-2",
		Containers: []containerLayout{
			{Name: "war", Kind: sim.InitKind, Image: "sample:v2",
				Mounts: []mountLayout{{Volume: "app-volume", Path: "/app"}}},
			{Name: "tomcat", Kind: sim.AppKind, Image: "tomcat:7.0", Ports: []int32{8080},
				Mounts: []mountLayout{{Volume: "app-volume", Path: "/root/apache-tomcat-7.0.42-v2/webapps"}},
				Probes: []sim.ProbeKind{sim.Liveness}},
		},
		Volumes: []volumeLayout{{Name: "app-volume", Source: "emptyDir"}},
	}
}

func cond(typ, status string) sim.Condition { return sim.Condition{Type: typ, Status: status} }

func javawebTimeline() *sim.Timeline {
	base := sim.PodStatus{Pod: "javaweb-2", Node: "node-1", LastRestart: -1}
	pending := base
	pending.At, pending.Phase, pending.Status, pending.Ready = 0, sim.PodPending, "Pending", "0/1"
	pending.Conditions = []sim.Condition{cond("PodScheduled", "True")}
	pending.Containers = []sim.ContainerStatus{
		{Name: "war", Kind: sim.InitKind, State: sim.Waiting, Reason: "PodInitializing"},
		{Name: "tomcat", Kind: sim.AppKind, State: sim.Waiting, Reason: "PodInitializing"},
	}
	initRunning := pending
	initRunning.At, initRunning.IP, initRunning.Status = sec(1), "10.244.1.7", "Init:0/1"
	initRunning.Conditions = []sim.Condition{cond("PodScheduled", "True"), cond("PodReadyToStartContainers", "True"), cond("Initialized", "False")}
	initRunning.Containers = []sim.ContainerStatus{
		{Name: "war", Kind: sim.InitKind, State: sim.Running, Started: true, StartedAt: sec(1)},
		{Name: "tomcat", Kind: sim.AppKind, State: sim.Waiting, Reason: "PodInitializing"},
	}
	running := initRunning
	running.At, running.Phase, running.Status, running.Ready = sec(3), sim.PodRunning, "Running", "1/1"
	running.Conditions = []sim.Condition{cond("PodScheduled", "True"), cond("PodReadyToStartContainers", "True"),
		cond("Initialized", "True"), cond("ContainersReady", "True"), cond("Ready", "True")}
	running.Containers = []sim.ContainerStatus{
		{Name: "war", Kind: sim.InitKind, State: sim.Terminated, Reason: "Completed", ExitCode: intp(0)},
		{Name: "tomcat", Kind: sim.AppKind, State: sim.Running, Started: true, Ready: true, Ports: []int{8080}},
	}
	return &sim.Timeline{
		Events: []sim.Event{
			{At: 0, Type: sim.EventNormal, Reason: "Scheduled", Object: "pod/javaweb-2", Message: "Successfully assigned default/javaweb-2 to node-1"},
			{At: sec(1), Type: sim.EventNormal, Reason: "Started", Object: "pod/javaweb-2", Container: "war", Message: "Started container war"},
			{At: sec(3), Type: sim.EventNormal, Reason: "Started", Object: "pod/javaweb-2", Container: "tomcat", Message: "Started container tomcat"},
		},
		Statuses: []sim.PodStatus{pending, initRunning, running},
		Logs:     []sim.LogLine{{At: sec(2), Pod: "javaweb-2", Container: "war", Stream: sim.Stdout, Text: "copied"}},
		Files: []sim.FileChange{{At: sec(2), Pod: "javaweb-2", Volume: "app-volume", Container: "war",
			Path: "/app/sample.war", VolPath: "sample.war", Op: sim.FileWrite, Size: 4606, Content: "PK"}},
		Probes: []sim.ProbeResult{
			{At: sec(13), Pod: "javaweb-2", Container: "tomcat", Kind: sim.Liveness, OK: true},
		},
		Horizon: time.Minute,
	}
}
