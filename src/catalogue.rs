//! The catalogue: standards and their requirements, loaded from the embedded `standards/` files
//! (and a user's own folder), validated against the dictionary, with a version and a fingerprint.
//! Every limit here is already typed and converted; nothing here reads a spec file.

use crate::dictionary::{
    shortened, Dictionary, NamedBy, Property, PropertyType, RawCodes, RawDictionary, Scalar,
    ValueError, QUOTED_CHARS,
};
use crate::document::{Path, Pos};
pub use crate::fingerprint::fnv1a64;
use crate::units::Exact;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::{Arc, OnceLock};

use crate::embedded;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Study,
    RatificationDraft,
    Promulgated,
    Superseded,
    Cancelled,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Study => "study",
            Status::RatificationDraft => "ratification-draft",
            Status::Promulgated => "promulgated",
            Status::Superseded => "superseded",
            Status::Cancelled => "cancelled",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Confidence {
    C,
    W,
    R,
    D,
}

impl Confidence {
    /// The letter the sources file and the report use: "C", "W", "R" or "D".
    pub fn tag(self) -> &'static str {
        match self {
            Confidence::C => "C",
            Confidence::W => "W",
            Confidence::R => "R",
            Confidence::D => "D",
        }
    }

    pub fn meaning(self) -> &'static str {
        match self {
            Confidence::C => "confirmed",
            Confidence::W => "widely reported",
            Confidence::R => "recalled, unconfirmed",
            Confidence::D => "sources disagree",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Mandatory,
    Recommended,
}

impl Severity {
    /// As a catalogue file and the report write it.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Mandatory => "mandatory",
            Severity::Recommended => "recommended",
        }
    }
}

/// An enumerated key's words (`severity`'s `mandatory`, `recommended`), each read from text
/// alone: a list, a table, a number or a flag in its place is told what to write (serde's
/// derived reader said `expected value`, and toml's `wanted string or table`).
trait Words: Copy + 'static {
    /// Every value, in the order the words are listed.
    const ALL: &'static [Self];
    /// Their words, as a catalogue file writes them (what `name` gives for each of `ALL`).
    const WORDS: &'static [&'static str];
}

/// Reads a [`Words`] value: only text, one of its words (serde's `unknown variant` for another).
fn read_word<'de, D: serde::Deserializer<'de>, T: Words>(d: D) -> Result<T, D::Error> {
    struct Visitor<T>(std::marker::PhantomData<T>);
    impl<T: Words> serde::de::Visitor<'_> for Visitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            // (as serde lists an unknown variant's choices, for `plainly`)
            f.write_str("one of ")?;
            for (i, word) in T::WORDS.iter().enumerate() {
                let sep = if i == 0 { "" } else { ", " };
                write!(f, "{sep}`{word}`")?;
            }
            Ok(())
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
            T::WORDS
                .iter()
                .zip(T::ALL)
                .find(|(word, _)| **word == v)
                .map(|(_, value)| *value)
                .ok_or_else(|| E::unknown_variant(v, T::WORDS))
        }
    }
    d.deserialize_str(Visitor(std::marker::PhantomData))
}

macro_rules! read_as_words {
    ($($t:ty),*) => {$(
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                read_word(d)
            }
        }
    )*};
}
read_as_words!(Status, Confidence, Severity, PairTest, Applies);

/// Which items a standard judges: every item it governs (`always`, the default), or only those
/// that claim it (`when-claimed`: a policy an item is qualified against when its nation asks for
/// it, STANAG 4439's insensitive-munition assessment, not a property every item must have).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applies {
    #[default]
    Always,
    WhenClaimed,
}

impl Applies {
    /// As a catalogue file writes it.
    pub fn name(self) -> &'static str {
        match self {
            Applies::Always => "always",
            Applies::WhenClaimed => "when-claimed",
        }
    }
}

impl Words for Applies {
    const ALL: &'static [Self] = &[Applies::Always, Applies::WhenClaimed];
    const WORDS: &'static [&'static str] = &["always", "when-claimed"];
}

impl Words for Status {
    const ALL: &'static [Self] = &[
        Status::Study,
        Status::RatificationDraft,
        Status::Promulgated,
        Status::Superseded,
        Status::Cancelled,
    ];
    const WORDS: &'static [&'static str] = &[
        "study",
        "ratification-draft",
        "promulgated",
        "superseded",
        "cancelled",
    ];
}

impl Words for Confidence {
    const ALL: &'static [Self] = &[Confidence::C, Confidence::W, Confidence::R, Confidence::D];
    const WORDS: &'static [&'static str] = &["C", "W", "R", "D"];
}

impl Words for Severity {
    const ALL: &'static [Self] = &[Severity::Mandatory, Severity::Recommended];
    const WORDS: &'static [&'static str] = &["mandatory", "recommended"];
}

impl Words for PairTest {
    const ALL: &'static [Self] = &[
        PairTest::Equal,
        PairTest::Table,
        PairTest::AtMost,
        PairTest::Includes,
        PairTest::Overlap,
        PairTest::Lower,
        PairTest::Implies,
    ];
    const WORDS: &'static [&'static str] = &[
        "equal", "table", "at-most", "includes", "overlap", "lower", "implies",
    ];
}

/// An expected value: a figure, a word (enum or text, canonical spelling) or a flag.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    Scalar(Scalar),
    Word(String),
    /// A word of a property whose values are compared as written ([`Property::exact`]).
    Verbatim(String),
    Flag(bool),
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Scalar(s) => f.write_str(&s.written),
            Expected::Word(w) | Expected::Verbatim(w) => f.write_str(w),
            Expected::Flag(b) => write!(f, "{b}"),
        }
    }
}

/// A requirement's limit, typed for its property. All bounds are inclusive.
#[derive(Debug, Clone, PartialEq)]
pub enum Limit {
    Range {
        min: Option<Scalar>,
        max: Option<Scalar>,
    },
    Nominal {
        nominal: Scalar,
        tolerance: Scalar,
    },
    OneOf(Vec<Expected>),
    Equals(Expected),
    Includes(String),
    Pattern(String),
    Present,
}

/// A figure a limit names as its text reads (`30 in`: the number 30, quoted to ±0.5, in
/// inches): what the messages of verdicts need of it, read once by the loader into
/// [`Requirement::figures`] rather than from its text for every verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureRead {
    /// The figure as written ([`Scalar::written`]), by which a verdict finds it.
    pub written: Text,
    /// Its number as written, in its own unit.
    pub number: crate::units::Decimal,
    /// The unit it is written in; `None` for a bare number.
    pub unit: Option<&'static crate::units::Unit>,
}

/// Whether one of a limit's figures ([`Limit::figures_read`]) is written with a unit.
pub(crate) fn names_a_unit(figures: &[FigureRead]) -> bool {
    figures.iter().any(|f| f.unit.is_some())
}

impl Limit {
    /// Whether a figure it names is written with a unit (`40000 kg`, not `40`).
    pub(crate) fn names_a_unit(&self) -> bool {
        names_a_unit(&self.figures_read())
    }

    /// The figures it names, in order, each as its text reads ([`crate::units::parse_written`];
    /// one whose text does not read is left out).
    pub fn figures_read(&self) -> Vec<FigureRead> {
        let scalars: Vec<&Scalar> = match self {
            Limit::Range { min, max } => min.iter().chain(max).collect(),
            Limit::Nominal { nominal, tolerance } => vec![nominal, tolerance],
            Limit::OneOf(entries) => entries
                .iter()
                .filter_map(|e| match e {
                    Expected::Scalar(s) => Some(s),
                    _ => None,
                })
                .collect(),
            Limit::Equals(Expected::Scalar(s)) => vec![s],
            Limit::Equals(_) | Limit::Includes(_) | Limit::Pattern(_) | Limit::Present => vec![],
        };
        scalars
            .into_iter()
            .filter_map(|s| {
                let read = crate::units::parse_written(&s.written).ok()?;
                Some(FigureRead {
                    written: s.written.clone(),
                    number: read.number,
                    unit: read.unit,
                })
            })
            .collect()
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Limit::Range {
                min: Some(_),
                max: Some(_),
            } => "range",
            Limit::Range { min: Some(_), .. } => "min",
            Limit::Range { .. } => "max",
            Limit::Nominal { .. } => "nominal",
            Limit::OneOf(_) => "one-of",
            Limit::Equals(_) => "equals",
            Limit::Includes(_) => "includes",
            Limit::Pattern(_) => "pattern",
            Limit::Present => "present",
        }
    }
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Limit::Range {
                min: Some(lo),
                max: Some(hi),
            } => write!(f, "{} to {}", lo.written, hi.written),
            Limit::Range {
                min: Some(lo),
                max: None,
            } => write!(f, "≥ {}", lo.written),
            Limit::Range {
                min: None,
                max: Some(hi),
            } => write!(f, "≤ {}", hi.written),
            Limit::Range {
                min: None,
                max: None,
            } => f.write_str("any"),
            Limit::Nominal { nominal, tolerance } => {
                write!(f, "{} ± {}", nominal.written, tolerance.written)
            }
            Limit::OneOf(values) => {
                let list: Vec<String> = values
                    .iter()
                    .take(ONE_OF_SHOWN)
                    .map(|v| shortened(&v.to_string(), QUOTED_CHARS).into_owned())
                    .collect();
                write!(f, "one of {}", list.join(", "))?;
                match values.len().checked_sub(ONE_OF_SHOWN) {
                    Some(more) if more > 0 => write!(f, ", … ({more} more)"),
                    _ => Ok(()),
                }
            }
            Limit::Equals(v) => write!(f, "= {}", shortened(&v.to_string(), QUOTED_CHARS)),
            Limit::Includes(v) => write!(f, "includes {}", shortened(&v.to_string(), QUOTED_CHARS)),
            Limit::Pattern(p) => write!(f, "shape {p}"),
            Limit::Present => f.write_str("stated"),
        }
    }
}

/// The most values of a `one_of` a limit shows (each cut at `dictionary::QUOTED_CHARS`): a limit
/// is quoted in the verdict of every item it fails (and shown beside every verdict), so a local
/// catalogue's list of a thousand is shown by its start. The longest built-in list has 100 values
/// (a condition on NCB codes).
pub const ONE_OF_SHOWN: usize = 100;

/// The most values a `one_of` may list.
pub const MAX_ONE_OF: usize = 1_000;

/// When a requirement applies, or which items a standard selects.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub property: String,
    pub test: Limit,
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.test {
            // a condition says when a requirement applies, in every not-applicable row: a long
            // list (ACodP-1's hundred NCB codes) by its first and last values
            Limit::OneOf(values) if values.len() > CONDITION_SHOWN => {
                let first: Vec<String> = values
                    .iter()
                    .take(CONDITION_SHOWN - 1)
                    .map(|v| shortened(&v.to_string(), QUOTED_CHARS).into_owned())
                    .collect();
                let last = values.last().map(ToString::to_string).unwrap_or_default();
                write!(
                    f,
                    "{} one of {}, …, {} ({} values)",
                    self.property,
                    first.join(", "),
                    shortened(&last, QUOTED_CHARS),
                    values.len()
                )
            }
            Limit::Present => write!(f, "{} is stated", self.property),
            test => write!(f, "{} {test}", self.property),
        }
    }
}

/// The most values of a condition's `one_of` its text shows.
const CONDITION_SHOWN: usize = 8;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alternative {
    pub value: String,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Catalogue text shared by every verdict that quotes it: cloning one is a count, not a copy.
pub type Text = Arc<str>;

#[derive(Debug, Clone, PartialEq)]
pub struct Requirement {
    /// The requirement as every verdict on it cites it (its id, clause, statement, property,
    /// severity, limit as read, unit, method, source and confidence), made once and shared by
    /// them all. The accessors below read it, so those fields are held once.
    pub citation: Arc<Citation>,
    pub limit: Limit,
    pub note: Option<Text>,
    pub when: Option<Condition>,
    /// When it does not apply although `when` holds: the item's property meets this condition
    /// (a hazard band an item's body colour already shows). An item that does not state the
    /// property is not excused: the requirement applies.
    pub unless: Option<Condition>,
    pub alternatives: Vec<Alternative>,
    /// What a verdict says when the requirement does not apply or the item is silent, written
    /// once here rather than for every item.
    pub said: Said,
    /// Properties an item may state in place of the property, or beside it: one stated meets a
    /// `present` limit, and any other limit judges each one stated (the property's own figure
    /// too), the one that fares worst answering.
    pub or_stated: Vec<String>,
    /// The kinds whose items state the property `when` asks, where the dictionary keeps it to
    /// some (`bru_type`: bomb racks); empty when any item may state it.
    pub when_kinds: Vec<String>,
    /// The unit the property `when` weighs is held in (`kg` for `payload`), where it has one:
    /// a figure stated in another (`3300 lb`) is told in the condition's unit too.
    pub when_unit: &'static str,
    /// The kinds of item it asks (its own `kinds`: STANAG 2021 asks vehicles by their gross mass
    /// and trailers by their payload); empty: every kind the standard covers. An item of
    /// another kind is not given it, whatever it states.
    pub kinds: Vec<String>,
    /// Each figure its limit names, read from its text ([`Limit::figures_read`]) once by the
    /// loader, for the trusted built-in read and the checked read alike: the units and digits
    /// the messages of its verdicts show values in (see `check::InUnitOf`).
    pub figures: Vec<FigureRead>,
}

impl Requirement {
    pub fn id(&self) -> &str {
        &self.citation.requirement
    }
    /// Whether its condition (`when`) asks a property that items of `kind` do not state, the
    /// dictionary keeping it to other kinds (a bomb rack's type, of a store).
    pub fn when_asks_other_kinds(&self, kind: &str) -> bool {
        !self.when_kinds.is_empty() && !self.when_kinds.iter().any(|k| k == kind)
    }
    /// Whether its own `kinds` leave out items of `kind` (a vehicle, of STANAG 2021's trailer
    /// rule).
    pub fn for_kinds_other_than(&self, kind: &str) -> bool {
        !self.kinds.is_empty() && !self.kinds.iter().any(|k| k == kind)
    }
    /// Its condition is only that the item states its own property (`when = { property = P,
    /// present = true }`): it judges a figure wherever one is given and picks out no sort of
    /// item, so an item that states none is not asked for one here.
    pub fn judged_where_stated(&self) -> bool {
        self.when
            .as_ref()
            .is_some_and(|w| w.test == Limit::Present && w.property == self.property())
    }
    /// `limit` as people read it ("≤ 57.40 mm"), rendered once.
    pub fn limit_text(&self) -> &str {
        &self.citation.limit.text
    }
    pub fn clause(&self) -> Option<&str> {
        self.citation.clause.as_deref()
    }
    pub fn statement(&self) -> &str {
        &self.citation.statement
    }
    pub fn property(&self) -> &str {
        &self.citation.property
    }
    /// The property's unit in the dictionary (limits and converted values are shown in it).
    pub fn unit(&self) -> Option<&str> {
        self.citation.limit.unit.as_deref()
    }
    /// The unit its figures are compared in as its messages tell them: its property's, or the
    /// one a count is counted in where its limit names a unit ([`LimitShown::counted_in`]).
    pub fn compared_in(&self) -> Option<&str> {
        let limit = &self.citation.limit;
        limit.unit.as_deref().or(limit.counted_in.as_deref())
    }
    pub fn method(&self) -> Option<&str> {
        self.citation.limit.method.as_deref()
    }
    pub fn severity(&self) -> Severity {
        self.citation.severity
    }
    pub fn source(&self) -> &str {
        &self.citation.source
    }
    pub fn confidence(&self) -> Confidence {
        self.citation.confidence
    }
}

/// What a verdict shows of the requirement it is on: the standard, the requirement's id, clause,
/// statement, property, severity and limit, its source and the confidence. Every outcome of one requirement points at the same
/// one, so an outcome costs one shared pointer rather than ten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub standard: Text,
    pub requirement: Text,
    pub clause: Option<Text>,
    pub statement: Text,
    pub property: Text,
    pub severity: Severity,
    pub limit: LimitShown,
    pub source: Text,
    pub confidence: Confidence,
}

/// A limit as a verdict shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LimitShown {
    pub kind: &'static str,
    pub text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<Text>,
    /// The unit a count is counted in, where its limit names a figure in a unit (`max = "40000
    /// kg"` of a count in t): a verdict's message converts by it, and says a difference in
    /// the limit's unit (not `by 1` of 1 t against 40000 kg); against bare figures a count is
    /// told bare, as written. Not in the report: `unit` is a quantity's.
    #[serde(skip)]
    pub counted_in: Option<Text>,
    /// Of a limit by a document's own measuring method that its public quotation does not state
    /// (`TM-43-0001-27`), the document (`dictionary::Method::unstated_method_of`): a figure by
    /// a method of its own is not judged by it. Not in the report: `method` names the method.
    #[serde(skip)]
    pub method_unstated_of: Option<Text>,
}

impl LimitShown {
    /// The limit's test method as a verdict names it ([`crate::dictionary::Method::said`]).
    pub fn method_said(&self) -> Option<String> {
        let method = self.method.as_deref()?;
        Some(match &self.method_unstated_of {
            Some(document) => crate::dictionary::unstated_method_said(document),
            None => method.to_string(),
        })
    }
}

/// A requirement's fixed messages.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    /// "applies only when …" (the item's value does not meet the condition).
    pub not_when: Text,
    /// "applies only when …; the item does not state …".
    pub when_unstated: Text,
    /// "the item does not state …".
    pub unstated: Text,
    /// "does not apply when …" (the item's value meets the `unless` condition).
    pub excepted: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Standard {
    pub id: Text,
    pub title: Text,
    pub edition: Option<Text>,
    pub status: Status,
    pub status_source: Option<String>,
    pub domain: String,
    pub kinds: Vec<String>,
    pub summary: String,
    /// Whether it judges every item it governs or only those that claim it.
    pub applies: Applies,
    /// Kinds of item the standard judges only when they claim it, where it judges its other
    /// kinds always (STANAG 4569: a vehicle's claimed protection level; its ballistic tests
    /// always): `when_claimed` in its file.
    pub when_claimed: Vec<String>,
    pub selector: Option<Condition>,
    pub requirements: Vec<Requirement>,
    /// The file it came from, and whether that file was the user's own.
    pub file: String,
    pub local: bool,
    /// A hash of the standard's normalised content.
    pub fingerprint: String,
    /// A local standard that replaced the built-in one of its id: the built-in requirements it
    /// does not define (by id), which are no longer checked. A local file replaces a standard as
    /// a whole, so a file written to change one figure would otherwise drop the rest unsaid.
    pub left_out: Vec<Text>,
    /// A local standard that replaced a built-in one and selects other items than it did: the
    /// built-in one's selector (a file copied without its `[selector]` would otherwise apply a
    /// 5.56 mm standard to every cartridge, unsaid).
    pub selector_replaced: Option<Condition>,
    /// A local standard that replaced a built-in one: that one's id, as the catalogue writes it
    /// (the local file may space it otherwise: `STANAG4172`).
    pub replaced: Option<Text>,
    /// The id as looked up ("stanag4172"), computed once.
    key: String,
    /// By property, then by test method: where in `requirements` the first requirement on that
    /// property by that method is.
    by_method: BTreeMap<Text, BTreeMap<Text, usize>>,
}

impl Standard {
    /// Whether the standard judges an item of `kind` that does not claim it: not when it
    /// applies only when claimed, to every kind (`applies = "when-claimed"`) or to this one
    /// (`when_claimed`).
    pub fn judges_unclaimed(&self, kind: &str) -> bool {
        self.applies == Applies::Always && !self.when_claimed.iter().any(|k| k == kind)
    }

    /// Which items it judges only when they claim it, where some are (`only the items that
    /// claim it`, `items of kind vehicle only when they claim it`): the catalogue view and
    /// `explain` say it in these words.
    pub fn claimed_only(&self) -> Option<String> {
        if self.applies == Applies::WhenClaimed {
            Some("only the items that claim it".to_string())
        } else if self.when_claimed.is_empty() {
            None
        } else {
            Some(format!(
                "items of kind {} only when they claim it",
                crate::suggest::or_listed(&self.when_claimed)
            ))
        }
    }

    pub fn governs(&self, kind: &str) -> bool {
        self.kinds.iter().any(|k| k == kind || k == "*")
    }

    /// What a local standard that replaced a built-in one left out, said to the user (none when
    /// it left out nothing).
    pub fn replacement_note(&self) -> Option<String> {
        let mut said = Vec::new();
        if !self.left_out.is_empty() {
            let (are, them) = if self.left_out.len() == 1 {
                ("is", "it")
            } else {
                ("are", "them")
            };
            said.push(format!(
                "{} of its requirements {are} not in the file and {are} not checked ({}); copy \
                 {them} into the file to keep {them}",
                self.left_out.len(),
                // the built-in standard's own ids: a few dozen at most
                self.left_out.join(", ")
            ));
        }
        if let Some(built_in) = &self.selector_replaced {
            let now = match &self.selector {
                Some(selector) => format!("items with `{selector}`"),
                None => format!("every {} it governs", self.kinds.join(" and ")),
            };
            said.push(format!(
                "the built-in one applies only to items with `{built_in}`, this file to {now}; copy its \
                 `[selector]` into the file to keep it"
            ));
        }
        // an id written otherwise than the built-in one's (`Stanag 4172`, `STANAG4172`) still
        // replaces it, and so do requirement ids that start so (`Stanag-4172/oal-max`): said,
        // with the built-in one's spelling of both, so that one spelling is asked of the file
        let written = self
            .replaced
            .as_deref()
            .and_then(|built_in| self.spelt_otherwise(built_in));
        said.splice(0..0, written);
        (!said.is_empty()).then(|| {
            format!(
                "{} replaces the built-in {} as a whole: {}",
                self.file,
                self.replaced.as_deref().unwrap_or(&self.id),
                said.join("; and ")
            )
        })
    }

    /// How a local standard that replaces the built-in one of id `built_in` writes its id, or its
    /// requirement ids' start, otherwise than that one (`Stanag 2310`, `Stanag-2310/…`), said
    /// with the built-in spelling of both; `None` where it writes both so.
    fn spelt_otherwise(&self, built_in: &str) -> Option<String> {
        let head = built_in.replace(' ', "-");
        // the starts written otherwise, each once: the first few (a file may hold thousands of
        // requirements, each cased its own way)
        let mut heads: Vec<&str> = Vec::new();
        for r in &self.requirements {
            if heads.len() == 3 {
                break;
            }
            if let Some(written) = requirement_head(r.id(), &self.key) {
                if written != head && !heads.contains(&written) {
                    heads.push(written);
                }
            }
        }
        let heads: Vec<String> = heads.iter().map(|h| format!("`{h}/…`")).collect();
        let heads = crate::suggest::and_listed(&heads);
        let id = &*self.id;
        match (id != built_in, heads.is_empty()) {
            (false, true) => None,
            (true, true) => Some(format!(
                "its id is written `{id}`, the built-in one's `{built_in}`: write it so to show \
                 which standard it replaces"
            )),
            (false, false) => Some(format!(
                "its requirement ids are written {heads}, the built-in one's `{head}/…`: write \
                 them so to show which standard they are of"
            )),
            (true, false) => Some(format!(
                "its id is written `{id}` and its requirement ids {heads}, the built-in one's \
                 `{built_in}` and `{head}/…`: write them so to show which standard it replaces"
            )),
        }
    }

    /// The first requirement, in the standard's order, on `property` by any of `methods`: found
    /// without reading every requirement (a standard may hold thousands, and each asks this of
    /// its siblings).
    pub fn requirement_by_method<'m>(
        &self,
        property: &str,
        methods: impl IntoIterator<Item = &'m str>,
    ) -> Option<&Requirement> {
        let by = self.by_method.get(property)?;
        let at = methods.into_iter().filter_map(|m| by.get(m)).min()?;
        self.requirements.get(*at)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    pub version: String,
    pub label: String,
    pub fingerprint: String,
    /// Shared: every catalogue made from the built-in files without a local dictionary or code
    /// file holds the same one.
    pub dictionary: Arc<Dictionary>,
    pub standards: Vec<Standard>,
    /// Rules between items of two kinds (compatibility and the interfaces of interchangeability).
    pub pair_rules: Vec<PairRule>,
    /// What a user's own dictionary, code or pairs file replaced of the built-in catalogue (a
    /// property, a pair rule …), said as a note naming the file; a replaced standard says it
    /// itself ([`Standard::replacement_note`]). All of them: [`Catalogue::replacement_notes`].
    pub replaced: Vec<String>,
}

/// How a pair rule compares the two items' values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PairTest {
    Equal,
    Table,
    AtMost,
    Includes,
    Overlap,
    Lower,
    Implies,
}

impl PairTest {
    /// As a catalogue file writes it.
    pub fn name(self) -> &'static str {
        match self {
            PairTest::Equal => "equal",
            PairTest::Table => "table",
            PairTest::AtMost => "at-most",
            PairTest::Includes => "includes",
            PairTest::Overlap => "overlap",
            PairTest::Lower => "lower",
            PairTest::Implies => "implies",
        }
    }
}

/// What a pair rule's case says of its combination of values (`level`): from the worst to the
/// best, so that of the cases a list of values meets the best decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CaseLevel {
    Incompatible,
    /// No public source gives the fit: the pair is unknown, with the case's reason.
    Unknown,
    Compatible,
}

impl CaseLevel {
    pub const NAMES: [&'static str; 3] = ["compatible", "incompatible", "unknown"];

    pub fn name(self) -> &'static str {
        match self {
            CaseLevel::Incompatible => "incompatible",
            CaseLevel::Unknown => "unknown",
            CaseLevel::Compatible => "compatible",
        }
    }
}

/// A listed combination of values and what it means.
#[derive(Debug, Clone, PartialEq)]
pub struct PairCase {
    pub a: String,
    pub b: String,
    /// `a` and `b` normalised for matching (`dictionary::value_key`), made once at load rather
    /// than for every pair weighed against every case.
    pub keys: (String, String),
    pub level: CaseLevel,
    /// Of a compatible case: its reason is shown as a warning.
    pub warning: bool,
    pub reason: String,
    pub source: Option<Text>,
    pub confidence: Option<Confidence>,
}

/// A declarative, sourced rule between items of kind `a` and kind `b`.
#[derive(Debug, Clone, PartialEq)]
pub struct PairRule {
    pub id: Text,
    pub title: Text,
    pub a: String,
    pub b: String,
    /// Fallbacks: the first property the item states is used.
    pub a_property: Vec<String>,
    pub b_property: Vec<String>,
    /// The unit each quantity property of the rule holds its figures in: two properties of one
    /// dimension may be held in different units (a cartridge's length in mm, a vehicle's in m),
    /// and are compared in one.
    pub units: BTreeMap<String, &'static crate::units::Unit>,
    pub test: PairTest,
    /// Applies only when both items state the properties.
    pub optional: bool,
    pub when_a: Option<Condition>,
    pub when_b: Option<Condition>,
    /// Exceptions: the rule does not apply to an item that meets one and does not state what the
    /// rule compares (a gun tube of the JBMoU, which states its `bore_diameter` and no cartridge).
    /// An item that leaves the exception unstated, or states what the rule compares, is not
    /// excused.
    pub unless_a: Option<Condition>,
    pub unless_b: Option<Condition>,
    pub severity: Severity,
    pub source: Text,
    pub confidence: Confidence,
    pub note: Option<String>,
    pub cases: Vec<PairCase>,
    /// Where in `cases` the first case of each pair of keys is: a rule is weighed for every pair
    /// of items, and a local rule may list thousands of cases.
    pub case_at: BTreeMap<(String, String), usize>,
}

/// The longest reason a pair case may give, in characters: it is quoted in every pair the case
/// decides. The longest built-in one is under 120.
pub const MAX_CASE_REASON_CHARS: usize = 500;

/// A catalogue file that cannot be used, and why: with the line:col of the mistake when the
/// file was read as TOML (a user's own file, or a source in `standards/`).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}:{}{message}", .at.map(|p| format!("{p}: ")).unwrap_or_else(|| " ".into()))]
pub struct CatalogueError {
    pub file: String,
    pub at: Option<Pos>,
    pub message: String,
}

/// A file as its mistakes name it, with its text when it was read as TOML: where a mistake's
/// place is found (the compiled JSON's places mean nothing to the person who wrote the TOML, and
/// a built-in file may share a name with a user's).
#[derive(Clone, Copy)]
struct Origin<'a> {
    name: &'a str,
    toml: Option<&'a str>,
}

/// A mistake found while reading or validating a file, before its place is looked up: where in
/// the file it lies, as keys from the top (validation has only the typed file, not its text).
#[derive(Clone)]
struct Mistake<'a> {
    origin: Origin<'a>,
    path: Path,
    message: String,
    /// About the file as a whole (its name, its size): told at no place in it.
    whole_file: bool,
}

