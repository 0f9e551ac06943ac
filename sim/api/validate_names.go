package api

import (
	"regexp"
	"strconv"
	"strings"
)

// The name checks of k8s.io/apimachinery/pkg/util/validation/validation.go,
// with its messages. Each returns the problems found (none: valid).

const (
	dns1123LabelFmt     = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
	dns1123SubdomainFmt = dns1123LabelFmt + "(\\." + dns1123LabelFmt + ")*"
	labelValueFmt       = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?"
	qualifiedNameFmt    = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
	configMapKeyFmt     = `[-._a-zA-Z0-9]+`
)

var (
	dns1123Label     = regexp.MustCompile("^" + dns1123LabelFmt + "$")
	dns1123Subdomain = regexp.MustCompile("^" + dns1123SubdomainFmt + "$")
	labelValue       = regexp.MustCompile("^" + labelValueFmt + "$")
	qualifiedName    = regexp.MustCompile("^" + qualifiedNameFmt + "$")
	configMapKey     = regexp.MustCompile("^" + configMapKeyFmt + "$")
	portNameCharset  = regexp.MustCompile("^[-a-z0-9]+$")
	portNameLetter   = regexp.MustCompile("[a-z]")
)

// isDNS1123Label is IsDNS1123Label: container, volume and port names.
func isDNS1123Label(s string) []string {
	var errs []string
	if len(s) > 63 {
		errs = append(errs, "must be no more than 63 characters")
	}
	if !dns1123Label.MatchString(s) {
		errs = append(errs, "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '"+dns1123LabelFmt+"')")
	}
	return errs
}

// isDNS1123Subdomain is IsDNS1123Subdomain: object names.
func isDNS1123Subdomain(s string) []string {
	var errs []string
	if len(s) > 253 {
		errs = append(errs, "must be no more than 253 characters")
	}
	if !dns1123Subdomain.MatchString(s) {
		errs = append(errs, "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '"+dns1123SubdomainFmt+"')")
	}
	return errs
}

// isValidPortNum is IsValidPortNum.
func isValidPortNum(p int32) []string {
	if p < 1 || p > 65535 {
		return []string{"must be between 1 and 65535, inclusive"}
	}
	return nil
}

// isValidPortName is IsValidPortName (an IANA_SVC_NAME).
func isValidPortName(p string) []string {
	var errs []string
	if len(p) > 15 {
		errs = append(errs, "must be no more than 15 characters")
	}
	if !portNameCharset.MatchString(p) {
		errs = append(errs, "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
	}
	if !portNameLetter.MatchString(p) {
		errs = append(errs, "must contain at least one letter (a-z)")
	}
	if strings.Contains(p, "--") {
		errs = append(errs, "must not contain consecutive hyphens")
	}
	if len(p) > 0 && (p[0] == '-' || p[len(p)-1] == '-') {
		errs = append(errs, "must not begin or end with a hyphen")
	}
	return errs
}

// isRelaxedEnvVarName is IsRelaxedEnvVarName (RelaxedEnvironmentVariable
// Validation, on by default since v1.32).
func isRelaxedEnvVarName(s string) []string {
	for _, r := range s {
		if r < ' ' || r > '~' || r == '=' {
			return []string{"a valid environment variable name must consist only of printable ASCII characters other than '='"}
		}
	}
	return nil
}

// isConfigMapKey is IsConfigMapKey: data keys, env and volume item keys.
func isConfigMapKey(s string) []string {
	var errs []string
	if len(s) > 253 {
		errs = append(errs, "must be no more than 253 characters")
	}
	if !configMapKey.MatchString(s) {
		errs = append(errs, "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '"+configMapKeyFmt+"')")
	}
	switch {
	case s == ".":
		errs = append(errs, `must not be '.'`)
	case s == "..":
		errs = append(errs, `must not be '..'`)
	case strings.HasPrefix(s, ".."):
		errs = append(errs, `must not start with '..'`)
	}
	return errs
}

// isValidLabelValue is IsValidLabelValue.
func isValidLabelValue(s string) []string {
	var errs []string
	if len(s) > 63 {
		errs = append(errs, "must be no more than 63 characters")
	}
	if !labelValue.MatchString(s) {
		errs = append(errs, "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '"+labelValueFmt+"')")
	}
	return errs
}

// isQualifiedName is IsQualifiedName: label keys ("app",
// "app.kubernetes.io/name").
func isQualifiedName(s string) []string {
	var errs []string
	name := s
	if prefix, n, ok := strings.Cut(s, "/"); ok {
		name = n
		if prefix == "" {
			errs = append(errs, "prefix part must be non-empty")
		} else {
			for _, e := range isDNS1123Subdomain(prefix) {
				errs = append(errs, "prefix part "+e)
			}
		}
	}
	switch {
	case name == "":
		errs = append(errs, "name part must be non-empty")
	case len(name) > 63:
		errs = append(errs, "name part must be no more than 63 characters")
	}
	if name != "" && !qualifiedName.MatchString(name) {
		errs = append(errs, "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '"+qualifiedNameFmt+"')")
	}
	return errs
}

// invalidAll turns each message into an Invalid error at path.
func invalidAll(path string, value any, msgs []string) fieldErrors {
	var out fieldErrors
	for _, m := range msgs {
		out = append(out, invalid(path, value, m))
	}
	return out
}

// validateLocalDescendingPath is validateLocalDescendingPath: relative,
// without "..".
func validateLocalDescendingPath(value, path string) fieldErrors {
	var out fieldErrors
	if strings.HasPrefix(value, "/") {
		out = append(out, invalid(path, value, "must be a relative path"))
	}
	return append(out, validatePathNoBacksteps(value, path)...)
}

// validatePathNoBacksteps is validatePathNoBacksteps: one error however
// many ".." there are.
func validatePathNoBacksteps(value, path string) fieldErrors {
	for _, part := range strings.Split(value, "/") {
		if part == ".." {
			return fieldErrors{invalid(path, value, "must not contain '..'")}
		}
	}
	return nil
}

// validateLocalNonReservedPath is ValidateLocalNonReservedPath: also not
// starting with ".." (as "..data", the kubelet's own link).
func validateLocalNonReservedPath(value, path string) fieldErrors {
	errs := validateLocalDescendingPath(value, path)
	if strings.HasPrefix(value, "..") && !strings.HasPrefix(value, "../") {
		errs = append(errs, invalid(path, value, "must not start with '..'"))
	}
	return errs
}

// validateFileMode is the defaultMode/mode check of validation.go
// (validateSecretVolumeSource and friends).
func validateFileMode(path string, mode *int32) fieldErrors {
	if mode != nil && (*mode > 0o777 || *mode < 0) {
		return fieldErrors{invalid(path, *mode, "must be a number between 0 and 0777 (octal), both inclusive")}
	}
	return nil
}

func validateNonNegative(path string, v int64) fieldErrors {
	if v < 0 {
		return fieldErrors{invalid(path, v, "must be greater than or equal to 0")}
	}
	return nil
}

func quote(s string) string { return strconv.Quote(s) }
