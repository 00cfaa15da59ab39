//! The user's own catalogue files in the page: read from this browser's storage when the page
//! starts, checked as the CLI's `--catalogue DIR` checks them, and added or removed on the
//! catalogue view. The page's catalogue is fixed for its lifetime, so a change is stored and the
//! page reloads (the workspace is kept) with the new catalogue.

use crate::catalogue::{Catalogue, CatalogueError, Standard};
use crate::ui::browser;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Where the files are kept: a JSON list of `[name, text]`, sorted by name.
pub const KEY: &str = "stanag-check.catalogue.v1";

/// The user's catalogue files as the page found them when it started.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LocalCatalogue {
    /// The files kept in this browser, by name.
    pub files: Vec<(String, String)>,
    /// Why those files are not in use (the built-in catalogue is): their errors, located.
    pub errors: Vec<CatalogueError>,
    /// A problem reading them from storage (blocked, or not a list of files).
    pub problem: Option<String>,
}

impl LocalCatalogue {
    /// The files are in use: the page's catalogue is the built-in one plus them.
    pub fn in_use(&self) -> bool {
        !self.files.is_empty() && self.errors.is_empty()
    }
}

/// The files kept now (another tab may have changed them since this page started).
fn kept_now() -> Result<Vec<(String, String)>, String> {
    let stored = browser::read_key(KEY)
        .map_err(|e| format!("the catalogue files kept in this browser cannot be read: {e}"))?;
    match stored {
        None => Ok(Vec::new()),
        Some(text) => serde_json::from_str(&text).map_err(|e| {
            format!("the catalogue files kept in this browser (under `{KEY}`) cannot be read: {e}")
        }),
    }
}

/// Reads the kept files and makes the page's catalogue: the built-in one plus those files, or
/// the built-in one alone (with the files' errors said) when they do not make a valid catalogue.
/// The files stay kept either way: nothing the user loaded is dropped unasked.
pub fn open() -> (Result<Catalogue, Vec<CatalogueError>>, LocalCatalogue) {
    let mut local = LocalCatalogue::default();
    match kept_now() {
        Ok(files) => local.files = files,
        Err(e) => local.problem = Some(e),
    }
    if local.files.is_empty() {
        return (Catalogue::builtin(), local);
    }
    match Catalogue::with_local(&local.files) {
        Ok(catalogue) => (Ok(catalogue), local),
        Err(errors) => {
            local.errors = errors;
            (Catalogue::builtin(), local)
        }
    }
}

/// The files with `added` put in (a file of the same name replaced), by name.
pub fn merged(kept: &[(String, String)], added: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = kept
        .iter()
        .filter(|(name, _)| !added.iter().any(|(n, _)| n == name))
        .cloned()
        .collect();
    files.extend(added);
    files.sort();
    files
}

/// Keeps `files` as the user's catalogue and reloads the page with it (none: the built-in one).
fn keep_and_reload(files: &[(String, String)]) -> Result<(), String> {
    if files.is_empty() {
        browser::remove_key(KEY)?;
    } else {
        let text = serde_json::to_string(files).map_err(|e| e.to_string())?;
        browser::write_key(KEY, &text)?;
    }
    browser::reload()
}

/// What loading files found, until the page reloads.
#[derive(Debug, Clone, PartialEq)]
enum Loaded {
    /// Files that could not be read at all, by name.
    Unreadable(Vec<(String, String)>),
    /// The files read, with those kept, do not make a valid catalogue: nothing was changed.
    Invalid(Vec<CatalogueError>),
    /// Storing them failed.
    NotKept(String),
}

