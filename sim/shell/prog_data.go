package shell

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
)

// redisLog is redis's log line: "1:M 01 Jan 2024 00:00:00.000 * ...".
func (e *cmdEnv) redisLog(role, level, msg string) {
	e.outf("%d:%s %s %s %s\n", e.pid, role, e.p().wall().UTC().Format("02 Jan 2006 15:04:05.000"), level, msg)
}

// redisServer listens on :6379 (or the config file's port) and answers
// PING and CONFIG GET from its configuration.
func redisServer(e *cmdEnv, args []string) int {
	conf := map[string]string{"port": "6379", "maxmemory": "0", "maxmemory-policy": "noeviction", "appendonly": "no"}
	e.redisLog("C", "#", "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition.")
	e.redisLog("C", "*", "oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo")
	e.redisLog("C", "*", fmt.Sprintf("Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=%d, just started", e.pid))
	if len(args) > 1 && !strings.HasPrefix(args[1], "-") {
		data, err := e.readPath(args[1])
		if err != nil {
			e.redisLog("C", "#", fmt.Sprintf("Fatal error, can't open config file '%s': %s", args[1], errText(err)))
			return 1
		}
		for _, l := range splitLines(string(data)) {
			if f := strings.Fields(l); len(f) >= 2 && !strings.HasPrefix(f[0], "#") {
				conf[strings.ToLower(f[0])] = strings.Join(f[1:], " ")
			}
		}
		e.redisLog("C", "*", "Configuration loaded")
	} else {
		e.redisLog("C", "#", "Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf")
	}
	if v, ok := parseSize(conf["maxmemory"]); ok {
		conf["maxmemory"] = strconv.FormatInt(v, 10)
	}
	port, _ := strconv.Atoi(conf["port"])
	e.redisLog("M", "*", "monotonic clock: POSIX clock_gettime")
	if err := e.listen(&listener{port: port, tcp: redisProtocol(conf), family: "both"}); err != nil {
		e.redisLog("M", "#", fmt.Sprintf("Warning: Could not create server TCP listening socket *:%d: bind: Address in use", port))
		e.redisLog("M", "#", fmt.Sprintf("Failed listening on port %d (tcp), aborting.", port))
		return 1
	}
	e.redisLog("M", "*", fmt.Sprintf("Running mode=standalone, port=%d.", port))
	e.redisLog("M", "*", "Server initialized")
	e.redisLog("M", "*", "Ready to accept connections tcp")
	e.catchSignals()
	for {
		s, err := e.await(sim.Forever)
		if err != nil {
			return 137
		}
		if s == sim.SIGTERM || s == 2 {
			e.outf("%d:signal-handler (%d) Received %s scheduling shutdown...\n", e.pid, e.p().wall().Unix(), map[sim.Signal]string{sim.SIGTERM: "SIGTERM", 2: "SIGINT"}[s])
			e.redisLog("M", "*", "User requested shutdown...")
			e.redisLog("M", "*", "Saving the final RDB snapshot before exiting.")
			e.redisLog("M", "*", "DB saved on disk")
			e.redisLog("M", "#", "Redis is now ready to exit, bye bye...")
			return 0
		}
	}
}

func redisProtocol(conf map[string]string) func(string) string {
	return func(cmd string) string {
		f := strings.Fields(cmd)
		if len(f) == 0 {
			return ""
		}
		// redis-cli prints raw replies when its output is not a
		// terminal (kubectl exec without -t).
		switch strings.ToUpper(f[0]) {
		case "PING":
			return "PONG\n"
		case "CONFIG":
			if len(f) == 3 && strings.ToUpper(f[1]) == "GET" {
				k := strings.ToLower(f[2])
				if v, ok := conf[k]; ok {
					return k + "\n" + v + "\n"
				}
				return ""
			}
		case "INFO":
			return "# Server\r\nredis_version:7.4.1\r\nredis_mode:standalone\r\ntcp_port:" + conf["port"] + "\r\n"
		}
		return fmt.Sprintf("ERR unknown command '%s', with args beginning with: \n", f[0])
	}
}

// redisCli sends one command to the server (default 127.0.0.1:6379).
func redisCli(e *cmdEnv, args []string) int {
	host, port := "127.0.0.1", 6379
	var cmd []string
	for i := 1; i < len(args); i++ {
		switch args[i] {
		case "-h":
			i++
			if i < len(args) {
				host = args[i]
			}
		case "-p":
			i++
			if i < len(args) {
				port, _ = strconv.Atoi(args[i])
			}
		default:
			cmd = append(cmd, args[i])
		}
	}
	l, err := e.dial(host, port)
	if err != nil || l.tcp == nil {
		e.errf("Could not connect to Redis at %s:%d: Connection refused\n", host, port)
		return 1
	}
	if len(cmd) == 0 {
		cmd = []string{"PING"}
	}
	e.outf("%s", l.tcp(strings.Join(cmd, " ")))
	return 0
}

