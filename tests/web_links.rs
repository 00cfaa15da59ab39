//! In-browser tests of result links in the page (issue 4) and of what the workspace keeps when a
//! file is rejected (issue 7). Run with `cargo test --target wasm32-unknown-unknown --test
//! web_links` (headless Chromium).
#![cfg(target_arch = "wasm32")]

use stanag_check::link::{self, LinkError};
use stanag_check::ui::browser;
use stanag_check::ui::links::{link_in_file, open_result_link, share, ResultLink, Sharing};
use stanag_check::ui::workspace::{Workspace, PASTE_NAME};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod web_fixtures;
use web_fixtures::{
    catalogue, document, mount_page, pause, text_of, text_within, type_in, BROKEN, GOOD, LONG,
};

/// A committed link (an address made by the CLI).
const MUNITIONS_LINK: &str = include_str!("link_vectors/munitions.link");
/// A committed link file.
const LINK_FILE: &str = include_str!("link_vectors/munitions-and-rails.stanag-link");

fn fragment_of(address: &str) -> &str {
    address.trim().split_once('#').map(|(_, f)| f).unwrap_or("")
}

#[wasm_bindgen_test]
fn a_fragment_opens_or_says_why_not() {
    let ResultLink::Opened(shared) = open_result_link(fragment_of(MUNITIONS_LINK)) else {
        panic!("the committed link opens");
    };
    assert_eq!(shared.inputs.len(), 1);
    let payload = fragment_of(MUNITIONS_LINK);
    let cut = &payload[..payload.len() / 2];
    assert!(matches!(
        open_result_link(cut),
        ResultLink::Broken(LinkError::Truncated { .. } | LinkError::Corrupted(_))
    ));
    assert!(matches!(
        open_result_link("Introduction"),
        ResultLink::Broken(LinkError::Foreign { .. })
    ));
    let future = format!("9{}", "A".repeat(40));
    assert!(matches!(
        open_result_link(&future),
        ResultLink::Broken(LinkError::FutureFormat { format: 9, .. })
    ));
}

/// A chat message pasted to be opened as its link is none of the user's text: the paste area
/// gets back what it held before, not the message's greeting and signature.
#[wasm_bindgen_test]
fn a_pasted_chat_message_is_taken_out_whole() {
    let catalogue = catalogue();
    let mut workspace = Workspace::default();
    workspace.set_paste(GOOD.into(), catalogue);
    let chat = format!("Hi Anna,\nhere is the check:\n{MUNITIONS_LINK}\nBest, Jan\n");
    workspace.set_paste(chat, catalogue);
    assert!(!workspace.paste.errors.is_empty());
    workspace.take_out_pasted_link(catalogue);
    assert_eq!(workspace.paste.text, GOOD);
    assert!(workspace.paste.errors.is_empty());
}

#[wasm_bindgen_test]
fn files_that_are_links_are_told_from_spec_files() {
    // A spec file is no link, even one with `#` comments.
    assert_eq!(link_in_file("a.yaml", "# a comment\nitems: []\n"), None);
    assert_eq!(link_in_file("a.json", GOOD), None);
    // A link file, by name or by its header; an address saved in any text file.
    assert!(matches!(
        link_in_file("x.stanag-link", LINK_FILE),
        Some(ResultLink::Opened(_))
    ));
    assert!(matches!(
        link_in_file("x.txt", LINK_FILE),
        Some(ResultLink::Opened(_))
    ));
    assert!(matches!(
        link_in_file("chat.txt", MUNITIONS_LINK),
        Some(ResultLink::Opened(_))
    ));
    // a chat message saved with its greeting and signature around the link
    let chat = format!("Hi Anna,\nhere is the check:\n{MUNITIONS_LINK}\nBest, Jan\n");
    assert!(matches!(
        link_in_file("chat.txt", &chat),
        Some(ResultLink::Opened(_))
    ));
    // a message with two different links says so, with both places
    let small_arms = include_str!("link_vectors/small-arms.link");
    let two = format!("{MUNITIONS_LINK}or rather\n{small_arms}");
    assert_eq!(
        link_in_file("chat.txt", &two),
        Some(ResultLink::Broken(LinkError::TwoLinks {
            first: (1, 1),
            second: (3, 1)
        }))
    );
    // a spec with the link below it is a spec (the workspace tells the link's line)
    let spec = format!("items:\n  - id: a\n    name: b\n{MUNITIONS_LINK}");
    assert_eq!(link_in_file("a.yaml", &spec), None);
    // A file named as a link file that is not one says why.
    assert!(matches!(
        link_in_file("RESULTS.STANAG-LINK", "hello"),
        Some(ResultLink::Broken(_))
    ));
    assert!(matches!(
        link_in_file("cut.stanag-link", &LINK_FILE[..LINK_FILE.len() / 2]),
        Some(ResultLink::Broken(_))
    ));
}

