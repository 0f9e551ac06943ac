package api

// validateVolumes is ValidateVolumes: each volume's source, then its name
// (required, a DNS-1123 label, unique). Only a volume without errors
// joins the returned set, so a mount of a broken volume is also Not found.
func validateVolumes(vols []Volume, p string) (map[string]bool, fieldErrors) {
	var errs fieldErrors
	names := map[string]bool{}
	for i := range vols {
		v, vp := &vols[i], index(p, i)
		var el fieldErrors
		if v.NotSimulated == "" || v.VolumeSource != (VolumeSource{}) {
			el = validateVolumeSource(&v.VolumeSource, vp)
		}
		if v.Name == "" {
			el = append(el, required(child(vp, "name"), ""))
		} else {
			el = append(el, invalidAll(child(vp, "name"), v.Name, isDNS1123Label(v.Name))...)
		}
		if names[v.Name] {
			el = append(el, duplicate(child(vp, "name"), v.Name))
		}
		if len(el) == 0 {
			names[v.Name] = true
		}
		errs = append(errs, el...)
	}
	return names, errs
}

// source is one set volume source, by field name.
type source struct {
	name  string
	check func(path string) fieldErrors
}

// validateVolumeSource is validateVolumeSource: the first source set is
// validated, every further one is Forbidden.
func validateVolumeSource(s *VolumeSource, p string) fieldErrors {
	srcs := volumeSources(s)
	if len(srcs) == 0 {
		return fieldErrors{required(p, "must specify a volume type")}
	}
	var errs fieldErrors
	for i, src := range srcs {
		if i > 0 {
			name := src.name
			if name == "downwardAPI" {
				name = "downwarAPI" // sic: validation.go's path has this typo
			}
			errs = append(errs, forbidden(child(p, name), "may not specify more than 1 volume type"))
			continue
		}
		errs = append(errs, src.check(child(p, src.name))...)
	}
	return errs
}

