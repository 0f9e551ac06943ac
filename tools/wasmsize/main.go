// Command wasmsize says what a Go wasm binary spends its bytes on: the
// size of the function bodies of each Go package, from the binary's name
// section (build without -ldflags=-s to keep it), raw and gzipped.
//
//	GOOS=js GOARCH=wasm go build -o out/app-names.wasm ./app
//	go run ./tools/wasmsize -top 30 -funcs 20 out/app-names.wasm
//
// The gzip column compresses each package's code on its own, so it
// over-counts a little (shared context is lost) but ranks packages by
// what they add to the download, which raw bytes do not: data-heavy or
// repetitive code compresses far better than the rest. The data section
// (strings, type descriptors, the pclntab the runtime needs for stacks,
// embedded files) cannot be attributed from the name section; its
// pclntab share grows with the code.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
)

func main() {
	top := flag.Int("top", 30, "packages to list")
	funcs := flag.Int("funcs", 0, "also list the largest functions")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-top N] [-funcs N] FILE.wasm")
		os.Exit(2)
	}
	b, err := os.ReadFile(flag.Arg(0))
	if err == nil {
		err = report(os.Stdout, b, *top, *funcs)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

// report prints the code bytes of the top packages of the module b, and
// its funcs largest functions.
func report(w io.Writer, b []byte, top, funcs int) error {
	m, err := parse(b)
	if err != nil {
		return err
	}
	if len(m.names) == 0 {
		return fmt.Errorf("no name section: build without -ldflags=-s")
	}
	code := map[string][]byte{}
	total := 0
	for i, body := range m.bodies {
		p := packageOf(m.names[m.imported+i])
		code[p] = append(code[p], body...)
		total += len(body)
	}
	pkgs := sortedBySize(code)
	fmt.Fprintf(w, "file %d bytes (gzip -9 %d): code %d, data %d\n", len(b), gzipSize(b), total, m.data)
	fmt.Fprintf(w, "%10s %6s %9s  %s\n", "code B", "%", "gzip B", "package")
	for i, p := range pkgs {
		if i == top {
			break
		}
		n := len(code[p])
		fmt.Fprintf(w, "%10d %5.1f%% %9d  %s\n", n, 100*float64(n)/float64(total), gzipSize(code[p]), p)
	}
	if funcs > 0 {
		printFuncs(w, m, funcs)
	}
	return nil
}

func sortedBySize(code map[string][]byte) []string {
	pkgs := make([]string, 0, len(code))
	for p := range code {
		pkgs = append(pkgs, p)
	}
	sort.Slice(pkgs, func(i, j int) bool {
		a, b := len(code[pkgs[i]]), len(code[pkgs[j]])
		return a > b || a == b && pkgs[i] < pkgs[j]
	})
	return pkgs
}

// printFuncs lists the n largest function bodies.
func printFuncs(w io.Writer, m *module, n int) {
	idx := make([]int, len(m.bodies))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return len(m.bodies[idx[i]]) > len(m.bodies[idx[j]]) })
	fmt.Fprintf(w, "\n%10s  %s\n", "code B", "function")
	for _, i := range idx[:min(n, len(idx))] {
		fmt.Fprintf(w, "%10d  %s\n", len(m.bodies[i]), m.names[m.imported+i])
	}
}

// gzipSize is the length of b compressed as gzip -9 does.
func gzipSize(b []byte) int {
	var buf bytes.Buffer
	z, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	z.Write(b)
	z.Close()
	return buf.Len()
}
