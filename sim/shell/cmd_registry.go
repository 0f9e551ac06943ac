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
	case "echo", "printf", "test", "[", "[[", "true", "false", "pwd", "kill":
		return viaShell
	}
	return nil
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
