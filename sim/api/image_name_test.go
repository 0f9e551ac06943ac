package api

import "testing"

func TestParseImageName(t *testing.T) {
	tests := []struct {
		image, repo, tag, digest string
		ok                       bool
	}{
		{"busybox", "busybox", "latest", "", true},
		{"busybox:1.36", "busybox", "1.36", "", true},
		{"busybox:latest", "busybox", "latest", "", true},
		{"registry.k8s.io/busybox:1.27.2", "registry.k8s.io/busybox", "1.27.2", "", true},
		{"localhost:5000/app", "localhost:5000/app", "latest", "", true},
		{"nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "nginx", "", "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true},
		{"<your-private-image>", "", "", "", false},
		{"Nginx", "", "", "", false},
		{"nginx:", "", "", "", false},
		{"", "", "", "", false},
	}
	for _, tt := range tests {
		repo, tag, digest, err := ParseImageName(tt.image)
		if (err == nil) != tt.ok || repo != tt.repo || tag != tt.tag || digest != tt.digest {
			t.Errorf("ParseImageName(%q) = %q, %q, %q, %v", tt.image, repo, tag, digest, err)
		}
	}
}
