package main

import (
	"encoding/json"
	"sync"

	"github.com/podlab/podlab/sim/api"
)

// editorSchemaKinds are the kinds a Podlab spec may hold; the editor's
// completion starts from the document's kind.
func editorSchemaKinds() []string { return []string{"Pod", "ConfigMap", "Secret", "Node"} }

// schemaField is one field as editor/src/schema.js reads it. Type is a
// scalar ("string", "integer", ...), a type name ("PodSpec"), or a list of
// either ("[]Container"), so the JavaScript side can walk a path without
// knowing the API's vocabulary.
type schemaField struct {
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Enum      []string `json:"enum,omitempty"`
	Doc       string   `json:"doc,omitempty"`
	Simulated bool     `json:"sim"`
}

// editorSchemaJSON is the field table the editor completes and documents
// from: every type reachable from the spec kinds, generated from k8s.io/api
// by sim/api. Built once (about 100 KB) and only read after.
var editorSchemaJSON = sync.OnceValue(func() string {
	b, err := json.Marshal(editorSchema(editorSchemaKinds()))
	if err != nil {
		return "" // unreachable: the table holds only strings and bools
	}
	return string(b)
})

// editorSchema collects the types reachable from roots.
func editorSchema(roots []string) map[string][]schemaField {
	out := map[string][]schemaField{}
	var visit func(string)
	visit = func(name string) {
		if _, seen := out[name]; seen {
			return
		}
		fields := api.Fields(name)
		if fields == nil {
			return
		}
		out[name] = make([]schemaField, 0, len(fields))
		for _, f := range fields {
			sf, elem := toSchemaField(f)
			out[name] = append(out[name], sf)
			if elem != "" {
				visit(elem)
			}
		}
	}
	for _, r := range roots {
		visit(r)
	}
	return out
}

// toSchemaField converts an api.Field, and names the object type it leads
// to (for the walk), if any.
func toSchemaField(f api.Field) (schemaField, string) {
	sf := schemaField{Name: f.Name, Type: f.Type, Enum: f.Enum, Doc: f.Doc, Simulated: f.Simulated}
	switch f.Type {
	case "object":
		sf.Type = f.Elem
		return sf, f.Elem
	case "list":
		sf.Type = "[]" + f.Elem
		return sf, f.Elem
	case "map":
		sf.Type = "map[string]" + f.Elem
		return sf, f.Elem
	}
	return sf, ""
}
