package main

import (
	"encoding/json"
	"testing"
)

func TestEditorSchemaWalksFromPod(t *testing.T) {
	var s map[string][]schemaField
	if err := json.Unmarshal([]byte(editorSchemaJSON()), &s); err != nil {
		t.Fatal(err)
	}
	// The path the learner types most: spec.containers[].livenessProbe.
	tests := []struct {
		typ, field, wantType string
		wantEnum             string
	}{
		{"Pod", "spec", "PodSpec", ""},
		{"PodSpec", "containers", "[]Container", ""},
		{"PodSpec", "restartPolicy", "string", "OnFailure"},
		{"Container", "livenessProbe", "Probe", ""},
		{"Container", "imagePullPolicy", "string", "IfNotPresent"},
		{"ObjectMeta", "labels", "map[string]string", ""},
		{"ConfigMap", "data", "map[string]string", ""},
	}
	for _, tt := range tests {
		f, ok := findSchemaField(s[tt.typ], tt.field)
		if !ok {
			t.Errorf("%s has no field %s", tt.typ, tt.field)
			continue
		}
		if f.Type != tt.wantType {
			t.Errorf("%s.%s type = %q, want %q", tt.typ, tt.field, f.Type, tt.wantType)
		}
		if tt.wantEnum != "" && !enumHas(f.Enum, tt.wantEnum) {
			t.Errorf("%s.%s enum = %v, want it to hold %q", tt.typ, tt.field, f.Enum, tt.wantEnum)
		}
		if f.Doc == "" {
			t.Errorf("%s.%s has no doc for hover", tt.typ, tt.field)
		}
	}
	if n := len(editorSchemaJSON()); n > 400<<10 {
		t.Errorf("schema JSON is %d bytes; want it well under 400 KiB", n)
	}
}

func findSchemaField(fs []schemaField, name string) (schemaField, bool) {
	for _, f := range fs {
		if f.Name == name {
			return f, true
		}
	}
	return schemaField{}, false
}

func enumHas(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
