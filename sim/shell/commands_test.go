package shell

import (
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
)

// TestCommands runs one script per case in a fresh busybox container and
// compares what a learner would see in the logs.
func TestCommands(t *testing.T) {
	tests := []struct {
		name, script   string
		stdout, stderr string
		code           int
	}{
		{"echo", `echo hello testPod`, "hello testPod\n", "", 0},
		{"echo -n", `echo -n a; echo b`, "ab\n", "", 0},
		{"echo -en (docs)", `echo -en 'x\n\n'`, "x\n\n", "", 0},
		{"printf", `printf '%s=%d\n' a 3`, "a=3\n", "", 0},
		{"cat missing", `cat /tmp/healthy`, "", "cat: can't open '/tmp/healthy': No such file or directory\n", 1},
		{"unknown command", `foo bar`, "", "sh: foo: not found\n", 127},
		{"bash is not in busybox", `bash -c 'echo x'`, "", "sh: bash: not found\n", 127},
		{"exit code", `exit 3`, "", "", 3},
		{"false", `false`, "", "", 1},
		{"touch then cat", `touch /tmp/a; cat /tmp/a; echo rc=$?`, "rc=0\n", "", 0},
		{"redirect and append", `echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f`, "one\ntwo\n", "", 0},
		{"redirect into a directory", `echo x > /tmp`, "", "sh: can't create /tmp: Is a directory\n", 1},
		{"create in missing dir", `echo x > /nope/f`, "", "sh: can't create /nope/f: nonexistent directory\n", 1},
		{"rm missing", `rm /tmp/x`, "", "rm: can't remove '/tmp/x': No such file or directory\n", 1},
		{"rm -f missing", `rm -f /tmp/x; echo $?`, "0\n", "", 0},
		{"rm dir", `mkdir /tmp/d; rm /tmp/d`, "", "rm: '/tmp/d' is a directory\n", 1},
		{"rm -rf dir", `mkdir -p /tmp/d/e; touch /tmp/d/e/f; rm -rf /tmp/d; ls /tmp`, "", "", 0},
		{"mkdir exists", `mkdir /tmp`, "", "mkdir: can't create directory '/tmp': File exists\n", 1},
		{"mkdir -p", `mkdir -p /a/b/c && ls /a/b`, "c\n", "", 0},
		{"ls sorted", `touch /tmp/b /tmp/a /tmp/c; ls /tmp`, "a\nb\nc\n", "", 0},
		{"ls missing", `ls /nope`, "", "ls: /nope: No such file or directory\n", 1},
		{"ls several", `mkdir -p /x /y; touch /x/1 /y/2; ls /x /y`, "/x:\n1\n\n/y:\n2\n", "", 0},
		{"ls -l", `echo hello > /tmp/f; ls -l /tmp`, "total 4\n-rw-r--r--    1 root     root             6 Jun  1 09:00 f\n", "", 0},
		{"ls -a", `touch /tmp/.h; ls -a /tmp`, ".\n..\n.h\n", "", 0},
		{"cp and mv", `echo x > /tmp/a; cp /tmp/a /tmp/b; mv /tmp/b /tmp/c; ls /tmp; cat /tmp/c`, "a\nc\nx\n", "", 0},
		{"cp missing", `cp /nope /tmp/`, "", "cp: can't stat '/nope': No such file or directory\n", 1},
		{"cp -r", `mkdir -p /s/d; echo 1 > /s/d/f; cp -r /s /t; cat /t/d/f`, "1\n", "", 0},
		{"test -e", `[ -e /etc/passwd ] && echo yes; [ -e /nope ] || echo no`, "yes\nno\n", "", 0},
		{"[[ -e ]]", `touch /tmp/h; if [[ -e /tmp/h ]]; then echo there; fi`, "there\n", "", 0},
		{"date is virtual", `date`, "Sun Jun  1 09:00:00 UTC 2025\n", "", 0},
		{"date after sleep", `sleep 90; date +%H:%M:%S`, "09:01:30\n", "", 0},
		{"hostname", `hostname`, "p\n", "", 0},
		{"printenv", `printenv HOSTNAME`, "p\n", "", 0},
		{"env has PATH", `env | grep -c '^PATH='`, "1\n", "", 0},
		{"grep", `printf 'a\nb\nab\n' > /tmp/f; grep a /tmp/f`, "a\nab\n", "", 0},
		{"grep -v -c", `printf 'a\nb\nab\n' | grep -vc a`, "1\n", "", 0},
		{"grep -q no match", `grep -q zzz /etc/passwd; echo $?`, "1\n", "", 0},
		{"pipe", `echo hello | tr a-z A-Z`, "HELLO\n", "", 0},
		{"pipe chain", `seq 1 5 | grep -v 3 | wc -l`, "4\n", "", 0},
		{"head tail", `seq 10 | head -n 3; seq 10 | tail -n 2`, "1\n2\n3\n9\n10\n", "", 0},
		{"head -3", `seq 10 | head -3`, "1\n2\n3\n", "", 0},
		{"wc", `printf 'a b\nc\n' | wc`, "      2       3       6\n", "", 0},
		{"wc -c file", `printf 'abc' > /tmp/f; wc -c /tmp/f`, "3 /tmp/f\n", "", 0},
		{"cut", `echo a:b:c | cut -d: -f2`, "b\n", "", 0},
		{"sed", `echo hello world | sed 's/o/0/g'`, "hell0 w0rld\n", "", 0},
		{"sed -n p", `seq 5 | sed -n '2p'`, "2\n", "", 0},
		{"seq", `seq 3`, "1\n2\n3\n", "", 0},
		{"id whoami", `id; whoami`, "uid=0(root) gid=0(root) groups=0(root),10(wheel)\nroot\n", "", 0},
		{"pwd basename dirname", `cd /etc; pwd; basename /a/b.txt .txt; dirname /a/b.txt`, "/etc\nb\n/a\n", "", 0},
		{"uname", `uname; uname -n`, "Linux\np\n", "", 0},
		{"$$ is PID 1", `echo $$`, "1\n", "", 0},
		{"RANDOM is seeded", `a=$RANDOM; b=$RANDOM; [ "$a" != "$b" ] && echo ok`, "ok\n", "", 0},
		{"while loop", `i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done`, "0\n1\n2\n", "", 0},
		{"function", `f() { echo "f:$1"; }; f x`, "f:x\n", "", 0},
		{"case", `case abc in a*) echo A;; *) echo other;; esac`, "A\n", "", 0},
		{"command substitution", `x=$(echo hi); echo "$x!"`, "hi!\n", "", 0},
		{"sh -c nested", `sh -c 'echo inner; exit 4'; echo rc=$?`, "inner\nrc=4\n", "", 0},
		{"stderr redirect", `cat /nope 2>/dev/null; echo rc=$?`, "rc=1\n", "", 0},
		{"read file", `echo k=v > /tmp/f; while read l; do echo "got $l"; done < /tmp/f`, "got k=v\n", "", 0},
		{"syntax error", `if then`, "", "sh: line 1: syntax error: `if` must be followed by a statement list\n", 2},
		{"sleep bad", `sleep abc`, "", "sleep: invalid number 'abc'\n", 1},
		{"background and wait", `(sleep 2; echo bg) & echo fg; wait; echo done`, "fg\nbg\ndone\n", "", 0},
		{"trap EXIT", `trap 'echo bye' EXIT; echo hi`, "hi\nbye\n", "", 0},
		{"etc/passwd", `grep -c root /etc/passwd`, "1\n", "", 0},
		{"command -v", `command -v sleep`, "/bin/sleep\n", "", 0},
		{"/dev/termination-log", `echo bye > /dev/termination-log; cat /dev/termination-log`, "bye\n", "", 0},
		{"md5sum", `printf abc | md5sum`, "900150983cd24fb0d6963f7d28e17f72  -\n", "", 0},
		{"sort uniq", `printf 'b\na\nb\n' | sort | uniq -c`, "      1 a\n      2 b\n", "", 0},
		{"expr", `expr 2 + 3`, "5\n", "", 0},
		{"xargs", `echo a b | xargs echo got`, "got a b\n", "", 0},
		{"ps", `ps`, "PID   USER     TIME  COMMAND\n    1 root      0:00 sh -c ps\n    2 root      0:00 ps\n", "", 0},
		{"kill unknown", `kill 99`, "", "kill: can't kill pid 99: No such process\n", 1},
		{"nslookup", `nslookup kubernetes.default | tail -n 3`, "Name:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n", "", 0},
		{"wget refused", `wget -qO- http://localhost:8080/`, "", "wget: can't connect to remote host (127.0.0.1): Connection refused\n", 1},
		{"nc -z refused", `nc -z localhost 80; echo $?`, "1\n", "", 0},
		{"wget the docs' page", `wget -O /tmp/index.html http://info.cern.ch 2>/dev/null && grep -o 'home of the first website' /tmp/index.html`, "home of the first website\n", "", 0},
		{"wget unknown host", `wget -qO- http://nope.example.org/`, "", "wget: bad address 'nope.example.org'\n", 1},
		{"ids are root's", `echo $UID $EUID $GID $PPID`, "0 0 0 0\n", "", 0},
		{"time is virtual", `time sleep 2`, "", "real\t0m 2.00s\nuser\t0m 0.00s\nsys\t0m 0.00s\n", 0},
		{"process substitution", `cat <(echo hi)`, "", "sh: line 1: syntax error: unexpected \"(\" (process substitution is not simulated)\n", 2},
		{"perl missing in busybox", `perl -v`, "", "sh: perl: not found\n", 127},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sh(t, tt.script)
			if r.stdout != tt.stdout || r.stderr != tt.stderr || r.code != tt.code || !r.exited {
				t.Errorf("script %q:\ngot  stdout %q stderr %q code %d exited %v\nwant stdout %q stderr %q code %d",
					tt.script, r.stdout, r.stderr, r.code, r.exited, tt.stdout, tt.stderr, tt.code)
			}
		})
	}
}

