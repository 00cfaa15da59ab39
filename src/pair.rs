//! Pairing: decides, for every two loaded items that a rule relates (or that are of one kind),
//! NATO's level between them: incompatible, unknown, compatible, interchangeable, commonality,
//! with the rules, values and sources behind it. Only pairs whose kinds share a rule, or that
//! are of the same kind, are evaluated.

use crate::catalogue::{
    CaseLevel, Catalogue, Condition, Confidence, PairRule, PairTest, Requirement, Severity, Text,
};
use crate::check::{self, ItemOutcome, Status};
use crate::dictionary::{
    shortened, value_key, value_key_chars, Dictionary, PropertyType, Scalar, QUOTED_CHARS,
};
use crate::spec::{Item, ItemValue, Stated};
use crate::units::Exact;
use num_traits::{CheckedAdd, CheckedDiv, CheckedMul, CheckedSub};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

/// NATO's levels, lowest to highest, with `unknown` where data is missing, and
/// `not-interchangeable` for two items of one kind that no rule relates and that cannot replace
/// each other (two bridges of different classes are not "incompatible": they are never used
/// together).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Incompatible,
    NotInterchangeable,
    Unknown,
    Compatible,
    Interchangeable,
    Commonality,
}

impl Level {
    pub fn name(self) -> &'static str {
        match self {
            Level::Incompatible => "incompatible",
            Level::NotInterchangeable => "not-interchangeable",
            Level::Unknown => "unknown",
            Level::Compatible => "compatible",
            Level::Interchangeable => "interchangeable",
            Level::Commonality => "commonality",
        }
    }

    /// The level as a sentence says it ("not interchangeable"; [`Level::name`] is the report's
    /// and the page's key).
    pub fn word(self) -> &'static str {
        match self {
            Level::NotInterchangeable => "not interchangeable",
            level => level.name(),
        }
    }
}

/// What one rule (or criterion) said about a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleVerdict {
    Pass,
    Warning,
    Fail,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub rule: Text,
    pub title: Text,
    pub verdict: RuleVerdict,
    /// What the pair's `a` states of the rule's property (whichever side of the rule it is on).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub a_value: Option<String>,
    /// What the pair's `b` states.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub b_value: Option<String>,
    pub message: String,
    pub source: Text,
    pub confidence: Confidence,
    pub severity: Severity,
}

/// The level between items `a` and `b` (ids as in the report) and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pair {
    pub a: String,
    pub b: String,
    pub level: Level,
    pub reasons: Vec<Reason>,
}

impl Pair {
    /// The pair told from `first`'s side: `a` is `first` (when it is `b`, the two and every
    /// reason's values change places), as the matrix cell the user opened names them.
    pub fn from_side_of(mut self, first: &str) -> Pair {
        if self.b == first && self.a != first {
            std::mem::swap(&mut self.a, &mut self.b);
            for reason in &mut self.reasons {
                std::mem::swap(&mut reason.a_value, &mut reason.b_value);
            }
        }
        self
    }

    /// Whether a rule between the two passes only with a warning (`.223 Remington` in a 5.56 mm
    /// NATO chamber): the level alone does not tell it.
    pub fn has_warning(&self) -> bool {
        self.reasons
            .iter()
            .any(|r| r.verdict == RuleVerdict::Warning)
    }
}

/// The most pairs one report weighs: the pairs of one kind and those of two kinds a rule relates.
/// Each weighed pair costs time and memory (its reasons), so a paste of thousands of weapons and
/// cartridges would otherwise take the page down; a thousand mixed items weigh under 100,000.
pub const MAX_PAIRS_WEIGHED: usize = 200_000;

/// The most rule checks (a pair against each rule between its kinds) one report makes: each
/// keeps a reason. The built-in catalogue relates two kinds by at most three rules, so its pairs
/// reach this only past [`MAX_PAIRS_WEIGHED`]; a local catalogue of many rules reaches it first.
pub const MAX_RULE_CHECKS: usize = 3 * MAX_PAIRS_WEIGHED;

/// Pairing was not done: the items make more pairs to weigh than [`MAX_PAIRS_WEIGHED`], or
/// more rule checks than [`MAX_RULE_CHECKS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "pairs not worked out: these {items} items make {weighed} {what}, over the limit of \
     {limit}; check fewer items together to see their pairs"
)]
pub struct TooManyPairs {
    pub items: usize,
    /// Counted in `u64` whatever the platform's `usize` (see [`pair_count`]).
    pub weighed: u64,
    /// What was counted: "pairs to weigh", or "rule checks (each pair against each rule
    /// between its kinds)".
    pub what: &'static str,
    pub limit: u64,
}

/// The unordered pairs among `a` items of one kind (`b` None), or of one of `a` items and one of
/// `b` of another kind; counted in `u64` and saturating, so that the count is the same on a
/// 32-bit target (the page) as natively: 65,537 items of one kind make 2,147,516,416 pairs,
/// which a 32-bit `usize` would wrap to 32,768.
pub fn pair_count(a: usize, b: Option<usize>) -> u64 {
    match b {
        None => wide(a).saturating_mul(wide(a).saturating_sub(1)) / 2,
        Some(b) => wide(a).saturating_mul(wide(b)),
    }
}

/// A count as `u64` (a `usize` is at most 64 bits on every target Rust supports; saturating if not).
fn wide(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// A rule oriented for a pair of kinds: `swapped` when the pair's first item is the rule's `b`.
struct Oriented<'a> {
    rule: &'a PairRule,
    swapped: bool,
}

/// A pair as [`pair_items`] finds it: its level (`None` until a rule or criterion gives one) and
/// its reasons.
type Found = (Option<Level>, Vec<Reason>);

/// Every related pair among `items` (in the report's item order; `outcomes[i]` is `items[i]`'s).
///
/// Two passes: first every pair whose kinds share a rule (only those kinds are visited), keeping
/// each rule's verdict per item; then every pair of one kind, whose interchangeability compares
/// those kept verdicts instead of re-running the rules against every third item.
pub fn pair_items(
    catalogue: &Catalogue,
    items: &[Item],
    outcomes: &[ItemOutcome],
) -> Result<Vec<Pair>, TooManyPairs> {
    // one outcome per item, as `check_items` makes them; were a caller to pass fewer or more,
    // only the items that have one are paired, and nothing below reads past either list: every
    // per-item list below is as long as both, and every index below is an item's
    let paired = items.len().min(outcomes.len());
    let (items, outcomes) = (&items[..paired], &outcomes[..paired]); // ok: `paired` is the lesser
    let mut by_kinds: HashMap<(&str, &str), Vec<Oriented>> = HashMap::new();
    for rule in &catalogue.pair_rules {
        let oriented = |swapped| Oriented { rule, swapped };
        by_kinds
            .entry((rule.a.as_str(), rule.b.as_str()))
            .or_default()
            .push(oriented(false));
        if rule.a != rule.b {
            by_kinds
                .entry((rule.b.as_str(), rule.a.as_str()))
                .or_default()
                .push(oriented(true));
        }
    }
    let mut of_kind: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        of_kind.entry(item.kind.as_str()).or_default().push(i);
    }
    let count = |kind: &str| of_kind.get(kind).map_or(0, Vec::len);
    // unordered pairs of an item of `ka` and one of `kb`
    let pairs_of = |ka: &str, kb: &str| pair_count(count(ka), (ka != kb).then(|| count(kb)));
    let across = by_kinds
        .keys()
        .filter(|(ka, kb)| ka < kb)
        .map(|&(ka, kb)| pairs_of(ka, kb));
    let within = of_kind.keys().map(|&k| pairs_of(k, k));
    let weighed = across.chain(within).fold(0u64, u64::saturating_add);
    let limit = wide(MAX_PAIRS_WEIGHED);
    if weighed > limit {
        return Err(TooManyPairs {
            items: items.len(),
            weighed,
            what: "pairs to weigh",
            limit,
        });
    }
    let checks = by_kinds
        .iter()
        .filter(|((ka, kb), _)| ka <= kb)
        .map(|(&(ka, kb), rules)| pairs_of(ka, kb).saturating_mul(wide(rules.len())))
        .fold(0u64, u64::saturating_add);
    let limit = wide(MAX_RULE_CHECKS);
    if checks > limit {
        return Err(TooManyPairs {
            items: items.len(),
            weighed: checks,
            what: "rule checks (each pair against each rule between its kinds)",
            limit,
        });
    }
    let keys = item_keys(items);
    // pass 1: pairs related by rules
    let mut found: BTreeMap<(usize, usize), Found> = BTreeMap::new();
    let mut answers: Vec<Vec<Answer>> = vec![Vec::new(); items.len()];
    let mut levels = Levels::default();
    for (&(ka, kb), rules) in &by_kinds {
        let (Some(xs), Some(ys)) = (of_kind.get(ka), of_kind.get(kb)) else {
            continue;
        };
        for &i in xs {
            for &j in ys {
                // each unordered pair once: same kind i < j; different kinds from the side
                // whose kind sorts first
                if (ka == kb && i >= j) || (ka != kb && ka > kb) {
                    continue;
                }
                let (x, y) = (&items[i], &items[j]); // ok: `of_kind` holds indices of `items`
                let mut reasons = Vec::with_capacity(rules.len());
                // whether a rule answered for the pair (a limit not checked relates nothing)
                let mut related = false;
                // the rules left unknown by a condition an item leaves unstated that would fail
                // if they applied: the pair fails where those of every value it may state fail
                let mut would_fail = Vec::new();
                for (r, o) in rules.iter().enumerate() {
                    let (applied, read_two_ways) = if o.swapped {
                        // ok: one outcome per item (cut to match above)
                        apply_both_ways(o.rule, (y, &outcomes[j]), (x, &outcomes[i]))
                    } else {
                        // ok: one outcome per item (cut to match above)
                        apply_both_ways(o.rule, (x, &outcomes[i]), (y, &outcomes[j]))
                    };
                    // a pass that holds whatever a condition an item leaves unstated says is
                    // this pair's answer, but it rests on missing data: to a third item it is
                    // unknown, so that it never tells two items apart; so is an optional rule
                    // an item gives no data for (a rifle whose sheet gives no maximum length)
                    let mut within_precision = false;
                    let mut whatever = false;
                    let (verdict, mut reason) = match applied {
                        Applied::Excluded => (None, None),
                        Applied::Unstated => (Some(RuleVerdict::Unknown), None),
                        Applied::Unchecked(reason) => (Some(RuleVerdict::Unknown), Some(reason)),
                        Applied::Judged {
                            reason,
                            rests_on_unstated,
                            if_applies,
                        } => {
                            related = true;
                            whatever = rests_on_unstated;
                            if let Some(mut if_applies) = if_applies {
                                // (the item the condition asks, and the failure's values told
                                // as the pair's, as the reason's are below)
                                let item = if if_applies.on_a != o.swapped { i } else { j };
                                if (if o.swapped { j } else { i }) != i.min(j) {
                                    let failure = &mut if_applies.failure;
                                    std::mem::swap(&mut failure.a_value, &mut failure.b_value);
                                }
                                would_fail.push(WouldFail {
                                    item,
                                    rule: o.rule,
                                    condition: if_applies.condition,
                                    failure: if_applies.failure,
                                    at: reasons.len(),
                                    // ok: one answer list per item
                                    answers: (answers[i].len(), answers[j].len()),
                                });
                            }
                            // a figure within a limit only by a precision (a warning) is as
                            // usable as one inside it: it tells no two rounds apart (the M855's
                            // `2.260 in` and the SS109's `57.40 mm` against a `57.40 mm` chamber)
                            within_precision = o.rule.test == PairTest::AtMost
                                && reason.verdict == RuleVerdict::Warning;
                            (
                                Some(if rests_on_unstated {
                                    RuleVerdict::Unknown
                                } else if within_precision {
                                    RuleVerdict::Pass
                                } else {
                                    reason.verdict
                                }),
                                Some(reason),
                            )
                        }
                    };
                    // a reason's values are told as the pair's `a` and `b`, not as the rule's
                    // sides: the report's `a` is the item that comes first
                    let rule_a = if o.swapped { j } else { i };
                    if let Some(reason) = reason.as_mut().filter(|_| rule_a != i.min(j)) {
                        std::mem::swap(&mut reason.a_value, &mut reason.b_value);
                    }
                    // the level a `lower` rule finds the two usable up to: two items usable
                    // with a third up to different levels are told apart by it
                    let up_to =
                        if verdict == Some(RuleVerdict::Pass) && o.rule.test == PairTest::Lower {
                            let (ra, rb) = if o.swapped { (y, x) } else { (x, y) };
                            stated(ra, &o.rule.a_property)
                                .zip(stated(rb, &o.rule.b_property))
                                .and_then(|((a_name, a), (b_name, b))| {
                                    let (value, lower) =
                                        lower_of(o.rule, (a_name, &a.value), (b_name, &b.value))?;
                                    levels.at(&o.rule.id, (value, a_name, &lower))
                                })
                        } else {
                            None
                        };
                    let rule = (&*o.rule.id, r);
                    // ok: one answer list per item
                    answers[i].push(Answer {
                        other: j,
                        rule,
                        verdict,
                        up_to,
                        within_precision,
                        whatever,
                        read_two_ways,
                    });
                    // ok: one answer list per item
                    answers[j].push(Answer {
                        other: i,
                        rule,
                        verdict,
                        up_to,
                        within_precision,
                        whatever,
                        read_two_ways,
                    });
                    reasons.extend(reason);
                }
                for fails in whichever_fails(&catalogue.dictionary, items, would_fail) {
                    if let Some(reason) = reasons.get_mut(fails.at) {
                        *reason = fails.failure;
                    }
                    for (who, at) in [(i, fails.answers.0), (j, fails.answers.1)] {
                        // ok: `who` is `i` or `j`, one list per item
                        if let Some(answer) = answers[who].get_mut(at) {
                            answer.verdict = Some(RuleVerdict::Fail);
                        }
                    }
                }
                let (a, b) = if i < j { (i, j) } else { (j, i) };
                // a limit not checked says something only of a pair another rule relates
                if !related {
                    reasons.clear();
                }
                // kept for the report: no room for the rules that did not apply
                reasons.shrink_to_fit();
                found.insert((a, b), (level_of(&reasons), reasons));
            }
        }
    }
    for list in &mut answers {
        // (the rules with each other item in the catalogue's order, which puts first what decides
        // most: a chambering before a length)
        list.sort_unstable_by_key(|a| (a.other, a.rule.1, a.rule.0));
    }
    let class = classes(&answers);
    // (the items some answer of which rests on how a figure reads: only their pairs are read
    // together again)
    let rests_on_readings: Vec<bool> = answers
        .iter()
        .map(|list| list.iter().any(|a| a.read_two_ways))
        .collect();
    // which items pass a rule with another only within the precision a figure is quoted to
    let within_precision: Vec<bool> = answers
        .iter()
        .map(|list| {
            list.iter()
                .any(|a| a.within_precision && a.verdict == Some(RuleVerdict::Pass))
        })
        .collect();
    let rules_by_id: HashMap<&str, &PairRule> = catalogue
        .pair_rules
        .iter()
        .map(|rule| (&*rule.id, rule))
        .collect();
    let non_compliant: Vec<bool> = (0..items.len())
        .map(|k| {
            outcomes
                .get(k)
                .is_some_and(|o| o.status == Status::NonCompliant)
        })
        .collect();
    let everyone = Telling {
        items,
        levels: &levels,
        rules: &rules_by_id,
        left_out: &[],
        checked: outcomes,
    };
    // pass 2: pairs of one kind (commonality, interchangeability)
    let interfaces: Vec<BTreeMap<&str, Status>> = outcomes
        .iter()
        .map(|o| interface_standards(catalogue, o))
        .collect();
    let chosen: Vec<Vec<Chosen>> = interfaces
        .iter()
        .zip(outcomes)
        .map(|(interface, outcome)| chosen_values(interface, outcome))
        .collect();
    let conditioned: Vec<Vec<Conditioned>> = interfaces
        .iter()
        .zip(outcomes)
        .map(|(interface, outcome)| conditioned(catalogue, interface, outcome))
        .collect();
    let designs: Vec<Option<String>> = items.iter().map(design_key).collect();
    let rule_properties = rule_properties(catalogue);
    // what the rules read of each item, made once per item rather than for every pair of its kind
    let read: Vec<Vec<ReadOf>> = items
        .iter()
        .map(|item| {
            rule_properties
                .get(item.kind.as_str())
                .map(|read| read.iter().map(|names| ReadOf::of(item, names)).collect())
                .unwrap_or_default()
        })
        .collect();
    // each pair of one kind as it is judged, kept in `found` at the end where it has a level:
    // most have none (two rounds of different calibres), and a map entry for each would cost
    // more than the judging
    let mut of_one_kind: Vec<((usize, usize), Found)> = Vec::new();
    for members in of_kind.values() {
        for (n, &i) in members.iter().enumerate() {
            // ok: `n` < `members.len()`
            for &j in &members[n + 1..] {
                let (x, y) = (&items[i], &items[j]); // ok: `members` are indices of `items`
                of_one_kind.push(((i, j), found.remove(&(i, j)).unwrap_or_default()));
                let Some((_, entry)) = of_one_kind.last_mut() else {
                    continue; // ok: pushed just above
                };
                // (of a pair one of which is itself non-compliant, every third item counts)
                let leaves_out = !non_compliant[i] && !non_compliant[j]; // ok: one per item
                let tell = Telling {
                    left_out: if leaves_out { &non_compliant } else { &[] },
                    ..everyone
                };
                // a third item that passes one only within the precision its figure is quoted
                // to and the other plainly ([`precision_only`]): said by a pair of one
                // identifier as by two interchangeable items
                let precision = || {
                    (within_precision[i] || within_precision[j]) // ok: one per item
                        .then(|| precision_only(&tell, (i, j), &answers))
                        .flatten()
                };
                // one identifier on two sheets that contradict each other: judged as two items
                let mut contradicted_common = false;
                // ok: one per item
                if let Some(mut common) = commonality(x, y, (&designs[i], &designs[j])) {
                    // one NSN or design that a third item tells apart from itself (a rifle
                    // takes the one round and not the other) is a mistake in the data: the
                    // difference is what the user must see, not "the same item"
                    let told_apart = (class[i] != class[j]) // ok: one class per item
                        .then(|| failing_difference(&tell, (i, j), &answers))
                        .flatten();
                    if let Some((message, verdict, values)) = told_apart {
                        common.verdict = RuleVerdict::Warning;
                        common.message = format!(
                            "{}, yet a third item tells them apart (below): the one identifier, \
                             or a figure, is likely wrong",
                            common.message
                        );
                        entry.1.insert(0, common);
                        // two a rule finds usable together stay so (as below): that neither
                        // can replace the other is a warning
                        let verdict = match entry.0 {
                            Some(Level::Compatible) => RuleVerdict::Warning,
                            Some(Level::Incompatible) => verdict,
                            _ => {
                                entry.0 = Some(Level::NotInterchangeable);
                                verdict
                            }
                        };
                        entry.1.push(interchangeability_reason(
                            verdict,
                            format!("not interchangeable: {message}"),
                            values,
                        ));
                        continue;
                    }
                    // one NSN or design on two sheets that state differently what the rules read
                    // (a 5.56 mm and a 7.62 mm round) is a mistake in the data too: it is said,
                    // and the two are judged as any two items are; so are two whose sheets agree
                    // or not only as a figure is read, or by where within its precision it lies
                    // (`1.200 kg` beside `1.2 kg`, or `1.2 kg` beside `1.13 kg`), which is unknown
                    let (verdict, differ) = match sheets_in_every_reading(catalogue, x, y) {
                        Ok(Sheets::Agree) => {
                            // a third item that passes one only within the precision its figure
                            // is quoted to and the other plainly: the same answer, said as of
                            // two interchangeable items, so that the weapon's warning on one of
                            // them is not read as a difference
                            if let Some(precision) = precision() {
                                common.verdict = RuleVerdict::Warning;
                                common.message = format!("{}; {precision}", common.message);
                            }
                            entry.1.insert(0, common);
                            // one item only third items non-compliant with their own standards
                            // would tell apart: they decide nothing between them, as of any pair
                            // ok: one class per item
                            if leaves_out && class[i] != class[j] {
                                let apart = |t: &Telling| {
                                    failing_apart(t, (i, j), &answers)
                                        .map(|(other, rule, _)| (other, rule))
                                };
                                let aside = set_aside(&tell, (i, j), &answers, apart);
                                entry.1.extend(decided_nothing(outcomes, &keys, &aside));
                            }
                            // one NSN or design that fails a mandatory rule with itself is a
                            // mistake in the data, and the failure is what the user must see
                            if entry.0 != Some(Level::Incompatible) {
                                entry.0 = Some(Level::Commonality);
                            }
                            continue;
                        }
                        Ok(Sheets::Differ(d)) => (
                            RuleVerdict::Warning,
                            format!(
                                "yet their sheets differ: {}; the one identifier, or a figure, is \
                                 likely wrong",
                                d.join(", ")
                            ),
                        ),
                        Ok(coarse @ Sheets::Coarse(_)) => {
                            (RuleVerdict::Unknown, format!("yet {}", coarse.said()))
                        }
                        Err(readings) => (
                            RuleVerdict::Unknown,
                            format!(
                                "yet whether their sheets agree rests on how a figure is read: \
                                 {readings}"
                            ),
                        ),
                    };
                    common.verdict = verdict;
                    common.message = format!(
                        "{}, {differ}, and they are judged as two items",
                        common.message
                    );
                    entry.1.insert(0, common);
                    contradicted_common = true;
                }
                if entry.0.is_none_or(|l| l == Level::Compatible) {
                    let differ = || {
                        let sorts = || {
                            other_sorts(
                                (x, y),
                                // ok: one per outcome, as many as items
                                (&conditioned[i], &conditioned[j]),
                                // ok: one per outcome, as many as items
                                (&interfaces[i], &interfaces[j]),
                            )
                        };
                        // a difference for certain before one that rests on missing data,
                        // whichever third item comes first; first, a value of a list their
                        // own interface standard allows that each chose otherwise
                        let read_apart = || read_apart(&tell, (i, j), &answers, &rests_on_readings);
                        // (a value each chose otherwise is said with every requirement that
                        // holds them to different sorts: a store's class and its lugs)
                        // ok: one per outcome, as many as items
                        let choice = other_choice(x, y, &chosen[i], &chosen[j]);
                        choice
                            .map(|choice| both_said(choice, sorts()))
                            .or_else(|| not_qualified(x, y))
                            .or_else(|| match first_difference(&tell, (i, j), &answers, &class) {
                                Some(unknown @ (_, RuleVerdict::Unknown, _)) => {
                                    failing_difference(&tell, (i, j), &answers)
                                        .or_else(sorts)
                                        .or_else(read_apart)
                                        .or(Some(unknown))
                                }
                                None => sorts().or_else(read_apart),
                                certain => certain,
                            })
                    };
                    let unjudged = || {
                        rule_properties
                            .get(x.kind.as_str())
                            // ok: one per item
                            .map(|names| stated_differently(x, y, names, (&read[i], &read[j])))
                            .unwrap_or_default()
                    };
                    let undecided = || {
                        undecided_interfaces(
                            (x, y),
                            // ok: one per outcome, as many as items
                            (&conditioned[i], &conditioned[j]),
                            // ok: one per outcome, as many as items
                            (&interfaces[i], &interfaces[j]),
                        )
                    };
                    let recommended = || {
                        let sorts = sorts_by(
                            Severity::Recommended,
                            (x, y),
                            // ok: one per outcome, as many as items
                            (&conditioned[i], &conditioned[j]),
                            // ok: one per outcome, as many as items
                            (&interfaces[i], &interfaces[j]),
                        )
                        .map(|(said, _)| said)
                        .chain(recommended_apart(
                            (x, y),
                            (&outcomes[i], &outcomes[j]), // ok: as many outcomes as items
                            // ok: one per outcome, as many as items
                            (&interfaces[i], &interfaces[j]),
                        ))
                        .collect();
                        let unstated = recommended_unstated(
                            (x, y),
                            (&outcomes[i], &outcomes[j]), // ok: as many outcomes as items
                            // ok: one per outcome, as many as items
                            (&interfaces[i], &interfaces[j]),
                        );
                        (sorts, unstated)
                    };
                    let judged = interchangeability(
                        (i, j),
                        &interfaces,
                        undecided,
                        differ,
                        (unjudged, precision),
                        recommended,
                    );
                    if let Some((level, mut why)) = judged {
                        // interchangeable only as the non-compliant items are left out: the
                        // one that would have told them apart is named, and why it does not
                        if leaves_out && level == Level::Interchangeable {
                            let apart = |t: &Telling| first_apart(t, (i, j), &answers, &class);
                            let aside = set_aside(&tell, (i, j), &answers, apart);
                            why.extend(decided_nothing(outcomes, &keys, &aside));
                        }
                        // two items a rule finds usable together stay so, whether or not one
                        // can replace the other: that they cannot (or may not) is a warning
                        let stays_compatible = entry.0 == Some(Level::Compatible)
                            && matches!(level, Level::NotInterchangeable | Level::Unknown);
                        if stays_compatible {
                            for reason in &mut why {
                                reason.verdict = RuleVerdict::Warning;
                            }
                        } else {
                            entry.0 = Some(level);
                        }
                        entry.1.append(&mut why);
                    }
                }
                // (when nothing judges them, what they are is unknown)
                if contradicted_common && entry.0.is_none() {
                    entry.0 = Some(Level::Unknown);
                }
            }
        }
    }
    found.extend(
        of_one_kind
            .into_iter()
            .filter(|(_, (level, _))| level.is_some()),
    );
    // commonality across kinds is not a thing; everything else found is reported in item order
    Ok(found
        .into_iter()
        .filter_map(|((i, j), (level, mut reasons))| {
            // one NSN or design that an item failing its own standards shares with another:
            // no such item is otherwise paired with the others of its kind, so what it is comes
            // first, before the identifier that pairs it
            let shared = reasons
                .iter()
                .find(|r| r.rule.starts_with("commonality/"))
                .map(|r| {
                    if &*r.rule == "commonality/nsn" {
                        "NSN"
                    } else {
                        "design"
                    }
                });
            if let (Some(shared), Some(level)) = (shared, level) {
                let flags: Vec<Reason> = [i, j]
                    .into_iter()
                    .filter_map(|k| {
                        let outcome = outcomes.get(k)?;
                        // ok: one key per item, and `k` is an item
                        itself_failing(outcome, &keys[k], Some((shared, level)))
                    })
                    .collect();
                reasons.splice(0..0, flags);
            // a level that says the two can be used together (or more) holds only for what the
            // rules compare: an item that fails its own standards is flagged in every such pair
            } else if level.is_some_and(|l| l >= Level::Compatible) {
                for k in [i, j] {
                    reasons.extend(
                        outcomes
                            .get(k)
                            // ok: one key per item, and `k` is an item
                            .and_then(|o| itself_failing(o, &keys[k], None)),
                    );
                }
            }
            level.map(|level| Pair {
                a: keys[i].clone(), // ok: one key per item, and `i` is an item
                b: keys[j].clone(), // ok: one key per item, and `j` is an item
                level,
                reasons,
            })
        })
        .collect())
}

