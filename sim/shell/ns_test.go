package shell

import (
	"fmt"
	"runtime"
	"testing"
	"time"
	"weak"

	"github.com/podlab/podlab/sim"
)

func TestProcesses(t *testing.T) {
	for _, share := range []bool{false, true} {
		t.Run(fmt.Sprint("share=", share), func(t *testing.T) {
			w := newTestPod(t, sim.SandboxConfig{SharePIDs: share})
			w.create(sim.ContainerConfig{Name: "a", Command: []string{"sh", "-c", "sleep 3600"}})
			w.create(sim.ContainerConfig{Name: "b", Command: []string{"sleep", "3600"}})
			w.rt.StartContainer("p", "a", 0).Resume(0)
			w.rt.StartContainer("p", "b", 0).Resume(0)
			var got []string
			for _, pi := range w.rt.Processes("p") {
				got = append(got, fmt.Sprintf("%s:%d/%d/%d:%s", pi.Container, pi.PID, pi.PPID, pi.PGID, pi.Command))
			}
			want := "[:1/0/1:/pause a:1/0/1:sh -c sleep 3600 a:2/1/1:sleep 3600 b:1/0/1:sleep 3600]"
			if share {
				want = "[:1/0/1:/pause a:2/0/2:sh -c sleep 3600 a:3/2/2:sleep 3600 b:4/0/4:sleep 3600]"
			}
			if fmt.Sprint(got) != want {
				t.Errorf("got  %v\nwant %v", got, want)
			}
			ps := drive(w.rt.Exec("p", "b", []string{"ps"}, time.Second), time.Second, time.Minute)
			wantPS := "PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n    2 root      0:00 ps\n"
			if share {
				wantPS = "PID   USER     TIME  COMMAND\n    1 root      0:00 /pause\n    2 root      0:00 sh -c sleep 3600\n    3 root      0:00 sleep 3600\n    4 root      0:00 sleep 3600\n    5 root      0:00 ps\n"
			}
			if ps.stdout != wantPS {
				t.Errorf("ps in b:\n%s\nwant\n%s", ps.stdout, wantPS)
			}
		})
	}
}

func TestNetworkAcrossContainers(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "etcd", Image: "registry.k8s.io/etcd:3.5.1-0", Command: []string{"/usr/local/bin/etcd", "--listen-client-urls", "http://0.0.0.0:2379"}})
	w.create(sim.ContainerConfig{Name: "client", Image: "nginx"})
	drive(w.rt.StartContainer("p", "etcd", 0), 0, time.Second)
	if ok, err := w.rt.GRPCCheck("p", 2379, "", time.Second); !ok || err != nil {
		t.Errorf("grpc: %v %v", ok, err)
	}
	if _, err := w.rt.GRPCCheck("p", 2380, "", time.Second); err == nil {
		t.Errorf("grpc on a closed port succeeded")
	}
	if err := w.rt.TCPConnect("p", 2379, time.Second); err != nil {
		t.Errorf("tcp: %v", err)
	}
	r := drive(w.rt.Exec("p", "client", []string{"curl", "-s", "localhost:2379/health"}, time.Second), time.Second, time.Minute)
	if r.stdout != `{"health":"true","reason":""}` {
		t.Errorf("curl from another container: %+v", r)
	}
}

func TestHostNetworkSharesTheNode(t *testing.T) {
	rt := New(Config{})
	defer rt.Close()
	for _, pod := range []string{"a", "b"} {
		if err := rt.RunPodSandbox(sim.SandboxConfig{Pod: pod, Hostname: pod, IP: "192.168.1.10", HostNetwork: true}); err != nil {
			t.Fatal(err)
		}
		if err := rt.CreateContainer(sim.ContainerConfig{Pod: pod, Name: "web", Image: "nginx"}); err != nil {
			t.Fatal(err)
		}
	}
	drive(rt.StartContainer("a", "web", 0), 0, time.Second)
	r := drive(rt.StartContainer("b", "web", 0), 0, time.Minute)
	if !r.exited || r.code != 1 {
		t.Errorf("second hostNetwork nginx on the node: %+v", r.y)
	}
}

