package kubectl

import (
	"fmt"

	"github.com/podlab/podlab/sim/api"
)

// Volumes and mounts are printed as the spec has them: the caller passes
// the Pod after admission (kubelet.AdmitServiceAccount adds the
// kube-api-access volume and its mounts, as the API server does).

// describeVolumes mirrors describe.go describeVolumes for the sources the
// simulator models.
func describeVolumes(w prefixWriter, vs []api.Volume) {
	if len(vs) == 0 {
		w.Write(level0, "Volumes:\t<none>\n")
		return
	}
	w.Write(level0, "Volumes:\n")
	for _, v := range vs {
		w.Write(level1, "%v:\n", v.Name)
		describeVolumeSource(w, v.VolumeSource)
	}
}

func describeVolumeSource(w prefixWriter, s api.VolumeSource) {
	switch {
	case s.HostPath != nil:
		hpType := "<none>"
		if s.HostPath.Type != nil {
			hpType = *s.HostPath.Type
		}
		w.Write(level2, "Type:\tHostPath (bare host directory volume)\n"+
			"    Path:\t%v\n"+
			"    HostPathType:\t%v\n", s.HostPath.Path, hpType)
	case s.EmptyDir != nil:
		limit := "<unset>"
		if s.EmptyDir.SizeLimit != nil && *s.EmptyDir.SizeLimit != "" && *s.EmptyDir.SizeLimit != "0" {
			limit = string(*s.EmptyDir.SizeLimit)
		}
		w.Write(level2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n"+
			"    Medium:\t%v\n"+
			"    SizeLimit:\t%v\n", s.EmptyDir.Medium, limit)
	case s.Secret != nil:
		w.Write(level2, "Type:\tSecret (a volume populated by a Secret)\n"+
			"    SecretName:\t%v\n"+
			"    Optional:\t%v\n", s.Secret.SecretName, isTrue(s.Secret.Optional))
	case s.ConfigMap != nil:
		w.Write(level2, "Type:\tConfigMap (a volume populated by a ConfigMap)\n"+
			"    Name:\t%v\n"+
			"    Optional:\t%v\n", s.ConfigMap.Name, isTrue(s.ConfigMap.Optional))
	case s.PersistentVolumeClaim != nil:
		w.Write(level2, "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n"+
			"    ClaimName:\t%v\n"+
			"    ReadOnly:\t%v\n", s.PersistentVolumeClaim.ClaimName, s.PersistentVolumeClaim.ReadOnly)
	case s.DownwardAPI != nil:
		describeDownwardAPI(w, s.DownwardAPI.Items)
	case s.Projected != nil:
		describeProjected(w, s.Projected)
	default:
		w.Write(level1, "<unknown>\n")
	}
}

func describeDownwardAPI(w prefixWriter, items []api.DownwardAPIVolumeFile) {
	w.Write(level2, "Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n")
	for _, m := range items {
		if m.FieldRef != nil {
			w.Write(level3, "%v -> %v\n", m.FieldRef.FieldPath, m.Path)
		}
		if m.ResourceFieldRef != nil {
			w.Write(level3, "%v -> %v\n", m.ResourceFieldRef.Resource, m.Path)
		}
	}
}

// describeProjected mirrors describe.go printProjectedVolumeSource.
func describeProjected(w prefixWriter, p *api.ProjectedVolumeSource) {
	w.Write(level2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n")
	for _, s := range p.Sources {
		switch {
		case s.Secret != nil:
			w.Write(level2, "SecretName:\t%v\n"+
				"    Optional:\t%v\n", s.Secret.Name, isTrue(s.Secret.Optional))
		case s.DownwardAPI != nil:
			w.Write(level2, "DownwardAPI:\ttrue\n")
		case s.ConfigMap != nil:
			w.Write(level2, "ConfigMapName:\t%v\n"+
				"    Optional:\t%v\n", s.ConfigMap.Name, isTrue(s.ConfigMap.Optional))
		case s.ServiceAccountToken != nil:
			secs := int64(3600) // SetDefaults_ServiceAccountTokenProjection
			if s.ServiceAccountToken.ExpirationSeconds != nil {
				secs = *s.ServiceAccountToken.ExpirationSeconds
			}
			w.Write(level2, "TokenExpirationSeconds:\t%s\n", fmt.Sprint(secs))
		}
	}
}
