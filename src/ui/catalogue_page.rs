//! The catalogue views: every standard, searchable by number, title, item kind and property, and
//! one page per standard with its requirements, limits, sources and confidence.

use crate::catalogue::{Catalogue, Standard};
use crate::dictionary::Dictionary;
use crate::ui::browser;
use crate::ui::coverage::{CoverageTable, DocumentStatus};
use crate::ui::local_catalogue::{LocalCatalogue, LocalCataloguePanel};
use crate::ui::report_view::ConfidenceBadge;
use crate::ui::route::Route;
use crate::ui::AppState;
use leptos::prelude::*;

/// Lower case, with `_` and `-` read as spaces, so "chamber_pressure", "STANAG-4172" and
/// "stanag 4172" all read alike.
fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| if c == '_' || c == '-' { ' ' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Does a standard match every word of the search (in its number, title, domain, summary, item
/// kinds, selector, or its requirements' statements, limits and properties, by name or alias:
/// `oal` finds `overall_length`, `F-34` the fuels standard, `NATO slave` the slave receptacle)?
/// A decimal comma is a point (`5,56` is `5.56`).
pub fn matches(standard: &Standard, dictionary: &Dictionary, query: &str) -> bool {
    let mut haystack = vec![
        normalise(&standard.id),
        normalise(&standard.title),
        normalise(&standard.domain),
        normalise(&standard.summary),
    ];
    haystack.extend(standard.kinds.iter().map(|k| normalise(k)));
    haystack.extend(standard.selector.iter().map(|s| normalise(&s.to_string())));
    for r in &standard.requirements {
        haystack.push(normalise(r.property()));
        haystack.push(normalise(r.statement()));
        haystack.push(normalise(r.limit_text()));
        if let Some(property) = dictionary.properties.get(r.property()) {
            haystack.extend(property.aliases.iter().map(|a| normalise(a)));
        }
    }
    let compact: String = standard
        .id
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    haystack.push(compact);
    let all = haystack.join(" | ");
    // a comma between digits is read both ways, word by word: `5,56` is `5.56`, `16,000` is as
    // written. A word written with a hyphen (`F-54`, `STANAG-4172`) is found as written, its
    // parts together
    query.split_whitespace().map(normalise).all(|word| {
        found(&all, &word)
            || {
                let chars: Vec<char> = word.chars().collect();
                let digit = |at: Option<usize>| {
                    at.and_then(|a| chars.get(a))
                        .is_some_and(char::is_ascii_digit)
                };
                let decimal: String = chars
                    .iter()
                    .enumerate()
                    .map(|(i, &c)| {
                        if c == ',' && digit(i.checked_sub(1)) && digit(Some(i + 1)) {
                            '.'
                        } else {
                            c
                        }
                    })
                    .collect();
                decimal != word && found(&all, &decimal)
            }
            || unit_named(&all, &word)
    })
}

/// Whether `text` writes, as a word, a unit `word` names (`grain`, `grains`: `62 gr`), as a
/// data sheet's unit is searched for by its name. Only a word of three letters or more that is
/// no more than a unit's name (`in` or `g` would be in every standard).
fn unit_named(text: &str, word: &str) -> bool {
    if word.chars().count() < 3 || !word.chars().all(char::is_alphabetic) {
        return false;
    }
    let Some(unit) = crate::units::Unit::find(word) else {
        return false;
    };
    unit.spellings().map(normalise).any(|spelling| {
        text.match_indices(spelling.as_str()).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + spelling.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// Whether `text` holds `word`; a number only as a whole number (`54` is in `f 54`, not in
/// `0.354`; `24` not in `1.24` or `240`), a word anywhere (`oal` in `oal_max`).
fn found(text: &str, word: &str) -> bool {
    let numeric_start = word.starts_with(|c: char| c.is_ascii_digit());
    let numeric_end = word.ends_with(|c: char| c.is_ascii_digit());
    if !numeric_start && !numeric_end {
        return text.contains(word);
    }
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let rest = &text[at + word.len()..];
        let mut after = rest.chars();
        let (next, then) = (after.next(), after.next());
        let starts_clear =
            !numeric_start || !before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',');
        let ends_clear = !numeric_end
            || !(next.is_some_and(|c| c.is_ascii_digit())
                || (matches!(next, Some('.' | ',')) && then.is_some_and(|c| c.is_ascii_digit())));
        starts_clear && ends_clear
    })
}

/// The item kinds a standard governs, for people ("*" is every kind).
fn kinds_text(kinds: &[String]) -> String {
    kinds
        .iter()
        .map(|k| if k == "*" { "every kind" } else { k.as_str() })
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
pub fn CataloguePage(
    state: AppState,
    local: &'static LocalCatalogue,
    query: String,
) -> impl IntoView {
    let catalogue = state.catalogue;
    let query = RwSignal::new(query);
    let shown = Memo::new(move |_| {
        query.with(|q| {
            catalogue
                .standards
                .iter()
                .filter(|s| matches(s, &catalogue.dictionary, q))
                .map(|s| s.id.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <h1 tabindex="-1">"Catalogue"</h1>
        <p>
            {crate::ui::coverage::catalogue_name(catalogue)} ", version " {catalogue.version.clone()} ": "
            {catalogue.standards.len()} " standards, "
            {catalogue.standards.iter().map(|s| s.requirements.len()).sum::<usize>()} " requirements."
        </p>
        <CoverageTable catalogue=catalogue />
        <LocalCataloguePanel state=state local=local />
        <div role="search" class="no-print">
            <label for="catalogue-search">"Search by number, title, item kind or property"</label>
            <input id="catalogue-search" type="search" autocomplete="off"
                prop:value=move || query.get()
                on:input=move |ev| {
                    let q = event_target_value(&ev);
                    browser::replace_fragment(&Route::Catalogue { query: q.clone() }.href());
                    query.set(q);
                } />
        </div>
        <p role="status" data-testid="catalogue-count">
            {move || format!("{} of {} standards shown", shown.with(Vec::len), catalogue.standards.len())}
        </p>
        <div class="table-scroll" tabindex="0" role="group" aria-label="Standards (scrolls sideways when wider than the page)">
        <table class="catalogue">
            <thead>
                <tr>
                    <th scope="col">"Standard"</th>
                    <th scope="col">"Title"</th>
                    <th scope="col">"Edition"</th>
                    <th scope="col">"Status"</th>
                    <th scope="col">"Item kinds"</th>
                    <th scope="col">"Requirements"</th>
                </tr>
            </thead>
            <tbody>
                {move || shown.get().into_iter().filter_map(|id| catalogue.standard(&id)).map(|s| view! {
                    <tr>
                        <th scope="row"><a href=Route::Standard(s.id.to_string()).href()>{s.id.clone()}</a>
                            {s.local.then(|| view! { " " <span class="local-mark">"from your catalogue file " <code>{s.file.clone()}</code></span> })}
                        </th>
                        <td>{s.title.clone()}</td>
                        <td>{s.edition.clone().unwrap_or_else(|| "not stated".into())}</td>
                        <td><DocumentStatus status=s.status /></td>
                        <td>{kinds_text(&s.kinds)}</td>
                        <td>{s.requirements.len()}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}

#[component]
pub fn StandardPage(catalogue: &'static Catalogue, id: String) -> impl IntoView {
    let Some(standard) = catalogue.standard(&id) else {
        let hint = catalogue.suggest_standard(&id);
        return view! {
            <h1 tabindex="-1">"No such standard"</h1>
            <p>"The catalogue holds no standard " <code>{id.clone()}</code> "."
                {hint.map(|h| view! { " Did you mean " <a href=Route::Standard(h.clone()).href()>{h.clone()}</a> "?" })}
            </p>
            <p><a href=Route::Catalogue { query: String::new() }.href()>"All standards"</a></p>
        }
        .into_any();
    };
    let view = standard.view();
    view! {
        <nav class="breadcrumb no-print" aria-label="Breadcrumb">
            <a href=Route::Catalogue { query: String::new() }.href()>"Catalogue"</a> " › " {view.id.clone()}
        </nav>
        <h1 tabindex="-1">{view.id.clone()} " — " {view.title.clone()}</h1>
        <dl class="standard-facts">
            <dt>"Edition"</dt><dd>{view.edition.clone().unwrap_or_else(|| "not stated in a public source".into())}</dd>
            <dt>"Status"</dt><dd><DocumentStatus status=view.status />
                {standard.status_source.clone().map(|s| view! { " — " <span class="source">{s}</span> })}</dd>
            <dt>"Domain"</dt><dd>{view.domain.clone()}</dd>
            <dt>"Item kinds"</dt><dd>{kinds_text(&view.kinds)}</dd>
            {view.selector.clone().map(|s| view! { <dt>"Applies to items with"</dt><dd><code>{s}</code></dd> })}
            {standard.claimed_only().map(|judges| view! {
                <dt>"Judges"</dt>
                <dd data-testid="standard-judges">{judges} " (an item that does not is marked not applicable to it, with what to add to its claims)"</dd>
            })}
            <dt>"Address"</dt><dd><code>{Route::Standard(view.id.to_string()).href()}</code></dd>
            {standard.local.then(|| view! {
                <dt>"From"</dt>
                <dd data-testid="standard-from">"your catalogue file " <code>{standard.file.clone()}</code>
                    {standard.replacement_note().map(|note| view! { <br /><span class="note">{note}</span> })}
                </dd>
            })}
        </dl>
        <p class="standard-summary">{view.summary.clone()}</p>
        <h2>"Requirements (" {view.requirements.len()} ")"</h2>
        <div class="table-scroll" tabindex="0" role="group" aria-label="Requirements (scrolls sideways when wider than the page)">
        <table class="requirements">
            <thead>
                <tr>
                    <th scope="col">"Requirement"</th>
                    <th scope="col">"Property"</th>
                    <th scope="col">"Limit"</th>
                    <th scope="col">"Severity"</th>
                    <th scope="col">"Source"</th>
                    <th scope="col">"Confidence"</th>
                </tr>
            </thead>
            <tbody>
                {view.requirements.into_iter().map(|r| view! {
                    <tr>
                        <th scope="row">
                            <code>{r.id.clone()}</code>
                            {r.clause.clone().map(|c| view! { " · clause " {c} })}
                            <br /><span class="statement">{r.statement.clone()}</span>
                            {if r.judged_where_stated {
                                Some(view! { <br /><span class="when">"Judged only where stated"</span> }.into_any())
                            } else {
                                r.when.clone().map(|w| view! { <br /><span class="when">"Only when " <code>{w}</code></span> }.into_any())
                            }}
                            {(!r.kinds.is_empty()).then(|| view! { <br /><span class="when" data-testid="requirement-kinds">"Asks items of kind " {r.kinds.join(", ")} " only"</span> })}
                            {r.unless.clone().map(|u| view! { <br /><span class="when">"Not when " <code>{u}</code></span> })}
                            {(!r.or_stated.is_empty()).then(|| view! { <br /><span class="when">"Or stated as " <code>{r.or_stated.join(" or ")}</code> " (in its place or beside it)"</span> })}
                            {r.note.clone().map(|n| view! { <br /><span class="note">"Note: " {n}</span> })}
                            {(!r.alternatives.is_empty()).then(|| view! {
                                <ul class="alternatives">
                                    {r.alternatives.iter().map(|a| view! {
                                        <li>"Other figure: " {a.value.clone()} " — " {a.source.clone()}
                                            {a.note.clone().map(|n| view! { " (" {n} ")" })}</li>
                                    }).collect_view()}
                                </ul>
                            })}
                        </th>
                        <td><code>{r.property.clone()}</code></td>
                        <td class="limit">{r.limit.clone()} {r.method.clone().map(|m| view! { " [" {m} "]" })}</td>
                        <td>{r.severity.name()}</td>
                        <td class="source">{r.source.clone()}</td>
                        <td><ConfidenceBadge confidence=r.confidence /></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
    .into_any()
}
