package lessons

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDeps keeps the dependency direction app → lessons → sim: the course
// runs natively, in the CLI and in wasm, so it never imports the UI.
func TestDeps(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.Contains(dep, "go-app") || dep == "syscall/js" || strings.HasPrefix(dep, "github.com/podlab/podlab/app") {
			t.Errorf("lessons depends on %s", dep)
		}
	}
}
