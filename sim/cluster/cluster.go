// Package cluster is the simulated cluster behind Podlab's kubectl
// console: the kubelet engine's objects and timeline, plus what the API
// server keeps for kubectl (creation times, apply's three outcomes). It
// implements console.Cluster.
package cluster

import (
	"errors"
	"maps"
	"reflect"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/console"
	"github.com/podlab/podlab/sim/kubelet"
)

// nodeAge is how old the cluster's nodes are when a session starts, so
// `kubectl get nodes` shows a cluster that was there before the learner.
const nodeAge = 10 * 24 * time.Hour

// Cluster is a running simulated cluster. It is not safe for concurrent use.
type Cluster struct {
	k       *kubelet.Kubelet
	created map[string]time.Duration // "Kind/name" → creation time
}

var _ console.Cluster = (*Cluster)(nil)

// New starts a cluster at t=0 holding objs (defaulted and validated),
// with rt as every node's container runtime.
func New(objs api.Objects, rt sim.Runtime, opts kubelet.Options) *Cluster {
	c := &Cluster{k: kubelet.New(objs, rt, opts), created: map[string]time.Duration{}}
	return c
}

// Kubelet is the engine, for callers that draw its timeline.
func (c *Cluster) Kubelet() *kubelet.Kubelet { return c.k }

func (c *Cluster) Now() time.Duration      { return c.k.Now() }
func (c *Cluster) Timeline() *sim.Timeline { return c.k.Timeline() }

// Advance runs the cluster for d of virtual time.
func (c *Cluster) Advance(d time.Duration) { c.k.RunUntil(c.k.Now() + d) }

// Create stores new objects now; a name taken is AlreadyExists.
func (c *Cluster) Create(objs api.Objects) error {
	if err := c.k.Create(objs); err != nil {
		return statusError(err)
	}
	for _, t := range targets(objs) {
		c.created[t] = c.k.Now()
	}
	c.settle()
	return nil
}

// settle runs what the last operation set off at this same instant (the
// API server's answer, the watchers' first reactions), so the next command
// sees it, as a real API server's write is visible to the next read.
func (c *Cluster) settle() { c.k.RunUntil(c.k.Now()) }

// Apply creates what is new and updates what exists, as kubectl apply's
// server-side patch does: metadata of a Pod may change, its spec may not
// (the API server forbids most Pod spec updates); a ConfigMap or Secret is
// replaced.
func (c *Cluster) Apply(objs api.Objects) ([]console.Applied, error) {
	var out []console.Applied
	current := c.k.Objects()
	for _, p := range objs.Pods {
		a, err := c.applyPod(current, p)
		if err != nil {
			return out, err
		}
		out = append(out, a)
	}
	for _, cm := range objs.ConfigMaps {
		out = append(out, c.applyReplace("ConfigMap", cm.Name, api.Objects{ConfigMaps: []api.ConfigMap{cm}}, findConfigMap(current, cm.Name), cm))
	}
	for _, s := range objs.Secrets {
		out = append(out, c.applyReplace("Secret", s.Name, api.Objects{Secrets: []api.Secret{s}}, findSecret(current, s.Name), s))
	}
	rest := api.Objects{ServiceAccounts: objs.ServiceAccounts, Nodes: objs.Nodes}
	if len(rest.ServiceAccounts)+len(rest.Nodes) > 0 {
		if err := c.Create(rest); err != nil {
			return out, err
		}
		for _, t := range targets(rest) {
			kind, name, _ := strings.Cut(t, "/")
			out = append(out, console.Applied{Kind: kind, Name: name, Verb: "created"})
		}
	}
	return out, nil
}

func (c *Cluster) applyPod(current api.Objects, p api.Pod) (console.Applied, error) {
	a := console.Applied{Kind: "Pod", Name: p.Name}
	old := findPod(current, p.Name)
	if old == nil {
		a.Verb = "created"
		return a, c.Create(api.Objects{Pods: []api.Pod{p}})
	}
	if !reflect.DeepEqual(stripAdmission(old.Spec, p.Spec), p.Spec) {
		return a, &console.StatusError{Reason: "Invalid", Detail: `The Pod "` + p.Name + `" is invalid: spec: Forbidden: pod updates may not change fields other than ` +
			"`spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"}
	}
	if maps.Equal(old.Labels, p.Labels) && maps.Equal(old.Annotations, p.Annotations) {
		a.Verb = "unchanged"
		return a, nil
	}
	a.Verb = "configured"
	return a, statusError(c.k.SetPodMetadata(p.Name, p.Labels, p.Annotations))
}

