package api

// Default applies the API server's defaulting to every object, in place,
// as pkg/apis/core/v1/defaults.go (and the generated zz_generated.defaults.go
// that walks into every nested struct) does on create. Each rule is its
// own function named after the defaulter it mirrors.
func Default(objs *Objects) {
	for i := range objs.Pods {
		defaultPod(&objs.Pods[i])
	}
	for i := range objs.ConfigMaps {
		defaultNamespace(&objs.ConfigMaps[i].ObjectMeta)
		setDefaultsConfigMap(&objs.ConfigMaps[i])
	}
	for i := range objs.Secrets {
		defaultNamespace(&objs.Secrets[i].ObjectMeta)
		setDefaultsSecret(&objs.Secrets[i])
	}
	for i := range objs.ServiceAccounts {
		defaultNamespace(&objs.ServiceAccounts[i].ObjectMeta)
	}
	for i := range objs.Nodes {
		setDefaultsNodeStatus(&objs.Nodes[i].Status)
	}
}

// defaultPod is SetDefaults_Pod and SetDefaults_PodSpec, then the
// defaulters of everything the spec holds, in zz_generated.defaults.go's
// order (SetObjectDefaults_Pod).
func defaultPod(p *Pod) {
	defaultNamespace(&p.ObjectMeta)
	setDefaultsPodSpec(&p.Spec)
	setDefaultsPod(p)
	for i := range p.Spec.Volumes {
		setDefaultsVolume(&p.Spec.Volumes[i])
	}
	for i := range p.Spec.InitContainers {
		defaultContainer(&p.Spec.InitContainers[i])
	}
	for i := range p.Spec.Containers {
		defaultContainer(&p.Spec.Containers[i])
	}
}

// defaultNamespace: an object created without a namespace lands in the
// request's namespace, "default" for kubectl without -n
// (k8s.io/apiserver/pkg/registry/rest/create.go BeforeCreate fills
// metadata.namespace from the request).
func defaultNamespace(m *ObjectMeta) {
	if m.Namespace == "" {
		m.Namespace = "default"
	}
}

// setDefaultsPodSpec is SetDefaults_PodSpec, plus the API server turning
// a negative terminationGracePeriodSeconds into 1 (e2e
// test/e2e/node/pods.go "pod with negative grace period").
func setDefaultsPodSpec(s *PodSpec) {
	if s.DNSPolicy == "" {
		s.DNSPolicy = DNSClusterFirst
	}
	if s.RestartPolicy == "" {
		s.RestartPolicy = RestartAlways
	}
	if s.SecurityContext == nil {
		s.SecurityContext = &PodSecurityContext{}
	}
	if s.TerminationGracePeriodSeconds == nil {
		s.TerminationGracePeriodSeconds = ptrTo[int64](30) // v1.DefaultTerminationGracePeriodSeconds
	} else if *s.TerminationGracePeriodSeconds < 0 {
		s.TerminationGracePeriodSeconds = ptrTo[int64](1)
	}
	if s.SchedulerName == "" {
		s.SchedulerName = "default-scheduler" // v1.DefaultSchedulerName
	}
}

// setDefaultsPod is SetDefaults_Pod: requests default to limits, service
// links are on, and with hostNetwork every container port is also a
// host port (defaultHostNetworkPorts).
func setDefaultsPod(p *Pod) {
	for i := range p.Spec.Containers {
		defaultRequestsFromLimits(&p.Spec.Containers[i].Resources)
	}
	for i := range p.Spec.InitContainers {
		defaultRequestsFromLimits(&p.Spec.InitContainers[i].Resources)
	}
	if p.Spec.EnableServiceLinks == nil {
		p.Spec.EnableServiceLinks = ptrTo(true) // v1.DefaultEnableServiceLinks
	}
	if p.Spec.HostNetwork {
		defaultHostNetworkPorts(p.Spec.Containers)
		defaultHostNetworkPorts(p.Spec.InitContainers)
	}
}

// defaultRequestsFromLimits is SetDefaults_Pod's loop: a limit without a
// request of the same resource becomes the request too.
func defaultRequestsFromLimits(r *ResourceRequirements) {
	if r.Limits == nil {
		return
	}
	if r.Requests == nil {
		r.Requests = map[string]Quantity{}
	}
	for name, q := range r.Limits {
		if _, ok := r.Requests[name]; !ok {
			r.Requests[name] = q
		}
	}
}

// defaultHostNetworkPorts is defaults.go's defaultHostNetworkPorts.
func defaultHostNetworkPorts(cs []Container) {
	for i := range cs {
		for j := range cs[i].Ports {
			if cs[i].Ports[j].HostPort == 0 {
				cs[i].Ports[j].HostPort = cs[i].Ports[j].ContainerPort
			}
		}
	}
}

