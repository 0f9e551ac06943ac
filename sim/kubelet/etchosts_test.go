package kubelet

import (
	"testing"

	"github.com/podlab/podlab/sim/api"
)

func TestEtcHosts(t *testing.T) {
	aliases := []api.HostAlias{{IP: "127.0.0.1", Hostnames: []string{"foo.local", "bar.local"}}, {IP: "10.1.2.3", Hostnames: []string{"foo.remote", "bar.remote"}}}
	tests := []struct {
		name string
		pod  api.Pod
		want string
	}{
		{"hostaliases-pod (docs)", api.Pod{ObjectMeta: api.ObjectMeta{Name: "hostaliases-pod"}, Spec: api.PodSpec{HostAliases: aliases}},
			"# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\n" +
				"fe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n10.244.1.7\thostaliases-pod\n\n" +
				"# Entries added by HostAliases.\n127.0.0.1\tfoo.local\tbar.local\n10.1.2.3\tfoo.remote\tbar.remote\n"},
		{"hostname and subdomain", api.Pod{ObjectMeta: api.ObjectMeta{Name: "p"}, Spec: api.PodSpec{Hostname: "busybox-1", Subdomain: "busybox-subdomain"}},
			"# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\n" +
				"fe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n" +
				"10.244.1.7\tbusybox-1.busybox-subdomain.default.svc.cluster.local\tbusybox-1\n"},
		{"host network", api.Pod{ObjectMeta: api.ObjectMeta{Name: "p"}, Spec: api.PodSpec{HostNetwork: true}},
			"# Kubernetes-managed hosts file (host network).\n" + NodeHosts},
	}
	for _, tt := range tests {
		if got := EtcHosts(&tt.pod, []string{"10.244.1.7"}); got != tt.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestResolvConf(t *testing.T) {
	two := "2"
	tests := []struct {
		name string
		spec api.PodSpec
		ns   string
		want string
	}{
		{"ClusterFirst (default)", api.PodSpec{}, "",
			"search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n"},
		{"ClusterFirst in another namespace", api.PodSpec{DNSPolicy: api.DNSClusterFirst}, "dev",
			"search dev.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n"},
		{"Default", api.PodSpec{DNSPolicy: api.DNSDefault}, "", "nameserver 172.18.0.1\n"},
		{"ClusterFirst with hostNetwork", api.PodSpec{HostNetwork: true}, "", "nameserver 172.18.0.1\n"},
		{"None + dnsConfig (custom-dns.yaml)", api.PodSpec{DNSPolicy: api.DNSNone, DNSConfig: &api.PodDNSConfig{
			Nameservers: []string{"192.0.2.1"}, Searches: []string{"ns1.svc.cluster-domain.example", "my.dns.search.suffix"},
			Options: []api.DNSConfigOpt{{Name: "ndots", Value: &two}, {Name: "edns0"}}}}, "",
			"search ns1.svc.cluster-domain.example my.dns.search.suffix\nnameserver 192.0.2.1\noptions ndots:2 edns0\n"},
		{"ClusterFirst + dnsConfig overrides ndots", api.PodSpec{DNSConfig: &api.PodDNSConfig{Options: []api.DNSConfigOpt{{Name: "ndots", Value: &two}}}}, "",
			"search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:2\n"},
	}
	for _, tt := range tests {
		p := api.Pod{ObjectMeta: api.ObjectMeta{Name: "p", Namespace: tt.ns}, Spec: tt.spec}
		if got := ResolvConf(GetPodDNS(&p)); got != tt.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestSandboxHostname(t *testing.T) {
	long := "a-very-long-pod-name-that-goes-on-and-on-beyond-sixty-three-characters-x"
	tests := []struct {
		pod  api.Pod
		want string
	}{
		{api.Pod{ObjectMeta: api.ObjectMeta{Name: "command-demo"}}, "command-demo"},
		{api.Pod{ObjectMeta: api.ObjectMeta{Name: "p"}, Spec: api.PodSpec{Hostname: "busybox-1"}}, "busybox-1"},
		{api.Pod{ObjectMeta: api.ObjectMeta{Name: "p"}, Spec: api.PodSpec{HostNetwork: true}}, "node-1"},
		{api.Pod{ObjectMeta: api.ObjectMeta{Name: long}}, long[:63]},
	}
	for _, tt := range tests {
		if got := SandboxHostname(&tt.pod, "node-1"); got != tt.want {
			t.Errorf("SandboxHostname(%s) = %q, want %q", tt.pod.Name, got, tt.want)
		}
	}
}