func TestJobs(t *testing.T) {
	tests := []struct{ script, stdout string }{
		{`sleep 5 & echo "pid $!"; wait $!; echo "rc $?"`, "pid 2\nrc 0\n"},
		{`(sleep 1; exit 3) & p=$!; sleep 2 & wait $p; echo "rc $?"`, "rc 3\n"},
		{`sleep 100 & kill $!; wait $!; echo "rc $?"`, "rc 143\n"},
	}
	for _, tt := range tests {
		if r := sh(t, tt.script); r.stdout != tt.stdout {
			t.Errorf("%s: got %q %q, want %q", tt.script, r.stdout, r.stderr, tt.stdout)
		}
	}
}

// Debian-family images have GNU tools and dash/bash, whose messages
// differ from busybox's.
func TestGNUMessages(t *testing.T) {
	tests := []struct {
		argv   []string
		stderr string
		code   int
	}{
		{[]string{"sh", "-c", "echo; foo"}, "sh: 1: foo: not found\n", 127},
		{[]string{"bash", "-c", "true\nfoo"}, "bash: line 2: foo: command not found\n", 127},
		{[]string{"cat", "/tmp/healthy"}, "cat: /tmp/healthy: No such file or directory\n", 1},
		{[]string{"ls", "/nope"}, "ls: cannot access '/nope': No such file or directory\n", 2},
		{[]string{"sh", "-c", "echo hi > /tmp/a; mkdir /tmp/d; ls -l /tmp >&2"}, "total 4\n-rw-r--r-- 1 root root    3 Jun  1 09:00 a\ndrwxr-xr-x 2 root root 4096 Jun  1 09:00 d\n", 0},
	}
	for _, tt := range tests {
		w := newTestPod(t, sim.SandboxConfig{})
		w.create(sim.ContainerConfig{Name: "c", Image: "debian", Command: tt.argv})
		r := drive(w.rt.StartContainer("p", "c", 0), 0, time.Minute)
		if r.stderr != tt.stderr || r.code != tt.code {
			t.Errorf("%q: got %q %d, want %q %d", tt.argv, r.stderr, r.code, tt.stderr, tt.code)
		}
	}
}

