//! Fix: a change to a spec file's text that one of its errors says for certain (`57,4 mm`:
//! write 57.4 mm), found at the error's place, and the file's text with every such change made
//! ([`mend`]). The page offers them as one button, the CLI as the `fix` command.
//!
//! A fix is only ever what its error's message already tells the user to write, and only where
//! it is certain: a decimal comma, thousands grouped by points, apostrophes, spaces (a bare JSON
//! or TOML number) or underscores, a sign apart from its figure, a key glued to its value, a
//! text in typographic quotes, one text for a list or for a figure's table, a space a word
//! processor wrote, a tab after a key's `:`. Nothing that needs the user's judgement (`5,000`, a figure with
//! a tolerance, a missing unit) is changed, and a number's fix never changes a digit or a unit.

use crate::dictionary::{Dictionary, ValueError};
use crate::document::{self, Format, LineIndex, Pos, SyntaxError, TYPOGRAPHIC_QUOTES};
use crate::spec::{self, Problem, SpecError};
use crate::units::{NumberError, QuantityError};

/// How many times [`mend`] reads the file again for the errors its fixes uncover (a syntax
/// error stops the reading, so each typographic quote TOML chokes on is found by one reading;
/// JSON's are all found at the first, outside its own strings).
pub const MAX_ROUNDS: usize = 64;

/// One change made to a spec's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// The line it is on (no fix adds or removes a line, so this is the line of the file as
    /// given too).
    pub line: u32,
    /// What was written.
    pub written: String,
    /// What is written in its place.
    pub replacement: String,
}

impl Fix {
    /// The change as a message says it: "`57,4 mm` → `57.4 mm`"; a space that shows as one
    /// by its name ("a no-break space (U+00A0) → a space"); each text escaped as supplier text
    /// is ([`crate::suggest::escape`]).
    pub fn change(&self) -> String {
        let mut chars = self.written.chars();
        let named = match (chars.next(), chars.next()) {
            (Some('\t'), None) => Some("a tab"),
            (Some(c), None) => document::space_like(c),
            _ => None,
        };
        match named {
            Some(name) if self.replacement == " " => format!("{name} → a space"),
            _ => format!(
                "`{}` → `{}`",
                crate::suggest::escape(&self.written),
                crate::suggest::escape(&self.replacement)
            ),
        }
    }
}

/// A spec's text with the fixes its errors said made, and those fixes in the order made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mended {
    pub text: String,
    pub fixes: Vec<Fix>,
    /// Stopped at [`MAX_ROUNDS`] readings with fixes still said: mending the text again makes
    /// more.
    pub unfinished: bool,
}

