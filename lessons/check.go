package lessons

import (
	"errors"
	"fmt"
)

// Check is one typed assertion about a simulated run. Exactly one of its
// kinds is set:
//
//	pod / container   the status in effect at `at`, over `during`, or at every
//	                  status line where `when` holds
//	event             matching events within a window, counted
//	order             the first matching event of each, in this order
//	log               a line a container wrote, by `at`
//	file              a file's content, read from inside a container at `at`
//	exec              a command run inside a container at `at` (kubectl exec)
//
// A pod and a container expectation may appear together; both must hold at
// the same moment. See lessons/README.md for examples of each.
type Check struct {
	At     *Duration        `json:"at,omitempty"`
	During *Window          `json:"during,omitempty"`
	When   *ContainerExpect `json:"when,omitempty"`

	Pod       *PodExpect       `json:"pod,omitempty"`
	Container *ContainerExpect `json:"container,omitempty"`

	Event  *EventMatch `json:"event,omitempty"`
	Within *Window     `json:"within,omitempty"`
	Count  *Range      `json:"count,omitempty"`

	Order []EventMatch `json:"order,omitempty"`
	Log   *LogExpect   `json:"log,omitempty"`
	File  *FileExpect  `json:"file,omitempty"`
	Exec  *ExecExpect  `json:"exec,omitempty"`
}

// PodExpect is what the Pod's status line must show. Name defaults to the
// first Pod of the spec. Empty fields are not checked.
type PodExpect struct {
	Name       string            `json:"name,omitempty"`
	Phase      string            `json:"phase,omitempty"`
	Status     string            `json:"status,omitempty"` // kubectl get pods STATUS
	Ready      string            `json:"ready,omitempty"`  // READY, "1/2"
	Restarts   *Range            `json:"restarts,omitempty"`
	Node       string            `json:"node,omitempty"`
	QOSClass   string            `json:"qosClass,omitempty"`
	Conditions map[string]string `json:"conditions,omitempty"` // type → "True"/"False"
}

// ContainerExpect is what one container's status must show. Name is
// required; Pod defaults to the first Pod of the spec.
type ContainerExpect struct {
	Pod        string `json:"pod,omitempty"`
	Name       string `json:"name"`
	State      string `json:"state,omitempty"` // waiting, running, terminated
	Reason     string `json:"reason,omitempty"`
	ExitCode   *int   `json:"exitCode,omitempty"`
	Ready      *bool  `json:"ready,omitempty"`
	Started    *bool  `json:"started,omitempty"`
	Restarts   *Range `json:"restarts,omitempty"`
	LastReason string `json:"lastReason,omitempty"` // lastState.terminated.reason (OOMKilled, Error)
}

// EventMatch selects events: reason, type and container by equality,
// message as a substring, pod by the event's object ("pod/NAME").
type EventMatch struct {
	Reason    string `json:"reason,omitempty"`
	Type      string `json:"type,omitempty"`
	Pod       string `json:"pod,omitempty"`
	Container string `json:"container,omitempty"`
	Message   string `json:"message,omitempty"`
}

// LogExpect is a line a container wrote (any attempt) containing a text.
type LogExpect struct {
	Pod       string `json:"pod,omitempty"`
	Container string `json:"container"`
	Contains  string `json:"contains"`
}

// FileExpect reads a file from inside a container with `cat`. Exactly one
// of Contains, Equals or Exists is given; Exists false means cat must fail.
type FileExpect struct {
	Pod       string  `json:"pod,omitempty"`
	Container string  `json:"container"`
	Path      string  `json:"path"`
	Contains  *string `json:"contains,omitempty"`
	Equals    *string `json:"equals,omitempty"`
	Exists    *bool   `json:"exists,omitempty"`
}

// ExecExpect runs a command inside a container. ExitCode defaults to 0;
// Stdout, when set, must be a substring of what the command printed.
type ExecExpect struct {
	Pod       string   `json:"pod,omitempty"`
	Container string   `json:"container"`
	Command   []string `json:"command"`
	ExitCode  *int     `json:"exitCode,omitempty"`
	Stdout    string   `json:"stdout,omitempty"`
}

// checkKind names the kind of a check, for validation and labels.
type checkKind int

const (
	kindNone checkKind = iota
	kindStatus
	kindEvent
	kindOrder
	kindLog
	kindFile
	kindExec
)

// kind returns the check's kind, or an error when it has none or several.
func (c *Check) kind() (checkKind, error) {
	var kinds []checkKind
	if c.Pod != nil || c.Container != nil {
		kinds = append(kinds, kindStatus)
	}
	for k, set := range map[checkKind]bool{kindEvent: c.Event != nil, kindOrder: len(c.Order) > 0,
		kindLog: c.Log != nil, kindFile: c.File != nil, kindExec: c.Exec != nil} {
		if set {
			kinds = append(kinds, k)
		}
	}
	switch len(kinds) {
	case 0:
		return kindNone, errors.New("check has no kind: give pod, container, event, order, log, file or exec")
	case 1:
		return kinds[0], nil
	}
	return kindNone, errors.New("check mixes kinds: one of pod/container, event, order, log, file, exec per check")
}

// validate reports a check that cannot be evaluated as written.
func (c *Check) validate() error {
	k, err := c.kind()
	if err != nil {
		return err
	}
	switch k {
	case kindStatus:
		return c.validateStatus()
	case kindEvent:
		return c.requireNone("at", c.At != nil, "during", c.During != nil, "when", c.When != nil)
	case kindOrder:
		return c.requireNone("at", c.At != nil, "within", c.Within != nil, "count", c.Count != nil)
	case kindLog:
		return required("log.container", c.Log.Container, "log.contains", c.Log.Contains)
	case kindFile:
		return c.validateFile()
	case kindExec:
		return c.validateExec()
	}
	return nil
}

func (c *Check) validateStatus() error {
	n := 0
	for _, set := range []bool{c.At != nil, c.During != nil, c.When != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		return errors.New("a pod/container check needs exactly one of at, during, when")
	}
	if c.Container != nil && c.Container.Name == "" {
		return errors.New("container.name: required")
	}
	if c.When != nil && c.When.Name == "" {
		return errors.New("when.name: required")
	}
	return c.requireNone("within", c.Within != nil, "count", c.Count != nil)
}

func (c *Check) validateFile() error {
	if c.At == nil {
		return errors.New("a file check needs at")
	}
	f := c.File
	if err := required("file.container", f.Container, "file.path", f.Path); err != nil {
		return err
	}
	n := 0
	for _, set := range []bool{f.Contains != nil, f.Equals != nil, f.Exists != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		return errors.New("a file check needs exactly one of contains, equals, exists")
	}
	return nil
}

func (c *Check) validateExec() error {
	if c.At == nil {
		return errors.New("an exec check needs at")
	}
	if len(c.Exec.Command) == 0 {
		return errors.New("exec.command: required")
	}
	return required("exec.container", c.Exec.Container)
}

// requireNone fails when any of the named fields is set.
func (c *Check) requireNone(pairs ...any) error {
	for i := 0; i < len(pairs); i += 2 {
		if pairs[i+1].(bool) {
			return fmt.Errorf("%s does not apply to this kind of check", pairs[i])
		}
	}
	return nil
}

// required fails on the first empty value of (name, value) pairs.
func required(pairs ...string) error {
	for i := 0; i < len(pairs); i += 2 {
		if pairs[i+1] == "" {
			return fmt.Errorf("%s: required", pairs[i])
		}
	}
	return nil
}
