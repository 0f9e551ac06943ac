package shell

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
)

// execIn runs a shell script as kubectl exec would, one second in.
func (w *testPod) execIn(pod, c, script string) result {
	w.t.Helper()
	return drive(w.rt.Exec(pod, c, []string{"sh", "-c", script}, time.Second), time.Second, time.Minute)
}

// busyboxEth0 is what busybox ip prints for a flannel Pod at 10.244.0.5:
// libiproute/ipaddress.c print_linkinfo/print_addrinfo (the veth's peer is
// in the node's namespace, hence "@if9" and M-DOWN; loopback's operstate
// is UNKNOWN; qlen only when non-zero), flannel's vxlan MTU, the MAC the bridge CNI plugin derives from the IP (plugins
// pkg/utils/hwaddr GenerateHardwareAddr4: 0a:58 + the IPv4 bytes) and the
// EUI-64 link-local address the kernel makes from it.
const busyboxEth0 = "2: eth0@if9: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1450 qdisc noqueue state UP \n" +
	"    link/ether 0a:58:0a:f4:00:05 brd ff:ff:ff:ff:ff:ff\n"

const busyboxEth0Addrs = "    inet 10.244.0.5/24 brd 10.244.0.255 scope global eth0\n" +
	"       valid_lft forever preferred_lft forever\n" +
	"    inet6 fe80::858:aff:fef4:5/64 scope link \n" +
	"       valid_lft forever preferred_lft forever\n"

const busyboxLo = "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n" +
	"    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n"

const busyboxLoAddrs = "    inet 127.0.0.1/8 scope host lo\n" +
	"       valid_lft forever preferred_lft forever\n" +
	"    inet6 ::1/128 scope host \n" +
	"       valid_lft forever preferred_lft forever\n"

func TestNetworkCommands(t *testing.T) {
	tests := []struct {
		name, script   string
		stdout, stderr string
		code           int
	}{
		{"ip addr", `ip addr`, busyboxLo + busyboxLoAddrs + busyboxEth0 + busyboxEth0Addrs, "", 0},
		{"ip a is ip addr", `ip a`, busyboxLo + busyboxLoAddrs + busyboxEth0 + busyboxEth0Addrs, "", 0},
		{"ip addr show eth0", `ip addr show eth0`, busyboxEth0 + busyboxEth0Addrs, "", 0},
		{"ip a show dev lo", `ip a show dev lo`, busyboxLo + busyboxLoAddrs, "", 0},
		{"ip -4 a", `ip -4 a show eth0`, busyboxEth0 + "    inet 10.244.0.5/24 brd 10.244.0.255 scope global eth0\n       valid_lft forever preferred_lft forever\n", "", 0},
		{"ip link", `ip link`, busyboxLo + busyboxEth0, "", 0},
		// libiproute/iproute.c print_route: flannel's host-local IPAM adds
		// the cluster network via cni0; "scope link  src" has two spaces.
		{"ip route", `ip route`, "default via 10.244.0.1 dev eth0 \n10.244.0.0/16 via 10.244.0.1 dev eth0 \n10.244.0.0/24 dev eth0 scope link  src 10.244.0.5 \n", "", 0},
		{"ip r show", `ip r show`, "default via 10.244.0.1 dev eth0 \n10.244.0.0/16 via 10.244.0.1 dev eth0 \n10.244.0.0/24 dev eth0 scope link  src 10.244.0.5 \n", "", 0},
		{"ip missing device", `ip a show eth1`, "", "ip: can't find device 'eth1'\n", 1},
		{"ip dev without a name", `ip a show dev`, "", "ip: command line is not complete, try \"help\"\n", 1},
		{"ip cannot change the namespace", `ip addr add 10.0.0.9/24 dev eth0`, "", "ip: RTNETLINK answers: Operation not permitted\n", 2},
		{"ip alone", `ip`, "", ipUsage, 1},
		// networking/interface.c ife_print, interfaces sorted by name.
		{"ifconfig eth0", `ifconfig eth0`, "eth0      Link encap:Ethernet  HWaddr 0A:58:0A:F4:00:05  \n" +
			"          inet addr:10.244.0.5  Bcast:10.244.0.255  Mask:255.255.255.0\n" +
			"          inet6 addr: fe80::858:aff:fef4:5/64 Scope:Link\n" +
			"          UP BROADCAST RUNNING MULTICAST  MTU:1450  Metric:1\n" +
			"          RX packets:0 errors:0 dropped:0 overruns:0 frame:0\n" +
			"          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0\n" +
			"          collisions:0 txqueuelen:0 \n" +
			"          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)\n\n", "", 0},
		{"ifconfig lists eth0 then lo", `ifconfig | grep "Link encap"`, "eth0      Link encap:Ethernet  HWaddr 0A:58:0A:F4:00:05  \nlo        Link encap:Local Loopback  \n", "", 0},
		{"ifconfig lo", `ifconfig lo | head -4`, "lo        Link encap:Local Loopback  \n          inet addr:127.0.0.1  Mask:255.0.0.0\n          inet6 addr: ::1/128 Scope:Host\n          UP LOOPBACK RUNNING  MTU:65536  Metric:1\n", "", 0},
		{"ifconfig unknown", `ifconfig eth9`, "", "ifconfig: eth9: error fetching interface information: Device not found\n", 1},
		// networking/hostname.c: each address followed by a space.
		{"hostname -i", `hostname -i`, "10.244.0.5 \n", "", 0},
		// networking/netstat.c: FMT_NET_CONN_HEADER, FMT_NET_CONN_DATA.
		{"netstat -tln, nothing listening", `netstat -tln`, "Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       \n", "", 0},
		{"netstat without -l shows no servers", `netstat -tn`, "Active Internet connections (w/o servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       \n", "", 0},
		{"netstat -tlnp own listener", "nc -l -p 9000 &\nsleep 1; netstat -tlnp", "Active Internet connections (only servers)\n" +
			"Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \n" +
			"tcp        0      0 :::9000                 :::*                    LISTEN      4/nc\n", "", 0}, // the PID ps gives the job's nc
		{"netstat -an has the unix table", "nc -l -p 9000 &\nsleep 1; netstat -an", "Active Internet connections (servers and established)\n" +
			"Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n" +
			"tcp        0      0 :::9000                 :::*                    LISTEN      \n" +
			"Active UNIX domain sockets (servers and established)\nProto RefCnt Flags       Type       State         I-Node Path\n", "", 0},
		{"netstat bad flag", `netstat -z`, "", "netstat: invalid option -- 'z'\nBusyBox v1.36.1 multi-call binary.\n\nUsage: netstat [-ral] [-tuwx] [-enWp]\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sh(t, tt.script)
			if r.stdout != tt.stdout || r.stderr != tt.stderr || r.code != tt.code {
				t.Errorf("%s\nstdout %q\nwant   %q\nstderr %q\nwant   %q\ncode %d, want %d", tt.script, r.stdout, tt.stdout, r.stderr, tt.stderr, r.code, tt.code)
			}
		})
	}
}