/// The same mistake at the same place of the same file (as [`in_every_reading`] compares them).
impl PartialEq for Mistake<'_> {
    fn eq(&self, other: &Self) -> bool {
        (self.origin.name, &self.path, &self.message)
            == (other.origin.name, &other.path, &other.message)
    }
}

impl<'a> Mistake<'a> {
    fn new(origin: Origin<'a>, path: Path, message: String) -> Mistake<'a> {
        Mistake {
            origin,
            path,
            message,
            whole_file: false,
        }
    }

    /// A mistake of the file as a whole, not of a place in it (its name, its size).
    fn of_file(origin: Origin<'a>, message: String) -> Mistake<'a> {
        Mistake {
            whole_file: true,
            ..Mistake::new(origin, Path::default(), message)
        }
    }
}

/// Why a file of the user's own is not taken as a catalogue file, if it is not: by its name
/// after any folder, which must end in `.toml` (lower case); and a `catalogue.toml`, which holds
/// the built-in catalogue's version, is not read. The page refuses such a file when it is picked;
/// `--catalogue DIR` says so and reads the folder's other files.
pub fn refused_local_name(name: &str) -> Option<&'static str> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    if !base.ends_with(".toml") {
        Some("not a catalogue file: its name must end in .toml")
    } else if base == "catalogue.toml" {
        Some(
            "a catalogue.toml of your own is not read: the version stays the built-in \
             catalogue's, and +local marks your files",
        )
    } else {
        None
    }
}

/// What a catalogue's version ends with when a user's own file (any but a `catalogue.toml`)
/// went into it.
const LOCAL_MARK: &str = "+local";

/// A catalogue of this version has files of the user's own in it.
pub fn is_local_version(version: &str) -> bool {
    version.ends_with(LOCAL_MARK)
}

impl Catalogue {
    /// The catalogue has files of the user's own in it (see [`is_local_version`]).
    pub fn has_local_files(&self) -> bool {
        is_local_version(&self.version)
    }

    /// Everything a user's own file replaced of the built-in catalogue, said as notes (the CLI
    /// on stderr and in the JSON's `notices`, the page beside the files): the standards first,
    /// then the dictionary's entries, codes and pair rules. None for the built-in catalogue.
    pub fn replacement_notes(&self) -> Vec<String> {
        self.standards
            .iter()
            .filter_map(Standard::replacement_note)
            .chain(self.replaced.iter().cloned())
            .collect()
    }

    /// The catalogue embedded at build time (compiled to normalised JSON by `build.rs`).
    ///
    /// Its files are trusted: what only finds mistakes in them (a requirement id without its
    /// standard's, or used twice; a requirement without a source …) is not run at each start,
    /// as `tests/catalogue_lint.rs` checks that this catalogue is the one their TOML sources
    /// make with every check. Should they fail to make one all the same, they are read again
    /// with every check, and every mistake is said.
    pub fn builtin() -> Result<Catalogue, Vec<CatalogueError>> {
        Read::trusted_or_checked(embedded::FILES)
    }

    /// The embedded catalogue plus a user's own TOML files, which add standards or replace those
    /// with the same id (and may extend the dictionary).
    ///
    /// The built-in files are read and validated once per process and copied for each call:
    /// the CLI makes one such catalogue, but the tests and the catalogue fuzz target make one
    /// per case, and reading and validating the embedded files was most of the cost. A local
    /// dictionary or code file can change what a built-in standard or pair rule means, so with
    /// one of those they are all validated again.
    pub fn with_local(local: &[(String, String)]) -> Result<Catalogue, Vec<CatalogueError>> {
        static BUILTIN: OnceLock<Read<'static>> = OnceLock::new();
        let mut read = BUILTIN.get_or_init(|| Read::builtin().validated()).clone();
        for (name, text) in local {
            read.file(Toml, name, text, true);
        }
        read.finish()
    }

    /// The catalogue read from its TOML sources (the files of `standards/`, as (name, text)) as
    /// the built-in one, not as local files: what `build.rs` compiles. Errors name the place in
    /// the TOML file, where the built-in (compiled) catalogue's would name one in its JSON.
    pub fn from_sources(files: &[(String, String)]) -> Result<Catalogue, Vec<CatalogueError>> {
        let mut read = Read::default();
        for (name, text) in files {
            read.file(Toml, name, text, false);
        }
        read.finish()
    }

    /// What `build.rs` says, refusing to build, when the catalogue's TOML sources (the files
    /// of `standards/`, as [`Catalogue::from_sources`] takes them) make no catalogue: each of
    /// their mistakes as that function tells it, at its line:col, one a line. None when they
    /// make one. (The build compiles this very code: what it refuses is what the lint and a
    /// checked read refuse.)
    pub fn sources_refused(files: &[(String, String)]) -> Option<String> {
        let errors = Catalogue::from_sources(files).err()?;
        let mut said = format!(
            "standards/ holds {}; the built-in catalogue is read unchecked, so it is not built \
             until they are mended:",
            crate::suggest::counted(errors.len(), "mistake")
        );
        for error in &errors {
            said.push_str("\n  ");
            said.push_str(&error.to_string());
        }
        Some(said)
    }

    /// The standard with this id, however it is spaced or cased ("stanag4172" finds
    /// "STANAG 4172": no two standards share that form); an id written exactly as the
    /// catalogue's is found without normalising.
    pub fn standard(&self, id: &str) -> Option<&Standard> {
        self.standard_place(id).map(|at| &self.standards[at])
    }

    /// Where [`Catalogue::standard`]'s standard is in `standards`.
    pub fn standard_place(&self, id: &str) -> Option<usize> {
        if let Some(exact) = self.standards.iter().position(|s| *s.id == *id) {
            return Some(exact);
        }
        let key = id_key(id);
        self.standards.iter().position(|s| s.key == key)
    }

    pub fn requirement(&self, id: &str) -> Option<(&Standard, &Requirement)> {
        self.standards
            .iter()
            .flat_map(|s| s.requirements.iter().map(move |r| (s, r)))
            .find(|(_, r)| r.id().eq_ignore_ascii_case(id))
    }

    pub fn suggest_standard(&self, id: &str) -> Option<String> {
        crate::suggest::closest(id, self.standards.iter().map(|s| &*s.id)).map(str::to_string)
    }

    /// The standard a mistaken claim by an item of `kind` likely meant, told with its title: one
    /// of those for the kind first (a truck's `STANAG 4712` is not the 5.56 mm cartridge's
    /// STANAG 4172), else any, whose title then shows what it is about.
    pub fn suggest_claim(&self, id: &str, kind: &str) -> Option<(String, String)> {
        // a standard's id with more after it (`STANAG 4172 Ed. 3`, `STANAG 4172 (2019)`): the
        // longest start of the claim, up to a space, comma or bracket, that names a standard
        let named_first = id
            .char_indices()
            .rev()
            .filter(|&(_, c)| matches!(c, ' ' | ',' | ';' | '(' | '['))
            .find_map(|(at, _)| self.standard(&id[..at]))
            .map(|s| &*s.id);
        // a standard's number is its name: one that differs from the claim's by more than one
        // digit, or two swapped, is another standard however close the rest (`STANAG 9999` is
        // no `STANAG 1059`; `STANAG 2012` may be `STANAG 2021`)
        let digits = |s: &str| s.bytes().filter(u8::is_ascii_digit).collect::<Vec<u8>>();
        let claimed = digits(id);
        let near_number = |s: &str| {
            let theirs = digits(s);
            if claimed.is_empty() || theirs.is_empty() {
                return true;
            }
            if claimed.len() != theirs.len() {
                // one digit more or fewer
                let (long, short) = if claimed.len() > theirs.len() {
                    (&claimed, &theirs)
                } else {
                    (&theirs, &claimed)
                };
                return long.len() == short.len() + 1
                    && (0..long.len())
                        .any(|i| long[..i].iter().chain(&long[i + 1..]).eq(short.iter()));
            }
            let off: Vec<usize> = (0..claimed.len())
                .filter(|&i| claimed[i] != theirs[i])
                .collect();
            match off.as_slice() {
                [] | [_] => true,
                [i, j] => *j == i + 1 && claimed[*i] == theirs[*j] && claimed[*j] == theirs[*i],
                _ => false,
            }
        };
        let of = |for_kind: bool| {
            crate::suggest::closest(
                id,
                self.standards
                    .iter()
                    .filter(|s| !for_kind || s.governs(kind))
                    .map(|s| &*s.id)
                    .filter(|s| near_number(s)),
            )
        };
        let found = named_first.or_else(|| of(true)).or_else(|| of(false))?;
        let standard = self.standard(found)?;
        let mut title: String = standard.title.chars().take(60).collect();
        if title.len() < standard.title.len() {
            title.push('…');
        }
        Some((found.to_string(), title))
    }
}

/// The syntax a catalogue file is read in.
trait Syntax: Copy {
    /// Whether a mistake's place is worth finding in this syntax's text: the compiled JSON's
    /// places mean nothing to the person who wrote the TOML.
    const PLACED: bool;
    /// Refuses a text too large or too deeply nested to read safely (the readers recurse).
    fn guard(self, _text: &str) -> Result<(), String> {
        Ok(())
    }
    fn read<T: serde::de::DeserializeOwned>(self, text: &str) -> Result<T, String>;
    /// Every mistake of the syntax itself in a text that did not read, each as `line:col: what`
    /// (`read` says the first; the others are said with it, not a run at a time).
    fn syntax_errors(self, _text: &str) -> Vec<String> {
        Vec::new()
    }
    /// A stable hash of the file's content (not its layout, comments or key order).
    fn fingerprint(self, text: &str) -> String;
}

/// The built-in files as `build.rs` wrote them: already the normalised JSON a fingerprint hashes,
/// and hashed there (`fingerprint`: [`fnv1a64`] of the text, which a test checks), so that the
/// page does not hash the whole catalogue again at each start.
#[derive(Clone, Copy)]
struct Json {
    fingerprint: &'static str,
}

impl Syntax for Json {
    const PLACED: bool = false;

    fn read<T: serde::de::DeserializeOwned>(self, text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    fn fingerprint(self, _text: &str) -> String {
        self.fingerprint.to_string()
    }
}

/// Catalogue files as people write them.
#[derive(Clone, Copy)]
struct Toml;

impl Syntax for Toml {
    const PLACED: bool = true;

    fn guard(self, text: &str) -> Result<(), String> {
        use crate::document::{toml_refused, MAX_FILE_BYTES};
        if text.len() > MAX_FILE_BYTES {
            return Err(crate::document::too_large_said(
                text.len() as u64,
                MAX_FILE_BYTES,
            ));
        }
        match toml_refused(text) {
            Some(e) => Err(format!("{}: {e}", e.pos())),
            None => Ok(()),
        }
    }

    fn read<T: serde::de::DeserializeOwned>(self, text: &str) -> Result<T, String> {
        // the very text the guard measured: with a second byte order mark after the first, toml
        // read another text than the guard, and built a tree thousands of levels deep
        use crate::document::{parse, Format};
        let text = crate::document::without_bom(text);
        let (table, unread) = match toml::from_str::<toml::Table>(text) {
            Ok(table) => (table, None),
            // a mistake of TOML itself is told as a spec file's is (an unclosed quote placed at
            // the quote)
            Err(e) => match parse(Format::Toml, text) {
                Err(syntax) => return Err(format!("{}: {syntax}", syntax.pos())),
                // a value toml parses but cannot convert (the integer `1_0@"`) is its mistake
                // only when it is read: a mistake of meaning read before it is said instead (as
                // toml's reader of each type said it), read with the value put to 0
                Ok(tree) => match unconverted(text, &e) {
                    Some((table, pos)) => (table, Some((e, tree, pos))),
                    None => return Err(unconverted_error(text, &e)),
                },
            },
        };
        // then the table is read as the built-in files are, as JSON (see `read_table`): each
        // catalogue type has one reader in the page, not also one of TOML's. A wrong key or
        // value is said as serde says it, at its place in the TOML, found by its path
        let mut table = toml::Value::Table(table);
        spelt_as_written(&mut table, text);
        let mut json = JsonOf::default();
        json.value(&table, Path::default())?;
        let place = |path: &Path, tree: &crate::document::Node| path.find(tree);
        let read = serde_json::from_str::<T>(&json.text);
        if let Some((e, tree, pos)) = unread {
            // (where serde_json reaches the value put to 0)
            let reached = json
                .spans
                .iter()
                .find(|(_, path)| place(path, &tree) == Some(pos))
                .map(|(span, _)| span.start);
            let before = match (&read, reached) {
                (Err(first), Some(reached)) => json.at(first).is_some_and(|(at, _)| at < reached),
                _ => false,
            };
            if !before {
                return Err(unconverted_error(text, &e));
            }
        }
        read.map_err(|e| {
            // (a text toml reads that is no document, one of only comments, is told so)
            let tree = match parse(Format::Toml, text) {
                Err(syntax) => return format!("{}: {syntax}", syntax.pos()),
                Ok(tree) => tree,
            };
            let message = without_json_place(&e);
            match json.at(&e).and_then(|(_, path)| place(path, &tree)) {
                Some(pos) => format!("{}:{}: {message}", pos.line, pos.col),
                None => message,
            }
        })
    }

    fn syntax_errors(self, text: &str) -> Vec<String> {
        let text = crate::document::without_bom(text);
        crate::document::toml_syntax_errors(text)
            .into_iter()
            .map(|e| format!("{}: {e}", e.pos()))
            .collect()
    }

