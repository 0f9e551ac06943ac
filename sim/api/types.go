package api

// TypeMeta is apiVersion and kind.
type TypeMeta struct {
	APIVersion string `json:"apiVersion,omitempty"`
	Kind       string `json:"kind,omitempty"`
}

// ObjectMeta is the part of metadata the simulator uses.
type ObjectMeta struct {
	Name         string            `json:"name,omitempty"`
	GenerateName string            `json:"generateName,omitempty"`
	Namespace    string            `json:"namespace,omitempty"`
	UID          string            `json:"uid,omitempty"`
	Labels       map[string]string `json:"labels,omitempty"`
	Annotations  map[string]string `json:"annotations,omitempty"`
}

// Pod mirrors core/v1 Pod.
type Pod struct {
	TypeMeta   `json:",inline"`
	ObjectMeta `json:"metadata,omitempty"`
	Spec       PodSpec `json:"spec,omitempty"`
}

// RestartPolicy mirrors core/v1 RestartPolicy (Pod level) and
// ContainerRestartPolicy (container level: only Always, for sidecars).
type RestartPolicy string

const (
	RestartAlways    RestartPolicy = "Always"
	RestartOnFailure RestartPolicy = "OnFailure"
	RestartNever     RestartPolicy = "Never"
)

// PullPolicy mirrors core/v1 PullPolicy.
type PullPolicy string

const (
	PullAlways       PullPolicy = "Always"
	PullIfNotPresent PullPolicy = "IfNotPresent"
	PullNever        PullPolicy = "Never"
)

// DNSPolicy mirrors core/v1 DNSPolicy.
type DNSPolicy string

const (
	DNSClusterFirst            DNSPolicy = "ClusterFirst"
	DNSClusterFirstWithHostNet DNSPolicy = "ClusterFirstWithHostNet"
	DNSDefault                 DNSPolicy = "Default"
	DNSNone                    DNSPolicy = "None"
)

// PodSpec mirrors the modelled part of core/v1 PodSpec.
type PodSpec struct {
	InitContainers                []Container         `json:"initContainers,omitempty"`
	Containers                    []Container         `json:"containers"`
	Volumes                       []Volume            `json:"volumes,omitempty"`
	RestartPolicy                 RestartPolicy       `json:"restartPolicy,omitempty"`
	TerminationGracePeriodSeconds *int64              `json:"terminationGracePeriodSeconds,omitempty"`
	ActiveDeadlineSeconds         *int64              `json:"activeDeadlineSeconds,omitempty"`
	DNSPolicy                     DNSPolicy           `json:"dnsPolicy,omitempty"`
	DNSConfig                     *PodDNSConfig       `json:"dnsConfig,omitempty"`
	NodeSelector                  map[string]string   `json:"nodeSelector,omitempty"`
	NodeName                      string              `json:"nodeName,omitempty"`
	ServiceAccountName            string              `json:"serviceAccountName,omitempty"`
	AutomountServiceAccountToken  *bool               `json:"automountServiceAccountToken,omitempty"`
	HostNetwork                   bool                `json:"hostNetwork,omitempty"`
	HostPID                       bool                `json:"hostPID,omitempty"`
	HostIPC                       bool                `json:"hostIPC,omitempty"`
	ShareProcessNamespace         *bool               `json:"shareProcessNamespace,omitempty"`
	Hostname                      string              `json:"hostname,omitempty"`
	Subdomain                     string              `json:"subdomain,omitempty"`
	HostAliases                   []HostAlias         `json:"hostAliases,omitempty"`
	Affinity                      *Affinity           `json:"affinity,omitempty"`
	Tolerations                   []Toleration        `json:"tolerations,omitempty"`
	SchedulerName                 string              `json:"schedulerName,omitempty"`
	SchedulingGates               []SchedulingGate    `json:"schedulingGates,omitempty"`
	ReadinessGates                []ReadinessGate     `json:"readinessGates,omitempty"`
	EnableServiceLinks            *bool               `json:"enableServiceLinks,omitempty"`
	PriorityClassName             string              `json:"priorityClassName,omitempty"`
	SecurityContext               *PodSecurityContext `json:"securityContext,omitempty"`
}

