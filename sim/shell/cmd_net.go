package shell

import (
	"fmt"
	"strconv"
	"strings"
)

var netCommands = map[string]command{
	"wget": wgetCmd, "curl": curlCmd, "nc": ncCmd, "nslookup": nslookupCmd, "ping": pingCmd,
}

// parseURL splits http://host:port/path.
func parseURL(u string) (host string, port int, path string, ok bool) {
	rest, found := strings.CutPrefix(u, "http://")
	port = 80
	if !found {
		if r, tls := strings.CutPrefix(u, "https://"); tls {
			rest, port = r, 443
		} else if strings.Contains(u, "://") {
			return "", 0, "", false
		}
	}
	hostport, p, _ := strings.Cut(rest, "/")
	host, port = splitHostPort(hostport, port)
	return host, port, "/" + p, host != ""
}

// fetch performs a GET from inside the container.
func (e *cmdEnv) fetch(url string) (httpResp, string, error) {
	host, port, path, ok := parseURL(url)
	if !ok {
		return httpResp{}, host, fmt.Errorf("not an http or ftp url: %s", url)
	}
	l, err := e.dial(host, port)
	if err != nil {
		return httpResp{}, host, err
	}
	if l.http == nil {
		return httpResp{}, host, fmt.Errorf("server returned error: HTTP/0.9")
	}
	return l.http(httpReq{Method: "GET", Path: path, Now: e.p().now}), host, nil
}

// wgetOpts are the wget flags scripts use.
type wgetOpts struct {
	url, out      string
	quiet, spider bool
}

func parseWget(args []string) wgetOpts {
	var o wgetOpts
	for i := 1; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-q" || a == "--quiet":
			o.quiet = true
		case a == "-qO-":
			o.quiet, o.out = true, "-"
		case a == "-qO" || a == "-O" || a == "-T" || a == "-t" || a == "--timeout" || a == "-U" || a == "--header":
			o.quiet = o.quiet || a == "-qO"
			if i+1 < len(args) {
				i++
				if strings.HasSuffix(a, "O") {
					o.out = args[i]
				}
			}
		case strings.HasPrefix(a, "-O"):
			o.out = a[2:]
		case a == "--spider" || a == "-S":
			o.spider = true
		case !strings.HasPrefix(a, "-"):
			o.url = a
		}
	}
	if o.url != "" && !strings.Contains(o.url, "://") {
		o.url = "http://" + o.url
	}
	return o
}

// wgetCmd is busybox wget: -q, -O FILE (- for stdout), -T, --spider.
func wgetCmd(e *cmdEnv, args []string) int {
	o := parseWget(args)
	if o.url == "" {
		e.errf("BusyBox v1.36.1 multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n")
		return 1
	}
	host, port, path, _ := parseURL(o.url)
	if !o.quiet {
		e.errf("Connecting to %s (%s:%d)\n", hostport(host, port), resolveIP(e.c.pod, host), port)
	}
	r, _, err := e.fetch(o.url)
	switch {
	case err != nil:
		e.errf("wget: %v\n", err)
		return 1
	case r.Code >= 400:
		e.errf("wget: server returned error: HTTP/1.1 %d %s\n", r.Code, statusText(r.Code))
		return 1
	case o.spider:
		if !o.quiet {
			e.errf("remote file exists\n")
		}
		return 0
	}
	return e.wgetSave(o, path, r.Body)
}

func (e *cmdEnv) wgetSave(o wgetOpts, path, body string) int {
	out := o.out
	if out == "" {
		if out = baseName(strings.TrimSuffix(path, "/")); out == "" {
			out = "index.html"
		}
	}
	if out == "-" {
		e.outf("%s", body)
		return 0
	}
	if !o.quiet {
		e.errf("saving to '%s'\n", out)
	}
	if err := e.writePath(e.abs(out), []byte(body), false); err != nil {
		e.errf("wget: can't open '%s': %s\n", out, errText(err))
		return 1
	}
	if !o.quiet {
		e.errf("%-20s 100%% |********************************| %5d  0:00:00 ETA\n'%s' saved\n", out, len(body), out)
	}
	return 0
}

