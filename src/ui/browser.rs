//! The browser glue the page needs beyond rendering: the address fragment, local storage, file
//! reading, downloads, the title, focus and the panic report. It decides nothing about specs.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Where the workspace is kept in this browser (and only there).
pub const STORAGE_KEY: &str = "stanag-check.workspace.v1";

/// Where a stored workspace this page cannot read is put aside (rather than overwritten), for a
/// newer page or a person to recover.
pub const UNREADABLE_KEY: &str = "stanag-check.workspace.unreadable";

/// The element a panic report is shown in; the end-to-end tests fail if it ever appears.
pub const PANIC_REPORT_ID: &str = "panic-report";

/// A JavaScript exception's message, for people.
fn js_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| format!("{error:?}"))
}

/// The current fragment, without its `#`.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.strip_prefix('#').unwrap_or(&h).to_string())
        .unwrap_or_default()
}

/// Changes the fragment without a new history entry and without a `hashchange` event.
pub fn replace_fragment(href: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        // Failing to update the address only loses the bookmarkable search; the view is right.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(href));
    }
}

/// After a paging button (`this`) is used: when it is now disabled (the first or last page
/// was reached), the focus goes to the button paging the other way (`other`) rather than to the
/// page's body.
pub fn keep_focus_from_disabled(this: &'static str, other: &'static str) {
    focus_next_frame(move || {
        let disabled = document()
            .and_then(|d| d.get_element_by_id(this))
            .is_some_and(|e| e.has_attribute("disabled"));
        disabled && focus_id(other)
    });
}

/// Moves the focus with `to` in the next frame, once what it goes to is drawn, unless the user
/// has moved it meanwhile: a field they already clicked or tabbed to keeps it, and what they
/// type goes there. The focus left on the page's body (as when its element was removed), or
/// where an earlier move of this kind put it, has not been moved by the user: of two moves
/// asked for in one frame (a new view's heading, then a question in it), the later wins.
/// `to` says whether it moved the focus.
pub fn focus_next_frame(to: impl FnOnce() -> bool + 'static) {
    thread_local! {
        static MOVED_HERE: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
    }
    let before = focused();
    leptos::prelude::request_animation_frame(move || {
        let now = focused();
        let on_body = now.as_ref().is_some_and(|e| e.tag_name() == "BODY");
        let by_the_page = now.is_some() && MOVED_HERE.with_borrow(|m| *m == now);
        if (now.is_none() || on_body || now == before || by_the_page) && to() {
            MOVED_HERE.set(focused());
        }
    });
}

/// The page was opened from a file on disk (the single-file page), not from a server.
pub fn opened_from_file() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|protocol| protocol == "file:")
}

/// The base of the links the page makes: its own address without the fragment, or, for a page
/// opened from disk, only its usual file name (`stanag-check.html`), since the path would name
/// the sender's folders and open nowhere else.
pub fn page_base() -> String {
    if opened_from_file() {
        return crate::link::DEFAULT_BASE.to_string();
    }
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// Puts `text` on the clipboard (the Clipboard API). Browsers refuse it outside a secure
/// context, without permission, or when the page lacks focus: the error says which.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    // Read through Reflect: `navigator.clipboard` is undefined where the API is unavailable,
    // and a typed getter would throw there.
    let clipboard = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard"))
        .map_err(|e| js_message(&e))?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err("this browser offers no clipboard access here".into());
    }
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .map_err(|e| js_message(&e))?
        .dyn_into::<js_sys::Function>()
        .map_err(|_| "this browser cannot write text to the clipboard".to_string())?;
    let promise = write
        .call1(&clipboard, &JsValue::from_str(text))
        .map_err(|e| js_message(&e))?
        .dyn_into::<js_sys::Promise>()
        .map_err(|_| "the clipboard gave no answer".to_string())?;
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| js_message(&e))
}

/// Puts the caret of the text field of id `id` at `offset` (UTF-16 code units) and focuses it,
/// so that the line it is on scrolls into view: `false` when there is no such field.
pub fn place_caret(id: &str, offset: usize) -> bool {
    let Some(field) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return false;
    };
    let at = u32::try_from(offset).unwrap_or(u32::MAX);
    // focused first: a field scrolls to its caret as the selection is set
    let _ = field.focus();
    field.set_selection_range(at, at).is_ok()
}

/// Moves keyboard focus to the element with this id; false when there is none (focus is a
/// convenience: a browser that refuses it loses nothing).
pub fn focus_id(id: &str) -> bool {
    focus(document().and_then(|d| d.get_element_by_id(id)))
}

/// Moves keyboard focus to the element with this id and scrolls it to the window's top, so that
/// what follows it is in view too (a heading the focus would otherwise leave at the window's
/// foot, its content below the fold); false when there is none.
pub fn focus_id_at_top(id: &str) -> bool {
    let element = document().and_then(|d| d.get_element_by_id(id));
    if let Some(element) = &element {
        element.scroll_into_view();
    }
    focus(element)
}

