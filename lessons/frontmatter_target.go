package lessons

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strings"
)

var (
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// indirectType is sigs.k8s.io/yaml's indirect (fields.go) on types: it
// follows pointers to the value JSON will fill, and gives no target (nil)
// for a json.Unmarshaler or encoding.TextUnmarshaler, which gets the YAML
// value unconverted (a Duration keeps its number). A named value that is
// addressable is looked at through its address, so that pointer methods
// count; the result of following a pointer is addressable.
func indirectType(t reflect.Type, addr bool) (reflect.Type, bool) {
	if t == nil {
		return nil, false
	}
	if t.Kind() != reflect.Pointer && t.Name() != "" && addr {
		t = reflect.PointerTo(t)
	}
	for t.Kind() == reflect.Pointer {
		if t.Implements(jsonUnmarshalerType) || t.Implements(textUnmarshalerType) {
			return nil, false
		}
		t, addr = t.Elem(), true
	}
	return t, addr
}

// jsonFieldType is the type of the field of struct t that encoding/json
// fills for key (exact name first, else case-insensitively), or nil. As
// in sigs.k8s.io/yaml, a field promoted from an embedded struct answers
// with the embedded struct's type (it looks at index[0] only).
func jsonFieldType(t reflect.Type, key string) reflect.Type {
	var folded reflect.Type
	for _, f := range jsonFieldNames(t) {
		if f.name == key {
			return t.Field(f.top).Type
		}
		if folded == nil && strings.EqualFold(f.name, key) {
			folded = t.Field(f.top).Type
		}
	}
	return folded
}

// jsonField is a json name of a struct and the index of the top-level
// field it comes from.
type jsonField struct {
	name string
	top  int
}

// jsonFieldNames lists t's json names as encoding/json sees them: tag
// names, else Go names; fields of untagged embedded structs promoted
// (after t's own, which take precedence); "-" and unexported skipped.
func jsonFieldNames(t reflect.Type) []jsonField {
	var own, promoted []jsonField
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "" && sf.Anonymous && embeddedStruct(sf.Type) != nil {
			for _, f := range jsonFieldNames(embeddedStruct(sf.Type)) {
				promoted = append(promoted, jsonField{f.name, i})
			}
			continue
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		own = append(own, jsonField{name, i})
	}
	return append(own, promoted...)
}

func embeddedStruct(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() == reflect.Struct {
		return t
	}
	return nil
}