/// A warning that the item of this outcome (`key`, as the report names it) fails standards of
/// its own, which no pair rule compares: an over-pressure round still fits the chamber, and a lot
/// that fails its specification still carries the NSN of the lot that meets it. `None` for an
/// item that is not non-compliant.
///
/// `shared`: of a pair of one kind paired by the identifier both carry (`NSN` or `design`), and
/// its level, where an item incomplete against its standards is flagged too: no item that is
/// either is otherwise paired with others of its kind, and one of a lower level than compatible
/// (the identifier told apart by a third item) replaces no other.
fn itself_failing(
    outcome: &ItemOutcome,
    key: &str,
    shared: Option<(&str, Level)>,
) -> Option<Reason> {
    let status = outcome.status;
    let flagged =
        status == Status::NonCompliant || (shared.is_some() && status == Status::Incomplete);
    if !flagged {
        return None;
    }
    let (is, against) = failed_against(outcome, status);
    let message = match shared {
        Some((identifier, level)) if level < Level::Compatible => format!(
            "{key} is itself {is}{against} (see its results), so it replaces no item of its \
             kind: it is paired here only for the {identifier} it shares"
        ),
        _ => format!(
            "{key} is itself {is}{against}; this level holds only for what the pair rules compare (see its results)"
        ),
    };
    Some(Reason {
        rule: "item-compliance".into(),
        title: "Each item's own check".into(),
        verdict: RuleVerdict::Warning,
        a_value: None,
        b_value: None,
        message,
        source: "this report's check of the item".into(),
        confidence: Confidence::C,
        severity: Severity::Mandatory,
    })
}

/// How an item of `status` (non-compliant or incomplete) is said to be so, and against what:
/// (`non-compliant`, ` with STANAG 4172`), as its outcome's standards of that status say, and
/// its claims of standards the catalogue does not hold (`incomplete`, ` against ACME-RQ 1
/// (claimed; not in this catalogue)`).
fn failed_against(outcome: &ItemOutcome, status: Status) -> (&'static str, String) {
    let mut failed: Vec<String> = outcome
        .standards
        .iter()
        .filter(|s| s.status == status)
        .map(|s| s.standard.to_string())
        .collect();
    // a claim of a standard this catalogue does not hold leaves the item incomplete too
    if status == Status::Incomplete {
        failed.extend(
            outcome
                .claims_not_held()
                .map(|claim| format!("{claim} (claimed; not in this catalogue)")),
        );
    }
    let (is, with) = if status == Status::NonCompliant {
        ("non-compliant", "with")
    } else {
        ("incomplete", "against")
    };
    let against = if failed.is_empty() {
        String::new()
    } else {
        format!(" {with} {}", failed.join(", "))
    };
    (is, against)
}

/// The third items a pair's comparison leaves out (`tell.left_out`: those non-compliant with
/// their own standards) that would each have told `i` and `j` apart, in item order, with what
/// each would have said (`with pol-556: deu-g36 fails PAIR/cartridge-length, …`). `apart` finds
/// the first third item that tells two items apart, and its rule, among those a `Telling` counts:
/// [`first_apart`] for ordinary pairs, [`failing_apart`] for two of one NSN or design.
fn set_aside<'a>(
    tell: &Telling,
    (i, j): (usize, usize),
    answers: &[Vec<Answer<'a>>],
    apart: impl Fn(&Telling) -> Option<(usize, &'a str)>,
) -> Vec<(usize, String)> {
    // (most pairs have none: nothing is allocated for them)
    let everyone = Telling {
        left_out: &[],
        ..*tell
    };
    if tell.left_out.is_empty() || apart(&everyone).is_none() {
        return Vec::new();
    }
    // only the items left out count, each once: one found is left out of the next search
    let mut counted: Vec<bool> = tell.left_out.iter().map(|out| !out).collect();
    let mut found = Vec::new();
    while let Some((other, rule)) = apart(&Telling {
        left_out: &counted,
        ..*tell
    }) {
        match counted.get_mut(other) {
            Some(slot) if !*slot => *slot = true,
            // (an item already counted is never found again; were it, the search would not end)
            _ => break,
        }
        let said = said_by(answers, (i, j), other, rule);
        let (message, _, _) = told_apart(tell, (i, j), other, rule, said);
        found.push((other, message));
    }
    found
}

/// The warning of two compliant items of one kind that only third items non-compliant with
/// their own standards tell apart (`set_aside`, each with what it would have said): they decide
/// nothing between them, and each is named with the standards it fails. `None` for none.
fn decided_nothing(
    outcomes: &[ItemOutcome],
    keys: &[String],
    set_aside: &[(usize, String)],
) -> Option<Reason> {
    let (first, _) = set_aside.first()?;
    let mut flag = itself_failing(outcomes.get(*first)?, keys.get(*first)?, None)?;
    let named: Vec<(&str, String)> = set_aside
        .iter()
        .filter_map(|(k, _)| {
            let (_, against) = failed_against(outcomes.get(*k)?, Status::NonCompliant);
            Some((keys.get(*k)?.as_str(), against))
        })
        .collect();
    let said: Vec<&str> = set_aside.iter().map(|(_, m)| m.as_str()).collect();
    let said = said.join("; ");
    let who: Vec<&str> = named.iter().map(|(key, _)| *key).collect();
    flag.message = match named.as_slice() {
        [(key, against)] => format!(
            "{key} is itself non-compliant{against} (see its results), so it decides nothing \
             between them; {said}"
        ),
        [(_, against), rest @ ..] if rest.iter().all(|(_, a)| a == against) => format!(
            "{} are themselves non-compliant{against} (see their results), so they decide \
             nothing between them; {said}",
            crate::suggest::and_listed(&who)
        ),
        _ => {
            let each: Vec<String> = named
                .iter()
                .map(|(key, against)| format!("{key}{against}"))
                .collect();
            format!(
                "{} are themselves non-compliant ({}; see their results), so they decide \
                 nothing between them; {said}",
                crate::suggest::and_listed(&who),
                each.join(", ")
            )
        }
    };
    Some(flag)
}

/// A rule left unknown for a pair because `item` does not state what `condition` asks, which
/// would fail if it applied: where its reason and answers are (`at`, and in each item's answers).
struct WouldFail<'r> {
    item: usize,
    rule: &'r PairRule,
    condition: &'r Condition,
    failure: Reason,
    at: usize,
    answers: (usize, usize),
}

/// Of the rules a pair leaves unknown because one item does not state what decides which
/// applies, those that fail whichever value it states: for every value the dictionary allows the
/// property, a rule of that value would fail (a vehicle of MLC 70 and unstated running gear
/// fails a class 40 bridge by the tracked rule and by the wheeled one). Each is the pair's
/// failure, said as such; a value no rule is for (`other`), or one whose rule would pass, leaves
/// them unknown.
fn whichever_fails<'r>(
    dictionary: &Dictionary,
    items: &[Item],
    would_fail: Vec<WouldFail<'r>>,
) -> Vec<WouldFail<'r>> {
    let mut groups: BTreeMap<(usize, &str), Vec<WouldFail>> = BTreeMap::new();
    for fails in would_fail {
        groups
            .entry((fails.item, fails.condition.property.as_str()))
            .or_default()
            .push(fails);
    }
    let mut failed = Vec::new();
    for ((item, property), mut group) in groups {
        let Some(PropertyType::Enum(values)) = dictionary.property(property).map(|p| &p.ty) else {
            continue;
        };
        let every = !values.is_empty()
            && values.iter().all(|value| {
                let value = ItemValue::Word(value.clone());
                group
                    .iter()
                    .any(|f| check::meets(&f.condition.test, &value))
            });
        if !every {
            continue;
        }
        let rules: Vec<String> = group
            .iter()
            .map(|f| format!("{} when {}", f.rule.id, f.condition))
            .collect();
        let id = items.get(item).map_or("", |i| i.id.as_str());
        for fails in &mut group {
            fails.failure.message = format!(
                "{}, whatever {id} states of {property}: the rules for every value it may state fail ({})",
                fails.failure.message,
                rules.join(", ")
            );
        }
        failed.extend(group);
    }
    failed
}

/// One rule's answer for an item and another item; `None` when a condition excluded the pair.
#[derive(Debug, Clone, Copy)]
struct Answer<'a> {
    other: usize,
    rule: (&'a str, usize),
    verdict: Option<RuleVerdict>,
    /// Of a pass of a `lower` rule, the level it finds the two usable up to ([`Levels`]): two
    /// items usable with a third up to different levels are told apart by it, as by a pass and
    /// a fail.
    up_to: Option<LevelAt>,
    /// A pass within a limit only by a precision: a pass to compare with (it tells no two items
    /// apart, and answers are equal without it), a warning to tell (`passes it only with a
    /// warning`).
    within_precision: bool,
    /// An unknown that is a pass whatever a condition the item leaves unstated says (a vehicle
    /// of MLC 30 and unstated running gear, beside a class 40 bridge): usable with the other
    /// item for certain, though by no one rule (answers are equal without it).
    whatever: bool,
    /// An unknown because a figure the rule weighs of either item reads two ways and the rule
    /// answers otherwise as it is read (answers are equal without it): two items of one kind
    /// of which one gets such an answer are weighed again together ([`read_apart`]).
    read_two_ways: bool,
}

impl Answer<'_> {
    /// The verdict as a message tells it.
    fn told(&self) -> Option<RuleVerdict> {
        match self.verdict {
            Some(RuleVerdict::Pass) if self.within_precision => Some(RuleVerdict::Warning),
            verdict => verdict,
        }
    }

    /// The verdict as a message tells it, and the level a `lower` rule yields.
    fn said(&self) -> Said {
        (self.told(), self.up_to)
    }

    fn compared(&self) -> (usize, (&str, usize), Option<RuleVerdict>, Option<LevelAt>) {
        (self.other, self.rule, self.verdict, self.up_to)
    }
}

impl PartialEq for Answer<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.compared() == other.compared()
    }
}

impl Eq for Answer<'_> {}

impl std::hash::Hash for Answer<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.compared().hash(state);
    }
}

/// What an item got from a rule with a third item, as a difference tells it: the verdict
/// ([`Answer::told`]; `None` when the rule does not apply) and the level a `lower` rule yields.
type Said = (Option<RuleVerdict>, Option<LevelAt>);

/// Where a level is in [`Levels`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct LevelAt(std::num::NonZeroU32);

/// The levels `lower` rules find pairs usable up to (STANAG 4586's LOI), each kept once per rule
/// and value, so that an answer carries a small index, equal where the level is, rather than
/// the figure; with each, how a message tells it (`loi 2`, as the first pair of that level
/// wrote it).
#[derive(Default)]
struct Levels<'a> {
    at: HashMap<(&'a str, Exact), LevelAt>,
    told: Vec<String>,
}

