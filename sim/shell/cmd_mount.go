package shell

import (
	"fmt"
	"path"
	"strconv"
	"strings"

	"github.com/hack-pad/hackpadfs"
)

func init() {
	sysCommands["mount"] = mountCmd
}

// mountCmd without arguments lists /proc/mounts as "DEV on DIR type TYPE
// (OPTS)" (busybox util-linux/mount.c and util-linux mount print the
// same), -t TYPE only those of a type. Mounting needs CAP_SYS_ADMIN,
// which a container without privileged lacks: mount(2) fails with EPERM.
func mountCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "lrwanfv", "to")
	if len(f.args) > 0 {
		if e.gnu() {
			e.errf("mount: %s: permission denied.\n", f.args[len(f.args)-1])
			return 32
		}
		e.errf("mount: permission denied (are you root?)\n")
		return 1
	}
	for _, m := range e.c.mountTable() {
		if t := f.val['t']; t == "" || t == m.fstype {
			e.outf("%s on %s type %s (%s)\n", m.src, m.dir, m.fstype, m.opts)
		}
	}
	return 0
}

// dfRow is one filesystem's usage in KiB.
type dfRow struct {
	src, dir, dev, root string
	total, used, avail  int64
}

// diskKiB is the node's root disk as statfs reports it: the overlay root,
// emptyDir, configMap, hostPath and the kubelet's files all live there.
var diskKiB = dfRow{total: 61202244, used: 9437716, avail: 48623192}

// dfRows are the mounts df reports: busybox df (coreutils/df.c) reads
// /proc/mounts and skips filesystems without blocks (proc, sysfs, ...).
func (e *cmdEnv) dfRows() []dfRow {
	var rows []dfRow
	for _, m := range e.c.mountTable() {
		r := dfRow{src: m.src, dir: m.dir, dev: m.dev, root: m.root}
		switch {
		case m.src == nodeDisk || m.fstype == "overlay":
			r.total, r.used, r.avail = diskKiB.total, diskKiB.used, diskKiB.avail
		case m.fstype == "tmpfs":
			r.total = tmpfsSize(m)
			if m.vol != nil {
				r.used = min(e.volumeKiB(m.vol), r.total)
			}
			r.avail = r.total - r.used
		default:
			continue
		}
		rows = append(rows, r)
	}
	return rows
}

// tmpfsSize is the size= of a tmpfs; without one, half the memory.
func tmpfsSize(m mountEntry) int64 {
	for _, o := range strings.Split(m.opts, ",") {
		if v, ok := strings.CutPrefix(o, "size="); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(v, "k"), 10, 64)
			return n
		}
	}
	return nodeMemKiB / 2
}

// volumeKiB is what a memory-backed volume's files take, in 4 KiB pages:
// in a projected volume the top-level names and ..data are links to the
// timestamped directory, whose placeholders are empty, so each file
// counts once.
func (e *cmdEnv) volumeKiB(v *volume) int64 {
	return filesKiB(v.fs, ".")
}

func filesKiB(fsys hackpadfs.FS, dir string) int64 {
	es, _ := hackpadfs.ReadDir(fsys, dir)
	var kib int64
	for _, d := range es {
		if d.IsDir() {
			kib += filesKiB(fsys, path.Join(dir, d.Name()))
		} else if fi, err := d.Info(); err == nil {
			kib += blocks(fi.Size()) * 4
		}
	}
	return kib
}

// dfCmd is busybox df: every mount with blocks, or the one holding each
// path given; -h in powers of 1024.
func dfCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "hkPTam", "tB")
	rows := e.dfRows()
	if len(f.args) > 0 {
		var picked []dfRow
		for _, a := range f.args {
			if _, err := e.c.fs.stat(e.abs(a)); err != nil && !pseudoPath(e.abs(a)) {
				e.errf("df: %s: %s\n", a, errText(err))
				return 1
			}
			r, ok := dfFind(rows, e.abs(a))
			if !ok {
				e.errf("df: %s: can't find mount point\n", a)
				return 1
			}
			picked = append(picked, r)
		}
		rows = picked
	}
	if e.gnu() {
		e.gnuDf(rows, f.on['h'], len(f.args) == 0)
		return 0
	}
	if f.on['h'] {
		e.outf("Filesystem                Size      Used Available Use%% Mounted on\n")
	} else {
		e.outf("Filesystem           1K-blocks      Used Available Use%% Mounted on\n")
	}
	for _, r := range rows {
		e.outf("%-20s %9s %9s %9s %3d%% %s\n", r.src, dfNum(r.total, f.on['h']), dfNum(r.used, f.on['h']), dfNum(r.avail, f.on['h']), usePercent(r), r.dir)
	}
	return 0
}

// pseudoPath is under a kernel filesystem the container's files do not
// hold (/proc, /sys, /dev).
func pseudoPath(p string) bool {
	for _, d := range []string{"/proc", "/sys", "/dev"} {
		if p == d || strings.HasPrefix(p, d+"/") {
			return true
		}
	}
	return false
}

// dfFind is the mount holding path: the deepest mount point above it.
func dfFind(rows []dfRow, path string) (dfRow, bool) {
	best, found := dfRow{}, false
	for _, r := range rows {
		if (path == r.dir || r.dir == "/" || strings.HasPrefix(path, r.dir+"/")) && (!found || len(r.dir) >= len(best.dir)) {
			best, found = r, true
		}
	}
	return best, found
}

func dfNum(kib int64, human bool) string {
	if !human {
		return fmt.Sprint(kib)
	}
	return humanSize(kib << 10)
}

// usePercent rounds used/(used+avail) as df.c does.
func usePercent(r dfRow) int64 {
	if r.used+r.avail == 0 {
		return 0
	}
	return (r.used*100 + (r.used+r.avail)/2) / (r.used + r.avail)
}
