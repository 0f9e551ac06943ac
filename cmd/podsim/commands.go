package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/kubectl"
	"github.com/podlab/podlab/sim/kubelet"
)

// statusesAt are the status lines of every Pod that exists at t, in the
// order the Pods first appear; a deleted Pod is gone from the API server.
func statusesAt(tl *sim.Timeline, t time.Duration) []sim.PodStatus {
	var out []sim.PodStatus
	for _, pod := range podNames(tl) {
		if s, ok := tl.StatusAt(pod, t); ok && !s.Deleted {
			out = append(out, s)
		}
	}
	return out
}

func podNames(tl *sim.Timeline) []string {
	var names []string
	seen := map[string]bool{}
	for _, s := range tl.Statuses {
		if !seen[s.Pod] {
			seen[s.Pod] = true
			names = append(names, s.Pod)
		}
	}
	return names
}

func runGet(e *env) int {
	sts := statusesAt(e.s.Timeline(), e.o.at)
	if len(sts) == 0 {
		fmt.Fprintln(e.stderr, "No resources found in default namespace.")
		return 0
	}
	fmt.Fprint(e.stdout, kubectl.GetPods(sts, e.o.at, e.o.wide))
	return 0
}

func runWatch(e *env) int {
	fmt.Fprint(e.stdout, kubectl.Watch(e.s.Timeline().Statuses, e.o.until, e.o.wide))
	return 0
}

func runEvents(e *env) int {
	tl := e.s.Timeline()
	if len(tl.EventsUntil(e.o.until)) == 0 {
		fmt.Fprintln(e.stderr, "No events found in default namespace.")
		return 0
	}
	fmt.Fprint(e.stdout, kubectl.Events(tl.Events, e.o.until))
	return 0
}

// runDescribe prints every Pod of the file, separated by a blank line as
// kubectl describe pods does.
func runDescribe(e *env) int {
	tl := e.s.Timeline()
	objs := objects(e.src)
	var out []string
	for i := range objs.Pods {
		st, ok := tl.StatusAt(objs.Pods[i].Name, e.o.at)
		if !ok {
			continue
		}
		if st.Deleted {
			fmt.Fprintf(e.stderr, "Error from server (NotFound): pods %q not found\n", st.Pod)
			return 1
		}
		out = append(out, kubectl.Describe(e.podView(objs, objs.Pods[i], st), e.o.at))
	}
	if len(out) == 0 {
		fmt.Fprintln(e.stderr, "No resources found in default namespace.")
		return 0
	}
	fmt.Fprint(e.stdout, strings.Join(out, "\n\n"))
	return 0
}

// podView is the Pod as the API server stores it (after admission) with
// its status at --at.
func (e *env) podView(objs api.Objects, pod api.Pod, st sim.PodStatus) kubectl.PodView {
	admitted := kubelet.AdmitServiceAccount(pod)
	if st.QOSClass == "" {
		st.QOSClass = kubelet.GetPodQOS(&admitted)
	}
	src := envSources(objs, &admitted, st)
	v := kubectl.PodView{Pod: &admitted, Status: st, Events: e.s.Timeline().Events, HostIP: src.HostIP,
		EnvValue: func(c api.Container, ev api.EnvVar) string { return describeEnvValue(src, c, ev) }}
	if e.o.deleteAt != nil && *e.o.deleteAt <= e.o.at {
		v.DeletedAt = e.o.deleteAt
		v.Grace = 30
		if pod.Spec.TerminationGracePeriodSeconds != nil {
			v.Grace = *pod.Spec.TerminationGracePeriodSeconds
		}
	}
	return v
}

func envSources(objs api.Objects, pod *api.Pod, st sim.PodStatus) kubelet.EnvSources {
	src := kubelet.EnvSources{Pod: pod, PodIP: st.IP, HostIP: kubelet.NodeIP(st.Node), NodeName: st.Node,
		ConfigMaps: map[string]api.ConfigMap{}, Secrets: map[string]api.Secret{},
		NodeAllocatable: map[string]api.Quantity{"cpu": "2", "memory": "4Gi"}}
	for _, cm := range objs.ConfigMaps {
		src.ConfigMaps[cm.Name] = cm
	}
	for _, s := range objs.Secrets {
		src.Secrets[s.Name] = s
	}
	return src
}

// describeEnvValue is kubectl describe's view of a fieldRef (resolved
// against the stored Pod) or resourceFieldRef (the container's own value).
func describeEnvValue(src kubelet.EnvSources, c api.Container, ev api.EnvVar) string {
	switch {
	case ev.ValueFrom.FieldRef != nil:
		path := ev.ValueFrom.FieldRef.FieldPath
		if strings.HasPrefix(path, "metadata.") {
			// the API server's object: without the kubelet's config annotations
			v, _ := kubelet.ExtractFieldPathAsString(src.Pod, path)
			return v
		}
		v, _ := kubelet.PodFieldSelectorRuntimeValue(src, path)
		return v
	case ev.ValueFrom.ResourceFieldRef != nil:
		v, _ := kubelet.ExtractContainerResourceValue(ev.ValueFrom.ResourceFieldRef, &c)
		return v
	}
	return ""
}