    fn fingerprint(self, text: &str) -> String {
        fingerprint_of(text)
    }
}

/// Catalogue files read so far, before they are validated and joined into a catalogue.
#[derive(Clone, Default)]
struct Read<'a> {
    errors: Vec<Mistake<'a>>,
    dictionary: Arc<Dictionary>,
    meta: Option<RawMeta>,
    /// (file, its standard, whether it is local, its fingerprint)
    standard_files: Vec<(Origin<'a>, Arc<RawStandard>, bool, String)>,
    /// (file, its rules, whether it is local)
    pair_files: Vec<(Origin<'a>, Arc<RawPairs>, bool)>,
    /// Whether any local file changed the catalogue (a standard, the dictionary, codes or
    /// pair rules): its version then says so.
    any_local: bool,
    /// The fingerprints of the dictionary, code and pair files, in reading order.
    shared_fingerprints: String,
    /// The built-in standards and pair rules validated against the built-in dictionary (see
    /// [`Read::validated`]), used in place of validating them again.
    valid: Option<Arc<Valid>>,
    /// A local dictionary or code file was read: the built-in standards and rules are then
    /// validated against the dictionary it makes, not taken from `valid`.
    local_dictionary: bool,
    /// What local files replaced of the built-in dictionary, codes and pair rules (see
    /// [`Catalogue::replaced`]).
    notes: Vec<String>,
    /// Only built-in files were read, which are trusted to be right (see
    /// [`Catalogue::builtin`]): the checks that only find mistakes are left out.
    trusted: bool,
    /// The keys of files that did not read whole that were read under the names they misspell,
    /// each with its file (see [`renamed_at`]): a mistake in one's value is placed where it is
    /// written.
    renamed: Vec<(&'a str, Path, String)>,
    /// The tables of files that did not read whole that held a key they do not take, one that
    /// misspells none they lack (said, and left out to judge the rest), each with its file: a
    /// mistake of meaning about such a table as a whole (`no limit`, a condition's `takes one
    /// of`) is not said, as the key may have been meant as what it lacks.
    unjudged: Vec<(&'a str, Path)>,
}

/// The built-in standards, in reading order, and each built-in pair file's rules, validated.
struct Valid {
    standards: Vec<Standard>,
    pair_rules: Vec<Vec<PairRule>>,
}

impl Read<'static> {
    /// The embedded files read, from the JSON `build.rs` wrote: only a user's own files
    /// ([`Catalogue::with_local`]) and [`Catalogue::from_sources`] are read as TOML.
    fn builtin() -> Read<'static> {
        Read::compiled(embedded::FILES, false)
    }

    /// `files` (name, JSON text, fingerprint) as `build.rs` writes the built-in ones; when
    /// `trusted`, [`Read::finish`] leaves out the checks that only find mistakes (see
    /// [`Catalogue::builtin`]).
    fn compiled(
        files: &[(&'static str, &'static str, &'static str)],
        trusted: bool,
    ) -> Read<'static> {
        let mut read = Read {
            trusted,
            ..Read::default()
        };
        for &(name, text, fingerprint) in files {
            read.file(Json { fingerprint }, name, text, false);
        }
        read
    }

    /// The catalogue of `files` (as [`Read::compiled`]) read as trusted, or, if they make none
    /// so, read again with every check: every mistake is said.
    fn trusted_or_checked(
        files: &[(&'static str, &'static str, &'static str)],
    ) -> Result<Catalogue, Vec<CatalogueError>> {
        Read::compiled(files, true)
            .finish()
            .or_else(|_| Read::compiled(files, false).finish())
    }

    /// These built-in files with their standards and pair rules validated once, so that each
    /// catalogue made from them does not validate them again. If any of them is wrong none is
    /// kept: [`Read::finish`] then validates them and says what is wrong.
    fn validated(mut self) -> Read<'static> {
        let standards = self
            .standard_files
            .iter()
            .map(|(origin, raw, local, hash)| {
                RawStandard::clone(raw)
                    .validate(&self.dictionary, *origin, *local, hash.clone(), true)
                    .ok()
            })
            .collect::<Option<Vec<Standard>>>();
        let pair_rules = self
            .pair_files
            .iter()
            .map(|(_, raw, _)| {
                raw.rule
                    .iter()
                    .map(|rule| rule.clone().validate(&self.dictionary).ok())
                    .collect::<Option<Vec<PairRule>>>()
            })
            .collect::<Option<Vec<_>>>();
        if let (Some(standards), Some(pair_rules)) = (standards, pair_rules) {
            self.valid = Some(Arc::new(Valid {
                standards,
                pair_rules,
            }));
        }
        self
    }
}

impl<'a> Read<'a> {
    fn file<S: Syntax>(&mut self, syntax: S, name: &'a str, text: &'a str, is_local: bool) {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        if !base.ends_with(".toml") {
            return;
        }
        let origin = Origin {
            name,
            toml: S::PLACED.then_some(text),
        };
        if let Err(message) = syntax.guard(text) {
            self.errors.push(Mistake::of_file(origin, message));
            return;
        }
        if S::PLACED && self.directional(origin, text) {
            return;
        }
        // a dictionary, code or pairs file under a name close to its own would be read as a
        // standard file, and told it lacks an `id`: it is told its name instead
        if let Some(message) = is_local.then(|| misnamed(base, text)).flatten() {
            self.errors.push(Mistake::of_file(origin, message));
            return;
        }
        if base == "dictionary.toml" || base == "codes.toml" || base.starts_with("pairs") {
            self.shared_fingerprints.push_str(&syntax.fingerprint(text));
        }
        let shared = base == "dictionary.toml" || base == "codes.toml";
        // what the file replaces is found by comparing the dictionary before and after it (a
        // shared copy, until the file changes it)
        let before = (is_local && shared).then(|| self.dictionary.clone());
        self.local_dictionary |= is_local && shared;
        self.file_read(syntax, origin, base, text, is_local);
        if let Some(before) = before {
            let notes = self.dictionary.replaced_since(&before, name);
            self.notes.extend(notes);
        }
    }

    /// Whether the TOML file holds a key or text with a bidirectional control (a title, a
    /// statement, a note or a source that would reverse the words shown after it): each is
    /// said, at the character, and nothing else of the file, as any other mistake might quote
    /// such a text. A file that does not parse is told its syntax by the reading.
    fn directional(&mut self, origin: Origin<'a>, text: &'a str) -> bool {
        use crate::document::{directional_controls, parse, Format};
        // a decoded key or text can hold one only where the file holds one or a `\u`/`\U`
        // escape: most files hold neither, and are not parsed a second time for it
        let may_hold = text.contains("\\u")
            || text.contains("\\U")
            || text
                .chars()
                .any(|c| crate::suggest::directional(c).is_some());
        if !may_hold {
            return false;
        }
        let tree = match parse(Format::Toml, text) {
            Ok(tree) => tree,
            // a key given twice that holds one is told as such, at the character, as it would
            // be were it given once (and as a spec file's is)
            Err(crate::document::SyntaxError::DuplicateKey { key, pos, .. }) => {
                let Some(said) = crate::suggest::directional_said("the key", &key) else {
                    return false;
                };
                let pos = crate::document::control_place(text, pos, &key);
                self.errors.push(Mistake::new(
                    origin,
                    Path::default(),
                    format!("{pos}: {said}"),
                ));
                return true;
            }
            Err(_) => return false,
        };
        // (one past those listed is made: the rest are counted from its place)
        let (found, count) = directional_controls(&tree, text, MAX_LISTED + 1);
        for hit in found.iter().take(MAX_LISTED) {
            let said = format!("{}: {}", hit.pos, hit.message);
            self.errors
                .push(Mistake::new(origin, Path::default(), said));
        }
        if let Some(first) = found.get(MAX_LISTED) {
            let more = count.saturating_sub(MAX_LISTED);
            let said = format!(
                "{}: {more} more keys or texts that hold such a character from here on are not listed",
                first.pos
            );
            self.errors
                .push(Mistake::new(origin, Path::default(), said));
        }
        count > 0
    }

    /// [`Read::file`]'s reading of a file, once it is known to be one to read.
    fn file_read<S: Syntax>(
        &mut self,
        syntax: S,
        origin: Origin<'a>,
        base: &str,
        text: &'a str,
        is_local: bool,
    ) {
        self.any_local |= is_local && base != "catalogue.toml";
        // a file that does not read is a mistake without a path (its message has the place);
        // the dictionary and codes can be read and still be wrong at places
        let read: Result<Result<(), Vec<(Path, String)>>, String> = match base {
            "dictionary.toml" => syntax
                .read::<RawDictionary>(text)
                .map(|raw| Arc::make_mut(&mut self.dictionary).merge_checked(raw, !self.trusted)),
            "codes.toml" => syntax.read::<RawCodes>(text).map(|raw| {
                Arc::make_mut(&mut self.dictionary).set_codes_checked(raw, !self.trusted)
            }),
            "catalogue.toml" => syntax.read::<RawMeta>(text).map(|m| {
                if !is_local {
                    self.meta = Some(m);
                }
                Ok(())
            }),
            _ if base.starts_with("pairs") => syntax.read::<RawPairs>(text).map(|raw| {
                self.pair_files.push((origin, Arc::new(raw), is_local));
                Ok(())
            }),
            _ => syntax.read::<RawStandard>(text).map(|mut raw| {
                // an empty `id` is none: said as a missing one is, with the id its requirements
                // imply, as which they are judged (not as of no standard's)
                let mut placed = Vec::new();
                if S::PLACED && raw.id.trim().is_empty() {
                    let table = toml::from_str::<toml::Table>(crate::document::without_bom(text));
                    let implied =
                        implied_id(&table.unwrap_or_default(), base, &self.standard_files);
                    let said = format!("`id` is empty: every standard needs one{}", implied.note());
                    placed.push((Path::default().key("id"), said));
                    match implied.id() {
                        Some(id) => raw.id = id.to_string(),
                        None => return Err(placed),
                    }
                }
                let hash = syntax.fingerprint(text);
                self.standard_files
                    .push((origin, Arc::new(raw), is_local, hash));
                if placed.is_empty() {
                    Ok(())
                } else {
                    Err(placed)
                }
            }),
        };
        let message = match read {
            Ok(Ok(())) => return,
            Ok(Err(placed)) => {
                for (path, message) in placed {
                    self.errors.push(Mistake::new(origin, path, message));
                }
                return;
            }
            Err(message) => message,
        };
        self.file_unread(syntax, origin, base, text, is_local, message);
    }

    /// [`Read::file_read`]'s mistakes of a file that did not read, of which serde said the
    /// first (`message`): kept out of its way, as code of its own, which a file that reads never
    /// runs (WebAssembly compiles a function when it is first called, all of it).
    #[inline(never)]
    fn file_unread<S: Syntax>(
        &mut self,
        syntax: S,
        origin: Origin<'a>,
        base: &str,
        text: &'a str,
        is_local: bool,
        message: String,
    ) {
        let path = Path::default();
        // serde stops at a file's first wrong key or value: the others are found by reading
        // the file's entries one by one, so a file is not fixed a run at a time; and the
        // entries of a dictionary or code file that read are judged as the whole file's would
        // be, so that their mistakes of meaning are listed in the same run, as are those of a
        // standard's requirements and a pairs file's rules that read, or that read once their
        // wrong words are mended (judged with `finish`'s dictionary, in every reading)
        // (an empty file is that one mistake, not also each key it lacks)
        let empty = crate::document::SyntaxError::Empty.to_string();
        let table = if S::PLACED && !message.ends_with(&format!(": {empty}")) {
            // (a bare float that reads two ways carried as written, as a whole file's is)
            toml::from_str::<toml::Table>(crate::document::without_bom(text))
                .ok()
                .and_then(|table| {
                    let mut table = toml::Value::Table(table);
                    spelt_as_written(&mut table, text);
                    match table {
                        toml::Value::Table(table) => Some(table),
                        _ => None,
                    }
                })
        } else {
            None
        };
        // (what a standard file without an `id` of text is told of the id it implies)
        let mut id_note = None;
        let (entry, more) = match &table {
            Some(table) => {
                // the entries of a standard's or pairs file's list that read (or were mended)
                let mut kept: Option<BTreeSet<usize>> = None;
                let meaning = match base {
                    "dictionary.toml" => {
                        let dictionary = Arc::make_mut(&mut self.dictionary);
                        let (raw, others, (properties, kinds), renamed, unknown) =
                            dictionary_in_part(table);
                        dictionary.left_out(properties, kinds);
                        self.renamed_in(origin, renamed);
                        self.unjudged_in(origin, unknown);
                        // (each other reading, a flag of another type read as true, judged
                        // against the dictionary before this file, as the first is: a mistake
                        // of meaning is said where every reading makes it)
                        let before = (!others.is_empty()).then(|| self.dictionary.clone());
                        let others =
                            others
                                .into_iter()
                                .zip(before.iter().cycle())
                                .map(|(other, before)| {
                                    let mut dictionary = Dictionary::clone(before);
                                    (Vec::new(), dictionary.merge(other))
                                });
                        let first = Arc::make_mut(&mut self.dictionary).merge(raw);
                        in_every_reading(first, others, |_| None)
                    }
                    "codes.toml" => {
                        let (first, others, renamed, unknown) = codes_in_part(table);
                        self.renamed_in(origin, renamed);
                        self.unjudged_in(origin, unknown);
                        // (each other reading judged against the codes before this file, as
                        // the first is)
                        let others: Vec<_> = others
                            .into_iter()
                            .map(|(at, other)| {
                                let mut dictionary = Dictionary::default();
                                dictionary.codes = self.dictionary.codes.clone();
                                (at, dictionary.set_codes(other))
                            })
                            .collect();
                        in_every_reading(
                            Arc::make_mut(&mut self.dictionary).set_codes(first),
                            others.into_iter(),
                            |(path, _)| path.index_after(&["ncb", "code"]),
                        )
                    }
                    "catalogue.toml" => Ok(()),
                    _ if base.starts_with("pairs") => {
                        if let Some(mut read) = Readings::of(table, "rule", &[]) {
                            self.renamed_in(origin, std::mem::take(&mut read.renamed));
                            self.unjudged_in(origin, std::mem::take(&mut read.unknown));
                            kept = Some(crate::set_of(read.entries.iter().map(|(at, ..)| *at)));
                            // (a pairs file has no keys of its own but its rules)
                            let file =
                                read.file(|_: RawPairs, rule, partly| RawPairs { rule, partly });
                            self.pair_files.push((origin, Arc::new(file), is_local));
                        }
                        Ok(())
                    }
                    _ => {
                        // (what a standard's title, edition, status, domain and summary are
                        // no requirement's meaning depends on)
                        let inert = [
                            ("title", Some("")),
                            ("edition", None),
                            ("status", Some("promulgated")),
                            ("status_source", None),
                            ("domain", Some("")),
                            ("summary", Some("")),
                            ("applies", None),
                            ("when_claimed", None),
                        ];
                        // a standard without an `id` of text has its requirements judged as of
                        // the id their own ids or the file's name imply (not as of no id, which
                        // no requirement id starts with), or not at all when they imply none
                        let implied = match table.get("id") {
                            Some(toml::Value::String(_)) => None,
                            _ => Some(implied_id(table, base, &self.standard_files)),
                        };
                        let mut with_id = None;
                        if let Some(implied) = &implied {
                            id_note = Some(implied.note());
                            if let Some(id) = implied.id() {
                                let mut given = table.clone();
                                given.insert("id".into(), toml::Value::String(id.into()));
                                with_id = Some(given);
                            }
                        }
                        let judged = match (&implied, &with_id) {
                            (None, _) => Some(table),
                            (Some(_), given) => given.as_ref(),
                        };
                        let read = judged.and_then(|t| Readings::of(t, "requirement", &inert));
                        if let Some(mut read) = read {
                            self.renamed_in(origin, std::mem::take(&mut read.renamed));
                            self.unjudged_in(origin, std::mem::take(&mut read.unknown));
                            kept = Some(crate::set_of(read.entries.iter().map(|(at, ..)| *at)));
                            let file =
                                read.file(|own: RawStandard, requirement, partly| RawStandard {
                                    requirement,
                                    partly,
                                    ..own
                                });
                            // (no fingerprint: a file with mistakes makes no catalogue)
                            self.standard_files.push((
                                origin,
                                Arc::new(file),
                                is_local,
                                String::new(),
                            ));
                        }
                        Ok(())
                    }
                };
                for (path, message) in meaning.err().into_iter().flatten() {
                    if judged(&self.unjudged, origin, &path) {
                        self.errors.push(Mistake::new(origin, path, message));
                    }
                }
                let (entry, more) = other_mistakes(base, (table, text), &message, kept.as_ref());
                match &id_note {
                    Some(note) => {
                        let noted = |said: String| ImpliedId::noted(said, note);
                        let more = more.into_iter().map(|(at, m)| (at, noted(m))).collect();
                        (entry.map(noted), more)
                    }
                    None => (entry, more),
                }
            }
            None => (None, Vec::new()),
        };
        // the entry it is in, after its place, and said as the entry's reading says it
        // (`15:14: requirement `a`: `severity` is `Q`, which is not one of: …`)
        let message = match (entry, leading_place(&message)) {
            (Some(said), Some((pos, _))) => format!("{}:{}: {said}", pos.line, pos.col),
            (Some(said), None) => said,
            // (a file toml reads no further, or one of the built-in files: a key it lacks is
            // said as the listed ones are, without the entry toml does not name)
            (None, place) => match message.split_once("missing field `") {
                Some((before, rest))
                    if place.map_or(before.is_empty(), |_| before.ends_with(": ")) =>
                {
                    match rest.split_once('`') {
                        Some((key, after)) => format!("{before}`{key}` is missing{after}"),
                        None => message,
                    }
                }
                _ => message,
            },
        };
        // a file toml cannot read: its other mistakes of TOML, each on a line of its own (those
        // after one that swallows the rest, an unclosed bracket, are not toml's to tell)
        let line = |m: &str| leading_place(m).map(|(pos, _)| pos.line);
        let first_line = line(&message);
        let others = match table {
            None if S::PLACED && first_line.is_some() => syntax.syntax_errors(text),
            _ => Vec::new(),
        };
        self.errors.push(Mistake::new(origin, path, message));
        for (path, message) in more {
            self.errors.push(Mistake::new(origin, path, message));
        }
        for other in others.into_iter().filter(|m| line(m) != first_line) {
            self.errors
                .push(Mistake::new(origin, Path::default(), other));
        }
    }

    /// Keeps the tables of the file `origin` that held a key they do not take (see
    /// [`Read::unjudged`]).
    fn unjudged_in(&mut self, origin: Origin<'a>, unknown: Vec<Path>) {
        self.unjudged
            .extend(unknown.into_iter().map(|at| (origin.name, at)));
    }

    /// Keeps where `renamed` keys of the file `origin` are written (see [`Read::renamed`]).
    fn renamed_in(&mut self, origin: Origin<'a>, renamed: Vec<(Path, String)>) {
        let renamed = renamed
            .into_iter()
            .map(|(at, written)| (origin.name, at, written));
        self.renamed.extend(renamed);
    }

    /// The mistakes, each with its line:col when its file was read as TOML and the place its
    /// path names is there (each such file is parsed once more, into a located tree).
    fn placed(mistakes: Vec<Mistake>) -> Vec<CatalogueError> {
        use crate::document::{parse, Format, Node};
        // by where the text lies: one parse per file, however many mistakes it has
        let mut trees: BTreeMap<*const u8, Option<Node>> = BTreeMap::new();
        let mut placed = mistakes
            .into_iter()
            .map(|m| {
                let at = m.origin.toml.filter(|_| !m.whole_file).and_then(|text| {
                    trees
                        .entry(text.as_ptr())
                        .or_insert_with(|| parse(Format::Toml, text).ok())
                        .as_ref()
                        .and_then(|tree| m.path.find(tree))
                });
                // a reader's own message starts with its place (`2:9: extra `=``), which says more
                // than the top of the file, where its path (none) is
                let top = m.path == Path::default();
                let (at, message) = match (at, leading_place(&m.message)) {
                    (None, Some((pos, rest))) => (Some(pos), rest.to_string()),
                    (Some(_), Some((pos, rest))) if top => (Some(pos), rest.to_string()),
                    (at, _) => (at, m.message),
                };
                CatalogueError {
                    file: m.origin.name.to_string(),
                    at,
                    message,
                }
            })
            .collect::<Vec<_>>();
        // a file's mistakes in the order they stand in it (serde reads a table's keys sorted),
        // the files in the order they were read
        let mut files: Vec<String> = Vec::new();
        for e in &placed {
            if !files.contains(&e.file) {
                files.push(e.file.clone());
            }
        }
        crate::sort_by_key(&mut placed, |e| {
            (files.iter().position(|f| *f == e.file), e.at)
        });
        placed
    }

    /// Validates what was read and joins it into a catalogue, or says everything that is wrong.
    fn finish(mut self) -> Result<Catalogue, Vec<CatalogueError>> {
        // (the mistakes of reading the files: those found from here on are of meaning)
        let read_mistakes = self.errors.len();
        let mut standards: Vec<Standard> = Vec::new();
        // the file each standard came from, beside it
        let mut origins: Vec<Origin> = Vec::new();
        // where each standard is in `standards`, by its key
        let mut placed: BTreeMap<String, usize> = BTreeMap::new();
        // the built-in files come first, in the order `valid` holds them
        let valid = self.valid.take().filter(|_| !self.local_dictionary);
        let valid_standards = valid.as_ref().map_or(&[][..], |v| &v.standards[..]);
        let valid_rules = valid.as_ref().map_or(&[][..], |v| &v.pair_rules[..]);
        // a requirement id used twice is said in the same run as the standards' other mistakes
        // (of the files that stay in the catalogue: a replaced one does not)
        if !self.trusted && (self.any_local || valid.is_none()) {
            let duplicates = duplicate_requirements(&self.standard_files);
            self.errors.extend(duplicates);
        }
        for (at, (origin, raw, local, hash)) in self.standard_files.into_iter().enumerate() {
            let validated = match valid_standards.get(at).filter(|_| !local) {
                Some(standard) => Ok(standard.clone()),
                None => {
                    let mut raw = Arc::unwrap_or_clone(raw);
                    let others = std::mem::take(&mut raw.partly.others);
                    let dictionary = &self.dictionary;
                    let checked = !self.trusted;
                    in_every_reading(
                        raw.validate(dictionary, origin, local, hash.clone(), checked),
                        others.into_iter().map(|other| {
                            let at = other.partly.at.clone();
                            let hash = String::new();
                            (at, other.validate(dictionary, origin, local, hash, checked))
                        }),
                        |m| m.path.index_after(&["requirement"]),
                    )
                }
            };
            match validated {
                Ok(standard) => {
                    // one standard however its id is spaced or cased ("STANAG-1135" is
                    // "STANAG 1135"): a local file replaces the built-in one of that id
                    if let Some(&at) = placed.get(&standard.key) {
                        let existing = &standards[at];
                        if existing.local == standard.local {
                            let written = if existing.id == standard.id {
                                String::new()
                            } else {
                                format!(" as `{}`", existing.id)
                            };
                            self.errors.push(Mistake::new(
                                origin,
                                Path::default().key("id"),
                                format!(
                                    "standard `{}` is also defined in {}{written}",
                                    standard.id, existing.file
                                ),
                            ));
                        }
                        let mut standard = standard;
                        if standard.local && !existing.local {
                            // a requirement is the same one by its name after the standard's
                            // id, however the local file spells that id (`STANAG4172/oal-max`)
                            let name = |id: &str| {
                                id.split_once('/')
                                    .map_or(id, |(_, n)| n)
                                    .to_ascii_lowercase()
                            };
                            let kept: BTreeSet<String> =
                                crate::set_of(standard.requirements.iter().map(|r| name(r.id())));
                            standard.left_out = existing
                                .requirements
                                .iter()
                                .filter(|old| !kept.contains(&name(old.id())))
                                .map(|old| old.citation.requirement.clone())
                                .collect();
                            standard.replaced = Some(existing.id.clone());
                            if standard.selector != existing.selector {
                                standard.selector_replaced = existing.selector.clone();
                            }
                        }
                        standards[at] = standard;
                        origins[at] = origin;
                    } else {
                        placed.insert(standard.key.clone(), standards.len());
                        standards.push(standard);
                        origins.push(origin);
                    }
                }
                Err(mut mistakes) => self.errors.append(&mut mistakes),
            }
        }
        let mut pair_rules: Vec<PairRule> = Vec::new();
        // where each rule id was defined, and whether that file was local: a local rule
        // replaces a built-in one of the same id, but no two files of one side define one id
        // (and its index in `pair_rules`)
        let mut defined: BTreeMap<Text, (&str, bool, usize)> = BTreeMap::new();
        // every rule's id as written, valid or not, with its file, side and place: one used
        // twice on one side is said in the same run as the rules' other mistakes
        let mut ids: BTreeMap<String, (Origin, bool, usize)> = BTreeMap::new();
        for (file, (origin, raw, local)) in self.pair_files.into_iter().enumerate() {
            let valid = valid_rules.get(file).filter(|_| !local);
            for (i, rule) in raw.rule.iter().enumerate() {
                // (where it stands in its file: some rules of a file that did not read whole
                // are left out)
                let index = raw.partly.at(i);
                let path = Path::default().key("rule").index(index);
                let twice = match ids.get(&rule.id) {
                    Some(&(first, first_local, first_index)) if first_local == local => {
                        let first_id = Path::default().key("rule").index(first_index).key("id");
                        let place =
                            line_of(first, first_id).map_or(String::new(), |l| format!(":{l}"));
                        self.errors.push(Mistake::new(
                            origin,
                            path.clone().key("id"),
                            format!(
                                "pair rule `{}` is defined twice (first in {}{place})",
                                rule.id, first.name
                            ),
                        ));
                        true
                    }
                    _ => {
                        ids.insert(rule.id.clone(), (origin, local, index));
                        false
                    }
                };
                let validated = match valid.and_then(|rules| rules.get(i)) {
                    Some(rule) => Ok(rule.clone()),
                    // (in each other reading that holds it)
                    None => in_every_reading(
                        rule.clone().validate(&self.dictionary),
                        raw.partly.others.iter().filter_map(|other| {
                            let at = other.partly.at.iter().position(|&at| at == index)?;
                            let rule = other.rule.get(at)?.clone();
                            Some((Vec::new(), rule.validate(&self.dictionary)))
                        }),
                        |_| None,
                    ),
                };
                match validated {
                    Ok(_) if twice => {}
                    Ok(rule) => match defined.get(&rule.id) {
                        Some(&(first, _, at)) => {
                            if let Some(old) = pair_rules.get(at).filter(|old| **old != rule) {
                                self.notes
                                    .push(replaced_rule(origin.name, first, old, &rule));
                            }
                            defined.insert(rule.id.clone(), (origin.name, local, at));
                            pair_rules[at] = rule;
                        }
                        None => {
                            let at = pair_rules.len();
                            defined.insert(rule.id.clone(), (origin.name, local, at));
                            pair_rules.push(rule);
                        }
                    },
                    Err(wrong) => {
                        for (within, message) in wrong {
                            self.errors.push(Mistake::new(
                                origin,
                                path.clone().join(within),
                                message,
                            ))
                        }
                    }
                }
            }
        }
        if self.meta.is_none() {
            let origin = Origin {
                name: "catalogue.toml",
                toml: None,
            };
            self.errors.push(Mistake::new(
                origin,
                Path::default(),
                "missing: it names the catalogue version".into(),
            ));
        }
        let mut mistakes = std::mem::take(&mut self.errors);
        let meaning = mistakes.split_off(read_mistakes.min(mistakes.len()));
        let meaning: Vec<Mistake> = meaning
            .into_iter()
            .filter(|m| judged(&self.unjudged, m.origin, &m.path))
            .collect();
        mistakes.extend(meaning);
        for (file, at, written) in &self.renamed {
            for m in mistakes.iter_mut().filter(|m| m.origin.name == *file) {
                m.path = std::mem::take(&mut m.path).renamed(at, written);
            }
        }
        let meta = match self.meta.take() {
            Some(meta) if mistakes.is_empty() => meta,
            _ => return Err(Read::placed(mistakes)),
        };
        crate::sort_by(&mut standards, |a, b| a.id.cmp(&b.id));
        let version = if self.any_local {
            format!("{}{LOCAL_MARK}", meta.version)
        } else {
            meta.version
        };
        let mut all = self.shared_fingerprints;
        for s in &standards {
            all.push_str(&s.fingerprint);
        }
        let mut dictionary = self.dictionary;
        implications(&standards, &mut dictionary);
        names_elsewhere(&standards, &mut dictionary);
        Ok(Catalogue {
            version,
            label: meta.label,
            fingerprint: fnv1a64(all.as_bytes()),
            dictionary,
            standards,
            pair_rules,
            replaced: self.notes,
        })
    }
}

/// Sets each enum property's [`Property::implies`](crate::dictionary::Property::implies) from
/// the mandatory requirements that say one enum value when another has one of some values
/// (STANAG 4569: `mine_location` is `under the centre` when `mine_level` is `2b`, `3b` or
/// `4b`): what tells a mine level written without its letter which one the item means.
fn implications(standards: &[Standard], dictionary: &mut Arc<Dictionary>) {
    let is_enum = |d: &Dictionary, name: &str| {
        d.properties
            .get(name)
            .is_some_and(|p| matches!(p.ty, PropertyType::Enum(_)))
    };
    let mut found: Vec<(String, String, String, String)> = Vec::new();
    for r in standards.iter().flat_map(|s| &s.requirements) {
        let property = &*r.citation.property;
        let (Limit::Equals(Expected::Word(value)), Some(when), None, Severity::Mandatory) =
            (&r.limit, &r.when, &r.unless, r.citation.severity)
        else {
            continue;
        };
        if !is_enum(dictionary, property) || !is_enum(dictionary, &when.property) {
            continue;
        }
        for v in words_of(&when.test) {
            found.push((
                when.property.clone(),
                v.to_string(),
                property.into(),
                value.clone(),
            ));
        }
    }
    if found.is_empty() {
        return;
    }
    let dictionary = Arc::make_mut(dictionary);
    for (of, value, property, required) in found {
        if let Some(p) = dictionary.properties.get_mut(&of) {
            let implied = p.implies.entry(value).or_default();
            if !implied.contains(&(property.clone(), required.clone())) {
                implied.push((property, required));
            }
        }
    }
}

/// The words a condition's test names (`one_of` or `equals`), or none.
fn words_of(test: &Limit) -> Vec<&str> {
    let values = match test {
        Limit::OneOf(values) => &values[..],
        Limit::Equals(one) => std::slice::from_ref(one),
        _ => return Vec::new(),
    };
    values
        .iter()
        .filter_map(|v| match v {
            Expected::Word(w) => Some(w.as_str()),
            _ => None,
        })
        .collect()
}

/// Sets each enum property's [`Property::named_by`](crate::dictionary::Property::named_by):
/// for a standard whose selector picks some of its values (STANAG 4172: `cartridge` is
/// `5.56x45mm NATO`), the words of another property its requirements' conditions name
/// (`design` `SS109` or `M855`), that a sheet may write for the selected property.
fn names_elsewhere(standards: &[Standard], dictionary: &mut Arc<Dictionary>) {
    let mut found: Vec<(String, String, NamedBy)> = Vec::new();
    for s in standards {
        let Some(selector) = &s.selector else {
            continue;
        };
        let Some(selected) = dictionary.properties.get(&selector.property) else {
            continue;
        };
        let selects: Vec<String> = words_of(&selector.test)
            .into_iter()
            .map(str::to_string)
            .collect();
        if selects.is_empty() || !matches!(selected.ty, PropertyType::Enum(_)) {
            continue;
        }
        for when in s.requirements.iter().filter_map(|r| r.when.as_ref()) {
            if when.property == selector.property {
                continue;
            }
            for word in words_of(&when.test) {
                // (a word that is a value of the selected property too is read as that)
                let key = crate::dictionary::value_key(word);
                let named = NamedBy {
                    property: when.property.clone(),
                    word: word.to_string(),
                    standard: s.id.to_string(),
                    selects: selects.clone(),
                };
                if selected.canonical_value(word).is_err()
                    && !found
                        .iter()
                        .any(|(p, k, n)| *p == selector.property && *k == key && *n == named)
                {
                    found.push((selector.property.clone(), key, named));
                }
            }
        }
    }
    if found.is_empty() {
        return;
    }
    let dictionary = Arc::make_mut(dictionary);
    for (of, key, named) in found {
        if let Some(p) = dictionary.properties.get_mut(&of) {
            p.named_by.entry(key).or_default().push(named);
        }
    }
}

/// Whether a mistake of meaning at `path` of the file `origin` is said: not when it is about a
/// table as a whole that held a key it does not take (`unjudged`, see [`Read::unjudged`]).
fn judged(unjudged: &[(&str, Path)], origin: Origin, path: &Path) -> bool {
    !unjudged
        .iter()
        .any(|(file, at)| *file == origin.name && at == path)
}

/// The standard files that stay in the catalogue (of two with one id, the later replaces the
/// earlier) whose requirement ids are used twice: each second use, said at its id, naming where
/// the first is. Read from the files as written, before they are validated, so that it is said
/// with their other mistakes.
#[inline(never)]
fn duplicate_requirements<'a>(
    files: &[(Origin<'a>, Arc<RawStandard>, bool, String)],
) -> Vec<Mistake<'a>> {
    let mut last: BTreeMap<String, usize> = BTreeMap::new();
    for (at, (_, raw, _, _)) in files.iter().enumerate() {
        last.insert(id_key(&raw.id), at);
    }
    let mut mistakes = Vec::new();
    // id (as one however written, `requirement_key`) → (standard, its file, the requirement's
    // index, its id as first written)
    let mut seen: BTreeMap<String, (&str, Origin, usize, &str)> = BTreeMap::new();
    for (at, (origin, raw, _, _)) in files.iter().enumerate() {
        if last.get(&id_key(&raw.id)) != Some(&at) {
            continue;
        }
        for (index, r) in raw.requirement.iter().enumerate() {
            let index = raw.partly.at(index);
            let key = requirement_key(&r.id);
            let Some(&(standard, first, first_index, first_id)) = seen.get(&key) else {
                seen.insert(key, (&raw.id, *origin, index, &r.id));
                continue;
            };
            // (the first use as written, where it is written otherwise)
            let as_first = (first_id != r.id).then(|| format!("as `{first_id}`"));
            let first_line = first.toml.and_then(|text| {
                let tree = crate::document::parse(crate::document::Format::Toml, text).ok()?;
                let path = Path::default()
                    .key("requirement")
                    .index(first_index)
                    .key("id");
                path.find(&tree)
            });
            let message = if first.name == origin.name {
                let first_use: Vec<String> = first_line
                    .map(|p| format!("first at line {}", p.line))
                    .into_iter()
                    .chain(as_first)
                    .collect();
                let first_use = match first_use.is_empty() {
                    true => String::new(),
                    false => format!(" ({})", first_use.join(", ")),
                };
                format!(
                    "requirement id `{}` is used twice in `{}`{first_use}",
                    r.id, raw.id
                )
            } else {
                let place = first_line.map_or(String::new(), |p| format!(":{}", p.line));
                let as_first = as_first.map_or(String::new(), |a| format!(", {a}"));
                format!(
                    "requirement id `{}` is used in `{standard}` ({}{place}{as_first}) and `{}`",
                    r.id, first.name, raw.id
                )
            };
            mistakes.push(Mistake::new(
                *origin,
                Path::default().key("requirement").index(index).key("id"),
                message,
            ));
        }
    }
    mistakes
}

/// The line of the place `path` names in a file read as TOML (parsed again: for a mistake only).
fn line_of(origin: Origin, path: Path) -> Option<u32> {
    let tree = crate::document::parse(crate::document::Format::Toml, origin.toml?).ok()?;
    path.find(&tree).map(|pos| pos.line)
}

/// A note that a local file's pair rule replaced the built-in one of its id (from `first`), with
/// what it changed of the rule's test.
fn replaced_rule(file: &str, first: &str, old: &PairRule, new: &PairRule) -> String {
    let mut said = Vec::new();
    if (&old.a, &old.b) != (&new.a, &new.b) {
        said.push(format!(
            "it relates {} and {} (the built-in one {} and {})",
            new.a, new.b, old.a, old.b
        ));
    }
    if old.test != new.test || old.a_property != new.a_property || old.b_property != new.b_property
    {
        said.push(format!(
            "it tests `{}` {} `{}` (the built-in one `{}` {} `{}`)",
            new.a_property.join("`/`"),
            new.test.name(),
            new.b_property.join("`/`"),
            old.a_property.join("`/`"),
            old.test.name(),
            old.b_property.join("`/`"),
        ));
    }
    if old.cases != new.cases {
        let cases = |n: usize| crate::suggest::counted(n, "case");
        said.push(format!(
            "its cases are the file's: {} (the built-in one has {})",
            cases(new.cases.len()),
            cases(old.cases.len())
        ));
    }
    if (&old.when_a, &old.when_b, &old.unless_a, &old.unless_b)
        != (&new.when_a, &new.when_b, &new.unless_a, &new.unless_b)
    {
        said.push("its conditions and exceptions are the file's".to_string());
    }
    if old.severity != new.severity {
        said.push(format!(
            "it is {} (the built-in one is {})",
            new.severity.name(),
            old.severity.name()
        ));
    }
    let what = if said.is_empty() {
        String::new()
    } else {
        format!(": {}", said.join("; "))
    };
    format!(
        "{file} replaces the built-in pair rule `{}` (of {first}) as a whole, and its verdicts \
         with it{what}",
        new.id
    )
}

/// The id a standard file without one of text implies ([`implied_id`]).
enum ImpliedId {
    /// Its requirements' ids all start with this one's.
    Requirements(String),
    /// Its file's name is this built-in standard's.
    FileName(String),
    /// Neither says which standard it is.
    None,
    /// It has no requirements to judge.
    Nothing,
}

impl ImpliedId {
    fn id(&self) -> Option<&str> {
        match self {
            ImpliedId::Requirements(id) | ImpliedId::FileName(id) => Some(id),
            ImpliedId::None | ImpliedId::Nothing => None,
        }
    }

    /// What the mistake of its `id` is told besides.
    fn note(&self) -> String {
        match self {
            ImpliedId::Requirements(id) => format!(
                " (its requirements' ids are those of `{id}`, as which they are judged: write \
                 `id = \"{id}\"`)"
            ),
            ImpliedId::FileName(id) => format!(
                " (the file's name is that of `{id}`, as which its requirements are judged: \
                 write `id = \"{id}\"`)"
            ),
            ImpliedId::None => " (neither its requirements' ids nor the file's name say which \
                 standard it is: its requirements are judged once it has one)"
                .into(),
            ImpliedId::Nothing => String::new(),
        }
    }

    /// `said`, with `note` when it is the mistake of a standard's own `id`.
    fn noted(said: String, note: &str) -> String {
        if said == "`id` is missing: every standard needs one" || said.starts_with("`id` must be ")
        {
            format!("{said}{note}")
        } else {
            said
        }
    }
}

/// The id a standard file (`table`, named `base`) that has none of text implies: the one all
/// its requirements' ids start with (`STANAG-1135/…`: a known standard's, `STANAG 1135`, when
/// it is one of `known`), else the known standard its file is named after (`stanag-1135.toml`).
fn implied_id(
    table: &toml::Table,
    base: &str,
    known: &[(Origin, Arc<RawStandard>, bool, String)],
) -> ImpliedId {
    let known_as = |id: &str| {
        let key = id_key(id);
        known
            .iter()
            .find(|(_, raw, _, _)| id_key(&raw.id) == key)
            .map(|(_, raw, _, _)| raw.id.clone())
    };
    let requirements = table.get("requirement").and_then(toml::Value::as_array);
    if requirements.is_none_or(Vec::is_empty) {
        return ImpliedId::Nothing;
    }
    let ids = requirements
        .into_iter()
        .flatten()
        .filter_map(|r| r.get("id")?.as_str());
    let mut prefixes = ids.map(|id| id.rsplit_once('/').map(|(prefix, _)| prefix));
    if let Some(Some(first)) = prefixes.next() {
        let same = |p: Option<&str>| p.is_some_and(|p| p == first || id_key(p) == id_key(first));
        if !first.trim().is_empty() && prefixes.all(same) {
            let id = known_as(first).unwrap_or_else(|| first.to_string());
            return ImpliedId::Requirements(id);
        }
    }
    let stem = base.strip_suffix(".toml").unwrap_or(base);
    match known_as(stem) {
        Some(id) => ImpliedId::FileName(id),
        None => ImpliedId::None,
    }
}

/// "stanag4172", "STANAG 4172" and "STANAG-4172" name the same standard.
fn id_key(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_alphanumeric() || *c == '/' || *c == '.')
        .flat_map(char::to_lowercase)
        .collect()
}

/// The start of a requirement id before the `/` that ends the id of the standard of `key` (its
/// [`id_key`]), however spaced or cased (`Stanag-2310` of `Stanag-2310/pressure-epvat` for
/// `STANAG 2310`): `None` for a requirement id that does not start with that standard's id.
fn requirement_head<'a>(id: &'a str, key: &str) -> Option<&'a str> {
    id.match_indices('/')
        .map(|(at, _)| &id[..at])
        .find(|head| id_key(head) == key)
}

/// A requirement id as one id however its standard's id is spaced or cased in it, and its
/// name's case (`stanag2310/pressure-epvat` of `Stanag-2310/Pressure-EPVAT`): two requirements
/// one id names are one requirement twice.
fn requirement_key(id: &str) -> String {
    match id.rsplit_once('/') {
        Some((head, name)) => format!("{}/{}", id_key(head), name.to_lowercase()),
        None => id.to_lowercase(),
    }
}

/// A stable hash of a TOML text's content (not its layout, comments or key order).
fn fingerprint_of(text: &str) -> String {
    // the text the depth guard measured (see `Toml::read`)
    let normalised = toml::from_str::<toml::Value>(crate::document::without_bom(text))
        .ok()
        .and_then(|v| serde_json::to_string(&v).ok())
        .unwrap_or_else(|| text.to_string());
    fnv1a64(normalised.as_bytes())
}

/// The wrong keys and values of a catalogue file (TOML that reads, with a wrong key or value),
/// as (where, what), and the entry of the one `first` says when it is among them: serde stops at a file's first, so the
/// file's own keys and each of its entries (a standard's requirements, a pairs file's rules, a
/// dictionary's kinds, methods and properties, a code file's NCB codes) are read one by one,
/// each until its mistakes run out. A national file is not fixed a mistake a run.
fn other_mistakes(
    base: &str,
    (table, text): (&toml::Table, &str),
    first: &str,
    kept: Option<&BTreeSet<usize>>,
) -> (Option<String>, Vec<(Path, String)>) {
    let mut found = match base {
        "dictionary.toml" => {
            let mut found = own_mistakes::<crate::dictionary::RawDictionary>(
                table,
                &["kind", "method", "property"],
                "every dictionary",
            );
            named_mistakes::<crate::dictionary::RawDescribed>(&mut found, table, "kind", "kinds");
            named_mistakes::<crate::dictionary::RawMethod>(&mut found, table, "method", "methods");
            named_mistakes::<crate::dictionary::RawProperty>(
                &mut found,
                table,
                "property",
                "properties",
            );
            found
        }
        "codes.toml" => {
            let mut found = codes_own_mistakes(table);
            if let Some(ncb) = table.get("ncb").and_then(toml::Value::as_table) {
                listed_mistakes_named::<crate::dictionary::NcbCode>(
                    &mut found,
                    Path::default().key("ncb"),
                    ncb,
                    "code",
                    ("NCB code", "NCB codes"),
                    ("code", None),
                );
            }
            found
        }
        "catalogue.toml" => own_mistakes::<RawMeta>(table, &[], "the catalogue file"),
        _ if base.starts_with("pairs") => {
            let mut found = own_mistakes::<RawPairs>(table, &["rule"], "every pairs file");
            let nouns = ("pair rule", "pair rules");
            listed_mistakes::<RawPairRule>(&mut found, table, "rule", nouns, kept);
            found
        }
        _ => {
            let mut found = own_mistakes::<RawStandard>(table, &["requirement"], "every standard");
            let nouns = ("requirement", "requirements");
            listed_mistakes::<RawRequirement>(&mut found, table, "requirement", nouns, kept);
            found
        }
    };
    // the one the whole file's reading said is said once: at the place toml gave it (a key,
    // or a value of the wrong type, anywhere in the entry), with the entry it is in (of two
    // that serde says alike, `property` missing in a selector and in a `when`, the one there)
    let twins: Vec<usize> = (0..found.len())
        .filter(|&at| first.ends_with(found[at].2.as_str()))
        .collect();
    // (toml's reader and the one the entries are read with may word one mistake otherwise,
    // `wanted string or table`: then it is the one said at the place toml gave)
    let twin = match (&twins[..], leading_place(first)) {
        ([_, _, ..] | [], Some((pos, _))) => {
            let tree = crate::document::parse(crate::document::Format::Toml, text).ok();
            let there = |at: &usize| tree.as_ref().and_then(|t| found[*at].0.find(t)) == Some(pos);
            match twins.is_empty() {
                true => (0..found.len()).find(there),
                false => twins.iter().copied().find(there).or(twins.first().copied()),
            }
        }
        _ => twins.first().copied(),
    };
    let said_first = twin.map(|at| {
        let (_, lead, _, said) = found.remove(at);
        format!("{lead}{said}")
    });
    let found = found
        .into_iter()
        .map(|(path, lead, _, said)| (path, format!("{lead}{said}")))
        .collect();
    (said_first, found)
}

/// The mistakes of a code file's own keys: its NCB codes' list left out (they are read code by
/// code).
fn codes_own_mistakes(table: &toml::Table) -> Vec<Found> {
    let mut own = table.clone();
    if let Some(toml::Value::Array(codes)) = own
        .get_mut("ncb")
        .and_then(toml::Value::as_table_mut)
        .and_then(|ncb| ncb.get_mut("code"))
    {
        codes.clear();
    }
    let whose = ("", "every code file");
    mistakes_of::<crate::dictionary::RawCodes>(Path::default(), own, whose, MAX_LISTED)
}

/// The entries of a dictionary file that did not read whole (kinds, methods, properties) that
/// read on their own, or once their misspelt keys are read under the names they misspell and
/// the keys that misspell none are left out (as [`mended`] reads them; their mistakes are listed
/// already; past the first hundred, as they are); the names and aliases of its properties, and
/// its item kinds, that do not read so (their mistakes are said at them: what uses one is not
/// told it is unknown); the keys read under the names they misspell ([`renamed_at`]); and the
/// entries that held a key they do not take ([`Mended::unknown`]).
#[allow(clippy::type_complexity)]
fn dictionary_in_part(
    table: &toml::Table,
) -> (
    crate::dictionary::RawDictionary,
    Vec<crate::dictionary::RawDictionary>,
    (Vec<String>, Vec<String>),
    Vec<(Path, String)>,
    Vec<Path>,
) {
    #[derive(Default)]
    struct Reading {
        /// The mistakes listed so far (as [`entries_listed`] lists them).
        wrong: usize,
        left_out: Vec<String>,
        renamed: Vec<(Path, String)>,
        unknown: Vec<Path>,
    }
    /// The entries of `key` that read, and each of those that read otherwise in its other
    /// readings (a flag of another type: [`Mended::words`]), with them.
    #[allow(clippy::type_complexity)]
    fn readable<T: serde::de::DeserializeOwned>(
        table: &toml::Table,
        key: &str,
        reading: &mut Reading,
    ) -> (BTreeMap<String, T>, Vec<(String, Vec<T>)>) {
        let mut read = BTreeMap::new();
        let mut otherwise = Vec::new();
        let entries = table.get(key).and_then(toml::Value::as_table).into_iter();
        for (name, entry) in entries.flatten() {
            let here = Path::default().key(key).key(name);
            let value = entry.as_table().and_then(|entry| {
                if reading.wrong >= crate::spec::MAX_ERRORS_LISTED {
                    return read_table::<T>(entry).ok().map(|value| (value, Vec::new()));
                }
                let budget = MAX_LISTED - reading.wrong;
                let (found, mended) = mended::<T>(Path::default(), entry.clone(), ("", ""), budget);
                reading.wrong += found.len();
                let (value, mended) = mended?;
                let others = mended.others_read::<T>()?;
                reading.renamed.extend(renamed_at(&mended.renamed, &here));
                let unknown = mended.unknown.iter().map(|hops| path_to(&here, hops));
                reading.unknown.extend(unknown);
                Some((value, others))
            });
            match value {
                Some((value, others)) => {
                    read.insert(name.clone(), value);
                    if !others.is_empty() {
                        otherwise.push((name.clone(), others));
                    }
                }
                None => {
                    // (a property by its aliases too)
                    let aliases = entry
                        .get("aliases")
                        .and_then(toml::Value::as_array)
                        .into_iter()
                        .flatten()
                        .filter_map(toml::Value::as_str)
                        .map(str::to_string);
                    reading.left_out.push(name.clone());
                    reading.left_out.extend(aliases);
                }
            }
        }
        (read, otherwise)
    }
    /// Reading `n` of the entries: each that reads otherwise, as its `n`th other reading.
    fn nth<T: Clone>(
        first: &BTreeMap<String, T>,
        otherwise: &[(String, Vec<T>)],
        n: usize,
    ) -> BTreeMap<String, T> {
        let mut read = first.clone();
        for (name, others) in otherwise {
            if let Some(other) = others.get(n) {
                read.insert(name.clone(), other.clone());
            }
        }
        read
    }
    let mut reading = Reading::default();
    let (kind, kinds_otherwise) = readable(table, "kind", &mut reading);
    let kinds = std::mem::take(&mut reading.left_out);
    let (method, methods_otherwise) = readable(table, "method", &mut reading);
    reading.left_out.clear();
    let (property, properties_otherwise) = readable(table, "property", &mut reading);
    // (a description read as empty gives no other reading: only a flag does)
    let count = [
        kinds_otherwise.iter().map(|(_, o)| o.len()).max(),
        methods_otherwise.iter().map(|(_, o)| o.len()).max(),
        properties_otherwise.iter().map(|(_, o)| o.len()).max(),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(0);
    let others = (0..count)
        .map(|n| crate::dictionary::RawDictionary {
            kind: nth(&kind, &kinds_otherwise, n),
            method: nth(&method, &methods_otherwise, n),
            property: nth(&property, &properties_otherwise, n),
        })
        .collect();
    let dictionary = crate::dictionary::RawDictionary {
        kind,
        method,
        property,
    };
    let left_out = (reading.left_out, kinds);
    (
        dictionary,
        others,
        left_out,
        reading.renamed,
        reading.unknown,
    )
}

/// Why a file named close to `dictionary.toml`, `codes.toml` or a `pairs…` name (by a typo or
/// its case: `dictionnary.toml`, `Codes.toml`, `pair-gen.toml`) is not read as one, when it
/// holds that file's top keys and no standard's `id`; `None` for any other file.
fn misnamed(base: &str, text: &str) -> Option<String> {
    let stem = base.strip_suffix(".toml")?;
    if matches!(base, "dictionary.toml" | "codes.toml" | "catalogue.toml")
        || base.starts_with("pairs")
    {
        return None;
    }
    let lower = stem.to_lowercase();
    let first = lower.split(['-', '_', '.', ' ']).next().unwrap_or(&lower);
    let close = |name: &str, to: &str| crate::suggest::closest(name, [to]).is_some();
    let (what, named, keys): (&str, &str, &[&str]) = if close(&lower, "dictionary") {
        (
            "a dictionary",
            "a dictionary file is named dictionary.toml",
            &["property", "kind", "method"],
        )
    } else if close(&lower, "codes") {
        (
            "codes",
            "a code file is named codes.toml",
            &["trigraphs", "ncb"],
        )
    } else if lower.starts_with("pair") || close(first, "pairs") {
        (
            "pair rules",
            "a pairs file's name starts with `pairs`, as `pairs-mine.toml` does",
            &["rule"],
        )
    } else {
        return None;
    };
    let table: toml::Table = toml::from_str(crate::document::without_bom(text)).ok()?;
    if table.contains_key("id") || !keys.iter().any(|k| table.contains_key(*k)) {
        return None;
    }
    Some(format!(
        "not read as {what}: {named} (it reads as a standard file, which it is not)"
    ))
}

/// The codes of a code file that did not read whole that read on their own: the trigraphs and
/// alpha-2 codes given as text, and the NCB codes that read, or that read once their wrong
/// words are mended, each with its place in the list: as mended, and in each other reading
/// (see [`Readings`]) the codes that have one, with where those stand; the keys of those read
/// under the names they misspell (see [`renamed_at`]); and the codes kept that held a key they
/// do not take ([`Mended::unknown`]).
#[allow(clippy::type_complexity)]
fn codes_in_part(
    table: &toml::Table,
) -> (
    RawCodes,
    Vec<(Vec<usize>, RawCodes)>,
    Vec<(Path, String)>,
    Vec<Path>,
) {
    let trigraphs = table.get("trigraphs").and_then(toml::Value::as_table);
    let words = |key: &str| -> BTreeMap<String, String> {
        trigraphs
            .and_then(|t| t.get(key))
            .and_then(toml::Value::as_table)
            .into_iter()
            .flatten()
            .filter_map(|(code, value)| Some((code.clone(), value.as_str()?.to_string())))
            .collect()
    };
    let ncb = table
        .get("ncb")
        .and_then(toml::Value::as_table)
        .map(|ncb| {
            let listed = codes_own_mistakes(table).len();
            let at = Path::default().key("ncb");
            readable_entries::<crate::dictionary::NcbCode>(at, ncb, "code", listed)
        })
        .unwrap_or_default();
    let (ncb, renamed, unknown) = ncb;
    let count = ncb.iter().map(|(_, _, others)| others.len()).max();
    let others = (0..count.unwrap_or(0))
        .map(|n| {
            let codes: Vec<_> = ncb
                .iter()
                .filter_map(|(at, _, others)| Some((*at, others.get(n)?.clone())))
                .collect();
            let at = codes.iter().map(|(at, _)| *at).collect();
            let codes = RawCodes::of(words("codes"), words("alpha_2"), codes);
            (at, codes)
        })
        .collect();
    let ncb = ncb.into_iter().map(|(at, code, _)| (at, code)).collect();
    let first = RawCodes::of(words("codes"), words("alpha_2"), ncb);
    (first, others, renamed, unknown)
}

/// A mistake found by [`other_mistakes`]: where, the entry it is in ("requirement `a`: "),
/// serde's message, and what is said of it.
type Found = (Path, String, String, String);

/// serde's words for a value it refused in `key` (an unknown variant, a wrong type), as a
/// catalogue file's author reads them: `` `severity` is `mandtory`, which is not one of:
/// mandatory, recommended ``, `` `exact` must be true or false, not "yes" ``; with the value
/// as written (`found`, and whether it is an entry of the key's list) where one was found.
fn plainly(key: &str, message: &str, found: Option<(&toml::Value, bool)>) -> String {
    let Some((what, expected)) = message.split_once(", expected ") else {
        return message.to_string();
    };
    let words = quoted_words(expected);
    if let Some(field) = what
        .strip_prefix("unknown field `")
        .and_then(|w| w.strip_suffix('`'))
        .filter(|field| *field != DATETIME_FIELD)
    {
        let hint = crate::suggest::did_you_mean(
            &crate::suggest::closest(field, words.iter().copied()).map(str::to_string),
        );
        return format!(
            "`{field}` is no key here{hint} (the keys here: {})",
            words.join(", ")
        );
    }
    if let Some(word) = what
        .strip_prefix("unknown variant `")
        .and_then(|w| w.strip_suffix('`'))
    {
        // (a one- or two-letter word is no misspelling of another: `Q` is not `C`)
        let hint = crate::suggest::did_you_mean(
            &crate::suggest::closest(word, words.iter().copied())
                .filter(|_| word.chars().count() > 2)
                .map(str::to_string),
        );
        return format!(
            "`{key}` is `{word}`, which is not one of: {}{hint}",
            words.join(", ")
        );
    }
    let serdes = what.strip_prefix("invalid type: ");
    if serdes.is_none() && !what.starts_with("unknown field `") {
        return message.to_string();
    }
    // (one of an enumerated key's words, in quotes: `"mandatory" or "recommended"`)
    let choices;
    let must = match expected.trim() {
        // (a date where a table was wanted)
        _ if serdes.is_none() => "a table",
        e if e.starts_with("one of `") => {
            let quoted: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
            choices = match quoted.split_last() {
                Some((last, [])) => last.clone(),
                Some((last, [one])) => format!("{one} or {last}"),
                Some((last, rest)) => format!("one of {} or {last}", rest.join(", ")),
                None => return message.to_string(),
            };
            choices.as_str()
        }
        "a boolean" => "true or false",
        "a string" | "a borrowed string" => "text in quotes",
        ONE_OR_MANY => "text in quotes, or a list of them in brackets",
        "a sequence" => "a list in brackets, `[…]`",
        "a map" | "a table" => "a table",
        e if e.starts_with("struct ") => "a table",
        "f64" | "f32" | "a float" => "a number",
        e if e.starts_with('i') || e.starts_with('u') => "a whole number",
        _ => return message.to_string(),
    };
    let in_list = matches!(found, Some((_, true)));
    let found = match found {
        Some((value, _)) => described(value),
        None => {
            let found = serdes.unwrap_or("a table");
            found
                .strip_prefix("string ")
                .or_else(|| found.strip_prefix("integer "))
                .or_else(|| found.strip_prefix("floating point "))
                .or_else(|| found.strip_prefix("boolean "))
                .unwrap_or(match found {
                    "sequence" => "a list",
                    "map" => "a table",
                    other => other,
                })
                .to_string()
        }
    };
    if in_list {
        // (the list's entries: `kinds = ["fuel", 1]`)
        let each = match must {
            "text in quotes" => "text in quotes",
            "a table" => "tables",
            "a list in brackets, `[…]`" => "lists",
            other => other,
        };
        return format!("`{key}` must list {each}, not {found}");
    }
    // `[requirement]` for `[[requirement]]`: one table where a list of them is wanted
    if found == "a table"
        && must.starts_with("a list")
        && matches!(
            key,
            "requirement" | "rule" | "case" | "alternatives" | "code"
        )
    {
        return format!(
            "`[{key}]` makes one table, and `{key}` is a list of them: write each under \
             `[[{key}]]`, in two brackets"
        );
    }
    format!("`{key}` must be {must}, not {found}")
}

/// The words serde quotes in what it expects (`` `C`, `W`, `R`, `D` ``), in its order.
fn quoted_words(expected: &str) -> Vec<&str> {
    expected
        .split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, w)| w)
        .collect()
}

