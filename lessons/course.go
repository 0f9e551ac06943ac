package lessons

import (
	"time"
)

// Course is the whole course: lessons in table-of-contents order and the
// sandbox of example Pods.
type Course struct {
	Title    Text
	Lessons  []*Lesson
	Examples []Example
}

// Lesson returns the lesson with the given slug, or nil.
func (c *Course) Lesson(slug string) *Lesson {
	for _, l := range c.Lessons {
		if l.Slug == slug {
			return l
		}
	}
	return nil
}

// Next returns the lesson after l, or nil for the last one.
func (c *Course) Next(l *Lesson) *Lesson {
	if l.Number < len(c.Lessons) {
		return c.Lessons[l.Number]
	}
	return nil
}

// Lesson is one lesson: its text in each language, the spec the learner
// starts from, the reference solution and the tasks whose checks grade the
// learner's spec.
type Lesson struct {
	Slug     string // "init-containers": the URL path segment
	Number   int    // 1-based position in the course
	Dir      string // "04-init-containers"
	Run      RunOptions
	Tasks    []Task
	Predict  *Predict // nil when the lesson asks no question
	Pages    map[Lang]*Page
	Starter  []byte // starter.yaml: what the editor opens with
	Solution []byte // solution.yaml: shown behind a confirmation
}

// Page returns the lesson's text in lang, falling back to English.
func (l *Lesson) Page(lang Lang) *Page {
	if p, ok := l.Pages[lang]; ok {
		return p
	}
	return l.Pages[EN]
}

// RunOptions are the simulation knobs of a lesson (checks.yaml).
type RunOptions struct {
	Until      Duration  `json:"until"`                // horizon; checks may not look past it
	DeleteAt   *Duration `json:"deleteAt,omitempty"`   // kubectl delete at this time
	NodeLostAt *Duration `json:"nodeLostAt,omitempty"` // the node stops reporting at this time
}

// Horizon is the simulation horizon as a time.Duration (10 minutes when
// Until is not set, as in the simulator).
func (o RunOptions) Horizon() time.Duration {
	if o.Until == 0 {
		return 10 * time.Minute
	}
	return o.Until.D()
}

// Task is one step of a lesson's exercise: language-neutral checks; its
// title and hints are in each Page.
type Task struct {
	ID     string  `json:"id"`
	Checks []Check `json:"checks"`
}

// Predict is a "predict, then play" question; its text is in each Page.
type Predict struct {
	Answer int `json:"answer"` // 0-based index into PredictText.Choices
}

// Page is a lesson's text in one language.
type Page struct {
	Title   string       `json:"title"`
	Summary string       `json:"summary"`
	Tasks   []TaskText   `json:"tasks"`
	Predict *PredictText `json:"predict,omitempty"`
	Body    string       `json:"-"` // Markdown after the front matter
}

// Task returns the text of the task with the given id, or a zero TaskText.
func (p *Page) Task(id string) TaskText {
	if p == nil {
		return TaskText{ID: id, Title: id}
	}
	for _, t := range p.Tasks {
		if t.ID == id {
			return t
		}
	}
	return TaskText{ID: id, Title: id}
}

// TaskText is a task's title and its progressive hints (show one more at
// each request), in one language.
type TaskText struct {
	ID    string   `json:"id"`
	Title string   `json:"title"`
	Hints []string `json:"hints"`
}

// PredictText is the question, its choices and the explanation shown
// after the learner has answered (and played the run).
type PredictText struct {
	Question    string   `json:"question"`
	Choices     []string `json:"choices"`
	Explanation string   `json:"explanation"`
}

// Example is a Pod of the sandbox: one of the notes' examples, runnable
// as is, with its title in both languages.
type Example struct {
	Slug  string
	Title Text
	About Text // one or two sentences: what to watch for
	Run   RunOptions
	Spec  []byte
}
