package kubelet

import (
	"fmt"

	"github.com/podlab/podlab/sim"
)

// podIP is the Pod's address in its node's Pod CIDR (10.244.N.0/24, as
// kubeadm with flannel hands them out), deterministic by Pod index.
func podIP(nodeIdx, podIndex int) string {
	return fmt.Sprintf("10.244.%d.%d", nodeIdx, 2+podIndex)
}

// doBackOff is kuberuntime_manager.go doBackOff: the newest exited instance
// in the sync's starting status decides; Next is called only when not in
// back-off.
func (pw *podWorker) doBackOff(r *syncRun, c *ctr) *reasonEntry {
	ex := r.exited[c]
	if ex == nil {
		return nil
	}
	key := c.spec.Name // GetStableKey: the spec hash never changes here
	if pw.crashBackOff.IsInBackOffSince(key, ex.finishedAt, pw.k.now) {
		pw.k.event(sim.EventWarning, "BackOff", pw.object(), c.spec.Name,
			fmt.Sprintf("Back-off restarting failed container %s in pod %s", c.spec.Name, pw.podRef()))
		return &reasonEntry{reasonCrashLoopBackOff, fmt.Sprintf("back-off %v restarting failed container=%s pod=%s",
			pw.crashBackOff.Get(key), c.spec.Name, pw.podRef())}
	}
	pw.crashBackOff.Next(key, ex.finishedAt, pw.k.now)
	return nil
}

// startContainer is kuberuntime_container.go startContainer (with the
// back-off check SyncPod's start() does first): pull, create, start,
// postStart.
func (pw *podWorker) startContainer(r *syncRun, c *ctr, done func(*reasonEntry)) {
	if err := pw.doBackOff(r, c); err != nil {
		done(err)
		return
	}
	pw.ensureImageExists(c, func(err *reasonEntry) {
		if r.aborted {
			return
		}
		if err != nil {
			pw.k.event(sim.EventWarning, "Failed", pw.object(), c.spec.Name, "Error: "+err.reason)
			done(err)
			return
		}
		pw.createAndStart(r, c, done)
	})
}

// createAndStart creates the container, starts it and runs its postStart
// hook; the container counts as running only once the hook returned.
func (pw *podWorker) createAndStart(r *syncRun, c *ctr, done func(*reasonEntry)) {
	k := pw.k
	cfg, err := pw.containerConfig(c)
	if err != nil {
		k.event(sim.EventWarning, "Failed", pw.object(), c.spec.Name, "Error: "+err.Error())
		done(&reasonEntry{reasonCreateConfigError, err.Error()})
		return
	}
	if err := k.rt.CreateContainer(cfg); err != nil {
		k.event(sim.EventWarning, "Failed", pw.object(), c.spec.Name, "Error: "+err.Error())
		done(&reasonEntry{reasonCreateError, err.Error()})
		return
	}
	k.event(sim.EventNormal, "Created", pw.object(), c.spec.Name, "Created container: "+c.spec.Name)
	in := pw.newInstance(c)
	ok := pw.runMain(c, in)
	pw.plegEvent()
	if !ok {
		in.visible = true
		msg := "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: " + in.message + ": unknown"
		k.event(sim.EventWarning, "Failed", pw.object(), c.spec.Name, "Error: "+msg)
		done(&reasonEntry{reasonRunContainerError, msg})
		return
	}
	h := c.spec.Lifecycle
	if h == nil || h.PostStart == nil {
		in.visible = true
		done(nil)
		return
	}
	pw.runHook(c, h.PostStart, nil, func(msg string, ok bool) {
		if r.aborted {
			in.visible = true
			return
		}
		pw.postStartDone(c, in, msg, ok, done)
	})
}

// postStartDone handles the hook's outcome: a failure kills the container
// (FailedPostStartHook) and fails its start with PostStartHookError.
func (pw *podWorker) postStartDone(c *ctr, in *instance, msg string, ok bool, done func(*reasonEntry)) {
	in.visible = true
	if ok {
		done(nil)
		return
	}
	pw.k.event(sim.EventWarning, "FailedPostStartHook", pw.object(), c.spec.Name, "PostStartHook failed")
	pw.killContainer(c, "FailedPostStartHook", reasonFailedPostStartHook, nil, nil, func() {
		done(&reasonEntry{reasonPostStartHookError, msg})
	})
}