impl<'a> Levels<'a> {
    /// The index of `rule`'s level `value`, told as `name written` where it is new; `None` past
    /// `u32::MAX` levels (no answer then tells two items apart by its level).
    fn at(
        &mut self,
        rule: &'a str,
        (value, name, written): (Exact, &str, &str),
    ) -> Option<LevelAt> {
        if let Some(&at) = self.at.get(&(rule, value)) {
            return Some(at);
        }
        let next = u32::try_from(self.told.len() + 1).ok()?;
        let at = LevelAt(std::num::NonZeroU32::new(next)?);
        self.told.push(format!("{name} {written}"));
        self.at.insert((rule, value), at);
        Some(at)
    }

    /// How a message tells the level at `at`.
    fn told(&self, at: LevelAt) -> &str {
        let index = usize::try_from(at.0.get() - 1).unwrap_or(usize::MAX);
        self.told.get(index).map_or("", String::as_str)
    }
}

/// Why one of two rounds replaces no other though both meet the same figures: one states it is
/// not NATO-qualified (`nato_qualified: false`), and NATO ammunition interchangeability rests on
/// qualification (STANAG 2459, the AC/225 manuals of proof and inspection), not on published
/// figures alone. Only a round that says so: most sheets do not state it.
fn not_qualified(x: &Item, y: &Item) -> Option<Difference> {
    // (a round's qualification: of two magazines or vehicles it says nothing)
    if x.kind != "cartridge" {
        return None;
    }
    let unqualified = |item: &&Item| {
        matches!(
            item.properties.get("nato_qualified").map(|s| &s.value),
            Some(ItemValue::Flag(false))
        )
    };
    let said: Vec<&str> = [x, y]
        .into_iter()
        .filter(unqualified)
        .map(|item| item.id.as_str())
        .collect();
    (!said.is_empty()).then(|| {
        (
            format!(
                "{} {} not NATO-qualified, and NATO ammunition interchangeability rests on \
                 qualification (STANAG 2459), not on the published figures alone",
                said.join(" and "),
                if said.len() == 1 {
                    "states it is"
                } else {
                    "state they are"
                }
            ),
            RuleVerdict::Fail,
            (named(x, ["nato_qualified"]), named(y, ["nato_qualified"])),
        )
    })
}

/// What tells two items of one kind apart, besides their answers: the items, the levels
/// `lower` rules yield ([`Answer::up_to`]), and each pair rule by its id (what the two state of
/// what it compares).
struct Telling<'t, 'a> {
    items: &'t [Item],
    levels: &'t Levels<'a>,
    rules: &'t HashMap<&'a str, &'a PairRule>,
    /// The third items left out of the comparison (one per item; empty for none): those
    /// non-compliant with their own standards, of a pair neither of which is. A round that
    /// fails its standard decides nothing between two rifles that meet theirs.
    left_out: &'t [bool],
    /// Each item's own check (one per item, or none in tests that weigh answers alone): a
    /// figure it settled is read as written ([`settled_by_check`]).
    checked: &'t [ItemOutcome],
}

/// What two items state of what tells them apart, as an `interchangeability` reason's `a_value`
/// and `b_value` show it (`loi 2`, `loi 5`); `None` where nothing one of them states does.
type Values = (Option<String>, Option<String>);

/// Why two items of one kind cannot (or may not) replace each other: the message, the
/// criterion's verdict, and what each states of what tells them apart.
type Difference = (String, RuleVerdict, Values);

/// The first third item on which `i` and `j` got different answers from the same rule.
/// `answers` are sorted by other item, then rule; `class` says which items' lists are equal.
fn first_difference(
    tell: &Telling,
    (i, j): (usize, usize),
    answers: &[Vec<Answer>],
    class: &[usize],
) -> Option<Difference> {
    let (other, rule) = first_apart(tell, (i, j), answers, class)?;
    let said = said_by(answers, (i, j), other, rule);
    Some(told_apart(tell, (i, j), other, rule, said))
}

/// What `i` and `j` each got from `rule` with `other`.
fn said_by(
    answers: &[Vec<Answer>],
    (i, j): (usize, usize),
    other: usize,
    rule: &str,
) -> (Said, Said) {
    let said_of = |who: usize| {
        answers
            .get(who)
            .and_then(|list| {
                list.iter()
                    .find(|a| a.other == other && a.rule.0 == rule)
                    .map(Answer::said)
            })
            .unwrap_or((None, None))
    };
    (said_of(i), said_of(j))
}

/// The third item and rule of [`first_difference`].
fn first_apart<'a>(
    tell: &Telling,
    (i, j): (usize, usize),
    answers: &[Vec<Answer<'a>>],
    class: &[usize],
) -> Option<(usize, &'a str)> {
    // equal lists say nothing of `i` or `j`: no item has answers about itself, so a list
    // that answered about `j` could not equal `j`'s
    // ok: one class per item; `i`, `j` are items
    if class[i] == class[j] {
        return None;
    }
    let (mut xs, mut ys) = (
        third(&answers[i], i, j, tell.left_out), // ok: one list per item
        third(&answers[j], i, j, tell.left_out), // ok: one list per item
    );
    // the first place the lists differ, leaving out what they say of each other
    let (p, q) = loop {
        match (xs.next(), ys.next()) {
            (Some(p), Some(q)) if p == q => {}
            (None, None) => return None,
            differ => break differ,
        }
    };
    match (p, q) {
        (Some(p), Some(q)) if (p.other, p.rule) == (q.other, q.rule) => Some((p.other, p.rule.0)),
        (Some(p), _) => Some((p.other, p.rule.0)),
        (None, Some(q)) => Some((q.other, q.rule.0)),
        (None, None) => None,
    }
}

/// The first third item that tells `i` and `j` apart for certain (one passes a rule the other
/// fails, or is not subject to it, or a `lower` rule finds them usable with it up to different
/// levels), past any that only lacks data: what contradicts two items of one identifier.
/// `None` when none does.
fn failing_difference(
    tell: &Telling,
    (i, j): (usize, usize),
    answers: &[Vec<Answer>],
) -> Option<Difference> {
    let (other, rule, said) = failing_apart(tell, (i, j), answers)?;
    Some(told_apart(tell, (i, j), other, rule, said))
}

/// The third item and rule of [`failing_difference`], and what `i` and `j` each got from it as
/// that tells them apart.
fn failing_apart<'a>(
    tell: &Telling,
    (i, j): (usize, usize),
    answers: &[Vec<Answer<'a>>],
) -> Option<(usize, &'a str, (Said, Said))> {
    // (each third item's rules in the catalogue's order, as the answers are sorted)
    // (a pass whatever a condition the item leaves unstated says is a pass here: it is usable
    // with the third item for certain, where the other fails the rule)
    let verdicts = |who: usize| -> BTreeMap<(usize, usize, &str), (Said, bool)> {
        third(&answers[who], i, j, tell.left_out) // ok: one list per item; `who` is `i` or `j`
            .map(|a| ((a.other, a.rule.1, a.rule.0), (a.said(), a.whatever)))
            .collect()
    };
    let (xs, ys) = (verdicts(i), verdicts(j));
    let keys: BTreeSet<(usize, usize, &str)> = crate::set_of(xs.keys().chain(ys.keys()).copied());
    keys.into_iter().find_map(|key @ (other, _, rule)| {
        let (((vx, ux), wx), ((vy, uy), wy)) = (
            xs.get(&key).copied().unwrap_or_default(),
            ys.get(&key).copied().unwrap_or_default(),
        );
        let fails = |v: Option<RuleVerdict>| v == Some(RuleVerdict::Fail);
        let told = |v: Option<RuleVerdict>, whatever: bool, other_fails: bool| {
            if whatever && other_fails {
                Some(RuleVerdict::Pass)
            } else {
                v
            }
        };
        let (vx, vy) = (told(vx, wx, fails(vy)), told(vy, wy, fails(vx)));
        // one can be used with the third item and the other not (a pass with a warning is a
        // pass), or both up to different levels
        let usable =
            |v: Option<RuleVerdict>| matches!(v, Some(RuleVerdict::Pass | RuleVerdict::Warning));
        let levels_differ = ux.is_some() && uy.is_some() && ux != uy;
        let certain = (usable(vx) != usable(vy) || levels_differ)
            && ![vx, vy].contains(&Some(RuleVerdict::Unknown));
        certain.then_some((other, rule, ((vx, ux), (vy, uy))))
    })
}

/// What `x` and `y`, of one kind, state of what `rule` compares on their side of it, as an
/// `interchangeability` reason shows it.
fn rule_values(tell: &Telling, rule: &str, (x, y): (&Item, &Item)) -> Values {
    tell.rules.get(rule).map_or((None, None), |r| {
        let names = if r.a == x.kind {
            &r.a_property
        } else {
            &r.b_property
        };
        let value = |item: &Item| named(item, names.iter().map(String::as_str));
        (value(x), value(y))
    })
}

/// What a verdict an item gets from a rule says after its id, and after the rule's
/// (`passes` … ` only with a warning`); `None` is a rule the item is not subject to.
fn does(v: Option<RuleVerdict>) -> (&'static str, &'static str) {
    match v {
        Some(RuleVerdict::Pass) => ("passes", ""),
        Some(RuleVerdict::Warning) => ("passes", " only with a warning"),
        Some(RuleVerdict::Fail) => ("fails", ""),
        Some(RuleVerdict::Unknown) => ("lacks data for", ""),
        None => ("is not subject to", ""),
    }
}

/// Of two items `i` and `j` of one kind that a rule leaves unknown with a third item only by
/// how a figure reads (`1.400 t`: 1.4 t, or 1400 t with a thousands point; a whole number's
/// trailing zeros, significant or not), the first such third item whose answers for the two
/// differ as the three are read together: each file's points all one way, each item's zeros
/// either way. Two stores of `1.400 t` on two sheets beside a rack rated for 1.5 t get the same
/// unknown from it, yet if one sheet's points group thousands and the other's do not, the rack
/// takes the one and not the other. Unknown, naming a reading where they are alike and one
/// where they are not; not interchangeable where they differ however they are read. `None`
/// where every reading gives them alike.
fn read_apart(
    tell: &Telling,
    (i, j): (usize, usize),
    answers: &[Vec<Answer>],
    rests_on_readings: &[bool],
) -> Option<Difference> {
    // ok: one entry per item, and `i` and `j` are items
    if !rests_on_readings[i] && !rests_on_readings[j] {
        return None;
    }
    let items = tell.items;
    // ok: one list per item
    let keys: BTreeSet<(usize, usize, &str)> = third(&answers[i], i, j, tell.left_out)
        .chain(third(&answers[j], i, j, tell.left_out)) // ok: one list per item
        .filter(|a| a.read_two_ways)
        .map(|a| (a.other, a.rule.1, a.rule.0))
        .collect();
    keys.into_iter().find_map(|(t, _, id)| {
        let rule = *tell.rules.get(id)?;
        // ok: `t` is an item an answer names
        let (x, y, z) = (&items[i], &items[j], &items[t]);
        // (the two are of one kind, on the rule's side of that kind: of a rule between items of
        // one kind, its `a`)
        let on_a = rule.a == x.kind;
        let three = [(x, on_a), (y, on_a), (z, !on_a)];
        // each item read otherwise by its points, and by its trailing zeros: not those of a
        // figure its own check settled, which is read as written, as its own pairs read it
        // ([`apply_both_ways`]), though another of its figures reads two ways
        let otherwise: Vec<_> = [i, j, t]
            .into_iter()
            .zip(&three)
            .map(|(at, &(item, a))| {
                let unsettled = move |property: &&str| {
                    !tell
                        .checked
                        .get(at)
                        .is_some_and(|checked| settled_by_check(checked, property))
                };
                (
                    read_otherwise_all(weighed(rule, a), item, false),
                    read_otherwise_all(weighed(rule, a).filter(unsettled), item, true),
                )
            })
            .collect();
        // the files whose points read two ways, and the items whose zeros do
        let mut files: Vec<&str> = Vec::new();
        for (&(item, _), (points, _)) in three.iter().zip(&otherwise) {
            if points.is_some() && !files.contains(&item.file.as_str()) {
                files.push(&item.file);
            }
        }
        // (figures written alike are read alike: two racks rated `1020 kg` are not told apart
        // by reading the one's zeros as significant and the other's not, which would be a
        // difference of precision they do not state)
        let mut zeros: Vec<&Vec<[String; 3]>> = Vec::new();
        for (_, rounded) in &otherwise {
            if let Some((_, _, figures)) = rounded {
                if !zeros.contains(&figures) {
                    zeros.push(figures);
                }
            }
        }
        let choices = u32::try_from(files.len() + zeros.len()).ok()?;
        // (a reading: which files' points and which figures' zeros are read the other way)
        let mut alike = None;
        let mut apart = None;
        let mut undecided = false;
        for reading in 0..1u32.checked_shl(choices)? {
            let mut told = Vec::new();
            let mut read = Vec::with_capacity(3);
            for (&(item, _), (points, rounded)) in three.iter().zip(&otherwise) {
                let file_at = files.iter().position(|f| *f == item.file);
                let by_points = points
                    .as_ref()
                    .filter(|_| file_at.is_some_and(|at| reading >> at & 1 == 1));
                let zeros_at = rounded
                    .as_ref()
                    .and_then(|(_, _, figures)| zeros.iter().position(|&z| z == figures));
                let by_zeros = rounded.as_ref().filter(|_| {
                    zeros_at.is_some_and(|at| reading >> (files.len() + at) & 1 == 1)
                });
                let mut as_read = Cow::Borrowed(item);
                let flips = [(by_points, false), (by_zeros, true)];
                for ((that_way, properties, figures), zeros) in flips
                    .into_iter()
                    .filter_map(|(flip, zeros)| Some((flip?, zeros)))
                {
                    for property in properties {
                        if let Some(s) = that_way.properties.get(*property) {
                            as_read
                                .to_mut()
                                .properties
                                .insert((*property).to_string(), s.clone());
                        }
                    }
                    told.extend(figures.iter().map(|[written, _, other]| {
                        if zeros {
                            format!("{} `{written}` rounded ({other})", item.id)
                        } else {
                            format!("{} `{written}` as {other}", item.id)
                        }
                    }));
                }
                read.push(as_read);
            }
            // ok: one read item for each of the three
            let answer = |me: &Item| {
                let applied = if on_a {
                    apply(rule, me, &read[2]) // ok: one read item for each of the three
                } else {
                    apply(rule, &read[2], me) // ok: one read item for each of the three
                };
                match applied {
                    Applied::Excluded => Some(None),
                    Applied::Judged {
                        reason,
                        if_applies: None,
                        ..
                    } if reason.verdict != RuleVerdict::Unknown => Some(Some(reason.verdict)),
                    _ => None,
                }
            };
            // ok: one read item for each of the three
            let (Some(vx), Some(vy)) = (answer(&read[0]), answer(&read[1])) else {
                undecided = true;
                continue;
            };
            let usable = |v: Option<RuleVerdict>| {
                matches!(v, Some(RuleVerdict::Pass | RuleVerdict::Warning))
            };
            let how = if told.is_empty() {
                "as written".to_string()
            } else {
                format!("with {}", told.join(", "))
            };
            let slot = if usable(vx) == usable(vy) {
                &mut alike
            } else {
                &mut apart
            };
            slot.get_or_insert((how, vx, vy));
        }
        let (how, vx, vy) = apart?;
        let ((x_does, x_after), (y_does, y_after)) = (does(vx), does(vy));
        // (the rule named once)
        let rule_named = if alike.is_some() { "it" } else { id };
        let differ = format!(
            "read {how}, {} {x_does} {rule_named}{x_after} and {} {y_does} it{y_after}",
            x.id, y.id
        );
        let values = rule_values(tell, id, (x, y));
        Some(match alike {
            Some((same, ax, ay)) => {
                let ((ax_does, ax_after), (ay_does, ay_after)) = (does(ax), does(ay));
                (
                    format!(
                        "with {}, as their figures are read: read {same}, {} {ax_does} {id}{ax_after} \
                         and {} {ay_does} it{ay_after}; {differ}",
                        z.id, x.id, y.id
                    ),
                    RuleVerdict::Unknown,
                    values,
                )
            }
            None => (
                format!("with {}, however their figures are read: {differ}", z.id),
                if undecided {
                    RuleVerdict::Unknown
                } else {
                    RuleVerdict::Fail
                },
                values,
            ),
        })
    })
}

/// How a third item `other` tells `i` and `j` apart by `rule`, given what each got from it: a
/// failure of the criterion, or unknown when one lacks the data; with what each states of what
/// the rule compares.
fn told_apart(
    tell: &Telling,
    (i, j): (usize, usize),
    other: usize,
    rule: &str,
    ((vx, ux), (vy, uy)): (Said, Said),
) -> Difference {
    let items = tell.items;
    let (x, y) = (&items[i], &items[j]); // ok: `i`, `j` are indices of `items`
    let values = rule_values(tell, rule, (x, y));
    // usable with the third item by the same rule, up to different levels (LOI 2 and LOI 4)
    if let Some((ux, uy)) = ux.zip(uy).filter(|(p, q)| p != q) {
        let message = format!(
            "with {}: {} is usable by {rule} up to {}, {} up to {}",
            items[other].id, // ok: `other` is an item an answer names
            x.id,
            tell.levels.told(ux),
            y.id,
            tell.levels.told(uy),
        );
        return (message, RuleVerdict::Fail, values);
    }
    let unknown = [vx, vy].contains(&Some(RuleVerdict::Unknown));
    // (an item that states what the rule compares on its side, and what its condition asks, and
    // is left unknown by it lacks no data: its figure reads two ways, or is quoted too coarsely,
    // as its own pair with `other` says)
    let states_all = |item: &Item| {
        tell.rules.get(rule).is_some_and(|r| {
            let (properties, when) = if r.a == item.kind {
                (&r.a_property, &r.when_a)
            } else {
                (&r.b_property, &r.when_b)
            };
            properties.iter().any(|p| item.properties.contains_key(p))
                && when
                    .iter()
                    .all(|c| item.properties.contains_key(&c.property))
        })
    };
    let does_stating = |v: Option<RuleVerdict>, item: &Item| match v {
        Some(RuleVerdict::Unknown) if states_all(item) => ("is left unknown by", ""),
        v => does(v),
    };
    let ((x_does, x_after), (y_does, y_after)) = (does_stating(vx, x), does_stating(vy, y));
    let message = format!(
        "with {}: {} {x_does} {rule}{x_after}, {} {y_does} it{y_after}",
        // ok: `other` is an item an answer names
        items[other].id,
        x.id,
        y.id,
    );
    let verdict = if unknown {
        RuleVerdict::Unknown
    } else {
        RuleVerdict::Fail
    };
    (message, verdict, values)
}

