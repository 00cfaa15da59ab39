//! The dictionary: item kinds, test methods, properties (type, canonical unit, aliases, allowed
//! values) and the code lists (STANAG 1059 trigraphs, NCS NCB codes). It turns a written value into
//! a typed one for a property; it decides no verdict.

use crate::catalogue::{Confidence, Text};
use crate::document::Path;
use crate::units::{self, Dimension, Exact, Unit};
use num_traits::{CheckedDiv, CheckedMul, CheckedSub};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What a property holds.
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyType {
    Quantity(&'static Unit),
    Number,
    Integer,
    Text,
    Enum(Vec<String>),
    /// A list; of enum values when the list of values is not empty, else of free text.
    List(Vec<String>),
    Flag,
}

impl PropertyType {
    /// The values an enum or a list of enum values takes (none for any other type).
    pub fn values(&self) -> &[String] {
        match self {
            PropertyType::Enum(values) | PropertyType::List(values) => values,
            _ => &[],
        }
    }

    pub fn name(&self) -> String {
        match self {
            PropertyType::Quantity(u) => format!("{} in {}", u.dimension, u.symbol),
            PropertyType::Number => "number".into(),
            PropertyType::Integer => "integer".into(),
            PropertyType::Text => "text".into(),
            PropertyType::Enum(_) => "enum".into(),
            PropertyType::List(_) => "list".into(),
            PropertyType::Flag => "flag".into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    pub name: String,
    pub description: String,
    pub ty: PropertyType,
    pub aliases: Vec<String>,
    /// May the value be below zero (temperatures, offsets)?
    pub negative: bool,
    /// Are values compared as written, case and spaces and all (XML names, URNs)? Otherwise
    /// words are compared ignoring case and spaces, and enum values found by any spelling.
    pub exact: bool,
    /// The kinds of item that state it (a bridge's class for tracked vehicles is a crossing's);
    /// empty when any kind may.
    pub kinds: Vec<String>,
    /// For a voltage: `"AC"` or `"DC"` when the property is one of them, so that a figure
    /// written `115 VDC` is not taken for an AC voltage.
    pub current: Option<&'static str>,
    /// For an enum: the enum property whose value data sheets write right after this one's, as
    /// one code (`1.1D`: hazard division 1.1 and compatibility group D), so that such a code is
    /// told as the two properties to write ([`Dictionary::as_two_values`]).
    pub code_with: Option<String>,
    /// For a mass: a rated load (a tie-down ring's rating), which sheets give as a mass or as
    /// its weight, a force (`33.4 kN`, `750 daN`), read as a mass by standard gravity.
    pub rated_load: bool,
    /// For a figure with a unit: figures that stand for another, nominal one (a vehicle's
    /// `28 V` bus, MIL-STD-1275's, is its 24 V nominal battery system), each with its source;
    /// a figure that names one is read as its nominal ([`Property::nominal_of`]).
    pub nominal: Vec<Nominal>,
    /// For an enum: what a value requires of another enum property, as the catalogue's
    /// mandatory requirements say (`2b` of `mine_level`: `mine_location` `under the centre`),
    /// each (property, value); filled when a catalogue is made, to tell which value a figure
    /// without its letter means ([`Property::lettered`]).
    pub implies: BTreeMap<String, Vec<(String, String)>>,
    /// For an enum: values of other properties that the catalogue's standards name in the
    /// conditions of their requirements, and which select by this one (STANAG 4172, of the
    /// cartridge `5.56x45mm NATO`, weighs the bullet of the design `M855`), by the word's
    /// key: what tells a sheet that writes `cartridge: M855` the property it meant. Filled
    /// when a catalogue is made.
    pub named_by: BTreeMap<String, Vec<NamedBy>>,
    /// For a text: its value is bytes in hex (a KLV key), read in either case, with or
    /// without spaces, and held as the catalogue writes them: capitals, bytes apart
    /// (`06 0E 2B 34`) ([`hex_bytes`]).
    pub bytes: bool,
    /// For a number or an integer: the unit its figure is counted in, where sheets write one
    /// (`symbol_rate`, in Bd: `2400`, `2400 baud` and `2.4 kBd` are all 2400). A figure with
    /// no unit is read as in it, one in another unit of its dimension converted to it.
    pub counted_in: Option<&'static Unit>,
    /// For a plain number (no unit): how it holds a share, where one is written as one in so
    /// many (`1 in 1,000,000`, `1:4`): the dictionary's `ratio`, and [`Ratio::Fraction`] where it
    /// says none. `None` for any other property.
    pub ratio: Option<Ratio>,
    /// normalised spelling → canonical value, for enums and lists
    value_keys: BTreeMap<String, String>,
}

/// A value of another property a standard names ([`Property::named_by`]).
#[derive(Debug, Clone, PartialEq)]
pub struct NamedBy {
    /// The property the word is a value of, as the standard's condition names it (`design`).
    pub property: String,
    /// The word as the standard writes it (`M855`).
    pub word: String,
    /// The standard's id (`STANAG 4172`).
    pub standard: String,
    /// This property's values the standard applies to (`5.56x45mm NATO`).
    pub selects: Vec<String>,
}

/// What [`Property::canonical_value`] says after a value of `property` that is a word of
/// another property that standards name (`named`, not empty): `: `M855` is a design, as
/// STANAG 4172 names it: write it as `design: M855`, and cartridge as `5.56x45mm NATO``.
fn named_elsewhere(written: &str, property: &str, named: &[NamedBy]) -> String {
    let quoted = |values: &[String]| {
        let values: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
        crate::suggest::or_listed(&values)
    };
    let mut said = String::new();
    for (at, n) in named.iter().enumerate() {
        let then = if at == 0 { ":" } else { "; or" };
        said.push_str(&format!(
            "{then} {}, and {property} as {}",
            named_as(written, n),
            quoted(&n.selects)
        ));
    }
    said
}

/// `` `M855` is a design, as STANAG 4172 names it: write it as `design: M855` ``.
fn named_as(written: &str, n: &NamedBy) -> String {
    format!(
        "`{written}` is {}, as {} names it: write it as `{}: {}`",
        crate::suggest::a_or_an(&n.property.replace('_', " ")),
        n.standard,
        n.property,
        n.word
    )
}

/// How a plain number holds a share (the dictionary's `ratio`): what one written as one in so
/// many (`1 in 1,000,000`, `1:4`) is told to be written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ratio {
    /// As a decimal fraction, 1 for the whole (a probability: `0.000001`). A plain number whose
    /// dictionary entry says no `ratio` holds a share so.
    Fraction,
    /// In percent, 100 for the whole (a duty cycle: `25`).
    Percent,
}

impl Ratio {
    /// The words of the dictionary's `ratio`.
    pub const WORDS: [(&'static str, Ratio); 2] =
        [("fraction", Ratio::Fraction), ("percent", Ratio::Percent)];
}

/// A figure that stands for another, nominal one: `28 V` for the 24 V nominal battery system
/// whose bus it is (`[[property.system_voltage.nominal]]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Nominal {
    /// The figure as sheets state it (`28 V`), in the property's unit.
    pub stated: Scalar,
    /// The nominal figure it stands for (`24 V`), in the property's unit.
    pub nominal: Scalar,
    /// What a verdict says of a figure read so (`a MIL-STD-1275 bus: the 24 V nominal battery
    /// system`): it names the nominal figure.
    pub reading: Text,
    pub source: Text,
    pub confidence: Confidence,
}

impl Nominal {
    /// The note a verdict on a figure read so carries: what it was read as, and on whose word.
    pub fn note(&self, written: &str) -> String {
        format!(
            "Read {written} as {}: {} ({}: {}).",
            self.nominal.written,
            self.source,
            self.confidence.tag(),
            self.confidence.meaning()
        )
    }
}

impl Property {
    /// Whether an item of `kind` is one that states this property.
    pub fn is_for(&self, kind: &str) -> bool {
        self.kinds.is_empty() || self.kinds.iter().any(|k| k == kind)
    }
}

/// A figure for a property: exact, in its canonical unit, with the precision it was written with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scalar {
    pub value: Exact,
    pub half_unit: Exact,
    /// As written ("2.260 in").
    pub written: Text,
}

/// Why a written value does not fit a property.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ValueError {
    #[error(transparent)]
    Quantity(#[from] units::QuantityError),
    #[error(transparent)]
    Conversion(#[from] units::ConversionError),
    /// A text of hex bytes ([`Property::bytes`]) that is not one.
    #[error("`{written}` is not bytes in hex: write each byte as two hex digits, 0-9 and A-F (`06 0E 2B 34 …`)")]
    NotBytes { written: String },
    #[error("{written} is negative; {property} cannot be below zero")]
    Negative { written: String, property: String },
    #[error(
        "{written} is below absolute zero (0 K, -273.15 °C, -459.67 °F); no {property} can be"
    )]
    BelowAbsoluteZero { written: String, property: String },
    #[error("{written} is negative; a tolerance is a size, never below zero")]
    NegativeTolerance { written: String },
    #[error("{written} is {said}; {property} is {is}")]
    Current {
        written: String,
        said: &'static str,
        property: String,
        is: &'static str,
    },
    /// `1:12`: a twist whose length has no unit; `length` is the user's (`12`, or `7` where the
    /// figure is no one turn) and `mm` that many inches in millimetres.
    #[error("{written} gives no unit for {property}'s length: write it as `1 in {length} in` or `1:{length} in` (one turn in {length} inches), or as the length itself (`{mm} mm`)")]
    RatioWithoutUnit {
        written: String,
        property: String,
        length: String,
        mm: String,
    },
    /// `1/7 in` of a twist: one turn in 7 inches written as a fraction of an inch.
    #[error("{written} writes {property}'s length as a fraction, which reads as 1/{length} of an inch: write it as `1 in {length} in` or `1:{length} in` (one turn in {length} inches), or as the length itself (`{mm} mm`)")]
    TwistAsFraction {
        written: String,
        property: String,
        length: String,
        mm: String,
    },
    /// `2268,5` for a mass: a decimal comma, and no unit.
    #[error("`{written}` writes a decimal comma and has no unit: write {plain} with its unit; {property} is {} (e.g. in {example})", .dimension.with_article())]
    DecimalCommaNoUnit {
        written: String,
        plain: String,
        property: String,
        dimension: Dimension,
        example: &'static str,
    },
    /// `1 in 1,000,000`, `1:1000000`, `1/1000000` of a plain number (a probability, a rate):
    /// one in so many, with the decimal to write.
    #[error("`{written}` is {what}: {property} is {holds}; write {plain}")]
    OneInSoMany {
        written: String,
        /// `a ratio` or `a fraction`
        what: &'static str,
        property: String,
        /// what the property holds: a fraction, or a figure in percent
        holds: &'static str,
        plain: String,
    },
    /// `2400 baud` of a data rate.
    #[error("{written} is a symbol rate: a baud is one symbol per second, not one bit, and a symbol may carry several bits (8-PSK carries 3); give {property} in {unit}")]
    SymbolsNotBits {
        written: String,
        property: String,
        unit: &'static str,
    },
    /// `2400 bit/s` of a symbol rate; `one_bit` is the count it would be of symbols that each
    /// carry one bit (`2400`), where that is a whole number.
    #[error("{written} is a data rate: {property} counts symbols, and a baud is one symbol per second, not one bit (a symbol may carry several: 8-PSK carries 3); give {property} in Bd, the data rate divided by the bits a symbol carries{}", .one_bit.as_ref().map(|n| format!(" (`{n} Bd` if each carries one)")).unwrap_or_default())]
    BitsNotSymbols {
        written: String,
        property: String,
        one_bit: Option<String>,
    },
    #[error("{written} has a unit; {property} is a plain number")]
    UnexpectedUnit { written: String, property: String },
    /// `MLC 16` of `mlc`: the property's name (or an alias) written before its figure.
    #[error("`{written}` names {property} before its figure: write the figure alone, {figure}")]
    NamedBeforeFigure {
        written: String,
        property: String,
        figure: String,
    },
    #[error("{written} is not a whole number; {property} is an integer")]
    NotInteger { written: String, property: String },
    #[error("`{written}` is not a value of {property} (expected one of: {allowed}){after}")]
    NotAllowed {
        written: String,
        property: String,
        allowed: String,
        /// Why a figure near a value does not name it (`: it is 0.4 mm from 14 in …`, see
        /// [`near_miss`]), and a did-you-mean.
        after: String,
    },
    /// `1.1D`: two properties' values written as one code.
    #[error("{0}")]
    TwoValues(Box<TwoValues>),
    #[error("{property} expects {expected}, found {found}")]
    WrongType {
        property: String,
        expected: String,
        found: String,
    },
}

impl ValueError {
    /// Whether the mistake is in the unit rather than the number: a figure written as
    /// `{ value, unit }` places it at its `unit`.
    pub fn is_about_unit(&self) -> bool {
        use units::{ConversionError, QuantityError};
        matches!(
            self,
            ValueError::Quantity(
                QuantityError::UnknownUnit { .. }
                    | QuantityError::CaseMatters { .. }
                    | QuantityError::Ambiguous { .. }
                    | QuantityError::TwoFigures { .. }
                    | QuantityError::PartsNotOne { .. }
                    | QuantityError::LineMarked { .. }
                    | QuantityError::PressureMarked { .. }
                    | QuantityError::MethodMarked { .. }
                    | QuantityError::OtherQuantity { .. }
                    | QuantityError::Airspeed { .. }
                    | QuantityError::WaterMass { .. }
                    | QuantityError::WithConversion { .. }
            ) | ValueError::Conversion(ConversionError::WrongDimension { .. })
                | ValueError::UnexpectedUnit { .. }
                | ValueError::SymbolsNotBits { .. }
                | ValueError::BitsNotSymbols { .. }
                | ValueError::Current { .. }
        )
    }
}

/// Two properties' values written as one code (`1.1D`), with the two to write.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("`{written}` writes {property} {value} and {other} {other_value} as one code: write them as two properties, `{property}: {value}` and `{other}: {other_value}`")]
pub struct TwoValues {
    pub written: String,
    pub property: String,
    pub value: String,
    pub other: String,
    pub other_value: String,
}

/// A decimal comma's error of `written`, a figure with its unit (`2268,5 kg`), told of the
/// whole figure and with the whole figure to write (`2268.5 kg`), where that is a figure read;
/// any other error as it is.
pub fn with_unit(written: &str, e: units::NumberError) -> units::NumberError {
    let units::NumberError::DecimalComma {
        written: number,
        plain,
        points_group,
    } = e
    else {
        return e;
    };
    match whole_figure(written, &plain) {
        Some(figure) => units::NumberError::DecimalComma {
            written: written.trim().to_string(),
            plain: figure,
            points_group,
        },
        None => units::NumberError::DecimalComma {
            written: number,
            plain,
            points_group,
        },
    }
}

/// `written` (`2268,5 kg`) with `plain`, the number to write, in place of its number
/// (`2268.5 kg`), where that is a figure read.
fn whole_figure(written: &str, plain: &str) -> Option<String> {
    let written = written.trim();
    // the number: digits, its marks and spaces, a sign, an exponent (`2,2685e3`)
    let mut chars = written.char_indices().peekable();
    let mut end = written.len();
    while let Some((at, c)) = chars.next() {
        let exponent = matches!(c, 'e' | 'E')
            && chars
                .peek()
                .is_some_and(|&(_, n)| n.is_ascii_digit() || matches!(n, '-' | '+'));
        let number = c.is_ascii_digit()
            || matches!(c, ',' | '.' | '-' | '+' | '−' | '\'')
            || c.is_whitespace()
            || exponent;
        if !number {
            end = at;
            break;
        }
    }
    let unit = written.get(end..)?.trim();
    if unit.is_empty() {
        return None;
    }
    let figure = format!("{plain} {unit}");
    units::parse_written(&figure).ok().map(|_| figure)
}

/// Whether a voltage's unit says AC or DC (`VDC`, `V AC`, `V rms`, which is AC).
fn current_of(unit: &str) -> Option<&'static str> {
    let bare: String = unit
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase();
    if bare.ends_with("VDC") {
        Some("DC")
    } else if bare.ends_with("VAC") || bare.ends_with("VRMS") {
        Some("AC")
    } else {
        None
    }
}

