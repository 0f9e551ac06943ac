package kubelet

import (
	"fmt"
	"strings"

	"github.com/podlab/podlab/sim"
)

// Exec runs argv in a running container now, as kubectl exec does, and
// returns what it wrote and its exit code. The command's sleeps pass on
// its own clock (at most maxExecTime) without advancing the Pod's: an exec
// is a look inside at one instant.
func (k *Kubelet) Exec(pod, container string, argv []string) (stdout, stderr string, code int) {
	pw := k.pod(pod)
	if pw == nil || pw.gone {
		return "", fmt.Sprintf("Error from server (NotFound): pods %q not found\n", pod), 1
	}
	if pw.nodeLost {
		return "", fmt.Sprintf("Error from server: error dialing backend: dial tcp %s:10250: i/o timeout\n", pw.hostIP), 1
	}
	c := pw.findCtr(container)
	if c == nil {
		return "", fmt.Sprintf("error: unable to upgrade connection: container %s not found in pod %s\n", container, pod), 1
	}
	if c.cur == nil || c.cur.state != stateRunning {
		return "", fmt.Sprintf("error: unable to upgrade connection: container not found (%q)\n", container), 1
	}
	p := k.rt.Exec(pod, container, argv, k.now)
	if p == nil {
		return "", "exec failed\n", 126
	}
	var out, errb strings.Builder
	t := k.now
	y := p.Resume(t)
	for {
		for _, o := range y.Output {
			if o.Stream == sim.Stderr {
				errb.WriteString(o.Data)
			} else {
				out.WriteString(o.Data)
			}
		}
		k.recordFiles(pod, y.Files)
		if y.Exited {
			return out.String(), errb.String(), y.Code
		}
		if y.Sleep == sim.Forever || t+y.Sleep > k.now+maxExecTime {
			y = p.Signal(sim.SIGKILL, t)
			if !y.Exited {
				return out.String(), errb.String(), 137
			}
			continue
		}
		t += y.Sleep
		y = p.Resume(t)
	}
}
