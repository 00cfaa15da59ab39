//! Documents: reads JSON, TOML or YAML text into one located tree (every node knows its line and
//! column), within documented size and depth limits. It knows nothing of items or standards.

use serde::Serialize;
use std::collections::HashMap;
use std::fmt;

/// The largest spec file accepted, in bytes (1 MiB).
pub const MAX_FILE_BYTES: usize = 1 << 20;
/// The deepest nesting accepted (a spec needs about six levels).
pub const MAX_DEPTH: usize = 32;
/// The most tables and arrays a TOML file may make. Each part of a dotted header or key makes a
/// table, and toml's tree spends about a kilobyte on one: `[0.a.a.….a]` headers made 470,000 in
/// 1 MiB, and 520 MB, before the file was refused for what it says. A spec of 1 MiB of items
/// makes under 30,000.
pub const MAX_TOML_TABLES: usize = 100_000;

/// A place in a text: 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Json,
    Toml,
    Yaml,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Toml => "TOML",
            Format::Yaml => "YAML",
        }
    }

    /// From the file name's extension, else from the content.
    pub fn detect(file_name: &str, text: &str) -> Format {
        let lower = file_name.to_ascii_lowercase();
        if lower.ends_with(".json") {
            return Format::Json;
        }
        if lower.ends_with(".toml") {
            return Format::Toml;
        }
        if lower.ends_with(".yaml") || lower.ends_with(".yml") {
            return Format::Yaml;
        }
        Format::sniff(without_bom(text))
    }

    fn sniff(text: &str) -> Format {
        // a comment line is no content: `#` in YAML and TOML, and `//` or `/*` in the JSON with
        // comments some editors write (the JSON reader then says comments are not allowed)
        let is_content = |l: &str| {
            !l.is_empty() && !l.starts_with('#') && !l.starts_with("//") && !l.starts_with("/*")
        };
        let mut content_at = text.len();
        let mut offset = 0;
        // inside a `/* … */` comment that runs over lines
        let mut in_comment = false;
        for line in lines_with_ends(text) {
            let trimmed = line.trim_start();
            if in_comment || trimmed.starts_with("/*") {
                in_comment = !trimmed.contains("*/");
            } else if is_content(trimmed.trim_end()) {
                content_at = offset + (line.len() - trimmed.len());
                break;
            }
            offset += line.len();
        }
        let content = text.get(content_at..).unwrap_or_default();
        let first_line = lines(content).next().unwrap_or("").trim();
        // YAML's flow style looks like JSON but for its keys: `[{id: a, …}]` is YAML. The first
        // key after the content's first `{`, past spaces and comments, tells them apart.
        let bare_key = || {
            let Some(at) = content.find('{') else {
                return false;
            };
            let mut rest = content.get(at + 1..).unwrap_or_default();
            loop {
                rest = rest.trim_start();
                if let Some(comment) = rest.strip_prefix("//") {
                    let line = lines_with_ends(comment).next().unwrap_or_default();
                    rest = comment.get(line.len()..).unwrap_or_default();
                } else if let Some(comment) = rest.strip_prefix("/*") {
                    rest = comment.split_once("*/").map_or("", |(_, after)| after);
                } else {
                    break;
                }
            }
            rest.chars().next().is_some_and(|c| c != '"' && c != '}')
        };
        if first_line.starts_with('{') {
            return if bare_key() {
                Format::Yaml
            } else {
                Format::Json
            };
        }
        if first_line.starts_with('[') {
            // a TOML table header may carry a comment after it: `[[items]] # the rifles`
            let first_line = match first_line.split_once(" #") {
                Some((header, _)) if header.trim_end().ends_with(']') => header.trim_end(),
                _ => first_line,
            };
            return if is_table_header(first_line) {
                Format::Toml
            } else if bare_key() {
                Format::Yaml
            } else {
                Format::Json
            };
        }
        let toml_assignment = |l: &str| {
            l.split_once('=').is_some_and(|(k, _)| {
                let k = k.trim();
                !k.is_empty()
                    && k.chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '"'))
            })
        };
        // a YAML list item usually comes within the first lines, so this is asked first
        if !lines(text).any(|l| l.trim_start().starts_with("- "))
            && lines(text).map(str::trim).any(toml_assignment)
        {
            Format::Toml
        } else {
            Format::Yaml
        }
    }
}

/// Whether a line (trimmed, without a comment after it) is a TOML table's header: `[items]`,
/// `[[items]]`, `[items.properties]`.
pub(crate) fn is_table_header(line: &str) -> bool {
    let header = line.trim_start_matches('[').trim_end_matches(']');
    line.starts_with('[')
        && line.ends_with(']')
        && !header.is_empty()
        && header
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ' '))
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A located node of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub pos: Pos,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number as written, so its quoted precision survives.
    Number(String),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_pos: Pos,
    pub value: Node,
}

impl Value {
    /// "a number", "a list": for messages.
    pub fn describe(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a table",
        }
    }
}

impl Node {
    /// The entry named `key`, when this node is a map.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key == key),
            _ => None,
        }
    }
}

/// A place in a document named by keys and list indices from the top (`requirement`, 2,
/// `property`): what a loader that has typed the document, and so lost its text, knows of where
/// a mistake lies. [`Path::find`] turns it into a line:col in the document's tree.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Path(Vec<Step>);

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    /// A key that is itself the mistake (a code in a table of codes): its own place.
    Name(String),
    Index(usize),
    /// The first of these keys the table has (a limit is written under one of several).
    FirstOf(&'static [&'static str]),
}

impl Path {
    pub fn key(mut self, key: impl Into<String>) -> Path {
        self.0.push(Step::Key(key.into()));
        self
    }

    /// A key that is itself the mistake, not the value under it.
    pub fn name(mut self, key: impl Into<String>) -> Path {
        self.0.push(Step::Name(key.into()));
        self
    }

    pub fn index(mut self, index: usize) -> Path {
        self.0.push(Step::Index(index));
        self
    }

    pub fn first_of(mut self, keys: &'static [&'static str]) -> Path {
        self.0.push(Step::FirstOf(keys));
        self
    }

    /// The index that follows `keys` at the path's start (2 of `requirement`, 2, `property`
    /// for `["requirement"]`): which entry of a list a place is in.
    pub fn index_after(&self, keys: &[&str]) -> Option<usize> {
        let (start, rest) = self.0.split_at_checked(keys.len())?;
        let keyed = start
            .iter()
            .zip(keys)
            .all(|(step, key)| matches!(step, Step::Key(k) if k == key));
        match rest.first() {
            Some(Step::Index(i)) if keyed => Some(*i),
            _ => None,
        }
    }

    /// This path, then `rest` from where it ends.
    pub fn join(mut self, rest: Path) -> Path {
        self.0.extend(rest.0);
        self
    }

    /// This path with the key `at` ends with called `written`, where it passes through `at` (a
    /// misspelt key read under the name it misspells: what is in it is placed where it is
    /// written).
    pub fn renamed(mut self, at: &Path, written: &str) -> Path {
        let Some((Step::Key(name), before)) = at.0.split_last() else {
            return self;
        };
        if self.0.get(..before.len()) == Some(before) {
            if let Some(Step::Key(key) | Step::Name(key)) = self.0.get_mut(before.len()) {
                if key == name {
                    *key = written.to_string();
                }
            }
        }
        self
    }

    /// The node this path names in `node`, where `node` has every step of it (the value under
    /// a key, an element for an index).
    pub fn node<'n>(&self, node: &'n Node) -> Option<&'n Node> {
        self.0.iter().try_fold(node, |here, step| match step {
            Step::Key(key) | Step::Name(key) => here.get(key).map(|entry| &entry.value),
            Step::FirstOf(keys) => keys
                .iter()
                .find_map(|k| here.get(k))
                .map(|entry| &entry.value),
            Step::Index(i) => match &here.value {
                Value::Seq(items) => items.get(*i),
                _ => None,
            },
        })
    }

    /// The value this path names in a TOML value (a catalogue file's table, as toml read it),
    /// where it has every step of it.
    pub fn value_in<'v>(&self, value: &'v mut toml::Value) -> Option<&'v mut toml::Value> {
        self.0
            .iter()
            .try_fold(value, |here, step| match (step, here) {
                (Step::Key(key) | Step::Name(key), toml::Value::Table(t)) => t.get_mut(key),
                (Step::Index(i), toml::Value::Array(items)) => items.get_mut(*i),
                _ => None,
            })
    }

    /// Where the deepest step that `node` has lies: the value under a key (what a mistake in
    /// it is about), an element for an index; `node` itself for the empty path (a key missing
    /// at the top of a file is told at its top); `None` when `node` lacks even the first step.
    pub fn find(&self, node: &Node) -> Option<Pos> {
        let mut here = node;
        let mut found = self.0.is_empty().then_some(node.pos);
        for step in &self.0 {
            let (pos, next) = match step {
                Step::Key(key) => match here.get(key) {
                    Some(entry) => (entry.value.pos, &entry.value),
                    None => break,
                },
                Step::Name(key) => match here.get(key) {
                    Some(entry) => (entry.key_pos, &entry.value),
                    None => break,
                },
                Step::FirstOf(keys) => match keys.iter().find_map(|k| here.get(k)) {
                    Some(entry) => (entry.value.pos, &entry.value),
                    None => break,
                },
                Step::Index(i) => match &here.value {
                    Value::Seq(items) => match items.get(*i) {
                        Some(item) => (item.pos, item),
                        None => break,
                    },
                    _ => break,
                },
            };
            found = Some(pos);
            here = next;
        }
        found
    }
}

/// A step of a [`Path`], as code outside this module reads one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Part<'a> {
    Key(&'a str),
    Index(usize),
}

impl Path {
    /// The keys and indices from the top (a key that is itself the mistake is a key; the first
    /// of several keys, which names no one key, is left out).
    pub fn parts(&self) -> impl Iterator<Item = Part<'_>> {
        self.0.iter().filter_map(|step| match step {
            Step::Key(key) | Step::Name(key) => Some(Part::Key(key)),
            Step::Index(i) => Some(Part::Index(*i)),
            Step::FirstOf(_) => None,
        })
    }
}

/// A key or a text of a document that holds a bidirectional control
/// ([`crate::suggest::directional`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Directional {
    /// Where it is from the top: a key as [`Path::name`], a text as the value it is.
    pub path: Path,
    /// Whether it is a key.
    pub key: bool,
    /// The control's own place when it stands on the key's or text's first line, as itself or
    /// as an escape (`\u202E`, `\U0000202E`); else the key's or text's.
    pub pos: Pos,
    /// What is wrong, the text quoted escaped ([`crate::suggest::directional_said`]).
    pub message: String,
}

/// Every key and text of `root` (a tree [`parse`] made of `text`) that holds a bidirectional
/// control, in the order they stand, the first `limit` of them made whole; and how many there
/// are in all.
pub fn directional_controls(root: &Node, text: &str, limit: usize) -> (Vec<Directional>, usize) {
    let mut found = Found {
        made: Vec::new(),
        count: 0,
        limit,
        lines: None,
        text: without_bom(text),
    };
    let mut hops = Vec::new();
    found.visit(root, &mut hops, 0);
    (found.made, found.count)
}

struct Found<'a> {
    made: Vec<Directional>,
    count: usize,
    limit: usize,
    /// Made at the first control found (most files hold none).
    lines: Option<LineIndex<'a>>,
    text: &'a str,
}

impl Found<'_> {
    fn visit<'n>(&mut self, node: &'n Node, hops: &mut Vec<Part<'n>>, depth: usize) {
        // (a parsed tree is no deeper than its limit: this only keeps the walk bounded)
        if depth > MAX_DEPTH {
            return;
        }
        match &node.value {
            Value::Str(s) => self.text(s, node.pos, hops, false),
            Value::Seq(nodes) => {
                for (i, n) in nodes.iter().enumerate() {
                    hops.push(Part::Index(i));
                    self.visit(n, hops, depth + 1);
                    hops.pop();
                }
            }
            Value::Map(entries) => {
                for entry in entries {
                    hops.push(Part::Key(&entry.key));
                    self.text(&entry.key, entry.key_pos, hops, true);
                    self.visit(&entry.value, hops, depth + 1);
                    hops.pop();
                }
            }
            Value::Null | Value::Bool(_) | Value::Number(_) => {}
        }
    }

    fn text(&mut self, s: &str, pos: Pos, hops: &[Part], key: bool) {
        let Some(c) = s
            .chars()
            .find(|&c| crate::suggest::directional(c).is_some())
        else {
            return;
        };
        self.count += 1;
        if self.made.len() >= self.limit {
            return;
        }
        let what = if key { "the key" } else { "the text" };
        let Some(message) = crate::suggest::directional_said(what, s) else {
            return;
        };
        let mut path = Path::default();
        for (i, hop) in hops.iter().enumerate() {
            path = match *hop {
                Part::Key(k) if key && i + 1 == hops.len() => path.name(k),
                Part::Key(k) => path.key(k),
                Part::Index(i) => path.index(i),
            };
        }
        let text = self.text;
        let lines = self.lines.get_or_insert_with(|| LineIndex::new(text));
        let pos = control_at(lines, pos, c).unwrap_or(pos);
        self.made.push(Directional {
            path,
            key,
            pos,
            message,
        });
    }
}

/// Where the first bidirectional control of `s`, a key or text of `text` whose place is `from`,
/// stands (as [`Directional::pos`] places it); `from` where it holds none, or it is not found.
pub fn control_place(text: &str, from: Pos, s: &str) -> Pos {
    let Some(c) = s
        .chars()
        .find(|&c| crate::suggest::directional(c).is_some())
    else {
        return from;
    };
    control_at(&LineIndex::new(without_bom(text)), from, c).unwrap_or(from)
}

/// Where `c` first stands on the line of `from`, from there on, written as itself or as an
/// escape of it (`\u202e`, `\U0000202E`, the hex in either case).
fn control_at(lines: &LineIndex, from: Pos, c: char) -> Option<Pos> {
    let start = lines.offset(from);
    let rest = lines.text.get(start..)?;
    let line = rest.split(['\n', '\r']).next().unwrap_or_default();
    let code = u32::from(c);
    let escaped_at = |at: usize| {
        let after = line.get(at + 1..).unwrap_or_default();
        let hex = |digits: usize, from: usize| {
            after
                .get(from..from + digits)
                .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
        };
        match after.as_bytes().first() {
            Some(b'u') => hex(4, 1) == Some(code),
            Some(b'U') => hex(8, 1) == Some(code),
            _ => false,
        }
    };
    let mut chars = line.char_indices();
    while let Some((at, found)) = chars.next() {
        if found == c || (found == '\\' && escaped_at(at)) {
            return Some(lines.pos(start + at));
        }
        // (an escaped backslash, `\\u202e`, escapes no control)
        if found == '\\' {
            chars.next();
        }
    }
    None
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SyntaxError {
    #[error("the file is empty")]
    Empty,
    #[error("{}", too_large_said(*.size as u64, *.limit))]
    TooLarge { size: usize, limit: usize },
    #[error("nesting is deeper than {limit} levels: a spec or catalogue file needs a few at most: nest fewer lists and tables, or close one left open before here")]
    TooDeep { pos: Pos, limit: usize },
    #[error(
        "the file makes more than {limit} tables and arrays (each part of a dotted header or \
         key makes a table)"
    )]
    TooManyTables { pos: Pos, limit: usize },
    // (a parser's message, or a key, may quote the text: escaped, a control in it cannot
    // reorder the message's own words)
    #[error("invalid {format}: {}", crate::suggest::escape_with(.message, true))]
    Invalid {
        format: Format,
        message: String,
        pos: Pos,
    },
    #[error("duplicate key `{}` (first at line {})", crate::suggest::escape(.key), .first.line)]
    DuplicateKey { key: String, pos: Pos, first: Pos },
    #[error("YAML anchors and aliases are not accepted in spec files")]
    Alias { pos: Pos },
}

impl SyntaxError {
    pub fn pos(&self) -> Pos {
        match self {
            SyntaxError::Empty | SyntaxError::TooLarge { .. } => Pos { line: 1, col: 1 },
            SyntaxError::TooDeep { pos, .. }
            | SyntaxError::TooManyTables { pos, .. }
            | SyntaxError::Invalid { pos, .. }
            | SyntaxError::DuplicateKey { pos, .. }
            | SyntaxError::Alias { pos } => *pos,
        }
    }
}

/// What a file over the size limit is told, wherever it is read (a spec, a catalogue file, a
/// file picked on the page; standard input says its own): its size, the limit, what to do.
pub fn too_large_said(size: u64, limit: usize) -> String {
    let limit = limit as u64;
    let mib = 1 << 20;
    let limit_said = match limit % mib {
        0 => format!(
            "{} MiB ({} bytes)",
            limit / mib,
            crate::suggest::grouped(limit)
        ),
        _ => format!("{} bytes", crate::suggest::grouped(limit)),
    };
    format!(
        "the text is {} bytes, over the limit of {limit_said}: split it into smaller files",
        crate::suggest::grouped(size)
    )
}

