package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestProgressDraftsAndChecks(t *testing.T) {
	p := progress{store: newMemStore()}
	if _, ok, err := p.Draft("probes"); ok || err != nil {
		t.Fatalf("fresh store: Draft ok=%v err=%v, want nothing", ok, err)
	}
	must(t, p.SaveDraft("probes", "kind: Pod\n"))
	must(t, p.SavePassed("probes", []string{"ready-by-10s", "a-restart"}))
	must(t, p.SaveDraft("init-containers", "x: 1\n"))

	if got, ok, _ := p.Draft("probes"); !ok || got != "kind: Pod\n" {
		t.Errorf("Draft = %q, %v; want the saved text", got, ok)
	}
	if got, _ := p.Passed("probes"); !reflect.DeepEqual(got, []string{"a-restart", "ready-by-10s"}) {
		t.Errorf("Passed = %v, want sorted ids", got)
	}

	must(t, p.Reset("probes"))
	if _, ok, _ := p.Draft("probes"); ok {
		t.Error("after Reset the draft is still there")
	}
	if got, _ := p.Passed("probes"); got != nil {
		t.Errorf("after Reset Passed = %v, want none", got)
	}
	if _, ok, _ := p.Draft("init-containers"); !ok {
		t.Error("Reset of one lesson removed another's draft")
	}
}

func TestProgressExportImport(t *testing.T) {
	from := progress{store: newMemStore()}
	must(t, from.SaveDraft("probes", "kind: Pod # 你好 <b>\n"))
	must(t, from.SavePassed("probes", []string{"c1"}))
	must(t, from.SavePassed("phases", []string{"c2", "c3"}))
	file, err := from.Export()
	must(t, err)

	to := progress{store: newMemStore()}
	must(t, to.SaveDraft("probes", "old"))
	must(t, to.SaveDraft("volumes", "kept"))
	n, err := to.Import(file)
	must(t, err)
	if n != 2 {
		t.Errorf("Import restored %d lessons, want 2", n)
	}
	got, _ := to.All()
	want := map[string]lessonProgress{
		"probes":  {Draft: "kind: Pod # 你好 <b>\n", Passed: []string{"c1"}},
		"phases":  {Passed: []string{"c2", "c3"}},
		"volumes": {Draft: "kept"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after import got %+v, want %+v", got, want)
	}
}

func TestProgressImportRejects(t *testing.T) {
	tests := []struct {
		name, file string
		damaged    bool // importDamaged rather than importNotOurs
	}{
		{"not JSON", "hello", false},
		{"another app's JSON", `{"lessons":{}}`, false},
		{"future version", `{"format":"podlab-progress","version":2,"lessons":{}}`, false},
		{"unknown field", `{"format":"podlab-progress","version":1,"lessons":{},"x":1}`, false},
		{"bad slug", `{"format":"podlab-progress","version":1,"lessons":{"../x":{"draft":"a"}}}`, true},
		{"draft too large", `{"format":"podlab-progress","version":1,"lessons":{"a":{"draft":"` + strings.Repeat("a", shareMaxSpec+1) + `"}}}`, true},
		{"empty check id", `{"format":"podlab-progress","version":1,"lessons":{"a":{"passed":[""]}}}`, true},
		{"file too large", strings.Repeat(" ", progressMaxFile+1), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := progress{store: newMemStore()}
			must(t, p.SaveDraft("a", "mine"))
			_, err := p.Import([]byte(tt.file))
			ie, ok := err.(*importError)
			if !ok {
				t.Fatalf("Import error = %v, want an *importError", err)
			}
			if damaged := ie.text == importDamaged; damaged != tt.damaged {
				t.Errorf("message %q; want damaged=%v", ie.message(langEN), tt.damaged)
			}
			if got, _, _ := p.Draft("a"); got != "mine" {
				t.Errorf("a rejected import changed a draft to %q", got)
			}
		})
	}
}

func TestStoreKeys(t *testing.T) {
	s := newMemStore()
	for _, k := range []string{"draft.b", "draft.a", "passed.a"} {
		must(t, s.Put(k, []byte("x")))
	}
	if got, _ := s.Keys("draft."); !reflect.DeepEqual(got, []string{"draft.a", "draft.b"}) {
		t.Errorf("Keys = %v", got)
	}
	for _, bad := range []string{"", "Draft.A", "../x", "a/b", ".hidden", strings.Repeat("a", 129)} {
		if err := s.Put(bad, nil); err == nil {
			t.Errorf("Put(%q) accepted a bad key", bad)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// FuzzImportProgress: no file panics the import, and a rejected file
// changes nothing that was saved.
func FuzzImportProgress(f *testing.F) {
	from := progress{store: newMemStore()}
	from.SaveDraft("probes", "kind: Pod\n")
	from.SavePassed("probes", []string{"c1"})
	good, _ := from.Export()
	f.Add(good)
	f.Add([]byte(`{"format":"podlab-progress","version":1,"lessons":{"a":{"draft":"x","passed":["y"]}}}`))
	f.Add([]byte(`{"format":"podlab-progress","version":1,"lessons":{"../a":{}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := progress{store: newMemStore()}
		p.SaveDraft("mine", "kept")
		if _, err := p.Import(data); err != nil {
			if _, ok := err.(*importError); !ok {
				t.Fatalf("error %v is not an *importError", err)
			}
			all, _ := p.All()
			if len(all) != 1 || all["mine"].Draft != "kept" {
				t.Fatalf("a rejected import changed the store: %+v", all)
			}
		}
	})
}