// Container mirrors the modelled part of core/v1 Container.
type Container struct {
	Name                     string               `json:"name"`
	Image                    string               `json:"image,omitempty"`
	Command                  []string             `json:"command,omitempty"`
	Args                     []string             `json:"args,omitempty"`
	WorkingDir               string               `json:"workingDir,omitempty"`
	Ports                    []ContainerPort      `json:"ports,omitempty"`
	EnvFrom                  []EnvFromSource      `json:"envFrom,omitempty"`
	Env                      []EnvVar             `json:"env,omitempty"`
	Resources                ResourceRequirements `json:"resources,omitempty"`
	RestartPolicy            *RestartPolicy       `json:"restartPolicy,omitempty"`
	VolumeMounts             []VolumeMount        `json:"volumeMounts,omitempty"`
	LivenessProbe            *Probe               `json:"livenessProbe,omitempty"`
	ReadinessProbe           *Probe               `json:"readinessProbe,omitempty"`
	StartupProbe             *Probe               `json:"startupProbe,omitempty"`
	Lifecycle                *Lifecycle           `json:"lifecycle,omitempty"`
	TerminationMessagePath   string               `json:"terminationMessagePath,omitempty"`
	TerminationMessagePolicy string               `json:"terminationMessagePolicy,omitempty"`
	ImagePullPolicy          PullPolicy           `json:"imagePullPolicy,omitempty"`
	SecurityContext          *SecurityContext     `json:"securityContext,omitempty"`
	Stdin                    bool                 `json:"stdin,omitempty"`
	StdinOnce                bool                 `json:"stdinOnce,omitempty"`
	TTY                      bool                 `json:"tty,omitempty"`
}

// ContainerPort mirrors core/v1 ContainerPort.
type ContainerPort struct {
	Name          string `json:"name,omitempty"`
	HostPort      int32  `json:"hostPort,omitempty"`
	ContainerPort int32  `json:"containerPort"`
	Protocol      string `json:"protocol,omitempty"`
	HostIP        string `json:"hostIP,omitempty"`
}

// EnvVar mirrors core/v1 EnvVar.
type EnvVar struct {
	Name      string        `json:"name"`
	Value     string        `json:"value,omitempty"`
	ValueFrom *EnvVarSource `json:"valueFrom,omitempty"`
}

// EnvVarSource mirrors core/v1 EnvVarSource.
type EnvVarSource struct {
	FieldRef         *ObjectFieldSelector   `json:"fieldRef,omitempty"`
	ResourceFieldRef *ResourceFieldSelector `json:"resourceFieldRef,omitempty"`
	ConfigMapKeyRef  *KeySelector           `json:"configMapKeyRef,omitempty"`
	SecretKeyRef     *KeySelector           `json:"secretKeyRef,omitempty"`
}

// ObjectFieldSelector mirrors core/v1 ObjectFieldSelector.
type ObjectFieldSelector struct {
	APIVersion string `json:"apiVersion,omitempty"`
	FieldPath  string `json:"fieldPath"`
}

// ResourceFieldSelector mirrors core/v1 ResourceFieldSelector.
type ResourceFieldSelector struct {
	ContainerName string   `json:"containerName,omitempty"`
	Resource      string   `json:"resource"`
	Divisor       Quantity `json:"divisor,omitempty"`
}

// KeySelector is core/v1 ConfigMapKeySelector and SecretKeySelector.
type KeySelector struct {
	Name     string `json:"name,omitempty"`
	Key      string `json:"key"`
	Optional *bool  `json:"optional,omitempty"`
}

// EnvFromSource mirrors core/v1 EnvFromSource.
type EnvFromSource struct {
	Prefix       string          `json:"prefix,omitempty"`
	ConfigMapRef *LocalObjectRef `json:"configMapRef,omitempty"`
	SecretRef    *LocalObjectRef `json:"secretRef,omitempty"`
}

// LocalObjectRef is core/v1 ConfigMapEnvSource / SecretEnvSource.
type LocalObjectRef struct {
	Name     string `json:"name,omitempty"`
	Optional *bool  `json:"optional,omitempty"`
}

// Quantity is a resource quantity as written ("250m", "64Mi"); see
// quantity.go for its value.
type Quantity string

// ResourceRequirements mirrors core/v1 ResourceRequirements.
type ResourceRequirements struct {
	Limits   map[string]Quantity `json:"limits,omitempty"`
	Requests map[string]Quantity `json:"requests,omitempty"`
}

