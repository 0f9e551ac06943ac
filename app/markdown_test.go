package main

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/lessons"
)

// mdHTML mounts a markdownView on src and prints it, without the line
// breaks go-app's printer puts around elements.
func mdHTML(t *testing.T, src string) string {
	t.Helper()
	html := clientHTML(t, &markdownView{Source: src})
	return strings.NewReplacer(">\n", ">", "\n<", "<").Replace(html)
}

func TestMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"heading below the panel title", "## Two images\n\ntext", []string{"<h3>Two images</h3>", "<p>text</p>"}},
		{"paragraph joins its lines", "one\ntwo\n\nthree", []string{"<p>one two</p>", "<p>three</p>"}},
		{"bullets", "- a\n- b `c`\n  continued", []string{"<ul>", "<li>a</li>", "<li>b <code>c</code> continued</li>"}},
		{"numbers", "1. first\n2. second", []string{"<ol>", "<li>first</li>", "<li>second</li>"}},
		{"fence keeps its text and info", "```yaml invalid\nkind: Pod\n  hostPost: 1\n```",
			[]string{`<pre tabindex="0"><code class="language-yaml md-invalid">kind: Pod`, "  hostPost: 1</code></pre>"}},
		{"table", "| a | b |\n|---|---|\n| `x|y` | **z** |",
			[]string{`<th scope="col">a</th>`, "<td><code>x|y</code></td>", "<td><strong>z</strong></td>"}},
		{"quote", "> **Note** this\n> and that", []string{"<blockquote>", "<p><strong>Note</strong> this and that</p>"}},
		{"emphasis but not snake_case", "*one* _two_ snake_case_name 2 * 3 * 4",
			[]string{"<em>one</em>", "<em>two</em>", "snake_case_name 2 * 3 * 4"}},
		{"links", "[docs](https://kubernetes.io/docs/) [next](/lessons/why-pods) [top](#x)",
			// go-app prints attributes from a map, in any order.
			[]string{`href="https://kubernetes.io/docs/"`, `rel="noopener noreferrer"`, `">docs</a>`,
				`<a href="/lessons/why-pods">next</a>`, `<a href="#x">top</a>`}},
		{"unsafe link is text", "[x](javascript:alert(1))", []string{"<p>[x](javascript:alert(1))</p>"}},
		{"unclosed code is text", "a `b", []string{"<p>a `b</p>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mdHTML(t, tt.src)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("render(%q) = %s\nlacks %s", tt.src, got, w)
				}
			}
		})
	}
}

// TestMarkdownNeverMakesHTMLFromText: HTML in lesson text, in a code span,
// a code block, a table or a link text shows as text; no element of it is
// created.
func TestMarkdownNeverMakesHTMLFromText(t *testing.T) {
	const x = `<img src=x onerror=alert(1)>`
	for _, src := range []string{
		x,
		"## " + x,
		"`" + x + "`",
		"```yaml\nname: " + x + "\n```",
		"| " + x + " |\n|---|\n| " + x + " |",
		"- **" + x + "**",
		"[" + x + "](https://example.com)",
		"> " + x,
	} {
		got := mdHTML(t, src)
		if strings.Contains(got, "<img") {
			t.Errorf("render(%q) made an element: %s", src, got)
		}
		if !strings.Contains(got, "&lt;img src=x onerror=alert(1)&gt;") {
			t.Errorf("render(%q) = %s, want the tag as escaped text", src, got)
		}
	}
}

// TestMarkdownRendersEveryLesson: each lesson body, in each language, has
// as many h3 sections as "## " lines, as many code blocks as fences, and
// no markup left as text.
func TestMarkdownRendersEveryLesson(t *testing.T) {
	c, err := lessons.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range c.Lessons {
		for _, lang := range lessons.Langs() {
			body := l.Page(lang).Body
			got := mdHTML(t, body)
			if n, want := strings.Count(got, "<h3>"), countLines(body, "## "); n != want {
				t.Errorf("%s (%s): %d h3, want %d", l.Slug, lang, n, want)
			}
			if n, want := strings.Count(got, `<pre tabindex="0">`), countLines(body, "```")/2; n != want {
				t.Errorf("%s (%s): %d code blocks, want %d", l.Slug, lang, n, want)
			}
			if strings.Contains(stripPre(got), "**") {
				t.Errorf("%s (%s): ** left as text", l.Slug, lang)
			}
		}
	}
}

func countLines(s, prefix string) int {
	n := 0
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, prefix) {
			n++
		}
	}
	return n
}

// stripPre drops code blocks, where Markdown stays as it is.
func stripPre(html string) string {
	for {
		i := strings.Index(html, "<pre")
		j := strings.Index(html, "</pre>")
		if i < 0 || j < i {
			return html
		}
		html = html[:i] + html[j+len("</pre>"):]
	}
}

var _ app.Composer = (*markdownView)(nil)
