package lessons

import (
	"strings"
)

// execOutcome is what one command run inside a container gave.
type execOutcome struct {
	stdout, stderr string
	code           int
}

// argv returns the command a file or exec check runs.
func (c *Check) argv() []string {
	if c.File != nil {
		return []string{"cat", c.File.Path}
	}
	return c.Exec.Command
}

// target returns the pod and container a file or exec check runs in.
func (c *Check) target() (pod, container string) {
	if c.File != nil {
		return c.File.Pod, c.File.Container
	}
	return c.Exec.Pod, c.Exec.Container
}

// evalFile compares what `cat PATH` printed in the container at `at`.
func (e *evaluator) evalFile(c *Check, out execOutcome) Result {
	f := c.File
	p1, p2 := swapZH(e.lang, f.Path, f.Container)
	label := say(e.lang, "at", fmtDur(c.At.D())) + say(e.lang, "sep") + say(e.lang, "file", p1, p2) + " "
	got := clip(out.stdout)
	if out.code != 0 {
		got = clip(out.stderr)
		if got == "" {
			got = say(e.lang, "not-exists")
		}
	}
	var want string
	var ok bool
	switch {
	case f.Exists != nil && *f.Exists:
		want, ok = say(e.lang, "exists"), out.code == 0
	case f.Exists != nil:
		want, ok = say(e.lang, "not-exists"), out.code != 0
	case f.Equals != nil:
		want, ok = say(e.lang, "equals", *f.Equals), out.code == 0 && out.stdout == *f.Equals
	default:
		want, ok = say(e.lang, "contains", *f.Contains), out.code == 0 && strings.Contains(out.stdout, *f.Contains)
	}
	label += want
	if !ok {
		return fail(e.lang, label, mismatch{got: orNone(got), want: want})
	}
	return pass(label, got, want)
}

// evalExec compares a command's exit code and output.
func (e *evaluator) evalExec(c *Check, out execOutcome) Result {
	x := c.Exec
	cmd := strings.Join(x.Command, " ")
	a1, a2 := swapZH(e.lang, cmd, x.Container)
	label := say(e.lang, "at", fmtDur(c.At.D())) + say(e.lang, "sep") + say(e.lang, "exec", a1, a2)
	code := 0
	if x.ExitCode != nil {
		code = *x.ExitCode
	}
	label += " " + say(e.lang, "exit", code)
	if x.Stdout != "" {
		label += say(e.lang, "sep") + say(e.lang, "prints", x.Stdout)
	}
	if out.code != code {
		return fail(e.lang, label, mismatch{got: say(e.lang, "exit-code", out.code, orNone(clip(out.stderr+out.stdout))),
			want: say(e.lang, "exit", code)})
	}
	if !strings.Contains(out.stdout, x.Stdout) {
		return fail(e.lang, label, mismatch{got: orNone(clip(out.stdout)), want: say(e.lang, "prints", x.Stdout)})
	}
	return pass(label, clip(out.stdout), x.Stdout)
}
