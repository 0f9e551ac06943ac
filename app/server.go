//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"time"
)

const usage = `usage:
  app dist  [-prefix /podlab] [-o dist] [-web web]   write the static site
  app serve [-addr localhost:8000] [-prefix P] [-web web]
                                                     write it to a temporary folder and serve it
`

// runTool is the native command line; it returns the exit status.
func runTool(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "dist":
		err = cmdDist(args[1:], os.Stdout)
	case "serve":
		err = cmdServe(args[1:], os.Stdout)
	default:
		fmt.Fprint(os.Stderr, usage)
		return 2
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "app:", err)
		return 1
	}
	return 0
}

// cmdDist writes the static site for GitHub Pages.
func cmdDist(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("dist", flag.ContinueOnError)
	prefix := fl.String("prefix", "/podlab", "URL path the site is served under")
	out := fl.String("o", "dist", "output folder")
	web := fl.String("web", "web", "static assets folder (with app.wasm)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if err := generate(*out, *web, *prefix, routes(course())); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s for %s/\n", *out, *prefix)
	return nil
}

// cmdServe generates the site into a temporary folder and serves it as
// GitHub Pages would, until interrupted.
func cmdServe(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fl.String("addr", "localhost:8000", "address to listen on")
	prefix := fl.String("prefix", "", "URL path to serve the site under, e.g. /podlab")
	web := fl.String("web", "web", "static assets folder (with app.wasm)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "podlab-site-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := generate(dir, *web, *prefix, routes(course())); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	p := cleanPrefix(*prefix)
	fmt.Fprintf(stdout, "Podlab on http://%s%s/\n", ln.Addr(), p)
	srv := &http.Server{Handler: staticSite{Dir: dir, Prefix: p}, ReadHeaderTimeout: 10 * time.Second}
	return srv.Serve(ln)
}
