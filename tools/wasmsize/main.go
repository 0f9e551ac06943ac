// Command wasmsize says what a Go wasm binary spends its bytes on: the
// size of the function bodies of each Go package, from the binary's name
// section (build without -ldflags=-s to keep it).
//
//	GOOS=js GOARCH=wasm go build -o out/app-names.wasm ./app
//	go run ./tools/wasmsize -top 30 out/app-names.wasm
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
)

func main() {
	top := flag.Int("top", 30, "packages to list")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-top N] FILE.wasm")
		os.Exit(2)
	}
	b, err := os.ReadFile(flag.Arg(0))
	if err == nil {
		err = report(os.Stdout, b, *top)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

// report prints the code bytes of the top packages of the module b.
func report(w io.Writer, b []byte, top int) error {
	m, err := parse(b)
	if err != nil {
		return err
	}
	if len(m.names) == 0 {
		return fmt.Errorf("no name section: build without -ldflags=-s")
	}
	sizes := map[string]int{}
	total := 0
	for i, n := range m.bodies {
		sizes[packageOf(m.names[m.imported+i])] += n
		total += n
	}
	pkgs := make([]string, 0, len(sizes))
	for p := range sizes {
		pkgs = append(pkgs, p)
	}
	sort.Slice(pkgs, func(i, j int) bool {
		return sizes[pkgs[i]] > sizes[pkgs[j]] || sizes[pkgs[i]] == sizes[pkgs[j]] && pkgs[i] < pkgs[j]
	})
	fmt.Fprintf(w, "file %d bytes: code %d, data %d\n", len(b), total, m.data)
	fmt.Fprintf(w, "%10s %6s  %s\n", "code B", "%", "package")
	for i, p := range pkgs {
		if i == top {
			break
		}
		fmt.Fprintf(w, "%10d %5.1f%%  %s\n", sizes[p], 100*float64(sizes[p])/float64(total), p)
	}
	return nil
}
