package console

import "strings"

// listObjects returns every stored object of r's kind, in name order as
// the API server lists them.
func (k *Console) listObjects(r resource) []object {
	objs := k.cluster.Objects()
	var out []object
	switch r.kind {
	case "Pod":
		for i := range objs.Pods {
			p := &objs.Pods[i]
			out = append(out, object{name: p.Name, labels: p.Labels, pod: p})
		}
	case "Secret":
		for i := range objs.Secrets {
			s := &objs.Secrets[i]
			out = append(out, object{name: s.Name, labels: s.Labels, secret: s})
		}
	case "ConfigMap":
		for i := range objs.ConfigMaps {
			c := &objs.ConfigMaps[i]
			out = append(out, object{name: c.Name, labels: c.Labels, configMap: c})
		}
	case "ServiceAccount":
		for i := range objs.ServiceAccounts {
			s := &objs.ServiceAccounts[i]
			out = append(out, object{name: s.Name, labels: s.Labels, sa: s})
		}
	case "Node":
		nodes := k.cluster.Nodes()
		for i := range nodes {
			n := &nodes[i]
			out = append(out, object{name: n.Node.Name, labels: n.Node.Labels, nodeInfo: n})
		}
	}
	sortObjects(out)
	return out
}

func sortObjects(objs []object) {
	for i := 1; i < len(objs); i++ {
		for j := i; j > 0 && objs[j].name < objs[j-1].name; j-- {
			objs[j], objs[j-1] = objs[j-1], objs[j]
		}
	}
}

// selectObjects keeps the named objects (NotFound for a missing one, as
// the API server answers a GET) or those matching an equality selector.
func (k *Console) selectObjects(r resource, names []string, selector string) ([]object, error) {
	all := k.listObjects(r)
	if r.kind == "Event" {
		return []object{{name: "events"}}, nil
	}
	if len(names) == 0 {
		return filterSelector(all, selector)
	}
	var out []object
	for _, n := range names {
		o, ok := findObject(all, n)
		if !ok {
			return out, NotFound(r.plural, n)
		}
		out = append(out, o)
	}
	return out, nil
}

func findObject(objs []object, name string) (object, bool) {
	for _, o := range objs {
		if o.name == name {
			return o, true
		}
	}
	return object{}, false
}

// filterSelector applies an equality-based label selector ("app=web",
// "tier!=db", "env"), as labels.Parse reads the simple forms.
func filterSelector(objs []object, selector string) ([]object, error) {
	if selector == "" {
		return objs, nil
	}
	var out []object
	for _, o := range objs {
		if matchSelector(o.labels, selector) {
			out = append(out, o)
		}
	}
	return out, nil
}

func matchSelector(labels map[string]string, selector string) bool {
	for _, req := range strings.Split(selector, ",") {
		if k, v, ok := strings.Cut(req, "!="); ok {
			if labels[k] == v {
				return false
			}
			continue
		}
		k, v, ok := strings.Cut(strings.Replace(req, "==", "=", 1), "=")
		got, has := labels[k]
		if !has || (ok && got != v) {
			return false
		}
	}
	return true
}
