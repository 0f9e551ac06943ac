package api

import "path"

// validateVolumes is ValidateVolumes: names required, DNS-1123 labels and
// unique; exactly one source each, and each source valid. It returns the
// set of volume names, for the volumeMounts.
func validateVolumes(vols []Volume, p string) (map[string]bool, fieldErrors) {
	var errs fieldErrors
	names := map[string]bool{}
	for i := range vols {
		v := &vols[i]
		vp := index(p, i)
		switch {
		case v.Name == "":
			errs = append(errs, required(child(vp, "name"), ""))
		case names[v.Name]:
			errs = append(errs, duplicate(child(vp, "name"), v.Name))
		default:
			errs = append(errs, invalidAll(child(vp, "name"), v.Name, isDNS1123Label(v.Name))...)
		}
		names[v.Name] = true
		errs = append(errs, validateVolumeSource(&v.VolumeSource, vp)...)
	}
	return names, errs
}

// source is one set volume source (or projection), by field name.
type source struct {
	name  string
	check func(path string) fieldErrors
}

// validateVolumeSource is validateVolumeSource: one source, the others
// Forbidden ("may not specify more than 1 volume type").
func validateVolumeSource(s *VolumeSource, p string) fieldErrors {
	srcs := volumeSources(s)
	if len(srcs) == 0 {
		return fieldErrors{required(p, "must specify a volume type")}
	}
	var errs fieldErrors
	for i, src := range srcs {
		if i > 0 {
			errs = append(errs, forbidden(child(p, src.name), "may not specify more than 1 volume type"))
			continue
		}
		errs = append(errs, src.check(child(p, src.name))...)
	}
	return errs
}

func volumeSources(s *VolumeSource) []source {
	var out []source
	add := func(set bool, name string, check func(string) fieldErrors) {
		if set {
			out = append(out, source{name, check})
		}
	}
	add(s.HostPath != nil, "hostPath", func(p string) fieldErrors { return validateHostPath(s.HostPath, p) })
	add(s.EmptyDir != nil, "emptyDir", func(p string) fieldErrors { return validateEmptyDir(s.EmptyDir, p) })
	add(s.Secret != nil, "secret", func(p string) fieldErrors { return validateSecretVolume(s.Secret, p) })
	add(s.PersistentVolumeClaim != nil, "persistentVolumeClaim", func(p string) fieldErrors {
		if s.PersistentVolumeClaim.ClaimName == "" {
			return fieldErrors{required(child(p, "claimName"), "")}
		}
		return nil
	})
	add(s.DownwardAPI != nil, "downwardAPI", func(p string) fieldErrors { return validateDownwardAPIVolume(s.DownwardAPI, p) })
	add(s.ConfigMap != nil, "configMap", func(p string) fieldErrors { return validateConfigMapVolume(s.ConfigMap, p) })
	add(s.Projected != nil, "projected", func(p string) fieldErrors { return validateProjected(s.Projected, p) })
	return out
}

// validateHostPath is validateHostPathVolumeSource.
func validateHostPath(h *HostPathVolumeSource, p string) fieldErrors {
	if h.Path == "" {
		return fieldErrors{required(child(p, "path"), "")}
	}
	if h.Type != nil {
		switch *h.Type {
		case "", "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice":
		default:
			return fieldErrors{notSupported(child(p, "type"), *h.Type, "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket")}
		}
	}
	return validatePathNoBacksteps(h.Path, child(p, "path"))
}

// validateEmptyDir is validateEmptyDirVolumeSource: a sizeLimit must be
// positive.
func validateEmptyDir(e *EmptyDirVolumeSource, p string) fieldErrors {
	if e.SizeLimit != nil && orZero(e.SizeLimit.Rat()).Sign() <= 0 {
		return fieldErrors{forbidden(child(p, "sizeLimit"), "SizeLimit field must be a valid resource quantity")}
	}
	return nil
}

// validateSecretVolume is validateSecretVolumeSource.
func validateSecretVolume(s *SecretVolumeSource, p string) fieldErrors {
	var errs fieldErrors
	if s.SecretName == "" {
		errs = append(errs, required(child(p, "secretName"), ""))
	}
	errs = append(errs, validateFileMode(child(p, "defaultMode"), s.DefaultMode)...)
	return append(errs, validateKeyToPaths(s.Items, child(p, "items"))...)
}

// validateConfigMapVolume is validateConfigMapVolumeSource.
func validateConfigMapVolume(c *ConfigMapVolumeSource, p string) fieldErrors {
	var errs fieldErrors
	if c.Name == "" {
		errs = append(errs, required(child(p, "name"), ""))
	}
	errs = append(errs, validateFileMode(child(p, "defaultMode"), c.DefaultMode)...)
	return append(errs, validateKeyToPaths(c.Items, child(p, "items"))...)
}

// validateKeyToPaths is validateKeyToPath for each item: a key, a
// relative path without "..", a mode in range.
func validateKeyToPaths(items []KeyToPath, p string) fieldErrors {
	var errs fieldErrors
	for i, it := range items {
		ip := index(p, i)
		if it.Key == "" {
			errs = append(errs, required(child(ip, "key"), ""))
		}
		if it.Path == "" {
			errs = append(errs, required(child(ip, "path"), ""))
		}
		errs = append(errs, validateLocalPath(child(ip, "path"), it.Path)...)
		errs = append(errs, validateFileMode(child(ip, "mode"), it.Mode)...)
	}
	return errs
}

// validateDownwardAPIVolume is validateDownwardAPIVolumeSource.
func validateDownwardAPIVolume(d *DownwardAPIVolumeSource, p string) fieldErrors {
	errs := validateFileMode(child(p, "defaultMode"), d.DefaultMode)
	return append(errs, validateDownwardAPIFiles(d.Items, child(p, "items"))...)
}

