//! The command-line interface: reads files and arguments, calls the core, prints what it
//! decided. Exit codes: 0 every item compliant, 1 some item non-compliant or incomplete,
//! 2 bad input (a spec file, a catalogue folder, an argument).

use crate::catalogue::{Catalogue, CatalogueError, Standard};
use crate::document::MAX_FILE_BYTES;
use crate::spec::Warning;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "stanag-check",
    version,
    about = "Checks equipment and munition specs against public NATO standard parameters"
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
    Check {
        /// Spec files to check.
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
        /// Check the files a result link carries: the address, its part after `#`, or a link file.
        #[arg(long, value_name = "URL_OR_FILE", conflicts_with = "files")]
        link: Option<String>,
    },
    /// Make a result link: a page address that carries the spec files (not the verdicts).
    Link {
        /// Spec files to put in the link (their names travel as written here).
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
    /// List every standard with its requirements.
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
    /// Show one standard or requirement in full.
    Explain {
        /// A standard id ("STANAG 4172") or a requirement id ("STANAG-4172/oal-max").
        id: String,
        /// A folder of your own catalogue files, added to (or replacing) the built-in standards.
        #[arg(long, value_name = "DIR")]
        catalogue: Option<PathBuf>,
    },
}

/// Bad input: printed on stderr, exit 2. The warnings are those of the files with errors, which
/// are not checked (an unknown property name often explains the error of a missing one).
struct Failure {
    errors: Vec<String>,
    warnings: Vec<Warning>,
}

impl From<Vec<String>> for Failure {
    fn from(errors: Vec<String>) -> Self {
        Failure {
            errors,
            warnings: Vec::new(),
        }
    }
}

impl From<Vec<CatalogueError>> for Failure {
    fn from(errors: Vec<CatalogueError>) -> Self {
        Failure::from(
            errors
                .iter()
                .map(|e| format!("catalogue: {e}"))
                .collect::<Vec<_>>(),
        )
    }
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let mut stdout = std::io::stdout().lock();
    match run(cli.command, &mut stdout) {
        Ok(code) => ExitCode::from(code),
        Err(Failure { errors, warnings }) => {
            let mut stderr = std::io::stderr().lock();
            for m in errors {
                let _ = writeln!(stderr, "error: {m}");
            }
            for w in warnings {
                let _ = writeln!(stderr, "{w}");
            }
            ExitCode::from(2)
        }
    }
}

fn run(command: Command, out: &mut impl Write) -> Result<u8, Failure> {
    let emit = |out: &mut dyn Write, text: &str| {
        // a closed pipe (`| head`) is not an error of the check
        let _ = out.write_all(text.as_bytes());
    };
    match command {
        Command::Check {
            files,
            format,
            catalogue,
            pairs,
            link,
        } => {
            let catalogue = load_catalogue(catalogue.as_deref())?;
            let inputs = match link {
                Some(link) => linked_inputs(&link, &catalogue)?,
                None => read_files(&files)?,
            };
            let checked = crate::check_texts(&catalogue, &inputs);
            if !checked.rejected.is_empty() {
                let mut failure = Failure::from(Vec::<String>::new());
                for (_, refused) in checked.rejected {
                    failure
                        .errors
                        .extend(refused.errors.iter().map(ToString::to_string));
                    failure.warnings.extend(refused.warnings);
                }
                return Err(failure);
            }
            let report = checked.report;
            match format {
                OutputFormat::Json => emit(out, &report.to_json()),
                OutputFormat::Text => {
                    emit(out, &report.to_text());
                    if pairs {
                        emit(out, &report.pairs_text());
                    }
                }
            }
            Ok(if report.all_compliant() { 0 } else { 1 })
        }
        Command::Link {
            files,
            base,
            file,
            catalogue,
        } => {
            let catalogue = load_catalogue(catalogue.as_deref())?;
            make_link(&catalogue, &files, &base, file.as_deref(), out)
        }
        Command::Catalogue { format, catalogue } => {
            let catalogue = load_catalogue(catalogue.as_deref())?;
            match format {
                OutputFormat::Json => {
                    let views: Vec<_> = catalogue.standards.iter().map(|s| s.view()).collect();
                    emit(
                        out,
                        &(serde_json::to_string_pretty(&views).unwrap_or_default() + "\n"),
                    );
                }
                OutputFormat::Text => emit(out, &catalogue_text(&catalogue)),
            }
            Ok(0)
        }
        Command::Template { kind, catalogue } => {
            let catalogue = load_catalogue(catalogue.as_deref())?;
            match crate::template::for_kind(&catalogue, &kind) {
                Some(text) => {
                    emit(out, &text);
                    Ok(0)
                }
                None => {
                    let known: Vec<&str> = catalogue
                        .dictionary
                        .kinds
                        .keys()
                        .map(String::as_str)
                        .collect();
                    Err(Failure::from(vec![format!(
                        "unknown item kind `{kind}` (known: {})",
                        known.join(", ")
                    )]))
                }
            }
        }
        Command::Explain { id, catalogue } => {
            let catalogue = load_catalogue(catalogue.as_deref())?;
            if let Some(standard) = catalogue.standard(&id) {
                emit(out, &standard_text(standard, true));
                return Ok(0);
            }
            if let Some((standard, requirement)) = catalogue.requirement(&id) {
                emit(
                    out,
                    &format!(
                        "{} — {}\n{}",
                        standard.id,
                        standard.title,
                        requirement_text(requirement)
                    ),
                );
                return Ok(0);
            }
            let hint = crate::suggest::did_you_mean(&catalogue.suggest_standard(&id));
            Err(Failure::from(vec![format!(
                "no standard or requirement `{id}` in the catalogue{hint}"
            )]))
        }
    }
}

