package kubelet

import (
	"testing"
	"time"

	"github.com/podlab/podlab/sim/api"
)

func TestPullPolicy(t *testing.T) {
	tests := []struct {
		image string
		set   api.PullPolicy
		want  api.PullPolicy
	}{
		{"busybox", "", api.PullAlways},
		{"busybox:latest", "", api.PullAlways},
		{"busybox:1.36", "", api.PullIfNotPresent},
		{"busybox@sha256:abc", "", api.PullIfNotPresent},
		{"localhost:5000/app", "", api.PullAlways},
		{"localhost:5000/app:v1", "", api.PullIfNotPresent},
		{"busybox", api.PullNever, api.PullNever},
	}
	for _, tt := range tests {
		if got := pullPolicy(&api.Container{Image: tt.image, ImagePullPolicy: tt.set}); got != tt.want {
			t.Errorf("pullPolicy(%q, %q) = %s, want %s", tt.image, tt.set, got, tt.want)
		}
	}
}

func TestCanonicalRef(t *testing.T) {
	tests := map[string]string{
		"nginxx":                  "docker.io/library/nginxx:latest",
		"nginxx:1.27":             "docker.io/library/nginxx:1.27",
		"geektime/sample:v2":      "docker.io/geektime/sample:v2",
		"registry.k8s.io/busybox": "registry.k8s.io/busybox:latest",
		"localhost:5000/app":      "localhost:5000/app:latest",
		"busybox@sha256:abc":      "docker.io/library/busybox@sha256:abc",
	}
	for in, want := range tests {
		if got := canonicalRef(in); got != want {
			t.Errorf("canonicalRef(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTerminationOrdering: sidecars wait for every app container and the
// sidecar after them, so they stop in reverse spec order.
func TestTerminationOrdering(t *testing.T) {
	always := api.RestartAlways
	p := &api.Pod{Spec: api.PodSpec{
		InitContainers: []api.Container{{Name: "s1", RestartPolicy: &always}, {Name: "init"}, {Name: "s2", RestartPolicy: &always}},
		Containers:     []api.Container{{Name: "a"}, {Name: "b"}},
	}}
	pw := newPodWorker(&Kubelet{}, p, 0)
	to := newTerminationOrdering(pw, pw.all)
	steps := []struct {
		terminated string
		ready      map[string]bool
	}{
		{"", map[string]bool{"s1": false, "s2": false, "a": true}},
		{"a", map[string]bool{"s1": false, "s2": false}},
		{"b", map[string]bool{"s1": false, "s2": true}},
		{"s2", map[string]bool{"s1": true}},
	}
	for _, st := range steps {
		if st.terminated != "" {
			to.terminated(st.terminated)
		}
		for name, want := range st.ready {
			if got := to.ready(name); got != want {
				t.Errorf("after %q terminated: ready(%s) = %v, want %v", st.terminated, name, got, want)
			}
		}
	}
}

func TestKillGrace(t *testing.T) {
	five, hundred := int64(5), int64(100)
	p := &api.Pod{Spec: api.PodSpec{TerminationGracePeriodSeconds: &hundred, Containers: []api.Container{{
		Name:          "c",
		LivenessProbe: &api.Probe{TerminationGracePeriodSeconds: &five},
	}}}}
	pw := newPodWorker(&Kubelet{}, p, 0)
	c := pw.app[0]
	if got := pw.killGrace(c, reasonLivenessProbe); got != 5*time.Second {
		t.Errorf("liveness kill grace = %v, want the probe's 5s", got)
	}
	if got := pw.killGrace(c, reasonUnknownKill); got != 100*time.Second {
		t.Errorf("pod kill grace = %v, want the Pod's 100s", got)
	}
	pw.deleting, pw.grace = true, 30*time.Second
	if got := pw.killGrace(c, reasonLivenessProbe); got != 30*time.Second {
		t.Errorf("kill grace while deleting = %v, want the deletion's 30s", got)
	}
}
