package shell

import (
	"fmt"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/images"
)

var programs = map[string]command{
	"nginx": nginxCmd, "catalina.sh": catalinaCmd, "server": livenessServer, "pause": pauseCmd, "agnhost": agnhostCmd,
	"hello-app": helloAppCmd, "http-echo": httpEchoCmd, "node": nodeCmd, "goproxy": goproxyCmd, "socat": socatCmd,
	"fluentd": fluentdCmd, "java": javaCmd, "python3": pythonCmd, "perl": perlCmd,
}

func init() {
	for k, v := range map[string]command{"redis-server": redisServer, "redis-cli": redisCli, "mysqld": mysqldCmd, "mysql": mysqlClient,
		"mysqladmin": mysqlClient, "etcd": etcdCmd, "etcdctl": etcdctlCmd, "stress": stressCmd, "vish-stress": vishStressCmd,
		"busybox-multicall": busyboxCmd} {
		programs[k] = v
	}
}

// pauseCmd is the infra container's /pause: it sleeps until TERM or INT
// (pause.c sigdie) and reaps zombies.
func pauseCmd(e *cmdEnv, args []string) int {
	e.catchSignals()
	for {
		s, err := e.await(sim.Forever)
		if err != nil {
			return 137
		}
		if s == sim.SIGTERM || s == 2 {
			e.errf("Shutting down, got signal: %s\n", map[sim.Signal]string{sim.SIGTERM: "Terminated", 2: "Interrupt"}[s])
			return 0
		}
	}
}

// busyboxCmd is /bin/busybox itself: `busybox sh`, `busybox ls`.
func busyboxCmd(e *cmdEnv, args []string) int {
	if len(args) < 2 {
		e.outf("BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n")
		return 0
	}
	if c := lookupCommand(args[1]); c != nil {
		return c(e, args[1:])
	}
	e.errf("%s: applet not found\n", args[1])
	return 127
}

// catalinaLog is java.util.logging's two-line format, as Tomcat 7 logs.
func (e *cmdEnv) catalinaLog(class, method, msg string) {
	e.errf("%s %s %s\nINFO: %s\n", e.p().wall().UTC().Format("Jan 02, 2006 3:04:05 PM"), class, method, msg)
}

// catalinaCmd is `catalina.sh run`: Tomcat 7 starts in a few seconds,
// deploys the wars in webapps, then serves /NAME/ on :8080.
func catalinaCmd(e *cmdEnv, args []string) int {
	if len(args) > 1 && args[1] == "version" {
		e.outf("Server version: Apache Tomcat/7.0.109\n")
		return 0
	}
	e.catchSignals()
	home := "/usr/local/tomcat"
	e.catalinaLog("org.apache.catalina.startup.VersionLoggerListener", "log", "Server version:        Apache Tomcat/7.0.109")
	e.catalinaLog("org.apache.catalina.startup.VersionLoggerListener", "log", "CATALINA_HOME:         "+home)
	e.catalinaLog("org.apache.coyote.AbstractProtocol", "init", `Initializing ProtocolHandler ["http-bio-8080"]`)
	e.catalinaLog("org.apache.catalina.startup.Catalina", "load", "Initialization processed in 912 ms")
	if s, err := e.await(time.Second); err != nil || s != 0 {
		return e.catalinaStop(s, err)
	}
	e.catalinaLog("org.apache.catalina.core.StandardService", "startInternal", "Starting service Catalina")
	e.catalinaLog("org.apache.catalina.core.StandardEngine", "startInternal", "Starting Servlet Engine: Apache Tomcat/7.0.109")
	apps := e.webapps(home)
	for _, w := range apps {
		method, what := "deployWAR", "archive"
		if !strings.HasSuffix(w, ".war") {
			method, what = "deployDirectory", "directory"
		}
		e.catalinaLog("org.apache.catalina.startup.HostConfig", method, "Deploying web application "+what+" "+home+"/webapps/"+w)
		if method == "deployWAR" {
			e.expandWar(home+"/webapps/"+w, home+"/webapps/"+strings.TrimSuffix(w, ".war"))
		}
		if s, err := e.await(1500 * time.Millisecond); err != nil || s != 0 {
			return e.catalinaStop(s, err)
		}
		e.catalinaLog("org.apache.catalina.startup.HostConfig", method, "Deployment of web application "+what+" "+home+"/webapps/"+w+" has finished in 1,503 ms")
	}
	if err := e.listen(&listener{port: 8080, http: e.tomcatHandler(home), family: "tcp6"}); err != nil {
		e.errf("SEVERE: Failed to initialize end point associated with ProtocolHandler [\"http-bio-8080\"]\njava.net.BindException: Address already in use (Bind failed) <null>:8080\n")
		return 1
	}
	e.catalinaLog("org.apache.coyote.AbstractProtocol", "start", `Starting ProtocolHandler ["http-bio-8080"]`)
	e.catalinaLog("org.apache.catalina.startup.Catalina", "start", fmt.Sprintf("Server startup in %d ms", 1000+1503*len(apps)))
	for {
		s, err := e.await(sim.Forever)
		if err != nil || s == sim.SIGTERM || s == 2 || s == 3 {
			return e.catalinaStop(s, err)
		}
	}
}