func hostport(host string, port int) string {
	if port == 80 {
		return host
	}
	return host + ":" + strconv.Itoa(port)
}

// curlOpts are the curl flags scripts use.
type curlOpts struct {
	url, out, write    string
	silent, fail, head bool
}

func parseCurl(args []string) curlOpts {
	var o curlOpts
	for i := 1; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-o" || a == "-w" || a == "-H" || a == "-m" || a == "--max-time" || a == "--connect-timeout" || a == "-X":
			if i+1 < len(args) {
				i++
				if a == "-o" {
					o.out = args[i]
				} else if a == "-w" {
					o.write = args[i]
				}
			}
		case a == "-I" || a == "--head":
			o.head = true
		case a == "--fail":
			o.fail = true
		case a == "--silent":
			o.silent = true
		case strings.HasPrefix(a, "-") && !strings.HasPrefix(a, "--"):
			o.silent = o.silent || (strings.Contains(a, "s") && !strings.Contains(a, "S"))
			o.fail = o.fail || strings.Contains(a, "f")
			o.head = o.head || strings.Contains(a, "I")
		case !strings.HasPrefix(a, "-"):
			o.url = a
		}
	}
	if o.url != "" && !strings.Contains(o.url, "://") {
		o.url = "http://" + o.url
	}
	return o
}

// curlCmd is curl: -s, -o FILE, -f, -I, -w '%{http_code}'.
func curlCmd(e *cmdEnv, args []string) int {
	o := parseCurl(args)
	if o.url == "" {
		e.errf("curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n")
		return 2
	}
	host, port, _, _ := parseURL(o.url)
	r, _, err := e.fetch(o.url)
	if err != nil {
		return e.curlFailed(o, host, port, err)
	}
	if o.fail && r.Code >= 400 {
		e.errf("curl: (22) The requested URL returned error: %d\n", r.Code)
		return 22
	}
	body := r.Body
	if o.head {
		body = fmt.Sprintf("HTTP/1.1 %d %s\r\nContent-Length: %d\r\n\r\n", r.Code, statusText(r.Code), len(r.Body))
	}
	if o.out != "" && o.out != "-" {
		if err := e.writePath(e.abs(o.out), []byte(body), false); err != nil {
			e.errf("curl: (23) Failure writing output to destination\n")
			return 23
		}
	} else {
		e.outf("%s", body)
	}
	if o.write != "" {
		e.outf("%s", strings.ReplaceAll(strings.ReplaceAll(o.write, "%{http_code}", strconv.Itoa(r.Code)), `\n`, "\n"))
	}
	return 0
}

// curlFailed reports a connection failure: exit 6 for a name that does
// not resolve, 7 for a refused connection (silent with -s, unless -f).
func (e *cmdEnv) curlFailed(o curlOpts, host string, port int, err error) int {
	unresolved := strings.Contains(err.Error(), "bad address")
	if !o.silent || o.fail {
		if unresolved {
			e.errf("curl: (6) Could not resolve host: %s\n", host)
		} else {
			e.errf("curl: (7) Failed to connect to %s port %d after 0 ms: Couldn't connect to server\n", host, port)
		}
	}
	if unresolved {
		return 6
	}
	return 7
}

