package shell

import (
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/hack-pad/hackpadfs"

	"github.com/podlab/podlab/sim"
)

// errReadOnly is EROFS: a write into a read-only mount.
var errReadOnly = syscall.EROFS

// errBusy is EBUSY: removing a mount point.
var errBusy = syscall.EBUSY

// mountPoint is one volumeMount as the container sees it.
type mountPoint struct {
	path string // absolute mount path
	vol  *volume
	sub  string // subPath inside the volume, io/fs form ("." for its root)
	ro   bool
	// fsys, when set, is what the mount shows instead of the volume: a
	// subPath of an AtomicWriter volume is a copy of the file it named.
	fsys hackpadfs.FS
}

// files is the filesystem the mount shows.
func (m *mountPoint) files() hackpadfs.FS {
	if m.fsys != nil {
		return m.fsys
	}
	return m.vol.fs
}

// cfs is a container's view of the files: its own root filesystem with the
// Pod's volumes mounted over it. It resolves paths itself (instead of
// hackpadfs/mount) so that subPath, read-only mounts and a sorted mount
// table come for free.
type cfs struct {
	root    hackpadfs.FS // an overlay
	mounts  []mountPoint // longest path first
	lookups map[string]lookup
	links   linkTables // the runtime's, shared by every container
}

// changed drops cached command lookups a change at abs may affect.
func (f *cfs) changed(abs string, structural bool) {
	if len(f.lookups) == 0 {
		return
	}
	base := "\x00" + path.Base(abs)
	for k := range f.lookups {
		if structural || strings.HasSuffix(k, base) {
			f.lookups = nil
			return
		}
	}
}

// mount maps an absolute, clean path to the filesystem holding it, the
// path inside that filesystem (io/fs form) and the mount, if any, without
// looking at links (resolve does).
func (f *cfs) mount(abs string) (hackpadfs.FS, string, *mountPoint) {
	m, rest := f.mountOf(abs)
	if m == nil {
		return f.root, rel(abs), nil
	}
	if rest == "" {
		return m.files(), m.sub, m
	}
	return m.files(), path.Join(m.sub, rest), m
}

// mountOf is the mount holding abs (nil: the root filesystem) and the
// rest of abs below the mount's path ("" for the mount point itself),
// without building the inner path, which most callers never need.
func (f *cfs) mountOf(abs string) (*mountPoint, string) {
	for i := range f.mounts {
		m := &f.mounts[i]
		if abs == m.path {
			return m, ""
		}
		if len(abs) > len(m.path) && abs[len(m.path)] == '/' && strings.HasPrefix(abs, m.path) {
			return m, abs[len(m.path)+1:]
		}
	}
	return nil, ""
}

// rel turns an absolute path into io/fs form.
func rel(abs string) string {
	r := strings.TrimPrefix(path.Clean("/"+abs), "/")
	if r == "" {
		return "."
	}
	return r
}

// abspath resolves name against the working directory.
func abspath(dir, name string) string {
	if strings.HasPrefix(name, "/") {
		return path.Clean(name)
	}
	return path.Clean(path.Join("/", dir, name))
}

func (f *cfs) mountAt(abs string) *mountPoint {
	for i := range f.mounts {
		if f.mounts[i].path == abs {
			return &f.mounts[i]
		}
	}
	return nil
}

// writable reports EROFS for a path under a read-only mount.
func (f *cfs) writable(abs string) error {
	_, _, m := f.resolve(abs)
	if m != nil && (m.ro || m.vol.cfg.ReadOnly) {
		return errReadOnly
	}
	return nil
}

// stat follows links, as stat(2).
func (f *cfs) stat(abs string) (fs.FileInfo, error) {
	real, err := f.real(abs, true)
	if err != nil {
		return nil, err
	}
	fsys, r, _ := f.mount(real)
	return hackpadfs.Stat(fsys, r)
}

func (f *cfs) readFile(abs string) ([]byte, error) {
	real, err := f.real(abs, true)
	if err != nil {
		return nil, err
	}
	fsys, r, _ := f.mount(real)
	return hackpadfs.ReadFile(fsys, r)
}

// readDir lists a directory sorted by name (io/fs.ReadDir sorts).
func (f *cfs) readDir(abs string) ([]fs.DirEntry, error) {
	real, err := f.real(abs, true)
	if err != nil {
		return nil, err
	}
	fsys, r, _ := f.mount(real)
	es, err := hackpadfs.ReadDir(fsys, r)
	sort.Slice(es, func(i, j int) bool { return es[i].Name() < es[j].Name() })
	return es, err
}