/// The mistakes of a file's own keys, its entries (`entries`, tables or arrays of them) left
/// out; a key it lacks is said to be one `whose` ("every standard") needs.
fn own_mistakes<T: serde::de::DeserializeOwned>(
    table: &toml::Table,
    entries: &[&str],
    whose: &str,
) -> Vec<Found> {
    let mut own = table.clone();
    for entry in entries {
        // (a value of another type is left to be told as one)
        match own.get_mut(*entry) {
            Some(value @ toml::Value::Array(_)) => *value = toml::Value::Array(Vec::new()),
            Some(value @ toml::Value::Table(_)) => *value = toml::Value::Table(toml::Table::new()),
            _ => {}
        }
    }
    mistakes_of::<T>(Path::default(), own, ("", whose), MAX_LISTED)
}

/// The mistakes of each entry of an array of tables (`[[requirement]]`), said with its id,
/// after those `found` already in its file; `kept`, when known, the entries that read (as
/// [`readable_entries`] found them).
fn listed_mistakes<T: serde::de::DeserializeOwned>(
    found: &mut Vec<Found>,
    table: &toml::Table,
    key: &str,
    (noun, plural): (&str, &str),
    kept: Option<&BTreeSet<usize>>,
) {
    let nouns = (noun, plural);
    listed_mistakes_named::<T>(found, Path::default(), table, key, nouns, ("id", kept))
}

/// [`listed_mistakes`] of entries named by their key `name` (an NCB code by its `code`), the
/// list `key` of `table`, which stands at `path` in its file.
fn listed_mistakes_named<T: serde::de::DeserializeOwned>(
    found: &mut Vec<Found>,
    path: Path,
    table: &toml::Table,
    key: &str,
    (noun, plural): (&str, &str),
    (name, kept): (&str, Option<&BTreeSet<usize>>),
) {
    let Some(toml::Value::Array(entries)) = table.get(key) else {
        return;
    };
    // (an entry that is no table: `requirement = [1]`)
    let places = entries
        .iter()
        .enumerate()
        .map(|(i, value)| (path.clone().key(key).index(i), value));
    no_tables(found, places, |value| {
        format!("`{key}` must list tables, not {value}: write each under `[[{key}]]`")
    });
    // (the first hundred mistakes, however far into the list: an entry past the hundredth with
    // a wrong word is judged for what it means, and is told of its word too)
    let entries = entries.iter().enumerate().filter_map(|(i, value)| {
        let entry = value.as_table()?;
        // (named by its id under a misspelt key too, as what it means is said of it)
        let id = entry
            .get(name)
            .or_else(|| {
                let misspelt = entry.keys().find(|k| {
                    k.chars().count() > 2 && crate::suggest::closest(k, [name]).is_some()
                });
                entry.get(misspelt?)
            })
            .and_then(toml::Value::as_str)
            .unwrap_or("?");
        let here = path.clone().key(key).index(i);
        let unread = kept.map(|kept| !kept.contains(&i));
        Some((here, format!("{noun} `{id}`: "), entry, unread))
    });
    entries_listed::<T>(found, entries, (noun, plural));
}

/// Each of `entries` (with its place) that is no table, said as `said` says the value found,
/// after those `found` already in its file, while they are fewer than a hundred.
fn no_tables<'t>(
    found: &mut Vec<Found>,
    entries: impl Iterator<Item = (Path, &'t toml::Value)>,
    said: impl Fn(String) -> String,
) {
    for (here, value) in entries.filter(|(_, v)| !v.is_table()) {
        if found.len() >= crate::spec::MAX_ERRORS_LISTED {
            return;
        }
        let said = said(described(value));
        found.push((here, String::new(), said.clone(), said));
    }
}

/// The mistakes of each entry of a table of named tables (`[property.calibre]`), said with its
/// name, after those `found` already in its file.
fn named_mistakes<T: serde::de::DeserializeOwned>(
    found: &mut Vec<Found>,
    table: &toml::Table,
    key: &str,
    plural: &str,
) {
    let Some(toml::Value::Table(entries)) = table.get(key) else {
        return;
    };
    // (an entry that is no table: `[property]`, then `calibre = 1`)
    for (name, value) in entries {
        let here = std::iter::once((Path::default().key(key).key(name), value));
        no_tables(found, here, |value| {
            format!(
                "{key} `{name}` must be a table of its keys, under `[{key}.{name}]`, not {value}"
            )
        });
    }
    let entries = entries.iter().filter_map(|(name, value)| {
        let here = Path::default().key(key).key(name);
        Some((here, format!("{key} `{name}`: "), value.as_table()?, None))
    });
    entries_listed::<T>(found, entries, (key, plural));
}

/// The mistakes of `entries` (each with its place, the entry it is said to be in, its table,
/// and whether it does not read, when that is known) added to those `found` in its file, each
/// entry's whole while fewer than [`crate::spec::MAX_ERRORS_LISTED`] are; past them the
/// entries that do not read are counted, and said at the first as validation says the entries
/// it did not check (`noun` names one, `plural` them).
fn entries_listed<'t, T: serde::de::DeserializeOwned>(
    found: &mut Vec<Found>,
    entries: impl Iterator<Item = (Path, String, &'t toml::Table, Option<bool>)>,
    (noun, plural): (&str, &str),
) {
    let whose = format!("every {noun}");
    let mut unchecked: Option<(Path, usize)> = None;
    for (here, lead, entry, unread) in entries {
        if let Some(budget) = MAX_LISTED.checked_sub(found.len()).filter(|b| *b > 0) {
            found.extend(mistakes_of::<T>(
                here,
                entry.clone(),
                (&lead, &whose),
                budget,
            ));
        } else if unread.unwrap_or_else(|| read_table::<T>(entry).is_err()) {
            unchecked.get_or_insert((here, 0)).1 += 1;
        }
    }
    if let Some((at, count)) = unchecked {
        let said = not_checked(count, (noun, plural));
        found.push((at, String::new(), said.clone(), said));
    }
}

/// What a file's list says of its `count` entries past the first hundred mistakes, which were
/// counted, not checked (`noun` names one, `plural` more).
pub(crate) fn not_checked(count: usize, (noun, plural): (&str, &str)) -> String {
    let (what, were) = if count == 1 {
        (noun, "was")
    } else {
        (plural, "were")
    };
    format!(
        "{count} more {what} {were} not checked (the first {} errors are listed)",
        crate::spec::MAX_ERRORS_LISTED
    )
}

/// The most mistakes a file's reading lists (past them, the rest are counted).
const MAX_LISTED: usize = crate::spec::MAX_ERRORS_LISTED;

/// Every wrong key and value of one table that serde reads into `T`, each placed: read, and
/// after a key it does not know taken out or a word it does not know put to the first it
/// expects (in the table, or in one nested in it: a pair rule's `[[rule.case]]`), read again;
/// until the table reads, or a mistake cannot be mended so (a missing key, a value of the wrong
/// type), which is said last. Places of one shape wrong alike (each of a pair rule's cases with
/// `warning = 1`) are found in one reading; past `budget` mistakes the rest are counted
/// ([`rest_of`]), not sought.
fn mistakes_of<T: serde::de::DeserializeOwned>(
    path: Path,
    table: toml::Table,
    (lead, whose): (&str, &str),
    budget: usize,
) -> Vec<Found> {
    mended_as(reads::<T>, path, table, (lead, whose), budget).0
}

/// The keys of text no mistake of meaning is about (a dictionary entry's description): one of
/// another type is read as empty, and the rest of its entry judged ([`mended`]).
const INERT_TEXT: &[&str] = &["description"];

/// A table that read once its wrong words were put to words its keys take and its misspelt keys
/// to the names they misspell (by [`mended`]), and nothing else was mended: what it means can
/// be judged, in each of the readings its mended words could have given (a mistake of meaning
/// that one of them makes, and another does not, was made by the mending, not by the file's
/// author).
#[derive(Clone)]
struct Mended {
    table: toml::Table,
    /// Each word mended, and each key given that the table lacked: the hops to its table, its
    /// key, and the other values it could have been (a word was put to the first its key takes,
    /// a key lacked to an empty value of a type it takes, or its first word); a flag of another
    /// type (`exact = "yes"`) alike, put to `false`, and `true` the other.
    words: Vec<(Vec<Hop>, String, Vec<toml::Value>)>,
    /// Each key read under the name it misspells: the hops to its table, that name, and the key
    /// as written (where a mistake in its value is placed).
    renamed: Vec<(Vec<Hop>, String, String)>,
    /// The tables that held a key they do not take, one that misspells none they lack (it is
    /// said, and left out), by their hops: a mistake of meaning about such a table as a whole
    /// is not said (see [`Read::unjudged`]).
    unknown: Vec<Vec<Hop>>,
}

/// The path of the table `hops` lead to from the one at `path`.
fn path_to(path: &Path, hops: &[Hop]) -> Path {
    let mut at = path.clone();
    for (hop, index) in hops {
        at = at.key(hop.clone());
        if let Some(i) = index {
            at = at.index(*i);
        }
    }
    at
}

/// Each key read under the name it misspells (as [`Mended::renamed`] holds them) of the table
/// at `path`: the path of that name, and the key as written.
fn renamed_at(renamed: &[(Vec<Hop>, String, String)], path: &Path) -> Vec<(Path, String)> {
    renamed
        .iter()
        .map(|(hops, name, written)| (path_to(path, hops).key(name), written.clone()))
        .collect()
}

/// `path` with each key read under the name it misspells (`renamed`, as [`renamed_at`] gives
/// them) named as written: a mistake in its value is placed where it is written.
fn as_written(path: Path, renamed: &[(Path, String)]) -> Path {
    renamed
        .iter()
        .fold(path, |path, (at, written)| path.renamed(at, written))
}

impl Mended {
    /// How many other readings its mended words give: each word put to each of its others in
    /// turn, the rest left as mended (no check of meaning weighs two of an entry's enumerated
    /// values together: a requirement's `confidence` alone, a pair rule's `test` alone).
    fn others(&self) -> usize {
        self.words.iter().map(|(_, _, others)| others.len()).sum()
    }

    /// Reading `n`: 0 as mended, then each of [`Mended::others`]; past the last, as mended.
    fn reading(&self, n: usize) -> Option<toml::Table> {
        let mut table = self.table.clone();
        let Some(mut rest) = n.checked_sub(1) else {
            return Some(table);
        };
        for (hops, key, others) in &self.words {
            match others.get(rest) {
                Some(word) => {
                    *table_at(&mut table, hops)?.get_mut(key)? = word.clone();
                    break;
                }
                None => rest -= others.len(),
            }
        }
        Some(table)
    }
}

/// [`mistakes_of`], and what the table read as, with the table as [`Mended`], when it read once
/// its wrong words were put to words its keys take and its misspelt keys to the names they
/// misspell, and nothing else was mended (no other key taken out, no value emptied).
fn mended<T: serde::de::DeserializeOwned>(
    path: Path,
    table: toml::Table,
    lead_whose: (&str, &str),
    budget: usize,
) -> (Vec<Found>, Option<(T, Mended)>) {
    let (found, mended) = mended_as(reads::<T>, path, table, lead_whose, budget);
    // (what the table as mended reads as: read once more, as [`mended_as`] found it reads)
    let mended = mended.and_then(|mended| Some((read_table::<T>(&mended.table).ok()?, mended)));
    (found, mended)
}

