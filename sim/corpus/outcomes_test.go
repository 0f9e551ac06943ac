package corpus

import (
	"time"

	"github.com/podlab/podlab/sim"
)

const s = time.Second

// Decisions where the docs' clusters differ from the simulated one:
//   - The kubernetes Service is 10.96.0.1 and cluster DNS 10.96.0.10
//     (kubeadm/minikube defaults); the docs ran on GKE (10.3.240.1) or
//     with a 10.0.0.0/24 service range.
//   - Node and Pod IPs and node names are the simulator's (node-1…,
//     10.244.x.y); checks on them match the shape, not the docs' values.
//   - resolv.conf lists search before nameserver, as containerd writes it;
//     the docs' output (from Docker) lists the nameserver first. The
//     checks look for each line.

// inlineObjects are the objects docs pages create with kubectl create
// before applying an example.
var inlineObjects = map[string]string{
	"secret backend-user": "apiVersion: v1\nkind: Secret\nmetadata: {name: backend-user}\nstringData: {backend-username: backend-admin}\n",
	"secret db-user":      "apiVersion: v1\nkind: Secret\nmetadata: {name: db-user}\nstringData: {db-username: db-admin}\n",
	"secrets user, pass": "apiVersion: v1\nkind: Secret\nmetadata: {name: user}\nstringData: {username.txt: admin}\n---\n" +
		"apiVersion: v1\nkind: Secret\nmetadata: {name: pass}\nstringData: {password.txt: 1f2d1e2e67df}\n",
	"configmap example-redis-config (empty)": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: example-redis-config}\ndata: {redis-config: \"\"}\n",
	"node foo-node": "apiVersion: v1\nkind: Node\nmetadata:\n  name: foo-node\n  labels: {kubernetes.io/hostname: foo-node}\n" +
		"status:\n  allocatable: {cpu: \"2\", memory: 4Gi, pods: \"110\"}\n",
	"secret mysecret, configmap myconfigmap": "apiVersion: v1\nkind: Secret\nmetadata: {name: mysecret}\nstringData: {username: my-app}\n---\n" +
		"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: myconfigmap}\ndata: {config: \"some config\"}\n",
	"secrets mysecret, mysecret2": "apiVersion: v1\nkind: Secret\nmetadata: {name: mysecret}\nstringData: {username: my-app}\n---\n" +
		"apiVersion: v1\nkind: Secret\nmetadata: {name: mysecret2}\nstringData: {password: \"39528$vdg7Jb\"}\n",
	"configmap game-demo": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: game-demo}\ndata:\n  player_initial_lives: \"3\"\n" +
		"  ui_properties_file_name: user-interface.properties\n  game.properties: \"enemy.types=aliens,monsters\\n\"\n  user-interface.properties: \"color.good=purple\\n\"\n",
	"configmap myconfigmap":      "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: myconfigmap}\ndata: {username: k8s-admin, access_level: \"1\"}\n",
	"serviceaccount build-robot": "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: build-robot}\n",
}

const (
	multikeys  = "configmap/configmap-multikeys.yaml"
	configmaps = "configmap/configmaps.yaml"
	testSecret = "pods/inject/secret.yaml"
)

