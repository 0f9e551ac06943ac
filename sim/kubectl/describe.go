package kubectl

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

// PodView is what kubectl describe pod reads: the Pod object (spec and
// metadata) and its status and events at some moment.
type PodView struct {
	Pod    *api.Pod
	Status sim.PodStatus
	Events []sim.Event // the timeline's events; only this Pod's are shown
	HostIP string      // the node's InternalIP, shown after the node name

	// DeletedAt is when the Pod was deleted (nil: not deleted) and Grace
	// its deletion grace period in seconds.
	DeletedAt *time.Duration
	Grace     int64

	// EnvValue resolves an env var with valueFrom.fieldRef or
	// valueFrom.resourceFieldRef as kubectl describe does
	// (EnvValueRetriever, resourcehelper.ExtractContainerResourceValue:
	// the container's own value, "0" when unset). Nil leaves them empty.
	EnvValue func(c api.Container, e api.EnvVar) string
}

// CreationTime is the wall-clock moment a simulated Pod is created: the
// virtual clock's zero, sim.Epoch.
func CreationTime() time.Time { return sim.Epoch() }

// timestamp prints a virtual time as describe does (time.RFC1123Z).
func timestamp(d time.Duration) string {
	return CreationTime().Add(d).Format(time.RFC1123Z)
}

// Describe prints `kubectl describe pod` at now, mirroring describePod in
// k8s.io/kubectl/pkg/describe/describe.go section by section, with what
// the API server's admission plugins add to every Pod (Priority 0, the
// default ServiceAccount, the kube-api-access volume and the two
// not-ready/unreachable tolerations).
func Describe(v PodView, now time.Duration) string {
	return tabbedString(func(w prefixWriter) {
		describeHeader(w, v, now)
		p := v.Pod
		if len(p.Spec.InitContainers) > 0 {
			describeContainers(w, "Init Containers", p.Spec.InitContainers, v)
		}
		describeContainers(w, "Containers", p.Spec.Containers, v)
		describeReadinessGates(w, p, v.Status)
		describeConditions(w, v.Status)
		describeVolumes(w, p.Spec.Volumes)
		w.Write(level0, "QoS Class:\t%s\n", v.Status.QOSClass)
		printLabelsMultiline(w, "Node-Selectors", p.Spec.NodeSelector)
		printTolerationsMultiline(w, "Tolerations", podTolerations(p))
		describeEvents(w, podEvents(v, now), now)
	})
}

func describeHeader(w prefixWriter, v PodView, now time.Duration) {
	p, st := v.Pod, v.Status
	w.Write(level0, "Name:\t%s\n", p.Name)
	w.Write(level0, "Namespace:\t%s\n", namespace(p))
	w.Write(level0, "Priority:\t%d\n", 0)
	if p.Spec.PriorityClassName != "" {
		w.Write(level0, "Priority Class Name:\t%s\n", p.Spec.PriorityClassName)
	}
	w.Write(level0, "Service Account:\t%s\n", ServiceAccountName(p))
	if st.Node == "" {
		w.Write(level0, "Node:\t<none>\n")
	} else {
		w.Write(level0, "Node:\t%s\n", st.Node+"/"+v.HostIP)
	}
	if start, ok := startTime(st); ok {
		w.Write(level0, "Start Time:\t%s\n", timestamp(start))
	}
	printLabelsMultiline(w, "Labels", p.Labels)
	printAnnotationsMultiline(w, "Annotations", p.Annotations)
	describeStatusLine(w, v, now)
	w.Write(level0, "IP:\t%s\n", st.IP)
	if st.IP == "" {
		w.Write(level0, "IPs:\t<none>\n")
	} else {
		w.Write(level0, "IPs:\n")
		w.Write(level1, "IP:\t%s\n", st.IP)
	}
}

