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

// wgetCmd is busybox wget: -q, -O FILE (- for stdout), -T, --spider.
func wgetCmd(e *cmdEnv, args []string) int {
	var url, out string
	quiet, spider := false, false
	for i := 1; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-q" || a == "--quiet":
			quiet = true
		case a == "-qO-" || a == "-qO":
			quiet = true
			out = "-"
			if a == "-qO" && i+1 < len(args) {
				i++
				out = args[i]
			}
		case a == "-O" || a == "-T" || a == "-t" || a == "--timeout" || a == "-U" || a == "--header":
			if i+1 < len(args) {
				i++
				if a == "-O" {
					out = args[i]
				}
			}
		case strings.HasPrefix(a, "-O"):
			out = a[2:]
		case a == "--spider" || a == "-S":
			spider = true
		case strings.HasPrefix(a, "-"):
		default:
			url = a
		}
	}
	if url == "" {
		e.errf("BusyBox v1.36.1 multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n")
		return 1
	}
	if !strings.Contains(url, "://") {
		url = "http://" + url
	}
	host, port, path, _ := parseURL(url)
	if !quiet {
		e.errf("Connecting to %s (%s:%d)\n", hostport(host, port), resolveIP(e.c.pod, host), port)
	}
	r, _, err := e.fetch(url)
	if err != nil {
		e.errf("wget: %v\n", err)
		return 1
	}
	if r.Code >= 400 {
		e.errf("wget: server returned error: HTTP/1.1 %d %s\n", r.Code, statusText(r.Code))
		return 1
	}
	if spider {
		if !quiet {
			e.errf("remote file exists\n")
		}
		return 0
	}
	if out == "" {
		out = baseName(strings.TrimSuffix(path, "/"))
		if out == "" {
			out = "index.html"
		}
	}
	if out == "-" {
		e.outf("%s", r.Body)
		return 0
	}
	if !quiet {
		e.errf("saving to '%s'\n", out)
	}
	if err := e.writePath(e.abs(out), []byte(r.Body), false); err != nil {
		e.errf("wget: can't open '%s': %s\n", out, errText(err))
		return 1
	}
	if !quiet {
		e.errf("%-20s 100%% |********************************| %5d  0:00:00 ETA\n'%s' saved\n", out, len(r.Body), out)
	}
	return 0
}

func hostport(host string, port int) string {
	if port == 80 {
		return host
	}
	return host + ":" + strconv.Itoa(port)
}

// curlCmd is curl: -s, -o FILE, -f, -I, -w '%{http_code}'.
func curlCmd(e *cmdEnv, args []string) int {
	var url, out, write string
	silent, fail, head := false, false, false
	for i := 1; i < len(args); i++ {
		a := args[i]
		switch a {
		case "-s", "--silent", "-sS", "-S", "-L", "-k", "-v":
			silent = silent || strings.Contains(a, "s")
		case "-f", "-sf", "-fs", "-fsS", "-sSf", "--fail":
			fail, silent = true, strings.Contains(a, "s")
		case "-I", "--head":
			head = true
		case "-o", "-w", "-H", "-m", "--max-time", "--connect-timeout", "-X":
			if i+1 < len(args) {
				i++
				switch a {
				case "-o":
					out = args[i]
				case "-w":
					write = args[i]
				}
			}
		default:
			if !strings.HasPrefix(a, "-") {
				url = a
			}
		}
	}
	if url == "" {
		e.errf("curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n")
		return 2
	}
	if !strings.Contains(url, "://") {
		url = "http://" + url
	}
	host, port, _, _ := parseURL(url)
	r, _, err := e.fetch(url)
	if err != nil {
		if !silent || fail {
			if strings.Contains(err.Error(), "bad address") {
				e.errf("curl: (6) Could not resolve host: %s\n", host)
				return 6
			}
			e.errf("curl: (7) Failed to connect to %s port %d after 0 ms: Couldn't connect to server\n", host, port)
		}
		if strings.Contains(err.Error(), "bad address") {
			return 6
		}
		return 7
	}
	if fail && r.Code >= 400 {
		e.errf("curl: (22) The requested URL returned error: %d\n", r.Code)
		return 22
	}
	body := r.Body
	if head {
		body = fmt.Sprintf("HTTP/1.1 %d %s\r\nContent-Length: %d\r\n\r\n", r.Code, statusText(r.Code), len(r.Body))
	}
	if out != "" && out != "-" {
		if err := e.writePath(e.abs(out), []byte(body), false); err != nil {
			e.errf("curl: (23) Failure writing output to destination\n")
			return 23
		}
	} else {
		e.outf("%s", body)
	}
	if write != "" {
		e.outf("%s", strings.ReplaceAll(strings.ReplaceAll(write, "%{http_code}", strconv.Itoa(r.Code)), `\n`, "\n"))
	}
	return 0
}

// ncCmd is busybox nc: -z checks a port; -l listens.
func ncCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "zvluk", "wp")
	if f.on['l'] {
		port, _ := strconv.Atoi(f.val['p'])
		if port == 0 && len(f.args) > 0 {
			port, _ = strconv.Atoi(f.args[len(f.args)-1])
		}
		if err := e.listen(&listener{port: port}); err != nil {
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