/// [`mended`] of a table that `reads` reads (one type's reader, taken as a function rather than
/// as the type: this code is in the page once, not once for each catalogue type), the table as
/// [`Mended`] when it read.
fn mended_as(
    reads: Reads,
    path: Path,
    mut table: toml::Table,
    (lead, whose): (&str, &str),
    budget: usize,
) -> (Vec<Found>, Option<Mended>) {
    let mut found = Vec::new();
    let mut words = Vec::new();
    let mut renamed = Vec::new();
    // whether no value was emptied, and what the table then read as
    let mut words_only = true;
    let mut read = false;
    // the unknown keys taken out, with the hops to their table: a misspelt key (`stament`,
    // `desc`, a case's `levle`) is put back under the name it misspells when that is missing,
    // rather than said missing too (one close to a key its table lacks is put back at once)
    let mut taken: Vec<(Vec<Hop>, String, toml::Value)> = Vec::new();
    // the tables put in place of a value of another type (`when = 1`), by their hops
    let mut emptied: Vec<Vec<Hop>> = Vec::new();
    // each round mends one key, and a key taken out is put back at most once; a nested table's
    // keys count too, and each key a table lacks (fewer than any table's keys, of a pair rule's
    // cases however many there are)
    let rounds = 3 * nested_tables(&table)
        .iter()
        .map(|(_, t)| t.len() + 1)
        .sum::<usize>()
        + 32;
    // a long list of tables in it (a pair rule's cases) is read a window at a time, from the
    // first entry not yet known to read ([`windowed`]): each round reads what it mends, not the
    // whole list (a rule of a thousand cases, each wrong otherwise, was read whole once for each)
    let long = long_list(&table);
    let mut settled = 0;
    for _ in 0..=rounds {
        let message = match windowed(reads, &mut table, long.as_deref(), &mut settled) {
            Ok(()) => {
                read = true;
                break;
            }
            Err(message) => message,
        };
        if let Some(missing) = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split_once('`'))
            .map(|(name, _)| name)
        {
            // (what is given or put back may be in any entry of the long list)
            settled = 0;
            let misspells = |name: &str| {
                crate::suggest::closest(name, [missing]).is_some()
                    || (name.len() >= 3 && missing.starts_with(name))
            };
            let mut misspelt = taken.iter().filter(|(_, name, _)| misspells(name));
            // (of two that may be it, serde does not say which table misses it)
            if let (Some(_), None) = (misspelt.next(), misspelt.next()) {
                if let Some(at) = taken.iter().position(|(_, name, _)| misspells(name)) {
                    let (hops, written, value) = taken.remove(at);
                    if let Some(holder) = table_at(&mut table, &hops) {
                        holder.insert(missing.to_string(), value);
                        renamed.push((hops, missing.to_string(), written));
                        continue;
                    }
                }
            }
            // at the tables that lack it (those of one shape, each case of a pair rule that
            // lacks its `reason`), said as a catalogue's other mistakes are (serde's `missing
            // field `statement`` is no sentence)
            let lack = lacking(reads, &table, missing, &message);
            // (but not of a table put in place of a value of another type: its type is said)
            let said_of = lack
                .iter()
                .filter(|hops| !emptied.iter().any(|put| hops.starts_with(put)));
            let mut last = None;
            for hops in said_of {
                if found.len() >= budget {
                    break;
                }
                let place = as_written(path_to(&path, hops), &renamed_at(&renamed, &path));
                let said = match hops.last() {
                    Some((key, _)) => format!("`{missing}` is missing in `{key}`"),
                    None => format!("`{missing}` is missing: {whose} needs one"),
                };
                found.push((place, lead.to_string(), message.clone(), said));
                last = Some(hops.clone());
            }
            // the rest read with it given a value of its type: every key the table lacks is
            // said in one run; and the table is judged in every reading the value given could
            // have been (it is no one's: a mistake of meaning that one reading makes and another
            // does not was made by the value given), where it has others of its type
            if found.len() >= budget {
                words_only = false;
                let hops = last.as_deref().unwrap_or_default();
                found.extend(rest_of(reads, &table, &path, hops, None, lead));
                break;
            }
            let Some(others) = given(reads, &mut table, &lack, missing, &message) else {
                words_only = false;
                break;
            };
            if others.is_empty() {
                words_only = false;
            }
            for hops in lack {
                words.push((hops, missing.to_string(), others.clone()));
            }
            continue;
        }
        let blames = blamed(reads, &table, &message);
        // (an entry of the long list mended is read again, and those after it)
        for blame in &blames {
            match blame.hops.first() {
                Some((key, Some(i))) if long.as_ref() == Some(key) => settled = settled.min(*i),
                None if long.as_ref() == Some(&blame.key) => settled = 0,
                _ => {}
            }
        }
        if blames.is_empty() {
            found.push((path.clone(), lead.to_string(), message.clone(), message));
            break;
        }
        let mut stop = false;
        let mut last = None;
        for blame in &blames {
            if found.len() >= budget {
                break;
            }
            let at = path_to(&path, &blame.hops);
            let at = match (blame.field, blame.index) {
                (true, _) => at.name(blame.key.clone()),
                (false, Some(i)) => at.key(blame.key.clone()).index(i),
                (false, None) => at.key(blame.key.clone()),
            };
            // (a value in a key read under the name it misspells is placed where it is written)
            let place = as_written(at, &renamed_at(&renamed, &path));
            // serde's words for a wrong word or type, said of the key it is in
            let value = blamed_value(&table, blame).filter(|_| !blame.field);
            let said = plainly(
                &blame.key,
                &message,
                value.map(|v| (v, blame.index.is_some())),
            );
            found.push((place, lead.to_string(), message.clone(), said));
            if !mend(&mut table, blame, &mut taken) {
                stop = true;
                break;
            }
            last = Some(blame);
            // a table put in place of a value of another type lacks every key: none is said
            if !blame.field && blame.index.is_none() {
                if let Some(toml::Value::Table(_)) = blame.mended {
                    let mut hops = blame.hops.clone();
                    hops.push((blame.key.clone(), None));
                    emptied.push(hops);
                }
            }
            // (a value of another type where an enumerated key's word is wanted, `severity = []`,
            // is put to its first word as a wrong word is, and read in each of the others: what
            // the entry means is judged in the same run)
            let enumerated = message.starts_with("invalid type: ")
                && message.contains(", expected one of `")
                && blame.index.is_none();
            let worded = message.starts_with("unknown variant `") || enumerated;
            // (a flag of another type, `exact = "yes"`, is put to false and read as true too, as
            // a wrong word is; a text no mistake of meaning is about, a description, is read as
            // empty: either way what the entry means is judged in the same run)
            let wrong_type = message.starts_with("invalid type: ") && blame.index.is_none();
            let expected = message.split_once(", expected ").map(|(_, e)| e.trim());
            match expected {
                _ if blame.field => {}
                Some(expected) if worded => {
                    let others = quoted_words(expected).into_iter().skip(1);
                    let others = others.map(|w| toml::Value::String(w.into())).collect();
                    words.push((blame.hops.clone(), blame.key.clone(), others));
                }
                Some("a boolean") if wrong_type => {
                    let others = vec![toml::Value::Boolean(true)];
                    words.push((blame.hops.clone(), blame.key.clone(), others));
                }
                Some("a string") if wrong_type && INERT_TEXT.contains(&blame.key.as_str()) => {}
                // (a text of another type, `statement = 1`, is read as empty and as a text that
                // is not, as a text its table lacks is ([`given`]): what its entry means is
                // judged in the same run, a mistake said where both readings make it)
                Some("a string" | "a borrowed string") if wrong_type => {
                    let others = vec![toml::Value::String("?".into())];
                    words.push((blame.hops.clone(), blame.key.clone(), others));
                }
                _ => words_only = false,
            }
            // an unknown key that misspells a key its table takes and lacks (`proprty`, `mni`)
            // is read under that name (a key of one or two letters misspells none)
            let expected = message
                .split_once(", expected ")
                .map(|(_, expected)| quoted_words(expected))
                .unwrap_or_default();
            if let Some(holder) = table_at(&mut table, &blame.hops).filter(|_| blame.field) {
                let lacked = expected.into_iter().filter(|k| !holder.contains_key(*k));
                let name = crate::suggest::closest(&blame.key, lacked)
                    .filter(|_| blame.key.chars().count() > 2)
                    .map(str::to_string);
                let at = taken
                    .iter()
                    .rposition(|(hops, key, _)| *hops == blame.hops && *key == blame.key);
                if let (Some(name), Some(at)) = (name, at) {
                    let (hops, written, value) = taken.remove(at);
                    holder.insert(name.clone(), value);
                    renamed.push((hops, name, written));
                }
            }
        }
        if found.len() >= budget {
            words_only = false;
            let hops = last.map_or(&[][..], |b| &b.hops[..]);
            let entry = last.and_then(|b| Some((b.key.as_str(), b.index?)));
            found.extend(rest_of(reads, &table, &path, hops, entry, lead));
            break;
        }
        if stop {
            break;
        }
    }
    // (an unknown key that misspells none the table lacks may have been meant as one of them:
    // judged without it, the table could be told it lacks what the key says, `no limit`)
    // (a key that misspells none of those the table lacks is said, and the table judged without
    // it; but what it lacks as a whole, `no limit`, is not said: the key may have been meant as
    // one of them)
    let mut unknown: Vec<Vec<Hop>> = taken.into_iter().map(|(hops, _, _)| hops).collect();
    unknown.dedup();
    let mended = (read && words_only).then_some(Mended {
        table,
        words,
        renamed,
        unknown,
    });
    (found, mended)
}

/// The entries of a long list read at a time by [`windowed`].
const WINDOW: usize = 32;

/// The key of the table's list of more than [`WINDOW`] tables, if it has one (a pair rule's
/// `case`): the entries of such a list are read each on its own, none depends on another.
fn long_list(table: &toml::Table) -> Option<String> {
    table.iter().find_map(|(key, value)| match value {
        toml::Value::Array(items) if items.len() > WINDOW && items.iter().all(|i| i.is_table()) => {
            Some(key.clone())
        }
        _ => None,
    })
}

/// `table` read as `T`, or serde's first message, as [`read_table`] gives them; of its list
/// `long`, the entries from the `settled`th on a window at a time, with the rest of the table,
/// until one does not read (those before it read: `settled` is put to it), and the whole table
/// once all do. Serde stops at the first mistake it meets, and the entries are read alike and
/// each on its own, so that mistake is the one a reading of the whole table would meet first.
fn windowed(
    reads: Reads,
    table: &mut toml::Table,
    long: Option<&str>,
    settled: &mut usize,
) -> Result<(), String> {
    let Some(key) = long else {
        return reads(table);
    };
    loop {
        let Some(toml::Value::Array(items)) = table.get_mut(key) else {
            return reads(table);
        };
        if *settled >= items.len() {
            return reads(table);
        }
        let end = settled.saturating_add(WINDOW).min(items.len());
        let after = items.split_off(end);
        let before: Vec<toml::Value> = items.drain(..*settled).collect();
        let read = reads(table);
        // (the list as it was)
        if let Some(toml::Value::Array(items)) = table.get_mut(key) {
            items.splice(0..0, before);
            items.extend(after);
        }
        read?;
        *settled = end;
    }
}

/// What is said of a table's mistakes past the first hundred (a `budget` of [`mended`]), after
/// the last said (in the table `hops` lead to, at its key `entry` and the entry of its list):
/// the entries after it of the list it is in (a pair rule's cases), counted, at the first of
/// them, as [`entries_listed`] counts a file's; or, where it is in no list, that the rest of it
/// was not checked, when the table as mended still does not read.
fn rest_of(
    reads: Reads,
    table: &toml::Table,
    path: &Path,
    hops: &[Hop],
    entry: Option<(&str, usize)>,
    lead: &str,
) -> Option<Found> {
    // (the key's own list where the mistake is one of its entries, else the innermost list of
    // tables it is in)
    let list = match entry {
        Some((key, i)) => Some((hops, key, i)),
        _ => hops
            .iter()
            .rposition(|(_, index)| index.is_some())
            .and_then(|d| {
                let (key, index) = hops.get(d)?;
                Some((hops.get(..d)?, key.as_str(), (*index)?))
            }),
    };
    let counted = list.and_then(|(within, key, i)| {
        let entries = table_in(table, within)?.get(key)?.as_array()?;
        let count = entries.len().checked_sub(i + 1).filter(|n| *n > 0)?;
        let nouns = match key {
            "case" => ("case".to_string(), "cases".to_string()),
            "alternatives" => ("alternative".to_string(), "alternatives".to_string()),
            _ => (format!("entry of `{key}`"), format!("entries of `{key}`")),
        };
        let said = not_checked(count, (&nouns.0, &nouns.1));
        Some((path_to(path, within).key(key).index(i + 1), said))
    });
    let (place, said) = match counted {
        Some(counted) => counted,
        None if reads(table).is_err() => {
            let said = format!(
                "the rest of it was not checked (the first {} errors are listed)",
                crate::spec::MAX_ERRORS_LISTED
            );
            (path_to(path, hops), said)
        }
        None => return None,
    };
    Some((place, lead.to_string(), said.clone(), said))
}

/// The table `hops` lead to from `table`, if there is one.
fn table_in<'t>(table: &'t toml::Table, hops: &[Hop]) -> Option<&'t toml::Table> {
    let mut holder = table;
    for (key, index) in hops {
        holder = match (holder.get(key)?, index) {
            (toml::Value::Table(inner), None) => inner,
            (toml::Value::Array(items), Some(i)) => items.get(*i)?.as_table()?,
            _ => return None,
        };
    }
    Some(holder)
}

/// The hops to the tables (of `table` and those nested in it) that lack the key `missing`, as
/// serde's `message` says one does: those of one shape ([`shape`]) that, given the key, are not
/// said to lack it, nor to have a key they do not know (the outermost when none are).
fn lacking(reads: Reads, table: &toml::Table, missing: &str, message: &str) -> Vec<Vec<Hop>> {
    let lack: Vec<Vec<Hop>> = nested_tables(table)
        .into_iter()
        .filter(|(_, t)| !t.contains_key(missing))
        .map(|(hops, _)| hops)
        .collect();
    if lack.len() < 2 {
        return vec![lack.into_iter().next().unwrap_or_default()];
    }
    // (the tables of one shape lack it alike: each of a pair rule's cases without its reason)
    let groups = alike(lack, |hops| shape(hops, "", None));
    let unknown = format!("unknown field `{missing}`");
    let given = |group: &Vec<Vec<Hop>>| {
        let mut tried = table.clone();
        for hops in group {
            let Some(holder) = table_at(&mut tried, hops) else {
                return false;
            };
            holder.insert(missing.to_string(), toml::Value::String(String::new()));
        }
        reads(&tried)
            .err()
            .is_none_or(|e| e != message && !e.starts_with(&unknown))
    };
    let found = groups.iter().position(given);
    found
        .and_then(|at| groups.into_iter().nth(at))
        .unwrap_or_else(|| vec![Vec::new()])
}

/// Gives the tables `lack` (the hops to each, of one shape) in `table` the key `missing` they
/// lack (serde's `message` says so), with an empty value of a type it takes: the first that
/// serde then says nothing of, nor of anything in it (an empty table where one of keys is wanted
/// would be said to lack each). The other values of its type it could as well have been given,
/// in which the table is judged too (an enumerated key's other words, a text that is not empty,
/// a flag's other value; none for a table or a list), or `None` when there was none to give.
fn given(
    reads: Reads,
    table: &mut toml::Table,
    lack: &[Vec<Hop>],
    missing: &str,
    message: &str,
) -> Option<Vec<toml::Value>> {
    // an enumerated key's words after its first, when serde names them
    let mut other_words = Vec::new();
    // (tried from the last; an enumerated key's first word is tried when serde names it)
    let mut values = vec![
        toml::Value::Integer(0),
        toml::Value::Boolean(false),
        toml::Value::Table(toml::Table::new()),
        toml::Value::Array(Vec::new()),
        toml::Value::String(String::new()),
    ];
    while let Some(value) = values.pop() {
        let mut tried = table.clone();
        for hops in lack {
            let holder = table_at(&mut tried, hops)?;
            holder.insert(missing.to_string(), value.clone());
        }
        let taken = match reads(&tried) {
            Ok(_) => true,
            Err(e) if e == message => false,
            Err(e) => match e
                .strip_prefix("missing field `")
                .and_then(|rest| rest.split_once('`'))
            {
                // another key missing, not in the value given
                Some((inner, _)) => {
                    let given = (missing.to_string(), None);
                    let inside = |within: &Vec<Hop>, hops: &Vec<Hop>| {
                        within.starts_with(hops) && within.get(hops.len()) == Some(&given)
                    };
                    let within = lacking(reads, &tried, inner, &e);
                    !within
                        .iter()
                        .any(|within| lack.iter().any(|hops| inside(within, hops)))
                }
                // the value given is not one its key takes (nor, as serde says it, is another
                // key's that is the same): an enumerated key's first word is tried
                None if holds(&e).is_some_and(|holds| holds(&value)) => {
                    if e.starts_with("unknown variant `") {
                        values.extend(replacement(&e));
                        if let Some((_, expected)) = e.split_once(", expected ") {
                            other_words = quoted_words(expected)
                                .into_iter()
                                .skip(1)
                                .map(|w| toml::Value::String(w.into()))
                                .collect();
                        }
                    }
                    false
                }
                // a mistake elsewhere that serde can say where it is (no other is taken: its
                // words would reach the user as serde's)
                None => !blamed(reads, &tried, &e).is_empty(),
            },
        };
        if taken {
            *table = tried;
            let others = match value {
                toml::Value::String(word) if !word.is_empty() => other_words,
                // (any text but none: what no check of meaning reads as a name it knows)
                toml::Value::String(_) => vec![toml::Value::String("?".into())],
                toml::Value::Integer(_) => vec![toml::Value::Integer(1)],
                toml::Value::Boolean(_) => vec![toml::Value::Boolean(true)],
                _ => Vec::new(),
            };
            return Some(others);
        }
    }
    None
}

/// The most readings of a file that did not read whole ([`Readings`]): an entry (or a file's own
/// keys) whose mended words give as many other readings is left out, its meaning judged once
/// its words are right.
const MAX_READINGS: usize = 16;

/// A standard or pairs file that did not read whole, read so that its mistakes of meaning are
/// said in the same run as its wrong keys and values: its own keys, and each entry of its list,
/// as they are or as [`mended`] made them read (an entry that read no other way is left out:
/// its mistakes are said already), each as mended and in its other readings
/// ([`Mended::reading`]).
struct Readings<T, E> {
    /// The file's own keys (its list left out).
    own: (T, Vec<T>),
    /// Each entry kept, with where it stands in the list.
    entries: Vec<(usize, E, Vec<E>)>,
    /// Each key of the file's own, or of an entry kept, read under the name it misspells (see
    /// [`renamed_at`]).
    renamed: Vec<(Path, String)>,
    /// The tables of its own keys and of the entries kept that held a key they do not take
    /// ([`Mended::unknown`]), by their paths.
    unknown: Vec<Path>,
}

impl<T: Clone, E: Clone> Readings<T, E> {
    /// The file's own keys and its list `key`, or `None` when its own keys read no such way.
    /// Its own keys whose values no mistake of meaning is about (`inert`: a standard's title
    /// and summary) are, if they do not read, read as the values given (`None` left out): a
    /// title missing, or a summary given as a number, keeps no requirement from being judged.
    fn of(table: &toml::Table, key: &str, inert: &[(&str, Option<&str>)]) -> Option<Readings<T, E>>
    where
        T: serde::de::DeserializeOwned,
        E: serde::de::DeserializeOwned,
    {
        let mut own = table.clone();
        own.remove(key);
        let (found, mended_own) = mended::<T>(Path::default(), own.clone(), ("", ""), MAX_LISTED);
        let (value, own) = match mended_own {
            Some(read) => read,
            None if !inert.is_empty() => {
                for (name, value) in inert {
                    match value {
                        Some(value) => own.insert(name.to_string(), (*value).into()),
                        None => own.remove(*name),
                    };
                }
                mended::<T>(Path::default(), own, ("", ""), MAX_LISTED).1?
            }
            None => return None,
        };
        let (entries, mut renamed, mut unknown) =
            readable_entries::<E>(Path::default(), table, key, found.len());
        renamed.extend(renamed_at(&own.renamed, &Path::default()));
        unknown.extend(
            own.unknown
                .iter()
                .map(|hops| path_to(&Path::default(), hops)),
        );
        Some(Readings {
            own: (value, own.others_read()?),
            entries,
            renamed,
            unknown,
        })
    }

    /// The file as mended (made by `make` of its own keys, its entries and how it was read),
    /// with, in its [`Partly`], one file for each other reading `n`: the own keys' `n`th, and
    /// only the entries that have an `n`th, each with where its entries stand.
    fn file(self, make: impl Fn(T, Vec<E>, Partly<T>) -> T) -> T {
        let (own, other_own) = self.own;
        let count = self
            .entries
            .iter()
            .map(|(_, _, others)| others.len())
            .fold(other_own.len(), usize::max);
        let others = (0..count)
            .map(|n| {
                let (at, entries) = self
                    .entries
                    .iter()
                    .filter_map(|(at, _, others)| Some((*at, others.get(n)?.clone())))
                    .unzip();
                let own = other_own.get(n).unwrap_or(&own).clone();
                let partly = Partly {
                    at,
                    others: Vec::new(),
                };
                make(own, entries, partly)
            })
            .collect();
        let (at, entries) = self
            .entries
            .into_iter()
            .map(|(at, entry, _)| (at, entry))
            .unzip();
        make(own, entries, Partly { at, others })
    }
}

impl Mended {
    /// What each of its other readings reads as, or `None` if one does not read (it could not
    /// be judged in every reading) or it has too many.
    fn others_read<T: serde::de::DeserializeOwned>(&self) -> Option<Vec<T>> {
        if self.others() >= MAX_READINGS {
            return None;
        }
        (1..=self.others())
            .map(|n| read_table::<T>(&self.reading(n)?).ok())
            .collect()
    }
}

/// The entries of the list `key` in `table` (which stands at `path` in its file) that read as
/// `E` as they are, or as [`mended`] makes them read (those whose mistakes are listed: while
/// the file's, `listed` before the list, are fewer than a hundred; of fewer than
/// [`MAX_READINGS`] readings), each with where it stands in the list, as it read and in its
/// other readings; and the keys of those kept that were read under the names they misspell.
#[allow(clippy::type_complexity)]
fn readable_entries<E: serde::de::DeserializeOwned>(
    path: Path,
    table: &toml::Table,
    key: &str,
    listed: usize,
) -> (Vec<(usize, E, Vec<E>)>, Vec<(Path, String)>, Vec<Path>) {
    let Some(toml::Value::Array(entries)) = table.get(key) else {
        return (Vec::new(), Vec::new(), Vec::new());
    };
    // (as [`entries_listed`] lists them)
    let mut wrong = listed;
    let mut renamed = Vec::new();
    let mut unknown = Vec::new();
    let entries = entries
        .iter()
        .enumerate()
        .filter_map(|(at, entry)| {
            let entry = entry.as_table()?;
            if wrong >= crate::spec::MAX_ERRORS_LISTED {
                return Some((at, read_table::<E>(entry).ok()?, Vec::new()));
            }
            let budget = MAX_LISTED - wrong;
            let (found, mended) = mended::<E>(Path::default(), entry.clone(), ("", ""), budget);
            wrong += found.len();
            let (value, mended) = mended?;
            let others = mended.others_read()?;
            let here = path.clone().key(key).index(at);
            renamed.extend(renamed_at(&mended.renamed, &here));
            unknown.extend(mended.unknown.iter().map(|hops| path_to(&here, hops)));
            Some((at, value, others))
        })
        .collect();
    (entries, renamed, unknown)
}

/// How a file that did not read whole was read for its mistakes of meaning ([`Readings`]):
/// where each entry kept stands in its file's list, and the file in its other readings.
#[derive(Clone)]
struct Partly<T> {
    at: Vec<usize>,
    others: Vec<T>,
}

impl<T> Default for Partly<T> {
    fn default() -> Self {
        Partly {
            at: Vec::new(),
            others: Vec::new(),
        }
    }
}

impl<T> Partly<T> {
    /// Where the entry read at `index` stands in its file's list.
    fn at(&self, index: usize) -> usize {
        self.at.get(index).copied().unwrap_or(index)
    }
}

/// A file's mistakes of meaning as its first reading found them ([`Readings`]), less each that
/// another reading does not have where it holds the mistake's entry (`entry`: the place in the
/// file's list a mistake is in, `None` for one of the whole file): a mended word made it. The
/// other readings (with where their entries stand) are judged only when the first has mistakes.
fn in_every_reading<T, M: PartialEq>(
    first: Result<T, Vec<M>>,
    others: impl Iterator<Item = (Vec<usize>, Result<T, Vec<M>>)>,
    entry: impl Fn(&M) -> Option<usize>,
) -> Result<T, Vec<M>> {
    let Err(mut mistakes) = first else {
        return first;
    };
    for (at, other) in others {
        let other = other.err().unwrap_or_default();
        mistakes.retain(|m| {
            other.contains(m) || entry(m).is_some_and(|in_entry| !at.contains(&in_entry))
        });
        if mistakes.is_empty() {
            break;
        }
    }
    Err(mistakes)
}

/// A TOML value written as JSON, with the path of each key and value to where it lies in the
/// text: a mistake serde_json finds is placed in the TOML by its path.
#[derive(Default)]
struct JsonOf {
    text: String,
    /// (where in `text`, the path of the key or value there), inner ones before the tables and
    /// arrays that hold them
    spans: Vec<(std::ops::Range<usize>, Path)>,
}

impl JsonOf {
    fn value(&mut self, value: &toml::Value, at: Path) -> Result<(), String> {
        let start = self.text.len();
        match value {
            toml::Value::Table(table) => {
                self.text.push('{');
                for (n, (key, inner)) in table.iter().enumerate() {
                    if n > 0 {
                        self.text.push(',');
                    }
                    let key_start = self.text.len();
                    self.text
                        .push_str(&serde_json::to_string(key).map_err(|e| e.to_string())?);
                    let key_end = self.text.len();
                    self.spans.push((key_start..key_end, at.clone().name(key)));
                    self.text.push(':');
                    self.value(inner, at.clone().key(key))?;
                }
                self.text.push('}');
            }
            toml::Value::Array(items) => {
                self.text.push('[');
                for (n, item) in items.iter().enumerate() {
                    if n > 0 {
                        self.text.push(',');
                    }
                    self.value(item, at.clone().index(n))?;
                }
                self.text.push(']');
            }
            // (JSON has no NaN or infinity: a figure's reader takes them back, `figure`)
            toml::Value::Float(f) if !f.is_finite() => {
                let f = serde_json::to_string(&f.to_string()).map_err(|e| e.to_string())?;
                self.text.push_str(&format!("{{\"{FLOAT_FIELD}\":{f}}}"));
            }
            // (a date as toml hands it to serde, a table of one key, as the built-in files hold it)
            scalar => self
                .text
                .push_str(&serde_json::to_string(scalar).map_err(|e| e.to_string())?),
        }
        let end = self.text.len();
        self.spans.push((start..end, at));
        Ok(())
    }

    /// Where in the text serde_json found its mistake `e`, and the path of the innermost key or
    /// value there. serde_json places a mistake after the last byte it read: a value's, a key's,
    /// the `}` of a table that lacks a key, or the `:`, `,` or `[` before a table or list of the
    /// wrong type (which it tells having read only what comes before it).
    fn at(&self, e: &serde_json::Error) -> Option<(usize, &Path)> {
        let at = e.column().checked_sub(1)?;
        let before_value = matches!(self.text.as_bytes().get(at), Some(b':' | b',' | b'['));
        let at = at + usize::from(before_value);
        self.spans
            .iter()
            .find(|(span, _)| span.contains(&at))
            .map(|(_, path)| (at, path))
    }
}

/// The key a TOML float JSON cannot hold (`nan`, `inf`) is carried under, as the text of the
/// float, in a table of that key alone ([`JsonOf`]): a limit's or condition's figure is read
/// back as the float ([`figure`]); anything else is told it has a table of the wrong type, where
/// the float was.
const FLOAT_FIELD: &str = "$__stanag_check_float";

/// Each bare float in `value` (a file's table, read from `text`) whose spelling reads two ways
/// (`max = 4.500`: 4.5, or 4500 with a thousands point; [`one_reading`]) put as written in a
/// table of [`SPELT_FIELD`] alone: the float has lost its spelling, which is found at its place
/// in the located tree of `text` (made only where the table holds a float). Without recursion:
/// a table is nested as deep as toml's cap allows.
fn spelt_as_written(value: &mut toml::Value, text: &str) {
    let mut floats = Vec::new();
    let mut stack = vec![(&*value, Path::default())];
    while let Some((v, at)) = stack.pop() {
        match v {
            toml::Value::Float(_) => floats.push(at),
            toml::Value::Table(t) => stack.extend(t.iter().map(|(k, v)| (v, at.clone().key(k)))),
            toml::Value::Array(a) => {
                stack.extend(a.iter().enumerate().map(|(i, v)| (v, at.clone().index(i))))
            }
            _ => {}
        }
    }
    if floats.is_empty() {
        return;
    }
    use crate::document::{parse, Format};
    let Ok(tree) = parse(Format::Toml, crate::document::without_bom(text)) else {
        return;
    };
    for at in floats {
        let raw = match at.node(&tree).map(|n| &n.value) {
            Some(crate::document::Value::Number(raw)) if one_reading(raw).is_err() => raw,
            _ => continue,
        };
        if let Some(float) = at.value_in(value) {
            let mut marked = toml::Table::new();
            marked.insert(SPELT_FIELD.into(), toml::Value::String(raw.clone()));
            *float = toml::Value::Table(marked);
        }
    }
}

/// The key a bare TOML float whose spelling reads two ways (`max = 4.500`: 4.5, or 4500 with a
/// thousands point) is carried under, as written, in a table of that key alone ([`JsonOf`]):
/// a limit's or condition's figure is read from that text ([`toml_text`]), and its two readings
/// told as a quoted figure's are ([`written_exactly`]); anything else is told it has a table of
/// the wrong type, where the float was.
const SPELT_FIELD: &str = "$__stanag_check_spelt";

/// The spelling of a bare TOML float that reads two ways, as [`JsonOf`] carried it.
fn spelt_float(v: &toml::Value) -> Option<&str> {
    match v {
        toml::Value::Table(t) if t.len() == 1 => t.get(SPELT_FIELD)?.as_str(),
        _ => None,
    }
}

/// A TOML value as [`JsonOf`] carried it: a float it could not hold given back.
fn unmarked(value: toml::Value) -> toml::Value {
    let float = match &value {
        toml::Value::Table(t) if t.len() == 1 => t
            .get(FLOAT_FIELD)
            .and_then(toml::Value::as_str)
            .and_then(|f| f.parse::<f64>().ok()),
        _ => None,
    };
    float.map_or(value, toml::Value::Float)
}

/// A limit's or condition's figure (`min`, `equals`), with a float JSON cannot hold given back.
fn figure<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<toml::Value>, D::Error> {
    Option::<toml::Value>::deserialize(d).map(|v| v.map(unmarked))
}

