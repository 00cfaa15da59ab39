//! The command-line interface: reads files and arguments, calls the core, prints what it
//! decided. Exit codes: 0 every item compliant, 1 some item non-compliant or incomplete,
//! 2 bad input (a spec file, a catalogue folder, a link, an argument, a failed write of the output).

use crate::catalogue::{Catalogue, CatalogueError, Text};
use crate::document::{Pos, MAX_FILE_BYTES};
use crate::report::Report;
use crate::spec::{SpecError, Warning};
use crate::suggest::{escape, escape_with};
use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;
use std::borrow::Cow;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What the exit codes mean: one text, in `--help` and `check --help` (the README's table says
/// the same; `tests/cli.rs` holds them to it).
macro_rules! exit_codes {
    () => {
        "\
Exit codes:
  0  every item compliant (other commands: done)
  1  some item non-compliant or incomplete
  2  bad input: a spec file that cannot be read or checked (the other files are still checked
     and reported; the JSON lists the refused ones under `rejected`), a catalogue folder, a
     link, an argument; a failed write of the output (a full disk); with `check --strict`, a
     warning"
    };
}

/// `--help`'s end: the exit codes.
const EXIT_CODES: &str = exit_codes!();

/// `check --help`: what an input may be, and the exit codes.
const CHECK_HELP: &str = concat!(
    "\
Inputs: each spec file, or `-` for standard input (named <stdin> in messages), is read up to
1 MiB (1048576 bytes); a larger file or stream is refused as soon as it passes the limit, as
bad input.

",
    exit_codes!()
);

use crate::spec::STDIN_NAME;

#[derive(Parser)]
#[command(
    name = "stanag-check",
    version,
    about = "Checks equipment and munition specs against public NATO standard parameters",
    after_help = EXIT_CODES
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum OutputFormat {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Check spec files (JSON, TOML or YAML) against the catalogue.
    #[command(after_help = CHECK_HELP)]
    Check {
        /// Spec files to check, at most 1 MiB each; `-` reads standard input.
        #[arg(required_unless_present = "link")]
        files: Vec<PathBuf>,
        /// Text to read, or JSON for other tools.
        #[arg(long, value_enum, default_value = "text")]
        format: OutputFormat,
        /// A folder of your own catalogue files, added to (or replacing) the built-in standards.
        #[arg(long, value_name = "DIR")]
        catalogue: Option<PathBuf>,
        /// Also print the level between every related pair of items (the JSON always has them).
        #[arg(long)]
        pairs: bool,
        /// Check the files a result link carries: the address, its part after `#`, or a link
        /// file (`-` reads it from standard input).
        #[arg(long, value_name = "URL_OR_FILE", conflicts_with = "files")]
        link: Option<String>,
        /// Count warnings (an unknown property name, say) as bad input: exit 2.
        #[arg(long)]
        strict: bool,
    },
    /// Make a result link: a page address that carries the spec files (not the verdicts).
    Link {
        /// Spec files to put in the link (their names travel as written here); `-` reads
        /// standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The page address the link opens.
        #[arg(long, value_name = "URL", default_value = crate::link::DEFAULT_BASE)]
        base: String,
        /// Write a link file (for links too long for a chat tool) instead of printing the address.
        #[arg(long, value_name = "OUT")]
        file: Option<PathBuf>,
        /// A folder of your own catalogue files; the link names the catalogue it was made with.
        #[arg(long, value_name = "DIR")]
        catalogue: Option<PathBuf>,
    },
    /// List every standard with its requirements, and the pair rules.
    Catalogue {
        /// Text to read, or JSON for other tools.
        #[arg(long, value_enum, default_value = "text")]
        format: OutputFormat,
        /// A folder of your own catalogue files, added to (or replacing) the built-in standards.
        #[arg(long, value_name = "DIR")]
        catalogue: Option<PathBuf>,
    },
    /// Print a spec skeleton for an item kind, listing every property the catalogue uses for it.
    Template {
        /// An item kind (cartridge, weapon, vehicle, ...).
        kind: String,
        /// A folder of your own catalogue files, added to (or replacing) the built-in standards.
        #[arg(long, value_name = "DIR")]
        catalogue: Option<PathBuf>,
    },
    /// Make the fixes a spec file's errors say for certain (a decimal comma, thousands grouped by
    /// points, a typographic quote, a no-break space) and print the fixed text; the changes, and
    /// the errors left, are said on stderr. Exit 0 when the fixed text reads, 2 when errors are
    /// left (which need you: a missing unit, a tolerance, `5,000`).
    Fix {
        /// The spec file, at most 1 MiB; `-` reads standard input.
        file: PathBuf,
        /// Write the fixed text back into the file instead of printing it (only where a fix was
        /// made).
        #[arg(long)]
        in_place: bool,
        /// A folder of your own catalogue files, added to (or replacing) the built-in standards.
        #[arg(long, value_name = "DIR")]
        catalogue: Option<PathBuf>,
    },
    /// Show one standard, requirement or pair rule in full.
    Explain {
        /// A standard id ("STANAG 4172"), a requirement id ("STANAG-4172/oal-max") or a pair rule id
        /// ("PAIR/chambering").
        id: String,
        /// A folder of your own catalogue files, added to (or replacing) the built-in standards.
        #[arg(long, value_name = "DIR")]
        catalogue: Option<PathBuf>,
    },
}

/// Bad input, as lines for stderr (`error: …` lines, and the warnings that go with them): exit 2.
#[derive(Default)]
struct Failure {
    lines: Vec<String>,
}

impl Failure {
    fn error(message: impl std::fmt::Display) -> Failure {
        Failure {
            lines: vec![format!("error: {message}")],
        }
    }

    /// A refused input's errors, then its warnings (an unknown property name often explains
    /// the error of a missing one).
    fn add(&mut self, refused: &Rejection) {
        self.lines
            .extend(refused.errors.iter().map(|e| format!("error: {e}")));
        self.lines
            .extend(refused.warnings.iter().map(ToString::to_string));
    }
}

impl From<Vec<CatalogueError>> for Failure {
    fn from(errors: Vec<CatalogueError>) -> Self {
        Failure {
            lines: errors
                .iter()
                .map(|e| format!("error: catalogue: {e}"))
                .collect(),
        }
    }
}

/// What a command made: the text for stdout, its exit code, and bad input found beside it (a
/// refused spec file among good ones), said on stderr after the output.
struct Done {
    out: String,
    code: u8,
    bad: Failure,
}

impl Done {
    fn printed(out: String) -> Done {
        Done {
            out,
            code: 0,
            bad: Failure::default(),
        }
    }
}

pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            if e.use_stderr() {
                // a usage error quotes the arguments: they are escaped as all supplier text is
                let e = escaped_usage_error(e, &args);
                match leaked_usage_error(&e) {
                    None => {
                        let _ = e.print();
                    }
                    Some(plain) => {
                        let _ = std::io::stderr().lock().write_all(plain.as_bytes());
                    }
                }
                return ExitCode::from(2);
            }
            let printed = e.print();
            // --help and --version go to stdout, which may fail as any output does
            return match printed {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => ExitCode::from(output_failed(&e, 0)),
            };
        }
    };
    match run(cli.command) {
        Ok(done) => {
            let written = write_stdout(&done.out);
            // said after the report: the last thing a terminal shows
            say(&done.bad.lines);
            ExitCode::from(match written {
                Ok(()) => done.code,
                Err(e) => output_failed(&e, done.code),
            })
        }
        Err(failure) => {
            say(&failure.lines);
            ExitCode::from(2)
        }
    }
}

