// Package fakert is a scripted sim.Runtime for tests of the kubelet engine
// and for play until the shell runtime is wired in.
package fakert

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/images"
)

// Runtime is a scripted sim.Runtime for the engine's tests: a
// container's argv is a tiny shell ("sh -c 'a; b; c'") with the commands
// echo, echoerr, sleep N, exit N, touch F, rm F, cat F, true, false,
// serve PORT [CODE] (listen and answer HTTP with CODE, default 200),
// close PORT, trap (exit 0 on SIGTERM). Files are one set per Pod, so
// volumes are trivially shared. Processes behave like a shell as PID 1:
// SIGTERM is ignored unless trapped.
type Runtime struct {
	files   map[string]map[string]bool // pod → path → exists
	ports   map[string]map[int]*fakeProc
	cmds    map[string][]string // pod/container → argv
	sandbox map[string]bool
}

// New returns an empty runtime.
func New() *Runtime {
	return &Runtime{files: map[string]map[string]bool{}, ports: map[string]map[int]*fakeProc{},
		cmds: map[string][]string{}, sandbox: map[string]bool{}}
}

// Images is the fixed catalogue of the engine's tests: busybox (2 s pull)
// and nginx (5 s pull, serves port 80).
func Images(ref string) (images.Image, bool) {
	name := ref
	if i := strings.LastIndex(ref, ":"); i >= 0 && !strings.Contains(ref[i:], "/") {
		name = ref[:i]
	}
	switch name {
	case "busybox", "registry.k8s.io/busybox":
		return images.Image{Ref: ref, Family: "busybox", Cmd: []string{"sh"}, Size: 2_150_000, Pull: 2 * time.Second}, true
	case "nginx":
		return images.Image{Ref: ref, Family: "nginx", Cmd: []string{"serve", "80"}, Size: 72_000_000, Pull: 5 * time.Second}, true
	}
	return images.Image{}, false
}

func (r *Runtime) RunPodSandbox(cfg sim.SandboxConfig) error {
	r.sandbox[cfg.Pod] = true
	if r.files[cfg.Pod] == nil {
		r.files[cfg.Pod] = map[string]bool{}
	}
	return nil
}

func (r *Runtime) StopPodSandbox(pod string) {
	r.sandbox[pod] = false
	for _, p := range r.ports[pod] {
		p.exited = true
	}
	r.ports[pod] = nil
}

func (r *Runtime) CreateContainer(cfg sim.ContainerConfig) error {
	r.cmds[cfg.Pod+"/"+cfg.Name] = cfg.Command
	return nil
}

func (r *Runtime) StartContainer(pod, container string, now time.Duration) sim.Process {
	return r.newProc(pod, r.cmds[pod+"/"+container])
}

func (r *Runtime) Exec(pod, container string, argv []string, now time.Duration) sim.Process {
	return r.newProc(pod, argv)
}

func (r *Runtime) UpdateVolume(pod, volume string, files []sim.VolumeFile, now time.Duration) {}

func (r *Runtime) HTTPGet(pod string, req sim.HTTPRequest, now time.Duration) sim.HTTPResponse {
	p := r.ports[pod][req.Port]
	if p == nil || p.exited {
		return sim.HTTPResponse{Err: fmt.Errorf("dial tcp 10.244.1.2:%d: connect: connection refused", req.Port)}
	}
	return sim.HTTPResponse{Code: p.serving[req.Port]}
}

func (r *Runtime) TCPConnect(pod string, port int, now time.Duration) error {
	if p := r.ports[pod][port]; p == nil || p.exited {
		return fmt.Errorf("dial tcp 10.244.1.2:%d: connect: connection refused", port)
	}
	return nil
}

func (r *Runtime) GRPCCheck(pod string, port int, service string, now time.Duration) (bool, error) {
	if err := r.TCPConnect(pod, port, now); err != nil {
		return false, err
	}
	return true, nil
}

func (r *Runtime) Listening(pod string) map[string][]int  { return nil }
func (r *Runtime) Processes(pod string) []sim.ProcessInfo { return nil }

// fakeProc runs one script.
type fakeProc struct {
	r       *Runtime
	pod     string
	stmts   [][]string
	pc      int
	trapped bool
	exited  bool
	serving map[int]int
	wakeAt  time.Duration
}

