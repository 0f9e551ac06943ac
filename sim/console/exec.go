package console

import (
	"strconv"
	"strings"
)

var execFlags = []flagSpec{
	{long: "container", short: "c", value: true},
	{long: "stdin", short: "i"},
	{long: "tty", short: "t"},
}

// runExec mirrors kubectl exec: the command after "--" runs in the
// container at the current virtual time.
func runExec(k *Console, p parsed) (string, error) {
	if len(p.args) == 0 || len(p.dash) == 0 {
		return "", clientError("you must specify at least one command for the container")
	}
	name := strings.TrimPrefix(p.args[0], "pod/")
	pod, err := k.pod(name)
	if err != nil {
		return "", err
	}
	c, err := pickContainer(pod, p.get("container", ""), nil, "exec")
	if err != nil {
		return "", err
	}
	if st := k.containerState(name, c); st != "running" {
		return "", &StatusError{Reason: "BadRequest", Detail: "container " + c + " is not running"}
	}
	stdout, stderr, code := k.cluster.Exec(name, c, p.dash)
	out := defaultedNote(pod, p.get("container", "") == "") + stdout + stderr
	if code != 0 {
		out += "command terminated with exit code " + strconv.Itoa(code) + "\n"
	}
	return out, nil
}

func (k *Console) containerState(pod, container string) string {
	for _, c := range k.podStatus(pod).Containers {
		if c.Name == container {
			return string(c.State)
		}
	}
	return ""
}