/// Why a file's bytes are not text this tool reads (it reads UTF-8).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotText {
    #[error(
        "the file is UTF-16 text (what Windows Notepad saves as \"Unicode\"): save it as UTF-8"
    )]
    Utf16,
    #[error("byte {byte} of the file, 0x{value:02X}, is not UTF-8 text{}: save the file as UTF-8 (it may be in Windows-1252 or Latin-1)", latin1(*.value))]
    NotUtf8 {
        line: usize,
        col: usize,
        byte: usize,
        /// The byte itself.
        value: u8,
    },
}

/// What a byte that is not UTF-8 reads as in Latin-1, and so in Windows-1252, where the two
/// agree (from 0xA0: `é` is 0xE9): the letter the user will recognise.
fn latin1(value: u8) -> String {
    if value >= 0xA0 {
        format!(" (`{}` in Windows-1252 or Latin-1)", char::from(value))
    } else {
        String::new()
    }
}

impl NotText {
    /// Where in the file (line, column of the readable text before it), when there is a place.
    pub fn place(&self) -> Option<(usize, usize)> {
        match self {
            NotText::Utf16 => None,
            NotText::NotUtf8 { line, col, .. } => Some((*line, *col)),
        }
    }
}

/// A file's bytes as text: UTF-8 (a byte order mark is read past later). A file in another
/// encoding is refused with the place of its first byte that is not UTF-8, or as UTF-16.
pub fn text_of(bytes: Vec<u8>) -> Result<String, NotText> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(NotText::Utf16);
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        // (a byte order mark is no column, as everywhere else)
        let before = e
            .as_bytes()
            .get(..at)
            .and_then(|b| std::str::from_utf8(b).ok())
            .map(without_bom)
            .unwrap_or_default();
        let at_end = place_at(before, before.len());
        NotText::NotUtf8 {
            line: at_end.line as usize,
            col: at_end.col as usize,
            // counted from 1, as lines and columns are
            byte: at + 1,
            value: e.as_bytes().get(at).copied().unwrap_or_default(),
        }
    })
}

/// `text` without a leading byte order mark (Windows editors write one): it is not part of the
/// content, and editors do not show it as a column.
pub(crate) fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Where `pos` (a place this module gave, in `text` as the user has it) is, in UTF-16 code
/// units from the start: what a browser's text field counts, to put its caret there.
pub fn utf16_offset(text: &str, pos: Pos) -> usize {
    let content = without_bom(text);
    let bom = text.len() - content.len();
    let at = LineIndex::new(content).offset(pos);
    text.get(..bom + at)
        .map_or(0, |before| before.encode_utf16().count())
}

/// Parses `text` in `format` into a located tree.
pub fn parse(format: Format, text: &str) -> Result<Node, SyntaxError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(SyntaxError::TooLarge {
            size: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let text = without_bom(text);
    if text.trim().is_empty() {
        return Err(SyntaxError::Empty);
    }
    let lines = LineIndex::new(text);
    // (JSON's reader takes such a space for a space: a JSON text that holds one reads)
    if let Some(stray) = (format != Format::Json)
        .then(|| stray_space_in_indentation(format, text, &lines))
        .flatten()
    {
        return Err(stray);
    }
    let node = match format {
        Format::Json => json::parse(text, &lines),
        Format::Toml => toml_doc::parse(text, &lines),
        Format::Yaml => yaml::parse(text),
    }
    // a text that does not parse and holds a no-break space where the syntax needs a plain
    // one (`nation:\u{a0}FRA`) is told that, not what the parser made of it
    .map_err(|e| match e {
        SyntaxError::Invalid { .. } if format != Format::Json => {
            stray_space_beside_syntax(format, text, &lines).unwrap_or(e)
        }
        e => e,
    })?;
    check_keys(&node, 0, format == Format::Yaml)?;
    Ok(node)
}

/// The spaces a word processor or a mail program writes where a plain one was typed (text
/// copied out of a document or an e-mail has them), which no spec syntax reads as a space,
/// each named.
pub fn space_like(c: char) -> Option<&'static str> {
    match c {
        '\u{a0}' => Some("a no-break space (U+00A0)"),
        '\u{202f}' => Some("a narrow no-break space (U+202F)"),
        '\u{2007}' => Some("a figure space (U+2007)"),
        '\u{2009}' => Some("a thin space (U+2009)"),
        '\u{3000}' => Some("an ideographic space (U+3000)"),
        _ => None,
    }
}

/// [`space_like`]'s character at byte `at` of `text`, told as what it is and where.
fn stray_space(
    format: Format,
    lines: &LineIndex,
    at: usize,
    name: &str,
    place: &str,
) -> SyntaxError {
    SyntaxError::Invalid {
        format,
        message: format!(
            "{name} {place}, as a word processor or a mail program writes one: {format} reads \
             only a plain space there: retype it as one"
        ),
        pos: lines.pos(at),
    }
}

/// A [`space_like`] character in a line's indentation, where every syntax reads only plain
/// spaces (YAML's indentation is its structure: a line indented so reads as something else,
/// or as nothing), but for the lines of a YAML block scalar's text or a TOML multi-line
/// string, which are text.
fn stray_space_in_indentation(
    format: Format,
    text: &str,
    lines: &LineIndex,
) -> Option<SyntaxError> {
    // a YAML block scalar (`note: |`): the indentation of the line that starts it
    let mut block: Option<usize> = None;
    let mut in_string = false;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let at = start;
        start += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let indent = body.chars().take_while(|c| c.is_whitespace()).count();
        let rest = body.trim_start();
        if let Some(parent) = block {
            if rest.is_empty() || indent > parent {
                continue;
            }
            block = None;
        }
        if !in_string {
            let leading = body.char_indices().take_while(|(_, c)| c.is_whitespace());
            for (offset, c) in leading {
                if let Some(name) = space_like(c) {
                    return Some(stray_space(
                        format,
                        lines,
                        at + offset,
                        name,
                        "in the line's indentation",
                    ));
                }
            }
        }
        match format {
            Format::Yaml => {
                let end = rest.trim_end();
                let indicator =
                    end.trim_end_matches(|c: char| c == '+' || c == '-' || c.is_ascii_digit());
                if (indicator.ends_with(" |")
                    || indicator.ends_with(" >")
                    || indicator == "|"
                    || indicator == ">")
                    && !end.starts_with('#')
                {
                    block = Some(indent);
                }
            }
            Format::Toml => {
                let quotes = body.matches("\"\"\"").count() + body.matches("'''").count();
                if quotes % 2 == 1 {
                    in_string = !in_string;
                }
            }
            Format::Json => {}
        }
    }
    None
}

/// In a YAML or TOML text that does not parse: the first [`space_like`] character outside
/// double quotes beside the syntax it breaks: after a YAML key's `:`, beside a TOML `=` (a name
/// may hold one: `Carburéacteur\u{a0}F-34` is text).
fn stray_space_beside_syntax(format: Format, text: &str, lines: &LineIndex) -> Option<SyntaxError> {
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let at = start;
        start += line.len();
        let mut quoted = false;
        let mut before = None;
        let mut chars = line.char_indices().peekable();
        while let Some((offset, c)) = chars.next() {
            if c == '"' {
                quoted = !quoted;
            }
            if let (false, Some(name)) = (quoted, space_like(c)) {
                let after = chars.peek().map(|(_, c)| *c);
                let place = match format {
                    Format::Yaml => (before == Some(':')).then_some("after a key's `:`"),
                    Format::Toml => {
                        (before == Some('=') || after == Some('=')).then_some("beside a key's `=`")
                    }
                    Format::Json => None,
                };
                if let Some(place) = place {
                    return Some(stray_space(format, lines, at + offset, name, place));
                }
            }
            before = Some(c);
        }
    }
    None
}

/// Depth limit and duplicate keys, for every format alike (but for the keys a YAML flow mapping
/// makes of a figure's decimals, [`split_key`]).
fn check_keys(node: &Node, depth: usize, yaml: bool) -> Result<(), SyntaxError> {
    if depth > MAX_DEPTH {
        return Err(SyntaxError::TooDeep {
            pos: node.pos,
            limit: MAX_DEPTH,
        });
    }
    match &node.value {
        Value::Seq(nodes) => nodes
            .iter()
            .try_for_each(|n| check_keys(n, depth + 1, yaml)),
        Value::Map(entries) => {
            // the keys seen so far, by name: a table of thousands of keys is not a quadratic wait
            let mut seen: HashMap<&str, Pos> = HashMap::with_capacity(entries.len());
            let mut before = None;
            for entry in entries {
                // (a key a flow mapping made of a figure's decimals is no key the user gave, and
                // the spec tells each with its figure: `{ a: 57,4 mm, b: 44,4 mm }`)
                let given = !yaml || before.and_then(|before| split_key(before, entry)).is_none();
                before = Some(entry);
                if !given {
                    check_keys(&entry.value, depth + 1, yaml)?;
                    continue;
                }
                if let Some(&first) = seen.get(entry.key.as_str()) {
                    return Err(SyntaxError::DuplicateKey {
                        key: entry.key.clone(),
                        pos: entry.key_pos,
                        first,
                    });
                }
                seen.insert(&entry.key, entry.key_pos);
                check_keys(&entry.value, depth + 1, yaml)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// The number before the comma and the text after it, where a scalar, `first`, and the text
/// `part` at `part_pos` are one figure that a YAML `[ ]` or `{ }` split at its comma (`2268`
/// and `5 kg` of `2268,5 kg`): `first` a number as written, `part` after the comma on its line
/// (right after it, if `tight`: in a list `[51, 18 mm]` may be two entries) and starting with
/// a digit.
pub fn split_figure<'a>(
    first: &'a Node,
    part: &'a str,
    part_pos: Pos,
    tight: bool,
) -> Option<(&'a str, &'a str)> {
    let (Value::Str(whole) | Value::Number(whole)) = &first.value else {
        return None;
    };
    let after = u32::try_from(whole.chars().count() + 1)
        .ok()
        .map(|width| first.pos.col.saturating_add(width));
    let adjacent = first.pos.line == part_pos.line
        && after.is_some_and(|col| {
            if tight {
                part_pos.col == col
            } else {
                part_pos.col >= col
            }
        });
    // `2268`, `-2268`, `2 268`, `2.268`: the marks are told by the figure joined
    let number = whole.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '−'))
        && whole.ends_with(|c: char| c.is_ascii_digit())
        && whole
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '−' | '.' | ' ' | '\''));
    let leads = part.starts_with(|c: char| c.is_ascii_digit());
    (adjacent && number && leads).then_some((whole.as_str(), part))
}

/// The number before the comma and the key after it, where `entry` is a key a YAML flow mapping
/// made of the decimals of the figure `before` gives (`{ store_mass: 2268,5 kg }`: `2268` and
/// a key `5 kg` with no value; `{ value: 57,4, unit: mm }`), as [`split_figure`] reads them.
pub fn split_key<'a>(before: &'a Entry, entry: &'a Entry) -> Option<(&'a str, &'a str)> {
    if !matches!(entry.value.value, Value::Null) {
        return None;
    }
    split_figure(&before.value, &entry.key, entry.key_pos, false)
}

/// Whether byte `i` of `bytes` ends a line: a line feed, or a carriage return not followed by one
/// (old Mac files, Excel's "CSV (Macintosh)"), as the YAML and JSON parsers count them, and
/// editors show them. (By bytes: both are ASCII, so no byte of another character is one.)
fn ends_line(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(b'\n') => true,
        Some(b'\r') => bytes.get(i + 1) != Some(&b'\n'),
        _ => false,
    }
}

/// The lines of `text`, each with its line end (`\n`, `\r\n` or a lone `\r`), as [`LineIndex`]
/// counts them: the n-th is at line n of every place this module gives. (As
/// `str::split_inclusive('\n')`, but for the lone carriage return.)
pub fn lines_with_ends(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let end = (start..bytes.len())
            .find(|&i| ends_line(bytes, i))
            .map_or(bytes.len(), |i| i + 1);
        // (a line end is ASCII: both ends are character boundaries)
        let line = text.get(start..end)?;
        start = end;
        Some(line)
    })
}

/// The lines of `text` without their line ends, as [`LineIndex`] counts them (as `str::lines`,
/// but for the lone carriage return, which ends a line there too).
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    lines_with_ends(text).map(|line| {
        line.strip_suffix("\r\n")
            .or_else(|| line.strip_suffix('\n'))
            .or_else(|| line.strip_suffix('\r'))
            .unwrap_or(line)
    })
}

/// Where byte `offset` of `text` is, as every place of this module is counted: a lone carriage
/// return ends a line (`text` without its byte order mark, which is no column).
pub fn place_at(text: &str, offset: usize) -> Pos {
    LineIndex::new(text).pos(offset)
}

/// Byte offset → line:col, in time that does not grow with the line (a 1 MiB file can be one
/// line of JSON with thousands of keys to place).
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// The characters that start before byte `k · BLOCK`, for every k.
    chars_before_block: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    const BLOCK: usize = 1024;

    pub(crate) fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let starts = std::iter::once(0)
            .chain(
                (0..bytes.len())
                    .filter(|&i| ends_line(bytes, i))
                    .map(|i| i + 1),
            )
            .collect();
        let mut chars_before_block = vec![0];
        let mut chars = 0;
        for block in text.as_bytes().chunks(Self::BLOCK) {
            chars += block.iter().filter(|&&b| starts_char(b)).count();
            chars_before_block.push(chars);
        }
        LineIndex {
            text,
            starts,
            chars_before_block,
        }
    }

    /// The characters that start before byte `offset`.
    fn chars_before(&self, offset: usize) -> usize {
        let block = offset / Self::BLOCK;
        let from = block * Self::BLOCK;
        let counted = self.chars_before_block.get(block).copied().unwrap_or(0);
        let bytes = self.text.as_bytes().get(from..offset).unwrap_or_default();
        counted + bytes.iter().filter(|&&b| starts_char(b)).count()
    }

    pub(crate) fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.text.len());
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts.get(line).copied().unwrap_or(0).min(offset);
        // (counted along the line where it is short, as most are: by blocks, two of them
        // counted up to a block each, only on a long one)
        let col = match self.text.as_bytes().get(start..offset) {
            Some(bytes) if bytes.len() <= Self::BLOCK => {
                bytes.iter().filter(|&&b| starts_char(b)).count()
            }
            _ => self.chars_before(offset) - self.chars_before(start),
        };
        Pos {
            line: line as u32 + 1,
            col: col as u32 + 1,
        }
    }

    /// The byte where `pos` is (the end of its line, or of the text, when it is past them).
    pub(crate) fn offset(&self, pos: Pos) -> usize {
        let line = (pos.line as usize).saturating_sub(1);
        let Some(&start) = self.starts.get(line) else {
            return self.text.len();
        };
        let end = self
            .starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        let within = self.text.get(start..end).unwrap_or_default();
        within
            .char_indices()
            .nth((pos.col as usize).saturating_sub(1))
            .map_or(end, |(i, _)| start + i)
    }
}

/// Whether a UTF-8 byte starts a character (is not a continuation byte).
fn starts_char(byte: u8) -> bool {
    byte & 0xC0 != 0x80
}

