//! The pairs view: a matrix of every loaded item against every other, each cell labelled by
//! NATO's level (symbol, code and colour); a cell opens the pair's reasons. Only one window of
//! the matrix (at most `WINDOW` × `WINDOW` cells) is in the page at a time, so a thousand items
//! (half a million pairs) stay responsive. It shows what `pair` decided and decides nothing.

use crate::check::Status;
use crate::pair::{self, Level, Pair};
use crate::report::Report;
use crate::ui::browser;
use crate::ui::examples::MULTINATIONAL;
use crate::ui::levels::{
    level_class, level_code, level_symbol, Legend, LevelBadge, PrintedReasons, ReasonsTable,
};
use crate::ui::route::Route;
use crate::ui::workspace::Workspace;
use crate::ui::AppState;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// Rows and columns in one window of the matrix.
pub const WINDOW: usize = 50;

/// What the matrix shows of an item in its row and column headings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemHead {
    /// The item's key in the report's pairs: its id, or `file#id` when ids repeat across files.
    /// It is what the views show, so that two files' items of one id are told apart.
    pub key: String,
    pub id: String,
    pub name: String,
    pub nation: String,
    pub kind: String,
    /// The item's own check found it non-compliant with a standard it claims: a pair rule
    /// compares only what it names, so such an item may fit another and still be unfit for use.
    pub non_compliant: bool,
}

/// The report's pairs indexed by item position, for constant-time cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairIndex {
    pub items: Vec<ItemHead>,
    /// (lower item position, higher item position, position in `report.pairs`, level), sorted.
    cells: Vec<(u32, u32, u32, Level)>,
    /// `cells[row_start[i]..row_start[i + 1]]` are the pairs whose lower position is `i`.
    row_start: Vec<usize>,
    /// Pairs whose ids name no loaded item (none, unless the report is inconsistent).
    pub unplaced: usize,
    /// By position in `report.pairs`: whether the pair passes a rule only with a warning (a
    /// cell says so, as the ammunition view does).
    warned: Vec<bool>,
    /// Why there are no pairs, when pairing was not done (too many items at once).
    pub not_weighed: Option<pair::TooManyPairs>,
    /// What one item leaves unstated that leaves several of its pairs unknown, said once
    /// (`report.pair_notices`).
    pub notices: Vec<String>,
}

impl PairIndex {
    pub fn build(report: &Report) -> PairIndex {
        let keys = pair::outcome_keys(&report.items);
        let items: Vec<ItemHead> = report
            .items
            .iter()
            .zip(keys)
            .map(|(o, key)| ItemHead {
                key,
                id: o.id.clone(),
                name: o.name.clone(),
                nation: o.nation.clone(),
                kind: o.kind.clone(),
                non_compliant: o.status == Status::NonCompliant,
            })
            .collect();
        let position: HashMap<&str, u32> = items
            .iter()
            .enumerate()
            .filter_map(|(i, h)| u32::try_from(i).ok().map(|i| (h.key.as_str(), i)))
            .collect();
        let mut cells = Vec::with_capacity(report.pairs.len());
        let mut unplaced = 0;
        for (n, p) in report.pairs.iter().enumerate() {
            match (
                position.get(p.a.as_str()),
                position.get(p.b.as_str()),
                u32::try_from(n),
            ) {
                (Some(&a), Some(&b), Ok(n)) if a != b => {
                    cells.push((a.min(b), a.max(b), n, p.level));
                }
                _ => unplaced += 1,
            }
        }
        cells.sort_unstable_by_key(|&(a, b, _, _)| (a, b));
        let mut row_start = Vec::with_capacity(items.len() + 1);
        let mut at = 0;
        for i in 0..=items.len() {
            while at < cells.len() && (cells[at].0 as usize) < i {
                at += 1;
            }
            row_start.push(at);
        }
        PairIndex {
            items,
            cells,
            row_start,
            unplaced,
            warned: report.pairs.iter().map(Pair::has_warning).collect(),
            not_weighed: report.pairs_not_weighed,
            notices: report.pair_notices.clone(),
        }
    }

    /// The pair of the items at positions `r` and `c` (either order): its position in
    /// `report.pairs` and its level; `None` when no rule relates them.
    pub fn cell(&self, r: usize, c: usize) -> Option<(usize, Level)> {
        let (lo, hi) = (r.min(c), r.max(c));
        if lo == hi {
            return None;
        }
        let row = self
            .cells
            .get(*self.row_start.get(lo)?..*self.row_start.get(lo + 1)?)?;
        let hi = u32::try_from(hi).ok()?;
        let found = row.binary_search_by_key(&hi, |&(_, b, _, _)| b).ok()?;
        row.get(found).map(|&(_, _, n, level)| (n as usize, level))
    }

