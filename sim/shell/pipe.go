package shell

import (
	"bytes"
	"io"
	"syscall"
)

// streamPipe is a pipeline's pipe between two tasks of one process, on
// the baton: `tail -f log | grep x` prints each match as the line is
// written, and `yes | head -n 1` ends, as with a kernel pipe
// (fs/pipe.c pipe_read, pipe_write). A reader finding it empty parks
// until the writer writes or closes; a writer finding it full parks until
// the reader reads; writing after the reader closed is SIGPIPE.
//
// Both ends are used only by tasks holding the baton, so no lock: the
// order of every read and write is the scheduler's.
type streamPipe struct {
	p       *proc
	buf     []byte
	wClosed bool
	rClosed bool
	reader  *task // parked in read, waiting for data
	writer  *task // parked in write, waiting for room
	source  *task // the task running the left side, for the right side to wait on
}

// sigpipe is SIGPIPE's number: a writer killed by it exits 141.
const sigpipe = 13

// pipeCapacity is a Linux pipe's default size (PIPE_DEF_BUFFERS pages).
const pipeCapacity = 64 << 10

func newStreamPipe(p *proc) *streamPipe { return &streamPipe{p: p} }

// wake lets a parked task run again at the current virtual time.
func (sp *streamPipe) wake(t *task) {
	if t != nil && !t.done && !t.queued {
		sp.p.schedule(t, sp.p.now)
	}
}

// write is pipe_write: it parks while the pipe is full and fails with
// EPIPE, killing the writer with SIGPIPE, once the reader is gone.
func (sp *streamPipe) write(b []byte) (int, error) {
	t := sp.p.cur
	for {
		if sp.rClosed {
			if t != nil {
				t.killCode = 128 + sigpipe
				t.kill()
			}
			return 0, syscall.EPIPE
		}
		if len(sp.buf) < pipeCapacity || t == nil {
			sp.buf = append(sp.buf, b...)
			sp.wake(sp.reader)
			return len(b), nil
		}
		sp.writer = t
		err := t.block()
		sp.writer = nil
		if err != nil {
			return 0, err
		}
	}
}

// read is pipe_read: it parks while the pipe is empty and the writer is
// still there, and returns io.EOF once it is empty and closed.
func (sp *streamPipe) read(t *task, b []byte) (int, error) {
	for len(sp.buf) == 0 {
		if sp.wClosed || t == nil {
			return 0, io.EOF
		}
		sp.reader = t
		err := t.block()
		sp.reader = nil
		if err != nil {
			return 0, err
		}
	}
	n := copy(b, sp.buf)
	sp.buf = sp.buf[n:]
	sp.wake(sp.writer)
	return n, nil
}

func (sp *streamPipe) closeWrite() {
	sp.wClosed = true
	sp.wake(sp.reader)
}

func (sp *streamPipe) closeRead() {
	sp.rClosed = true
	sp.buf = nil
	sp.wake(sp.writer)
}

// pipeWriter is the write end, the left side's stdout.
type pipeWriter struct{ sp *streamPipe }

func (w pipeWriter) Read([]byte) (int, error)    { return 0, io.EOF }
func (w pipeWriter) Write(b []byte) (int, error) { return w.sp.write(b) }
func (w pipeWriter) Close() error                { w.sp.closeWrite(); return nil }

// pipeReader is the read end, the right side's stdin; t is the task
// reading it.
type pipeReader struct {
	sp *streamPipe
	t  *task
}

func (r pipeReader) Read(b []byte) (int, error) { return r.sp.read(r.t, b) }

// drain reads everything until the writer closes: what a program that
// needs its whole input (sort, wc) or a shell script gets.
func (r pipeReader) drain() []byte {
	data, _ := io.ReadAll(r)
	return data
}

// eachLine hands the input on line by line as it arrives (the last one
// without its newline if the writer closed mid-line), until each returns
// false.
func (r pipeReader) eachLine(each func(line []byte) bool) {
	var pending []byte
	chunk := make([]byte, 4096)
	for {
		n, err := r.Read(chunk)
		pending = append(pending, chunk[:n]...)
		for {
			i := bytes.IndexByte(pending, '\n')
			if i < 0 {
				break
			}
			line := pending[:i+1]
			pending = pending[i+1:]
			if !each(line) {
				return
			}
		}
		if err != nil {
			if len(pending) > 0 {
				each(pending)
			}
			return
		}
	}
}
