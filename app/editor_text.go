package main

import "github.com/podlab/podlab/sim/api"

// bilingual is one user-visible string of the editor, persistence and
// share-link code in both languages. Keeping both in one value makes a
// missing translation a compile error.
type bilingual struct{ en, zh string }

// pick returns the text of b in l.
func (l lang) pick(b bilingual) string {
	if l == langZH {
		return b.zh
	}
	return b.en
}

// The editor's strings. Read-only: nothing assigns to them after init.
var (
	editorLabel     = bilingual{"YAML editor", "YAML 编辑器"}
	editorToolbar   = bilingual{"Editor tools", "编辑器工具"}
	editorUndo      = bilingual{"Undo", "撤销"}
	editorRedo      = bilingual{"Redo", "重做"}
	editorFormat    = bilingual{"Format", "格式化"}
	editorReset     = bilingual{"Reset", "重置"}
	editorResetHint = bilingual{"Put back this lesson's starting YAML", "恢复本课的初始 YAML"}
	editorKeysHint  = bilingual{
		"Tab indents by two spaces. Press Esc, then Tab, to leave the editor. Ctrl+Space suggests fields.",
		"Tab 缩进两个空格。先按 Esc 再按 Tab 可离开编辑器。Ctrl+空格 提示字段。",
	}
)

// diagnosticText is a diagnostic without its position: "field: message".
func diagnosticText(d api.Diagnostic) string {
	if d.Field == "" {
		return d.Message
	}
	return d.Field + ": " + d.Message
}
