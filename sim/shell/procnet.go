package shell

import (
	"fmt"
	"strings"
)

// procNetTCP is /proc/net/tcp (or tcp6 with v6): the listening sockets of
// the network namespace, as net/ipv4/tcp_ipv4.c tcp4_seq_show and
// get_tcp4_sock print them (each line padded to TMPSZ-1 = 149 columns)
// and net/ipv6/tcp_ipv6.c get_tcp6_sock (not padded). Addresses are the
// kernel's words in hex (0.0.0.0 is 00000000), ports big-endian; state 0A
// is LISTEN; the socket pointer is hidden (kptr_restrict). A learner
// without netstat (the nginx image) can still read this.
func (e *cmdEnv) procNetTCP(v6 bool) string {
	var b strings.Builder
	if v6 {
		b.WriteString("  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n")
	} else {
		fmt.Fprintf(&b, "%-149s\n", "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode")
	}
	for i, l := range e.netstatListeners(v6) {
		addr, rem, inode := "00000000", "00000000", 100000+l.port
		if v6 {
			addr, rem, inode = strings.Repeat("0", 32), strings.Repeat("0", 32), 200000+l.port
		} else if l.family == "lo" {
			addr = "0100007F" // 127.0.0.1 in the kernel's (little-endian) word
		}
		line := fmt.Sprintf("%4d: %s:%04X %s:%04X %02X %08X:%08X %02X:%08X %08X %5d %8d %d %d %016x %d %d %d %d %d",
			i, addr, l.port, rem, 0, 0x0A, 0, 0, 0, 0, 0, 0, 0, inode, 1, 0, 100, 0, 0, 10, 0)
		if !v6 {
			line = fmt.Sprintf("%-149s", line)
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}