// catalinaStop is the JVM's shutdown hook at work; the JVM exits 143
// after a SIGTERM.
func (e *cmdEnv) catalinaStop(s sim.Signal, err error) int {
	if err != nil {
		return 137
	}
	if s != sim.SIGTERM && s != 2 && s != 3 {
		return 0
	}
	e.catalinaLog("org.apache.coyote.AbstractProtocol", "pause", `Pausing ProtocolHandler ["http-bio-8080"]`)
	e.catalinaLog("org.apache.catalina.core.StandardService", "stopInternal", "Stopping service Catalina")
	e.catalinaLog("org.apache.coyote.AbstractProtocol", "stop", `Stopping ProtocolHandler ["http-bio-8080"]`)
	e.catalinaLog("org.apache.coyote.AbstractProtocol", "destroy", `Destroying ProtocolHandler ["http-bio-8080"]`)
	return 128 + int(s)
}

// webapps lists the deployable applications in the order HostConfig
// deploys them (deployApps: deployWARs, then deployDirectories): NAME.war
// files, then directories that are not a war's unpacked copy (a NAME/
// next to NAME.war belongs to the war's deployment).
func (e *cmdEnv) webapps(home string) []string {
	es, _ := e.c.fs.readDir(home + "/webapps")
	wars := map[string]bool{}
	var out, dirs []string
	for _, ent := range es {
		if n := ent.Name(); strings.HasSuffix(n, ".war") && !e.isDir(home+"/webapps/"+n) {
			wars[strings.TrimSuffix(n, ".war")] = true
			out = append(out, n)
		}
	}
	for _, ent := range es {
		if e.isDir(home+"/webapps/"+ent.Name()) && !wars[ent.Name()] {
			dirs = append(dirs, ent.Name())
		}
	}
	sort.Strings(out)
	sort.Strings(dirs)
	return append(out, dirs...)
}

// expandWar unpacks a war into the directory of its name, as Tomcat does
// for a Host with unpackWARs="true" when it deploys it
// (org.apache.catalina.startup.ExpandWar.expand, called from
// ContextConfig.fixDocBase while HostConfig.deployWAR starts the context).
// An existing directory is kept, as ExpandWar returns early when the
// docBase exists. Each entry is a write of the tomcat container, so the
// volume's view sees the directory appear.
func (e *cmdEnv) expandWar(war, dir string) {
	data, err := e.c.fs.readFile(war)
	if err != nil || e.exists(dir) {
		return
	}
	entries, ok := images.WarEntries(string(data))
	if !ok || e.c.fs.mkdir(dir, false, e.p().wall()) != nil {
		return
	}
	e.recordOp(dir, sim.FileMkdir)
	for _, f := range entries {
		abs := path.Join(dir, f.Path)
		if f.Dir {
			if e.c.fs.mkdir(abs, true, e.p().wall()) == nil {
				e.recordOp(abs, sim.FileMkdir)
			}
			continue
		}
		_ = e.writePath(abs, []byte(f.Content), false)
	}
}

