package shell

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/podlab/podlab/sim"
)

var fileCommands = map[string]command{
	"cat": catCmd, "touch": touchCmd, "rm": rmCmd, "mkdir": mkdirCmd, "rmdir": rmdirCmd,
	"cp": cpCmd, "mv": mvCmd, "ln": lnCmd, "chmod": chmodCmd, "stat": statCmd, "readlink": readlinkCmd,
	"realpath": realpathCmd, "du": duCmd, "df": dfCmd, "dd": ddCmd,
}

// maxStored is the most dd writes into a file for real; the rest is
// counted (memory of a tmpfs, the file's reported size) but not stored, so
// a learner's 1 GB dd does not take the browser's memory.
const maxStored = 16 << 20

// ddCmd is busybox dd: if= of= bs= count=; /dev/zero and /dev/urandom as
// sources. Writing into a memory-backed emptyDir charges the container.
func ddCmd(e *cmdEnv, args []string) int {
	opts := map[string]string{"bs": "512", "if": "-", "of": "-"}
	for _, a := range args[1:] {
		if k, v, ok := strings.Cut(a, "="); ok {
			opts[k] = v
		}
	}
	bs, ok := parseSize(opts["bs"])
	if !ok || bs <= 0 {
		e.errf("dd: invalid number '%s'\n", opts["bs"])
		return 1
	}
	var src []byte
	count, hasCount := int64(0), opts["count"] != ""
	if hasCount {
		count, _ = parseSize(opts["count"])
	}
	switch opts["if"] {
	case "/dev/zero", "/dev/urandom", "/dev/random":
		if !hasCount {
			count = 1 << 20 // an endless source: the budget would stop it
		}
	case "-":
		src = e.readStdin()
	default:
		data, err := e.readPath(opts["if"])
		if err != nil {
			e.errf("dd: can't open '%s': %s\n", opts["if"], errText(err))
			return 1
		}
		src = data
	}
	if src != nil {
		count = (int64(len(src)) + bs - 1) / bs
	}
	total := count * bs
	if src != nil {
		total = int64(len(src))
	}
	if err := e.ddWrite(opts["of"], src, total); err != nil {
		e.errf("dd: can't open '%s': %s\n", opts["of"], errText(err))
		return 1
	}
	if e.t.killed {
		return 137
	}
	e.errf("%d+0 records in\n%d+0 records out\n%d bytes (%s) copied, 0.100000 seconds, %s/s\n", count, count, total, humanSize(total)+"B", humanSize(total*10)+"B")
	return 0
}

func (e *cmdEnv) ddWrite(of string, src []byte, total int64) error {
	switch of {
	case "-":
		if src != nil {
			_, _ = e.stdout.Write(src)
		}
		return nil
	case "/dev/null":
		return nil
	}
	data := src
	if data == nil {
		data = make([]byte, min(total, maxStored))
	}
	abs := e.abs(of)
	if err := e.writePath(abs, data[:min(int64(len(data)), maxStored)], false); err != nil {
		return err
	}
	e.charge(abs, total-min(int64(len(data)), maxStored))
	return nil
}

// readPath reads a file, a device or a /proc file.
func (e *cmdEnv) readPath(name string) ([]byte, error) {
	abs := e.abs(name)
	if data, ok := e.special(abs); ok {
		return data, nil
	}
	fi, err := e.c.fs.stat(abs)
	if err == nil && fi.IsDir() {
		return nil, errIsDir
	}
	return e.c.fs.readFile(abs)
}

// writePath writes a file and reports it to the timeline.
func (e *cmdEnv) writePath(abs string, data []byte, appendTo bool) error {
	if dev, ok := e.device(abs); ok {
		_, err := dev.Write(data)
		return err
	}
	if err := e.c.fs.writeFile(abs, data, appendTo, 0, e.p().wall()); err != nil {
		return err
	}
	e.charge(abs, int64(len(data)))
	e.recordWrite(abs)
	return nil
}

// readInputs reads the named files, or stdin when there are none or "-".
func (e *cmdEnv) readInputs(cmd string, names []string, each func(name string, data []byte)) int {
	return e.readInputsWhole(cmd, names, func(name string, data []byte) bool { each(name, data); return true })
}

// readInputsWhole is readInputs for a reader that may stop early (each
// returns false): each input comes whole, stdin once it is closed.
func (e *cmdEnv) readInputsWhole(cmd string, names []string, each func(name string, data []byte) bool) int {
	return e.readInputsFrom(cmd, names, false, each)
}

// readInputsLines is readInputs for the filters that work line by line
// (grep, head, cat): a live pipe on stdin is handed on a line at a time as
// it is written, so `tail -f log | grep x` prints as the log grows; files
// still come whole.
func (e *cmdEnv) readInputsLines(cmd string, names []string, each func(name string, data []byte) bool) int {
	return e.readInputsFrom(cmd, names, true, each)
}

