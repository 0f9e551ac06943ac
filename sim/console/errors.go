package console

import "fmt"

// StatusError is an error from the API server, worded as kubectl prints
// it: `Error from server (NotFound): pods "x" not found`.
type StatusError struct {
	Reason   string // NotFound, AlreadyExists, Invalid, BadRequest
	Resource string // plural: pods, secrets, configmaps, nodes
	Name     string
	Detail   string // for Invalid and BadRequest
}

func (e *StatusError) Error() string {
	switch e.Reason {
	case "NotFound":
		return fmt.Sprintf("Error from server (NotFound): %s %q not found", e.Resource, e.Name)
	case "Invalid":
		return e.Detail // kubectl prints a 422 as the server's message alone
	case "AlreadyExists":
		return fmt.Sprintf("Error from server (AlreadyExists): %s %q already exists", e.Resource, e.Name)
	}
	return fmt.Sprintf("Error from server (%s): %s", e.Reason, e.Detail)
}

// NotFound and AlreadyExists build the two errors the console meets most.
func NotFound(resource, name string) error {
	return &StatusError{Reason: "NotFound", Resource: resource, Name: name}
}

// AlreadyExists is the error of creating an object twice.
func AlreadyExists(resource, name string) error {
	return &StatusError{Reason: "AlreadyExists", Resource: resource, Name: name}
}

// clientError is an error kubectl raises itself, printed as "error: ...".
func clientError(format string, args ...any) error {
	return fmt.Errorf("error: "+format, args...)
}
