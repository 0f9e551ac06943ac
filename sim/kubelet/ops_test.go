package kubelet

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/internal/fakert"
)

func opsPod(name string, selector map[string]string) api.Pod {
	p := api.Pod{ObjectMeta: api.ObjectMeta{Name: name, Namespace: "default"}}
	p.Spec.Containers = []api.Container{{Name: "app", Image: "busybox:1.36", ImagePullPolicy: api.PullIfNotPresent,
		Command: []string{"sh", "-c", "sleep 3600"}}}
	p.Spec.NodeSelector = selector
	p.Spec.RestartPolicy = api.RestartAlways
	grace := int64(30)
	p.Spec.TerminationGracePeriodSeconds = &grace
	return p
}

func newOpsKubelet() *Kubelet {
	return New(api.Objects{}, fakert.New(), Options{Images: fakert.Images})
}

func lastStatus(t *testing.T, k *Kubelet, pod string) sim.PodStatus {
	t.Helper()
	st, ok := k.Timeline().StatusAt(pod, k.Now())
	if !ok {
		t.Fatalf("no status for %s at %v", pod, k.Now())
	}
	return st
}

// A Pod whose nodeSelector no node matches stays Pending with
// FailedScheduling, and lands on the node as soon as it is labelled.
func TestSetNodeLabelsReschedules(t *testing.T) {
	k := newOpsKubelet()
	k.RunUntil(5 * time.Second)
	if err := k.Create(api.Objects{Pods: []api.Pod{opsPod("nginx", map[string]string{"disktype": "nvme"})}}); err != nil {
		t.Fatal(err)
	}
	k.RunUntil(30 * time.Second)
	if st := lastStatus(t, k, "nginx"); st.Phase != sim.PodPending || st.Node != "" {
		t.Fatalf("before the label: phase %s on %q, want Pending on no node", st.Phase, st.Node)
	}
	var failed bool
	for _, e := range k.Timeline().Events {
		failed = failed || (e.Reason == "FailedScheduling" && strings.Contains(e.Message, "didn't match Pod's node affinity/selector"))
	}
	if !failed {
		t.Error("no FailedScheduling event")
	}
	labels := map[string]string{}
	for _, n := range k.Objects().Nodes {
		if n.Name == "node-2" {
			labels = n.Labels
		}
	}
	labels["disktype"] = "nvme"
	if err := k.SetNodeLabels("node-2", labels); err != nil {
		t.Fatal(err)
	}
	k.RunUntil(90 * time.Second)
	if st := lastStatus(t, k, "nginx"); st.Phase != sim.PodRunning || st.Node != "node-2" {
		t.Errorf("after the label: phase %s on %q, want Running on node-2", st.Phase, st.Node)
	}
}

func TestCreateAndDelete(t *testing.T) {
	k := newOpsKubelet()
	if err := k.Create(api.Objects{Pods: []api.Pod{opsPod("a", nil)}}); err != nil {
		t.Fatal(err)
	}
	var exists ErrExists
	if err := k.Create(api.Objects{Pods: []api.Pod{opsPod("a", nil)}}); !errors.As(err, &exists) {
		t.Errorf("second create: err = %v, want ErrExists", err)
	}
	k.RunUntil(20 * time.Second)
	grace := int64(5)
	if err := k.DeletePod("a", &grace); err != nil {
		t.Fatal(err)
	}
	var nf ErrNotFound
	if err := k.DeletePod("nope", nil); !errors.As(err, &nf) {
		t.Errorf("delete nope: err = %v, want ErrNotFound", err)
	}
	k.RunUntil(22 * time.Second)
	if st := lastStatus(t, k, "a"); st.Status != "Terminating" {
		t.Errorf("2s after delete: STATUS %q, want Terminating", st.Status)
	}
	k.RunUntil(60 * time.Second)
	if len(k.Objects().Pods) != 0 {
		t.Errorf("after the grace period the Pod is still stored: %v", k.Objects().Pods)
	}
}