/// What `problem` says to write instead of what is written, where that is certain, as
/// (written, replacement). `at` is the byte of `text` where the error is, which tells a syntax
/// error at a stray space, a typographic quote or a number grouped by spaces.
fn said(problem: &Problem, text: &str, at: usize) -> Option<(String, String)> {
    let rest = text.get(at..)?;
    let rest = rest.split(['\n', '\r']).next().unwrap_or_default();
    match problem {
        Problem::Value(value) => number_said(value),
        Problem::NoSpaceAfterColon {
            written,
            key,
            value,
        } => Some((written.clone(), format!("{key}: {value}"))),
        Problem::TypographicQuotes(written) => straight_quoted(written),
        Problem::NotAList { written, list, .. } => Some((written.clone(), list.clone())),
        // `{ value: 356, unit: mm }` on one line, for a property of one text: `"356 mm"`
        Problem::FigureAsTable { text: figure, .. } => {
            let inner = rest.strip_prefix('{')?;
            let close = inner.find('}')?;
            let table = inner.get(..close)?;
            // (quoted as JSON quotes, which YAML and TOML read alike: a no-break space as it is)
            (!table.contains('{')).then(|| {
                (
                    format!("{{{table}}}"),
                    serde_json::Value::String(figure.clone()).to_string(),
                )
            })
        }
        // a character the syntax stopped at, which the message says to retype: a space, or
        // the first of a text's typographic quotes (both retyped, or the text would run on)
        Problem::Syntax(SyntaxError::Invalid { format, .. }) => {
            let c = rest.chars().next()?;
            // (a tab only after a key's `:`: in an indentation, how many spaces it stands for is
            // not known)
            let after_colon = || text.get(..at).is_some_and(|t| t.ends_with(':'));
            if document::space_like(c).is_some() || (c == '\t' && after_colon()) {
                Some((c.to_string(), " ".to_string()))
            } else if TYPOGRAPHIC_QUOTES.contains(&c) {
                straight_quoted(quoted_token(rest, c)?)
            } else if matches!(format, Format::Json | Format::Toml) {
                // `1 500`, a bare number JSON and TOML read no spaces in: told at its first byte
                let spaced = document::spaced_number(text, at, "")?;
                (spaced.start == at)
                    .then(|| same_figure(spaced.written, spaced.plain))
                    .flatten()
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The figure a value's error says to write, where it is the same figure with its digits
/// separated as a figure is written here (never another digit, sign or unit: `44,70 ± 0,05 mm`,
/// told to state one figure, is no such fix).
fn number_said(value: &ValueError) -> Option<(String, String)> {
    let (written, plain) = match value {
        ValueError::Quantity(QuantityError::Number(
            NumberError::DecimalComma { written, plain, .. }
            | NumberError::PointsGroup { written, plain }
            | NumberError::ApostropheGroups { written, plain }
            | NumberError::SignApart { written, plain }
            | NumberError::DecimalSpace { written, plain },
        ))
        | ValueError::DecimalCommaNoUnit { written, plain, .. } => (written, plain),
        // `12_000 kg`: "write the number plainly"
        ValueError::Quantity(QuantityError::Number(NumberError::Underscore(written))) => {
            return same_figure(written.clone(), written.replace('_', ""));
        }
        _ => return None,
    };
    same_figure(written.clone(), plain.clone())
}

/// (`written`, `plain`) where they are one figure with its digits separated otherwise (`1.200,5 g`
/// and `1200.5 g`, `- 47 °C` and `-47 °C`): the same digits, sign and unit in the same order.
fn same_figure(written: String, plain: String) -> Option<(String, String)> {
    let kept = |text: &str| -> String {
        text.chars()
            .filter(|c| {
                !matches!(c, ',' | '.' | '\'' | '’' | ' ' | '_')
                    && document::space_like(*c).is_none()
            })
            .map(|c| if c == '−' { '-' } else { c })
            .collect()
    };
    (kept(&written) == kept(&plain)).then_some((written, plain))
}

/// The text a typographic quote `open` at the start of `rest` opens, to the quote that closes it:
/// the first one after it that ends a token (a line's end, a space, or `,` `:` `=` `]` `}` after
/// it), so that an apostrophe inside (`“O’Brien”`) does not close it.
fn quoted_token(rest: &str, open: char) -> Option<&str> {
    let inner = rest.get(open.len_utf8()..)?;
    let ends = |after: Option<char>| {
        after.is_none_or(|c| c.is_whitespace() || matches!(c, ',' | ':' | '=' | ']' | '}'))
    };
    let (close, closing) = inner.char_indices().find(|&(i, c)| {
        TYPOGRAPHIC_QUOTES.contains(&c)
            && ends(inner.get(i + c.len_utf8()..).and_then(|t| t.chars().next()))
    })?;
    rest.get(..open.len_utf8() + close + closing.len_utf8())
}

/// `”4 g”` as `"4 g"`: a text wholly in typographic quotes in straight ones, where none inside it
/// could be one of them (an apostrophe may be inside double ones: `“O’Brien”`).
fn straight_quoted(written: &str) -> Option<(String, String)> {
    const DOUBLE: [char; 6] = ['“', '”', '„', '‟', '«', '»'];
    let mut chars = written.chars();
    let (first, last) = (chars.next()?, chars.next_back()?);
    let inner = chars.as_str();
    let typographic = |c: char| TYPOGRAPHIC_QUOTES.contains(&c);
    let closes = |c: char| {
        if DOUBLE.contains(&first) {
            DOUBLE.contains(&c)
        } else {
            typographic(c)
        }
    };
    (typographic(first)
        && typographic(last)
        && !inner.chars().any(|c| closes(c) || matches!(c, '"' | '\\')))
    .then(|| (written.to_string(), format!("\"{inner}\"")))
}

/// Where `written` is on the line of `pos` in `text`: the first time at or after its column,
/// else the one time on the line; as a byte range of `text`.
fn located(text: &str, lines: &LineIndex, pos: Pos, written: &str) -> Option<(usize, usize)> {
    let start = lines.offset(Pos {
        line: pos.line,
        col: 1,
    });
    let line_end = text
        .get(start..)?
        .find(['\n', '\r'])
        .map_or(text.len(), |n| start + n);
    let line = text.get(start..line_end)?;
    let from = lines.offset(pos).clamp(start, line_end) - start;
    let at = match line.get(from..).and_then(|rest| rest.find(written)) {
        Some(n) => from + n,
        None => {
            let mut found = line.match_indices(written);
            match (found.next(), found.next()) {
                (Some((n, _)), None) => n,
                _ => return None,
            }
        }
    };
    Some((start + at, start + at + written.len()))
}

/// The quote (`"` or `'`) on both sides of `begin..end` of `text`, if any.
fn quoted_by(text: &str, (begin, end): (usize, usize)) -> Option<char> {
    let before = text.get(..begin).and_then(|t| t.chars().next_back())?;
    let after = text.get(end..).and_then(|t| t.chars().next())?;
    (matches!(before, '"' | '\'') && before == after).then_some(before)
}

/// The range and replacement of a fix found at `range` of `text`, as the quotes around it ask:
/// a list's replacement takes them with it (`"F-34"` as `["F-34"]`), and a text in straight
/// quotes already loses its typographic ones without gaining more (`"”4 g”"` as `"4 g"`). `None`
/// for such a replacement in quotes with spaces inside them (`"F-34 "`), which it would land in.
fn within_quotes(
    text: &str,
    (begin, end): (usize, usize),
    replacement: String,
) -> Option<((usize, usize), String)> {
    let structural = replacement.starts_with(['[', '"']);
    let spaced_quote = || {
        let before = text.get(..begin)?.trim_end_matches(char::is_whitespace);
        let after = text.get(end..)?.trim_start_matches(char::is_whitespace);
        Some(before.ends_with(['"', '\'']) || after.starts_with(['"', '\'']))
    };
    Some(match quoted_by(text, (begin, end)) {
        None if structural && spaced_quote() != Some(false) => return None,
        Some(_) if replacement.starts_with('[') => ((begin - 1, end + 1), replacement),
        Some(_)
            if replacement.len() >= 2
                && replacement.starts_with('"')
                && replacement.ends_with('"') =>
        {
            let inner = replacement
                .get(1..replacement.len() - 1)
                .unwrap_or_default();
            ((begin, end), inner.to_string())
        }
        _ => ((begin, end), replacement),
    })
}

/// The fixes `errors` say for `text` (the text they were found in), each with its byte range
/// of `text`; where two would overlap, the first.
fn fixes(text: &str, errors: &[SpecError]) -> Vec<((usize, usize), Fix)> {
    let bom = text.len() - document::without_bom(text).len();
    let body = document::without_bom(text);
    let lines = LineIndex::new(body);
    let mut found: Vec<((usize, usize), Fix)> = Vec::new();
    for error in errors {
        let pos = Pos {
            line: error.place.line,
            col: error.place.col,
        };
        let Some((written, replacement)) = said(&error.problem, body, lines.offset(pos)) else {
            continue;
        };
        let Some(range) = located(body, &lines, pos, &written) else {
            continue;
        };
        let Some(((begin, end), replacement)) = within_quotes(body, range, replacement) else {
            continue;
        };
        let range = (bom + begin, bom + end);
        let fix = Fix {
            line: error.place.line,
            // (as it is in the text, quotes a list takes with it too)
            written: text.get(range.0..range.1).unwrap_or(&written).to_string(),
            replacement,
        };
        if !added(&mut found, range, fix) {
            continue;
        }
        // a JSON text typed in a word processor: every key and text after this one in its
        // quotes too, in one reading rather than one each
        if matches!(
            &error.problem,
            Problem::Syntax(SyntaxError::Invalid {
                format: Format::Json,
                ..
            })
        ) && body
            .get(begin..)
            .is_some_and(|t| t.starts_with(TYPOGRAPHIC_QUOTES))
        {
            for (begin, end, replacement) in json_quoted_after(body, end) {
                let range = (bom + begin, bom + end);
                let fix = Fix {
                    line: lines.pos(begin).line,
                    written: text.get(range.0..range.1).unwrap_or_default().to_string(),
                    replacement,
                };
                added(&mut found, range, fix);
            }
        }
    }
    found
}

/// Adds `fix` at `range` to `found`, unless it overlaps one there: whether it did.
fn added(found: &mut Vec<((usize, usize), Fix)>, range: (usize, usize), fix: Fix) -> bool {
    let free = !found.iter().any(|((b, e), _)| range.0 < *e && *b < range.1);
    if free {
        found.push((range, fix));
    }
    free
}

/// The texts in typographic quotes of a JSON text from byte `from`, which is outside any of its
/// strings, to the first that is not one such text only: each outside the JSON's own strings,
/// where JSON reads no such quote, as (begin, end, the text in straight quotes). A straight
/// quote inside one stops it (which strings are JSON's is not known past it).
fn json_quoted_after(text: &str, from: usize) -> Vec<(usize, usize, String)> {
    let mut found = Vec::new();
    let Some(rest) = text.get(from..) else {
        return found;
    };
    let (mut in_string, mut escaped) = (false, false);
    let mut chars = rest.char_indices();
    while let Some((i, c)) = chars.next() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
        } else if TYPOGRAPHIC_QUOTES.contains(&c) {
            let Some((written, replacement)) = rest
                .get(i..)
                .and_then(|t| t.split(['\n', '\r']).next())
                .and_then(|line| quoted_token(line, c))
                .and_then(straight_quoted)
            else {
                break;
            };
            found.push((from + i, from + i + written.len(), replacement));
            // past the text and its closing quote
            let end = i + written.len();
            while chars.clone().next().is_some_and(|(j, _)| j < end) {
                chars.next();
            }
        }
    }
    found
}

/// Whether any of `errors` (of `text`) says a fix [`mend`] would make: cheap, no reading.
pub fn any_said(text: &str, errors: &[SpecError]) -> bool {
    !fixes(text, errors).is_empty()
}

/// `text` with the fixes its errors say made, reading it again for the errors they uncover
/// (a syntax error stops the reading at the first), at most [`MAX_ROUNDS`] times; `None` where
/// its errors say none (or it reads).
pub fn mend(name: &str, text: &str, dictionary: &Dictionary) -> Option<Mended> {
    let mut mended = Mended {
        text: text.to_string(),
        fixes: Vec::new(),
        unfinished: false,
    };
    for reading in 0..=MAX_ROUNDS {
        let Err(rejected) = spec::parse(name, &mended.text, dictionary) else {
            break;
        };
        let mut round = fixes(&mended.text, &rejected.errors);
        if round.is_empty() {
            break;
        }
        if reading == MAX_ROUNDS {
            mended.unfinished = true;
            break;
        }
        // made from the end, so that each range still holds what it held
        round.sort_by_key(|(range, _)| std::cmp::Reverse(range.0));
        for ((begin, end), fix) in &round {
            mended.text.replace_range(begin..end, &fix.replacement);
        }
        round.reverse();
        mended.fixes.extend(round.into_iter().map(|(_, fix)| fix));
    }
    (!mended.fixes.is_empty()).then_some(mended)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dictionary() -> Dictionary {
        (*crate::catalogue::Catalogue::builtin().unwrap().dictionary).clone()
    }

    fn mended(name: &str, text: &str) -> Option<Mended> {
        mend(name, text, &dictionary())
    }

    /// One item `a` of `kind` in YAML, its properties' lines after.
    fn yaml(kind: &str, properties: &str) -> String {
        format!(
            "items:\n  - id: a\n    name: x\n    nation: FRA\n    kind: {kind}\n    \
             properties:\n{properties}"
        )
    }

    fn cartridge(properties: &str) -> String {
        yaml("cartridge", properties)
    }

    /// One item `a` of `kind` in TOML, its properties' lines after.
    fn toml(kind: &str, properties: &str) -> String {
        format!(
            "[[items]]\nid = \"a\"\nname = \"x\"\nnation = \"FRA\"\nkind = \"{kind}\"\n\
             [items.properties]\n{properties}"
        )
    }

    /// One item `a` of `kind` in JSON on one line, with its properties' members.
    fn json(kind: &str, properties: &str) -> String {
        format!(
            "{{\"items\": [{{\"id\": \"a\", \"name\": \"x\", \"nation\": \"FRA\", \"kind\": \
             \"{kind}\", \"properties\": {{{properties}}}}}]}}"
        )
    }

    fn fix(line: u32, written: &str, replacement: &str) -> Fix {
        Fix {
            line,
            written: written.to_string(),
            replacement: replacement.to_string(),
        }
    }

    #[test]
    fn decimal_commas_in_a_spreadsheets_json_are_written_with_points() {
        let text = "{\"items\": [\n  {\"id\": \"c1\", \"name\": \"x\", \"nation\": \"FRA\", \
                    \"kind\": \"cartridge\", \"properties\": {\"overall_length\": \"57,4 mm\", \
                    \"case_length\": \"44,1 mm\"}},\n  {\"id\": \"c2\", \"name\": \"x\", \
                    \"nation\": \"FRA\", \"kind\": \"cartridge\", \"properties\": \
                    {\"overall_length\": \"1.200,5 mm\"}}\n]}\n";
        let m = mended("s.json", text).expect("fixes");
        assert_eq!(
            m.fixes,
            vec![
                fix(2, "57,4 mm", "57.4 mm"),
                fix(2, "44,1 mm", "44.1 mm"),
                fix(3, "1.200,5 mm", "1200.5 mm"),
            ]
        );
        assert_eq!(
            m.text,
            text.replace("57,4", "57.4")
                .replace("44,1", "44.1")
                .replace("1.200,5", "1200.5")
        );
        assert!(spec::parse("s.json", &m.text, &dictionary()).is_ok());
    }

    #[test]
    fn a_bare_decimal_comma_is_written_with_a_point_and_its_missing_unit_is_left_to_say() {
        let text = json("cartridge", "\"overall_length\": 57,4");
        let m = mended("s.json", &text).expect("fixes");
        assert_eq!(m.fixes, vec![fix(1, "57,4", "57.4")]);
        assert_eq!(m.text, text.replace("57,4", "57.4"));
        let left = spec::parse("s.json", &m.text, &dictionary()).expect_err("no unit");
        assert_eq!(
            left.errors[0].problem.to_string(),
            "57.4 has no unit; overall_length is a length (e.g. in mm)"
        );
    }

    #[test]
    fn yaml_figures_quotes_and_lists_are_mended_and_the_file_reads() {
        let text = cartridge(
            "      freeze_point: \"- 46 °C\"\n      bullet_mass: ”4,0 g”\n      \
             cargo_mass: 36'300 kg\n      accepted_fuels: F-34\n",
        );
        let m = mended("s.yaml", &text).expect("fixes");
        assert_eq!(
            m.fixes,
            vec![
                fix(7, "- 46 °C", "-46 °C"),
                fix(8, "”4,0 g”", "\"4,0 g\""),
                fix(9, "36'300 kg", "36300 kg"),
                fix(10, "F-34", "[\"F-34\"]"),
                fix(8, "4,0 g", "4.0 g"),
            ]
        );
        assert_eq!(
            m.text,
            cartridge(
                "      freeze_point: \"-46 °C\"\n      bullet_mass: \"4.0 g\"\n      \
                 cargo_mass: 36300 kg\n      accepted_fuels: [\"F-34\"]\n",
            )
        );
        assert!(spec::parse("s.yaml", &m.text, &dictionary()).is_ok());
    }

    #[test]
    fn a_key_glued_to_its_value_is_given_its_space() {
        let text = cartridge("      overall_length:57.4 mm\n");
        let m = mended("s.yaml", &text).expect("fixes");
        assert_eq!(
            m.fixes,
            vec![fix(7, "overall_length:57.4 mm", "overall_length: 57.4 mm")]
        );
        assert!(spec::parse("s.yaml", &m.text, &dictionary()).is_ok());
    }

    #[test]
    fn typographic_quotes_json_stops_at_are_straightened_one_reading_each() {
        let text = "{ “items”: [ { “id”: “a”, “name”: “x”, “nation”: “USA”, “kind”: “fuel” } ] }\n";
        let m = mended("s.json", text).expect("fixes");
        assert_eq!(m.fixes.len(), 9);
        // (in one reading: the quotes after the first are found with it)
        assert_eq!(
            fixes(
                text,
                &spec::parse("s.json", text, &dictionary())
                    .unwrap_err()
                    .errors
            )
            .len(),
            9
        );
        assert_eq!(m.fixes[0], fix(1, "“items”", "\"items\""));
        assert_eq!(m.fixes[8], fix(1, "“fuel”", "\"fuel\""));
        assert_eq!(m.text, text.replace(['“', '”'], "\""));
        assert!(spec::parse("s.json", &m.text, &dictionary()).is_ok());
    }

    #[test]
    fn a_no_break_space_the_syntax_stops_at_is_retyped_as_a_space() {
        let yaml =
            cartridge("      overall_length: 57.4 mm\n").replace("nation: ", "nation:\u{a0}");
        let m = mended("s.yaml", &yaml).expect("fixes");
        assert_eq!(m.fixes, vec![fix(4, "\u{a0}", " ")]);
        assert_eq!(m.fixes[0].change(), "a no-break space (U+00A0) → a space");
        assert_eq!(m.text, yaml.replace('\u{a0}', " "));
        let toml =
            toml("cartridge", "overall_length = \"57.4 mm\"\n").replace("name =", "name\u{a0}=");
        let m = mended("s.toml", &toml).expect("fixes");
        assert_eq!(m.fixes, vec![fix(3, "\u{a0}", " ")]);
        assert!(spec::parse("s.toml", &m.text, &dictionary()).is_ok());
    }

    #[test]
    fn what_needs_the_users_judgement_is_left_as_written() {
        // a tolerance; a range; a text with a quote inside its typographic ones; a comma in a
        // whole number
        for value in [
            "overall_length: 57,4 ± 0,1 mm",
            "overall_length: 44,1–44,7 mm",
            "overall_length: ”5” barrel”",
            "mlc: 40,5",
        ] {
            let text = cartridge(&format!("      {value}\n"));
            assert!(
                spec::parse("s.yaml", &text, &dictionary()).is_err(),
                "{value}"
            );
            assert_eq!(mended("s.yaml", &text), None, "{value}");
        }
        let text = cartridge("      overall_length: 57.4 mm\n");
        assert_eq!(mended("s.yaml", &text), None, "a file that reads");
    }

    #[test]
    fn typographic_quotes_inside_straight_ones_are_dropped_not_doubled() {
        let json = json(
            "cartridge",
            "\"bullet_mass\": \"”4 g”\", \"accepted_fuels\": \"F-34\"",
        );
        let m = mended("s.json", &json).expect("fixes");
        assert_eq!(
            m.fixes,
            vec![fix(1, "”4 g”", "4 g"), fix(1, "\"F-34\"", "[\"F-34\"]")]
        );
        assert_eq!(
            m.text,
            json.replace("”4 g”", "4 g")
                .replace("\"F-34\"", "[\"F-34\"]")
        );
        assert!(spec::parse("s.json", &m.text, &dictionary()).is_ok());
        let yaml = cartridge("      bullet_mass: '”4 g”'\n");
        let m = mended("s.yaml", &yaml).expect("fixes");
        assert_eq!(m.text, yaml.replace("”4 g”", "4 g"));
    }

    #[test]
    fn a_bare_number_grouped_by_spaces_is_joined_where_the_syntax_stops_at_it() {
        let json = json("vehicle", "\"mlc\": 1 500");
        let m = mended("s.json", &json).expect("fixes");
        assert_eq!(m.fixes, vec![fix(1, "1 500", "1500")]);
        assert_eq!(m.text, json.replace("1 500", "1500"));
        let toml = toml("vehicle", "mlc = 1\u{a0}500\n");
        let m = mended("s.toml", &toml).expect("fixes");
        assert_eq!(m.fixes, vec![fix(7, "1\u{a0}500", "1500")]);
        assert!(spec::parse("s.toml", &m.text, &dictionary()).is_ok());
    }

    #[test]
    fn a_tab_after_a_keys_colon_and_digits_grouped_by_underscores_are_mended() {
        let text = cartridge("      bullet_mass: 4_000 g\n").replace("nation: ", "nation:\t");
        let m = mended("s.yaml", &text).expect("fixes");
        assert_eq!(
            m.fixes,
            vec![fix(4, "\t", " "), fix(7, "4_000 g", "4000 g")]
        );
        assert_eq!(m.fixes[0].change(), "a tab → a space");
        assert_eq!(m.fixes[1].change(), "`4_000 g` → `4000 g`");
        assert_eq!(m.text, cartridge("      bullet_mass: 4000 g\n"));
        // a tab in an indentation stands for a number of spaces that is not known
        let indented = cartridge("      bullet_mass: 4 g\n").replace("    name", "\tname");
        assert!(spec::parse("s.yaml", &indented, &dictionary()).is_err());
        assert_eq!(mended("s.yaml", &indented), None);
    }

    #[test]
    fn a_figures_table_for_a_value_of_one_text_is_written_as_that_text() {
        let yaml = yaml("store", "      suspension: { value: 356, unit: mm }\n");
        let m = mended("s.yaml", &yaml).expect("fixes");
        assert_eq!(
            m.fixes,
            vec![fix(7, "{ value: 356, unit: mm }", "\"356 mm\"")]
        );
        assert!(spec::parse("s.yaml", &m.text, &dictionary()).is_ok());
        let json = json(
            "store",
            "\"suspension\": {\"value\": 356, \"unit\": \"mm\"}",
        );
        let m = mended("s.json", &json).expect("fixes");
        assert_eq!(
            m.text,
            json.replace("{\"value\": 356, \"unit\": \"mm\"}", "\"356 mm\"")
        );
        let toml = toml("store", "suspension = { value = 356, unit = \"mm\" }\n");
        let m = mended("s.toml", &toml).expect("fixes");
        assert!(spec::parse("s.toml", &m.text, &dictionary()).is_ok());
        // a table over several lines is left to the user
        let block = yaml.replace(
            "{ value: 356, unit: mm }",
            "\n        value: 356\n        unit: mm",
        );
        assert!(spec::parse("s.yaml", &block, &dictionary()).is_err());
        assert_eq!(mended("s.yaml", &block), None);
    }

    #[test]
    fn an_apostrophe_inside_typographic_quotes_does_not_close_them() {
        let json =
            json("cartridge", "\"overall_length\": \"57.4 mm\"").replace("\"x\"", "“O’Brien”");
        let m = mended("s.json", &json).expect("fixes");
        assert_eq!(m.fixes, vec![fix(1, "“O’Brien”", "\"O’Brien\"")]);
        assert!(spec::parse("s.json", &m.text, &dictionary()).is_ok());
        let toml = toml("cartridge", "overall_length = \"57.4 mm\"\n").replace("\"x\"", "“It’s”");
        let m = mended("s.toml", &toml).expect("fixes");
        assert_eq!(m.fixes, vec![fix(3, "“It’s”", "\"It’s\"")]);
    }

    #[test]
    fn a_list_or_quotes_is_not_put_inside_quotes_with_spaces_in_them() {
        for (written, property) in [("\"F-34 \"", "accepted_fuels"), ("\" “FRA”\"", "nation")] {
            let text = cartridge(&format!("      {property}: {written}\n"));
            assert_eq!(mended("s.yaml", &text), None, "{written}");
        }
    }

    #[test]
    fn a_list_of_a_text_with_a_no_break_space_is_quoted_as_the_syntaxes_read_it() {
        let store = |property: &str| yaml("store", &format!("      {property}\n"));
        let m = mended("s.yaml", &store("suspension: { value: 14, unit: in }")).expect("fixes");
        assert_eq!(
            m.fixes,
            vec![fix(7, "{ value: 14, unit: in }", "\"14 in\"")]
        );
        // (not `\u{a0}`, which none of the syntaxes reads)
        let m = mended("s.yaml", &store("hook_spacings: 14\u{a0}in")).expect("fixes");
        assert_eq!(m.fixes, vec![fix(7, "14\u{a0}in", "[\"14\u{a0}in\"]")]);
        assert!(spec::parse("s.yaml", &m.text, &dictionary()).is_ok());
    }

    #[test]
    fn a_yaml_error_at_a_number_grouped_by_spaces_is_no_syntax_of_numbers() {
        let text =
            cartridge("      overall_length: 57.4 mm\n").replace("name: x", "name: \"x\" 1 500");
        assert!(spec::parse("s.yaml", &text, &dictionary()).is_err());
        assert_eq!(mended("s.yaml", &text), None);
    }

    #[test]
    fn mending_stops_after_its_readings_and_says_so() {
        // a TOML text that stops at each of its typographic quotes, one reading each
        let text: String = (0..MAX_ROUNDS + 2)
            .map(|i| {
                format!("[[items]]\nid = \"a{i}\"\nname = \"x\"\nnation = “FRA”\nkind = \"fuel\"\n")
            })
            .collect();
        let m = mended("s.toml", &text).expect("fixes");
        assert_eq!(m.fixes.len(), MAX_ROUNDS);
        assert!(m.unfinished);
        let again = mended("s.toml", &m.text).expect("the rest");
        assert_eq!(again.fixes.len(), 2);
        assert!(!again.unfinished);
        assert!(spec::parse("s.toml", &again.text, &dictionary()).is_ok());
    }

    #[test]
    fn a_word_processors_json_is_mended_in_one_reading_and_its_own_strings_are_left_alone() {
        let text = "{“items”: [\n{“id”: “a”, \"name\": \"the “Bravo” \\\" round\", “nation”: \
                    “FRA”, “kind”: “fuel”}\n]}\n";
        let errors = spec::parse("s.json", text, &dictionary())
            .unwrap_err()
            .errors;
        let first = fixes(text, &errors);
        assert_eq!(first.len(), 7, "{first:?}");
        assert_eq!(first[1].1, fix(2, "“id”", "\"id\""));
        let m = mended("s.json", text).expect("fixes");
        assert_eq!(
            m.text,
            "{\"items\": [\n{\"id\": \"a\", \"name\": \"the “Bravo” \\\" round\", \"nation\": \
             \"FRA\", \"kind\": \"fuel\"}\n]}\n"
        );
        assert!(spec::parse("s.json", &m.text, &dictionary()).is_ok());
        // a text whose quote closes on no line of its own stops the search there, and so does a
        // straight quote inside one
        let open = "{“items”: [{“id”: “a\nb”, “name”: “x”}]}";
        let errors = spec::parse("s.json", open, &dictionary())
            .unwrap_err()
            .errors;
        assert_eq!(fixes(open, &errors).len(), 2);
        let stops = "{“items”: [{“id”: “a\"b”, “name”: “x”}]}";
        let errors = spec::parse("s.json", stops, &dictionary())
            .unwrap_err()
            .errors;
        assert_eq!(fixes(stops, &errors).len(), 2);
    }

    #[test]
    fn a_byte_order_mark_is_kept_and_the_fix_made_past_it() {
        let text = format!("\u{feff}{}", cartridge("      overall_length: 57,4 mm\n"));
        let m = mended("s.yaml", &text).expect("fixes");
        assert_eq!(m.text, text.replace("57,4", "57.4"));
        assert!(m.text.starts_with('\u{feff}'));
    }

    #[test]
    fn a_figure_written_twice_on_its_line_is_fixed_where_its_error_is() {
        let text = "{\"items\": [{\"id\": \"a\", \"name\": \"57,4 mm\", \"nation\": \"FRA\", \
                    \"kind\": \"cartridge\", \"properties\": {\"overall_length\": \"57,4 mm\"}}]}";
        let m = mended("s.json", text).expect("fixes");
        assert_eq!(
            m.text,
            text.replacen(
                "\"overall_length\": \"57,4",
                "\"overall_length\": \"57.4",
                1
            )
        );
    }

    #[test]
    fn no_file_of_the_bad_input_corpus_is_mended_into_more_trouble() {
        let dictionary = dictionary();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bad");
        let mut mended_files = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue; // (a binary file is refused before any fix)
            };
            let Some(m) = mend(&name, &text, &dictionary) else {
                continue;
            };
            mended_files += 1;
            assert_ne!(m.text, text, "{name}");
            assert_eq!(m.text.lines().count(), text.lines().count(), "{name}");
            for fix in &m.fixes {
                assert!(m.text.contains(&fix.replacement), "{name}: {fix:?}");
            }
        }
        assert!(mended_files >= 10, "{mended_files}");
    }
}
