package shell

import (
	"errors"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
)

// TestFollowLinks mirrors the kernel's path walk (fs/namei.c
// link_path_walk): relative targets from the link's directory, absolute
// ones from /, the last component only on request, ELOOP after 40 links.
func TestFollowLinks(t *testing.T) {
	links := map[string]string{
		"/v/..data": "..2025_06_01_09_00_00.123456790",
		"/v/labels": "..data/labels",
		"/abs":      "/v/labels",
		"/up":       "../v",
		"/d/up":     "../v",
		"/loop/a":   "b",
		"/loop/b":   "a",
	}
	linkAt := func(p string) (string, bool) { t, ok := links[p]; return t, ok }
	tests := []struct {
		abs  string
		last bool
		want string
		err  error
	}{
		{"/v/labels", true, "/v/..2025_06_01_09_00_00.123456790/labels", nil},
		{"/v/labels", false, "/v/labels", nil},
		{"/v/..data/labels", false, "/v/..2025_06_01_09_00_00.123456790/labels", nil},
		{"/abs", true, "/v/..2025_06_01_09_00_00.123456790/labels", nil},
		{"/d/up/labels", false, "/v/labels", nil},
		{"/up", true, "/v", nil},
		{"/plain/file", true, "/plain/file", nil},
		{"/", true, "/", nil},
		{"/loop/a", true, "", errLoop},
		{"/loop/a", false, "/loop/a", nil},
	}
	for _, tt := range tests {
		got, err := followLinks(tt.abs, tt.last, linkAt)
		if !errors.Is(err, tt.err) || (tt.err == nil && got != tt.want) {
			t.Errorf("followLinks(%q, %v) = %q, %v; want %q, %v", tt.abs, tt.last, got, err, tt.want, tt.err)
		}
	}
}

// The downward API example's files (k8s website
// pods/inject/dapi-volume.yaml): labels and annotations.
var podinfoFiles = []sim.VolumeFile{
	{Path: "labels", Content: "cluster=\"test-cluster1\"\nrack=\"rack-22\"\nzone=\"us-est-coast\""},
	{Path: "annotations", Content: "build=\"two\"\nbuilder=\"john-doe\""},
}

