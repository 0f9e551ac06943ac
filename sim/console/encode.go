package console

import (
	"encoding/json"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/kubectl"
)

// encode prints objects as -o yaml / -o json do: one object alone, several
// in a List.
func (k *Console) encode(objs []object, format string) (string, error) {
	var doc any
	if len(objs) == 1 {
		doc = k.objectMap(objs[0])
	} else {
		items := make([]any, len(objs))
		for i, o := range objs {
			items[i] = k.objectMap(o)
		}
		doc = map[string]any{"apiVersion": "v1", "kind": "List", "items": items, "metadata": map[string]any{"resourceVersion": ""}}
	}
	if format == "json" {
		b, err := json.MarshalIndent(doc, "", "    ")
		return string(b) + "\n", err
	}
	return marshalYAML(normalize(doc)), nil
}

// objectMap is the object as the API server returns it: what was applied,
// defaulted, plus creationTimestamp and, for a Pod, its status.
func (k *Console) objectMap(o object) map[string]any {
	var src any
	kind := ""
	switch {
	case o.pod != nil:
		src, kind = o.pod, "Pod"
	case o.secret != nil:
		src, kind = o.secret, "Secret"
	case o.configMap != nil:
		src, kind = o.configMap, "ConfigMap"
	case o.sa != nil:
		src, kind = o.sa, "ServiceAccount"
	case o.nodeInfo != nil:
		src, kind = o.nodeInfo.Node, "Node"
	}
	m := toMap(src)
	m["apiVersion"], m["kind"] = "v1", kind
	meta, _ := m["metadata"].(map[string]any)
	if meta == nil {
		meta = map[string]any{}
		m["metadata"] = meta
	}
	meta["creationTimestamp"] = kubectl.CreationTime().Add(k.cluster.Created(kind, o.name)).Format(time.RFC3339)
	if kind == "Pod" {
		m["status"] = podStatusMap(k.podStatus(o.name))
	}
	return m
}

// normalize turns a value built from Go maps and slices into the JSON
// shapes marshalYAML reads (map[string]any, []any, float64), as a JSON
// round trip does.
func normalize(v any) any {
	b, _ := json.Marshal(v)
	var out any
	json.Unmarshal(b, &out)
	return out
}

func toMap(v any) map[string]any {
	b, _ := json.Marshal(v)
	m := map[string]any{}
	json.Unmarshal(b, &m)
	return m
}

// podStatusMap is core/v1 PodStatus as JSON, from a status line.
func podStatusMap(s sim.PodStatus) map[string]any {
	conds := make([]any, len(s.Conditions))
	for i, c := range s.Conditions {
		cm := map[string]any{"type": c.Type, "status": c.Status,
			"lastTransitionTime": kubectl.CreationTime().Add(c.LastTransitionTime).Format(time.RFC3339)}
		if c.Reason != "" {
			cm["reason"] = c.Reason
		}
		if c.Message != "" {
			cm["message"] = c.Message
		}
		conds[i] = cm
	}
	m := map[string]any{"phase": string(s.Phase), "conditions": conds}
	if s.IP != "" {
		m["podIP"] = s.IP
		m["podIPs"] = []any{map[string]any{"ip": s.IP}}
	}
	if s.QOSClass != "" {
		m["qosClass"] = s.QOSClass
	}
	if s.Reason != "" {
		m["reason"] = s.Reason
	}
	var inits, apps []any
	for _, c := range s.Containers {
		if c.Kind == sim.InitKind || c.Kind == sim.SidecarKind {
			inits = append(inits, containerStatusMap(c))
		} else {
			apps = append(apps, containerStatusMap(c))
		}
	}
	if len(inits) > 0 {
		m["initContainerStatuses"] = inits
	}
	if len(apps) > 0 {
		m["containerStatuses"] = apps
	}
	return m
}

func containerStatusMap(c sim.ContainerStatus) map[string]any {
	state := map[string]any{}
	switch c.State {
	case sim.Running:
		state["running"] = map[string]any{"startedAt": stamp(c.StartedAt)}
	case sim.Terminated:
		t := map[string]any{"reason": c.Reason, "startedAt": stamp(c.StartedAt), "finishedAt": stamp(c.FinishedAt)}
		if c.ExitCode != nil {
			t["exitCode"] = *c.ExitCode
		}
		state["terminated"] = t
	default:
		w := map[string]any{}
		if c.Reason != "" {
			w["reason"] = c.Reason
		}
		if c.Message != "" {
			w["message"] = c.Message
		}
		state["waiting"] = w
	}
	m := map[string]any{"name": c.Name, "image": c.Image, "ready": c.Ready, "started": c.Started,
		"restartCount": c.RestartCount, "state": state}
	if c.LastState != nil {
		m["lastState"] = map[string]any{"terminated": map[string]any{"exitCode": c.LastState.ExitCode,
			"reason": c.LastState.Reason, "startedAt": stamp(c.LastState.StartedAt), "finishedAt": stamp(c.LastState.FinishedAt)}}
	}
	return m
}

func stamp(d time.Duration) string { return kubectl.CreationTime().Add(d).Format(time.RFC3339) }