    /// Whether the pair at `n` in `report.pairs` passes a rule only with a warning.
    pub fn warned(&self, n: usize) -> bool {
        self.warned.get(n).copied().unwrap_or(false)
    }

    /// The position of the item with this key.
    pub fn position(&self, key: &str) -> Option<usize> {
        self.items.iter().position(|h| h.key == key)
    }

    /// How many related pairs there are at each level.
    pub fn count(&self, level: Level) -> usize {
        self.cells.iter().filter(|c| c.3 == level).count()
    }

    pub fn pairs(&self) -> usize {
        self.cells.len()
    }

    /// The item kinds present, sorted.
    pub fn kinds(&self) -> Vec<String> {
        crate::set_of(self.items.iter().map(|h| h.kind.clone()))
            .into_iter()
            .collect()
    }

    /// Positions of the items of `kind` (every item for an empty kind).
    pub fn of_kind(&self, kind: &str) -> Vec<usize> {
        (0..self.items.len())
            .filter(|&i| kind.is_empty() || self.items[i].kind == kind)
            .collect()
    }
}

/// Shared so that a memo holding it is cheap to read; two indexes are equal only if they are
/// the same build (comparing half a million cells on every change would cost more than it saves).
#[derive(Clone)]
pub struct Shared(pub Arc<PairIndex>);

impl PartialEq for Shared {
    fn eq(&self, other: &Shared) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The index of the current report's pairs, rebuilt when the report changes.
pub fn pair_index(state: AppState) -> Memo<Option<Shared>> {
    Memo::new(move |_| {
        state.checked.with(|c| {
            c.as_ref()
                .map(|c| Shared(Arc::new(PairIndex::build(&c.report))))
        })
    })
}

/// The first position of the window that holds `i`.
pub fn window_start(i: usize) -> usize {
    i - i % WINDOW
}

/// "1–50 of 1,000"-style text for a window over `total` entries.
pub fn window_text(start: usize, total: usize) -> String {
    if total == 0 {
        return "none".into();
    }
    let end = (start + WINDOW).min(total);
    format!("{}–{} of {}", start + 1, end, total)
}

#[component]
pub fn PairsPage(state: AppState) -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Pairs"</h1>
        <p>"Every two loaded items that a rule of the catalogue relates, at NATO's level: "
            "incompatible, not interchangeable, unknown, compatible, interchangeable or commonality. "
            "Choose a cell to read the rules, values and sources behind it."</p>
        <InputErrors state=state />
        <Pairs state=state />
    }
}

/// The matrix of `state`'s check and the reasons of the cell chosen: the pairs view's, and a
/// viewed result link's (with a state whose check is the link's).
#[component]
pub fn Pairs(state: AppState) -> impl IntoView {
    let index = pair_index(state);
    move || match index.get() {
        None => view! { <EmptyWorkspace state=state /> }.into_any(),
        Some(Shared(index)) => view! { <Matrix state=state index=index /> }.into_any(),
    }
}

/// While a loaded text has errors, the pairs and ammunition views say that what they show is
/// not all of it: the check view shows the errors beside the text, which these views do not.
#[component]
pub fn InputErrors(state: AppState) -> impl IntoView {
    let broken = Memo::new(move |_| {
        state
            .workspace
            .with(|w| w.with_errors().map(|s| s.name.clone()).collect::<Vec<_>>())
    });
    move || {
        let broken = broken.get();
        (!broken.is_empty()).then(|| {
            view! {
                <p class="notice" role="status" data-testid="input-errors">
                    {broken.join(", ")} " has errors (see the "
                    <a href=Route::Check.href()>"check view"</a>
                    "): what is shown here is from the last version of each text that could be read, "
                    "and leaves out a file that never could."
                </p>
            }
        })
    }
}

/// Why the pairs and ammunition views have nothing to show, when pairing was not done.
#[component]
pub fn NotWeighed(index: Arc<PairIndex>) -> impl IntoView {
    index.not_weighed.map(|why| {
        view! {
            <p class="notice" role="status" data-testid="pairs-not-weighed">
                {why.to_string()} "."
            </p>
        }
    })
}

