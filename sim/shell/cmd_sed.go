package shell

import (
	"regexp"
	"strings"
)

// sedCmd is a small sed: -n, -e, -i, and the commands s/RE/REPL/[gp],
// d, p, and addresses N, $, /RE/.
func sedCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "niEr", "e")
	files := f.args
	script, ok := f.val['e']
	if !ok {
		if len(files) == 0 {
			e.errf("sed: no script specified\n")
			return 1
		}
		script, files = files[0], files[1:]
	}
	var cmds []sedCommand
	for _, part := range splitSedScript(script) {
		c, err := parseSedCommand(part, f.on['E'] || f.on['r'])
		if err != "" {
			e.errf("sed: %s\n", err)
			return 1
		}
		cmds = append(cmds, c)
	}
	run := func(data []byte) string {
		var b strings.Builder
		lines := splitLines(string(data))
		for i, l := range lines {
			out, del := l, false
			for _, c := range cmds {
				if !c.matches(i+1, len(lines), out) {
					continue
				}
				switch c.op {
				case 'd':
					del = true
				case 'p':
					b.WriteString(out + "\n")
				case 's':
					n := 1
					if c.global {
						n = -1
					}
					replaced := replaceN(c.re, out, c.repl, n)
					if replaced != out && c.print {
						b.WriteString(replaced + "\n")
					}
					out = replaced
				}
				if del {
					break
				}
			}
			if !del && !f.on['n'] {
				b.WriteString(out + "\n")
			}
		}
		return b.String()
	}
	if f.on['i'] {
		for _, n := range files {
			data, err := e.readPath(n)
			if err != nil {
				e.errf("sed: can't open '%s': %s\n", n, errText(err))
				return 1
			}
			if err := e.writePath(e.abs(n), []byte(run(data)), false); err != nil {
				e.errf("sed: can't create '%s': %s\n", n, errText(err))
				return 4
			}
		}
		return 0
	}
	return e.readInputs("sed", files, func(_ string, data []byte) { e.outf("%s", run(data)) })
}

type sedCommand struct {
	addrLine int // 0: none, -1: last line
	addrRE   *regexp.Regexp
	op       byte
	re       *regexp.Regexp
	repl     string
	global   bool
	print    bool
}

func (c sedCommand) matches(n, last int, line string) bool {
	switch {
	case c.addrRE != nil:
		return c.addrRE.MatchString(line)
	case c.addrLine == -1:
		return n == last
	case c.addrLine > 0:
		return n == c.addrLine
	}
	return true
}

func splitSedScript(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' }) {
		if strings.TrimSpace(p) != "" {
			out = append(out, strings.TrimSpace(p))
		}
	}
	return out
}

func parseSedCommand(s string, extended bool) (sedCommand, string) {
	var c sedCommand
	compile := func(re string) (*regexp.Regexp, bool) {
		if !extended {
			re = basicToExtended(re)
		}
		r, err := regexp.Compile(re)
		return r, err == nil
	}
	switch {
	case s != "" && s[0] >= '0' && s[0] <= '9':
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			c.addrLine = c.addrLine*10 + int(s[i]-'0')
			i++
		}
		s = s[i:]
	case strings.HasPrefix(s, "$"):
		c.addrLine, s = -1, s[1:]
	case strings.HasPrefix(s, "/"):
		end := strings.Index(s[1:], "/")
		if end < 0 {
			return c, "unterminated address regex"
		}
		re, ok := compile(s[1 : end+1])
		if !ok {
			return c, "bad regex"
		}
		c.addrRE, s = re, s[end+2:]
	}
	if s == "" {
		return c, "missing command"
	}
	c.op = s[0]
	switch c.op {
	case 'd', 'p':
		return c, ""
	case 's':
		if len(s) < 2 {
			return c, "unterminated `s' command"
		}
		parts := strings.Split(s[2:], s[1:2])
		if len(parts) < 3 {
			return c, "unterminated `s' command"
		}
		re, ok := compile(parts[0])
		if !ok {
			return c, "bad regex '" + parts[0] + "'"
		}
		c.re = re
		c.repl = sedReplacement(parts[1])
		c.global = strings.Contains(parts[2], "g")
		c.print = strings.Contains(parts[2], "p")
		return c, ""
	}
	return c, "unsupported command " + string(c.op)
}

// sedReplacement turns & and \1 into Go's ${0} and ${1}.
func sedReplacement(r string) string {
	var b strings.Builder
	for i := 0; i < len(r); i++ {
		switch {
		case r[i] == '&':
			b.WriteString("${0}")
		case r[i] == '\\' && i+1 < len(r) && r[i+1] >= '0' && r[i+1] <= '9':
			b.WriteString("${" + string(r[i+1]) + "}")
			i++
		case r[i] == '\\' && i+1 < len(r):
			if r[i+1] == 'n' {
				b.WriteByte('\n')
			} else {
				b.WriteByte(r[i+1])
			}
			i++
		case r[i] == '$':
			b.WriteString("$$")
		default:
			b.WriteByte(r[i])
		}
	}
	return b.String()
}

func replaceN(re *regexp.Regexp, s, repl string, n int) string {
	if n < 0 {
		return re.ReplaceAllString(s, repl)
	}
	loc := re.FindStringSubmatchIndex(s)
	if loc == nil {
		return s
	}
	var dst []byte
	dst = re.ExpandString(dst, repl, s, loc)
	return s[:loc[0]] + string(dst) + s[loc[1]:]
}
