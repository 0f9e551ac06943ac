package shell

import "strings"

// flagSet is a parsed command line: single-letter flags (combined or not,
// anywhere before "--", as busybox's getopt32 takes them), flags with a
// value, and the operands.
type flagSet struct {
	on   map[byte]bool
	val  map[byte]string
	args []string
	bad  byte // an unknown flag, 0 if none
}

// parseFlags parses args[1:]; known lists the boolean flags and withValue
// the flags taking a value (attached, -n5, or next argument, -n 5).
func parseFlags(args []string, known, withValue string) flagSet {
	fs := flagSet{on: map[byte]bool{}, val: map[byte]string{}}
	rest := args[1:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			fs.args = append(fs.args, rest[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' || (a[1] >= '0' && a[1] <= '9' && !strings.ContainsRune(withValue, rune(a[1]))) {
			fs.args = append(fs.args, a)
			continue
		}
		for j := 1; j < len(a); j++ {
			c := a[j]
			switch {
			case strings.IndexByte(withValue, c) >= 0:
				v := a[j+1:]
				if v == "" && i+1 < len(rest) {
					i++
					v = rest[i]
				}
				fs.val[c] = v
				j = len(a)
			case strings.IndexByte(known, c) >= 0:
				fs.on[c] = true
			default:
				if fs.bad == 0 {
					fs.bad = c
				}
			}
		}
	}
	return fs
}
