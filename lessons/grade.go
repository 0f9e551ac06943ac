package lessons

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/play"
)

// Sim is what grading needs from a simulation; *play.Run has it. Advance
// is only ever called with non-decreasing times.
type Sim interface {
	Advance(t time.Duration)
	Timeline() *sim.Timeline
	Exec(pod, container string, argv []string) (stdout, stderr string, code int)
}

var _ Sim = (*play.Run)(nil)

// Grade runs src (the learner's YAML) with the lesson's options and
// evaluates every task's checks, worded in lang. Invalid YAML gives a
// Report with Diagnostics and no error; the error is for a simulator that
// could not run at all.
func Grade(l *Lesson, src []byte, lang Lang) (Report, error) {
	run, err := play.Start(src, l.Run.PlayOptions())
	var diags api.ErrorList
	if errors.As(err, &diags) {
		return Report{Lang: lang, Diagnostics: diags}, nil
	}
	if err != nil {
		return Report{Lang: lang}, fmt.Errorf("grade %s: %w", l.Slug, err)
	}
	return GradeSim(l, run, FirstPod(src), lang), nil
}

// PlayOptions converts the options for sim/play: the page runs a lesson or
// a sandbox example with exactly the options its checks were written for.
func (o RunOptions) PlayOptions() play.Options {
	opts := play.Options{Until: o.Horizon()}
	if o.DeleteAt != nil {
		opts.DeleteAt = ptr(o.DeleteAt.D())
	}
	if o.NodeLostAt != nil {
		opts.NodeLostAt = ptr(o.NodeLostAt.D())
	}
	return opts
}

// FirstPod is the name of the first Pod in src: the Pod a check means when
// it names none. It is "" when src holds no valid Pod.
func FirstPod(src []byte) string {
	objs, err := api.Parse(src)
	if err != nil || len(objs.Pods) == 0 {
		return ""
	}
	return objs.Pods[0].Name
}

// GradeSim evaluates the lesson's checks on a fresh simulation s of the
// learner's spec, whose first Pod is pod. It advances s in time order,
// runs the file and exec checks inside the containers at their times, then
// advances to the horizon and evaluates the timeline checks.
func GradeSim(l *Lesson, s Sim, pod string, lang Lang) Report {
	g := NewGrader(l, pod, lang)
	for {
		t, ok := g.Due()
		if !ok {
			break
		}
		s.Advance(t)
		g.Exec(s, t)
	}
	s.Advance(l.Run.Horizon())
	return g.Report(s.Timeline())
}

// Grader grades a lesson alongside a run the caller advances itself (the
// page's own run, so the learner's spec is simulated once): before
// advancing past Due, advance to it and call Exec; once the run reached
// the horizon, call Report. A Grader is not safe for concurrent use.
type Grader struct {
	l    *Lesson
	pod  string
	lang Lang
	keys []execKey // file and exec checks, earliest first
	done int       // keys[:done] have run
	outs map[execKey]execOutcome
}

// execKey names one check of a lesson.
type execKey struct{ task, check int }

// NewGrader prepares grading of l for a spec whose first Pod is pod.
func NewGrader(l *Lesson, pod string, lang Lang) *Grader {
	g := &Grader{l: l, pod: pod, lang: lang, outs: map[execKey]execOutcome{}}
	for i, t := range l.Tasks {
		for j, c := range t.Checks {
			if c.File != nil || c.Exec != nil {
				g.keys = append(g.keys, execKey{i, j})
			}
		}
	}
	sort.SliceStable(g.keys, func(a, b int) bool { return g.at(g.keys[a]) < g.at(g.keys[b]) })
	return g
}

func (g *Grader) check(k execKey) *Check { return &g.l.Tasks[k.task].Checks[k.check] }

func (g *Grader) at(k execKey) time.Duration { return g.check(k).At.D() }

// Due returns the time of the next command the grader must run inside a
// container, or false when none is left.
func (g *Grader) Due() (time.Duration, bool) {
	if g.done == len(g.keys) {
		return 0, false
	}
	return g.at(g.keys[g.done]), true
}

// Exec runs, in s, every file and exec check due at or before now (the
// run's current time).
func (g *Grader) Exec(s Sim, now time.Duration) {
	for g.done < len(g.keys) && g.at(g.keys[g.done]) <= now {
		k := g.keys[g.done]
		c := g.check(k)
		p, ctr := c.target()
		if p == "" {
			p = g.pod
		}
		stdout, stderr, code := s.Exec(p, ctr, c.argv())
		g.outs[k] = execOutcome{stdout, stderr, code}
		g.done++
	}
}

// Report evaluates every check on tl, which should reach the lesson's
// horizon; file and exec checks that never ran fail as "not run".
func (g *Grader) Report(tl *sim.Timeline) Report {
	e := &evaluator{tl: tl, pod: g.pod, lang: g.lang, horizon: horizonOf(tl, g.l.Run.Horizon())}
	return e.report(g.l, g.outs)
}

// evaluator evaluates checks on a finished timeline.
type evaluator struct {
	tl      *sim.Timeline
	pod     string // the spec's first Pod
	lang    Lang
	horizon time.Duration
}

// podOf returns name, or the default Pod when name is empty.
func (e *evaluator) podOf(name string) string {
	if name == "" {
		return e.pod
	}
	return name
}

func (e *evaluator) report(l *Lesson, outs map[execKey]execOutcome) Report {
	r := Report{Lang: e.lang}
	page := l.Page(e.lang)
	for i, t := range l.Tasks {
		tr := TaskResult{ID: t.ID, Title: page.Task(t.ID).Title, OK: true}
		for j := range t.Checks {
			res := e.evalWith(&t.Checks[j], outs, execKey{i, j})
			tr.OK = tr.OK && res.OK
			tr.Checks = append(tr.Checks, res)
		}
		r.Tasks = append(r.Tasks, tr)
	}
	return r
}

// evalWith evaluates a check, with the output of its command if it has
// one; a file or exec check whose command never ran fails.
func (e *evaluator) evalWith(c *Check, outs map[execKey]execOutcome, k execKey) Result {
	out, ran := outs[k]
	if (c.File != nil || c.Exec != nil) && !ran {
		return Result{Label: say(e.lang, "at", fmtDur(c.At.D())), Message: say(e.lang, "not-run", fmtDur(c.At.D()))}
	}
	return e.eval(c, out)
}

// eval dispatches a check to the evaluator of its kind.
func (e *evaluator) eval(c *Check, out execOutcome) Result {
	k, _ := c.kind() // validated at load time
	switch k {
	case kindStatus:
		return e.evalStatus(c)
	case kindEvent:
		return e.evalEvent(c)
	case kindOrder:
		return e.evalOrder(c)
	case kindLog:
		return e.evalLog(c)
	case kindFile:
		return e.evalFile(c, out)
	case kindExec:
		return e.evalExec(c, out)
	}
	return Result{Label: "?", Message: "unknown check"}
}
