package kubelet

import (
	"fmt"
	"strings"

	"github.com/podlab/podlab/sim/api"
)

// The headers of the /etc/hosts file the kubelet manages
// (pkg/kubelet/kubelet_pods.go).
const (
	managedHostsHeader                = "# Kubernetes-managed hosts file.\n"
	managedHostsHeaderWithHostNetwork = "# Kubernetes-managed hosts file (host network).\n"
)

// NodeHosts and NodeResolvConf are the simulated node's own files, which
// hostNetwork Pods and dnsPolicy Default see.
const (
	NodeHosts      = "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n"
	NodeNameserver = "172.18.0.1"
)

// GeneratePodHostNameAndDomain mirrors Kubelet.GeneratePodHostNameAndDomain
// (kubelet_pods.go): spec.hostname or the Pod name (cut to 63 characters),
// and "<subdomain>.<namespace>.svc.<cluster domain>" when a subdomain is set.
func GeneratePodHostNameAndDomain(p *api.Pod) (hostname, domain string) {
	hostname = p.Name
	if len(hostname) > 63 {
		hostname = strings.TrimRight(hostname[:63], "-.")
	}
	if p.Spec.Hostname != "" {
		hostname = p.Spec.Hostname
	}
	if p.Spec.Subdomain != "" {
		domain = fmt.Sprintf("%s.%s.svc.%s", p.Spec.Subdomain, namespaceOf(p), ClusterDomain)
	}
	return hostname, domain
}

// EtcHosts is the Pod's /etc/hosts: managedHostsFileContent for a Pod on
// the Pod network, or the node's file under the host-network header
// (nodeHostsFileContent) with hostNetwork.
func EtcHosts(p *api.Pod, podIPs []string) string {
	if p.Spec.HostNetwork {
		return managedHostsHeaderWithHostNetwork + NodeHosts + hostsEntriesFromHostAliases(p.Spec.HostAliases)
	}
	hostname, domain := GeneratePodHostNameAndDomain(p)
	return ManagedHostsFileContent(podIPs, hostname, domain, p.Spec.HostAliases)
}

// ManagedHostsFileContent mirrors managedHostsFileContent (kubelet_pods.go):
// the header, the localhost lines, one line per Pod IP with the (fully
// qualified) hostname, then the HostAliases block.
func ManagedHostsFileContent(hostIPs []string, hostName, hostDomainName string, aliases []api.HostAlias) string {
	var b strings.Builder
	b.WriteString(managedHostsHeader)
	b.WriteString("127.0.0.1\tlocalhost\n")
	b.WriteString("::1\tlocalhost ip6-localhost ip6-loopback\n")
	b.WriteString("fe00::0\tip6-localnet\n")
	b.WriteString("fe00::0\tip6-mcastprefix\n")
	b.WriteString("fe00::1\tip6-allnodes\n")
	b.WriteString("fe00::2\tip6-allrouters\n")
	for _, ip := range hostIPs {
		if hostDomainName != "" {
			fmt.Fprintf(&b, "%s\t%s.%s\t%s\n", ip, hostName, hostDomainName, hostName)
		} else {
			fmt.Fprintf(&b, "%s\t%s\n", ip, hostName)
		}
	}
	b.WriteString(hostsEntriesFromHostAliases(aliases))
	return b.String()
}

// hostsEntriesFromHostAliases mirrors the function of that name: a blank
// line, a comment, then one line per alias IP with its names tab-separated.
func hostsEntriesFromHostAliases(aliases []api.HostAlias) string {
	if len(aliases) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n# Entries added by HostAliases.\n")
	for _, a := range aliases {
		fmt.Fprintf(&b, "%s\t%s\n", a.IP, strings.Join(a.Hostnames, "\t"))
	}
	return b.String()
}

// DNSConfig is what the kubelet hands the runtime for resolv.conf.
type DNSConfig struct {
	Servers, Searches, Options []string
}

// GetPodDNS mirrors pkg/kubelet/network/dns Configurer.GetPodDNS:
// ClusterFirst (and ClusterFirstWithHostNet on the host network) uses the
// cluster DNS Service and the namespace search path plus the node's;
// Default, and ClusterFirst with hostNetwork, use the node's resolver;
// None uses only spec.dnsConfig, which the other policies merge in.
func GetPodDNS(p *api.Pod) DNSConfig {
	var cfg DNSConfig
	switch podDNSType(p) {
	case "cluster":
		ns := namespaceOf(p)
		cfg = DNSConfig{
			Servers:  []string{ClusterDNSIP},
			Searches: []string{ns + ".svc." + ClusterDomain, "svc." + ClusterDomain, ClusterDomain},
			Options:  []string{"ndots:5"},
		}
	case "host":
		cfg = DNSConfig{Servers: []string{NodeNameserver}}
	}
	if p.Spec.DNSConfig != nil {
		cfg = appendDNSConfig(cfg, p.Spec.DNSConfig)
	}
	return cfg
}

// podDNSType mirrors getPodDNSType.
func podDNSType(p *api.Pod) string {
	switch p.Spec.DNSPolicy {
	case api.DNSNone:
		return "none"
	case api.DNSDefault:
		return "host"
	case api.DNSClusterFirstWithHostNet:
		return "cluster"
	}
	if p.Spec.HostNetwork {
		return "host" // ClusterFirst on the host network falls back to Default
	}
	return "cluster"
}

// appendDNSConfig mirrors appendDNSConfig: servers and searches are added
// without duplicates, options replace those of the same name.
func appendDNSConfig(cfg DNSConfig, d *api.PodDNSConfig) DNSConfig {
	cfg.Servers = omitDuplicates(append(cfg.Servers, d.Nameservers...))
	cfg.Searches = omitDuplicates(append(cfg.Searches, d.Searches...))
	for _, o := range d.Options {
		opt := o.Name
		if o.Value != nil && *o.Value != "" {
			opt += ":" + *o.Value
		}
		cfg.Options = mergeOption(cfg.Options, o.Name, opt)
	}
	return cfg
}

func mergeOption(opts []string, name, opt string) []string {
	for i, old := range opts {
		if n, _, _ := strings.Cut(old, ":"); n == name {
			opts[i] = opt
			return opts
		}
	}
	return append(opts, opt)
}

func omitDuplicates(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// ResolvConf is the file the runtime writes from the DNS config, as
// containerd's parseDNSOptions does: search, then nameserver lines, then
// options. (Docker wrote the nameserver first; the docs' outputs show that.)
func ResolvConf(cfg DNSConfig) string {
	var b strings.Builder
	if len(cfg.Searches) > 0 {
		fmt.Fprintf(&b, "search %s\n", strings.Join(cfg.Searches, " "))
	}
	if len(cfg.Servers) > 0 {
		fmt.Fprintf(&b, "nameserver %s\n", strings.Join(cfg.Servers, "\nnameserver "))
	}
	if len(cfg.Options) > 0 {
		fmt.Fprintf(&b, "options %s\n", strings.Join(cfg.Options, " "))
	}
	return b.String()
}

// SandboxHostname is the hostname the Pod's containers see (HOSTNAME,
// /etc/hostname): the node's on the host network, where the sandbox keeps
// the host's UTS namespace (kuberuntime_sandbox.go generatePodSandboxConfig
// sets a hostname only for Pods off the host network), else
// GeneratePodHostNameAndDomain's.
func SandboxHostname(p *api.Pod, node string) string {
	if p.Spec.HostNetwork {
		return node
	}
	hostname, _ := GeneratePodHostNameAndDomain(p)
	return hostname
}
