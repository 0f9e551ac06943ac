package lessons

import (
	"strconv"

	"github.com/podlab/podlab/sim"
)

// ReportIn is Report worded in lang rather than the language the Grader
// was made with. The page grades alongside its own run once and words the
// same outcome in each UI language, so a language switch needs no new
// simulation (the Grader keeps the file and exec outputs).
func (g *Grader) ReportIn(tl *sim.Timeline, lang Lang) Report {
	e := &evaluator{tl: tl, pod: g.pod, lang: lang, horizon: horizonOf(tl, g.l.Run.Horizon())}
	return e.report(g.l, g.outs)
}

// CheckID names check j of task: "<task id>/<j>". It survives a language
// switch and a reload; the page stores the ids of the checks that passed.
func CheckID(task string, j int) string { return task + "/" + strconv.Itoa(j) }
