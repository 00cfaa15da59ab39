// Starts the page: loads the wasm-bindgen glue and the WebAssembly module from this folder.
// A file, not an inline script, so the Content-Security-Policy can forbid inline scripts.
import init from "./stanag-check.js";

init({ module_or_path: new URL("./stanag-check_bg.wasm", import.meta.url) }).catch((error) => {
  const app = document.getElementById("app");
  if (app) {
    app.textContent = "stanag-check could not start: " + error;
  }
});
