//! Spec files: turns a located document into items with typed, converted property values, or
//! into errors that name file, line:col, item and property. It decides no verdict.

use crate::catalogue::Text;
use crate::dictionary::{Dictionary, Property, PropertyType, Scalar, ValueError};
use crate::document::{self, Entry, Format, Node, Pos, SyntaxError, Value};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// Where something is: file, line:col, and the item and property when known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// Shared by every place in one file: a file's name is held once however many errors and
    /// warnings name it.
    pub file: Text,
    pub line: u32,
    pub col: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property: Option<String>,
}

impl Place {
    /// The item and the field or property, as a place names them after its line and column
    /// (`item `a`, property `case_length``), empty when neither is known. An item's own fields
    /// (`name`, `kind` …) are fields; what its `properties` hold, properties.
    pub fn context(&self) -> String {
        let noun = |key: &str| {
            if ITEM_FIELDS.contains(&key) {
                "field"
            } else {
                "property"
            }
        };
        match (&self.item, &self.property) {
            (Some(item), Some(key)) => format!("item `{item}`, {} `{key}`", noun(key)),
            (Some(item), None) => format!("item `{item}`"),
            // an item whose id is the mistake (missing, or empty) is named by its field alone
            (None, Some(key)) => format!("{} `{key}`", noun(key)),
            (None, None) => String::new(),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)?;
        match self.context() {
            context if context.is_empty() => Ok(()),
            context => write!(f, ": {context}"),
        }
    }
}

/// What is wrong with a spec file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Problem {
    #[error(transparent)]
    Syntax(#[from] SyntaxError),
    /// `overall_length:57.4 mm`: YAML reads a key only with a space after its `:`.
    #[error("`{written}` has no space after its `:`, which YAML needs to read a key and its value: write `{key}: {value}`")]
    NoSpaceAfterColon {
        written: String,
        key: String,
        value: String,
    },
    #[error("expected {expected}, found {found}")]
    Expected {
        expected: &'static str,
        found: &'static str,
    },
    #[error("missing `{0}`")]
    Missing(&'static str),
    #[error(
        "`{found}` is not an item field, did you mean `{field}`? (every item needs `{field}`)"
    )]
    MisspeltField { found: String, field: &'static str },
    #[error("duplicate item id `{id}` (first at line {})", .first.line)]
    DuplicateId { id: String, first: Pos },
    #[error("`{found}` is not a STANAG 1059 trigraph{}", .suggestion.as_ref().map(|(code, country)| format!(", did you mean `{code}` ({country})?")).unwrap_or_default())]
    Trigraph {
        found: String,
        /// The trigraph, and its country's name.
        suggestion: Option<(String, String)>,
    },
    #[error(
        "`{found}` is not a NATO Stock Number: {why} (NNNN-NN-NNN-NNNN, the hyphens not counted)"
    )]
    Nsn { found: String, why: String },
    #[error("unknown item kind `{found}`{}{}{}", crate::suggest::did_you_mean(.suggestion), described_under(.described), if .known.is_empty() { String::new() } else { format!(" (known: {known})") })]
    Kind {
        found: String,
        suggestion: Option<String>,
        /// The kinds whose description in the dictionary names it (`shell`: `munition`).
        described: Vec<String>,
        /// The kinds there are, listed (empty beside a did-you-mean, and past the errors listed
        /// in full).
        known: String,
    },
    #[error("unknown test method `{found}`{} (known: {known})", crate::suggest::did_you_mean(.suggestion))]
    Method {
        found: String,
        suggestion: Option<String>,
        known: String,
    },
    #[error(transparent)]
    Value(#[from] ValueError),
    #[error("a test method is only meaningful with a figure; {0} is not a quantity")]
    MethodWithoutFigure(String),
    #[error("the item id is {chars} characters long; an id has at most {limit}")]
    IdTooLong { chars: usize, limit: usize },
    #[error("{what} has {count} entries; the limit is {limit}")]
    ListTooLong {
        what: &'static str,
        count: usize,
        limit: usize,
    },
    #[error("{0} more errors from here on are not listed")]
    Unlisted(usize),
    /// Past the listed errors, only values left empty (a large template as it was given).
    #[error("{0} more fields left empty from here on are not listed")]
    UnlistedUnfilled(usize),
    /// A property given twice, under its name or an alias (`oal` and `overall_length`).
    #[error("{}", same_property(.written, .property, .first_written, *.first))]
    SameProperty {
        written: String,
        property: String,
        /// How the property was written where it was first given.
        first_written: String,
        first: Pos,
    },
    #[error("a second figure {}(first at line {}): give one figure per test method, or the check would judge only the first", .method.as_deref().map(|m| format!("by {m} ")).unwrap_or_else(|| "without a test method ".into()), .first.line)]
    SameMethod { method: Option<String>, first: Pos },
    #[error("unknown key `{found}` in a figure (it may have `value`, `unit` and `method`){}", crate::suggest::did_you_mean(.suggestion))]
    FigureKey {
        found: String,
        suggestion: Option<String>,
    },
    /// `1.200 kg` or `5,460 t` in a file that writes a decimal comma elsewhere: a point there
    /// may group thousands, and a comma be the decimal mark.
    #[error("{0}")]
    TwoReadings(Box<TwoReadings>),
    /// An item field every item needs (`name`, `nation`) left `""`, as a template leaves it.
    #[error("left empty: every item needs its {0}; write the one the data sheet gives")]
    UnfilledField(&'static str),
    /// `{ value: 62,366, unit: psi }`, `[5,000 kg]`: YAML's `{ }` or `[ ]` ended the figure at
    /// its comma.
    #[error("`{written}`: inside `{brackets}` a comma ends the figure: write {thousands} if it groups thousands, or {decimal} if it is a decimal comma")]
    CommaSplit {
        brackets: &'static str,
        written: String,
        thousands: String,
        decimal: String,
    },
    /// `”140 kg”`, `“items”`: a word processor's quotes, which no spec syntax reads as quotes.
    #[error("`{0}` is in typographic quotes, which YAML, JSON and TOML do not read as quotes (a word processor writes them): type them as straight quotes (\") or leave them out")]
    TypographicQuotes(String),
    /// `hook_spacings: "14 in"`: a list property given one text.
    #[error("`{written}` is one text; {property} is a list: write it as one, `{list}`")]
    NotAList {
        written: String,
        property: String,
        list: String,
    },
    /// `suspension: { value: 356, unit: mm }`: a value of a list of words written as a figure.
    #[error("{property} takes a value written as one text, not as a figure's value and unit: write `{text}`")]
    FigureAsTable { property: String, text: String },
    /// `suspension: [14 in]`: a property of one value given a list.
    #[error("{property} takes one value, not a list: write {what}")]
    ListForOne { property: String, what: String },
    /// `""`, as a template leaves a property for the user to fill in: a value of no type.
    #[error("left empty: write what the data sheet states, or delete the line")]
    Unfilled,
    /// A key or text that holds a bidirectional control (`Modem \u{202e}cilpmoc-non`), which
    /// would reverse the words shown after it ([`document::directional_controls`]).
    #[error("{0}")]
    Directional(String),
    /// A line that is a stanag-check result link, in a file that does not read as a spec
    /// (a link pasted below a sheet): the link is opened on its own, not read as the spec's.
    #[error("this line is a stanag-check result link, not part of a spec: delete it here and open the link on its own (paste it alone, or `stanag-check check --link`)")]
    ResultLink,
    /// Lines that are two different stanag-check result links (on one line, or each on its
    /// own), in a file that does not read as a spec (a draft the links were pasted into):
    /// ([`crate::link::LinkError::TwoLinks`], which says where both are), told at the first as a
    /// message of two links is, and as no part of the spec.
    #[error("{0}, {how}; they are not part of a spec: delete them here", how = crate::link::OPEN_EACH_COMMAND)]
    LinksInSpec(crate::link::LinkError),
    /// A text that is a stanag-check result link, alone or after words (`see https://…#1…`),
    /// that does not open (cut short, damaged): told by the link's own error, not as a spec's.
    #[error("this is a stanag-check result link, not a spec, and it does not open: {0}")]
    BrokenLink(crate::link::LinkError),
    /// A text that is a stanag-check result link that opens (alone, or in a chat message or an
    /// e-mail around it: `in_message`), given as a spec: told with the command that opens it
    /// ([`crate::link::open_command`] of the file's name).
    #[error("this {} a stanag-check result link, not a spec: open the link with `{command}`", if *.in_message { "is a chat message or an e-mail that holds" } else { "is" })]
    LinkToOpen { in_message: bool, command: String },
    /// A text that is a chat message or an e-mail holding two different result links
    /// ([`crate::link::LinkError::TwoLinks`], which says where both are), given as a spec: told
    /// at the first, with how to open each on its own.
    #[error("this is no spec: {0}, {how}", how = crate::link::OPEN_EACH_COMMAND)]
    TwoLinks(crate::link::LinkError),
    /// A spreadsheet (an Excel workbook, an OpenDocument sheet, a CSV or TSV file) given as a
    /// spec: what it is ([`spreadsheet`]).
    #[error("this is {0}: stanag-check reads specs in JSON, TOML or YAML; write the sheet's rows as items in one of those (README, section \"Spec files\"), or start from a template of the item's kind (on the page, New spec from template; on the command line, `stanag-check template KIND`)")]
    Spreadsheet(&'static str),
    /// A document (Word, OpenDocument text, PDF, RTF) given as a spec, as a supplier's data
    /// sheet comes: what it is ([`document_kind`]).
    #[error("this is {0}: stanag-check reads specs in JSON, TOML or YAML; copy the item's figures into a template of its kind (on the page, New spec from template; on the command line, `stanag-check template KIND`), or write them as items in one of those (README, section \"Spec files\")")]
    Document(&'static str),
}

/// A figure that may be read two ways in its file (see [`Problem::TwoReadings`]), with what
/// the file tells of its decimal mark.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("`{written}` may be read two ways in this file, which {how} (`{evidence}` at line {}): write {thousands} if the {mark} groups thousands, or {decimal} for a decimal", .evidence_at.line)]
pub struct TwoReadings {
    written: String,
    mark: &'static str,
    how: &'static str,
    thousands: String,
    decimal: String,
    evidence: String,
    evidence_at: Pos,
}

/// "`oal` is `overall_length`, already given at line 7", "`overall_length` is already given at
/// line 7 as `oal`": each name as the user wrote it.
fn same_property(written: &str, property: &str, first_written: &str, first: Pos) -> String {
    let what = if written == property {
        format!("`{written}` is")
    } else {
        format!("`{written}` is `{property}`,")
    };
    let first_as = if first_written == written || first_written == property {
        String::new()
    } else {
        format!(" as `{first_written}`")
    };
    format!(
        "{what} already given at line {}{first_as}: give each property once",
        first.line
    )
}

impl Problem {
    /// An item kind `found` that `dictionary` does not have: a misspelling is said as one; else
    /// a word for a thing the dictionary counts under a kind is told which (`shell`:
    /// `munition`), and the kinds are listed. (A spec's `kind`, and `stanag-check template`.)
    pub fn unknown_kind(dictionary: &Dictionary, found: &str) -> Problem {
        let suggestion = dictionary.suggest_kind(found);
        let (described, known) = match suggestion {
            Some(_) => (Vec::new(), String::new()),
            None => {
                let known: Vec<&str> = dictionary.kinds.keys().map(String::as_str).collect();
                let described = dictionary.kinds_describing(found);
                (
                    described.into_iter().map(str::to_string).collect(),
                    known.join(", "),
                )
            }
        };
        Problem::Kind {
            found: found.to_string(),
            suggestion,
            described,
            known,
        }
    }

    /// Whether it is a value left empty, as a template leaves its fields: what is left to fill
    /// in, rather than a mistake.
    pub fn is_unfilled(&self) -> bool {
        matches!(
            self,
            Problem::Unfilled | Problem::UnfilledField(_) | Problem::UnlistedUnfilled(_)
        )
    }
}

/// A spec-file error: what and where.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{place}: {problem}")]
pub struct SpecError {
    pub place: Place,
    pub problem: Problem,
}

/// How many errors a file has: those listed, and those a last [`Problem::Unlisted`] counts.
pub fn error_count(errors: &[SpecError]) -> usize {
    errors
        .iter()
        .map(|e| match e.problem {
            Problem::Unlisted(more) | Problem::UnlistedUnfilled(more) => more,
            _ => 1,
        })
        .sum()
}

/// Something worth saying that does not stop the check (an unknown property name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub place: Place,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: warning: {}", self.place, self.message)
    }
}

/// A figure stated for an item, with the test method it was measured by, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    pub scalar: Scalar,
    pub method: Option<String>,
}

/// A property value of an item, typed for its property.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemValue {
    /// One figure, or several measured by different methods.
    Figures(Vec<Measured>),
    Word(String),
    List(Vec<String>),
    Flag(bool),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stated {
    pub value: ItemValue,
    pub pos: Pos,
    /// The value as the item wrote it (trimmed), where that is not the value as read: a word in
    /// another spelling or an alias (`28VDC` for `28 V DC`), or a figure in another unit (`762 mm`
    /// for a suspension of `30 in`). Of a list, each value's first entry as written, in the
    /// list's order (`[356 mm, 762 mm]` for `[14 in, 30 in]`). What the report's `written` is.
    pub written: Option<Vec<String>>,
    /// Where a word was read from a figure in another unit: how a verdict shows it.
    pub read: Option<Box<Reading>>,
    /// Where a figure reads two ways in its file and was read one of them (`55.800 kg` as
    /// 55.8 kg, `4 gr` as grains): what the item's outcome says of it, and the value read the
    /// other way.
    pub other: Option<Box<OtherReading>>,
}

/// A value some figure of which reads two ways in its file ([`two_readings`]) and was read one
/// of them: `55.800 kg` as 55.8 kg where no other figure tells the file's decimal mark, or
/// `1.760 in` as 1.76 in, as inches are written, in a file of decimal commas; or a figure in
/// `gr`, read as grains (`4 gr`), which some languages write for grams: said only.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OtherReading {
    /// What the item's outcome says of each such figure: "`55.800 kg` is read as 55.8 kg, …".
    pub notes: Vec<String>,
    /// The value with each such figure read the other way, which checking weighs too: a
    /// requirement the two readings judge differently is not compared. Only a point read as a
    /// decimal is weighed so (`55.800 kg` as 55800 kg); `None` where no figure is: a comma read
    /// as grouping thousands (`1,258 m/s`), and inches and pounds with a point, read as they
    /// are written.
    pub value: Option<ItemValue>,
    /// Each such figure: as written, as read and the other way (`55.800 kg`, `55.8 kg`,
    /// `55800 kg`); of a whole number's trailing zeros, as written and its two precisions
    /// (`60200 psi`, `±0.5 psi`, `±50 psi`).
    pub figures: Vec<[String; 3]>,
    /// Whether the other way is a whole number's trailing zeros read as not significant
    /// ([`trailing_zeros`]): the same figure, rounded at its last digit other than zero.
    pub zeros: bool,
}

/// Of a whole number written with trailing zeros and no decimal mark (`60200 psi`, `3,400 kg`,
/// `2270 kg`), its precision as written and if its zeros are not significant, as the figure's
/// unit says them (`±0.5 psi`, `±50 psi`), and the factor between the two (100); `None` for any
/// other figure, and for one of a single digit other than zero (`5000 lb`). In metrology such zeros are ambiguous: `60200` may be exact, or 415 MPa rounded
/// to three significant digits. One zero is as ambiguous as two (`2270 kg` is 5000 lb rounded
/// to three digits), so each counts; and where rounding at the last digit other than zero
/// would be more than 1 % of the figure, only as many of its last zeros as keep it within
/// that (`3400 kg`: ±5 kg, `340000 kg`: ±500 kg).
pub(crate) fn trailing_zeros(written: &str) -> Option<(String, String, i128)> {
    let written = written.trim();
    let body = written.trim_start_matches(['-', '+', '−']);
    let end = body
        .find(|c: char| {
            !(c.is_ascii_digit() || matches!(c, ',' | ' ' | '\u{202f}' | '\u{a0}' | '_'))
        })
        .unwrap_or(body.len());
    // ok: `end` is from `find`, or the length
    let (number, rest) = body.split_at(end);
    // a decimal mark or an exponent says what its digits are
    if rest.starts_with(['.', 'e', 'E', '·']) {
        return None;
    }
    // a comma only between thousands (`60,200`; `1,50` is a decimal comma)
    if number.contains(',') && number.trim().split(',').skip(1).any(|g| g.len() != 3) {
        return None;
    }
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let kept = digits.trim_end_matches('0');
    if kept.trim_start_matches('0').is_empty() || kept.len() == digits.len() {
        return None;
    }
    // (one digit, `5000 lb` read as ±500 lb, is always more than 1 % of the figure: too
    // coarse to judge by, it would decide nothing)
    if kept.trim_start_matches('0').len() < 2 {
        return None;
    }
    let mut zeros = u32::try_from(digits.len() - kept.len()).ok()?;
    // rounded at its last digit other than zero, a figure of two such digits may be quoted to
    // more than 1 % of itself (`3400 kg`, ±50 kg), which decides nothing; its last zero alone
    // may still be rounding (±5 kg: 7500 lb is 3401.9 kg, which is 3400 kg to the ten), so the
    // coarsest rounding within 1 % of the figure is weighed
    if let Ok(whole) = digits.parse::<i128>() {
        while zeros > 1
            && 10i128
                .checked_pow(zeros)
                .and_then(|step| step.checked_mul(50))
                .is_none_or(|half| half > whole)
        {
            zeros -= 1;
        }
    }
    let factor = 10i128.checked_pow(zeros)?;
    let unit = rest.trim();
    let said = |half: String| {
        if unit.is_empty() {
            format!("±{half}")
        } else {
            format!("±{half} {unit}")
        }
    };
    let rounded = format!("5{}", "0".repeat(zeros as usize - 1));
    Some((said("0.5".into()), said(rounded), factor))
}

