package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The workstation folder outlives a reload: the page saves it in the
// Store after every line and puts it back on mount, before the prompt
// takes its first line. The cluster does not: it starts fresh.

// restore reads the saved folder off the UI goroutine and writes it into
// the workstation on it; the prompt opens when that is done.
func (p *consolePage) restore(ctx app.Context) {
	store := p.Store
	ctx.Async(func() {
		b, ok, err := store.Get(consoleFilesKey)
		ctx.Dispatch(func(ctx app.Context) { p.restored = true; p.applySaved(b, ok, err) })
	})
}

// applySaved replaces the example folder with the saved one, if any. A
// damaged save is said once and then overwritten by the next save.
func (p *consolePage) applySaved(b []byte, ok bool, err error) {
	if err == nil && ok {
		var f folder
		if f, err = decodeFolder(b); err == nil {
			err = replaceFolder(p.sess.ws.Dir(), f)
			p.saved = string(b)
		}
	}
	if err != nil {
		p.appendEntry(termEntry{Out: p.lang.orDefault().T(msgConsoleRestoreFailed, err.Error()) + "\n"})
	}
}

// save writes the folder to the Store if it changed since the last save.
func (p *consolePage) save() {
	f, err := readFolder(p.sess.ws.Dir())
	if err != nil {
		return // the folder is being changed under us; the next line saves it
	}
	b := encodeFolder(f)
	if string(b) == p.saved {
		return
	}
	p.saved = string(b)
	store := p.Store
	if p.ctx == nil {
		return
	}
	p.ctx.Async(func() { _ = store.Put(consoleFilesKey, b) })
}
