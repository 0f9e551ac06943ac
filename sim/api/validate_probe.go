package api

import "strconv"

// validateProbesAndHooks is the probe and lifecycle part of
// validateContainers (and of validateInitContainers for sidecars): liveness
// and startup probes need successThreshold 1 (validateLivenessProbe,
// validateStartupProbe); a readiness probe may not set
// terminationGracePeriodSeconds (validateReadinessProbe).
func validateProbesAndHooks(c *Container, gracePeriod *int64, path string) fieldErrors {
	var errs fieldErrors
	if c.Lifecycle != nil {
		errs = append(errs, validateLifecycle(c.Lifecycle, gracePeriod, child(path, "lifecycle"))...)
	}
	if p := c.LivenessProbe; p != nil {
		lp := child(path, "livenessProbe")
		errs = append(errs, validateProbe(p, lp)...)
		errs = append(errs, validateSuccessThresholdOne(p, lp)...)
	}
	if p := c.ReadinessProbe; p != nil {
		rp := child(path, "readinessProbe")
		errs = append(errs, validateProbe(p, rp)...)
		if p.TerminationGracePeriodSeconds != nil {
			errs = append(errs, invalid(child(rp, "terminationGracePeriodSeconds"), *p.TerminationGracePeriodSeconds, "must not be set for readinessProbes"))
		}
	}
	if p := c.StartupProbe; p != nil {
		sp := child(path, "startupProbe")
		errs = append(errs, validateProbe(p, sp)...)
		errs = append(errs, validateSuccessThresholdOne(p, sp)...)
	}
	return errs
}

func validateSuccessThresholdOne(p *Probe, path string) fieldErrors {
	if p.SuccessThreshold != 1 {
		return fieldErrors{invalid(child(path, "successThreshold"), p.SuccessThreshold, "must be 1")}
	}
	return nil
}

// validateProbe is validateProbe: one handler, non-negative timings, a
// positive probe-level grace period.
func validateProbe(p *Probe, path string) fieldErrors {
	errs := validateHandlers(probeHandlers(&p.ProbeHandler), path)
	for _, n := range []struct {
		name string
		v    int32
	}{
		{"initialDelaySeconds", p.InitialDelaySeconds}, {"timeoutSeconds", p.TimeoutSeconds},
		{"periodSeconds", p.PeriodSeconds}, {"successThreshold", p.SuccessThreshold},
		{"failureThreshold", p.FailureThreshold},
	} {
		errs = append(errs, validateNonNegative(child(path, n.name), int64(n.v))...)
	}
	if g := p.TerminationGracePeriodSeconds; g != nil && *g <= 0 {
		errs = append(errs, invalid(child(path, "terminationGracePeriodSeconds"), *g, "must be greater than 0"))
	}
	return errs
}

// handler is one set handler of a probe or hook, by its field name.
type handler struct {
	name  string
	check func(path string) fieldErrors
}

func probeHandlers(h *ProbeHandler) []handler {
	var hs []handler
	if h.Exec != nil {
		hs = append(hs, handler{"exec", func(p string) fieldErrors { return validateExec(h.Exec, p) }})
	}
	if h.HTTPGet != nil {
		hs = append(hs, handler{"httpGet", func(p string) fieldErrors { return validateHTTPGet(h.HTTPGet, p) }})
	}
	if h.TCPSocket != nil {
		hs = append(hs, handler{"tcpSocket", func(p string) fieldErrors { return validatePortNumOrName(h.TCPSocket.Port, child(p, "port")) }})
	}
	if h.GRPC != nil {
		hs = append(hs, handler{"grpc", func(p string) fieldErrors {
			// ValidatePortNumOrName(intstr.FromInt32(...)) reports an int
			return invalidAll(child(p, "port"), int64(h.GRPC.Port), isValidPortNum(h.GRPC.Port))
		}})
	}
	return hs
}

// validateHandlers is validateHandler: exactly one handler type.
func validateHandlers(hs []handler, path string) fieldErrors {
	if len(hs) == 0 {
		return fieldErrors{required(path, "must specify a handler type")}
	}
	var errs fieldErrors
	for i, h := range hs {
		if i > 0 {
			errs = append(errs, forbidden(child(path, h.name), "may not specify more than 1 handler type"))
			continue
		}
		errs = append(errs, h.check(child(path, h.name))...)
	}
	return errs
}

func validateExec(e *ExecAction, path string) fieldErrors {
	if len(e.Command) == 0 {
		return fieldErrors{required(child(path, "command"), "")}
	}
	return nil
}

// validateHTTPGet is validateHTTPGetAction.
func validateHTTPGet(h *HTTPGetAction, path string) fieldErrors {
	var errs fieldErrors
	if h.Path == "" {
		errs = append(errs, required(child(path, "path"), ""))
	}
	errs = append(errs, validatePortNumOrName(h.Port, child(path, "port"))...)
	if h.Scheme != "HTTP" && h.Scheme != "HTTPS" {
		errs = append(errs, notSupported(child(path, "scheme"), h.Scheme, "HTTP", "HTTPS"))
	}
	for _, hdr := range h.HTTPHeaders {
		if !isHTTPHeaderName(hdr.Name) { // the path is the list's, as in validateHTTPGetAction
			errs = append(errs, invalid(child(path, "httpHeaders"), hdr.Name, "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')"))
		}
	}
	return errs
}

func isHTTPHeaderName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// validatePortNumOrName is ValidatePortNumOrName.
func validatePortNumOrName(port IntOrString, path string) fieldErrors {
	if port.IsString {
		if port.StrVal == "" {
			return fieldErrors{required(path, "")}
		}
		return invalidAll(path, port.StrVal, isValidPortName(port.StrVal))
	}
	return invalidAll(path, port.IntVal, isValidPortNum(port.IntVal))
}

// validateLifecycle is validateLifecycle: each hook has exactly one
// handler.
func validateLifecycle(l *Lifecycle, gracePeriod *int64, path string) fieldErrors {
	var errs fieldErrors
	if l.PostStart != nil {
		errs = append(errs, validateHandlers(hookHandlers(l.PostStart, gracePeriod), child(path, "postStart"))...)
	}
	if l.PreStop != nil {
		errs = append(errs, validateHandlers(hookHandlers(l.PreStop, gracePeriod), child(path, "preStop"))...)
	}
	return errs
}

func hookHandlers(h *LifecycleHandler, gracePeriod *int64) []handler {
	hs := probeHandlers(&ProbeHandler{Exec: h.Exec, HTTPGet: h.HTTPGet, TCPSocket: h.TCPSocket})
	if h.Sleep != nil {
		hs = append(hs, handler{"sleep", func(p string) fieldErrors { return validateSleepAction(h.Sleep, gracePeriod, p) }})
	}
	return hs
}

// validateSleepAction is validateSleepAction with
// PodLifecycleSleepActionAllowZero on (GA): 0 up to the grace period.
func validateSleepAction(s *SleepAction, gracePeriod *int64, path string) fieldErrors {
	if gracePeriod != nil && (s.Seconds < 0 || s.Seconds > *gracePeriod) {
		return fieldErrors{invalid(path, s.Seconds, "must be non-negative and less than terminationGracePeriodSeconds ("+strconv.FormatInt(*gracePeriod, 10)+")")}
	}
	return nil
}

func itoa32(i int32) string { return strconv.Itoa(int(i)) }
