package console

import (
	"errors"
	"strings"
)

// splitWords splits a console line into words as a POSIX shell would for
// a simple command: blanks separate words, single quotes keep everything,
// double quotes keep all but \" and \\, a backslash escapes one character.
// It reports whether the line holds shell syntax kubectl lines never need
// (redirections, pipes, ;, &&), so such a line can go to the workstation
// shell instead.
func splitWords(line string) (words []string, shellish bool, err error) {
	var cur strings.Builder
	inWord := false
	flush := func() {
		if inWord {
			words = append(words, cur.String())
			cur.Reset()
			inWord = false
		}
	}
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == ' ' || c == '\t':
			flush()
		case c == '\'':
			j := strings.IndexByte(line[i+1:], '\'')
			if j < 0 {
				return nil, false, errors.New("unterminated quoted string")
			}
			cur.WriteString(line[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == '"':
			n, err := readDoubleQuoted(line[i+1:], &cur)
			if err != nil {
				return nil, false, err
			}
			i += n + 1
			inWord = true
		case c == '\\' && i+1 < len(line):
			i++
			cur.WriteByte(line[i])
			inWord = true
		case strings.IndexByte("|;&<>`$(", c) >= 0:
			shellish = true
			cur.WriteByte(c)
			inWord = true
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	flush()
	return words, shellish, nil
}

// readDoubleQuoted reads up to the closing quote of s, unescaping \" and
// \\; it returns how many bytes it consumed, the quote included.
func readDoubleQuoted(s string, out *strings.Builder) (int, error) {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			return i + 1, nil
		case s[i] == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\'):
			i++
			out.WriteByte(s[i])
		default:
			out.WriteByte(s[i])
		}
	}
	return 0, errors.New("unterminated quoted string")
}
