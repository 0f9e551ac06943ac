package main

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/lessons"
)

// tocEntry is one lesson as the page shell needs it: where it lives and
// what the table of contents calls it.
type tocEntry struct {
	Slug  string
	Title string
	// Titles is the title in each language (toc.go: title).
	Titles lessons.Text
	// Lesson is the lesson itself (text, starter, checks); nil in tests
	// that need only the routes.
	Lesson *lessons.Lesson
}

// loadCourse returns the lessons in course order, from the lessons
// package's embedded content (lessons.Default), titled in English: the
// prerendered pages are English and the UI retitles them per language.
func loadCourse() ([]tocEntry, error) {
	c, err := lessons.Default()
	if err != nil {
		return nil, fmt.Errorf("load lessons: %w", err)
	}
	toc := make([]tocEntry, len(c.Lessons))
	for i, l := range c.Lessons {
		en, zh := l.Page(lessons.EN).Title, l.Page(lessons.ZH).Title
		toc[i] = tocEntry{Slug: l.Slug, Title: en, Titles: lessons.Text{EN: en, ZH: zh}, Lesson: l}
	}
	return toc, nil
}

// Paths of the routes that are not lessons.
const (
	homePath    = "/"
	sandboxPath = "/sandbox"
)

// lessonPath is the route of one lesson.
func lessonPath(slug string) string { return "/lessons/" + slug }

// route is one page of the site and the function that builds its component.
type route struct {
	Path string
	New  func() app.Composer
}

// routes lists every page of the site, in table-of-contents order. The
// static-site generator prerenders exactly these.
func routes(toc []tocEntry) []route {
	rs := []route{{Path: homePath, New: func() app.Composer { return newHomePage(toc) }}}
	for i := range toc {
		i := i
		rs = append(rs, route{
			Path: lessonPath(toc[i].Slug),
			New:  func() app.Composer { return newLessonPage(toc, i) },
		})
	}
	return append(rs,
		route{Path: sandboxPath, New: func() app.Composer { return newSandboxPage(toc) }},
		route{Path: consolePath, New: func() app.Composer { return newConsolePage(toc) }})
}

// registerRoutes tells go-app about every route. RouteFunc, not Route: Route
// keeps only the component's type and drops the fields set here.
//
// Each page also answers with a trailing slash, because static file servers
// redirect /lessons/x to /lessons/x/ when they find the directory form that
// the generator writes for servers that do not resolve x.html.
func registerRoutes(rs []route) {
	for _, r := range rs {
		app.RouteFunc(r.Path, r.New)
		if r.Path != homePath {
			app.RouteFunc(r.Path+"/", r.New)
		}
	}
	app.RouteWithRegexpFunc("^/.*$", func() app.Composer { return newNotFoundPage() })
}

// routePaths returns the paths of rs.
func routePaths(rs []route) []string {
	paths := make([]string, len(rs))
	for i, r := range rs {
		paths[i] = r.Path
	}
	return paths
}

// pageURL is the address of the page at path, under the site's prefix
// (/podlab on GitHub Pages). Links need it: go-app resolves only /web/
// paths itself, and a link without the prefix would leave the site.
// The generator exports the prefix as GOAPP_ROOT_PREFIX on both sides.
func pageURL(path string) string {
	return strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/") + path
}
