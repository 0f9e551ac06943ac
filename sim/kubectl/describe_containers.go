package kubectl

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/images"
)

// describeContainers mirrors describe.go describeContainers: per container
// its basic info, command, state, resources, probes, env and mounts.
func describeContainers(w prefixWriter, label string, cs []api.Container, v PodView) {
	w.Write(level0, "%s:\n", label)
	for _, c := range cs {
		st, ok := containerStatus(v.Status, c.Name)
		ok = ok && v.Status.Node != "" // no kubelet has reported on an unscheduled Pod
		describeContainerBasicInfo(w, c, st, ok, v)
		describeContainerCommand(w, c)
		if ok {
			describeContainerState(w, st)
		}
		describeResources(w, c.Resources)
		describeContainerProbe(w, c)
		if len(c.EnvFrom) > 0 {
			describeContainerEnvFrom(w, c)
		}
		describeContainerEnvVars(w, c, v)
		describeContainerVolumes(w, append([]api.VolumeMount{}, c.VolumeMounts...))
	}
}

func containerStatus(st sim.PodStatus, name string) (sim.ContainerStatus, bool) {
	for _, c := range st.Containers {
		if c.Name == name {
			return c, true
		}
	}
	return sim.ContainerStatus{}, false
}

func describeContainerBasicInfo(w prefixWriter, c api.Container, st sim.ContainerStatus, ok bool, v PodView) {
	w.Write(level1, "%v:\n", c.Name)
	if ok {
		w.Write(level2, "Container ID:\t%s\n", containerID(v.Pod, st))
	}
	w.Write(level2, "Image:\t%s\n", c.Image)
	if ok {
		w.Write(level2, "Image ID:\t%s\n", imageID(c.Image, st))
	}
	ports, hostPorts := containerPorts(c.Ports)
	if strings.Contains(ports, ",") {
		w.Write(level2, "Ports:\t%s\n", ports)
	} else {
		w.Write(level2, "Port:\t%s\n", orNone(ports))
	}
	if strings.Contains(hostPorts, ",") {
		w.Write(level2, "Host Ports:\t%s\n", hostPorts)
	} else {
		w.Write(level2, "Host Port:\t%s\n", orNone(hostPorts))
	}
}

// hasInstance tells whether the runtime ever created the container: only
// then do containerID and imageID have values.
func hasInstance(st sim.ContainerStatus) bool {
	return st.State != sim.Waiting || st.LastState != nil || st.RestartCount > 0
}

// containerID is a stable stand-in for the runtime's container ID:
// containerd://<64 hex>, derived from the Pod, container and attempt.
func containerID(p *api.Pod, st sim.ContainerStatus) string {
	if !hasInstance(st) {
		return ""
	}
	return "containerd://" + hexHash(fmt.Sprintf("%s/%s/%s/%d", namespace(p), p.Name, st.Name, st.RestartCount))
}

// imageID is repo@sha256:digest of the pulled image.
func imageID(ref string, st sim.ContainerStatus) string {
	if !hasInstance(st) {
		return ""
	}
	name := ref
	if img, ok := images.Lookup(ref); ok && img.Canonical != "" {
		name = img.Canonical
	}
	if i := strings.LastIndex(name, ":"); i > strings.LastIndex(name, "/") {
		name = name[:i]
	}
	return name + "@sha256:" + hexHash(name)
}

func hexHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// containerPorts are describeContainerPorts and describeContainerHostPorts.
func containerPorts(ps []api.ContainerPort) (ports, hostPorts string) {
	var a, b []string
	for _, p := range ps {
		proto := p.Protocol
		if proto == "" {
			proto = "TCP" // SetDefaults_ContainerPort
		}
		a = append(a, fmt.Sprintf("%d/%s", p.ContainerPort, proto))
		b = append(b, fmt.Sprintf("%d/%s", p.HostPort, proto))
	}
	return strings.Join(a, ", "), strings.Join(b, ", ")
}

func describeContainerCommand(w prefixWriter, c api.Container) {
	writeLines := func(title string, xs []string) {
		if len(xs) == 0 {
			return
		}
		w.Write(level2, "%s:\n", title)
		for _, x := range xs {
			for _, s := range strings.Split(x, "\n") {
				w.Write(level3, "%s\n", s)
			}
		}
	}
	writeLines("Command", c.Command)
	writeLines("Args", c.Args)
}