// validateDownwardAPIFiles is validateDownwardAPIVolumeFile for each
// item: a path, and exactly one of fieldRef and resourceFieldRef.
func validateDownwardAPIFiles(items []DownwardAPIVolumeFile, p string) fieldErrors {
	var errs fieldErrors
	for i, f := range items {
		ip := index(p, i)
		if f.Path == "" {
			errs = append(errs, required(child(ip, "path"), ""))
		}
		errs = append(errs, validateLocalPath(child(ip, "path"), f.Path)...)
		errs = append(errs, validateFileMode(child(ip, "mode"), f.Mode)...)
		switch {
		case f.FieldRef != nil && f.ResourceFieldRef != nil:
			errs = append(errs, invalid(ip, "resource", "fieldRef and resourceFieldRef can not be specified simultaneously"))
		case f.FieldRef != nil:
			errs = append(errs, validateVolumeFieldRef(f.FieldRef, child(ip, "fieldRef"))...)
		case f.ResourceFieldRef != nil:
			errs = append(errs, validateResourceFieldSelector(f.ResourceFieldRef, true, child(ip, "resourceFieldRef"))...)
		default:
			errs = append(errs, required(ip, "one of fieldRef and resourceFieldRef is required"))
		}
	}
	return errs
}

// validVolumeFieldPaths are validVolumeDownwardAPIFieldPathExpressions.
var validVolumeFieldPaths = []string{"metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"}

func validateVolumeFieldRef(s *ObjectFieldSelector, p string) fieldErrors {
	if _, ok := labelSubscript(s.FieldPath); ok || containsString(validVolumeFieldPaths, s.FieldPath) || s.FieldPath == "" {
		if s.FieldPath == "" {
			return fieldErrors{required(child(p, "fieldPath"), "")}
		}
		return nil
	}
	return fieldErrors{notSupported(child(p, "fieldPath"), s.FieldPath, validVolumeFieldPaths...)}
}

// validateProjected is validateProjectedVolumeSource: each source has
// exactly one projection.
func validateProjected(pv *ProjectedVolumeSource, p string) fieldErrors {
	errs := validateFileMode(child(p, "defaultMode"), pv.DefaultMode)
	for i := range pv.Sources {
		sp := index(child(p, "sources"), i)
		srcs := projections(&pv.Sources[i])
		for j, src := range srcs {
			if j > 0 {
				errs = append(errs, forbidden(child(sp, src.name), "may not specify more than 1 volume type per source"))
				continue
			}
			errs = append(errs, src.check(child(sp, src.name))...)
		}
	}
	return errs
}

func projections(s *VolumeProjection) []source {
	var out []source
	if s.Secret != nil {
		out = append(out, source{"secret", func(p string) fieldErrors { return validateKeyToPaths(s.Secret.Items, child(p, "items")) }})
	}
	if s.ConfigMap != nil {
		out = append(out, source{"configMap", func(p string) fieldErrors { return validateKeyToPaths(s.ConfigMap.Items, child(p, "items")) }})
	}
	if s.DownwardAPI != nil {
		out = append(out, source{"downwardAPI", func(p string) fieldErrors { return validateDownwardAPIFiles(s.DownwardAPI.Items, child(p, "items")) }})
	}
	if s.ServiceAccountToken != nil {
		out = append(out, source{"serviceAccountToken", func(p string) fieldErrors { return validateTokenProjection(s.ServiceAccountToken, p) }})
	}
	return out
}

// validateTokenProjection is the serviceAccountToken check: a path, and
// an expiry of at least 10 minutes.
func validateTokenProjection(t *ServiceAccountTokenProjection, p string) fieldErrors {
	var errs fieldErrors
	if t.ExpirationSeconds != nil && *t.ExpirationSeconds < 600 {
		errs = append(errs, invalid(child(p, "expirationSeconds"), *t.ExpirationSeconds, "may not specify a duration less than 10 minutes"))
	}
	if t.Path == "" {
		errs = append(errs, required(child(p, "path"), ""))
	}
	return append(errs, validateLocalPath(child(p, "path"), t.Path)...)
}

// validateVolumeMounts is ValidateVolumeMounts: each mount names a volume
// of the Pod, has a mountPath unique in the container, and a relative
// subPath.
func validateVolumeMounts(mounts []VolumeMount, volumes map[string]bool, p string) fieldErrors {
	var errs fieldErrors
	paths := map[string]bool{}
	for i, m := range mounts {
		mp := index(p, i)
		switch {
		case m.Name == "":
			errs = append(errs, required(child(mp, "name"), ""))
		case !volumes[m.Name]:
			errs = append(errs, notFound(child(mp, "name"), m.Name))
		}
		if m.MountPath == "" {
			errs = append(errs, required(child(mp, "mountPath"), ""))
		} else if paths[path.Clean(m.MountPath)] {
			errs = append(errs, invalid(child(mp, "mountPath"), m.MountPath, "must be unique"))
		}
		paths[path.Clean(m.MountPath)] = true
		if m.SubPath != "" {
			errs = append(errs, validateLocalPath(child(mp, "subPath"), m.SubPath)...)
		}
		if m.SubPath != "" && m.SubPathExpr != "" {
			errs = append(errs, invalid(child(mp, "subPathExpr"), m.SubPathExpr, "subPathExpr and subPath are mutually exclusive"))
		}
	}
	return errs
}

// validatePathNoBacksteps is validatePathNoBacksteps.
func validatePathNoBacksteps(value, p string) fieldErrors {
	for _, part := range splitPath(value) {
		if part == ".." {
			return fieldErrors{invalid(p, value, "must not contain '..'")}
		}
	}
	return nil
}

func splitPath(s string) []string {
	var parts []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '/' {
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return parts
}
