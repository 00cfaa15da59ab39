//! What the in-browser tests (`tests/web.rs`, `tests/web_links.rs`) share: the catalogue, three
//! small specs, and reading the page.

use leptos::prelude::*;
use stanag_check::catalogue::Catalogue;
use stanag_check::ui::local_catalogue::LocalCatalogue;
use stanag_check::ui::App;
use wasm_bindgen::JsCast;

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
        .document_element()
        .map(|root| text_within(&root, selector))
        .unwrap_or_default()
}

/// The same within `root` (a mounted page).
pub fn text_within(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// Mounts the page in a new element at the end of the body; returns the element and the mount
/// (dropping it unmounts the page).
pub fn mount_page(catalogue: &'static Catalogue) -> (web_sys::HtmlElement, Box<dyn std::any::Any>) {
    let host = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let host: web_sys::HtmlElement = host.unchecked_into();
    // no catalogue files of the user's: the built-in catalogue is the one given
    let local: &'static LocalCatalogue = Box::leak(Box::default());
    let handle = leptos::mount::mount_to(
        host.clone(),
        move || view! { <App catalogue=catalogue local=local /> },
    );
    (host, Box::new(handle))
}

/// Waits `ms` milliseconds, then lets the page's pending tasks run.
pub async fn pause(ms: i32) {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
    leptos::task::tick().await;
}

/// Types `text` into the paste area as a person would: its value, then an `input` event.
pub fn type_in(text: &str) {
    let paste: web_sys::HtmlTextAreaElement = document()
        .get_element_by_id("paste")
        .expect("the paste area")
        .unchecked_into();
    paste.set_value(text);
    let event = web_sys::Event::new("input").expect("event");
    paste.dispatch_event(&event).expect("dispatch");
}
