package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// lessonHeading is how a lesson is titled on its page: "3. Init containers".
func lessonHeading(i int, title string) string {
	return strconv.Itoa(i+1) + ". " + title
}

// courseNavIn links to the contents and to the pages before and after the
// current one, in l. at is the current lesson's index in toc: -1 for the
// course home, len(toc) for the sandbox, which comes after the last lesson,
// and len(toc)+1 for the kubectl console after it.
func courseNavIn(l lang, toc []tocEntry, at int) []app.UI {
	links := []app.UI{navLink(l.T(msgContents), pageURL(homePath), "")}
	if prev := at - 1; prev >= 0 && prev < len(toc) {
		links = append(links, navLink("← "+toc[prev].title(l), pageURL(lessonPath(toc[prev].Slug)), "prev"))
	}
	if next := at + 1; next >= 0 && next < len(toc) {
		links = append(links, navLink(toc[next].title(l)+" →", pageURL(lessonPath(toc[next].Slug)), "next"))
	}
	if at == len(toc)-1 {
		links = append(links, navLink(l.T(msgSandbox)+" →", pageURL(sandboxPath), "next"))
	}
	if at == len(toc) {
		links = append(links, navLink(l.T(msgKubectlConsole)+" →", pageURL(consolePath), "next"))
	}
	if at == len(toc)+1 {
		links = append(links, navLink("← "+l.T(msgSandbox), pageURL(sandboxPath), "prev"))
	}
	return links
}

// navLink is one link of the course navigation; rel is "prev", "next" or "".
func navLink(text, href, rel string) app.UI {
	a := app.A().Href(href).Text(text)
	if rel != "" {
		a = a.Rel(rel)
	}
	return a
}