/// The user's catalogue files on the catalogue view: what is in use, the notes and errors, and
/// the buttons to load and remove files.
#[component]
pub fn LocalCataloguePanel(
    catalogue: &'static Catalogue,
    local: &'static LocalCatalogue,
) -> impl IntoView {
    let loaded: RwSignal<Option<Loaded>> = RwSignal::new(None);
    let load = move |files: Vec<web_sys::File>| {
        loaded.set(None);
        spawn_local(async move {
            let mut read = Vec::new();
            let mut unreadable = Vec::new();
            for file in files {
                let name = file.name();
                // the catalogue reads only .toml files, as `--catalogue DIR` does: another file
                // would be kept and never read
                if !name.to_lowercase().ends_with(".toml") {
                    unreadable.push((name, "not a .toml catalogue file".to_string()));
                    continue;
                }
                match browser::read_file(file).await {
                    Ok(text) => read.push((name, text)),
                    Err(why) => unreadable.push((name, why)),
                }
            }
            if !unreadable.is_empty() {
                loaded.set(Some(Loaded::Unreadable(unreadable)));
                return;
            }
            if read.is_empty() {
                return;
            }
            // with the files kept now: another tab may have changed them
            let kept = kept_now().unwrap_or_default();
            let files = merged(&kept, read);
            // checked before it is kept: a set with errors never replaces what is in use
            if let Err(errors) = Catalogue::with_local(&files) {
                loaded.set(Some(Loaded::Invalid(errors)));
                return;
            }
            if let Err(why) = keep_and_reload(&files) {
                loaded.set(Some(Loaded::NotKept(why)));
            }
        });
    };
    let remove = move |name: Option<String>| {
        let files: Vec<(String, String)> = match &name {
            Some(name) => kept_now()
                .unwrap_or_default()
                .into_iter()
                .filter(|(n, _)| n != name)
                .collect(),
            None => Vec::new(),
        };
        if let Err(why) = keep_and_reload(&files) {
            loaded.set(Some(Loaded::NotKept(why)));
        }
    };
    // what a file that replaced a built-in standard left out, never silently
    let notes: Vec<String> = catalogue
        .standards
        .iter()
        .filter_map(Standard::replacement_note)
        .collect();
    view! {
        <section class="local-catalogue no-print" aria-labelledby="local-catalogue-heading" data-testid="local-catalogue">
            <h2 id="local-catalogue-heading">"Your own catalogue files"</h2>
            {local.problem.clone().map(|p| view! { <p class="notice" role="alert">{p}</p> })}
            {if local.files.is_empty() {
                view! {
                    <p>"If you hold standards that are not public, write their requirements in TOML files as "
                        <code>"standards/"</code> " does and load them here. A file's standard is added, or "
                        "replaces the built-in one of its id as a whole. The files are kept in this browser's "
                        "storage on this machine only, and never leave it."</p>
                }.into_any()
            } else {
                view! {
                    <p>{if local.in_use() {
                        "In use, beside the built-in catalogue (kept in this browser's storage on this machine only):"
                    } else {
                        "Kept in this browser, but not in use: they have errors, so the built-in catalogue is used until they are fixed or removed."
                    }}</p>
                    <ul class="local-files">
                        {local.files.iter().map(|(name, _)| {
                            let name = name.clone();
                            let label = format!("Remove {name}");
                            view! {
                                <li><code>{name.clone()}</code> " "
                                    <button type="button" aria-label=label on:click=move |_| remove(Some(name.clone()))>"Remove"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <CatalogueErrors errors=local.errors.clone() />
                    {(!notes.is_empty()).then(|| view! {
                        <ul class="replaced-notes" data-testid="replaced-notes">
                            {notes.into_iter().map(|note| view! { <li>{note}</li> }).collect_view()}
                        </ul>
                    })}
                    <p><button type="button" on:click=move |_| remove(None)>"Remove all and use the built-in catalogue"</button></p>
                }.into_any()
            }}
            <p>
                <label for="catalogue-picker">"Load catalogue files (.toml)"</label> " "
                <input id="catalogue-picker" type="file" multiple accept=".toml,text/plain"
                    on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        let files = browser::files_of(input.files());
                        load(files);
                        input.set_value("");
                    } />
            </p>
            <p>"The page reloads with the new catalogue; what you pasted and loaded is kept."</p>
            <div aria-live="polite" data-testid="local-catalogue-result">
                {move || loaded.get().map(|l| match l {
                    Loaded::Unreadable(files) => view! {
                        <div class="file-errors" role="alert">
                            <p><strong>"Nothing was changed: these files could not be read."</strong></p>
                            <ul>{files.into_iter().map(|(name, why)| view! { <li><code>{name}</code> ": " {why}</li> }).collect_view()}</ul>
                        </div>
                    }.into_any(),
                    Loaded::Invalid(errors) => view! {
                        <div role="alert">
                            <p><strong>"Nothing was changed: with these files the catalogue has errors."</strong></p>
                            <CatalogueErrors errors=errors />
                        </div>
                    }.into_any(),
                    Loaded::NotKept(why) => view! {
                        <p class="notice" role="alert">"The catalogue files could not be kept in this browser: " {why}</p>
                    }.into_any(),
                })}
            </div>
        </section>
    }
}

/// A catalogue's errors, each with its file and place.
#[component]
pub fn CatalogueErrors(errors: Vec<CatalogueError>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        view! {
            <div class="file-errors">
                <p><strong>{format!("✗ {} error(s) in the catalogue files", errors.len())}</strong></p>
                <ul>{errors.into_iter().map(|e| view! { <li><code>{e.to_string()}</code></li> }).collect_view()}</ul>
            </div>
        }
    })
}

/// Another tab of this page changed the kept catalogue files: this page keeps the catalogue it
/// started with (its views and report refer to it) until the user reloads it.
#[component]
pub fn OtherTabCatalogue() -> impl IntoView {
    let changed = RwSignal::new(false);
    let listener = window_event_listener_untyped("storage", move |event| {
        if browser::storage_event_key(&event).as_deref() == Some(KEY) {
            changed.set(true);
        }
    });
    on_cleanup(move || listener.remove());
    let problem = RwSignal::new(None::<String>);
    move || {
        changed.get().then(|| {
            view! {
                <div class="notice no-print" role="status" data-testid="other-tab-catalogue">
                    <p>"Another tab of this page has changed your own catalogue files. This tab still "
                        "uses the catalogue it opened with, until it is reloaded (your workspace is kept)."</p>
                    <p><button type="button" on:click=move |_| {
                        if let Err(why) = browser::reload() {
                            problem.set(Some(format!("The page could not be reloaded: {why}")));
                        }
                    }>"Reload now"</button></p>
                    {move || problem.get().map(|p| view! { <p role="alert">{p}</p> })}
                </div>
            }
        })
    }
}
