package kubelet

import (
	"testing"

	"github.com/podlab/podlab/sim/api"
)

func TestGetPodQOS(t *testing.T) {
	rr := func(req, lim map[string]api.Quantity) api.Container {
		return api.Container{Resources: api.ResourceRequirements{Requests: req, Limits: lim}}
	}
	q := func(cpu, mem string) map[string]api.Quantity {
		m := map[string]api.Quantity{}
		if cpu != "" {
			m["cpu"] = api.Quantity(cpu)
		}
		if mem != "" {
			m["memory"] = api.Quantity(mem)
		}
		return m
	}
	tests := []struct {
		name string
		cs   []api.Container
		init []api.Container
		want string
	}{
		{"nothing", []api.Container{rr(nil, nil)}, nil, QOSBestEffort},
		{"zero requests", []api.Container{rr(q("0", "0"), nil)}, nil, QOSBestEffort},
		{"limits only (requests default to them)", []api.Container{rr(nil, q("700m", "200Mi"))}, nil, QOSGuaranteed},
		{"equal", []api.Container{rr(q("700m", "200Mi"), q("0.7", "200Mi"))}, nil, QOSGuaranteed},
		{"request below limit", []api.Container{rr(q("500m", "100Mi"), q("1", "200Mi"))}, nil, QOSBurstable},
		{"memory limit only", []api.Container{rr(nil, q("", "200Mi"))}, nil, QOSBurstable},
		{"one container without", []api.Container{rr(nil, q("1", "1Gi")), rr(nil, nil)}, nil, QOSBurstable},
		{"init container counts", []api.Container{rr(nil, q("1", "1Gi"))}, []api.Container{rr(q("100m", ""), nil)}, QOSBurstable},
		{"ephemeral-storage ignored", []api.Container{rr(map[string]api.Quantity{"ephemeral-storage": "1Gi"}, nil)}, nil, QOSBestEffort},
	}
	for _, tt := range tests {
		p := &api.Pod{Spec: api.PodSpec{Containers: tt.cs, InitContainers: tt.init}}
		if got := GetPodQOS(p); got != tt.want {
			t.Errorf("%s: GetPodQOS = %s, want %s", tt.name, got, tt.want)
		}
	}
}
