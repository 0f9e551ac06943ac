//go:build wasm

package main

// runTool is the native command line (server.go); the wasm has none, and
// never gets here because app.RunWhenOnBrowser does not return.
func runTool([]string, []tocEntry) int { return 0 }
