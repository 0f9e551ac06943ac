package play

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/podlab/podlab/sim/shell"
)

// Runs that share the images' layers (as the course page's runs do) give
// the same timelines as runs that build their own: a shared layer is never
// written, and nothing of one run leaks into the next.
func TestSharedLayersChangeNothing(t *testing.T) {
	shared := shell.NewLayers()
	for name, sc := range loadScenarios(t) {
		t.Run(name, func(t *testing.T) {
			opts := sc.options(t)
			opts.Until = 3 * time.Minute
			want := runJSON(t, sc.Spec, opts)
			opts.Layers = shared
			for i := range 2 {
				if got := runJSON(t, sc.Spec, opts); got != want {
					t.Fatalf("run %d with shared layers differs:\n%s\nwant\n%s", i+1, got, want)
				}
			}
		})
	}
}

func runJSON(t *testing.T, spec string, opts Options) string {
	t.Helper()
	r, err := Start([]byte(spec), opts)
	if err != nil {
		t.Fatal(err)
	}
	r.Advance(opts.Until)
	b, err := json.Marshal(r.Timeline())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// BenchmarkConformanceInPage is BenchmarkConformance as the course page
// runs it: every edit starts a new run, with the images' layers kept.
func BenchmarkConformanceInPage(b *testing.B) { benchConformance(b, shell.NewLayers()) }
