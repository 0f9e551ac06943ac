package images

import (
	"path"
	"sort"
	"strings"
)

// fsb builds a root filesystem.
type fsb map[string]File

func (b fsb) dir(paths ...string) fsb {
	for _, p := range paths {
		for d := p; d != "/" && d != "."; d = path.Dir(d) {
			if _, ok := b[d]; !ok {
				b[d] = File{Path: d, Mode: 0o755, Dir: true}
			}
		}
	}
	return b
}

func (b fsb) file(p, content string) fsb { return b.mode(p, content, 0o644) }

func (b fsb) mode(p, content string, mode uint32) fsb {
	b.dir(path.Dir(p))
	b[p] = File{Path: p, Content: content, Mode: mode}
	return b
}

// bins adds program files in dir, each run by impl ("busybox": by name).
func (b fsb) bins(dir, impl string, names ...string) fsb {
	for _, n := range names {
		b.mode(dir+"/"+n, Binary(impl), 0o755)
	}
	return b
}

// progs adds program files each run by the implementation of its name.
func (b fsb) progs(dir string, names ...string) fsb {
	for _, n := range names {
		b.mode(dir+"/"+n, Binary(n), 0o755)
	}
	return b
}

func (b fsb) list() []File {
	out := make([]File, 0, len(b))
	for _, f := range b {
		out = append(out, f)
	}
	return out
}

func sortFiles(fs []File) []File {
	sort.Slice(fs, func(i, j int) bool { return fs[i].Path < fs[j].Path })
	return fs
}

// busyboxApplets are the applets Podlab's busybox implements, installed in
// /bin as busybox does.
var busyboxApplets = strings.Fields(`[ [[ ash basename cat chmod cp cut date dd df dirname du echo env expr false free grep head hostname id
ifconfig ip kill killall ln ls md5sum mkdir mount mv nc netstat nslookup printenv printf ps pstree pwd readlink realpath rm rmdir route sed seq sh
sha256sum sleep sort stat tail tee test top touch tr true uname uniq uptime wc wget whoami xargs yes`)

const busyboxPasswd = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
`

const busyboxGroup = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
wheel:x:10:root
mail:x:12:
www-data:x:33:
users:x:100:
nogroup:x:65533:
nobody:x:65534:
`

// linuxDirs are the directories every distribution has.
var linuxDirs = []string{"/bin", "/dev", "/etc", "/home", "/proc", "/root", "/sys", "/tmp", "/usr/bin", "/usr/sbin", "/var", "/var/log", "/var/tmp"}

func busyboxBase() fsb {
	b := fsb{}
	b.dir(linuxDirs...)
	b.dir("/lib", "/lib64", "/var/spool/mail", "/var/www", "/usr/local/bin", "/var/run")
	b.bins("/bin", "busybox", busyboxApplets...)
	b.mode("/bin/busybox", Binary("busybox-multicall"), 0o755)
	b.file("/etc/passwd", busyboxPasswd).file("/etc/group", busyboxGroup)
	b.file("/etc/shadow", "root:*:19000:0:99999:7:::\n")
	return b
}

func busyboxFS() []File { return busyboxBase().list() }

func pauseFS() []File {
	return fsb{}.mode("/pause", Binary("pause"), 0o755).list()
}

// sampleWar stands for the notes' sample.war: a zip file's first bytes.
const sampleWar = "PK\x03\x04\x14\x00\x08\x08\x08\x00META-INF/MANIFEST.MF sample.war (geektime/sample:v2)\n"

func sampleFS() []File {
	return busyboxBase().file("/sample.war", sampleWar).list()
}

func osRelease(pretty, name, id, version, versionID, extra string) string {
	return `PRETTY_NAME="` + pretty + `"
NAME="` + name + `"
VERSION_ID="` + versionID + `"
VERSION="` + version + `"
ID=` + id + "\n" + extra
}

func alpineBase() fsb {
	b := busyboxBase()
	b.file("/etc/alpine-release", "3.21.0\n")
	b.file("/etc/os-release", `NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.21.0
PRETTY_NAME="Alpine Linux v3.21"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`)
	b.mode("/sbin/apk", Binary("apk"), 0o755)
	return b
}

func alpineFS() []File { return alpineBase().list() }

func socatFS() []File { return alpineBase().progs("/usr/bin", "socat").list() }

// coreutils are the GNU tools a Debian-family image has, run by the same
// implementations as busybox's applets.
var coreutils = strings.Fields(`[ basename cat chmod cp cut date dd df dirname du echo env expr false grep head hostname id kill ln ls md5sum
mkdir mv printenv printf pwd readlink realpath rm rmdir sed seq sha256sum sleep sort stat tail tee test touch tr true uname uniq wc whoami xargs yes`)

const debianPasswd = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`

func glibcBase(release string, withProcps bool) fsb {
	b := fsb{}
	b.dir(linuxDirs...)
	b.dir("/usr/lib", "/usr/local/bin", "/usr/share", "/opt", "/srv", "/mnt", "/media", "/run", "/var/run")
	b.bins("/usr/bin", "busybox", coreutils...)
	b.bins("/bin", "busybox", coreutils...)
	b.bins("/usr/bin", "busybox", "mount") // util-linux's mount is Essential in every distribution
	b.bins("/bin", "busybox", "mount")
	b.mode("/bin/bash", Binary("bash"), 0o755).mode("/bin/sh", Binary("sh"), 0o755)
	b.mode("/usr/bin/bash", Binary("bash"), 0o755).mode("/usr/bin/sh", Binary("sh"), 0o755)
	if withProcps {
		b.bins("/usr/bin", "busybox", "ps", "free", "top", "uptime", "pkill")
	}
	b.file("/etc/passwd", debianPasswd).file("/etc/group", "root:x:0:\ndaemon:x:1:\nwww-data:x:33:\nnogroup:x:65534:\n")
	b.file("/etc/os-release", release)
	b.file("/root/.bashrc", "# ~/.bashrc: executed by bash(1) for non-login shells.\n")
	return b
}

const bookworm = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`

func debianBase() fsb {
	return glibcBase(bookworm, false).file("/etc/debian_version", "12.8\n").progs("/usr/bin", "apt-get", "apt")
}

func debianFS() []File { return debianBase().list() }

func ubuntuFS() []File {
	return glibcBase(osRelease("Ubuntu 24.04.1 LTS", "Ubuntu", "ubuntu", "24.04.1 LTS (Noble Numbat)", "24.04",
		"ID_LIKE=debian\nHOME_URL=\"https://www.ubuntu.com/\"\nVERSION_CODENAME=noble\nUBUNTU_CODENAME=noble\n"), true).progs("/usr/bin", "apt-get", "apt").list()
}

func centosFS() []File {
	return glibcBase(osRelease("CentOS Stream 9", "CentOS Stream", `"centos"`, "9", "9", "ID_LIKE=\"rhel fedora\"\nPLATFORM_ID=\"platform:el9\"\n"), true).list()
}

func fedoraFS() []File {
	return glibcBase(osRelease("Fedora Linux 41 (Container Image)", "Fedora Linux", "fedora", "41 (Container Image)", "41", "VARIANT=\"Container Image\"\n"), false).list()
}

func pythonFS() []File {
	return debianBase().progs("/usr/local/bin", "python3").mode("/usr/local/bin/python", Binary("python3"), 0o755).
		bins("/usr/bin", "busybox", "wget").list()
}

func perlFS() []File {
	return debianBase().progs("/usr/local/bin", "perl").bins("/usr/bin", "busybox", "wget").list()
}
