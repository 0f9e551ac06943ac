package lessons

// Lang is a course language: "en" or "zh" (zh-CN).
type Lang string

// The course languages. English is the fallback when a text is missing.
const (
	EN Lang = "en"
	ZH Lang = "zh"
)

// Langs returns the course languages in display order.
func Langs() []Lang { return []Lang{ZH, EN} }

// ParseLang maps a browser or URL language tag to a course language:
// anything starting with "zh" is Chinese, everything else English.
func ParseLang(tag string) Lang {
	if len(tag) >= 2 && (tag[:2] == "zh" || tag[:2] == "ZH") {
		return ZH
	}
	return EN
}

// Text is a short text in both languages, as it appears in course.yaml,
// checks.yaml and the sandbox list.
type Text struct {
	EN string `json:"en"`
	ZH string `json:"zh"`
}

// In returns the text in lang, falling back to English.
func (t Text) In(lang Lang) string {
	if lang == ZH && t.ZH != "" {
		return t.ZH
	}
	return t.EN
}
