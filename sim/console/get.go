package console

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/kubectl"
)

var getFlags = []flagSpec{
	{long: "output", short: "o", value: true},
	{long: "watch", short: "w"},
	{long: "show-labels"},
	{long: "all-namespaces", short: "A"},
	{long: "selector", short: "l", value: true},
}

// runGet mirrors `kubectl get` for the kinds the simulator has.
func runGet(k *Console, p parsed) (string, error) {
	rs, names, err := resourceArgs(p.args)
	if err != nil {
		return "", err
	}
	format := p.get("output", "")
	var out strings.Builder
	for i, r := range rs {
		s, err := k.getOne(r, names[i], format, p)
		out.WriteString(s)
		if err != nil {
			return out.String(), err
		}
	}
	if p.has("watch") && len(rs) == 1 && rs[0].kind == "Pod" {
		k.follow = &follower{kind: followPods, names: names[0], since: k.cluster.Now(), widths: columnStarts(out.String())}
	}
	return out.String(), nil
}

func (k *Console) getOne(r resource, names []string, format string, p parsed) (string, error) {
	objs, err := k.selectObjects(r, names, p.get("selector", ""))
	if err != nil || len(objs) == 0 {
		if err == nil && len(names) == 0 {
			return "No resources found in default namespace.\n", nil
		}
		return "", err
	}
	switch format {
	case "yaml", "json":
		return k.encode(objs, format)
	case "name":
		return names2(r, objs), nil
	case "", "wide":
		return k.printTable(r, objs, format == "wide", p.has("show-labels")), nil
	}
	return "", clientError("unable to match a printer suitable for the output format %q, allowed formats are: json,name,wide,yaml", format)
}

func names2(r resource, objs []object) string {
	var b strings.Builder
	for _, o := range objs {
		fmt.Fprintf(&b, "%s/%s\n", r.singular, o.name)
	}
	return b.String()
}

func (k *Console) printTable(r resource, objs []object, wide, labels bool) string {
	now := k.cluster.Now()
	var header []string
	var rows [][]string
	switch r.kind {
	case "Pod":
		header, rows = k.podRows(objs, now, wide)
	case "Node":
		header, rows = k.nodeRows(objs, now, wide)
	case "Secret":
		header = []string{"NAME", "TYPE", "DATA", "AGE"}
		for _, o := range objs {
			rows = append(rows, []string{o.name, o.secret.Type, strconv.Itoa(len(o.secret.Data)), k.age(r, o.name)})
		}
	case "ConfigMap":
		header = []string{"NAME", "DATA", "AGE"}
		for _, o := range objs {
			rows = append(rows, []string{o.name, strconv.Itoa(len(o.configMap.Data) + len(o.configMap.BinaryData)), k.age(r, o.name)})
		}
	case "ServiceAccount":
		header = []string{"NAME", "SECRETS", "AGE"}
		for _, o := range objs {
			rows = append(rows, []string{o.name, "0", k.age(r, o.name)})
		}
	case "Event":
		return kubectl.Events(k.cluster.Timeline().Events, now)
	}
	if labels {
		header = append(header, "LABELS")
		for i, o := range objs {
			rows[i] = append(rows[i], labelString(o.labels))
		}
	}
	return table(header, rows)
}

func (k *Console) age(r resource, name string) string {
	return kubectl.HumanDuration(k.cluster.Now() - k.cluster.Created(r.kind, name))
}

// podRows are kubectl get pods' rows; AGE counts from each Pod's own
// creation, as Pods of a cluster are created at different times.
func (k *Console) podRows(objs []object, now time.Duration, wide bool) ([]string, [][]string) {
	header := []string{"NAME", "READY", "STATUS", "RESTARTS", "AGE"}
	if wide {
		header = append(header, "IP", "NODE", "NOMINATED NODE", "READINESS GATES")
	}
	var rows [][]string
	for _, o := range objs {
		st := k.podStatus(o.name)
		row := kubectl.PodRow(st, now, wide)
		row[4] = kubectl.HumanDuration(now - k.cluster.Created("Pod", o.name))
		rows = append(rows, row)
	}
	return header, rows
}

// podStatus is the Pod's status line in effect now; a Pod the kubelet has
// not reported on yet is Pending with nothing ready.
func (k *Console) podStatus(name string) sim.PodStatus {
	st, ok := k.cluster.Timeline().StatusAt(name, k.cluster.Now())
	if !ok {
		n := 0
		if p, err := k.pod(name); err == nil {
			n = len(p.Spec.Containers)
		}
		st = sim.PodStatus{Pod: name, Phase: sim.PodPending, Status: "Pending", Ready: fmt.Sprintf("0/%d", n), LastRestart: -1}
	}
	return st
}

func (k *Console) nodeRows(objs []object, now time.Duration, wide bool) ([]string, [][]string) {
	header := []string{"NAME", "STATUS", "ROLES", "AGE", "VERSION"}
	if wide {
		header = append(header, "INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME")
	}
	var rows [][]string
	for _, o := range objs {
		n := o.nodeInfo
		status := n.Ready
		if n.Node.Spec.Unschedulable {
			status += ",SchedulingDisabled"
		}
		row := []string{o.name, status, n.Roles, k.age(resource{kind: "Node"}, o.name), n.Version}
		if wide {
			row = append(row, n.Internal, "<none>", "Debian GNU/Linux 12 (bookworm)", "6.1.0-podlab", "containerd://1.7.24")
		}
		rows = append(rows, row)
	}
	return header, rows
}

// labelString prints labels as --show-labels does: sorted k=v joined by
// commas, "<none>" when there are none.
func labelString(labels map[string]string) string {
	if len(labels) == 0 {
		return "<none>"
	}
	keys := make([]string, 0, len(labels))
	for key := range labels {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, key := range keys {
		parts[i] = key + "=" + labels[key]
	}
	return strings.Join(parts, ",")
}

// object is one stored object the console prints.
type object struct {
	name      string
	labels    map[string]string
	pod       *api.Pod
	secret    *api.Secret
	configMap *api.ConfigMap
	nodeInfo  *NodeInfo
	sa        *api.ServiceAccount
}
