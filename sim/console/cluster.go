package console

import (
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

// Cluster is what the console needs of the simulated cluster: the API
// server's objects and the timeline, at the current virtual time.
type Cluster interface {
	Now() time.Duration
	// Advance moves virtual time forward by d (`sleep 30` in a script).
	Advance(d time.Duration)

	// Create stores new objects; an existing name is an AlreadyExists error.
	// Apply creates or updates them; it returns "created", "configured" or
	// "unchanged" per object, in order.
	Create(objs api.Objects) error
	Apply(objs api.Objects) ([]Applied, error)
	// Delete deletes an object; grace overrides the Pod's grace period.
	Delete(kind, name string, grace *int64) error
	// Relabel and Reannotate change metadata; a nil value removes the key.
	Relabel(kind, name string, changes map[string]*string) error
	Reannotate(kind, name string, changes map[string]*string) error

	Objects() api.Objects
	Nodes() []NodeInfo
	Created(kind, name string) time.Duration
	Timeline() *sim.Timeline
	Exec(pod, container string, argv []string) (stdout, stderr string, code int)
}

// Applied is one line of `kubectl apply` output.
type Applied struct {
	Kind, Name, Verb string // Verb: created, configured, unchanged
}

// NodeInfo is a node as `kubectl get nodes` shows it.
type NodeInfo struct {
	Node     api.Node
	Ready    string // "Ready", "NotReady", "Unknown"
	Roles    string // "control-plane" or "<none>"
	Version  string
	Internal string // InternalIP
}