func (r *Runtime) newProc(pod string, argv []string) *fakeProc {
	script := strings.Join(argv, " ")
	if len(argv) >= 3 && (argv[0] == "sh" || argv[0] == "/bin/sh") && argv[1] == "-c" {
		script = strings.Join(argv[2:], " ")
	}
	p := &fakeProc{r: r, pod: pod, serving: map[int]int{}}
	for _, s := range strings.Split(script, ";") {
		if f := strings.Fields(s); len(f) > 0 {
			p.stmts = append(p.stmts, f)
		}
	}
	return p
}

func (p *fakeProc) Resume(now time.Duration) sim.Yield {
	var y sim.Yield
	for p.pc < len(p.stmts) {
		s := p.stmts[p.pc]
		p.pc++
		if d, ok := p.step(s, &y); ok {
			if d == 0 {
				return p.exit(y, y.Code)
			}
			y.Sleep = d
			p.wakeAt = now + d
			if d == sim.Forever {
				p.wakeAt = sim.Forever
			}
			return y
		}
	}
	return p.exit(y, 0)
}

// step runs one statement; ok with d > 0 blocks for d, ok with d == 0
// exits with y.Code.
func (p *fakeProc) step(s []string, y *sim.Yield) (time.Duration, bool) {
	arg := func(i int) string {
		if i < len(s) {
			return s[i]
		}
		return ""
	}
	num := func(i int) int { n, _ := strconv.Atoi(arg(i)); return n }
	files := p.r.files[p.pod]
	if files == nil {
		files = map[string]bool{}
		p.r.files[p.pod] = files
	}
	switch s[0] {
	case "echo":
		y.Output = append(y.Output, sim.Output{Stream: sim.Stdout, Data: strings.Join(s[1:], " ") + "\n"})
	case "echoerr":
		y.Output = append(y.Output, sim.Output{Stream: sim.Stderr, Data: strings.Join(s[1:], " ") + "\n"})
	case "sleep":
		if arg(1) == "infinity" {
			return sim.Forever, true
		}
		f, _ := strconv.ParseFloat(arg(1), 64)
		return time.Duration(f * float64(time.Second)), true
	case "exit":
		y.Code = num(1)
		return 0, true
	case "false", "/bin/false":
		y.Code = 1
		return 0, true
	case "touch":
		files[arg(1)] = true
		y.Files = append(y.Files, sim.FileChange{Path: arg(1), Op: sim.FileWrite})
	case "rm":
		delete(files, arg(1))
	case "cat":
		if !files[arg(1)] {
			y.Output = append(y.Output, sim.Output{Stream: sim.Stderr, Data: fmt.Sprintf("cat: can't open '%s': No such file or directory\n", arg(1))})
			y.Code = 1
			return 0, true
		}
	case "serve":
		code := 200
		if len(s) > 2 {
			code = num(2)
		}
		p.serving[num(1)] = code
		if p.r.ports[p.pod] == nil {
			p.r.ports[p.pod] = map[int]*fakeProc{}
		}
		p.r.ports[p.pod][num(1)] = p
		if p.pc == len(p.stmts) {
			return sim.Forever, true // a server's last statement waits forever
		}
	case "close":
		delete(p.r.ports[p.pod], num(1))
	case "trap":
		p.trapped = true
	case "true", "/bin/true":
	default:
		y.Output = append(y.Output, sim.Output{Stream: sim.Stderr, Data: "sh: " + s[0] + ": not found\n"})
		y.Code = 127
		return 0, true
	}
	return 0, false
}

func (p *fakeProc) exit(y sim.Yield, code int) sim.Yield {
	p.exited = true
	y.Exited, y.Code, y.Sleep = true, code, 0
	return y
}

func (p *fakeProc) Signal(sig sim.Signal, now time.Duration) sim.Yield {
	switch {
	case p.exited:
		return sim.Yield{Exited: true}
	case sig == sim.SIGKILL:
		return p.exit(sim.Yield{Signal: sim.SIGKILL}, 137)
	case p.trapped:
		return p.exit(sim.Yield{}, 0)
	}
	// PID 1 without a handler ignores it and keeps waiting
	if p.wakeAt == sim.Forever {
		return sim.Yield{Sleep: sim.Forever}
	}
	return sim.Yield{Sleep: p.wakeAt - now}
}