/// A word read from a figure in another unit, or a figure read as the nominal one it stands
/// for, as verdicts show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// As written and as read: `762 mm (= 30 in)`, or `356 mm (≈ 14 in)` where the figure names
    /// the word within its precision only; of a list, each entry (`356 mm (≈ 14 in), 30 in`).
    /// Of a figure read as its nominal, the figure, the nominal it was read as and the
    /// dictionary's reading of it (`28 V DC (read as 24 V, a MIL-STD-1275 bus: the 24 V nominal
    /// battery system)`).
    pub shown: String,
    /// Where a figure names its word only within the precision it is quoted to, the note that
    /// says so: `Read as 14 in only within the precision the value is quoted to: 356 mm means
    /// ±0.5 mm, and 14 in is 355.6 mm.` Of a figure read as its nominal, what it was read as and
    /// on whose word.
    pub note: Option<String>,
    /// Of a figure read as its nominal, the source and confidence of that reading, which a
    /// verdict resting on it rests on too.
    pub source: Option<(crate::catalogue::Text, crate::catalogue::Confidence)>,
    /// The words a figure names only within the precision it is quoted to (`14 in` of
    /// `356 mm`): a verdict that rests on one of them holds only within that precision.
    pub within: Vec<String>,
}

impl Reading {
    /// Figures read as the nominal ones they stand for (`28 V DC` as `24 V`, by the property's
    /// `nominal`), with how each was read; `None` where none is one the property reads so.
    fn nominal(property: &Property, figures: &mut [Measured]) -> Option<Box<Reading>> {
        if property.nominal.is_empty() {
            return None;
        }
        let mut shown = Vec::new();
        let (mut notes, mut source) = (Vec::new(), None);
        for figure in figures.iter_mut() {
            let written = figure.scalar.written.clone();
            let Some(n) = property.nominal_of(&figure.scalar) else {
                // (one near a figure read so: why it is not, `27.5 V` of `28 V`)
                notes.extend(property.nominal_missed(&figure.scalar));
                shown.push(written.to_string());
                continue;
            };
            // the figure keeps how it was written; it is compared as its nominal, to the
            // precision the nominal is written to
            figure.scalar.value = n.nominal.value;
            figure.scalar.half_unit = n.nominal.half_unit;
            // (said as read, before why: a message that computes with the figure, `12 V
            // apart`, computes with the nominal)
            shown.push(format!(
                "{written} (read as {}, {})",
                n.nominal.written, n.reading
            ));
            notes.push(n.note(&written));
            source.get_or_insert((n.source.clone(), n.confidence));
        }
        (!notes.is_empty()).then(|| {
            Box::new(Reading {
                shown: shown.join("; "),
                note: Some(notes.join(" ")),
                within: Vec::new(),
                source,
            })
        })
    }

    /// The reading of entries written as `(written, word)`, where some entry is a figure that
    /// names no value or alias as written; `None` where none is.
    fn of<'a>(
        property: &Property,
        entries: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Option<Box<Reading>> {
        let mut shown = Vec::new();
        let mut from_figure = false;
        let (mut words, mut how) = (Vec::new(), Vec::new());
        for (written, word) in entries {
            if property.names_a_value(written) {
                shown.push(word.to_string());
                continue;
            }
            if crate::dictionary::same_figure(written, word) {
                from_figure = true;
                shown.push(format!("{written} (= {word})"));
                continue;
            }
            match crate::dictionary::quoted_within(written, word) {
                Some(within) => {
                    from_figure = true;
                    shown.push(format!("{written} (≈ {word})"));
                    words.push(word);
                    how.push(within);
                }
                // no figure: the value's names joined (`H.264/AVC`), shown as read, as an alias
                None => shown.push(word.to_string()),
            }
        }
        let note = match &words[..] {
            [] => None,
            [word] => Some(format!(
                "Read as {word} only within the precision the value is quoted to: {}.",
                how.join("; ")
            )),
            [.., last] => Some(format!(
                "Read as {} and {last} only within the precision each value is quoted to: {}.",
                words[..words.len() - 1].join(", "), // ok: `[.., last]` is not empty
                how.join("; ")
            )),
        };
        from_figure.then(|| {
            Box::new(Reading {
                shown: shown.join(", "),
                note,
                within: words.iter().map(|w| w.to_string()).collect(),
                source: None,
            })
        })
    }
}

impl Stated {
    /// A word read from a figure in another unit, as written and as read: `762 mm (= 30 in)`,
    /// or `356 mm (≈ 14 in)` where the figure names the word within its precision only.
    pub fn as_read(&self) -> Option<&str> {
        self.read.as_ref().map(|r| r.shown.as_str())
    }

    /// A figure read as the nominal one it stands for, as written and as read (`28 V DC (read as
    /// 24 V, a MIL-STD-1275 bus: the 24 V nominal battery system)`); not one read as written.
    pub fn as_nominal(&self) -> Option<&str> {
        let read = self.read.as_ref()?;
        read.source.is_some().then_some(read.shown.as_str())
    }

    /// The note that a figure names its word only within the precision it is quoted to, or
    /// what a figure read as its nominal was read as, and on whose word.
    pub fn reading_note(&self) -> Option<&str> {
        self.read.as_ref()?.note.as_deref()
    }

    /// Why a figure near one its property reads as its nominal was not read so (`Not read as
    /// 28 V (a MIL-STD-1275 bus: …): 27.5 V is 0.5 V from it, …`); not of a figure that was read
    /// so, nor of a word read from a figure in another unit.
    pub fn nominal_missed(&self) -> Option<&str> {
        let read = self.read.as_ref()?;
        // (a word read from a figure has a note only of the words it names within a precision)
        if read.source.is_some() || !read.within.is_empty() {
            return None;
        }
        read.note.as_deref()
    }

    /// The words of the value a figure names only within the precision it is quoted to.
    pub fn words_within_precision(&self) -> &[String] {
        self.read.as_ref().map_or(&[], |r| &r.within)
    }

    /// The value as written, as reports show it (`356 mm, 762 mm` of hook spacings read as
    /// `14 in, 30 in`).
    pub fn as_written(&self) -> String {
        match &self.written {
            Some(written) => written.join(", "),
            None => self.value.written(),
        }
    }
}

/// A standard an item claims, as written (trimmed), and where: a claim the catalogue cannot
/// judge is told at its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub id: String,
    pub pos: Pos,
}

/// One item of a spec file, ready to check.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
    pub name: String,
    pub nation: String,
    pub kind: String,
    pub nsn: Option<String>,
    pub claims: Vec<Claim>,
    pub properties: BTreeMap<String, Stated>,
    pub file: String,
    pub pos: Pos,
}

impl Item {
    /// Written form of a property value, for reports.
    pub fn written(&self, property: &str) -> Option<String> {
        self.properties.get(property).map(|s| s.value.written())
    }
}

impl ItemValue {
    /// The value as the item wrote it, for reports: a figure's test method after it as a
    /// verdict shows it (`52000 psi [copper-crusher]`).
    pub fn written(&self) -> String {
        match self {
            ItemValue::Figures(fs) => fs
                .iter()
                .map(|m| match &m.method {
                    Some(method) => format!("{} [{method}]", m.scalar.written),
                    None => m.scalar.written.to_string(),
                })
                .collect::<Vec<_>>()
                .join("; "),
            ItemValue::Word(w) => w.clone(),
            ItemValue::List(l) => l.join(", "),
            ItemValue::Flag(b) => b.to_string(),
        }
    }
}

/// A parsed spec file: its items and any warnings.
#[derive(Debug, Clone, PartialEq)]
pub struct SpecFile {
    pub name: String,
    pub format: Format,
    pub items: Vec<Item>,
    pub warnings: Vec<Warning>,
}

/// Why a spec file cannot be checked: every error in it, and the warnings found beside them
/// (an unknown property name often explains the error of a missing one).
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    pub errors: Vec<SpecError>,
    pub warnings: Vec<Warning>,
}

/// Reads a spec file. Every error in the file is reported, not just the first, with the
/// warnings of the file.
pub fn parse(name: &str, text: &str, dictionary: &Dictionary) -> Result<SpecFile, Rejected> {
    let file: Text = name.into();
    let only = |line: usize, col: usize, problem: Problem| Rejected {
        errors: vec![SpecError {
            place: Place {
                file: file.clone(),
                line: u32::try_from(line).unwrap_or(u32::MAX),
                col: u32::try_from(col).unwrap_or(u32::MAX),
                item: None,
                property: None,
            },
            problem,
        }],
        warnings: Vec::new(),
    };
    if let Some(problem) = not_a_spec(name, document::without_bom(text).as_bytes()) {
        return Err(only(1, 1, problem));
    }
    // a result link that does not open is what a text that does not read as a spec is told,
    // where it is one (a spec that reads is never looked at as a link)
    // and one that opens, alone or in a chat message or an e-mail, is told with the command
    // that opens it, at the link
    parse_spec(name, text, dictionary).map_err(|rejected| match crate::link::broken_link(text) {
        Some(((line, col), error)) => only(line, col, Problem::BrokenLink(error)),
        None => match crate::link::opening_link(text) {
            Some(((line, col), in_message)) => only(
                line,
                col,
                Problem::LinkToOpen {
                    in_message,
                    command: crate::link::open_command(name),
                },
            ),
            // (a message of two different links, as the page finds it: `link::decode`)
            None => match crate::link::decode(text) {
                Err(error @ crate::link::LinkError::TwoLinks { first, .. }) => {
                    only(first.0, first.1, Problem::TwoLinks(error))
                }
                _ => rejected,
            },
        },
    })
}

/// The warning of a property `key` the dictionary does not know: with the name it likely
/// means; or, read from a link whose sender loaded catalogue files of their own that this
/// catalogue lacks (`sender_files`), that it may be one of theirs, without a near name, which
/// would likely be another property's ([`crate::Checked::from_sender_files`]).
pub(crate) fn unknown_property(dictionary: &Dictionary, key: &str, sender_files: bool) -> String {
    if sender_files {
        format!(
            "unknown property `{key}` is not checked: the sender of this link loaded catalogue \
             files of their own, which may define it; ask them for those files to have it checked"
        )
    } else {
        format!(
            "unknown property `{key}` is not checked{}",
            crate::suggest::did_you_mean(&dictionary.suggest_property(key))
        )
    }
}

/// The name standard input (`-`) is given in messages and reports.
pub const STDIN_NAME: &str = "<stdin>";

/// A spec file's bytes as its text, as [`crate::document::text_of`] reads them; bytes that are no
/// text and are a spreadsheet (a workbook is binary) are told as what they are, not by their
/// first byte that is not UTF-8. (A CSV file is text: the spec reader tells it, at its place in
/// the file's errors.) The CLI and the page read every spec file through it.
pub fn text_of_spec(
    name: &str,
    bytes: Vec<u8>,
) -> Result<String, (Option<(usize, usize)>, String)> {
    let what = not_a_spec(name, &bytes);
    crate::document::text_of(bytes).map_err(|e| match what {
        Some(what) => (Some((1, 1)), what.to_string()),
        None => (e.place(), e.to_string()),
    })
}

/// A document's or a spreadsheet's bytes told as what they are ([`document_kind`],
/// [`spreadsheet`]), or none.
fn not_a_spec(name: &str, bytes: &[u8]) -> Option<Problem> {
    document_kind(name, bytes)
        .map(Problem::Document)
        .or_else(|| spreadsheet(name, bytes).map(Problem::Spreadsheet))
}

/// What kind of document `bytes` (a file's, or pasted text's) are, if they are one: a PDF or an
/// RTF file by its first bytes, a Word document (`word/` among a ZIP archive's names) or an
/// OpenDocument text (its `mimetype`), an old Word document (an OLE compound file named
/// `.doc`), or any of them by its name's extension. Checked before [`spreadsheet`], which takes
/// any other ZIP archive for a workbook.
pub fn document_kind(name: &str, bytes: &[u8]) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let holds = |part: &[u8], needle: &[u8]| part.windows(needle.len()).any(|w| w == needle);
    let zip = bytes.starts_with(b"PK\x03\x04");
    let head = bytes.get(..bytes.len().min(200)).unwrap_or_default();
    if bytes.starts_with(b"%PDF-") || lower.ends_with(".pdf") {
        Some("a PDF document")
    } else if bytes.starts_with(b"{\\rtf") || lower.ends_with(".rtf") {
        Some("an RTF document")
    } else if (zip && holds(bytes, b"word/")) || lower.ends_with(".docx") {
        Some("a Word document")
    } else if (zip && holds(head, b"opendocument.text")) || lower.ends_with(".odt") {
        Some("an OpenDocument text")
    } else if lower.ends_with(".doc") {
        Some("a Word document (.doc)")
    } else {
        None
    }
}

/// What kind of spreadsheet `bytes` (a file's, or pasted text's) are, if they are one: an Excel
/// workbook or an OpenDocument sheet (a ZIP archive), an old Excel workbook (an OLE compound
/// file), a CSV or TSV file by its name's extension, or text whose first lines (up to five, at
/// least two) each hold the same number of one of `,` `;` or tab and none of `:` `=` `{` (which
/// every spec holds). Checked before a file is read as text, so a workbook is told as one, not by
/// its first byte that is not UTF-8.
pub fn spreadsheet(name: &str, bytes: &[u8]) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    if bytes.starts_with(b"PK\x03\x04") {
        let head = bytes.get(..bytes.len().min(200)).unwrap_or_default();
        let ods = lower.ends_with(".ods")
            || head
                .windows(b"opendocument.spreadsheet".len())
                .any(|w| w == b"opendocument.spreadsheet");
        return Some(if ods {
            "an OpenDocument spreadsheet"
        } else {
            "an Excel workbook"
        });
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Some("an Excel workbook (.xls)");
    }
    if lower.ends_with(".csv") {
        return Some("a CSV file");
    }
    if lower.ends_with(".tsv") {
        return Some("a spreadsheet's rows, tab-separated (TSV)");
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let lines: Vec<&str> = crate::document::lines(text)
        .filter(|l| !l.trim().is_empty())
        .take(5)
        .collect();
    if lines.len() < 2 || lines.iter().any(|l| l.contains([':', '=', '{'])) {
        return None;
    }
    [
        (',', "a CSV file"),
        (';', "a CSV file"),
        ('\t', "a spreadsheet's rows, tab-separated (TSV)"),
    ]
    .into_iter()
    .find(|&(delimiter, _)| {
        let count = |l: &&str| l.matches(delimiter).count();
        let first = lines.first().map_or(0, count);
        first > 0 && lines.iter().all(|l| count(l) == first)
    })
    .map(|(_, what)| what)
}

/// [`parse`], for a text that is no spreadsheet.
fn parse_spec(name: &str, text: &str, dictionary: &Dictionary) -> Result<SpecFile, Rejected> {
    let format = Format::detect(name, text);
    let file: Text = name.into();
    let at = |pos: Pos| Place {
        file: file.clone(),
        line: pos.line,
        col: pos.col,
        item: None,
        property: None,
    };
    let root = match document::parse(format, text) {
        Ok(root) => root,
        Err(e) => {
            // a key given twice that holds a bidirectional control is told as such, as it would
            // be were it given once
            if let SyntaxError::DuplicateKey { key, pos, .. } = &e {
                if let Some(said) = crate::suggest::directional_said("the key", key) {
                    return Err(Rejected {
                        errors: vec![SpecError {
                            // (at the character, as it would be)
                            place: at(document::control_place(text, *pos, key)),
                            problem: Problem::Directional(said),
                        }],
                        warnings: Vec::new(),
                    });
                }
            }
            // a result link pasted below a sheet is what keeps it from reading: told at the
            // link's line, as no part of the spec; two different links (on one line, or one
            // below the other) at both places, as a message of two links is told
            let links = crate::link::link_lines(text);
            if let Some(&(line, col)) = links.first() {
                let pos = Pos {
                    line: u32::try_from(line).unwrap_or(u32::MAX),
                    col: u32::try_from(col).unwrap_or(u32::MAX),
                };
                let problem = match links.get(1) {
                    Some(&second) => Problem::LinksInSpec(crate::link::LinkError::TwoLinks {
                        first: (line, col),
                        second,
                    }),
                    None => Problem::ResultLink,
                };
                return Err(Rejected {
                    errors: vec![SpecError {
                        place: at(pos),
                        problem,
                    }],
                    warnings: Vec::new(),
                });
            }
            let said = |e: SyntaxError| SpecError {
                place: at(e.pos()),
                problem: e.into(),
            };
            // `mlc = 40,5`, `"mlc": 40,5`, `length = 57,4`: every decimal comma in a bare number
            // is told, not only the first; where the file reads once they are mended, each at its
            // item and property as YAML's is (a count's, that it is no whole number however its
            // comma is read, not only that TOML or JSON does not read it), with the file's other
            // mistakes of meaning, and otherwise as its syntax says
            let Some(commas) = document::with_comma_figures(format, text, &e) else {
                return Err(Rejected {
                    errors: vec![said(e)],
                    warnings: Vec::new(),
                });
            };
            let (mut errors, warnings) = match &commas.root {
                Some(root) => match read_root(name, text, format, file.clone(), root, dictionary) {
                    Ok(_) => (Vec::new(), Vec::new()),
                    Err(Rejected { errors, warnings }) => (errors, warnings),
                },
                None => (Vec::new(), Vec::new()),
            };
            // (a figure the spec layer took, as a text's may be, is told as the syntax does)
            let untold: Vec<SpecError> = commas
                .figures
                .into_iter()
                .filter(|(pos, ..)| {
                    !errors
                        .iter()
                        .any(|e| (e.place.line, e.place.col) == (pos.line, pos.col))
                })
                .map(|(.., e)| said(e))
                .chain(commas.stopped.map(said))
                .collect();
            for error in untold {
                let before = errors
                    .iter()
                    .position(|e| {
                        !matches!(
                            e.problem,
                            Problem::Unlisted(_) | Problem::UnlistedUnfilled(_)
                        ) && (e.place.line, e.place.col) > (error.place.line, error.place.col)
                    })
                    .or_else(|| {
                        errors.iter().position(|e| {
                            matches!(
                                e.problem,
                                Problem::Unlisted(_) | Problem::UnlistedUnfilled(_)
                            )
                        })
                    })
                    .unwrap_or(errors.len());
                errors.insert(before, error);
            }
            return Err(Rejected { errors, warnings });
        }
    };
    read_root(name, text, format, file, &root, dictionary)
}

