package kubelet

import "time"

// Timings of the simulated cluster. Where Kubernetes has a constant, its
// value and source are given; the others are the simulator's choices for
// work a real cluster does in a few milliseconds to a second.
const (
	// schedulingLatency: the scheduler binds a new Pod at once.
	schedulingLatency = 0
	// sandboxStartup: RunPodSandbox (pause container, CNI) takes a second.
	sandboxStartup = time.Second
	// plegRelistPeriod: genericPlegRelistPeriod = time.Second * 1
	// (pkg/kubelet/kubelet.go); relists happen on whole seconds here.
	plegRelistPeriod = time.Second
	// backOffPeriod: the pod worker requeues a failed sync after
	// wait.Jitter(backOffPeriod, 0.5) (pkg/kubelet/pod_workers.go).
	backOffPeriod = 10 * time.Second
	// resyncInterval: a successful sync is requeued after
	// wait.Jitter(syncFrequency=1m, 0.5).
	resyncInterval = time.Minute
	// minimumGracePeriod: minimumGracePeriodInSeconds = 2
	// (kuberuntime_manager.go), the floor of a stop's grace period.
	minimumGracePeriod = 2 * time.Second
	// failedPullTime: how long resolving an image that does not exist takes.
	failedPullTime = time.Second
	// defaultPullTime: a catalogue image without a pull duration.
	defaultPullTime = 2 * time.Second
	// repullTime: pulling an image already on the node (policy Always)
	// only resolves its manifest.
	repullTime = 500 * time.Millisecond
	// nodeMonitorGracePeriod: kube-controller-manager
	// --node-monitor-grace-period, 50 s since v1.32 (was 40 s).
	nodeMonitorGracePeriod = 50 * time.Second
	// nodeMonitorPeriod: --node-monitor-period, 5 s.
	nodeMonitorPeriod = 5 * time.Second
	// defaultTolerationSeconds: the DefaultTolerationSeconds admission
	// plugin adds node.kubernetes.io/unreachable:NoExecute for 300 s.
	defaultTolerationSeconds = 300 * time.Second
	// maxExecTime bounds a kubectl exec on the virtual clock.
	maxExecTime = 5 * time.Minute
)

// nextTick is the first multiple of period strictly after t.
func nextTick(t, period time.Duration) time.Duration {
	return (t/period + 1) * period
}
