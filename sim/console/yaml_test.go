package console

import "testing"

func TestMarshalYAML(t *testing.T) {
	v := map[string]any{
		"apiVersion": "v1",
		"kind":       "Pod",
		"metadata":   map[string]any{"name": "nginx", "labels": map[string]any{"env": "test"}, "annotations": map[string]any{}},
		"spec": map[string]any{
			"containers": []any{map[string]any{"name": "nginx", "image": "nginx:1.25", "args": []any{"sleep", "3600"},
				"ports": []any{map[string]any{"containerPort": float64(80)}}, "resources": map[string]any{}}},
			"nodeSelector": map[string]any{"disktype": "ssd"},
			"tolerations":  []any{},
		},
		"status": map[string]any{"phase": "Running", "ready": true, "hostIP": "172.18.0.3", "message": "a: b", "empty": "", "yes": "yes", "n": nil},
	}
	want := `apiVersion: v1
kind: Pod
metadata:
  annotations: {}
  labels:
    env: test
  name: nginx
spec:
  containers:
  - args:
    - sleep
    - "3600"
    image: nginx:1.25
    name: nginx
    ports:
    - containerPort: 80
    resources: {}
  nodeSelector:
    disktype: ssd
  tolerations: []
status:
  empty: ""
  hostIP: 172.18.0.3
  message: "a: b"
  "n": null
  phase: Running
  ready: true
  "yes": "yes"
`
	if got := marshalYAML(v); got != want {
		t.Errorf("marshalYAML:\n%s\nwant:\n%s", got, want)
	}
}

func TestScalarQuoting(t *testing.T) {
	for s, want := range map[string]string{
		"nginx": "nginx", "172.18.0.3": "172.18.0.3", "10m": "10m", "64Mi": "64Mi", "v1": "v1",
		"3600": `"3600"`, "0777": `"0777"`, "1e3": `"1e3"`, "1:20": `"1:20"`, "0x1F": `"0x1F"`, ".5": `".5"`,
		"true": `"true"`, "2025-06-01T09:00:00Z": `"2025-06-01T09:00:00Z"`, "No": `"No"`, "": `""`, "- a": `"- a"`, "a: b": `"a: b"`, "x\ny": `"x\ny"`, " lead": `" lead"`,
		"/usr/share/nginx/html": "/usr/share/nginx/html", "sh -c 'echo hi'": "sh -c 'echo hi'",
	} {
		if got := scalar(s); got != want {
			t.Errorf("scalar(%q) = %s, want %s", s, got, want)
		}
	}
}
