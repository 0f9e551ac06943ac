package cluster

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/console"
	"github.com/podlab/podlab/sim/internal/fakert"
	"github.com/podlab/podlab/sim/kubelet"
)

const ssdPod = `apiVersion: v1
kind: Pod
metadata:
  name: nginx
spec:
  nodeSelector:
    disktype: nvme
  containers:
  - name: nginx
    image: nginx
`

// The acceptance: a Pod with a nodeSelector no node matches stays
// Pending with FailedScheduling until a node is labelled, then runs there.
func TestConsoleNodeSelectorFlow(t *testing.T) {
	c := New(api.Objects{}, fakert.New(), kubelet.Options{Images: fakert.Images})
	k := console.New(c, fstest.MapFS{"pod.yaml": {Data: []byte(ssdPod)}}, nil)
	run := func(line string) string { t.Helper(); return k.Run(line) }

	if got := run("kubectl apply -f pod.yaml"); got != "pod/nginx created\n" {
		t.Fatalf("apply: %q", got)
	}
	run("sleep 20")
	if got := run("kubectl get pods"); !strings.Contains(got, "nginx   0/1     Pending   0          20s") {
		t.Errorf("get pods before the label:\n%s", got)
	}
	if got := run("kubectl describe pod nginx"); !strings.Contains(got, "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 node(s) didn't match Pod's node affinity/selector.") {
		t.Errorf("describe lacks the FailedScheduling message:\n%s", got)
	}
	if got := run("kubectl label nodes node-3 disktype=nvme"); got != "node/node-3 labeled\n" {
		t.Fatalf("label: %q", got)
	}
	run("sleep 30")
	got := run("kubectl get pods -o wide")
	if !strings.Contains(got, "Running") || !strings.Contains(got, "node-3") {
		t.Errorf("get pods -o wide after the label:\n%s", got)
	}
	if got := run("kubectl apply -f pod.yaml"); got != "pod/nginx unchanged\n" {
		t.Errorf("re-apply: %q", got)
	}
	if got := run("kubectl get nodes"); !strings.Contains(got, "control-plane   Ready    control-plane   10d   v1.34.0") {
		t.Errorf("get nodes:\n%s", got)
	}
}
