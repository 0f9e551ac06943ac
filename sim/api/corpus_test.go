package api

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// corpusDir holds the Kubernetes documentation's example manifests
// (../shared/corpus/k8s-website beside the repository; CI lays shared/
// there too).
const corpusDir = "../../../shared/corpus/k8s-website"

// corpusRejected are the examples the API server rejects, with the
// diagnostic Podlab gives, as the docs' own outcome or the API's
// v0.37.2 schema says.
var corpusRejected = map[string]string{
	// cgroupOptions comes from a pull-request branch: no released API has
	// the field, so strict decoding refuses it.
	"pods/security/security-context-7.yaml": `12:7: spec.containers[0].securityContext: unknown field "cgroupOptions"`,
}

// TestCorpus parses, defaults and validates every example of the corpus:
// each is accepted, or rejected exactly as corpusRejected says.
func TestCorpus(t *testing.T) {
	files := corpusFiles(t)
	if len(files) != 168 {
		t.Errorf("found %d corpus files, want 168", len(files))
	}
	var accepted, skippedObjs, notes int
	for _, rel := range files {
		src, err := os.ReadFile(filepath.Join(corpusDir, rel))
		if err != nil {
			t.Fatal(err)
		}
		objs, err := Parse(src)
		if err == nil {
			Default(&objs)
			err = Validate(objs)
		}
		got := ""
		if err != nil {
			got = err.Error()
		}
		if want := corpusRejected[rel]; got != want {
			t.Errorf("%s:\ngot  %q\nwant %q", rel, got, want)
		}
		if err == nil {
			accepted++
			skippedObjs += len(objs.Skipped)
			notes += len(objs.NotSimulated)
		}
	}
	t.Logf("%d files: %d accepted (%d objects of kinds not simulated, %d not-simulated notes), %d rejected",
		len(files), accepted, skippedObjs, notes, len(files)-accepted)
}

// TestCorpusOctal checks the MANIFEST's warning: mode 0777 reads as 511.
func TestCorpusOctal(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(corpusDir, "pods/storage/projected-secrets-nondefault-permission-mode.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	objs, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if got := *objs.Pods[0].Spec.Volumes[0].Projected.Sources[1].Secret.Items[0].Mode; got != 511 {
		t.Errorf("mode 0777 = %d, want 511", got)
	}
}

// TestCorpusPrivateRegistryPlaceholder: the API server accepts an image
// it cannot parse (validation only requires a non-empty image); the
// kubelet then fails it with InvalidImageName.
func TestCorpusPrivateRegistryPlaceholder(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(corpusDir, "pods/private-reg-pod.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	objs, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	Default(&objs)
	if err := Validate(objs); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	if _, _, _, err := ParseImageName(objs.Pods[0].Spec.Containers[0].Image); err == nil {
		t.Error("the placeholder image parsed as a valid reference")
	}
}

func corpusFiles(t *testing.T) []string {
	t.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		t.Fatalf("corpus missing (CI must lay shared/ beside the repository): %v", err)
	}
	var files []string
	err := filepath.WalkDir(corpusDir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".yaml") {
			rel, _ := filepath.Rel(corpusDir, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}
