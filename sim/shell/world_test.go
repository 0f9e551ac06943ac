package shell

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
)

func TestSignals(t *testing.T) {
	tests := []struct {
		name     string
		argv     []string
		share    bool
		exited   bool
		code     int
		stdout   string
		graceful bool
	}{
		{"shell PID 1 without trap ignores TERM", []string{"sh", "-c", "sleep 3600"}, false, false, 0, "", false},
		{"sleep as PID 1 ignores TERM", []string{"sleep", "3600"}, false, false, 0, "", false},
		{"trap runs after the foreground sleep", []string{"sh", "-c", "trap 'echo bye; exit 0' TERM; while true; do sleep 1; done"}, false, true, 0, "bye\n", false},
		{"trap interrupts wait", []string{"sh", "-c", "trap 'echo bye; exit 3' TERM; sleep 3600 & wait"}, false, true, 3, "bye\n", true},
		{"shared PID namespace: sh is not PID 1, TERM kills", []string{"sh", "-c", "sleep 3600"}, true, true, 143, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newTestPod(t, sim.SandboxConfig{SharePIDs: tt.share})
			w.create(sim.ContainerConfig{Name: "c", Command: tt.argv})
			p := w.rt.StartContainer("p", "c", 0)
			p.Resume(0)
			var r result
			y := p.Signal(sim.SIGTERM, 10*time.Second)
			r.add(y)
			r.at = 10 * time.Second
			if !y.Exited && y.Sleep < 30*time.Second {
				r = drive(p, 10*time.Second+y.Sleep, 40*time.Second)
				r.stdout = r.stdout + ""
			}
			if r.exited != tt.exited || (tt.exited && r.code != tt.code) || r.stdout != tt.stdout {
				t.Errorf("got exited=%v code=%d stdout=%q, want exited=%v code=%d stdout=%q", r.exited, r.code, r.stdout, tt.exited, tt.code, tt.stdout)
			}
			if tt.graceful && r.at != 10*time.Second {
				t.Errorf("ended at %v, want at once (10s)", r.at)
			}
			if !r.exited {
				if y := p.Signal(sim.SIGKILL, 40*time.Second); !y.Exited || y.Code != 137 || y.Signal != sim.SIGKILL {
					t.Errorf("SIGKILL: %+v", y)
				}
			}
		})
	}
}

func TestNginx(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "web", Image: "nginx:1.27"})
	w.create(sim.ContainerConfig{Name: "web2", Image: "nginx"})
	web := w.rt.StartContainer("p", "web", 0)
	r := drive(web, 0, time.Second)
	if !strings.Contains(r.stdout, "/docker-entrypoint.sh: Configuration complete; ready for start up") ||
		!strings.Contains(r.stderr, "[notice] 1#1: start worker processes") {
		t.Errorf("startup logs: %q %q", r.stdout, r.stderr)
	}
	if got := w.rt.HTTPGet("p", sim.HTTPRequest{Port: 80, Path: "/"}, time.Second); got.Code != 200 || !strings.Contains(got.Body, "Welcome to nginx!") {
		t.Errorf("GET /: %d %v", got.Code, got.Err)
	}
	if got := w.rt.HTTPGet("p", sim.HTTPRequest{Port: 80, Path: "/nope"}, time.Second); got.Code != 404 {
		t.Errorf("GET /nope: %d", got.Code)
	}
	if got := w.rt.HTTPGet("p", sim.HTTPRequest{Port: 8080, Path: "/"}, time.Second); got.Err == nil || !strings.Contains(got.Err.Error(), "connection refused") {
		t.Errorf("closed port: %+v", got)
	}
	if got := w.rt.Listening("p"); fmt.Sprint(got) != "map[web:[80]]" {
		t.Errorf("Listening: %v", got)
	}
	// The second nginx in the Pod shares the network namespace: port 80 is taken.
	r2 := drive(w.rt.StartContainer("p", "web2", time.Second), time.Second, time.Minute)
	if !r2.exited || r2.code != 1 || !strings.Contains(r2.stderr, "[emerg] 1#1: bind() to 0.0.0.0:80 failed (98: Address in use)") {
		t.Errorf("second nginx: exited=%v code=%d %q", r2.exited, r2.code, r2.stderr)
	}
	// The docs' preStop hook: `nginx -s quit` makes the master exit
	// gracefully, and the hook's loop sees it gone at once.
	hook := drive(w.rt.Exec("p", "web", []string{"/bin/sh", "-c", "nginx -s quit; while killall -0 nginx; do sleep 1; done"}, 5*time.Second), 5*time.Second, time.Minute)
	if !hook.exited || hook.code != 0 || hook.at != 5*time.Second || fmt.Sprint(w.rt.Woken("p")) != "[web]" {
		t.Fatalf("preStop hook: %+v", hook)
	}
	y := web.Resume(5 * time.Second)
	var out result
	out.add(y)
	if !y.Exited || y.Code != 0 || !strings.Contains(out.stderr, "signal 3 (SIGQUIT) received, shutting down") {
		t.Errorf("after quit: %+v", y)
	}
}

