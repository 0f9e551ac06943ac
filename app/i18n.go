package main

import "fmt"

// lang is a UI language. The values are BCP 47 tags, written as they are
// into <html lang>.
type lang string

const (
	langEN lang = "en"
	langZH lang = "zh-CN"
)

// langs lists the languages the header offers, in menu order.
func langs() []lang { return []lang{langZH, langEN} }

// msg names one user-visible string. Render methods never hold literals for
// text a user reads: they call lang.T with a msg, so the completeness test
// can prove every string exists in both languages.
type msg int

// T returns the text of m in l; args fill the message's fmt verbs.
func (l lang) T(m msg, args ...any) string {
	if m < 0 || int(m) >= len(catalogue) {
		return fmt.Sprintf("!msg(%d)", int(m))
	}
	text := catalogue[m].en
	if l == langZH {
		text = catalogue[m].zh
	}
	if len(args) == 0 {
		return text
	}
	return fmt.Sprintf(text, args...)
}

// valid reports whether l is a language the catalogue holds.
func (l lang) valid() bool { return l == langEN || l == langZH }

// name is the language's own name, for the switcher.
func (l lang) name() string {
	if l == langZH {
		return catalogue[msgLangZH].zh
	}
	return catalogue[msgLangEN].en
}

// orDefault returns l, or English when l is not a known language.
func (l lang) orDefault() lang {
	if l.valid() {
		return l
	}
	return langEN
}
