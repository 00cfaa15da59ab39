//! The check view: paste, pick or drop specs, load examples, see each file's errors next to it,
//! and read, filter, download or print the report.

use crate::spec::{Place, SpecError, Warning};
use crate::ui::browser;
use crate::ui::examples::EXAMPLES;
use crate::ui::link_panel::{LinkPanel, LinkState, ShareLink};
use crate::ui::links::{self, ResultLink, LINK_FILE_EXTENSION};
use crate::ui::report_view::{filter_note, PrintAll, ReportView};
use crate::ui::workspace::{Source, Workspace, PASTE_NAME};
use crate::ui::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// The name the downloaded report is saved under.
pub const REPORT_FILE_NAME: &str = "stanag-check-report.json";

/// Reads picked or dropped files into the workspace, one by one, keeping each file's read error.
/// A result link file (or any file whose text is a link) opens like the link instead.
fn load_files(state: AppState, links: LinkState, files: Vec<web_sys::File>) {
    state.replaced.set(Vec::new());
    spawn_local(async move {
        // every file read first, then put in the workspace in one change: the files of one drop
        // are checked, saved and told (to a screen reader) together
        let mut read_files = Vec::with_capacity(files.len());
        for file in files {
            let name = crate::ui::workspace::shown_file_name(&file.name());
            let read = if name.to_lowercase().ends_with(LINK_FILE_EXTENSION) {
                browser::read_file_up_to(file, crate::link::MAX_LINK_CHARS * 2).await
            } else {
                browser::read_spec_file(file).await
            };
            read_files.push((name, read));
        }
        let mut specs = Vec::new();
        for (name, read) in read_files {
            state
                .load_errors
                .update(|errors| errors.retain(|(n, _)| n != &name));
            match read {
                Ok(text) => match links::link_in_file(&name, &text) {
                    Some(link) => links.open(link),
                    None => specs.push((name, text)),
                },
                Err(message) => state
                    .load_errors
                    .update(|errors| errors.push((name, message))),
            }
        }
        if specs.is_empty() {
            return;
        }
        let mut replaced = Vec::new();
        state.workspace.update(|w| {
            for (name, text) in specs {
                if w.put_file(&name, text, state.catalogue) {
                    replaced.push(name);
                }
            }
        });
        if !replaced.is_empty() {
            state.replaced.update(|r| r.extend(replaced));
        }
    });
}

#[component]
pub fn CheckPage(state: AppState, link: Option<ResultLink>) -> impl IntoView {
    let links = LinkState::new(state, link);
    // pasted text that does not read as a spec but may be a result link (or two): as the paste
    // was last parsed. An edit leaves it as it was until the text is parsed (in a later task,
    // not in the input event), and a change to another file does not touch it.
    let unread = Memo::new(move |before: Option<&Option<String>>| {
        state.workspace.with(|w| match &w.paste {
            paste if paste.pending() => before.cloned().flatten(),
            paste => (!paste.errors.is_empty()).then(|| paste.text.clone()),
        })
    });
    // …read as a link once it changes: one reading, for the paste area's offer and the report's
    // wait (each decoded it on every edit)
    let pasted = Memo::new(move |_| unread.with(|text| text.as_deref().and_then(pasted_link_in)));
    view! {
        <h1 tabindex="-1">"Check specifications"</h1>
        <LinkPanel links=links />
        // While a link is viewed without saving, its report stands in for the workspace's.
        <Show when=move || !links.viewing()>
            <InputPanel state=state links=links pasted=pasted />
            <ResultsPanel state=state links=links pasted=pasted />
        </Show>
    }
}