/// Reads a spec file's located tree ([`parse`] of `text`).
fn read_root(
    name: &str,
    text: &str,
    format: Format,
    file: Text,
    root: &Node,
    dictionary: &Dictionary,
) -> Result<SpecFile, Rejected> {
    let mut reader = Reader {
        file,
        dictionary,
        errors: Capped::new(MAX_ERRORS_LISTED),
        unlisted_unfilled: true,
        warnings: Capped::new(MAX_WARNINGS_LISTED),
        convention: convention_of(root, dictionary),
        two_ways: Vec::new(),
        yaml: format == Format::Yaml,
        points_read: Vec::new(),
        grains_read: Vec::new(),
    };
    // a file with a text that could reorder the words shown around it is told only that (each
    // such key and text, before anything else of it): every other error or warning might quote
    // that text, or one the convention of decimal marks found in it
    let (found, count) = document::directional_controls(root, text, MAX_ERRORS_LISTED + 1);
    if count > 0 {
        return Err(Rejected {
            errors: reader.directional(root, found, count),
            warnings: Vec::new(),
        });
    }
    let items = reader.items(root);
    reader.say_readings();
    // in the order they stand in the file (a reading of a figure is said once the whole file
    // has told its decimal mark, after the warnings met on the way), stably
    crate::sort_by_key(&mut reader.warnings.listed, |w| (w.place.line, w.place.col));
    let warnings = reader.warnings.finish(|place, count| Warning {
        place,
        message: format!("{count} more warnings from here on are not listed"),
    });
    let unfilled = reader.unlisted_unfilled;
    let errors = reader.errors.finish(|place, count| SpecError {
        place,
        problem: if unfilled {
            Problem::UnlistedUnfilled(count)
        } else {
            Problem::Unlisted(count)
        },
    });
    if errors.is_empty() {
        Ok(SpecFile {
            name: name.to_string(),
            format,
            items,
            warnings,
        })
    } else {
        Err(Rejected { errors, warnings })
    }
}

/// The most warnings listed for one file; the rest are counted, from the place of the first.
/// A file of thousands of unknown names is a wrong file, and each name's did-you-mean costs a
/// search of the dictionary.
pub const MAX_WARNINGS_LISTED: usize = 100;

/// The most errors listed for one file; the rest are counted, from the place of the first, as
/// warnings are. Each error names its file and item: a file of a million errors is one mistake
/// repeated, and listing them all would cost memory in proportion to the errors times the names.
pub const MAX_ERRORS_LISTED: usize = 100;

/// The longest item id, in characters. Ids name items in every error, verdict and pair; the
/// longest in the examples is under 30.
pub const MAX_ID_CHARS: usize = 128;

/// The most entries in one list: of a list property's values, of a property's figures (one
/// a test method) and of an item's claimed standards. Each entry of a list is compared with the
/// other item of every pair a rule relates, so the limit bounds what a pair costs; the longest
/// list in the examples has 6 entries.
pub const MAX_LIST_ENTRIES: usize = 100;

/// The limit on a list's length, placed at its first entry past the limit.
fn too_long(nodes: &[Node], what: &'static str) -> Option<(Pos, Problem)> {
    nodes.get(MAX_LIST_ENTRIES).map(|past| {
        let problem = Problem::ListTooLong {
            what,
            count: nodes.len(),
            limit: MAX_LIST_ENTRIES,
        };
        (past.pos, problem)
    })
}

/// Errors or warnings: the first `limit` listed, the rest counted from the place of the first
/// left out.
struct Capped<T> {
    listed: Vec<T>,
    limit: usize,
    /// Past the limit: where the first was, and how many.
    past: Option<(Place, usize)>,
}

impl<T> Capped<T> {
    fn new(limit: usize) -> Self {
        Capped {
            listed: Vec::new(),
            limit,
            past: None,
        }
    }

    fn has_room(&self) -> bool {
        self.listed.len() < self.limit
    }

    /// Counts one past the limit; `first` is its place when it is the first (made only then).
    fn count_past(&mut self, first: impl FnOnce() -> Place) {
        match &mut self.past {
            Some((_, count)) => *count += 1,
            None => self.past = Some((first(), 1)),
        }
    }

    /// Listed and counted, so far.
    fn total(&self) -> usize {
        self.listed.len() + self.past.as_ref().map_or(0, |(_, n)| *n)
    }

    /// The listed ones, then what `said` makes of the count past the limit.
    fn finish(mut self, said: impl FnOnce(Place, usize) -> T) -> Vec<T> {
        if let Some((place, count)) = self.past {
            self.listed.push(said(place, count));
        }
        self.listed
    }
}

fn place_in(file: &Text, pos: Pos, item: Option<&str>, property: Option<&str>) -> Place {
    Place {
        file: file.clone(),
        line: pos.line,
        col: pos.col,
        item: item.map(str::to_string),
        property: property.map(str::to_string),
    }
}

struct Reader<'a> {
    file: Text,
    dictionary: &'a Dictionary,
    errors: Capped<SpecError>,
    /// Whether every error counted past the listed ones is a value left empty.
    unlisted_unfilled: bool,
    warnings: Capped<Warning>,
    /// Which mark the file's property values write as a decimal mark, as far as they tell.
    convention: Convention,
    /// The figures read one of two ways in a file that does not tell which.
    two_ways: Vec<TwoWays>,
    /// Whether the file is YAML, whose `[ ]` and `{ }` split a figure at its decimal comma
    /// (in JSON, `{"length": 57, "4": null}` says what it says).
    yaml: bool,
    /// The inches and pounds read with a point, as they are written, in a file of decimal commas.
    points_read: Vec<TwoWays>,
    /// The figures in `gr`, read as grains, which some languages' sheets write for grams.
    grains_read: Vec<TwoWays>,
}

/// A figure that reads two ways (`6,058 mm`), read with a decimal point in a file whose other
/// figures do not tell its decimal mark: where, to be said.
struct TwoWays {
    pos: Pos,
    item: Option<String>,
    property: String,
    written: String,
    /// Its mark, and its two readings ([`two_readings`]), found once.
    mark: &'static str,
    thousands: String,
    decimal: String,
}

/// What a file's property values tell of its decimal mark, from the first figure that tells:
/// `7,62`, `0,800` or `1.200,5` write a decimal comma; `7.62`, `0.308` or `62,366.5` a point;
/// `192 000` groups thousands with spaces, so its comma is no thousands mark. In a file of
/// decimal commas `1.200 kg` may be twelve hundred, and `5,460 t` five and a half.
#[derive(Debug, Clone, PartialEq, Default)]
struct Convention {
    /// A decimal comma, as written and where (a file of both marks counts as one of commas:
    /// its `1.200` is the risk).
    comma: Option<(String, Pos)>,
    /// Thousands grouped by spaces, as written and where.
    spaces: Option<(String, Pos)>,
    point: bool,
}

/// The entry of `node` that misspells the missing item field `field` (`natoin` for `nation`):
/// said as that field's error.
fn misspelt_field<'n>(node: &'n Node, field: &str) -> Option<&'n Entry> {
    match &node.value {
        Value::Map(entries) => entries.iter().find(|e| {
            !ITEM_FIELDS.contains(&e.key.as_str())
                && crate::suggest::closest(&e.key, [field]).is_some()
        }),
        _ => None,
    }
}

use crate::document::TYPOGRAPHIC_QUOTES;

/// Each entry of a list read into `list` (its values, each once) as it was written: the first
/// node that reads as each value. `None` where some entry is not found so (it cannot be told).
fn written_entries(property: &Property, nodes: &[Node], list: &[String]) -> Option<Vec<String>> {
    let read: Vec<(String, &str)> = nodes
        .iter()
        .filter_map(|n| match &n.value {
            Value::Str(s) | Value::Number(s) => Some((property.canonical_value(s).ok()?, s.trim())),
            _ => None,
        })
        .collect();
    list.iter()
        .map(|value| {
            read.iter()
                .find(|(canonical, _)| canonical == value)
                .map(|(_, written)| written.to_string())
        })
        .collect()
}

/// Whether a value is left empty: `""`, whitespace, or nothing at all (YAML's `mlc:` and JSON's
/// `null`, which the data sheet did not fill in either).
fn left_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Str(s) => s.trim().is_empty(),
        _ => false,
    }
}

/// The entries of a list property's values written as one text: parted at commas and
/// semicolons (`14 in, 30 in`), or, where those do not part it into values and other marks do,
/// at those: a slash, a plus, an ampersand, or `and`, `et`, `und` between words (`D et L`, as
/// a French sheet lists pins: `D` and `L`).
fn list_entries<'t>(property: &Property, text: &'t str) -> Vec<&'t str> {
    let plain: Vec<&str> = text.split([',', ';']).map(str::trim).collect();
    let is_value = |entry: &&str| property.canonical_value(entry).is_ok();
    if plain.iter().all(is_value) {
        return plain;
    }
    let parted: Vec<&str> = text
        .split([',', ';', '/', '+', '&'])
        .flat_map(|part| part.split(" and "))
        .flat_map(|part| part.split(" et "))
        .flat_map(|part| part.split(" und "))
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .collect();
    match parted.len() > plain.len() && parted.iter().all(is_value) {
        true => parted,
        false => plain,
    }
}

/// Whether `text` is wrapped in typographic quotes (`”140 kg”`, `“STANAG 4703”`).
fn typographic(text: &str) -> bool {
    let text = text.trim();
    text.chars().count() >= 2
        && text.starts_with(TYPOGRAPHIC_QUOTES)
        && text.ends_with(TYPOGRAPHIC_QUOTES)
}

/// `text` without the typographic quotes around it.
fn unquoted(text: &str) -> &str {
    text.trim().trim_matches(TYPOGRAPHIC_QUOTES)
}

/// The item fields every item must give (each read by `text_field`).
const REQUIRED_FIELDS: [&str; 4] = ["id", "name", "nation", "kind"];

const ITEM_FIELDS: [&str; 8] = [
    "id",
    "name",
    "nation",
    "kind",
    "nsn",
    "claims",
    "properties",
    "notes",
];

/// The item and the field or property a key or text of a spec's tree is in, as the errors
/// of [`Reader::item`] name them: none that is itself the key at fault, or holds a control.
fn context_of<'a>(
    root: &'a Node,
    hit: &'a document::Directional,
) -> (Option<&'a str>, Option<&'a str>) {
    use document::Part;
    let parts: Vec<Part> = hit.path.parts().collect();
    let (list, rest) = match (&root.value, parts.as_slice()) {
        (Value::Seq(_), rest) => (root, rest),
        (Value::Map(_), [Part::Key("items"), rest @ ..]) => match root.get("items") {
            Some(entry) => (&entry.value, rest),
            None => return (None, None),
        },
        _ => return (None, None),
    };
    let (Value::Seq(items), [Part::Index(i), rest @ ..]) = (&list.value, rest) else {
        return (None, None);
    };
    let clean = |text: &'a str| {
        Some(text).filter(|t| !t.chars().any(|c| crate::suggest::directional(c).is_some()))
    };
    let item = items.get(*i).and_then(|node| match node.get("id") {
        Some(Entry {
            value:
                Node {
                    value: Value::Str(id) | Value::Number(id),
                    ..
                },
            ..
        }) if !id.trim().is_empty() && id.trim().chars().count() <= MAX_ID_CHARS => {
            clean(id.trim())
        }
        _ => None,
    });
    // (the last part of a key at fault is that key)
    let within = if hit.key {
        rest.len().saturating_sub(1)
    } else {
        rest.len()
    };
    let property = match rest.get(..within).unwrap_or_default() {
        [Part::Key("properties"), Part::Key(property), ..] => clean(property),
        [Part::Key(field), ..] if ITEM_FIELDS.contains(field) => Some(*field),
        _ => None,
    };
    (item, property)
}

/// The decimal mark the property values under `node` write (names and notes are free text,
/// `3,4 tie-downs`; a JSON list `[1,2]` holds numbers, which have no comma).
fn convention_of(node: &Node, dictionary: &Dictionary) -> Convention {
    let mut convention = Convention::default();
    read_convention(node, dictionary, &mut convention);
    convention
}

/// Notes in `convention` what the figures of the items under `node` tell, until a decimal comma
/// is found. Only figures tell: a cartridge's `5.56x45mm NATO`, a hazard division's `1.1`, a
/// design's `M2,5` or an NSN's spaces are names.
fn read_convention(node: &Node, dictionary: &Dictionary, convention: &mut Convention) {
    match &node.value {
        Value::Seq(nodes) => {
            for n in nodes {
                if convention.comma.is_some() {
                    return;
                }
                read_convention(n, dictionary, convention);
            }
        }
        Value::Map(entries) => {
            for e in entries {
                if convention.comma.is_some() {
                    return;
                }
                match (&e.value.value, e.key.as_str()) {
                    (Value::Map(properties), "properties") => {
                        for p in properties {
                            let ty = dictionary.property(&p.key).map(|p| &p.ty);
                            match ty {
                                Some(
                                    PropertyType::Quantity(_)
                                    | PropertyType::Number
                                    | PropertyType::Integer,
                                ) => read_figures(&p.value, convention),
                                // a designation from a fixed list tells a decimal comma
                                // (`7,62x51`: the catalogue's own is written with a point, so
                                // its point tells nothing)
                                Some(PropertyType::Enum(_)) if convention.comma.is_none() => {
                                    if let Value::Str(text) = &p.value.value {
                                        convention.comma = decimal_mark(text, b',')
                                            .map(|found| (found, p.value.pos));
                                    }
                                }
                                _ => {}
                            }
                        }
                    }
                    _ => read_convention(&e.value, dictionary, convention),
                }
            }
        }
        _ => {}
    }
}

/// Notes in `convention` what the figures of one property tell: one, a list, or `{ value, … }`.
fn read_figures(node: &Node, convention: &mut Convention) {
    match &node.value {
        Value::Str(text) | Value::Number(text) => {
            // `1,200.5`, `0.308`, or thousands grouped twice by commas (`2,200,000`): a point
            convention.point |= decimal_mark(text, b'.').is_some() || grouped_twice(text, b',');
            if convention.spaces.is_none() {
                convention.spaces = space_grouped(text).map(|found| (found, node.pos));
            }
            if convention.comma.is_none() {
                // `7,62`, `1.200,5`, or thousands grouped twice by points (`2.200.000`)
                convention.comma = decimal_mark(text, b',')
                    .or_else(|| grouped_twice(text, b'.').then(|| text.trim().to_string()))
                    .map(|found| (found, node.pos));
            }
        }
        Value::Seq(nodes) => nodes.iter().for_each(|n| read_figures(n, convention)),
        Value::Map(_) => {
            if let Some(value) = node.get("value") {
                read_figures(&value.value, convention);
            }
        }
        _ => {}
    }
}

/// Whether `text` groups thousands at least twice by `mark` (`2,200,000`, `2.200.000`), which
/// only a thousands mark does.
fn grouped_twice(text: &str, mark: u8) -> bool {
    let bytes = text.as_bytes();
    let mut groups = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == mark // ok: `i < bytes.len()` (loop)
            && i > 0
            && bytes[i - 1].is_ascii_digit() // ok: `i > 0` just above
            && bytes
                .get(i + 1..i + 4)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
        {
            groups += 1;
            if groups >= 2 {
                return true;
            }
            i += 4;
        } else {
            // ok: `i < bytes.len()` (loop)
            if !bytes[i].is_ascii_digit() && bytes[i] != mark {
                groups = 0;
            }
            i += 1;
        }
    }
    false
}

/// How many ASCII digits `bytes` has from `at` on.
fn digits_at(bytes: &[u8], at: usize) -> usize {
    bytes
        .get(at..)
        .map_or(0, |b| b.iter().take_while(|b| b.is_ascii_digit()).count())
}

/// Whether a run of digits starts at `at` (a digit after none).
fn starts_digits(bytes: &[u8], at: usize) -> bool {
    // ok: `at > 0` here, and `bytes.get(at)` is some
    bytes.get(at).is_some_and(u8::is_ascii_digit) && (at == 0 || !bytes[at - 1].is_ascii_digit())
}

