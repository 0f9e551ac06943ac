package kubelet

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/kubectl"
)

// EnvSources is what the kubelet consults when it builds a container's
// environment and its volumes: the Pod as stored, where it runs, and the
// ConfigMaps and Secrets of its namespace.
type EnvSources struct {
	Pod        *api.Pod
	PodIP      string
	HostIP     string
	NodeName   string
	ConfigMaps map[string]api.ConfigMap // by name
	Secrets    map[string]api.Secret    // by name
	// NodeAllocatable is the node's allocatable cpu and memory: the
	// resourceFieldRef value of an unset limit (defaultPodLimitsForDownwardAPI).
	NodeAllocatable map[string]api.Quantity
	// SeenAt is when the kubelet first saw the Pod (it was bound to the
	// node): the kubernetes.io/config.seen annotation of the kubelet's copy.
	SeenAt time.Duration
}

// The annotations the kubelet's pod config adds to its own copy of every
// Pod (pkg/kubelet/config/config.go, ConfigSourceAnnotationKey and
// ConfigFirstSeenAnnotationKey). They are not in the API server's object,
// so kubectl does not show them, but the downward API reads the kubelet's
// copy: `cat /etc/podinfo/annotations` lists them after the Pod's own.
const (
	configSourceAnnotation = "kubernetes.io/config.source"
	configSeenAnnotation   = "kubernetes.io/config.seen"
)

// kubeletPod is the Pod as the kubelet holds it: with its config
// annotations (source "api", first seen at SeenAt, written as
// kubetypes.Timestamp.GetString does: RFC 3339 with nanoseconds).
func (src EnvSources) kubeletPod() *api.Pod {
	p := *src.Pod
	p.Annotations = make(map[string]string, len(src.Pod.Annotations)+2)
	for k, v := range src.Pod.Annotations {
		p.Annotations[k] = v
	}
	p.Annotations[configSourceAnnotation] = "api"
	p.Annotations[configSeenAnnotation] = kubectl.CreationTime().Add(src.SeenAt).Format(time.RFC3339Nano)
	return &p
}

// EnvVar is one variable of a container's environment.
type EnvVar struct {
	Name, Value string
}

// MakeEnvironmentVariables mirrors Kubelet.makeEnvironmentVariables
// (pkg/kubelet/kubelet_pods.go): envFrom first (later sources override
// earlier ones, with their prefix), then env in declaration order, each
// value $(VAR)-expanded against the variables declared so far and the
// service variables; then the service variables not already defined.
//
// An error is the kubelet's, worded as it words it (`configmap "x" not
// found`, `couldn't find key k in ConfigMap default/x`): the container
// then waits in CreateContainerConfigError.
//
// The real kubelet returns the variables in Go map order; here they are in
// declaration order (envFrom keys sorted within a source), then the
// service variables sorted, so that output is reproducible.
func MakeEnvironmentVariables(src EnvSources, c *api.Container) ([]EnvVar, error) {
	tmp := map[string]string{}
	var order []string
	set := func(k, v string) {
		if _, ok := tmp[k]; !ok {
			order = append(order, k)
		}
		tmp[k] = v
	}
	if err := envFrom(src, c, set); err != nil {
		return nil, err
	}
	service := ServiceEnv()
	mapping := MappingFuncFor(tmp, service)
	for _, e := range c.Env {
		v, skip, err := envValue(src, c, e, mapping)
		if err != nil {
			return nil, err
		}
		if !skip {
			set(e.Name, v)
		}
	}
	result := make([]EnvVar, 0, len(order)+len(service))
	for _, k := range order {
		result = append(result, EnvVar{k, tmp[k]})
	}
	for _, k := range sortedKeys(service) {
		if _, ok := tmp[k]; !ok {
			result = append(result, EnvVar{k, service[k]})
		}
	}
	return result, nil
}

// envFrom adds every key of the envFrom ConfigMaps and Secrets.
func envFrom(src EnvSources, c *api.Container, set func(k, v string)) error {
	for _, ef := range c.EnvFrom {
		var data map[string]string
		switch {
		case ef.ConfigMapRef != nil:
			cm, err := src.configMap(ef.ConfigMapRef.Name)
			if err != nil {
				if isTrue(ef.ConfigMapRef.Optional) {
					continue
				}
				return err
			}
			data = cm.Data
		case ef.SecretRef != nil:
			s, err := src.secret(ef.SecretRef.Name)
			if err != nil {
				if isTrue(ef.SecretRef.Optional) {
					continue
				}
				return err
			}
			data = secretStrings(s)
		}
		for _, k := range sortedKeys(data) {
			set(ef.Prefix+k, data[k])
		}
	}
	return nil
}

