//! The core's share of the page's start-up and of a paste, once each, natively: what
//! `valgrind --tool=callgrind` counts the instructions of (deterministic, unlike a clock).
//!
//! ```text
//! cargo build --release --example load-profile
//! valgrind --tool=callgrind --callgrind-out-file=start.out target/release/examples/load-profile start
//! valgrind --tool=callgrind --callgrind-out-file=paste.out target/release/examples/load-profile paste
//! callgrind_annotate --inclusive=yes paste.out | head -40
//! ```
//!
//! `start` does what the page's core does before its first render (`ui::mount`): the built-in
//! catalogue read (`local_catalogue::open` with no files of the user's), its version and
//! fingerprint shown (an empty workspace is checked too, which is nothing; a stored one would
//! be parsed and checked as a paste is). `paste` does that too, and then what a paste of
//! `benches/page.mjs`'s 110-item spec costs the core: the text read into items (`spec::parse`),
//! checked (`check_items`) and the report made (`Report::from_outcomes`, with its pairs), as
//! the page's check does in its tasks; count those functions inclusively (`callgrind_annotate
//! --inclusive=yes`), as the spec text is made here too. The catalogue and the report are kept,
//! not dropped, as the page keeps them. `warm-up` adds the page's idle-time warm-up (every
//! example parsed and reported) to `start`.

use stanag_check::catalogue::Catalogue;
use stanag_check::check::check_items;
use stanag_check::report::Report;
use std::hint::black_box;
use std::process::ExitCode;

/// What `benches/page.mjs` pastes: the items of `examples/small-arms.yaml` repeated under fresh
/// ids until there are at least 100 (110).
fn pasted() -> String {
    let example = include_str!("../examples/small-arms.yaml");
    let body = example.split_once("items:\n").map_or("", |(_, b)| b);
    let mut spec = String::from("items:\n");
    let mut k = 0;
    while spec.matches("\n  - id: ").count() < 100 {
        spec.push_str(&body.replace("  - id: ", &format!("  - id: k{k}-")));
        k += 1;
    }
    spec
}

fn start() -> Option<Catalogue> {
    let catalogue = match Catalogue::builtin() {
        Ok(catalogue) => catalogue,
        Err(errors) => {
            eprintln!("the built-in catalogue is invalid: {errors:?}");
            return None;
        }
    };
    // what the first render reads of it: the footer's stamp (and the template kinds, which the
    // page's own code lists: not the core's)
    black_box((catalogue.version.clone(), catalogue.fingerprint.clone()));
    Some(catalogue)
}

fn main() -> ExitCode {
    let what = std::env::args().nth(1).unwrap_or_default();
    let Some(catalogue) = start() else {
        return ExitCode::FAILURE;
    };
    // the page keeps its catalogue for its lifetime (`ui::mount` leaks it): not dropped here
    let catalogue: &'static Catalogue = Box::leak(Box::new(catalogue));
    match what.as_str() {
        "start" => {}
        "paste" => {
            let text = pasted();
            let file = match stanag_check::spec::parse("pasted", &text, &catalogue.dictionary) {
                Ok(file) => file,
                Err(refused) => {
                    eprintln!("the pasted spec is refused: {:?}", refused.errors);
                    return ExitCode::FAILURE;
                }
            };
            let files = [file];
            let all = Report::items_of(&files);
            let outcomes = check_items(catalogue, &all);
            let report = Report::from_outcomes(catalogue, &files, &all, outcomes);
            println!("{} items", report.summary.items);
            // (the page keeps it, to draw: what dropping it costs is not the paste's)
            std::mem::forget(black_box(report));
        }
        "warm-up" => {
            for name in std::fs::read_dir("examples")
                .into_iter()
                .flatten()
                .flatten()
            {
                let path = name.path();
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let name = path.to_string_lossy();
                if let Ok(file) = stanag_check::spec::parse(&name, &text, &catalogue.dictionary) {
                    black_box(Report::build(catalogue, &[file]));
                }
            }
        }
        other => {
            eprintln!("load-profile: say `start`, `paste` or `warm-up`, not `{other}`");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
