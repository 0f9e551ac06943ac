package kubelet

import (
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim/api"
)

func boolp(b bool) *bool { return &b }

func envSources(p *api.Pod) EnvSources {
	return EnvSources{
		Pod: p, PodIP: "10.244.1.7", HostIP: "192.168.49.2", NodeName: "node-1",
		ConfigMaps: map[string]api.ConfigMap{
			"special-config": {Data: map[string]string{"special.how": "very", "SPECIAL_LEVEL": "very", "SPECIAL_TYPE": "charm"}},
		},
		Secrets: map[string]api.Secret{
			"test-secret": {Data: map[string][]byte{"username": []byte("my-app"), "password": []byte("39528$vdg7Jb")}},
		},
		NodeAllocatable: map[string]api.Quantity{"cpu": "2", "memory": "4Gi"},
	}
}

func envMap(vs []EnvVar) map[string]string {
	m := map[string]string{}
	for _, v := range vs {
		m[v.Name] = v.Value
	}
	return m
}

func TestMakeEnvironmentVariables(t *testing.T) {
	pod := &api.Pod{ObjectMeta: api.ObjectMeta{Name: "dapi", Labels: map[string]string{"app": "web"}, Annotations: map[string]string{"build": "two"}}}
	ref := func(path string) *api.EnvVarSource {
		return &api.EnvVarSource{FieldRef: &api.ObjectFieldSelector{FieldPath: path}}
	}
	res := func(r, div string) *api.EnvVarSource {
		return &api.EnvVarSource{ResourceFieldRef: &api.ResourceFieldSelector{Resource: r, Divisor: api.Quantity(div)}}
	}
	c := api.Container{
		Name:    "c",
		EnvFrom: []api.EnvFromSource{{Prefix: "CFG_", ConfigMapRef: &api.LocalObjectRef{Name: "special-config"}}, {SecretRef: &api.LocalObjectRef{Name: "test-secret"}}},
		Env: []api.EnvVar{
			{Name: "MY_NODE_NAME", ValueFrom: ref("spec.nodeName")},
			{Name: "MY_POD_NAME", ValueFrom: ref("metadata.name")},
			{Name: "MY_POD_NAMESPACE", ValueFrom: ref("metadata.namespace")},
			{Name: "MY_POD_IP", ValueFrom: ref("status.podIP")},
			{Name: "MY_HOST_IP", ValueFrom: ref("status.hostIP")},
			{Name: "MY_POD_SERVICE_ACCOUNT", ValueFrom: ref("spec.serviceAccountName")},
			{Name: "APP", ValueFrom: ref("metadata.labels['app']")},
			{Name: "BUILD", ValueFrom: ref("metadata.annotations['build']")},
			{Name: "LABELS", ValueFrom: ref("metadata.labels")},
			{Name: "CPU_REQUEST", ValueFrom: res("requests.cpu", "")},
			{Name: "CPU_LIMIT", ValueFrom: res("limits.cpu", "")},
			{Name: "MEM_REQUEST", ValueFrom: res("requests.memory", "")},
			{Name: "MEM_LIMIT", ValueFrom: res("limits.memory", "")},
			{Name: "MEM_LIMIT_MI", ValueFrom: res("limits.memory", "1Mi")},
			{Name: "LEVEL", ValueFrom: &api.EnvVarSource{ConfigMapKeyRef: &api.KeySelector{Name: "special-config", Key: "special.how"}}},
			{Name: "PASSWORD", ValueFrom: &api.EnvVarSource{SecretKeyRef: &api.KeySelector{Name: "test-secret", Key: "password"}}},
			{Name: "GONE", ValueFrom: &api.EnvVarSource{ConfigMapKeyRef: &api.KeySelector{Name: "nope", Key: "k", Optional: boolp(true)}}},
			{Name: "SERVICE_ADDRESS", Value: "$(PROTOCOL)://$(KUBERNETES_SERVICE_HOST):80"},
			{Name: "PROTOCOL", Value: "https"},
			{Name: "ESCAPED", Value: "$$(PROTOCOL)"},
			{Name: "SECOND", Value: "$(PROTOCOL)"},
			{Name: "username", Value: "overridden"},
		},
		Resources: api.ResourceRequirements{Requests: map[string]api.Quantity{"cpu": "125m", "memory": "32Mi"}},
	}
	got, err := MakeEnvironmentVariables(envSources(pod), &c)
	if err != nil {
		t.Fatal(err)
	}
	m := envMap(got)
	want := map[string]string{
		"CFG_special.how": "very", "CFG_SPECIAL_LEVEL": "very", "username": "overridden", "password": "39528$vdg7Jb",
		"MY_NODE_NAME": "node-1", "MY_POD_NAME": "dapi", "MY_POD_NAMESPACE": "default", "MY_POD_IP": "10.244.1.7",
		"MY_HOST_IP": "192.168.49.2", "MY_POD_SERVICE_ACCOUNT": "default", "APP": "web", "BUILD": "two",
		"LABELS":      `app="web"`,
		"CPU_REQUEST": "1", "CPU_LIMIT": "2", "MEM_REQUEST": "33554432", "MEM_LIMIT": "4294967296", "MEM_LIMIT_MI": "4096",
		"LEVEL": "very", "PASSWORD": "39528$vdg7Jb",
		"SERVICE_ADDRESS": "$(PROTOCOL)://10.96.0.1:80", "PROTOCOL": "https", "ESCAPED": "$(PROTOCOL)", "SECOND": "https",
		"KUBERNETES_PORT": "tcp://10.96.0.1:443", "KUBERNETES_SERVICE_HOST": "10.96.0.1",
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("%s = %q, want %q", k, m[k], v)
		}
	}
	if _, ok := m["GONE"]; ok {
		t.Errorf("GONE is set; an optional reference to a missing ConfigMap must be skipped")
	}
	if got[0].Name != "CFG_SPECIAL_LEVEL" {
		t.Errorf("first variable = %s, want the envFrom keys first (CFG_SPECIAL_LEVEL)", got[0].Name)
	}
}

