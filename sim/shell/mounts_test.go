package shell

import (
	"strings"
	"testing"

	"github.com/podlab/podlab/sim"
)

// mountPod is a Pod with one volume of each kind, mounted in container c.
func mountPod(t *testing.T) *testPod {
	w := newTestPod(t, sim.SandboxConfig{Volumes: []sim.VolumeConfig{
		{Name: "cache", Kind: "emptyDir"},
		{Name: "scratch", Kind: "emptyDir", Memory: true, SizeLimit: 64 << 20},
		{Name: "config", Kind: "configMap", ReadOnly: true, Files: []sim.VolumeFile{{Path: "app.conf", Content: "a=1\n"}}},
		{Name: "creds", Kind: "secret", ReadOnly: true, Files: []sim.VolumeFile{{Path: "password", Content: "s3cr3t"}}},
		{Name: "podinfo", Kind: "downwardAPI", ReadOnly: true, Files: []sim.VolumeFile{{Path: "labels", Content: "app=\"web\""}}},
		{Name: "logs", Kind: "hostPath", HostPath: "/var/log"},
		{Name: "kube-api-access-x7k2p", Kind: "projected", ReadOnly: true, Files: []sim.VolumeFile{{Path: "token", Content: "eyJ"}, {Path: "namespace", Content: "default"}}},
	}})
	w.create(sim.ContainerConfig{Name: "c", Command: []string{"sleep", "3600"}, Mounts: []sim.Mount{
		{Volume: "cache", Path: "/cache"},
		{Volume: "scratch", Path: "/scratch"},
		{Volume: "config", Path: "/etc/config"},
		{Volume: "creds", Path: "/etc/creds", ReadOnly: true},
		{Volume: "podinfo", Path: "/etc/podinfo"},
		{Volume: "logs", Path: "/host/logs", ReadOnly: true},
		{Volume: "kube-api-access-x7k2p", Path: "/var/run/secrets/kubernetes.io/serviceaccount", ReadOnly: true},
	}})
	w.create(sim.ContainerConfig{Name: "d", Command: []string{"sleep", "3600"}})
	return w
}

// TestProcMounts checks the kubelet's and containerd's mounts between the
// runtime defaults and runc's masked paths: volumes in spec order, then
// /etc/hosts and /dev/termination-log (kubelet_pods.go makeMounts,
// kuberuntime_container.go makeMounts), then containerd's /etc/hostname,
// /etc/resolv.conf and /dev/shm, stably sorted by depth (containerd
// WithMounts orderedMounts). Each volume shows the device a node shows:
// bind mounts from the kubelet's directory on the node's disk for
// emptyDir, configMap (an emptyDir on disk underneath) and hostPath; tmpfs
// for secret, downwardAPI, projected (emptyDirs of medium Memory
// underneath, each plugin's wrappedVolumeSpec) and emptyDir medium Memory,
// sized by its sizeLimit or the node's allocatable memory
// (empty_dir.go calculateEmptyDirMemorySize). Read-only sources and
// readOnly mounts are ro. Lines as fs/proc_namespace.c show_vfsmnt.
func TestProcMounts(t *testing.T) {
	w := mountPod(t)
	got := w.execIn("p", "c", "cat /proc/mounts").stdout
	want := "/dev/sda1 /cache ext4 rw,relatime 0 0\n" +
		"tmpfs /scratch tmpfs rw,relatime,size=65536k 0 0\n" +
		"/dev/sda1 /etc/config ext4 ro,relatime 0 0\n" +
		"tmpfs /etc/creds tmpfs ro,relatime,size=8388608k 0 0\n" +
		"tmpfs /etc/podinfo tmpfs ro,relatime,size=8388608k 0 0\n" +
		"/dev/sda1 /host/logs ext4 ro,relatime 0 0\n" +
		"/dev/sda1 /etc/hosts ext4 rw,relatime 0 0\n" +
		"/dev/sda1 /dev/termination-log ext4 rw,relatime 0 0\n" +
		"/dev/sda1 /etc/hostname ext4 rw,relatime 0 0\n" +
		"/dev/sda1 /etc/resolv.conf ext4 rw,relatime 0 0\n" +
		"shm /dev/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=65536k 0 0\n" +
		"tmpfs /var/run/secrets/kubernetes.io/serviceaccount tmpfs ro,relatime,size=8388608k 0 0\n"
	start := strings.Index(got, "cgroup /sys/fs/cgroup cgroup2 ro,nosuid,nodev,noexec,relatime 0 0\n")
	end := strings.Index(got, "proc /proc/bus ")
	if start < 0 || end < start {
		t.Fatalf("/proc/mounts has no runtime defaults or masked paths:\n%s", got)
	}
	start += len("cgroup /sys/fs/cgroup cgroup2 ro,nosuid,nodev,noexec,relatime 0 0\n")
	if got[start:end] != want {
		t.Errorf("CRI mounts:\n%s\nwant\n%s", got[start:end], want)
	}
	if !strings.HasPrefix(got, "overlay / overlay rw,relatime,lowerdir=/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/") {
		t.Errorf("first mount is not the overlay root: %.80s", got)
	}
	if self := w.execIn("p", "c", "cat /proc/self/mounts").stdout; self != got {
		t.Errorf("/proc/self/mounts differs from /proc/mounts")
	}
}