// envValue is the value of one env entry; skip is true for an optional
// reference to a missing ConfigMap, Secret or key.
func envValue(src EnvSources, c *api.Container, e api.EnvVar, mapping func(string) string) (v string, skip bool, err error) {
	if e.Value != "" || e.ValueFrom == nil {
		return Expand(e.Value, mapping), false, nil
	}
	from := e.ValueFrom
	switch {
	case from.FieldRef != nil:
		v, err = PodFieldSelectorRuntimeValue(src, from.FieldRef.FieldPath)
		return v, false, err
	case from.ResourceFieldRef != nil:
		v, err = ContainerResourceRuntimeValue(src, c, from.ResourceFieldRef)
		return v, false, err
	case from.ConfigMapKeyRef != nil:
		return configMapKey(src, from.ConfigMapKeyRef)
	case from.SecretKeyRef != nil:
		return secretKey(src, from.SecretKeyRef)
	}
	return "", false, nil
}

func configMapKey(src EnvSources, ref *api.KeySelector) (string, bool, error) {
	optional := isTrue(ref.Optional)
	cm, err := src.configMap(ref.Name)
	if err != nil {
		return "", optional, errUnlessOptional(err, optional)
	}
	v, ok := cm.Data[ref.Key]
	if !ok {
		return "", optional, errUnlessOptional(fmt.Errorf("couldn't find key %v in ConfigMap %v/%v", ref.Key, src.namespace(), ref.Name), optional)
	}
	return v, false, nil
}

func secretKey(src EnvSources, ref *api.KeySelector) (string, bool, error) {
	optional := isTrue(ref.Optional)
	s, err := src.secret(ref.Name)
	if err != nil {
		return "", optional, errUnlessOptional(err, optional)
	}
	v, ok := secretStrings(s)[ref.Key]
	if !ok {
		return "", optional, errUnlessOptional(fmt.Errorf("couldn't find key %v in Secret %v/%v", ref.Key, src.namespace(), ref.Name), optional)
	}
	return v, false, nil
}

func errUnlessOptional(err error, optional bool) error {
	if optional {
		return nil
	}
	return err
}

// configMap is configMapManager.GetConfigMap: not found is the API
// server's NotFound error text. kube-root-ca.crt exists in every
// namespace (the root CA publisher controller puts it there).
func (src EnvSources) configMap(name string) (api.ConfigMap, error) {
	if cm, ok := src.ConfigMaps[name]; ok {
		return cm, nil
	}
	if name == rootCAConfigMap {
		return api.ConfigMap{Data: map[string]string{"ca.crt": clusterCA}}, nil
	}
	return api.ConfigMap{}, fmt.Errorf("configmap %q not found", name)
}

func (src EnvSources) secret(name string) (api.Secret, error) {
	if s, ok := src.Secrets[name]; ok {
		return s, nil
	}
	return api.Secret{}, fmt.Errorf("secret %q not found", name)
}

func (src EnvSources) namespace() string {
	if src.Pod == nil || src.Pod.Namespace == "" {
		return "default"
	}
	return src.Pod.Namespace
}

// secretStrings is the Secret's data as strings; stringData counts as the
// API server merges it into data on write.
func secretStrings(s api.Secret) map[string]string {
	out := make(map[string]string, len(s.Data)+len(s.StringData))
	for k, v := range s.Data {
		out[k] = string(v)
	}
	for k, v := range s.StringData {
		out[k] = v
	}
	return out
}

// PodFieldSelectorRuntimeValue mirrors Kubelet.podFieldSelectorRuntimeValue
// (kubelet_pods.go): the kubelet answers spec.nodeName,
// spec.serviceAccountName and the status IPs itself, and everything else
// through fieldpath.ExtractFieldPathAsString.
func PodFieldSelectorRuntimeValue(src EnvSources, fieldPath string) (string, error) {
	p := src.Pod
	switch fieldPath {
	case "spec.nodeName":
		return src.NodeName, nil
	case "spec.serviceAccountName":
		return ServiceAccountName(p), nil
	case "status.hostIP", "status.hostIPs":
		return src.HostIP, nil
	case "status.podIP", "status.podIPs":
		return src.PodIP, nil
	}
	return ExtractFieldPathAsString(src.kubeletPod(), fieldPath)
}

// ExtractFieldPathAsString mirrors pkg/fieldpath.ExtractFieldPathAsString:
// metadata fields, whole label/annotation maps (FormatMap) or one of them
// by subscript, labels['app'].
func ExtractFieldPathAsString(p *api.Pod, fieldPath string) (string, error) {
	if path, sub, ok := splitSubscript(fieldPath); ok {
		switch path {
		case "metadata.annotations":
			return p.Annotations[sub], nil
		case "metadata.labels":
			return p.Labels[sub], nil
		}
		return "", fmt.Errorf("fieldPath %q does not support subscript", fieldPath)
	}
	switch fieldPath {
	case "metadata.annotations":
		return FormatMap(p.Annotations), nil
	case "metadata.labels":
		return FormatMap(p.Labels), nil
	case "metadata.name":
		return p.Name, nil
	case "metadata.namespace":
		if p.Namespace == "" {
			return "default", nil
		}
		return p.Namespace, nil
	case "metadata.uid":
		return PodUID(p), nil
	}
	return "", fmt.Errorf("unsupported fieldPath: %v", fieldPath)
}

