package console

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

func TestConsoleCreateSecretFromFiles(t *testing.T) {
	f := newFake()
	wd := fstest.MapFS{"username.txt": {Data: []byte("admin")}, "password.txt": {Data: []byte("c1oudc0w!")}}
	k := New(f, wd, nil)
	steps := []struct{ line, want string }{
		{"kubectl create secret generic user --from-file=./username.txt", "secret/user created\n"},
		{"kubectl create secret generic pass --from-file=./password.txt", "secret/pass created\n"},
		{"kubectl create secret generic pass --from-file=./password.txt", "Error from server (AlreadyExists): secrets \"pass\" already exists\n"},
		{"kubectl create secret generic x --from-file=./nope.txt", "error: error reading ./nope.txt: no such file or directory\n"},
		{"sleep 5", ""},
		{"kubectl get secrets", "NAME   TYPE     DATA   AGE\npass   Opaque   1      5s\nuser   Opaque   1      5s\n"},
		{"kubectl get secret nope", "Error from server (NotFound): secrets \"nope\" not found\n"},
		{"kubectl describe secret user", "Name:         user\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\nusername.txt:  5 bytes\n"},
		{"kubectl gett pods", "error: unknown command \"gett\" for \"kubectl\"\n\nDid you mean this?\n\tget\n"},
		{"kubectl get pods --nope", "error: unknown flag: --nope\nSee 'kubectl get --help' for usage.\n"},
		{"kubectl get pods", "No resources found in default namespace.\n"},
	}
	for _, s := range steps {
		if got := k.Run(s.line); got != s.want {
			t.Errorf("%s\n got: %q\nwant: %q", s.line, got, s.want)
		}
	}
	if got := string(f.objs.Secrets[0].Data["username.txt"]); got != "admin" {
		t.Errorf("secret user holds %q, want admin", got)
	}
}

func TestConsoleNodesAndLabels(t *testing.T) {
	f := newFake()
	k := New(f, fstest.MapFS{}, nil)
	steps := []struct{ line, want string }{
		{"kubectl label node node-1 zone=a", "node/node-1 labeled\n"},
		{"kubectl label node node-1 disktype=hdd", "error: 'disktype' already has a value (ssd), and --overwrite is false\n"},
		{"kubectl label node node-1 disktype=hdd --overwrite", "node/node-1 labeled\n"},
		{"kubectl get nodes --show-labels", "NAME     STATUS   ROLES    AGE   VERSION   LABELS\nnode-1   Ready    <none>   0s    v1.34.0   disktype=hdd,zone=a\n"},
		{"kubectl label node node-1 zone-", "node/node-1 labeled\n"},
	}
	for _, s := range steps {
		if got := k.Run(s.line); got != s.want {
			t.Errorf("%s\n got: %q\nwant: %q", s.line, got, s.want)
		}
	}
	if _, ok := f.nodes[0].Node.Labels["zone"]; ok {
		t.Error("zone- did not remove the label")
	}
}

func TestConsolePodsLogsExec(t *testing.T) {
	f := newFake()
	p := api.Pod{ObjectMeta: api.ObjectMeta{Name: "projected-volume"}}
	p.Spec.Containers = []api.Container{{Name: "test-secret-volume", Image: "busybox"}}
	f.objs.Pods = []api.Pod{p}
	f.tl.Statuses = []sim.PodStatus{
		{At: 0, Pod: "projected-volume", Phase: sim.PodPending, Status: "ContainerCreating", Ready: "0/1", LastRestart: -1,
			Containers: []sim.ContainerStatus{{Name: "test-secret-volume", State: sim.Waiting, Reason: "ContainerCreating"}}},
		{At: 3 * time.Second, Pod: "projected-volume", Phase: sim.PodRunning, Status: "Running", Ready: "1/1", LastRestart: -1,
			Containers: []sim.ContainerStatus{{Name: "test-secret-volume", State: sim.Running, Ready: true}}},
	}
	f.tl.Logs = []sim.LogLine{{At: 4 * time.Second, Pod: "projected-volume", Container: "test-secret-volume", Text: "hello"}}
	k := New(f, fstest.MapFS{}, nil)
	if got := k.Run("kubectl exec projected-volume -- ls /projected-volume"); !strings.Contains(got, "not running") {
		t.Errorf("exec before the container runs: %q", got)
	}
	k.Run("sleep 10")
	steps := []struct{ line, want string }{
		{"kubectl get pods", "NAME               READY   STATUS    RESTARTS   AGE\nprojected-volume   1/1     Running   0          10s\n"},
		{"kubectl exec -it projected-volume -- ls /projected-volume", "password.txt\nusername.txt\n"},
		{"kubectl exec projected-volume -- nope", "sh: nope: not found\ncommand terminated with exit code 127\n"},
		{"kubectl logs projected-volume", "hello\n"},
		{"kubectl logs projected-volume -p", "Error from server (BadRequest): previous terminated container \"test-secret-volume\" in pod \"projected-volume\" not found\n"},
		{"kubectl logs nope", "Error from server (NotFound): pods \"nope\" not found\n"},
	}
	for _, s := range steps {
		if got := k.Run(s.line); got != s.want {
			t.Errorf("%s\n got: %q\nwant: %q", s.line, got, s.want)
		}
	}
}

func TestTranscriptWatchGoesOnWhileSleeping(t *testing.T) {
	f := newFake()
	p := api.Pod{ObjectMeta: api.ObjectMeta{Name: "web"}}
	p.Spec.Containers = []api.Container{{Name: "web"}}
	f.objs.Pods = []api.Pod{p}
	f.tl.Statuses = []sim.PodStatus{
		{At: 0, Pod: "web", Phase: sim.PodPending, Status: "ContainerCreating", Ready: "0/1", LastRestart: -1},
		{At: 4 * time.Second, Pod: "web", Phase: sim.PodRunning, Status: "Running", Ready: "1/1", LastRestart: -1},
	}
	k := New(f, fstest.MapFS{}, nil)
	got := k.Transcript("# watch it start\nkubectl get pods -w\nsleep 10\nkubectl get pods\n")
	want := "# watch it start\n" +
		"$ kubectl get pods -w\nNAME   READY   STATUS              RESTARTS   AGE\nweb    0/1     ContainerCreating   0          0s\n" +
		"$ sleep 10\nweb    1/1     Running             0          4s\n" +
		"$ kubectl get pods\nNAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          10s\n"
	if got != want {
		t.Errorf("transcript:\n%s\nwant:\n%s", got, want)
	}
}
