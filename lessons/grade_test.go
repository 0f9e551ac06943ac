package lessons

import "testing"

// TestGradeBadInput: nothing the learner types crashes grading; invalid
// YAML comes back as diagnostics, never as a passed lesson.
func TestGradeBadInput(t *testing.T) {
	l := course(t).Lesson("init-containers")
	inputs := map[string]string{
		"empty":         "",
		"not yaml":      "{{{",
		"no kind":       "apiVersion: v1\n",
		"no containers": "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {}\n",
		"only a map":    "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n",
		"other pod":     "apiVersion: v1\nkind: Pod\nmetadata: {name: other}\nspec:\n  containers: [{name: a, image: busybox:1.36, command: [sleep, '3600']}]\n",
	}
	for name, src := range inputs {
		t.Run(name, func(t *testing.T) {
			r, err := Grade(l, []byte(src), ZH)
			if err == nil && r.Passed() {
				t.Errorf("Grade(%q) passed", src)
			}
			if err == nil && len(r.Diagnostics) == 0 && len(r.Tasks) != len(l.Tasks) {
				t.Errorf("Grade(%q): %d task results, want %d", src, len(r.Tasks), len(l.Tasks))
			}
		})
	}
}
