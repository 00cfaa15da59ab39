//! The report as the user reads it: summary, then each item with its standards and every
//! verdict. It shows what `check` decided, with text and symbols (never colour alone).

use crate::catalogue::Confidence;
use crate::check::{ItemOutcome, Outcome, Status, Verdict};
use crate::report::Report;
use crate::ui::browser;
use crate::ui::route::Route;
use crate::Checked;
use leptos::prelude::*;
use std::sync::Arc;

pub fn verdict_mark(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Pass => "✓",
        Verdict::Fail => "✗",
        Verdict::Missing => "?",
        Verdict::NotComparable => "≠",
        Verdict::NotApplicable => "–",
    }
}

/// How a verdict is said on the page: a pass that holds only within the precision the value is
/// quoted to (the core's [`Outcome::within_precision`]) is said as one, so that it is not read
/// as a clean pass; it is still a pass.
pub fn outcome_label(outcome: &Outcome) -> &'static str {
    if outcome.within_precision {
        "pass (within precision)"
    } else {
        verdict_label(outcome.verdict)
    }
}

pub fn verdict_label(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Pass => "pass",
        Verdict::Fail => "FAIL",
        Verdict::Missing => "missing",
        Verdict::NotComparable => "not comparable",
        Verdict::NotApplicable => "not applicable",
    }
}

pub fn status_mark(status: Status) -> &'static str {
    match status {
        Status::Compliant => "✓",
        Status::NonCompliant => "✗",
        Status::Incomplete => "◐",
    }
}

pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::Compliant => "compliant",
        Status::NonCompliant => "NON-COMPLIANT",
        Status::Incomplete => "incomplete",
    }
}

/// How a confidence is marked: confirmed figures plainly, the others with a visible warning.
pub fn confidence_label(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::C => "C · confirmed",
        Confidence::W => "W · widely reported",
        Confidence::R => "R · unconfirmed",
        Confidence::D => "D · sources disagree",
    }
}

fn confidence_class(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::C => "conf conf-c",
        Confidence::W => "conf conf-w marked",
        Confidence::R => "conf conf-r marked",
        Confidence::D => "conf conf-d marked",
    }
}

#[component]
pub fn ConfidenceBadge(confidence: Confidence) -> impl IntoView {
    let marked = confidence != Confidence::C;
    view! {
        <span class=confidence_class(confidence) title=confidence.meaning()>
            {marked.then_some("⚠ ")}
            {confidence_label(confidence)}
        </span>
    }
}

#[component]
pub fn SummaryLine(checked: Arc<Checked>) -> impl IntoView {
    let report = &checked.report;
    let s = report.summary;
    view! {
        <p class="summary" data-testid="summary">
            <strong>{crate::suggest::counted(s.items, "item")} " checked: "</strong>
            <span class="status status-compliant">"✓ " {s.compliant} " compliant"</span>
            ", "
            <span class="status status-non-compliant">"✗ " {s.non_compliant} " non-compliant"</span>
            ", "
            <span class="status status-incomplete">"◐ " {s.incomplete} " incomplete"</span>
            <span class="stamp">
                " — catalogue " {report.catalogue.version.clone()} " (" {report.catalogue.fingerprint.clone()} ")"
            </span>
        </p>
    }
}