func TestUpdateVolume(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{Volumes: []sim.VolumeConfig{{Name: "podinfo", Kind: "downwardAPI", ReadOnly: true, Files: []sim.VolumeFile{{Path: "labels", Content: "a=\"1\""}}}}})
	w.create(sim.ContainerConfig{Name: "c", Mounts: []sim.Mount{{Volume: "podinfo", Path: "/etc/podinfo"}}, Command: []string{"sh", "-c", "while true; do cat /etc/podinfo/labels; echo; sleep 5; done"}})
	p := w.rt.StartContainer("p", "c", 0)
	r := drive(p, 0, 6*time.Second)
	w.rt.UpdateVolume("p", "podinfo", []sim.VolumeFile{{Path: "labels", Content: "a=\"2\""}}, 7*time.Second)
	r2 := drive(p, 10*time.Second, 10*time.Second)
	if r.stdout+r2.stdout != "a=\"1\"\na=\"1\"\na=\"2\"\n" {
		t.Errorf("got %q", r.stdout+r2.stdout)
	}
}

// The mount point of a volume lists with the virtual clock's time, never
// the host's (a fresh mem.FS stamps its root with time.Now).
func TestVolumeRootIsStamped(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{Volumes: []sim.VolumeConfig{{Name: "v", Kind: "emptyDir"}}})
	w.create(sim.ContainerConfig{Name: "c", Mounts: []sim.Mount{{Volume: "v", Path: "/data"}}, Command: []string{"sh", "-c", "ls -ld /data; cd /data && pwd"}})
	r := drive(w.rt.StartContainer("p", "c", 0), 0, time.Minute)
	if r.stdout != "drwxrwxrwx    2 root     root          4096 Jun  1 09:00 /data\n/data\n" {
		t.Errorf("got %q %q", r.stdout, r.stderr)
	}
}

// A Runtime dropped without Close still ends its parked goroutines: their
// tasks become garbage.
func TestDroppedRuntimeEndsGoroutines(t *testing.T) {
	var tasks []weak.Pointer[task]
	func() {
		rt := New(Config{})
		_ = rt.RunPodSandbox(sim.SandboxConfig{Pod: "p", Hostname: "p", IP: "10.244.0.5"})
		for _, n := range []string{"a", "b", "c"} {
			_ = rt.CreateContainer(sim.ContainerConfig{Pod: "p", Name: n, Image: "busybox", Command: []string{"sleep", "3600"}})
			h := rt.StartContainer("p", n, 0)
			if y := h.Resume(0); y.Exited {
				t.Fatalf("%s exited: %+v", n, y)
			}
			tasks = append(tasks, weak.Make(h.(*handle).p.(*proc).main))
		}
	}()
	alive := func() int {
		n := 0
		for _, w := range tasks {
			if w.Value() != nil {
				n++
			}
		}
		return n
	}
	for i := 0; i < 100 && alive() > 0; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	if n := alive(); n > 0 {
		t.Errorf("%d parked tasks still alive after the Runtime was dropped", n)
	}
}

func TestVolumeBytes(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{Volumes: []sim.VolumeConfig{{Name: "cache", Kind: "emptyDir"}}})
	w.create(sim.ContainerConfig{Name: "c", Mounts: []sim.Mount{{Volume: "cache", Path: "/cache"}},
		Command: []string{"sh", "-c", "dd if=/dev/zero of=/cache/a bs=1k count=3 2>/dev/null; mkdir /cache/d; echo hi > /cache/d/b"}})
	drive(w.rt.StartContainer("p", "c", 0), 0, time.Minute)
	if got := w.rt.VolumeBytes("p", "cache"); got != 3*1024+3 {
		t.Errorf("VolumeBytes = %d, want %d", got, 3*1024+3)
	}
}
