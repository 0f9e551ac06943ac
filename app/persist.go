package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// progress is what Podlab remembers for the learner, per lesson: the draft
// of the spec and the checks that passed. It sits on a Store; like the
// Store, its methods may block and belong in ctx.Async.
type progress struct{ store Store }

// lessonProgress is one lesson's saved state.
type lessonProgress struct {
	Draft  string   `json:"draft,omitempty"`
	Passed []string `json:"passed,omitempty"` // check ids, sorted
}

// Key layout: "draft.<slug>" and "passed.<slug>"; the sandbox's slug is
// "sandbox".
const (
	draftPrefix  = "draft."
	passedPrefix = "passed."
)

// Draft returns slug's saved spec; ok is false when there is none.
func (p progress) Draft(slug string) (text string, ok bool, err error) {
	b, ok, err := p.store.Get(draftPrefix + slug)
	return string(b), ok, err
}

// SaveDraft remembers slug's spec.
func (p progress) SaveDraft(slug, text string) error {
	return p.store.Put(draftPrefix+slug, []byte(text))
}

// Passed returns the ids of slug's checks that passed.
func (p progress) Passed(slug string) ([]string, error) {
	b, ok, err := p.store.Get(passedPrefix + slug)
	if err != nil || !ok {
		return nil, err
	}
	var ids []string
	if err := json.Unmarshal(b, &ids); err != nil {
		return nil, fmt.Errorf("passed checks of %s: %w", slug, err)
	}
	return ids, nil
}

// SavePassed remembers which of slug's checks passed.
func (p progress) SavePassed(slug string, ids []string) error {
	ids = append([]string(nil), ids...)
	sort.Strings(ids)
	b, _ := json.Marshal(ids) // a []string always marshals
	return p.store.Put(passedPrefix+slug, b)
}

// Reset forgets slug's draft and passed checks: a clean blackboard.
func (p progress) Reset(slug string) error {
	return errors.Join(p.store.Delete(draftPrefix+slug), p.store.Delete(passedPrefix+slug))
}

// All returns every lesson's saved state, by slug.
func (p progress) All() (map[string]lessonProgress, error) {
	out := map[string]lessonProgress{}
	for _, prefix := range []string{draftPrefix, passedPrefix} {
		keys, err := p.store.Keys(prefix)
		if err != nil {
			return nil, err
		}
		for _, k := range keys {
			slug := strings.TrimPrefix(k, prefix)
			if err := p.load(out, slug); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

func (p progress) load(out map[string]lessonProgress, slug string) error {
	if _, done := out[slug]; done {
		return nil
	}
	draft, _, err := p.Draft(slug)
	if err != nil {
		return err
	}
	passed, err := p.Passed(slug)
	out[slug] = lessonProgress{Draft: draft, Passed: passed}
	return err
}

// progressFile is the export format, versioned so that a later Podlab can
// read an older file.
type progressFile struct {
	Format  string                    `json:"format"`
	Version int                       `json:"version"`
	Lessons map[string]lessonProgress `json:"lessons"`
}

const (
	progressFormat  = "podlab-progress"
	progressVersion = 1
	// progressMaxFile caps an imported file (every lesson's draft at the
	// share link's 64 KiB cap would still fit many times).
	progressMaxFile = 4 << 20
)

// Export writes every lesson's saved state as an indented JSON file.
func (p progress) Export() ([]byte, error) {
	all, err := p.All()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	err = enc.Encode(progressFile{Format: progressFormat, Version: progressVersion, Lessons: all})
	return buf.Bytes(), err
}

// Import reads a file made by Export and saves its lessons, replacing what
// is saved for those lessons (others are kept). Nothing is saved unless
// the whole file is valid. It returns how many lessons it restored.
func (p progress) Import(data []byte) (int, error) {
	f, err := parseProgressFile(data)
	if err != nil {
		return 0, err
	}
	slugs := make([]string, 0, len(f.Lessons))
	for slug := range f.Lessons {
		slugs = append(slugs, slug)
	}
	sort.Strings(slugs)
	for _, slug := range slugs {
		if err := p.restore(slug, f.Lessons[slug]); err != nil {
			return 0, err
		}
	}
	return len(slugs), nil
}

func (p progress) restore(slug string, lp lessonProgress) error {
	if err := p.Reset(slug); err != nil {
		return err
	}
	if lp.Draft != "" {
		if err := p.SaveDraft(slug, lp.Draft); err != nil {
			return err
		}
	}
	if len(lp.Passed) > 0 {
		return p.SavePassed(slug, lp.Passed)
	}
	return nil
}
