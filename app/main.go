// Command app is Podlab's user interface and its site generator.
//
// Built with GOOS=js GOARCH=wasm it is web/app.wasm, the UI only. Built
// natively it writes the static site (app dist) and serves it (app serve);
// that code lives in files built with !wasm so that no net/http server ends
// up in the wasm. Both builds register the same routes, which is how the
// generator prerenders exactly the pages the browser will route.
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func main() {
	toc, err := loadCourse()
	if err != nil {
		// The content test proves the embedded course loads; should it
		// not, the browser still gets the home page, sandbox and 404.
		app.Log(err)
	}
	registerRoutes(routes(toc))
	app.RunWhenOnBrowser() // in the browser this never returns
	if err != nil {
		os.Exit(1) // never generate a site without its lessons
	}
	os.Exit(runTool(os.Args[1:], toc))
}
