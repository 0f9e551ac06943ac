package main

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// A `sleep N` line lets N of cluster time pass. The console does that in
// one call, which for hours of a busy cluster would freeze the tab for
// seconds (measured natively: sleep 100000 with two Pods, one logging every
// second, took 1.2 s). So the page runs a long sleep itself, a slice at a
// time between frames, with the prompt closed, as a terminal is while
// sleep runs.

const (
	sleepInline = 5 * time.Minute // up to this, the console sleeps in one go
	sleepSlice  = time.Minute     // then this much per step
	sleepPause  = 16 * time.Millisecond
)

// longSleep reports the duration of a bare `sleep N` line when it is over
// sleepInline. N is read as the console reads it: seconds, or a Go
// duration ("90s", "2h").
func longSleep(line string) (time.Duration, bool) {
	w := strings.Fields(line)
	if len(w) != 2 || w[0] != "sleep" {
		return 0, false
	}
	d, err := time.ParseDuration(w[1])
	if err != nil {
		d, err = time.ParseDuration(w[1] + "s")
	}
	return d, err == nil && d > sleepInline
}

// startSleep shows the line and starts the slices. It first runs `sleep 0`
// through the console, so the sleep ends a running watch as every command
// does.
func (p *consolePage) startSleep(line string, d time.Duration) {
	p.sess.run("sleep 0")
	p.appendEntry(termEntry{Cmd: line, Prompt: true})
	p.following = ""
	p.sleepLeft = d
	if app.IsClient { // tests call sleepStep themselves
		p.scheduleSleep(p.ctx, p.gen)
	}
}

func (p *consolePage) scheduleSleep(ctx app.Context, gen int) {
	ctx.After(sleepPause, func(ctx app.Context) {
		if gen == p.gen && p.sleepStep() {
			p.scheduleSleep(ctx, gen)
		}
	})
}

// sleepStep lets one slice pass and reports whether more is left.
func (p *consolePage) sleepStep() bool {
	step := min(p.sleepLeft, sleepSlice)
	p.sess.advance(step)
	p.sleepLeft -= step
	p.cards = p.sess.clusterCards()
	p.clock.Now = p.sess.now()
	return p.sleepLeft > 0
}
