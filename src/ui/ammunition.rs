//! The ammunition view, in the manner of NATO's ammunition interchangeability catalogue: for each
//! loaded weapon, which nations' rounds can be used in it and at which level, grouped by level,
//! with each pair's reasons on demand. It reads the report's pairs and decides nothing.

use crate::catalogue::Catalogue;
use crate::pair::Level;
use crate::ui::browser;
use crate::ui::levels::{Legend, LevelBadge, ReasonsTable, LEVELS};
use crate::ui::pairs_page::{
    pair_index, EmptyWorkspace, InputErrors, NotWeighed, PairIndex, Shared,
};
use crate::ui::AppState;
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// The item kind whose rows this view lists.
pub const WEAPON: &str = "weapon";

/// Weapons shown on one page of the view.
pub const WEAPONS_PER_PAGE: usize = 20;

/// The kinds a chambering rule (one on the `cartridge` property) relates to weapons: the rounds,
/// cartridges today; magazines and other weapon interfaces are not ammunition.
pub fn round_kinds(catalogue: &Catalogue) -> BTreeSet<String> {
    let kinds = catalogue
        .pair_rules
        .iter()
        .filter(|r| {
            r.a_property
                .iter()
                .chain(&r.b_property)
                .any(|p| p == "cartridge")
        })
        .filter_map(|r| {
            if r.a == WEAPON && r.b != WEAPON {
                Some(r.b.clone())
            } else if r.b == WEAPON && r.a != WEAPON {
                Some(r.a.clone())
            } else {
                None
            }
        });
    crate::set_of(kinds)
}

/// One round as a weapon's table lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub position: usize,
    /// Where the pair is in `report.pairs`.
    pub pair: usize,
    pub level: Level,
    /// A rule passed only with a warning (e.g. .223 Remington in a 5.56 mm NATO chamber).
    pub warned: bool,
    /// The round's own check found it non-compliant (an over-pressure lot): it may fit the
    /// weapon by the pair rules and still not be fit to fire, so it is not listed as usable.
    pub lot_fails: bool,
}

/// A weapon and its rounds, grouped by level, highest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeaponRow {
    pub position: usize,
    pub groups: Vec<(Level, Vec<Round>)>,
}

impl WeaponRow {
    /// The nations whose rounds can be used (compatible or better, and compliant), sorted.
    pub fn usable_nations(&self, index: &PairIndex) -> Vec<String> {
        let nations = self
            .groups
            .iter()
            .filter(|(l, _)| *l >= Level::Compatible)
            .flat_map(|(_, rounds)| rounds.iter())
            .filter(|r| !r.lot_fails)
            .filter_map(|r| index.items.get(r.position).map(|h| h.nation.clone()));
        crate::set_of(nations).into_iter().collect()
    }
}

/// Every weapon in report order, with the rounds a rule relates to it.
pub fn weapon_rows(index: &PairIndex, rounds: &BTreeSet<String>) -> Vec<WeaponRow> {
    let round_positions: Vec<usize> = (0..index.items.len())
        .filter(|&i| rounds.contains(&index.items[i].kind))
        .collect();
    (0..index.items.len())
        .filter(|&w| index.items[w].kind == WEAPON)
        .map(|w| {
            let mut by_level: BTreeMap<Level, Vec<Round>> = BTreeMap::new();
            for &r in &round_positions {
                if let Some((at, level)) = index.cell(w, r) {
                    by_level.entry(level).or_default().push(Round {
                        position: r,
                        pair: at,
                        level,
                        warned: index.warned(at),
                        lot_fails: index.items[r].non_compliant,
                    });
                }
            }
            let groups = LEVELS
                .iter()
                .filter_map(|l| by_level.remove(l).map(|rounds| (*l, rounds)))
                .collect();
            WeaponRow {
                position: w,
                groups,
            }
        })
        .collect()
}

/// One round and the weapons a rule relates it to, by what the weapon's table says of it: the
/// view's other reading, for "which weapons can fire my round".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundFits {
    pub position: usize,
    /// Weapons it can be used in (compatible or better), each with its level and whether the
    /// pair holds only with a warning (.223 Remington in a 5.56 mm NATO chamber).
    pub usable: Vec<(usize, Level, bool)>,
    /// Weapons for which that cannot be decided: data missing.
    pub undecided: Vec<usize>,
    /// Weapons it must not be used in.
    pub barred: Vec<usize>,
}

