package images

import (
	"strings"
	"testing"
	"time"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		ref, family, canonical, moved string
		ok                            bool
	}{
		{"busybox", "busybox", "docker.io/library/busybox:latest", "", true},
		{"busybox:1.36", "busybox", "docker.io/library/busybox:1.36", "", true},
		{"docker.io/library/busybox:1.28", "busybox", "docker.io/library/busybox:1.28", "", true},
		{"registry.k8s.io/busybox", "busybox", "registry.k8s.io/busybox:latest", "", true},
		{"registry.k8s.io/e2e-test-images/busybox:1.36.1-1", "busybox", "registry.k8s.io/e2e-test-images/busybox:1.36.1-1", "", true},
		{"k8s.gcr.io/busybox", "busybox", "registry.k8s.io/busybox:latest", "k8s.gcr.io/busybox", true},
		{"k8s.gcr.io/liveness", "liveness", "registry.k8s.io/liveness:latest", "k8s.gcr.io/liveness", true},
		{"gcr.io/google-containers/pause:3.1", "pause", "registry.k8s.io/pause:3.1", "gcr.io/google-containers/pause:3.1", true},
		{"nginx", "nginx", "docker.io/library/nginx:latest", "", true},
		{"nginx:1.14.2", "nginx", "docker.io/library/nginx:1.14.2", "", true},
		{"nginx:1.27-alpine", "nginx", "docker.io/library/nginx:1.27-alpine", "", true},
		{"tomcat:7.0", "tomcat", "docker.io/library/tomcat:7.0", "", true},
		{"geektime/sample:v2", "sample", "docker.io/geektime/sample:v2", "", true},
		{"sample:v2", "sample", "docker.io/library/sample:v2", "", true},
		{"registry.k8s.io/e2e-test-images/agnhost:2.45", "agnhost", "registry.k8s.io/e2e-test-images/agnhost:2.45", "", true},
		{"redis:5", "redis", "docker.io/library/redis:5", "", true},
		{"perl:5.34.0", "perl", "docker.io/library/perl:5.34.0", "", true},
		{"registry.k8s.io/etcd:3.5.1-0", "etcd", "registry.k8s.io/etcd:3.5.1-0", "", true},
		{"ngnix", "", "docker.io/library/ngnix:latest", "", false},
		{"nginx:lates", "", "docker.io/library/nginx:lates", "", false},
		{"Nginx", "", "", "", false},
		{"microsoft/windowsservercore:1709", "", "docker.io/microsoft/windowsservercore:1709", "", false},
		{"", "", "", "", false},
	}
	for _, tt := range tests {
		img, ok := Lookup(tt.ref)
		if ok != tt.ok || img.Family != tt.family || (tt.canonical != "" && img.Canonical != tt.canonical) || img.MovedFrom != tt.moved {
			t.Errorf("Lookup(%q) = %q %q moved %q ok %v, want %q %q moved %q ok %v",
				tt.ref, img.Family, img.Canonical, img.MovedFrom, ok, tt.family, tt.canonical, tt.moved, tt.ok)
		}
	}
}

func TestPullTime(t *testing.T) {
	tests := []struct {
		size int64
		want time.Duration
	}{{0, 500 * time.Millisecond}, {2_160_000, 586 * time.Millisecond}, {72_100_000, 3384 * time.Millisecond}}
	for _, tt := range tests {
		if got := PullTime(tt.size); got != tt.want {
			t.Errorf("PullTime(%d) = %v, want %v", tt.size, got, tt.want)
		}
	}
}

// Every family has a root filesystem whose entrypoint exists.
func TestFamiliesHaveTheirPrograms(t *testing.T) {
	for _, f := range families {
		img, _ := Lookup(f.repos[0])
		files := map[string]File{}
		for _, file := range img.Files() {
			files[file.Path] = file
		}
		argv := append(append([]string{}, img.Entrypoint...), img.Cmd...)
		if len(argv) == 0 {
			t.Errorf("%s: no default command", f.name)
			continue
		}
		prog := argv[0]
		found := false
		for _, dir := range []string{"", "/bin/", "/usr/bin/", "/usr/local/bin/", "/usr/sbin/", "/usr/local/tomcat/bin/"} {
			if _, ok := files[dir+prog]; ok || strings.HasPrefix(prog, "/") && files[prog].Path != "" {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %s is not in the image", f.name, prog)
		}
	}
}

func TestNginxWelcomePage(t *testing.T) {
	img, _ := Lookup("nginx")
	for _, f := range img.Files() {
		if f.Path == "/usr/share/nginx/html/index.html" {
			if !strings.Contains(f.Content, "<h1>Welcome to nginx!</h1>") {
				t.Errorf("index.html: %q", f.Content)
			}
			return
		}
	}
	t.Error("no /usr/share/nginx/html/index.html")
}

func TestBinaryImpl(t *testing.T) {
	if impl, ok := BinaryImpl(Binary("nginx")); !ok || impl != "nginx" {
		t.Errorf("BinaryImpl(Binary(nginx)) = %q %v", impl, ok)
	}
	if _, ok := BinaryImpl("#!/bin/sh\necho hi\n"); ok {
		t.Error("a script is not a binary")
	}
}

// TestWarEntries: the sample image's /sample.war unpacks (as Tomcat's
// ExpandWar does) into a WEB-INF and an index.jsp; other content does not.
func TestWarEntries(t *testing.T) {
	img, ok := Lookup("sample:v2")
	if !ok {
		t.Fatal("sample:v2 not in the catalogue")
	}
	var war string
	for _, f := range img.Files() {
		if f.Path == "/sample.war" {
			war = f.Content
		}
	}
	es, ok := WarEntries(war)
	var names []string
	for _, e := range es {
		names = append(names, e.Path)
	}
	want := "META-INF META-INF/MANIFEST.MF WEB-INF WEB-INF/classes WEB-INF/web.xml index.jsp"
	if !ok || strings.Join(names, " ") != want {
		t.Errorf("WarEntries(sample.war) = %q, %v; want %q", names, ok, want)
	}
	if _, ok := WarEntries("not a zip\n"); ok {
		t.Error("WarEntries accepted content that is no known war")
	}
}