// TestAtomicWriterLayout: what busybox shows in a configMap, secret,
// downwardAPI or projected volume, as the kubelet's AtomicWriter
// (pkg/volume/util/atomic_writer.go Write) lays it out: a timestamped
// directory, ..data linking to it, each key linking into ..data; the
// root of a tmpfs-backed volume is 1777, a configMap's (on disk) 0777;
// tmpfs directories are 20 bytes an entry (mm/shmem.c BOGO_DIRENT_SIZE).
func TestAtomicWriterLayout(t *testing.T) {
	const stamp = "..2025_06_01_09_00_00.123456790"
	tests := []struct {
		name, kind, script, stdout string
	}{
		{"downwardAPI ls -la", "downwardAPI", "ls -la /v", lines(
			"total 0",
			"drwxrwxrwt    3 root     root           120 Jun  1 09:00 .",
			"drwxr-xr-x    2 root     root          4096 Jun  1 09:00 ..",
			"drwxr-xr-x    2 root     root            80 Jun  1 09:00 "+stamp,
			"lrwxrwxrwx    1 root     root            31 Jun  1 09:00 ..data -> "+stamp,
			"lrwxrwxrwx    1 root     root            18 Jun  1 09:00 annotations -> ..data/annotations",
			"lrwxrwxrwx    1 root     root            13 Jun  1 09:00 labels -> ..data/labels")},
		{"configMap root on disk", "configMap", "ls -la /v | head -4", lines(
			"total 0",
			"drwxrwxrwx    3 root     root          4096 Jun  1 09:00 .",
			"drwxr-xr-x    2 root     root          4096 Jun  1 09:00 ..",
			"drwxr-xr-x    2 root     root          4096 Jun  1 09:00 "+stamp)},
		{"ls -a (corpus dapi-volume)", "downwardAPI", "ls -a /v", lines(".", "..", stamp, "..data", "annotations", "labels")},
		{"ls lists keys", "secret", "ls /v", lines("annotations", "labels")},
		{"cat follows the link", "projected", "cat /v/labels; echo", lines("cluster=\"test-cluster1\"", "rack=\"rack-22\"", "zone=\"us-est-coast\"")},
		{"readlink", "downwardAPI", "readlink /v/labels /v/..data", lines("..data/labels", stamp)},
		{"readlink of a file fails", "downwardAPI", "readlink /v/..data/labels; echo rc=$?", lines("rc=1")},
		{"readlink -f", "downwardAPI", "readlink -f /v/labels", lines("/v/" + stamp + "/labels")},
		{"ls -l of a key shows the link", "downwardAPI", "ls -l /v/labels", lines("lrwxrwxrwx    1 root     root            13 Jun  1 09:00 /v/labels -> ..data/labels")},
		{"ls -l through ..data/", "downwardAPI", "ls -l /v/..data/", lines("total 8",
			"-rw-r--r--    1 root     root            30 Jun  1 09:00 annotations",
			"-rw-r--r--    1 root     root            58 Jun  1 09:00 labels")},
		{"cd into ..data", "downwardAPI", "cd /v/..data && pwd && ls", lines("/v/..data", "annotations", "labels")},
		{"test -L and -f", "downwardAPI", "[ -L /v/labels ] && [ -f /v/labels ] && [ ! -L /v/" + stamp + "/labels ] && echo ok", lines("ok")},
		{"stat of a key", "downwardAPI", "stat /v/labels | head -2", lines("  File: /v/labels -> ..data/labels", "  Size: 13\t\tBlocks: 0\tIO Block: 4096\tsymbolic link")},
		{"still read-only", "downwardAPI", "rm /v/labels; echo rc=$?", lines("rc=1")},
		{"df counts the files once", "secret", "df /v | tail -1", lines("tmpfs                  8388608         8   8388600   0% /v")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newTestPod(t, sim.SandboxConfig{Volumes: []sim.VolumeConfig{{Name: "v", Kind: tt.kind, ReadOnly: true, Files: podinfoFiles}}})
			w.create(sim.ContainerConfig{Name: "c", Mounts: []sim.Mount{{Volume: "v", Path: "/v"}}, Command: []string{"sh", "-c", tt.script}})
			r := drive(w.rt.StartContainer("p", "c", 0), 0, time.Minute)
			if r.stdout != tt.stdout {
				t.Errorf("%s\ngot:\n%s\nwant:\n%s\nstderr %q", tt.script, r.stdout, tt.stdout, r.stderr)
			}
		})
	}
}

// TestAtomicWriterUpdate: a changed payload gets a new timestamped
// directory, ..data is swapped to it and the old one removed; the key
// links stay. A subPath mount is a bind mount of the old file, so it keeps
// the old content (the documented caveat: a container using a ConfigMap
// as a subPath volume mount will not receive updates). The same payload
// again writes nothing (atomic_writer.go shouldWritePayload).
func TestAtomicWriterUpdate(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{Volumes: []sim.VolumeConfig{{Name: "v", Kind: "downwardAPI", ReadOnly: true, Files: podinfoFiles}}})
	w.create(sim.ContainerConfig{Name: "c", Mounts: []sim.Mount{{Volume: "v", Path: "/v"}, {Volume: "v", Path: "/sub/labels", SubPath: "labels"}},
		Command: []string{"sh", "-c", "sleep 100; ls -la /v; cat /v/labels; echo; cat /sub/labels; echo; sleep 100; ls -a /v"}})
	p := w.rt.StartContainer("p", "c", 0)
	drive(p, 0, 50*time.Second)
	changed := []sim.VolumeFile{{Path: "labels", Content: "app=\"web2\""}, podinfoFiles[1]}
	w.rt.UpdateVolume("p", "v", changed, 60*time.Second)
	drive(p, 50*time.Second, 70*time.Second)
	w.rt.UpdateVolume("p", "v", changed, 120*time.Second)
	r := drive(p, 70*time.Second, time.Hour)
	const stamp = "..2025_06_01_09_01_00.123456791"
	want := lines(
		"total 0",
		"drwxrwxrwt    3 root     root           120 Jun  1 09:01 .",
		"drwxr-xr-x    2 root     root          4096 Jun  1 09:00 ..",
		"drwxr-xr-x    2 root     root            80 Jun  1 09:01 "+stamp,
		"lrwxrwxrwx    1 root     root            31 Jun  1 09:01 ..data -> "+stamp,
		"lrwxrwxrwx    1 root     root            18 Jun  1 09:00 annotations -> ..data/annotations",
		"lrwxrwxrwx    1 root     root            13 Jun  1 09:00 labels -> ..data/labels",
		"app=\"web2\"",
		"cluster=\"test-cluster1\"",
		"rack=\"rack-22\"",
		"zone=\"us-est-coast\"",
		".", "..", stamp, "..data", "annotations", "labels")
	if r.stdout != want || r.stderr != "" {
		t.Errorf("got:\n%s\nwant:\n%s\nstderr %q", r.stdout, want, r.stderr)
	}
}