/// Every round a rule relates to a weapon, in report order, with those weapons: the weapon rows
/// read the other way, so the two readings never disagree.
pub fn round_fits(rows: &[WeaponRow]) -> Vec<RoundFits> {
    let mut by_round: BTreeMap<usize, RoundFits> = BTreeMap::new();
    for row in rows {
        for (level, rounds) in &row.groups {
            for round in rounds {
                let fits = by_round.entry(round.position).or_insert_with(|| RoundFits {
                    position: round.position,
                    usable: Vec::new(),
                    undecided: Vec::new(),
                    barred: Vec::new(),
                });
                match level {
                    l if *l >= Level::Compatible => {
                        fits.usable.push((row.position, *l, round.warned))
                    }
                    Level::Unknown => fits.undecided.push(row.position),
                    Level::Incompatible => fits.barred.push(row.position),
                    // (a weapon and a round are of two kinds: never judged for it)
                    _ => {}
                }
            }
        }
    }
    by_round.into_values().collect()
}

/// A weapon's tables, one a level; the rounds of a usable level that are themselves
/// non-compliant go in a table of their own (`true`) after it, never among the usable ones.
fn tables(groups: Vec<(Level, Vec<Round>)>) -> Vec<(Level, bool, Vec<Round>)> {
    let mut tables = Vec::with_capacity(groups.len() + 1);
    for (level, rounds) in groups {
        if level < Level::Compatible {
            tables.push((level, false, rounds));
            continue;
        }
        let (failing, fine): (Vec<Round>, Vec<Round>) =
            rounds.into_iter().partition(|r| r.lot_fails);
        for (fails, rounds) in [(false, fine), (true, failing)] {
            if !rounds.is_empty() {
                tables.push((level, fails, rounds));
            }
        }
    }
    tables
}

/// The caption of a weapon's rounds that fit by the pair rules but fail their own standards.
const LOT_FAILS: &str = "Fit by the pair rules, but the round is itself non-compliant (see its \
     results): not to be used until its failures are cleared";

fn group_heading(level: Level) -> &'static str {
    match level {
        Level::Commonality | Level::Interchangeable | Level::Compatible => "Can be used",
        Level::Unknown => "Cannot be decided: data missing",
        Level::Incompatible => "Must not be used",
        // (a weapon and a round are of two kinds: never judged for interchangeability)
        Level::NotInterchangeable => "Cannot replace each other",
    }
}

#[component]
pub fn AmmunitionPage(state: AppState) -> impl IntoView {
    let rounds = round_kinds(state.catalogue);
    view! {
        <h1 tabindex="-1">"Ammunition interchangeability"</h1>
        <p>"For each loaded weapon: the rounds of every nation that can be used in it, and at which level, "
            "in the manner of NATO's ammunition interchangeability catalogue. Rounds are the loaded items of kind "
            {rounds.iter().cloned().collect::<Vec<_>>().join(", ")} "."</p>
        <InputErrors state=state />
        <Ammunition state=state />
    }
}

/// The rounds for each weapon of `state`'s check: the ammunition view's, and a viewed result
/// link's (with a state whose check is the link's).
#[component]
pub fn Ammunition(state: AppState) -> impl IntoView {
    let index = pair_index(state);
    let rounds = round_kinds(state.catalogue);
    move || match index.get() {
        None => view! { <EmptyWorkspace state=state /> }.into_any(),
        Some(Shared(index)) => {
            view! { <Weapons state=state index=index rounds=rounds.clone() /> }.into_any()
        }
    }
}

