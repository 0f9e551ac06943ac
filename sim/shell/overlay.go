package shell

import (
	"errors"
	"io/fs"
	"path"
	"sort"
	"syscall"
	"time"

	"github.com/hack-pad/hackpadfs"
	"github.com/hack-pad/hackpadfs/mem"

	"github.com/podlab/podlab/sim/images"
)

// overlay is a container's root filesystem as overlayfs builds it: the
// image's files in a lower layer shared by every container of that image
// (never written), and the container's own changes in an upper layer.
// Creating a container costs an empty upper layer instead of a copy of
// the image. A file deleted from the lower layer leaves a whiteout; a
// directory made again over a whiteout is opaque (hides the lower one).
type overlay struct {
	lower, upper *mem.FS
	whiteout     map[string]bool
	opaque       map[string]bool
	// up is what the upper layer holds (only the overlay writes it), and
	// low what the lower one does (it never changes): lookups without a
	// filesystem call.
	up  map[string]bool
	low map[string]bool
}

func newOverlay(lower *mem.FS, at time.Time) (*overlay, error) {
	upper, err := newStampedFS(at)
	if err != nil {
		return nil, err
	}
	return &overlay{lower: lower, upper: upper, whiteout: map[string]bool{}, opaque: map[string]bool{},
		up: map[string]bool{".": true}, low: map[string]bool{}}, nil
}

// newStampedFS is an empty mem.FS whose root is a directory stamped with
// the virtual clock (a fresh one has no x bit and the host's time).
func newStampedFS(at time.Time) (*mem.FS, error) {
	fsys, err := mem.NewFS()
	if err != nil {
		return nil, err
	}
	if err := hackpadfs.Chmod(fsys, ".", 0o755|hackpadfs.ModeDir); err != nil {
		return nil, err
	}
	return fsys, hackpadfs.Chtimes(fsys, ".", at, at)
}

// inLower reports whether name shows through from the lower layer.
func (o *overlay) inLower(name string) bool {
	if name == "." {
		return true
	}
	for p := name; p != "."; p = path.Dir(p) {
		if o.whiteout[p] || (p != name && o.opaque[p]) {
			return false
		}
	}
	has, known := o.low[name]
	if !known {
		_, err := hackpadfs.Stat(o.lower, name)
		has = err == nil
		o.low[name] = has
	}
	return has
}

func (o *overlay) inUpper(name string) bool { return o.up[name] }

