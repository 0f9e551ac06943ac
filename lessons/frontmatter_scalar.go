package lessons

import (
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// scalarValue is a YAML scalar as go-yaml v2 decodes it into an
// interface{} (decode.go, scalar): quoted and block scalars are strings,
// plain ones resolve as YAML 1.1 (resolve.go): nil, bool, int, uint64,
// float64 or string. Timestamps stay strings, as v2 keeps them for an
// interface{}.
func scalarValue(n *yaml.Node) (any, error) {
	if n.Style&yaml.TaggedStyle != 0 {
		return taggedValue(n.Tag, n.Value)
	}
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return n.Value, nil
	}
	return resolvePlain(n.Value), nil
}

// yaml11Words are the plain scalars go-yaml v2 looks up by name.
var yaml11Words = map[string]any{
	"y": true, "Y": true, "yes": true, "Yes": true, "YES": true,
	"true": true, "True": true, "TRUE": true, "on": true, "On": true, "ON": true,
	"n": false, "N": false, "no": false, "No": false, "NO": false,
	"false": false, "False": false, "FALSE": false, "off": false, "Off": false, "OFF": false,
	"": nil, "~": nil, "null": nil, "Null": nil, "NULL": nil,
	".nan": math.NaN(), ".NaN": math.NaN(), ".NAN": math.NaN(),
	".inf": math.Inf(1), ".Inf": math.Inf(1), ".INF": math.Inf(1),
	"+.inf": math.Inf(1), "+.Inf": math.Inf(1), "+.INF": math.Inf(1),
	"-.inf": math.Inf(-1), "-.Inf": math.Inf(-1), "-.INF": math.Inf(-1),
}

// yamlStyleFloat is go-yaml v2's (resolve.go).
var yamlStyleFloat = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

// resolvePlain is go-yaml v2's resolve for an untagged plain scalar: its
// first character says what it may be (resolveTable).
func resolvePlain(in string) any {
	if in != "" && !strings.ContainsRune("+-0123456789yYnNtTfFoO~.", rune(in[0])) {
		return in
	}
	if v, ok := yaml11Words[in]; ok {
		return v
	}
	switch {
	case in[0] == '.':
		if f, err := strconv.ParseFloat(in, 64); err == nil {
			return f
		}
	case strings.ContainsRune("+-0123456789", rune(in[0])):
		if v, ok := resolveNumber(in); ok {
			return v
		}
	}
	return in
}

// resolveNumber: underscores are ignored; 0x, 0o, 0b and a leading 0
// (octal) are read as Go's strconv reads them with base 0.
func resolveNumber(in string) (any, bool) {
	plain := strings.ReplaceAll(in, "_", "")
	if i, err := strconv.ParseInt(plain, 0, 64); err == nil {
		return int(i), true
	}
	if u, err := strconv.ParseUint(plain, 0, 64); err == nil {
		return u, true
	}
	if yamlStyleFloat.MatchString(plain) {
		if f, err := strconv.ParseFloat(plain, 64); err == nil {
			return f, true
		}
	}
	return nil, false
}

// taggedValue is go-yaml v2's resolve for an explicitly tagged scalar:
// !!str and unknown tags keep the text, !!binary is base64, the others
// must resolve to their own kind (an int passes for a !!float).
func taggedValue(tag, in string) (any, error) {
	switch tag {
	case "!!str", "!!timestamp":
		return in, nil
	case "!!binary":
		b, err := base64.StdEncoding.DecodeString(in)
		if err != nil {
			return nil, errors.New("!!binary value contains invalid base64 data")
		}
		return string(b), nil
	case "!!bool", "!!int", "!!float", "!!null":
	default:
		return in, nil
	}
	v := resolvePlain(in)
	got := resolvedTag(v)
	if tag == "!!float" && got == "!!int" {
		if i, ok := v.(int); ok {
			return float64(i), nil
		}
	}
	if got != tag {
		return nil, fmt.Errorf("cannot decode %s `%s` as a %s", got, in, tag)
	}
	return v, nil
}

func resolvedTag(v any) string {
	switch v.(type) {
	case nil:
		return "!!null"
	case bool:
		return "!!bool"
	case int, uint64:
		return "!!int"
	case float64:
		return "!!float"
	}
	return "!!str"
}