#[component]
fn Weapons(state: AppState, index: Arc<PairIndex>, rounds: BTreeSet<String>) -> impl IntoView {
    let rows = weapon_rows(&index, &rounds);
    if index.not_weighed.is_some() {
        return view! { <NotWeighed index=index /> }.into_any();
    }
    if rows.is_empty() {
        return view! {
            <p class="empty" data-testid="no-weapons">"No loaded item is a weapon: load a spec with items of kind "
                <code>"weapon"</code> " (the multinational example has several)."</p>
        }
        .into_any();
    }
    let total = rows.len();
    let page = RwSignal::new(0usize);
    let pages = total.div_ceil(WEAPONS_PER_PAGE);
    let fits = round_fits(&rows);
    let rows = Arc::new(rows);
    let by_round = RwSignal::new(false);
    view! {
        <Legend />
        <div class="view-choice no-print" role="group" aria-label="Read by">
            <button type="button" aria-pressed=move || (!by_round.get()).to_string()
                on:click=move |_| by_round.set(false)>"By weapon"</button>
            <button type="button" aria-pressed=move || by_round.get().to_string()
                data-testid="by-round"
                on:click=move |_| by_round.set(true)>"By round: which weapons each round fits"</button>
        </div>
        {
            let index = index.clone();
            view! {
                <Show when=move || by_round.get()>
                    <RoundsTable index=index.clone() fits=fits.clone() />
                </Show>
            }
        }
        <div hidden=move || by_round.get()>
        <p data-testid="weapon-count">{format!("{}.", crate::suggest::counted(total, "weapon"))}</p>
        {(pages > 1).then(|| view! {
            <div class="window-nav no-print" role="group" aria-label="Weapon pages">
                <button type="button" id="weapons-previous" prop:disabled={move || page.get() == 0}
                    on:click=move |_| {
                        page.update(|p| *p = p.saturating_sub(1));
                        browser::keep_focus_from_disabled("weapons-previous", "weapons-next");
                    }>"◀ Previous weapons"</button>
                <span role="status">{move || format!("Page {} of {pages}", page.get() + 1)}</span>
                <button type="button" id="weapons-next" prop:disabled={move || page.get() + 1 >= pages}
                    on:click=move |_| {
                        page.update(|p| *p += 1);
                        browser::keep_focus_from_disabled("weapons-next", "weapons-previous");
                    }>"Next weapons ▶"</button>
            </div>
        })}
        {move || {
            let start = page.get() * WEAPONS_PER_PAGE;
            rows.iter().skip(start).take(WEAPONS_PER_PAGE).cloned().map(|row| {
                view! { <WeaponSection state=state index=index.clone() row=row /> }
            }).collect_view()
        }}
        </div>
    }
    .into_any()
}