/// Thousands grouped by a space in `text` (`192 000`, `4 350`, with any space character): one
/// to three digits, a space, three digits, and no digit after. As written.
fn space_grouped(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let digits_from = |at: usize| digits_at(bytes, at);
    let mut start = 0;
    while start < bytes.len() {
        if !starts_digits(bytes, start) {
            start += 1;
            continue;
        }
        let lead = digits_from(start);
        let end = start + lead;
        // one space of any kind (a no-break or narrow one is several bytes), then three digits
        let space = text
            .get(end..)
            .and_then(|rest| rest.chars().next())
            .filter(|c| c.is_whitespace())
            .map(char::len_utf8);
        if let Some(width) = space.filter(|_| lead <= 3) {
            if digits_from(end + width) == 3 {
                return text.get(start..end + width + 3).map(str::to_string);
            }
        }
        start = end;
    }
    None
}

/// A decimal `mark` in `text`: digits, the mark, and a run of digits not three long (`7,62`,
/// `40,5`), or any after a lone zero (`0,800`), or after thousands grouped by the other mark
/// (`1.200,5`). The figure as written, from its first digit.
fn decimal_mark(text: &str, mark: u8) -> Option<String> {
    let bytes = text.as_bytes();
    let digits_from = |at: usize| digits_at(bytes, at);
    let mut start = 0;
    while start < bytes.len() {
        if !starts_digits(bytes, start) {
            start += 1;
            continue;
        }
        // a run of digits, with single points or commas between digits: of its marks, the last
        // and the digits after it, and whether every one before it is the other mark before
        // three digits
        let lead = digits_from(start);
        let mut end = start + lead;
        let mut last: Option<(u8, usize)> = None;
        let mut groups_before = true;
        while end + 1 < bytes.len()
            // ok: `end + 1 < bytes.len()` first
            && matches!(bytes[end], b',' | b'.')
            // ok: `end + 1 < bytes.len()` first
            && bytes[end + 1].is_ascii_digit()
        {
            if let Some((earlier, n)) = last {
                groups_before &= earlier != mark && n == 3;
            }
            let n = digits_from(end + 1);
            last = Some((bytes[end], n)); // ok: `end + 1 < bytes.len()` (loop)
            end += 1 + n;
        }
        let first = end == start + lead + 1 + last.map_or(0, |(_, n)| n);
        let decimal = match last {
            Some((last, n)) if last == mark && first => {
                n != 3 || (lead == 1 && bytes[start] == b'0') // ok: `start < bytes.len()` (loop)
            }
            Some((last, _)) if last == mark => groups_before,
            _ => false,
        };
        if decimal {
            return text.get(start..end).map(str::to_string);
        }
        start = end.max(start + 1);
    }
    None
}

/// `[51,18 mm]` or `[5,000 kg]`: one figure that a YAML list split at its comma (two scalars,
/// the first a bare number, the second right after the comma), told at the first as what to
/// write; `None` for a list of figures written as one.
fn comma_split(property: &Property, nodes: &[Node]) -> Option<(Pos, Problem)> {
    let [first, second] = nodes else {
        return None;
    };
    let (Value::Str(part) | Value::Number(part)) = &second.value else {
        return None;
    };
    let (whole, part) = document::split_figure(first, part, second.pos, true)?;
    let told = split_told(whole, part, "", "[ ]", |written| {
        property
            .parse_scalar(written)
            .map(drop)
            .map_err(comma_error)
    })?;
    Some((first.pos, told))
}

/// `{ value: 57,4, unit: mm }`: a figure's value that a YAML flow mapping split at its comma,
/// into `57` and a key `4` with no value, told at the value as the figure written whole with
/// its unit would be (`57,4 mm` writes a decimal comma: write 57.4 mm).
/// `before` is the entry before `entry` in the table `node`.
fn table_comma_split(
    property: &Property,
    node: &Node,
    before: &Entry,
    entry: &Entry,
) -> Option<(Pos, Problem)> {
    if before.key != "value" {
        return None;
    }
    let value = &before.value;
    let (whole, part) = document::split_key(before, entry)?;
    let unit = match node.get("unit").map(|u| &u.value.value) {
        Some(Value::Str(unit)) => format!(" {}", unit.trim()),
        _ => String::new(),
    };
    // (a mistake in the unit is told at the unit when the value is mended: here the number's)
    let told = split_told(whole, part, &unit, "{ }", |written| {
        property
            .parse_scalar(written)
            .map(drop)
            .map_err(comma_error)
    })
    // a figure the property does not read (`62,366 psi` of a mass): its number alone decides,
    // and it is told with its unit, which is mended with it
    .or_else(|| {
        let number = format!("{whole},{part}");
        split_told(whole, part, &unit, "{ }", |written| {
            crate::units::parse_decimal(&number).map(drop).map_err(|e| {
                Some(Problem::Value(ValueError::Quantity(
                    crate::units::QuantityError::Number(crate::dictionary::with_unit(written, e)),
                )))
            })
        })
    })?;
    Some((value.pos, told))
}

/// `{ value: 356, unit: mm }` for a value of a list of words (`14 in`): the one text to write,
/// where the table is a figure's value and unit and nothing else.
fn as_one_text(property: &Property, node: &Node) -> Option<(Pos, Problem)> {
    let Value::Map(entries) = &node.value else {
        return None;
    };
    let text = |key: &str| match node.get(key).map(|e| &e.value.value) {
        Some(Value::Str(t) | Value::Number(t)) => Some(t.trim()),
        _ => None,
    };
    let value = text("value")?;
    let unit = text("unit");
    let keys = 1 + usize::from(unit.is_some());
    (entries.len() == keys).then(|| {
        (
            node.pos,
            Problem::FigureAsTable {
                property: property.name.clone(),
                text: match unit {
                    Some(unit) => format!("{value} {unit}"),
                    None => value.to_string(),
                },
            },
        )
    })
}

/// `[355,6 mm, 762 mm]` of a list property whose values are named by figures (hook spacings):
/// a figure the YAML list split at its comma, told as [`comma_split`] tells one.
fn list_comma_split(nodes: &[Node]) -> Option<(Pos, Problem)> {
    // (the second with its unit: `[1,2]` is two entries, not a decimal of some list of numbers)
    let with_unit = |text: &str| {
        text.trim_start_matches(|c: char| c.is_ascii_digit()) != text
            && text.contains(char::is_alphabetic)
    };
    nodes.windows(2).find_map(|pair| {
        let [first, second] = pair else {
            return None;
        };
        let Value::Str(part) = &second.value else {
            return None;
        };
        if !with_unit(part) {
            return None;
        }
        let (whole, part) = document::split_figure(first, part, second.pos, true)?;
        let told = split_told(whole, part, "", "[ ]", |written| {
            crate::units::parse_written(written)
                .map(drop)
                .map_err(|e| match e {
                    crate::units::QuantityError::Number(e) => crate::units::QuantityError::Number(
                        crate::dictionary::with_unit(written, e),
                    ),
                    e => e,
                })
                .map_err(|e| comma_error(ValueError::Quantity(e)))
        })?;
        Some((first.pos, told))
    })
}

/// What to tell of a figure split at its comma, `whole` and `part` (with `unit`, where a table
/// gives it apart, after them): what `read` tells of the figure written whole, or, where it
/// reads, that the comma may group thousands or be a decimal comma; `None` where `read` says
/// the two are not one figure.
fn split_told(
    whole: &str,
    part: &str,
    unit: &str,
    brackets: &'static str,
    read: impl FnOnce(&str) -> Result<(), Option<Problem>>,
) -> Option<Problem> {
    let written = format!("{whole},{part}{unit}");
    match read(&written) {
        Err(told) => told,
        Ok(()) => Some(Problem::CommaSplit {
            brackets,
            thousands: format!("{}{part}{unit}", whole.replace([' ', '.', '\''], "")),
            decimal: format!("{whole}.{part}{unit}"),
            written,
        }),
    }
}

/// Of a figure split at its comma and written whole, an error that tells its comma (a decimal
/// comma, or a count's, that it is no whole number however the comma is read); any other says
/// nothing of the comma (`[1,2]` may be two entries).
fn comma_error(e: ValueError) -> Option<Problem> {
    use crate::units::{NumberError, QuantityError};
    match e {
        e @ (ValueError::Quantity(QuantityError::Number(NumberError::DecimalComma { .. }))
        | ValueError::NotInteger { .. }
        | ValueError::DecimalCommaNoUnit { .. }) => Some(Problem::Value(e)),
        _ => None,
    }
}

/// The two readings of a figure whose number is `1.200` or `5,460` (one to three digits, not
/// starting with zero, one mark, three digits): as (the mark, the figure with the mark grouping
/// thousands, the figure with it a decimal mark).
pub(crate) fn two_readings(written: &str) -> Option<(&'static str, String, String)> {
    let trimmed = written.trim();
    // a sign before it (`-1.200 °C`, `−1.200`) is kept in both readings
    let sign = trimmed
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '+' | '−'))
        .map_or(0, char::len_utf8);
    let (sign, written) = trimmed.split_at(sign); // ok: the first char's length, or 0
    let number_ends = written
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(written.len());
    // ok: `number_ends` is from `find`, or the length
    let (number, rest) = written.split_at(number_ends);
    // `1.200e3`: an exponent's point is a decimal point
    if rest.starts_with(['e', 'E']) {
        return None;
    }
    let (whole, part, mark) = match number.split_once(['.', ',']) {
        Some((whole, part)) => (
            whole,
            part,
            if number.contains('.') {
                "point"
            } else {
                "comma"
            },
        ),
        None => return None,
    };
    let shaped = (1..=3).contains(&whole.len())
        && !whole.starts_with('0')
        && whole.bytes().all(|b| b.is_ascii_digit())
        && part.len() == 3
        && part.bytes().all(|b| b.is_ascii_digit());
    if !shaped {
        return None;
    }
    // every digit kept: `5,460 t` with a decimal comma is 5.460 t, to the thousandth
    Some((
        mark,
        format!("{sign}{whole}{part}{rest}"),
        format!("{sign}{whole}.{part}{rest}"),
    ))
}

/// A figure that reads two ways where nothing tells its decimal mark ([`two_readings`]:
/// `1.200 kg`, 1.2 kg or 1200 kg with a thousands point; `5,460 t`, 5460 t or 5.46 t), as its
/// mark and two readings; `None` for any other, and for inches and pounds (`2.800 in`, `5,000
/// lb`), which are written with a decimal point and commas between thousands, and read so.
/// A spec file reads such a figure one way and says so ([`Reader::note_reading`]); a catalogue
/// file, which has no warnings, refuses it.
pub(crate) fn reads_two_ways(written: &str) -> Option<(&'static str, String, String)> {
    two_readings(written).filter(|_| !customary(written))
}

/// How many of the inches and pounds read with a point in a file of decimal commas its one
/// warning lists; each item's outcome says its own.
const POINTS_LISTED: usize = 5;

/// How a figure that reads two ways is read where its file does not tell which
/// ([`Reader::note_reading`]): with a decimal point (`1.200 kg` as 1.2 kg), or a thousands
/// comma (`6,058 mm` as 6058 mm).
struct ReadTwoWays {
    mark: &'static str,
    /// As read, and the other way, as values read (`1.2 kg`, `1200 kg`).
    read: String,
    other: String,
}

impl ReadTwoWays {
    fn of(mark: &'static str, thousands: &str, decimal: &str) -> Self {
        let (read, other) = if mark == "point" {
            (value_of_decimal(decimal), thousands.to_string())
        } else {
            // (with its last zeros: `5.000 kg` is what to write to the gram)
            (thousands.to_string(), decimal.to_string())
        };
        ReadTwoWays { mark, read, other }
    }

    /// "`1.200 kg` is read as 1.2 kg{more}, with a decimal point: …; if the point groups
    /// thousands, write 1200 kg".
    fn said(&self, written: &str, more: &str) -> String {
        let (mark, read, other) = (self.mark, &self.read, &self.other);
        let (as_read, meant) = if mark == "point" {
            ("a decimal point", "groups thousands")
        } else {
            ("a thousands comma", "is a decimal comma")
        };
        format!(
            "`{written}` is read as {read}{more}, with {as_read}: no other figure of the file tells its decimal mark; if the {mark} {meant}, write {other}"
        )
    }
}

/// Whether a figure is in a US customary unit (`5,000 lb`, `2.015 in`), which are written with a
/// decimal point and commas between thousands.
fn customary(written: &str) -> bool {
    crate::units::parse_written(written).is_ok_and(|w| w.unit.is_some_and(|u| u.is_customary()))
}

/// The first [`POINTS_LISTED`] figures as written, with their places: "`1.760 in` (7:23), …".
fn listed(figures: &[TwoWays]) -> String {
    let listed: Vec<String> = figures
        .iter()
        .take(POINTS_LISTED)
        .map(|t| format!("`{}` ({}:{})", t.written, t.pos.line, t.pos.col))
        .collect();
    let more = if figures.len() > POINTS_LISTED {
        ", …"
    } else {
        ""
    };
    format!("{}{more}", listed.join(", "))
}

/// What a grain is, as the warnings on `gr` say it.
const GRAIN_IN_GRAMS: &str = "1 gr = 0.06479891 g";

/// The number of a figure written in `gr` or `grs` (`4 gr`: `4`), which some languages write
/// for grams; `None` for any other unit, `grain` and `gn` among them.
fn grains_written(written: &str) -> Option<String> {
    // (a unit written `gr` or `grs` has its letters in the text as written, if not side by
    // side, with a zero-width space between: a figure without them is not read again for its
    // unit, as every figure of a file is asked)
    let has = |letter: u8| written.bytes().any(|b| b.eq_ignore_ascii_case(&letter));
    if !has(b'g') || !has(b'r') {
        return None;
    }
    let read = crate::units::parse_written(written).ok()?;
    let unit = read.unit?;
    (unit.symbol == "gr"
        && ["gr", "grs"]
            .iter()
            .any(|s| read.unit_text.eq_ignore_ascii_case(s)))
    .then(|| {
        written
            .strip_suffix(read.unit_text.as_str())
            .unwrap_or(written)
            .trim()
            .to_string()
    })
}

/// `1.200 kg` as its value reads: `1.2 kg` (`5.000 t`: `5 t`).
pub(crate) fn value_of_decimal(figure: &str) -> String {
    let Some((whole, part)) = figure.split_once('.') else {
        return figure.to_string();
    };
    let digits = part
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(part.len());
    let (fraction, rest) = part.split_at(digits); // ok: `digits` is from `find`, or the length
    match fraction.trim_end_matches('0') {
        "" => format!("{whole}{rest}"),
        fraction => format!("{whole}.{fraction}{rest}"),
    }
}

