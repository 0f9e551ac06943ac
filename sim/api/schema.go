package api

//go:generate go run ./internal/schemagen -o schema_gen.go

import (
	"sort"
	"strings"
)

// Field describes one field of the real core/v1 API, as generated from
// k8s.io/api by internal/schemagen (k8s.io/api itself stays out of the
// wasm). Parse uses it to tell a field the simulator does not model (a
// note) from one that does not exist (an error); the editor uses it for
// completion and hover docs.
type Field struct {
	Name string // json name: "restartPolicy"
	// Type is string, integer, number, boolean, quantity, int-or-string,
	// bytes (base64), any, object, list or map.
	Type string
	// Elem is the object's type name for an object; for a list or a map,
	// the element's type name or kind ("Container", "string").
	Elem      string
	Enum      []string // the values the API documents, if it is an enum
	Doc       string   // the first paragraph of the API's description
	Simulated bool     // Podlab's types model it
}

// Kinds of Field.Type that hold no fields of their own.
var scalarTypes = map[string]bool{
	"string": true, "integer": true, "number": true, "boolean": true,
	"quantity": true, "int-or-string": true, "bytes": true, "any": true,
}

// schemaType is one API type and its fields in declaration order.
type schemaType struct {
	Name   string
	Fields []Field
}

// Fields are the fields of the API type typeName ("Container",
// "PodSpec"), in the API's order; nil for an unknown type. The result is
// a copy the caller may keep.
func Fields(typeName string) []Field {
	t := findType(typeName)
	if t == nil {
		return nil
	}
	return append([]Field(nil), t.Fields...)
}

// Lookup is the field at path ("spec.containers[0].livenessProbe.exec")
// of an object of kind ("Pod"); list indices and map keys are ignored.
func Lookup(kind, path string) (Field, bool) {
	f := Field{Type: "object", Elem: kind}
	for _, step := range pathSteps(path) {
		next, ok := fieldOf(objectElem(f), step)
		if !ok {
			return Field{}, false
		}
		f = next
	}
	return f, findType(kind) != nil
}

// ChildFields are the fields that may be written under path of kind:
// what an editor offers for completion there.
func ChildFields(kind, path string) []Field {
	f, ok := Lookup(kind, path)
	if !ok {
		return nil
	}
	return Fields(objectElem(f))
}

// objectElem is the type name whose fields sit under f: the object's own
// type, or the element type of a list or map of objects.
func objectElem(f Field) string {
	if f.Type == "object" || !scalarTypes[f.Elem] {
		return f.Elem
	}
	return ""
}

func fieldOf(typeName, name string) (Field, bool) {
	t := findType(typeName)
	if t == nil {
		return Field{}, false
	}
	for _, f := range t.Fields {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

func findType(name string) *schemaType {
	i := sort.Search(len(schemaTypes), func(i int) bool { return schemaTypes[i].Name >= name })
	if i < len(schemaTypes) && schemaTypes[i].Name == name {
		return &schemaTypes[i]
	}
	return nil
}

// pathSteps splits "spec.containers[0].name" into field names, dropping
// indices and keys (which may hold dots: labels[app.kubernetes.io/name]).
func pathSteps(path string) []string {
	var steps []string
	start, depth := 0, 0
	for i := 0; i <= len(path); i++ {
		switch {
		case i == len(path) || (path[i] == '.' && depth == 0):
			if name := stripBrackets(path[start:i]); name != "" {
				steps = append(steps, name)
			}
			start = i + 1
		case path[i] == '[':
			depth++
		case path[i] == ']':
			depth--
		}
	}
	return steps
}

func stripBrackets(s string) string {
	if i := strings.IndexByte(s, '['); i >= 0 {
		return s[:i]
	}
	return s
}
