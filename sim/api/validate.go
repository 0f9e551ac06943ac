package api

import (
	"sort"
	"strings"
)

// Validate checks objs as the API server would on create
// (pkg/apis/core/validation/validation.go): field paths and messages are
// the API server's, and each Diagnostic carries the line and column of
// the offending field (or of its nearest written parent). The result is
// nil or an ErrorList in document order. Call it after Default, as the
// API server does.
func Validate(objs Objects) error {
	var all ErrorList
	add := func(kind string, i int, errs fieldErrors) {
		for _, e := range errs {
			if choiceMadeElsewhere(e, objs.unmodelled[ObjectRef{kind, i}]) {
				continue
			}
			p := objs.Position(ObjectRef{kind, i}, e.Path)
			all = append(all, Diagnostic{Line: p.Line, Col: p.Col, Field: e.Path, Message: e.Msg})
		}
	}
	for i := range objs.Pods {
		add("Pod", i, validatePod(&objs.Pods[i]))
		add("Pod", i, validateUnmodelledOnCreate(objs.unmodelled[ObjectRef{"Pod", i}]))
	}
	for i := range objs.ConfigMaps {
		add("ConfigMap", i, validateConfigMap(&objs.ConfigMaps[i]))
	}
	for i := range objs.Secrets {
		add("Secret", i, validateSecret(&objs.Secrets[i]))
	}
	for i := range objs.ServiceAccounts {
		add("ServiceAccount", i, validateObjectMeta(&objs.ServiceAccounts[i].ObjectMeta, true))
	}
	for i := range objs.Nodes {
		add("Node", i, validateNode(&objs.Nodes[i]))
	}
	if len(all) == 0 {
		return nil
	}
	sort.SliceStable(all, func(i, j int) bool {
		return all[i].Line < all[j].Line || all[i].Line == all[j].Line && all[i].Col < all[j].Col
	})
	return all
}

// validatePod is ValidatePodCreate: metadata, the spec, and a nodeName
// only once the scheduling gates are gone.
func validatePod(p *Pod) fieldErrors {
	errs := validateObjectMeta(&p.ObjectMeta, true)
	errs = append(errs, validatePodSpec(&p.Spec, "spec")...)
	if p.Spec.NodeName != "" && len(p.Spec.SchedulingGates) != 0 {
		errs = append(errs, forbidden("spec.nodeName", "cannot be set until all schedulingGates have been cleared"))
	}
	return errs
}

// validateUnmodelledOnCreate is ValidatePodCreate's rule on a field
// Podlab does not model: ephemeral containers come only through their
// subresource.
func validateUnmodelledOnCreate(unmodelled []string) fieldErrors {
	for _, u := range unmodelled {
		if u == "spec.ephemeralContainers" {
			return fieldErrors{forbidden(u, "cannot be set on create")}
		}
	}
	return nil
}

// choiceMadeElsewhere: a "must specify one of" error (a handler, a volume
// type, an env source) is moot when the choice is a field of the real API
// that Podlab accepts without modelling it (valueFrom.fileKeyRef, an
// image volume): the API server would have accepted it.
func choiceMadeElsewhere(e fieldError, unmodelled []string) bool {
	if !strings.Contains(e.Msg, "must specify") && !strings.Contains(e.Msg, "is required") {
		return false
	}
	for _, u := range unmodelled {
		if parentPath(u) == e.Path {
			return true
		}
	}
	return false
}
