package kubectl

import (
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

func boolp(b bool) *bool    { return &b }
func int64p(n int64) *int64 { return &n }

// javaweb is the notes' javaweb-2 Pod extended with the fields describe
// prints: an init container, env of every kind, envFrom, resources, a
// readiness probe, ports and volumes of every modelled source.
func javaweb() *api.Pod {
	fr := func(p string) *api.EnvVarSource {
		return &api.EnvVarSource{FieldRef: &api.ObjectFieldSelector{APIVersion: "v1", FieldPath: p}}
	}
	return &api.Pod{
		ObjectMeta: api.ObjectMeta{Name: "javaweb-2", Namespace: "default",
			Labels:      map[string]string{"app": "javaweb", "tier": "web"},
			Annotations: map[string]string{"note": "from the notes"}},
		Spec: api.PodSpec{
			InitContainers: []api.Container{{Name: "war", Image: "geektime/sample:v2",
				Command:      []string{"cp", "/sample.war", "/app"},
				VolumeMounts: []api.VolumeMount{{Name: "app-volume", MountPath: "/app"}}}},
			Containers: []api.Container{{Name: "tomcat", Image: "geektime/tomcat:7.0",
				Command: []string{"sh", "-c", "catalina.sh run"},
				Ports:   []api.ContainerPort{{ContainerPort: 8080, HostPort: 8001, Protocol: "TCP"}},
				Env: []api.EnvVar{
					{Name: "GREETING", Value: "hello\nworld"},
					{Name: "MY_POD_IP", ValueFrom: fr("status.podIP")},
					{Name: "MY_CPU_LIMIT", ValueFrom: &api.EnvVarSource{ResourceFieldRef: &api.ResourceFieldSelector{Resource: "limits.cpu"}}},
					{Name: "LEVEL", ValueFrom: &api.EnvVarSource{ConfigMapKeyRef: &api.KeySelector{Name: "special-config", Key: "special.how"}}},
					{Name: "PASSWORD", ValueFrom: &api.EnvVarSource{SecretKeyRef: &api.KeySelector{Name: "test-secret", Key: "password", Optional: boolp(true)}}},
				},
				EnvFrom: []api.EnvFromSource{{ConfigMapRef: &api.LocalObjectRef{Name: "special-config"}}, {Prefix: "S_", SecretRef: &api.LocalObjectRef{Name: "test-secret"}}},
				Resources: api.ResourceRequirements{Limits: map[string]api.Quantity{"memory": "256Mi", "cpu": "500m"},
					Requests: map[string]api.Quantity{"memory": "128Mi", "cpu": "250m"}},
				ReadinessProbe: &api.Probe{ProbeHandler: api.ProbeHandler{HTTPGet: &api.HTTPGetAction{Path: "/sample/", Port: api.IntOrString{IntVal: 8080}, Scheme: "HTTP"}},
					InitialDelaySeconds: 5, TimeoutSeconds: 1, PeriodSeconds: 10, SuccessThreshold: 1, FailureThreshold: 3},
				VolumeMounts: []api.VolumeMount{{Name: "app-volume", MountPath: "/usr/local/tomcat/webapps"},
					{Name: "config", MountPath: "/etc/config", ReadOnly: true, SubPath: "app.properties"}},
			}},
			Volumes: []api.Volume{
				{Name: "app-volume", VolumeSource: api.VolumeSource{EmptyDir: &api.EmptyDirVolumeSource{}}},
				{Name: "config", VolumeSource: api.VolumeSource{ConfigMap: &api.ConfigMapVolumeSource{Name: "special-config"}}},
				{Name: "creds", VolumeSource: api.VolumeSource{Secret: &api.SecretVolumeSource{SecretName: "test-secret", Optional: boolp(true)}}},
				{Name: "podinfo", VolumeSource: api.VolumeSource{DownwardAPI: &api.DownwardAPIVolumeSource{Items: []api.DownwardAPIVolumeFile{
					{Path: "labels", FieldRef: &api.ObjectFieldSelector{FieldPath: "metadata.labels"}},
					{Path: "cpu_limit", ResourceFieldRef: &api.ResourceFieldSelector{Resource: "limits.cpu"}}}}}},
				{Name: "host", VolumeSource: api.VolumeSource{HostPath: &api.HostPathVolumeSource{Path: "/var/log"}}},
			},
			NodeSelector: map[string]string{"disktype": "ssd"},
			Tolerations:  []api.Toleration{{Key: "example-key", Operator: "Exists", Effect: "NoSchedule"}},
		},
	}
}

func TestDescribeInitializing(t *testing.T) {
	code := 0
	st := sim.PodStatus{At: 12 * time.Second, Pod: "javaweb-2", Namespace: "default", Node: "node-1", IP: "10.244.1.7",
		Phase: sim.PodPending, Status: "PodInitializing", Ready: "0/1", LastRestart: -1, QOSClass: "Burstable",
		Conditions: []sim.Condition{{Type: "PodReadyToStartContainers", Status: "True"}, {Type: "Initialized", Status: "True"},
			{Type: "Ready", Status: "False"}, {Type: "ContainersReady", Status: "False"}, {Type: "PodScheduled", Status: "True", LastTransitionTime: time.Second}},
		Containers: []sim.ContainerStatus{
			{Name: "war", Kind: sim.InitKind, State: sim.Terminated, Reason: "Completed", ExitCode: &code, StartedAt: 5 * time.Second, FinishedAt: 6 * time.Second, Ready: true},
			{Name: "tomcat", Kind: sim.AppKind, State: sim.Waiting, Reason: "PodInitializing"},
		}}
	values := map[string]string{"MY_POD_IP": "10.244.1.7", "MY_CPU_LIMIT": "1"}
	v := PodView{Pod: javaweb(), Status: st, HostIP: "172.18.0.3",
		EnvValue: func(c api.Container, e api.EnvVar) string { return values[e.Name] }}
	golden(t, "describe-init.golden", Describe(v, 12*time.Second))
}

func TestDescribeUnscheduled(t *testing.T) {
	st := sim.PodStatus{Pod: "javaweb-2", Namespace: "default", Phase: sim.PodPending, Status: "Pending", Ready: "0/1",
		LastRestart: -1, QOSClass: "Burstable",
		Conditions: []sim.Condition{{Type: "PodScheduled", Status: "False", Reason: "Unschedulable"}},
		Containers: []sim.ContainerStatus{{Name: "war", Kind: sim.InitKind, State: sim.Waiting, Reason: "PodInitializing"}}}
	ev := []sim.Event{{At: 0, Type: sim.EventWarning, Reason: "FailedScheduling", Object: "pod/javaweb-2",
		Message: "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling."}}
	deleted := 20 * time.Second
	v := PodView{Pod: javaweb(), Status: st, Events: ev, DeletedAt: &deleted, Grace: 30}
	v.Status.Deleting = true
	golden(t, "describe-unscheduled.golden", Describe(v, 30*time.Second))
}
