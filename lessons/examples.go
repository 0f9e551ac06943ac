package lessons

import (
	"fmt"
	"io/fs"
	"path"
)

// exampleEntry is one item of sandbox/examples.yaml.
type exampleEntry struct {
	Slug       string `json:"slug"`
	File       string `json:"file"`
	Title      Text   `json:"title"`
	About      Text   `json:"about"`
	RunOptions `json:",inline"`
}

// loadExamples reads the sandbox: the notes' example Pods, in the order of
// sandbox/examples.yaml. A course without a sandbox folder has none.
func loadExamples(fsys fs.FS) ([]Example, error) {
	const index = "sandbox/examples.yaml"
	if _, err := fs.Stat(fsys, index); err != nil {
		return nil, nil
	}
	var entries []exampleEntry
	if err := readStrict(fsys, index, &entries); err != nil {
		return nil, err
	}
	var out []Example
	seen := map[string]bool{}
	for i, e := range entries {
		if !slugRE.MatchString(e.Slug) || seen[e.Slug] || e.Title.EN == "" || e.Title.ZH == "" {
			return nil, fmt.Errorf("%s[%d]: want a unique slug and a title in en and zh", index, i)
		}
		seen[e.Slug] = true
		spec, err := fs.ReadFile(fsys, path.Join("sandbox", e.File))
		if err != nil {
			return nil, fmt.Errorf("%s[%d]: %w", index, i, err)
		}
		out = append(out, Example{Slug: e.Slug, Title: e.Title, About: e.About, Run: e.RunOptions, Spec: spec})
	}
	return out, nil
}
