//! Checking: decides, for every item and every applicable requirement, a verdict with the value
//! compared, the limit, the clause, the source and the confidence. It reads no file and renders
//! nothing; the report module presents what it decides.

use crate::catalogue::{
    Applies, Catalogue, Citation, Condition, Confidence, Expected, FigureRead, Limit, LimitShown,
    Requirement, Severity, Standard, Status as DocStatus, Text,
};
use crate::dictionary::{value_key_chars, Scalar};
use crate::spec::{Item, ItemValue, Measured, Stated};
use crate::units::{
    self, checked_abs, compare, compare_parts, difference_parts, format_exact, too_coarse, Exact,
    Unit,
};
use num_traits::{CheckedAdd, CheckedDiv, CheckedMul, CheckedSub};
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Pass,
    Fail,
    Missing,
    NotComparable,
    NotApplicable,
}

impl Verdict {
    /// How much a verdict asks of the user, most first: a failure, then what cannot be
    /// compared, what is missing, a pass, and what does not apply.
    pub fn urgency(self) -> u8 {
        match self {
            Verdict::Fail => 4,
            Verdict::NotComparable => 3,
            Verdict::Missing => 2,
            Verdict::Pass => 1,
            Verdict::NotApplicable => 0,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
            Verdict::Missing => "missing",
            Verdict::NotComparable => "not-comparable",
            Verdict::NotApplicable => "not-applicable",
        }
    }
}

/// An item's standing against one standard, or overall. Ordered from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Compliant,
    Incomplete,
    NonCompliant,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Compliant => "compliant",
            Status::Incomplete => "incomplete",
            Status::NonCompliant => "non-compliant",
        }
    }
}

/// The value a verdict looked at: as written, and converted to the unit it was compared in (the
/// property's canonical unit, `unit`, which is also `limit.unit`; a limit may be written in another),
/// to the digits the message shows it with (`shown_figure`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Compared {
    pub written: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub converted: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    /// The figure in the unit of the limit's figure it was judged against, with that unit
    /// (`10141 lb` of `4.6 t` against `≤ 10000 lb`, to the digits the value's precision warrants
    /// there), where the limit writes it in another
    /// unit than `unit`: what the user compares with the limit as it reads. Of two bounds, the
    /// one the message names (the nearer).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_limit_unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
}

/// One requirement's verdict for one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The requirement the verdict is on, as the report cites it (shared, not copied).
    pub citation: Arc<Citation>,
    pub verdict: Verdict,
    pub value: Option<Compared>,
    pub message: Text,
    /// The requirement's note, after a note on the precision the verdict rests on if any.
    pub note: Option<Text>,
    /// A pass that holds only within the precision the value is quoted to (`4.54 t`, ±5 kg,
    /// against `≤ 10000 lb`; a word read from a figure within its precision, `356 mm` as
    /// `14 in`): still a pass, which a reader should see as one that rests on the figure's
    /// last digit. Never set on another verdict.
    pub within_precision: bool,
    /// For an equals or one-of limit the item's value meets, which of the named values it is
    /// (its place in the list; not in the report): two items that each meet a list of fuel
    /// codes or container heights with different entries cannot replace each other.
    pub chosen: Option<u32>,
}

impl Outcome {
    /// How urgently a reader should see it, for the order of a card or the text report: its
    /// verdict's [`Verdict::urgency`], a mandatory failure before a recommended one (the
    /// mandatory one decides the item), and a pass only within the precision its figure is
    /// quoted to before plain passes (it rests on the figure's last digit).
    pub fn urgency(&self) -> u8 {
        let verdict = self.verdict.urgency() * 3;
        if self.verdict == Verdict::Fail && self.citation.severity == Severity::Mandatory {
            verdict + 2
        } else if self.within_precision {
            verdict + 1
        } else {
            verdict
        }
    }
}

/// The report's fields of an outcome, in the report's order: the citation's around the verdict's.
impl Serialize for Outcome {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        fn optional<S: SerializeStruct, T: Serialize>(
            out: &mut S,
            key: &'static str,
            value: &Option<T>,
        ) -> Result<(), S::Error> {
            match value {
                Some(v) => out.serialize_field(key, v),
                None => out.skip_field(key),
            }
        }
        let c = &*self.citation;
        let present = [
            c.clause.is_some(),
            self.within_precision,
            self.value.is_some(),
            self.note.is_some(),
        ];
        let fields = 10 + present.iter().filter(|&&p| p).count();
        let mut out = serializer.serialize_struct("Outcome", fields)?;
        out.serialize_field("standard", &c.standard)?;
        out.serialize_field("requirement", &c.requirement)?;
        optional(&mut out, "clause", &c.clause)?;
        out.serialize_field("statement", &c.statement)?;
        out.serialize_field("property", &c.property)?;
        out.serialize_field("severity", &c.severity)?;
        out.serialize_field("verdict", &self.verdict)?;
        if self.within_precision {
            out.serialize_field("within_precision", &true)?;
        } else {
            out.skip_field("within_precision")?;
        }
        optional(&mut out, "value", &self.value)?;
        out.serialize_field("limit", &c.limit)?;
        out.serialize_field("source", &c.source)?;
        out.serialize_field("confidence", &c.confidence)?;
        out.serialize_field("message", &self.message)?;
        optional(&mut out, "note", &self.note)?;
        out.end()
    }
}

/// How an item stands against one standard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StandardOutcome {
    pub standard: Text,
    pub title: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition: Option<Text>,
    pub document_status: DocStatus,
    pub claimed: bool,
    pub status: Status,
    /// The user's own catalogue file the standard came from (`--catalogue DIR`), which replaced
    /// any built-in standard of its id as a whole.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub local_file: Option<String>,
}

/// Everything decided about one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemOutcome {
    pub id: String,
    pub name: String,
    pub nation: String,
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nsn: Option<String>,
    pub file: String,
    pub line: u32,
    pub status: Status,
    pub standards: Vec<StandardOutcome>,
    pub results: Vec<Outcome>,
    /// Things the reader must not miss: a failed claim, a draft or cancelled standard, a
    /// recommended requirement that fails (after the mandatory failure that makes the item
    /// non-compliant, if any, so that the recommended one is not read as the reason), a claim
    /// the catalogue does not hold.
    pub notices: Vec<String>,
}

impl ItemOutcome {
    /// The standards the item claims that the catalogue does not hold, as written: each leaves
    /// it incomplete, on a not-comparable verdict of its own ([`claim_not_held`]).
    pub fn claims_not_held(&self) -> impl Iterator<Item = &str> {
        self.results
            .iter()
            .filter(|o| o.citation.limit.kind == "claim" && o.verdict == Verdict::NotComparable)
            .map(|o| &*o.citation.standard)
    }
}

/// Checks every item against the catalogue.
pub fn check_items(catalogue: &Catalogue, items: &[Item]) -> Vec<ItemOutcome> {
    // the standards that govern a kind are found once per kind, not once per item
    let mut governing: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut suggestions = MAX_CLAIM_SUGGESTIONS;
    items
        .iter()
        .map(|item| {
            let among = governing
                .entry(&item.kind)
                .or_insert_with(|| governing_standards(catalogue, &item.kind));
            check_among(catalogue, among, item, &mut suggestions)
        })
        .collect()
}

#[cfg(test)]
fn check_item(catalogue: &Catalogue, item: &Item) -> ItemOutcome {
    let governing = governing_standards(catalogue, &item.kind);
    let mut suggestions = MAX_CLAIM_SUGGESTIONS;
    check_among(catalogue, &governing, item, &mut suggestions)
}

/// The most claims of standards the catalogue does not hold that one check suggests a standard
/// for ("did you mean"): each suggestion weighs the claim against every standard's id, and a file
/// of tens of thousands of unknown claims is one mistake repeated. Past it, the notice is said
/// without a suggestion.
pub const MAX_CLAIM_SUGGESTIONS: usize = 100;

/// The places in the catalogue of the standards that govern items of this kind, in order.
fn governing_standards(catalogue: &Catalogue, kind: &str) -> Vec<usize> {
    (0..catalogue.standards.len())
        .filter(|&i| catalogue.standards[i].governs(kind)) // ok: `i` is in `0..len`
        .collect()
}

/// Checks an item against the standards that govern its kind (`governing`, places in the
/// catalogue in order) and those it claims.
fn check_among(
    catalogue: &Catalogue,
    governing: &[usize],
    item: &Item,
    suggestions: &mut usize,
) -> ItemOutcome {
    let mut notices = Vec::new();
    let mut claimed: Vec<usize> = Vec::new();
    // a claim of a standard the catalogue does not hold: nothing here can judge it, so it
    // leaves the item incomplete, told on a verdict line of its own (first among the results)
    let mut unjudged: Vec<Outcome> = Vec::new();
    for claim in &item.claims {
        match catalogue.standard_place(&claim.id) {
            Some(at) => claimed.push(at),
            // (a claim written twice is told once)
            None if unjudged.iter().any(|o| *o.citation.standard == *claim.id) => {}
            None => {
                let suggestion = if *suggestions > 0 {
                    *suggestions -= 1;
                    catalogue.suggest_claim(&claim.id, &item.kind)
                } else {
                    None
                };
                unjudged.push(claim_not_held(catalogue, claim, suggestion));
            }
        }
    }
    let unjudged_status = status_of(&unjudged);
    let mut results: Vec<Outcome> = Vec::with_capacity(32 + unjudged.len());
    results.append(&mut unjudged);
    let mut standards = Vec::new();
    // a figure read one of two ways (`55.800 kg` as 55.8 kg) is weighed the other way too
    let otherwise = ReadOtherwise::of(item);
    let read_two_ways = otherwise.any();
    // in the catalogue's order, whether governing or only claimed (a copy only when claimed)
    let places: std::borrow::Cow<[usize]> = if claimed.is_empty() {
        governing.into()
    } else {
        let mut places = [governing, &claimed].concat();
        places.sort_unstable();
        places.dedup();
        places.into()
    };
    // figures the item states that a requirement would judge but for a condition on a property
    // it leaves unstated: said on the item, since no verdict shown tells them
    let mut undecided: Vec<(&Condition, &str)> = Vec::new();
    // where the first notice of a recommended requirement's failure is
    let mut first_recommended = None;
    for &at in places.iter() {
        // ok: every place is from `governing_standards` or `standard_place`
        let standard = &catalogue.standards[at];
        let is_claimed = claimed.contains(&at);
        let governs = governing.binary_search(&at).is_ok();
        let holds = |item: &Item| {
            standard
                .selector
                .as_ref()
                .is_none_or(|s| condition_holds(item, s) == Some(true))
        };
        let selected_as_read = governs && holds(item);
        // a selector's figure that reads two ways (`155.000 mm`: 155 mm, or 155000 mm) and
        // picks the item out one way only: the standard is listed, and what it says of the
        // item holds only that way (below)
        let one_way = standard
            .selector
            .as_ref()
            .filter(|_| governs && read_two_ways)
            .and_then(|s| {
                otherwise
                    .read(std::iter::once(s.property.as_str()))
                    .find(|(otherwise, _)| holds(otherwise) != selected_as_read)
            });
        let selected = selected_as_read || one_way.is_some();
        if !selected && !is_claimed {
            continue;
        }
        // a standard none of whose requirements applies, because the item is of another sort
        // than they are for (a `when` is false: a Weaver rail and MIL-STD-1913, whose rail
        // requirements are for its interface and whose accessory requirement is on a property
        // no rail states), says nothing of the item and is not listed; claimed, the claim fails.
        // One whose conditions the item only leaves unstated is kept: it says what is missing;
        // so is one with a condition on a property of the item's own kind that it leaves
        // unstated, whatever its other conditions (an ejected store that states no lugs, and
        // MIL-STD-2088, whose store masses are judged by the lugs).
        let excluded = selected && excluded_by_conditions(standard, item, &otherwise);
        if excluded && !is_claimed {
            continue;
        }
        // a policy the item is qualified against only when it claims it (STANAG 4439's
        // insensitive-munition assessment): unclaimed, it is not judged, and not listed as one
        // the item complies with; one line says why
        if !is_claimed && !standard.judges_unclaimed(&item.kind) {
            results.push(unclaimed_policy(standard, &item.kind));
            continue;
        }
        let start = results.len();
        // a claim of a standard for items of another kind (a UAV's claim of a cartridge
        // standard) is one mistake, told once at the claim: none of the standard's requirements
        // is for this item, and listing them as missing would bury it. It fails: the standard
        // is listed as claimed and non-compliant.
        if is_claimed && !standard.governs(&item.kind) {
            results.push(claim_of_another_kind(catalogue, at, item));
            standards.push(standard_outcome(
                standard,
                true,
                status_of(&results[start..]), // ok: `start` was `results.len()`, which only grows
            ));
            continue;
        }
        if !selected || excluded {
            results.push(claim_mismatch(standard, item));
        }
        // (a requirement for items of another kind is not listed: it asks nothing of this one)
        results.extend(
            standard
                .requirements
                .iter()
                .filter(|r| !for_other_kinds(r, item))
                .map(|r| {
                    let outcome = check_both_ways(standard, r, item, &otherwise);
                    let outcome = if is_claimed {
                        undecided_for_claim(standard, r, item, outcome)
                    } else {
                        outcome
                    };
                    undecided.extend(stated_but_undecided(r, item, &outcome));
                    outcome
                }),
        );
        if let Some((otherwise, other)) = one_way {
            // ok: `start` was `results.len()`, which only grows
            one_way_only(&mut results[start..], other, selected_as_read);
            if is_claimed {
                let unselected = if selected_as_read { otherwise } else { item };
                let mut mismatch = claim_mismatch(standard, unselected);
                let covers = format!("{} covers it", standard.id);
                let (as_read, that_way) = if selected_as_read {
                    (covers.as_str(), &*mismatch.message)
                } else {
                    (&*mismatch.message, covers.as_str())
                };
                mismatch.message =
                    both_readings(other, "standard", Some(as_read), Some(that_way)).into();
                mismatch.verdict = Verdict::NotComparable;
                results.insert(start, mismatch);
            }
        }
        let outcomes = &results[start..]; // ok: `start` was `results.len()`, which only grows
        let status = status_of(outcomes);
        for o in outcomes {
            // a figure by a method of its own, against a limit by a document's measuring method
            // that its public quotation does not state: not judged (`by_another_method`), which
            // neither the text report's verdicts nor the card's list among what applies. (Only
            // a judged value's not-applicable verdict has a value.)
            if o.verdict == Verdict::NotApplicable
                && o.value.is_some()
                && o.citation.limit.method_unstated_of.is_some()
            {
                notices.push(format!("{} {}", o.citation.requirement, o.message));
            }
            if o.citation.severity == Severity::Recommended && o.verdict == Verdict::Fail {
                first_recommended.get_or_insert(notices.len());
                notices.push(format!(
                    "recommended {} fails: {}",
                    o.citation.requirement, o.message
                ));
            }
            // a mandatory limit met only by the last digit of the figure is as worth a look as a
            // recommended one failed: the item stands on it
            if o.citation.severity == Severity::Mandatory && o.within_precision {
                notices.push(format!(
                    "mandatory {} passes only within the precision of the figure: {}",
                    o.citation.requirement, o.message
                ));
            }
        }
        if is_claimed && status != Status::Compliant {
            notices.push(format!(
                "claims {} but is {} against it",
                standard.id,
                status.name()
            ));
        }
        if standard.status != DocStatus::Promulgated {
            notices.push(format!(
                "{} is {}: its figures are not a promulgated NATO standard",
                standard.id,
                doc_status_words(standard.status)
            ));
        }
        standards.push(standard_outcome(standard, is_claimed, status));
    }
    // a recommended failure told on an item that a mandatory one makes non-compliant is not
    // what decides it: the mandatory one is told before it
    if let Some(at) = first_recommended {
        notices.splice(at..at, decided_by(&results));
    }
    if standards.is_empty() {
        notices.push(format!(
            "no standard in the catalogue applies to this {}",
            item.kind
        ));
    }
    notices.extend(stated_but_not_judged(&undecided, &results));
    notices.extend(unused_methods(catalogue, item, &results));
    // how a figure that reads two ways was read, on the item as well as in the file's warnings
    for (property, stated) in &item.properties {
        if let Some(other) = &stated.other {
            let at = stated.pos;
            notices.extend(
                other
                    .notes
                    .iter()
                    .map(|note| format!("{property} at {}:{}: {note}", at.line, at.col)),
            );
        }
    }
    let status = standards
        .iter()
        .map(|s| s.status)
        .fold(unjudged_status, Status::max);
    ItemOutcome {
        id: item.id.clone(),
        name: item.name.clone(),
        nation: item.nation.clone(),
        kind: item.kind.clone(),
        nsn: item.nsn.clone(),
        file: item.file.clone(),
        line: item.pos.line,
        status,
        standards,
        results,
        notices,
    }
}

/// A standard as an item's outcome lists it, with the item's status against it.
fn standard_outcome(standard: &Standard, claimed: bool, status: Status) -> StandardOutcome {
    StandardOutcome {
        standard: standard.id.clone(),
        title: standard.title.clone(),
        edition: standard.edition.clone(),
        document_status: standard.status,
        claimed,
        status,
        local_file: standard.local.then(|| standard.file.clone()),
    }
}

/// The notice that names the mandatory failure that makes an item non-compliant, the first of
/// them as listed, with how many more there are; none where no mandatory requirement fails.
fn decided_by(results: &[Outcome]) -> Option<String> {
    let mut failed = results
        .iter()
        .filter(|o| o.verdict == Verdict::Fail && o.citation.severity == Severity::Mandatory);
    let first = failed.next()?;
    let more = failed.count();
    let also = if more == 0 {
        String::new()
    } else {
        format!(
            " (as {} {} below)",
            if more == 1 { "does" } else { "do" },
            crate::suggest::counted(more, "more mandatory requirement")
        )
    };
    Some(format!(
        "mandatory {} fails, which makes the item non-compliant{also}: {}",
        first.citation.requirement, first.message
    ))
}

/// The requirement's condition and the property of the item it would judge, where the item
/// states that property (or one in its place) and the requirement does not apply only because
/// the item leaves unstated the property its condition (`when`) asks: the figure is stated,
/// and nothing judged it.
fn stated_but_undecided<'r>(
    r: &'r Requirement,
    item: &Item,
    outcome: &Outcome,
) -> Option<(&'r Condition, &'r str)> {
    let when = r.when.as_ref()?;
    if outcome.verdict != Verdict::NotApplicable || r.judged_where_stated() {
        return None;
    }
    // (what the item states is looked up before the condition is weighed: most requirements
    // that do not apply judge a figure the item does not state)
    let stated = std::iter::once(r.property())
        .chain(r.or_stated.iter().map(String::as_str))
        .find(|p| item.properties.contains_key(*p))?;
    when_holds(r, when, item)
        .is_none()
        .then_some((when, stated))
}

/// One notice for the figures the item states that no requirement judged, because each
/// requirement that would judge it applies only under a condition on a property the item does
/// not state (`link_strip_force` of a 5.56 mm lot, judged only when `belt_link = M27`): they
/// are not-applicable, which the text report does not list, so a sheet whose figures went
/// unchecked would read as compliant unsaid. It names the figures, the conditions and what the
/// item does not state. A figure another requirement judged is not among them.
fn stated_but_not_judged(undecided: &[(&Condition, &str)], results: &[Outcome]) -> Option<String> {
    let judged = |property: &str| {
        results.iter().any(|o| {
            *o.citation.property == *property
                && matches!(
                    o.verdict,
                    Verdict::Pass | Verdict::Fail | Verdict::NotComparable
                )
        })
    };
    // by condition, in the order met: the condition as said, the property it asks, the figures
    let mut by_condition: Vec<(String, &str, Vec<&str>)> = Vec::new();
    for &(when, stated) in undecided {
        if judged(stated) {
            continue;
        }
        let condition = when.to_string();
        match by_condition.iter_mut().find(|g| g.0 == condition) {
            Some(group) if group.2.contains(&stated) => {}
            Some(group) => group.2.push(stated),
            None => by_condition.push((condition, &when.property, vec![stated])),
        }
    }
    // and the conditions of the same figures together (a store's mass, judged on 14 in lugs or
    // on 30 in lugs): the conditions, the figures
    let mut groups: Vec<(Vec<String>, Vec<&str>)> = Vec::new();
    let mut figures: Vec<&str> = Vec::new();
    let mut unstated: Vec<&str> = Vec::new();
    for (condition, asked, stated) in by_condition {
        for property in &stated {
            if !figures.contains(property) {
                figures.push(property);
            }
        }
        if !unstated.contains(&asked) {
            unstated.push(asked);
        }
        match groups.iter_mut().find(|g| g.1 == stated) {
            Some(group) => group.0.push(condition),
            None => groups.push((vec![condition], stated)),
        }
    }
    let and_listed = crate::suggest::and_listed::<&str>;
    let not_stated = match unstated.as_slice() {
        [] => return None,
        [one] => format!("the item does not state {one}"),
        [one, two] => format!("the item states neither {one} nor {two}"),
        // (each is named in its condition)
        many => format!(
            "the item states none of the {} properties these conditions ask",
            many.len()
        ),
    };
    let head = format!("{} stated but not judged", and_listed(&figures));
    let applies = |n: usize| if n == 1 { "applies" } else { "apply" };
    Some(match (groups.as_slice(), unstated.as_slice()) {
        ([(conditions, stated)], [_]) => format!(
            "{head}: {} {} only when {}, which the item does not state",
            if stated.len() == 1 { "it" } else { "they" },
            applies(stated.len()),
            conditions.join(" or ")
        ),
        _ => {
            let parts: Vec<String> = groups
                .iter()
                .enumerate()
                .map(|(i, (conditions, stated))| {
                    // the verb once, in the first
                    let verb = if i == 0 {
                        format!(" {}", applies(stated.len()))
                    } else {
                        String::new()
                    };
                    format!(
                        "{}{verb} only when {}",
                        and_listed(stated),
                        conditions.join(" or ")
                    )
                })
                .collect();
            format!("{head}: {}; {not_stated}", parts.join("; "))
        }
    })
}

/// A test method the item names on a figure of a property that no requirement of the catalogue
/// judges by a method: said, so that `length = { value = 71, unit = "mm", method = "EPVAT" }` is
/// not taken for a checked method. (A requirement without a method compares the first figure as
/// stated.) A pressure by a method no standard here judges is the sheet's information, not a
/// slip, and is left alone.
fn unused_methods<'a>(
    catalogue: &'a Catalogue,
    item: &'a Item,
    results: &'a [Outcome],
) -> impl Iterator<Item = String> + 'a {
    item.properties.iter().filter_map(move |(property, stated)| {
        let ItemValue::Figures(figures) = &stated.value else {
            return None;
        };
        // (most figures name no method; one judged here by its method needs no search of the
        // catalogue)
        if figures.iter().all(|f| f.method.is_none())
            || results.iter().any(|o| {
                o.citation.limit.method.is_some() && *o.citation.property == **property
            })
        {
            return None;
        }
        let methods: Vec<&str> = figures.iter().filter_map(|f| f.method.as_deref()).collect();
        if catalogue.standards.iter().any(|standard| {
                standard
                    .requirements
                    .iter()
                    .any(|r| r.property() == property && r.method().is_some())
            })
        {
            return None;
        }
        let by = methods.join(" and ");
        let judged = results.iter().any(|o| *o.citation.property == **property);
        let first = match figures.first() {
            Some(first) if judged && figures.len() > 1 => {
                format!(", and only the first figure, {}, is compared", first.scalar.written)
            }
            _ => String::new(),
        };
        Some(format!(
            "states {property} by {by}, but no standard of the catalogue judges {property} by a test method: the method is not used{first}"
        ))
    })
}

fn doc_status_words(status: DocStatus) -> &'static str {
    match status {
        DocStatus::Study => "a study",
        DocStatus::RatificationDraft => "a ratification draft",
        DocStatus::Promulgated => "promulgated",
        DocStatus::Superseded => "superseded",
        DocStatus::Cancelled => "cancelled",
    }
}

/// Non-compliant if a mandatory requirement fails (this outranks missing data), incomplete if
/// mandatory data is missing or not comparable, compliant otherwise.
fn status_of(outcomes: &[Outcome]) -> Status {
    let mandatory = || {
        outcomes
            .iter()
            .filter(|o| o.citation.severity == Severity::Mandatory)
    };
    if mandatory().any(|o| o.verdict == Verdict::Fail) {
        Status::NonCompliant
    } else if mandatory().any(|o| matches!(o.verdict, Verdict::Missing | Verdict::NotComparable)) {
        Status::Incomplete
    } else {
        Status::Compliant
    }
}

/// Whether no requirement of `standard` applies to the item and a condition is false for it, or
/// every requirement is for items of another kind ([`for_other_kinds`]): one pass, which ends at
/// the first requirement that applies (most have no condition).
fn excluded_by_conditions(standard: &Standard, item: &Item, otherwise: &ReadOtherwise) -> bool {
    let mut a_condition_is_false = false;
    let mut for_this_kind = false;
    let mut own_property_unstated = false;
    // (an exception, `unless`, excuses an item of the standard's sort from one requirement: it
    // does not make the item one of another sort, so it is not counted here)
    for r in &standard.requirements {
        // a requirement for items of another kind (a bomb rack's, of a store) is not one of
        // this item's: a standard all of whose requirements are is for items of another sort
        if for_other_kinds(r, item) {
            continue;
        }
        for_this_kind = true;
        // a figure judged only where it is stated (`when` its own property is present) concerns
        // every item the standard governs: it picks out no sort of item
        if r.judged_where_stated() {
            return false;
        }
        match r.when.as_ref().map(|w| when_holds(r, w, item)) {
            None | Some(Some(true)) => return false,
            // (false only if false whichever way a figure that reads two ways is read)
            Some(Some(false))
                if otherwise.any()
                    && read_otherwise(r, otherwise).any(|(otherwise, _)| {
                        r.when.as_ref().and_then(|w| when_holds(r, w, otherwise)) != Some(false)
                    }) =>
            {
                return false
            }
            Some(Some(false)) => a_condition_is_false = true,
            // a property of the item's own kind left unstated (a store's lugs) may make it one
            // of the sort the requirement is for: the standard says what is missing
            Some(None) if r.when_kinds.contains(&item.kind) => own_property_unstated = true,
            Some(None) => {}
        }
    }
    let a_condition_is_false = a_condition_is_false && !own_property_unstated;
    a_condition_is_false || (!for_this_kind && !standard.requirements.is_empty())
}

/// The item with each property the requirement weighs (its own, those stated in its place, its
/// condition's and its exception's) read the other way, one property at a time, where a figure
/// of it reads two ways ([`crate::spec::OtherReading`]): with the figures that were read so.
fn read_otherwise<'a>(
    r: &'a Requirement,
    otherwise: &'a ReadOtherwise<'a>,
) -> impl Iterator<Item = (&'a Item, &'a crate::spec::OtherReading)> + 'a {
    let weighed = std::iter::once(r.property())
        .chain(r.or_stated.iter().map(String::as_str))
        .chain(r.when.iter().map(|c| c.property.as_str()))
        .chain(r.unless.iter().map(|c| c.property.as_str()));
    otherwise.read(weighed)
}

/// An item's figures that read two ways, each read the other way once for every requirement
/// and selector that weighs it: made by [`check_among`] for the item it checks.
struct ReadOtherwise<'a> {
    /// [`read_otherwise_of`] each property of the item, in the item's order: the property, the
    /// item with it read the other way, and the figures that were read so.
    readings: Vec<(&'a str, Item, &'a crate::spec::OtherReading)>,
}

impl<'a> ReadOtherwise<'a> {
    fn of(item: &'a Item) -> Self {
        let reads_two_ways = |s: &Stated| s.other.as_ref().is_some_and(|o| o.value.is_some());
        let readings = match item.properties.values().any(reads_two_ways) {
            true => read_otherwise_of(item.properties.keys().map(String::as_str), item).collect(),
            false => Vec::new(),
        };
        ReadOtherwise { readings }
    }

    /// Whether a figure of the item reads two ways.
    fn any(&self) -> bool {
        !self.readings.is_empty()
    }

    /// [`read_otherwise_of`] the `weighed` properties: the item with each read the other way,
    /// one at a time, in the order weighed (each property once, however often it is named).
    fn read<'s>(
        &'s self,
        weighed: impl Iterator<Item = &'s str> + Clone + 's,
    ) -> impl Iterator<Item = (&'s Item, &'s crate::spec::OtherReading)> + 's {
        each_once(weighed).filter_map(move |property| {
            let (_, otherwise, other) = self.readings.iter().find(|(p, ..)| *p == property)?;
            Some((otherwise, *other))
        })
    }
}

/// The properties `weighed` names, each once, in the order first named. (Looked for among
/// those before it, not kept aside: a requirement weighs a handful, and this runs for each
/// requirement of an item whose figure reads two ways.)
fn each_once<'a>(
    weighed: impl Iterator<Item = &'a str> + Clone + 'a,
) -> impl Iterator<Item = &'a str> + 'a {
    let before = weighed.clone();
    weighed
        .enumerate()
        .filter(move |&(at, property)| !before.clone().take(at).any(|p| p == property))
        .map(|(_, property)| property)
}

/// The item with each of the `weighed` properties read the other way, one at a time, where a
/// figure of it reads two ways ([`crate::spec::OtherReading`]): the property, the item so read
/// and the figures that were read so. (Each property once, however often it is named.)
pub(crate) fn read_otherwise_of<'a>(
    weighed: impl Iterator<Item = &'a str> + Clone + 'a,
    item: &'a Item,
) -> impl Iterator<Item = (&'a str, Item, &'a crate::spec::OtherReading)> + 'a {
    each_once(weighed).filter_map(move |property| {
        let (name, stated) = item.properties.get_key_value(property)?;
        let other = stated.other.as_deref()?;
        let value = other.value.clone()?;
        let mut otherwise = item.clone();
        otherwise.properties.insert(
            name.clone(),
            Stated {
                value,
                other: None,
                ..stated.clone()
            },
        );
        Some((name.as_str(), otherwise, other))
    })
}

/// What a `what` (a requirement, a rule) makes of a figure that reads two ways, where the two
/// readings differ: "`55.800 kg` may be 55.8 kg or 55800 kg: as 55.8 kg, …; as 55800 kg, …;
/// write 55.8 kg or 55800 kg". `as_read` and `that_way` are what it says of each reading, `None`
/// where it does not apply that way.
pub(crate) fn both_readings(
    other: &crate::spec::OtherReading,
    what: &str,
    as_read: Option<&str>,
    that_way: Option<&str>,
) -> String {
    if other.zeros {
        return zeros_both_ways(other, what, as_read, that_way);
    }
    let may_be: Vec<String> = other
        .figures
        .iter()
        .map(|[written, read, other]| format!("`{written}` may be {read} or {other}"))
        .collect();
    let read: Vec<&str> = other
        .figures
        .iter()
        .map(|[_, read, _]| read.as_str())
        .collect();
    let other_way: Vec<&str> = other.figures.iter().map(|[_, _, o]| o.as_str()).collect();
    let (read, other_way) = (read.join(", "), other_way.join(", "));
    let how = match (as_read, that_way) {
        (None, Some(said)) => format!("the {what} applies to {other_way} ({said})"),
        (Some(said), None) => format!("the {what} applies to {read} ({said})"),
        (Some(said), Some(that)) => format!("as {read}, {said}; as {other_way}, {that}"),
        (None, None) => format!("the {what} applies to neither"),
    };
    format!("{}: {how}; write {read} or {other_way}", may_be.join("; "))
}