/// The whole report, or only its failures.
#[component]
pub fn ReportView(
    checked: Arc<Checked>,
    failures_only: bool,
    /// The items as the files list them, not those needing work first (as the text report).
    in_file_order: bool,
) -> impl IntoView {
    let warnings = checked.report.warnings.clone();
    // what the user's own catalogue files left out of the built-in one: the JSON and a printout
    // say it too
    let notices = checked.report.notices.clone();
    let items = &checked.report.items;
    let order: Vec<usize> = if in_file_order {
        (0..items.len()).collect()
    } else {
        checked.report.needing_work_first().collect()
    };
    let shown: Vec<usize> = order
        .into_iter()
        .filter(|&at| {
            !failures_only
                || items
                    .get(at)
                    .is_some_and(|i| i.results.iter().any(|r| r.verdict == Verdict::Fail))
        })
        .collect();
    let none_shown = shown.is_empty();
    // what the filter leaves out, said (an incomplete item has no failure, but needs work)
    let hidden = failures_only.then(|| filter_note(&checked.report));
    view! {
        <SummaryLine checked=checked.clone() />
        {(!notices.is_empty()).then(|| view! {
            <section class="notices" aria-labelledby="notices-heading" data-testid="report-notices">
                <h3 id="notices-heading">"The catalogue of this report"</h3>
                <ul>
                    {notices.into_iter().map(|n| view! { <li>{crate::ui::coded(&n)}</li> }).collect_view()}
                </ul>
            </section>
        })}
        {(!warnings.is_empty()).then(|| view! {
            <section class="warnings" aria-labelledby="warnings-heading">
                <h3 id="warnings-heading">"Warnings"</h3>
                <ul>
                    {warnings.into_iter().map(|w| {
                        // the place in code type, then the item and property it names
                        let at = format!("{}:{}:{}", w.place.file, w.place.line, w.place.col);
                        let place = w.place.to_string();
                        let named = place.strip_prefix(&at).unwrap_or_default().to_string();
                        view! {
                            <li><code>{at}</code> {crate::ui::coded(&named)} ": " {crate::ui::coded(&w.message)}</li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })}
        {hidden.map(|hidden| view! {
            <p class="filter-note" data-testid="filter-note">{hidden}
                // (a printout has no box to untick)
                <span class="no-print">" Untick the box to see everything."</span>
            </p>
        })}
        {(none_shown && failures_only).then(|| view! {
            <p class="no-failures">"No requirement fails."</p>
        })}
        <ItemCards checked=checked shown=shown failures_only=failures_only />
    }
}

/// How many item cards a report shows at first, and each "Show more" adds: drawing every card of
/// a 1,000-item report at once would hold the main thread for seconds.
pub const CARDS_PER_PAGE: usize = 25;

/// How many cards are drawn in one animation frame, so that no frame holds the main thread long:
/// a card of a 30-requirement item is about 390 elements, and drawing and laying out two of them
/// took 45–60 ms on the benchmark machine.
pub const CARDS_PER_FRAME: usize = 1;

/// How many cards a frame draws while every card is drawn for printing (the user asked for it
/// and waits for the print dialog, which comes once they are all there).
pub const CARDS_PER_FRAME_FOR_PRINT: usize = 8;

/// Where the user was in the report when they left the check view (how many cards were shown,
/// and which card was at the top of the window), kept by the app while other views are shown
/// and given back when the report is drawn again, so that Back from a standard returns to the
/// card.
#[derive(Debug, Clone, Copy)]
pub struct ReportPlace {
    pub cards: usize,
    /// The card at the top of the window (its place in the report) and how far its top lay
    /// from the window's top (negative when it was scrolled past), if a card was there.
    pub top_card: Option<(usize, f64)>,
}

/// The report's place, shared with the app (see [`ReportPlace`]): `shown` is kept up to date by
/// the item cards; `left` is set when the check view is left and taken when it comes back.
#[derive(Debug, Clone, Copy)]
pub struct ReportPlaces {
    pub shown: StoredValue<usize>,
    pub left: StoredValue<Option<ReportPlace>>,
}

/// A request to print the whole report: set by the Print button, taken by the item cards, which
/// draw every card and then open the print dialog (or put why it did not open in `failed`).
#[derive(Debug, Clone, Copy)]
pub struct PrintAll {
    pub asked: RwSignal<bool>,
    pub failed: RwSignal<Option<String>>,
}

/// What "failures only" leaves out of `report`, said: an incomplete item has no failure, but
/// needs work. Shown above the items, and told to a screen reader when the box is ticked.
pub fn filter_note(report: &Report) -> String {
    let items = &report.items;
    let left_out: Vec<Status> = items
        .iter()
        .filter(|i| !i.results.iter().any(|r| r.verdict == Verdict::Fail))
        .map(|i| i.status)
        .collect();
    let count = |status| left_out.iter().filter(|s| **s == status).count();
    let kinds = [
        (
            count(Status::Incomplete),
            "incomplete (a mandatory value not stated, or not comparable)",
        ),
        (count(Status::NonCompliant), "non-compliant by a claim"),
        (count(Status::Compliant), "compliant"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect::<Vec<_>>()
    .join(", ");
    let not_shown = if left_out.is_empty() {
        "every item is shown".to_string()
    } else {
        format!(
            "not shown: {}, {kinds}",
            crate::suggest::counted(left_out.len(), "item")
        )
    };
    format!(
        "Failures only: {} with a failing requirement, and only their failing rows; \
             {not_shown}.",
        crate::suggest::counted(items.len() - left_out.len(), "item")
    )
}

/// The item cards, a page at a time (the rest wait behind a "Show more" button), each page drawn
/// a card a frame. The list is `aria-busy` until the page is drawn. A [`PrintAll`] request has
/// every card drawn and then prints; a printout made otherwise says how many items it holds.
#[component]
fn ItemCards(checked: Arc<Checked>, shown: Vec<usize>, failures_only: bool) -> impl IntoView {
    let total = shown.len();
    // coming back to the report: as many cards as were shown, then the page where it was
    let places = use_context::<ReportPlaces>();
    let back_to = places.and_then(|p| p.left.try_update_value(Option::take).flatten());
    let wanted = RwSignal::new(
        back_to
            .map_or(CARDS_PER_PAGE, |place| place.cards.max(CARDS_PER_PAGE))
            .min(total),
    );
    let restoring = StoredValue::new(back_to);
    Effect::new(move |_| {
        let now = wanted.get();
        if let Some(p) = places {
            p.shown.set_value(now);
        }
    });
    let print_all = use_context::<PrintAll>();
    let printing = move || print_all.is_some_and(|p| p.asked.get());
    Effect::new(move |_| {
        if printing() {
            wanted.set(total);
        }
    });
    // No card at first: the first frame's callback runs before that frame's layout, so cards
    // drawn here and in it would be laid out together.
    let drawn = RwSignal::new(0);
    Effect::new(move |_| {
        let goal = wanted.get();
        let now = drawn.get();
        if now < goal {
            // the report may be replaced before the frame comes: then there is nothing to draw
            let per_frame = if printing() || restoring.with_value(Option::is_some) {
                CARDS_PER_FRAME_FOR_PRINT
            } else {
                CARDS_PER_FRAME
            };
            let draw = move || {
                let _ = drawn.try_update(|n| *n = (*n + per_frame).min(goal));
            };
            if now == 0 {
                // the first card waits a frame, so that the new report around it is laid out
                // in a frame of its own
                request_animation_frame(move || request_animation_frame(draw));
            } else {
                request_animation_frame(draw);
            }
        }
    });
    // every card back: the page goes where it was, once the browser has laid them out
    Effect::new(move |_| {
        if drawn.get() >= wanted.get_untracked() {
            if let Some(place) = restoring.try_update_value(Option::take).flatten() {
                if let Some((card, offset)) = place.top_card {
                    request_animation_frame(move || browser::scroll_to_card(card, offset));
                }
            }
        }
    });
    // every card drawn for a print request: print, once the browser has laid them out
    Effect::new(move |_| {
        if printing() && drawn.get() >= total {
            if let Some(p) = print_all {
                p.asked.set(false);
                request_animation_frame(move || {
                    if let Err(e) = browser::print() {
                        p.failed.set(Some(format!("Printing did not start: {e}")));
                    }
                });
            }
        }
    });
    // after "Show more", the focus goes to the first new card once it is drawn (the button,
    // below the new cards, would leave the user after them)
    let focus_from = StoredValue::new(None::<usize>);
    Effect::new(move |_| {
        let now = drawn.get();
        if let Some(place) = focus_from.get_value().filter(|&place| now > place) {
            focus_from.set_value(None);
            request_animation_frame(move || {
                browser::focus_card(place);
            });
        }
    });
    let items = StoredValue::new((checked, shown));
    // what a printout made with the browser's own print (Ctrl+P) says where it holds only the
    // cards drawn: before them, and again where they stop, so that no copy looks whole
    let partial = move || {
        (drawn.get() < total).then(|| {
            format!(
                "This printout holds {} of the report's {total} items{}",
                drawn.get().min(total),
                if print_all.is_some() {
                    ": the Print button above the report prints them all."
                } else {
                    ": show the rest on the page (Show more) before printing to print them all."
                }
            )
        })
    };
    view! {
        {move || partial().map(|said| view! {
            <p class="print-only print-partial" data-testid="print-partial">{said}</p>
        })}
        <div class="item-cards" aria-busy=move || (drawn.get() < wanted.get()).to_string()>
            <For
                each=move || { (0..drawn.get().min(total)).collect::<Vec<_>>() }
                key=|i| *i
                children=move |i| items.with_value(|(checked, shown)| {
                    shown.get(i).and_then(|&at| checked.report.items.get(at)).cloned()
                        .map(|item| view! { <ItemCard item=item failures_only=failures_only place=i /> })
                })
            />
        </div>
        {move || partial().map(|said| view! {
            <p class="print-only print-partial" data-testid="print-partial-end">{said}</p>
        })}
        {move || (wanted.get() < total).then(|| {
            let next = (total - wanted.get()).min(CARDS_PER_PAGE);
            view! {
                <p class="more-items">
                    <button type="button" data-testid="show-more-items"
                        on:click=move |_| {
                            focus_from.set_value(Some(wanted.get_untracked()));
                            wanted.update(|n| *n = (*n + CARDS_PER_PAGE).min(total));
                        }>
                        {format!("Show {next} more item{} ({} of {total} shown)", if next == 1 { "" } else { "s" }, wanted.get())}
                    </button>
                </p>
            }
        })}
    }
}

#[component]
pub fn ItemCard(
    item: ItemOutcome,
    failures_only: bool,
    /// Its place among the report's cards (`data-place`), where it is one.
    #[prop(optional)]
    place: Option<usize>,
) -> impl IntoView {
    let status_class = format!("item status-{}", item.status.name());
    let mut results: Vec<Outcome> = item
        .results
        .iter()
        .filter(|r| !failures_only || r.verdict == Verdict::Fail)
        .cloned()
        .collect();
    // What needs attention first, as the CLI's text report does (a pass only within precision
    // before plain passes); the order within a verdict is the report's.
    crate::sort_by_key(&mut results, |r| std::cmp::Reverse(r.urgency()));
    // (a figure the item states that a requirement does not judge — a pressure by another
    // method than the limit's — is shown with the verdicts, not folded away with the
    // requirements whose conditions the item does not meet: the item said something that
    // was not weighed, and the line says what to give)
    let (not_applying, applying): (Vec<Outcome>, Vec<Outcome>) = results
        .into_iter()
        .partition(|r| r.verdict == Verdict::NotApplicable && r.value.is_none());
    let heading_id = format!("item-{}-{}-{}", item.file, item.line, item.id)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>();
    let nsn = item.nsn.clone();
    let labelled_by = heading_id.clone();
    // what heads each printed page a card's table runs onto: whose verdicts they are
    let running = {
        let head = format!(
            "{} {} — {} ({}, {})",
            status_mark(item.status),
            status_label(item.status),
            item.id,
            item.name,
            item.nation
        );
        move |what: &str| format!("{head}: {what}")
    };
    view! {
        <article class=status_class data-item=item.id.clone() data-place=place aria-labelledby=labelled_by>
            <h3 id=heading_id tabindex="-1">
                <span class="status-mark">{status_mark(item.status)} " " {status_label(item.status)}</span>
                " — " <span class="item-id">{item.id.clone()}</span>
            </h3>
            <p class="item-meta">
                {item.name.clone()} " · " {item.nation.clone()} " · " {item.kind.clone()}
                {nsn.map(|n| view! { " · NSN " {n} })}
                " · " <code>{format!("{}:{}", item.file, item.line)}</code>
            </p>
            {(!item.notices.is_empty()).then(|| view! {
                <ul class="notices">
                    {item.notices.iter().map(|n| view! { <li>"⚠ " {crate::ui::coded(n)}</li> }).collect_view()}
                </ul>
            })}
            <StandardsTable item=item.clone() />
            {if applying.is_empty() && not_applying.is_empty() {
                view! { <p class="no-results">"No requirement to show."</p> }.into_any()
            } else if applying.is_empty() {
                view! { <p class="no-results">"No requirement applies to this item."</p> }.into_any()
            } else {
                view! { <VerdictTable results=applying caption=format!("Verdicts for {}", item.id) running=running("verdicts") /> }.into_any()
            }}
            // the requirements whose conditions the item does not meet (a crossing's classes on a
            // vehicle), folded away: they are many, and none asks anything of the item
            {(!not_applying.is_empty()).then(|| {
                let n = not_applying.len();
                view! {
                    <details class="not-applying">
                        <summary>{crate::suggest::counted(n, "requirement")} " of these standards " {if n == 1 { "does" } else { "do" }} " not apply to this item, or cannot be known to (their conditions are not met or not stated)"</summary>
                        <VerdictTable results=not_applying caption=format!("Requirements that do not apply to {}", item.id) running=running("requirements that do not apply") />
                    </details>
                }
            })}
        </article>
    }
}

#[component]
fn StandardsTable(item: ItemOutcome) -> impl IntoView {
    if item.standards.is_empty() {
        return view! { <p class="no-standards">"No standard in the catalogue governs this item."</p> }
            .into_any();
    }
    view! {
        <div class="table-scroll" tabindex="0" role="group" aria-label="Standards (scrolls sideways when wider than the page)">
        <table class="standards">
            <caption>"Standards for " {item.id.clone()}</caption>
            <thead>
                <tr>
                    <th scope="col">"Standard"</th>
                    <th scope="col">"Document status"</th>
                    <th scope="col">"Claimed"</th>
                    <th scope="col">"Item stands"</th>
                </tr>
            </thead>
            <tbody>
                {item.standards.into_iter().map(|s| {
                    let href = Route::Standard(s.standard.to_string()).href();
                    view! {
                        <tr>
                            <th scope="row">
                                <a href=href>{s.standard.clone()}</a>
                                " " <span class="title">{s.title.clone()}</span>
                                {s.edition.as_deref().map(|e| view! { " (" {crate::report::edition_label(e).into_owned()} ")" })}
                                {s.local_file.clone().map(|f| view! { " " <span class="local-mark">"from your catalogue file " <code>{f}</code></span> })}
                            </th>
                            <td data-label="Document status"><crate::ui::coverage::DocumentStatus status=s.document_status /></td>
                            <td data-label="Claimed">{if s.claimed { "claimed" } else { "not claimed" }}</td>
                            <td class=format!("status status-{}", s.status.name()) data-label="Item stands">
                                {status_mark(s.status)} " " {status_label(s.status)}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
    .into_any()
}

#[component]
pub fn VerdictTable(
    results: Vec<Outcome>,
    /// What the table holds, for a screen reader's list of tables (`Verdicts for bel-ss109`).
    caption: String,
    /// What heads each printed page the table runs onto (`✗ non-compliant — bel-ss109 (…):
    /// verdicts`): a card of forty verdicts takes pages, and each should say whose they are.
    /// Not shown on screen, where the card's heading is above.
    running: String,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="group" aria-label="Verdicts (scrolls sideways when wider than the page)"
            on:focus=|event| crate::ui::browser::keyboard_focus_shows_top(&event)>
        <table class="verdicts">
            <caption class="visually-hidden">{caption}</caption>
            <thead>
                <tr class="running"><th colspan="8">{running}</th></tr>
                <tr class="columns">
                    <th scope="col">"Verdict"</th>
                    <th scope="col">"Requirement"</th>
                    <th scope="col">"Finding"</th>
                    <th scope="col">"Value as written"</th>
                    <th scope="col">"Converted"</th>
                    <th scope="col">"Limit"</th>
                    <th scope="col">"Source"</th>
                    <th scope="col">"Confidence"</th>
                </tr>
            </thead>
            <tbody>
                {results.into_iter().map(|r| view! { <VerdictRow outcome=r /> }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}

#[component]
fn VerdictRow(outcome: Outcome) -> impl IntoView {
    let r = outcome;
    let c = r.citation.clone();
    let verdict_class = format!("verdict verdict-{}", r.verdict.name());
    let (written, converted) = match &r.value {
        Some(v) => (
            format!(
                "{}{}",
                v.written,
                v.method
                    .as_ref()
                    .map(|m| format!(" [{m}]"))
                    .unwrap_or_default()
            ),
            // in the unit of the limit's figure where that is another than the property's:
            // the figure the limit is read against; a figure and its unit are joined by a
            // no-break space, and the cell breaks only at spaces (style/main.css), so that
            // `10000.2 lb` is not cut inside the figure nor parted from its unit
            match (&v.in_limit_unit, &v.converted, &v.unit) {
                (Some(in_limit_unit), _, _) => in_limit_unit.replace(' ', "\u{a0}"),
                (None, Some(c), Some(u)) => format!("{c}\u{a0}{}", u.replace(' ', "\u{a0}")),
                (None, Some(c), None) => c.clone(),
                (None, None, _) => "—".to_string(),
            },
        ),
        // only a missing verdict means the item does not state it: a requirement that does not
        // apply, or a value by another method, has no value here though the item may state one
        None if r.verdict == Verdict::Missing => ("not stated".to_string(), "—".to_string()),
        None => ("—".to_string(), "—".to_string()),
    };
    let limit = format!(
        "{}{}",
        c.limit.text,
        c.limit
            .method
            .as_ref()
            .map(|m| format!(" [{m}]"))
            .unwrap_or_default()
    );
    let severity = c.severity.name();
    let within_precision = r.within_precision;
    let verdict_class = if within_precision {
        format!("{verdict_class} within-precision")
    } else {
        verdict_class
    };
    view! {
        <tr class=format!("row-{}", r.verdict.name())>
            <td class=verdict_class data-verdict=r.verdict.name()
                data-within-precision=within_precision.then_some("true")>
                <span aria-hidden="true">{verdict_mark(r.verdict)} " "</span>
                {outcome_label(&r)}
            </td>
            // the row's header, which a screen reader repeats at every move across the row: the
            // requirement alone (what was found is a cell of its own)
            <th scope="row" class="requirement">
                <code>{c.requirement.clone()}</code>
                <br />
                <span class="statement">{c.statement.clone()}</span>
            </th>
            <td class="finding" data-label="Finding">
                <span class="severity">{severity} {c.clause.clone().map(|clause| format!(" · clause {clause}"))}</span>
                <br />
                <span class="message">{r.message.clone()}</span>
                {r.note.clone().map(|n| view! { <br /><span class="note">"Note: " {crate::ui::coded(&n)}</span> })}
            </td>
            <td class="value" data-label="Value as written">{written}</td>
            <td class="converted" data-label="Converted">{converted}</td>
            <td class="limit" data-label="Limit">{limit}</td>
            <td class="source" data-label="Source">{c.source.clone()}</td>
            <td class="confidence" data-label="Confidence"><ConfidenceBadge confidence=c.confidence /></td>
        </tr>
    }
}
