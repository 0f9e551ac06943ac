// Command icons draws Podlab's icon: web/icon.svg and the PNG sizes an
// installable PWA needs (192, 512 and a maskable 512), from one geometry,
// with the standard library's image/png only.
//
//	go run ./tools/icons -o web
//
// The PNGs are committed; icons_test.go checks they match this program.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	out := flag.String("o", "web", "output folder")
	flag.Parse()
	if err := writeAll(*out); err != nil {
		fmt.Fprintln(os.Stderr, "icons:", err)
		os.Exit(1)
	}
}

// writeAll writes every icon file into dir.
func writeAll(dir string) error {
	files, err := render()
	if err != nil {
		return err
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			return err
		}
	}
	return nil
}
