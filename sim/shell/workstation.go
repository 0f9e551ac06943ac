package shell

import (
	"strings"
	"time"

	"github.com/hack-pad/hackpadfs"
	"github.com/hack-pad/hackpadfs/mem"

	"github.com/podlab/podlab/sim"
)

// HostDir is the node's directory at path, as hostPath volumes of that
// path share it; it is created empty the first time.
func (rt *world) HostDir(path string) (*mem.FS, error) {
	if fsys, ok := rt.hostPaths[path]; ok {
		return fsys, nil
	}
	fsys, err := mem.NewFS()
	if err != nil {
		return nil, err
	}
	// A fresh mem.FS root has no x bit and the wall clock's mtime: give it
	// a directory's mode and the virtual epoch, so `cd` works and `ls -l`
	// is the same on every run.
	if err := hackpadfs.Chmod(fsys, ".", 0o755|hackpadfs.ModeDir); err != nil {
		return nil, err
	}
	if err := hackpadfs.Chtimes(fsys, ".", rt.cfg.Epoch, rt.cfg.Epoch); err != nil {
		return nil, err
	}
	rt.hostPaths[path] = fsys
	return fsys, nil
}

// Workstation is the learner's own machine in the kubectl console: a
// busybox shell whose working directory is the folder that `kubectl create
// secret --from-file` and `kubectl apply -f` read. It runs on a runtime of
// its own, so nothing of it shows in the cluster.
type Workstation struct {
	rt  *Runtime
	dir *mem.FS
}

// workstationHome is where the learner's files live on the workstation.
const workstationHome = "/home/learner"

// NewWorkstation starts the workstation shell.
func NewWorkstation() (*Workstation, error) {
	rt := New(Config{Node: "workstation"})
	dir, err := rt.HostDir(workstationHome)
	if err != nil {
		return nil, err
	}
	sb := sim.SandboxConfig{Pod: "workstation", Namespace: "default", Hostname: "workstation", IP: "192.168.1.10",
		Volumes: []sim.VolumeConfig{{Name: "home", Kind: "hostPath", HostPath: workstationHome}}}
	if err := rt.RunPodSandbox(sb); err != nil {
		return nil, err
	}
	cfg := sim.ContainerConfig{Pod: "workstation", Name: "shell", Image: "busybox", WorkingDir: workstationHome,
		Command: []string{"sleep", "infinity"}, Env: []string{"HOME=" + workstationHome, "PS1=$ "},
		Mounts: []sim.Mount{{Volume: "home", Path: workstationHome}}}
	if err := rt.CreateContainer(cfg); err != nil {
		return nil, err
	}
	rt.StartContainer("workstation", "shell", 0).Resume(0)
	return &Workstation{rt: rt, dir: dir}, nil
}

// Dir is the working directory's filesystem (the console reads
// --from-file and -f files from it; the page persists it).
func (w *Workstation) Dir() *mem.FS { return w.dir }

// Run runs one line in the working directory and returns what it printed.
// Time does not pass on the workstation: a sleep there returns at once.
func (w *Workstation) Run(line string, now time.Duration) (stdout, stderr string, code int) {
	p := w.rt.Exec("workstation", "shell", []string{"sh", "-c", line}, now)
	var out, errOut strings.Builder
	t := now
	for i := 0; i < 10_000; i++ {
		y := p.Resume(t)
		collect(y, &out, &errOut)
		if y.Exited {
			return out.String(), errOut.String(), y.Code
		}
		if y.Sleep == sim.Forever {
			break
		}
		t += y.Sleep
	}
	y := p.Signal(sim.SIGKILL, t)
	collect(y, &out, &errOut)
	return out.String(), errOut.String() + "^C\n", 130
}

func collect(y sim.Yield, out, errOut *strings.Builder) {
	for _, o := range y.Output {
		if o.Stream == sim.Stderr {
			errOut.WriteString(o.Data)
		} else {
			out.WriteString(o.Data)
		}
	}
}

// Close ends the workstation's processes.
func (w *Workstation) Close() { w.rt.Close() }