// mysqldCmd is the mysql image's entrypoint and server: without a root
// password option it refuses to initialise, as docker-entrypoint.sh does.
func mysqldCmd(e *cmdEnv, args []string) int {
	ts := func() string { return e.p().wall().UTC().Format("2006-01-02 15:04:05+00:00") }
	e.outf("%s [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.4.3-1.el9 started.\n", ts())
	if e.getenv("MYSQL_ROOT_PASSWORD") == "" && e.getenv("MYSQL_ALLOW_EMPTY_PASSWORD") == "" && e.getenv("MYSQL_RANDOM_ROOT_PASSWORD") == "" {
		e.errf("%s [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n", ts())
		return 1
	}
	e.catchSignals()
	e.outf("%s [Note] [Entrypoint]: Initializing database files\n", ts())
	if s, err := e.await(8 * time.Second); err != nil || s != 0 {
		return e.goDefault(sim.SIGTERM)
	}
	e.outf("%s [Note] [Entrypoint]: Database files initialized\n%s [Note] [Entrypoint]: MySQL init process done. Ready for start up.\n", ts(), ts())
	if err := e.listen(&listener{port: 3306, family: "tcp6"}); err != nil {
		e.errf("%s [ERROR] [MY-010262] [Server] Can't start server: Bind on TCP/IP port: Address already in use\n", ts())
		return 1
	}
	e.outf("%s 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.4.3'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.\n", ts())
	for {
		s, err := e.await(sim.Forever)
		if err != nil {
			return 137
		}
		if s == sim.SIGTERM || s == 2 {
			e.outf("%s 0 [System] [MY-013172] [Server] Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: 8.4.3).\n", ts())
			e.outf("%s 0 [System] [MY-010910] [Server] /usr/sbin/mysqld: Shutdown complete (mysqld 8.4.3)  MySQL Community Server - GPL.\n", ts())
			return 0
		}
	}
}

func mysqlClient(e *cmdEnv, args []string) int {
	if _, err := e.dial("127.0.0.1", 3306); err != nil {
		e.errf("ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)\n")
		return 1
	}
	if baseName(args[0]) == "mysqladmin" {
		e.outf("mysqld is alive\n")
	}
	return 0
}

// etcdCmd serves the gRPC health service and /health on the client port.
func etcdCmd(e *cmdEnv, args []string) int {
	port := 2379
	for i, a := range args {
		if strings.HasPrefix(a, "--listen-client-urls") {
			v := strings.TrimPrefix(strings.TrimPrefix(a, "--listen-client-urls"), "=")
			if v == "" && i+1 < len(args) {
				v = args[i+1]
			}
			_, port = splitHostPort(strings.Split(strings.TrimPrefix(v, "http://"), ",")[0], 2379)
		}
	}
	ts := e.p().wall().UTC().Format("2006-01-02T15:04:05.000Z")
	e.errf("{\"level\":\"info\",\"ts\":\"%s\",\"caller\":\"etcdmain/etcd.go:73\",\"msg\":\"Running: \",\"args\":[%q]}\n", ts, strings.Join(args, " "))
	l := &listener{port: port, grpc: func(string, time.Duration) bool { return true },
		http: func(r httpReq) httpResp { return httpResp{Code: 200, Body: `{"health":"true","reason":""}`} }, family: "tcp6"}
	if err := e.listen(l); err != nil {
		e.errf("{\"level\":\"fatal\",\"ts\":\"%s\",\"msg\":\"listen tcp 0.0.0.0:%d: bind: address already in use\"}\n", ts, port)
		return 1
	}
	e.errf("{\"level\":\"info\",\"ts\":\"%s\",\"caller\":\"embed/serve.go:187\",\"msg\":\"serving client traffic insecurely; this is strongly discouraged!\",\"address\":\"[::]:%d\"}\n", ts, port)
	return e.serveForever()
}

func etcdctlCmd(e *cmdEnv, args []string) int {
	if _, err := e.dial("127.0.0.1", 2379); err != nil {
		e.errf("{\"level\":\"warn\",\"msg\":\"retrying of unary invoker failed\"}\nError: context deadline exceeded\n")
		return 1
	}
	e.outf("127.0.0.1:2379 is healthy: successfully committed proposal: took = 1.234ms\n")
	return 0
}

// stressCmd is stress(1): --vm N --vm-bytes SIZE allocates memory (and
// keeps it with --vm-hang), which a memory limit turns into OOMKilled.
func stressCmd(e *cmdEnv, args []string) int {
	vm, bytes, timeout := 0, int64(256<<20), time.Duration(0)
	cpu := 0
	for i := 1; i+1 < len(args); i++ {
		switch args[i] {
		case "--vm", "-m":
			vm, _ = strconv.Atoi(args[i+1])
		case "--vm-bytes":
			bytes, _ = parseSize(args[i+1])
		case "--cpu", "-c":
			cpu, _ = strconv.Atoi(args[i+1])
		case "--timeout", "-t":
			timeout, _ = parseSleep(args[i+1])
		}
	}
	if len(args) > 1 && args[1] == "--help" {
		e.outf("`stress' imposes certain types of compute stress on your system\n\nUsage: stress [OPTION [ARG]] ...\n")
		return 0
	}
	e.outf("stress: info: [%d] dispatching hogs: %d cpu, 0 io, %d vm, 0 hdd\n", e.pid, cpu, vm)
	e.t.p.burn += int64(cpu) * 1000
	for i := 0; i < vm; i++ {
		e.t.p.mem += 0
		if !e.allocate(bytes) {
			return 137
		}
	}
	if timeout == 0 {
		timeout = sim.Forever
	}
	if err := e.t.sleep(timeout); err != nil {
		return 137
	}
	e.outf("stress: info: [%d] successful run completed in %ds\n", e.pid, int(timeout.Seconds()))
	return 0
}