/// What follows the figure in `1:7` or `1 in 7`: a ratio's second number, with no unit.
fn bare_ratio(unit: &str) -> bool {
    let rest = unit
        .strip_prefix(':')
        .or_else(|| unit.strip_prefix("in "))
        .map(str::trim);
    rest.is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

/// A figure written with a power of ten that is not read as it stands (`10^-6`, `10⁻⁶` with no
/// figure before it; `10-6`, `1×10-6` with the superscript lost, of one digit, where `10-20` is
/// a range): what it is, and its value, read
/// as the power of ten written in full is (`1×10^-6`).
fn with_power_of_ten(text: &str) -> Option<(&'static str, Exact)> {
    let lost = ["10-", "10−"].into_iter().find_map(|mark| {
        let (head, power) = text.rsplit_once(mark)?;
        let head = head.trim_end();
        // (one digit: `10-20` is a range, from 10 to 20)
        (power.len() == 1
            && power.chars().all(|c| c.is_ascii_digit())
            && (head.is_empty() || head.ends_with(['×', 'x', 'X', '*', '·'])))
        .then(|| format!("{head}10^-{power}"))
    });
    let full = lost.as_deref().unwrap_or(text);
    let alone = full.starts_with("10");
    let read = units::parse_written(&if alone {
        format!("1×{full}")
    } else {
        full.to_string()
    })
    .ok()
    .filter(|read| read.unit_text.is_empty())?;
    let what = match (lost.is_some(), alone) {
        (true, true) => "a power of ten with its superscript lost",
        (true, false) => "a figure times a power of ten with its superscript lost",
        (false, _) => "a power of ten",
    };
    Some((what, read.number.value))
}

/// The power of ten a ratio's whole is written with (`1 in 10^40`, `1:10⁴⁰`), where that is past
/// the figures read exactly, told as such.
fn power_past_read(written: &str) -> Option<units::QuantityError> {
    let (_, whole) = [" in ", ":", "/"]
        .into_iter()
        .find_map(|mark| written.trim().split_once(mark))?;
    match units::parse_written(whole.trim()) {
        Err(
            past @ units::QuantityError::PowerOfTen {
                readable: false, ..
            },
        ) => Some(past),
        _ => None,
    }
}

/// A count written in words (`a million`, `one`, `ten thousand`, `1 million`), or in figures
/// (`1,000,000`, `10^6`, `10⁶`): its value, and whether words were read. `billion` is not read:
/// a thousand million on one nation's sheet, a million million on an older other's.
fn count_in_words(text: &str) -> Option<(Exact, bool)> {
    if let Ok(figure) = units::parse_decimal(text) {
        return Some((figure.value, false));
    }
    // `10^6`, `10⁶`
    if let Some(read) = units::parse_written(&format!("1×{text}"))
        .ok()
        .filter(|read| text.starts_with("10") && read.unit_text.is_empty())
    {
        return Some((read.number.value, false));
    }
    let mut value = Exact::from_integer(1);
    let mut words = false;
    for (at, token) in text.split_whitespace().enumerate() {
        let factor = match token.to_lowercase().as_str() {
            "a" | "an" | "one" if at == 0 => 1,
            "ten" => 10,
            "hundred" => 100,
            "thousand" => 1000,
            "million" => 1_000_000,
            _ => {
                value = value.checked_mul(&units::parse_decimal(token).ok()?.value)?;
                continue;
            }
        };
        words = true;
        value = value.checked_mul(&Exact::from_integer(factor))?;
    }
    words.then_some((value, true))
}

/// A figure written as one in so many (`1 in 1,000,000`, `1:1000000`, `1/1000000`, in words
/// `one in a million`) or with a power of ten (`10^-6`, `10⁻⁶`, `10-6`) of a plain number that
/// is a fraction, or in percent where its `ratio` says so (`slot_duty_cycle`):
/// what it is (`a ratio`, or `a fraction` of one written with a slash), what the property holds,
/// and the figure to write, with its power of ten beside a small one (`0.000001 (or 1e-6)`); a
/// ratio that is no decimal is to be written to the digits its source gives, the first few shown.
/// None of these is read as its value: a figure read from words or a lost superscript is the
/// user's to confirm, by writing it.
fn one_in_so_many(written: &str, ratio: Ratio) -> Option<(&'static str, &'static str, String)> {
    let text = written.trim();
    let (what, part, whole, a, b) = match with_power_of_ten(text) {
        Some((what, value)) => (what, text, "1", value, Exact::from_integer(1)),
        None => {
            let (what, (part, whole)) =
                [(" in ", "a ratio"), (":", "a ratio"), ("/", "a fraction")]
                    .into_iter()
                    .find_map(|(mark, what)| Some((what, text.split_once(mark)?)))?;
            let (part, whole) = (part.trim(), whole.trim());
            let (a, part_words) = match part.to_lowercase().as_str() {
                "one" | "a" => (Exact::from_integer(1), true),
                _ => (units::parse_decimal(part).ok()?.value, false),
            };
            let (b, whole_words) = count_in_words(whole)?;
            let what = if (part_words || whole_words) && what == "a ratio" {
                "a ratio in words"
            } else if part_words || whole_words {
                return None;
            } else {
                what
            };
            (what, part, whole, a, b)
        }
    };
    let zero = Exact::from_integer(0);
    if a < zero || b <= zero {
        return None;
    }
    let percent = ratio == Ratio::Percent;
    let (holds, scale, as_what) = if percent {
        ("a plain number, in percent", 100, "a percentage")
    } else {
        ("a plain number, the fraction as a decimal", 1, "a decimal")
    };
    let value = a
        .checked_div(&b)?
        .checked_mul(&Exact::from_integer(scale))?;
    // finer than 18 places (`10^-19`, `1 in 10^20`): the power of ten alone, as writing it out
    // would take twenty digits and more
    if let Some(places) =
        power_of_ten(*value.denom()).filter(|&k| k > 18 && value < Exact::from_integer(1))
    {
        let digits = value.numer().to_string();
        let (first, rest) = digits.split_at(1);
        let rest = rest.trim_end_matches('0');
        let point = if rest.is_empty() { "" } else { "." };
        // (a fraction below one has fewer digits than its places)
        let exponent = places.checked_sub(u32::try_from(digits.len()).ok()?.checked_sub(1)?)?;
        return Some((what, holds, format!("{first}{point}{rest}e-{exponent}")));
    }
    // digits after the point before the first that is not 0 (none for 1 or more)
    // (to 18 places: `10^-18` is written out)
    let fixed = units::format_exact(&value, 18);
    let zeros = fixed
        .strip_prefix("0.")
        .map_or(0, |d| d.chars().take_while(|&c| c == '0').count());
    if 10i128.pow(18) % value.denom() != 0 {
        let about = units::format_exact(&value, u32::try_from(zeros).ok()? + 3);
        let times = if percent { " × 100" } else { "" };
        return Some((
            what,
            holds,
            format!(
                "{part} ÷ {whole}{times} as {as_what}, to the digits its source gives (about {about})"
            ),
        ));
    }
    let power = (zeros >= 3)
        .then(|| fixed.strip_prefix("0.")?.get(zeros..))
        .flatten()
        .map(|digits| {
            let (first, rest) = digits.split_at(1);
            let point = if rest.is_empty() { "" } else { "." };
            format!(" (or {first}{point}{rest}e-{})", zeros + 1)
        });
    Some((what, holds, format!("{fixed}{}", power.unwrap_or_default())))
}

/// `10^k`'s `k`, of a denominator that is a power of ten.
fn power_of_ten(mut denominator: i128) -> Option<u32> {
    let mut k = 0;
    while denominator > 1 && denominator % 10 == 0 {
        denominator /= 10;
        k += 1;
    }
    (denominator == 1).then_some(k)
}

/// The length of one turn of a twist written as a bare ratio (`1:12`, `1 in 12`; `unit` is what
/// follows the first figure), as written: `12`. None of a ratio that is no one turn (`2:14`).
fn one_turn_length<'u>(written: &str, unit: &'u str) -> Option<&'u str> {
    let one_turn = written
        .trim()
        .strip_suffix(unit)
        .is_some_and(|turns| turns.trim() == "1");
    unit.strip_prefix(':')
        .or_else(|| unit.strip_prefix("in "))
        .map(str::trim)
        .filter(|_| one_turn)
}

/// A twist's length of one turn in inches, as written, and in whole millimetres: `12` and
/// `305`. Of none (a ratio that is no one turn), or one too long to read, the example of 7
/// inches.
fn twist_length(length: Option<&str>) -> (String, String) {
    length
        .and_then(|length| {
            let inches = units::parse_decimal(length).ok()?.value;
            let mm = inches.checked_mul(&Exact::new(254, 10))?;
            Some((length.to_string(), units::format_exact(&mm, 0)))
        })
        .unwrap_or_else(|| ("7".to_string(), "178".to_string()))
}

/// A test method's name without case, spacing or punctuation: `EPVAT` is `epvat`, `CIP-piezo` is
/// `C.I.P. piezo`. Marks or spaces between two digits are one separator, whichever they are:
/// `SCATP 5,56` and `TM 43–0001–27` are the methods, but `SCATP-5.56` is not `SCATP-55.6`, nor
/// `TM-43-0001-27` `TM 4300-01-27`.
fn method_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    let mut after_digit = false;
    let mut gap = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if gap && after_digit && c.is_ascii_digit() {
                key.push('|');
            }
            key.extend(c.to_lowercase());
            after_digit = c.is_ascii_digit();
            gap = false;
        } else {
            gap = true;
        }
    }
    key
}

/// `name` in lower case where that is another text, for looking up a name as written and then
/// in lower case: a name already in lower case (most are) is not copied and looked up again.
fn lowered(name: &str) -> Option<String> {
    if name.is_ascii() {
        return name
            .bytes()
            .any(|b| b.is_ascii_uppercase())
            .then(|| name.to_ascii_lowercase());
    }
    let lower = name.to_lowercase();
    (lower != name).then_some(lower)
}

/// "5.56×45 mm NATO" and "5.56x45mm nato" are the same enum value, and so are "F–34" (an en
/// dash) and "F-34".
pub fn value_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    if text.is_ascii() {
        // (the same as `value_key_chars`, a byte at a time: most values are ASCII)
        key.extend(
            text.bytes()
                .filter(|b| !char::from(*b).is_whitespace())
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
    } else {
        key.extend(value_key_chars(text));
    }
    key
}

/// The most characters of a value a repeated message quotes: a limit beside every verdict, a
/// pair's reason.
pub const QUOTED_CHARS: usize = 80;

/// `text` cut after `chars` characters, with "…" to say so: what a message quotes of a value is
/// bounded when the message is repeated for every item or every pair.
pub fn shortened(text: &str, chars: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(chars) {
        Some((at, _)) => format!("{}…", &text[..at]).into(),
        None => text.into(),
    }
}

/// The characters of [`value_key`], for comparing two keys without building either.
pub fn value_key_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '×' => 'x',
            // a word processor's hyphens and dashes in a code (`F–34`, `F‑34`: an en dash, a
            // non-breaking hyphen), which look like the hyphen the value is written with
            '\u{2010}'..='\u{2013}' | '\u{2212}' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
}

impl Property {
    pub fn dimension(&self) -> Option<Dimension> {
        match self.ty {
            PropertyType::Quantity(u) => Some(u.dimension),
            _ => None,
        }
    }

    /// A figure ("57.40 mm", "0.840", "12") for a quantity, number or integer property.
    pub fn parse_scalar(&self, written: &str) -> Result<Scalar, ValueError> {
        self.read_figure(written, false)
    }

    /// A tolerance of this property ("±0.5 mm" without the sign): a difference of two values,
    /// converted without the scales' offsets (2 °F is 10/9 K) and never negative.
    pub fn parse_tolerance(&self, written: &str) -> Result<Scalar, ValueError> {
        self.read_figure(written, true)
    }

