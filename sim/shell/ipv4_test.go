package shell

import "testing"

func TestAddr4(t *testing.T) {
	tests := []struct {
		in, masked, brd, mask string
		bits                  int
		ok                    bool
	}{
		{"10.244.1.7", "10.244.1.0/24", "10.244.1.255", "255.255.255.0", 24, true},
		{"172.18.0.3", "172.18.0.0/16", "172.18.255.255", "255.255.0.0", 16, true},
		{"127.0.0.1", "127.0.0.0/8", "127.255.255.255", "255.0.0.0", 8, true},
		{"10.0.0.1", "0.0.0.0/0", "255.255.255.255", "0.0.0.0", 0, true},
		{"fd00::5", "", "", "", 0, false},
		{"10.0.0", "", "", "", 0, false},
		{"10.0.0.256", "", "", "", 0, false},
		{"10.0.0.01", "", "", "", 0, false},
		{"", "", "", "", 0, false},
	}
	for _, tt := range tests {
		a, ok := parseAddr4(tt.in)
		if ok != tt.ok {
			t.Errorf("parseAddr4(%q) ok = %v", tt.in, ok)
			continue
		}
		if !ok {
			continue
		}
		i := iface{addr: prefixFrom(a, tt.bits)}
		if a.String() != tt.in || i.addr.Masked().String() != tt.masked || i.broadcast().String() != tt.brd || i.netmask() != tt.mask {
			t.Errorf("%s/%d: %s %s %s %s", tt.in, tt.bits, a, i.addr.Masked(), i.broadcast(), i.netmask())
		}
		if !i.addr.Masked().Contains(a) || i.addr.Masked().Contains(addr4{}) {
			t.Errorf("%s/%d: Contains", tt.in, tt.bits)
		}
	}
}

// TestLinkLocal: EUI-64 from the MAC with the U/L bit flipped (RFC 4291
// appendix A), zero groups after fe80 compressed (RFC 5952).
func TestLinkLocal(t *testing.T) {
	tests := []struct {
		mac  [6]byte
		want string
	}{
		{[6]byte{0x0a, 0x58, 0x0a, 0xf4, 0x00, 0x05}, "fe80::858:aff:fef4:5"},
		{[6]byte{0x02, 0x42, 0xac, 0x12, 0x00, 0x03}, "fe80::42:acff:fe12:3"},
		{[6]byte{0x02, 0x00, 0x00, 0x00, 0x00, 0x01}, "fe80::ff:fe00:1"},
	}
	for _, tt := range tests {
		if got := (iface{mac: tt.mac}).linkLocal(); got != tt.want {
			t.Errorf("%x: %s, want %s", tt.mac, got, tt.want)
		}
	}
}