/// [`both_readings`] of a whole number's trailing zeros ([`crate::spec::trailing_zeros`]):
/// "`60200 psi` as written (±0.5 psi), …; if its trailing zeros are not significant (±50 psi),
/// …: state the figure to the precision it was measured".
fn zeros_both_ways(
    other: &crate::spec::OtherReading,
    what: &str,
    as_read: Option<&str>,
    that_way: Option<&str>,
) -> String {
    let list = |i: usize| -> String {
        // ok: `i` is 0, 1 or 2, of a `[String; 3]`
        let each: Vec<&str> = other.figures.iter().map(|f| f[i].as_str()).collect();
        each.join(", ")
    };
    let (written, exact, rounded) = (list(0), list(1), list(2));
    // how many zeros each figure has, and how many its rounded reading takes as not significant
    // (`3400 kg` at ±5 kg: its last alone; see `crate::spec::trailing_zeros`)
    let count = |text: &str, digits: fn(char) -> bool| {
        let leading: String = text
            .trim_start_matches(['-', '+', '−', '±'])
            .chars()
            .take_while(|&c| digits(c))
            .filter(char::is_ascii_digit)
            .collect();
        leading.len() - leading.trim_end_matches('0').len()
    };
    let taken: Vec<(usize, usize)> = other
        .figures
        .iter()
        .map(|[written, _, rounded]| {
            let separator = |c: char| {
                c.is_ascii_digit() || matches!(c, ',' | ' ' | '\u{202f}' | '\u{a0}' | '_')
            };
            // (`±50 psi`: one zero for `5`, which is half of its step)
            (
                count(written, separator),
                count(rounded, |c| c.is_ascii_digit()) + 1,
            )
        })
        .collect();
    let zeros = match taken[..] {
        [(all, some)] if some < all => match some {
            1 => "its last zero is".to_string(),
            some => format!("its last {some} zeros are"),
        },
        [_] => "its trailing zeros are".to_string(),
        _ if taken.iter().all(|(all, some)| some >= all) => "their trailing zeros are".to_string(),
        _ => "their last zeros are".to_string(),
    };
    let applies = |said: Option<&str>| {
        said.map_or_else(
            || format!("the {what} does not apply"),
            |said| format!("the {what} applies ({said})"),
        )
    };
    let (as_written, if_not) = match (as_read, that_way) {
        (Some(said), Some(that)) => (said.to_string(), that.to_string()),
        (as_read, that_way) => (applies(as_read), applies(that_way)),
    };
    format!(
        "`{written}` as written ({exact}): {as_written}; if {zeros} not significant ({rounded}): {if_not}; state the figure to the precision it was measured"
    )
}

/// The verdicts of a standard whose selector picks the item out one way only of a figure that
/// reads two ways (`selected_as_read`, or only read otherwise): each that leaves the item
/// otherwise than a pass (which a standard that does not apply leaves it alike) holds only that
/// way, and is not comparable, with both readings and what to write.
fn one_way_only(
    outcomes: &mut [Outcome],
    other: &crate::spec::OtherReading,
    selected_as_read: bool,
) {
    for o in outcomes
        .iter_mut()
        .filter(|o| standing(o.verdict) != standing(Verdict::Pass))
    {
        let said = Some(&*o.message);
        let (as_read, that_way) = if selected_as_read {
            (said, None)
        } else {
            (None, said)
        };
        o.message = both_readings(other, "standard", as_read, that_way).into();
        o.verdict = Verdict::NotComparable;
        o.chosen = None;
    }
}

/// How a verdict leaves the item: a pass and a requirement that does not apply leave it
/// compliant alike.
fn standing(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::NotApplicable => Verdict::Pass.urgency(),
        verdict => verdict.urgency(),
    }
}

/// Whether two readings of a figure leave the item otherwise. Of a whole number's trailing
/// zeros ([`crate::spec::trailing_zeros`]) only a pass (within precision or not) one way and a
/// fail the other: read as not significant they can only widen the figure's precision, and
/// one too coarse to judge by (`240 in`, ±5 in, against 6058 mm) decides nothing.
pub(crate) fn readings_differ(
    other: &crate::spec::OtherReading,
    as_read: Verdict,
    that_way: Verdict,
) -> bool {
    if other.zeros {
        matches!(
            (as_read, that_way),
            (Verdict::Fail, Verdict::Pass) | (Verdict::Pass, Verdict::Fail)
        )
    } else {
        standing(that_way) != standing(as_read)
    }
}

/// A requirement's verdict ([`check_requirement`]); where a figure it weighs reads two ways
/// (`55.800 kg`: 55.8 kg, or 55800 kg with a thousands point) and the other way leaves the item
/// otherwise (the requirement then applies, or fails), not comparable, with both readings and
/// what to write.
fn check_both_ways(
    standard: &Standard,
    r: &Requirement,
    item: &Item,
    otherwise: &ReadOtherwise,
) -> Outcome {
    let outcome = check_requirement(standard, r, item);
    if !otherwise.any() {
        return outcome;
    }
    for (otherwise, other) in read_otherwise(r, otherwise) {
        let that_way = check_requirement(standard, r, otherwise);
        if !readings_differ(other, outcome.verdict, that_way.verdict) {
            continue;
        }
        // (a pass of trailing zeros read as not significant is one within their precision)
        let said = |o: &Outcome| {
            (o.verdict != Verdict::NotApplicable).then(|| match o.within_precision && other.zeros {
                true => format!("{}, within that precision", o.message),
                false => o.message.to_string(),
            })
        };
        let message = both_readings(
            other,
            "requirement",
            said(&outcome).as_deref(),
            said(&that_way).as_deref(),
        );
        return Outcome {
            verdict: Verdict::NotComparable,
            message: message.into(),
            chosen: None,
            ..outcome
        };
    }
    outcome
}

/// A claimed standard of the item's kind whose selector does not match the item, or none of
/// whose requirements applies to it (each is for items of another sort). (One of another kind
/// is [`claim_of_another_kind`].)
fn claim_mismatch(standard: &Standard, item: &Item) -> Outcome {
    // (verdict, message, the limit shown, the property it is on)
    let selected = standard
        .selector
        .as_ref()
        .is_none_or(|s| condition_holds(item, s) == Some(true));
    let (verdict, message, limit, property) = if let Some(when) = selected
        .then(|| {
            standard
                .requirements
                .iter()
                .filter_map(|r| r.when.as_ref().map(|w| (r, w)))
                .find(|(r, w)| when_holds(r, w, item) == Some(false))
                .map(|(_, w)| w)
        })
        .flatten()
    {
        // selected, but no requirement applies, and the first that could is for items of
        // another sort
        let value = item.written(&when.property).unwrap_or_default();
        (
            Verdict::Fail,
            format!(
                "none of {}'s requirements applies to this item (they are for {when}; this item's {} is {value})",
                standard.id, when.property
            ),
            format!("when {when}"),
            when.property.as_str().into(),
        )
    } else if let Some(r) = selected
        .then(|| {
            standard
                .requirements
                .iter()
                .find(|r| for_other_kinds(r, item))
                .filter(|r| r.for_kinds_other_than(&item.kind))
        })
        .flatten()
    {
        // selected, but each requirement that could apply asks items of other kinds only
        let mut kinds: Vec<&str> = Vec::new();
        for k in standard.requirements.iter().flat_map(|r| &r.kinds) {
            if !kinds.contains(&k.as_str()) {
                kinds.push(k);
            }
        }
        (
            Verdict::Fail,
            format!(
                "none of {}'s requirements applies to this item (they are for items of kind {}; \
                 this item is {})",
                standard.id,
                kinds.join(" or "),
                crate::suggest::a_or_an(&item.kind)
            ),
            format!("kind {}", r.kinds.join(", ")),
            "kind".into(),
        )
    } else if let Some((r, when)) = selected
        .then(|| {
            standard
                .requirements
                .iter()
                .find(|r| for_other_kinds(r, item))
                .and_then(|r| r.when.as_ref().map(|w| (r, w)))
        })
        .flatten()
    {
        // selected, but each requirement that could apply is for items of another kind
        let kinds: Vec<String> = r
            .when_kinds
            .iter()
            .map(|k| crate::suggest::a_or_an(k))
            .collect();
        (
            Verdict::Fail,
            format!(
                "none of {}'s requirements applies to this item (they are for {when}, and {} is \
                 stated by {}, not by {})",
                standard.id,
                when.property,
                kinds.join(" or "),
                crate::suggest::a_or_an(&item.kind)
            ),
            format!("when {when}"),
            when.property.as_str().into(),
        )
    } else {
        let selector = standard
            .selector
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default();
        let property = standard
            .selector
            .as_ref()
            .map(|s| s.property.as_str())
            .unwrap_or_default();
        match item.written(property) {
            Some(value) => (
                Verdict::Fail,
                format!(
                    "{} applies to items with {selector}; this item's {property} is {value}",
                    standard.id
                ),
                selector,
                property.into(),
            ),
            None => (
                Verdict::Missing,
                format!(
                    "{} applies to items with {selector}; this item does not state its {property}",
                    standard.id
                ),
                selector,
                property.into(),
            ),
        }
    };
    applies_outcome(
        &standard.id,
        format!(
            "The item is one that {} covers (it claims it).",
            standard.id
        ),
        property,
        ("selector", limit),
        "the item's own claim",
        verdict,
        message,
    )
}

/// A claim of a standard that governs items of other kinds than the item's (a UAV that claims
/// STANAG 4172, a 5.56 mm cartridge standard): a failure, told at the claim, saying which kinds
/// the standard is for, in words, and what to do: remove the claim, or correct the item's kind.
fn claim_of_another_kind(catalogue: &Catalogue, place: usize, item: &Item) -> Outcome {
    // ok: `place` is a standard's place in the catalogue
    let standard = &catalogue.standards[place];
    let id = &standard.id;
    // (where the claim is written: the first claim that names this standard, however spelt)
    let at = item
        .claims
        .iter()
        .find(|c| catalogue.standard_place(&c.id) == Some(place))
        .map(|c| format!(" at {}", c.pos))
        .unwrap_or_default();
    let kinds: Vec<String> = standard
        .kinds
        .iter()
        .map(|k| crate::suggest::a_or_an(k))
        .collect();
    let written: Vec<String> = standard
        .kinds
        .iter()
        .map(|k| format!("`kind: {k}`"))
        .collect();
    applies_outcome(
        id,
        format!("The item is one that {id} covers (it claims it)."),
        "claims".into(),
        ("selector", format!("kind {}", standard.kinds.join(", "))),
        "the item's own claim",
        Verdict::Fail,
        format!(
            "claims {id}{at}, a standard for {}; this item is {}, so {id}'s requirements are \
             not judged for it: remove the claim, or, if the item is {}, correct its kind \
             ({})",
            crate::suggest::or_listed(&kinds),
            crate::suggest::a_or_an(&item.kind),
            crate::suggest::or_listed(&kinds),
            crate::suggest::or_listed(&written)
        ),
    )
}

/// A claim of a standard the catalogue does not hold (neither built in nor in the user's own
/// catalogue files): not comparable, since nothing here can judge whether the item meets it,
/// which leaves the item incomplete. It says where the claim is written, why it cannot be judged
/// and what to do: load the file that holds the standard, or correct a mistaken id (`suggestion`,
/// a standard the claim may have meant, with its title).
fn claim_not_held(
    catalogue: &Catalogue,
    claim: &crate::spec::Claim,
    suggestion: Option<(String, String)>,
) -> Outcome {
    let id = &claim.id;
    let why = if catalogue.has_local_files() {
        "neither built in nor in your own catalogue files"
    } else {
        "it is not built in, and no catalogue files of your own are loaded"
    };
    let load = format!(
        "load the catalogue file that holds {id} (`--catalogue DIR` on the command line, or Your \
         own catalogue files on the page's catalogue view) to have the claim judged"
    );
    let what_to_do = match suggestion {
        Some((meant, title)) => format!("did you mean `{meant}` ({title})? If not, {load}"),
        None => load,
    };
    applies_outcome(
        &id.as_str().into(),
        format!("The item meets {id} (it claims it)."),
        "claims".into(),
        ("claim", "a standard this catalogue holds".into()),
        "the item's own claim",
        Verdict::NotComparable,
        format!(
            "claims {id} at {}, a standard this catalogue does not hold ({why}), so whether the \
             item meets it cannot be judged here: {what_to_do}",
            claim.pos
        ),
    )
}

/// A standard that judges only the items that claim it (`applies = "when-claimed"`), of an item
/// that does not: not applicable, saying why and what to write to have it judged.
fn unclaimed_policy(standard: &Standard, kind: &str) -> Outcome {
    // (one that judges its other kinds always says which kind it keeps to a claim)
    let which = match standard.applies {
        Applies::WhenClaimed => "the items".to_string(),
        Applies::Always => format!("items of kind {kind}"),
    };
    applies_outcome(
        &standard.id,
        format!(
            "The item claims {}, which judges only {which} that claim it.",
            standard.id
        ),
        "claims".into(),
        ("claim", format!("claims {}", standard.id)),
        "the item's own claims",
        Verdict::NotApplicable,
        format!(
            "not judged: it judges only {which} that claim it, and this item does not claim \
             {} ({}); add \"{}\" to its claims to have it judged",
            standard.id, standard.title, standard.id
        ),
    )
}

/// The line `<standard>/applies` says of an item: whether the standard is one for it, by its
/// claims ([`claim_mismatch`], [`unclaimed_policy`]), or whether a standard it claims can be
/// judged at all ([`claim_not_held`]). `standard` is the standard's id (or the claim as
/// written); `limit` is the limit's kind and text.
fn applies_outcome(
    standard: &Text,
    statement: String,
    property: Text,
    (kind, limit): (&'static str, String),
    source: &str,
    verdict: Verdict,
    message: String,
) -> Outcome {
    let citation = Citation {
        standard: standard.clone(),
        requirement: format!("{}/applies", standard.replace(' ', "-")).into(),
        clause: None,
        statement: statement.into(),
        property,
        severity: Severity::Mandatory,
        limit: LimitShown {
            kind,
            text: limit.into(),
            unit: None,
            method: None,
            counted_in: None,
            method_unstated_of: None,
        },
        source: source.into(),
        confidence: Confidence::C,
    };
    Outcome {
        citation: Arc::new(citation),
        verdict,
        value: None,
        message: message.into(),
        note: None,
        chosen: None,
        within_precision: false,
    }
}

/// Does the item satisfy a condition? `None` when it does not state the property.
pub(crate) fn condition_holds(item: &Item, condition: &Condition) -> Option<bool> {
    let stated = item.properties.get(&condition.property)?;
    Some(meets(&condition.test, &stated.value))
}

/// Does the item satisfy a requirement's condition (`when`)? A condition on the requirement's
/// own property is met by a property stated in its place (`or_stated`) as well: a crossing's
/// tracked class where the condition asks for its MLC number. `None` when the item states none.
pub(crate) fn when_holds(r: &Requirement, when: &Condition, item: &Item) -> Option<bool> {
    if when.property != r.property() || r.or_stated.is_empty() {
        return condition_holds(item, when);
    }
    std::iter::once(r.property())
        .chain(r.or_stated.iter().map(String::as_str))
        .filter_map(|p| item.properties.get(p))
        .map(|stated| meets(&when.test, &stated.value))
        .reduce(|a, b| a || b)
}

/// Whether the item leaves unstated what decides whether `r` applies to it (its `when`).
pub(crate) fn leaves_condition_unstated(r: &Requirement, item: &Item) -> bool {
    r.when
        .as_ref()
        .is_some_and(|w| when_holds(r, w, item).is_none())
}

/// Whether `r` is a requirement for items of another kind than `item`'s: its own `kinds` leave
/// the item's out (STANAG 2021's trailer rule, of a vehicle), or its condition asks a property
/// the dictionary keeps to other kinds (a bomb rack's type, of a store), which the item does not
/// state. It asks nothing of the item, and cannot come to: it is not listed for it, as a
/// standard for other kinds is not, and is not what the item lacks. (An item that states a
/// property of another kind anyway is checked as given, as it was warned when it was read.)
pub(crate) fn for_other_kinds(r: &Requirement, item: &Item) -> bool {
    r.for_kinds_other_than(&item.kind)
        || (r.when_asks_other_kinds(&item.kind) && leaves_condition_unstated(r, item))
}

/// A mandatory requirement of a standard the item claims, whose condition asks a property of
/// the item's own kind that it leaves unstated (a store's `suspension`, which decides whether
/// MIL-STD-2088 judges its mass on 14 in or on 30 in lugs), and which the item would not meet
/// were it to apply (a store of 6,393 lb, over both lug-pair limits): nothing decided whether
/// it applies, so the claim is not backed by it, and it is missing, not not-applicable, saying
/// what the item would be told if it did. (One the item meets either way backs the claim
/// whatever the condition, and stays not-applicable: an IFV that states its class need not say
/// its payload for the trailers' rule to carry one. Unclaimed, it stays not-applicable, saying
/// what the item does not state: the item is judged on what it states, and only a claim
/// asserts that the standard's requirements are met.)
fn undecided_for_claim(
    standard: &Standard,
    r: &Requirement,
    item: &Item,
    outcome: Outcome,
) -> Outcome {
    let Some(when) = r.when.as_ref() else {
        return outcome;
    };
    if outcome.verdict != Verdict::NotApplicable
        || r.citation.severity != Severity::Mandatory
        || r.judged_where_stated()
        || !r.when_kinds.contains(&item.kind)
        || when_holds(r, when, item).is_some()
    {
        return outcome;
    }
    let applying = Requirement {
        when: None,
        ..r.clone()
    };
    let if_it_applies = check_requirement(standard, &applying, item);
    if if_it_applies.verdict == Verdict::Pass {
        return outcome;
    }
    Outcome {
        verdict: Verdict::Missing,
        message: format!(
            "the item does not state {}, which decides whether the requirement applies (when \
             {when}); if it does: {}",
            when.property, if_it_applies.message
        )
        .into(),
        ..outcome
    }
}

/// Is the item excused from a requirement by its exception (`unless`)? An item that does not
/// state the exception's property is not.
fn excepted(r: &Requirement, item: &Item) -> bool {
    r.unless
        .as_ref()
        .is_some_and(|u| condition_holds(item, u) == Some(true))
}

fn check_requirement(standard: &Standard, r: &Requirement, item: &Item) -> Outcome {
    let mut outcome = Outcome {
        citation: r.citation.clone(),
        verdict: Verdict::NotApplicable,
        value: None,
        message: r.said.unstated.clone(),
        note: r.note.clone(),
        chosen: None,
        within_precision: false,
    };
    if let Some(when) = &r.when {
        match when_holds(r, when, item) {
            Some(true) => {}
            Some(false) => {
                // a figure the condition weighed is told, so that a misreading shows (`1.500 kg`
                // meant as 1500 kg is no payload of at least 1.5 t)
                outcome.message = match (&when.test, item.properties.get(&when.property)) {
                    (Limit::Range { min, max }, Some(stated)) if when.property != r.property() => {
                        // (in the condition's unit too, where it is stated in another: `3300
                        // lb (= 1.497 t)` against a payload of at least 1.5 t)
                        let figure = min.as_ref().or(max.as_ref());
                        let shown = match (&stated.value, figure) {
                            (ItemValue::Figures(figures), Some(figure)) if figures.len() == 1 => {
                                figures.first().map(|f| {
                                    value_apart_in(&f.scalar, &figure.written, r.when_unit, || {
                                        in_unit_of(&f.scalar, &figure.written, r.when_unit, None)
                                    })
                                })
                            }
                            _ => None,
                        };
                        format!(
                            "{}; this item's {} is {}",
                            r.said.not_when,
                            when.property,
                            shown.unwrap_or_else(|| stated.value.written())
                        )
                        .into()
                    }
                    _ => r.said.not_when.clone(),
                };
                return outcome;
            }
            None => {
                outcome.message = r.said.when_unstated.clone();
                return outcome;
            }
        }
    }
    if excepted(r, item) {
        outcome.message = r.said.excepted.clone();
        return outcome;
    }
    // stated another way the requirement allows (a crossing's tracked and wheeled classes in
    // place of its one MLC number, or beside it): `present` is met by any of them, and another
    // limit judges each of them, the one that fares worst answering for them all
    let own = item.properties.get(r.property());
    let others: Vec<(&str, &crate::spec::Stated)> = r
        .or_stated
        .iter()
        .filter_map(|p| item.properties.get(p.as_str()).map(|s| (p.as_str(), s)))
        .collect();
    // the requirement of the standard that judges this figure of `name` by its test method in
    // this one's place: a sibling on the same property by that method, which also covers `name`
    let judged_elsewhere =
        |name: &str, stated: &crate::spec::Stated| match (r.method(), &stated.value) {
            (Some(_), ItemValue::Figures(figures)) => {
                sibling_for_other_method(standard, r, figures).filter(|sibling| {
                    name == r.property() || sibling.or_stated.iter().any(|p| p == name)
                })
            }
            _ => None,
        };
    let mut instead_of: Option<&str> = None;
    let stated = match own {
        None if others.is_empty() => {
            outcome.verdict = Verdict::Missing;
            return outcome;
        }
        None if r.limit == Limit::Present => {
            let names: Vec<&str> = others.iter().map(|(p, _)| *p).collect();
            outcome.verdict = Verdict::Pass;
            outcome.message = format!(
                "stated as {} in place of {}",
                names.join(" and "),
                r.property()
            )
            .into();
            return outcome;
        }
        Some(own) if others.is_empty() || r.limit == Limit::Present => own,
        _ => {
            // the item's own property first, so that it answers among equals
            let candidates: Vec<(&str, &crate::spec::Stated)> = own
                .map(|s| (r.property(), s))
                .into_iter()
                .chain(others)
                .collect();
            // a figure another requirement of the standard judges by its test method is that
            // one's, not this one's (unless every figure is)
            let by_this_method: Vec<(&str, &crate::spec::Stated)> = candidates
                .iter()
                .filter(|(name, s)| judged_elsewhere(name, s).is_none())
                .copied()
                .collect();
            let ranked = if by_this_method.is_empty() {
                &candidates
            } else {
                &by_this_method
            };
            let unit = r.compared_in().unwrap_or("");
            let worst = ranked
                .iter()
                .rev()
                .max_by_key(|(_, s)| judge(r, s, unit).verdict.urgency());
            let Some(&(name, stated)) = worst else {
                return outcome;
            };
            if name != r.property() {
                instead_of = Some(name);
            }
            stated
        }
    };
    let name = instead_of.unwrap_or(r.property());
    if let (Some(method), Some(sibling)) = (
        r.citation.limit.method_said(),
        judged_elsewhere(name, stated),
    ) {
        outcome.message = format!(
            "the item states {name} by {}, which {} checks; this limit is by {method}",
            sibling.method().unwrap_or_default(),
            sibling.id()
        )
        .into();
        return outcome;
    }
    let judged = judge(r, stated, r.compared_in().unwrap_or(""));
    outcome.verdict = judged.verdict;
    outcome.within_precision = judged.verdict == Verdict::Pass && judged.within_precision;
    outcome.message = match instead_of {
        Some(name) => {
            let how = if own.is_some() {
                "beside"
            } else {
                "in place of"
            };
            format!("{name} ({how} {}): {}", r.property(), judged.message).into()
        }
        None => judged.message.into(),
    };
    if judged.verdict == Verdict::Pass {
        outcome.chosen = chosen(&r.limit, &stated.value, judged.figure.map(|m| &m.scalar));
    }
    outcome.value = Some(match judged.figure {
        Some(m) => Compared {
            written: m.scalar.written.clone(),
            converted: judged.converted,
            unit: r.citation.limit.unit.clone(),
            in_limit_unit: judged.in_limit_unit,
            method: m.method.clone(),
        },
        None => Compared {
            // (a word as it is: one copy, not one made and copied again)
            written: match (&stated.written, &stated.value) {
                (None, ItemValue::Word(word)) => Text::from(word.as_str()),
                _ => stated.as_written().into(),
            },
            // a word read from a figure in another unit: the word it was read as
            converted: stated.written.as_ref().map(|_| stated.value.written()),
            unit: None,
            in_limit_unit: None,
            method: None,
        },
    });
    if let Some(precision) = judged.precision_note {
        outcome.note = Some(match outcome.note {
            Some(n) => format!("{precision} {n}").into(),
            None => precision.into(),
        });
    }
    outcome
}

/// Another requirement of the same standard on the same property whose test method the item
/// did use, when the item did not use this one's: then this one does not apply.
fn sibling_for_other_method<'a>(
    standard: &'a Standard,
    r: &Requirement,
    figures: &[Measured],
) -> Option<&'a Requirement> {
    // (no sibling can match figures that name no method: the scan below is skipped, which
    // keeps a standard of many requirements on one property linear)
    if figures.iter().all(|f| f.method.is_none())
        || figures.iter().any(|f| f.method.as_deref() == r.method())
    {
        return None;
    }
    // (none is `r`: the item did not use its method)
    standard.requirement_by_method(
        r.property(),
        figures.iter().filter_map(|f| f.method.as_deref()),
    )
}

struct Judged<'a> {
    verdict: Verdict,
    message: String,
    figure: Option<&'a Measured>,
    /// The figure in the unit it was compared in (the property's canonical unit), as shown.
    converted: Option<String>,
    /// The figure in the unit of the limit's figure, where that is another ([`Compared`]).
    in_limit_unit: Option<String>,
    precision_note: Option<String>,
    /// Met only within the precision the value is quoted to ([`Outcome::within_precision`]).
    within_precision: bool,
}

/// Applies a requirement's limit to a stated value, compared in `unit`.
fn judge<'a>(r: &Requirement, stated: &'a Stated, unit: &str) -> Judged<'a> {
    // (the limit as shown, whose test method, if any, the limit is defined by)
    let (limit, shown, by) = (&r.limit, r.limit_text(), &r.citation.limit);
    let value = &stated.value;
    let with_reading_note = |judged: Judged<'a>| Judged {
        precision_note: stated.reading_note().map(str::to_string),
        ..judged
    };
    // a verdict on a word some figure names only within its precision
    let rests_on = |word: &str, judged: Judged<'a>| Judged {
        within_precision: stated
            .words_within_precision()
            .iter()
            .any(|w| same_value(w, word)),
        ..judged
    };
    let plain = |verdict: Verdict, message: String| Judged {
        verdict,
        message,
        figure: None,
        converted: None,
        in_limit_unit: None,
        precision_note: None,
        within_precision: false,
    };
    match value {
        ItemValue::Figures(figures) => {
            let figure = match pick_figure(figures, by) {
                Ok(f) => f,
                // the one figure, by another method or none, is shown as every figure is,
                // though it is not compared
                Err(other) => {
                    let Some(figure) = figures.first().filter(|_| figures.len() == 1) else {
                        return plain(other.verdict, other.message);
                    };
                    let in_unit = InUnitOf::new(&figure.scalar, unit, &r.figures);
                    let (converted, in_limit_unit) = shown_figure(limit, &in_unit);
                    return Judged {
                        figure: Some(figure),
                        converted: Some(converted),
                        in_limit_unit,
                        ..plain(other.verdict, other.message)
                    };
                }
            };
            let in_unit = InUnitOf::new(&figure.scalar, unit, &r.figures);
            let (converted, in_limit_unit) = shown_figure(limit, &in_unit);
            // (a figure read as its nominal: told as read, where it is the one figure)
            let read = stated.as_nominal().filter(|_| figures.len() == 1);
            let (verdict, message, precision) = judge_figure(
                limit,
                shown,
                &figure.scalar,
                (&converted, read),
                unit,
                &in_unit,
            );
            let within_precision = precision.as_ref().is_some_and(|p| p.within);
            // and what it was read as, on whose word
            let precision_note = match (precision.map(|p| p.text), stated.reading_note()) {
                (Some(p), Some(n)) => Some(format!("{n} {p}")),
                (p, n) => p.or(n.map(str::to_string)),
            };
            Judged {
                verdict,
                message,
                figure: Some(figure),
                converted: Some(converted),
                in_limit_unit,
                within_precision,
                precision_note,
            }
        }
        ItemValue::Word(word) => {
            // (`762 mm (= 30 in)`, as it was written and as it was read; and of one read
            // within its precision only, the note that says so)
            let told = stated.as_read().unwrap_or(word);
            let (verdict, message) = judge_word(limit, shown, word, told);
            rests_on(word, with_reading_note(plain(verdict, message)))
        }
        ItemValue::List(list) => match (list_meets(limit, list), limit) {
            // (entries read from figures in another unit, as written and as read:
            // `[356 mm (≈ 14 in), 762 mm (= 30 in)] includes 14 in`)
            (Some(true), Limit::Includes(wanted)) => match stated.as_read() {
                // (within precision where the entry that is `wanted` was read so)
                Some(told) => rests_on(
                    wanted,
                    with_reading_note(plain(Verdict::Pass, format!("[{told}] includes {wanted}"))),
                ),
                None => plain(Verdict::Pass, format!("includes {wanted}")),
            },
            (Some(false), Limit::Includes(wanted)) => with_reading_note(plain(
                Verdict::Fail,
                format!(
                    "[{}] does not include {wanted}",
                    stated
                        .as_read()
                        .map_or_else(|| list.join(", "), str::to_string)
                ),
            )),
            (Some(true), _) => plain(Verdict::Pass, "stated".into()),
            _ => plain(
                Verdict::NotComparable,
                format!("a list cannot be compared with {shown}"),
            ),
        },
        ItemValue::Flag(flag) => match (flag_meets(limit, *flag), limit) {
            (Some(true), Limit::Equals(_)) => {
                plain(Verdict::Pass, format!("is {flag}, as required"))
            }
            (Some(false), Limit::Equals(Expected::Flag(want))) => {
                plain(Verdict::Fail, format!("is {flag}; must be {want}"))
            }
            (Some(true), _) => plain(Verdict::Pass, "stated".into()),
            _ => plain(
                Verdict::NotComparable,
                format!("a flag cannot be compared with {shown}"),
            ),
        },
    }
}

/// Whether a stated value meets a selector or a condition: the decision without its words (not
/// comparable counts as not met). A figure is taken as stated,
/// without the precision it is quoted to: that benefit of the doubt is for verdicts, and would
/// make the unit decide which standards apply ("6 in", ±0.5 in, would select a 155 mm standard;
/// "1 t" would meet "at least 1.5 t"). A value a limit names keeps its own written precision.
pub(crate) fn meets(limit: &Limit, value: &ItemValue) -> bool {
    match value {
        ItemValue::Figures(figures) => figures.first().is_some_and(|f| {
            let as_stated = Scalar {
                half_unit: Exact::from_integer(0),
                ..f.scalar.clone()
            };
            matches!(
                figure_standing(limit, &as_stated),
                Some(FigureStanding::Meets { .. })
            )
        }),
        ItemValue::Word(word) => word_meets(limit, word) == Some(true),
        ItemValue::List(list) => list_meets(limit, list) == Some(true),
        ItemValue::Flag(flag) => flag_meets(limit, *flag) == Some(true),
    }
}