func TestLivenessHTTPServer(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "liveness", Image: "k8s.gcr.io/liveness", Command: []string{"/server"}})
	drive(w.rt.StartContainer("p", "liveness", 0), 0, time.Second)
	for _, c := range []struct {
		at   time.Duration
		code int
	}{{3 * time.Second, 200}, {9 * time.Second, 200}, {12 * time.Second, 500}} {
		if got := w.rt.HTTPGet("p", sim.HTTPRequest{Port: 8080, Path: "/healthz"}, c.at); got.Code != c.code {
			t.Errorf("at %v: /healthz %d, want %d", c.at, got.Code, c.code)
		}
	}
}

func TestTomcatServesCopiedWar(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{Volumes: []sim.VolumeConfig{{Name: "app-volume", Kind: "emptyDir"}}})
	w.create(sim.ContainerConfig{Name: "war", Image: "geektime/sample:v2", Command: []string{"cp", "/sample.war", "/app"}, Mounts: []sim.Mount{{Volume: "app-volume", Path: "/app"}}})
	war := drive(w.rt.StartContainer("p", "war", 0), 0, time.Minute)
	if !war.exited || war.code != 0 || len(war.files) != 1 || war.files[0].Volume != "app-volume" || war.files[0].VolPath != "sample.war" {
		t.Fatalf("init container: %+v", war)
	}
	w.create(sim.ContainerConfig{Name: "tomcat", Image: "tomcat:7.0", Mounts: []sim.Mount{{Volume: "app-volume", Path: "/usr/local/tomcat/webapps"}}})
	tc := drive(w.rt.StartContainer("p", "tomcat", time.Second), time.Second, 20*time.Second)
	if !strings.Contains(tc.stderr, "Deploying web application archive /usr/local/tomcat/webapps/sample.war") {
		t.Errorf("tomcat logs: %q", tc.stderr)
	}
	if got := w.rt.HTTPGet("p", sim.HTTPRequest{Port: 8080, Path: "/sample/"}, 20*time.Second); got.Code != 200 {
		t.Errorf("GET /sample/: %+v", got)
	}
	// unpackWARs: the war's directory appears when tomcat deploys it, as
	// tomcat's writes into the shared volume.
	var unpacked []string
	for _, f := range tc.files {
		if f.Container == "tomcat" && f.Volume == "app-volume" {
			unpacked = append(unpacked, string(f.Op)+" "+f.VolPath)
		}
	}
	want := "mkdir sample,mkdir sample/META-INF,write sample/META-INF/MANIFEST.MF,mkdir sample/WEB-INF,mkdir sample/WEB-INF/classes,write sample/WEB-INF/web.xml,write sample/index.jsp"
	if strings.Join(unpacked, ",") != want {
		t.Errorf("tomcat's writes: %q\nwant %q", unpacked, want)
	}
	ls := drive(w.rt.Exec("p", "tomcat", []string{"ls", "/usr/local/tomcat/webapps", "/usr/local/tomcat/webapps/sample"}, 20*time.Second), 20*time.Second, time.Minute)
	if ls.stdout != "/usr/local/tomcat/webapps:\nsample\nsample.war\n\n/usr/local/tomcat/webapps/sample:\nMETA-INF\nWEB-INF\nindex.jsp\n" {
		t.Errorf("ls webapps: %q %q", ls.stdout, ls.stderr)
	}
	// A restart finds the unpacked directory and deploys the war alone.
	w.create(sim.ContainerConfig{Name: "tomcat", Image: "tomcat:7.0", Mounts: []sim.Mount{{Volume: "app-volume", Path: "/usr/local/tomcat/webapps"}}})
	again := drive(w.rt.StartContainer("p", "tomcat", time.Minute), time.Minute, 2*time.Minute)
	if strings.Count(again.stderr, "Deploying web application") != 1 || len(again.files) != 0 {
		t.Errorf("restart: deployed %d apps, wrote %d files:\n%s", strings.Count(again.stderr, "Deploying web application"), len(again.files), again.stderr)
	}
}