func describeContainerState(w prefixWriter, st sim.ContainerStatus) {
	describeState(w, "State", st)
	if st.LastState != nil {
		describeTermination(w, "Last State", *st.LastState)
	}
	w.Write(level2, "Ready:\t%v\n", printBool(st.Ready))
	w.Write(level2, "Restart Count:\t%d\n", st.RestartCount)
}

// describeState mirrors describe.go describeStatus.
func describeState(w prefixWriter, title string, st sim.ContainerStatus) {
	switch st.State {
	case sim.Running:
		w.Write(level2, "%s:\tRunning\n", title)
		w.Write(level3, "Started:\t%v\n", timestamp(st.StartedAt))
	case sim.Terminated:
		code := 0
		if st.ExitCode != nil {
			code = *st.ExitCode
		}
		describeTermination(w, title, sim.Termination{ExitCode: code, Signal: st.Signal, Reason: st.Reason,
			Message: st.Message, StartedAt: st.StartedAt, FinishedAt: st.FinishedAt})
	default:
		w.Write(level2, "%s:\tWaiting\n", title)
		if st.Reason != "" {
			w.Write(level3, "Reason:\t%s\n", st.Reason)
		}
	}
}

func describeTermination(w prefixWriter, title string, t sim.Termination) {
	w.Write(level2, "%s:\tTerminated\n", title)
	if t.Reason != "" {
		w.Write(level3, "Reason:\t%s\n", t.Reason)
	}
	if t.Message != "" {
		w.Write(level3, "Message:\t%s\n", t.Message)
	}
	w.Write(level3, "Exit Code:\t%d\n", t.ExitCode)
	// No Signal line: describe prints state.terminated.signal when it is
	// set, but the kubelet never sets it (convertToAPIContainerStatuses
	// copies exit code, reason, message and times from the CRI status,
	// which has no signal), so a SIGKILLed container shows Exit Code 137.
	w.Write(level3, "Started:\t%s\n", timestamp(t.StartedAt))
	w.Write(level3, "Finished:\t%s\n", timestamp(t.FinishedAt))
}

func printBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// describeResources mirrors describe.go describeResources: Limits then
// Requests, resource names sorted.
func describeResources(w prefixWriter, r api.ResourceRequirements) {
	write := func(title string, m map[string]api.Quantity) {
		if len(m) == 0 {
			return
		}
		w.Write(level2, "%s:\n", title)
		names := make([]string, 0, len(m))
		for n := range m {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			w.Write(level3, "%s:\t%s\n", n, string(m[n]))
		}
	}
	write("Limits", r.Limits)
	write("Requests", r.Requests)
}

func describeContainerProbe(w prefixWriter, c api.Container) {
	if c.LivenessProbe != nil {
		w.Write(level2, "Liveness:\t%s\n", DescribeProbe(c.LivenessProbe))
	}
	if c.ReadinessProbe != nil {
		w.Write(level2, "Readiness:\t%s\n", DescribeProbe(c.ReadinessProbe))
	}
	if c.StartupProbe != nil {
		w.Write(level2, "Startup:\t%s\n", DescribeProbe(c.StartupProbe))
	}
}

// DescribeProbe mirrors describe.go DescribeProbe. Unset timings print
// with the API server's defaults (SetDefaults_Probe), as a stored Pod has.
func DescribeProbe(p *api.Probe) string {
	d := func(v, def int32) int32 {
		if v == 0 {
			return def
		}
		return v
	}
	attrs := fmt.Sprintf("delay=%ds timeout=%ds period=%ds #success=%d #failure=%d", p.InitialDelaySeconds,
		d(p.TimeoutSeconds, 1), d(p.PeriodSeconds, 10), d(p.SuccessThreshold, 1), d(p.FailureThreshold, 3))
	switch {
	case p.Exec != nil:
		return fmt.Sprintf("exec %v %s", p.Exec.Command, attrs)
	case p.HTTPGet != nil:
		return fmt.Sprintf("http-get %s %s", httpGetURL(p.HTTPGet), attrs)
	case p.TCPSocket != nil:
		return fmt.Sprintf("tcp-socket %s:%s %s", p.TCPSocket.Host, p.TCPSocket.Port.String(), attrs)
	case p.GRPC != nil:
		service := ""
		if p.GRPC.Service != nil {
			service = *p.GRPC.Service
		}
		return fmt.Sprintf("grpc <pod>:%d %s %s", p.GRPC.Port, service, attrs)
	}
	return fmt.Sprintf("unknown %s", attrs)
}

