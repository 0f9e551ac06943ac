package lessons

import (
	"fmt"
	"reflect"
	"strings"
)

// exactKeys walks raw (decoded YAML) beside the Go value v it was decoded
// into and fails on the first key whose spelling is not exactly a json tag
// of the struct at that place.
func exactKeys(raw any, v any, path string) error {
	return walkKeys(raw, reflect.TypeOf(v), path)
}

func walkKeys(raw any, t reflect.Type, path string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch r := raw.(type) {
	case map[string]any:
		if t.Kind() == reflect.Map {
			for k, v := range r {
				if err := walkKeys(v, t.Elem(), path+"."+k); err != nil {
					return err
				}
			}
			return nil
		}
		if t.Kind() != reflect.Struct {
			return nil
		}
		return walkStruct(r, t, path)
	case []any:
		if t.Kind() != reflect.Slice {
			return nil
		}
		for i, v := range r {
			if err := walkKeys(v, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

func walkStruct(r map[string]any, t reflect.Type, path string) error {
	fields := jsonFields(t)
	for k, v := range r {
		ft, ok := fields[k]
		if !ok {
			return fmt.Errorf("%s: unknown field %q (field names are case-sensitive)", strings.TrimPrefix(path+"."+k, "."), k)
		}
		if err := walkKeys(v, ft, path+"."+k); err != nil {
			return err
		}
	}
	return nil
}

// jsonFields maps the json names of t's fields (inlined embedded structs
// included) to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-":
		case name == "" && f.Anonymous:
			for k, v := range jsonFields(f.Type) {
				out[k] = v
			}
		case name == "":
			out[f.Name] = f.Type
		default:
			out[name] = f.Type
		}
	}
	return out
}