// TestOwnRootfsSharedImage: each container has its own upper directory
// (its own rootfs); two containers of one image share the lower layer.
func TestOwnRootfsSharedImage(t *testing.T) {
	w := mountPod(t)
	c := w.execIn("p", "c", "head -n 1 /proc/mounts").stdout
	d := w.execIn("p", "d", "head -n 1 /proc/mounts").stdout
	lower := func(s string) string { return s[strings.Index(s, "lowerdir="):strings.Index(s, ",upperdir=")] }
	upper := func(s string) string { return s[strings.Index(s, "upperdir="):strings.Index(s, ",workdir=")] }
	if lower(c) != lower(d) || upper(c) == upper(d) {
		t.Errorf("c: %s\nd: %s\nwant the same lowerdir and different upperdirs", c, d)
	}
}

// TestMountCommand: busybox mount lists /proc/mounts as "DEV on DIR type
// TYPE (OPTS)" (util-linux/mount.c), -t filters by type, and mounting is
// refused without CAP_SYS_ADMIN (mount_it_now: EPERM).
func TestMountCommand(t *testing.T) {
	w := mountPod(t)
	tests := []struct {
		script, stdout, stderr string
		code                   int
	}{
		{"mount | grep -c ' on '", "30\n", "", 0},
		{"mount | grep /etc/creds", "tmpfs on /etc/creds type tmpfs (ro,relatime,size=8388608k)\n", "", 0},
		{"mount -t ext4 | cut -d' ' -f3 | tr '\\n' ' '", "/cache /etc/config /host/logs /etc/hosts /dev/termination-log /etc/hostname /etc/resolv.conf ", "", 0},
		{"mount -t tmpfs tmpfs /mnt", "", "mount: permission denied (are you root?)\n", 1},
		{"echo x > /etc/creds/new", "", "sh: can't create /etc/creds/new: Read-only file system\n", 1},
	}
	for _, tt := range tests {
		r := w.execIn("p", "c", tt.script)
		if r.stdout != tt.stdout || r.stderr != tt.stderr || r.code != tt.code {
			t.Errorf("%s\nstdout %q want %q\nstderr %q want %q\ncode %d want %d", tt.script, r.stdout, tt.stdout, r.stderr, tt.stderr, r.code, tt.code)
		}
	}
}

// TestDfAgreesWithMount: busybox df (coreutils/df.c) reads /proc/mounts
// and skips filesystems without blocks, so its rows are the mount table's
// in order, each with the same device; a memory-backed volume counts the
// pages its files take.
func TestDfAgreesWithMount(t *testing.T) {
	w := mountPod(t)
	var fromMount []string
	for _, l := range strings.Split(strings.TrimSpace(w.execIn("p", "c", "cat /proc/mounts").stdout), "\n") {
		f := strings.Fields(l)
		switch f[2] {
		case "proc", "sysfs", "devpts", "mqueue", "cgroup2":
			continue
		}
		fromMount = append(fromMount, f[0]+" "+f[1])
	}
	var fromDf []string
	rows := strings.Split(strings.TrimSpace(w.execIn("p", "c", "df").stdout), "\n")
	for _, l := range rows[1:] {
		f := strings.Fields(l)
		fromDf = append(fromDf, f[0]+" "+f[5])
	}
	if strings.Join(fromDf, "\n") != strings.Join(fromMount, "\n") {
		t.Errorf("df:\n%s\nmount:\n%s", strings.Join(fromDf, "\n"), strings.Join(fromMount, "\n"))
	}
	tests := []struct{ script, want string }{
		{"df /etc/creds", "Filesystem           1K-blocks      Used Available Use% Mounted on\ntmpfs                  8388608         4   8388604   0% /etc/creds\n"},
		{"mkdir -p /cache/sub/dir; df -h /cache/sub/dir | tail -n 1", "/dev/sda1                58.4G      9.0G     46.4G  16% /cache\n"},
		{"dd if=/dev/zero of=/scratch/f bs=1024 count=40 2>/dev/null; df /scratch | tail -n 1", "tmpfs                    65536        40     65496   0% /scratch\n"},
		{"df -h / | tail -n 1", "overlay                  58.4G      9.0G     46.4G  16% /\n"},
		{"df /var/run/secrets/kubernetes.io/serviceaccount/token | tail -n 1", "tmpfs                  8388608         8   8388600   0% /var/run/secrets/kubernetes.io/serviceaccount\n"},
	}
	for _, tt := range tests {
		if got := w.execIn("p", "c", tt.script).stdout; got != tt.want {
			t.Errorf("%s\ngot  %q\nwant %q", tt.script, got, tt.want)
		}
	}
}

