package api

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
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
	p.objs.NotSimulated = append(p.d.notes, p.objs.NotSimulated...)
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

// simulatedKinds are the core/v1 kinds Podlab models.
var simulatedKinds = map[string]bool{"Pod": true, "ConfigMap": true, "Secret": true, "ServiceAccount": true, "Node": true}

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

// skipped accepts a built-in kind Podlab does not simulate, or rejects an
// unknown one as kubectl does when no API serves it.
func (p *parser) skipped(root, kind, apiVersion *yaml.Node) {
	if !otherKinds[kind.Value] {
		msg := fmt.Sprintf("no matches for kind %q in version %q", kind.Value, apiVersion.Value)
		if s := suggest(kind.Value, knownKinds()); s != "" {
			msg += fmt.Sprintf(", did you mean %q?", s)
		}
		p.d.errorAt(kind, "kind", msg)
		return
	}
	name := ""
	if md := topMapping(root, "metadata"); md != nil {
		if n := topScalar(md, "name"); n != nil {
			name = n.Value
		}
	}
	p.objs.Skipped = append(p.objs.Skipped, SkippedObject{Kind: kind.Value, Name: name, Line: root.Line})
	p.objs.NotSimulated = append(p.objs.NotSimulated, Diagnostic{Line: kind.Line, Col: kind.Column, Field: "kind",
		Message: fmt.Sprintf("not simulated: %s %q is accepted but Podlab does not model %s objects", kind.Value, name, kind.Value)})
}

func topMapping(root *yaml.Node, name string) *yaml.Node {
	if n := topNode(root, name); n != nil && n.Kind == yaml.MappingNode {
		return n
	}
	return nil
}

// otherKinds are built-in kinds a docs example may hold that Podlab
// accepts without simulating them.
var otherKinds = map[string]bool{
	"LimitRange": true, "ResourceQuota": true, "PersistentVolume": true, "PersistentVolumeClaim": true,
	"Service": true, "Namespace": true, "Endpoints": true, "ReplicationController": true,
	"Deployment": true, "ReplicaSet": true, "StatefulSet": true, "DaemonSet": true,
	"Job": true, "CronJob": true, "Ingress": true, "NetworkPolicy": true, "PodDisruptionBudget": true,
	"HorizontalPodAutoscaler": true, "Role": true, "RoleBinding": true, "ClusterRole": true,
	"ClusterRoleBinding": true, "StorageClass": true, "PriorityClass": true, "RuntimeClass": true,
	"PodTemplate": true, "Event": true,
}

func knownKinds() []string {
	var out []string
	for k := range simulatedKinds {
		out = append(out, k)
	}
	for k := range otherKinds {
		out = append(out, k)
	}
	return sortedUnique(out)
}

// yamlLine finds "line N" in go-yaml's error text.
var yamlLine = regexp.MustCompile(`line (\d+)`)

// syntaxDiagnostic turns go-yaml's "yaml: line 5: did not find expected
// key" into a Diagnostic. go-yaml names the line where the enclosing
// block began, not the line at fault, and no column; so the line is the
// first one at which the source stops parsing (when that is later), and
// the column that line's first non-blank character.
func syntaxDiagnostic(err error, src []byte) Diagnostic {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	d := Diagnostic{Message: "YAML syntax error: " + msg}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		d.Line, _ = strconv.Atoi(m[1])
		d.Message = "YAML syntax error: " + strings.TrimPrefix(msg, m[0]+": ")
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	d.Line = max(d.Line, firstFailingLine(lines))
	d.Line = min(max(d.Line, 1), len(lines))
	d.Col = firstColumn(lines, d.Line)
	return d
}

// firstFailingLine is the smallest n such that the first n lines do not
// parse (a binary search: a prefix of valid YAML parses), 0 if none.
func firstFailingLine(lines [][]byte) int {
	lo, hi := 1, len(lines)
	if hi == 0 || parses(bytes.Join(lines, nil)) {
		return 0
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if parses(bytes.Join(lines[:mid], nil)) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func parses(src []byte) bool {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var n yaml.Node
		err := dec.Decode(&n)
		if errors.Is(err, io.EOF) {
			return true
		}
		if err != nil {
			return false
		}
	}
}

// firstColumn is the 1-based column of the first non-blank byte of line.
func firstColumn(lines [][]byte, line int) int {
	if line < 1 || line > len(lines) {
		return 1
	}
	l := bytes.TrimRight(lines[line-1], "\r\n")
	return len(l) - len(bytes.TrimLeft(l, " \t")) + 1
}
