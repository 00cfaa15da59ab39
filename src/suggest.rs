//! "Did you mean": the closest known name to a misspelt one, by edit distance, used for unknown
//! units, properties, kinds, standards and trigraphs; and the small text helpers messages share
//! (counts, articles, and how a text with hidden characters is shown).

use std::borrow::Cow;

/// The candidate closest to `word` (ignoring case), if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_lowercase();
    let word: Vec<char> = lower.chars().collect();
    let limit = (word.len() / 3).max(1);
    candidates
        .into_iter()
        // a distance is at least the difference in length: most candidates end here, so a
        // file of thousands of unknown names is not a quadratic wait
        .filter(|c| c.chars().count().abs_diff(word.len()) <= limit)
        .filter_map(|c| {
            let theirs = c.to_lowercase();
            let d = distance_within(&word, &theirs, limit)?;
            words_alike(&lower, &theirs).then_some((d, c))
        })
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// Of two names (in lower case) of as many words joined by `_` (`towing_capacity`,
/// `load_capacity`), whether each word is itself a likely typo of the other's: a name that
/// shares one word and replaces another whole (`towing` for `load`) names something else,
/// however close its letters count. Names of one word, or of different counts
/// (`overalllength`), are weighed whole.
fn words_alike(ours: &str, theirs: &str) -> bool {
    let count = ours.split('_').count();
    if count < 2 || count != theirs.split('_').count() {
        return true;
    }
    ours.split('_').zip(theirs.split('_')).all(|(a, b)| {
        let a: Vec<char> = a.chars().collect();
        distance_within(&a, b, (a.len() / 3).max(1)).is_some()
    })
}

/// ", did you mean `x`?" or nothing: for error messages.
pub fn did_you_mean(suggestion: &Option<String>) -> String {
    match suggestion {
        Some(s) => format!(", did you mean `{s}`?"),
        None => String::new(),
    }
}

/// Edit distance over characters, counting two swapped neighbours as one edit (the optimal
/// string alignment distance: "lenght" is one from "length"), or `None` once it must exceed
/// `limit` (every entry of the last two rows above it: later rows cannot go below both).
fn distance_within(a: &[char], b: &str, limit: usize) -> Option<usize> {
    let b: Vec<char> = b.chars().collect();
    let mut before: Vec<usize> = Vec::new();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut row = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            // ok: `j < b.len()`; rows are `b.len() + 1` long
            let mut d = (previous[j] + usize::from(ca != cb))
                .min(previous[j + 1] + 1) // ok: `j < b.len()`; rows are `b.len() + 1` long
                .min(row[j] + 1); // ok: `j < b.len()`; rows are `b.len() + 1` long

            // ok: `i`, `j` > 0 checked first
            if i > 0 && j > 0 && ca == b[j - 1] && a[i - 1] == cb {
                d = d.min(before[j - 1] + 1); // ok: with `i > 0`, `before` is the row two up
            }
            row[j + 1] = d; // ok: `j < b.len()`; rows are `b.len() + 1` long
        }
        if row.iter().chain(&previous).all(|&d| d > limit) {
            return None;
        }
        before = std::mem::replace(&mut previous, row);
    }
    Some(previous[b.len()]).filter(|&d| d <= limit) // ok: rows are `b.len() + 1` long
}

/// `1,048,576`: a whole number with its thousands grouped, as sizes are told.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut said = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            said.push(',');
        }
        said.push(digit);
    }
    said
}

/// `1 item`, `11 items`: a count with its noun (one of the regular nouns this is used for).
pub fn counted(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// `a and b`, `a, b and c`.
pub fn and_listed<S: AsRef<str>>(items: &[S]) -> String {
    listed(items, "and")
}

/// `a or b`, `a, b or c`.
pub fn or_listed<S: AsRef<str>>(items: &[S]) -> String {
    listed(items, "or")
}

fn listed<S: AsRef<str>>(items: &[S], last_joined_by: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} {last_joined_by} {}", rest.join(", "), last.as_ref())
        }
    }
}

