//! The bad-input corpus (tests/bad/, manifest tests/bad/expected.toml): every file goes through
//! the core (`check_texts`) and the CLI binary. Bad files: rejected with the expected kind of
//! error at the expected line:col (and item, property), exit 2, the located message on stderr,
//! no panic. Valid files with HTML or script in a name: the name survives verbatim, as data.

use stanag_check::catalogue::Catalogue;
use stanag_check::dictionary::ValueError;
use stanag_check::document::{SyntaxError, MAX_FILE_BYTES};
use stanag_check::spec::{Problem, SpecError};
use stanag_check::units::{ConversionError, NumberError, QuantityError};
use std::path::{Path, PathBuf};
use std::process::Command;

fn bad_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad")
}

/// A short name for what kind of error a problem is.
fn kind_of(problem: &Problem) -> &'static str {
    match problem {
        Problem::Syntax(SyntaxError::Empty) => "empty",
        Problem::Syntax(SyntaxError::TooLarge { .. }) => "too-large",
        Problem::Syntax(SyntaxError::TooDeep { .. }) => "too-deep",
        Problem::Syntax(SyntaxError::TooManyTables { .. }) => "too-many-tables",
        Problem::Syntax(SyntaxError::Invalid { .. }) => "syntax",
        Problem::Syntax(SyntaxError::DuplicateKey { .. }) => "duplicate-key",
        Problem::Syntax(SyntaxError::Alias { .. }) => "alias",
        Problem::Expected { .. } => "expected",
        Problem::NoSpaceAfterColon { .. } => "no-space-after-colon",
        Problem::Missing(_) => "missing",
        Problem::MisspeltField { .. } => "misspelt-field",
        Problem::DuplicateId { .. } => "duplicate-id",
        Problem::Trigraph { .. } => "trigraph",
        Problem::Nsn { .. } => "nsn",
        Problem::Kind { .. } => "kind",
        Problem::Method { .. } => "method",
        Problem::MethodWithoutFigure(_) => "method-without-figure",
        Problem::IdTooLong { .. } => "id-too-long",
        Problem::ListTooLong { .. } => "list-too-long",
        Problem::Unlisted(_) => "unlisted",
        Problem::UnlistedUnfilled(_) => "unlisted-unfilled",
        Problem::SameProperty { .. } => "same-property",
        Problem::SameMethod { .. } => "same-method",
        Problem::FigureKey { .. } => "figure-key",
        Problem::Unfilled | Problem::UnfilledField(_) => "unfilled",
        Problem::TypographicQuotes(_) => "typographic-quotes",
        Problem::CommaSplit { .. } => "comma-split",
        Problem::TwoReadings(_) => "two-readings",
        Problem::NotAList { .. } => "not-a-list",
        Problem::FigureAsTable { .. } => "figure-as-table",
        Problem::ListForOne { .. } => "list-for-one",
        Problem::Directional(_) => "directional",
        Problem::ResultLink => "result-link",
        Problem::BrokenLink(_) => "broken-link",
        Problem::LinkToOpen { .. } => "link-to-open",
        Problem::TwoLinks(_) => "two-links",
        Problem::LinksInSpec(_) => "links-in-spec",
        Problem::Spreadsheet(_) => "spreadsheet",
        Problem::Document(_) => "document",
        Problem::Value(v) => match v {
            ValueError::Quantity(QuantityError::UnknownUnit { .. }) => "unknown-unit",
            ValueError::Quantity(QuantityError::CaseMatters { .. }) => "unit-case",
            ValueError::Quantity(QuantityError::Ambiguous { .. }) => "ambiguous-unit",
            ValueError::Quantity(QuantityError::NotOneFigure { .. }) => "not-one-figure",
            ValueError::Quantity(QuantityError::TwoFigures { .. }) => "two-figures",
            ValueError::Quantity(QuantityError::PartsNotOne { .. }) => "parts-not-one",
            ValueError::Quantity(QuantityError::WithConversion { .. }) => "with-conversion",
            ValueError::Quantity(QuantityError::Approximate { .. }) => "approximate",
            ValueError::Quantity(QuantityError::LineMarked { .. }) => "line-marked",
            ValueError::Quantity(QuantityError::PressureMarked { .. }) => "pressure-marked",
            ValueError::Quantity(QuantityError::MethodMarked { .. }) => "method-marked",
            ValueError::Quantity(QuantityError::OtherQuantity { .. }) => "other-quantity",
            ValueError::Quantity(QuantityError::Airspeed { .. }) => "airspeed",
            ValueError::Quantity(QuantityError::WaterMass { .. }) => "water-mass",
            ValueError::Quantity(QuantityError::PowerOfTen { .. }) => "power-of-ten",
            ValueError::Quantity(QuantityError::Number(n)) => match n {
                NumberError::Empty => "empty-number",
                NumberError::NotANumber(_) => "not-a-number",
                NumberError::NotFinite(_) => "not-finite",
                NumberError::AmbiguousComma(_) => "ambiguous-comma",
                NumberError::DecimalComma { .. } => "decimal-comma",
                NumberError::DecimalSpace { .. } => "decimal-space",
                NumberError::ApostropheGroups { .. } => "apostrophe-groups",
                NumberError::SignApart { .. } => "sign-apart",
                NumberError::PointsGroup { .. } => "points-group",
                NumberError::OutOfRange(_) | NumberError::PowerOutOfRange { .. } => "out-of-range",
                NumberError::Fraction(_) | NumberError::FractionOf { .. } => "fraction",
                NumberError::PhaseAndLine { .. } => "phase-and-line",
                NumberError::NominalAndCharging { .. } => "nominal-and-charging",
                NumberError::Radix { .. } => "radix",
                NumberError::Underscore(_) => "underscore",
            },
            ValueError::Conversion(ConversionError::WrongDimension { .. }) => "wrong-dimension",
            ValueError::Conversion(ConversionError::MissingUnit { .. }) => "missing-unit",
            ValueError::Conversion(ConversionError::Overflow(_)) => "overflow",
            ValueError::Negative { .. } => "negative",
            ValueError::NotBytes { .. } => "not-bytes",
            ValueError::NegativeTolerance { .. } => "negative-tolerance",
            ValueError::BelowAbsoluteZero { .. } => "below-absolute-zero",
            ValueError::UnexpectedUnit { .. } => "unexpected-unit",
            ValueError::NamedBeforeFigure { .. } => "named-before-figure",
            ValueError::SymbolsNotBits { .. } => "symbols-not-bits",
            ValueError::BitsNotSymbols { .. } => "bits-not-symbols",
            ValueError::RatioWithoutUnit { .. } => "ratio-without-unit",
            ValueError::TwistAsFraction { .. } => "twist-as-fraction",
            ValueError::OneInSoMany { .. } => "one-in-so-many",
            ValueError::Current { .. } => "current-kind",
            ValueError::NotInteger { .. } => "not-integer",
            ValueError::DecimalCommaNoUnit { .. } => "decimal-comma",
            ValueError::NotAllowed { .. } => "not-allowed",
            ValueError::WrongType { .. } => "wrong-type",
            ValueError::TwoValues(_) => "two-values",
        },
    }
}

