package kubelet

import (
	"fmt"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

// runProbe is prober.go runProbe for one probe of c: exec, httpGet,
// tcpSocket or grpc, against the Pod IP. done gets the result and the
// output; a failure is recorded as the Unhealthy event (prober.go probe,
// on every failing run, before the thresholds).
func (pw *podWorker) runProbe(c *ctr, kind sim.ProbeKind, p *api.Probe, timeout time.Duration, done func(probeResult, string)) {
	finish := func(ok bool, out string) {
		out = strings.TrimRight(out, "\n")
		pw.k.tl.Probes = append(pw.k.tl.Probes, sim.ProbeResult{At: pw.k.now, Pod: pw.name,
			Container: c.spec.Name, Kind: kind, OK: ok, Output: out})
		res := resultSuccess
		if !ok {
			res = resultFailure
			pw.k.event(sim.EventWarning, "Unhealthy", pw.object(), c.spec.Name,
				fmt.Sprintf("%s probe failed: %s", probeTitle(kind), out))
		}
		done(res, out)
	}
	h := p.ProbeHandler
	switch {
	case h.Exec != nil:
		pw.execProbe(c, h.Exec.Command, timeout, finish)
	case h.HTTPGet != nil:
		finish(pw.httpProbe(c, h.HTTPGet))
	case h.TCPSocket != nil:
		finish(pw.tcpProbe(c, h.TCPSocket))
	case h.GRPC != nil:
		finish(pw.grpcProbe(h.GRPC))
	default:
		finish(false, "missing probe handler")
	}
}

// execProbe runs argv in the container; exit 0 is success, a run longer
// than timeoutSeconds a failure (ExecProbeTimeout).
func (pw *podWorker) execProbe(c *ctr, argv []string, timeout time.Duration, finish func(bool, string)) {
	var out strings.Builder
	settled := false
	r := &procRun{pod: pw.name, onOutput: func(o sim.Output) { out.WriteString(o.Data) }}
	r.onExit = func(y sim.Yield) {
		if !settled {
			settled = true
			finish(y.Code == 0, out.String())
		}
	}
	r.p = pw.k.rt.Exec(pw.name, c.spec.Name, argv, pw.k.now)
	pw.k.startProc(r)
	if settled {
		return
	}
	pw.k.after(timeout, func() {
		if settled {
			return
		}
		settled = true
		pw.k.signalProc(r, sim.SIGKILL)
		finish(false, fmt.Sprintf("command %q timed out", strings.Join(argv, " ")))
	})
}

// resolvePort is FindPortByName for a named port.
func resolvePort(c *api.Container, port api.IntOrString) (int, error) {
	if !port.IsString {
		return int(port.IntVal), nil
	}
	for _, p := range c.Ports {
		if p.Name == port.StrVal {
			return int(p.ContainerPort), nil
		}
	}
	return 0, fmt.Errorf("couldn't find port: %v in %v", port.StrVal, c.Name)
}

// httpProbe is pkg/probe/http: 200 ≤ code < 400 is success.
func (pw *podWorker) httpProbe(c *ctr, g *api.HTTPGetAction) (bool, string) {
	port, err := resolvePort(c.spec, g.Port)
	if err != nil {
		return false, err.Error()
	}
	req := httpRequest(g, port)
	resp := pw.k.rt.HTTPGet(pw.name, req, pw.k.now)
	if resp.Err != nil {
		return false, httpError(pw.url(req), resp.Err)
	}
	if resp.Code >= 200 && resp.Code < 400 {
		return true, ""
	}
	return false, fmt.Sprintf("HTTP probe failed with statuscode: %d", resp.Code)
}

func httpRequest(g *api.HTTPGetAction, port int) sim.HTTPRequest {
	req := sim.HTTPRequest{Host: g.Host, Port: port, Path: g.Path, Scheme: g.Scheme, Headers: map[string]string{}}
	if req.Path == "" {
		req.Path = "/"
	}
	if req.Scheme == "" {
		req.Scheme = "HTTP"
	}
	for _, h := range g.HTTPHeaders {
		req.Headers[h.Name] = h.Value
	}
	return req
}

func (pw *podWorker) url(req sim.HTTPRequest) string {
	host := req.Host
	if host == "" {
		host = pw.ip
	}
	path := req.Path
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	return fmt.Sprintf("%s://%s:%d%s", strings.ToLower(req.Scheme), host, req.Port, path)
}

// httpError words a failed request as Go's http client does.
func httpError(url string, err error) string {
	msg := err.Error()
	if strings.HasPrefix(msg, "Get ") {
		return msg
	}
	return fmt.Sprintf("Get %q: %s", url, msg)
}

func (pw *podWorker) tcpProbe(c *ctr, t *api.TCPSocketAction) (bool, string) {
	port, err := resolvePort(c.spec, t.Port)
	if err != nil {
		return false, err.Error()
	}
	if err := pw.k.rt.TCPConnect(pw.name, port, pw.k.now); err != nil {
		return false, err.Error()
	}
	return true, ""
}

func (pw *podWorker) grpcProbe(g *api.GRPCAction) (bool, string) {
	service := ""
	if g.Service != nil {
		service = *g.Service
	}
	serving, err := pw.k.rt.GRPCCheck(pw.name, int(g.Port), service, pw.k.now)
	switch {
	case err != nil:
		return false, fmt.Sprintf("timeout: failed to connect service %q within 1s: %v", fmt.Sprintf("%s:%d", pw.ip, g.Port), err)
	case !serving:
		return false, `service unhealthy (responded with "NOT_SERVING")`
	}
	return true, ""
}
