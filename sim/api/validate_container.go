package api

// containerKind says which list a container is in; the rules differ.
type containerKind int

const (
	regularContainer containerKind = iota
	initContainer
)

// validateContainers is validateInitContainers and validateContainers:
// at least one container, names unique across both lists, each container
// valid, host ports not claimed twice.
func validateContainers(s *PodSpec, volumes map[string]bool, path string) fieldErrors {
	var errs fieldErrors
	if len(s.Containers) == 0 {
		errs = append(errs, required(child(path, "containers"), ""))
	}
	names := map[string]bool{}
	for i := range s.InitContainers {
		p := index(child(path, "initContainers"), i)
		errs = append(errs, validateContainer(&s.InitContainers[i], initContainer, volumes, names, p)...)
	}
	for i := range s.Containers {
		p := index(child(path, "containers"), i)
		errs = append(errs, validateContainer(&s.Containers[i], regularContainer, volumes, names, p)...)
	}
	return append(errs, validateHostPorts(s, path)...)
}

// validateContainer is validateContainerCommon plus the init- or
// regular-container rules.
func validateContainer(c *Container, kind containerKind, volumes, names map[string]bool, path string) fieldErrors {
	errs := validateContainerName(c.Name, names, child(path, "name"))
	if c.Image == "" {
		errs = append(errs, required(child(path, "image"), ""))
	}
	errs = append(errs, validatePullPolicy(c.ImagePullPolicy, child(path, "imagePullPolicy"))...)
	errs = append(errs, validateTerminationMessagePolicy(c.TerminationMessagePolicy, child(path, "terminationMessagePolicy"))...)
	errs = append(errs, validateContainerPorts(c.Ports, child(path, "ports"))...)
	errs = append(errs, validateEnv(c.Env, child(path, "env"))...)
	errs = append(errs, validateEnvFrom(c.EnvFrom, child(path, "envFrom"))...)
	errs = append(errs, validateVolumeMounts(c.VolumeMounts, volumes, child(path, "volumeMounts"))...)
	errs = append(errs, validateResources(&c.Resources, child(path, "resources"))...)
	if kind == initContainer {
		return append(errs, validateInitContainerRules(c, path)...)
	}
	return append(errs, validateRegularContainerRules(c, path)...)
}

// validateContainerName: required, a DNS-1123 label, unique across
// initContainers and containers (allNames in validateInitContainers).
func validateContainerName(name string, names map[string]bool, path string) fieldErrors {
	switch {
	case name == "":
		return fieldErrors{required(path, "")}
	case names[name]:
		return fieldErrors{duplicate(path, name)}
	}
	names[name] = true
	return invalidAll(path, name, isDNS1123Label(name))
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
	return fieldErrors{notSupported(path, p, "FallbackToLogsOnError", "File")}
}

// validateInitContainerRules: an init container may set restartPolicy
// only to Always (a sidecar); a regular (non-restartable) one may not
// have probes or lifecycle hooks; a sidecar's probes are checked as a
// regular container's.
func validateInitContainerRules(c *Container, path string) fieldErrors {
	var errs fieldErrors
	restartable := c.RestartPolicy != nil && *c.RestartPolicy == RestartAlways
	if c.RestartPolicy != nil && !restartable {
		errs = append(errs, notSupported(child(path, "restartPolicy"), string(*c.RestartPolicy), "Always"))
	}
	if restartable {
		return append(errs, validateProbesAndHooks(c, path)...)
	}
	const msg = "may not be set for init containers without restartPolicy=Always"
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

// validateRegularContainerRules: restartPolicy is for init containers
// only (without the alpha ContainerRestartRules gate).
func validateRegularContainerRules(c *Container, path string) fieldErrors {
	var errs fieldErrors
	if c.RestartPolicy != nil {
		errs = append(errs, forbidden(child(path, "restartPolicy"), "may not be set for non-init containers"))
	}
	return append(errs, validateProbesAndHooks(c, path)...)
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
			errs = append(errs, invalidAll(child(p, "name"), port.Name, isValidPortName(port.Name))...)
			if names[port.Name] {
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

// validateHostPorts is AccumulateUniqueHostPorts: one hostPort/protocol
// per Pod.
func validateHostPorts(s *PodSpec, path string) fieldErrors {
	var errs fieldErrors
	seen := map[string]bool{}
	check := func(cs []Container, list string) {
		for i, c := range cs {
			for j, port := range c.Ports {
				if port.HostPort == 0 {
					continue
				}
				k := itoa32(port.HostPort) + "/" + port.Protocol
				if seen[k] {
					errs = append(errs, duplicate(child(index(child(index(child(path, list), i), "ports"), j), "hostPort"), k))
				}
				seen[k] = true
			}
		}
	}
	check(s.InitContainers, "initContainers")
	check(s.Containers, "containers")
	return errs
}
