package kubectl

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// Indentation levels of kubectl describe (k8s.io/kubectl/pkg/describe
// describe.go, LEVEL_0…LEVEL_3): two spaces per level.
const (
	level0 = iota
	level1
	level2
	level3
)

// prefixWriter mirrors describe.go's prefixWriter: every Write is indented
// by its level and goes through the describe tabwriter.
type prefixWriter struct {
	out *tabwriter.Writer
}

func (w prefixWriter) Write(level int, format string, a ...any) {
	fmt.Fprintf(w.out, strings.Repeat("  ", level)+format, a...)
}

func (w prefixWriter) WriteLine(a ...any) {
	fmt.Fprintln(w.out, a...)
}

// Flush ends a tabwriter block: DescribeEvents flushes before its table so
// that the events align among themselves only.
func (w prefixWriter) Flush() {
	w.out.Flush()
}

// tabbedString mirrors describe.go's tabbedString: tabwriter(0, 8, 2, ' ', 0).
func tabbedString(f func(w prefixWriter)) string {
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 8, 2, ' ', 0)
	f(prefixWriter{tw})
	tw.Flush()
	return buf.String()
}

// newTableWriter mirrors k8s.io/cli-runtime/pkg/printers.GetNewTabWriter,
// the writer of kubectl get and kubectl events: minwidth 6, tabwidth 4,
// padding 3. (kubectl's fork, github.com/liggitt/tabwriter, adds the
// RememberWidths flag; rememberingTable below plays that part for -w.)
func newTableWriter(out io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(out, 6, 4, 3, ' ', 0)
}

// rememberingTable lays rows out as GetNewTabWriter with RememberWidths
// does when it is flushed after every row (kubectl get -w): a column is
// max(6, widest cell so far + 3) wide and never shrinks; the last cell is
// not padded.
type rememberingTable struct {
	out    *bytes.Buffer
	widths []int
}

// grow widens the remembered columns for rows without printing them.
func (t *rememberingTable) grow(rows ...[]string) {
	for _, row := range rows {
		for i, cell := range row[:len(row)-1] {
			if i == len(t.widths) {
				t.widths = append(t.widths, 0)
			}
			t.widths[i] = max(t.widths[i], 6, utf8.RuneCountInString(cell)+3)
		}
	}
}

// row grows the widths by row, then prints it.
func (t *rememberingTable) row(cells []string) {
	t.grow(cells)
	for i, cell := range cells[:len(cells)-1] {
		t.out.WriteString(cell + strings.Repeat(" ", t.widths[i]-utf8.RuneCountInString(cell)))
	}
	t.out.WriteString(cells[len(cells)-1] + "\n")
}
