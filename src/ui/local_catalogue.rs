//! The user's own catalogue files in the page: read from this browser's storage when the page
//! starts, checked as the CLI's `--catalogue DIR` checks them, and added or removed on the
//! catalogue view. The page's catalogue is fixed for its lifetime, so a change is stored and the
//! page reloads (the workspace is kept) with the new catalogue.

use crate::catalogue::{Catalogue, CatalogueError};
use crate::ui::browser;
use crate::ui::workspace::{shown_file_name, Workspace};
use crate::ui::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Where the files are kept: a JSON list of `[name, text]`, sorted by name.
pub const KEY: &str = "stanag-check.catalogue.v1";

/// Why the kept files could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum Unread {
    /// This browser's storage cannot be read at all (blocked, or absent): there may be none.
    Storage(String),
    /// Something is kept under [`KEY`] that is not a list of files: left as it is.
    NotFiles(String),
}

/// The user's catalogue files as the page found them when it started.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LocalCatalogue {
    /// The files kept in this browser, by name.
    pub files: Vec<(String, String)>,
    /// Why those files are not in use (the built-in catalogue is): their errors, located.
    pub errors: Vec<CatalogueError>,
    /// Why the kept files could not be read.
    pub unread: Option<Unread>,
}

impl LocalCatalogue {
    /// The files are in use: the page's catalogue is the built-in one plus them.
    fn in_use(&self) -> bool {
        !self.files.is_empty() && self.errors.is_empty()
    }

    /// Files the user kept are not in use, which every view says. (Storage that cannot be read
    /// at all is said on the catalogue view only: most users never kept a file.)
    pub fn not_in_use(&self) -> Option<&'static str> {
        if !self.errors.is_empty() {
            Some("they have errors")
        } else if matches!(self.unread, Some(Unread::NotFiles(_))) {
            Some("they cannot be read")
        } else {
            None
        }
    }
}

/// The files kept now (another tab may have changed them since this page started).
fn kept_now() -> Result<Vec<(String, String)>, Unread> {
    let stored = browser::read_key(KEY).map_err(|e| {
        Unread::Storage(format!(
            "this browser's storage cannot be read, so no catalogue files can be kept: {e}"
        ))
    })?;
    match stored {
        None => Ok(Vec::new()),
        Some(text) => serde_json::from_str::<Vec<(String, String)>>(&text)
            .map(|files| {
                // (names are kept as `shown_file_name` made them; one kept before it was, too)
                files
                    .into_iter()
                    .map(|(name, text)| (shown_file_name(&name), text))
                    .collect()
            })
            .map_err(|e| {
                Unread::NotFiles(format!(
                    "what this browser keeps under `{KEY}` is not a list of catalogue files \
                     ({e}); it is left as it is until you remove it"
                ))
            }),
    }
}

impl Unread {
    pub fn message(&self) -> &str {
        match self {
            Unread::Storage(m) | Unread::NotFiles(m) => m,
        }
    }
}