/// A condition's or requirement's `one_of`, as [`figure`] reads each.
fn figures<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Vec<toml::Value>>, D::Error> {
    Option::<Vec<toml::Value>>::deserialize(d)
        .map(|v| v.map(|values| values.into_iter().map(unmarked).collect()))
}

/// serde_json's message without the place it gives in the JSON it read, which means nothing to
/// the person who wrote the TOML.
fn without_json_place(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// `table` read as `T`, or serde's message. Through JSON, whose reader the built-in files are
/// read with: each catalogue type's reader of JSON is in the page already, where one of toml's
/// values would be a second reader of every type (about 100 KB gzip of the page).
fn read_table<T: serde::de::DeserializeOwned>(table: &toml::Table) -> Result<T, String> {
    let json =
        serde_json::to_string(&toml::Value::Table(table.clone())).map_err(|e| e.to_string())?;
    // (serde_json places its message in the JSON it was given: no place of the user's)
    serde_json::from_str::<T>(&json).map_err(|e| without_json_place(&e))
}

/// How a table reads as one catalogue type: `Err` with serde's message, as [`read_table`] gives
/// it, when it does not. The code that lists a table's mistakes ([`mended_as`]) takes it rather
/// than the type: it is then in the page once, not once for each type it reads.
type Reads = fn(&toml::Table) -> Result<(), String>;

/// [`Reads`] of the type `T`.
fn reads<T: serde::de::DeserializeOwned>(table: &toml::Table) -> Result<(), String> {
    read_table::<T>(table).map(|_| ())
}

/// A hop from a table to one nested in it: its key, and its index where the key holds an array
/// of tables.
type Hop = (String, Option<usize>);

/// The tables in `table`, itself first, then, depth first, those nested in it (a pair rule's
/// `[[rule.case]]`, a requirement's `when`), each with the hops to it.
fn nested_tables(table: &toml::Table) -> Vec<(Vec<Hop>, &toml::Table)> {
    let mut out = vec![(Vec::new(), table)];
    fn under(hop: Hop, inner: &toml::Table) -> impl Iterator<Item = (Vec<Hop>, &toml::Table)> {
        nested_tables(inner).into_iter().map(move |(mut hops, t)| {
            hops.insert(0, hop.clone());
            (hops, t)
        })
    }
    for (key, value) in table {
        match value {
            toml::Value::Table(inner) => out.extend(under((key.clone(), None), inner)),
            toml::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if let toml::Value::Table(inner) = item {
                        out.extend(under((key.clone(), Some(i)), inner));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// What serde's message blames in a table: the key it does not know (`field`), or the key whose
/// value is the word it does not know, with the hops to the table that holds it.
struct Blame {
    hops: Vec<Hop>,
    key: String,
    field: bool,
    /// The entry of the key's list that is wrong (`kinds = ["fuel", 1]`), not its whole value.
    index: Option<usize>,
    /// What the value is put to, so that the rest is read (for a word or a type).
    mended: Option<toml::Value>,
}

/// The key toml's dates and times are carried under through serde: an unquoted date where a
/// table is wanted is read as a table of this key.
const DATETIME_FIELD: &str = "$__toml_private_datetime";

/// A table of names and their values (a property's `value_aliases`, the trigraphs' `codes`, the
/// dictionary's properties): toml's date reaches serde as a table of one key,
/// [`DATETIME_FIELD`], which a map would read as a name (`value alias
/// `$__toml_private_datetime` points at …`); it is refused as a date where a table is wanted
/// is (`` `value_aliases` must be a table, not `2019-03-01` (a date) ``).
pub(crate) fn names_of<'de, D, V>(d: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: serde::Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Visitor<V>(std::marker::PhantomData<V>);
    impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for Visitor<V> {
        type Value = BTreeMap<String, V>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<M: serde::de::MapAccess<'de>>(
            self,
            mut map: M,
        ) -> Result<Self::Value, M::Error> {
            let mut names = BTreeMap::new();
            while let Some(name) = map.next_key::<String>()? {
                if name == DATETIME_FIELD {
                    // (said as a date where a table is wanted: see `plainly`)
                    return Err(serde::de::Error::unknown_field(&name, &["a table"]));
                }
                names.insert(name, map.next_value()?);
            }
            Ok(names)
        }
    }
    d.deserialize_map(Visitor(std::marker::PhantomData))
}

/// Where in `table` serde's `message` is about: the one table (of it and those nested in it)
/// that holds the unknown key, the outermost when several do; the key whose value is the unknown
/// word, or of the wrong type, or whose list holds it (when several hold that value, the one
/// whose mending changes what serde says, as `T` reads it); with it, each other place of its
/// shape ([`shape`]) that holds the same key or value, wrong alike (each of a pair rule's
/// cases with `warning = 1`: found in one reading, not one reading each). Empty for other
/// mistakes.
fn blamed(reads: Reads, table: &toml::Table, message: &str) -> Vec<Blame> {
    let named = |lead: &str| {
        let rest = message.strip_prefix(lead)?;
        rest.split_once('`').map(|(name, _)| name)
    };
    let tables = nested_tables(table);
    let datetime = named("unknown field `") == Some(DATETIME_FIELD);
    if let Some(field) = named("unknown field `").filter(|_| !datetime) {
        let holding = tables.into_iter().filter(|(_, t)| t.contains_key(field));
        let blames = holding.map(|(hops, _)| Blame {
            hops,
            key: field.to_string(),
            field: true,
            index: None,
            mended: None,
        });
        let groups = alike(blames.collect(), |b| shape(&b.hops, &b.key, b.index));
        return groups.into_iter().next().unwrap_or_default();
    }
    // (a date where a table of keys is wanted reads as a table of toml's own key)
    type Holds = Box<dyn Fn(&toml::Value) -> bool>;
    let (mended, holds): (toml::Value, Holds) = if datetime {
        let date = |v: &toml::Value| matches!(v, toml::Value::Datetime(_));
        (toml::Value::Table(toml::Table::new()), Box::new(date))
    } else {
        match (replacement(message), holds(message)) {
            (Some(mended), Some(holds)) => (mended, Box::new(holds)),
            _ => return Vec::new(),
        }
    };
    let holders: Vec<(Vec<Hop>, String, Option<usize>)> = tables
        .into_iter()
        .flat_map(|(hops, t)| {
            let mut held = Vec::new();
            for (key, value) in t {
                if holds(value) {
                    held.push((hops.clone(), key.clone(), None));
                } else if let toml::Value::Array(items) = value {
                    // (a list's entries)
                    let entries = items.iter().enumerate();
                    held.extend(
                        entries
                            .filter(|(_, item)| holds(item))
                            .map(|(i, _)| (hops.clone(), key.clone(), Some(i))),
                    );
                }
            }
            held
        })
        .collect();
    let blame = |(hops, key, index): (Vec<Hop>, String, Option<usize>)| Blame {
        hops,
        key,
        field: false,
        index,
        mended: Some(mended.clone()),
    };
    if holders.len() == 1 {
        return holders.into_iter().map(blame).collect();
    }
    // of several, the one whose mending changes what serde says: a key's own value before a
    // list's entry, the deepest first (a valid table mended empty, a pair rule's `[[rule.case]]`
    // put for a wrong `level = {}` in it, changes it too, by lacking every key)
    let mut holders = holders;
    crate::sort_by_key(&mut holders, |(hops, _, index)| {
        (index.is_some(), std::cmp::Reverse(hops.len()))
    });
    // (and not to a mistake about the value put in: a key that does not take it, `case = []`
    // put to the word `equal` for a wrong `test = []`, is not the one)
    let made_by = |e: &str| self::holds(e).is_some_and(|holds| holds(&mended));
    let candidates: Vec<Blame> = holders.into_iter().map(blame).collect();
    // (those of one shape are weighed as one: the same value in places of one type, each of a
    // pair rule's cases with `warning = 1`, is wrong in each or in none)
    let groups = alike(candidates, |b| shape(&b.hops, &b.key, b.index));
    let mend_all = |tried: &mut toml::Table, group: &[Blame]| {
        group.iter().all(|b| mend(tried, b, &mut Vec::new()))
    };
    // (or, where two values are wrong alike, `b_property = ["cartridge", {}]` and a case's
    // `level = {}`, the one that, the others mended, is still said; those it is in are not)
    let alone = |group: &Vec<Blame>| {
        let Some(first) = group.first() else {
            return false;
        };
        let mut tried = table.clone();
        let mut at = first.hops.clone();
        at.push((first.key.clone(), first.index));
        let others = groups.iter().filter(|g| !std::ptr::eq(*g, group)).flatten();
        for other in others {
            let mut its = other.hops.clone();
            its.push((other.key.clone(), other.index));
            if !at.starts_with(&its) && !mend(&mut tried, other, &mut Vec::new()) {
                return false;
            }
        }
        reads(&tried).err().as_deref() == Some(message)
    };
    let changes = |group: &Vec<Blame>| {
        let mut tried = table.clone();
        mend_all(&mut tried, group)
            && reads(&tried)
                .err()
                .is_none_or(|e| e != message && !made_by(&e))
    };
    // (the one still said alone first: of many alike, a pair rule's thousand cases with the
    // same wrong word, it is the first, found at once, where each would change nothing)
    let found = groups.iter().position(alone);
    let found = found.or_else(|| groups.iter().position(changes));
    found
        .and_then(|at| groups.into_iter().nth(at))
        .unwrap_or_default()
}

/// Where a value stands, as the type it is read as knows it: the keys of the hops to its table
/// (not which of a list's tables), its key, and whether it is an entry of that key's list.
/// Values of one shape are read alike: a value wrong in one is wrong in each.
fn shape(hops: &[Hop], key: &str, index: Option<usize>) -> (Vec<String>, String, bool) {
    let keys = hops.iter().map(|(hop, _)| hop.clone()).collect();
    (keys, key.to_string(), index.is_some())
}

/// `items` in groups of one shape (as `shape_of` gives it), each in their order, the groups in
/// the order of their first.
fn alike<I, S: PartialEq>(items: Vec<I>, shape_of: impl Fn(&I) -> S) -> Vec<Vec<I>> {
    let mut groups: Vec<(S, Vec<I>)> = Vec::new();
    for item in items {
        let its = shape_of(&item);
        match groups.iter_mut().find(|(s, _)| *s == its) {
            Some((_, group)) => group.push(item),
            None => groups.push((its, vec![item])),
        }
    }
    groups.into_iter().map(|(_, group)| group).collect()
}

/// The value `blame` is about, as the file has it (for a key it does not know, that key's).
fn blamed_value<'t>(table: &'t toml::Table, blame: &Blame) -> Option<&'t toml::Value> {
    let value = table_in(table, &blame.hops)?.get(&blame.key)?;
    match blame.index {
        Some(i) => value.as_array()?.get(i),
        None => Some(value),
    }
}

/// A value as a catalogue file's author wrote it, to say what was found where another was
/// wanted: `1`, `true`, "yes", a list, a table, `1979-05-27` (a date).
fn described(value: &toml::Value) -> String {
    match value {
        toml::Value::String(s) => format!("{:?}", shortened(s, QUOTED_CHARS)),
        toml::Value::Integer(i) => format!("`{i}`"),
        toml::Value::Float(f) => format!("`{f}`"),
        toml::Value::Boolean(b) => format!("`{b}`"),
        toml::Value::Datetime(d) => {
            let what = match (&d.date, &d.time) {
                (Some(_), None) => "a date",
                (None, _) => "a time",
                (Some(_), Some(_)) => "a date and time",
            };
            format!("`{d}` ({what})")
        }
        toml::Value::Array(_) => "a list".into(),
        toml::Value::Table(_) => match spelt_float(value) {
            Some(raw) => format!("`{raw}`"),
            None => "a table".into(),
        },
    }
}

/// What a value serde refused is put to, so that the rest is read: the first word it expects,
/// or an empty value of the type it expects.
fn replacement(message: &str) -> Option<toml::Value> {
    let (_, expected) = message.split_once(", expected ")?;
    if message.starts_with("unknown variant `") {
        return expected
            .split('`')
            .nth(1)
            .map(|first| toml::Value::String(first.to_string()));
    }
    if !message.starts_with("invalid type: ") {
        return None;
    }
    let expected = expected.trim();
    // (an enumerated key's first word: see `read_word`)
    if expected.starts_with("one of `") {
        let first = quoted_words(expected).first()?.to_string();
        return Some(toml::Value::String(first));
    }
    Some(match expected {
        "a boolean" => toml::Value::Boolean(false),
        "a table" => toml::Value::Table(toml::Table::new()),
        "a string" | "a borrowed string" | ONE_OR_MANY => toml::Value::String(String::new()),
        "a sequence" => toml::Value::Array(Vec::new()),
        "a map" => toml::Value::Table(toml::Table::new()),
        "f64" | "f32" | "a float" => toml::Value::Float(0.0),
        e if e.starts_with('i') || e.starts_with('u') || e == "an integer" => {
            toml::Value::Integer(0)
        }
        e if e.starts_with("struct ") => toml::Value::Table(toml::Table::new()),
        _ => return None,
    })
}

/// Which values serde's `message` is about: the unknown word, or the value of the wrong type it
/// quotes (`string "yes"`, `integer `5``, a sequence, a map).
fn holds(message: &str) -> Option<impl Fn(&toml::Value) -> bool> {
    enum Found {
        Word(String),
        Integer(i64),
        Float(f64),
        Flag(bool),
        List,
        Table,
    }
    let found = if let Some(rest) = message.strip_prefix("unknown variant `") {
        Found::Word(rest.split_once('`')?.0.to_string())
    } else {
        let (found, _) = message
            .strip_prefix("invalid type: ")?
            .split_once(", expected ")?;
        let quoted = |lead: &str, close: char| {
            found
                .strip_prefix(lead)
                .and_then(|rest| rest.strip_suffix(close))
                .map(str::to_string)
        };
        if let Some(word) = quoted("string \"", '"') {
            Found::Word(word)
        } else if let Some(n) = quoted("integer `", '`') {
            Found::Integer(n.parse().ok()?)
        } else if let Some(n) = quoted("floating point `", '`') {
            Found::Float(n.parse().ok()?)
        } else if let Some(b) = quoted("boolean `", '`') {
            Found::Flag(b == "true")
        } else if found == "sequence" {
            Found::List
        } else if found == "map" {
            Found::Table
        } else {
            return None;
        }
    };
    Some(move |value: &toml::Value| match (&found, value) {
        (Found::Word(w), toml::Value::String(s)) => s == w,
        (Found::Integer(n), toml::Value::Integer(i)) => i == n,
        (Found::Float(f), toml::Value::Float(x)) => x == f,
        (Found::Flag(b), toml::Value::Boolean(v)) => v == b,
        (Found::List, toml::Value::Array(_)) => true,
        // (toml's dates reach serde as tables of one key)
        (Found::Table, toml::Value::Table(_) | toml::Value::Datetime(_)) => true,
        _ => false,
    })
}

/// The table `hops` lead to from `table`.
fn table_at<'t>(table: &'t mut toml::Table, hops: &[Hop]) -> Option<&'t mut toml::Table> {
    let Some(((key, index), rest)) = hops.split_first() else {
        return Some(table);
    };
    let next = match (table.get_mut(key)?, index) {
        (toml::Value::Table(inner), None) => inner,
        (toml::Value::Array(items), Some(i)) => match items.get_mut(*i)? {
            toml::Value::Table(inner) => inner,
            _ => return None,
        },
        _ => return None,
    };
    table_at(next, rest)
}

/// Takes out the unknown key serde's `message` names (into `taken`, with the hops to its
/// table), or puts the unknown word it names to the first one it expects. Whether it did.
fn mend(
    table: &mut toml::Table,
    blame: &Blame,
    taken: &mut Vec<(Vec<Hop>, String, toml::Value)>,
) -> bool {
    let Some(holder) = table_at(table, &blame.hops) else {
        return false;
    };
    if blame.field {
        return match holder.remove(&blame.key) {
            Some(value) => {
                taken.push((blame.hops.clone(), blame.key.clone(), value));
                true
            }
            None => false,
        };
    }
    let value = match (holder.get_mut(&blame.key), blame.index) {
        (Some(value), None) => Some(value),
        (Some(toml::Value::Array(items)), Some(i)) => items.get_mut(i),
        _ => None,
    };
    match (&blame.mended, value) {
        (Some(mended), Some(value)) => {
            *value = mended.clone();
            true
        }
        _ => false,
    }
}

/// The `line:col: ` a message starts with, and the rest of it.
fn leading_place(message: &str) -> Option<(Pos, &str)> {
    let (place, rest) = message.split_once(": ")?;
    let (line, col) = place.split_once(':')?;
    let pos = Pos {
        line: line.parse().ok()?,
        col: col.parse().ok()?,
    };
    Some((pos, rest))
}

/// The table of a text toml parses but does not read for a value it cannot convert (`e`, the
/// integer `1_0@"`), read with that value put to 0, and where the value is.
fn unconverted(text: &str, e: &toml::de::Error) -> Option<(toml::Table, Pos)> {
    let span = e.span()?;
    let written = text.get(span.clone())?;
    // (the same length, so that every other place is where it was)
    let zero = format!("{:<1$}", 0, written.len());
    let mut mended = text.to_string();
    mended.replace_range(span.clone(), &zero);
    // (a second such value is not looked for: the first is said)
    let table = toml::from_str::<toml::Table>(&mended).ok()?;
    let (pos, _) = leading_place(&toml_error(text, e))?;
    Some((table, pos))
}

/// toml's error for a value it parses but cannot hold, said in the user's words where it is a
/// whole number (toml said `integer number overflowed`, or `invalid type: integer
/// `99999999999999999999999` as i128, expected any valid TOML value`), else as toml says it.
fn unconverted_error(text: &str, e: &toml::de::Error) -> String {
    let written = e.span().and_then(|span| text.get(span)).map(str::trim);
    match written {
        Some(written) if e.message().contains("integer") => {
            const SHOWN: usize = 40;
            let mut shown: String = written.chars().take(SHOWN).collect();
            if written.chars().count() > SHOWN {
                shown.push('…');
            }
            let place = e
                .span()
                .map(|span| format!("{}: ", crate::document::place_at(text, span.start)));
            format!(
                "{}`{}` reads as a whole number too large to hold: write a figure in quotes, \
                 with its unit, as limits are written (`max = \"0.830\"`, `min = \"50 kg\"`)",
                place.unwrap_or_default(),
                crate::suggest::escape(&shown)
            )
        }
        _ => toml_error(text, e),
    }
}

fn toml_error(text: &str, e: &toml::de::Error) -> String {
    let place = e
        .span()
        .map(|span| format!("{}: ", crate::document::place_at(text, span.start)));
    format!("{}{}", place.unwrap_or_default(), e.message().trim())
}

// ---- raw files -----------------------------------------------------------------------------

/// A `T` read from a table of its keys only: serde's derived reader also reads a struct from
/// a list, by the order of its fields (`when = ["fuel", "F-34"]` would be a condition on `fuel`,
/// and `when = []` was told `invalid length 0, expected struct RawCondition with 6 elements`).
struct TableOf<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for TableOf<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Visitor<T> {
            type Value = TableOf<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a table")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                map: M,
            ) -> Result<Self::Value, M::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(TableOf)
            }
        }
        d.deserialize_map(Visitor(std::marker::PhantomData))
    }
}

/// An optional table of `T`'s keys (see [`TableOf`]).
fn table_of<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    Option::<TableOf<T>>::deserialize(d).map(|t| t.map(|TableOf(t)| t))
}

/// A list of tables of `T`'s keys (see [`TableOf`]).
fn tables_of<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Vec<T>, D::Error> {
    Vec::<TableOf<T>>::deserialize(d).map(|ts| ts.into_iter().map(|TableOf(t)| t).collect())
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    version: String,
    label: String,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStandard {
    id: String,
    title: String,
    edition: Option<String>,
    status: Status,
    status_source: Option<String>,
    domain: String,
    kinds: Vec<String>,
    summary: String,
    #[serde(default)]
    applies: Applies,
    #[serde(default)]
    when_claimed: Vec<String>,
    #[serde(default, deserialize_with = "table_of")]
    selector: Option<RawCondition>,
    #[serde(default)]
    requirement: Vec<RawRequirement>,
    /// Of a file that did not read whole, read with its wrong words mended: where each of these
    /// requirements stands in the file, and the file's other readings ([`Readings`]).
    #[serde(skip)]
    partly: Partly<RawStandard>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    property: String,
    #[serde(default, deserialize_with = "figure")]
    equals: Option<toml::Value>,
    #[serde(default, deserialize_with = "figures")]
    one_of: Option<Vec<toml::Value>>,
    #[serde(default, deserialize_with = "figure")]
    min: Option<toml::Value>,
    #[serde(default, deserialize_with = "figure")]
    max: Option<toml::Value>,
    present: Option<bool>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRequirement {
    id: String,
    clause: Option<String>,
    statement: String,
    property: String,
    method: Option<String>,
    severity: Severity,
    source: String,
    confidence: Confidence,
    note: Option<String>,
    // (boxed: most requirements have no condition, and a requirement is moved whole as it is
    // read and as its file's list grows)
    #[serde(default, deserialize_with = "table_of")]
    when: Option<Box<RawCondition>>,
    #[serde(default, deserialize_with = "table_of")]
    unless: Option<Box<RawCondition>>,
    #[serde(default, deserialize_with = "tables_of")]
    alternatives: Vec<RawAlternative>,
    #[serde(default, deserialize_with = "figure")]
    min: Option<toml::Value>,
    #[serde(default, deserialize_with = "figure")]
    max: Option<toml::Value>,
    #[serde(default, deserialize_with = "figure")]
    nominal: Option<toml::Value>,
    #[serde(default, deserialize_with = "figure")]
    tolerance: Option<toml::Value>,
    #[serde(default, deserialize_with = "figures")]
    one_of: Option<Vec<toml::Value>>,
    #[serde(default, deserialize_with = "figure")]
    equals: Option<toml::Value>,
    includes: Option<String>,
    pattern: Option<String>,
    present: Option<bool>,
    /// The figures `equals` or `one_of` names are exact by definition (a bus's 1 Mbit/s), not
    /// rounded: only an item's own quoting precision is allowed about them.
    exact: Option<bool>,
    #[serde(default)]
    or_stated: Vec<String>,
    /// The kinds of item it asks, of those the standard covers (STANAG 2021's vehicles and
    /// trailers); none: every kind the standard covers.
    kinds: Option<Vec<String>>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPairs {
    #[serde(default)]
    rule: Vec<RawPairRule>,
    /// As [`RawStandard::partly`], of the rules.
    #[serde(skip)]
    partly: Partly<RawPairs>,
}

#[derive(Clone)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

/// What [`OneOrMany`] is read from, as serde says what it expected.
const ONE_OR_MANY: &str = "a string or a list of strings";

/// One name in quotes, or a list of them; anything else told as a wrong type (serde's untagged
/// reader said only `data did not match any variant of untagged enum OneOrMany`).
impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(ONE_OR_MANY)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany::One(v.to_string()))
            }
            fn visit_seq<S: serde::de::SeqAccess<'de>>(
                self,
                seq: S,
            ) -> Result<OneOrMany, S::Error> {
                Vec::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))
                    .map(OneOrMany::Many)
            }
        }
        d.deserialize_any(Visitor)
    }
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPairRule {
    id: String,
    title: String,
    a: String,
    b: String,
    a_property: OneOrMany,
    b_property: OneOrMany,
    test: PairTest,
    #[serde(default)]
    optional: bool,
    #[serde(default, deserialize_with = "table_of")]
    when_a: Option<RawCondition>,
    #[serde(default, deserialize_with = "table_of")]
    when_b: Option<RawCondition>,
    #[serde(default, deserialize_with = "table_of")]
    unless_a: Option<RawCondition>,
    #[serde(default, deserialize_with = "table_of")]
    unless_b: Option<RawCondition>,
    severity: Severity,
    source: String,
    confidence: Confidence,
    note: Option<String>,
    #[serde(default, deserialize_with = "tables_of")]
    case: Vec<RawPairCase>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPairCase {
    a: String,
    b: String,
    level: String,
    reason: String,
    #[serde(default)]
    warning: bool,
    source: Option<String>,
    confidence: Option<Confidence>,
}

impl RawPairRule {
    /// The rule, or its first mistake with where in the rule it lies.
    /// All of the rule's mistakes, its cases' too, each where it is: one does not hide another.
    fn validate(self, dictionary: &Dictionary) -> Result<PairRule, Vec<(Path, String)>> {
        let at = |path: Path, m: String| (path, format!("pair rule `{}`: {m}", self.id));
        let key = |k: &'static str| Path::default().key(k);
        let mut wrong = Vec::new();
        for (side, kind) in [("a", &self.a), ("b", &self.b)] {
            if !dictionary.kinds.contains_key(kind) && !dictionary.is_unusable_kind(kind) {
                let hint = crate::suggest::did_you_mean(&dictionary.suggest_kind(kind));
                wrong.push(at(key(side), format!("unknown item kind `{kind}`{hint}")));
            }
        }
        if self.source.trim().is_empty() {
            wrong.push(at(key("source"), "has no source".into()));
        }
        let mut properties = |side: &'static str, names: Vec<String>| {
            if names.is_empty() {
                wrong.push(at(key(side), "names no property".into()));
                return (Vec::new(), false);
            }
            // a name in a list is placed at itself (a single name is the value under `side`)
            let mut found = Vec::new();
            for (i, n) in names.iter().enumerate() {
                match dictionary.property(n) {
                    Some(p) => found.push(p),
                    // its entry's mistakes are said at it
                    None if dictionary.is_unusable_property(n) => {}
                    None => wrong.push(at(
                        key(side).index(i),
                        format!(
                            "unknown property `{n}`{}",
                            crate::suggest::did_you_mean(&dictionary.suggest_property(n))
                        ),
                    )),
                }
            }
            // the rule is judged on all of them, its cases on the first found
            let all = found.len() == names.len();
            (found, all)
        };
        let (a_found, a_all) = properties("a_property", self.a_property.into_vec());
        let (b_found, b_all) = properties("b_property", self.b_property.into_vec());
        let pa = a_found.first().copied();
        let pb = b_found.first().copied();
        let a_props = a_all.then_some(a_found);
        let b_props = b_all.then_some(b_found);
        let figure = |p: &Property| {
            matches!(
                p.ty,
                PropertyType::Quantity(_) | PropertyType::Number | PropertyType::Integer
            )
        };
        let list = |p: &Property| matches!(p.ty, PropertyType::List(_));
        let word = |p: &Property| matches!(p.ty, PropertyType::Text | PropertyType::Enum(_));
        let flag = |p: &Property| p.ty == PropertyType::Flag;
        // values that can be compared: figures of one dimension, or words, lists or flags
        let alike = |pa: &Property, pb: &Property| {
            (figure(pa) && figure(pb) && pa.dimension() == pb.dimension())
                || (word(pa) && word(pb))
                || (list(pa) && list(pb))
                || (flag(pa) && flag(pb))
        };
        let fits = |pa: &Property, pb: &Property| match self.test {
            PairTest::Equal => alike(pa, pb),
            PairTest::Table => !figure(pa) && !figure(pb),
            PairTest::AtMost | PairTest::Lower => figure(pa) && alike(pa, pb),
            PairTest::Includes => list(pa) && !figure(pb),
            PairTest::Overlap => list(pa) && list(pb),
            PairTest::Implies => flag(pa) && flag(pb),
        };
        // every fallback on one side against every one on the other: any pair of them may be
        // what two items state (the first that does not fit is said)
        if let (Some(a_props), Some(b_props)) = (&a_props, &b_props) {
            let misfit = a_props
                .iter()
                .flat_map(|qa| b_props.iter().map(move |qb| (qa, qb)))
                .find(|(qa, qb)| !fits(qa, qb));
            if let Some((qa, qb)) = misfit {
                wrong.push(at(
                    key("test"),
                    format!(
                        "test `{}` does not fit {} ({}) and {} ({})",
                        self.test.name(),
                        qa.name,
                        qa.ty.name(),
                        qb.name,
                        qb.ty.name()
                    ),
                ));
            }
        }
        let mut cases = Vec::new();
        for (index, c) in self.case.into_iter().enumerate() {
            if wrong.len() >= crate::spec::MAX_ERRORS_LISTED {
                break;
            }
            let case = |k: &'static str| key("case").index(index).key(k);
            let level = match c.level.as_str() {
                "compatible" => Some(CaseLevel::Compatible),
                "incompatible" => Some(CaseLevel::Incompatible),
                "unknown" => Some(CaseLevel::Unknown),
                other => {
                    let hint = crate::suggest::did_you_mean(
                        &crate::suggest::closest(other, CaseLevel::NAMES).map(str::to_string),
                    );
                    wrong.push(at(
                        case("level"),
                        format!(
                            "case level `{other}`: use compatible, incompatible or unknown{hint}"
                        ),
                    ));
                    None
                }
            };
            // (a warning is shown beside a pair found usable; an unknown one says why already,
            // and an incompatible one fails the pair, which no warning would soften)
            let instead = match level {
                Some(CaseLevel::Unknown) => Some("say what is not known in its `reason`"),
                Some(CaseLevel::Incompatible) => Some(
                    "its `reason` says why the two cannot be used together; a pair that can, \
                     with a caution, is a compatible case with a warning",
                ),
                _ => None,
            };
            if let (Some(instead), true) = (instead, c.warning) {
                wrong.push(at(
                    case("warning"),
                    format!(
                        "`warning = true` on a case of level {}: a warning is for a compatible \
                         case; {instead}, and remove `warning`",
                        c.level
                    ),
                ));
            }
            let mut value = |p: Option<&Property>, written: &str, side: &'static str| {
                p?.canonical_value(written)
                    .map_err(|e| wrong.push(at(case(side), e.to_string())))
                    .ok()
            };
            let a = value(pa, &c.a, "a");
            let b = value(pb, &c.b, "b");
            let chars = c.reason.chars().count();
            if chars > MAX_CASE_REASON_CHARS {
                wrong.push(at(
                    case("reason"),
                    format!(
                        "the reason is {chars} characters; a case's reason has at most \
                         {MAX_CASE_REASON_CHARS} (it is quoted in every pair the case decides)"
                    ),
                ));
            }
            if let (Some(a), Some(b), Some(level)) = (a, b, level) {
                cases.push(PairCase {
                    keys: (
                        crate::dictionary::value_key(&a),
                        crate::dictionary::value_key(&b),
                    ),
                    a,
                    b,
                    level,
                    warning: c.warning,
                    reason: c.reason,
                    source: c.source.map(Into::into),
                    confidence: c.confidence,
                });
            }
        }
        let mut case_at = BTreeMap::new();
        for (at, c) in cases.iter().enumerate() {
            case_at.entry(c.keys.clone()).or_insert(at);
        }
        // an exception on what the rule compares can never excuse: an item meeting it states
        // that property, and is then held to the rule (see `pair::apply`)
        for (name, unless, compared) in [
            ("unless_a", &self.unless_a, &a_props),
            ("unless_b", &self.unless_b, &b_props),
        ] {
            let on_compared =
                |u: &&RawCondition| compared.iter().flatten().any(|p| p.name == u.property);
            if let Some(u) = unless.as_ref().filter(on_compared) {
                wrong.push(at(
                    key(name),
                    format!(
                        "`{name}` on `{}`, which the rule compares, excuses no item: an item that \
                         states it is held to the rule",
                        u.property
                    ),
                ));
            }
        }
        let mut condition = |name: &'static str, c: Option<RawCondition>| {
            c.filter(|c| !dictionary.is_unusable_property(&c.property))
                .and_then(|c| {
                    c.validate(dictionary)
                        .map_err(|mistakes| {
                            for (within, e) in mistakes {
                                wrong.push(at(key(name).join(within), format!("{name}: {e}")))
                            }
                        })
                        .ok()
                })
        };
        let when_a = condition("when_a", self.when_a);
        let when_b = condition("when_b", self.when_b);
        let unless_a = condition("unless_a", self.unless_a);
        let unless_b = condition("unless_b", self.unless_b);
        let (Some(a_props), Some(b_props)) = (a_props, b_props) else {
            return Err(wrong);
        };
        if !wrong.is_empty() {
            return Err(wrong);
        }
        Ok(PairRule {
            title: self.title.into(),
            a_property: a_props.iter().map(|p| p.name.clone()).collect(),
            b_property: b_props.iter().map(|p| p.name.clone()).collect(),
            units: a_props
                .iter()
                .chain(&b_props)
                .filter_map(|p| match p.ty {
                    PropertyType::Quantity(unit) => Some((p.name.clone(), unit)),
                    _ => None,
                })
                .collect(),
            test: self.test,
            optional: self.optional,
            when_a,
            when_b,
            unless_a,
            unless_b,
            severity: self.severity,
            source: self.source.into(),
            confidence: self.confidence,
            note: self.note,
            cases,
            case_at,
            a: self.a,
            b: self.b,
            id: self.id.into(),
        })
    }
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAlternative {
    value: String,
    source: String,
    note: Option<String>,
}