#[component]
fn InputPanel(
    state: AppState,
    links: LinkState,
    pasted: Memo<Option<PastedLink>>,
) -> impl IntoView {
    let catalogue = state.catalogue;
    let paste = Memo::new(move |_| state.workspace.with(|w| w.paste.clone()));
    let read = read_summaries(state);
    // a pasted result link: offer to open it (or, for a message of two different links, say
    // so: which one is meant is not known)
    let pasted_link = Memo::new(move |_| pasted.with(Option::is_some));
    let dragging = RwSignal::new(false);
    let fixed = RwSignal::new(Vec::<Arc<Fixed>>::new());
    // The paste area shows the workspace's text (restored, an example, a template, a link). It is
    // set only when it differs from what is there: setting a long text again, as after every
    // keystroke, makes the browser lay all of it out again.
    let paste_area = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        paste.with(|p| {
            if let Some(area) = paste_area.get() {
                if area.value() != p.text {
                    area.set_value(&p.text);
                }
            }
        })
    });
    // a screen reader hears that the pasted text has errors (which `paste-errors` describes)
    Effect::new(move |_| {
        let invalid = !pasted_link.get() && paste.with(|p| !p.errors.is_empty());
        if let Some(area) = paste_area.get() {
            let _ = area.set_attribute("aria-invalid", if invalid { "true" } else { "false" });
        }
    });
    view! {
        <section class="input no-print" aria-labelledby="input-heading">
            <h2 id="input-heading">"Specifications"</h2>
            <div class="examples" role="group" aria-labelledby="examples-label">
                <span id="examples-label">"Load an example: "</span>
                {EXAMPLES.iter().map(|&(name, text)| view! {
                    <button type="button" class="example"
                        on:click=move |_| state.workspace.update(|w| w.put_example(name, text, catalogue))>
                        {name}
                    </button>
                }).collect_view()}
            </div>
            <crate::ui::template_action::NewFromTemplate state=state />
            <label for="paste">"Paste a spec (JSON, TOML or YAML — the format is detected)"</label>
            <textarea id="paste" rows="12" spellcheck="false" autocomplete="off"
                aria-describedby="paste-errors" node_ref=paste_area
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    state.workspace.update(|w| w.edit_paste(text));
                }
            ></textarea>
            {move || match pasted.get() {
                Some(PastedLink::Two(why)) => Some(view! {
                    <p class="notice" data-testid="pasted-link">
                        "This is no spec: " {why} ", pasting one at a time."
                    </p>
                }.into_any()),
                Some(PastedLink::Opens) => Some(view! {
                <p class="notice" data-testid="pasted-link">
                    "This is a result link, not a spec. "
                    <button type="button" on:click=move |_| {
                        let text = paste.with_untracked(|p| p.text.clone());
                        if let Some(link) = link_pasted_in(&text) {
                            // the link's text is not the user's spec: the paste area keeps what
                            // the user wrote before it, and the link asks about that as about
                            // any workspace
                            state.workspace.update(|w| w.take_out_pasted_link(catalogue));
                            links.open(link);
                        }
                    }>"Open the link"</button>
                </p>
                }.into_any()),
                None => None,
            }}
            <div id="paste-errors" data-testid="paste-errors" aria-live="polite">
                // a result link is no spec: its "errors" as one would only confuse the offer above
                {move || (!pasted_link.get()).then(|| paste.with(|p| view! { <SourceErrors state=state fixed=fixed which=Slot::Paste source=p.clone() /> }))}
            </div>
            <FixNote state=state fixed=fixed which=Slot::Paste />
            <p class="paste-state" data-testid="paste-state">
                {move || paste.with(|p| {
                    if p.is_blank() || !p.errors.is_empty() {
                        return String::new();
                    }
                    read.with(|r| r.iter().find(|(n, _)| n == &p.name).map(|(_, s)| format!("✓ Pasted text read {s}.")))
                        .unwrap_or_default()
                })}
            </p>
            <div class="dropzone" class:dragging=move || dragging.get() data-testid="dropzone"
                on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    dragging.set(false);
                    let files = browser::files_of(ev.data_transfer().and_then(|dt| dt.files()));
                    load_files(state, links, files);
                }>
                <label for="file-picker">"Load files"</label>
                <input id="file-picker" type="file" multiple accept=".json,.toml,.yaml,.yml,.stanag-link,application/json,text/plain"
                    on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        let files = browser::files_of(input.files());
                        load_files(state, links, files);
                        // Picking the same file again (after editing it on disk) must load it again.
                        input.set_value("");
                    } />
                <p>"…or drop files here. Several at once are fine; each is checked on its own."</p>
            </div>
            <FileList state=state fixed=fixed />
            <ClearWorkspace state=state />
            {move || state.notice.get().map(|n| view! { <p class="notice" role="alert">{n}</p> })}
            <UnkeptWorkspace state=state />
        </section>
    }
}