/// Reads the kept files and makes the page's catalogue: the built-in one plus those files, or
/// the built-in one alone (with the files' errors said) when they do not make a valid catalogue.
/// The files stay kept either way: nothing the user loaded is dropped unasked.
pub fn open() -> (Result<Catalogue, Vec<CatalogueError>>, LocalCatalogue) {
    let mut local = LocalCatalogue::default();
    match kept_now() {
        Ok(files) => local.files = files,
        Err(unread) => local.unread = Some(unread),
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
    crate::sort_by(&mut files, Ord::cmp);
    files
}

/// Why the page did not reload with a changed catalogue.
enum NotReloaded {
    /// Nothing was stored.
    Unchanged(String),
    /// The files were stored, but the page did not reload.
    Stored(String),
}

impl From<Unread> for NotReloaded {
    fn from(unread: Unread) -> Self {
        NotReloaded::Unchanged(unread.message().to_string())
    }
}

impl NotReloaded {
    fn message(&self) -> String {
        match self {
            NotReloaded::Unchanged(why) => format!("Nothing was changed: {why}."),
            NotReloaded::Stored(why) => format!(
                "Your catalogue files are kept, but the page could not reload ({why}): reload \
                 it to use them."
            ),
        }
    }
}

/// Saves the workspace for a reload the page makes by itself to take a new catalogue: every
/// file kept as a reload keeps it, and one with no readable version too (the new catalogue may
/// read it). The page's own workspace is changed only when the reload follows, so that a save
/// on leaving the page keeps the same.
fn save_for_reload(state: AppState) -> Result<(), String> {
    let stored = state.workspace.with_untracked(|w| {
        let mut held = w.clone();
        held.hold_as_shown();
        held.to_stored()
    });
    match stored {
        Some(json) => browser::store(&json),
        None => browser::forget_stored(),
    }
    .map_err(|e| format!("your workspace could not be saved first ({e})"))
}

/// Reloads the page once its workspace is saved for the reload.
fn reload(state: AppState) -> Result<(), String> {
    state.workspace.update_untracked(Workspace::hold_as_shown);
    browser::reload()
}

/// Reloads the page, keeping the workspace (another tab changed the catalogue files). When
/// another tab has saved its workspace since this one last saved, the stored one is that tab's,
/// newer than this one's, and a reload is no change of this tab's: it is left as it is, and
/// the page reloads with it (the notice says so; "Keep this tab's" first keeps this one).
fn reload_keeping(state: AppState) -> Result<(), String> {
    // (another tab that cleared its workspace left nothing to lose: this one's is kept)
    if state.other_tab.get_untracked() != Some(crate::ui::OtherTabDid::Saved) {
        save_for_reload(state)?;
    }
    reload(state)
}

/// Keeps `files` as the user's catalogue and reloads the page with it (none: the built-in one).
fn keep_and_reload(state: AppState, files: &[(String, String)]) -> Result<(), NotReloaded> {
    // the workspace first: a storage quota the files fill must not cost the user their specs
    save_for_reload(state).map_err(NotReloaded::Unchanged)?;
    if files.is_empty() {
        browser::remove_key(KEY).map_err(NotReloaded::Unchanged)?;
    } else {
        let text =
            serde_json::to_string(files).map_err(|e| NotReloaded::Unchanged(e.to_string()))?;
        browser::write_key(KEY, &text)
            .map_err(|e| NotReloaded::Unchanged(format!("the files could not be kept ({e})")))?;
    }
    reload(state).map_err(NotReloaded::Stored)
}

/// The errors the files kept and in use would have without `name`, when they would have any:
/// what removing it would leave out of use.
fn left_out_without(local: &LocalCatalogue, name: &str) -> Option<Vec<CatalogueError>> {
    if !local.in_use() {
        return None;
    }
    let rest: Vec<(String, String)> = local
        .files
        .iter()
        .filter(|(n, _)| n != name)
        .cloned()
        .collect();
    if rest.is_empty() {
        return None;
    }
    Catalogue::with_local(&rest).err()
}

/// What loading or removing files found, until the page reloads.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// Files that could not be taken, by name; and the mistakes of the others, which are all
    /// said in the same load.
    Refused(Vec<(String, String)>, Vec<CatalogueError>),
    /// The files read, with those kept, do not make a valid catalogue.
    Invalid(Vec<CatalogueError>),
    /// Nothing was changed, or the page did not reload: said as is.
    NotKept(String),
}

