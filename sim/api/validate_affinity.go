package api

import "strings"

// validateNodeAffinity is validateAffinity's node part (validateNodeAffinity,
// ValidateNodeSelector, ValidatePreferredSchedulingTerms). Pod
// (anti-)affinity terms are kept as written and not checked here.
func validateNodeAffinity(a *Affinity, path string) fieldErrors {
	if a == nil || a.NodeAffinity == nil {
		return nil
	}
	na, p := a.NodeAffinity, child(child(path, "affinity"), "nodeAffinity")
	var errs fieldErrors
	if na.Required != nil {
		errs = append(errs, validateNodeSelector(na.Required, child(p, "requiredDuringSchedulingIgnoredDuringExecution"))...)
	}
	for i, t := range na.Preferred {
		tp := index(child(p, "preferredDuringSchedulingIgnoredDuringExecution"), i)
		if t.Weight <= 0 || t.Weight > 100 {
			errs = append(errs, invalid(child(tp, "weight"), t.Weight, "must be in the range 1-100"))
		}
		errs = append(errs, validateNodeSelectorTerm(t.Preference, child(tp, "preference"))...)
	}
	return errs
}

// validateNodeSelector is ValidateNodeSelector.
func validateNodeSelector(ns *NodeSelector, path string) fieldErrors {
	tp := child(path, "nodeSelectorTerms")
	if len(ns.NodeSelectorTerms) == 0 {
		return fieldErrors{required(tp, "must have at least one node selector term")}
	}
	var errs fieldErrors
	for i, t := range ns.NodeSelectorTerms {
		errs = append(errs, validateNodeSelectorTerm(t, index(tp, i))...)
	}
	return errs
}

// validateNodeSelectorTerm is ValidateNodeSelectorTerm.
func validateNodeSelectorTerm(t NodeSelectorTerm, path string) fieldErrors {
	var errs fieldErrors
	for j, r := range t.MatchExpressions {
		errs = append(errs, validateNodeSelectorRequirement(r, index(child(path, "matchExpressions"), j))...)
	}
	for j, r := range t.MatchFields {
		errs = append(errs, validateNodeFieldSelectorRequirement(r, index(child(path, "matchFields"), j))...)
	}
	return errs
}

// validateNodeSelectorRequirement is ValidateNodeSelectorRequirement.
func validateNodeSelectorRequirement(r NodeSelectorRequirement, path string) fieldErrors {
	var errs fieldErrors
	vp := child(path, "values")
	switch r.Operator {
	case "In", "NotIn":
		if len(r.Values) == 0 {
			errs = append(errs, required(vp, "must be specified when `operator` is 'In' or 'NotIn'"))
		}
	case "Exists", "DoesNotExist":
		if len(r.Values) > 0 {
			errs = append(errs, forbidden(vp, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
		}
	case "Gt", "Lt":
		if len(r.Values) != 1 {
			errs = append(errs, required(vp, "must be specified single value when `operator` is 'Lt' or 'Gt'"))
		}
	default:
		errs = append(errs, invalid(child(path, "operator"), r.Operator, "not a valid selector operator"))
	}
	errs = append(errs, invalidAll(child(path, "key"), r.Key, isQualifiedName(r.Key))...)
	for i, v := range r.Values {
		errs = append(errs, invalidAll(index(vp, i), v, isValidLabelValue(v))...)
	}
	return errs
}

// validateNodeFieldSelectorRequirement is
// ValidateNodeFieldSelectorRequirement: only metadata.name, In or NotIn,
// one value.
func validateNodeFieldSelectorRequirement(r NodeSelectorRequirement, path string) fieldErrors {
	var errs fieldErrors
	switch r.Operator {
	case "In", "NotIn":
		if len(r.Values) != 1 {
			errs = append(errs, required(child(path, "values"), "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"))
		}
	default:
		errs = append(errs, invalid(child(path, "operator"), r.Operator, "not a valid selector operator"))
	}
	if r.Key != "metadata.name" {
		return append(errs, invalid(child(path, "key"), r.Key, "not a valid field selector key"))
	}
	for i, v := range r.Values {
		errs = append(errs, invalidAll(index(child(path, "values"), i), v, isDNS1123Subdomain(v))...)
	}
	return errs
}

// validateNodeTaints is validateNodeTaints: a qualified key, a label
// value, an effect, unique by key and effect.
func validateNodeTaints(taints []Taint, path string) fieldErrors {
	var errs fieldErrors
	seen := map[string]bool{}
	for i, t := range taints {
		p := index(path, i)
		errs = append(errs, invalidAll(child(p, "key"), t.Key, isQualifiedName(t.Key))...)
		if msgs := isValidLabelValue(t.Value); len(msgs) > 0 {
			errs = append(errs, invalid(child(p, "value"), t.Value, strings.Join(msgs, ";")))
		}
		switch t.Effect {
		case "NoSchedule", "PreferNoSchedule", "NoExecute":
		case "":
			errs = append(errs, required(child(p, "effect"), ""))
		default:
			errs = append(errs, notSupported(child(p, "effect"), t.Effect, "NoSchedule", "PreferNoSchedule", "NoExecute"))
		}
		if k := t.Key + ":" + t.Effect; seen[k] {
			errs = append(errs, fieldError{p, "Duplicate value: " + quote(k) + ": taints must be unique by key and effect pair"})
		} else {
			seen[k] = true
		}
	}
	return errs
}

// validateNode is ValidateNode for the modelled fields.
func validateNode(n *Node) fieldErrors {
	errs := validateObjectMeta(&n.ObjectMeta, false)
	return append(errs, validateNodeTaints(n.Spec.Taints, "spec.taints")...)
}
