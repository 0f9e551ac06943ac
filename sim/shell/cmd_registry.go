package shell

// lookupCommand returns the Go implementation of a program, by the name
// its file gives (busybox applets by their own name).
func lookupCommand(name string) command {
	if c, ok := fileCommands[name]; ok {
		return c
	}
	if c, ok := textCommands[name]; ok {
		return c
	}
	if c, ok := sysCommands[name]; ok {
		return c
	}
	if c, ok := netCommands[name]; ok {
		return c
	}
	if c, ok := programs[name]; ok {
		return c
	}
	switch name {
	case "sh", "ash", "bash", "dash":
		return shCmd
	case "sleep":
		return sleepCmd
	case "true":
		return func(*cmdEnv, []string) int { return 0 }
	case "false":
		return func(*cmdEnv, []string) int { return 1 }
	case "pwd":
		return func(e *cmdEnv, _ []string) int { e.outf("%s\n", e.dir); return 0 }
	case "echo", "printf", "test", "[", "[[", "kill":
		return viaShell
	}
	return nil
}

// inlineSafe are the programs that never wait (no sleep, no step budget,
// no shell), so an exec of them can run without a goroutine of its own.
var inlineSafe = map[string]bool{
	"cat": true, "ls": true, "grep": true, "head": true, "wc": true, "date": true, "printenv": true,
	"hostname": true, "id": true, "whoami": true, "uname": true, "ps": true, "pwd": true, "true": true, "false": true,
	"stat": true, "df": true, "du": true, "touch": true, "rm": true, "mkdir": true, "cp": true, "mv": true,
	"md5sum": true, "sha256sum": true, "nslookup": true, "curl": true, "wget": true, "redis-cli": true,
	"mysqladmin": true, "etcdctl": true, "cut": true, "sort": true, "uniq": true, "basename": true, "dirname": true,
	"free": true, "nproc": true, "uptime": true,
}

// viaShell runs a program that is also a shell builtin (echo, test, ...)
// with the interpreter's builtin, for the argv of an exec probe such as
// ["test", "-f", "/config/app.conf"].
func viaShell(e *cmdEnv, args []string) int {
	return e.runScript(`"$0" "$@"`, baseName(args[0]), args[1:])
}

func baseName(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' {
			return p[i+1:]
		}
	}
	return p
}
