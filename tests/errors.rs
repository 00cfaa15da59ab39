//! Error paths of issue 2: every kind of bad input gets its exact message and place
//! (file, line:col, item, property). Small fixtures, exact expected text.

use stanag_check::catalogue::Catalogue;
use stanag_check::spec::{Place, SpecError};

fn catalogue() -> Catalogue {
    Catalogue::builtin().unwrap()
}

/// Every error of one file, as the CLI prints them (without "error: ").
fn errors(name: &str, text: &str) -> Vec<String> {
    told(name, text).0
}

/// Every error and warning of one file, as the CLI prints them (without "error: ").
fn told(name: &str, text: &str) -> (Vec<String>, Vec<String>) {
    let checked = stanag_check::check_texts(&catalogue(), &[(name.into(), text.into())]);
    match checked.rejected.first() {
        Some((_, refused)) => (
            refused.errors.iter().map(ToString::to_string).collect(),
            refused.warnings.iter().map(ToString::to_string).collect(),
        ),
        None => (Vec::new(), Vec::new()),
    }
}

/// The warnings of one file that is checked (none refused), as the CLI prints them.
fn checked_warnings(name: &str, text: &str) -> Vec<String> {
    let checked = stanag_check::check_texts(&catalogue(), &[(name.into(), text.into())]);
    assert!(checked.rejected.is_empty());
    report_warnings(&checked)
}

/// The warnings of a report, as the CLI prints them.
fn report_warnings(checked: &stanag_check::Checked) -> Vec<String> {
    checked
        .report
        .warnings
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn first_error(name: &str, text: &str) -> SpecError {
    let checked = stanag_check::check_texts(&catalogue(), &[(name.into(), text.into())]);
    checked.rejected[0].1.errors[0].clone()
}

/// A YAML file with one cartridge and the given properties block (indented six spaces).
fn yaml_item(properties: &str) -> String {
    format!(
        "items:\n  - id: c1\n    name: round\n    nation: USA\n    kind: cartridge\n    properties:\n{properties}"
    )
}

#[test]
fn syntax_errors_in_each_format() {
    assert_eq!(
        errors("a.json", "{\"items\": [\n  {\"id\": \"a\",}\n]}\n"),
        ["a.json:2:13: invalid JSON: a `,` before a closing `}` or `]`: remove it"]
    );
    assert_eq!(
        errors("a.toml", "[[items]]\nid = \"a\"\nname = = \"x\"\n"),
        ["a.toml:3:8: invalid TOML: a second `=`: write one `=` between a key and its value"]
    );
    assert_eq!(
        errors("a.yaml", "items:\n  - id: a\n   name: x\n"),
        ["a.yaml:3:4: invalid YAML: this line is indented as an entry of the list above, and does not start with `- `: indent it as the keys of its item, or start a new entry with `- ` (a dash and a space)"]
    );
    // detected from the content when the name says nothing
    assert_eq!(
        errors("pasted", "{\"items\": [1,]}"),
        ["pasted:1:13: invalid JSON: a `,` before a closing `}` or `]`: remove it"]
    );
}

#[test]
fn unknown_units_suggest_the_closest() {
    assert_eq!(
        errors("u.yaml", &yaml_item("      overall_length: 57.40 mmm\n")),
        ["u.yaml:7:23: item `c1`, property `overall_length`: unknown unit `mmm`, did you mean `mm`?"]
    );
    assert_eq!(
        errors("u.yaml", &yaml_item("      bullet_mass: 62 grainz\n")),
        ["u.yaml:7:20: item `c1`, property `bullet_mass`: unknown unit `grainz`, did you mean `grain`?"]
    );
    assert_eq!(
        errors("u.yaml", &yaml_item("      overall_length: 2 furlongs\n")),
        ["u.yaml:7:23: item `c1`, property `overall_length`: unknown unit `furlongs`"]
    );
}

#[test]
fn a_unit_of_the_wrong_dimension_names_both() {
    let text = r#"[[items]]
id = "m777"
name = "155 mm howitzer"
nation = "GBR"
kind = "weapon"
[items.properties]
bore_diameter = "155 mm"
chamber_volume = "23 kg"
"#;
    assert_eq!(
        errors("gun.toml", text),
        ["gun.toml:8:18: item `m777`, property `chamber_volume`: 23 kg is a mass; chamber_volume is a volume"]
    );
    assert_eq!(
        errors("p.yaml", &yaml_item("      pressure: 3,100 ft/s\n")),
        ["p.yaml:7:17: item `c1`, property `chamber_pressure`: 3,100 ft/s is a velocity; chamber_pressure is a pressure"]
    );
    assert_eq!(
        errors("p.yaml", &yaml_item("      overall_length: 57.40\n")),
        ["p.yaml:7:23: item `c1`, property `overall_length`: 57.40 has no unit; overall_length is a length (e.g. in mm)"]
    );
}

#[test]
fn nan_infinities_and_huge_numbers() {
    let json = |value: &str| {
        format!(
            "{{\"items\": [{{\"id\": \"a\", \"name\": \"x\", \"nation\": \"USA\", \"kind\": \"cartridge\",\n \"properties\": {{\"muzzle_velocity\": {value}}}}}]}}"
        )
    };
    assert_eq!(
        errors("n.json", &json("\"NaN m/s\"")),
        ["n.json:2:36: item `a`, property `muzzle_velocity`: `NaN m/s` is not a finite number: NaN and infinities are not measurements"]
    );
    assert_eq!(
        errors("n.json", &json("\"-Infinity m/s\"")),
        ["n.json:2:36: item `a`, property `muzzle_velocity`: `-Infinity m/s` is not a finite number: NaN and infinities are not measurements"]
    );
    // bare NaN is not JSON at all
    assert_eq!(
        errors("n.json", &json("NaN")),
        ["n.json:2:36: invalid JSON: `NaN` is no figure: NaN and infinities are not measurements"]
    );
    assert_eq!(
        errors("n.json", &json("1e308")),
        ["n.json:2:36: item `a`, property `muzzle_velocity`: `1e308` is written with the power of ten 308, past the -20 to 20 the tool reads: write the figure as the data sheet gives it, in the unit it is counted in"]
    );
    assert_eq!(
        errors("n.yaml", &yaml_item("      muzzle_velocity: .inf\n")),
        ["n.yaml:7:24: item `c1`, property `muzzle_velocity`: `.inf` is not a finite number: NaN and infinities are not measurements"]
    );
    assert_eq!(
        errors(
            "n.toml",
            "[[items]]\nid = \"a\"\nname = \"x\"\nnation = \"USA\"\nkind = \"cartridge\"\n[items.properties]\nbullet_mass = nan\n"
        ),
        ["n.toml:7:15: item `a`, property `bullet_mass`: `nan` is not a finite number: NaN and infinities are not measurements"]
    );
}

#[test]
fn negative_values_where_impossible() {
    assert_eq!(
        errors("neg.yaml", &yaml_item("      bullet_weight: -62 gr\n")),
        ["neg.yaml:7:22: item `c1`, property `bullet_mass`: -62 gr is negative; bullet_mass cannot be below zero"]
    );
    // a temperature below zero is a temperature, not an error
    let fuel = "items:\n  - id: f\n    name: Jet A-1\n    nation: GBR\n    kind: fuel\n    properties:\n      nato_code: F-35\n      freeze_point: -52.6 °F\n";
    assert_eq!(errors("fuel.yaml", fuel), Vec::<String>::new());
}

#[test]
fn duplicate_ids_and_keys() {
    let text = "items:\n  - {id: a, name: x, nation: USA, kind: cartridge}\n  - {id: a, name: y, nation: GBR, kind: cartridge}\n";
    assert_eq!(
        errors("d.yaml", text),
        ["d.yaml:3:10: item `a`, field `id`: duplicate item id `a` (first at line 2)"]
    );
    assert_eq!(
        errors("k.json", "{\"items\": [],\n \"items\": []}"),
        ["k.json:2:2: duplicate key `items` (first at line 1)"]
    );
}

#[test]
fn trigraphs_nsns_and_kinds() {
    let item = |nation: &str, kind: &str, nsn: &str| {
        format!("items:\n  - id: a\n    name: x\n    nation: {nation}\n    kind: {kind}\n    nsn: {nsn}\n")
    };
    assert_eq!(
        errors("t.yaml", &item("gbr", "cartridge", "1305-01-234-5678")),
        ["t.yaml:4:13: item `a`, field `nation`: `gbr` is not a STANAG 1059 trigraph, did you mean `GBR` (United Kingdom)?"]
    );
    assert_eq!(
        // by edit distance `UK` would be UKR (Ukraine): the initials of United Kingdom come first
        errors("t.yaml", &item("UK", "cartridge", "1305-01-234-5678")),
        ["t.yaml:4:13: item `a`, field `nation`: `UK` is not a STANAG 1059 trigraph, did you mean `GBR` (United Kingdom)?"]
    );
    assert_eq!(
        errors("t.yaml", &item("GBR", "cartridge", "1305-01-234-567")),
        ["t.yaml:6:10: item `a`, field `nsn`: `1305-01-234-567` is not a NATO Stock Number: it has 12 digits or letters; an NSN has 13 (NNNN-NN-NNN-NNNN, the hyphens not counted)"]
    );
    assert_eq!(
        errors("t.yaml", &item("GBR", "cartridge", "1305-0A-234-5678")),
        ["t.yaml:6:10: item `a`, field `nsn`: `1305-0A-234-5678` is not a NATO Stock Number: the supply class and NCB code (first six) must be digits (NNNN-NN-NNN-NNNN, the hyphens not counted)"]
    );
    assert_eq!(
        errors("t.yaml", &item("GBR", "cartridge", "13050-1-234-5678")),
        ["t.yaml:6:10: item `a`, field `nsn`: `13050-1-234-5678` is not a NATO Stock Number: the hyphens are misplaced (NNNN-NN-NNN-NNNN, the hyphens not counted)"]
    );
    assert_eq!(
        errors("t.yaml", &item("GBR", "cartrige", "1305-01-234-5678")),
        ["t.yaml:5:11: item `a`, field `kind`: unknown item kind `cartrige`, did you mean `cartridge`?"]
    );
    // (a sheet's British `fuse` is the munition fuze, not a fuel)
    assert_eq!(
        errors("t.yaml", &item("GBR", "fuse", "1305-01-234-5678")),
        ["t.yaml:5:11: item `a`, field `kind`: unknown item kind `fuse`, did you mean `fuze`?"]
    );
    // a kind like none was said with no list of the kinds: they are listed, and where the
    // dictionary describes such a thing under a kind (a shell under `munition`, a bomb under
    // `munition` and `store`), that is said; a word it does not use (`parachute`) is given no kind
    let known = "(known: accessory, aircraft, ballistic-test, bomb-rack, cartridge, \
                 confidentiality-label, crossing, data-bus, data-link, freight-container, fuel, \
                 fuze, ground-power-unit, im-test, magazine, motion-imagery, munition, pallet, rail, \
                 receiver-aircraft, store, tanker, terminal, trailer, uas-air-vehicle, \
                 uas-control-station, vehicle, waveform, weapon)";
    for (kind, said) in [
        ("parachute", String::new()),
        (
            "shells",
            ", which the dictionary describes under `munition`".to_string(),
        ),
        (
            "bomb",
            ", which the dictionary describes under `munition` and `store`".to_string(),
        ),
        // (what a magazine is for is not what it is)
        (
            "rifle",
            ", which the dictionary describes under `weapon`".to_string(),
        ),
        (
            "Machine Gun",
            ", which the dictionary describes under `weapon`".to_string(),
        ),
    ] {
        assert_eq!(
            errors("t.yaml", &item("GBR", kind, "1305-01-234-5678")),
            [format!(
                "t.yaml:5:11: item `a`, field `kind`: unknown item kind `{kind}`{said} {known}"
            )]
        );
    }
    // an unquoted NSN in YAML is text, and valid
    assert_eq!(
        errors("t.yaml", &item("GBR", "cartridge", "1305-01-234-5678")),
        Vec::<String>::new()
    );
}

#[test]
fn every_error_of_a_file_is_reported_with_its_item() {
    let text = r#"{"items": [
  {"id": "a", "name": "x", "nation": "USA", "kind": "cartridge",
   "properties": {"overall_length": "57.40 mmm", "bullet_mass": "-4 g"}},
  {"id": "b", "name": "y", "nation": "XYZ", "kind": "cartridge"}
]}"#;
    assert_eq!(
        errors("many.json", text),
        [
            "many.json:3:37: item `a`, property `overall_length`: unknown unit `mmm`, did you mean `mm`?",
            "many.json:3:65: item `a`, property `bullet_mass`: -4 g is negative; bullet_mass cannot be below zero",
            "many.json:4:38: item `b`, field `nation`: `XYZ` is not a STANAG 1059 trigraph",
        ]
    );
}

