package console

import (
	"slices"
	"testing"
	"testing/fstest"

	"github.com/podlab/podlab/sim/api"
)

func TestComplete(t *testing.T) {
	f := newFake()
	p := api.Pod{ObjectMeta: api.ObjectMeta{Name: "javaweb-2"}}
	p.Spec.InitContainers = []api.Container{{Name: "war"}}
	p.Spec.Containers = []api.Container{{Name: "tomcat"}}
	f.objs.Pods = []api.Pod{p}
	k := New(f, fstest.MapFS{}, nil)
	tests := []struct {
		line string
		want []string
	}{
		{"kub", []string{"kubectl"}},
		{"kubectl g", []string{"get"}},
		{"kubectl d", []string{"delete", "describe"}},
		{"kubectl get ", []string{"configmaps", "events", "nodes", "pods", "secrets", "serviceaccounts"}},
		{"kubectl get pods j", []string{"javaweb-2"}},
		{"kubectl logs ", []string{"javaweb-2"}},
		{"kubectl logs javaweb-2 -c ", []string{"war", "tomcat"}},
		{"kubectl describe no", []string{"nodes"}},
		{"kubectl describe nodes ", []string{"node-1"}},
		{"kubectl create secret g", []string{"generic"}},
		{"ls ", nil},
	}
	for _, tt := range tests {
		if got := k.Complete(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("Complete(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
