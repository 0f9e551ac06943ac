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

// runExport is what an export of the run needs: the spec, what was
// simulated of it, and the player's time.
type runExport struct {
	Lesson   string // the lesson's title, or "" for the sandbox
	Spec     string
	Timeline *sim.Timeline
	At       time.Duration
}

// transcriptText is the run as a terminal session a learner could have
// had at time At: kubectl get pods, kubectl events, kubectl describe pod
// and kubectl logs for every container, then the spec. It is plain text
// for homework or a bug report, printed by the same sim/kubectl printers
// as the podsim command.
func transcriptText(x runExport) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Podlab run transcript%s, at t=%s (virtual time since the Pod was created)\n\n",
		titleSuffix(x.Lesson), kubectl.HumanDuration(x.At))
	objs := exportObjects(x.Spec)
	statuses := statusesAt(x.Timeline, objs, x.At)
	section(&b, "kubectl get pods", kubectl.GetPods(statuses, x.At, false))
	section(&b, "kubectl events", kubectl.Events(x.Timeline.Events, x.At))
	for _, st := range statuses {
		if pod := podNamed(objs, st.Pod); pod != nil {
			section(&b, "kubectl describe pod "+st.Pod, describe(*pod, st, x))
		}
		for _, c := range st.Containers {
			section(&b, fmt.Sprintf("kubectl logs %s -c %s", st.Pod, c.Name), logsOf(x.Timeline, st.Pod, c, x.At))
		}
	}
	section(&b, "cat pod.yaml", x.Spec)
	return b.String()
}

func titleSuffix(lesson string) string {
	if lesson == "" {
		return ""
	}
	return " — " + lesson
}

// section writes one command and its output, as a terminal would show it.
func section(b *strings.Builder, cmd, out string) {
	fmt.Fprintf(b, "$ %s\n%s", cmd, out)
	if !strings.HasSuffix(out, "\n") {
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
}

// exportObjects parses and defaults the spec as the API server stores it;
// an invalid spec (the stage then shows the last good run) gives none.
func exportObjects(spec string) api.Objects {
	objs, err := api.Parse([]byte(spec))
	if err != nil {
		return api.Objects{}
	}
	api.Default(&objs)
	return objs
}

// statusesAt are the Pods' status lines at t, in the spec's order; Pods
// of the timeline that the spec does not name (it changed since) come last.
func statusesAt(tl *sim.Timeline, objs api.Objects, t time.Duration) []sim.PodStatus {
	var out []sim.PodStatus
	seen := map[string]bool{}
	add := func(name string) {
		if st, ok := tl.StatusAt(name, t); ok && !seen[name] {
			seen[name] = true
			out = append(out, st)
		}
	}
	for _, p := range objs.Pods {
		add(p.Name)
	}
	for _, s := range tl.Statuses {
		add(s.Pod)
	}
	return out
}

func podNamed(objs api.Objects, name string) *api.Pod {
	for i := range objs.Pods {
		if objs.Pods[i].Name == name {
			return &objs.Pods[i]
		}
	}
	return nil
}

// describe is kubectl describe pod for pod as admission leaves it.
func describe(pod api.Pod, st sim.PodStatus, x runExport) string {
	admitted := kubelet.AdmitServiceAccount(pod)
	if st.QOSClass == "" {
		st.QOSClass = kubelet.GetPodQOS(&admitted)
	}
	return kubectl.Describe(kubectl.PodView{Pod: &admitted, Status: st, Events: x.Timeline.Events}, x.At)
}

// logsOf is what kubectl logs prints for the container's current instance
// up to t.
func logsOf(tl *sim.Timeline, pod string, c sim.ContainerStatus, t time.Duration) string {
	var b strings.Builder
	for _, l := range tl.Logs {
		if l.At <= t && l.Pod == pod && l.Container == c.Name && l.Attempt == c.RestartCount {
			b.WriteString(l.Text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}
