package main

import (
	"strconv"
	"strings"
	"testing"
)

// TestCatalogueComplete proves every UI string exists in both languages,
// with the same fmt verbs in the same order.
func TestCatalogueComplete(t *testing.T) {
	for id := msg(0); id < msgCount; id++ {
		m := catalogue[id]
		if m.en == "" || m.zh == "" {
			t.Errorf("message %d: en %q, zh %q: both languages are required", id, m.en, m.zh)
		}
		if got, want := verbs(m.zh), verbs(m.en); got != want {
			t.Errorf("message %d (%q): zh verbs %q, en verbs %q", id, m.en, got, want)
		}
	}
}

// verbs lists the fmt verbs of a format string.
func verbs(s string) string {
	var b strings.Builder
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '%' {
			b.WriteByte(s[i+1])
			i++
		}
	}
	return b.String()
}

func TestT(t *testing.T) {
	tests := []struct {
		l    lang
		id   msg
		args []any
		want string
	}{
		{langEN, msgPlay, nil, "Play"},
		{langZH, msgPlay, nil, "播放"},
		{langEN, msgRestarts, []any{3}, "restarts: 3"},
		{langZH, msgRestarts, []any{3}, "重启次数：3"},
		{lang("fr"), msgPause, nil, "Pause"},
		{langEN, msgCount, nil, "!msg(" + strconv.Itoa(int(msgCount)) + ")"},
	}
	for _, tt := range tests {
		if got := tt.l.T(tt.id, tt.args...); got != tt.want {
			t.Errorf("%s.T(%d) = %q, want %q", tt.l, tt.id, got, tt.want)
		}
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct {
		browser []string
		want    lang
	}{
		{[]string{"zh-CN", "en"}, langZH},
		{[]string{"zh-TW"}, langZH},
		{[]string{"en-GB", "zh-CN"}, langEN},
		{[]string{"fr-FR", "zh"}, langZH},
		{[]string{"fr-FR"}, langEN},
		{nil, langEN},
	}
	for _, tt := range tests {
		if got := detectLang(tt.browser); got != tt.want {
			t.Errorf("detectLang(%v) = %s, want %s", tt.browser, got, tt.want)
		}
	}
}

func TestThemeToggled(t *testing.T) {
	tests := []struct {
		t          theme
		systemDark bool
		want       theme
	}{
		{themeSystem, false, themeDark}, {themeSystem, true, themeLight},
		{themeDark, false, themeLight}, {themeLight, true, themeDark},
	}
	for _, tt := range tests {
		if got := tt.t.toggled(tt.systemDark); got != tt.want {
			t.Errorf("%q.toggled(%v) = %q, want %q", tt.t, tt.systemDark, got, tt.want)
		}
	}
}
