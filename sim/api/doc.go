// Package api is the API side of Podlab's simulator: its own slim mirror
// of the core/v1 types a lesson uses (same field names and json tags),
// and what the API server does to a manifest before the kubelet sees it.
//
//	objs, err := api.Parse(src) // strict YAML/KYAML → Objects, ErrorList at line:col
//	api.Default(&objs)          // pkg/apis/core/v1/defaults.go
//	err = api.Validate(objs)    // pkg/apis/core/validation, the API server's wording
//
// Parse is as strict as the API server's field validation: an unknown
// field, or a known one in the wrong case, is an error with a suggestion;
// a value of the wrong type is an error at its line and column. Scalars
// are read as kubectl reads them (YAML 1.1: 0777 is 511, yes is true).
// Fields of the real API that Podlab does not model are accepted and
// noted once each in Objects.NotSimulated; objects of kinds it does not
// simulate land in Objects.Skipped.
//
// The field schema (Fields, Lookup, ChildFields) is generated from
// k8s.io/api by internal/schemagen (go generate). k8s.io/api itself is
// never imported here: it would add 2 MB to the compressed wasm.
//
// The package is pure: no os, no clock, no goroutines; it runs the same
// natively and in wasm.
package api
