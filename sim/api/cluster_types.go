package api

// ConfigMap mirrors core/v1 ConfigMap.
type ConfigMap struct {
	TypeMeta   `json:",inline"`
	ObjectMeta `json:"metadata,omitempty"`
	Data       map[string]string `json:"data,omitempty"`
	BinaryData map[string][]byte `json:"binaryData,omitempty"`
	Immutable  *bool             `json:"immutable,omitempty"`
}

// Secret mirrors core/v1 Secret. Data values are base64 in YAML and
// decoded bytes here, as encoding/json does for []byte.
type Secret struct {
	TypeMeta   `json:",inline"`
	ObjectMeta `json:"metadata,omitempty"`
	Type       string            `json:"type,omitempty"`
	Data       map[string][]byte `json:"data,omitempty"`
	StringData map[string]string `json:"stringData,omitempty"`
	Immutable  *bool             `json:"immutable,omitempty"`
}

// ServiceAccount mirrors core/v1 ServiceAccount.
type ServiceAccount struct {
	TypeMeta                     `json:",inline"`
	ObjectMeta                   `json:"metadata,omitempty"`
	AutomountServiceAccountToken *bool `json:"automountServiceAccountToken,omitempty"`
}

// Node mirrors the modelled part of core/v1 Node.
type Node struct {
	TypeMeta   `json:",inline"`
	ObjectMeta `json:"metadata,omitempty"`
	Spec       NodeSpec   `json:"spec,omitempty"`
	Status     NodeStatus `json:"status,omitempty"`
}

// NodeSpec mirrors core/v1 NodeSpec.
type NodeSpec struct {
	Taints        []Taint `json:"taints,omitempty"`
	Unschedulable bool    `json:"unschedulable,omitempty"`
}

// NodeStatus mirrors the modelled part of core/v1 NodeStatus.
type NodeStatus struct {
	Capacity    map[string]Quantity `json:"capacity,omitempty"`
	Allocatable map[string]Quantity `json:"allocatable,omitempty"`
}

// Objects is what one YAML file holds, each kind in document order.
type Objects struct {
	Pods            []Pod
	ConfigMaps      []ConfigMap
	Secrets         []Secret
	ServiceAccounts []ServiceAccount
	Nodes           []Node

	// Skipped are objects of built-in kinds Podlab accepts but does not
	// simulate (LimitRange, PersistentVolumeClaim, Deployment, ...).
	Skipped []SkippedObject
	// NotSimulated has one note per field of the real API that Podlab
	// accepts but does not model (securityContext.seccompProfile, ...)
	// and one per skipped object, at their line and column; the engine
	// shows them as the timeline's notes.
	NotSimulated []Diagnostic

	pos        map[ObjectRef]positions // where each object's fields were written
	unmodelled map[ObjectRef][]string  // paths of accepted fields Podlab does not model
}

// SkippedObject is an accepted object of a kind Podlab does not simulate.
type SkippedObject struct {
	Kind, Name string
	Line       int
}
