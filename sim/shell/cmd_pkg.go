package shell

import (
	"sort"
	"strings"
	"time"

	"github.com/podlab/podlab/sim/images"
)

// binaryFor is the file an installed program gets.
func binaryFor(string) string { return images.Binary("busybox") }

// packages are what apt-get/apk can install: the programs each adds.
var packages = map[string][]string{
	"procps": {"ps", "top", "free", "pkill", "uptime"}, "curl": {"curl"}, "wget": {"wget"},
	"iputils-ping": {"ping"}, "dnsutils": {"nslookup"}, "bind-tools": {"nslookup"}, "netcat-openbsd": {"nc"},
	"netcat-traditional": {"nc"}, "net-tools": {"netstat", "ifconfig", "route"}, "psmisc": {"killall", "pstree"}, "busybox": {"busybox"}, "vim": nil, "nano": nil, "less": nil,
}

func init() {
	programs["apt-get"] = aptGetCmd
	programs["apt"] = aptGetCmd
	programs["apk"] = apkCmd
}

// aptGetCmd is apt-get update/install with Debian's output; installing
// adds the package's programs to /usr/bin. It takes a few virtual seconds.
func aptGetCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "yq", "")
	if len(f.args) == 0 {
		e.outf("apt 2.6.1 (amd64)\nUsage: apt-get [options] command\n")
		return 0
	}
	switch f.args[0] {
	case "update":
		if err := e.t.sleep(2 * time.Second); err != nil {
			return 137
		}
		e.outf("Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]\nGet:2 http://deb.debian.org/debian bookworm-updates InRelease [55.4 kB]\nGet:3 http://deb.debian.org/debian-security bookworm-security InRelease [48.0 kB]\nGet:4 http://deb.debian.org/debian bookworm/main amd64 Packages [8792 kB]\nFetched 9047 kB in 2s (4523 kB/s)\nReading package lists...\n")
		e.aptUpdated()
		return 0
	case "install":
		return e.install(f.args[1:], "apt")
	}
	e.errf("E: Invalid operation %s\n", f.args[0])
	return 100
}

func apkCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "q", "")
	if len(f.args) > 0 && (f.args[0] == "add" || f.args[0] == "update") {
		if f.args[0] == "update" {
			e.outf("fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/main/x86_64/APKINDEX.tar.gz\nOK: 25394 distinct packages available\n")
			return 0
		}
		return e.install(f.args[1:], "apk")
	}
	e.errf("apk-tools 2.14.6, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n")
	return 1
}

// aptUpdated remembers that the package lists were fetched.
func (e *cmdEnv) aptUpdated() {
	_ = e.c.fs.mkdir("/var/lib/apt/lists", true, e.p().wall())
	_ = e.c.fs.writeFile("/var/lib/apt/lists/lock", nil, false, 0, e.p().wall())
}

func (e *cmdEnv) install(names []string, tool string) int {
	if tool == "apt" {
		if _, err := e.c.fs.stat("/var/lib/apt/lists/lock"); err != nil {
			e.outf("Reading package lists...\nBuilding dependency tree...\nReading state information...\n")
			e.errf("E: Unable to locate package %s\n", names[0])
			return 100
		}
		e.outf("Reading package lists...\nBuilding dependency tree...\nReading state information...\n")
	}
	sort.Strings(names)
	for _, n := range names {
		progs, ok := packages[n]
		if !ok {
			if tool == "apk" {
				e.errf("ERROR: unable to select packages:\n  %s (no such package):\n    required by: world[%s]\n", n, n)
				return 1
			}
			e.errf("E: Unable to locate package %s\n", n)
			return 100
		}
		for _, p := range progs {
			_ = e.c.fs.writeFile("/usr/bin/"+p, []byte(binaryFor(p)), false, 0o755, e.p().wall())
		}
	}
	if err := e.t.sleep(time.Duration(len(names)) * 1500 * time.Millisecond); err != nil {
		return 137
	}
	if tool == "apk" {
		e.outf("(1/%d) Installing %s\nOK: 9 MiB in 16 packages\n", len(names), strings.Join(names, " "))
	} else {
		e.outf("The following NEW packages will be installed:\n  %s\n0 upgraded, %d newly installed, 0 to remove and 0 not upgraded.\n", strings.Join(names, " "), len(names))
		for _, n := range names {
			e.outf("Setting up %s ...\n", n)
		}
	}
	return 0
}
