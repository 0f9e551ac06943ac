package shell

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"time"
)

func init() { fileCommands["ls"] = lsCmd }

// lsCmd is busybox ls as it prints to a pipe (container logs are not a
// TTY): one name per line; -l long format; -a dotfiles; several operands
// get "dir:" headers.
func lsCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "laA1dhRrtSFp", "")
	names := f.args
	if len(names) == 0 {
		names = []string{"."}
	}
	// Operands that are links are followed unless -l, -d or -F asks
	// about the entry itself (coreutils ls and busybox ls.c alike); a
	// trailing slash always goes through the link (path_resolution(7)).
	follow := !f.on['l'] && !f.on['d'] && !f.on['F']
	code := 0
	var files, dirs []string
	for _, n := range names {
		fi, err := e.lsStat(e.abs(n), follow || strings.HasSuffix(n, "/"))
		if _, ok := e.special(e.abs(n)); ok && err != nil {
			files = append(files, n)
			continue
		}
		if err != nil && e.gnu() {
			e.errf("ls: cannot access '%s': %s\n", n, errText(err))
			code = 2
			continue
		}
		if err != nil {
			e.errf("ls: %s: %s\n", n, errText(err))
			code = 1
			continue
		}
		if fi.IsDir() && !f.on['d'] {
			dirs = append(dirs, n)
		} else {
			files = append(files, n)
		}
	}
	for _, n := range files {
		e.lsEntry(f, n, e.abs(n), follow || strings.HasSuffix(n, "/"))
	}
	for i, n := range dirs {
		if len(names) > 1 {
			if i > 0 || len(files) > 0 {
				e.outf("\n")
			}
			e.outf("%s:\n", n)
		}
		e.lsDir(f, e.abs(n))
	}
	return code
}

func (e *cmdEnv) lsDir(f flagSet, abs string) {
	es, _ := e.c.fs.readDir(abs)
	var shown []fs.DirEntry
	for _, ent := range es {
		if strings.HasPrefix(ent.Name(), ".") && !f.on['a'] && !f.on['A'] {
			continue
		}
		shown = append(shown, ent)
	}
	if f.on['l'] {
		var total int64
		for _, ent := range shown {
			if fi, err := ent.Info(); err == nil {
				total += blocks(fi.Size()) * 4
			}
		}
		e.outf("total %d\n", total)
	}
	names := make([]string, 0, len(shown)+2)
	paths := make([]string, 0, len(shown)+2)
	if f.on['a'] {
		names, paths = append(names, ".", ".."), append(paths, abs, path.Dir(abs))
	}
	for _, ent := range shown {
		names, paths = append(names, ent.Name()), append(paths, path.Join(abs, ent.Name()))
	}
	if f.on['l'] && e.gnu() {
		e.lsLongGNU(names, paths)
		return
	}
	for i := range names {
		e.lsEntry(f, names[i], paths[i], false)
	}
}

// lsLongGNU is coreutils' ls -l: columns as wide as their widest entry.
func (e *cmdEnv) lsLongGNU(names, paths []string) {
	type row struct {
		mode, size, when, name string
		links                  int
	}
	var rows []row
	sizeW := 1
	for i, p := range paths {
		fi, err := e.c.fs.lstat(p)
		if err != nil {
			continue
		}
		r := row{mode: modeString(fi), size: fmt.Sprint(fi.Size()), when: lsTime(fi.ModTime(), e.p().wall()), name: names[i] + e.linkArrow(p, fi), links: 1}
		if fi.IsDir() {
			size, links := e.dirShape(p)
			r.size, r.links = fmt.Sprint(size), links
		}
		sizeW = max(sizeW, len(r.size))
		rows = append(rows, r)
	}
	for _, r := range rows {
		e.outf("%s %d root root %*s %s %s\n", r.mode, r.links, sizeW, r.size, r.when, r.name)
	}
}

func (e *cmdEnv) lsEntry(f flagSet, name, abs string, follow bool) {
	suffix := ""
	fi, err := e.lsStat(abs, follow)
	if (f.on['F'] || f.on['p']) && err == nil && fi.IsDir() {
		suffix = "/"
	}
	if f.on['F'] && err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		suffix = "@"
	}
	if !f.on['l'] {
		e.outf("%s%s\n", name, suffix)
		return
	}
	if err != nil {
		e.outf("crw-rw-rw-    1 root     root        1,   3 %s %s\n", lsTime(e.p().wall(), e.p().wall()), name)
		return
	}
	nlink := 1
	size := fmt.Sprintf("%9d", fi.Size())
	if fi.IsDir() {
		var n int64
		n, nlink = e.dirShape(abs)
		size = fmt.Sprintf("%9d", n)
	}
	if f.on['h'] {
		size = fmt.Sprintf("%9s", humanSize(fi.Size()))
	}
	e.outf("%s %4d %-8s %-8s %s %s %s%s%s\n", modeString(fi), nlink, "root", "root", size, lsTime(fi.ModTime(), e.p().wall()), name, suffix, e.linkArrow(abs, fi))
}

// lsStat is stat, or lstat for an entry ls shows as it is.
func (e *cmdEnv) lsStat(abs string, follow bool) (fs.FileInfo, error) {
	if follow {
		return e.c.fs.stat(abs)
	}
	return e.c.fs.lstat(abs)
}

// linkArrow is ls -l's " -> target" after a link's name.
func (e *cmdEnv) linkArrow(abs string, fi fs.FileInfo) string {
	if fi.Mode()&fs.ModeSymlink == 0 {
		return ""
	}
	t, _ := e.c.fs.readlink(abs)
	return " -> " + t
}

// dirShape is a directory's size and link count as ls -l shows them. A
// tmpfs directory counts 20 bytes per entry plus 40 for . and .. (mm/
// shmem.c BOGO_DIRENT_SIZE), a disk's a 4096-byte block; a volume's
// directories count a link from each subdirectory's "..", the root
// filesystem's show 2.
func (e *cmdEnv) dirShape(abs string) (size int64, nlink int) {
	_, _, m := e.c.fs.resolve(abs)
	if m == nil {
		return 4096, 2
	}
	es, _ := e.c.fs.readDir(abs)
	nlink = 2
	for _, d := range es {
		if d.IsDir() {
			nlink++
		}
	}
	if !m.vol.tmpfs() {
		return 4096, nlink
	}
	return 40 + 20*int64(len(es)), nlink
}

// lsTime is "Jan  2 15:04", or "Jan  2  2006" for a date more than six
// months away from now (coreutils and busybox both do this).
func lsTime(t, now time.Time) string {
	if d := now.Sub(t); d > 182*24*time.Hour || d < -182*24*time.Hour {
		return t.UTC().Format("Jan _2  2006")
	}
	return t.UTC().Format("Jan _2 15:04")
}
