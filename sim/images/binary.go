package images

import "strings"

// binaryMagic starts every program file in a catalogue image: an ELF
// header, so `cat /bin/ls` prints garbage as it would, followed by the name
// of the Go implementation the shell runs for it.
const binaryMagic = "\x7fELF\x02\x01\x01\x00podlab:"

// Binary is the content of a program file run by implementation impl.
// "busybox" means: the applet named by the file's base name.
func Binary(impl string) string { return binaryMagic + impl + "\n" }

// BinaryImpl returns the implementation a program file names.
func BinaryImpl(content string) (impl string, ok bool) {
	rest, ok := strings.CutPrefix(content, binaryMagic)
	if !ok {
		return "", false
	}
	impl, _, _ = strings.Cut(rest, "\n")
	return impl, true
}

// File is one entry of an image's root filesystem.
type File struct {
	Path    string // absolute
	Content string
	Mode    uint32 // permission bits
	Dir     bool
}