func httpGetURL(h *api.HTTPGetAction) string {
	scheme := h.Scheme
	if scheme == "" {
		scheme = "HTTP" // SetDefaults_HTTPGetAction
	}
	path := h.Path
	if path == "" {
		path = "/"
	}
	u := &url.URL{Scheme: strings.ToLower(scheme), Path: path}
	if port := h.Port.String(); port != "" {
		u.Host = net.JoinHostPort(h.Host, port)
	} else {
		u.Host = h.Host
	}
	return u.String()
}

// describeContainerEnvFrom mirrors describe.go describeContainerEnvFrom.
func describeContainerEnvFrom(w prefixWriter, c api.Container) {
	w.Write(level2, "Environment Variables from:\n")
	for _, e := range c.EnvFrom {
		from, name, optional := "", "", false
		if e.ConfigMapRef != nil {
			from, name, optional = "ConfigMap", e.ConfigMapRef.Name, isTrue(e.ConfigMapRef.Optional)
		} else if e.SecretRef != nil {
			from, name, optional = "Secret", e.SecretRef.Name, isTrue(e.SecretRef.Optional)
		}
		if e.Prefix == "" {
			w.Write(level3, "%s\t%s\tOptional: %t\n", name, from, optional)
		} else {
			w.Write(level3, "%s\t%s with prefix '%s'\tOptional: %t\n", name, from, e.Prefix, optional)
		}
	}
}

func isTrue(b *bool) bool { return b != nil && *b }

// describeContainerEnvVars mirrors describe.go describeContainerEnvVars.
func describeContainerEnvVars(w prefixWriter, c api.Container, v PodView) {
	if len(c.Env) == 0 {
		w.Write(level2, "Environment:\t<none>\n")
		return
	}
	w.Write(level2, "Environment:\n")
	for _, e := range c.Env {
		if e.ValueFrom == nil {
			for i, s := range strings.Split(e.Value, "\n") {
				if i == 0 {
					w.Write(level3, "%s:\t%s\n", e.Name, s)
				} else {
					w.Write(level3, "\t%s\n", s)
				}
			}
			continue
		}
		describeEnvValueFrom(w, c, e, v)
	}
}

func describeEnvValueFrom(w prefixWriter, c api.Container, e api.EnvVar, v PodView) {
	from := e.ValueFrom
	value := ""
	if v.EnvValue != nil && (from.FieldRef != nil || from.ResourceFieldRef != nil) {
		value = v.EnvValue(c, e)
	}
	switch {
	case from.FieldRef != nil:
		apiVersion := from.FieldRef.APIVersion
		if apiVersion == "" {
			apiVersion = "v1" // SetDefaults_ObjectFieldSelector
		}
		w.Write(level3, "%s:\t%s (%s:%s)\n", e.Name, value, apiVersion, from.FieldRef.FieldPath)
	case from.ResourceFieldRef != nil:
		res := from.ResourceFieldRef.Resource
		if value == "0" && (res == "limits.cpu" || res == "limits.memory") {
			value = "node allocatable"
		}
		w.Write(level3, "%s:\t%s (%s)\n", e.Name, value, res)
	case from.SecretKeyRef != nil:
		r := from.SecretKeyRef
		w.Write(level3, "%s:\t<set to the key '%s' in secret '%s'>\tOptional: %t\n", e.Name, r.Key, r.Name, isTrue(r.Optional))
	case from.ConfigMapKeyRef != nil:
		r := from.ConfigMapKeyRef
		w.Write(level3, "%s:\t<set to the key '%s' of config map '%s'>\tOptional: %t\n", e.Name, r.Key, r.Name, isTrue(r.Optional))
	}
}

// describeContainerVolumes mirrors describe.go describeContainerVolumes:
// mounts sorted by path, "(ro)"/"(rw)" and the subPath.
func describeContainerVolumes(w prefixWriter, mounts []api.VolumeMount) {
	if len(mounts) == 0 {
		w.Write(level2, "Mounts:\t<none>\n")
		return
	}
	w.Write(level2, "Mounts:\n")
	sort.SliceStable(mounts, func(i, j int) bool { return mounts[i].MountPath < mounts[j].MountPath })
	for _, m := range mounts {
		flags := []string{"rw"}
		if m.ReadOnly {
			flags[0] = "ro"
		}
		if m.SubPath != "" {
			flags = append(flags, fmt.Sprintf("path=%q", m.SubPath))
		}
		w.Write(level3, "%s from %s (%s)\n", m.MountPath, m.Name, strings.Join(flags, ","))
	}
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }
