package images

import (
	"strings"
	"time"
)

// family is how every tag and mirror of an image behaves.
type family struct {
	name       string
	repos      []string // registry/path, after normalisation
	entrypoint []string
	cmd        []string
	env        []string
	workdir    string
	size       int64 // compressed bytes of the usual tag
	files      func() []File
}

const stdPath = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

// families is the catalogue. Sizes are the compressed sizes of the
// linux/amd64 images on their registries, rounded.
var families = []family{
	{name: "pause", repos: []string{"registry.k8s.io/pause"}, entrypoint: []string{"/pause"}, size: 320_000, files: pauseFS},
	{name: "busybox", repos: []string{"docker.io/library/busybox", "registry.k8s.io/busybox", "registry.k8s.io/e2e-test-images/busybox"},
		cmd: []string{"sh"}, env: []string{"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}, size: 2_160_000, files: busyboxFS},
	{name: "sample", repos: []string{"docker.io/library/sample", "docker.io/geektime/sample"},
		cmd: []string{"sh"}, env: []string{stdPath}, size: 2_200_000, files: sampleFS},
	{name: "alpine", repos: []string{"docker.io/library/alpine"}, cmd: []string{"/bin/sh"}, env: []string{stdPath}, size: 3_620_000, files: alpineFS},
	{name: "socat", repos: []string{"docker.io/alpine/socat"}, entrypoint: []string{"socat"}, env: []string{stdPath}, size: 4_800_000, files: socatFS},
	{name: "debian", repos: []string{"docker.io/library/debian"}, cmd: []string{"bash"}, env: []string{stdPath}, size: 48_500_000, files: debianFS},
	{name: "ubuntu", repos: []string{"docker.io/library/ubuntu"}, cmd: []string{"/bin/bash"}, env: []string{stdPath}, size: 29_700_000, files: ubuntuFS},
	{name: "centos", repos: []string{"docker.io/library/centos", "quay.io/centos/centos"}, cmd: []string{"/bin/bash"}, env: []string{stdPath}, size: 83_500_000, files: centosFS},
	{name: "fedora", repos: []string{"docker.io/library/fedora", "registry.fedoraproject.org/fedora"}, cmd: []string{"/bin/bash"}, env: []string{stdPath}, size: 62_000_000, files: fedoraFS},
	{name: "python", repos: []string{"docker.io/library/python"}, cmd: []string{"python3"},
		env: []string{"PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8", "PYTHON_VERSION=3.12.8"}, size: 392_000_000, files: pythonFS},
	{name: "perl", repos: []string{"docker.io/library/perl"}, cmd: []string{"perl", "-de0"}, env: []string{stdPath}, size: 330_000_000, files: perlFS},
	{name: "nginx", repos: []string{"docker.io/library/nginx", "registry.k8s.io/nginx", "registry.k8s.io/e2e-test-images/nginx", "docker.io/nginxinc/nginx-unprivileged"},
		entrypoint: []string{"/docker-entrypoint.sh"}, cmd: []string{"nginx", "-g", "daemon off;"},
		env: []string{stdPath, "NGINX_VERSION=1.27.3", "NJS_VERSION=0.8.7", "NJS_RELEASE=1~bookworm", "PKG_RELEASE=1~bookworm", "DYNPKG_RELEASE=1~bookworm"}, size: 72_100_000, files: nginxFS},
	{name: "tomcat", repos: []string{"docker.io/library/tomcat"}, cmd: []string{"catalina.sh", "run"}, workdir: "/usr/local/tomcat",
		env:  []string{"PATH=/usr/local/tomcat/bin:/usr/local/openjdk-8/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "JAVA_HOME=/usr/local/openjdk-8", "CATALINA_HOME=/usr/local/tomcat", "TOMCAT_MAJOR=7", "TOMCAT_VERSION=7.0.109"},
		size: 190_000_000, files: tomcatFS},
	{name: "liveness", repos: []string{"registry.k8s.io/liveness", "registry.k8s.io/e2e-test-images/liveness"}, cmd: []string{"/server"}, size: 2_900_000, files: livenessFS},
	{name: "agnhost", repos: []string{"registry.k8s.io/e2e-test-images/agnhost"}, entrypoint: []string{"/agnhost"}, cmd: []string{"pause"}, env: []string{stdPath}, size: 51_000_000, files: agnhostFS},
	{name: "redis", repos: []string{"docker.io/library/redis"}, entrypoint: []string{"docker-entrypoint.sh"}, cmd: []string{"redis-server"}, workdir: "/data",
		env: []string{stdPath, "REDIS_VERSION=7.4.1"}, size: 45_000_000, files: redisFS},
	{name: "mysql", repos: []string{"docker.io/library/mysql"}, entrypoint: []string{"docker-entrypoint.sh"}, cmd: []string{"mysqld"},
		env: []string{stdPath, "MYSQL_MAJOR=8.4", "MYSQL_VERSION=8.4.3-1.el9"}, size: 170_000_000, files: mysqlFS},
	{name: "etcd", repos: []string{"registry.k8s.io/etcd", "quay.io/coreos/etcd", "gcr.io/etcd-development/etcd"}, cmd: []string{"/usr/local/bin/etcd"}, size: 57_000_000, files: etcdFS},
	{name: "fluentd", repos: []string{"registry.k8s.io/fluentd-gcp", "docker.io/fluent/fluentd"}, cmd: []string{"/run.sh"}, env: []string{stdPath}, size: 100_000_000, files: fluentdFS},
	{name: "hello-app", repos: []string{"gcr.io/google-samples/hello-app", "us-docker.pkg.dev/google-samples/containers/gke/hello-app"}, cmd: []string{"/hello-app"}, size: 10_500_000, files: helloAppFS},
	{name: "node-hello", repos: []string{"gcr.io/google-samples/node-hello"}, cmd: []string{"/bin/sh", "-c", "node server.js"}, env: []string{stdPath}, size: 244_000_000, files: nodeHelloFS},
	{name: "http-echo", repos: []string{"docker.io/hashicorp/http-echo"}, entrypoint: []string{"/http-echo"}, size: 3_900_000, files: httpEchoFS},
	{name: "stress", repos: []string{"docker.io/polinux/stress", "docker.io/progrium/stress"}, cmd: []string{"stress", "--help"}, env: []string{stdPath}, size: 4_300_000, files: stressFS},
	{name: "vish-stress", repos: []string{"docker.io/vish/stress"}, entrypoint: []string{"/stress"}, cmd: []string{"-logtostderr"}, size: 2_200_000, files: vishStressFS},
	{name: "goproxy", repos: []string{"registry.k8s.io/goproxy"}, cmd: []string{"/goproxy"}, size: 2_600_000, files: goproxyFS},
}

// Families lists the catalogue's family names.
func Families() []string {
	out := make([]string, len(families))
	for i, f := range families {
		out[i] = f.name
	}
	return out
}

func familyOf(repo string) (family, bool) {
	for _, f := range families {
		for _, r := range f.repos {
			if r == repo {
				return f, true
			}
		}
	}
	return family{}, false
}

// lookup resolves ref: any tag of a known repository behaves as its
// family, except tags that are plainly not versions (so that a typo such
// as nginx:lates still fails to pull, as it would).
func lookup(ref string) (Image, bool) {
	r, ok := ParseRef(ref)
	if !ok {
		return Image{Ref: ref}, false
	}
	f, ok := familyOf(r.Repo())
	if !ok || !plausibleTag(r.Tag) {
		return Image{Ref: ref, Canonical: r.String(), Tag: r.Tag}, false
	}
	img := Image{
		Ref: ref, Canonical: r.String(), Family: f.name, Tag: r.Tag,
		Entrypoint: f.entrypoint, Cmd: f.cmd, Env: f.env, WorkingDir: f.workdir,
		Size: f.size, Pull: PullTime(f.size),
	}
	if r.Moved != "" {
		img.MovedFrom = strings.TrimSpace(ref)
	}
	return img, true
}

// PullTime is how long the simulated node takes to pull size bytes: a
// fixed 0.5 s for the manifest round trips plus 25 MB/s, in whole ms.
func PullTime(size int64) time.Duration {
	d := 500*time.Millisecond + time.Duration(size)*time.Second/25_000_000
	return d.Truncate(time.Millisecond)
}

// tagWords are the words image tags are made of besides version numbers.
var tagWords = map[string]bool{
	"latest": true, "stable": true, "mainline": true, "alpine": true, "slim": true, "bookworm": true, "bullseye": true,
	"buster": true, "trixie": true, "jammy": true, "noble": true, "focal": true, "bionic": true, "perl": true, "otel": true,
	"jdk8": true, "jdk11": true, "jdk17": true, "jdk21": true, "jre8": true, "jre11": true, "jre17": true, "jre21": true,
	"openjdk": true, "temurin": true, "glibc": true, "musl": true, "uclibc": true, "musl-bookworm": true, "unprivileged": true,
	"oracle": true, "debian": true, "lts": true, "rolling": true, "edge": true, "stream9": true, "stream8": true, "v1": true, "v2": true,
}

func plausibleTag(tag string) bool {
	for _, part := range strings.FieldsFunc(tag, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		if part == "" || (part[0] >= '0' && part[0] <= '9') || tagWords[part] || (part[0] == 'v' && len(part) > 1 && part[1] >= '0' && part[1] <= '9') {
			continue
		}
		if strings.HasPrefix(part, "alpine") || strings.HasPrefix(part, "rc") || strings.HasPrefix(part, "beta") {
			continue
		}
		return false
	}
	return true
}

// Files returns the image's root filesystem, sorted by path.
func (img Image) Files() []File {
	f, ok := familyByName(img.Family)
	if !ok {
		return nil
	}
	return sortFiles(f.files())
}

func familyByName(name string) (family, bool) {
	for _, f := range families {
		if f.name == name {
			return f, true
		}
	}
	return family{}, false
}
