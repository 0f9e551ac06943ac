package console

import (
	"io/fs"
	"strings"
	"time"
)

// Shell runs a line that is not a kubectl command in the learner's
// workstation shell, whose working directory is the console's wd: `echo
// -n admin > ./username.txt`, `ls`, `cat`. The page and podsim pass
// sim/shell's Workstation.
type Shell func(line string, now time.Duration) (stdout, stderr string, code int)

// Console runs kubectl command lines against a Cluster. It is not safe for
// concurrent use.
type Console struct {
	cluster Cluster
	wd      fs.FS
	shell   Shell
	history []string
	follow  *follower
}

// New returns a console over cluster, reading files from wd.
func New(cluster Cluster, wd fs.FS, shell Shell) *Console {
	return &Console{cluster: cluster, wd: wd, shell: shell}
}

// History is every line run so far, oldest first (↑/↓ in the page).
func (k *Console) History() []string { return append([]string(nil), k.history...) }

// Run runs one line and returns what a terminal would show.
func (k *Console) Run(line string) string {
	line = strings.TrimSpace(line)
	if line == "" || strings.HasPrefix(line, "#") {
		return ""
	}
	k.history = append(k.history, line)
	k.follow = nil // a new command ends the previous watch or log follow, as Ctrl-C would
	words, shellish, err := splitWords(line)
	if err != nil {
		return "bash: " + err.Error() + "\n"
	}
	if len(words) == 0 {
		return ""
	}
	if isKubectl(words[0]) && !shellish {
		return k.kubectl(words[1:])
	}
	if words[0] == "sleep" && len(words) == 2 && !shellish {
		return k.sleep(words[1])
	}
	return k.runShell(line)
}

func isKubectl(w string) bool { return w == "kubectl" || w == "k" }

// sleep advances virtual time: in a script it is how time passes between
// commands.
func (k *Console) sleep(arg string) string {
	d, err := parseSleep(arg)
	if err != nil {
		return "sleep: invalid number '" + arg + "'\n"
	}
	k.cluster.Advance(d)
	return ""
}

// parseSleep reads sleep's argument: seconds, or a Go-style duration.
func parseSleep(arg string) (time.Duration, error) {
	if d, err := time.ParseDuration(arg); err == nil && d >= 0 {
		return d, nil
	}
	return time.ParseDuration(arg + "s")
}

func (k *Console) runShell(line string) string {
	if k.shell == nil {
		return "bash: " + strings.Fields(line)[0] + ": command not found\n"
	}
	out, errOut, _ := k.shell(line, k.cluster.Now())
	return out + errOut
}

// kubectl dispatches a kubectl command line (without "kubectl").
func (k *Console) kubectl(args []string) string {
	if len(args) == 0 {
		return usage
	}
	cmd, ok := lookupCommand(args[0])
	if !ok {
		msg := "error: unknown command \"" + args[0] + "\" for \"kubectl\"\n"
		if s := suggest(args[0]); s != "" {
			msg += "\nDid you mean this?\n" + s + "\n"
		}
		return msg
	}
	p, err := parseFlags(args[1:], cmd.flags)
	if err != nil {
		return "error: " + err.Error() + "\nSee 'kubectl " + args[0] + " --help' for usage.\n"
	}
	out, err := cmd.run(k, p)
	if err != nil {
		out += errorLine(err)
	}
	return out
}

func errorLine(err error) string {
	msg := err.Error()
	if !strings.HasPrefix(msg, "error: ") && !strings.HasPrefix(msg, "Error from server") {
		msg = "error: " + msg
	}
	return msg + "\n"
}

const usage = `kubectl controls the Kubernetes cluster manager.

Basic Commands:
  create        Create a resource from a file or from stdin
  get           Display one or many resources
  explain       Get documentation for a resource
  delete        Delete resources by file names, stdin, resources and names, or by resources and label selector

Troubleshooting and Debugging Commands:
  describe      Show details of a specific resource or group of resources
  logs          Print the logs for a container in a pod
  exec          Execute a command in a container

Advanced Commands:
  apply         Apply a configuration to a resource by file name or stdin

Settings Commands:
  label         Update the labels on a resource
  annotate      Update the annotations on a resource

Usage:
  kubectl [flags] [options]
`
