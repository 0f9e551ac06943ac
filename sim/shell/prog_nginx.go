package shell

import (
	"fmt"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
)

const nginxVersion = "1.27.3"

// nginxLog is an error-log line: "2024/01/01 00:00:00 [notice] 1#1: ...".
func (e *cmdEnv) nginxLog(level string, pid int, format string, a ...any) {
	e.errf("%s [%s] %d#%d: %s\n", e.p().wall().UTC().Format("2006/01/02 15:04:05"), level, pid, pid, fmt.Sprintf(format, a...))
}

// nginxCmd is nginx: `nginx -g 'daemon off;'` serves
// /usr/share/nginx/html on :80 from the container's files at request time;
// `nginx -s quit|stop` signals the master; -t and -v answer as nginx does.
func nginxCmd(e *cmdEnv, args []string) int {
	for i := 1; i < len(args); i++ {
		switch args[i] {
		case "-v":
			e.errf("nginx version: nginx/%s\n", nginxVersion)
			return 0
		case "-t":
			e.errf("nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n")
			return 0
		case "-s":
			if i+1 < len(args) {
				return e.nginxSignal(args[i+1])
			}
			e.errf("nginx: option \"-s\" requires parameter\n")
			return 1
		}
	}
	return e.nginxServe()
}

func (e *cmdEnv) nginxSignal(name string) int {
	sigs := map[string]sim.Signal{"stop": sim.SIGTERM, "quit": 3, "reopen": 10, "reload": 1}
	sig, ok := sigs[name]
	if !ok {
		e.errf("nginx: invalid option: \"-s %s\"\n", name)
		return 1
	}
	data, err := e.c.fs.readFile("/var/run/nginx.pid")
	pid, _ := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil || pid == 0 {
		e.nginxLog("error", e.pid, "open() \"/var/run/nginx.pid\" failed (2: No such file or directory)")
		return 1
	}
	e.nginxLog("notice", e.pid, "signal process started")
	if !e.signalPID(pid, sig) {
		e.nginxLog("error", e.pid, "kill(%d, %d) failed (3: No such process)", pid, sig)
		return 1
	}
	return 0
}

func (e *cmdEnv) nginxServe() int {
	master := e.pid
	e.c.pids.setCmd(master, "nginx: master process nginx -g daemon off;")
	e.catchSignals()
	for try := 0; ; try++ {
		err := e.listen(&listener{port: 80, http: e.nginxHandler(master), family: "both"})
		if err == nil {
			break
		}
		e.nginxLog("emerg", master, "bind() to 0.0.0.0:80 failed (98: Address in use)")
		if try == 4 {
			e.nginxLog("emerg", master, "still could not bind()")
			return 1
		}
		if _, err := e.await(500 * time.Millisecond); err != nil {
			return 137
		}
	}
	_ = e.c.fs.writeFile("/var/run/nginx.pid", []byte(strconv.Itoa(master)+"\n"), false, 0, e.p().wall())
	for _, l := range []string{`using the "epoll" event method`, "nginx/" + nginxVersion, "built by gcc 12.2.0 (Debian 12.2.0-14) ",
		"OS: Linux 6.8.0-podlab", "getrlimit(RLIMIT_NOFILE): 1048576:1048576", "start worker processes"} {
		e.nginxLog("notice", master, "%s", l)
	}
	var workers []int
	for i := 0; i < 2; i++ {
		w := e.c.pids.add(master, e.c.cfg.Name, "nginx: worker process")
		workers = append(workers, w)
		e.nginxLog("notice", master, "start worker process %d", w)
	}
	defer func() {
		for _, w := range workers {
			e.c.pids.remove(w)
		}
	}()
	for {
		s, err := e.await(sim.Forever)
		if err != nil {
			return 137
		}
		if code, done := e.nginxStop(master, workers, s); done {
			return code
		}
	}
}

