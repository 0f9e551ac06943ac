package api

import (
	"reflect"
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		kind, path string
		typ, elem  string
		simulated  bool
	}{
		{"Pod", "spec", "object", "PodSpec", true},
		{"Pod", "spec.containers", "list", "Container", true},
		{"Pod", "spec.containers[3].livenessProbe.exec.command", "list", "string", true},
		{"Pod", "spec.containers[0].resources.limits", "map", "quantity", true},
		{"Pod", "spec.containers[0].livenessProbe.httpGet.port", "int-or-string", "", true},
		{"Pod", "spec.securityContext.seccompProfile", "object", "SeccompProfile", false},
		{"Pod", "metadata.labels[app.kubernetes.io/name]", "map", "string", true},
		{"Secret", "data", "map", "bytes", true},
		{"Node", "status.capacity", "map", "quantity", true},
	}
	for _, tt := range tests {
		f, ok := Lookup(tt.kind, tt.path)
		if !ok || f.Type != tt.typ || f.Elem != tt.elem || f.Simulated != tt.simulated {
			t.Errorf("Lookup(%s, %s) = %+v, %v; want %s %s simulated=%v", tt.kind, tt.path, f, ok, tt.typ, tt.elem, tt.simulated)
		}
	}
	for _, bad := range []string{"spec.nope", "spec.containers.nope", "metadata.name.deeper"} {
		if _, ok := Lookup("Pod", bad); ok {
			t.Errorf("Lookup(Pod, %s) found a field", bad)
		}
	}
	if _, ok := Lookup("Pood", ""); ok {
		t.Error("Lookup found an unknown kind")
	}
}

func TestChildFieldsAndDocs(t *testing.T) {
	fields := ChildFields("Pod", "spec.containers[0]")
	names := map[string]Field{}
	for _, f := range fields {
		names[f.Name] = f
	}
	for _, want := range []string{"name", "image", "livenessProbe", "restartPolicy", "resizePolicy"} {
		if _, ok := names[want]; !ok {
			t.Errorf("Container has no field %q", want)
		}
	}
	if f := names["restartPolicy"]; !reflect.DeepEqual(f.Enum, []string{"Always", "OnFailure", "Never"}) {
		t.Errorf("restartPolicy enum = %v", f.Enum)
	}
	if names["resizePolicy"].Simulated || !names["image"].Simulated {
		t.Error("Simulated is wrong for resizePolicy or image")
	}
	if d := names["image"].Doc; !strings.HasPrefix(d, "Container image name.") || strings.Contains(d, "More info") {
		t.Errorf("image doc = %q", d)
	}
	fields[0].Name = "mutated"
	if Fields("Container")[0].Name == "mutated" {
		t.Error("Fields returned the table itself, not a copy")
	}
}

// TestSchemaMatchesTypes: schema_gen.go is in step with Podlab's types
// (run `go generate ./sim/api` after changing them): a field is marked
// Simulated exactly when Podlab's type has it.
func TestSchemaMatchesTypes(t *testing.T) {
	d := newDecoder()
	seen := map[string]bool{}
	var walk func(rt reflect.Type, typeName string)
	walk = func(rt reflect.Type, typeName string) {
		if seen[typeName] || findType(typeName) == nil {
			return
		}
		seen[typeName] = true
		podlab := d.goFields(rt)
		for _, f := range findFields(typeName) {
			idx, ok := podlab[f.Name]
			if ok != f.Simulated {
				t.Errorf("%s.%s: Simulated=%v but Podlab's %s has it: %v", typeName, f.Name, f.Simulated, rt.Name(), ok)
			}
			if ok {
				if elem := objectElem(f); elem != "" {
					walk(innerStruct(rt.FieldByIndex(idx).Type), elem)
				}
			}
		}
	}
	for kind, v := range map[string]any{"Pod": Pod{}, "ConfigMap": ConfigMap{}, "Secret": Secret{}, "ServiceAccount": ServiceAccount{}, "Node": Node{}} {
		walk(reflect.TypeOf(v), kind)
	}
	if len(seen) < 40 {
		t.Errorf("walked only %d schema types", len(seen))
	}
}

// innerStruct is the struct a field holds, through pointers, slices and
// maps; nil for none.
func innerStruct(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t == intOrStringType {
		return reflect.TypeOf(struct{}{})
	}
	return t
}