// newInstance records a new container instance; its restart count is the
// previous instance's plus one.
func (pw *podWorker) newInstance(c *ctr) *instance {
	pw.instSeq++
	in := &instance{id: pw.instSeq, state: stateRunning, startedAt: pw.k.now}
	if c.cur != nil {
		in.restartCount = c.cur.restartCount + 1
	}
	c.cur = in
	c.hist = append(c.hist, in)
	return in
}

// runMain starts the container's main process and follows it to its exit.
// It reports false when the runtime could not start it (StartError, exit
// 128: the command does not exist), the Started event otherwise.
func (pw *podWorker) runMain(c *ctr, in *instance) bool {
	k := pw.k
	r := &procRun{pod: pw.name}
	r.onOutput = func(o sim.Output) {
		for _, line := range in.logs.write(o.Stream, o.Data) {
			pw.log(c, in, o.Stream, line)
		}
	}
	r.onExit = func(y sim.Yield) { pw.containerExited(c, in, y) }
	in.proc = r
	r.p = k.rt.StartContainer(pw.name, c.spec.Name, k.now)
	if r.p == nil {
		pw.containerExited(c, in, sim.Yield{Exited: true, Code: 128, Reason: "StartError", Message: "exec: no process"})
		return false
	}
	y := r.p.Resume(k.now)
	if y.Exited && y.Reason == "StartError" {
		r.done = true
		pw.containerExited(c, in, y)
		return false
	}
	k.event(sim.EventNormal, "Started", pw.object(), c.spec.Name, "Started container "+c.spec.Name)
	k.handleYield(r, y)
	return true
}

func (pw *podWorker) log(c *ctr, in *instance, s sim.Stream, line string) {
	pw.k.tl.Logs = append(pw.k.tl.Logs, sim.LogLine{At: pw.k.now, Pod: pw.name, Container: c.spec.Name,
		Attempt: in.restartCount, Stream: s, Text: line})
}

// containerExited records the exit of the main process: the runtime says
// Completed, Error (or OOMKilled), the next relist tells the kubelet.
func (pw *podWorker) containerExited(c *ctr, in *instance, y sim.Yield) {
	for _, s := range []sim.Stream{sim.Stdout, sim.Stderr} {
		if line, ok := in.logs.flush(s); ok {
			pw.log(c, in, s, line)
		}
	}
	in.state, in.finishedAt, in.exitCode, in.signal = stateExited, pw.k.now, y.Code, int(y.Signal)
	in.reason = y.Reason
	if in.reason == "" {
		in.reason = reasonError
		if y.Code == 0 {
			in.reason = reasonCompleted
		}
	}
	in.message = y.Message
	if in.message == "" {
		in.message = pw.terminationMessage(c, in)
	}
	waiters := in.onExit
	in.onExit = nil
	for _, f := range waiters {
		f()
	}
	if pw.active() {
		pw.plegEvent()
	}
}

// fileReader is the optional runtime method that reads a file as a
// container sees it (the shell has it).
type fileReader interface {
	ReadFile(pod, container, path string) (string, error)
}

// maxTerminationMessage is kubecontainer.MaxContainerTerminationMessageLength.
const maxTerminationMessage = 4096

// terminationMessage is kuberuntime's getTerminationMessage: the file at
// terminationMessagePath (at most 4096 bytes), or, under the
// FallbackToLogsOnError policy when that is empty and the container
// failed, the tail of its log (80 lines, 2048 bytes).
func (pw *podWorker) terminationMessage(c *ctr, in *instance) string {
	path := c.spec.TerminationMessagePath
	if path == "" {
		path = "/dev/termination-log"
	}
	if fr, ok := pw.k.rt.(fileReader); ok {
		if msg, err := fr.ReadFile(pw.name, c.spec.Name, path); err == nil && msg != "" {
			return msg[:min(len(msg), maxTerminationMessage)]
		}
	}
	if c.spec.TerminationMessagePolicy != "FallbackToLogsOnError" || in.exitCode == 0 {
		return ""
	}
	return pw.logTail(c, in)
}

// logTail is the last 80 lines (at most 2048 bytes) of the instance's log.
func (pw *podWorker) logTail(c *ctr, in *instance) string {
	var lines []string
	for _, l := range pw.k.tl.Logs {
		if l.Pod == pw.name && l.Container == c.spec.Name && l.Attempt == in.restartCount {
			lines = append(lines, l.Text)
		}
	}
	if len(lines) > 80 {
		lines = lines[len(lines)-80:]
	}
	msg := ""
	for _, l := range lines {
		msg += l + "\n"
	}
	if len(msg) > 2048 {
		msg = msg[len(msg)-2048:]
	}
	return msg
}
