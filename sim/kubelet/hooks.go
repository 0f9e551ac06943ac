package kubelet

import (
	"fmt"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

// runHook is lifecycle/handlers.go HandlerRunner.Run: exec, httpGet or
// sleep; tcpSocket is deprecated and not run. done gets the failure
// message (as PostStartHookError shows it) and whether the hook succeeded.
func (pw *podWorker) runHook(c *ctr, h *api.LifecycleHandler, _ *instance, done func(msg string, ok bool)) {
	switch {
	case h.Exec != nil:
		pw.execHook(c, h.Exec.Command, done)
	case h.HTTPGet != nil:
		pw.httpHook(c, h.HTTPGet, done)
	case h.Sleep != nil:
		pw.k.after(time.Duration(h.Sleep.Seconds)*time.Second, func() { done("", true) })
	default:
		done("", true)
	}
}

// execHook runs the command in the container; a non-zero exit fails it.
func (pw *podWorker) execHook(c *ctr, argv []string, done func(string, bool)) {
	var out strings.Builder
	r := &procRun{pod: pw.name, onOutput: func(o sim.Output) { out.WriteString(o.Data) }}
	r.onExit = func(y sim.Yield) {
		if y.Code == 0 {
			done("", true)
			return
		}
		o := out.String()
		done(fmt.Sprintf("Exec lifecycle hook (%v) for Container %q in Pod %q failed - error: command '%s' exited with %d: %s, message: %q",
			argv, c.spec.Name, pw.podRef(), strings.Join(argv, " "), y.Code, o, o), false)
	}
	r.p = pw.k.rt.Exec(pw.name, c.spec.Name, argv, pw.k.now)
	pw.k.startProc(r)
}

// httpHook sends the GET; only an error reaching the server fails it (the
// status code is not checked).
func (pw *podWorker) httpHook(c *ctr, g *api.HTTPGetAction, done func(string, bool)) {
	port, err := resolvePort(c.spec, g.Port)
	if err == nil {
		req := httpRequest(g, port)
		if resp := pw.k.rt.HTTPGet(pw.name, req, pw.k.now); resp.Err != nil {
			err = fmt.Errorf("%s", httpError(pw.url(req), resp.Err))
		}
	}
	if err != nil {
		done(fmt.Sprintf("HTTP lifecycle hook (%s) for Container %q in Pod %q failed - error: %v, message: %q",
			g.Path, c.spec.Name, pw.podRef(), err, ""), false)
		return
	}
	done("", true)
}
