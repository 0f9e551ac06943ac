package console

import (
	"encoding/json"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// marshalYAML writes a JSON-shaped value (maps, slices, strings, numbers,
// booleans, nil) as kubectl -o yaml prints it: keys sorted, two-space
// indentation, list items at their parent's indentation, plain scalars
// unless YAML would read them as something else. It replaces a YAML
// library here: the course page ships this package in its wasm, and
// sigs.k8s.io/yaml would add about 236 KB gzip for printing alone.
func marshalYAML(v any) string {
	var b strings.Builder
	writeYAML(&b, v, 0, false)
	return b.String()
}

func writeYAML(b *strings.Builder, v any, indent int, inList bool) {
	pad := strings.Repeat(" ", indent)
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 {
			b.WriteString("{}\n")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for i, k := range keys {
			if i > 0 || !inList {
				b.WriteString(pad)
			}
			b.WriteString(scalar(k) + ":")
			writeValue(b, x[k], indent)
		}
	case []any:
		if len(x) == 0 {
			b.WriteString("[]\n")
			return
		}
		for i, e := range x {
			if i > 0 || !inList {
				b.WriteString(pad)
			}
			b.WriteString("- ")
			if isCollection(e) && !isEmpty(e) {
				writeYAML(b, e, indent+2, true)
			} else {
				b.WriteString(inline(e) + "\n")
			}
		}
	default:
		b.WriteString(inline(v) + "\n")
	}
}

// writeValue writes the value after "key:": inline for scalars and empty
// collections, on the next lines for the rest (lists at the key's
// indentation, maps two deeper).
func writeValue(b *strings.Builder, v any, indent int) {
	if !isCollection(v) || isEmpty(v) {
		b.WriteString(" " + inline(v) + "\n")
		return
	}
	b.WriteString("\n")
	if _, ok := v.([]any); ok {
		writeYAML(b, v, indent, false)
		return
	}
	writeYAML(b, v, indent+2, false)
}

func isCollection(v any) bool {
	switch v.(type) {
	case map[string]any, []any:
		return true
	}
	return false
}

func isEmpty(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		return len(x) == 0
	case []any:
		return len(x) == 0
	}
	return false
}

func inline(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return scalar(x)
	case bool:
		return strconv.FormatBool(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case map[string]any:
		return "{}"
	case []any:
		return "[]"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// plainUnsafe matches strings YAML would not read back as the same string
// when written plain: YAML 1.1 booleans and nulls, indicators at the
// start, ": " or " #" inside, line breaks, blanks at either end.
var plainUnsafe = regexp.MustCompile(`^$|^(?i:y|n|yes|no|true|false|on|off|null|~)$|^[-?:,\[\]{}#&*!|>'"%@` + "`" + `\s]|: | #|[\n\t]|\s$|:$`)

// numeric matches what YAML 1.1 reads as a number or a timestamp:
// decimal, octal and hexadecimal integers, floats, sexagesimal ("1:20"),
// .inf/.nan, and dates ("2025-06-01T09:00:00Z").
var numeric = regexp.MustCompile(`^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?$|^[-+]?([0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|\.[0-9_]+([eE][-+]?[0-9]+)?|0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|\.(?i:inf|nan))$`)

// scalar writes a string plain when that is safe, else double-quoted as
// JSON quotes it (YAML reads JSON strings).
func scalar(s string) string {
	if plainUnsafe.MatchString(s) || numeric.MatchString(s) {
		q, _ := json.Marshal(s)
		return string(q)
	}
	return s
}
