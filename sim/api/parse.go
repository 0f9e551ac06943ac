package api

import (
	"bytes"

	"sigs.k8s.io/yaml"
)

// Parse reads one or more YAML documents into Objects. Invalid input gives
// an ErrorList with line:col diagnostics.
//
// TODO(api): this first form splits on "---" and decodes leniently; the
// strict parser with positions replaces it.
func Parse(src []byte) (Objects, error) {
	var objs Objects
	for _, doc := range bytes.Split(src, []byte("\n---")) {
		var tm TypeMeta
		if err := yaml.Unmarshal(doc, &tm); err != nil {
			return objs, ErrorList{{Message: err.Error()}}
		}
		switch tm.Kind {
		case "Pod":
			var p Pod
			if err := yaml.Unmarshal(doc, &p); err != nil {
				return objs, ErrorList{{Message: err.Error()}}
			}
			objs.Pods = append(objs.Pods, p)
		}
	}
	return objs, nil
}

// Default applies the API server's defaulting to every object, in place.
func Default(objs *Objects) {}

// Validate checks objs as the API server would; the result is nil or an
// ErrorList.
func Validate(objs Objects) error { return nil }
