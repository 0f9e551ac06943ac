package console

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestExplain(t *testing.T) {
	k := New(newFake(), fstest.MapFS{}, nil)
	got := k.Run("kubectl explain pod.spec.restartPolicy")
	for _, want := range []string{"KIND:       Pod\nVERSION:    v1\n", "FIELD: restartPolicy <string>", "Always", "OnFailure", "DESCRIPTION:\n    "} {
		if !strings.Contains(got, want) {
			t.Errorf("explain pod.spec.restartPolicy lacks %q:\n%s", want, got)
		}
	}
	got = k.Run("kubectl explain pod.spec.containers")
	for _, want := range []string{"FIELD: containers <[]Container>", "FIELDS:\n", "  livenessProbe\t<Probe>"} {
		if !strings.Contains(got, want) {
			t.Errorf("explain pod.spec.containers lacks %q:\n%s", want, got)
		}
	}
	if got := k.Run("kubectl explain pod.spec.restartpolicy"); got != "error: field \"restartpolicy\" does not exist\n" {
		t.Errorf("wrong case: %q", got)
	}
}
