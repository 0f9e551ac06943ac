package api

import "strings"

// containerSet is what every container's validation needs from the Pod:
// the volumes that validated (ValidateVolumes' map) and the grace period
// a sleep hook is checked against.
type containerSet struct {
	volumes     map[string]bool
	gracePeriod *int64
}

// validateContainers is ValidatePodSpec's validateContainers then
// validateInitContainers: at least one container; names unique within
// containers, and init containers' names unique against both lists (the
// duplicate is reported on the init container); host ports unique among
// the regular containers and within each init container, which run one
// at a time (checkHostPortConflicts).
func validateContainers(s *PodSpec, set containerSet, path string) fieldErrors {
	errs := validateRegularContainers(s.Containers, set, child(path, "containers"))
	return append(errs, validateInitContainers(s.InitContainers, s.Containers, set, child(path, "initContainers"))...)
}

// validateRegularContainers is validateContainers.
func validateRegularContainers(cs []Container, set containerSet, path string) fieldErrors {
	if len(cs) == 0 {
		return fieldErrors{required(path, "")}
	}
	var errs fieldErrors
	names := map[string]bool{}
	for i := range cs {
		c, p := &cs[i], index(path, i)
		errs = append(errs, validateContainerCommon(c, set, p)...)
		if names[c.Name] {
			errs = append(errs, duplicate(child(p, "name"), c.Name))
		}
		names[c.Name] = true
		errs = append(errs, validateProbesAndHooks(c, set.gracePeriod, p)...)
		if c.RestartPolicy != nil {
			errs = append(errs, forbidden(child(p, "restartPolicy"), "may not be set for non-init containers"))
		}
	}
	return append(errs, checkHostPortConflicts(cs, path, 0)...)
}

// validateInitContainers is validateInitContainers: restartPolicy may
// only be Always (a sidecar, validateInitContainerRestartPolicy); a
// sidecar's probes and hooks are checked like a regular container's, a
// regular init container may have none.
func validateInitContainers(cs, regular []Container, set containerSet, path string) fieldErrors {
	var errs fieldErrors
	names := map[string]bool{}
	for _, c := range regular {
		names[c.Name] = true
	}
	for i := range cs {
		c, p := &cs[i], index(path, i)
		errs = append(errs, validateContainerCommon(c, set, p)...)
		if c.RestartPolicy != nil && *c.RestartPolicy != RestartAlways {
			errs = append(errs, notSupported(child(p, "restartPolicy"), string(*c.RestartPolicy), "Always"))
		}
		if names[c.Name] {
			errs = append(errs, duplicate(child(p, "name"), c.Name))
		} else if c.Name != "" {
			names[c.Name] = true
		}
		errs = append(errs, checkHostPortConflicts(cs[i:i+1], path, i)...)
		if c.RestartPolicy != nil && *c.RestartPolicy == RestartAlways {
			errs = append(errs, validateProbesAndHooks(c, set.gracePeriod, p)...)
		} else {
			errs = append(errs, forbidInitContainerProbes(c, p)...)
		}
	}
	return errs
}

// forbidInitContainerProbes: "These fields are disallowed for init
// containers" (validateInitContainers).
func forbidInitContainerProbes(c *Container, path string) fieldErrors {
	const msg = "may not be set for init containers without restartPolicy=Always"
	var errs fieldErrors
	if c.Lifecycle != nil {
		errs = append(errs, forbidden(child(path, "lifecycle"), msg))
	}
	if c.LivenessProbe != nil {
		errs = append(errs, forbidden(child(path, "livenessProbe"), msg))
	}
	if c.ReadinessProbe != nil {
		errs = append(errs, forbidden(child(path, "readinessProbe"), msg))
	}
	if c.StartupProbe != nil {
		errs = append(errs, forbidden(child(path, "startupProbe"), msg))
	}
	return errs
}

