package console

import "strings"

// resource is a kind the console knows, with the names kubectl accepts
// for it (kubectl api-resources: NAME, SHORTNAMES, KIND).
type resource struct {
	plural, singular, short, kind string
}

var resources = []resource{
	{"pods", "pod", "po", "Pod"},
	{"nodes", "node", "no", "Node"},
	{"secrets", "secret", "", "Secret"},
	{"configmaps", "configmap", "cm", "ConfigMap"},
	{"events", "event", "ev", "Event"},
	{"serviceaccounts", "serviceaccount", "sa", "ServiceAccount"},
}

// lookupResource resolves "po", "pods", "Pod", "pod/name" style names.
func lookupResource(word string) (resource, bool) {
	w := strings.ToLower(word)
	for _, r := range resources {
		if w == r.plural || w == r.singular || (r.short != "" && w == r.short) || w == strings.ToLower(r.kind) {
			return r, true
		}
	}
	return resource{}, false
}

// resourceArgs reads "pods", "pods a b", "pod/a" and "pod/a node/b" forms
// into (resource, names) pairs, as resource.Builder does.
func resourceArgs(args []string) ([]resource, [][]string, error) {
	if len(args) == 0 {
		return nil, nil, clientError("you must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.")
	}
	if strings.Contains(args[0], "/") {
		return slashArgs(args)
	}
	var rs []resource
	for _, w := range strings.Split(args[0], ",") {
		r, ok := lookupResource(w)
		if !ok {
			return nil, nil, clientError("the server doesn't have a resource type %q", w)
		}
		rs = append(rs, r)
	}
	names := make([][]string, len(rs))
	if len(rs) == 1 {
		names[0] = args[1:]
	}
	return rs, names, nil
}

func slashArgs(args []string) ([]resource, [][]string, error) {
	var rs []resource
	var names [][]string
	for _, a := range args {
		kind, name, ok := strings.Cut(a, "/")
		if !ok {
			return nil, nil, clientError("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'")
		}
		r, found := lookupResource(kind)
		if !found {
			return nil, nil, clientError("the server doesn't have a resource type %q", kind)
		}
		rs = append(rs, r)
		names = append(names, []string{name})
	}
	return rs, names, nil
}