/// The user's catalogue files on the catalogue view: what is in use, the notes and errors, and
/// the buttons to load and remove files.
#[component]
pub fn LocalCataloguePanel(state: AppState, local: &'static LocalCatalogue) -> impl IntoView {
    let catalogue = state.catalogue;
    let outcome: RwSignal<Option<Outcome>> = RwSignal::new(None);
    let not_kept = move |failed: NotReloaded| {
        outcome.set(Some(Outcome::NotKept(failed.message())));
        // the confirmation that asked is gone: the focus goes where keeping would put it
        browser::focus_next_frame(|| browser::focus_id("catalogue-picker"));
    };
    let load = move |files: Vec<web_sys::File>| {
        outcome.set(None);
        spawn_local(async move {
            let mut read = Vec::new();
            let mut refused = Vec::new();
            for file in files {
                let name = shown_file_name(&file.name());
                if let Some(why) = crate::catalogue::refused_local_name(&name) {
                    refused.push((name, why.to_string()));
                    continue;
                }
                match browser::read_file(file).await {
                    Ok(text) => read.push((name, text)),
                    Err(why) => refused.push((name, why)),
                }
            }
            if !refused.is_empty() {
                // the files that were read are checked too (with those kept), so that a file
                // that is not UTF-8 does not hide the others' mistakes
                let others = match kept_now() {
                    Ok(kept) if !read.is_empty() => Catalogue::with_local(&merged(&kept, read))
                        .err()
                        .unwrap_or_default(),
                    _ => Vec::new(),
                };
                outcome.set(Some(Outcome::Refused(refused, others)));
                return;
            }
            if read.is_empty() {
                return;
            }
            // with the files kept now: another tab may have changed them
            let kept = match kept_now() {
                Ok(kept) => kept,
                Err(unread) => return not_kept(unread.into()),
            };
            let files = merged(&kept, read);
            // checked before it is kept: a set with errors never replaces what is in use
            if let Err(errors) = Catalogue::with_local(&files) {
                outcome.set(Some(Outcome::Invalid(errors)));
                return;
            }
            if let Err(why) = keep_and_reload(state, &files) {
                not_kept(why);
            }
        });
    };
    // which removal is asked about: one file, or all (`None`)
    let asking: RwSignal<Option<Option<String>>> = RwSignal::new(None);
    let remove = move |name: Option<String>| {
        asking.set(None);
        let files: Vec<(String, String)> = match &name {
            Some(name) => match kept_now() {
                Ok(kept) => kept.into_iter().filter(|(n, _)| n != name).collect(),
                Err(unread) => return not_kept(unread.into()),
            },
            None => Vec::new(),
        };
        if let Err(why) = keep_and_reload(state, &files) {
            not_kept(why);
        }
    };
    let ask = move |name: Option<String>| {
        outcome.set(None);
        asking.set(Some(name));
        browser::focus_next_frame(|| browser::focus_id("catalogue-keep"));
    };
    let keep = move || {
        asking.set(None);
        browser::focus_next_frame(|| browser::focus_id("catalogue-picker"));
    };
    // what a file replaced of the built-in catalogue (a standard's requirements it left out, a
    // property, a pair rule), never silently
    let notes: Vec<String> = catalogue.replacement_notes();
    let removable = !local.files.is_empty() || matches!(local.unread, Some(Unread::NotFiles(_)));
    view! {
        <section class="local-catalogue no-print" aria-labelledby="local-catalogue-heading" data-testid="local-catalogue">
            <h2 id="local-catalogue-heading">"Your own catalogue files"</h2>
            {local.unread.as_ref().map(|u| view! { <p class="notice" role="alert">{u.message().to_string()}</p> })}
            {if local.files.is_empty() {
                view! {
                    <p>"If you hold standards that are not public, write their requirements in TOML files as "
                        <code>"standards/"</code> " does and load them here. A file's standard is added, or "
                        "replaces the built-in one of its id as a whole; a " <code>"dictionary.toml"</code> " or "
                        <code>"codes.toml"</code> " adds properties, kinds or codes. The files are kept in this "
                        "browser's storage on this machine only, and never leave it."</p>
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
                                    <button type="button" aria-label=label on:click=move |_| ask(Some(name.clone()))>"Remove"</button>
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
                }.into_any()
            }}
            {removable.then(|| view! {
                <p><button type="button" on:click=move |_| ask(None)>"Remove all and use the built-in catalogue"</button></p>
            })}
            {move || asking.get().map(|which| {
                let what = match &which {
                    Some(name) => format!("Remove {name} from this browser?"),
                    None => "Remove all your catalogue files from this browser?".to_string(),
                };
                // files in use that need the one removed (a dictionary's properties, a code file's
                // trigraphs) would be left out of use: said before, as a load is checked before
                let left_out = which.as_ref().and_then(|name| left_out_without(local, name));
                view! {
                    <div class="notice confirm" role="alertdialog" aria-labelledby="catalogue-confirm" data-testid="catalogue-confirm"
                        on:keydown=move |ev| if ev.key() == "Escape" { keep() }>
                        <p id="catalogue-confirm">
                            {what} " Only a copy you have elsewhere can bring it back. The page then reloads "
                            "with the catalogue left; your workspace is kept."
                        </p>
                        {left_out.map(|errors| {
                            let first = errors.first().map(|e| crate::ui::coded(&e.to_string()));
                            view! {
                                <p data-testid="catalogue-confirm-left-out">
                                    <strong>"Your other files need it: "</strong>
                                    {format!(
                                        "without it they have {}, so they would be kept but not in use, and the \
                                         built-in catalogue used until they are fixed. The first: ",
                                        crate::suggest::counted(errors.len(), "error")
                                    )}
                                    {first}
                                </p>
                            }
                        })}
                        <button type="button" on:click=move |_| remove(which.clone())>"Remove"</button>
                        " " <button type="button" id="catalogue-keep" on:click=move |_| keep()>"Keep"</button>
                    </div>
                }
            })}
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
            <p>"Files are checked before they are kept; the page then reloads with the new catalogue, "
                "and what you pasted and loaded is kept."</p>
            <div aria-live="polite" data-testid="local-catalogue-result">
                {move || outcome.get().map(|o| match o {
                    Outcome::Refused(files, others) => view! {
                        <div class="file-errors" role="alert">
                            <p><strong>"Nothing was changed: these files were not taken."</strong></p>
                            <ul>{files.into_iter().map(|(name, why)| view! { <li><code>{name}</code> ": " {why}</li> }).collect_view()}</ul>
                            {(!others.is_empty()).then(|| view! {
                                <div>
                                    <p>"And with the other files the catalogue has errors:"</p>
                                    <CatalogueErrors errors=others />
                                </div>
                            })}
                        </div>
                    }.into_any(),
                    Outcome::Invalid(errors) => view! {
                        <div role="alert">
                            <p><strong>"Nothing was changed: with these files the catalogue has errors."</strong></p>
                            <CatalogueErrors errors=errors />
                        </div>
                    }.into_any(),
                    Outcome::NotKept(why) => view! {
                        <p class="notice" role="alert">{why}</p>
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
                <p><strong>{format!("✗ {} in the catalogue files", crate::suggest::counted(errors.len(), "error"))}</strong></p>
                // the file and place in code type; what the message quotes too, without backticks
                <ul>{errors.into_iter().map(|e| {
                    let place = match e.at {
                        Some(at) => format!("{}:{}:{}", e.file, at.line, at.col),
                        None => e.file.clone(),
                    };
                    view! { <li><code>{place}</code> ": " {crate::ui::coded(&e.message)}</li> }
                }).collect_view()}</ul>
            </div>
        }
    })
}

/// Another tab of this page changed the kept catalogue files: this page keeps the catalogue it
/// started with (its views and report refer to it) until the user reloads it.
#[component]
pub fn OtherTabCatalogue(state: AppState) -> impl IntoView {
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
                        "uses the catalogue it opened with, until it is reloaded "
                        {move || if state.other_tab.get() == Some(crate::ui::OtherTabDid::Saved) {
                            "(it then shows the workspace the other tab saved: to keep this tab's \
                             instead, choose \u{201c}Keep this tab's\u{201d} first)."
                        } else {
                            "(your workspace is kept)."
                        }}</p>
                    <p><button type="button" on:click=move |_| {
                        if let Err(why) = reload_keeping(state) {
                            problem.set(Some(format!("The page was not reloaded: {why}.")));
                        }
                    }>"Reload now"</button></p>
                    {move || problem.get().map(|p| view! { <p role="alert">{p}</p> })}
                </div>
            }
        })
    }
}
