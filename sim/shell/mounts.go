package shell

import (
	"fmt"
	"sort"
	"strings"
)

// mountEntry is one line of /proc/mounts (fs/proc_namespace.c
// show_vfsmnt: device, mount point, type, options, "0 0").
type mountEntry struct {
	src, dir, fstype, opts string
	vol                    *volume // the Pod volume behind it, if any
	// dev names the filesystem (bind mounts of one share it) and root is
	// the directory of it that is mounted (mountinfo's root field): GNU
	// df keeps one line per filesystem by them.
	dev, root string
}

// nodeDisk is the node's root disk, where the kubelet keeps its
// directories (/var/lib/kubelet/pods/UID/...) and containerd its
// snapshots: what a bind mount from there shows as its device.
const nodeDisk = "/dev/sda1"

// nodeMemKiB is the node's allocatable memory: a memory-backed volume's
// tmpfs is sized to it (pkg/volume/emptydir/empty_dir.go
// calculateEmptyDirMemorySize) unless its sizeLimit is smaller.
const nodeMemKiB = 8 << 20

// runtimeMounts are what containerd's default spec mounts before the
// CRI's (oci/mounts.go defaultMounts, with /sys read-only and cgroup2 as
// a non-privileged container gets them).
var runtimeMounts = []mountEntry{
	{src: "proc", dir: "/proc", fstype: "proc", opts: "rw,nosuid,nodev,noexec,relatime"},
	{src: "tmpfs", dir: "/dev", fstype: "tmpfs", opts: "rw,nosuid,size=65536k,mode=755"},
	{src: "devpts", dir: "/dev/pts", fstype: "devpts", opts: "rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666"},
	{src: "mqueue", dir: "/dev/mqueue", fstype: "mqueue", opts: "rw,nosuid,nodev,noexec,relatime"},
	{src: "sysfs", dir: "/sys", fstype: "sysfs", opts: "ro,nosuid,nodev,noexec,relatime"},
	{src: "cgroup", dir: "/sys/fs/cgroup", fstype: "cgroup2", opts: "ro,nosuid,nodev,noexec,relatime"},
}

// maskedPaths are runc's last mounts: containerd's readonlyPaths
// remounted read-only and its maskedPaths covered (directories with an
// empty read-only tmpfs, files with /dev/null from the container's /dev).
var maskedPaths = []mountEntry{
	{src: "proc", dir: "/proc/bus", fstype: "proc", opts: "ro,nosuid,nodev,noexec,relatime"},
	{src: "proc", dir: "/proc/fs", fstype: "proc", opts: "ro,nosuid,nodev,noexec,relatime"},
	{src: "proc", dir: "/proc/irq", fstype: "proc", opts: "ro,nosuid,nodev,noexec,relatime"},
	{src: "proc", dir: "/proc/sys", fstype: "proc", opts: "ro,nosuid,nodev,noexec,relatime"},
	{src: "proc", dir: "/proc/sysrq-trigger", fstype: "proc", opts: "ro,nosuid,nodev,noexec,relatime"},
	{src: "tmpfs", dir: "/proc/acpi", fstype: "tmpfs", opts: "ro,relatime"},
	{src: "tmpfs", dir: "/proc/kcore", fstype: "tmpfs", opts: "rw,nosuid,size=65536k,mode=755", dev: "/dev", root: "/null"},
	{src: "tmpfs", dir: "/proc/keys", fstype: "tmpfs", opts: "rw,nosuid,size=65536k,mode=755", dev: "/dev", root: "/null"},
	{src: "tmpfs", dir: "/proc/timer_list", fstype: "tmpfs", opts: "rw,nosuid,size=65536k,mode=755", dev: "/dev", root: "/null"},
	{src: "tmpfs", dir: "/proc/scsi", fstype: "tmpfs", opts: "ro,relatime"},
	{src: "tmpfs", dir: "/sys/firmware", fstype: "tmpfs", opts: "ro,relatime"},
}

// mountTable is the container's mount namespace in /proc/mounts order:
// the overlay root, containerd's defaults, then the CRI mounts (the
// kubelet's volumes, /etc/hosts and /dev/termination-log, from
// kubelet_pods.go makeMounts and kuberuntime_container.go makeMounts,
// then containerd's own /etc/hostname, /etc/resolv.conf and /dev/shm),
// ordered by depth as containerd's WithMounts sorts them (orderedMounts:
// parents before children, otherwise as given), then the masked paths.
func (c *container) mountTable() []mountEntry {
	out := []mountEntry{c.rootMount()}
	out = append(out, runtimeMounts...)
	var cri []mountEntry
	podDir := "/var/lib/kubelet/pods/" + c.pod.uid()
	for _, m := range c.fs.mounts {
		cri = append(cri, volumeMount(m, podDir))
	}
	sort.SliceStable(cri, func(i, j int) bool { return c.mountIndex(cri[i].dir) < c.mountIndex(cri[j].dir) })
	sandbox := "/var/lib/containerd/io.containerd.grpc.v1.cri/sandboxes/" + strings.Repeat("0", 64)
	for _, f := range [][2]string{{"/etc/hosts", podDir + "/etc-hosts"}, {"/dev/termination-log", podDir + "/containers/" + c.cfg.Name + "/0a1b2c3d"},
		{"/etc/hostname", sandbox + "/hostname"}, {"/etc/resolv.conf", sandbox + "/resolv.conf"}} {
		cri = append(cri, mountEntry{src: nodeDisk, dir: f[0], fstype: "ext4", opts: "rw,relatime", dev: nodeDisk, root: f[1]})
	}
	cri = append(cri, mountEntry{src: "shm", dir: "/dev/shm", fstype: "tmpfs", opts: "rw,nosuid,nodev,noexec,relatime,size=65536k"})
	sort.SliceStable(cri, func(i, j int) bool { return depth(cri[i].dir) < depth(cri[j].dir) })
	out = append(out, cri...)
	out = append(out, maskedPaths...)
	for i := range out {
		if out[i].dev == "" {
			out[i].dev, out[i].root = out[i].dir, "/" // a filesystem of its own
		}
	}
	return out
}

