//! What the in-browser tests (`tests/web.rs`, `tests/web_links.rs`) share: the catalogue, three
//! small specs, and reading the page.

use stanag_check::catalogue::Catalogue;

pub fn catalogue() -> &'static Catalogue {
    match Catalogue::builtin() {
        Ok(c) => Box::leak(Box::new(c)),
        Err(e) => panic!("built-in catalogue: {e:?}"),
    }
}

/// One cartridge that passes STANAG 4172's overall length.
pub const GOOD: &str = r#"{"items": [{"id": "bel-ss109", "name": "SS109", "nation": "BEL", "kind": "cartridge",
  "claims": ["STANAG 4172"],
  "properties": {"cartridge": "5.56x45mm NATO", "overall_length": "57.40 mm"}}]}"#;

/// One cartridge that is too long for it.
pub const LONG: &str = r#"{"items": [{"id": "can-long", "name": "Long", "nation": "CAN", "kind": "cartridge",
  "claims": ["STANAG 4172"],
  "properties": {"cartridge": "5.56x45mm NATO", "overall_length": "58.00 mm"}}]}"#;

/// A JSON syntax error at 2:14.
pub const BROKEN: &str = "{\"items\": [\n  {\"id\": \"x\",,}\n]}";

pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

/// The text of the first element `selector` finds, or "" when there is none.
pub fn text_of(selector: &str) -> String {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}
