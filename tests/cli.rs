//! The CLI contract: exit codes, the JSON report's keys and types, `catalogue --format json`,
//! `explain`, and `--catalogue DIR` (add, override, broken).

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_stanag-check"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs");
    (
        out.status.code().expect("exited, not killed by a signal"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

/// The built-in catalogue's fingerprint, as the reports print it.
fn fingerprint() -> String {
    let (_, text, _) = run(&["catalogue"]);
    text.split("fingerprint ")
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .expect("the catalogue's first line names its fingerprint")
        .to_string()
}

fn fuel(id: &str, properties: &str) -> String {
    format!(
        "[[items]]\nid = \"{id}\"\nname = \"fuel {id}\"\nnation = \"GBR\"\nkind = \"fuel\"\n[items.properties]\n{properties}\n"
    )
}

#[test]
fn exit_codes() {
    let dir = scratch("exit-codes");
    let compliant = write(
        &dir,
        "ok.toml",
        &fuel(
            "f34",
            "nato_code = \"F-34\"\nrelative_density = \"0.800\"\nflash_point = \"42 °C\"",
        ),
    );
    let failing = write(
        &dir,
        "fail.toml",
        &fuel("f34", "nato_code = \"F-34\"\nrelative_density = \"0.900\""),
    );
    let incomplete = write(
        &dir,
        "incomplete.toml",
        &fuel("x", "relative_density = 0.8"),
    );
    let bad = write(
        &dir,
        "bad.toml",
        &fuel("x", "relative_density = \"0.8 kg\""),
    );

    let (code, stdout, stderr) = run(&["check", &compliant]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(stdout.starts_with("stanag-check: 1 item: 1 compliant, 0 non-compliant, 0 incomplete"));

    let (code, stdout, _) = run(&["check", &failing]);
    assert_eq!(code, 1);
    assert!(stdout.contains("NON-COMPLIANT f34"), "{stdout}");
    assert!(stdout.contains("  fail           STANAG-1135/density-f34-f35: 0.900 is above the maximum 0.840 by 0.060 (7.14 %)"), "{stdout}");

    let (code, stdout, _) = run(&["check", &incomplete]);
    assert_eq!(code, 1);
    assert!(stdout.contains("INCOMPLETE x"), "{stdout}");

    // one good file and one compliant: still 1
    assert_eq!(run(&["check", &compliant, &failing]).0, 1);

    // bad input: exit 2, and the good file beside it is still reported
    let (code, stdout, stderr) = run(&["check", &compliant, &bad]);
    assert_eq!(code, 2);
    assert!(
        stdout.starts_with(&format!(
            "stanag-check: 1 item: 1 compliant, 0 non-compliant, 0 incomplete (catalogue \
             2026.12.39 {fingerprint})\nnot checked, with errors (listed on stderr): {bad}\n\n\
             COMPLIANT f34 ",
            fingerprint = fingerprint()
        )),
        "{stdout}"
    );
    assert_eq!(
        stderr,
        format!("error: {bad}:7:20: item `x`, property `relative_density`: 0.8 kg has a unit; relative_density is a plain number\n")
    );
    let missing = dir.join("no-such-file.json");
    let (code, stdout, stderr) = run(&["check", missing.to_str().unwrap()]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        format!(
            "error: {}: No such file or directory (os error 2)\n",
            missing.display()
        )
    );
    let (code, _, stderr) = run(&[
        "check",
        &compliant,
        "--catalogue",
        dir.join("nowhere").to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("error: ") && stderr.contains("nowhere"),
        "{stderr}"
    );
    // a folder with no catalogue files
    let empty = scratch("exit-codes-empty-catalogue");
    let (code, _, stderr) = run(&["check", &compliant, "--catalogue", empty.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        format!(
            "error: {}: no .toml catalogue files in this folder: add your standards (one .toml \
             file each), dictionary.toml, codes.toml or pairs.toml (standards/README.md)\n",
            empty.display()
        )
    );
    // usage errors are bad input too
    assert_eq!(run(&["check"]).0, 2);
    assert_eq!(run(&["frobnicate"]).0, 2);
    assert_eq!(run(&["check", &compliant, "--format", "xml"]).0, 2);
}

/// A file with errors gets no report, but its warnings are printed after its errors: a
/// misspelt property name may be why a figure is missing.
#[test]
fn a_file_with_errors_prints_its_warnings_after_its_errors() {
    let dir = scratch("errors-and-warnings");
    let bad = write(
        &dir,
        "f.toml",
        &fuel(
            "f",
            "relative_density = \"0.8 kg\"\nflash_pont = \"60 degC\"",
        ),
    );
    let (code, stdout, stderr) = run(&["check", &bad]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        format!(
            "error: {bad}:7:20: item `f`, property `relative_density`: 0.8 kg has a unit; \
             relative_density is a plain number\n\
             {bad}:8:1: item `f`, property `flash_pont`: warning: unknown property `flash_pont` \
             is not checked, did you mean `flash_point`?\n"
        )
    );
}

/// What a message quotes of the user's text shows a character that shows as nothing by its
/// code (`4 g\u{200b}r`: a zero-width space a word processor put into `gr`), and a Cyrillic
/// letter drawn as a Latin one among Latin letters (`\u{43a}m`, not `km`): the user sees what
/// was written, and what is wrong with it. (They were quoted as they were: `4 gr`, `кm`.)
#[test]
fn a_message_shows_an_invisible_or_look_alike_character_by_its_code() {
    let dir = scratch("invisible");
    let spec = write(
        &dir,
        "c.yaml",
        "items:\n  - id: a\n    name: x\n    nation: USA\n    kind: cartridge\n    properties:\n      \
         bullet_mass: \"4 g\u{200b}r\"\n      case_length: \"44.7 \u{43a}m\"\n      \
         overall_length: \"57.4 m\u{ad}m\"\n",
    );
    let (code, stdout, stderr) = run(&["check", &spec]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        format!(
            "error: {spec}:8:20: item `a`, property `case_length`: unknown unit `\\u{{43a}}m`\n\
             error: {spec}:9:23: item `a`, property `overall_length`: unknown unit \
             `m\\u{{ad}}m`, did you mean `mm`?\n\
             {spec}:7:20: item `a`, property `bullet_mass`: warning: `gr` is read as grains \
             (1 gr = 0.06479891 g): `4 g\\u{{200b}}r` (7:20); in some languages it means grams; \
             write `grain` or `g` to say which\n"
        )
    );
}

/// An object's keys, sorted (serde_json's map does not keep the order of the text).
fn keys(v: &Value) -> Vec<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

fn sorted(mut k: Vec<&str>) -> Vec<&str> {
    k.sort_unstable();
    k
}

#[test]
fn check_json_report_contract() {
    let (code, stdout, stderr) = run(&["check", "examples/small-arms.yaml", "--format", "json"]);
    assert_eq!((code, stderr.as_str()), (1, ""));
    let r: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        keys(&r),
        sorted(vec![
            "schema",
            "catalogue",
            "inputs",
            "summary",
            "items",
            "pairs",
            "pair_notices",
            "warnings"
        ])
    );
    assert_eq!(r["schema"], "stanag-check/report/4");
    assert_eq!(
        keys(&r["catalogue"]),
        sorted(vec!["version", "fingerprint"])
    );
    assert_eq!(r["catalogue"]["version"], "2026.12.39");
    let fingerprint = r["catalogue"]["fingerprint"].as_str().unwrap();
    assert!(fingerprint.len() == 16 && fingerprint.chars().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(
        r["inputs"],
        serde_json::json!([{"file": "examples/small-arms.yaml", "format": "yaml", "items": 11}])
    );
    assert_eq!(
        r["summary"],
        serde_json::json!({"items": 11, "compliant": 8, "non_compliant": 1, "incomplete": 2})
    );
    let pairs = r["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 4);
    for pair in pairs {
        assert_eq!(keys(pair), sorted(vec!["a", "b", "level", "reasons"]));
    }
    assert_eq!(pairs[0]["a"], "bel-ss109");
    assert_eq!(pairs[0]["b"], "usa-m855");
    assert_eq!(pairs[0]["level"], "interchangeable");
    assert_eq!(r["pair_notices"], serde_json::json!([]));
    assert_eq!(r["warnings"], serde_json::json!([]));
    let items = r["items"].as_array().unwrap();
    assert_eq!(items.len(), 11);
    let verdicts = [
        "pass",
        "fail",
        "missing",
        "not-comparable",
        "not-applicable",
    ];
    for item in items {
        let mut k = keys(item);
        k.retain(|k| *k != "nsn");
        assert_eq!(
            k,
            sorted(vec![
                "id",
                "name",
                "nation",
                "kind",
                "file",
                "line",
                "status",
                "standards",
                "results",
                "notices"
            ])
        );
        for key in ["id", "name", "nation", "kind", "file"] {
            assert!(item[key].is_string(), "{key}");
        }
        assert!(item["line"].is_u64());
        assert!(["compliant", "non-compliant", "incomplete"]
            .contains(&item["status"].as_str().unwrap()));
        assert!(item["notices"]
            .as_array()
            .unwrap()
            .iter()
            .all(Value::is_string));
        for s in item["standards"].as_array().unwrap() {
            assert!(
                s["standard"].is_string() && s["title"].is_string() && s["claimed"].is_boolean()
            );
        }
        for result in item["results"].as_array().unwrap() {
            for key in [
                "standard",
                "requirement",
                "statement",
                "property",
                "source",
                "message",
            ] {
                assert!(result[key].is_string(), "{key} in {result}");
            }
            assert!(["mandatory", "recommended"].contains(&result["severity"].as_str().unwrap()));
            assert!(["C", "W", "R", "D"].contains(&result["confidence"].as_str().unwrap()));
            let verdict = result["verdict"].as_str().unwrap();
            assert!(verdicts.contains(&verdict), "{verdict}");
            assert!(result["limit"]["kind"].is_string() && result["limit"]["text"].is_string());
            // a value is shown whenever one was compared; never for missing or not applicable
            match verdict {
                "pass" | "fail" => assert!(result["value"]["written"].is_string(), "{result}"),
                "missing" | "not-applicable" => assert!(result.get("value").is_none(), "{result}"),
                _ => {}
            }
        }
    }
    // a figure's value: written, converted to the limit's unit, the method
    let m855 = items.iter().find(|i| i["id"] == "usa-m855").unwrap();
    let pressure = m855["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["requirement"] == "STANAG-4172/pressure-epvat")
        .unwrap();
    assert_eq!(
        pressure["value"],
        serde_json::json!({"written": "62366 psi", "converted": "429.998", "unit": "MPa", "method": "EPVAT"})
    );
    assert_eq!(
        pressure["limit"],
        serde_json::json!({"kind": "max", "text": "≤ 430 MPa", "unit": "MPa", "method": "EPVAT"})
    );
    assert_eq!(pressure["verdict"], "pass");
    assert_eq!(
        pressure["message"],
        "62366 psi (= 429.998 MPa) meets ≤ 430 MPa"
    );
}

/// The JSON report of checking `spec`.
fn json_report(spec: &str) -> Value {
    let (_, json, _) = run(&["check", spec, "--format", "json"]);
    serde_json::from_str(&json).unwrap()
}

/// The result of `requirement` for the item at `item` of a JSON report.
fn result_of(report: &Value, item: usize, requirement: &str) -> Value {
    report["items"][item]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["requirement"] == requirement)
        .unwrap_or_else(|| panic!("{requirement} of item {item}"))
        .clone()
}

/// A figure by another test method than the limit's is not compared, and is shown as every
/// figure is: as written, converted into the property's unit, with its method apart (not
/// `"written": "52000 psi (copper-crusher)"` alone); several such figures are each named with
/// their method.
#[test]
fn a_figure_by_another_method_is_shown_as_every_figure_is() {
    let dir = scratch("another-method");
    let spec = write(
        &dir,
        "crusher.yaml",
        "items:\n\
         - {id: one, name: lot, nation: NOR, kind: cartridge, properties: {cartridge: 5.56 NATO,\n\
         \x20   chamber_pressure: {value: 52000, unit: psi, method: copper crusher}}}\n\
         - {id: two, name: lot, nation: NOR, kind: cartridge, properties: {cartridge: 5.56 NATO,\n\
         \x20   chamber_pressure: [{value: 52000, unit: psi, method: copper crusher},\n\
         \x20                      {value: 3500, unit: bar, method: CIP-piezo}]}}\n",
    );
    let report = json_report(&spec);
    let row = |item: usize| result_of(&report, item, "STANAG-4172/pressure-epvat");
    let one = row(0);
    assert_eq!(one["verdict"], "not-comparable");
    assert_eq!(
        one["value"],
        serde_json::json!({
            "written": "52000 psi",
            "converted": "358.527",
            "unit": "MPa",
            "method": "copper-crusher"
        })
    );
    assert_eq!(
        one["message"],
        "the value is 52000 psi by copper-crusher; this limit is by EPVAT, and figures by \
         different test methods are never compared or converted into one another: give the figure \
         by EPVAT (`method: EPVAT`) to have it judged"
    );
    let two = row(1);
    assert_eq!(two["verdict"], "not-comparable");
    assert_eq!(
        two["value"],
        serde_json::json!({"written": "52000 psi [copper-crusher]; 3500 bar [CIP-piezo]"})
    );
}

/// A value's `converted` figure has the digits its quoting precision warrants, told apart from
/// the limit's figure, as the message says it: not six decimals beside a finding of three
/// (`415.002336` beside `(= 415.002 MPa)`); and no fewer than the limit's figure is written to
/// (`71.17 N` beside `71.2 N`, at whose one decimal it would read as that figure).
#[test]
fn a_converted_figure_has_the_digits_the_finding_shows() {
    let dir = scratch("converted-digits");
    let spec = write(
        &dir,
        "digits.yaml",
        "items:\n\
         - {id: rifle, name: lot, nation: NOR, kind: cartridge, properties: {cartridge: 7.62 NATO,\n\
         \x20   chamber_pressure: {value: 60191, unit: psi, method: EPVAT}}}\n\
         - {id: linked, name: lot, nation: NOR, kind: cartridge, properties: {cartridge: 5.56 NATO,\n\
         \x20   design: SS109, belt_link: M27, link_strip_force: 16 lbf}}\n\
         - {id: pallet, name: pallet, nation: NOR, kind: pallet, claims: [463L], properties:\n\
         \x20   {pallet_type: 463L HCU-6/E, floor_loading: 1.72 MPa}}\n",
    );
    let report = json_report(&spec);
    let row = |item: usize, requirement: &str| {
        let row = result_of(&report, item, requirement);
        (
            row["value"].clone(),
            row["message"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(
        row(0, "STANAG-2310/pressure-epvat"),
        (
            serde_json::json!({"written": "60191 psi", "converted": "415.002", "unit": "MPa", "method": "EPVAT"}),
            "60191 psi (= 415.002 MPa) meets ≤ 415 MPa".to_string()
        )
    );
    assert_eq!(
        row(1, "STANAG-4172/link-strip-force"),
        (
            serde_json::json!({"written": "16 lbf", "converted": "71.17", "unit": "N"}),
            "16 lbf (= 71.17 N) meets 24.5 N to 71.2 N".to_string()
        )
    );
    assert_eq!(
        row(2, "463L/floor-loading"),
        (
            serde_json::json!({"written": "1.72 MPa", "converted": "249", "unit": "psi"}),
            "1.72 MPa (= 249 psi) meets ≤ 250 psi".to_string()
        )
    );
}

/// A value written as the figure an "equals" limit names, quoted so coarsely that it may lie
/// outside the values that figure accepts, passes with the note a bound's gets (`0.8 ft³`,
/// ±1.42 L, against `= 23 L`; it passed silently); one quoted finely passes without it.
#[test]
fn a_coarse_value_that_equals_a_figure_as_written_is_told_it_may_lie_beyond_it() {
    let dir = scratch("coarse-equals");
    let spec = write(
        &dir,
        "coarse.yaml",
        "items:\n\
         - {id: c1, name: c1, nation: NOR, kind: weapon, claims: [JBMoU 155 mm], properties: \
         {bore_diameter: 155 mm, chamber_volume: 0.8 ft³, barrel_length_calibres: 52, \
         charge_system: modular}}\n\
         - {id: c2, name: c2, nation: NOR, kind: weapon, claims: [JBMoU 155 mm], properties: \
         {bore_diameter: 155 mm, chamber_volume: 0.81 ft³, barrel_length_calibres: 52, \
         charge_system: modular}}\n",
    );
    let report = json_report(&spec);
    let row = |item: usize| result_of(&report, item, "JBMoU-155-mm/chamber-volume");
    let (coarse, fine) = (row(0), row(1));
    assert_eq!(
        (&coarse["verdict"], &coarse["message"]),
        (
            &Value::from("pass"),
            &Value::from("0.8 ft³ (= 22.7 L) equals 23 L")
        )
    );
    assert_eq!(
        coarse["note"],
        "Meets 23 L as written, but 0.8 ft³ means ±0.05 ft³ (±1.4 L), more than 1 % of the limit: \
         it may lie beyond it. Older 39-calibre guns such as the M109 and M198 have an 18 L chamber \
         [R] and are outside the JBMoU ballistic family."
    );
    assert_eq!(coarse.get("within_precision"), None);
    assert_eq!(fine["verdict"], "pass");
    assert!(
        !fine["note"].as_str().unwrap().contains("as written"),
        "{fine}"
    );
}

/// A file given twice (a shell glob and its name) is checked once, with a warning: its items are
/// not listed twice, nor paired with themselves.
#[test]
fn a_file_given_twice_is_checked_once() {
    let dir = scratch("twice");
    let spec = write(
        &dir,
        "fuels.toml",
        &(fuel("a", "nato_code = \"F-34\"") + &fuel("b", "nato_code = \"F-34\"")),
    );
    let (code, once, _) = run(&["check", &spec, "--format", "json", "--pairs"]);
    let (code2, twice, _) = run(&["check", &spec, &spec, "--format", "json", "--pairs"]);
    assert_eq!(code, code2);
    let (once, twice): (Value, Value) = (
        serde_json::from_str(&once).unwrap(),
        serde_json::from_str(&twice).unwrap(),
    );
    assert_eq!(once["items"], twice["items"]);
    assert_eq!(once["pairs"], twice["pairs"]);
    assert_eq!(twice["summary"]["items"], 2);
    let warnings = twice["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0]["place"]["file"], spec.as_str());
    assert_eq!(
        warnings[0]["message"],
        "this file is given more than once; it is checked once"
    );
    // also when its path is spelled two ways: named as it was first
    let dotted = dir.join(".").join("fuels.toml");
    let (_, again, _) = run(&[
        "check",
        &spec,
        dotted.to_str().unwrap(),
        "--format",
        "json",
        "--pairs",
    ]);
    let again: Value = serde_json::from_str(&again).unwrap();
    assert_eq!(again["items"], once["items"]);
    assert_eq!(again["pairs"], once["pairs"]);
    assert_eq!(again["warnings"], twice["warnings"]);
    // and a link carries it once, saying so
    let (code, link, err) = run(&["link", &spec, dotted.to_str().unwrap()]);
    let (_, alone, _) = run(&["link", &spec]);
    assert_eq!((code, link), (0, alone));
    assert_eq!(
        err,
        format!("note: {spec} is given more than once; the link carries it once\n")
    );
}

#[test]
fn catalogue_json_shape() {
    let (code, stdout, stderr) = run(&["catalogue", "--format", "json"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let list: Value = serde_json::from_str(&stdout).unwrap();
    let standards = list.as_array().unwrap();
    assert_eq!(standards.len(), 52);
    for s in standards {
        for key in ["id", "title", "status", "domain", "summary"] {
            assert!(s[key].is_string(), "{key}");
        }
        assert!(s["kinds"].is_array() && s["local"] == false);
        for r in s["requirements"].as_array().unwrap() {
            for key in [
                "id",
                "statement",
                "property",
                "limit",
                "limit_kind",
                "severity",
                "source",
            ] {
                assert!(r[key].is_string(), "{key} in {r}");
            }
            assert!(["C", "W", "R", "D"].contains(&r["confidence"].as_str().unwrap()));
        }
    }
    let s4172 = standards.iter().find(|s| s["id"] == "STANAG 4172").unwrap();
    assert_eq!(s4172["status"], "promulgated");
    assert_eq!(s4172["selector"], "cartridge one of 5.56x45mm NATO");
    let oal = &s4172["requirements"][1];
    assert_eq!(oal["id"], "STANAG-4172/oal-max");
    assert_eq!(oal["property"], "overall_length");
    assert_eq!(oal["limit"], "≤ 57.40 mm");
    assert_eq!(oal["limit_kind"], "max");
    assert_eq!(oal["confidence"], "W");
    let (code, stdout, _) = run(&["catalogue"]);
    assert_eq!(code, 0);
    assert!(stdout
        .starts_with("catalogue 2026.12.39 (stanag-check public seed catalogue), fingerprint "));
}

#[test]
fn explain_a_standard_a_requirement_and_an_unknown_id() {
    let (code, stdout, _) = run(&["explain", "stanag4172"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("STANAG 4172 — 5.56 mm ammunition (SS109 family) (promulgated)\n  governs: cartridge; selects cartridge one of 5.56x45mm NATO\n"), "{stdout}");
    assert!(stdout.contains("  STANAG-4172/pressure-scatp\n"));
    // where the status comes from, and whether it is checked
    let (_, colours, _) = run(&["explain", "STANAG 2953"]);
    assert!(
        colours.contains("\n  status: promulgated — Not checked: the NATO colour STANAG"),
        "{colours}"
    );
    // units and methods as the catalogue writes them (MPa, EPVAT), not lowercased
    assert!(
        stdout.contains("    chamber_pressure ≤ 430 MPa by EPVAT (mandatory)\n"),
        "{stdout}"
    );
    let (code, stdout, _) = run(&["explain", "STANAG-4172/oal-max"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "STANAG 4172 — 5.56 mm ammunition (SS109 family)\n  STANAG-4172/oal-max\n    Cartridge overall length is at most 57.40 mm (2.260 in).\n    overall_length ≤ 57.40 mm (mandatory)\n    source: Wikipedia, '5.56x45mm NATO' infobox (piglix mirror) (confidence W: widely reported)\n"
    );
    // an exact figure says so, as the check's limit does
    let (code, stdout, _) = run(&["explain", "STANAG-3838/bit-rate"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("    bus_bit_rate = 1 Mbit/s exactly (mandatory)\n"),
        "{stdout}"
    );
    // what may stand in for the property is said
    let (code, stdout, _) = run(&["explain", "STANAG-2021/class-range"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("    mlc 4 to 150 (mandatory)\n    judged only where stated\n    or stated as mlc_tracked or mlc_wheeled (in its place or beside it)\n"),
        "{stdout}"
    );
    // an edition is named once, as the check report names it
    for (id, heading) in [
        ("ISO 668", "(promulgated, 7th edition (2020))\n"),
        ("ATP-56", "(promulgated, edition (B) Change 2)\n"),
    ] {
        let (code, stdout, _) = run(&["explain", id]);
        assert_eq!(code, 0);
        assert!(
            stdout
                .lines()
                .next()
                .is_some_and(|l| l.ends_with(heading.trim_end())),
            "{stdout}"
        );
    }
    let (code, stdout, stderr) = run(&["explain", "STANAG 4127"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        "error: no standard, requirement or pair rule `STANAG 4127` in the catalogue, did you mean `STANAG 4123`?\n"
    );
    // a pair rule, with what it compares, when it applies, its source and its cases; `catalogue`
    // lists them (they were found by neither)
    let (code, stdout, _) = run(&["explain", "PAIR/store-mass-14in"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "PAIR/store-mass-14in — A store on 14 in lugs is no heavier than the rack is rated for on its 14 in hooks\n  store store_mass at-most bomb-rack max_store_mass_14in or max_store_mass (mandatory)\n  applies only where both items state what it compares\n  applies when the a side (store) has suspension = 14 in\n  source: MIL-STD-2088B, as retrieved (Type II: 1,450 lb on 14 in hooks, 5,000 lb on 30 in) (confidence C: confirmed)\n"
    );
    let (_, chambering, _) = run(&["explain", "PAIR/chambering"]);
    assert!(
        chambering.contains("\n  case: 5.56x45mm NATO with .223 Remington: compatible, with a warning: firing .223 Remington in a 5.56x45mm NATO chamber is generally tolerated ("),
        "{chambering}"
    );
    let (code, _, stderr) = run(&["explain", "PAIR/stor-mass"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "error: no standard, requirement or pair rule `PAIR/stor-mass` in the catalogue, did you mean `PAIR/store-mass`?\n"
    );
    let (_, listed, _) = run(&["catalogue"]);
    assert!(
        listed.contains("\nPair rules (how two items are related; `explain ID` shows one in full)\n  PAIR/chambering: weapon cartridge equal cartridge cartridge [W]\n"),
        "{listed}"
    );
    let (code, _, stderr) = run(&["explain", "nothing-like-it"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "error: no standard, requirement or pair rule `nothing-like-it` in the catalogue\n"
    );
}

/// A nation's own standard (also a fixture of the page's tests, `e2e/`).
const LOCAL_STANDARD: &str = include_str!("local/nat-1.toml");

#[test]
fn a_local_catalogue_adds_and_overrides_standards() {
    let dir = scratch("local-catalogue");
    let cat = dir.join("catalogue");
    std::fs::create_dir_all(&cat).unwrap();
    write(&cat, "nat-1.toml", LOCAL_STANDARD);
    // override STANAG 1135 with a stricter F-34 density range
    let own_1135 = include_str!("local/stanag-1135.toml");
    write(&cat, "stanag-1135.toml", own_1135);
    let spec = write(
        &dir,
        "fuel.toml",
        &fuel(
            "f",
            "nato_code = \"F-34\"\nrelative_density = \"0.820\"\nflash_point = \"42 °C\"",
        ),
    );
    let cat = cat.to_str().unwrap();

    // built in: 0.820 passes STANAG 1135 (0.775 to 0.840)
    let (code, _, _) = run(&["check", &spec]);
    assert_eq!(code, 0);
    let (code, stdout, stderr) = run(&["check", &spec, "--format", "json", "--catalogue", cat]);
    assert_eq!(code, 1);
    // the local file replaced the built-in standard as a whole, and the user is told what that
    // left out (the built-in density limit among them), never silently
    let note = stderr.lines().collect::<Vec<_>>();
    assert_eq!(note.len(), 1, "{stderr}");
    assert!(
        note[0]
            .starts_with("note: stanag-1135.toml replaces the built-in STANAG 1135 as a whole: ")
            && note[0].contains(" of its requirements are not in the file and are not checked (")
            && note[0].contains("STANAG-1135/density-f34-f35, ")
            && note[0].ends_with("); copy them into the file to keep them"),
        "{stderr}"
    );
    let r: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(r["catalogue"]["version"], "2026.12.39+local");
    let from: Vec<(&str, &str)> = r["items"][0]["standards"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| Some((s["standard"].as_str()?, s["local_file"].as_str()?)))
        .collect();
    // (by its file name, as the page names it)
    let own = "stanag-1135.toml";
    assert_eq!(from, [("NAT-1", "nat-1.toml"), ("STANAG 1135", own)]);
    let (_, text, _) = run(&["check", &spec, "--catalogue", cat]);
    assert!(
        text.contains(&format!(
            "  STANAG 1135 [promulgated, from your catalogue file {own}]: non-compliant\n"
        )),
        "{text}"
    );
    let verdicts: Vec<(String, String)> = r["items"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["standard"] != "STANAG 1059" && x["standard"] != "ACodP-1")
        .map(|x| {
            (
                x["requirement"].as_str().unwrap().into(),
                x["verdict"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        verdicts,
        [
            ("NAT-1/density".to_string(), "pass".to_string()),
            (
                "STANAG-1135/density-national".to_string(),
                "fail".to_string()
            ),
        ]
    );
    // a link made with local files says that they do not travel with it
    let (code, _, stderr) = run(&["link", &spec, "--catalogue", cat]);
    assert_eq!(code, 0);
    assert!(
        stderr.contains(
            "note: the link carries the spec files, not your own catalogue files: whoever opens \
             it checks against their own catalogue, and is told where it differs from yours \
             (2026.12.39+local)\n"
        ),
        "{stderr}"
    );
    let (_, _, stderr) = run(&["link", &spec]);
    assert_eq!(stderr, "");
    let (code, stdout, _) = run(&["catalogue", "--format", "json", "--catalogue", cat]);
    assert_eq!(code, 0);
    let list: Value = serde_json::from_str(&stdout).unwrap();
    let local: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["local"] == true)
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(local, ["NAT-1", "STANAG 1135"]);
    // a requirement of a local file is marked as its standard is
    let (code, stdout, _) = run(&["explain", "NAT-1/density", "--catalogue", cat]);
    assert_eq!(code, 0);
    assert!(
        stdout.starts_with("NAT-1 — A nation's own fuel rule [local]\n"),
        "{stdout}"
    );
    let (code, stdout, _) = run(&[
        "explain",
        "STANAG-1135/density-national",
        "--catalogue",
        cat,
    ]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("STANAG 1135 — "), "{stdout}");
    assert!(
        stdout.lines().next().unwrap().ends_with(" [local]"),
        "{stdout}"
    );
}

/// "STANAG-1135" and "nat 1" name the standards "STANAG 1135" and "NAT-1": a local file replaces
/// the built-in standard however it spaces the id, and one folder may not hold both spellings.
#[test]
fn a_standard_id_is_one_id_however_it_is_written() {
    let dir = scratch("id-spellings");
    let spec = write(&dir, "fuel.toml", &fuel("f", "nato_code = \"F-34\""));
    let cat = dir.join("override");
    std::fs::create_dir_all(&cat).unwrap();
    let own_1135 = LOCAL_STANDARD
        .replace("id = \"NAT-1\"", "id = \"STANAG-1135\"")
        .replace("NAT-1/density", "STANAG-1135/density-national");
    write(&cat, "mine.toml", &own_1135);
    let (code, stdout, _) = run(&[
        "catalogue",
        "--format",
        "json",
        "--catalogue",
        cat.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    let list: Value = serde_json::from_str(&stdout).unwrap();
    let ids: Vec<(&str, bool)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap(), s["local"] == true))
        .filter(|(id, _)| {
            id.replace([' ', '-'], "")
                .eq_ignore_ascii_case("STANAG1135")
        })
        .collect();
    assert_eq!(ids, [("STANAG-1135", true)]);

    let cat = dir.join("both");
    std::fs::create_dir_all(&cat).unwrap();
    // (the other file by its name: it is in the same folder)
    write(&cat, "a.toml", LOCAL_STANDARD);
    let second = write(
        &cat,
        "b.toml",
        &LOCAL_STANDARD
            .replace("id = \"NAT-1\"", "id = \"nat 1\"")
            .replace("NAT-1/density", "nat-1/density"),
    );
    let (code, stdout, stderr) = run(&["check", &spec, "--catalogue", cat.to_str().unwrap()]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr.trim_end(),
        format!(
            "error: catalogue: {second}:1:6: standard `nat 1` is also defined in a.toml as `NAT-1`"
        )
    );
}

#[test]
fn a_broken_local_catalogue_is_bad_input() {
    let dir = scratch("broken-catalogue");
    let spec = write(&dir, "fuel.toml", &fuel("f", "nato_code = \"F-34\""));
    let cases = [
        ("syntax.toml", "id = \"X-1\"\ntitle = = \"x\"\n", "syntax.toml:2:9: invalid TOML: a second `=`: write one `=` between a key and its value"),
        (
            "unit.toml",
            &LOCAL_STANDARD.replace("max = \"0.830\"", "max = \"0.830 kg\""),
            "unit.toml:12:7: requirement `NAT-1/density`: 0.830 kg has a unit; relative_density is a plain number",
        ),
        (
            "property.toml",
            &LOCAL_STANDARD.replace("property = \"relative_density\"", "property = \"relative_densty\""),
            "property.toml:11:12: requirement `NAT-1/density`: unknown property `relative_densty`, did you mean `relative_density`?",
        ),
        (
            "id.toml",
            &LOCAL_STANDARD.replace("id = \"NAT-1/density\"", "id = \"OTHER/density\""),
            "id.toml:9:6: requirement `OTHER/density`: its id must start with `NAT-1/`",
        ),
        (
            "source.toml",
            &LOCAL_STANDARD.replace("source = \"test fixture\"", "source = \" \""),
            "source.toml:14:10: requirement `NAT-1/density`: has no source",
        ),
        // refused before it is read: the TOML reader recurses (dotted keys nest too)
        (
            "deep.toml",
            &format!("v = {}1{}\n{LOCAL_STANDARD}", "{k.k.k = ".repeat(11), "}".repeat(11)),
            "deep.toml:1:98: nesting is deeper than 32 levels: a spec or catalogue file needs a few at most: nest fewer lists and tables, or close one left open before here",
        ),
        (
            "big.toml",
            &format!("{LOCAL_STANDARD}{}", "#".repeat(1 << 20)),
            "big.toml: the text is 1,048,900 bytes, over the limit of 1 MiB (1,048,576 bytes): split it into smaller files",
        ),
    ];
    for (name, text, expected) in cases {
        let cat = scratch(&format!("broken-catalogue-{name}"));
        let path = write(&cat, name, text);
        let (code, stdout, stderr) = run(&["check", &spec, "--catalogue", cat.to_str().unwrap()]);
        assert_eq!((code, stdout.as_str()), (2, ""), "{name}");
        let expected = format!("error: catalogue: {}", expected.replacen(name, &path, 1));
        assert_eq!(stderr.trim_end(), expected, "{name}");
    }
}

/// A catalogue folder's file is refused by its size before it is read (a file of gigabytes is
/// never loaded), and a file that is not UTF-8 is named with its byte, as spec files are.
#[test]
fn a_local_catalogue_file_too_large_or_not_text_is_refused_before_it_is_read() {
    let dir = scratch("local-catalogue-unreadable");
    let spec = write(&dir, "fuel.toml", &fuel("f", "nato_code = \"F-34\""));
    let big = dir.join("big");
    std::fs::create_dir_all(&big).unwrap();
    // sparse: 300 MB that take no space
    let file = std::fs::File::create(big.join("huge.toml")).unwrap();
    file.set_len(300 << 20).unwrap();
    let (code, stdout, stderr) = run(&["check", &spec, "--catalogue", big.to_str().unwrap()]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        format!(
            "error: catalogue: {}: the text is 314,572,800 bytes, over the limit of 1 MiB (1,048,576 bytes): split it into smaller files\n",
            big.join("huge.toml").display()
        )
    );
    let latin = dir.join("latin");
    std::fs::create_dir_all(&latin).unwrap();
    std::fs::write(
        latin.join("nat-1.toml"),
        b"id = \"NAT-1\"\ntitle = \"Qualit\xe9\"\n",
    )
    .unwrap();
    let (code, _, stderr) = run(&["check", &spec, "--catalogue", latin.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        format!(
            "error: catalogue: {}:2:16: byte 29 of the file, 0xE9, is not UTF-8 text (`é` in \
             Windows-1252 or Latin-1): save the file as UTF-8 (it may be in Windows-1252 or \
             Latin-1)\n",
            latin.join("nat-1.toml").display()
        )
    );
}

/// A `catalogue.toml` of one's own in a catalogue folder is not read, as the page refuses it,
/// and the CLI says so and why, and reads the folder's other files. Before, it was read: a
/// malformed one failed the whole folder (exit 2), and a valid one was ignored unsaid.
#[test]
fn a_catalogue_toml_of_ones_own_is_said_not_to_be_read() {
    let dir = scratch("local-catalogue-version-file");
    let spec = write(&dir, "fuel.toml", &fuel("f", "nato_code = \"F-34\""));
    let cat = dir.join("cat");
    std::fs::create_dir_all(&cat).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/local/nat-1.toml"),
        cat.join("nat-1.toml"),
    )
    .unwrap();
    let note = format!(
        "note: {}: a catalogue.toml of your own is not read: the version stays the built-in \
         catalogue's, and +local marks your files\n",
        cat.join("catalogue.toml").display()
    );
    let (_, alone, _) = run(&["check", &spec, "--catalogue", cat.to_str().unwrap()]);
    for text in [
        "version = \"1\"\n",
        "version = [\n",
        "label = \"mine\"\nversion = \"9\"\n",
    ] {
        std::fs::write(cat.join("catalogue.toml"), text).unwrap();
        let (code, stdout, stderr) = run(&["check", &spec, "--catalogue", cat.to_str().unwrap()]);
        assert_ne!(code, 2, "{text}: {stderr}");
        assert_eq!(stderr, note, "{text}");
        assert_eq!(stdout, alone, "{text}");
    }
    // a folder of only a catalogue.toml: the note, then what to add (it was "no .toml
    // catalogue files in this folder", beside a note that one was there)
    std::fs::remove_file(cat.join("nat-1.toml")).unwrap();
    let (code, _, stderr) = run(&["check", &spec, "--catalogue", cat.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        format!(
            "{note}error: {}: no .toml catalogue files in this folder besides catalogue.toml, \
             which is not read: add your standards (one .toml file each), dictionary.toml, \
             codes.toml or pairs.toml (standards/README.md)\n",
            cat.display()
        )
    );
}

/// `--catalogue` given a path that is no folder says what it found and what the option takes;
/// before, the system's words alone (`No such file or directory (os error 2)`, `Not a
/// directory (os error 20)`).
#[test]
fn catalogue_given_no_folder_says_a_folder_is_expected() {
    let dir = scratch("catalogue-no-folder");
    let spec = write(&dir, "fuel.toml", &fuel("f", "nato_code = \"F-34\""));
    let file = write(&dir, "nat-1.toml", "id = \"NAT-1\"\n");
    let missing = dir.join("missing");
    for (path, found) in [
        (missing.to_str().unwrap(), "there is no such folder"),
        (file.as_str(), "is a file, not a folder"),
    ] {
        let (code, stdout, stderr) = run(&["check", &spec, "--catalogue", path]);
        assert_eq!((code, stdout.as_str()), (2, ""), "{path}");
        assert_eq!(
            stderr,
            format!(
                "error: {path}: {found}: --catalogue takes a folder that holds your .toml \
                 catalogue files\n"
            )
        );
    }
}

/// A catalogue file is read as the page reads one: one that is not text is named with its byte,
/// not given a spec's advice. Before, a `nat.toml` that starts as a ZIP archive was told "this
/// is an Excel workbook: stanag-check reads specs … start from `stanag-check template KIND`".
#[test]
fn a_catalogue_file_that_is_not_text_gets_no_advice_for_a_spec() {
    let dir = scratch("local-catalogue-zip");
    let spec = write(&dir, "fuel.toml", &fuel("f", "nato_code = \"F-34\""));
    let cat = dir.join("zip");
    std::fs::create_dir_all(&cat).unwrap();
    std::fs::write(cat.join("nat.toml"), b"PK\x03\x04\x14\x00\x06\x00!\x00\xb4").unwrap();
    let (code, stdout, stderr) = run(&["check", &spec, "--catalogue", cat.to_str().unwrap()]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        format!(
            "error: catalogue: {}:1:11: byte 11 of the file, 0xB4, is not UTF-8 text (`´` in \
             Windows-1252 or Latin-1): save the file as UTF-8 (it may be in Windows-1252 or \
             Latin-1)\n",
            cat.join("nat.toml").display()
        )
    );
}

/// A file or folder name that is not UTF-8 is shown with its bytes that are not UTF-8 as `\xFF`
/// (it was shown lossily: `a\xFF.toml` and `a\xFE.toml` were both `a\u{FFFD}.toml`), the same
/// in every place that names it: an error's place, the report's and the JSON's `file`, a
/// catalogue folder's file and the folder itself.
#[cfg(unix)]
#[test]
fn a_name_that_is_not_utf8_is_shown_with_its_bytes() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let run_os = |args: &[&OsStr]| {
        let out = Command::new(env!("CARGO_BIN_EXE_stanag-check"))
            .args(args)
            .output()
            .expect("the binary runs");
        (
            out.status.code().expect("exited"),
            String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        )
    };
    let dir = scratch("not-utf8-names");
    let shown = dir.to_str().unwrap();
    let ok = fuel(
        "f",
        "nato_code = \"F-34\"\nrelative_density = \"0.800\"\nflash_point = \"42 °C\"",
    );
    let bad = fuel("g", "nato_code = \"F-34\"\nrelative_density = \"0.8 kg\"");
    let path = |name: &[u8]| dir.join(OsStr::from_bytes(name));
    std::fs::write(path(b"a\xFF.toml"), &ok).unwrap();
    std::fs::write(path(b"a\xFE.toml"), &bad).unwrap();
    std::fs::write(path(b"caf\xC3\xA9\xE9.toml"), &bad).unwrap();
    let (ff, fe, cafe, missing) = (
        path(b"a\xFF.toml"),
        path(b"a\xFE.toml"),
        path(b"caf\xC3\xA9\xE9.toml"),
        path(b"b\x80.toml"),
    );
    let args = [
        OsStr::new("check"),
        ff.as_os_str(),
        fe.as_os_str(),
        cafe.as_os_str(),
        missing.as_os_str(),
    ];
    let (code, stdout, stderr) = run_os(&args);
    assert_eq!(code, 2);
    let error = "item `g`, property `relative_density`: 0.8 kg has a unit; relative_density is \
                 a plain number";
    assert_eq!(
        stderr,
        format!(
            "error: {shown}/a\\xFE.toml:8:20: {error}\n\
             error: {shown}/café\\xE9.toml:8:20: {error}\n\
             error: {shown}/b\\x80.toml: No such file or directory (os error 2)\n"
        )
    );
    assert!(
        stdout.contains(&format!(
            "not checked, with errors (listed on stderr): {shown}/a\\xFE.toml, \
             {shown}/café\\xE9.toml, {shown}/b\\x80.toml\n"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("COMPLIANT f (fuel f, GBR, {shown}/a\\xFF.toml:1)")),
        "{stdout}"
    );
    let mut json = args.to_vec();
    json.extend([OsStr::new("--format"), OsStr::new("json")]);
    let (code, stdout, _) = run_os(&json);
    assert_eq!(code, 2);
    let r: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(r["inputs"][0]["file"], format!("{shown}/a\\xFF.toml"));
    assert_eq!(r["items"][0]["file"], format!("{shown}/a\\xFF.toml"));
    let rejected: Vec<&Value> = r["rejected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["errors"][0]["place"]["file"])
        .collect();
    assert_eq!(
        rejected,
        [
            &Value::from(format!("{shown}/a\\xFE.toml")),
            &Value::from(format!("{shown}/café\\xE9.toml")),
            &Value::from(format!("{shown}/b\\x80.toml")),
        ]
    );

    // a catalogue folder's file, and a folder, named so
    let cat = path(b"cat\xFF");
    std::fs::create_dir_all(&cat).unwrap();
    std::fs::write(
        cat.join(OsStr::from_bytes(b"nat\xFF.toml")),
        LOCAL_STANDARD.replace("max = \"0.830\"", "max = \"0.830 kg\""),
    )
    .unwrap();
    let (code, _, stderr) = run_os(&[
        OsStr::new("check"),
        ff.as_os_str(),
        OsStr::new("--catalogue"),
        cat.as_os_str(),
    ]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        format!(
            "error: catalogue: {shown}/cat\\xFF/nat\\xFF.toml:12:7: requirement `NAT-1/density`: \
             0.830 kg has a unit; relative_density is a plain number\n"
        )
    );
    let (code, _, stderr) = run_os(&[
        OsStr::new("catalogue"),
        OsStr::new("--catalogue"),
        path(b"none\xFF").as_os_str(),
    ]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        format!(
            "error: {shown}/none\\xFF: there is no such folder: --catalogue takes a folder that \
             holds your .toml catalogue files\n"
        )
    );
    // a link file written
    let out = path(b"out\xFF.link");
    let (code, _, stderr) = run_os(&[
        OsStr::new("link"),
        ff.as_os_str(),
        OsStr::new("--file"),
        out.as_os_str(),
    ]);
    assert_eq!(code, 0);
    assert!(
        stderr.starts_with(&format!("wrote {shown}/out\\xFF.link: open it with")),
        "{stderr}"
    );
    // an argument clap's usage error quotes (clap quotes it lossily), and its value after `=`
    for (args, expected) in [
        (
            &[&b"chek\xFF"[..]][..],
            "error: unrecognized subcommand 'chek\\xFF'\n",
        ),
        (
            &[b"chek\xFE"],
            "error: unrecognized subcommand 'chek\\xFE'\n",
        ),
        (
            &[b"check", b"--format", b"\xFF"],
            "error: invalid value '\\xFF' for '--format <FORMAT>'\n",
        ),
        (
            &[b"check", b"--format=\xFE\x1b", b"x.toml"],
            "error: invalid value '\\xFE\\u{1b}' for '--format <FORMAT>'\n",
        ),
        (
            &[b"check", b"--x\xFF", b"x.toml"],
            "error: unexpected argument '--x\\xFF' found\n\n  tip: to pass '--x\\xFF' as a \
             value, use '-- --x\\xFF'\n",
        ),
    ] {
        let args: Vec<&OsStr> = args.iter().map(|a| OsStr::from_bytes(a)).collect();
        let (code, stdout, stderr) = run_os(&args);
        assert_eq!((code, stdout.as_str()), (2, ""), "{args:?}");
        assert!(stderr.starts_with(expected), "{args:?}: {stderr}");
    }
}

/// The text report's pairs say which rule is only recommended, as its requirements do: a failure
/// of a recommended rule under a compatible pair is not read as a mandatory one.
#[test]
fn pair_reasons_name_a_recommended_rule() {
    let spec = format!("{}/examples/multinational.yaml", env!("CARGO_MANIFEST_DIR"));
    let (code, stdout, _) = run(&["check", &spec, "--pairs"]);
    assert_eq!(code, 1, "the example has non-compliant items");
    assert!(
        stdout.contains("  fail     PAIR/nato-qualified (recommended): usa-rifle-556 nato_chambered is true but can-556-long nato_qualified is false"),
        "{stdout}"
    );
    assert!(stdout.contains("  pass     PAIR/chambering: "), "{stdout}");
}

/// A 12.7 mm round whose sheet gives its chamber pressure by NATO EPVAT is not judged by STANAG
/// 4383's limit, quoted from TM 43-0001-27 by a method the quotation does not state: the text
/// report says so once among the item's notices (its not-applicable verdict is not listed), the
/// JSON has the verdict and the notice, and the round is compliant, not incomplete.
#[test]
fn a_round_by_another_method_than_the_tms_unstated_one_is_told_not_judged() {
    let dir = scratch("unstated-method");
    let spec = write(
        &dir,
        "r.yaml",
        "items:\n  - { id: bel-fn-ball, name: FN 12.7 mm ball, nation: BEL, kind: cartridge, properties: { cartridge: 12.7x99mm NATO, case_length: 99 mm, chamber_pressure: { value: 370 MPa, method: EPVAT } } }\n",
    );
    let message =
        "not judged: the value is 370 MPa by EPVAT; this limit is by the measuring method \
        of TM 43-0001-27, which its public quotation does not state, and figures by different test \
        methods are never compared or converted into one another (crusher and piezo figures are not comparable): \
        give the figure by that method (`method: TM-43-0001-27`) to have it judged, or load your \
        own catalogue file with the standard's limit by EPVAT (standards/README.md; `--catalogue \
        DIR` on the command line, Your own catalogue files on the page's catalogue view)";
    let (code, stdout, stderr) = run(&["check", &spec]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("\nCOMPLIANT bel-fn-ball "), "{stdout}");
    assert!(
        stdout.contains("  STANAG 4383 [promulgated]: compliant\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("\n  ! STANAG-4383/pressure-tm {message}\n")),
        "{stdout}"
    );
    assert!(!stdout.contains("pressure-tm [TM-43-0001-27]"), "{stdout}");
    let (_, json, _) = run(&["check", &spec, "--format", "json"]);
    let report: Value = serde_json::from_str(&json).unwrap();
    let item = &report["items"][0];
    let result = item["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["requirement"] == "STANAG-4383/pressure-tm")
        .unwrap();
    assert_eq!(result["verdict"], "not-applicable");
    assert_eq!(result["message"], message);
    // (the value as every figure's is shown, its method apart, as a not-comparable one's is)
    assert_eq!(
        result["value"],
        serde_json::json!({
            "written": "370 MPa",
            "converted": "370",
            "unit": "MPa",
            "in_limit_unit": "53664 psi",
            "method": "EPVAT"
        })
    );
    assert_eq!(result["limit"]["method"], "TM-43-0001-27");
    assert_eq!(
        item["notices"],
        serde_json::json!([format!("STANAG-4383/pressure-tm {message}")])
    );
    // `explain` names the limit's method as what it is, with what a sheet writes for it
    let (_, explained, _) = run(&["explain", "STANAG-4383/pressure-tm"]);
    assert!(
        explained.contains(
            "\n    chamber_pressure ≤ 54923 psi by the measuring method of TM 43-0001-27, which its \
             public quotation does not state (`method: TM-43-0001-27`) (mandatory)\n"
        ),
        "{explained}"
    );
}

/// A truck that does not state its trailer connector beside eight trailers: the text report's
/// pairs say it once, under their count, before the eight unknown pairs (each of which keeps its
/// reason), and the JSON has it under `pair_notices`.
#[test]
fn a_figure_that_leaves_many_pairs_unknown_is_told_once_where_the_pairs_are() {
    let dir = scratch("pair-notices");
    let trailers: String = (1..=8)
        .map(|n| {
            format!(
                "  - {{ id: trailer-{n}, name: trailer {n}, nation: DEU, kind: trailer, properties: {{ trailer_connector: NATO 12-pin, supply_voltage: 24 V, earth_polarity: negative }} }}\n"
            )
        })
        .collect();
    let spec = write(
        &dir,
        "v.yaml",
        &format!(
            "items:\n  - {{ id: usa-m1083, name: M1083 MTV, nation: USA, kind: vehicle, properties: {{ system_voltage: 24 V, earth_polarity: negative }} }}\n{trailers}"
        ),
    );
    let notice = "usa-m1083 does not state trailer_connector, so its 8 pairs with a trailer are \
        unknown: add trailer_connector (one of STANAG 4007, other)";
    let (_, stdout, _) = run(&["check", &spec, "--pairs"]);
    assert!(
        stdout.contains(&format!("\n8 pairs related\n  ! {notice}\n\nUNKNOWN ")),
        "{stdout}"
    );
    assert_eq!(stdout.matches(notice).count(), 1, "{stdout}");
    assert_eq!(
        stdout
            .matches(
                "  unknown  PAIR/trailer-connector: usa-m1083 does not state trailer_connector — "
            )
            .count(),
        8,
        "{stdout}"
    );
    let (_, json, _) = run(&["check", &spec, "--format", "json"]);
    let report: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["pair_notices"], serde_json::json!([notice]));
}

// ---- streams, standard input and the output (what a batch job or CI meets) --------------------

/// Runs the binary with `input` on its standard input.
fn run_with_stdin(args: &[&str], input: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_stanag-check"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // written beside the run: a child that stops reading must not block the test
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        out.status.code().expect("exited, not killed by a signal"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Waits for a child at most a minute: a read that never ends fails the test, not the run.
fn wait_at_most_a_minute(mut child: Child) -> std::process::Output {
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("still running after a minute");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// A stream is refused as soon as it passes the limit, as a large file is: it is neither held
/// whole (`yes | check -` reached 5 GB) nor read to its end (`check /dev/zero` never ended).
#[test]
fn a_stream_is_refused_as_soon_as_it_passes_the_limit() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_stanag-check"))
        .args(["check", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // an endless `yes aaaa`, cut at 256 MiB so that a reader that reads it all still ends
    let writer = std::thread::spawn(move || {
        let chunk = "aaaa\n".repeat(1 << 14);
        let mut written = 0usize;
        while written < 256 << 20 {
            match stdin.write_all(chunk.as_bytes()) {
                Ok(()) => written += chunk.len(),
                Err(_) => break,
            }
        }
        written
    });
    let out = wait_at_most_a_minute(child);
    let written = writer.join().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: <stdin>: it is over the limit of 1 MiB (1,048,576 bytes): split it into smaller files\n"
    );
    assert!(out.stdout.is_empty());
    // it stopped reading at the limit: the writer was cut off soon after
    assert!(written < 8 << 20, "{written} bytes were read");

    if Path::new("/dev/zero").exists() {
        let child = Command::new(env!("CARGO_BIN_EXE_stanag-check"))
            .args(["check", "/dev/zero"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let out = wait_at_most_a_minute(child);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "error: /dev/zero: it is over the limit of 1 MiB (1,048,576 bytes): split it into smaller files\n"
        );
    }
}

/// `-` is standard input, named `<stdin>`, for `check`, `check --link` and `link`.
#[test]
fn a_dash_is_standard_input() {
    let spec = fuel("f34", "nato_code = \"F-34\"\nrelative_density = \"0.900\"");
    let (code, stdout, stderr) = run_with_stdin(&["check", "-"], spec.as_bytes());
    assert_eq!((code, stderr.as_str()), (1, ""));
    assert!(
        stdout.contains("NON-COMPLIANT f34 (fuel f34, GBR, <stdin>:1)"),
        "{stdout}"
    );
    // its format is found from its content; its errors are named as it is
    let (code, _, stderr) = run_with_stdin(
        &["check", "-"],
        fuel("x", "relative_density = \"0.8 kg\"").as_bytes(),
    );
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("error: <stdin>:7:20: item `x`"),
        "{stderr}"
    );
    let (_, json, _) = run_with_stdin(&["check", "-", "--format", "json"], spec.as_bytes());
    let r: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(r["inputs"][0]["file"], "<stdin>");
    assert_eq!(r["inputs"][0]["format"], "toml");
    // named twice, it is read once and checked once
    let (_, json, _) = run_with_stdin(&["check", "-", "-", "--format", "json"], spec.as_bytes());
    let r: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(r["summary"]["items"], 1);
    assert_eq!(
        r["warnings"][0]["message"],
        "this file is given more than once; it is checked once"
    );
    // nothing piped in
    for args in [&["check", "-"][..], &["link", "-"]] {
        let (code, stdout, stderr) = run_with_stdin(args, b"");
        assert_eq!((code, stdout.as_str()), (2, ""), "{args:?}");
        assert_eq!(
            stderr,
            "error: <stdin>: standard input is empty: pipe a spec file into it, or name the file\n",
            "{args:?}"
        );
    }
    // a link of standard input, and a link read from it
    let (code, link, _) = run_with_stdin(&["link", "-"], spec.as_bytes());
    assert_eq!(code, 0);
    let (code, stdout, stderr) = run_with_stdin(&["check", "--link", "-"], link.as_bytes());
    assert_eq!((code, stderr.as_str()), (1, ""));
    assert!(
        stdout.contains("NON-COMPLIANT f34 (fuel f34, GBR, <stdin>:1)"),
        "{stdout}"
    );
}

/// A chat message or an e-mail holding a result link, given to `check` as a spec, is told as
/// what it is, at the link, with the command that opens it (which does); before, it was told as
/// a spec's syntax error.
#[test]
fn a_message_with_a_result_link_given_as_a_spec_names_the_command_that_opens_it() {
    let address = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/link_vectors/ballistic-tests.link"),
    )
    .unwrap();
    let address = address.trim();
    let dir = scratch("link-message");
    let chat = write(
        &dir,
        "chat.txt",
        &format!("Hi Anna,\n\nhere are the results of the test: {address}\n\nBest,\nJan\n"),
    );
    let (code, stdout, stderr) = run(&["check", &chat]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        format!(
            "error: {chat}:3:35: this is a chat message or an e-mail that holds a stanag-check \
             result link, not a spec: open the link with `stanag-check check --link {chat}`\n"
        )
    );
    // (made with an older catalogue: its verdicts, recomputed, say so)
    let (code, opened, stderr) = run(&["check", "--link", &chat]);
    assert_ne!(code, 2, "{stderr}");
    assert!(
        stderr.starts_with("notice: This link was made with"),
        "{stderr}"
    );
    assert!(opened.starts_with("stanag-check: "), "{opened}");
    // the link alone, in a file whose name a shell must have quoted; and on standard input
    let alone = write(&dir, "Anna's link.txt", &format!("  {address}\n"));
    let (code, _, stderr) = run(&["check", &alone]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        format!(
            "error: {alone}:1:3: this is a stanag-check result link, not a spec: open the link \
             with `stanag-check check --link '{}'`\n",
            alone.replace('\'', "'\\''")
        )
    );
    let (code, _, stderr) = run_with_stdin(&["check", "-"], format!("see {address}").as_bytes());
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "error: <stdin>:1:5: this is a chat message or an e-mail that holds a stanag-check result \
         link, not a spec: open the link with `stanag-check check --link -`\n"
    );
}

/// `template` of an unknown kind is told as a spec's unknown kind is, in the same words: a
/// misspelling with the kind it misspells (before, only the list of kinds), a word the
/// dictionary describes under a kind with that kind, and the kinds listed.
#[test]
fn template_of_an_unknown_kind_is_told_as_a_specs_unknown_kind() {
    let (code, stdout, stderr) = run(&["template", "cartrdge"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        "error: unknown item kind `cartrdge`, did you mean `cartridge`?\n"
    );
    let dir = scratch("template-unknown-kind");
    for kind in ["cartrdge", "rifle"] {
        let spec = format!(
            "items:\n  - id: a\n    name: A\n    nation: GBR\n    kind: {kind}\n    properties: {{}}\n"
        );
        let path = write(&dir, &format!("{kind}.yaml"), &spec);
        let (_, _, said) = run(&["check", &path]);
        let problem = said
            .split_once("field `kind`: ")
            .map(|(_, problem)| problem.to_string())
            .unwrap_or_default();
        let (_, _, template) = run(&["template", kind]);
        assert!(problem.starts_with("unknown item kind"), "{said}");
        assert_eq!(template, format!("error: {problem}"), "{kind}");
    }
}

/// A failed write of the output (a full disk) is said on stderr and is exit 2, for every command
/// and both formats; before, each ended 0 with nothing said.
#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_of_the_output_is_exit_2() {
    let commands: [&[&str]; 8] = [
        &["check", "examples/small-arms.yaml"],
        &["check", "examples/small-arms.yaml", "--format", "json"],
        &["template", "cartridge"],
        &["catalogue"],
        &["catalogue", "--format", "json"],
        &["explain", "STANAG 4172"],
        &["link", "examples/small-arms.yaml"],
        &["--help"],
    ];
    for args in commands {
        let out = Command::new(env!("CARGO_BIN_EXE_stanag-check"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "error: cannot write to standard output: No space left on device (os error 28)\n",
            "{args:?}"
        );
    }
}

/// A reader that stops reading (`| head -1`) ends the command quietly, with its own exit code.
#[test]
fn a_closed_pipe_ends_quietly() {
    for (args, expected) in [
        (&["check", "examples/small-arms.yaml"][..], 1),
        (
            &["check", "examples/small-arms.yaml", "--format", "json"],
            1,
        ),
        (&["catalogue"], 0),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_stanag-check"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // the reader goes away at once: the pipe is closed before the command writes
        child.stdout = None;
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(expected), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}

// ---- many files, some bad ----------------------------------------------------------------------

/// One bad file among good ones no longer hides the report: the readable files are checked and
/// reported (text and JSON), the refused ones (with errors, missing, a folder) are listed with
/// their located errors on stderr and in the JSON's `rejected`, and the exit code is 2.
#[test]
fn refused_files_are_listed_beside_the_report_of_the_others() {
    let dir = scratch("some-bad");
    let mut args: Vec<String> = (0..50)
        .map(|i| {
            write(
                &dir,
                &format!("good-{i:02}.toml"),
                &fuel(
                    &format!("f{i}"),
                    "nato_code = \"F-34\"\nrelative_density = \"0.800\"\nflash_point = \"42 °C\"",
                ),
            )
        })
        .collect();
    let bad = write(
        &dir,
        "bad.toml",
        &fuel(
            "x",
            "relative_density = \"0.8 kg\"\nflash_pont = \"60 degC\"",
        ),
    );
    let missing = dir.join("missing.yaml").to_str().unwrap().to_string();
    let folder = scratch("some-bad-folder").to_str().unwrap().to_string();
    args.insert(10, bad.clone());
    args.push(missing.clone());
    args.push(folder.clone());
    let mut json_args = vec!["check", "--format", "json"];
    json_args.extend(args.iter().map(String::as_str));
    let (code, stdout, stderr) = run(&json_args);
    assert_eq!(code, 2);
    let expected_stderr = format!(
        "error: {bad}:7:20: item `x`, property `relative_density`: 0.8 kg has a unit; \
         relative_density is a plain number\n\
         {bad}:8:1: item `x`, property `flash_pont`: warning: unknown property `flash_pont` is not \
         checked, did you mean `flash_point`?\n\
         error: {missing}: No such file or directory (os error 2)\n\
         error: {folder}: is a folder, not a file\n"
    );
    assert_eq!(stderr, expected_stderr);
    let r: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        r["summary"],
        serde_json::json!({"items": 50, "compliant": 50, "non_compliant": 0, "incomplete": 0})
    );
    assert_eq!(r["inputs"].as_array().unwrap().len(), 50);
    assert_eq!(r["warnings"], serde_json::json!([]));
    assert_eq!(
        r["rejected"],
        serde_json::json!([
            {
                "file": bad,
                "errors": [{
                    "place": {"file": bad, "line": 7, "col": 20, "item": "x", "property": "relative_density"},
                    "message": "0.8 kg has a unit; relative_density is a plain number"
                }],
                "warnings": [{
                    "place": {"file": bad, "line": 8, "col": 1, "item": "x", "property": "flash_pont"},
                    "message": "unknown property `flash_pont` is not checked, did you mean `flash_point`?"
                }]
            },
            {
                "file": missing,
                "errors": [{"place": {"file": missing}, "message": "No such file or directory (os error 2)"}],
                "warnings": []
            },
            {
                "file": folder,
                "errors": [{"place": {"file": folder}, "message": "is a folder, not a file"}],
                "warnings": []
            }
        ])
    );
    // the report of the good files is the one they get alone, with `rejected` beside it
    let mut alone = vec!["check", "--format", "json"];
    alone.extend(
        args.iter()
            .map(String::as_str)
            .filter(|a| a.contains("good-")),
    );
    let (code, good, _) = run(&alone);
    assert_eq!(code, 0);
    let mut without = r.clone();
    without.as_object_mut().unwrap().remove("rejected");
    assert_eq!(without, serde_json::from_str::<Value>(&good).unwrap());
    assert!(stdout.starts_with(good.trim_end().trim_end_matches('}').trim_end()));

    // the text report too, naming the files not checked under its first line
    let mut text_args = vec!["check"];
    text_args.extend(args.iter().map(String::as_str));
    let (code, stdout, stderr) = run(&text_args);
    assert_eq!((code, stderr), (2, expected_stderr));
    let mut lines = stdout.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("stanag-check: 50 items: 50 compliant, 0 non-compliant, 0 incomplete"));
    assert_eq!(
        lines.next().unwrap(),
        format!("not checked, with errors (listed on stderr): {bad}, {missing}, {folder}")
    );
    assert_eq!(stdout.matches("\nCOMPLIANT f").count(), 50);

    // nothing readable: nothing is printed on stdout
    let (code, stdout, _) = run(&["check", "--format", "json", &bad, &missing]);
    assert_eq!((code, stdout.as_str()), (2, ""));
}

// ---- exit codes in --help, --strict --------------------------------------------------------------

#[test]
fn help_says_the_exit_codes_and_the_input_limit() {
    let exit_codes = "Exit codes:\n  0  every item compliant";
    let (code, top, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(top.contains(exit_codes), "{top}");
    assert!(top.contains("  1  some item non-compliant or incomplete\n  2  bad input"));
    let (code, check, _) = run(&["check", "--help"]);
    assert_eq!(code, 0);
    assert!(check.contains(exit_codes), "{check}");
    // one text of the exit codes, in both and in the README's table (the top level's left out
    // "a link" from code 2)
    let block = |help: &str| {
        let at = help.find("Exit codes:").expect("exit codes");
        help[at..].trim_end().to_string()
    };
    assert_eq!(block(&top), block(&check));
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (code, next) in [("0", "\n  1  "), ("1", "\n  2  "), ("2", "\n\n")] {
        let row = format!("| `{code}` | ");
        let said = readme
            .lines()
            .find_map(|l| l.strip_prefix(row.as_str()))
            .and_then(|l| l.strip_suffix(" |"))
            .expect("the README's row");
        let mark = format!("\n  {code}  ");
        let in_help = block(&top);
        let from = in_help.find(&mark).expect("the code in --help") + mark.len();
        let to = in_help[from..]
            .find(next)
            .map_or(in_help.len(), |n| from + n);
        assert_eq!(words(&in_help[from..to]), said, "exit code {code}");
    }
    assert!(block(&top).contains("a\n     link, an argument"), "{top}");
    assert!(
        check.contains("is read up to\n1 MiB (1048576 bytes)"),
        "{check}"
    );
    assert!(
        check.contains("at most 1 MiB each; `-` reads standard input"),
        "{check}"
    );
    assert!(check.contains("--strict"), "{check}");
}

/// With --strict, a warning (a misspelt property, which silently turns its requirement off) is
/// bad input: exit 2, said on stderr; the report is still printed.
#[test]
fn strict_makes_a_warning_bad_input() {
    let dir = scratch("strict");
    let spec = write(
        &dir,
        "f.toml",
        &fuel(
            "f",
            "nato_code = \"F-34\"\nrelative_density = \"0.800\"\nflash_point = \"42 °C\"\ndesgn = \"x\"",
        ),
    );
    let warning = format!(
        "{spec}:10:1: item `f`, property `desgn`: warning: unknown property `desgn` is not \
         checked, did you mean `design`?"
    );
    let (code, stdout, stderr) = run(&["check", &spec]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(stdout.contains(&warning), "{stdout}");
    for format in ["text", "json"] {
        let (code, stdout, stderr) = run(&["check", &spec, "--strict", "--format", format]);
        assert_eq!(code, 2, "{format}");
        assert_eq!(
            stderr,
            format!(
                "error: --strict: the report has 1 warning, which count as bad input:\n{warning}\n"
            ),
            "{format}"
        );
        assert!(
            stdout.contains("desgn"),
            "{format}: the report is printed: {stdout}"
        );
    }
    // a file without warnings passes as before
    let clean = write(
        &dir,
        "clean.toml",
        &fuel(
            "f",
            "nato_code = \"F-34\"\nrelative_density = \"0.800\"\nflash_point = \"42 °C\"",
        ),
    );
    assert_eq!(run(&["check", &clean, "--strict"]).0, 0);
}

// ---- supplier text in the text output ------------------------------------------------------------

/// Whether a text has a character that acts on a terminal (C0 but the line break, DEL, C1, bidi
/// overrides and isolates).
fn acts_on_a_terminal(text: &str) -> bool {
    text.chars().any(|c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

/// A name with escape sequences and line breaks cannot forge a line of the text report (it
/// forged `COMPLIANT fake-item`): every piece of supplier text the CLI prints is escaped, on
/// stdout and stderr; the JSON keeps it as written.
#[test]
fn supplier_text_is_escaped_in_the_text_output() {
    let dir = scratch("escaped");
    let item = |id: &str| {
        format!(
            "  - id: \"{id}\"\n    name: \"x\\e[2K\\rok\\n\\nCOMPLIANT fake-item (forged)\"\n    \
             nation: GBR\n    kind: fuel\n    properties:\n      nato_code: F-34\n      \
             relative_density: \"0.900\"\n      \"desgn\\x7f\": x\n"
        )
    };
    // the file's own name has an escape sequence too
    let spec = write(
        &dir,
        "spec\u{1b}[1m.yaml",
        &format!("items:\n{}{}", item("a\\x7f1"), item("b\\t2")),
    );
    let shown_file = spec.replace('\u{1b}', "\\u{1b}");
    let (code, stdout, stderr) = run(&["check", &spec, "--pairs"]);
    assert_eq!((code, stderr.as_str()), (1, ""));
    assert!(!acts_on_a_terminal(&stdout), "{stdout:?}");
    assert!(
        !stdout.lines().any(|l| l.starts_with("COMPLIANT fake-item")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "\nNON-COMPLIANT a\\u{{7f}}1 (x\\u{{1b}}[2K\\rok\\n\\nCOMPLIANT fake-item (forged), \
             GBR, {shown_file}:2)\n"
        )),
        "{stdout}"
    );
    assert!(stdout.contains("NON-COMPLIANT b\\t2 ("), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "{shown_file}:9:7: item `a\\u{{7f}}1`, property `desgn\\u{{7f}}`: warning: \
             unknown property `desgn\\u{{7f}}` is not checked"
        )),
        "{stdout}"
    );
    // the JSON is the text as written, escaped by JSON's own rules
    let (_, json, _) = run(&["check", &spec, "--format", "json"]);
    let r: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        r["items"][0]["name"],
        "x\u{1b}[2K\rok\n\nCOMPLIANT fake-item (forged)"
    );
    assert_eq!(r["items"][0]["id"], "a\u{7f}1");
    assert_eq!(r["inputs"][0]["file"], spec.as_str());

    // errors on stderr quote values and ids
    let bad = write(
        &dir,
        "bad.yaml",
        "items:\n  - id: \"c\\e]0;title\\a\"\n    name: n\n    nation: GBR\n    kind: fuel\n    \
         properties:\n      nato_code: \"F-34\\e[31m\"\n",
    );
    let (code, _, stderr) = run(&["check", &bad]);
    assert_eq!(code, 2);
    assert!(!acts_on_a_terminal(&stderr), "{stderr:?}");
    assert!(
        stderr.starts_with(&format!(
            "error: {bad}:7:18: item `c\\u{{1b}}]0;title\\u{{7}}`, property `nato_code`: \
             `F-34\\u{{1b}}[31m` is not a value of nato_code"
        )),
        "{stderr}"
    );
    // and so does an argument quoted in an error
    let (code, _, stderr) = run(&["explain", "NAT\u{1b}[31m"]);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("error: no standard, requirement or pair rule `NAT\\u{1b}[31m`"),
        "{stderr}"
    );

    // a local catalogue file's text, in `explain` and `catalogue`
    let cat = dir.join("catalogue");
    std::fs::create_dir_all(&cat).unwrap();
    write(
        &cat,
        "nat-1.toml",
        &LOCAL_STANDARD.replace(
            "title = \"A nation's own fuel rule\"",
            "title = \"A nation\\u001b[2J\\nCOMPLIANT forged\"",
        ),
    );
    let cat = cat.to_str().unwrap();
    for args in [
        &["explain", "NAT-1", "--catalogue", cat][..],
        &["catalogue", "--catalogue", cat],
    ] {
        let (code, stdout, _) = run(args);
        assert_eq!(code, 0, "{args:?}");
        assert!(!acts_on_a_terminal(&stdout), "{args:?}");
        assert!(
            stdout
                .contains("NAT-1 — A nation\\u{1b}[2J\\nCOMPLIANT forged (promulgated) [local]\n"),
            "{args:?}: {stdout}"
        );
    }
}

/// A text that holds a bidirectional override or isolate is no longer escaped and read but
/// refused (it would reverse the page's words after it): exit 2, at the character, named and
/// escaped, on stderr; nothing raw on either stream.
#[test]
fn a_text_that_would_reorder_the_words_after_it_is_refused() {
    let dir = scratch("directional");
    let spec = write(
        &dir,
        "bidi.yaml",
        "items:\n  - id: nor-modem\n    name: \"Modem \\u202ecilpmoc-non end\"\n    nation: NOR\n    \
         kind: waveform\n    properties:\n      max_user_data_rate: \"9600 bit/s \u{202E}\"\n",
    );
    for format in ["text", "json"] {
        let (code, stdout, stderr) = run(&["check", &spec, "--format", format]);
        assert_eq!(code, 2, "{format}");
        assert!(!acts_on_a_terminal(&stdout), "{format}: {stdout:?}");
        assert!(!acts_on_a_terminal(&stderr), "{format}: {stderr:?}");
        assert_eq!(
            stderr,
            format!(
                "error: {spec}:3:18: item `nor-modem`, field `name`: the text `Modem \\u{{202e}}cilpmoc-non end` holds U+202E RIGHT-TO-LEFT OVERRIDE, a hidden character that reverses how the text after it is shown: delete it\n\
                 error: {spec}:7:39: item `nor-modem`, property `max_user_data_rate`: the text `9600 bit/s \\u{{202e}}` holds U+202E RIGHT-TO-LEFT OVERRIDE, a hidden character that reverses how the text after it is shown: delete it\n"
            ),
            "{format}"
        );
    }
}

/// clap's own usage errors quote the argument, its tips quote it again: each is escaped as
/// supplier text is (clap showed a carriage return raw, and dropped an escape sequence from a
/// pipe, so `--format '\e[31mjson'` was told as the invalid value `json`), with clap's wording,
/// its did-you-mean and exit code 2; `--help` and `--version` are as they were.
#[test]
fn usage_errors_quote_arguments_escaped() {
    let cases: [(&[&str], &str); 4] = [
        (
            &["chek\r\u{202e}x"],
            "error: unrecognized subcommand 'chek\\r\\u{202e}x'\n\n  tip: a similar \
             subcommand exists: 'check'\n\nUsage: stanag-check <COMMAND>\n\nFor more \
             information, try '--help'.\n",
        ),
        (
            &["check", "--format", "\u{1b}[31mjson", "x.toml"],
            "error: invalid value '\\u{1b}[31mjson' for '--format <FORMAT>'\n  [possible \
             values: text, json]\n\nFor more information, try '--help'.\n",
        ),
        (
            &["check", "--form\u{1b}[31m", "x.toml"],
            "error: unexpected argument '--form\\u{1b}[31m' found\n\n  tip: a similar \
             argument exists: '--format'\n\nUsage: stanag-check check --format <FORMAT> \
             [FILES]...\n\nFor more information, try '--help'.\n",
        ),
        (
            &["check", "--\u{1b}[31m\u{7}", "x.toml"],
            "error: unexpected argument '--\\u{1b}[31m\\u{7}' found\n\n  tip: to pass \
             '--\\u{1b}[31m\\u{7}' as a value, use '-- --\\u{1b}[31m\\u{7}'\n\nUsage: \
             stanag-check check [OPTIONS] [FILES]...\n\nFor more information, try '--help'.\n",
        ),
    ];
    for (args, expected) in cases {
        let out = Command::new(env!("CARGO_BIN_EXE_stanag-check"))
            .args(args)
            .output()
            .expect("the binary runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.contains(&0x1b), "{args:?}: {:?}", out.stderr);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(!acts_on_a_terminal(&stderr), "{args:?}: {stderr:?}");
        assert_eq!(stderr, expected, "{args:?}");
    }
    // an error that quotes no argument, --help and --version: as clap writes them
    let (code, stdout, stderr) = run(&["check", "--format"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.starts_with(
            "error: a value is required for '--format <FORMAT>' but none was supplied"
        ),
        "{stderr}"
    );
    let (code, stdout, stderr) = run(&["--version"]);
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (
            0,
            concat!("stanag-check ", env!("CARGO_PKG_VERSION"), "\n"),
            ""
        )
    );
    let (code, stdout, stderr) = run(&["check", "--help"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(stdout.starts_with("Check spec files (JSON, TOML or YAML) against the catalogue\n\nUsage: stanag-check check [OPTIONS]"), "{stdout}");
}

// ---- one id in two files ---------------------------------------------------------------------------

/// The same item id in two files (an error within one file) is a warning naming both files and
/// lines, in the text report and in the JSON's warnings.
#[test]
fn one_id_in_two_files_is_a_warning() {
    let dir = scratch("id-in-two-files");
    let first = write(
        &dir,
        "a.toml",
        &(fuel("other", "nato_code = \"F-34\"") + &fuel("f34", "nato_code = \"F-34\"")),
    );
    let second = write(&dir, "b.toml", &fuel("f34", "nato_code = \"F-34\""));
    let message = format!(
        "item id `f34` is also used in {first}:8: give each item its own id (the pairs tell them \
         apart as `file#id`)"
    );
    let (_, stdout, _) = run(&["check", &first, &second]);
    assert!(
        stdout.contains(&format!("\n{second}:1:1: item `f34`: warning: {message}\n")),
        "{stdout}"
    );
    let (_, json, _) = run(&["check", &first, &second, "--format", "json"]);
    let r: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        r["warnings"],
        serde_json::json!([{
            "place": {"file": second, "line": 1, "col": 1, "item": "f34"},
            "message": message
        }])
    );
    // once in each file: no warning
    let (_, json, _) = run(&["check", &second, "--format", "json"]);
    let r: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(r["warnings"], serde_json::json!([]));
}

// ---- what reached stderr only ------------------------------------------------------------------------

/// What is said of the catalogue on stderr is also in the JSON, as `notices`: a local file that
/// leaves out built-in requirements, and a link made with another catalogue.
#[test]
fn catalogue_notices_are_in_the_json_too() {
    let dir = scratch("notices");
    let cat = dir.join("catalogue");
    std::fs::create_dir_all(&cat).unwrap();
    write(
        &cat,
        "stanag-1135.toml",
        include_str!("local/stanag-1135.toml"),
    );
    let cat = cat.to_str().unwrap();
    let spec = write(&dir, "fuel.toml", &fuel("f", "nato_code = \"F-34\""));

    let (_, json, stderr) = run(&["check", &spec, "--catalogue", cat, "--format", "json"]);
    let r: Value = serde_json::from_str(&json).unwrap();
    let note = stderr.strip_prefix("note: ").unwrap().trim_end();
    // (the file by its name, as the page names it: a report is sent to others, and the folder
    // the user keeps it in is none of theirs)
    assert!(
        note.starts_with("stanag-1135.toml replaces the built-in STANAG 1135 as a whole: "),
        "{note}"
    );
    assert_eq!(r["notices"], serde_json::json!([note]));
    let local: Vec<&Value> = r["items"][0]["standards"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s.get("local_file"))
        .collect();
    assert_eq!(local, [&Value::from("stanag-1135.toml")]);
    assert!(!json.contains(cat), "{json}");
    let (_, text, _) = run(&["check", &spec, "--catalogue", cat]);
    assert!(
        text.contains("from your catalogue file stanag-1135.toml]") && !text.contains(cat),
        "{text}"
    );
    // the warnings keep their meaning: they are the spec files'
    assert_eq!(r["warnings"], serde_json::json!([]));
    // with an input not checked, `rejected` comes before them: `notices` stays the last key
    let bad = write(&dir, "bad.toml", "[[item]\n");
    let (code, json, _) = run(&["check", &spec, &bad, "--catalogue", cat, "--format", "json"]);
    assert_eq!(code, 2);
    let r: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(r["notices"], serde_json::json!([note]));
    let rejected = json.find("\n  \"rejected\": [").expect("rejected");
    let notices = json.find("\n  \"notices\": [").expect("notices");
    assert!(rejected < notices, "{json}");

    let (code, link, _) = run(&["link", &spec, "--catalogue", cat]);
    assert_eq!(code, 0);
    let (_, json, stderr) = run(&["check", "--link", link.trim(), "--format", "json"]);
    let r: Value = serde_json::from_str(&json).unwrap();
    let notice = stderr.strip_prefix("notice: ").unwrap().trim_end();
    assert!(
        notice.starts_with("This link was made with catalogue 2026.12.39+local ("),
        "{notice}"
    );
    assert_eq!(r["notices"], serde_json::json!([notice]));
    // a link made with this catalogue has none
    let (_, link, _) = run(&["link", &spec]);
    let (_, json, stderr) = run(&["check", "--link", link.trim(), "--format", "json"]);
    let r: Value = serde_json::from_str(&json).unwrap();
    assert_eq!((stderr.as_str(), r.get("notices")), ("", None));
}

/// A local dictionary property that replaces a built-in one is said on stderr and in the JSON's
/// `notices`, as a replaced standard is.
#[test]
fn a_replaced_property_is_a_notice() {
    let dir = scratch("replaced-property");
    let cat = dir.join("catalogue");
    std::fs::create_dir_all(&cat).unwrap();
    write(
        &cat,
        "dictionary.toml",
        "[property.system_voltage]\ndescription = \"d\"\nkinds = [\"vehicle\"]\ntype = \
         \"voltage\"\nunit = \"V\"\naliases = [\"electrical_system_voltage\", \
         \"vehicle_voltage\", \"nominal_voltage\"]\n",
    );
    let cat = cat.to_str().unwrap();
    let spec = write(&dir, "fuel.toml", &fuel("f", "nato_code = \"F-34\""));
    let (_, json, stderr) = run(&["check", &spec, "--catalogue", cat, "--format", "json"]);
    // (the file by its name, as in the page's report)
    let note = "dictionary.toml replaces the built-in property `system_voltage` as a whole, with \
         only what the file says of it: it has no `current` (the built-in one has `current = \
         \"dc\"`); the built-in one's nominal figures `28 V` are no longer read as their nominal";
    assert_eq!(stderr, format!("note: {note}\n"));
    let r: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(r["notices"], serde_json::json!([note]));
}

/// `explain` with a folder whose files have mistakes says them, and exits as `check` does.
#[test]
fn explain_says_a_bad_catalogues_mistakes_as_check_does() {
    let dir = scratch("explain-bad-catalogue");
    let cat = dir.join("catalogue");
    std::fs::create_dir_all(&cat).unwrap();
    let requirement = "[[requirement]]\nid = \"NAT-7/a\"\nstatement = \"s\"\nproperty = \
                       \"flash_point\"\nmax = \"60 °C\"\nseverity = \"mandatory\"\nsource = \
                       \"s\"\nconfidence = \"C\"\n";
    write(
        &cat,
        "nat-7.toml",
        &format!(
            "id = \"NAT 7\"\ntitle = \"t\"\nstatus = \"promulgated\"\ndomain = \"fuels\"\nkinds \
             = [\"fuel\"]\nsummary = \"s\"\n\n{requirement}\n{requirement}"
        ),
    );
    let cat = cat.to_str().unwrap();
    let spec = write(&dir, "fuel.toml", &fuel("f", "nato_code = \"F-34\""));
    let said = format!(
        "error: catalogue: {cat}/nat-7.toml:18:6: requirement id `NAT-7/a` is used twice in \
         `NAT 7` (first at line 9)\n"
    );
    let (code, stdout, stderr) = run(&["check", &spec, "--catalogue", cat]);
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (2, "", said.as_str())
    );
    let (code, stdout, stderr) = run(&["explain", "NAT 7", "--catalogue", cat]);
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (2, "", said.as_str())
    );
}

/// A catalogue file that is not UTF-8 is said with the other files' mistakes, in one run; an
/// empty file is that one mistake, not also each key it lacks.
#[test]
fn a_catalogue_file_that_is_not_utf8_does_not_hide_the_others() {
    let dir = scratch("catalogue-not-utf8");
    let cat = dir.join("catalogue");
    std::fs::create_dir_all(&cat).unwrap();
    std::fs::write(cat.join("a.toml"), b"id = \"NAT \xFF\"\n").unwrap();
    write(&cat, "b.toml", "");
    write(&cat, "c.toml", "id = \"NAT 8\"\ntitle = 3\n");
    let cat = cat.to_str().unwrap();
    let (code, stdout, stderr) = run(&["catalogue", "--catalogue", cat]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        [
            format!(
                "error: catalogue: {cat}/a.toml:1:11: byte 11 of the file, 0xFF, is not UTF-8 \
                 text (`ÿ` in Windows-1252 or Latin-1): save the file as UTF-8 (it may be in \
                 Windows-1252 or Latin-1)"
            ),
            format!("error: catalogue: {cat}/b.toml:1:1: the file is empty"),
            format!(
                "error: catalogue: {cat}/c.toml:1:1: `status` is missing: every standard needs one"
            ),
            format!(
                "error: catalogue: {cat}/c.toml:1:1: `domain` is missing: every standard needs one"
            ),
            format!(
                "error: catalogue: {cat}/c.toml:1:1: `kinds` is missing: every standard needs one"
            ),
            format!(
                "error: catalogue: {cat}/c.toml:1:1: `summary` is missing: every standard needs one"
            ),
            format!("error: catalogue: {cat}/c.toml:2:9: `title` must be text in quotes, not `3`"),
        ]
    );
}

/// A catalogue file named `.TOML` is not read, and that is said (it was left out unsaid).
#[test]
fn a_catalogue_file_named_in_capitals_is_said_not_read() {
    let dir = scratch("catalogue-upper-extension");
    let cat = dir.join("catalogue");
    std::fs::create_dir_all(&cat).unwrap();
    write(&cat, "natgen.TOML", "id = \"NAT 8\"\n");
    let cat = cat.to_str().unwrap();
    let (code, stdout, stderr) = run(&["catalogue", "--catalogue", cat]);
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (
            2,
            "",
            format!(
                "error: catalogue: {cat}/natgen.TOML: not read: a catalogue file's name ends in \
                 `.toml`, in small letters\n"
            )
            .as_str()
        )
    );
}

/// A weight in stone and pounds is read as feet and inches are, and shown converted, with `st`
/// for stone before pounds short of a stone; `st` before a stone of pounds or more, and a
/// metric figure in two units, are bad input told with the figure to write.
#[test]
fn a_weight_in_two_units_is_read_or_told_with_the_figure_to_write() {
    let dir = scratch("two-units");
    let pallet = |id: &str, properties: &str| {
        format!(
            "items:\n  - id: {id}\n    name: p\n    nation: GBR\n    kind: pallet\n    \
             claims: [\"463L\"]\n    properties:\n{properties}"
        )
    };
    let read = write(
        &dir,
        "read.yaml",
        &pallet(
            "p",
            "      empty_mass: 20 stone 10 lb\n      mass_with_nets: 22 lb 3 oz\n",
        ),
    );
    let st = write(
        &dir,
        "st.yaml",
        &pallet("s", "      empty_mass: 20 st 10 lb\n"),
    );
    let (code, out, err) = run(&["check", &st]);
    assert_eq!((code, err.as_str()), (1, ""), "{out}");
    assert!(
        out.contains("\n  pass           463L/empty-mass: 20 st 10 lb (= 290 lb) equals 290 lb — "),
        "{out}"
    );
    let (_, out, err) = run(&["check", &read]);
    assert_eq!(err, "");
    let line = |id: &str| {
        out.lines()
            .find(|l| l.contains(id))
            .unwrap_or_else(|| panic!("no line of {id}:\n{out}"))
            .to_string()
    };
    assert!(
        line("463L/empty-mass:").starts_with(
            "  pass           463L/empty-mass: 20 stone 10 lb (= 290 lb) equals 290 lb — "
        ),
        "{out}"
    );
    assert!(
        line("463L/mass-with-nets:").starts_with(
            "  fail           463L/mass-with-nets: 22 lb 3 oz (= 22.19 lb) is not 355 lb, which \
             accepts 354.5 lb to 355.5 lb: below that by 332.31 lb (93.61 %) — "
        ),
        "{out}"
    );
    let refused = write(
        &dir,
        "refused.yaml",
        &pallet(
            "q",
            "      empty_mass: 2 st 100 lb\n      cargo_mass: 2 t 100 kg\n",
        ),
    );
    let (code, _, err) = run(&["check", &refused]);
    assert_eq!(code, 2);
    assert_eq!(
        err.lines().collect::<Vec<_>>(),
        [
            format!(
                "error: {refused}:8:19: item `q`, property `empty_mass`: `2 st 100 lb` is two \
                 figures, in st and lb, and `st` is ambiguous: it may be a US short ton \
                 (907.18474 kg, `short ton`) or a British stone (6.35029318 kg, `stone`); write \
                 the one figure, 4100 lb if it is short tons, or 128 lb if stone"
            ),
            format!(
                "error: {refused}:9:19: item `q`, property `cargo_mass`: `2 t 100 kg` is two \
                 figures, in t and kg: write the one figure, 2100 kg"
            ),
        ]
    );
}

/// A tie-down ring's rating given as a force (`33.4 kN`, `3340 daN`) is read as the mass whose
/// weight it is, by standard gravity, shown converted and judged with the usual precision
/// rules, in the text and the JSON; the template says a force is taken. Another mass is not.
#[test]
fn a_rated_load_given_as_a_force_is_read_as_its_mass() {
    let dir = scratch("rated-load");
    let pallet = |id: &str, rating: &str| {
        format!(
            "  - id: {id}\n    name: p\n    nation: DEU\n    kind: pallet\n    claims: \
             [\"463L\"]\n    properties:\n      ring_rating: {rating}\n"
        )
    };
    let spec = write(
        &dir,
        "rated.yaml",
        &format!(
            "items:\n{}{}",
            pallet("kn", "33.4 kN"),
            pallet("dan", "3340 daN")
        ),
    );
    let (_, out, err) = run(&["check", &spec]);
    assert_eq!(err, "");
    let rows: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("463L/ring-rating:"))
        .map(|l| l.split(" — ").next().unwrap_or(l))
        .collect();
    assert_eq!(
        rows,
        [
            // (a pass only within the value's precision is marked as one)
            "  pass~          463L/ring-rating: 33.4 kN (= 7509 lb) equals 7500 lb",
            // the same figure with a trailing zero: as written it fails, and if the zero is not
            // significant it is 33.4 kN, which passes
            "  not-comparable 463L/ring-rating: `3340 daN` as written (±0.5 daN): 3340 daN (= \
             7509 lb) is not 7500 lb, which accepts 7499.5 lb to 7500.5 lb: above that by \
             8.1 lb (0.11 %); if its trailing zeros are not significant (±5 daN): \
             3340 daN (= 7509 lb) equals 7500 lb, within that precision; state the figure \
             to the precision it was measured",
        ]
    );
    let (_, json, _) = run(&["check", &spec, "--format", "json"]);
    let report: Value = serde_json::from_str(&json).unwrap();
    let row = report["items"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["requirement"] == "463L/ring-rating")
        .unwrap();
    assert_eq!(
        row["value"],
        serde_json::json!({
            "written": "33.4 kN",
            "converted": "3406",
            "unit": "kg",
            "in_limit_unit": "7509 lb"
        })
    );
    assert_eq!(row["verdict"], "pass");
    assert_eq!(row["within_precision"], true);
    assert_eq!(
        row["note"],
        "Meets 7500 lb only within the precision the value is quoted to: 33.4 kN means ±0.05 kN \
         (±11 lb)."
    );
    let (_, template, _) = run(&["template", "pallet"]);
    assert!(
        template.contains(
            "      ring_rating: \"\"    # Rated load of each tie-down ring: a mass, as the sources \
             give it (7,500 lb), or its weight as a force (33.4 kN, read by standard gravity): \
             mass, or its weight as a force, with its unit, e.g. in kg or kN\n"
        ),
        "{template}"
    );
    // the cargo's mass is no rating: a force there is still refused
    let cargo = write(
        &dir,
        "cargo.yaml",
        "items:\n  - { id: c, name: p, nation: DEU, kind: pallet, properties: { cargo_mass: 33.4 kN } }\n",
    );
    let (code, _, err) = run(&["check", &cargo]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        format!(
            "error: {cargo}:2:76: item `c`, property `cargo_mass`: 33.4 kN is a force; cargo_mass \
             is a mass\n"
        )
    );
}

/// A lot that claims a standard the catalogue does not hold (ACME-RQ 1, a company's own, in
/// tests/claims/acme) was reported compliant, exit 0 even with --strict, by anyone who checked
/// it without that standard's file: the receiver of the sender's link saw "compliant" for a lot
/// that fails four of its mandatory limits. Nothing here can judge such a claim, so the item is
/// incomplete, told on the claim's own verdict line at its place, with why and what to do.
#[test]
fn a_claim_of_a_standard_the_catalogue_does_not_hold_is_incomplete() {
    let spec = "tests/claims/lot-acceptance.yaml";
    let cat = "tests/claims/acme";
    let statuses = |json: &str| -> Vec<(String, String)> {
        let r: Value = serde_json::from_str(json).unwrap();
        r["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                (
                    i["id"].as_str().unwrap().into(),
                    i["status"].as_str().unwrap().into(),
                )
            })
            .collect()
    };
    let both = |lot07: &str, lot08: &str| {
        vec![
            ("acme-ss109-lot07".to_string(), lot07.to_string()),
            ("acme-ss109-lot08".to_string(), lot08.to_string()),
        ]
    };
    // with the company's file, lot 08 fails four of ACME-RQ 1's mandatory limits
    let (code, json, _) = run(&["check", spec, "--catalogue", cat, "--format", "json"]);
    assert_eq!(code, 1);
    assert_eq!(statuses(&json), both("compliant", "non-compliant"));
    let r: Value = serde_json::from_str(&json).unwrap();
    let failed: Vec<&str> = r["items"][1]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["verdict"] == "fail")
        .map(|o| o["requirement"].as_str().unwrap())
        .collect();
    assert_eq!(
        failed,
        [
            "ACME-RQ-1/action-time",
            "ACME-RQ-1/epvat-556",
            "ACME-RQ-1/velocity-556",
            "ACME-RQ-1/velocity-sd",
        ]
    );
    // without it, neither lot is compliant (nor is the tester's minimal case below, with
    // --strict: this file's properties of the company's own dictionary are warned of)
    let told = |line: u32, why: &str| {
        format!(
            "claims ACME-RQ 1 at {line}:25, a standard this catalogue does not hold ({why}), so \
             whether the item meets it cannot be judged here: load the catalogue file that holds \
             ACME-RQ 1 (`--catalogue DIR` on the command line, or Your own catalogue files on the \
             page's catalogue view) to have the claim judged"
        )
    };
    let built_in = "it is not built in, and no catalogue files of your own are loaded";
    {
        let (code, text, _) = run(&["check", spec]);
        assert_eq!(code, 1);
        assert!(
            text.starts_with("stanag-check: 2 items: 0 compliant, 0 non-compliant, 2 incomplete"),
            "{text}"
        );
        let line = format!(
            "\nINCOMPLETE acme-ss109-lot08 (5.56 mm SS109 ball, lot ACM-26-008, acceptance, NOR, \
             {spec}:17)\n  ACodP-1 [promulgated]: compliant\n  STANAG 1059 (Ed. 8 (2003; later \
             versions exist)) [promulgated]: compliant\n  STANAG 4172 [promulgated, claimed]: \
             compliant\n  not-comparable ACME-RQ-1/applies: {} — limit a standard this catalogue \
             holds — the item's own claim (C: confirmed)\n",
            told(21, built_in)
        );
        assert!(text.contains(&line), "{text}");
        // said once, on its line: no notice repeats it
        assert_eq!(text.matches("ACME-RQ 1 at 21:25").count(), 1, "{text}");
    }
    let (_, json, _) = run(&["check", spec, "--format", "json"]);
    let r: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        r["items"][1]["results"][0],
        serde_json::json!({
            "standard": "ACME-RQ 1",
            "requirement": "ACME-RQ-1/applies",
            "statement": "The item meets ACME-RQ 1 (it claims it).",
            "property": "claims",
            "severity": "mandatory",
            "verdict": "not-comparable",
            "limit": { "kind": "claim", "text": "a standard this catalogue holds" },
            "source": "the item's own claim",
            "confidence": "C",
            "message": told(21, built_in),
        })
    );
    assert_eq!(r["items"][1]["notices"], serde_json::json!([]));
    // the pair of the two lots (one design) says why each is incomplete
    let reasons: Vec<&str> = r["pairs"][0]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons[..2],
        [
            "acme-ss109-lot07 is itself incomplete against ACME-RQ 1 (claimed; not in this \
             catalogue); this level holds only for what the pair rules compare (see its results)",
            "acme-ss109-lot08 is itself incomplete against ACME-RQ 1 (claimed; not in this \
             catalogue); this level holds only for what the pair rules compare (see its results)",
        ]
    );
    // the receiver of a link the sender made with the file, as well
    let (code, link, _) = run(&["link", spec, "--catalogue", cat]);
    assert_eq!(code, 0);
    let (code, json, _) = run(&["check", "--link", link.trim(), "--format", "json"]);
    assert_eq!(code, 1);
    assert_eq!(statuses(&json), both("incomplete", "incomplete"));
    // with own catalogue files that do not hold it, the message says so
    let (code, json, _) = run(&[
        "check",
        spec,
        "--catalogue",
        "tests/local",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let r: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        r["items"][1]["results"][0]["message"],
        told(21, "neither built in nor in your own catalogue files")
    );
    // the tester's minimal case
    let (code, text, _) = run(&["check", "tests/claims/unknown-claim.yaml", "--strict"]);
    assert_eq!(code, 1);
    assert!(
        text.starts_with("stanag-check: 1 item: 0 compliant, 0 non-compliant, 1 incomplete"),
        "{text}"
    );
    assert!(
        text.contains("\n  not-comparable STANAG-9999/applies: claims STANAG 9999 at 6:12, "),
        "{text}"
    );
}

/// An item that claims a standard for items of another kind (a UAV and STANAG 4172, a 5.56 mm
/// cartridge standard) gets one failing line, at the claim, that says which kinds the standard
/// is for and what to do; none of the standard's requirements is listed as missing (the 16 of
/// them were, after a line that said only `STANAG 4172 governs cartridge`). The item is still
/// non-compliant, and the exit code says so; `explain` tells the line.
#[test]
fn a_claim_of_a_standard_for_another_kind_is_one_line_at_the_claim() {
    let file = "tests/claims/another-kind.yaml";
    let said = "claims STANAG 4172 at 6:25, a standard for a cartridge; this item is a \
                uas-air-vehicle, so STANAG 4172's requirements are not judged for it: remove the \
                claim, or, if the item is a cartridge, correct its kind (`kind: cartridge`)";
    let (code, text, _) = run(&["check", file]);
    assert_eq!(code, 1);
    assert!(
        text.starts_with("stanag-check: 1 item: 0 compliant, 1 non-compliant, 0 incomplete"),
        "{text}"
    );
    assert!(
        text.contains("\n  STANAG 4172 [promulgated, claimed]: non-compliant\n"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "\n  fail           STANAG-4172/applies: {said} — "
        )),
        "{text}"
    );
    assert_eq!(text.matches("STANAG-4172/").count(), 1, "{text}");
    assert!(!text.contains("! claims STANAG 4172"), "{text}");
    let (code, json, _) = run(&["check", file, "--format", "json"]);
    assert_eq!(code, 1);
    let r: Value = serde_json::from_str(&json).unwrap();
    let item = &r["items"][0];
    assert_eq!(item["status"], "non-compliant");
    let lines: Vec<&Value> = item["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["standard"] == "STANAG 4172")
        .collect();
    assert_eq!(lines.len(), 1);
    let line = lines[0];
    assert_eq!(
        (
            &line["requirement"],
            &line["verdict"],
            &line["property"],
            &line["message"]
        ),
        (
            &Value::from("STANAG-4172/applies"),
            &Value::from("fail"),
            &Value::from("claims"),
            &Value::from(said)
        )
    );
    let (code, explained, _) = run(&["explain", "STANAG-4172/applies"]);
    assert_eq!(code, 0);
    assert!(
        explained.starts_with(
            "STANAG 4172 — 5.56 mm ammunition (SS109 family)\n  STANAG-4172/applies\n    Whether \
             STANAG 4172 is one for the item: it is for a cartridge with cartridge one of \
             5.56x45mm NATO.\n    An item of another kind that claims it fails this line, at the \
             claim, and none of STANAG 4172's requirements is listed for it: remove the claim, or \
             correct the item's kind.\n"
        ),
        "{explained}"
    );
}

/// STANAG 2021 asks a vehicle for its class by its gross mass and a trailer by its payload, each
/// of its own kind only (`kinds` on the requirement): a light vehicle that gives no payload and
/// a light trailer that gives no gross mass were incomplete for the other kind's rule, and a
/// light trailer of 20 t gross was asked for a class by the vehicles' rule.
#[test]
fn stanag_2021_asks_vehicles_and_trailers_each_by_their_own_rule() {
    let report = json_report("tests/kinds/stanag-2021.yaml");
    let rows = |item: usize| -> Vec<(String, String, String)> {
        report["items"][item]["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| {
                let id = r["requirement"].as_str().unwrap();
                id.starts_with("STANAG-2021/") && id != "STANAG-2021/class-range"
            })
            .map(|r| {
                (
                    r["requirement"].as_str().unwrap().to_string(),
                    r["verdict"].as_str().unwrap().to_string(),
                    r["message"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let status = |item: usize| {
        report["items"][item]["standards"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["standard"] == "STANAG 2021")
            .map(|s| s["status"].as_str().unwrap().to_string())
            .unwrap()
    };
    let row = |id: &str, verdict: &str, message: &str| {
        vec![(id.to_string(), verdict.to_string(), message.to_string())]
    };
    let vehicle = "STANAG-2021/vehicle-classified";
    let trailer = "STANAG-2021/trailer-classified";
    let expected = [
        (
            row(
                vehicle,
                "not-applicable",
                "applies only when gross_mass ≥ 3 t; this item's gross_mass is 3 short tons (= 2.7 t)",
            ),
            "compliant",
        ),
        (
            row(
                trailer,
                "not-applicable",
                "applies only when payload ≥ 1.5 t; this item's payload is 3300 lb (= 1.4969 t)",
            ),
            "compliant",
        ),
        (
            row(
                trailer,
                "not-applicable",
                "applies only when payload ≥ 1.5 t; this item's payload is 1.2 t",
            ),
            "compliant",
        ),
        (
            row(
                trailer,
                "not-applicable",
                "applies only when payload ≥ 1.5 t; this item's payload is 1 t",
            ),
            "compliant",
        ),
        (
            row(
                vehicle,
                "not-applicable",
                "applies only when gross_mass ≥ 3 t; this item's gross_mass is 2.5 t",
            ),
            "compliant",
        ),
        (
            row(vehicle, "missing", "the item does not state mlc"),
            "incomplete",
        ),
        (
            row(trailer, "missing", "the item does not state mlc"),
            "incomplete",
        ),
        (
            row(
                trailer,
                "missing",
                "the item does not state payload, which decides whether the requirement \
                 applies (when payload ≥ 1.5 t); if it does: the item does not state mlc",
            ),
            "incomplete",
        ),
    ];
    assert_eq!(report["items"].as_array().unwrap().len(), expected.len());
    for (n, (rows_expected, status_expected)) in expected.iter().enumerate() {
        let id = &report["items"][n]["id"];
        assert_eq!(&rows(n), rows_expected, "{id}");
        assert_eq!(status(n), *status_expected, "{id}");
    }
    // `explain` says whom each asks
    let (code, text, _) = run(&["explain", trailer]);
    assert_eq!(code, 0);
    assert!(
        text.contains("    asks items of kind trailer only\n"),
        "{text}"
    );
}

#[test]
fn fix_prints_the_fixed_text_says_each_change_and_what_is_left_and_writes_in_place() {
    let dir = scratch("fix");
    let commas = fuel("a", "flash_point = \"38,5 °C\"\nfreeze_point = \"- 47 °C\"");
    let path = write(&dir, "commas.toml", &commas);
    let fixed = commas
        .replace("38,5 °C", "38.5 °C")
        .replace("- 47 °C", "-47 °C");
    let (code, out, err) = run(&["fix", &path]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, fixed);
    let name = Path::new(&path).display().to_string();
    assert_eq!(
        err,
        format!(
            "fixed: {name}:7: `38,5 °C` → `38.5 °C`\nfixed: {name}:8: `- 47 °C` → \
             `-47 °C`\n2 changes made: {name} reads\n"
        )
    );
    // the file itself is left as it was, until asked
    assert_eq!(std::fs::read_to_string(&path).unwrap(), commas);
    let (code, out, _) = run(&["fix", "--in-place", &path]);
    assert_eq!((code, out.as_str()), (0, ""));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), fixed);
    let (code, out, err) = run(&["fix", "--in-place", &path]);
    assert_eq!((code, out.as_str()), (0, ""));
    assert_eq!(err, format!("{name} reads: nothing to fix\n"));

    // a bare figure's comma is fixed; its missing unit needs the user: exit 2, said
    let (code, out, err) = run(&["fix", "tests/bad/decimal-commas-spreadsheet.json"]);
    assert_eq!(code, 2);
    assert!(
        out.contains("\"overall_length\": 57.4, \"case_length\": 44.1}"),
        "{out}"
    );
    assert!(
        err.contains("12 changes made; 12 errors left, which need you:\nerror: "),
        "{err}"
    );
    assert!(err.contains("57.4 has no unit"), "{err}");

    // nothing certain to fix: the text as it was, and its errors
    let tolerance = write(
        &dir,
        "tolerance.toml",
        &fuel("b", "flash_point = \"38,5 ± 0,5 °C\""),
    );
    let (code, out, err) = run(&["fix", &tolerance]);
    assert_eq!(code, 2);
    assert_eq!(out, fuel("b", "flash_point = \"38,5 ± 0,5 °C\""));
    assert!(
        err.contains("none of its errors has a certain fix"),
        "{err}"
    );
    assert!(err.contains("is a figure with a tolerance"), "{err}");

    // standard input has no file to write back into
    let (code, _, err) = run(&["fix", "--in-place", "-"]);
    assert_eq!(code, 2);
    assert!(err.contains("name the file, not standard input"), "{err}");
}

#[test]
fn check_hints_at_fix_for_a_file_whose_errors_say_fixes_and_not_for_others() {
    let dir = scratch("fix-hint");
    let commas = write(
        &dir,
        "my sheet.toml",
        &fuel("a", "flash_point = \"38,5 °C\""),
    );
    let tolerance = write(
        &dir,
        "tolerance.toml",
        &fuel("b", "flash_point = \"38,5 ± 0,5 °C\""),
    );
    let (code, _, err) = run(&["check", &commas, &tolerance]);
    assert_eq!(code, 2);
    let hints: Vec<&str> = err.lines().filter(|l| l.starts_with("hint:")).collect();
    assert_eq!(
        hints,
        [format!(
            "hint: `stanag-check fix '{}'` makes the fixes these errors say for certain (with \
             --in-place, in the file)",
            Path::new(&commas).display()
        )]
    );
    // the hint follows its file's errors
    let error_at = err.find("38,5 °C` writes a decimal comma").unwrap();
    assert!(err.find("hint:").unwrap() > error_at, "{err}");
    // with the user's own catalogue, which `fix` reads the file with too
    let cat = dir.join("national");
    std::fs::create_dir_all(&cat).unwrap();
    write(&cat, "nat-1.toml", LOCAL_STANDARD);
    let (_, _, err) = run(&["check", &commas, "--catalogue", cat.to_str().unwrap()]);
    assert!(
        err.contains(&format!(
            "hint: `stanag-check fix '{}' --catalogue {}` makes",
            Path::new(&commas).display(),
            cat.display()
        )),
        "{err}"
    );
    // standard input is fixed as `-`, and printed: it has no file to write into
    let mut child = Command::new(env!("CARGO_BIN_EXE_stanag-check"))
        .args(["check", "-"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(fuel("a", "flash_point = \"38,5 °C\"").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .ends_with("hint: `stanag-check fix -` makes the fixes these errors say for certain\n"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
