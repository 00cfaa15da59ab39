// Keeps the page working offline: after a first visit over https (or from localhost), the page
// opens from this browser's cache, with no network at all. Every file comes from the cache of one
// build, so the glue, the wasm, the CSS and the page always match: `scripts/build.sh` writes the
// build's hash below, and a changed hash makes the browser install the new build beside the
// running one. The new build waits until the page asks for it (its "Reload now", web/boot.js), so
// that no page ever loads files of two builds. Nothing is ever sent anywhere: this only reads the
// page's own files from its own origin.
const BUILD = "__BUILD__";
// a build not stamped by scripts/build.sh (a bare `trunk build`) is not kept: nothing would tell
// one such build from the next
const STAMPED = !BUILD.startsWith("__");
// caches belong to the whole origin: each deployment (scope) keeps and deletes only its own
const PREFIX = `stanag-check ${self.registration.scope} `;
const CACHE = PREFIX + BUILD;
const FILES = ["./", "boot.js", "stanag-check.js", "stanag-check_bg.wasm", "main.css"];

self.addEventListener("install", (event) => {
  if (!STAMPED) return;
  event.waitUntil(
    caches
      .open(CACHE)
      // past the HTTP cache, which may still hold the files of the build before
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "no-cache" })))),
  );
});

// the page's "Reload now": the waiting build takes over, and the page then reloads
self.addEventListener("message", (event) => {
  if (event.data === "take-over") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            // (and a copy named as the first kept builds named theirs, `stanag-check-<hash>`)
            .filter((key) => (key.startsWith(PREFIX) && key !== CACHE) || /^stanag-check-[0-9a-f]{16}$/.test(key))
            .map((key) => caches.delete(key)),
        ),
      )
      // the first build kept serves the page that installed it (it had loaded every file)
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  if (!STAMPED) return;
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length);
  // the page itself, however it is named (a result link's fragment is never sent)
  const key = request.mode === "navigate" && (path === "" || path === "index.html") ? "./" : path;
  if (!FILES.includes(key)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached || fetch(request)),
  );
});
