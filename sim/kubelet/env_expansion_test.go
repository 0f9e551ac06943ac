package kubelet

import "testing"

func TestExpand(t *testing.T) {
	vars := map[string]string{"PROTOCOL": "https", "SERVICE_IP": "172.17.0.1", "EMPTY": ""}
	tests := []struct{ in, want string }{
		{"$(PROTOCOL)://$(SERVICE_IP):80", "https://172.17.0.1:80"},
		{"$(UNKNOWN)://x", "$(UNKNOWN)://x"},
		{"$$(PROTOCOL)://x", "$(PROTOCOL)://x"},
		{"$$$(PROTOCOL)", "$https"},
		{"a$(EMPTY)b", "ab"},
		{"$(PROTOCOL", "$(PROTOCOL"},
		{"$", "$"},
		{"$x$", "$x$"},
		{"price: 5$", "price: 5$"},
		{"$()", "$()"},
	}
	for _, tt := range tests {
		if got := Expand(tt.in, MappingFuncFor(vars)); got != tt.want {
			t.Errorf("Expand(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