// describeStatusLine is the Status (or "Terminating (lasts …)"), Reason
// and Message lines.
func describeStatusLine(w prefixWriter, v PodView, now time.Duration) {
	st := v.Status
	terminal := st.Phase == sim.PodFailed || st.Phase == sim.PodSucceeded
	if v.DeletedAt != nil && st.Deleting && !terminal {
		w.Write(level0, "Status:\tTerminating (lasts %s)\n", since(*v.DeletedAt, now))
		w.Write(level0, "Termination Grace Period:\t%ds\n", v.Grace)
	} else {
		w.Write(level0, "Status:\t%s\n", st.Phase)
	}
	if st.Reason != "" {
		w.Write(level0, "Reason:\t%s\n", st.Reason)
		if msg := podReasonMessage(st); msg != "" {
			w.Write(level0, "Message:\t%s\n", msg)
		}
	}
}

// podReasonMessage is the status.message written beside a status.reason:
// the kubelet's active deadline handler (pkg/kubelet/active_deadline.go)
// and the node lifecycle controller's NodeUnreachablePodMessage
// (pkg/util/node: "Node %v which was running pod %v is unresponsive").
func podReasonMessage(st sim.PodStatus) string {
	switch st.Reason {
	case "DeadlineExceeded":
		return "Pod was active on the node longer than the specified deadline"
	case "NodeLost":
		return fmt.Sprintf("Node %v which was running pod %v is unresponsive", st.Node, st.Pod)
	}
	return ""
}

// startTime is status.startTime: set by the kubelet's first sync, which
// happens when the Pod is bound (PodScheduled turns True).
func startTime(st sim.PodStatus) (time.Duration, bool) {
	if st.Node == "" {
		return 0, false
	}
	for _, c := range st.Conditions {
		if c.Type == "PodScheduled" && c.Status == "True" {
			return c.LastTransitionTime, true
		}
	}
	return 0, true
}

func namespace(p *api.Pod) string {
	if p.Namespace == "" {
		return "default"
	}
	return p.Namespace
}

// ServiceAccountName is spec.serviceAccountName after the ServiceAccount
// admission plugin (plugin/pkg/admission/serviceaccount), which sets
// "default" when it is empty.
func ServiceAccountName(p *api.Pod) string {
	if p.Spec.ServiceAccountName == "" {
		return "default"
	}
	return p.Spec.ServiceAccountName
}

func describeReadinessGates(w prefixWriter, p *api.Pod, st sim.PodStatus) {
	if len(p.Spec.ReadinessGates) == 0 {
		return
	}
	w.Write(level0, "Readiness Gates:\n  Type\tStatus\n")
	for _, g := range p.Spec.ReadinessGates {
		status := "<none>"
		for _, c := range st.Conditions {
			if c.Type == g.ConditionType {
				status = c.Status
				break
			}
		}
		w.Write(level1, "%v \t%v \n", g.ConditionType, status)
	}
}

func describeConditions(w prefixWriter, st sim.PodStatus) {
	if len(st.Conditions) == 0 {
		return
	}
	w.Write(level0, "Conditions:\n  Type\tStatus\n")
	for _, c := range st.Conditions {
		w.Write(level1, "%v \t%v \n", c.Type, c.Status)
	}
}

// printLabelsMultiline mirrors describe.go printLabelsMultilineWithIndent:
// sorted key=value lines, "<none>" when empty.
func printLabelsMultiline(w prefixWriter, title string, labels map[string]string) {
	w.Write(level0, "%s:\t", title)
	if len(labels) == 0 {
		w.WriteLine("<none>")
		return
	}
	for i, key := range sortedKeys(labels) {
		if i != 0 {
			w.Write(level0, "\t")
		}
		w.Write(level0, "%s=%s\n", key, labels[key])
	}
}

// maxAnnotationLen is describe.go's limit before an annotation is folded.
const maxAnnotationLen = 140