/// What the pairs and ammunition views show when no report is made: a one-click example when
/// nothing is loaded, or where the errors are when nothing loaded could be read.
#[component]
pub fn EmptyWorkspace(state: AppState) -> impl IntoView {
    let (name, text) = MULTINATIONAL;
    let unreadable = move || !state.workspace.with(Workspace::is_empty);
    view! {
        <Show when=unreadable fallback=move || view! { <LoadSomething state=state name=name text=text /> }>
            <p class="empty" data-testid="no-pairs">
                "Nothing loaded could be read: every input has errors, shown in the "
                <a href=Route::Check.href()>"check view"</a>
                "."
            </p>
        </Show>
    }
}

#[component]
fn LoadSomething(state: AppState, name: &'static str, text: &'static str) -> impl IntoView {
    let catalogue = state.catalogue;
    view! {
        <p class="empty" data-testid="no-pairs">
            "Nothing is loaded yet. Load specs in the "
            <a href=Route::Check.href()>"check view"</a>
            ", or "
            <button type="button" on:click=move |_| {
                state.workspace.update(|w| {
                    w.put_file(name, text.to_string(), catalogue);
                });
            }>"load the multinational example"</button>
            " (" {name} ")."
        </p>
    }
}

#[component]
fn Matrix(state: AppState, index: Arc<PairIndex>) -> impl IntoView {
    let total = index.items.len();
    let kinds = index.kinds();
    // the kinds chosen, kept over other views and a reload (a kind no loaded item has any more
    // is every kind)
    let (row_choice, col_choice) = (state.views.pair_rows, state.views.pair_cols);
    let chosen = |choice: RwSignal<String>| {
        let kinds = kinds.clone();
        Memo::new(move |_| {
            choice.with(|k| {
                if kinds.contains(k) {
                    k.clone()
                } else {
                    String::new()
                }
            })
        })
    };
    let (row_kind, col_kind) = (chosen(row_choice), chosen(col_choice));
    // The open pair, by item keys (so it survives a change of input that keeps both items, and
    // a reload).
    let selected = state.views.pair_open;
    let rows = {
        let index = index.clone();
        Memo::new(move |_| row_kind.with(|k| index.of_kind(k)))
    };
    let cols = {
        let index = index.clone();
        Memo::new(move |_| col_kind.with(|k| index.of_kind(k)))
    };
    // the windows open on the open pair's cell (after a reload, or a visit to another view)
    let (first_row, first_col) = selected
        .with_untracked(|open| {
            let (a, b) = open.as_ref()?;
            let (r, c) = (index.position(a)?, index.position(b)?);
            let at = |list: Memo<Vec<usize>>, i: usize| {
                list.with_untracked(|l| l.iter().position(|&x| x == i))
            };
            Some((window_start(at(rows, r)?), window_start(at(cols, c)?)))
        })
        .unwrap_or((0, 0));
    let row_start = RwSignal::new(first_row);
    let col_start = RwSignal::new(first_col);
    let counts = {
        let index = index.clone();
        move || {
            crate::ui::levels::LEVELS
                .iter()
                .map(|&l| (l, index.count(l)))
                .collect::<Vec<_>>()
        }
    };
    // (each option says whether it is the chosen one: the select's value alone is set before
    // its options are, on a reload)
    let kind_options = move |kinds: Vec<String>, chosen: Memo<String>| {
        kinds
            .into_iter()
            .map(|k| {
                let (this, value) = (k.clone(), k.clone());
                view! { <option value=value prop:selected=move || chosen.with(|c| *c == this)>{k}</option> }
            })
            .collect_view()
    };
    let index_for_grid = index.clone();
    let index_for_print = index.clone();
    let index_for_detail = index.clone();
    view! {
        <p data-testid="pairs-summary">
            {crate::suggest::counted(total, "item")} ", " {crate::suggest::counted(index.pairs(), "related pair")} ": "
            {counts().into_iter().map(|(l, n)| view! {
                <span class="count">
                    <span class=level_class(l)><span aria-hidden="true">{level_symbol(l)} " "</span>{l.word()}</span>
                    " " {n}
                </span>
            }).collect_view()}
        </p>
        {(index.unplaced > 0).then(|| view! {
            <p class="notice">{crate::suggest::counted(index.unplaced, "pair")} {if index.unplaced == 1 { " names" } else { " name" }} " items that are not loaded and are not shown."</p>
        })}
        // (printed too: a figure a board's copy lacks is said once, above the pairs it leaves
        // unknown; folded on a narrow or short window, as the legend is: there they fill a
        // screen above the matrix)
        {(!index.notices.is_empty()).then(|| view! {
            <details class="pair-notices" data-testid="pair-notices-box" open=!browser::small_window()>
                <summary>
                    {crate::suggest::counted(index.notices.len(), "figure")}
                    " left unstated leave several pairs unknown"
                </summary>
                <ul class="notices" data-testid="pair-notices">
                    {index.notices.iter().map(|n| view! { <li>"⚠ " {crate::ui::coded(n)}</li> }).collect_view()}
                </ul>
            </details>
        })}
        <NotWeighed index=index.clone() />
        <Legend />
        // (folded on a narrow window: there they fill a screen above the matrix)
        <details class="matrix-options no-print" open=!browser::narrow_window()>
        <summary>"Rows, columns and go to item"</summary>
        <div class="matrix-controls" role="group" aria-label="Matrix window">
            <label>"Rows: "
                <select prop:value=move || row_kind.get()
                    on:change=move |ev| { row_choice.set(event_target_value(&ev)); row_start.set(0); }>
                    <option value="">"every kind"</option>
                    {kind_options(kinds.clone(), row_kind)}
                </select>
            </label>
            <label>"Columns: "
                <select prop:value=move || col_kind.get()
                    on:change=move |ev| { col_choice.set(event_target_value(&ev)); col_start.set(0); }>
                    <option value="">"every kind"</option>
                    {kind_options(kinds.clone(), col_kind)}
                </select>
            </label>
            <span class="window-nav">
                <button type="button" id="rows-previous" prop:disabled={move || row_start.get() == 0}
                    on:click=move |_| {
                        row_start.update(|s| *s = s.saturating_sub(WINDOW));
                        browser::keep_focus_from_disabled("rows-previous", "rows-next");
                    }>
                    "▲ Previous " {WINDOW} " rows"</button>
                <button type="button" id="rows-next" prop:disabled={move || row_start.get() + WINDOW >= rows.with(Vec::len)}
                    on:click=move |_| {
                        row_start.update(|s| *s += WINDOW);
                        browser::keep_focus_from_disabled("rows-next", "rows-previous");
                    }>
                    "▼ Next " {WINDOW} " rows"</button>
            </span>
            <span class="window-nav">
                <button type="button" id="cols-previous" prop:disabled={move || col_start.get() == 0}
                    on:click=move |_| {
                        col_start.update(|s| *s = s.saturating_sub(WINDOW));
                        browser::keep_focus_from_disabled("cols-previous", "cols-next");
                    }>
                    "◀ Previous " {WINDOW} " columns"</button>
                <button type="button" id="cols-next" prop:disabled={move || col_start.get() + WINDOW >= cols.with(Vec::len)}
                    on:click=move |_| {
                        col_start.update(|s| *s += WINDOW);
                        browser::keep_focus_from_disabled("cols-next", "cols-previous");
                    }>
                    "Next " {WINDOW} " columns ▶"</button>
            </span>
            <GoTo index=index.clone() rows=rows cols=cols row_start=row_start col_start=col_start />
        </div>
        </details>
        <p role="status" data-testid="window">
            {move || format!(
                "Rows {} · columns {}",
                window_text(row_start.get(), rows.with(Vec::len)),
                window_text(col_start.get(), cols.with(Vec::len)),
            )}
        </p>
        <p id="matrix-keys" class="stamp no-print">"In the matrix, the arrow keys move between pairs along a row or a column, Home and End to a row's first and last, Page Down and Page Up to the next row that has one, and Enter opens a pair's reasons."</p>
        <div class="matrix-scroll" tabindex="0" role="region" aria-label="Pairs matrix, scrollable">
            {move || {
                let index = index_for_grid.clone();
                let rs = row_start.get();
                let cs = col_start.get();
                let row_ids: Vec<usize> = rows.with(|r| r.iter().skip(rs).take(WINDOW).copied().collect());
                let col_ids: Vec<usize> = cols.with(|c| c.iter().skip(cs).take(WINDOW).copied().collect());
                view! { <Grid index=index row_ids=row_ids col_ids=col_ids selected=selected /> }
            }}
        </div>
        // paper is narrower than a matrix of fifty columns: a printout lists the window's pairs
        {
            let index = index_for_print.clone();
            move || {
                let rs = row_start.get();
                let cs = col_start.get();
                let row_ids: Vec<usize> = rows.with(|r| r.iter().skip(rs).take(WINDOW).copied().collect());
                let col_ids: Vec<usize> = cols.with(|c| c.iter().skip(cs).take(WINDOW).copied().collect());
                view! { <PrintedPairs state=state index=index.clone() row_ids=row_ids col_ids=col_ids /> }
            }
        }
        <Detail state=state index=index_for_detail selected=selected />
    }
}

