//! The check view's result-link parts (issue 4): the "Copy result link" action, and the panel
//! that opens a link from the address or from a dropped link file. Opening a link never replaces
//! a workspace the user has without asking: keep it, replace it, or view the link without saving.

use crate::link::CatalogueDrift;
use crate::ui::browser;
use crate::ui::check_page::{placed_problems, REPORT_FILE_NAME};
use crate::ui::links::{self, ResultLink, Sharing, LINK_FILE_NAME};
use crate::ui::report_view::{PrintAll, ReportView};
use crate::ui::workspace::Workspace;
use crate::ui::AppState;
use crate::Checked;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Where an opened link stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The user has a workspace: the page asks what to do with it.
    Ask,
    /// The link's result is shown; the workspace is untouched and nothing is saved.
    Viewing,
    /// The workspace was empty: the link's files became the workspace.
    Adopted,
    /// The workspace already held exactly the link's files.
    AlreadyHere,
    /// The user replaced the workspace with the link's files.
    Replaced,
    /// The user kept the workspace; the link's files were not loaded.
    Kept,
}

/// A decoded link, checked with this page's catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenedLink {
    pub inputs: Vec<(String, String)>,
    /// Shared with the report view, as the page's own check is.
    pub checked: Arc<Checked>,
    /// The catalogue-drift notice, when the link was made with another catalogue.
    pub drift: Option<String>,
}

/// The link open in the check view, if any; shared by the panel and the file loader.
#[derive(Clone, Copy)]
pub struct LinkState {
    state: AppState,
    opened: RwSignal<Option<Arc<OpenedLink>>>,
    stage: RwSignal<Stage>,
    /// Why the last link could not be opened.
    broken: RwSignal<Option<String>>,
}

/// The ids the panel moves focus to.
const HEADING_ID: &str = "link-heading";
const FIRST_CHOICE_ID: &str = "link-keep";

impl LinkState {
    /// Opens `link` (from the address) at once, if there is one.
    pub fn new(state: AppState, link: Option<ResultLink>) -> LinkState {
        let links = LinkState {
            state,
            opened: RwSignal::new(None),
            stage: RwSignal::new(Stage::Ask),
            broken: RwSignal::new(None),
        };
        if let Some(link) = link {
            links.open(link);
        }
        links
    }

    /// Opens a link: shows why it cannot be opened, or loads it into an empty workspace, or asks
    /// what to do with the workspace the user has.
    pub fn open(self, link: ResultLink) {
        let shared = match link {
            ResultLink::Broken(error) => {
                self.opened.set(None);
                self.broken.set(Some(error.to_string()));
                browser::focus_next_frame(|| browser::focus_id(HEADING_ID));
                return;
            }
            ResultLink::Opened(shared) => shared,
        };
        let catalogue = self.state.catalogue;
        let drift = match shared.differences(catalogue) {
            CatalogueDrift::Same => None,
            // (with the user's own catalogue files not in use, the notice says so: this is the
            // built-in catalogue, not theirs)
            CatalogueDrift::Differs(drift) => Some(
                match self.state.own_files_unused {
                    Some(why) => drift.with_own_files_unused(why),
                    None => drift,
                }
                .to_string(),
            ),
        };
        let opened = OpenedLink {
            checked: Arc::new(shared.check(catalogue)),
            inputs: shared.inputs,
            drift,
        };
        // Untracked: opening happens while the view is built and must not subscribe it.
        // a stored workspace the page could not read, nor put aside, is still the user's: the
        // link asks before its files are saved over it
        let unkept = self.state.unkept.with_untracked(Option::is_some);
        let stage = self.state.workspace.with_untracked(|w| {
            if w.is_empty() && !unkept {
                Stage::Adopted
            } else if w.inputs() == opened.inputs {
                Stage::AlreadyHere
            } else {
                Stage::Ask
            }
        });
        match stage {
            Stage::Adopted => self.load_into_workspace(&opened.inputs),
            // nothing to decide: the address stops carrying the link, or a later reload (after
            // the user removed or cleared files) would bring the link's files back unasked
            Stage::AlreadyHere => forget_link_address(),
            _ => {}
        }
        self.broken.set(None);
        self.opened.set(Some(Arc::new(opened)));
        self.stage.set(stage);
        let focus = if stage == Stage::Ask {
            FIRST_CHOICE_ID
        } else {
            HEADING_ID
        };
        browser::focus_next_frame(move || browser::focus_id(focus));
    }

