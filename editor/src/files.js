// Small browser services the Go side calls through window.podlabEditor:
// saving a file, copying a link, reading a chosen file. Each swallows its
// own failures (and reports them through a callback), so no promise is
// left to reject unhandled.

// download saves text as a file named name.
export function download(name, mime, text) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// copy puts text on the clipboard and calls done(true|false).
export function copy(text, done) {
  const ok = () => done && done(true);
  const fail = () => done && done(false);
  if (!navigator.clipboard || !window.isSecureContext) return fail();
  navigator.clipboard.writeText(text).then(ok, fail);
}

// readFile reads the first file chosen in input as text and calls
// done(text, null), or done(null, "too-large" | "unreadable").
export function readFile(input, maxBytes, done) {
  const f = input && input.files && input.files[0];
  if (!f) return done(null, "unreadable");
  if (f.size > maxBytes) return done(null, "too-large");
  f.text().then((t) => done(t, null), () => done(null, "unreadable"));
  input.value = ""; // choosing the same file again fires change again
}
