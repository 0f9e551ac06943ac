package api

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Parse reads one or more YAML documents ("---"), block style or the
// flow style of KYAML ("{ ... }"), into Objects, as kubectl and the API
// server would read them: strictly (an unknown field, or one in the wrong
// case, is an error with a suggestion), with YAML 1.1 scalars (0777 is
// 511) and base64 Secret data. Every problem is a Diagnostic at its line
// and column; the error is an ErrorList. Fields of the real API that
// Podlab does not model, and kinds it does not simulate, are accepted and
// listed in NotSimulated and Skipped.
func Parse(src []byte) (Objects, error) {
	p := parser{objs: Objects{pos: map[ObjectRef]positions{}, unmodelled: map[ObjectRef][]string{}}, d: newDecoder()}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			p.d.errs = append(p.d.errs, syntaxDiagnostic(err, src))
			break
		}
		p.document(&doc)
	}
	p.objs.NotSimulated = p.d.notes
	if len(p.d.errs) > 0 {
		return p.objs, p.d.errs
	}
	return p.objs, nil
}

type parser struct {
	objs Objects
	d    *decoder
}

func (p *parser) document(doc *yaml.Node) {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return
	}
	p.object(doc.Content[0])
}

// object reads one object (a document's root, or an item of a List).
func (p *parser) object(root *yaml.Node) {
	root = p.d.resolve(root)
	if root == nil || isNull(root) {
		return // an empty document, as between "---" and "---"
	}
	if root.Kind != yaml.MappingNode {
		p.d.errorAt(root, "", fmt.Sprintf("expected an object with apiVersion and kind, got %s", nodeKind(root)))
		return
	}
	kind, apiVersion := topScalar(root, "kind"), topScalar(root, "apiVersion")
	switch {
	case kind == nil:
		p.d.errorAt(root, "kind", "Required value")
	case apiVersion == nil:
		p.d.errorAt(root, "apiVersion", "Required value")
	case kind.Value == "List" && apiVersion.Value == "v1":
		p.list(root)
	case simulatedKinds[kind.Value]:
		p.simulated(root, kind, apiVersion)
	default:
		p.skipped(root, kind, apiVersion)
	}
}

// list reads a v1 List (what `kubectl get -o yaml` prints for several
// objects): each of its items is an object.
func (p *parser) list(root *yaml.Node) {
	items := topNode(root, "items")
	if items == nil || isNull(items) {
		return
	}
	if items.Kind != yaml.SequenceNode {
		p.d.typeError(items, "items", "a list")
		return
	}
	for _, item := range items.Content {
		p.object(item)
	}
}

func topNode(root *yaml.Node, name string) *yaml.Node {
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == name {
			return root.Content[i+1]
		}
	}
	return nil
}

// topScalar is the scalar value of a top-level key, nil if absent.
func topScalar(root *yaml.Node, name string) *yaml.Node {
	if n := topNode(root, name); n != nil && n.Kind == yaml.ScalarNode {
		return n
	}
	return nil
}

func (p *parser) simulated(root, kind, apiVersion *yaml.Node) {
	if apiVersion.Value != "v1" {
		p.d.errorAt(apiVersion, "apiVersion", fmt.Sprintf("no matches for kind %q in version %q", kind.Value, apiVersion.Value))
		return
	}
	switch kind.Value {
	case "Pod":
		decodeObject(p, root, "Pod", &p.objs.Pods)
		i := len(p.objs.Pods) - 1
		markUnmodelledVolumes(&p.objs.Pods[i], p.objs.unmodelled[ObjectRef{"Pod", i}])
	case "ConfigMap":
		decodeObject(p, root, "ConfigMap", &p.objs.ConfigMaps)
	case "Secret":
		decodeObject(p, root, "Secret", &p.objs.Secrets)
		i := len(p.objs.Secrets) - 1
		mergeStringData(&p.objs.Secrets[i], p.objs.pos[ObjectRef{"Secret", i}])
	case "ServiceAccount":
		decodeObject(p, root, "ServiceAccount", &p.objs.ServiceAccounts)
	case "Node":
		decodeObject(p, root, "Node", &p.objs.Nodes)
	}
}

// decodeObject decodes root as one object of kind and appends it to list,
// remembering its field positions under its ObjectRef.
func decodeObject[T any](p *parser, root *yaml.Node, kind string, list *[]T) {
	var obj T
	p.d.pos, p.d.unmodelled = positions{}, nil
	p.d.decode(root, reflect.ValueOf(&obj).Elem(), "", kind)
	*list = append(*list, obj)
	ref := ObjectRef{kind, len(*list) - 1}
	p.objs.pos[ref] = p.d.pos
	if p.d.unmodelled != nil {
		p.objs.unmodelled[ref] = p.d.unmodelled
	}
}

// markUnmodelledVolumes records on each volume the source Podlab does not
// model, from the unmodelled paths "spec.volumes[2].image".
func markUnmodelledVolumes(p *Pod, unmodelled []string) {
	for i := range p.Spec.Volumes {
		prefix := index("spec.volumes", i) + "."
		for _, u := range unmodelled {
			if rest, ok := strings.CutPrefix(u, prefix); ok && !strings.ContainsAny(rest, ".[") {
				p.Spec.Volumes[i].NotSimulated = rest
			}
		}
	}
}

// mergeStringData folds stringData into data, stringData winning, as the
// API server's conversion of a v1 Secret does
// (pkg/apis/core/v1/conversion.go Convert_v1_Secret_To_core_Secret).
// A merged key's position is where stringData wrote it.
func mergeStringData(s *Secret, pos positions) {
	if len(s.StringData) == 0 {
		return
	}
	if s.Data == nil {
		s.Data = map[string][]byte{}
	}
	for k, v := range s.StringData {
		s.Data[k] = []byte(v)
		if p, ok := pos[key("stringData", k)]; ok {
			pos[key("data", k)] = p
		}
	}
	s.StringData = nil
}

func topMapping(root *yaml.Node, name string) *yaml.Node {
	if n := topNode(root, name); n != nil && n.Kind == yaml.MappingNode {
		return n
	}
	return nil
}