/// The deepest bracket nesting outside strings and comments, with where it passes `limit`.
/// Guards the JSON parser, which recurses on `[[[[…`, before it sees it (TOML has its own scan,
/// [`toml_refused`], as its keys nest too).
fn bracket_depth_over(text: &str, limit: usize, lines: &LineIndex) -> Option<Pos> {
    let mut depth = 0usize;
    let mut quoted = Quoted::default();
    let mut comment = false;
    for (i, c) in text.char_indices() {
        if comment {
            comment = c != '\n';
            continue;
        }
        if quoted.takes(c) {
            continue;
        }
        match c {
            '"' | '\'' => quoted.open(c),
            '#' => comment = true,
            '[' | '{' => {
                depth += 1;
                if depth > limit {
                    return Some(lines.pos(i));
                }
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Whether a scan of a text is inside a quoted string (`"` with backslash escapes, or `'`).
#[derive(Default)]
struct Quoted {
    quote: Option<char>,
    escaped: bool,
}

impl Quoted {
    fn open(&mut self, quote: char) {
        self.quote = Some(quote);
    }

    /// Whether `c` is part of a string (its closing quote too), following it.
    fn takes(&mut self, c: char) -> bool {
        let Some(q) = self.quote else { return false };
        if self.escaped {
            self.escaped = false;
        } else if c == '\\' && q == '"' {
            self.escaped = true;
        } else if c == q {
            self.quote = None;
        }
        true
    }
}

/// The innermost `[` or `{` open at byte `end` and never closed after it, outside strings and
/// comments, as (its byte, the bracket): a bracket closed later (a missing comma before its `]`)
/// is not the mistake. In YAML a quote or bracket starts a quoted text or a flow collection only
/// where a value starts (`it's` and `[see note` in plain text are text); in TOML every one does.
fn unclosed_at(text: &str, end: usize, yaml: bool) -> Option<(usize, char)> {
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut quoted = Quoted::default();
    let mut comment = false;
    // the last character that is not a space on this line, outside quotes
    let mut before: Option<char> = None;
    // the innermost bracket open at `end`, and how deep it is
    let mut at_end: Option<((usize, char), usize)> = None;
    for (i, c) in text.char_indices() {
        if i >= end && at_end.is_none() {
            at_end = Some((*open.last()?, open.len()));
        }
        if let Some((_, depth)) = at_end {
            if open.len() < depth {
                return None;
            }
        }
        if c == '\n' || c == '\r' {
            comment = false;
            before = None;
            // a TOML string ends with its line; a YAML quoted text may run on
            if !yaml {
                quoted = Quoted::default();
            }
            continue;
        }
        if comment {
            continue;
        }
        if quoted.takes(c) {
            before = Some(c);
            continue;
        }
        let starts_value = !yaml
            || !open.is_empty()
            || matches!(before, None | Some(':' | '-' | '[' | '{' | ',' | '?'));
        match c {
            '"' | '\'' if starts_value => quoted.open(c),
            // ok: `i` is from `char_indices` on `text`
            '#' if !yaml || before.is_none() || text[..i].ends_with([' ', '\t']) => comment = true,
            '[' | '{' if starts_value => open.push((i, c)),
            ']' | '}' => {
                open.pop();
            }
            _ => {}
        }
        if !c.is_whitespace() {
            before = Some(c);
        }
    }
    match at_end {
        Some((bracket, depth)) => (open.len() >= depth).then_some(bracket),
        // the parser stopped at the end of the text
        None => open.last().copied(),
    }
}

/// A parser's message, said of an earlier bracket when one is still open where the parser
/// stopped on a later line (`claims: [a, b` then `nation: USA` is "illegal placement of ':'" to
/// the YAML reader, and "missing comma" to toml): the place to fix is the bracket.
fn unclosed_instead(
    format: Format,
    text: &str,
    lines: &LineIndex,
    pos: Pos,
    message: &str,
) -> Option<SyntaxError> {
    let (at, bracket) = unclosed_at(text, lines.offset(pos), format == Format::Yaml)?;
    let opened = lines.pos(at);
    (opened.line < pos.line).then(|| {
        let close = if bracket == '[' { ']' } else { '}' };
        SyntaxError::Invalid {
            format,
            message: format!(
                "the `{bracket}` here is not closed with `{close}` (the {format} reader stopped \
                 at {}:{}: {message})",
                pos.line, pos.col
            ),
            pos: opened,
        }
    })
}

/// Why a TOML text is refused before toml builds it, if it is: nesting deeper than
/// [`MAX_DEPTH`] or more than [`MAX_TOML_TABLES`] tables. The guard in front of everything that
/// builds or walks toml's tree (a user's catalogue file passes it too).
pub(crate) fn toml_refused(text: &str) -> Option<SyntaxError> {
    toml_refused_at(text, MAX_DEPTH)
}

/// Every mistake of TOML itself that toml's reader finds in `text`, each told as [`parse`] tells
/// the first (an unclosed quote at the quote), in the order they stand, one a line: those after
/// a bracket, inline table or text over several lines that is not closed are left out, as toml
/// read on through what it swallowed (every line after an unclosed `[` is a mistake to it).
/// Empty for a text [`toml_refused`] refuses.
pub(crate) fn toml_syntax_errors(text: &str) -> Vec<SyntaxError> {
    let text = without_bom(text);
    toml_doc::syntax_errors(text, &LineIndex::new(text))
}

/// [`toml_refused`] with nesting deeper than `limit` refused.
fn toml_refused_at(text: &str, limit: usize) -> Option<SyntaxError> {
    let text = without_bom(text);
    toml_doc::refused(text, limit).map(|r| r.error(&LineIndex::new(text), limit))
}

/// Where a TOML text first nests deeper than `limit` (`None` when it does not), measured on the
/// tree toml itself builds. See [`toml_doc::refused`] for why this is not a scan of the text.
#[cfg(test)]
fn toml_too_deep(text: &str, limit: usize) -> Option<Pos> {
    match toml_refused_at(text, limit)? {
        SyntaxError::TooDeep { pos, .. } => Some(pos),
        _ => None,
    }
}

/// The quotes a word processor writes, which no spec syntax reads as quotes.
pub const TYPOGRAPHIC_QUOTES: [char; 12] =
    ['“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»', '‹', '›'];

/// A typographic quote at byte `at` of a text `syntax` (TOML, JSON) stopped at, said so.
fn typographic_quote_at(text: &str, at: usize, syntax: &str) -> Option<String> {
    let quote = text.get(at..)?.chars().next()?;
    TYPOGRAPHIC_QUOTES.contains(&quote).then(|| {
        format!(
            "`{quote}` is a typographic quote, which {syntax} does not read (a word processor \
             writes them): type it as a straight quote (\")"
        )
    })
}

/// A comma in a bare number at byte `at` of a text that `syntax` (TOML, JSON) cannot read there,
/// said with the figure to write, as (where the number starts, what to say): a decimal comma
/// (`40,5`: write 40.5), thousands (`1,200.5`: write 1200.5), or either (`5,000`).
fn comma_in_number(text: &str, at: usize, syntax: &str) -> Option<(usize, String)> {
    use crate::units::{parse_decimal, NumberError};
    let (start, written) = number_with_comma(text, at)?;
    let told = match parse_decimal(&written) {
        Err(NumberError::DecimalComma { plain, .. }) => {
            format!("`{written}` has a decimal comma, which {syntax} does not read: write {plain}")
        }
        // `1,200.5`, `12,345,678`: thousands
        Ok(_) if written.contains('.') || written.matches(',').count() > 1 => format!(
            "`{written}` groups thousands with a comma, which {syntax} does not read: write {}",
            written.replace(',', "")
        ),
        // `5,000`: thousands, or a decimal comma
        Ok(_) => format!(
            "`{written}` has a comma, which {syntax} does not read in a number: write {} if it \
             groups thousands, or {} if it is a decimal comma",
            written.replace(',', ""),
            written.replacen(',', ".", 1)
        ),
        Err(_) => return None,
    };
    Some((start, told))
}

/// A JSON or TOML text refused for decimal commas in bare numbers, read past them
/// ([`with_comma_figures`]).
#[derive(Debug, PartialEq)]
pub struct CommaFigures {
    /// The text's tree with each figure kept as written, where it read once they were mended;
    /// `None` where the reading stopped ([`CommaFigures::stopped`]).
    pub root: Option<Node>,
    /// Each figure's place and text as written, with what the syntax says of it.
    pub figures: Vec<(Pos, String, SyntaxError)>,
    /// What the reading stopped at, past the figures: another mistake, or one more figure than
    /// it reads past (said so).
    pub stopped: Option<SyntaxError>,
}

/// A JSON or TOML text that `error` refused for a decimal comma in a bare number (`mlc = 40,5`,
/// `"mlc": 40,5`, `mlc = 1 500,5`), read with each such number kept as written: for the spec
/// layer to judge a figure by its property, as YAML's `40,5` is (a count's `40,5` is no whole
/// number, however its comma is read), and to tell every one of them, each at its place
/// (`1.200,5` and `−47,5` too). The reading stops at another mistake, and past
/// [`MAX_COMMA_FIGURES`] figures or [`MAX_COMMA_REREAD_BYTES`] read again (each figure is one
/// more parse of the file). `None` where `error` is no such comma. Reached only on the way to
/// refusing a file.
pub fn with_comma_figures(format: Format, text: &str, error: &SyntaxError) -> Option<CommaFigures> {
    use crate::units::{parse_decimal, NumberError};
    if !matches!(format, Format::Json | Format::Toml) {
        return None;
    }
    let text = without_bom(text);
    let lines = LineIndex::new(text);
    let mut repaired = text.to_string();
    let mut error = error.clone();
    let mut figures = Vec::new();
    let syntax = if format == Format::Json {
        "JSON"
    } else {
        "TOML"
    };
    let root = loop {
        let comma = match &error {
            SyntaxError::Invalid { pos, .. } => (|| {
                let start = lines.offset(*pos);
                let digits = repaired
                    .get(start..)?
                    .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '+' | '−' | '.')))?;
                // `40,5`, or `1 500,5` (its thousands joined to read it)
                let (at, written, joined) = match number_with_comma(&repaired, start + digits) {
                    Some((at, written)) => (at, written.clone(), written),
                    None => {
                        let spaced = spaced_number(&repaired, start + digits, syntax)?;
                        (spaced.start, spaced.written, spaced.joined)
                    }
                };
                let Err(NumberError::DecimalComma { plain, .. }) = parse_decimal(&joined) else {
                    return None;
                };
                (at == start && plain.len() <= written.len())
                    .then_some((*pos, start, written, plain))
            })(),
            _ => None,
        };
        let Some((pos, start, written, plain)) = comma else {
            // another mistake: none, or one after the figures, which stop there
            return (!figures.is_empty()).then_some(CommaFigures {
                root: None,
                figures,
                stopped: Some(error),
            });
        };
        let reread = (figures.len() + 1).saturating_mul(text.len());
        if figures.len() == MAX_COMMA_FIGURES || reread > MAX_COMMA_REREAD_BYTES {
            let stopped = match error {
                SyntaxError::Invalid {
                    format,
                    message,
                    pos,
                } => SyntaxError::Invalid {
                    format,
                    message: format!(
                        "{message}; the file is read no further than here, past its first {} \
                         such figures: any after this are not told",
                        figures.len()
                    ),
                    pos,
                },
                other => other,
            };
            return Some(CommaFigures {
                root: None,
                figures,
                stopped: Some(stopped),
            });
        }
        // (padded with spaces to its length: every place after it is where it was)
        let padded = format!("{plain:<width$}", width = written.len());
        repaired.replace_range(start..start + written.len(), &padded);
        figures.push((pos, written, error));
        match parse(format, &repaired) {
            Ok(root) => break root,
            Err(next) => error = next,
        }
    };
    let mut root = root;
    let mut stack = vec![&mut root];
    while let Some(node) = stack.pop() {
        match &mut node.value {
            Value::Number(number) => {
                if let Some((_, written, _)) = figures.iter().find(|(pos, ..)| *pos == node.pos) {
                    number.clone_from(written);
                }
            }
            Value::Seq(nodes) => stack.extend(nodes.iter_mut()),
            Value::Map(entries) => stack.extend(entries.iter_mut().map(|e| &mut e.value)),
            _ => {}
        }
    }
    Some(CommaFigures {
        root: Some(root),
        figures,
        stopped: None,
    })
}

/// The most decimal commas in bare numbers [`with_comma_figures`] reads past in one file (each
/// is one more parse of the file): as many as a file's errors are listed.
pub const MAX_COMMA_FIGURES: usize = 100;

/// The most bytes [`with_comma_figures`] parses again in all (a 1 MiB file is read past four
/// figures, a spreadsheet's export of 40 KB past a hundred).
pub const MAX_COMMA_REREAD_BYTES: usize = 4 << 20;

/// A bare number that groups thousands with spaces ([`spaced_number`]).
pub(crate) struct SpacedNumber {
    /// Its first byte.
    pub start: usize,
    /// What a syntax error says of it.
    pub told: String,
    /// As written (`1 500,5`), and with its spaces taken out (`1500,5`, for
    /// [`with_comma_figures`]).
    pub written: String,
    pub joined: String,
    /// The figure `told` says to write (`1500.5`; `0.500` of `0 500`).
    pub plain: String,
}

/// A bare number that groups thousands with spaces where `at` is one of its groups (`1 500`,
/// `1 500,5`, or `0 500` with a decimal space), which neither JSON nor TOML reads: where it
/// starts, and what to write instead.
pub(crate) fn spaced_number(text: &str, at: usize, syntax: &str) -> Option<SpacedNumber> {
    use crate::units::{parse_decimal, NumberError};
    let space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}');
    let part = |c: char| c.is_ascii_digit() || space(c) || c == ',' || c == '.';
    // the run of digits, spaces and marks about `at`, from a digit to a digit
    let before = text.get(..at)?;
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| part(c))
        .last()
        .map_or(at, |(i, _)| i);
    let start = start + text.get(start..)?.find(|c: char| c.is_ascii_digit())?;
    let after = text.get(start..)?;
    // (a sign before it is kept in what to write)
    let sign = text
        .get(..start)?
        .chars()
        .next_back()
        .filter(|c| matches!(c, '-' | '+' | '−'));
    let run = after.find(|c: char| !part(c)).unwrap_or(after.len());
    let written = after
        .get(..run)?
        .trim_end_matches(|c: char| !c.is_ascii_digit());
    // `1 234 567`, with a decimal part after its last group
    let groups: Vec<&str> = written.split(space).collect();
    let (last, mark) = match groups.last()?.split_once([',', '.']) {
        Some((last, decimals)) if decimals.bytes().all(|b| b.is_ascii_digit()) => (last, true),
        Some(_) => return None,
        None => (*groups.last()?, false),
    };
    let whole = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    let inner = &groups[..groups.len() - 1]; // ok: `groups.last()?` above: not empty
    let grouped = !inner.is_empty()
        && (1..=3).contains(&inner[0].len()) // ok: `inner` checked not empty first
        && inner.iter().all(|g| whole(g))
        && inner[1..].iter().all(|g| g.len() == 3) // ok: `inner` checked not empty first
        && last.len() == 3
        && whole(last);
    if !grouped {
        return None;
    }
    let (start, written) = match sign {
        Some(sign) => (
            start - sign.len_utf8(),
            text.get(start - sign.len_utf8()..start + written.len())?,
        ),
        None => (start, written),
    };
    if start > at || start + written.len() < at {
        return None;
    }
    // (as JSON and TOML write a number: `-`, no `+`)
    let joined: String = written
        .chars()
        .filter(|&c| !space(c) && c != '+')
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    // ok: `groups.len() == 2` checked first
    let (told, plain) = if groups.len() == 2 && groups[0] == "0" && !mark && sign.is_none() {
        let plain = format!("0.{last}");
        let told = NumberError::DecimalSpace {
            written: written.to_string(),
            plain: plain.clone(),
        };
        (told.to_string(), plain)
    } else {
        match parse_decimal(&joined) {
            Err(NumberError::DecimalComma { plain, .. }) => (
                format!(
                    "`{written}` groups thousands with spaces and has a decimal comma, which \
                     {syntax} does not read: write {plain}"
                ),
                plain,
            ),
            Ok(_) => (
                format!(
                    "`{written}` groups thousands with spaces, which {syntax} does not read: \
                     write {joined}"
                ),
                joined.clone(),
            ),
            Err(_) => return None,
        }
    };
    Some(SpacedNumber {
        start,
        told,
        written: written.to_string(),
        joined,
        plain,
    })
}

/// The number around a comma at byte `at` with a digit on either side (`40,5`, `−47,5`,
/// `5,000`), as (its first byte, the number): the digits, points, signs and exponent about it.
fn number_with_comma(text: &str, at: usize) -> Option<(usize, String)> {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    if bytes.get(at) != Some(&b',') || at == 0 || !digit(at - 1) || !digit(at + 1) {
        return None;
    }
    let part = |c: char| c.is_ascii_digit() || matches!(c, '.' | '_' | ',');
    let before = text.get(..at)?;
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| part(c) || matches!(c, '-' | '+' | '−'))
        .last()
        .map_or(at, |(i, _)| i);
    let after = text.get(at + 1..)?;
    // (a mark ends the number unless a digit follows it: `57,4, unit`)
    let mut chars = after.char_indices().peekable();
    let mut len = 0;
    while let Some((i, c)) = chars.next() {
        let next_digit = chars.peek().is_some_and(|&(_, d)| d.is_ascii_digit());
        let in_number = c.is_ascii_digit()
            || matches!(c, 'e' | 'E' | '-' | '+' | '_')
            || (matches!(c, '.' | ',') && next_digit);
        if !in_number {
            break;
        }
        len = i + c.len_utf8();
    }
    Some((start, text.get(start..at + 1 + len)?.to_string()))
}

mod json {
    use super::*;
    use jsonc_parser::ast;

