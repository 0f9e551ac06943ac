package api

import (
	"fmt"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxNodes bounds the nodes one Parse visits, aliases included, so that
// a "billion laughs" document ends in an error, not a hung tab.
const maxNodes = 200_000

// decoder turns a yaml.Node tree into Podlab's types the way the API
// server's strict JSON decoding does (unknown and duplicate fields are
// errors, types must match), and remembers where each field was written.
type decoder struct {
	errs  ErrorList
	notes []Diagnostic    // fields of the real API that Podlab does not model
	noted map[string]bool // "Type.field" already noted
	pos   positions       // of the object being decoded
	// unmodelled are the paths of the object's accepted, unmodelled
	// fields (each occurrence, unlike notes).
	unmodelled []string
	nodes      int
	fields     map[reflect.Type]map[string][]int // json name → field index
}

func newDecoder() *decoder {
	return &decoder{noted: map[string]bool{}, fields: map[reflect.Type]map[string][]int{}}
}

func (d *decoder) errorAt(n *yaml.Node, path, msg string) {
	d.errs = append(d.errs, Diagnostic{Line: n.Line, Col: n.Column, Field: path, Message: msg})
}

// resolve follows an alias and counts the node against the budget; nil
// when the budget is spent (reported once).
func (d *decoder) resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 100; i++ {
		n = n.Alias
	}
	d.nodes++
	if d.nodes == maxNodes {
		d.errorAt(n, "", fmt.Sprintf("document too large: more than %d values (aliases included)", maxNodes))
	}
	if n == nil || n.Kind == yaml.AliasNode || d.nodes >= maxNodes {
		return nil
	}
	return n
}

var (
	quantityType    = reflect.TypeFor[Quantity]()
	intOrStringType = reflect.TypeFor[IntOrString]()
	bytesType       = reflect.TypeFor[[]byte]()
)

// decode reads n into v; path is the field path of v and ktype the API
// type name of v (or of its elements), for the schema.
func (d *decoder) decode(n *yaml.Node, v reflect.Value, path, ktype string) {
	if n = d.resolve(n); n == nil {
		return
	}
	d.pos[path] = Pos{n.Line, n.Column}
	if isNull(n) {
		v.SetZero() // JSON null leaves the zero value
		return
	}
	switch v.Type() {
	case quantityType:
		q, _ := d.quantity(n, path)
		v.SetString(q)
		return
	case intOrStringType:
		v.Set(reflect.ValueOf(d.intOrString(n, path)))
		return
	case bytesType:
		v.SetBytes(d.bytes(n, path))
		return
	}
	d.decodeKind(n, v, path, ktype)
}

func (d *decoder) decodeKind(n *yaml.Node, v reflect.Value, path, ktype string) {
	switch v.Kind() {
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		d.decode(n, p.Elem(), path, ktype)
		v.Set(p)
	case reflect.Struct:
		d.object(n, v, path, ktype)
	case reflect.Slice:
		d.list(n, v, path, ktype)
	case reflect.Map:
		d.dict(n, v, path, ktype)
	case reflect.String:
		s, _ := d.str(n, path)
		v.SetString(s)
	case reflect.Bool:
		b, _ := d.boolean(n, path)
		v.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, _ := d.integer(n, path, v.Type().Bits())
		v.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		d.unsigned(n, v, path)
	case reflect.Float32, reflect.Float64:
		if d.number(n, path) {
			v.SetFloat(resolveScalar(n).float())
		}
	case reflect.Interface:
		if findType(ktype) != nil {
			d.check(n, objectField(ktype), path)
		}
		if g := d.generic(n); g != nil {
			v.Set(reflect.ValueOf(g))
		}
	default:
		d.errorAt(n, path, "cannot be decoded into a Go "+v.Type().String())
	}
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && resolveScalar(n).kind == scalarNull
}

// object reads a mapping into a struct, field by json name.
func (d *decoder) object(n *yaml.Node, v reflect.Value, path, ktype string) {
	if n.Kind != yaml.MappingNode {
		d.typeError(n, path, "an object")
		return
	}
	fields := d.goFields(v.Type())
	d.pairs(n, path, func(k, val *yaml.Node) {
		f, ok := fields[k.Value]
		if !ok {
			d.unknownField(k, val, path, ktype, fields)
			return
		}
		childType := objectElem(fieldOrNone(ktype, k.Value))
		d.decode(val, v.FieldByIndex(f), child(path, k.Value), childType)
	})
}

// pairs calls fn for each key and value of a mapping, reporting
// duplicate and non-scalar keys as go-yaml v3 does. YAML 1.1 merge keys
// ("<<: *defaults", which kubectl's go-yaml v2 honours) contribute the
// merged mapping's entries that the mapping does not set itself.
func (d *decoder) pairs(n *yaml.Node, path string, fn func(k, v *yaml.Node)) {
	seen := map[string]int{}
	var merged []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := d.resolve(n.Content[i])
		if k == nil {
			return
		}
		switch {
		case k.Kind != yaml.ScalarNode:
			d.errorAt(k, path, "a key must be a plain value, not an object or a list")
		case k.Value == "<<" && k.Tag == "!!merge":
			merged = append(merged, d.mergeSources(n.Content[i+1], path)...)
		case seen[k.Value] > 0:
			d.errorAt(k, path, fmt.Sprintf("mapping key %q already defined at line %d", k.Value, seen[k.Value]))
		default:
			seen[k.Value] = k.Line
			fn(k, n.Content[i+1])
		}
	}
	for _, m := range merged {
		for i := 0; i+1 < len(m.Content); i += 2 {
			if k := d.resolve(m.Content[i]); k != nil && k.Kind == yaml.ScalarNode && seen[k.Value] == 0 {
				seen[k.Value] = k.Line
				fn(k, m.Content[i+1])
			}
		}
	}
}