// uid is the Pod's UID as the kubelet's directories name it.
func (p *pod) uid() string {
	if p.sb.UID != "" {
		return p.sb.UID
	}
	return "00000000-0000-0000-0000-000000000000"
}

// mountIndex is the position of the volumeMount at dir in the container's
// spec, the order the kubelet hands the mounts to the runtime.
func (c *container) mountIndex(dir string) int {
	for i, m := range c.cfg.Mounts {
		if "/"+strings.Trim(m.Path, "/") == dir {
			return i
		}
	}
	return len(c.cfg.Mounts)
}

func depth(p string) int { return strings.Count(strings.TrimSuffix(p, "/"), "/") }

// rootMount is the overlay containerd's snapshotter assembles: the image's
// layer below, the container's own upper directory above.
func (c *container) rootMount() mountEntry {
	const snap = "/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/"
	up := fmt.Sprint(c.snapshot)
	return mountEntry{src: "overlay", dir: "/", fstype: "overlay",
		opts: fmt.Sprintf("rw,relatime,lowerdir=%s%d/fs,upperdir=%s%s/fs,workdir=%s%s/work", snap, imageSnapshot(c.img.Family), snap, up, snap, up)}
}

// imageSnapshot numbers an image's layer by the family's name, so every
// container of an image shares it.
func imageSnapshot(family string) int {
	n := 0
	for _, r := range family {
		n = (n*31 + int(r)) % 97
	}
	return 1 + n
}

// volumeMount is how a volume shows: emptyDir, configMap (an emptyDir on
// disk underneath) and hostPath are bind mounts from the node's disk;
// secret, projected, downwardAPI (emptyDirs of medium Memory underneath,
// see each plugin's wrappedVolumeSpec) and emptyDir medium Memory are
// tmpfs. The kubelet mounts the read-only sources read-only.
func volumeMount(m mountPoint, podDir string) mountEntry {
	e := mountEntry{src: nodeDisk, dir: m.path, fstype: "ext4", opts: "rw,relatime", vol: m.vol, dev: nodeDisk,
		root: podDir + "/volumes/kubernetes.io~" + pluginDir(m.vol.cfg.Kind) + "/" + m.vol.cfg.Name}
	if m.vol.cfg.Kind == "hostPath" {
		e.root = m.vol.cfg.HostPath
	}
	if m.sub != "." {
		e.root += "/" + m.sub
	}
	if m.ro || m.vol.cfg.ReadOnly {
		e.opts = "ro,relatime"
	}
	if m.vol.tmpfs() {
		e.src, e.fstype, e.dev, e.root = "tmpfs", "tmpfs", "", ""
		e.opts += fmt.Sprintf(",size=%dk", m.vol.tmpfsKiB())
	}
	return e
}

// pluginDir is the volume plugin's directory under the Pod's volumes.
func pluginDir(kind string) string {
	switch kind {
	case "emptyDir":
		return "empty-dir"
	case "downwardAPI":
		return "downward-api"
	}
	return strings.ToLower(kind)
}

func (v *volume) tmpfs() bool {
	switch v.cfg.Kind {
	case "secret", "projected", "downwardAPI":
		return true
	}
	return v.cfg.Kind == "emptyDir" && v.cfg.Memory
}

func (v *volume) tmpfsKiB() int64 {
	if v.cfg.SizeLimit > 0 && v.cfg.SizeLimit>>10 < nodeMemKiB {
		return v.cfg.SizeLimit >> 10
	}
	return nodeMemKiB
}

// mountsText is /proc/mounts (and /proc/self/mounts).
func (c *container) mountsText() string {
	var b strings.Builder
	for _, m := range c.mountTable() {
		fmt.Fprintf(&b, "%s %s %s %s 0 0\n", m.src, mangle(m.dir), m.fstype, m.opts)
	}
	return b.String()
}

// mangle escapes what would break the columns, as seq_file's mangle_path
// does (" \t\n\\" as octal).
func mangle(p string) string {
	return strings.NewReplacer(" ", `\040`, "\t", `\011`, "\n", `\012`, `\`, `\134`).Replace(p)
}