impl Reader<'_> {
    /// A figure that reads two ways in a file that writes a decimal comma is refused (see
    /// [`Problem::TwoReadings`]); elsewhere `1.200 kg` is 1.2 kg and `5,460 t` 5460 t.
    fn one_reading(&self, written: &str) -> Result<(), Problem> {
        // (most files tell nothing against either mark: no figure is looked at again)
        if self.convention.comma.is_none() && self.convention.spaces.is_none() {
            return Ok(());
        }
        let Some((mark, thousands, decimal)) = two_readings(written) else {
            return Ok(());
        };
        // `2.015 in`, `1.450 lb`: pounds and inches are written with a decimal point, and read
        // so, with a warning in a file of decimal commas ([`Reader::note_reading`]): a refusal
        // would leave no way to write them (`2,015 in` reads two ways there too)
        if mark == "point" && customary(written) {
            return Ok(());
        }
        // a point is at risk from a decimal comma; a comma from spaces too
        let told = match (&self.convention.comma, &self.convention.spaces) {
            (Some((found, at)), _) => Some(("writes a decimal comma", found, at)),
            (None, Some((found, at))) if mark == "comma" => {
                Some(("groups thousands with spaces", found, at))
            }
            _ => None,
        };
        match told {
            Some((how, evidence, evidence_at)) => {
                Err(Problem::TwoReadings(Box::new(TwoReadings {
                    written: written.trim().to_string(),
                    mark,
                    thousands,
                    // (without its last zeros: `5.460 t` would read two ways here again; but
                    // inches and pounds, read with a decimal point, keep every digit as the
                    // precision they are quoted to: `2.800 in`, not `2.8 in`)
                    decimal: match customary(&decimal) {
                        true => decimal,
                        false => value_of_decimal(&decimal),
                    },
                    how,
                    evidence: evidence.clone(),
                    evidence_at: *evidence_at,
                })))
            }
            None => Ok(()),
        }
    }

    /// A figure that reads two ways and that its file does not refuse ([`Reader::one_reading`])
    /// is read one of them: in a file whose figures do not tell its decimal mark, with a decimal
    /// point (`1.200 kg` as 1.2 kg, `6,058 mm` as 6058 mm); in a file of decimal commas, inches
    /// and pounds with a point as they are written (`2.015 in`). Each is said once for the file
    /// ([`Reader::say_readings`]); what the item says of each, and the value read the other way
    /// where checking weighs it, are returned.
    fn note_reading(
        &mut self,
        value: &ItemValue,
        property: &Property,
        pos: Pos,
        item: Option<&str>,
    ) -> Option<Box<OtherReading>> {
        let ItemValue::Figures(figures) = value else {
            return None;
        };
        let mut other = OtherReading::default();
        // in a file of decimal commas, inches and pounds read with a decimal point say so
        if let Some((evidence, at)) = self.convention.comma.clone() {
            for figure in figures {
                let written = figure.scalar.written.trim().to_string();
                let Some(("point", thousands, decimal)) =
                    two_readings(&written).filter(|_| customary(&written))
                else {
                    continue;
                };
                let read = value_of_decimal(&decimal);
                other.notes.push(format!(
                    "`{written}` is read as {read}, as inches and pounds are written, though this file writes a decimal comma (`{evidence}` at {}:{}): if the point groups thousands, write {thousands}",
                    at.line, at.col
                ));
                other
                    .figures
                    .push([written.clone(), read, thousands.clone()]);
                self.points_read.push(TwoWays {
                    pos,
                    item: item.map(str::to_string),
                    property: property.name.clone(),
                    written,
                    mark: "point",
                    thousands,
                    decimal,
                });
            }
            return (!other.notes.is_empty()).then(|| Box::new(other));
        }
        // (thousands grouped by spaces tell nothing of a point)
        if self.convention.point {
            return None;
        }
        let mut read_otherwise = figures.clone();
        for (figure, otherwise) in figures.iter().zip(read_otherwise.iter_mut()) {
            let written = &figure.scalar.written;
            let Some((mark, thousands, decimal)) = reads_two_ways(written) else {
                continue;
            };
            let how = ReadTwoWays::of(mark, &thousands, &decimal);
            let written = written.trim().to_string();
            other.notes.push(how.said(&written, ""));
            // a point read as a decimal is weighed as a thousands point too (`55.800 kg`, as a
            // German sheet writes 55800 kg); a comma read as grouping thousands, as an English
            // sheet writes `1,258 m/s`, is not weighed as a decimal comma
            if let Some(scalar) = (mark == "point")
                .then(|| property.parse_scalar(&thousands).ok())
                .flatten()
            {
                otherwise.scalar = scalar;
                other
                    .figures
                    .push([written.clone(), how.read.clone(), how.other.clone()]);
            }
            self.two_ways.push(TwoWays {
                pos,
                item: item.map(str::to_string),
                property: property.name.clone(),
                written,
                mark,
                thousands,
                decimal,
            });
        }
        if other.notes.is_empty() {
            return None;
        }
        if !other.figures.is_empty() {
            other.value = Some(ItemValue::Figures(read_otherwise));
        }
        Some(Box::new(other))
    }

    /// A figure in `gr` is read as grains, as US sheets write them (`62 gr`), but an Italian,
    /// French or Spanish sheet writes `gr` for grams: each is said on its item (beside `other`'s
    /// notes) and once for the file ([`Reader::say_readings`]). `grain`, `grains` and `gn` say
    /// which they mean.
    fn note_grains(
        &mut self,
        value: &ItemValue,
        property: &Property,
        pos: Pos,
        item: Option<&str>,
        other: &mut Option<Box<OtherReading>>,
    ) {
        let ItemValue::Figures(figures) = value else {
            return;
        };
        for figure in figures {
            let written = figure.scalar.written.trim();
            let Some(number) = grains_written(written) else {
                continue;
            };
            other
                .get_or_insert_with(Box::default)
                .notes
                .push(format!(
                    "`{written}` is read as grains ({GRAIN_IN_GRAMS}): in some languages `gr` means grams; write `{number} grain` or `{number} g` to say which"
                ));
            self.grains_read.push(TwoWays {
                pos,
                item: item.map(str::to_string),
                property: property.name.clone(),
                written: written.to_string(),
                mark: "gr",
                thousands: String::new(),
                decimal: String::new(),
            });
        }
    }

    /// A whole number with trailing zeros (`60200 psi`) is weighed with them significant, as
    /// read, and not ([`trailing_zeros`]): a requirement the two judge differently is not
    /// compared. Said on no item: only a verdict the two readings differ on says it. Not where
    /// a figure of the value already reads two ways by its decimal mark.
    fn note_zeros(&self, value: &ItemValue, other: &mut Option<Box<OtherReading>>) {
        let ItemValue::Figures(figures) = value else {
            return;
        };
        if other
            .as_ref()
            .is_some_and(|o| o.value.is_some() || !o.figures.is_empty())
        {
            return;
        }
        let mut rounded = figures.clone();
        let mut said = Vec::new();
        for (figure, rounded) in figures.iter().zip(rounded.iter_mut()) {
            // (a count is exact: its half unit is nought)
            if figure.scalar.half_unit == crate::units::Exact::from_integer(0) {
                continue;
            }
            let written = &figure.scalar.written;
            // (in a file of decimal commas a comma is never one between thousands)
            if written.contains(',') && self.convention.comma.is_some() {
                continue;
            }
            let Some((exact, coarse, factor)) = trailing_zeros(written) else {
                continue;
            };
            let Some(half) = num_traits::CheckedMul::checked_mul(
                &figure.scalar.half_unit,
                &crate::units::Exact::from_integer(factor),
            ) else {
                continue;
            };
            rounded.scalar.half_unit = half;
            said.push([figure.scalar.written.trim().to_string(), exact, coarse]);
        }
        if said.is_empty() {
            return;
        }
        let other = other.get_or_insert_with(Box::default);
        other.value = Some(ItemValue::Figures(rounded));
        other.figures = said;
        other.zeros = true;
    }

    /// One warning for the figures of each mark that read two ways ([`Reader::note_reading`]),
    /// at the first of them; and one for the inches and pounds with a point in a file of
    /// decimal commas, listing them.
    fn say_readings(&mut self) {
        let noted = std::mem::take(&mut self.two_ways);
        // each mark's warning at its first figure, in the order they stand in the file
        let [point, comma] = ["point", "comma"].map(|mark| {
            let first = noted.iter().find(|t| t.mark == mark).map(|t| t.pos);
            (first, mark)
        });
        // (the two sorted stably by their first figure, without a sort of their own type)
        let marks = match comma.0 < point.0 {
            true => [comma, point],
            false => [point, comma],
        };
        for (_, mark) in marks {
            let alike: Vec<&TwoWays> = noted.iter().filter(|t| t.mark == mark).collect();
            let Some(first) = alike.first() else {
                continue;
            };
            // ok: `alike` has a first
            let more = match &alike[1..] {
                [] => String::new(),
                rest => {
                    let lines: Vec<String> = rest
                        .iter()
                        .take(5)
                        .map(|t| t.pos.line.to_string())
                        .collect();
                    format!(
                        ", and {} more figure{} alike (line{} {}{})",
                        rest.len(),
                        if rest.len() == 1 { "" } else { "s" },
                        if rest.len() == 1 { "" } else { "s" },
                        lines.join(", "),
                        if rest.len() > 5 { ", …" } else { "" }
                    )
                }
            };
            let said =
                ReadTwoWays::of(mark, &first.thousands, &first.decimal).said(&first.written, &more);
            self.warn(
                first.pos,
                first.item.as_deref(),
                Some(&first.property),
                |_| said,
            );
        }
        self.say_grains();
        let points = std::mem::take(&mut self.points_read);
        let (Some(first), Some((evidence, at))) = (points.first(), &self.convention.comma) else {
            return;
        };
        let (how_many, what_to_write) = match &points[..] {
            [one] => (
                "1 figure with a point is".to_string(),
                format!("if its point groups thousands, write {}", one.thousands),
            ),
            _ => (
                format!("{} figures with a point are", points.len()),
                format!(
                    "if a point groups thousands, write the figure without it (`{}`: {})",
                    first.written, first.thousands
                ),
            ),
        };
        let said = format!(
            "this file writes a decimal comma at {}:{} (`{evidence}`); {how_many} read with the point as a decimal, as inches and pounds are written: {}; {what_to_write}",
            at.line,
            at.col,
            listed(&points),
        );
        self.warn_of(&points, said);
    }

    /// A warning about `figures`, at the first of them: one figure's is that item's, several
    /// figures' the file's.
    fn warn_of(&mut self, figures: &[TwoWays], said: String) {
        let Some(first) = figures.first() else {
            return;
        };
        let (item, property) = match figures {
            [one] => (one.item.clone(), Some(one.property.clone())),
            _ => (None, None),
        };
        self.warn(first.pos, item.as_deref(), property.as_deref(), |_| said);
    }

    /// One warning for the file's figures in `gr` ([`Reader::note_grains`]), listing them.
    fn say_grains(&mut self) {
        let grains = std::mem::take(&mut self.grains_read);
        if grains.is_empty() {
            return;
        }
        let said = format!(
            "`gr` is read as grains ({GRAIN_IN_GRAMS}): {}; in some languages it means grams; write `grain` or `g` to say which",
            listed(&grains),
        );
        self.warn_of(&grains, said);
    }

    /// The errors of a file whose keys or texts hold bidirectional controls: `found`, the first
    /// of them, of `count` in all, each placed in its item and field or property.
    fn directional(
        mut self,
        root: &Node,
        found: Vec<document::Directional>,
        count: usize,
    ) -> Vec<SpecError> {
        let made = found.len();
        for hit in found {
            let (item, property) = context_of(root, &hit);
            let (item, property) = (item.map(str::to_string), property.map(str::to_string));
            let problem = Problem::Directional(hit.message);
            self.error(hit.pos, item.as_deref(), property.as_deref(), problem);
        }
        // (the first past the limit was made, and counted with its place)
        let file = &self.file;
        for _ in made..count {
            self.errors
                .count_past(|| place_in(file, Pos::default(), None, None));
        }
        self.errors.finish(|place, count| SpecError {
            place,
            problem: Problem::Unlisted(count),
        })
    }

    fn place(&self, pos: Pos, item: Option<&str>, property: Option<&str>) -> Place {
        place_in(&self.file, pos, item, property)
    }

    /// Lists a warning (its place and message made only if it will be listed, or it is the
    /// first past the limit), or counts it past the limit.
    fn warn(
        &mut self,
        pos: Pos,
        item: Option<&str>,
        property: Option<&str>,
        message: impl FnOnce(&Self) -> String,
    ) {
        if self.warnings.has_room() {
            let place = self.place(pos, item, property);
            let message = message(self);
            self.warnings.listed.push(Warning { place, message });
        } else {
            let file = &self.file;
            self.warnings
                .count_past(|| place_in(file, pos, item, property));
        }
    }

    /// Lists an error, or counts it past [`MAX_ERRORS_LISTED`].
    fn error(&mut self, pos: Pos, item: Option<&str>, property: Option<&str>, problem: Problem) {
        if self.listing() {
            let place = self.place(pos, item, property);
            self.errors.listed.push(SpecError { place, problem });
        } else {
            let file = &self.file;
            self.unlisted_unfilled &= problem.is_unfilled();
            self.errors
                .count_past(|| place_in(file, pos, item, property));
        }
    }

    /// Whether the next error will be listed: a did-you-mean is searched for only then (a
    /// search of a large dictionary for each of thousands of unlisted errors is the slow part).
    fn listing(&self) -> bool {
        self.errors.has_room()
    }

    fn items(&mut self, root: &Node) -> Vec<Item> {
        let list = match &root.value {
            Value::Seq(_) => root,
            Value::Map(entries) => match root.get("items") {
                Some(entry) => &entry.value,
                None => {
                    // `“items”`, as JSON pasted from a word processor writes it
                    match entries.iter().find(|e| {
                        typographic(&e.key) && unquoted(&e.key).eq_ignore_ascii_case("items")
                    }) {
                        Some(e) => self.error(
                            e.key_pos,
                            None,
                            None,
                            Problem::TypographicQuotes(e.key.clone()),
                        ),
                        None => self.error(root.pos, None, None, Problem::Missing("items")),
                    }
                    return Vec::new();
                }
            },
            other => {
                let found = other.describe();
                self.error(
                    root.pos,
                    None,
                    None,
                    Problem::Expected {
                        expected: "a list of items",
                        found,
                    },
                );
                return Vec::new();
            }
        };
        let Value::Seq(nodes) = &list.value else {
            let found = list.value.describe();
            self.error(
                list.pos,
                None,
                None,
                Problem::Expected {
                    expected: "a list of items",
                    found,
                },
            );
            return Vec::new();
        };
        let mut items: Vec<Item> = Vec::new();
        // where each id was first used, also by an item that has errors: a later item of that
        // id is a mistake whatever else is wrong with either
        let mut first_pos: BTreeMap<String, Pos> = BTreeMap::new();
        for node in nodes {
            if let Some(item) = self.item(node, &mut first_pos) {
                items.push(item);
            }
        }
        items
    }

    fn text_field(
        &mut self,
        node: &Node,
        field: &'static str,
        item: Option<&str>,
    ) -> Option<(String, Pos)> {
        // a word processor's quotes around a key (`“id”`) or a code (`“FRA”`); a name may quote
        let quoted = match &node.value {
            Value::Map(entries) => entries
                .iter()
                .find(|e| typographic(&e.key) && unquoted(&e.key) == field),
            _ => None,
        };
        if let Some(entry) = quoted {
            let key = entry.key.clone();
            self.error(entry.key_pos, item, None, Problem::TypographicQuotes(key));
            return None;
        }
        match node.get(field) {
            Some(Entry {
                value:
                    Node {
                        value: Value::Str(s),
                        pos,
                    },
                ..
            }) if field != "name" && typographic(s) => {
                let written = s.trim().to_string();
                self.error(*pos, item, Some(field), Problem::TypographicQuotes(written));
                None
            }
            None => {
                // `natoin: USA` is the mistake to show, not the `nation` it leaves missing
                match misspelt_field(node, field) {
                    Some(entry) => self.error(
                        entry.key_pos,
                        item,
                        None,
                        Problem::MisspeltField {
                            found: entry.key.clone(),
                            field,
                        },
                    ),
                    None => self.error(node.pos, item, None, Problem::Missing(field)),
                }
                None
            }
            Some(Entry {
                value:
                    Node {
                        value: Value::Str(s),
                        pos,
                    },
                ..
            }) if !s.trim().is_empty() => Some((s.trim().to_string(), *pos)),
            Some(Entry {
                value:
                    Node {
                        value: Value::Number(n),
                        pos,
                    },
                ..
            }) if field == "id" => Some((n.clone(), *pos)),
            Some(entry) => {
                // an empty text is left as a template leaves it, like any property
                let problem = match entry.value.value {
                    // (an item cannot do without it: not "or delete the line")
                    Value::Str(_) => Problem::UnfilledField(field),
                    ref other => Problem::Expected {
                        expected: "text",
                        found: other.describe(),
                    },
                };
                self.error(entry.value.pos, item, Some(field), problem);
                None
            }
        }
    }

    /// Reads one item, or says what is wrong with it. `first_pos` holds the ids used so far
    /// (and where): a used one is a mistake, and this item's id is added.
    fn item(&mut self, node: &Node, first_pos: &mut BTreeMap<String, Pos>) -> Option<Item> {
        let Value::Map(entries) = &node.value else {
            let found = node.value.describe();
            self.error(
                node.pos,
                None,
                None,
                Problem::Expected {
                    expected: "an item (a table)",
                    found,
                },
            );
            return None;
        };
        let errors_before = self.errors.total();
        let id = self
            .text_field(node, "id", None)
            .and_then(|(id, pos)| match id.chars().count() {
                chars if chars > MAX_ID_CHARS => {
                    let problem = Problem::IdTooLong {
                        chars,
                        limit: MAX_ID_CHARS,
                    };
                    self.error(pos, None, Some("id"), problem);
                    None
                }
                _ => Some((id, pos)),
            });
        // both places are the ids themselves, where the user would change one
        if let Some((id, pos)) = &id {
            match first_pos.get(id) {
                Some(&first) => self.error(
                    *pos,
                    Some(id),
                    Some("id"),
                    Problem::DuplicateId {
                        id: id.clone(),
                        first,
                    },
                ),
                None => {
                    first_pos.insert(id.clone(), *pos);
                }
            }
        }
        let id = id.map(|(id, _)| id);
        let item_id = id.as_deref();
        // the misspelling of a required field that is missing (`natoin`) is that field's error
        // (see `text_field`), not a warning too; a second one (`naem` after `nmae`) is a warning
        let said_as_errors: Vec<&Entry> = REQUIRED_FIELDS
            .iter()
            .filter(|f| node.get(f).is_none())
            .filter_map(|f| misspelt_field(node, f))
            .collect();
        for entry in entries {
            // (a field in a word processor's quotes, `“id”`, is said as such)
            let said = said_as_errors.iter().any(|e| std::ptr::eq(*e, entry))
                || (typographic(&entry.key) && ITEM_FIELDS.contains(&unquoted(&entry.key)));
            if !ITEM_FIELDS.contains(&entry.key.as_str()) && !said {
                self.warn(entry.key_pos, item_id, None, |_| {
                    // a field the item already has is not what a misspelt one meant
                    let unused = ITEM_FIELDS
                        .iter()
                        .copied()
                        .filter(|f| node.get(f).is_none());
                    let hint = match crate::suggest::closest(&entry.key, unused) {
                        Some(g) => format!(", did you mean `{g}`?"),
                        None => ": properties go under `properties`".into(),
                    };
                    format!("unknown item field `{}` is ignored{hint}", entry.key)
                });
            }
        }
        let name = self.text_field(node, "name", item_id).map(|(n, _)| n);
        let nation = self
            .text_field(node, "nation", item_id)
            .and_then(|(code, pos)| {
                if self.dictionary.is_trigraph(&code) {
                    Some(code)
                } else {
                    let suggestion = self
                        .listing()
                        .then(|| self.dictionary.suggest_trigraph(&code))
                        .flatten();
                    self.error(
                        pos,
                        item_id,
                        Some("nation"),
                        Problem::Trigraph {
                            found: code,
                            suggestion,
                        },
                    );
                    None
                }
            });
        let kind = self
            .text_field(node, "kind", item_id)
            .and_then(|(kind, pos)| {
                if self.dictionary.kinds.contains_key(&kind) {
                    Some(kind)
                } else {
                    // (past the errors listed in full, no did-you-mean nor list is looked for)
                    let problem = match self.listing() {
                        true => Problem::unknown_kind(self.dictionary, &kind),
                        false => Problem::Kind {
                            found: kind,
                            suggestion: None,
                            described: Vec::new(),
                            known: String::new(),
                        },
                    };
                    self.error(pos, item_id, Some("kind"), problem);
                    None
                }
            });
        let nsn = match node.get("nsn") {
            None => None,
            Some(entry) => match &entry.value.value {
                Value::Str(s) => match check_nsn(s) {
                    Ok(n) => Some(n),
                    Err(why) => {
                        self.error(
                            entry.value.pos,
                            item_id,
                            Some("nsn"),
                            Problem::Nsn {
                                found: s.clone(),
                                why,
                            },
                        );
                        None
                    }
                },
                other => {
                    let found = other.describe();
                    // 1305012345678 unquoted: a number to YAML, JSON and TOML
                    let expected = match other {
                        Value::Number(_) => "an NSN in quotes (\"1305-01-234-5678\")",
                        _ => "text",
                    };
                    self.error(
                        entry.value.pos,
                        item_id,
                        Some("nsn"),
                        Problem::Expected { expected, found },
                    );
                    None
                }
            },
        };
        let claims = match node.get("claims") {
            None => Vec::new(),
            Some(entry) => self.claims(&entry.value, item_id),
        };
        let mut properties = BTreeMap::new();
        match node.get("properties") {
            None => {}
            Some(Entry {
                value:
                    Node {
                        value: Value::Map(props),
                        ..
                    },
                ..
            }) => {
                // (the key a decimal comma made of a figure's decimals, told with its figure)
                let mut split_key = None;
                for (at, entry) in props.iter().enumerate() {
                    if split_key == Some(at) {
                        continue;
                    }
                    if let Some((name, pos, problem)) = props
                        .get(at + 1)
                        .filter(|_| self.yaml)
                        .and_then(|next| self.map_comma_split(entry, next))
                    {
                        self.error(pos, item_id, Some(&name), problem);
                        split_key = Some(at + 1);
                        continue;
                    }
                    let Some((name, stated)) =
                        self.property(entry, props, item_id, kind.as_deref())
                    else {
                        continue;
                    };
                    // an alias and its property both given: neither may silently win
                    match properties.get(&name) {
                        Some(Stated { pos: first, .. }) => self.error(
                            stated.pos,
                            item_id,
                            Some(&entry.key),
                            Problem::SameProperty {
                                written: entry.key.clone(),
                                // how it was first written: its name or an alias
                                first_written: props
                                    .iter()
                                    .find(|e| {
                                        self.dictionary
                                            .property(&e.key)
                                            .is_some_and(|p| p.name == name)
                                    })
                                    .map_or_else(|| name.clone(), |e| e.key.clone()),
                                property: name,
                                first: *first,
                            },
                        ),
                        None => {
                            properties.insert(name, stated);
                        }
                    }
                }
            }
            Some(entry) => {
                let found = entry.value.value.describe();
                // `properties:` above `  overall_length:57.4 mm`, which YAML reads as one text
                let glued = match &entry.value.value {
                    Value::Str(text) => text.split_once(':').filter(|(key, value)| {
                        !key.is_empty()
                            && !key.contains(char::is_whitespace)
                            && value.starts_with(|c: char| !c.is_whitespace())
                    }),
                    _ => None,
                };
                let problem = match glued {
                    Some((key, value)) => Problem::NoSpaceAfterColon {
                        written: format!("{key}:{value}"),
                        key: key.to_string(),
                        value: value.trim().to_string(),
                    },
                    None => Problem::Expected {
                        expected: "a table of properties",
                        found,
                    },
                };
                self.error(entry.value.pos, item_id, None, problem);
            }
        }
        if self.errors.total() > errors_before {
            return None;
        }
        // The item's own fields are checkable like properties (STANAG 1059, the NSN format);
        // they are validated above, so they win over an unvalidated copy under `properties`.
        for (field, value) in [("nation", nation.clone()), ("nsn", nsn.clone())] {
            if let (Some(property), Some(value)) = (self.dictionary.property(field), value) {
                if let Some(copy) = properties.get(&property.name) {
                    self.warn(copy.pos, item_id, Some(field), |_| format!("`{field}` belongs beside `id`, not under `properties`; the item's own `{field}` is used"));
                }
                properties.insert(
                    property.name.clone(),
                    Stated {
                        value: ItemValue::Word(value),
                        pos: node.pos,
                        written: None,
                        read: None,
                        other: None,
                    },
                );
            }
        }
        Some(Item {
            id: id?,
            name: name?,
            nation: nation?,
            kind: kind?,
            nsn,
            claims,
            properties,
            file: self.file.to_string(),
            pos: node.pos,
        })
    }

    fn claims(&mut self, node: &Node, item: Option<&str>) -> Vec<Claim> {
        let Value::Seq(nodes) = &node.value else {
            let found = node.value.describe();
            self.error(
                node.pos,
                item,
                Some("claims"),
                Problem::Expected {
                    expected: "a list of standard ids",
                    found,
                },
            );
            return Vec::new();
        };
        if let Some((pos, problem)) = too_long(nodes, "the list of claims") {
            self.error(pos, item, Some("claims"), problem);
            return Vec::new();
        }
        let mut claims = Vec::new();
        for n in nodes {
            match &n.value {
                Value::Str(s) => claims.push(Claim {
                    id: s.trim().to_string(),
                    pos: n.pos,
                }),
                other => {
                    let found = other.describe();
                    self.error(
                        n.pos,
                        item,
                        Some("claims"),
                        Problem::Expected {
                            expected: "a standard id",
                            found,
                        },
                    );
                }
            }
        }
        claims
    }

    /// `{ store_mass: 2268,5 kg }`: a figure that a YAML flow mapping split at its comma, into
    /// the value of a property (`2268`) and a key with no value (`5 kg`), told at the value as
    /// the figure written whole would be (`2268,5 kg` writes a decimal comma: write 2268.5 kg),
    /// with the property's name; `None` where `entry` and `next` are not one figure split.
    fn map_comma_split(&self, entry: &Entry, next: &Entry) -> Option<(String, Pos, Problem)> {
        let property = self.dictionary.property(&entry.key)?;
        let figure = matches!(
            property.ty,
            PropertyType::Quantity(_) | PropertyType::Number | PropertyType::Integer
        );
        // (a word from a list is told as the text would be, not as a figure's thousands)
        if !(figure || matches!(property.ty, PropertyType::Enum(_))) {
            return None;
        }
        let value = &entry.value;
        let (whole, part) = document::split_key(entry, next)?;
        let told = split_told(whole, part, "", "{ }", |written| {
            let whole = Node {
                pos: value.pos,
                value: Value::Str(written.to_string()),
            };
            match self.value(property, &whole) {
                Ok(_) if figure => Ok(()),
                Ok(_) => Err(None),
                Err((_, problem)) => Err(Some(problem)),
            }
        })?;
        Some((property.name.clone(), value.pos, told))
    }

    /// Reads one of an item's properties, `entry` of its `properties`.
    fn property(
        &mut self,
        entry: &Entry,
        properties: &[Entry],
        item: Option<&str>,
        kind: Option<&str>,
    ) -> Option<(String, Stated)> {
        if typographic(&entry.key) {
            self.error(
                entry.key_pos,
                item,
                None,
                Problem::TypographicQuotes(entry.key.clone()),
            );
            return None;
        }
        let Some(property) = self.dictionary.property(&entry.key) else {
            self.warn(entry.key_pos, item, Some(&entry.key), |reader| {
                unknown_property(reader.dictionary, &entry.key, false)
            });
            return None;
        };
        let name = property.name.clone();
        if let Some(kind) = kind.filter(|k| !property.is_for(k)) {
            self.warn(entry.key_pos, item, Some(&entry.key), |_| {
                let of = property
                    .kinds
                    .iter()
                    .map(|k| crate::suggest::a_or_an(k))
                    .collect::<Vec<_>>()
                    .join(" or ");
                format!(
                    "`{}` is stated by {of}, not by {}: it is checked as given, but check \
                     the item's kind and the property",
                    entry.key,
                    crate::suggest::a_or_an(kind)
                )
            });
        }
        let node = &entry.value;
        match self.value(property, node) {
            Ok(mut value) => {
                let mut other = self.note_reading(&value, property, node.pos, item);
                self.note_grains(&value, property, node.pos, item, &mut other);
                self.note_zeros(&value, &mut other);
                // `28000 MA`, read as milliamperes: a factor of 10⁹ from the other reading
                // (at the unit of a figure's table, where it is mended)
                if let ItemValue::Figures(figures) = &value {
                    let at = node.get("unit").map_or(node.pos, |unit| unit.value.pos);
                    for said in figures
                        .iter()
                        .filter_map(|f| crate::units::read_from_capitals(&f.scalar.written))
                    {
                        self.warn(at, item, Some(&name), |_| said.to_string());
                    }
                }
                // a value written otherwise than as read (`28VDC` for `28 V DC`, `762 mm` for
                // `30 in`) keeps how it was written, for the report to show beside it, and a
                // word read from a figure in another unit how the verdict shows it
                let (written, read) = match (&mut value, &node.value) {
                    (ItemValue::Word(word), Value::Str(text) | Value::Number(text))
                        if text.trim() != word =>
                    {
                        let text = text.trim();
                        // (a figure only where it is neither a value nor an alias as written:
                        // one map lookup, no figure read, as words are read by the thousand)
                        let read = if matches!(property.ty, PropertyType::Enum(_)) {
                            Reading::of(property, [(text, word.as_str())])
                        } else {
                            None
                        };
                        (Some(vec![text.to_string()]), read)
                    }
                    (ItemValue::List(list), Value::Seq(nodes))
                        if nodes.iter().any(|n| {
                            matches!(&n.value, Value::Str(s) | Value::Number(s)
                                if !list.iter().any(|v| v == s.trim()))
                        }) =>
                    {
                        let written = written_entries(property, nodes, list);
                        let read = written.as_ref().and_then(|written| {
                            Reading::of(
                                property,
                                written
                                    .iter()
                                    .map(String::as_str)
                                    .zip(list.iter().map(String::as_str)),
                            )
                        });
                        (written, read)
                    }
                    (ItemValue::Figures(figures), _) => (None, Reading::nominal(property, figures)),
                    _ => (None, None),
                };
                Some((
                    name,
                    Stated {
                        value,
                        pos: node.pos,
                        written,
                        read,
                        other,
                    },
                ))
            }
            Err((pos, mut problem)) => {
                if let Problem::Value(ValueError::NotAllowed { written, after, .. }) = &mut problem
                {
                    if let Some(how) = property.unlisted_code(written, after) {
                        after.push_str(&how);
                    }
                    after.push_str(&self.implied_by(property, written, properties));
                    // a key that is another name of the property (`calibre` of `cartridge`) is
                    // said, with what the property is, as the message names it by its own
                    if !entry.key.eq_ignore_ascii_case(&name) {
                        // (its first letter lowered where it starts a sentence, not a name:
                        // `Cartridge designation`, not `STANAG 4569`)
                        let what = property.description.trim_end_matches('.');
                        let mut chars = what.chars();
                        let what = match (chars.next(), chars.next()) {
                            (Some(first), Some(second)) if second.is_lowercase() => {
                                format!("{}{second}{}", first.to_lowercase(), chars.as_str())
                            }
                            _ => what.to_string(),
                        };
                        after.push_str(&format!(
                            "; `{}` is read as {name}: {what}",
                            crate::suggest::escape(&entry.key)
                        ));
                    }
                }
                self.error(pos, item, Some(&name), problem);
                None
            }
        }
    }

    /// Which of the values `written` with a letter after it ([`Property::lettered`]: `2a` or
    /// `2b` of mine level `2`) the item's other `properties` imply (its `mine_location`), said
    /// to follow what [`Property::canonical_value`] says; empty when they imply none, or more.
    fn implied_by(&self, property: &Property, written: &str, properties: &[Entry]) -> String {
        let lettered = property.lettered(written);
        if lettered.len() < 2 {
            return String::new();
        }
        for entry in properties {
            let (Some(other), Value::Str(text)) =
                (self.dictionary.property(&entry.key), &entry.value.value)
            else {
                continue;
            };
            let Ok(stated) = other.canonical_value(text) else {
                continue;
            };
            let implied: Vec<&str> = lettered
                .iter()
                .copied()
                .filter(|v| {
                    property
                        .telling(v, &lettered)
                        .any(|(p, value)| *p == other.name && *value == stated)
                })
                .collect();
            if let [one] = implied[..] {
                return format!(
                    "; the item's {} is {stated}, so{}",
                    other.name,
                    crate::suggest::did_you_mean(&Some(one.to_string())).trim_start_matches(',')
                );
            }
        }
        String::new()
    }

    fn value(&self, property: &Property, node: &Node) -> Result<ItemValue, (Pos, Problem)> {
        let at = |problem: Problem| (node.pos, problem);
        let wrong = |expected: &'static str| {
            (
                node.pos,
                Problem::Expected {
                    expected,
                    found: node.value.describe(),
                },
            )
        };
        match (&property.ty, &node.value) {
            (_, value) if left_empty(value) => Err(at(Problem::Unfilled)),
            // (a text may quote: `« Griffon »`)
            (ty, Value::Str(s)) if !matches!(ty, PropertyType::Text) && typographic(s) => {
                Err(at(Problem::TypographicQuotes(s.trim().to_string())))
            }
            (
                PropertyType::Quantity(_) | PropertyType::Number | PropertyType::Integer,
                Value::Seq(nodes),
            ) => {
                if let Some(past) = too_long(nodes, "the list of figures") {
                    return Err(past);
                }
                if let Some(split) = self.yaml.then(|| comma_split(property, nodes)).flatten() {
                    return Err(split);
                }
                let mut figures: Vec<Measured> = Vec::with_capacity(nodes.len());
                for node in nodes {
                    let figure = self.figure(property, node)?;
                    if let Some(first) = figures.iter().position(|f| f.method == figure.method) {
                        return Err((
                            node.pos,
                            Problem::SameMethod {
                                method: figure.method,
                                first: nodes[first].pos, // ok: `figures` has one per earlier node
                            },
                        ));
                    }
                    figures.push(figure);
                }
                if figures.is_empty() {
                    return Err(wrong("at least one figure"));
                }
                Ok(ItemValue::Figures(figures))
            }
            (PropertyType::Quantity(_) | PropertyType::Number | PropertyType::Integer, _) => {
                Ok(ItemValue::Figures(vec![self.figure(property, node)?]))
            }
            (PropertyType::Flag, Value::Bool(b)) => Ok(ItemValue::Flag(*b)),
            (PropertyType::Flag, _) => Err(wrong("true or false")),
            (PropertyType::List(_), Value::Seq(nodes)) => {
                if let Some(past) = too_long(nodes, "the list") {
                    return Err(past);
                }
                if let Some(split) = self.yaml.then(|| list_comma_split(nodes)).flatten() {
                    return Err(split);
                }
                nodes
                    .iter()
                    .map(|n| match &n.value {
                        value if left_empty(value) => Err((n.pos, Problem::Unfilled)),
                        // (a JSON number too: told that it has no unit, where the values have)
                        Value::Str(s) | Value::Number(s) => {
                            property.canonical_value(s).map_err(|e| (n.pos, e.into()))
                        }
                        _ => Err(as_one_text(property, n).unwrap_or((
                            n.pos,
                            Problem::Expected {
                                expected: "text",
                                found: n.value.describe(),
                            },
                        ))),
                    })
                    .collect::<Result<Vec<_>, _>>()
                    .map(|mut list| {
                        // a value listed twice says nothing more (canonical forms are compared)
                        let mut seen = std::collections::BTreeSet::new();
                        list.retain(|v| seen.insert(v.clone()));
                        ItemValue::List(list)
                    })
            }
            (PropertyType::List(_), Value::Str(s)) => {
                let entries: Vec<String> = list_entries(property, s)
                    .iter()
                    // (quoted as JSON quotes: as YAML and TOML read it too, a no-break space
                    // as it is, where `{:?}` writes `\u{a0}`, which none of them reads)
                    .map(|entry| serde_json::Value::String(entry.to_string()).to_string())
                    .collect();
                Err(at(Problem::NotAList {
                    written: s.trim().to_string(),
                    property: property.name.clone(),
                    list: format!("[{}]", entries.join(", ")),
                }))
            }
            (PropertyType::List(_), _) => Err(wrong("a list")),
            (PropertyType::Enum(_) | PropertyType::Text, Value::Str(s) | Value::Number(s)) => {
                property
                    .canonical_value(s)
                    .map(ItemValue::Word)
                    .map_err(|e| {
                        // `1.1D`: a division and a compatibility group, as one code
                        let e = match e {
                            ValueError::NotAllowed { .. } => {
                                self.dictionary.as_two_values(property, s).unwrap_or(e)
                            }
                            e => e,
                        };
                        at(e.into())
                    })
            }
            (PropertyType::Enum(_), Value::Seq(nodes)) => Err(at(Problem::ListForOne {
                property: property.name.clone(),
                what: match &nodes[..] {
                    [one] => match &one.value {
                        Value::Str(text) | Value::Number(text) => format!("`{}`", text.trim()),
                        _ => "the one value the item has".into(),
                    },
                    _ => "the one value the item has".into(),
                },
            })),
            (PropertyType::Enum(_) | PropertyType::Text, _) => {
                Err(as_one_text(property, node).unwrap_or_else(|| wrong("text")))
            }
        }
    }

    /// A figure refused for the test method in its unit (`62,000 psi (epvat)`,
    /// `52000 psi [copper crusher]`) names the method as the dictionary does (`EPVAT`,
    /// `copper-crusher`), where it has one by that name, so that what it says to write is read.
    fn method_named(&self, mut e: ValueError) -> ValueError {
        if let ValueError::Quantity(crate::units::QuantityError::MethodMarked {
            method,
            catalogue_method: catalogue_method @ false,
            ..
        }) = &mut e
        {
            if let Some(name) = self.dictionary.method(method) {
                *method = name.to_string();
                *catalogue_method = true;
            }
        }
        e
    }

    /// "62,366 psi", 12, or { value = 430, unit = "MPa", method = "EPVAT" }.
    fn figure(&self, property: &Property, node: &Node) -> Result<Measured, (Pos, Problem)> {
        let at = |pos: Pos, e: ValueError| (pos, Problem::Value(self.method_named(e)));
        match &node.value {
            // an entry of a list of figures left empty (`[ 57 mm, ~ ]`)
            empty if left_empty(empty) => Err((node.pos, Problem::Unfilled)),
            Value::Str(s) | Value::Number(s) => {
                let scalar = property.parse_scalar(s).map_err(|e| at(node.pos, e))?;
                self.one_reading(s).map_err(|problem| (node.pos, problem))?;
                Ok(Measured {
                    scalar,
                    method: None,
                })
            }
            Value::Map(entries) => {
                const FIGURE_KEYS: [&str; 3] = ["value", "unit", "method"];
                if let Some((at, entry)) = entries
                    .iter()
                    .enumerate()
                    .find(|(_, e)| !FIGURE_KEYS.contains(&e.key.as_str()))
                {
                    // `{ value: 2,5, unit: m }`: the flow map took the decimals for a key
                    let before = at
                        .checked_sub(1)
                        .and_then(|before| entries.get(before))
                        .filter(|_| self.yaml);
                    if let Some(split) =
                        before.and_then(|before| table_comma_split(property, node, before, entry))
                    {
                        return Err(split);
                    }
                    // a close spelling, or a key it names ("test_method", "unit_of_measure")
                    let unused = || FIGURE_KEYS.into_iter().filter(|k| node.get(k).is_none());
                    let key = entry.key.to_ascii_lowercase();
                    let suggestion = crate::suggest::closest(&entry.key, unused())
                        .or_else(|| unused().find(|k| key.contains(k)))
                        .map(str::to_string);
                    return Err((
                        entry.key_pos,
                        Problem::FigureKey {
                            found: entry.key.clone(),
                            suggestion,
                        },
                    ));
                }
                let value = node
                    .get("value")
                    .ok_or((node.pos, Problem::Missing("value")))?;
                let number = match &value.value.value {
                    // as a template leaves it: `{ value: "", unit: MPa, method: EPVAT }`
                    empty if left_empty(empty) => return Err((value.value.pos, Problem::Unfilled)),
                    Value::Number(n) | Value::Str(n) => n.clone(),
                    other => {
                        let found = other.describe();
                        return Err((
                            value.value.pos,
                            Problem::Expected {
                                expected: "a number",
                                found,
                            },
                        ));
                    }
                };
                let unit_entry = node.get("unit");
                let unit = match unit_entry.map(|e| &e.value.value) {
                    Some(Value::Str(u)) => format!(" {u}"),
                    None => String::new(),
                    Some(other) => {
                        let found = other.describe();
                        return Err((
                            unit_entry.map_or(node.pos, |e| e.value.pos),
                            Problem::Expected {
                                expected: "a unit (text)",
                                found,
                            },
                        ));
                    }
                };
                let scalar = property
                    .parse_scalar(&format!("{number}{unit}"))
                    .map_err(|e| {
                        // a mistake in the unit is shown at the unit, where it is written
                        let pos = match unit_entry {
                            Some(u) if e.is_about_unit() => u.value.pos,
                            _ => value.value.pos,
                        };
                        // the value as the user wrote it, not joined to its unit (`x`, not `x mm`)
                        use crate::units::{NumberError, QuantityError};
                        let e = match e {
                            ValueError::Quantity(QuantityError::Number(
                                NumberError::NotANumber(_),
                            )) => ValueError::Quantity(QuantityError::Number(
                                NumberError::NotANumber(number.trim().to_string()),
                            )),
                            other => other,
                        };
                        at(pos, e)
                    })?;
                self.one_reading(&format!("{number}{unit}"))
                    .map_err(|problem| (value.value.pos, problem))?;
                let method = match node.get("method") {
                    None => None,
                    Some(Entry {
                        value:
                            Node {
                                value: Value::Str(m),
                                pos,
                            },
                        ..
                    }) => match self.dictionary.method(m) {
                        Some(name) => Some(name.to_string()),
                        None => {
                            let known = self
                                .dictionary
                                .methods
                                .keys()
                                .cloned()
                                .collect::<Vec<_>>()
                                .join(", ");
                            return Err((
                                *pos,
                                Problem::Method {
                                    found: m.clone(),
                                    suggestion: self.dictionary.suggest_method(m),
                                    known,
                                },
                            ));
                        }
                    },
                    Some(entry) => {
                        let found = entry.value.value.describe();
                        return Err((
                            entry.value.pos,
                            Problem::Expected {
                                expected: "a method name",
                                found,
                            },
                        ));
                    }
                };
                Ok(Measured { scalar, method })
            }
            other => Err((
                node.pos,
                Problem::Expected {
                    expected: "a figure with its unit",
                    found: other.describe(),
                },
            )),
        }
    }
}

