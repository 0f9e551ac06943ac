package shell

import (
	"fmt"
	"strings"
)

func init() {
	netCommands["ip"] = ipCmd
}

const ipUsage = "BusyBox v1.36.1 multi-call binary.\n\nUsage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]\n\nOPTIONS := -f[amily] inet|inet6|link | -o[neline]\n"

// ipCmd is busybox ip (networking/ip.c and libiproute), whose output is
// iproute2's: `ip addr`, `ip link`, `ip route`, each with show/list and an
// optional device. Changing anything needs CAP_NET_ADMIN, which a Pod's
// containers lack.
func ipCmd(e *cmdEnv, args []string) int {
	family, rest := ipOptions(args[1:])
	if len(rest) == 0 {
		e.errf("%s", ipUsage)
		return 1
	}
	obj, verb, dev := rest[0], "show", ""
	if len(rest) > 1 {
		verb = rest[1]
	}
	if len(rest) > 2 {
		dev = rest[len(rest)-1]
	}
	if dev == "dev" {
		e.errf("ip: command line is not complete, try \"help\"\n")
		return 1
	}
	switch {
	case isPrefixOf(verb, "show"), isPrefixOf(verb, "list"), verb == "lst":
	case verb == "add", verb == "del", verb == "set", verb == "change", verb == "replace", verb == "flush", verb == "delete":
		e.errf("ip: RTNETLINK answers: Operation not permitted\n")
		return 2
	default:
		e.errf("ip: invalid argument '%s' to 'ip'\n", verb)
		return 1
	}
	switch {
	case isPrefixOf(obj, "address"):
		return e.ipAddr(dev, family, true)
	case isPrefixOf(obj, "link"):
		return e.ipAddr(dev, "link", false)
	case isPrefixOf(obj, "route"):
		e.ipRoute(family)
		return 0
	}
	e.errf("%s", ipUsage)
	return 1
}

// ipOptions takes -4, -6 and -o off the front.
func ipOptions(args []string) (family string, rest []string) {
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		switch args[0] {
		case "-4":
			family = "inet"
		case "-6":
			family = "inet6"
		}
		args = args[1:]
	}
	return family, args
}

func isPrefixOf(s, word string) bool { return s != "" && strings.HasPrefix(word, s) }

// ipAddr prints the links (and with addrs their addresses) as
// libiproute/ipaddress.c print_linkinfo and print_addrinfo do.
func (e *cmdEnv) ipAddr(dev, family string, addrs bool) int {
	found := false
	for _, i := range e.c.pod.interfaces() {
		if dev != "" && i.name != dev {
			continue
		}
		found = true
		e.outf("%s", i.linkInfo())
		if addrs {
			e.outf("%s", i.addrInfo(family))
		}
	}
	if !found {
		e.errf("ip: can't find device '%s'\n", dev)
		return 1
	}
	return 0
}

// linkInfo is print_linkinfo: the eth0 end of a veth names its peer,
// which lives in another namespace (so ip cannot name it: "ifN") and
// looks down from here (M-DOWN); then mtu, qdisc, master, the operational
// state (loopback has none to report: UNKNOWN) and a non-zero qlen.
func (i iface) linkInfo() string {
	if i.loopback {
		return fmt.Sprintf("%d: %s: <LOOPBACK,UP,LOWER_UP> mtu %d qdisc noqueue state UNKNOWN qlen %d\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n",
			i.index, i.name, i.mtu, i.qlen)
	}
	name, flags := i.name, "BROADCAST,MULTICAST,UP,LOWER_UP"
	if i.peer != 0 {
		name, flags = fmt.Sprintf("%s@if%d", i.name, i.peer), flags+",M-DOWN"
	}
	extra := ""
	if i.master != "" {
		extra = "master " + i.master + " "
	}
	extra += "state UP "
	if i.qlen != 0 {
		extra += fmt.Sprintf("qlen %d", i.qlen)
	}
	return fmt.Sprintf("%d: %s: <%s> mtu %d qdisc noqueue %s\n    link/ether %s brd ff:ff:ff:ff:ff:ff\n",
		i.index, name, flags, i.mtu, extra, i.macString())
}

// addrInfo is print_addrinfo for the interface's IPv4 and link-local
// IPv6 address; only IPv4 addresses carry a label.
func (i iface) addrInfo(family string) string {
	var b strings.Builder
	const lft = "       valid_lft forever preferred_lft forever\n"
	if family != "inet6" && i.addr.IsValid() {
		scope, brd := "global", fmt.Sprintf("brd %s ", i.broadcast())
		if i.loopback {
			scope, brd = "host", ""
		}
		fmt.Fprintf(&b, "    inet %s %sscope %s %s\n%s", i.addr, brd, scope, i.name, lft)
	}
	if family != "inet" {
		prefix, scope := 64, "link"
		if i.loopback {
			prefix, scope = 128, "host"
		}
		fmt.Fprintf(&b, "    inet6 %s/%d scope %s \n%s", i.linkLocal(), prefix, scope, lft)
	}
	return b.String()
}

// ipRoute is libiproute/iproute.c print_route for the main table ("scope
// link  src" has two spaces there).
func (e *cmdEnv) ipRoute(family string) {
	if family == "inet6" {
		return
	}
	for _, r := range e.c.pod.routes() {
		e.outf("%s\n", r.String())
	}
}
