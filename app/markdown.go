package main

import (
	"regexp"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// markdownView shows a lesson's Markdown body as go-app elements. It never
// goes through app.Raw: every piece of lesson text ends up in a text node,
// so a lesson (or a translation) containing HTML shows it as text. The
// renderer knows the subset lessons/README.md allows: headings,
// paragraphs, bold and emphasis, inline code, fenced code, lists, pipe
// tables, links and block quotes.
//
// It is a component of its own so that go-app re-parses only when Source
// changes (a language switch), not on every redraw of the panel.
type markdownView struct {
	app.Compo

	// Source is the Markdown text.
	Source string
}

// Render draws the body in one root element.
func (m *markdownView) Render() app.UI {
	return app.Div().Class("lesson-text").Body(mdBlocks(m.Source)...)
}

// mdBlocks renders Markdown block by block.
func mdBlocks(src string) []app.UI {
	p := &mdParser{lines: strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")}
	var out []app.UI
	for p.i < len(p.lines) {
		if ui := p.block(); ui != nil {
			out = append(out, ui)
		}
	}
	return out
}

// mdParser walks the lines of a Markdown text.
type mdParser struct {
	lines []string
	i     int
}

var (
	mdHeadingRE  = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)
	mdBulletRE   = regexp.MustCompile(`^\s{0,3}[-*+]\s+(.*)$`)
	mdNumberRE   = regexp.MustCompile(`^\s{0,3}[0-9]{1,9}[.)]\s+(.*)$`)
	mdTableSepRE = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	mdQuoteRE    = regexp.MustCompile(`^\s{0,3}>\s?(.*)$`)
)

// block renders the block at the current line and moves past it; blank
// lines give nil.
func (p *mdParser) block() app.UI {
	line := p.lines[p.i]
	switch {
	case strings.TrimSpace(line) == "":
		p.i++
		return nil
	case strings.HasPrefix(strings.TrimLeft(line, " "), "```"):
		return p.fence()
	case mdHeadingRE.MatchString(line):
		p.i++
		m := mdHeadingRE.FindStringSubmatch(line)
		return mdHeading(len(m[1]), mdInline(m[2]))
	case mdQuoteRE.MatchString(line):
		return p.quote()
	case p.isTable():
		return p.table()
	case mdBulletRE.MatchString(line):
		return app.Ul().Body(p.items(mdBulletRE)...)
	case mdNumberRE.MatchString(line):
		return app.Ol().Body(p.items(mdNumberRE)...)
	}
	return p.paragraph()
}

// mdHeading is a heading one level below the Markdown's: the lesson's title
// is the panel's h2, so the body's "##" sections are h3.
func mdHeading(level int, body []app.UI) app.UI {
	switch min(level+1, 6) {
	case 2:
		return app.H2().Body(body...)
	case 3:
		return app.H3().Body(body...)
	case 4:
		return app.H4().Body(body...)
	case 5:
		return app.H5().Body(body...)
	}
	return app.H6().Body(body...)
}

// fence renders a fenced code block. Its info string becomes classes
// ("yaml invalid" → language-yaml md-invalid) as lessons.HTML names them,
// so the style sheet can mark a mistake shown on purpose.
func (p *mdParser) fence() app.UI {
	indent := len(p.lines[p.i]) - len(strings.TrimLeft(p.lines[p.i], " "))
	info := strings.Fields(strings.TrimPrefix(strings.TrimSpace(p.lines[p.i]), "```"))
	p.i++
	var code []string
	for ; p.i < len(p.lines) && !strings.HasPrefix(strings.TrimSpace(p.lines[p.i]), "```"); p.i++ {
		code = append(code, trimIndent(p.lines[p.i], indent))
	}
	p.i++ // the closing fence (or the end)
	c := app.Code().Text(strings.Join(code, "\n"))
	if cls := fenceClasses(info); len(cls) > 0 {
		c = c.Class(cls...)
	}
	// Focusable: a block wider than the pane scrolls sideways (it never
	// wraps), and a keyboard user must be able to scroll it too.
	return app.Pre().TabIndex(0).Body(c)
}

// fenceClasses turns an info string into classes: language-<first word>,
// md-<each other word>.
func fenceClasses(info []string) []string {
	var cls []string
	for k, w := range info {
		if k == 0 {
			cls = append(cls, "language-"+w)
		} else {
			cls = append(cls, "md-"+w)
		}
	}
	return cls
}

// trimIndent removes up to n leading spaces (a fence's own indentation).
func trimIndent(s string, n int) string {
	for k := 0; k < n && strings.HasPrefix(s, " "); k++ {
		s = s[1:]
	}
	return s
}

// quote renders consecutive "> " lines as a block quote of blocks.
func (p *mdParser) quote() app.UI {
	var inner []string
	for ; p.i < len(p.lines); p.i++ {
		m := mdQuoteRE.FindStringSubmatch(p.lines[p.i])
		if m == nil {
			break
		}
		inner = append(inner, m[1])
	}
	return app.Blockquote().Body(mdBlocks(strings.Join(inner, "\n"))...)
}

// items renders consecutive list items; an indented line continues the
// item above it.
func (p *mdParser) items(item *regexp.Regexp) []app.UI {
	var texts []string
	for ; p.i < len(p.lines); p.i++ {
		line := p.lines[p.i]
		if m := item.FindStringSubmatch(line); m != nil {
			texts = append(texts, m[1])
		} else if strings.HasPrefix(line, "  ") && strings.TrimSpace(line) != "" {
			texts[len(texts)-1] += " " + strings.TrimSpace(line)
		} else {
			break
		}
	}
	lis := make([]app.UI, len(texts))
	for k, t := range texts {
		lis[k] = app.Li().Body(mdInline(t)...)
	}
	return lis
}

// paragraph joins lines up to the next blank line or other block.
func (p *mdParser) paragraph() app.UI {
	var text []string
	for ; p.i < len(p.lines); p.i++ {
		line := p.lines[p.i]
		if len(text) > 0 && p.startsBlock(line) {
			break
		}
		text = append(text, strings.TrimSpace(line))
	}
	return app.P().Body(mdInline(strings.Join(text, " "))...)
}

// startsBlock reports whether line ends a paragraph.
func (p *mdParser) startsBlock(line string) bool {
	return strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimLeft(line, " "), "```") ||
		mdHeadingRE.MatchString(line) || mdQuoteRE.MatchString(line) || p.isTable() ||
		mdBulletRE.MatchString(line) || mdNumberRE.MatchString(line)
}
