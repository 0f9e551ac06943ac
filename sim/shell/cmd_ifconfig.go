package shell

import (
	"fmt"
	"sort"
	"strings"
)

func init() {
	netCommands["ifconfig"] = ifconfigCmd
}

// ifconfigCmd shows the interfaces of the Pod's network namespace, sorted
// by name as busybox's if_readlist_proc keeps them (eth0 before lo), or
// just the one named. Configuring one needs CAP_NET_ADMIN.
func ifconfigCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "as", "")
	ifs := e.c.pod.interfaces()
	sort.Slice(ifs, func(i, j int) bool { return ifs[i].name < ifs[j].name })
	if len(f.args) > 1 {
		e.errf("ifconfig: SIOCSIFADDR: Operation not permitted\n")
		return 1
	}
	shown := 0
	for _, i := range ifs {
		if len(f.args) == 1 && f.args[0] != i.name {
			continue
		}
		shown++
		if e.gnu() {
			e.outf("%s\n", i.netTools())
		} else {
			e.outf("%s\n", i.busybox())
		}
	}
	if shown == 0 && len(f.args) == 1 {
		e.errf("ifconfig: %s: error fetching interface information: Device not found\n", f.args[0])
		return 1
	}
	return 0
}

// busybox is networking/interface.c ife_print: a fresh Pod has moved no
// packets yet.
func (i iface) busybox() string {
	var b strings.Builder
	if i.loopback {
		fmt.Fprintf(&b, "%-9s Link encap:Local Loopback  \n", i.name)
		fmt.Fprintf(&b, "          inet addr:%s  Mask:%s\n", i.addr.Addr(), i.netmask())
		b.WriteString("          inet6 addr: ::1/128 Scope:Host\n          UP LOOPBACK RUNNING ")
	} else {
		fmt.Fprintf(&b, "%-9s Link encap:Ethernet  HWaddr %s  \n", i.name, strings.ToUpper(i.macString()))
		if i.addr.IsValid() { // a bridge's port has none
			fmt.Fprintf(&b, "          inet addr:%s  Bcast:%s  Mask:%s\n", i.addr.Addr(), i.broadcast(), i.netmask())
		}
		fmt.Fprintf(&b, "          inet6 addr: %s/64 Scope:Link\n          UP BROADCAST RUNNING MULTICAST ", i.linkLocal())
	}
	fmt.Fprintf(&b, " MTU:%d  Metric:1\n", i.mtu)
	b.WriteString("          RX packets:0 errors:0 dropped:0 overruns:0 frame:0\n")
	b.WriteString("          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0\n")
	fmt.Fprintf(&b, "          collisions:0 txqueuelen:%d \n", i.qlen)
	b.WriteString("          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)\n")
	return b.String()
}

// netTools is net-tools 2.10 ifconfig (lib/interface.c ife_print_long),
// what Debian's net-tools package installs.
func (i iface) netTools() string {
	var b strings.Builder
	if i.loopback {
		fmt.Fprintf(&b, "%s: flags=73<UP,LOOPBACK,RUNNING>  mtu %d\n", i.name, i.mtu)
		fmt.Fprintf(&b, "        inet %s  netmask %s\n", i.addr.Addr(), i.netmask())
		b.WriteString("        inet6 ::1  prefixlen 128  scopeid 0x10<host>\n")
		fmt.Fprintf(&b, "        loop  txqueuelen %d  (Local Loopback)\n", i.qlen)
	} else {
		fmt.Fprintf(&b, "%s: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu %d\n", i.name, i.mtu)
		if i.addr.IsValid() {
			fmt.Fprintf(&b, "        inet %s  netmask %s  broadcast %s\n", i.addr.Addr(), i.netmask(), i.broadcast())
		}
		fmt.Fprintf(&b, "        inet6 %s  prefixlen 64  scopeid 0x20<link>\n", i.linkLocal())
		fmt.Fprintf(&b, "        ether %s  txqueuelen %d  (Ethernet)\n", i.macString(), i.qlen)
	}
	b.WriteString("        RX packets 0  bytes 0 (0.0 B)\n        RX errors 0  dropped 0  overruns 0  frame 0\n")
	b.WriteString("        TX packets 0  bytes 0 (0.0 B)\n        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n")
	return b.String()
}
