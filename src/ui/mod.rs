//! The page: a Leptos client-side app over the core. It parses, checks and renders in the
//! browser; it never decides a verdict (that is `check`) and never sends anything anywhere.

pub mod about_page;
pub mod ammunition;
pub mod bench;
pub mod browser;
pub mod catalogue_page;
pub mod check_page;
pub mod coverage;
pub mod examples;
pub mod levels;
pub mod link_panel;
pub mod links;
pub mod local_catalogue;
pub mod pairs_page;
pub mod report_view;
pub mod route;
pub mod template_action;
pub mod view_settings;
pub mod workspace;

use crate::catalogue::{Catalogue, CatalogueError};
use crate::check::check_items;
use crate::report::Report;
use crate::Checked;
use leptos::prelude::*;
use local_catalogue::LocalCatalogue;
use route::Route;
use std::sync::Arc;
use workspace::Workspace;

/// How long after an edit the workspace is checked again: long enough to gather a burst of
/// keystrokes into one check, short enough to read as immediate.
pub const CHECK_DELAY: std::time::Duration = std::time::Duration::from_millis(30);

/// Runs `f` in a task of its own, after the browser has had its turn.
fn next_task(f: impl FnOnce() + 'static) {
    set_timeout(f, std::time::Duration::ZERO);
}

/// The id of the element the app renders into (index.html provides it).
pub const ROOT_ID: &str = "app";

/// What every view shares: the catalogue (parsed once), the workspace and its check.
#[derive(Clone, Copy)]
pub struct AppState {
    pub catalogue: &'static Catalogue,
    pub workspace: RwSignal<Workspace>,
    /// The workspace's check. After an edit it is redone in a task of its own (see
    /// [`AppState::new`]), so typing or pasting never waits for checking and drawing.
    pub checked: ReadSignal<Option<Arc<Checked>>>,
    /// True from an edit until its check is in `checked` (the report is then `aria-busy`).
    pub checking: ReadSignal<bool>,
    /// Problems with files that could not be read at all (too large, not UTF-8), by file name.
    pub load_errors: RwSignal<Vec<(String, String)>>,
    /// Files of the latest load that replaced a different file of the same name (a file is known
    /// by its name: an edited file loaded again replaces its old text, and so does another
    /// folder's file of that name), said so that neither goes unnoticed.
    pub replaced: RwSignal<Vec<String>>,
    /// A problem with this browser's storage, said once.
    pub notice: RwSignal<Option<String>>,
    /// The last save kept less than the workspace (storage is full or blocked): a reload would
    /// lose some of it, so leaving the page asks first.
    pub not_kept: RwSignal<bool>,
    /// Stores the workspace now (it is otherwise stored a moment after each change).
    pub save_now: Callback<()>,
    /// A stored workspace this page could not read and could not put aside either: it stays
    /// stored until the user's first change, and the notice offers it as a file meanwhile.
    pub unkept: RwSignal<Option<Arc<str>>>,
    /// What another tab of this page did to the stored workspace since this tab last saved:
    /// told on every view (see [`OtherTab`]).
    pub other_tab: RwSignal<Option<OtherTabDid>>,
    /// How the user left the views (failures only, the matrix's kinds and open pair): kept while
    /// the user visits other views, and over a reload.
    pub views: view_settings::Views,
    /// Where the user was in the report, kept while they visit other views.
    pub report_places: report_view::ReportPlaces,
    /// Why the user's own catalogue files are not in use (the built-in catalogue is), where
    /// they kept some ([`LocalCatalogue::not_in_use`]): a link's drift notice says so.
    pub own_files_unused: Option<&'static str>,
}

/// What another tab did to the stored workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtherTabDid {
    /// It saved a workspace other than this tab's, which this tab can show instead.
    Saved,
    /// It cleared its workspace (this tab's next change saves this one again).
    Cleared,
}

impl AppState {
    /// Puts `workspace` in place of the one the page holds (clearing it, or taking another
    /// tab's): the notes about the old one's files go with it.
    pub fn replace_workspace(&self, workspace: Workspace) {
        self.workspace.set(workspace);
        self.load_errors.set(Vec::new());
        self.replaced.set(Vec::new());
    }

