package shell

import (
	"fmt"
	"net/netip"
)

// iface is a network interface of a Pod's network namespace, as the
// kernel reports it to ip and ifconfig.
type iface struct {
	name     string // lo, eth0
	index    int    // ifindex inside the namespace
	peer     int    // the host end's ifindex of a veth (eth0@ifN); 0: none
	mac      [6]byte
	addr     netip.Prefix // 127.0.0.1/8, 10.244.1.5/24
	mtu      int
	qlen     int
	loopback bool
}

// interfaces are what a process of the Pod sees: loopback and the CNI's
// veth end. A hostNetwork Pod sees the node's own interface instead.
func (p *pod) interfaces() []iface {
	lo := iface{name: "lo", index: 1, addr: netip.MustParsePrefix("127.0.0.1/8"), mtu: 65536, qlen: 1000, loopback: true}
	ip, err := netip.ParseAddr(p.sb.IP)
	if err != nil || !ip.Is4() {
		return []iface{lo}
	}
	eth := iface{name: "eth0", index: 2, addr: netip.PrefixFrom(ip, 24), mtu: 1500}
	b := ip.As4()
	if p.sb.HostNetwork {
		// A kind node is a Docker container on 172.18.0.0/16; Docker
		// derives its MAC from the IP with the 02:42 prefix
		// (moby libnetwork netutils.GenerateMACFromIP).
		eth.mac = [6]byte{0x02, 0x42, b[0], b[1], b[2], b[3]}
		eth.peer, eth.index, eth.qlen = 8+int(b[3]), 2, 0
		if b[0] == 172 {
			eth.addr = netip.PrefixFrom(ip, 16)
		}
		return []iface{lo, eth}
	}
	// The bridge CNI plugin (flannel's delegate) sets the container
	// veth's MAC from its IPv4 address with the 0a:58 prefix
	// (containernetworking/plugins pkg/utils/hwaddr GenerateHardwareAddr4);
	// the host end is one more veth on the node, numbered after the Pods
	// before it.
	eth.mac = [6]byte{0x0a, 0x58, b[0], b[1], b[2], b[3]}
	eth.peer = 4 + int(b[3])
	return []iface{lo, eth}
}

// gateway is the first address of the interface's network: cni0 on the
// node for a Pod (flannel's bridge), Docker's bridge for a kind node.
func (i iface) gateway() netip.Addr {
	return i.addr.Masked().Addr().Next()
}

// broadcast is the last address of the interface's network.
func (i iface) broadcast() netip.Addr {
	b := i.addr.Masked().Addr().As4()
	host := uint32(1)<<(32-i.addr.Bits()) - 1
	v := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3]) | host
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)})
}

// netmask is the prefix as a dotted mask (ifconfig's Mask:).
func (i iface) netmask() string {
	m := ^uint32(0) << (32 - i.addr.Bits())
	return fmt.Sprintf("%d.%d.%d.%d", byte(m>>24), byte(m>>16), byte(m>>8), byte(m))
}

// linkLocal is the IPv6 address the kernel gives the interface from its
// MAC (EUI-64 with the universal/local bit flipped, RFC 4291 2.5.1).
func (i iface) linkLocal() string {
	if i.loopback {
		return "::1"
	}
	m := i.mac
	a := netip.AddrFrom16([16]byte{0xfe, 0x80, 8: m[0] ^ 0x02, m[1], m[2], 0xff, 0xfe, m[3], m[4], m[5]})
	return a.String()
}

// macString is the MAC in ip's lower-case form.
func (i iface) macString() string {
	m := i.mac
	return fmt.Sprintf("%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5])
}
