// Package lessons is Podlab's course as data: an ordered table of contents
// (content/course.yaml), one folder per lesson with its text in Chinese and
// English (Markdown with YAML front matter), a starter spec, a solution spec
// and typed checks (checks.yaml) that are evaluated against the simulated
// timeline, the way the Go Tour's exercises are checked by code rather than
// by eye.
//
// STYLE.md sketches one lesson.md whose front matter holds the checks. With
// two languages that would mean two copies of every check, free to drift
// apart; so the checks live once, in checks.yaml, and each lesson.LANG.md
// holds only words (title, task titles, hints, the predict question). The
// loader refuses a lesson whose languages do not name the same tasks.
//
// The content is embedded with go:embed; Default returns it, Load reads any
// fs.FS with the same layout (tests pass a testing/fstest.MapFS).
//
// Grading runs the learner's YAML through sim/play: it advances the
// simulation in time order, executes the file and exec checks inside the
// containers at their times (as kubectl exec would) and evaluates the
// timeline checks on the result. Results are worded in the learner's
// language ("got Init:CrashLoopBackOff, want Running" / "得到
// Init:CrashLoopBackOff，期望 Running").
//
// The package is pure: no wall clock, no goroutines of its own, no os; it
// runs natively, in the CLI and in wasm.
package lessons
