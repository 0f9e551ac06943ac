package main

import (
	"slices"
	"testing"
)

func TestRoutesListEveryPageInCourseOrder(t *testing.T) {
	toc := []tocEntry{{"first-pod", "First"}, {"probes", "Probes"}}
	got := routePaths(routes(toc))
	want := []string{"/", "/lessons/first-pod", "/lessons/probes", "/sandbox"}
	if !slices.Equal(got, want) {
		t.Errorf("routePaths = %q, want %q", got, want)
	}
}

func TestCourseSlugsAreUniqueAndURLSafe(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range course() {
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
