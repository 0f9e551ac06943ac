package lessons

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
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

// decodeStrict decodes YAML into v, rejecting duplicate keys, unknown
// fields and fields whose case differs from the json tag (encoding/json
// alone would accept "Phase" for "phase").
func decodeStrict(src []byte, v any) error {
	doc, err := parseYAML(src)
	if err != nil {
		return err
	}
	if err := unmarshalJSONOf(doc, v, true); err != nil {
		return err
	}
	raw, err := toJSONable(doc, nil, false)
	if err != nil {
		return err
	}
	return exactKeys(raw, v, "")
}

// decodeYAML decodes YAML leniently (for "yaml fragment" blocks).
func decodeYAML(src []byte, v any) error {
	doc, err := parseYAML(src)
	if err != nil {
		return err
	}
	return unmarshalJSONOf(doc, v, false)
}

// unmarshalJSONOf decodes doc into v through JSON, as sigs.k8s.io/yaml's
// Unmarshal and UnmarshalStrict do (yaml.go): so the json tags and the
// UnmarshalJSON methods of the lesson types (Duration, Window, Range)
// apply, and scalars written for a string field become strings.
func unmarshalJSONOf(doc *yamlDoc, v any, strict bool) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("decode: v must be a non-nil pointer")
	}
	obj, err := toJSONable(doc, rv.Type(), strict)
	if err != nil {
		return err
	}
	js, err := json.Marshal(obj)
	if err != nil {
		return fmt.Errorf("yaml: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(js))
	if strict {
		dec.DisallowUnknownFields()
	}
	return dec.Decode(v)
}
