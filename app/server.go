//go:build !wasm

package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

const usage = `usage:
  app dist  [-prefix /podlab] [-o dist] [-web web] [-wasmexec FILE]
        write the static site
  app serve [-addr localhost:8000] [-prefix P] [-web web] [-wasmexec FILE]
        write it to a temporary folder and serve it as GitHub Pages would
`

// runTool is the native command line; it returns the exit status. toc is
// the course whose pages it writes.
func runTool(args []string, toc []tocEntry) int {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "dist":
		err = cmdDist(args[1:], toc, os.Stdout)
	case "serve":
		err = cmdServe(args[1:], toc, os.Stdout)
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
func cmdDist(args []string, toc []tocEntry, stdout io.Writer) error {
	fl := flag.NewFlagSet("dist", flag.ContinueOnError)
	b := buildFlags(fl, "/podlab")
	fl.StringVar(&b.Out, "o", "dist", "output folder")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if err := generate(*b, routes(toc)); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s for %s/\n", b.Out, cleanPrefix(b.Prefix))
	return nil
}

// cmdServe generates the site into a temporary folder and serves it as
// GitHub Pages would, until interrupted.
func cmdServe(args []string, toc []tocEntry, stdout io.Writer) error {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fl.String("addr", "localhost:8000", "address to listen on")
	b := buildFlags(fl, "")
	if err := fl.Parse(args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "podlab-site-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	b.Out = dir
	if err := generate(*b, routes(toc)); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	p := cleanPrefix(b.Prefix)
	fmt.Fprintf(stdout, "Podlab on http://%s%s/\n", ln.Addr(), p)
	srv := &http.Server{Handler: staticSite{Dir: dir, Prefix: p}, ReadHeaderTimeout: 10 * time.Second}
	// Stop on Ctrl-C or SIGTERM so that the deferred clean-up runs.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	if err := srv.Serve(ln); err != http.ErrServerClosed {
		return err
	}
	return nil
}

// buildFlags defines the flags dist and serve share.
func buildFlags(fl *flag.FlagSet, prefix string) *build {
	b := new(build)
	fl.StringVar(&b.Prefix, "prefix", prefix, "URL path the site is served under (\"\" for the root)")
	fl.StringVar(&b.Web, "web", "web", "static assets folder, with app.wasm")
	fl.StringVar(&b.WasmExec, "wasmexec", "", "wasm_exec.js of the Go toolchain that built app.wasm")
	return b
}