/// The first third item with which `i` and `j` pass one rule, one of them only within the
/// precision its figure is quoted to and the other plainly: the same answer, since the figure may
/// lie on either side of the limit (the M855's `2.260 in`, 57.404 mm, and the SS109's `57.40 mm`
/// in a `57.40 mm` chamber are NATO-interchangeable rounds), which an interchangeable pair says
/// as a warning so that the weapon's warning on one of them is not read as a difference; so do
/// two of one NSN or design. `None` where there is none. (Two items of one kind have answers
/// from the same third items by the same rules, in one order: the lists are walked together.)
fn precision_only(
    tell: &Telling,
    (i, j): (usize, usize),
    answers: &[Vec<Answer>],
) -> Option<String> {
    let items = tell.items;
    third(&answers[i], i, j, tell.left_out) // ok: one list per item
        .zip(third(&answers[j], i, j, tell.left_out)) // ok: one list per item
        .find(|(p, q)| {
            p == q
                && p.verdict == Some(RuleVerdict::Pass)
                && p.within_precision != q.within_precision
        })
        .map(|(p, q)| {
            let (only, plainly) = if p.within_precision { (i, j) } else { (j, i) };
            format!(
                "with {}: {} passes {} only within the precision its figure is quoted to, {} \
                 passes it plainly, which is the same answer (the figure may lie on either side \
                 of the limit)",
                items[q.other].id, // ok: `q.other` is an item an answer names
                items[only].id,    // ok: `only` is `i` or `j`, items
                p.rule.0,
                items[plainly].id // ok: `plainly` is `i` or `j`, items
            )
        })
}

/// Each item's class: items whose answers are the same list share one, so hundreds of copies of
/// one rifle are found alike at once, not by walking their lists pair by pair.
fn classes(answers: &[Vec<Answer>]) -> Vec<usize> {
    let mut seen: HashMap<&[Answer], usize> = HashMap::new();
    answers
        .iter()
        .map(|list| {
            let next = seen.len();
            *seen.entry(list.as_slice()).or_insert(next)
        })
        .collect()
}

/// A list's answers about items other than `i` and `j`, and than those `left_out` marks.
fn third<'l, 'a>(
    list: &'l [Answer<'a>],
    i: usize,
    j: usize,
    left_out: &'l [bool],
) -> impl Iterator<Item = &'l Answer<'a>> {
    list.iter().filter(move |a| {
        a.other != i && a.other != j && !left_out.get(a.other).copied().unwrap_or(false)
    })
}

/// What one item leaves unstated that leaves a rule unknown in several of its pairs with items of
/// one kind: the figure a rule compares (`trailer_connector`), or what decides whether the rule
/// applies (its `when`), by the item's place in `items`, the property and the other kind.
type Unstated<'a> = (usize, &'a str, &'a str);

/// One notice for each figure an item leaves unstated that leaves several of its pairs unknown
/// (a truck that states no `trailer_connector`, beside eight trailers): each of those pairs says
/// it in its own reason, and this says it once, where the pairs are read, naming the item, the
/// property, how many pairs it leaves unknown and what to write (the values the dictionary
/// allows). In the items' order, then the rules'. A figure that leaves one pair unknown is told
/// by that pair alone; one whose pairs another rule decides (an incompatible voltage) counts
/// only those it leaves unknown ("7 of its 8 pairs with a trailer").
pub fn unstated_notices(catalogue: &Catalogue, items: &[Item], pairs: &[Pair]) -> Vec<String> {
    let keys = item_keys(items);
    let at: HashMap<&str, usize> = keys
        .iter()
        .enumerate()
        .map(|(n, key)| (key.as_str(), n))
        .collect();
    let rules: HashMap<&str, &PairRule> = catalogue
        .pair_rules
        .iter()
        .map(|rule| (&*rule.id, rule))
        .collect();
    // (the pairs it leaves unknown, and those it leaves the rule unknown in), in order met
    let mut found: Vec<(Unstated, usize, usize)> = Vec::new();
    for pair in pairs {
        let (Some(&i), Some(&j)) = (at.get(pair.a.as_str()), at.get(pair.b.as_str())) else {
            continue;
        };
        let (Some(x), Some(y)) = (items.get(i), items.get(j)) else {
            continue;
        };
        let mut lacking: Vec<Unstated> = Vec::new();
        for reason in pair.reasons.iter() {
            if reason.verdict != RuleVerdict::Unknown {
                continue;
            }
            let Some(rule) = rules.get(&*reason.rule) else {
                continue;
            };
            // the rule's `a` side first (the pair's `a`, unless it is of the rule's `b` kind)
            let ((ra, na), (rb, nb)) = if x.kind == rule.a && y.kind == rule.b {
                ((i, x), (j, y))
            } else if y.kind == rule.a && x.kind == rule.b {
                ((j, y), (i, x))
            } else {
                continue;
            };
            let sides = [
                (ra, na, &rule.when_a, &rule.a_property, nb),
                (rb, nb, &rule.when_b, &rule.b_property, na),
            ];
            for (n, item, when, compared, other) in sides {
                let unstated = match when {
                    Some(w) if check::condition_holds(item, w).is_none() => {
                        Some(w.property.as_str())
                    }
                    _ => compared
                        .first()
                        .filter(|_| stated(item, compared).is_none())
                        .map(String::as_str),
                };
                if let Some(property) = unstated {
                    let one = (n, property, other.kind.as_str());
                    if !lacking.contains(&one) {
                        lacking.push(one);
                    }
                }
            }
        }
        for one in lacking {
            let unknown = usize::from(pair.level == Level::Unknown);
            match found.iter_mut().find(|(seen, ..)| *seen == one) {
                Some((_, left_unknown, all)) => {
                    *left_unknown += unknown;
                    *all += 1;
                }
                None => found.push((one, unknown, 1)),
            }
        }
    }
    crate::sort_by_key(&mut found, |((n, ..), ..)| *n);
    found
        .into_iter()
        .filter(|(_, left_unknown, _)| *left_unknown > 1)
        .filter_map(|((n, property, other), left_unknown, all)| {
            let key = keys.get(n)?;
            let how_many = if left_unknown == all {
                format!("its {all}")
            } else {
                format!("{left_unknown} of its {all}")
            };
            let write = catalogue
                .dictionary
                .properties
                .get(property)
                .map(|p| {
                    let (_, hint) = crate::template::value_and_hint(catalogue, property, p);
                    format!(" ({hint})")
                })
                .unwrap_or_default();
            Some(format!(
                "{key} does not state {property}, so {how_many} pairs with {} are unknown: add \
                 {property}{write}",
                crate::suggest::a_or_an(other)
            ))
        })
        .collect()
}

/// Item ids, qualified by file where two files use the same id.
fn item_keys(items: &[Item]) -> Vec<String> {
    keys_of(items.iter().map(|i| (i.id.as_str(), i.file.as_str())))
}

/// The key each checked item has in the report's `pairs` (`a` and `b`), in report order: its id,
/// or `file#id` when several loaded files use that id.
pub fn outcome_keys(outcomes: &[ItemOutcome]) -> Vec<String> {
    keys_of(outcomes.iter().map(|o| (o.id.as_str(), o.file.as_str())))
}

fn keys_of<'a>(ids: impl Iterator<Item = (&'a str, &'a str)> + Clone) -> Vec<String> {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for (id, _) in ids.clone() {
        *count.entry(id).or_default() += 1;
    }
    ids.map(|(id, file)| {
        if count.get(id).copied().unwrap_or(0) > 1 {
            format!("{file}#{id}")
        } else {
            id.to_string()
        }
    })
    .collect()
}

/// Mandatory failures make a pair incompatible (this outranks missing data); missing data makes
/// it unknown; rules that all pass make it compatible. `None` when no rule applied.
fn level_of(reasons: &[Reason]) -> Option<Level> {
    let mandatory = || reasons.iter().filter(|r| r.severity == Severity::Mandatory);
    if reasons.is_empty() {
        None
    } else if mandatory().any(|r| r.verdict == RuleVerdict::Fail) {
        Some(Level::Incompatible)
    } else if mandatory().any(|r| r.verdict == RuleVerdict::Unknown) {
        Some(Level::Unknown)
    } else {
        Some(Level::Compatible)
    }
}

/// An item's design identifier, as written.
fn design(item: &Item) -> Option<&str> {
    match item.properties.get("design").map(|s| &s.value) {
        Some(ItemValue::Word(w)) => Some(w),
        _ => None,
    }
}

/// An item's design identifier, as it is compared.
fn design_key(item: &Item) -> Option<String> {
    design(item).map(value_key)
}

/// Two items of one kind are the same item when they carry one NSN or one design identifier
/// (`designs`: each item's [`design_key`], made once rather than for every pair).
fn commonality(x: &Item, y: &Item, designs: (&Option<String>, &Option<String>)) -> Option<Reason> {
    let reason = |rule: &str, message: String, a: String, b: String| Reason {
        rule: rule.into(),
        title: "The same item".into(),
        verdict: RuleVerdict::Pass,
        a_value: Some(a),
        b_value: Some(b),
        message,
        source: "NATO Codification System: one NSN identifies one item of supply (nato.int AC/135)"
            .into(),
        confidence: Confidence::C,
        severity: Severity::Mandatory,
    };
    if let (Some(a), Some(b)) = (&x.nsn, &y.nsn) {
        if a == b {
            return Some(reason(
                "commonality/nsn",
                format!("both carry NSN {a}"),
                a.clone(),
                b.clone(),
            ));
        }
    }
    // (the keys first: an item has one exactly when it has a design, and most pairs differ)
    if designs.0.is_none() || designs.0 != designs.1 || x.kind != y.kind {
        return None;
    }
    let (a, b) = (cut(design(x)?), cut(design(y)?));
    let mut r = reason(
        "commonality/design",
        format!("both are the design {a}"),
        a.into_owned(),
        b.into_owned(),
    );
    r.source = "the items' own design identifiers".into();
    Some(r)
}

/// The first of `names` the item states.
fn stated<'a>(item: &'a Item, names: &'a [String]) -> Option<(&'a str, &'a Stated)> {
    names
        .iter()
        .find_map(|n| item.properties.get(n).map(|s| (n.as_str(), s)))
}

/// The first of `names` that `item` states, with its value as a reason quotes it, as an
/// `interchangeability` reason shows what the item states (`loi 2`).
fn named<'n>(item: &Item, names: impl IntoIterator<Item = &'n str>) -> Option<String> {
    names.into_iter().find_map(|name| {
        let s = item.properties.get(name)?;
        Some(format!("{name} {}", quoted(&told(s), &s.value)))
    })
}

/// The most entries of a list a reason quotes (and of a text, [`QUOTED_CHARS`] characters): a
/// reason is kept for every pair a rule relates, so what it quotes of each item is bounded (a
/// list of a hundred fuels, or a long design name, would otherwise be copied into every pair).
const QUOTED_ENTRIES: usize = 8;

/// `text`, cut after [`QUOTED_CHARS`] characters.
fn cut(text: &str) -> Cow<'_, str> {
    shortened(text, QUOTED_CHARS)
}

/// A value as a reason quotes it (`full` is [`shown`]): a long text is cut, and a long list
/// shows its first entries and how many more.
fn quoted<'a>(full: &'a str, value: &ItemValue) -> Cow<'a, str> {
    match value {
        ItemValue::Word(w) => match cut(w) {
            Cow::Owned(cut) => cut.into(),
            Cow::Borrowed(_) => full.into(),
        },
        ItemValue::List(l) => {
            let long = |w: &String| w.chars().nth(QUOTED_CHARS).is_some();
            if l.len() <= QUOTED_ENTRIES && !l.iter().any(long) {
                return full.into();
            }
            listed(l.iter().map(String::as_str), l.len()).into()
        }
        _ => full.into(),
    }
}

/// The first [`QUOTED_ENTRIES`] of `count` words, each cut, and how many more there are.
fn listed<'w>(words: impl Iterator<Item = &'w str>, count: usize) -> String {
    let mut shown: Vec<Cow<str>> = words.take(QUOTED_ENTRIES).map(cut).collect();
    if count > QUOTED_ENTRIES {
        shown.push(format!("… ({} more)", count - QUOTED_ENTRIES).into());
    }
    shown.join(", ")
}

/// For each kind, what the pair rules read of an item of that kind: each property a rule
/// compares, as its list of fallbacks (`mlc_wheeled`, else `mlc`), and each its conditions and
/// exceptions ask.
fn rule_properties(catalogue: &Catalogue) -> BTreeMap<&str, BTreeSet<Vec<&str>>> {
    let mut of_kind: BTreeMap<&str, BTreeSet<Vec<&str>>> = BTreeMap::new();
    for rule in &catalogue.pair_rules {
        let sides = [
            (&rule.a, &rule.a_property, &rule.when_a, &rule.unless_a),
            (&rule.b, &rule.b_property, &rule.when_b, &rule.unless_b),
        ];
        for (kind, properties, when, unless) in sides {
            let read = of_kind.entry(kind.as_str()).or_default();
            read.insert(properties.iter().map(String::as_str).collect());
            read.extend(when.iter().chain(unless).map(|c| vec![c.property.as_str()]));
        }
    }
    of_kind
}

/// What two items that claim to be one (an NSN, a design) both state, and state so differently
/// that they cannot be one item: another word (a calibre, a type), or, by one test method, a
/// figure more than 5 % from the other (two lots of one round measure a little apart, and a lot
/// that fails its standard still carries the NSN of one that meets it), in one unit, wherever
/// within its precision the coarser figure lies ([`far_apart`]). Free text (a name, a UN
/// number) is not compared. Told with both values, at most three, then how many more; and,
/// where none differs for certain, each figure whose precision reaches across the 5 % line.
fn contradictions<'a>(catalogue: &Catalogue, x: &'a Item, y: &'a Item) -> Sheets {
    let mut differ: Vec<String> = Vec::new();
    let mut coarse: Vec<String> = Vec::new();
    for (name, ours) in &x.properties {
        let Some(theirs) = y.properties.get(name) else {
            continue;
        };
        let free_text = catalogue
            .dictionary
            .property(name)
            .is_none_or(|p| matches!(p.ty, crate::dictionary::PropertyType::Text));
        if free_text {
            continue;
        }
        // (told only of a property that differs: most of two sheets of one identifier agree)
        let both = || {
            format!(
                "{name} ({} and {})",
                shown(&ours.value),
                shown_beside(catalogue, name, &theirs.value, &ours.value)
            )
        };
        match (&ours.value, &theirs.value) {
            (ItemValue::Figures(p), ItemValue::Figures(q)) => {
                let methods = |f: &'a [crate::spec::Measured]| f.iter().map(|m| &m.method);
                if !methods(p).eq(methods(q)) {
                    continue;
                }
                let apart: Vec<Option<bool>> = p
                    .iter()
                    .zip(q)
                    .map(|(a, b)| far_apart(&a.scalar, &b.scalar))
                    .collect();
                if apart.contains(&Some(true)) {
                    differ.push(both());
                } else if let Some((a, b)) = p
                    .iter()
                    .zip(q)
                    .zip(&apart)
                    .find_map(|(ab, apart)| apart.is_none().then_some(ab))
                {
                    let coarser = if a.scalar.half_unit >= b.scalar.half_unit {
                        &a.scalar.written
                    } else {
                        &b.scalar.written
                    };
                    let both = both();
                    coarse.push(format!(
                        "{both}: {coarser} is quoted too coarsely to tell whether they are \
                         within 5 % of each other"
                    ));
                }
            }
            (a, b) => {
                if value_key(&shown(a)) != value_key(&shown(b)) {
                    differ.push(both());
                }
            }
        }
    }
    let at_most_three = |mut said: Vec<String>| {
        if said.len() > 3 {
            let more = said.len() - 3;
            said.truncate(3);
            said.push(format!("{more} more"));
        }
        said
    };
    if !differ.is_empty() {
        Sheets::Differ(at_most_three(differ))
    } else if !coarse.is_empty() {
        Sheets::Coarse(at_most_three(coarse))
    } else {
        Sheets::Agree
    }
}

/// What two sheets that carry one identifier say of each other ([`contradictions`]), in the
/// order of how far they leave the two from being one item.
enum Sheets {
    Agree,
    /// Nothing differs for certain, and each of these figures lies within 5 % of the other or
    /// not only by where within its precision it lies.
    Coarse(Vec<String>),
    Differ(Vec<String>),
}

impl Sheets {
    fn standing(&self) -> u8 {
        match self {
            Sheets::Agree => 0,
            Sheets::Coarse(_) => 1,
            Sheets::Differ(_) => 2,
        }
    }

    /// As a reading of the two sheets is said ([`check::both_readings`]).
    fn said(&self) -> String {
        match self {
            Sheets::Agree => "their sheets agree".into(),
            Sheets::Coarse(c) => {
                format!("whether their sheets agree is not known: {}", c.join(", "))
            }
            Sheets::Differ(d) => format!("their sheets differ: {}", d.join(", ")),
        }
    }
}

/// [`contradictions`] of two sheets in every reading their files allow, as a pair rule weighs
/// them ([`apply_both_ways`]): where a figure reads two ways by its decimal point (`1.200 kg`:
/// 1.2 kg or 1200 kg) and the other way leaves the sheets otherwise, whether they agree is
/// unknown, with both readings and what to write (`Err`). A file reads all its points one way:
/// two items of one file are read the other way together, never one alone.
fn sheets_in_every_reading(catalogue: &Catalogue, x: &Item, y: &Item) -> Result<Sheets, String> {
    let as_read = contradictions(catalogue, x, y);
    fn other(item: &Item) -> Option<ReadOtherwise<'_>> {
        read_otherwise_all(item.properties.keys().map(String::as_str), item, false)
    }
    let (ox, oy) = (other(x), other(y));
    let together = x.file == y.file && ox.is_some() && oy.is_some();
    let figures = |f: Vec<[String; 3]>| crate::spec::OtherReading {
        figures: f,
        ..Default::default()
    };
    let mut readings: Vec<(Sheets, crate::spec::OtherReading)> = Vec::new();
    if let (false, Some((xo, _, f))) = (together, &ox) {
        readings.push((contradictions(catalogue, xo, y), figures(f.clone())));
    }
    if let (false, Some((yo, _, f))) = (together, &oy) {
        readings.push((contradictions(catalogue, x, yo), figures(f.clone())));
    }
    if let (Some((xo, _, fx)), Some((yo, _, fy))) = (&ox, &oy) {
        let both = fx.iter().chain(fy).cloned().collect();
        readings.push((contradictions(catalogue, xo, yo), figures(both)));
    }
    match readings
        .into_iter()
        .find(|(that_way, _)| that_way.standing() != as_read.standing())
    {
        Some((that_way, other)) => Err(check::both_readings(
            &other,
            "comparison",
            Some(&as_read.said()),
            Some(&that_way.said()),
        )),
        None => Ok(as_read),
    }
}

/// Whether two figures (in one unit) are more than 5 % of the larger apart, wherever within its
/// precision the coarser of the two lies (as a pair rule compares two figures, never within the
/// sum of their precisions); `None` where that decides it (`1.2 kg`, ±0.05 kg, and `1.13 kg`:
/// 5.8 % apart as written, 1.7 % at 1.15 kg). Not apart where the arithmetic overflows.
fn far_apart(a: &Scalar, b: &Scalar) -> Option<bool> {
    use crate::units::checked_abs;
    let (coarse, other) = if a.half_unit >= b.half_unit {
        (a, b)
    } else {
        (b, a)
    };
    let o = &other.value;
    let apart = |c: &Exact| -> Option<bool> {
        let larger = checked_abs(c)?.max(checked_abs(o)?);
        let gap = checked_abs(&c.checked_sub(o)?)?;
        Some(gap > larger.checked_div(&Exact::from_integer(20))?)
    };
    // the figures within 5 % of `o` are one span around it: the coarser figure's span is all
    // within it where both its ends are, and all outside it where neither end is and it does not
    // hold `o`
    let ends = || {
        let low = coarse.value.checked_sub(&coarse.half_unit)?;
        let high = coarse.value.checked_add(&coarse.half_unit)?;
        Some((apart(&low)?, apart(&high)?, low <= *o && *o <= high))
    };
    match ends() {
        None | Some((false, false, _)) => Some(false),
        Some((true, true, false)) => Some(true),
        Some(_) => None,
    }
}