// TestDfPaths: df PATH reports the filesystem holding PATH, or the
// error stat gives.
func TestDfPaths(t *testing.T) {
	w := mountPod(t)
	tests := []struct{ script, stdout, stderr string }{
		{"df /nonexistent", "", "df: /nonexistent: No such file or directory\n"},
		{"df /dev/null | tail -n 1", "tmpfs                    65536         0     65536   0% /dev\n", ""},
		{"df /etc/hosts | tail -n 1", "/dev/sda1             61202244   9437716  48623192  16% /etc/hosts\n", ""},
		{"df /tmp | tail -n 1", "overlay               61202244   9437716  48623192  16% /\n", ""},
	}
	for _, tt := range tests {
		r := w.execIn("p", "c", tt.script)
		if r.stdout != tt.stdout || r.stderr != tt.stderr {
			t.Errorf("%s\nstdout %q want %q\nstderr %q want %q", tt.script, r.stdout, tt.stdout, r.stderr, tt.stderr)
		}
	}
}

// TestGNUDf: Debian's df (coreutils src/df.c) shows one line per
// filesystem (filter_mount_list: the node disk once, at /etc/hosts; the
// masked /proc files are the /dev tmpfs again), sizes to the widest cell,
// Use% and -h rounded up.
func TestGNUDf(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{Volumes: []sim.VolumeConfig{{Name: "html", Kind: "emptyDir"},
		{Name: "kube-api-access-x", Kind: "projected", ReadOnly: true, Files: []sim.VolumeFile{{Path: "token", Content: "x"}, {Path: "ca.crt", Content: "y"}, {Path: "namespace", Content: "default"}}}}})
	w.create(sim.ContainerConfig{Name: "web", Image: "nginx", Mounts: []sim.Mount{
		{Volume: "html", Path: "/usr/share/nginx/html"},
		{Volume: "kube-api-access-x", Path: "/var/run/secrets/kubernetes.io/serviceaccount", ReadOnly: true}}})
	want := lines(
		"Filesystem      Size  Used Avail Use% Mounted on",
		"overlay          59G  9.1G   47G  17% /",
		"tmpfs            64M     0   64M   0% /dev",
		"/dev/sda1        59G  9.1G   47G  17% /etc/hosts",
		"shm              64M     0   64M   0% /dev/shm",
		"tmpfs           8.0G   12K  8.0G   1% /var/run/secrets/kubernetes.io/serviceaccount",
		"tmpfs           4.0G     0  4.0G   0% /proc/acpi",
		"tmpfs           4.0G     0  4.0G   0% /proc/scsi",
		"tmpfs           4.0G     0  4.0G   0% /sys/firmware")
	if got := w.execIn("p", "web", "df -h").stdout; got != want {
		t.Errorf("df -h:\n%s\nwant\n%s", got, want)
	}
	want = lines("Filesystem     1K-blocks    Used Available Use% Mounted on",
		"/dev/sda1       61202244 9437716  48623192  17% /usr/share/nginx/html")
	if got := w.execIn("p", "web", "df /usr/share/nginx/html").stdout; got != want {
		t.Errorf("df PATH:\n%s\nwant\n%s", got, want)
	}
}

func TestHumanCeil(t *testing.T) {
	tests := []struct {
		kib  int64
		want string
	}{{0, "0"}, {4, "4.0K"}, {12, "12K"}, {65536, "64M"}, {9437716, "9.1G"}, {61202244, "59G"}, {8388608, "8.0G"}}
	for _, tt := range tests {
		if got := humanCeil(tt.kib << 10); got != tt.want {
			t.Errorf("%d KiB: %s, want %s", tt.kib, got, tt.want)
		}
	}
}
