package console

import (
	"strings"
	"time"

	"github.com/podlab/podlab/sim/api"
)

var logsFlags = []flagSpec{
	{long: "container", short: "c", value: true},
	{long: "previous", short: "p"},
	{long: "follow", short: "f"},
	{long: "timestamps"},
	{long: "tail", value: true},
}

// runLogs mirrors kubectl logs: the container's current instance, or with
// --previous the one before it.
func runLogs(k *Console, p parsed) (string, error) {
	if len(p.args) == 0 {
		return "", clientError("expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command")
	}
	name := strings.TrimPrefix(strings.TrimPrefix(p.args[0], "pod/"), "pods/")
	pod, err := k.pod(name)
	if err != nil {
		return "", err
	}
	c, err := pickContainer(pod, p.get("container", ""), p.args[1:], "logs")
	if err != nil {
		return "", err
	}
	note := defaultedNote(pod, p.get("container", "") == "" && len(p.args) < 2)
	attempt, err := k.logAttempt(name, c, p.has("previous"))
	if err != nil {
		return "", err
	}
	now := k.cluster.Now()
	if p.has("follow") {
		k.follow = &follower{kind: followLogs, pod: name, container: c, attempt: attempt, since: now}
	}
	return note + k.logText(name, c, attempt, -1, now, p.has("timestamps")), nil
}

// defaultedNote is kubectl's notice when it picked the first of several
// containers for the learner.
func defaultedNote(pod *api.Pod, picked bool) string {
	if !picked || len(pod.Spec.Containers)+len(pod.Spec.InitContainers) < 2 || pod.Annotations["kubectl.kubernetes.io/default-container"] != "" {
		return ""
	}
	var names []string
	for _, c := range append(append([]api.Container{}, pod.Spec.Containers...), pod.Spec.InitContainers...) {
		names = append(names, c.Name)
	}
	return "Defaulted container \"" + names[0] + "\" out of: " + strings.Join(names, ", ") + "\n"
}

// logAttempt is the instance whose log kubectl reads: the current restart
// count, or the one before with --previous (an error when there is none,
// worded as the kubelet's).
func (k *Console) logAttempt(pod, container string, previous bool) (int, error) {
	st := k.podStatus(pod)
	for _, c := range st.Containers {
		if c.Name != container {
			continue
		}
		if !previous {
			return c.RestartCount, nil
		}
		if c.RestartCount == 0 {
			return 0, &StatusError{Reason: "BadRequest", Detail: "previous terminated container \"" + container + "\" in pod \"" + pod + "\" not found"}
		}
		return c.RestartCount - 1, nil
	}
	return 0, nil
}

func (k *Console) logText(pod, container string, attempt int, from, to time.Duration, stamps bool) string {
	var b strings.Builder
	for _, l := range k.cluster.Timeline().Logs {
		if l.Pod != pod || l.Container != container || l.Attempt != attempt || l.At <= from || l.At > to {
			continue
		}
		if stamps {
			b.WriteString(stamp(l.At) + " ")
		}
		b.WriteString(l.Text + "\n")
	}
	return b.String()
}

func (k *Console) pod(name string) (*api.Pod, error) {
	objs := k.cluster.Objects()
	for i := range objs.Pods {
		if objs.Pods[i].Name == name {
			return &objs.Pods[i], nil
		}
	}
	return nil, NotFound("pods", name)
}

// pickContainer mirrors kubectl's container choice: -c, a second
// argument, the default-container annotation, or the only container;
// several and none named is an error listing them.
func pickContainer(pod *api.Pod, flag string, rest []string, verb string) (string, error) {
	name := flag
	if name == "" && len(rest) > 0 && verb == "logs" {
		name = rest[0]
	}
	if name == "" {
		name = pod.Annotations["kubectl.kubernetes.io/default-container"]
	}
	all := append(append([]api.Container{}, pod.Spec.InitContainers...), pod.Spec.Containers...)
	if name == "" {
		// With several containers kubectl takes the first and says so on
		// stderr: `Defaulted container "a" out of: a, b` (the console
		// prints it before the output).
		return pod.Spec.Containers[0].Name, nil
	}
	for _, c := range all {
		if c.Name == name {
			return name, nil
		}
	}
	return "", &StatusError{Reason: "BadRequest", Detail: "container " + name + " is not valid for pod " + pod.Name}
}
