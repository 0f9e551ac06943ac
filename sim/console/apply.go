package console

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/podlab/podlab/sim/api"
)

var fileFlags = []flagSpec{{long: "filename", short: "f", value: true}}

var createFlags = []flagSpec{
	{long: "filename", short: "f", value: true},
	{long: "from-file", value: true},
	{long: "from-literal", value: true},
	{long: "from-env-file", value: true},
	{long: "type", value: true},
	{long: "dry-run", value: true},
	{long: "output", short: "o", value: true},
}

// runApply mirrors kubectl apply -f FILE.
func runApply(k *Console, p parsed) (string, error) {
	f := p.get("filename", "")
	if f == "" {
		return "", clientError("must specify one of -f and -k")
	}
	objs, err := k.readManifest(f)
	if err != nil {
		return "", err
	}
	res, err := k.cluster.Apply(objs)
	var out strings.Builder
	for _, a := range res {
		fmt.Fprintf(&out, "%s/%s %s\n", strings.ToLower(a.Kind), a.Name, a.Verb)
	}
	return out.String(), err
}

// runCreate mirrors kubectl create -f FILE, create secret generic and
// create configmap.
func runCreate(k *Console, p parsed) (string, error) {
	if f := p.get("filename", ""); f != "" {
		objs, err := k.readManifest(f)
		if err != nil {
			return "", err
		}
		if err := k.cluster.Create(objs); err != nil {
			return "", err
		}
		return createdLines(objectTargets(objs)), nil
	}
	switch {
	case len(p.args) >= 3 && p.args[0] == "secret" && p.args[1] == "generic":
		return k.createSecret(p.args[2], p)
	case len(p.args) >= 2 && (p.args[0] == "configmap" || p.args[0] == "cm"):
		return k.createConfigMap(p.args[1], p)
	case len(p.args) >= 1 && p.args[0] == "secret":
		return "", clientError("Usage: kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]")
	}
	return "", clientError("must specify one of -f and -k")
}

func (k *Console) createSecret(name string, p parsed) (string, error) {
	d, err := k.collect("Secret", p)
	if err != nil {
		return "", err
	}
	s := api.Secret{TypeMeta: api.TypeMeta{APIVersion: "v1", Kind: "Secret"}, Type: p.get("type", "Opaque"), Data: d.keys}
	s.Name, s.Namespace = name, "default"
	if err := k.cluster.Create(api.Objects{Secrets: []api.Secret{s}}); err != nil {
		return "", err
	}
	return "secret/" + name + " created\n", nil
}

func (k *Console) createConfigMap(name string, p parsed) (string, error) {
	d, err := k.collect("ConfigMap", p)
	if err != nil {
		return "", err
	}
	c := api.ConfigMap{TypeMeta: api.TypeMeta{APIVersion: "v1", Kind: "ConfigMap"}, Data: map[string]string{}}
	c.Name, c.Namespace = name, "default"
	for key, v := range d.keys {
		c.Data[key] = string(v)
	}
	if err := k.cluster.Create(api.Objects{ConfigMaps: []api.ConfigMap{c}}); err != nil {
		return "", err
	}
	return "configmap/" + name + " created\n", nil
}

// collect gathers --from-file, --from-literal and --from-env-file, in the
// order kubectl's generators read them.
func (k *Console) collect(object string, p parsed) (*Data, error) {
	d := newData(object)
	if err := d.fromFiles(k.wd, p.flags["from-file"]); err != nil {
		return nil, err
	}
	if err := d.fromLiterals(p.flags["from-literal"]); err != nil {
		return nil, err
	}
	if err := d.fromEnvFiles(k.wd, p.flags["from-env-file"]); err != nil {
		return nil, err
	}
	return d, nil
}

// readManifest reads, defaults and validates a YAML file from the working
// directory, with errors worded as kubectl's.
func (k *Console) readManifest(name string) (api.Objects, error) {
	b, err := fs.ReadFile(k.wd, fsPath(name))
	if err != nil {
		return api.Objects{}, clientError("the path %q does not exist", name)
	}
	objs, err := api.Parse(b)
	if err != nil {
		return objs, clientError("error parsing %s: %v", name, err)
	}
	api.Default(&objs)
	if err := api.Validate(objs); err != nil {
		return objs, invalid(objs, err)
	}
	return objs, nil
}

// invalid words validation errors as the API server's 422 answer:
// The Pod "x" is invalid: spec.containers[0].image: Required value
func invalid(objs api.Objects, err error) error {
	var list api.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		return err
	}
	kind, name := "Pod", ""
	if len(objs.Pods) > 0 {
		name = objs.Pods[0].Name
	}
	parts := make([]string, len(list))
	for i, d := range list {
		parts[i] = d.Field + ": " + d.Message
	}
	msg := strings.Join(parts, ", ")
	if len(parts) > 1 {
		msg = "[" + msg + "]"
	}
	return &StatusError{Reason: "Invalid", Detail: fmt.Sprintf("The %s %q is invalid: %s", kind, name, msg)}
}

func objectTargets(objs api.Objects) []target {
	var ts []target
	for _, c := range objs.ConfigMaps {
		ts = append(ts, target{"ConfigMap", c.Name})
	}
	for _, s := range objs.Secrets {
		ts = append(ts, target{"Secret", s.Name})
	}
	for _, s := range objs.ServiceAccounts {
		ts = append(ts, target{"ServiceAccount", s.Name})
	}
	for _, n := range objs.Nodes {
		ts = append(ts, target{"Node", n.Name})
	}
	for _, p := range objs.Pods {
		ts = append(ts, target{"Pod", p.Name})
	}
	return ts
}

func createdLines(ts []target) string {
	var b strings.Builder
	for _, t := range ts {
		fmt.Fprintf(&b, "%s/%s created\n", strings.ToLower(t.kind), t.name)
	}
	return b.String()
}
