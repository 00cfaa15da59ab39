#!/usr/bin/env python3
"""Writes the self-contained page: CSS, wasm-bindgen no-modules glue and base64 wasm, inline.

A module script cannot import a sibling file from file://, so nothing may be a separate file.
The CSP allows inline script and style only; no origin at all may be contacted.
"""
import argparse
import base64
import html
import pathlib
import re
import sys

CSP = ("default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; "
       "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")

START = """
(function () {
  var bytes = Uint8Array.from(atob(WASM_BASE64), function (c) { return c.charCodeAt(0); });
  wasm_bindgen({ module_or_path: bytes }).catch(function (error) {
    var app = document.getElementById("app");
    if (app) { app.textContent = "stanag-check could not start: " + error; }
  });
})();
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    for name in ("js", "wasm", "css", "out"):
        parser.add_argument("--" + name, required=True, type=pathlib.Path)
    args = parser.parse_args()

    js = args.js.read_text(encoding="utf-8")
    css = args.css.read_text(encoding="utf-8")
    wasm = base64.b64encode(args.wasm.read_bytes()).decode("ascii")
    for label, text, closing in (("glue", js, "</script"), ("CSS", css, "</style")):
        if re.search(re.escape(closing), text, re.IGNORECASE):
            print(f"the {label} contains {closing}: it cannot be inlined as is", file=sys.stderr)
            return 1

    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{html.escape(CSP)}">
<meta name="description" content="Check equipment and munition specifications against public NATO materiel standard parameters, offline, in the browser.">
<title>stanag-check</title>
<link rel="icon" href="data:,">
<style>
{css}
</style>
</head>
<body>
<div id="app">
<main id="loading"><p>Loading stanag-check…</p></main>
</div>
<noscript><p>stanag-check runs in the browser and needs JavaScript and WebAssembly enabled. Nothing is sent anywhere.</p></noscript>
<script>
{js}
</script>
<script>
var WASM_BASE64 = "{wasm}";
{START}
</script>
</body>
</html>
"""
    args.out.write_text(page, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
