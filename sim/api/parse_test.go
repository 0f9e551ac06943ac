package api

import (
	"errors"
	"strings"
	"testing"
)

// parseErrors parses src and returns its diagnostics as "line:col: field:
// message" strings.
func parseErrors(t *testing.T, src string) []string {
	t.Helper()
	_, err := Parse([]byte(src))
	return diagStrings(t, err)
}

func diagStrings(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %v is not an ErrorList", err)
	}
	out := make([]string, len(list))
	for i, d := range list {
		out[i] = d.Error()
	}
	return out
}

const podHead = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n"

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"wrong case gets a suggestion", podHead + "  RestartPolicy: Never\n  containers: []\n",
			[]string{`6:3: spec: unknown field "RestartPolicy", did you mean "restartPolicy"?`}},
		{"typo gets a suggestion", podHead + "  contianers: []\n",
			[]string{`6:3: spec: unknown field "contianers", did you mean "containers"?`}},
		{"nonsense gets none", podHead + "  frobnicate: 1\n",
			[]string{`6:3: spec: unknown field "frobnicate"`}},
		{"unknown field inside an unmodelled one", podHead + "  containers: [{name: a, image: b, securityContext: {seccompProfile: {tpye: RuntimeDefault}}}]\n",
			[]string{`6:71: spec.containers[0].securityContext.seccompProfile: unknown field "tpye", did you mean "type"?`}},
		{"enum of an unmodelled field", podHead + "  containers: [{name: a, image: b, securityContext: {seccompProfile: {type: runtimeDefault}}}]\n",
			[]string{`6:77: spec.containers[0].securityContext.seccompProfile.type: Unsupported value: "runtimeDefault": supported values: "Unconfined", "RuntimeDefault", "Localhost"`}},
		{"integer expected", podHead + "  containers:\n  - name: a\n    image: b\n    ports:\n    - containerPort: \"80\"\n",
			[]string{`10:22: spec.containers[0].ports[0].containerPort: expected an integer, got string`}},
		{"float is not an integer", podHead + "  terminationGracePeriodSeconds: 1.5\n",
			[]string{`6:34: spec.terminationGracePeriodSeconds: expected an integer, got number`}},
		{"int32 overflow", podHead + "  containers: [{name: a, image: b, ports: [{containerPort: 4294967296}]}]\n",
			[]string{`6:60: spec.containers[0].ports[0].containerPort: 4294967296 is out of range for a 32-bit integer`}},
		{"yes is a bool in YAML 1.1", podHead + "  containers: [{name: a, image: b, env: [{name: X, value: yes}]}]\n",
			[]string{`6:59: spec.containers[0].env[0].value: expected a string, got bool (YAML reads yes as a bool: write it in quotes, "yes")`}},
		{"a number where a string goes", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {port: 8080}\n",
			[]string{`4:14: data[port]: expected a string, got integer (YAML reads 8080 as an integer: write it in quotes, "8080")`}},
		{"a list where an object goes", podHead + "  securityContext: []\n",
			[]string{`6:20: spec.securityContext: expected an object, got list`}},
		{"bad quantity", podHead + "  containers: [{name: a, image: b, resources: {limits: {cpu: 1x}}}]\n",
			[]string{`6:62: spec.containers[0].resources.limits[cpu]: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`}},
		{"duplicate key", podHead + "  restartPolicy: Never\n  restartPolicy: Always\n",
			[]string{`7:3: spec: mapping key "restartPolicy" already defined at line 6`}},
		{"bad base64", "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  k: 'not base64!'\n",
			[]string{`5:6: data[k]: illegal base64 data at input byte 3`}},
		{"syntax error", podHead + "  containers:\n  - name: a\n   image: b\n",
			[]string{`8:4: YAML syntax error: did not find expected key`}},
		{"two keys on a line", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web: x\n",
			[]string{`4:12: YAML syntax error: mapping values are not allowed in this context`}},
		{"a tab", "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: web\n",
			[]string{`4:1: YAML syntax error: found character that cannot start any token`}},
		{"an unclosed quote", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"web\n",
			[]string{`4:9: YAML syntax error: found unexpected end of stream`}},
		{"flow syntax error", "{apiVersion: v1, kind: Pod\n",
			[]string{`1:1: YAML syntax error: did not find expected ',' or '}'`}},
		{"missing kind", "apiVersion: v1\nmetadata: {name: x}\n",
			[]string{`1:1: kind: Required value`}},
		{"unknown kind", "apiVersion: v1\nkind: Pdo\n",
			[]string{`2:7: kind: no matches for kind "Pdo" in version "v1", did you mean "Pod"?`}},
		{"wrong apiVersion", "apiVersion: apps/v1\nkind: Pod\n",
			[]string{`1:13: apiVersion: no matches for kind "Pod" in version "apps/v1"`}},
		{"not an object", "- a\n- b\n",
			[]string{`1:1: expected an object with apiVersion and kind, got list`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseErrors(t, tt.src)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestParseValues(t *testing.T) {
	src := `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {name: "p"},
  spec: {
    containers: [{
      name: "c",
      image: "busybox",
      args: ["sh", "-c", "sleep 1"],
      resources: {limits: {cpu: 0.5, memory: "64Mi"}},
      livenessProbe: {httpGet: {port: "http"}, initialDelaySeconds: 1e1},
    }],
    volumes: [{name: "v", projected: {sources: [{secret: {name: "s", items: [{key: "k", path: "p", mode: 0777}]}}]}}],
  },
}
---
apiVersion: v1
kind: Secret
metadata: {name: s}
data: {k: aGVsbG8=, both: b2xk}
stringData: {both: new}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: cm}
data: {a: "1"}
`
	objs, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	c := objs.Pods[0].Spec.Containers[0]
	checks := []struct {
		name      string
		got, want any
	}{
		{"args", strings.Join(c.Args, " "), "sh -c sleep 1"},
		{"cpu as a number", c.Resources.Limits["cpu"], Quantity("0.5")},
		{"named port", c.LivenessProbe.HTTPGet.Port, IntOrString{IsString: true, StrVal: "http"}},
		{"1e1 is an integer", c.LivenessProbe.InitialDelaySeconds, int32(10)},
		{"0777 is octal", *objs.Pods[0].Spec.Volumes[0].Projected.Sources[0].Secret.Items[0].Mode, int32(0o777)},
		{"base64 decoded", string(objs.Secrets[0].Data["k"]), "hello"},
		{"stringData wins", string(objs.Secrets[0].Data["both"]), "new"},
		{"stringData merged away", len(objs.Secrets[0].StringData), 0},
		{"configmap", objs.ConfigMaps[0].Data["a"], "1"},
		{"pod position", objs.Position(ObjectRef{"Pod", 0}, "spec.containers[0].image"), Pos{9, 14}},
		{"secret position", objs.Position(ObjectRef{"Secret", 0}, "data[k]"), Pos{21, 11}},
		{"unwritten field: parent position", objs.Position(ObjectRef{"Pod", 0}, "spec.containers[0].imagePullPolicy"), Pos{7, 18}},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s: got %v, want %v", ch.name, ch.got, ch.want)
		}
	}
}

func TestParseMergeKeys(t *testing.T) {
	src := `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - &base {name: a, image: busybox, command: [sleep, "1"]}
  - <<: *base
    name: b
`
	objs, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	c := objs.Pods[0].Spec.Containers[1]
	if c.Name != "b" || c.Image != "busybox" || len(c.Command) != 2 {
		t.Errorf("merged container = %+v", c)
	}
}

func TestParseNotSimulated(t *testing.T) {
	src := podHead + `  topologySpreadConstraints: [{maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}]
  containers:
  - name: a
    image: b
    securityContext: {seccompProfile: {type: RuntimeDefault}}
  - name: c
    image: d
    securityContext: {seccompProfile: {type: RuntimeDefault}}
---
apiVersion: v1
kind: LimitRange
metadata: {name: lr}
spec: {limits: [{type: Container}]}
`
	objs, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range objs.NotSimulated {
		got = append(got, d.Error())
	}
	want := []string{
		"6:3: spec.topologySpreadConstraints: not simulated: accepted as the API server would, but Podlab does not model it",
		"10:23: spec.containers[0].securityContext.seccompProfile: not simulated: accepted as the API server would, but Podlab does not model it",
		`16:7: kind: not simulated: LimitRange "lr" is accepted but Podlab does not model LimitRange objects`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("notes:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(objs.Skipped) != 1 || objs.Skipped[0] != (SkippedObject{"LimitRange", "lr", 15}) {
		t.Errorf("Skipped = %+v", objs.Skipped)
	}
}

func TestParseAliasBomb(t *testing.T) {
	src := "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
	src = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations: {}\nbinaryData: {}\nimmutable: false\ndata:\n  " + strings.ReplaceAll(src, "\n", "\n  ")
	errs := parseErrors(t, src)
	if len(errs) == 0 {
		t.Fatal("an alias bomb parsed without error")
	}
}

func TestParseList(t *testing.T) {
	src := "apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: ConfigMap, metadata: {name: c}}\n- {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: a, image: b}]}}\n"
	objs, err := Parse([]byte(src))
	if err != nil || len(objs.ConfigMaps) != 1 || len(objs.Pods) != 1 {
		t.Fatalf("got %d configmaps, %d pods, err %v", len(objs.ConfigMaps), len(objs.Pods), err)
	}
	if got := objs.Position(ObjectRef{"Pod", 0}, "spec.containers[0].image"); got != (Pos{5, 89}) {
		t.Errorf("position in a List item = %v", got)
	}
}

func TestParseEmptyDocuments(t *testing.T) {
	objs, err := Parse([]byte("---\n---\n# just a comment\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\n"))
	if err != nil || len(objs.Pods) != 1 {
		t.Fatalf("got %d pods, err %v", len(objs.Pods), err)
	}
}
