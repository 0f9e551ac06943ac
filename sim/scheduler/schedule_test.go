package scheduler

import (
	"testing"

	"github.com/podlab/podlab/sim/api"
)

func pod(mut func(*api.PodSpec)) api.Pod {
	p := api.Pod{ObjectMeta: api.ObjectMeta{Name: "nginx"}}
	p.Spec.Containers = []api.Container{{Name: "nginx", Image: "nginx"}}
	if mut != nil {
		mut(&p.Spec)
	}
	return p
}

func TestSchedule(t *testing.T) {
	tests := []struct {
		name     string
		pod      api.Pod
		requests Resources
		nodes    func([]NodeInfo) []NodeInfo
		want     Decision
	}{{
		name: "no constraints: the emptiest worker, first by name",
		pod:  pod(nil),
		want: Decision{Node: "node-1"},
	}, {
		name: "nodeSelector disktype=ssd lands on the ssd node",
		pod:  pod(func(s *api.PodSpec) { s.NodeSelector = map[string]string{"disktype": "ssd"} }),
		nodes: func(ns []NodeInfo) []NodeInfo {
			ns[1].Requested = Resources{MilliCPU: 1500, Memory: 3 << 30, Pods: 5} // busy, yet the only match
			return ns
		},
		want: Decision{Node: "node-1"},
	}, {
		name: "nodeSelector nobody has: taint on the control plane, selector on the workers",
		pod:  pod(func(s *api.PodSpec) { s.NodeSelector = map[string]string{"disktype": "nvme"} }),
		want: Decision{Message: "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, " +
			"3 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling."},
	}, {
		name: "tolerating the control-plane taint makes it a candidate",
		pod: pod(func(s *api.PodSpec) {
			s.NodeSelector = map[string]string{"node-role.kubernetes.io/control-plane": ""}
			s.Tolerations = []api.Toleration{{Key: "node-role.kubernetes.io/control-plane", Operator: "Exists", Effect: "NoSchedule"}}
		}),
		want: Decision{Node: "control-plane"},
	}, {
		name:     "requests larger than any node",
		pod:      pod(nil),
		requests: Resources{MilliCPU: 3000, Memory: 1 << 20},
		want: Decision{Message: "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, " +
			"3 Insufficient cpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod."},
	}, {
		name: "required node affinity In zone-b",
		pod: pod(func(s *api.PodSpec) {
			s.Affinity = &api.Affinity{NodeAffinity: &api.NodeAffinity{Required: &api.NodeSelector{NodeSelectorTerms: []api.NodeSelectorTerm{{
				MatchExpressions: []api.NodeSelectorRequirement{{Key: "topology.kubernetes.io/zone", Operator: "In", Values: []string{"zone-b"}}},
			}}}}}
		}),
		want: Decision{Node: "node-3"},
	}, {
		name: "preferred affinity wins over free resources",
		pod: pod(func(s *api.PodSpec) {
			s.Affinity = &api.Affinity{NodeAffinity: &api.NodeAffinity{Preferred: []api.PreferredSchedulingTerm{{Weight: 50,
				Preference: api.NodeSelectorTerm{MatchExpressions: []api.NodeSelectorRequirement{{Key: "kubernetes.io/hostname", Operator: "In", Values: []string{"node-2"}}}},
			}}}}
		}),
		want: Decision{Node: "node-2"},
	}, {
		name: "cordoned workers",
		pod:  pod(nil),
		nodes: func(ns []NodeInfo) []NodeInfo {
			for i := 1; i < len(ns); i++ {
				ns[i].Unschedulable = true
			}
			return ns
		},
		want: Decision{Message: "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, " +
			"3 node(s) were unschedulable. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling."},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nodes := DefaultNodes()
			if tt.nodes != nil {
				nodes = tt.nodes(nodes)
			}
			got := Schedule(tt.pod, tt.requests, nodes, nil)
			if got != tt.want {
				t.Errorf("Schedule() =\n  %+v\nwant\n  %+v", got, tt.want)
			}
		})
	}
}

func TestToleratesTaint(t *testing.T) {
	taint := api.Taint{Key: "example-key", Value: "v", Effect: "NoSchedule"}
	tests := []struct {
		name string
		tol  api.Toleration
		want bool
	}{
		{"Exists with key", api.Toleration{Key: "example-key", Operator: "Exists", Effect: "NoSchedule"}, true},
		{"Exists without key matches every taint", api.Toleration{Operator: "Exists"}, true},
		{"Equal with the value", api.Toleration{Key: "example-key", Operator: "Equal", Value: "v"}, true},
		{"empty operator means Equal", api.Toleration{Key: "example-key", Value: "v"}, true},
		{"Equal with another value", api.Toleration{Key: "example-key", Value: "w"}, false},
		{"other effect", api.Toleration{Key: "example-key", Operator: "Exists", Effect: "NoExecute"}, false},
		{"other key", api.Toleration{Key: "other", Operator: "Exists"}, false},
	}
	for _, tt := range tests {
		if got := toleratesTaint(tt.tol, taint); got != tt.want {
			t.Errorf("%s: toleratesTaint(%+v) = %v, want %v", tt.name, tt.tol, got, tt.want)
		}
	}
}

func TestMatchesRequirement(t *testing.T) {
	labels := map[string]string{"disktype": "ssd", "gen": "5"}
	tests := []struct {
		r    api.NodeSelectorRequirement
		want bool
	}{
		{api.NodeSelectorRequirement{Key: "disktype", Operator: "In", Values: []string{"ssd", "nvme"}}, true},
		{api.NodeSelectorRequirement{Key: "disktype", Operator: "NotIn", Values: []string{"ssd"}}, false},
		{api.NodeSelectorRequirement{Key: "zone", Operator: "NotIn", Values: []string{"a"}}, true},
		{api.NodeSelectorRequirement{Key: "disktype", Operator: "Exists"}, true},
		{api.NodeSelectorRequirement{Key: "disktype", Operator: "DoesNotExist"}, false},
		{api.NodeSelectorRequirement{Key: "gen", Operator: "Gt", Values: []string{"4"}}, true},
		{api.NodeSelectorRequirement{Key: "gen", Operator: "Lt", Values: []string{"4"}}, false},
	}
	for _, tt := range tests {
		if got := matchesRequirement(tt.r, labels); got != tt.want {
			t.Errorf("matchesRequirement(%+v) = %v, want %v", tt.r, got, tt.want)
		}
	}
}