// vishStressCmd is vish/stress: -mem-total SIZE in steps of
// -mem-alloc-size every -mem-alloc-sleep; -cpus N burns CPU.
func vishStressCmd(e *cmdEnv, args []string) int {
	opts := map[string]string{"mem-total": "0", "mem-alloc-size": "4Ki", "mem-alloc-sleep": "1ms"}
	for i := 1; i < len(args); i++ {
		k, v, hasV := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		if !hasV && i+1 < len(args) && !strings.HasPrefix(args[i+1], "-") {
			i++
			v = args[i]
		}
		opts[k] = v
	}
	if n, err := strconv.Atoi(opts["cpus"]); err == nil && n > 0 {
		e.t.p.burn += int64(n) * 1000
	}
	total, _ := parseSize(opts["mem-total"])
	step, _ := parseSize(opts["mem-alloc-size"])
	pause, _ := time.ParseDuration(opts["mem-alloc-sleep"])
	e.errf("I%s       %d main.go:26] Allocating %q memory, in %q chunks, with a %s sleep between allocations\n", e.p().wall().UTC().Format("0102 15:04:05.000000"), e.pid, opts["mem-total"], opts["mem-alloc-size"], opts["mem-alloc-sleep"])
	for got := int64(0); step > 0 && got < total; got += step {
		if !e.allocate(step) {
			return 137
		}
		if err := e.t.sleep(max(pause, time.Millisecond)); err != nil {
			return 137
		}
	}
	if total > 0 {
		e.errf("I%s       %d main.go:39] Allocated %q memory\n", e.p().wall().UTC().Format("0102 15:04:05.000000"), e.pid, opts["mem-total"])
	}
	return e.serveForever()
}

// perlCmd knows the one Perl the Kubernetes docs run: the pi Job's
// `perl -Mbignum=bpi -wle 'print bpi(2000)'`.
func perlCmd(e *cmdEnv, args []string) int {
	src := strings.Join(args[1:], " ")
	if i := strings.Index(src, "bpi("); i >= 0 {
		var n int
		fmt.Sscan(src[i+4:], &n)
		if n > 0 && n <= 10000 {
			// The docs: the Job "takes around 10s to complete"; most of it
			// is this computation (4 ms a digit on the virtual CPU).
			if err := e.t.sleep(time.Duration(n) * 4 * time.Millisecond); err != nil {
				return 137
			}
			e.outf("%s\n", piDigits(n))
			return 0
		}
	}
	if len(args) > 1 && args[1] == "-v" {
		e.outf("\nThis is perl 5, version 34, subversion 0 (v5.34.0) built for x86_64-linux-gnu-thread-multi\n")
		return 0
	}
	e.errf("perl: Podlab simulates only the docs' `perl -Mbignum=bpi -wle 'print bpi(N)'`\n")
	return 1
}

// piDigits returns pi to n significant digits, rounded, as Math::BigFloat's
// bpi(n) prints it. Rabinowitz and Wagon's spigot (1995) on plain ints,
// with a few guard digits for the rounding.
func piDigits(n int) string {
	d := spigot(n + 5)
	digits := []byte(d[:n])
	if d[n] >= '5' {
		for i := n - 1; i >= 0; i-- {
			if digits[i] < '9' {
				digits[i]++
				break
			}
			digits[i] = '0'
		}
	}
	return string(digits[:1]) + "." + string(digits[1:])
}

// spigot returns the first n digits of pi ("31415...").
func spigot(n int) string {
	a := make([]int, n*10/3+1)
	for i := range a {
		a[i] = 2
	}
	var b strings.Builder
	nines, predigit, first := 0, 0, true
	emit := func(d int) {
		if !first {
			b.WriteByte(byte('0' + d))
		}
		first = false
	}
	for j := 0; j < n; j++ {
		q := 0
		for i := len(a) - 1; i >= 0; i-- {
			x := 10*a[i] + q*(i+1)
			a[i], q = x%(2*i+1), x/(2*i+1)
		}
		a[0], q = q%10, q/10
		switch {
		case q == 9:
			nines++
		case q == 10:
			emit(predigit + 1)
			for ; nines > 0; nines-- {
				emit(0)
			}
			predigit = 0
		default:
			emit(predigit)
			predigit = q
			for ; nines > 0; nines-- {
				emit(9)
			}
		}
	}
	emit(predigit)
	return b.String()
}