struct Expected {
    file: String,
    kind: String,
    line: u32,
    col: u32,
    item: Option<String>,
    property: Option<String>,
    message: Option<String>,
    name: Option<String>,
    cli_only: bool,
}

fn manifest() -> Vec<Expected> {
    let text = std::fs::read_to_string(bad_dir().join("expected.toml")).unwrap();
    let doc: toml::Table = toml::from_str(&text).unwrap();
    let s = |t: &toml::Table, k: &str| t.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let n = |t: &toml::Table, k: &str| t.get(k).and_then(|v| v.as_integer()).unwrap_or(0) as u32;
    doc["file"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let t = e.as_table().unwrap();
            Expected {
                file: s(t, "file").unwrap(),
                kind: s(t, "kind").unwrap(),
                line: n(t, "line"),
                col: n(t, "col"),
                item: s(t, "item"),
                property: s(t, "property"),
                message: s(t, "message"),
                name: s(t, "name"),
                cli_only: t.get("cli_only").and_then(|v| v.as_bool()) == Some(true),
            }
        })
        .collect()
}

fn run_cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_stanag-check"))
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.code().expect("exited, not killed by a signal"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Checks one bad file's first error against its manifest entry; returns mismatches.
fn check_core(catalogue: &Catalogue, e: &Expected, text: String) -> Vec<String> {
    let mut out = Vec::new();
    let checked = stanag_check::check_texts(catalogue, &[(e.file.clone(), text)]);
    let Some((_, refused)) = checked.rejected.first() else {
        return vec![format!("{}: accepted, expected {}", e.file, e.kind)];
    };
    let first: &SpecError = &refused.errors[0];
    let got_kind = kind_of(&first.problem);
    let place = &first.place;
    if got_kind != e.kind {
        out.push(format!("{}: kind {got_kind}, expected {}", e.file, e.kind));
    }
    if (place.line, place.col) != (e.line, e.col) {
        out.push(format!(
            "{}: at {}:{}, expected {}:{} ({first})",
            e.file, place.line, place.col, e.line, e.col
        ));
    }
    if *place.file != *e.file {
        out.push(format!("{}: place names file {}", e.file, place.file));
    }
    if place.item != e.item || place.property != e.property {
        out.push(format!(
            "{}: item/property {:?}/{:?}, expected {:?}/{:?}",
            e.file, place.item, place.property, e.item, e.property
        ));
    }
    let message = e.message.as_deref().unwrap_or_default();
    if !first.problem.to_string().contains(message) {
        out.push(format!(
            "{}: message {:?} lacks {message:?}",
            e.file,
            first.problem.to_string()
        ));
    }
    out
}

fn check_cli(e: &Expected, path: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let path = path.to_str().unwrap();
    let (code, stdout, stderr) = run_cli(&["check", path, "--format", "json"]);
    if code != 2 {
        out.push(format!("{}: CLI exit {code}, expected 2", e.file));
    }
    if !stdout.is_empty() {
        out.push(format!("{}: CLI printed a report for a bad file", e.file));
    }
    if stderr.contains("panicked") {
        out.push(format!("{}: CLI panicked: {stderr}", e.file));
    }
    let located = if e.cli_only && e.line == 0 {
        format!("error: {path}: ")
    } else {
        format!("error: {path}:{}:{}", e.line, e.col)
    };
    let message = e.message.as_deref().unwrap_or_default();
    if !stderr
        .lines()
        .any(|l| l.starts_with(&located) && l.contains(message))
    {
        out.push(format!(
            "{}: stderr lacks {located:?} … {message:?}:\n{stderr}",
            e.file
        ));
    }
    out
}

#[test]
fn every_bad_file_is_refused_with_a_located_message_by_core_and_cli() {
    let catalogue = Catalogue::builtin().unwrap();
    let entries = manifest();
    let bad: Vec<&Expected> = entries
        .iter()
        .filter(|e| !matches!(e.kind.as_str(), "valid" | "warning"))
        .collect();
    assert!(bad.len() >= 60, "only {} bad files", bad.len());
    let mut mismatches = Vec::new();
    for e in &bad {
        let path = bad_dir().join(&e.file);
        let bytes = std::fs::read(&path).unwrap_or_else(|err| panic!("{}: {err}", e.file));
        if !e.cli_only {
            let text = String::from_utf8(bytes).expect("corpus text is UTF-8");
            mismatches.extend(check_core(&catalogue, e, text));
        }
        mismatches.extend(check_cli(e, &path));
    }
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

/// Every file in tests/bad/ is in the manifest, and every manifest entry is a file.
#[test]
fn the_manifest_lists_exactly_the_corpus() {
    let mut listed: Vec<String> = manifest().into_iter().map(|e| e.file).collect();
    listed.sort();
    let mut files: Vec<String> = std::fs::read_dir(bad_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "expected.toml" && n != "make.py")
        .collect();
    files.sort();
    assert_eq!(listed, files);
}

#[test]
fn html_and_script_in_names_are_data_in_the_json_report() {
    let catalogue = Catalogue::builtin().unwrap();
    for e in manifest().iter().filter(|e| e.kind == "valid") {
        let path = bad_dir().join(&e.file);
        let text = std::fs::read_to_string(&path).unwrap();
        let expected = e.name.as_deref().unwrap();
        let checked = stanag_check::check_texts(&catalogue, &[(e.file.clone(), text)]);
        assert!(
            checked.rejected.is_empty(),
            "{}: {:?}",
            e.file,
            checked.rejected
        );
        let report: serde_json::Value = serde_json::from_str(&checked.report.to_json()).unwrap();
        assert_eq!(report["items"][0]["name"], expected, "{}", e.file);
        let (code, stdout, stderr) =
            run_cli(&["check", path.to_str().unwrap(), "--format", "json"]);
        // valid input: compliant or not, never "bad input"
        assert!(code == 0 || code == 1, "{}: exit {code}", e.file);
        assert_eq!(stderr, "", "{}", e.file);
        let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        assert_eq!(report["items"][0]["name"], expected, "{}", e.file);
    }
}

#[test]
fn an_unknown_property_is_a_warning_not_an_error() {
    let catalogue = Catalogue::builtin().unwrap();
    for e in manifest().iter().filter(|e| e.kind == "warning") {
        let path = bad_dir().join(&e.file);
        let text = std::fs::read_to_string(&path).unwrap();
        let checked = stanag_check::check_texts(&catalogue, &[(e.file.clone(), text)]);
        assert!(checked.rejected.is_empty(), "{}", e.file);
        let messages: Vec<&str> = checked
            .report
            .warnings
            .iter()
            .map(|w| w.message.as_str())
            .collect();
        assert_eq!(messages, [e.message.as_deref().unwrap()], "{}", e.file);
        let (code, stdout, stderr) =
            run_cli(&["check", path.to_str().unwrap(), "--format", "json"]);
        assert_ne!(code, 2, "{}: {stderr}", e.file);
        let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        assert_eq!(
            report["warnings"][0]["message"],
            e.message.as_deref().unwrap()
        );
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused() {
    let catalogue = Catalogue::builtin().unwrap();
    // a valid-looking file, padded with spaces to one byte over the limit
    let head = "{\"items\": []}";
    let text = format!("{head}{}", " ".repeat(MAX_FILE_BYTES + 1 - head.len()));
    assert_eq!(text.len(), MAX_FILE_BYTES + 1);
    let checked = stanag_check::check_texts(&catalogue, &[("big.json".into(), text.clone())]);
    let errors = &checked.rejected[0].1.errors;
    assert_eq!(
        errors[0].to_string(),
        "big.json:1:1: the text is 1,048,577 bytes, over the limit of 1 MiB (1,048,576 bytes): split it into smaller files"
    );
    // exactly at the limit is accepted
    let at_limit = &text[..MAX_FILE_BYTES];
    let checked = stanag_check::check_texts(&catalogue, &[("ok.json".into(), at_limit.into())]);
    assert!(checked.rejected.is_empty());

    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bad-inputs");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("over-the-limit.json");
    std::fs::write(&path, &text).unwrap();
    let (code, stdout, stderr) = run_cli(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        format!(
            "error: {}: the text is 1,048,577 bytes, over the limit of 1 MiB (1,048,576 bytes): split it into smaller files\n",
            path.display()
        )
    );
}

/// A file of thousands of unknown names is a wrong file: the first hundred warnings are listed,
/// each with its did-you-mean, and the rest are counted from the place of the first left out.
#[test]
fn warnings_past_the_hundredth_are_counted_not_listed() {
    use stanag_check::spec::MAX_WARNINGS_LISTED;
    let catalogue = Catalogue::builtin().unwrap();
    let properties: Vec<String> = (0..150).map(|i| format!("      zq{i}: 1\n")).collect();
    let text = format!(
        "items:\n  - id: a\n    name: x\n    nation: USA\n    kind: cartridge\n    properties:\n{}",
        properties.concat()
    );
    let checked = stanag_check::check_texts(&catalogue, &[("wide.yaml".to_string(), text)]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    let warnings: Vec<String> = checked
        .report
        .warnings
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(warnings.len(), MAX_WARNINGS_LISTED + 1);
    assert_eq!(
        warnings[0],
        "wide.yaml:7:7: item `a`, property `zq0`: warning: unknown property `zq0` is not checked"
    );
    assert_eq!(
        warnings[MAX_WARNINGS_LISTED],
        "wide.yaml:107:7: item `a`, property `zq100`: warning: 50 more warnings from here on are \
         not listed"
    );
}

/// A file of thousands of errors is one mistake repeated: the first hundred are listed and the
/// rest counted from the place of the first left out, so an error list costs memory in proportion
/// to the hundred, not to the errors times the names they carry.
#[test]
fn errors_past_the_hundredth_are_counted_not_listed() {
    use stanag_check::spec::MAX_ERRORS_LISTED;
    let catalogue = Catalogue::builtin().unwrap();
    // one item a line, each with a number for its name
    let items: Vec<String> = (0..250)
        .map(|i| {
            format!(
                "{{\"id\": \"a{i}\", \"name\": 0, \"nation\": \"USA\", \"kind\": \"cartridge\"}}"
            )
        })
        .collect();
    let text = format!("{{\"items\": [\n{}]}}", items.join(",\n"));
    let checked = stanag_check::check_texts(&catalogue, &[("many.json".to_string(), text)]);
    let [(_, refused)] = checked.rejected.as_slice() else {
        panic!("expected one rejected file, got {:?}", checked.rejected)
    };
    let errors: Vec<String> = refused.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), MAX_ERRORS_LISTED + 1);
    assert_eq!(
        errors[0],
        "many.json:2:22: item `a0`, field `name`: expected text, found a number"
    );
    assert_eq!(
        errors[MAX_ERRORS_LISTED - 1],
        "many.json:101:23: item `a99`, field `name`: expected text, found a number"
    );
    assert_eq!(
        errors[MAX_ERRORS_LISTED],
        "many.json:102:24: item `a100`, field `name`: 150 more errors from here on are not \
         listed"
    );
}

/// An id names its item in every error, verdict and pair: one of 128 characters is read, one of
/// 129 is refused at its place (and the item's other errors do not repeat it).
#[test]
fn an_item_id_has_at_most_128_characters() {
    use stanag_check::spec::MAX_ID_CHARS;
    let catalogue = Catalogue::builtin().unwrap();
    // the errors of a one-item file with this id and an unknown trigraph
    let errors_with_id = |file: &str, id: &str| -> Vec<String> {
        let spec =
            format!("items:\n  - id: {id}\n    name: x\n    nation: XYZ\n    kind: cartridge\n");
        let checked = stanag_check::check_texts(&catalogue, &[(file.to_string(), spec)]);
        checked.rejected[0]
            .1
            .errors
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    // multi-byte characters: the limit counts characters, not bytes
    let at = "é".repeat(MAX_ID_CHARS);
    assert_eq!(
        errors_with_id("at.yaml", &at),
        [format!(
            "at.yaml:4:13: item `{at}`, field `nation`: `XYZ` is not a STANAG 1059 trigraph"
        )]
    );
    let over = "é".repeat(MAX_ID_CHARS + 1);
    let errors = errors_with_id("over.yaml", &over);
    assert_eq!(
        errors,
        [
            "over.yaml:2:9: field `id`: the item id is 129 characters long; an id has at most 128",
            "over.yaml:4:13: field `nation`: `XYZ` is not a STANAG 1059 trigraph",
        ]
    );
}
