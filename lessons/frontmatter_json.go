package lessons

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// The lessons' YAML (front matter, checks.yaml, course.yaml) used to be
// read with sigs.k8s.io/yaml, which parses with go-yaml v2: a second YAML
// library in the wasm (~0.3 MB of code) next to the go-yaml v3 that
// sim/api needs. This file reads the YAML with go-yaml v3's node tree and
// turns it into JSON exactly as sigs.k8s.io/yaml v1.6.0 does
// (yamlToJSONTarget and convertToJSONableObject in yaml.go), with go-yaml
// v2's YAML 1.1 scalars (frontmatter_scalar.go) and its strict duplicate
// key rule. frontmatter_test.go checks it against sigs.k8s.io/yaml.

// yamlDoc is a parsed YAML document; root is nil for an empty one.
type yamlDoc struct{ root *yaml.Node }

func parseYAML(src []byte) (*yamlDoc, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, err
	}
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		return &yamlDoc{root: doc.Content[0]}, nil
	}
	return &yamlDoc{}, nil
}

// maxVisits bounds the nodes one conversion visits, aliases expanded, so
// that a "billion laughs" document ends in an error.
const maxVisits = 1 << 20

// converter walks a node tree beside the Go type it will be decoded into.
type converter struct {
	strict  bool
	visits  int
	active  map[*yaml.Node]bool // aliases being expanded
	dupKeys []string            // go-yaml v2's strict "already set" errors
	err     error               // the first fatal error
}

// toJSONable is doc as sigs.k8s.io/yaml hands it to json.Marshal: maps
// with string keys, lists and scalars, numbers and booleans turned into
// strings where target (the type decoded into; nil: none) wants a string.
func toJSONable(doc *yamlDoc, target reflect.Type, strict bool) (any, error) {
	c := &converter{strict: strict, active: map[*yaml.Node]bool{}}
	var obj any
	if doc.root != nil {
		obj = c.value(doc.root, target, false)
	}
	if c.err != nil {
		return nil, c.err
	}
	if len(c.dupKeys) > 0 {
		return nil, fmt.Errorf("yaml: unmarshal errors:\n  %s", strings.Join(c.dupKeys, "\n  "))
	}
	return obj, nil
}

func (c *converter) fail(format string, args ...any) {
	if c.err == nil {
		c.err = fmt.Errorf("yaml: "+format, args...)
	}
}

// value converts n for a Go value of type t; addr says whether that value
// would be addressable (it decides whether pointer methods are seen).
func (c *converter) value(n *yaml.Node, t reflect.Type, addr bool) any {
	if c.visits++; c.visits > maxVisits {
		c.fail("document contains excessive aliasing")
	}
	if c.err != nil {
		return nil
	}
	t, addr = indirectType(t, addr)
	switch n.Kind {
	case yaml.AliasNode:
		return c.alias(n, t, addr)
	case yaml.MappingNode:
		return c.mapping(n, t, addr)
	case yaml.SequenceNode:
		return c.sequence(n, t)
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return c.value(n.Content[0], t, addr)
	}
	v, err := scalarValue(n)
	if err != nil {
		c.fail("%s", err)
		return nil
	}
	if t != nil && t.Kind() == reflect.String {
		return stringForTarget(v)
	}
	return v
}

func (c *converter) alias(n *yaml.Node, t reflect.Type, addr bool) any {
	if c.active[n] || n.Alias == nil {
		c.fail("anchor '%s' value contains itself", n.Value)
		return nil
	}
	c.active[n] = true
	defer delete(c.active, n)
	return c.value(n.Alias, t, addr)
}

// sequence converts a list; the elements of a slice target are
// addressable (sigs.k8s.io/yaml makes them with reflect.New).
func (c *converter) sequence(n *yaml.Node, t reflect.Type) any {
	var elem reflect.Type
	if t != nil && t.Kind() == reflect.Slice {
		elem = t.Elem()
	}
	out := make([]any, len(n.Content))
	for i, item := range n.Content {
		out[i] = c.value(item, elem, true)
	}
	return out
}

// mapping converts a mapping; a struct target gives each value the type
// of its field, a map target the map's element type (not addressable:
// sigs.k8s.io/yaml uses reflect.Zero).
func (c *converter) mapping(n *yaml.Node, t reflect.Type, addr bool) any {
	e := &mapEntries{t: t, addr: addr, names: map[any]string{}, vals: map[any]any{}}
	c.collect(n, e)
	out := make(map[string]any, len(e.keys))
	for _, k := range e.keys {
		out[e.names[k]] = e.vals[k]
	}
	return out
}

