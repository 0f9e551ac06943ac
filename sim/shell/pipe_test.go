package shell

import (
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
)

// TestStreamPipes: a pipeline's right side reads as the left side writes,
// as through a kernel pipe: what a learner sees at time `at` in the log.
func TestStreamPipes(t *testing.T) {
	tests := []struct {
		name, script string
		at           time.Duration // drive until then
		stdout       string
		exited       bool
		code         int
	}{
		{"a follower's matches appear as the log grows",
			`touch /tmp/log; (i=0; while true; i=$((i+1)); do echo "line $i" >> /tmp/log; sleep 2; done) & tail -f /tmp/log | grep 'line 1'`,
			25 * time.Second, "line 1\nline 10\nline 11\nline 12\nline 13\n", false, 0},
		{"head ends the pipeline; yes gets SIGPIPE",
			`yes | head -n 2; echo "status $?"`, time.Minute, "y\ny\nstatus 0\n", true, 0},
		{"grep -q stops at the first match",
			`(echo a; sleep 5; echo b; sleep 600) | grep -q a; echo "found $?"`, time.Minute, "found 0\n", true, 0},
		{"the status is the right side's", `false | cat; echo $?; true | grep x; echo $?`, time.Minute, "0\n1\n", true, 0},
		{"grep -n counts lines across what arrives", `(echo a; sleep 1; echo b; sleep 1; echo a) | grep -n a`, time.Minute, "1:a\n3:a\n", true, 0},
		{"wc waits for the end", `(echo a; sleep 3; echo b) | wc -l`, 2 * time.Second, "", false, 0},
		{"a chain streams end to end", `(echo x1; sleep 10; echo x2) | cat | grep x`, 5 * time.Second, "x1\n", false, 0},
		{"a loop's pipelines do not pile up processes",
			`i=0; while [ $i -lt 30 ]; do echo $i | grep -q 5; i=$((i+1)); done; ps | wc -l`, time.Minute, "4\n", true, 0},
		{"a builtin on the right reads the whole input", `printf 'a\nb\n' | while read l; do echo "<$l>"; done`, time.Minute, "<a>\n<b>\n", true, 0},
		{"|& carries stderr", `ls /nope |& grep -c nope`, time.Minute, "1\n", true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newTestPod(t, sim.SandboxConfig{})
			w.create(sim.ContainerConfig{Name: "c", Command: []string{"sh", "-c", tt.script}})
			r := drive(w.rt.StartContainer("p", "c", 0), 0, tt.at)
			if r.stdout != tt.stdout || r.exited != tt.exited || (tt.exited && r.code != tt.code) {
				t.Errorf("%s\nby %v: stdout %q exited %v code %d stderr %q\nwant stdout %q exited %v code %d",
					tt.script, tt.at, r.stdout, r.exited, r.code, r.stderr, tt.stdout, tt.exited, tt.code)
			}
		})
	}
}

// A pipeline's member is forgotten once it is done: a container that runs
// one every few seconds for hours keeps one task, not thousands.
func TestStreamPipeTasksAreForgotten(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "c", Command: []string{"sh", "-c", `i=0; while [ $i -lt 100 ]; do date | grep -q UTC; i=$((i+1)); sleep 1; done; sleep 600`}})
	p := w.rt.StartContainer("p", "c", 0)
	drive(p, 0, 5*time.Minute)
	if n := len(p.(*handle).p.(*proc).tasks); n != 1 {
		t.Errorf("%d tasks after 100 pipelines, want 1 (the shell)", n)
	}
}
