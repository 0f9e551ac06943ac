package api

import "strings"

// validateEnv is ValidateEnv: each variable has a valid name and at most
// one of value and valueFrom, and valueFrom exactly one source.
func validateEnv(env []EnvVar, path string) fieldErrors {
	var errs fieldErrors
	for i, ev := range env {
		p := index(path, i)
		if ev.Name == "" {
			errs = append(errs, required(child(p, "name"), ""))
		} else {
			errs = append(errs, invalidAll(child(p, "name"), ev.Name, isRelaxedEnvVarName(ev.Name))...)
		}
		if ev.ValueFrom != nil {
			errs = append(errs, validateEnvVarValueFrom(ev, child(p, "valueFrom"))...)
		}
	}
	return errs
}

// validateEnvVarValueFrom is validateEnvVarValueFrom.
func validateEnvVarValueFrom(ev EnvVar, path string) fieldErrors {
	var errs fieldErrors
	vf, n := ev.ValueFrom, 0
	if vf.FieldRef != nil {
		n++
		errs = append(errs, validateObjectFieldSelector(vf.FieldRef, child(path, "fieldRef"))...)
	}
	if vf.ResourceFieldRef != nil {
		n++
		errs = append(errs, validateResourceFieldSelector(vf.ResourceFieldRef, false, child(path, "resourceFieldRef"))...)
	}
	if vf.ConfigMapKeyRef != nil {
		n++
		errs = append(errs, validateKeySelector(vf.ConfigMapKeyRef, child(path, "configMapKeyRef"))...)
	}
	if vf.SecretKeyRef != nil {
		n++
		errs = append(errs, validateKeySelector(vf.SecretKeyRef, child(path, "secretKeyRef"))...)
	}
	switch {
	case n == 0:
		errs = append(errs, invalid(path, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"))
	case n > 1:
		errs = append(errs, invalid(path, "", "may not have more than one field specified at a time"))
	case ev.Value != "":
		errs = append(errs, invalid(path, "", "may not be specified when `value` is not empty"))
	}
	return errs
}

// validEnvFieldPaths are validEnvDownwardAPIFieldPathExpressions, sorted.
var validEnvFieldPaths = []string{
	"metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid",
	"spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
}

// validateObjectFieldSelector is validateObjectFieldSelector for env
// (metadata.labels['key'] and metadata.annotations['key'] select one).
func validateObjectFieldSelector(s *ObjectFieldSelector, path string) fieldErrors {
	fp := child(path, "fieldPath")
	switch {
	case s.APIVersion == "":
		return fieldErrors{required(child(path, "apiVersion"), "")}
	case s.FieldPath == "":
		return fieldErrors{required(fp, "")}
	case s.APIVersion != "v1":
		return fieldErrors{invalid(child(path, "apiVersion"), s.APIVersion, `unsupported version "`+s.APIVersion+`"; only "v1" is supported`)}
	}
	if subscript, ok := labelSubscript(s.FieldPath); ok {
		return invalidAll(fp, subscript, isQualifiedName(strings.ToLower(subscript)))
	}
	for _, v := range validEnvFieldPaths {
		if s.FieldPath == v && v != "metadata.labels" && v != "metadata.annotations" {
			return nil
		}
	}
	return fieldErrors{notSupported(fp, s.FieldPath, validEnvFieldPaths...)}
}

// labelSubscript reads "metadata.labels['app']" into "app".
func labelSubscript(fieldPath string) (string, bool) {
	for _, prefix := range []string{"metadata.labels['", "metadata.annotations['"} {
		if rest, ok := strings.CutPrefix(fieldPath, prefix); ok && strings.HasSuffix(rest, "']") {
			return strings.TrimSuffix(rest, "']"), true
		}
	}
	return "", false
}

// validContainerResources are validContainerResourceFieldPathExpressions.
var validContainerResources = []string{
	"limits.cpu", "limits.ephemeral-storage", "limits.memory",
	"requests.cpu", "requests.ephemeral-storage", "requests.memory",
}

// validateResourceFieldSelector is validateContainerResourceFieldSelector;
// a downward API volume file must name its container.
func validateResourceFieldSelector(s *ResourceFieldSelector, inVolume bool, path string) fieldErrors {
	var errs fieldErrors
	if inVolume && s.ContainerName == "" {
		errs = append(errs, required(child(path, "containerName"), ""))
	}
	switch {
	case s.Resource == "":
		errs = append(errs, required(child(path, "resource"), ""))
	case strings.HasPrefix(s.Resource, "limits.hugepages-"), strings.HasPrefix(s.Resource, "requests.hugepages-"):
	case !containsString(validContainerResources, s.Resource):
		errs = append(errs, notSupported(child(path, "resource"), s.Resource, validContainerResources...))
	}
	if s.Divisor != "" && !validDivisor(s.Resource, s.Divisor) {
		errs = append(errs, invalid(child(path, "divisor"), string(s.Divisor), divisorMessage(s.Resource)))
	}
	return errs
}

// validDivisor is validateContainerResourceDivisor: cpu divisors are 1m
// or 1; memory and storage ones 1 or a power of 1000 or 1024.
func validDivisor(resource string, d Quantity) bool {
	allowed := []string{"1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei"}
	if strings.HasSuffix(resource, ".cpu") {
		allowed = []string{"1m", "1"}
	}
	for _, a := range allowed {
		if d.Cmp(Quantity(a)) == 0 {
			return true
		}
	}
	return false
}

func divisorMessage(resource string) string {
	if strings.HasSuffix(resource, ".cpu") {
		return "only divisor's values 1m and 1 are supported with the cpu resource"
	}
	return "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the memory resource"
}

// validateKeySelector is the configMapKeyRef / secretKeyRef check.
func validateKeySelector(s *KeySelector, path string) fieldErrors {
	var errs fieldErrors
	if s.Name == "" {
		errs = append(errs, required(child(path, "name"), ""))
	}
	if s.Key == "" {
		return append(errs, required(child(path, "key"), ""))
	}
	return append(errs, invalidAll(child(path, "key"), s.Key, isConfigMapKey(s.Key))...)
}

// validateEnvFrom is ValidateEnvFrom: exactly one of configMapRef and
// secretRef, with a name.
func validateEnvFrom(from []EnvFromSource, path string) fieldErrors {
	var errs fieldErrors
	for i, ef := range from {
		p := index(path, i)
		if ef.Prefix != "" {
			errs = append(errs, invalidAll(child(p, "prefix"), ef.Prefix, isRelaxedEnvVarName(ef.Prefix))...)
		}
		switch {
		case ef.ConfigMapRef != nil && ef.SecretRef != nil:
			errs = append(errs, invalid(p, "", "may not have more than one field specified at a time"))
		case ef.ConfigMapRef != nil:
			errs = append(errs, requiredName(ef.ConfigMapRef.Name, child(p, "configMapRef"))...)
		case ef.SecretRef != nil:
			errs = append(errs, requiredName(ef.SecretRef.Name, child(p, "secretRef"))...)
		default:
			errs = append(errs, invalid(p, "", "must specify one of: `configMapRef` or `secretRef`"))
		}
	}
	return errs
}

func requiredName(name, path string) fieldErrors {
	if name == "" {
		return fieldErrors{required(child(path, "name"), "")}
	}
	return invalidAll(child(path, "name"), name, isDNS1123Subdomain(name))
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
