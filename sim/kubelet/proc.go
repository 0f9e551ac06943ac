package kubelet

import (
	"strings"

	"github.com/podlab/podlab/sim"
)

// procRun drives one sim.Process on the virtual clock: it resumes the
// process when it asked to wake, and hands what it wrote and its exit to
// the callbacks. gen invalidates a pending wake-up once a signal or another
// resume has superseded it.
type procRun struct {
	p        sim.Process
	pod      string
	gen      int
	done     bool
	code     int
	signal   sim.Signal
	reason   string
	onOutput func(sim.Output)
	onExit   func(sim.Yield)
}

// startProc runs p until it first blocks or exits.
func (k *Kubelet) startProc(r *procRun) {
	if r.p == nil {
		r.done, r.code = true, 127
		if r.onExit != nil {
			r.onExit(sim.Yield{Exited: true, Code: 127})
		}
		return
	}
	k.handleYield(r, r.p.Resume(k.now))
}

// handleYield records what the process did and schedules its next wake-up.
func (k *Kubelet) handleYield(r *procRun, y sim.Yield) {
	if r.done {
		return
	}
	for _, o := range y.Output {
		if r.onOutput != nil {
			r.onOutput(o)
		}
	}
	k.recordFiles(r.pod, y.Files)
	if pw := k.pod(r.pod); pw != nil {
		pw.portsFollow()
	}
	if y.Note != "" {
		k.tl.Notes = append(k.tl.Notes, sim.Note{At: k.now, Pod: r.pod, Message: y.Note})
	}
	if y.Exited {
		r.done, r.code, r.signal, r.reason = true, y.Code, y.Signal, y.Reason
		if r.onExit != nil {
			r.onExit(y)
		}
		return
	}
	r.gen++
	if y.Sleep == sim.Forever {
		return
	}
	g := r.gen
	k.after(y.Sleep, func() {
		if !r.done && r.gen == g {
			k.handleYield(r, r.p.Resume(k.now))
		}
	})
}

// signalProc delivers sig now.
func (k *Kubelet) signalProc(r *procRun, sig sim.Signal) {
	if r == nil || r.done || r.p == nil {
		return
	}
	k.handleYield(r, r.p.Signal(sig, k.now))
}

func (k *Kubelet) recordFiles(pod string, files []sim.FileChange) {
	for _, f := range files {
		if f.Pod == "" {
			f.Pod = pod
		}
		if f.At == 0 || f.At < k.now {
			f.At = k.now
		}
		k.tl.Files = append(k.tl.Files, f)
	}
}

// lineBuffer splits a container's output into log lines, keeping a
// partial last line until the next write or the end of the process.
type lineBuffer struct {
	partial [2]strings.Builder // stdout, stderr
}

func streamIndex(s sim.Stream) int {
	if s == sim.Stderr {
		return 1
	}
	return 0
}

// write returns the complete lines in data, with what came before it.
func (b *lineBuffer) write(s sim.Stream, data string) []string {
	buf := &b.partial[streamIndex(s)]
	var lines []string
	for {
		i := strings.IndexByte(data, '\n')
		if i < 0 {
			buf.WriteString(data)
			return lines
		}
		buf.WriteString(data[:i])
		lines = append(lines, buf.String())
		buf.Reset()
		data = data[i+1:]
	}
}

// flush returns the partial line of s, if any.
func (b *lineBuffer) flush(s sim.Stream) (string, bool) {
	buf := &b.partial[streamIndex(s)]
	if buf.Len() == 0 {
		return "", false
	}
	line := buf.String()
	buf.Reset()
	return line, true
}