    pub(super) fn parse(text: &str, lines: &LineIndex) -> Result<Node, SyntaxError> {
        let strict = jsonc_parser::ParseOptions {
            allow_comments: false,
            allow_loose_object_property_names: false,
            allow_trailing_commas: false,
            allow_missing_commas: false,
            allow_single_quoted_strings: false,
            allow_hexadecimal_numbers: false,
            allow_unary_plus_numbers: false,
            allow_bare_decimal_point_numbers: false,
            allow_non_finite_numbers: false,
            allow_extended_string_escapes: false,
        };
        if let Some(pos) = bracket_depth_over(text, MAX_DEPTH + 1, lines) {
            return Err(SyntaxError::TooDeep {
                pos,
                limit: MAX_DEPTH,
            });
        }
        let parsed =
            jsonc_parser::parse_to_ast(text, &Default::default(), &strict).map_err(|e| {
                // placed as every node is, so a file's places agree with each other
                explained(
                    text,
                    lines,
                    lines.pos(e.range().start),
                    &e.kind().to_string(),
                )
            })?;
        // the parser takes a line break in a string; JSON does not, nor would other tools
        if let Some(at) = control_in_string(text) {
            return Err(SyntaxError::Invalid {
                format: Format::Json,
                message: "a line break or control character inside a string: JSON writes it \
                          escaped (\\n for a line break), or the closing quote is missing"
                    .into(),
                pos: lines.pos(at),
            });
        }
        match parsed.value {
            Some(value) => Ok(convert(&value, lines)),
            None => Err(SyntaxError::Empty),
        }
    }

    /// The JSON reader's mistake as a user can act on it: a bracket the reader ran past on an
    /// earlier line is placed at that bracket, and one closed by the other kind (`["a"}`) is
    /// said so, at the bracket.
    fn explained(text: &str, lines: &LineIndex, pos: Pos, message: &str) -> SyntaxError {
        // the reader places an object or array it ran out of text in at its own bracket
        let at = lines.offset(pos);
        let opened = text.get(at..).and_then(|rest| rest.chars().next());
        if let (true, Some(bracket @ ('{' | '['))) = (message.starts_with("Unterminated"), opened) {
            let close = if bracket == '[' { ']' } else { '}' };
            return SyntaxError::Invalid {
                format: Format::Json,
                message: format!("the `{bracket}` here is not closed with `{close}` ({message})"),
                pos,
            };
        }
        if let Some(error) = unclosed_instead(Format::Json, text, lines, pos, message) {
            return error;
        }
        // `"mlc": 40,5`: the reader stops after the comma, at the digits it took for a key;
        // `"mlc": 1 500`: at the group after the space
        if let Some((start, told)) = super::spaced_number(text, at, "JSON")
            .map(|spaced| (spaced.start, spaced.told))
            .or_else(|| {
                at.checked_sub(1)
                    .and_then(|comma| super::comma_in_number(text, comma, "JSON"))
            })
        {
            return SyntaxError::Invalid {
                format: Format::Json,
                message: told,
                pos: lines.pos(start),
            };
        }
        // `“items”`, as a word processor writes quotes
        if let Some(message) = super::typographic_quote_at(text, at, "JSON") {
            return SyntaxError::Invalid {
                format: Format::Json,
                message,
                pos,
            };
        }
        // `"mass": 132 kg`, `"mlc": 040`: what stands after a number the reader took
        if let Some((start, message)) = after_a_number(text, at) {
            return SyntaxError::Invalid {
                format: Format::Json,
                message,
                pos: lines.pos(start),
            };
        }
        let close = opened;
        if let (Some(close @ (']' | '}')), Some((opened, bracket))) = (close, open_at(text, at)) {
            let wanted = if bracket == '[' { ']' } else { '}' };
            if close != wanted {
                return SyntaxError::Invalid {
                    format: Format::Json,
                    message: format!(
                        "the `{bracket}` here is not closed before the `{close}` at {}:{}: close it with \
                         `{wanted}`",
                        pos.line, pos.col
                    ),
                    pos: lines.pos(opened),
                };
            }
        }
        // `NaN`, `Infinity`: words JSON has no figure for
        let rest = text.get(at..).unwrap_or_default();
        if let Some(word) = ["NaN", "-Infinity", "Infinity"]
            .into_iter()
            .find(|w| rest.starts_with(w))
        {
            return SyntaxError::Invalid {
                format: Format::Json,
                message: format!("`{word}` is no figure: NaN and infinities are not measurements"),
                pos,
            };
        }
        SyntaxError::Invalid {
            format: Format::Json,
            message: plainly(message),
            pos,
        }
    }

    /// The JSON reader's words as a user acts on them (its own, capitalised and technical,
    /// where there is nothing plainer to say).
    fn plainly(message: &str) -> String {
        let said = match message {
            "Trailing commas are not allowed" => "a `,` before a closing `}` or `]`: remove it",
            "Expected comma" => "a `,` is missing before this",
            "Comments are not allowed" => "JSON has no comments: remove it",
            "Single-quoted strings are not allowed" => {
                "JSON text is written in double quotes (\"), not single ones"
            }
            "Expected string for object property" => {
                "a name in double quotes is expected here (`\"case_length\": …`)"
            }
            "Expected colon after the string or word in object property" => {
                "a `:` is missing after the name"
            }
            "Expected value after colon in object property" => "a value is missing after the `:`",
            "Text cannot contain more than one JSON value" => {
                "there is text after the end of the JSON: remove it"
            }
            "Infinity and NaN are not allowed" => "NaN and infinities are no figures",
            "Unary plus on numbers is not allowed" => "remove the `+` before the number",
            "Leading or trailing decimal points on numbers are not allowed" => {
                "a number needs a digit on each side of its point: write 0.5, not .5 or 5."
            }
            "Hexadecimal numbers are not allowed" => "write the number in decimal",
            "Unexpected token" => "this cannot stand here",
            other => other,
        };
        said.to_string()
    }

    /// A figure with its unit left out of quotes (`132 kg`), or a number written with a 0 before
    /// its first digit (`040`), where the JSON reader stopped at byte `at` after the number: its
    /// first byte and what to write.
    fn after_a_number(text: &str, at: usize) -> Option<(usize, String)> {
        let before = text.get(..at)?;
        let trimmed = before.trim_end();
        let number = trimmed
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'))
            .last()
            .map(|(i, _)| i)?;
        let written = trimmed.get(number..)?;
        if !written.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
            return None;
        }
        let rest = text.get(at..)?;
        // `040`: the reader takes the 0 alone, and stops at the 4
        if written.trim_start_matches('-') == "0" && rest.starts_with(|c: char| c.is_ascii_digit())
        {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            let whole = format!("{written}{digits}");
            let plain = whole.trim_start_matches(['-', '0']);
            let sign = if written.starts_with('-') { "-" } else { "" };
            return Some((
                number,
                format!(
                    "JSON writes no 0 before a number's first digit: write {sign}{}, not {whole}",
                    if plain.is_empty() { "0" } else { plain }
                ),
            ));
        }
        // `132 kg`: a word after a number, on its line
        let word: String = rest
            .chars()
            .take_while(|c| !matches!(c, ',' | '}' | ']' | '\n' | '\r' | '"'))
            .collect();
        let word = word.trim_end();
        if before.len() > trimmed.len()
            && word.starts_with(|c: char| c.is_alphabetic() || matches!(c, '°' | '%' | 'µ'))
        {
            return Some((
                number,
                format!("a figure with its unit is text in JSON: write it in double quotes (\"{written} {word}\")"),
            ));
        }
        None
    }

    /// The innermost bracket open at byte `at` of a JSON text, outside strings.
    fn open_at(text: &str, at: usize) -> Option<(usize, char)> {
        let mut open = Vec::new();
        let mut quoted = Quoted::default();
        for (i, c) in text.get(..at)?.char_indices() {
            if quoted.takes(c) {
                continue;
            }
            match c {
                '"' => quoted.open(c),
                '[' | '{' => open.push((i, c)),
                ']' | '}' => {
                    open.pop();
                }
                _ => {}
            }
        }
        open.last().copied()
    }

    /// The first character below U+0020 inside a string of `text` (JSON that parsed: its only
    /// quotes are a string's).
    fn control_in_string(text: &str) -> Option<usize> {
        let mut in_string = false;
        let mut escaped = false;
        for (i, b) in text.bytes().enumerate() {
            if !in_string {
                in_string = b == b'"';
            } else if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            } else if b < 0x20 {
                return Some(i);
            }
        }
        None
    }

    fn convert(value: &ast::Value, lines: &LineIndex) -> Node {
        use jsonc_parser::common::Ranged;
        let pos = lines.pos(value.start());
        let value = match value {
            ast::Value::StringLit(s) => Value::Str(s.value.to_string()),
            ast::Value::NumberLit(n) => Value::Number(n.value.to_string()),
            ast::Value::BooleanLit(b) => Value::Bool(b.value),
            ast::Value::NullKeyword(_) => Value::Null,
            ast::Value::Array(a) => {
                Value::Seq(a.elements.iter().map(|e| convert(e, lines)).collect())
            }
            ast::Value::Object(o) => Value::Map(
                o.properties
                    .iter()
                    .map(|p| Entry {
                        key: p.name.as_str().to_string(),
                        key_pos: lines.pos(p.name.start()),
                        value: convert(&p.value, lines),
                    })
                    .collect(),
            ),
        };
        Node { pos, value }
    }
}

mod toml_doc {
    use super::*;
    use toml::de::{DeTable, DeValue};
    use toml::Spanned;

    pub(super) fn parse(text: &str, lines: &LineIndex) -> Result<Node, SyntaxError> {
        let (table, errors) = guarded(text, MAX_DEPTH).map_err(|r| r.error(lines, MAX_DEPTH))?;
        if let Some(e) = errors.first() {
            return Err(explained(text, lines, e));
        }
        let pos = Pos { line: 1, col: 1 };
        Ok(Node {
            pos,
            value: table_value(table.get_ref(), lines),
        })
    }

    /// See [`super::toml_syntax_errors`].
    pub(super) fn syntax_errors(text: &str, lines: &LineIndex) -> Vec<SyntaxError> {
        let Ok((_, errors)) = guarded(text, MAX_DEPTH) else {
            return Vec::new();
        };
        let mut told: Vec<(SyntaxError, bool)> = errors
            .iter()
            .map(|e| {
                let told = explained(text, lines, e);
                let raw = e.message().trim();
                // (a missing comma that is an unclosed bracket is told as one)
                let unclosed = matches!(&told, SyntaxError::Invalid { message, .. }
                    if message.contains("is not closed before")
                        || message.contains("is not closed with"));
                let runs_on = raw.starts_with("unclosed")
                    || raw.starts_with("invalid multi-line")
                    || unclosed;
                (told, runs_on)
            })
            .collect();
        crate::sort_by_key(&mut told, |(e, _)| e.pos());
        // (nothing after the first place that swallows what follows it)
        let cut = told
            .iter()
            .filter(|(_, runs_on)| *runs_on)
            .map(|(e, _)| e.pos())
            .min();
        let mut kept: Vec<SyntaxError> = Vec::new();
        for (e, _) in told {
            let pos = e.pos();
            if cut.is_some_and(|cut| pos > cut) {
                break;
            }
            if kept.last().is_some_and(|last| last.pos().line == pos.line) {
                continue;
            }
            kept.push(e);
        }
        kept
    }

