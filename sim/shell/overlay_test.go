package shell

import (
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
)

// Two containers of one image share its lower layer; what one changes,
// removes or adds, the other never sees.
func TestOverlayIsolatesContainers(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "a", Command: []string{"sh", "-c", `
echo extra >> /etc/group; rm /etc/shadow; rm -rf /var; mkdir /var; touch /var/new
ls /var; tail -n 1 /etc/group; ls /etc | grep -c shadow; ls -ld /etc | cut -c1-10`}})
	w.create(sim.ContainerConfig{Name: "b", Command: []string{"sh", "-c", "ls /var; tail -n 1 /etc/group; ls /etc/shadow"}})
	a := drive(w.rt.StartContainer("p", "a", 0), 0, time.Minute)
	if a.stdout != "new\nextra\n0\ndrwxr-xr-x\n" || a.stderr != "" {
		t.Errorf("a: %q %q", a.stdout, a.stderr)
	}
	b := drive(w.rt.StartContainer("p", "b", 0), 0, time.Minute)
	if b.stdout != "log\nrun\nspool\ntmp\nwww\nnobody:x:65534:\n/etc/shadow\n" {
		t.Errorf("b: %q %q", b.stdout, b.stderr)
	}
}
