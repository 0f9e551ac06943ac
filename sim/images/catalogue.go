package images

// lookup is a placeholder until the catalogue lands (issue: what the
// containers see). It knows busybox only.
func lookup(ref string) (Image, bool) {
	return Image{Ref: ref, Family: "busybox", Tag: "latest", Cmd: []string{"sh"}}, ref == "busybox"
}