    /// toml's mistake as a user can act on it: a duplicate key named, with its first place; a lone
    /// carriage return placed where it is; a missing comma that is an unclosed bracket.
    fn explained(text: &str, lines: &LineIndex, e: &toml::de::Error) -> SyntaxError {
        let message = e.message().trim();
        let start = e.span().map_or(0, |s| s.start);
        let pos = lines.pos(start);
        let invalid = |message: String, pos: Pos| SyntaxError::Invalid {
            format: Format::Toml,
            message,
            pos,
        };
        if message.starts_with("duplicate key") {
            match e.span().and_then(|span| duplicate(text, span)) {
                Some((key, Some(first))) => {
                    return SyntaxError::DuplicateKey {
                        key,
                        pos,
                        first: lines.pos(first),
                    }
                }
                Some((key, None)) => {
                    return invalid(format!("duplicate key `{key}`: give each key once"), pos)
                }
                None => {}
            }
        }
        if message.starts_with("carriage return must be followed by newline") {
            let bytes = text.as_bytes();
            let lone =
                // ok: `i` < `bytes.len()`
                (0..bytes.len()).find(|&i| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if let Some(at) = lone {
                return invalid(
                    "a carriage return without a line feed ends this line: save the file with \
                     LF or CRLF line endings"
                        .into(),
                    lines.pos(at),
                );
            }
        }
        let plain = plainly(text, lines.offset(pos), message);
        if message.starts_with("missing comma") || message.starts_with("unexpected `=` in array") {
            if let Some(error) = unclosed_instead(Format::Toml, text, lines, pos, &plain) {
                return error;
            }
        }
        // a string left open ends with its line, where toml says so (or, inside an inline
        // table or an array, says the bracket is not closed): placed at its quote
        const STRING_OR_BRACKET: [&str; 4] = [
            "invalid basic string",
            "invalid literal string",
            "unclosed inline table",
            "unclosed array",
        ];
        if STRING_OR_BRACKET.iter().any(|m| message.starts_with(m)) {
            if let Some((at, quote)) = open_quote_of_line(text, lines, pos) {
                let over_lines = if quote == '\'' { "'''" } else { "\"\"\"" };
                return invalid(
                    format!(
                        "the quoted text that starts here is not closed on its line: end it with \
                         `{quote}` (a text over several lines is written between `{over_lines}`)"
                    ),
                    lines.pos(at),
                );
            }
        }
        // a text over several lines left open runs to the end of the file: placed where it starts
        if message.starts_with("invalid multi-line") {
            let quotes = if message.contains("literal") {
                "'''"
            } else {
                "\"\"\""
            };
            let before = text.get(..lines.offset(pos)).unwrap_or(text);
            if let Some(at) = before.rfind(quotes) {
                return invalid(
                    format!(
                        "the text over several lines that starts here is not closed: end it with \
                         `{quotes}`"
                    ),
                    lines.pos(at),
                );
            }
        }
        // `nation = “FRA”`, `“id” = "a"`: a word processor's quotes
        if let Some(told) = super::typographic_quote_at(text, lines.offset(pos), "TOML") {
            return invalid(told, pos);
        }
        // `mlc = 40,5`: a comma in a bare number, where toml expected the line to end (or, in
        // an inline table, at the digits after it)
        let at = lines.offset(pos);
        // (in an inline table toml takes the decimals for a key, and stops after them, or at
        // the `}` after a space: `{ mlc = 40,5 }`)
        let before_digits = || {
            let before = text.get(..at)?.trim_end_matches([' ', '\t']);
            let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
            before.len().checked_sub(digits + 1)
        };
        if let Some((start, told)) = super::spaced_number(text, at, "TOML")
            .map(|spaced| (spaced.start, spaced.told))
            .or_else(|| super::comma_in_number(text, at, "TOML"))
            .or_else(|| super::comma_in_number(text, at.checked_sub(1)?, "TOML"))
            .or_else(|| super::comma_in_number(text, before_digits()?, "TOML"))
        {
            return invalid(told, lines.pos(start));
        }
        // `max = 0.8.3`, `max = 5 kg`, `source = test fixture`: a value toml reads as no number,
        // and no text without its quotes
        const BARE: [&str; 3] = [
            "invalid float",
            "invalid integer",
            "string values must be quoted",
        ];
        if BARE.iter().any(|m| message.starts_with(m)) {
            if let Some((start, told)) = bare_value(text, at) {
                return invalid(told, lines.pos(start));
            }
        }
        invalid(plain, pos)
    }

    /// The value toml stopped in at byte `at` (after its key's `=`, or an inline table's or a
    /// list's `,`, `{` or `[`, on its line), when it is one a user meant as a number, a figure or
    /// a text: a number with two points (`0.8.3`), a figure with its unit (`5 kg`, `57.40mm`),
    /// words without quotes (`test fixture`); with its first byte and what to write.
    fn bare_value(text: &str, at: usize) -> Option<(usize, String)> {
        let line_start = text.get(..at)?.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let line = text.get(line_start..)?.split(['\n', '\r']).next()?;
        let head = line.get(..at.checked_sub(line_start)?)?;
        let after = head.rfind(['=', ',', '[', '{'])? + 1;
        let rest = line.get(after..)?;
        let start = after + (rest.len() - rest.trim_start().len());
        let value = line.get(start..)?;
        let value = value
            .get(..value.find(['#', ',', '}', ']']).unwrap_or(value.len()))?
            .trim_end();
        if value.is_empty() || value.contains(['"', '\'', '=']) {
            return None;
        }
        let numeric = |c: char| c.is_ascii_digit() || matches!(c, '.' | '_' | '+' | '-');
        let number_end = value.find(|c: char| !numeric(c)).unwrap_or(value.len());
        // ok: `number_end` is from `find` on `value`, or its length
        let (number, unit) = value.split_at(number_end);
        let unit = unit.trim_start();
        let said = if value.chars().all(|c| numeric(c) || matches!(c, 'e' | 'E'))
            && value.matches('.').count() > 1
        {
            format!("`{value}` is not a number: a number has at most one decimal point")
        } else if number.contains(|c: char| c.is_ascii_digit())
            && unit.starts_with(|c: char| c.is_alphabetic() || matches!(c, '°' | '%' | 'µ'))
        {
            format!(
                "a figure with its unit is text in TOML: write it in quotes (\"{number} {unit}\")"
            )
        } else if number.is_empty() && unit.starts_with(char::is_alphabetic) {
            format!("a text value is written in quotes: write \"{value}\"")
        } else {
            return None;
        };
        Some((line_start + start, said))
    }

    /// The TOML reader's own words as a user acts on them, by what stands at byte `at`, where
    /// it stopped (the reader's words where no plainer ones are known).
    fn plainly(text: &str, at: usize, message: &str) -> String {
        let line_rest = text
            .get(at..)
            .and_then(|rest| rest.split(['\n', '\r']).next())
            .unwrap_or("");
        let line_start = text
            .get(..at)
            .map_or(0, |before| before.rfind(['\n', '\r']).map_or(0, |i| i + 1));
        let line_before = text.get(line_start..at).unwrap_or("");
        let said = match message.split(',').next().unwrap_or(message) {
            "missing escaped value" => {
                "`\\` starts an escape in text in double quotes: write `\\\\` for a backslash, or \
                 put the text in single quotes ('…'), which take it as written"
            }
            "key with no value"
                if line_rest.starts_with(':') || line_before.trim_end().ends_with(':') =>
            {
                "TOML writes `=` between a key and its value, not `:`"
            }
            "key with no value" if line_rest.contains('=') => {
                "a key of several words is written in quotes (`\"my key\" = …`)"
            }
            // `source "x"`: a value after the key, without its `=`
            "key with no value"
                if line_rest
                    .trim_start()
                    .starts_with(|c: char| c.is_alphanumeric() || "\"'[{+-".contains(c))
                    && (line_rest.starts_with([' ', '\t'])
                        || line_before.ends_with([' ', '\t']))
                    && !line_before.trim().is_empty() =>
            {
                return format!(
                    "a `=` is missing between `{}` and its value: write `{} = {}`",
                    line_before.trim(),
                    line_before.trim(),
                    line_rest.split(" #").next().unwrap_or(line_rest).trim()
                );
            }
            "key with no value" => "a key with no value: write `key = value`",
            "extra `=`" => "a second `=`: write one `=` between a key and its value",
            "missing comma between array elements" => "a `,` is missing between the list's entries",
            "missing comma between key-value pairs"
            | "extra assignment between key-value pairs" => {
                "a `,` is missing between the keys of the table in `{ }`"
            }
            "extra comma in array" => "two `,` stand together in the list: delete one",
            "unexpected `=` in array" => "a `=` cannot stand in a list",
            "string values must be quoted"
                if line_rest.trim().is_empty() || line_rest.trim_start().starts_with('#') =>
            {
                "a value is missing after `=`: write it, or delete the line"
            }
            "string values must be quoted" => "a text value is written in quotes (`name = \"…\"`)",
            "unclosed inline table" => {
                "a table in `{ }` is not closed with `}` on its line (it is written on one line)"
            }
            "unclosed array table" => "a table header `[[…]]` needs its closing `]]`",
            "unclosed table" => "a table header `[…]` needs its closing `]`",
            "unexpected key or value" => {
                "there is more after the value: one value a line (put all of a text inside its \
                 quotes, or start a comment with `#`)"
            }
            "invalid fraction" | "invalid mantissa" => {
                "a number needs a digit on each side of its point: write 0.5, not .5 or 40."
            }
            "invalid exponent" => "an exponent needs digits after its `e` (`1e3`)",
            "invalid boolean" => {
                "this is no value TOML reads: put a text in quotes, or write true or false"
            }
            "unquoted keys cannot be empty" => "a key is missing before the `=`",
            "unexpected leading zero" => {
                "TOML writes no 0 before a number's first digit: write 40, not 040"
            }
            // (toml's `expected nothing` tells a user nothing)
            _ => message
                .strip_suffix(", expected nothing")
                .unwrap_or(message),
        };
        said.to_string()
    }

    /// The quote of a string still open at the end of `pos`'s line, as (its byte, the quote).
    fn open_quote_of_line(text: &str, lines: &LineIndex, pos: Pos) -> Option<(usize, char)> {
        let start = lines.offset(Pos {
            line: pos.line,
            col: 1,
        });
        let line = text.get(start..)?.split(['\n', '\r']).next()?;
        let mut quoted = Quoted::default();
        let mut opened = None;
        for (i, c) in line.char_indices() {
            if quoted.takes(c) {
                continue;
            }
            match c {
                '#' => break,
                '"' | '\'' => {
                    quoted.open(c);
                    opened = Some((start + i, c));
                }
                _ => {}
            }
        }
        opened.filter(|_| quoted.quote.is_some())
    }

    /// The duplicate key toml's span covers (as written, without quotes) and where it was
    /// first given, when that is found as written: the same header earlier in the file, the same
    /// key earlier on its line (an inline table), or earlier in its table, back to the table's
    /// header.
    fn duplicate(text: &str, span: std::ops::Range<usize>) -> Option<(String, Option<usize>)> {
        let mut key = text
            .get(span.clone())?
            .trim()
            .trim_matches(['"', '\''])
            .to_string();
        let at = span.start;
        let line_start = text.get(..at)?.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let line_end = text
            .get(at..)?
            .find(['\n', '\r'])
            .map_or(text.len(), |i| at + i);
        let line = text.get(line_start..line_end)?.trim();
        let uncommented = |l: &str| l.split('#').next().unwrap_or(l).trim().to_string();
        // the lines before, nearest first, with the byte each starts at
        let mut before = Vec::new();
        let mut start = 0;
        // ok: `line_start` is after a one-byte line end in `text[..at]`, or 0
        for l in text[..line_start].split_inclusive(['\n', '\r']) {
            before.push((start + l.len() - l.trim_start().len(), l));
            start += l.len();
        }
        before.reverse();
        let is_key = |k: &str| k.trim().trim_matches(['"', '\'']) == key;
        let first = if line.starts_with('[') {
            let header = uncommented(line);
            // the table the header names, not only its last key
            let named = header.trim_matches(['[', ']']).trim().to_string();
            // the same header, or the key that made its table (`properties = { … }`), back to
            // the start of the array element it belongs to (`[[items]]`)
            let first = before
                .iter()
                .take_while(|(_, l)| !uncommented(l).starts_with("[["))
                .find(|(_, l)| {
                    uncommented(l) == header
                        || (l.contains('=') && l.split('=').next().is_some_and(is_key))
                })
                .map(|&(start, _)| start);
            key = named;
            first
        } else {
            // `{ a = 1, a = 2 }`: the same key earlier in the line, right after `{` or `,`
            // ok: `get(..at)` succeeded above, and `line_start` <= `at`
            let segment = &text[line_start..at];
            let same_line = segment.match_indices(key.as_str()).find_map(|(i, _)| {
                // ok: `i` is from `match_indices` on `segment`
                let opens = segment[..i].trim_end().ends_with(['{', ',']);
                // ok: `key` matched at `i`: its end is in `segment`
                let assigns = segment[i + key.len()..].trim_start().starts_with('=');
                (opens && assigns).then_some(line_start + i)
            });
            same_line.or_else(|| {
                before
                    .iter()
                    .take_while(|(_, l)| !l.trim_start().starts_with('['))
                    .find(|(_, l)| l.contains('=') && l.split('=').next().is_some_and(is_key))
                    .map(|&(start, _)| start)
            })
        };
        // a key in double quotes is named as toml reads it, its escapes decoded (`"a\u202eb"`
        // holds a bidirectional control, which is then told as such, at it)
        let written = text.get(span)?.trim();
        if written.starts_with('"') && !line.starts_with('[') {
            let read = toml::from_str::<toml::Table>(&format!("{written} = 0")).ok();
            if let Some(decoded) = read.and_then(|t| t.keys().next().cloned()) {
                key = decoded;
            }
        }
        Some((key, first))
    }

    /// The byte where `text` first nests deeper than `limit`, as toml reads it.
    ///
    /// Not a scan of the text: a scan has to lex TOML as toml does, also where the text is not
    /// TOML (toml reads on past a mistake), and twice a scan let through text that toml then
    /// nested thousands of levels deep, through tables that dotted keys make
    /// (`{k.k.k = {k.k.k = …}}`; toml caps inline tables and arrays at 80 levels, not these).
    /// Walking, converting, deserialising or dropping such a tree recurses as deep as it is,
    /// and toml itself drops a value it cannot use (a duplicate key's) while it builds. So the
    /// depth is measured first on toml's own lexer and parser events, which are flat, and then,
    /// as a second guard, on the tree built from them (`parse_recoverable`: a failed `parse`
    /// drops its tree), which is taken apart without recursion when too deep.
    pub(super) fn refused(text: &str, limit: usize) -> Option<Refusal> {
        guarded(text, limit).err()
    }

    /// Why toml's tree of a text is not built, with the byte where it shows.
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub(super) enum Refusal {
        /// Nesting deeper than the limit starts here.
        Deep(usize),
        /// The table or array past [`MAX_TOML_TABLES`] starts here.
        Tables(usize),
    }

    impl Refusal {
        /// The error it is, `depth` being the nesting limit it was measured against.
        pub(super) fn error(self, lines: &LineIndex, depth: usize) -> SyntaxError {
            match self {
                Refusal::Deep(start) => SyntaxError::TooDeep {
                    pos: lines.pos(start),
                    limit: depth,
                },
                Refusal::Tables(start) => SyntaxError::TooManyTables {
                    pos: lines.pos(start),
                    limit: MAX_TOML_TABLES,
                },
            }
        }
    }

    /// toml's tree of `text` and its mistakes, or where it first nests deeper than `limit`
    /// (see [`refused`]): the events are measured before toml builds, the tree after.
    fn guarded(
        text: &str,
        limit: usize,
    ) -> Result<(Spanned<DeTable<'_>>, Vec<toml::de::Error>), Refusal> {
        if let Some(refusal) = refused_event(text, limit) {
            return Err(refusal);
        }
        let (table, errors) = DeTable::parse_recoverable(text);
        // the events' measure is an upper bound; the tree's is the tree itself
        match too_deep(table.get_ref(), limit) {
            Some(start) => {
                take_apart(table.into_inner());
                Err(Refusal::Deep(start))
            }
            None => Ok((table, errors)),
        }
    }

    /// The start of the first node deeper than `limit`, from toml's events. For TOML without
    /// mistakes it is exact, but for a header through an array of tables (`[[a]]`, then
    /// `[a.b]`: `b` is in the last element of `a`, a level the events do not show), which the
    /// tree's guard counts; such a tree is at most twice as deep as the events say, so toml
    /// drops nothing dangerously deep before that guard. Where the events are not TOML (a header
    /// inside brackets, a close that does not match) it counts as deep as toml could build: it
    /// never closes a bracket the close does not match, and a header met inside brackets starts
    /// from the deepest of them.
    ///
    /// It also counts the tables and arrays toml would make (an upper bound: a header through
    /// tables that exist counts them again), and refuses past [`MAX_TOML_TABLES`].
    pub(super) fn refused_event(text: &str, limit: usize) -> Option<Refusal> {
        use toml_parser::parser::{parse_document, Event, EventKind as E, RecursionGuard};
        let tokens = toml_parser::Source::new(text).lex().into_vec();
        let mut events: Vec<Event> = Vec::with_capacity(tokens.len());
        // toml's own cap on nested brackets, as `DeTable::parse` sets it
        parse_document(&tokens, &mut RecursionGuard::new(&mut events, 80), &mut ());
        // open inline tables and arrays: (is an array, the depth of that node)
        let mut open: Vec<(bool, usize)> = Vec::new();
        let mut table = 0usize; // depth of the table the last header made
        let mut header: Option<(bool, usize)> = None; // inside `[…]`: (array table, its base)
        let mut key: Vec<usize> = Vec::new(); // where each part of the key being read starts
        let mut dotted = false; // the last key event was a `.`
        let mut value = 0usize; // depth of the value after the last `=`
        let mut made = 0usize; // tables and arrays toml would make so far
        let mut make = |count: usize, start: usize| {
            made = made.saturating_add(count);
            (made > MAX_TOML_TABLES).then_some(Refusal::Tables(start))
        };
        for event in &events {
            let start = event.span().start();
            let kind = event.kind();
            match kind {
                E::Whitespace | E::Comment | E::Newline | E::Error => {}
                E::StdTableOpen | E::ArrayTableOpen => {
                    // inside brackets a header is not TOML: count from the deepest of them
                    let base = open
                        .iter()
                        .map(|&(_, d)| d)
                        .max()
                        .map_or(0, |d| d.max(table));
                    open.clear();
                    header = Some((kind == E::ArrayTableOpen, base));
                    key.clear();
                    dotted = false;
                }
                E::SimpleKey => {
                    if !dotted {
                        key.clear();
                    }
                    key.push(start);
                    dotted = false;
                }
                E::KeySep => dotted = true,
                E::StdTableClose | E::ArrayTableClose => {
                    let (array, base) = header.take().unwrap_or((false, table));
                    // part k of `[a.b.c]` is a table at base + k + 1; an array table's element
                    // is one deeper than its last part
                    if let Some(&at) = key.get(limit.saturating_sub(base)) {
                        return Some(Refusal::Deep(at));
                    }
                    let first = key.first().copied().unwrap_or(start);
                    if let Some(refusal) = make(key.len() + usize::from(array), first) {
                        return Some(refusal);
                    }
                    table = base + key.len() + usize::from(array);
                    if table > limit {
                        return Some(Refusal::Deep(start));
                    }
                    key.clear();
                    dotted = false;
                }
                E::KeyValSep => {
                    let frame = match open.last() {
                        Some(&(false, d)) => d,
                        Some(&(true, d)) => d + 1,
                        None => table,
                    };
                    if let Some(&at) = key.get(limit.saturating_sub(frame)) {
                        return Some(Refusal::Deep(at));
                    }
                    let first = key.first().copied().unwrap_or(start);
                    if let Some(refusal) = make(key.len().saturating_sub(1), first) {
                        return Some(refusal);
                    }
                    value = frame + key.len().max(1);
                    key.clear();
                    dotted = false;
                }
                E::InlineTableOpen | E::ArrayOpen => {
                    let depth = match open.last() {
                        Some(&(true, d)) => d + 1,
                        Some(&(false, d)) => value.max(d + 1),
                        None => value.max(table + 1),
                    };
                    if depth > limit {
                        return Some(Refusal::Deep(start));
                    }
                    if let Some(refusal) = make(1, start) {
                        return Some(refusal);
                    }
                    open.push((kind == E::ArrayOpen, depth));
                    key.clear();
                    dotted = false;
                }
                E::Scalar => {
                    if let Some(&(true, d)) = open.last() {
                        if d + 1 > limit {
                            return Some(Refusal::Deep(start));
                        }
                    }
                }
                E::ValueSep => {
                    key.clear();
                    dotted = false;
                }
                E::InlineTableClose | E::ArrayClose => {
                    if open
                        .last()
                        .is_some_and(|&(array, _)| array == (kind == E::ArrayClose))
                    {
                        open.pop();
                    }
                    key.clear();
                    dotted = false;
                }
            }
        }
        None
    }

    /// The earliest start of a node deeper than `limit` (the root table is level 0, as
    /// `check_keys` counts), found without recursion.
    fn too_deep(table: &DeTable, limit: usize) -> Option<usize> {
        let mut first: Option<usize> = None;
        let mut stack: Vec<(&Spanned<DeValue>, usize)> = table.values().map(|v| (v, 1)).collect();
        while let Some((value, depth)) = stack.pop() {
            if depth > limit {
                let start = value.span().start;
                first = Some(first.map_or(start, |f| f.min(start)));
            }
            match value.get_ref() {
                DeValue::Table(t) => stack.extend(t.values().map(|v| (v, depth + 1))),
                DeValue::Array(a) => stack.extend(a.iter().map(|v| (v, depth + 1))),
                _ => {}
            }
        }
        first
    }

    /// Drops a tree of any depth without recursion: each node is emptied before it is dropped.
    fn take_apart(table: DeTable) {
        let mut stack: Vec<DeValue> = table.into_iter().map(|(_, v)| v.into_inner()).collect();
        while let Some(value) = stack.pop() {
            match value {
                DeValue::Table(t) => stack.extend(t.into_iter().map(|(_, v)| v.into_inner())),
                DeValue::Array(a) => stack.extend(a.into_iter().map(Spanned::into_inner)),
                _ => {}
            }
        }
    }

    fn table_value(table: &DeTable, lines: &LineIndex) -> Value {
        let mut entries: Vec<Entry> = table
            .iter()
            .map(|(k, v)| Entry {
                key: k.get_ref().to_string(),
                key_pos: lines.pos(k.span().start),
                value: convert(v, lines),
            })
            .collect();
        // keep the order of the text, whatever order the map keeps
        crate::sort_by_key(&mut entries, |e| e.key_pos);
        Value::Map(entries)
    }

    fn convert(value: &Spanned<DeValue>, lines: &LineIndex) -> Node {
        let pos = lines.pos(value.span().start);
        let value = match value.get_ref() {
            DeValue::String(s) => Value::Str(s.to_string()),
            DeValue::Integer(i) if i.radix() == 10 => Value::Number(i.as_str().to_string()),
            DeValue::Integer(i) => Value::Str(i.to_string()),
            DeValue::Float(f) => Value::Number(f.as_str().to_string()),
            DeValue::Boolean(b) => Value::Bool(*b),
            DeValue::Datetime(d) => Value::Str(d.to_string()),
            DeValue::Array(a) => Value::Seq(a.iter().map(|v| convert(v, lines)).collect()),
            DeValue::Table(t) => table_value(t, lines),
        };
        Node { pos, value }
    }
}

mod yaml {
    use super::*;
    use saphyr_parser::{Event, Parser, ScalarStyle, Span};

