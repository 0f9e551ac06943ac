package lessons

import (
	"strings"
	"testing"
)

func TestHTML(t *testing.T) {
	tests := []struct{ name, md, want string }{
		{"heading and paragraph", "## Two\n\nsome **bold** and `code <b>`\n",
			"<h2>Two</h2>\n<p>some <strong>bold</strong> and <code>code &lt;b&gt;</code></p>\n"},
		{"escaping", "<img src=x onerror=alert(1)> & \"q\"", "<p>&lt;img src=x onerror=alert(1)&gt; &amp; &#34;q&#34;</p>\n"},
		{"list with continuation", "- one\n  more\n- two\n", "<ul>\n<li>one more</li>\n<li>two</li>\n</ul>\n"},
		{"ordered list", "1. a\n2. b\n", "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n"},
		{"table", "| a | b |\n|---|---|\n| `x` | y |\n",
			"<table>\n<thead><tr><th>a</th><th>b</th></tr></thead>\n<tbody>\n<tr><td><code>x</code></td><td>y</td></tr>\n</tbody>\n</table>\n"},
		{"fence keeps markup as text", "```yaml invalid\na: <b>**x**</b>\n```\n",
			"<pre><code class=\"language-yaml md-invalid\">a: &lt;b&gt;**x**&lt;/b&gt;</code></pre>\n"},
		{"link", "see [docs](https://kubernetes.io/docs/)", "<p>see <a href=\"https://kubernetes.io/docs/\">docs</a></p>\n"},
		{"no javascript links", "[x](javascript:alert(1))", "<p>[x](javascript:alert(1))</p>\n"},
		{"unpaired backtick", "a ` b", "<p>a ` b</p>\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := HTML(tt.md)
			want := `<div class="lesson-text">` + tt.want + `</div>`
			if got != want {
				t.Errorf("HTML(%q)\n got %q\nwant %q", tt.md, got, want)
			}
		})
	}
}

// TestLessonsRender: every page renders, with one <hN> per heading and one
// <pre> per fenced block, and no raw "<" from the text outside tags.
func TestLessonsRender(t *testing.T) {
	for _, l := range course(t).Lessons {
		for _, lang := range Langs() {
			p := l.Page(lang)
			out := p.HTML()
			heads, fences := shape(p.Body)
			if n := strings.Count(out, "<h"); n != len(heads) {
				t.Errorf("%s %s: %d headings rendered, want %d", l.Dir, lang, n, len(heads))
			}
			if n := strings.Count(out, "<pre>"); n != len(fences) {
				t.Errorf("%s %s: %d code blocks rendered, want %d", l.Dir, lang, n, len(fences))
			}
			if strings.Contains(out, "```") {
				t.Errorf("%s %s: an unclosed fence", l.Dir, lang)
			}
		}
	}
}
