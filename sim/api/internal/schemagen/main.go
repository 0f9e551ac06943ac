// Command schemagen writes sim/api/schema_gen.go: the field schema of
// every API type reachable from Pod, ConfigMap, Secret, ServiceAccount and
// Node, read by reflection from k8s.io/api (with the enum values of its
// +enum types, parsed from its source), and whether Podlab's own types in
// sim/api model each field.
//
// Only this generator imports k8s.io/api; sim/api never does, so the
// 2 MB it would add stays out of the wasm.
//
//	go generate ./sim/api
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"reflect"
	"sort"
	"strings"

	corev1 "k8s.io/api/core/v1"

	"github.com/podlab/podlab/sim/api"
)

// roots pairs each simulated kind with Podlab's mirror of it.
var roots = []struct{ k8s, podlab any }{
	{corev1.Pod{}, api.Pod{}},
	{corev1.ConfigMap{}, api.ConfigMap{}},
	{corev1.Secret{}, api.Secret{}},
	{corev1.ServiceAccount{}, api.ServiceAccount{}},
	{corev1.Node{}, api.Node{}},
}

// documentedEnums are string types without a +enum marker whose values
// the API documents (and validation enforces).
var documentedEnums = map[string][]string{
	// ContainerRestartPolicy's doc; validation allows only Always on init
	// containers unless the ContainerRestartRules gate is on.
	"ContainerRestartPolicy": {"Always", "OnFailure", "Never"},
	// StorageMedium: "" is the node's default medium.
	"StorageMedium": {"", "Memory", "HugePages"},
	// SecretType: the built-in types (any other string is allowed too,
	// so only the editor offers these; Podlab models Secret.type).
	"SecretType": {"Opaque", "kubernetes.io/service-account-token", "kubernetes.io/dockercfg",
		"kubernetes.io/dockerconfigjson", "kubernetes.io/basic-auth", "kubernetes.io/ssh-auth",
		"kubernetes.io/tls", "bootstrap.kubernetes.io/token"},
}

func main() {
	out := flag.String("o", "schema_gen.go", "output file")
	flag.Parse()
	enums, err := readEnums()
	if err != nil {
		log.Fatal(err)
	}
	g := &gen{enums: enums, types: map[string]*typeEntry{}}
	for _, r := range roots {
		g.walk(reflect.TypeOf(r.k8s), reflect.TypeOf(r.podlab))
	}
	if len(g.errs) > 0 {
		log.Fatal(strings.Join(g.errs, "\n"))
	}
	src, err := format.Source(g.source())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

type typeEntry struct {
	name   string
	fields []api.Field
	paired bool // walked alongside a Podlab type
}

type gen struct {
	enums map[string][]string
	types map[string]*typeEntry
	pkgOf map[string]string
	errs  []string
}

// walk records the struct type t and, recursively, every struct type its
// fields reach; pt is Podlab's mirror of t (nil where Podlab models none).
// A type first reached on an unmodelled path (ObjectMeta inside a PVC
// template) is walked again when a modelled path reaches it.
func (g *gen) walk(t, pt reflect.Type) {
	if e, done := g.types[t.Name()]; done {
		g.checkSameType(t)
		if e.paired || pt == nil {
			return
		}
	}
	e := &typeEntry{name: t.Name(), paired: pt != nil}
	g.types[t.Name()] = e
	g.remember(t)
	podlab := jsonFields(pt)
	k8s := jsonFields(t)
	for _, sf := range orderedFields(t) {
		name := jsonName(sf)
		psf, modelled := podlab[name]
		e.fields = append(e.fields, g.field(t, sf, name, psf.Type, modelled))
	}
	for name := range podlab {
		if _, ok := k8s[name]; !ok {
			g.errs = append(g.errs, fmt.Sprintf("api.%s has field %q that core/v1 %s lacks", pt.Name(), name, t.Name()))
		}
	}
}

func (g *gen) field(owner reflect.Type, sf reflect.StructField, name string, pt reflect.Type, modelled bool) api.Field {
	ft := deref(sf.Type)
	f := api.Field{Name: name, Doc: firstSentences(docOf(owner, name)), Simulated: modelled}
	f.Type, f.Elem = g.kind(ft, deref(pt))
	if ft.Kind() == reflect.String {
		f.Enum = g.enums[ft.Name()]
		if f.Enum == nil {
			f.Enum = documentedEnums[ft.Name()]
		}
	}
	return f
}

// kind is the schema kind of t and its element, walking into struct
// types; pt is Podlab's type for the same field, if any.
func (g *gen) kind(t, pt reflect.Type) (kind, elem string) {
	if k := special(t); k != "" {
		return k, ""
	}
	switch t.Kind() {
	case reflect.Struct:
		g.walk(t, structOrNil(pt))
		return "object", t.Name()
	case reflect.Slice, reflect.Map:
		et := deref(t.Elem())
		var pet reflect.Type
		if pt != nil && (pt.Kind() == reflect.Slice || pt.Kind() == reflect.Map) {
			pet = deref(pt.Elem())
		}
		ek, ee := g.kind(et, pet)
		if ek == "object" {
			ek = ee
		} else if ek == "list" || ek == "map" {
			ek = "any"
		}
		if t.Kind() == reflect.Slice {
			return "list", ek
		}
		return "map", ek
	}
	return scalarKind(t), ""
}

// special is the kind of the apimachinery types with their own JSON form.
func special(t reflect.Type) string {
	switch t.PkgPath() + "." + t.Name() {
	case "k8s.io/apimachinery/pkg/api/resource.Quantity":
		return "quantity"
	case "k8s.io/apimachinery/pkg/util/intstr.IntOrString":
		return "int-or-string"
	case "k8s.io/apimachinery/pkg/apis/meta/v1.Time", "k8s.io/apimachinery/pkg/apis/meta/v1.MicroTime":
		return "string"
	case "k8s.io/apimachinery/pkg/apis/meta/v1.FieldsV1", "k8s.io/apimachinery/pkg/runtime.RawExtension":
		return "any"
	}
	if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
		return "bytes"
	}
	return ""
}

func scalarKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Int, reflect.Int32, reflect.Int64, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Int16:
		return "integer"
	case reflect.Float32, reflect.Float64:
		return "number"
	}
	return "any"
}

func structOrNil(t reflect.Type) reflect.Type {
	if t != nil && t.Kind() == reflect.Struct {
		return t
	}
	return nil
}

func deref(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

func (g *gen) remember(t reflect.Type) {
	if g.pkgOf == nil {
		g.pkgOf = map[string]string{}
	}
	g.pkgOf[t.Name()] = t.PkgPath()
}

// checkSameType fails on two API types of one name from two packages,
// which the schema's flat namespace could not tell apart.
func (g *gen) checkSameType(t reflect.Type) {
	if p := g.pkgOf[t.Name()]; p != t.PkgPath() {
		g.errs = append(g.errs, fmt.Sprintf("type name %s in both %s and %s", t.Name(), p, t.PkgPath()))
	}
}

// jsonFields are t's fields by json name, ",inline" embedded structs
// flattened; nil t has none.
func jsonFields(t reflect.Type) map[string]reflect.StructField {
	out := map[string]reflect.StructField{}
	if t == nil {
		return out
	}
	for _, sf := range orderedFields(t) {
		out[jsonName(sf)] = sf
	}
	return out
}

// orderedFields are t's json fields in declaration order.
func orderedFields(t reflect.Type) []reflect.StructField {
	var out []reflect.StructField
	for i := range t.NumField() {
		sf := t.Field(i)
		name := jsonName(sf)
		switch {
		case name == "-" || !sf.IsExported():
		case name == "" && sf.Anonymous:
			for _, inner := range orderedFields(sf.Type) {
				inner.Index = append([]int{i}, inner.Index...)
				out = append(out, inner)
			}
		case name != "":
			out = append(out, sf)
		}
	}
	return out
}

func jsonName(sf reflect.StructField) string {
	name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
	return name
}

// docOf is the API's description of field name of owner (its
// SwaggerDoc); for a field of an inlined struct it looks there too.
func docOf(owner reflect.Type, name string) string {
	for _, sf := range orderedFields(owner) {
		if jsonName(sf) != name {
			continue
		}
		holder := owner
		if len(sf.Index) > 1 {
			holder = owner.FieldByIndex(sf.Index[:len(sf.Index)-1]).Type
		}
		if d, ok := reflect.Zero(holder).Interface().(interface{ SwaggerDoc() map[string]string }); ok {
			return d.SwaggerDoc()[name]
		}
	}
	return ""
}

// firstSentences keeps the description short for the wasm: its first two
// sentences, without "More info:" links.
func firstSentences(doc string) string {
	doc, _, _ = strings.Cut(doc, "\n")
	doc, _, _ = strings.Cut(doc, " More info:")
	doc, _, _ = strings.Cut(doc, "More info:")
	var b strings.Builder
	for n := 0; n < 2 && doc != ""; n++ {
		i := strings.Index(doc, ". ")
		if i < 0 {
			b.WriteString(doc)
			break
		}
		b.WriteString(doc[:i+1])
		doc = doc[i+2:]
		if n == 0 && doc != "" {
			b.WriteString(" ")
		}
	}
	return strings.TrimSpace(b.String())
}

func (g *gen) source() []byte {
	var names []string
	for n := range g.types {
		names = append(names, n)
	}
	sort.Strings(names)
	var b bytes.Buffer
	b.WriteString("// Code generated by internal/schemagen from k8s.io/api " + apiVersion + "; DO NOT EDIT.\n\npackage api\n\n")
	b.WriteString("var schemaTypes = []schemaType{\n")
	for _, n := range names {
		fmt.Fprintf(&b, "{%q, []Field{\n", n)
		for _, f := range g.types[n].fields {
			enum := "nil"
			if len(f.Enum) > 0 {
				enum = fmt.Sprintf("%#v", f.Enum)
			}
			fmt.Fprintf(&b, "{%q, %q, %q, %s, %q, %v},\n", f.Name, f.Type, f.Elem, enum, f.Doc, f.Simulated)
		}
		b.WriteString("}},\n")
	}
	b.WriteString("}\n")
	return b.Bytes()
}
