package kubelet

import "strings"

// The $(VAR) syntax of command, args and env values, mirroring
// third_party/forked/golang/expansion/expand.go.
const (
	operator        = '$'
	referenceOpener = '('
	referenceCloser = ')'
)

// MappingFuncFor mirrors expansion.MappingFuncFor: the first context that
// defines a name wins; an unknown name stays as written, "$(NAME)".
func MappingFuncFor(context ...map[string]string) func(string) string {
	return func(input string) string {
		for _, vars := range context {
			if v, ok := vars[input]; ok {
				return v
			}
		}
		return string(operator) + string(referenceOpener) + input + string(referenceCloser)
	}
}

// Expand mirrors expansion.Expand: $(NAME) is replaced through mapping,
// $$ is an escaped $, and anything else after a $ is kept as written.
func Expand(input string, mapping func(string) string) string {
	var buf strings.Builder
	checkpoint := 0
	for cursor := 0; cursor < len(input); cursor++ {
		if input[cursor] == operator && cursor+1 < len(input) {
			buf.WriteString(input[checkpoint:cursor])
			read, isVar, advance := tryReadVariableName(input[cursor+1:])
			if isVar {
				buf.WriteString(mapping(read))
			} else {
				buf.WriteString(read)
			}
			cursor += advance
			checkpoint = cursor + 1
		}
	}
	return buf.String() + input[checkpoint:]
}

// tryReadVariableName mirrors expansion.tryReadVariableName; input does not
// start with the operator.
func tryReadVariableName(input string) (string, bool, int) {
	switch input[0] {
	case operator:
		return input[0:1], false, 1
	case referenceOpener:
		for i := 1; i < len(input); i++ {
			if input[i] == referenceCloser {
				return input[1:i], true, i + 1
			}
		}
		return string(operator) + string(referenceOpener), false, 1
	default:
		return string(operator) + string(input[0]), false, 1
	}
}
