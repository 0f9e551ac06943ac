package shell

import (
	"fmt"
	"strings"
)

// gnuFamilies are the images whose tools are GNU coreutils, procps and
// dash/bash rather than busybox: their messages differ.
var gnuFamilies = map[string]bool{
	"debian": true, "ubuntu": true, "centos": true, "fedora": true, "python": true, "perl": true, "nginx": true,
	"tomcat": true, "redis": true, "mysql": true, "fluentd": true, "node-hello": true,
}

// gnu reports whether the container's tools are the GNU ones.
func (e *cmdEnv) gnu() bool { return gnuFamilies[e.c.img.Family] }

// notFound is the shell's complaint about a command it cannot find:
// busybox ash "sh: foo: not found", dash "sh: 1: foo: not found", bash
// "bash: line 1: foo: command not found".
func (e *cmdEnv) notFound(name, what string) string {
	switch {
	case e.shell == "bash":
		if what == "not found" {
			what = "command not found"
		}
		return fmt.Sprintf("bash: line %d: %s: %s\n", max(e.line, 1), name, what)
	case e.gnu():
		return fmt.Sprintf("sh: %d: %s: %s\n", max(e.line, 1), name, what)
	}
	return fmt.Sprintf("sh: %s: %s\n", name, what)
}

// cantOpen is cat's (and grep's, head's...) complaint about a file.
func (e *cmdEnv) cantOpen(cmd, name string, err error) string {
	if e.gnu() {
		return fmt.Sprintf("%s: %s: %s\n", cmd, name, errText(err))
	}
	return fmt.Sprintf("%s: can't open '%s': %s\n", cmd, name, errText(err))
}

// shellName is the name a shell reports itself by.
func shellName(argv0 string) string {
	if strings.HasSuffix(argv0, "bash") {
		return "bash"
	}
	return "sh"
}