    /// The catalogue-drift notice of the link whose files the workspace holds, as they came
    /// (none once they are changed, or when the link was made with this catalogue).
    pub fn drift_of_workspace(self) -> Option<String> {
        let opened = self.opened.get_untracked()?;
        let drift = opened.drift.clone()?;
        self.state
            .workspace
            .with_untracked(|w| w.inputs() == opened.inputs)
            .then_some(drift)
    }

    /// Is the link's result shown in place of the workspace?
    pub fn viewing(self) -> bool {
        self.stage.get() == Stage::Viewing && self.opened.with(Option::is_some)
    }

    fn load_into_workspace(self, inputs: &[(String, String)]) {
        let catalogue = self.state.catalogue;
        self.state
            .workspace
            .set(Workspace::from_inputs(inputs, catalogue));
        self.state.load_errors.set(Vec::new());
        forget_link_address();
    }

    fn choose(self, stage: Stage) {
        match stage {
            Stage::Replaced => {
                if let Some(opened) = self.opened.get_untracked() {
                    self.load_into_workspace(&opened.inputs);
                }
            }
            Stage::Kept => forget_link_address(),
            _ => {}
        }
        self.stage.set(stage);
        browser::focus_next_frame(|| browser::focus_id(HEADING_ID));
    }

    fn dismiss(self) {
        self.opened.set(None);
        self.broken.set(None);
        forget_link_address();
        browser::focus_next_frame(browser::focus_main_heading);
    }
}

/// Once the link's fate is decided, the address stops carrying it, so a reload shows the
/// workspace rather than asking again. No `hashchange` fires: the view stays as it is.
fn forget_link_address() {
    if !browser::fragment().is_empty() && !browser::fragment().starts_with('/') {
        browser::replace_fragment("#/");
    }
}

/// The notice, the choice and (when viewing) the report of an opened link.
#[component]
pub fn LinkPanel(links: LinkState) -> impl IntoView {
    move || {
        if let Some(message) = links.broken.get() {
            return view! {
                <section class="link-panel link-broken" role="alert" aria-labelledby=HEADING_ID
                    data-testid="link-error">
                    <h2 id=HEADING_ID tabindex="-1">"This result link cannot be opened"</h2>
                    <p class="link-message">{message}</p>
                    <p>"Your workspace is unchanged, and the page works as usual."</p>
                    <button type="button" on:click=move |_| links.dismiss()>"Dismiss"</button>
                </section>
            }
            .into_any();
        }
        let Some(opened) = links.opened.get() else {
            return ().into_any();
        };
        let names = opened
            .inputs
            .iter()
            .map(|(name, _)| name.clone())
            .collect::<Vec<_>>()
            .join(", ");
        let count = opened.inputs.len();
        view! {
            <section class="link-panel" aria-labelledby=HEADING_ID data-testid="link-panel">
                <h2 id=HEADING_ID tabindex="-1">"Shared result"</h2>
                <p>"This result link carries " {crate::suggest::counted(count, "file")} ": " <span class="link-files">{names}</span>
                    ". The verdicts are recomputed here; nothing was sent anywhere."</p>
                {opened.drift.clone().map(|drift| view! {
                    <p class="notice" role="status" data-testid="catalogue-drift">{drift}</p>
                })}
                <LinkStage links=links opened=opened.clone() />
            </section>
        }
        .into_any()
    }
}

