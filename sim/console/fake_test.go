package console

import (
	"slices"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

// fakeCluster is a Cluster whose timeline the test writes by hand.
type fakeCluster struct {
	now     time.Duration
	objs    api.Objects
	nodes   []NodeInfo
	created map[string]time.Duration
	tl      sim.Timeline
	deleted []string
}

func newFake() *fakeCluster {
	n := api.Node{}
	n.Name, n.Labels = "node-1", map[string]string{"disktype": "ssd"}
	return &fakeCluster{created: map[string]time.Duration{}, nodes: []NodeInfo{{Node: n, Ready: "Ready", Roles: "<none>", Version: "v1.34.0", Internal: "172.18.0.2"}}}
}

func (f *fakeCluster) Now() time.Duration      { return f.now }
func (f *fakeCluster) Advance(d time.Duration) { f.now += d }
func (f *fakeCluster) Create(objs api.Objects) error {
	for _, s := range objs.Secrets {
		if slices.ContainsFunc(f.objs.Secrets, func(x api.Secret) bool { return x.Name == s.Name }) {
			return AlreadyExists("secrets", s.Name)
		}
		f.created["Secret/"+s.Name] = f.now
	}
	for _, c := range objs.ConfigMaps {
		f.created["ConfigMap/"+c.Name] = f.now
	}
	for _, p := range objs.Pods {
		f.created["Pod/"+p.Name] = f.now
	}
	f.objs.Secrets = append(f.objs.Secrets, objs.Secrets...)
	f.objs.ConfigMaps = append(f.objs.ConfigMaps, objs.ConfigMaps...)
	f.objs.Pods = append(f.objs.Pods, objs.Pods...)
	return nil
}
func (f *fakeCluster) Apply(objs api.Objects) ([]Applied, error) {
	var out []Applied
	for _, p := range objs.Pods {
		out = append(out, Applied{"Pod", p.Name, "created"})
	}
	return out, f.Create(objs)
}
func (f *fakeCluster) Delete(kind, name string, grace *int64) error {
	f.deleted = append(f.deleted, kind+"/"+name)
	return nil
}
func (f *fakeCluster) Relabel(kind, name string, ch map[string]*string) error {
	for i := range f.nodes {
		if f.nodes[i].Node.Name == name {
			for k, v := range ch {
				if v == nil {
					delete(f.nodes[i].Node.Labels, k)
				} else {
					f.nodes[i].Node.Labels[k] = *v
				}
			}
			return nil
		}
	}
	return NotFound("nodes", name)
}
func (f *fakeCluster) Reannotate(kind, name string, ch map[string]*string) error { return nil }
func (f *fakeCluster) Objects() api.Objects                                      { return f.objs }
func (f *fakeCluster) Nodes() []NodeInfo                                         { return f.nodes }
func (f *fakeCluster) Created(kind, name string) time.Duration                   { return f.created[kind+"/"+name] }
func (f *fakeCluster) Timeline() *sim.Timeline                                   { return &f.tl }
func (f *fakeCluster) Exec(pod, c string, argv []string) (string, string, int) {
	if slices.Equal(argv, []string{"ls", "/projected-volume"}) {
		return "password.txt\nusername.txt\n", "", 0
	}
	return "", "sh: " + argv[0] + ": not found\n", 127
}