/// An NSN is `NNNN-NN-NNN-NNNN` (hyphens optional, or spaces in their places, as some sheets
/// print it): a 4-digit supply class, a 2-digit NCB code, then a 7-character serial (digits, or
/// capital letters in newer alphanumeric NIINs).
fn check_nsn(text: &str) -> Result<String, String> {
    let separator = |c: char| c == '-' || c == ' ';
    let compact: String = text.trim().chars().filter(|&c| !separator(c)).collect();
    if compact.chars().count() != 13 {
        return Err(format!(
            "it has {} digits or letters; an NSN has 13",
            compact.chars().count()
        ));
    }
    let chars: Vec<char> = compact.chars().collect();
    // ok: 13 chars, checked above
    if !chars[..6].iter().all(char::is_ascii_digit) {
        return Err("the supply class and NCB code (first six) must be digits".into());
    }
    if !chars[6..] // ok: 13 chars, checked above
        .iter()
        .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    {
        return Err("the serial (last seven) must be digits or capital letters".into());
    }
    let trimmed = text.trim();
    let hyphens: Vec<usize> = trimmed.match_indices(separator).map(|(i, _)| i).collect();
    if !hyphens.is_empty() && hyphens != [4, 7, 11] {
        return Err(if trimmed.contains(' ') {
            "the hyphens or spaces are misplaced".to_string()
        } else {
            "the hyphens are misplaced".to_string()
        });
    }
    Ok(format!(
        "{}-{}-{}-{}",
        &compact[..4],  // ok: 13 ASCII chars, checked above
        &compact[4..6], // ok: 13 ASCII chars, checked above
        &compact[6..9], // ok: 13 ASCII chars, checked above
        &compact[9..]   // ok: 13 ASCII chars, checked above
    ))
}