func (e *cmdEnv) readInputsFrom(cmd string, names []string, lines bool, each func(name string, data []byte) bool) int {
	if len(names) == 0 {
		names = []string{"-"}
	}
	code := 0
	for _, n := range names {
		if n == "-" {
			if pr, ok := e.stdin.(pipeReader); ok && lines {
				stopped := false
				pr.eachLine(func(line []byte) bool { stopped = !each(n, line); return !stopped })
				if stopped {
					return code
				}
				continue
			}
			if !each(n, e.readStdin()) {
				return code
			}
			continue
		}
		data, err := e.readPath(n)
		if err != nil {
			switch {
			case err == errIsDir && e.gnu():
				e.errf("%s: %s: Is a directory\n", cmd, n)
			case err == errIsDir:
				e.errf("%s: read error: Is a directory\n", cmd)
			default:
				e.errf("%s", e.cantOpen(cmd, n, err))
			}
			code = 1
			continue
		}
		if !each(n, data) {
			return code
		}
	}
	return code
}

func (e *cmdEnv) readStdin() []byte {
	if e.stdin == nil {
		return nil
	}
	var b bytes.Buffer
	_, _ = b.ReadFrom(e.stdin)
	return b.Bytes()
}

func catCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "nuvet", "")
	if f.on['n'] {
		return e.readInputs("cat", f.args, func(_ string, data []byte) { _, _ = e.stdout.Write(numberLines(data)) })
	}
	return e.readInputsLines("cat", f.args, func(_ string, data []byte) bool {
		_, err := e.stdout.Write(data)
		return err == nil // a closed pipe downstream: cat is done
	})
}

func numberLines(data []byte) []byte {
	var b bytes.Buffer
	for i, l := range splitLines(string(data)) {
		fmt.Fprintf(&b, "%6d\t%s\n", i+1, l)
	}
	return b.Bytes()
}

func touchCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "cam", "dtr")
	if len(f.args) == 0 {
		e.errf("touch: missing operand\n")
		return 1
	}
	code := 0
	for _, n := range f.args {
		abs := e.abs(n)
		if _, err := e.c.fs.stat(abs); err == nil {
			if err := e.c.fs.writable(abs); err != nil {
				e.errf("touch: %s: %s\n", n, errText(err))
				code = 1
				continue
			}
			_ = e.c.fs.chtimes(abs, e.p().wall())
			continue
		}
		if f.on['c'] {
			continue
		}
		if err := e.writePath(abs, nil, true); err != nil {
			e.errf("touch: %s: %s\n", n, errText(err))
			code = 1
		}
	}
	return code
}

func rmCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "rRfiv", "")
	if len(f.args) == 0 && !f.on['f'] {
		e.errf("rm: missing operand\n")
		return 1
	}
	code := 0
	for _, n := range f.args {
		abs := e.abs(n)
		fi, err := e.c.fs.lstat(abs) // rm removes a link, not its target
		if err != nil {
			if !f.on['f'] {
				e.errf("rm: can't remove '%s': %s\n", n, errText(err))
				code = 1
			}
			continue
		}
		if fi.IsDir() && !f.on['r'] && !f.on['R'] {
			e.errf("rm: '%s' is a directory\n", n)
			code = 1
			continue
		}
		if err := e.c.fs.remove(abs, fi.IsDir()); err != nil {
			e.errf("rm: can't remove '%s': %s\n", n, errText(err))
			code = 1
			continue
		}
		e.c.uncharge(abs, fi.Size())
		e.recordOp(abs, sim.FileRemove)
	}
	return code
}

func mkdirCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "pv", "m")
	if len(f.args) == 0 {
		e.errf("mkdir: missing operand\n")
		return 1
	}
	code := 0
	for _, n := range f.args {
		abs := e.abs(n)
		if err := e.c.fs.mkdir(abs, f.on['p'], e.p().wall()); err != nil {
			if f.on['p'] && errText(err) == "File exists" {
				continue
			}
			e.errf("mkdir: can't create directory '%s': %s\n", n, errText(err))
			code = 1
			continue
		}
		e.recordOp(abs, sim.FileMkdir)
	}
	return code
}

func rmdirCmd(e *cmdEnv, args []string) int {
	code := 0
	for _, n := range args[1:] {
		abs := e.abs(n)
		if err := e.c.fs.remove(abs, false); err != nil {
			e.errf("rmdir: '%s': %s\n", n, errText(err))
			code = 1
			continue
		}
		e.recordOp(abs, sim.FileRemove)
	}
	return code
}

func cpCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "rRapfdivn", "")
	if len(f.args) < 2 {
		e.errf("cp: missing file operand\n")
		return 1
	}
	srcs, dst := f.args[:len(f.args)-1], e.abs(f.args[len(f.args)-1])
	dstIsDir := e.isDir(dst)
	if len(srcs) > 1 && !dstIsDir {
		e.errf("cp: '%s' is not a directory\n", f.args[len(f.args)-1])
		return 1
	}
	code := 0
	for _, s := range srcs {
		target := dst
		if dstIsDir {
			target = path.Join(dst, path.Base(e.abs(s)))
		}
		if err := e.copyTree(s, e.abs(s), target, f.on['r'] || f.on['R'] || f.on['a']); err != "" {
			e.errf("cp: %s\n", err)
			code = 1
		}
	}
	return code
}

func (e *cmdEnv) isDir(abs string) bool {
	fi, err := e.c.fs.stat(abs)
	return err == nil && fi.IsDir()
}

// copyTree copies src to dst, recursively when asked; it returns
// busybox's complaint, if any.
func (e *cmdEnv) copyTree(name, src, dst string, recursive bool) string {
	if target, err := e.c.fs.readlink(src); err == nil && recursive {
		// cp -R copies a link as a link (busybox cp: -R implies -d), and
		// mv moves it.
		if err := e.c.fs.symlink(target, dst, e.p().wall()); err != nil {
			return fmt.Sprintf("can't create symlink '%s': %s", dst, errText(err))
		}
		e.recordData(dst, []byte(target))
		return ""
	}
	fi, err := e.c.fs.stat(src)
	if err != nil {
		return fmt.Sprintf("can't stat '%s': %s", name, errText(err))
	}
	if !fi.IsDir() {
		data, err := e.c.fs.readFile(src)
		if err == nil {
			err = e.writePath(dst, data, false)
		}
		if err != nil {
			return fmt.Sprintf("can't create '%s': %s", dst, errText(err))
		}
		return ""
	}
	if !recursive {
		return fmt.Sprintf("omitting directory '%s'", name)
	}
	if err := e.c.fs.mkdir(dst, true, e.p().wall()); err != nil {
		return fmt.Sprintf("can't create directory '%s': %s", dst, errText(err))
	}
	e.recordOp(dst, sim.FileMkdir)
	es, _ := e.c.fs.readDir(src)
	for _, ent := range es {
		if msg := e.copyTree(path.Join(name, ent.Name()), path.Join(src, ent.Name()), path.Join(dst, ent.Name()), true); msg != "" {
			return msg
		}
	}
	return ""
}

func mvCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "fin", "")
	if len(f.args) < 2 {
		e.errf("mv: missing file operand\n")
		return 1
	}
	srcs, dst := f.args[:len(f.args)-1], e.abs(f.args[len(f.args)-1])
	dstIsDir := e.isDir(dst)
	code := 0
	for _, s := range srcs {
		target := dst
		if dstIsDir {
			target = path.Join(dst, path.Base(e.abs(s)))
		}
		if msg := e.copyTree(s, e.abs(s), target, true); msg != "" {
			e.errf("mv: can't rename '%s': %s\n", s, strings.TrimPrefix(msg[strings.LastIndex(msg, ": ")+2:], ""))
			code = 1
			continue
		}
		if err := e.c.fs.remove(e.abs(s), true); err != nil {
			e.errf("mv: can't remove '%s': %s\n", s, errText(err))
			code = 1
			continue
		}
		e.recordOp(e.abs(s), sim.FileRemove)
	}
	return code
}

// lnCmd is busybox ln: -s makes a symbolic link (the target is kept as
// written, resolved only when the link is used); a hard link is made as
// a copy, the in-memory filesystem having no inodes to share. -f
// replaces what is at the link's name. A link name that is a directory
// gets the link inside it, named after the target.
func lnCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "sfnv", "")
	if len(f.args) < 1 || len(f.args) > 2 {
		e.errf("ln: missing file operand\n")
		return 1
	}
	target, name := f.args[0], path.Base(f.args[0])
	if len(f.args) == 2 {
		name = f.args[1]
	}
	abs := e.abs(name)
	if fi, err := e.lsStat(abs, !f.on['n']); err == nil && fi.IsDir() {
		abs = path.Join(abs, path.Base(target))
	}
	if !f.on['s'] {
		return cpCmd(e, []string{"cp", "-r", target, abs})
	}
	if f.on['f'] {
		if fi, err := e.c.fs.lstat(abs); err == nil && !fi.IsDir() {
			_ = e.c.fs.remove(abs, false)
		}
	}
	if err := e.c.fs.symlink(target, abs, e.p().wall()); err != nil {
		e.errf("ln: %s: %s\n", name, errText(err))
		return 1
	}
	e.recordData(abs, []byte(target))
	return 0
}

