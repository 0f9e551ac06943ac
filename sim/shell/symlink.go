package shell

import (
	"io/fs"
	"path"
	"strings"
	"syscall"
	"time"

	"github.com/hack-pad/hackpadfs"
)

// Symbolic links. hackpadfs's mem.FS has none, so a link is two things: an
// empty placeholder file at its path (directory listings, rm and the
// overlay's layers see an entry there) and a row in a linkTable saying
// where it points. Path lookups consult the tables; nothing else needs to
// know.

// linkTables are the runtime's links: for each filesystem (a container's
// overlay, a volume's mem.FS, a hostPath directory), link path in io/fs
// form → target as written.
type linkTables map[hackpadfs.FS]map[string]string

func (lt linkTables) target(fsys hackpadfs.FS, r string) (string, bool) {
	t, ok := lt[fsys][r]
	return t, ok
}

func (lt linkTables) set(fsys hackpadfs.FS, r, target string) {
	if lt[fsys] == nil {
		lt[fsys] = map[string]string{}
	}
	lt[fsys][r] = target
}

// drop forgets the link at r and, for a removed directory, every link
// below it.
func (lt linkTables) drop(fsys hackpadfs.FS, r string, below bool) {
	t := lt[fsys]
	delete(t, r)
	if !below {
		return
	}
	for p := range t {
		if r == "." || strings.HasPrefix(p, r+"/") {
			delete(t, p)
		}
	}
}

// maxLinks is how many links one lookup follows before ELOOP
// (include/linux/namei.h MAXSYMLINKS).
const maxLinks = 40

// errLoop is ELOOP, which busybox prints as "Symbolic link loop".
var errLoop = syscall.ELOOP

// followLinks resolves the symbolic links in an absolute, clean path as
// the kernel's path walk does (fs/namei.c link_path_walk and
// walk_component): component by component, a link's target replacing it,
// relative to the link's directory; the last component only when last
// is set (stat follows it, lstat, readlink and unlink do not). linkAt
// says whether an absolute path is a link and where it points.
func followLinks(abs string, last bool, linkAt func(string) (string, bool)) (string, error) {
	done, rest, hops := "/", splitPath(abs), 0
	for len(rest) > 0 {
		name := rest[0]
		rest = rest[1:]
		switch name {
		case "", ".":
			continue
		case "..":
			done = path.Dir(done)
			continue
		}
		p := path.Join(done, name)
		target, ok := linkAt(p)
		if !ok || (len(rest) == 0 && !last) {
			done = p
			continue
		}
		if hops++; hops > maxLinks {
			return p, errLoop
		}
		if strings.HasPrefix(target, "/") {
			done = "/"
		}
		rest = append(splitPath(target), rest...)
	}
	return done, nil
}

func splitPath(p string) []string {
	return strings.Split(strings.Trim(p, "/"), "/")
}

// linkAt is the target of the link at abs, if abs is one.
// Most filesystems hold no links (only the kubelet's AtomicWriter volumes
// and what ln -s made do), so their table is checked before the inner
// path is built: every component of every path comes through here.
func (f *cfs) linkAt(abs string) (string, bool) {
	fsys := f.root
	if m, _ := f.mountOf(abs); m != nil {
		fsys = m.files()
	}
	if len(f.links[fsys]) == 0 {
		return "", false
	}
	fsys, r, _ := f.mount(abs)
	return f.links.target(fsys, r)
}

// real is abs with its links resolved; with last false the final
// component is left as it is (the link itself).
func (f *cfs) real(abs string, last bool) (string, error) {
	if len(f.links) == 0 || !f.linksOnPath(abs) {
		return abs, nil
	}
	return followLinks(abs, last, f.linkAt)
}

// linksOnPath reports whether any filesystem that abs's components live
// on (the root, the mounts at or above abs) holds a link: if none does,
// no walk can meet one, and abs is already real.
func (f *cfs) linksOnPath(abs string) bool {
	if len(f.links[f.root]) > 0 {
		return true
	}
	for i := range f.mounts {
		m := &f.mounts[i]
		if len(f.links[m.files()]) > 0 && (abs == m.path || strings.HasPrefix(abs, m.path+"/")) {
			return true
		}
	}
	return false
}

// resolve maps an absolute, clean path to the filesystem holding what it
// names (links followed), the path inside that filesystem and the mount.
func (f *cfs) resolve(abs string) (hackpadfs.FS, string, *mountPoint) {
	real, _ := f.real(abs, true)
	return f.mount(real)
}

// lresolve is resolve for the entry itself: a link is not followed.
func (f *cfs) lresolve(abs string) (hackpadfs.FS, string, *mountPoint) {
	real, _ := f.real(abs, false)
	return f.mount(real)
}

// linkInfo is what lstat says of a link: mode lrwxrwxrwx and the size of
// the target's text, as every Linux filesystem reports it.
type linkInfo struct {
	fs.FileInfo
	target string
}

func (l linkInfo) Mode() fs.FileMode { return fs.ModeSymlink | 0o777 }
func (l linkInfo) Size() int64       { return int64(len(l.target)) }
func (l linkInfo) IsDir() bool       { return false }

// lstat is stat of the entry itself.
func (f *cfs) lstat(abs string) (fs.FileInfo, error) {
	fsys, r, _ := f.lresolve(abs)
	fi, err := hackpadfs.Stat(fsys, r)
	if err != nil {
		return nil, err
	}
	if t, ok := f.links.target(fsys, r); ok {
		return linkInfo{FileInfo: fi, target: t}, nil
	}
	return fi, nil
}

// readlink is the target of the link at abs (EINVAL if it is none).
func (f *cfs) readlink(abs string) (string, error) {
	fsys, r, _ := f.lresolve(abs)
	if _, err := hackpadfs.Stat(fsys, r); err != nil {
		return "", err
	}
	if t, ok := f.links.target(fsys, r); ok {
		return t, nil
	}
	return "", syscall.EINVAL
}

// symlink makes a link at abs pointing at target (symlink(2): EEXIST if
// anything is there, even a dangling link).
func (f *cfs) symlink(target, abs string, now time.Time) error {
	if err := f.writable(path.Dir(abs)); err != nil {
		return err
	}
	if _, err := f.lstat(abs); err == nil {
		return hackpadfs.ErrExist
	}
	fsys, r, _ := f.lresolve(abs)
	if err := placeLink(fsys, r, now); err != nil {
		return err
	}
	f.changed(abs, false)
	f.links.set(fsys, r, target)
	return nil
}

// placeLink writes a link's placeholder entry.
func placeLink(fsys hackpadfs.FS, r string, at time.Time) error {
	if err := hackpadfs.WriteFullFile(fsys, r, nil, 0o777); err != nil {
		return err
	}
	return hackpadfs.Chtimes(fsys, r, at, at)
}
