package lessons

import (
	"embed"
	"io/fs"
)

//go:embed content
var content embed.FS

// Content returns the embedded course files (course.yaml at the root).
func Content() fs.FS {
	sub, err := fs.Sub(content, "content")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder
	}
	return sub
}

// Default loads the embedded course. The content test proves it loads, so
// an error here is a build that skipped the tests.
func Default() (*Course, error) {
	return Load(Content())
}