/// ", which the dictionary describes under `munition`": the kinds whose description names a
/// word written as an unknown kind, or nothing.
fn described_under(kinds: &[String]) -> String {
    if kinds.is_empty() {
        return String::new();
    }
    let quoted: Vec<String> = kinds.iter().map(|k| format!("`{k}`")).collect();
    format!(
        ", which the dictionary describes under {}",
        crate::suggest::and_listed(&quoted)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A whole number's trailing zeros are read as rounding all of them, or, where that would
    /// be more than 1 % of the figure, as many of the last as keep it within.
    #[test]
    fn trailing_zeros_are_read_as_rounding_within_one_percent() {
        let read = |text: &str| trailing_zeros(text).map(|(_, rounded, factor)| (rounded, factor));
        assert_eq!(read("60200 psi"), Some(("±50 psi".into(), 100)));
        assert_eq!(read("3400 kg"), Some(("±5 kg".into(), 10)));
        assert_eq!(read("3,400 kg"), Some(("±5 kg".into(), 10)));
        assert_eq!(read("340000 kg"), Some(("±500 kg".into(), 1000)));
        assert_eq!(read("5000 kg"), None);
        assert_eq!(read("240 in"), Some(("±5 in".into(), 10)));
    }

    #[test]
    fn decimal_marks_and_groupings_are_told_apart() {
        for (text, comma, point) in [
            ("7,62 mm", Some("7,62"), None),
            ("7,62x51", Some("7,62"), None),
            ("0,800", Some("0,800"), None),
            ("1.200,5 kg", Some("1.200,5"), None),
            ("40,5", Some("40,5"), None),
            ("5,460 t", None, None),
            ("1.200 kg", None, None),
            ("62,366 psi", None, None),
            ("1,234,567 kg", None, None),
            ("62,366.5 psi", None, Some("62,366.5")),
            ("7.62 mm", None, Some("7.62")),
            ("0.308 in", None, Some("0.308")),
            ("5.56x45mm NATO", None, Some("5.56")),
            ("F-34", None, None),
        ] {
            assert_eq!(decimal_mark(text, b',').as_deref(), comma, "{text}");
            assert_eq!(decimal_mark(text, b'.').as_deref(), point, "{text}");
        }
        assert_eq!(space_grouped("192 000 kg").as_deref(), Some("192 000"));
        assert_eq!(
            space_grouped("4\u{202f}350 bar").as_deref(),
            Some("4\u{202f}350")
        );
        for none in ["8 ft 6 in", "1 in 7 in", "20 ft", "1 2000 kg", "12 34 kg"] {
            assert_eq!(space_grouped(none), None, "{none}");
        }
        assert_eq!(
            two_readings("1.200 kg"),
            Some(("point", "1200 kg".into(), "1.200 kg".into()))
        );
        assert_eq!(
            two_readings("5,000 t"),
            Some(("comma", "5000 t".into(), "5.000 t".into()))
        );
        assert_eq!(value_of_decimal("1.200 kg"), "1.2 kg");
        assert_eq!(value_of_decimal("-5.000 t"), "-5 t");
        assert_eq!(value_of_decimal("57.100 mm"), "57.1 mm");
        for one in [
            "0.308 in",
            "1.2 kg",
            "1.2000 kg",
            "1200 kg",
            "1234.567 kg",
            "12,34 kg",
        ] {
            assert_eq!(two_readings(one), None, "{one}");
        }
    }

    /// A figure that reads two ways is refused in a file that writes a decimal comma (or, for a
    /// comma, groups thousands with spaces), said once for a file that does not tell, and read
    /// as written in a file of decimal points or beside a customary unit. Names are free text,
    /// and tell nothing.
    #[test]
    fn a_figure_that_reads_two_ways_is_refused_or_said_by_what_the_file_tells() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        let file = |properties: &str, name: &str| {
            format!(
                "items:\n  - id: p\n    name: \"{name}\"\n    nation: DEU\n    kind: pallet\n    properties:\n{properties}"
            )
        };
        let errors = |text: &str| {
            parse("p.yaml", text, &catalogue.dictionary)
                .unwrap_err()
                .errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        };
        let warnings = |text: &str| {
            parse("p.yaml", text, &catalogue.dictionary)
                .unwrap()
                .warnings
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        };
        let pallet = |properties: &[&str], name: &str| {
            file(
                &properties
                    .iter()
                    .map(|p| format!("      {p}\n"))
                    .collect::<String>(),
                name,
            )
        };
        let refused = errors(&pallet(
            &["cargo_mass: 5.000 kg", "pallet_thickness: 5,7 cm"],
            "p",
        ));
        assert!(refused.contains(&"p.yaml:7:19: item `p`, property `cargo_mass`: `5.000 kg` may be read two ways in this file, which writes a decimal comma (`5,7` at line 8): write 5000 kg if the point groups thousands, or 5 kg for a decimal".to_string()), "{refused:#?}");
        let refused = errors(&pallet(
            &["cargo_mass: 5,000 kg", "mass_with_nets: 1 200 kg"],
            "p",
        ));
        assert_eq!(refused, ["p.yaml:7:19: item `p`, property `cargo_mass`: `5,000 kg` may be read two ways in this file, which groups thousands with spaces (`1 200` at line 8): write 5000 kg if the comma groups thousands, or 5 kg for a decimal"]);
        assert_eq!(
            warnings(&pallet(&["cargo_mass: 5,000 kg", "empty_mass: 1,200 kg", "mass_with_nets: 1,300 kg"], "p")),
            ["p.yaml:7:19: item `p`, property `cargo_mass`: warning: `5,000 kg` is read as 5000 kg, and 2 more figures alike (lines 8, 9), with a thousands comma: no other figure of the file tells its decimal mark; if the comma is a decimal comma, write 5.000 kg"]
        );
        assert!(warnings(&pallet(
            &["cargo_mass: 5,000 kg", "pallet_thickness: 2.25 in"],
            "p"
        ))
        .is_empty());
        assert!(warnings(&pallet(&["cargo_mass: 5,000 lb"], "p")).is_empty());
        // a designation from a fixed list written with a decimal comma tells one
        let refused = errors("items:\n  - id: r\n    name: r\n    nation: DEU\n    kind: cartridge\n    properties:\n      cartridge: 7,62x51\n      bullet_mass: 9.500 g\n");
        assert_eq!(refused, ["p.yaml:8:20: item `r`, property `bullet_mass`: `9.500 g` may be read two ways in this file, which writes a decimal comma (`7,62` at line 7): write 9500 g if the point groups thousands, or 9.5 g for a decimal"]);
        // inches and pounds are read with a decimal point, as they are written, and that is said
        // (`1.450 lb` beside a decimal comma may be 1450 lb); with a comma they read two ways
        let file = |figure: &str| {
            format!("items:\n  - id: r\n    name: r\n    nation: DEU\n    kind: cartridge\n    properties:\n      cartridge: 7,62x51\n      overall_length: {figure}\n")
        };
        let read = parse("p.yaml", &file("2.015 in"), &catalogue.dictionary).unwrap();
        assert_eq!(
            read.warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["p.yaml:8:23: item `r`, property `overall_length`: warning: this file writes a decimal comma at 7:18 (`7,62`); 1 figure with a point is read with the point as a decimal, as inches and pounds are written: `2.015 in` (8:23); if its point groups thousands, write 2015 in"]
        );
        // several are said once for the file, each at its place, and each on its item
        let rounds = "items:\n  - id: a\n    name: a\n    nation: DEU\n    kind: cartridge\n    properties:\n      overall_length: 1.760 in\n      case_length: 1.190 in\n  - id: b\n    name: b\n    nation: DEU\n    kind: cartridge\n    properties:\n      overall_length: 2.260 in\n      bullet_mass: 4,0 g\n";
        let refused = parse("p.yaml", rounds, &catalogue.dictionary).unwrap_err();
        assert_eq!(
            refused.warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["p.yaml:7:23: warning: this file writes a decimal comma at 15:20 (`4,0`); 3 figures with a point are read with the point as a decimal, as inches and pounds are written: `1.760 in` (7:23), `1.190 in` (8:20), `2.260 in` (14:23); if a point groups thousands, write the figure without it (`1.760 in`: 1760 in)"]
        );
        let read = parse(
            "p.yaml",
            &rounds.replace("bullet_mass: 4,0 g", "cartridge: 7,62x51"),
            &catalogue.dictionary,
        )
        .unwrap();
        assert_eq!(read.warnings.len(), 1);
        let other = read.items[0].properties["case_length"]
            .other
            .as_deref()
            .unwrap();
        assert_eq!(other.notes, ["`1.190 in` is read as 1.19 in, as inches and pounds are written, though this file writes a decimal comma (`7,62` at 15:18): if the point groups thousands, write 1190 in"]);
        // (not weighed the other way: inches are written with a point)
        assert_eq!(other.value, None);
        assert_eq!(errors(&file("2,015 in")), ["p.yaml:8:23: item `r`, property `overall_length`: `2,015 in` may be read two ways in this file, which writes a decimal comma (`7,62` at line 7): write 2015 in if the comma groups thousands, or 2.015 in for a decimal"]);
        // every digit kept, as the precision the figure is quoted to: `2.800 in` is read so here
        assert_eq!(errors(&file("2,800 in")), ["p.yaml:8:23: item `r`, property `overall_length`: `2,800 in` may be read two ways in this file, which writes a decimal comma (`7,62` at line 7): write 2800 in if the comma groups thousands, or 2.800 in for a decimal"]);
        assert!(parse("p.yaml", &file("2.800 in"), &catalogue.dictionary).is_ok());
        // thousands grouped twice by commas tell a decimal point
        assert!(warnings(&pallet(
            &["cargo_mass: 2,200,000 kg", "empty_mass: 1,200 kg"],
            "p"
        ))
        .is_empty());
        // a name's `7,62`, or a cartridge's `5.56x45mm NATO` (a name, not a figure), tells
        // nothing: the figure is read, and said
        let weapon = "items:\n  - id: w\n    name: w\n    nation: DEU\n    kind: weapon\n    properties:\n      cartridge: 5.56x45mm NATO\n      max_cartridge_length: 57,100 mm\n";
        assert_eq!(
            warnings(weapon),
            ["p.yaml:8:29: item `w`, property `max_cartridge_length`: warning: `57,100 mm` is read as 57100 mm, with a thousands comma: no other figure of the file tells its decimal mark; if the comma is a decimal comma, write 57.100 mm"]
        );
        assert_eq!(
            warnings(&pallet(&["cargo_mass: 1.200 kg"], "Palette 7,62")),
            ["p.yaml:7:19: item `p`, property `cargo_mass`: warning: `1.200 kg` is read as 1.2 kg, with a decimal point: no other figure of the file tells its decimal mark; if the point groups thousands, write 1200 kg"]
        );
    }

    /// A word processor's quotes around a key or a code are said, once, at their place; a name
    /// or a text may quote (`« Griffon »`).
    #[test]
    fn typographic_quotes_are_said_where_they_are_no_quotes() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        let text = "items:\n  - “id”: a\n    name: x\n    nation: FRA\n    kind: vehicle\n  - id: b\n    name: \"« Griffon »\"\n    nation: “FRA”\n    kind: vehicle\n    properties:\n      design: \"« Griffon »\"\n      gross_mass: ”14 t”\n";
        let refused = parse("q.yaml", text, &catalogue.dictionary).unwrap_err();
        let said: Vec<String> = refused.errors.iter().map(|e| e.to_string()).collect();
        let quoted = |what: &str| {
            format!("{what} is in typographic quotes, which YAML, JSON and TOML do not read as quotes (a word processor writes them): type them as straight quotes (\") or leave them out")
        };
        assert_eq!(
            said,
            [
                format!("q.yaml:2:5: {}", quoted("`“id”`")),
                format!(
                    "q.yaml:8:13: item `b`, field `nation`: {}",
                    quoted("`“FRA”`")
                ),
                format!(
                    "q.yaml:12:19: item `b`, property `gross_mass`: {}",
                    quoted("`”14 t”`")
                ),
            ]
        );
        assert!(refused.warnings.is_empty(), "{:?}", refused.warnings);
    }

    /// A list given as one text, a list's entry or a value given as a bare number or as a
    /// figure's table, is told what to write.
    #[test]
    fn a_list_or_a_value_of_the_wrong_shape_is_told_what_to_write() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        let errors = |name: &str, text: &str| {
            parse(name, text, &catalogue.dictionary)
                .unwrap_err()
                .errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        };
        let yaml = |kind: &str, property: &str| {
            format!("items:\n  - id: r\n    name: x\n    nation: USA\n    kind: {kind}\n    properties:\n      {property}\n")
        };
        assert_eq!(
            errors("r.yaml", &yaml("bomb-rack", "hook_spacings: \"14 in\"")),
            ["r.yaml:7:22: item `r`, property `hook_spacings`: `14 in` is one text; hook_spacings is a list: write it as one, `[\"14 in\"]`"]
        );
        assert_eq!(
            errors("r.yaml", &yaml("bomb-rack", "hook_spacings: 14 in, 30 in")),
            ["r.yaml:7:22: item `r`, property `hook_spacings`: `14 in, 30 in` is one text; hook_spacings is a list: write it as one, `[\"14 in\", \"30 in\"]`"]
        );
        // a value refused under another name of its property says the name it was read as
        assert_eq!(
            errors("r.yaml", &yaml("munition", "calibre: \"155 mm\"")),
            ["r.yaml:7:16: item `r`, property `cartridge`: `155 mm` is not a value of cartridge (expected one of: 5.56x45mm NATO, .223 Remington, 7.62x51mm NATO, .308 Winchester, 9x19mm, 12.7x99mm NATO, 40x46mm, 40x53mm); `calibre` is read as cartridge: cartridge designation (calibre) of a round, or the chambering of a weapon"]
        );
        // values joined as a sheet lists them, in words or with a mark, are parted into the
        // values (`D et L` is D and L); what does not part into values is left whole
        for (written, list) in [
            ("D et L", r#"["D", "L"]"#),
            ("D und L", r#"["D", "L"]"#),
            ("D + L", r#"["D", "L"]"#),
            ("D/L", r#"["D", "L"]"#),
            ("D, L", r#"["D", "L"]"#),
            ("D ou L", r#"["D ou L"]"#),
            ("D et Q", r#"["D et Q"]"#),
        ] {
            let said = errors(
                "r.yaml",
                &yaml("trailer", &format!("ground_pins: \"{written}\"")),
            );
            assert_eq!(
                said,
                [format!("r.yaml:7:20: item `r`, property `ground_pins`: `{written}` is one text; ground_pins is a list: write it as one, `{list}`")],
                "{written}"
            );
        }
        let json = r#"{"items": [{"id": "r", "name": "x", "nation": "USA", "kind": "bomb-rack", "properties": {"hook_spacings": [14, 30]}}]}"#;
        assert_eq!(
            errors("r.json", json),
            ["r.json:1:108: item `r`, property `hook_spacings`: `14` is not a value of hook_spacings (expected one of: 14 in, 30 in): 14 has no unit: write a value as listed, with its unit, did you mean `14 in`?"]
        );
        assert_eq!(
            errors("s.yaml", &yaml("store", "suspension: 14")),
            ["s.yaml:7:19: item `r`, property `suspension`: `14` is not a value of suspension (expected one of: single lug, 14 in, 30 in): 14 has no unit: write a value as listed, with its unit, did you mean `14 in`?"]
        );
        assert_eq!(
            errors("s.yaml", &yaml("store", "suspension: {value: 356, unit: mm}")),
            ["s.yaml:7:19: item `r`, property `suspension`: suspension takes a value written as one text, not as a figure's value and unit: write `356 mm`"]
        );
        assert_eq!(
            errors("r.yaml", &yaml("bomb-rack", "hook_spacings: [{value: 356, unit: mm}]")),
            ["r.yaml:7:23: item `r`, property `hook_spacings`: hook_spacings takes a value written as one text, not as a figure's value and unit: write `356 mm`"]
        );
        assert_eq!(
            errors("s.yaml", &yaml("store", "suspension: [14 in]")),
            ["s.yaml:7:19: item `r`, property `suspension`: suspension takes one value, not a list: write `14 in`"]
        );
        assert_eq!(
            errors("s.yaml", &yaml("store", "suspension: [14 in, 30 in]")),
            ["s.yaml:7:19: item `r`, property `suspension`: suspension takes one value, not a list: write the one value the item has"]
        );
        // a table with more than a value and its unit is told as before
        assert_eq!(
            errors(
                "s.yaml",
                &yaml("store", "suspension: {value: 356, unit: mm, x: 1}")
            ),
            ["s.yaml:7:19: item `r`, property `suspension`: expected text, found a table"]
        );
    }

    /// A value listed twice is kept once, in the order first written.
    #[test]
    fn a_list_keeps_each_value_once() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        let text = "items:\n  - { id: t, name: t, nation: USA, kind: vehicle, properties: { \
                    accepted_fuels: [F-54, F-34, F54, F-54] } }\n";
        let file = parse("v.yaml", text, &catalogue.dictionary).unwrap();
        let value = &file.items[0].properties["accepted_fuels"].value;
        assert_eq!(
            value,
            &ItemValue::List(vec!["F-54".to_string(), "F-34".to_string()])
        );
    }

    /// `""`, whitespace, or an empty entry of a list: left empty, at its place, in every form.
    #[test]
    fn an_empty_value_is_left_empty_wherever_it_is() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        for (properties, col) in [
            ("accepted_fuels: [F-34, \"\"]", 88),
            ("accepted_fuels: \"  \"", 81),
            ("gross_mass: { value: \" \", unit: t }", 86),
            ("gross_mass: { value: ~, unit: t }", 86),
            ("mlc: ~", 70),
            ("mlc: null", 70),
            ("gross_mass: [36 t, ~]", 84),
            ("accepted_fuels: [F-34, null]", 88),
            ("running_gear: ~", 79),
            ("polarity_labelled: ~", 84),
        ] {
            let text = format!(
                "items:\n  - {{ id: t, name: t, nation: USA, kind: vehicle, properties: {{ \
                 {properties} }} }}\n"
            );
            let errors = parse("v.yaml", &text, &catalogue.dictionary)
                .unwrap_err()
                .errors;
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert_eq!(errors[0].problem, Problem::Unfilled, "{properties}");
            assert_eq!(
                (errors[0].place.line, errors[0].place.col),
                (2, col),
                "{properties}"
            );
        }
    }

    /// A crossing's own property stated by a vehicle is told (a wrong kind, or a wrong line)
    /// and still read; a property of the item's own kind, or of any kind, is not told.
    #[test]
    fn a_property_of_another_kind_is_a_warning() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        let text = "items:\n  - id: v\n    name: v\n    nation: USA\n    kind: vehicle\n    \
                    properties:\n      crossing_type: bridge\n      mlc: 40\n      \
                    gross_mass: 36 t\n";
        let file = parse("v.yaml", text, &catalogue.dictionary).unwrap();
        let warnings: Vec<String> = file.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            ["v.yaml:7:7: item `v`, property `crossing_type`: warning: `crossing_type` is stated \
              by a crossing, not by a vehicle: it is checked as given, but check the item's kind \
              and the property"]
        );
        assert!(file.items[0].properties.contains_key("crossing_type"));
        let crossing = text.replace("kind: vehicle", "kind: crossing");
        let file = parse("c.yaml", &crossing, &catalogue.dictionary).unwrap();
        let warnings: Vec<String> = file.warnings.iter().map(|w| w.message.clone()).collect();
        assert_eq!(
            warnings,
            ["`gross_mass` is stated by a vehicle or a trailer, not by a crossing: it is checked \
              as given, but check the item's kind and the property"]
        );
    }

    /// An id used twice is a mistake whatever else is wrong with either item: both items'
    /// mistakes are told, the second's id first, in every order.
    #[test]
    fn an_id_used_twice_is_told_beside_other_mistakes() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        let messages = |text: &str| -> Vec<String> {
            parse("d.yaml", text, &catalogue.dictionary)
                .unwrap_err()
                .errors
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        let bad = "  - { id: a, name: a, nation: XYZ, kind: fuel }\n";
        let good = "  - { id: a, name: b, nation: USA, kind: fuel }\n";
        assert_eq!(
            messages(&format!("items:\n{bad}{good}")),
            [
                "d.yaml:2:31: item `a`, field `nation`: `XYZ` is not a STANAG 1059 trigraph",
                "d.yaml:3:11: item `a`, field `id`: duplicate item id `a` (first at line 2)",
            ]
        );
        assert_eq!(
            messages(&format!("items:\n{good}{bad}")),
            [
                "d.yaml:3:11: item `a`, field `id`: duplicate item id `a` (first at line 2)",
                "d.yaml:3:31: item `a`, field `nation`: `XYZ` is not a STANAG 1059 trigraph",
            ]
        );
    }

    /// A file's error count is every error, not the listed ones plus the line that counts the rest.
    #[test]
    fn an_error_count_counts_the_errors_not_listed() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        let items: String = (0..250)
            .map(|i| format!("  - {{ id: i{i}, name: n, nation: USA, kind: nope }}\n"))
            .collect();
        let errors = parse("k.yaml", &format!("items:\n{items}"), &catalogue.dictionary)
            .unwrap_err()
            .errors;
        assert_eq!(errors.len(), MAX_ERRORS_LISTED + 1);
        assert_eq!(
            errors.last().map(|e| &e.problem),
            Some(&Problem::Unlisted(150))
        );
        assert_eq!(error_count(&errors), 250);
        assert_eq!(error_count(&errors[..3]), 3);
    }

    /// A template of more than a hundred empty fields is still a list of what is left to fill
    /// in, counted past the hundredth as such; one mistake among those counted makes it errors.
    #[test]
    fn empty_fields_past_the_listed_ones_are_counted_as_empty_fields() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        let file = |last: &str| {
            let items: String = (0..60)
                .map(|i| format!("  - {{ id: i{i}, name: \"\", nation: \"\", kind: pallet }}\n"))
                .collect();
            format!("items:\n{items}  - {{ id: z, name: n, nation: {last}, kind: pallet }}\n")
        };
        let errors = parse("t.yaml", &file("\"\""), &catalogue.dictionary)
            .unwrap_err()
            .errors;
        assert_eq!(
            errors.last().map(|e| e.problem.to_string()),
            Some("21 more fields left empty from here on are not listed".to_string())
        );
        assert!(errors.iter().all(|e| e.problem.is_unfilled()));
        assert_eq!(error_count(&errors), 121);
        let errors = parse("t.yaml", &file("XYZ"), &catalogue.dictionary)
            .unwrap_err()
            .errors;
        assert_eq!(
            errors.last().map(|e| &e.problem),
            Some(&Problem::Unlisted(21))
        );
    }

    /// A file's warnings are in the order they stand in it: the reading of `62 gr` (line 4),
    /// said once the whole file is read, before the unknown property of line 9 (it came after).
    #[test]
    fn warnings_are_in_file_order() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        let text = "[\n  {\"id\": \"a\", \"name\": \"a\", \"nation\": \"NOR\", \"kind\": \"cartridge\",\n   \"properties\": {\"cartridge\": \"5.56 NATO\",\n     \"bullet_mass\": \"62 gr\"}},\n  {\"id\": \"b\", \"name\": \"b\", \"nation\": \"NOR\", \"kind\": \"cartridge\",\n   \"properties\": {\"cartridge\": \"7.62 NATO\",\n\n\n     \"desgn\": \"M80\"}}\n]\n";
        let read = parse("lab.json", text, &catalogue.dictionary).unwrap();
        let places: Vec<(u32, u32)> = read
            .warnings
            .iter()
            .map(|w| (w.place.line, w.place.col))
            .collect();
        assert_eq!(places, [(4, 21), (9, 6)], "{:?}", read.warnings);
    }

    #[test]
    fn nsn_shapes() {
        assert_eq!(check_nsn("1305-01-234-5678"), Ok("1305-01-234-5678".into()));
        assert_eq!(check_nsn("1305012345678"), Ok("1305-01-234-5678".into()));
        assert!(check_nsn("1305-01-234-567").is_err());
        assert!(check_nsn("13050-1-234-5678").is_err());
        assert!(check_nsn("AB05-01-234-5678").is_err());
        // spaces in the hyphens' places, as some sheets print it
        assert_eq!(check_nsn("9130 99 301 5816"), Ok("9130-99-301-5816".into()));
        assert_eq!(
            check_nsn("913 099 301 5816"),
            Err("the hyphens or spaces are misplaced".into())
        );
    }

    /// A value written otherwise than as read keeps how it was written (trimmed), whether an
    /// alias, another spelling or a figure; only a figure is shown as written and as read, an
    /// alias beside it as the value it names.
    #[test]
    fn a_value_keeps_how_it_was_written_and_a_figure_how_it_was_read() {
        let raw: crate::dictionary::RawDictionary = toml::from_str(
            r#"
            [kind.rack]
            description = "x"
            [property.spacings]
            description = "x"
            type = "list"
            values = ["14 in", "30 in"]
            [property.spacings.value_aliases]
            "short" = "14 in"
            [property.spacing]
            description = "x"
            type = "enum"
            values = ["14 in", "30 in"]
            [property.spacing.value_aliases]
            "long" = "30 in"
            "#,
        )
        .unwrap();
        let mut dictionary = (*crate::catalogue::Catalogue::builtin().unwrap().dictionary).clone();
        dictionary.merge(raw).unwrap();
        let stated = |value: &str| {
            let text = format!("items:\n  - {{ id: a, name: a, nation: DEU, kind: rack, properties: {{ {value} }} }}\n");
            let mut file = parse("t.yaml", &text, &dictionary).unwrap();
            let mut item = file.items.remove(0);
            let name = value.split(':').next().unwrap();
            let stated = item.properties.remove(name).unwrap();
            (
                stated.written.clone(),
                stated.as_read().map(str::to_string),
                stated.reading_note().map(str::to_string),
            )
        };
        let some = |w: &[&str]| Some(w.iter().map(|w| w.to_string()).collect::<Vec<_>>());
        assert_eq!(stated("spacing: 30 in"), (None, None, None));
        assert_eq!(stated("spacing: \" 30IN \""), (some(&["30IN"]), None, None));
        assert_eq!(stated("spacing: long"), (some(&["long"]), None, None));
        assert_eq!(
            stated("spacing: 762 mm"),
            (some(&["762 mm"]), Some("762 mm (= 30 in)".into()), None)
        );
        assert_eq!(
            stated("spacings: [short, 76 cm]"),
            (
                some(&["short", "76 cm"]),
                Some("14 in, 76 cm (≈ 30 in)".into()),
                Some("Read as 30 in only within the precision the value is quoted to: 76 cm means ±0.5 cm, and 30 in is 76.2 cm.".into())
            )
        );
        assert_eq!(
            stated("spacings: [short, 30 in]"),
            (some(&["short", "30 in"]), None, None)
        );
    }
}