/// clap's usage error with every argument it quotes escaped ([`escape`]): the unknown
/// argument, subcommand or value, the valid ones it offers, and the tips that quote the argument
/// again. An argument that is not UTF-8, which clap quotes lossily, is shown as a file name is
/// ([`os_name`]), from `args`, the arguments as given. clap's wording and colours stay: only
/// the quoted arguments change.
fn escaped_usage_error(mut e: clap::Error, args: &[std::ffi::OsString]) -> clap::Error {
    use clap::builder::StyledStr;
    use clap::error::ContextValue;
    // each argument that is not UTF-8 as clap quotes it and as it is shown (and so its value
    // after `--option=`), escaped, the longest first
    let mut lossy: Vec<(String, String)> = Vec::new();
    for arg in args.iter().filter(|arg| arg.to_str().is_none()) {
        let whole = arg.as_os_str();
        #[cfg(unix)]
        let value = {
            use std::os::unix::ffi::OsStrExt;
            let bytes = whole.as_bytes();
            bytes
                .iter()
                .position(|&b| b == b'=')
                .and_then(|at| bytes.get(at + 1..))
                .map(std::ffi::OsStr::from_bytes)
        };
        #[cfg(not(unix))]
        let value: Option<&std::ffi::OsStr> = None;
        for text in std::iter::once(whole).chain(value) {
            let as_quoted = escape(&text.to_string_lossy()).into_owned();
            let shown = escape(&os_name(text)).into_owned();
            if as_quoted != shown && !lossy.iter().any(|(q, _)| *q == as_quoted) {
                lossy.push((as_quoted, shown));
            }
        }
    }
    lossy.sort_by_key(|(text, _)| std::cmp::Reverse(text.len()));
    let shown = |text: &str| -> String {
        let mut safe = escape(text).into_owned();
        for (as_quoted, name) in &lossy {
            safe = safe.replace(as_quoted.as_str(), name);
        }
        safe
    };
    // every argument quoted, as written and as shown, the longest first (a tip quotes them
    // inside clap's own styling, where only the argument's own text can be replaced)
    let mut quoted: Vec<(String, String)> = Vec::new();
    for (_, value) in e.context() {
        let texts: &[String] = match value {
            ContextValue::String(text) => std::slice::from_ref(text),
            ContextValue::Strings(texts) => texts,
            _ => &[],
        };
        for text in texts {
            let safe = shown(text);
            if safe != *text {
                quoted.push((text.clone(), safe));
            }
        }
    }
    if quoted.is_empty() {
        return e;
    }
    quoted.sort_by_key(|(text, _)| std::cmp::Reverse(text.len()));
    let styled = |s: &StyledStr| {
        let mut text = s.ansi().to_string();
        for (raw, safe) in &quoted {
            text = text.replace(raw.as_str(), safe);
        }
        StyledStr::from(text)
    };
    let escaped: Vec<_> = e
        .context()
        .filter_map(|(kind, value)| {
            let value = match value {
                ContextValue::String(text) => ContextValue::String(shown(text)),
                ContextValue::Strings(texts) => {
                    ContextValue::Strings(texts.iter().map(|t| shown(t)).collect())
                }
                ContextValue::StyledStr(s) => ContextValue::StyledStr(styled(s)),
                ContextValue::StyledStrs(v) => {
                    ContextValue::StyledStrs(v.iter().map(styled).collect())
                }
                _ => return None,
            };
            Some((kind, value))
        })
        .collect();
    for (kind, value) in escaped {
        e.insert(kind, value);
    }
    e
}

/// A usage error that would still print a character that acts on the terminal (one clap wrote
/// outside the context [`escaped_usage_error`] escapes), as its plain text, escaped: `None` when
/// it prints nothing but clap's own styling.
fn leaked_usage_error(e: &clap::Error) -> Option<String> {
    use clap::CommandFactory;
    let command = Cli::command();
    let styles = command.get_styles();
    let mut text = e.render().ansi().to_string();
    for style in [
        styles.get_header(),
        styles.get_error(),
        styles.get_usage(),
        styles.get_literal(),
        styles.get_placeholder(),
        styles.get_valid(),
        styles.get_invalid(),
        styles.get_context(),
        styles.get_context_value(),
    ] {
        for sequence in [style.render().to_string(), style.render_reset().to_string()] {
            if !sequence.is_empty() {
                text = text.replace(&sequence, "");
            }
        }
    }
    match escape_with(&text, true) {
        Cow::Borrowed(_) => None,
        Cow::Owned(safe) => Some(safe),
    }
}

/// Writes the output and flushes it: a full disk is found here, not at exit (where it is lost).
fn write_stdout(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// The exit code after a failed write of the output: a reader that stopped reading (`| head`)
/// ends the command quietly with the code it had; any other failure is said, and is exit 2.
fn output_failed(e: &std::io::Error, code: u8) -> u8 {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return code;
    }
    say(&[format!("error: cannot write to standard output: {e}")]);
    2
}

/// Lines on stderr, each escaped (they quote file names, ids and values). Nothing is left to
/// tell of a failure to write them.
fn say(lines: &[String]) {
    let mut stderr = std::io::stderr().lock();
    for line in lines {
        let _ = writeln!(stderr, "{}", escape(line));
    }
}

