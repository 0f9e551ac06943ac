package shell

import (
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
)

func TestSmoke(t *testing.T) {
	rt := New(Config{})
	defer rt.Close()
	if err := rt.RunPodSandbox(sim.SandboxConfig{Pod: "p", Hostname: "p", IP: "10.244.0.5", Volumes: []sim.VolumeConfig{{Name: "v", Kind: "emptyDir"}}}); err != nil {
		t.Fatal(err)
	}
	if err := rt.CreateContainer(sim.ContainerConfig{Pod: "p", Name: "c", Image: "busybox", Command: []string{"sh", "-c", "echo hi; touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; echo bye | tr a-z A-Z; sleep 600"},
		Mounts: []sim.Mount{{Volume: "v", Path: "/data"}}}); err != nil {
		t.Fatal(err)
	}
	p := rt.StartContainer("p", "c", 0)
	y := p.Resume(0)
	t.Logf("%+v", y)
	probe := rt.Exec("p", "c", []string{"cat", "/tmp/healthy"}, 5*time.Second)
	t.Logf("probe: %+v", probe.Resume(5*time.Second))
	y = p.Resume(30 * time.Second)
	t.Logf("%+v", y)
	probe = rt.Exec("p", "c", []string{"cat", "/tmp/healthy"}, 35*time.Second)
	t.Logf("probe: %+v", probe.Resume(35*time.Second))
	t.Logf("term: %+v", p.Signal(sim.SIGTERM, 40*time.Second))
	t.Logf("kill: %+v", p.Signal(sim.SIGKILL, 70*time.Second))
}
