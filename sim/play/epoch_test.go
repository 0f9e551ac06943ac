package play

import (
	"testing"
	"time"

	"github.com/podlab/podlab/sim/kubectl"
)

// The clock a container reads (`date`) and the one kubectl prints
// (creationTimestamp, describe's Started) are one clock: a line logged at
// virtual time t carries the wall time creation + t.
func TestContainerDateAgreesWithKubectl(t *testing.T) {
	const spec = `apiVersion: v1
kind: Pod
metadata: {name: clock}
spec:
  restartPolicy: Never
  containers:
  - name: c
    image: busybox
    command: [sh, -c, 'date -u +%Y-%m-%dT%H:%M:%SZ; sleep 75; date -u +%Y-%m-%dT%H:%M:%SZ']
`
	r, err := Start([]byte(spec), Options{Until: 2 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	r.Advance(2 * time.Minute)
	logs := r.Timeline().Logs
	if len(logs) != 2 {
		t.Fatalf("got %d log lines, want 2: %v", len(logs), logs)
	}
	for _, l := range logs {
		want := kubectl.CreationTime().Add(l.At).Truncate(time.Second).Format(time.RFC3339)
		if l.Text != want {
			t.Errorf("at %v the container's date says %s, kubectl's clock %s", l.At, l.Text, want)
		}
	}
}
