package console

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
)

// Data is the key → value content of a Secret or ConfigMap being created.
type Data struct {
	keys   map[string][]byte
	object string // "Secret" or "ConfigMap", for the error wording
}

func newData(object string) *Data { return &Data{keys: map[string][]byte{}, object: object} }

// Keys returns the keys in sorted order.
func (d *Data) Keys() []string {
	ks := make([]string, 0, len(d.keys))
	for k := range d.keys {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// configMapKey is validation.IsConfigMapKey's pattern
// (apimachinery/pkg/util/validation/validation.go).
var configMapKey = regexp.MustCompile(`^[-._a-zA-Z0-9]+$`)

// add mirrors addKeyFromLiteralToSecret / addKeyFromLiteralToConfigMap
// (kubectl/pkg/cmd/create/create_secret.go, create_configmap.go).
func (d *Data) add(key string, value []byte) error {
	if !configMapKey.MatchString(key) || len(key) > 253 || key == "." || key == ".." {
		return fmt.Errorf("%q is not valid key name for a %s a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')", key, d.object)
	}
	if _, ok := d.keys[key]; ok {
		return fmt.Errorf("cannot add key %s, another key by that name already exists", key)
	}
	d.keys[key] = value
	return nil
}

// fromLiterals mirrors handleSecretFromLiteralSources: each source is
// key=value (util.ParseLiteralSource).
func (d *Data) fromLiterals(sources []string) error {
	for _, src := range sources {
		k, v, ok := strings.Cut(src, "=")
		if !ok || k == "" {
			return fmt.Errorf("invalid literal source %v, expected key=value", src)
		}
		if err := d.add(k, []byte(v)); err != nil {
			return err
		}
	}
	return nil
}

// fromFiles mirrors handleSecretFromFileSources: [key=]path, where a
// directory adds each regular file under its own name.
func (d *Data) fromFiles(wd fs.FS, sources []string) error {
	for _, src := range sources {
		key, p, err := parseFileSource(src)
		if err != nil {
			return err
		}
		info, err := fs.Stat(wd, fsPath(p))
		if err != nil {
			return fmt.Errorf("error reading %s: %v", p, pathErr(err))
		}
		if !info.IsDir() {
			if err := d.fromFile(wd, key, p); err != nil {
				return err
			}
			continue
		}
		if strings.Contains(src, "=") {
			return errors.New("cannot give a key name for a directory path")
		}
		if err := d.fromDir(wd, p); err != nil {
			return err
		}
	}
	return nil
}

func (d *Data) fromDir(wd fs.FS, dir string) error {
	entries, err := fs.ReadDir(wd, fsPath(dir))
	if err != nil {
		return fmt.Errorf("error listing files in %s: %v", dir, pathErr(err))
	}
	for _, e := range entries {
		if e.Type().IsRegular() {
			if err := d.fromFile(wd, e.Name(), path.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

func (d *Data) fromFile(wd fs.FS, key, p string) error {
	b, err := fs.ReadFile(wd, fsPath(p))
	if err != nil {
		return fmt.Errorf("error reading %s: %v", p, pathErr(err))
	}
	return d.add(key, b)
}

// parseFileSource mirrors util.ParseFileSource: "path" has the key
// path.Base(path); "key=path" names it.
func parseFileSource(src string) (key, p string, err error) {
	if k, v, ok := strings.Cut(src, "="); ok {
		if k == "" {
			return "", "", fmt.Errorf("key name for file path %v missing", v)
		}
		if v == "" {
			return "", "", fmt.Errorf("file path for key name %v missing", k)
		}
		return k, v, nil
	}
	return path.Base(src), src, nil
}

// fromEnvFiles mirrors handleSecretFromEnvFileSources and
// cmdutil.AddFromEnvFile: KEY=VALUE lines, # comments and blank lines
// skipped, a bare KEY takes nothing (the real one reads the environment,
// which the simulated workstation does not have).
func (d *Data) fromEnvFiles(wd fs.FS, files []string) error {
	for _, f := range files {
		info, err := fs.Stat(wd, fsPath(f))
		if err != nil {
			return fmt.Errorf("error reading %s: %v", f, pathErr(err))
		}
		if info.IsDir() {
			return fmt.Errorf("env %s file cannot be a directory", strings.ToLower(d.object))
		}
		b, err := fs.ReadFile(wd, fsPath(f))
		if err != nil {
			return fmt.Errorf("error reading %s: %v", f, pathErr(err))
		}
		if err := d.addEnvLines(f, string(b)); err != nil {
			return err
		}
	}
	return nil
}

func (d *Data) addEnvLines(file, text string) error {
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimLeft(strings.TrimSuffix(line, "\r"), " \t")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, _ := strings.Cut(line, "=")
		if strings.ContainsAny(k, " \t") || k == "" {
			return fmt.Errorf("%q is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (line %d of %s)", k, i+1, file)
		}
		if err := d.add(k, []byte(v)); err != nil {
			return err
		}
	}
	return nil
}

// fsPath turns a path typed in the console ("./username.txt",
// "example/ui.properties") into an io/fs path.
func fsPath(p string) string {
	c := path.Clean(strings.TrimPrefix(p, "/"))
	if c == "" {
		return "."
	}
	return c
}

// pathErr words an fs error as the syscall errors kubectl prints on Linux.
func pathErr(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