func (e *cmdEnv) exists(abs string) bool {
	_, err := e.c.fs.stat(abs)
	return err == nil
}

const tomcat404 = `<!DOCTYPE html><html><head><title>Apache Tomcat/7.0.109 - Error report</title></head><body><h1>HTTP Status 404 - %s</h1><hr class="line"><p><b>type</b> Status report</p><p><b>message</b> <u>%s</u></p><p><b>description</b> <u>The requested resource is not available.</u></p><hr class="line"><h3>Apache Tomcat/7.0.109</h3></body></html>`

// tomcatHandler serves /NAME/... for webapps/NAME.war (or NAME/), with
// autoDeploy: a war copied in later is served too.
func (e *cmdEnv) tomcatHandler(home string) func(httpReq) httpResp {
	return func(r httpReq) httpResp {
		p := path.Clean("/" + strings.SplitN(r.Path, "?", 2)[0])
		app := strings.SplitN(strings.TrimPrefix(p, "/"), "/", 2)[0]
		if app == "" {
			app = "ROOT"
		}
		for _, cand := range []string{app + ".war", app} {
			if _, err := e.c.fs.stat(home + "/webapps/" + cand); err == nil {
				if r.Path == "/"+app {
					return httpResp{Code: 302, Headers: map[string]string{"Location": "/" + app + "/"}}
				}
				return httpResp{Code: 200, Body: "<html>\n<body>\n<h2>Hello World! (" + app + ")</h2>\n</body>\n</html>\n"}
			}
		}
		return httpResp{Code: 404, Body: fmt.Sprintf(tomcat404, p, p)}
	}
}

// livenessServer is registry.k8s.io/liveness's /server
// (test/images/agnhost/liveness/server.go): /healthz answers 200 for the
// first 10 seconds after start, then 500 "error: SECONDS".
func livenessServer(e *cmdEnv, args []string) int {
	started := e.p().now
	handler := func(r httpReq) httpResp {
		d := (r.Now - started).Seconds()
		switch strings.SplitN(r.Path, "?", 2)[0] {
		case "/healthz":
			if d > 10 {
				return httpResp{Code: 500, Body: fmt.Sprintf("error: %v", d)}
			}
			return httpResp{Code: 200, Body: "ok"}
		case "/started":
			return httpResp{Code: 200, Body: fmt.Sprintf("%v", d)}
		case "/redirect":
			return httpResp{Code: 302, Headers: map[string]string{"Location": "/healthz"}}
		}
		return httpResp{Code: 404, Body: "404 page not found\n"}
	}
	if err := e.listen(&listener{port: 8080, http: handler, family: "tcp6"}); err != nil {
		e.errf("%s listen tcp :8080: bind: address already in use\n", e.goLogTime())
		return 1
	}
	return e.serveForever()
}

func (e *cmdEnv) goLogTime() string { return e.p().wall().UTC().Format("2006/01/02 15:04:05") }

