package console

import (
	"fmt"
	"strings"

	"github.com/podlab/podlab/sim/api"
)

// explain prints `kubectl explain RESOURCE[.field...]` in the layout of
// kubectl's OpenAPI v3 template (pkg/explain/v2/templates/plaintext.tmpl):
// KIND, VERSION, FIELD with its type, DESCRIPTION, then the FIELDS of an
// object, each with its type and description. The schema is generated
// from k8s.io/api, so the text is the API's own.
func explain(arg string, recursive bool) (string, error) {
	res, path, _ := strings.Cut(arg, ".")
	r, ok := lookupResource(res)
	if !ok || r.kind == "Event" {
		return "", clientError("the server doesn't have a resource type %q", res)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "KIND:       %s\nVERSION:    v1\n\n", r.kind)
	elem := r.kind
	if path != "" {
		f, ok := api.Lookup(r.kind, path)
		if !ok {
			return "", clientError("field %q does not exist", lastStep(path))
		}
		fmt.Fprintf(&b, "FIELD: %s <%s>\n", f.Name, typeName(f))
		writeEnum(&b, f.Enum, "")
		fmt.Fprintf(&b, "\nDESCRIPTION:\n%s\n", indent(f.Doc, "    "))
		elem = elemType(f)
	} else {
		fmt.Fprintf(&b, "DESCRIPTION:\n%s\n", indent(kindDoc(r.kind), "    "))
	}
	if fields := api.Fields(elem); len(fields) > 0 {
		b.WriteString("\nFIELDS:\n")
		writeFields(&b, fields, "  ", recursive, 0)
	}
	return b.String(), nil
}

func writeFields(b *strings.Builder, fields []api.Field, ind string, recursive bool, depth int) {
	for _, f := range fields {
		if recursive {
			fmt.Fprintf(b, "%s%s\t<%s>\n", ind, f.Name, typeName(f))
			if sub := api.Fields(elemType(f)); len(sub) > 0 && depth < 12 {
				writeFields(b, sub, ind+"  ", true, depth+1)
			}
			continue
		}
		fmt.Fprintf(b, "%s%s\t<%s>\n", ind, f.Name, typeName(f))
		writeEnum(b, f.Enum, ind)
		fmt.Fprintf(b, "%s\n\n", indent(f.Doc, ind+"  "))
	}
}

func writeEnum(b *strings.Builder, enum []string, ind string) {
	if len(enum) == 0 {
		return
	}
	fmt.Fprintf(b, "%sENUM:\n", ind)
	for _, e := range enum {
		fmt.Fprintf(b, "%s    %s\n", ind, e)
	}
}

// typeName is how explain names a field's type: the Go type name of an
// object, []T for lists, map[string]T for maps.
func typeName(f api.Field) string {
	switch f.Type {
	case "object":
		return f.Elem
	case "list":
		return "[]" + f.Elem
	case "map":
		return "map[string]" + f.Elem
	case "quantity":
		return "Quantity"
	case "int-or-string":
		return "IntOrString"
	case "bytes":
		return "string"
	case "any":
		return "Object"
	}
	return f.Type
}

func elemType(f api.Field) string {
	if f.Type == "object" || f.Type == "list" || f.Type == "map" {
		return f.Elem
	}
	return ""
}

func lastStep(path string) string {
	return path[strings.LastIndexByte(path, '.')+1:]
}

func indent(text, ind string) string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	for i, l := range lines {
		lines[i] = ind + l
	}
	return strings.Join(lines, "\n")
}

// kindDoc is the top-level description kubectl explain prints for a kind.
func kindDoc(kind string) string {
	switch kind {
	case "Pod":
		return "Pod is a collection of containers that can run on a host. This resource is\ncreated by clients and scheduled onto hosts."
	case "Node":
		return "Node is a worker node in Kubernetes. Each node will have a unique identifier\nin the cache (i.e. in etcd)."
	case "Secret":
		return "Secret holds secret data of a certain type. The total bytes of the values in\nthe Data field must be less than MaxSecretSize bytes."
	case "ConfigMap":
		return "ConfigMap holds configuration data for pods to consume."
	case "ServiceAccount":
		return "ServiceAccount binds together: * a name, understood by users, and perhaps by\nperipheral systems, for an identity * a principal that can be authenticated\nand authorized * a set of secrets"
	}
	return ""
}