// layer is where name is read from.
func (o *overlay) layer(name string) (*mem.FS, error) {
	switch {
	case o.inUpper(name):
		return o.upper, nil
	case o.inLower(name):
		return o.lower, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

func (o *overlay) Open(name string) (hackpadfs.File, error) {
	l, err := o.layer(name)
	if err != nil {
		return nil, err
	}
	return l.Open(name)
}

func (o *overlay) Stat(name string) (fs.FileInfo, error) {
	l, err := o.layer(name)
	if err != nil {
		return nil, err
	}
	return hackpadfs.Stat(l, name)
}

// ReadDir merges both layers, minus whiteouts, sorted.
func (o *overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	fi, err := o.Stat(name)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: syscall.ENOTDIR}
	}
	seen := map[string]fs.DirEntry{}
	if o.inLower(name) && !o.opaque[name] {
		es, _ := hackpadfs.ReadDir(o.lower, name)
		for _, e := range es {
			if !o.whiteout[path.Join(name, e.Name())] {
				seen[e.Name()] = e
			}
		}
	}
	es, _ := hackpadfs.ReadDir(o.upper, name)
	for _, e := range es {
		seen[e.Name()] = e
	}
	out := make([]fs.DirEntry, 0, len(seen))
	for _, e := range seen {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

// copyUp brings name (and its directories) into the upper layer, with
// the lower layer's modes and times.
func (o *overlay) copyUp(name string) error {
	if name == "." || o.inUpper(name) {
		return nil
	}
	if !o.inLower(name) {
		return &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	if err := o.copyUp(path.Dir(name)); err != nil {
		return err
	}
	fi, err := hackpadfs.Stat(o.lower, name)
	if err != nil {
		return err
	}
	if fi.IsDir() {
		err = hackpadfs.Mkdir(o.upper, name, fi.Mode().Perm())
	} else {
		var data []byte
		if data, err = hackpadfs.ReadFile(o.lower, name); err == nil {
			err = hackpadfs.WriteFullFile(o.upper, name, data, fi.Mode().Perm())
		}
	}
	if err != nil {
		return err
	}
	o.up[name] = true
	return hackpadfs.Chtimes(o.upper, name, fi.ModTime(), fi.ModTime())
}

// prepare makes the directory of name exist in the upper layer, for a
// new entry there.
func (o *overlay) prepare(name string) error {
	dir := path.Dir(name)
	fi, err := o.Stat(dir)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return &fs.PathError{Op: "open", Path: name, Err: syscall.ENOTDIR}
	}
	return o.copyUp(dir)
}

// reveal forgets a whiteout for a name made again; a directory made over
// one hides what the lower layer had there.
func (o *overlay) reveal(name string, dir bool) {
	if o.whiteout[name] {
		delete(o.whiteout, name)
		if dir {
			o.opaque[name] = true
		}
	}
}

func (o *overlay) OpenFile(name string, flag int, perm fs.FileMode) (hackpadfs.File, error) {
	if flag&(syscall.O_WRONLY|syscall.O_RDWR|syscall.O_CREAT|syscall.O_TRUNC|syscall.O_APPEND) == 0 {
		return o.Open(name)
	}
	if err := o.prepare(name); err != nil {
		return nil, err
	}
	if flag&syscall.O_TRUNC == 0 && !o.inUpper(name) && o.inLower(name) {
		if err := o.copyUp(name); err != nil {
			return nil, err
		}
	}
	o.reveal(name, false)
	f, err := o.upper.OpenFile(name, flag, perm)
	if err == nil {
		o.up[name] = true
	}
	return f, err
}

func (o *overlay) Mkdir(name string, perm fs.FileMode) error {
	if _, err := o.Stat(name); err == nil {
		return &fs.PathError{Op: "mkdir", Path: name, Err: fs.ErrExist}
	}
	if err := o.prepare(name); err != nil {
		return err
	}
	o.reveal(name, true)
	err := o.upper.Mkdir(name, perm)
	if err == nil {
		o.up[name] = true
	}
	return err
}

func (o *overlay) Remove(name string) error {
	fi, err := o.Stat(name)
	if err != nil {
		return err
	}
	if fi.IsDir() {
		if es, _ := o.ReadDir(name); len(es) > 0 {
			return &fs.PathError{Op: "remove", Path: name, Err: syscall.ENOTEMPTY}
		}
	}
	if o.inUpper(name) {
		if err := o.upper.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		delete(o.up, name)
	}
	if o.inLower(name) {
		o.whiteout[name] = true
	}
	delete(o.opaque, name)
	return nil
}

func (o *overlay) Chtimes(name string, atime, mtime time.Time) error {
	if err := o.copyUp(name); err != nil {
		return err
	}
	return o.upper.Chtimes(name, atime, mtime)
}

func (o *overlay) Chmod(name string, mode fs.FileMode) error {
	if err := o.copyUp(name); err != nil {
		return err
	}
	return o.upper.Chmod(name, mode)
}

// imageLayer is the lower layer of an image's family, built once per
// runtime, or once for all runtimes sharing Config.Layers.
func (rt *world) imageLayer(family string, files func() []images.File) (*mem.FS, error) {
	if l, ok := rt.layers[family]; ok {
		return l, nil
	}
	build := func() (*mem.FS, error) { return buildLayer(rt.cfg.Epoch, files) }
	var l *mem.FS
	var err error
	if rt.cfg.Layers != nil {
		l, err = rt.cfg.Layers.get(layerKey{family, rt.cfg.Epoch}, build)
	} else {
		l, err = build()
	}
	if err != nil {
		return nil, err
	}
	rt.layers[family] = l
	return l, nil
}

// buildLayer writes an image's files into a new filesystem, every entry
// stamped a month before the epoch (when the image was built).
func buildLayer(epoch time.Time, files func() []images.File) (*mem.FS, error) {
	built := epoch.Add(-30 * 24 * time.Hour)
	l, err := newStampedFS(built)
	if err != nil {
		return nil, err
	}
	for _, f := range files() {
		r := rel(f.Path)
		if f.Dir {
			err = mkdirAllAt(l, r, built)
		} else if err = mkdirAllAt(l, path.Dir(r), built); err == nil {
			err = hackpadfs.WriteFullFile(l, r, []byte(f.Content), hackpadfs.FileMode(f.Mode&0o777))
		}
		if err == nil {
			err = hackpadfs.Chtimes(l, r, built, built)
		}
		if err != nil {
			return nil, err
		}
	}
	return l, nil
}

// mkdirAllAt makes r and its missing parents, each stamped with t (mem.FS
// would stamp them with the host's clock).
func mkdirAllAt(fsys hackpadfs.FS, r string, t time.Time) error {
	if r == "." || r == "" {
		return nil
	}
	if fi, err := hackpadfs.Stat(fsys, r); err == nil {
		if !fi.IsDir() {
			return &fs.PathError{Op: "mkdir", Path: r, Err: syscall.ENOTDIR}
		}
		return nil
	}
	if err := mkdirAllAt(fsys, path.Dir(r), t); err != nil {
		return err
	}
	if err := hackpadfs.Mkdir(fsys, r, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	return hackpadfs.Chtimes(fsys, r, t, t)
}