/// Each round with the weapons it can be used in, those undecided and those it must not be
/// used in; a weapon's reasons are in its section of the by-weapon reading.
#[component]
fn RoundsTable(index: Arc<PairIndex>, fits: Vec<RoundFits>) -> impl IntoView {
    if fits.is_empty() {
        return view! { <p data-testid="no-rounds">"No loaded round is related to a weapon by a rule."</p> }
            .into_any();
    }
    let keys = |positions: &[usize]| -> String {
        let keys: Vec<&str> = positions
            .iter()
            .filter_map(|&p| index.items.get(p).map(|h| h.key.as_str()))
            .collect();
        if keys.is_empty() {
            "—".to_string()
        } else {
            keys.join(", ")
        }
    };
    // each weapon it can be used in with the level, and a ⚠ where the pair holds only with a
    // warning, as the by-weapon reading and the matrix show it
    let usable_in = |usable: &[(usize, Level, bool)]| -> String {
        let told: Vec<String> = usable
            .iter()
            .filter_map(|&(p, level, warned)| {
                let key = &index.items.get(p)?.key;
                let warning = if warned { ", ⚠ with a warning" } else { "" };
                Some(format!("{key} ({}{warning})", level.word()))
            })
            .collect();
        if told.is_empty() {
            "—".to_string()
        } else {
            told.join(", ")
        }
    };
    let rows: Vec<_> = fits
        .iter()
        .filter_map(|f| {
            let head = index.items.get(f.position)?;
            let usable = match usable_in(&f.usable) {
                fits if head.non_compliant && !f.usable.is_empty() => format!(
                    "none while the round is itself non-compliant (see its results); \
                     by the pair rules it fits {fits}"
                ),
                usable => usable,
            };
            Some((head.clone(), usable, keys(&f.undecided), keys(&f.barred)))
        })
        .collect();
    view! {
        <p data-testid="round-count">{format!("{}.", crate::suggest::counted(rows.len(), "round"))}</p>
        <div class="table-scroll" tabindex="0" role="group" aria-label="Rounds by weapon (scrolls sideways when wider than the page)">
        <table class="rounds-by-round" data-testid="rounds-by-round">
            <caption>"Which weapons each round fits"</caption>
            <thead>
                <tr>
                    <th scope="col">"Round"</th>
                    <th scope="col">"Nation"</th>
                    <th scope="col">"Can be used in"</th>
                    <th scope="col">"Cannot be decided: data missing"</th>
                    <th scope="col">"Must not be used in"</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|(head, usable, undecided, barred)| view! {
                    <tr data-round=head.key.clone()>
                        <th scope="row"><span class="item-id">{head.key.clone()}</span> " — " {head.name.clone()}</th>
                        <td>{head.nation.clone()}</td>
                        <td class="usable">{usable}</td>
                        <td class="undecided">{undecided}</td>
                        <td class="barred">{barred}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
    .into_any()
}

#[component]
fn WeaponSection(state: AppState, index: Arc<PairIndex>, row: WeaponRow) -> impl IntoView {
    let Some(weapon) = index.items.get(row.position).cloned() else {
        return ().into_any();
    };
    let heading_id = format!("weapon-{}", row.position);
    let labelled_by = heading_id.clone();
    let nations = row.usable_nations(&index);
    view! {
        <section class="weapon" data-weapon=weapon.key.clone() aria-labelledby=labelled_by>
            <h2 id=heading_id>
                <span class="item-id">{weapon.key.clone()}</span> " — " {weapon.name.clone()}
                " (" {weapon.nation.clone()} ")"
            </h2>
            <p class="usable-nations" data-testid="usable-nations">
                {if nations.is_empty() {
                    "No loaded round can be used in it.".to_string()
                } else {
                    format!("Rounds of {} can be used in it.", nations.join(", "))
                }}
            </p>
            {row.groups.is_empty().then(|| view! { <p>"No loaded round is related to it by a rule."</p> })}
            {tables(row.groups).into_iter().map(|(level, lot_fails, rounds)| view! {
                <div class="table-scroll" tabindex="0" role="group" aria-label="Rounds (scrolls sideways when wider than the page)">
                <table class="rounds" data-level=level.name() data-lot-fails=lot_fails.then_some("true")>
                    <caption>{if lot_fails { LOT_FAILS } else { group_heading(level) }} ": " <LevelBadge level=level /> " (" {rounds.len()} ")"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Nation"</th>
                            <th scope="col">"Round"</th>
                            <th scope="col">"Name"</th>
                            <th scope="col">"Reasons"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rounds.into_iter().map(|round| view! {
                            <RoundRow state=state index=index.clone() weapon=weapon.key.clone() round=round />
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
            }).collect_view()}
        </section>
    }
    .into_any()
}

#[component]
fn RoundRow(state: AppState, index: Arc<PairIndex>, weapon: String, round: Round) -> impl IntoView {
    let Some(head) = index.items.get(round.position).cloned() else {
        return ().into_any();
    };
    let open = RwSignal::new(false);
    let reasons_id = format!("reasons-{}-{}", round.pair, round.position);
    let at = round.pair;
    let caption = format!("Rules between {weapon} and {}", head.key);
    view! {
        <tr data-round=head.key.clone()>
            <td>{head.nation.clone()}</td>
            <td><span class="item-id">{head.key.clone()}</span>
                {round.warned.then(|| view! { " " <span class="conf marked">"⚠ with a warning"</span> })}</td>
            <td>{head.name.clone()}</td>
            <td>
                <button type="button" aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls=reasons_id.clone()
                    on:click=move |_| open.update(|o| *o = !*o)>
                    {move || if open.get() { "Hide reasons" } else { "Show reasons" }}
                    <span class="visually-hidden">" for " {head.key.clone()}</span>
                </button>
            </td>
        </tr>
        <tr id=reasons_id class="round-reasons" hidden=move || !open.get()>
            <td colspan="4">
                {move || open.get().then(|| {
                    state.checked.with(|c| c.as_ref().and_then(|c| c.report.pairs.get(at).cloned()))
                        .map(|pair| view! { <ReasonsTable pair=pair caption=caption.clone() /> })
                })}
            </td>
        </tr>
    }
    .into_any()
}
