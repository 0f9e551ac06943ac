package main

import (
	"sort"
	"strings"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/scheduler"
)

// podLayout is the part of the stage that comes from the spec, not from the
// simulation: which containers and volumes to draw and how they are wired.
// It changes only when the learner edits the YAML.
type podLayout struct {
	Name       string
	Containers []containerLayout // init and sidecar containers in spec order, then app containers
	Volumes    []volumeLayout
}

// containerLayout is one container as the spec declares it.
type containerLayout struct {
	Name   string
	Kind   sim.ContainerKind
	Image  string
	Ports  []int32
	Mounts []mountLayout
	Probes []sim.ProbeKind // the probes the spec declares, in startup, liveness, readiness order
	// MemoryLimit is resources.limits.memory in bytes; 0 when unset.
	MemoryLimit int64
}

// mountLayout is one volumeMount: a wire between a container and a disk.
type mountLayout struct {
	Volume   string
	Path     string
	ReadOnly bool
}

// volumeLayout is one volume: a disk on the stage.
type volumeLayout struct {
	Name   string
	Source string // "emptyDir", "configMap app-config", ...
}

// nodeLayout is a node as the stage labels it.
type nodeLayout struct {
	Name   string
	Labels []string // "key=value", sorted, without the labels every node has
}

// layoutPods returns the layout of every Pod in objs, in document order.
func layoutPods(objs api.Objects) []podLayout {
	out := make([]podLayout, 0, len(objs.Pods))
	for _, p := range objs.Pods {
		out = append(out, layoutPod(p))
	}
	return out
}

func layoutPod(p api.Pod) podLayout {
	l := podLayout{Name: p.Name}
	for _, c := range p.Spec.InitContainers {
		kind := sim.InitKind
		if c.RestartPolicy != nil && *c.RestartPolicy == api.RestartAlways {
			kind = sim.SidecarKind // a restartable init container (KEP-753)
		}
		l.Containers = append(l.Containers, layoutContainer(c, kind))
	}
	for _, c := range p.Spec.Containers {
		l.Containers = append(l.Containers, layoutContainer(c, sim.AppKind))
	}
	for _, v := range p.Spec.Volumes {
		l.Volumes = append(l.Volumes, volumeLayout{Name: v.Name, Source: volumeSource(v.VolumeSource)})
	}
	return l
}

func layoutContainer(c api.Container, kind sim.ContainerKind) containerLayout {
	cl := containerLayout{Name: c.Name, Kind: kind, Image: c.Image}
	if q, ok := c.Resources.Limits["memory"]; ok {
		cl.MemoryLimit = q.Value()
	}
	for _, p := range c.Ports {
		cl.Ports = append(cl.Ports, p.ContainerPort)
	}
	for _, m := range c.VolumeMounts {
		cl.Mounts = append(cl.Mounts, mountLayout{Volume: m.Name, Path: m.MountPath, ReadOnly: m.ReadOnly})
	}
	probes := []struct {
		p    *api.Probe
		kind sim.ProbeKind
	}{{c.StartupProbe, sim.Startup}, {c.LivenessProbe, sim.Liveness}, {c.ReadinessProbe, sim.Readiness}}
	for _, pr := range probes {
		if pr.p != nil {
			cl.Probes = append(cl.Probes, pr.kind)
		}
	}
	return cl
}

// volumeSource names a volume's source the way the YAML does.
func volumeSource(s api.VolumeSource) string {
	switch {
	case s.EmptyDir != nil:
		return "emptyDir"
	case s.HostPath != nil:
		return "hostPath " + s.HostPath.Path
	case s.ConfigMap != nil:
		return "configMap " + s.ConfigMap.Name
	case s.Secret != nil:
		return "secret " + s.Secret.SecretName
	case s.DownwardAPI != nil:
		return "downwardAPI"
	case s.Projected != nil:
		return "projected"
	case s.PersistentVolumeClaim != nil:
		return "persistentVolumeClaim"
	}
	return ""
}

// layoutNode finds the node called name among the YAML's Nodes, else in the
// default cluster the scheduler uses when the YAML names none.
func layoutNode(objs api.Objects, name string) nodeLayout {
	for _, n := range objs.Nodes {
		if n.Name == name {
			return nodeLayout{Name: name, Labels: shownLabels(n.Labels)}
		}
	}
	for _, n := range scheduler.DefaultNodes() {
		if n.Name == name {
			return nodeLayout{Name: name, Labels: shownLabels(n.Labels)}
		}
	}
	return nodeLayout{Name: name}
}

// shownLabels drops the well-known labels every node carries, which would
// only crowd the stage, and formats the rest as key=value.
func shownLabels(labels map[string]string) []string {
	var out []string
	for k, v := range labels {
		if strings.HasPrefix(k, "kubernetes.io/") {
			continue
		}
		if v == "" {
			out = append(out, k)
			continue
		}
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}
