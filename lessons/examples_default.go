package lessons

// DefaultExamples loads only the embedded sandbox, without the lessons:
// the sandbox page needs its example Pods, and loading the whole course
// (which validates every spec and YAML block) costs far more.
func DefaultExamples() ([]Example, error) { return loadExamples(Content()) }
