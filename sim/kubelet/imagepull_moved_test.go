package kubelet

import (
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/images"
	"github.com/podlab/podlab/sim/internal/fakert"
)

// The notes' images are k8s.gcr.io/...: the node gets them from
// registry.k8s.io, and the learner is told once, at the first pull.
func TestMovedImageNote(t *testing.T) {
	for _, tc := range []struct {
		image, movedFrom string
		notes            int
	}{
		{"k8s.gcr.io/busybox", "k8s.gcr.io/busybox", 1},
		{"registry.k8s.io/busybox", "", 0},
	} {
		src := "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n" +
			"  - {name: c, image: " + tc.image + ", command: [sh, -c, exit 1]}\n"
		objs, err := api.Parse([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		api.Default(&objs)
		lookup := func(ref string) (images.Image, bool) {
			img, ok := fakert.Images("busybox")
			img.Ref, img.Canonical, img.MovedFrom = ref, "registry.k8s.io/busybox:latest", tc.movedFrom
			return img, ok
		}
		k := New(objs, fakert.New(), Options{Images: lookup})
		k.RunUntil(2 * time.Minute) // restarts pull again (policy Always): still one note
		var got []sim.Note
		for _, n := range k.Timeline().Notes {
			if strings.Contains(n.Message, "k8s.gcr.io") {
				got = append(got, n)
			}
		}
		if len(got) != tc.notes {
			t.Errorf("%s: %d notes about k8s.gcr.io, want %d: %+v", tc.image, len(got), tc.notes, got)
			continue
		}
		if tc.notes == 1 && (got[0].Pod != "p" || !strings.Contains(got[0].Message, "registry.k8s.io/busybox:latest")) {
			t.Errorf("%s: note %+v", tc.image, got[0])
		}
	}
}