/// Whether a word is the one a limit names: enum values are already canonical on both sides,
/// and the normalised key is only for text; an `exact` property's words are as written.
fn names_word(e: &Expected, word: &str) -> bool {
    match e {
        Expected::Word(w) => w == word || same_value(w, word),
        Expected::Verbatim(w) => w == word,
        _ => false,
    }
}

/// Which of the values an equals or one-of limit names the item's value is
/// ([`Outcome::chosen`]).
fn chosen(limit: &Limit, stated: &ItemValue, figure: Option<&Scalar>) -> Option<u32> {
    let named: &[Expected] = match limit {
        Limit::Equals(e) => std::slice::from_ref(e),
        Limit::OneOf(values) => values,
        _ => return None,
    };
    let at = named.iter().position(|e| match (figure, stated, e) {
        (Some(v), _, Expected::Scalar(e)) => {
            named_value_side(v, e).is_some_and(|s| s != Side::Outside)
        }
        (None, ItemValue::Word(word), e) => names_word(e, word),
        _ => false,
    })?;
    u32::try_from(at).ok()
}

/// `None`: a word cannot be compared with this limit.
fn word_meets(limit: &Limit, word: &str) -> Option<bool> {
    let is = |e: &Expected| names_word(e, word);
    match limit {
        Limit::Equals(e) => Some(is(e)),
        Limit::OneOf(values) => Some(values.iter().any(is)),
        Limit::Pattern(shape) => Some(fits_shape(word, shape)),
        Limit::Present => Some(true),
        _ => None,
    }
}

fn list_meets(limit: &Limit, list: &[String]) -> Option<bool> {
    match limit {
        Limit::Includes(wanted) => Some(list.iter().any(|v| same_value(v, wanted))),
        Limit::Present => Some(true),
        _ => None,
    }
}

fn flag_meets(limit: &Limit, flag: bool) -> Option<bool> {
    match limit {
        Limit::Equals(Expected::Flag(want)) => Some(flag == *want),
        Limit::Present => Some(true),
        _ => None,
    }
}

/// A figure as a verdict shows it: in the unit it is compared in (`unit`), and in the unit of
/// the limit's figure it is judged against where that is another ([`Compared`]); each to the
/// digits its quoting precision warrants there, and told apart from that figure, as the message
/// says it (`60191 psi` is `415.002 MPa` beside `≤ 415 MPa`, not `415.002336 MPa`); against a
/// limit that names no one figure (a list), to six decimals.
fn shown_figure(limit: &Limit, in_unit: &InUnitOf) -> (String, Option<String>) {
    let (v, unit) = (in_unit.v, in_unit.unit);
    let figure = limit_figure(limit, v);
    // (a value is told apart from the edge of the band a named figure stands for, as the
    // message tells it: `2756 mm` is `108.504 in` beside `= 108 in`, which accepts up to 108.5
    // in, not `108.5 in`; `0.3455 in`, at that edge of `= 0.345 in`, is `8.7757 mm`, not `8.776`)
    let edge = band_edge(limit, v);
    // (against a list of figures, to six decimals, as the message says it: the digits a value's
    // precision warrants could read as the edge of a figure's band it lies on the other side of)
    let converted = match figure {
        Some(e) => {
            let named = Named::of(std::iter::once(e.value).chain(edge.and_then(Edge::missed)));
            let within = edge.and_then(Edge::within);
            // (the decimals the figure is written to, where it is written in the unit shown: a
            // bound's own precision is none, as it is exact; a plain number is shown as
            // written, `0.77 meets 0.775 to 0.840`, not `(= 0.770)`)
            let written_to = match !unit.is_empty() && written_in(&e.written, unit) {
                true => decimals_written(&e.written),
                false => 0,
            };
            shown_within(
                &v.value,
                Some(&v.half_unit),
                named.figures(),
                within.as_ref(),
                written_to,
            )
        }
        None => format_exact(&v.value, 6),
    };
    // (most limits are written in the property's own unit: told from their text)
    let in_limit_unit = figure
        .filter(|e| !unit.is_empty() && !written_in(&e.written, unit))
        .and_then(|e| match edge {
            None => in_unit.of(&e.written),
            Some(edge) => in_unit.beside(&e.written, Some(edge)),
        })
        .filter(|(_, symbol)| *symbol != unit)
        .map(|(x, symbol)| format!("{x} {symbol}"));
    (converted, in_limit_unit)
}

/// The edge of a band a value is shown beside (see [`band_edge`]), held in the property's unit.
#[derive(Debug, Clone, Copy)]
enum Edge {
    /// One the value misses, which it must not read as: `2756 mm` of `= 108 in`, which
    /// accepts up to 108.5 in, is `108.504 in`, not `108.5 in`.
    Missed(Exact),
    /// One the value lies within, which it may read as but not beyond: `0.3455 in`, at the
    /// edge of `= 0.345 in`, is `8.7757 mm` (the edge itself), not `8.776 mm`, beyond it.
    Within(Exact),
}

impl Edge {
    /// The edge missed, if it is one.
    fn missed(self) -> Option<Exact> {
        match self {
            Edge::Missed(edge) => Some(edge),
            Edge::Within(_) => None,
        }
    }

    /// The edge a value lies within, if it is one.
    fn within(self) -> Option<Exact> {
        match self {
            Edge::Within(edge) => Some(edge),
            Edge::Missed(_) => None,
        }
    }
}

/// The edge of the band a figure a limit names stands for that lies on `v`'s side of that
/// figure (half a unit of its last written digit each way of a named figure, the tolerance
/// each way of a nominal): one `v` lies beyond by more than its own precision, as a failure
/// tells it (see [`named_value_side`]; of a named figure), or one it lies within; `None` of any other limit, a
/// value met only within its precision, a count, or a figure marked exact.
fn band_edge(limit: &Limit, v: &Scalar) -> Option<Edge> {
    let zero = Exact::from_integer(0);
    // (a nominal's failure is told by its deviation, not beside an edge: only one it lies
    // within is one)
    let (middle, half, misses) = match limit {
        Limit::Equals(Expected::Scalar(e)) => (&e.value, &e.half_unit, true),
        Limit::Nominal { nominal, tolerance } => (&nominal.value, &tolerance.value, false),
        _ => return None,
    };
    if v.half_unit == zero || *half == zero {
        return None;
    }
    let edge = if v.value < *middle {
        middle.checked_sub(half)?
    } else {
        middle.checked_add(half)?
    };
    let off = checked_abs(&v.value.checked_sub(middle)?)?;
    if off <= *half {
        Some(Edge::Within(edge))
    } else if misses && off > v.half_unit {
        Some(Edge::Missed(edge))
    } else {
        None
    }
}

/// Why no figure of a value was judged by a limit's test method, and the verdict that makes.
struct ByAnotherMethod {
    verdict: Verdict,
    message: String,
}

/// The figure measured by the limit's method (`by.method`). Pressures by different methods are
/// never converted into one another: a value by none of it is told in one way, whatever the
/// methods ([`by_another_method`]).
fn pick_figure<'a>(
    figures: &'a [Measured],
    by: &LimitShown,
) -> Result<&'a Measured, ByAnotherMethod> {
    let Some(method) = by.method.as_deref() else {
        return figures.first().ok_or_else(|| ByAnotherMethod {
            verdict: Verdict::NotComparable,
            message: "no figure stated".to_string(),
        });
    };
    if let Some(f) = figures.iter().find(|f| f.method.as_deref() == Some(method)) {
        return Ok(f);
    }
    Err(by_another_method(
        figures,
        method,
        by.method_unstated_of.as_deref(),
    ))
}

/// A value none of whose figures is by the limit's test method `method`: what was read (each
/// figure, by its method), why it is not compared, and what to give. Not comparable, which
/// leaves the item incomplete: it lacks the figure by the method the limit is by, or the method
/// of its figure. But where the limit is by the measuring method of a document that its public
/// quotation does not state (`unstated_of`, TM 43-0001-27) and every figure names a method of its
/// own (an EPVAT or a copper-crusher figure), not judged: no sheet can be asked for a figure by a
/// method nobody can name, so the item lacks nothing it could give; the catalogue lacks a limit
/// by the figure's method, which one's own catalogue can add.
fn by_another_method(
    figures: &[Measured],
    method: &str,
    unstated_of: Option<&str>,
) -> ByAnotherMethod {
    let read: Vec<String> = figures
        .iter()
        .map(|f| match &f.method {
            Some(m) => format!("{} by {m}", f.scalar.written),
            None => f.scalar.written.to_string(),
        })
        .collect();
    let own: Vec<&str> = figures.iter().filter_map(|f| f.method.as_deref()).collect();
    let all_named = own.len() == figures.len();
    let read = match (read.as_slice(), all_named) {
        ([one], true) => format!("the value is {one}"),
        ([one], false) => format!("the value, {one}, states no test method"),
        (many, true) => format!("the values are {}", crate::suggest::and_listed(many)),
        (many, false) => format!(
            "the values, {}, do not all state a test method",
            crate::suggest::and_listed(many)
        ),
    };
    // (a limit by a method nobody can name may be by either kind of gauge)
    let (limit_by, why, give) = match unstated_of {
        Some(document) => (
            crate::dictionary::unstated_method_said(document),
            " (crusher and piezo figures are not comparable)",
            format!("give the figure by that method (`method: {method}`)"),
        ),
        None => (
            method.to_string(),
            "",
            format!("give the figure by {method} (`method: {method}`)"),
        ),
    };
    let not_judged = unstated_of.is_some() && all_named;
    let or = if not_judged {
        format!(
            ", or load your own catalogue file with the standard's limit by {} (standards/README.md; \
             `--catalogue DIR` on the command line, Your own catalogue files on the page's \
             catalogue view)",
            own.join(" or ")
        )
    } else {
        String::new()
    };
    let message = format!(
        "{read}; this limit is by {limit_by}, and figures by different test methods are never \
         compared or converted into one another{why}: {give} to have it judged{or}"
    );
    if not_judged {
        ByAnotherMethod {
            verdict: Verdict::NotApplicable,
            message: format!("not judged: {message}"),
        }
    } else {
        ByAnotherMethod {
            verdict: Verdict::NotComparable,
            message,
        }
    }
}

/// Ordered from nearest to farthest.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Side {
    Inside,
    WithinPrecision,
    Outside,
}

/// Is `v` at most `max`? A value within the precision it is quoted to counts as meeting it. The
/// bound is exact as written: a catalogue threshold is. `None` when the figures are too large
/// to compare exactly.
fn at_most(v: &Scalar, max: &Scalar) -> Option<Side> {
    side(&v.value, &max.value, &v.half_unit)
}

/// Is `v` at most `max`, a figure another item states as its limit (a pair rule's)? Within the
/// precision of the one quoted more coarsely, as two figures that must match are, never within
/// their sum: a weapon's `71.1 mm` takes a round's `2.800 in` (71.12 mm, of which 71.1 mm is the
/// rounding), and 2.261 in still exceeds 2.260 in. `None` when the figures are too large to
/// compare exactly.
pub(crate) fn at_most_stated(v: &Scalar, max: &Scalar) -> Option<Side> {
    side(&v.value, &max.value, (&v.half_unit).max(&max.half_unit))
}

fn at_least(v: &Scalar, min: &Scalar) -> Option<Side> {
    side(&min.value, &v.value, &v.half_unit)
}

/// Where a value stands against an exact bound, `over` being the larger side when it is
/// outside; `v_half` is the value's quoting precision.
fn side(over: &Exact, under: &Exact, v_half: &Exact) -> Option<Side> {
    // Most values are well inside: one exact comparison says so, with no arithmetic (rational
    // arithmetic on 128-bit integers is slow in wasm, and could overflow where this cannot).
    if compare(over, under) != Ordering::Greater {
        return Some(Side::Inside);
    }
    // (in whole numbers where they fit; in fractions, which reduce, where they do not)
    let within = match difference_parts(over, under).and_then(|b| compare_parts(b, parts(v_half))) {
        Some(beyond) => beyond != Ordering::Greater,
        None => over.checked_sub(under)? <= *v_half,
    };
    Some(if within {
        Side::WithinPrecision
    } else {
        Side::Outside
    })
}

/// A fraction's numerator and denominator, for [`compare_parts`].
fn parts(x: &Exact) -> (i128, i128) {
    (*x.numer(), *x.denom())
}

/// `part` as a percentage of `of`, for a message: none of a value on a scale whose zero is not
/// the quantity's (a tenth of a degree is no percentage of −47 °C), "under 0.01 %" for a
/// difference too small to show in two decimals.
fn percent(part: &Exact, of: &Exact, unit: &str) -> String {
    if *of == Exact::from_integer(0) || Unit::find(unit).is_some_and(Unit::has_offset) {
        return String::new();
    }
    match checked_abs(of)
        .and_then(|of| part.checked_div(&of))
        .and_then(|r| r.checked_mul(&Exact::from_integer(100)))
    {
        Some(ratio) if ratio < Exact::new(1, 200) => " (under 0.01 %)".into(),
        Some(ratio) => format!(" ({} %)", format_exact(&ratio, 2)),
        None => String::new(),
    }
}

/// A difference as a message writes it: to `decimals` (those its precision warrants: see
/// [`warranted_decimals`]), or to as many more (up to twelve) as it takes not to read "by 0" of
/// a value that differs; smaller still, as less than 10⁻¹².
fn difference(x: &Exact, decimals: u32) -> String {
    let zero = Exact::from_integer(0);
    (decimals..=12u32.max(decimals))
        .map(|decimals| format_exact(x, decimals))
        .find(|shown| *x == zero || !shown.trim_start_matches(['-', '0', '.']).is_empty())
        .unwrap_or_else(|| "less than 0.000000000001".into())
}

/// How a figure stands against a limit: decided first, put into words only when a verdict
/// needs them (a condition or a selector only needs the decision).
enum FigureStanding {
    /// Meets it; `within_precision` when only within the precision both are quoted to.
    Meets {
        within_precision: Option<PrecisionOf>,
    },
    Above {
        by: Exact,
    },
    Below {
        by: Exact,
    },
    OffNominal {
        deviation: Exact,
    },
    NotEqual,
    NotOneOf,
    /// A figure cannot be compared with a word, a list or a shape.
    WrongKind,
}

/// Which written figure a pass within quoting precision is measured against.
#[derive(Clone, Copy)]
enum PrecisionOf {
    Bound(Bound),
    Limit,
}

/// `None` when exact arithmetic would overflow (absurdly large or precise figures).
fn figure_standing(limit: &Limit, v: &Scalar) -> Option<FigureStanding> {
    use FigureStanding::*;
    Some(match limit {
        Limit::Range { min, max } => {
            let mut precision = None;
            for (bound, which) in [(max, Bound::Max), (min, Bound::Min)] {
                let Some(bound) = bound else { continue };
                let side = match which {
                    Bound::Max => at_most(v, bound)?,
                    Bound::Min => at_least(v, bound)?,
                };
                match (side, which) {
                    (Side::Outside, Bound::Max) => {
                        return Some(Above {
                            by: v.value.checked_sub(&bound.value)?,
                        })
                    }
                    (Side::Outside, Bound::Min) => {
                        return Some(Below {
                            by: bound.value.checked_sub(&v.value)?,
                        })
                    }
                    (Side::WithinPrecision, _) => precision = Some(PrecisionOf::Bound(which)),
                    (Side::Inside, _) => {}
                }
            }
            Meets {
                within_precision: precision,
            }
        }
        Limit::Nominal { nominal, tolerance } => {
            // both exact, as thresholds are (see `catalogue::scalar`)
            let hi = nominal.value.checked_add(&tolerance.value)?;
            let lo = nominal.value.checked_sub(&tolerance.value)?;
            let side_hi = side(&v.value, &hi, &v.half_unit)?;
            let side_lo = side(&lo, &v.value, &v.half_unit)?;
            if side_hi == Side::Outside || side_lo == Side::Outside {
                OffNominal {
                    deviation: checked_abs(&v.value.checked_sub(&nominal.value)?)?,
                }
            } else {
                let near_edge =
                    side_hi == Side::WithinPrecision || side_lo == Side::WithinPrecision;
                Meets {
                    within_precision: near_edge.then_some(PrecisionOf::Limit),
                }
            }
        }
        // a value the limit names is met within half a unit of its last written digit ("= 10
        // mm" by 10.4 mm), or within the stated value's own precision when that is coarser
        Limit::Equals(Expected::Scalar(e)) => match named_value_side(v, e)? {
            Side::Outside => NotEqual,
            side => Meets {
                within_precision: (side == Side::WithinPrecision).then_some(PrecisionOf::Limit),
            },
        },
        Limit::OneOf(values) => {
            let mut best = Side::Outside;
            for e in values {
                if let Expected::Scalar(e) = e {
                    best = best.min(named_value_side(v, e)?);
                }
            }
            match best {
                Side::Outside => NotOneOf,
                side => Meets {
                    within_precision: (side == Side::WithinPrecision).then_some(PrecisionOf::Limit),
                },
            }
        }
        Limit::Present => Meets {
            within_precision: None,
        },
        _ => WrongKind,
    })
}

/// The value `v` (held in the unit `unit`) as a message says it was compared with `figure`: in
/// the unit `figure` is written in, where the value is written otherwise (`4400 bar (= 440 MPa)`
/// against 430 MPa, `71.2 mm (= 2.803 in)` against 2.800 in); as written when it is written
/// in that unit, or is a plain number.
pub(crate) fn value_against(v: &Scalar, figure: &str, unit: &str) -> String {
    value_apart_in(v, figure, unit, || in_unit_of(v, figure, unit, None))
}

/// [`value_against`], with `in_figure_unit`, [`in_unit_of`] the value in `figure`'s unit (told
/// apart from an edge where a band's is missed), asked for only where the message needs it.
fn value_apart_in(
    v: &Scalar,
    figure: &str,
    unit: &str,
    in_figure_unit: impl FnOnce() -> Option<(String, &'static str)>,
) -> String {
    // most values and limits are written in the property's own unit: told from their text, as
    // this runs for every verdict on a named figure
    let figure_unit = figure.trim().rsplit_once(' ').map_or("", |(_, u)| u);
    if unit.is_empty()
        || (written_in(&v.written, unit) && written_in(figure, unit))
        || written_in(&v.written, figure_unit)
    {
        return v.written.to_string();
    }
    // the same figure in the figure's unit by another name (`2400 baud` against `2400 Bd`)
    // (the number compared first: the units are read only where it is the same, as this runs
    // for every verdict on a figure in another unit)
    let by_another_name = |x: &str| {
        let unit_of = |text: &str| units::parse_written(text).ok().and_then(|w| w.unit);
        v.written.split_whitespace().next() == Some(x)
            && unit_of(&v.written).is_some_and(|u| Some(u) == unit_of(figure))
    };
    match in_figure_unit() {
        // written in that unit: as written (`57.4000001 mm`, not `(= 57.4 mm)`)
        Some((x, symbol)) if !written_in(&v.written, symbol) && !by_another_name(&x) => {
            format!("{} (= {x} {symbol})", v.written)
        }
        _ => v.written.to_string(),
    }
}

/// The value `v` (held in the unit `unit`) in the unit `figure` is written in (`unit` where it
/// names none), as shown beside that figure (to the digits its precision warrants there, told
/// apart from that figure and from `edge`, held in `unit`: see [`shown_within`]), and that unit's
/// symbol; `None` where `unit` is no unit or the two cannot be converted.
pub(crate) fn in_unit_of(
    v: &Scalar,
    figure: &str,
    unit: &str,
    edge: Option<&Exact>,
) -> Option<(String, &'static str)> {
    read_figure(&[], figure, |read| {
        in_unit_read(v, read, unit, edge.copied().map(Edge::Missed))
    })
}

/// [`in_unit_of`] of the figure as read, told apart from an edge missed or, of one `v` lies
/// within, never beyond it (see [`shown_within`]).
fn in_unit_read(
    v: &Scalar,
    read: Option<FigureOf>,
    unit: &str,
    edge: Option<Edge>,
) -> Option<InUnit> {
    let canonical = Unit::find(unit)?;
    let target = read.and_then(|(_, unit)| unit).unwrap_or(canonical);
    let written_to = read.map_or(0, |(number, _)| written_decimals(&number.half_unit));
    let named = Named::of(
        read.map(|(number, _)| number.value).into_iter().chain(
            edge.and_then(Edge::missed)
                .and_then(|e| canonical.convert(&e, target)),
        ),
    );
    let within = edge
        .and_then(Edge::within)
        .and_then(|e| canonical.convert(&e, target));
    let x = canonical.convert(&v.value, target)?;
    let half = canonical.convert_span(&v.half_unit, target);
    Some((
        shown_within(
            &x,
            half.as_ref(),
            named.figures(),
            within.as_ref(),
            written_to,
        ),
        target.symbol,
    ))
}

/// The figures a value is shown beside ([`shown_within`]'s `named`): a limit's figure and the
/// edge of its band the value misses, at most two, held without a heap allocation, as this is
/// made for every figure a verdict shows.
struct Named {
    figures: [Exact; 2],
    len: usize,
}

impl Named {
    /// The first two of `figures`.
    fn of(figures: impl Iterator<Item = Exact>) -> Named {
        let mut named = Named {
            figures: [Exact::from_integer(0); 2],
            len: 0,
        };
        for (slot, figure) in named.figures.iter_mut().zip(figures) {
            *slot = figure;
            named.len += 1;
        }
        named
    }

    fn figures(&self) -> &[Exact] {
        &self.figures[..self.len] // ok: `len` counts the slots filled, at most 2
    }
}

/// A figure as its text reads: its number, and the unit it is written in (`None`: a bare number).
type FigureOf<'a> = (&'a units::Decimal, Option<&'static Unit>);

/// `f` of the figure `written` as it reads ([`units::parse_written`]; `None` where it does not):
/// as the loader read it where it is one of `figures` (a limit's, [`Requirement::figures`]),
/// else read now.
fn read_figure<T>(
    figures: &[FigureRead],
    written: &str,
    f: impl FnOnce(Option<FigureOf>) -> T,
) -> T {
    match figures.iter().find(|read| *read.written == *written) {
        Some(read) => f(Some((&read.number, read.unit))),
        None => {
            let read = units::parse_written(written).ok();
            f(read.as_ref().map(|read| (&read.number, read.unit)))
        }
    }
}

/// [`in_unit_of`] of one value, kept by the figure it was asked for: a verdict asks it of the
/// limit's figure for its message and again for [`Outcome::in_limit_unit`], and each reads the
/// figure's unit and converts exactly (the costliest part of checking a figure).
struct InUnitOf<'a> {
    v: &'a Scalar,
    unit: &'a str,
    /// The figures of the limit, as the loader read them ([`Requirement::figures`]).
    figures: &'a [FigureRead],
    /// Each figure asked for, with what [`in_unit_of`] made of it.
    known: std::cell::RefCell<Vec<(String, Option<InUnit>)>>,
}

/// A value as shown in a figure's unit, and that unit's symbol ([`in_unit_of`]).
type InUnit = (String, &'static str);

impl<'a> InUnitOf<'a> {
    fn new(v: &'a Scalar, unit: &'a str, figures: &'a [FigureRead]) -> Self {
        InUnitOf {
            v,
            unit,
            figures,
            known: Default::default(),
        }
    }

    /// [`in_unit_of`] the value, `figure` (one of the limit's, as read) and the unit, told apart
    /// from `edge`.
    fn beside(&self, figure: &str, edge: Option<Edge>) -> Option<InUnit> {
        read_figure(self.figures, figure, |read| {
            in_unit_read(self.v, read, self.unit, edge)
        })
    }

    /// [`in_unit_of`] the value, `figure` and the unit.
    fn of(&self, figure: &str) -> Option<InUnit> {
        if let Some((_, known)) = self.known.borrow().iter().find(|(f, _)| f == figure) {
            return known.clone();
        }
        let found = self.beside(figure, None);
        self.known
            .borrow_mut()
            .push((figure.to_string(), found.clone()));
        found
    }
}

/// The one figure of a limit a value is judged against and told beside: the named figure, the
/// nominal, the one bound, or of two bounds the nearer (the one it is beyond, if it is);
/// `None` of a list of figures, or a limit that names none.
fn limit_figure<'l>(limit: &'l Limit, v: &Scalar) -> Option<&'l Scalar> {
    match limit {
        Limit::Equals(Expected::Scalar(e)) => Some(e),
        Limit::Nominal { nominal, .. } => Some(nominal),
        Limit::Range {
            min: Some(low),
            max: Some(high),
        } => {
            // (in whole numbers where they fit, as this runs for every verdict on a range)
            let gap = |b: &Scalar| {
                let (n, d) = difference_parts(&v.value, &b.value)?;
                Some((n.checked_abs()?, d))
            };
            if let Some(nearer) = gap(low)
                .zip(gap(high))
                .and_then(|(to_low, to_high)| compare_parts(to_low, to_high))
            {
                return Some(if nearer == Ordering::Less { low } else { high });
            }
            let gap = |b: &Scalar| v.value.checked_sub(&b.value).and_then(|d| checked_abs(&d));
            match (gap(low), gap(high)) {
                (Some(to_low), Some(to_high)) if to_low < to_high => Some(low),
                _ => Some(high),
            }
        }
        Limit::Range { min, max } => min.as_ref().or(max.as_ref()),
        _ => None,
    }
}

/// `x` (a figure converted into another unit) to the decimals its quoting precision warrants
/// there (`half`, its half-unit in that unit: see [`warranted_decimals`]), or, where those would
/// read as the figure `named` that `x` is not, or on its other side, as many more (up to
/// twelve) as it takes to read as it stands: a value a limit fails, or meets only within its
/// precision, must not read as that limit (`1000000.4 bit/s (= 1.0000004 Mbit/s)`, not `(= 1
/// Mbit/s)`; `4536 kg (= 10000.2 lb)` against `≤ 10000 lb`, not `(= 10000 lb)`). Trailing
/// zeros are dropped (`2235.2 mm` is `88 in`), but not to fewer decimals than `written_to`, those
/// the figure it is shown beside is written to, as its difference from that figure is told (see
/// [`amount_in`]): `2.260 in` is `57.40 mm` beside `57.30 mm`, above it by `0.10 mm`; `72 mm` is
/// `2.835 in` beside `2.800 in`, above it by `0.035 in`. And never beyond `within`, the edge of a
/// band `x` lies within (a pass at it): at it where `x` is it, else on `x`'s side of it or at it,
/// to as many digits as that takes (`8.7757 mm`, not `8.776 mm`, beyond `8.7757 mm`; `103.5 in`
/// of `103.504 in` reads at the edge of `= 104 in`, which accepts it).
fn shown_within(
    x: &Exact,
    half: Option<&Exact>,
    named: &[Exact],
    within: Option<&Exact>,
    written_to: u32,
) -> String {
    let warranted = warranted_decimals(half).max(written_to);
    // (a figure `x` is, it reads as: `1 in` is `25.4 mm` beside `≥ 25.4 mm`, not `25 mm`, which
    // reads below it; every other one, it must not; a figure no twelve decimals write, as
    // warranted)
    // (and never beyond `within`: at it where `x` is it, as a figure `x` is; else on its side
    // of it, or at it, which the band accepts)
    let short_of = |d: u32, edge: &Exact| {
        let Some(r) = rounded_to(x, d) else {
            return false;
        };
        if x == edge {
            r == *edge || rounded_to(x, 12).as_ref() != Some(x)
        } else {
            r == *edge || r.cmp(edge) == x.cmp(edge)
        }
    };
    let apart = |d: u32| reads_apart(x, d, named) && within.is_none_or(|edge| short_of(d, edge));
    let decimals = (warranted..=12u32.max(warranted))
        .find(|&d| apart(d))
        .unwrap_or(12u32.max(warranted));
    units::keep_decimals(format_exact(x, decimals), written_to)
}

/// The decimals a figure quoted to within `half` (its half-unit) is written to: none of one
/// marked exact (`half` 0).
fn written_decimals(half: &Exact) -> u32 {
    match *half.numer() > 0 {
        true => warranted_decimals(Some(half)),
        false => 0,
    }
}

/// The decimals the figure `written` (`57.40 mm`) is written to: those after its point, read
/// from its text where it is plain digits, as this runs for every figure a verdict shows; else
/// as it is read (`5.74e1 mm`).
fn decimals_written(written: &str) -> u32 {
    let number = written.split_whitespace().next().unwrap_or("");
    if number
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-'))
    {
        let decimals = number.split_once('.').map_or(0, |(_, frac)| frac.len());
        return u32::try_from(decimals).unwrap_or(u32::MAX).min(12);
    }
    units::parse_written(written).map_or(0, |w| written_decimals(&w.number.half_unit))
}

/// Whether `x` to `decimals` reads on the side of each figure `named` that it lies on, and as
/// a figure it is (one that no twelve decimals write reads as it at any).
fn reads_apart(x: &Exact, decimals: u32, named: &[Exact]) -> bool {
    let rounded = rounded_to(x, decimals);
    named.iter().all(|named| {
        rounded
            .as_ref()
            .is_some_and(|r| compare(r, named) == compare(x, named))
            || (compare(x, named) == Ordering::Equal && rounded_to(x, 12).as_ref() != Some(x))
    })
}

/// `x` rounded to `decimals` (half away from zero, as [`format_exact`] shows it); `None` on
/// overflow.
fn rounded_to(x: &Exact, decimals: u32) -> Option<Exact> {
    let power = 10i128.checked_pow(decimals)?;
    // in whole numbers, as this runs for each number of decimals tried of every figure shown:
    // x · 10^d = q + r/m, rounded up in size where r is half of m or more (as `Ratio::round`);
    // in fractions where the whole numbers overflow, where reducing first may not
    let (n, m) = (x.numer(), x.denom());
    if let Some(scaled) = i128::checked_mul(*n, power) {
        let (q, r) = (scaled / m, scaled % m); // ok: a denominator is never 0
        let away = r.unsigned_abs() >= m.unsigned_abs() - r.unsigned_abs();
        let rounded = match (away, scaled < 0) {
            (false, _) => Some(q),
            (true, false) => q.checked_add(1),
            (true, true) => q.checked_sub(1),
        };
        if let Some(rounded) = rounded {
            return Some(Exact::new(rounded, power));
        }
    }
    let scale = Exact::from_integer(power);
    x.checked_mul(&scale).map(|scaled| scaled.round() / scale)
}