#[component]
fn LinkStage(links: LinkState, opened: Arc<OpenedLink>) -> impl IntoView {
    move || {
        match links.stage.get() {
        Stage::Ask => view! {
            <div class="link-choice" role="group" aria-labelledby="link-question" data-testid="link-choice">
                <p id="link-question"><strong>"You have a saved workspace. What should happen to it?"</strong></p>
                <p data-testid="link-question-report">"Until you choose, the report below is your own workspace's, not the link's: choose “View the link without saving” to see the link's result first."</p>
                <button type="button" id=FIRST_CHOICE_ID data-choice="keep" on:click=move |_| links.choose(Stage::Kept)>
                    "Keep my workspace"
                </button>
                " "
                <button type="button" data-choice="replace" on:click=move |_| links.choose(Stage::Replaced)>
                    "Replace it with the link's files"
                </button>
                " "
                <button type="button" data-choice="view" on:click=move |_| links.choose(Stage::Viewing)>
                    "View the link without saving"
                </button>
            </div>
        }
        .into_any(),
        Stage::Viewing => {
            let report = opened.checked.clone();
            let rejected = opened.checked.rejected.clone();
            view! {
                <p class="notice" role="status" data-testid="link-status">
                    "You are viewing the link's result; it is not saved, and your workspace is untouched. "
                    "Its pairs and ammunition are here too (the site's Pairs and Ammunition views show your workspace)."
                </p>
                <p class="link-actions">
                    <button type="button" data-choice="replace" on:click=move |_| links.choose(Stage::Replaced)>
                        "Replace my workspace with these files"
                    </button>
                    " "
                    <button type="button" data-choice="keep" on:click=move |_| links.choose(Stage::Kept)>
                        "Back to my workspace"
                    </button>
                </p>
                {rejected.into_iter().map(|(name, refused)| {
                    let file = name.clone();
                    view! {
                    <div class="file-errors" data-testid="link-rejected" data-file=file>
                        <p>
                            <strong>"✗ " {name} " has " {crate::suggest::counted(crate::spec::error_count(&refused.errors), "error")}</strong>
                            " — it is left out of the link's report."
                        </p>
                        {placed_problems(&refused.errors, &refused.warnings, None)}
                    </div>
                    }
                }).collect_view()}
                <LinkViews links=links checked=report />
            }
            .into_any()
        }
        stage => {
            let text = match stage {
                Stage::Adopted => "The link's files are now your workspace (it was empty).",
                Stage::AlreadyHere => "Your workspace already holds exactly the link's files.",
                Stage::Replaced => "Your workspace was replaced with the link's files.",
                _ => "Your workspace was kept; the link's files were not loaded.",
            };
            view! {
                <p role="status" data-testid="link-status">{text} " "
                    <button type="button" on:click=move |_| links.dismiss()>"Dismiss"</button>
                </p>
            }
            .into_any()
        }
    }
    }
}

/// What the share action last produced.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Made {
    Address(String),
    TooLong {
        chars: usize,
        file: String,
        address: String,
    },
    Failed(String),
}

