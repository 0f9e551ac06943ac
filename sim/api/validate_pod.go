package api

import "strings"

// validatePodSpec is ValidatePodSpec for the fields Podlab models.
func validatePodSpec(s *PodSpec, path string) fieldErrors {
	volumes, errs := validateVolumes(s.Volumes, child(path, "volumes"))
	errs = append(errs, validateContainers(s, containerSet{volumes, s.TerminationGracePeriodSeconds}, path)...)
	errs = append(errs, validateRestartPolicy(s.RestartPolicy, child(path, "restartPolicy"))...)
	errs = append(errs, validateDNSPolicy(s, path)...)
	errs = append(errs, validateGracePeriods(s, path)...)
	errs = append(errs, validateNodeSelectorLabels(s.NodeSelector, child(path, "nodeSelector"))...)
	errs = append(errs, validateTolerations(s.Tolerations, child(path, "tolerations"))...)
	errs = append(errs, validateNodeAffinity(s.Affinity, path)...)
	if s.NodeName != "" {
		errs = append(errs, invalidAll(child(path, "nodeName"), s.NodeName, isDNS1123Subdomain(s.NodeName))...)
	}
	if s.ServiceAccountName != "" {
		errs = append(errs, invalidAll(child(path, "serviceAccountName"), s.ServiceAccountName, isDNS1123Subdomain(s.ServiceAccountName))...)
	}
	if s.Hostname != "" {
		errs = append(errs, invalidAll(child(path, "hostname"), s.Hostname, isDNS1123Label(s.Hostname))...)
	}
	if s.Subdomain != "" {
		errs = append(errs, invalidAll(child(path, "subdomain"), s.Subdomain, isDNS1123Label(s.Subdomain))...)
	}
	return errs
}

// validateRestartPolicy is validateRestartPolicy. The supported values
// are listed in the order validation.go declares them (older API servers
// sorted them: "Always", "Never", "OnFailure").
func validateRestartPolicy(p RestartPolicy, path string) fieldErrors {
	switch p {
	case RestartAlways, RestartOnFailure, RestartNever:
		return nil
	case "":
		return fieldErrors{required(path, "")}
	}
	return fieldErrors{notSupported(path, string(p), "Always", "OnFailure", "Never")}
}

// validateDNSPolicy is validateDNSPolicy, and validatePodDNSConfig's rule
// that dnsPolicy None needs a dnsConfig.
func validateDNSPolicy(s *PodSpec, path string) fieldErrors {
	p := child(path, "dnsPolicy")
	switch s.DNSPolicy {
	case DNSClusterFirst, DNSClusterFirstWithHostNet, DNSDefault:
	case DNSNone:
		// validatePodDNSConfig
		if s.DNSConfig == nil {
			return fieldErrors{required(child(path, "dnsConfig"), "must provide `dnsConfig` when `dnsPolicy` is None")}
		}
		if len(s.DNSConfig.Nameservers) == 0 {
			return fieldErrors{required(child(path, "dnsConfig.nameservers"), "must provide at least one DNS nameserver when `dnsPolicy` is None")}
		}
	case "":
		return fieldErrors{required(p, "")}
	default:
		return fieldErrors{notSupported(p, string(s.DNSPolicy), "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None")}
	}
	return nil
}

// validateGracePeriods is ValidatePodSpec's: terminationGracePeriodSeconds
// is required (Default sets it, and turns a negative one into 1, so no
// sign check exists), activeDeadlineSeconds must be in 1..MaxInt32.
func validateGracePeriods(s *PodSpec, path string) fieldErrors {
	var errs fieldErrors
	if s.TerminationGracePeriodSeconds == nil {
		errs = append(errs, required(child(path, "terminationGracePeriodSeconds"), ""))
	}
	if d := s.ActiveDeadlineSeconds; d != nil && (*d < 1 || *d > 1<<31-1) {
		errs = append(errs, invalid(child(path, "activeDeadlineSeconds"), *d, "must be between 1 and 2147483647, inclusive"))
	}
	return errs
}

// validateNodeSelectorLabels is ValidatePodSpec's check of nodeSelector
// (unversionedvalidation.ValidateLabels).
func validateNodeSelectorLabels(sel map[string]string, path string) fieldErrors {
	return validateLabels(sel, path)
}

// validateTolerations is ValidateTolerations.
func validateTolerations(ts []Toleration, path string) fieldErrors {
	var errs fieldErrors
	for i, t := range ts {
		p := index(path, i)
		if t.Key != "" {
			errs = append(errs, invalidAll(child(p, "key"), t.Key, isQualifiedName(t.Key))...)
		}
		if t.Key == "" && t.Operator != "Exists" {
			errs = append(errs, invalid(child(p, "operator"), t.Operator, "operator must be Exists when `key` is empty, which means \"match all values and all keys\""))
		}
		if t.TolerationSeconds != nil && t.Effect != "NoExecute" {
			errs = append(errs, invalid(child(p, "effect"), t.Effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"))
		}
		errs = append(errs, validateTolerationOperator(t, p)...)
		if t.Effect != "" && t.Effect != "NoSchedule" && t.Effect != "PreferNoSchedule" && t.Effect != "NoExecute" {
			errs = append(errs, notSupported(child(p, "effect"), t.Effect, "NoSchedule", "PreferNoSchedule", "NoExecute"))
		}
	}
	return errs
}

func validateTolerationOperator(t Toleration, p string) fieldErrors {
	switch t.Operator {
	case "", "Equal":
		// the path is the operator's and the messages are joined, as
		// ValidateTolerations does
		if errs := isValidLabelValue(t.Value); len(errs) > 0 {
			return fieldErrors{invalid(child(p, "operator"), t.Value, strings.Join(errs, ";"))}
		}
		return nil
	case "Exists":
		if t.Value != "" {
			return fieldErrors{invalid(child(p, "operator"), t.Value, "value must be empty when `operator` is 'Exists'")}
		}
		return nil
	case "Lt", "Gt":
		// numeric comparison (TaintTolerationComparisonOperators), in the
		// v1.37 API and its docs
		return nil
	}
	return fieldErrors{notSupported(child(p, "operator"), t.Operator, "Equal", "Exists")}
}
