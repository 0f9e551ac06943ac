package main

// The strings of the keep bar (share, export, progress). Read-only.
var (
	shareOpened  = bilingual{"Opened a shared Pod at t=%ss. Your own saved draft is unchanged until you edit.", "已打开分享的 Pod，时间 t=%s 秒。在你编辑之前，你自己保存的草稿不会改变。"}
	shareMade    = bilingual{"Link copied: it reopens this spec at this moment.", "链接已复制：它会在此刻重新打开这份 YAML。"}
	shareShown   = bilingual{"Copy this link: it reopens this spec at this moment.", "复制此链接：它会在此刻重新打开这份 YAML。"}
	shareTooBig  = bilingual{"This spec is over 64 KiB, too large for a link. Export it as a file instead.", "这份 YAML 超过 64 KiB，无法放进链接。请改为导出文件。"}
	storeFailed  = bilingual{"Your edits could not be saved in this browser (storage is full or disabled).", "无法在此浏览器中保存你的编辑（存储已满或被禁用）。"}
	resetDone    = bilingual{"Lesson reset: the starting YAML is back and this lesson's saved work is cleared.", "本课已重置：恢复了初始 YAML，并清除了本课保存的内容。"}
	importDone   = bilingual{"Progress imported for %d lessons.", "已导入 %d 课的进度。"}
	importTooBig = bilingual{"This file is larger than 4 MiB, so it is not a Podlab progress file. Nothing was changed.", "这个文件大于 4 MiB，不是 Podlab 的进度文件。没有做任何更改。"}
	importFailed = bilingual{"The file could not be read. Nothing was changed.", "无法读取该文件。没有做任何更改。"}

	keepToolsLabel   = bilingual{"Share and save", "分享与保存"}
	keepShare        = bilingual{"Share link", "分享链接"}
	keepShareHint    = bilingual{"Make a link to this spec at this moment", "生成指向此刻这份 YAML 的链接"}
	keepLinkLabel    = bilingual{"Share link", "分享链接"}
	keepTranscript   = bilingual{"Transcript", "文字记录"}
	keepTranscriptH  = bilingual{"Download the run as kubectl output (text)", "以 kubectl 输出的形式下载本次运行（文本）"}
	keepJSON         = bilingual{"JSON", "JSON"}
	keepJSONHint     = bilingual{"Download the run as JSON lines (podsim run --json)", "以 JSON 行下载本次运行（podsim run --json）"}
	keepExport       = bilingual{"Export progress", "导出进度"}
	keepExportHint   = bilingual{"Download your drafts and passed checks as a file", "将你的草稿和已通过的检查下载为文件"}
	keepImport       = bilingual{"Import progress", "导入进度"}
	keepImportHint   = bilingual{"Restore drafts and passed checks from an exported file", "从导出的文件恢复草稿和已通过的检查"}
	keepNothingToRun = bilingual{"There is no run to export yet.", "还没有可导出的运行。"}
)
