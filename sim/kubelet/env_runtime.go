package kubelet

import "strings"

// ContainerEnv is the environment the container's process starts with, as
// containerd builds it (internal/cri/server container_create_linux.go
// containerSpec: oci.WithDefaultPathEnv, then HOSTNAME, then the image's
// Env, then the kubelet's variables; a later KEY replaces an earlier one in
// place, as oci.WithEnv does).
func ContainerEnv(hostname string, imageEnv []string, kubeletEnv []EnvVar) []string {
	env := []string{"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOSTNAME=" + hostname}
	env = replaceOrAppend(env, imageEnv...)
	for _, e := range kubeletEnv {
		env = replaceOrAppend(env, e.Name+"="+e.Value)
	}
	return env
}

// replaceOrAppend mirrors containerd's oci.replaceOrAppendEnvValues.
func replaceOrAppend(env []string, add ...string) []string {
	for _, kv := range add {
		k, _, _ := strings.Cut(kv, "=")
		found := false
		for i, old := range env {
			if ok, _, _ := strings.Cut(old, "="); ok == k {
				env[i], found = kv, true
				break
			}
		}
		if !found {
			env = append(env, kv)
		}
	}
	return env
}