// TestPodSharesOneNetworkNamespace is the notes' lesson ("它们看到的网络设备跟
// Infra容器看到的完全一样", "一个Pod只有一个IP地址"): two containers of a Pod
// see the same eth0 and IP, and a port one of them opens is in the other's
// netstat. netstat -p names the owner only when it is in the caller's PID
// namespace (shareProcessNamespace); otherwise busybox finds no
// /proc/PID/fd for the socket and prints "-".
func TestPodSharesOneNetworkNamespace(t *testing.T) {
	for _, share := range []bool{false, true} {
		w := newTestPod(t, sim.SandboxConfig{SharePIDs: share})
		w.create(sim.ContainerConfig{Name: "a", Command: []string{"nc", "-l", "-p", "8080"}})
		w.create(sim.ContainerConfig{Name: "b", Command: []string{"sleep", "3600"}})
		w.create(sim.ContainerConfig{Name: "web", Image: "nginx"})
		for _, c := range []string{"a", "b", "web"} {
			drive(w.rt.StartContainer("p", c, 0), 0, time.Second)
		}
		ipA, ipB := w.execIn("p", "a", "ip addr show eth0"), w.execIn("p", "b", "ip addr show eth0")
		if ipA.stdout != busyboxEth0+busyboxEth0Addrs || ipB.stdout != ipA.stdout {
			t.Errorf("share=%v: ip addr in a:\n%s\nin b:\n%s", share, ipA.stdout, ipB.stdout)
		}
		// nginx listens on 0.0.0.0:80 and [::]:80 (its default.conf),
		// busybox nc on [::] (libbb create_and_bind_or_die); netstat reads
		// /proc/net/tcp, then tcp6.
		nginx, nc := "-", "-"
		if share {
			nginx, nc = "4/nginx: master proc", "2/nc" // pause is PID 1
		}
		want := "tcp        0      0 0.0.0.0:80              0.0.0.0:*               LISTEN      " + nginx + "\n" +
			"tcp        0      0 :::80                   :::*                    LISTEN      " + nginx + "\n" +
			"tcp        0      0 :::8080                 :::*                    LISTEN      " + nc + "\n"
		if got := w.execIn("p", "b", "netstat -tlnp | tail -n +3").stdout; got != want {
			t.Errorf("share=%v: netstat -tlnp in b:\n%s\nwant\n%s", share, got, want)
		}
		mine := map[bool]string{false: "1/nc", true: "2/nc"}[share]
		if got := w.execIn("p", "a", "netstat -tlnp | tail -n 1").stdout; !strings.HasSuffix(got, "LISTEN      "+mine+"\n") {
			t.Errorf("share=%v: netstat -tlnp in a (the owner) = %q", share, got)
		}
	}
}

// TestHostNetworkSeesTheNode: a hostNetwork Pod is in the node's namespace:
// the kind node's eth0 on Docker's network (MAC 02:42 + IP, moby
// libnetwork GenerateMACFromIP), flannel's cni0 bridge with the Pods'
// gateway, and the node end of each Pod's veth, enslaved to cni0, whose
// index is the "@ifN" the Pod's eth0 names (and the other way round).
func TestHostNetworkSeesTheNode(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{IP: "172.18.0.3", HostNetwork: true})
	if err := w.rt.RunPodSandbox(sim.SandboxConfig{Pod: "web", Hostname: "web", IP: "10.244.1.7"}); err != nil {
		t.Fatal(err)
	}
	w.create(sim.ContainerConfig{Name: "c", Command: []string{"sleep", "3600"}})
	w.create(sim.ContainerConfig{Pod: "web", Name: "c", Command: []string{"sleep", "3600"}})
	r := w.execIn("p", "c", "ip addr; ip route; hostname -i")
	want := busyboxLo + busyboxLoAddrs +
		"2: eth0@if11: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue state UP \n" +
		"    link/ether 02:42:ac:12:00:03 brd ff:ff:ff:ff:ff:ff\n" +
		"    inet 172.18.0.3/16 brd 172.18.255.255 scope global eth0\n" +
		"       valid_lft forever preferred_lft forever\n" +
		"    inet6 fe80::42:acff:fe12:3/64 scope link \n" +
		"       valid_lft forever preferred_lft forever\n" +
		"3: cni0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP qlen 1000\n" +
		"    link/ether 0a:58:0a:f4:01:01 brd ff:ff:ff:ff:ff:ff\n" +
		"    inet 10.244.1.1/24 brd 10.244.1.255 scope global cni0\n" +
		"       valid_lft forever preferred_lft forever\n" +
		"    inet6 fe80::858:aff:fef4:101/64 scope link \n" +
		"       valid_lft forever preferred_lft forever\n"
	veth := "11: veth"
	routes := "default via 172.18.0.1 dev eth0 \n10.244.1.0/24 dev cni0 scope link  src 10.244.1.1 \n172.18.0.0/16 dev eth0 scope link  src 172.18.0.3 \n172.18.0.3 \n"
	if !strings.HasPrefix(r.stdout, want) || !strings.HasSuffix(r.stdout, routes) || !strings.Contains(r.stdout, veth) {
		t.Errorf("got\n%s\nwant it to start with\n%s\nhave %q and end with\n%s", r.stdout, want, veth, routes)
	}
	// The node's daemons listen there too (their default bind addresses).
	daemons := "tcp        0      0 127.0.0.1:10248         0.0.0.0:*               LISTEN      -\n" +
		"tcp        0      0 127.0.0.1:10249         0.0.0.0:*               LISTEN      -\n" +
		"tcp        0      0 :::10250                :::*                    LISTEN      -\n" +
		"tcp        0      0 :::10256                :::*                    LISTEN      -\n"
	if got := w.execIn("p", "c", "netstat -tlnp | tail -n +3").stdout; got != daemons {
		t.Errorf("netstat on the node:\n%s\nwant\n%s", got, daemons)
	}
	if got := w.execIn("p", "c", "ip link | grep -c @if2:").stdout; got != "1\n" {
		t.Errorf("node ends of veths = %q, want one for the Pod on the node", got)
	}
	if got := w.execIn("web", "c", "ip link show eth0 | head -n 1").stdout; !strings.HasPrefix(got, "2: eth0@if11: ") {
		t.Errorf("the Pod's eth0 = %q, want it to name the node's veth 11", got)
	}
}

// TestNetworkToolsPerImage: only the images that ship a tool have it. The
// nginx image (Debian bookworm) has no iproute2, net-tools or busybox:
// dash says "not found"; util-linux's mount is there.
func TestNetworkToolsPerImage(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "web", Image: "nginx"})
	w.create(sim.ContainerConfig{Name: "alpine", Image: "alpine:3.21", Command: []string{"sleep", "3600"}})
	tests := []struct {
		c, script, stdout, stderr string
	}{
		{"web", "ip a", "", "sh: 1: ip: not found\n"},
		{"web", "ifconfig", "", "sh: 1: ifconfig: not found\n"},
		{"web", "netstat -tln", "", "sh: 1: netstat: not found\n"},
		{"web", "hostname -i", "10.244.0.5\n", ""},
		{"web", "mount | head -n 1 | cut -d' ' -f1-5", "overlay on / type overlay\n", ""},
		{"alpine", "ip -4 a show eth0 | grep inet", "    inet 10.244.0.5/24 brd 10.244.0.255 scope global eth0\n", ""},
		{"alpine", "netstat -tln | head -n 1", "Active Internet connections (only servers)\n", ""},
	}
	for _, tt := range tests {
		r := w.execIn("p", tt.c, tt.script)
		if r.stdout != tt.stdout || r.stderr != tt.stderr {
			t.Errorf("%s: %s\nstdout %q want %q\nstderr %q want %q", tt.c, tt.script, r.stdout, tt.stdout, r.stderr, tt.stderr)
		}
	}
}

// TestProcNetTCP: what netstat reads, readable without netstat (the nginx
// image): net/ipv4/tcp_ipv4.c get_tcp4_sock, padded to 149 columns;
// tcp6 unpadded. nginx binds 0.0.0.0:80 and [::]:80.
func TestProcNetTCP(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "web", Image: "nginx"})
	drive(w.rt.StartContainer("p", "web", 0), 0, time.Second)
	r := w.execIn("p", "web", "cat /proc/net/tcp /proc/net/tcp6")
	want := fmt.Sprintf("%-149s\n%-149s\n", "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
		"   0: 00000000:0050 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 100080 1 0000000000000000 100 0 0 10 0") +
		"  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n" +
		"   0: 00000000000000000000000000000000:0050 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 200080 1 0000000000000000 100 0 0 10 0\n"
	if r.stdout != want || r.stderr != "" {
		t.Errorf("got\n%q\nwant\n%q\nstderr %q", r.stdout, want, r.stderr)
	}
}

// TestRoutingTable: busybox route and netstat -r print the same table as
// ip route (networking/route.c bb_displayroutes: "default" and "*"
// unless -n; netstat's MSS/Window/irtt columns).
func TestRoutingTable(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "c", Command: []string{"sleep", "3600"}})
	w.create(sim.ContainerConfig{Name: "web", Image: "nginx"})
	tests := []struct{ c, script, stdout, stderr string }{
		{"c", "route -n", "Kernel IP routing table\n" +
			"Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n" +
			"0.0.0.0         10.244.0.1      0.0.0.0         UG    0      0        0 eth0\n" +
			"10.244.0.0      10.244.0.1      255.255.0.0     UG    0      0        0 eth0\n" +
			"10.244.0.0      0.0.0.0         255.255.255.0   U     0      0        0 eth0\n", ""},
		{"c", "route | tail -n 3 | cut -c1-48", "default         10.244.0.1      0.0.0.0         \n" +
			"10.244.0.0      10.244.0.1      255.255.0.0     \n" +
			"10.244.0.0      *               255.255.255.0   \n", ""},
		{"c", "netstat -rn | head -n 3", "Kernel IP routing table\n" +
			"Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n" +
			"0.0.0.0         10.244.0.1      0.0.0.0         UG        0 0          0 eth0\n", ""},
		{"c", "route add default gw 10.0.0.1", "", "route: SIOCADDRT: Operation not permitted\n"},
		{"c", "hostname -I", "", "hostname: invalid option -- 'I'\nBusyBox v1.36.1 multi-call binary.\n\nUsage: hostname [-sidf] [HOSTNAME | -F FILE]\n"},
		{"web", "hostname -I", "10.244.0.5 \n", ""},
		{"web", "route", "", "sh: 1: route: not found\n"},
	}
	for _, tt := range tests {
		r := w.execIn("p", tt.c, tt.script)
		if r.stdout != tt.stdout || r.stderr != tt.stderr {
			t.Errorf("%s: %s\nstdout %q\nwant   %q\nstderr %q\nwant   %q", tt.c, tt.script, r.stdout, tt.stdout, r.stderr, tt.stderr)
		}
	}
}
