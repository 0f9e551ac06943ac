package console

import "strings"

// Transcript runs a script, one command per line, and returns the
// terminal session it makes: each command after a "$ " prompt, then what
// it printed. Blank lines and # comments are kept as they are, so a
// transcript reads like the notes it came from. A running watch or log
// follow (-w, -f) prints what happens while later `sleep` lines pass.
func (k *Console) Transcript(script string) string {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimRight(script, "\n"), "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			b.WriteString(line + "\n")
			continue
		}
		b.WriteString("$ " + trimmed + "\n")
		if isSleep(trimmed) {
			following := k.follow
			b.WriteString(k.Run(trimmed))
			k.follow = following // sleeping is not typing: the watch goes on
			if out, ok := k.Follow(); ok {
				b.WriteString(out)
			}
			continue
		}
		b.WriteString(k.Run(trimmed))
	}
	return b.String()
}

func isSleep(line string) bool {
	f := strings.Fields(line)
	return len(f) == 2 && f[0] == "sleep"
}
