package shell

import (
	"crypto/md5"
	"crypto/sha256"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

var textCommands = map[string]command{
	"grep": grepCmd, "head": headCmd, "wc": wcCmd, "cut": cutCmd, "sed": sedCmd, "tr": trCmd,
	"seq": seqCmd, "sort": sortCmd, "uniq": uniqCmd, "tee": teeCmd, "md5sum": sumCmd(md5Hex), "sha256sum": sumCmd(sha256Hex),
	"basename": basenameCmd, "dirname": dirnameCmd, "yes": yesCmd, "expr": exprCmd,
}

func init() {
	textCommands["tail"] = tailCmd
	textCommands["xargs"] = xargsCmd
}

// splitLines splits text into lines without their newlines.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

func grepCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "vqcinlEFwxsoHh", "eABC")
	pat, files := f.val['e'], f.args
	if _, ok := f.val['e']; !ok {
		if len(files) == 0 {
			e.errf("BusyBox v1.36.1 multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFExz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n")
			return 2
		}
		pat, files = files[0], files[1:]
	}
	if f.on['F'] {
		pat = regexp.QuoteMeta(pat)
	} else if !f.on['E'] {
		pat = basicToExtended(pat)
	}
	if f.on['w'] {
		pat = `\b(?:` + pat + `)\b`
	}
	if f.on['x'] {
		pat = `^(?:` + pat + `)$`
	}
	if f.on['i'] {
		pat = "(?i)" + pat
	}
	re, err := regexp.Compile(pat)
	if err != nil {
		e.errf("grep: bad regex '%s'\n", pat)
		return 2
	}
	before, after, ok := grepContextFlags(e, f)
	if !ok {
		return 2
	}
	matched, count, last := false, 0, 0
	seen := map[string]int{} // lines read so far per input: a pipe comes line by line
	read := e.readInputsLines
	if before > 0 || after > 0 {
		read = e.readInputsWhole // context lines need their neighbours
	}
	code := read("grep", files, func(name string, data []byte) bool {
		lines := splitLines(string(data))
		base := seen[name]
		seen[name] += len(lines)
		selected := make([]bool, len(lines))
		for i, l := range lines {
			selected[i] = re.MatchString(l) != f.on['v']
			if selected[i] {
				matched = true
				count++
			}
		}
		if f.on['q'] {
			return !matched // grep -q stops reading at the first match
		}
		if f.on['c'] || f.on['l'] {
			return true
		}
		prefix := func(num int, mark byte) string {
			num += base
			p := ""
			if len(files) > 1 && !f.on['h'] {
				p = name + string(mark)
			}
			if f.on['n'] {
				p += strconv.Itoa(num) + string(mark)
			}
			return p
		}
		if f.on['o'] {
			for i, l := range lines {
				if !selected[i] {
					continue
				}
				for _, m := range re.FindAllString(l, -1) {
					e.outf("%s%s\n", prefix(i+1, ':'), m)
				}
			}
			return true
		}
		for _, g := range grepContext(lines, selected, before, after, &last) {
			if g.sep {
				e.outf("--\n")
				continue
			}
			e.outf("%s%s\n", prefix(g.num, g.mark), g.text)
		}
		return true
	})
	if f.on['c'] {
		e.outf("%d\n", count)
	}
	if code != 0 && !f.on['s'] && !matched {
		return 2
	}
	if !matched {
		return 1
	}
	return 0
}

// grepContextFlags reads -A, -B and -C: -C sets both unless -A or -B
// says otherwise (findutils/grep.c grep_main). A bad number is fatal,
// with grep's exit status 2.
func grepContextFlags(e *cmdEnv, f flagSet) (before, after int, ok bool) {
	n := map[byte]int{}
	for _, c := range []byte("ABC") {
		v, set := f.val[c]
		if !set {
			continue
		}
		k, err := strconv.Atoi(v)
		if err != nil || k < 0 {
			e.errf("grep: invalid number '%s'\n", v)
			return 0, 0, false
		}
		n[c] = k
	}
	before, after = n['C'], n['C']
	if v, set := n['B']; set {
		before = v
	}
	if v, set := n['A']; set {
		after = v
	}
	return before, after, true
}

