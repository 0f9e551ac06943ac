package console

import (
	"testing"
	"testing/fstest"
)

func TestFromFiles(t *testing.T) {
	wd := fstest.MapFS{
		"username.txt":          {Data: []byte("admin")},
		"password.txt":          {Data: []byte("c1oudc0w!")},
		"example/ui.properties": {Data: []byte("color.good=purple\n")},
		"example/game.env":      {Data: []byte("# comment\nlives=3\n\nsecret.code=UUDDLRLRBABAS\n")},
	}
	tests := []struct {
		name    string
		sources []string
		want    map[string]string
		wantErr string
	}{
		{"file keyed by its base name", []string{"./username.txt"}, map[string]string{"username.txt": "admin"}, ""},
		{"key=path", []string{"user=./username.txt"}, map[string]string{"user": "admin"}, ""},
		{"a directory adds each file", []string{"example"}, map[string]string{"ui.properties": "color.good=purple\n", "game.env": "# comment\nlives=3\n\nsecret.code=UUDDLRLRBABAS\n"}, ""},
		{"missing file", []string{"./nope.txt"}, nil, "error reading ./nope.txt: no such file or directory"},
		{"key for a directory", []string{"k=example"}, nil, "cannot give a key name for a directory path"},
		{"duplicate key", []string{"username.txt", "username.txt"}, nil, "cannot add key username.txt, another key by that name already exists"},
		{"empty key", []string{"=username.txt"}, nil, "key name for file path username.txt missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newData("Secret")
			err := d.fromFiles(wd, tt.sources)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(d.keys) != len(tt.want) {
				t.Fatalf("keys = %v, want %v", d.Keys(), tt.want)
			}
			for k, v := range tt.want {
				if string(d.keys[k]) != v {
					t.Errorf("%s = %q, want %q", k, d.keys[k], v)
				}
			}
		})
	}
}

func TestFromLiteralsAndEnvFiles(t *testing.T) {
	wd := fstest.MapFS{"game.env": {Data: []byte("# comment\nlives=3\n\nsecret.code=UUDDLRLRBABAS\n")}}
	d := newData("ConfigMap")
	if err := d.fromLiterals([]string{"special.how=very", "empty="}); err != nil {
		t.Fatal(err)
	}
	if err := d.fromEnvFiles(wd, []string{"game.env"}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"special.how": "very", "empty": "", "lives": "3", "secret.code": "UUDDLRLRBABAS"}
	for k, v := range want {
		if got, ok := d.keys[k]; !ok || string(got) != v {
			t.Errorf("%s = %q (present %v), want %q", k, got, ok, v)
		}
	}
	if err := d.fromLiterals([]string{"novalue"}); err == nil || err.Error() != "invalid literal source novalue, expected key=value" {
		t.Errorf("err = %v", err)
	}
	if err := d.fromLiterals([]string{"bad key=1"}); err == nil {
		t.Error("a key with a space was accepted")
	}
}
