//! stanag-check: checks equipment and munition specifications against a catalogue of public NATO
//! materiel standard parameters. The core (everything but `ui` and `cli`) has no web dependency.

pub mod catalogue;
pub mod check;
pub mod dictionary;
pub mod document;
pub mod fingerprint;
pub mod link;
pub mod pair;
pub mod report;
pub mod spec;
pub mod suggest;
pub mod template;
pub mod units;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(target_arch = "wasm32")]
pub mod ui;

use catalogue::Catalogue;
use report::Report;
use spec::{Rejected, SpecFile};

/// The result of checking several texts: the report over every file that parsed, and the
/// errors and warnings of each file that did not (those files contribute no items).
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub report: Report,
    pub rejected: Vec<(String, Rejected)>,
}

/// The inputs with each file once (a file given again, as `*.yaml a.yaml` does, has the same
/// name and text), and the names given more than once.
pub fn without_repeats(inputs: &[(String, String)]) -> (Vec<&(String, String)>, Vec<&str>) {
    let mut kept: Vec<&(String, String)> = Vec::new();
    let mut repeated: Vec<&str> = Vec::new();
    for input in inputs {
        if !kept.contains(&input) {
            kept.push(input);
        } else if !repeated.contains(&input.0.as_str()) {
            repeated.push(&input.0);
        }
    }
    (kept, repeated)
}

/// Parses and checks named texts (file name, content). A file given twice is checked once: its
/// items would otherwise be listed twice and paired with themselves.
pub fn check_texts(catalogue: &Catalogue, inputs: &[(String, String)]) -> Checked {
    let mut files: Vec<SpecFile> = Vec::new();
    let mut rejected = Vec::new();
    let (inputs, repeated) = without_repeats(inputs);
    for (name, text) in inputs {
        match spec::parse(name, text, &catalogue.dictionary) {
            Ok(file) => files.push(file),
            Err(refused) => rejected.push((name.clone(), refused)),
        }
    }
    let mut report = Report::build(catalogue, &files);
    for name in repeated {
        report.warnings.push(spec::Warning {
            place: spec::Place {
                file: name.into(),
                line: 1,
                col: 1,
                item: None,
                property: None,
            },
            message: "this file is given more than once; it is checked once".into(),
        });
    }
    Checked { report, rejected }
}