/// `a vehicle`, `an accessory`, `a uas-control-station`: a word with its indefinite article, by
/// how it is said, which for the item kinds and property names this is used for is its first
/// letter, but for a `u` said "you" (`unit`, `use`: a consonant and a vowel after it, other
/// than `un`'s `unattended`; `uas`, `uav`: a vowel after it, an acronym said letter by letter).
pub fn a_or_an(word: &str) -> String {
    let lower: Vec<char> = word
        .chars()
        .take(3)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let is_vowel = |c: &char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let said_you = match lower.as_slice() {
        ['u', 'n', 'i', ..] => true,
        ['u', 'n', ..] => false,
        // (an acronym said letter by letter: `uas`, `uav`)
        ['u', vowel, ..] if is_vowel(vowel) => true,
        ['u', consonant, vowel, ..] => {
            consonant.is_ascii_alphabetic() && !is_vowel(consonant) && is_vowel(vowel)
        }
        _ => false,
    };
    let vowel = lower.first().is_some_and(is_vowel) && !said_you;
    format!("{} {word}", if vowel { "an" } else { "a" })
}

/// The bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): each
/// with its Unicode name and what it does to the text shown after it. Put in a name, they make
/// the words around it read in another order than they are written (the "Trojan Source" class,
/// CVE-2021-42574, which Unicode's UTS #55 says to flag), so no spec or catalogue text may hold
/// one. The marks U+200E, U+200F and U+061C (left-to-right, right-to-left and Arabic letter
/// mark) are not among them: they only lend a direction to the neutral characters beside them,
/// reorder no word of another run, and a name in Arabic or Hebrew may need them to show right.
pub fn directional(c: char) -> Option<(&'static str, &'static str)> {
    Some(match c {
        '\u{202A}' => (
            "LEFT-TO-RIGHT EMBEDDING",
            "makes the text after it run left to right",
        ),
        '\u{202B}' => (
            "RIGHT-TO-LEFT EMBEDDING",
            "makes the text after it run right to left",
        ),
        '\u{202C}' => (
            "POP DIRECTIONAL FORMATTING",
            "ends the direction an earlier such character set, which changes how the text around it is shown",
        ),
        '\u{202D}' => (
            "LEFT-TO-RIGHT OVERRIDE",
            "forces the text after it to be shown left to right, letter by letter",
        ),
        '\u{202E}' => (
            "RIGHT-TO-LEFT OVERRIDE",
            "reverses how the text after it is shown",
        ),
        '\u{2066}' => (
            "LEFT-TO-RIGHT ISOLATE",
            "sets the text after it apart, running left to right",
        ),
        '\u{2067}' => (
            "RIGHT-TO-LEFT ISOLATE",
            "sets the text after it apart, running right to left",
        ),
        '\u{2068}' => (
            "FIRST STRONG ISOLATE",
            "sets the text after it apart, running the way its first letter does",
        ),
        '\u{2069}' => (
            "POP DIRECTIONAL ISOLATE",
            "ends the isolate an earlier such character began, which changes how the text around it is shown",
        ),
        _ => return None,
    })
}

/// The characters of a text quoted around its first bidirectional control ([`directional`]),
/// at most this many on each side.
const QUOTED_AROUND: usize = 24;