// basicToExtended turns a POSIX basic regexp into Go syntax: \( \) \{ \}
// \| are the operators, bare ( ) { } | are literals.
func basicToExtended(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '\\' && i+1 < len(p) {
			n := p[i+1]
			if strings.IndexByte("(){}|+?", n) >= 0 {
				b.WriteByte(n)
			} else {
				b.WriteByte('\\')
				b.WriteByte(n)
			}
			i++
			continue
		}
		if strings.IndexByte("(){}|+?", c) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// lineCount reads head/tail's -n: N, -N (from the old syntax) or +N.
func lineCount(f flagSet, args []string) (n int, fromStart bool, rest []string) {
	n = 10
	rest = f.args
	v, ok := f.val['n']
	if !ok && len(args) > 1 && len(args[1]) > 1 && args[1][0] == '-' && args[1][1] >= '0' && args[1][1] <= '9' {
		v, rest = args[1][1:], f.args[1:]
	}
	if strings.HasPrefix(v, "+") {
		fromStart = true
		v = v[1:]
	}
	if v != "" {
		n, _ = strconv.Atoi(v)
	}
	return n, fromStart, rest
}

func headCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "qv", "nc")
	if c, ok := f.val['c']; ok {
		size, _ := parseSize(c)
		return e.readInputs("head", f.args, func(_ string, data []byte) {
			_, _ = e.stdout.Write(data[:min(int64(len(data)), size)])
		})
	}
	n, _, files := lineCount(f, args)
	printed := map[string]int{} // per input: a pipe comes line by line
	return e.readInputsLines("head", files, func(name string, data []byte) bool {
		lines := splitLines(string(data))
		left := max(0, n-printed[name])
		for _, l := range lines[:min(left, len(lines))] {
			e.outf("%s\n", l)
		}
		printed[name] += min(left, len(lines))
		return printed[name] < n // then head exits, and the writer gets SIGPIPE
	})
}

// tailCmd prints the last lines; -f/-F follows the file on the virtual
// clock, polling once a second as busybox does.
func tailCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "fFqsv", "nc")
	n, fromStart, files := lineCount(f, args)
	if !f.on['f'] && !f.on['F'] {
		return e.readInputs("tail", files, func(_ string, data []byte) {
			for _, l := range tailLines(splitLines(string(data)), n, fromStart) {
				e.outf("%s\n", l)
			}
		})
	}
	if len(files) == 0 {
		_ = e.t.block()
		return 137
	}
	return e.follow(files[0], n, fromStart, f.on['F'])
}

func tailLines(lines []string, n int, fromStart bool) []string {
	if fromStart {
		return lines[min(max(n-1, 0), len(lines)):]
	}
	return lines[max(len(lines)-n, 0):]
}

func (e *cmdEnv) follow(name string, n int, fromStart, retry bool) int {
	data, err := e.readPath(name)
	if err != nil {
		e.errf("tail: can't open '%s': %s\n", name, errText(err))
		if !retry {
			return 1
		}
	}
	for _, l := range tailLines(splitLines(string(data)), n, fromStart) {
		e.outf("%s\n", l)
	}
	seen := len(data)
	for {
		if err := e.t.sleep(time.Second); err != nil {
			return 137
		}
		// Like busybox tail (coreutils/tail.c), look at the size first and
		// read only when it moved: a sidecar following a log polls every
		// second for the Pod's whole life.
		if fi, err := e.c.fs.stat(e.abs(name)); err == nil && fi.Size() == int64(seen) {
			continue
		}
		now, err := e.readPath(name)
		if err != nil {
			continue
		}
		if len(now) < seen {
			e.errf("tail: %s: file truncated\n", name)
			seen = 0
		}
		if len(now) > seen {
			_, _ = e.stdout.Write(now[seen:])
			seen = len(now)
		}
	}
}

func wcCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "lwcmL", "")
	all := !f.on['l'] && !f.on['w'] && !f.on['c'] && !f.on['m']
	return e.readInputs("wc", f.args, func(name string, data []byte) {
		var cols []string
		if all || f.on['l'] {
			cols = append(cols, strconv.Itoa(strings.Count(string(data), "\n")))
		}
		if all || f.on['w'] {
			cols = append(cols, strconv.Itoa(len(strings.Fields(string(data)))))
		}
		if all || f.on['c'] || f.on['m'] {
			cols = append(cols, strconv.Itoa(len(data)))
		}
		line := ""
		for i, c := range cols {
			if i > 0 || len(cols) > 1 {
				line += fmt.Sprintf("%7s ", c)
			} else {
				line += c
			}
		}
		line = strings.TrimRight(line, " ")
		if name != "-" {
			line += " " + name
		}
		e.outf("%s\n", line)
	})
}

func cutCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "s", "dfc")
	delim := "\t"
	if d, ok := f.val['d']; ok && d != "" {
		delim = d[:1]
	}
	spec, chars := f.val['f'], false
	if c, ok := f.val['c']; ok {
		spec, chars = c, true
	}
	sel := parseRanges(spec)
	return e.readInputs("cut", f.args, func(_ string, data []byte) {
		for _, l := range splitLines(string(data)) {
			if chars {
				var out []byte
				for i := 0; i < len(l); i++ {
					if sel(i + 1) {
						out = append(out, l[i])
					}
				}
				e.outf("%s\n", out)
				continue
			}
			if !strings.Contains(l, delim) {
				if !f.on['s'] {
					e.outf("%s\n", l)
				}
				continue
			}
			var out []string
			for i, p := range strings.Split(l, delim) {
				if sel(i + 1) {
					out = append(out, p)
				}
			}
			e.outf("%s\n", strings.Join(out, delim))
		}
	})
}

// parseRanges reads cut's LIST: 1,3-4,6-.
func parseRanges(spec string) func(int) bool {
	type rng struct{ lo, hi int }
	var rs []rng
	for _, part := range strings.Split(spec, ",") {
		lo, hi, isRange := strings.Cut(part, "-")
		a, _ := strconv.Atoi(lo)
		b, _ := strconv.Atoi(hi)
		switch {
		case !isRange:
			b = a
		case lo == "":
			a = 1
		case hi == "":
			b = 1 << 30
		}
		rs = append(rs, rng{a, b})
	}
	return func(i int) bool {
		for _, r := range rs {
			if i >= r.lo && i <= r.hi {
				return true
			}
		}
		return false
	}
}

func trCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "dsc", "")
	if len(f.args) == 0 {
		e.errf("tr: missing operand\n")
		return 1
	}
	from := expandSet(f.args[0])
	to := ""
	if len(f.args) > 1 {
		to = expandSet(f.args[1])
	}
	data := string(e.readStdin())
	var b strings.Builder
	var last rune = -1
	for _, r := range data {
		i := strings.IndexRune(from, r)
		if f.on['d'] && i >= 0 {
			continue
		}
		if i >= 0 && to != "" {
			r = rune(to[min(i, len(to)-1)])
		}
		if f.on['s'] && r == last && strings.ContainsRune(to+from, r) {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	e.outf("%s", b.String())
	return 0
}

// expandSet expands tr's a-z ranges and [:classes:].
func expandSet(s string) string {
	classes := map[string]string{"[:lower:]": "a-z", "[:upper:]": "A-Z", "[:digit:]": "0-9", "[:space:]": " \t\n\r\v\f", "[:alpha:]": "a-zA-Z", "[:alnum:]": "a-zA-Z0-9"}
	for k, v := range classes {
		s = strings.ReplaceAll(s, k, v)
	}
	s = strings.NewReplacer(`\n`, "\n", `\t`, "\t", `\\`, `\`).Replace(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i+2 < len(s) && s[i+1] == '-' && s[i] <= s[i+2] {
			for c := s[i]; c <= s[i+2]; c++ {
				b.WriteByte(c)
			}
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func seqCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "w", "sf")
	nums := make([]float64, 0, 3)
	for _, a := range f.args {
		v, err := strconv.ParseFloat(a, 64)
		if err != nil {
			e.errf("seq: invalid number '%s'\n", a)
			return 1
		}
		nums = append(nums, v)
	}
	first, step, last := 1.0, 1.0, 0.0
	switch len(nums) {
	case 1:
		last = nums[0]
	case 2:
		first, last = nums[0], nums[1]
	case 3:
		first, step, last = nums[0], nums[1], nums[2]
	default:
		e.errf("seq: missing operand\n")
		return 1
	}
	sep := "\n"
	if s, ok := f.val['s']; ok {
		sep = s
	}
	// Printed in chunks, a step per ten numbers: a huge seq is a busy loop.
	var b strings.Builder
	n := 0
	for v := first; (step > 0 && v <= last) || (step < 0 && v >= last); v += step {
		if n > 0 {
			b.WriteString(sep)
		}
		b.WriteString(strconv.FormatFloat(v, 'f', -1, 64))
		if n++; n%10 == 0 {
			e.outf("%s", b.String())
			b.Reset()
			if e.step() != nil {
				return 137
			}
		}
	}
	if n > 0 {
		e.outf("%s\n", b.String())
	}
	return 0
}

func sortCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "rnuf", "tk")
	var lines []string
	code := e.readInputs("sort", f.args, func(_ string, data []byte) { lines = append(lines, splitLines(string(data))...) })
	less := func(a, b string) bool { return a < b }
	if f.on['n'] {
		less = func(a, b string) bool { return leadingNumber(a) < leadingNumber(b) }
	}
	sort.SliceStable(lines, func(i, j int) bool {
		if f.on['r'] {
			return less(lines[j], lines[i])
		}
		return less(lines[i], lines[j])
	})
	prev := "\x00"
	for _, l := range lines {
		if f.on['u'] && l == prev {
			continue
		}
		prev = l
		e.outf("%s\n", l)
	}
	return code
}

func leadingNumber(s string) float64 {
	s = strings.TrimSpace(s)
	end := 0
	for end < len(s) && (s[end] == '-' || s[end] == '.' || (s[end] >= '0' && s[end] <= '9')) {
		end++
	}
	v, _ := strconv.ParseFloat(s[:end], 64)
	return v
}

func uniqCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "cdu", "")
	return e.readInputs("uniq", f.args, func(_ string, data []byte) {
		lines := splitLines(string(data))
		for i := 0; i < len(lines); {
			j := i
			for j < len(lines) && lines[j] == lines[i] {
				j++
			}
			n := j - i
			if (f.on['d'] && n == 1) || (f.on['u'] && n > 1) {
				i = j
				continue
			}
			if f.on['c'] {
				e.outf("%7d %s\n", n, lines[i])
			} else {
				e.outf("%s\n", lines[i])
			}
			i = j
		}
	})
}

func teeCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "ai", "")
	data := e.readStdin()
	_, _ = e.stdout.Write(data)
	code := 0
	for _, n := range f.args {
		if err := e.writePath(e.abs(n), data, f.on['a']); err != nil {
			e.errf("tee: %s: %s\n", n, errText(err))
			code = 1
		}
	}
	return code
}

func md5Hex(b []byte) string    { return fmt.Sprintf("%x", md5.Sum(b)) }
func sha256Hex(b []byte) string { return fmt.Sprintf("%x", sha256.Sum256(b)) }

func sumCmd(sum func([]byte) string) command {
	return func(e *cmdEnv, args []string) int {
		cmd := baseName(args[0])
		return e.readInputs(cmd, parseFlags(args, "cs", "").args, func(name string, data []byte) {
			e.outf("%s  %s\n", sum(data), name)
		})
	}
}

func basenameCmd(e *cmdEnv, args []string) int {
	if len(args) < 2 {
		e.errf("basename: missing operand\n")
		return 1
	}
	b := path.Base(args[1])
	if len(args) > 2 && b != args[2] {
		b = strings.TrimSuffix(b, args[2])
	}
	e.outf("%s\n", b)
	return 0
}

func dirnameCmd(e *cmdEnv, args []string) int {
	if len(args) < 2 {
		e.errf("dirname: missing operand\n")
		return 1
	}
	e.outf("%s\n", path.Dir(args[1]))
	return 0
}

// yesCmd prints forever: it is bounded by the step budget like any busy
// loop (each 100 lines count as a step and may be preempted).
func yesCmd(e *cmdEnv, args []string) int {
	s := "y"
	if len(args) > 1 {
		s = strings.Join(args[1:], " ")
	}
	line := strings.Repeat(s+"\n", 100)
	for {
		if err := e.step(); err != nil {
			return 137
		}
		e.outf("%s", line)
	}
}

// step charges one statement to a Go program that loops (yes, a memory
// eater), with the same budget and preemption as the shell's statements.
func (e *cmdEnv) step() error {
	err := budgetCtx{t: e.t}.stepErr()
	if err == errBudget {
		_ = e.t.block()
		return errKilled
	}
	return err
}

func xargsCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "rt", "n")
	words := strings.Fields(string(e.readStdin()))
	cmd := f.args
	if len(cmd) == 0 {
		cmd = []string{"echo"}
	}
	if len(words) == 0 && f.on['r'] {
		return 0
	}
	return e.run(append(append([]string{}, cmd...), words...), false)
}

func exprCmd(e *cmdEnv, args []string) int {
	if len(args) == 4 {
		a, err1 := strconv.Atoi(args[1])
		b, err2 := strconv.Atoi(args[3])
		if err1 == nil && err2 == nil {
			var v int
			switch args[2] {
			case "+":
				v = a + b
			case "-":
				v = a - b
			case "*":
				v = a * b
			case "/":
				if b == 0 {
					e.errf("expr: division by zero\n")
					return 2
				}
				v = a / b
			case "%":
				if b == 0 {
					e.errf("expr: division by zero\n")
					return 2
				}
				v = a % b
			}
			e.outf("%d\n", v)
			if v == 0 {
				return 1
			}
			return 0
		}
	}
	if len(args) == 2 {
		e.outf("%s\n", args[1])
		return 0
	}
	e.errf("expr: syntax error\n")
	return 2
}
