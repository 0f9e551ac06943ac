package console

import (
	"fmt"
	"sort"
	"strings"

	"github.com/podlab/podlab/sim/kubectl"
)

// runDescribe mirrors kubectl describe for Pods (sim/kubectl.Describe),
// Secrets, ConfigMaps and Nodes.
func runDescribe(k *Console, p parsed) (string, error) {
	rs, names, err := resourceArgs(p.args)
	if err != nil {
		return "", err
	}
	var out []string
	for i, r := range rs {
		objs, err := k.selectObjects(r, names[i], "")
		if err != nil {
			return strings.Join(out, "\n\n"), err
		}
		for _, o := range objs {
			out = append(out, k.describeOne(o))
		}
	}
	return strings.Join(out, "\n\n"), nil
}

func (k *Console) describeOne(o object) string {
	now := k.cluster.Now()
	switch {
	case o.pod != nil:
		return kubectl.Describe(kubectl.PodView{Pod: o.pod, Status: k.podStatus(o.name), Events: k.cluster.Timeline().EventsUntil(now)}, now)
	case o.secret != nil:
		return describeSecret(o)
	case o.configMap != nil:
		return describeConfigMap(o)
	case o.nodeInfo != nil:
		return k.describeNode(o)
	}
	return "Name:         " + o.name + "\nNamespace:    default\n"
}

func metaHeader(b *strings.Builder, name string, labels, annotations map[string]string, namespaced bool) {
	fmt.Fprintf(b, "Name:         %s\n", name)
	if namespaced {
		fmt.Fprintf(b, "Namespace:    default\n")
	}
	fmt.Fprintf(b, "Labels:       %s\n", multiline(labels, "              "))
	fmt.Fprintf(b, "Annotations:  %s\n", multiline(annotations, "              "))
}

// multiline prints a label or annotation map as describe does: sorted
// key=value lines, the later ones indented, "<none>" when empty.
func multiline(m map[string]string, indent string) string {
	if len(m) == 0 {
		return "<none>"
	}
	keys := sortedKeys(m)
	lines := make([]string, len(keys))
	for i, key := range keys {
		lines[i] = key + "=" + m[key]
	}
	return strings.Join(lines, "\n"+indent)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return keys
}

// describeSecret mirrors SecretDescriber: sizes, never the values.
func describeSecret(o object) string {
	var b strings.Builder
	metaHeader(&b, o.name, o.secret.Labels, o.secret.Annotations, true)
	fmt.Fprintf(&b, "\nType:  %s\n\nData\n====\n", o.secret.Type)
	for _, key := range sortedKeys(o.secret.Data) {
		fmt.Fprintf(&b, "%s:  %d bytes\n", key, len(o.secret.Data[key]))
	}
	return b.String()
}

// describeConfigMap mirrors ConfigMapDescriber: every value in full.
func describeConfigMap(o object) string {
	var b strings.Builder
	metaHeader(&b, o.name, o.configMap.Labels, o.configMap.Annotations, true)
	b.WriteString("\nData\n====\n")
	for _, key := range sortedKeys(o.configMap.Data) {
		fmt.Fprintf(&b, "%s:\n----\n%s\n\n", key, o.configMap.Data[key])
	}
	b.WriteString("\nBinaryData\n====\n\nEvents:  <none>\n")
	return b.String()
}

// describeNode is the part of NodeDescriber a lesson needs: labels,
// taints, readiness, capacity and the Pods on the node.
func (k *Console) describeNode(o object) string {
	n := o.nodeInfo
	var b strings.Builder
	fmt.Fprintf(&b, "Name:               %s\n", o.name)
	fmt.Fprintf(&b, "Roles:              %s\n", n.Roles)
	fmt.Fprintf(&b, "Labels:             %s\n", multiline(n.Node.Labels, "                    "))
	fmt.Fprintf(&b, "Taints:             %s\n", taints(n))
	fmt.Fprintf(&b, "Unschedulable:      %v\n", n.Node.Spec.Unschedulable)
	fmt.Fprintf(&b, "Conditions:\n  Type    Status\n  ----    ------\n  Ready   %s\n", readyCondition(n.Ready))
	fmt.Fprintf(&b, "Addresses:\n  InternalIP:  %s\n  Hostname:    %s\n", n.Internal, o.name)
	fmt.Fprintf(&b, "Allocatable:\n")
	for _, r := range sortedKeys(n.Node.Status.Allocatable) {
		fmt.Fprintf(&b, "  %-18s%s\n", r+":", n.Node.Status.Allocatable[r])
	}
	fmt.Fprintf(&b, "Non-terminated Pods:          (%d in total)\n", len(k.podsOn(o.name)))
	for _, p := range k.podsOn(o.name) {
		fmt.Fprintf(&b, "  default                     %s\n", p)
	}
	return b.String()
}

func taints(n *NodeInfo) string {
	if len(n.Node.Spec.Taints) == 0 {
		return "<none>"
	}
	var parts []string
	for _, t := range n.Node.Spec.Taints {
		s := t.Key
		if t.Value != "" {
			s += "=" + t.Value
		}
		parts = append(parts, s+":"+t.Effect)
	}
	return strings.Join(parts, "\n                    ")
}

func readyCondition(ready string) string {
	switch ready {
	case "Ready":
		return "True"
	case "NotReady":
		return "False"
	}
	return "Unknown"
}

// podsOn lists the Pods whose status puts them on node now.
func (k *Console) podsOn(node string) []string {
	var names []string
	for _, p := range k.cluster.Objects().Pods {
		if k.podStatus(p.Name).Node == node {
			names = append(names, p.Name)
		}
	}
	sort.Strings(names)
	return names
}
