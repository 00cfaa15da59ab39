//! Pairing: decides, for every two loaded items that a rule relates (or that are of one kind),
//! NATO's level between them: incompatible, unknown, compatible, interchangeable, commonality,
//! with the rules, values and sources behind it. Only pairs whose kinds share a rule, or that
//! are of the same kind, are evaluated.

use crate::catalogue::{Catalogue, Confidence, PairRule, PairTest, Severity};
use crate::check::{self, ItemOutcome, Status, Verdict};
use crate::dictionary::{value_key, Scalar};
use crate::spec::{Item, ItemValue};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// NATO's levels, lowest to highest, with `unknown` where data is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Incompatible,
    Unknown,
    Compatible,
    Interchangeable,
    Commonality,
}

impl Level {
    pub fn name(self) -> &'static str {
        match self {
            Level::Incompatible => "incompatible",
            Level::Unknown => "unknown",
            Level::Compatible => "compatible",
            Level::Interchangeable => "interchangeable",
            Level::Commonality => "commonality",
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
    pub rule: String,
    pub title: String,
    pub verdict: RuleVerdict,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub a_value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub b_value: Option<String>,
    pub message: String,
    pub source: String,
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

/// A rule oriented for a pair of kinds: `swapped` when the pair's first item is the rule's `b`.
struct Oriented<'a> {
    rule: &'a PairRule,
    swapped: bool,
}

/// Every related pair among `items` (in the report's item order; `outcomes[i]` is `items[i]`'s).
pub fn pair_items(catalogue: &Catalogue, items: &[Item], outcomes: &[ItemOutcome]) -> Vec<Pair> {
    let keys = item_keys(items);
    let mut by_kinds: HashMap<(&str, &str), Vec<Oriented>> = HashMap::new();
    for rule in &catalogue.pair_rules {
        by_kinds
            .entry((rule.a.as_str(), rule.b.as_str()))
            .or_default()
            .push(Oriented {
                rule,
                swapped: false,
            });
        if rule.a != rule.b {
            by_kinds
                .entry((rule.b.as_str(), rule.a.as_str()))
                .or_default()
                .push(Oriented {
                    rule,
                    swapped: true,
                });
        }
    }
    let interfaces: Vec<BTreeMap<&str, Standing>> = outcomes
        .iter()
        .map(|o| interface_standards(catalogue, o))
        .collect();
    let third_party = ThirdParty {
        items,
        by_kinds: &by_kinds,
    };
    let mut pairs = Vec::new();
    for (i, x) in items.iter().enumerate() {
        for (j, y) in items.iter().enumerate().skip(i + 1) {
            let rules = by_kinds.get(&(x.kind.as_str(), y.kind.as_str()));
            let same_kind = x.kind == y.kind;
            if rules.is_none() && !same_kind {
                continue;
            }
            let mut reasons: Vec<Reason> = rules
                .into_iter()
                .flatten()
                .filter_map(|o| {
                    if o.swapped {
                        apply(o.rule, y, x)
                    } else {
                        apply(o.rule, x, y)
                    }
                })
                .collect();
            let mut level = level_of(&reasons);
            if let Some(common) = commonality(x, y) {
                reasons.insert(0, common);
                level = Some(Level::Commonality);
            } else if same_kind && level.is_none_or(|l| l == Level::Compatible) {
                if let Some((judged, mut why)) =
                    interchangeability(x, y, (i, j), &interfaces, &third_party)
                {
                    level = Some(judged);
                    reasons.append(&mut why);
                }
            }
            if let Some(level) = level {
                pairs.push(Pair {
                    a: keys[i].clone(),
                    b: keys[j].clone(),
                    level,
                    reasons,
                });
            }
        }
    }
    pairs
}

/// Item ids, qualified by file where two files use the same id.
fn item_keys(items: &[Item]) -> Vec<String> {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for item in items {
        *count.entry(&item.id).or_default() += 1;
    }
    items
        .iter()
        .map(|i| {
            if count[i.id.as_str()] > 1 {
                format!("{}#{}", i.file, i.id)
            } else {
                i.id.clone()
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

fn commonality(x: &Item, y: &Item) -> Option<Reason> {
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
    let design = |i: &Item| match i.properties.get("design").map(|s| &s.value) {
        Some(ItemValue::Word(w)) => Some(w.clone()),
        _ => None,
    };
    match (design(x), design(y)) {
        (Some(a), Some(b)) if x.kind == y.kind && value_key(&a) == value_key(&b) => {
            let mut r = reason(
                "commonality/design",
                format!("both are the design {a}"),
                a,
                b,
            );
            r.source = "the items' own design identifiers".into();
            Some(r)
        }
        _ => None,
    }
}

/// The first of `names` the item states.
fn stated<'a>(item: &'a Item, names: &'a [String]) -> Option<(&'a str, &'a ItemValue)> {
    names
        .iter()
        .find_map(|n| item.properties.get(n).map(|s| (n.as_str(), &s.value)))
}

fn shown(value: &ItemValue) -> String {
    match value {
        ItemValue::Figures(f) => f
            .first()
            .map(|m| m.scalar.written.clone())
            .unwrap_or_default(),
        ItemValue::Word(w) => w.clone(),
        ItemValue::List(l) => l.join(", "),
        ItemValue::Flag(b) => b.to_string(),
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

/// Applies a rule with `x` as its `a` side and `y` as its `b` side. `None` when a `when`
/// condition excludes the pair.
fn apply(rule: &PairRule, x: &Item, y: &Item) -> Option<Reason> {
    for (item, when) in [(x, &rule.when_a), (y, &rule.when_b)] {
        if let Some(condition) = when {
            if check::condition_holds(item, condition) != Some(true) {
                return None;
            }
        }
    }
    let mut reason = Reason {
        rule: rule.id.clone(),
        title: rule.title.clone(),
        verdict: RuleVerdict::Unknown,
        a_value: None,
        b_value: None,
        message: String::new(),
        source: rule.source.clone(),
        confidence: rule.confidence,
        severity: rule.severity,
    };
    let a = stated(x, &rule.a_property);
    let b = stated(y, &rule.b_property);
    reason.a_value = a.map(|(_, v)| shown(v));
    reason.b_value = b.map(|(_, v)| shown(v));
    let (Some((a_name, a)), Some((b_name, b))) = (a, b) else {
        if rule.optional {
            return None;
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
        return Some(reason);
    };
    let (verdict, message) = judge(rule, (x, a_name, a), (y, b_name, b), &mut reason);
    reason.verdict = verdict;
    reason.message = message;
    Some(reason)
}

type Side<'a> = (&'a Item, &'a str, &'a ItemValue);

fn judge(
    rule: &PairRule,
    (x, a_name, a): Side,
    (y, b_name, b): Side,
    reason: &mut Reason,
) -> (RuleVerdict, String) {
    let (av, bv) = (shown(a), shown(b));
    let case = |ca: &str, cb: &str| {
        rule.cases
            .iter()
            .find(|c| value_key(&c.a) == value_key(ca) && value_key(&c.b) == value_key(cb))
    };
    let mut from_case = |c: &crate::catalogue::PairCase| {
        if let Some(source) = &c.source {
            reason.source = source.clone();
        }
        if let Some(confidence) = c.confidence {
            reason.confidence = confidence;
        }
        let verdict = match (c.compatible, c.warning) {
            (false, _) => RuleVerdict::Fail,
            (true, true) => RuleVerdict::Warning,
            (true, false) => RuleVerdict::Pass,
        };
        (verdict, c.reason.clone())
    };
    match rule.test {
        PairTest::Equal => {
            let equal = match (figure(a), figure(b)) {
                (Some(fa), Some(fb)) => check::equal_within(fa, fb).unwrap_or(false),
                _ => match (a, b) {
                    (ItemValue::Flag(p), ItemValue::Flag(q)) => p == q,
                    _ => value_key(&av) == value_key(&bv),
                },
            };
            if equal {
                (
                    RuleVerdict::Pass,
                    format!("{} {a_name} {av} = {} {b_name} {bv}", x.id, y.id),
                )
            } else if let Some(c) = case(&av, &bv) {
                from_case(c)
            } else {
                (
                    RuleVerdict::Fail,
                    format!("{} {a_name} is {av}; {} {b_name} is {bv}", x.id, y.id),
                )
            }
        }
        PairTest::Table => {
            let found: Vec<_> = words(a).into_iter().filter_map(|w| case(w, &bv)).collect();
            match found.iter().find(|c| c.compatible).or(found.first()) {
                Some(c) => from_case(c),
                None => (
                    RuleVerdict::Fail,
                    format!(
                        "no known fit between {} {a_name} {av} and {} {b_name} {bv}",
                        x.id, y.id
                    ),
                ),
            }
        }
        PairTest::AtMost => match (figure(a), figure(b)) {
            (Some(fa), Some(fb)) => match check::at_most(fa, fb) {
                Some((side, _)) if side != check::Side::Outside => (
                    RuleVerdict::Pass,
                    format!("{} {a_name} {av} ≤ {} {b_name} {bv}", x.id, y.id),
                ),
                Some(_) => (
                    RuleVerdict::Fail,
                    format!("{} {a_name} {av} exceeds {} {b_name} {bv}", x.id, y.id),
                ),
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
            if words(a).iter().any(|w| value_key(w) == value_key(&bv)) {
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
            let theirs: BTreeSet<String> = words(b).into_iter().map(value_key).collect();
            let shared: Vec<&str> = words(a)
                .into_iter()
                .filter(|w| theirs.contains(&value_key(w)))
                .collect();
            if shared.is_empty() {
                (
                    RuleVerdict::Fail,
                    format!("{} [{av}] and {} [{bv}] share no {a_name}", x.id, y.id),
                )
            } else {
                (
                    RuleVerdict::Pass,
                    format!("both implement {}", shared.join(", ")),
                )
            }
        }
        PairTest::Lower => match (figure(a), figure(b)) {
            (Some(fa), Some(fb)) => {
                let lower = if fa.value <= fb.value {
                    &fa.written
                } else {
                    &fb.written
                };
                (
                    RuleVerdict::Pass,
                    format!(
                        "{} declares {av}, {} declares {bv}: usable up to {a_name} {lower}",
                        x.id, y.id
                    ),
                )
            }
            _ => (
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

/// The standards that define an item's interfaces (those with a kind, not the catalogue-wide
/// ones such as the NSN format), with the item's status against each.
fn interface_standards<'a>(
    catalogue: &'a Catalogue,
    outcome: &ItemOutcome,
) -> BTreeMap<&'a str, Standing> {
    outcome
        .standards
        .iter()
        .filter_map(|s| {
            let standard = catalogue.standard(&s.standard)?;
            if standard.kinds.iter().any(|k| k == "*") {
                return None;
            }
            // what keeps the item from compliance: failed requirements, else missing properties
            let wanted = if s.status == Status::NonCompliant {
                Verdict::Fail
            } else {
                Verdict::Missing
            };
            let why: Vec<String> = outcome
                .results
                .iter()
                .filter(|r| {
                    r.standard == s.standard
                        && r.severity == Severity::Mandatory
                        && r.verdict == wanted
                })
                .map(|r| {
                    if wanted == Verdict::Fail {
                        r.requirement.clone()
                    } else {
                        r.property.clone()
                    }
                })
                .collect();
            Some((
                standard.id.as_str(),
                Standing {
                    status: s.status,
                    why,
                },
            ))
        })
        .collect()
}

/// An item's status against one interface standard, and what stands in the way.
struct Standing {
    status: Status,
    why: Vec<String>,
}

struct ThirdParty<'a> {
    items: &'a [Item],
    by_kinds: &'a HashMap<(&'a str, &'a str), Vec<Oriented<'a>>>,
}

impl ThirdParty<'_> {
    /// The first third item on which `x` and `y` get different answers from a shared rule.
    fn difference(
        &self,
        x: &Item,
        y: &Item,
        skip: (usize, usize),
    ) -> Option<(String, RuleVerdict)> {
        for (k, c) in self.items.iter().enumerate() {
            if k == skip.0 || k == skip.1 {
                continue;
            }
            let Some(rules) = self.by_kinds.get(&(x.kind.as_str(), c.kind.as_str())) else {
                continue;
            };
            for o in rules {
                let run = |i: &Item| {
                    if o.swapped {
                        apply(o.rule, c, i)
                    } else {
                        apply(o.rule, i, c)
                    }
                };
                let verdict = |r: Option<Reason>| {
                    r.map(|r| matches!(r.verdict, RuleVerdict::Pass | RuleVerdict::Warning))
                };
                let (rx, ry) = (run(x), run(y));
                let unknown = [&rx, &ry].iter().any(|r| {
                    r.as_ref()
                        .is_some_and(|r| r.verdict == RuleVerdict::Unknown)
                });
                let (vx, vy) = (verdict(rx), verdict(ry));
                if vx != vy {
                    let says = |v: Option<bool>| match v {
                        Some(true) => "passes",
                        Some(false) => "fails",
                        None => "is not subject to",
                    };
                    let message = format!(
                        "with {}: {} {} {}, {} {} it",
                        c.id,
                        x.id,
                        says(vx),
                        o.rule.id,
                        y.id,
                        says(vy)
                    );
                    let verdict = if unknown {
                        RuleVerdict::Unknown
                    } else {
                        RuleVerdict::Fail
                    };
                    return Some((message, verdict));
                }
            }
        }
        None
    }
}

/// Two items of one kind: interchangeable when they are checked against the same interface
/// standards, meet every mandatory requirement of each, and get the same answer from every rule
/// they share with third items. `None` when they have no interface in common to judge by.
fn interchangeability(
    x: &Item,
    y: &Item,
    (i, j): (usize, usize),
    interfaces: &[BTreeMap<&str, Standing>],
    third: &ThirdParty,
) -> Option<(Level, Vec<Reason>)> {
    let (sx, sy) = (&interfaces[i], &interfaces[j]);
    if sx.is_empty() || sx.keys().ne(sy.keys()) {
        return None;
    }
    let reason = |verdict: RuleVerdict, message: String| {
        Reason {
        rule: "interchangeability".into(),
        title: "One can replace the other".into(),
        verdict,
        a_value: None,
        b_value: None,
        message,
        source: "NATO interchangeability: both meet the same interface requirements (AAP-6 meaning, paraphrased)".into(),
        confidence: Confidence::W,
        severity: Severity::Mandatory,
    }
    };
    let standards: Vec<&str> = sx.keys().copied().collect();
    for (item, statuses) in [(x, sx), (y, sy)] {
        for (standard, standing) in statuses {
            let detail = standing.why.join(", ");
            match standing.status {
                Status::Compliant => {}
                Status::NonCompliant => {
                    let why = format!("{} is non-compliant with {standard} ({detail})", item.id);
                    return Some((
                        Level::Incompatible,
                        vec![reason(
                            RuleVerdict::Fail,
                            format!("not interchangeable: {why}"),
                        )],
                    ));
                }
                Status::Incomplete => {
                    let why = format!("{} lacks mandatory data for {standard} ({detail})", item.id);
                    return Some((Level::Unknown, vec![reason(RuleVerdict::Unknown, why)]));
                }
            }
        }
    }
    if let Some((message, verdict)) = third.difference(x, y, (i, j)) {
        let level = if verdict == RuleVerdict::Unknown {
            Level::Unknown
        } else {
            Level::Incompatible
        };
        return Some((
            level,
            vec![reason(verdict, format!("not interchangeable: {message}"))],
        ));
    }
    let message = format!("both meet every mandatory requirement of {} and give the same answer with every other item", standards.join(", "));
    Some((
        Level::Interchangeable,
        vec![reason(RuleVerdict::Pass, message)],
    ))
}
