package shell

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
)

// httpReq is a request a simulated server answers.
type httpReq struct {
	Method  string
	Path    string
	Headers map[string]string
	Now     time.Duration
}

// httpResp is its answer.
type httpResp struct {
	Code    int
	Body    string
	Headers map[string]string
}

// listener is a socket a process listens on. Handlers run synchronously
// on the caller's goroutine and never park.
type listener struct {
	port  int
	owner *proc
	pid   int    // the listening program's PID, in pids
	pids  *pidns // the PID namespace it runs in (netstat -p)
	// family is what the server binds: "" 0.0.0.0 only; "lo" 127.0.0.1; "tcp6" [::],
	// dual-stack, as Go's net.Listen on a wildcard, Java, node and busybox
	// do; "both" two sockets, as nginx's "listen 80; listen [::]:80;".
	family string
	http   func(req httpReq) httpResp                   // nil: not an HTTP server
	grpc   func(service string, now time.Duration) bool // nil: not a gRPC server
	tcp    func(data string) string                     // a line protocol (redis), optional
}

// netns is a network namespace: a Pod's (owned by its pause container) or
// the node's (hostNetwork).
type netns struct {
	pod *pod
	ls  []*listener
}

// errAddrInUse is what bind() returns for a taken port.
type errAddrInUse struct{ port int }

func (e errAddrInUse) Error() string { return "bind: Address in use" }

func (n *netns) listen(l *listener) error {
	if n.find(l.port) != nil {
		return errAddrInUse{l.port}
	}
	n.ls = append(n.ls, l)
	return nil
}

func (n *netns) find(port int) *listener {
	for _, l := range n.ls {
		if l.port == port {
			return l
		}
	}
	return nil
}

// release closes the sockets of a process that ended.
func (n *netns) release(p *proc) {
	kept := n.ls[:0]
	for _, l := range n.ls {
		if l.owner != p {
			kept = append(kept, l)
		}
	}
	n.ls = kept
}

// netOf is the namespace a Pod's processes use.
func (rt *world) netOf(p *pod) *netns {
	if p.sb.HostNetwork {
		if rt.nodeNet == nil {
			rt.nodeNet = &netns{pod: p}
		}
		return rt.nodeNet
	}
	return p.net
}

// route finds the namespace behind host as seen from pod: localhost, the
// Pod's IP or hostname, or another Pod's IP.
func (rt *world) route(from *pod, host string) (*netns, bool) {
	switch host {
	case "", "localhost", "127.0.0.1", "::1", "0.0.0.0", from.sb.IP, from.sb.Hostname:
		return rt.netOf(from), true
	}
	for _, name := range sortedKeys(rt.pods) {
		p := rt.pods[name]
		if p.sb.IP == host {
			return rt.netOf(p), true
		}
	}
	return nil, false
}

func refused(host string, port int) error {
	return fmt.Errorf("dial tcp %s:%d: connect: connection refused", host, port)
}

// HTTPGet sends a GET to a server of the Pod, as the kubelet's prober does.
func (rt *world) HTTPGet(pod string, req sim.HTTPRequest, now time.Duration) sim.HTTPResponse {
	p := rt.pods[pod]
	if p == nil {
		return sim.HTTPResponse{Err: fmt.Errorf("pod %q has no sandbox", pod)}
	}
	host := req.Host
	if host == "" {
		host = p.sb.IP
	}
	n, ok := rt.route(p, host)
	var l *listener
	if ok {
		l = n.find(req.Port)
	}
	if l == nil {
		return sim.HTTPResponse{Err: refused(host, req.Port)}
	}
	if l.http == nil {
		// A server that does not speak HTTP closes the connection.
		return sim.HTTPResponse{Err: fmt.Errorf("Get \"http://%s:%d%s\": EOF", host, req.Port, req.Path)}
	}
	r := l.http(httpReq{Method: "GET", Path: req.Path, Headers: req.Headers, Now: now})
	return sim.HTTPResponse{Code: r.Code, Body: r.Body}
}

