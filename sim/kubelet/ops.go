package kubelet

import (
	"fmt"
	"maps"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

// The operations below are what a kubectl console does to a running
// cluster: create objects, delete a Pod, relabel a node or a Pod. Each
// takes effect at the current virtual time, through the same paths the
// API server's watchers take in a real cluster.

// ErrNotFound and ErrExists are the API server's NotFound and
// AlreadyExists; callers word them as kubectl does.
type ErrNotFound struct{ Kind, Name string }

func (e ErrNotFound) Error() string { return fmt.Sprintf("%s %q not found", e.Kind, e.Name) }

// ErrExists is the AlreadyExists error of creating an object twice.
type ErrExists struct{ Kind, Name string }

func (e ErrExists) Error() string { return fmt.Sprintf("%s %q already exists", e.Kind, e.Name) }

// Create stores objs (already defaulted and validated) now. New Pods are
// admitted, then scheduled after the scheduler's latency; new ConfigMaps
// and Secrets are seen by the next volume mount or container start, as
// the kubelet's informers see them.
func (k *Kubelet) Create(objs api.Objects) error {
	if err := k.checkNew(objs); err != nil {
		return err
	}
	k.objs.ConfigMaps = append(k.objs.ConfigMaps, objs.ConfigMaps...)
	k.objs.Secrets = append(k.objs.Secrets, objs.Secrets...)
	k.objs.ServiceAccounts = append(k.objs.ServiceAccounts, objs.ServiceAccounts...)
	k.objs.Nodes = append(k.objs.Nodes, objs.Nodes...)
	for _, p := range objs.Pods {
		k.addPod(p)
	}
	if len(objs.Nodes) > 0 {
		k.retryUnschedulable()
	}
	return nil
}

// addPod admits and creates one Pod now. The worker keeps its own copy of
// the object, so later creations never move it.
func (k *Kubelet) addPod(p api.Pod) {
	admitted := AdmitServiceAccount(p)
	pw := newPodWorker(k, &admitted, len(k.pods))
	k.pods = append(k.pods, pw)
	k.schedule(k.now, pw.create)
	k.schedule(k.now+schedulingLatency, func() { pw.bind(clusterNodes(k.objs)) })
}

func (k *Kubelet) checkNew(objs api.Objects) error {
	for _, p := range objs.Pods {
		if pw := k.pod(p.Name); pw != nil && !pw.gone {
			return ErrExists{"pods", p.Name}
		}
	}
	for _, c := range objs.ConfigMaps {
		if k.configMapIndex(c.Name) >= 0 {
			return ErrExists{"configmaps", c.Name}
		}
	}
	for _, s := range objs.Secrets {
		if k.secretIndex(s.Name) >= 0 {
			return ErrExists{"secrets", s.Name}
		}
	}
	return nil
}

func (k *Kubelet) configMapIndex(name string) int {
	for i, c := range k.objs.ConfigMaps {
		if c.Name == name {
			return i
		}
	}
	return -1
}

func (k *Kubelet) secretIndex(name string) int {
	for i, s := range k.objs.Secrets {
		if s.Name == name {
			return i
		}
	}
	return -1
}

// DeletePod is kubectl delete pod: graceful deletion with the Pod's own
// terminationGracePeriodSeconds, or grace seconds when given.
func (k *Kubelet) DeletePod(name string, grace *int64) error {
	pw := k.pod(name)
	if pw == nil || pw.gone {
		return ErrNotFound{"pods", name}
	}
	g := pw.gracePeriod()
	if grace != nil {
		g = time.Duration(*grace) * time.Second
	}
	pw.delete(g)
	return nil
}

// DeleteObject removes a ConfigMap or Secret; Pods already running keep
// the files they mounted, as in Kubernetes.
func (k *Kubelet) DeleteObject(kind, name string) error {
	switch kind {
	case "ConfigMap":
		if i := k.configMapIndex(name); i >= 0 {
			k.objs.ConfigMaps = append(k.objs.ConfigMaps[:i], k.objs.ConfigMaps[i+1:]...)
			return nil
		}
		return ErrNotFound{"configmaps", name}
	case "Secret":
		if i := k.secretIndex(name); i >= 0 {
			k.objs.Secrets = append(k.objs.Secrets[:i], k.objs.Secrets[i+1:]...)
			return nil
		}
		return ErrNotFound{"secrets", name}
	}
	return ErrNotFound{kind, name}
}

// SetNodeLabels replaces a node's labels (kubectl label node). Pods that
// could not be scheduled are tried again at once, as the scheduler's queue
// moves them back to active on a node update.
func (k *Kubelet) SetNodeLabels(name string, labels map[string]string) error {
	k.materializeNodes()
	for i := range k.objs.Nodes {
		if k.objs.Nodes[i].Name == name {
			k.objs.Nodes[i].Labels = maps.Clone(labels)
			k.retryUnschedulable()
			return nil
		}
	}
	return ErrNotFound{"nodes", name}
}

// materializeNodes turns the default cluster into Node objects the first
// time one is changed, so the change persists.
func (k *Kubelet) materializeNodes() {
	k.objs.Nodes = k.nodeObjects()
}

// nodeObjects are the cluster's Node objects: those created, or the
// default cluster's.
func (k *Kubelet) nodeObjects() []api.Node {
	if len(k.objs.Nodes) > 0 {
		return k.objs.Nodes
	}
	var nodes []api.Node
	for _, n := range clusterNodes(k.objs) {
		node := api.Node{TypeMeta: api.TypeMeta{APIVersion: "v1", Kind: "Node"}}
		node.Name, node.Labels = n.Name, maps.Clone(n.Labels)
		node.Spec.Taints, node.Spec.Unschedulable = n.Taints, n.Unschedulable
		node.Status.Allocatable = map[string]api.Quantity{
			"cpu":    api.Quantity(fmt.Sprintf("%dm", n.Allocatable.MilliCPU)),
			"memory": api.Quantity(fmt.Sprintf("%d", n.Allocatable.Memory)),
			"pods":   api.Quantity(fmt.Sprintf("%d", n.Allocatable.Pods)),
		}
		nodes = append(nodes, node)
	}
	return nodes
}

func (k *Kubelet) retryUnschedulable() {
	for _, pw := range k.pods {
		if !pw.scheduled && !pw.gone && !pw.deleting && len(pw.pod.Spec.SchedulingGates) == 0 {
			pw := pw
			k.schedule(k.now, func() {
				if !pw.scheduled {
					pw.bind(clusterNodes(k.objs))
				}
			})
		}
	}
}

// SetPodMetadata replaces a Pod's labels and annotations (kubectl label,
// kubectl annotate). The downward API files follow at the kubelet's next
// sync of the Pod, as its volume manager remounts them.
func (k *Kubelet) SetPodMetadata(name string, labels, annotations map[string]string) error {
	pw := k.pod(name)
	if pw == nil || pw.gone {
		return ErrNotFound{"pods", name}
	}
	pw.pod.Labels, pw.pod.Annotations = maps.Clone(labels), maps.Clone(annotations)
	k.schedule(k.now+downwardAPIRefresh, pw.refreshVolumes)
	return nil
}

// downwardAPIRefresh is how soon a changed label shows in a downward API
// file: the pod worker's next periodic sync remounts the volume. The real
// delay is up to the sync period (1m) plus jitter; Podlab takes a fixed
// share of it so a lesson can show the change.
const downwardAPIRefresh = 2 * time.Second

// refreshVolumes recomputes the files of the projected volumes and hands
// the changed ones to the runtime (AtomicWriter swaps ..data in place).
func (pw *podWorker) refreshVolumes() {
	if !pw.volumes || pw.gone || !pw.sandbox {
		return
	}
	vols, err := pw.volumeConfigs()
	if err != nil {
		return
	}
	for i, v := range vols {
		if i < len(pw.vols) && v.ReadOnly && !sameFiles(pw.vols[i].Files, v.Files) {
			pw.k.rt.UpdateVolume(pw.name, v.Name, v.Files, pw.k.now)
		}
	}
	pw.vols = vols
}

func sameFiles(a, b []sim.VolumeFile) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Objects are the objects the API server holds now: what was created,
// with the Pods as the workers see them (relabelled, not yet removed).
func (k *Kubelet) Objects() api.Objects {
	out := k.objs
	out.Pods = nil
	for _, pw := range k.pods {
		if pw.gone {
			continue
		}
		p := *pw.pod
		if pw.scheduled {
			p.Spec.NodeName = pw.node // the binding sets it
		}
		out.Pods = append(out.Pods, p)
	}
	out.Nodes = k.nodeObjects()
	return out
}