/// Of what the rules `read`, what `x` and `y` state differently (or one states and the other
/// not), told with both values: `mlc_wheeled or mlc (70 and 96)`. Of a list of fallbacks, the
/// first each item states is compared, as a rule compares it; figures in one unit, within the
/// coarser precision. At most three, then how many more; and what each item states of those
/// three (`mlc 70`, `mlc_wheeled 96`; `mlc_wheeled or mlc not stated`).
/// `stated`: what the rules `read` of `x` and of `y`, each list of fallbacks in `read`'s order
/// ([`ReadOf`]).
fn stated_differently(
    x: &Item,
    y: &Item,
    read: &BTreeSet<Vec<&str>>,
    stated: (&[ReadOf], &[ReadOf]),
) -> (Vec<String>, Values) {
    fn first_of<'i>(item: &'i Item, names: &[&str]) -> Option<&'i ItemValue> {
        names
            .iter()
            .find_map(|&name| item.properties.get(name).map(|s| &s.value))
    }
    fn same(p: &ItemValue, q: &ItemValue) -> bool {
        match (figure(p), figure(q)) {
            (Some(p), Some(q)) => check::equal_within(p, q).unwrap_or(false),
            _ => value_key(&shown(p)) == value_key(&shown(q)),
        }
    }
    // [`same`] of two values read once per item: their keys made then
    let same_read =
        |p: &ReadOf, q: &ReadOf, (pv, qv): (&ItemValue, &ItemValue)| match (figure(pv), figure(qv))
        {
            (Some(pf), Some(qf)) => check::equal_within(pf, qf).unwrap_or(false),
            _ => p.key == q.key,
        };
    // a value alike as read, that reads otherwise by its decimal point (`1.200 kg`: 1.2 kg or
    // 1200 kg) where the other's does not read with it (another file's, or none): alike only
    // as read, and the figures that may be read apart
    let apart = |(p, q): (&Stated, &Stated)| -> Option<String> {
        fn points(s: &Stated) -> Option<(&ItemValue, &crate::spec::OtherReading)> {
            s.other
                .as_deref()
                .filter(|o| !o.zeros)
                .and_then(|o| Some((o.value.as_ref()?, o)))
        }
        let (op, oq) = (points(p), points(q));
        if op.is_some() && oq.is_some() && x.file == y.file {
            return None;
        }
        let readings = [
            op.map(|(v, _)| (v, &q.value)),
            oq.map(|(v, _)| (&p.value, v)),
            op.zip(oq).map(|((v, _), (w, _))| (v, w)),
        ];
        let read_apart = readings.into_iter().flatten().any(|(v, w)| !same(v, w));
        read_apart.then(|| {
            let mut may_be: Vec<String> = Vec::new();
            for [written, read, other] in op.into_iter().chain(oq).flat_map(|(_, o)| &o.figures) {
                let figure = format!("`{written}` may be {read} or {other}");
                if !may_be.contains(&figure) {
                    may_be.push(figure);
                }
            }
            let when = if op.is_some() && oq.is_some() {
                "if their two files read their points alike"
            } else {
                "as read"
            };
            format!("alike only {when}: {}", may_be.join(", "))
        })
    };
    let mut differ: Vec<(&Vec<&str>, Option<String>)> = read
        .iter()
        .zip(stated.0.iter().zip(stated.1))
        .filter_map(|(names, (p, q))| match (p.stated, q.stated) {
            (None, None) => None,
            (Some(ps), Some(qs)) if same_read(p, q, (&ps.value, &qs.value)) => {
                apart((ps, qs)).map(|why| (names, Some(why)))
            }
            _ => Some((names, None)),
        })
        .collect();
    let more = differ.len().saturating_sub(3);
    differ.truncate(3);
    // (each value as a reason quotes it: a long list by its first entries)
    let quote = |item: &Item, names: &[&str]| {
        first_of(item, names).map(|v| quoted(&shown(v), v).into_owned())
    };
    let mut said: Vec<String> = differ
        .iter()
        .map(|(names, apart)| {
            let told = |item| quote(item, names).unwrap_or_else(|| "not stated".into());
            let apart = apart.as_ref().map(|a| format!(", {a}")).unwrap_or_default();
            format!(
                "{} ({} and {}{apart})",
                names.join(" or "),
                told(x),
                told(y)
            )
        })
        .collect();
    if more > 0 {
        said.push(format!("{more} more"));
    }
    // (a value two fallback lists both read, `mlc 70` of `mlc_tracked or mlc` and of
    // `mlc_wheeled or mlc`, once)
    let values = |item: &Item| {
        let mut each: Vec<String> = Vec::new();
        for (names, _) in &differ {
            let value = named(item, names.iter().copied())
                .unwrap_or_else(|| format!("{} not stated", names.join(" or ")));
            if !each.contains(&value) {
                each.push(value);
            }
        }
        (!each.is_empty()).then(|| each.join("; "))
    };
    (said, (values(x), values(y)))
}

/// What the rules read of an item by one list of fallbacks (`mlc_wheeled`, else `mlc`): the first
/// it states, and that value as [`stated_differently`] compares it where it is not a figure (the
/// `value_key` of what is [`shown`]). Made once per item: two items of one kind are compared by
/// it for every pair.
struct ReadOf<'i> {
    stated: Option<&'i Stated>,
    key: Option<String>,
}

impl<'i> ReadOf<'i> {
    fn of(item: &'i Item, names: &[&str]) -> ReadOf<'i> {
        let stated = names.iter().find_map(|&name| item.properties.get(name));
        ReadOf {
            stated,
            key: stated.map(|s| value_key(&shown(&s.value))),
        }
    }
}

/// A stated value as a reason shows it: as written, and a word read from a figure in another
/// unit as a verdict shows it (`762 mm (= 30 in)`).
fn told(stated: &Stated) -> String {
    stated
        .as_read()
        .map_or_else(|| shown(&stated.value), str::to_string)
}

fn shown(value: &ItemValue) -> String {
    match value {
        ItemValue::Figures(f) => f
            .first()
            .map(|m| m.scalar.written.to_string())
            .unwrap_or_default(),
        ItemValue::Word(w) => w.clone(),
        ItemValue::List(l) => l.join(", "),
        ItemValue::Flag(b) => b.to_string(),
    }
}

/// [`shown`] of `value` beside `other`, the figure it is told after: where the two are written
/// in different units, in `other`'s too, so that how far apart they are shows (`4000 bar =
/// 58015 psi` after `62000 psi`), to the digits its precision warrants there.
fn shown_beside(
    catalogue: &Catalogue,
    property: &str,
    value: &ItemValue,
    other: &ItemValue,
) -> String {
    let written = shown(value);
    let unit = match catalogue.dictionary.property(property).map(|p| &p.ty) {
        Some(crate::dictionary::PropertyType::Quantity(unit)) => unit.symbol,
        _ => return written,
    };
    let (Some(v), Some(o)) = (figure(value), figure(other)) else {
        return written;
    };
    match check::in_unit_of(v, &o.written, unit, None) {
        Some((x, symbol)) if !check::written_in(&v.written, symbol) => {
            format!("{written} = {x} {symbol}")
        }
        _ => written,
    }
}

fn words(value: &ItemValue) -> Vec<&str> {
    match value {
        ItemValue::Word(w) => vec![w.as_str()],
        ItemValue::List(l) => l.iter().map(String::as_str).collect(),
        _ => Vec::new(),
    }
}

fn figure(value: &ItemValue) -> Option<&Scalar> {
    match value {
        ItemValue::Figures(f) => f.first().map(|m| &m.scalar),
        _ => None,
    }
}

/// What a rule makes of two items.
enum Applied<'r> {
    /// A `when` condition excludes the pair, or an `unless` exception excuses an item that does
    /// not state what the rule compares.
    Excluded,
    /// The rule is optional and an item does not state what it needs: no answer for this pair,
    /// and an unknown one to a third item (it never tells two items apart).
    Unstated,
    /// As [`Applied::Unstated`], of a limit the other item states (a rifle's maximum cartridge
    /// length, a round of no stated length): a warning for the pair when other rules relate it.
    Unchecked(Reason),
    /// The rule's answer, and whether it is a pass that holds whatever a condition an item
    /// leaves unstated says; of an answer left unknown by such a condition, the failure it
    /// would be if the rule applied ([`whichever_fails`] makes it the answer where every rule
    /// of the item's possible values fails).
    Judged {
        reason: Reason,
        rests_on_unstated: bool,
        if_applies: Option<IfApplies<'r>>,
    },
}

/// A rule left unknown because one item does not state what decides whether it applies (its
/// `when`), which would fail if it did: the item (the rule's `a` side or not), the condition,
/// and the failure.
struct IfApplies<'r> {
    on_a: bool,
    condition: &'r Condition,
    failure: Reason,
}

/// How a rule's answer leaves a pair: one that does not apply, or asks nothing the items state,
/// or passes (a warning too), leaves it usable alike; one that fails, one left unknown, and one
/// left unknown that would fail if it applied ([`IfApplies`]) each otherwise.
fn standing(applied: &Applied) -> u8 {
    match applied {
        Applied::Excluded | Applied::Unstated | Applied::Unchecked(_) => 0,
        Applied::Judged {
            if_applies: Some(_),
            ..
        } => 3,
        Applied::Judged { reason, .. } => match reason.verdict {
            RuleVerdict::Pass | RuleVerdict::Warning => 0,
            RuleVerdict::Unknown => 1,
            RuleVerdict::Fail => 2,
        },
    }
}

/// What a rule's answer says, as a reading of a figure is told by it; `None` where the rule
/// asks nothing of the pair.
fn said(applied: &Applied) -> Option<String> {
    match applied {
        Applied::Excluded | Applied::Unstated => None,
        Applied::Unchecked(reason) | Applied::Judged { reason, .. } => Some(reason.message.clone()),
    }
}

/// An item with figures read the other way ([`read_otherwise_all`]): the item so read, the
/// properties, and the figures (as written, as read, the other way).
type ReadOtherwise<'a> = (Item, Vec<&'a str>, Vec<[String; 3]>);

/// What a rule weighs of the item on its `a` side (`a_side`) or its `b` side: the properties it
/// compares, and those its condition and exception ask.
fn weighed(rule: &PairRule, a_side: bool) -> impl Iterator<Item = &str> + Clone + '_ {
    let (properties, when, unless) = if a_side {
        (&rule.a_property, &rule.when_a, &rule.unless_a)
    } else {
        (&rule.b_property, &rule.when_b, &rule.unless_b)
    };
    properties
        .iter()
        .map(String::as_str)
        .chain(when.iter().chain(unless).map(|c| c.property.as_str()))
}

/// The item with every figure of the `weighed` properties that reads two ways by its decimal
/// point (`1.400 t`: 1.4 t or 1400 t) read the other way, as a file that groups thousands with
/// points reads them all, and those figures (as written, as read, the other way); with
/// `zeros`, those whose trailing zeros are not significant instead. `None` where it has none.
fn read_otherwise_all<'a>(
    weighed: impl Iterator<Item = &'a str> + Clone + 'a,
    item: &'a Item,
    zeros: bool,
) -> Option<ReadOtherwise<'a>> {
    let mut all: Option<Item> = None;
    let mut properties = Vec::new();
    let mut figures = Vec::new();
    for (property, otherwise, other) in check::read_otherwise_of(weighed, item) {
        if other.zeros != zeros {
            continue;
        }
        let read = otherwise.properties.get(property).cloned();
        let all = all.get_or_insert_with(|| item.clone());
        if let Some(read) = read {
            all.properties.insert(property.to_string(), read);
        }
        properties.push(property);
        figures.extend(other.figures.iter().cloned());
    }
    all.map(|all| (all, properties, figures))
}

/// Whether the item's own check judged `property` and every requirement that did passed it
/// plainly (not only within its precision): a whole number's trailing zeros the check weighed
/// both ways to one answer, which reads the figure as written ([`check::readings_differ`]).
fn settled_by_check(checked: &ItemOutcome, property: &str) -> bool {
    let mut judged = checked
        .results
        .iter()
        .filter(|o| &*o.citation.property == property && o.verdict != check::Verdict::NotApplicable)
        .peekable();
    judged.peek().is_some()
        && judged.all(|o| o.verdict == check::Verdict::Pass && !o.within_precision)
}

/// A rule's answer ([`apply`]); where a figure it weighs of either item reads two ways
/// (`55.800 kg`: 55.8 kg, or 55800 kg with a thousands point) and the other way leaves the pair
/// otherwise (the rule then fails, or passes, or applies), unknown, with both readings and what
/// to write, as a requirement so read is not comparable; and whether it is so unknown. A file
/// reads all its points one way: two items of one file that each state such a figure are read
/// the other way together, never one alone (a rack's `1.500 t` and a store's `1.400 t` on one
/// sheet are 1.5 t and 1.4 t, or 1500 t and 1400 t); of two files, each alone and both.
fn apply_both_ways<'r>(
    rule: &'r PairRule,
    (x, x_checked): (&Item, &ItemOutcome),
    (y, y_checked): (&Item, &ItemOutcome),
) -> (Applied<'r>, bool) {
    let applied = apply(rule, x, y);
    // (a figure whose trailing zeros the item's own check weighed both ways, to one plain pass,
    // is read as that check read it, as written: `1,450 lb` meets MIL-STD-2088's ≤ 1450 lb
    // whichever way, and is not read in a pair as a rating that may be 1455 lb, beyond the
    // standard it was passed against; one the check does not judge, or judges otherwise, is
    // weighed both ways here as there)
    let unsettled = |checked: &ItemOutcome, property: &str, other: &crate::spec::OtherReading| {
        !other.zeros || !settled_by_check(checked, property)
    };
    // (most items state no such figure: looked up without a copy of either)
    let reads_two_ways = |item: &Item, a_side: bool| {
        weighed(rule, a_side).any(|p| {
            let other = item.properties.get(p).and_then(|s| s.other.as_deref());
            other.is_some_and(|o| o.value.is_some())
        })
    };
    if !reads_two_ways(x, true) && !reads_two_ways(y, false) {
        return (applied, false);
    }
    let points = |item: &Item, a_side: bool| {
        check::read_otherwise_of(weighed(rule, a_side), item).any(|(_, _, other)| !other.zeros)
    };
    // (a point of one file is not read two ways at once)
    let together = x.file == y.file && points(x, true) && points(y, false);
    let alone = |other: &crate::spec::OtherReading| other.zeros || !together;
    let on_a = check::read_otherwise_of(weighed(rule, true), x)
        .filter(|(property, _, other)| alone(other) && unsettled(x_checked, property, other))
        .map(|(property, otherwise, other)| {
            let that_way = apply(rule, &otherwise, y);
            (
                format!("{} {property}", x.id),
                that_way,
                Cow::Borrowed(other),
            )
        });
    let on_b = check::read_otherwise_of(weighed(rule, false), y)
        .filter(|(property, _, other)| alone(other) && unsettled(y_checked, property, other))
        .map(|(property, otherwise, other)| {
            let that_way = apply(rule, x, &otherwise);
            (
                format!("{} {property}", y.id),
                that_way,
                Cow::Borrowed(other),
            )
        });
    // both items' points read the other way (of one file, the only other way)
    let both = || {
        let (xa, pa, fa) = read_otherwise_all(weighed(rule, true), x, false)?;
        let (ya, pb, fb) = read_otherwise_all(weighed(rule, false), y, false)?;
        let that_way = apply(rule, &xa, &ya);
        let other = crate::spec::OtherReading {
            figures: fa.into_iter().chain(fb).collect(),
            ..Default::default()
        };
        Some((
            format!(
                "{} {} and {} {}",
                x.id,
                pa.join(" and "),
                y.id,
                pb.join(" and ")
            ),
            that_way,
            Cow::Owned(other),
        ))
    };
    for (who, that_way, other) in on_a.chain(on_b).chain(std::iter::once_with(both).flatten()) {
        // (a whole number's trailing zeros read as not significant: only a fail one way and a
        // pass or warning the other, as a requirement's, [`check::readings_differ`])
        let differs = if other.zeros {
            let verdict = |a: &Applied| match a {
                Applied::Judged {
                    reason,
                    if_applies: None,
                    ..
                } => Some(reason.verdict),
                _ => None,
            };
            let passes = |v| matches!(v, Some(RuleVerdict::Pass | RuleVerdict::Warning));
            let fails = |v| v == Some(RuleVerdict::Fail);
            let (a, b) = (verdict(&applied), verdict(&that_way));
            (fails(a) && passes(b)) || (passes(a) && fails(b))
        } else {
            standing(&that_way) != standing(&applied)
        };
        if !differs {
            continue;
        }
        let message = check::both_readings(
            &other,
            "rule",
            said(&applied).as_deref(),
            said(&that_way).as_deref(),
        );
        let mut reason = base_reason(rule);
        (reason.a_value, reason.b_value) = values(rule, x, y);
        reason.message = format!("{who} {message}");
        return (
            Applied::Judged {
                reason,
                rests_on_unstated: false,
                if_applies: None,
            },
            true,
        );
    }
    (applied, false)
}

/// A rule's reason before it is judged: unknown, with the rule's source and confidence.
fn base_reason(rule: &PairRule) -> Reason {
    Reason {
        rule: rule.id.clone(),
        title: rule.title.clone(),
        verdict: RuleVerdict::Unknown,
        a_value: None,
        b_value: None,
        message: String::new(),
        source: rule.source.clone(),
        confidence: rule.confidence,
        severity: rule.severity,
    }
}

/// What `x` (the rule's `a` side) and `y` state of what the rule compares, as a reason quotes it.
fn values(rule: &PairRule, x: &Item, y: &Item) -> (Option<String>, Option<String>) {
    let quote = |(_, s): (&str, &Stated)| quoted(&told(s), &s.value).into_owned();
    (
        stated(x, &rule.a_property).map(quote),
        stated(y, &rule.b_property).map(quote),
    )
}

