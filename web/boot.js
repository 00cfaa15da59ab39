// Starts the page: loads the wasm-bindgen glue and the WebAssembly module from this folder.
// A file, not an inline script, so the Content-Security-Policy can forbid inline scripts.
import init from "./stanag-check.js";

init({ module_or_path: new URL("./stanag-check_bg.wasm", import.meta.url) })
  .then(keepOffline)
  .catch((error) => {
    const app = document.getElementById("app");
    if (app) {
      app.textContent = "stanag-check could not start: " + error;
    }
  });

// Once the page runs, its files are kept for offline use (web/sw.js). Browsers allow this only
// over https or from localhost; elsewhere (a file opened from disk, plain http) the page works as
// before, and dist/stanag-check.html is the way to carry it offline.
function keepOffline() {
  if (!("serviceWorker" in navigator)) return;
  // a page that a service worker already served, which another build then replaces
  const earlier = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (earlier) offerReload();
  });
  navigator.serviceWorker.register(new URL("./sw.js", import.meta.url)).catch((error) => {
    console.warn("stanag-check: the page is not kept for offline use:", error);
  });
}

// Built with DOM calls, never as HTML: no text here comes from the user, but none is parsed.
function offerReload() {
  if (document.getElementById("update-notice")) return;
  const notice = document.createElement("div");
  notice.id = "update-notice";
  notice.className = "notice update-notice no-print";
  notice.setAttribute("role", "status");
  notice.append(
    "A newer version of stanag-check is installed. This page keeps running the version it " +
      "opened with until you reload it (your workspace is kept). ",
  );
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "Reload now";
  button.addEventListener("click", () => location.reload());
  notice.append(button);
  document.body.append(notice);
}
