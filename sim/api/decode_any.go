package api

import (
	"errors"
	"reflect"

	"go.yaml.in/yaml/v3"
)

// Decode reads one YAML document into v, a non-nil pointer to a value
// whose structs carry json tags (as sigs.k8s.io/yaml.Unmarshal would),
// with Parse's rules: unknown fields and wrong types are errors at their
// line and column, with suggestions, and scalars are read as YAML 1.1.
// It lets other packages read their own YAML (lesson front matter,
// checks) without linking a second YAML library into the wasm.
func Decode(src []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("api.Decode: v must be a non-nil pointer")
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return ErrorList{syntaxDiagnostic(err, src)}
	}
	d := newDecoder()
	d.pos = positions{}
	if len(doc.Content) > 0 {
		d.decode(doc.Content[0], rv.Elem(), "", "")
	}
	if len(d.errs) > 0 {
		return d.errs
	}
	return nil
}
