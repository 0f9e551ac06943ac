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
		errs = append(errs, validateObjectFieldSelector(vf.FieldRef, validEnvFieldPaths, child(path, "fieldRef"))...)
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
	case ev.Value != "":
		errs = append(errs, invalid(path, "", "may not be specified when `value` is not empty"))
	case n > 1:
		errs = append(errs, invalid(path, "", "may not have more than one field specified at a time"))
	}
	return errs
}

// validEnvFieldPaths are validEnvDownwardAPIFieldPathExpressions, as
// sets.List sorts them.
var validEnvFieldPaths = []string{
	"metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName",
	"status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
}

// validateObjectFieldSelector is validateObjectFieldSelector: apiVersion
// and fieldPath required; metadata.labels['key'] and
// metadata.annotations['key'] select one entry (the key checked at the
// selector's own path); any other path must be one of expressions.
func validateObjectFieldSelector(s *ObjectFieldSelector, expressions []string, path string) fieldErrors {
	switch {
	case s.APIVersion == "":
		return fieldErrors{required(child(path, "apiVersion"), "")}
	case s.FieldPath == "":
		return fieldErrors{required(child(path, "fieldPath"), "")}
	case s.APIVersion != "v1":
		return fieldErrors{invalid(child(path, "fieldPath"), s.FieldPath, `error converting fieldPath: unsupported version "`+s.APIVersion+`"`)}
	}
	if fp, subscript, ok := splitSubscript(s.FieldPath); ok {
		switch fp {
		case "metadata.annotations":
			return invalidAll(path, strings.ToLower(subscript), isQualifiedName(strings.ToLower(subscript)))
		case "metadata.labels":
			return invalidAll(path, subscript, isQualifiedName(subscript))
		}
		return fieldErrors{invalid(path, fp, "does not support subscript")}
	}
	if !containsString(expressions, s.FieldPath) {
		return fieldErrors{notSupported(child(path, "fieldPath"), s.FieldPath, expressions...)}
	}
	return nil
}

// splitSubscript is fieldpath.SplitMaybeSubscriptedPath:
// "metadata.labels['app']" is "metadata.labels" and "app".
func splitSubscript(fieldPath string) (string, string, bool) {
	if !strings.HasSuffix(fieldPath, "']") {
		return fieldPath, "", false
	}
	i := strings.Index(fieldPath, "['")
	if i < 0 {
		return fieldPath, "", false
	}
	return fieldPath[:i], fieldPath[i+2 : len(fieldPath)-2], true
}

// validContainerResources are validContainerResourceFieldPathExpressions,
// sorted.
var validContainerResources = []string{
	"limits.cpu", "limits.ephemeral-storage", "limits.memory",
	"requests.cpu", "requests.ephemeral-storage", "requests.memory",
}

// validateResourceFieldSelector is validateContainerResourceFieldSelector;
// a downward API volume file must name its container.
func validateResourceFieldSelector(s *ResourceFieldSelector, inVolume bool, path string) fieldErrors {
	var errs fieldErrors
	switch {
	case inVolume && s.ContainerName == "":
		errs = append(errs, required(child(path, "containerName"), ""))
	case s.Resource == "":
		errs = append(errs, required(child(path, "resource"), ""))
	case strings.HasPrefix(s.Resource, "limits.hugepages-"), strings.HasPrefix(s.Resource, "requests.hugepages-"):
	case !containsString(validContainerResources, s.Resource):
		errs = append(errs, notSupported(child(path, "resource"), s.Resource, validContainerResources...))
	}
	return append(errs, validateDivisor(s.Resource, s.Divisor, path)...)
}

// validateDivisor is validateContainerResourceDivisor: cpu divisors are
// 1m or 1; memory, storage and hugepages ones 1 or a power of 1000 or
// 1024. The Invalid value is the resource's name, as there.
func validateDivisor(resource string, d Quantity, path string) fieldErrors {
	if d.IsZero() {
		return nil
	}
	kind := strings.TrimPrefix(strings.TrimPrefix(resource, "limits."), "requests.")
	if strings.HasPrefix(kind, "hugepages-") {
		kind = "hugepages"
	}
	msg, ok := divisorMessages[kind]
	if !ok || validDivisor(kind, d) {
		return nil
	}
	return fieldErrors{invalid(child(path, "divisor"), resource, msg)}
}

const bytesDivisors = "1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei"

var divisorMessages = map[string]string{
	"cpu":               "only divisor's values 1m and 1 are supported with the cpu resource",
	"memory":            "only divisor's values " + bytesDivisors + " are supported with the memory resource",
	"ephemeral-storage": "only divisor's values " + bytesDivisors + " are supported with the local ephemeral storage resource",
	"hugepages":         "only divisor's values " + bytesDivisors + " are supported with the hugepages resource",
}

// validDivisor: d is one of the allowed divisors of its kind of resource
// (compared by value, as by its canonical String()).
func validDivisor(kind string, d Quantity) bool {
	allowed := strings.Split(bytesDivisors, ", ")
	if kind == "cpu" {
		allowed = []string{"1m", "1"}
	}
	for _, a := range allowed {
		if d.Cmp(Quantity(a)) == 0 {
			return true
		}
	}
	return false
}

// validateKeySelector is validateConfigMapKeySelector and
// validateSecretKeySelector: the name is checked as a DNS-1123 subdomain
// even when empty (so an empty name is Invalid, not Required), the key
// is required and a valid config key.
func validateKeySelector(s *KeySelector, path string) fieldErrors {
	errs := invalidAll(child(path, "name"), s.Name, isDNS1123Subdomain(s.Name))
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
		n := 0
		if ef.ConfigMapRef != nil {
			n++
			errs = append(errs, requiredName(ef.ConfigMapRef.Name, child(p, "configMapRef"))...)
		}
		if ef.SecretRef != nil {
			n++
			errs = append(errs, requiredName(ef.SecretRef.Name, child(p, "secretRef"))...)
		}
		// ValidateEnvFrom reports these at the list's path, not the item's
		switch {
		case n == 0:
			errs = append(errs, invalid(path, "", "must specify one of: `configMapRef` or `secretRef`"))
		case n > 1:
			errs = append(errs, invalid(path, "", "may not have more than one field specified at a time"))
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