/// The decimals a figure quoted to within `half` (its half-unit, in the unit it is shown in)
/// warrants: the fewest whose last digit is no coarser than the step it was quoted to
/// (`356 mm`, ±0.5 mm, is `14.02 in`: 0.01 in is finer than 1 mm, 0.1 in is not; `4.6 t`, ±50 kg,
/// is `10141 lb`), at most twelve; six of an exact figure (a count), or of no known precision.
fn warranted_decimals(half: Option<&Exact>) -> u32 {
    // in whole numbers, as this runs for every figure a verdict shows: the step, twice `half`,
    // is n/m (a fraction is held in lowest terms, its denominator positive: a half above zero
    // has a numerator above zero), halving an even denominator rather than doubling the
    // numerator as multiplying the fractions would, which keeps where that overflows
    let Some((n, m)) = half
        .filter(|h| *h.numer() > 0)
        .and_then(|h| match h.denom() % 2 {
            0 => Some((*h.numer(), h.denom() / 2)),
            _ => i128::checked_mul(*h.numer(), 2).map(|n| (n, *h.denom())),
        })
    else {
        return 6;
    };
    let one = Exact::from_integer(1);
    (0..=12u32)
        .find(|&d| {
            let scale = 10i128.pow(d);
            // step · 10^d ≥ 1; in fractions where the whole numbers overflow, where reducing
            // first may not
            match n.checked_mul(scale) {
                Some(scaled) => scaled >= m,
                None => Exact::new(n, m)
                    .checked_mul(&Exact::from_integer(scale))
                    .is_some_and(|scaled| scaled >= one),
            }
        })
        .unwrap_or(12)
}

/// A difference `x` (held in the unit `unit`) told in the unit `written` is in ("by 27 psi"
/// beyond a limit written in psi, "±0.0005 in" of a value written in inches), else in `unit`.
/// How far a value quoted to within `half` (its precision, in `unit`) lies from the figure
/// `written` has the decimals that precision warrants in the unit it is told in, as the value
/// is shown there, and no fewer than that figure is written to (`4550 kg (= 10031 lb)` is
/// above 10000 lb by 31 lb, not by 31.032929 lb; `24 V` and `27.5 V` are 3.5 V apart); a
/// tolerance or a precision is told with the digits of its own last written digit (`half` is
/// that digit's half-unit: see [`spread_in`]); a difference of no precision (`half` is `None`)
/// has six. Then more where those would read as 0 (see [`difference`]).
pub(crate) fn amount_in(x: &Exact, half: Option<&Exact>, written: &str, unit: &str) -> String {
    amount_apart(x, half, (written, &[]), unit, Apart::Difference)
}

/// What [`amount_apart`] tells: a difference from a figure, which keeps the decimals that
/// figure is written to (`by 0.10 mm` beyond `57.30 mm`, not `by 0.1 mm`), or a tolerance or a
/// precision, told with the digits its own last written digit warrants, and more where those
/// would read as the distance it is weighed against (held in the unit it is in).
#[derive(Clone, Copy)]
enum Apart<'a> {
    Difference,
    Spread(Option<&'a Exact>),
}

/// A tolerance or a precision `x` (a difference held in the unit `unit`, written `own` in its
/// own unit: `0.5 kg`) told in the unit `written` is in, as [`amount_in`] tells a difference,
/// with the decimals the last digit of `own` warrants there (`±0.5 kg` is `±1.1 lb`: 0.1 kg is
/// 0.22 lb; `±0.0005 in` is `±0.013 mm`), and more where those would read as the figure
/// `apart_from` (held in `unit`) that `x` is not, or on its other side (a tolerance beside the
/// deviation that exceeds it, a precision beside the distance it reaches across).
fn spread_in(
    x: &Exact,
    own: &str,
    written: &str,
    unit: &str,
    apart_from: Option<&Exact>,
) -> String {
    // (a figure written without a unit is in `unit`)
    let digit = units::parse_written(own).ok().and_then(|w| match w.unit {
        Some(own) => Unit::find(unit).and_then(|u| own.convert_span(&w.number.half_unit, u)),
        None => Some(w.number.half_unit),
    });
    amount_apart(
        x,
        digit.as_ref(),
        (written, &[]),
        unit,
        Apart::Spread(apart_from),
    )
}

/// [`amount_in`], with more decimals where those would read as `apart_from` (held in `unit`),
/// or on its other side, though `x` is not it, or not as it where `x` is it (see
/// [`shown_within`]). `written` is found among `figures`, a limit's as read ([`read_figure`]).
fn amount_apart(
    x: &Exact,
    half: Option<&Exact>,
    (written, figures): (&str, &[FigureRead]),
    unit: &str,
    told: Apart,
) -> String {
    read_figure(figures, written, |parsed| {
        amount_read(x, half, parsed, unit, told)
    })
}

/// [`amount_apart`], of the figure as read.
fn amount_read(
    x: &Exact,
    half: Option<&Exact>,
    parsed: Option<FigureOf>,
    unit: &str,
    told: Apart,
) -> String {
    let apart_from = match told {
        Apart::Spread(apart_from) => apart_from,
        Apart::Difference => None,
    };
    // in the unit `written` is in, where that is another than `unit` and the two convert
    let own = Unit::find(unit)
        .zip(parsed.and_then(|(_, unit)| unit))
        .filter(|(canonical, own)| own.symbol != canonical.symbol)
        .and_then(|(canonical, own)| {
            let x = canonical.convert_span(x, own)?;
            Some((
                x,
                half.and_then(|h| canonical.convert_span(h, own)),
                own.symbol,
            ))
        });
    let in_own = own.is_some();
    let (x, half, symbol) = own.unwrap_or_else(|| (*x, half.copied(), unit));
    let apart_from = apart_from.and_then(|named| match Unit::find(unit) {
        Some(canonical) if in_own => {
            Unit::find(symbol).and_then(|u| canonical.convert_span(named, u))
        }
        _ => Some(*named),
    });
    // the digits `written` is written to, in the unit told
    let figure = parsed
        .filter(|(_, own)| in_own || own.is_none_or(|u| u.symbol == unit))
        .map(|(number, _)| number.half_unit)
        .filter(|h| *h > Exact::from_integer(0))
        .map_or(0, |h| warranted_decimals(Some(&h)));
    let decimals = match &half {
        Some(half) => warranted_decimals(Some(half)).max(figure),
        None => warranted_decimals(None),
    };
    let decimals = match apart_from {
        Some(named) => (decimals..=12u32.max(decimals))
            .find(|&d| reads_apart(&x, d, std::slice::from_ref(&named)))
            .unwrap_or(12u32.max(decimals)),
        None => decimals,
    };
    let figure = match told {
        // (no fewer decimals than the figure it is told from: its trailing zeros kept)
        Apart::Difference => units::keep_decimals(difference(&x, decimals), figure),
        Apart::Spread(_) => difference(&x, decimals),
    };
    if symbol.is_empty() {
        figure
    } else {
        format!("{figure} {symbol}")
    }
}

/// Of a value above a maximum `bound` whose figure was read with its comma grouping thousands
/// (`2,800 in` as 2800 in, as inches are written, or in a file whose other figures write a
/// decimal point), where the comma read as a decimal comma makes a figure near the bound (within
/// a factor of ten of it either way): what to write if it is one, as a message ends a failure
/// ("; if `2,800` is 2.800 (a decimal comma), write 2.800 in"). `None` for any other value, a
/// temperature on a scale whose zero is not the quantity's, and where the arithmetic overflows.
pub(crate) fn decimal_comma_hint(v: &Scalar, bound: &Scalar, unit: &str) -> Option<String> {
    let ("comma", thousands, decimal) = crate::spec::two_readings(&v.written)? else {
        return None;
    };
    // each reading in the unit the value is held in (a plain number: as written)
    let held = |figure: &str| -> Option<Exact> {
        let w = units::parse_written(figure).ok()?;
        match (w.unit, Unit::find(unit)) {
            (None, _) => Some(w.number.value),
            (Some(own), Some(held)) if !own.has_offset() => own.convert(&w.number.value, held),
            _ => None,
        }
    };
    // (read as the thousands: not refused, nor read as the decimal comma it may be)
    if held(&thousands)? != v.value {
        return None;
    }
    let as_decimal = held(&decimal)?;
    let ten = Exact::from_integer(10);
    let near = bound.value > Exact::from_integer(0)
        && as_decimal.checked_mul(&ten)? >= bound.value
        && as_decimal <= bound.value.checked_mul(&ten)?;
    if !near {
        return None;
    }
    let number = |figure: &str| {
        let figure = figure.trim();
        let end = figure
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '+' | '−')))
            .unwrap_or(figure.len());
        figure.get(..end).unwrap_or(figure).to_string()
    };
    Some(format!(
        "; if `{}` is {} (a decimal comma), write {}",
        number(&v.written),
        number(&decimal),
        decimal.trim()
    ))
}

/// A note on the precision a figure's pass rests on.
struct PrecisionNote {
    text: String,
    /// Met only within the precision (else met as written, but the precision reaches beyond).
    within: bool,
}

/// `shown` is the limit as people read it; `converted` the figure in `unit`; `read`, how a
/// figure read as the nominal one it stands for is told (`28 V DC (read as 24 V, a MIL-STD-1275
/// bus: the 24 V nominal battery system)`), in place of the figure as compared.
fn judge_figure(
    limit: &Limit,
    shown: &str,
    v: &Scalar,
    (converted, read): (&str, Option<&str>),
    unit: &str,
    in_unit: &InUnitOf,
) -> (Verdict, String, Option<PrecisionNote>) {
    use FigureStanding::*;
    // a plain number as it was compared: to the digits it is written to, where those are more
    // than the six of `converted` (`0.0000009`, not `(= 0.000001)` beside `≤ 0.000001`)
    let finer;
    let converted = match warranted_decimals(Some(&v.half_unit)) {
        decimals if unit.is_empty() && decimals > 6 => {
            finer = format_exact(&v.value, decimals);
            finer.as_str()
        }
        _ => converted,
    };
    // how far the value lies from an exact figure of the limit, to the digits its precision
    // warrants in that figure's unit
    let figures = in_unit.figures;
    let apart = |x: &Exact, written: &str| {
        amount_apart(
            x,
            Some(&v.half_unit),
            (written, figures),
            unit,
            Apart::Difference,
        )
    };
    let Some(standing) = figure_standing(limit, v) else {
        return (
            Verdict::NotComparable,
            format!("{} is too large to compare exactly with {shown}", v.written),
            None,
        );
    };
    let fail = |message: String| (Verdict::Fail, message, None);
    // the value, and what it was compared as when that reads otherwise (`4.0 gr (= 0.259196 g)`);
    // made only for a message that says it
    // a count written bare, read in the unit its limit's figures name (`2400` against `= 2400
    // Bd`)
    let bare = || {
        v.written.trim() == converted
            && limit.names_a_unit()
            && units::parse_written(&v.written).is_ok_and(|w| w.unit.is_none())
    };
    let compared = || {
        // written in the unit it is compared in: as written (`57.40 mm`, not `(= 57.4 mm)`)
        if let Some(read) = read {
            read.to_string()
        } else if written_in(&v.written, unit) || written_as(&v.written, converted, unit) || bare()
        {
            v.written.to_string()
        } else if unit.is_empty() {
            // a count in the unit it is counted in, which its limit's figure names (`2.4 kBd (=
            // 2400 Bd)` against `= 2400 Bd`; `2400 baud` as written)
            let counted =
                limit_figure(limit, v).and_then(|e| units::parse_written(&e.written).ok()?.unit);
            match counted {
                Some(u) if units::parse_written(&v.written).is_ok_and(|w| w.unit == Some(u)) => {
                    v.written.to_string()
                }
                Some(u) => format!("{} (= {converted} {})", v.written, u.symbol),
                None => format!("{} (= {converted})", v.written),
            }
        } else {
            format!("{} (= {converted} {unit})", v.written)
        }
    };
    // the value as it was compared with a figure of the limit: in that figure's unit where the
    // value reads otherwise (`4400 bar (= 440 MPa)` against 430 MPa, `71.2 mm (= 2.803 in)`
    // against 2.800 in), as a pass and a named figure say it
    // (and told apart from `edge`, held in `unit`, as from the figure: see [`value_apart_in`])
    let compared_apart = |figure: &str, edge: Option<Edge>| match read {
        Some(read) => read.to_string(),
        None => match edge {
            None => value_apart_in(v, figure, unit, || in_unit.of(figure)),
            Some(edge) => value_apart_in(v, figure, unit, || in_unit.beside(figure, Some(edge))),
        },
    };
    let compared_with = |figure: &str| compared_apart(figure, None);
    // against the one figure a limit names, in that figure's unit (`1.4 Mbit/s is not 1 Mbit/s`,
    // not `(= 1400000 bit/s)`); a plain number as against any limit
    let named_apart = |e: &Scalar, edge: Option<Edge>| {
        if unit.is_empty() || bare() {
            compared()
        } else {
            compared_apart(&e.written, edge)
        }
    };
    let named_as = |e: &Scalar| named_apart(e, None);
    // beyond a figure: as against that figure; but a count written in a unit, against bare
    // figures, as what it was read as (`41000 kg (= 41)` of a count in t against `≤ 40`, as it
    // meets one: not `41000 kg is above the maximum 40 by 1`)
    let beyond_as = |e: &Scalar| {
        let with_unit = || units::parse_written(&v.written).is_ok_and(|w| w.unit.is_some());
        if unit.is_empty() && read.is_none() && with_unit() {
            compared()
        } else {
            compared_with(&e.written)
        }
    };
    let beyond = |words: &str, bound: &Scalar, by: &Exact| {
        format!(
            "{} is {words} {} by {}{}",
            beyond_as(bound),
            bound.written,
            apart(by, &bound.written),
            percent(by, &bound.value, unit)
        )
    };
    match (standing, limit) {
        (Above { by }, Limit::Range { max: Some(b), .. }) => {
            let hint = decimal_comma_hint(v, b, unit).unwrap_or_default();
            fail(format!("{}{hint}", beyond("above the maximum", b, &by)))
        }
        (Below { by }, Limit::Range { min: Some(b), .. }) => {
            fail(beyond("below the minimum", b, &by))
        }
        (OffNominal { deviation }, Limit::Nominal { nominal, tolerance }) => {
            // the tolerance in the deviation's unit too, where it is written in another: to
            // the digits its own figure warrants there, and not as the deviation shown, which
            // is beyond it (`is 1.2 lb from the nominal`, `±0.5 kg (±1.1 lb)`)
            let off = apart(&deviation, &nominal.written);
            let shown_off = units::parse_written(&off).ok().and_then(|w| match w.unit {
                Some(_) => w.to_span(Unit::find(unit)?, "").ok().map(|q| q.value),
                None => Some(w.number.value),
            });
            let band = spread_in(
                &tolerance.value,
                &tolerance.written,
                &nominal.written,
                unit,
                shown_off.as_ref(),
            );
            // (by the units themselves: `20m/s` and `20 M/S` are written in m/s)
            let unit_of =
                |written: &str| units::parse_written(written).ok()?.unit.map(|u| u.symbol);
            let in_nominal_unit = if unit_of(&band) != unit_of(&tolerance.written) {
                format!(" (±{band})")
            } else {
                String::new()
            };
            fail(format!(
                "{} is {off} from the nominal {}; the tolerance is ±{}{in_nominal_unit}",
                beyond_as(nominal),
                nominal.written,
                tolerance.written
            ))
        }
        // the band the named figure accepts (half a unit of its last digit each way), and by
        // how much the value misses it, as a bound's failure says
        (NotEqual, Limit::Equals(Expected::Scalar(e))) => {
            // (a count, exact as every whole number is, is compared as a plain count)
            let count = v.half_unit == Exact::from_integer(0);
            let missed = accepted_band(e, unit, figures).filter(|_| !count).and_then(
                |((low, low_told), (high, high_told))| {
                    let off = v.value.checked_sub(&e.value)?;
                    let by = checked_abs(&off)?.checked_sub(&e.half_unit)?;
                    let below = off < Exact::from_integer(0);
                    let (side, (edge, edge_told)) = if below {
                        ("below", (low, &low_told))
                    } else {
                        ("above", (high, &high_told))
                    };
                    // (how far from the band's edge it misses, to the digits the value's precision
                    // warrants there, and no fewer than that edge is written to: `356 mm (= 14.02
                    // in)` is below 87.5 in by 73.48 in)
                    let by = format!(
                        "by {}{}",
                        apart(&by, edge_told),
                        percent(&by, &e.value, unit)
                    );
                    let band = format!("{low_told} to {high_told}");
                    // (a figure marked `exact` accepts itself alone)
                    Some(if e.half_unit == Exact::from_integer(0) {
                        (format!(" exactly: {side} it {by}"), None)
                    } else {
                        (
                            format!(", which accepts {band}: {side} that {by}"),
                            Some(edge),
                        )
                    })
                },
            );
            // the value told apart from the band's edge it misses, as from the figure: `1.76004
            // in (= 44.70502 mm)` beside 44.705 mm, not `(= 44.705 mm)`
            let (missed, edge) = missed.unwrap_or_default();
            fail(format!(
                "{} is not {}{missed}",
                named_apart(e, edge.map(Edge::Missed)),
                e.written,
            ))
        }
        (NotOneOf, _) => fail(format!("{} is not {shown}", compared())),
        (Meets { .. }, Limit::Present) => (Verdict::Pass, format!("stated: {}", v.written), None),
        (Meets { within_precision }, _) => {
            // against a bound or a nominal, in its unit as a failure would be (`1762.56 J (=
            // 1299.998 ft·lbf) meets ≥ 1300 ft·lbf`); of two bounds, the nearer
            let figure = limit_figure(limit, v);
            // `400 Hz equals 400 Hz`, `50 mm meets ≥ 25.4 mm`
            let meets = match (limit, shown.strip_prefix("= ")) {
                (Limit::Equals(_), Some(figure)) => format!("equals {figure}"),
                _ => format!("meets {shown}"),
            };
            // (told apart from the edge of the band the figure stands for, on the value's side,
            // as from the figure: `0.38 in (= 9.652 mm) equals 9.65 mm`, not `(= 9.7 mm)`, which
            // reads beyond the band 9.645 mm to 9.655 mm)
            let message = match figure {
                Some(e) => format!("{} {meets}", named_apart(e, band_edge(limit, v))),
                None => format!("{} {meets}", compared()),
            };
            // the written figure a pass within precision is against, with its value
            let against = |of: PrecisionOf| match (of, limit) {
                (PrecisionOf::Bound(Bound::Max), Limit::Range { max: Some(b), .. })
                | (PrecisionOf::Bound(Bound::Min), Limit::Range { min: Some(b), .. }) => {
                    (b.written.as_ref(), Some(&b.value))
                }
                (_, Limit::Equals(Expected::Scalar(e))) => (e.written.as_ref(), Some(&e.value)),
                (_, Limit::Nominal { nominal, .. }) => (shown, Some(&nominal.value)),
                // of the figures named, the nearest
                (_, Limit::OneOf(values)) => (
                    shown,
                    values
                        .iter()
                        .filter_map(|e| match e {
                            Expected::Scalar(e) => Some(&e.value),
                            _ => None,
                        })
                        .filter_map(|e| {
                            let off = v.value.checked_sub(e).and_then(|d| checked_abs(&d))?;
                            Some((off, e))
                        })
                        .min_by(|(a, _), (b, _)| a.cmp(b))
                        .map(|(_, e)| e),
                ),
                _ => (shown, None),
            };
            // the value's precision in its unit, and in the unit of the figure it was compared
            // with (`3787 bar means ±0.5 bar (±7.25189 psi)` against `≤ 54923 psi`; the
            // property's unit where no one figure is: `one of`), once where the two read alike
            // (±0.5 K is ±0.5 °C)
            // (each to the digits of its one written digit, a tenth of it, and the one in the
            // compared unit never as short of the distance `beyond` it reaches across: `356 mm
            // means ±0.5 mm (±0.02 in)`)
            let half = |beyond: Option<&Exact>| {
                let digit = v.half_unit / Exact::from_integer(10);
                let own = amount_apart(
                    &v.half_unit,
                    Some(&digit),
                    (&v.written, &[]),
                    unit,
                    Apart::Spread(None),
                );
                let compared = amount_apart(
                    &v.half_unit,
                    Some(&digit),
                    (figure.map_or("", |e| &e.written), figures),
                    unit,
                    Apart::Spread(beyond),
                );
                fn number_of(told: &str) -> Option<&str> {
                    told.split(' ').next()
                }
                if number_of(&own) == number_of(&compared) {
                    own
                } else {
                    format!("{own} (±{compared})")
                }
            };
            // a precision of more than 1 % of the figure judged against (`0.1 m`, ±50 mm,
            // against ≤ 57.40 mm), or wider than a tolerance, decides nothing: why, if it is so
            let coarse = |figure: &Exact| {
                if too_coarse(&v.half_unit, figure, unit) {
                    Some("more than 1 % of the limit".to_string())
                } else {
                    match limit {
                        Limit::Nominal { tolerance, .. } if v.half_unit > tolerance.value => {
                            Some(format!("more than the tolerance ±{}", tolerance.written))
                        }
                        _ => None,
                    }
                }
            };
            // how far the value lies from the edge of the limit at `figure` (a bound, a named
            // figure, or the nominal's band): the distance a precision reaches across
            let gap = |figure: Option<&Exact>| {
                let off = checked_abs(&v.value.checked_sub(figure?)?)?;
                match limit {
                    Limit::Nominal { tolerance, .. } => {
                        checked_abs(&off.checked_sub(&tolerance.value)?)
                    }
                    _ => Some(off),
                }
            };
            if let Some(of) = within_precision {
                // written beyond the limit, and met only within so coarse a precision: the
                // value is too coarse to judge
                let (against, figure) = against(of);
                if let Some(why) = coarse(figure.unwrap_or(&v.value)) {
                    // (in the unit of the figure judged against, as a pass or a failure says it)
                    let value = match limit_figure(limit, v) {
                        Some(e) => named_as(e),
                        None => compared(),
                    };
                    return (
                        Verdict::NotComparable,
                        format!(
                            "{value} is quoted too coarsely to judge against {against}: it means ±{}, {why}; give the figure to more digits",
                            half(gap(figure).as_ref())
                        ),
                        None,
                    );
                }
            }
            // a nominal's band narrower than the value's own precision (`1.8 kHz`, ±50 Hz,
            // against 1800 Hz ± 2 Hz): written inside it, the value still cannot tell whether
            // it lies in the band, which its precision spans whole (a bound is only reached)
            if let Limit::Nominal { nominal, tolerance } = limit {
                if v.half_unit > tolerance.value {
                    return (
                        Verdict::NotComparable,
                        format!(
                            "{} is quoted too coarsely to judge against {shown}: it means ±{}, more than the tolerance ±{}; give the figure to more digits",
                            named_as(nominal),
                            half(gap(Some(&nominal.value)).as_ref()),
                            tolerance.written
                        ),
                        None,
                    );
                }
            }
            let precision = match within_precision {
                Some(of) => Some(PrecisionNote {
                    text: format!(
                        "Meets {} only within the precision the value is quoted to: {} means ±{}.",
                        against(of).0,
                        v.written,
                        half(gap(against(of).1).as_ref())
                    ),
                    within: true,
                }),
                // written inside the limit, with a precision so coarse that it reaches beyond:
                // it passes as written, and that is said
                None => reached_beyond(limit, v, unit).and_then(|(against, figure)| {
                    coarse(figure).map(|why| PrecisionNote {
                        text: format!(
                            "Meets {against} as written, but {} means ±{}, {why}: it may lie beyond it.",
                            v.written,
                            half(gap(Some(figure)).as_ref())
                        ),
                        within: false,
                    })
                }),
            };
            (Verdict::Pass, message, precision)
        }
        _ => (
            Verdict::NotComparable,
            format!("a figure cannot be compared with {shown}"),
            None,
        ),
    }
}

/// The bound (or, of a nominal and tolerance, the whole limit; of a named figure, the values it
/// accepts) that a value written inside it reaches beyond within its own precision, as (the
/// limit as shown, the figure to measure the precision by): `3 cm` (±5 mm) inside `≥ 25.4 mm`;
/// `0.8 ft³` (±1.42 L) against `= 23 L`, which accepts 22.5 L to 23.5 L. Not a value written as the bound itself
/// (`15 A` against `≤ 15 A`): a sheet that restates its limit is not told it may exceed it.
fn reached_beyond<'l>(limit: &'l Limit, v: &Scalar, unit: &str) -> Option<(String, &'l Exact)> {
    // most values are quoted finely: a precision within 1 % of every figure of the limit (on
    // the scale it is written in) reaches nothing worth saying, and is told by multiplying
    // alone, without the arithmetic of fractions below (slow in wasm)
    let figures: [Option<&Exact>; 2] = match limit {
        Limit::Range { min, max } => [
            max.as_ref().map(|b| &b.value),
            min.as_ref().map(|b| &b.value),
        ],
        Limit::Nominal { tolerance, .. } => [Some(&tolerance.value), None],
        Limit::Equals(Expected::Scalar(e)) => [Some(&e.value), None],
        _ => return None,
    };
    let may_be_coarse = |figure: &Exact| {
        // `half > |figure| / 100`, as `100 · half.numer · figure.denom > |figure.numer| · half.denom`
        let (hn, hd) = (*v.half_unit.numer(), *v.half_unit.denom());
        let (fn_, fd) = (figure.numer().checked_abs(), *figure.denom());
        match (
            hn.checked_mul(100).and_then(|x| x.checked_mul(fd)),
            fn_.and_then(|f| f.checked_mul(hd)),
        ) {
            (Some(left), Some(right)) => left > right,
            _ => true,
        }
    };
    // (a temperature's figure is measured from absolute zero, and a nominal's tolerance may be
    // small: those are looked at in full)
    let offset = matches!(limit, Limit::Nominal { .. }) || matches!(unit, "°C" | "°F");
    if !offset && !figures.iter().flatten().any(|f| may_be_coarse(f)) {
        return None;
    }
    let hi = v.value.checked_add(&v.half_unit)?;
    let lo = v.value.checked_sub(&v.half_unit)?;
    match limit {
        Limit::Range { min, max } => max
            .as_ref()
            .filter(|b| hi > b.value && v.value != b.value)
            .or(min.as_ref().filter(|b| lo < b.value && v.value != b.value))
            .map(|b| (b.written.to_string(), &b.value)),
        Limit::Nominal { nominal, tolerance } => {
            let over = hi > nominal.value.checked_add(&tolerance.value)?;
            let under = lo < nominal.value.checked_sub(&tolerance.value)?;
            (over || under).then(|| {
                (
                    format!("{} ± {}", nominal.written, tolerance.written),
                    &nominal.value,
                )
            })
        }
        // beyond the values the named figure accepts (`23 L`: 22.5 L to 23.5 L)
        Limit::Equals(Expected::Scalar(e)) => {
            let over = hi > e.value.checked_add(&e.half_unit)?;
            let under = lo < e.value.checked_sub(&e.half_unit)?;
            ((over || under) && v.value != e.value).then(|| (e.written.to_string(), &e.value))
        }
        _ => None,
    }
}

/// Where `v` lies from a value a limit names: within half a unit of the named value's last
/// written digit (inside), else within the stated value's own half-unit when it is quoted more
/// coarsely (within precision), else outside. The larger precision decides, never their sum:
/// 11 mm is not 10 mm, as 10.9 mm is not.
fn named_value_side(v: &Scalar, e: &Scalar) -> Option<Side> {
    // in whole numbers where they fit (|v − e| over the product of the denominators), as this
    // runs for every figure a limit names; in fractions, which reduce, where they do not
    let off = difference_parts(&v.value, &e.value).and_then(|(n, d)| Some((n.checked_abs()?, d)));
    let within = |half: &Exact| {
        off.and_then(|off| compare_parts(off, parts(half)))
            .map(|o| o != Ordering::Greater)
    };
    if let (Some(inside), Some(within_precision)) = (within(&e.half_unit), within(&v.half_unit)) {
        return Some(if inside {
            Side::Inside
        } else if within_precision {
            Side::WithinPrecision
        } else {
            Side::Outside
        });
    }
    let off = checked_abs(&v.value.checked_sub(&e.value)?)?;
    Some(if off <= e.half_unit {
        Side::Inside
    } else if off <= v.half_unit {
        Side::WithinPrecision
    } else {
        Side::Outside
    })
}

/// The values a figure a limit names accepts (`44.70 mm`: `44.695 mm` to `44.705 mm`, half a
/// unit of its last written digit each way; see [`named_value_side`]), in the unit it is
/// written in, each beside its value (held in `unit`); `None` where it names no unit the
/// property's converts into, or the figures overflow. `figures` are the limit's as read
/// ([`read_figure`]).
type Band = ((Exact, String), (Exact, String));
fn accepted_band(e: &Scalar, unit: &str, figures: &[FigureRead]) -> Option<Band> {
    let low = e.value.checked_sub(&e.half_unit)?;
    let high = e.value.checked_add(&e.half_unit)?;
    let canonical = Unit::find(unit)?;
    let written =
        read_figure(figures, &e.written, |read| read.map(|(_, unit)| unit))?.unwrap_or(canonical);
    let edge = |x: &Exact| {
        canonical
            .convert(x, written)
            .map(|x| format!("{} {}", format_exact(&x, 12), written.symbol))
    };
    let (low_told, high_told) = (edge(&low)?, edge(&high)?);
    Some(((low, low_told), (high, high_told)))
}

/// Which side of a range a bound closes.
#[derive(Clone, Copy)]
enum Bound {
    Max,
    Min,
}

/// Whether two stated figures (a pair rule's) are the same: within half a unit of the last
/// written digit of the one quoted more coarsely. As for a value a limit names, the larger
/// precision decides, never their sum: 24 V is not 25 V. `None` when exact arithmetic would
/// overflow.
pub(crate) fn equal_within(v: &Scalar, e: &Scalar) -> Option<bool> {
    if v.value == e.value {
        return Some(true);
    }
    named_value_side(v, e).map(|side| side != Side::Outside)
}

/// `word` is judged; `told` is how a message shows it.
fn judge_word(limit: &Limit, shown: &str, word: &str, told: &str) -> (Verdict, String) {
    match (word_meets(limit, word), limit) {
        (Some(true), Limit::Equals(_)) => (Verdict::Pass, format!("is {told}")),
        (Some(false), Limit::Equals(e)) => (Verdict::Fail, format!("is {told}; must be {e}")),
        (Some(true), Limit::OneOf(_)) => (Verdict::Pass, format!("{told} is {shown}")),
        (Some(false), Limit::OneOf(_)) => (Verdict::Fail, format!("{told} is not {shown}")),
        (Some(true), Limit::Pattern(shape)) => {
            (Verdict::Pass, format!("{told} has the shape {shape}"))
        }
        (Some(false), Limit::Pattern(shape)) => (
            Verdict::Fail,
            format!("{told} does not have the shape {shape}"),
        ),
        (Some(_), _) => (Verdict::Pass, format!("stated: {told}")),
        _ => (
            Verdict::NotComparable,
            format!("text cannot be compared with {shown}"),
        ),
    }
}

/// Is `written` a figure written in the unit `symbol` as the tool writes it (`57.40 mm`, `57.40mm`
/// for `mm`, not `57.40 mm` for `m`)? Told from the text, without parsing it again: messages are
/// made for every verdict.
pub(crate) fn written_in(written: &str, symbol: &str) -> bool {
    !symbol.is_empty()
        && written
            .trim_end()
            .strip_suffix(symbol)
            // (`8 ft 1 in` is written in two units, not in inches)
            .filter(|figure| {
                !figure.contains(|c: char| c.is_alphabetic() && !matches!(c, 'e' | 'E'))
            })
            .and_then(|figure| figure.chars().last())
            .is_some_and(|c| c.is_ascii_digit() || c == ' ' || c == '.')
}