/// The text of a TOML scalar as written ("0.840", "57.40 mm", "true").
fn toml_text(v: &toml::Value) -> Option<String> {
    match v {
        toml::Value::String(s) => Some(s.clone()),
        toml::Value::Integer(i) => Some(i.to_string()),
        toml::Value::Float(f) => Some(f.to_string()),
        toml::Value::Boolean(b) => Some(b.to_string()),
        v => spelt_float(v).map(str::to_string),
    }
}

/// The text of one value that `key` of a limit or condition names (`min`, `equals`, an entry
/// of `one_of`) for `property`, or, for a table, a list, a date, or a flag where no flag is
/// wanted, what to write there: `` `min` must be one figure with its unit, in quotes, not
/// `true` ``.
fn one_value(property: &Property, key: &str, v: &toml::Value) -> Result<String, String> {
    use PropertyType as T;
    let flag = matches!(property.ty, T::Flag);
    let text = match v {
        toml::Value::Boolean(_) if !flag => None,
        // (a word or a figure written as a flag's `true`: told to write true or false)
        toml::Value::String(_) | toml::Value::Integer(_) | toml::Value::Float(_) if flag => None,
        v if flag && spelt_float(v).is_some() => None,
        v => toml_text(v),
    };
    if let Some(text) = text {
        return Ok(text);
    }
    let list = key == "one_of";
    let must = match (&property.ty, list) {
        (T::Quantity(_), false) => "one figure with its unit, in quotes",
        (T::Quantity(_), true) => "figures with their unit, in quotes",
        (T::Number | T::Integer, false) => "one number",
        (T::Number | T::Integer, true) => "numbers",
        (T::Flag, _) => "true or false",
        (_, false) => "one value in quotes",
        (_, true) => "values in quotes",
    };
    let verb = if list { "list" } else { "be" };
    // (several values where one is named: `one_of` names them)
    let hint = match (key, v) {
        ("equals", toml::Value::Array(_)) => ": to allow any of several, write `one_of = [...]`",
        _ => "",
    };
    Err(format!(
        "`{key}` must {verb} {must} ({} is {}), not {}{hint}",
        property.name,
        property.ty.name(),
        described(v)
    ))
}

/// Unless `checked` (a trusted built-in file, see [`Catalogue::builtin`]), a figure is not
/// looked at for a spelling that reads two ways ([`written_exactly`]), which only finds
/// mistakes: the value read is the same where there is none.
fn expected(
    property: &Property,
    key: &str,
    v: &toml::Value,
    checked: bool,
) -> Result<Expected, String> {
    let text = one_value(property, key, v)?;
    let err = in_catalogue;
    match &property.ty {
        // A value a limit names (equals, one of) keeps the precision it is written to: "= 10 mm"
        // is met by 0.394 in (10.0076 mm), as a sheet quoting the figure to more digits is not
        // failed by the catalogue's rounding. A threshold does not (see `scalar`).
        PropertyType::Quantity(_) | PropertyType::Number | PropertyType::Integer => {
            let figure = property.parse_scalar(&text).map_err(err)?;
            if checked {
                written_exactly(property, v, &text)?;
            }
            Ok(Expected::Scalar(with_counted_unit(property, figure)))
        }
        // (`one_value` took only true or false)
        PropertyType::Flag => Ok(Expected::Flag(matches!(v, toml::Value::Boolean(true)))),
        _ => property
            .canonical_value(&text)
            .map(|w| {
                if property.exact {
                    Expected::Verbatim(w)
                } else {
                    Expected::Word(w)
                }
            })
            .map_err(err),
    }
}

/// A count the dictionary says is counted in a unit (a symbol rate, in baud), written bare
/// (`equals = 2400`), as a limit shows it: with that unit (`= 2400 Bd`), in the catalogue's
/// listing, a verdict's limit and its message alike; the count is the same.
fn with_counted_unit(property: &Property, figure: Scalar) -> Scalar {
    match property.counted_in {
        Some(unit)
            if crate::units::parse_written(&figure.written).is_ok_and(|w| w.unit.is_none()) =>
        {
            Scalar {
                written: format!("{} {}", figure.written, unit.symbol).into(),
                ..figure
            }
        }
        _ => figure,
    }
}

/// A figure of a quantity whose unit is written in capitals that may be milli or mega (`430
/// MPA`), or any figure that reads two ways (`4.500 kg`): a spec file's is read with a
/// warning, a catalogue's is a mistake ([`crate::units::refused_in_capitals`], [`one_reading`]).
/// (A bare TOML number, `max = 1.025`, is a TOML float, read with a decimal point: its digits as
/// written are not kept, and no thousands point is looked for in them.)
fn written_exactly(property: &Property, v: &toml::Value, text: &str) -> Result<(), String> {
    match (&property.ty, crate::units::refused_in_capitals(text)) {
        (PropertyType::Quantity(_), Some(refused)) => Err(refused),
        _ if matches!(v, toml::Value::String(_)) || spelt_float(v).is_some() => one_reading(text),
        _ => Ok(()),
    }
}

/// A figure that reads two ways where nothing tells its decimal mark
/// ([`crate::spec::reads_two_ways`]): `4.500 kg` is 4.5 kg, or 4500 kg as a German sheet
/// groups thousands with a point; `5,460 t` is 5460 t, or 5.46 t with a decimal comma. A spec
/// file reads it one way and says so; a catalogue has no warnings, and its limit judges every
/// item, so such a figure is its writer's to decide. Inches and pounds (`2.800 in`) are read
/// as they are written, with a decimal point, as a spec file reads them.
pub(crate) fn one_reading(text: &str) -> Result<(), String> {
    use crate::spec::{reads_two_ways, value_of_decimal};
    let Some((mark, thousands, decimal)) = reads_two_ways(text) else {
        return Ok(());
    };
    // its decimal reading written so that it reads one way: without its last zeros (`4.5 kg`),
    // or with one more where it has none (`1.025 kg`: `1.0250 kg`), the same threshold
    let mut plain = value_of_decimal(&decimal);
    if reads_two_ways(&plain).is_some() {
        if let Some((whole, part)) = plain.split_once('.') {
            let digits = part
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(part.len());
            // ok: `digits` is where the ASCII digits end, a character boundary
            let (fraction, rest) = part.split_at(digits);
            plain = format!("{whole}.{fraction}0{rest}");
        }
    }
    let written = text.trim();
    Err(if mark == "point" {
        format!(
            "`{written}` reads as {} or as {thousands} with a thousands point: write `{plain}` \
             or `{thousands}`",
            value_of_decimal(&decimal)
        )
    } else {
        format!(
            "`{written}` reads as {thousands} or as {} with a decimal comma: write \
             `{thousands}` or `{plain}`",
            value_of_decimal(&decimal)
        )
    })
}

/// What is wrong in the spelling of a figure whichever property it is of, told where the
/// property is not known (`cargo_mas`): its number (`4500,0 kg` writes a decimal comma), its
/// unit (unknown, ambiguous, in capitals that may be milli or mega), its form (a range, a
/// figure with its tolerance), or that it reads two ways (`4.500 kg`). Only its dimension, and
/// whether it must be a whole number, need the property.
fn spelling(text: &str) -> Result<(), String> {
    use crate::units::QuantityError;
    crate::units::parse_written(text).map_err(|e| {
        let e = match e {
            // (with its unit, as a quantity's is told: write 4500.0 kg)
            QuantityError::Number(e) => {
                QuantityError::Number(crate::dictionary::with_unit(text, e))
            }
            e => e,
        };
        in_catalogue(ValueError::Quantity(e))
    })?;
    match crate::units::refused_in_capitals(text) {
        Some(refused) => Err(refused),
        None => one_reading(text),
    }
}

/// The mistake of spelling ([`spelling`]) in the figure under `key`, where it is written as a
/// text, at that key.
fn spelt_at((key, v): (&'static str, &Option<toml::Value>)) -> Option<(Path, String)> {
    match v {
        Some(toml::Value::String(text)) => {
            spelling(text).err().map(|m| (Path::default().key(key), m))
        }
        _ => None,
    }
}

/// A value's mistake as a catalogue file's writer acts on it: a range, a figure with its
/// tolerance or a bound written as one limit is told the limit keys that write it (a spec
/// file's writer is told to state one figure instead).
fn in_catalogue(e: ValueError) -> String {
    match &e {
        ValueError::Quantity(crate::units::QuantityError::NotOneFigure {
            written, what, ..
        }) => {
            let keys = if what.starts_with("a range") {
                "write its ends as `min` and `max`, each one figure with its unit"
            } else if what.starts_with("a figure with a tolerance") {
                "write it as `nominal` and `tolerance`, each one figure with its unit"
            } else if what.starts_with("a bound") {
                "write it as `min` or `max`, one figure with its unit"
            } else {
                return e.to_string();
            };
            format!("`{written}` is {what}: a limit is one figure; {keys}")
        }
        _ => e.to_string(),
    }
}

/// A tolerance: a figure of the property's kind, read as a difference (see
/// [`Property::parse_tolerance`]), exact as a limit is.
fn tolerance(property: &Property, v: &toml::Value, checked: bool) -> Result<Scalar, String> {
    let text = one_value(property, "tolerance", v)?;
    match property.ty {
        PropertyType::Quantity(_) | PropertyType::Number | PropertyType::Integer => {
            let figure = property.parse_tolerance(&text).map_err(in_catalogue)?;
            if checked {
                written_exactly(property, v, &text)?;
            }
            Ok(Scalar {
                half_unit: Exact::from_integer(0),
                ..figure
            })
        }
        _ => Err(format!(
            "{} is {}: a tolerance needs a figure",
            property.name,
            property.ty.name()
        )),
    }
}

/// A threshold (a minimum, a maximum, a nominal value): exact, its written digits are not an
/// uncertainty (only a stated value carries the precision it is quoted with).
fn scalar(
    property: &Property,
    key: &str,
    v: &toml::Value,
    checked: bool,
) -> Result<Scalar, String> {
    match expected(property, key, v, checked)? {
        Expected::Scalar(s) => Ok(Scalar {
            half_unit: Exact::from_integer(0),
            ..s
        }),
        _ => Err(format!(
            "{} is {}: a minimum, maximum or tolerance needs a figure",
            property.name,
            property.ty.name()
        )),
    }
}

impl RawCondition {
    /// The condition, or its mistakes with where in the condition each is: as [`Self::read`]
    /// finds the first, and where its property is not known, the mistakes of spelling
    /// ([`spelling`]) in the figures of its range too, so that `min = "4.500 kg"` is told beside
    /// `property = "cargo_mas"`. (`equals` and `one_of` may name words, which only their
    /// property reads.)
    fn validate(&self, dictionary: &Dictionary) -> Result<Condition, Vec<(Path, String)>> {
        self.read(dictionary).map_err(|first| {
            let unknown = dictionary.property(&self.property).is_none();
            let spelt = [("min", &self.min), ("max", &self.max)]
                .into_iter()
                .filter(|_| unknown)
                .filter_map(spelt_at);
            std::iter::once(first).chain(spelt).collect()
        })
    }

    /// The condition, or its mistake with where in the condition it is (its property, the value
    /// that is wrong; the condition itself for one of its form).
    fn read(&self, dictionary: &Dictionary) -> Result<Condition, (Path, String)> {
        let at = |key: &'static str| move |m: String| (Path::default().key(key), m);
        let whole = |m: String| (Path::default(), m);
        let property = dictionary.property(&self.property).ok_or_else(|| {
            at("property")(format!(
                "unknown property `{}`{}",
                self.property,
                crate::suggest::did_you_mean(&dictionary.suggest_property(&self.property))
            ))
        })?;
        let test = match (&self.equals, &self.one_of, &self.min, &self.max) {
            // whenever the item states the property (a range that judges a figure only where
            // one is given, leaving to another requirement whether it must be)
            (None, None, None, None) if self.present == Some(true) => Limit::Present,
            _ if self.present.is_some() => {
                return Err(whole(
                    "a condition's `present` is `true`, and stands alone (without `equals`, `one_of`, `min` or `max`)".into(),
                ))
            }
            (Some(v), None, None, None) => {
                Limit::Equals(expected(property, "equals", v, true).map_err(at("equals"))?)
            }
            (None, Some(vs), None, None) => Limit::OneOf(
                vs.iter()
                    .enumerate()
                    .map(|(i, v)| {
                        expected(property, "one_of", v, true)
                            .map_err(|m| (Path::default().key("one_of").index(i), m))
                    })
                    .collect::<Result<_, _>>()?,
            ),
            (None, None, min, max) if min.is_some() || max.is_some() => Limit::Range {
                min: min
                    .as_ref()
                    .map(|v| scalar(property, "min", v, true))
                    .transpose()
                    .map_err(at("min"))?,
                max: max
                    .as_ref()
                    .map(|v| scalar(property, "max", v, true))
                    .transpose()
                    .map_err(at("max"))?,
            },
            _ => {
                return Err(whole(
                    "a condition takes one of `equals`, `one_of`, `min`/`max`, or `present = true`"
                        .into(),
                ))
            }
        };
        judgeable(&test, property, true).map_err(whole)?;
        Ok(Condition {
            property: property.name.clone(),
            test,
        })
    }
}

/// The keys a requirement writes its limit under.
const LIMIT_KEYS: &[&str] = &[
    "min",
    "max",
    "nominal",
    "tolerance",
    "one_of",
    "equals",
    "includes",
    "pattern",
    "present",
];

impl RawRequirement {
    /// The mistakes of spelling ([`spelling`]) in the figures of its range, or its nominal and
    /// tolerance, which take nothing but figures: told where its property is not known, so that
    /// `max = "4500,0 kg"` is told beside `property = "cargo_mas"`. (`equals` and `one_of` may
    /// name words, which only their property reads.)
    fn figures_spelt(&self) -> Vec<(Path, String)> {
        [
            ("min", &self.min),
            ("max", &self.max),
            ("nominal", &self.nominal),
            ("tolerance", &self.tolerance),
        ]
        .into_iter()
        .filter_map(spelt_at)
        .collect()
    }

    /// The requirement's limit, or a mistake with where in the requirement it lies: the value
    /// that is wrong, or the first limit key when the limits together are wrong.
    /// All of its mistakes: each of a range's bounds, a nominal and its tolerance, each value of a
    /// `one_of` is judged, so that a file is not fixed a run at a time.
    /// Unless `checked`, a figure's spelling is not looked at (see [`expected`]).
    fn limit(&self, property: &Property, checked: bool) -> Result<Limit, Vec<(Path, String)>> {
        let under = |key: &'static str| move |m: String| (Path::default().key(key), m);
        let whole = |m: String| (Path::default().first_of(LIMIT_KEYS), m);
        let given: Vec<&str> = [
            ("min", self.min.is_some()),
            ("max", self.max.is_some()),
            ("nominal", self.nominal.is_some()),
            ("tolerance", self.tolerance.is_some()),
            ("one_of", self.one_of.is_some()),
            ("equals", self.equals.is_some()),
            ("includes", self.includes.is_some()),
            ("pattern", self.pattern.is_some()),
            ("present", self.present.is_some()),
        ]
        .into_iter()
        .filter(|(_, g)| *g)
        .map(|(n, _)| n)
        .collect();
        let limit = match (given.as_slice(), self) {
            (["min"] | ["max"] | ["min", "max"], _) => {
                let bound = |v: &Option<toml::Value>, key| {
                    v.as_ref()
                        .map(|v| scalar(property, key, v, checked))
                        .transpose()
                        .map_err(under(key))
                };
                let (min, max) = both(bound(&self.min, "min"), bound(&self.max, "max"))?;
                Limit::Range { min, max }
            }
            (
                ["nominal", "tolerance"],
                RawRequirement {
                    nominal: Some(nominal),
                    tolerance: Some(within),
                    ..
                },
            ) => {
                let (nominal, tolerance) = both(
                    scalar(property, "nominal", nominal, checked).map_err(under("nominal")),
                    tolerance(property, within, checked).map_err(under("tolerance")),
                )?;
                Limit::Nominal { nominal, tolerance }
            }
            (["one_of"], _) => {
                let mut values = Vec::new();
                let mut wrong = Vec::new();
                for (i, v) in self.one_of.iter().flatten().enumerate() {
                    match expected(property, "one_of", v, checked) {
                        Ok(value) => values.push(value),
                        Err(m) if wrong.len() < crate::spec::MAX_ERRORS_LISTED => {
                            wrong.push((Path::default().key("one_of").index(i), m))
                        }
                        Err(_) => {}
                    }
                }
                if !wrong.is_empty() {
                    return Err(wrong);
                }
                Limit::OneOf(values)
            }
            (
                ["equals"],
                RawRequirement {
                    equals: Some(v), ..
                },
            ) => Limit::Equals(
                expected(property, "equals", v, checked).map_err(|m| vec![under("equals")(m)])?,
            ),
            (
                ["includes"],
                RawRequirement {
                    includes: Some(v), ..
                },
            ) => {
                let PropertyType::List(_) = property.ty else {
                    return Err(vec![under("includes")(format!(
                        "`includes` needs a list property; {} is {}",
                        property.name,
                        property.ty.name()
                    ))]);
                };
                Limit::Includes(
                    property
                        .canonical_value(v)
                        .map_err(|e| vec![under("includes")(e.to_string())])?,
                )
            }
            (
                ["pattern"],
                RawRequirement {
                    pattern: Some(p), ..
                },
            ) => Limit::Pattern(p.clone()),
            (
                ["present"],
                RawRequirement {
                    present: Some(true),
                    ..
                },
            ) => Limit::Present,
            (["present"], _) => {
                return Err(vec![under("present")(
                "`present = false` asks nothing: write `present = true` (the item must state the \
                 property), or leave it out"
                    .into(),
            )])
            }
            ([], _) => {
                return Err(vec![(
                    Path::default(),
                    "no limit: give one of min, max, nominal+tolerance, one_of, equals, includes, \
                 pattern, present"
                        .into(),
                )])
            }
            (other, _) => {
                return Err(vec![whole(format!(
                    "give exactly one limit, found {}",
                    other.join(" + ")
                ))])
            }
        };
        judgeable(&limit, property, false).map_err(|m| vec![whole(m)])?;
        match (self.exact, limit) {
            (None, limit) => Ok(limit),
            (Some(true), Limit::Equals(Expected::Scalar(s))) => {
                Ok(Limit::Equals(Expected::Scalar(exactly(s))))
            }
            (Some(true), Limit::OneOf(values))
                if values.iter().all(|v| matches!(v, Expected::Scalar(_))) =>
            {
                Ok(Limit::OneOf(
                    values
                        .into_iter()
                        .map(|v| match v {
                            Expected::Scalar(s) => Expected::Scalar(exactly(s)),
                            other => other,
                        })
                        .collect(),
                ))
            }
            (Some(true), _) => Err(vec![under("exact")(
                "`exact = true` is for figures that `equals` or `one_of` names: a word is \
                 matched by its spelling, and a minimum, maximum or nominal is exact already"
                    .into(),
            )]),
            (Some(false), _) => Err(vec![under("exact")(
                "`exact = false` is what a named figure is without it: leave it out".into(),
            )]),
        }
    }
}

/// Both of two results, or the mistakes of either or both.
fn both<A, B, E>(a: Result<A, E>, b: Result<B, E>) -> Result<(A, B), Vec<E>> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (a, b) => Err(a.err().into_iter().chain(b.err()).collect()),
    }
}

/// Does `exception` hold for every item `condition` holds for? The same condition, or named
/// values on one property that include every value `condition` names.
fn covers(exception: &Condition, condition: &Condition) -> bool {
    let named = |c: &Condition| match &c.test {
        Limit::Equals(e) => Some(vec![e.clone()]),
        Limit::OneOf(values) => Some(values.clone()),
        _ => None,
    };
    exception == condition
        || (exception.property == condition.property
            && matches!((named(exception), named(condition)), (Some(all), Some(some))
                if some.iter().all(|v| all.contains(v))))
}

/// A named figure that is exact by definition: its written digits give it no tolerance.
fn exactly(s: Scalar) -> Scalar {
    Scalar {
        half_unit: Exact::from_integer(0),
        ..s
    }
}

/// Refuses a limit (or a condition's test) that no value of `property` could ever be judged
/// against: a verdict on it would be not-comparable, or a condition never met, for every item.
fn judgeable(limit: &Limit, property: &Property, in_condition: bool) -> Result<(), String> {
    use PropertyType as T;
    let fits = matches!(
        (&property.ty, limit),
        (_, Limit::Present)
            | (
                T::Quantity(_) | T::Number | T::Integer,
                Limit::Range { .. } | Limit::Nominal { .. }
            )
            | (
                T::Quantity(_) | T::Number | T::Integer | T::Text | T::Enum(_),
                Limit::Equals(_) | Limit::OneOf(_)
            )
            | (T::Text | T::Enum(_), Limit::Pattern(_))
            | (T::List(_), Limit::Includes(_))
            | (T::Flag, Limit::Equals(_))
    );
    if !fits {
        let hint = match property.ty {
            T::List(_) if in_condition => ": a condition cannot test a list",
            T::List(_) => ": a list is tested with `includes`",
            _ => "",
        };
        return Err(format!(
            "`{}` cannot judge {} ({}){hint}",
            // as a catalogue file writes it
            limit.kind().replace('-', "_"),
            property.name,
            property.ty.name()
        ));
    }
    // a figure the dictionary reads as its nominal (`28 V` as 24 V): no value is judged as it
    let named: &[Expected] = match limit {
        Limit::Equals(e) => std::slice::from_ref(e),
        Limit::OneOf(values) => values,
        _ => &[],
    };
    for e in named {
        let Expected::Scalar(e) = e else { continue };
        if let Some(n) = property.nominal_of(e) {
            return Err(format!(
                "`{}` is read as `{}` (the dictionary's `nominal` of {}), so no value is judged as \
                 it: write `{}`",
                e.written, n.nominal.written, property.name, n.nominal.written
            ));
        }
    }
    match limit {
        Limit::Range {
            min: Some(lo),
            max: Some(hi),
        } if lo.value > hi.value => Err(format!("min {} is above max {}", lo.written, hi.written)),
        Limit::OneOf(values) if values.is_empty() => Err("`one_of` lists no values".into()),
        Limit::OneOf(values) if values.len() > MAX_ONE_OF => Err(format!(
            "`one_of` lists {} values; the limit is {MAX_ONE_OF} (every item's value is sought \
             in the list)",
            values.len()
        )),
        _ => Ok(()),
    }
}