/// For a printout, in place of the matrix (whose fifty columns paper cannot hold): each pair of
/// the window once, with its level and ⚠, by row, and its reasons under it (a board reading the
/// paper has no cell to open).
#[component]
fn PrintedPairs(
    state: AppState,
    index: Arc<PairIndex>,
    row_ids: Vec<usize>,
    col_ids: Vec<usize>,
) -> impl IntoView {
    let mut seen = std::collections::BTreeSet::new();
    let mut listed = Vec::new();
    for &r in &row_ids {
        for &c in &col_ids {
            if let Some((n, level)) = index.cell(r, c) {
                if seen.insert((r.min(c), r.max(c))) {
                    listed.push((r, c, n, level, index.warned(n)));
                }
            }
        }
    }
    let key = |i: usize| index.items.get(i).map_or(String::new(), |h| h.key.clone());
    // each pair told from its row's side, as its cell is
    let reasons = |n: usize, r: usize| {
        let pair = state
            .checked
            .with_untracked(|ch| ch.as_ref().and_then(|ch| ch.report.pairs.get(n).cloned()));
        pair.map(|p| p.from_side_of(&key(r)))
    };
    view! {
        <div class="print-only printed-pairs" data-testid="printed-pairs">
            <p>"This printout lists each pair of the matrix window shown, once, with its reasons ("
                {crate::suggest::counted(listed.len(), "pair")} "); every pair is in the JSON report."</p>
            <table>
                <thead><tr><th scope="col">"Item"</th><th scope="col">"Item"</th><th scope="col">"Level"</th></tr></thead>
                <tbody>
                    {listed.into_iter().map(|(r, c, n, level, warned)| view! {
                        <tr class="printed-pair">
                            <td>{key(r)}</td>
                            <td>{key(c)}</td>
                            <td>{level_symbol(level)} " " {level.word()}
                                {warned.then_some(" ⚠ with a warning")}</td>
                        </tr>
                        {reasons(n, r).map(|pair| view! {
                            <tr class="printed-why">
                                <td colspan="3"><PrintedReasons pair=pair /></td>
                            </tr>
                        })}
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Moves both windows so that an item's row and column are in view.
#[component]
fn GoTo(
    index: Arc<PairIndex>,
    rows: Memo<Vec<usize>>,
    cols: Memo<Vec<usize>>,
    row_start: RwSignal<usize>,
    col_start: RwSignal<usize>,
) -> impl IntoView {
    let options: Vec<String> = index
        .items
        .iter()
        .take(2_000)
        .map(|h| h.key.clone())
        .collect();
    let wanted = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let go = move || {
        let key = wanted.get_untracked();
        let key = key.trim();
        // a key (`file#id`), else a bare id: of the items with that id (several files may use
        // one), the first among the rows or columns shown, else the first
        let in_view = |i: usize| {
            rows.with_untracked(|r| r.contains(&i)) || cols.with_untracked(|c| c.contains(&i))
        };
        let same_id: Vec<usize> = (0..index.items.len())
            .filter(|&i| index.items[i].id == key && index.items[i].key != key)
            .collect();
        // then, as people type: an id in another case, or the item's name
        let loosely = || {
            let folded = key.to_lowercase();
            let by = |pick: fn(&ItemHead) -> &str| {
                let found: Vec<usize> = (0..index.items.len())
                    .filter(|&i| pick(&index.items[i]).to_lowercase() == folded)
                    .collect();
                found.first().copied().filter(|_| found.len() == 1)
            };
            by(|h| h.id.as_str()).or_else(|| by(|h| h.name.as_str()))
        };
        let Some(at) = index
            .position(key)
            .or_else(|| {
                same_id
                    .iter()
                    .copied()
                    .find(|&i| in_view(i))
                    .or(same_id.first().copied())
            })
            .or_else(loosely)
        else {
            message.set(format!(
                "No loaded item has the id or name “{key}” (or several share that name: go to one by its id)."
            ));
            return;
        };
        let mut said = Vec::new();
        match rows.with_untracked(|r| r.iter().position(|&i| i == at)) {
            Some(p) => row_start.set(window_start(p)),
            None => said.push("rows"),
        }
        match cols.with_untracked(|c| c.iter().position(|&i| i == at)) {
            Some(p) => col_start.set(window_start(p)),
            None => said.push("columns"),
        }
        let shown = index.items.get(at).map_or(key, |h| h.key.as_str());
        // the focus goes to the item's first pair, in its row, else its column: in the window
        // now shown, else the other window moves to its first pair anywhere
        let first_in =
            |list: Memo<Vec<usize>>, start: RwSignal<usize>, pair: &dyn Fn(usize) -> bool| {
                let start = start.get_untracked();
                list.with_untracked(|l| {
                    let shown = (start..l.len().min(start + WINDOW)).find(|&p| pair(l[p]));
                    shown
                        .or_else(|| l.iter().position(|&other| pair(other)))
                        .map(|p| (p, l[p]))
                })
            };
        let as_row = rows.with_untracked(|r| r.contains(&at));
        let as_col = cols.with_untracked(|c| c.contains(&at));
        let target = if as_row {
            first_in(cols, col_start, &|c| index.cell(at, c).is_some()).map(|(p, c)| {
                col_start.set(window_start(p));
                (at, c)
            })
        } else if as_col {
            first_in(rows, row_start, &|r| index.cell(r, at).is_some()).map(|(p, r)| {
                row_start.set(window_start(p));
                (r, at)
            })
        } else {
            None
        };
        if let Some((r, c)) = target {
            browser::focus_next_frame(move || browser::focus_id(&cell_id(r, c)));
        }
        let focused = match target {
            Some(_) => " The focus is on its first pair.",
            None if as_row || as_col => " It has no pair with the items shown.",
            None => "",
        };
        let whereabouts = if said.is_empty() {
            format!("{shown} is in view.{focused}")
        } else {
            format!(
                "{shown} is not among the {} of the chosen kind.{focused}",
                said.join(" or ")
            )
        };
        message.set(if same_id.len() > 1 {
            let keys: Vec<&str> = same_id
                .iter()
                .map(|&i| index.items[i].key.as_str())
                .collect();
            format!(
                "{key} is the id of {} items ({}); write file#id for another. {whereabouts}",
                same_id.len(),
                keys.join(", ")
            )
        } else {
            whereabouts
        });
    };
    view! {
        <form class="goto" on:submit=move |ev| { ev.prevent_default(); go(); }>
            <label for="goto-item">"Go to item "</label>
            <input id="goto-item" type="text" autocomplete="off" list="goto-items"
                prop:value=move || wanted.get()
                on:input=move |ev| wanted.set(event_target_value(&ev)) />
            <datalist id="goto-items">
                {options.into_iter().map(|key| view! { <option value=key></option> }).collect_view()}
            </datalist>
            <button type="submit">"Show"</button>
            <span class="goto-message" role="status">{move || message.get()}</span>
        </form>
    }
}

/// One window of the matrix: at most `WINDOW` × `WINDOW` cells.
#[component]
fn Grid(
    index: Arc<PairIndex>,
    row_ids: Vec<usize>,
    col_ids: Vec<usize>,
    selected: RwSignal<Option<(String, String)>>,
) -> impl IntoView {
    if row_ids.is_empty() || col_ids.is_empty() {
        return view! { <p>"No item of the chosen kinds."</p> }.into_any();
    }
    let heads = |i: usize| index.items.get(i).cloned();
    let col_heads: Vec<(usize, ItemHead)> = col_ids
        .iter()
        .filter_map(|&c| heads(c).map(|h| (c, h)))
        .collect();
    // One cell of the window is a Tab stop, the arrow keys move between cells (a grid of 2,500
    // cells is not 2,500 Tab stops): the first labelled cell, until the user moves.
    let has = {
        let index = index.clone();
        move |r: usize, c: usize| index.cell(r, c).is_some()
    };
    let first = row_ids
        .iter()
        .flat_map(|&r| col_ids.iter().map(move |&c| (r, c)))
        .find(|&(r, c)| has(r, c));
    let roving = RwSignal::new(first);
    let on_key = {
        let (rows, cols) = (row_ids.clone(), col_ids.clone());
        move |ev: web_sys::KeyboardEvent| {
            let Some(at) = roving.get_untracked() else {
                return;
            };
            // (Alt+ArrowLeft is the browser's Back, Ctrl+Home the page's top)
            if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
                return;
            }
            let key = ev.key();
            if MOVE_KEYS.contains(&key.as_str()) {
                ev.prevent_default();
            }
            if let Some(next) = next_cell(&rows, &cols, &has, at, &key) {
                roving.set(Some(next));
                browser::focus_id(&cell_id(next.0, next.1));
            }
        }
    };
    view! {
        // a grid: one Tab stop, whose cells the arrow keys move between (a screen reader hands
        // them to the page, rather than reading on by them)
        <table class="matrix" data-testid="matrix" role="grid" aria-describedby="matrix-keys" on:keydown=on_key>
            <caption class="visually-hidden">"Level of each pair: rows and columns are loaded items"</caption>
            <thead>
                <tr>
                    <td class="corner"></td>
                    {col_heads.iter().map(|(_, h)| view! {
                        <th scope="col" class="col-head" data-key=h.key.clone()
                            title=format!("{} ({} · {})", h.key, h.nation, h.kind)>
                            <span class="vertical">
                                <span class="item-id">{h.key.clone()}</span>
                                <br />
                                <span class="head-meta">{h.nation.clone()} " · " {h.kind.clone()}</span>
                            </span>
                        </th>
                    }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {row_ids.iter().filter_map(|&r| heads(r).map(|h| (r, h))).map(|(r, h)| {
                    let cells = col_heads.iter().map(|(c, ch)| {
                        let c = *c;
                        if r == c {
                            return view! { <td class="cell level-none self" title="the item itself">"—"</td> }.into_any();
                        }
                        match index.cell(r, c) {
                            None => view! {
                                <td class="cell level-none"
                                    title="no pair: no rule relates the two, or, sharing no NSN or design, one is incomplete or non-compliant against its own standards (see the legend)">"—"</td>
                            }.into_any(),
                            Some((n, level)) => {
                                let pick = (h.key.clone(), ch.key.clone());
                                let is_selected = {
                                    let pick = pick.clone();
                                    move || selected.with(|s| s.as_ref() == Some(&pick))
                                };
                                let warned = index.warned(n);
                                let with_warning = if warned { ", with a warning" } else { "" };
                                let label = format!("{} × {}: {}{with_warning}", h.key, ch.key, level.word());
                                let title = label.clone();
                                view! {
                                    <td class=format!("cell level-{}", level.name())>
                                        <button type="button" class="cell-button" id=cell_id(r, c)
                                            data-a=h.key.clone() data-b=ch.key.clone() data-level=level.name()
                                            title=title
                                            tabindex=move || if roving.get() == Some((r, c)) { "0" } else { "-1" }
                                            on:focus=move |_| roving.set(Some((r, c)))
                                            aria-current=move || is_selected().then_some("true")
                                            on:click=move |ev| {
                                                selected.set(Some(pick.clone()));
                                                // opened from the keyboard (a click of no mouse
                                                // button): the focus goes to the reasons, below
                                                if ev.detail() == 0 {
                                                    browser::focus_next_frame(|| browser::focus_id_at_top("pair-heading"));
                                                }
                                            }>
                                            <span aria-hidden="true">{level_symbol(level)} <br /> {level_code(level)}
                                                {warned.then(|| view! { <span class="cell-warning">" ⚠"</span> })}
                                            </span>
                                            <span class="visually-hidden">{label}</span>
                                        </button>
                                    </td>
                                }.into_any()
                            }
                        }
                    }).collect_view();
                    view! {
                        <tr>
                            <th scope="row" class="row-head" data-key=h.key.clone()
                                title=format!("{} ({} · {})", h.key, h.nation, h.kind)>
                                <span class="row-label">
                                    <span class="item-id">{h.key.clone()}</span>
                                    " " <span class="head-meta">{h.nation.clone()} " · " {h.kind.clone()}</span>
                                </span>
                            </th>
                            {cells}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The keys that move within the matrix: kept from the page even where there is no cell to move
/// to, so that an arrow at an edge does not scroll the focused cell out of sight.
pub const MOVE_KEYS: [&str; 8] = [
    "ArrowRight",
    "ArrowLeft",
    "ArrowDown",
    "ArrowUp",
    "Home",
    "End",
    "PageDown",
    "PageUp",
];

/// The labelled cell a key moves to from `at` in a window of `rows` × `cols` item positions,
/// skipping cells with no pair; `None` for another key or where there is none that way.
/// Left and right (Home and End) stay in the row, up and down in the column: the cell reached
/// is always of the row or the column the user reads it by. Page Down and Page Up go to the
/// next row that has a labelled cell, to the one nearest the column the focus is in: so every
/// labelled cell of a window is reached, however the related items lie in blocks (a column of
/// bridges has no cell in the rows of rifles).
pub fn next_cell(
    rows: &[usize],
    cols: &[usize],
    has: &impl Fn(usize, usize) -> bool,
    at: (usize, usize),
    key: &str,
) -> Option<(usize, usize)> {
    let (r, c) = at;
    let ri = rows.iter().position(|&x| x == r)?;
    let ci = cols.iter().position(|&x| x == c)?;
    let in_row =
        |mut cs: Box<dyn Iterator<Item = &usize> + '_>| cs.find(|&&x| has(r, x)).map(|&x| (r, x));
    // of a row, the labelled cell nearest the focus's column (the left one of two as near)
    let nearest_in = |row: usize| {
        cols.iter()
            .enumerate()
            .filter(|&(_, &x)| has(row, x))
            .min_by_key(|&(i, _)| (i.abs_diff(ci), i))
            .map(|(_, &x)| (row, x))
    };
    let in_rows =
        |mut rs: Box<dyn Iterator<Item = &usize> + '_>| rs.find_map(|&row| nearest_in(row));
    let in_column =
        |mut rs: Box<dyn Iterator<Item = &usize> + '_>| rs.find(|&&x| has(x, c)).map(|&x| (x, c));
    match key {
        "ArrowRight" => in_row(Box::new(cols.iter().skip(ci + 1))),
        "ArrowLeft" => in_row(Box::new(cols.iter().take(ci).rev())),
        "ArrowDown" => in_column(Box::new(rows.iter().skip(ri + 1))),
        "ArrowUp" => in_column(Box::new(rows.iter().take(ri).rev())),
        "PageDown" => in_rows(Box::new(rows.iter().skip(ri + 1))),
        "PageUp" => in_rows(Box::new(rows.iter().take(ri).rev())),
        "Home" => in_row(Box::new(cols.iter())),
        "End" => in_row(Box::new(cols.iter().rev())),
        _ => None,
    }
}

/// The element id of the matrix cell of the items at positions `row` and `column` of the
/// pair index (positions, not keys: a key may hold any character).
fn cell_id(row: usize, column: usize) -> String {
    format!("cell-{row}-{column}")
}

/// The open pair: both items and the reasons.
#[component]
fn Detail(
    state: AppState,
    index: Arc<PairIndex>,
    selected: RwSignal<Option<(String, String)>>,
) -> impl IntoView {
    let shown = move || {
        let (a, b) = selected.get()?;
        let (r, c) = (index.position(&a)?, index.position(&b)?);
        let (at, _) = index.cell(r, c)?;
        let pair: Pair = state
            .checked
            .with(|ch| ch.as_ref().and_then(|ch| ch.report.pairs.get(at).cloned()))?;
        // told in the order of the cell: its row's item first
        let pair = pair.from_side_of(&index.items[r].key);
        Some((index.items[r].clone(), index.items[c].clone(), pair, (r, c)))
    };
    let back_message = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        selected.track();
        back_message.set(None);
    });
    view! {
        <section class="pair-detail" aria-labelledby="pair-heading" data-testid="pair-detail">
            {move || match shown() {
                None => view! {
                    <h2 id="pair-heading">"Reasons"</h2>
                    <p>"Choose a labelled cell of the matrix (click it, or Tab into the matrix, move with the arrow keys and press Enter) to read why the pair has its level."</p>
                }.into_any(),
                Some((x, y, pair, (r, c))) => {
                    let caption = format!("Rules between {} and {}", pair.a, pair.b);
                    view! {
                        <h2 id="pair-heading" tabindex="-1">
                            <span class="item-id">{x.key.clone()}</span> " × " <span class="item-id">{y.key.clone()}</span>
                            ": " <LevelBadge level=pair.level />
                        </h2>
                        <p class="no-print">
                            <button type="button" on:click=move |_| {
                                // the cell of this pair in the window shown, either way round
                                let found = browser::focus_id(&cell_id(r, c)) || browser::focus_id(&cell_id(c, r));
                                back_message.set((!found).then(|| {
                                    "This pair's cell is not in the matrix window shown (use Go to item, or the kind filters)."
                                        .to_string()
                                }));
                            }>"Back to this pair's cell in the matrix"</button>
                            " " <span role="status">{move || back_message.get()}</span>
                        </p>
                        <ul class="pair-items">
                            <li><span class="item-id">{x.key.clone()}</span> " — " {x.name.clone()} " · " {x.nation.clone()} " · " {x.kind.clone()}</li>
                            <li><span class="item-id">{y.key.clone()}</span> " — " {y.name.clone()} " · " {y.nation.clone()} " · " {y.kind.clone()}</li>
                        </ul>
                        <ReasonsTable pair=pair caption=caption />
                    }.into_any()
                }
            }}
        </section>
    }
}
