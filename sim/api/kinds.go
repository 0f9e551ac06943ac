package api

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// simulatedKinds are the core/v1 kinds Podlab models.
var simulatedKinds = map[string]bool{"Pod": true, "ConfigMap": true, "Secret": true, "ServiceAccount": true, "Node": true}

// skipped accepts a built-in kind Podlab does not simulate, or rejects an
// unknown one as kubectl does when no API serves it.
func (p *parser) skipped(root, kind, apiVersion *yaml.Node) {
	if !otherKinds[kind.Value] {
		msg := fmt.Sprintf("no matches for kind %q in version %q", kind.Value, apiVersion.Value)
		if s := suggest(kind.Value, knownKinds()); s != "" {
			msg += fmt.Sprintf(", did you mean %q?", s)
		}
		p.d.errorAt(kind, "kind", msg)
		return
	}
	name := ""
	if md := topMapping(root, "metadata"); md != nil {
		if n := topScalar(md, "name"); n != nil {
			name = n.Value
		}
	}
	p.objs.Skipped = append(p.objs.Skipped, SkippedObject{Kind: kind.Value, Name: name, Line: root.Line})
	p.d.notes = append(p.d.notes, Diagnostic{Line: kind.Line, Col: kind.Column, Field: "kind",
		Message: fmt.Sprintf("not simulated: %s %q is accepted but Podlab does not model %s objects", kind.Value, name, kind.Value)})
}

// otherKinds are built-in kinds a docs example may hold that Podlab
// accepts without simulating them.
var otherKinds = map[string]bool{
	"LimitRange": true, "ResourceQuota": true, "PersistentVolume": true, "PersistentVolumeClaim": true,
	"Service": true, "Namespace": true, "Endpoints": true, "ReplicationController": true,
	"Deployment": true, "ReplicaSet": true, "StatefulSet": true, "DaemonSet": true,
	"Job": true, "CronJob": true, "Ingress": true, "NetworkPolicy": true, "PodDisruptionBudget": true,
	"HorizontalPodAutoscaler": true, "Role": true, "RoleBinding": true, "ClusterRole": true,
	"ClusterRoleBinding": true, "StorageClass": true, "PriorityClass": true, "RuntimeClass": true,
	"PodTemplate": true, "Event": true,
}

func knownKinds() []string {
	var out []string
	for k := range simulatedKinds {
		out = append(out, k)
	}
	for k := range otherKinds {
		out = append(out, k)
	}
	return sortedUnique(out)
}