    /// Restores the stored workspace and keeps storing it on every change.
    pub fn new(catalogue: &'static Catalogue) -> AppState {
        let mut unkept = None;
        let (restored, notice) = match browser::load_stored() {
            Ok(Some(text)) => match Workspace::from_json(&text, catalogue) {
                Ok(w) => (w, None),
                // the page starts empty, and the next save would overwrite what it could not
                // read: it is put aside first
                Err(e) => {
                    let aside = match browser::put_aside_unreadable(&text) {
                        Ok(()) => format!(
                            "it is kept in this browser's storage under `{}`. The page starts \
                             empty.",
                            browser::UNREADABLE_KEY
                        ),
                        Err(why) => {
                            unkept = Some(Arc::from(text));
                            format!(
                                "it could not be kept aside either ({why}). The page starts \
                                 empty; the old workspace stays stored until your first change \
                                 here, so save it as a file first to keep it."
                            )
                        }
                    };
                    (Workspace::default(), Some(format!("The {e}; {aside}")))
                }
            },
            Ok(None) => (Workspace::default(), None),
            Err(e) => (
                Workspace::default(),
                Some(format!("The workspace cannot be kept across reloads: {e}")),
            ),
        };
        let (checked, set_checked) = signal(restored.check(catalogue).map(Arc::new));
        // what `checked` was made from, and what the save below starts from (the stored
        // workspace, which needs no saving again; one this page could not read stays as it is
        // until the user changes something): one copy, until the first run of each effect
        let as_restored = Arc::new(restored.clone());
        let mut first_checked = Some(as_restored.clone());
        let mut first_saved = Some(as_restored);
        let workspace = RwSignal::new(restored);
        let notice = RwSignal::new(notice);
        // Each edit asks for a new check, made in later tasks so that no task holds the main
        // thread long: the edited texts are parsed (their errors show), then every item is
        // checked, then the items are paired and the report shown. Only the latest request
        // goes on, so a burst of keystrokes costs one check.
        let requested = StoredValue::new(0u64);
        let (checking, set_checking) = signal(false);
        // Its first run checks again only if something replaced the restored workspace while the
        // page was being built (a result link does).
        Effect::new(move |_| {
            workspace.track();
            if let Some(restored) = first_checked.take() {
                if workspace.with_untracked(|w| *w == *restored) {
                    return;
                }
            }
            let ticket = requested.with_value(|n| n + 1);
            requested.set_value(ticket);
            set_checking.set(true);
            let current = move || requested.try_get_value() == Some(ticket);
            set_timeout(
                move || {
                    if !current() {
                        return;
                    }
                    // a parse changes the workspace, which comes back through this effect
                    browser::mark("parse");
                    let mut parsed = false;
                    workspace.maybe_update(|w| {
                        parsed = w.settle_pending(catalogue);
                        parsed
                    });
                    if parsed {
                        return;
                    }
                    browser::mark("check");
                    let files = workspace.with_untracked(Workspace::parsed_files);
                    let all = Report::items_of(&files);
                    let outcomes = check_items(catalogue, &all);
                    next_task(move || {
                        if !current() {
                            return;
                        }
                        browser::mark("report");
                        let fresh = (!files.is_empty()).then(|| {
                            Arc::new(Checked {
                                report: Report::from_outcomes(catalogue, &files, &all, outcomes),
                                rejected: Vec::new(),
                            })
                        });
                        next_task(move || {
                            if !current() {
                                return;
                            }
                            browser::mark("show");
                            set_checking.set(false);
                            // an edit that changes nothing checked (a comment, spacing) redraws
                            // nothing
                            if checked.with_untracked(|c| *c != fresh) {
                                set_checked.set(fresh);
                            }
                        });
                    });
                },
                CHECK_DELAY,
            );
        });
        // Saved a moment after the last change, so that a burst of keystrokes (with megabytes of
        // files loaded) is serialised and stored once; and at once when the page is hidden or
        // left (a reload too), so that no change is lost.
        let unsaved = StoredValue::new(0u64);
        let other_tab = RwSignal::new(None::<OtherTabDid>);
        let not_kept = RwSignal::new(false);
        let save = move || {
            unsaved.set_value(0);
            // A workspace too large for this browser's storage is kept without its largest
            // files, the pasted text always: what the user typed survives a reload.
            let result = workspace.with_untracked(|w| match w.to_stored() {
                None => browser::forget_stored().map(|()| Vec::new()),
                Some(json) => browser::store(&json).map(|()| Vec::new()).or_else(|e| {
                    w.smaller_stored_forms()
                        .find_map(|(json, left_out)| browser::store(&json).ok().map(|()| left_out))
                        .ok_or(e)
                }),
            });
            let was_not_kept = not_kept.get_untracked();
            not_kept.set(!matches!(&result, Ok(left_out) if left_out.is_empty()));
            match result {
                Err(e) => notice.set(Some(format!(
                    "The workspace could not be saved in this browser: {e}. A reload or a new \
                     tab would show it as last saved: copy what you typed, or download the \
                     report, before you leave this page."
                ))),
                Ok(left_out) if !left_out.is_empty() => {
                    other_tab.set(None);
                    let names = left_out
                        .iter()
                        .map(|name| format!("`{name}`"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let (files, them) = match left_out.len() {
                        1 => ("file", "it"),
                        _ => ("files", "them"),
                    };
                    notice.set(Some(format!(
                        "This browser's storage cannot hold the whole workspace: it is kept \
                         with the pasted text but without the largest {files}, {names}. After a reload {them} will not be here: keep \
                         {them} on disk to load again, or remove files you no longer need."
                    )));
                }
                // a later save that works takes back what the failed one said; what another tab
                // saved is now replaced by this one's, so its notice goes too
                Ok(_) => {
                    other_tab.set(None);
                    if was_not_kept {
                        notice.set(None);
                    }
                }
            }
        };
        Effect::new(move |_| {
            workspace.track();
            // a result link may have replaced the restored workspace while the page was built
            if let Some(restored) = first_saved.take() {
                if workspace.with_untracked(|w| *w == *restored) {
                    return;
                }
            }
            let change = unsaved.with_value(|n| n + 1);
            unsaved.set_value(change);
            set_timeout(
                move || {
                    if unsaved.try_get_value() == Some(change) {
                        save();
                    }
                },
                CHECK_DELAY,
            );
        });
        let flush = move || {
            if unsaved.try_get_value().is_some_and(|n| n != 0) {
                save();
            }
        };
        let on_hide = window_event_listener_untyped("pagehide", move |_| flush());
        let on_hidden = window_event_listener_untyped("visibilitychange", move |_| flush());
        // Leaving the page (a reload, closing the tab) asks first when a reload would not bring
        // back what this tab shows: storage could not hold it, or another tab saved over it.
        let on_leave = window_event_listener_untyped("beforeunload", move |event| {
            flush();
            let over_it = other_tab.get_untracked().is_some()
                && workspace.with_untracked(|w| !w.kept().is_empty());
            if not_kept.get_untracked() || over_it {
                browser::ask_before_leaving(&event);
            }
        });
        // Another tab of this page saved its workspace over this one's: say so, since this
        // tab's next change would in turn replace that one.
        let on_other_tab = window_event_listener_untyped("storage", move |event| {
            // (a tab that took this one's workspace and saved it unchanged is not told of)
            if browser::storage_event_key(&event).as_deref() != Some(browser::STORAGE_KEY) {
                return;
            }
            let written = browser::storage_event_value(&event);
            if written != workspace.with_untracked(Workspace::to_stored) {
                other_tab.set(Some(match written {
                    Some(_) => OtherTabDid::Saved,
                    None => OtherTabDid::Cleared,
                }));
            }
        });
        on_cleanup(move || {
            on_hide.remove();
            on_hidden.remove();
            on_leave.remove();
            on_other_tab.remove();
        });
        AppState {
            catalogue,
            workspace,
            checked,
            checking,
            load_errors: RwSignal::new(Vec::new()),
            replaced: RwSignal::new(Vec::new()),
            notice,
            not_kept,
            save_now: Callback::new(move |()| save()),
            unkept: RwSignal::new(unkept),
            other_tab,
            views: {
                let views = view_settings::Views::restored();
                views.keep();
                views
            },
            report_places: report_view::ReportPlaces {
                shown: StoredValue::new(0),
                left: StoredValue::new(None),
            },
            own_files_unused: None,
        }
    }
}

/// Another tab saved its workspace over this one's stored copy, or cleared it: said on every
/// view, since this tab's next change would in turn replace that. The user can show the other
/// tab's workspace here (this tab's then goes), or keep this one.
#[component]
fn OtherTab(state: AppState) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let take_theirs = move |_| {
        let read = browser::load_stored().and_then(|stored| {
            stored
                .map(|text| Workspace::from_json(&text, state.catalogue))
                .transpose()
        });
        match read {
            Ok(Some(theirs)) => {
                state.replace_workspace(theirs);
                state.other_tab.set(None);
                problem.set(None);
            }
            Ok(None) => problem.set(Some(
                "The other tab's workspace is no longer stored (it was cleared).".to_string(),
            )),
            Err(e) => problem.set(Some(format!(
                "The other tab's workspace could not be shown here: {e}"
            ))),
        }
    };
    // keeping this tab's stores it now: a reload then brings it back
    let keep = move |_| {
        state.other_tab.set(None);
        problem.set(None);
        state.save_now.run(());
    };
    move || {
        state.other_tab.get().map(|did| {
            let (said, can_take) = match did {
                OtherTabDid::Saved => (
                    "Another tab of this page has saved its workspace. This tab still shows \
                     yours, and your next change here saves it over that one.",
                    true,
                ),
                OtherTabDid::Cleared => (
                    "Another tab of this page has cleared its workspace. This tab still shows \
                     yours, and your next change here saves it again.",
                    false,
                ),
            };
            view! {
                <div class="notice no-print" role="status" data-testid="other-tab">
                    <p>{said}</p>
                    {can_take.then(|| view! {
                        <button type="button" on:click=take_theirs>"Show the other tab's workspace here"</button>
                        " "
                    })}
                    <button type="button" on:click=keep>"Keep this tab's"</button>
                    {move || problem.get().map(|p| view! { <p role="alert">{p}</p> })}
                </div>
            }
        })
    }
}

/// Starts the page: the panic report first, then the catalogue, then the app.
pub fn mount() {
    browser::mark("start");
    browser::install_panic_report();
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ROOT_ID))
    else {
        browser::show_panic("index.html has no element with id `app` to render into");
        return;
    };
    // The loading message goes; the app takes its place.
    root.set_text_content(None);
    let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
    // The page lives until the tab closes, so the mounted app is never unmounted.
    let (catalogue, local) = local_catalogue::open();
    browser::mark("catalogue");
    match catalogue {
        Ok(catalogue) => {
            // Parsed once and kept for the page's lifetime.
            let catalogue: &'static Catalogue = Box::leak(Box::new(catalogue));
            let local: &'static LocalCatalogue = Box::leak(Box::new(local));
            leptos::mount::mount_to(
                root,
                move || view! { <App catalogue=catalogue local=local /> },
            )
            .forget();
            browser::mark("drawn");
            warm_up(catalogue, 0);
        }
        Err(errors) => {
            leptos::mount::mount_to(
                root,
                move || view! { <CatalogueBroken errors=errors.clone() /> },
            )
            .forget();
        }
    }
}

