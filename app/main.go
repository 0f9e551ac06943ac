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
	registerRoutes(routes(course()))
	app.RunWhenOnBrowser() // in the browser this never returns
	os.Exit(runTool(os.Args[1:]))
}
