package cluster

import (
	"strings"

	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/console"
	"github.com/podlab/podlab/sim/kubelet"
)

func targets(objs api.Objects) []string {
	var ts []string
	for _, p := range objs.Pods {
		ts = append(ts, "Pod/"+p.Name)
	}
	for _, c := range objs.ConfigMaps {
		ts = append(ts, "ConfigMap/"+c.Name)
	}
	for _, s := range objs.Secrets {
		ts = append(ts, "Secret/"+s.Name)
	}
	for _, s := range objs.ServiceAccounts {
		ts = append(ts, "ServiceAccount/"+s.Name)
	}
	for _, n := range objs.Nodes {
		ts = append(ts, "Node/"+n.Name)
	}
	return ts
}

func findPod(objs api.Objects, name string) *api.Pod {
	for i := range objs.Pods {
		if objs.Pods[i].Name == name {
			return &objs.Pods[i]
		}
	}
	return nil
}

func findConfigMap(objs api.Objects, name string) *api.ConfigMap {
	for i := range objs.ConfigMaps {
		if objs.ConfigMaps[i].Name == name {
			return &objs.ConfigMaps[i]
		}
	}
	return nil
}

func findSecret(objs api.Objects, name string) *api.Secret {
	for i := range objs.Secrets {
		if objs.Secrets[i].Name == name {
			return &objs.Secrets[i]
		}
	}
	return nil
}

// Nodes are the nodes as kubectl get nodes shows them.
func (c *Cluster) Nodes() []console.NodeInfo {
	var out []console.NodeInfo
	for _, n := range c.k.Objects().Nodes {
		out = append(out, console.NodeInfo{Node: n, Ready: "Ready", Roles: roles(n.Labels),
			Version: "v1.34.0", Internal: kubelet.NodeIP(n.Name)})
	}
	return out
}

// roles mirrors kubectl's findNodeRoles: node-role.kubernetes.io/<role>
// labels, "<none>" without any.
func roles(labels map[string]string) string {
	var rs []string
	for k := range labels {
		if r, ok := strings.CutPrefix(k, "node-role.kubernetes.io/"); ok && r != "" {
			rs = append(rs, r)
		}
	}
	if len(rs) == 0 {
		return "<none>"
	}
	return strings.Join(rs, ",")
}
