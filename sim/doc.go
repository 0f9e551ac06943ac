// Package sim holds the vocabulary shared by Podlab's simulator, its
// command line and its course page: the timeline a simulated Pod leaves
// behind (events, status lines, logs, file changes, probe results) and the
// Runtime port through which the kubelet engine drives the world inside the
// Pod.
//
// The parts live in sub-packages, in the order the data flows:
//
//	sim/api      the API side: Pod types, strict parsing with line:col,
//	             defaulting and validation as the API server does them
//	sim/images   the image catalogue: families, root filesystems, entrypoints
//	sim/kubelet  the engine: a (time, seq) queue and the kubelet's rules
//	sim/shell    the Runtime: mvdan.cc/sh over hackpadfs, the only goroutines
//	sim/play     wires them together for callers (CLI, lessons, page)
//
// Everything under sim except sim/shell is pure and deterministic: no wall
// clock, no goroutines, no os, no syscall/js, no go-app. Time is a
// time.Duration since the first object was created.
package sim
