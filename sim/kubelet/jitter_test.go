package kubelet

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/internal/fakert"
)

// TestJitter: with Options.Rand the pod worker's requeues are jittered as
// wait.Jitter(d, 0.5) does, and the same seed gives the same timeline.
func TestJitter(t *testing.T) {
	src := []byte("apiVersion: v1\nkind: Pod\nmetadata: {name: crash}\nspec:\n  containers:\n  - {name: app, image: busybox:1.36, command: [sh, -c, 'exit 1']}\n")
	objs, err := api.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	api.Default(&objs)
	run := func(r *rand.Rand) []time.Duration {
		k := New(objs, fakert.New(), Options{Images: fakert.Images, Rand: r})
		k.RunUntil(5 * time.Minute)
		var starts []time.Duration
		for _, e := range k.Timeline().Events {
			if e.Reason == "Started" {
				starts = append(starts, e.At)
			}
		}
		return starts
	}
	plain := run(nil)
	a := run(rand.New(rand.NewPCG(1, 2)))
	b := run(rand.New(rand.NewPCG(1, 2)))
	if !reflect.DeepEqual(a, b) {
		t.Errorf("same seed, different starts:\n%v\n%v", a, b)
	}
	if reflect.DeepEqual(a, plain) {
		t.Errorf("jittered starts equal the exact ones: %v", a)
	}
	for i := 2; i < len(a) && i < len(plain); i++ {
		if a[i] < plain[i] {
			t.Errorf("start %d at %v, before the exact %v: jitter only delays", i, a[i], plain[i])
		}
	}
}