/// Checks every built-in example (all three syntaxes), unseen, one in each idle moment after
/// the page starts, then draws and lays out one item card out of sight, so that the browser
/// compiles the parsing, checking, pairing and drawing code, and optimises its hot parts, before
/// the user's first paste rather than during it. Wasm code is far slower on its first calls: a
/// 110-item paste's parse took over 100 ms cold and 30 ms warm, its first card 20 ms cold and
/// 7 ms warm. Nothing of it is kept, shown or stored.
fn warm_up(catalogue: &'static Catalogue, next: usize) {
    let Some(&(name, text)) = examples::EXAMPLES.get(next) else {
        return;
    };
    request_idle_callback(move || {
        if let Ok(file) = crate::spec::parse(name, text, &catalogue.dictionary) {
            let report = Report::build(catalogue, &[file]);
            if next + 1 == examples::EXAMPLES.len() {
                draw_unseen(report);
            }
        }
        warm_up(catalogue, next + 1);
    });
}

/// Draws the first item card of `report` out of sight (the `warm-up` class), lays it out, and
/// removes it again.
fn draw_unseen(report: Report) {
    let Some(item) = report.items.into_iter().next() else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(body), Ok(host)) = (document.body(), document.create_element("div")) else {
        return;
    };
    host.set_class_name("warm-up");
    let _ = host.set_attribute("aria-hidden", "true");
    if body.append_child(&host).is_err() {
        return;
    }
    let host: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host);
    let drawn = leptos::mount::mount_to(host.clone(), move || {
        view! { <report_view::ItemCard item=item failures_only=false /> }
    });
    // reading a size lays the card out now
    std::hint::black_box(host.offset_height());
    drop(drawn);
    host.remove();
}

