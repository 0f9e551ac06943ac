package lessons

import "testing"

// BenchmarkGradeSolutions grades every lesson's solution once per
// iteration: the cost of regrading as the learner edits, natively.
func BenchmarkGradeSolutions(b *testing.B) {
	c, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		for _, l := range c.Lessons {
			if _, err := Grade(l, l.Solution, EN); err != nil {
				b.Fatal(err)
			}
		}
	}
}
