package lessons

import (
	"reflect"
	"testing"

	"github.com/podlab/podlab/sim/play"
)

// TestGraderReportInMatchesGrade: grading alongside a run and wording the
// outcome afterwards in each language gives what Grade gives, for the
// starter (some checks fail, file checks included) and the solution.
func TestGraderReportInMatchesGrade(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	l := c.Lesson("init-containers")
	for _, src := range [][]byte{l.Starter, l.Solution} {
		run, err := play.Start(src, l.Run.PlayOptions())
		if err != nil {
			t.Fatal(err)
		}
		g := NewGrader(l, FirstPod(src), EN)
		for t, ok := g.Due(); ok; t, ok = g.Due() {
			run.Advance(t)
			g.Exec(run, t)
		}
		run.Advance(l.Run.Horizon())
		for _, lang := range Langs() {
			want, err := Grade(l, src, lang)
			if err != nil {
				t.Fatal(err)
			}
			if got := g.ReportIn(run.Timeline(), lang); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: ReportIn = %+v\nGrade = %+v", lang, got, want)
			}
		}
	}
}

func TestCheckID(t *testing.T) {
	if got, want := CheckID("start-tomcat", 12), "start-tomcat/12"; got != want {
		t.Errorf("CheckID = %q, want %q", got, want)
	}
}