/// Applies a rule with `x` as its `a` side and `y` as its `b` side.
fn apply<'r>(rule: &'r PairRule, x: &Item, y: &Item) -> Applied<'r> {
    // an item an exception excuses is not subject to the rule; one that leaves the exception's
    // property unstated is. An item that states what the rule compares is held to it, whatever
    // the exception: a machine gun chambered for 12.7x99mm that also states its bore is judged
    // by its chambering, where a howitzer, which states no cartridge, is excused.
    let sides = [
        (x, &rule.unless_a, &rule.a_property),
        (y, &rule.unless_b, &rule.b_property),
    ];
    for (item, unless, compared) in sides {
        if let Some(condition) = unless {
            let excused = check::condition_holds(item, condition) == Some(true);
            if excused && stated(item, compared).is_none() {
                return Applied::Excluded;
            }
        }
    }
    // an item that does not state what decides whether the rule applies leaves the pair
    // unknown (a vehicle of MLC 70 of unstated running gear and a class 40 bridge), unless the
    // rule is optional or its test passes (below)
    let mut undecided = Vec::new();
    let mut whatever = Vec::new();
    let mut unstated = Vec::new();
    for (on_a, item, when) in [(true, x, &rule.when_a), (false, y, &rule.when_b)] {
        if let Some(condition) = when {
            match check::condition_holds(item, condition) {
                Some(true) => {}
                Some(false) => return Applied::Excluded,
                None if rule.optional => return Applied::Unstated,
                None => {
                    unstated.push((on_a, condition));
                    undecided.push(format!(
                        "{} does not state {}, which decides whether the rule applies (when {condition})",
                        item.id, condition.property
                    ));
                    whatever.push(format!(
                        "whatever {} states of {} (the rule is for when {condition})",
                        item.id, condition.property
                    ));
                }
            }
        }
    }
    let mut reason = base_reason(rule);
    let a = stated(x, &rule.a_property);
    let b = stated(y, &rule.b_property);
    (reason.a_value, reason.b_value) = values(rule, x, y);
    if !undecided.is_empty() {
        // a rule whose test passes cannot fail, whether it applies or not: a vehicle of MLC 30
        // of unstated running gear crosses a class 40 bridge by the tracked rule and by the
        // wheeled one. One that would fail may still not apply: that stays unknown.
        if let (Some((a_name, a)), Some((b_name, b))) = (a, b) {
            let mut tried = reason.clone();
            let (verdict, message) = judge(rule, (x, a_name, a), (y, b_name, b), &mut tried);
            if matches!(verdict, RuleVerdict::Pass | RuleVerdict::Warning) {
                tried.verdict = verdict;
                tried.message = with_notes(format!("{message}, {}", whatever.join(" and ")), a, b);
                return Applied::Judged {
                    reason: tried,
                    rests_on_unstated: true,
                    if_applies: None,
                };
            }
            // (one that would fail, of one item's one unstated condition: the pair fails it
            // whatever the item states where the rules of its other values fail too)
            if let ([(on_a, condition)], RuleVerdict::Fail) = (&unstated[..], verdict) {
                tried.verdict = verdict;
                tried.message = with_notes(message, a, b);
                reason.message = undecided.join("; ");
                return Applied::Judged {
                    reason,
                    rests_on_unstated: false,
                    if_applies: Some(IfApplies {
                        on_a: *on_a,
                        condition,
                        failure: tried,
                    }),
                };
            }
        }
        reason.message = undecided.join("; ");
        return Applied::Judged {
            reason,
            rests_on_unstated: false,
            if_applies: None,
        };
    }
    let (Some((a_name, a)), Some((b_name, b))) = (a, b) else {
        // an item that states a limit another does not give the figure for (a rifle's maximum
        // cartridge length, a round of no stated length): the pair holds as far as the other
        // rules go, and that this one is not checked is a warning
        if let (true, PairTest::AtMost, None, Some((b_name, b))) = (rule.optional, rule.test, a, b)
        {
            reason.verdict = RuleVerdict::Warning;
            reason.message = format!(
                "not checked: {} does not state {}, and {} {b_name} is {}",
                x.id,
                rule.a_property.join(" or "),
                y.id,
                told(b)
            );
            return Applied::Unchecked(reason);
        }
        if rule.optional {
            return Applied::Unstated;
        }
        let lacking: Vec<String> = [
            (x, a.is_none(), &rule.a_property),
            (y, b.is_none(), &rule.b_property),
        ]
        .into_iter()
        .filter(|(_, missing, _)| *missing)
        .map(|(item, _, names)| format!("{} does not state {}", item.id, names.join(" or ")))
        .collect();
        reason.message = lacking.join("; ");
        return Applied::Judged {
            reason,
            rests_on_unstated: false,
            if_applies: None,
        };
    };
    let (verdict, message) = judge(rule, (x, a_name, a), (y, b_name, b), &mut reason);
    reason.verdict = verdict;
    reason.message = with_notes(message, a, b);
    Applied::Judged {
        reason,
        rests_on_unstated: false,
        if_applies: None,
    }
}

type Side<'a> = (&'a Item, &'a str, &'a Stated);

/// A reason's message with why a figure near one its property reads as its nominal was not
/// read so (`27.5 V` of a 28 V bus), as a verdict's note says it.
/// (Two figures near the bus alike, `27.5 V` on both sides, are told of once.)
fn with_notes(message: String, a: &Stated, b: &Stated) -> String {
    match (a.nominal_missed(), b.nominal_missed()) {
        (Some(p), Some(q)) if p == q => format!("{message}. {p}"),
        (p, q) => p
            .into_iter()
            .chain(q)
            .fold(message, |message, note| format!("{message}. {note}")),
    }
}

fn judge(
    rule: &PairRule,
    (x, a_name, a): Side,
    (y, b_name, b): Side,
    reason: &mut Reason,
) -> (RuleVerdict, String) {
    // the values in full, compared; quoted as written, in messages
    // (as written only where a word was read from a figure: most values are shown once)
    let (ra, rb) = (a.as_read(), b.as_read());
    let a_nominal = a.as_nominal();
    // a figure read as the nominal one it stands for (`28 V DC` as 24 V): the answer rests on
    // that reading too, its source beside the rule's and its confidence if that is lower
    for (text, confidence) in [a, b]
        .into_iter()
        .filter_map(|s| s.read.as_ref()?.source.as_ref())
    {
        if !reason.source.contains(&**text) {
            reason.source = format!("{}; {text}", reason.source).into();
        }
        reason.confidence = reason.confidence.max(*confidence);
    }
    let (a, b) = (&a.value, &b.value);
    let (fa, fb) = (shown(a), shown(b));
    let (av, bv) = (quoted(ra.unwrap_or(&fa), a), quoted(rb.unwrap_or(&fb), b));
    let case = |ca: &str, cb: &str| {
        let (ka, kb) = (value_key(ca), value_key(cb));
        rule.case_at
            .get(&(ka, kb))
            .and_then(|&at| rule.cases.get(at))
    };
    let mut from_case = |c: &crate::catalogue::PairCase| {
        if let Some(source) = &c.source {
            reason.source = source.clone();
        }
        if let Some(confidence) = c.confidence {
            reason.confidence = confidence;
        }
        let verdict = match (c.level, c.warning) {
            (CaseLevel::Incompatible, _) => RuleVerdict::Fail,
            // (no public source gives the fit: the case's reason says so, and what to check)
            (CaseLevel::Unknown, _) => RuleVerdict::Unknown,
            (CaseLevel::Compatible, true) => RuleVerdict::Warning,
            (CaseLevel::Compatible, false) => RuleVerdict::Pass,
        };
        (verdict, c.reason.clone())
    };
    // a figure of `a`, held in its property's unit, in the unit of `b`'s (the rule compares them
    // in one), and told as compared with `b`'s figure (`2.2599 in (= 57.401 mm)`)
    let b_unit = rule.units.get(b_name).map_or("", |u| u.symbol);
    let in_b_unit = |p: &Scalar| in_unit_of(rule, (a_name, b_name), p);
    // (a figure read as its nominal as read: `28 V DC (read as 24 V, a MIL-STD-1275 bus: the
    // 24 V nominal battery system)`)
    let against = |p: &Scalar, q: &Scalar| match a_nominal {
        Some(read) => read.to_string(),
        None => check::value_against(p, &q.written, b_unit),
    };
    // (how far apart, to the digits `p`'s precision warrants as it is shown beside `q`:
    // `2.2602 in (= 57.409 mm)` exceeds `57.40 mm` by 0.009 mm)
    let apart = |p: &Scalar, q: &Scalar| {
        let by = crate::units::checked_abs(&p.value.checked_sub(&q.value)?)?;
        Some(check::amount_in(
            &by,
            Some(&p.half_unit),
            &q.written,
            b_unit,
        ))
    };
    match rule.test {
        PairTest::Equal => {
            // figures that differ yet are the same within the precision one is quoted to
            let mut coarser = None;
            let mut compared = None;
            // equal only within a precision that decides nothing (`0.02 kV` and `24.0 V`)
            let mut too_coarse = false;
            let equal = match (figure(a).and_then(in_b_unit), figure(b)) {
                (Some(p), Some(q)) => {
                    let equal = check::equal_within(&p, q).unwrap_or(false);
                    if equal && p.value != q.value {
                        let (coarse, finer) = if p.half_unit >= q.half_unit {
                            (&p, q)
                        } else {
                            (q, &p)
                        };
                        too_coarse = crate::units::coarser_than(
                            &coarse.half_unit,
                            &finer.value,
                            b_unit,
                            MATCH_PRECISION,
                        );
                        coarser = Some(if p.half_unit >= q.half_unit { &av } else { &bv });
                    }
                    compared = Some((against(&p, q), apart(&p, q)));
                    equal
                }
                _ => match (a, b) {
                    (ItemValue::Flag(p), ItemValue::Flag(q)) => p == q,
                    _ => value_key(&fa) == value_key(&fb),
                },
            };
            let a_told = compared
                .as_ref()
                .map_or(av.as_ref(), |(told, _)| told.as_str());
            // (two figures that must match are often designations, `24 V` against `24.3 V` or
            // `20 ft` against `6058 mm`: they are met within a precision of up to 5 %)
            if let Some(coarser) = coarser.filter(|_| too_coarse) {
                (
                    RuleVerdict::Unknown,
                    quoted_too_coarsely(coarser, &x.id, a_name, &y.id, b_name, &av, &bv),
                )
            } else if equal {
                (
                    RuleVerdict::Pass,
                    format!(
                        "{} {a_name} {a_told} = {} {b_name} {bv}{}",
                        x.id,
                        y.id,
                        coarser
                            .map(|c| format!(", within the precision {c} is quoted to"))
                            .unwrap_or_default()
                    ),
                )
            } else if let Some(c) = case(&fa, &fb) {
                from_case(c)
            } else {
                let off = match compared.as_ref().and_then(|(_, off)| off.as_ref()) {
                    Some(off) => format!(", {off} apart"),
                    None => String::new(),
                };
                (
                    RuleVerdict::Fail,
                    format!(
                        "{} {a_name} is {a_told}; {} {b_name} is {bv}{off}",
                        x.id, y.id
                    ),
                )
            }
        }
        PairTest::Table => {
            let found: Vec<_> = words(a).into_iter().filter_map(|w| case(w, &fb)).collect();
            // (of a list's values, the best case decides: a fit known over one unknown, that
            // over a known misfit; of equals, the first)
            match found.iter().min_by_key(|c| std::cmp::Reverse(c.level)) {
                Some(c) => from_case(c),
                // a value the list names only as `other` is none the table can know a fit of
                None if [a, b].into_iter().any(|v| words(v).contains(&"other")) => (
                    RuleVerdict::Unknown,
                    format!(
                        "{} {a_name} {av} and {} {b_name} {bv}: the catalogue knows no fit for \
                         `other`; check the items' drawings",
                        x.id, y.id
                    ),
                ),
                None => (
                    RuleVerdict::Fail,
                    format!(
                        "no known fit between {} {a_name} {av} and {} {b_name} {bv}",
                        x.id, y.id
                    ),
                ),
            }
        }
        PairTest::AtMost => match (figure(a).and_then(in_b_unit), figure(b)) {
            (Some(fa), Some(fb)) => match check::at_most_stated(&fa, fb) {
                Some(check::Side::Inside) => {
                    // written inside, with a precision so coarse that it reaches beyond: it
                    // fits as written, and that is said (not of a figure equal to the limit)
                    let (coarser, coarse, finer) = if fb.half_unit > fa.half_unit {
                        (&bv, fb, &fa)
                    } else {
                        (&av, &fa, fb)
                    };
                    let reaches = fa.value != fb.value
                        && fb
                            .value
                            .checked_sub(&fa.value)
                            .is_some_and(|room| room < coarse.half_unit)
                        && crate::units::too_coarse(&coarse.half_unit, &finer.value, b_unit);
                    (
                        RuleVerdict::Pass,
                        format!(
                            "{} {a_name} {} ≤ {} {b_name} {bv}{}",
                            x.id,
                            against(&fa, fb),
                            y.id,
                            if reaches {
                                format!(
                                    " as written, though {coarser} is quoted too coarsely to be sure"
                                )
                            } else {
                                String::new()
                            }
                        ),
                    )
                }
                Some(check::Side::WithinPrecision) => {
                    let (coarser, coarse, finer) = if fb.half_unit > fa.half_unit {
                        (&bv, fb, &fa)
                    } else {
                        (&av, &fa, fb)
                    };
                    if crate::units::too_coarse(&coarse.half_unit, &finer.value, b_unit) {
                        (
                            RuleVerdict::Unknown,
                            quoted_too_coarsely(coarser, &x.id, a_name, &y.id, b_name, &av, &bv),
                        )
                    } else {
                        // written beyond the limit, and within it only by a precision: it may
                        // or may not fit, which is a warning
                        (
                            RuleVerdict::Warning,
                            format!(
                                "{} {a_name} {} > {} {b_name} {bv}, but only within the precision {coarser} is quoted to",
                                x.id,
                                against(&fa, fb),
                                y.id,
                            ),
                        )
                    }
                }
                Some(_) => {
                    // (and a figure that exceeds only as its comma was read, grouping
                    // thousands, says what to write if it is a decimal comma, as a
                    // requirement's failure does)
                    let exceeds = format!(
                        "{} {a_name} {} exceeds {} {b_name} {bv}{}{}",
                        x.id,
                        against(&fa, fb),
                        y.id,
                        apart(&fa, fb)
                            .map(|by| format!(" by {by}"))
                            .unwrap_or_default(),
                        check::decimal_comma_hint(&fa, fb, b_unit).unwrap_or_default()
                    );
                    // one figure the other's conversion, rounded (`71.10 mm` of `2.800 in`):
                    // they may be one nominal, which is a warning (the item whose figure is
                    // the rounding is the one whose drawing says)
                    let rounding = rounded_across(&fa, fb, b_unit)
                        .map(|said| (said, y))
                        .or_else(|| rounded_across(fb, &fa, b_unit).map(|said| (said, x)));
                    match rounding {
                        Some(((rounded, converted, to), item)) => (
                            RuleVerdict::Warning,
                            format!(
                                "{exceeds}, but {converted}, which rounds to {to}: {}'s {rounded} \
                                 may be that rounding of the same nominal; check the {}'s drawing",
                                item.id, item.kind
                            ),
                        ),
                        None => (RuleVerdict::Fail, exceeds),
                    }
                }
                None => (
                    RuleVerdict::Unknown,
                    format!("{av} and {bv} are too large to compare exactly"),
                ),
            },
            _ => (
                RuleVerdict::Unknown,
                format!("{av} and {bv} are not figures"),
            ),
        },
        PairTest::Includes => {
            let wanted = value_key(&fb);
            if words(a)
                .iter()
                .any(|w| value_key_chars(w).eq(wanted.chars()))
            {
                (
                    RuleVerdict::Pass,
                    format!("{} {a_name} [{av}] includes {bv}", x.id),
                )
            } else {
                (
                    RuleVerdict::Fail,
                    format!(
                        "{} {a_name} [{av}] does not include {} {b_name} {bv}",
                        x.id, y.id
                    ),
                )
            }
        }
        PairTest::Overlap => {
            let theirs: BTreeSet<String> = crate::set_of(words(b).into_iter().map(value_key));
            // one key buffer for all of ours
            let mut key = String::new();
            let shared: Vec<&str> = words(a)
                .into_iter()
                .filter(|w| {
                    key.clear();
                    key.extend(value_key_chars(w));
                    theirs.contains(&key)
                })
                .collect();
            if shared.is_empty() {
                (
                    RuleVerdict::Fail,
                    format!("{} [{av}] and {} [{bv}] share no {a_name}", x.id, y.id),
                )
            } else {
                (
                    RuleVerdict::Pass,
                    format!(
                        "both implement {}",
                        listed(shared.iter().copied(), shared.len())
                    ),
                )
            }
        }
        PairTest::Lower => match lower_of(rule, (a_name, a), (b_name, b)) {
            Some((_, lower)) => (
                RuleVerdict::Pass,
                format!(
                    "{} declares {av}, {} declares {bv}: usable up to {a_name} {lower}",
                    x.id, y.id
                ),
            ),
            None => (
                RuleVerdict::Unknown,
                format!("{av} and {bv} are not levels"),
            ),
        },
        PairTest::Implies => match (a, b) {
            (ItemValue::Flag(false), _) => (
                RuleVerdict::Pass,
                format!("{} {a_name} is false: nothing required", x.id),
            ),
            (ItemValue::Flag(true), ItemValue::Flag(true)) => (
                RuleVerdict::Pass,
                format!("{} {a_name} and {} {b_name} are both true", x.id, y.id),
            ),
            _ => (
                RuleVerdict::Fail,
                format!("{} {a_name} is true but {} {b_name} is {bv}", x.id, y.id),
            ),
        },
    }
}

/// A figure of the rule's `a` side, held in the unit of its property (`names.0`), in the unit of
/// the `b` side's (`names.1`): the rule compares them in one. `None` where it overflows.
fn in_unit_of(rule: &PairRule, (a_name, b_name): (&str, &str), p: &Scalar) -> Option<Scalar> {
    match (rule.units.get(a_name), rule.units.get(b_name)) {
        (Some(ua), Some(ub)) if ua.symbol != ub.symbol => Some(Scalar {
            value: ua.convert(&p.value, ub)?,
            half_unit: ua.convert_span(&p.half_unit, ub)?,
            written: p.written.clone(),
        }),
        _ => Some(p.clone()),
    }
}

/// Whether `rounded`, a figure written in a unit of one system (`71.10 mm`), is the conversion
/// of `source`, written in one of the other (`2.800 in`, 71.12 mm), rounded one digit coarser
/// than it is written to (71.1 mm) and written with a trailing zero: the same nominal, maybe,
/// rounded by a hand that converted it. Only where `rounded` is written to no coarser a
/// precision than `source` (the rounding drops at most one digit more: `57.40 mm` is no
/// rounding of `2.2602 in`), with a decimal left (`1020 kg` may be a round figure), and the two
/// differ by less than that coarser rounding's half-step. Both are held in `unit`. `Some` of
/// `rounded` as written, the conversion (`2.800 in is 71.12 mm`) and its rounding (`71.1 mm`).
fn rounded_across(source: &Scalar, rounded: &Scalar, unit: &str) -> Option<(Text, String, String)> {
    let canonical = crate::units::Unit::find(unit)?;
    let written = |s: &Scalar| crate::units::parse_written(&s.written).ok();
    let from = written(source)?.unit?;
    let read = written(rounded)?;
    let to = read.unit?;
    if from.is_customary() == to.is_customary() {
        return None;
    }
    let (value, half) = (read.number.value, read.number.half_unit);
    let ten = Exact::from_integer(10);
    let coarse_half = half.checked_mul(&ten)?;
    let step = coarse_half.checked_mul(&Exact::from_integer(2))?;
    let converted = canonical.convert(&source.value, to)?;
    let source_half = canonical.convert_span(&source.half_unit, to)?;
    let off = crate::units::checked_abs(&converted.checked_sub(&value)?)?;
    let on_step = value.checked_div(&step)?.is_integer();
    if !(step < Exact::from_integer(1) && on_step && half <= source_half && off < coarse_half) {
        return None;
    }
    // the decimals of the coarser rounding (0.1 mm: one), and one more of the conversion
    let decimals = (1..=12u32).find(|&d| {
        step.checked_mul(&Exact::from_integer(10i128.pow(d)))
            .is_some_and(|scaled| scaled >= Exact::from_integer(1))
    })?;
    let symbol = to.symbol;
    Some((
        rounded.written.clone(),
        format!(
            "{} is {} {symbol}",
            source.written,
            crate::units::format_exact(&converted, decimals + 1)
        ),
        format!("{} {symbol}", crate::units::format_exact(&value, decimals)),
    ))
}