fn run(command: Command) -> Result<Done, Failure> {
    match command {
        Command::Check {
            files,
            format,
            catalogue,
            pairs,
            link,
            strict,
        } => check(&Check {
            files: &files,
            format,
            catalogue: catalogue.as_deref(),
            pairs,
            link: link.as_deref(),
            strict,
        }),
        Command::Link {
            files,
            base,
            file,
            catalogue,
        } => {
            let catalogue = load_catalogue(catalogue.as_deref())?;
            make_link(&catalogue, &files, &base, file.as_deref())
        }
        Command::Catalogue { format, catalogue } => {
            let catalogue = load_catalogue(catalogue.as_deref())?;
            Ok(Done::printed(match format {
                OutputFormat::Json => {
                    let views: Vec<_> = catalogue.standards.iter().map(|s| s.view()).collect();
                    serde_json::to_string_pretty(&views).unwrap_or_default() + "\n"
                }
                OutputFormat::Text => catalogue_text(&catalogue),
            }))
        }
        Command::Fix {
            file,
            in_place,
            catalogue,
        } => fix(&file, in_place, catalogue.as_deref()),
        Command::Template { kind, catalogue } => {
            let catalogue = load_catalogue(catalogue.as_deref())?;
            match crate::template::for_kind(&catalogue, &kind) {
                // a file to save: its lines stay lines, and nothing in them acts on a terminal
                Some(text) => Ok(Done::printed(escape_but_newlines(&text))),
                // told as a spec's unknown kind is: one message, not two wordings
                None => Err(Failure::error(
                    crate::spec::Problem::unknown_kind(&catalogue.dictionary, &kind).to_string(),
                )),
            }
        }
        Command::Explain { id, catalogue } => {
            let catalogue = load_catalogue(catalogue.as_deref())?;
            if let Some(standard) = catalogue.standard(&id) {
                return Ok(Done::printed(standard_text(standard, true)));
            }
            if let Some((standard, requirement)) = catalogue.requirement(&id) {
                // (one from the user's own file marked so, as its standard is)
                return Ok(Done::printed(format!(
                    "{} — {}{}\n{}",
                    escape(&standard.id),
                    escape(&standard.title),
                    local_mark(standard),
                    requirement_text(requirement)
                )));
            }
            if let Some(rule) = catalogue.pair_rules.iter().find(|r| *r.id == *id) {
                return Ok(Done::printed(pair_rule_text(rule, true)));
            }
            // the line a report gives an item of a standard's claims and selection
            if let Some(standard) = id
                .strip_suffix("/applies")
                .and_then(|of| catalogue.standard(of))
            {
                return Ok(Done::printed(applies_text(standard)));
            }
            let hint =
                crate::suggest::did_you_mean(&catalogue.suggest_standard(&id).or_else(|| {
                    crate::suggest::closest(&id, catalogue.pair_rules.iter().map(|r| &*r.id))
                        .map(str::to_string)
                }));
            Err(Failure::error(format!(
                "no standard, requirement or pair rule `{id}` in the catalogue{hint}"
            )))
        }
    }
}

/// `check`'s arguments.
struct Check<'a> {
    files: &'a [PathBuf],
    format: OutputFormat,
    catalogue: Option<&'a Path>,
    pairs: bool,
    link: Option<&'a str>,
    strict: bool,
}

/// `check`: every readable file is checked and reported; the files that could not be read or
/// checked are listed on stderr (and in the JSON's `rejected`), and make the exit code 2.
fn check(args: &Check) -> Result<Done, Failure> {
    // a link made with another catalogue: said on stderr as it is found, and kept for the JSON
    // report, after what the report says of the catalogue itself
    let mut notices = Vec::new();
    let catalogue = load_catalogue(args.catalogue)?;
    let shared = args
        .link
        .map(|link| linked(link, &catalogue, &mut notices))
        .transpose()?;
    let read = match &shared {
        Some(shared) => shared.inputs.iter().cloned().map(Ok).collect(),
        None => read_files(args.files),
    };
    let inputs: Vec<(String, String)> = read
        .iter()
        .filter_map(|r| r.as_ref().ok().cloned())
        .collect();
    let checked = match &shared {
        // (a link is checked as the page checks it)
        Some(shared) => shared.check(&catalogue),
        None => crate::check_texts(&catalogue, &inputs),
    };
    let mut refused = checked.rejected;
    // the inputs not checked, in the order they were given, each once
    let mut rejected: Vec<Rejection> = Vec::new();
    // the files whose errors say fixes for certain, which `fix` makes (not a link's inputs)
    let mut fixable: Vec<String> = Vec::new();
    for input in read {
        let rejection = match input {
            Err(unread) => unread,
            Ok((name, text)) => match refused.iter().position(|(n, _)| *n == name) {
                Some(at) => {
                    let (file, r) = refused.remove(at);
                    if shared.is_none() && crate::fix::any_said(&text, &r.errors) {
                        fixable.push(file.clone());
                    }
                    Rejection {
                        file,
                        errors: r.errors.iter().map(InputError::from).collect(),
                        warnings: r.warnings,
                    }
                }
                None => continue,
            },
        };
        if !rejected.iter().any(|r| r.file == rejection.file) {
            rejected.push(rejection);
        }
    }
    let mut report = checked.report;
    report.notices.append(&mut notices);

    let mut bad = Failure::default();
    for r in &rejected {
        bad.add(r);
        if fixable.contains(&r.file) {
            // (read with the same catalogue, whose dictionary the errors came from)
            let own = args.catalogue.map_or(String::new(), |dir| {
                format!(
                    " --catalogue {}",
                    crate::suggest::file_argument(&path_name(dir))
                )
            });
            bad.lines.push(format!(
                "hint: `stanag-check fix {}{own}` makes the fixes these errors say for certain{}",
                crate::suggest::file_argument(&r.file),
                if r.file == STDIN_NAME {
                    ""
                } else {
                    " (with --in-place, in the file)"
                }
            ));
        }
    }
    // nothing could be read: there is no report to print
    let nothing_checked = report.inputs.is_empty() && !rejected.is_empty();
    if args.strict && !report.warnings.is_empty() && !nothing_checked {
        bad.lines.push(format!(
            "error: --strict: the report has {}, which count as bad input:",
            crate::suggest::counted(report.warnings.len(), "warning")
        ));
        bad.lines
            .extend(report.warnings.iter().map(ToString::to_string));
    }
    let code = if !bad.lines.is_empty() {
        2
    } else if report.all_compliant() {
        0
    } else {
        1
    };
    let out = if nothing_checked {
        String::new()
    } else {
        match args.format {
            OutputFormat::Json => json_report(report, &rejected),
            OutputFormat::Text => text_report(&report, args.pairs, &rejected),
        }
    };
    Ok(Done { out, code, bad })
}