/// A box the keyboard focused (Tab) whose top lies above the window is scrolled to the window's
/// top: the browser scrolls a focused box taller than the window only as far as some of it
/// shows, and a long verdicts table was left with its top edge, and its first rows, above the
/// window. A box the mouse focused (a click in the table) stays where it is.
pub fn keyboard_focus_shows_top(event: &web_sys::Event) {
    let Some(element) = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    if element.matches(":focus-visible").unwrap_or(false)
        && element.get_bounding_client_rect().top() < 0.0
    {
        element.scroll_into_view();
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

fn focus(element: Option<web_sys::Element>) -> bool {
    element
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|element| element.focus().is_ok())
}

fn storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("no window")?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err("this browser offers no local storage".into()),
        Err(e) => Err(format!("local storage is blocked: {}", js_message(&e))),
    }
}

/// The text kept in this browser's storage under `key`.
pub fn read_key(key: &str) -> Result<Option<String>, String> {
    storage()?.get_item(key).map_err(|e| js_message(&e))
}

/// Keeps `text` in this browser's storage under `key`.
pub fn write_key(key: &str, text: &str) -> Result<(), String> {
    storage()?.set_item(key, text).map_err(|e| js_message(&e))
}

/// Removes what this browser's storage keeps under `key`.
pub fn remove_key(key: &str) -> Result<(), String> {
    storage()?.remove_item(key).map_err(|e| js_message(&e))
}

pub fn load_stored() -> Result<Option<String>, String> {
    read_key(STORAGE_KEY)
}

pub fn store(text: &str) -> Result<(), String> {
    write_key(STORAGE_KEY, text)
}

/// Makes the browser ask the user before the page is left (`event` is a `beforeunload`):
/// the browser words the question itself.
pub fn ask_before_leaving(event: &web_sys::Event) {
    event.prevent_default();
    // older browsers ask only when `returnValue` is set to some text
    let _ = js_sys::Reflect::set(
        event,
        &JsValue::from_str("returnValue"),
        &JsValue::from_str("unsaved"),
    );
}

/// The storage key a `storage` event (another tab wrote to this origin's storage) is about.
pub fn storage_event_key(event: &web_sys::Event) -> Option<String> {
    event_string(event, "key")
}

/// The value a `storage` event says was written (`None` when the key was removed).
pub fn storage_event_value(event: &web_sys::Event) -> Option<String> {
    event_string(event, "newValue")
}

fn event_string(event: &web_sys::Event, field: &str) -> Option<String> {
    js_sys::Reflect::get(event, &JsValue::from_str(field))
        .ok()
        .and_then(|value| value.as_string())
}

/// Puts aside a stored workspace this page cannot read: see [`UNREADABLE_KEY`]. One put aside
/// earlier, and not yet recovered, is not written over.
pub fn put_aside_unreadable(text: &str) -> Result<(), String> {
    match read_key(UNREADABLE_KEY)? {
        Some(earlier) if earlier != text => Err(format!(
            "`{UNREADABLE_KEY}` holds an earlier one, which is not written over"
        )),
        _ => write_key(UNREADABLE_KEY, text),
    }
}

pub fn forget_stored() -> Result<(), String> {
    remove_key(STORAGE_KEY)
}

/// Loads the page again (from the kept copy when there is one).
pub fn reload() -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    window.location().reload().map_err(|e| js_message(&e))
}

/// Reads a picked or dropped file as UTF-8 text, with the CLI's size limit and messages.
pub async fn read_file(file: web_sys::File) -> Result<String, String> {
    read_file_up_to(file, crate::document::MAX_FILE_BYTES).await
}

/// Reads a picked or dropped spec file as the CLI reads one: a spreadsheet is told as such, and
/// the rest as [`read_file`] reads it.
pub async fn read_spec_file(file: web_sys::File) -> Result<String, String> {
    let name = file.name();
    let bytes = read_bytes_up_to(file, crate::document::MAX_FILE_BYTES).await?;
    crate::spec::text_of_spec(&name, bytes).map_err(placed)
}

/// Reads a file as UTF-8 text if it has at most `limit` bytes.
pub async fn read_file_up_to(file: web_sys::File, limit: usize) -> Result<String, String> {
    let bytes = read_bytes_up_to(file, limit).await?;
    crate::document::text_of(bytes).map_err(|e| placed((e.place(), e.to_string())))
}

/// A file's bytes, if it has at most `limit` of them.
async fn read_bytes_up_to(file: web_sys::File, limit: usize) -> Result<Vec<u8>, String> {
    // File sizes are whole numbers of bytes; f64 holds them exactly up to 2^53.
    if file.size() > limit as f64 {
        // (a whole number of bytes, exact in f64 below 2^53)
        return Err(crate::document::too_large_said(file.size() as u64, limit));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| js_message(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A read error as the page lists it: its place first, where it has one.
fn placed((at, message): (Option<(usize, usize)>, String)) -> String {
    match at {
        Some((line, col)) => format!("{line}:{col}: {message}"),
        None => message,
    }
}

/// The files of a file list (picker or drop), in order.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Offers `text` as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| js_message(&e))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| js_message(&e))?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| js_message(&e))?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoking at once can cancel the download in some browsers; a minute later it is done.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

pub fn print() -> Result<(), String> {
    web_sys::window()
        .ok_or("no window")?
        .print()
        .map_err(|e| js_message(&e))
}

/// Marks a moment on the browser's performance timeline (`stanag-check:NAME`): the steps of the
/// page's start and of a check, which `benches/page.mjs` reads to say where the time goes.
/// Nothing is sent anywhere; a browser without the timeline is not told.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(&format!("stanag-check:{name}"));
    }
}

pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Whether the window is as narrow as a phone's (40rem, the width at which the stylesheet lays
/// tables out as blocks): what opens folded there.
pub fn narrow_window() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok()?.as_f64())
        .is_some_and(|width| width <= 640.0)
}

