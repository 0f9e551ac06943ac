// Package kubelet is Podlab's kubelet engine: a (time, seq) event queue and
// the kubelet's rules, each a small pure function named after the kubelet
// function it mirrors (computePodActions, computeInitContainerActions,
// doBackOff, ShouldContainerBeRestarted, getPhase, the status generators,
// printPod, the prober worker's doProbe), driving a sim.Runtime the way the
// real kubelet drives the CRI. It also plays the control plane's small
// parts: the API server (creation, graceful deletion), the scheduler (via
// sim/scheduler) and the node lifecycle controller (NodeLostAt).
//
// Timing model. Virtual time is a time.Duration since the Pods were
// created; nothing reads a clock. The pod worker is modelled as the real
// one (pkg/kubelet/pod_workers.go): one sync at a time; a sync requested
// while another runs is run right after it; a sync blocks while it creates
// the sandbox (1 s), pulls an image (the catalogue's pull time), runs a
// postStart hook or kills a container (grace period). Syncs are triggered
// by PLEG relists (on whole seconds, after a container or sandbox started
// or exited), by probe result changes, and by requeues: 10 s after a sync
// that failed (back-off, image pull error...) and 60 s after one that did
// not. The real kubelet jitters these requeues (wait.Jitter 0.5: 10-15 s
// and 60-90 s); here they are exact unless Options.Rand is set. So every
// crash-loop gap is "back-off + 1 s" (the relist) and, while in back-off,
// the kubelet looks again every 10 s, as kubelets up to v1.34 do (issue
// kubernetes#123602; v1.35 requeues at the back-off's end instead).
// The status is generated at the start of each sync from the state found
// then (kubelet.go SyncPod: it describes what the previous sync did), and
// also when a readiness or startup result changes (the status manager's
// SetContainerReadiness/SetContainerStartup). A container being started
// (postStart running) is not shown until its start completed.
//
// Not modelled: spec changes of a running Pod (container "definition
// changed" restarts, in-place resize), ephemeral containers, sandbox
// re-creation (node reboot; init containers never re-run), eviction under
// node pressure, image garbage collection and serialized pulls across
// Pods, the PLEG cache lag (a sync sees an exit at once), probe retries on
// errors (maxProbeRetries), HTTP probe timeouts and redirects
// (ProbeWarning), readiness-gate conditions (nothing sets them), event
// aggregation ("x5 over 2m" is the printer's), and a lost node's containers
// (they stop being reported; nothing more happens to them).
//
// Kubelet is not safe for concurrent use.
package kubelet