#[test]
fn the_place_is_structured_not_only_text() {
    let e = first_error("gun.yaml", &yaml_item("      oal: 62 gr\n"));
    assert_eq!(
        e.place,
        Place {
            file: "gun.yaml".into(),
            line: 7,
            col: 12,
            item: Some("c1".into()),
            property: Some("overall_length".into()),
        }
    );
    assert_eq!(
        e.problem.to_string(),
        "62 gr is a mass; overall_length is a length"
    );
}

#[test]
fn size_and_depth_limits() {
    let big = format!("{{\"items\": []}}{}", " ".repeat(1 << 20));
    assert_eq!(
        errors("big.json", &big),
        ["big.json:1:1: the text is 1,048,589 bytes, over the limit of 1 MiB (1,048,576 bytes): split it into smaller files"]
    );
    let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
    assert_eq!(
        errors("deep.json", &deep),
        ["deep.json:1:34: nesting is deeper than 32 levels: a spec or catalogue file needs a few at most: nest fewer lists and tables, or close one left open before here"]
    );
    // `x` is level 1: the 33rd bracket is the first node past 32 levels, as in JSON and YAML
    let deep = format!("x = {}{}", "[".repeat(40), "]".repeat(40));
    assert_eq!(
        errors("deep.toml", &deep),
        ["deep.toml:1:37: nesting is deeper than 32 levels: a spec or catalogue file needs a few at most: nest fewer lists and tables, or close one left open before here"]
    );
    // the root sequence is level 0, as JSON's first bracket is: the 34th `- ` (column 67)
    assert_eq!(
        errors("deep.yaml", &("- ".repeat(40) + "x")),
        ["deep.yaml:1:67: nesting is deeper than 32 levels: a spec or catalogue file needs a few at most: nest fewer lists and tables, or close one left open before here"]
    );
    // and flow nesting, which the YAML reader would refuse only at 256 levels, is said alike
    assert_eq!(
        errors(
            "deep.yaml",
            &format!("{}{}", "[".repeat(300), "]".repeat(300))
        ),
        ["deep.yaml:1:34: nesting is deeper than 32 levels: a spec or catalogue file needs a few at most: nest fewer lists and tables, or close one left open before here"]
    );
    // a value 32 levels below the root (level 0) is taken in every format; at 33 it is not
    for depth in [32, 33] {
        let json = format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
        let yaml = format!("{}x", "- ".repeat(depth));
        let toml = format!("x = {}1{}", "[".repeat(depth - 1), "]".repeat(depth - 1));
        for (name, text) in [("d.json", json), ("d.yaml", yaml), ("d.toml", toml)] {
            let refused = errors(name, &text)
                .iter()
                .any(|e| e.contains("nesting is deeper than 32 levels: a spec or catalogue file needs a few at most: nest fewer lists and tables, or close one left open before here"));
            assert_eq!(refused, depth == 33, "{name} at {depth} levels");
        }
    }
    // and so is an empty list there: `[[…]]` is JSON and YAML alike, and read alike
    for brackets in [33, 34] {
        let text = format!("{}{}", "[".repeat(brackets), "]".repeat(brackets));
        let json = errors("d.json", &text);
        let yaml = errors("d.yaml", &text);
        let too_deep = |e: &[String]| e.iter().any(|e| e.contains("deeper than 32 levels"));
        assert_eq!(too_deep(&json), brackets == 34, "{json:?}");
        assert_eq!(too_deep(&yaml), brackets == 34, "{yaml:?}");
    }
    assert_eq!(
        errors("e.yaml", "\n# nothing\n"),
        ["e.yaml:1:1: the file is empty"]
    );
}

#[test]
fn unknown_properties_are_warnings_with_did_you_mean() {
    assert_eq!(
        checked_warnings(
            "w.yaml",
            &yaml_item(
                "      calibr: 5.56 NATO\n      overal_length: 57.40 mm\n      colour: green\n",
            ),
        ),
        [
            "w.yaml:7:7: item `c1`, property `calibr`: warning: unknown property `calibr` is not checked, did you mean `cartridge`?",
            "w.yaml:8:7: item `c1`, property `overal_length`: warning: unknown property `overal_length` is not checked, did you mean `overall_length`?",
            "w.yaml:9:7: item `c1`, property `colour`: warning: unknown property `colour` is not checked",
        ]
    );
    let checked = stanag_check::check_texts(
        &catalogue(),
        &[(
            "f.yaml".into(),
            "items:\n  - id: a\n    name: x\n    nation: USA\n    kind: cartridge\n    nmae: y\n"
                .into(),
        )],
    );
    assert_eq!(
        checked.report.warnings[0].to_string(),
        "f.yaml:6:5: item `a`: warning: unknown item field `nmae` is ignored: properties go under `properties`"
    );
    // `ntoes` is one swap from `notes`, which the item does not have yet
    let checked = stanag_check::check_texts(
        &catalogue(),
        &[(
            "f.yaml".into(),
            "items:\n  - id: a\n    name: x\n    nation: USA\n    kind: cartridge\n    ntoes: y\n"
                .into(),
        )],
    );
    assert_eq!(
        checked.report.warnings[0].to_string(),
        "f.yaml:6:5: item `a`: warning: unknown item field `ntoes` is ignored, did you mean `notes`?"
    );
}

#[test]
fn missing_fields() {
    assert_eq!(
        errors(
            "m.json",
            "{\"items\": [{\"name\": \"x\", \"nation\": \"USA\", \"kind\": \"cartridge\"}]}"
        ),
        ["m.json:1:12: missing `id`"]
    );
    assert_eq!(
        errors("m.yaml", "items:\n  - id: a\n    name: x\n"),
        [
            "m.yaml:2:5: item `a`: missing `nation`",
            "m.yaml:2:5: item `a`: missing `kind`"
        ]
    );
    assert_eq!(
        errors("m.yaml", "things: []\n"),
        ["m.yaml:1:1: missing `items`"]
    );
    assert_eq!(
        errors(
            "m.yaml",
            &yaml_item("      chamber_pressure: { unit: MPa, method: EPVAT }\n")
        ),
        ["m.yaml:7:25: item `c1`, property `chamber_pressure`: missing `value`"]
    );
}

#[test]
fn wrong_types() {
    assert_eq!(
        errors(
            "w.yaml",
            "items:\n  - id: a\n    name: 155\n    nation: USA\n    kind: munition\n"
        ),
        ["w.yaml:3:11: item `a`, field `name`: expected text, found a number"]
    );
    assert_eq!(
        errors("w.yaml", &yaml_item("      overall_length: true\n")),
        ["w.yaml:7:23: item `c1`, property `overall_length`: expected a figure with its unit, found a boolean"]
    );
    assert_eq!(
        errors("w.yaml", &yaml_item("      belt_link: M99\n")),
        ["w.yaml:7:18: item `c1`, property `belt_link`: `M99` is not a value of belt_link (expected one of: M27, M13, M9), did you mean `M9`?"]
    );
    // a code of as many digits as a listed one, but others, is another code, not a typo of it:
    // no fuel is offered for a fuel the catalogue does not list (F-24 is not F-34)
    let fuel = "items:\n  - id: t\n    name: t\n    nation: USA\n    kind: vehicle\n    properties:\n      accepted_fuels: [F-24, JP-8]\n";
    assert_eq!(
        errors("f.yaml", fuel),
        ["f.yaml:7:24: item `t`, property `accepted_fuels`: `F-24` is not a value of accepted_fuels (expected one of: F-34, F-35, F-40, F-44, F-46, F-54, F-76, F-18): `F-24` has the form of the listed codes but is none of them: the catalogue lists only those it has a public source for; to check items that state it, declare accepted_fuels again with it in a dictionary.toml of your own, loaded as your own catalogue file (standards/README.md)"]
    );
    // a twist written `1 in 7`, or as a fraction of a twist, `1/7 in`: one turn in 7 inches
    // (where `1/2 in` of another length is half an inch)
    let twist = |figure: &str| {
        format!("items:\n  - id: r\n    name: t\n    nation: USA\n    kind: cartridge\n    properties:\n      rifling_twist: {figure}\n")
    };
    assert_eq!(
        errors("t.yaml", &twist("1 in 7")),
        ["t.yaml:7:22: item `r`, property `rifling_twist`: 1 in 7 gives no unit for rifling_twist's length: write it as `1 in 7 in` or `1:7 in` (one turn in 7 inches), or as the length itself (`178 mm`)"]
    );
    assert_eq!(
        errors("t.yaml", &twist("1/7 in")),
        ["t.yaml:7:22: item `r`, property `rifling_twist`: 1/7 in writes rifling_twist's length as a fraction, which reads as 1/7 of an inch: write it as `1 in 7 in` or `1:7 in` (one turn in 7 inches), or as the length itself (`178 mm`)"]
    );
    // (the length as written, not the example of 7 inches)
    assert!(errors("t.yaml", &twist("1/9 in"))[0].ends_with(
        "write it as `1 in 9 in` or `1:9 in` (one turn in 9 inches), or as the length itself (`229 mm`)"
    ));
    assert_eq!(
        errors("t.yaml", &twist("1/2 in").replace("rifling_twist", "overall_length")),
        ["t.yaml:7:23: item `r`, property `overall_length`: `1/2 in` is a fraction: write it as a decimal, 0.5 in"]
    );
    // a value with a remark in brackets, and a figure after its property's own name: told
    // what to write
    let truck = "items:\n  - id: v\n    name: t\n    nation: USA\n    kind: vehicle\n    properties:\n      running_gear: wheeled (6x6)\n      mlc: MLC 16\n";
    assert_eq!(
        errors("v.yaml", truck),
        [
            "v.yaml:7:21: item `v`, property `running_gear`: `wheeled (6x6)` is not a value of running_gear (expected one of: wheeled, tracked): the bracket is a remark, not part of the value: write `wheeled`, and the remark in the item's name or a comment",
            "v.yaml:8:12: item `v`, property `mlc`: `MLC 16` names mlc before its figure: write the figure alone, 16"
        ]
    );
    assert_eq!(
        errors("f.yaml", &fuel.replace("F-24", "F34x")),
        ["f.yaml:7:24: item `t`, property `accepted_fuels`: `F34x` is not a value of accepted_fuels (expected one of: F-34, F-35, F-40, F-44, F-46, F-54, F-76, F-18), did you mean `F-34`?"]
    );
    assert_eq!(
        errors("w.yaml", &yaml_item("      chamber_pressure: { value: 430, unit: MPa, method: EPVAT2 }\n")),
        ["w.yaml:7:58: item `c1`, property `chamber_pressure`: unknown test method `EPVAT2`, did you mean `EPVAT`? (known: CIP-piezo, EPVAT, SAAMI-piezo, SCATP-5.56, TM-43-0001-27, copper-crusher)"]
    );
    assert_eq!(
        errors("w.yaml", &yaml_item("      chamber_pressure: { value: 430, unit: MPa, method: NATO EPVAT }\n")),
        ["w.yaml:7:58: item `c1`, property `chamber_pressure`: unknown test method `NATO EPVAT`, did you mean `EPVAT`? (known: CIP-piezo, EPVAT, SAAMI-piezo, SCATP-5.56, TM-43-0001-27, copper-crusher)"]
    );
    // a mark between digits is kept: another figure is another method, never taken for one
    for written in ["SCATP-55.6", "TM 4300-01-27"] {
        let said = errors(
            "w.yaml",
            &yaml_item(&format!(
                "      chamber_pressure: {{ value: 430, unit: MPa, method: \"{written}\" }}\n"
            )),
        );
        assert!(
            said.len() == 1 && said[0].contains(&format!("unknown test method `{written}`")),
            "{said:?}"
        );
    }
    // a method written in another case, spacing or punctuation is the method itself
    for written in [
        "epvat",
        "copper crusher",
        "C.I.P. piezo",
        "cip_piezo",
        "scatp 5.56",
        // marks or spaces between digits are one separator, whichever: a decimal comma, Word's
        // dash
        "SCATP 5,56",
        "TM 43–0001–27",
        "TM 43.0001.27",
        "TM-43/0001/27",
        "TM 43 0001 27",
    ] {
        assert_eq!(
            errors(
                "w.yaml",
                &yaml_item(&format!(
                    "      chamber_pressure: {{ value: 430, unit: MPa, method: \"{written}\" }}\n"
                ))
            ),
            Vec::<String>::new(),
            "{written}"
        );
    }
    assert_eq!(
        errors("w.json", "{\"items\": \"none\"}"),
        ["w.json:1:11: expected a list of items, found a string"]
    );
}

