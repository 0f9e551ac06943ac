package shell

// grepLine is one line grep prints: a match (mark ':'), a context line
// (mark '-'), or the "--" that separates two groups (sep).
type grepLine struct {
	num  int // 1-based line number
	text string
	mark byte
	sep  bool
}

// grepContext picks the lines busybox grep prints for one file with -A,
// -B or -C: each selected line with up to before unprinted lines ahead of
// it and after lines behind it, and "--" where a group does not follow
// the last line printed (findutils/grep.c grep_file, its circular
// before_buf and print_n_lines_after, and print_line, which prints "--"
// when last_line_printed < linenum-1). last is last_line_printed, kept
// across files as busybox keeps it.
func grepContext(lines []string, selected []bool, before, after int, last *int) []grepLine {
	var out []grepLine
	emit := func(i int, mark byte) {
		if (before > 0 || after > 0) && *last > 0 && *last < i {
			out = append(out, grepLine{sep: true})
		}
		*last = i + 1
		out = append(out, grepLine{num: i + 1, text: lines[i], mark: mark})
	}
	next, left := 0, 0 // first line not printed yet; after-lines still due
	for i := range lines {
		switch {
		case selected[i]:
			for j := max(next, i-before); j < i; j++ {
				emit(j, '-')
			}
			emit(i, ':')
			next, left = i+1, after
		case left > 0:
			emit(i, '-')
			next, left = i+1, left-1
		}
	}
	return out
}
