package shell

import (
	"fmt"
	"sort"
)

// route is one entry of the namespace's main routing table.
type route struct {
	dst prefix4
	via addr4 // invalid: directly connected
	dev string
	src addr4 // the link's own address, for connected routes
}

// routes is the main table in destination order, as the kernel dumps
// it: the default route, flannel's route to the cluster's Pod network
// through cni0 (its net-conf.json Network, 10.244.0.0/16), and each
// addressed link's own subnet.
func (p *pod) routes() []route {
	ifs := p.interfaces()
	if len(ifs) < 2 {
		return nil
	}
	eth := ifs[1]
	out := []route{{dst: prefixFrom(addrFrom4([4]byte{}), 0), via: eth.gateway(), dev: eth.name}}
	if b := eth.addr.Addr().As4(); !p.sb.HostNetwork && b[0] == 10 && b[1] == 244 {
		out = append(out, route{dst: prefixFrom(addrFrom4([4]byte{10, 244, 0, 0}), 16), via: eth.gateway(), dev: eth.name})
	}
	for _, i := range ifs[1:] {
		if i.addr.IsValid() {
			out = append(out, route{dst: i.addr.Masked(), dev: i.name, src: i.addr.Addr()})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].dst, out[j].dst
		if x, y := a.Addr().uint32(), b.Addr().uint32(); x != y {
			return x < y
		}
		return a.Bits() < b.Bits()
	})
	return out
}

// String is libiproute/iproute.c print_route ("scope link  src" has two
// spaces there, and every line a trailing one).
func (r route) String() string {
	dst := r.dst.String()
	if r.dst.Bits() == 0 {
		dst = "default"
	}
	if r.via.IsValid() {
		return fmt.Sprintf("%s via %s dev %s ", dst, r.via, r.dev)
	}
	return fmt.Sprintf("%s dev %s scope link  src %s ", dst, r.dev, r.src)
}

func init() {
	netCommands["route"] = routeCmd
}

// routeCmd is busybox route: with no arguments (or -n, -e) the table as
// networking/route.c bb_displayroutes prints it; changing it needs
// CAP_NET_ADMIN.
func routeCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "nee", "A")
	if len(f.args) > 0 {
		e.errf("route: SIOCADDRT: Operation not permitted\n")
		return 1
	}
	e.displayRoutes(f.on['n'], false)
	return 0
}

// displayRoutes is bb_displayroutes: netstat -r uses the MSS/Window/irtt
// columns, route the Metric/Ref/Use ones. Without -n the wildcard
// destination is "default" and no gateway "*" (INET_rresolve).
func (e *cmdEnv) displayRoutes(numeric, netstatFmt bool) {
	cols := "Metric Ref    Use"
	if netstatFmt {
		cols = "  MSS Window  irtt"
	}
	e.outf("Kernel IP routing table\nDestination     Gateway         Genmask         Flags %s Iface\n", cols)
	for _, r := range e.c.pod.routes() {
		dst, gw, flags := r.dst.Addr().String(), "0.0.0.0", "U"
		if r.via.IsValid() {
			gw, flags = r.via.String(), "UG"
		}
		if !numeric {
			if r.dst.Bits() == 0 {
				dst = "default"
			}
			if !r.via.IsValid() {
				gw = "*"
			}
		}
		mask := iface{addr: r.dst}.netmask()
		e.outf("%-16s%-16s%-16s%-6s", dst, gw, mask, flags)
		if netstatFmt {
			e.outf("%5d %-5d %6d %s\n", 0, 0, 0, r.dev)
		} else {
			e.outf("%-6d %-2d %7d %s\n", 0, 0, 0, r.dev)
		}
	}
}
