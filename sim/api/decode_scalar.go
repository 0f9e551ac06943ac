package api

import (
	"encoding/base64"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// typeError reports a value of the wrong shape: "expected an integer, got
// string". A plain scalar that YAML 1.1 reads as a bool or a number where
// a string is wanted gets a hint to quote it (`value: yes` is true).
func (d *decoder) typeError(n *yaml.Node, path, want string) {
	got := nodeKind(n)
	msg := fmt.Sprintf("expected %s, got %s", want, got)
	if want == "a string" && n.Kind == yaml.ScalarNode {
		msg += fmt.Sprintf(" (YAML reads %s as %s %s: write it in quotes, %q)", n.Value, article(got), got, n.Value)
	}
	d.errorAt(n, path, msg)
}

func article(word string) string {
	if strings.ContainsAny(word[:1], "aeiou") {
		return "an"
	}
	return "a"
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "object"
	case yaml.SequenceNode:
		return "list"
	}
	return resolveScalar(n).kind.String()
}

// str reads a string: quoted, or plain text YAML 1.1 does not read as
// something else.
func (d *decoder) str(n *yaml.Node, path string) (string, bool) {
	if n.Kind != yaml.ScalarNode || resolveScalar(n).kind != scalarString {
		d.typeError(n, path, "a string")
		return "", false
	}
	return n.Value, true
}

func (d *decoder) boolean(n *yaml.Node, path string) (bool, bool) {
	s := resolveScalar(n)
	if n.Kind != yaml.ScalarNode || s.kind != scalarBool {
		d.typeError(n, path, "a boolean")
		return false, false
	}
	return s.b, true
}

// integer reads a whole number that fits in bits: 0777 is 511 (YAML 1.1
// octal), 1e3 is 1000 (it reaches the API server as JSON 1000).
func (d *decoder) integer(n *yaml.Node, path string, bits int) (int64, bool) {
	s := resolveScalar(n)
	i, ok := s.jsonInt()
	if n.Kind != yaml.ScalarNode || !ok {
		d.typeError(n, path, "an integer")
		return 0, false
	}
	if bits < 64 && (i < -1<<(bits-1) || i >= 1<<(bits-1)) {
		d.errorAt(n, path, fmt.Sprintf("%s is out of range for a %d-bit integer", n.Value, bits))
		return 0, false
	}
	return i, true
}

// unsigned reads a non-negative integer into an unsigned field.
func (d *decoder) unsigned(n *yaml.Node, v reflect.Value, path string) {
	i, ok := d.integer(n, path, 64)
	switch {
	case !ok:
	case i < 0 || v.OverflowUint(uint64(i)):
		d.errorAt(n, path, fmt.Sprintf("%s is out of range for a %d-bit unsigned integer", n.Value, v.Type().Bits()))
	default:
		v.SetUint(uint64(i))
	}
}

func (d *decoder) number(n *yaml.Node, path string) bool {
	k := resolveScalar(n).kind
	if n.Kind != yaml.ScalarNode || (k != scalarInt && k != scalarFloat) {
		d.typeError(n, path, "a number")
		return false
	}
	return true
}

// quantity reads a resource quantity, a string or a number (cpu: 0.5),
// and checks it as resource.ParseQuantity does.
func (d *decoder) quantity(n *yaml.Node, path string) (string, bool) {
	s := resolveScalar(n)
	if n.Kind != yaml.ScalarNode || (s.kind != scalarString && s.kind != scalarInt && s.kind != scalarFloat) {
		d.typeError(n, path, `a quantity ("250m", "64Mi", 0.5)`)
		return "", false
	}
	text := s.jsonText()
	if _, err := ParseQuantity(text); err != nil {
		d.errorAt(n, path, err.Error())
		return "", false
	}
	return text, true
}