    /// The YAML reader's mistake as a user can act on it: its own depth limit is this reader's,
    /// a tab is named as a tab where it is, an unclosed quote or bracket is said at its start.
    fn explained(text: &str, info: &str, pos: Pos) -> SyntaxError {
        let lines = LineIndex::new(text);
        let invalid = |message: String, pos: Pos| SyntaxError::Invalid {
            format: Format::Yaml,
            message,
            pos,
        };
        if info.contains("recursion limit exceeded") {
            return SyntaxError::TooDeep {
                pos: bracket_depth_over(text, MAX_DEPTH + 1, &lines).unwrap_or(pos),
                limit: MAX_DEPTH,
            };
        }
        let at = lines.offset(pos);
        if info.contains("must be followed by a valid YAML whitespace")
            // ok: `offset` gives a char boundary, at most the length
            && text[..at].ends_with('\t')
        {
            return invalid(
                "a tab after `:`: write a space there (this reader takes only spaces after `:`)"
                    .into(),
                lines.pos(at - 1),
            );
        }
        if info.contains("tab") {
            let line_start = lines.offset(Pos {
                line: pos.line,
                col: 1,
            });
            // the first tab in a line's indentation, from the reported line on (a tab inside a
            // value is allowed)
            let mut start = line_start;
            let tab = text[line_start..] // ok: `offset` gives a char boundary, at most the length
                .split_inclusive(['\n', '\r'])
                .find_map(|line| {
                    let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
                    // ok: `indent` is the length of leading ASCII spaces and tabs
                    let found = line[..indent].find('\t').map(|t| start + t);
                    start += line.len();
                    found
                });
            if let Some(tab) = tab {
                return invalid(
                    "a tab in the indentation: YAML indents with spaces only".into(),
                    lines.pos(tab),
                );
            }
        }
        // what the reader says of a quoted text it ran past the end of
        let unclosed_quote = ["end of stream", "indentation", "document indicator"];
        if info.contains("quoted scalar") && unclosed_quote.iter().any(|m| info.contains(m)) {
            return invalid(
                format!(
                    "the quoted text that starts here is not closed where YAML expects \
                     (a quoted text must end with its quote, and its next lines be indented): {info}"
                ),
                pos,
            );
        }
        if info == "mapping values are not allowed in this context"
            || info == "while parsing a block mapping, did not find expected key"
        {
            if let Some((message, key)) = over_indented(text, &lines, pos.line) {
                return invalid(message, key);
            }
        }
        let plain = plainly(text, at, info);
        // the reader finds a key without its `:` on the line after it: placed at the key
        if info == "simple key expect ':'" {
            let key = text.get(..at).and_then(|before| {
                let line = before
                    .trim_end()
                    .rsplit(['\n', '\r'])
                    .next()
                    .filter(|l| !l.trim().is_empty())?;
                let start = before.trim_end().len() - line.len();
                Some(start + line.len() - line.trim_start().len())
            });
            if let Some(key) = key {
                return invalid(plain, lines.pos(key));
            }
        }
        if let Some(error) = unclosed_instead(Format::Yaml, text, &lines, pos, &plain) {
            return error;
        }
        invalid(plain, pos)
    }

    /// A key indented deeper than the `key: value` line above it (`       mlc: 8` under
    /// `      running_gear: tracked`), which YAML reads as more of that value until its `: `:
    /// said as the indentation it is, with the column its mapping's keys start at, at the key.
    fn over_indented(text: &str, lines: &LineIndex, line: u32) -> Option<(String, Pos)> {
        let line_of = |n: u32| {
            let start = lines.offset(Pos { line: n, col: 1 });
            text.get(start..)
                .and_then(|rest| rest.split(['\n', '\r']).next())
        };
        // where a line's key starts: past its indentation and any `- `
        let key_at = |l: &str| {
            let mut rest = l.trim_start_matches(' ');
            while let Some(entry) = rest.strip_prefix("- ") {
                rest = entry.trim_start_matches(' ');
            }
            l.len() - rest.len()
        };
        let blank = |l: &str| {
            let t = l.trim();
            t.is_empty() || t.starts_with('#')
        };
        let here = line_of(line)?;
        let indent = here.len() - here.trim_start_matches(' ').len();
        let key = here.get(indent..)?;
        let (name, _) = key
            .split_once(": ")
            .or_else(|| key.strip_suffix(':').map(|k| (k, "")))?;
        if name.is_empty() || name.contains(char::is_whitespace) || name.starts_with(['-', '#']) {
            return None;
        }
        // the line above is a key with a plain value on its line, which this one continues
        let above_at = (1..line)
            .rev()
            .find(|&n| line_of(n).is_some_and(|l| !blank(l)))?;
        let above = line_of(above_at)?;
        let above_key = key_at(above);
        let (_, value) = above.get(above_key..)?.split_once(": ")?;
        let value = value.trim();
        if indent <= above_key
            || value.is_empty()
            || value.starts_with(['|', '>', '[', '{', '"', '\'', '&', '!', '*', '#'])
        {
            return None;
        }
        // the mapping's keys: an entry's (`- id: a`), or those under the key above them
        let whose = if above.trim_start().starts_with("- ") {
            "the keys of this entry".to_string()
        } else {
            (1..above_at)
                .rev()
                .filter_map(|n| line_of(n).filter(|l| !blank(l)))
                .find(|l| key_at(l) < above_key)
                .and_then(|parent| {
                    let parent = parent.get(key_at(parent)..)?.trim_end();
                    parent.strip_suffix(':').map(|p| format!("`{p}` keys"))
                })
                .unwrap_or_else(|| "the keys above".to_string())
        };
        let more = indent - above_key;
        let message = format!(
            "this line is indented {more} space{} more than the line above ({whose} start at column {}): keys of one mapping line up",
            if more == 1 { "" } else { "s" },
            above_key + 1
        );
        Some((
            message,
            Pos {
                line,
                col: indent as u32 + 1,
            },
        ))
    }

    /// The YAML reader's own words as a user acts on them, by what stands at byte `at`, where
    /// it stopped (the reader's words where no plainer ones are known).
    fn plainly(text: &str, at: usize, info: &str) -> String {
        let here = text.get(at..).and_then(|rest| rest.chars().next());
        let said = match info {
            "mapping values are not allowed in this context" => {
                "a `:` and a space cannot stand here: if a key starts here, give it a line of its \
                 own, indented as the other keys of its table; if they are part of a text, put \
                 the text in quotes"
            }
            "while parsing a block collection, did not find expected '-' indicator" => {
                "this line is indented as an entry of the list above, and does not start with \
                 `- `: indent it as the keys of its item, or start a new entry with `- ` (a dash \
                 and a space)"
            }
            "while parsing a block mapping, did not find expected key" => {
                "this line is indented as no key above it: indent it as the keys it belongs \
                 with (by the same number of spaces)"
            }
            "invalid trailing content after double-quoted scalar" => {
                "there is more after the closing quote: put all of the text inside the quotes, \
                 or leave them out"
            }
            "simple key expect ':'" => "this key has no `:` after it: write `key: value`",
            "illegal placement of ':' indicator" => "a `:` cannot stand here",
            "block sequence entries are not allowed in this context" => {
                "a `- ` starts a list entry, which cannot stand here: a value that starts with a \
                 dash is written in quotes (`\"- 47 °C\"`)"
            }
            "while parsing a flow mapping, did not find expected ',' or '}'" => {
                "a `,` or `}` is expected here"
            }
            "while parsing a flow sequence, expected ',' or ']'" => "a `,` or `]` is expected here",
            "while parsing a node, did not find expected node content" => {
                "a value is expected here"
            }
            "while parsing node, found unknown anchor" => {
                "`*` starts a reference to a `&` anchor in YAML, and a spec file has none: put \
                 the text in quotes"
            }
            "while parsing a quoted scalar, found unknown escape character" => {
                "`\\` starts an escape in text in double quotes: write `\\\\` for a backslash, \
                 or put the text in single quotes ('…'), which take it as written"
            }
            _ if info.starts_with("unexpected character") => {
                return match here {
                    Some('`') => "YAML reads no value that starts with a backquote: put the text \
                                  in quotes"
                        .to_string(),
                    Some(c) => format!(
                        "YAML reads no value that starts with `{c}`: put the text in quotes"
                    ),
                    None => info.to_string(),
                };
            }
            _ => info,
        };
        said.to_string()
    }

