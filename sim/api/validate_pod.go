package api

// validatePodSpec is ValidatePodSpec for the fields Podlab models.
func validatePodSpec(s *PodSpec, path string) fieldErrors {
	volumes, errs := validateVolumes(s.Volumes, child(path, "volumes"))
	errs = append(errs, validateContainers(s, volumes, path)...)
	errs = append(errs, validateRestartPolicy(s.RestartPolicy, child(path, "restartPolicy"))...)
	errs = append(errs, validateDNSPolicy(s, path)...)
	errs = append(errs, validateGracePeriods(s, path)...)
	errs = append(errs, validateNodeSelectorLabels(s.NodeSelector, child(path, "nodeSelector"))...)
	errs = append(errs, validateTolerations(s.Tolerations, child(path, "tolerations"))...)
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

// validateRestartPolicy is validateRestartPolicy.
func validateRestartPolicy(p RestartPolicy, path string) fieldErrors {
	switch p {
	case RestartAlways, RestartOnFailure, RestartNever:
		return nil
	case "":
		return fieldErrors{required(path, "")}
	}
	return fieldErrors{notSupported(path, string(p), "Always", "Never", "OnFailure")}
}

// validateDNSPolicy is validateDNSPolicy, and validatePodDNSConfig's rule
// that dnsPolicy None needs a dnsConfig.
func validateDNSPolicy(s *PodSpec, path string) fieldErrors {
	p := child(path, "dnsPolicy")
	switch s.DNSPolicy {
	case DNSClusterFirst, DNSClusterFirstWithHostNet, DNSDefault:
	case DNSNone:
		if s.DNSConfig == nil {
			return fieldErrors{required(child(path, "dnsConfig"), "must provide `dnsConfig` when `dnsPolicy` is None")}
		}
	case "":
		return fieldErrors{required(p, "")}
	default:
		return fieldErrors{notSupported(p, string(s.DNSPolicy), "ClusterFirst", "ClusterFirstWithHostNet", "Default", "None")}
	}
	return nil
}

// validateGracePeriods: terminationGracePeriodSeconds must not be
// negative (ValidatePodSpec; Default turns a negative one into 1 first,
// as the API server does), activeDeadlineSeconds must be positive
// (validateActiveDeadlineSeconds).
func validateGracePeriods(s *PodSpec, path string) fieldErrors {
	var errs fieldErrors
	if g := s.TerminationGracePeriodSeconds; g != nil {
		errs = append(errs, validateNonNegative(child(path, "terminationGracePeriodSeconds"), *g)...)
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
			errs = append(errs, notSupported(child(p, "effect"), t.Effect, "NoExecute", "NoSchedule", "PreferNoSchedule"))
		}
	}
	return errs
}

func validateTolerationOperator(t Toleration, p string) fieldErrors {
	switch t.Operator {
	case "", "Equal":
		return invalidAll(child(p, "value"), t.Value, isValidLabelValue(t.Value))
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
	return fieldErrors{notSupported(child(p, "operator"), t.Operator, "Equal", "Exists", "Gt", "Lt")}
}