// printAnnotationsMultiline mirrors describe.go printAnnotationsMultiline:
// "key: value", long or multi-line values on their own indented lines.
func printAnnotationsMultiline(w prefixWriter, title string, annotations map[string]string) {
	w.Write(level0, "%s:\t", title)
	annotations = withoutKey(annotations, "kubectl.kubernetes.io/last-applied-configuration")
	if len(annotations) == 0 {
		w.WriteLine("<none>")
		return
	}
	for i, key := range sortedKeys(annotations) {
		if i != 0 {
			w.Write(level0, "\t")
		}
		value := strings.TrimSuffix(annotations[key], "\n")
		if len(value)+len(key)+2 > maxAnnotationLen || strings.Contains(value, "\n") {
			w.Write(level0, "%s:\n", key)
			for _, s := range strings.Split(value, "\n") {
				w.Write(level0, "\t  %s\n", shorten(s, maxAnnotationLen-2))
			}
			continue
		}
		w.Write(level0, "%s: %s\n", key, value)
	}
}

// withoutKey is a copy of m without key (describe skips that annotation).
func withoutKey(m map[string]string, key string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		if k != key {
			out[k] = v
		}
	}
	return out
}

func shorten(s string, maxLength int) string {
	if len(s) > maxLength {
		return s[:maxLength] + "..."
	}
	return s
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// podTolerations adds the tolerations of the DefaultTolerationSeconds
// admission plugin (not-ready and unreachable, NoExecute, 300 s) unless the
// Pod already tolerates those taints.
func podTolerations(p *api.Pod) []api.Toleration {
	ts := append([]api.Toleration{}, p.Spec.Tolerations...)
	for _, key := range []string{"node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"} {
		if !tolerates(ts, key) {
			secs := int64(300)
			ts = append(ts, api.Toleration{Key: key, Operator: "Exists", Effect: "NoExecute", TolerationSeconds: &secs})
		}
	}
	return ts
}

func tolerates(ts []api.Toleration, key string) bool {
	for _, t := range ts {
		if (t.Key == key || t.Key == "") && (t.Effect == "" || t.Effect == "NoExecute") {
			return true
		}
	}
	return false
}

// printTolerationsMultiline mirrors describe.go
// printTolerationsMultilineWithIndent.
func printTolerationsMultiline(w prefixWriter, title string, ts []api.Toleration) {
	w.Write(level0, "%s:\t", title)
	if len(ts) == 0 {
		w.WriteLine("<none>")
		return
	}
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].Key < ts[j].Key })
	for i, t := range ts {
		if i != 0 {
			w.Write(level0, "\t")
		}
		w.Write(level0, "%s", toleration(t))
		w.Write(level0, "\n")
	}
}

func toleration(t api.Toleration) string {
	s := t.Key
	if t.Value != "" {
		s += "=" + t.Value
	}
	if t.Effect != "" {
		s += ":" + t.Effect
	}
	if t.Operator == "Exists" && t.Value == "" {
		if t.Key != "" || t.Effect != "" {
			s += " op=Exists"
		} else {
			s += "op=Exists"
		}
	}
	if t.TolerationSeconds != nil {
		s += " for " + itoa64(*t.TolerationSeconds) + "s"
	}
	return s
}

// podEvents are the Pod's events up to now.
func podEvents(v PodView, now time.Duration) []Record {
	var mine []sim.Event
	for _, e := range upTo(v.Events, now) {
		if e.Object == "pod/"+v.Pod.Name {
			mine = append(mine, e)
		}
	}
	return Aggregate(mine)
}

// describeEvents mirrors describe.go DescribeEvents.
func describeEvents(w prefixWriter, rs []Record, now time.Duration) {
	if len(rs) == 0 {
		w.Write(level0, "Events:\t<none>\n")
		return
	}
	w.Flush()
	sortByLastSeen(rs)
	w.Write(level0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n")
	w.Write(level1, "----\t------\t----\t----\t-------\n")
	for _, r := range rs {
		w.Write(level1, "%v\t%v\t%s\t%v\t%v\n", r.Type, r.Reason, interval(r, now), Source(r.Event), strings.TrimSpace(r.Message))
	}
}