// agnhostCmd is the e2e test image's multi-tool.
func agnhostCmd(e *cmdEnv, args []string) int {
	if len(args) < 2 {
		e.outf("Usage:\n  agnhost [command]\n\nAvailable Commands:\n  liveness  netexec  pause  serve-hostname  test-webserver  grpc-health-checking\n")
		return 0
	}
	flags := map[string]string{}
	for _, a := range args[2:] {
		k, v, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		flags[k] = v
	}
	port := func(name string, def int) int {
		var p int
		if _, err := fmt.Sscan(flags[name], &p); err == nil && p > 0 {
			return p
		}
		return def
	}
	switch args[1] {
	case "liveness":
		return livenessServer(e, args[1:])
	case "pause":
		e.outf("Paused\n")
		return e.serveForever()
	case "serve-hostname":
		return e.simpleServer(port("port", 9376), func(httpReq) httpResp { return httpResp{Code: 200, Body: e.hostname()} }, "Serving on port %d.\n")
	case "test-webserver":
		return e.simpleServer(port("port", 80), func(r httpReq) httpResp {
			return httpResp{Code: 200, Body: "Hello from test-webserver: " + r.Path + "\n"}
		}, "Serving on port %d.\n")
	case "netexec":
		return e.simpleServer(port("http-port", 8080), e.netexec, "Started HTTP server on port %d\n")
	case "grpc-health-checking":
		l := &listener{port: port("port", 5000), grpc: func(string, time.Duration) bool { return true }, family: "tcp6"}
		if err := e.listen(l); err != nil {
			return 1
		}
		_ = e.listen(&listener{port: port("http-port", 8080), http: func(httpReq) httpResp { return httpResp{Code: 200, Body: "ok"} }, family: "tcp6"})
		return e.serveForever()
	}
	e.errf("Error: unknown command %q for \"agnhost\"\nRun 'agnhost --help' for usage.\n", args[1])
	return 1
}

func (e *cmdEnv) netexec(r httpReq) httpResp {
	p, q, _ := strings.Cut(r.Path, "?")
	switch p {
	case "/hostname":
		return httpResp{Code: 200, Body: e.hostname()}
	case "/healthz", "/readyz":
		return httpResp{Code: 200, Body: "ok"}
	case "/echo":
		return httpResp{Code: 200, Body: strings.TrimPrefix(q, "msg=")}
	case "/clientip":
		return httpResp{Code: 200, Body: e.clientIP(r) + ":41234"}
	case "/", "":
		return httpResp{Code: 200, Body: "NOW: " + e.c.pod.rt.cfg.Epoch.Add(r.Now).UTC().Format("2006-01-02 15:04:05.000000000 -0700 UTC")}
	}
	return httpResp{Code: 404, Body: "404 page not found\n"}
}

// simpleServer listens on port with handler and waits for signals.
// Go's and node's servers listen on [::] (dual-stack).
func (e *cmdEnv) simpleServer(port int, h func(httpReq) httpResp, banner string) int {
	return e.serve(&listener{port: port, http: h, family: "tcp6"}, banner)
}

func (e *cmdEnv) serve(l *listener, banner string) int {
	port := l.port
	if err := e.listen(l); err != nil {
		e.errf("listen tcp :%d: bind: address already in use\n", port)
		return 1
	}
	if banner != "" {
		e.outf(banner, port)
	}
	return e.serveForever()
}

func helloAppCmd(e *cmdEnv, args []string) int {
	version := "1.0.0"
	if strings.HasPrefix(e.c.img.Tag, "2") {
		version = "2.0.0"
	}
	e.errf("%s Server listening on port 8080\n", e.goLogTime())
	return e.simpleServer(8080, func(r httpReq) httpResp {
		e.p().write(sim.Stderr, []byte(e.c.pod.rt.cfg.Epoch.Add(r.Now).UTC().Format("2006/01/02 15:04:05")+" Serving request: "+r.Path+"\n"))
		e.c.pod.rt.wake(e.c)
		return httpResp{Code: 200, Body: fmt.Sprintf("Hello, world!\nVersion: %s\nHostname: %s\n", version, e.hostname())}
	}, "")
}

func httpEchoCmd(e *cmdEnv, args []string) int {
	text, port := "", 5678
	for _, a := range args[1:] {
		k, v, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch k {
		case "text":
			text = v
		case "listen":
			_, p := splitHostPort(v, 5678)
			port = p
		}
	}
	if text == "" {
		e.errf("Missing -text option!\n")
		return 127
	}
	e.errf("%s [INFO] server is listening on :%d\n", e.goLogTime(), port)
	return e.simpleServer(port, func(httpReq) httpResp { return httpResp{Code: 200, Body: text + "\n"} }, "")
}

