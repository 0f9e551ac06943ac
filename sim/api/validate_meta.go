package api

import (
	"encoding/json"
	"sort"
)

// validateObjectMeta is ValidateObjectMeta with ValidatePodName (and the
// other kinds' NameIsDNSSubdomain): a name is required and must be a
// DNS-1123 subdomain; labels and annotations must be well formed.
func validateObjectMeta(m *ObjectMeta, namespaced bool) fieldErrors {
	var errs fieldErrors
	switch {
	case m.Name == "" && m.GenerateName == "":
		errs = append(errs, required("metadata.name", "name or generateName is required"))
	case m.Name != "":
		errs = append(errs, invalidAll("metadata.name", m.Name, isDNS1123Subdomain(m.Name))...)
	}
	if namespaced && m.Namespace != "" {
		errs = append(errs, invalidAll("metadata.namespace", m.Namespace, isDNS1123Label(m.Namespace))...)
	}
	errs = append(errs, validateLabels(m.Labels, "metadata.labels")...)
	return append(errs, validateAnnotationKeys(m.Annotations, "metadata.annotations")...)
}

// validateLabels is ValidateLabels: qualified-name keys, label values.
func validateLabels(labels map[string]string, path string) fieldErrors {
	var errs fieldErrors
	for _, k := range sortedKeys(labels) {
		errs = append(errs, invalidAll(path, k, isQualifiedName(k))...)
		errs = append(errs, invalidAll(key(path, k), labels[k], isValidLabelValue(labels[k]))...)
	}
	return errs
}

// validateAnnotationKeys is ValidateAnnotations' key check.
func validateAnnotationKeys(annotations map[string]string, path string) fieldErrors {
	var errs fieldErrors
	for _, k := range sortedKeys(annotations) {
		errs = append(errs, invalidAll(path, k, isQualifiedName(k))...)
	}
	return errs
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// validateConfigMap is ValidateConfigMap: valid keys, not repeated
// between data and binaryData.
func validateConfigMap(c *ConfigMap) fieldErrors {
	errs := validateObjectMeta(&c.ObjectMeta, true)
	for _, k := range sortedKeys(c.Data) {
		errs = append(errs, invalidAll(key("data", k), k, isConfigMapKey(k))...)
	}
	for _, k := range sortedKeys(c.BinaryData) {
		errs = append(errs, invalidAll(key("binaryData", k), k, isConfigMapKey(k))...)
		if _, dup := c.Data[k]; dup {
			errs = append(errs, invalid("data", k, "duplicate of key present in binaryData"))
		}
	}
	return errs
}

// validateSecret is ValidateSecret: valid keys, and a total size of at
// most 1 MiB (MaxSecretSize).
func validateSecret(s *Secret) fieldErrors {
	errs := validateObjectMeta(&s.ObjectMeta, true)
	total := 0
	for _, k := range sortedKeys(s.Data) {
		errs = append(errs, invalidAll(key("data", k), k, isConfigMapKey(k))...)
		total += len(s.Data[k])
	}
	if total > 1<<20 {
		errs = append(errs, tooLong("data", 1<<20))
	}
	return append(errs, validateSecretType(s)...)
}

// validateSecretType is ValidateSecret's switch on the type: the keys
// each built-in type needs, and well-formed JSON in Docker configs.
func validateSecretType(s *Secret) fieldErrors {
	switch s.Type {
	case "kubernetes.io/service-account-token":
		if s.Annotations["kubernetes.io/service-account.name"] == "" {
			return fieldErrors{required(key("metadata.annotations", "kubernetes.io/service-account.name"), "")}
		}
	case "kubernetes.io/dockercfg":
		return validateDockerConfig(s.Data, ".dockercfg")
	case "kubernetes.io/dockerconfigjson":
		return validateDockerConfig(s.Data, ".dockerconfigjson")
	case "kubernetes.io/basic-auth":
		_, user := s.Data["username"]
		_, pass := s.Data["password"]
		if !user && !pass {
			// sic: validation.go builds these paths as NewPath("data[%s]").Key(...)
			return fieldErrors{required("data[%s][username]", ""), required("data[%s][password]", "")}
		}
	case "kubernetes.io/ssh-auth":
		if len(s.Data["ssh-privatekey"]) == 0 {
			return fieldErrors{required("data[%s][ssh-privatekey]", "")}
		}
	case "kubernetes.io/tls":
		var errs fieldErrors
		for _, k := range []string{"tls.crt", "tls.key"} {
			if _, ok := s.Data[k]; !ok {
				errs = append(errs, required(key("data", k), ""))
			}
		}
		return errs
	}
	return nil
}

func validateDockerConfig(data map[string][]byte, k string) fieldErrors {
	b, ok := data[k]
	if !ok {
		return fieldErrors{required(key("data", k), "")}
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return fieldErrors{invalid(key("data", k), "<secret contents redacted>", err.Error())}
	}
	return nil
}
