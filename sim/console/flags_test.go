package console

import (
	"slices"
	"testing"
)

func TestParseFlags(t *testing.T) {
	specs := []flagSpec{
		{long: "output", short: "o", value: true},
		{long: "container", short: "c", value: true},
		{long: "from-file", value: true},
		{long: "watch", short: "w"},
		{long: "stdin", short: "i"},
		{long: "tty", short: "t"},
	}
	p, err := parseFlags([]string{"pods", "-o", "wide", "-w", "--from-file=a", "--from-file", "b", "-cweb", "-it", "x", "--", "ls", "-l"}, specs)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(p.args, []string{"pods", "x"}) {
		t.Errorf("args = %q", p.args)
	}
	if got := p.get("output", ""); got != "wide" {
		t.Errorf("output = %q", got)
	}
	if !slices.Equal(p.flags["from-file"], []string{"a", "b"}) {
		t.Errorf("from-file = %q", p.flags["from-file"])
	}
	if p.get("container", "") != "web" || !p.has("watch") || !p.has("stdin") || !p.has("tty") {
		t.Errorf("flags = %v", p.flags)
	}
	if !slices.Equal(p.dash, []string{"ls", "-l"}) {
		t.Errorf("dash = %q", p.dash)
	}
	for _, bad := range [][]string{{"--nope"}, {"-z"}, {"-o"}} {
		if _, err := parseFlags(bad, specs); err == nil {
			t.Errorf("parseFlags(%q) accepted", bad)
		}
	}
}
