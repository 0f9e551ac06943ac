package shell

import (
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
)

// FuzzScript: whatever a learner types as a container's script, the
// runtime neither panics nor hangs, and the process either exits or
// parks with a bounded wake-up.
func FuzzScript(f *testing.F) {
	for _, s := range []string{
		`echo hi`, `while true; do :; done`, `f() { f; }; f`, `cat /etc/passwd | grep root | wc -l`,
		`sleep 1 & wait; echo $?`, `trap 'exit 1' TERM; sleep 5`, `x=$(seq 3); for i in $x; do echo $i; done`,
		`ls -la / /nope`, `cd /tmp && touch a && mv a b && ls`, `echo ${x:-default} $((1/0))`, `exec sleep 2`,
		`read x < /etc/hostname; echo $x`, `case $x in *) echo any;; esac`, `echo a >&2 | cat`, `kill -9 1`,
		`ip a show eth0; ip -4 r; ifconfig -a lo; nc -l -p 80 & netstat -tlnp; route -n; hostname -i`,
		`mount -t tmpfs; df -h /x /; cat /proc/mounts /proc/net/tcp6; ip link set dev`,
		`yes | head -n 3; tail -f /etc/hosts | grep -q local & (echo a; sleep 1) |& cat | sort -r | head -1`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, script string) {
		rt := New(Config{MaxSteps: 2000, TotalSteps: 20000})
		defer rt.Close()
		_ = rt.RunPodSandbox(sim.SandboxConfig{Pod: "p", Hostname: "p", IP: "10.244.0.5"})
		_ = rt.CreateContainer(sim.ContainerConfig{Pod: "p", Name: "c", Image: "busybox", Command: []string{"sh", "-c", script}})
		p := rt.StartContainer("p", "c", 0)
		now := time.Duration(0)
		y := p.Resume(now)
		for i := 0; i < 1000 && !y.Exited && y.Sleep < sim.Forever && now < 10*time.Minute; i++ {
			now += y.Sleep
			y = p.Resume(now)
		}
		if !y.Exited {
			if y = p.Signal(sim.SIGKILL, now); !y.Exited {
				t.Fatalf("SIGKILL did not end the process: %+v", y)
			}
		}
	})
}
