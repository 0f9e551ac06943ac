package main

import (
	"slices"
	"testing"
)

func TestRoutesListEveryPageInCourseOrder(t *testing.T) {
	toc := []tocEntry{{Slug: "first-pod", Title: "First"}, {Slug: "probes", Title: "Probes"}}
	got := routePaths(routes(toc))
	want := []string{"/", "/lessons/first-pod", "/lessons/probes", "/sandbox", "/console"}
	if !slices.Equal(got, want) {
		t.Errorf("routePaths = %q, want %q", got, want)
	}
}

// testCourse is a small course for the page and generator tests.
var testCourse = []tocEntry{
	{Slug: "first-pod", Title: "Your first Pod"},
	{Slug: "init-containers", Title: "Init containers & sidecars"},
	{Slug: "probes", Title: "Probes"},
}

// TestTheRealCourseMakesRoutes: the embedded lessons load, and their
// slugs are unique path segments.
func TestTheRealCourseMakesRoutes(t *testing.T) {
	toc, err := loadCourse()
	if err != nil {
		t.Fatal(err)
	}
	if len(toc) == 0 {
		t.Fatal("loadCourse: no lessons")
	}
	seen := map[string]bool{}
	for _, e := range toc {
		if e.Title == "" {
			t.Errorf("lesson %q has no English title", e.Slug)
		}
		if e.Lesson == nil || e.Lesson.Slug != e.Slug {
			t.Errorf("lesson %q does not carry its loaded lesson", e.Slug)
		}
		if seen[e.Slug] {
			t.Errorf("slug %q twice", e.Slug)
		}
		seen[e.Slug] = true
		for _, r := range e.Slug {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				t.Errorf("slug %q: %q is not [a-z0-9-]", e.Slug, r)
			}
		}
	}
}

func TestPageURL(t *testing.T) {
	tests := []struct{ prefix, path, want string }{
		{"", "/", "/"},
		{"", "/sandbox", "/sandbox"},
		{"/podlab", "/", "/podlab/"},
		{"/podlab", "/lessons/x", "/podlab/lessons/x"},
		{"/podlab/", "/sandbox", "/podlab/sandbox"},
	}
	for _, tt := range tests {
		t.Setenv("GOAPP_ROOT_PREFIX", tt.prefix)
		if got := pageURL(tt.path); got != tt.want {
			t.Errorf("prefix %q: pageURL(%q) = %q, want %q", tt.prefix, tt.path, got, tt.want)
		}
	}
}
