package lessons

import "github.com/podlab/podlab/sim/api"

// Result is the outcome of one check, worded in the learner's language.
type Result struct {
	OK      bool
	Label   string // what was checked: "at 60s, Pod javaweb-2: phase Running"
	Got     string // what the run showed
	Want    string // what the check asked for
	Message string // "" when OK; else "phase: got Pending, want Running"
}

// TaskResult is the outcome of one task: it passes when all its checks do.
type TaskResult struct {
	ID     string
	Title  string
	OK     bool
	Checks []Result
}

// Report is the outcome of grading a spec against a lesson. When the YAML
// does not parse or validate, Diagnostics says why and Tasks is empty.
type Report struct {
	Lang        Lang
	Diagnostics api.ErrorList
	Tasks       []TaskResult
}

// Passed reports whether the spec was valid and every task passed.
func (r Report) Passed() bool {
	if len(r.Diagnostics) > 0 || len(r.Tasks) == 0 {
		return false
	}
	for _, t := range r.Tasks {
		if !t.OK {
			return false
		}
	}
	return true
}

// Failed returns the results of the checks that did not pass.
func (r Report) Failed() []Result {
	var out []Result
	for _, t := range r.Tasks {
		for _, c := range t.Checks {
			if !c.OK {
				out = append(out, c)
			}
		}
	}
	return out
}

// mismatch is one field whose value differs from the expectation.
type mismatch struct {
	field, got, want string
}

// fail builds a failed Result from a mismatch.
func fail(lang Lang, label string, m mismatch) Result {
	msg := say(lang, "got-want", m.got, m.want)
	if m.field != "" {
		msg = say(lang, "field", m.field, msg)
	}
	return Result{Label: label, Got: m.got, Want: m.want, Message: msg}
}

// pass builds a passed Result.
func pass(label, got, want string) Result {
	return Result{OK: true, Label: label, Got: got, Want: want}
}