/// "Copy result link": copies the link to the clipboard and shows it in a read-only field; for a
/// link too long for a chat tool, offers the link file instead.
#[component]
pub fn ShareLink(state: AppState) -> impl IntoView {
    let shared = RwSignal::new(None::<Made>);
    let copied = RwSignal::new(None::<String>);
    // the inputs with errors when the link was made, and whether an earlier version went in
    let caveats = RwSignal::new(Vec::<(String, bool)>::new());
    // A link made from earlier inputs is stale once they change.
    Effect::new(move |_| {
        state.checked.track();
        shared.set(None);
        copied.set(None);
    });
    let make = move |_| {
        let inputs = state.workspace.with_untracked(Workspace::inputs);
        caveats.set(state.workspace.with_untracked(Workspace::not_as_shown));
        let made = links::share(state.catalogue, &inputs, &browser::page_base());
        copied.set(None);
        match made {
            Err(error) => shared.set(Some(Made::Failed(error.to_string()))),
            Ok(Sharing::TooLong {
                chars,
                file,
                address,
            }) => {
                shared.set(Some(Made::TooLong {
                    chars,
                    file,
                    address,
                }));
            }
            Ok(Sharing::Address(address)) => {
                shared.set(Some(Made::Address(address.clone())));
                spawn_local(async move {
                    let said = match browser::copy_text(&address).await {
                        Ok(()) => "Copied to the clipboard.".to_string(),
                        Err(e) => format!(
                            "It could not be copied automatically ({e}): select the link above and copy it."
                        ),
                    };
                    copied.set(Some(said));
                });
            }
        }
    };
    view! {
        <div class="share no-print" data-testid="share">
            <button type="button" on:click=make>"Copy result link"</button>
            {move || {
                let caveats = caveats.get();
                let told = matches!(shared.get(), Some(Made::Address(_) | Made::TooLong { .. }));
                (told && !caveats.is_empty()).then(|| view! {
                    <ul class="notice" data-testid="link-caveats">
                        {caveats.into_iter().map(|(name, earlier)| view! {
                            <li>
                                <strong>{crate::ui::workspace::shown_name(&name).to_string()}</strong>
                                {if earlier {
                                    format!(
                                        " has errors: the link carries its last readable version \
                                         (what the report shows), not {}.",
                                        crate::ui::workspace::newest_text(&name)
                                    )
                                } else {
                                    " has errors and cannot be read: the link leaves it out.".to_string()
                                }}
                            </li>
                        }).collect_view()}
                    </ul>
                })
            }}
            {move || {
                let told = matches!(shared.get(), Some(Made::Address(_) | Made::TooLong { .. }));
                (told && state.catalogue.has_local_files()).then(|| view! {
                    <p class="notice" data-testid="link-local-catalogue">
                        "These verdicts use your own catalogue files, which the link does not carry: "
                        "a colleague without the same files sees verdicts from their own catalogue, and "
                        "their page says which standards differ. Send them the files by your usual "
                        "channel if they may hold them."
                    </p>
                })
            }}
            {move || shared.get().map(|made| match made {
                Made::Address(address) => view! {
                    {browser::opened_from_file().then(|| view! {
                        <p class="notice" data-testid="link-from-file">
                            "This page was opened from a file, so the link names no address (nor \
                             your folders): your colleague pastes it into the paste area of their \
                             own copy of stanag-check.html, or opens it with " <code>"stanag-check check --link"</code> "."
                        </p>
                    })}
                    <p class="share-link">
                        <label for="result-link">"Result link (it carries the inputs; the receiver's page recomputes the verdicts)"</label>
                        <input id="result-link" type="text" readonly data-testid="result-link"
                            prop:value=address
                            on:focus=move |ev| {
                                let input: web_sys::HtmlInputElement = event_target(&ev);
                                input.select();
                            } />
                    </p>
                    <p role="status" data-testid="copy-status">{move || copied.get()}</p>
                }.into_any(),
                Made::TooLong { chars, file, address } => view! {
                    <p role="status" data-testid="link-too-long">
                        "The link would be " {chars} " characters long, more than a chat tool carries (about "
                        {crate::link::CHAT_LIMIT} "). Save it as a link file and send the file instead: "
                        "dropping it on this page opens it like the link. E-mail carries the long link "
                        "itself, which can be copied all the same."
                    </p>
                    <button type="button" on:click=move |_| {
                        if let Err(e) = browser::download(LINK_FILE_NAME, "text/plain", &file) {
                            copied.set(Some(format!("The download did not start: {e}")));
                        }
                    }>"Save as link file"</button>
                    " "
                    <button type="button" data-testid="copy-long-link" on:click=move |_| {
                        let address = address.clone();
                        spawn_local(async move {
                            let said = match browser::copy_text(&address).await {
                                Ok(()) => format!(
                                    "The {}-character link is copied: paste it into an e-mail, not a chat tool, which would cut it.",
                                    address.chars().count()
                                ),
                                Err(e) => format!("It could not be copied ({e}): save the link file instead."),
                            };
                            copied.set(Some(said));
                        });
                    }>"Copy the long link anyway"</button>
                    <p role="status" data-testid="copy-status">{move || copied.get()}</p>
                }.into_any(),
                Made::Failed(message) => view! {
                    <p class="notice" role="alert">"No link could be made: " {message}</p>
                }.into_any(),
            })}
        </div>
    }
}

