package api

import "strings"

// validateResources is ValidateContainerResourceRequirements for the
// modelled resources: names valid, quantities not negative, a request
// not above its limit.
func validateResources(r *ResourceRequirements, path string) fieldErrors {
	var errs fieldErrors
	lp, rp := child(path, "limits"), child(path, "requests")
	for _, name := range sortedKeys(r.Limits) {
		errs = append(errs, validateResourceQuantity(name, r.Limits[name], key(lp, name))...)
	}
	for _, name := range sortedKeys(r.Requests) {
		q := r.Requests[name]
		errs = append(errs, validateResourceQuantity(name, q, key(rp, name))...)
		// reported at requests itself (reqPath), as there
		if lim, ok := r.Limits[name]; ok && q.Cmp(lim) > 0 {
			errs = append(errs, invalid(rp, q.Canonical(), "must be less than or equal to "+name+" limit of "+lim.Canonical()))
		}
	}
	return errs
}

// validateResourceQuantity is validateContainerResourceName and
// ValidateResourceQuantityValue.
func validateResourceQuantity(name string, q Quantity, path string) fieldErrors {
	var errs fieldErrors
	if !strings.Contains(name, "/") {
		switch {
		case name == "cpu", name == "memory", name == "ephemeral-storage", strings.HasPrefix(name, "hugepages-"):
		default:
			errs = append(errs, invalid(path, name, "must be a standard resource for containers"))
		}
	}
	if r := q.Rat(); r != nil && r.Sign() < 0 {
		errs = append(errs, invalid(path, q.Canonical(), "must be greater than or equal to 0"))
	}
	return errs
}