// stripAdmission undoes what admission and binding added to a stored spec
// (the service account token volume and its mounts, spec.nodeName), so a
// re-applied manifest compares equal to what it created.
func stripAdmission(stored, applied api.PodSpec) api.PodSpec {
	s := stored
	s.Volumes = keepVolumes(stored.Volumes, applied.Volumes)
	s.Containers = keepMounts(stored.Containers, applied.Containers)
	s.InitContainers = keepMounts(stored.InitContainers, applied.InitContainers)
	s.ServiceAccountName = applied.ServiceAccountName
	if applied.NodeName == "" {
		s.NodeName = ""
	}
	return s
}

func keepVolumes(stored, applied []api.Volume) []api.Volume {
	var out []api.Volume
	for _, v := range stored {
		if !strings.HasPrefix(v.Name, "kube-api-access-") {
			out = append(out, v)
		}
	}
	if out == nil && applied != nil {
		return []api.Volume{}
	}
	return out
}

func keepMounts(stored, applied []api.Container) []api.Container {
	out := append([]api.Container(nil), stored...)
	for i := range out {
		var ms []api.VolumeMount
		for _, m := range out[i].VolumeMounts {
			if !strings.HasPrefix(m.Name, "kube-api-access-") {
				ms = append(ms, m)
			}
		}
		if i < len(applied) && applied[i].VolumeMounts != nil && ms == nil {
			ms = []api.VolumeMount{}
		}
		out[i].VolumeMounts = ms
	}
	return out
}

func (c *Cluster) applyReplace(kind, name string, objs api.Objects, old, applied any) console.Applied {
	a := console.Applied{Kind: kind, Name: name, Verb: "created"}
	if !reflect.ValueOf(old).IsNil() {
		if reflect.DeepEqual(reflect.ValueOf(old).Elem().Interface(), applied) {
			a.Verb = "unchanged"
			return a
		}
		c.k.DeleteObject(kind, name)
		a.Verb = "configured"
	}
	created, had := c.created[kind+"/"+name]
	c.Create(objs)
	if had {
		c.created[kind+"/"+name] = created
	}
	return a
}

// Delete removes an object; a Pod goes through graceful termination.
func (c *Cluster) Delete(kind, name string, grace *int64) error {
	defer c.settle()
	if kind == "Pod" {
		return statusError(c.k.DeletePod(name, grace))
	}
	return statusError(c.k.DeleteObject(kind, name))
}

// Relabel changes labels of a Node or a Pod.
func (c *Cluster) Relabel(kind, name string, changes map[string]*string) error {
	defer c.settle()
	objs := c.k.Objects()
	switch kind {
	case "Node":
		for _, n := range objs.Nodes {
			if n.Name == name {
				return statusError(c.k.SetNodeLabels(name, apply(n.Labels, changes)))
			}
		}
		return console.NotFound("nodes", name)
	case "Pod":
		if p := findPod(objs, name); p != nil {
			return statusError(c.k.SetPodMetadata(name, apply(p.Labels, changes), p.Annotations))
		}
		return console.NotFound("pods", name)
	}
	return &console.StatusError{Reason: "BadRequest", Detail: "labels of " + strings.ToLower(kind) + "s are not simulated"}
}

// Reannotate changes annotations of a Pod.
func (c *Cluster) Reannotate(kind, name string, changes map[string]*string) error {
	defer c.settle()
	if kind != "Pod" {
		return &console.StatusError{Reason: "BadRequest", Detail: "annotations of " + strings.ToLower(kind) + "s are not simulated"}
	}
	p := findPod(c.k.Objects(), name)
	if p == nil {
		return console.NotFound("pods", name)
	}
	return statusError(c.k.SetPodMetadata(name, p.Labels, apply(p.Annotations, changes)))
}

func apply(m map[string]string, changes map[string]*string) map[string]string {
	out := maps.Clone(m)
	if out == nil {
		out = map[string]string{}
	}
	for k, v := range changes {
		if v == nil {
			delete(out, k)
		} else {
			out[k] = *v
		}
	}
	return out
}

// Objects are the objects stored now.
func (c *Cluster) Objects() api.Objects { return c.k.Objects() }

// Created is when an object was created; objects of the initial YAML at
// t=0, nodes long before.
func (c *Cluster) Created(kind, name string) time.Duration {
	if t, ok := c.created[kind+"/"+name]; ok {
		return t
	}
	if kind == "Node" {
		return -nodeAge
	}
	return 0
}

// Exec runs a command in a container now.
func (c *Cluster) Exec(pod, container string, argv []string) (string, string, int) {
	return c.k.Exec(pod, container, argv)
}

// statusError words the engine's errors as the API server's.
func statusError(err error) error {
	var nf kubelet.ErrNotFound
	var ex kubelet.ErrExists
	switch {
	case err == nil:
		return nil
	case errors.As(err, &nf):
		return console.NotFound(nf.Kind, nf.Name)
	case errors.As(err, &ex):
		return console.AlreadyExists(ex.Kind, ex.Name)
	}
	return err
}
