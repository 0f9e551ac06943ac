package kubelet

import (
	"errors"
	"fmt"
	"path"
	"sort"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

// The modes the API server defaults volume files to
// (SetDefaults_ConfigMapVolumeSource, …: 0644).
const defaultFileMode int32 = 0o644

// MountError is a volume that could not be set up. Its text is the
// FailedMount event's message, as the operation executor words it:
// `MountVolume.SetUp failed for volume "x" : configmap "y" not found`.
// The Pod waits in ContainerCreating (or Init:0/N) while it lasts.
type MountError struct {
	Volume string
	Err    error
}

func (e *MountError) Error() string {
	return fmt.Sprintf("MountVolume.SetUp failed for volume %q : %v", e.Volume, e.Err)
}

func (e *MountError) Unwrap() error { return e.Err }

// VolumeFiles is the content the kubelet's volume plugin writes into v for
// the Pod described by src: nil for emptyDir and hostPath (empty at
// start), the files of configMap, secret, downwardAPI and projected
// volumes, sorted by path. A missing ConfigMap, Secret or key returns a
// *MountError unless the source is optional.
func VolumeFiles(src EnvSources, v api.Volume) ([]sim.VolumeFile, error) {
	var files map[string]fileProjection
	var err error
	switch s := v.VolumeSource; {
	case s.ConfigMap != nil:
		files, err = configMapVolume(src, s.ConfigMap)
	case s.Secret != nil:
		files, err = secretVolume(src, s.Secret)
	case s.DownwardAPI != nil:
		files, err = CollectDownwardAPI(src, s.DownwardAPI.Items, modeOr(s.DownwardAPI.DefaultMode))
	case s.Projected != nil:
		files, err = projectedVolume(src, s.Projected)
	default:
		return nil, nil
	}
	if err != nil {
		return nil, &MountError{Volume: v.Name, Err: err}
	}
	return sortedFiles(files), nil
}

// fileProjection mirrors pkg/volume/util.FileProjection.
type fileProjection struct {
	Data string
	Mode int32
}

func modeOr(m *int32) int32 {
	if m == nil {
		return defaultFileMode
	}
	return *m
}

func sortedFiles(m map[string]fileProjection) []sim.VolumeFile {
	out := make([]sim.VolumeFile, 0, len(m))
	for p, f := range m {
		out = append(out, sim.VolumeFile{Path: path.Clean(p), Content: f.Data, Mode: uint32(f.Mode)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// configMapVolume mirrors configMapVolumeMounter.SetUpAt
// (pkg/volume/configmap): a missing optional ConfigMap gives an empty
// volume.
func configMapVolume(src EnvSources, s *api.ConfigMapVolumeSource) (map[string]fileProjection, error) {
	optional := isTrue(s.Optional)
	cm, err := src.configMap(s.Name)
	if err != nil {
		if optional {
			return nil, nil
		}
		return nil, err
	}
	return configMapPayload(s.Items, cm, modeOr(s.DefaultMode), optional)
}

// configMapPayload mirrors configmap.MakePayload: every key (data and
// binaryData) as a file, or only the items, key → path, with their mode.
func configMapPayload(items []api.KeyToPath, cm api.ConfigMap, defaultMode int32, optional bool) (map[string]fileProjection, error) {
	data := map[string]string{}
	for k, v := range cm.Data {
		data[k] = v
	}
	for k, v := range cm.BinaryData {
		data[k] = string(v)
	}
	return makePayload(items, data, defaultMode, optional, "configmap references non-existent config key: %s")
}

// makePayload is the shared body of configmap.MakePayload and
// secret.MakePayload.
func makePayload(items []api.KeyToPath, data map[string]string, defaultMode int32, optional bool, missing string) (map[string]fileProjection, error) {
	payload := map[string]fileProjection{}
	if len(items) == 0 {
		for k, v := range data {
			payload[k] = fileProjection{Data: v, Mode: defaultMode}
		}
		return payload, nil
	}
	for _, ktp := range items {
		v, ok := data[ktp.Key]
		if !ok {
			if optional {
				continue
			}
			return nil, fmt.Errorf(missing, ktp.Key)
		}
		mode := defaultMode
		if ktp.Mode != nil {
			mode = *ktp.Mode
		}
		payload[ktp.Path] = fileProjection{Data: v, Mode: mode}
	}
	return payload, nil
}

// secretVolume mirrors secretVolumeMounter.SetUpAt (pkg/volume/secret):
// the files hold the decoded bytes of the Secret's data.
func secretVolume(src EnvSources, s *api.SecretVolumeSource) (map[string]fileProjection, error) {
	optional := isTrue(s.Optional)
	sec, err := src.secret(s.SecretName)
	if err != nil {
		if optional {
			return nil, nil
		}
		return nil, err
	}
	return makePayload(s.Items, secretStrings(sec), modeOr(s.DefaultMode), optional, "references non-existent secret key: %s")
}

// CollectDownwardAPI mirrors downwardapi.CollectData: metadata fields (and
// the whole label or annotation map in FormatMap's key="value" lines) and
// container resources, with the node's allocatable for an unset limit.
func CollectDownwardAPI(src EnvSources, items []api.DownwardAPIVolumeFile, defaultMode int32) (map[string]fileProjection, error) {
	data := map[string]fileProjection{}
	var errs []error
	for _, it := range items {
		mode := defaultMode
		if it.Mode != nil {
			mode = *it.Mode
		}
		var v string
		var err error
		switch {
		case it.FieldRef != nil:
			v, err = ExtractFieldPathAsString(src.kubeletPod(), it.FieldRef.FieldPath)
		case it.ResourceFieldRef != nil:
			c := findContainer(src.Pod, it.ResourceFieldRef.ContainerName)
			if c == nil {
				err = fmt.Errorf("container %s not found", it.ResourceFieldRef.ContainerName)
			} else {
				v, err = ContainerResourceRuntimeValue(src, c, it.ResourceFieldRef)
			}
		}
		if err != nil {
			errs = append(errs, err)
		}
		data[path.Clean(it.Path)] = fileProjection{Data: v, Mode: mode}
	}
	return data, errors.Join(errs...)
}

// projectedVolume mirrors projectedVolumeMounter.collectData
// (pkg/volume/projected): every source's files merged into one volume.
func projectedVolume(src EnvSources, p *api.ProjectedVolumeSource) (map[string]fileProjection, error) {
	mode := modeOr(p.DefaultMode)
	payload := map[string]fileProjection{}
	var errs []error
	add := func(files map[string]fileProjection, err error) {
		if err != nil {
			errs = append(errs, err)
		}
		for k, v := range files {
			payload[k] = v
		}
	}
	for _, s := range p.Sources {
		switch {
		case s.Secret != nil:
			add(projectedSecret(src, s.Secret, mode))
		case s.ConfigMap != nil:
			add(projectedConfigMap(src, s.ConfigMap, mode))
		case s.DownwardAPI != nil:
			add(CollectDownwardAPI(src, s.DownwardAPI.Items, mode))
		case s.ServiceAccountToken != nil:
			payload[s.ServiceAccountToken.Path] = fileProjection{Data: ServiceAccountToken(src.Pod, s.ServiceAccountToken.Audience), Mode: mode}
		}
	}
	return payload, errors.Join(errs...)
}

func projectedSecret(src EnvSources, s *api.SecretProjection, mode int32) (map[string]fileProjection, error) {
	optional := isTrue(s.Optional)
	sec, err := src.secret(s.Name)
	if err != nil && !optional {
		return nil, err
	}
	return makePayload(s.Items, secretStrings(sec), mode, optional, "references non-existent secret key: %s")
}

func projectedConfigMap(src EnvSources, s *api.ConfigMapProjection, mode int32) (map[string]fileProjection, error) {
	optional := isTrue(s.Optional)
	cm, err := src.configMap(s.Name)
	if err != nil && !optional {
		return nil, err
	}
	return configMapPayload(s.Items, cm, mode, optional)
}
