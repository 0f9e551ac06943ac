package shell

import (
	"fmt"
	"io"
	"io/fs"
	"strings"
	"time"
)

var errIsDir = fs.ErrInvalid

// device opens /dev/null, /dev/stdout and friends for a redirection.
func (e *cmdEnv) device(abs string) (io.ReadWriteCloser, bool) {
	switch abs {
	case "/dev/null":
		return nopCloser{nil}, true
	case "/dev/stdout", "/proc/self/fd/1", "/dev/fd/1":
		return nopCloser{e.stdout}, true
	case "/dev/stderr", "/proc/self/fd/2", "/dev/fd/2":
		return nopCloser{e.stderr}, true
	case "/dev/stdin", "/proc/self/fd/0", "/dev/fd/0":
		return nopCloser{e.stdin}, true
	case "/dev/zero", "/dev/urandom", "/dev/random", "/dev/tty", "/dev/console":
		data, _ := e.special(abs)
		return nopCloser{strings.NewReader(string(data))}, true
	}
	if data, ok := e.special(abs); ok {
		return nopCloser{strings.NewReader(string(data))}, true
	}
	return nil, false
}

// deviceInfo makes `[ -e /dev/null ]` true.
func deviceInfo(abs string) (fs.FileInfo, bool) {
	switch abs {
	case "/dev/null", "/dev/zero", "/dev/urandom", "/dev/random", "/dev/stdout", "/dev/stderr", "/dev/stdin", "/dev/tty":
		return devInfo(abs), true
	}
	return nil, false
}

type devInfo string

func (d devInfo) Name() string       { return string(d)[strings.LastIndex(string(d), "/")+1:] }
func (d devInfo) Size() int64        { return 0 }
func (d devInfo) Mode() fs.FileMode  { return fs.ModeDevice | fs.ModeCharDevice | 0o666 }
func (d devInfo) ModTime() time.Time { return time.Time{} }
func (d devInfo) IsDir() bool        { return false }
func (d devInfo) Sys() any           { return nil }

// special returns the content of a device or /proc file (bounded: a read
// of /dev/zero gives 64 KiB).
func (e *cmdEnv) special(abs string) ([]byte, bool) {
	switch abs {
	case "/dev/null", "/dev/tty", "/dev/console":
		return nil, true
	case "/dev/zero":
		return make([]byte, 64<<10), true
	case "/dev/urandom", "/dev/random":
		return e.c.pod.rt.randomBytes(4096), true
	case "/proc/meminfo":
		return []byte(e.c.meminfo()), true
	case "/proc/cpuinfo":
		return []byte("processor\t: 0\nmodel name\t: Podlab virtual CPU\n\nprocessor\t: 1\nmodel name\t: Podlab virtual CPU\n"), true
	case "/proc/version":
		return []byte("Linux version 6.8.0-podlab (builder@podlab) (gcc 12.2.0) #1 SMP PREEMPT_DYNAMIC\n"), true
	case "/proc/uptime":
		s := e.p().now.Seconds()
		return []byte(fmt.Sprintf("%.2f %.2f\n", s+3600, 2*(s+3600))), true
	case "/proc/loadavg":
		return []byte("0.08 0.03 0.01 1/120 42\n"), true
	case "/proc/1/cmdline", "/proc/self/cmdline":
		return []byte(strings.ReplaceAll(e.c.pids.cmdOf(1), " ", "\x00") + "\x00"), true
	case "/proc/net/tcp", "/proc/self/net/tcp":
		return []byte(e.procNetTCP(false)), true
	case "/proc/net/tcp6", "/proc/self/net/tcp6":
		return []byte(e.procNetTCP(true)), true
	case "/proc/mounts", "/proc/self/mounts":
		return []byte(e.c.mountsText()), true
	}
	return nil, false
}