// VolumeMount mirrors core/v1 VolumeMount.
type VolumeMount struct {
	Name             string `json:"name"`
	ReadOnly         bool   `json:"readOnly,omitempty"`
	MountPath        string `json:"mountPath"`
	SubPath          string `json:"subPath,omitempty"`
	SubPathExpr      string `json:"subPathExpr,omitempty"`
	MountPropagation string `json:"mountPropagation,omitempty"`
}

// Probe mirrors core/v1 Probe.
type Probe struct {
	ProbeHandler                  `json:",inline"`
	InitialDelaySeconds           int32  `json:"initialDelaySeconds,omitempty"`
	TimeoutSeconds                int32  `json:"timeoutSeconds,omitempty"`
	PeriodSeconds                 int32  `json:"periodSeconds,omitempty"`
	SuccessThreshold              int32  `json:"successThreshold,omitempty"`
	FailureThreshold              int32  `json:"failureThreshold,omitempty"`
	TerminationGracePeriodSeconds *int64 `json:"terminationGracePeriodSeconds,omitempty"`
}

// ProbeHandler mirrors core/v1 ProbeHandler: exactly one of them is set.
type ProbeHandler struct {
	Exec      *ExecAction      `json:"exec,omitempty"`
	HTTPGet   *HTTPGetAction   `json:"httpGet,omitempty"`
	TCPSocket *TCPSocketAction `json:"tcpSocket,omitempty"`
	GRPC      *GRPCAction      `json:"grpc,omitempty"`
}

// ExecAction mirrors core/v1 ExecAction.
type ExecAction struct {
	Command []string `json:"command,omitempty"`
}

// HTTPGetAction mirrors core/v1 HTTPGetAction.
type HTTPGetAction struct {
	Path        string       `json:"path,omitempty"`
	Port        IntOrString  `json:"port"`
	Host        string       `json:"host,omitempty"`
	Scheme      string       `json:"scheme,omitempty"`
	HTTPHeaders []HTTPHeader `json:"httpHeaders,omitempty"`
}

// HTTPHeader mirrors core/v1 HTTPHeader.
type HTTPHeader struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// TCPSocketAction mirrors core/v1 TCPSocketAction.
type TCPSocketAction struct {
	Port IntOrString `json:"port"`
	Host string      `json:"host,omitempty"`
}

// GRPCAction mirrors core/v1 GRPCAction.
type GRPCAction struct {
	Port    int32   `json:"port"`
	Service *string `json:"service,omitempty"`
}

// Lifecycle mirrors core/v1 Lifecycle.
type Lifecycle struct {
	PostStart  *LifecycleHandler `json:"postStart,omitempty"`
	PreStop    *LifecycleHandler `json:"preStop,omitempty"`
	StopSignal string            `json:"stopSignal,omitempty"`
}

// LifecycleHandler mirrors core/v1 LifecycleHandler.
type LifecycleHandler struct {
	Exec      *ExecAction      `json:"exec,omitempty"`
	HTTPGet   *HTTPGetAction   `json:"httpGet,omitempty"`
	TCPSocket *TCPSocketAction `json:"tcpSocket,omitempty"`
	Sleep     *SleepAction     `json:"sleep,omitempty"`
}

// SleepAction mirrors core/v1 SleepAction.
type SleepAction struct {
	Seconds int64 `json:"seconds"`
}

// HostAlias mirrors core/v1 HostAlias.
type HostAlias struct {
	IP        string   `json:"ip"`
	Hostnames []string `json:"hostnames,omitempty"`
}

// PodDNSConfig mirrors core/v1 PodDNSConfig.
type PodDNSConfig struct {
	Nameservers []string       `json:"nameservers,omitempty"`
	Searches    []string       `json:"searches,omitempty"`
	Options     []DNSConfigOpt `json:"options,omitempty"`
}

// DNSConfigOpt mirrors core/v1 PodDNSConfigOption.
type DNSConfigOpt struct {
	Name  string  `json:"name,omitempty"`
	Value *string `json:"value,omitempty"`
}

// SchedulingGate mirrors core/v1 PodSchedulingGate.
type SchedulingGate struct {
	Name string `json:"name"`
}

// ReadinessGate mirrors core/v1 PodReadinessGate.
type ReadinessGate struct {
	ConditionType string `json:"conditionType"`
}
