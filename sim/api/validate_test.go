package api

import (
	"strings"
	"testing"
)

// validateErrors parses, defaults and validates src, as the API server
// would on create, and returns the validation errors as strings.
func validateErrors(t *testing.T, src string) []string {
	t.Helper()
	objs, err := Parse([]byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	Default(&objs)
	return diagStrings(t, Validate(objs))
}

// pod wraps a spec body (indented two spaces) into a Pod.
func pod(spec string) string { return podHead + spec }

func TestValidate(t *testing.T) {
	const label = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
	tests := []struct {
		name, src string
		want      []string
	}{
		{"valid pod", pod("  containers: [{name: app, image: nginx}]\n"), nil},
		{"containers required", pod("  restartPolicy: Never\n"),
			[]string{"6:3: spec.containers: Required value"}},
		{"container name required", pod("  containers: [{image: nginx}]\n"),
			[]string{"6:16: spec.containers[0].name: Required value"}},
		{"image required", pod("  containers: [{name: app}]\n"),
			[]string{"6:16: spec.containers[0].image: Required value"}},
		{"duplicate name across init and app containers", pod("  initContainers: [{name: app, image: busybox}]\n  containers: [{name: app, image: nginx}]\n"),
			[]string{`6:27: spec.initContainers[0].name: Duplicate value: "app"`}},
		{"container name is a DNS-1123 label", pod("  containers: [{name: My_App, image: nginx}]\n"),
			[]string{`6:23: spec.containers[0].name: Invalid value: "My_App": ` + label}},
		{"pod name is a DNS-1123 subdomain", "apiVersion: v1\nkind: Pod\nmetadata: {name: Web_1}\nspec: {containers: [{name: a, image: b}]}\n",
			[]string{`3:18: metadata.name: Invalid value: "Web_1": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`}},
		{"pod name required", "apiVersion: v1\nkind: Pod\nspec: {containers: [{name: a, image: b}]}\n",
			[]string{"1:1: metadata.name: Required value: name or generateName is required"}},
		{"restartPolicy enum", pod("  restartPolicy: Sometimes\n  containers: [{name: a, image: b}]\n"),
			[]string{`6:18: spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"`}},
		{"imagePullPolicy enum", pod("  containers: [{name: a, image: b, imagePullPolicy: Sometimes}]\n"),
			[]string{`6:53: spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"`}},
		{"dnsPolicy enum", pod("  dnsPolicy: Cluster\n  containers: [{name: a, image: b}]\n"),
			[]string{`6:14: spec.dnsPolicy: Unsupported value: "Cluster": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"`}},
		{"probes forbidden on regular init containers", pod("  initContainers: [{name: i, image: b, livenessProbe: {exec: {command: [ok]}}, lifecycle: {postStart: {exec: {command: [ok]}}}}]\n  containers: [{name: a, image: b}]\n"),
			[]string{
				"6:55: spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always",
				"6:91: spec.initContainers[0].lifecycle: Forbidden: may not be set for init containers without restartPolicy=Always",
			}},
		{"probes allowed on sidecars", pod("  initContainers: [{name: i, image: b, restartPolicy: Always, startupProbe: {exec: {command: [ok]}}}]\n  containers: [{name: a, image: b}]\n"), nil},
		{"init restartPolicy only Always", pod("  initContainers: [{name: i, image: b, restartPolicy: OnFailure}]\n  containers: [{name: a, image: b}]\n"),
			[]string{`6:55: spec.initContainers[0].restartPolicy: Unsupported value: "OnFailure": supported values: "Always"`}},
		{"restartPolicy forbidden on regular containers", pod("  containers: [{name: a, image: b, restartPolicy: Always}]\n"),
			[]string{"6:51: spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers"}},
		{"liveness successThreshold must be 1", pod("  containers: [{name: a, image: b, livenessProbe: {exec: {command: [ok]}, successThreshold: 2}}]\n"),
			[]string{"6:93: spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1"}},
		{"readiness successThreshold may be 2", pod("  containers: [{name: a, image: b, readinessProbe: {exec: {command: [ok]}, successThreshold: 2}}]\n"), nil},
		{"probe needs a handler", pod("  containers: [{name: a, image: b, readinessProbe: {periodSeconds: 5}}]\n"),
			[]string{"6:52: spec.containers[0].readinessProbe: Required value: must specify a handler type"}},
		{"probe has one handler", pod("  containers: [{name: a, image: b, readinessProbe: {exec: {command: [ok]}, tcpSocket: {port: 80}}}]\n"),
			[]string{"6:87: spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type"}},
		{"readiness probe grace period", pod("  containers: [{name: a, image: b, readinessProbe: {exec: {command: [ok]}, terminationGracePeriodSeconds: 5}}]\n"),
			[]string{"6:107: spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 5: must not be set for readinessProbes"}},
		{"negative probe timing", pod("  containers: [{name: a, image: b, livenessProbe: {exec: {command: [ok]}, initialDelaySeconds: -1}}]\n"),
			[]string{"6:96: spec.containers[0].livenessProbe.initialDelaySeconds: Invalid value: -1: must be greater than or equal to 0"}},
		{"containerPort range", pod("  containers: [{name: a, image: b, ports: [{containerPort: 70000}]}]\n"),
			[]string{"6:60: spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive"}},
		{"hostPort needs containerPort", pod("  containers: [{name: a, image: b, ports: [{hostPort: 8080}]}]\n"),
			[]string{"6:44: spec.containers[0].ports[0].containerPort: Required value"}},
		{"probe port name", pod("  containers: [{name: a, image: b, livenessProbe: {httpGet: {port: Web_Port}}}]\n"),
			[]string{`6:68: spec.containers[0].livenessProbe.httpGet.port: Invalid value: "Web_Port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)`}},
		{"protocol enum", pod("  containers: [{name: a, image: b, ports: [{containerPort: 80, protocol: HTTP}]}]\n"),
			[]string{`6:74: spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"`}},
		{"volume mount must name a volume", pod("  containers: [{name: a, image: b, volumeMounts: [{name: x, mountPath: /x}]}]\n"),
			[]string{`6:58: spec.containers[0].volumeMounts[0].name: Not found: "x"`}},
		{"mountPath required and unique", pod("  volumes: [{name: v}, {name: w}]\n  containers: [{name: a, image: b, volumeMounts: [{name: v}, {name: w, mountPath: /d}, {name: v, mountPath: /d}]}]\n"),
			[]string{
				"7:51: spec.containers[0].volumeMounts[0].mountPath: Required value",
				`7:109: spec.containers[0].volumeMounts[2].mountPath: Invalid value: "/d": must be unique`,
			}},
		{"volume names unique", pod("  volumes: [{name: v}, {name: v}]\n  containers: [{name: a, image: b}]\n"),
			[]string{`6:31: spec.volumes[1].name: Duplicate value: "v"`}},
		{"one volume source", pod("  volumes: [{name: v, emptyDir: {}, hostPath: {path: /x}}]\n  containers: [{name: a, image: b}]\n"),
			[]string{"6:47: spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type"}},
		{"secret volume needs a name", pod("  volumes: [{name: v, secret: {}}]\n  containers: [{name: a, image: b}]\n"),
			[]string{"6:31: spec.volumes[0].secret.secretName: Required value"}},
		{"file mode range", pod("  volumes: [{name: v, configMap: {name: c, defaultMode: 01000}}]\n  containers: [{name: a, image: b}]\n"),
			[]string{"6:57: spec.volumes[0].configMap.defaultMode: Invalid value: 512: must be a number between 0 and 0777 (octal), both inclusive"}},
		{"item path relative", pod("  volumes: [{name: v, configMap: {name: c, items: [{key: k, path: ../etc}]}}]\n  containers: [{name: a, image: b}]\n"),
			[]string{`6:67: spec.volumes[0].configMap.items[0].path: Invalid value: "../etc": must not contain '..'`}},
		{"env name required", pod("  containers: [{name: a, image: b, env: [{value: x}]}]\n"),
			[]string{"6:42: spec.containers[0].env[0].name: Required value"}},
		{"env name printable", pod("  containers: [{name: a, image: b, env: [{name: \"A=B\"}]}]\n"),
			[]string{`6:49: spec.containers[0].env[0].name: Invalid value: "A=B": a valid environment variable name must consist only of printable ASCII characters other than '='`}},
		{"env value and valueFrom", pod("  containers: [{name: a, image: b, env: [{name: X, value: v, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]}]\n"),
			[]string{"6:73: spec.containers[0].env[0].valueFrom: Invalid value: \"\": may not be specified when `value` is not empty"}},
		{"env fieldPath enum", pod("  containers: [{name: a, image: b, env: [{name: X, valueFrom: {fieldRef: {fieldPath: status.phase}}}]}]\n"),
			[]string{`6:86: spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"`}},
		{"requests above limits", pod("  containers: [{name: a, image: b, resources: {requests: {cpu: \"2\"}, limits: {cpu: 500m}}}]\n"),
			[]string{`6:58: spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 500m`}},
		{"negative grace period becomes 1", pod("  terminationGracePeriodSeconds: -5\n  containers: [{name: a, image: b}]\n"), nil},
		{"activeDeadlineSeconds positive", pod("  activeDeadlineSeconds: 0\n  containers: [{name: a, image: b}]\n"),
			[]string{"6:26: spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive"}},
		{"toleration Exists has no value", pod("  tolerations: [{key: k, operator: Exists, value: v}]\n  containers: [{name: a, image: b}]\n"),
			[]string{"6:36: spec.tolerations[0].operator: Invalid value: \"v\": value must be empty when `operator` is 'Exists'"}},
		{"label value", "apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {app: -x}}\nspec: {containers: [{name: a, image: b}]}\n",
			[]string{`3:35: metadata.labels[app]: Invalid value: "-x": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`}},
		{"configmap key", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {\"a b\": x}\n",
			[]string{`4:15: data[a b]: Invalid value: "a b": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`}},
		{"sleep within the grace period", pod("  terminationGracePeriodSeconds: 10\n  containers: [{name: a, image: b, lifecycle: {preStop: {sleep: {seconds: 20}}}}]\n"),
			[]string{"7:65: spec.containers[0].lifecycle.preStop.sleep: Invalid value: 20: must be non-negative and less than terminationGracePeriodSeconds (10)"}},
		{"dnsPolicy None needs dnsConfig", pod("  dnsPolicy: None\n  containers: [{name: a, image: b}]\n"),
			[]string{"6:3: spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None"}},
		{"host ports unique among containers", pod("  containers: [{name: a, image: b, ports: [{containerPort: 80, hostPort: 8080}]}, {name: c, image: b, ports: [{containerPort: 81, hostPort: 8080}]}]\n"),
			[]string{`6:141: spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"`}},
		{"image without blanks", pod("  containers: [{name: a, image: \" nginx\"}]\n"),
			[]string{`6:33: spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace`}},
		{"envFrom needs a source", pod("  containers: [{name: a, image: b, envFrom: [{prefix: X_}]}]\n"),
			[]string{"6:45: spec.containers[0].envFrom: Invalid value: \"\": must specify one of: `configMapRef` or `secretRef`"}},
		{"configMapKeyRef name is a subdomain even when empty", pod("  containers: [{name: a, image: b, env: [{name: X, valueFrom: {configMapKeyRef: {key: k}}}]}]\n"),
			[]string{`6:81: spec.containers[0].env[0].valueFrom.configMapKeyRef.name: Invalid value: "": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`}},
		{"cpu divisor", pod("  containers: [{name: a, image: b, env: [{name: X, valueFrom: {resourceFieldRef: {resource: limits.cpu, divisor: 1Mi}}}]}]\n"),
			[]string{`6:114: spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor: Invalid value: "limits.cpu": only divisor's values 1m and 1 are supported with the cpu resource`}},
		{"downward API file path, at the volume's path", pod("  volumes: [{name: v, downwardAPI: {items: [{path: /abs, fieldRef: {fieldPath: metadata.name}}]}}]\n  containers: [{name: a, image: b}]\n"),
			[]string{`6:36: spec.volumes[0].downwardAPI.path: Invalid value: "/abs": must be a relative path`}},
		{"projected paths collide", pod("  volumes: [{name: v, projected: {sources: [{secret: {name: s, items: [{key: a, path: p}]}}, {configMap: {name: c, items: [{key: b, path: p}]}}]}}]\n  containers: [{name: a, image: b}]\n"),
			[]string{`6:34: spec.volumes[0].projected: Invalid value: "c": conflicting duplicate paths`}},
		{"mount of a broken volume is not found", pod("  volumes: [{name: V}]\n  containers: [{name: a, image: b, volumeMounts: [{name: V, mountPath: /v}]}]\n"),
			[]string{
				`6:20: spec.volumes[0].name: Invalid value: "V": ` + label,
				`7:58: spec.containers[0].volumeMounts[0].name: Not found: "V"`,
			}},
		{"tls secret needs its keys", "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ntype: kubernetes.io/tls\nstringData: {tls.crt: x}\n",
			[]string{"1:1: data[tls.key]: Required value"}},
		{"dockerconfigjson must be JSON", "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ntype: kubernetes.io/dockerconfigjson\nstringData: {.dockerconfigjson: \"{\"}\n",
			[]string{`5:33: data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": unexpected end of JSON input`}},
		{"node affinity In needs values", pod("  affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: disktype, operator: In}]}]}}}\n  containers: [{name: a, image: b}]\n"),
			[]string{"6:118: spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"}},
		{"preferred weight range", pod("  affinity: {nodeAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 0, preference: {}}]}}\n  containers: [{name: a, image: b}]\n"),
			[]string{"6:88: spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must be in the range 1-100"}},
		{"node taint effect", "apiVersion: v1\nkind: Node\nmetadata: {name: n1}\nspec: {taints: [{key: k, effect: Sometimes}]}\n",
			[]string{`4:34: spec.taints[0].effect: Unsupported value: "Sometimes": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"`}},
		{"no ephemeral containers on create", pod("  ephemeralContainers: [{name: debug, image: busybox}]\n  containers: [{name: a, image: b}]\n"),
			[]string{"6:24: spec.ephemeralContainers: Forbidden: cannot be set on create"}},
		{"nodeName with scheduling gates", pod("  nodeName: node-1\n  schedulingGates: [{name: wait}]\n  containers: [{name: a, image: b}]\n"),
			[]string{"6:13: spec.nodeName: Forbidden: cannot be set until all schedulingGates have been cleared"}},
		{"unmodelled choice satisfies one-of", pod("  containers: [{name: a, image: b, env: [{name: X, valueFrom: {fileKeyRef: {path: p, key: k, volumeName: v}}}]}]\n"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := validateErrors(t, tt.src)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