/// What is wrong with a text (`what`: "the text", "the key") that holds a bidirectional
/// control ([`directional`]), naming the first one and quoting the text around it escaped
/// ([`escape`]): `None` when it holds none. The message never holds the character itself.
pub fn directional_said(what: &str, text: &str) -> Option<String> {
    let (at, found) = text
        .char_indices()
        .find(|&(_, c)| directional(c).is_some())?;
    let (name, does) = directional(found)?;
    let (before, after) = text.split_at(at); // ok: `at` is from `char_indices`
    let start = before
        .char_indices()
        .rev()
        .nth(QUOTED_AROUND - 1)
        .map_or(0, |(i, _)| i);
    let end = after
        .char_indices()
        .nth(QUOTED_AROUND + 1)
        .map_or(text.len(), |(i, _)| at + i);
    let shown = text.get(start..end).unwrap_or_default();
    let quoted = format!(
        "{}{}{}",
        if start > 0 { "…" } else { "" },
        escape(shown),
        if end < text.len() { "…" } else { "" }
    );
    Some(format!(
        "{what} `{quoted}` holds U+{:04X} {name}, a hidden character that {does}: delete it",
        u32::from(found)
    ))
}

/// The characters that show as nothing (or as a plain space or break) and so cannot be told
/// apart where a message quotes them, with their Unicode names: a zero-width space a word
/// processor put into `g\u{200b}r`, a soft hyphen, a joiner, a byte order mark within a text.
/// (The marks U+200E, U+200F and U+061C lend a direction and are kept: see [`directional`].)
pub fn invisible(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{AD}' => "SOFT HYPHEN",
        '\u{34F}' => "COMBINING GRAPHEME JOINER",
        '\u{115F}' => "HANGUL CHOSEONG FILLER",
        '\u{1160}' => "HANGUL JUNGSEONG FILLER",
        '\u{180E}' => "MONGOLIAN VOWEL SEPARATOR",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{2028}' => "LINE SEPARATOR",
        '\u{2029}' => "PARAGRAPH SEPARATOR",
        '\u{2060}' => "WORD JOINER",
        '\u{2061}' => "FUNCTION APPLICATION",
        '\u{2062}' => "INVISIBLE TIMES",
        '\u{2063}' => "INVISIBLE SEPARATOR",
        '\u{2064}' => "INVISIBLE PLUS",
        '\u{3164}' => "HANGUL FILLER",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        '\u{FFA0}' => "HALFWIDTH HANGUL FILLER",
        _ => return None,
    })
}

/// Whether a Cyrillic or Greek letter is drawn as a Latin one is (`к` as `k`, `о` as `o`, `Μ`
/// as `M`): among Latin letters, it makes a word that reads as another (`кg` is no `kg`).
/// (`μ` and `Ω`, which units are written with, are not among them.)
fn looks_latin(c: char) -> bool {
    matches!(
        c,
        'а' | 'в'
            | 'е'
            | 'к'
            | 'м'
            | 'н'
            | 'о'
            | 'р'
            | 'с'
            | 'т'
            | 'у'
            | 'х'
            | 'і'
            | 'ј'
            | 'ѕ'
            | 'ԁ'
            | 'ԛ'
            | 'ԝ'
            | 'А'
            | 'В'
            | 'Е'
            | 'К'
            | 'М'
            | 'Н'
            | 'О'
            | 'Р'
            | 'С'
            | 'Т'
            | 'У'
            | 'Х'
            | 'І'
            | 'Ј'
            | 'Ѕ'
            | 'Α'
            | 'Β'
            | 'Ε'
            | 'Ζ'
            | 'Η'
            | 'Ι'
            | 'Κ'
            | 'Μ'
            | 'Ν'
            | 'Ο'
            | 'Ρ'
            | 'Τ'
            | 'Υ'
            | 'Χ'
            | 'ο'
            | 'ι'
            | 'κ'
            | 'ν'
            | 'ρ'
    )
}

/// Whether a character would act on a terminal, or on the order of a line, rather than show:
/// a C0 or C1 control, DEL, or a bidirectional control ([`directional`]); or shows as nothing
/// ([`invisible`]).
fn is_hidden(c: char) -> bool {
    c.is_control() || directional(c).is_some() || invisible(c).is_some()
}

/// Whether a word (`кg`) holds a Cyrillic or Greek letter drawn as a Latin one
/// ([`looks_latin`]) beside a Latin letter: those letters are shown by their code.
fn mixed(word: &str) -> bool {
    word.chars().any(looks_latin) && word.chars().any(|c| c.is_ascii_alphabetic())
}

