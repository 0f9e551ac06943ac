package lessons

import (
	"reflect"
	"testing"
)

func TestDefaultExamplesAreTheCourses(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	got, err := DefaultExamples()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || !reflect.DeepEqual(got, c.Examples) {
		t.Errorf("DefaultExamples() = %d examples, want the course's %d", len(got), len(c.Examples))
	}
}
