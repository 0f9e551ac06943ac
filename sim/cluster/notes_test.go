package cluster

import (
	"os"
	"strings"
	"testing"

	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/console"
	"github.com/podlab/podlab/sim/kubelet"
	"github.com/podlab/podlab/sim/shell"
)

// newConsole is the console as the page and podsim build it: the cluster
// on the shell runtime, the workstation shell for non-kubectl lines.
func newConsole(t *testing.T) *console.Console {
	t.Helper()
	ws, err := shell.NewWorkstation()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ws.Close)
	rt := shell.New(shell.Config{})
	t.Cleanup(rt.Close)
	return console.New(New(api.Objects{}, rt, kubelet.Options{}), ws.Dir(), ws.Run)
}

const projectedScript = `echo -n admin > ./username.txt
echo -n c1oudc0w! > ./password.txt
ls
kubectl create secret generic user --from-file=./username.txt
kubectl create secret generic pass --from-file=./password.txt
kubectl get secrets
kubectl apply -f projected.yaml
sleep 30
kubectl get pods
kubectl exec -it projected-volume -- ls /projected-volume
kubectl exec -it projected-volume -- cat /projected-volume/password.txt
`

// projectedPod is the Pod the console's folder starts with.
func projectedPod(t *testing.T) string {
	b, err := os.ReadFile("../../lessons/content/console/projected-volume.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The notes' projected-volume walk-through, typed into the console: the
// files are made on the workstation, turned into two Secrets, and the Pod
// that projects both shows them.
func TestNotesProjectedVolume(t *testing.T) {
	k := newConsole(t)
	k.Run("printf '%s' '" + projectedPod(t) + "' > projected.yaml")
	got := k.Transcript(projectedScript)
	for _, want := range []string{
		"$ ls\npassword.txt\nprojected.yaml\nusername.txt\n",
		"secret/user created\n", "secret/pass created\n",
		"pod/projected-volume created\n",
		"projected-volume   1/1     Running   0          30s\n",
		"-- ls /projected-volume\npassword.txt\nusername.txt\n",
		"-- cat /projected-volume/password.txt\nc1oudc0w!",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("transcript lacks %q:\n%s", want, got)
		}
	}
}
