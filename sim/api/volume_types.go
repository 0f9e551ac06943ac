package api

// Volume mirrors core/v1 Volume with the sources the simulator models.
type Volume struct {
	Name         string `json:"name"`
	VolumeSource `json:",inline"`
	// NotSimulated names the source the manifest gave that Podlab accepts
	// but does not model ("image", "csi", "ephemeral", ...), set by Parse;
	// such a volume has no VolumeSource and is not defaulted to emptyDir.
	NotSimulated string `json:"-"`
}

// VolumeSource mirrors core/v1 VolumeSource: exactly one is set.
type VolumeSource struct {
	EmptyDir              *EmptyDirVolumeSource    `json:"emptyDir,omitempty"`
	HostPath              *HostPathVolumeSource    `json:"hostPath,omitempty"`
	ConfigMap             *ConfigMapVolumeSource   `json:"configMap,omitempty"`
	Secret                *SecretVolumeSource      `json:"secret,omitempty"`
	DownwardAPI           *DownwardAPIVolumeSource `json:"downwardAPI,omitempty"`
	Projected             *ProjectedVolumeSource   `json:"projected,omitempty"`
	PersistentVolumeClaim *PVCVolumeSource         `json:"persistentVolumeClaim,omitempty"`
}

// EmptyDirVolumeSource mirrors core/v1 EmptyDirVolumeSource.
type EmptyDirVolumeSource struct {
	Medium    string    `json:"medium,omitempty"`
	SizeLimit *Quantity `json:"sizeLimit,omitempty"`
}

// HostPathVolumeSource mirrors core/v1 HostPathVolumeSource.
type HostPathVolumeSource struct {
	Path string  `json:"path"`
	Type *string `json:"type,omitempty"`
}

// KeyToPath mirrors core/v1 KeyToPath.
type KeyToPath struct {
	Key  string `json:"key"`
	Path string `json:"path"`
	Mode *int32 `json:"mode,omitempty"`
}

// ConfigMapVolumeSource mirrors core/v1 ConfigMapVolumeSource.
type ConfigMapVolumeSource struct {
	Name        string      `json:"name,omitempty"`
	Items       []KeyToPath `json:"items,omitempty"`
	DefaultMode *int32      `json:"defaultMode,omitempty"`
	Optional    *bool       `json:"optional,omitempty"`
}

// SecretVolumeSource mirrors core/v1 SecretVolumeSource.
type SecretVolumeSource struct {
	SecretName  string      `json:"secretName,omitempty"`
	Items       []KeyToPath `json:"items,omitempty"`
	DefaultMode *int32      `json:"defaultMode,omitempty"`
	Optional    *bool       `json:"optional,omitempty"`
}

// DownwardAPIVolumeSource mirrors core/v1 DownwardAPIVolumeSource.
type DownwardAPIVolumeSource struct {
	Items       []DownwardAPIVolumeFile `json:"items,omitempty"`
	DefaultMode *int32                  `json:"defaultMode,omitempty"`
}

// DownwardAPIVolumeFile mirrors core/v1 DownwardAPIVolumeFile.
type DownwardAPIVolumeFile struct {
	Path             string                 `json:"path"`
	FieldRef         *ObjectFieldSelector   `json:"fieldRef,omitempty"`
	ResourceFieldRef *ResourceFieldSelector `json:"resourceFieldRef,omitempty"`
	Mode             *int32                 `json:"mode,omitempty"`
}

// ProjectedVolumeSource mirrors core/v1 ProjectedVolumeSource.
type ProjectedVolumeSource struct {
	Sources     []VolumeProjection `json:"sources"`
	DefaultMode *int32             `json:"defaultMode,omitempty"`
}

// VolumeProjection mirrors core/v1 VolumeProjection.
type VolumeProjection struct {
	Secret              *SecretProjection              `json:"secret,omitempty"`
	DownwardAPI         *DownwardAPIProjection         `json:"downwardAPI,omitempty"`
	ConfigMap           *ConfigMapProjection           `json:"configMap,omitempty"`
	ServiceAccountToken *ServiceAccountTokenProjection `json:"serviceAccountToken,omitempty"`
}

// SecretProjection mirrors core/v1 SecretProjection.
type SecretProjection struct {
	Name     string      `json:"name,omitempty"`
	Items    []KeyToPath `json:"items,omitempty"`
	Optional *bool       `json:"optional,omitempty"`
}

// ConfigMapProjection mirrors core/v1 ConfigMapProjection.
type ConfigMapProjection struct {
	Name     string      `json:"name,omitempty"`
	Items    []KeyToPath `json:"items,omitempty"`
	Optional *bool       `json:"optional,omitempty"`
}

// DownwardAPIProjection mirrors core/v1 DownwardAPIProjection.
type DownwardAPIProjection struct {
	Items []DownwardAPIVolumeFile `json:"items,omitempty"`
}

// ServiceAccountTokenProjection mirrors core/v1 ServiceAccountTokenProjection.
type ServiceAccountTokenProjection struct {
	Audience          string `json:"audience,omitempty"`
	ExpirationSeconds *int64 `json:"expirationSeconds,omitempty"`
	Path              string `json:"path"`
}

// PVCVolumeSource mirrors core/v1 PersistentVolumeClaimVolumeSource; the
// simulator accepts it and reports it as not simulated.
type PVCVolumeSource struct {
	ClaimName string `json:"claimName"`
	ReadOnly  bool   `json:"readOnly,omitempty"`
}
