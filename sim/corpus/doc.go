// Package corpus checks the simulator against the Pod examples of the
// Kubernetes documentation (kubernetes/website content/en/examples, CC BY
// 4.0; testdata/k8s-website/MANIFEST.md has the source, license and the
// outcome each docs page states).
//
// The package has no code of its own: its test simulates every Pod file,
// with the ConfigMaps and Secrets its page creates first, and asserts the
// outcomes the docs state about the Pod's lifecycle, STATUS, restarts,
// logs and files. The table in outcomes_test.go lists them, and lists the
// examples whose outcome belongs to something not simulated yet.
package corpus
