package api

import (
	"encoding/json"
	"math"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// scalarKind is what a YAML scalar means once resolved.
type scalarKind int

const (
	scalarString scalarKind = iota
	scalarNull
	scalarBool
	scalarInt
	scalarFloat
)

func (k scalarKind) String() string {
	return [...]string{"string", "null", "bool", "integer", "number"}[k]
}

// scalar is a resolved plain or quoted YAML scalar.
type scalar struct {
	kind scalarKind
	text string // as written
	b    bool
	i    int64
	f    float64
}

// yaml11Bools are YAML 1.1's booleans. kubectl converts YAML to JSON with
// go-yaml v2 (sigs.k8s.io/yaml.YAMLToJSON), a YAML 1.1 parser, so
// `value: yes` reaches the API server as true, not "yes".
var yaml11Bools = map[string]bool{
	"y": true, "Y": true, "yes": true, "Yes": true, "YES": true,
	"true": true, "True": true, "TRUE": true, "on": true, "On": true, "ON": true,
	"n": false, "N": false, "no": false, "No": false, "NO": false,
	"false": false, "False": false, "FALSE": false, "off": false, "Off": false, "OFF": false,
}

// yaml11Float is go-yaml v2's yamlStyleFloat (resolve.go).
var yaml11Float = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

// resolveScalar reads n as go-yaml v2's resolve (resolve.go) does: quoted
// and block scalars are strings; plain ones may be null, bool, int (with
// YAML 1.1 octal: 0777 is 511, as the API server reads it) or float.
func resolveScalar(n *yaml.Node) scalar {
	s := scalar{text: n.Value}
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return s
	}
	// go-yaml v3 resolves plain scalars itself (as YAML 1.2: yes is a
	// string there); only an explicit !!str keeps a plain scalar a string.
	if n.Style&yaml.TaggedStyle != 0 && (n.Tag == "!!str" || n.Tag == "tag:yaml.org,2002:str") {
		return s
	}
	return resolvePlain(n.Value)
}

func resolvePlain(in string) scalar {
	s := scalar{text: in}
	switch in {
	case "", "~", "null", "Null", "NULL":
		s.kind = scalarNull
		return s
	case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
		return scalar{kind: scalarFloat, text: in, f: math.Inf(1)}
	case "-.inf", "-.Inf", "-.INF":
		return scalar{kind: scalarFloat, text: in, f: math.Inf(-1)}
	case ".nan", ".NaN", ".NAN":
		return scalar{kind: scalarFloat, text: in, f: math.NaN()}
	}
	if b, ok := yaml11Bools[in]; ok {
		return scalar{kind: scalarBool, text: in, b: b}
	}
	return resolveNumber(in)
}

func resolveNumber(in string) scalar {
	s := scalar{text: in}
	if in == "" || !strings.ContainsAny(in[:1], "+-.0123456789") {
		return s
	}
	plain := strings.ReplaceAll(in, "_", "")
	if i, err := strconv.ParseInt(plain, 0, 64); err == nil {
		return scalar{kind: scalarInt, text: in, i: i}
	}
	if yaml11Float.MatchString(plain) {
		if f, err := strconv.ParseFloat(plain, 64); err == nil {
			return scalar{kind: scalarFloat, text: in, f: f}
		}
	}
	if bin, ok := strings.CutPrefix(plain, "0b"); ok {
		if i, err := strconv.ParseInt(bin, 2, 64); err == nil {
			return scalar{kind: scalarInt, text: in, i: i}
		}
	}
	return s
}

// float is the number's value (0 for anything else).
func (s scalar) float() float64 {
	if s.kind == scalarInt {
		return float64(s.i)
	}
	return s.f
}

// jsonInt is the integer a resolved number becomes after kubectl's
// YAML-to-JSON step: integers as they are, and floats only when
// encoding/json spells them as an integer (1e3 is 1000, 1.5 is not).
func (s scalar) jsonInt() (int64, bool) {
	switch s.kind {
	case scalarInt:
		return s.i, true
	case scalarFloat:
		i, err := strconv.ParseInt(s.jsonText(), 10, 64)
		return i, err == nil
	}
	return 0, false
}

// jsonText is the number as kubectl's YAML-to-JSON step spells it, which
// is what resource.Quantity's UnmarshalJSON then parses.
func (s scalar) jsonText() string {
	switch s.kind {
	case scalarInt:
		return strconv.FormatInt(s.i, 10)
	case scalarFloat:
		b, err := json.Marshal(s.f)
		if err != nil { // NaN and infinities have no JSON form
			return s.text
		}
		return string(b)
	}
	return s.text
}