// ncCmd is busybox nc: -z checks a port; -l listens.
func ncCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "zvluk", "wp")
	if f.on['l'] {
		port, _ := strconv.Atoi(f.val['p'])
		if port == 0 && len(f.args) > 0 {
			port, _ = strconv.Atoi(f.args[len(f.args)-1])
		}
		if err := e.listen(&listener{port: port, family: "tcp6"}); err != nil {
			e.errf("nc: bind: Address in use\n")
			return 1
		}
		_ = e.t.block()
		return 137
	}
	if len(f.args) < 2 {
		e.errf("BusyBox v1.36.1 multi-call binary.\n\nUsage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n")
		return 1
	}
	port, _ := strconv.Atoi(f.args[1])
	l, err := e.dial(f.args[0], port)
	if err != nil {
		if f.on['v'] || !f.on['z'] {
			e.errf("nc: %v\n", err)
		}
		return 1
	}
	if f.on['v'] {
		e.errf("%s (%s:%d) open\n", f.args[0], resolveIP(e.c.pod, f.args[0]), port)
	}
	if !f.on['z'] && l.tcp != nil {
		e.outf("%s", l.tcp(string(e.readStdin())))
	}
	return 0
}

// nslookupCmd is a stub resolver: cluster names resolve to made-up
// ClusterIPs from the cluster DNS at 10.96.0.10.
func nslookupCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "d", "t")
	if len(f.args) == 0 {
		e.errf("BusyBox v1.36.1 multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n")
		return 1
	}
	name := f.args[0]
	e.outf("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n")
	ip, fqdn, ok := clusterLookup(e.c.pod, name)
	if !ok {
		e.outf("** server can't find %s: NXDOMAIN\n\n", name)
		return 1
	}
	e.outf("Name:\t%s\nAddress: %s\n\n", fqdn, ip)
	return 0
}

// clusterLookup answers what CoreDNS would for the names a course uses.
func clusterLookup(p *pod, name string) (ip, fqdn string, ok bool) {
	ns := p.sb.Namespace
	if ns == "" {
		ns = "default"
	}
	switch strings.TrimSuffix(name, ".") {
	case "kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local":
		return "10.96.0.1", "kubernetes.default.svc.cluster.local", true
	case "kube-dns.kube-system", "kube-dns.kube-system.svc.cluster.local":
		return "10.96.0.10", "kube-dns.kube-system.svc.cluster.local", true
	case "localhost":
		return "127.0.0.1", "localhost", true
	case p.sb.Hostname:
		return p.sb.IP, p.sb.Hostname, true
	}
	for _, pd := range p.rt.pods {
		if pd.sb.Hostname == name {
			return pd.sb.IP, name, true
		}
	}
	return "", "", false
}

func pingCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "q", "cwWi")
	if len(f.args) == 0 {
		e.errf("BusyBox v1.36.1 multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n")
		return 1
	}
	host := f.args[0]
	ip := resolveIP(e.c.pod, host)
	if _, _, ok := clusterLookup(e.c.pod, host); !ok && strings.Trim(host, "0123456789.") != "" {
		e.errf("ping: bad address '%s'\n", host)
		return 1
	}
	count := -1
	if c, ok := f.val['c']; ok {
		count, _ = strconv.Atoi(c)
	}
	e.outf("PING %s (%s): 56 data bytes\n", host, ip)
	for i := 0; count < 0 || i < count; i++ {
		e.outf("64 bytes from %s: seq=%d ttl=64 time=0.071 ms\n", ip, i)
		if count >= 0 && i == count-1 {
			break
		}
		if err := e.t.sleep(1e9); err != nil {
			return 137
		}
	}
	e.outf("\n--- %s ping statistics ---\n%d packets transmitted, %d packets received, 0%% packet loss\nround-trip min/avg/max = 0.071/0.071/0.071 ms\n", host, count, count)
	return 0
}

// statusText is the reason phrase of an HTTP status.
func statusText(code int) string {
	switch code {
	case 200:
		return "OK"
	case 301:
		return "Moved Permanently"
	case 302:
		return "Found"
	case 403:
		return "Forbidden"
	case 404:
		return "Not Found"
	case 500:
		return "Internal Server Error"
	case 503:
		return "Service Unavailable"
	}
	return "Unknown"
}
