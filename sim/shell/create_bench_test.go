package shell

import (
	"testing"

	"github.com/podlab/podlab/sim"
)

// BenchmarkCreateContainer is the cost of a fresh root filesystem (every
// container start and restart pays it).
func BenchmarkCreateContainer(b *testing.B) {
	for _, image := range []string{"busybox", "nginx"} {
		b.Run(image, func(b *testing.B) {
			rt := New(Config{})
			defer rt.Close()
			_ = rt.RunPodSandbox(sim.SandboxConfig{Pod: "p", Hostname: "p", IP: "10.244.0.5"})
			for b.Loop() {
				if err := rt.CreateContainer(sim.ContainerConfig{Pod: "p", Name: "c", Image: image}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