// mergeSources are the mappings a merge key names: one mapping, or a
// list of them (earlier ones win, as in YAML's merge spec).
func (d *decoder) mergeSources(v *yaml.Node, path string) []*yaml.Node {
	v = d.resolve(v)
	if v == nil {
		return nil
	}
	if v.Kind == yaml.MappingNode {
		return []*yaml.Node{v}
	}
	var out []*yaml.Node
	if v.Kind == yaml.SequenceNode {
		for _, item := range v.Content {
			if m := d.resolve(item); m != nil && m.Kind == yaml.MappingNode {
				out = append(out, m)
				continue
			}
			d.errorAt(item, path, "map merge requires map or sequence of maps as the value")
		}
		return out
	}
	d.errorAt(v, path, "map merge requires map or sequence of maps as the value")
	return nil
}

// unknownField handles a key Podlab's types lack: a field of the real API
// is accepted and noted once as not simulated (its contents still checked
// against the schema); anything else is an error with a suggestion.
func (d *decoder) unknownField(k, val *yaml.Node, path, ktype string, fields map[string][]int) {
	p := child(path, k.Value)
	if f, ok := fieldOf(ktype, k.Value); ok {
		d.unmodelled = append(d.unmodelled, p)
		d.notSimulated(k, p, ktype+"."+k.Value)
		d.check(val, f, p)
		return
	}
	names := make([]string, 0, len(fields))
	for name := range fields {
		names = append(names, name)
	}
	for _, f := range findFields(ktype) {
		names = append(names, f.Name)
	}
	d.errorAt(k, path, unknownFieldMessage(k.Value, names))
}

func unknownFieldMessage(name string, candidates []string) string {
	msg := fmt.Sprintf("unknown field %q", name)
	if s := suggest(name, sortedUnique(candidates)); s != "" {
		msg += fmt.Sprintf(", did you mean %q?", s)
	}
	return msg
}

func (d *decoder) notSimulated(k *yaml.Node, path, id string) {
	if d.noted[id] {
		return
	}
	d.noted[id] = true
	d.notes = append(d.notes, Diagnostic{Line: k.Line, Col: k.Column, Field: path,
		Message: "not simulated: accepted as the API server would, but Podlab does not model it"})
}

// list reads a sequence into a slice.
func (d *decoder) list(n *yaml.Node, v reflect.Value, path, ktype string) {
	if n.Kind != yaml.SequenceNode {
		d.typeError(n, path, "a list")
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		d.decode(item, s.Index(i), index(path, i), ktype)
	}
	v.Set(s)
}

// dict reads a mapping into a map with string keys.
func (d *decoder) dict(n *yaml.Node, v reflect.Value, path, ktype string) {
	if n.Kind != yaml.MappingNode {
		d.typeError(n, path, "an object")
		return
	}
	if v.Type().Elem().Kind() == reflect.Interface && findType(ktype) != nil {
		// A map[string]any standing in for an API struct (pod affinity
		// terms): check its fields against the schema, keep it as
		// written, note that it is not simulated.
		d.notSimulated(n, path, ktype)
		d.check(n, objectField(ktype), path)
		if g, ok := d.generic(n).(map[string]any); ok {
			v.Set(reflect.ValueOf(g).Convert(v.Type()))
		}
		return
	}
	m := reflect.MakeMap(v.Type())
	d.pairs(n, path, func(k, val *yaml.Node) {
		e := reflect.New(v.Type().Elem()).Elem()
		d.decode(val, e, key(path, k.Value), ktype)
		m.SetMapIndex(reflect.ValueOf(k.Value).Convert(v.Type().Key()), e)
	})
	v.Set(m)
}

// goFields maps json names to field indexes, flattening ",inline"
// embedded structs as encoding/json does.
func (d *decoder) goFields(t reflect.Type) map[string][]int {
	if f, ok := d.fields[t]; ok {
		return f
	}
	out := map[string][]int{}
	for i := range t.NumField() {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		switch {
		case name == "-" || !sf.IsExported():
		case name == "" && sf.Anonymous:
			for n, idx := range d.goFields(sf.Type) {
				out[n] = append([]int{i}, idx...)
			}
		case name != "":
			out[name] = []int{i}
		}
	}
	d.fields[t] = out
	return out
}

func fieldOrNone(ktype, name string) Field {
	f, _ := fieldOf(ktype, name)
	return f
}

func objectField(ktype string) Field { return Field{Type: "object", Elem: ktype} }

func findFields(ktype string) []Field {
	if t := findType(ktype); t != nil {
		return t.Fields
	}
	return nil
}

// generic is n as encoding/json would decode it into an interface{}.
func (d *decoder) generic(n *yaml.Node) any {
	if n = d.resolve(n); n == nil {
		return nil
	}
	switch n.Kind {
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = d.generic(n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		l := make([]any, len(n.Content))
		for i, item := range n.Content {
			l[i] = d.generic(item)
		}
		return l
	}
	return scalarValue(resolveScalar(n))
}

func scalarValue(s scalar) any {
	switch s.kind {
	case scalarNull:
		return nil
	case scalarBool:
		return s.b
	case scalarInt:
		return float64(s.i)
	case scalarFloat:
		return s.f
	}
	return s.text
}
