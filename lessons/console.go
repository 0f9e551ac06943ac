package lessons

import (
	"io/fs"
	"path"
)

// consoleDir holds the files the kubectl console's workstation folder
// starts with: the notes' projected-volume Pod (its two Secrets are made
// in the console with kubectl create secret --from-file) and their
// nodeSelector Pod.
const consoleDir = "console"

// ConsoleFiles reads the console's starting files from a course folder:
// file name → content.
func ConsoleFiles(fsys fs.FS) (map[string]string, error) {
	names, err := fs.Glob(fsys, path.Join(consoleDir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	files := make(map[string]string, len(names))
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		files[path.Base(name)] = string(b)
	}
	return files, nil
}
