package api

// defaultMode is v1.SecretVolumeSourceDefaultMode and its siblings for
// configMap, downwardAPI and projected volumes: 0644.
const defaultMode int32 = 0o644

// setDefaultsVolume is SetDefaults_Volume (a volume without a source is
// an emptyDir) and the generated defaulters of each source.
func setDefaultsVolume(v *Volume) {
	if v.VolumeSource == (VolumeSource{}) && v.NotSimulated == "" {
		v.EmptyDir = &EmptyDirVolumeSource{}
	}
	if v.HostPath != nil && v.HostPath.Type == nil {
		v.HostPath.Type = ptrTo("") // SetDefaults_HostPathVolumeSource: v1.HostPathUnset
	}
	if v.Secret != nil {
		setDefaultMode(&v.Secret.DefaultMode) // SetDefaults_SecretVolumeSource
	}
	if v.ConfigMap != nil {
		setDefaultMode(&v.ConfigMap.DefaultMode) // SetDefaults_ConfigMapVolumeSource
	}
	if v.DownwardAPI != nil {
		setDefaultMode(&v.DownwardAPI.DefaultMode) // SetDefaults_DownwardAPIVolumeSource
		defaultDownwardAPIFiles(v.DownwardAPI.Items)
	}
	if v.Projected != nil {
		setDefaultMode(&v.Projected.DefaultMode) // SetDefaults_ProjectedVolumeSource
		defaultProjections(v.Projected.Sources)
	}
}

func setDefaultMode(m **int32) {
	if *m == nil {
		*m = ptrTo(defaultMode)
	}
}

func defaultDownwardAPIFiles(items []DownwardAPIVolumeFile) {
	for i := range items {
		setDefaultsObjectFieldSelector(items[i].FieldRef)
	}
}

// defaultProjections: downwardAPI items get their fieldRef apiVersion and
// a service account token lives an hour
// (SetDefaults_ServiceAccountTokenProjection).
func defaultProjections(sources []VolumeProjection) {
	for _, s := range sources {
		if s.DownwardAPI != nil {
			defaultDownwardAPIFiles(s.DownwardAPI.Items)
		}
		if t := s.ServiceAccountToken; t != nil && t.ExpirationSeconds == nil {
			t.ExpirationSeconds = ptrTo[int64](3600)
		}
	}
}
