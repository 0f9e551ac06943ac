// guardGoExit is the last line of defence against a crashed wasm: when the
// Go program has exited (an unrecovered panic), calls into it throw "Go
// program has already exited". Then show a panel with a reload button, so
// the learner is never left with a frozen page. Go's own recover (in
// app/recover.go) handles the panics it can catch; this catches the rest.
export function guardGoExit(win) {
  const check = (msg) => {
    if (String(msg || "").includes("Go program has already exited")) showPanel(win.document);
  };
  win.addEventListener("error", (e) => check(e.message || (e.error && e.error.message)));
  win.addEventListener("unhandledrejection", (e) => check(e.reason && (e.reason.message || e.reason)));
}

function showPanel(doc) {
  if (doc.getElementById("podlab-crash")) return;
  const panel = doc.createElement("div");
  panel.id = "podlab-crash";
  panel.setAttribute("role", "alert");
  panel.setAttribute("data-testid", "error-panel");
  panel.style.cssText = "position:fixed;inset:auto 1em 1em 1em;z-index:1000;padding:1em;background:#fdecea;color:#8e0000;border:2px solid #c62828;border-radius:6px;font:16px system-ui";
  const zh = (doc.documentElement.lang || navigator.language || "").toLowerCase().startsWith("zh");
  const text = doc.createElement("p");
  text.textContent = zh ? "页面出错了，模拟器已停止。你的编辑已保存。" : "Something went wrong and the simulator stopped. Your edits are saved.";
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = zh ? "重新加载" : "Reload";
  button.addEventListener("click", () => doc.defaultView.location.reload());
  panel.append(text, button);
  doc.body.appendChild(panel);
}