#[component]
fn FileList(state: AppState, fixed: RwSignal<Vec<Arc<Fixed>>>) -> impl IntoView {
    let files = Memo::new(move |_| state.workspace.with(|w| w.files.clone()));
    let read = read_summaries(state);
    // what a load or a removal did, told to a screen reader in a few words (the list itself is
    // not a live region: each change would read it all out again)
    let said = RwSignal::new(String::new());
    Effect::new(move |before: Option<Vec<String>>| {
        let names: Vec<String> = files.with(|f| f.iter().map(|s| s.name.clone()).collect());
        if let Some(before) = before {
            // a file that did not read is said with its errors, as the list marks it: "Loaded"
            // alone would tell a screen reader that all went well
            let loaded: Vec<String> = files.with(|f| {
                f.iter()
                    .filter(|s| !before.contains(&s.name))
                    .map(|s| match crate::spec::error_count(&s.errors) {
                        0 => s.name.clone(),
                        n => format!("{} ({})", s.name, crate::suggest::counted(n, "error")),
                    })
                    .collect()
            });
            let removed: Vec<&str> = before
                .iter()
                .filter(|n| !names.contains(n))
                .map(String::as_str)
                .collect();
            let mut told = Vec::new();
            if !loaded.is_empty() {
                told.push(format!("Loaded {}.", loaded.join(", ")));
            }
            if !removed.is_empty() {
                told.push(format!("Removed {}.", removed.join(", ")));
            }
            if !told.is_empty() {
                said.set(told.join(" "));
            }
        }
        names
    });
    view! {
        <p role="status" class="visually-hidden" data-testid="files-said">{move || said.get()}</p>
        {move || {
            let load_errors = state.load_errors.get();
            (!load_errors.is_empty()).then(|| view! {
                <ul class="load-errors" role="alert">
                    {load_errors.into_iter().map(|(name, message)| view! {
                        <li><strong>{name}</strong> " could not be loaded: " {crate::ui::coded(&message)}</li>
                    }).collect_view()}
                </ul>
            })
        }}
        {move || {
            let replaced = state.replaced.get();
            (!replaced.is_empty()).then(|| view! {
                <ul class="load-notes" role="status" data-testid="replaced">
                    {replaced.into_iter().map(|name| view! {
                        <li><strong>{name}</strong> ": this version replaces the one loaded \
                            before (files are known by name: if it is another file that has the \
                            same name, load it under a name of its own to keep both)"</li>
                    }).collect_view()}
                </ul>
            })
        }}
        <div>{move || {
            let files = files.get();
            if files.is_empty() {
                return view! { <p class="no-files">"No file loaded."</p> }.into_any();
            }
            let read = read.get();
            view! {
                <ul class="files" aria-label="Loaded files" data-testid="files">
                    {files.into_iter().enumerate().map(|(at, file)| {
                        let name = file.name.clone();
                        let state_text = if file.errors.is_empty() {
                            let summary = read.iter().find(|(n, _)| n == &name).map(|(_, s)| s.as_str());
                            format!("✓ read {}", summary.unwrap_or(""))
                        } else {
                            format!("✗ {}", crate::suggest::counted(crate::spec::error_count(&file.errors), "error"))
                        };
                        let remove_name = name.clone();
                        view! {
                            <li class="file" data-file=name.clone()>
                                <span class="file-name">{name.clone()}</span>
                                " " <span class="file-state">{state_text}</span>
                                " " <button type="button" class="remove" id=format!("remove-{at}")
                                    on:click=move |_| {
                                        state.workspace.update(|w| w.remove_file(&remove_name));
                                        // the focus goes to the next file's button, else the
                                        // one before, else the file picker
                                        browser::focus_next_frame(move || {
                                            browser::focus_id(&format!("remove-{at}"))
                                                || at.checked_sub(1).is_some_and(|before| {
                                                    browser::focus_id(&format!("remove-{before}"))
                                                })
                                                || browser::focus_id("file-picker")
                                        });
                                    }>
                                    "Remove" <span class="visually-hidden">" " {name.clone()}</span>
                                </button>
                                <SourceErrors state=state fixed=fixed which=Slot::File(name.clone()) source=file />
                                <FixNote state=state fixed=fixed which=Slot::File(name.clone()) />
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}</div>
    }
}

/// For every input in the report: its name and "as YAML, 11 items".
fn read_summaries(state: AppState) -> Memo<Vec<(String, String)>> {
    Memo::new(move |_| {
        state.checked.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.report
                        .inputs
                        .iter()
                        .map(|i| {
                            (
                                i.file.clone(),
                                format!(
                                    "as {}, {}",
                                    i.format.name(),
                                    crate::suggest::counted(i.items, "item")
                                ),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
    })
}

/// A place in a source, as its list shows it: `line:col`, then the item and property when known.
fn place_parts(place: &Place) -> (String, String) {
    (format!("{}:{}", place.line, place.col), place.context())
}

/// One error or warning, placed; when it is of the paste area (`paste` holds its text), the place
/// is a button to it.
fn placed_line(paste: Option<&str>, place: &Place, message: String) -> impl IntoView {
    let (at, context) = place_parts(place);
    let place = if let Some(text) = paste {
        let text = text.to_string();
        let pos = crate::document::Pos {
            line: place.line,
            col: place.col,
        };
        // the name starts with what the button shows (`4:13`), for speech input
        let label = format!(
            "{at}: go to line {}, column {} of the pasted text",
            pos.line, pos.col
        );
        view! {
            <button type="button" class="place-link" aria-label=label
                on:click=move |_| {
                    browser::place_caret("paste", crate::document::utf16_offset(&text, pos));
                }>
                <code class="place">{at}</code>
            </button>
        }
        .into_any()
    } else {
        view! { <code class="place">{at}</code> }.into_any()
    };
    view! {
        <li>
            {place} ": "
            {(!context.is_empty()).then(|| view! { {crate::ui::coded(&context)} ": " })}
            {crate::ui::coded(&message)}
        </li>
    }
}

/// Every error of a text that could not be read, each with its place, then its warnings, which
/// may explain an error. `paste` is the paste area's text when the places are in it.
pub(super) fn placed_problems(
    errors: &[SpecError],
    warnings: &[Warning],
    paste: Option<&str>,
) -> impl IntoView {
    view! {
        <ul data-testid="file-errors-list">
            {errors.iter().map(|e| placed_line(paste, &e.place, e.problem.to_string())).collect_view()}
        </ul>
        {(!warnings.is_empty()).then(|| view! {
            <p>"Its warnings, which may explain an error:"</p>
            <ul data-testid="file-warnings">
                {warnings.iter().map(|w| placed_line(paste, &w.place, format!("warning: {}", w.message))).collect_view()}
            </ul>
        })}
    }
}

/// Which source a fix is for: the paste area, or the loaded file of a name (a file may be named
/// as the paste area is checked, `pasted`: the two are never taken for each other).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Slot {
    Paste,
    File(String),
}

impl Slot {
    /// Its text in the workspace, if it is there.
    fn text<'w>(&self, w: &'w Workspace) -> Option<&'w str> {
        match self {
            Slot::Paste => Some(&w.paste.text),
            Slot::File(name) => w
                .files
                .iter()
                .find(|f| f.name == *name)
                .map(|f| f.text.as_str()),
        }
    }

    /// The name its text is read under (the paste area's is [`PASTE_NAME`]).
    fn name(&self) -> &str {
        match self {
            Slot::Paste => PASTE_NAME,
            Slot::File(name) => name,
        }
    }

    /// Gives it `text`.
    fn put(&self, state: AppState, text: String) {
        state.workspace.update(|w| match self {
            // (read now, not after a pause as typing is: the button the focus goes to is drawn
            // from what it finds)
            Slot::Paste => {
                w.edit_paste(text);
                w.settle_pending(state.catalogue);
            }
            Slot::File(name) => {
                w.put_file(name, text, state.catalogue);
            }
        });
    }

    /// The id of its element `what` (`apply-fixes`, `undo-fixes`): a file's by a hash of its
    /// name, which may hold any character.
    fn id(&self, what: &str) -> String {
        match self {
            Slot::Paste => format!("{what}-paste"),
            Slot::File(name) => {
                format!("{what}-{}", crate::fingerprint::fnv1a64(name.as_bytes()))
            }
        }
    }
}

/// The fixes last made to a source's text by its errors' suggestions (one entry per source), and
/// its text before and after them: told, and undone, while the source holds that text.
#[derive(Debug, PartialEq)]
struct Fixed {
    slot: Slot,
    before: String,
    mended: crate::fix::Mended,
}

/// The button that makes the fixes a source's errors say for certain ([`crate::fix::mend`]);
/// the focus then goes to the note's undo.
fn fix_button(
    state: AppState,
    fixed: RwSignal<Vec<Arc<Fixed>>>,
    slot: Slot,
    source: &Source,
) -> impl IntoView {
    let offered = crate::fix::any_said(&source.text, &source.errors);
    offered.then(|| {
        let id = slot.id("apply-fixes");
        view! {
            <p class="fix-offer">
                <button type="button" id=id data-testid="apply-fixes" on:click=move |_| {
                    // (the text as it is now, read once at the click, not kept by every drawing)
                    let Some(text) = state.workspace.with_untracked(|w| slot.text(w).map(str::to_string)) else {
                        return;
                    };
                    let Some(mended) = crate::fix::mend(slot.name(), &text, &state.catalogue.dictionary) else {
                        return;
                    };
                    let after = mended.text.clone();
                    let done = Arc::new(Fixed {
                        slot: slot.clone(),
                        before: text,
                        mended,
                    });
                    fixed.update(|all| {
                        all.retain(|f| f.slot != slot);
                        all.push(done);
                    });
                    slot.put(state, after);
                    let undo = slot.id("undo-fixes");
                    browser::focus_next_frame(move || browser::focus_id(&undo));
                }>"Apply the suggested fixes"</button>
                " — writes what the messages below say to write where that is certain (a decimal \
                 comma, a stray quote or space); nothing that needs your judgement is changed, \
                 and it can be undone."
            </p>
        }
    })
}

/// How many fixes a note lists; the rest are counted.
const FIXES_LISTED: usize = 20;

/// What the last fixes of the source in `slot` changed, with an undo and (for a loaded file,
/// whose copy on disk is unchanged) a download of the fixed text, while the source holds it.
#[component]
fn FixNote(state: AppState, fixed: RwSignal<Vec<Arc<Fixed>>>, which: Slot) -> impl IntoView {
    let slot = which;
    // (a memo: the note is drawn again only when it changes, not on every edit of any source)
    let shown = {
        let slot = slot.clone();
        Memo::new(move |_| {
            let done = fixed.with(|all| all.iter().find(|f| f.slot == slot).cloned())?;
            let holds = state
                .workspace
                .with(|w| slot.text(w).is_some_and(|t| *t == done.mended.text));
            holds.then_some(done)
        })
    };
    move || {
        let done = shown.get()?;
        let fixes = &done.mended.fixes;
        let count = fixes.len();
        let listed: Vec<_> = fixes.iter().take(FIXES_LISTED).cloned().collect();
        let unlisted = count - listed.len();
        let file_name = match &slot {
            Slot::File(name) => Some(name.clone()),
            Slot::Paste => None,
        };
        let problem = RwSignal::new(None::<String>);
        let (undo_slot, before) = (slot.clone(), done.before.clone());
        let after = done.mended.text.clone();
        Some(view! {
            <div class="fix-note" role="status" data-testid="fix-note">
                <p>
                    {format!("Made {}", crate::suggest::counted(count, "change"))}
                    {file_name.is_some().then_some(" (the file on your disk is unchanged: download the fixed one to keep it)")}
                    ":"
                </p>
                <ul>
                    {listed.into_iter().map(|f| view! {
                        <li>"line " {f.line} ": " {crate::ui::coded(&f.change())}</li>
                    }).collect_view()}
                    {(unlisted > 0).then(|| view! { <li>{format!("and {unlisted} more")}</li> })}
                </ul>
                {done.mended.unfinished.then(|| view! {
                    <p data-testid="fixes-unfinished">"More fixes are left than one go makes: apply them again."</p>
                })}
                <p>
                    <button type="button" id=slot.id("undo-fixes") data-testid="undo-fixes" on:click=move |_| {
                        undo_slot.put(state, before.clone());
                        fixed.update(|all| all.retain(|f| f.slot != undo_slot));
                        let apply = undo_slot.id("apply-fixes");
                        browser::focus_next_frame(move || browser::focus_id(&apply));
                    }>"Undo the fixes"</button>
                    {file_name.map(|file_name| view! {
                        " "
                        <button type="button" data-testid="download-fixed" on:click=move |_| {
                            problem.set(browser::download(&file_name, "text/plain", &after).err()
                                .map(|e| format!("The download did not start: {e}")));
                        }>"Download the fixed file"</button>
                    })}
                    {move || problem.get().map(|p| view! { " " <span role="alert">{p}</span> })}
                </p>
            </div>
        })
    }
}

#[component]
fn SourceErrors(
    state: AppState,
    fixed: RwSignal<Vec<Arc<Fixed>>>,
    which: Slot,
    source: Source,
) -> impl IntoView {
    if source.errors.is_empty() {
        return ().into_any();
    }
    // (what a reload brings back: `Workspace::kept`; a source with a readable version is
    // always kept as shown)
    let fate = match (source.is_stale(), source.is_kept_as_shown()) {
        (true, _) => " — the report still shows the last version that could be read.",
        (false, true) => " — it is left out of the report until it can be read.",
        (false, false) => {
            " — it is left out of the report until it can be read, and it is not kept when \
             the page reloads: fix the file and load it again."
        }
    };
    // a template as it was given, or part filled in: its empty fields are a list of what is
    // left to do, not mistakes
    let unfilled = source.errors.iter().all(|e| e.problem.is_unfilled());
    let name = crate::ui::workspace::shown_name(&source.name).to_string();
    let count = crate::spec::error_count(&source.errors);
    view! {
        <div class="file-errors" class:to-fill=unfilled>
            {if unfilled {
                view! {
                    <p>
                        <strong>{name} " has " {count} {if count == 1 { " field" } else { " fields" }} " left to fill in"</strong>
                        " — write what the data sheet states, or delete the lines it does not; "
                        "it is checked once none is left empty."
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <p>
                        <strong>"✗ " {name} " has " {crate::suggest::counted(count, "error")}</strong>
                        {fate}
                    </p>
                }
                .into_any()
            }}
            {fix_button(state, fixed, which, &source)}
            {placed_problems(&source.errors, &source.warnings, (source.name == PASTE_NAME).then_some(source.text.as_str()))}
        </div>
    }
    .into_any()
}

/// Pasted text that does not read as a spec but is a result link.
#[derive(Debug, Clone, PartialEq, Eq)]
enum PastedLink {
    /// A link that opens: the paste area offers to open it, and the report says it waits for that.
    Opens,
    /// A message with two different result links, said with their places: which one is meant is
    /// not known, so none is offered (as a dropped file of two links is told).
    Two(String),
}

/// What the pasted `text`, which does not read as a spec, holds when it is a result link (or
/// two).
fn pasted_link_in(text: &str) -> Option<PastedLink> {
    // (the text read as a link once: a link, or two, else a link on a line of its own)
    match links::link_in_file(PASTE_NAME, text) {
        Some(ResultLink::Opened(_)) => Some(PastedLink::Opens),
        Some(ResultLink::Broken(error @ crate::link::LinkError::TwoLinks { .. })) => {
            Some(PastedLink::Two(error.to_string()))
        }
        _ => link_on_its_line(text).map(|_| PastedLink::Opens),
    }
}

/// The result link pasted into the paste area that opens: all of its text, or a line of its own
/// below (or among) a draft (which the core reads as a spec, that line its error).
fn link_pasted_in(text: &str) -> Option<ResultLink> {
    opening(text).or_else(|| link_on_its_line(text))
}

/// `text` as a link that opens.
fn opening(text: &str) -> Option<ResultLink> {
    match links::link_in_file(PASTE_NAME, text) {
        Some(link @ ResultLink::Opened(_)) => Some(link),
        _ => None,
    }
}

/// The link on a line of its own below (or among) a draft, which the core reads as a spec,
/// that line its error.
fn link_on_its_line(text: &str) -> Option<ResultLink> {
    let (line, _) = crate::link::link_line(text)?;
    opening(
        crate::document::lines(text)
            .nth(line.checked_sub(1)?)?
            .trim(),
    )
}

#[component]
fn ResultsPanel(
    state: AppState,
    links: LinkState,
    pasted: Memo<Option<PastedLink>>,
) -> impl IntoView {
    let failures_only = state.views.failures_only;
    let in_file_order = state.views.in_file_order;
    // the user ticked or unticked the box (a reload that keeps it ticked announces nothing)
    let filter_toggled = RwSignal::new(false);
    let download_error = RwSignal::new(None::<String>);
    let print_all = RwSignal::new(false);
    // a request made while a report was drawn goes with that report: no later one prints unasked
    Effect::new(move |_| {
        if state.checked.with(Option::is_none) {
            print_all.set(false);
        }
    });
    provide_context(state.report_places);
    provide_context(PrintAll {
        asked: print_all,
        failed: download_error,
    });
    let has_errors = Memo::new(move |_| state.workspace.with(|w| w.with_errors().next().is_some()));
    let caveats = Memo::new(move |_| state.workspace.with(Workspace::report_caveats));
    let download = move |_| {
        // a link's files made with another catalogue keep that said, under `notices`, as the
        // command line's `check --link` keeps it
        let notices: Vec<String> = links.drift_of_workspace().into_iter().collect();
        let json = state.checked.with_untracked(|c| {
            c.as_ref().map(|c| {
                // the inputs it leaves out, or takes in an earlier version, are said in it
                let extra = caveats.get_untracked();
                if extra.is_empty() {
                    return c.report.to_json_noting(&notices);
                }
                let mut report = c.report.clone();
                report.warnings.splice(0..0, extra);
                report.to_json_noting(&notices)
            })
        });
        if let Some(json) = json {
            download_error.set(
                browser::download(REPORT_FILE_NAME, "application/json", &json)
                    .err()
                    .map(|e| format!("The download did not start: {e}")),
            );
        }
    };
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">"Report"</h2>
            // what a screen reader hears when the report changes (the summary line is redrawn)
            <p class="visually-hidden" role="status" data-testid="report-status">
                {move || state.checked.with(|c| c.as_ref().map(|c| format!("Report: {}.", c.report.summary)))}
            </p>
            {move || match state.checked.get() {
                None => view! {
                    <p class="empty" data-testid="no-report">
                        {move || if pasted.with(Option::is_some) && state.workspace.with(|w| w.files.iter().all(|f| f.errors.is_empty())) {
                            if pasted.get() == Some(PastedLink::Opens) {
                                "Nothing to check yet: the pasted text is a result link. Open it (above) to see its report."
                            } else {
                                "Nothing to check yet: the pasted text holds two result links. Paste one at a time to open it."
                            }
                        } else if has_errors.get() {
                            "Nothing to check yet: what you pasted or loaded has errors, listed above with their line and column. Fix them and the report appears here."
                        } else {
                            "Nothing checked yet: paste a spec, load files, or pick an example above."
                        }}
                    </p>
                }.into_any(),
                Some(checked) => view! {
                    <div class="toolbar no-print">
                        <label>
                            <input type="checkbox" prop:checked=move || failures_only.get()
                                on:change=move |ev| {
                                    failures_only.set(event_target_checked(&ev));
                                    filter_toggled.set(true);
                                } />
                            " Show failures only"
                        </label>
                        // the text report's order (what needs work first) unless the files' is asked
                        <label>
                            <input type="checkbox" prop:checked=move || in_file_order.get()
                                on:change=move |ev| in_file_order.set(event_target_checked(&ev)) />
                            " In the files' order"
                        </label>
                        // what the box now leaves out, told to a screen reader when it is ticked
                        // (the note above the items says it to the eye)
                        <span role="status" class="visually-hidden" data-testid="filter-status">
                            {
                                let checked = checked.clone();
                                move || filter_toggled.get().then(|| {
                                    if failures_only.get() {
                                        filter_note(&checked.report)
                                    } else {
                                        "Every item is shown.".to_string()
                                    }
                                })
                            }
                        </span>
                        <button type="button" on:click=download>"Download JSON report"</button>
                        // every item is drawn first, then the print dialog opens
                        <button type="button" on:click=move |_| print_all.set(true)>"Print"</button>
                        <span role="status">
                            {move || print_all.get().then_some("Preparing every item for printing…")}
                        </span>
                    </div>
                    <ShareLink state=state />
                    {move || has_errors.get().then(|| view! {
                        <div class="notice" data-testid="report-caveats">
                            <p>"Some inputs have errors (shown next to them): the report covers only what could be read."</p>
                            <ul>{move || caveats.get().into_iter().map(|w| view! { <li>{w.message}</li> }).collect_view()}</ul>
                        </div>
                    })}
                    {move || download_error.get().map(|e| view! { <p class="notice" role="alert">{e}</p> })}
                    <div data-testid="report" aria-busy=move || state.checking.get().to_string()>
                        {move || view! { <ReportView checked=checked.clone() failures_only=failures_only.get() in_file_order=in_file_order.get() /> }}
                    </div>
                }.into_any(),
            }}
        </section>
    }
}

/// "Clear workspace": asks first when there is anything to lose, since the stored copy goes too.
#[component]
fn ClearWorkspace(state: AppState) -> impl IntoView {
    let asking = RwSignal::new(false);
    let clear = move || {
        state.replace_workspace(Workspace::default());
        // the open pair names items (their ids) that are gone with it
        state.views.pair_open.set(None);
        asking.set(false);
        // the paste area is where a cleared workspace starts again
        browser::focus_next_frame(|| browser::focus_id("paste"));
    };
    // (and whether it is one thing or several: "It is removed", "They are removed")
    let several = move || {
        state
            .workspace
            .with(|w| w.files.len() + usize::from(!w.paste.is_blank()) > 1)
    };
    let what = move || {
        state.workspace.with(|w| {
            let files = match w.files.len() {
                0 => String::new(),
                1 => "1 loaded file".to_string(),
                n => format!("{n} loaded files"),
            };
            match (w.paste.is_blank(), files.is_empty()) {
                (false, false) => format!("the pasted text and {files}"),
                (false, true) => "the pasted text".to_string(),
                (true, _) => files,
            }
        })
    };
    // the question takes the focus on its safe answer; keeping (or Escape) gives it back
    let keep = move || {
        asking.set(false);
        browser::focus_next_frame(|| browser::focus_id("clear-start"));
    };
    view! {
        <p class="workspace-actions">
            <button type="button" id="clear-start" on:click=move |_| {
                if state.workspace.with_untracked(Workspace::is_empty) {
                    clear();
                } else {
                    asking.set(true);
                    browser::focus_next_frame(|| browser::focus_id("clear-keep"));
                }
            }>"Clear workspace"</button>
            {move || if state.not_kept.get() {
                " This browser's storage cannot keep all of this workspace: see below."
            } else {
                " The pasted text and the loaded files are kept in this browser only, until you clear them."
            }}
        </p>
        {move || asking.get().then(|| view! {
            <div class="notice confirm" role="alertdialog" aria-labelledby="clear-confirm" data-testid="clear-confirm"
                on:keydown=move |ev| if ev.key() == "Escape" { keep() }>
                <p id="clear-confirm">
                    "Clear " {what} "? " {move || if several() { "They are" } else { "It is" }}
                    " removed from this browser too, and cannot be brought back."
                </p>
                <button type="button" on:click=move |_| clear()>"Clear everything"</button>
                " " <button type="button" id="clear-keep" on:click=move |_| keep()>"Keep them"</button>
            </div>
        })}
    }
}

/// A stored workspace this page could not read nor put aside: offered as a file, until the
/// user's first change replaces it in storage.
#[component]
fn UnkeptWorkspace(state: AppState) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    move || {
        state.unkept.get().map(|text| {
            let save = move |_| match browser::download(UNKEPT_FILE_NAME, "application/json", &text)
            {
                Ok(()) => problem.set(None),
                Err(e) => problem.set(Some(format!("It could not be saved as a file: {e}"))),
            };
            view! {
                <p class="notice" data-testid="unkept-workspace">
                    <button type="button" on:click=save>"Save the old workspace as a file"</button>
                    {move || problem.get().map(|p| view! { " " <span role="alert">{p}</span> })}
                </p>
            }
        })
    }
}

/// The file a stored workspace this page cannot read is saved as.
const UNKEPT_FILE_NAME: &str = "stanag-check-workspace-unreadable.json";
