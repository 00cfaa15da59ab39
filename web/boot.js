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
  navigator.serviceWorker
    .register(new URL("./sw.js", import.meta.url))
    .then((registration) => {
      // a build installed while the page runs waits: the page offers to take it
      const offer = () => {
        if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration);
      };
      offer();
      registration.addEventListener("updatefound", () => {
        const installing = registration.installing;
        if (installing) installing.addEventListener("statechange", offer);
      });
      // look for a new build now: browsers look on their own only a while after a page has
      // loaded, and later still while it is busy. Offline there is none to find, and nothing to say.
      return registration.update().catch(() => {});
    })
    .catch((error) => {
      console.warn("stanag-check: the page is not kept for offline use:", error);
    });
}

// Built with DOM calls, never as HTML: no text here comes from the user, but none is parsed.
function offerReload(registration) {
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
  button.addEventListener("click", () => {
    const waiting = registration.waiting;
    if (!waiting) {
      location.reload();
      return;
    }
    // the new build takes over first, so that every file of the reload is of it
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), {
      once: true,
    });
    waiting.postMessage("take-over");
  });
  notice.append(button);
  document.body.append(notice);
}