// intOrString reads a port: a number or a name.
func (d *decoder) intOrString(n *yaml.Node, path string) IntOrString {
	s := resolveScalar(n)
	if n.Kind == yaml.ScalarNode && s.kind == scalarString {
		return IntOrString{IsString: true, StrVal: n.Value}
	}
	if i, ok := s.jsonInt(); ok && n.Kind == yaml.ScalarNode && i >= -1<<31 && i < 1<<31 {
		return IntOrString{IntVal: int32(i)}
	}
	d.typeError(n, path, "an integer or a string")
	return IntOrString{}
}

// bytes reads base64 text as encoding/json does for []byte (Secret.data).
func (d *decoder) bytes(n *yaml.Node, path string) []byte {
	text, ok := d.str(n, path)
	if !ok {
		return nil
	}
	b, err := base64.StdEncoding.DecodeString(text)
	if err != nil {
		d.errorAt(n, path, fmt.Sprintf("illegal base64 data at input byte %s", strconv.FormatInt(int64(err.(base64.CorruptInputError)), 10)))
		return nil
	}
	return b
}

// check walks a value Podlab does not decode (a field it does not model)
// against the API schema, so a typo inside it is still caught.
func (d *decoder) check(n *yaml.Node, f Field, path string) {
	if n = d.resolve(n); n == nil || isNull(n) {
		return
	}
	d.pos[path] = Pos{n.Line, n.Column}
	switch f.Type {
	case "object":
		d.checkObject(n, f.Elem, path)
	case "list":
		d.checkList(n, f.Elem, path)
	case "map":
		d.checkMap(n, f.Elem, path)
	default:
		d.checkScalar(n, f.Type, path)
		d.checkEnum(n, f, path)
	}
}

// checkEnum: a field the API documents as an enum takes one of its
// values (the API server's validation would refuse another), so a typo
// in a field Podlab does not model is still caught.
func (d *decoder) checkEnum(n *yaml.Node, f Field, path string) {
	if len(f.Enum) == 0 || n.Kind != yaml.ScalarNode || resolveScalar(n).kind != scalarString || containsString(f.Enum, n.Value) {
		return
	}
	d.errorAt(n, path, notSupported(path, n.Value, f.Enum...).Msg)
}

func (d *decoder) checkObject(n *yaml.Node, typeName, path string) {
	if n.Kind != yaml.MappingNode {
		d.typeError(n, path, "an object")
		return
	}
	fields := findFields(typeName)
	d.pairs(n, path, func(k, v *yaml.Node) {
		f, ok := fieldOf(typeName, k.Value)
		if !ok {
			names := make([]string, len(fields))
			for i, f := range fields {
				names[i] = f.Name
			}
			d.errorAt(k, path, unknownFieldMessage(k.Value, names))
			return
		}
		d.check(v, f, child(path, k.Value))
	})
}

func (d *decoder) checkList(n *yaml.Node, elem, path string) {
	if n.Kind != yaml.SequenceNode {
		d.typeError(n, path, "a list")
		return
	}
	for i, item := range n.Content {
		d.check(item, elemField(elem), index(path, i))
	}
}

func (d *decoder) checkMap(n *yaml.Node, elem, path string) {
	if n.Kind != yaml.MappingNode {
		d.typeError(n, path, "an object")
		return
	}
	d.pairs(n, path, func(k, v *yaml.Node) { d.check(v, elemField(elem), key(path, k.Value)) })
}

func (d *decoder) checkScalar(n *yaml.Node, typ, path string) {
	switch typ {
	case "string":
		d.str(n, path)
	case "integer":
		d.integer(n, path, 64)
	case "number":
		d.number(n, path)
	case "boolean":
		d.boolean(n, path)
	case "quantity":
		d.quantity(n, path)
	case "int-or-string":
		d.intOrString(n, path)
	case "bytes":
		d.bytes(n, path)
	}
}

// elemField is the Field of one element of a list or map of elem.
func elemField(elem string) Field {
	if scalarTypes[elem] || elem == "" {
		return Field{Type: elem}
	}
	return objectField(elem)
}

func sortedUnique(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}
