package shell

import (
	"fmt"
	"io"
	"path"
	"strings"

	"mvdan.cc/sh/v3/expand"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/images"
)

// cmdEnv is what a running command sees: its task, container, working
// directory, environment and standard streams.
type cmdEnv struct {
	t       *task
	c       *container
	pid     int
	dir     string
	env     []string       // KEY=value, or nil when environ holds them
	environ expand.Environ // the shell's variables, when run from a shell
	stdin   io.Reader
	stdout  io.Writer
	stderr  io.Writer
	shell   string // the shell running the command: sh or bash
	line    int    // the script line of the command
	// image is set when the command is the process itself (PID 1, an
	// exec'd program, the argv of an exec probe) rather than a child of a
	// shell: only then do its signal handlers receive the kubelet's
	// signals.
	image bool
}

// command is a program: busybox applets, the images' servers.
type command func(e *cmdEnv, args []string) int

func (e *cmdEnv) getenv(k string) string {
	if e.env == nil && e.environ != nil {
		if vr := e.environ.Get(k); vr.Exported && vr.IsSet() {
			return vr.String()
		}
		return ""
	}
	for i := len(e.env) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(e.env[i], k+"="); ok {
			return v
		}
	}
	return ""
}

// envList is the exported environment as KEY=value lines.
func (e *cmdEnv) envList() []string {
	if e.env == nil && e.environ != nil {
		e.environ.Each(func(name string, vr expand.Variable) bool {
			if vr.Exported && vr.IsSet() {
				e.env = append(e.env, name+"="+vr.String())
			}
			return true
		})
		e.environ = nil
	}
	return e.env
}

func (e *cmdEnv) errf(format string, a ...any) { fmt.Fprintf(e.stderr, format, a...) }
func (e *cmdEnv) outf(format string, a ...any) { fmt.Fprintf(e.stdout, format, a...) }
func (e *cmdEnv) p() *proc                     { return e.t.p }
func (e *cmdEnv) abs(name string) string       { return abspath(e.dir, name) }

// baseEnv is the environment of a process the runtime starts.
func (c *container) baseEnv(t *task) *cmdEnv {
	dir := c.cfg.WorkingDir
	if dir == "" {
		dir = c.img.WorkingDir
	}
	if dir == "" {
		dir = "/"
	}
	return &cmdEnv{t: t, c: c, pid: t.pid, dir: dir, env: c.env, image: true,
		stdout: streamWriter{t.p, sim.Stdout}, stderr: streamWriter{t.p, sim.Stderr}}
}

// runMain is the body of a process's main task: argv resolved as runc
// resolves it (PATH of the container's environment), then run.
func (t *task) runMain(argv []string) int {
	e := t.p.c.baseEnv(t)
	if len(argv) == 0 {
		return t.p.startError("no command specified")
	}
	prog, script, err := e.resolve(argv[0])
	if err != "" {
		if t.p.exec {
			e.errf("OCI runtime exec failed: exec failed: unable to start container process: %s: unknown\n", err)
			return 126
		}
		return t.p.startError(err)
	}
	return e.start(argv, prog, script)
}

func (p *proc) startError(msg string) int {
	p.reason = "StartError"
	p.message = "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: " + msg + ": unknown"
	return 128
}

// run runs args as a shell runs a command: found in PATH, in a child
// process unless image (exec).
func (e *cmdEnv) run(args []string, image bool) int {
	prog, script, err := e.resolve(args[0])
	if err != "" {
		code := 127
		msg := "not found"
		if strings.Contains(err, "permission denied") {
			code, msg = 126, "Permission denied"
		}
		e.errf("%s", e.notFound(args[0], msg))
		return code
	}
	if image {
		e.c.pids.setCmd(e.pid, strings.Join(args, " "))
		d := *e
		d.image = true
		return d.start(args, prog, script)
	}
	d := *e
	d.pid = e.c.pids.add(e.pid, e.c.cfg.Name, strings.Join(args, " "))
	defer e.c.pids.remove(d.pid)
	return d.start(args, prog, script)
}

// start runs a resolved program or script.
func (e *cmdEnv) start(args []string, prog command, script string) int {
	if prog != nil {
		return prog(e, args)
	}
	return e.runScript(script, args[0], args[1:])
}

// resolve finds args[0] in the container: a path, or a name in $PATH. A
// file holding an images.Binary marker is one of the Go programs; any
// other file is a shell script. err is runc's wording.
func (e *cmdEnv) resolve(name string) (prog command, script string, err string) {
	key := e.getenv("PATH") + "\x00" + e.dir + "\x00" + name
	if r, ok := e.c.fs.lookups[key]; ok {
		return r.prog, r.script, r.err
	}
	prog, script, err = e.lookPath(name)
	if e.c.fs.lookups == nil {
		e.c.fs.lookups = map[string]lookup{}
	}
	e.c.fs.lookups[key] = lookup{prog, script, err}
	return prog, script, err
}

// lookup is a cached resolution; the cache is dropped whenever a file of
// the same base name is written or anything is removed or created.
type lookup struct {
	prog   command
	script string
	err    string
}

func (e *cmdEnv) lookPath(name string) (prog command, script string, err string) {
	if name == "" {
		return nil, "", `exec: "": executable file not found in $PATH`
	}
	var candidates []string
	if strings.Contains(name, "/") {
		candidates = []string{e.abs(name)}
	} else {
		for _, dir := range strings.Split(e.getenv("PATH"), ":") {
			if dir != "" {
				candidates = append(candidates, path.Join(e.abs(dir), name))
			}
		}
	}
	for _, abs := range candidates {
		fi, serr := e.c.fs.stat(abs)
		if serr != nil || fi.IsDir() {
			continue
		}
		data, _ := e.c.fs.readFile(abs)
		if impl, ok := images.BinaryImpl(string(data)); ok {
			if impl == "busybox" {
				impl = path.Base(name)
			}
			if c := lookupCommand(impl); c != nil {
				return c, "", ""
			}
			return appletNotFound(impl), "", ""
		}
		if fi.Mode()&0o111 == 0 {
			return nil, "", fmt.Sprintf("exec: %q: permission denied", name)
		}
		return nil, string(data), ""
	}
	if strings.Contains(name, "/") {
		return nil, "", fmt.Sprintf("exec: %q: stat %s: no such file or directory", name, name)
	}
	return nil, "", fmt.Sprintf("exec: %q: executable file not found in $PATH", name)
}

func appletNotFound(name string) command {
	return func(e *cmdEnv, _ []string) int {
		e.errf("%s: applet not found\n", name)
		return 127
	}
}
