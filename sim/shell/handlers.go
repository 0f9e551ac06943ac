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
	if idx, ok := strings.CutPrefix(name, streamPipePrefix); ok && s.streams[idx] != nil {
		return pipeWriter{s.streams[idx]}, nil
	}
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
	if err := s.e.c.fs.canCreate(abs); err != nil {
		msg := errText(err)
		if msg == "No such file or directory" {
			msg = "nonexistent directory"
		}
		return nil, &os.PathError{Op: "sh: can't create", Path: name, Err: errString(msg)}
	}
	w := &fileWriter{e: s.e, t: t, abs: abs, appendTo: appendTo}
	t.writers = append(t.writers, w)
	return w, nil
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

// fileWriter buffers a redirection's writes and puts them into the file
// when it is closed or when its task parks: no other process can run
// before either, so nobody sees the difference, and a loop writing a file
// costs one filesystem write per iteration.
type fileWriter struct {
	e        *cmdEnv
	t        *task
	abs      string
	appendTo bool
	buf      []byte
	flushed  bool
	closed   bool
}

func (w *fileWriter) Read([]byte) (int, error) { return 0, io.EOF }

func (w *fileWriter) Write(b []byte) (int, error) {
	w.buf = append(w.buf, b...)
	return len(b), nil
}

// flush writes the buffer (the first flush truncates unless appending).
func (w *fileWriter) flush() error {
	if w.flushed && len(w.buf) == 0 {
		return nil
	}
	err := w.e.c.fs.writeFile(w.abs, w.buf, w.appendTo || w.flushed, 0, w.t.p.wall())
	w.e.charge(w.abs, int64(len(w.buf)))
	w.buf, w.flushed = w.buf[:0], true
	return err
}

func (w *fileWriter) Close() error {
	if w.closed {
		return nil
	}
	w.closed = true
	whole := !w.appendTo && !w.flushed
	data := append([]byte(nil), w.buf...)
	err := w.flush()
	for i, o := range w.t.writers {
		if o == w {
			w.t.writers = append(w.t.writers[:i], w.t.writers[i+1:]...)
			break
		}
	}
	if err != nil {
		return &os.PathError{Op: "write", Path: w.abs, Err: err}
	}
	if whole {
		w.e.recordData(w.abs, data) // the file is exactly what was written
	} else {
		w.e.recordWrite(w.abs)
	}
	return nil
}

// recordWrite reports a file's new content to the timeline.
func (e *cmdEnv) recordWrite(abs string) {
	data, err := e.c.fs.readFile(abs)
	if err != nil {
		return
	}
	e.recordData(abs, data)
}

func (e *cmdEnv) recordData(abs string, data []byte) {
	fc := e.c.fileChange(abs, sim.FileWrite, data, int64(len(data)))
	fc.At = e.t.p.now
	e.t.p.files = append(e.t.p.files, fc)
}

func (e *cmdEnv) recordOp(abs string, op sim.FileOp) {
	fc := e.c.fileChange(abs, op, nil, 0)
	fc.At = e.t.p.now
	e.t.p.files = append(e.t.p.files, fc)
}

// stat serves test's -e, -f, -d, -L/-h (followSymlinks false) and cd.
func (s *shell) stat(ctx context.Context, name string, followSymlinks bool) (fs.FileInfo, error) {
	abs := s.abs(ctx, name)
	if fi, ok := deviceInfo(abs); ok {
		return fi, nil
	}
	stat := s.e.c.fs.stat
	if !followSymlinks {
		stat = s.e.c.fs.lstat
	}
	fi, err := stat(abs)
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
