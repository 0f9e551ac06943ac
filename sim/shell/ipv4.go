package shell

import (
	"fmt"
	"strconv"
	"strings"
)

// addr4 is an IPv4 address. net/netip would do, but it drags the
// unique package into the wasm (+170 KB); the simulated networks are
// IPv4 only.
type addr4 struct {
	b  [4]byte
	ok bool
}

func addrFrom4(b [4]byte) addr4 { return addr4{b, true} }

// parseAddr4 parses dotted-quad notation.
func parseAddr4(s string) (addr4, bool) {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return addr4{}, false
	}
	var a addr4
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > 255 || p == "" || (len(p) > 1 && p[0] == '0') {
			return addr4{}, false
		}
		a.b[i] = byte(n)
	}
	a.ok = true
	return a, true
}

func (a addr4) IsValid() bool { return a.ok }
func (a addr4) As4() [4]byte  { return a.b }
func (a addr4) uint32() uint32 {
	return uint32(a.b[0])<<24 | uint32(a.b[1])<<16 | uint32(a.b[2])<<8 | uint32(a.b[3])
}

func fromUint32(v uint32) addr4 {
	return addrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)})
}

func (a addr4) String() string {
	if !a.ok {
		return "invalid IP"
	}
	return fmt.Sprintf("%d.%d.%d.%d", a.b[0], a.b[1], a.b[2], a.b[3])
}

// Next is the address after a.
func (a addr4) Next() addr4 { return fromUint32(a.uint32() + 1) }

// prefix4 is an address with a prefix length (10.244.0.5/24).
type prefix4 struct {
	a    addr4
	bits int
}

func prefixFrom(a addr4, bits int) prefix4 { return prefix4{a, bits} }

func (p prefix4) IsValid() bool { return p.a.ok }
func (p prefix4) Addr() addr4   { return p.a }
func (p prefix4) Bits() int     { return p.bits }
func (p prefix4) mask() uint32  { return uint32(uint64(0xffffffff) << (32 - p.bits)) }

// Masked is the network: the prefix with the host bits cleared.
func (p prefix4) Masked() prefix4 { return prefix4{fromUint32(p.a.uint32() & p.mask()), p.bits} }

// Contains reports whether a is in the network.
func (p prefix4) Contains(a addr4) bool {
	return a.ok && p.a.ok && a.uint32()&p.mask() == p.a.uint32()&p.mask()
}

func (p prefix4) String() string { return fmt.Sprintf("%s/%d", p.a, p.bits) }