// validateContainerCommon is validateContainerCommon (name, image,
// termination message policy, ports, env, mounts, pull policy,
// resources) plus validateContainerOnlyForPod (no blanks around the
// image).
func validateContainerCommon(c *Container, set containerSet, path string) fieldErrors {
	var errs fieldErrors
	if c.Name == "" {
		errs = append(errs, required(child(path, "name"), ""))
	} else {
		errs = append(errs, invalidAll(child(path, "name"), c.Name, isDNS1123Label(c.Name))...)
	}
	if c.Image == "" {
		errs = append(errs, required(child(path, "image"), ""))
	} else if strings.TrimSpace(c.Image) != c.Image {
		errs = append(errs, invalid(child(path, "image"), c.Image, "must not have leading or trailing whitespace"))
	}
	errs = append(errs, validateTerminationMessagePolicy(c.TerminationMessagePolicy, child(path, "terminationMessagePolicy"))...)
	errs = append(errs, validateContainerPorts(c.Ports, child(path, "ports"))...)
	errs = append(errs, validateEnv(c.Env, child(path, "env"))...)
	errs = append(errs, validateEnvFrom(c.EnvFrom, child(path, "envFrom"))...)
	errs = append(errs, validateVolumeMounts(c.VolumeMounts, set.volumes, child(path, "volumeMounts"))...)
	errs = append(errs, validatePullPolicy(c.ImagePullPolicy, child(path, "imagePullPolicy"))...)
	return append(errs, validateResources(&c.Resources, child(path, "resources"))...)
}

func validatePullPolicy(p PullPolicy, path string) fieldErrors {
	switch p {
	case PullAlways, PullIfNotPresent, PullNever:
		return nil
	case "":
		return fieldErrors{required(path, "")}
	}
	return fieldErrors{notSupported(path, string(p), "Always", "IfNotPresent", "Never")}
}

func validateTerminationMessagePolicy(p, path string) fieldErrors {
	switch p {
	case "File", "FallbackToLogsOnError":
		return nil
	case "":
		return fieldErrors{required(path, "")}
	}
	return fieldErrors{notSupported(path, p, "File", "FallbackToLogsOnError")}
}

// validateContainerPorts is validateContainerPorts: a containerPort is
// required and in range, a hostPort in range, names valid and unique,
// protocol supported.
func validateContainerPorts(ports []ContainerPort, path string) fieldErrors {
	var errs fieldErrors
	names := map[string]bool{}
	for i, port := range ports {
		p := index(path, i)
		if port.Name != "" {
			if msgs := isValidPortName(port.Name); len(msgs) > 0 {
				errs = append(errs, invalidAll(child(p, "name"), port.Name, msgs)...)
			} else if names[port.Name] {
				errs = append(errs, duplicate(child(p, "name"), port.Name))
			}
			names[port.Name] = true
		}
		if port.ContainerPort == 0 {
			errs = append(errs, required(child(p, "containerPort"), ""))
		} else {
			errs = append(errs, invalidAll(child(p, "containerPort"), port.ContainerPort, isValidPortNum(port.ContainerPort))...)
		}
		if port.HostPort != 0 {
			errs = append(errs, invalidAll(child(p, "hostPort"), port.HostPort, isValidPortNum(port.HostPort))...)
		}
		errs = append(errs, validateProtocol(port.Protocol, child(p, "protocol"))...)
	}
	return errs
}

func validateProtocol(proto, path string) fieldErrors {
	switch proto {
	case "TCP", "UDP", "SCTP":
		return nil
	case "":
		return fieldErrors{required(path, "")}
	}
	return fieldErrors{notSupported(path, proto, "SCTP", "TCP", "UDP")}
}

// checkHostPortConflicts is checkHostPortConflicts and
// AccumulateUniqueHostPorts: a protocol/hostIP/hostPort triple may appear
// once among cs (which start at index first of the list at path).
func checkHostPortConflicts(cs []Container, path string, first int) fieldErrors {
	var errs fieldErrors
	seen := map[string]bool{}
	for i, c := range cs {
		for j, port := range c.Ports {
			if port.HostPort == 0 {
				continue
			}
			k := port.Protocol + "/" + port.HostIP + "/" + itoa32(port.HostPort)
			if seen[k] {
				errs = append(errs, duplicate(child(index(child(index(path, first+i), "ports"), j), "hostPort"), k))
			}
			seen[k] = true
		}
	}
	return errs
}