// The docs' dapi-envars-resourcefieldref prints 1 1 33554432 67108864.
func TestResourceFieldRefDocs(t *testing.T) {
	c := api.Container{Name: "test-container", Resources: api.ResourceRequirements{
		Requests: map[string]api.Quantity{"memory": "32Mi", "cpu": "125m"},
		Limits:   map[string]api.Quantity{"memory": "64Mi", "cpu": "250m"},
	}}
	pod := &api.Pod{Spec: api.PodSpec{Containers: []api.Container{c}}}
	var got []string
	for _, r := range []string{"requests.cpu", "limits.cpu", "requests.memory", "limits.memory"} {
		v, err := ContainerResourceRuntimeValue(envSources(pod), &c, &api.ResourceFieldSelector{ContainerName: "test-container", Resource: r})
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, v)
	}
	if strings.Join(got, " ") != "1 1 33554432 67108864" {
		t.Errorf("got %v, want 1 1 33554432 67108864", got)
	}
	v, _ := ContainerResourceRuntimeValue(envSources(pod), &c, &api.ResourceFieldSelector{Resource: "limits.cpu", Divisor: "1m"})
	if v != "250" {
		t.Errorf("limits.cpu with divisor 1m = %s, want 250", v)
	}
}

func TestMakeEnvironmentVariablesErrors(t *testing.T) {
	pod := &api.Pod{ObjectMeta: api.ObjectMeta{Name: "p"}}
	tests := []struct {
		name string
		env  api.EnvVar
		from []api.EnvFromSource
		want string
	}{
		{"missing configmap", api.EnvVar{Name: "X", ValueFrom: &api.EnvVarSource{ConfigMapKeyRef: &api.KeySelector{Name: "x", Key: "k"}}}, nil,
			`configmap "x" not found`},
		{"missing key", api.EnvVar{Name: "X", ValueFrom: &api.EnvVarSource{ConfigMapKeyRef: &api.KeySelector{Name: "special-config", Key: "k"}}}, nil,
			`couldn't find key k in ConfigMap default/special-config`},
		{"missing secret", api.EnvVar{Name: "X", ValueFrom: &api.EnvVarSource{SecretKeyRef: &api.KeySelector{Name: "s", Key: "k"}}}, nil,
			`secret "s" not found`},
		{"missing secret key", api.EnvVar{Name: "X", ValueFrom: &api.EnvVarSource{SecretKeyRef: &api.KeySelector{Name: "test-secret", Key: "k"}}}, nil,
			`couldn't find key k in Secret default/test-secret`},
		{"missing envFrom", api.EnvVar{Name: "X", Value: "1"}, []api.EnvFromSource{{ConfigMapRef: &api.LocalObjectRef{Name: "gone"}}},
			`configmap "gone" not found`},
		{"bad fieldPath", api.EnvVar{Name: "X", ValueFrom: &api.EnvVarSource{FieldRef: &api.ObjectFieldSelector{FieldPath: "spec.nope"}}}, nil,
			`unsupported fieldPath: spec.nope`},
	}
	for _, tt := range tests {
		c := api.Container{Name: "c", Env: []api.EnvVar{tt.env}, EnvFrom: tt.from}
		_, err := MakeEnvironmentVariables(envSources(pod), &c)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
}

// The kubelet's copy of a Pod carries its config annotations, and the
// downward API reads that copy.
func TestKubeletAnnotations(t *testing.T) {
	pod := &api.Pod{ObjectMeta: api.ObjectMeta{Name: "p", Annotations: map[string]string{"build": "two"}}}
	src := envSources(pod)
	src.SeenAt = 2 * time.Second
	got, _ := PodFieldSelectorRuntimeValue(src, "metadata.annotations")
	want := "build=\"two\"\nkubernetes.io/config.seen=\"2025-06-01T09:00:02Z\"\nkubernetes.io/config.source=\"api\""
	if got != want {
		t.Errorf("metadata.annotations = %q, want %q", got, want)
	}
	if got, _ := PodFieldSelectorRuntimeValue(src, "metadata.annotations['kubernetes.io/config.source']"); got != "api" {
		t.Errorf("config.source = %q, want api", got)
	}
	if len(pod.Annotations) != 1 {
		t.Errorf("the API object's annotations changed: %v", pod.Annotations)
	}
}

func TestFormatMap(t *testing.T) {
	got := FormatMap(map[string]string{"zone": "us-est-coast", "cluster": "test-cluster1", "rack": "rack-22", "q": "a\"b\n"})
	want := "cluster=\"test-cluster1\"\nq=\"a\\\"b\\n\"\nrack=\"rack-22\"\nzone=\"us-est-coast\""
	if got != want {
		t.Errorf("FormatMap = %q, want %q", got, want)
	}
}

func TestContainerEnv(t *testing.T) {
	got := ContainerEnv("command-demo", []string{"PATH=/usr/local/bin:/bin", "LANG=C"}, []EnvVar{{"LANG", "en"}, {"A", "1"}})
	want := "PATH=/usr/local/bin:/bin HOSTNAME=command-demo LANG=en A=1"
	if strings.Join(got, " ") != want {
		t.Errorf("ContainerEnv = %v, want %v", got, want)
	}
}