func nodeCmd(e *cmdEnv, args []string) int {
	if len(args) < 2 {
		_ = e.t.block()
		return 137
	}
	if args[1] == "--version" || args[1] == "-v" {
		e.outf("v20.18.1\n")
		return 0
	}
	return e.simpleServer(8080, func(r httpReq) httpResp {
		e.p().write(sim.Stdout, []byte("Received request for URL: "+r.Path+"\n"))
		e.c.pod.rt.wake(e.c)
		return httpResp{Code: 200, Body: "Hello Kubernetes!"}
	}, "")
}

func goproxyCmd(e *cmdEnv, args []string) int {
	return e.simpleServer(8080, func(httpReq) httpResp { return httpResp{Code: 200, Body: "ok"} }, "")
}

// socatCmd listens on the port of a TCP-LISTEN address.
func socatCmd(e *cmdEnv, args []string) int {
	for _, a := range args[1:] {
		lower := strings.ToLower(a)
		if rest, ok := strings.CutPrefix(lower, "tcp-listen:"); ok {
			var port int
			fmt.Sscan(strings.SplitN(rest, ",", 2)[0], &port)
			if err := e.listen(&listener{port: port}); err != nil {
				e.errf("%s socat[%d] E bind(5, {AF=2 0.0.0.0:%d}, 16): Address in use\n", e.goLogTime(), e.pid, port)
				return 1
			}
			return e.serveForever()
		}
	}
	e.errf("%s socat[%d] E exactly 2 addresses required (there are %d); use option \"-h\" for help\n", e.goLogTime(), e.pid, len(args)-1)
	return 1
}

func fluentdCmd(e *cmdEnv, args []string) int {
	t := e.p().wall().UTC().Format("2006-01-02 15:04:05 +0000")
	e.outf("%s [info]: parsing config file is succeeded path=\"/etc/fluent/fluent.conf\"\n%s [info]: starting fluentd-1.16.2 pid=%d ruby=\"3.2.2\"\n%s [info]: fluentd worker is now running worker=0\n", t, t, e.pid, t)
	return e.serveForever()
}

func javaCmd(e *cmdEnv, args []string) int {
	if len(args) > 1 && strings.HasPrefix(args[1], "-version") {
		e.errf("openjdk version \"1.8.0_342\"\nOpenJDK Runtime Environment (build 1.8.0_342-b07)\nOpenJDK 64-Bit Server VM (build 25.342-b07, mixed mode)\n")
		return 0
	}
	e.errf("Error: Could not find or load main class %s\n", strings.Join(args[1:], " "))
	return 1
}

// pythonCmd runs `python -m http.server [PORT]`, which serves the
// working directory; other Python is not simulated.
func pythonCmd(e *cmdEnv, args []string) int {
	if len(args) > 2 && args[1] == "-m" && args[2] == "http.server" {
		port := 8000
		if len(args) > 3 {
			fmt.Sscan(args[3], &port)
		}
		dir := e.dir
		e.errf("Serving HTTP on 0.0.0.0 port %d (http://0.0.0.0:%d/) ...\n", port, port)
		return e.serve(&listener{port: port, http: func(r httpReq) httpResp {
			data, err := e.c.fs.readFile(path.Join(dir, path.Clean("/"+r.Path)))
			if err != nil {
				return httpResp{Code: 404, Body: "Error response\nError code: 404\nMessage: File not found.\n"}
			}
			return httpResp{Code: 200, Body: string(data)}
		}}, "") // on 0.0.0.0, as it says
	}
	if len(args) > 1 && (args[1] == "--version" || args[1] == "-V") {
		e.outf("Python 3.12.8\n")
		return 0
	}
	if len(args) == 1 {
		if e.image && e.c.cfg.Stdin {
			_ = e.t.block()
			return 137
		}
		return 0
	}
	e.errf("python3: Podlab simulates only `python3 -m http.server [PORT]`\n")
	return 1
}
