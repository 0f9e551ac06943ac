package api

import (
	"reflect"
	"testing"
)

// defaulted parses src (which must hold one Pod) and defaults it.
func defaulted(t *testing.T, src string) Pod {
	t.Helper()
	objs, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	Default(&objs)
	return objs.Pods[0]
}

func TestDefaultPodSpec(t *testing.T) {
	p := defaulted(t, pod("  containers: [{name: a, image: busybox}]\n"))
	checks := []struct {
		name      string
		got, want any
	}{
		{"namespace", p.Namespace, "default"},
		{"restartPolicy", p.Spec.RestartPolicy, RestartAlways},
		{"dnsPolicy", p.Spec.DNSPolicy, DNSClusterFirst},
		{"terminationGracePeriodSeconds", *p.Spec.TerminationGracePeriodSeconds, int64(30)},
		{"schedulerName", p.Spec.SchedulerName, "default-scheduler"},
		{"enableServiceLinks", *p.Spec.EnableServiceLinks, true},
		{"securityContext", *p.Spec.SecurityContext, PodSecurityContext{}},
		{"terminationMessagePath", p.Spec.Containers[0].TerminationMessagePath, "/dev/termination-log"},
		{"terminationMessagePolicy", p.Spec.Containers[0].TerminationMessagePolicy, "File"},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestDefaultKeepsWhatIsWritten(t *testing.T) {
	p := defaulted(t, pod("  restartPolicy: Never\n  dnsPolicy: Default\n  terminationGracePeriodSeconds: 0\n  containers: [{name: a, image: busybox, imagePullPolicy: Never}]\n"))
	if p.Spec.RestartPolicy != RestartNever || p.Spec.DNSPolicy != DNSDefault || *p.Spec.TerminationGracePeriodSeconds != 0 || p.Spec.Containers[0].ImagePullPolicy != PullNever {
		t.Errorf("written values changed: %+v", p.Spec)
	}
}

func TestDefaultNegativeGracePeriod(t *testing.T) {
	p := defaulted(t, pod("  terminationGracePeriodSeconds: -1\n  containers: [{name: a, image: b}]\n"))
	if got := *p.Spec.TerminationGracePeriodSeconds; got != 1 {
		t.Errorf("terminationGracePeriodSeconds = %d, want 1", got)
	}
}

func TestDefaultImagePullPolicy(t *testing.T) {
	tests := []struct {
		image string
		want  PullPolicy
	}{
		{"busybox", PullAlways},
		{"busybox:latest", PullAlways},
		{"busybox:1.36", PullIfNotPresent},
		{"registry.k8s.io/busybox:1.27.2", PullIfNotPresent},
		{"busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", PullIfNotPresent},
		{"<your-private-image>", PullIfNotPresent}, // no tag parses out of it
	}
	for _, tt := range tests {
		c := Container{Image: tt.image}
		setDefaultsContainer(&c)
		if c.ImagePullPolicy != tt.want {
			t.Errorf("%s: imagePullPolicy = %s, want %s", tt.image, c.ImagePullPolicy, tt.want)
		}
	}
}

func TestDefaultProbesAndHooks(t *testing.T) {
	p := defaulted(t, pod(`  containers:
  - name: a
    image: b
    livenessProbe: {httpGet: {port: 80}}
    readinessProbe: {exec: {command: [ok]}, periodSeconds: 5}
    lifecycle: {preStop: {httpGet: {port: 80, path: /quit}}}
`))
	c := p.Spec.Containers[0]
	want := Probe{ProbeHandler: ProbeHandler{HTTPGet: &HTTPGetAction{Path: "/", Port: IntOrString{IntVal: 80}, Scheme: "HTTP"}},
		TimeoutSeconds: 1, PeriodSeconds: 10, SuccessThreshold: 1, FailureThreshold: 3}
	if !reflect.DeepEqual(*c.LivenessProbe, want) {
		t.Errorf("liveness = %+v, want %+v", *c.LivenessProbe, want)
	}
	if c.ReadinessProbe.PeriodSeconds != 5 || c.ReadinessProbe.TimeoutSeconds != 1 {
		t.Errorf("readiness = %+v", *c.ReadinessProbe)
	}
	if h := c.Lifecycle.PreStop.HTTPGet; h.Path != "/quit" || h.Scheme != "HTTP" {
		t.Errorf("preStop httpGet = %+v", *h)
	}
}

func TestDefaultResources(t *testing.T) {
	p := defaulted(t, pod("  containers: [{name: a, image: b, resources: {limits: {cpu: 500m, memory: 64Mi}, requests: {cpu: 100u}}}]\n  initContainers: [{name: i, image: b, resources: {limits: {cpu: \"1\"}}}]\n"))
	got := p.Spec.Containers[0].Resources.Requests
	want := map[string]Quantity{"cpu": "1m", "memory": "64Mi"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("requests = %v, want %v (limits copied, 100u rounded up to 1m)", got, want)
	}
	if got := p.Spec.InitContainers[0].Resources.Requests["cpu"]; got != "1" {
		t.Errorf("init container cpu request = %q, want 1", got)
	}
}

func TestDefaultVolumes(t *testing.T) {
	p := defaulted(t, pod(`  containers: [{name: a, image: b, env: [{name: NAME, valueFrom: {fieldRef: {fieldPath: metadata.name}}}], ports: [{containerPort: 80}]}]
  volumes:
  - name: scratch
  - {name: s, secret: {secretName: s}}
  - {name: c, configMap: {name: c, defaultMode: 0400}}
  - {name: d, downwardAPI: {items: [{path: name, fieldRef: {fieldPath: metadata.name}}]}}
  - {name: p, projected: {sources: [{serviceAccountToken: {path: token}}]}}
  - {name: h, hostPath: {path: /data}}
`))
	v := p.Spec.Volumes
	checks := []struct {
		name      string
		got, want any
	}{
		{"no source is emptyDir", v[0].EmptyDir != nil, true},
		{"secret defaultMode 0644", *v[1].Secret.DefaultMode, int32(420)},
		{"written defaultMode kept", *v[2].ConfigMap.DefaultMode, int32(0o400)},
		{"downwardAPI defaultMode", *v[3].DownwardAPI.DefaultMode, int32(420)},
		{"downwardAPI fieldRef apiVersion", v[3].DownwardAPI.Items[0].FieldRef.APIVersion, "v1"},
		{"projected defaultMode", *v[4].Projected.DefaultMode, int32(420)},
		{"token expiry", *v[4].Projected.Sources[0].ServiceAccountToken.ExpirationSeconds, int64(3600)},
		{"hostPath type", *v[5].HostPath.Type, ""},
		{"env fieldRef apiVersion", p.Spec.Containers[0].Env[0].ValueFrom.FieldRef.APIVersion, "v1"},
		{"port protocol", p.Spec.Containers[0].Ports[0].Protocol, "TCP"},
		{"no hostNetwork, no hostPort", p.Spec.Containers[0].Ports[0].HostPort, int32(0)},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestDefaultKeepsUnmodelledVolumeSources(t *testing.T) {
	p := defaulted(t, pod("  volumes: [{name: v, image: {reference: quay.io/crio/artifact:v2}}]\n  containers: [{name: a, image: b, volumeMounts: [{name: v, mountPath: /v}]}]\n"))
	v := p.Spec.Volumes[0]
	if v.EmptyDir != nil || v.NotSimulated != "image" {
		t.Errorf("image volume defaulted to %+v", v)
	}
	objs, _ := Parse([]byte(pod("  volumes: [{name: v, image: {reference: r}}]\n  containers: [{name: a, image: b, volumeMounts: [{name: v, mountPath: /v}]}]\n")))
	Default(&objs)
	if err := Validate(objs); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

func TestDefaultHostNetworkPorts(t *testing.T) {
	p := defaulted(t, pod("  hostNetwork: true\n  containers: [{name: a, image: b, ports: [{containerPort: 8080}]}]\n"))
	if got := p.Spec.Containers[0].Ports[0].HostPort; got != 8080 {
		t.Errorf("hostPort = %d, want 8080", got)
	}
}

func TestDefaultOtherKinds(t *testing.T) {
	objs, err := Parse([]byte("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\napiVersion: v1\nkind: Node\nmetadata: {name: node1}\nstatus: {capacity: {cpu: \"2\"}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	Default(&objs)
	if objs.Secrets[0].Type != "Opaque" || objs.Secrets[0].Namespace != "default" {
		t.Errorf("secret = %+v", objs.Secrets[0])
	}
	if objs.ConfigMaps[0].Data == nil {
		t.Error("configmap data not defaulted to an empty map")
	}
	if got := objs.Nodes[0].Status.Allocatable["cpu"]; got != "2" {
		t.Errorf("node allocatable cpu = %q, want 2", got)
	}
}
