// Package kubelet is Podlab's kubelet engine: a (time, seq) event queue and
// the kubelet's rules, each a small pure function named after the kubelet
// function it mirrors (computePodActions, doBackOff, getPhase, printPod,
// ShouldContainerBeRestarted, the prober worker's doProbe...), driving a
// sim.Runtime the way the real kubelet drives the CRI.
//
// Timing model. Virtual time is a time.Duration since the Pods were
// created; nothing reads a clock. The pod worker is modelled as the real
// one (pkg/kubelet/pod_workers.go): one sync at a time, a sync requested
// while another runs is run right after it, a sync blocks while it pulls an
// image, runs a postStart hook or kills a container. Syncs are triggered by
// PLEG relists (every second, on whole seconds, after a container started or
// exited), by probe result changes, and by requeues: 10 s after a sync
// that failed (back-off, image pull error...) and 60 s after one that did
// not. The real kubelet jitters these requeues (wait.Jitter 0.5, so 10-15 s
// and 60-90 s); here they are exact unless Options.Rand is set, which makes
// every crash-loop gap "back-off + 1 s" (the PLEG relist) rather than
// "back-off + 0..15 s". The status is generated at the start of each sync
// from the state found then (kubelet.go SyncPod), and also when a readiness
// or startup result changes (status_manager SetContainerReadiness).
//
// Kubelet is not safe for concurrent use.
package kubelet
