package console

import (
	"sort"
	"strings"
)

// Complete returns the completions of the last word of line, as kubectl's
// shell completion offers them: verbs after "kubectl", resource types
// after a verb that takes them, then the names of objects of that type,
// and container names after -c.
func (k *Console) Complete(line string) []string {
	words := strings.Fields(line)
	if strings.HasSuffix(line, " ") || len(words) == 0 {
		words = append(words, "")
	}
	last := words[len(words)-1]
	prev := words[:len(words)-1]
	if len(prev) == 0 {
		return withPrefix([]string{"kubectl"}, last)
	}
	if !isKubectl(prev[0]) {
		return nil
	}
	return withPrefix(k.candidates(prev[1:]), last)
}

func (k *Console) candidates(prev []string) []string {
	if len(prev) == 0 {
		return verbs()
	}
	verb := prev[0]
	args := positional(prev[1:])
	switch {
	case len(prev) > 1 && (prev[len(prev)-1] == "-c" || prev[len(prev)-1] == "--container"):
		return k.containerNames(args)
	case verb == "logs" || verb == "exec":
		if len(args) == 0 {
			return k.names(resource{kind: "Pod"})
		}
	case verb == "create" && len(args) == 0:
		return []string{"configmap", "secret", "-f"}
	case verb == "create" && len(args) == 1 && args[0] == "secret":
		return []string{"generic"}
	case takesResource(verb) && len(args) == 0:
		return resourceNames()
	case takesResource(verb) && len(args) >= 1:
		if r, ok := lookupResource(args[0]); ok {
			return k.names(r)
		}
	}
	return nil
}

func takesResource(verb string) bool {
	switch verb {
	case "get", "describe", "delete", "label", "annotate", "explain":
		return true
	}
	return false
}

// positional drops flags (and the value of a flag that takes one) from
// words.
func positional(words []string) []string {
	var out []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		if strings.HasPrefix(w, "-") {
			if (w == "-c" || w == "-f" || w == "-o" || w == "-n" || w == "-l") && i+1 < len(words) {
				i++
			}
			continue
		}
		out = append(out, w)
	}
	return out
}

func resourceNames() []string {
	var out []string
	for _, r := range resources {
		out = append(out, r.plural)
	}
	sort.Strings(out)
	return out
}

func (k *Console) names(r resource) []string {
	var out []string
	for _, o := range k.listObjects(r) {
		out = append(out, o.name)
	}
	return out
}

func (k *Console) containerNames(args []string) []string {
	if len(args) == 0 {
		return nil
	}
	pod, err := k.pod(strings.TrimPrefix(args[len(args)-1], "pod/"))
	if err != nil {
		return nil
	}
	var out []string
	for _, c := range append(append(pod.Spec.InitContainers[:0:0], pod.Spec.InitContainers...), pod.Spec.Containers...) {
		out = append(out, c.Name)
	}
	return out
}

func withPrefix(cands []string, prefix string) []string {
	var out []string
	for _, c := range cands {
		if strings.HasPrefix(c, prefix) {
			out = append(out, c)
		}
	}
	return out
}
