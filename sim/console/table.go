package console

import (
	"bytes"
	"strings"
	"text/tabwriter"
)

// table prints rows as kubectl's printers do: a tabwriter with minwidth
// 6, tabwidth 4, padding 3 and blanks (cli-runtime printers/tabwriter.go).
func table(header []string, rows [][]string) string {
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, 6, 4, 3, ' ', 0)
	w.Write([]byte(strings.Join(header, "\t") + "\n"))
	for _, r := range rows {
		w.Write([]byte(strings.Join(r, "\t") + "\n"))
	}
	w.Flush()
	return buf.String()
}
