package shell

import (
	"bytes"
	"context"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"mvdan.cc/sh/v3/interp"

	"github.com/podlab/podlab/sim"
)

// The interp handlers: every file the shell touches is in the container's
// filesystem, never the host's.

func (s *shell) abs(ctx context.Context, name string) string {
	return abspath(interp.HandlerCtx(ctx).Dir, name)
}

// open serves redirections: `> f`, `>> f`, `< f`, /dev/null, the
// rewritten pipes.
func (s *shell) open(ctx context.Context, name string, flag int, perm os.FileMode) (io.ReadWriteCloser, error) {
	t := taskOf(ctx)
	if strings.HasPrefix(name, "/.pipe/") {
		return s.openPipe(name, flag), nil
	}
	abs := s.abs(ctx, name)
	if dev, ok := s.e.device(abs); ok {
		return dev, nil
	}
	write := flag&(syscall.O_WRONLY|syscall.O_RDWR) != 0
	if !write {
		data, err := s.e.c.fs.readFile(abs)
		if err != nil {
			return nil, &os.PathError{Op: "sh: can't open", Path: "'" + name + "'", Err: errString(errText(err))}
		}
		return nopCloser{bytes.NewReader(data)}, nil
	}
	appendTo := flag&syscall.O_APPEND != 0
	if err := s.e.c.fs.writeFile(abs, nil, appendTo, perm, t.p.wall()); err != nil {
		msg := errText(err)
		if msg == "No such file or directory" {
			msg = "nonexistent directory"
		}
		return nil, &os.PathError{Op: "sh: can't create", Path: name, Err: errString(msg)}
	}
	return &fileWriter{e: s.e, t: t, abs: abs}, nil
}

func (s *shell) openPipe(name string, flag int) io.ReadWriteCloser {
	if flag&(syscall.O_WRONLY|syscall.O_RDWR) != 0 {
		b := &pipeBuf{}
		s.pipes[name] = b
		return nopCloser{b}
	}
	b := s.pipes[name]
	delete(s.pipes, name)
	if b == nil {
		b = &pipeBuf{}
	}
	return nopCloser{bytes.NewReader(b.data)}
}

// errString is an error whose text is exactly the string (busybox's
// messages do not follow Go's "op path: err").
type errString string

func (e errString) Error() string { return string(e) }

type nopCloser struct{ rw any }

func (n nopCloser) Read(p []byte) (int, error) {
	if r, ok := n.rw.(io.Reader); ok {
		return r.Read(p)
	}
	return 0, io.EOF
}

func (n nopCloser) Write(p []byte) (int, error) {
	if w, ok := n.rw.(io.Writer); ok {
		return w.Write(p)
	}
	return len(p), nil
}

func (n nopCloser) Close() error { return nil }

// fileWriter appends each write to the file at once (another process may
// read it before this one closes it) and reports the change on Close.
type fileWriter struct {
	e       *cmdEnv
	t       *task
	abs     string
	written bool
}

func (w *fileWriter) Read([]byte) (int, error) { return 0, io.EOF }

func (w *fileWriter) Write(b []byte) (int, error) {
	if err := w.e.c.fs.writeFile(w.abs, b, true, 0, w.t.p.wall()); err != nil {
		return 0, err
	}
	w.e.c.charge(w.abs, int64(len(b)))
	w.written = true
	return len(b), nil
}

func (w *fileWriter) Close() error {
	w.e.recordWrite(w.abs)
	return nil
}

// recordWrite reports a file's new content to the timeline.
func (e *cmdEnv) recordWrite(abs string) {
	data, err := e.c.fs.readFile(abs)
	if err != nil {
		return
	}
	fc := e.c.fileChange(abs, sim.FileWrite, data, int64(len(data)))
	fc.At = e.t.p.now
	e.t.p.files = append(e.t.p.files, fc)
}

func (e *cmdEnv) recordOp(abs string, op sim.FileOp) {
	fc := e.c.fileChange(abs, op, nil, 0)
	fc.At = e.t.p.now
	e.t.p.files = append(e.t.p.files, fc)
}

func (s *shell) stat(ctx context.Context, name string, _ bool) (fs.FileInfo, error) {
	abs := s.abs(ctx, name)
	if fi, ok := deviceInfo(abs); ok {
		return fi, nil
	}
	fi, err := s.e.c.fs.stat(abs)
	if err != nil {
		return nil, &os.PathError{Op: "stat", Path: name, Err: err}
	}
	return fi, nil
}

func (s *shell) readDir(ctx context.Context, name string) ([]fs.DirEntry, error) {
	return s.e.c.fs.readDir(s.abs(ctx, name))
}

// access answers -r/-w/-x as root would: everything exists is readable
// and writable (unless mounted read-only), executable when a mode bit says.
func (s *shell) access(ctx context.Context, name string, mode interp.AccessMode) error {
	abs := s.abs(ctx, name)
	fi, err := s.e.c.fs.stat(abs)
	if err != nil {
		return &os.PathError{Op: "access", Path: name, Err: err}
	}
	if mode&interp.AccessWrite != 0 {
		if err := s.e.c.fs.writable(abs); err != nil {
			return &os.PathError{Op: "access", Path: name, Err: err}
		}
	}
	if mode&interp.AccessExec != 0 && fi.Mode()&0o111 == 0 {
		return &os.PathError{Op: "access", Path: name, Err: fs.ErrPermission}
	}
	return nil
}