    /// The length of a twist written as one turn in so many (`1 in 7`, and where the property
    /// is a twist, as its name or an alias says, `1/7 in`, `1/7"`), of a length property.
    fn twist_written_as_ratio<'w>(&self, written: &'w str) -> Option<&'w str> {
        if !matches!(self.ty, PropertyType::Quantity(u) if u.dimension == Dimension::Length) {
            return None;
        }
        let written = written.trim();
        let digits = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.');
        if let Some(length) = written
            .strip_prefix("1 in ")
            .map(str::trim)
            .filter(|l| digits(l))
        {
            return Some(length);
        }
        let twist = std::iter::once(&self.name)
            .chain(&self.aliases)
            .any(|n| n.contains("twist"));
        let fraction = written.strip_prefix("1/")?;
        let length = fraction
            .strip_suffix("in")
            .or_else(|| fraction.strip_suffix('"'))?
            .trim();
        (twist && digits(length)).then_some(length)
    }

    /// The figure of `MLC 16` (`16`) where what is before it is this property's name or one of
    /// its aliases, in any case and spacing (`mlc`, `MLC`, `Max Speed` of `max_speed`).
    fn figure_after_own_name<'w>(&self, written: &'w str) -> Option<&'w str> {
        let (name, figure) = written.trim().rsplit_once(char::is_whitespace)?;
        let key = |text: &str| -> String {
            text.split(|c: char| c.is_whitespace() || c == '_' || c == '-')
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
                .join(" ")
        };
        let name = key(name.trim_end_matches(':'));
        let own =
            std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str));
        (units::parse_decimal(figure).is_ok() && own.map(key).any(|k| k == name)).then_some(figure)
    }

    fn read_figure(&self, written: &str, tolerance: bool) -> Result<Scalar, ValueError> {
        // the unit a figure is read in: a quantity's, or the one a count is counted in
        let own_unit = match self.ty {
            PropertyType::Quantity(unit) => Some(unit),
            _ => self.counted_in,
        };
        let parsed = units::parse_written(written).map_err(|e| {
            // `1 in 1,000,000` of a probability: the fraction to write
            let one_in = self
                .ratio
                .filter(|_| own_unit.is_none())
                .and_then(|ratio| one_in_so_many(written, ratio));
            if let Some((what, holds, plain)) = one_in {
                return ValueError::OneInSoMany {
                    written: written.trim().to_string(),
                    what,
                    property: self.name.clone(),
                    holds,
                    plain,
                };
            }
            // `1 in 10^40`: told as its power of ten past what is read (not as a figure `1 in`
            // and `10` in an unknown unit `^40`)
            if let Some(past) = self
                .ratio
                .filter(|_| own_unit.is_none())
                .and_then(|_| power_past_read(written))
            {
                return ValueError::Quantity(past);
            }
            // `1 in 7` (no unit), and of a twist, `1/7 in`: one turn in so many inches, which
            // a decimal would make a length of a seventh of an inch
            if let Some(length) = self.twist_written_as_ratio(written) {
                let (length, mm) = twist_length(Some(length));
                let (written, property) = (written.trim().to_string(), self.name.clone());
                return match written.starts_with("1/") {
                    true => ValueError::TwistAsFraction {
                        written,
                        property,
                        length,
                        mm,
                    },
                    false => ValueError::RatioWithoutUnit {
                        written,
                        property,
                        length,
                        mm,
                    },
                };
            }
            if let Some(figure) = self.figure_after_own_name(written) {
                return ValueError::NamedBeforeFigure {
                    written: written.trim().to_string(),
                    property: self.name.clone(),
                    figure: figure.to_string(),
                };
            }
            match (e, &self.ty, own_unit) {
                // a unit of this property's dimension, or no suggestion: another dimension's
                // spelling would only be refused next
                // a twist written as a bare ratio, `1:7` or `1 in 7`: the length's unit is missing
                (units::QuantityError::UnknownUnit { unit, .. }, PropertyType::Quantity(to), _)
                    if to.dimension == Dimension::Length && bare_ratio(&unit) =>
                {
                    let (length, mm) = twist_length(one_turn_length(written, &unit));
                    ValueError::RatioWithoutUnit {
                        written: written.trim().to_string(),
                        property: self.name.clone(),
                        length,
                        mm,
                    }
                }
                // `90 kVAr` of a GPU's rating in kVA: a reactive power, told with what to write
                // (the rating's own units), not asked whether it meant `kVA`
                (
                    units::QuantityError::OtherQuantity {
                        unit,
                        quantity: units::REACTIVE_POWER,
                        of: None,
                    },
                    _,
                    Some(to),
                ) if matches!(to.dimension, Dimension::ApparentPower | Dimension::Power) => {
                    ValueError::Quantity(units::QuantityError::OtherQuantity {
                        unit,
                        quantity: units::REACTIVE_POWER,
                        of: Some((self.name.clone(), to.dimension)),
                    })
                }
                // `KN` of a force: `kN`, not the knot too
                (units::QuantityError::CaseMatters { unit, other }, _, Some(to)) => {
                    ValueError::Quantity(units::QuantityError::CaseMatters {
                        other: units::Unit::case_clash_of(&unit, to.dimension).unwrap_or(other),
                        unit,
                    })
                }
                (units::QuantityError::UnknownUnit { unit, .. }, _, Some(to)) => {
                    ValueError::Quantity(units::QuantityError::UnknownUnit {
                        suggestion: units::Unit::suggest_of(&unit, to.dimension)
                            .map(str::to_string),
                        unit,
                    })
                }
                // a count or a plain number has no unit at all: "12 pins" is not "12 mins" misspelt
                // (a word after the figure; other marks, as in a ratio "1:4", are told as they are)
                (
                    units::QuantityError::UnknownUnit { unit, .. },
                    PropertyType::Number | PropertyType::Integer,
                    None,
                ) if unit
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphabetic() || matches!(c, '%' | '‰' | '°')) =>
                {
                    ValueError::UnexpectedUnit {
                        written: written.trim().to_string(),
                        property: self.name.clone(),
                    }
                }
                (
                    units::QuantityError::CaseMatters { .. }
                    | units::QuantityError::Ambiguous { .. }
                    | units::QuantityError::OtherQuantity { .. }
                    | units::QuantityError::Airspeed { .. },
                    PropertyType::Number | PropertyType::Integer,
                    None,
                ) => ValueError::UnexpectedUnit {
                    written: written.trim().to_string(),
                    property: self.name.clone(),
                },
                // `mlc: 40,5`: no whole number, however its comma is read
                (
                    units::QuantityError::Number(units::NumberError::DecimalComma {
                        written: number,
                        plain,
                        ..
                    }),
                    PropertyType::Integer,
                    _,
                ) if !units::parse_decimal(plain.as_str()).is_ok_and(|d| d.value.is_integer())
                // (a count in a unit may be whole in the unit it is counted in: `2,4 kBd`)
                && (own_unit.is_none() || number == written.trim()) =>
                {
                    ValueError::NotInteger {
                        written: format!("{number} ({plain}, with a decimal comma)"),
                        property: self.name.clone(),
                    }
                }
                // `max_store_mass = 2268,5`: a bare TOML or JSON number, which gives no unit either
                (
                    units::QuantityError::Number(units::NumberError::DecimalComma {
                        written: number,
                        plain,
                        points_group,
                    }),
                    PropertyType::Quantity(to),
                    _,
                ) => {
                    if number == written.trim() {
                        ValueError::DecimalCommaNoUnit {
                            written: number,
                            plain,
                            property: self.name.clone(),
                            dimension: to.dimension,
                            example: to.symbol,
                        }
                    } else {
                        ValueError::Quantity(units::QuantityError::Number(with_unit(
                            written,
                            units::NumberError::DecimalComma {
                                written: number,
                                plain,
                                points_group,
                            },
                        )))
                    }
                }
                // `2,4 kBd`: the whole figure to write
                (
                    units::QuantityError::Number(e),
                    PropertyType::Number | PropertyType::Integer,
                    Some(_),
                ) => ValueError::Quantity(units::QuantityError::Number(with_unit(written, e))),
                (e, _, _) => ValueError::Quantity(e),
            }
        })?;
        // (looked at only for a property of one kind of current: figures are read by the thousand)
        if let Some((said, is)) = self
            .current
            .and_then(|is| current_of(&parsed.unit_text).map(|said| (said, is)))
        {
            if said != is {
                return Err(ValueError::Current {
                    written: parsed.text,
                    said: if said == "AC" {
                        "an AC voltage"
                    } else {
                        "a DC voltage"
                    },
                    property: self.name.clone(),
                    is: if is == "AC" {
                        "an AC voltage"
                    } else {
                        "a DC voltage"
                    },
                });
            }
        }
        if tolerance && parsed.number.value < Exact::from_integer(0) {
            return Err(ValueError::NegativeTolerance {
                written: parsed.text,
            });
        }
        let (value, half_unit) = match (&self.ty, parsed.unit, self.counted_in) {
            // `2400 baud` of a data rate: symbols, which may carry several bits each
            (PropertyType::Quantity(unit), Some(written_in), _)
                if unit.dimension == Dimension::DataRate
                    && written_in.dimension == Dimension::SymbolRate =>
            {
                return Err(ValueError::SymbolsNotBits {
                    written: parsed.text,
                    property: self.name.clone(),
                    unit: unit.symbol,
                });
            }
            (PropertyType::Quantity(unit), _, _) => {
                let q = if tolerance {
                    parsed.to_span(unit, &self.name)
                } else {
                    parsed.to_quantity(unit, &self.name)
                };
                // a rated load given as a force: the mass whose weight it is (no offsets: a
                // tolerance alike)
                let q = match q {
                    Err(e) if self.rated_load => parsed.weight_as_mass(unit).ok_or(e)?,
                    q => q?,
                };
                // a temperature, not a difference of two: none is below absolute zero (a K
                // written for a °C, "-40 K", would otherwise pass a freezing point)
                let below_absolute_zero = !tolerance
                    && unit.dimension == Dimension::Temperature
                    && unit
                        .to_base(&q.value)
                        .is_some_and(|kelvin| kelvin < Exact::from_integer(0));
                if below_absolute_zero {
                    return Err(ValueError::BelowAbsoluteZero {
                        written: parsed.text,
                        property: self.name.clone(),
                    });
                }
                (q.value, q.half_unit)
            }
            // `2400 bit/s` of a symbol rate: bits, of which a symbol may carry several
            (PropertyType::Number | PropertyType::Integer, Some(written_in), Some(counted_in))
                if counted_in.dimension == Dimension::SymbolRate
                    && written_in.dimension == Dimension::DataRate =>
            {
                // (the figure in bit/s: as many baud where each symbol carries one bit)
                let one_bit = Unit::find("bit/s")
                    .and_then(|bits| written_in.convert(&parsed.number.value, bits))
                    .filter(Exact::is_integer)
                    .map(|n| units::format_exact(&n, 0));
                return Err(ValueError::BitsNotSymbols {
                    written: parsed.text,
                    property: self.name.clone(),
                    one_bit,
                });
            }
            // a count written in a unit of the one it is counted in (`2.4 kBd`), converted; an
            // integer is then exact, as it is with no unit
            (PropertyType::Number | PropertyType::Integer, Some(_), Some(counted_in)) => {
                let q = if tolerance {
                    parsed.to_span(counted_in, &self.name)
                } else {
                    parsed.to_quantity(counted_in, &self.name)
                }?;
                match self.ty {
                    PropertyType::Integer if !q.value.is_integer() => {
                        return Err(ValueError::NotInteger {
                            written: if parsed.unit == Some(counted_in) {
                                parsed.text
                            } else {
                                format!(
                                    "{} (= {} {})",
                                    parsed.text,
                                    units::format_exact(&q.value, 6),
                                    counted_in.symbol
                                )
                            },
                            property: self.name.clone(),
                        })
                    }
                    PropertyType::Integer => (q.value, Exact::from_integer(0)),
                    _ => (q.value, q.half_unit),
                }
            }
            (PropertyType::Number | PropertyType::Integer, Some(_), None) => {
                return Err(ValueError::UnexpectedUnit {
                    written: parsed.text,
                    property: self.name.clone(),
                })
            }
            (PropertyType::Integer, None, _) if !parsed.number.value.is_integer() => {
                return Err(ValueError::NotInteger {
                    written: parsed.text,
                    property: self.name.clone(),
                })
            }
            // counts are exact: 1 is never "within precision" of 2
            (PropertyType::Integer, None, _) => (parsed.number.value, Exact::from_integer(0)),
            (PropertyType::Number, None, _) => (parsed.number.value, parsed.number.half_unit),
            (other, _, _) => {
                return Err(ValueError::WrongType {
                    property: self.name.clone(),
                    expected: other.name(),
                    found: "a number".into(),
                })
            }
        };
        let below_zero = value < Exact::from_integer(0);
        // a temperature below zero on its own scale is normal; "below zero" means the written sign
        let written_negative = parsed.number.value < Exact::from_integer(0);
        if !self.negative
            && (written_negative
                || (below_zero && self.dimension() != Some(Dimension::Temperature)))
        {
            return Err(ValueError::Negative {
                written: parsed.text,
                property: self.name.clone(),
            });
        }
        Ok(Scalar {
            value,
            half_unit,
            written: parsed.text.into(),
        })
    }

    /// The nominal figure `figure` stands for: the one whose stated figure it is exactly, or
    /// names within the precision it is quoted to where that is within 1 % of it and names no
    /// other (as a figure names an enum's value: `28.0 V` is `28 V`; `27.5 V`, ±0.05 V, is
    /// not, and `0.03 kV`, ±5 V, is too coarse to name it).
    pub fn nominal_of(&self, figure: &Scalar) -> Option<&Nominal> {
        let symbol = match self.ty {
            PropertyType::Quantity(unit) => unit.symbol,
            _ => return None,
        };
        let mut within = Vec::new();
        for n in &self.nominal {
            if figure.value == n.stated.value {
                return Some(n);
            }
            let near = figure
                .value
                .checked_sub(&n.stated.value)
                .and_then(|off| units::checked_abs(&off))
                .is_some_and(|off| off <= figure.half_unit)
                && !units::too_coarse(&figure.half_unit, &n.stated.value, symbol);
            if near {
                within.push(n);
            }
        }
        match within[..] {
            [one] => Some(one),
            _ => None,
        }
    }

    /// Why a figure near a stated nominal figure (within 5 % of it) is not read as it, as a
    /// note: it lies beyond the precision it is quoted to (`27.5 V`, ±0.05 V, is 0.5 V from
    /// `28 V`), or that precision is more than 1 % of it (`0.03 kV`, ±5 V).
    pub fn nominal_missed(&self, figure: &Scalar) -> Option<String> {
        let PropertyType::Quantity(unit) = self.ty else {
            return None;
        };
        // (the distance in the unit the stated figure is written in, the precision in the
        // figure's own)
        let told = |x: &Exact, half: Option<&Exact>, written: &str| {
            crate::check::amount_in(x, half, written, unit.symbol)
        };
        self.nominal.iter().find_map(|n| {
            let off = units::checked_abs(&figure.value.checked_sub(&n.stated.value)?)?;
            let far =
                off.checked_mul(&Exact::from_integer(20))? > units::checked_abs(&n.stated.value)?;
            if far || off == Exact::from_integer(0) {
                return None;
            }
            let half = told(&figure.half_unit, None, &figure.written);
            let why = if off > figure.half_unit {
                format!(
                    "{} is {} from it, beyond the ±{half} it is quoted to",
                    figure.written,
                    told(&off, Some(&figure.half_unit), &n.stated.written)
                )
            } else {
                format!(
                    "{} is quoted to ±{half}, more than 1 % of it",
                    figure.written
                )
            };
            // (the reading names one figure: no source the catalogue has gives the range a
            // sheet's figure of it may lie in, MIL-STD-1275's steady-state range among them, so
            // a figure near it is not said to be outside it)
            Some(format!(
                "Not read as {stated} ({}): {why}; the catalogue's sources give no range about \
                 {stated} that the reading covers, so whether the sheet's {} means it is not \
                 known here: it is judged as written (write {stated} where the sheet means that, \
                 or {}).",
                n.reading,
                figure.written,
                n.nominal.written,
                stated = n.stated.written,
            ))
        })
    }

    /// Whether `written` names one of the property's values or value aliases as written (any
    /// case or spacing), rather than a figure read as one in another unit (`762 mm` for
    /// `30 in`): one map lookup, no figure read.
    pub fn names_a_value(&self, written: &str) -> bool {
        self.value_keys.contains_key(&value_key(written))
    }

    /// The values that are `written`, a whole number, with a letter after it: `2a` and `2b`
    /// of `2`, where STANAG 4569's mine levels 2 to 4 are each written with the letter of
    /// the charge's place.
    pub fn lettered(&self, written: &str) -> Vec<&str> {
        let written = written.trim();
        let (PropertyType::Enum(allowed), false) = (&self.ty, written.is_empty()) else {
            return Vec::new();
        };
        if !written.bytes().all(|b| b.is_ascii_digit()) {
            return Vec::new();
        }
        allowed
            .iter()
            .filter(|v| {
                v.strip_prefix(written).is_some_and(|letter| {
                    letter.len() == 1 && letter.bytes().all(|b| b.is_ascii_alphabetic())
                })
            })
            .map(String::as_str)
            .collect()
    }

    /// The values that are cartridges of the calibre `written` gives alone (`5.56mm`,
    /// `5,56 mm` or `40`: `5.56x45mm NATO`; `40x46mm` and `40x53mm`): those that start with the
    /// figure and a multiplication sign (`x` or `×`) before the case's length in millimetres
    /// (`6x6`, a drive, is no cartridge).
    pub fn of_calibre(&self, written: &str) -> Vec<&str> {
        let PropertyType::Enum(allowed) = &self.ty else {
            return Vec::new();
        };
        let trimmed = written.trim();
        let figure = trimmed
            .strip_suffix("mm")
            .or_else(|| trimmed.strip_suffix("MM"))
            .unwrap_or(trimmed)
            .trim_end()
            .replace(',', ".");
        // (digits, with at most one decimal point between them)
        let is_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
        if figure.split('.').count() > 2 || !figure.split('.').all(is_digits) {
            return Vec::new();
        }
        allowed
            .iter()
            .filter(|v| {
                v.strip_prefix(&figure[..])
                    .and_then(|rest| rest.strip_prefix('x').or_else(|| rest.strip_prefix('×')))
                    .is_some_and(|rest| {
                        let length =
                            rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
                        length.len() < rest.len() && length.starts_with("mm")
                    })
            })
            .map(String::as_str)
            .collect()
    }

    /// What the value `v` requires ([`Property::implies`]) that not every one of `among`
    /// does: what tells it apart from them (`mine_location`, not the `blast_threat` that every
    /// mine level from 2 requires).
    pub fn telling<'a>(
        &'a self,
        v: &str,
        among: &'a [&str],
    ) -> impl Iterator<Item = &'a (String, String)> + 'a {
        let implied = |v: &str| self.implies.get(v).map_or(&[][..], Vec::as_slice);
        implied(v)
            .iter()
            .filter(move |i| !among.iter().all(|other| implied(other).contains(i)))
    }

    /// An enum or list value in its canonical spelling.
    pub fn canonical_value(&self, written: &str) -> Result<String, ValueError> {
        let allowed = match &self.ty {
            PropertyType::Enum(values) | PropertyType::List(values) => values,
            PropertyType::Text if self.bytes => {
                return hex_bytes(written).ok_or_else(|| ValueError::NotBytes {
                    written: written.trim().to_string(),
                })
            }
            PropertyType::Text => return Ok(written.trim().to_string()),
            other => {
                return Err(ValueError::WrongType {
                    property: self.name.clone(),
                    expected: other.name(),
                    found: "text".into(),
                })
            }
        };
        if allowed.is_empty() {
            return Ok(written.trim().to_string());
        }
        if self.exact {
            if let Some(value) = allowed.iter().find(|v| **v == written.trim()) {
                return Ok(value.clone());
            }
        } else if let Some(canonical) = self.value_keys.get(&value_key(written)) {
            return Ok(canonical.clone());
        } else if let Some(same) = same_quantity(written, allowed) {
            return Ok(same.to_string());
        } else if let Some(comma) = decimal_comma_of_a_value(written, allowed) {
            return Err(comma);
        }
        let shown: Vec<&str> = allowed.iter().map(String::as_str).take(12).collect();
        let more = if allowed.len() > shown.len() {
            ", …"
        } else {
            ""
        };
        // `H.264/AVC`: two names of one value, joined
        let joined = match self.exact {
            false => self.joined_names(written),
            true => None,
        };
        let named_part = match joined {
            Some(Joined::Same(value)) => return Ok(value.to_string()),
            Some(Joined::Different(after)) => {
                return Err(ValueError::NotAllowed {
                    written: written.to_string(),
                    property: self.name.clone(),
                    allowed: format!("{}{more}", shown.join(", ")),
                    after,
                })
            }
            Some(Joined::Partly(value)) => Some(value.to_string()),
            None => None,
        };
        // never another figure for a figure (`24 V DC` is not `28 V DC`, nor `1/2 in` the
        // `14 in`, a fraction the figure reader refuses; `M99` may be `M9`), nor a voltage of
        // the other current for one that says its own (`2.8 V AC` is not `28 V DC`)
        // (a value alias too: `MS90362` is one letter from `AS90362`, `SAE-AS90362`'s alias;
        // the value it stands for is suggested)
        // (a value one part of a joined name names: `H.264/MPEG4`)
        let suggestion = named_part.or_else(|| {
            crate::suggest::closest(written, allowed.iter().map(String::as_str))
                .or_else(|| {
                    let key = value_key(written);
                    crate::suggest::closest(&key, self.value_keys.keys().map(String::as_str))
                        .and_then(|near| self.value_keys.get(near))
                        .map(String::as_str)
                })
                .filter(|s| {
                    let read = units::parse_written(written).ok();
                    let figure = read.as_ref().is_some_and(|w| w.unit.is_some())
                        || written
                            .trim_start()
                            .starts_with(|c: char| c.is_ascii_digit());
                    let current = |w: &units::Written| current_of(&w.unit_text);
                    let other_current = read.as_ref().and_then(current).is_some_and(|said| {
                        units::parse_written(s)
                            .ok()
                            .as_ref()
                            .and_then(current)
                            .is_some_and(|its| its != said)
                    });
                    // (nor a figure for another figure; nor a code for another of as many
                    // digits: `F-24` is no typo of `F-34`, a different fuel, where `F-3x` and
                    // `M99` may be of `F-34` and `M9`)
                    let (ours, theirs) = (digits(written), digits(s));
                    let other_code = ours.len() == theirs.len() && ours != theirs;
                    !other_current
                        && !other_code
                        && (!figure || ours == theirs)
                        && numeral(s) == numeral(written)
                })
                .map(str::to_string)
                // `Class 1` or `1` of classes `I` and `II`: the class in Roman numerals
                .or_else(|| arabic_as_roman(written, allowed))
        });
        // `2` of mine levels `2a` and `2b`: a level without its letter, each told with what it
        // requires (the letter's meaning)
        let lettered = self.lettered(written);
        if !lettered.is_empty() {
            let choices: Vec<String> = lettered
                .iter()
                .map(|v| {
                    let means: Vec<String> = self
                        .telling(v, &lettered)
                        .map(|(property, value)| format!("{property}: {value}"))
                        .collect();
                    match means[..] {
                        [] => format!("`{v}`"),
                        _ => format!("`{v}` ({})", means.join(", ")),
                    }
                })
                .collect();
            let choices = match choices.split_last() {
                Some((last, [])) => last.clone(),
                Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
                None => String::new(),
            };
            return Err(ValueError::NotAllowed {
                written: written.to_string(),
                property: self.name.clone(),
                allowed: format!("{}{more}", shown.join(", ")),
                after: format!(": `{}` lacks its letter: write {choices}", written.trim()),
            });
        }
        // `M855` of cartridges: a design a standard of some of its values names
        if let Some(named) = self.named_by.get(&value_key(written)) {
            return Err(ValueError::NotAllowed {
                written: written.to_string(),
                property: self.name.clone(),
                allowed: format!("{}{more}", shown.join(", ")),
                after: named_elsewhere(written.trim(), &self.name, named),
            });
        }
        // `5.56mm` of cartridges: a calibre without its case's length, which may be of
        // several cartridges (`40mm`: `40x46mm` and `40x53mm`)
        let cartridges = self.of_calibre(written);
        if !cartridges.is_empty() {
            let quoted: Vec<String> = cartridges.iter().map(|v| format!("`{v}`")).collect();
            let choices = crate::suggest::or_listed(&quoted);
            return Err(ValueError::NotAllowed {
                written: written.to_string(),
                property: self.name.clone(),
                allowed: format!("{}{more}", shown.join(", ")),
                after: format!(
                    ": `{}` gives the calibre alone, not the cartridge: write {choices}",
                    written.trim()
                ),
            });
        }
        // `14` of hook spacings `14 in` and `30 in`: a figure without the unit its values have
        // (values written with a unit apart: `2a` is a level, not two years)
        let bare = units::parse_written(written)
            .ok()
            .filter(|w| w.unit.is_none())
            .filter(|_| {
                allowed.iter().any(|v| {
                    v.trim().contains(char::is_whitespace)
                        && units::parse_written(v).is_ok_and(|v| v.unit.is_some())
                })
            });
        if let Some(bare) = bare {
            let same: Vec<&String> = allowed
                .iter()
                .filter(|v| {
                    units::parse_written(v)
                        .is_ok_and(|v| v.unit.is_some() && v.number.value == bare.number.value)
                })
                .collect();
            return Err(ValueError::NotAllowed {
                written: written.to_string(),
                property: self.name.clone(),
                allowed: format!("{}{more}", shown.join(", ")),
                after: format!(
                    ": {} has no unit: write a value as listed, with its unit{}",
                    bare.text,
                    crate::suggest::did_you_mean(&match same[..] {
                        [one] => Some(one.clone()),
                        _ => None,
                    })
                ),
            });
        }
        // `28 V` of `28 V DC`: never read as it (a supply of the other current is a fault), but
        // told which it may be; `28 V AC` where it is `28 V DC`: told that it is the other current
        if let Some(after) = current_differs(written, allowed) {
            return Err(ValueError::NotAllowed {
                written: written.to_string(),
                property: self.name.clone(),
                allowed: format!("{}{more}", shown.join(", ")),
                after,
            });
        }
        // `wheeled (6x6)`: a value with a remark in brackets after it
        let remarked = (!self.exact)
            .then(|| written.split_once(['(', '[']))
            .flatten()
            .and_then(|(value, remark)| Some((self.value_keys.get(&value_key(value))?, remark)));
        if let Some((value, remark)) = remarked {
            // (`5.56mm NATO (M855)`: a remark that is a design a standard names is told as one)
            let remark = remark.trim_end().trim_end_matches([')', ']']).trim();
            let remark_is = self
                .named_by
                .get(&value_key(remark))
                .and_then(|named| named.first())
                .map_or(String::new(), |n| format!("; {}", named_as(remark, n)));
            let remark_goes = match remark_is.is_empty() {
                true => ", and the remark in the item's name or a comment",
                false => "",
            };
            return Err(ValueError::NotAllowed {
                written: written.to_string(),
                property: self.name.clone(),
                allowed: format!("{}{more}", shown.join(", ")),
                after: format!(
                    ": the bracket is a remark, not part of the value: write `{value}`{remark_goes}{remark_is}"
                ),
            });
        }
        let why = near_miss(written, allowed).map(|why| format!(": {why}"));
        Err(ValueError::NotAllowed {
            written: written.to_string(),
            property: self.name.clone(),
            allowed: format!("{}{more}", shown.join(", ")),
            after: format!(
                "{}{}",
                why.unwrap_or_default(),
                crate::suggest::did_you_mean(&suggestion)
            ),
        })
    }
}

