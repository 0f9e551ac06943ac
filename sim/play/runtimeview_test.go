package play

import (
	"os"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
)

// The status lines carry what the stage draws besides the API's fields:
// the ports a container listens on as soon as its server binds, and the
// memory it uses (the docs' memory-demo allocates 150M under a 200Mi limit).
func TestStatusFollowsRuntime(t *testing.T) {
	tests := []struct {
		file      string
		container string
		by        time.Duration
		check     func(c sim.ContainerStatus) bool
		want      string
	}{
		{"../corpus/testdata/k8s-website/pods/resource/memory-request-limit.yaml", "memory-demo-ctr", 5 * time.Second,
			func(c sim.ContainerStatus) bool { return c.Memory>>20 == 150 }, "memory 150Mi"},
		{"../corpus/testdata/k8s-website/pods/simple-pod.yaml", "nginx", 10 * time.Second,
			func(c sim.ContainerStatus) bool { return len(c.Ports) == 1 && c.Ports[0] == 80 }, "listening on :80"},
	}
	for _, tt := range tests {
		t.Run(tt.container, func(t *testing.T) {
			y, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			r, err := Start(y, Options{Until: time.Minute})
			if err != nil {
				t.Fatal(err)
			}
			r.Advance(time.Minute)
			for _, s := range r.Timeline().Statuses {
				for _, c := range s.Containers {
					if c.Name == tt.container && tt.check(c) {
						if s.At > tt.by {
							t.Errorf("%s first shown at %v, want by %v", tt.want, s.At, tt.by)
						}
						return
					}
				}
			}
			t.Errorf("no status line shows %s", tt.want)
		})
	}
}
