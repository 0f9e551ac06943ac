package sim_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// corePackages are the simulator's pure, deterministic packages (relative
// to sim/). sim/shell is the one place with goroutines; sim/play wires it
// in, so both are left out.
var corePackages = []string{".", "api", "images", "kubelet", "kubectl", "scheduler", "cluster", "console", "internal/fakert"}

const module = "github.com/podlab/podlab/"

// forbiddenImports may not appear in the core, directly or through another
// package of this module.
var forbiddenImports = map[string]string{
	"os":         "the core has no host access",
	"os/exec":    "the core has no host access",
	"syscall/js": "the core runs natively too",
	"math/rand":  "randomness comes only from Options.Rand (math/rand/v2)",
	"github.com/maxence-charriere/go-app/v9/pkg/app": "the core never imports the UI",
	module + "sim/shell":                             "the core drives the Runtime port, never the shell",
	module + "sim/play":                              "play wires the core together, not the other way round",
}

// forbiddenCalls are package-level functions that read the wall clock,
// block on it, or use a global random source.
var forbiddenCalls = map[string]map[string]bool{
	"time":         {"Now": true, "Sleep": true, "Since": true, "Until": true, "After": true, "AfterFunc": true, "NewTimer": true, "NewTicker": true, "Tick": true},
	"math/rand/v2": {"IntN": true, "Int": true, "Float64": true, "N": true, "Perm": true, "Shuffle": true, "Uint64": true, "Int64": true, "Int64N": true, "Uint32": true},
}

// TestCoreIsPure enforces STYLE.md §0.1 the way hackpadfs' no_os_test.go
// does: no os, syscall/js, go-app or global rand; no time.Now, time.Sleep
// or go statements in the non-test sources of the core packages.
func TestCoreIsPure(t *testing.T) {
	seen := map[string]bool{}
	for _, dir := range corePackages {
		checkPackage(t.Errorf, dir, "sim/"+dir, seen)
	}
}

// checkPackage checks the package in dir (relative to sim/) and, through
// its imports, every package of this module it depends on.
func checkPackage(errorf func(string, ...any), dir, via string, seen map[string]bool) {
	dir = filepath.Clean(dir)
	if seen[dir] {
		return
	}
	seen[dir] = true
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		errorf("%s: no Go files (err %v)", dir, err)
		return
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		for _, imp := range checkFile(errorf, f, via) {
			if rel, ok := strings.CutPrefix(imp, module+"sim/"); ok {
				checkPackage(errorf, rel, via+" → "+imp, seen)
			}
		}
	}
}

// checkFile reports forbidden imports, calls and go statements in one
// file and returns its imports.
func checkFile(errorf func(string, ...any), path, via string) []string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, 0)
	if err != nil {
		errorf("%s: %v", path, err)
		return nil
	}
	names := map[string]string{} // local name → import path
	var imports []string
	for _, is := range f.Imports {
		p, _ := strconv.Unquote(is.Path.Value)
		imports = append(imports, p)
		if why, bad := forbiddenImports[p]; bad {
			errorf("%s (via %s) imports %s: %s", path, via, p, why)
		}
		name := filepath.Base(p)
		if p == "math/rand/v2" {
			name = "rand"
		}
		if is.Name != nil {
			name = is.Name.Name
		}
		names[name] = p
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			errorf("%s: go statement at %v: the core has no goroutines", path, fset.Position(n.Pos()))
		case *ast.SelectorExpr:
			if id, ok := n.X.(*ast.Ident); ok && forbiddenCalls[names[id.Name]][n.Sel.Name] {
				errorf("%s: %s.%s at %v: the core never reads the wall clock or a global random source", path, names[id.Name], n.Sel.Name, fset.Position(n.Pos()))
			}
		}
		return true
	})
	return imports
}

func TestPurityCheckCatchesViolations(t *testing.T) {
	dir := t.TempDir()
	src := "package bad\nimport (\n\"os\"\n\"time\"\n)\nfunc f() { _ = os.Args; _ = time.Now(); go f() }\n"
	path := filepath.Join(dir, "bad.go")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var problems []string
	checkFile(func(f string, a ...any) { problems = append(problems, fmt.Sprintf(f, a...)) }, path, "test")
	if len(problems) != 3 {
		t.Errorf("problems = %q, want 3 (os, time.Now, go)", problems)
	}
	if len(problems) == 0 {
		t.Error("checkFile accepted a file with os, time.Now and a go statement")
	}
}
