package kubelet

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/internal/fakert"
)

// BenchmarkEngine runs each golden scenario for 10 virtual minutes on the
// scripted runtime: the engine's own cost, without the shell's.
func BenchmarkEngine(b *testing.B) {
	paths, _ := filepath.Glob("testdata/*.txtar")
	for _, path := range paths {
		ar, err := readTxtar(path)
		if err != nil {
			b.Fatal(err)
		}
		var src []byte
		for _, f := range ar.Files {
			if f.Name == "pod.yaml" {
				src = f.Data
			}
		}
		objs, err := api.Parse(src)
		if err != nil {
			b.Fatal(err)
		}
		api.Default(&objs)
		b.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(b *testing.B) {
			for b.Loop() {
				k := New(objs, fakert.New(), Options{Images: fakert.Images})
				k.RunUntil(10 * time.Minute)
			}
		})
	}
}