/// The JSON report: the report's document, byte for byte the page's, with `rejected` beside it
/// when some input was not checked (with its located errors and warnings). The report's
/// `notices` (what was said on stderr of the catalogue: a local file that leaves out built-in
/// requirements, a link made with another catalogue) stay its last key.
fn json_report(mut report: Report, rejected: &[Rejection]) -> String {
    #[derive(Serialize)]
    struct Document<'a> {
        #[serde(flatten)]
        report: &'a Report,
        #[serde(skip_serializing_if = "<[_]>::is_empty")]
        rejected: &'a [Rejection],
        #[serde(skip_serializing_if = "<[_]>::is_empty")]
        notices: &'a [String],
    }
    if rejected.is_empty() {
        return report.to_json();
    }
    let notices = std::mem::take(&mut report.notices);
    let document = Document {
        report: &report,
        rejected,
        notices: &notices,
    };
    // plain data: serialising it cannot fail
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

/// The text report, every piece of supplier text in it escaped, with the inputs not checked
/// named under its first line.
fn text_report(report: &Report, pairs: bool, rejected: &[Rejection]) -> String {
    let shown = escaped(report);
    let mut text = shown.to_text();
    if !rejected.is_empty() {
        let names: Vec<Cow<str>> = rejected.iter().map(|r| escape(&r.file)).collect();
        let line = format!(
            "not checked, with errors (listed on stderr): {}\n",
            names.join(", ")
        );
        let at = text.find('\n').map_or(text.len(), |i| i + 1);
        text.insert_str(at, &line);
    }
    if pairs {
        text.push_str(&shown.pairs_text());
    }
    text
}

/// `fix`: the file's text with the fixes its errors say made ([`crate::fix::mend`]), printed
/// (escaped only on a terminal: redirected, it is the file's text exactly) or written back; the
/// changes and the errors left said on stderr.
fn fix(file: &Path, in_place: bool, catalogue: Option<&Path>) -> Result<Done, Failure> {
    if in_place && is_stdin(file) {
        return Err(Failure::error(
            "--in-place writes the fixed text back into a file: name the file, not standard \
             input (-)",
        ));
    }
    let catalogue = load_catalogue(catalogue)?;
    let (name, text) = read_text(file).map_err(|e| {
        let mut failure = Failure::default();
        failure.add(&e.rejection());
        failure
    })?;
    let mended = crate::fix::mend(&name, &text, &catalogue.dictionary);
    let (fixed, changes) = match &mended {
        Some(m) => (m.text.as_str(), m.fixes.as_slice()),
        None => (text.as_str(), &[][..]),
    };
    let mut said = Failure {
        lines: changes
            .iter()
            .map(|f| format!("fixed: {name}:{}: {}", f.line, f.change()))
            .collect(),
    };
    let left = crate::spec::parse(&name, fixed, &catalogue.dictionary).err();
    let count = crate::suggest::counted(changes.len(), "change");
    if mended.as_ref().is_some_and(|m| m.unfinished) {
        said.lines.push(format!(
            "fix stopped after reading the file {} times: run it again on the fixed text for \
             the fixes left",
            crate::fix::MAX_ROUNDS
        ));
    }
    said.lines.push(match (&left, changes.is_empty()) {
        (None, true) => format!("{name} reads: nothing to fix"),
        (None, false) => format!("{count} made: {name} reads"),
        (Some(_), true) => format!("{name}: none of its errors has a certain fix; they need you:"),
        (Some(left), false) => format!(
            "{count} made; {} left, which need you:",
            crate::suggest::counted(crate::spec::error_count(&left.errors), "error")
        ),
    });
    if let Some(left) = &left {
        said.add(&Rejection {
            file: name.clone(),
            errors: left.errors.iter().map(InputError::from).collect(),
            warnings: left.warnings.clone(),
        });
    }
    let out = if in_place {
        if !changes.is_empty() {
            std::fs::write(file, fixed).map_err(|e| {
                Failure::error(format!("{name}: the fixed text could not be written: {e}"))
            })?;
        }
        String::new()
    } else if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        escape_but_newlines(fixed)
    } else {
        fixed.to_string()
    };
    Ok(Done {
        out,
        code: if left.is_some() { 2 } else { 0 },
        bad: said,
    })
}

// ---- inputs ------------------------------------------------------------------------------------

/// An input that was not checked: it could not be read, or it has errors.
#[derive(Serialize)]
struct Rejection {
    file: String,
    errors: Vec<InputError>,
    warnings: Vec<Warning>,
}

/// One error of an input, located as far as it can be (a missing file has no line).
#[derive(Clone, Serialize)]
struct InputError {
    place: Box<ErrorPlace>,
    message: String,
    /// As said on stderr: the place, then the message.
    #[serde(skip)]
    shown: String,
}

#[derive(Clone, Serialize)]
struct ErrorPlace {
    file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    col: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    property: Option<String>,
}

impl InputError {
    /// An error of a file as a whole, or at a line and column of it.
    fn of_file(file: &str, at: Option<(usize, usize)>, message: String) -> InputError {
        let as_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let shown = match at {
            Some((line, col)) => format!("{file}:{line}:{col}: {message}"),
            None => format!("{file}: {message}"),
        };
        InputError {
            place: Box::new(ErrorPlace {
                file: file.into(),
                line: at.map(|(line, _)| as_u32(line)),
                col: at.map(|(_, col)| as_u32(col)),
                item: None,
                property: None,
            }),
            message,
            shown,
        }
    }

    fn rejection(self) -> Rejection {
        Rejection {
            file: self.place.file.clone(),
            errors: vec![self],
            warnings: Vec::new(),
        }
    }
}