// defaultContainer is SetDefaults_Container and the defaulters of what a
// container holds: resource lists, ports, probes, hooks, env fieldRefs.
func defaultContainer(c *Container) {
	setDefaultsContainer(c)
	setDefaultsResourceList(c.Resources.Limits)
	setDefaultsResourceList(c.Resources.Requests)
	for i := range c.Ports {
		setDefaultsContainerPort(&c.Ports[i])
	}
	for _, p := range []*Probe{c.LivenessProbe, c.ReadinessProbe, c.StartupProbe} {
		if p != nil {
			setDefaultsProbe(p)
			setDefaultsHTTPGetAction(p.HTTPGet)
		}
	}
	if c.Lifecycle != nil {
		for _, h := range []*LifecycleHandler{c.Lifecycle.PostStart, c.Lifecycle.PreStop} {
			if h != nil {
				setDefaultsHTTPGetAction(h.HTTPGet)
			}
		}
	}
	for i := range c.Env {
		if vf := c.Env[i].ValueFrom; vf != nil {
			setDefaultsObjectFieldSelector(vf.FieldRef)
		}
	}
}

// setDefaultsContainer is SetDefaults_Container: the pull policy follows
// the tag (latest, or no tag and no digest, pulls Always; an image that
// does not parse has no tag and gets IfNotPresent), and the termination
// message goes to /dev/termination-log, read as a File.
func setDefaultsContainer(c *Container) {
	if c.ImagePullPolicy == "" {
		_, tag, _, _ := ParseImageName(c.Image) // the error is validation's business
		c.ImagePullPolicy = PullIfNotPresent
		if tag == "latest" {
			c.ImagePullPolicy = PullAlways
		}
	}
	if c.TerminationMessagePath == "" {
		c.TerminationMessagePath = "/dev/termination-log" // v1.TerminationMessagePathDefault
	}
	if c.TerminationMessagePolicy == "" {
		c.TerminationMessagePolicy = "File" // v1.TerminationMessageReadFile
	}
}

// setDefaultsContainerPort is the generated defaulter for ContainerPort
// (+default="TCP" on Protocol).
func setDefaultsContainerPort(p *ContainerPort) {
	if p.Protocol == "" {
		p.Protocol = "TCP"
	}
}

// setDefaultsResourceList is SetDefaults_ResourceList: values are rounded
// up to millis ("100u" is stored as "1m").
func setDefaultsResourceList(l map[string]Quantity) {
	for name, q := range l {
		r := q.Rat()
		if r == nil {
			continue
		}
		milli := q.MilliValue()
		if r.Cmp(newRat(milli, 1000)) != 0 {
			l[name] = Quantity(formatMilli(milli))
		}
	}
}

// setDefaultsProbe is SetDefaults_Probe.
func setDefaultsProbe(p *Probe) {
	if p.TimeoutSeconds == 0 {
		p.TimeoutSeconds = 1
	}
	if p.PeriodSeconds == 0 {
		p.PeriodSeconds = 10
	}
	if p.SuccessThreshold == 0 {
		p.SuccessThreshold = 1
	}
	if p.FailureThreshold == 0 {
		p.FailureThreshold = 3
	}
}

// setDefaultsHTTPGetAction is SetDefaults_HTTPGetAction (probes and
// lifecycle hooks alike).
func setDefaultsHTTPGetAction(a *HTTPGetAction) {
	if a == nil {
		return
	}
	if a.Path == "" {
		a.Path = "/"
	}
	if a.Scheme == "" {
		a.Scheme = "HTTP" // v1.URISchemeHTTP
	}
}

// setDefaultsObjectFieldSelector is SetDefaults_ObjectFieldSelector.
func setDefaultsObjectFieldSelector(s *ObjectFieldSelector) {
	if s != nil && s.APIVersion == "" {
		s.APIVersion = "v1"
	}
}

// setDefaultsConfigMap is SetDefaults_ConfigMap.
func setDefaultsConfigMap(c *ConfigMap) {
	if c.Data == nil {
		c.Data = map[string]string{}
	}
}

// setDefaultsSecret is SetDefaults_Secret.
func setDefaultsSecret(s *Secret) {
	if s.Type == "" {
		s.Type = "Opaque" // v1.SecretTypeOpaque
	}
}

// setDefaultsNodeStatus is SetDefaults_NodeStatus: allocatable defaults
// to capacity.
func setDefaultsNodeStatus(s *NodeStatus) {
	if s.Allocatable == nil && s.Capacity != nil {
		s.Allocatable = make(map[string]Quantity, len(s.Capacity))
		for k, v := range s.Capacity {
			s.Allocatable[k] = v
		}
	}
}

func ptrTo[T any](v T) *T { return &v }