// TestSymlinkCommands: ln -s makes links the other commands see (busybox
// coreutils/ln.c, ls.c, readlink.c, rm.c, cp.c; symlink(2), unlink(2)).
func TestSymlinkCommands(t *testing.T) {
	tests := []struct {
		name, script, stdout, stderr string
	}{
		{"ln -s and ls -l", "echo hi > /tmp/f; ln -s /tmp/f /tmp/l; ls -l /tmp/l", lines("lrwxrwxrwx    1 root     root             6 Jun  1 09:00 /tmp/l -> /tmp/f"), ""},
		{"cat through a link", "echo hi > /tmp/f; ln -s f /tmp/l; cat /tmp/l", lines("hi"), ""},
		{"write through a link", "ln -s f /tmp/l; echo new > /tmp/l; cat /tmp/f", lines("new"), ""},
		{"ls -F marks links", "ln -s /etc /tmp/e; ls -F /tmp", lines("e@"), ""},
		{"ls follows a link operand", "mkdir /tmp/d; touch /tmp/d/x; ln -s d /tmp/l; ls /tmp/l", lines("x"), ""},
		{"link in a directory", "mkdir /tmp/d; ln -s /etc/passwd /tmp/d; readlink /tmp/d/passwd", lines("/etc/passwd"), ""},
		{"ln -s onto a name that exists", "touch /tmp/a; ln -s x /tmp/a", "", "ln: /tmp/a: File exists\n"},
		{"ln -sf replaces", "ln -s x /tmp/a; ln -sf y /tmp/a; readlink /tmp/a", lines("y"), ""},
		{"dangling link", "ln -s /nope /tmp/l; cat /tmp/l; ls /tmp", lines("l"), "cat: can't open '/tmp/l': No such file or directory\n"},
		{"loop", "ln -s a /tmp/b; ln -s b /tmp/a; cat /tmp/a", "", "cat: can't open '/tmp/a': Symbolic link loop\n"},
		{"rm removes the link only", "echo hi > /tmp/f; ln -s f /tmp/l; rm /tmp/l; ls /tmp; cat /tmp/f", lines("f", "hi"), ""},
		{"rm a link to a directory", "mkdir /tmp/d; ln -s d /tmp/l; rm /tmp/l && ls /tmp", lines("d"), ""},
		{"cp follows, cp -r keeps", "echo hi > /tmp/f; ln -s f /tmp/l; cp /tmp/l /tmp/c; cp -r /tmp/l /tmp/r; ls -l /tmp/c /tmp/r",
			lines("-rw-r--r--    1 root     root             3 Jun  1 09:00 /tmp/c", "lrwxrwxrwx    1 root     root             1 Jun  1 09:00 /tmp/r -> f"), ""},
		{"mv moves the link", "ln -s target /tmp/l; mv /tmp/l /tmp/m; readlink /tmp/m; ls /tmp", lines("target", "m"), ""},
		{"cd through a link", "ln -s /etc /tmp/e; cd /tmp/e && pwd && ls passwd", lines("/tmp/e", "passwd"), ""},
		{"realpath", "mkdir -p /a/b; ln -s a/b /l; realpath /l", lines("/a/b"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sh(t, tt.script)
			if r.stdout != tt.stdout || r.stderr != tt.stderr {
				t.Errorf("%s\nstdout %q, want %q\nstderr %q, want %q", tt.script, r.stdout, tt.stdout, r.stderr, tt.stderr)
			}
		})
	}
}
