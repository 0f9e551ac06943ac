package lessons

import (
	"fmt"
	"html"
	"regexp"
	"strings"
)

// HTML renders a lesson body to HTML: the small Markdown subset the course
// uses (headings, paragraphs, lists, pipe tables, fenced code, inline
// code, bold, links), every text escaped, wrapped in one root element as
// go-app's app.Raw requires. A dependency-free renderer keeps the wasm
// small; the content test renders every page.
func HTML(body string) string {
	r := &mdRenderer{}
	lines := strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n")
	for i := 0; i < len(lines); {
		i = r.block(lines, i)
	}
	r.closePara()
	return `<div class="lesson-text">` + r.out.String() + `</div>`
}

// HTML renders the page's body; see the package function HTML.
func (p *Page) HTML() string { return HTML(p.Body) }

type mdRenderer struct {
	out  strings.Builder
	para []string
}

var (
	headingMDRE = regexp.MustCompile(`^(#{1,6}) (.*)$`)
	ulRE        = regexp.MustCompile(`^\s*[-*] (.*)$`)
	olRE        = regexp.MustCompile(`^\s*[0-9]+\. (.*)$`)
	tableSepRE  = regexp.MustCompile(`^\|?\s*:?-{3,}`)
)

// block renders the block starting at lines[i] and returns the next line.
func (r *mdRenderer) block(lines []string, i int) int {
	line := lines[i]
	switch {
	case strings.HasPrefix(line, "```"):
		return r.fence(lines, i)
	case strings.TrimSpace(line) == "":
		r.closePara()
		return i + 1
	case headingMDRE.MatchString(line):
		r.closePara()
		m := headingMDRE.FindStringSubmatch(line)
		fmt.Fprintf(&r.out, "<h%d>%s</h%d>\n", len(m[1]), inline(m[2]), len(m[1]))
		return i + 1
	case strings.HasPrefix(line, "|") && i+1 < len(lines) && tableSepRE.MatchString(lines[i+1]):
		return r.table(lines, i)
	case ulRE.MatchString(line):
		return r.list(lines, i, "ul", ulRE)
	case olRE.MatchString(line):
		return r.list(lines, i, "ol", olRE)
	}
	r.para = append(r.para, strings.TrimSpace(line))
	return i + 1
}

func (r *mdRenderer) closePara() {
	if len(r.para) > 0 {
		fmt.Fprintf(&r.out, "<p>%s</p>\n", inline(strings.Join(r.para, " ")))
		r.para = nil
	}
}

// fence renders a fenced code block; its info string becomes classes
// ("yaml invalid" → language-yaml md-invalid) so the page can mark a
// mistake shown on purpose.
func (r *mdRenderer) fence(lines []string, i int) int {
	r.closePara()
	info := strings.Fields(strings.TrimPrefix(lines[i], "```"))
	var class []string
	for k, w := range info {
		if k == 0 {
			class = append(class, "language-"+w)
		} else {
			class = append(class, "md-"+w)
		}
	}
	j := i + 1
	var code []string
	for ; j < len(lines) && !strings.HasPrefix(lines[j], "```"); j++ {
		code = append(code, lines[j])
	}
	fmt.Fprintf(&r.out, "<pre><code class=\"%s\">%s</code></pre>\n", html.EscapeString(strings.Join(class, " ")),
		html.EscapeString(strings.Join(code, "\n")))
	return j + 1
}

// list renders consecutive items; an indented line continues the item.
func (r *mdRenderer) list(lines []string, i int, tag string, item *regexp.Regexp) int {
	r.closePara()
	var items []string
	for ; i < len(lines); i++ {
		if m := item.FindStringSubmatch(lines[i]); m != nil {
			items = append(items, m[1])
		} else if strings.HasPrefix(lines[i], "  ") && strings.TrimSpace(lines[i]) != "" && len(items) > 0 {
			items[len(items)-1] += " " + strings.TrimSpace(lines[i])
		} else {
			break
		}
	}
	fmt.Fprintf(&r.out, "<%s>\n", tag)
	for _, it := range items {
		fmt.Fprintf(&r.out, "<li>%s</li>\n", inline(it))
	}
	fmt.Fprintf(&r.out, "</%s>\n", tag)
	return i
}

// table renders a pipe table: a header row, a separator, body rows.
func (r *mdRenderer) table(lines []string, i int) int {
	r.closePara()
	r.out.WriteString("<table>\n<thead><tr>")
	for _, c := range cells(lines[i]) {
		fmt.Fprintf(&r.out, "<th>%s</th>", inline(c))
	}
	r.out.WriteString("</tr></thead>\n<tbody>\n")
	j := i + 2
	for ; j < len(lines) && strings.HasPrefix(lines[j], "|"); j++ {
		r.out.WriteString("<tr>")
		for _, c := range cells(lines[j]) {
			fmt.Fprintf(&r.out, "<td>%s</td>", inline(c))
		}
		r.out.WriteString("</tr>\n")
	}
	r.out.WriteString("</tbody>\n</table>\n")
	return j
}

// cells splits "| a | b |" into its trimmed cells.
func cells(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimSuffix(strings.TrimPrefix(row, "|"), "|")
	parts := strings.Split(row, "|")
	for k := range parts {
		parts[k] = strings.TrimSpace(parts[k])
	}
	return parts
}

var (
	boldRE = regexp.MustCompile(`\*\*(.+?)\*\*`)
	linkRE = regexp.MustCompile(`\[([^\]]+)\]\(((?:https?://|/|#)[^)\s]*)\)`)
)

// inline renders code spans, bold and links; everything else is escaped
// text. Code spans are cut out first so that nothing inside them is read
// as markup.
func inline(s string) string {
	var b strings.Builder
	parts := strings.Split(s, "`")
	for k, p := range parts {
		switch {
		case k%2 == 1 && k < len(parts)-1:
			b.WriteString("<code>" + html.EscapeString(p) + "</code>")
		case k%2 == 1:
			b.WriteString(html.EscapeString("`" + p))
		default:
			t := html.EscapeString(p)
			t = boldRE.ReplaceAllString(t, "<strong>$1</strong>")
			t = linkRE.ReplaceAllString(t, `<a href="$2">$1</a>`)
			b.WriteString(t)
		}
	}
	return b.String()
}

// InlineHTML renders a short text (a title, a hint, a choice) with its
// code spans, bold and links, everything else escaped. It has no root
// element: put it inside one.
func InlineHTML(s string) string { return inline(s) }