    /// Builds the tree from the event stream with an explicit stack: no recursion, so depth is
    /// bounded by MAX_DEPTH, not by the call stack; aliases are refused (no billion laughs).
    pub(super) fn parse(text: &str) -> Result<Node, SyntaxError> {
        enum Open {
            Seq(Pos, Vec<Node>),
            Map(Pos, Vec<Entry>, Option<(String, Pos)>),
        }
        let mut stack: Vec<Open> = Vec::new();
        let mut root: Option<Node> = None;
        let at = |span: &Span| Pos {
            line: span.start.line() as u32,
            col: span.start.col() as u32 + 1,
        };
        for event in Parser::new_from_str(text) {
            let (event, span) = event.map_err(|e| {
                let pos = Pos {
                    line: e.marker().line() as u32,
                    col: e.marker().col() as u32 + 1,
                };
                explained(text, e.info(), pos)
            })?;
            let pos = at(&span);
            let complete = match event {
                Event::Alias(_) => return Err(SyntaxError::Alias { pos }),
                Event::Scalar(text, style, anchor, _) => {
                    if anchor != 0 {
                        return Err(SyntaxError::Alias { pos });
                    }
                    Some(Node {
                        pos,
                        value: scalar(&text, style),
                    })
                }
                Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                    if anchor != 0 {
                        return Err(SyntaxError::Alias { pos });
                    }
                    // the root is level 0, as in every format ([`check_keys`])
                    if stack.len() > MAX_DEPTH {
                        return Err(SyntaxError::TooDeep {
                            pos,
                            limit: MAX_DEPTH,
                        });
                    }
                    let open = if matches!(event, Event::SequenceStart(..)) {
                        Open::Seq(pos, Vec::new())
                    } else {
                        Open::Map(pos, Vec::new(), None)
                    };
                    stack.push(open);
                    None
                }
                Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                    Some(Open::Seq(pos, nodes)) => Some(Node {
                        pos,
                        value: Value::Seq(nodes),
                    }),
                    Some(Open::Map(pos, entries, _)) => Some(Node {
                        pos,
                        value: Value::Map(entries),
                    }),
                    None => None,
                },
                Event::DocumentStart(_) if root.is_some() => {
                    return Err(SyntaxError::Invalid {
                        format: Format::Yaml,
                        message: "a spec file holds one document; a second one starts here".into(),
                        pos,
                    })
                }
                _ => None,
            };
            let Some(node) = complete else { continue };
            match stack.last_mut() {
                None => root = Some(node),
                Some(Open::Seq(_, nodes)) => nodes.push(node),
                Some(Open::Map(_, entries, pending)) => match pending.take() {
                    None => match node.value {
                        Value::Str(key) | Value::Number(key) => *pending = Some((key, node.pos)),
                        Value::Bool(b) => *pending = Some((b.to_string(), node.pos)),
                        Value::Null => *pending = Some(("null".into(), node.pos)),
                        _ => {
                            return Err(SyntaxError::Invalid {
                                format: Format::Yaml,
                                message: "a key must be a plain name, not a list or a table".into(),
                                pos: node.pos,
                            })
                        }
                    },
                    Some((key, key_pos)) => entries.push(Entry {
                        key,
                        key_pos,
                        value: node,
                    }),
                },
            }
        }
        root.ok_or(SyntaxError::Empty)
    }

    /// YAML 1.2 core schema for plain scalars; quoted scalars are always strings.
    fn scalar(text: &str, style: ScalarStyle) -> Value {
        if style != ScalarStyle::Plain {
            return Value::Str(text.to_string());
        }
        match text {
            "" | "~" | "null" | "Null" | "NULL" => Value::Null,
            "true" | "True" | "TRUE" => Value::Bool(true),
            "false" | "False" | "FALSE" => Value::Bool(false),
            _ if looks_numeric(text) => Value::Number(text.to_string()),
            _ => Value::Str(text.to_string()),
        }
    }

    /// YAML 1.2 core schema numbers: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`,
    /// `.inf`, `.nan` (so "1305-21-000-0001" stays text).
    pub(super) fn looks_numeric(text: &str) -> bool {
        let body = text.strip_prefix(['-', '+']).unwrap_or(text);
        // (each form below starts with a digit or a point: a word is told at its first letter)
        if !body.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
            return false;
        }
        if body.eq_ignore_ascii_case(".inf") || body.eq_ignore_ascii_case(".nan") {
            return true;
        }
        let (mantissa, exponent) = match body.split_once(['e', 'E']) {
            Some((m, e)) => (m, Some(e)),
            None => (body, None),
        };
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        let mantissa_ok = match mantissa.split_once('.') {
            Some(("", frac)) => digits(frac),
            Some((int, frac)) => digits(int) && (frac.is_empty() || digits(frac)),
            None => digits(mantissa),
        };
        let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e)));
        mantissa_ok && exponent_ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(node: &Node) -> Vec<(String, Pos)> {
        match &node.value {
            Value::Map(entries) => entries
                .iter()
                .map(|e| (e.key.clone(), e.value.pos))
                .collect(),
            _ => vec![],
        }
    }

    /// The depth of the deepest node, as `check_keys` counts it.
    fn depth(node: &Node) -> usize {
        match &node.value {
            Value::Seq(nodes) => nodes.iter().map(|n| 1 + depth(n)).max().unwrap_or(0),
            Value::Map(entries) => entries
                .iter()
                .map(|e| 1 + depth(&e.value))
                .max()
                .unwrap_or(0),
            _ => 0,
        }
    }

    /// A text refused only for decimal commas in bare numbers is read with each kept as
    /// written, at its place, for the spec layer to judge by its property; any other mistake
    /// leaves it refused.
    #[test]
    fn a_text_refused_for_decimal_commas_is_read_with_them_as_written() {
        let read = |format: Format, text: &str| {
            let error = parse(format, text).unwrap_err();
            with_comma_figures(format, text, &error).map(|commas| {
                let values: Vec<Value> = commas
                    .root
                    .iter()
                    .flat_map(|root| {
                        ["mlc", "length"]
                            .iter()
                            .filter_map(|k| root.get(k).map(|e| e.value.value.clone()))
                            .collect::<Vec<_>>()
                    })
                    .collect();
                let figures: Vec<(Pos, String)> = commas
                    .figures
                    .into_iter()
                    .map(|(pos, written, _)| (pos, written))
                    .collect();
                (values, figures, commas.stopped.map(|e| e.to_string()))
            })
        };
        let at = |line, col| Pos { line, col };
        assert_eq!(
            read(Format::Toml, "mlc = 40,5\nlength = 1.200,5 \n"),
            Some((
                vec![
                    Value::Number("40,5".into()),
                    Value::Number("1.200,5".into())
                ],
                vec![(at(1, 7), "40,5".into()), (at(2, 10), "1.200,5".into())],
                None
            ))
        );
        assert_eq!(
            read(Format::Json, "{\"mlc\": −40,5}"),
            Some((
                vec![Value::Number("−40,5".into())],
                vec![(at(1, 9), "−40,5".into())],
                None
            ))
        );
        // thousands grouped by spaces, with a decimal comma
        assert_eq!(
            read(Format::Toml, "mlc = 1 500,5\n"),
            Some((
                vec![Value::Number("1 500,5".into())],
                vec![(at(1, 7), "1 500,5".into())],
                None
            ))
        );
        // another mistake after the figures stops the reading there
        assert_eq!(
            read(Format::Toml, "mlc = 40,5\nname = = 1\n"),
            Some((
                vec![],
                vec![(at(1, 7), "40,5".into())],
                Some(
                    "invalid TOML: a second `=`: write one `=` between a key and its value".into()
                )
            ))
        );
        // another mistake first, thousands, or a syntax with no bare numbers of this kind
        for (format, text) in [
            (Format::Toml, "name = = 1\nmlc = 40,5\n"),
            (Format::Toml, "mlc = 5,000\n"),
            (Format::Toml, "mlc = 1 500\n"),
            (Format::Json, "{\"mlc\": 40,}"),
            (Format::Yaml, "mlc: [40,5\n"),
        ] {
            assert_eq!(read(format, text), None, "{text}");
        }
        // past the most read past, the reading stops at the next, which says so
        let many: String = (0..=MAX_COMMA_FIGURES)
            .map(|i| format!("k{i} = 1,5\n"))
            .collect();
        let (values, figures, stopped) = read(Format::Toml, &many).unwrap();
        assert_eq!((values.len(), figures.len()), (0, MAX_COMMA_FIGURES));
        assert_eq!(
            stopped.as_deref(),
            Some(
                "invalid TOML: `1,5` has a decimal comma, which TOML does not read: write 1.5; the \
                 file is read no further than here, past its first 100 such figures: any after \
                 this are not told"
            )
        );
        // and past its bytes read again: a file of 1 MiB is read past four
        let padding = format!("# {}\n", "x".repeat(MAX_FILE_BYTES - 200));
        let big = format!("{padding}a = 1,5\nb = 1,5\nc = 1,5\nd = 1,5\ne = 1,5\nf = 1,5\n");
        let (_, figures, stopped) = read(Format::Toml, &big).unwrap();
        assert_eq!(figures.len(), MAX_COMMA_REREAD_BYTES / big.len());
        assert!(stopped.is_some_and(|s| s.contains("read no further")));
    }

    #[test]
    fn a_comma_in_a_bare_toml_number_is_told_with_the_figure_to_write() {
        for (value, col, said) in [
            ("40,5", 7, "`40,5` has a decimal comma, which TOML does not read: write 40.5"),
            // a sign of several bytes before the digits (a word processor's minus)
            ("−47,5", 7, "`−47,5` has a decimal comma, which TOML does not read: write -47.5"),
            ("5,56e-3", 7, "`5,56e-3` has a decimal comma, which TOML does not read: write 5.56e-3"),
            ("1,200.5", 7, "`1,200.5` groups thousands with a comma, which TOML does not read: write 1200.5"),
            ("5,000", 7, "`5,000` has a comma, which TOML does not read in a number: write 5000 if it groups thousands, or 5.000 if it is a decimal comma"),
        ] {
            let text = format!("mlc = {value}\n");
            match parse(Format::Toml, &text) {
                Err(SyntaxError::Invalid { message, pos, .. }) => {
                    assert_eq!((message.as_str(), pos.col), (said, col), "{value}")
                }
                other => panic!("{value}: {other:?}"),
            }
        }
        assert!(matches!(
            parse(Format::Toml, "mlc = 12,345,678\n"),
            Err(SyntaxError::Invalid { message, .. }) if message == "`12,345,678` groups thousands with a comma, which TOML does not read: write 12345678"
        ));
        // the last in an inline table, where toml stops at the `}` after a space
        match parse(Format::Toml, "x = { value = 57,4 }\n") {
            Err(SyntaxError::Invalid { message, pos, .. }) => assert_eq!(
                (message.as_str(), pos.col),
                (
                    "`57,4` has a decimal comma, which TOML does not read: write 57.4",
                    15
                )
            ),
            other => panic!("{other:?}"),
        }
        // in an inline table, where toml stops at the digits after the comma
        match parse(Format::Toml, "x = { value = 57,4, unit = \"mm\" }\n") {
            Err(SyntaxError::Invalid { message, pos, .. }) => assert_eq!(
                (message.as_str(), pos.col),
                (
                    "`57,4` has a decimal comma, which TOML does not read: write 57.4",
                    15
                )
            ),
            other => panic!("{other:?}"),
        }
        // a key of several bytes before a comma between digits: no panic, and a place
        assert!(parse(Format::Toml, "é1,2 = 3\n").is_err());
        assert!(parse(Format::Toml, "x = é1,2\n").is_err());
    }

    /// A bare number grouped with spaces (as French and German sheets write `1 500,5`) is told
    /// whole, with the figure to write and its sign, in TOML and in JSON, wherever the reader
    /// stopped in it.
    #[test]
    fn a_bare_number_grouped_with_spaces_is_told_with_the_figure_to_write() {
        for (value, said) in [
            ("1 500,5", "`1 500,5` groups thousands with spaces and has a decimal comma, which {} does not read: write 1500.5"),
            ("12 345 678,25", "`12 345 678,25` groups thousands with spaces and has a decimal comma, which {} does not read: write 12345678.25"),
            ("1\u{a0}500", "`1\u{a0}500` groups thousands with spaces, which {} does not read: write 1500"),
            ("1 500.5", "`1 500.5` groups thousands with spaces, which {} does not read: write 1500.5"),
            ("−12 000", "`−12 000` groups thousands with spaces, which {} does not read: write -12000"),
            ("-1 500,5", "`-1 500,5` groups thousands with spaces and has a decimal comma, which {} does not read: write -1500.5"),
            ("0 500", "`0 500` has a space after a lone 0, where it can only be a decimal mark: write 0.500"),
        ] {
            for (format, text, col) in [
                (Format::Toml, format!("mlc = {value}\n"), 7),
                (Format::Json, format!("{{\"mlc\": {value}}}"), 9),
            ] {
                let syntax = if format == Format::Toml { "TOML" } else { "JSON" };
                match parse(format, &text) {
                    Err(SyntaxError::Invalid { message, pos, .. }) => assert_eq!(
                        (message.as_str(), pos.col),
                        (said.replace("{}", syntax).as_str(), col),
                        "{text}"
                    ),
                    other => panic!("{text}: {other:?}"),
                }
            }
        }
        // `1 50` is no grouping: told as TOML tells it
        assert!(matches!(
            parse(Format::Toml, "mlc = 1 50\n"),
            Err(SyntaxError::Invalid { message, .. }) if !message.contains("groups")
        ));
    }

    /// The TOML and YAML readers' own words are said as a user acts on them, each where it
    /// stands (the key without its `:`, not the line after it).
    #[test]
    fn the_readers_words_are_said_plainly() {
        let said = |format, text: &str| match parse(format, text) {
            Err(SyntaxError::Invalid { message, pos, .. }) => (pos.line, pos.col, message),
            other => panic!("{text}: {other:?}"),
        };
        for (text, line, col, message) in [
            ("name: \"x\"\n", 1, 7, "TOML writes `=` between a key and its value, not `:`"),
            ("name\n", 1, 5, "a key with no value: write `key = value`"),
            ("my key = 3\n", 1, 4, "a key of several words is written in quotes (`\"my key\" = …`)"),
            ("mlc =\n", 1, 6, "a value is missing after `=`: write it, or delete the line"),
            ("mlc = # none\n", 1, 7, "a value is missing after `=`: write it, or delete the line"),
            ("name = x y\n", 1, 8, "a text value is written in quotes: write \"x y\""),
            ("name \"x\"\n", 1, 6, "a `=` is missing between `name` and its value: write `name = \"x\"`"),
            ("mass = 0.8.3\n", 1, 8, "`0.8.3` is not a number: a number has at most one decimal point"),
            ("mass = 5 kg\n", 1, 8, "a figure with its unit is text in TOML: write it in quotes (\"5 kg\")"),
            ("t = { a = 1 b = 2 }\n", 1, 15, "a `,` is missing between the keys of the table in `{ }`"),
            ("claims = [\"a\",,]\n", 1, 15, "two `,` stand together in the list: delete one"),
            ("name == \"x\"\n", 1, 7, "a second `=`: write one `=` between a key and its value"),
            ("[[items]\nid = \"a\"\n", 1, 9, "a table header `[[…]]` needs its closing `]]`"),
            ("[items\nid = \"a\"\n", 1, 7, "a table header `[…]` needs its closing `]`"),
            ("name = \"x\" y\n", 1, 12, "there is more after the value: one value a line (put all of a text inside its quotes, or start a comment with `#`)"),
            ("mlc = 040\n", 1, 7, "TOML writes no 0 before a number's first digit: write 40, not 040"),
            ("mlc = .5\n", 1, 7, "a number needs a digit on each side of its point: write 0.5, not .5 or 40."),
            ("mlc = 1e\n", 1, 9, "an exponent needs digits after its `e` (`1e3`)"),
            ("flag = true1\n", 1, 8, "this is no value TOML reads: put a text in quotes, or write true or false"),
            ("claims = [\"a\" \"b\"]\n", 1, 15, "a `,` is missing between the list's entries"),
        ] {
            assert_eq!(said(Format::Toml, text), (line, col, message.to_string()), "{text}");
        }
        for (text, line, col, message) in [
            (
                "{\"m\": 132 kg}",
                1,
                7,
                "a figure with its unit is text in JSON: write it in double quotes (\"132 kg\")",
            ),
            (
                "{\"mlc\":040}",
                1,
                8,
                "JSON writes no 0 before a number's first digit: write 40, not 040",
            ),
        ] {
            assert_eq!(
                said(Format::Json, text),
                (line, col, message.to_string()),
                "{text}"
            );
        }
        for (text, line, col, message) in [
            ("name: Gun: big\n", 1, 10, "a `:` and a space cannot stand here: if a key starts here, give it a line of its own, indented as the other keys of its table; if they are part of a text, put the text in quotes"),
            ("a:\n  name: x\n  nation USA\n", 3, 3, "this key has no `:` after it: write `key: value`"),
            ("a:\n  b: 1\n c: 2\n", 3, 2, "this line is indented as no key above it: indent it as the keys it belongs with (by the same number of spaces)"),
            ("name: @x\n", 1, 7, "YAML reads no value that starts with `@`: put the text in quotes"),
            ("t: - 47 °C\n", 1, 4, "a `- ` starts a list entry, which cannot stand here: a value that starts with a dash is written in quotes (`\"- 47 °C\"`)"),
            ("name: `x`\n", 1, 7, "YAML reads no value that starts with a backquote: put the text in quotes"),
            // a key one space deeper than the `key: value` above it, which YAML reads on
            ("properties:\n  running_gear: tracked\n   mlc: 8\n", 3, 4, "this line is indented 1 space more than the line above (`properties` keys start at column 3): keys of one mapping line up"),
            ("- id: a\n    name: x\n", 2, 5, "this line is indented 2 spaces more than the line above (the keys of this entry start at column 3): keys of one mapping line up"),
            ("a: 1\n\n  # note\n  b: 2\n", 4, 3, "this line is indented 2 spaces more than the line above (the keys above start at column 1): keys of one mapping line up"),
            ("name: \"x\\q\"\n", 1, 7, "`\\` starts an escape in text in double quotes: write `\\\\` for a backslash, or put the text in single quotes ('…'), which take it as written"),
        ] {
            assert_eq!(said(Format::Yaml, text), (line, col, message.to_string()), "{text}");
        }
    }

    /// The TOML depth guard measures what the located tree measures: it passes a text at the
    /// tree's depth and stops it one level below.
    #[test]
    fn the_toml_depth_guard_measures_the_tree() {
        let texts = [
            "a = 1\n",
            "a.b.c = 1\n",
            "[a.b]\nx = 1\n",
            "[a.b]\n",
            "[[a.b]]\nx = [1, [2, [3]]]\n",
            "v = []\n",
            "v = [\"s\", ['t']]\n",
            "v = {k.k.k = {k.k = [{x = 1}]}}\n",
            "\"a.b\".'c.d' = 1\n",
            "a . b = 1 # [[[[ a comment ]]\n",
            "s = \"[[[[\\\"[[\"\nt = 1.5e3\n",
            "m = \"\"\"\n[[[{{{ \\\"\"\" ]\n\"\"\"\nn = {a.b = 2}\n",
            "m = '''it's [[[[ '''\nn = [[[1]]]\n",
            "m = '''a''''\nn = [[1]]\n",
            "x = \"\"\"\"\"\"\ny.z = [{a = [1]}]\n",
            "[t]\na = {b.c = [1, 2.5, {d = 'e'}]}\n[[u.v]]\nw = 1\n",
            "[[a]]\n[[a.b]]\n[a.b.c]\nx = 1\n",
        ];
        for text in texts {
            let tree = parse(Format::Toml, text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
            let d = depth(&tree);
            assert_eq!(toml_too_deep(text, d), None, "{text:?} is {d} deep");
            assert!(toml_too_deep(text, d - 1).is_some(), "{text:?} is {d} deep");
        }
    }

    /// Dotted keys multiply the depth an inline table reaches: the scan counts them, and a
    /// multi-line string that looks unterminated to a naive scan does not hide the brackets.
    #[test]
    fn deep_toml_is_refused_before_it_is_parsed() {
        let nested = |levels: usize, key: &str| {
            (0..levels).fold("1".to_string(), |inner, _| format!("{{{key} = {inner}}}"))
        };
        // v (1), then three levels a table: 1 + 3·10 = 31 passes, 1 + 3·11 = 34 does not
        let text = format!("v = {}\n", nested(10, "k.k.k"));
        assert_eq!(toml_too_deep(&text, MAX_DEPTH), None);
        let text = format!("v = {}\n", nested(11, "k.k.k"));
        assert!(toml_too_deep(&text, MAX_DEPTH).is_some());
        assert!(matches!(
            parse(Format::Toml, &text),
            Err(SyntaxError::TooDeep {
                limit: MAX_DEPTH,
                ..
            })
        ));
        // 78 dots a key, 79 tables deep: thousands of levels in 50 KB; named at the key part
        // whose table is the first past 32 levels (`v` is 1, the 32nd `k` is 33)
        let text = format!("x = '''it's'''\nv = {}\n", nested(79, &"k.".repeat(78)));
        assert_eq!(
            parse(Format::Toml, &text),
            Err(SyntaxError::TooDeep {
                pos: Pos { line: 2, col: 68 },
                limit: MAX_DEPTH
            })
        );
        // a header's 33rd part
        let header = format!("[{}]\n", vec!["t"; MAX_DEPTH + 1].join("."));
        assert_eq!(
            toml_too_deep(&header, MAX_DEPTH),
            Some(Pos { line: 1, col: 66 })
        );
        // toml ends a comment at a lone carriage return and reads on: the scan must too, or
        // the nesting after it would be built (and dropped) unmeasured
        let text = format!("# \r v = {}\n", nested(11, "k.k.k"));
        assert!(toml_too_deep(&text, MAX_DEPTH).is_some());
        assert!(matches!(
            parse(Format::Toml, &text),
            Err(SyntaxError::TooDeep { .. })
        ));
        // a carriage return before a line feed is one line break, as before
        let text = format!("# a comment\r\nv = {}\r\n", nested(10, "k.k.k"));
        assert_eq!(toml_too_deep(&text, MAX_DEPTH), None);
    }

    /// Each part of a dotted header or key makes a table, and toml's tree spends about a
    /// kilobyte on each: past `MAX_TOML_TABLES` the text is refused before toml builds it,
    /// placed at the key whose tables pass the limit.
    #[test]
    fn toml_of_too_many_tables_is_refused_before_it_is_built() {
        // ten tables a header: a thousandth of ten thousand headers make the limit exactly
        let header = |n: usize| format!("[h{n}.a.a.a.a.a.a.a.a.a]\n");
        let headers = MAX_TOML_TABLES / 10;
        let text: String = (0..headers).map(header).collect();
        assert_eq!(toml_doc::refused_event(&text, MAX_DEPTH), None);
        let more = format!("{text}{}", header(headers));
        assert_eq!(
            parse(Format::Toml, &more),
            Err(SyntaxError::TooManyTables {
                pos: Pos {
                    line: headers as u32 + 1,
                    col: 2
                },
                limit: MAX_TOML_TABLES
            })
        );
        // a dotted key of eleven parts makes ten tables; an inline table or array makes one
        let dotted: String = (0..=headers)
            .map(|n| format!("k{n}.a.a.a.a.a.a.a.a.a.a = 1\n"))
            .collect();
        assert!(matches!(
            parse(Format::Toml, &dotted),
            Err(SyntaxError::TooManyTables { .. })
        ));
        let inline = format!("v = [{}]\n", vec!["{}"; MAX_TOML_TABLES].join(","));
        assert!(matches!(
            parse(Format::Toml, &inline),
            Err(SyntaxError::TooManyTables { .. })
        ));
    }

    /// Text that is not TOML, which toml reads on past: a lexer that is not toml's loses track
    /// of it. Fuzzing found `'…'s'''`, which a scan of the text took for a multi-line string
    /// running to the end, while toml built the tables after it thousands of levels deep and
    /// overflowed the page's 1 MiB stack dropping them. Such text is refused by its depth, on a
    /// stack of the page's size, whatever the mistakes around it.
    #[test]
    fn deep_toml_after_a_mistake_is_refused_on_a_small_stack() {
        let nested = |levels: usize, key: &str| {
            (0..levels).fold("1".to_string(), |inner, _| format!("{{{key} = {inner}}}"))
        };
        let deep = nested(79, &"k.".repeat(78));
        let texts = [
            format!("x = 'a's'''\nv = {deep}\n"),
            format!("x = \"a\"s\"\"\"\nv = {deep}\n"),
            format!("[a\rb = {deep}\n"),
            format!("x = 1 ]]]] }}}}\nv = {deep}\n"),
            format!("v = {deep}\n= = [[\n"),
            // toml drops a duplicate key's value as it builds, before any tree is returned
            format!("x = 1\nx = {deep}\n"),
            format!("[t]\nx = 1\n[t]\nx = {deep}\n"),
            format!("a = [{deep}, }}\n[b]\nc = {deep}\n"),
        ];
        let outcomes = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(move || {
                texts
                    .iter()
                    .map(|t| (parse(Format::Toml, t), toml_too_deep(t, MAX_DEPTH)))
                    .collect::<Vec<_>>()
            })
            .unwrap()
            .join()
            .unwrap();
        for (parsed, guarded) in outcomes {
            assert!(
                matches!(parsed, Err(SyntaxError::TooDeep { .. })),
                "{parsed:?}"
            );
            assert!(guarded.is_some());
        }
    }

    /// Columns count characters, also far into a long line with multi-byte characters across
    /// the index's blocks.
    #[test]
    fn line_and_column_of_any_offset() {
        let text = format!("ab\n{}\n×y", "a×€😀 ".repeat(700));
        let lines = LineIndex::new(&text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let expected = Pos {
                line: text[..offset].matches('\n').count() as u32 + 1,
                col: text[line_start..offset].chars().count() as u32 + 1,
            };
            assert_eq!(lines.pos(offset), expected, "offset {offset}");
        }
        assert_eq!(lines.pos(usize::MAX), lines.pos(text.len()));
    }

    /// A byte order mark is read past in every format, and is not a column.
    #[test]
    fn a_byte_order_mark_is_not_content() {
        let bom = |t: &str| format!("\u{feff}{t}");
        for (name, text) in [
            ("a.json", "{\"a\": 1,\n \"b\": }"),
            ("a.toml", "a = 1\n b = = 2\n"),
            ("pasted", "{\"a\": 1,\n \"b\": }"),
        ] {
            let format = Format::detect(name, &bom(text));
            assert_eq!(format, Format::detect(name, text), "{name}");
            assert_eq!(parse(format, &bom(text)), parse(format, text), "{name}");
        }
        let ok = "items:\n  - id: a\n";
        assert_eq!(parse(Format::Yaml, &bom(ok)), parse(Format::Yaml, ok));
        assert_eq!(parse(Format::Json, &bom("{}")), parse(Format::Json, "{}"));
        assert_eq!(parse(Format::Toml, "\u{feff}  \n"), Err(SyntaxError::Empty));
    }

    /// A lone carriage return (old Mac line ends) breaks a line, as editors show it and as the
    /// YAML and JSON parsers count it; CR LF is one break. Every place in one file agrees.
    /// A place is found again in the text as a browser counts it (UTF-16 units), past a byte
    /// order mark, CR LF and lone CR line ends, and characters outside the BMP.
    #[test]
    fn a_place_is_found_again_in_utf16() {
        let text = "\u{feff}a: 😀\r\nb: é\rc: x";
        let at = |line, col| utf16_offset(text, Pos { line, col });
        assert_eq!(at(1, 1), 1); // past the BOM
        assert_eq!(at(1, 4), 4); // the emoji
        assert_eq!(at(2, 1), 8); // after 😀 (2 units) and CR LF
        assert_eq!(at(2, 4), 11); // é
        assert_eq!(at(3, 4), 16); // x
        assert_eq!(at(9, 1), text.encode_utf16().count()); // past the end: the end
    }

    /// YAML plain scalars are numbers in the core schema's forms only, whatever they start with.
    #[test]
    fn yaml_plain_scalars_are_numbers_in_the_core_schema_forms() {
        for (text, number) in [
            ("12", true),
            ("-1.5", true),
            ("+.5", true),
            (".5", true),
            ("1.", true),
            ("1e-3", true),
            ("2E5", true),
            ("-.inf", true),
            (".NaN", true),
            ("-", false),
            ("+", false),
            (".", false),
            ("e5", false),
            ("inf", false),
            ("ITA", false),
            ("1305-21-000-0001", false),
            ("5.56 mm", false),
            ("½", false),
        ] {
            assert_eq!(yaml::looks_numeric(text), number, "{text}");
        }
    }

    /// The lines start where the characters after each line end do, read a byte at a time:
    /// past characters of two, three and four bytes, CR LF, a lone CR, a CR ending the text,
    /// and a CR before CR LF.
    #[test]
    fn lines_start_after_their_breaks_whatever_characters_are_around_them() {
        let text = "é\r😀\r\n€\n\r\r\nx\u{2028}y\r";
        let starts = |text: &str| LineIndex::new(text).starts;
        // (the byte after each break: é CR, 😀 CR LF, € LF, CR, CR LF, and the last CR)
        assert_eq!(starts(text), [0, 3, 9, 13, 14, 16, 22]);
        let at = |line, col| Pos { line, col };
        let lines = LineIndex::new(text);
        assert_eq!(lines.pos(3), at(2, 1)); // 😀
        assert_eq!(lines.pos(7), at(2, 2)); // the CR of CR LF
        assert_eq!(lines.pos(16), at(6, 1)); // x, the U+2028 no line break
        assert_eq!(lines.pos(20), at(6, 3)); // y
        assert_eq!(lines.pos(22), at(7, 1)); // the end, after the last CR
        assert_eq!(starts(""), [0]);
        assert_eq!(starts("\r"), [0, 1]);
    }

    #[test]
    fn a_lone_carriage_return_is_a_line_break() {
        let lines = LineIndex::new("a\rb\r\nc\nd");
        let at = |line, col| Pos { line, col };
        assert_eq!(lines.pos(2), at(2, 1)); // b
        assert_eq!(lines.pos(3), at(2, 2)); // the CR of CR LF ends line 2
        assert_eq!(lines.pos(5), at(3, 1)); // c
        assert_eq!(lines.pos(7), at(4, 1)); // d
                                            // a duplicate key (placed by the index) and a syntax error (placed by the parser)
        let dup = parse(Format::Json, "{\"items\": [],\r\"items\": []}");
        assert!(
            matches!(dup, Err(SyntaxError::DuplicateKey { pos, .. }) if pos == at(2, 1)),
            "{dup:?}"
        );
        let bad = parse(Format::Json, "{\"a\": [],\r\"b\": [],\r\"x\":}");
        assert!(
            matches!(bad, Err(SyntaxError::Invalid { pos, .. }) if pos == at(3, 5)),
            "{bad:?}"
        );
        // the parser stops on line 3; the place to fix is the `[` it found unclosed, on line 2
        let yaml = parse(Format::Yaml, "a: 1\rb: [\r");
        assert!(
            matches!(&yaml, Err(SyntaxError::Invalid { pos, message, .. })
                if *pos == at(2, 4) && message.contains("stopped at 3:1")),
            "{yaml:?}"
        );
    }

    #[test]
    fn every_format_gives_the_same_located_tree() {
        let json = "{\n  \"a\": \"5.56 mm\",\n  \"b\": 2.260\n}";
        let toml = "a = \"5.56 mm\"\nb = 2.260\n";
        let yaml = "a: 5.56 mm\nb: 2.260\n";
        let j = parse(Format::Json, json).unwrap();
        let t = parse(Format::Toml, toml).unwrap();
        let y = parse(Format::Yaml, yaml).unwrap();
        assert_eq!(
            keys(&j),
            vec![
                ("a".into(), Pos { line: 2, col: 8 }),
                ("b".into(), Pos { line: 3, col: 8 })
            ]
        );
        assert_eq!(
            keys(&t),
            vec![
                ("a".into(), Pos { line: 1, col: 5 }),
                ("b".into(), Pos { line: 2, col: 5 })
            ]
        );
        assert_eq!(
            keys(&y),
            vec![
                ("a".into(), Pos { line: 1, col: 4 }),
                ("b".into(), Pos { line: 2, col: 4 })
            ]
        );
        let nsn = parse(Format::Yaml, "nsn: 1305-01-234-5678\nn: -1.5e3\n").unwrap();
        assert_eq!(
            nsn.get("nsn").unwrap().value.value,
            Value::Str("1305-01-234-5678".into())
        );
        assert_eq!(
            nsn.get("n").unwrap().value.value,
            Value::Number("-1.5e3".into())
        );
        for doc in [&j, &t, &y] {
            assert_eq!(
                doc.get("b").unwrap().value.value,
                Value::Number("2.260".into())
            );
        }
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        // the trailing comma itself is the fault
        let err = parse(Format::Json, "{\n  \"a\": 1,\n}").unwrap_err();
        assert_eq!(err.pos().line, 2);
        let err = parse(Format::Toml, "a = 1\nb = = 2\n").unwrap_err();
        assert_eq!(err.pos(), Pos { line: 2, col: 5 });
        let err = parse(Format::Yaml, "a: [1, 2\nb: 3\n").unwrap_err();
        assert!(matches!(
            err,
            SyntaxError::Invalid {
                format: Format::Yaml,
                ..
            }
        ));
    }

    /// A no-break space where the syntax needs a plain one (text copied out of a word processor
    /// or an e-mail) is told at it, as what it is: in a line's indentation (which YAML read as
    /// `items: null`, or as a line indented too deep), after a YAML key's colon (which read as
    /// a key without one), beside a TOML `=`. In a name, a quoted text, a YAML block scalar's
    /// text or a TOML multi-line string it is text, and reads; JSON's reader takes it for a
    /// space anywhere.
    #[test]
    fn a_no_break_space_where_a_space_is_needed_is_told_at_it() {
        let told = |format: Format, text: &str| {
            let e = parse(format, text).unwrap_err();
            (e.pos(), e.to_string())
        };
        let said = |format: &str, name: &str, place: &str| {
            format!(
                "invalid {format}: {name} {place}, as a word processor or a mail program \
                 writes one: {format} reads only a plain space there: retype it as one"
            )
        };
        let nbsp = "a no-break space (U+00A0)";
        assert_eq!(
            told(
                Format::Yaml,
                "items:\n\u{a0}\u{a0}- id: a\n\u{a0}\u{a0}\u{a0}\u{a0}name: b\n"
            ),
            (
                Pos { line: 2, col: 1 },
                said("YAML", nbsp, "in the line's indentation")
            )
        );
        assert_eq!(
            told(Format::Yaml, "items:\n  - id: a\n  \u{202f}  name: b\n"),
            (
                Pos { line: 3, col: 3 },
                said(
                    "YAML",
                    "a narrow no-break space (U+202F)",
                    "in the line's indentation"
                )
            )
        );
        assert_eq!(
            told(
                Format::Yaml,
                "items:\n  - id: a\n    nation:\u{a0}FRA\n    name: b\n"
            ),
            (
                Pos { line: 3, col: 12 },
                said("YAML", nbsp, "after a key's `:`")
            )
        );
        assert_eq!(
            told(
                Format::Toml,
                "[[items]]\nid = \"a\"\nnation\u{a0}= \"FRA\"\n"
            ),
            (
                Pos { line: 3, col: 7 },
                said("TOML", nbsp, "beside a key's `=`")
            )
        );
        assert_eq!(
            told(Format::Toml, "[[items]]\n\u{a0}id = \"a\"\n"),
            (
                Pos { line: 2, col: 1 },
                said("TOML", nbsp, "in the line's indentation")
            )
        );
        // text that holds one reads
        for (format, text) in [
            (
                Format::Yaml,
                "name: Carbur\u{e9}acteur\u{a0}F-34\nnote: \"a\u{a0}: b\"\n",
            ),
            (
                Format::Yaml,
                "note: |\n  first\n  \u{a0}indented text\nb: 1\n",
            ),
            (
                Format::Toml,
                "note = \"\"\"\n\u{a0}text\n\"\"\"\nb = \"x\u{a0}y\"\n",
            ),
            (Format::Json, "{\"name\": \"a\u{a0}b\"}"),
            (Format::Json, "{\n\u{a0}\"items\":\u{a0}[]}"),
        ] {
            assert!(parse(format, text).is_ok(), "{text:?}");
        }
    }

    #[test]
    fn limits_are_enforced_without_recursion() {
        let deep_json = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(matches!(
            parse(Format::Json, &deep_json),
            Err(SyntaxError::TooDeep { .. })
        ));
        let deep_toml = format!("a = {}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(matches!(
            parse(Format::Toml, &deep_toml),
            Err(SyntaxError::TooDeep { .. })
        ));
        let deep_yaml = "- ".repeat(10_000) + "x";
        assert!(matches!(
            parse(Format::Yaml, &deep_yaml),
            Err(SyntaxError::TooDeep { .. })
        ));
        let big = " ".repeat(MAX_FILE_BYTES + 1);
        assert!(matches!(
            parse(Format::Json, &big),
            Err(SyntaxError::TooLarge { .. })
        ));
        assert_eq!(parse(Format::Yaml, "  \n"), Err(SyntaxError::Empty));
    }

    #[test]
    fn duplicate_keys_and_aliases_are_refused() {
        let err = parse(Format::Json, "{\"a\": 1, \"a\": 2}").unwrap_err();
        assert_eq!(err.to_string(), "duplicate key `a` (first at line 1)");
        let err = parse(Format::Yaml, "a: &x 1\nb: *x\n").unwrap_err();
        assert!(matches!(err, SyntaxError::Alias { .. }));
    }

    #[test]
    fn a_path_finds_the_deepest_place_it_names() {
        let text = "kinds = [\"fuel\", \"feul\"]\n\n[[requirement]]\nid = \"a\"\n\n\
                    [[requirement]]\nid = \"b\"\nmax = \"1 mm\"\n\n[codes]\nUs1 = \"x\"\n";
        let tree = parse(Format::Toml, text).unwrap();
        let at = |path: Path| path.find(&tree).map(|p| p.to_string());
        let requirement = |i| Path::default().key("requirement").index(i);
        assert_eq!(
            at(Path::default().key("kinds").index(1)).as_deref(),
            Some("1:18")
        );
        // a key's value, not the key
        assert_eq!(at(requirement(1).key("id")).as_deref(), Some("7:6"));
        assert_eq!(
            at(requirement(1).first_of(&["min", "max"])).as_deref(),
            Some("8:7")
        );
        // a step the document lacks: the deepest one it has
        assert_eq!(at(requirement(0).key("max")), at(requirement(0)));
        assert_eq!(at(requirement(0)).as_deref(), Some("3:1"));
        // a key that is itself the mistake
        assert_eq!(
            at(Path::default().key("codes").name("Us1")).as_deref(),
            Some("11:1")
        );
        assert_eq!(at(Path::default().key("nothing")), None);
        // the top: where a key missing from the whole file is told
        assert_eq!(at(Path::default()).as_deref(), Some("1:1"));
    }

    #[test]
    fn detection_by_name_then_content() {
        assert_eq!(Format::detect("a.yml", "{}"), Format::Yaml);
        for (text, format) in [
            ("{\"items\": []}", Format::Json),
            ("[[items]]\nid = \"a\"", Format::Toml),
            ("[{\"id\": 1}]", Format::Json),
            // JSON with an editor's comments is JSON (whose reader says comments are not
            // allowed), before its object or inside it
            ("// Datenblatt\n{ \"items\": [] }", Format::Json),
            ("/* sheet */\n{}", Format::Json),
            ("{ // exported sheet\n \"items\": []}", Format::Json),
            ("{ /* a */ \"items\": []}", Format::Json),
            ("{ }", Format::Json),
            // YAML's flow style, with bare keys, is YAML; a `{` in a comment before it tells
            // nothing
            ("[{id: y1, name: \"flow\", nation: DEU}]", Format::Yaml),
            ("{items: [{id: a}]}", Format::Yaml),
            ("# {\"x\": 1}\n{items: [{id: a}]}", Format::Yaml),
            (
                "[[items]]\nproperties = { nato_code = \"F-34\" }",
                Format::Toml,
            ),
            ("items:\n  - id: a\n", Format::Yaml),
            // a comment over lines before JSON; a table header with a comment after it
            (
                "/* sheet\n { of } figures */\n{\"items\": []}",
                Format::Json,
            ),
            (
                "[[items]] # rifles\nproperties = { nato_code = \"F-34\" }",
                Format::Toml,
            ),
        ] {
            assert_eq!(Format::detect("pasted", text), format, "{text}");
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_are_placed_as_editors_show_them() {
        // (a byte order mark is no column)
        assert_eq!(
            text_of(b"\xef\xbb\xbfitems: [\xe9]".to_vec()),
            Err(NotText::NotUtf8 {
                line: 1,
                col: 9,
                byte: 12,
                value: 0xe9
            })
        );
        assert_eq!(
            text_of(b"a: \xe9".to_vec()).unwrap_err().to_string(),
            "byte 4 of the file, 0xE9, is not UTF-8 text (`\u{e9}` in Windows-1252 or Latin-1): save \
             the file as UTF-8 (it may be in Windows-1252 or Latin-1)"
        );
        assert_eq!(text_of(vec![0xff, 0xfe, b'i', 0]), Err(NotText::Utf16));
    }
}
