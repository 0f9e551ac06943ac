package kubelet

import (
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/podlab/podlab/sim/api"
)

// The service-account token volume of every Pod, added by the
// ServiceAccount admission plugin (plugin/pkg/admission/serviceaccount
// admission.go: mountServiceAccountToken, TokenVolumeSource).
const (
	ServiceAccountMountPath = "/var/run/secrets/kubernetes.io/serviceaccount"
	rootCAConfigMap         = "kube-root-ca.crt"
	tokenExpirationSeconds  = 3607 // 1 h plus the 7 s warning margin the plugin adds
)

// clusterCA is the simulated cluster's CA certificate (ca.crt).
const clusterCA = "-----BEGIN CERTIFICATE-----\n" +
	"MIIDBTCCAe2gAwIBAgIIPodlabSimCAwDQYJKoZIhvcNAQELBQAwFTETMBEGA1UE\n" +
	"AxMKa3ViZXJuZXRlczAeFw0yNTA2MDEwOTAwMDBaFw0zNTA1MzAwOTAwMDBaMBUx\n" +
	"EzARBgNVBAMTCmt1YmVybmV0ZXMwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEK\n" +
	"-----END CERTIFICATE-----\n"

// AdmitServiceAccount returns p as the API server stores it after the
// ServiceAccount admission plugin: serviceAccountName defaults to
// "default" and, unless automountServiceAccountToken is false, a projected
// kube-api-access-xxxxx volume (token, ca.crt, namespace) is mounted
// read-only at /var/run/secrets/kubernetes.io/serviceaccount in every
// container that does not mount something there already. p is not
// modified.
func AdmitServiceAccount(p api.Pod) api.Pod {
	p.Spec.ServiceAccountName = ServiceAccountName(&p)
	if p.Spec.AutomountServiceAccountToken != nil && !*p.Spec.AutomountServiceAccountToken {
		return p
	}
	name := "kube-api-access-" + nameSuffix(namespaceOf(&p)+"/"+p.Name)
	p.Spec.Volumes = append(append([]api.Volume{}, p.Spec.Volumes...), serviceAccountVolume(name))
	p.Spec.InitContainers = withTokenMount(p.Spec.InitContainers, name)
	p.Spec.Containers = withTokenMount(p.Spec.Containers, name)
	return p
}

func serviceAccountVolume(name string) api.Volume {
	secs := int64(tokenExpirationSeconds)
	mode := int32(0o644)
	return api.Volume{Name: name, VolumeSource: api.VolumeSource{Projected: &api.ProjectedVolumeSource{
		DefaultMode: &mode,
		Sources: []api.VolumeProjection{
			{ServiceAccountToken: &api.ServiceAccountTokenProjection{ExpirationSeconds: &secs, Path: "token"}},
			{ConfigMap: &api.ConfigMapProjection{Name: rootCAConfigMap, Items: []api.KeyToPath{{Key: "ca.crt", Path: "ca.crt"}}}},
			{DownwardAPI: &api.DownwardAPIProjection{Items: []api.DownwardAPIVolumeFile{{Path: "namespace",
				FieldRef: &api.ObjectFieldSelector{APIVersion: "v1", FieldPath: "metadata.namespace"}}}}},
		},
	}}}
}

func withTokenMount(cs []api.Container, volume string) []api.Container {
	out := make([]api.Container, len(cs))
	for i, c := range cs {
		if !mountsAt(c, ServiceAccountMountPath) {
			c.VolumeMounts = append(append([]api.VolumeMount{}, c.VolumeMounts...),
				api.VolumeMount{Name: volume, ReadOnly: true, MountPath: ServiceAccountMountPath})
		}
		out[i] = c
	}
	return out
}

func mountsAt(c api.Container, p string) bool {
	for _, m := range c.VolumeMounts {
		if m.MountPath == p {
			return true
		}
	}
	return false
}

// nameSuffix is a 5-letter suffix in the alphabet of
// apiserver/pkg/storage/names.SimpleNameGenerator, derived from s so that
// a Pod gets the same volume name on every run.
func nameSuffix(s string) string {
	const alphabet = "bcdfghjklmnpqrstvwxz2456789"
	h := hexHash(s)
	var b strings.Builder
	for i := 0; i < 5; i++ {
		b.WriteByte(alphabet[int(h[i*2]^h[i*2+1])%len(alphabet)])
	}
	return b.String()
}

// ServiceAccountToken is a JWT-shaped stand-in for the bound token the
// kubelet requests (TokenRequest): header.claims.signature, with the
// claims a real one has, readable with base64 -d.
func ServiceAccountToken(p *api.Pod, audience string) string {
	if audience == "" {
		audience = "https://kubernetes.default.svc." + ClusterDomain
	}
	enc := base64.RawURLEncoding
	header := enc.EncodeToString([]byte(`{"alg":"RS256","kid":"podlab"}`))
	claims := enc.EncodeToString([]byte(fmt.Sprintf(
		`{"aud":[%q],"iss":"https://kubernetes.default.svc.%s","kubernetes.io":{"namespace":%q,"pod":{"name":%q,"uid":%q},"serviceaccount":{"name":%q}},"sub":"system:serviceaccount:%s:%s"}`,
		audience, ClusterDomain, namespaceOf(p), p.Name, PodUID(p), ServiceAccountName(p), namespaceOf(p), ServiceAccountName(p))))
	return header + "." + claims + "." + enc.EncodeToString([]byte(hexHash(header + claims)[:32]))
}
