package main

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// mdInline renders a line of Markdown: code spans, **bold**, *emphasis*
// or _emphasis_, and [links](href); everything else, HTML included, is
// text. Titles, hints and predict choices use it too.
func mdInline(s string) []app.UI {
	r := &mdInliner{}
	for i := 0; i < len(s); {
		if n := r.markup(s, i); n > 0 {
			i += n
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		r.text.WriteString(s[i : i+size])
		i += size
	}
	r.flush()
	return r.out
}

// mdInliner collects the nodes of one line and the text between them.
type mdInliner struct {
	out  []app.UI
	text strings.Builder
}

func (r *mdInliner) flush() {
	if r.text.Len() > 0 {
		r.out = append(r.out, app.Text(r.text.String()))
		r.text.Reset()
	}
}

func (r *mdInliner) add(ui app.UI) {
	r.flush()
	r.out = append(r.out, ui)
}

// markup renders the span starting at s[i], if one does, and returns how
// many bytes it took; 0 means s[i] is text.
func (r *mdInliner) markup(s string, i int) int {
	rest := s[i:]
	switch {
	case rest[0] == '\\' && len(rest) > 1 && strings.ContainsRune("\\`*_[]()#|<>", rune(rest[1])):
		r.text.WriteByte(rest[1])
		return 2
	case rest[0] == '`':
		if j := strings.IndexByte(rest[1:], '`'); j >= 0 {
			r.add(app.Code().Text(rest[1 : 1+j]))
			return j + 2
		}
	case strings.HasPrefix(rest, "**"):
		if j := strings.Index(rest[2:], "**"); j > 0 {
			r.add(app.Strong().Body(mdInline(rest[2 : 2+j])...))
			return j + 4
		}
	case rest[0] == '*' || rest[0] == '_':
		return r.emphasis(s, i)
	case rest[0] == '[':
		return r.link(rest)
	}
	return 0
}

// emphasis renders *x* or _x_: the opener is followed by a non-space, the
// closer preceded by one, and an underscore only counts at word
// boundaries (snake_case stays text).
func (r *mdInliner) emphasis(s string, i int) int {
	c := s[i]
	rest := s[i+1:]
	if rest == "" || rest[0] == ' ' || c == '_' && i > 0 && isWordByte(s, i-1) {
		return 0
	}
	j := strings.IndexByte(rest, c)
	if j <= 0 || rest[j-1] == ' ' || c == '_' && i+1+j+1 < len(s) && isWordByte(s, i+1+j+1) {
		return 0
	}
	r.add(app.Em().Body(mdInline(rest[:j])...))
	return j + 2
}

// isWordByte reports whether the rune around s[k] is a letter or digit.
func isWordByte(s string, k int) bool {
	for k > 0 && !utf8.RuneStart(s[k]) {
		k--
	}
	ch, _ := utf8.DecodeRuneInString(s[k:])
	return unicode.IsLetter(ch) || unicode.IsDigit(ch)
}

// link renders [text](href) when href is safe; otherwise the brackets are
// text.
func (r *mdInliner) link(rest string) int {
	close := strings.Index(rest, "](")
	if close < 0 {
		return 0
	}
	end := strings.IndexByte(rest[close+2:], ')')
	if end < 0 {
		return 0
	}
	href, ok := safeHref(rest[close+2 : close+2+end])
	if !ok {
		return 0
	}
	a := app.A().Href(href).Body(mdInline(rest[1:close])...)
	if strings.HasPrefix(href, "http") {
		a = a.Rel("noopener noreferrer")
	}
	r.add(a)
	return close + 2 + end + 1
}

// safeHref accepts web links, site paths (given the site's prefix) and
// fragments; javascript:, data: and every other scheme are refused.
func safeHref(h string) (string, bool) {
	h = strings.TrimSpace(h)
	switch {
	case h == "" || strings.ContainsAny(h, " \t\n\"'<>\\"):
		return "", false
	case strings.HasPrefix(h, "https://"), strings.HasPrefix(h, "http://"), strings.HasPrefix(h, "#"):
		return h, true
	case strings.HasPrefix(h, "/") && !strings.HasPrefix(h, "//"):
		return pageURL(h), true
	}
	return "", false
}