impl From<&SpecError> for InputError {
    fn from(e: &SpecError) -> Self {
        InputError {
            place: Box::new(ErrorPlace {
                file: e.place.file.to_string(),
                line: Some(e.place.line),
                col: Some(e.place.col),
                item: e.place.item.clone(),
                property: e.place.property.clone(),
            }),
            message: e.problem.to_string(),
            shown: e.to_string(),
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

/// Reads at most `limit` bytes: `None` when there are more. A stream (a pipe, `/dev/zero`) is
/// refused as soon as it passes the limit, never held whole.
fn read_bounded(reader: impl Read, limit: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader
        .take(u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() <= limit).then_some(bytes))
}

/// Spec files' names and texts, or why each could not be read, in the order given. A file named
/// twice, however its path is spelled (`a.yaml` and `./a.yaml`), is named as it was first:
/// [`crate::check_texts`] then checks it once and says so. Standard input (`-`) is read once.
fn read_files(files: &[PathBuf]) -> Vec<Result<(String, String), Rejection>> {
    let mut seen: Vec<(PathBuf, String)> = Vec::new();
    let mut stdin: Option<Result<(String, String), InputError>> = None;
    files
        .iter()
        .map(|path| {
            if is_stdin(path) {
                return stdin
                    .get_or_insert_with(|| read_text(path))
                    .clone()
                    .map_err(InputError::rejection);
            }
            let (mut name, text) = read_text(path).map_err(InputError::rejection)?;
            if let Ok(resolved) = path.canonicalize() {
                match seen.iter().find(|(p, _)| *p == resolved) {
                    Some((_, first)) => name.clone_from(first),
                    None => seen.push((resolved, name.clone())),
                }
            }
            Ok((name, text))
        })
        .collect()
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// A spec file's name and text, `-` being standard input ([`read_bytes`]); a file that is not
/// UTF-8 is named with the byte, or told as the spreadsheet it is.
fn read_text(path: &Path) -> Result<(String, String), InputError> {
    let (name, bytes) = read_bytes(path)?;
    let text = crate::spec::text_of_spec(&name, bytes)
        .map_err(|(at, message)| InputError::of_file(&name, at, message))?;
    Ok((name, text))
}

/// A catalogue file's name and text, read as the page reads one (`document::text_of`): one that
/// is not UTF-8 is named with the byte, and is given no advice for a spec (a ZIP-headed
/// `nat.toml` is no spreadsheet to write as a spec).
fn read_catalogue_text(path: &Path) -> Result<(String, String), InputError> {
    let (name, bytes) = read_bytes(path)?;
    let text = crate::document::text_of(bytes)
        .map_err(|e| InputError::of_file(&name, e.place(), e.to_string()))?;
    Ok((name, text))
}

/// A spec or catalogue file's name and bytes, `-` being standard input. A file's size is checked
/// before it is read (a file of gigabytes is refused, not loaded), and every input is read
/// through a bounded reader (a stream is refused when it passes the limit).
fn read_bytes(path: &Path) -> Result<(String, Vec<u8>), InputError> {
    let stdin = is_stdin(path);
    let name = if stdin {
        STDIN_NAME.to_string()
    } else {
        path_name(path)
    };
    let fail = |m: String| InputError::of_file(&name, None, m);
    let too_large = || {
        fail(format!(
            "it is over the limit of 1 MiB ({} bytes): split it into smaller files",
            crate::suggest::grouped(MAX_FILE_BYTES as u64)
        ))
    };
    let bytes = if stdin {
        let bytes = read_bounded(std::io::stdin().lock(), MAX_FILE_BYTES)
            .map_err(|e| fail(e.to_string()))?
            .ok_or_else(too_large)?;
        if bytes.is_empty() {
            return Err(fail(
                "standard input is empty: pipe a spec file into it, or name the file".into(),
            ));
        }
        bytes
    } else {
        let meta = std::fs::metadata(path).map_err(|e| fail(e.to_string()))?;
        if meta.is_dir() {
            return Err(fail("is a folder, not a file".into()));
        }
        if meta.len() > MAX_FILE_BYTES as u64 {
            return Err(fail(crate::document::too_large_said(
                meta.len(),
                MAX_FILE_BYTES,
            )));
        }
        let file = std::fs::File::open(path).map_err(|e| fail(e.to_string()))?;
        read_bounded(file, MAX_FILE_BYTES)
            .map_err(|e| fail(e.to_string()))?
            .ok_or_else(too_large)?
    };
    Ok((name, bytes))
}

/// A file or folder's name as messages and reports show it. A name that is not UTF-8 keeps its
/// every byte: the bytes that are not UTF-8 are written as `\xFF`, the rest as it is, so two
/// names that differ only there are told apart (`Path::display` made both `\u{FFFD}`).
fn path_name(path: &Path) -> String {
    os_name(path.as_os_str())
}

/// [`path_name`] of any text from the system: a name, an argument.
fn os_name(text: &std::ffi::OsStr) -> String {
    #[cfg(unix)]
    {
        use std::fmt::Write as _;
        use std::os::unix::ffi::OsStrExt;
        let bytes = text.as_bytes();
        let mut name = String::with_capacity(bytes.len());
        for chunk in bytes.utf8_chunks() {
            name.push_str(chunk.valid());
            for byte in chunk.invalid() {
                let _ = write!(name, "\\x{byte:02X}");
            }
        }
        name
    }
    // elsewhere a name that is not Unicode is rare (unpaired UTF-16 surrogates): shown lossily
    #[cfg(not(unix))]
    {
        text.to_string_lossy().into_owned()
    }
}

/// The catalogue: built in, or with the files of a folder. What a replacing file left out is
/// said on stderr at once (every report made with the catalogue carries it too, as `notices`).
fn load_catalogue(dir: Option<&Path>) -> Result<Catalogue, Failure> {
    let Some(dir) = dir else {
        return Ok(Catalogue::builtin()?);
    };
    let entries = std::fs::read_dir(dir).map_err(|e| {
        // (what was found, then what the option takes: the OS's words alone did not say it)
        let found = if dir.is_file() {
            "is a file, not a folder".to_string()
        } else if e.kind() == std::io::ErrorKind::NotFound {
            "there is no such folder".to_string()
        } else {
            e.to_string()
        };
        Failure::error(format!(
            "{}: {found}: --catalogue takes a folder that holds your .toml catalogue files",
            path_name(dir)
        ))
    })?;
    let mut files = Vec::new();
    // a file that cannot be read (not UTF-8, too large) is said with the other files' mistakes,
    // which are all found in the same run
    let mut unread: Vec<CatalogueError> = Vec::new();
    // each file is named by its file name alone, as the page names it: a report made with the
    // catalogue names it so (`local_file`, its notices), which is sent to others and is the
    // page's byte for byte; its errors here name the path it was read from
    let mut paths: Vec<(String, String)> = Vec::new();
    let mut refused_only = false;
    for entry in entries.flatten() {
        let path = entry.path();
        let refused = crate::catalogue::refused_local_name(&os_name(&entry.file_name()));
        if let Some(why) = refused.filter(|_| path.extension().is_some_and(|e| e == "toml")) {
            // (a `catalogue.toml`: said, as the page says it, and the other files read)
            say(&[format!("note: {}: {why}", path_name(&path))]);
            refused_only = true;
        } else if path.extension().is_some_and(|e| e == "toml") {
            match read_catalogue_text(&path) {
                Ok((shown, text)) => {
                    let name = os_name(&entry.file_name());
                    paths.push((name.clone(), shown));
                    files.push((name, text));
                }
                // named as a catalogue file, as its other errors are
                Err(e) => unread.push(CatalogueError {
                    file: e.place.file.clone(),
                    at: e
                        .place
                        .line
                        .zip(e.place.col)
                        .map(|(line, col)| Pos { line, col }),
                    message: e.message,
                }),
            }
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
        {
            // `natgen.TOML` was left out unsaid: a standard the user meant to add
            unread.push(CatalogueError {
                file: path_name(&path),
                at: None,
                message: "not read: a catalogue file's name ends in `.toml`, in small letters"
                    .into(),
            });
        }
    }
    if files.is_empty() && unread.is_empty() {
        // (a folder of only a `catalogue.toml`, which is not read: said as what to add)
        let besides = if refused_only {
            " besides catalogue.toml, which is not read"
        } else {
            ""
        };
        return Err(Failure::error(format!(
            "{}: no .toml catalogue files in this folder{besides}: add your standards (one \
             .toml file each), dictionary.toml, codes.toml or pairs.toml (standards/README.md)",
            path_name(dir)
        )));
    }
    files.sort();
    unread.sort_by(|a, b| a.file.cmp(&b.file));
    let catalogue = match Catalogue::with_local(&files) {
        Ok(catalogue) if unread.is_empty() => catalogue,
        Ok(_) => return Err(unread.into()),
        Err(mut errors) => {
            for e in &mut errors {
                if let Some((_, path)) = paths.iter().find(|(name, _)| *name == e.file) {
                    e.file = path.clone();
                }
            }
            unread.append(&mut errors);
            return Err(unread.into());
        }
    };
    for note in catalogue.replacement_notes() {
        say(&[format!("note: {note}")]);
    }
    Ok(catalogue)
}

// ---- what is printed ---------------------------------------------------------------------------

/// [`escape`] for a text of several lines: its line breaks stay.
fn escape_but_newlines(text: &str) -> String {
    escape_with(text, true).into_owned()
}

fn escape_string(text: &mut String) {
    if let Cow::Owned(safe) = escape(text) {
        *text = safe;
    }
}

fn escape_text(text: &mut Text) {
    if let Cow::Owned(safe) = escape(text) {
        *text = safe.into();
    }
}

/// The report with every piece of text it shows escaped ([`escape`]): ids, names, file names,
/// values, and the messages and notices that quote them (and a local catalogue's text). For the
/// text report only: the JSON keeps the text as written (serde escapes it).
fn escaped(report: &Report) -> Report {
    let mut r = report.clone();
    escape_string(&mut r.catalogue.version);
    for input in &mut r.inputs {
        escape_string(&mut input.file);
    }
    // a local catalogue's file names and ids
    r.notices.iter_mut().for_each(escape_string);
    // (they name items by their ids)
    r.pair_notices.iter_mut().for_each(escape_string);
    for item in &mut r.items {
        for text in [
            &mut item.id,
            &mut item.name,
            &mut item.nation,
            &mut item.kind,
            &mut item.file,
        ] {
            escape_string(text);
        }
        item.nsn.iter_mut().for_each(escape_string);
        item.notices.iter_mut().for_each(escape_string);
        for s in &mut item.standards {
            escape_text(&mut s.standard);
            escape_text(&mut s.title);
            s.edition.iter_mut().for_each(escape_text);
            s.local_file.iter_mut().for_each(escape_string);
        }
        for result in &mut item.results {
            escape_text(&mut result.message);
            result.note.iter_mut().for_each(escape_text);
            if let Some(value) = &mut result.value {
                escape_text(&mut value.written);
                value.converted.iter_mut().for_each(escape_string);
                value.unit.iter_mut().for_each(escape_text);
                value.method.iter_mut().for_each(escape_string);
            }
            let c = std::sync::Arc::make_mut(&mut result.citation);
            for text in [
                &mut c.standard,
                &mut c.requirement,
                &mut c.statement,
                &mut c.property,
                &mut c.source,
                &mut c.limit.text,
            ] {
                escape_text(text);
            }
            c.clause.iter_mut().for_each(escape_text);
            c.limit.unit.iter_mut().for_each(escape_text);
            c.limit.method.iter_mut().for_each(escape_text);
        }
    }
    for pair in &mut r.pairs {
        escape_string(&mut pair.a);
        escape_string(&mut pair.b);
        for reason in &mut pair.reasons {
            escape_text(&mut reason.rule);
            escape_text(&mut reason.title);
            escape_text(&mut reason.source);
            escape_string(&mut reason.message);
            reason.a_value.iter_mut().for_each(escape_string);
            reason.b_value.iter_mut().for_each(escape_string);
        }
    }
    for w in &mut r.warnings {
        escape_text(&mut w.place.file);
        w.place.item.iter_mut().for_each(escape_string);
        w.place.property.iter_mut().for_each(escape_string);
        escape_string(&mut w.message);
    }
    r
}

fn catalogue_text(catalogue: &Catalogue) -> String {
    let mut out = format!(
        "catalogue {} ({}), fingerprint {}: {} standards, {} requirements\n",
        escape(&catalogue.version),
        escape(&catalogue.label),
        catalogue.fingerprint,
        catalogue.standards.len(),
        catalogue
            .standards
            .iter()
            .map(|s| s.requirements.len())
            .sum::<usize>()
    );
    for s in &catalogue.standards {
        out.push('\n');
        out.push_str(&standard_text(s, false));
    }
    if !catalogue.pair_rules.is_empty() {
        out.push_str("\nPair rules (how two items are related; `explain ID` shows one in full)\n");
        for rule in &catalogue.pair_rules {
            out.push_str(&pair_rule_text(rule, false));
        }
    }
    out
}

/// A pair rule as `catalogue` lists it (a line) and `explain` shows it (`full`): its text may
/// come from the user's own catalogue file, and is escaped.
fn pair_rule_text(rule: &crate::catalogue::PairRule, full: bool) -> String {
    let names = |n: &[String]| escape(&n.join(" or ")).into_owned();
    let compared = format!(
        "{} {} {} {} {}",
        escape(&rule.a),
        names(&rule.a_property),
        rule.test.name(),
        escape(&rule.b),
        names(&rule.b_property)
    );
    if !full {
        return format!(
            "  {}: {compared} [{:?}]\n",
            escape(&rule.id),
            rule.confidence
        );
    }
    let mut out = format!("{} — {}\n", escape(&rule.id), escape(&rule.title));
    out.push_str(&format!("  {compared} ({})\n", rule.severity.name()));
    if rule.optional {
        out.push_str("  applies only where both items state what it compares\n");
    }
    for (side, kind, when, unless) in [
        ("a", &rule.a, &rule.when_a, &rule.unless_a),
        ("b", &rule.b, &rule.when_b, &rule.unless_b),
    ] {
        if let Some(when) = when {
            let when = escape(&when.to_string()).into_owned();
            out.push_str(&format!(
                "  applies when the {side} side ({}) has {when}\n",
                escape(kind)
            ));
        }
        if let Some(unless) = unless {
            let unless = escape(&unless.to_string()).into_owned();
            out.push_str(&format!(
                "  does not apply to the {side} side ({}) when {unless} and it does not state what the rule compares\n",
                escape(kind)
            ));
        }
    }
    out.push_str(&format!(
        "  source: {} (confidence {:?}: {})\n",
        escape(&rule.source),
        rule.confidence,
        rule.confidence.meaning()
    ));
    if let Some(note) = &rule.note {
        out.push_str(&format!("  note: {}\n", escape(note)));
    }
    for case in &rule.cases {
        let level = match (case.level, case.warning) {
            (crate::catalogue::CaseLevel::Compatible, true) => "compatible, with a warning",
            (level, _) => level.name(),
        };
        let source = case
            .source
            .as_ref()
            .map(|s| format!(" ({})", escape(s)))
            .unwrap_or_default();
        out.push_str(&format!(
            "  case: {} with {}: {level}: {}{source}\n",
            escape(&case.a),
            escape(&case.b),
            escape(&case.reason)
        ));
    }
    out
}

/// ` [local]` after a standard that comes from the user's own catalogue file, else nothing.
fn local_mark(s: &crate::catalogue::Standard) -> &'static str {
    if s.local {
        " [local]"
    } else {
        ""
    }
}

/// A standard as `catalogue` and `explain` show it; its text may come from the user's own
/// catalogue file, and is escaped.
fn standard_text(s: &crate::catalogue::Standard, full: bool) -> String {
    let edition = s
        .edition
        .as_deref()
        .map(|e| format!(", {}", escape(&crate::report::edition_label(e))))
        .unwrap_or_default();
    let local = local_mark(s);
    let mut out = format!(
        "{} — {} ({}{edition}){local}\n",
        escape(&s.id),
        escape(&s.title),
        s.status.name()
    );
    let kinds: Vec<Cow<str>> = s.kinds.iter().map(|k| escape(k)).collect();
    out.push_str(&format!("  governs: {}", kinds.join(", ")));
    if let Some(sel) = &s.selector {
        out.push_str(&format!("; selects {}", escape(&sel.to_string())));
    }
    out.push('\n');
    if full {
        // whether the status is checked, and where: a recalled number says so here
        if let Some(source) = &s.status_source {
            out.push_str(&format!(
                "  status: {} — {}\n",
                s.status.name(),
                escape(source)
            ));
        }
        out.push_str(&format!("  {}\n", escape(&s.summary)));
    }
    for r in &s.requirements {
        if full {
            out.push_str(&requirement_text(r));
        } else {
            out.push_str(&format!(
                "  {}: {} {} [{:?}]\n",
                escape(r.id()),
                escape(r.property()),
                escape(r.limit_text()),
                r.confidence()
            ));
        }
    }
    out
}

/// What the line `<standard>/applies` of a report says: whether the standard is one for the
/// item, by its kinds and selector, and what an item that claims it otherwise gets.
fn applies_text(s: &crate::catalogue::Standard) -> String {
    let id = escape(&s.id);
    let every_kind = s.kinds.iter().any(|k| k == "*");
    let kinds = if every_kind {
        "items of every kind".to_string()
    } else {
        let kinds: Vec<String> = s
            .kinds
            .iter()
            .map(|k| crate::suggest::a_or_an(&escape(k)))
            .collect();
        crate::suggest::or_listed(&kinds)
    };
    let selector = s
        .selector
        .as_ref()
        .map(|sel| format!(" with {}", escape(&sel.to_string())))
        .unwrap_or_default();
    let mut out = format!(
        "{id} — {}{}\n  {}/applies\n    Whether {id} is one for the item: it is for {kinds}{selector}.\n",
        escape(&s.title),
        local_mark(s),
        escape(&s.id.replace(' ', "-"))
    );
    if !every_kind {
        out.push_str(&format!(
            "    An item of another kind that claims it fails this line, at the claim, and none \
             of {id}'s requirements is listed for it: remove the claim, or correct the item's \
             kind.\n"
        ));
    }
    if !selector.is_empty() {
        out.push_str(
            "    An item of its kind that claims it fails this line where what it states is not \
             what the standard selects, and misses it where it does not state that; it is judged \
             by the standard's requirements.\n",
        );
    }
    if let Some(claimed) = s.claimed_only() {
        out.push_str(&format!(
            "    It judges {}: of one that does not, this line says so (not applicable) and what \
             to add to its claims.\n",
            escape(&claimed)
        ));
    }
    out
}

fn requirement_text(r: &crate::catalogue::Requirement) -> String {
    let mut out = format!("  {}\n    {}\n", escape(r.id()), escape(r.statement()));
    // (a document's unstated method is named as what it is, with the name a sheet writes)
    let method = match (r.method(), r.citation.limit.method_said()) {
        (Some(m), Some(said)) if said != m => {
            format!(" by {} (`method: {}`)", escape(&said), escape(m))
        }
        (Some(m), _) => format!(" by {}", escape(m)),
        _ => String::new(),
    };
    out.push_str(&format!(
        "    {} {}{method} ({})\n",
        escape(r.property()),
        escape(r.limit_text()),
        r.severity().name()
    ));
    if let Some(clause) = &r.clause() {
        out.push_str(&format!("    clause: {}\n", escape(clause)));
    }
    if !r.kinds.is_empty() {
        let kinds: Vec<Cow<str>> = r.kinds.iter().map(|k| escape(k)).collect();
        out.push_str(&format!(
            "    asks items of kind {} only\n",
            kinds.join(", ")
        ));
    }
    if r.judged_where_stated() {
        out.push_str("    judged only where stated\n");
    } else if let Some(when) = &r.when {
        out.push_str(&format!("    applies when {}\n", escape(&when.to_string())));
    }
    if let Some(unless) = &r.unless {
        out.push_str(&format!(
            "    does not apply when {}\n",
            escape(&unless.to_string())
        ));
    }
    if !r.or_stated.is_empty() {
        let names: Vec<Cow<str>> = r.or_stated.iter().map(|n| escape(n)).collect();
        out.push_str(&format!(
            "    or stated as {} (in its place or beside it)\n",
            names.join(" or ")
        ));
    }
    out.push_str(&format!(
        "    source: {} (confidence {:?}: {})\n",
        escape(r.source()),
        r.confidence(),
        r.confidence().meaning()
    ));
    if let Some(note) = &r.note {
        out.push_str(&format!("    note: {}\n", escape(note)));
    }
    for a in &r.alternatives {
        out.push_str(&format!(
            "    other figure: {} ({})\n",
            escape(&a.value.to_string()),
            escape(&a.source)
        ));
    }
    out
}

// ---- result links ------------------------------------------------------------------------------

/// `link`: prints the address, or writes the link file; notes go to stderr. A file that cannot
/// be read is bad input (a link cannot carry it); a file with errors is carried as it is.
fn make_link(
    catalogue: &Catalogue,
    files: &[PathBuf],
    base: &str,
    file: Option<&Path>,
) -> Result<Done, Failure> {
    use crate::link;
    let mut read = Vec::new();
    let mut unread = Failure::default();
    for input in read_files(files) {
        match input {
            Ok(input) => read.push(input),
            Err(refused) => unread.add(&refused),
        }
    }
    if !unread.lines.is_empty() {
        return Err(unread);
    }
    // a file named twice is carried once: its receiver would be told of a repeat they did not make
    let (kept, repeated) = crate::without_repeats(&read);
    for name in repeated {
        say(&[format!(
            "note: {name} is given more than once; the link carries it once"
        )]);
    }
    let inputs: Vec<(String, String)> = kept.into_iter().cloned().collect();
    let payload =
        link::encode(catalogue, &inputs).map_err(|e| Failure::error(format!("link: {e}")))?;
    let address = link::url(base, &payload);
    if catalogue.has_local_files() {
        say(&[format!(
            "note: the link carries the spec files, not your own catalogue files: whoever opens \
             it checks against their own catalogue, and is told where it differs from yours ({})",
            catalogue.version
        )]);
    }
    for (name, _) in crate::check_texts(catalogue, &inputs).rejected {
        say(&[format!(
            "note: {name} has errors; the link carries it as it is, and its receiver sees them too"
        )]);
    }
    match file {
        Some(path) => {
            std::fs::write(path, link::to_file(&payload))
                .map_err(|e| Failure::error(format!("{}: {e}", path_name(path))))?;
            let name = path_name(path);
            say(&[format!(
                "wrote {name}: open it with `stanag-check check --link {name}` or drop it on the page"
            )]);
            Ok(Done::printed(String::new()))
        }
        None => {
            if !link::fits_chat(&address) {
                say(&[format!(
                    "warning: the link is {} characters; chat tools may cut links longer than \
                     {}: write a link file with --file OUT and send that instead",
                    address.chars().count(),
                    link::CHAT_LIMIT
                )]);
            }
            Ok(Done::printed(format!("{}\n", escape(&address))))
        }
    }
}

/// `check --link`: the link (an existing file is read as a link file, `-` is standard input),
/// with a notice on stderr, also kept in `notices`, when it was made with another catalogue.
fn linked(
    link: &str,
    catalogue: &Catalogue,
    notices: &mut Vec<String>,
) -> Result<crate::link::Shared, Failure> {
    use crate::link;
    let limit = link::MAX_LINK_CHARS * 2;
    let path = Path::new(link);
    let read_link_file = |name: &str, reader: &mut dyn Read| -> Result<String, Failure> {
        let fail = |m: String| Failure::error(format!("{name}: {m}"));
        let bytes = read_bounded(reader, limit)
            .map_err(|e| fail(e.to_string()))?
            .ok_or_else(|| {
                fail(format!(
                    "a link file has at most {limit} bytes; this is more"
                ))
            })?;
        String::from_utf8(bytes)
            .map_err(|_| fail("a link file is text (UTF-8); this is not".into()))
    };
    // (the name of the file read, where the link was in one)
    let mut file_name = None;
    let text = if is_stdin(path) {
        file_name = Some(STDIN_NAME.to_string());
        read_link_file(STDIN_NAME, &mut std::io::stdin().lock())?
    } else if path.is_file() {
        file_name = Some(path_name(path));
        let fail = |m: String| Failure::error(format!("{}: {m}", path_name(path)));
        let meta = std::fs::metadata(path).map_err(|e| fail(e.to_string()))?;
        if meta.len() > limit as u64 {
            return Err(fail(format!(
                "the file is {} bytes; a link file has at most {} bytes",
                crate::suggest::grouped(meta.len()),
                crate::suggest::grouped(limit as u64)
            )));
        }
        let mut file = std::fs::File::open(path).map_err(|e| fail(e.to_string()))?;
        read_link_file(&path_name(path), &mut file)?
    } else if path.is_dir() {
        return Err(Failure::error(format!(
            "{link}: is a folder, not a link or a link file"
        )));
    } else if !link.contains(['#', ':']) && link.contains(['.', '/', '\\']) {
        // a link is an address (`https://…#…`) or the base64url text after `#`, which has no
        // dot or slash: this was meant as a link file's name
        return Err(Failure::error(format!(
            "{link}: no such link file (a link is a page address with `#`, or the text after it)"
        )));
    } else {
        link.to_string()
    };
    let shared = link::decode(&text).map_err(|e| match e {
        // two links in a message: at the first, in the file (or the text) that holds them,
        // with how to open each, as `check FILE` tells them
        link::LinkError::TwoLinks { first, .. } => Failure::error(match &file_name {
            Some(name) => format!(
                "{name}:{}:{}: {e}, {}",
                first.0,
                first.1,
                link::OPEN_EACH_COMMAND
            ),
            None => format!("link: {e}, {}", link::OPEN_EACH_COMMAND),
        }),
        // (a link read from a file is named by the file, as `check FILE` names it)
        e => Failure::error(match &file_name {
            Some(name) => format!("{name}: {e}"),
            None => format!("link: {e}"),
        }),
    })?;
    if let link::CatalogueDrift::Differs(drift) = shared.differences(catalogue) {
        let drift = drift.to_string();
        say(&[format!("notice: {drift}")]);
        notices.push(drift);
    }
    Ok(shared)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A usage error clap wrote outside its context (a message of its own) is still printed
    /// escaped, as plain text; one whose arguments are escaped prints as clap writes it.
    #[test]
    fn a_usage_error_never_prints_a_raw_control() {
        let message = clap::Error::raw(clap::error::ErrorKind::ValueValidation, "`\u{1b}[2Jx`\n");
        assert_eq!(
            leaked_usage_error(&escaped_usage_error(message, &[])).as_deref(),
            Some("error: `\\u{1b}[2Jx`\n")
        );
        let Err(parsed) = Cli::try_parse_from(["stanag-check", "chek\u{1b}[2J"]) else {
            panic!("an unknown subcommand is a usage error");
        };
        assert!(leaked_usage_error(&parsed).is_some());
        let escaped = escaped_usage_error(parsed, &[]);
        assert_eq!(leaked_usage_error(&escaped), None);
        assert!(escaped
            .to_string()
            .starts_with("error: unrecognized subcommand 'chek\\u{1b}[2J'\n"));
    }
}