// examples are the corpus files with a stated outcome (MANIFEST.md) or a
// prerequisite. Pod files not listed must simply simulate without error.
var examples = []example{
	{file: "pods/commands.yaml", checks: []check{
		getPods(30*s, "0/1", "Completed", 0),
		logHas(30*s, "command-demo-container", "command-demo\ntcp://10.96.0.1:443\n"),
	}},
	{file: "pods/config/redis-pod.yaml", needs: []string{"configmap example-redis-config (empty)"}, checks: []check{
		getPods(60*s, "1/1", "Running", 0),
		execHas(60*s, "redis", []string{"redis-cli", "CONFIG", "GET", "maxmemory"}, "maxmemory\n0\n"),
	}},
	{file: "pods/emptydir-volume-mode.yaml", notSimulated: "emptyDir mode (EmptyDirVolumeMode gate, v1.37)"},
	{file: "pods/image-volumes.yaml", notSimulated: "image volumes (ImageVolume gate, OCI artifacts)"},
	{file: "pods/image-volumes-subpath.yaml", notSimulated: "image volumes (ImageVolume gate)"},
	{file: "pods/init-containers.yaml", checks: []check{
		getPods(60*s, "1/1", "Running", 0),
		execHas(60*s, "nginx", []string{"curl", "-s", "localhost"}, "http://info.cern.ch"),
	}},
	{file: "pods/inject/dapi-envars-container.yaml", checks: []check{
		logHas(5*s, "test-container", "\n1\n1\n33554432\n67108864\n"),
	}},
	{file: "pods/inject/dapi-envars-pod.yaml", checks: []check{
		logMatches(15*s, "test-container", `\n[a-z0-9.-]+\ndapi-envars-fieldref\ndefault\n[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+\ndefault\n\n[a-z0-9.-]+\ndapi-envars-fieldref\n`),
	}},
	{file: "pods/inject/dapi-volume-resources.yaml", checks: []check{
		execHas(30*s, "client-container", []string{"cat", "/etc/podinfo/cpu_limit"}, "250"),
	}},
	{file: "pods/inject/dapi-volume.yaml", checks: []check{
		logHas(10*s, "client-container", "cluster=\"test-cluster1\"\nrack=\"rack-22\"\nzone=\"us-est-coast\"", "build=\"two\"\nbuilder=\"john-doe\""),
		execHas(10*s, "client-container", []string{"ls", "-a", "/etc/podinfo"}, "..data"),
	}},
	{file: "pods/inject/dependent-envars.yaml", checks: []check{
		getPods(10*s, "1/1", "Running", 0),
		logHas(10*s, "dependent-envars-demo", "UNCHANGED_REFERENCE=$(PROTOCOL)://172.17.0.1:80\nSERVICE_ADDRESS=https://172.17.0.1:80\nESCAPED_REFERENCE=$(PROTOCOL)://172.17.0.1:80\n"),
	}},
	{file: "pods/inject/envFrom.yaml", needs: []string{"pods/inject/configmap-envFrom.yaml"}},
	{file: "pods/inject/envars-file-container.yaml", notSimulated: "env.valueFrom.fileKeyRef (EnvFiles gate, v1.34)"},
	{file: "pods/inject/envars.yaml", checks: []check{
		getPods(30*s, "1/1", "Running", 0),
		execHas(30*s, "envar-demo-container", []string{"printenv"}, "DEMO_GREETING=Hello from the environment\n", "DEMO_FAREWELL=Such a sweet sorrow\n"),
	}},
	{file: "pods/inject/pod-multiple-secret-env-variable.yaml", needs: []string{"secret backend-user", "secret db-user"}, checks: []check{
		execHas(30*s, "envars-test-container", []string{"env"}, "BACKEND_USERNAME=backend-admin\n", "DB_USERNAME=db-admin\n"),
	}},
	{file: "pods/inject/pod-secret-envFrom.yaml", needs: []string{testSecret}, checks: []check{
		execHas(30*s, "envars-test-container", []string{"env"}, "username=my-app\n", "password=39528$vdg7Jb\n"),
	}},
	{file: "pods/inject/pod-single-secret-env-variable.yaml", needs: []string{"secret backend-user"}, checks: []check{
		execHas(30*s, "envars-test-container", []string{"env"}, "SECRET_USERNAME=backend-admin\n"),
	}},
	{file: "pods/inject/secret-envars-pod.yaml", needs: []string{testSecret}},
	{file: "pods/inject/secret-pod.yaml", needs: []string{testSecret}, checks: []check{
		getPods(30*s, "1/1", "Running", 0),
		execHas(30*s, "test-container", []string{"ls", "/etc/secret-volume"}, "password\nusername\n"),
		execHas(30*s, "test-container", []string{"cat", "/etc/secret-volume/username"}, "my-app"),
		execHas(30*s, "test-container", []string{"cat", "/etc/secret-volume/password"}, "39528$vdg7Jb"),
	}},
	{file: "pods/lifecycle-events.yaml", checks: []check{
		execHas(30*s, "lifecycle-demo-container", []string{"cat", "/usr/share/message"}, "Hello from the postStart handler\n"),
	}},
	{file: "pods/pod-configmap-env-var-valueFrom.yaml", needs: []string{multikeys}, checks: []check{
		logHas(30*s, "test-container", "very charm\n"),
	}},
	{file: "pods/pod-configmap-envFrom.yaml", needs: []string{multikeys}, checks: []check{
		logHas(30*s, "test-container", "SPECIAL_LEVEL=very\n", "SPECIAL_TYPE=charm\n"),
	}},
	{file: "pods/pod-configmap-volume-specific-key.yaml", needs: []string{multikeys}, checks: []check{
		logHas(30*s, "test-container", "very"),
	}},
	{file: "pods/pod-configmap-volume.yaml", needs: []string{multikeys}, checks: []check{
		logHas(30*s, "test-container", "SPECIAL_LEVEL\nSPECIAL_TYPE\n"),
	}},
	{file: "pods/pod-multiple-configmap-env-variable.yaml", needs: []string{configmaps}, checks: []check{
		logHas(30*s, "test-container", "SPECIAL_LEVEL_KEY=very\n", "LOG_LEVEL=INFO\n"),
	}},
	{file: "pods/pod-nginx-specific-node.yaml", needs: []string{"node foo-node"}, checks: []check{onNode(30*s, "foo-node")}},
	{file: "pods/pod-nginx.yaml", checks: []check{getPods(30*s, "1/1", "Running", 0), onNode(30*s, "node-1")}},
	{file: "pods/pod-projected-svc-token.yaml", needs: []string{"serviceaccount build-robot"}},
	{file: "pods/pod-single-configmap-env-variable.yaml", needs: []string{configmaps}, checks: []check{
		logHas(30*s, "test-container", "SPECIAL_LEVEL_KEY=very\n"),
	}},
	{file: "pods/pod-with-scheduling-gates.yaml", checks: []check{getPods(30*s, "0/1", "SchedulingGated", 0)}},
	{file: "pods/pod-without-scheduling-gates.yaml", checks: []check{getPods(30*s, "1/1", "Running", 0)}},
	{file: "pods/probe/exec-liveness.yaml", checks: []check{
		noEvent(30*s, "Unhealthy"),
		eventHas(50*s, "Unhealthy", "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory"),
		eventHas(50*s, "Killing", "Container liveness failed liveness probe, will be restarted"),
		getPods(100*s, "1/1", "Running", 1),
	}},
	{file: "pods/probe/grpc-liveness.yaml", checks: []check{noEvent(25*s, "Unhealthy"), getPods(25*s, "1/1", "Running", 0)}},
	{file: "pods/probe/http-liveness.yaml", checks: []check{
		noEvent(10*s, "Unhealthy"),
		eventHas(60*s, "Unhealthy", "Liveness probe failed: HTTP probe failed with statuscode: 500"),
		eventHas(60*s, "Killing", "Container liveness failed liveness probe, will be restarted"),
		restartsAtLeast(60*s, 1),
	}},
	{file: "pods/probe/tcp-liveness-readiness.yaml", checks: []check{getPods(40*s, "1/1", "Running", 0)}},
	{file: "pods/qos/qos-pod.yaml", checks: []check{qosClass(10*s, "Guaranteed")}},
	{file: "pods/qos/qos-pod-2.yaml", checks: []check{qosClass(10*s, "Burstable")}},
	{file: "pods/qos/qos-pod-3.yaml", checks: []check{qosClass(10*s, "BestEffort")}},
	{file: "pods/qos/qos-pod-4.yaml", checks: []check{qosClass(10*s, "Burstable")}},
	// The in-place resize to 800m (InPlacePodVerticalScaling) is not simulated.
	{file: "pods/qos/qos-pod-5.yaml", checks: []check{qosClass(10*s, "Guaranteed"), getPods(30*s, "1/1", "Running", 0)}},
	{file: "pods/resource/cpu-request-limit-2.yaml", checks: []check{
		getPods(60*s, "0/1", "Pending", 0), eventHas(60*s, "FailedScheduling", "Insufficient cpu"),
	}},
	{file: "pods/resource/cpu-request-limit.yaml", checks: []check{getPods(60*s, "1/1", "Running", 0)}},
	{file: "pods/resource/extended-resource-pod.yaml", notSimulated: "extended resources advertised by a node (example.com/dongle)"},
	{file: "pods/resource/extended-resource-pod-2.yaml", notSimulated: "extended resources advertised by a node (example.com/dongle)"},
	{file: "pods/resource/memory-request-limit.yaml", checks: []check{getPods(60*s, "1/1", "Running", 0)}},
	{file: "pods/resource/memory-request-limit-2.yaml", checks: []check{
		restartsAtLeast(60*s, 1),
		lastTermination(60*s, "memory-demo-2-ctr", "OOMKilled", 137),
		eventHas(120*s, "BackOff", "Back-off restarting failed container"),
	}},
	{file: "pods/resource/memory-request-limit-3.yaml", checks: []check{
		getPods(60*s, "0/1", "Pending", 0), eventHas(60*s, "FailedScheduling", "Insufficient memory"),
	}},
	{file: "pods/resource/pod-level-cpu-request-limit.yaml", notSimulated: "pod-level resources (PodLevelResources gate)"},
	{file: "pods/resource/pod-level-memory-request-limit.yaml", notSimulated: "pod-level resources (PodLevelResources gate)"},
	{file: "pods/resource/pod-level-pid-limit.yaml", notSimulated: "pod-level PID limits (feature gate)"},
	{file: "pods/resource/pod-level-resize.yaml", notSimulated: "pod-level in-place resize"},
	{file: "pods/resource/pod-level-resource-managers-pod-scope-mixed.yaml", notSimulated: "static CPU manager"},
	{file: "pods/resource/pod-level-resources.yaml", notSimulated: "pod-level resources (PodLevelResources gate)"},
	{file: "pods/resource/pod-resize.yaml", notSimulated: "in-place resize"},
	{file: "pods/restart-policy/restart-all-containers.yaml", notSimulated: "RestartAllContainers container restart rules (alpha gate)"},
	{file: "pods/security/hello-apparmor.yaml", notSimulated: "AppArmor"},
	{file: "pods/security/hello-apparmor-2.yaml", notSimulated: "AppArmor"},
	{file: "pods/security/seccomp/ga/audit-pod.yaml", notSimulated: "seccomp profiles on the node"},
	{file: "pods/security/seccomp/ga/default-pod.yaml", checks: []check{getPods(30*s, "1/1", "Running", 0)}},
	{file: "pods/security/seccomp/ga/fine-pod.yaml", notSimulated: "seccomp profiles on the node"},
	{file: "pods/security/seccomp/ga/violation-pod.yaml", notSimulated: "seccomp profiles on the node"},
	{file: "pods/security/security-context.yaml", notSimulated: "runAsUser/runAsGroup/fsGroup file ownership"},
	{file: "pods/security/security-context-2.yaml", notSimulated: "runAsUser"},
	{file: "pods/security/security-context-3.yaml", notSimulated: "Linux capabilities"},
	{file: "pods/security/security-context-4.yaml", notSimulated: "Linux capabilities"},
	{file: "pods/security/security-context-5.yaml", notSimulated: "SELinux options"},
	{file: "pods/security/security-context-6.yaml", notSimulated: "SupplementalGroupsPolicy"},
	{file: "pods/security/security-context-7.yaml", notSimulated: "security context (new gate)"},
	{file: "pods/share-process-namespace.yaml", checks: []check{
		execHas(30*s, "shell", []string{"ps", "ax"}, "/pause", "nginx: master process"),
	}},
	{file: "pods/storage/expandable-pvc-pod.yaml", notSimulated: "PersistentVolumeClaims"},
	{file: "pods/storage/projected-clustertrustbundle.yaml", notSimulated: "ClusterTrustBundle projection (feature gate)"},
	{file: "pods/storage/projected-podcertificate.yaml", notSimulated: "podCertificate projection (feature gate)"},
	{file: "pods/storage/projected-secret-downwardapi-configmap.yaml", needs: []string{"secret mysecret, configmap myconfigmap"}},
	{file: "pods/storage/projected-secrets-nondefault-permission-mode.yaml", needs: []string{"secrets mysecret, mysecret2"}},
	{file: "pods/storage/projected.yaml", needs: []string{"secrets user, pass"}, checks: []check{
		getPods(30*s, "1/1", "Running", 0),
		execHas(30*s, "test-projected-volume", []string{"ls", "/projected-volume"}, "password.txt\nusername.txt\n"),
	}},
	{file: "pods/storage/pv-duplicate.yaml", notSimulated: "PersistentVolumeClaims"},
	{file: "pods/storage/pv-pod.yaml", notSimulated: "PersistentVolumes and claims"},
	{file: "pods/storage/redis.yaml", checks: []check{getPods(30*s, "1/1", "Running", 0)}},
	{file: "pods/two-container-pod.yaml", checks: []check{
		containerState(30*s, "debian-container", sim.Terminated),
		containerState(30*s, "nginx-container", sim.Running),
		execHas(30*s, "nginx-container", []string{"curl", "-s", "localhost"}, "Hello from the debian container"),
	}},
	{file: "pods/user-namespaces-stateless.yaml", notSimulated: "user namespaces"},
	{file: "admin/dns/dnsutils.yaml", checks: []check{
		getPods(30*s, "1/1", "Running", 0),
		execHas(30*s, "dnsutils", []string{"cat", "/etc/resolv.conf"},
			"search default.svc.cluster.local svc.cluster.local cluster.local\n", "nameserver 10.96.0.10\n", "options ndots:5\n"),
	}},
	{file: "admin/logging/two-files-counter-pod-agent-sidecar.yaml", needs: []string{"admin/logging/fluentd-sidecar-config.yaml"},
		notSimulated: "the fluentd agent shipping logs to Stackdriver"},
	{file: "admin/logging/two-files-counter-pod-streaming-sidecar.yaml", checks: []check{
		logHas(10*s, "count-log-1", "0: ", "1: "),
		logHas(10*s, "count-log-2", " INFO 0\n"),
	}},
	{file: "admin/resource/cpu-constraints-pod.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/cpu-constraints-pod-2.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/cpu-constraints-pod-3.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/cpu-constraints-pod-4.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/cpu-defaults-pod.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/cpu-defaults-pod-2.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/cpu-defaults-pod-3.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/limit-range-pod-1.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/limit-range-pod-2.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/limit-range-pod-3.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/memory-constraints-pod.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/memory-constraints-pod-2.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/memory-constraints-pod-3.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/memory-constraints-pod-4.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/memory-defaults-pod.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/memory-defaults-pod-2.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/memory-defaults-pod-3.yaml", notSimulated: "LimitRange admission"},
	{file: "admin/resource/quota-mem-cpu-pod.yaml", notSimulated: "ResourceQuota admission"},
	{file: "admin/resource/quota-mem-cpu-pod-2.yaml", notSimulated: "ResourceQuota admission"},
	{file: "admin/sched/pod1.yaml", checks: []check{getPods(30*s, "1/1", "Running", 0)}},
	{file: "admin/sched/pod2.yaml", checks: []check{getPods(30*s, "1/1", "Running", 0)}},
	{file: "admin/sched/pod3.yaml", checks: []check{
		getPods(60*s, "0/1", "Pending", 0),
	}},
	{file: "application/shell-demo.yaml", checks: []check{
		execHas(30*s, "nginx", []string{"sh", "-c", "echo 'Hello shell demo' > /usr/share/nginx/html/index.html && curl -s http://localhost/"}, "Hello shell demo"),
	}},
	{file: "concepts/policy/limit-range/example-conflict-with-limitrange-cpu.yaml", notSimulated: "LimitRange admission"},
	{file: "concepts/policy/limit-range/example-no-conflict-with-limitrange-cpu.yaml", notSimulated: "LimitRange admission"},
	{file: "configmap/configure-pod.yaml", needs: []string{"configmap game-demo"}},
	{file: "configmap/env-configmap.yaml", needs: []string{"configmap myconfigmap"}, checks: []check{
		logHas(10*s, "app", "username=k8s-admin\n", "access_level=1\n"),
	}},
	{file: "debug/counter-pod.yaml", checks: []check{logHas(10*s, "count", "0: ", "\n1: ")}},
	{file: "debug/termination.yaml", checks: []check{
		terminationMessage(15*s, "termination-demo-container", "Sleep expired"),
	}},
	{file: "policy/high-priority-pod.yaml", notSimulated: "PriorityClass admission"},
	{file: "secret/dotfile-secret.yaml", checks: []check{
		logLacks(10*s, "dotfile-test-container", ".secret-file"),
	}},
	{file: "secret/optional-secret.yaml", checks: []check{getPods(30*s, "1/1", "Running", 0)}},
	{file: "security/example-baseline-pod.yaml", notSimulated: "Pod Security admission"},
	{file: "service/networking/custom-dns.yaml", checks: []check{
		execHas(30*s, "test", []string{"cat", "/etc/resolv.conf"},
			"nameserver 192.0.2.1\n", "search ns1.svc.cluster-domain.example my.dns.search.suffix\n", "options ndots:2 edns0\n"),
	}},
	{file: "service/networking/hostaliases-pod.yaml", checks: []check{
		getPods(30*s, "0/1", "Completed", 0),
		logHas(30*s, "cat-hosts", "# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n", "\thostaliases-pod\n",
			"\n# Entries added by HostAliases.\n127.0.0.1\tfoo.local\tbar.local\n10.1.2.3\tfoo.remote\tbar.remote\n"),
	}},
	{file: "windows/configmap-pod.yaml", notSimulated: "Windows nodes"},
	{file: "windows/emptydir-pod.yaml", notSimulated: "Windows nodes"},
	{file: "windows/hostpath-volume-pod.yaml", notSimulated: "Windows nodes"},
	{file: "windows/run-as-username-container.yaml", notSimulated: "Windows nodes"},
	{file: "windows/run-as-username-pod.yaml", notSimulated: "Windows nodes"},
	{file: "windows/secret-pod.yaml", notSimulated: "Windows nodes"},
	{file: "windows/simple-pod.yaml", notSimulated: "Windows nodes"},
}
