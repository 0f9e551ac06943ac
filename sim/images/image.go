// Package images is Podlab's image catalogue: the container images a
// simulated Pod may use, known by family (every tag and mirror of busybox
// behaves as busybox), with their entrypoints, environment, root
// filesystems and the size that sets how long a pull takes.
//
// An image outside the catalogue does not exist: pulling it fails as a
// missing image would. The package is pure data and lookups.
package images

import "time"

// Image is one resolved image reference.
type Image struct {
	Ref        string   // the reference as written in the spec
	Canonical  string   // docker.io/library/busybox:1.36, registry.k8s.io/pause:3.10
	Family     string   // busybox, nginx, tomcat, liveness, agnhost, pause, ...
	Tag        string   // "latest" when none was written
	Entrypoint []string // ENTRYPOINT
	Cmd        []string // CMD
	Env        []string // KEY=value from the image config
	WorkingDir string
	Size       int64         // compressed bytes, shown in the Pulled event
	Pull       time.Duration // how long a pull takes on the simulated node
	MovedFrom  string        // k8s.gcr.io/... when the name was rewritten to registry.k8s.io
}

// Lookup resolves ref against the catalogue. ok is false for an image that
// does not exist in the catalogue (ErrImagePull).
func Lookup(ref string) (img Image, ok bool) {
	return lookup(ref)
}