// volumeSources are the set sources in validateVolumeSource's order.
func volumeSources(s *VolumeSource) []source {
	var out []source
	add := func(set bool, name string, check func(string) fieldErrors) {
		if set {
			out = append(out, source{name, check})
		}
	}
	add(s.EmptyDir != nil, "emptyDir", func(p string) fieldErrors { return validateEmptyDir(s.EmptyDir, p) })
	add(s.HostPath != nil, "hostPath", func(p string) fieldErrors { return validateHostPath(s.HostPath, p) })
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

// validateEmptyDir: a negative sizeLimit is Forbidden.
func validateEmptyDir(e *EmptyDirVolumeSource, p string) fieldErrors {
	if e.SizeLimit != nil && orZero(e.SizeLimit.Rat()).Sign() < 0 {
		return fieldErrors{forbidden(child(p, "sizeLimit"), "SizeLimit field must be a valid resource quantity")}
	}
	return nil
}

// validateHostPath is validateHostPathVolumeSource and
// validateHostPathType.
func validateHostPath(h *HostPathVolumeSource, p string) fieldErrors {
	if h.Path == "" {
		return fieldErrors{required(child(p, "path"), "")}
	}
	errs := validatePathNoBacksteps(h.Path, child(p, "path"))
	if h.Type != nil {
		switch *h.Type {
		case "", "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice":
		default:
			errs = append(errs, notSupported(child(p, "type"), *h.Type, "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"))
		}
	}
	return errs
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

// validateKeyToPaths is validateKeyToPath for each item.
func validateKeyToPaths(items []KeyToPath, p string) fieldErrors {
	var errs fieldErrors
	for i := range items {
		errs = append(errs, validateKeyToPath(&items[i], index(p, i))...)
	}
	return errs
}

// validateKeyToPath is validateKeyToPath: a key, a local path, a mode in
// range.
func validateKeyToPath(it *KeyToPath, p string) fieldErrors {
	var errs fieldErrors
	if it.Key == "" {
		errs = append(errs, required(child(p, "key"), ""))
	}
	if it.Path == "" {
		errs = append(errs, required(child(p, "path"), ""))
	}
	errs = append(errs, validateLocalNonReservedPath(it.Path, child(p, "path"))...)
	return append(errs, validateFileMode(child(p, "mode"), it.Mode)...)
}

// validateDownwardAPIVolume is validateDownwardAPIVolumeSource. Its files
// are validated at the volume source's path, not the item's, as there.
func validateDownwardAPIVolume(d *DownwardAPIVolumeSource, p string) fieldErrors {
	errs := validateFileMode(child(p, "defaultMode"), d.DefaultMode)
	for i := range d.Items {
		errs = append(errs, validateDownwardAPIFile(&d.Items[i], p)...)
	}
	return errs
}

// validVolumeFieldPaths are validVolumeDownwardAPIFieldPathExpressions,
// sorted.
var validVolumeFieldPaths = []string{"metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"}

// validateDownwardAPIFile is validateDownwardAPIVolumeFile.
func validateDownwardAPIFile(f *DownwardAPIVolumeFile, p string) fieldErrors {
	var errs fieldErrors
	if f.Path == "" {
		errs = append(errs, required(child(p, "path"), ""))
	}
	errs = append(errs, validateLocalNonReservedPath(f.Path, child(p, "path"))...)
	switch {
	case f.FieldRef != nil:
		errs = append(errs, validateObjectFieldSelector(f.FieldRef, validVolumeFieldPaths, child(p, "fieldRef"))...)
		if f.ResourceFieldRef != nil {
			errs = append(errs, invalid(p, "resource", "fieldRef and resourceFieldRef can not be specified simultaneously"))
		}
	case f.ResourceFieldRef != nil:
		errs = append(errs, validateResourceFieldSelector(f.ResourceFieldRef, true, child(p, "resourceFieldRef"))...)
	default:
		errs = append(errs, required(p, "one of fieldRef and resourceFieldRef is required"))
	}
	return append(errs, validateFileMode(child(p, "mode"), f.Mode)...)
}

// validateProjected is validateProjectedVolumeSource and
// validateProjectionSources: each source holds one projection, and no two
// projections write the same path.
func validateProjected(pv *ProjectedVolumeSource, p string) fieldErrors {
	errs := validateFileMode(child(p, "defaultMode"), pv.DefaultMode)
	paths := map[string]bool{}
	for i := range pv.Sources {
		s, sp := &pv.Sources[i], index(child(p, "sources"), i)
		n := 0
		if s.Secret != nil {
			n++
			errs = append(errs, validateProjectedKeys(s.Secret.Name, s.Secret.Items, paths, p, child(sp, "secret"))...)
		}
		if s.ConfigMap != nil {
			n++
			errs = append(errs, validateProjectedKeys(s.ConfigMap.Name, s.ConfigMap.Items, paths, p, child(sp, "configMap"))...)
		}
		if s.DownwardAPI != nil {
			n++
			errs = append(errs, validateProjectedDownwardAPI(s.DownwardAPI.Items, paths, p, child(sp, "downwardAPI"))...)
		}
		if s.ServiceAccountToken != nil {
			n++
			errs = append(errs, validateTokenProjection(s.ServiceAccountToken, p, child(sp, "serviceAccountToken"))...)
		}
		if n > 1 {
			errs = append(errs, forbidden(sp, "may not specify more than 1 volume type per source"))
		}
	}
	return errs
}

// validateProjectedKeys: a secret or configMap projection needs a name;
// its items are KeyToPaths whose paths must not collide.
func validateProjectedKeys(name string, items []KeyToPath, paths map[string]bool, volPath, p string) fieldErrors {
	var errs fieldErrors
	if name == "" {
		errs = append(errs, required(child(p, "name"), ""))
	}
	for i := range items {
		it := &items[i]
		errs = append(errs, validateKeyToPath(it, index(child(p, "items"), i))...)
		if it.Path != "" {
			if paths[it.Path] {
				errs = append(errs, invalid(volPath, name, "conflicting duplicate paths"))
			}
			paths[it.Path] = true
		}
	}
	return errs
}

func validateProjectedDownwardAPI(items []DownwardAPIVolumeFile, paths map[string]bool, volPath, p string) fieldErrors {
	var errs fieldErrors
	for i := range items {
		errs = append(errs, validateDownwardAPIFile(&items[i], p)...)
		if f := items[i].Path; f != "" {
			if paths[f] {
				errs = append(errs, invalid(volPath, f, "conflicting duplicate paths"))
			}
			paths[f] = true
		}
	}
	return errs
}

// validateTokenProjection is the serviceAccountToken part of
// validateProjectionSources: an expiry of 10 minutes to 2^32 seconds, a
// path (reported at the volume's path, as there).
func validateTokenProjection(t *ServiceAccountTokenProjection, volPath, p string) fieldErrors {
	var errs fieldErrors
	if t.ExpirationSeconds != nil && *t.ExpirationSeconds < 600 {
		errs = append(errs, invalid(child(p, "expirationSeconds"), *t.ExpirationSeconds, "may not specify a duration less than 10 minutes"))
	}
	if t.ExpirationSeconds != nil && *t.ExpirationSeconds > 1<<32 {
		errs = append(errs, invalid(child(p, "expirationSeconds"), *t.ExpirationSeconds, "may not specify a duration larger than 2^32 seconds"))
	}
	if t.Path == "" {
		return append(errs, required(child(volPath, "path"), ""))
	}
	return append(errs, validateLocalNonReservedPath(t.Path, child(volPath, "path"))...)
}

// validateVolumeMounts is ValidateVolumeMounts: each mount names a valid
// volume of the Pod (Not found otherwise, even when the name is empty),
// has a mountPath unique in the container, and relative subPaths.
func validateVolumeMounts(mounts []VolumeMount, volumes map[string]bool, p string) fieldErrors {
	var errs fieldErrors
	paths := map[string]bool{}
	for i, m := range mounts {
		mp := index(p, i)
		if m.Name == "" {
			errs = append(errs, required(child(mp, "name"), ""))
		}
		if !volumes[m.Name] {
			errs = append(errs, notFound(child(mp, "name"), m.Name))
		}
		if m.MountPath == "" {
			errs = append(errs, required(child(mp, "mountPath"), ""))
		}
		if paths[m.MountPath] {
			errs = append(errs, invalid(child(mp, "mountPath"), m.MountPath, "must be unique"))
		}
		paths[m.MountPath] = true
		errs = append(errs, validateSubPaths(m, p, mp)...)
	}
	return errs
}

// validateSubPaths: subPath and subPathExpr are relative, without "..",
// and exclusive. The path checks report at the list's path
// (fldPath.Child("subPath")), as ValidateVolumeMounts does.
func validateSubPaths(m VolumeMount, listPath, p string) fieldErrors {
	var errs fieldErrors
	if m.SubPath != "" {
		errs = append(errs, validateLocalDescendingPath(m.SubPath, child(listPath, "subPath"))...)
	}
	if m.SubPathExpr != "" {
		if m.SubPath != "" {
			errs = append(errs, invalid(child(p, "subPathExpr"), m.SubPathExpr, "subPathExpr and subPath are mutually exclusive"))
		}
		errs = append(errs, validateLocalDescendingPath(m.SubPathExpr, child(listPath, "subPathExpr"))...)
	}
	return errs
}