/// Whether the window is narrow, or no taller than a 1366×768 laptop's (800 px): where long
/// explanations above a view's content open folded, so that the content starts on the screen.
pub fn small_window() -> bool {
    narrow_window()
        || web_sys::window()
            .and_then(|w| w.inner_height().ok()?.as_f64())
            .is_some_and(|height| height <= 800.0)
}

/// The report card at the top of the window: its place among the cards (`data-place`) and how
/// far its top lies from the window's top.
pub fn top_card() -> Option<(usize, f64)> {
    let window = web_sys::window()?;
    let width = window.inner_width().ok()?.as_f64()?;
    let card = window
        .document()?
        .element_from_point((width / 2.0) as f32, 1.0)?
        .closest("article.item[data-place]")
        .ok()??;
    let place = card.get_attribute("data-place")?.parse().ok()?;
    Some((place, card.get_bounding_client_rect().top()))
}

/// Scrolls the page so that the report card at `place` lies `offset` pixels from the window's
/// top, as [`top_card`] found it.
pub fn scroll_to_card(place: usize, offset: f64) {
    let card = document().and_then(|d| {
        d.query_selector(&format!("article.item[data-place=\"{place}\"]"))
            .ok()
            .flatten()
    });
    if let (Some(card), Some(window)) = (card, web_sys::window()) {
        card.scroll_into_view();
        window.scroll_by_with_x_and_y(0.0, -offset);
    }
}

/// "Printed 2026-11-29 19:07 UTC": now, by this browser's clock, for a printout's footer.
pub fn printed_at() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    // 2026-11-29T19:07:31.000Z
    let minute = iso.get(..16).unwrap_or(&iso).replace('T', " ");
    format!(" · printed {minute} UTC")
}

/// Sets the line printed at the foot of every page of a printout (the catalogue, and when it was
/// printed), which the print style sheet's page margin shows: the site's footer is printed once,
/// after the last card. Written as a CSS string, so no text of it is read as style.
pub fn set_print_stamp(text: &str) {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            // (a control character as a CSS escape: `\a ` is a line's end)
            c if c.is_control() => quoted.push_str(&format!("\\{:x} ", u32::from(c))),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    // (through the CSS object model: the page's content security policy refuses style attributes)
    let root = document().and_then(|d| d.document_element());
    if let Some(root) = root.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = root.style().set_property("--print-stamp", &quoted);
    }
}

/// Moves keyboard focus to the heading of the item card at `place` of the report (after "Show
/// more": the first of the new cards); false when it is not drawn.
pub fn focus_card(place: usize) -> bool {
    focus(document().and_then(|d| {
        d.query_selector(&format!("article.item[data-place=\"{place}\"] h3"))
            .ok()
            .flatten()
    }))
}

/// Moves keyboard focus to the view's main heading, so a screen reader announces the new view.
pub fn focus_main_heading() -> bool {
    focus(document().and_then(|d| d.query_selector("main h1").ok().flatten()))
}

/// The element with keyboard focus (the page's body when none has it).
fn focused() -> Option<web_sys::Element> {
    document().and_then(|d| d.active_element())
}

/// Shows a panic in the page itself, built with plain DOM calls (the renderer may be what broke)
/// and with the message as text, never as markup.
pub fn show_panic(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    if document.get_element_by_id(PANIC_REPORT_ID).is_some() {
        return;
    }
    let build = || -> Result<web_sys::Element, JsValue> {
        let report = document.create_element("section")?;
        report.set_id(PANIC_REPORT_ID);
        report.set_attribute("role", "alert")?;
        let heading = document.create_element("h2")?;
        heading.set_text_content(Some("stanag-check stopped: internal error"));
        let advice = document.create_element("p")?;
        advice.set_text_content(Some(
            "The page hit a bug and cannot go on. Reload it: your workspace is kept in this \
             browser. Please report the message below to the maintainers.",
        ));
        let detail = document.create_element("pre")?;
        detail.set_text_content(Some(message));
        report.append_child(&heading)?;
        report.append_child(&advice)?;
        report.append_child(&detail)?;
        Ok(report)
    };
    if let Ok(report) = build() {
        let _ = body.insert_before(&report, body.first_child().as_ref());
    }
}

/// Installs the panic hook: the console message plus the report in the page.
pub fn install_panic_report() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic(&info.to_string());
    }));
}