/// Which of a viewed link's results is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LinkView {
    Report,
    Pairs,
    Ammunition,
}

/// A viewed link's report, pairs and ammunition, each in place of the workspace's: the site's
/// Pairs and Ammunition views show the workspace, which viewing a link leaves untouched.
#[component]
fn LinkViews(links: LinkState, checked: Arc<Checked>) -> impl IntoView {
    let shown = RwSignal::new(LinkView::Report);
    // the page's state, but for the link's check and a workspace of its own (empty: the views
    // never touch the user's)
    let (link_checked, _) = signal(Some(checked.clone()));
    let (not_checking, _) = signal(false);
    let state = AppState {
        workspace: RwSignal::new(Workspace::default()),
        checked: link_checked,
        checking: not_checking,
        ..links.state
    };
    let print_all = RwSignal::new(false);
    let action_failed = RwSignal::new(None::<String>);
    provide_context(PrintAll {
        asked: print_all,
        failed: action_failed,
    });
    // the link's report as JSON, saying the catalogue it was made with where that is another,
    // as the workspace's download does for a link's files
    let download = {
        let checked = checked.clone();
        move |_| {
            let notices: Vec<String> = links
                .opened
                .with_untracked(|o| o.as_ref().and_then(|o| o.drift.clone()))
                .into_iter()
                .collect();
            let json = checked.report.to_json_noting(&notices);
            action_failed.set(
                browser::download(REPORT_FILE_NAME, "application/json", &json)
                    .err()
                    .map(|e| format!("The download did not start: {e}")),
            );
        }
    };
    let choice = move |view: LinkView, label: &'static str| {
        view! {
            <button type="button" aria-pressed=move || (shown.get() == view).to_string()
                on:click=move |_| shown.set(view)>{label}</button>
        }
    };
    view! {
        <div class="link-views no-print" role="group" aria-label="The link's results" data-testid="link-views">
            {choice(LinkView::Report, "Report")} " "
            {choice(LinkView::Pairs, "Pairs")} " "
            {choice(LinkView::Ammunition, "Ammunition")}
        </div>
        {move || match shown.get() {
            LinkView::Report => view! {
                <section class="results" aria-label="The link's report">
                    // filed as the workspace's report is: a download and a printout of every item
                    // read the link's files and change nothing saved
                    <div class="toolbar no-print" data-testid="link-report-actions">
                        <button type="button" on:click=download.clone()>"Download JSON report"</button>
                        <button type="button" on:click=move |_| print_all.set(true)>"Print"</button>
                        <span role="status">
                            {move || print_all.get().then_some("Preparing every item for printing…")}
                        </span>
                    </div>
                    {move || action_failed.get().map(|e| view! { <p class="notice" role="alert">{e}</p> })}
                    <div data-testid="report">
                        <ReportView checked=checked.clone() failures_only=false in_file_order=state.views.in_file_order.get() />
                    </div>
                </section>
            }.into_any(),
            LinkView::Pairs => view! {
                <section aria-label="The link's pairs" data-testid="link-pairs">
                    <crate::ui::pairs_page::Pairs state=state />
                </section>
            }.into_any(),
            LinkView::Ammunition => view! {
                <section aria-label="The link's ammunition" data-testid="link-ammunition">
                    <crate::ui::ammunition::Ammunition state=state />
                </section>
            }.into_any(),
        }}
    }
}