// readlinkCmd is busybox readlink: a link's target as written; -f the
// canonical path with every link resolved. Anything else prints nothing
// and fails.
func readlinkCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "fnsvem", "")
	code := 0
	for _, n := range f.args {
		out, err := e.c.fs.readlink(e.abs(n))
		if f.on['f'] || f.on['e'] || f.on['m'] {
			out, err = e.c.fs.real(e.abs(n), true)
		}
		if err != nil {
			code = 1
			continue
		}
		e.outf("%s\n", out)
	}
	return code
}

func chmodCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "Rv", "")
	for _, n := range f.args[min(1, len(f.args)):] {
		if _, err := e.c.fs.stat(e.abs(n)); err != nil {
			e.errf("chmod: %s: %s\n", n, errText(err))
			return 1
		}
		if err := e.c.fs.writable(e.abs(n)); err != nil {
			e.errf("chmod: %s: %s\n", n, errText(err))
			return 1
		}
	}
	return 0
}

// statCmd is busybox stat's default format; a link is described itself
// unless -L.
func statCmd(e *cmdEnv, args []string) int {
	code := 0
	f := parseFlags(args, "Lft", "c")
	for _, n := range f.args {
		fi, err := e.lsStat(e.abs(n), f.on['L'])
		if err != nil {
			e.errf("stat: can't stat '%s': %s\n", n, errText(err))
			code = 1
			continue
		}
		kind, name := "regular file", n
		switch {
		case fi.Mode()&fs.ModeSymlink != 0:
			kind, name = "symbolic link", n+e.linkArrow(e.abs(n), fi)
		case fi.IsDir():
			kind = "directory"
		case fi.Size() == 0:
			kind = "regular empty file"
		}
		e.outf("  File: %s\n  Size: %d\t\tBlocks: %d\tIO Block: 4096\t%s\nAccess: (%04o/%s)  Uid: (    0/    root)   Gid: (    0/    root)\nModify: %s\n",
			name, fi.Size(), statBlocks(fi), kind, fi.Mode().Perm(), modeString(fi), fi.ModTime().Format("2006-01-02 15:04:05.000000000 -0700"))
	}
	return code
}

// realpathCmd prints each path with its links resolved.
func realpathCmd(e *cmdEnv, args []string) int {
	code := 0
	for _, n := range parseFlags(args, "fems", "").args {
		real, err := e.c.fs.real(e.abs(n), true)
		if err == nil {
			_, err = e.c.fs.stat(real)
		}
		if err != nil {
			e.errf("realpath: %s: %s\n", n, errText(err))
			code = 1
			continue
		}
		e.outf("%s\n", real)
	}
	return code
}

func duCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "shakc", "d")
	names := f.args
	if len(names) == 0 {
		names = []string{"."}
	}
	for _, n := range names {
		size := e.treeSize(e.abs(n))
		if f.on['h'] {
			e.outf("%s\t%s\n", humanSize(size), n)
		} else {
			e.outf("%d\t%s\n", (size+1023)/1024, n)
		}
	}
	return 0
}

func (e *cmdEnv) treeSize(abs string) int64 {
	fi, err := e.c.fs.lstat(abs) // du does not follow links below its operands
	if err != nil {
		return 0
	}
	if !fi.IsDir() {
		return blocks(fi.Size()) * 4096
	}
	total := int64(4096)
	es, _ := e.c.fs.readDir(abs)
	for _, ent := range es {
		total += e.treeSize(path.Join(abs, ent.Name()))
	}
	return total
}

func blocks(size int64) int64 { return (size + 4095) / 4096 }

// statBlocks is st_blocks (512-byte units): a short link's target lives
// in the inode, so it takes none.
func statBlocks(fi fs.FileInfo) int64 {
	if fi.Mode()&fs.ModeSymlink != 0 {
		return 0
	}
	return blocks(fi.Size()) * 8
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1fG", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1fM", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1fK", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d", n)
}

// modeString is ls -l's mode column (coreutils filemode.c strmode, which
// busybox's bb_mode_string follows): the type, then rwx three times, with
// the sticky bit as t (T without x) in the last place.
func modeString(fi fs.FileInfo) string {
	s := []byte("----------")
	switch {
	case fi.Mode()&fs.ModeSymlink != 0:
		s[0] = 'l'
	case fi.IsDir():
		s[0] = 'd'
	}
	perm := fi.Mode().Perm()
	for i, c := range "rwxrwxrwx" {
		if perm&(1<<(8-i)) != 0 {
			s[i+1] = byte(c)
		}
	}
	if fi.Mode()&fs.ModeSticky != 0 {
		s[9] = "Tt"[perm&1]
	}
	return string(s)
}
