package console

import "sort"

// command is one kubectl verb: its flags and what it does.
type command struct {
	flags []flagSpec
	run   func(*Console, parsed) (string, error)
}

// lookupCommand is kubectl's verb table; a function rather than a map
// variable so the package holds no mutable state.
func lookupCommand(verb string) (command, bool) {
	switch verb {
	case "get":
		return command{getFlags, runGet}, true
	case "describe":
		return command{nil, runDescribe}, true
	case "logs":
		return command{logsFlags, runLogs}, true
	case "exec":
		return command{execFlags, runExec}, true
	case "delete":
		return command{deleteFlags, runDelete}, true
	case "label":
		return command{metaFlags, runLabel}, true
	case "annotate":
		return command{metaFlags, runAnnotate}, true
	case "apply":
		return command{fileFlags, runApply}, true
	case "create":
		return command{createFlags, runCreate}, true
	case "explain":
		return command{[]flagSpec{{long: "recursive"}}, runExplain}, true
	case "version":
		return command{nil, runVersion}, true
	}
	return command{}, false
}

// verbs are the commands the console knows, for completion and suggestions.
func verbs() []string {
	v := []string{"annotate", "apply", "create", "delete", "describe", "exec", "explain", "get", "label", "logs", "version"}
	sort.Strings(v)
	return v
}

// suggest names the known verb closest to a mistyped one, as cobra's
// "Did you mean this?" does (Levenshtein distance ≤ 2).
func suggest(verb string) string {
	best, bestD := "", 3
	for _, v := range verbs() {
		if d := distance(verb, v); d < bestD {
			best, bestD = v, d
		}
	}
	if best == "" {
		return ""
	}
	return "\t" + best
}

func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func runVersion(k *Console, p parsed) (string, error) {
	return "Client Version: v1.34.0\nKustomize Version: v5.7.1\nServer Version: v1.34.0 (Podlab simulator)\n", nil
}