/// A file with errors is not checked, but its warnings are still told beside its errors: a
/// misspelt property name explains why a figure the user gave is not there.
#[test]
fn a_file_with_errors_keeps_its_warnings() {
    let checked = stanag_check::check_texts(
        &catalogue(),
        &[(
            "f.yaml".into(),
            "items:\n  - id: a\n    name: x\n    nation: XYZ\n    kind: cartridge\n    \
             properties:\n      calibr: 5.56 NATO\n"
                .into(),
        )],
    );
    let [(name, refused)] = checked.rejected.as_slice() else {
        panic!("expected one rejected file, got {:?}", checked.rejected)
    };
    assert_eq!(name, "f.yaml");
    let errors: Vec<String> = refused.errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        ["f.yaml:4:13: item `a`, field `nation`: `XYZ` is not a STANAG 1059 trigraph"]
    );
    let warnings: Vec<String> = refused.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["f.yaml:7:7: item `a`, property `calibr`: warning: unknown property `calibr` is not checked, did you mean `cartridge`?"]
    );
    // nothing of the file reaches the report, its warnings neither
    assert!(checked.report.items.is_empty());
    assert!(checked.report.warnings.is_empty());
}

/// A method written another way is read as the method itself, so the requirement by that method
/// judges the figure (it is not left "not comparable").
#[test]
fn a_method_written_another_way_is_judged_by_its_requirement() {
    let catalogue = catalogue();
    let spec = yaml_item(
        "      cartridge: 5.56x45mm NATO\n      chamber_pressure: { value: 4400, unit: bar, method: epvat }\n",
    );
    let checked = stanag_check::check_texts(&catalogue, &[("m.yaml".to_string(), spec)]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    let outcome = checked.report.items[0]
        .results
        .iter()
        .find(|o| &*o.citation.requirement == "STANAG-4172/pressure-epvat")
        .expect("judged by the EPVAT requirement");
    assert_eq!(
        (format!("{:?}", outcome.verdict), &*outcome.message),
        (
            "Fail".to_string(),
            "4400 bar (= 440 MPa) is above the maximum 430 MPa by 10 MPa (2.33 %)"
        )
    );
}

/// An exception (`unless`) excuses an item from one requirement; it does not make it an item of
/// another sort: an olive-drab HE round that claims STANAG 2953, its role unstated, meets the
/// standard, whether or not it carries a band its body makes needless.
#[test]
fn an_exception_leaves_a_claim_standing() {
    let catalogue = catalogue();
    for bands in ["[yellow]", "[]"] {
        let spec = format!(
            "items:\n  - id: he\n    name: he\n    nation: USA\n    kind: munition\n    claims: [STANAG 2953]\n    properties:\n      body_colour: olive drab\n      filler_high_explosive: true\n      bands: {bands}\n"
        );
        let checked = stanag_check::check_texts(&catalogue, &[("he.yaml".to_string(), spec)]);
        assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
        let item = &checked.report.items[0];
        let status = item
            .standards
            .iter()
            .find(|s| &*s.standard == "STANAG 2953")
            .map(|s| s.status.name());
        assert_eq!(status, Some("compliant"), "{bands}");
        let band = item
            .results
            .iter()
            .find(|o| &*o.citation.requirement == "STANAG-2953/band-he")
            .expect("the band rule's row");
        assert_eq!(
            (format!("{:?}", band.verdict), &*band.message),
            (
                "NotApplicable".to_string(),
                "does not apply when body_colour = olive drab"
            )
        );
    }
}

/// A plain number with a percent sign after it is told it takes none, not offered a unit.
#[test]
fn a_plain_number_with_a_percent_sign_takes_none() {
    let fuel = "items:\n  - id: f\n    name: f\n    nation: USA\n    kind: fuel\n    properties:\n      relative_density: 85 %\n";
    assert_eq!(
        errors("f.yaml", fuel),
        ["f.yaml:7:25: item `f`, property `relative_density`: 85 % has a unit; relative_density is a plain number"]
    );
}

/// A requirement that does not apply because of a figure the item states says which figure, so
/// that a misreading shows; a figure that reads two ways (`1.500 kg`, which may be 1500 kg: a
/// payload of at least 1.5 t) is judged both ways, and where the requirement then applies it is
/// not comparable.
#[test]
fn a_figure_that_makes_a_requirement_not_apply_is_told() {
    let catalogue = catalogue();
    let row_of = |payload: &str| {
        let spec = format!("items:\n  - {{ id: t, name: t, nation: DEU, kind: trailer, properties: {{ payload: {payload} }} }}\n");
        let checked = stanag_check::check_texts(&catalogue, &[("t.yaml".to_string(), spec)]);
        assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
        let row = checked.report.items[0]
            .results
            .iter()
            .find(|o| &*o.citation.requirement == "STANAG-2021/trailer-classified")
            .expect("the classification row")
            .clone();
        (format!("{:?}", row.verdict), row.message.to_string())
    };
    assert_eq!(
        row_of("1.25 kg"),
        (
            "NotApplicable".to_string(),
            "applies only when payload ≥ 1.5 t; this item's payload is 1.25 kg (= 0.00125 t)"
                .to_string()
        )
    );
    assert_eq!(
        row_of("1.500 kg"),
        (
            "NotComparable".to_string(),
            "`1.500 kg` may be 1.5 kg or 1500 kg: the requirement applies to 1500 kg (the item does not state mlc); write 1.5 kg or 1500 kg".to_string()
        )
    );
}

/// A misspelt required field is one error, not an error and a warning for one mistake; another
/// unknown field is still a warning.
#[test]
fn a_misspelt_required_field_is_said_once() {
    let text = "items:\n  - id: a\n    name: x\n    natoin: USA\n    kind: cartridge\n    propertise: {}\n";
    let checked = stanag_check::check_texts(&catalogue(), &[("m.yaml".into(), text.into())]);
    let (_, refused) = &checked.rejected[0];
    let said = |list: Vec<String>| list.join("\n");
    assert_eq!(
        said(refused.errors.iter().map(ToString::to_string).collect()),
        "m.yaml:4:5: item `a`: `natoin` is not an item field, did you mean `nation`? (every item \
         needs `nation`)"
    );
    assert_eq!(
        said(refused.warnings.iter().map(ToString::to_string).collect()),
        "m.yaml:6:5: item `a`: warning: unknown item field `propertise` is ignored, did you mean \
         `properties`?"
    );
    // a second misspelling of the same field is not lost: the first is the error, it a warning
    let text =
        "items:\n  - id: a\n    nmae: x\n    naem: y\n    nation: USA\n    kind: cartridge\n";
    let checked = stanag_check::check_texts(&catalogue(), &[("n.yaml".into(), text.into())]);
    let (_, refused) = &checked.rejected[0];
    assert_eq!(
        said(refused.errors.iter().map(ToString::to_string).collect()),
        "n.yaml:3:5: item `a`: `nmae` is not an item field, did you mean `name`? (every item \
         needs `name`)"
    );
    assert_eq!(
        said(refused.warnings.iter().map(ToString::to_string).collect()),
        "n.yaml:4:5: item `a`: warning: unknown item field `naem` is ignored, did you mean `name`?"
    );
}

/// A count's decimal comma in a bare TOML or JSON number is told once, fully, as YAML's is: no
/// whole number however its comma is read, at its item and property (was only that TOML does not
/// read it, and then, once written `40.5`, that it is no count); with the other decimal commas of
/// the file, each at its property, as a file's figures that are no count now are too.
#[test]
fn a_counts_decimal_comma_is_told_as_no_whole_number_in_every_syntax() {
    let head = "[[items]]\nid = \"a\"\nname = \"x\"\nnation = \"FRA\"\nkind = \"vehicle\"\n[items.properties]\n";
    let count = "40,5 (40.5, with a decimal comma) is not a whole number; mlc is an integer";
    assert_eq!(
        errors("c.toml", &format!("{head}mlc = 40,5\n")),
        [format!("c.toml:7:7: item `a`, property `mlc`: {count}")]
    );
    assert_eq!(
        errors(
            "c.toml",
            &format!("{head}overall_length = 57,4\nmlc = 40,5\n")
        ),
        [
            "c.toml:7:18: item `a`, property `overall_length`: `57,4` writes a decimal comma and has no unit: \
             write 57.4 with its unit; overall_length is a length (e.g. in mm)"
                .to_string(),
            format!("c.toml:8:7: item `a`, property `mlc`: {count}"),
        ]
    );
    // (the alias, in an inline table; and with thousands grouped by a point)
    assert_eq!(
        errors(
            "c.toml",
            &head.replace(
                "[items.properties]\n",
                "properties = { load_class = 40,5 }\n"
            )
        ),
        [format!("c.toml:6:29: item `a`, property `mlc`: {count}")]
    );
    assert_eq!(
        errors("c.toml", &format!("{head}mlc = 1.040,5\n")),
        ["c.toml:7:7: item `a`, property `mlc`: 1.040,5 (1040.5, with a decimal comma) is not a \
          whole number; mlc is an integer"]
    );
    let json = "{\"items\": [{\"id\": \"a\", \"name\": \"x\", \"nation\": \"FRA\", \"kind\": \"vehicle\", \"properties\": {\"mlc\": 40,5, \"tie_down_rings\": 22}}]}\n";
    assert_eq!(
        errors("c.json", json),
        [format!("c.json:1:95: item `a`, property `mlc`: {count}")]
    );
    assert_eq!(
        errors("c.json", &json.replace("40,5", "40,0")),
        ["c.json:1:95: item `a`, property `mlc`: `40,0` writes a decimal comma: write 40.0"]
    );
    // no count: each at its property too (was only the first, as the syntax says)
    assert_eq!(
        errors("c.toml", &format!("{head}overall_length = 57,4\nmlc = 40\n")),
        ["c.toml:7:18: item `a`, property `overall_length`: `57,4` writes a decimal comma and has no unit: \
             write 57.4 with its unit; overall_length is a length (e.g. in mm)"]
    );
    assert_eq!(
        errors(
            "c.json",
            &json
                .replace("40,5", "40")
                .replace("\"tie_down_rings\": 22", "\"overall_length\": 5,5")
        ),
        ["c.json:1:117: item `a`, property `overall_length`: `5,5` writes a decimal comma and has no unit: \
             write 5.5 with its unit; overall_length is a length (e.g. in mm)"]
    );
    // thousands grouped by spaces with a decimal comma: both at once (was only the syntax's
    // words, and, once written 1500.5, that it is no count)
    let spaced = "1500,5 (1500.5, with a decimal comma) is not a whole number; mlc is an integer";
    assert_eq!(
        errors("c.toml", &format!("{head}mlc = 1 500,5\n")),
        [format!("c.toml:7:7: item `a`, property `mlc`: {spaced}")]
    );
    assert_eq!(
        errors("c.json", &json.replace("40,5", "1 500,5")),
        [format!("c.json:1:95: item `a`, property `mlc`: {spaced}")]
    );
    assert_eq!(
        errors("c.toml", &format!("{head}mlc = 1\u{a0}500,5\n")),
        [format!("c.toml:7:7: item `a`, property `mlc`: {spaced}")]
    );
    // thousands grouped by spaces without a decimal comma stay the syntax's
    assert_eq!(
        errors("c.toml", &format!("{head}mlc = 1 500\n")),
        [
            "c.toml:7:7: invalid TOML: `1 500` groups thousands with spaces, which TOML does not \
          read: write 1500"
        ]
    );
    // a count before another mistake: both told, as the syntax says (the file reads no further)
    assert_eq!(
        errors("c.toml", &format!("{head}mlc = 40,5\nname = = 1\n")),
        [
            "c.toml:7:7: invalid TOML: `40,5` has a decimal comma, which TOML does not read: \
             write 40.5",
            "c.toml:8:8: invalid TOML: a second `=`: write one `=` between a key and its value"
        ]
    );
}

/// A spreadsheet's export with a decimal comma in every figure has each told, at its item and
/// property, in TOML and JSON (was only the first: a dozen runs to find a dozen), and a figure
/// the spec layer takes (a text's) as the syntax says; past the most a file is read past, the
/// last one told says the file is read no further.
#[test]
fn every_decimal_comma_of_a_toml_or_json_file_is_told() {
    let cartridge = |i: usize| {
        format!(
            "[[items]]\nid = \"c{i}\"\nname = \"c\"\nnation = \"FRA\"\nkind = \"cartridge\"\n\
             [items.properties]\noverall_length = 57,4\ncase_length = 44,{i}\n"
        )
    };
    let toml: String = (1..=6).map(cartridge).collect();
    let said = errors("s.toml", &toml);
    assert_eq!(said.len(), 12, "{said:#?}");
    assert_eq!(
        said[..2],
        [
            "s.toml:7:18: item `c1`, property `overall_length`: `57,4` writes a decimal comma and has no unit: \
             write 57.4 with its unit; overall_length is a length (e.g. in mm)",
            "s.toml:8:15: item `c1`, property `case_length`: `44,1` writes a decimal comma and has no unit: \
             write 44.1 with its unit; case_length is a length (e.g. in mm)"
        ]
    );
    assert_eq!(
        said[11],
        "s.toml:48:15: item `c6`, property `case_length`: `44,6` writes a decimal comma and has no unit: \
             write 44.6 with its unit; case_length is a length (e.g. in mm)"
    );
    let json = |i: usize| {
        format!(
            "{{\"id\": \"c{i}\", \"name\": \"c\", \"nation\": \"FRA\", \"kind\": \"cartridge\", \
             \"properties\": {{\"overall_length\": 57,4, \"case_length\": 44,{i}}}}}"
        )
    };
    let items: Vec<String> = (1..=5).map(json).collect();
    let said = errors(
        "s.json",
        &format!("{{\"items\": [\n{}\n]}}\n", items.join(",\n")),
    );
    assert_eq!(said.len(), 10, "{said:#?}");
    assert_eq!(
        said[9],
        "s.json:6:119: item `c5`, property `case_length`: `44,5` writes a decimal comma and has no unit: \
             write 44.5 with its unit; case_length is a length (e.g. in mm)"
    );
    // a text's figure, which the spec layer takes, among them
    assert_eq!(
        errors(
            "s.toml",
            &cartridge(1).replace("overall_length = 57,4", "nsn = 1,5")
        ),
        [
            "s.toml:7:7: invalid TOML: `1,5` has a decimal comma, which TOML does not read: write \
             1.5",
            "s.toml:8:15: item `c1`, property `case_length`: `44,1` writes a decimal comma and has no unit: \
             write 44.1 with its unit; case_length is a length (e.g. in mm)"
        ]
    );
    // past the most read past: each as the syntax says, the last saying it is the last
    let toml: String = (1..=51).map(cartridge).collect();
    let said = errors("s.toml", &toml);
    assert_eq!(said.len(), stanag_check::document::MAX_COMMA_FIGURES + 1);
    assert_eq!(
        said[0],
        "s.toml:7:18: invalid TOML: `57,4` has a decimal comma, which TOML does not read: write \
         57.4"
    );
    assert_eq!(
        said[100],
        "s.toml:407:18: invalid TOML: `57,4` has a decimal comma, which TOML does not read: \
         write 57.4; the file is read no further than here, past its first 100 such figures: \
         any after this are not told"
    );
}

/// A UN classification code written as a hazard division (`1.1D`: division 1.1, compatibility
/// group D) is told as the two properties to write, by the dictionary's `code_with`, however
/// it is spelt (an alias, `HD `, a space, a small letter); a letter that is no compatibility
/// group, or a division that is none, keeps the did-you-mean.
#[test]
fn a_classification_code_is_told_as_the_two_properties_it_writes() {
    let munition = |value: &str| {
        format!(
            "items:\n  - id: m\n    name: m\n    nation: USA\n    kind: munition\n    \
             properties:\n      {value}\n"
        )
    };
    let two = |written: &str, division: &str, group: &str| {
        format!(
            "m.yaml:7:24: item `m`, property `hazard_division`: `{written}` writes \
             hazard_division {division} and compatibility_group {group} as one code: write them \
             as two properties, `hazard_division: {division}` and `compatibility_group: {group}`"
        )
    };
    assert_eq!(
        errors("m.yaml", &munition("hazard_division: 1.1D")),
        [two("1.1D", "1.1", "D")]
    );
    assert_eq!(
        errors("m.yaml", &munition("hazard_division: 1.2 C")),
        [two("1.2 C", "1.2", "C")]
    );
    assert_eq!(
        errors("m.yaml", &munition("hazard_division: 1.4s")),
        [two("1.4s", "1.4", "S")]
    );
    assert_eq!(
        errors("m.yaml", &munition("hd: HD 1.4S")),
        [
            "m.yaml:7:11: item `m`, property `hazard_division`: `HD 1.4S` writes hazard_division \
          1.4 and compatibility_group S as one code: write them as two properties, \
          `hazard_division: 1.4` and `compatibility_group: S`"
        ]
    );
    // written as the compatibility group, by the same `code_with` on hazard_division
    assert_eq!(
        errors("m.yaml", &munition("compatibility_group: 1.4S")),
        [
            "m.yaml:7:28: item `m`, property `compatibility_group`: `1.4S` writes \
          hazard_division 1.4 and compatibility_group S as one code: write them as two \
          properties, `hazard_division: 1.4` and `compatibility_group: S`"
        ]
    );
    assert_eq!(
        errors("m.yaml", &munition("cg: HD 1.1 d")),
        [
            "m.yaml:7:11: item `m`, property `compatibility_group`: `HD 1.1 d` writes \
          hazard_division 1.1 and compatibility_group D as one code: write them as two \
          properties, `hazard_division: 1.1` and `compatibility_group: D`"
        ]
    );
    // a group that is none, or a division that is none, is told as any wrong group is
    assert_eq!(
        errors("m.yaml", &munition("compatibility_group: 1.7S")),
        [
            "m.yaml:7:28: item `m`, property `compatibility_group`: `1.7S` is not a value of \
          compatibility_group (expected one of: A, B, C, D, E, F, G, H, J, K, L, N, …)"
        ]
    );
    // `I` is no compatibility group, 1.7 no division
    assert_eq!(
        errors("m.yaml", &munition("hazard_division: 1.1I")),
        [
            "m.yaml:7:24: item `m`, property `hazard_division`: `1.1I` is not a value of \
          hazard_division (expected one of: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6), did you mean `1.1`?"
        ]
    );
    assert_eq!(
        errors("m.yaml", &munition("hazard_division: 1.7D")),
        [
            "m.yaml:7:24: item `m`, property `hazard_division`: `1.7D` is not a value of \
          hazard_division (expected one of: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6)"
        ]
    );
}

/// A figure written in more parts than reads as one, in units of two dimensions, with a last
/// part without its unit, or with `st` before anything but pounds, is told what it is and what
/// to write (each was "unknown unit `st 10 kg`", `t 100 kg 5 g`, `in 2 mm`, `m 20`, `lb 2`,
/// `m 3 kg`), at the figure; a figure given as `{ value, unit }` at its unit. A part in a unit
/// nobody knows is told with what was read, not as the whole tail (`ft 3 inn`).
#[test]
fn a_figure_in_parts_that_do_not_read_as_one_is_told_what_it_is() {
    let pallet = |properties: &str| {
        format!(
            "items:\n  - id: p\n    name: p\n    nation: GBR\n    kind: pallet\n    \
             properties:\n{properties}"
        )
    };
    let text = pallet(
        "      cargo_mass: 20 st 10 kg\n      empty_mass: 2 t 100 kg 5 g\n      \
         cargo_height: 5 ft 3 in 2 mm\n      usable_length: 1 m 20\n      mass_with_nets: 3 lb \
         2\n      ring_rating: 2 m 3 kg\n      outside_width: { value: 5, unit: ft 3 }\n      \
         pallet_thickness: 5 ft 3 inn\n      usable_width: { value: 2, unit: m 100 xx }\n",
    );
    assert_eq!(
        errors("p.yaml", &text),
        [
            "p.yaml:7:19: item `p`, property `cargo_mass`: `20 st 10 kg` is two figures, in st \
             and kg, and `st` is ambiguous: it may be a US short ton (907.18474 kg, `short ton`) \
             or a British stone (6.35029318 kg, `stone`); write the one figure, 18153.6948 kg if \
             it is short tons, or 137.0058636 kg if stone",
            "p.yaml:8:19: item `p`, property `empty_mass`: `2 t 100 kg 5 g` is three figures, in \
             t, kg and g: write the one figure, 2100005 g",
            "p.yaml:9:21: item `p`, property `cargo_height`: `5 ft 3 in 2 mm` is three figures, \
             in ft, in and mm: write the one figure, 1602.2 mm",
            "p.yaml:10:22: item `p`, property `usable_length`: `1 m 20` is two figures, and the \
             second, 20, has no unit: write the one figure, in one unit",
            "p.yaml:11:23: item `p`, property `mass_with_nets`: `3 lb 2` is two figures, and the \
             second, 2, has no unit: write it with its unit (`3 lb 2 oz`, if it is in ounces), \
             or the one figure in one unit",
            "p.yaml:12:20: item `p`, property `ring_rating`: `2 m 3 kg` is two figures, in m and \
             kg, which make no one figure: m is a length and kg a mass; write the one figure, in \
             one unit",
            "p.yaml:13:40: item `p`, property `outside_width`: `5 ft 3` is two figures, and the \
             second, 3, has no unit: write it with its unit (`5 ft 3 in`, if it is in inches), \
             or the one figure in one unit",
            "p.yaml:14:25: item `p`, property `pallet_thickness`: `5 ft 3 inn` is two figures, 5 \
             ft and 3 in an unknown unit `inn` (did you mean `in`?): write the one figure, in one \
             unit",
            "p.yaml:15:39: item `p`, property `usable_width`: `2 m 100 xx` is two figures, 2 m \
             and 100 in an unknown unit `xx`: write the one figure, in one unit",
        ]
    );
}

/// A quoted figure with a decimal comma and its unit is told with the whole figure to write,
/// unit and all (`2268.5 kg`, not `2268.5`), in each syntax, at the figure; one that may group
/// thousands, in a file of decimal commas, with both readings as before.
#[test]
fn a_quoted_decimal_comma_is_told_with_its_unit() {
    let told =
        "item `s`, property `store_mass`: `2268,5 kg` writes a decimal comma: write 2268.5 kg";
    let yaml = "items:\n  - { id: s, name: s, nation: USA, kind: store, properties: { store_mass: \"2268,5 kg\" } }\n";
    assert_eq!(errors("c.yaml", yaml), [format!("c.yaml:2:75: {told}")]);
    let toml = "[[items]]\nid = \"s\"\nname = \"s\"\nnation = \"USA\"\nkind = \"store\"\n\
                [items.properties]\nstore_mass = \"2268,5 kg\"\n";
    assert_eq!(errors("c.toml", toml), [format!("c.toml:7:14: {told}")]);
    let json =
        "{\"items\": [{\"id\": \"s\", \"name\": \"s\", \"nation\": \"USA\", \"kind\": \"store\", \
                \"properties\": {\"store_mass\": \"2268,5 kg\"}}]}\n";
    assert_eq!(errors("c.json", json), [format!("c.json:1:100: {told}")]);
    // (a figure that may group thousands is told both ways)
    assert_eq!(
        errors(
            "c.toml",
            &toml.replace("store_mass = \"2268,5 kg\"", "store_mass = \"2,268 kg\"\nstore_aircraft_clearance = \"0,5 in\"")
        ),
        [
            "c.toml:7:14: item `s`, property `store_mass`: `2,268 kg` may be read two ways in this \
             file, which writes a decimal comma (`0,5` at line 8): write 2268 kg if the comma groups \
             thousands, or 2.268 kg for a decimal",
            "c.toml:8:28: item `s`, property `store_aircraft_clearance`: `0,5 in` writes a decimal comma: write 0.5 in",
        ]
    );
}

/// A figure marked as approximate inside a `{ value, unit }` table, before or after its figure,
/// is told as the same figure written as text is, at its value, in each format (`500 approx.`
/// was an unknown unit `approx. kg`, at the unit).
#[test]
fn an_approximate_figure_in_a_figure_table_is_told_at_its_value() {
    let told = |written: &str, figure: &str| {
        format!(
            "`{written}` is an approximate figure: a limit is judged on a figure, so write the \
             figure as measured or specified (`{figure}`), with as many digits as are known"
        )
    };
    let toml = "[[items]]\nid = \"p\"\nname = \"p\"\nnation = \"GBR\"\nkind = \"pallet\"\n\
                [items.properties]\nempty_mass = { value = \"~500\", unit = \"kg\" }\n\
                mass_with_nets = { value = \"500 approx.\", unit = \"kg\" }\n";
    assert_eq!(
        errors("p.toml", toml),
        [
            format!(
                "p.toml:7:24: item `p`, property `empty_mass`: {}",
                told("~500 kg", "500 kg")
            ),
            format!(
                "p.toml:8:28: item `p`, property `mass_with_nets`: {}",
                told("500 approx. kg", "500 kg")
            ),
        ]
    );
    let json = "{\"items\": [{\"id\": \"p\", \"name\": \"p\", \"nation\": \"GBR\", \"kind\": \
                \"pallet\",\n \"properties\": {\n  \"empty_mass\": {\"value\": \"ca. 500\", \
                \"unit\": \"kg\"},\n  \"mass_with_nets\": {\"value\": \"500 (approx.)\", \"unit\": \
                \"kg\"}}}]}\n";
    assert_eq!(
        errors("p.json", json),
        [
            format!(
                "p.json:3:27: item `p`, property `empty_mass`: {}",
                told("ca. 500 kg", "500 kg")
            ),
            format!(
                "p.json:4:31: item `p`, property `mass_with_nets`: {}",
                told("500 (approx.) kg", "500 kg")
            ),
        ]
    );
    let yaml = "items:\n  - id: p\n    name: p\n    nation: GBR\n    kind: pallet\n    \
                properties:\n      empty_mass: { value: ≈ 500, unit: kg }\n      \
                mass_with_nets: { value: 500 ca., unit: kg }\n";
    assert_eq!(
        errors("p.yaml", yaml),
        [
            format!(
                "p.yaml:7:28: item `p`, property `empty_mass`: {}",
                told("≈ 500 kg", "500 kg")
            ),
            format!(
                "p.yaml:8:32: item `p`, property `mass_with_nets`: {}",
                told("500 ca. kg", "500 kg")
            ),
        ]
    );
}

/// A unit of a quantity no property has is told as such at a figure's unit (`500 Nm` was a case
/// clash with the nautical mile); a plain number given one is told it takes no unit, as it was.
#[test]
fn a_unit_of_a_quantity_no_property_has_is_told_as_such() {
    let text = "items:\n  - id: f\n    name: f\n    nation: GBR\n    kind: fuel\n    \
                properties:\n      relative_density: 0.8 kW\n";
    assert_eq!(
        errors("f.yaml", text),
        [
            "f.yaml:7:25: item `f`, property `relative_density`: 0.8 kW has a unit; \
          relative_density is a plain number"
        ]
    );
    assert_eq!(
        errors(
            "c.yaml",
            &yaml_item("      link_strip_force: { value: 500, unit: Nm }\n")
        ),
        ["c.yaml:7:45: item `c1`, property `link_strip_force`: `Nm` is a unit of torque, and no \
          property here is a torque: check that the figure belongs to this property"]
    );
}

/// A decimal comma inside a YAML flow mapping splits the figure (`store_mass: 2268` and a key
/// `5 kg` with no value): told at the value as the figure written whole, with the figure to
/// write, and no warning of an unknown property `5 kg`; as a quoted figure is told, and as the
/// same figure is told in a block mapping, in TOML and in JSON.
#[test]
fn a_decimal_comma_split_by_a_flow_mapping_is_told_as_the_figure() {
    let store = |properties: &str| {
        format!("items:\n  - id: s\n    name: s\n    nation: USA\n    kind: store\n    properties: {properties}\n")
    };
    let at = "item `s`, property `store_mass`";
    assert_eq!(
        told("f.yaml", &store("{ store_mass: 2268,5 kg }")),
        (
            vec![format!(
                "f.yaml:6:31: {at}: `2268,5 kg` writes a decimal comma: write 2268.5 kg"
            )],
            vec![]
        )
    );
    // quoted, or in a block mapping, alike
    for (written, col) in [
        ("{ store_mass: \"2268,5 kg\" }", 31),
        ("\n      store_mass: 2268,5 kg", 19),
    ] {
        let line = if col == 31 { 6 } else { 7 };
        assert_eq!(
            told("f.yaml", &store(written)),
            (
                vec![format!("f.yaml:{line}:{col}: {at}: `2268,5 kg` writes a decimal comma: write 2268.5 kg")],
                vec![]
            ),
            "{written}"
        );
    }
    // without its unit, with a space after the comma, and beside the item's other properties
    assert_eq!(
        told("f.yaml", &store("{ ejected: true, store_mass: 2268,5, suspension: 14 in }")),
        (
            vec![format!("f.yaml:6:46: {at}: `2268,5` writes a decimal comma and has no unit: write 2268.5 with its unit; store_mass is a mass (e.g. in kg)")],
            vec![]
        )
    );
    assert_eq!(
        told("f.yaml", &store("{store_mass: 2268, 5 kg}")).0,
        [format!(
            "f.yaml:6:30: {at}: `2268,5 kg` writes a decimal comma: write 2268.5 kg"
        )]
    );
    // a count's, that it is no whole number however its comma is read; one that may group
    // thousands, both ways; a sign and spaces grouping thousands are kept
    assert_eq!(
        told("f.yaml", &store("{ mlc: 40,5 }").replace("kind: store", "kind: crossing")).0,
        ["f.yaml:6:24: item `s`, property `mlc`: 40,5 (40.5, with a decimal comma) is not a whole number; mlc is an integer"]
    );
    assert_eq!(
        told("f.yaml", &store("{ store_mass: 5,000 kg }")).0,
        [format!("f.yaml:6:31: {at}: `5,000 kg`: inside `{{ }}` a comma ends the figure: write 5000 kg if it groups thousands, or 5.000 kg if it is a decimal comma")]
    );
    assert_eq!(
        told("f.yaml", &store("{ store_aircraft_clearance: -2 268,5 mm }")).0,
        ["f.yaml:6:45: item `s`, property `store_aircraft_clearance`: `-2 268,5 mm` writes a decimal comma: write -2268.5 mm"]
    );
    // two in one mapping, each at its own
    assert_eq!(
        told("f.yaml", &yaml_item("      {overall_length: 57,4 mm, case_length: 44,5}\n").replace("properties:\n      ", "properties: ")),
        (
            vec![
                "f.yaml:6:34: item `c1`, property `overall_length`: `57,4 mm` writes a decimal comma: write 57.4 mm".to_string(),
                "f.yaml:6:56: item `c1`, property `case_length`: `44,5` writes a decimal comma and has no unit: write 44.5 with its unit; case_length is a length (e.g. in mm)".to_string(),
            ],
            vec![]
        )
    );
    // a value of a list named by figures, as its figure quoted is told
    assert_eq!(
        told("f.yaml", &store("{ ejected: true, suspension: 355,6 mm }")),
        (
            vec!["f.yaml:6:46: item `s`, property `suspension`: `355,6 mm` writes a decimal comma: write 355.6 mm".to_string()],
            vec![]
        )
    );
    // two that leave the same key (`4 mm`) are no duplicate key: each is told at its figure
    assert_eq!(
        told("f.yaml", &yaml_item("      {overall_length: 57,4 mm, case_length: 44,4 mm}\n").replace("properties:\n      ", "properties: ")).0,
        [
            "f.yaml:6:34: item `c1`, property `overall_length`: `57,4 mm` writes a decimal comma: write 57.4 mm",
            "f.yaml:6:56: item `c1`, property `case_length`: `44,4 mm` writes a decimal comma: write 44.4 mm",
        ]
    );
    // a key given twice is told as before
    assert_eq!(
        told(
            "f.yaml",
            &store("{ store_mass: 2268 kg, ejected: true, ejected: false }")
        )
        .0,
        ["f.yaml:6:55: duplicate key `ejected` (first at line 6)"]
    );
    // a key that is a number with a value is told as before
    assert_eq!(
        told("f.yaml", &store("{ store_mass: 2268,5: x }")),
        (
            vec![format!(
                "f.yaml:6:31: {at}: 2268 has no unit; store_mass is a mass (e.g. in kg)"
            )],
            vec![
                "f.yaml:6:36: item `s`, property `5`: warning: unknown property `5` is not checked"
                    .to_string()
            ]
        )
    );
}

/// A figure's value and unit in a table, `{value: 57,4, unit: mm}`, whose decimal comma a YAML
/// flow mapping split (`57` and a key `4`), is told at the value with the whole figure to write,
/// unit and all, as the same table is in a block mapping, in TOML and in JSON.
#[test]
fn a_decimal_comma_in_a_figure_table_is_told_with_its_unit() {
    let at = "item `c1`, property `overall_length`";
    let told_yaml = |table: &str, col: u32| {
        (
            errors(
                "f.yaml",
                &yaml_item(&format!("      overall_length: {table}\n")),
            ),
            format!("f.yaml:7:{col}: {at}: `57,4 mm` writes a decimal comma: write 57.4 mm"),
        )
    };
    for (table, col) in [
        ("{value: 57,4, unit: mm}", 31),
        ("{unit: mm, value: 57,4}", 41),
        ("{ value: 57,4 mm }", 32),
        ("{value: \"57,4\", unit: mm}", 31),
        ("[{value: 57,4, unit: mm, method: caliper}]", 32),
    ] {
        let (errors, expected) = told_yaml(table, col);
        assert_eq!(errors, [expected], "{table}");
    }
    assert_eq!(
        errors(
            "f.yaml",
            &yaml_item("      overall_length:\n        value: 57,4\n        unit: mm\n")
        ),
        [format!(
            "f.yaml:8:16: {at}: `57,4 mm` writes a decimal comma: write 57.4 mm"
        )]
    );
    let toml = "[[items]]\nid = \"c1\"\nname = \"round\"\nnation = \"USA\"\nkind = \"cartridge\"\n\
                [items.properties]\noverall_length = { value = 57,4, unit = \"mm\" }\n";
    assert_eq!(
        errors("f.toml", toml),
        [format!(
            "f.toml:7:28: {at}: `57,4 mm` writes a decimal comma: write 57.4 mm"
        )]
    );
    let json = "{\"items\": [{\"id\": \"c1\", \"name\": \"round\", \"nation\": \"USA\", \"kind\": \"cartridge\", \
                \"properties\": {\"overall_length\": {\"value\": 57,4, \"unit\": \"mm\"}}}]}\n";
    assert_eq!(
        errors("f.json", json),
        [format!(
            "f.json:1:123: {at}: `57,4 mm` writes a decimal comma: write 57.4 mm"
        )]
    );
    // without a unit, that it has none; thousands, both ways with the unit
    assert_eq!(
        errors("f.yaml", &yaml_item("      overall_length: {value: 57,4}\n")),
        [format!("f.yaml:7:31: {at}: `57,4` writes a decimal comma and has no unit: write 57.4 with its unit; overall_length is a length (e.g. in mm)")]
    );
    assert_eq!(
        errors("f.yaml", &yaml_item("      chamber_pressure: {value: 62,366, unit: psi}\n")),
        ["f.yaml:7:33: item `c1`, property `chamber_pressure`: `62,366 psi`: inside `{ }` a comma ends the figure: write 62366 psi if it groups thousands, or 62.366 psi if it is a decimal comma"]
    );
    // of a property of another dimension too: the figure is told, and mended, with its unit
    assert_eq!(
        errors("f.yaml", &yaml_item("      bullet_mass: {value: 62,366, unit: psi}
")),
        ["f.yaml:7:28: item `c1`, property `bullet_mass`: `62,366 psi`: inside `{ }` a comma ends the figure: write 62366 psi if it groups thousands, or 62.366 psi if it is a decimal comma"]
    );
    assert_eq!(
        errors("f.yaml", &yaml_item("      bullet_mass: {value: 1500,5, unit: psi}
")),
        ["f.yaml:7:28: item `c1`, property `bullet_mass`: `1500,5 psi` writes a decimal comma: write 1500.5 psi"]
    );
}

/// A figure that a YAML flow list split at its decimal comma, `[2268,5]` for a mass, is told
/// as the figure (that it has no unit either), not as `2268` with no unit.
#[test]
fn a_decimal_comma_split_by_a_flow_list_is_told_as_the_figure() {
    assert_eq!(
        errors("f.yaml", &yaml_item("      overall_length: [57,4]\n")),
        ["f.yaml:7:24: item `c1`, property `overall_length`: `57,4` writes a decimal comma and has no unit: write 57.4 with its unit; overall_length is a length (e.g. in mm)"]
    );
    assert_eq!(
        errors("f.yaml", &yaml_item("      overall_length: [51,18 mm]\n")),
        ["f.yaml:7:24: item `c1`, property `overall_length`: `51,18 mm` writes a decimal comma: write 51.18 mm"]
    );
}

/// A supply that says AC where the value of its figure is DC (`28 V AC` on pins E and F, a
/// wiring fault) is refused, and told that it is the other current, in each syntax: never
/// "did you mean `28 V DC`?".
#[test]
fn a_voltage_of_the_other_current_is_refused_without_a_did_you_mean() {
    let told = "item `a`, property `pins_ef_supply`: `28 V AC` is not a value of pins_ef_supply \
                (expected one of: 28 V DC, 115 V AC, none, other): `28 V AC` is AC where the value \
                is DC (`28 V DC`)";
    let yaml = "items:\n  - id: a\n    name: a\n    nation: USA\n    kind: aircraft\n    properties:\n      pins_ef_supply: \"28 V AC\"\n";
    assert_eq!(errors("p.yaml", yaml), [format!("p.yaml:7:23: {told}")]);
    let toml = "[[items]]\nid = \"a\"\nname = \"a\"\nnation = \"USA\"\nkind = \"aircraft\"\n\
                [items.properties]\npins_ef_supply = \"28 V AC\"\n";
    assert_eq!(errors("p.toml", toml), [format!("p.toml:7:18: {told}")]);
    let json = "{\"items\": [{\"id\": \"a\", \"name\": \"a\", \"nation\": \"USA\", \"kind\": \"aircraft\", \
                \"properties\": {\"pins_ef_supply\": \"28 V AC\"}}]}\n";
    assert_eq!(errors("p.json", json), [format!("p.json:1:107: {told}")]);
}

/// Only YAML's `{ }` splits a figure at its comma: a JSON key `"4"` given `null` after a figure
/// is what the file says, a key (refused as a duplicate where given twice).
#[test]
fn a_json_key_after_a_figure_is_no_split() {
    let json = |properties: &str| {
        format!("{{\"items\": [{{\"id\": \"a\", \"name\": \"x\", \"nation\": \"USA\", \"kind\": \"cartridge\", \"properties\": {{{properties}}}}}]}}\n")
    };
    assert_eq!(
        told("n.json", &json("\"overall_length\": 57, \"4\": null")),
        (
            vec!["n.json:1:108: item `a`, property `overall_length`: 57 has no unit; overall_length is a length (e.g. in mm)".to_string()],
            vec!["n.json:1:112: item `a`, property `4`: warning: unknown property `4` is not checked".to_string()]
        )
    );
    assert_eq!(
        errors("n.json", &json("\"overall_length\": {\"value\": 57, \"4\": null}")),
        ["n.json:1:122: item `a`, property `overall_length`: unknown key `4` in a figure (it may have `value`, `unit` and `method`)"]
    );
    assert_eq!(
        errors(
            "n.json",
            &json("\"overall_length\": 57, \"4\": null, \"case_length\": 44, \"4\": null")
        ),
        ["n.json:1:142: duplicate key `4` (first at line 1)"]
    );
}

/// A value left out (YAML's `mlc:`, JSON's `null`) is left empty, as `""` is, whatever the
/// property's type: no figure, word or list is expected of it.
#[test]
fn a_null_value_is_left_empty() {
    let empty = "left empty: write what the data sheet states, or delete the line";
    assert_eq!(
        errors("n.yaml", "items:\n  - id: v\n    name: v\n    nation: DEU\n    kind: vehicle\n    properties:\n      mlc:\n      running_gear: ~\n      accepted_fuels:\n      gross_mass: 3 t\n"),
        [
            format!("n.yaml:7:10: item `v`, property `mlc`: {empty}"),
            format!("n.yaml:8:21: item `v`, property `running_gear`: {empty}"),
            format!("n.yaml:9:21: item `v`, property `accepted_fuels`: {empty}"),
        ]
    );
    assert_eq!(
        errors("n.json", "{\"items\": [{\"id\": \"v\", \"name\": \"v\", \"nation\": \"DEU\", \"kind\": \"vehicle\",\n \"properties\": {\"mlc\": null}}]}\n"),
        [format!("n.json:2:24: item `v`, property `mlc`: {empty}")]
    );
}

/// A key indented deeper than the `key: value` line above it is said as the indentation it
/// is, at the key, with the column its mapping's keys start at.
#[test]
fn an_over_indented_key_is_said_as_its_indentation() {
    assert_eq!(
        errors("i.yaml", "items:\n  - id: v\n    name: v\n    nation: DEU\n    kind: vehicle\n    properties:\n      running_gear: tracked\n       mlc: 8\n"),
        ["i.yaml:8:8: invalid YAML: this line is indented 1 space more than the line above (`properties` keys start at column 7): keys of one mapping line up"]
    );
}

/// A unit in capitals read as milli or mega (`MPA`, `ML`) is read with a warning at the figure
/// (at a table's unit) that says how and what to write; `MV` is refused with both meanings; `MM` is read silently.
#[test]
fn a_unit_in_capitals_read_as_milli_or_mega_is_warned_of() {
    assert_eq!(
        checked_warnings(
            "c.yaml",
            &yaml_item(
                "      chamber_pressure: { value: 380, unit: MPA }\n      case_capacity: 1.8 ML\n      overall_length: 57.40 MM\n",
            ),
        ),
        [
            "c.yaml:7:45: item `c1`, property `chamber_pressure`: warning: `MPA` is read as megapascals (`MPa`): in capitals it may be milli or mega, and no pressure here is millipascals; write `MPa`",
            "c.yaml:8:22: item `c1`, property `case_capacity`: warning: `ML` is read as millilitres (`mL`): in capitals it may be milli or mega, and no volume here is megalitres; write `mL`",
        ]
    );
    assert_eq!(
        errors(
            "v.yaml",
            "items:\n  - id: a\n    name: x\n    nation: USA\n    kind: vehicle\n    properties:\n      system_voltage: 28000 MV\n"
        ),
        ["v.yaml:7:23: item `a`, property `system_voltage`: `MV` is ambiguous: it may be millivolts (`mV`) or megavolts (a megavolt is 1000 kV: write it in `kV`), as capitals do not tell; write which"]
    );
}

/// `gr` is a grain on a US sheet and a gram on an Italian, French or Spanish one: it is read as
/// grains, never silently: once for the file, naming each figure and its place, and on each
/// item. `grain`, `grains` and `gn` say which they mean, and are read without a word.
#[test]
fn a_figure_in_gr_is_read_as_grains_with_a_warning_in_every_syntax() {
    let said = |name: &str, text: &str| {
        let checked = stanag_check::check_texts(&catalogue(), &[(name.into(), text.into())]);
        assert!(checked.rejected.is_empty(), "{name}");
        let warnings = report_warnings(&checked);
        let notices: Vec<Vec<String>> = checked
            .report
            .items
            .iter()
            .map(|i| {
                i.notices
                    .iter()
                    .filter(|n| n.contains("grain"))
                    .cloned()
                    .collect()
            })
            .collect();
        (warnings, notices)
    };
    let note = |at: &str, figure: &str, number: &str| {
        format!("bullet_mass at {at}: `{figure}` is read as grains (1 gr = 0.06479891 g): in some languages `gr` means grams; write `{number} grain` or `{number} g` to say which")
    };
    // one figure: the warning is its item's
    let yaml = "items:\n  - id: ita-ss109\n    name: SS109\n    nation: ITA\n    kind: cartridge\n    properties:\n      bullet_mass: 4 gr\n";
    assert_eq!(
        said("s.yaml", yaml),
        (
            vec!["s.yaml:7:20: item `ita-ss109`, property `bullet_mass`: warning: `gr` is read as grains (1 gr = 0.06479891 g): `4 gr` (7:20); in some languages it means grams; write `grain` or `g` to say which".to_string()],
            vec![vec![note("7:20", "4 gr", "4")]]
        )
    );
    // two items: one warning for the file, at the first figure, and a note on each item
    let toml = "[[items]]\nid = \"a\"\nname = \"a\"\nnation = \"ITA\"\nkind = \"cartridge\"\n[items.properties]\nbullet_mass = \"4 gr\"\n\n[[items]]\nid = \"b\"\nname = \"b\"\nnation = \"USA\"\nkind = \"cartridge\"\n[items.properties]\nbullet_weight = \"62 gr\"\n";
    assert_eq!(
        said("s.toml", toml),
        (
            vec!["s.toml:7:15: warning: `gr` is read as grains (1 gr = 0.06479891 g): `4 gr` (7:15), `62 gr` (15:17); in some languages it means grams; write `grain` or `g` to say which".to_string()],
            vec![vec![note("7:15", "4 gr", "4")], vec![note("15:17", "62 gr", "62")]]
        )
    );
    let json = "{\"items\": [{\"id\": \"a\", \"name\": \"a\", \"nation\": \"ITA\", \"kind\": \"cartridge\",\n  \"properties\": {\"bullet_mass\": {\"value\": 4, \"unit\": \"gr\"}}}]}\n";
    let (warnings, notices) = said("s.json", json);
    assert_eq!(
        warnings,
        ["s.json:2:33: item `a`, property `bullet_mass`: warning: `gr` is read as grains (1 gr = 0.06479891 g): `4 gr` (2:33); in some languages it means grams; write `grain` or `g` to say which"]
    );
    assert_eq!(notices, [[note("2:33", "4 gr", "4")]]);
    // `grs`, a Spanish sheet's grams as often as grains, is said too
    assert_eq!(
        said("s.yaml", &yaml.replace("4 gr", "4 grs")).0,
        ["s.yaml:7:20: item `ita-ss109`, property `bullet_mass`: warning: `gr` is read as grains (1 gr = 0.06479891 g): `4 grs` (7:20); in some languages it means grams; write `grain` or `g` to say which"]
    );
    // a unit that says which is read without a word
    for unit in ["grain", "grains", "gn", "g"] {
        let text = yaml.replace("4 gr", &format!("4 {unit}"));
        assert_eq!(said("s.yaml", &text), (vec![], vec![vec![]]), "{unit}");
    }
    // `gr` split by a zero-width space (pasted from a web page) is read as `gr`, and said so:
    // the letters are looked for, not the unit as one word, before the figure is read again
    let split = yaml.replace("4 gr", "4 g\u{200b}r");
    assert_eq!(
        said("s.yaml", &split),
        (
            vec!["s.yaml:7:20: item `ita-ss109`, property `bullet_mass`: warning: `gr` is read as grains (1 gr = 0.06479891 g): `4 g\u{200b}r` (7:20); in some languages it means grams; write `grain` or `g` to say which".to_string()],
            vec![vec![note("7:20", "4 g\u{200b}r", "4 g\u{200b}r")]]
        )
    );
}

/// A twist written as a bare ratio is told what to write with the user's own length.
#[test]
fn a_twist_without_a_unit_is_told_with_its_own_length() {
    let weapon = |twist: &str| {
        errors(
            "t.yaml",
            &format!("items:\n  - id: w\n    name: rifle\n    nation: ITA\n    kind: weapon\n    properties:\n      rifling_twist: \"{twist}\"\n"),
        )
    };
    assert_eq!(
        weapon("1:12"),
        ["t.yaml:7:22: item `w`, property `rifling_twist`: 1:12 gives no unit for rifling_twist's length: write it as `1 in 12 in` or `1:12 in` (one turn in 12 inches), or as the length itself (`305 mm`)"]
    );
    assert_eq!(
        weapon("1:9.5"),
        ["t.yaml:7:22: item `w`, property `rifling_twist`: 1:9.5 gives no unit for rifling_twist's length: write it as `1 in 9.5 in` or `1:9.5 in` (one turn in 9.5 inches), or as the length itself (`241 mm`)"]
    );
    // no one turn: the example stays an example
    assert_eq!(
        weapon("2:14"),
        ["t.yaml:7:22: item `w`, property `rifling_twist`: 2:14 gives no unit for rifling_twist's length: write it as `1 in 7 in` or `1:7 in` (one turn in 7 inches), or as the length itself (`178 mm`)"]
    );
}

/// A probability written as one in so many (`1 in 1,000,000`, MIL-STD-1316's arming figure) is
/// told as a ratio with the fraction to write, not as two figures; a figure in percent (as its
/// description says) with the percentage; a ratio that is no decimal with its first digits.
#[test]
fn one_in_so_many_is_told_with_the_figure_to_write() {
    let fuze = |value: &str| {
        errors(
            "f.yaml",
            &format!("items:\n  - id: f\n    name: fuze\n    nation: USA\n    kind: fuze\n    properties:\n      inadvertent_arming_probability: \"{value}\"\n"),
        )
    };
    let at = "f.yaml:7:39: item `f`, property `inadvertent_arming_probability`";
    let fraction = "inadvertent_arming_probability is a plain number, the fraction as a decimal";
    for (written, what, plain) in [
        ("1 in 1,000,000", "a ratio", "0.000001 (or 1e-6)"),
        ("1 in 1000000", "a ratio", "0.000001 (or 1e-6)"),
        ("1:1000000", "a ratio", "0.000001 (or 1e-6)"),
        ("1 in 10^6", "a ratio", "0.000001 (or 1e-6)"),
        ("1 in 10⁶", "a ratio", "0.000001 (or 1e-6)"),
        ("1/1000000", "a fraction", "0.000001 (or 1e-6)"),
        // a power of ten alone, however its power is written
        ("10^-6", "a power of ten", "0.000001 (or 1e-6)"),
        ("10^−6", "a power of ten", "0.000001 (or 1e-6)"),
        ("10⁻⁶", "a power of ten", "0.000001 (or 1e-6)"),
        (
            "10-6",
            "a power of ten with its superscript lost",
            "0.000001 (or 1e-6)",
        ),
        (
            "2.5 × 10-5",
            "a figure times a power of ten with its superscript lost",
            "0.000025 (or 2.5e-5)",
        ),
        // in words: told, never read as the figure unconfirmed
        ("one in a million", "a ratio in words", "0.000001 (or 1e-6)"),
        ("1 in a million", "a ratio in words", "0.000001 (or 1e-6)"),
        ("One in 1,000,000", "a ratio in words", "0.000001 (or 1e-6)"),
        ("1 in 1 million", "a ratio in words", "0.000001 (or 1e-6)"),
        (
            "one in ten thousand",
            "a ratio in words",
            "0.0001 (or 1e-4)",
        ),
        (
            "1 in a hundred thousand",
            "a ratio in words",
            "0.00001 (or 1e-5)",
        ),
        // finer than twelve places, written out to the finest power of ten read
        (
            "10^-18",
            "a power of ten",
            "0.000000000000000001 (or 1e-18)",
        ),
        ("1 in 10^15", "a ratio", "0.000000000000001 (or 1e-15)"),
        // finer than eighteen places: the power of ten alone (it was "about 0")
        ("10^-19", "a power of ten", "1e-19"),
        ("1 in 10^19", "a ratio", "1e-19"),
        ("1 in 40,000", "a ratio", "0.000025 (or 2.5e-5)"),
        ("1 in 4", "a ratio", "0.25"),
        (
            "1 in 3000",
            "a ratio",
            "1 ÷ 3000 as a decimal, to the digits its source gives (about 0.000333)",
        ),
    ] {
        assert_eq!(
            fuze(written),
            [format!(
                "{at}: `{written}` is {what}: {fraction}; write {plain}"
            )],
            "{written}"
        );
    }
    // `10-20` is a range (from 10 to 20), not a power of ten whose superscript was lost
    assert_eq!(
        fuze("10-20"),
        [format!("{at}: `10-20` is a range: state the one figure the item has, and the catalogue's limits judge it")]
    );
    // a billion is not read (a thousand million, or a million million), nor a word it does not know
    assert_eq!(
        fuze("one in a billion"),
        [format!("{at}: `one in a billion` is not a number")]
    );
    assert_eq!(
        fuze("one in many"),
        [format!("{at}: `one in many` is not a number")]
    );
    // the figures it stands for are read (a figure times a power of ten as written)
    assert!(fuze("0.000001").is_empty());
    assert!(fuze("1 × 10^-6").is_empty());
    assert!(fuze("1e-6").is_empty());
    // a share in percent, as its description says: the percentage
    let link = |value: &str| {
        errors(
            "d.yaml",
            &format!("items:\n  - id: d\n    name: terminal\n    nation: USA\n    kind: data-link\n    properties:\n      slot_duty_cycle: \"{value}\"\n"),
        )
    };
    assert_eq!(
        link("1:4"),
        ["d.yaml:7:24: item `d`, property `slot_duty_cycle`: `1:4` is a ratio: slot_duty_cycle is a plain number, in percent; write 25"]
    );
    assert_eq!(
        link("1 in 3"),
        ["d.yaml:7:24: item `d`, property `slot_duty_cycle`: `1 in 3` is a ratio: slot_duty_cycle is a plain number, in percent; write 1 ÷ 3 × 100 as a percentage, to the digits its source gives (about 33.333)"]
    );
    // a length's twist stays a twist, and a figure with a unit of its own is no ratio
    assert_eq!(
        fuze("1 in 0"),
        [format!("{at}: `1 in 0` is two figures, and the second, 0, has no unit: write the one figure, in one unit")]
    );
}

/// A power of ten past the exponents read (`10^-40`, `10⁻⁴⁰`, `10^40`, `1 in 10^40`) was "unknown
/// unit `^-40`", and one alone of a quantity (`10^-6 m`) too: each is told as the power of ten
/// it is, with the figure it stands for, in any syntax and either sign.
#[test]
fn every_power_of_ten_is_told_as_one_never_as_an_unknown_unit() {
    let fuze = |value: &str| {
        errors(
            "f.yaml",
            &format!("items:\n  - id: f\n    name: fuze\n    nation: USA\n    kind: fuze\n    properties:\n      inadvertent_arming_probability: \"{value}\"\n"),
        )
    };
    let at = "f.yaml:7:39: item `f`, property `inadvertent_arming_probability`";
    let past = |written: &str, plain: &str| {
        format!(
            "{at}: `{written}` is a power of ten, {plain}, past what is read exactly (exponents \
             from -20 to 20): round it as the data sheet does"
        )
    };
    for (written, told, plain) in [
        ("10^-40", "10^-40", "1e-40"),
        ("10^−40", "10^−40", "1e-40"),
        ("10⁻⁴⁰", "10⁻⁴⁰", "1e-40"),
        ("10^(-21)", "10^(-21)", "1e-21"),
        ("10^40", "10^40", "1e40"),
        ("10⁴⁰", "10⁴⁰", "1e40"),
        ("2.5×10^-40", "2.5×10^-40", "2.5e-40"),
        ("1 in 10^40", "10^40", "1e40"),
        ("1:10⁴⁰", "10⁴⁰", "1e40"),
    ] {
        assert_eq!(fuze(written), [past(told, plain)], "{written}");
    }
    // the last exponent read either way is told with the figure to write, as before
    assert_eq!(
        fuze("10^-20"),
        [format!(
            "{at}: `10^-20` is a power of ten: inadvertent_arming_probability is a plain \
                  number, the fraction as a decimal; write 1e-20"
        )]
    );
    // of a quantity, in YAML, JSON and TOML: a power of ten alone, and one past those read
    let length = |value: &str| {
        errors(
            "c.yaml",
            &format!("items:\n  - id: c\n    name: c\n    nation: FRA\n    kind: cartridge\n    properties:\n      case_length: \"{value}\"\n"),
        )
    };
    let at = "c.yaml:7:20: item `c`, property `case_length`";
    for (written, said) in [
        (
            "10^-6 m",
            "is a power of ten alone: write the figure it stands for, 1e-6 m",
        ),
        (
            "10⁻⁶ m",
            "is a power of ten alone: write the figure it stands for, 1e-6 m",
        ),
        (
            "10^3 mm",
            "is a power of ten alone: write the figure it stands for, 1e3 mm",
        ),
        (
            "10³ mm",
            "is a power of ten alone: write the figure it stands for, 1e3 mm",
        ),
        (
            "10^-40 m",
            "is a power of ten, 1e-40 m, past what is read exactly (exponents from -20 to 20): \
             round it as the data sheet does",
        ),
        (
            "1.5×10⁴⁰ mm",
            "is a power of ten, 1.5e40 mm, past what is read exactly (exponents from -20 to 20): \
             round it as the data sheet does",
        ),
    ] {
        assert_eq!(
            length(written),
            [format!("{at}: `{written}` {said}")],
            "{written}"
        );
    }
    assert_eq!(
        errors(
            "c.json",
            r#"{"items": [{"id": "c", "name": "c", "nation": "FRA", "kind": "cartridge",
  "properties": {"case_length": "10^-40 m"}}]}"#
        ),
        ["c.json:2:33: item `c`, property `case_length`: `10^-40 m` is a power of ten, 1e-40 m, \
          past what is read exactly (exponents from -20 to 20): round it as the data sheet does"]
    );
    assert_eq!(
        errors(
            "c.toml",
            "[[items]]\nid = \"c\"\nname = \"c\"\nnation = \"FRA\"\nkind = \"cartridge\"\n\
             [items.properties]\ncase_length = \"10⁻⁶ m\"\n"
        ),
        ["c.toml:7:15: item `c`, property `case_length`: `10⁻⁶ m` is a power of ten alone: write \
          the figure it stands for, 1e-6 m"]
    );
    // a figure times a power of ten in range is read, as before
    assert!(length("1.5×10^-3 m").is_empty());
}

/// A class or type is never suggested for another numeral (`III` is no class, not a misspelt
/// `II`), one written in Arabic numerals is suggested in the Roman ones its values use, and a
/// value alias one letter off (`MS90362` of `AS90362`) suggests the value it stands for.
#[test]
fn a_value_is_suggested_by_its_numeral_and_its_aliases() {
    let aircraft = |property: &str, value: &str| {
        errors(
            "v.yaml",
            &format!("items:\n  - id: a\n    name: a\n    nation: USA\n    kind: aircraft\n    properties:\n      {property}: \"{value}\"\n"),
        )
    };
    let class = |value: &str, after: &str| {
        let col = 27;
        format!("v.yaml:7:{col}: item `a`, property `mil_std_1760_class`: `{value}` is not a value of mil_std_1760_class (expected one of: I, II){after}")
    };
    for (written, after) in [
        ("III", ""),
        ("Class III", ""),
        ("Class 1", ", did you mean `I`?"),
        ("1", ", did you mean `I`?"),
        ("2", ", did you mean `II`?"),
        ("3", ""),
    ] {
        assert_eq!(
            aircraft("mil_std_1760_class", written),
            [class(written, after)]
        );
    }
    // the classes as the standard writes them, in any case, are read
    for read in ["class I", "Class II", "ii"] {
        assert!(aircraft("mil_std_1760_class", read).is_empty(), "{read}");
    }
    assert_eq!(
        aircraft("external_power_receptacle", "MS90362"),
        ["v.yaml:7:34: item `a`, property `external_power_receptacle`: `MS90362` is not a value of external_power_receptacle (expected one of: SAE-AS35061, SAE-AS90362, STANAG 3302, STANAG 3303, other), did you mean `SAE-AS90362`?"]
    );
    assert!(aircraft("external_power_receptacle", "AS90362").is_empty());
}

/// Whether a text holds a bidirectional embedding, override or isolate.
fn holds_control(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
}

/// What a file that holds bidirectional controls is told: its errors, after asserting that it
/// has no warnings and that no message holds a control itself.
fn controls_told(name: &str, text: &str) -> Vec<String> {
    let (errors, warnings) = told(name, text);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(!errors.iter().any(|e| holds_control(e)), "{errors:?}");
    errors
}

/// A right-to-left override in a supplier's text reverses the words shown after it (on the
/// page: `Modem 2:lmay.idib · mrofevaw · RON · dne non-complic`): every key and text that holds
/// one is refused at the character, in its item and field or property, escaped, and before
/// anything else of the file (the unknown unit of `9600 bit/s \u202e` would quote it).
#[test]
fn a_text_that_would_reorder_the_words_after_it_is_refused_in_yaml() {
    let yaml = "items:\n  - id: nor-modem\n    name: \"Modem \\u202ecilpmoc-non end\"\n    \
                nation: NOR\n    kind: waveform\n    claims: [\"STANAG 4539\", \"STANAG \\u2066x\"]\n    \
                properties:\n      waveform: \"STANAG 4539\"\n      max_user_data_rate: \"9600 bit/s \\u202E\"\n      \
                \"band\\u202d\": HF\n      mdulations: [BPSK]\n";
    assert_eq!(
        controls_told("bidi.yaml", yaml),
        [
            "bidi.yaml:3:18: item `nor-modem`, field `name`: the text `Modem \\u{202e}cilpmoc-non end` holds U+202E RIGHT-TO-LEFT OVERRIDE, a hidden character that reverses how the text after it is shown: delete it",
            "bidi.yaml:6:37: item `nor-modem`, field `claims`: the text `STANAG \\u{2066}x` holds U+2066 LEFT-TO-RIGHT ISOLATE, a hidden character that sets the text after it apart, running left to right: delete it",
            "bidi.yaml:9:39: item `nor-modem`, property `max_user_data_rate`: the text `9600 bit/s \\u{202e}` holds U+202E RIGHT-TO-LEFT OVERRIDE, a hidden character that reverses how the text after it is shown: delete it",
            "bidi.yaml:10:12: item `nor-modem`, field `properties`: the key `band\\u{202d}` holds U+202D LEFT-TO-RIGHT OVERRIDE, a hidden character that forces the text after it to be shown left to right, letter by letter: delete it",
        ]
    );
    // written as the character itself, it is placed at it; an id that holds one names no item
    let raw = "items:\n  - id: \"a\u{202C}b\"\n    name: Modem \u{202E}cilpmoc-non end\n    nation: NOR\n    kind: waveform\n";
    assert_eq!(
        controls_told("raw.yaml", raw),
        [
            "raw.yaml:2:11: field `id`: the text `a\\u{202c}b` holds U+202C POP DIRECTIONAL FORMATTING, a hidden character that ends the direction an earlier such character set, which changes how the text around it is shown: delete it",
            "raw.yaml:3:17: field `name`: the text `Modem \\u{202e}cilpmoc-non end` holds U+202E RIGHT-TO-LEFT OVERRIDE, a hidden character that reverses how the text after it is shown: delete it",
        ]
    );
}

#[test]
fn a_text_that_would_reorder_the_words_after_it_is_refused_in_json_and_toml() {
    let json = "{\"items\": [{\"id\": \"m\", \"name\": \"Modem\", \"nation\": \"NOR\", \"kind\": \"waveform\",\n  \
                \"properties\": {\"modulations\": [\"BPSK\", \"8-PSK \\u2069\"], \"wave\u{2067}form\": \"STANAG 4539\"}}]}\n";
    assert_eq!(
        controls_told("bidi.json", json),
        [
            "bidi.json:2:49: item `m`, property `modulations`: the text `8-PSK \\u{2069}` holds U+2069 POP DIRECTIONAL ISOLATE, a hidden character that ends the isolate an earlier such character began, which changes how the text around it is shown: delete it",
            "bidi.json:2:64: item `m`, field `properties`: the key `wave\\u{2067}form` holds U+2067 RIGHT-TO-LEFT ISOLATE, a hidden character that sets the text after it apart, running right to left: delete it",
        ]
    );
    let toml = "[[items]]\nid = \"m\"\nname = \"Modem\"\nnation = \"N\u{202B}OR\"\nkind = \"waveform\"\n\n\
                [items.properties]\n\"band\\U0000202A\" = \"HF\"\nmodulations = ['BPSK', 'Q\u{2068}PSK']\n";
    assert_eq!(
        controls_told("bidi.toml", toml),
        [
            "bidi.toml:4:12: item `m`, field `nation`: the text `N\\u{202b}OR` holds U+202B RIGHT-TO-LEFT EMBEDDING, a hidden character that makes the text after it run right to left: delete it",
            "bidi.toml:8:6: item `m`, field `properties`: the key `band\\u{202a}` holds U+202A LEFT-TO-RIGHT EMBEDDING, a hidden character that makes the text after it run left to right: delete it",
            "bidi.toml:9:26: item `m`, property `modulations`: the text `Q\\u{2068}PSK` holds U+2068 FIRST STRONG ISOLATE, a hidden character that sets the text after it apart, running the way its first letter does: delete it",
        ]
    );
}

/// A key given twice is told as the control it holds, at the character (it was at the key's
/// start), not quoted as a duplicate; a long text is
/// quoted around its control; the marks that only lend a direction (LRM, RLM, ALM) are read, as
/// a name in Arabic or Hebrew may need them.
#[test]
fn controls_in_repeated_keys_and_long_texts_are_told_and_direction_marks_are_read() {
    let twice = "{\"items\": [], \"a\u{202E}\": 1, \"a\u{202E}\": 2}";
    assert_eq!(
        controls_told("twice.json", twice),
        ["twice.json:1:26: the key `a\\u{202e}` holds U+202E RIGHT-TO-LEFT OVERRIDE, a hidden character that reverses how the text after it is shown: delete it"]
    );
    let long = format!(
        "items:\n  - id: a\n    name: {}\u{202E}{}\n    nation: NOR\n    kind: waveform\n",
        "x".repeat(40),
        "y".repeat(40)
    );
    assert_eq!(
        controls_told("long.yaml", &long),
        [format!(
            "long.yaml:3:51: item `a`, field `name`: the text `…{}\\u{{202e}}{}…` holds U+202E RIGHT-TO-LEFT OVERRIDE, a hidden character that reverses how the text after it is shown: delete it",
            "x".repeat(24),
            "y".repeat(24)
        )]
    );
    let marked = "items:\n  - id: isr-radio\n    name: \"\u{5DE}\u{5DB}\u{5E9}\u{5D9}\u{5E8} \u{200F}(HF)\u{200E} \u{61C}\"\n    nation: ISR\n    kind: waveform\n";
    assert_eq!(told("marked.yaml", marked), (Vec::new(), Vec::new()));
}

/// A STANAG 4569 mine level written without its letter (`2` of `2a`, `2b`) is told both levels
/// with what each letter means, by the catalogue's requirements (a: under a wheel or track, b:
/// under the centre), and the one the item's `mine_location` implies; never "with its unit"
/// (`2a` was read as two years).
#[test]
fn a_mine_level_without_its_letter_is_told_the_levels_and_the_one_its_location_implies() {
    let test = |properties: &str| {
        format!(
            "items:\n  - id: t\n    name: blast test\n    nation: DEU\n    kind: ballistic-test\n    \
             properties:\n{properties}"
        )
    };
    let told = |level: &str| {
        format!(
            "t.yaml:7:19: item `t`, property `mine_level`: `{level}` is not a value of mine_level (expected one of: 1, 2a, 2b, 3a, 3b, 4a, 4b): `{level}` lacks its letter: write `{level}a` (mine_location: under a wheel or track) or `{level}b` (mine_location: under the centre)"
        )
    };
    assert_eq!(
        errors("t.yaml", &test("      mine_level: 2\n")),
        [told("2")]
    );
    assert_eq!(
        errors(
            "t.yaml",
            &test("      mine_level: 3\n      charge_location: centre\n")
        ),
        [format!(
            "{}; the item's mine_location is under the centre, so did you mean `3b`?",
            told("3")
        )]
    );
    assert_eq!(
        errors(
            "t.yaml",
            &test("      mine_level: \"4\"\n      mine_location: under a wheel or track\n")
        ),
        [format!(
            "{}; the item's mine_location is under a wheel or track, so did you mean `4a`?",
            told("4")
        )]
    );
    // a level that has no letters, or none at all, is told the levels alone
    assert_eq!(
        errors("t.yaml", &test("      mine_level: 5\n")),
        ["t.yaml:7:19: item `t`, property `mine_level`: `5` is not a value of mine_level (expected one of: 1, 2a, 2b, 3a, 3b, 4a, 4b)"]
    );
}

/// MISB ST 0601's key is bytes: written in small letters or without spaces it is the same key,
/// held as the standard writes it (and shown as written); what is not whole hex bytes is told
/// what to write.
#[test]
fn hex_bytes_are_read_in_any_case_with_or_without_spaces() {
    let stream = |key: &str| {
        format!(
            "items:\n  - id: s\n    name: stream\n    nation: GBR\n    kind: motion-imagery\n    \
             claims: [MISB ST 0601]\n    properties:\n      uas_ls_key: \"{key}\"\n"
        )
    };
    for key in [
        "06 0e 2b 34 02 0b 01 01 0e 01 03 01 01 00 00 00",
        "060E2B34020B01010E01030101000000",
        "060e2b34 020b0101 0e010301 01000000",
    ] {
        let checked = stanag_check::check_texts(&catalogue(), &[("s.yaml".into(), stream(key))]);
        assert!(checked.rejected.is_empty(), "{key}: {:?}", checked.rejected);
        let result = checked.report.items[0]
            .results
            .iter()
            .find(|r| &*r.citation.requirement == "MISB-ST-0601/universal-key")
            .expect("the key is judged");
        assert_eq!(
            (format!("{:?}", result.verdict), result.message.to_string()),
            (
                "Pass".to_string(),
                "06 0E 2B 34 02 0B 01 01 0E 01 03 01 01 00 00 00 has the shape 06 0E 2B 34 02 0B 01 01 XX XX XX XX XX XX XX XX".to_string()
            ),
            "{key}"
        );
    }
    for (key, col) in [("06 0E 2B 3", 19), ("06 0E 2B 3G", 19), ("060 E2B", 19)] {
        assert_eq!(
            errors("s.yaml", &stream(key)),
            [format!("s.yaml:8:{col}: item `s`, property `uas_ls_key`: `{key}` is not bytes in hex: write each byte as two hex digits, 0-9 and A-F (`06 0E 2B 34 …`)")]
        );
    }
}

/// A file of many texts with controls lists the first hundred and counts the rest.
#[test]
fn many_texts_with_controls_are_listed_to_the_limit_and_counted() {
    let items: String = (0..105)
        .map(|i| {
            format!(
                "  - id: i{i}\n    name: \"n\\u202e{i}\"\n    nation: NOR\n    kind: waveform\n"
            )
        })
        .collect();
    let errors = controls_told("many.yaml", &format!("items:\n{items}"));
    assert_eq!(errors.len(), 101);
    assert_eq!(
        errors[100],
        "many.yaml:403:13: item `i100`, field `name`: 5 more errors from here on are not listed"
    );
}
