package images

import "strings"

// Ref is an image reference split into its parts, with Docker's defaults
// applied: docker.io, library/ for official images, tag latest.
type Ref struct {
	Registry string // docker.io, registry.k8s.io, gcr.io, quay.io, ...
	Path     string // library/busybox, e2e-test-images/agnhost
	Tag      string
	Digest   string
	Moved    string // the registry written, when it was rewritten (k8s.gcr.io)
}

// Repo is registry/path.
func (r Ref) Repo() string { return r.Registry + "/" + r.Path }

// String is the canonical reference.
func (r Ref) String() string {
	s := r.Repo() + ":" + r.Tag
	if r.Digest != "" {
		s += "@" + r.Digest
	}
	return s
}

// movedRegistries are the old Kubernetes registries; since 2023 they
// redirect to registry.k8s.io (k8s.gcr.io was frozen on 2023-04-03).
var movedRegistries = [][2]string{
	{"k8s.gcr.io", "registry.k8s.io"},
	{"gcr.io/google-containers", "registry.k8s.io"},
	{"gcr.io/google_containers", "registry.k8s.io"},
	{"staging-k8s.gcr.io", "registry.k8s.io"},
	{"gcr.io/kubernetes-e2e-test-images", "registry.k8s.io/e2e-test-images"},
}

// ParseRef splits ref as the container runtime does (distribution's
// reference.ParseNormalizedNamed): the first component is a registry when
// it holds a dot or a colon or is localhost.
func ParseRef(ref string) (Ref, bool) {
	var r Ref
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.ContainsAny(ref, " \t") {
		return r, false
	}
	name, digest, _ := strings.Cut(ref, "@")
	r.Digest = digest
	if i := strings.LastIndex(name, ":"); i > strings.LastIndex(name, "/") {
		name, r.Tag = name[:i], name[i+1:]
	}
	if r.Tag == "" {
		r.Tag = "latest"
	}
	if name != strings.ToLower(name) || name == "" {
		return r, false
	}
	first, rest, hasSlash := strings.Cut(name, "/")
	if hasSlash && (strings.ContainsAny(first, ".:") || first == "localhost") {
		r.Registry, r.Path = first, rest
	} else {
		r.Registry, r.Path = "docker.io", name
	}
	if r.Registry == "docker.io" && !strings.Contains(r.Path, "/") {
		r.Path = "library/" + r.Path
	}
	for _, mv := range movedRegistries {
		if p, ok := strings.CutPrefix(r.Repo(), mv[0]+"/"); ok {
			r.Moved = mv[0]
			nr, np, _ := strings.Cut(mv[1], "/")
			r.Registry, r.Path = nr, strings.TrimPrefix(np+"/"+p, "/")
			break
		}
	}
	return r, true
}