#[wasm_bindgen_test]
fn sharing_gives_an_address_or_a_link_file() {
    let catalogue = catalogue();
    let inputs = vec![("a.json".to_string(), GOOD.to_string())];
    let Ok(Sharing::Address(address)) = share(catalogue, &inputs, "http://host/page.html#/old")
    else {
        panic!("a short link is an address");
    };
    assert!(address.starts_with("http://host/page.html#1"), "{address}");
    let ResultLink::Opened(shared) = open_result_link(fragment_of(&address)) else {
        panic!("the address opens");
    };
    assert_eq!(shared.inputs, inputs);

    // Names that do not compress make a link longer than a chat tool carries.
    let mut big = String::from("items:\n");
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in 0..400 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        big.push_str(&format!(
            "  - {{id: m{i}, name: \"lot {state:016x}{:016x}\", nation: GBR, kind: munition}}\n",
            state.rotate_left(21)
        ));
    }
    let inputs = vec![("big.yaml".to_string(), big)];
    let Ok(Sharing::TooLong {
        chars,
        file,
        address,
    }) = share(catalogue, &inputs, "http://host/")
    else {
        panic!("a long link is a link file");
    };
    assert!(chars > link::CHAT_LIMIT);
    assert!(file.starts_with(link::FILE_HEADER));
    // and the whole address all the same, for e-mail: it decodes to the same inputs
    assert_eq!(address.chars().count(), chars);
    let ResultLink::Opened(mailed) = open_result_link(&address) else {
        panic!("the long address opens");
    };
    assert_eq!(mailed.inputs, inputs);
    let Some(ResultLink::Opened(shared)) = link_in_file("results.stanag-link", &file) else {
        panic!("the link file opens");
    };
    assert_eq!(shared.inputs, inputs);

    assert!(matches!(
        share(catalogue, &[], "http://host/"),
        Err(LinkError::NoInputs)
    ));
}

#[wasm_bindgen_test]
fn a_rejected_file_leaves_the_stored_workspace_as_it_was_and_a_broken_version_is_kept_beside() {
    let catalogue = catalogue();
    let mut workspace = Workspace::default();
    assert_eq!(workspace.to_stored(), None);
    // A rejected file alone: nothing to store.
    workspace.put_file("broken.json", BROKEN.into(), catalogue);
    assert_eq!(workspace.to_stored(), None);
    workspace.remove_file("broken.json");

    workspace.set_paste(GOOD.into(), catalogue);
    workspace.put_file("long.json", LONG.into(), catalogue);
    let before = workspace.to_stored();
    assert!(before.is_some());
    // A new file that does not parse leaves it as it was.
    workspace.put_file("broken.json", BROKEN.into(), catalogue);
    assert_eq!(
        workspace.files[1].errors.len(),
        1,
        "the page shows its errors"
    );
    assert_eq!(workspace.to_stored(), before);
    // A broken version of a file already there is kept beside the readable one, which the
    // report goes on using, as the page shows it: nothing else changes.
    workspace.put_file("long.json", BROKEN.into(), catalogue);
    let beside = before.as_deref().map(|b| {
        b.replace(
            &format!(
                "\"text\":{}}}",
                serde_json::to_string(LONG).unwrap_or_default()
            ),
            &format!(
                "\"text\":{},\"previous\":{}}}",
                serde_json::to_string(BROKEN).unwrap_or_default(),
                serde_json::to_string(LONG).unwrap_or_default()
            ),
        )
    });
    assert_ne!(beside, before);
    assert_eq!(workspace.to_stored(), beside);
    // An empty file is an error, not a silent nothing.
    workspace.put_file("empty.json", "  \n".into(), catalogue);
    assert_eq!(workspace.files[2].errors.len(), 1);
    assert_eq!(workspace.to_stored(), beside);
    // The stored form restores what the user had.
    let restored =
        Workspace::from_json(before.as_deref().unwrap_or_default(), catalogue).expect("restores");
    assert_eq!(restored.inputs(), workspace.inputs());
    // Typing into the paste area is kept even while it does not parse.
    workspace.set_paste(BROKEN.into(), catalogue);
    assert_ne!(workspace.to_stored(), before);
}