func TestVolumes(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{Volumes: []sim.VolumeConfig{
		{Name: "podinfo", Kind: "downwardAPI", ReadOnly: true, Files: []sim.VolumeFile{{Path: "labels", Content: "app=\"web\""}}},
		{Name: "data", Kind: "emptyDir"},
	}})
	w.create(sim.ContainerConfig{Name: "c", Mounts: []sim.Mount{{Volume: "podinfo", Path: "/etc/podinfo"}, {Volume: "data", Path: "/data", SubPath: "sub"}, {Volume: "data", Path: "/ro", ReadOnly: true}},
		Command: []string{"sh", "-c", "cat /etc/podinfo/labels; echo; touch /etc/podinfo/x; echo hi > /data/f; cat /ro/sub/f; touch /ro/y"}})
	r := drive(w.rt.StartContainer("p", "c", 0), 0, time.Minute)
	wantErr := "touch: /etc/podinfo/x: Read-only file system\ntouch: /ro/y: Read-only file system\n"
	if r.stdout != "app=\"web\"\nhi\n" || r.stderr != wantErr {
		t.Errorf("got %q %q", r.stdout, r.stderr)
	}
	// emptyDir contents survive a container restart; the root filesystem does not.
	w.create(sim.ContainerConfig{Name: "c", Mounts: []sim.Mount{{Volume: "data", Path: "/data"}}, Command: []string{"sh", "-c", "cat /data/sub/f; ls /tmp"}})
	r = drive(w.rt.StartContainer("p", "c", time.Minute), time.Minute, 2*time.Minute)
	if r.stdout != "hi\n" {
		t.Errorf("after restart: %q %q", r.stdout, r.stderr)
	}
}

func TestOOMKilled(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "s", Image: "polinux/stress", MemoryLimit: 100 << 20, Command: []string{"stress", "--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"}})
	r := drive(w.rt.StartContainer("p", "s", 0), 0, time.Minute)
	if !r.exited || r.code != 137 || r.y.Reason != "OOMKilled" {
		t.Errorf("got %+v", r.y)
	}
	w.create(sim.ContainerConfig{Name: "ok", Image: "polinux/stress", MemoryLimit: 200 << 20, Command: []string{"stress", "--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"}})
	r = drive(w.rt.StartContainer("p", "ok", 0), 0, time.Minute)
	if r.exited || w.rt.Memory("p", "ok") < 150<<20 {
		t.Errorf("under the limit: %+v mem %d", r.y, w.rt.Memory("p", "ok"))
	}
}

func TestStartError(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "c", Command: []string{"nosuchcmd"}})
	y := w.rt.StartContainer("p", "c", 0).Resume(0)
	if !y.Exited || y.Code != 128 || y.Reason != "StartError" || !strings.Contains(y.Message, `exec: "nosuchcmd": executable file not found in $PATH`) {
		t.Errorf("got %+v", y)
	}
}