// mapEntries are a mapping's converted values, keyed by the resolved
// YAML key (so that yes and true are the same key, as in go-yaml v2), in
// order, with the JSON name of each key.
type mapEntries struct {
	t     reflect.Type // of the mapping's Go value, nil if none
	addr  bool
	keys  []any
	names map[any]string
	vals  map[any]any
}

// collect converts n's pairs into e as go-yaml v2 decodes a mapping into
// a map[interface{}]interface{} (decode.go, mapping and merge): every
// value is decoded, a merge key (<<) sets the merged mapping's pairs at
// its place, a later pair replaces an earlier one, and in strict mode
// setting a key twice is an error.
func (c *converter) collect(n *yaml.Node, e *mapEntries) {
	for i := 0; i+1 < len(n.Content) && c.err == nil; i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if isMergeKey(k) {
			c.merge(v, e)
			continue
		}
		key, ok := c.key(k)
		if !ok {
			return
		}
		c.set(e, key, v)
	}
}

// set converts v for the Go value that key names and records it.
func (c *converter) set(e *mapEntries, key any, v *yaml.Node) {
	name, ok := keyString(key)
	if !ok {
		c.fail("unsupported map key of type: %T, key: %#v", key, key)
		return
	}
	var vt reflect.Type
	vaddr := false
	switch {
	case e.t == nil:
	case e.t.Kind() == reflect.Struct:
		vt, vaddr = jsonFieldType(e.t, name), e.addr
	case e.t.Kind() == reflect.Map:
		vt = e.t.Elem()
	}
	val := c.value(v, vt, vaddr)
	if _, dup := e.vals[key]; dup {
		if c.strict {
			c.dupKeys = append(c.dupKeys, fmt.Sprintf("line %d: key %#v already set in map", v.Line, key))
			return
		}
	} else {
		e.keys = append(e.keys, key)
	}
	e.names[key], e.vals[key] = name, val
}

// key resolves a mapping key to a comparable scalar value.
func (c *converter) key(k *yaml.Node) (any, bool) {
	for depth := 0; k.Kind == yaml.AliasNode && k.Alias != nil && depth < 100; depth++ {
		k = k.Alias
	}
	if k.Kind != yaml.ScalarNode {
		c.fail("invalid map key: a key must be a plain value, not a list or a mapping (line %d)", k.Line)
		return nil, false
	}
	v, err := scalarValue(k)
	if err != nil {
		c.fail("%s", err)
		return nil, false
	}
	if f, ok := v.(float64); ok && f != f {
		return ".nan", true // NaN != NaN: a map could not find it again
	}
	return v, true
}

// isMergeKey is go-yaml v2's isMerge: a plain << or one tagged !!merge.
func isMergeKey(k *yaml.Node) bool {
	if k.Kind != yaml.ScalarNode || k.Value != "<<" {
		return false
	}
	if k.Style&yaml.TaggedStyle != 0 {
		return k.Tag == "!!merge"
	}
	return k.Style == 0
}

// merge is go-yaml v2's merge: a mapping, or a list of mappings of which
// the earlier take precedence (so they are set last).
func (c *converter) merge(v *yaml.Node, e *mapEntries) {
	items := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		items = nil
		for i := len(v.Content) - 1; i >= 0; i-- {
			items = append(items, v.Content[i])
		}
	}
	for _, item := range items {
		m := item
		if m.Kind == yaml.AliasNode && m.Alias != nil {
			m = m.Alias
		}
		if m.Kind != yaml.MappingNode || c.active[item] {
			c.fail("map merge requires map or sequence of maps as the value")
			return
		}
		c.active[item] = true
		c.collect(m, e)
		delete(c.active, item)
	}
}

// keyString is sigs.k8s.io/yaml's conversion of a YAML key to a JSON
// object key; null and unsigned keys are unsupported there too.
func keyString(k any) (string, bool) {
	switch k := k.(type) {
	case string:
		return k, true
	case int:
		return strconv.Itoa(k), true
	case float64:
		return yamlFloatString(k), true
	case bool:
		return strconv.FormatBool(k), true
	}
	return "", false
}

// yamlFloatString formats a float as go-yaml v2 does when marshalling
// (and sigs.k8s.io/yaml for keys): float32 precision, .inf, .nan.
func yamlFloatString(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 32)
	switch s {
	case "+Inf":
		return ".inf"
	case "-Inf":
		return "-.inf"
	case "NaN":
		return ".nan"
	}
	return s
}

// stringForTarget is sigs.k8s.io/yaml's coercion of a number or boolean
// decoded into a string: `command: [true]` is the string "true".
func stringForTarget(v any) any {
	switch v := v.(type) {
	case int:
		return strconv.Itoa(v)
	case uint64:
		return strconv.FormatUint(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 32)
	case bool:
		return strconv.FormatBool(v)
	}
	return v
}