// writeFile writes (or appends) data and stamps the virtual time.
func (f *cfs) writeFile(abs string, data []byte, appendTo bool, mode fs.FileMode, now time.Time) error {
	if err := f.writable(abs); err != nil {
		return err
	}
	fsys, r, _ := f.resolve(abs)
	flag := syscall.O_WRONLY | syscall.O_CREAT | syscall.O_TRUNC
	if appendTo {
		flag = syscall.O_WRONLY | syscall.O_CREAT | syscall.O_APPEND
	}
	if mode == 0 {
		mode = 0o644
	}
	f.changed(abs, false)
	file, err := hackpadfs.OpenFile(fsys, r, flag, mode)
	if err != nil {
		return err
	}
	if len(data) > 0 {
		_, err = hackpadfs.WriteFile(file, data)
	}
	if cerr := file.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = hackpadfs.Chtimes(fsys, r, now, now)
	}
	return err
}

// canCreate checks that a file can be created at abs: its directory
// exists and the mount is writable.
func (f *cfs) canCreate(abs string) error {
	if err := f.writable(abs); err != nil {
		return err
	}
	if fi, err := f.stat(abs); err == nil {
		if fi.IsDir() {
			return hackpadfs.ErrIsDir
		}
		return nil // it exists, so its directory does
	}
	fi, err := f.stat(path.Dir(abs))
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return hackpadfs.ErrNotDir
	}
	return nil
}

func (f *cfs) mkdir(abs string, parents bool, now time.Time) error {
	if err := f.writable(abs); err != nil {
		return err
	}
	fsys, r, _ := f.resolve(abs)
	f.changed(abs, true)
	if parents {
		return mkdirAllAt(fsys, r, now)
	}
	err := hackpadfs.Mkdir(fsys, r, 0o755)
	if err == nil {
		_ = hackpadfs.Chtimes(fsys, r, now, now)
	}
	return err
}

// remove deletes a file, or a tree with recursive; a link goes, not what
// it points at (unlink(2)). A mount point itself cannot go (EBUSY), as on
// Linux; removing it would drop the volume's root record for every
// container (shell-in-wasm.md §3).
func (f *cfs) remove(abs string, recursive bool) error {
	real, err := f.real(abs, false)
	if err != nil {
		return err
	}
	if f.mountAt(real) != nil || real == "/" {
		return errBusy
	}
	fsys, r, m := f.mount(real)
	if m != nil && (m.ro || m.vol.cfg.ReadOnly) {
		return errReadOnly
	}
	f.changed(abs, true)
	if recursive {
		if _, err := hackpadfs.Stat(fsys, r); err != nil {
			return err
		}
		f.links.drop(fsys, r, true)
		return hackpadfs.RemoveAll(fsys, r)
	}
	if err := hackpadfs.Remove(fsys, r); err != nil {
		return err
	}
	f.links.drop(fsys, r, false)
	return nil
}

func (f *cfs) chtimes(abs string, t time.Time) error {
	fsys, r, _ := f.resolve(abs)
	return hackpadfs.Chtimes(fsys, r, t, t)
}

// errText is the C library's strerror text, which busybox prints.
func errText(err error) string {
	switch {
	case errors.Is(err, errReadOnly):
		return "Read-only file system"
	case errors.Is(err, errBusy):
		return "Resource busy"
	case errors.Is(err, hackpadfs.ErrNotExist):
		return "No such file or directory"
	case errors.Is(err, hackpadfs.ErrExist):
		return "File exists"
	case errors.Is(err, hackpadfs.ErrIsDir):
		return "Is a directory"
	case errors.Is(err, hackpadfs.ErrNotDir):
		return "Not a directory"
	case errors.Is(err, hackpadfs.ErrNotEmpty):
		return "Directory not empty"
	case errors.Is(err, hackpadfs.ErrPermission):
		return "Permission denied"
	case errors.Is(err, errLoop):
		return "Symbolic link loop"
	case errors.Is(err, syscall.EINVAL):
		return "Invalid argument"
	}
	return "I/O error"
}

// fileChange builds the record of a write for the timeline.
func (c *container) fileChange(abs string, op sim.FileOp, data []byte, size int64) sim.FileChange {
	fc := sim.FileChange{Pod: c.pod.sb.Pod, Container: c.cfg.Name, Path: abs, Op: op, Size: size}
	if _, r, m := c.fs.lresolve(abs); m != nil {
		fc.Volume, fc.VolPath = m.vol.cfg.Name, r
	}
	if len(data) > 4096 {
		data = data[:4096]
	}
	fc.Content = string(data)
	return fc
}
