package kubelet

import (
	"crypto/sha256"
	"encoding/hex"
)

// The cluster's kubernetes Service, as kubeadm and minikube set it up: the
// first address of the service CIDR 10.96.0.0/12, HTTPS on 443. (The docs'
// examples were run on GKE, where it is 10.3.240.1.)
const (
	KubernetesServiceIP = "10.96.0.1"
	ClusterDNSIP        = "10.96.0.10"
	ClusterDomain       = "cluster.local"
)

// ServiceEnv mirrors Kubelet.getServiceEnvVarMap with
// pkg/kubelet/envvars.FromServices for the one Service the simulated
// cluster has: the master service "kubernetes" of the default namespace,
// whose variables every container gets even with enableServiceLinks false
// ("We always want to add environment variables for master services").
func ServiceEnv() map[string]string {
	return map[string]string{
		"KUBERNETES_SERVICE_HOST":       KubernetesServiceIP,
		"KUBERNETES_SERVICE_PORT":       "443",
		"KUBERNETES_SERVICE_PORT_HTTPS": "443",
		"KUBERNETES_PORT":               "tcp://" + KubernetesServiceIP + ":443",
		"KUBERNETES_PORT_443_TCP":       "tcp://" + KubernetesServiceIP + ":443",
		"KUBERNETES_PORT_443_TCP_PROTO": "tcp",
		"KUBERNETES_PORT_443_TCP_PORT":  "443",
		"KUBERNETES_PORT_443_TCP_ADDR":  KubernetesServiceIP,
	}
}

func hexHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// NodeIP is the InternalIP of a simulated node of the default cluster
// (status.hostIP of its Pods), numbered as kind numbers its nodes on the
// 172.18.0.0/16 Docker network: the control plane .2, node-1 .3, and so on
// (the engine's schedule.go uses the same numbering).
func NodeIP(node string) string {
	switch node {
	case "node-1":
		return "172.18.0.3"
	case "node-2":
		return "172.18.0.4"
	case "node-3":
		return "172.18.0.5"
	}
	return "172.18.0.2"
}
