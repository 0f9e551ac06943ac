package shell

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
)

// iface is a network interface of a network namespace, as the kernel
// reports it to ip and ifconfig.
type iface struct {
	name     string // lo, eth0
	index    int    // ifindex inside the namespace
	peer     int    // the other end's ifindex of a veth (eth0@ifN); 0: none
	master   string // the bridge a node-side veth is enslaved to
	mac      [6]byte
	addr     prefix4 // 127.0.0.1/8, 10.244.1.5/24; invalid: none
	mtu      int
	qlen     int
	loopback bool
}

// flannelMTU is what flannel's vxlan backend leaves for Pods (1500 less
// the VXLAN header) on cni0, the veths and the Pods' eth0.
const flannelMTU = 1450

// interfaces are what a process of the Pod sees: loopback and the CNI's
// veth end. A hostNetwork Pod sees the node's: its own eth0, the cni0
// bridge and the node ends of its Pods' veths.
func (p *pod) interfaces() []iface {
	lo := iface{name: "lo", index: 1, addr: prefixFrom(addrFrom4([4]byte{127, 0, 0, 1}), 8), mtu: 65536, qlen: 1000, loopback: true}
	ip, ok := parseAddr4(p.sb.IP)
	if !ok {
		return []iface{lo}
	}
	if p.sb.HostNetwork {
		return append([]iface{lo}, p.rt.nodeInterfaces(ip)...)
	}
	// The bridge CNI plugin (flannel's delegate) sets the container
	// veth's MAC from its IPv4 address with the 0a:58 prefix
	// (containernetworking/plugins pkg/utils/hwaddr GenerateHardwareAddr4);
	// the node end is one more veth on the node, numbered after the
	// interfaces before it.
	b := ip.As4()
	eth := iface{name: "eth0", index: 2, peer: vethIndex(ip), addr: prefixFrom(ip, 24), mtu: flannelMTU,
		mac: [6]byte{0x0a, 0x58, b[0], b[1], b[2], b[3]}}
	return []iface{lo, eth}
}

// vethIndex is the ifindex of a Pod's veth on the node.
func vethIndex(podIP addr4) int { return 4 + int(podIP.As4()[3]) }

// nodeInterfaces are a kind node's: eth0 on Docker's 172.18.0.0/16
// network (Docker derives the MAC from the IP with the 02:42 prefix,
// moby libnetwork netutils.GenerateMACFromIP), cni0 with the gateway of
// the node's Pod CIDR, and a veth per Pod of the node.
func (rt *world) nodeInterfaces(ip addr4) []iface {
	b := ip.As4()
	eth := iface{name: "eth0", index: 2, peer: 8 + int(b[3]), addr: prefixFrom(ip, 24), mtu: 1500,
		mac: [6]byte{0x02, 0x42, b[0], b[1], b[2], b[3]}}
	if b[0] == 172 {
		eth.addr = prefixFrom(ip, 16)
	}
	out := []iface{eth}
	cidr, ok := nodePodCIDR(ip)
	if !ok {
		return out
	}
	gw := cidr.Addr().Next().As4()
	out = append(out, iface{name: "cni0", index: 3, addr: prefixFrom(addrFrom4(gw), 24), mtu: flannelMTU, qlen: 1000,
		mac: [6]byte{0x0a, 0x58, gw[0], gw[1], gw[2], gw[3]}})
	for _, name := range sortedKeys(rt.pods) {
		pip, ok := parseAddr4(rt.pods[name].sb.IP)
		if !ok || rt.pods[name].sb.HostNetwork || !cidr.Contains(pip) {
			continue
		}
		h := fnv.New64a()
		h.Write([]byte(pip.String()))
		sum := h.Sum(nil)
		out = append(out, iface{name: fmt.Sprintf("veth%08x", sum[:4]), index: vethIndex(pip), peer: 2, master: "cni0", mtu: flannelMTU,
			mac: [6]byte{sum[4]&0xfe | 0x02, sum[5], sum[6], sum[7], sum[0], sum[1]}})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].index < out[j].index })
	return out
}

// nodePodCIDR is the node's Pod CIDR as the simulated cluster numbers
// them (sim/kubelet NodeIP and podIP): kind gives node N the address
// 172.18.0.N+2 and flannel hands it 10.244.N.0/24.
func nodePodCIDR(nodeIP addr4) (prefix4, bool) {
	b := nodeIP.As4()
	if b[0] != 172 || b[1] != 18 || b[2] != 0 || b[3] < 2 {
		return prefix4{}, false
	}
	return prefixFrom(addrFrom4([4]byte{10, 244, b[3] - 2, 0}), 24), true
}

// gateway is the first address of the interface's network: cni0 on the
// node for a Pod (flannel's bridge), Docker's bridge for a kind node.
func (i iface) gateway() addr4 {
	return i.addr.Masked().Addr().Next()
}

// broadcast is the last address of the interface's network.
func (i iface) broadcast() addr4 {
	if !i.addr.IsValid() {
		return addr4{}
	}
	return fromUint32(i.addr.Addr().uint32() | ^i.addr.mask())
}

// netmask is the prefix as a dotted mask (ifconfig's Mask:).
func (i iface) netmask() string { return fromUint32(i.addr.mask()).String() }

// linkLocal is the IPv6 address the kernel gives the interface from its
// MAC (EUI-64 with the universal/local bit flipped, RFC 4291 2.5.1), in
// RFC 5952 form: fe80:0:0:0 compressed, leading zeros dropped.
func (i iface) linkLocal() string {
	if i.loopback {
		return "::1"
	}
	m := i.mac
	groups := []uint16{uint16(m[0]^0x02)<<8 | uint16(m[1]), uint16(m[2])<<8 | 0xff, 0xfe<<8 | uint16(m[3]), uint16(m[4])<<8 | uint16(m[5])}
	for len(groups) > 0 && groups[0] == 0 {
		groups = groups[1:] // part of the zero run after fe80
	}
	var b strings.Builder
	b.WriteString("fe80:")
	for _, g := range groups {
		fmt.Fprintf(&b, ":%x", g)
	}
	return b.String()
}

// macString is the MAC in ip's lower-case form.
func (i iface) macString() string {
	m := i.mac
	return fmt.Sprintf("%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5])
}
