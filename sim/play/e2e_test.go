package play

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sigs.k8s.io/yaml"
)

// TestE2E runs testdata/e2e: scenarios in the conformance format taken
// from the Kubernetes e2e tests that research/k8s-semantics.md §16 lists.
func TestE2E(t *testing.T) {
	paths, _ := filepath.Glob("testdata/e2e/*.yaml")
	if len(paths) == 0 {
		t.Fatal("no scenarios in testdata/e2e")
	}
	for _, p := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(p), ".yaml"), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			var sc scenarioFile
			if err := yaml.UnmarshalStrict(data, &sc); err != nil {
				t.Fatal(err)
			}
			tl := runScenario(t, sc)
			for i, e := range sc.Expect {
				if err := e.check(t, tl, firstPod(tl)); err != nil {
					t.Errorf("expect[%d]: %v", i, err)
				}
			}
		})
	}
}