// splitSubscript mirrors fieldpath.SplitMaybeSubscriptedPath:
// "metadata.labels['x']" → ("metadata.labels", "x").
func splitSubscript(fieldPath string) (string, string, bool) {
	if !strings.HasSuffix(fieldPath, "']") {
		return fieldPath, "", false
	}
	s := strings.TrimSuffix(fieldPath, "']")
	parts := strings.SplitN(s, "['", 2)
	if len(parts) < 2 || len(parts[0]) == 0 {
		return fieldPath, "", false
	}
	return parts[0], parts[1], true
}

// FormatMap mirrors pkg/fieldpath.FormatMap: sorted key="value" lines
// (strconv.Quote escaping), no trailing newline.
func FormatMap(m map[string]string) string {
	var lines []string
	for _, k := range sortedKeys(m) {
		lines = append(lines, k+"="+strconv.Quote(m[k]))
	}
	return strings.Join(lines, "\n")
}

// PodUID is the Pod's metadata.uid: the one written, or a stable UUID-shaped
// value derived from namespace and name (the API server would pick a random
// one; the simulator must be reproducible).
func PodUID(p *api.Pod) string {
	if p.UID != "" {
		return p.UID
	}
	h := hexHash(namespaceOf(p) + "/" + p.Name)
	return h[0:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:32]
}

func namespaceOf(p *api.Pod) string {
	if p.Namespace == "" {
		return "default"
	}
	return p.Namespace
}

// ServiceAccountName is spec.serviceAccountName after the ServiceAccount
// admission plugin, which sets "default" when it is empty.
func ServiceAccountName(p *api.Pod) string {
	if p.Spec.ServiceAccountName == "" {
		return "default"
	}
	return p.Spec.ServiceAccountName
}

// ContainerResourceRuntimeValue mirrors containerResourceRuntimeValue
// after defaultPodLimitsForDownwardAPI: an unset limit reads as the node's
// allocatable amount.
func ContainerResourceRuntimeValue(src EnvSources, c *api.Container, ref *api.ResourceFieldSelector) (string, error) {
	target := c
	if ref.ContainerName != "" {
		target = findContainer(src.Pod, ref.ContainerName)
		if target == nil {
			return "", fmt.Errorf("container %s not found", ref.ContainerName)
		}
	}
	defaulted := *target
	defaulted.Resources.Limits = map[string]api.Quantity{}
	for k, v := range target.Resources.Limits {
		defaulted.Resources.Limits[k] = v
	}
	for _, r := range []string{"cpu", "memory"} {
		if _, ok := defaulted.Resources.Limits[r]; !ok {
			if a, ok := src.NodeAllocatable[r]; ok {
				defaulted.Resources.Limits[r] = a
			}
		}
	}
	return ExtractContainerResourceValue(ref, &defaulted)
}

func findContainer(p *api.Pod, name string) *api.Container {
	for _, list := range [][]api.Container{p.Spec.Containers, p.Spec.InitContainers} {
		for i := range list {
			if list[i].Name == name {
				return &list[i]
			}
		}
	}
	return nil
}

// ExtractContainerResourceValue mirrors
// pkg/api/v1/resource.ExtractContainerResourceValue: the container's own
// limit or request divided by the divisor (default 1), rounded up; an unset
// value is 0. kubectl describe uses it as is (and prints "node
// allocatable" for a 0 limit).
func ExtractContainerResourceValue(ref *api.ResourceFieldSelector, c *api.Container) (string, error) {
	divisor := ref.Divisor
	if divisor == "" || milliValue(divisor) == 0 {
		divisor = "1"
	}
	kind, name, _ := strings.Cut(ref.Resource, ".")
	var list map[string]api.Quantity
	switch kind {
	case "limits":
		list = c.Resources.Limits
	case "requests":
		list = effectiveRequests(*c)
	default:
		return "", fmt.Errorf("unsupported container resource : %v", ref.Resource)
	}
	q := list[name]
	switch name {
	case "cpu":
		return strconv.FormatInt(int64(math.Ceil(float64(milliValue(q))/float64(milliValue(divisor)))), 10), nil
	case "memory", "ephemeral-storage":
		return strconv.FormatInt(int64(math.Ceil(float64(value(q))/float64(value(divisor)))), 10), nil
	}
	return "", fmt.Errorf("unsupported container resource : %v", ref.Resource)
}

// effectiveRequests are the requests after API defaulting
// (SetDefaults_Pod copies a limit into a missing request).
func effectiveRequests(c api.Container) map[string]api.Quantity {
	out := map[string]api.Quantity{}
	for k, v := range c.Resources.Limits {
		out[k] = v
	}
	for k, v := range c.Resources.Requests {
		out[k] = v
	}
	return out
}

func isTrue(b *bool) bool { return b != nil && *b }

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
