package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// isTable reports whether a pipe table starts at the current line: a row
// of cells followed by a separator row (| --- | --- |).
func (p *mdParser) isTable() bool {
	line := strings.TrimSpace(p.lines[p.i])
	return strings.HasPrefix(line, "|") && p.i+1 < len(p.lines) && mdTableSepRE.MatchString(p.lines[p.i+1])
}

// table renders a pipe table: the header row, the separator, body rows up
// to the first line that is not a row.
func (p *mdParser) table() app.UI {
	head := mdRow(true, mdCells(p.lines[p.i]))
	p.i += 2
	var rows []app.UI
	for ; p.i < len(p.lines) && strings.HasPrefix(strings.TrimSpace(p.lines[p.i]), "|"); p.i++ {
		rows = append(rows, mdRow(false, mdCells(p.lines[p.i])))
	}
	return app.Div().Class("table-scroll").TabIndex(0).Body(
		app.Table().Body(app.THead().Body(head), app.TBody().Body(rows...)),
	)
}

// mdRow is one table row: header cells (th) or data cells (td).
func mdRow(header bool, texts []string) app.UI {
	cells := make([]app.UI, len(texts))
	for k, t := range texts {
		if header {
			cells[k] = app.Th().Scope("col").Body(mdInline(t)...)
		} else {
			cells[k] = app.Td().Body(mdInline(t)...)
		}
	}
	return app.Tr().Body(cells...)
}

// mdCells splits "| a | b |" into its trimmed cells. A pipe inside a code
// span ("`a|b`") or escaped ("\|") stays in its cell.
func mdCells(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimSuffix(strings.TrimPrefix(row, "|"), "|")
	var cells []string
	var cur strings.Builder
	inCode := false
	for k := 0; k < len(row); k++ {
		switch c := row[k]; {
		case c == '\\' && k+1 < len(row) && row[k+1] == '|':
			cur.WriteByte('|')
			k++
		case c == '`':
			inCode = !inCode
			cur.WriteByte(c)
		case c == '|' && !inCode:
			cells = append(cells, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	return append(cells, strings.TrimSpace(cur.String()))
}
