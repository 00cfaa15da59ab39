//! Embeds the catalogue (`standards/*.toml`) and the page's one-click examples (`examples/`)
//! into the binary and the wasm, so both travel with the page offline.
//!
//! The catalogue is compiled here rather than at start-up: each TOML file becomes its normalised
//! JSON (the `toml::Value` of the file, keys sorted, comments and layout gone), which is also the
//! text its fingerprint is taken from (taken here, once). The page then needs no TOML
//! deserialiser for the catalogue and never parses or hashes it twice. `tests/catalogue_lint.rs` checks that the compiled catalogue equals
//! the one loaded from the TOML sources.

// The library's core, compiled into this script too: the built-in catalogue is validated here
// by the very code the library validates a catalogue with (`Catalogue::from_sources`, as
// `tests/catalogue_lint.rs` does), so that no build embeds one that code refuses, and the
// mistakes are told as it tells them, at their line:col in the TOML. (Much of the core is not
// used here: a pair rule's reader is reached from the catalogue, a link's from a spec.)
// The lints clippy keeps off the library's public API fire on the same items here, where they
// are private (`from_side_of(self)`).
#![allow(dead_code, unused_imports, clippy::wrong_self_convention)]

use std::{env, fs, path::Path, process::ExitCode};

#[path = "src/catalogue.rs"]
mod catalogue;
#[path = "src/check.rs"]
mod check;
#[path = "src/dictionary.rs"]
mod dictionary;
#[path = "src/document.rs"]
mod document;
// (also the function the library takes a user's file's fingerprint with)
#[path = "src/fingerprint.rs"]
mod fingerprint;
#[path = "src/fix.rs"]
mod fix;
#[path = "src/link.rs"]
mod link;
#[path = "src/pair.rs"]
mod pair;
#[path = "src/report.rs"]
mod report;
#[path = "src/spec.rs"]
mod spec;
#[path = "src/suggest.rs"]
mod suggest;
#[path = "src/template.rs"]
mod template;
#[path = "src/units.rs"]
mod units;

include!("src/root.rs");

/// (the library's embedded files are what this script writes: here there are none yet)
mod embedded {
    pub static FILES: &[(&str, &str, &str)] = &[];
}

fn main() -> ExitCode {
    let out = match env::var("OUT_DIR") {
        Ok(out) => Path::new(&out).to_path_buf(),
        Err(_) => return fail("cargo did not set OUT_DIR"),
    };
    let result = embed_catalogue(&out).and_then(|()| {
        let examples = names("examples", "")?;
        let mut list = String::from("/// Every example spec, by name, in name order.\npub static FILES: &[(&str, &str)] = &[\n");
        for name in &examples {
            let path = canonical(&Path::new("examples").join(name))?;
            list.push_str(&format!("    ({name:?}, include_str!({path:?})),\n"));
        }
        list.push_str("];\n");
        write(&out.join("example_files.rs"), &list)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(&message),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}

/// Writes `OUT_DIR/catalogue/NAME.json` for every `standards/NAME.toml`, and
/// `OUT_DIR/catalogue_files.rs` listing (file name, JSON text, its fingerprint) in name order.
fn embed_catalogue(out: &Path) -> Result<(), String> {
    let dir = out.join("catalogue");
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut list = String::from(
        "/// Every catalogue file, by its TOML name, as normalised JSON with its fingerprint, in\n\
         /// name order.\n\
         pub static FILES: &[(&str, &str, &str)] = &[\n",
    );
    let mut sources = Vec::new();
    for name in names("standards", ".toml")? {
        let source = Path::new("standards").join(&name);
        let text = fs::read_to_string(&source).map_err(|e| format!("{}: {e}", source.display()))?;
        sources.push((name.clone(), text.clone()));
        let value: toml::Value = toml::from_str(&text).map_err(|e| {
            let place = e.span().map_or(String::new(), |span| {
                let before = &text[..span.start.min(text.len())];
                let line = before.matches('\n').count() + 1;
                let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                format!("{line}:{col}: ")
            });
            format!("{}:{place}{}", source.display(), e.message().trim())
        })?;
        let json = serde_json::to_string(&value)
            .map_err(|e| format!("{}: cannot be written as JSON: {e}", source.display()))?;
        let target = dir.join(format!("{name}.json"));
        write(&target, &json)?;
        list.push_str(&format!(
            "    ({name:?}, include_str!({:?}), {:?}),\n",
            target.display().to_string(),
            fingerprint::fnv1a64(json.as_bytes())
        ));
    }
    list.push_str("];\n");
    refused(&sources)?;
    write(&out.join("catalogue_files.rs"), &list)
}

/// Every mistake the library finds in the catalogue's TOML sources
/// (`Catalogue::sources_refused`: `Catalogue::from_sources`'s, which `tests/catalogue_lint.rs`
/// runs too), each at its line:col: the build is refused, as the library reads the embedded
/// files as trusted (`Catalogue::builtin`) and would not find them.
fn refused(sources: &[(String, String)]) -> Result<(), String> {
    catalogue::Catalogue::sources_refused(sources).map_or(Ok(()), Err)
}

/// The names of the files in `dir` ending in `ext`, sorted; cargo re-runs this script when any
/// of them (or the folder) changes.
fn names(dir: &str, ext: &str) -> Result<Vec<String>, String> {
    println!("cargo:rerun-if-changed={dir}");
    let mut names: Vec<String> = fs::read_dir(dir)
        .map_err(|e| format!("{dir}: {e}"))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(ext) && !n.starts_with('.'))
        .collect();
    names.sort();
    for name in &names {
        println!("cargo:rerun-if-changed={dir}/{name}");
    }
    Ok(names)
}

fn canonical(path: &Path) -> Result<String, String> {
    fs::canonicalize(path)
        .map(|p| p.display().to_string())
        .map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    // unchanged output keeps its timestamp, so nothing that includes it rebuilds
    if fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