fn load_catalogue(dir: Option<&Path>) -> Result<Catalogue, Failure> {
    let Some(dir) = dir else {
        return Ok(Catalogue::builtin()?);
    };
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Failure::from(vec![format!("{}: {e}", dir.display())]))?;
    let mut files = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "toml") {
            // named as a catalogue file, as its other errors are
            let read = read_text(&path).map_err(|failure| {
                Failure::from(
                    failure
                        .errors
                        .iter()
                        .map(|e| format!("catalogue: {e}"))
                        .collect::<Vec<_>>(),
                )
            })?;
            files.push(read);
        }
    }
    if files.is_empty() {
        return Err(Failure::from(vec![format!(
            "{}: no .toml catalogue files in this folder",
            dir.display()
        )]));
    }
    files.sort();
    let catalogue = Catalogue::with_local(&files)?;
    let mut stderr = std::io::stderr().lock();
    for note in catalogue
        .standards
        .iter()
        .filter_map(Standard::replacement_note)
    {
        let _ = writeln!(stderr, "note: {note}");
    }
    Ok(catalogue)
}

/// Spec files' names and texts. A file named twice, however its path is spelled (`a.yaml` and
/// `./a.yaml`), is named as it was first: [`crate::check_texts`] then checks it once and says so.
fn read_files(files: &[PathBuf]) -> Result<Vec<(String, String)>, Failure> {
    let mut seen: Vec<(PathBuf, String)> = Vec::new();
    files
        .iter()
        .map(|path| {
            let (mut name, text) = read_text(path)?;
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

/// A spec or catalogue file's name and text: its size is checked before it is read (a file of
/// gigabytes is refused, not loaded), and a file that is not UTF-8 is named with the byte.
fn read_text(path: &Path) -> Result<(String, String), Failure> {
    let name = path.display().to_string();
    let fail = |m: String| Failure::from(vec![format!("{name}: {m}")]);
    let meta = std::fs::metadata(path).map_err(|e| fail(e.to_string()))?;
    if meta.len() > MAX_FILE_BYTES as u64 {
        return Err(fail(format!(
            "the file is {} bytes; the limit is {MAX_FILE_BYTES} bytes",
            meta.len()
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(e.to_string()))?;
    let text = crate::document::text_of(bytes).map_err(|e| {
        Failure::from(vec![match e.place() {
            Some((line, col)) => format!("{name}:{line}:{col}: {e}"),
            None => format!("{name}: {e}"),
        }])
    })?;
    Ok((name, text))
}

fn catalogue_text(catalogue: &Catalogue) -> String {
    let mut out = format!(
        "catalogue {} ({}), fingerprint {}: {} standards, {} requirements\n",
        catalogue.version,
        catalogue.label,
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
    out
}

fn standard_text(s: &crate::catalogue::Standard, full: bool) -> String {
    let edition = s
        .edition
        .as_deref()
        .map(|e| format!(", {}", crate::report::edition_label(e)))
        .unwrap_or_default();
    let local = if s.local { " [local]" } else { "" };
    let mut out = format!(
        "{} — {} ({}{edition}){local}\n",
        s.id,
        s.title,
        s.status.name()
    );
    out.push_str(&format!("  governs: {}", s.kinds.join(", ")));
    if let Some(sel) = &s.selector {
        out.push_str(&format!("; selects {sel}"));
    }
    out.push('\n');
    if full {
        out.push_str(&format!("  {}\n", s.summary));
    }
    for r in &s.requirements {
        if full {
            out.push_str(&requirement_text(r));
        } else {
            out.push_str(&format!(
                "  {}: {} {} [{:?}]\n",
                r.id(),
                r.property(),
                r.limit_text(),
                r.confidence()
            ));
        }
    }
    out
}

fn requirement_text(r: &crate::catalogue::Requirement) -> String {
    let mut out = format!("  {}\n    {}\n", r.id(), r.statement());
    let method = r.method().map(|m| format!(" by {m}")).unwrap_or_default();
    out.push_str(&format!(
        "    {} {}{method} ({})\n",
        r.property(),
        r.limit_text(),
        r.severity().name()
    ));
    if let Some(clause) = &r.clause() {
        out.push_str(&format!("    clause: {clause}\n"));
    }
    if r.judged_where_stated() {
        out.push_str("    judged only where stated\n");
    } else if let Some(when) = &r.when {
        out.push_str(&format!("    applies when {when}\n"));
    }
    if let Some(unless) = &r.unless {
        out.push_str(&format!("    does not apply when {unless}\n"));
    }
    if !r.or_stated.is_empty() {
        out.push_str(&format!(
            "    or stated as {} (in its place or beside it)\n",
            r.or_stated.join(" or ")
        ));
    }
    out.push_str(&format!(
        "    source: {} (confidence {:?}: {})\n",
        r.source(),
        r.confidence(),
        r.confidence().meaning()
    ));
    if let Some(note) = &r.note {
        out.push_str(&format!("    note: {note}\n"));
    }
    for a in &r.alternatives {
        out.push_str(&format!("    other figure: {} ({})\n", a.value, a.source));
    }
    out
}

// ---- result links ------------------------------------------------------------------------------

/// `link`: prints the address, or writes the link file; notes go to stderr.
fn make_link(
    catalogue: &Catalogue,
    files: &[PathBuf],
    base: &str,
    file: Option<&Path>,
    out: &mut impl Write,
) -> Result<u8, Failure> {
    use crate::link;
    let read = read_files(files)?;
    // a file named twice is carried once: its receiver would be told of a repeat they did not make
    let (kept, repeated) = crate::without_repeats(&read);
    for name in repeated {
        let _ = writeln!(
            std::io::stderr().lock(),
            "note: {name} is given more than once; the link carries it once"
        );
    }
    let inputs: Vec<(String, String)> = kept.into_iter().cloned().collect();
    let payload =
        link::encode(catalogue, &inputs).map_err(|e| Failure::from(vec![format!("link: {e}")]))?;
    let address = link::url(base, &payload);
    let mut stderr = std::io::stderr().lock();
    if catalogue.has_local_files() {
        let _ = writeln!(
            stderr,
            "note: the link carries the spec files, not your own catalogue files: whoever opens \
             it checks against their own catalogue, and is told where it differs from yours ({})",
            catalogue.version
        );
    }
    for (name, _) in crate::check_texts(catalogue, &inputs).rejected {
        let _ = writeln!(
            stderr,
            "note: {name} has errors; the link carries it as it is, and its receiver sees them too"
        );
    }
    match file {
        Some(path) => {
            std::fs::write(path, link::to_file(&payload))
                .map_err(|e| Failure::from(vec![format!("{}: {e}", path.display())]))?;
            let _ = writeln!(
                stderr,
                "wrote {}: open it with `stanag-check check --link {}` or drop it on the page",
                path.display(),
                path.display()
            );
        }
        None => {
            let _ = writeln!(out, "{address}");
            if !link::fits_chat(&address) {
                let _ = writeln!(
                    stderr,
                    "warning: the link is {} characters; chat tools may cut links longer than \
                     {}: write a link file with --file OUT and send that instead",
                    address.chars().count(),
                    link::CHAT_LIMIT
                );
            }
        }
    }
    Ok(0)
}

/// `check --link`: the inputs a link carries (an existing file is read as a link file), with a
/// notice on stderr when the link was made with another catalogue.
fn linked_inputs(link: &str, catalogue: &Catalogue) -> Result<Vec<(String, String)>, Failure> {
    use crate::link;
    let path = Path::new(link);
    let text = if path.is_file() {
        let fail = |m: String| Failure::from(vec![format!("{}: {m}", path.display())]);
        let meta = std::fs::metadata(path).map_err(|e| fail(e.to_string()))?;
        let limit = link::MAX_LINK_CHARS as u64 * 2;
        if meta.len() > limit {
            return Err(fail(format!(
                "the file is {} bytes; a link file has at most {limit} bytes",
                meta.len()
            )));
        }
        std::fs::read_to_string(path).map_err(|e| fail(e.to_string()))?
    } else if path.is_dir() {
        return Err(Failure::from(vec![format!(
            "{link}: is a folder, not a link or a link file"
        )]));
    } else if !link.contains(['#', ':']) && link.contains(['.', '/', '\\']) {
        // a link is an address (`https://…#…`) or the base64url text after `#`, which has no
        // dot or slash: this was meant as a link file's name
        return Err(Failure::from(vec![format!(
            "{link}: no such link file (a link is a page address with `#`, or the text after it)"
        )]));
    } else {
        link.to_string()
    };
    let shared = link::decode(&text).map_err(|e| Failure::from(vec![format!("link: {e}")]))?;
    if let link::CatalogueDrift::Differs(drift) = shared.differences(catalogue) {
        let _ = writeln!(std::io::stderr().lock(), "notice: {drift}");
    }
    Ok(shared.inputs)
}