/// `#` a digit, `A` a capital letter, `X` either; any other character stands for itself.
/// Whether the value `written` reads exactly as `converted` followed by `unit` ("57.4 mm").
/// Zeros after the last digit of a written fraction are set aside: `0.840` reads as `0.84`,
/// `25.0 mm` as `25 mm` (not `250` as `25`).
fn written_as(written: &str, converted: &str, unit: &str) -> bool {
    let Some(rest) = written.strip_prefix(converted) else {
        return false;
    };
    let rest = match (converted.contains('.'), rest.strip_prefix('.')) {
        (true, _) => rest.trim_start_matches('0'),
        (false, Some(fraction)) if fraction.starts_with('0') => fraction.trim_start_matches('0'),
        _ => rest,
    };
    match rest {
        "" => unit.is_empty(),
        rest => rest.strip_prefix(' ') == Some(unit) && !unit.is_empty(),
    }
}

/// The same value once spacing, case and `×` are set aside (as
/// [`value_key`](crate::dictionary::value_key) keys it).
fn same_value(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        // the same comparison without decoding characters, for the usual all-ASCII words
        return ascii_key(a).eq(ascii_key(b));
    }
    value_key_chars(a).eq(value_key_chars(b))
}

/// [`value_key_chars`] of an ASCII text, as bytes.
fn ascii_key(text: &str) -> impl Iterator<Item = u8> + '_ {
    text.bytes()
        .filter(|&c| !char::from(c).is_whitespace())
        .map(|c| c.to_ascii_lowercase())
}