// TestLivenessExecDriver plays the engine for the docs' liveness-exec
// Pod: the probe (cat /tmp/healthy every 5 s from 5 s) succeeds until the
// script removes the file at 30 s.
func TestLivenessExecDriver(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "liveness", Image: "registry.k8s.io/busybox:1.27.2",
		Command: []string{"/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"}})
	main := w.rt.StartContainer("p", "liveness", 0)
	wake := main.Resume(0).Sleep
	var got []string
	for now := 5 * time.Second; now <= 40*time.Second; now += 5 * time.Second {
		if wake <= now { // the container's wake-up comes before a probe at the same instant
			wake = now + main.Resume(wake).Sleep
		}
		r := drive(w.rt.Exec("p", "liveness", []string{"cat", "/tmp/healthy"}, now), now, now+time.Second)
		got = append(got, fmt.Sprintf("%v:%d%s", now, r.code, strings.TrimSpace(r.stderr)))
	}
	want := "5s:0 10s:0 15s:0 20s:0 25s:0 30s:1cat: can't open '/tmp/healthy': No such file or directory 35s:1cat: can't open '/tmp/healthy': No such file or directory 40s:1cat: can't open '/tmp/healthy': No such file or directory"
	if strings.Join(got, " ") != want {
		t.Errorf("probes:\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
}

// TestDeterminism runs a busy Pod 20 times: the same bytes every time,
// and the same natively and in wasm (the hash is a constant).
func TestDeterminism(t *testing.T) {
	script := `i=0; (while true; do echo "bg $(date +%s)"; sleep 0.7; done) & while [ $i -lt 50 ]; do echo "$i $RANDOM $$" | tee -a /tmp/log | sed 's/0/zero/'; i=$((i+1)); sleep 0.1; done; wc -l /tmp/log; ps`
	var first string
	for i := 0; i < 20; i++ {
		r := sh(t, script)
		sum := fmt.Sprintf("%x", sha256.Sum256([]byte(r.stdout+"|"+r.stderr+fmt.Sprint(r.code, r.at))))
		if i == 0 {
			first = sum
		} else if sum != first {
			t.Fatalf("run %d differs", i)
		}
	}
	if want := "ea04b052805b76b73d69f3174fdb9d98c2dbe35a91ed7ebeea5323f2aacdc067"; first != want {
		t.Errorf("sha256 %s, want %s (the same on every platform)", first, want)
	}
}

// Writing into a memory-backed emptyDir (tmpfs) counts against the
// container's memory limit, as the kernel charges tmpfs pages.
func TestTmpfsWriteOOM(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{Volumes: []sim.VolumeConfig{{Name: "shm", Kind: "emptyDir", Memory: true}}})
	w.create(sim.ContainerConfig{Name: "c", MemoryLimit: 64 << 20, Mounts: []sim.Mount{{Volume: "shm", Path: "/dev/shm"}},
		Command: []string{"sh", "-c", "dd if=/dev/zero of=/dev/shm/a bs=1M count=32; echo ok; dd if=/dev/zero of=/dev/shm/b bs=1M count=64; echo never"}})
	r := drive(w.rt.StartContainer("p", "c", 0), 0, time.Minute)
	if !r.exited || r.code != 137 || r.y.Reason != "OOMKilled" || r.stdout != "ok\n" {
		t.Errorf("got %q %q %+v", r.stdout, r.stderr, r.y)
	}
}

func TestCurl(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "web", Image: "nginx"})
	drive(w.rt.StartContainer("p", "web", 0), 0, time.Second)
	tests := []struct {
		argv           []string
		stdout, stderr string
		code           int
	}{
		{[]string{"curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "localhost/nope"}, "404", "", 0},
		{[]string{"curl", "-sf", "localhost/nope"}, "", "curl: (22) The requested URL returned error: 404\n", 22},
		{[]string{"curl", "-s", "localhost:81"}, "", "", 7},
		{[]string{"curl", "-sS", "localhost:81"}, "", "curl: (7) Failed to connect to localhost port 81 after 0 ms: Couldn't connect to server\n", 7},
		{[]string{"curl", "-s", "nowhere"}, "", "", 6},
	}
	for _, tt := range tests {
		r := drive(w.rt.Exec("p", "web", tt.argv, time.Second), time.Second, time.Minute)
		if r.stdout != tt.stdout || r.stderr != tt.stderr || r.code != tt.code {
			t.Errorf("%q: got %q %q %d, want %q %q %d", tt.argv, r.stdout, r.stderr, r.code, tt.stdout, tt.stderr, tt.code)
		}
	}
}

// The docs' pi Job: perl prints 2000 digits, in about 10 virtual seconds.
func TestPerlPi(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "pi", Image: "perl:5.34.0", Command: []string{"perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"}})
	r := drive(w.rt.StartContainer("p", "pi", 0), 0, time.Minute)
	if !r.exited || r.code != 0 || r.at != 8*time.Second || len(r.stdout) != 2002 ||
		!strings.HasPrefix(r.stdout, "3.14159265358979323846264338327950288419716939937510") || !strings.HasSuffix(r.stdout, "75901\n") {
		t.Errorf("got code %d at %v, %d bytes: %.60q...%q", r.code, r.at, len(r.stdout), r.stdout, r.stdout[max(0, len(r.stdout)-10):])
	}
}