#[wasm_bindgen_test]
fn a_links_inputs_become_a_workspace_with_the_same_report() {
    let catalogue = catalogue();
    let inputs = vec![
        (PASTE_NAME.to_string(), GOOD.to_string()),
        ("long.json".to_string(), LONG.to_string()),
    ];
    let workspace = Workspace::from_inputs(&inputs, catalogue);
    assert_eq!(workspace.paste.text, GOOD);
    assert_eq!(workspace.files.len(), 1);
    assert_eq!(workspace.inputs(), inputs);
    let checked = workspace.check(catalogue).expect("checked");
    assert_eq!(checked, stanag_check::check_texts(catalogue, &inputs));
}

/// Waits, a frame at a time, until the report is checked and its item cards are all drawn (they
/// come one a frame): until nothing on the page is `aria-busy`.
async fn cards_drawn() {
    for _ in 0..200 {
        let busy = document()
            .query_selector("[aria-busy=true]")
            .ok()
            .flatten()
            .is_some();
        if !busy {
            return;
        }
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .expect("window")
                .request_animation_frame(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
        leptos::task::tick().await;
    }
    panic!("the report was still busy after 200 frames");
}

/// Clicks the link panel's button for a choice (`keep`, `replace`, `view`).
fn choose(choice: &str) {
    let button: web_sys::HtmlElement = document()
        .query_selector(&format!("[data-choice={choice}]"))
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no button for {choice:?}"))
        .unchecked_into();
    button.click();
}

#[wasm_bindgen_test]
async fn opening_a_link_over_a_saved_workspace_asks_first() {
    let catalogue = catalogue();
    let mut mine = Workspace::default();
    mine.set_paste(LONG.into(), catalogue);
    let saved = mine.to_stored().expect("something to store");
    browser::store(&saved).expect("storage");
    browser::replace_fragment(&format!("#{}", fragment_of(MUNITIONS_LINK)));

    let (host, handle) = mount_page(catalogue);
    leptos::task::tick().await;
    cards_drawn().await;

    assert!(text_of("[data-testid=link-choice]").contains("What should happen to it?"));
    assert!(text_of("[data-testid=report]").contains("can-long"));
    assert_eq!(browser::load_stored(), Ok(Some(saved.clone())));

    choose("view");
    leptos::task::tick().await;
    cards_drawn().await;
    assert!(text_of("[data-testid=link-status]").contains("not saved"));
    assert!(!text_of("[data-testid=report]").contains("can-long"));
    assert!(document().get_element_by_id("paste").is_none());
    assert_eq!(browser::load_stored(), Ok(Some(saved.clone())));

    choose("keep");
    leptos::task::tick().await;
    cards_drawn().await;
    assert!(text_of("[data-testid=link-status]").contains("kept"));
    assert!(text_of("[data-testid=report]").contains("can-long"));
    assert_eq!(browser::load_stored(), Ok(Some(saved)));
    assert_eq!(browser::fragment(), "/");

    assert!(document()
        .get_element_by_id(browser::PANIC_REPORT_ID)
        .is_none());
    drop(handle);
    host.remove();
    let _ = browser::forget_stored();
}

#[wasm_bindgen_test]
fn the_panic_report_shows_its_message_as_text() {
    browser::show_panic("<b id=\"injected\">boom</b>");
    let report = document()
        .get_element_by_id(browser::PANIC_REPORT_ID)
        .expect("the report is shown");
    assert!(report
        .text_content()
        .unwrap_or_default()
        .contains("<b id=\"injected\">boom</b>"));
    assert!(document().get_element_by_id("injected").is_none());
    report.remove();
}

/// A file the user already had (stored, or from a result link) that this page cannot read (a
/// catalogue update may have removed a unit it uses) is kept as it was: only a newly loaded file
/// that does not parse is left out of the stored form.
#[wasm_bindgen_test]
fn a_file_the_user_had_is_kept_while_it_does_not_parse() {
    let catalogue = catalogue();
    let names_and_texts = |stored: Option<String>| -> Vec<(String, String)> {
        let stored = stored.expect("something stored");
        let restored = Workspace::from_json(&stored, catalogue).expect("restores");
        restored
            .files
            .iter()
            .map(|f| (f.name.clone(), f.text.clone()))
            .collect()
    };
    let mut before = Workspace::default();
    before.put_file("old.json", BROKEN.into(), catalogue);
    before.put_file("long.json", LONG.into(), catalogue);
    // as stored by a page whose catalogue could read old.json
    let mut restored = Workspace::from_json(&before.to_json(), catalogue).expect("restores");
    assert_eq!(
        restored.files[0].errors.len(),
        1,
        "the page shows its errors"
    );
    let had = vec![
        ("old.json".to_string(), BROKEN.to_string()),
        ("long.json".to_string(), LONG.to_string()),
    ];
    assert_eq!(names_and_texts(restored.to_stored()), had);
    // loaded again in another form that does not parse: the text the user had stays stored
    restored.put_file("old.json", "{".into(), catalogue);
    assert_eq!(names_and_texts(restored.to_stored()), had);
    // a form that parses replaces it
    restored.put_file("old.json", GOOD.into(), catalogue);
    assert_eq!(
        names_and_texts(restored.to_stored())[0],
        ("old.json".to_string(), GOOD.to_string())
    );
    // a result link's file that does not parse is kept once the link is in the workspace
    let from_link = Workspace::from_inputs(&had, catalogue);
    assert_eq!(names_and_texts(from_link.to_stored()), had);
}

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

/// A stored workspace this page cannot read (corrupt, or from a build that stores another
/// shape) is put aside under its own key, and the page says so, before anything overwrites it.
#[wasm_bindgen_test]
async fn an_unreadable_stored_workspace_is_put_aside_not_overwritten() {
    let catalogue = catalogue();
    browser::replace_fragment("#/");
    let unreadable = "{\"paste\": {\"name\": \"pasted\", \"text\": 42}}";
    browser::store(unreadable).expect("storage");
    let (host, handle) = mount_page(catalogue);
    leptos::task::tick().await;
    pause(3 * stanag_check::ui::CHECK_DELAY.as_millis() as i32).await;

    assert_eq!(
        local_storage().get_item(browser::UNREADABLE_KEY),
        Ok(Some(unreadable.to_string()))
    );
    let notice = text_within(&host, ".notice");
    assert!(
        notice.starts_with("The stored workspace could not be read ("),
        "{notice}"
    );
    assert!(
        notice.ends_with(
            "it is kept in this browser's storage under `stanag-check.workspace.unreadable`. The \
             page starts empty."
        ),
        "{notice}"
    );
    drop(handle);
    host.remove();
    let _ = browser::forget_stored();
    let _ = local_storage().remove_item(browser::UNREADABLE_KEY);
}

/// A second unreadable workspace does not write over one put aside earlier; it cannot be put
/// aside, so it stays stored, untouched until the user changes something, and the page offers
/// it as a file.
#[wasm_bindgen_test]
async fn an_unreadable_workspace_that_cannot_be_put_aside_stays_stored() {
    let catalogue = catalogue();
    browser::replace_fragment("#/");
    let earlier = "{\"paste\": 1}";
    let unreadable = "{\"paste\": {\"name\": \"pasted\", \"text\": 42}}";
    local_storage()
        .set_item(browser::UNREADABLE_KEY, earlier)
        .expect("storage");
    browser::store(unreadable).expect("storage");
    let (host, handle) = mount_page(catalogue);
    leptos::task::tick().await;
    pause(3 * stanag_check::ui::CHECK_DELAY.as_millis() as i32).await;

    assert_eq!(
        local_storage().get_item(browser::UNREADABLE_KEY),
        Ok(Some(earlier.to_string()))
    );
    assert_eq!(browser::load_stored(), Ok(Some(unreadable.to_string())));
    let notice = text_within(&host, ".notice");
    assert!(
        notice.contains(
            "it could not be kept aside either (`stanag-check.workspace.unreadable` holds an \
             earlier one, which is not written over). The page starts empty; the old workspace \
             stays stored until your first change here, so save it as a file first to keep it."
        ),
        "{notice}"
    );
    assert_eq!(
        text_within(&host, "[data-testid=unkept-workspace] button"),
        "Save the old workspace as a file"
    );
    drop(handle);
    host.remove();

    // a link opened over it asks first, rather than saving its files over the old workspace
    browser::replace_fragment(&format!("#{}", fragment_of(MUNITIONS_LINK)));
    let (host, handle) = mount_page(catalogue);
    leptos::task::tick().await;
    cards_drawn().await;
    assert!(text_of("[data-testid=link-choice]").contains("What should happen to it?"));
    pause(3 * stanag_check::ui::CHECK_DELAY.as_millis() as i32).await;
    assert_eq!(browser::load_stored(), Ok(Some(unreadable.to_string())));
    drop(handle);
    host.remove();
    browser::replace_fragment("#/");
    let _ = browser::forget_stored();
    let _ = local_storage().remove_item(browser::UNREADABLE_KEY);
}

/// Typing is saved once it pauses (a burst of keystrokes is serialised once), and at once when
/// the page is hidden or left, so a reload right after a keystroke loses nothing.
#[wasm_bindgen_test]
async fn typing_is_saved_when_it_pauses_and_at_once_when_the_page_is_left() {
    let catalogue = catalogue();
    browser::replace_fragment("#/");
    let _ = browser::forget_stored();
    let (host, handle) = mount_page(catalogue);
    leptos::task::tick().await;
    let stored_paste = || {
        browser::load_stored()
            .ok()
            .flatten()
            .and_then(|s| Workspace::from_json(&s, catalogue).ok())
            .map(|w| w.paste.text)
    };

    type_in(LONG);
    leptos::task::tick().await;
    assert_eq!(stored_paste(), None, "not saved on the keystroke itself");
    let left = web_sys::Event::new("pagehide").expect("event");
    web_sys::window()
        .expect("window")
        .dispatch_event(&left)
        .expect("dispatch");
    assert_eq!(
        stored_paste().as_deref(),
        Some(LONG),
        "saved when the page is left"
    );

    type_in(GOOD);
    leptos::task::tick().await;
    pause(3 * stanag_check::ui::CHECK_DELAY.as_millis() as i32).await;
    assert_eq!(
        stored_paste().as_deref(),
        Some(GOOD),
        "saved once typing paused"
    );
    drop(handle);
    host.remove();
    let _ = browser::forget_stored();
}

/// When another tab saves its workspace, this tab says so on every view (its next change would
/// replace that one) and can show that workspace instead; a write to another key, or of what
/// this tab holds, says nothing.
#[wasm_bindgen_test]
async fn another_tab_saving_its_workspace_is_told() {
    let catalogue = catalogue();
    browser::replace_fragment("#/pairs");
    let _ = browser::forget_stored();
    let (host, handle) = mount_page(catalogue);
    leptos::task::tick().await;
    let notice = || text_within(&host, "[data-testid=other-tab]");
    // what the browser fires in this tab when another one writes to storage
    let written = |key: &str, value: Option<&str>| {
        let event = web_sys::Event::new("storage").expect("event");
        js_sys::Reflect::set(&event, &"key".into(), &key.into()).expect("key");
        let value = value.map_or(wasm_bindgen::JsValue::NULL, Into::into);
        js_sys::Reflect::set(&event, &"newValue".into(), &value).expect("value");
        web_sys::window()
            .expect("window")
            .dispatch_event(&event)
            .expect("dispatch");
    };
    let mut theirs = Workspace::default();
    theirs.set_paste(GOOD.into(), catalogue);
    let theirs = theirs.to_stored().expect("their workspace");
    written("something.else", Some(&theirs));
    leptos::task::tick().await;
    assert_eq!(notice(), "");
    // the same (empty) workspace as this tab's: nothing to tell
    written(browser::STORAGE_KEY, None);
    leptos::task::tick().await;
    assert_eq!(notice(), "");
    browser::store(&theirs).expect("stored");
    written(browser::STORAGE_KEY, Some(&theirs));
    leptos::task::tick().await;
    assert!(
        notice().starts_with("Another tab of this page has saved its workspace."),
        "{}",
        notice()
    );
    let show: web_sys::HtmlElement = host
        .query_selector("[data-testid=other-tab] button")
        .ok()
        .flatten()
        .expect("the button that shows their workspace")
        .unchecked_into();
    assert_eq!(
        show.text_content().as_deref(),
        Some("Show the other tab's workspace here")
    );
    show.click();
    leptos::task::tick().await;
    assert_eq!(notice(), "");
    browser::replace_fragment("#/");
    let moved = web_sys::Event::new("hashchange").expect("event");
    web_sys::window()
        .expect("window")
        .dispatch_event(&moved)
        .expect("dispatch");
    pause(50).await;
    let paste: web_sys::HtmlTextAreaElement = host
        .query_selector("#paste")
        .ok()
        .flatten()
        .expect("paste area")
        .unchecked_into();
    assert_eq!(paste.value(), GOOD);
    // another tab clears its workspace: told, with nothing to show instead
    written(browser::STORAGE_KEY, None);
    leptos::task::tick().await;
    assert!(
        notice().starts_with("Another tab of this page has cleared its workspace."),
        "{}",
        notice()
    );
    // its only button keeps this tab's workspace
    assert_eq!(
        text_within(&host, "[data-testid=other-tab] button"),
        "Keep this tab's"
    );
    // this tab's next save replaces what the other tab did: the notice goes
    type_in(LONG);
    for _ in 0..40 {
        pause(100).await;
        if notice().is_empty() {
            break;
        }
    }
    assert_eq!(notice(), "");
    assert!(browser::load_stored()
        .expect("storage")
        .is_some_and(|stored| stored.contains("can-long")));
    drop(handle);
    host.remove();
    let _ = browser::forget_stored();
}

/// A save that fails (the browser's storage is full) is said; a later one that works takes it
/// back.
#[wasm_bindgen_test]
async fn a_failed_save_is_said_until_a_save_works() {
    let catalogue = catalogue();
    browser::replace_fragment("#/");
    let _ = browser::forget_stored();
    let (host, handle) = mount_page(catalogue);
    leptos::task::tick().await;
    let notice = || text_within(&host, ".notice");
    // fill this origin's storage until it refuses more
    let storage = local_storage();
    let block = "x".repeat(256 << 10);
    let mut fillers = Vec::new();
    for i in 0..200 {
        let key = format!("filler-{i}");
        if storage.set_item(&key, &block).is_err() {
            break;
        }
        fillers.push(key);
    }
    // (a large text: its parse, in a debug build, delays the save that follows it)
    type_in(&LONG.repeat(3000));
    leptos::task::tick().await;
    for _ in 0..20 {
        pause(100).await;
        if !notice().is_empty() {
            break;
        }
    }
    let said = notice();
    for key in &fillers {
        let _ = storage.remove_item(key);
    }
    assert!(
        said.starts_with("The workspace could not be saved in this browser: "),
        "{said:?}"
    );
    type_in(GOOD);
    leptos::task::tick().await;
    pause(3 * stanag_check::ui::CHECK_DELAY.as_millis() as i32).await;
    assert_eq!(notice(), "");
    drop(handle);
    host.remove();
    let _ = browser::forget_stored();
}
