package api

import (
	"strconv"
	"strings"
)

// Pos is a 1-based line and column in the YAML source.
type Pos struct{ Line, Col int }

// ObjectRef names one parsed object: its kind and its index among the
// objects of that kind in Objects ("Pod", 0 is Objects.Pods[0]).
type ObjectRef struct {
	Kind  string
	Index int
}

// positions maps each written field's path ("spec.containers[0].image",
// "metadata.labels[app]") to where its value starts.
type positions map[string]Pos

// Position is where the field at path of the object ref was written; a
// field that was not written (a missing name, a defaulted value) gets the
// position of its nearest written parent, so an editor can still point
// at the right block. The zero Pos means unknown.
func (o Objects) Position(ref ObjectRef, path string) Pos {
	pos := o.pos[ref]
	for {
		if p, ok := pos[path]; ok {
			return p
		}
		parent := parentPath(path)
		if parent == path {
			return pos[""]
		}
		path = parent
	}
}

// parentPath drops the last step of a field path: "a.b[0]" → "a.b",
// "a.b" → "a", "a" → "".
func parentPath(path string) string {
	if strings.HasSuffix(path, "]") {
		if i := strings.LastIndexByte(path, '['); i >= 0 {
			return path[:i]
		}
	}
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[:i]
	}
	return ""
}

// child is the path of a field under path, as field.Path.Child prints it.
func child(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// index is the path of a list element, as field.Path.Index prints it.
func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// key is the path of a map entry, as field.Path.Key prints it.
func key(path, k string) string { return path + "[" + k + "]" }