// The docs' redis walk-through: procps is not in the image until
// apt-get installs it.
func TestAptGetInstallsPrograms(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "c", Image: "debian", Command: []string{"bash", "-c", "ps; apt-get install -y procps; apt-get update >/dev/null && apt-get install -y procps >/dev/null && ps"}})
	r := drive(w.rt.StartContainer("p", "c", 0), 0, time.Minute)
	want := "bash: line 1: ps: command not found\nE: Unable to locate package procps\n"
	if r.stderr != want || r.code != 0 || !strings.Contains(r.stdout, "      1 ?        00:00:00 bash\n") {
		t.Errorf("got %q %q %d", r.stdout, r.stderr, r.code)
	}
}

// busybox's default command is `sh`: without stdin it exits at once (a
// Completed container); with stdin and a TTY it waits for input.
func TestDefaultShell(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "plain", Image: "busybox"})
	w.create(sim.ContainerConfig{Name: "tty", Image: "busybox", Stdin: true, TTY: true})
	if r := drive(w.rt.StartContainer("p", "plain", 0), 0, time.Minute); !r.exited || r.code != 0 {
		t.Errorf("sh without stdin: %+v", r.y)
	}
	if r := drive(w.rt.StartContainer("p", "tty", 0), 0, time.Minute); r.exited {
		t.Errorf("sh with stdin: %+v", r.y)
	}
}

// Exec probes of programs that never wait run inline; one that waits
// (env running sleep) still gets its own goroutine.
func TestExecInlineAndNot(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "c", Command: []string{"sleep", "3600"}})
	w.rt.StartContainer("p", "c", 0).Resume(0)
	if r := drive(w.rt.Exec("p", "c", []string{"cat", "/etc/hostname"}, time.Second), time.Second, time.Minute); r.stdout != "p\n" || !r.exited {
		t.Errorf("cat: %+v", r)
	}
	if r := drive(w.rt.Exec("p", "c", []string{"env", "X=1", "sleep", "2"}, time.Second), time.Second, time.Minute); !r.exited || r.at != 3*time.Second {
		t.Errorf("env sleep: exited=%v at %v", r.exited, r.at)
	}
}