#[component]
fn CatalogueBroken(errors: Vec<CatalogueError>) -> impl IntoView {
    view! {
        <main id="main">
            <h1>"The built-in catalogue is invalid"</h1>
            <p>"This build of stanag-check cannot check anything. The catalogue files say:"</p>
            <ul>{errors.into_iter().map(|e| view! { <li>{e.to_string()}</li> }).collect_view()}</ul>
        </main>
    }
}

fn title_of(catalogue: &Catalogue, route: &Route) -> String {
    let view = match route {
        Route::Check | Route::ResultLink(_) => "Check".to_string(),
        Route::Catalogue { .. } => "Catalogue".to_string(),
        Route::Standard(id) => match catalogue.standard(id) {
            Some(standard) => format!("{} — Catalogue", standard.id),
            None => "No such standard — Catalogue".to_string(),
        },
        Route::About => "About".to_string(),
        Route::Pairs => "Pairs".to_string(),
        Route::Ammunition => "Ammunition".to_string(),
        Route::NotFound(_) => "Not found".to_string(),
    };
    format!("{view} — stanag-check")
}

#[component]
pub fn App(catalogue: &'static Catalogue, local: &'static LocalCatalogue) -> impl IntoView {
    let state = AppState {
        own_files_unused: local.not_in_use(),
        ..AppState::new(catalogue)
    };
    // when a printout was made, by this browser's clock, set as the print dialog opens
    let printed = RwSignal::new(String::new());
    // every printed page names the catalogue (the footer is printed once, at the end)
    let stamp = move |when: &str| {
        browser::set_print_stamp(&format!(
            "stanag-check · catalogue {} · {}{when}",
            catalogue.version, catalogue.fingerprint
        ))
    };
    stamp("");
    let before_print = window_event_listener_untyped("beforeprint", move |_| {
        let when = browser::printed_at();
        stamp(&when);
        printed.set(when);
    });
    on_cleanup(move || before_print.remove());
    let route = RwSignal::new(Route::parse(&browser::fragment()));
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        // leaving the report: where the user was in it, for when they come back
        if route.with_untracked(|r| *r == Route::Check) {
            state
                .report_places
                .left
                .set_value(Some(report_view::ReportPlace {
                    cards: state.report_places.shown.get_value(),
                    top_card: browser::top_card(),
                }));
        }
        // After the new view has rendered, move focus to its heading (unless the user has
        // already moved it into the new view).
        browser::focus_next_frame(browser::focus_main_heading);
        route.set(Route::parse(&browser::fragment()));
    });
    on_cleanup(move || listener.remove());
    Effect::new(move |_| route.with(|r| browser::set_title(&title_of(catalogue, r))));
    let section = Memo::new(move |_| match route.get() {
        Route::Check | Route::ResultLink(_) => "check",
        Route::Catalogue { .. } | Route::Standard(_) => "catalogue",
        Route::About => "about",
        Route::Pairs => "pairs",
        Route::Ammunition => "ammunition",
        Route::NotFound(_) => "",
    });
    let current = move |name: &'static str| move || (section.get() == name).then_some("page");
    view! {
        <header class="site no-print">
            <button type="button" class="skip" on:click=move |_| { browser::focus_main_heading(); }>
                "Skip to content"
            </button>
            <p class="brand">"stanag-check"</p>
            <nav aria-label="Main">
                <a href=Route::Check.href() aria-current=current("check")>"Check"</a>
                <a href=Route::Pairs.href() aria-current=current("pairs")>"Pairs"</a>
                <a href=Route::Ammunition.href() aria-current=current("ammunition")>"Ammunition"</a>
                <a href=Route::Catalogue { query: String::new() }.href() aria-current=current("catalogue")>"Catalogue"</a>
                <a href=Route::About.href() aria-current=current("about")>"About"</a>
            </nav>
        </header>
        <main id="main">
            {local.not_in_use().map(|why| view! {
                <p class="notice no-print" role="alert" data-testid="local-catalogue-unused">
                    "Your own catalogue files are not in use: " {why}
                    ". The built-in catalogue is used until you fix or remove them on the "
                    <a href=Route::Catalogue { query: String::new() }.href()>"catalogue view"</a> "."
                </p>
            })}
            <OtherTab state=state />
            <local_catalogue::OtherTabCatalogue state=state />
            {move || match route.get() {
                Route::Check => view! { <check_page::CheckPage state=state link=None /> }.into_any(),
                Route::ResultLink(fragment) => {
                    let link = links::open_result_link(&fragment);
                    view! { <check_page::CheckPage state=state link=Some(link) /> }.into_any()
                }
                Route::Catalogue { query } => {
                    view! { <catalogue_page::CataloguePage state=state local=local query=query /> }.into_any()
                }
                Route::Standard(id) => {
                    view! { <catalogue_page::StandardPage catalogue=catalogue id=id /> }.into_any()
                }
                Route::About => view! { <about_page::AboutPage catalogue=catalogue /> }.into_any(),
                Route::Pairs => view! { <pairs_page::PairsPage state=state /> }.into_any(),
                Route::Ammunition => view! { <ammunition::AmmunitionPage state=state /> }.into_any(),
                Route::NotFound(fragment) => view! {
                    <h1 tabindex="-1">"No such page"</h1>
                    <p>"Nothing lives at " <code>"#" {fragment}</code> ". "
                        <a href=Route::Check.href()>"Go to the check view"</a> "."</p>
                }.into_any(),
            }}
        </main>
        // printed too: a printout names the catalogue it was checked against, and when
        <footer class="site">
            <p>"Catalogue " {catalogue.version.clone()} " · " <code>{catalogue.fingerprint.clone()}</code>
                <span class="no-print">" · runs entirely in this browser; nothing is sent anywhere."</span>
                <span class="print-only" data-testid="printed-at">{move || printed.get()}</span></p>
        </footer>
    }
}

/// A message as the page shows it: what it quotes between backticks (`` `mtow` ``, a value, a
/// unit) in code type, as the command line's plain text marks it, with what shows as nothing
/// or as another letter shown by its code ([`crate::suggest::escape`]); all of it as text, never
/// as markup. A message with an odd number of backticks (one inside a quoted value) is shown as
/// written.
pub fn coded(message: &str) -> impl IntoView {
    let parts: Vec<String> = message.split('`').map(str::to_string).collect();
    let paired = parts.len() % 2 == 1;
    parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            if !paired {
                let tick = if i == 0 { "" } else { "`" };
                format!("{tick}{part}").into_any()
            } else if i % 2 == 1 {
                // (what it quotes reads as what was written: a zero-width space as `\u{200b}`,
                // a Cyrillic `к` among Latin letters as `\u{43a}`, as the command line shows it)
                let part = crate::suggest::escape(&part).into_owned();
                view! { <code>{part}</code> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
}