fn fits_shape(text: &str, shape: &str) -> bool {
    text.chars().count() == shape.chars().count()
        && text.chars().zip(shape.chars()).all(|(c, s)| match s {
            '#' => c.is_ascii_digit(),
            'A' => c.is_ascii_uppercase(),
            'X' => c.is_ascii_digit() || c.is_ascii_uppercase(),
            other => c == other,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::parse_decimal;

    fn s(written: &str) -> Scalar {
        // a dimensionless figure: enough to test the comparison rules
        let d = parse_decimal(written).unwrap();
        Scalar {
            value: d.value,
            half_unit: d.half_unit,
            written: written.into(),
        }
    }

    /// Rounding a figure and the decimals its precision warrants are worked in whole numbers
    /// (every figure a verdict shows takes both): they give what the fraction arithmetic gives,
    /// halves away from zero, and fall back on it where the whole numbers overflow.
    #[test]
    fn rounding_in_whole_numbers_is_rounding_in_fractions() {
        let by_fractions = |x: &Exact, d: u32| {
            let scale = Exact::from_integer(10i128.checked_pow(d)?);
            x.checked_mul(&scale).map(|scaled| scaled.round() / scale)
        };
        let warranted_by_fractions = |half: &Exact| {
            let step = half.checked_mul(&Exact::from_integer(2))?;
            Some(
                (0..=12u32)
                    .find(|&d| {
                        step.checked_mul(&Exact::from_integer(10i128.pow(d)))
                            .is_some_and(|scaled| scaled >= Exact::from_integer(1))
                    })
                    .unwrap_or(12),
            )
        };
        let big = i128::MAX / 7;
        let xs = [
            Exact::new(5, 2),
            Exact::new(-5, 2),
            Exact::new(1, 8),
            Exact::new(-1, 8),
            Exact::new(2, 3),
            Exact::new(-2, 3),
            Exact::new(1, 3),
            Exact::new(27_941, 100),
            Exact::new(10_000_004, 10_000_000),
            Exact::from_integer(0),
            Exact::from_integer(-12),
            Exact::new(big, 3),
            Exact::new(-big, 3),
            Exact::new(3, big),
            Exact::new(i128::MAX, 2),
            Exact::new(i128::MIN + 1, 10),
        ];
        for x in &xs {
            for d in 0..=40 {
                assert_eq!(rounded_to(x, d), by_fractions(x, d), "{x} to {d}");
            }
            if *x > Exact::from_integer(0) {
                let by = warranted_by_fractions(x).unwrap_or(6);
                assert_eq!(warranted_decimals(Some(x)), by, "{x}");
            }
        }
        // as shown: half away from zero
        let rounded = |n: i128, m: i128, d: u32| rounded_to(&Exact::new(n, m), d);
        assert_eq!(rounded(5, 2, 0), Some(Exact::from_integer(3)));
        assert_eq!(rounded(-5, 2, 0), Some(Exact::from_integer(-3)));
        assert_eq!(rounded(-1, 8, 2), Some(Exact::new(-13, 100)));
        assert_eq!(rounded(2, 3, 3), Some(Exact::new(667, 1000)));
        // ±0.5 is to the unit, ±0.25 and ±0.05 to a tenth, ±50 to the unit (no fewer decimals)
        assert_eq!(warranted_decimals(Some(&Exact::new(1, 2))), 0);
        assert_eq!(warranted_decimals(Some(&Exact::new(1, 4))), 1);
        assert_eq!(warranted_decimals(Some(&Exact::new(1, 20))), 1);
        assert_eq!(warranted_decimals(Some(&Exact::from_integer(50))), 0);
        assert_eq!(
            warranted_decimals(Some(&Exact::new(1, 3 * 10i128.pow(20)))),
            12
        );
        assert_eq!(warranted_decimals(Some(&Exact::from_integer(0))), 6);
        assert_eq!(warranted_decimals(Some(&Exact::from_integer(-1))), 6);
        assert_eq!(warranted_decimals(None), 6);
        // a step whose double overflows is of no known precision, as before
        assert_eq!(warranted_decimals(Some(&Exact::from_integer(i128::MAX))), 6);
    }

    /// An item's figures that read two ways are read the other way once for the item, and each
    /// requirement is given those of the properties it weighs, in the order it weighs them,
    /// each once: as reading them again for it gives.
    #[test]
    fn figures_read_the_other_way_once_are_as_read_for_each_requirement() {
        let catalogue = Catalogue::builtin().unwrap();
        let text = "items:\n- { id: a, name: a, nation: DEU, kind: vehicle, properties: \
                    { gross_mass: 55.800 kg, system_voltage: 24 V, payload: 12.500 t } }\n";
        let items = crate::spec::parse("t.yaml", text, &catalogue.dictionary)
            .unwrap()
            .items;
        let item = &items[0];
        let once = ReadOtherwise::of(item);
        assert!(once.any());
        let weighed = ["payload", "system_voltage", "gross_mass", "payload", "mlc"];
        let read: Vec<(&Item, &crate::spec::OtherReading)> =
            once.read(weighed.into_iter()).collect();
        let again: Vec<(&str, Item, &crate::spec::OtherReading)> =
            read_otherwise_of(weighed.into_iter(), item).collect();
        assert_eq!(again.len(), 2, "{again:#?}");
        assert_eq!(again[0].0, "payload");
        assert_eq!(again[1].0, "gross_mass");
        assert_eq!(read.len(), again.len());
        for ((otherwise, other), (_, item_again, other_again)) in read.iter().zip(&again) {
            assert_eq!(*otherwise, item_again);
            assert!(std::ptr::eq(*other, *other_again));
        }
        // an item none of whose figures reads two ways has none to read
        let plain = crate::spec::parse(
            "t.yaml",
            "items:\n- { id: b, name: b, nation: DEU, kind: vehicle, properties: { gross_mass: 55.8 kg } }\n",
            &catalogue.dictionary,
        )
        .unwrap()
        .items;
        assert!(!ReadOtherwise::of(&plain[0]).any());
    }

    #[test]
    fn a_difference_whose_magnitude_overflows_is_not_comparable_rather_than_a_panic() {
        let at = |n: i128| Scalar {
            value: Exact::from_integer(n),
            half_unit: Exact::new(1, 2),
            written: n.to_string().into(),
        };
        // (i128::MIN + 1) - 1 is i128::MIN, whose magnitude has no i128
        assert_eq!(equal_within(&at(i128::MIN + 1), &at(1)), None);
        let nominal = Limit::Nominal {
            nominal: at(1),
            tolerance: at(0),
        };
        let (verdict, _, _) = figure(&nominal, &at(i128::MIN + 1));
        assert_eq!(verdict, Verdict::NotComparable);
        // the larger precision decides, never the sum of both
        assert_eq!(equal_within(&at(-3), &at(-2)), Some(false));
        assert_eq!(equal_within(&at(-3), &at(-3)), Some(true));
    }

    /// A crossing that states separate tracked and wheeled classes carries MLC numbers
    /// (`or_stated`): the presence requirement passes, and the range judges each class in place
    /// of the one number, the worst answering (a class out of range fails, whatever the kind);
    /// an item that states no class at all is told what it may state.
    #[test]
    fn a_crossing_may_state_its_classes_separately() {
        let catalogue = Catalogue::builtin().unwrap();
        let outcome = |kind: &str, properties: &str| {
            let text = format!(
                "items:\n  - {{ id: b, name: b, nation: DEU, kind: {kind}, properties: {{ \
                 {properties} }} }}\n"
            );
            let items = crate::spec::parse("b.yaml", &text, &catalogue.dictionary)
                .unwrap()
                .items;
            check_items(&catalogue, &items).remove(0)
        };
        let verdict = |o: &ItemOutcome, id: &str| {
            let r = o
                .results
                .iter()
                .find(|r| &*r.citation.requirement == id)
                .unwrap();
            (r.verdict, r.message.to_string())
        };
        let bridge = "crossing_type: bridge, ";
        let split = outcome(
            "crossing",
            &format!("{bridge}mlc_tracked: 60, mlc_wheeled: 80"),
        );
        assert_eq!(
            verdict(&split, "STANAG-2021/crossing-classified"),
            (
                Verdict::Pass,
                "stated as mlc_tracked and mlc_wheeled in place of mlc".into()
            )
        );
        assert_eq!(
            verdict(&split, "STANAG-2021/class-range"),
            (
                Verdict::Pass,
                "mlc_tracked (in place of mlc): 60 meets 4 to 150".into()
            )
        );
        assert_eq!(split.status, Status::Compliant);
        let out = outcome(
            "crossing",
            &format!("{bridge}mlc_tracked: 60, mlc_wheeled: 151"),
        );
        assert_eq!(
            verdict(&out, "STANAG-2021/class-range"),
            (
                Verdict::Fail,
                "mlc_wheeled (in place of mlc): 151 is above the maximum 150 by 1 (0.67 %)".into()
            )
        );
        // with no crossing type, and on a vehicle (a kind warning), a class is still judged
        for (kind, properties) in [
            ("crossing", "mlc_tracked: 200"),
            ("vehicle", "mlc_tracked: 200"),
        ] {
            let o = outcome(kind, properties);
            assert_eq!(
                verdict(&o, "STANAG-2021/class-range").0,
                Verdict::Fail,
                "{kind}"
            );
            assert_eq!(o.status, Status::NonCompliant, "{kind}");
        }
        // a bridge with no class: the presence requirement asks for one; the range judges a
        // class only where one is stated
        let neither = outcome("crossing", "crossing_type: bridge");
        assert_eq!(
            verdict(&neither, "STANAG-2021/class-range"),
            (
                Verdict::NotApplicable,
                "judged only where stated; the item does not state mlc, nor mlc_tracked or \
                 mlc_wheeled in its place"
                    .into()
            )
        );
        assert_eq!(
            verdict(&neither, "STANAG-2021/crossing-classified").0,
            Verdict::Missing
        );
        assert_eq!(neither.status, Status::Incomplete);
        // a light trailer and a light vehicle need carry no class: nothing asks them for one
        for (kind, properties) in [
            ("trailer", "payload: 1100 lb"),
            ("vehicle", "gross_mass: 6613 lb"),
        ] {
            let light = outcome(kind, properties);
            assert_eq!(
                verdict(&light, "STANAG-2021/class-range").0,
                Verdict::NotApplicable,
                "{kind}"
            );
            let stanag_2021 = light
                .standards
                .iter()
                .find(|s| &*s.standard == "STANAG 2021")
                .map(|s| s.status);
            assert_eq!(stanag_2021, Some(Status::Compliant), "{kind}");
        }
        // one that claims the standard meets it: the standard concerns it, and asks it nothing;
        // but a claim is not backed while the trailer leaves unstated its payload, which
        // decides whether it must carry a class (`trailer-classified`, when payload ≥ 1.5 t);
        // the vehicles' rule, by gross mass, is not a trailer's
        let claimed = |properties: &str| {
            let text = format!(
                "items:\n  - {{ id: c, name: c, nation: DEU, kind: trailer, claims: \
                 [STANAG 2021], properties: {{ {properties} }} }}\n"
            );
            let items = crate::spec::parse("c.yaml", &text, &catalogue.dictionary)
                .unwrap()
                .items;
            check_items(&catalogue, &items).remove(0)
        };
        let light = claimed("payload: 1100 lb, gross_mass: 1.2 t");
        assert_eq!(light.status, Status::Compliant, "{:?}", light.notices);
        let no_gross_mass = claimed("payload: 1100 lb");
        assert_eq!(no_gross_mass.status, Status::Compliant);
        let heavy = claimed("payload: 1100 lb, gross_mass: 20 t");
        assert_eq!(heavy.status, Status::Compliant);
        for trailer in [&light, &no_gross_mass, &heavy] {
            assert!(trailer
                .results
                .iter()
                .all(|o| &*o.citation.requirement != "STANAG-2021/vehicle-classified"));
        }
        let unstated = claimed("gross_mass: 1.2 t");
        assert_eq!(unstated.status, Status::Incomplete);
        assert_eq!(
            verdict(&unstated, "STANAG-2021/trailer-classified"),
            (
                Verdict::Missing,
                "the item does not state payload, which decides whether the requirement \
                 applies (when payload ≥ 1.5 t); if it does: the item does not state mlc"
                    .into()
            )
        );
        // a light vehicle that states a class out of range still fails
        let wrong = outcome("vehicle", "gross_mass: 2 t, mlc: 200");
        assert_eq!(verdict(&wrong, "STANAG-2021/class-range").0, Verdict::Fail);
        let single = outcome("crossing", &format!("{bridge}mlc: 70"));
        assert_eq!(
            verdict(&single, "STANAG-2021/class-range"),
            (Verdict::Pass, "70 meets 4 to 150".into())
        );
        // all three stated: each is judged, the single class answering among equals
        let all = |tracked: &str| {
            outcome(
                "crossing",
                &format!("{bridge}mlc: 70, mlc_tracked: {tracked}, mlc_wheeled: 80"),
            )
        };
        assert_eq!(
            verdict(&all("60"), "STANAG-2021/class-range"),
            (Verdict::Pass, "70 meets 4 to 150".into())
        );
        assert_eq!(
            verdict(&all("151"), "STANAG-2021/class-range"),
            (
                Verdict::Fail,
                "mlc_tracked (beside mlc): 151 is above the maximum 150 by 1 (0.67 %)".into()
            )
        );
        assert_eq!(all("151").status, Status::NonCompliant);
        assert_eq!(
            verdict(&all("151"), "STANAG-2021/crossing-classified"),
            (Verdict::Pass, "stated: 70".into())
        );
    }

    /// A claim's did-you-mean is a standard for the item's kind when one is close, and says what
    /// the standard is about.
    #[test]
    fn a_claim_is_suggested_a_standard_of_its_kind() {
        let catalogue = Catalogue::builtin().unwrap();
        let text =
            "items:\n  - { id: t, name: t, nation: DEU, kind: vehicle, claims: [STANAG 2012] }\n";
        let items = crate::spec::parse("t.yaml", text, &catalogue.dictionary)
            .unwrap()
            .items;
        let told = unjudged_claims(&check_items(&catalogue, &items)[0]);
        assert!(
            told.iter().any(|n| n.starts_with(
                "claims STANAG 2012 at 2:60, a standard this catalogue does not hold (it is not \
                 built in, and no catalogue files of your own are loaded), so whether the item \
                 meets it cannot be judged here: did you mean `STANAG 2021` ("
            )),
            "{told:?}"
        );
        // a number that differs in more than one digit names another standard
        let text =
            "items:\n  - { id: t, name: t, nation: DEU, kind: vehicle, claims: [STANAG 9999] }\n";
        let items = crate::spec::parse("t.yaml", text, &catalogue.dictionary)
            .unwrap()
            .items;
        assert_eq!(
            unjudged_claims(&check_items(&catalogue, &items)[0]),
            [format!(
                "claims STANAG 9999 at 2:60, {NOT_HELD}: {LOAD_9999}"
            )]
        );
    }

    /// What the message of a claim of a standard the built-in catalogue does not hold says
    /// between the claim and what to do.
    const NOT_HELD: &str = "a standard this catalogue does not hold (it is not built in, and no \
                            catalogue files of your own are loaded), so whether the item meets it \
                            cannot be judged here";
    /// What to do about a claim of STANAG 9999.
    const LOAD_9999: &str = "load the catalogue file that holds STANAG 9999 (`--catalogue DIR` \
                             on the command line, or Your own catalogue files on the page's \
                             catalogue view) to have the claim judged";

    /// The messages of an item's verdicts on claims of standards the catalogue does not hold.
    fn unjudged_claims(outcome: &ItemOutcome) -> Vec<String> {
        outcome
            .results
            .iter()
            .filter(|o| o.citation.limit.kind == "claim" && o.verdict == Verdict::NotComparable)
            .map(|o| o.message.to_string())
            .collect()
    }

    /// A claim of a standard the catalogue does not hold left the item compliant, told only in
    /// a notice (a lot that fails a company's own standard read as compliant by whoever checked
    /// it without that standard's file): nothing here can judge the claim, so the item is
    /// incomplete, on a verdict line of the claim's own, at the claim's place, that says why and
    /// what to do. A claim written twice is told once; a claim of a standard the catalogue holds
    /// that does not fit the item still fails (and outranks it).
    #[test]
    fn a_claim_of_a_standard_not_held_leaves_the_item_incomplete() {
        let catalogue = Catalogue::builtin().unwrap();
        let check = |claims: &str| {
            let text = format!(
                "items:\n  - id: u1\n    name: u\n    nation: NOR\n    kind: cartridge\n    \
                 claims: [{claims}]\n    properties: {{ cartridge: 5.56 NATO, overall_length: \
                 57.30 mm, chamber_pressure: {{ value: 420, unit: MPa, method: EPVAT }} }}\n"
            );
            let items = crate::spec::parse("u.yaml", &text, &catalogue.dictionary)
                .unwrap()
                .items;
            check_items(&catalogue, &items).remove(0)
        };
        // compliant with what it claims that the catalogue holds
        assert_eq!(check("STANAG 4172").status, Status::Compliant);
        let item = check("STANAG 4172, STANAG 9999, STANAG 9999");
        assert_eq!(item.status, Status::Incomplete);
        let o = &item.results[0];
        let c = &*o.citation;
        assert_eq!(
            (
                &*c.standard,
                &*c.requirement,
                &*c.statement,
                &*c.property,
                c.severity,
                c.limit.kind,
                &*c.limit.text,
                &*c.source,
                o.verdict,
                o.value.is_none(),
            ),
            (
                "STANAG 9999",
                "STANAG-9999/applies",
                "The item meets STANAG 9999 (it claims it).",
                "claims",
                Severity::Mandatory,
                "claim",
                "a standard this catalogue holds",
                "the item's own claim",
                Verdict::NotComparable,
                true,
            )
        );
        // at the claim's line:col, once; said on the verdict line alone, not again as a notice
        assert_eq!(
            unjudged_claims(&item),
            [format!(
                "claims STANAG 9999 at 6:27, {NOT_HELD}: {LOAD_9999}"
            )]
        );
        assert!(
            !item.notices.iter().any(|n| n.contains("STANAG 9999")),
            "{:?}",
            item.notices
        );
        // the standards it is judged by are as before: the claim is none of them
        let standards: Vec<(&str, Status)> = item
            .standards
            .iter()
            .map(|s| (&*s.standard, s.status))
            .collect();
        assert_eq!(
            standards,
            [
                ("ACodP-1", Status::Compliant),
                ("STANAG 1059", Status::Compliant),
                ("STANAG 4172", Status::Compliant),
            ]
        );
        // a held standard for another kind fails the claim, as before, which outranks it: one
        // line, at the claim, saying which kinds it is for and what to do, and none of its
        // requirements listed (they were all listed as missing)
        let item = check("STANAG 9999, STANAG 1135");
        assert_eq!(item.status, Status::NonCompliant);
        let verdicts: Vec<(&str, Verdict, &str)> = item
            .results
            .iter()
            .filter(|o| o.citation.requirement.ends_with("/applies"))
            .map(|o| (&*o.citation.requirement, o.verdict, &*o.message))
            .collect();
        assert_eq!(
            verdicts,
            [
                (
                    "STANAG-9999/applies",
                    Verdict::NotComparable,
                    &*format!("claims STANAG 9999 at 6:14, {NOT_HELD}: {LOAD_9999}")
                ),
                (
                    "STANAG-1135/applies",
                    Verdict::Fail,
                    "claims STANAG 1135 at 6:27, a standard for a fuel; this item is a cartridge, \
                     so STANAG 1135's requirements are not judged for it: remove the claim, or, \
                     if the item is a fuel, correct its kind (`kind: fuel`)"
                ),
            ]
        );
        assert_eq!(
            item.results
                .iter()
                .filter(|o| &*o.citation.standard == "STANAG 1135")
                .count(),
            1
        );
        let claimed = item
            .standards
            .iter()
            .find(|s| &*s.standard == "STANAG 1135")
            .map(|s| (s.claimed, s.status));
        assert_eq!(claimed, Some((true, Status::NonCompliant)));
        // said on the verdict line alone, as a claim the catalogue does not hold is
        assert_eq!(item.notices, Vec::<String>::new());
    }

    /// A test method on a figure of a property no standard judges by a method is said, not taken
    /// silently for a checked one; on a pressure, judged by its method, nothing is said, nor on
    /// a pressure by a method no standard here judges (a .308 Winchester's SAAMI figure).
    #[test]
    fn a_method_no_requirement_judges_by_is_said() {
        let catalogue = Catalogue::builtin().unwrap();
        let text = "items:\n  - id: r\n    name: r\n    nation: USA\n    kind: cartridge\n    properties:\n      cartridge: 7.62x51mm NATO\n      case_capacity: { value: 3.6 mL, method: EPVAT }\n      case_length: [{ value: 51 mm, method: EPVAT }, { value: 2.015 in, method: CIP-piezo }]\n      chamber_pressure: { value: 380 MPa, method: EPVAT }\n  - { id: w, name: w, nation: USA, kind: cartridge, properties: { cartridge: .308 Winchester, chamber_pressure: { value: 62000 psi, method: SAAMI-piezo } } }\n";
        let items = crate::spec::parse("m.yaml", text, &catalogue.dictionary)
            .unwrap()
            .items;
        let checked = check_items(&catalogue, &items);
        let notices = &checked[0].notices;
        let said: Vec<&String> = notices.iter().filter(|n| n.contains(" by ")).collect();
        assert_eq!(
            said,
            [
                "states case_capacity by EPVAT, but no standard of the catalogue judges case_capacity by a test method: the method is not used",
                "states case_length by EPVAT and CIP-piezo, but no standard of the catalogue judges case_length by a test method: the method is not used, and only the first figure, 51 mm, is compared",
            ],
            "{notices:?}"
        );
        assert!(
            !checked[1].notices.iter().any(|n| n.contains(" by ")),
            "{:?}",
            checked[1].notices
        );
    }

    /// STANAG 4383's pressure limit is quoted from TM 43-0001-27, whose measuring method its
    /// public quotation does not state. A 12.7 mm round whose sheet gives its pressure by NATO
    /// EPVAT or by copper crusher is not judged by it (the item lacks nothing a sheet could
    /// give): the verdict says what was read, why it is not compared and what to do, names the
    /// method as what it is (not "by TM-43-0001-27"), and one notice says it on the item, which
    /// is compliant. A figure of no stated method leaves the item incomplete, told the same way
    /// without the catalogue's way out; a figure by the TM's method is judged.
    #[test]
    fn a_pressure_by_another_method_than_an_unstated_one_is_not_judged() {
        let catalogue = Catalogue::builtin().unwrap();
        let round = |pressure: &str| {
            let text = format!(
                "items:\n  - {{ id: r, name: r, nation: USA, kind: cartridge, properties: {{ cartridge: 12.7x99mm NATO, chamber_pressure: {pressure} }} }}\n"
            );
            let items = crate::spec::parse("r.yaml", &text, &catalogue.dictionary)
                .unwrap()
                .items;
            let item = check_items(&catalogue, &items).remove(0);
            let tm = item
                .results
                .iter()
                .find(|o| &*o.citation.requirement == "STANAG-4383/pressure-tm")
                .map(|o| (o.verdict, o.message.to_string()))
                .unwrap();
            let notices: Vec<String> = item
                .notices
                .iter()
                .filter(|n| n.contains("pressure"))
                .cloned()
                .collect();
            (item.status, tm, notices)
        };
        let not_judged = |read: &str, by: &str| {
            format!(
                "not judged: {read}; this limit is by the measuring method of TM \
                 43-0001-27, which its public quotation does not state, and figures by different \
                 test methods are never compared or converted into one another (crusher and piezo figures are not \
                 comparable): give the figure by that method (`method: TM-43-0001-27`) to have it \
                 judged, or load your own catalogue file with the standard's limit by {by} \
                 (standards/README.md; `--catalogue DIR` on the command line, Your own catalogue \
                 files on the page's catalogue view)"
            )
        };
        for (pressure, read, by) in [
            (
                "{ value: 370 MPa, method: EPVAT }",
                "the value is 370 MPa by EPVAT",
                "EPVAT",
            ),
            (
                "{ value: 54000 psi, method: copper crusher }",
                "the value is 54000 psi by copper-crusher",
                "copper-crusher",
            ),
            (
                "[{ value: 370 MPa, method: EPVAT }, { value: 54000 psi, method: copper-crusher }]",
                "the values are 370 MPa by EPVAT and 54000 psi by copper-crusher",
                "EPVAT or copper-crusher",
            ),
        ] {
            let message = not_judged(read, by);
            assert_eq!(
                round(pressure),
                (
                    Status::Compliant,
                    (Verdict::NotApplicable, message.clone()),
                    vec![format!("STANAG-4383/pressure-tm {message}")]
                ),
                "{pressure}"
            );
        }
        assert_eq!(
            round("54000 psi"),
            (
                Status::Incomplete,
                (
                    Verdict::NotComparable,
                    "the value, 54000 psi, states no test method; this limit is by the measuring \
                     method of TM 43-0001-27, which its public quotation does not state, and \
                     figures by different test methods are never compared or converted into one another (crusher \
                     and piezo figures are not comparable): give the figure by that method \
                     (`method: TM-43-0001-27`) to have it judged"
                        .to_string()
                ),
                vec![]
            )
        );
        assert_eq!(
            round("{ value: 54000 psi, method: TM-43-0001-27 }"),
            (
                Status::Compliant,
                (Verdict::Pass, "54000 psi meets ≤ 54923 psi".to_string()),
                vec![]
            )
        );
    }

    /// The 1 % of a temperature is measured from absolute zero: `-4.7e1 °C` (±0.5 K) against a
    /// freeze point of at most −47 °C reaches beyond it by a precision of 0.2 % of 226 K, and
    /// passes without a word, where 1 % of the °C figure (0.47) would have called it coarse;
    /// `-5e1 °C` (±5 K, 2.2 %) passes as written, with a note that it may lie beyond.
    #[test]
    fn a_temperatures_precision_is_measured_from_absolute_zero() {
        let catalogue = Catalogue::builtin().unwrap();
        let verdict = |value: &str| {
            let text = format!(
                "items:\n  - {{ id: f, name: f, nation: GBR, kind: fuel, properties: {{ nato_code: F-35, freeze_point: {value} }} }}\n"
            );
            let items = crate::spec::parse("f.yaml", &text, &catalogue.dictionary)
                .unwrap()
                .items;
            let outcome = check_items(&catalogue, &items)[0]
                .results
                .iter()
                .find(|r| &*r.citation.requirement == "STANAG-1135/freeze-point-f35")
                .cloned()
                .unwrap();
            (
                outcome.verdict,
                outcome.note.map(|n| n.to_string()).unwrap_or_default(),
            )
        };
        let (v, note) = verdict("-4.7e1 °C");
        assert_eq!(v, Verdict::Pass);
        assert!(!note.contains("as written"), "{note}");
        let (v, note) = verdict("-5e1 °C");
        assert_eq!(v, Verdict::Pass);
        assert!(
            note.starts_with("Meets -47 °C as written, but -5e1 °C means ±5 °C"),
            "{note}"
        );
    }

    /// The first item's result for `requirement`, of a YAML spec checked against the built-in
    /// catalogue.
    fn result_of(text: &str, requirement: &str) -> Outcome {
        let catalogue = Catalogue::builtin().unwrap();
        let items = crate::spec::parse("t.yaml", text, &catalogue.dictionary)
            .unwrap()
            .items;
        check_items(&catalogue, &items)[0]
            .results
            .iter()
            .find(|r| &*r.citation.requirement == requirement)
            .cloned()
            .unwrap()
    }

    /// A spec of one French 5.56 mm round `r` stating `properties` (YAML flow pairs) besides.
    fn french_round(properties: &str) -> String {
        format!(
            "items:\n- {{ id: r, name: r, nation: FRA, kind: cartridge, properties: {{ \
             cartridge: 5.56x45mm NATO, {properties} }} }}\n"
        )
    }

    /// A value just outside the band a named figure accepts, converted into that figure's unit,
    /// was shown to the digits its precision warrants there, which could read as the band's
    /// edge: `1.76004 in (= 44.705 mm) is not 44.70 mm, which accepts 44.695 mm to 44.705 mm`.
    /// It is shown with the digits it takes to differ from that edge, on either side and in any
    /// unit; a value written in the figure's unit is shown as written.
    #[test]
    fn a_value_just_outside_a_band_never_reads_as_its_edge() {
        let round = french_round;
        for (property, requirement, message) in [
            (
                "case_length: 1.76004 in",
                "STANAG-4172/case-length",
                "1.76004 in (= 44.70502 mm) is not 44.70 mm, which accepts 44.695 mm to 44.705 \
                 mm: above that by 0.00002 mm (under 0.01 %)",
            ),
            (
                "case_length: 1.759644 in",
                "STANAG-4172/case-length",
                "1.759644 in (= 44.69496 mm) is not 44.70 mm, which accepts 44.695 mm to 44.705 \
                 mm: below that by 0.00004 mm (under 0.01 %)",
            ),
            (
                "case_length: 44.7051 mm",
                "STANAG-4172/case-length",
                "44.7051 mm is not 44.70 mm, which accepts 44.695 mm to 44.705 mm: above that by \
                 0.0001 mm (under 0.01 %)",
            ),
            (
                "test_barrel_length: 20.0197 in",
                "STANAG-4172/test-barrel",
                "20.0197 in (= 508.5004 mm) is not 508 mm, which accepts 507.5 mm to 508.5 mm: \
                 above that by 0.0004 mm (under 0.01 %)",
            ),
            (
                "test_barrel_length: 19.9803 in",
                "STANAG-4172/test-barrel",
                "19.9803 in (= 507.4996 mm) is not 508 mm, which accepts 507.5 mm to 508.5 mm: \
                 below that by 0.0004 mm (under 0.01 %)",
            ),
        ] {
            let result = result_of(&round(property), requirement);
            assert_eq!(
                (result.verdict, &*result.message),
                (Verdict::Fail, message),
                "{property}"
            );
        }
        // a band in pounds, of a rating in kilograms
        for (rating, message) in [
            (
                "3402.17 kg",
                "3402.17 kg (= 7500.501 lb) is not 7500 lb, which accepts 7499.5 lb to 7500.5 lb: \
                 above that by 0.001 lb (under 0.01 %)",
            ),
            (
                "3401.7159 kg",
                "3401.7159 kg (= 7499.4998 lb) is not 7500 lb, which accepts 7499.5 lb to 7500.5 \
                 lb: below that by 0.0002 lb (under 0.01 %)",
            ),
        ] {
            let text = format!(
                "items:\n- id: p\n  name: p\n  nation: USA\n  kind: pallet\n  properties:\n    \
                 pallet_type: 463L HCU-6/E\n    ring_rating: {rating}\n"
            );
            let result = result_of(&text, "463L/ring-rating");
            assert_eq!(
                (result.verdict, &*result.message),
                (Verdict::Fail, message),
                "{rating}"
            );
        }
    }

    /// A failure against the one figure a limit names said only "is not" (`1.761 in (= 44.73
    /// mm) is not 44.70 mm`): neither the band that figure accepts nor by how much the value
    /// misses it, which a bound's failure says. And a value quoted too coarsely to judge was
    /// not shown in the limit's unit (`3 ft 3 in` against `1 m`), which the page's Converted
    /// column shows: both are now said, the value to the digits its precision warrants there.
    #[test]
    fn a_failure_against_a_named_figure_says_its_band_and_by_how_much() {
        let round = french_round;
        for (property, requirement, message) in [
            (
                "case_length: 1.761 in",
                "STANAG-4172/case-length",
                "1.761 in (= 44.73 mm) is not 44.70 mm, which accepts 44.695 mm to 44.705 mm: \
                 above that by 0.024 mm (0.05 %)",
            ),
            (
                "case_length: 44.6 mm",
                "STANAG-4172/case-length",
                "44.6 mm is not 44.70 mm, which accepts 44.695 mm to 44.705 mm: below that by \
                 0.095 mm (0.21 %)",
            ),
            (
                "test_barrel_length: 19 in",
                "STANAG-4172/test-barrel",
                "19 in (= 483 mm) is not 508 mm, which accepts 507.5 mm to 508.5 mm: below that \
                 by 24.9 mm (4.9 %)",
            ),
        ] {
            let result = result_of(&round(property), requirement);
            assert_eq!(
                (result.verdict, &*result.message),
                (Verdict::Fail, message),
                "{property}"
            );
        }
        let coarse = result_of(
            "items:\n- { id: t, name: t, nation: FRA, kind: im-test, properties: { im_stimulus: \
             SR, test_configuration: packaged stack, confinement_thickness: 3 ft 3 in } }\n",
            "STANAG-4396/sand-confinement",
        );
        assert_eq!(
            (coarse.verdict, &*coarse.message),
            (
                Verdict::NotComparable,
                "3 ft 3 in (= 0.99 m) is quoted too coarsely to judge against 1 m: it means \
                 ±0.5 in (±0.013 m), more than 1 % of the limit; give the figure to more digits"
            )
        );
    }

    /// A figure that reads two ways in a file that does not tell which (`55.800 kg`: 55.8 kg, or
    /// 55800 kg with a thousands point) is judged both ways: where the other reading makes the
    /// requirement apply, or fail, the verdict is not comparable and names both readings; where
    /// both agree, the verdict stands. Either way the item says how the figure was read.
    #[test]
    fn a_figure_that_reads_two_ways_is_judged_both_ways() {
        let catalogue = Catalogue::builtin().unwrap();
        let outcome_of = |text: &str| {
            let items = crate::spec::parse("t.yaml", text, &catalogue.dictionary)
                .unwrap()
                .items;
            check_items(&catalogue, &items).remove(0)
        };
        let pzh = outcome_of("items:\n- id: deu-pzh\n  name: Panzerhaubitze (Datenblatt)\n  nation: DEU\n  kind: vehicle\n  claims: [STANAG 2021]\n  properties: {running_gear: tracked, gross_mass: 55.800 kg, accepted_fuels: [F-34], system_voltage: 24 V, slave_receptacle: STANAG 4074}\n");
        let classified = pzh
            .results
            .iter()
            .find(|o| &*o.citation.requirement == "STANAG-2021/vehicle-classified")
            .unwrap();
        assert_eq!(classified.verdict, Verdict::NotComparable);
        assert_eq!(&*classified.message, "`55.800 kg` may be 55.8 kg or 55800 kg: the requirement applies to 55800 kg (the item does not state mlc); write 55.8 kg or 55800 kg");
        let stanag_2021 = pzh
            .standards
            .iter()
            .find(|s| &*s.standard == "STANAG 2021")
            .unwrap();
        assert_eq!(stanag_2021.status, Status::Incomplete);
        assert!(pzh.notices.contains(&"gross_mass at 7:51: `55.800 kg` is read as 55.8 kg, with a decimal point: no other figure of the file tells its decimal mark; if the point groups thousands, write 55800 kg".to_string()), "{:#?}", pzh.notices);
        // written one way, the requirement is decided as before
        for (mass, verdict) in [
            ("55.8 kg", Verdict::NotApplicable),
            ("55800 kg", Verdict::Missing),
        ] {
            let text = format!("items:\n- id: v\n  name: v\n  nation: DEU\n  kind: vehicle\n  properties: {{gross_mass: {mass}}}\n");
            let outcome = outcome_of(&text);
            let classified = outcome
                .results
                .iter()
                .find(|o| &*o.citation.requirement == "STANAG-2021/vehicle-classified")
                .unwrap();
            assert_eq!(classified.verdict, verdict, "{mass}");
            assert!(
                outcome.notices.iter().all(|n| !n.contains("is read as")),
                "{mass}"
            );
        }
        // a pass one way and a failure the other: not comparable, with both
        let pallet = |mass: &str| {
            format!("items:\n- id: p\n  name: p\n  nation: USA\n  kind: pallet\n  properties:\n    pallet_type: 463L HCU-6/E\n    cargo_mass: {mass}\n")
        };
        let cargo = result_of(&pallet("4.600 kg"), "463L/cargo-max");
        assert_eq!(cargo.verdict, Verdict::NotComparable);
        assert_eq!(&*cargo.message, "`4.600 kg` may be 4.6 kg or 4600 kg: as 4.6 kg, 4.600 kg (= 10.141 lb) meets ≤ 10000 lb; as 4600 kg, 4600 kg (= 10141 lb) is above the maximum 10000 lb by 141 lb (1.41 %); write 4.6 kg or 4600 kg");
        // a comma read as grouping thousands is not weighed as a decimal comma: it is said
        let cargo = result_of(&pallet("4,600 kg"), "463L/cargo-max");
        assert_eq!(cargo.verdict, Verdict::Fail);
        // both ways a pass: the pass stands
        let cargo = result_of(&pallet("1.200 kg"), "463L/cargo-max");
        assert_eq!(cargo.verdict, Verdict::Pass);
    }

    /// A whole number's trailing zeros may or may not be significant (`60200 psi`: ±0.5 psi, or
    /// 415 MPa rounded, ±50 psi): where one reading fails a requirement and the other passes it,
    /// the verdict is not comparable, naming both; where they agree, or the rounded reading is
    /// too coarse to judge by, the verdict stands, with no note.
    #[test]
    fn trailing_zeros_of_a_whole_number_are_weighed_both_ways() {
        let m80 = |pressure: &str| {
            format!("items:\n- id: usa-m80\n  name: M80\n  nation: USA\n  kind: cartridge\n  properties:\n    cartridge: 7.62 NATO\n    chamber_pressure: {{ value: {pressure}, unit: psi, method: EPVAT }}\n")
        };
        let pressure = result_of(&m80("60200"), "STANAG-2310/pressure-epvat");
        assert_eq!(pressure.verdict, Verdict::NotComparable);
        assert_eq!(&*pressure.message, "`60200 psi` as written (±0.5 psi): 60200 psi (= 415.064 MPa) is above the maximum 415 MPa by 0.064 MPa (0.02 %); if its trailing zeros are not significant (±50 psi): 60200 psi (= 415.1 MPa) meets ≤ 415 MPa, within that precision; state the figure to the precision it was measured");
        assert!(!pressure.within_precision);
        // the same figure with its precision said: judged as written
        let pressure = result_of(&m80("60200.0"), "STANAG-2310/pressure-epvat");
        assert_eq!(pressure.verdict, Verdict::Fail);
        // 3400 kg rounded at its 4 (±50 kg) is more than 1 % of 7500 lb, which decides
        // nothing, but its last zero alone may be rounding (±5 kg: 7500 lb is 3401.9 kg, 3400 kg
        // to the ten): that reading is weighed (it failed as written, as 7500 lb rounded);
        // `3.40 t`, ±5 kg, meets it within its precision
        let ring = |rating: &str| {
            let text = format!("items:\n- id: p\n  name: p\n  nation: USA\n  kind: pallet\n  properties:\n    pallet_type: 463L HCU-6/E\n    ring_rating: {rating}\n");
            result_of(&text, "463L/ring-rating")
        };
        let rating = ring("3400 kg");
        assert_eq!(rating.verdict, Verdict::NotComparable);
        assert_eq!(
            &*rating.message,
            "`3400 kg` as written (±0.5 kg): 3400 kg (= 7496 lb) is not 7500 lb, which accepts \
             7499.5 lb to 7500.5 lb: below that by 3.8 lb (0.05 %); if its last zero is not \
             significant (±5 kg): 3400 kg (= 7496 lb) equals 7500 lb, within that precision; \
             state the figure to the precision it was measured"
        );
        // a rounding of the last zero that does not reach the limit leaves the failure standing
        let rating = ring("3300 kg");
        assert_eq!(rating.verdict, Verdict::Fail);
        let rating = ring("3.40 t");
        assert_eq!(
            (rating.verdict, rating.within_precision),
            (Verdict::Pass, true)
        );
        // cargo ≤ 10000 lb (4535.92 kg): 4540 kg is 4.08 kg beyond, within ±5 kg rounded
        let pallet = |mass: &str| {
            let text = format!("items:\n- id: p\n  name: p\n  nation: USA\n  kind: pallet\n  properties:\n    pallet_type: 463L HCU-6/E\n    cargo_mass: {mass}\n");
            result_of(&text, "463L/cargo-max")
        };
        let cargo = pallet("4540 kg");
        assert_eq!(cargo.verdict, Verdict::NotComparable);
        assert_eq!(&*cargo.message, "`4540 kg` as written (±0.5 kg): 4540 kg (= 10009 lb) is above the maximum 10000 lb by 9 lb (0.09 %); if its trailing zeros are not significant (±5 kg): 4540 kg (= 10009 lb) meets ≤ 10000 lb, within that precision; state the figure to the precision it was measured");
        // both readings alike: the verdict stands, said as before
        for (mass, verdict, message) in [
            (
                "4550 kg",
                Verdict::Fail,
                "4550 kg (= 10031 lb) is above the maximum 10000 lb by 31 lb (0.31 %)",
            ),
            (
                "10100 lb",
                Verdict::Fail,
                "10100 lb is above the maximum 10000 lb by 100 lb (1 %)",
            ),
            (
                "4500 kg",
                Verdict::Pass,
                "4500 kg (= 9921 lb) meets ≤ 10000 lb",
            ),
            ("10000 lb", Verdict::Pass, "10000 lb meets ≤ 10000 lb"),
            ("5000 lb", Verdict::Pass, "5000 lb meets ≤ 10000 lb"),
        ] {
            let cargo = pallet(mass);
            assert_eq!(
                (cargo.verdict, &*cargo.message),
                (verdict, message),
                "{mass}"
            );
        }
    }

    /// The readings of trailing zeros say which zeros are read as rounding: all, or the last
    /// (`3400 kg` at ±5 kg), of one figure or of several.
    #[test]
    fn the_zeros_read_as_rounding_are_said() {
        let zeros = |figures: &[[&str; 3]]| {
            let other = crate::spec::OtherReading {
                figures: figures.iter().map(|f| f.map(str::to_string)).collect(),
                zeros: true,
                ..Default::default()
            };
            both_readings(&other, "rule", Some("fails"), Some("passes"))
        };
        let ring = ["3400 kg", "±0.5 kg", "±5 kg"];
        let bar = ["60,200 psi", "±0.5 psi", "±50 psi"];
        let tons = ["340000 kg", "±0.5 kg", "±500 kg"];
        let tail = "fails; if {} not significant ({}): passes; state the figure to the precision \
                    it was measured";
        let said =
            |which: &str, rounded: &str| tail.replacen("{}", which, 1).replacen("{}", rounded, 1);
        assert_eq!(
            zeros(&[ring]),
            format!(
                "`3400 kg` as written (±0.5 kg): {}",
                said("its last zero is", "±5 kg")
            )
        );
        assert_eq!(
            zeros(&[bar]),
            format!(
                "`60,200 psi` as written (±0.5 psi): {}",
                said("its trailing zeros are", "±50 psi")
            )
        );
        assert_eq!(
            zeros(&[tons]),
            format!(
                "`340000 kg` as written (±0.5 kg): {}",
                said("its last 3 zeros are", "±500 kg")
            )
        );
        assert!(zeros(&[bar, bar]).contains("; if their trailing zeros are not significant"));
        assert!(zeros(&[ring, bar]).contains("; if their last zeros are not significant"));
    }

    /// A figure exactly at the limit's reads as that figure, in the message and in `converted`,
    /// though its precision warrants fewer digits: `1 in` is 25.4 mm, and `25 mm` (±0.5 in
    /// warrants no decimal of a millimetre) would read below `≥ 25.4 mm`.
    #[test]
    fn a_figure_exactly_at_the_limit_reads_as_it() {
        let result = result_of(
            "items:\n  - { id: s, name: s, nation: USA, kind: store, properties: { store_aircraft_clearance: 1 in } }\n",
            "MIL-STD-1289/store-aircraft-clearance",
        );
        assert_eq!(
            (result.verdict, &*result.message),
            (Verdict::Pass, "1 in (= 25.4 mm) meets ≥ 25.4 mm")
        );
        let value = result.value.unwrap();
        assert_eq!(
            (value.converted.as_deref(), value.in_limit_unit.as_deref()),
            (Some("25.4"), None)
        );
        // (beside it, to the digits warranted: 38.1 mm is above it either way)
        let result = result_of(
            "items:\n  - { id: s, name: s, nation: USA, kind: store, properties: { store_aircraft_clearance: 1.5 in } }\n",
            "MIL-STD-1289/store-aircraft-clearance",
        );
        // (and no fewer than the limit's figure is written to)
        assert_eq!(&*result.message, "1.5 in (= 38.1 mm) meets ≥ 25.4 mm");
    }

    /// A pass at the edge of the band a named figure stands for showed `converted` past it while
    /// its message was right: `0.3455 in` of `= 0.345 in` (8.7503 mm to 8.7757 mm) was `8.776`,
    /// `0.3445 in` was `8.75`. The edge itself is shown where the value is it, and a value within
    /// reads within (at the edge, or on its side), in `converted` and in the message alike.
    #[test]
    fn a_pass_at_a_band_edge_shows_no_figure_beyond_it() {
        let neck = |diameter: &str| {
            let result = result_of(
                &format!(
                    "items:\n  - {{ id: r, name: r, nation: USA, kind: cartridge, properties: \
                     {{ cartridge: 7.62x51mm NATO, neck_diameter: {diameter} }} }}\n"
                ),
                "STANAG-2310/neck-diameter",
            );
            let value = result.value.clone().unwrap();
            (result.verdict, result.message.to_string(), value.converted)
        };
        for (written, converted) in [
            // at the upper and the lower edge: the edge itself
            ("0.3455 in", "8.7757"),
            ("0.3445 in", "8.7503"),
            // just inside: as warranted, on its side
            ("0.34549 in", "8.7754"),
            ("0.3450 in", "8.763"),
        ] {
            assert_eq!(
                neck(written),
                (
                    Verdict::Pass,
                    format!("{written} equals 0.345 in"),
                    Some(converted.to_string())
                ),
                "{written}"
            );
        }
        // beyond it, a failure is told apart from the edge it misses, as before
        let (verdict, _, converted) = neck("0.3456 in");
        assert_eq!(
            (verdict, converted.as_deref()),
            (Verdict::Fail, Some("8.778"))
        );
        // the shown figure alone: at the edge where it is it, else at it or on its side (never
        // past it, where the warranted digits would round across: 8.7757 to 8.776)
        let x = |n: i128, d: i128| Exact::new(n, d);
        let edge = x(87757, 10000);
        assert_eq!(
            shown_within(&edge, Some(&x(1, 1000)), &[], Some(&edge), 0),
            "8.7757"
        );
        assert_eq!(
            shown_within(&edge, Some(&x(1, 1000)), &[], None, 0),
            "8.776"
        );
        assert_eq!(
            shown_within(&x(877569, 100000), Some(&x(1, 1000)), &[], Some(&edge), 0),
            "8.7757"
        );
        assert_eq!(
            shown_within(&x(877551, 100000), Some(&x(1, 1000)), &[], Some(&edge), 0),
            "8.7755"
        );
        // a nominal's band too: the tolerance each way, on the value's side
        let limit = Limit::Nominal {
            nominal: Scalar {
                value: x(930, 1),
                half_unit: x(1, 2),
                written: "930 m/s".into(),
            },
            tolerance: Scalar {
                value: x(20, 1),
                half_unit: x(1, 2),
                written: "20 m/s".into(),
            },
        };
        let v = Scalar {
            value: x(949, 1),
            half_unit: x(1, 2),
            written: "949 m/s".into(),
        };
        assert!(matches!(band_edge(&limit, &v), Some(Edge::Within(e)) if e == x(950, 1)));
    }

    /// A value written by both its names (`H.264/AVC`) is shown as read, as an alias is: it is
    /// no figure read within its precision (`≈`).
    #[test]
    fn a_value_by_its_names_joined_is_shown_as_read() {
        for written in ["H.264/AVC", "AVC"] {
            let result = result_of(
                &format!("items:\n  - {{ id: v, name: v, nation: FRA, kind: motion-imagery, properties: {{ video_codec: \"{written}\" }} }}\n"),
                "STANAG-4609/video-codec",
            );
            assert_eq!(
                (result.verdict, &*result.message),
                (
                    Verdict::Pass,
                    "H.264 is one of H.264, H.265, MPEG-2, JPEG 2000"
                ),
                "{written}"
            );
            let value = result.value.unwrap();
            assert_eq!(
                (&*value.written, value.converted.as_deref()),
                (written, Some("H.264"))
            );
        }
    }

    /// A figure written in two units (`8 ft 1 in`) is shown converted, in a failure as in a
    /// pass: it is no figure written in inches.
    #[test]
    fn a_figure_in_two_units_is_shown_converted() {
        let result = result_of(
            "items:\n  - { id: p, name: p, nation: USA, kind: pallet, properties: { pallet_type: 463L, cargo_height: 8 ft 1 in } }\n",
            "463L/cargo-height",
        );
        assert_eq!(
            &*result.message,
            "8 ft 1 in (= 97 in) is above the maximum 96 in by 1 in (1.04 %)"
        );
    }

    /// The value is also given in the unit of the limit's figure it was judged against, for
    /// every dimension alike (a mass as a pressure: `4.6 t` against `≤ 10000 lb`, not only
    /// `4600 kg`), and not where the limit is written in the property's own unit.
    #[test]
    fn a_value_is_given_in_the_unit_of_the_limit_it_was_judged_against() {
        for (stated, requirement, converted, unit, in_limit_unit) in [
            (
                "cargo_mass: 4.6 t",
                "463L/cargo-max",
                "4600",
                "kg",
                Some("10141 lb"),
            ),
            (
                "ring_rating: 33.4 kN",
                "463L/ring-rating",
                "3406",
                "kg",
                Some("7509 lb"),
            ),
            (
                "outside_width: 2235 mm",
                "463L/outside-width",
                "2235",
                "mm",
                Some("87.99 in"),
            ),
            // written in the limit's unit: that figure (and in mm, 2235.2 mm, as it is: `2235`
            // reads below it)
            (
                "outside_width: 88 in",
                "463L/outside-width",
                "2235.2",
                "mm",
                Some("88 in"),
            ),
            // beyond the band `= 108 in` accepts (107.5 in to 108.5 in): told apart from its
            // edge, as the message tells it (`108.504 in`), not as the edge (`108.5 in`)
            (
                "outside_length: 2756 mm",
                "463L/outside-length",
                "2756",
                "mm",
                Some("108.504 in"),
            ),
            // a pressure: the property's unit is the limit's (psi), so nothing more
            (
                "floor_loading: 1.8 MPa",
                "463L/floor-loading",
                "261",
                "psi",
                None,
            ),
        ] {
            let result = result_of(
                &format!("items:\n  - {{ id: p, name: p, nation: DEU, kind: pallet, properties: {{ pallet_type: 463L, {stated} }} }}\n"),
                requirement,
            );
            let v = result.value.unwrap();
            assert_eq!(
                (
                    v.converted.as_deref(),
                    v.unit.as_deref(),
                    v.in_limit_unit.as_deref()
                ),
                (Some(converted), Some(unit), in_limit_unit),
                "{stated}"
            );
        }
        // two bounds in other units than the property's: the nearer, as the message names it
        let catalogue = Catalogue::builtin().unwrap();
        let scalar = |p: &str, w: &str| {
            catalogue
                .dictionary
                .properties
                .get(p)
                .unwrap()
                .parse_scalar(w)
                .unwrap()
        };
        let range = Limit::Range {
            min: Some(scalar("cargo_mass", "1000 lb")),
            max: Some(scalar("cargo_mass", "10 t")),
        };
        let v = scalar("cargo_mass", "500 kg");
        let in_limit_unit = |v: &Scalar| {
            limit_figure(&range, v).and_then(|e| in_unit_of(v, &e.written, "kg", None))
        };
        assert_eq!(in_limit_unit(&v), Some(("1102".to_string(), "lb")));
        assert_eq!(
            in_limit_unit(&scalar("cargo_mass", "9 t")),
            Some(("9".to_string(), "t"))
        );
    }

    /// A value in a limit figure's unit is worked out once a verdict, however often the verdict
    /// asks for it (its message, and `in_limit_unit`), and is the same as worked out anew.
    #[test]
    fn a_value_in_a_figures_unit_is_worked_out_once_a_verdict() {
        let catalogue = Catalogue::builtin().unwrap();
        let property = catalogue.dictionary.properties.get("cargo_mass").unwrap();
        let v = property.parse_scalar("500 kg").unwrap();
        let in_unit = InUnitOf::new(&v, "kg", &[]);
        for _ in 0..2 {
            assert_eq!(in_unit.of("1000 lb"), Some(("1102".to_string(), "lb")));
            assert_eq!(in_unit.of("10 t"), in_unit_of(&v, "10 t", "kg", None));
        }
        assert_eq!(in_unit.known.borrow().len(), 2);
    }

    /// A limit's figures are read once, by the loader (`Requirement::figures`): a verdict finds
    /// each as read there, and does not read its text again.
    #[test]
    fn a_limits_figures_are_read_by_the_loader_not_for_each_verdict() {
        let catalogue = Catalogue::builtin().unwrap();
        let mut read = 0;
        for r in catalogue.standards.iter().flat_map(|s| &s.requirements) {
            assert_eq!(r.figures, r.limit.figures_read(), "{}", r.id());
            read += r.figures.len();
        }
        assert!(read > 100, "{read} figures read");
        let property = catalogue.dictionary.properties.get("cargo_mass").unwrap();
        let v = property.parse_scalar("500 kg").unwrap();
        let range = Limit::Range {
            min: None,
            max: Some(property.parse_scalar("10 t").unwrap()),
        };
        let mut figures = range.figures_read();
        assert_eq!(figures.len(), 1);
        assert_eq!(
            InUnitOf::new(&v, "kg", &figures).of("10 t"),
            in_unit_of(&v, "10 t", "kg", None)
        );
        // (as read, written in pounds, it is told in pounds: its text is not read again)
        figures[0].unit = Unit::find("lb");
        assert_eq!(
            InUnitOf::new(&v, "kg", &figures).of("10 t"),
            Some(("1102".to_string(), "lb"))
        );
    }

    /// The value in the limit's unit, in the report and in the message alike, has the digits its
    /// own quoting precision warrants in that unit, not six decimals (`14.015748 in` of a `356
    /// mm` that is ±0.5 mm), and more only where those would read as the limit it is not: a
    /// failure, or a pass within precision, never reads as equal to the limit. An exact
    /// conversion reads as the figure it is.
    #[test]
    fn a_value_in_the_limits_unit_has_the_digits_its_precision_warrants() {
        for (stated, requirement, verdict, in_limit_unit, message) in [
            // mm → in: ±0.5 mm is ±0.02 in
            (
                "outside_width: 356 mm",
                "463L/outside-width",
                Verdict::Fail,
                "14.02 in",
                "356 mm (= 14.02 in) is not 88 in, which accepts 87.5 in to 88.5 in: below that \
                 by 73.48 in (83.5 %)",
            ),
            // kN → lb: ±0.05 kN is ±11 lb, so whole pounds
            (
                "ring_rating: 33.4 kN",
                "463L/ring-rating",
                Verdict::Pass,
                "7509 lb",
                "33.4 kN (= 7509 lb) equals 7500 lb",
            ),
            // a failure 0.0017 % over: one decimal shows it over (±0.05 kg is ±0.11 lb)
            (
                "cargo_mass: 4536.0 kg",
                "463L/cargo-max",
                Verdict::Fail,
                "10000.2 lb",
                "4536.0 kg (= 10000.2 lb) is above the maximum 10000 lb by 0.2 lb \
                 (under 0.01 %)",
            ),
            // a pass within precision whose whole pounds would read as the limit: one more
            (
                "cargo_mass: 4536 kg",
                "463L/cargo-max",
                Verdict::Pass,
                "10000.2 lb",
                "4536 kg (= 10000.2 lb) meets ≤ 10000 lb",
            ),
            // exactly the limit: as the figure it is
            (
                "outside_width: 2235.2 mm",
                "463L/outside-width",
                Verdict::Pass,
                "88 in",
                "2235.2 mm (= 88 in) equals 88 in",
            ),
        ] {
            let result = result_of(
                &format!("items:\n  - {{ id: p, name: p, nation: DEU, kind: pallet, properties: {{ pallet_type: 463L, {stated} }} }}\n"),
                requirement,
            );
            let v = result.value.as_ref().unwrap();
            assert_eq!(
                (result.verdict, v.in_limit_unit.as_deref(), &*result.message),
                (verdict, Some(in_limit_unit), message),
                "{stated}"
            );
        }
    }

    /// How far a value lies beyond a limit written in another unit has the digits the value's
    /// quoting precision warrants in that unit, as the value is shown there (`4550 kg (= 10031
    /// lb)` is above 10000 lb by 31 lb, not by 31.032929 lb), and never fewer than it takes not
    /// to read as 0.
    #[test]
    fn a_difference_has_the_digits_the_values_precision_warrants() {
        for (stated, requirement, message) in [
            // kg → lb: ±0.5 kg is ±1.1 lb, so whole pounds
            (
                "cargo_mass: 4550 kg",
                "463L/cargo-max",
                "4550 kg (= 10031 lb) is above the maximum 10000 lb by 31 lb (0.31 %)",
            ),
            // t → lb: ±5 kg is ±11 lb
            (
                "cargo_mass: 4.55 t",
                "463L/cargo-recommended",
                "4.55 t (= 10031 lb) is above the maximum 7500 lb by 2531 lb (33.75 %)",
            ),
            // mm → in: ±0.5 mm is ±0.02 in
            (
                "cargo_height: 2500 mm",
                "463L/cargo-height",
                "2500 mm (= 98.43 in) is above the maximum 96 in by 2.43 in (2.53 %)",
            ),
            // in the limit's own unit: as written
            (
                "cargo_height: 96.25 in",
                "463L/cargo-height",
                "96.25 in is above the maximum 96 in by 0.25 in (0.26 %)",
            ),
        ] {
            let result = result_of(
                &format!("items:\n  - {{ id: p, name: p, nation: DEU, kind: pallet, properties: {{ pallet_type: 463L, {stated} }} }}\n"),
                requirement,
            );
            assert_eq!(
                (result.verdict, &*result.message),
                (Verdict::Fail, message),
                "{stated}"
            );
        }
        let m80 = |property: &str| {
            format!("items:\n- id: usa-m80\n  name: M80\n  nation: USA\n  kind: cartridge\n  properties:\n    cartridge: 7.62 NATO\n    {property}\n")
        };
        // psi → MPa: ±0.05 psi is ±0.0003 MPa
        assert_eq!(
            &*result_of(
                &m80("chamber_pressure: { value: 60200.0, unit: psi, method: EPVAT }"),
                "STANAG-2310/pressure-epvat"
            )
            .message,
            "60200.0 psi (= 415.0644 MPa) is above the maximum 415 MPa by 0.0644 MPa (0.02 %)"
        );
        // no fewer digits than the limit's figure is written to: `72 mm` (±0.02 in) is 0.035 in
        // beyond `2.800 in`, and is shown as 2.835 in beside it (not 2.83 in, 0.03 in beyond)
        assert_eq!(
            &*result_of(&m80("overall_length: 72 mm"), "STANAG-2310/oal-max").message,
            "72 mm (= 2.835 in) is above the maximum 2.800 in by 0.035 in (1.24 %)"
        );
        // their trailing zeros kept to those digits: `by 0.10 mm` beyond `57.40 mm`, not `by 0.1
        // mm`, and a value in another unit shown as `58.60 mm`, not `58.6 mm`, beside it
        for (stated, message) in [
            (
                "overall_length: 57.50 mm",
                "57.50 mm is above the maximum 57.40 mm by 0.10 mm (0.17 %)",
            ),
            (
                "overall_length: 2.307 in",
                "2.307 in (= 58.60 mm) is above the maximum 57.40 mm by 1.20 mm (2.09 %)",
            ),
        ] {
            let result = result_of(&french_round(stated), "STANAG-4172/oal-max");
            assert_eq!((result.verdict, &*result.message), (Verdict::Fail, message));
            // (the Converted column as the message shows it)
            let converted = result.value.and_then(|v| v.converted);
            let shown = if stated.ends_with("in") {
                "58.60"
            } else {
                "57.50"
            };
            assert_eq!(converted.as_deref(), Some(shown), "{stated}");
        }
        // fewer digits would read as 0: as many more as it takes, up to twelve
        let half = Exact::new(1, 2);
        for (by, shown) in [
            (Exact::new(3, 1000), "0.003 mm"),
            (Exact::new(7, 10), "1 mm"),
            (Exact::new(1, 10i128.pow(13)), "less than 0.000000000001 mm"),
        ] {
            assert_eq!(amount_in(&by, Some(&half), "", "mm"), shown);
        }
        // an exact difference of no written figure: six decimals, as before
        assert_eq!(amount_in(&Exact::new(1, 3), None, "", "mm"), "0.333333 mm");
    }

    /// A figure whose comma was read as grouping thousands (`2,800 in`, as inches are written,
    /// in a file whose `9.5 g` writes a decimal point) and fails a maximum by about a thousand
    /// times, where the comma read as a decimal comma makes a figure near the limit, says what
    /// to write if it is one; a comma group whose other reading is nowhere near the limit
    /// (`10,500 lb` against 10000 lb: 10.5 lb) says nothing more.
    #[test]
    fn a_thousands_comma_that_may_be_a_decimal_comma_is_said_where_it_fails() {
        let round = "items:\n- id: r\n  name: r\n  nation: DEU\n  kind: cartridge\n  properties:\n    cartridge: 7.62x51mm NATO\n    overall_length: 2,800 in\n    bullet_mass: 9.5 g\n";
        let result = result_of(round, "STANAG-2310/oal-max");
        assert_eq!(
            (result.verdict, &*result.message),
            (
                Verdict::Fail,
                "2,800 in is above the maximum 2.800 in by 2797.200 in (99900 %); if `2,800` is 2.800 (a decimal comma), write 2.800 in"
            )
        );
        // (as a decimal comma, it is the limit's figure alone: near it either way, within ten
        // times; and a figure written so in mm, beside a limit in inches, alike)
        let round = round.replace("2,800 in", "71,120 mm");
        let result = result_of(&round, "STANAG-2310/oal-max");
        assert!(
            result
                .message
                .ends_with("; if `71,120` is 71.120 (a decimal comma), write 71.120 mm"),
            "{}",
            result.message
        );
        let pallet = "items:\n- id: p\n  name: p\n  nation: USA\n  kind: pallet\n  properties:\n    pallet_type: 463L\n    cargo_mass: 10,500 lb\n    cargo_height: 9.5 in\n";
        let result = result_of(pallet, "463L/cargo-max");
        assert_eq!(
            (result.verdict, &*result.message),
            (
                Verdict::Fail,
                "10,500 lb is above the maximum 10000 lb by 500 lb (5 %)"
            )
        );
    }

    /// A figure as the spec reads it: `written` in the property's unit `unit`, with its
    /// precision.
    fn stated(written: &str, unit: &str) -> Scalar {
        let q = units::parse_written(written)
            .unwrap()
            .to_quantity(Unit::find(unit).unwrap(), "p")
            .unwrap();
        Scalar {
            value: q.value,
            half_unit: q.half_unit,
            written: written.into(),
        }
    }

    /// A figure of a limit, in `unit`: exact, as the catalogue holds it.
    fn threshold(written: &str, unit: &str) -> Scalar {
        Scalar {
            half_unit: Exact::from_integer(0),
            ..stated(written, unit)
        }
    }

    /// A limit's nominal and tolerance (the tolerance a difference: `2 °F` is 10/9 K).
    fn nominal(nominal: &str, tolerance: &str, unit: &str) -> Limit {
        let span = units::parse_written(tolerance)
            .unwrap()
            .to_span(Unit::find(unit).unwrap(), "p")
            .unwrap();
        Limit::Nominal {
            nominal: threshold(nominal, unit),
            tolerance: Scalar {
                value: span.value,
                half_unit: Exact::from_integer(0),
                written: tolerance.into(),
            },
        }
    }

    fn judged(limit: &Limit, v: &Scalar, unit: &str) -> (Verdict, String, Option<String>) {
        let converted = format_exact(&v.value, 6);
        let (verdict, message, note) = judge_figure(
            limit,
            &limit.to_string(),
            v,
            (&converted, None),
            unit,
            &InUnitOf::new(v, unit, &limit.figures_read()),
        );
        (verdict, message, note.map(|n| n.text))
    }

    /// A tolerance or a precision told in another unit than its own has the digits its own
    /// last written digit warrants there, not six decimals: a ±0.5 kg tolerance beside a
    /// nominal in pounds was `±1.102311 lb` and is `±1.1 lb` (0.1 kg is 0.22 lb); `57 mm means
    /// ±0.5 mm (±0.019685 in)` is `(±0.02 in)`. More only where fewer would read as the
    /// deviation it is exceeded by, or beyond it; and where six decimals were too few (±0.5
    /// Hz in MHz read `±0.000001 MHz`, twice the tolerance), as many as it takes.
    #[test]
    fn a_converted_tolerance_or_precision_has_the_digits_it_warrants() {
        let max = |figure: &str, unit: &str| Limit::Range {
            min: None,
            max: Some(threshold(figure, unit)),
        };
        let note = "only within the precision the value is quoted to:";
        for (limit, value, unit, verdict, message, precision) in [
            // a tolerance in kg beside a nominal in lb (was `(±1.102311 lb)`)
            (
                nominal("1100 lb", "0.5 kg", "kg"),
                "500 kg",
                "kg",
                Verdict::Fail,
                "500 kg (= 1102 lb) is 2 lb from the nominal 1100 lb; the tolerance is ±0.5 kg \
                 (±1.1 lb)",
                None,
            ),
            // a tolerance that would read as the deviation's other side in its own digits: ±4
            // kg is ±9 lb, more than the 8.95 lb it is exceeded by; one decimal more (was
            // `(±8.81849 lb)`)
            (
                nominal("1100 lb", "4 kg", "kg"),
                "503.01 kg",
                "kg",
                Verdict::Fail,
                "503.01 kg (= 1108.95 lb) is 8.95 lb from the nominal 1100 lb; the tolerance is \
                 ±4 kg (±8.8 lb)",
                None,
            ),
            // a precision in mm against a bound in inches (was `(±0.019685 in)`)
            (
                max("2.24 in", "mm"),
                "57 mm",
                "mm",
                Verdict::Pass,
                "57 mm (= 2.244 in) meets ≤ 2.24 in",
                Some("Meets 2.24 in {note} 57 mm means ±0.5 mm (±0.02 in)."),
            ),
            // a precision that would read as short of how far beyond the bound the value lies:
            // 500 kg is 1.101 lb over 1101.21 lb, within ±0.5 kg, ±1.102311 lb, which one
            // decimal would tell as ±1.1 lb (beyond it, so failing): as many as it takes
            (
                max("1101.21 lb", "kg"),
                "500 kg",
                "kg",
                Verdict::Pass,
                "500 kg (= 1102.31 lb) meets ≤ 1101.21 lb",
                Some("Meets 1101.21 lb {note} 500 kg means ±0.5 kg (±1.102 lb)."),
            ),
            // a band in Hz beside a nominal in kHz: decimal prefixes convert exactly, and the
            // digits are those written (as before)
            (
                nominal("1.8 kHz", "20 Hz", "Hz"),
                "1825 Hz",
                "Hz",
                Verdict::Fail,
                "1825 Hz (= 1.825 kHz) is 0.025 kHz from the nominal 1.8 kHz; the tolerance \
                 is ±20 Hz (±0.02 kHz)",
                None,
            ),
            // written inside a band narrower than its own precision: the precision spans the
            // band whole, so the value tells nothing (was a pass with a note that it may lie
            // beyond)
            (
                nominal("1800 Hz", "2 Hz", "Hz"),
                "1.8 kHz",
                "Hz",
                Verdict::NotComparable,
                "1.8 kHz (= 1800 Hz) is quoted too coarsely to judge against 1800 Hz ± 2 Hz: it \
                 means ±0.05 kHz (±50 Hz), more than the tolerance ±2 Hz; give the figure to \
                 more digits",
                None,
            ),
            (
                nominal("1800 Hz", "2 Hz", "Hz"),
                "1799 Hz",
                "Hz",
                Verdict::Pass,
                "1799 Hz meets 1800 Hz ± 2 Hz",
                None,
            ),
            // ... and one finer than six decimals of the nominal's unit (was `(±0.000001
            // MHz)`, twice the tolerance)
            (
                nominal("0.025 MHz", "0.5 Hz", "MHz"),
                "0.0250008 MHz",
                "MHz",
                Verdict::Fail,
                "0.0250008 MHz is 0.0000008 MHz from the nominal 0.025 MHz; the tolerance is \
                 ±0.5 Hz (±0.0000005 MHz)",
                None,
            ),
            // a value's precision in kHz beside a bound in Hz, finer than six decimals of its
            // own unit (was `±0.0000001 kHz (±0.00005 Hz)`, twice the precision in kHz)
            (
                max("1799.9999998 Hz", "Hz"),
                "1.8000000 kHz",
                "Hz",
                Verdict::Pass,
                "1.8000000 kHz (= 1800.0000000 Hz) meets ≤ 1799.9999998 Hz",
                Some(
                    "Meets 1799.9999998 Hz {note} 1.8000000 kHz means ±0.00000005 kHz \
                     (±0.00005 Hz).",
                ),
            ),
        ] {
            assert_eq!(
                judged(&limit, &stated(value, unit), unit),
                (
                    verdict,
                    message.to_string(),
                    precision.map(|p| p.replace("{note}", note))
                ),
                "{value}"
            );
        }
    }

    /// A count compared with a limit in the unit it is counted in (a symbol rate, `= 2400 Bd`)
    /// is said in that unit: as written when written in it, else with what it was read as.
    #[test]
    fn a_count_is_said_in_the_unit_its_limit_counts_it_in() {
        for (rate, verdict, message) in [
            ("2400", Verdict::Pass, "2400 equals 2400 Bd"),
            ("2400 baud", Verdict::Pass, "2400 baud equals 2400 Bd"),
            (
                "2.4 kBd",
                Verdict::Pass,
                "2.4 kBd (= 2400 Bd) equals 2400 Bd",
            ),
            ("1200 Bd", Verdict::Fail, "1200 Bd is not 2400 Bd"),
            ("240e1", Verdict::Pass, "240e1 (= 2400 Bd) equals 2400 Bd"),
        ] {
            let result = result_of(
                &format!("items:\n  - {{ id: m, name: m, nation: NOR, kind: waveform, claims: [STANAG 4285], properties: {{ symbol_rate: {rate} }} }}\n"),
                "STANAG-4285/symbol-rate",
            );
            assert_eq!(
                (result.verdict, &*result.message),
                (verdict, message),
                "{rate}"
            );
        }
    }

    /// A pass that holds only within the precision the value is quoted to says so in a flag of
    /// its own (the page and the text report mark it; the JSON carries it); a pass as written,
    /// a failure and a word read exactly do not.
    #[test]
    fn a_pass_within_precision_is_flagged() {
        let pallet = "kind: pallet, properties: { pallet_type: 463L,";
        let store = "kind: store, properties: { store_mass: 500 lb, ejected: false,";
        let rack = "kind: bomb-rack, properties: { bru_type: Type II,";
        for (item, stated, requirement, verdict, flagged) in [
            (
                pallet,
                "cargo_mass: 4.54 t",
                "463L/cargo-max",
                Verdict::Pass,
                true,
            ),
            (
                pallet,
                "cargo_mass: 4.5 t",
                "463L/cargo-max",
                Verdict::Pass,
                false,
            ),
            (
                pallet,
                "cargo_mass: 4.6 t",
                "463L/cargo-max",
                Verdict::Fail,
                false,
            ),
            (
                pallet,
                "ring_rating: 33.4 kN",
                "463L/ring-rating",
                Verdict::Pass,
                true,
            ),
            (
                pallet,
                "ring_rating: 7500 lb",
                "463L/ring-rating",
                Verdict::Pass,
                false,
            ),
            // a temperature: 100 °F is 37.78 °C, ±0.5 °F
            (
                "kind: fuel, properties: { nato_code: F-35,",
                "flash_point: 100 °F",
                "STANAG-1135/flash-point-f35",
                Verdict::Pass,
                true,
            ),
            // a word read from a figure within its precision (`356 mm` as `14 in`), and exactly
            (
                store,
                "suspension: 356 mm",
                "MIL-STD-2088/unejected-suspension",
                Verdict::Pass,
                true,
            ),
            (
                store,
                "suspension: 355.6 mm",
                "MIL-STD-2088/unejected-suspension",
                Verdict::Pass,
                false,
            ),
            (
                store,
                "suspension: 14 in",
                "MIL-STD-2088/unejected-suspension",
                Verdict::Pass,
                false,
            ),
            // of a list, where the entry it includes was read within its precision
            (
                rack,
                "hook_spacings: [356 mm, 762 mm]",
                "MIL-STD-2088/hooks-14in",
                Verdict::Pass,
                true,
            ),
            (
                rack,
                "hook_spacings: [356 mm, 762 mm]",
                "MIL-STD-2088/hooks-30in",
                Verdict::Pass,
                false,
            ),
        ] {
            let r = result_of(
                &format!("items:\n  - {{ id: x, name: x, nation: DEU, {item} {stated} }} }}\n"),
                requirement,
            );
            assert_eq!(
                (r.verdict, r.within_precision),
                (verdict, flagged),
                "{stated}"
            );
        }
    }

    /// A word read from a figure in another unit (a suspension of `762 mm`, the `30 in` lugs)
    /// is shown as written and as read, in the message and the value; one written as the word
    /// is shown as it is.
    #[test]
    fn a_word_read_from_a_figure_in_another_unit_is_shown_as_written() {
        let result = |suspension: &str| {
            result_of(
                &format!("items:\n  - {{ id: s, name: s, nation: USA, kind: store, properties: {{ store_mass: 500 lb, ejected: false, suspension: \"{suspension}\" }} }}\n"),
                "MIL-STD-2088/unejected-suspension",
            )
        };
        let read = result("762 mm");
        assert_eq!(
            &*read.message,
            "762 mm (= 30 in) is not one of single lug, 14 in"
        );
        let value = read.value.unwrap();
        assert_eq!(
            (&*value.written, value.converted.as_deref()),
            ("762 mm", Some("30 in"))
        );
        let read = result("30 in");
        assert_eq!(&*read.message, "30 in is not one of single lug, 14 in");
        assert_eq!(read.value.unwrap().converted, None);
        // one that names it only within the precision it is quoted to
        let read = result("356 mm");
        assert_eq!(
            &*read.message,
            "356 mm (≈ 14 in) is one of single lug, 14 in"
        );
        // (and says so, with the precision, as a figure met within its precision does)
        assert_eq!(
            read.note.as_deref(),
            Some("Read as 14 in only within the precision the value is quoted to: 356 mm means ±0.5 mm, and 14 in is 355.6 mm. The source says *may*: a recommendation here, not a requirement.")
        );
        assert_eq!(read.value.unwrap().converted.as_deref(), Some("14 in"));
        // a figure that is the value exactly carries no such note
        assert_eq!(
            result("355.6 mm").note.as_deref(),
            Some("The source says *may*: a recommendation here, not a requirement.")
        );
    }

    /// A value's `written` is what the item wrote (trimmed), however it was read: a word in
    /// another spelling (`28VDC`) as a figure (`+28 V DC`); what it was read as is `converted`.
    #[test]
    fn a_value_is_reported_as_written_and_as_read() {
        let result = |supply: &str| {
            result_of(
                &format!("items:\n  - {{ id: g, name: g, nation: USA, kind: ground-power-unit, properties: {{ external_power_receptacle: SAE-AS90362, pins_ef_supply: \"{supply}\" }} }}\n"),
                "AFGS-87219B/pins-e-f",
            )
        };
        for (supply, message) in [
            ("28VDC", "is 28 V DC"),
            (" 28 v dc ", "is 28 V DC"),
            ("+28 V DC", "is +28 V DC (= 28 V DC)"),
        ] {
            let read = result(supply);
            assert_eq!((read.verdict, &*read.message), (Verdict::Pass, message));
            let value = read.value.unwrap();
            assert_eq!(
                (&*value.written, value.converted.as_deref()),
                (supply.trim(), Some("28 V DC")),
                "{supply}"
            );
        }
        // as the value itself: nothing read otherwise
        let value = result("28 V DC").value.unwrap();
        assert_eq!((&*value.written, value.converted), ("28 V DC", None));
        // a list's entries as written, the list as read
        let read = result_of(
            "items:\n  - { id: r, name: r, nation: DEU, kind: bomb-rack, properties: { bru_type: Type II, hook_spacings: [14IN, 30 in] } }\n",
            "MIL-STD-2088/hooks-14in",
        );
        assert_eq!(&*read.message, "includes 14 in");
        let value = read.value.unwrap();
        assert_eq!(
            (&*value.written, value.converted.as_deref()),
            ("14IN, 30 in", Some("14 in, 30 in"))
        );
    }

    /// A list's entries read from figures in another unit are shown as written and as read, in
    /// the message and the value (hook spacings of `356 mm` and `762 mm`); a list written as
    /// its values is shown as it is.
    #[test]
    fn a_list_read_from_figures_in_another_unit_is_shown_as_written() {
        let result = |hooks: &str, requirement: &str| {
            result_of(
                &format!("items:\n  - {{ id: r, name: r, nation: DEU, kind: bomb-rack, properties: {{ bru_type: Type II, hook_spacings: {hooks} }} }}\n"),
                requirement,
            )
        };
        let read = result("[356 mm, 762 mm, 356 mm]", "MIL-STD-2088/hooks-14in");
        assert_eq!(
            &*read.message,
            "[356 mm (≈ 14 in), 762 mm (= 30 in)] includes 14 in"
        );
        assert_eq!(
            read.note.as_deref(),
            Some("Read as 14 in only within the precision the value is quoted to: 356 mm means ±0.5 mm, and 14 in is 355.6 mm.")
        );
        let value = read.value.unwrap();
        assert_eq!(
            (&*value.written, value.converted.as_deref()),
            ("356 mm, 762 mm", Some("14 in, 30 in"))
        );
        let read = result("[14 in, 762 mm]", "MIL-STD-2088/hooks-30in");
        assert_eq!(&*read.message, "[14 in, 762 mm (= 30 in)] includes 30 in");
        let read = result("[\"76 cm\"]", "MIL-STD-2088/hooks-14in");
        assert_eq!(&*read.message, "[76 cm (≈ 30 in)] does not include 14 in");
        // of two read within their precision, both; an alias beside them is shown as read
        let read = result("[356 mm, 76 cm]", "MIL-STD-2088/hooks-30in");
        assert_eq!(
            read.note.as_deref(),
            Some("Read as 14 in and 30 in only within the precision each value is quoted to: 356 mm means ±0.5 mm, and 14 in is 355.6 mm; 76 cm means ±0.5 cm, and 30 in is 76.2 cm.")
        );
        let read = result("[14IN, 76 cm]", "MIL-STD-2088/hooks-30in");
        assert_eq!(&*read.message, "[14 in, 76 cm (≈ 30 in)] includes 30 in");
        let read = result("[14 in, 30 in]", "MIL-STD-2088/hooks-14in");
        assert_eq!(&*read.message, "includes 14 in");
        assert_eq!(read.value.unwrap().converted, None);
    }

    /// A stated NCB code that is no code (`ABC`, `7`) fails the code list, as an unknown
    /// two-digit code does, rather than making the requirement not apply; an item without one
    /// is not asked for it.
    #[test]
    fn a_malformed_ncb_code_fails_the_code_list() {
        let catalogue = Catalogue::builtin().unwrap();
        let text = "items:\n  - { id: a, name: a, nation: USA, kind: cartridge, properties: { ncb_code: ABC } }\n  - { id: b, name: b, nation: USA, kind: cartridge, properties: { ncb_code: 7 } }\n  - { id: c, name: c, nation: USA, kind: cartridge, properties: { ncb_code: \"01\" } }\n  - { id: d, name: d, nation: USA, kind: cartridge }\n";
        let items = crate::spec::parse("n.yaml", text, &catalogue.dictionary)
            .unwrap()
            .items;
        let verdicts: Vec<Option<Verdict>> = check_items(&catalogue, &items)
            .iter()
            .map(|o| {
                o.results
                    .iter()
                    .find(|r| &*r.citation.requirement == "ACodP-1/ncb-code")
                    .map(|r| r.verdict)
            })
            .collect();
        assert_eq!(
            verdicts,
            [
                Some(Verdict::Fail),
                Some(Verdict::Fail),
                Some(Verdict::Pass),
                Some(Verdict::NotApplicable)
            ]
        );
    }

    /// A check suggests a standard for the first hundred unknown claims; past them the notice is
    /// said without a suggestion (each weighs the claim against every standard's id).
    #[test]
    fn unknown_claims_past_the_hundredth_get_no_suggestion() {
        let catalogue = Catalogue::builtin().unwrap();
        let items: String = (0..120)
            .map(|i| {
                format!(
                    "  - {{ id: c{i}, name: c, nation: DEU, kind: cartridge, claims: [STANAG 4173] }}\n"
                )
            })
            .collect();
        let text = format!("items:\n{items}");
        let items = crate::spec::parse("c.yaml", &text, &catalogue.dictionary)
            .unwrap()
            .items;
        let checked = check_items(&catalogue, &items);
        let told: Vec<String> = checked.iter().flat_map(unjudged_claims).collect();
        assert_eq!(told.len(), 120);
        let load = "load the catalogue file that holds STANAG 4173 (`--catalogue DIR` on the \
                    command line, or Your own catalogue files on the page's catalogue view) to \
                    have the claim judged";
        let not_held = "a standard this catalogue does not hold (it is not built in, and no \
                        catalogue files of your own are loaded), so whether the item meets it \
                        cannot be judged here";
        // a cartridge's: the 5.56 mm ammunition standard, not the nearer hazard classification
        for (at, told) in told.iter().enumerate() {
            let line = at + 2;
            let expected = if at < MAX_CLAIM_SUGGESTIONS {
                format!(
                    "claims STANAG 4173 at {line}:{}, {not_held}: did you mean `STANAG 4172` \
                     (5.56 mm ammunition (SS109 family))? If not, {load}",
                    63 + (at >= 10) as usize + (at >= 100) as usize
                )
            } else {
                format!("claims STANAG 4173 at {line}:65, {not_held}: {load}")
            };
            assert_eq!(*told, expected);
        }
    }

    /// A claim that names a standard with its edition or year after the id is told the id
    /// alone, whatever the item's kind.
    #[test]
    fn a_claim_with_an_edition_is_suggested_its_standard() {
        let catalogue = Catalogue::builtin().unwrap();
        let told = |claim: &str| {
            let text = format!(
                "items:\n  - {{ id: c, name: c, nation: DEU, kind: cartridge, claims: [\"{claim}\"] }}\n"
            );
            let items = crate::spec::parse("c.yaml", &text, &catalogue.dictionary)
                .unwrap()
                .items;
            unjudged_claims(&check_items(&catalogue, &items)[0])
        };
        for claim in [
            "STANAG 4172 Ed. 3",
            "stanag 4172 (2019)",
            "STANAG 4172, edition 3",
        ] {
            assert!(
                told(claim)[0].contains(&format!(
                    "claims {claim} at 2:62, a standard this catalogue does not hold (it is not \
                     built in, and no catalogue files of your own are loaded), so whether the \
                     item meets it cannot be judged here: did you mean `STANAG 4172` (5.56 mm \
                     ammunition (SS109 family))? If not, load the catalogue file that holds \
                     {claim} ("
                )),
                "{claim}: {:?}",
                told(claim)
            );
        }
        // the standard the claim names, though it is not for the item's kind
        assert!(told("STANAG 2021 Ed. 2")
            .iter()
            .any(|n| n.contains("did you mean `STANAG 2021` (Military Load Classification")));
    }

    /// An XML namespace and element name are compared as written (the dictionary marks them
    /// `exact`): case matters, where other words are compared ignoring case and spaces.
    #[test]
    fn exact_properties_are_compared_as_written() {
        let catalogue = Catalogue::builtin().unwrap();
        let label = |namespace: &str, element: &str| {
            format!("items:\n  - {{ id: l, name: l, nation: GBR, kind: confidentiality-label, properties: {{ label_syntax: stanag 4774, label_namespace: \"{namespace}\", policy_identifier: NATO, classification: NATO UNCLASSIFIED, metadata_element: {element} }} }}\n")
        };
        let verdict = |text: &str, requirement: &str| {
            let items = crate::spec::parse("a.yaml", text, &catalogue.dictionary)
                .unwrap()
                .items;
            let checked = check_items(&catalogue, &items);
            checked[0]
                .results
                .iter()
                .find(|r| &*r.citation.requirement == requirement)
                .map(|r| r.verdict)
        };
        let right = "urn:nato:stanag:4774:confidentialitymetadatalabel:1:0";
        let wrong = "urn:nato:stanag:4774:ConfidentialityMetadataLabel:1:0";
        // the selector's word is not exact: "stanag 4774" selects STANAG 4774
        let namespace = "STANAG-4774/namespace";
        assert_eq!(
            verdict(&label(right, "originatorConfidentialityLabel"), namespace),
            Some(Verdict::Pass)
        );
        assert_eq!(
            verdict(&label(wrong, "originatorConfidentialityLabel"), namespace),
            Some(Verdict::Fail)
        );
        // an enum value in the wrong case is not one of the values (and is not rewritten to one)
        let refused = crate::spec::parse(
            "a.yaml",
            &label(right, "OriginatorConfidentialityLabel"),
            &catalogue.dictionary,
        )
        .unwrap_err()
        .errors;
        assert!(
            refused[0]
                .to_string()
                .contains("did you mean `originatorConfidentialityLabel`"),
            "{refused:?}"
        );
    }

    /// Every MIL-STD-1913 requirement is for rails of that interface: a Weaver rail is not
    /// listed as compliant with it, and a claim of it fails.
    #[test]
    fn a_standard_none_of_whose_requirements_applies_is_not_listed() {
        let catalogue = Catalogue::builtin().unwrap();
        let text = "items:\n  - { id: w, name: w, nation: USA, kind: rail, properties: { rail_interface: Weaver } }\n  - { id: c, name: c, nation: USA, kind: rail, claims: [MIL-STD-1913], properties: { rail_interface: Weaver } }\n  - { id: p, name: p, nation: USA, kind: rail, properties: { rail_interface: MIL-STD-1913 } }\n  - { id: u, name: u, nation: USA, kind: rail, properties: { slot_width: 5.23 mm } }\n";
        let items = crate::spec::parse("a.yaml", text, &catalogue.dictionary)
            .unwrap()
            .items;
        let checked = check_items(&catalogue, &items);
        let lists = |o: &ItemOutcome| o.standards.iter().any(|s| &*s.standard == "MIL-STD-1913");
        assert!(!lists(&checked[0]));
        assert!(!checked[0]
            .results
            .iter()
            .any(|r| &*r.citation.standard == "MIL-STD-1913"));
        // claimed, the claim fails and says why
        assert!(lists(&checked[1]));
        assert_eq!(checked[1].status, Status::NonCompliant);
        let claim = checked[1]
            .results
            .iter()
            .find(|r| &*r.citation.standard == "MIL-STD-1913")
            .unwrap();
        assert_eq!(&*claim.citation.requirement, "MIL-STD-1913/applies");
        assert_eq!(claim.verdict, Verdict::Fail);
        assert_eq!(
            &*claim.message,
            "none of MIL-STD-1913's requirements applies to this item (they are for rail_interface = MIL-STD-1913; this item's rail_interface is Weaver)"
        );
        assert!(lists(&checked[2]));
        // a rail that does not say which interface it is keeps the standard: its requirements
        // say what is missing
        assert!(lists(&checked[3]));
    }

    #[test]
    fn a_batch_checks_every_item_as_alone_with_claimed_standards_in_catalogue_order() {
        let catalogue = Catalogue::builtin().unwrap();
        let places = governing_standards(&catalogue, "cartridge");
        assert!(!places.is_empty());
        // claimed standards that do not govern a cartridge, one before the first that does and
        // one after it, claimed in the reverse of the catalogue's order
        let others: Vec<&Standard> = catalogue
            .standards
            .iter()
            .filter(|s| !s.governs("cartridge"))
            .collect();
        let (first, last) = (others[0], others[others.len() - 1]);
        assert!(catalogue.standard_place(&first.id).unwrap() < places[0]);
        assert!(catalogue.standard_place(&last.id).unwrap() > places[0]);
        let text = format!(
            "items:\n  - {{ id: c, name: c, nation: DEU, kind: cartridge, claims: [\"{}\", \"{}\"], properties: {{ cartridge: 5.56x45mm NATO }} }}\n  - {{ id: r, name: r, nation: FRA, kind: magazine, properties: {{ }} }}\n",
            last.id, first.id
        );
        let items = crate::spec::parse("a.yaml", &text, &catalogue.dictionary)
            .unwrap()
            .items;
        let batch = check_items(
            &catalogue,
            &[items[0].clone(), items[1].clone(), items[0].clone()],
        );
        let alone: Vec<ItemOutcome> = [0, 1, 0]
            .iter()
            .map(|&i| check_item(&catalogue, &items[i]))
            .collect();
        assert_eq!(batch, alone);
        let cartridge = &batch[0];
        let order: Vec<usize> = cartridge
            .standards
            .iter()
            .map(|s| catalogue.standard_place(&s.standard).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
        assert_eq!(order.first(), catalogue.standard_place(&first.id).as_ref());
        assert_eq!(order.last(), catalogue.standard_place(&last.id).as_ref());
        let claimed: Vec<&str> = cartridge
            .standards
            .iter()
            .filter(|s| s.claimed)
            .map(|s| &*s.standard)
            .collect();
        assert_eq!(claimed, [&*first.id, &*last.id]);
        let mismatch = format!("claims {} at ", first.id);
        assert!(cartridge
            .results
            .iter()
            .any(|o| o.verdict == Verdict::Fail && o.message.starts_with(&mismatch)));
        // the rifle is not checked against the cartridge's standards
        assert!(batch[1].standards.iter().all(|s| !s.claimed));
    }

    #[test]
    fn an_outcome_lays_out_its_fields_in_the_report_order() {
        let citation = Citation {
            standard: "STANAG 1".into(),
            requirement: "STANAG-1/r".into(),
            clause: Some("4.2".into()),
            statement: "At most 1 mm.".into(),
            property: "length".into(),
            severity: Severity::Mandatory,
            limit: LimitShown {
                kind: "range",
                text: "≤ 1 mm".into(),
                unit: Some("mm".into()),
                method: None,
                counted_in: None,
                method_unstated_of: None,
            },
            source: "a source".into(),
            confidence: Confidence::W,
        };
        let mut outcome = Outcome {
            citation: Arc::new(citation),
            verdict: Verdict::Pass,
            value: Some(Compared {
                written: "1 mm".into(),
                converted: Some("1".into()),
                unit: Some("mm".into()),
                in_limit_unit: None,
                method: None,
            }),
            message: "1 mm meets ≤ 1 mm".into(),
            note: Some("a note".into()),
            chosen: None,
            within_precision: false,
        };
        assert_eq!(
            serde_json::to_string(&outcome).unwrap(),
            concat!(
                r#"{"standard":"STANAG 1","requirement":"STANAG-1/r","clause":"4.2","#,
                r#""statement":"At most 1 mm.","property":"length","severity":"mandatory","#,
                r#""verdict":"pass","value":{"written":"1 mm","converted":"1","unit":"mm"},"#,
                r#""limit":{"kind":"range","text":"≤ 1 mm","unit":"mm"},"source":"a source","#,
                r#""confidence":"W","message":"1 mm meets ≤ 1 mm","note":"a note"}"#
            )
        );
        // what is absent is left out, not written as null
        outcome.value = None;
        outcome.note = None;
        Arc::make_mut(&mut outcome.citation).clause = None;
        assert_eq!(
            serde_json::to_string(&outcome).unwrap(),
            concat!(
                r#"{"standard":"STANAG 1","requirement":"STANAG-1/r","#,
                r#""statement":"At most 1 mm.","property":"length","severity":"mandatory","#,
                r#""verdict":"pass","limit":{"kind":"range","text":"≤ 1 mm","unit":"mm"},"#,
                r#""source":"a source","confidence":"W","message":"1 mm meets ≤ 1 mm"}"#
            )
        );
    }

    /// Judges a unitless figure against a limit.
    fn figure(limit: &Limit, v: &Scalar) -> (Verdict, String, Option<PrecisionNote>) {
        let converted = format_exact(&v.value, 6);
        judge_figure(
            limit,
            &limit.to_string(),
            v,
            (&converted, None),
            "",
            &InUnitOf::new(v, "", &limit.figures_read()),
        )
    }

    #[test]
    fn a_pass_shows_the_conversion_only_when_it_reads_differently() {
        let max = Limit::Range {
            min: None,
            max: Some(s("57.40")),
        };
        let (_, message, _) = figure(&max, &s("57.40"));
        // (not `57.40 (= 57.4)`: the same figure, its trailing zero dropped, says nothing)
        assert_eq!(message, "57.40 meets ≤ 57.40");
        let (_, message, _) = figure(&max, &s("57.4"));
        assert_eq!(message, "57.4 meets ≤ 57.40");
        let v = s("57.4");
        let (_, message, _) = judge_figure(
            &max,
            "≤ 57.40 mm",
            &v,
            ("57.4", None),
            "mm",
            &InUnitOf::new(&v, "mm", &max.figures_read()),
        );
        assert_eq!(message, "57.4 (= 57.40 mm) meets ≤ 57.40 mm");
        let v = Scalar {
            written: "57.4 mm".into(),
            ..s("57.4")
        };
        let (_, message, _) = judge_figure(
            &max,
            "≤ 57.40 mm",
            &v,
            ("57.4", None),
            "mm",
            &InUnitOf::new(&v, "mm", &max.figures_read()),
        );
        assert_eq!(message, "57.4 mm meets ≤ 57.40 mm");
    }

    #[test]
    fn words_match_whatever_their_spacing_case_and_times_sign() {
        assert!(same_value("5.56 × 45 mm", "5.56x45MM"));
        assert!(!same_value("5.56x45", "5.56x45 mm"));
        assert!(same_value("", "  "));
        // the all-ASCII path agrees with the general one
        for (a, b) in [
            ("M855 A1", "m855a1"),
            ("7.62x51\tNATO", "7.62X51 nato"),
            ("a\u{b}b", "ab"),
            ("5.56x45 mm", "5.56 × 45 mm"),
            ("M855", "M856"),
            ("M855", "M855 "),
            ("M85", "M855"),
        ] {
            assert_eq!(
                same_value(a, b),
                value_key_chars(a).eq(value_key_chars(b)),
                "{a:?} vs {b:?}"
            );
        }
        assert!(same_value("7.62x51\tNATO", "7.62X51 nato"));
        assert!(!same_value("M85", "M855"));
    }

    #[test]
    fn maximum_is_inclusive_and_respects_quoting_precision() {
        let max = Limit::Range {
            min: None,
            max: Some(s("57.40")),
        };
        assert_eq!(figure(&max, &s("57.40")).0, Verdict::Pass);
        assert_eq!(figure(&max, &s("57.39")).0, Verdict::Pass);
        // the bound's written digits are no slack: it is exact, as thresholds are
        assert_eq!(figure(&max, &s("57.404")).0, Verdict::Fail);
        // over by less than half the value's own last digit: met only within its precision
        let coarse = Limit::Range {
            min: None,
            max: Some(s("57.38")),
        };
        let (v, _, note) = figure(&coarse, &s("57.4"));
        assert_eq!((v, note.map(|n| n.within)), (Verdict::Pass, Some(true)));
        let (v, message, _) = figure(&max, &s("57.46"));
        assert_eq!(v, Verdict::Fail);
        assert_eq!(message, "57.46 is above the maximum 57.40 by 0.06 (0.1 %)");
    }

    #[test]
    fn a_difference_is_told_in_the_unit_its_figure_was_written_in() {
        let catalogue = Catalogue::builtin().unwrap();
        let judged = |name: &str, max: &str, value: &str| {
            let p = catalogue.dictionary.properties.get(name).unwrap();
            let crate::dictionary::PropertyType::Quantity(unit) = p.ty else {
                panic!("{name} is a quantity");
            };
            // a catalogue limit is exact: its digits are no tolerance
            let max = Limit::Range {
                min: None,
                max: Some(Scalar {
                    half_unit: Exact::from_integer(0),
                    ..p.parse_scalar(max).unwrap()
                }),
            };
            let v = p.parse_scalar(value).unwrap();
            let converted = format_exact(&v.value, 6);
            judge_figure(
                &max,
                &max.to_string(),
                &v,
                (&converted, None),
                unit.symbol,
                &InUnitOf::new(&v, unit.symbol, &max.figures_read()),
            )
        };
        for (property, max, value, message) in [
            // beyond a limit written in psi: by psi, not by 0.186158 MPa
            (
                "chamber_pressure",
                "54923 psi",
                "54,950 psi",
                "54,950 psi is above the maximum 54923 psi by 27 psi (0.05 %)",
            ),
            // beyond a limit in the canonical unit: in it (54,950 psi is 378.866913 MPa)
            (
                "chamber_pressure",
                "378 MPa",
                "54,950 psi",
                "54,950 psi (= 378.867 MPa) is above the maximum 378 MPa by 0.867 MPa (0.23 %)",
            ),
            // what the value was compared as, in the unit of the limit it fails
            (
                "chamber_pressure",
                "430 MPa",
                "4400 bar",
                "4400 bar (= 440 MPa) is above the maximum 430 MPa by 10 MPa (2.33 %)",
            ),
            (
                "overall_length",
                "2.800 in",
                "71.2 mm",
                "71.2 mm (= 2.803 in) is above the maximum 2.800 in by 0.003 in (0.11 %)",
            ),
            // below six decimals: with the digits it takes, never "by 0"
            (
                "overall_length",
                "57.40 mm",
                "57.4000001 mm",
                "57.4000001 mm is above the maximum 57.40 mm by 0.0000001 mm (under 0.01 %)",
            ),
            (
                "overall_length",
                "57.40 mm",
                "57.4000000000000001 mm",
                "57.4000000000000001 mm is above the maximum 57.40 mm by less than \
                 0.000000000001 mm (under 0.01 %)",
            ),
        ] {
            let (verdict, said, _) = judged(property, max, value);
            assert_eq!((verdict, said.as_str()), (Verdict::Fail, message));
        }
        // a value's precision: in its own unit, and in the unit it was compared in
        let (verdict, _, note) = judged("overall_length", "57.40 mm", "2.260 in");
        assert_eq!(verdict, Verdict::Pass);
        let note = note.map(|n| (n.text, n.within));
        assert_eq!(
            note.as_ref().map(|(text, within)| (text.as_str(), *within)),
            Some((
                "Meets 57.40 mm only within the precision the value is quoted to: 2.260 in \
                 means ±0.0005 in (±0.013 mm).",
                true
            ))
        );
    }

    #[test]
    fn nominal_and_tolerance() {
        let limit = Limit::Nominal {
            nominal: s("833"),
            tolerance: s("20"),
        };
        assert_eq!(figure(&limit, &s("853")).0, Verdict::Pass);
        assert_eq!(figure(&limit, &s("813")).0, Verdict::Pass);
        assert_eq!(figure(&limit, &s("855")).0, Verdict::Fail);
        assert_eq!(figure(&limit, &s("811")).0, Verdict::Fail);
    }

    #[test]
    fn shapes() {
        assert!(fits_shape("1305-01-234-5678", "####-##-###-####"));
        assert!(!fits_shape("1305-01-234-567", "####-##-###-####"));
        assert!(fits_shape("DEU", "AAA"));
        assert!(!fits_shape("deu", "AAA"));
    }

    #[test]
    fn methods_are_never_mixed() {
        let figures = vec![Measured {
            scalar: s("62000"),
            method: Some("SAAMI-piezo".into()),
        }];
        let by = LimitShown {
            kind: "range",
            text: "≤ 415 MPa".into(),
            unit: Some("MPa".into()),
            method: Some("EPVAT".into()),
            counted_in: None,
            method_unstated_of: None,
        };
        let err = pick_figure(&figures, &by)
            .err()
            .map(|e| (e.verdict, e.message));
        assert_eq!(
            err,
            Some((
                Verdict::NotComparable,
                "the value is 62000 by SAAMI-piezo; this limit is by EPVAT, and figures by \
                 different test methods are never compared or converted into one another: give the figure by \
                 EPVAT (`method: EPVAT`) to have it judged"
                    .into()
            ))
        );
    }
}

#[cfg(test)]
mod kinds_tests {
    use super::*;

    fn outcomes(catalogue: &Catalogue, text: &str) -> Vec<ItemOutcome> {
        let items = crate::spec::parse("k.yaml", text, &catalogue.dictionary)
            .unwrap()
            .items;
        check_items(catalogue, &items)
    }

    /// What an item's results say of one standard: requirement, verdict, message.
    fn of(o: &ItemOutcome, standard: &str) -> Vec<(String, &'static str, String)> {
        o.results
            .iter()
            .filter(|r| &*r.citation.standard == standard)
            .map(|r| {
                (
                    r.citation.requirement.to_string(),
                    r.verdict.name(),
                    r.message.to_string(),
                )
            })
            .collect()
    }

    fn row(id: &str, verdict: &'static str, message: &str) -> (String, &'static str, String) {
        (format!("MIL-STD-2088/{id}"), verdict, message.to_string())
    }

    /// A standard's selector on a figure that reads two ways (`155.000 mm`: 155 mm, or
    /// 155000 mm) is weighed both ways: a standard that picks the item out one way only is
    /// listed, and each of its verdicts other than a pass holds only that way (not comparable,
    /// with both readings); a claim of it holds one way only too. Written one way, as before.
    #[test]
    fn a_selector_on_a_figure_that_reads_two_ways_is_weighed_both_ways() {
        let catalogue = Catalogue::builtin().unwrap();
        let gun = |bore: &str, claims: &str| {
            format!("items:\n- id: g\n  name: g\n  nation: DEU\n  kind: weapon\n  claims: [{claims}]\n  properties: {{bore_diameter: {bore}, chamber_volume: 20 L, barrel_length_calibres: 52}}\n")
        };
        let jbmou = |bore: &str, claims: &str| {
            let o = outcomes(&catalogue, &gun(bore, claims)).remove(0);
            let status = o
                .standards
                .iter()
                .find(|s| &*s.standard == "JBMoU 155 mm")
                .map(|s| s.status);
            (status, of(&o, "JBMoU 155 mm"))
        };
        let r = |id: &str, verdict: &'static str, message: &str| {
            (format!("JBMoU-155-mm/{id}"), verdict, message.to_string())
        };
        let two_ways = "`155.000 mm` may be 155 mm or 155000 mm";
        assert_eq!(
            jbmou("155.000 mm", ""),
            (
                Some(Status::Incomplete),
                vec![
                    r(
                        "chamber-volume",
                        "not-comparable",
                        &format!("{two_ways}: the standard applies to 155 mm (20 L is not 23 L, which accepts 22.5 L to 23.5 L: below that by 2.5 L (10.87 %)); write 155 mm or 155000 mm")
                    ),
                    r("tube-length", "pass", "52 meets one of 39, 52"),
                    r(
                        "modular-charges",
                        "not-comparable",
                        &format!("{two_ways}: the standard applies to 155 mm (the item does not state charge_system); write 155 mm or 155000 mm")
                    ),
                ]
            )
        );
        // claimed, the claim holds one way only
        let (status, rows) = jbmou("155.000 mm", "JBMoU 155 mm");
        assert_eq!(status, Some(Status::Incomplete));
        assert_eq!(
            rows.first(),
            Some(&r(
                "applies",
                "not-comparable",
                &format!("{two_ways}: as 155 mm, JBMoU 155 mm covers it; as 155000 mm, JBMoU 155 mm applies to items with bore_diameter = 155 mm; this item's bore_diameter is 155000 mm; write 155 mm or 155000 mm")
            ))
        );
        // written one way, decided as before
        let (status, rows) = jbmou("155 mm", "");
        assert_eq!(status, Some(Status::NonCompliant));
        assert_eq!(
            rows.first(),
            Some(&r(
                "chamber-volume",
                "fail",
                "20 L is not 23 L, which accepts 22.5 L to 23.5 L: below that by 2.5 L (10.87 %)"
            ))
        );
        assert_eq!(jbmou("155000 mm", ""), (None, vec![]));
    }

    /// MIL-STD-2088 governs bomb racks and stores, and its rack requirements are for items that
    /// state a rack's type or pistons, which only bomb racks state. A store was listed every one
    /// of them as not applicable because "the item does not state bru_type", as if it had left
    /// out a property of its own; a rack likewise each store requirement ("does not state
    /// suspension"). Each is now listed only the requirements for its kind, as it is only the
    /// standards for its kind; a store that states a rack's property anyway is checked as given.
    #[test]
    fn a_store_is_not_listed_the_requirements_for_bomb_racks() {
        let catalogue = Catalogue::builtin().unwrap();
        let checked = outcomes(
            &catalogue,
            "items:\n\
             - { id: bomb, name: b, nation: USA, kind: store, properties: { store_mass: 500 lb, \
             suspension: 30 in, ejected: true, store_aircraft_clearance: 40 mm, \
             store_store_clearance: 40 mm } }\n\
             - { id: silent, name: s, nation: USA, kind: store, claims: [MIL-STD-2088], \
             properties: { store_mass: 500 lb } }\n\
             - { id: rack, name: r, nation: USA, kind: bomb-rack, properties: { bru_type: Type I, \
             hook_spacings: [14 in], ejector_pistons: 1, max_store_mass: 1450 lb, \
             max_store_mass_14in: 1450 lb } }\n\
             - { id: odd, name: o, nation: USA, kind: store, properties: { store_mass: 500 lb, \
             bru_type: Type I } }\n",
        );
        assert_eq!(
            of(&checked[0], "MIL-STD-2088"),
            [
                row(
                    "store-14in-mass",
                    "not-applicable",
                    "applies only when suspension = 14 in"
                ),
                row("store-30in-mass", "pass", "500 lb meets ≤ 5000 lb"),
                row(
                    "unejected-suspension",
                    "not-applicable",
                    "applies only when ejected = false"
                ),
            ]
        );
        assert_eq!(checked[0].status, Status::Compliant);
        // a store that states neither its lugs nor whether it is ejected is told what of its own
        // decides, and the standard is still listed: its store requirements may apply (it claims
        // the standard, and its 500 lb meets each mass limit whichever applies: the claim holds)
        assert_eq!(
            of(&checked[1], "MIL-STD-2088"),
            [
                row(
                    "store-14in-mass",
                    "not-applicable",
                    "applies only when suspension = 14 in; the item does not state suspension"
                ),
                row(
                    "store-30in-mass",
                    "not-applicable",
                    "applies only when suspension = 30 in; the item does not state suspension"
                ),
                row(
                    "unejected-suspension",
                    "not-applicable",
                    "applies only when ejected = false; the item does not state ejected"
                ),
            ]
        );
        let listed = |o: &ItemOutcome| -> Vec<(String, Status)> {
            o.standards
                .iter()
                .map(|s| (s.standard.to_string(), s.status))
                .collect()
        };
        assert!(listed(&checked[1]).contains(&("MIL-STD-2088".to_string(), Status::Compliant)));
        assert_eq!(
            of(&checked[2], "MIL-STD-2088"),
            [
                row("hooks-14in", "pass", "includes 14 in"),
                row(
                    "hooks-30in",
                    "not-applicable",
                    "applies only when bru_type = Type II"
                ),
                row("rack-14in-mass", "pass", "1450 lb meets ≤ 1450 lb"),
                row(
                    "rack-30in-mass",
                    "not-applicable",
                    "applies only when bru_type = Type II"
                ),
                row(
                    "rack-two-piston",
                    "not-applicable",
                    "applies only when ejector_pistons = 2"
                ),
                row("rack-single-piston", "pass", "1450 lb meets ≤ 2000 lb"),
            ]
        );
        // (a store that states a rack's type is checked as given: it was warned when read)
        let odd = of(&checked[3], "MIL-STD-2088");
        assert_eq!(
            odd.first(),
            Some(&row(
                "hooks-14in",
                "missing",
                "the item does not state hook_spacings"
            ))
        );
        assert_eq!(odd.len(), 7);
    }

    /// A store that is ejected and states no lugs is of the sort MIL-STD-2088's store masses are
    /// for, or may be: the standard is listed and says what it does not state. It was left out
    /// (its one requirement for stores that are not ejected does not apply), and a claim of it
    /// failed, "they are for ejected = false". One that states lugs the standard judges no mass
    /// for (a single lug) is of another sort, and its claim still fails.
    #[test]
    fn an_ejected_store_that_states_no_lugs_is_still_one_mil_std_2088_concerns() {
        let catalogue = Catalogue::builtin().unwrap();
        let checked = outcomes(
            &catalogue,
            "items:\n\
             - { id: a, name: a, nation: USA, kind: store, properties: { store_mass: 500 lb, \
             ejected: true } }\n\
             - { id: b, name: b, nation: USA, kind: store, claims: [MIL-STD-2088], properties: { \
             store_mass: 2900 kg, ejected: true } }\n\
             - { id: c, name: c, nation: USA, kind: store, claims: [MIL-STD-2088], properties: { \
             store_mass: 500 lb, ejected: true, suspension: single lug } }\n",
        );
        let status_of = |o: &ItemOutcome| {
            o.standards
                .iter()
                .find(|s| &*s.standard == "MIL-STD-2088")
                .map(|s| s.status)
        };
        assert_eq!(status_of(&checked[0]), Some(Status::Compliant));
        assert_eq!(
            of(&checked[0], "MIL-STD-2088").first(),
            Some(&row(
                "store-14in-mass",
                "not-applicable",
                "applies only when suspension = 14 in; the item does not state suspension"
            ))
        );
        // claimed, the standard is not met by what was never judged: a store of 6,393 lb (over
        // both lug-pair limits) read "claimed: compliant" with every requirement not
        // applicable; the masses it leaves undecided are missing, and the claim incomplete
        assert_eq!(status_of(&checked[1]), Some(Status::Incomplete));
        assert_eq!(checked[1].status, Status::Incomplete);
        assert!(checked[1]
            .notices
            .iter()
            .any(|n| n == "claims MIL-STD-2088 but is incomplete against it"));
        assert_eq!(
            of(&checked[1], "MIL-STD-2088"),
            [
                row(
                    "store-14in-mass",
                    "missing",
                    "the item does not state suspension, which decides whether the requirement \
                     applies (when suspension = 14 in); if it does: 2900 kg (= 6393 lb) \
                     is above the maximum 1450 lb by 4943 lb (340.92 %)"
                ),
                row(
                    "store-30in-mass",
                    "missing",
                    "the item does not state suspension, which decides whether the requirement \
                     applies (when suspension = 30 in); if it does: 2900 kg (= 6393 lb) \
                     is above the maximum 5000 lb by 1393 lb (27.87 %)"
                ),
                row(
                    "unejected-suspension",
                    "not-applicable",
                    "applies only when ejected = false"
                ),
            ]
        );
        assert_eq!(status_of(&checked[2]), Some(Status::NonCompliant));
        assert_eq!(
            of(&checked[2], "MIL-STD-2088").first(),
            Some(&(
                "MIL-STD-2088/applies".to_string(),
                "fail",
                "none of MIL-STD-2088's requirements applies to this item (they are for \
                 suspension = 14 in; this item's suspension is single lug)"
                    .to_string()
            ))
        );
    }

    /// A standard all of whose requirements are for items of another kind says nothing of an
    /// item: not listed; claimed, the claim fails and says whom the requirements are for.
    #[test]
    fn a_standard_only_for_another_kind_is_not_listed_and_its_claim_fails() {
        let local = "id = \"RACK-ONLY\"\ntitle = \"Racks\"\nstatus = \"promulgated\"\n\
                     domain = \"air interfaces\"\nkinds = [\"bomb-rack\", \"store\"]\n\
                     summary = \"s\"\n\n[[requirement]]\nid = \"RACK-ONLY/hooks\"\n\
                     statement = \"Racks have 14 in hooks.\"\nproperty = \"hook_spacings\"\n\
                     includes = \"14 in\"\nseverity = \"mandatory\"\nsource = \"s\"\n\
                     confidence = \"C\"\nwhen = { property = \"bru_type\", one_of = [\"Type I\", \
                     \"Type II\"] }\n";
        let catalogue =
            Catalogue::with_local(&[("mine/rack-only.toml".to_string(), local.to_string())])
                .unwrap();
        let checked = outcomes(
            &catalogue,
            "items:\n\
             - { id: a, name: a, nation: USA, kind: store, properties: { store_mass: 500 lb } }\n\
             - { id: b, name: b, nation: USA, kind: store, claims: [RACK-ONLY], properties: { \
             store_mass: 500 lb } }\n",
        );
        assert!(!checked[0]
            .standards
            .iter()
            .any(|s| &*s.standard == "RACK-ONLY"));
        let claimed: Vec<(String, &'static str, String)> = checked[1]
            .results
            .iter()
            .filter(|r| &*r.citation.standard == "RACK-ONLY")
            .map(|r| {
                (
                    r.citation.requirement.to_string(),
                    r.verdict.name(),
                    r.message.to_string(),
                )
            })
            .collect();
        assert_eq!(
            claimed,
            [(
                "RACK-ONLY/applies".to_string(),
                "fail",
                "none of RACK-ONLY's requirements applies to this item (they are for bru_type \
                 one of Type I, Type II, and bru_type is stated by a bomb-rack, not by a store)"
                    .to_string()
            )]
        );
    }

    /// A classification code's division and compatibility group are not chosen apart: group S
    /// is only 1.4S, division 1.5 only 1.5D, division 1.6 only 1.6N (UN matrix, 49 CFR
    /// 176.166). A code that does not exist fails, naming the rule it breaks.
    #[test]
    fn an_impossible_classification_code_fails_its_claim() {
        let catalogue = Catalogue::builtin().unwrap();
        let checked = |division: &str, group: &str| {
            let text = format!(
                "items:\n  - {{ id: m, name: m, nation: DEU, kind: munition, claims: [STANAG 4123], \
                 properties: {{ hazard_division: \"{division}\", compatibility_group: {group} }} }}\n"
            );
            let items = crate::spec::parse("t.yaml", &text, &catalogue.dictionary)
                .unwrap()
                .items;
            let outcome = check_items(&catalogue, &items).remove(0);
            let status = outcome
                .standards
                .iter()
                .find(|s| &*s.standard == "STANAG 4123")
                .map(|s| s.status);
            let failed: Vec<(String, String)> = outcome
                .results
                .iter()
                .filter(|r| r.verdict == Verdict::Fail)
                .map(|r| (r.citation.requirement.to_string(), r.message.to_string()))
                .collect();
            (status, failed)
        };
        for (division, group) in [("1.4", "S"), ("1.6", "N"), ("1.5", "D"), ("1.1", "D")] {
            assert_eq!(
                checked(division, group),
                (Some(Status::Compliant), vec![]),
                "{division}{group}"
            );
        }
        let fails = |requirement: &str, message: &str| {
            (
                Some(Status::NonCompliant),
                vec![(requirement.to_string(), message.to_string())],
            )
        };
        assert_eq!(
            checked("1.1", "S"),
            fails("STANAG-4123/group-s-division", "is 1.1; must be 1.4")
        );
        assert_eq!(
            checked("1.6", "D"),
            fails("STANAG-4123/division-1-6-group", "is D; must be N")
        );
        assert_eq!(
            checked("1.5", "C"),
            fails("STANAG-4123/division-1-5-group", "is C; must be D")
        );
        assert_eq!(
            checked("1.2", "N"),
            fails("STANAG-4123/group-n-division", "is 1.2; must be 1.6")
        );
    }

    /// STANAG 4439 (insensitive munitions) is a policy a munition is qualified against when its
    /// nation asks for it: it judges only the munitions that claim it. A conventional shell that
    /// claims only STANAG 4123 is not judged by it (one not-applicable line says why) and is
    /// compliant; one that claims it and fails a reaction is non-compliant; one that claims it
    /// and states no reactions is incomplete.
    #[test]
    fn an_insensitive_munition_policy_judges_only_the_munitions_that_claim_it() {
        let catalogue = Catalogue::builtin().unwrap();
        let checked = |claims: &str, im: &str| {
            let text = format!(
                "items:\n  - {{ id: m, name: m, nation: DEU, kind: munition, claims: [{claims}], \
                 properties: {{ hazard_division: \"1.1\", compatibility_group: D{im} }} }}\n"
            );
            let items = crate::spec::parse("t.yaml", &text, &catalogue.dictionary)
                .unwrap()
                .items;
            check_items(&catalogue, &items).remove(0)
        };
        let im = |outcome: &ItemOutcome| {
            let listed = outcome
                .standards
                .iter()
                .find(|s| &*s.standard == "STANAG 4439")
                .map(|s| (s.claimed, s.status));
            let verdicts: Vec<(String, Verdict)> = outcome
                .results
                .iter()
                .filter(|r| &*r.citation.standard == "STANAG 4439")
                .map(|r| (r.citation.requirement.to_string(), r.verdict))
                .collect();
            (listed, verdicts)
        };
        // unclaimed, with a reaction that would fail the policy: not judged
        let legacy = checked("STANAG 4123", ", im_reaction_fco: III");
        assert_eq!(
            im(&legacy),
            (
                None,
                vec![("STANAG-4439/applies".to_string(), Verdict::NotApplicable)]
            )
        );
        assert_eq!(legacy.status, Status::Compliant);
        assert_eq!(
            &*legacy.results[legacy
                .results
                .iter()
                .position(|r| &*r.citation.requirement == "STANAG-4439/applies")
                .unwrap()]
            .message,
            "not judged: it judges only the items that claim it, and this item does not claim \
             STANAG 4439 (Insensitive munitions policy); add \"STANAG 4439\" to its claims to \
             have it judged"
        );
        // claimed and failing fast cook-off
        let failing = checked(
            "STANAG 4123, STANAG 4439",
            ", im_reaction_fco: III, im_reaction_sco: V, im_reaction_bi: V, im_reaction_fi: V, \
             im_reaction_sr: III, im_reaction_scj: III",
        );
        let (listed, verdicts) = im(&failing);
        assert_eq!(listed, Some((true, Status::NonCompliant)));
        assert_eq!(
            verdicts
                .iter()
                .filter(|(_, v)| *v == Verdict::Fail)
                .map(|(id, _)| id.as_str())
                .collect::<Vec<_>>(),
            ["STANAG-4439/fco"]
        );
        assert_eq!(failing.status, Status::NonCompliant);
        // claimed with no IM data: six reactions missing
        let unstated = checked("STANAG 4123, STANAG 4439", "");
        let (listed, verdicts) = im(&unstated);
        assert_eq!(listed, Some((true, Status::Incomplete)));
        assert_eq!(
            verdicts
                .iter()
                .filter(|(_, v)| *v == Verdict::Missing)
                .count(),
            6
        );
        assert_eq!(unstated.status, Status::Incomplete);
    }

    /// A sheet that states a 5.56 mm lot's link figures (`link_strip_force: 7.27 kgf`, above
    /// 71.2 N; a belt tensile strength below 146.8 N) and its bullet mass, but neither its link
    /// nor its design, on which those requirements are conditioned: each was not-applicable,
    /// which the text report does not list, and the item read "compliant" with no word of the
    /// figures. One notice per item now names them, their conditions and what the item does not
    /// state; a figure another requirement judged, or a condition the item states, leaves none.
    #[test]
    fn stated_figures_a_condition_left_unjudged_are_told_in_one_notice() {
        let catalogue = Catalogue::builtin().unwrap();
        let lot = |more: &str| {
            format!(
                "items:\n- {{ id: l, name: l, nation: FRA, kind: cartridge, claims: [STANAG 4172], \
                 properties: {{ cartridge: 5.56x45mm NATO, link_strip_force: 7.27 kgf, \
                 belt_tensile_strength: 146.7 N, bullet_mass: 63 grain{more} }} }}\n"
            )
        };
        let unjudged = |more: &str| {
            let checked = outcomes(&catalogue, &lot(more));
            let said: Vec<String> = checked[0]
                .notices
                .iter()
                .filter(|n| n.contains("not judged"))
                .cloned()
                .collect();
            (checked[0].status, said)
        };
        assert_eq!(
            unjudged(""),
            (
                Status::Incomplete,
                vec![
                    "link_strip_force, belt_tensile_strength and bullet_mass stated but not \
                      judged: link_strip_force and belt_tensile_strength apply only when \
                      belt_link = M27; bullet_mass only when design one of SS109, M855; the \
                      item states neither belt_link nor design"
                        .to_string()
                ]
            )
        );
        // the design stated, the bullet mass is judged: only the link figures are told
        assert_eq!(
            unjudged(", design: M855").1,
            [
                "link_strip_force and belt_tensile_strength stated but not judged: they apply \
              only when belt_link = M27, which the item does not state"
            ]
        );
        // both stated: the figures are judged (and fail, as recommended requirements do, which
        // the other notices say), and nothing is said of them here
        let both = outcomes(&catalogue, &lot(", design: M855, belt_link: M27"));
        assert!(!both[0].notices.iter().any(|n| n.contains("not judged")));
        assert_eq!(
            both[0]
                .notices
                .iter()
                .filter(|n| n.starts_with("recommended STANAG-4172/"))
                .count(),
            3
        );
        // a figure judged under either of two conditions on one property it leaves unstated
        // (a store's mass, by its lugs) is told once, with both
        let store = outcomes(
            &catalogue,
            "items:\n- { id: s, name: s, nation: USA, kind: store, properties: { store_mass: 500 lb } }\n",
        );
        assert!(
            store[0].notices.contains(
                &"store_mass stated but not judged: it applies only when suspension = 14 in or \
                  suspension = 30 in, which the item does not state"
                    .to_string()
            ),
            "{:?}",
            store[0].notices
        );
        // and the text report says it on the item
        let report = crate::check_texts(&catalogue, &[("l.yaml".into(), lot(""))]).report;
        assert!(report.to_text().contains(
            "\n  ! link_strip_force, belt_tensile_strength and bullet_mass stated but not judged: "
        ));
    }
}
