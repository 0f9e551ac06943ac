package main

import (
	"net/url"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// benchHost shows a workbench only once told to, so a test can set the
// page's URL (a share link) before the workbench mounts.
type benchHost struct {
	app.Compo
	Show  bool
	Store Store
	wb    *podWorkbench
}

func (h *benchHost) Render() app.UI {
	if !h.Show {
		return app.Div()
	}
	w := &podWorkbench{Heading: "Probes", Slug: "probes", Starter: "kind: Pod\n", Store: h.Store}
	if h.wb == nil {
		h.wb = w
	}
	return w
}

// mountBench mounts a workbench for slug "probes" at the page address u.
func mountBench(t *testing.T, store Store, u string) (app.ClientDispatcher, *benchHost) {
	t.Helper()
	h := &benchHost{Store: store}
	disp := app.NewClientTester(h)
	pu, err := url.Parse(u)
	if err != nil {
		t.Fatal(err)
	}
	disp.Nav(pu)
	within(disp, h, func(ctx app.Context) { h.Show = true; h.Update() })
	disp.Consume()
	return disp, h
}

func TestWorkbenchOpensShareLink(t *testing.T) {
	frag := encodeShare(shareLink{Lesson: "probes", Spec: sharePod, At: 42 * time.Second})
	disp, h := mountBench(t, newMemStore(), "http://localhost/lessons/probes#"+frag)
	defer disp.Close()
	w := h.wb
	if w.sim.spec != sharePod {
		t.Errorf("spec = %q, want the link's", w.sim.spec)
	}
	if w.clock.t != 42*time.Second {
		t.Errorf("time = %v, want 42s", w.clock.t)
	}
	if w.keep.note.alert || w.keep.note.text != shareOpened {
		t.Errorf("notice %q, want the link-opened message", w.keep.note.in(langEN))
	}
}

func TestWorkbenchBadShareLinkKeepsPageUsable(t *testing.T) {
	tests := []struct {
		name, fragment string
		want           bilingual
	}{
		{"cut short", "t=3&s=" + deflated(sharePod)[:20], shareMalformedText},
		{"oversized", "s=" + deflated(string(make([]byte, shareMaxSpec+10))), shareTooLargeText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := newMemStore()
			progress{store}.SaveDraft("probes", "kind: Pod # mine\n")
			disp, h := mountBench(t, store, "http://localhost/lessons/probes#"+tt.fragment)
			defer disp.Close()
			w := h.wb
			if !w.keep.note.alert || w.keep.note.text != tt.want {
				t.Errorf("notice %q (alert %v), want %q", w.keep.note.in(langZH), w.keep.note.alert, tt.want.zh)
			}
			if w.sim.spec != "kind: Pod\n" {
				t.Errorf("spec = %q, want the starter (a bad link changes nothing)", w.sim.spec)
			}
		})
	}
}

func TestWorkbenchDraftSurvivesRemount(t *testing.T) {
	store := newMemStore()
	disp, h := mountBench(t, store, "http://localhost/lessons/probes")
	w := h.wb
	within(disp, w, func(ctx app.Context) { w.setSpec(ctx, "kind: Pod\nmetadata: {name: mine}\n") })
	disp.Wait()
	disp.Close()

	disp, h = mountBench(t, store, "http://localhost/lessons/probes")
	defer disp.Close()
	disp.Wait()
	disp.Consume()
	disp.Consume()
	if got := h.wb.sim.spec; got != "kind: Pod\nmetadata: {name: mine}\n" {
		t.Errorf("after a remount spec = %q, want the saved draft", got)
	}

	within(disp, h.wb, func(ctx app.Context) { h.wb.resetSpec(ctx) })
	disp.Wait()
	if _, ok, _ := (progress{store}).Draft("probes"); ok {
		t.Error("reset left the draft saved")
	}
	if got := h.wb.sim.spec; got != "kind: Pod\n" {
		t.Errorf("after reset spec = %q, want the starter", got)
	}
}

func TestWorkbenchShareMakesALink(t *testing.T) {
	disp, h := mountBench(t, newMemStore(), "http://localhost/podlab/lessons/probes")
	defer disp.Close()
	w := h.wb
	within(disp, w, func(ctx app.Context) { w.clock.t = 90 * time.Second; w.share(ctx) })
	u, err := url.Parse(w.keep.link)
	if err != nil {
		t.Fatal(err)
	}
	if u.Path != "/podlab/lessons/probes" {
		t.Errorf("link path %q, want the page's", u.Path)
	}
	got, err := decodeShare(u.Fragment)
	if err != nil {
		t.Fatal(err)
	}
	if want := (shareLink{Lesson: "probes", Spec: "kind: Pod\n", At: 90 * time.Second}); got != want {
		t.Errorf("link holds %+v, want %+v", got, want)
	}
}

func TestWorkbenchRecoversPanics(t *testing.T) {
	disp, h := mountBench(t, newMemStore(), "http://localhost/lessons/probes")
	defer disp.Close()
	w := h.wb
	within(disp, w, func(ctx app.Context) {
		if err := recovered("simulate", func() { panic("index out of range") }); err != nil {
			w.crashed(err)
		}
		w.Update()
	})
	if w.keep.crash == nil {
		t.Fatal("no crash recorded")
	}
	if !w.sim.done {
		t.Error("after a crash the run is still scheduled")
	}
	p := &errorPanel{Err: w.keep.crash, Lang: langZH}
	pd := app.NewClientTester(p)
	defer pd.Close()
	for _, m := range []app.TestUIDescriptor{
		{Path: app.TestPath(0, 0, 0), Expected: app.Text(crashTitle.zh)},
		{Path: app.TestPath(0, 1, 1, 0), Expected: app.Text("simulate: panic: index out of range")},
		{Path: app.TestPath(0, 2, 0), Expected: app.Text(crashReload.zh)},
	} {
		if err := app.TestMatch(p, m); err != nil {
			t.Error(err)
		}
	}
}
