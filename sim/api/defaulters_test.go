package api

import (
	"reflect"
	"testing"
)

// TestDefaulters: each defaulter on its own, as defaults.go's
// SetDefaults_* functions are tested, with what it fills and what it
// leaves alone.
func TestDefaulters(t *testing.T) {
	i64 := func(v int64) *int64 { return &v }
	i32 := func(v int32) *int32 { return &v }
	tests := []struct {
		name      string
		got, want any
		apply     func(any)
	}{
		{"SetDefaults_PodSpec fills", &PodSpec{}, &PodSpec{RestartPolicy: RestartAlways, DNSPolicy: DNSClusterFirst,
			SecurityContext: &PodSecurityContext{}, TerminationGracePeriodSeconds: i64(30), SchedulerName: "default-scheduler"},
			func(v any) { setDefaultsPodSpec(v.(*PodSpec)) }},
		{"SetDefaults_PodSpec keeps", &PodSpec{RestartPolicy: RestartNever, DNSPolicy: DNSNone, TerminationGracePeriodSeconds: i64(0), SchedulerName: "mine"},
			&PodSpec{RestartPolicy: RestartNever, DNSPolicy: DNSNone, SecurityContext: &PodSecurityContext{}, TerminationGracePeriodSeconds: i64(0), SchedulerName: "mine"},
			func(v any) { setDefaultsPodSpec(v.(*PodSpec)) }},
		{"negative grace period is 1", &PodSpec{TerminationGracePeriodSeconds: i64(-3)}, &PodSpec{RestartPolicy: RestartAlways, DNSPolicy: DNSClusterFirst,
			SecurityContext: &PodSecurityContext{}, TerminationGracePeriodSeconds: i64(1), SchedulerName: "default-scheduler"},
			func(v any) { setDefaultsPodSpec(v.(*PodSpec)) }},
		{"SetDefaults_Probe", &Probe{PeriodSeconds: 5}, &Probe{TimeoutSeconds: 1, PeriodSeconds: 5, SuccessThreshold: 1, FailureThreshold: 3},
			func(v any) { setDefaultsProbe(v.(*Probe)) }},
		{"SetDefaults_HTTPGetAction", &HTTPGetAction{Port: IntOrString{IntVal: 80}}, &HTTPGetAction{Path: "/", Port: IntOrString{IntVal: 80}, Scheme: "HTTP"},
			func(v any) { setDefaultsHTTPGetAction(v.(*HTTPGetAction)) }},
		{"SetDefaults_Container", &Container{Image: "nginx:1.27"}, &Container{Image: "nginx:1.27", ImagePullPolicy: PullIfNotPresent,
			TerminationMessagePath: "/dev/termination-log", TerminationMessagePolicy: "File"},
			func(v any) { setDefaultsContainer(v.(*Container)) }},
		{"ContainerPort protocol", &ContainerPort{ContainerPort: 53, Protocol: "UDP"}, &ContainerPort{ContainerPort: 53, Protocol: "UDP"},
			func(v any) { setDefaultsContainerPort(v.(*ContainerPort)) }},
		{"SetDefaults_Volume: no source is emptyDir", &Volume{Name: "v"}, &Volume{Name: "v", VolumeSource: VolumeSource{EmptyDir: &EmptyDirVolumeSource{}}},
			func(v any) { setDefaultsVolume(v.(*Volume)) }},
		{"SetDefaults_SecretVolumeSource", &Volume{VolumeSource: VolumeSource{Secret: &SecretVolumeSource{SecretName: "s"}}},
			&Volume{VolumeSource: VolumeSource{Secret: &SecretVolumeSource{SecretName: "s", DefaultMode: i32(0o644)}}},
			func(v any) { setDefaultsVolume(v.(*Volume)) }},
		{"SetDefaults_Pod: requests from limits", &ResourceRequirements{Limits: map[string]Quantity{"cpu": "1", "memory": "1Gi"}, Requests: map[string]Quantity{"cpu": "100m"}},
			&ResourceRequirements{Limits: map[string]Quantity{"cpu": "1", "memory": "1Gi"}, Requests: map[string]Quantity{"cpu": "100m", "memory": "1Gi"}},
			func(v any) { defaultRequestsFromLimits(v.(*ResourceRequirements)) }},
		{"SetDefaults_ResourceList rounds up to millis", map[string]Quantity{"cpu": "0.0001", "memory": "64Mi"}, map[string]Quantity{"cpu": "1m", "memory": "64Mi"},
			func(v any) { setDefaultsResourceList(v.(map[string]Quantity)) }},
		{"SetDefaults_ObjectFieldSelector", &ObjectFieldSelector{FieldPath: "metadata.name"}, &ObjectFieldSelector{APIVersion: "v1", FieldPath: "metadata.name"},
			func(v any) { setDefaultsObjectFieldSelector(v.(*ObjectFieldSelector)) }},
		{"SetDefaults_Secret", &Secret{}, &Secret{Type: "Opaque"}, func(v any) { setDefaultsSecret(v.(*Secret)) }},
		{"SetDefaults_NodeStatus", &NodeStatus{Capacity: map[string]Quantity{"cpu": "4"}},
			&NodeStatus{Capacity: map[string]Quantity{"cpu": "4"}, Allocatable: map[string]Quantity{"cpu": "4"}},
			func(v any) { setDefaultsNodeStatus(v.(*NodeStatus)) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.apply(tt.got)
			if !reflect.DeepEqual(tt.got, tt.want) {
				t.Errorf("got %+v, want %+v", tt.got, tt.want)
			}
		})
	}
}
