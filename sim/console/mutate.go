package console

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

var deleteFlags = []flagSpec{
	{long: "filename", short: "f", value: true},
	{long: "grace-period", value: true},
	{long: "now"},
	{long: "force"},
	{long: "wait"},
}

// runDelete mirrors kubectl delete: by name or by file; --grace-period
// and --now (grace 1) override the Pod's terminationGracePeriodSeconds.
func runDelete(k *Console, p parsed) (string, error) {
	grace, err := graceOverride(p)
	if err != nil {
		return "", err
	}
	targets, err := k.deleteTargets(p)
	if err != nil {
		return "", err
	}
	var out strings.Builder
	for _, t := range targets {
		if err := k.cluster.Delete(t.kind, t.name, grace); err != nil {
			return out.String(), err
		}
		fmt.Fprintf(&out, "%s %q deleted\n", strings.ToLower(t.kind), t.name)
	}
	return out.String(), nil
}

type target struct{ kind, name string }

func (k *Console) deleteTargets(p parsed) ([]target, error) {
	if f := p.get("filename", ""); f != "" {
		objs, err := k.readManifest(f)
		if err != nil {
			return nil, err
		}
		return objectTargets(objs), nil
	}
	rs, names, err := resourceArgs(p.args)
	if err != nil {
		return nil, err
	}
	var ts []target
	for i, r := range rs {
		if len(names[i]) == 0 {
			return nil, clientError("resource(s) were provided, but no name was specified")
		}
		for _, n := range names[i] {
			ts = append(ts, target{r.kind, n})
		}
	}
	return ts, nil
}

func graceOverride(p parsed) (*int64, error) {
	switch {
	case p.has("now"):
		one := int64(1)
		return &one, nil
	case p.has("grace-period"):
		g, err := strconv.ParseInt(p.get("grace-period", ""), 10, 64)
		if err != nil {
			return nil, clientError("invalid argument %q for \"--grace-period\" flag", p.get("grace-period", ""))
		}
		if p.has("force") && g == 0 {
			return &g, nil
		}
		if g == 0 {
			// kubectl turns 0 without --force into 1 (delete.go).
			g = 1
		}
		return &g, nil
	}
	return nil, nil
}

var metaFlags = []flagSpec{{long: "overwrite"}, {long: "all"}}

// runLabel mirrors kubectl label: key=value sets, key- removes; changing
// an existing value needs --overwrite.
func runLabel(k *Console, p parsed) (string, error) {
	return k.changeMeta(p, "labeled", k.cluster.Relabel, func(o object) map[string]string { return o.labels })
}

// runAnnotate mirrors kubectl annotate.
func runAnnotate(k *Console, p parsed) (string, error) {
	return k.changeMeta(p, "annotated", k.cluster.Reannotate, func(o object) map[string]string {
		switch {
		case o.pod != nil:
			return o.pod.Annotations
		case o.nodeInfo != nil:
			return o.nodeInfo.Node.Annotations
		}
		return nil
	})
}

type metaSetter func(kind, name string, changes map[string]*string) error

func (k *Console) changeMeta(p parsed, verb string, set metaSetter, current func(object) map[string]string) (string, error) {
	rs, names, pairs, err := splitMetaArgs(p.args)
	if err != nil {
		return "", err
	}
	changes, err := parseMetaChanges(pairs)
	if err != nil {
		return "", err
	}
	var out strings.Builder
	for i, r := range rs {
		objs, err := k.selectObjects(r, names[i], "")
		if err != nil {
			return out.String(), err
		}
		for _, o := range objs {
			if err := checkOverwrite(changes, current(o), p.has("overwrite")); err != nil {
				return out.String(), err
			}
			if err := set(r.kind, o.name, changes); err != nil {
				return out.String(), err
			}
			fmt.Fprintf(&out, "%s/%s %s\n", r.singular, o.name, verb)
		}
	}
	return out.String(), nil
}

// splitMetaArgs separates "node node-1 disktype=ssd" into the resource
// part and the key=value / key- part.
func splitMetaArgs(args []string) ([]resource, [][]string, []string, error) {
	var res, pairs []string
	for _, a := range args {
		if strings.Contains(a, "=") || strings.HasSuffix(a, "-") {
			pairs = append(pairs, a)
		} else {
			res = append(res, a)
		}
	}
	if len(pairs) == 0 {
		return nil, nil, nil, clientError("at least one label update is required")
	}
	rs, names, err := resourceArgs(res)
	return rs, names, pairs, err
}

func parseMetaChanges(pairs []string) (map[string]*string, error) {
	changes := map[string]*string{}
	for _, kv := range pairs {
		if key, ok := strings.CutSuffix(kv, "-"); ok && !strings.Contains(kv, "=") {
			changes[key] = nil
			continue
		}
		key, val, _ := strings.Cut(kv, "=")
		if key == "" {
			return nil, clientError("invalid label spec: %s", kv)
		}
		changes[key] = &val
	}
	return changes, nil
}

// checkOverwrite mirrors validateNoOverwrites (kubectl label/annotate).
func checkOverwrite(changes map[string]*string, current map[string]string, overwrite bool) error {
	if overwrite {
		return nil
	}
	keys := make([]string, 0, len(changes))
	for key := range changes {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		v := changes[key]
		if old, ok := current[key]; ok && v != nil && old != *v {
			return clientError("'%s' already has a value (%s), and --overwrite is false", key, old)
		}
	}
	return nil
}