impl Property {
    /// What a spec is told after an enum value it states that is refused with no other
    /// word (`after`, empty): where the value has the form of the listed codes but is none of
    /// them (`F-63` of fuel codes `F-34`, `F-54` …), a real one the catalogue may have no
    /// public source for, how to add it.
    pub fn unlisted_code(&self, written: &str, after: &str) -> Option<String> {
        let (PropertyType::Enum(allowed) | PropertyType::List(allowed)) = &self.ty else {
            return None;
        };
        let form = code_form(written).filter(|_| after.is_empty())?;
        allowed
            .iter()
            .any(|v| code_form(v).as_ref() == Some(&form))
            .then(|| {
                format!(
                    ": `{}` has the form of the listed codes but is none of them: the catalogue \
                 lists only those it has a public source for; to check items that state it, \
                 declare {} again with it in a dictionary.toml of your own, loaded as your own \
                 catalogue file (standards/README.md)",
                    written.trim(),
                    self.name
                )
            })
    }
}

/// The form of a code: each letter as `A`, each digit as `9`, a hyphen as itself (`F-34` and
/// `F-63` are `A-99`); `None` for a text with any other character (a name, a figure with its
/// unit), which is no code.
fn code_form(text: &str) -> Option<String> {
    let text = text.trim();
    let form: Option<String> = text
        .chars()
        .map(|c| match c {
            c if c.is_ascii_alphabetic() => Some('A'),
            c if c.is_ascii_digit() => Some('9'),
            '-' => Some('-'),
            _ => None,
        })
        .collect();
    form.filter(|f| f.contains('9') && f.contains('A'))
}

/// Bytes written in hex as the catalogue writes them, in capitals and a space between bytes
/// (`06 0E 2B 34`), from any case and with spaces or none between bytes (`060e2b34`,
/// `06 0e 2b 34`); `None` for a text that is not whole bytes in hex (an odd digit, a byte split
/// by a space, another character).
fn hex_bytes(written: &str) -> Option<String> {
    let mut bytes: Vec<String> = Vec::new();
    for group in written.split_whitespace() {
        if group.len() % 2 != 0 || !group.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        // (all ASCII: every pair of bytes is a whole character)
        for at in (0..group.len()).step_by(2) {
            bytes.push(group.get(at..at + 2)?.to_ascii_uppercase());
        }
    }
    (!bytes.is_empty()).then(|| bytes.join(" "))
}

/// What the parts of a value written as names joined by `/` name (`H.264/AVC`, as data sheets
/// write a codec by both its ITU-T and ISO/IEC names).
enum Joined<'a> {
    /// Every part names this one value.
    Same(&'a str),
    /// Every part names a value, not all the same one: why it is none of them.
    Different(String),
    /// Some parts name this one value, the others none.
    Partly(&'a str),
}

impl Property {
    /// What the parts of `written` joined by `/` name, where it has two or more and one names
    /// a value (any case or spacing, as a value is found).
    fn joined_names(&self, written: &str) -> Option<Joined<'_>> {
        let parts: Vec<&str> = written.split('/').map(str::trim).collect();
        if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
            return None;
        }
        let named: Vec<Option<&String>> = parts
            .iter()
            .map(|p| self.value_keys.get(&value_key(p)))
            .collect();
        let mut values: Vec<&str> = named.iter().flatten().map(|v| v.as_str()).collect();
        values.sort_unstable();
        values.dedup();
        let first = *values.first()?;
        if named.iter().any(Option::is_none) {
            return (values.len() == 1).then_some(Joined::Partly(first));
        }
        if values.iter().all(|v| *v == first) {
            return Some(Joined::Same(first));
        }
        let each: Vec<String> = parts
            .iter()
            .zip(&named)
            .map(|(part, value)| match value {
                Some(value) if value.as_str() != *part => format!("`{part}` ({value})"),
                _ => format!("`{part}`"),
            })
            .collect();
        let write = match self.ty {
            PropertyType::List(_) => "write each as an entry of the list",
            _ => "write the one it is",
        };
        Some(Joined::Different(format!(
            ": it joins names of different values, {}; {write}",
            each.join(" and ")
        )))
    }
}

/// The digits of a text, in order.
fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// The Roman numeral a text ends in, in capitals (`III`, `Class ii`: `II`), or `None`: a
/// class or type is never suggested for another numeral (`III` is no `II`).
fn numeral(text: &str) -> Option<String> {
    let last = text.split_whitespace().next_back()?;
    last.chars()
        .all(|c| matches!(c.to_ascii_uppercase(), 'I' | 'V' | 'X'))
        .then(|| last.to_ascii_uppercase())
}

/// The one allowed value that writes in Roman numerals the number `written` ends in (`Class 1`
/// or `1`: `I`; `Type 2`: `Type II`), where the allowed values are so numbered.
fn arabic_as_roman(written: &str, allowed: &[String]) -> Option<String> {
    const ROMAN: [&str; 10] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
    let number: usize = written.split_whitespace().next_back()?.parse().ok()?;
    let roman = ROMAN.get(number.checked_sub(1)?)?;
    let mut named = allowed
        .iter()
        .filter(|v| numeral(v).as_deref() == Some(roman));
    match (named.next(), named.next()) {
        (Some(one), None) => Some(one.clone()),
        _ => None,
    }
}

/// The allowed value that is a figure equal to `written` in another unit (`14"` and `355.6 mm`
/// are the hook spacing `14 in`); or else the one allowed value `written` names within the
/// precision it is quoted to (`356 mm`, ±0.5 mm, names `14 in`, 355.6 mm), where that precision
/// is within 1 % of it (`36 cm` names nothing) and names no other. A value names a class, not a
/// range: a figure that rounds to two of them names neither.
fn same_quantity<'a>(written: &str, allowed: &'a [String]) -> Option<&'a str> {
    let figure = units::parse_written(written).ok()?;
    same_quantity_as(&figure, current_of(&figure.unit_text), allowed)
}