// nginxStop logs what nginx logs on a signal; TERM/INT are the fast
// shutdown, QUIT the graceful one (what `nginx -s quit` sends).
func (e *cmdEnv) nginxStop(master int, workers []int, s sim.Signal) (int, bool) {
	names := map[sim.Signal]string{sim.SIGTERM: "SIGTERM", 2: "SIGINT", 3: "SIGQUIT", 1: "SIGHUP", 10: "SIGUSR1"}
	switch s {
	case sim.SIGTERM, 2:
		e.nginxLog("notice", master, "signal %d (%s) received, exiting", s, names[s])
	case 3:
		e.nginxLog("notice", master, "signal 3 (SIGQUIT) received, shutting down")
	case 1:
		e.nginxLog("notice", master, "signal 1 (SIGHUP) received, reconfiguring")
		return 0, false
	default:
		return 0, false
	}
	for _, w := range workers {
		if s == 3 {
			e.nginxLog("notice", w, "gracefully shutting down")
		}
		e.nginxLog("notice", w, "exiting")
		e.nginxLog("notice", w, "exit")
	}
	for _, w := range workers {
		e.nginxLog("notice", master, "signal 17 (SIGCHLD) received from %d", w)
		e.nginxLog("notice", master, "worker process %d exited with code 0", w)
	}
	e.nginxLog("notice", master, "exit")
	return 0, true
}

const nginx404 = "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/" + nginxVersion + "</center>\r\n</body>\r\n</html>\r\n"

// nginxHandler serves the default site from the container's files as
// they are at request time, and writes the access log to stdout.
func (e *cmdEnv) nginxHandler(master int) func(httpReq) httpResp {
	return func(r httpReq) httpResp {
		p := path.Clean("/" + strings.SplitN(r.Path, "?", 2)[0])
		file := path.Join("/usr/share/nginx/html", p)
		if fi, err := e.c.fs.stat(file); err == nil && fi.IsDir() {
			file = path.Join(file, "index.html")
		}
		resp := httpResp{Code: 200}
		data, err := e.c.fs.readFile(file)
		if err != nil {
			resp = httpResp{Code: 404, Body: nginx404}
			e.nginxLogAt(r.Now, "error", master+1, "*1 open() \"%s\" failed (2: No such file or directory), client: %s, server: localhost, request: \"GET %s HTTP/1.1\", host: \"%s\"",
				file, e.clientIP(r), r.Path, e.c.pod.sb.IP)
		} else {
			resp.Body = string(data)
		}
		e.accessLog(r, resp)
		return resp
	}
}

func (e *cmdEnv) nginxLogAt(now time.Duration, level string, pid int, format string, a ...any) {
	p := e.p()
	saved := p.now
	p.now = max(p.now, now)
	e.nginxLog(level, pid, format, a...)
	p.now = saved
	p.c.pod.rt.wake(p.c)
}

// clientIP is where a request comes from: the kubelet's probes come from
// the node (the bridge address of the Pod network).
func (e *cmdEnv) clientIP(r httpReq) string {
	if r.Headers["X-Podlab-Client"] != "" {
		return r.Headers["X-Podlab-Client"]
	}
	ip := e.c.pod.sb.IP
	if i := strings.LastIndex(ip, "."); i > 0 {
		return ip[:i] + ".1"
	}
	return "127.0.0.1"
}

func (e *cmdEnv) accessLog(r httpReq, resp httpResp) {
	ua := r.Headers["User-Agent"]
	if ua == "" {
		ua = "kube-probe/1.31"
	}
	t := e.c.pod.rt.cfg.Epoch.Add(r.Now).UTC().Format("02/Jan/2006:15:04:05 -0700")
	e.p().write(sim.Stdout, []byte(fmt.Sprintf("%s - - [%s] \"%s %s HTTP/1.1\" %d %d \"-\" \"%s\" \"-\"\n", e.clientIP(r), t, r.Method, r.Path, resp.Code, len(resp.Body), ua)))
	e.c.pod.rt.wake(e.c)
}
