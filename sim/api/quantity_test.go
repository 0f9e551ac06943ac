package api

import "testing"

func TestQuantity(t *testing.T) {
	tests := []struct {
		in           Quantity
		value, milli int64
	}{
		{"250m", 1, 250},
		{"0.5", 1, 500},
		{"1", 1, 1000},
		{"64Mi", 67108864, 67108864000},
		{"1G", 1000000000, 1000000000000},
		{"1e3", 1000, 1000000},
		{"1.5Gi", 1610612736, 1610612736000},
		{"100u", 1, 1},
		{"-2", -2, -2000},
		{"+3k", 3000, 3000000},
	}
	for _, tt := range tests {
		if v, m := tt.in.Value(), tt.in.MilliValue(); v != tt.value || m != tt.milli {
			t.Errorf("%q: Value, MilliValue = %d, %d; want %d, %d", tt.in, v, m, tt.value, tt.milli)
		}
	}
}

func TestParseQuantityErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrQuantityFormat},
		{"1x", ErrQuantityFormat},
		{"abc", ErrQuantityFormat},
		{"1Ki2", ErrQuantitySuffix},
		{"1kM", ErrQuantitySuffix},
		{"1.2.3", ErrQuantityNumeric},
		{".", ErrQuantityNumeric},
	}
	for _, tt := range tests {
		if _, err := ParseQuantity(tt.in); err != tt.want {
			t.Errorf("ParseQuantity(%q) = %v, want %v", tt.in, err, tt.want)
		}
	}
}

func TestQuantityCmp(t *testing.T) {
	if Quantity("1").Cmp("1000m") != 0 || Quantity("500m").Cmp("0.6") >= 0 || Quantity("1Gi").Cmp("1G") <= 0 {
		t.Error("Cmp disagrees with the values")
	}
	if !Quantity("").IsZero() || !Quantity("0m").IsZero() || Quantity("1m").IsZero() {
		t.Error("IsZero disagrees with the values")
	}
}

// The figures of the downward API task page (MANIFEST row 9 and 11):
// 125m and 250m cpu show as 1 core; 32Mi and 64Mi in bytes; 250m with
// divisor 1m is 250.
func TestConvertResourceToString(t *testing.T) {
	tests := []struct {
		resource       string
		value, divisor Quantity
		want           string
	}{
		{"requests.cpu", "125m", "", "1"},
		{"limits.cpu", "250m", "1", "1"},
		{"limits.cpu", "250m", "1m", "250"},
		{"limits.cpu", "1500m", "1", "2"},
		{"requests.memory", "32Mi", "", "33554432"},
		{"limits.memory", "64Mi", "1Mi", "64"},
		{"limits.memory", "100M", "1Mi", "96"},
		{"limits.ephemeral-storage", "1Gi", "1Gi", "1"},
	}
	for _, tt := range tests {
		got, err := ConvertResourceToString(tt.resource, tt.value, tt.divisor)
		if err != nil || got != tt.want {
			t.Errorf("%s %s / %q = %q, %v; want %q", tt.resource, tt.value, tt.divisor, got, err, tt.want)
		}
	}
	if _, err := ConvertResourceToString("limits.gpu", "1", ""); err == nil {
		t.Error("an unsupported resource converted without error")
	}
}

func TestQuantityCanonical(t *testing.T) {
	tests := map[Quantity]string{
		"0.5": "500m", "1000m": "1", "1": "1", "250m": "250m", "1.5": "1500m",
		"64Mi": "64Mi", "1.5Gi": "1536Mi", "1024": "1024", "0.5Ki": "512", "1Ki": "1Ki",
		"1e3": "1e3", "1.5e3": "1500", "1G": "1G", "100M": "100M", "2000k": "2M",
		"100u": "100u", "0.1n": "1n", "0": "0", "-1.5": "-1500m", "abc": "abc",
	}
	for in, want := range tests {
		if got := in.Canonical(); got != want {
			t.Errorf("%q.Canonical() = %q, want %q", in, got, want)
		}
	}
}