/// The level a `lower` rule finds two items usable up to: the lower of their two figures, its
/// value in the unit of the rule's `b` side, and as written. `None` where either is no figure.
fn lower_of(
    rule: &PairRule,
    (a_name, a): (&str, &ItemValue),
    (b_name, b): (&str, &ItemValue),
) -> Option<(Exact, Text)> {
    let (fa, fb) = (in_unit_of(rule, (a_name, b_name), figure(a)?)?, figure(b)?);
    Some(if fa.value <= fb.value {
        (fa.value, fa.written)
    } else {
        (fb.value, fb.written.clone())
    })
}

/// Two figures that must match, met within the coarser one's precision, are judged by it up to
/// this share of the other figure (1/20, 5 %): they are often designations quoted coarsely
/// (`24 V`, `20 ft`), where a figure against a limit is judged by 1 %.
const MATCH_PRECISION: i128 = 20;

/// Why two figures that meet only within the precision of the coarser are not judged: that
/// precision is more than 1 % of the other figure ([`check::too_coarse`]), or, of two that must
/// match, 5 %.
fn quoted_too_coarsely(
    coarser: &str,
    x: &str,
    a_name: &str,
    y: &str,
    b_name: &str,
    av: &str,
    bv: &str,
) -> String {
    format!(
        "{x} {a_name} {av} and {y} {b_name} {bv} cannot be compared: {coarser} is quoted too coarsely for the other figure"
    )
}

/// The standards that define an item's interfaces (those with a kind, not the catalogue-wide
/// ones such as the NSN format), with the item's status against each. A standard listed though
/// nothing of it applies to the item (STANAG 2021 for a light trailer, whose class is judged
/// only where one is stated) makes no interface: two light trailers are not interchangeable by
/// a standard that asks them nothing.
fn interface_standards<'a>(
    catalogue: &'a Catalogue,
    outcome: &ItemOutcome,
) -> BTreeMap<&'a str, Status> {
    outcome
        .standards
        .iter()
        .filter_map(|s| {
            let standard = catalogue.standard(&s.standard)?;
            let general = standard.kinds.iter().any(|k| k == "*");
            let applies = outcome.results.iter().any(|o| {
                o.citation.standard == standard.id && o.verdict != check::Verdict::NotApplicable
            });
            (!general && applies).then_some((&*standard.id, s.status))
        })
        .collect()
}

/// What an item gave where its interface standards name the values allowed (one of, equals) in
/// a mandatory requirement, by requirement, sorted: which named value it is, or else the value as
/// written. Two fuels that each meet STANAG 1135's list of NATO codes, one as F-46 and one as
/// F-76, two containers of the two ISO heights, or two accessories of which one mounts to a rail
/// not on the list, cannot replace each other however well each complies. A recommended list is
/// advice, not the interface: two F-34 fuels made to MIL-DTL-83133 and DEF STAN 91-87 are both
/// F-34, which is what the NATO code says.
fn chosen_values<'a>(
    interface: &BTreeMap<&str, Status>,
    outcome: &'a ItemOutcome,
) -> Vec<Chosen<'a>> {
    let mut chosen: Vec<Chosen> = outcome
        .results
        .iter()
        .filter(|o| {
            matches!(o.citation.limit.kind, "one-of" | "equals")
                && o.citation.severity == Severity::Mandatory
                && interface.contains_key(&*o.citation.standard)
        })
        .filter_map(|o| {
            let choice = match (o.chosen, &o.value) {
                (Some(at), _) => Choice::Named(at),
                // (a word as read, where it was written otherwise: `28VDC` is `28 V DC`)
                (None, Some(value)) => Choice::Other(value_key(
                    value
                        .converted
                        .as_deref()
                        .filter(|_| value.unit.is_none())
                        .unwrap_or(&value.written),
                )),
                (None, None) => return None,
            };
            Some((&*o.citation.requirement, choice, o))
        })
        .collect();
    chosen.sort_unstable_by_key(|(requirement, _, _)| *requirement);
    chosen
}

/// What an item gave against a list of allowed values ([`chosen_values`]): the requirement, the
/// value it is, and the verdict it got (what it states, as the check read it).
type Chosen<'a> = (&'a str, Choice, &'a check::Outcome);

/// A value given against a list of allowed values: the place of the one it is, or else the
/// value as compared.
#[derive(Debug, PartialEq, Eq)]
enum Choice {
    Named(u32),
    Other(String),
}

/// Why two items are not known to replace each other, where both chose a value from a list a
/// mandatory requirement of their interface standards allows and chose different ones
/// ([`chosen_values`]; no third item need tell them apart, and it says nothing of using them
/// together):
/// F-46 and F-76 each meet STANAG 1135's list of NATO fuel codes, a 39 and a 52 calibre tube
/// each meet the JBMoU's. Told by every such requirement; `None` where they chose the same
/// value wherever both chose one.
fn other_choice(x: &Item, y: &Item, xs: &[Chosen], ys: &[Chosen]) -> Option<Difference> {
    // each requirement whose list they meet by different values, in the catalogue's order
    let apart = xs.iter().filter_map(|(requirement, choice, ox)| {
        let found = ys
            .binary_search_by(|(other, _, _)| other.cmp(requirement))
            .ok()?;
        let (_, other, oy) = ys.get(found)?;
        (other != choice).then_some((*ox, *oy))
    });
    apart
        .enumerate()
        .map(|(n, (ox, oy))| {
            let citation = &ox.citation;
            let property = &*citation.property;
            let values = (named(x, [property]), named(y, [property]));
            let how = if n == 0 {
                "they meet {} by different values, so neither is known to replace the other"
            } else {
                "and {} by different values too"
            };
            let requirement = format!("{} ({})", citation.requirement, cut(&citation.limit.text));
            let message = format!(
                "{}: {} {}, {} {}",
                how.replace("{}", &requirement),
                x.id,
                stated_for(x, ox),
                y.id,
                stated_for(y, oy),
            );
            (message, RuleVerdict::Fail, values)
        })
        .reduce(|first, next| both_said(first, Some(next)))
}

/// What an item states of the property a verdict judges (`nato_code F-46`, a list in brackets:
/// `fuel_additives [static dissipator]`); as the check read it where the item does not state it
/// by that name.
fn stated_for(item: &Item, o: &check::Outcome) -> String {
    let property = &*o.citation.property;
    match item.properties.get(property) {
        Some(
            s @ Stated {
                value: ItemValue::List(_),
                ..
            },
        ) => format!("{property} [{}]", quoted(&told(s), &s.value)),
        Some(_) => named(item, [property]).unwrap_or_default(),
        None => {
            let value = o.value.as_ref().map_or("", |v| &*v.written);
            format!("{property} {}", cut(value))
        }
    }
}

/// Of two items' shared interface standards, each recommended requirement that judges both and
/// tells them apart by the values they state: one meets it and the other does not (a pallet of
/// 3200 kg of cargo and one of 8000 lb, beside 463L's recommended 7500 lb), or each meets the
/// list it names by another of its values (two F-34 fuels made to MIL-DTL-83133 and DEF STAN
/// 91-87). A recommendation is advice, so this tells them apart only as a warning, as
/// [`sorts_by`] and [`recommended_unstated`] do.
fn recommended_apart(
    (x, y): (&Item, &Item),
    (ox, oy): (&ItemOutcome, &ItemOutcome),
    (sx, sy): (&BTreeMap<&str, Status>, &BTreeMap<&str, Status>),
) -> Vec<String> {
    let judged = |o: &&check::Outcome| {
        o.citation.severity == Severity::Recommended
            && !matches!(
                o.verdict,
                check::Verdict::Missing | check::Verdict::NotApplicable
            )
    };
    ox.results
        .iter()
        .filter(judged)
        .filter(|o| {
            sx.contains_key(&*o.citation.standard) && sy.contains_key(&*o.citation.standard)
        })
        .filter_map(|o| {
            let theirs = oy
                .results
                .iter()
                .filter(judged)
                .find(|r| r.citation.requirement == o.citation.requirement)?;
            let meets = |o: &check::Outcome| o.verdict == check::Verdict::Pass;
            // (what is said is made only for a pair it tells apart: most are not)
            let each_meets = match (meets(o), meets(theirs)) {
                (true, true) if o.chosen != theirs.chosen => true,
                (true, false) | (false, true) => false,
                _ => return None,
            };
            let citation = &o.citation;
            let requirement = format!("{} ({})", citation.requirement, cut(&citation.limit.text));
            let (ours, other) = (stated_for(x, o), stated_for(y, theirs));
            if each_meets {
                return Some(format!(
                    "{} {ours} and {} {other} meet {requirement} by different values",
                    x.id, y.id
                ));
            }
            let (meeting, not) = if meets(o) {
                ((x, &ours), (y, &other))
            } else {
                ((y, &other), (x, &ours))
            };
            Some(format!(
                "{} {} meets {requirement}, {} {} does not",
                meeting.0.id, meeting.1, not.0.id, not.1
            ))
        })
        .collect()
}

/// A requirement of one of an item's interface standards that applies to it by a condition
/// (`when`): the standard, and the property the condition asks.
struct Conditioned<'a> {
    standard: &'a crate::catalogue::Standard,
    property: &'a str,
    requirement: &'a Requirement,
}

/// Of an item's interface standards, each requirement that applies to it by a condition, in the
/// catalogue's order: what another item of its kind must state for the standard to judge it too.
/// Made once per item, from the requirements its check walked.
fn conditioned<'a>(
    catalogue: &'a Catalogue,
    interface: &BTreeMap<&str, Status>,
    outcome: &ItemOutcome,
) -> Vec<Conditioned<'a>> {
    let applied: BTreeSet<*const crate::catalogue::Citation> = crate::set_of(
        outcome
            .results
            .iter()
            .filter(|o| o.verdict != check::Verdict::NotApplicable)
            .map(|o| Arc::as_ptr(&o.citation)),
    );
    interface
        .keys()
        .filter_map(|id| catalogue.standard(id))
        .flat_map(|standard| {
            let applied = &applied;
            standard.requirements.iter().filter_map(move |r| {
                let when = r.when.as_ref()?;
                // (judged where stated: it picks out no sort of item)
                let applies = applied.contains(&Arc::as_ptr(&r.citation));
                (applies && !r.judged_where_stated()).then_some(Conditioned {
                    standard,
                    property: when.property.as_str(),
                    requirement: r,
                })
            })
        })
        .collect()
}

/// Two items of one kind that are not judged by the same interface standards because one leaves
/// unstated what decides whether a standard applies to it (a store on 30 in lugs, whose mass
/// MIL-STD-2088 judges by its lugs, and a store that states no lugs, which it judges nothing of):
/// each such standard, said as what that item does not state; and within a standard both are
/// judged by, each mandatory requirement that applies to one by a condition the other leaves
/// unstated (a pod on 14 in lugs and one of unstated lugs); whether one can replace the other
/// is then not known. Empty when there is none. `None` when their standards differ
/// otherwise, a standard judging one and not the other for what the other states, or is (another
/// kind, a selector it does not meet or state: a .308 round and a 5.56 mm standard, a store of no
/// stated electrical interface and MIL-STD-1760): they have no interface in common there.
fn undecided_interfaces(
    (x, y): (&Item, &Item),
    (cx, cy): (&[Conditioned], &[Conditioned]),
    (sx, sy): (&BTreeMap<&str, Status>, &BTreeMap<&str, Status>),
) -> Option<(Vec<String>, Values)> {
    let mut said = Vec::new();
    // the properties one leaves unstated, for what each states of them
    let mut unstated: Vec<&str> = Vec::new();
    for (judged, conditioned, (theirs, ours), other) in [(x, cx, (sx, sy), y), (y, cy, (sy, sx), x)]
    {
        for standard in theirs.keys() {
            let of_standard = conditioned.iter().filter(|c| *c.standard.id == **standard);
            // (within a standard both are judged by, only a mandatory requirement the other
            // may come under: a pod on 14 in lugs and one of unstated lugs, both under
            // MIL-STD-2088 by its recommendation on stores that are not ejected, are as unknown
            // as a pod and a bomb of unstated lugs, which it judges nothing of; what a
            // recommendation asks is a warning, in `interchangeability`)
            let shared = ours.contains_key(*standard);
            if !shared {
                let for_other = of_standard.clone().next().is_some_and(|c| {
                    c.standard.governs(&other.kind)
                        && c.standard
                            .selector
                            .as_ref()
                            .is_none_or(|s| check::condition_holds(other, s) == Some(true))
                });
                if !for_other {
                    return None;
                }
            }
            let mut asked: Vec<&Conditioned> = Vec::new();
            for c in of_standard {
                let unstated = check::leaves_condition_unstated(c.requirement, other)
                    && !check::for_other_kinds(c.requirement, other)
                    && (!shared || c.requirement.severity() == Severity::Mandatory);
                if unstated && !asked.iter().any(|a| a.property == c.property) {
                    asked.push(c);
                }
            }
            if asked.is_empty() {
                if shared {
                    continue;
                }
                return None;
            }
            for c in &asked {
                if !unstated.contains(&c.property) {
                    unstated.push(c.property);
                }
            }
            said.extend(asked.into_iter().map(|c| {
                let when = c
                    .requirement
                    .when
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                format!(
                    "{} does not state {}, on which {standard} judges {} ({} applies when {when})",
                    other.id,
                    c.property,
                    judged.id,
                    c.requirement.id()
                )
            }));
        }
    }
    if said.len() > 3 {
        let more = said.len() - 3;
        said.truncate(3);
        said.push(format!("{more} more"));
    }
    // what each states of what the other leaves unstated (`suspension 30 in`); `None` for the
    // one that states none of it
    let values = |item: &Item| {
        let each: Vec<String> = unstated.iter().filter_map(|p| named(item, [*p])).collect();
        (!each.is_empty()).then(|| each.join("; "))
    };
    Some((said, (values(x), values(y))))
}

/// Two items of one kind that one of their interface standards holds to different mandatory
/// requirements by the values they state (a store on 14 in lugs and one on 30 in, whose masses
/// MIL-STD-2088 judges by the lugs; two bridges of different tracked classes; a 12 V and a 24 V
/// vehicle): they are of different sorts, and neither replaces the other, whatever items are
/// loaded beside them. Told by the first such requirement, in the catalogue's order.
fn other_sorts(
    items: (&Item, &Item),
    conditioned: (&[Conditioned], &[Conditioned]),
    interfaces: (&BTreeMap<&str, Status>, &BTreeMap<&str, Status>),
) -> Option<Difference> {
    let (x, y) = items;
    // each property that sorts them once, by the first requirement it decides (14 in and 30 in
    // lugs: the 14 in mass limit applies to the one, which says the 30 in one's too)
    let mut seen: Vec<&str> = Vec::new();
    sorts_by(Severity::Mandatory, items, conditioned, interfaces)
        .filter(|(_, property)| {
            let new = !seen.contains(property);
            if new {
                seen.push(property);
            }
            new
        })
        .map(|(said, property)| {
            let values = (named(x, [property]), named(y, [property]));
            (said, RuleVerdict::Fail, values)
        })
        .reduce(|first, next| both_said(first, Some(next)))
}

/// Two differences that each tell two items apart, said together: the messages one after the
/// other, and what each item states of both.
fn both_said(first: Difference, next: Option<Difference>) -> Difference {
    let Some((message, _, (nx, ny))) = next else {
        return first;
    };
    let (said, verdict, (fx, fy)) = first;
    let join = |a: Option<String>, b: Option<String>| match (a, b) {
        (Some(a), Some(b)) => Some(format!("{a}, {b}")),
        (a, b) => a.or(b),
    };
    (
        format!("{said}; {message}"),
        verdict,
        (join(fx, nx), join(fy, ny)),
    )
}

