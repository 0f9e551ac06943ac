package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// importError is a progress file that cannot be imported; message says
// why in the learner's language.
type importError struct {
	Detail string
	text   bilingual
}

func (e *importError) Error() string         { return "import progress: " + e.Detail }
func (e *importError) message(l lang) string { return l.pick(e.text) }
func badProgressFile(detail string) error    { return &importError{Detail: detail, text: importNotOurs} }
func badProgressContent(detail string) error {
	return &importError{Detail: detail, text: importDamaged}
}

// The import's strings. Read-only.
var (
	importNotOurs = bilingual{
		"This file is not a Podlab progress file (export one with “Export progress”). Nothing was changed.",
		"这不是 Podlab 的进度文件（请用“导出进度”生成）。没有做任何更改。",
	}
	importDamaged = bilingual{
		"This progress file is damaged or too large, so nothing was imported. Nothing was changed.",
		"这个进度文件已损坏或过大，因此没有导入。没有做任何更改。",
	}
)

// parseProgressFile checks everything before anything is saved: the
// format and version, the slugs, the drafts' size and encoding, the ids.
func parseProgressFile(data []byte) (progressFile, error) {
	if len(data) > progressMaxFile {
		return progressFile{}, badProgressContent(fmt.Sprintf("%d bytes", len(data)))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f progressFile
	if err := dec.Decode(&f); err != nil {
		return progressFile{}, badProgressFile(err.Error())
	}
	if f.Format != progressFormat || f.Version != progressVersion {
		return progressFile{}, badProgressFile(fmt.Sprintf("format %q version %d", f.Format, f.Version))
	}
	for slug, lp := range f.Lessons {
		if err := checkLessonProgress(slug, lp); err != nil {
			return progressFile{}, err
		}
	}
	return f, nil
}

func checkLessonProgress(slug string, lp lessonProgress) error {
	if slug == "" || !validSlug(slug) {
		return badProgressContent(fmt.Sprintf("lesson %q", slug))
	}
	if len(lp.Draft) > shareMaxSpec || !utf8.ValidString(lp.Draft) {
		return badProgressContent("draft of " + slug)
	}
	for _, id := range lp.Passed {
		if id == "" || len(id) > 128 || !utf8.ValidString(id) {
			return badProgressContent("check id in " + slug)
		}
	}
	return nil
}