// TCPConnect opens (and closes) a connection, as a tcpSocket probe does.
func (rt *world) TCPConnect(pod string, port int, now time.Duration) error {
	p := rt.pods[pod]
	if p == nil {
		return fmt.Errorf("pod %q has no sandbox", pod)
	}
	if rt.netOf(p).find(port) == nil {
		return refused(p.sb.IP, port)
	}
	return nil
}

// GRPCCheck calls grpc.health.v1.Health/Check.
func (rt *world) GRPCCheck(pod string, port int, service string, now time.Duration) (bool, error) {
	p := rt.pods[pod]
	if p == nil {
		return false, fmt.Errorf("pod %q has no sandbox", pod)
	}
	l := rt.netOf(p).find(port)
	if l == nil {
		return false, fmt.Errorf("failed to connect service %q within 1s: context deadline exceeded", fmt.Sprintf("%s:%d", p.sb.IP, port))
	}
	if l.grpc == nil {
		return false, fmt.Errorf("rpc error: code = Unavailable desc = connection error")
	}
	return l.grpc(service, now), nil
}

// Listening returns the ports each container of the Pod listens on.
func (rt *world) Listening(pod string) map[string][]int {
	p := rt.pods[pod]
	if p == nil {
		return nil
	}
	out := map[string][]int{}
	for _, l := range rt.netOf(p).ls {
		if l.owner.c.pod != p {
			continue
		}
		out[l.owner.c.cfg.Name] = append(out[l.owner.c.cfg.Name], l.port)
	}
	for _, ports := range out {
		sort.Ints(ports)
	}
	return out
}

// internet is the little of the world outside the cluster the docs'
// examples fetch: the init-containers page downloads info.cern.ch.
var internet = map[string]string{
	"info.cern.ch": `<html><head></head><body><header>
<title>http://info.cern.ch</title>
</header>

<h1>http://info.cern.ch - home of the first website</h1>
<p>From here you can:</p>
<ul>
<li><a href="http://info.cern.ch/hypertext/WWW/TheProject.html">Browse the first website</a></li>
<li><a href="http://line-mode.cern.ch/www/hypertext/WWW/TheProject.html">Browse the first website using the line-mode browser simulator</a></li>
<li><a href="http://home.web.cern.ch/topics/birth-web">Learn about the birth of the web</a></li>
<li><a href="http://home.web.cern.ch/about">Learn about CERN, the physics laboratory where the web was born</a></li>
</ul>
</body></html>
`,
	"example.com": "<!doctype html>\n<html>\n<head>\n    <title>Example Domain</title>\n</head>\n<body>\n<div>\n    <h1>Example Domain</h1>\n    <p>This domain is for use in illustrative examples in documents.</p>\n</div>\n</body>\n</html>\n",
}

// dial is how a client inside a container reaches host:port.
func (e *cmdEnv) dial(host string, port int) (*listener, error) {
	rt := e.c.pod.rt
	if page, ok := internet[strings.TrimPrefix(host, "www.")]; ok && (port == 80 || port == 443) {
		return &listener{port: port, http: func(r httpReq) httpResp {
			if r.Path == "/" || r.Path == "" {
				return httpResp{Code: 200, Body: page}
			}
			return httpResp{Code: 404, Body: "Not Found\n"}
		}}, nil
	}
	n, ok := rt.route(e.c.pod, host)
	if !ok {
		return nil, fmt.Errorf("bad address '%s'", host)
	}
	l := n.find(port)
	if l == nil {
		return nil, fmt.Errorf("can't connect to remote host (%s): Connection refused", resolveIP(e.c.pod, host))
	}
	return l, nil
}

func resolveIP(p *pod, host string) string {
	if host == "localhost" {
		return "127.0.0.1"
	}
	if host == p.sb.Hostname {
		return p.sb.IP
	}
	return host
}

// listen registers a server socket for the running program.
func (e *cmdEnv) listen(l *listener) error {
	l.owner, l.pid, l.pids = e.t.p, e.pid, e.c.pids
	return e.c.pod.rt.netOf(e.c.pod).listen(l)
}

// splitHostPort parses host:port with a default port.
func splitHostPort(s string, def int) (string, int) {
	host, port := s, def
	if i := strings.LastIndex(s, ":"); i >= 0 {
		host = s[:i]
		fmt.Sscan(s[i+1:], &port)
	}
	return host, port
}
