package lessons

import (
	"bytes"
	"errors"
	"fmt"

	"sigs.k8s.io/yaml"
)

// splitFrontMatter separates "---\nYAML\n---\nMarkdown".
func splitFrontMatter(src []byte) (front, body []byte, err error) {
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	if !bytes.HasPrefix(src, []byte("---\n")) {
		return nil, nil, errors.New("missing front matter: the file must start with ---")
	}
	rest := src[len("---\n"):]
	end := bytes.Index(rest, []byte("\n---\n"))
	if end < 0 {
		return nil, nil, errors.New("front matter is not closed by a --- line")
	}
	return rest[:end+1], rest[end+len("\n---\n"):], nil
}

// decodeStrict decodes YAML into v, rejecting unknown fields and fields
// whose case differs from the json tag (encoding/json alone would accept
// "Phase" for "phase").
func decodeStrict(src []byte, v any) error {
	if err := yaml.UnmarshalStrict(src, v); err != nil {
		return err
	}
	var raw any
	if err := yaml.Unmarshal(src, &raw); err != nil {
		return err
	}
	if err := exactKeys(raw, v, ""); err != nil {
		return fmt.Errorf("%w", err)
	}
	return nil
}

// decodeYAML decodes YAML leniently (for "yaml fragment" blocks).
func decodeYAML(src []byte, v any) error { return yaml.Unmarshal(src, v) }