/// A file's name as a command's argument to type in a shell: as it is where it is plain, else
/// in single quotes; `./` before one that starts as an option does (`./-chat.txt`); `-` for
/// standard input (`<stdin>`); escaped ([`escape`]).
pub fn file_argument(name: &str) -> String {
    let plain = |c: char| c.is_alphanumeric() || "._-/+,:@=".contains(c);
    let name = if name.starts_with('-') && name != "-" {
        Cow::Owned(format!("./{name}"))
    } else {
        Cow::Borrowed(name)
    };
    let arg = if name == crate::spec::STDIN_NAME {
        "-".to_string()
    } else if !name.is_empty() && name.chars().all(plain) {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', "'\\''"))
    };
    escape(&arg).into_owned()
}

/// Text from a file or an argument, made safe to show as part of a line: every character that
/// would act on a terminal or reorder the line is written as an escape (`\n`, `\u{1b}`,
/// `\u{202e}`), so that a name with an escape sequence, a line break or a right-to-left override
/// cannot colour, hide or forge a line of the report, nor reverse the words of a page after it;
/// and so is one that shows as nothing (`4 g\u{200b}r`, [`invisible`]), or a Cyrillic or Greek
/// letter drawn as a Latin one in a word of Latin letters (`4 \u{43a}g`), so that what a message
/// quotes reads as what was written. The CLI shows every text of a file so; the page, the names
/// of files and what its messages quote.
pub fn escape(text: &str) -> Cow<'_, str> {
    escape_with(text, false)
}

