// sanitizeFragment runs before the wasm starts. go-app parses
// location.href with Go's url.Parse and dereferences the result without a
// check, so a fragment with a bad percent-escape ("#s=%%%", a link cut in
// the middle of an escape) would crash the whole app before Podlab could
// say anything. Such a fragment becomes "#s=!", which Podlab's share-link
// decoder reports as a damaged link, in the learner's language.
export function sanitizeFragment(win) {
  const hash = win.location.hash;
  if (!hash) return;
  try {
    decodeURIComponent(hash.slice(1));
  } catch {
    win.history.replaceState(win.history.state, "", win.location.pathname + win.location.search + "#s=!");
  }
}
