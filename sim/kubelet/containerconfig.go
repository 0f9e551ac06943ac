package kubelet

import (
	"errors"
	"fmt"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

// envSources is what env, volume and downward API files read.
func (pw *podWorker) envSources() EnvSources {
	src := EnvSources{Pod: pw.pod, PodIP: pw.ip, HostIP: pw.hostIP, NodeName: pw.node, SeenAt: pw.seenAt,
		ConfigMaps: map[string]api.ConfigMap{}, Secrets: map[string]api.Secret{}, NodeAllocatable: pw.nodeAllocatable()}
	for _, cm := range pw.k.objs.ConfigMaps {
		if namespaceOrDefault(cm.Namespace) == pw.ns {
			src.ConfigMaps[cm.Name] = cm
		}
	}
	for _, s := range pw.k.objs.Secrets {
		if namespaceOrDefault(s.Namespace) == pw.ns {
			src.Secrets[s.Name] = s
		}
	}
	return src
}

func namespaceOrDefault(ns string) string {
	if ns == "" {
		return "default"
	}
	return ns
}

// containerConfig is generateContainerConfig (kuberuntime_container.go):
// the environment, the argv with $(VAR) expanded over the image's
// ENTRYPOINT/CMD, the mounts and limits. An error is a
// CreateContainerConfigError.
func (pw *podWorker) containerConfig(c *ctr) (sim.ContainerConfig, error) {
	env, err := MakeEnvironmentVariables(pw.envSources(), c.spec)
	if err != nil {
		return sim.ContainerConfig{}, err
	}
	img, _ := pw.k.opts.Images(c.spec.Image)
	command, args := ExpandContainerCommandAndArgs(c.spec, env)
	argv, err := ProcessArgs(command, args, img.Entrypoint, img.Cmd)
	if err != nil {
		return sim.ContainerConfig{}, err
	}
	hostname, _ := GeneratePodHostNameAndDomain(pw.pod)
	cfg := sim.ContainerConfig{Pod: pw.name, Name: c.spec.Name, Image: c.spec.Image, Command: argv,
		Env: ContainerEnv(hostname, img.Env, env), WorkingDir: c.spec.WorkingDir,
		TTY: c.spec.TTY, Stdin: c.spec.Stdin}
	if cfg.WorkingDir == "" {
		cfg.WorkingDir = img.WorkingDir
	}
	for _, m := range c.spec.VolumeMounts {
		cfg.Mounts = append(cfg.Mounts, sim.Mount{Volume: m.Name, Path: m.MountPath, SubPath: m.SubPath, ReadOnly: m.ReadOnly})
	}
	if q, ok := c.spec.Resources.Limits["memory"]; ok {
		cfg.MemoryLimit = q.Value()
	}
	if q, ok := c.spec.Resources.Limits["cpu"]; ok {
		cfg.CPULimitMilli = q.MilliValue()
	}
	return cfg, nil
}

// volumeConfigs resolves the Pod's volumes; a *MountError for the first
// one that cannot be set up.
func (pw *podWorker) volumeConfigs() ([]sim.VolumeConfig, error) {
	src := pw.envSources()
	var out []sim.VolumeConfig
	for _, v := range pw.pod.Spec.Volumes {
		files, err := VolumeFiles(src, v)
		if err != nil {
			return nil, err
		}
		out = append(out, volumeConfig(v, files))
	}
	return out, nil
}

func volumeConfig(v api.Volume, files []sim.VolumeFile) sim.VolumeConfig {
	vc := sim.VolumeConfig{Name: v.Name, Kind: "emptyDir", Files: files}
	switch s := v.VolumeSource; {
	case s.EmptyDir != nil:
		vc.Memory = s.EmptyDir.Medium == "Memory"
		if s.EmptyDir.SizeLimit != nil {
			vc.SizeLimit = s.EmptyDir.SizeLimit.Value()
		}
	case s.HostPath != nil:
		vc.Kind, vc.HostPath = "hostPath", s.HostPath.Path
	case s.ConfigMap != nil:
		vc.Kind, vc.ReadOnly = "configMap", true
	case s.Secret != nil:
		vc.Kind, vc.ReadOnly = "secret", true
	case s.DownwardAPI != nil:
		vc.Kind, vc.ReadOnly = "downwardAPI", true
	case s.Projected != nil:
		vc.Kind, vc.ReadOnly = "projected", true
	case s.PersistentVolumeClaim != nil:
		vc.Kind = "persistentVolumeClaim"
	}
	return vc
}

// mountVolumes is volumeManager.WaitForAttachAndMount: the sync fails
// while a volume cannot be set up. The first failure starts the volume
// reconciler's retries (see mountRetry).
func (pw *podWorker) mountVolumes() bool {
	if pw.volumes {
		return true
	}
	vols, err := pw.volumeConfigs()
	if err != nil {
		if pw.mountTries == 0 {
			pw.mountRetry(err)
		}
		return false
	}
	pw.vols, pw.volumes = vols, true
	return true
}

// mountRetry is the operation executor retrying a failed SetUp with
// exponential back-off (nestedpendingoperations: 500 ms doubling to
// 2m2s), a FailedMount event each time, until the volume mounts.
func (pw *podWorker) mountRetry(err error) {
	var me *MountError
	msg := err.Error()
	if !errors.As(err, &me) {
		msg = "MountVolume.SetUp failed: " + msg
	}
	pw.k.event(sim.EventWarning, "FailedMount", pw.object(), "", msg)
	d := min(500*time.Millisecond<<min(pw.mountTries, 8), 122*time.Second)
	pw.mountTries++
	pw.k.after(d, func() {
		if !pw.active() || pw.terminated || pw.volumes {
			return
		}
		if _, err := pw.volumeConfigs(); err != nil {
			pw.mountRetry(err)
			return
		}
		pw.requestSync() // mounted: the waiting sync can go on
	})
}

// sandboxConfig is what RunPodSandbox needs.
func (pw *podWorker) sandboxConfig() sim.SandboxConfig {
	hostname, _ := GeneratePodHostNameAndDomain(pw.pod)
	spec := &pw.pod.Spec
	return sim.SandboxConfig{Pod: pw.name, Namespace: pw.ns, UID: pw.uid, Hostname: hostname, IP: pw.ip,
		HostNetwork: spec.HostNetwork, SharePIDs: spec.ShareProcessNamespace != nil && *spec.ShareProcessNamespace,
		Hosts: EtcHosts(pw.pod, []string{pw.ip}), ResolvConf: ResolvConf(GetPodDNS(pw.pod)), Volumes: pw.vols}
}

// nodeAllocatable is the allocatable cpu and memory of the Pod's node
// (what an unset limit reads as through resourceFieldRef).
func (pw *podWorker) nodeAllocatable() map[string]api.Quantity {
	for _, n := range clusterNodes(pw.k.objs) {
		if n.Name == pw.node {
			return map[string]api.Quantity{
				"cpu":    api.Quantity(fmt.Sprintf("%dm", n.Allocatable.MilliCPU)),
				"memory": api.Quantity(fmt.Sprint(n.Allocatable.Memory)),
			}
		}
	}
	return nil
}