/// Each requirement of `severity` of the two items' interface standards that applies to one of
/// them by a value it states, and not to the other by what that one states (`when` names the
/// values it is for): "MIL-STD-2088/unejected-suspension applies to pod (when ejected = false)
/// and not to bomb, whose ejected is true"; with the property that decides it.
fn sorts_by<'a>(
    severity: Severity,
    (x, y): (&'a Item, &'a Item),
    (cx, cy): (&'a [Conditioned], &'a [Conditioned]),
    (sx, sy): (&'a BTreeMap<&str, Status>, &'a BTreeMap<&str, Status>),
) -> impl Iterator<Item = (String, &'a str)> + 'a {
    [(x, cx, sy, y), (y, cy, sx, x)].into_iter().flat_map(
        move |(judged, conditioned, ours, other)| {
            conditioned.iter().filter_map(move |c| {
                let when = c.requirement.when.as_ref()?;
                let named = matches!(
                    when.test,
                    crate::catalogue::Limit::Equals(_) | crate::catalogue::Limit::OneOf(_)
                );
                let sorts = named
                    && c.requirement.severity() == severity
                    && ours.contains_key(&*c.standard.id)
                    && check::when_holds(c.requirement, when, other) == Some(false);
                sorts.then(|| {
                    let said = format!(
                        "{} applies to {} (when {when}) and not to {}, whose {} is {}",
                        c.requirement.id(),
                        judged.id,
                        other.id,
                        c.property,
                        other.written(c.property).unwrap_or_default()
                    );
                    (said, c.property)
                })
            })
        },
    )
}

/// Of two items' shared interface standards, each recommended requirement that judges what one
/// item states and finds the other does not state it (a linked round's `belt_link: M27`, which
/// STANAG 4172 recommends, beside a round that states no link): "loose does not state
/// belt_link, which linked states (M27) and STANAG-4172/belt-link recommends". The other may
/// have another value or none; a recommendation is advice, which a compliant item may not meet,
/// so whatever it is, it tells the two apart only as a warning ([`sorts_by`]). (A mandatory
/// requirement an item does not state makes it incomplete, and it is not paired.)
fn recommended_unstated(
    (x, y): (&Item, &Item),
    (ox, oy): (&ItemOutcome, &ItemOutcome),
    (sx, sy): (&BTreeMap<&str, Status>, &BTreeMap<&str, Status>),
) -> Vec<String> {
    // (one line for a property several requirements recommend: `fuel_additives`, of three)
    let mut unstated: Vec<(&str, &str, &str, String, Vec<&str>)> = Vec::new();
    for (lacking, theirs, stating, ours) in [(x, ox, y, oy), (y, oy, x, ox)] {
        for o in theirs.results.iter().filter(|o| {
            o.verdict == check::Verdict::Missing
                && o.citation.severity == Severity::Recommended
                && sx.contains_key(&*o.citation.standard)
                && sy.contains_key(&*o.citation.standard)
        }) {
            // (what the other states first: most state nothing of it; then whether it is
            // judged, and what it states is quoted only then)
            let property = &*o.citation.property;
            let Some(stated) = stating.properties.get(property) else {
                continue;
            };
            let requirement = &*o.citation.requirement;
            let judged = ours.results.iter().any(|r| {
                &*r.citation.requirement == requirement
                    && !matches!(
                        r.verdict,
                        check::Verdict::Missing | check::Verdict::NotApplicable
                    )
            });
            if !judged {
                continue;
            }
            match unstated
                .iter_mut()
                .find(|(who, what, ..)| *who == lacking.id && *what == property)
            {
                Some((.., requirements)) => requirements.push(requirement),
                None => {
                    let full = told(stated);
                    let value = quoted(&full, &stated.value).to_string();
                    unstated.push((&lacking.id, property, &stating.id, value, vec![requirement]));
                }
            }
        }
    }
    let mut said: Vec<String> = unstated
        .into_iter()
        .map(|(lacking, property, stating, value, requirements)| {
            let verb = if requirements.len() == 1 { "recommends" } else { "recommend" };
            format!(
                "{lacking} does not state {property}, which {stating} states ({value}) and {} {verb}",
                crate::suggest::and_listed(&requirements)
            )
        })
        .collect();
    if said.len() > 3 {
        let more = said.len() - 3;
        said.truncate(3);
        said.push(format!("{more} more"));
    }
    said
}

/// The reason a pair gives for the interchangeability criterion, and where it comes from.
/// `values`: what each item states of what tells them apart, if anything single does.
fn interchangeability_reason(
    verdict: RuleVerdict,
    message: String,
    (a_value, b_value): Values,
) -> Reason {
    Reason {
        rule: "interchangeability".into(),
        title: "One can replace the other".into(),
        verdict,
        a_value,
        b_value,
        message,
        source: "NATO interchangeability: both meet the same interface requirements (AAP-6 \
                 meaning, paraphrased)"
            .into(),
        // the facts tag the AAP-6 meanings W/R: paraphrased, not re-retrieved in full
        confidence: Confidence::R,
        severity: Severity::Mandatory,
    }
}

/// Two items of one kind: interchangeable when they are checked against the same interface
/// standards, meet every mandatory requirement of each, and get the same answer from every rule
/// they share with third items (`differ` says why not: a third item, or [`other_sorts`]); unknown
/// when one is not judged by a standard the other is only because it leaves unstated what decides
/// whether the standard applies (`undecided`, which says so). `None` when they have no interface
/// in common to judge by.
/// `unjudged` says what the two state differently that a rule reads, which no item loaded
/// tells apart (the answer holds for the items loaded, and may change with another), and
/// `precision`, a third item that passes one only within the precision its figure is quoted to
/// and the other plainly ([`precision_only`]); `recommended`, what recommended requirements hold
/// one to and not the other ([`sorts_by`]), and what one states and the other leaves unstated
/// that only a recommended requirement judges ([`recommended_unstated`]): each a warning.
fn interchangeability(
    (i, j): (usize, usize),
    interfaces: &[BTreeMap<&str, Status>],
    undecided: impl FnOnce() -> Option<(Vec<String>, Values)>,
    differ: impl FnOnce() -> Option<Difference>,
    (unjudged, precision): (
        impl FnOnce() -> (Vec<String>, Values),
        impl FnOnce() -> Option<String>,
    ),
    recommended: impl FnOnce() -> (Vec<String>, Vec<String>),
) -> Option<(Level, Vec<Reason>)> {
    // ok: one per item (`pair_items`), and `i`, `j` are items
    let (sx, sy) = (&interfaces[i], &interfaces[j]);
    if sx.is_empty() && sy.is_empty() {
        return None;
    }
    // An item that is non-compliant or incomplete against its own interface standards cannot
    // replace another; its own results say why, so no pair is reported for it (listing it
    // against every item of its kind would only repeat that, once per item). (Asked before
    // `undecided`, which also leaves such a pair out, as the cheaper of the two.)
    let compliant =
        |statuses: &BTreeMap<&str, Status>| statuses.values().all(|s| *s == Status::Compliant);
    if !compliant(sx) || !compliant(sy) {
        return None;
    }
    // judged by different standards only because one does not state what decides whether a
    // standard applies to it: whether one can replace the other is not known, and is said
    let (undecided, undecided_values) = undecided()?;
    if let Some((message, verdict, values)) = differ() {
        let (level, said) = if verdict == RuleVerdict::Unknown {
            (
                Level::Unknown,
                "whether one can replace the other is not known",
            )
        } else {
            (Level::NotInterchangeable, "not interchangeable")
        };
        return Some((
            level,
            vec![interchangeability_reason(
                verdict,
                format!("{said}: {message}"),
                values,
            )],
        ));
    }
    let standards: Vec<&str> = sx.keys().filter(|s| sy.contains_key(*s)).copied().collect();
    if !undecided.is_empty() {
        let shared = if standards.is_empty() {
            String::new()
        } else {
            format!(
                "; both meet every mandatory requirement of {}",
                standards.join(", ")
            )
        };
        return Some((
            Level::Unknown,
            vec![interchangeability_reason(
                RuleVerdict::Unknown,
                format!(
                    "whether one can replace the other is not known: {}{shared}",
                    undecided.join("; ")
                ),
                undecided_values,
            )],
        ));
    }
    let (unjudged, values) = unjudged();
    let mut though = if unjudged.is_empty() {
        String::new()
    } else {
        format!(
            "; they state different {}, which no item loaded here tells apart (another may)",
            unjudged.join(", ")
        )
    };
    // a third item that passes one only within the precision its figure is quoted to, and
    // the other plainly: the same answer, said so
    let precision = precision();
    if let Some(precision) = &precision {
        though = format!("{though}; {precision}");
    }
    // what only a recommended requirement holds one of them to (a pod, not ejected, and a
    // store that is): of another sort by it, though no mandatory requirement tells them apart;
    // and what one states where the other states nothing, which only a recommendation judges
    // (a linked round's belt link, beside a round that states none)
    let (recommended, unstated) = recommended();
    if !recommended.is_empty() {
        though = format!(
            "{though}; yet a recommended requirement tells them apart: {}",
            recommended.join("; ")
        );
    }
    if !unstated.is_empty() {
        though = format!(
            "{though}; yet what only a recommended requirement judges is stated by one and not \
             the other: {}",
            unstated.join("; ")
        );
    }
    let message = format!(
        "both meet every mandatory requirement of {} and give the same answer with every other \
         item loaded here{though}",
        standards.join(", ")
    );
    // what no loaded item tells apart, a later one may, and what only a recommended requirement
    // does: a warning, not a plain pass
    let verdict = if unjudged.is_empty()
        && recommended.is_empty()
        && unstated.is_empty()
        && precision.is_none()
    {
        RuleVerdict::Pass
    } else {
        RuleVerdict::Warning
    };
    Some((
        Level::Interchangeable,
        vec![interchangeability_reason(verdict, message, values)],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pair opened from its `b` side is told from there: items and values change places,
    /// nothing else; from its `a` side (or an id of neither) it is as it was.
    #[test]
    fn a_pair_is_told_from_the_side_it_is_opened_from() {
        let reason = |verdict, a: &str, b: &str| Reason {
            rule: "PAIR/x".into(),
            title: "x".into(),
            verdict,
            a_value: Some(a.to_string()),
            b_value: Some(b.to_string()),
            message: "m".into(),
            source: "s".into(),
            confidence: Confidence::C,
            severity: Severity::Mandatory,
        };
        let pair = Pair {
            a: "rifle".into(),
            b: "round".into(),
            level: Level::Compatible,
            reasons: vec![
                reason(RuleVerdict::Pass, "5.56 mm", "5.56 mm"),
                reason(RuleVerdict::Warning, "5.56 NATO", ".223 Rem"),
            ],
        };
        assert!(pair.has_warning());
        let seen = pair.clone().from_side_of("round");
        assert_eq!((seen.a.as_str(), seen.b.as_str()), ("round", "rifle"));
        assert_eq!(seen.reasons[1].a_value.as_deref(), Some(".223 Rem"));
        assert_eq!(seen.reasons[1].b_value.as_deref(), Some("5.56 NATO"));
        assert_eq!(seen.reasons[1].message, "m");
        assert_eq!(pair.clone().from_side_of("rifle"), pair);
        assert_eq!(pair.clone().from_side_of("other"), pair);
        let mut plain = pair;
        plain.reasons.pop();
        assert!(!plain.has_warning());
    }

    /// What a reason quotes of a value is bounded: a long list by its first entries and how many
    /// more, a long text by its first 80 characters; short values are quoted whole.
    #[test]
    fn a_reason_quotes_a_long_value_by_its_start() {
        let quote = |v: &ItemValue| quoted(&shown(v), v).into_owned();
        let list = ItemValue::List((0..20).map(|i| format!("v{i}")).collect());
        assert_eq!(quote(&list), "v0, v1, v2, v3, v4, v5, v6, v7, … (12 more)");
        let eight = ItemValue::List((0..8).map(|i| format!("v{i}")).collect());
        assert_eq!(quote(&eight), "v0, v1, v2, v3, v4, v5, v6, v7");
        let long_entry = ItemValue::List(vec!["a".into(), "é".repeat(81)]);
        assert_eq!(quote(&long_entry), format!("a, {}…", "é".repeat(80)));
        assert_eq!(quote(&ItemValue::Word("é".repeat(80))), "é".repeat(80));
        assert_eq!(
            quote(&ItemValue::Word("é".repeat(81))),
            format!("{}…", "é".repeat(80))
        );
    }

    /// Two items of a long common design: the pair's reason quotes the design by its start.
    #[test]
    fn a_long_design_is_quoted_by_its_start_in_every_pair() {
        let catalogue = Catalogue::builtin().unwrap();
        let design = "D".repeat(300);
        let text = format!(
            "items:\n  - {{ id: a, name: a, nation: DEU, kind: magazine, properties: {{ design: \
             {design} }} }}\n  - {{ id: b, name: b, nation: FRA, kind: magazine, properties: {{ \
             design: {} }} }}\n",
            design.to_lowercase()
        );
        let checked = crate::check_texts(&catalogue, &[("m.yaml".to_string(), text)]);
        assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
        let pair = &checked.report.pairs[0];
        assert_eq!(pair.level, Level::Commonality);
        let reason = &pair.reasons[0];
        let start = format!("{}…", "D".repeat(80));
        assert_eq!(reason.a_value.as_deref(), Some(start.as_str()));
        assert_eq!(reason.b_value, Some(format!("{}…", "d".repeat(80))));
        assert_eq!(reason.message, format!("both are the design {start}"));
    }

    /// Third items non-compliant with different standards, set aside from one pair: each is
    /// named with the standards it fails, then what each would have said, in their order; of
    /// one standard, that standard once; of one item, as before.
    #[test]
    fn third_items_set_aside_are_named_with_what_each_fails() {
        let catalogue = Catalogue::builtin().unwrap();
        let text = "items:\n  - { id: r556, name: a, nation: DEU, kind: cartridge, properties: { \
                    cartridge: 5.56x45mm NATO, overall_length: 57.45 mm } }\n  - { id: r762, \
                    name: b, nation: DEU, kind: cartridge, properties: { cartridge: 7.62x51mm \
                    NATO, chamber_pressure: { value: 440 MPa, method: EPVAT } } }\n  - { id: \
                    r556-b, name: c, nation: DEU, kind: cartridge, properties: { cartridge: \
                    5.56x45mm NATO, overall_length: 57.46 mm } }\n";
        let checked = crate::check_texts(&catalogue, &[("r.yaml".to_string(), text.to_string())]);
        assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
        let outcomes = &checked.report.items;
        let keys: Vec<String> = outcomes.iter().map(|o| o.id.clone()).collect();
        let said = |found: &[(usize, &str)]| {
            let found: Vec<(usize, String)> =
                found.iter().map(|(k, m)| (*k, m.to_string())).collect();
            decided_nothing(outcomes, &keys, &found).map(|r| (r.verdict, r.message))
        };
        assert_eq!(
            said(&[(0, "with r556: x"), (1, "with r762: y")]),
            Some((
                RuleVerdict::Warning,
                "r556 and r762 are themselves non-compliant (r556 with STANAG 4172, r762 with \
                 STANAG 2310; see their results), so they decide nothing between them; with \
                 r556: x; with r762: y"
                    .to_string()
            ))
        );
        assert_eq!(
            said(&[(0, "with r556: x"), (2, "with r556-b: z")]).map(|(_, m)| m),
            Some(
                "r556 and r556-b are themselves non-compliant with STANAG 4172 (see their \
                 results), so they decide nothing between them; with r556: x; with r556-b: z"
                    .to_string()
            )
        );
        assert_eq!(
            said(&[(1, "with r762: y")]).map(|(_, m)| m),
            Some(
                "r762 is itself non-compliant with STANAG 2310 (see its results), so it decides \
                 nothing between them; with r762: y"
                    .to_string()
            )
        );
        assert_eq!(said(&[]), None);
    }

    /// Items and outcomes of different lengths (a caller's mistake: `check_items` makes one
    /// outcome per item) pair the items that have an outcome, and never index past either list.
    #[test]
    fn fewer_or_more_outcomes_than_items_pair_those_with_one_without_a_panic() {
        let catalogue = Catalogue::builtin().unwrap();
        let text = "items:\n  - { id: rifle, name: r, nation: USA, kind: weapon, properties: { \
                    cartridge: 5.56x45mm NATO } }\n  - { id: round, name: a, nation: DEU, kind: \
                    cartridge, properties: { cartridge: 5.56x45mm NATO } }\n  - { id: round-b, \
                    name: b, nation: FRA, kind: cartridge, properties: { cartridge: 5.56x45mm \
                    NATO } }\n";
        let file = crate::spec::parse("p.yaml", text, &catalogue.dictionary).unwrap();
        let items = &file.items;
        let outcomes = check::check_items(&catalogue, items);
        let keys = |pairs: &[Pair]| -> Vec<(String, String)> {
            pairs.iter().map(|p| (p.a.clone(), p.b.clone())).collect()
        };
        let all = pair_items(&catalogue, items, &outcomes).unwrap();
        assert!(all.len() >= 2, "{all:?}");
        // the last item has no outcome: only the first two are paired
        let two = pair_items(&catalogue, items, &outcomes[..2]).unwrap();
        assert_eq!(keys(&two), [("rifle".to_string(), "round".to_string())]);
        assert_eq!(
            two,
            pair_items(&catalogue, &items[..2], &outcomes[..2]).unwrap()
        );
        // none at all, or more outcomes than items
        assert!(pair_items(&catalogue, items, &[]).unwrap().is_empty());
        let more: Vec<ItemOutcome> = outcomes.iter().chain(&outcomes).cloned().collect();
        assert_eq!(pair_items(&catalogue, items, &more).unwrap(), all);
    }

    /// An item of `kind` that states nothing: pairing tests that build answers by hand.
    fn bare_item(id: &str, kind: &str) -> Item {
        Item {
            id: id.to_string(),
            name: String::new(),
            nation: "USA".into(),
            kind: kind.into(),
            nsn: None,
            claims: Vec::new(),
            properties: BTreeMap::new(),
            file: "f".into(),
            pos: crate::document::Pos { line: 1, col: 1 },
        }
    }

    /// A third item that one of two items passes and the other passes only with a warning: the
    /// reason says so, rather than that both pass.
    #[test]
    fn a_difference_that_is_a_warning_is_named_as_one() {
        let items: Vec<Item> = ["sight-a", "sight-b", "rail"]
            .iter()
            .map(|id| bare_item(id, "accessory"))
            .collect();
        let about_rail = |verdict| {
            vec![Answer {
                other: 2,
                rule: ("PAIR/rail-mount", 0),
                verdict: Some(verdict),
                up_to: None,
                within_precision: false,
                whatever: false,
                read_two_ways: false,
            }]
        };
        let answers = vec![
            about_rail(RuleVerdict::Pass),
            about_rail(RuleVerdict::Warning),
            Vec::new(),
        ];
        let class = classes(&answers);
        let (levels, rules) = (Levels::default(), HashMap::new());
        let tell = Telling {
            items: &items,
            levels: &levels,
            rules: &rules,
            left_out: &[],
            checked: &[],
        };
        let (message, verdict, _) =
            first_difference(&tell, (0, 1), &answers, &class).expect("they differ");
        assert_eq!(
            message,
            "with rail: sight-a passes PAIR/rail-mount, sight-b passes it only with a warning"
        );
        assert_eq!(verdict, RuleVerdict::Fail);
    }

    /// Items that differ from each other only in what third items say of them are told apart
    /// as they were before classes: the first difference is the same for every pair, on lists
    /// that mention the pair themselves (same-kind rules) or not.
    #[test]
    fn classes_do_not_change_the_first_difference() {
        let items: Vec<Item> = (0..6)
            .map(|n| bare_item(&format!("i{n}"), "weapon"))
            .collect();
        let verdicts = [None, Some(RuleVerdict::Pass), Some(RuleVerdict::Fail)];
        // a small generator, the same every run: every list answers some of the others
        let mut seed = 7u64;
        let mut next = move |m: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) % m) as usize
        };
        for _ in 0..300 {
            let mut answers: Vec<Vec<Answer>> = Vec::new();
            for me in 0..items.len() {
                let mut list = Vec::new();
                for other in (0..items.len()).filter(|&o| o != me) {
                    if next(3) == 0 {
                        continue;
                    }
                    for r in 0..2 {
                        list.push(Answer {
                            other,
                            rule: (["PAIR/a", "PAIR/b"][r], r),
                            verdict: verdicts[next(2)],
                            up_to: None,
                            within_precision: false,
                            whatever: false,
                            read_two_ways: false,
                        });
                    }
                }
                answers.push(list);
            }
            // now and then two items with the same answers about every third item
            if next(2) == 0 {
                let shared: Vec<Answer> =
                    answers[0].iter().copied().filter(|a| a.other > 1).collect();
                answers[0] = shared.clone();
                answers[1] = shared;
            }
            let class = classes(&answers);
            let (levels, rules) = (Levels::default(), HashMap::new());
            let tell = Telling {
                items: &items,
                levels: &levels,
                rules: &rules,
                left_out: &[],
                checked: &[],
            };
            for i in 0..items.len() {
                for j in i + 1..items.len() {
                    let of = |n: usize| third(&answers[n], i, j, &[]).copied().collect::<Vec<_>>();
                    let equal = of(i) == of(j);
                    let found = first_difference(&tell, (i, j), &answers, &class);
                    assert_eq!(found.is_none(), equal, "{i} {j}: {found:?}");
                }
            }
        }
    }
}