/// [`escape`], keeping line breaks if `keep_newlines` (a text of several lines).
pub fn escape_with(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let kept = |c: char| !is_hidden(c) || (keep_newlines && c == '\n');
    // (a word is what lies between spaces, line breaks and quotes)
    let words = || text.split(|c: char| c.is_whitespace() || c == '`');
    let confusable = text.chars().any(looks_latin) && words().any(mixed);
    if text.chars().all(kept) && !confusable {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut in_mixed = false;
    let mut word_start = true;
    for (at, c) in text.char_indices() {
        if word_start {
            let rest = text.get(at..).unwrap_or_default();
            in_mixed = confusable
                && rest
                    .split(|c: char| c.is_whitespace() || c == '`')
                    .next()
                    .is_some_and(mixed);
        }
        word_start = c.is_whitespace() || c == '`';
        match c {
            c if in_mixed && looks_latin(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c if kept(c) => out.push(c),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
        }
    }
    Cow::Owned(out)
}

/// Edit distance over characters (swapped neighbours count once).
#[cfg(test)]
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    distance_within(&a, b, usize::MAX - 1).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    /// The article goes by how the word is said: `a uas-control-station` ("you"), as `a unit`;
    /// `an unmanned-aircraft`, `an unattended-sensor`, `an ultralight`, `an accessory`.
    #[test]
    fn the_article_goes_by_how_the_word_is_said() {
        let said = |w: &str| super::a_or_an(w);
        assert_eq!(said("uas-control-station"), "a uas-control-station");
        assert_eq!(said("unit"), "a unit");
        assert_eq!(said("unmanned-aircraft"), "an unmanned-aircraft");
        assert_eq!(said("unattended-sensor"), "an unattended-sensor");
        assert_eq!(said("ultralight"), "an ultralight");
        assert_eq!(said("accessory"), "an accessory");
        assert_eq!(said("vehicle"), "a vehicle");
    }

    use super::*;

    #[test]
    fn finds_typos_not_strangers() {
        assert_eq!(closest("calibre", ["caliber", "mass"]), Some("caliber"));
        assert_eq!(
            closest("overal_length", ["overall_length", "case_length"]),
            Some("overall_length")
        );
        assert_eq!(closest("zzz", ["overall_length"]), None);
        // a swap of two letters is one edit: not a tie with a word two letters away
        assert_eq!(distance("lenght", "length"), 1);
        assert_eq!(distance("ab", "ba"), 1);
        assert_eq!(distance("abc", "ca"), 3);
        assert_eq!(
            closest("overall_lenght", ["overall_height", "overall_length"]),
            Some("overall_length")
        );
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("abc", ""), 3);
        let kitten: Vec<char> = "kitten".chars().collect();
        assert_eq!(distance_within(&kitten, "sitting", 3), Some(3));
        assert_eq!(distance_within(&kitten, "sitting", 2), None);
        assert_eq!(distance_within(&kitten, "kitten", 0), Some(0));
        // ignoring case, and within a third of the word's length
        assert_eq!(closest("MASS", ["mass", "case_mass"]), Some("mass"));
        assert_eq!(
            closest("projectile_mas", ["projectile_mass"]),
            Some("projectile_mass")
        );
        assert_eq!(closest("ab", ["abcd"]), None);
        assert_eq!(
            [0, 999, 1000, 1_048_576, 314_572_800].map(grouped),
            ["0", "999", "1,000", "1,048,576", "314,572,800"]
        );
        // a name that replaces a whole word of another is no typo of it, however few letters
        // apart (a towing capacity is not a payload's `load_capacity`); a typo in each word is
        assert_eq!(closest("towing_capacity", ["load_capacity"]), None);
        assert_eq!(
            closest("overal_lenght", ["overall_length"]),
            Some("overall_length")
        );
        assert_eq!(closest("mlc_tracked", ["mlc_wheeled"]), None);
        assert_eq!(
            closest("overalllength", ["overall_length"]),
            Some("overall_length")
        );
    }

    /// Controls and the characters that reorder a line are escaped (a file name on the page,
    /// any supplier text in the CLI); the marks that only lend a direction are shown.
    #[test]
    fn hidden_characters_are_escaped_and_direction_marks_kept() {
        assert!(matches!(escape("plain ±°"), Cow::Borrowed("plain ±°")));
        assert_eq!(
            escape("a\u{202E}b\u{2066}c\u{1b}[1m\n\t"),
            "a\\u{202e}b\\u{2066}c\\u{1b}[1m\\n\\t"
        );
        assert_eq!(escape_with("two\nlines\r", true), "two\nlines\\r");
        let marked = "\u{5E9}\u{200F} (2) \u{200E}\u{61C}";
        assert!(matches!(escape(marked), Cow::Borrowed(_)));
        assert_eq!(directional_said("the text", marked), None);
        // what shows as nothing is shown by its code, where a message quotes it
        assert_eq!(escape("4 g\u{200b}r"), "4 g\\u{200b}r");
        assert_eq!(escape("4 g\u{ad}r \u{feff}"), "4 g\\u{ad}r \\u{feff}");
        assert_eq!(invisible('\u{200b}'), Some("ZERO WIDTH SPACE"));
        // a Cyrillic or Greek letter drawn as a Latin one, in a word of Latin letters
        assert_eq!(escape("4 кg"), "4 \\u{43a}g");
        assert_eq!(escape("unit `кg`: write kg"), "unit `\\u{43a}g`: write kg");
        assert_eq!(escape("Μm"), "\\u{39c}m");
        // ... not in a word of its own script, nor a unit's `μ` or `Ω`
        for kept in ["Марка М-16", "4 μm", "10 kΩ", "Т-72Б tank", "ΑΒΓ"] {
            assert!(matches!(escape(kept), Cow::Borrowed(_)), "{kept}");
        }
        for c in ('\u{202A}'..='\u{202E}').chain('\u{2066}'..='\u{2069}') {
            let said = directional_said("the key", &format!("k{c}")).unwrap_or_default();
            assert!(said.starts_with("the key `k\\u{"), "{said}");
            assert!(!said.contains(c), "{said}");
        }
    }
}
