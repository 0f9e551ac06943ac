package kubelet

import (
	"bytes"
	"os"
	"strings"
)

// A minimal txtar (golang.org/x/tools/txtar format) reader and writer, to
// keep x/tools out of go.mod: a comment, then files, each introduced by a
// "-- name --" line.
type txtarFile struct {
	Name string
	Data []byte
}

type txtarArchive struct {
	Comment []byte
	Files   []txtarFile
}

func parseTxtar(data []byte) *txtarArchive {
	a := &txtarArchive{}
	var cur *txtarFile
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if name, ok := txtarMarker(line); ok {
			a.Files = append(a.Files, txtarFile{Name: name})
			cur = &a.Files[len(a.Files)-1]
			continue
		}
		if cur == nil {
			a.Comment = append(a.Comment, line...)
		} else {
			cur.Data = append(cur.Data, line...)
		}
	}
	return a
}

func txtarMarker(line string) (string, bool) {
	line = strings.TrimRight(line, "\n")
	if !strings.HasPrefix(line, "-- ") || !strings.HasSuffix(line, " --") || len(line) < 7 {
		return "", false
	}
	return strings.TrimSpace(line[3 : len(line)-3]), true
}

func readTxtar(path string) (*txtarArchive, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parseTxtar(data), nil
}

func formatTxtar(a *txtarArchive) []byte {
	var b bytes.Buffer
	b.Write(a.Comment)
	for _, f := range a.Files {
		b.WriteString("-- " + f.Name + " --\n")
		b.Write(f.Data)
		if len(f.Data) > 0 && f.Data[len(f.Data)-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}
