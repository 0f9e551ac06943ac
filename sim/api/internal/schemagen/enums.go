package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
)

// apiVersion is the k8s.io/api version this generator was built with.
var apiVersion = func() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == "k8s.io/api" {
				return m.Version
			}
		}
	}
	return "(unknown version)"
}()

// readEnums finds the string types core/v1 marks "+enum" and the values
// of their constants, from k8s.io/api's source (reflection cannot see
// either).
func readEnums() (map[string][]string, error) {
	dir, err := exec.Command("go", "list", "-f", "{{.Dir}}", "k8s.io/api/core/v1").Output()
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(strings.TrimSpace(string(dir)), "*.go"))
	if err != nil {
		return nil, err
	}
	enumTypes, values := map[string]bool{}, map[string][]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		collectEnums(f, enumTypes, values)
	}
	out := map[string][]string{}
	for t := range enumTypes {
		out[t] = values[t]
	}
	return out, nil
}

func collectEnums(f *ast.File, enumTypes map[string]bool, values map[string][]string) {
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range gd.Specs {
			switch s := spec.(type) {
			case *ast.TypeSpec:
				if hasEnumMarker(gd.Doc) || hasEnumMarker(s.Doc) {
					enumTypes[s.Name.Name] = true
				}
			case *ast.ValueSpec:
				collectConst(s, values)
			}
		}
	}
}

func hasEnumMarker(cg *ast.CommentGroup) bool {
	return cg != nil && strings.Contains(cg.Text(), "+enum")
}

// collectConst records `Name Type = "value"` constants by type; a
// deprecated constant is kept out (its doc says so).
func collectConst(s *ast.ValueSpec, values map[string][]string) {
	id, ok := s.Type.(*ast.Ident)
	if !ok || len(s.Values) != len(s.Names) {
		return
	}
	if s.Doc != nil && strings.Contains(s.Doc.Text(), "Deprecated") {
		return
	}
	for _, v := range s.Values {
		lit, ok := v.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			continue
		}
		if val, err := strconv.Unquote(lit.Value); err == nil && !contains(values[id.Name], val) {
			values[id.Name] = append(values[id.Name], val)
		}
	}
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
