//go:build !js

package main

// newBrowserStore outside the browser is a memStore: native builds (the
// site generator, tests) have no learner to remember.
func newBrowserStore() Store { return newMemStore() }
