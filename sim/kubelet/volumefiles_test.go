package kubelet

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

func int32p(n int32) *int32 { return &n }

func filesString(fs []sim.VolumeFile) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s %o %q\n", f.Path, f.Mode, f.Content)
	}
	return b.String()
}

func TestVolumeFiles(t *testing.T) {
	pod := &api.Pod{ObjectMeta: api.ObjectMeta{Name: "kubernetes-downwardapi-volume-example",
		Labels:      map[string]string{"zone": "us-est-coast", "cluster": "test-cluster1", "rack": "rack-22"},
		Annotations: map[string]string{"build": "two", "builder": "john-doe"}},
		Spec: api.PodSpec{Containers: []api.Container{{Name: "client-container",
			Resources: api.ResourceRequirements{Limits: map[string]api.Quantity{"cpu": "500m", "memory": "64Mi"}, Requests: map[string]api.Quantity{"cpu": "250m"}}}}}}
	fr := func(p string) *api.ObjectFieldSelector { return &api.ObjectFieldSelector{FieldPath: p} }
	tests := []struct {
		name string
		vol  api.VolumeSource
		want string
	}{
		{"configMap, all keys", api.VolumeSource{ConfigMap: &api.ConfigMapVolumeSource{Name: "special-config"}},
			"SPECIAL_LEVEL 644 \"very\"\nSPECIAL_TYPE 644 \"charm\"\nspecial.how 644 \"very\"\n"},
		{"configMap items", api.VolumeSource{ConfigMap: &api.ConfigMapVolumeSource{Name: "special-config", Items: []api.KeyToPath{{Key: "SPECIAL_LEVEL", Path: "keys"}}}},
			"keys 644 \"very\"\n"},
		{"secret with defaultMode and item mode", api.VolumeSource{Secret: &api.SecretVolumeSource{SecretName: "test-secret", DefaultMode: int32p(0o400),
			Items: []api.KeyToPath{{Key: "username", Path: "my-group/my-username", Mode: int32p(0o777)}, {Key: "password", Path: "password"}}}},
			"my-group/my-username 777 \"my-app\"\npassword 400 \"39528$vdg7Jb\"\n"},
		{"optional missing secret", api.VolumeSource{Secret: &api.SecretVolumeSource{SecretName: "nope", Optional: boolp(true)}}, ""},
		{"downwardAPI", api.VolumeSource{DownwardAPI: &api.DownwardAPIVolumeSource{Items: []api.DownwardAPIVolumeFile{
			{Path: "labels", FieldRef: fr("metadata.labels")}, {Path: "annotations", FieldRef: fr("metadata.annotations")},
			{Path: "cpu_limit", ResourceFieldRef: &api.ResourceFieldSelector{ContainerName: "client-container", Resource: "limits.cpu", Divisor: "1m"}},
			{Path: "mem_limit", ResourceFieldRef: &api.ResourceFieldSelector{ContainerName: "client-container", Resource: "limits.memory", Divisor: "1Mi"}}}}},
			"annotations 644 \"build=\\\"two\\\"\\nbuilder=\\\"john-doe\\\"\\nkubernetes.io/config.seen=\\\"2025-06-01T09:00:01.5Z\\\"\\nkubernetes.io/config.source=\\\"api\\\"\"\n" +
				"cpu_limit 644 \"500\"\n" +
				"labels 644 \"cluster=\\\"test-cluster1\\\"\\nrack=\\\"rack-22\\\"\\nzone=\\\"us-est-coast\\\"\"\n" +
				"mem_limit 644 \"64\"\n"},
		{"projected", api.VolumeSource{Projected: &api.ProjectedVolumeSource{Sources: []api.VolumeProjection{
			{Secret: &api.SecretProjection{Name: "test-secret", Items: []api.KeyToPath{{Key: "username", Path: "my-group/my-username"}}}},
			{DownwardAPI: &api.DownwardAPIProjection{Items: []api.DownwardAPIVolumeFile{{Path: "labels", FieldRef: fr("metadata.labels['rack']")}}}},
			{ConfigMap: &api.ConfigMapProjection{Name: "special-config", Items: []api.KeyToPath{{Key: "special.how", Path: "my-group/my-config"}}}}}}},
			"labels 644 \"rack-22\"\nmy-group/my-config 644 \"very\"\nmy-group/my-username 644 \"my-app\"\n"},
	}
	for _, tt := range tests {
		src := envSources(pod)
		src.SeenAt = 1500 * time.Millisecond
		got, err := VolumeFiles(src, api.Volume{Name: "v", VolumeSource: tt.vol})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if s := filesString(got); s != tt.want {
			t.Errorf("%s:\ngot\n%swant\n%s", tt.name, s, tt.want)
		}
	}
}

