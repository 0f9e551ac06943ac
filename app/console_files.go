package main

import (
	"encoding/json"
	"errors"
	"io/fs"
	"path"
	"sort"

	"github.com/hack-pad/hackpadfs"
)

// consoleFilesKey is the Store key of the workstation folder. The whole
// folder is one value, so file names need not fit the Store's key alphabet
// and a save is one write.
const consoleFilesKey = "console.workstation"

// maxFolderBytes bounds what is saved, so a learner's `dd` cannot fill the
// browser's storage; a larger folder is saved without its biggest files.
const maxFolderBytes = 1 << 20

// folder is the workstation folder as saved: file path → contents, and
// the directories (so an empty `mkdir example` survives too).
type folder struct {
	Files map[string]string `json:"files"`
	Dirs  []string          `json:"dirs,omitempty"`
}

// readFolder walks fsys and returns what it holds.
func readFolder(fsys hackpadfs.FS) (folder, error) {
	f := folder{Files: map[string]string{}}
	var sizes []fileSize
	err := walkFolder(fsys, ".", func(p string, dir bool) error {
		if dir {
			f.Dirs = append(f.Dirs, p)
			return nil
		}
		b, err := hackpadfs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		f.Files[p] = string(b)
		sizes = append(sizes, fileSize{p, len(b)})
		return nil
	})
	dropLargest(f.Files, sizes)
	return f, err
}

type fileSize struct {
	path string
	size int
}

// dropLargest removes the biggest files until the rest fit maxFolderBytes.
func dropLargest(files map[string]string, sizes []fileSize) {
	total := 0
	for _, s := range sizes {
		total += s.size
	}
	sort.Slice(sizes, func(i, j int) bool { return sizes[i].size > sizes[j].size })
	for _, s := range sizes {
		if total <= maxFolderBytes {
			return
		}
		delete(files, s.path)
		total -= s.size
	}
}

// walkFolder calls visit for every entry under dir, parents first, in
// name order (never the FS's own order, which is not stable).
func walkFolder(fsys hackpadfs.FS, dir string, visit func(p string, dir bool) error) error {
	entries, err := hackpadfs.ReadDir(fsys, dir)
	if err != nil {
		return err
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		p := path.Join(dir, e.Name())
		if err := visit(p, e.IsDir()); err != nil {
			return err
		}
		if e.IsDir() {
			if err := walkFolder(fsys, p, visit); err != nil {
				return err
			}
		}
	}
	return nil
}

// replaceFolder empties fsys and writes f into it.
func replaceFolder(fsys hackpadfs.FS, f folder) error {
	entries, err := hackpadfs.ReadDir(fsys, ".")
	if err != nil {
		return err
	}
	for _, e := range entries {
		if err := hackpadfs.RemoveAll(fsys, e.Name()); err != nil {
			return err
		}
	}
	for _, d := range f.Dirs {
		if err := hackpadfs.MkdirAll(fsys, d, 0o755); err != nil {
			return err
		}
	}
	return writeFolder(fsys, f.Files)
}

// writeFolder writes files (path → contents) into fsys, making their
// directories. A path that leaves the folder is refused.
func writeFolder(fsys hackpadfs.FS, files map[string]string) error {
	var errs []error
	for p, body := range files {
		if !fs.ValidPath(p) {
			errs = append(errs, &fs.PathError{Op: "restore", Path: p, Err: fs.ErrInvalid})
			continue
		}
		if err := hackpadfs.MkdirAll(fsys, path.Dir(p), 0o755); err != nil {
			errs = append(errs, err)
			continue
		}
		errs = append(errs, hackpadfs.WriteFullFile(fsys, p, []byte(body), 0o644))
	}
	return errors.Join(errs...)
}

// encodeFolder and decodeFolder are the Store's value.
func encodeFolder(f folder) []byte {
	b, _ := json.Marshal(f) // maps and strings always marshal
	return b
}

func decodeFolder(b []byte) (folder, error) {
	var f folder
	err := json.Unmarshal(b, &f)
	return f, err
}
