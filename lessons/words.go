package lessons

import "fmt"

// phrases are the words of the result lines, in each language. Keys are
// the English format strings' names; values are fmt formats.
var phrases = map[string]Text{
	"got-want":     {EN: "got %s, want %s", ZH: "得到 %s，期望 %s"},
	"field":        {EN: "%s: %s", ZH: "%s：%s"},
	"at":           {EN: "at %s", ZH: "%s 时"},
	"at-field":     {EN: "at %s, %s", ZH: "%s 时 %s"},
	"by":           {EN: "by %s", ZH: "%s 之前"},
	"during":       {EN: "from %s to %s", ZH: "从 %s 到 %s"},
	"when":         {EN: "whenever container %s is %s", ZH: "每当容器 %s 处于 %s"},
	"never":        {EN: "(never)", ZH: "（从未出现）"},
	"pod":          {EN: "Pod %s", ZH: "Pod %s"},
	"container":    {EN: "container %s", ZH: "容器 %s"},
	"no-pod":       {EN: "Pod %s does not exist yet", ZH: "Pod %s 尚不存在"},
	"no-container": {EN: "no container %s in Pod %s", ZH: "Pod %s 中没有容器 %s"},
	"event":        {EN: "event %s", ZH: "事件 %s"},
	"within":       {EN: "between %s and %s", ZH: "在 %s 到 %s 之间"},
	"count":        {EN: "matching events", ZH: "匹配的事件数"},
	"msg-has":      {EN: "message contains %q", ZH: "消息包含 %q"},
	"order":        {EN: "events in this order: %s", ZH: "事件按此顺序发生：%s"},
	"missing":      {EN: "no event %s", ZH: "没有事件 %s"},
	"log":          {EN: "container %s logs a line containing %q", ZH: "容器 %s 的日志中有一行包含 %q"},
	"no-logs":      {EN: "no log lines", ZH: "没有日志"},
	"file":         {EN: "file %s seen from container %s", ZH: "从容器 %s 看到的文件 %s"},
	"contains":     {EN: "contains %q", ZH: "包含 %q"},
	"equals":       {EN: "is exactly %q", ZH: "内容恰为 %q"},
	"exists":       {EN: "exists", ZH: "存在"},
	"not-exists":   {EN: "does not exist", ZH: "不存在"},
	"exec":         {EN: "`%s` in container %s", ZH: "在容器 %s 中运行 `%s`"},
	"exit":         {EN: "exits with %d", ZH: "退出码为 %d"},
	"prints":       {EN: "prints %q", ZH: "输出包含 %q"},
	"exit-code":    {EN: "exit code %d: %s", ZH: "退出码 %d：%s"},
	"not-run":      {EN: "not run: the simulation did not stop at %s", ZH: "未运行：模拟没有在 %s 停下"},
	"sep":          {EN: ", ", ZH: "，"},
	"semi":         {EN: "; ", ZH: "；"},
}

// say formats the phrase key in lang.
func say(lang Lang, key string, args ...any) string {
	p, ok := phrases[key]
	if !ok {
		panic("lessons: no phrase " + key) // programmer error, caught by tests
	}
	return fmt.Sprintf(p.In(lang), args...)
}

// swapZH orders two arguments for the phrases whose Chinese word order
// differs from the English one ("file X seen from container Y" → "从容器 Y
// 看到的文件 X").
func swapZH(lang Lang, a, b any) (any, any) {
	if lang == ZH {
		return b, a
	}
	return a, b
}