impl RawStandard {
    /// The standard, or all its mistakes. Unless `checked` (the trusted built-in files, see
    /// [`Catalogue::builtin`]), what only finds mistakes is left out: the standard made is the
    /// same where there are none.
    fn validate<'a>(
        self,
        dictionary: &Dictionary,
        origin: Origin<'a>,
        local: bool,
        fingerprint: String,
        checked: bool,
    ) -> Result<Standard, Vec<Mistake<'a>>> {
        let mut errors = Vec::new();
        let fail = |path: Path, message: String| Mistake::new(origin, path, message);
        if checked {
            self.unknown_kinds(dictionary, origin, &mut errors);
            self.when_claimed_kinds(origin, &mut errors);
        }
        let selector = match self
            .selector
            .as_ref()
            .filter(|s| !dictionary.is_unusable_property(&s.property))
            .map(|s| s.validate(dictionary))
            .transpose()
        {
            Ok(s) => s,
            Err(mistakes) => {
                for (within, e) in mistakes {
                    errors.push(fail(
                        Path::default().key("selector").join(within),
                        format!("{}: selector: {e}", self.id),
                    ));
                }
                None
            }
        };
        let well_spaced = checked && self.well_spaced(origin, &mut errors);
        let standard_key = id_key(&self.id);
        let standard_id: Text = self.id.as_str().into();
        let mut requirements = Vec::new();
        // past the first hundred errors the rest of the file is counted, not checked: a file
        // of thousands of mistakes is one mistake repeated, and each did-you-mean costs a search
        let mut unchecked = 0usize;
        for (index, raw) in self.requirement.iter().enumerate() {
            if errors.len() >= crate::spec::MAX_ERRORS_LISTED {
                unchecked += 1;
                continue;
            }
            // (made only for a mistake: a requirement that reads allocates no place for itself)
            let here = || {
                Path::default()
                    .key("requirement")
                    .index(self.partly.at(index))
            };
            let at = |within: Path, m: String| {
                fail(
                    here().join(within),
                    format!("requirement `{}`: {m}", raw.id),
                )
            };
            let key = |k: &'static str| Path::default().key(k);
            if checked {
                let head = (well_spaced, standard_key.as_str());
                errors.extend(self.requirement_form(raw, head, at));
            }
            // the requirement's mistakes are all said, each where it is: one does not hide another
            let mistakes_before = errors.len();
            let property = dictionary.property(&raw.property);
            // (one declared with mistakes is not unknown: they are said at its entry)
            if property.is_none() && !dictionary.is_unusable_property(&raw.property) {
                errors.push(at(
                    key("property"),
                    format!(
                        "unknown property `{}`{}",
                        raw.property,
                        crate::suggest::did_you_mean(&dictionary.suggest_property(&raw.property))
                    ),
                ));
            }
            if let Some(method) = &raw.method {
                if !dictionary.methods.contains_key(method) {
                    errors.push(at(
                        key("method"),
                        format!(
                            "unknown test method `{method}`{}",
                            crate::suggest::did_you_mean(&dictionary.suggest_method(method))
                        ),
                    ));
                }
            }
            // a property the dictionary keeps to some kinds, asked of every item of another kind
            // the standard covers, would leave each of those missing it for ever (see
            // `kinds_unstated`)
            if let Some(property) = property.filter(|p| checked && !p.kinds.is_empty()) {
                errors.extend(self.kinds_unstated(dictionary, raw, property, at));
            }
            if checked {
                errors.extend(self.requirement_kinds(dictionary, raw, at));
            }
            // a limit's figure is read for its spelling without its property
            if property.is_none() {
                for (within, e) in raw.figures_spelt() {
                    errors.push(at(within, e));
                }
            }
            let limit = property.and_then(|property| match raw.limit(property, checked) {
                Ok(l) => Some(l),
                Err(wrong) => {
                    for (within, e) in wrong {
                        errors.push(at(within, e));
                    }
                    None
                }
            });
            // what an item may state in place of the property (a crossing's separate tracked and
            // wheeled classes are its MLC numbers)
            let mut or_stated = Vec::with_capacity(raw.or_stated.len());
            for (index, other) in raw.or_stated.iter().enumerate() {
                let place = || key("or_stated").index(index);
                match dictionary.property(other) {
                    Some(p)
                        if property.is_some_and(|q| p.name == q.name)
                            || or_stated.contains(&p.name) =>
                    {
                        errors.push(at(
                            place(),
                            format!("`{other}` is the requirement's property, or named twice"),
                        ))
                    }
                    Some(p)
                        if raw.when.as_ref().is_some_and(|w| {
                            dictionary
                                .property(&w.property)
                                .is_some_and(|c| c.name == p.name)
                        }) =>
                    {
                        errors.push(at(
                            place(),
                            format!("`{other}` is the property of the requirement's `when`"),
                        ))
                    }
                    // judged against this requirement's limit in its property's place
                    Some(p)
                        if limit.as_ref().is_some_and(|l| *l != Limit::Present)
                            && property.is_some_and(|q| p.ty != q.ty) =>
                    {
                        let (name, ty) = property
                            .map_or_else(Default::default, |q| (q.name.as_str(), q.ty.name()));
                        errors.push(at(
                            place(),
                            format!(
                                "`{other}` ({}) and {name} ({ty}) are not of one kind: only a \
                                 property of the same kind can be judged against this limit in \
                                 its place",
                                p.ty.name(),
                            ),
                        ))
                    }
                    Some(p) => or_stated.push(p.name.clone()),
                    None if dictionary.is_unusable_property(other) => {}
                    None => errors.push(at(
                        place(),
                        format!(
                            "unknown property `{other}`{}",
                            crate::suggest::did_you_mean(&dictionary.suggest_property(other))
                        ),
                    )),
                }
            }
            let when = match raw
                .when
                .as_ref()
                .filter(|w| !dictionary.is_unusable_property(&w.property))
                .map(|w| w.validate(dictionary))
                .transpose()
            {
                Ok(w) => w,
                Err(mistakes) => {
                    for (within, e) in mistakes {
                        errors.push(at(key("when").join(within), format!("when: {e}")));
                    }
                    None
                }
            };
            let unless = match raw
                .unless
                .as_ref()
                .filter(|u| !dictionary.is_unusable_property(&u.property))
                .map(|u| u.validate(dictionary))
                .transpose()
            {
                // an exception says which items of the sort `when` picks are excused by another
                // of their properties; one on the figure judged would excuse the failures
                Ok(Some(u))
                    if property.is_some_and(|p| u.property == p.name)
                        || or_stated.contains(&u.property) =>
                {
                    errors.push(at(
                        key("unless"),
                        format!(
                            "unless: `{}` is the property the requirement judges; an exception is on another property",
                            u.property
                        ),
                    ));
                    None
                }
                // an exception that holds wherever `when` does: the requirement could never apply
                Ok(Some(u)) if checked && when.as_ref().is_some_and(|w| covers(&u, w)) => {
                    errors.push(at(
                        key("unless"),
                        "unless: it holds wherever `when` does, so the requirement would never apply"
                            .to_string(),
                    ));
                    None
                }
                Ok(u) => u,
                Err(mistakes) => {
                    for (within, e) in mistakes {
                        errors.push(at(key("unless").join(within), format!("unless: {e}")));
                    }
                    None
                }
            };
            let (Some(property), Some(limit)) = (property, limit) else {
                continue;
            };
            if errors.len() > mistakes_before {
                continue;
            }
            let unstated = if or_stated.is_empty() {
                format!("the item does not state {}", property.name)
            } else {
                format!(
                    "the item does not state {}, nor {} in its place",
                    property.name,
                    or_stated.join(" or ")
                )
            };
            let said = Said {
                not_when: when
                    .as_ref()
                    .map(|w| format!("applies only when {w}"))
                    .unwrap_or_default()
                    .into(),
                when_unstated: when
                    .as_ref()
                    .map(|w| match (&w.test, w.property == property.name) {
                        // a figure judged only where one is given
                        (Limit::Present, true) => format!("judged only where stated; {unstated}"),
                        _ => format!(
                            "applies only when {w}; the item does not state {}",
                            w.property
                        ),
                    })
                    .unwrap_or_default()
                    .into(),
                unstated: unstated.into(),
                excepted: unless
                    .as_ref()
                    .map(|u| format!("does not apply when {u}"))
                    .unwrap_or_default()
                    .into(),
            };
            let unit = match &property.ty {
                PropertyType::Quantity(unit) => Some(unit.symbol.into()),
                _ => None,
            };
            let figures = limit.figures_read();
            let counted_in = property
                .counted_in
                .filter(|_| names_a_unit(&figures))
                .map(|u| u.symbol.into());
            let citation = Arc::new(Citation {
                standard: standard_id.clone(),
                requirement: raw.id.as_str().into(),
                clause: raw.clause.as_deref().map(Into::into),
                statement: raw.statement.as_str().into(),
                property: property.name.as_str().into(),
                severity: raw.severity,
                limit: LimitShown {
                    kind: limit.kind(),
                    text: if raw.exact == Some(true) {
                        format!("{limit} exactly").into()
                    } else {
                        limit.to_string().into()
                    },
                    unit,
                    method: raw.method.as_deref().map(Into::into),
                    counted_in,
                    method_unstated_of: raw
                        .method
                        .as_deref()
                        .and_then(|m| dictionary.methods.get(m))
                        .and_then(|m| m.unstated_method_of.as_deref())
                        .map(Into::into),
                },
                source: raw.source.as_str().into(),
                confidence: raw.confidence,
            });
            let when_property = when.as_ref().and_then(|w| dictionary.property(&w.property));
            requirements.push(Requirement {
                citation,
                figures,
                limit,
                note: raw.note.as_deref().map(Into::into),
                unless,
                when_kinds: when_property.map(|p| p.kinds.clone()).unwrap_or_default(),
                when_unit: when_property
                    .and_then(|p| match p.ty {
                        PropertyType::Quantity(unit) => Some(unit.symbol),
                        _ => None,
                    })
                    .unwrap_or_default(),
                when,
                said,
                or_stated,
                kinds: raw.kinds.clone().unwrap_or_default(),
                alternatives: raw
                    .alternatives
                    .iter()
                    .map(|a| Alternative {
                        value: a.value.clone(),
                        source: a.source.clone(),
                        note: a.note.clone(),
                    })
                    .collect(),
            });
        }
        if unchecked > 0 {
            errors.push(fail(
                Path::default()
                    .key("requirement")
                    .index(self.partly.at(self.requirement.len() - unchecked)),
                not_checked(unchecked, ("requirement", "requirements")),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut by_method: BTreeMap<Text, BTreeMap<Text, usize>> = BTreeMap::new();
        for (at, r) in requirements.iter().enumerate() {
            let c = &r.citation;
            if let Some(method) = &c.limit.method {
                by_method
                    .entry(c.property.clone())
                    .or_default()
                    .entry(method.clone())
                    .or_insert(at);
            }
        }
        Ok(Standard {
            by_method,
            key: id_key(&self.id),
            id: standard_id,
            title: self.title.into(),
            edition: self.edition.map(Into::into),
            status: self.status,
            status_source: self.status_source,
            domain: self.domain,
            kinds: self.kinds,
            summary: self.summary,
            applies: self.applies,
            when_claimed: self.when_claimed,
            selector,
            requirements,
            file: origin.name.to_string(),
            local,
            fingerprint,
            left_out: Vec::new(),
            selector_replaced: None,
            replaced: None,
        })
    }
}

/// What only finds mistakes in a standard file ([`RawStandard::validate`] when `checked`): kept
/// out of its way, as code of its own, which the trusted built-in files never run (WebAssembly
/// compiles a function when it is first called, all of it).
impl RawStandard {
    /// Each kind the standard covers that the dictionary does not know.
    #[inline(never)]
    fn unknown_kinds<'a>(
        &self,
        dictionary: &Dictionary,
        origin: Origin<'a>,
        errors: &mut Vec<Mistake<'a>>,
    ) {
        for (index, kind) in self.kinds.iter().enumerate() {
            if kind != "*"
                && !dictionary.kinds.contains_key(kind)
                && !dictionary.is_unusable_kind(kind)
            {
                errors.push(Mistake::new(
                    origin,
                    Path::default().key("kinds").index(index),
                    format!(
                        "{}: unknown item kind `{kind}`{}",
                        self.id,
                        crate::suggest::did_you_mean(&dictionary.suggest_kind(kind))
                    ),
                ));
            }
        }
    }

    /// Whether the id is spaced as people write one; else that is its mistake.
    #[inline(never)]
    fn well_spaced<'a>(&self, origin: Origin<'a>, errors: &mut Vec<Mistake<'a>>) -> bool {
        // an id is matched however it is spaced, but written with a double space or a space at
        // an end it is no id people write (and its requirement ids would have to be as odd)
        let spaced: String = self.id.split_whitespace().collect::<Vec<_>>().join(" ");
        if spaced == self.id {
            return true;
        }
        let what = if self.id.trim() != self.id {
            "a space at its start or end"
        } else if self.id.contains(|c: char| c.is_whitespace() && c != ' ') {
            // (a no-break space or a tab prints as a space: said, not shown)
            "a space that is no plain space (a no-break space, or a tab)"
        } else {
            "two spaces together"
        };
        errors.push(Mistake::new(
            origin,
            Path::default().key("id"),
            format!(
                "the standard id `{}` has {what}{}",
                self.id,
                crate::suggest::did_you_mean(&Some(spaced.clone()))
            ),
        ));
        false
    }

    /// The mistakes of a requirement's form, said by `at`: an id that does not start with the
    /// standard's (when it is `well_spaced`, of the key `standard_key`), no source, and a
    /// confidence D without its alternatives and note, or alternatives without it.
    #[inline(never)]
    fn requirement_form<'a>(
        &self,
        raw: &RawRequirement,
        (well_spaced, standard_key): (bool, &str),
        at: impl Fn(Path, String) -> Mistake<'a>,
    ) -> Vec<Mistake<'a>> {
        let key = |k: &'static str| Path::default().key(k);
        let mut errors = Vec::new();
        // (in the standard id's folding: `Stanag-2310/…` and `STANAG-2310/…` are both of
        // `STANAG 2310`, however the file writes that)
        if well_spaced && requirement_head(&raw.id, standard_key).is_none() {
            let prefix = format!("{}/", self.id.replace(' ', "-"));
            errors.push(at(key("id"), format!("its id must start with `{prefix}`")));
        }
        if raw.source.trim().is_empty() {
            errors.push(at(key("source"), "has no source".into()));
        }
        if raw.confidence == Confidence::D && raw.alternatives.is_empty() {
            errors.push(at(
                key("confidence"),
                "confidence D needs the disagreeing figures in `alternatives`".into(),
            ));
        }
        if raw.confidence != Confidence::D && !raw.alternatives.is_empty() {
            errors.push(at(
                key("alternatives"),
                format!(
                    "disagreeing figures in `alternatives` need confidence D (sources \
                     disagree), not {}",
                    raw.confidence.tag()
                ),
            ));
        }
        if raw.confidence == Confidence::D && raw.note.is_none() {
            errors.push(at(
                key("confidence"),
                "confidence D needs a `note` saying which figure the check uses and why".into(),
            ));
        }
        errors
    }

    /// Each kind of `when_claimed` that is not one of the standard's kinds, or is named twice,
    /// or the key beside `applies = "when-claimed"`, which already keeps every kind to a claim.
    #[inline(never)]
    fn when_claimed_kinds<'a>(&self, origin: Origin<'a>, errors: &mut Vec<Mistake<'a>>) {
        let covered = self.kinds.join(", ");
        let id = &self.id;
        if self.applies == Applies::WhenClaimed && !self.when_claimed.is_empty() {
            errors.push(Mistake::new(
                origin,
                Path::default().key("when_claimed"),
                format!(
                    "{id}: `when_claimed` names kinds judged only when they claim it, but \
                     `applies = \"when-claimed\"` already judges every kind so: leave one out"
                ),
            ));
            return;
        }
        for (index, kind) in self.when_claimed.iter().enumerate() {
            let place = Path::default().key("when_claimed").index(index);
            let said = if self
                .when_claimed
                .get(..index)
                .is_some_and(|k| k.contains(kind))
            {
                format!("{id}: `when_claimed`: `{kind}` is named twice")
            } else if !self.kinds.contains(kind) {
                format!(
                    "{id}: `when_claimed`: `{kind}` is not a kind the standard covers \
                     ({covered}): name it in `kinds` too"
                )
            } else {
                continue;
            };
            errors.push(Mistake::new(origin, place, said));
        }
    }

    /// The mistakes of a requirement's own `kinds`: an empty list, a kind the dictionary does
    /// not know, one the standard does not cover, one named twice.
    #[inline(never)]
    fn requirement_kinds<'a>(
        &self,
        dictionary: &Dictionary,
        raw: &RawRequirement,
        at: impl Fn(Path, String) -> Mistake<'a>,
    ) -> Vec<Mistake<'a>> {
        let Some(kinds) = &raw.kinds else {
            return Vec::new();
        };
        let covered = self.kinds.join(", ");
        if kinds.is_empty() {
            return vec![at(
                Path::default().key("kinds"),
                format!(
                    "`kinds` lists no kind: name the kinds of item it asks (of {covered}), or \
                     leave `kinds` out for every kind the standard covers"
                ),
            )];
        }
        let every = self.kinds.iter().any(|k| k == "*");
        let mut errors = Vec::new();
        for (index, kind) in kinds.iter().enumerate() {
            let place = || Path::default().key("kinds").index(index);
            if !dictionary.kinds.contains_key(kind) {
                if !dictionary.is_unusable_kind(kind) {
                    errors.push(at(
                        place(),
                        format!(
                            "unknown item kind `{kind}`{}",
                            crate::suggest::did_you_mean(&dictionary.suggest_kind(kind))
                        ),
                    ));
                }
            } else if kinds.get(..index).is_some_and(|k| k.contains(kind)) {
                errors.push(at(place(), format!("`{kind}` is named twice")));
            } else if !every && !self.kinds.contains(kind) {
                errors.push(at(
                    place(),
                    format!(
                        "`{kind}` is not a kind the standard covers ({covered}): a requirement \
                         asks only items of the standard's kinds"
                    ),
                ));
            }
        }
        errors
    }

    /// A requirement on a property the dictionary keeps to some kinds, asked of every item of
    /// another kind the standard covers, would leave each of those missing it for ever: the
    /// standard's kinds, its selector's and its `when`'s (a condition on a property of some
    /// kinds picks only items of those) must be the property's. A `when` on the property itself
    /// asks no item for it.
    #[inline(never)]
    fn kinds_unstated<'a>(
        &self,
        dictionary: &Dictionary,
        raw: &RawRequirement,
        property: &Property,
        at: impl Fn(Path, String) -> Mistake<'a>,
    ) -> Option<Mistake<'a>> {
        let kinds_of = |name: &str| dictionary.property(name).map(|p| &p.kinds);
        let when_kinds = raw.when.as_ref().and_then(|w| kinds_of(&w.property));
        let on_itself = raw
            .when
            .as_ref()
            .and_then(|w| dictionary.property(&w.property))
            .is_some_and(|w| w.name == property.name);
        let every = self.kinds.iter().any(|k| k == "*");
        let others: Vec<&str> = dictionary
            .kinds
            .keys()
            .filter(|k| every || self.kinds.contains(k))
            .filter(|k| !property.kinds.contains(k))
            // (the requirement's own `kinds` ask only those)
            .filter(|k| raw.kinds.as_ref().is_none_or(|own| own.contains(k)))
            // (a selector or a condition on a property of some kinds picks only those)
            .filter(|k| {
                [
                    self.selector.as_ref().and_then(|s| kinds_of(&s.property)),
                    when_kinds,
                ]
                .into_iter()
                .flatten()
                .all(|only| only.is_empty() || only.contains(k))
            })
            .map(String::as_str)
            .collect();
        // (an unknown `when` property is a mistake of its own, said below)
        let when_known = raw.when.is_none() || when_kinds.is_some();
        if others.is_empty() || on_itself || !when_known {
            return None;
        }
        {
            // (a standard of every kind is not made to list the other 28)
            let all_others = dictionary
                .kinds
                .keys()
                .filter(|k| !property.kinds.contains(k))
                .count();
            let (covered, picked) = if every && others.len() == all_others {
                (
                    "every kind (its `kinds` are `*`)".to_string(),
                    "items of every other kind".to_string(),
                )
            } else {
                let others = crate::suggest::and_listed(&others);
                (format!("{others} too"), format!("items of kind {others}"))
            };
            let only = property.kinds.join(", ");
            // (the requirement's own `kinds` can keep it to those of the property's kinds the
            // standard covers, where it covers any)
            let own: Vec<String> = property
                .kinds
                .iter()
                .filter(|k| every || self.kinds.contains(k))
                .map(|k| format!("\"{k}\""))
                .collect();
            let keep = if own.is_empty() || raw.kinds.is_some() {
                String::new()
            } else {
                format!("ask it of {only} only (`kinds = [{}]`), ", own.join(", "))
            };
            match &raw.when {
                None => Some(at(
                    Path::default().key("property"),
                    format!(
                        "`{}` is stated by items of kind {only} only, and the standard \
                         covers {covered}: {keep}restrict the requirement with `when`, or \
                         list those kinds for the property in dictionary.toml",
                        raw.property,
                    ),
                )),
                Some(w) => Some(at(
                    Path::default().key("when").key("property"),
                    format!(
                        "`{}` is stated by items of kind {only} only, but its `when` on \
                         `{}`, {}, picks the standard's {picked} as well, each \
                         of which would be told it does not state `{}`: {keep}make the \
                         condition one on a property of {only}, put the requirement in a \
                         standard whose `kinds` are {only}, or list those kinds for the \
                         property in dictionary.toml",
                        raw.property,
                        w.property,
                        match when_kinds {
                            Some(k) if !k.is_empty() => {
                                format!("a property of {}", k.join(", "))
                            }
                            _ => "a property of every kind".to_string(),
                        },
                        raw.property,
                    ),
                )),
            }
        }
    }
}

// ---- listing ---------------------------------------------------------------------------------

/// A standard as the `catalogue --format json` contract shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandardView {
    pub id: Text,
    pub title: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition: Option<Text>,
    pub status: Status,
    pub domain: String,
    pub kinds: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selector: Option<String>,
    pub summary: String,
    /// Only when the standard judges only the items that claim it (`when-claimed`).
    #[serde(skip_serializing_if = "is_always")]
    pub applies: Applies,
    /// Only when it judges some of its kinds only when they claim it (`when_claimed`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub when_claimed: Vec<String>,
    pub local: bool,
    pub requirements: Vec<RequirementView>,
}

fn is_always(applies: &Applies) -> bool {
    *applies == Applies::Always
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementView {
    pub id: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clause: Option<Text>,
    pub statement: Text,
    pub property: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<Text>,
    pub limit: String,
    pub limit_kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    /// See [`Requirement::unless`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unless: Option<String>,
    /// See [`Requirement::judged_where_stated`].
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub judged_where_stated: bool,
    /// What an item may state in place of the property.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub or_stated: Vec<String>,
    /// See [`Requirement::kinds`].
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<String>,
    pub severity: Severity,
    pub source: Text,
    pub confidence: Confidence,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternative>,
}

impl Standard {
    pub fn view(&self) -> StandardView {
        StandardView {
            id: self.id.clone(),
            title: self.title.clone(),
            edition: self.edition.clone(),
            status: self.status,
            domain: self.domain.clone(),
            kinds: self.kinds.clone(),
            selector: self.selector.as_ref().map(ToString::to_string),
            summary: self.summary.clone(),
            applies: self.applies,
            when_claimed: self.when_claimed.clone(),
            local: self.local,
            requirements: self.requirements.iter().map(Requirement::view).collect(),
        }
    }
}

impl Requirement {
    pub fn view(&self) -> RequirementView {
        let c = &self.citation;
        RequirementView {
            id: c.requirement.clone(),
            clause: c.clause.clone(),
            statement: c.statement.clone(),
            property: c.property.clone(),
            method: c.limit.method.clone(),
            limit: self.limit_text().to_string(),
            limit_kind: self.limit.kind(),
            when: self.when.as_ref().map(ToString::to_string),
            unless: self.unless.as_ref().map(ToString::to_string),
            judged_where_stated: self.judged_where_stated(),
            or_stated: self.or_stated.clone(),
            kinds: self.kinds.clone(),
            severity: self.severity(),
            source: c.source.clone(),
            confidence: c.confidence,
            note: self.note.clone(),
            alternatives: self.alternatives.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `build.rs` hashed each built-in file as a user's file's JSON is hashed: the catalogue's
    /// fingerprint, which result links carry, is what it was.
    #[test]
    fn each_built_in_file_carries_the_fingerprint_of_its_text() {
        assert!(embedded::FILES.len() > 50);
        for &(name, text, fingerprint) in embedded::FILES {
            assert_eq!(fingerprint, fnv1a64(text.as_bytes()), "{name}");
        }
    }

    /// The built-in files with `change` made to the JSON of `file`.
    fn built_in_with(
        file: &str,
        change: impl Fn(&mut serde_json::Value),
    ) -> Vec<(&'static str, &'static str, &'static str)> {
        let mut files = embedded::FILES.to_vec();
        let at = files.iter().position(|(name, ..)| *name == file).unwrap();
        let mut json: serde_json::Value = serde_json::from_str(files[at].1).unwrap();
        change(&mut json);
        files[at].1 = Box::leak(json.to_string().into_boxed_str());
        files
    }

    fn messages(errors: Vec<CatalogueError>) -> Vec<String> {
        errors.into_iter().map(|e| e.to_string()).collect()
    }

    /// The built-in catalogue is read as trusted at start-up (without what only finds
    /// mistakes) and is the very catalogue its files make with every check.
    #[test]
    fn the_trusted_built_in_catalogue_is_the_checked_one() {
        let checked = Read::builtin().finish().unwrap();
        assert!(!Read::builtin().trusted);
        assert_eq!(Catalogue::builtin().unwrap(), checked);
        assert_eq!(
            Read::compiled(embedded::FILES, true).finish().unwrap(),
            checked
        );
    }

    /// What a trusted read leaves out is what only finds mistakes: a built-in requirement
    /// without a source, a dictionary name used twice, a trigraph in lower case and a limit's
    /// figure that reads two ways (`57.400 mm`, 57.4 mm or 57400 mm) are let
    /// through by it (the lint's checks of the sources refuse them), and refused by the
    /// checked read.
    #[test]
    fn a_trusted_read_leaves_out_the_checks_that_only_find_mistakes() {
        let without_source = built_in_with("stanag-4172.toml", |json| {
            json["requirement"][0]["source"] = " ".into();
        });
        let name_twice = built_in_with("dictionary.toml", |json| {
            json["property"]["bullet_mass"]["aliases"] = serde_json::json!(["oal"]);
        });
        let lower_case = built_in_with("codes.toml", |json| {
            json["trigraphs"]["codes"]["fra"] = "France".into();
        });
        // (a limit's figure is read for its value alone: not again for a spelling that reads
        // two ways, as a catalogue file's own figure is)
        let two_ways = built_in_with("stanag-4172.toml", |json| {
            json["requirement"][1]["max"] = "57.400 mm".into();
        });
        for (files, said) in [
            (without_source, "has no source"),
            (
                name_twice,
                "the name `oal` is already used by `bullet_mass`",
            ),
            (lower_case, "trigraph `fra` is not three capital letters"),
            (two_ways, "`57.400 mm` reads as 57.4 mm or as 57400 mm"),
        ] {
            assert!(Read::compiled(&files, true).finish().is_ok(), "{said}");
            let errors = messages(Read::compiled(&files, false).finish().unwrap_err());
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert!(errors[0].contains(said), "{errors:?}");
        }
    }

    /// Built-in files that make no catalogue even as trusted are read again with every check,
    /// and every mistake is said: not only the one the trusted read met.
    #[test]
    fn built_in_files_that_make_no_catalogue_are_told_every_mistake() {
        let files = built_in_with("stanag-4172.toml", |json| {
            json["requirement"][0]["property"] = "bullet_mas".into();
            json["requirement"][0]["source"] = " ".into();
        });
        let trusted = messages(Read::compiled(&files, true).finish().unwrap_err());
        assert_eq!(trusted.len(), 1, "{trusted:?}");
        let errors = messages(Read::trusted_or_checked(&files).unwrap_err());
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].ends_with("has no source"), "{errors:?}");
        assert!(
            errors[1].contains("unknown property `bullet_mas`"),
            "{errors:?}"
        );
    }

    /// Each enumerated key reads the words it writes, in the order they are listed.
    #[test]
    fn the_words_read_are_the_words_written() {
        fn read<T: Words + PartialEq + fmt::Debug + serde::de::DeserializeOwned>(
            name: fn(T) -> &'static str,
        ) {
            let written: Vec<&str> = T::ALL.iter().map(|v| name(*v)).collect();
            assert_eq!(written, T::WORDS);
            for value in T::ALL {
                let json = format!("\"{}\"", name(*value));
                assert_eq!(serde_json::from_str::<T>(&json).ok(), Some(*value));
            }
        }
        read::<Status>(Status::name);
        read::<Confidence>(Confidence::tag);
        read::<Severity>(Severity::name);
        read::<PairTest>(PairTest::name);
        read::<Applies>(Applies::name);
    }

    /// A count the dictionary counts in a unit (a symbol rate, in baud), written bare in the
    /// catalogue (`equals = 2400`), is shown with that unit wherever its limit is: the listing
    /// and `explain` (the limit text), the page's catalogue view (`Standard::view`), a verdict;
    /// its value is the same count.
    #[test]
    fn a_count_in_a_unit_is_shown_with_it() {
        let catalogue = Catalogue::builtin().unwrap();
        let standard = catalogue
            .standards
            .iter()
            .find(|s| {
                s.requirements
                    .iter()
                    .any(|r| r.id() == "STANAG-4285/symbol-rate")
            })
            .unwrap();
        let requirement = standard
            .requirements
            .iter()
            .find(|r| r.id() == "STANAG-4285/symbol-rate")
            .unwrap();
        assert_eq!(requirement.limit_text(), "= 2400 Bd");
        let view = standard.view();
        let shown = view
            .requirements
            .iter()
            .find(|r| &*r.id == "STANAG-4285/symbol-rate")
            .map(|r| r.limit.as_str());
        assert_eq!(shown, Some("= 2400 Bd"));
        match &requirement.limit {
            Limit::Equals(Expected::Scalar(e)) => {
                assert_eq!(e.value, Exact::from_integer(2400))
            }
            other => panic!("{other:?}"),
        }
        // written with a unit, as written
        let property = catalogue.dictionary.property("symbol_rate").unwrap();
        let figure = property.parse_scalar("2.4 kBd").unwrap();
        assert_eq!(&*with_counted_unit(property, figure).written, "2.4 kBd");
    }
}