/// As [`same_quantity`], of a figure read, taken as a voltage of the `current` given.
fn same_quantity_as<'a>(
    figure: &units::Written,
    current: Option<&str>,
    allowed: &'a [String],
) -> Option<&'a str> {
    let mut within = Vec::new();
    for value in allowed {
        let Some((read, other, to)) = read_as(figure, current, value) else {
            continue;
        };
        if read == other.number.value {
            return Some(value);
        }
        let near = figure
            .unit
            .and_then(|unit| unit.convert_span(&figure.number.half_unit, to))
            .filter(|half| !units::too_coarse(half, &other.number.value, to.symbol))
            .zip(read.checked_sub(&other.number.value))
            .and_then(|(half, off)| Some(units::checked_abs(&off)? <= half));
        if near == Some(true) {
            within.push(value.as_str());
        }
    }
    match within[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// `355,6 mm` of hook spacings `14 in` and `30 in`: a figure with a decimal comma and its unit,
/// where the values are figures of its dimension, told with the figure to write (`write 355.6
/// mm`, which names `14 in`), as the figure is told where a list splits it (`[355,6 mm]`).
fn decimal_comma_of_a_value(written: &str, allowed: &[String]) -> Option<ValueError> {
    let Err(units::QuantityError::Number(e @ units::NumberError::DecimalComma { .. })) =
        units::parse_written(written)
    else {
        return None;
    };
    let e = with_unit(written, e);
    let units::NumberError::DecimalComma { plain, .. } = &e else {
        return None;
    };
    // (the figure to write has its unit only where the whole figure reads)
    let figure = units::parse_written(plain).ok()?;
    let current = current_of(&figure.unit_text);
    allowed
        .iter()
        .any(|value| read_as(&figure, current, value).is_some())
        .then_some(ValueError::Quantity(units::QuantityError::Number(e)))
}

/// What to say of a voltage whose current is not that of the allowed value of its figure: one
/// that says neither DC nor AC where the values do (`28 V` for `28 V DC`), which value it may
/// be; one that says the other (`28 V AC` where the value is `28 V DC`), that it is the other
/// current, never that it may be the value (a supply of the other current is a fault).
fn current_differs(written: &str, allowed: &[String]) -> Option<String> {
    let figure = units::parse_written(written).ok()?;
    if figure.unit?.dimension != Dimension::Voltage {
        return None;
    }
    if let Some(said) = current_of(&figure.unit_text) {
        let other = if said == "AC" { "DC" } else { "AC" };
        let value = same_quantity_as(&figure, Some(other), allowed)?;
        return Some(format!(
            ": `{}` is {said} where the value is {other} (`{value}`)",
            figure.text
        ));
    }
    let named: Vec<&str> = ["DC", "AC"]
        .into_iter()
        .filter_map(|current| same_quantity_as(&figure, Some(current), allowed))
        .collect();
    let said = format!(": `{}` does not say DC or AC", figure.text);
    match named[..] {
        [] => None,
        [one] => Some(format!(
            "{said}{}",
            crate::suggest::did_you_mean(&Some(one.to_string()))
        )),
        _ => Some(format!("{said}: write `{}`", named.join("` or `"))),
    }
}

/// Why a figure near an allowed value (within 5 % of it) names it not: it lies beyond the
/// precision it is quoted to (`356.0 mm` is 0.4 mm from `14 in`, 355.6 mm, beyond its ±0.05 mm),
/// that precision is more than 1 % of the value (`36 cm`, ±5 mm), or it names two values.
fn near_miss(written: &str, allowed: &[String]) -> Option<String> {
    let figure = units::parse_written(written).ok()?;
    let unit = figure.unit?;
    // each allowed value near it, in the figure's unit, and how far off
    let near: Vec<(&String, Exact, Exact, bool)> = allowed
        .iter()
        .filter_map(|value| {
            let (_, other, to) = read_as(&figure, current_of(&figure.unit_text), value)?;
            let there = to.convert(&other.number.value, unit)?;
            let off = units::checked_abs(&figure.number.value.checked_sub(&there)?)?;
            let close = off.checked_mul(&Exact::from_integer(20))? <= units::checked_abs(&there)?;
            close.then_some((value, there, off, std::ptr::eq(to, unit)))
        })
        .collect();
    let half = &figure.number.half_unit;
    let shown = |x: &Exact| format!("{} {}", units::format_exact(x, 9), unit.symbol);
    // (in the figure's unit, where the value is in another)
    let told = |(value, there, _, same_unit): &(&String, Exact, Exact, bool)| {
        if *same_unit {
            value.to_string()
        } else {
            format!("{value} ({})", shown(there))
        }
    };
    let within: Vec<_> = near.iter().filter(|(_, _, off, _)| off <= half).collect();
    if within.len() > 1 {
        let named: Vec<String> = within.iter().map(|n| told(n)).collect();
        return Some(format!(
            "within the ±{} it is quoted to, it may be {}: write it more closely",
            shown(half),
            named.join(" or ")
        ));
    }
    let nearest = near.iter().min_by(|a, b| a.2.cmp(&b.2))?;
    if units::too_coarse(half, &nearest.1, unit.symbol) {
        return Some(format!(
            "it is quoted to ±{}, more than 1 % of {}: write it more closely, or as {}",
            shown(half),
            told(nearest),
            nearest.0
        ));
    }
    Some(format!(
        "it is {} from {}, beyond the ±{} it is quoted to",
        shown(&nearest.2),
        told(nearest),
        shown(half)
    ))
}

/// Whether `written` is the figure `value` exactly, in another unit (`762 mm` is `30 in`;
/// `356 mm` only names `14 in` within its precision).
pub fn same_figure(written: &str, value: &str) -> bool {
    units::parse_written(written)
        .ok()
        .and_then(|figure| read_as(&figure, current_of(&figure.unit_text), value))
        .is_some_and(|(read, other, _)| read == other.number.value)
}

/// How a figure names the allowed value it is read as only within the precision it is quoted
/// to (`356 mm` for `14 in`): `356 mm means ±0.5 mm, and 14 in is 355.6 mm`. `None` where it is
/// that figure exactly in another unit, or no figure of it.
pub fn quoted_within(written: &str, value: &str) -> Option<String> {
    let figure = units::parse_written(written).ok()?;
    let unit = figure.unit?;
    let (read, other, to) = read_as(&figure, current_of(&figure.unit_text), value)?;
    if read == other.number.value {
        return None;
    }
    let there = to.convert(&other.number.value, unit)?;
    let shown = |x: &Exact| format!("{} {}", units::format_exact(x, 9), unit.symbol);
    Some(format!(
        "{} means ±{}, and {value} is {}",
        figure.text,
        shown(&figure.number.half_unit),
        shown(&there)
    ))
}

/// `figure` in the unit of `value`, with `value` read and its unit, where `value` is a figure
/// of the same dimension (and, of a voltage, the same current, `current`, which is what the
/// figure's unit says: `28 V AC` is not `28 V DC`, and a bare `28 V` is neither).
fn read_as(
    figure: &units::Written,
    current: Option<&str>,
    value: &str,
) -> Option<(Exact, units::Written, &'static Unit)> {
    let unit = figure.unit?;
    let other = units::parse_written(value).ok()?;
    let to = other
        .unit
        .filter(|to| to.dimension == unit.dimension && current == current_of(&other.unit_text))?;
    let read = unit.convert(&figure.number.value, to)?;
    Some((read, other, to))
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Kind {
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Method {
    pub name: String,
    pub description: String,
    /// The document whose own measuring method this is, where the public text its figures are
    /// quoted from does not state that method (`TM 43-0001-27`): the method is that document's,
    /// not a test method of its own name ([`Method::said`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unstated_method_of: Option<String>,
}

impl Method {
    /// The method as a verdict names it: its name (`EPVAT`), or, of a document's unstated
    /// method, what it is ("the measuring method of TM 43-0001-27, which its public quotation
    /// does not state").
    pub fn said(&self) -> String {
        match &self.unstated_method_of {
            Some(document) => unstated_method_said(document),
            None => self.name.clone(),
        }
    }
}

/// How a verdict names the measuring method of `document` that its public quotation does not
/// state ([`Method::unstated_method_of`]).
pub fn unstated_method_said(document: &str) -> String {
    format!("the measuring method of {document}, which its public quotation does not state")
}

/// Trigraphs (STANAG 1059) and NCB codes (NCS). Each code file names its sources (the
/// trigraph list's `source`, each NCB code's own), and a file is refused without them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Codes {
    /// trigraph → the country's name
    pub trigraphs: BTreeMap<String, String>,
    /// ISO 3166-1 alpha-2 code → trigraph: what a sheet may write instead (`DE` for `DEU`).
    pub alpha_2: BTreeMap<String, String>,
    pub ncb: BTreeMap<String, NcbCode>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NcbCode {
    pub code: String,
    pub nation: String,
    pub confidence: Confidence,
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dictionary {
    pub kinds: BTreeMap<String, Kind>,
    pub methods: BTreeMap<String, Method>,
    pub properties: BTreeMap<String, Property>,
    /// alias or name → canonical property name
    names: BTreeMap<String, String>,
    pub codes: Codes,
    /// The names (and aliases) of properties, and the item kinds, that a dictionary file
    /// declares with mistakes and that are left out for them: what uses one is not told it is
    /// unknown (its entry's mistakes are said at the entry).
    unusable_properties: BTreeSet<String>,
    unusable_kinds: BTreeSet<String>,
}

impl Dictionary {
    /// A test method by its name as a sheet writes it: exactly, or in any case and with any
    /// spacing and punctuation (`epvat`, `copper crusher`, `C.I.P. piezo`); its own name.
    pub fn method(&self, written: &str) -> Option<&str> {
        if let Some((name, _)) = self.methods.get_key_value(written) {
            return Some(name);
        }
        let key = method_key(written);
        self.methods
            .keys()
            .find(|name| method_key(name) == key)
            .map(String::as_str)
    }

    /// The method an unknown name most likely means: one whose name it contains (`NATO EPVAT`),
    /// or one a typo away.
    pub fn suggest_method(&self, written: &str) -> Option<String> {
        let key = method_key(written);
        self.methods
            .keys()
            .find(|name| key.contains(&method_key(name)))
            .map(String::as_str)
            .or_else(|| crate::suggest::closest(written, self.methods.keys().map(String::as_str)))
            .map(str::to_string)
    }

    pub fn property(&self, name: &str) -> Option<&Property> {
        let canonical = self
            .names
            .get(name)
            .or_else(|| self.names.get(&lowered(name)?))?;
        self.properties.get(canonical)
    }

    /// `written`, refused as a value of `property`, as the two properties' values it writes as
    /// one code (`1.1D`, `HD 1.4S`: `hazard_division` 1.1, `compatibility_group` D), where the
    /// property has a `code_with` and the text ends with a value of it, or where it is the
    /// property another's `code_with` names (`compatibility_group: 1.4S`). Only for a refused
    /// value: the other properties are looked through only then.
    pub fn as_two_values(&self, property: &Property, written: &str) -> Option<ValueError> {
        self.as_code_of(property, written).or_else(|| {
            self.properties
                .values()
                .filter(|first| {
                    first
                        .code_with
                        .as_deref()
                        .and_then(|name| self.property(name))
                        .is_some_and(|named| named.name == property.name)
                })
                .find_map(|first| self.as_code_of(first, written))
        })
    }

    /// `written` as `property`'s value followed by its `code_with`'s, as one code.
    fn as_code_of(&self, property: &Property, written: &str) -> Option<ValueError> {
        let other = self.property(property.code_with.as_deref()?)?;
        let written = written.trim();
        // the other's value is the end of the text: at most its longest value's length
        let longest = match &other.ty {
            PropertyType::Enum(values) => values.iter().map(|v| v.chars().count()).max()?,
            _ => return None,
        };
        written
            .char_indices()
            .rev()
            .take(longest)
            .filter(|&(i, _)| i > 0)
            .find_map(|(i, _)| {
                let (head, tail) = written.split_at(i);
                let value = property.canonical_value(head.trim_end()).ok()?;
                let other_value = other.canonical_value(tail).ok()?;
                Some(ValueError::TwoValues(Box::new(TwoValues {
                    written: written.to_string(),
                    property: property.name.clone(),
                    value,
                    other: other.name.clone(),
                    other_value,
                })))
            })
    }

    /// A property declared in a dictionary file, but left out for its mistakes (said there).
    pub fn is_unusable_property(&self, name: &str) -> bool {
        !self.unusable_properties.is_empty()
            && self.property(name).is_none()
            && (self.unusable_properties.contains(name)
                || lowered(name).is_some_and(|lower| self.unusable_properties.contains(&lower)))
    }

    /// An item kind declared in a dictionary file, but left out for its mistakes (said there).
    pub fn is_unusable_kind(&self, name: &str) -> bool {
        !self.unusable_kinds.is_empty()
            && !self.kinds.contains_key(name)
            && self.unusable_kinds.contains(name)
    }

    /// Marks the properties (by their names and aliases) and the item kinds a dictionary file
    /// declares that did not read, and are left out: see [`Dictionary::is_unusable_property`].
    pub(crate) fn left_out(
        &mut self,
        properties: impl IntoIterator<Item = String>,
        kinds: impl IntoIterator<Item = String>,
    ) {
        self.unusable_properties.extend(properties);
        self.unusable_kinds.extend(kinds);
    }

    pub fn suggest_property(&self, name: &str) -> Option<String> {
        crate::suggest::closest(name, self.names.keys().map(String::as_str))
            .and_then(|n| self.names.get(n))
            .cloned()
    }

    pub fn suggest_kind(&self, name: &str) -> Option<String> {
        crate::suggest::closest(name, self.kinds.keys().map(String::as_str)).map(str::to_string)
    }

    /// The kinds whose description names a thing written as an unknown kind (`shell`, `shells`,
    /// `machine gun`: `munition`, `weapon`), as one of the things it says the kind is (a word of
    /// its list, `(shell, rocket, …)`, `A gun, rifle, machine gun, howitzer or launcher:`; not a
    /// word that qualifies another, a bomb rack's `bomb`, nor one after what the kind is, a
    /// magazine's `for a rifle or light machine gun`): where the dictionary itself says which kind such an
    /// item is. None for a word no description uses (`parachute`).
    pub fn kinds_describing(&self, name: &str) -> Vec<&str> {
        let phrase = name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ");
        if phrase.is_empty() {
            return Vec::new();
        }
        // (a plural as the description's singular: `shells`)
        let singular = phrase.strip_suffix('s').filter(|s| !s.is_empty());
        let listed = |description: &str, phrase: &str| {
            description.match_indices(phrase).any(|(at, _)| {
                let before = &description[..at];
                let after = &description[at + phrase.len()..];
                let last_word = before.trim_end().rsplit(' ').next().unwrap_or_default();
                (before.is_empty()
                    || before.ends_with('(')
                    || before.ends_with(' ')
                        && (last_word.ends_with([',', ':', '('])
                            || matches!(last_word, "a" | "an" | "or" | "and")))
                    && (after.is_empty()
                        || after.starts_with([',', ')', ':', ';', '.'])
                        || after.starts_with(" or ")
                        || after.starts_with(" and "))
            })
        };
        self.kinds
            .values()
            .filter(|kind| {
                // (what the kind is, before what it is for, does or is as)
                let description = kind.description.to_lowercase();
                let description = [" for ", " that ", " as "]
                    .iter()
                    .filter_map(|cut| description.find(cut))
                    .min()
                    .map_or(description.as_str(), |end| &description[..end]);
                std::iter::once(phrase.as_str())
                    .chain(singular)
                    .any(|p| listed(description, p))
            })
            .map(|kind| kind.name.as_str())
            .collect()
    }

    pub fn is_trigraph(&self, code: &str) -> bool {
        self.codes.trigraphs.contains_key(code)
    }

    /// The trigraph a mistaken nation code likely meant, with its country's name (shown with it,
    /// so that a suggestion of another country is seen as one): the code in capitals; the
    /// trigraph of an ISO alpha-2 code (`DE`); of a country whose name's initials it is (`UK`,
    /// United Kingdom); of the one country whose name it starts (`GER`, Germany); else the
    /// closest spelling.
    pub fn suggest_trigraph(&self, code: &str) -> Option<(String, String)> {
        let trigraphs = &self.codes.trigraphs;
        let named = |trigraph: &str| {
            trigraphs
                .get_key_value(trigraph)
                .map(|(code, name)| (code.clone(), name.clone()))
        };
        let upper = code.trim().to_uppercase();
        if let Some(found) = named(&upper) {
            return Some(found);
        }
        if let Some(found) = self.codes.alpha_2.get(&upper).and_then(|t| named(t)) {
            return Some(found);
        }
        let initials = |name: &str| -> String {
            name.split([' ', '-'])
                .filter(|w| !["of", "and", "the"].contains(w))
                .filter_map(|w| w.chars().next())
                .collect::<String>()
                .to_uppercase()
        };
        if upper.chars().count() >= 2 {
            let by_initials = the_one(
                trigraphs
                    .iter()
                    .filter(|(_, name)| initials(name) == upper)
                    .map(|(code, _)| code),
            );
            if let Some(found) = by_initials.and_then(|t| named(t)) {
                return Some(found);
            }
        }
        if upper.chars().count() >= 3 {
            let by_name = the_one(
                trigraphs
                    .iter()
                    .filter(|(_, name)| name.to_uppercase().starts_with(&upper))
                    .map(|(code, _)| code),
            );
            if let Some(found) = by_name.and_then(|t| named(t)) {
                return Some(found);
            }
        }
        crate::suggest::closest(code, trigraphs.keys().map(String::as_str)).and_then(named)
    }
}

/// The only item, when there is exactly one.
fn the_one<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let first = items.next()?;
    items.next().is_none().then_some(first)
}

// ---- loading -----------------------------------------------------------------------------

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDictionary {
    #[serde(default, deserialize_with = "crate::catalogue::names_of")]
    pub(crate) kind: BTreeMap<String, RawDescribed>,
    #[serde(default, deserialize_with = "crate::catalogue::names_of")]
    pub(crate) method: BTreeMap<String, RawMethod>,
    #[serde(default, deserialize_with = "crate::catalogue::names_of")]
    pub(crate) property: BTreeMap<String, RawProperty>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDescribed {
    description: String,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMethod {
    description: String,
    /// [`Method::unstated_method_of`]
    #[serde(default)]
    unstated_method_of: Option<String>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawProperty {
    description: String,
    #[serde(rename = "type")]
    ty: String,
    unit: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    values: Vec<String>,
    #[serde(default, deserialize_with = "crate::catalogue::names_of")]
    value_aliases: BTreeMap<String, String>,
    #[serde(default)]
    negative: bool,
    #[serde(default)]
    exact: bool,
    #[serde(default)]
    kinds: Vec<String>,
    current: Option<String>,
    code_with: Option<String>,
    #[serde(default)]
    rated_load: bool,
    #[serde(default)]
    nominal: Vec<RawNominal>,
    #[serde(default)]
    bytes: bool,
    ratio: Option<String>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNominal {
    stated: String,
    nominal: String,
    reading: String,
    source: String,
    confidence: Confidence,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCodes {
    trigraphs: RawTrigraphs,
    #[serde(default)]
    ncb: RawNcb,
    /// Where each NCB code stands in its file's list, when some of the list were left out
    /// (see [`RawCodes::of`]); else where it stands here.
    #[serde(skip)]
    ncb_at: Option<Vec<usize>>,
}

impl RawCodes {
    /// Codes to judge as a file's would be, from the parts of one that did not read whole.
    pub(crate) fn of(
        codes: BTreeMap<String, String>,
        alpha_2: BTreeMap<String, String>,
        ncb: Vec<(usize, NcbCode)>,
    ) -> RawCodes {
        let (ncb_at, ncb) = ncb.into_iter().unzip();
        RawCodes {
            ncb_at: Some(ncb_at),
            trigraphs: RawTrigraphs {
                _source: String::new(),
                codes,
                alpha_2,
                _confidence: None,
                _note: None,
            },
            ncb: RawNcb {
                code: ncb,
                _description: None,
                _note: None,
            },
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrigraphs {
    // read so that a list without a source, or a misspelt key, is refused; not shown
    #[serde(rename = "source")]
    _source: String,
    #[serde(deserialize_with = "crate::catalogue::names_of")]
    codes: BTreeMap<String, String>,
    #[serde(default, deserialize_with = "crate::catalogue::names_of")]
    alpha_2: BTreeMap<String, String>,
    #[serde(rename = "confidence")]
    _confidence: Option<Confidence>,
    #[serde(rename = "note")]
    _note: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawNcb {
    #[serde(default)]
    code: Vec<NcbCode>,
    // read so that a misspelt key is refused; not shown
    #[serde(rename = "description")]
    _description: Option<String>,
    #[serde(rename = "note")]
    _note: Option<String>,
}

impl Dictionary {
    /// Merges a dictionary file into this one; later files add to or replace earlier entries.
    /// Every mistake comes with where in the file it lies, all of a file's at once: a property
    /// whose type is known is merged with its other mistakes (so that the standards that use it
    /// are not told it is unknown), one whose type is not is left out.
    pub(crate) fn merge(&mut self, raw: RawDictionary) -> Result<(), Vec<(Path, String)>> {
        self.merge_checked(raw, true)
    }

    /// [`Dictionary::merge`]; unless `checked` (a trusted built-in file, see
    /// `Catalogue::builtin`), what only finds mistakes is left out: the dictionary made is the
    /// same where there are none.
    pub(crate) fn merge_checked(
        &mut self,
        raw: RawDictionary,
        checked: bool,
    ) -> Result<(), Vec<(Path, String)>> {
        for (name, k) in raw.kind {
            self.kinds.insert(
                name.clone(),
                Kind {
                    name,
                    description: k.description,
                },
            );
        }
        for (name, m) in raw.method {
            self.methods.insert(
                name.clone(),
                Method {
                    name,
                    description: m.description,
                    unstated_method_of: m.unstated_method_of,
                },
            );
        }
        let mut mistakes = Vec::new();
        let mut unchecked = Unchecked::default();
        let mut coded = Vec::new();
        for (name, mut p) in raw.property {
            // (made only for a mistake: a property that reads allocates no place for itself)
            let here = || Path::default().key("property").key(name.as_str());
            if unchecked.past_the_listed(&mistakes, here) {
                continue;
            }
            let mut wrong = |key: Path, message: String| mistakes.push((key, message));
            let ty = property_type(&name, &mut p)
                .map_err(|(key, m)| wrong(here().key(key), m))
                .ok();
            if checked {
                for (key, message) in self.property_form(&name, &p, ty.as_ref()) {
                    wrong(here().join(key), message);
                }
            }
            let voltage = |ty: &PropertyType| matches!(ty, PropertyType::Quantity(u) if u.dimension == units::Dimension::Voltage);
            let current = match (p.current.as_deref(), &ty) {
                (None, _) => None,
                (Some("ac"), Some(ty)) if voltage(ty) => Some("AC"),
                (Some("dc"), Some(ty)) if voltage(ty) => Some("DC"),
                (Some(_), Some(ty)) if !voltage(ty) => {
                    wrong(
                        here().key("current"),
                        format!("property `{name}`: `current` is for voltages"),
                    );
                    None
                }
                // (of a type not known, only the word is judged)
                (Some("ac" | "dc"), None) => None,
                (Some(c), _) => {
                    let lower = c.to_lowercase();
                    let hint = crate::suggest::did_you_mean(
                        &["ac", "dc"]
                            .into_iter()
                            .find(|word| *word == lower)
                            .map(str::to_string),
                    );
                    wrong(
                        here().key("current"),
                        format!(
                            "property `{name}`: `current` is \"ac\" or \"dc\", not `{c}`{hint}"
                        ),
                    );
                    None
                }
            };
            // a plain number holds a share as its `ratio` says, else as a fraction
            let plain_number =
                |ty: &PropertyType| matches!(ty, PropertyType::Number) && p.unit.is_none();
            let ratio = match (p.ratio.as_deref(), &ty) {
                (None, Some(ty)) if plain_number(ty) => Some(Ratio::Fraction),
                (None, _) => None,
                (Some(_), Some(ty)) if !plain_number(ty) => {
                    wrong(
                        here().key("ratio"),
                        format!("property `{name}`: `ratio` is for plain numbers (type \"number\", no unit): how a share written as one in so many is held"),
                    );
                    None
                }
                (Some(word), _) => match Ratio::WORDS.iter().find(|(w, _)| *w == word) {
                    Some(&(_, ratio)) => Some(ratio),
                    None => {
                        let hint = crate::suggest::did_you_mean(
                            &crate::suggest::closest(word, Ratio::WORDS.iter().map(|(w, _)| *w))
                                .map(str::to_string),
                        );
                        wrong(
                            here().key("ratio"),
                            format!("property `{name}`: `ratio` is \"fraction\" (1 for the whole: 0.25) or \"percent\" (100 for the whole: 25), not `{word}`{hint}"),
                        );
                        None
                    }
                },
            };
            // (an enum's or a list's values are in its type, taken from `p`: not copied)
            let values = match &ty {
                Some(ty) if p.values.is_empty() => ty.values(),
                _ => &p.values,
            };
            let mut value_keys = BTreeMap::new();
            for v in values {
                value_keys.insert(value_key(v), v.clone());
            }
            for (alias, target) in &p.value_aliases {
                if checked && !values.contains(target) {
                    let hint = crate::suggest::did_you_mean(
                        &crate::suggest::closest(target, values.iter().map(String::as_str))
                            .map(str::to_string),
                    );
                    wrong(
                        here().key("value_aliases").key(alias.as_str()),
                        format!("property `{name}`: value alias `{alias}` points at `{target}`, which is not one of its values{hint}"),
                    );
                }
                value_keys.insert(value_key(alias), target.clone());
            }
            let mut names = Vec::new();
            for (index, alias) in p.aliases.iter().chain(std::iter::once(&name)).enumerate() {
                // a name is looked up as written, then in lower case: `OAL` for a new property
                // would take a spec's `OAL` away from the property `oal` names
                let taken = match checked {
                    true => self.name_taken(alias),
                    false => None,
                };
                match taken.filter(|o| **o != name) {
                    Some(other) => {
                        let place = if index < p.aliases.len() {
                            here().key("aliases").index(index)
                        } else {
                            here()
                        };
                        wrong(
                            place,
                            format!(
                                "property `{name}`: the name `{alias}` is already used by `{other}`"
                            ),
                        );
                    }
                    None => names.push(alias.clone()),
                }
            }
            let Some(ty) = ty else {
                // what uses it is not told it is unknown: its mistakes are said here
                self.unusable_properties.extend(p.aliases);
                self.unusable_properties.insert(name);
                continue;
            };
            if self.properties.contains_key(&name) {
                // a property declared again is wholly the new one: the names the one it
                // replaces was found by are not kept (its value aliases are not either)
                self.names.retain(|_, of| *of != name);
            }
            for alias in names {
                self.names.insert(alias, name.clone());
            }
            let counted_in = match ty {
                PropertyType::Number | PropertyType::Integer => {
                    p.unit.as_deref().and_then(Unit::find)
                }
                _ => None,
            };
            let mut property = Property {
                name: name.clone(),
                description: p.description,
                ty,
                aliases: p.aliases,
                negative: p.negative,
                exact: p.exact,
                kinds: p.kinds,
                current,
                code_with: p.code_with,
                rated_load: p.rated_load,
                nominal: Vec::new(),
                implies: BTreeMap::new(),
                named_by: BTreeMap::new(),
                bytes: p.bytes,
                counted_in,
                ratio,
                value_keys,
            };
            property.nominal = nominal_figures(&property, p.nominal, here, &mut mistakes);
            if property.code_with.is_some() {
                coded.push(name.clone());
            }
            self.properties.insert(name, property);
        }
        // (once every property of the file is in: the one named may come after)
        for (name, property) in coded
            .iter()
            .filter(|_| checked)
            .filter_map(|n| Some((n, self.properties.get(n)?)))
        {
            let Some(other) = &property.code_with else {
                continue;
            };
            let enums = |p: &Property| matches!(p.ty, PropertyType::Enum(_));
            if !enums(property) || !self.property(other).is_some_and(enums) {
                let here = Path::default()
                    .key("property")
                    .key(name.as_str())
                    .key("code_with");
                mistakes.push((
                    here,
                    format!(
                        "property `{name}`: `code_with` names an enum property whose value is \
                         written after this enum's, as one code; `{other}` is none"
                    ),
                ));
            }
        }
        unchecked.said(&mut mistakes, ("property", "properties"));
        if mistakes.is_empty() {
            Ok(())
        } else {
            Err(mistakes)
        }
    }

    /// What only finds mistakes in a property's entry, each at its key within the entry, of
    /// [`Dictionary::merge`] when checked: kept out of its way, as code of its own, which the
    /// trusted built-in files never run (WebAssembly compiles a function when it is first
    /// called, all of it).
    #[inline(never)]
    fn property_form(
        &self,
        name: &str,
        p: &RawProperty,
        ty: Option<&PropertyType>,
    ) -> Vec<(Path, String)> {
        let mut mistakes = Vec::new();
        let mut wrong = |key: Path, message: String| mistakes.push((key, message));
        let here = Path::default;
        if p.exact && ty.is_some_and(|ty| !matches!(ty, PropertyType::Text | PropertyType::Enum(_)))
        {
            wrong(
                here().key("exact"),
                format!("property `{name}`: `exact` is for text and enum properties (their values are compared as written)"),
            );
        }
        if p.bytes && ty.is_some_and(|ty| !matches!(ty, PropertyType::Text)) {
            wrong(
                here().key("bytes"),
                format!("property `{name}`: `bytes` is for text properties (their value is bytes written in hex)"),
            );
        }
        if p.exact && !p.value_aliases.is_empty() {
            wrong(
                here().key("value_aliases"),
                format!("property `{name}` is `exact`: its values are compared as written, so it takes no value aliases"),
            );
        }
        for (index, kind) in p.kinds.iter().enumerate() {
            if !self.kinds.contains_key(kind.as_str()) && !self.is_unusable_kind(kind) {
                let hint = crate::suggest::did_you_mean(&self.suggest_kind(kind));
                wrong(
                    here().key("kinds").index(index),
                    format!("property `{name}`: unknown item kind `{kind}`{hint}"),
                );
            }
        }
        if p.rated_load
            && ty.is_some_and(
                |ty| !matches!(ty, PropertyType::Quantity(u) if u.dimension == Dimension::Mass),
            )
        {
            wrong(
                here().key("rated_load"),
                format!("property `{name}`: `rated_load` is for masses (a rating given as a mass or as its weight, a force)"),
            );
        }
        mistakes
    }

    /// The property a name already finds, looked up as written, then in lower case.
    #[inline(never)]
    fn name_taken(&self, name: &str) -> Option<&String> {
        self.names
            .get(name)
            .or_else(|| self.names.get(&lowered(name)?))
    }

    /// Adds a code file's trigraphs and NCB codes to those read before (a local file adds
    /// partner nations' codes to the built-in list, may rename a trigraph's country, and may
    /// replace an NCB code's entry, source and all). Every mistake comes with where in the file
    /// it lies, all of a file's at once; a code with a mistake is left out.
    pub(crate) fn set_codes(&mut self, raw: RawCodes) -> Result<(), Vec<(Path, String)>> {
        self.set_codes_checked(raw, true)
    }

    /// [`Dictionary::set_codes`]; unless `checked` (a trusted built-in file), what only finds
    /// mistakes is left out: the codes kept are the same where there are none.
    pub(crate) fn set_codes_checked(
        &mut self,
        raw: RawCodes,
        checked: bool,
    ) -> Result<(), Vec<(Path, String)>> {
        let mut mistakes = Vec::new();
        let mut unchecked = Unchecked::default();
        // (made only for a mistake: a code file that reads allocates no place for its codes)
        let trigraph_at = |code: &str| Path::default().key("trigraphs").key("codes").name(code);
        let alpha_2_at = || Path::default().key("trigraphs").key("alpha_2");
        for (code, country) in raw.trigraphs.codes {
            if unchecked.past_the_listed(&mistakes, || trigraph_at(&code)) {
                continue;
            }
            if checked && !in_capitals(&code, 3) {
                let hint = in_capitals_hint(&code, 3);
                mistakes.push((
                    trigraph_at(&code),
                    format!("trigraph `{code}` is not three capital letters{hint}"),
                ));
                continue;
            }
            self.codes.trigraphs.insert(code, country);
        }
        for (alpha_2, trigraph) in raw.trigraphs.alpha_2 {
            if unchecked.past_the_listed(&mistakes, || alpha_2_at().name(alpha_2.as_str())) {
                continue;
            }
            if checked && !in_capitals(&alpha_2, 2) {
                let hint = in_capitals_hint(&alpha_2, 2);
                mistakes.push((
                    alpha_2_at().name(alpha_2.as_str()),
                    format!("`{alpha_2}` is not two capital letters{hint}"),
                ));
                continue;
            }
            if checked && !self.codes.trigraphs.contains_key(&trigraph) {
                let hint = crate::suggest::did_you_mean(
                    &crate::suggest::closest(
                        &trigraph,
                        self.codes.trigraphs.keys().map(String::as_str),
                    )
                    .map(str::to_string),
                );
                mistakes.push((
                    alpha_2_at().key(alpha_2.as_str()),
                    format!(
                        "`{alpha_2}` is `{trigraph}`, which is not a trigraph of the list{hint}"
                    ),
                ));
                continue;
            }
            self.codes.alpha_2.insert(alpha_2, trigraph);
        }
        for (index, ncb) in raw.ncb.code.into_iter().enumerate() {
            let index = raw
                .ncb_at
                .as_ref()
                .and_then(|at| at.get(index))
                .copied()
                .unwrap_or(index);
            let ncb_at = || Path::default().key("ncb").key("code").index(index);
            if unchecked.past_the_listed(&mistakes, ncb_at) {
                continue;
            }
            if checked && (ncb.code.len() != 2 || !ncb.code.chars().all(|c| c.is_ascii_digit())) {
                mistakes.push((
                    ncb_at().key("code"),
                    format!("NCB code `{}` is not two digits", ncb.code),
                ));
                continue;
            }
            self.codes.ncb.insert(ncb.code.clone(), ncb);
        }
        unchecked.said(&mut mistakes, ("code", "codes"));
        if mistakes.is_empty() {
            Ok(())
        } else {
            Err(mistakes)
        }
    }
}

impl Dictionary {
    /// The names (its own and its aliases) that find `property`.
    fn names_of<'d>(&'d self, property: &'d str) -> impl Iterator<Item = &'d str> + 'd {
        self.names
            .iter()
            .filter(move |(_, p)| *p == property)
            .map(|(n, _)| n.as_str())
    }

    /// What a dictionary or code file made of the entries of `before` (the built-in one) that
    /// it declares again otherwise, said as notes naming `file`: a replaced property is wholly
    /// the file's, so what the built-in one had and it has not (a `current`, names, values) is
    /// named. A description alone changes no verdict and is not said. Run only for a user's
    /// own file.
    pub(crate) fn replaced_since(&self, before: &Dictionary, file: &str) -> Vec<String> {
        let quoted = |words: &[&str]| {
            words
                .iter()
                .map(|w| format!("`{w}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut notes = Vec::new();
        for (name, new) in &self.properties {
            let Some(old) = before.properties.get(name) else {
                continue;
            };
            // (its description changes no verdict; its names are its own and its aliases)
            let same = new.ty == old.ty
                && new.aliases == old.aliases
                && new.negative == old.negative
                && new.exact == old.exact
                && new.kinds == old.kinds
                && new.current == old.current
                && new.value_keys == old.value_keys
                && new.nominal == old.nominal;
            if same {
                continue;
            }
            let old_names: Vec<&str> = before.names_of(name).collect();
            let new_names: Vec<&str> = self.names_of(name).collect();
            let mut said = Vec::new();
            if new.ty.name() != old.ty.name() {
                said.push(format!(
                    "it is {} (the built-in one is {})",
                    new.ty.name(),
                    old.ty.name()
                ));
            }
            if new.current != old.current {
                let current = |c: Option<&str>| match c {
                    Some(c) => format!("`current = \"{}\"`", c.to_lowercase()),
                    None => "no `current`".to_string(),
                };
                said.push(format!(
                    "it has {} (the built-in one has {})",
                    current(new.current),
                    current(old.current)
                ));
            }
            let dropped: Vec<&str> = old_names
                .iter()
                .copied()
                .filter(|n| !new_names.contains(n))
                .collect();
            if !dropped.is_empty() {
                said.push(format!(
                    "the built-in one's names {} are no longer read",
                    quoted(&dropped)
                ));
            }
            let old_values = old.ty.values();
            let new_values = new.ty.values();
            let gone: Vec<&str> = old_values
                .iter()
                .map(String::as_str)
                .filter(|v| !new_values.contains(&v.to_string()))
                .collect();
            if !gone.is_empty() {
                said.push(format!(
                    "the built-in one's values {} are no longer accepted",
                    quoted(&gone)
                ));
            }
            let spellings: Vec<&str> = old
                .value_keys
                .iter()
                .filter(|(key, value)| {
                    !new.value_keys.contains_key(*key) && new_values.contains(value)
                })
                .map(|(key, _)| key.as_str())
                .collect();
            if !spellings.is_empty() {
                said.push(format!(
                    "the built-in one's value aliases {} are no longer read",
                    quoted(&spellings)
                ));
            }
            // (a figure read as its nominal is read so no longer, or as another)
            let unread: Vec<&str> = old
                .nominal
                .iter()
                .filter(|o| {
                    !new.nominal.iter().any(|n| {
                        n.stated.value == o.stated.value && n.nominal.value == o.nominal.value
                    })
                })
                .map(|o| &*o.stated.written)
                .collect();
            if !unread.is_empty() {
                said.push(format!(
                    "the built-in one's nominal figures {} are no longer read as their nominal",
                    quoted(&unread)
                ));
            }
            if new.negative != old.negative {
                said.push(format!("it has `negative = {}`", new.negative));
            }
            if new.exact != old.exact {
                said.push(format!("it has `exact = {}`", new.exact));
            }
            if new.kinds != old.kinds {
                said.push(if new.kinds.is_empty() {
                    "any kind of item may state it".to_string()
                } else {
                    format!(
                        "it is for the kinds {}",
                        quoted(&new.kinds.iter().map(String::as_str).collect::<Vec<_>>())
                    )
                });
            }
            let what = if said.is_empty() {
                String::new()
            } else {
                format!(": {}", said.join("; "))
            };
            notes.push(format!(
                "{file} replaces the built-in property `{name}` as a whole, with only what the file says of it{what}"
            ));
        }
        // item kinds, then test methods, whose description the file words otherwise
        let kinds = self.kinds.iter().filter(|(name, kind)| {
            before
                .kinds
                .get(*name)
                .is_some_and(|o| o.description != kind.description)
        });
        let methods = self.methods.iter().filter(|(name, method)| {
            before.methods.get(*name).is_some_and(|o| {
                o.description != method.description
                    || o.unstated_method_of != method.unstated_method_of
            })
        });
        let reworded = kinds
            .map(|(name, _)| ("item kind", name))
            .chain(methods.map(|(name, _)| ("test method", name)));
        for (what, name) in reworded {
            notes.push(format!(
                "{file} replaces the description of the built-in {what} `{name}`"
            ));
        }
        for (code, country) in &self.codes.trigraphs {
            if let Some(old) = before.codes.trigraphs.get(code).filter(|o| *o != country) {
                notes.push(format!(
                    "{file} renames the built-in trigraph `{code}`: `{country}` (the built-in list has `{old}`)"
                ));
            }
        }
        for (alpha_2, trigraph) in &self.codes.alpha_2 {
            if let Some(old) = before.codes.alpha_2.get(alpha_2).filter(|o| *o != trigraph) {
                notes.push(format!(
                    "{file} makes `{alpha_2}` the trigraph `{trigraph}` (the built-in list has `{old}`)"
                ));
            }
        }
        for (code, ncb) in &self.codes.ncb {
            if before.codes.ncb.get(code).is_some_and(|o| o != ncb) {
                notes.push(format!(
                    "{file} replaces the built-in NCB code `{code}` as a whole (`{}`)",
                    ncb.nation
                ));
            }
        }
        notes
    }
}

/// Whether a code is `letters` capital letters (a trigraph, an alpha-2 code).
fn in_capitals(code: &str, letters: usize) -> bool {
    code.len() == letters && code.chars().all(|c| c.is_ascii_uppercase())
}

/// ", did you mean `FRA`?" for a code that is one in capitals (`fra`), or nothing.
fn in_capitals_hint(code: &str, letters: usize) -> String {
    let upper = code.to_ascii_uppercase();
    crate::suggest::did_you_mean(&in_capitals(&upper, letters).then_some(upper))
}

/// The entries of a file past its first hundred mistakes, counted rather than checked: a file
/// of thousands of mistakes is one mistake repeated, and a did-you-mean costs a search.
#[derive(Default)]
struct Unchecked {
    /// The first entry not checked, and how many were not.
    first: Option<(Path, usize)>,
}

impl Unchecked {
    /// Whether the entry at `here` is past the listed mistakes: it is then counted.
    fn past_the_listed(
        &mut self,
        mistakes: &[(Path, String)],
        here: impl FnOnce() -> Path,
    ) -> bool {
        if mistakes.len() < crate::spec::MAX_ERRORS_LISTED {
            return false;
        }
        self.first.get_or_insert_with(|| (here(), 0)).1 += 1;
        true
    }

    /// Says how many entries (`entries`: one, and more) were not checked, at the first of them.
    fn said(self, mistakes: &mut Vec<(Path, String)>, entries: (&str, &str)) {
        if let Some((at, count)) = self.first {
            mistakes.push((at, crate::catalogue::not_checked(count, entries)));
        }
    }
}

/// The names a property's `type` may be: a dimension's, or one of the others.
fn type_names() -> impl Iterator<Item = &'static str> {
    Dimension::ALL
        .into_iter()
        .map(Dimension::name)
        .chain(["number", "integer", "text", "enum", "list", "flag"])
}

/// The property's type, or a mistake with the key it lies under (`type` or `unit`).
/// A property's nominal figures, read as its values are (`28 V`, `24 V`); each mistake told at
/// its key: a figure that is not one of the property's, one that stands for itself, a figure
/// given twice or that is another's nominal (a reading is never read again), a reading that
/// does not name its nominal figure, an empty source.
fn nominal_figures(
    property: &Property,
    raw: Vec<RawNominal>,
    here: impl Fn() -> Path,
    mistakes: &mut Vec<(Path, String)>,
) -> Vec<Nominal> {
    let name = &property.name;
    if raw.is_empty() {
        return Vec::new();
    }
    if !matches!(property.ty, PropertyType::Quantity(_)) {
        mistakes.push((
            here().key("nominal"),
            format!(
                "property `{name}`: `nominal` is for figures with a unit (a voltage, a length…), not {}",
                crate::suggest::a_or_an(&property.ty.name())
            ),
        ));
        return Vec::new();
    }
    let mut read: Vec<Nominal> = Vec::new();
    for (index, n) in raw.into_iter().enumerate() {
        let at = |key: &str| here().key("nominal").index(index).key(key);
        let mut figure = |key: &str, written: &str| {
            let told = match property.parse_scalar(written) {
                Err(e) => format!(" is `{written}`, not a figure of it: {e}"),
                // (`500 MA`: a catalogue's unit is written exactly; `28.000 V`, which reads
                // two ways, is its writer's to decide)
                Ok(figure) => match units::refused_in_capitals(written) {
                    None => match crate::catalogue::one_reading(written) {
                        Ok(()) => return Some(figure),
                        Err(two_ways) => format!(": {two_ways}"),
                    },
                    Some(refused) => format!(" is `{written}`: {refused}"),
                },
            };
            mistakes.push((at(key), format!("property `{name}`: nominal `{key}`{told}")));
            None
        };
        let (Some(stated), Some(nominal)) =
            (figure("stated", &n.stated), figure("nominal", &n.nominal))
        else {
            continue;
        };
        let mut told = |key: &str, message: String| {
            mistakes.push((at(key), format!("property `{name}`: {message}")));
        };
        if stated.value == nominal.value {
            told(
                "nominal",
                format!(
                    "`{}` is the figure `{}` stands for: a nominal is another figure",
                    n.nominal, n.stated
                ),
            );
            continue;
        }
        if let Some(other) = read.iter().find(|o| o.stated.value == stated.value) {
            told(
                "stated",
                format!(
                    "`{}` is already read as `{}`",
                    n.stated, other.nominal.written
                ),
            );
            continue;
        }
        let chained = read
            .iter()
            .find(|o| o.nominal.value == stated.value || o.stated.value == nominal.value);
        if let Some(other) = chained {
            told(
                "stated",
                format!(
                    "`{}` as `{}` and `{}` as `{}`: a figure read as its nominal is not read again; give each figure its nominal directly",
                    other.stated.written, other.nominal.written, n.stated, n.nominal
                ),
            );
            continue;
        }
        if !n.reading.contains(n.nominal.trim()) {
            told(
                "reading",
                format!(
                    "the reading `{}` does not name the nominal `{}`: say what the figure is read as",
                    n.reading,
                    n.nominal.trim()
                ),
            );
            continue;
        }
        if n.source.trim().is_empty() {
            told(
                "source",
                "a nominal figure needs a public source".to_string(),
            );
            continue;
        }
        read.push(Nominal {
            stated,
            nominal,
            reading: n.reading.trim().into(),
            source: n.source.trim().into(),
            confidence: n.confidence,
        });
    }
    read
}

/// The type `p` declares; an enum's or a list's values are taken from `p` into it.
fn property_type(name: &str, p: &mut RawProperty) -> Result<PropertyType, (&'static str, String)> {
    let ty = match p.ty.as_str() {
        "number" => PropertyType::Number,
        "integer" => PropertyType::Integer,
        "text" => PropertyType::Text,
        "flag" => PropertyType::Flag,
        "enum" if p.values.is_empty() => {
            return Err((
                "type",
                format!("property `{name}` is an enum without values"),
            ))
        }
        "enum" => PropertyType::Enum(std::mem::take(&mut p.values)),
        "list" => PropertyType::List(std::mem::take(&mut p.values)),
        other => {
            let dimension = Dimension::from_name(other).ok_or_else(|| {
                let hint = crate::suggest::did_you_mean(
                    &crate::suggest::closest(other, type_names()).map(str::to_string),
                );
                ("type", format!("property `{name}` has type `{other}`: not a dimension, number, integer, text, enum, list or flag{hint}"))
            })?;
            let unit_name = p.unit.as_deref().ok_or_else(|| {
                (
                    "type",
                    format!(
                        "property `{name}` is {} without a unit",
                        dimension.with_article()
                    ),
                )
            })?;
            let unit = unit_of(name, unit_name, Some(dimension))?;
            if unit.dimension != dimension {
                return Err((
                    "unit",
                    format!("property `{name}`: unit `{unit_name}` is not a unit of {dimension}"),
                ));
            }
            // (`MPA`: a spec file's is read with a warning, a catalogue's is written exactly)
            if let Some(refused) = units::refused_in_capitals(unit_name) {
                return Err(("unit", format!("property `{name}`: {refused}")));
            }
            PropertyType::Quantity(unit)
        }
    };
    match (&ty, p.unit.as_deref()) {
        // the unit a count is counted in (`symbol_rate`, in Bd)
        (PropertyType::Number | PropertyType::Integer, Some(unit_name)) => {
            unit_of(name, unit_name, None)?;
        }
        (PropertyType::Quantity(_), _) | (_, None) => {}
        (_, Some(_)) => {
            return Err((
                "unit",
                format!("property `{name}` is {} and cannot have a unit", ty.name()),
            ))
        }
    }
    Ok(ty)
}

/// The unit a property's `unit` names, or the mistake (a did-you-mean among the units of
/// `dimension` where it is known).
fn unit_of(
    name: &str,
    unit_name: &str,
    dimension: Option<Dimension>,
) -> Result<&'static Unit, (&'static str, String)> {
    Unit::find(unit_name).ok_or_else(|| {
        let hint = match dimension {
            Some(dimension) => crate::suggest::did_you_mean(
                &Unit::suggest_of(unit_name, dimension).map(str::to_string),
            ),
            // a count's unit says its quantity: a guess of the nearest spelling would be of
            // any (`kVA` was asked whether it meant `kPa`, a pressure)
            None => ": a number may be counted in any unit the tool reads (`Bd`, `kVA`), and \
                     no near spelling is offered for one, as it may be of another quantity"
                .to_string(),
        };
        (
            "unit",
            format!("property `{name}`: unknown unit `{unit_name}`{hint}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in dictionary, as the catalogue reads it.
    fn builtin() -> Dictionary {
        crate::catalogue::Catalogue::builtin()
            .unwrap()
            .dictionary
            .as_ref()
            .clone()
    }

    /// A value's key is the same read a byte at a time (an ASCII text) as a character at a
    /// time: every ASCII character, each whitespace that is one (a vertical tab too, which
    /// `u8::is_ascii_whitespace` is not), a capital, and a text with more than ASCII.
    #[test]
    fn a_value_key_of_ascii_is_that_of_its_characters() {
        let every_ascii: String = (0u8..128).map(char::from).collect();
        for text in [
            every_ascii.as_str(),
            "5.56x45 mm NATO",
            " Type\tII\x0b\x0cA ",
            "a\x1fb\x1cc",
            "5.56×45 mm NATO",
            "",
        ] {
            let by_chars: String = value_key_chars(text).collect();
            assert_eq!(value_key(text), by_chars, "{text:?}");
        }
        assert_eq!(value_key(" Type\tII\x0b\x0cA "), "typeiia");
        assert_eq!(value_key("a\x1fb"), "a\x1fb");
        assert_eq!(value_key("5.56×45 mm NATO"), "5.56x45mmnato");
    }

    /// A DC figure is not taken for an AC voltage, nor the other way; a voltage written without
    /// its kind is read for the property's.
    #[test]
    fn a_voltage_of_the_other_current_is_refused() {
        let d = builtin();
        let ac = d.property("ac_phase_voltage").unwrap();
        assert_eq!(
            ac.parse_scalar("115 VDC").unwrap_err().to_string(),
            "115 VDC is a DC voltage; ac_phase_voltage is an AC voltage"
        );
        for ok in ["115 VAC", "115 V AC", "115 V rms", "115 V"] {
            assert!(ac.parse_scalar(ok).is_ok(), "{ok}");
        }
        let dc = d.property("dc_voltage").unwrap();
        assert!(dc.parse_scalar("28 V AC").is_err());
        assert!(dc.parse_scalar("28 VDC").is_ok());
        // a property of neither kind takes both
        assert!(d
            .property("system_voltage")
            .unwrap()
            .parse_scalar("24 VDC")
            .is_ok());
    }

    /// A unit refused for its case names only the units of the property's dimension it may
    /// have meant: a force's `KN` is `kN`, a speed's `KN` the knot, a mass's `MG` either.
    #[test]
    fn a_case_clash_names_the_units_of_the_properties_dimension() {
        let d = builtin();
        let said = |property: &str, written: &str| {
            d.property(property)
                .unwrap()
                .parse_scalar(written)
                .unwrap_err()
                .to_string()
        };
        assert!(said("belt_tensile_strength", "16 KN")
            .starts_with("unknown unit `KN`: it differs only in case from `kN`, which"));
        assert!(said("muzzle_velocity", "16 KN")
            .starts_with("unknown unit `KN`: it differs only in case from `kn`, which"));
        assert!(said("bullet_mass", "9.5 MG")
            .starts_with("unknown unit `MG`: it differs only in case from `mg` or `Mg`, which"));
    }

    /// An allowed value that is a figure matches the same figure in another unit, exactly; a
    /// suggestion never changes a figure; an unknown unit is suggested in the right dimension.
    #[test]
    fn values_and_suggestions_keep_their_figures() {
        let d = builtin();
        let suspension = d.property("suspension").unwrap();
        for same in ["14\"", "14 inches", "355.6 mm", "14.0 in"] {
            assert_eq!(suspension.canonical_value(same).unwrap(), "14 in", "{same}");
        }
        // within the precision it is quoted to, and that within 1 % (±0.5 mm of 355.6 mm)
        for near in ["356 mm", "35.6 cm", "14.0 in", "76 cm"] {
            let read = suspension.canonical_value(near).unwrap();
            assert_eq!(
                read,
                if near == "76 cm" { "30 in" } else { "14 in" },
                "{near}"
            );
        }
        // beyond its precision (355 mm, ±0.5 mm), or a precision of more than 1 % (±5 mm), said
        for (far, why) in [
            ("355 mm", "it is 0.6 mm from 14 in (355.6 mm), beyond the ±0.5 mm it is quoted to"),
            ("356.0 mm", "it is 0.4 mm from 14 in (355.6 mm), beyond the ±0.05 mm it is quoted to"),
            ("14.1 in", "it is 0.1 in from 14 in, beyond the ±0.05 in it is quoted to"),
            ("36 cm", "it is quoted to ±0.5 cm, more than 1 % of 14 in (35.56 cm): write it more closely, or as 14 in"),
        ] {
            assert_eq!(
                suspension.canonical_value(far).unwrap_err().to_string(),
                format!("`{far}` is not a value of suspension (expected one of: single lug, 14 in, 30 in): {why}"),
            );
        }
        // far from every value, nothing more is said
        assert_eq!(
            suspension.canonical_value("0.4 m").unwrap_err().to_string(),
            "`0.4 m` is not a value of suspension (expected one of: single lug, 14 in, 30 in)"
        );
        // a value that names its current matches only a figure of that current
        let supply = d.property("pins_ef_supply").unwrap();
        assert_eq!(supply.canonical_value("28 VDC").unwrap(), "28 V DC");
        for other in ["28 V AC", "28 VAC", "28 V rms", "28 V", "115 VDC"] {
            assert!(supply.canonical_value(other).is_err(), "{other}");
        }
        // nor a figure the figure reader refuses (a fraction)
        let err = suspension
            .canonical_value("1/2 in")
            .unwrap_err()
            .to_string();
        assert!(!err.contains("did you mean"), "{err}");
        let pins = d.property("pins_ef_supply").unwrap();
        let err = pins.canonical_value("24 V DC").unwrap_err().to_string();
        assert!(!err.contains("did you mean"), "{err}");
        let err = pins.canonical_value("28 V D").unwrap_err().to_string();
        assert!(err.ends_with("did you mean `28 V DC`?"), "{err}");
        let mass = d.property("bullet_mass").unwrap();
        let err = mass.parse_scalar("62 grn").unwrap_err().to_string();
        assert_eq!(err, "unknown unit `grn`, did you mean `gr`?");
        let volume = d.property("chamber_volume").unwrap();
        assert_eq!(
            volume.parse_scalar("23 lt").unwrap_err().to_string(),
            "23 lt is a mass; chamber_volume is a volume, did you mean `L`?"
        );
    }

    /// A voltage that says neither DC nor AC, where the values say it, is never read as one of
    /// them (a supply of the other current on pins E and F is a fault), but told which value it
    /// may be; of two values of its figure, both.
    #[test]
    fn a_voltage_without_its_current_is_told_the_value_it_may_be() {
        let d = builtin();
        let pins = d.property("pins_ef_supply").unwrap();
        let told = |written: &str| pins.canonical_value(written).unwrap_err().to_string();
        let expected = "(expected one of: 28 V DC, 115 V AC, none, other)";
        assert_eq!(
            told("28 V"),
            format!("`28 V` is not a value of pins_ef_supply {expected}: `28 V` does not say DC or AC, did you mean `28 V DC`?")
        );
        assert_eq!(
            told("115V"),
            format!("`115V` is not a value of pins_ef_supply {expected}: `115V` does not say DC or AC, did you mean `115 V AC`?")
        );
        // within its precision too, as a figure that says its current is read
        assert!(told("28.0 volts")
            .ends_with(": `28.0 volts` does not say DC or AC, did you mean `28 V DC`?"));
        // a figure of no value's is told as before: not by its current
        let err = told("24 V");
        assert!(
            !err.contains("DC or AC") && !err.contains("did you mean"),
            "{err}"
        );
        // of two values of its figure, both; and one that says its current is read as before
        let raw: RawDictionary = toml::from_str(
            r#"
            [property.supply]
            description = "x"
            type = "enum"
            values = ["28 V DC", "28 V AC", "none"]
            "#,
        )
        .unwrap();
        let mut both = Dictionary::default();
        both.merge(raw).unwrap();
        let supply = both.property("supply").unwrap();
        assert_eq!(
            supply.canonical_value("28 V").unwrap_err().to_string(),
            "`28 V` is not a value of supply (expected one of: 28 V DC, 28 V AC, none): `28 V` does not say DC or AC: write `28 V DC` or `28 V AC`"
        );
        assert_eq!(supply.canonical_value("28 VAC").unwrap(), "28 V AC");
    }

    /// A figure that names a value only within its precision is told how, for the verdict's
    /// note; one that is the value exactly in another unit, or no figure, is not.
    #[test]
    fn a_value_named_within_precision_says_how() {
        assert_eq!(
            quoted_within("356 mm", "14 in").as_deref(),
            Some("356 mm means ±0.5 mm, and 14 in is 355.6 mm")
        );
        assert_eq!(
            quoted_within("76 cm", "30 in").as_deref(),
            Some("76 cm means ±0.5 cm, and 30 in is 76.2 cm")
        );
        assert_eq!(quoted_within("355.6 mm", "14 in"), None);
        assert_eq!(quoted_within("single lug", "14 in"), None);
        assert_eq!(quoted_within("28 V", "28 V DC"), None);
    }

    /// A voltage that says its current, where the value of its figure is of the other current
    /// (`28 V AC` where the value is `28 V DC`), is refused and told so: never offered the value
    /// of the other current as what it may mean (a supply of the other current is a fault).
    #[test]
    fn a_voltage_of_the_other_current_is_told_so_not_offered_the_value() {
        let d = builtin();
        let pins = d.property("pins_ef_supply").unwrap();
        let told = |written: &str| pins.canonical_value(written).unwrap_err().to_string();
        let expected = "(expected one of: 28 V DC, 115 V AC, none, other)";
        for (written, after) in [
            (
                "28 V AC",
                ": `28 V AC` is AC where the value is DC (`28 V DC`)",
            ),
            ("28VAC", ": `28VAC` is AC where the value is DC (`28 V DC`)"),
            (
                "28 V rms",
                ": `28 V rms` is AC where the value is DC (`28 V DC`)",
            ),
            (
                "115 V DC",
                ": `115 V DC` is DC where the value is AC (`115 V AC`)",
            ),
            // nor another figure of the other current, which its digits alone would offer
            ("2.8 V AC", ""),
        ] {
            assert_eq!(
                told(written),
                format!("`{written}` is not a value of pins_ef_supply {expected}{after}"),
                "{written}"
            );
        }
        // a figure of its own current is read as before
        assert_eq!(pins.canonical_value("28VDC").unwrap(), "28 V DC");
        assert_eq!(pins.canonical_value("115 V rms").unwrap(), "115 V AC");
    }

    /// A prefixed voltage with its current (`0.028 kV DC`, `28000 mV DC`) is the figure it is,
    /// of that current: read as the value, or told it is the other current as `28 V AC` is.
    #[test]
    fn a_prefixed_voltage_with_its_current_is_read_as_its_figure() {
        let d = builtin();
        let pins = d.property("pins_ef_supply").unwrap();
        for written in ["0.028 kV DC", "0.028 kVDC", "28000 mV DC", "28000 mVdc"] {
            assert_eq!(
                pins.canonical_value(written).unwrap(),
                "28 V DC",
                "{written}"
            );
        }
        assert_eq!(pins.canonical_value("0.115 kV AC").unwrap(), "115 V AC");
        assert_eq!(pins.canonical_value("0.115 kV rms").unwrap(), "115 V AC");
        let expected = "(expected one of: 28 V DC, 115 V AC, none, other)";
        assert_eq!(
            pins.canonical_value("0.028 kV AC").unwrap_err().to_string(),
            format!(
                "`0.028 kV AC` is not a value of pins_ef_supply {expected}: `0.028 kV AC` is AC \
                 where the value is DC (`28 V DC`)"
            )
        );
        assert_eq!(
            pins.canonical_value("115000 mV DC")
                .unwrap_err()
                .to_string(),
            format!(
                "`115000 mV DC` is not a value of pins_ef_supply {expected}: `115000 mV DC` is \
                 DC where the value is AC (`115 V AC`)"
            )
        );
        // and a voltage of its property's current reads in kV as in V
        let dc = d.property("dc_voltage").unwrap();
        assert_eq!(
            dc.parse_scalar("0.028 kV DC").unwrap().value,
            dc.parse_scalar("28 V DC").unwrap().value
        );
        assert!(matches!(
            dc.parse_scalar("0.028 kV AC"),
            Err(ValueError::Current { .. })
        ));
    }

    /// A figure with a decimal comma where the values are figures of its dimension (a
    /// suspension of `355,6 mm`, which is `14 in` written with a point) is told as the decimal
    /// comma it is, with the figure to write; not only that it is no value.
    #[test]
    fn a_decimal_comma_of_a_value_named_by_figures_is_told() {
        let d = builtin();
        let told = |property: &str, written: &str| {
            d.property(property)
                .unwrap()
                .canonical_value(written)
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            told("suspension", "355,6 mm"),
            "`355,6 mm` writes a decimal comma: write 355.6 mm"
        );
        assert_eq!(
            told("hook_spacings", "355,6mm"),
            "`355,6mm` writes a decimal comma: write 355.6 mm"
        );
        assert_eq!(
            told("pins_ef_supply", "28,0 V DC"),
            "`28,0 V DC` writes a decimal comma: write 28.0 V DC"
        );
        // the figure to write names the value
        let suspension = d.property("suspension").unwrap();
        assert_eq!(suspension.canonical_value("355.6 mm").unwrap(), "14 in");
        // of another dimension, or without its unit, it is no value, as before
        assert_eq!(
            told("suspension", "355,6 kg"),
            "`355,6 kg` is not a value of suspension (expected one of: single lug, 14 in, 30 in)"
        );
        assert!(told("suspension", "355,6").starts_with("`355,6` is not a value of suspension"));
    }

    /// A decimal comma in a figure with its unit is told of the whole figure, with the whole
    /// figure to write (`2268.5 kg`, not `2268.5`).
    #[test]
    fn a_decimal_comma_is_told_with_the_figure_to_write() {
        let d = builtin();
        let mass = d.property("store_mass").unwrap();
        let told = |written: &str| mass.parse_scalar(written).unwrap_err().to_string();
        for (written, message) in [
            ("2268,5 kg", "`2268,5 kg` writes a decimal comma: write 2268.5 kg"),
            (" 2268,5kg ", "`2268,5kg` writes a decimal comma: write 2268.5 kg"),
            ("-2268,5 kg", "`-2268,5 kg` writes a decimal comma: write -2268.5 kg"),
            ("2 268,5 kg", "`2 268,5 kg` writes a decimal comma: write 2268.5 kg"),
            ("2,2685e3 kg", "`2,2685e3 kg` writes a decimal comma: write 2.2685e3 kg"),
            (
                "2.268,5 kg",
                "`2.268,5 kg` writes a decimal comma, with points grouping thousands: write 2268.5 kg",
            ),
            // (without its unit, as before)
            (
                "2268,5",
                "`2268,5` writes a decimal comma and has no unit: write 2268.5 with its unit; store_mass is a mass (e.g. in kg)",
            ),
        ] {
            assert_eq!(told(written), message, "{written}");
        }
    }

    /// A figure is read as a nominal one where it is the stated figure in any unit, or names it
    /// within a precision of at most 1 % of it, and that names no other; never one beyond its
    /// precision, too coarse, or between two.
    #[test]
    fn a_figure_names_its_nominal_as_a_figure_names_a_value() {
        let raw: RawDictionary = toml::from_str(
            r#"
            [property.hook_spacing]
            description = "x"
            type = "length"
            unit = "mm"
            [[property.hook_spacing.nominal]]
            stated = "14 in"
            nominal = "350 mm"
            reading = "the 350 mm class"
            source = "test"
            confidence = "R"
            [[property.hook_spacing.nominal]]
            stated = "357 mm"
            nominal = "360 mm"
            reading = "the 360 mm class"
            source = "test"
            confidence = "R"
            "#,
        )
        .unwrap();
        let mut d = Dictionary::default();
        d.merge(raw).unwrap();
        let p = d.property("hook_spacing").unwrap();
        let read = |written: &str| {
            let figure = p.parse_scalar(written).unwrap();
            p.nominal_of(&figure).map(|n| n.nominal.written.to_string())
        };
        // 14 in is 355.6 mm exactly; 355.6 mm is it; 0.3556 m too
        assert_eq!(read("14 in").as_deref(), Some("350 mm"));
        assert_eq!(read("355.6 mm").as_deref(), Some("350 mm"));
        assert_eq!(read("0.3556 m").as_deref(), Some("350 mm"));
        // 357 mm is the other's; 355.5 mm (±0.05 mm) is beyond its precision of either
        assert_eq!(read("357 mm").as_deref(), Some("360 mm"));
        assert_eq!(read("355.5 mm"), None);
        // 356 mm (±0.5 mm) names 355.6 mm alone (357 mm is 1 mm off); 36 cm (±5 mm) is too
        // coarse; 1.17 ft (356.616 mm, ±1.524 mm) names both, so neither
        assert_eq!(read("356 mm").as_deref(), Some("350 mm"));
        assert_eq!(read("36 cm"), None);
        assert_eq!(read("1.17 ft"), None);
    }

    fn dictionary() -> Dictionary {
        let raw: RawDictionary = toml::from_str(
            r#"
            [property.overall_length]
            description = "x"
            type = "length"
            unit = "mm"
            aliases = ["oal"]
            [property.cartridge]
            description = "x"
            type = "enum"
            values = ["5.56x45mm NATO", ".223 Remington"]
            value_aliases = { "5.56 NATO" = "5.56x45mm NATO" }
            [property.freezing_point]
            description = "x"
            type = "temperature"
            unit = "°C"
            negative = true
            [property.pin_count]
            description = "x"
            type = "integer"
            "#,
        )
        .unwrap();
        let mut d = Dictionary::default();
        d.merge(raw).unwrap();
        d
    }

    #[test]
    fn values_become_typed() {
        let d = dictionary();
        let oal = d.property("oal").unwrap();
        assert_eq!(
            oal.parse_scalar("2.260 in").unwrap().value,
            Exact::new(57404, 1000)
        );
        assert_eq!(
            oal.parse_scalar("-1 mm").unwrap_err().to_string(),
            "-1 mm is negative; overall_length cannot be below zero"
        );
        let fp = d.property("freezing_point").unwrap();
        assert!(fp.parse_scalar("-52.6 °F").is_ok());
        let pins = d.property("pin_count").unwrap();
        assert_eq!(
            pins.parse_scalar("12.5").unwrap_err().to_string(),
            "12.5 is not a whole number; pin_count is an integer"
        );
        // a decimal comma in a count is told as no whole number, not as 12.5 to write
        assert_eq!(
            pins.parse_scalar("12,5").unwrap_err().to_string(),
            "12,5 (12.5, with a decimal comma) is not a whole number; pin_count is an integer"
        );
        assert_eq!(
            pins.parse_scalar("12,0").unwrap_err().to_string(),
            "`12,0` writes a decimal comma: write 12.0"
        );
        let c = d.property("cartridge").unwrap();
        assert_eq!(
            c.canonical_value("5.56×45 mm nato").unwrap(),
            "5.56x45mm NATO"
        );
        assert_eq!(c.canonical_value("5.56 NATO").unwrap(), "5.56x45mm NATO");
        // as sheets write them: without `mm`, with a decimal comma, by the US calibre (the
        // built-in dictionary's aliases)
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        let builtin = catalogue.dictionary.property("cartridge").unwrap();
        for (written, canonical) in [
            ("5.56x45 NATO", "5.56x45mm NATO"),
            ("5,56x45mm NATO", "5.56x45mm NATO"),
            ("7.62x51 NATO", "7.62x51mm NATO"),
            ("7,62 NATO", "7.62x51mm NATO"),
            ("12.7x99 NATO", "12.7x99mm NATO"),
            ("12,7 mm NATO", "12.7x99mm NATO"),
            ("12.7 NATO", "12.7x99mm NATO"),
            (".50 cal", "12.7x99mm NATO"),
            ("Cal .50", "12.7x99mm NATO"),
            ("9x19 NATO", "9x19mm"),
        ] {
            assert_eq!(
                builtin.canonical_value(written).unwrap(),
                canonical,
                "{written}"
            );
        }
        let err = c
            .canonical_value(".223 Remmington")
            .unwrap_err()
            .to_string();
        assert!(err.ends_with("did you mean `.223 Remington`?"), "{err}");
        // a code of the listed codes' form that none is is told how to add it
        let fuel_code = catalogue.dictionary.property("nato_code").unwrap();
        assert_eq!(
            fuel_code.unlisted_code("F-63", "").unwrap(),
            ": `F-63` has the form of the listed codes but is none of them: the catalogue lists \
             only those it has a public source for; to check items that state it, declare \
             nato_code again with it in a dictionary.toml of your own, loaded as your own \
             catalogue file (standards/README.md)"
        );
        for (other, after) in [
            ("F-3", ""),
            ("kerosene", ""),
            ("F-34x", ""),
            ("F-63", ", did"),
        ] {
            assert_eq!(fuel_code.unlisted_code(other, after), None, "{other}");
        }
        assert_eq!(builtin.unlisted_code("355,6 kg", ""), None);
        // a word processor's dash or non-breaking hyphen in a code is its hyphen
        let fuel = catalogue.dictionary.property("nato_code").unwrap();
        for written in ["F–34", "F‑34", "F‐34", "F−34"] {
            assert_eq!(fuel.canonical_value(written).unwrap(), "F-34", "{written}");
        }
        // a calibre alone is told the cartridges of it; never a figure of another calibre
        for (written, told) in [
            (
                "5.56mm",
                "`5.56mm` gives the calibre alone, not the cartridge: write `5.56x45mm NATO`",
            ),
            (
                "5,56 mm",
                "`5,56 mm` gives the calibre alone, not the cartridge: write `5.56x45mm NATO`",
            ),
            (
                "12.7",
                "`12.7` gives the calibre alone, not the cartridge: write `12.7x99mm NATO`",
            ),
            (
                "40mm",
                "`40mm` gives the calibre alone, not the cartridge: write `40x46mm` or `40x53mm`",
            ),
        ] {
            let err = builtin.canonical_value(written).unwrap_err().to_string();
            assert!(err.ends_with(told), "{written}: {err}");
        }
        for written in ["5.5mm", "5.56 in", "45mm", "5.56x"] {
            let err = builtin.canonical_value(written).unwrap_err().to_string();
            assert!(!err.contains("calibre alone"), "{written}: {err}");
        }
        let threat = catalogue.dictionary.property("threat").unwrap();
        let err = threat.canonical_value("7.62 mm").unwrap_err().to_string();
        assert!(
            err.ends_with(
                ": write `7.62x51mm M80 ball`, `7.62x39mm API BZ` or `7.62x51mm AP (WC core)`"
            ),
            "{err}"
        );
        // a design a standard of the cartridge names, written as the cartridge, is told as
        // the design, with the cartridge its standard selects (alone or in a bracket)
        for (written, told) in [
            ("M855", ": `M855` is a design, as STANAG 4172 names it: write it as `design: M855`, and cartridge as `5.56x45mm NATO`"),
            ("m80", ": `m80` is a design, as STANAG 2310 names it: write it as `design: M80`, and cartridge as `7.62x51mm NATO`"),
            ("5.56mm NATO (M855)", ": the bracket is a remark, not part of the value: write `5.56x45mm NATO`; `M855` is a design, as STANAG 4172 names it: write it as `design: M855`"),
            ("5.56mm NATO (lot 7)", ": the bracket is a remark, not part of the value: write `5.56x45mm NATO`, and the remark in the item's name or a comment"),
        ] {
            let err = builtin.canonical_value(written).unwrap_err().to_string();
            assert!(err.ends_with(told), "{written}: {err}");
        }
        assert!(builtin.named_by.get("m855").is_some_and(|n| n.len() == 1));
        // the STANAG magazine by the rifle whose magazine it is
        let magazine = catalogue.dictionary.property("magazine_interface").unwrap();
        for written in ["M16", "M16 magazine", "AR-15/M16", "ar15 magazine"] {
            assert_eq!(
                magazine.canonical_value(written).unwrap(),
                "STANAG 4179",
                "{written}"
            );
        }
        // a drive of `6x6` is no cartridge
        let mut drive = builtin.clone();
        drive.ty = PropertyType::Enum(vec!["6x6".into(), "8x8".into()]);
        let err = drive.canonical_value("6").unwrap_err().to_string();
        assert!(!err.contains("calibre"), "{err}");
    }

    /// A code of two enums' values (`1.1D`) is told as the two, by `code_with`; only where the
    /// text ends with a value of the other and starts with one of its own.
    #[test]
    fn a_code_of_two_values_is_told_as_the_two() {
        let d = builtin();
        let hd = d.property("hazard_division").unwrap();
        let two = |written: &str| match d.as_two_values(hd, written) {
            Some(ValueError::TwoValues(two)) => Some((two.value, two.other, two.other_value)),
            _ => None,
        };
        let said = |v: &str, g: &str| Some((v.to_string(), "compatibility_group".into(), g.into()));
        assert_eq!(two("1.1D"), said("1.1", "D"));
        assert_eq!(two(" Division 1.6 N "), said("1.6", "N"));
        for none in ["1.1I", "1.7D", "D", "1.1", "1.1DD", ""] {
            assert_eq!(two(none), None, "{none}");
        }
        // the property another's `code_with` names is told the same of the code
        let cg = d.property("compatibility_group").unwrap();
        assert_eq!(
            match d.as_two_values(cg, "HD 1.4S") {
                Some(ValueError::TwoValues(two)) => Some((two.value, two.other, two.other_value)),
                _ => None,
            },
            said("1.4", "S")
        );
        for none in ["1.1I", "1.7D", "D", "1.1", "S1.4", ""] {
            assert!(d.as_two_values(cg, none).is_none(), "{none}");
        }
        // a property neither with a `code_with` nor named by one is told nothing more
        let primer = d.property("primer_size").unwrap();
        assert!(d.as_two_values(primer, "1.1D").is_none());
    }

    /// A symbol rate is counted in baud (one symbol per second, ITU-R V.662): written with no
    /// unit, in baud, in kBd or as symbols per second, it is the same exact count.
    #[test]
    fn a_symbol_rate_is_read_in_baud() {
        let d = builtin();
        let rate = d.property("symbol_rate").unwrap();
        for written in [
            "2400",
            "2400 baud",
            "2400 Bd",
            "2.4 kBd",
            "2400 symbols/s",
            "2400 bauds",
        ] {
            let s = rate.parse_scalar(written).unwrap();
            assert_eq!(s.value, Exact::from_integer(2400), "{written}");
            // a count is exact, however it is written
            assert_eq!(s.half_unit, Exact::from_integer(0), "{written}");
        }
        let told = |written: &str| rate.parse_scalar(written).unwrap_err().to_string();
        assert_eq!(
            told("2.4005 kBd"),
            "2.4005 kBd (= 2400.5 Bd) is not a whole number; symbol_rate is an integer"
        );
        assert_eq!(
            told("2400.5 Bd"),
            "2400.5 Bd is not a whole number; symbol_rate is an integer"
        );
        assert_eq!(
            told("2,4 kBd"),
            "`2,4 kBd` writes a decimal comma: write 2.4 kBd"
        );
        // (a data rate: see `a_symbol_rate_in_bits_is_told_it_counts_symbols`)
        assert_eq!(
            told("2400 symbols"),
            "unknown unit `symbols`, did you mean `symbol/s`?"
        );
        // a count with no unit of its own still has none
        let pins = d.property("pin_count").unwrap();
        assert_eq!(
            pins.parse_scalar("19 baud").unwrap_err().to_string(),
            "19 baud has a unit; pin_count is a plain number"
        );
    }

    /// Baud counts symbols, not bits: a data rate written in it is refused with why, at its unit.
    #[test]
    fn a_data_rate_in_baud_is_told_it_counts_symbols() {
        let d = builtin();
        let rate = d.property("max_user_data_rate").unwrap();
        let err = rate.parse_scalar("2400 baud").unwrap_err();
        assert_eq!(
            err.to_string(),
            "2400 baud is a symbol rate: a baud is one symbol per second, not one bit, and a \
             symbol may carry several bits (8-PSK carries 3); give max_user_data_rate in bit/s"
        );
        assert!(err.is_about_unit());
        assert!(rate.parse_scalar("2.4 kBd").is_err());
    }

    /// The other way: a symbol rate written as a data rate is refused with why, at its unit, and
    /// what to write (the count of symbols that each carry one bit, where it is a whole one).
    #[test]
    fn a_symbol_rate_in_bits_is_told_it_counts_symbols() {
        let d = builtin();
        let rate = d.property("symbol_rate").unwrap();
        for (written, example) in [
            ("2400 bit/s", " (`2400 Bd` if each carries one)"),
            ("2.4 kbit/s", " (`2400 Bd` if each carries one)"),
            ("2400.5 bit/s", ""),
        ] {
            let err = rate.parse_scalar(written).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!(
                    "{written} is a data rate: symbol_rate counts symbols, and a baud is one \
                     symbol per second, not one bit (a symbol may carry several: 8-PSK carries \
                     3); give symbol_rate in Bd, the data rate divided by the bits a symbol \
                     carries{example}"
                )
            );
            assert!(err.is_about_unit(), "{written}");
        }
        // in baud, or with no unit: read
        assert!(rate.parse_scalar("2400 Bd").is_ok());
        assert!(rate.parse_scalar("2400").is_ok());
    }

    /// A codec written by both its names, joined by `/` (`H.264/AVC`: ITU-T H.264 is ISO/IEC
    /// 14496-10 AVC), is the one value they name; names of two values are refused naming
    /// both, and a part that names a value is suggested where the other names none.
    #[test]
    fn names_of_one_value_joined_by_a_slash_are_that_value() {
        let d = builtin();
        let codec = d.property("video_codec").unwrap();
        for (written, value) in [
            ("H.264/AVC", "H.264"),
            ("H.264 / MPEG-4 AVC", "H.264"),
            ("h.264 / avc", "H.264"),
            ("AVC/H.264/MPEG-4 Part 10", "H.264"),
            ("H.265/HEVC", "H.265"),
        ] {
            assert_eq!(codec.canonical_value(written).unwrap(), value, "{written}");
        }
        let told = |written: &str| codec.canonical_value(written).unwrap_err().to_string();
        assert_eq!(
            told("H.264/HEVC"),
            "`H.264/HEVC` is not a value of video_codec (expected one of: H.264, H.265, MPEG-2, \
             JPEG 2000, other): it joins names of different values, `H.264` and `HEVC` (H.265); \
             write the one it is"
        );
        assert_eq!(
            told("H.265/MPEG4"),
            "`H.265/MPEG4` is not a value of video_codec (expected one of: H.264, H.265, MPEG-2, \
             JPEG 2000, other), did you mean `H.265`?"
        );
        // a list's entries are told to be written apart
        let standards = d.property("misb_standards").unwrap();
        assert_eq!(
            standards
                .canonical_value("ST 0601/ST 0903")
                .unwrap_err()
                .to_string(),
            "`ST 0601/ST 0903` is not a value of misb_standards (expected one of: ST 0601, \
             ST 0903, ST 0102, other): it joins names of different values, `ST 0601` and \
             `ST 0903`; write each as an entry of the list"
        );
    }
}