func TestVolumeFilesErrors(t *testing.T) {
	pod := &api.Pod{ObjectMeta: api.ObjectMeta{Name: "p"}}
	tests := []struct {
		vol  api.VolumeSource
		want string
	}{
		{api.VolumeSource{ConfigMap: &api.ConfigMapVolumeSource{Name: "y"}}, `MountVolume.SetUp failed for volume "x" : configmap "y" not found`},
		{api.VolumeSource{Secret: &api.SecretVolumeSource{SecretName: "y"}}, `MountVolume.SetUp failed for volume "x" : secret "y" not found`},
		{api.VolumeSource{ConfigMap: &api.ConfigMapVolumeSource{Name: "special-config", Items: []api.KeyToPath{{Key: "nope", Path: "p"}}}},
			`MountVolume.SetUp failed for volume "x" : configmap references non-existent config key: nope`},
		{api.VolumeSource{Projected: &api.ProjectedVolumeSource{Sources: []api.VolumeProjection{{Secret: &api.SecretProjection{Name: "user"}}}}},
			`MountVolume.SetUp failed for volume "x" : secret "user" not found`},
	}
	for _, tt := range tests {
		_, err := VolumeFiles(envSources(pod), api.Volume{Name: "x", VolumeSource: tt.vol})
		var me *MountError
		if !errors.As(err, &me) || err.Error() != tt.want {
			t.Errorf("err = %v, want %q", err, tt.want)
		}
	}
}

func TestAdmitServiceAccount(t *testing.T) {
	p := api.Pod{ObjectMeta: api.ObjectMeta{Name: "nginx"}, Spec: api.PodSpec{
		InitContainers: []api.Container{{Name: "init"}}, Containers: []api.Container{{Name: "nginx"}}}}
	got := AdmitServiceAccount(p)
	if len(p.Spec.Volumes) != 0 || len(p.Spec.Containers[0].VolumeMounts) != 0 {
		t.Fatal("AdmitServiceAccount modified its argument")
	}
	if got.Spec.ServiceAccountName != "default" || len(got.Spec.Volumes) != 1 {
		t.Fatalf("got serviceAccountName %q and %d volumes", got.Spec.ServiceAccountName, len(got.Spec.Volumes))
	}
	v := got.Spec.Volumes[0]
	if !strings.HasPrefix(v.Name, "kube-api-access-") || len(v.Name) != len("kube-api-access-")+5 {
		t.Errorf("volume name %q", v.Name)
	}
	for _, c := range append(got.Spec.InitContainers, got.Spec.Containers...) {
		if len(c.VolumeMounts) != 1 || c.VolumeMounts[0].MountPath != ServiceAccountMountPath || !c.VolumeMounts[0].ReadOnly {
			t.Errorf("container %s mounts %+v", c.Name, c.VolumeMounts)
		}
	}
	files, err := VolumeFiles(envSources(&got), v)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
	}
	if strings.Join(paths, " ") != "ca.crt namespace token" || files[1].Content != "default" {
		t.Errorf("files %v, namespace %q", paths, files[1].Content)
	}
	off := false
	p.Spec.AutomountServiceAccountToken = &off
	if got := AdmitServiceAccount(p); len(got.Spec.Volumes) != 0 {
		t.Errorf("automountServiceAccountToken: false still adds %v", got.Spec.Volumes)
	}
}
