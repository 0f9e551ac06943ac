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
	run, err := play.Start(src, l.Run.playOptions())
	var diags api.ErrorList
	if errors.As(err, &diags) {
		return Report{Lang: lang, Diagnostics: diags}, nil
	}
	if err != nil {
		return Report{Lang: lang}, fmt.Errorf("grade %s: %w", l.Slug, err)
	}
	return GradeSim(l, run, firstPod(src), lang), nil
}

// playOptions converts a lesson's options for sim/play.
func (o RunOptions) playOptions() play.Options {
	opts := play.Options{Until: o.Horizon()}
	if o.DeleteAt != nil {
		opts.DeleteAt = ptr(o.DeleteAt.D())
	}
	if o.NodeLostAt != nil {
		opts.NodeLostAt = ptr(o.NodeLostAt.D())
	}
	return opts
}

// firstPod is the name of the first Pod in src: the Pod a check means when
// it names none.
func firstPod(src []byte) string {
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
	outs := runExecs(l, s, pod)
	s.Advance(l.Run.Horizon())
	e := &evaluator{tl: s.Timeline(), pod: pod, lang: lang, horizon: horizonOf(s.Timeline(), l.Run.Horizon())}
	return e.report(l, outs)
}

// execKey names one check of a lesson.
type execKey struct{ task, check int }

// runExecs runs every file and exec check at its time, earliest first.
func runExecs(l *Lesson, s Sim, pod string) map[execKey]execOutcome {
	var keys []execKey
	for i, t := range l.Tasks {
		for j, c := range t.Checks {
			if c.File != nil || c.Exec != nil {
				keys = append(keys, execKey{i, j})
			}
		}
	}
	at := func(k execKey) time.Duration { return l.Tasks[k.task].Checks[k.check].At.D() }
	sort.SliceStable(keys, func(a, b int) bool { return at(keys[a]) < at(keys[b]) })
	outs := map[execKey]execOutcome{}
	for _, k := range keys {
		c := &l.Tasks[k.task].Checks[k.check]
		s.Advance(at(k))
		p, ctr := c.target()
		if p == "" {
			p = pod
		}
		stdout, stderr, code := s.Exec(p, ctr, c.argv())
		outs[k] = execOutcome{stdout, stderr, code}
	}
	return outs
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
			res := e.eval(&t.Checks[j], outs[execKey{i, j}])
			tr.OK = tr.OK && res.OK
			tr.Checks = append(tr.Checks, res)
		}
		r.Tasks = append(r.Tasks, tr)
	}
	return r
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
