//! A user's own catalogue files (`--catalogue DIR`, `Catalogue::with_local`): what they may say,
//! the verdicts they give, and what is refused with a message that names the file and the
//! requirement or rule, rather than accepted to give verdicts that cannot be right.

use stanag_check::catalogue::{Catalogue, CatalogueError};

/// A local standard for fuels with one requirement (`body` is its limit lines).
fn fuel_standard(property: &str, body: &str) -> String {
    format!(
        r#"id = "NAT 9"
title = "National fuel test standard"
status = "promulgated"
domain = "fuels"
kinds = ["fuel"]
summary = "Test fixture."

[[requirement]]
id = "NAT-9/limit"
statement = "The test limit."
property = "{property}"
{body}
severity = "mandatory"
source = "test fixture"
confidence = "C"
"#
    )
}

fn local(files: &[(&str, &str)]) -> Result<Catalogue, Vec<CatalogueError>> {
    let files: Vec<(String, String)> = files
        .iter()
        .map(|(n, t)| (format!("mine/{n}"), t.to_string()))
        .collect();
    Catalogue::with_local(&files)
}

/// The messages a refused catalogue gives.
fn refused(files: &[(&str, &str)]) -> Vec<String> {
    match local(files) {
        Ok(_) => vec!["accepted".to_string()],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// Every key missing from the top of a standard file is told at the file's top, 1:1, as
/// `title` was: before, `status`, `domain`, `kinds` and `summary` were told without a place.
#[test]
fn keys_missing_from_the_top_of_a_file_are_placed_at_its_top() {
    assert_eq!(
        refused(&[("nat.toml", "id = \"NAT-9\"\n")]),
        [
            "mine/nat.toml:1:1: `title` is missing: every standard needs one",
            "mine/nat.toml:1:1: `status` is missing: every standard needs one",
            "mine/nat.toml:1:1: `domain` is missing: every standard needs one",
            "mine/nat.toml:1:1: `kinds` is missing: every standard needs one",
            "mine/nat.toml:1:1: `summary` is missing: every standard needs one",
        ]
    );
}

/// The verdict of NAT-9/limit for a fuel stating `property: value`.
fn verdict(catalogue: &Catalogue, property: &str, value: &str) -> String {
    let spec = format!(
        "items:\n  - id: f\n    name: f\n    nation: USA\n    kind: fuel\n    claims: [NAT 9]\n    \
         properties:\n      nato_code: F-34\n      {property}: {value}\n"
    );
    let checked = stanag_check::check_texts(catalogue, &[("f.yaml".to_string(), spec)]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    let item = &checked.report.items[0];
    let outcome = item
        .results
        .iter()
        .find(|o| &*o.citation.requirement == "NAT-9/limit")
        .expect("a verdict on NAT-9/limit");
    format!("{:?}", outcome.verdict).to_lowercase()
}

/// A tolerance is a difference of temperatures, not a temperature: ±2 °F is ±10/9 K (±1.11 °C),
/// where the temperature 2 °F is −16.7 °C (which no value could be within).
#[test]
fn a_temperature_tolerance_is_a_difference_in_any_unit() {
    for tolerance in ["2 °F", "1.111111 K", "1.111111 °C"] {
        let text = fuel_standard(
            "freeze_point",
            &format!("nominal = \"-47 °C\"\ntolerance = \"{tolerance}\""),
        );
        let catalogue = local(&[("nat-9.toml", &text)]).expect("a valid local standard");
        for (value, expected) in [
            ("-47 °C", "pass"),
            ("-45.9 °C", "pass"),
            ("-48.1 °C", "pass"),
            ("-45.8 °C", "fail"),
            ("-48.2 °C", "fail"),
            // the same temperatures in °F: -47 °C is -52.6 °F
            ("-52.6 °F", "pass"),
            ("-49 °F", "fail"),
        ] {
            assert_eq!(
                verdict(&catalogue, "freeze_point", value),
                expected,
                "{value} against -47 °C ± {tolerance}"
            );
        }
    }
    // exactly at the edge: -47 °C + 2 °F is -45.888… °C
    let text = fuel_standard("freeze_point", "nominal = \"-47 °C\"\ntolerance = \"2 °F\"");
    let catalogue = local(&[("nat-9.toml", &text)]).expect("valid");
    assert_eq!(verdict(&catalogue, "freeze_point", "-50.6 °F"), "pass");
    assert_eq!(verdict(&catalogue, "freeze_point", "-50.5 °F"), "fail");
    // a failure tells the tolerance in the deviation's unit too, where it is written in another
    let message = |catalogue: &Catalogue, value: &str| {
        let spec = format!(
            "items:\n  - {{ id: f, name: f, nation: USA, kind: fuel, claims: [NAT 9], \
             properties: {{ nato_code: F-34, freeze_point: {value} }} }}\n"
        );
        let checked = stanag_check::check_texts(catalogue, &[("f.yaml".to_string(), spec)]);
        let item = &checked.report.items[0];
        item.results
            .iter()
            .find(|o| &*o.citation.requirement == "NAT-9/limit")
            .map(|o| o.message.to_string())
            .expect("a verdict on NAT-9/limit")
    };
    assert_eq!(
        message(&catalogue, "-48.2 °C"),
        "-48.2 °C is 1.2 °C from the nominal -47 °C; the tolerance is ±2 °F (±1.1 °C)"
    );
    // the same unit, however it is spelt, is not told twice
    for (tolerance, told) in [
        ("1.1 °C", "±1.1 °C"),
        ("1.1°C", "±1.1°C"),
        ("1.1 degC", "±1.1 degC"),
    ] {
        let same_unit = fuel_standard(
            "freeze_point",
            &format!("nominal = \"-47 °C\"\ntolerance = \"{tolerance}\""),
        );
        let catalogue = local(&[("nat-9.toml", &same_unit)]).expect("valid");
        assert_eq!(
            message(&catalogue, "-48.2 °C"),
            format!("-48.2 °C is 1.2 °C from the nominal -47 °C; the tolerance is {told}")
        );
    }
}

#[test]
fn a_negative_tolerance_is_refused() {
    let text = fuel_standard(
        "freeze_point",
        "nominal = \"-47 °C\"\ntolerance = \"-2 °C\"",
    );
    assert_eq!(
        refused(&[("nat-9.toml", &text)]),
        ["mine/nat-9.toml:13:13: requirement `NAT-9/limit`: -2 °C is negative; a tolerance is a size, \
          never below zero"]
    );
}

/// A limit or condition that no value of its property could be judged against is refused:
/// otherwise every item would get not-comparable, or not-applicable (which counts as
/// compliant), for ever.
#[test]
fn limits_and_conditions_that_can_never_be_judged_are_refused() {
    let with_when = |when: &str| {
        fuel_standard(
            "relative_density",
            &format!("min = \"0.775\"\nwhen = {{ {when} }}"),
        )
    };
    let cases = [
        fuel_standard("accepted_fuels", "equals = \"F-34\""),
        fuel_standard("relative_density", "pattern = \"#.###\""),
        fuel_standard("nato_code", "one_of = []"),
        fuel_standard("nato_code", "includes = \"F-34\""),
        with_when("property = \"accepted_fuels\", equals = \"F-34\""),
        with_when("property = \"relative_density\", min = \"0.9\", max = \"0.1\""),
        fuel_standard("relative_density", "present = false"),
        with_when("property = \"relative_density\", present = false"),
        with_when("property = \"relative_density\", present = true, min = \"0.7\""),
    ];
    let messages: Vec<Vec<String>> = cases
        .iter()
        .map(|text| refused(&[("nat-9.toml", text)]))
        .collect();
    // each placed at its limit's value, or at the condition
    let expected = [
        "12:10: requirement `NAT-9/limit`: `equals` cannot judge accepted_fuels (list): a list is tested with `includes`",
        "12:11: requirement `NAT-9/limit`: `pattern` cannot judge relative_density (number)",
        "12:10: requirement `NAT-9/limit`: `one_of` lists no values",
        "12:12: requirement `NAT-9/limit`: `includes` needs a list property; nato_code is enum",
        "13:8: requirement `NAT-9/limit`: when: `equals` cannot judge accepted_fuels (list): a condition cannot test a list",
        "13:8: requirement `NAT-9/limit`: when: min 0.9 is above max 0.1",
        "12:11: requirement `NAT-9/limit`: `present = false` asks nothing: write `present = true` (the item must state the \
         property), or leave it out",
        "13:8: requirement `NAT-9/limit`: when: a condition's `present` is `true`, and stands alone (without \
         `equals`, `one_of`, `min` or `max`)",
        "13:8: requirement `NAT-9/limit`: when: a condition's `present` is `true`, and stands alone (without \
         `equals`, `one_of`, `min` or `max`)",
    ];
    assert_eq!(messages.len(), expected.len());
    for (got, want) in messages.iter().zip(expected) {
        assert_eq!(got, &[in_file("mine/nat-9.toml", want)]);
    }
}

/// A local pairs file with one rule (`body`: its properties and test).
fn pair_rule(id: &str, body: &str) -> String {
    format!(
        r#"[[rule]]
id = "{id}"
title = "Test rule"
a = "weapon"
b = "cartridge"
{body}
severity = "mandatory"
source = "test fixture"
confidence = "C"
"#
    )
}

/// Every property a rule may fall back on is checked against every one on the other side: a
/// mass is never compared with a length, whichever of them two items state.
#[test]
fn a_pair_rule_compares_only_values_of_one_kind() {
    let cases = [
        (
            "a_property = \"bullet_mass\"\nb_property = \"max_cartridge_length\"\ntest = \"equal\"",
            "test `equal` does not fit bullet_mass (mass in g) and max_cartridge_length \
             (length in mm)",
        ),
        (
            "a_property = \"max_cartridge_length\"\nb_property = [\"overall_length\", \
             \"bullet_mass\"]\ntest = \"at-most\"",
            "test `at-most` does not fit max_cartridge_length (length in mm) and bullet_mass \
             (mass in g)",
        ),
    ];
    for (body, message) in cases {
        assert_eq!(
            refused(&[("pairs-mine.toml", &pair_rule("NAT/rule", body))]),
            [format!(
                "mine/pairs-mine.toml:8:8: pair rule `NAT/rule`: {message}"
            )]
        );
    }
    // the same rule over two lengths is read
    let fine = "a_property = \"max_cartridge_length\"\nb_property = \"overall_length\"\ntest = \"at-most\"";
    assert!(local(&[("pairs-mine.toml", &pair_rule("NAT/rule", fine))]).is_ok());
}

/// A local rule replaces a built-in rule of the same id; two local rules of one id are refused
/// (the second would silently win).
#[test]
fn a_pair_rule_id_is_defined_once_on_each_side() {
    let rule = |id: &str| {
        pair_rule(
            id,
            "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"equal\"",
        )
    };
    let replaced = local(&[("pairs-mine.toml", &rule("PAIR/chambering"))]).expect("replaces");
    let chambering = replaced
        .pair_rules
        .iter()
        .filter(|r| &*r.id == "PAIR/chambering")
        .collect::<Vec<_>>();
    assert_eq!(chambering.len(), 1);
    assert_eq!(&*chambering[0].source, "test fixture");
    let twice = format!("{}\n{}", rule("NAT/same"), rule("NAT/same"));
    assert_eq!(
        refused(&[("pairs-mine.toml", &twice)]),
        [
            "mine/pairs-mine.toml:14:6: pair rule `NAT/same` is defined twice (first in \
          mine/pairs-mine.toml:2)"
        ]
    );
    // said in the same run as the rules' other mistakes, whichever rule has them
    let wrong = |id: &str| {
        pair_rule(
            id,
            "a_property = \"cartrige\"\nb_property = \"cartridge\"\ntest = \"equal\"",
        )
    };
    assert_eq!(
        refused(&[(
            "pairs-mine.toml",
            &format!("{}\n{}", wrong("NAT/same"), wrong("NAT/same"))
        )]),
        [
            "mine/pairs-mine.toml:6:14: pair rule `NAT/same`: unknown property `cartrige`, did \
             you mean `cartridge`?",
            "mine/pairs-mine.toml:14:6: pair rule `NAT/same` is defined twice (first in \
             mine/pairs-mine.toml:2)",
            "mine/pairs-mine.toml:18:14: pair rule `NAT/same`: unknown property `cartrige`, did \
             you mean `cartridge`?",
        ]
    );
    assert_eq!(
        refused(&[
            ("pairs-a.toml", &rule("NAT/same")),
            ("pairs-b.toml", &rule("NAT/same"))
        ]),
        ["mine/pairs-b.toml:2:6: pair rule `NAT/same` is defined twice (first in mine/pairs-a.toml:2)"]
    );
}

/// Any local file marks the catalogue's version, not only a local standard: a report made
/// with a local dictionary, pair rules or codes does not claim the built-in catalogue.
#[test]
fn any_local_file_marks_the_version() {
    let builtin = Catalogue::builtin().expect("built in");
    assert!(!builtin.version.ends_with("+local"));
    let rule = pair_rule(
        "NAT/rule",
        "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"equal\"",
    );
    let with_rule = local(&[("pairs-mine.toml", &rule)]).expect("valid");
    assert_eq!(with_rule.version, format!("{}+local", builtin.version));
}

/// A misspelt key in a local codes file is refused, as everywhere else in a catalogue.
#[test]
fn a_codes_file_refuses_unknown_keys() {
    let codes = "[trigraphs]\nsource = \"test\"\n[trigraphs.codes]\nUSA = \"United States\"\n\n\
                 [[ncb.codes]]\ncode = \"00\"\nnation = \"USA\"\nconfidence = \"C\"\nsource = \"t\"\n";
    assert_eq!(
        refused(&[("codes.toml", codes)]),
        ["mine/codes.toml:6:7: `codes` is no key here, did you mean `code`? (the keys here: code, \
          description, note)"]
    );
    let confidence = "[trigraphs]\nsource = \"test\"\n[trigraphs.codes]\nUSA = \"United States\"\n\n\
                      [[ncb.code]]\ncode = \"00\"\nnation = \"USA\"\nconfidence = \"sure\"\nsource = \"t\"\n";
    assert_eq!(
        refused(&[("codes.toml", confidence)]),
        ["mine/codes.toml:9:14: NCB code `00`: `confidence` is `sure`, which is not one of: C, W, \
          R, D"]
    );
}

/// A codes file's wrong keys and values, and its mistakes of meaning, are listed in one run,
/// each at its key or value and in the order they stand, as a standard's are (they came one a
/// run: serde's first, then the first wrong code).
#[test]
fn a_codes_files_mistakes_are_listed_together() {
    let codes = r#"[trigraphs]
sorce = "national list"
confidence = "sure"

[trigraphs.codes]
XKX = "Kosovo"
Xk1 = "bad"
FRA = 1
XKZ = "Kosovo too"
xkw = "bad too"

[trigraphs.alpha_2]
XK = "XKY"
xw = "XKW"

[[ncb.code]]
code = "7"
nation = "XKX"
confidence = "C"
source = "t"

[[ncb.code]]
code = "71"
nation = "XKX"
confidnce = "C"
source = "t"

[[ncb.code]]
code = "7A"
nation = "XKX"
confidence = "C"
source = "t"
"#;
    let expected = [
        "mine/codes.toml:2:1: `sorce` is no key here, did you mean `source`? (the keys here: \
         source, codes, alpha_2, confidence, note)",
        "mine/codes.toml:3:14: `confidence` is `sure`, which is not one of: C, W, R, D",
        "mine/codes.toml:7:1: trigraph `Xk1` is not three capital letters",
        "mine/codes.toml:8:7: `FRA` must be text in quotes, not `1`",
        "mine/codes.toml:10:1: trigraph `xkw` is not three capital letters, did you mean `XKW`?",
        "mine/codes.toml:13:6: `XK` is `XKY`, which is not a trigraph of the list, did you mean \
         `XKX`?",
        "mine/codes.toml:14:1: `xw` is not two capital letters, did you mean `XW`?",
        "mine/codes.toml:17:8: NCB code `7` is not two digits",
        "mine/codes.toml:25:1: NCB code `71`: `confidnce` is no key here, did you mean \
         `confidence`? (the keys here: code, nation, confidence, source, note)",
        "mine/codes.toml:29:8: NCB code `7A` is not two digits",
    ];
    assert_eq!(refused(&[("codes.toml", codes)]), expected);
    // without the wrong keys and values, every mistake of meaning is listed still
    let meaning_only = codes
        .replace("sorce", "source")
        .replace("\"sure\"", "\"C\"")
        .replace("FRA = 1", "FRA = \"France\"")
        .replace("confidnce", "confidence");
    let meaning: Vec<&str> = [2, 4, 5, 6, 7, 9]
        .into_iter()
        .map(|i| expected[i])
        .collect();
    assert_eq!(refused(&[("codes.toml", &meaning_only)]), meaning);
    // a file of thousands of wrong codes lists the first hundred and counts the rest
    let mut many = "[trigraphs]\nsource = \"t\"\n\n[trigraphs.codes]\n".to_string();
    for i in 0..150 {
        many.push_str(&format!("X{i:03} = \"x\"\n"));
    }
    let messages = refused(&[("codes.toml", &many)]);
    assert_eq!(messages.len(), 101);
    assert_eq!(
        messages[0],
        "mine/codes.toml:5:1: trigraph `X000` is not three capital letters"
    );
    assert_eq!(
        messages[100],
        "mine/codes.toml:105:1: 50 more codes were not checked (the first 100 errors are listed)"
    );
}

/// A dictionary's mistakes of meaning (a type, a unit, a current, a value alias, a kind) are
/// listed in one run with its wrong keys, each at its value, in the order they stand, with a
/// did-you-mean where one is close (they came one a run, after the wrong keys). A property
/// that reads is kept, so a standard that uses it is not told it is unknown.
#[test]
fn a_dictionarys_mistakes_of_meaning_are_listed_together() {
    let dictionary = r#"[property.barrel_twist]
description = "x"
type = "lenght"
unit = "mm"

[property.fuel_colour]
descripton = "Colour."
type = "text"

[property.gap]
description = "A gap."
type = "length"
unit = "milimetre"

[property.supply]
description = "V."
type = "voltage"
unit = "V"
current = "AC"

[property.shade]
description = "s"
type = "enum"
values = ["red", "green"]
value_aliases = { rot = "rd" }

[property.deck]
description = "d"
type = "length"
unit = "m"
kinds = ["crossing", "vehicel"]

[property.fuel_smell]
description = "Smell."
type = "text"
aliases = ["smell", "nato_code"]
"#;
    let expected = [
        "mine/dictionary.toml:3:8: property `barrel_twist` has type `lenght`: not a dimension, \
         number, integer, text, enum, list or flag, did you mean `length`?",
        "mine/dictionary.toml:7:1: property `fuel_colour`: `descripton` is no key here, did you \
         mean `description`? (the keys here: description, type, unit, aliases, values, \
         value_aliases, negative, exact, kinds, current, code_with, rated_load, nominal, bytes, \
         ratio)",
        "mine/dictionary.toml:13:8: property `gap`: unknown unit `milimetre`, did you mean \
         `millimetre`?",
        "mine/dictionary.toml:19:11: property `supply`: `current` is \"ac\" or \"dc\", not `AC`, \
         did you mean `ac`?",
        "mine/dictionary.toml:25:25: property `shade`: value alias `rot` points at `rd`, which is \
         not one of its values, did you mean `red`?",
        "mine/dictionary.toml:31:22: property `deck`: unknown item kind `vehicel`, did you mean \
         `vehicle`?",
        "mine/dictionary.toml:36:21: property `fuel_smell`: the name `nato_code` is already used \
         by `nato_code`",
    ];
    let standard = fuel_standard("smell", "one_of = [\"none\"]");
    assert_eq!(
        refused(&[("dictionary.toml", dictionary), ("nat-9.toml", &standard)]),
        expected
    );
    // a file of thousands of wrong properties lists the first hundred and counts the rest
    let mut many = String::new();
    for i in 0..150 {
        many.push_str(&format!(
            "[property.p{i:03}]\ndescription = \"x\"\ntype = \"lenght\"\n\n"
        ));
    }
    let messages = refused(&[("dictionary.toml", &many)]);
    assert_eq!(messages.len(), 101);
    assert_eq!(
        messages[100],
        "mine/dictionary.toml:401:1: 50 more properties were not checked (the first 100 errors \
         are listed)"
    );
    let without_wrong_keys = dictionary.replace("descripton", "description");
    let meaning: Vec<&str> = [0, 2, 3, 4, 5, 6]
        .into_iter()
        .map(|i| expected[i])
        .collect();
    assert_eq!(
        refused(&[
            ("dictionary.toml", &without_wrong_keys),
            ("nat-9.toml", &standard)
        ]),
        meaning
    );
}

/// A local standard of thousands of broken requirements lists the first hundred errors and
/// counts the requirements it did not check, rather than searching a did-you-mean for each.
#[test]
fn a_standard_of_many_errors_lists_a_hundred() {
    let mut text = fuel_standard("relative_densty", "min = \"0.775\"");
    for i in 0..300 {
        text.push_str(&format!(
            "\n[[requirement]]\nid = \"NAT-9/r{i}\"\nstatement = \"s\"\nproperty = \"relative_densty\"\n\
             min = \"0.775\"\nseverity = \"mandatory\"\nsource = \"t\"\nconfidence = \"C\"\n"
        ));
    }
    let messages = refused(&[("nat-9.toml", &text)]);
    assert_eq!(messages.len(), 101);
    assert_eq!(
        messages[0],
        "mine/nat-9.toml:11:12: requirement `NAT-9/limit`: unknown property `relative_densty`, did you \
         mean `relative_density`?"
    );
    assert_eq!(
        messages[100],
        "mine/nat-9.toml:908:1: 201 more requirements were not checked (the first 100 errors are listed)"
    );
}

/// A spec's property name is found as written, then in lower case: a local alias that differs
/// from a name already in use only by case would take that name's items away from it, so it is
/// refused.
#[test]
fn a_local_alias_may_not_shadow_a_name_by_case() {
    let dictionary =
        "[property.case_length]\ndescription = \"A case length.\"\ntype = \"length\"\n\
                      unit = \"mm\"\naliases = [\"OAL\"]\n";
    assert_eq!(
        refused(&[("dictionary.toml", dictionary)]),
        [
            "mine/dictionary.toml:5:12: property `case_length`: the name `OAL` is already used by \
          `overall_length`"
        ]
    );
    let fine = dictionary.replace("\"OAL\"", "\"CL\"");
    assert!(local(&[("dictionary.toml", &fine)]).is_ok());
}

/// Each pair is checked against each rule between its kinds, and each check keeps a reason: a
/// local catalogue of hundreds of rules makes the checks, not the pairs, what is limited.
#[test]
fn rule_checks_are_limited_as_pairs_are() {
    use stanag_check::pair::MAX_RULE_CHECKS;
    let rules: String = (0..400)
        .map(|i| {
            pair_rule(
                &format!("NAT/rule-{i}"),
                "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"equal\"",
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    let catalogue = local(&[("pairs-mine.toml", &rules)]).expect("valid rules");
    let items: String = (0..40)
        .flat_map(|i| {
            [
                format!("  - {{id: w{i}, name: w, nation: USA, kind: weapon}}\n"),
                format!("  - {{id: c{i}, name: c, nation: USA, kind: cartridge}}\n"),
            ]
        })
        .collect();
    let checked = stanag_check::check_texts(
        &catalogue,
        &[("many.yaml".into(), format!("items:\n{items}"))],
    );
    assert!(checked.rejected.is_empty());
    assert!(checked.report.pairs.is_empty());
    // 40 × 40 pairs of a weapon and a cartridge, each against the 400 local rules and the
    // built-in weapon ↔ cartridge rules
    let warnings: Vec<String> = checked
        .report
        .warnings
        .iter()
        .map(|w| w.to_string())
        .collect();
    assert_eq!(
        warnings,
        [format!(
            "many.yaml:1:1: warning: pairs not worked out: these 80 items make 644800 rule checks \
             (each pair against each rule between its kinds), over the limit of {MAX_RULE_CHECKS}; \
             check fewer items together to see their pairs"
        )]
    );
}

/// A local codes file adds to the built-in trigraphs: a partner nation's code is accepted, and
/// every built-in one still is.
#[test]
fn local_trigraphs_add_to_the_built_in_list() {
    let spec =
        |nation: &str| format!("items:\n  - {{id: f, name: f, nation: {nation}, kind: fuel}}\n");
    let rejected = |catalogue: &Catalogue, nation: &str| -> Vec<String> {
        let checked = stanag_check::check_texts(catalogue, &[("f.yaml".into(), spec(nation))]);
        checked
            .rejected
            .iter()
            .flat_map(|(_, refused)| refused.errors.iter().map(ToString::to_string))
            .collect()
    };
    let builtin = Catalogue::builtin().expect("built in");
    assert_eq!(
        rejected(&builtin, "XKX"),
        ["f.yaml:2:30: item `f`, field `nation`: `XKX` is not a STANAG 1059 trigraph"]
    );
    let codes = "[trigraphs]\nsource = \"national list\"\n[trigraphs.codes]\nXKX = \"Kosovo\"\n";
    let mine = local(&[("codes.toml", codes)]).expect("valid");
    assert!(rejected(&mine, "XKX").is_empty());
    assert!(rejected(&mine, "USA").is_empty());
    assert!(rejected(&mine, "FYR").is_empty());
}

/// A mistake found after a file is read (in a requirement, a rule, a property, a code) is
/// placed at the value it is about, as a syntax error is.
#[test]
fn mistakes_in_local_files_point_at_line_and_column() {
    let dictionary =
        "[property.barrel_twist]\ndescription = \"x\"\ntype = \"length\"\nunit = \"kg\"\n";
    let codes = "[trigraphs]\nsource = \"t\"\n[trigraphs.codes]\nUSA = \"x\"\nUs1 = \"y\"\n";
    let cases = [
        (
            "dictionary.toml",
            dictionary.to_string(),
            "4:8: property `barrel_twist`: unit `kg` is not a unit of length",
        ),
        (
            "codes.toml",
            codes.to_string(),
            "5:1: trigraph `Us1` is not three capital letters",
        ),
        (
            "nat-9.toml",
            fuel_standard("relative_density", "max = \"0.830\"\nmethod = \"ASTM D9999\""),
            "13:10: requirement `NAT-9/limit`: unknown test method `ASTM D9999`",
        ),
        (
            "nat-9.toml",
            fuel_standard("relative_density", "max = \"0.830\"")
                .replace("kinds = [\"fuel\"]", "kinds = [\"fuel\", \"feul\"]"),
            "5:18: NAT 9: unknown item kind `feul`, did you mean `fuel`?",
        ),
        (
            "pairs-mine.toml",
            format!(
                "{}\n[[rule.case]]\na = \"5.56x45mm NATO\"\nb = \"5.56x45mm NATO\"\nlevel = \"fine\"\nreason = \"r\"\n",
                pair_rule(
                    "NAT/rule",
                    "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"equal\""
                )
            ),
            "16:9: pair rule `NAT/rule`: case level `fine`: use compatible, incompatible or unknown",
        ),
    ];
    for (name, text, message) in cases {
        assert_eq!(
            refused(&[(name, &text)]),
            [in_file(&format!("mine/{name}"), message)],
            "{text}"
        );
    }
}

/// A limit's mistake is placed at the value that is wrong, whichever key comes first, and a
/// mistake in a list at the element.
#[test]
fn a_mistake_in_a_limit_is_placed_at_its_value() {
    let cases = [
        (
            fuel_standard("freeze_point", "min = \"-60 °C\"\nmax = \"banana\""),
            "13:7: requirement `NAT-9/limit`: `banana` is not a finite number",
        ),
        (
            fuel_standard("freeze_point", "max = \"banana\"\nmin = \"-60 °C\""),
            "12:7: requirement `NAT-9/limit`: `banana` is not a finite number",
        ),
        (
            fuel_standard("nato_code", "one_of = [\"F-34\", \"F-99\"]"),
            "12:19: requirement `NAT-9/limit`: `F-99` is not a value of nato_code",
        ),
    ];
    for (text, message) in cases {
        let got = refused(&[("nat-9.toml", &text)]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(&in_file("mine/nat-9.toml", message)),
            "{got:?} for {text}"
        );
    }
    let rule = pair_rule(
        "NAT/rule",
        "a_property = [\"cartridge\", \"cartrige\"]\nb_property = \"cartridge\"\ntest = \"equal\"",
    );
    assert_eq!(
        refused(&[("pairs-mine.toml", &rule)]),
        ["mine/pairs-mine.toml:6:28: pair rule `NAT/rule`: unknown property `cartrige`, did you \
          mean `cartridge`?"]
    );
}

/// A built-in file's mistake is never placed in a user's file that happens to share its name:
/// a local dictionary that breaks a built-in standard names that standard without a place.
#[test]
fn a_built_in_mistake_is_not_placed_in_a_local_file() {
    let dictionary = "[property.freeze_point]\ndescription = \"x\"\ntype = \"text\"\n";
    let same_name = fuel_standard("relative_density", "max = \"0.830\"");
    let files = [
        ("dictionary.toml".to_string(), dictionary.to_string()),
        ("stanag-1135.toml".to_string(), same_name),
    ];
    let Err(errors) = Catalogue::with_local(&files) else {
        panic!("freeze_point as text breaks STANAG 1135's limits");
    };
    let built_in: Vec<&CatalogueError> = errors
        .iter()
        .filter(|e| e.message.starts_with("requirement `STANAG-1135/"))
        .collect();
    assert!(!built_in.is_empty(), "{errors:#?}");
    assert!(built_in.iter().all(|e| e.at.is_none()), "{errors:#?}");
}

/// What a local file may make every item or every pair repeat is bounded: a `one_of` of more than
/// a thousand values (each item's value is sought in it), and a pair case's reason of more than
/// 500 characters (quoted in every pair the case decides), are refused at their place.
#[test]
fn lists_and_reasons_every_item_or_pair_repeats_are_bounded() {
    let codes = vec!["\"F-34\""; 1_001].join(", ");
    assert_eq!(
        refused(&[(
            "nat-9.toml",
            &fuel_standard("nato_code", &format!("one_of = [{codes}]"))
        )]),
        [
            "mine/nat-9.toml:12:10: requirement `NAT-9/limit`: `one_of` lists 1001 values; the \
          limit is 1000 (every item's value is sought in the list)"
        ]
    );
    let thousand = vec!["\"F-34\""; 1_000].join(", ");
    assert!(local(&[(
        "nat-9.toml",
        &fuel_standard("nato_code", &format!("one_of = [{thousand}]"))
    )])
    .is_ok());
    let rule = |reason: &str| {
        let body = "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"table\"";
        format!(
            "{}\n[[rule.case]]\na = \"5.56x45mm NATO\"\nb = \"5.56x45mm NATO\"\nlevel = \
             \"compatible\"\nreason = \"{reason}\"\n",
            pair_rule("NAT/chambering", body)
        )
    };
    let long = "r".repeat(501);
    assert_eq!(
        refused(&[("pairs-mine.toml", &rule(&long))]),
        ["mine/pairs-mine.toml:17:10: pair rule `NAT/chambering`: the reason is 501 characters; \
          a case's reason has at most 500 (it is quoted in every pair the case decides)"]
    );
    assert!(local(&[("pairs-mine.toml", &rule(&"r".repeat(500)))]).is_ok());
}

/// A requirement by one test method does not apply to an item that states its figure by another
/// method that a sibling requirement checks: the message names the first such sibling in the
/// standard's order, whatever the order of the item's figures (found through the standard's
/// index of requirements by property and method, not by reading every requirement).
#[test]
fn a_figure_by_another_method_names_the_first_sibling_that_checks_it() {
    let requirement = |id: &str, method: &str| {
        format!(
            "[[requirement]]\nid = \"NAT-7/{id}\"\nstatement = \"Pressure by {method}.\"\n\
             property = \"chamber_pressure\"\nmax = \"400 MPa\"\nmethod = \"{method}\"\n\
             severity = \"mandatory\"\nsource = \"test fixture\"\nconfidence = \"C\"\n\n"
        )
    };
    let standard = format!(
        "id = \"NAT 7\"\ntitle = \"National pressure standard\"\nstatus = \"promulgated\"\n\
         domain = \"small arms\"\nkinds = [\"cartridge\"]\nsummary = \"Test fixture.\"\n\n{}{}{}",
        requirement("epvat", "EPVAT"),
        requirement("saami", "SAAMI-piezo"),
        requirement("cip", "CIP-piezo"),
    );
    let catalogue = local(&[("nat-7.toml", &standard)]).unwrap();
    for figures in [
        "[{ value: 380, unit: MPa, method: CIP-piezo }, { value: 50000, unit: psi, method: SAAMI-piezo }]",
        "[{ value: 50000, unit: psi, method: SAAMI-piezo }, { value: 380, unit: MPa, method: CIP-piezo }]",
    ] {
        let spec = format!(
            "items:\n  - id: c\n    name: c\n    nation: USA\n    kind: cartridge\n    \
             properties:\n      chamber_pressure: {figures}\n"
        );
        let checked = stanag_check::check_texts(&catalogue, &[("c.yaml".to_string(), spec)]);
        assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
        let message = |id: &str| {
            checked.report.items[0]
                .results
                .iter()
                .find(|o| &*o.citation.requirement == id)
                .map(|o| (format!("{:?}", o.verdict), o.message.to_string()))
        };
        assert_eq!(
            message("NAT-7/epvat"),
            Some((
                "NotApplicable".to_string(),
                "the item states chamber_pressure by SAAMI-piezo, which NAT-7/saami checks; this \
                 limit is by EPVAT"
                    .to_string()
            ))
        );
        // the item's own methods are judged
        assert_eq!(message("NAT-7/cip").map(|m| m.0), Some("Pass".to_string()));
    }
}

/// A local catalogue file passes the same TOML guard as a spec: one that would make more than
/// 100,000 tables is refused at its place before toml builds it.
#[test]
fn a_catalogue_file_of_too_many_tables_is_refused_at_its_place() {
    let text: String = (0..=10_000)
        .map(|n| format!("[h{n}.a.a.a.a.a.a.a.a.a]\n"))
        .collect();
    assert_eq!(
        refused(&[("nat-9.toml", &text)]),
        [
            "mine/nat-9.toml:10001:2: the file makes more than 100000 tables and arrays (each \
          part of a dotted header or key makes a table)"
        ]
    );
}

/// `exact` (values compared as written) is for words: on a figure it means nothing, and is
/// refused at its place.
#[test]
fn exact_is_for_text_and_enum_properties() {
    let dictionary = "[property.lug_gap]\ndescription = \"A gap.\"\ntype = \"length\"\n\
                      unit = \"mm\"\nexact = true\n";
    assert_eq!(
        refused(&[("dictionary.toml", dictionary)]),
        ["mine/dictionary.toml:5:9: property `lug_gap`: `exact` is for text and enum properties \
          (their values are compared as written)"]
    );
    let text = "[property.xml_tag]\ndescription = \"A tag.\"\ntype = \"text\"\nexact = true\n";
    assert!(local(&[("dictionary.toml", text)]).is_ok());
    // an alias would be another spelling of a value compared as written
    let aliased = "[property.xml_tag]\ndescription = \"A tag.\"\ntype = \"enum\"\nexact = true\n\
                   values = [\"aB\"]\nvalue_aliases = { ab = \"aB\" }\n";
    assert_eq!(
        refused(&[("dictionary.toml", aliased)]),
        [
            "mine/dictionary.toml:6:17: property `xml_tag` is `exact`: its values are compared as \
          written, so it takes no value aliases"
        ]
    );
}

/// `bytes` says a text is bytes in hex: no other type's value is.
#[test]
fn bytes_are_for_text_properties() {
    let dictionary = "[property.lug_gap]\ndescription = \"A gap.\"\ntype = \"length\"\n\
                      unit = \"mm\"\nbytes = true\n";
    assert_eq!(
        refused(&[("dictionary.toml", dictionary)]),
        [
            "mine/dictionary.toml:5:9: property `lug_gap`: `bytes` is for text properties \
          (their value is bytes written in hex)"
        ]
    );
    let text = "[property.klv_key]\ndescription = \"A key.\"\ntype = \"text\"\nbytes = true\n";
    assert!(local(&[("dictionary.toml", text)]).is_ok());
}

/// A plain number's `ratio` says how it holds a share, so what a share written as one in so
/// many is told to be written as: "fraction" (the default, where none is said) or "percent",
/// whatever its description says (it was read from the description's "percent"); another word,
/// or a `ratio` on a property that is no plain number, is told at the key.
#[test]
fn a_ratio_says_how_a_plain_number_holds_a_share() {
    let share = |ratio: &str, description: &str| {
        format!(
            "[property.smoke_share]\ndescription = \"{description}\"\ntype = \"number\"\n{ratio}"
        )
    };
    let said = |dictionary: &str| {
        let catalogue = local(&[("dictionary.toml", dictionary)]).expect("accepted");
        let spec = "items:\n  - id: f\n    name: f\n    nation: USA\n    kind: fuel\n    \
                    properties:\n      nato_code: F-34\n      smoke_share: 1 in 4\n";
        let checked = stanag_check::check_texts(&catalogue, &[("f.yaml".to_string(), spec.into())]);
        checked
            .rejected
            .iter()
            .flat_map(|(_, r)| r.errors.iter().map(ToString::to_string))
            .collect::<Vec<_>>()
    };
    let at = "f.yaml:8:20: item `f`, property `smoke_share`: `1 in 4` is a ratio: smoke_share is \
              a plain number";
    let percent = [format!("{at}, in percent; write 25")];
    let fraction = [format!("{at}, the fraction as a decimal; write 0.25")];
    // as its `ratio` says, not as its description does
    assert_eq!(
        said(&share("ratio = \"percent\"\n", "Share of smoke.")),
        percent
    );
    assert_eq!(
        said(&share("ratio = \"fraction\"\n", "Share, in percent.")),
        fraction
    );
    // none said: a fraction
    assert_eq!(said(&share("", "Share, in percent.")), fraction);
    // another word, at its value, with the word it is near
    assert_eq!(
        refused(&[(
            "dictionary.toml",
            &share("ratio = \"percentage\"\n", "Share.")
        )]),
        [
            "mine/dictionary.toml:4:9: property `smoke_share`: `ratio` is \"fraction\" (1 for the \
          whole: 0.25) or \"percent\" (100 for the whole: 25), not `percentage`, did you mean \
          `percent`?"
        ]
    );
    // on a length, or a number counted in a unit: no plain number
    for (name, head) in [
        ("lug_gap", "type = \"length\"\nunit = \"mm\""),
        ("rate", "type = \"number\"\nunit = \"Bd\""),
    ] {
        let dictionary =
            format!("[property.{name}]\ndescription = \"d\"\n{head}\nratio = \"percent\"\n");
        assert_eq!(
            refused(&[("dictionary.toml", &dictionary)]),
            [format!(
                "mine/dictionary.toml:5:9: property `{name}`: `ratio` is for plain numbers (type \
                 \"number\", no unit): how a share written as one in so many is held"
            )]
        );
    }
}

/// A property's `kinds` name kinds the dictionary has.
#[test]
fn a_property_of_an_unknown_kind_is_refused_at_its_place() {
    let text = "[property.raft_deck]\ndescription = \"A deck.\"\ntype = \"length\"\n\
                unit = \"m\"\nkinds = [\"crossing\", \"raft\"]\n";
    assert_eq!(
        refused(&[("dictionary.toml", text)]),
        ["mine/dictionary.toml:5:22: property `raft_deck`: unknown item kind `raft`"]
    );
    let text = text.replace(", \"raft\"", "");
    assert!(local(&[("dictionary.toml", &text)]).is_ok());
}

/// A local standard replaces the built-in one of its id as a whole: what it leaves out is named,
/// so that a file written to change one figure does not drop the rest unsaid.
#[test]
fn a_replacing_standard_names_the_built_in_requirements_it_leaves_out() {
    let builtin = Catalogue::builtin().expect("built in");
    let all: Vec<String> = builtin
        .standard("STANAG 1135")
        .expect("STANAG 1135")
        .requirements
        .iter()
        .map(|r| r.id().to_string())
        .collect();
    assert!(all.len() > 2, "{all:?}");
    // keeps the first built-in requirement's id, and leaves out the others
    let own = fuel_standard("relative_density", "max = \"0.830\"")
        .replace("id = \"NAT 9\"", "id = \"STANAG 1135\"")
        .replace("NAT-9/limit", &all[0]);
    let replaced = local(&[("stanag-1135.toml", &own)]).unwrap_or_else(|e| panic!("{e:?}"));
    let standard = replaced.standard("STANAG 1135").expect("STANAG 1135");
    assert!(standard.local);
    let left_out: Vec<&str> = standard.left_out.iter().map(|id| &**id).collect();
    assert_eq!(
        left_out,
        all[1..].iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert_eq!(standard.replaced.as_deref(), Some("STANAG 1135"));
    // the whole built-in file under an id spaced otherwise leaves nothing out: a requirement is
    // the same one by its name after the id
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("standards/stanag-1135.toml"),
    )
    .expect("the built-in file");
    let respaced = text
        .replace("STANAG 1135", "STANAG1135")
        .replace("STANAG-1135/", "STANAG1135/");
    assert_ne!(respaced, text);
    let same = local(&[("stanag-1135.toml", &respaced)]).unwrap_or_else(|e| panic!("{e:?}"));
    let standard = same
        .standard("STANAG 1135")
        .expect("found however it is spaced");
    assert_eq!((&*standard.id, standard.left_out.len()), ("STANAG1135", 0));
    // a new standard, or a built-in one, leaves nothing out
    let added = local(&[(
        "nat-9.toml",
        &fuel_standard("relative_density", "max = \"0.830\""),
    )])
    .expect("loads");
    assert!(added.standards.iter().all(|s| s.left_out.is_empty()));
}

/// The built-in standards and pair rules are validated once per process and reused: a
/// catalogue made from them is the one validating them again makes (a local dictionary file,
/// even one that changes nothing, has them validated again).
#[test]
fn built_in_files_validated_once_give_the_catalogue_validated_again() {
    let builtin = Catalogue::builtin().expect("built-in catalogue");
    let reused = local(&[]).expect("built-in catalogue");
    assert_eq!(reused, builtin);
    assert_eq!(local(&[]).expect("built-in catalogue"), builtin);
    let again = local(&[("dictionary.toml", "")]).expect("an empty dictionary changes nothing");
    assert_eq!(again.version, format!("{}+local", builtin.version));
    assert_eq!(again.standards, builtin.standards);
    assert_eq!(again.pair_rules, builtin.pair_rules);
}

/// Confidence D (sources disagree) comes with the disagreeing figures and a note on which one
/// the check uses; disagreeing figures under any other confidence contradict it.
#[test]
fn disagreeing_figures_and_confidence_d_go_together() {
    let standard = fuel_standard("freeze_point", "max = \"-47 °C\"");
    let alternative =
        "\n[[requirement.alternatives]]\nvalue = \"-40 °C\"\nsource = \"older edition\"\n";
    let with_d = |text: &str| text.replace("confidence = \"C\"", "confidence = \"D\"");
    let cases = [
        with_d(&standard),
        with_d(&format!("{standard}{alternative}")),
        format!("{standard}{alternative}"),
    ];
    let messages: Vec<Vec<String>> = cases
        .iter()
        .map(|text| refused(&[("nat-9.toml", text)]))
        .collect();
    assert_eq!(
        messages,
        [
            vec![
                "mine/nat-9.toml:15:14: requirement `NAT-9/limit`: confidence D needs the \
                 disagreeing figures in `alternatives`",
                "mine/nat-9.toml:15:14: requirement `NAT-9/limit`: confidence D needs a `note` \
                 saying which figure the check uses and why",
            ],
            vec![
                "mine/nat-9.toml:15:14: requirement `NAT-9/limit`: confidence D needs a `note` \
                 saying which figure the check uses and why",
            ],
            vec![
                "mine/nat-9.toml:17:1: requirement `NAT-9/limit`: disagreeing figures in \
                 `alternatives` need confidence D (sources disagree), not C",
            ],
        ]
    );
    let noted = with_d(&format!(
        "{standard}note = \"The check uses the newer figure.\"\n"
    ));
    let fine = format!("{noted}{alternative}");
    assert_eq!(refused(&[("nat-9.toml", &fine)]), ["accepted"]);
}

/// A local dictionary can change what a built-in standard or pair rule means: they are then
/// validated against it, not taken from what was validated before. Here `overall_length`
/// becomes a mass, which the built-in limits in millimetres and the cartridge pair rules
/// cannot be.
#[test]
fn a_local_dictionary_has_the_built_in_files_validated_again() {
    let dictionary = "[property.overall_length]\ndescription = \"A mass.\"\ntype = \"mass\"\n\
                      unit = \"g\"\naliases = [\"oal\", \"OAL\"]\n";
    let messages = refused(&[("dictionary.toml", dictionary)]);
    assert_eq!(
        messages,
        [
            "stanag-2310.toml: requirement `STANAG-2310/oal-max`: 2.800 in is a length; \
             overall_length is a mass",
            "stanag-4090.toml: requirement `STANAG-4090/oal-max`: 29.69 mm is a length; \
             overall_length is a mass",
            "stanag-4172.toml: requirement `STANAG-4172/oal-max`: 57.40 mm is a length; \
             overall_length is a mass",
            "stanag-4383.toml: requirement `STANAG-4383/oal`: 138 mm is a length; \
             overall_length is a mass",
            "pairs.toml: pair rule `PAIR/cartridge-length`: test `at-most` does not fit \
             overall_length (mass in g) and max_cartridge_length (length in mm)",
        ]
    );
}

/// `or_stated` names other properties an item may state in place of the requirement's: not its
/// own property, not twice, not its `when`'s, and (for a limit other than `present`) only one of
/// the same kind, which is judged against the limit.
#[test]
fn or_stated_names_properties_that_can_stand_in() {
    let refused_with = |body: &str| refused(&[("nat-9.toml", &fuel_standard("flash_point", body))]);
    assert_eq!(
        refused_with("min = \"38 °C\"\nor_stated = [\"flash_point\"]"),
        [
            "mine/nat-9.toml:13:14: requirement `NAT-9/limit`: `flash_point` is the requirement's \
          property, or named twice"
        ]
    );
    assert_eq!(
        refused_with("min = \"38 °C\"\nor_stated = [\"relative_density\"]"),
        ["mine/nat-9.toml:13:14: requirement `NAT-9/limit`: `relative_density` (number) and flash_point \
          (temperature in °C) are not of one kind: only a property of the same kind can be judged \
          against this limit in its place"]
    );
    // for `present`, any property stands in
    assert!(local(&[(
        "nat-9.toml",
        &fuel_standard(
            "flash_point",
            "present = true\nor_stated = [\"relative_density\"]"
        ),
    )])
    .is_ok());
}

/// Fuzzing (the catalogue target, on a 1 MiB stack, session 12) found a local file that starts
/// with two byte order marks and then nests dotted keys thousands of levels deep: the depth guard
/// measured the text after the first mark, and toml read it with both, built the tree and
/// overflowed the stack dropping it. Both now read the same text, and the file is refused.
#[test]
fn a_deep_file_behind_two_byte_order_marks_is_refused_on_a_small_stack() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus/catalogue/two-byte-order-marks-then-deep-dotted-keys");
    let bytes = std::fs::read(path).unwrap();
    // the fuzz target's first byte picks the file's name (0: a standard)
    let text = String::from_utf8(bytes[1..].to_vec()).unwrap();
    assert!(text.starts_with("\u{feff}\u{feff}"));
    // as any catalogue file: a dictionary's and pair rules' content is also hashed first
    let names = ["standard", "dictionary", "pairs", "codes"];
    let refused = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || names.map(|name| local(&[(&format!("{name}.toml"), &text)]).map(|_| ())))
        .unwrap()
        .join()
        .unwrap();
    // refused for the first mistake toml meets, before it builds anything deep (and for its
    // other mistakes of TOML, each on its line)
    for (outcome, name) in refused.into_iter().zip(names) {
        let errors: Vec<String> = outcome
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errors.first(),
            Some(&format!(
                "mine/{name}.toml:1:98: invalid TOML: a key of several words is written in quotes (`\"my key\" = …`)"
            ))
        );
        let syntax = format!("mine/{name}.toml:");
        assert!(
            errors
                .iter()
                .all(|e| e.starts_with(&syntax) && e.contains(": invalid TOML: ")),
            "{errors:#?}"
        );
    }
}

/// A requirement by one test method that may be met by another property (`or_stated`): a figure
/// of either by a method another requirement judges, for that property too, is that
/// requirement's to judge, so the figure by this requirement's method answers here. A figure no
/// requirement judges by its method is not comparable here, never silently passed over.
#[test]
fn or_stated_figures_by_another_method_are_left_to_that_methods_requirement() {
    let standard = |scatp_or_stated: &str| {
        format!(
            r#"id = "NAT-7"
title = "Pressures by method"
status = "promulgated"
domain = "small-arms ammunition"
kinds = ["cartridge"]
summary = "Test standard."

[[requirement]]
id = "NAT-7/epvat"
statement = "At most 380 MPa by EPVAT."
property = "chamber_pressure"
max = "380 MPa"
method = "EPVAT"
or_stated = ["case_pressure"]
severity = "mandatory"
source = "test fixture"
confidence = "C"

[[requirement]]
id = "NAT-7/scatp"
statement = "At most 400 MPa by SCATP-5.56."
property = "chamber_pressure"
max = "400 MPa"
method = "SCATP-5.56"
{scatp_or_stated}severity = "mandatory"
source = "test fixture"
confidence = "C"
"#
        )
    };
    let dictionary =
        "[property.case_pressure]\ndescription = \"Chamber pressure measured at the case.\"\n\
                      type = \"pressure\"\nunit = \"MPa\"\n";
    let spec = "items:\n  - id: c\n    name: c\n    nation: USA\n    kind: cartridge\n    \
                properties:\n      chamber_pressure: { value: 300 MPa, method: EPVAT }\n      \
                case_pressure: { value: 500 MPa, method: SCATP-5.56 }\n";
    let results = |scatp_or_stated: &str| -> Vec<(String, String)> {
        let nat_7 = standard(scatp_or_stated);
        let catalogue =
            local(&[("dictionary.toml", dictionary), ("nat-7.toml", &nat_7)]).expect("valid");
        let checked = stanag_check::check_texts(&catalogue, &[("c.yaml".into(), spec.into())]);
        assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
        checked.report.items[0]
            .results
            .iter()
            .filter(|r| r.citation.requirement.starts_with("NAT-7/"))
            .map(|r| (r.verdict.name().to_string(), r.message.to_string()))
            .collect()
    };
    let pair = |verdict: &str, message: &str| (verdict.to_string(), message.to_string());
    // the SCATP requirement judges case_pressure too: each figure answers where its method is
    assert_eq!(
        results("or_stated = [\"case_pressure\"]\n"),
        [
            pair("pass", "300 MPa meets ≤ 380 MPa"),
            pair(
                "fail",
                "case_pressure (beside chamber_pressure): 500 MPa is above the maximum 400 MPa by \
                 100 MPa (25 %)"
            ),
        ]
    );
    // no requirement judges case_pressure by SCATP-5.56: it is not comparable with the EPVAT
    // limit, and says so (the SCATP requirement is not about it)
    assert_eq!(
        results(""),
        [
            pair(
                "not-comparable",
                "case_pressure (beside chamber_pressure): the value is 500 MPa by SCATP-5.56; \
                 this limit is by EPVAT, and figures by different test methods are never \
                 compared or converted into one another: give the figure by EPVAT (`method: EPVAT`) to have it \
                 judged"
            ),
            pair(
                "not-applicable",
                "the item states chamber_pressure by EPVAT, which NAT-7/epvat checks; this limit \
                 is by SCATP-5.56"
            ),
        ]
    );
}

/// A requirement whose condition is that the item states its own property judges a figure
/// wherever one is given and asks no item for one: an item that states none is not applicable,
/// and the standard still concerns it (a claim of it is met, not refused as for items of another
/// sort).
#[test]
fn a_figure_judged_only_where_stated() {
    let text = fuel_standard(
        "relative_density",
        "min = \"0.775\"\nwhen = { property = \"relative_density\", present = true }",
    );
    let catalogue = local(&[("nat-9.toml", &text)]).expect("catalogue");
    assert_eq!(verdict(&catalogue, "relative_density", "0.800"), "pass");
    assert_eq!(verdict(&catalogue, "relative_density", "0.700"), "fail");
    let spec =
        "items:\n  - { id: f, name: f, nation: USA, kind: fuel, claims: [NAT 9], properties: \
                { nato_code: F-34 } }\n";
    let checked =
        stanag_check::check_texts(&catalogue, &[("f.yaml".to_string(), spec.to_string())]);
    let item = &checked.report.items[0];
    let nat_9 = item
        .standards
        .iter()
        .find(|s| &*s.standard == "NAT 9")
        .expect("NAT 9 listed");
    assert_eq!(nat_9.status.name(), "compliant");
    let outcome = item
        .results
        .iter()
        .find(|o| &*o.citation.requirement == "NAT-9/limit")
        .expect("a verdict on NAT-9/limit");
    assert_eq!(
        (format!("{:?}", outcome.verdict), &*outcome.message),
        (
            "NotApplicable".to_string(),
            "judged only where stated; the item does not state relative_density"
        )
    );
}

#[test]
fn an_exact_figure_allows_only_the_stated_values_precision() {
    let rounded = fuel_standard("flash_point", "equals = \"60 °C\"");
    let exact = fuel_standard("flash_point", "equals = \"60 °C\"\nexact = true");
    let rounded = local(&[("nat-9.toml", &rounded)]).expect("catalogue");
    let exact = local(&[("nat-9.toml", &exact)]).expect("catalogue");
    // 60.4 °C is 60 °C to the figure's written digit, but not exactly
    assert_eq!(verdict(&rounded, "flash_point", "60.4 °C"), "pass");
    assert_eq!(verdict(&exact, "flash_point", "60.4 °C"), "fail");
    assert_eq!(verdict(&exact, "flash_point", "60.0 °C"), "pass");
    assert_eq!(verdict(&exact, "flash_point", "140 °F"), "pass");
    assert_eq!(verdict(&exact, "flash_point", "140.7 °F"), "fail");
    let shown = exact.requirement("NAT-9/limit").expect("requirement").1;
    assert_eq!(shown.limit_text(), "= 60 °C exactly");
    // a value off by less than a millionth of the limit's unit is not shown as the limit
    let spec =
        "items:\n  - { id: f, name: f, nation: USA, kind: fuel, claims: [NAT 9], properties: \
                { nato_code: F-34, flash_point: 140.0000007 °F } }\n";
    let checked = stanag_check::check_texts(&exact, &[("f.yaml".to_string(), spec.to_string())]);
    let said = checked.report.items[0]
        .results
        .iter()
        .find(|o| &*o.citation.requirement == "NAT-9/limit")
        .map(|o| o.message.to_string());
    assert_eq!(
        said.as_deref(),
        Some("140.0000007 °F (= 60.00000039 °C) is not 60 °C exactly: above it by 0.00000039 °C")
    );
    // refused where it would say nothing
    for (body, message) in [
        ("min = \"60 °C\"\nexact = true", "`exact = true` is for figures that `equals` or `one_of` names: a word is matched by its spelling, and a minimum, maximum or nominal is exact already"),
        ("equals = \"60 °C\"\nexact = false", "`exact = false` is what a named figure is without it: leave it out"),
    ] {
        let errors = refused(&[("nat-9.toml", &fuel_standard("flash_point", body))]);
        assert!(errors.len() == 1 && errors[0].contains(message), "{errors:?}");
        assert!(errors[0].contains("mine/nat-9.toml:"), "placed: {errors:?}");
    }
    // a word is compared as it is
    let word = fuel_standard("nato_code", "equals = \"F-34\"\nexact = true");
    let errors = refused(&[("nat-9.toml", &word)]);
    assert!(
        errors.len() == 1 && errors[0].contains("`exact = true` is for figures that `equals` or `one_of` names: a word is matched by its spelling"),
        "{errors:?}"
    );
}

#[test]
fn an_exception_excuses_the_items_it_names() {
    let text = fuel_standard(
        "flash_point",
        "min = \"38 °C\"\nunless = { property = \"nato_code\", equals = \"F-34\" }",
    );
    let catalogue = local(&[("nat-9.toml", &text)]).expect("catalogue");
    let check = |code: &str, flash: &str| {
        let spec = format!(
            "items:\n  - {{ id: f, name: f, nation: USA, kind: fuel, claims: [NAT 9], properties: \
             {{ nato_code: {code}, flash_point: {flash} }} }}\n"
        );
        let checked = stanag_check::check_texts(&catalogue, &[("f.yaml".to_string(), spec)]);
        assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
        checked.report.items[0]
            .results
            .iter()
            .filter(|o| o.citation.standard.as_ref() == "NAT 9")
            .map(|o| {
                (
                    o.citation.requirement.to_string(),
                    format!("{:?}", o.verdict),
                    o.message.to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    // F-35 is not excused: the minimum judges it
    assert_eq!(
        check("F-35", "30 °C"),
        [(
            "NAT-9/limit".to_string(),
            "Fail".to_string(),
            "30 °C is below the minimum 38 °C by 8 °C".to_string()
        )]
    );
    // F-34 is excused: the requirement does not apply, and says why; the item is still one the
    // standard concerns (an exception is no sign of another sort of item), so its claim holds
    assert_eq!(
        check("F-34", "30 °C"),
        [(
            "NAT-9/limit".to_string(),
            "NotApplicable".to_string(),
            "does not apply when nato_code = F-34".to_string()
        )]
    );
    let spec =
        "items:\n  - { id: f, name: f, nation: USA, kind: fuel, claims: [NAT 9], properties: \
                { nato_code: F-34, flash_point: 30 °C } }\n";
    let checked =
        stanag_check::check_texts(&catalogue, &[("f.yaml".to_string(), spec.to_string())]);
    let status = checked.report.items[0]
        .standards
        .iter()
        .find(|s| &*s.standard == "NAT 9")
        .map(|s| s.status.name());
    assert_eq!(status, Some("compliant"));
    // an exception on the figure judged would excuse its failures
    // an exception that is the requirement's own condition would leave it never applying
    let same = fuel_standard(
        "flash_point",
        "min = \"38 °C\"\nwhen = { property = \"nato_code\", equals = \"F-34\" }\nunless = { property = \"nato_code\", equals = \"F-34\" }",
    );
    let errors = refused(&[("nat-9.toml", &same)]);
    assert!(
        errors.len() == 1
            && errors[0].contains(
                "unless: it holds wherever `when` does, so the requirement would never apply"
            ),
        "{errors:?}"
    );
    // nor one that names every value `when` names, and more
    let wider = fuel_standard(
        "flash_point",
        "min = \"38 °C\"\nwhen = { property = \"nato_code\", equals = \"F-34\" }\nunless = { property = \"nato_code\", one_of = [\"F-34\", \"F-35\"] }",
    );
    let errors = refused(&[("nat-9.toml", &wider)]);
    assert!(
        errors.len() == 1 && errors[0].contains("unless: it holds wherever `when` does"),
        "{errors:?}"
    );
    // an exception for some of the values `when` names is one
    let some = fuel_standard(
        "flash_point",
        "min = \"38 °C\"\nwhen = { property = \"nato_code\", one_of = [\"F-34\", \"F-35\"] }\nunless = { property = \"nato_code\", equals = \"F-35\" }",
    );
    assert!(local(&[("nat-9.toml", &some)]).is_ok());
    let own = fuel_standard(
        "flash_point",
        "min = \"38 °C\"\nunless = { property = \"flash_point\", min = \"20 °C\" }",
    );
    let errors = refused(&[("nat-9.toml", &own)]);
    assert!(
        errors.len() == 1
            && errors[0].contains("unless: `flash_point` is the property the requirement judges"),
        "{errors:?}"
    );
}

/// Two properties of one dimension may be held in different units (a length in m, another in
/// mm): a rule over them compares the figures in one unit, and says what it compared.
#[test]
fn a_pair_rule_compares_figures_held_in_different_units() {
    let rule = "a_property = \"empty_mass\"\nb_property = \"bullet_mass\"\ntest = \"at-most\"";
    let catalogue = local(&[("pairs-mine.toml", &pair_rule("NAT/mass", rule))]).expect("catalogue");
    let spec = "items:\n\
        - { id: w, name: w, nation: USA, kind: weapon, properties: { empty_mass: 0.0120 kg } }\n\
        - { id: light, name: l, nation: USA, kind: cartridge, properties: { bullet_mass: 12.5 g } }\n\
        - { id: heavy, name: h, nation: USA, kind: cartridge, properties: { bullet_mass: 11.0 g } }\n";
    let says = rule_says(&catalogue, spec, "NAT/mass");
    let said = |other: &str| says("w", other);
    // 0.0120 kg is 12.0 g: at most 12.5 g, and over 11.0 g (not 0.012 against 11.0)
    assert_eq!(
        said("light"),
        (
            "Pass".to_string(),
            "w empty_mass 0.0120 kg (= 12.0 g) ≤ light bullet_mass 12.5 g".to_string()
        )
    );
    assert_eq!(
        said("heavy"),
        (
            "Fail".to_string(),
            "w empty_mass 0.0120 kg (= 12.0 g) exceeds heavy bullet_mass 11.0 g by 1.0 g"
                .to_string()
        )
    );
}

/// What `rule` says of two items of `spec` (by their ids, in either order), checked with
/// `catalogue`: its verdict and message.
fn rule_says(
    catalogue: &Catalogue,
    spec: &str,
    rule: &str,
) -> impl Fn(&str, &str) -> (String, String) {
    let checked = stanag_check::check_texts(catalogue, &[("p.yaml".to_string(), spec.to_string())]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    let (pairs, rule) = (checked.report.pairs, rule.to_string());
    move |a, b| {
        let pair = pairs
            .iter()
            .find(|p| (p.a == a && p.b == b) || (p.a == b && p.b == a))
            .expect("a pair");
        let r = pair
            .reasons
            .iter()
            .find(|r| *r.rule == *rule)
            .expect("the rule's reason");
        (format!("{:?}", r.verdict), r.message.clone())
    }
}

/// A replacing file without the built-in standard's `[selector]` applies it to every item of its
/// kinds: said in the replacement note, with what each selects, and the verdicts follow the file.
#[test]
fn a_replacing_standard_says_when_it_selects_other_items() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("standards/stanag-4172.toml"),
    )
    .expect("the built-in file");
    let start = text.find("[selector]").expect("a selector");
    let end = text[start..].find("[[requirement]]").expect("requirements") + start;
    let without = format!("{}{}", &text[..start], &text[end..]);
    let catalogue = local(&[("stanag-4172.toml", &without)]).expect("loads");
    let standard = catalogue.standard("STANAG 4172").expect("STANAG 4172");
    assert_eq!(
        standard.replacement_note().as_deref(),
        Some(
            "mine/stanag-4172.toml replaces the built-in STANAG 4172 as a whole: the built-in one \
             applies only to items with `cartridge one of 5.56x45mm NATO`, this file to every \
             cartridge it governs; copy its `[selector]` into the file to keep it"
        )
    );
    // the same file with its selector says nothing
    let same = local(&[("stanag-4172.toml", &text)]).expect("loads");
    assert_eq!(
        same.standard("STANAG 4172")
            .expect("STANAG 4172")
            .replacement_note(),
        None
    );
}

/// A catalogue error as it is said: `file:line:col: message` where the message has a place,
/// `file: message` where it has none.
fn in_file(file: &str, message: &str) -> String {
    if message.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{file}:{message}")
    } else {
        format!("{file}: {message}")
    }
}

/// A requirement on a property the dictionary keeps to other kinds, asked of every item of a
/// kind the standard covers, would leave each of them missing it for ever: refused, unless a
/// `when` says which items it is for. A misspelt test method gets a did-you-mean.
#[test]
fn a_requirement_asks_only_items_that_can_state_its_property() {
    let tracked = |limit: &str| refused(&[("nat-9.toml", &fuel_standard("mlc_tracked", limit))]);
    assert_eq!(
        tracked("min = \"40\""),
        [in_file(
            "mine/nat-9.toml",
            "11:12: requirement `NAT-9/limit`: `mlc_tracked` is stated by items of kind crossing \
             only, and the standard covers fuel too: restrict the requirement with `when`, or \
             list those kinds for the property in dictionary.toml"
        )]
    );
    // with a `when`, it asks only the items the condition picks
    assert_eq!(
        tracked("min = \"40\"\nwhen = { property = \"mlc_tracked\", present = true }"),
        ["accepted"]
    );
    // a `when` on a property of the same kinds picks only items that can state it
    assert_eq!(
        tracked("min = \"40\"\nwhen = { property = \"crossing_type\", equals = \"raft\" }"),
        ["accepted"]
    );
    // but one on a property every fuel states restricts nothing: it was accepted, and each fuel
    // of that grade was told it did not state mlc_tracked
    assert_eq!(
        tracked("min = \"40\"\nwhen = { property = \"nato_code\", equals = \"F-34\" }"),
        [in_file(
            "mine/nat-9.toml",
            "13:21: requirement `NAT-9/limit`: `mlc_tracked` is stated by items of kind crossing \
             only, but its `when` on `nato_code`, a property of every kind, picks the standard's \
             items of kind fuel as well, each of which would be told it does not state \
             `mlc_tracked`: make the condition one on a property of crossing, put the \
             requirement in a standard whose `kinds` are crossing, or list those kinds for the \
             property in dictionary.toml"
        )]
    );
    // a standard of every kind covers the others too (it was accepted); its selector on a
    // property of crossings keeps it to them
    let every = fuel_standard("mlc_tracked", "min = \"40\"")
        .replace("kinds = [\"fuel\"]", "kinds = [\"*\"]");
    assert_eq!(
        refused(&[("nat-9.toml", &every)]),
        [in_file(
            "mine/nat-9.toml",
            "11:12: requirement `NAT-9/limit`: `mlc_tracked` is stated by items of kind crossing \
             only, and the standard covers every kind (its `kinds` are `*`): ask it of \
             crossing only (`kinds = [\"crossing\"]`), restrict the requirement with `when`, or \
             list those kinds for the property in dictionary.toml"
        )]
    );
    let selected = every.replace(
        "summary = \"Test fixture.\"",
        "summary = \"Test fixture.\"\n[selector]\nproperty = \"crossing_type\"\nequals = \"raft\"",
    );
    assert_eq!(refused(&[("nat-9.toml", &selected)]), ["accepted"]);
    let messages = refused(&[(
        "nat-9.toml",
        &fuel_standard("relative_density", "min = \"0.775\"\nmethod = \"epvatt\""),
    )]);
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].ends_with("unknown test method `epvatt`, did you mean `EPVAT`?"),
        "{messages:?}"
    );
}

/// A pair rule's exception on the property the rule compares can never excuse an item (one that
/// meets it states the property, and is held to the rule): refused, where it loaded silently.
#[test]
fn a_pair_exception_on_what_the_rule_compares_is_refused() {
    let rule = pair_rule(
        "NAT/rule",
        "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"equal\"\n\
         unless_a = { property = \"cartridge\", equals = \"5.56x45mm NATO\" }",
    );
    let messages = refused(&[("pairs-mine.toml", &rule)]);
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].ends_with(
            "pair rule `NAT/rule`: `unless_a` on `cartridge`, which the rule compares, excuses \
             no item: an item that states it is held to the rule"
        ),
        "{messages:?}"
    );
    // on another property it loads
    let rule = pair_rule(
        "NAT/rule",
        "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"equal\"\n\
         unless_a = { property = \"bore_diameter\", present = true }",
    );
    assert_eq!(refused(&[("pairs-mine.toml", &rule)]), ["accepted"]);
}

/// A wrong key or value (serde's mistakes) is listed for the standard and for each requirement
/// it is in, each placed, not one a run: a national file is not fixed a mistake at a time.
#[test]
fn a_files_wrong_keys_and_values_are_listed_together() {
    let text = r#"id = "NAT 9"
title = "National fuel test standard"
status = "promulgatd"
domain = "fuels"
kinds = ["fuel"]
summary = "Test fixture."

[[requirement]]
id = "NAT-9/a"
statement = "a"
property = "relative_density"
min = "0.775"
severity = "mandatory"
source = "x"
confidence = "Q"

[[requirement]]
id = "NAT-9/b"
stament = "b"
property = "relative_density"
min = "0.775"
severity = "mandatory"
source = "x"
confidence = "C"

[[requirement]]
id = "NAT-9/c"
statement = "c"
property = "relative_density"
min = "0.775"
severity = "mandtory"
source = "x"
confidence = "C"
"#;
    let messages = refused(&[("nat-9.toml", text)]);
    let places: Vec<&str> = messages
        .iter()
        .map(|m| m.split(": ").next().unwrap_or(""))
        .collect();
    assert_eq!(messages.len(), 4, "{messages:#?}");
    // the first as toml placed it, then the standard's own, then each requirement's
    assert!(
        messages
            .iter()
            .any(|m| m.contains("`confidence` is `Q`, which is not one of: C, W, R, D")),
        "{messages:#?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("mine/nat-9.toml:3:10: `status` is `promulgatd`, which is not one of: study, ratification-draft, promulgated, superseded, cancelled, did you mean `promulgated`?")),
        "{messages:#?}"
    );
    assert!(
        messages.iter().any(|m| m
            .starts_with("mine/nat-9.toml:19:1: requirement `NAT-9/b`: `stament` is no key here")),
        "{messages:#?}"
    );
    assert!(
        messages.iter().any(|m| m.starts_with(
            "mine/nat-9.toml:31:12: requirement `NAT-9/c`: `severity` is `mandtory`, which is not one of: mandatory, recommended, did you mean `mandatory`?"
        )),
        "{messages:#?}"
    );
    assert!(
        places.iter().all(|p| p.matches(':').count() == 2),
        "{places:?}"
    );
}

/// Every wrong key and value of one requirement is listed, not its first alone; a misspelt key
/// is one mistake, not its name missing too; a pairs file's rules and a dictionary's entries
/// are listed together as a standard's requirements are.
#[test]
fn each_entrys_mistakes_are_listed_together_in_every_kind_of_file() {
    let text = r#"id = "NAT 9"
title = "National fuel test standard"
status = "promulgated"
domain = "fuels"
kinds = ["fuel"]
summary = "Test fixture."

[[requirement]]
id = "NAT-9/a"
stament = "a"
property = "relative_density"
min = "0.775"
severity = "mandtory"
source = "x"
confidence = "Q"
colour = "red"
"#;
    let messages = refused(&[("nat-9.toml", text)]);
    assert_eq!(
        messages
            .iter()
            .map(|m| m.split([',', '(']).next().unwrap_or("").trim_end())
            .collect::<Vec<_>>(),
        [
            "mine/nat-9.toml:10:1: requirement `NAT-9/a`: `stament` is no key here",
            "mine/nat-9.toml:13:12: requirement `NAT-9/a`: `severity` is `mandtory`",
            "mine/nat-9.toml:15:14: requirement `NAT-9/a`: `confidence` is `Q`",
            "mine/nat-9.toml:16:1: requirement `NAT-9/a`: `colour` is no key here",
        ],
        "{messages:#?}"
    );
    let rules = format!(
        "{}\n{}",
        pair_rule(
            "NAT/one",
            "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"equl\"\ncolour = 1"
        ),
        pair_rule(
            "NAT/two",
            "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntset = \"equal\""
        )
    );
    let messages = refused(&[("pairs-mine.toml", &rules)]);
    assert_eq!(
        messages
            .iter()
            .map(|m| m.split([',', '(']).next().unwrap_or("").trim_end())
            .collect::<Vec<_>>(),
        [
            "mine/pairs-mine.toml:8:8: pair rule `NAT/one`: `test` is `equl`",
            "mine/pairs-mine.toml:9:1: pair rule `NAT/one`: `colour` is no key here",
            "mine/pairs-mine.toml:21:1: pair rule `NAT/two`: `tset` is no key here",
        ],
        "{messages:#?}"
    );
    // one wrong word in two keys, and a value of the wrong type: each placed, in one run
    let text = r#"id = "NAT 9"
title = "National fuel test standard"
status = "promulgated"
domain = "fuels"
kinds = ["fuel"]
summary = "Test fixture."

[[requirement]]
id = "NAT-9/a"
statement = "a"
property = "relative_density"
min = "0.775"
severity = "Q"
source = "x"
confidence = "Q"
exact = "yes"
"#;
    let messages = refused(&[("nat-9.toml", text)]);
    assert_eq!(
        messages
            .iter()
            .map(|m| m.split([',', '(']).next().unwrap_or("").trim_end())
            .collect::<Vec<_>>(),
        [
            "mine/nat-9.toml:13:12: requirement `NAT-9/a`: `severity` is `Q`",
            "mine/nat-9.toml:15:14: requirement `NAT-9/a`: `confidence` is `Q`",
            "mine/nat-9.toml:16:9: requirement `NAT-9/a`: `exact` must be true or false",
        ],
        "{messages:#?}"
    );
    // a rule's case, nested in it: its mistakes too, and a misspelt key is one mistake
    let with_case = format!(
        "{}\n[[rule.case]]\na = \"x\"\nb = \"y\"\nlevle = \"compatible\"\nreason = \"r\"\nconfidence = \"Z\"\n",
        pair_rule(
            "NAT/three",
            "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"table\"\ntitel = \"t\""
        )
    );
    let messages = refused(&[("pairs-mine.toml", &with_case)]);
    assert_eq!(
        messages
            .iter()
            .map(|m| m.split([',', '(']).next().unwrap_or("").trim_end())
            .collect::<Vec<_>>(),
        [
            "mine/pairs-mine.toml:9:1: pair rule `NAT/three`: `titel` is no key here",
            // (the rule judged without the key that misspells none it lacks)
            "mine/pairs-mine.toml:15:5: pair rule `NAT/three`: `x` is not a value of cartridge",
            "mine/pairs-mine.toml:16:5: pair rule `NAT/three`: `y` is not a value of cartridge",
            "mine/pairs-mine.toml:17:1: pair rule `NAT/three`: `levle` is no key here",
            "mine/pairs-mine.toml:19:14: pair rule `NAT/three`: `confidence` is `Z`",
        ],
        "{messages:#?}"
    );
    let dictionary = "[property.fuel_colour]\ndescription = \"Colour.\"\ntype = \"txt\"\nunits = \"mm\"\n\n[property.fuel_smell]\ndescripton = \"Smell.\"\ntype = \"text\"\n";
    let messages = refused(&[("dictionary.toml", dictionary)]);
    assert!(
        messages.len() >= 2
            && messages
                .iter()
                .any(|m| m.contains("property `fuel_colour`: `units` is no key here"))
            && messages
                .iter()
                .any(|m| m.contains("property `fuel_smell`: `descripton` is no key here")),
        "{messages:#?}"
    );
}

/// A local property or pair rule that replaces a built-in one changes built-in verdicts: it is
/// said, naming what is replaced, by which file, and what the built-in one had that the file has
/// not. A property declared again is wholly the file's: its built-in names are not kept either.
#[test]
fn a_replaced_property_or_pair_rule_is_said() {
    let dictionary = r#"[property.system_voltage]
description = "Nominal voltage, without its current."
kinds = ["vehicle"]
type = "voltage"
unit = "V"
aliases = ["electrical_system_voltage", "vehicle_voltage", "nominal_voltage"]

[property.accepted_fuels]
description = "Fuels (mine)."
type = "list"
values = ["F-34", "F-35", "F-54", "F-76", "F-18", "F-40", "F-44"]
"#;
    let pairs = r#"[[rule]]
id = "PAIR/chambering"
title = "Mine"
a = "weapon"
b = "cartridge"
a_property = "cartridge"
b_property = "cartridge"
test = "table"
severity = "mandatory"
source = "test fixture"
confidence = "C"

[[rule.case]]
a = "7.62x51mm NATO"
b = "5.56x45mm NATO"
level = "compatible"
reason = "r"
source = "s"
confidence = "C"
"#;
    let catalogue =
        local(&[("dictionary.toml", dictionary), ("pairs-mine.toml", pairs)]).expect("loads");
    assert_eq!(
        catalogue.replacement_notes(),
        [
            "mine/dictionary.toml replaces the built-in property `accepted_fuels` as a whole, \
             with only what the file says of it: the built-in one's names `approved_fuels`, \
             `fuel_types`, `fuels`, `permitted_fuels` are no longer read; the built-in one's \
             values `F-46` are no longer accepted; the built-in one's value aliases `f18`, `f34`, \
             `f35`, `f40`, `f44`, `f54`, `f76`, `jeta-1`, `jp-4`, `jp-5`, `jp-8`, `jp4`, `jp5`, \
             `jp8` are no longer read",
            "mine/dictionary.toml replaces the built-in property `system_voltage` as a whole, \
             with only what the file says of it: it has no `current` (the built-in one has \
             `current = \"dc\"`); the built-in one's nominal figures `28 V` are no longer read \
             as their nominal",
            "mine/pairs-mine.toml replaces the built-in pair rule `PAIR/chambering` (of \
             pairs.toml) as a whole, and its verdicts with it: it tests `cartridge` table \
             `cartridge` (the built-in one `cartridge` equal `cartridge`); its cases are the \
             file's: 1 case (the built-in one has 5 cases); its conditions and exceptions are \
             the file's",
        ]
    );
    // wholly the file's: a built-in name of the property is no longer one
    assert!(catalogue.dictionary.property("fuels").is_none());
    assert!(catalogue.dictionary.property("accepted_fuels").is_some());
    // the same entries as the built-in ones (a copied file) say nothing
    let builtin = Catalogue::builtin().expect("built in");
    assert_eq!(builtin.replacement_notes(), Vec::<String>::new());
    let copied = r#"[property.system_voltage]
description = "Another description changes no verdict."
kinds = ["vehicle"]
type = "voltage"
unit = "V"
current = "dc"
aliases = ["electrical_system_voltage", "vehicle_voltage", "nominal_voltage"]

[[property.system_voltage.nominal]]
stated = "28 V"
nominal = "24 V"
reading = "a MIL-STD-1275 bus: the 24 V nominal battery system"
source = "MIL-STD-1275E (22 March 2013, Distribution A, everyspec.com), title 'Characteristics of 28 volt DC input power to utilization equipment in military vehicles' and foreword 2: 'the nominal 28 VDC voltage characteristics, common across military ground vehicles' [C]; spilma.com, 'MIL-STD-1275E: 28 VDC military vehicle power': 'US military ground vehicles operating from a nominal 24 V battery system, which delivers approximately 28 V at the bus during normal alternator operation' [W]"
confidence = "W"
"#;
    let same = local(&[("dictionary.toml", copied)]).expect("loads");
    assert_eq!(same.replacement_notes(), Vec::<String>::new());
}

/// A requirement's, a pair rule's and a pair case's mistakes are all said in one run, each at
/// its place (one does not hide the next), and a requirement id used twice is said in the same
/// run as them, naming its standard once and where the first use is.
#[test]
fn every_mistake_of_a_requirement_or_rule_is_said_in_one_run() {
    let standard = r#"id = "NAT 9"
title = "T"
status = "promulgated"
domain = "fuels"
kinds = ["fuel"]
summary = "S."

[[requirement]]
id = "NAT-9/a"
statement = "S."
property = "flash_point"
max = "60 kg"
severity = "mandatory"
source = "s"
confidence = "C"
when = { property = "nato_cod", equals = "F-34" }
unless = { property = "nato_code", equals = "F-3x" }

[[requirement]]
id = "NAT-9/b"
statement = "S."
property = "flash_point"
nominal = "60 V"
tolerance = "2 m"
severity = "mandatory"
source = "s"
confidence = "C"

[[requirement]]
id = "NAT-9/a"
statement = "S."
property = "flash_point"
one_of = ["60 °C", "2 kg", "3 m"]
severity = "mandatory"
source = "s"
confidence = "C"
"#;
    let pairs = r#"[[rule]]
id = "PAIR/mine"
title = "T"
a = "fuell"
b = "vehicle"
a_property = "nato_code"
b_property = ["accepted_fuels", "fuel_kind"]
test = "table"
severity = "mandatory"
source = "s"
confidence = "C"
when_a = { property = "nato_code", equals = "F-99" }

[[rule.case]]
a = "F-34"
b = "F-3x"
level = "compatibel"
reason = "r"
"#;
    assert_eq!(
        refused(&[("nat-9.toml", standard), ("pairs-mine.toml", pairs)]),
        [
            "mine/nat-9.toml:12:7: requirement `NAT-9/a`: 60 kg is a mass; flash_point is a temperature",
            "mine/nat-9.toml:16:21: requirement `NAT-9/a`: when: unknown property `nato_cod`, did \
             you mean `nato_code`?",
            "mine/nat-9.toml:17:45: requirement `NAT-9/a`: unless: `F-3x` is not a value of \
             nato_code (expected one of: F-34, F-35, F-40, F-44, F-46, F-54, F-76, F-18), did \
             you mean `F-34`?",
            "mine/nat-9.toml:23:11: requirement `NAT-9/b`: 60 V is a voltage; flash_point is a temperature",
            "mine/nat-9.toml:24:13: requirement `NAT-9/b`: 2 m is a length; flash_point is a temperature",
            "mine/nat-9.toml:30:6: requirement id `NAT-9/a` is used twice in `NAT 9` (first at line 9)",
            "mine/nat-9.toml:33:20: requirement `NAT-9/a`: 2 kg is a mass; flash_point is a temperature",
            "mine/nat-9.toml:33:28: requirement `NAT-9/a`: 3 m is a length; flash_point is a temperature",
            "mine/pairs-mine.toml:4:5: pair rule `PAIR/mine`: unknown item kind `fuell`, did you \
             mean `fuel`?",
            "mine/pairs-mine.toml:7:33: pair rule `PAIR/mine`: unknown property `fuel_kind`",
            "mine/pairs-mine.toml:12:45: pair rule `PAIR/mine`: when_a: `F-99` is not a value of \
             nato_code (expected one of: F-34, F-35, F-40, F-44, F-46, F-54, F-76, F-18)",
            "mine/pairs-mine.toml:16:5: pair rule `PAIR/mine`: `F-3x` is not a value of \
             accepted_fuels (expected one of: F-34, F-35, F-40, F-44, F-46, F-54, F-76, F-18), \
             did you mean `F-34`?",
            "mine/pairs-mine.toml:17:9: pair rule `PAIR/mine`: case level `compatibel`: use \
             compatible, incompatible or unknown, did you mean `compatible`?",
        ]
    );
}

/// A property (or item kind) a local dictionary declares with mistakes is left out, and said at
/// its entry; what uses it is not also told it is unknown (which was false, and hid what else
/// was wrong there), while its own other mistakes are still said.
#[test]
fn a_dictionary_entry_with_mistakes_is_not_also_unknown_where_it_is_used() {
    let dictionary = r#"[kind.raft]
descripton = "typo"

[property.raft_mass]
description = "Mass."
type = "mass"
unit = "kgg"
aliases = ["raft_weight"]

[property.raft_hum]
description = "Hum."
type = "frequncy"
unit = "Hz"

[property.raft_volume]
description = "Volume."
type = "volume"
unit = "L"
negative = "no"
"#;
    let standard = r#"id = "NAT 9"
title = "T"
status = "promulgated"
domain = "fuels"
kinds = ["fuel", "raft"]
summary = "S."

[[requirement]]
id = "NAT-9/a"
statement = "S."
property = "raft_weight"
max = "60 kg"
severity = "mandatory"
source = " "
confidence = "C"

[[requirement]]
id = "NAT-9/b"
statement = "S."
property = "raft_volume"
max = "60 L"
severity = "mandatory"
source = "s"
confidence = "C"
when = { property = "raft_hum", min = "50 Hz" }
method = "EPAVT"
"#;
    let pairs = r#"[[rule]]
id = "PAIR/mine"
title = "T"
a = "raft"
b = "vehicle"
a_property = "raft_mass"
b_property = "payload"
test = "at-most"
severity = "mandatory"
source = "s"
confidence = "C"
"#;
    assert_eq!(
        refused(&[
            ("dictionary.toml", dictionary),
            ("nat-9.toml", standard),
            ("pairs-mine.toml", pairs)
        ]),
        [
            "mine/dictionary.toml:2:1: kind `raft`: `descripton` is no key here, did you mean \
             `description`? (the keys here: description)",
            "mine/dictionary.toml:7:8: property `raft_mass`: unknown unit `kgg`, did you mean `kg`?",
            "mine/dictionary.toml:12:8: property `raft_hum` has type `frequncy`: not a dimension, \
             number, integer, text, enum, list or flag, did you mean `frequency`?",
            "mine/dictionary.toml:19:12: property `raft_volume`: `negative` must be true or \
             false, not \"no\"",
            "mine/nat-9.toml:14:10: requirement `NAT-9/a`: has no source",
            "mine/nat-9.toml:26:10: requirement `NAT-9/b`: unknown test method `EPAVT`, did you \
             mean `EPVAT`?",
        ]
    );
}

/// A standard id with two spaces together or a space at an end is refused at the id, with the
/// id it likely means (it was matched loosely, and its requirement ids were told to start with
/// `STANAG--4172/`); one written otherwise than the built-in one it replaces (`Stanag 4172`)
/// still replaces it, and the note says so with the built-in one's spelling, of its requirement
/// ids too.
#[test]
fn a_standard_id_oddly_spaced_or_cased_is_told() {
    let text = |id: &str, prefix: &str| {
        format!(
            "id = \"{id}\"\ntitle = \"t\"\nstatus = \"promulgated\"\ndomain = \"d\"\nkinds = \
             [\"cartridge\"]\nsummary = \"s\"\n\n[selector]\nproperty = \"cartridge\"\none_of = \
             [\"5.56x45mm NATO\"]\n\n[[requirement]]\nid = \"{prefix}/oal-max\"\nstatement = \
             \"s\"\nproperty = \"overall_length\"\nmax = \"60 mm\"\nseverity = \"mandatory\"\n\
             source = \"x\"\nconfidence = \"C\"\n"
        )
    };
    assert_eq!(
        refused(&[("s.toml", &text("STANAG  4172", "STANAG--4172"))]),
        ["mine/s.toml:1:6: the standard id `STANAG  4172` has two spaces together, did you mean \
          `STANAG 4172`?"]
    );
    assert_eq!(
        refused(&[("s.toml", &text("STANAG 4172 ", "STANAG-4172"))]),
        [
            "mine/s.toml:1:6: the standard id `STANAG 4172 ` has a space at its start or end, did \
          you mean `STANAG 4172`?"
        ]
    );
    // a no-break space prints as a space: it is said, not shown as two
    assert_eq!(
        refused(&[("s.toml", &text("STANAG\u{a0}4172", "STANAG-4172"))]),
        ["mine/s.toml:1:6: the standard id `STANAG\u{a0}4172` has a space that is no plain space (a \
          no-break space, or a tab), did you mean `STANAG 4172`?"]
    );
    let catalogue = local(&[("s.toml", &text("Stanag 4172", "Stanag-4172"))]).expect("loads");
    let note = catalogue.replacement_notes().join("\n");
    assert!(
        note.starts_with(
            "mine/s.toml replaces the built-in STANAG 4172 as a whole: its id is written `Stanag \
             4172` and its requirement ids `Stanag-4172/…`, the built-in one's `STANAG 4172` and \
             `STANAG-4172/…`: write them so to show which standard it replaces; and 17 of its \
             requirements are not in the file"
        ),
        "{note}"
    );
}

/// A dictionary, code or pairs file under a name close to its own (a typo, its case) is told
/// its name, once, rather than read as a standard file and told it lacks an `id`; a standard
/// file whose name happens to be close is read as one.
#[test]
fn a_misnamed_dictionary_codes_or_pairs_file_is_told_its_name() {
    let dictionary = "[kind.raft]\ndescription = \"A raft.\"\n";
    let codes = "[trigraphs]\nsource = \"s\"\n[trigraphs.codes]\nQXA = \"Q\"\n";
    let pairs = "[[rule]]\nid = \"PAIR/x\"\n";
    assert_eq!(
        refused(&[
            ("dictionnary.toml", dictionary),
            ("Codes.toml", codes),
            ("pair-gen.toml", pairs),
            ("codes-mine.toml", "id = 3\n"),
        ]),
        [
            "mine/dictionnary.toml: not read as a dictionary: a dictionary file is named \
             dictionary.toml (it reads as a standard file, which it is not)",
            "mine/Codes.toml: not read as codes: a code file is named codes.toml (it reads as a \
             standard file, which it is not)",
            "mine/pair-gen.toml: not read as pair rules: a pairs file's name starts with \
             `pairs`, as `pairs-mine.toml` does (it reads as a standard file, which it is not)",
            "mine/codes-mine.toml:1:1: `title` is missing: every standard needs one",
            "mine/codes-mine.toml:1:1: `status` is missing: every standard needs one",
            "mine/codes-mine.toml:1:1: `domain` is missing: every standard needs one",
            "mine/codes-mine.toml:1:1: `kinds` is missing: every standard needs one",
            "mine/codes-mine.toml:1:1: `summary` is missing: every standard needs one",
            "mine/codes-mine.toml:1:6: `id` must be text in quotes, not `3`",
        ]
    );
}

/// A condition's mistake is placed at the value it is about (its property, the wrong value),
/// not at its `{`; a range written as one limit is told the limit keys that write it; a
/// `[requirement]` header is told to take two brackets.
#[test]
fn a_condition_range_or_header_mistake_is_told_where_and_how_to_fix_it() {
    let when = fuel_standard("freeze_point", "max = \"-40 °C\"").replace(
        "confidence = \"C\"\n",
        "confidence = \"C\"\nwhen = { property = \"nato_code\", one_of = [\"F-34\", \"F-99\"] }\n",
    );
    assert_eq!(
        refused(&[("nat-9.toml", &when)]),
        [
            "mine/nat-9.toml:16:52: requirement `NAT-9/limit`: when: `F-99` is not a value of \
          nato_code (expected one of: F-34, F-35, F-40, F-44, F-46, F-54, F-76, F-18)"
        ]
    );
    assert_eq!(
        refused(&[(
            "nat-9.toml",
            &fuel_standard("freeze_point", "max = \"-60 to -40 °C\"")
        )]),
        [
            "mine/nat-9.toml:12:7: requirement `NAT-9/limit`: `-60 to -40 °C` is a range: a limit \
          is one figure; write its ends as `min` and `max`, each one figure with its unit"
        ]
    );
    let header = fuel_standard("freeze_point", "max = \"-40 °C\"")
        .replace("[[requirement]]", "[requirement]");
    assert_eq!(
        refused(&[("nat-9.toml", &header)]),
        [
            "mine/nat-9.toml:8:1: `[requirement]` makes one table, and `requirement` is a list of \
          them: write each under `[[requirement]]`, in two brackets"
        ]
    );
}

/// A local code file that renames a built-in trigraph's country, and a dictionary that words a
/// built-in item kind otherwise, say so as notes naming the file, as a replaced property does.
#[test]
fn a_renamed_trigraph_or_kind_is_said() {
    let codes = "[trigraphs]\nsource = \"s\"\n[trigraphs.codes]\nDEU = \"Deutschland\"\n";
    let dictionary = "[kind.fuel]\ndescription = \"My words.\"\n";
    let catalogue =
        local(&[("codes.toml", codes), ("dictionary.toml", dictionary)]).expect("loads");
    assert_eq!(
        catalogue.replacement_notes(),
        [
            "mine/codes.toml renames the built-in trigraph `DEU`: `Deutschland` (the built-in \
             list has `Germany`)",
            "mine/dictionary.toml replaces the description of the built-in item kind `fuel`",
        ]
    );
}

/// A requirement with a wrong enumerated value (`severity`, `confidence`) no longer hides the
/// file's mistakes of meaning: every other requirement's, and the mended one's own, read with
/// the word mended, come in the same run, each at its place and in file order. Only those that
/// hold whatever the word was meant to be: `confidence = "Q"` beside `alternatives` is not also
/// told that alternatives need confidence D (its reading `C`), nor that D needs a note (`D`).
/// A requirement that does not read even mended (no `statement`) is left out, and those after
/// it keep their places; a requirement id used twice is said too.
#[test]
fn a_wrong_word_in_a_requirement_hides_no_mistake_of_meaning() {
    let text = r#"id = "NAT 9"
title = "T"
status = "promulgatd"
domain = "fuels"
kinds = ["fuel"]
summary = "S."

[[requirement]]
id = "NAT-9/a"
property = "flash_point"
min = "60 °C"
severity = "mandatory"
source = "s"
confidence = "C"

[[requirement]]
id = "NAT-9/b"
statement = "S."
property = "flash_point"
min = "60 °C"
max = "50 °C"
severity = "mandatory"
source = "s"
confidence = "Q"
alternatives = [{ value = "61 °C", source = "t" }]

[[requirement]]
id = "NAT-9/b"
statement = "S."
property = "flash_pont"
min = "60 °C"
severity = "mandatry"
source = "s"
confidence = "C"

[[requirement]]
id = "NAT-9/c"
statement = "S."
property = "flash_point"
max = "60 kg"
severity = "recommended"
source = " "
confidence = "C"
"#;
    assert_eq!(
        refused(&[("nat-9.toml", text)]),
        [
            "mine/nat-9.toml:3:10: `status` is `promulgatd`, which is not one of: study, \
             ratification-draft, promulgated, superseded, cancelled, did you mean `promulgated`?",
            "mine/nat-9.toml:8:1: requirement `NAT-9/a`: `statement` is missing: every requirement \
             needs one",
            "mine/nat-9.toml:20:7: requirement `NAT-9/b`: min 60 °C is above max 50 °C",
            "mine/nat-9.toml:24:14: requirement `NAT-9/b`: `confidence` is `Q`, which is not one \
             of: C, W, R, D",
            "mine/nat-9.toml:28:6: requirement id `NAT-9/b` is used twice in `NAT 9` (first at \
             line 17)",
            "mine/nat-9.toml:30:12: requirement `NAT-9/b`: unknown property `flash_pont`, did you \
             mean `flash_point`?",
            "mine/nat-9.toml:32:12: requirement `NAT-9/b`: `severity` is `mandatry`, which is not \
             one of: mandatory, recommended, did you mean `mandatory`?",
            "mine/nat-9.toml:40:7: requirement `NAT-9/c`: 60 kg is a mass; flash_point is a \
             temperature",
            "mine/nat-9.toml:42:10: requirement `NAT-9/c`: has no source",
        ]
    );
}

/// A pair rule's wrong `test` word, and a case's wrong `confidence`, no longer hide the file's
/// mistakes of meaning (an unknown kind, a case's value and level, a rule defined twice); and
/// the mended rule is not told its test does not fit its properties, which `equal` (the word it
/// was mended to) does not and `includes` (the word it likely means) does. A rule that does not
/// read even mended (no `b_property`) is left out, and those after it keep their places.
#[test]
fn a_wrong_word_in_a_pair_rule_or_case_hides_no_mistake_of_meaning() {
    let pairs = r#"[[rule]]
id = "PAIR/x"
title = "T"
a = "vehicle"
b = "fuel"
a_property = "accepted_fuels"
test = "includes"
severity = "mandatory"
source = "s"
confidence = "C"

[[rule]]
id = "PAIR/mine"
title = "T"
a = "vehicle"
b = "fuel"
a_property = "accepted_fuels"
b_property = "nato_code"
test = "inclodes"
severity = "mandatory"
source = "s"
confidence = "C"

[[rule]]
id = "PAIR/mine"
title = "T"
a = "fuell"
b = "vehicle"
a_property = "nato_code"
b_property = "accepted_fuels"
test = "table"
severity = "mandatory"
source = "s"
confidence = "C"

[[rule.case]]
a = "F-34"
b = "F-3x"
level = "compatibel"
reason = "r"
confidence = "Z"
"#;
    assert_eq!(
        refused(&[("pairs-mine.toml", pairs)]),
        [
            "mine/pairs-mine.toml:1:1: pair rule `PAIR/x`: `b_property` is missing: every pair rule \
             needs one",
            "mine/pairs-mine.toml:19:8: pair rule `PAIR/mine`: `test` is `inclodes`, which is \
             not one of: equal, table, at-most, includes, overlap, lower, implies, did you mean \
             `includes`?",
            "mine/pairs-mine.toml:25:6: pair rule `PAIR/mine` is defined twice (first in \
             mine/pairs-mine.toml:13)",
            "mine/pairs-mine.toml:27:5: pair rule `PAIR/mine`: unknown item kind `fuell`, did \
             you mean `fuel`?",
            "mine/pairs-mine.toml:38:5: pair rule `PAIR/mine`: `F-3x` is not a value of \
             accepted_fuels (expected one of: F-34, F-35, F-40, F-44, F-46, F-54, F-76, F-18), \
             did you mean `F-34`?",
            "mine/pairs-mine.toml:39:9: pair rule `PAIR/mine`: case level `compatibel`: use \
             compatible, incompatible or unknown, did you mean `compatible`?",
            "mine/pairs-mine.toml:41:14: pair rule `PAIR/mine`: `confidence` is `Z`, which is \
             not one of: C, W, R, D",
        ]
    );
}

/// An NCB code's wrong `confidence` no longer hides the code file's mistakes of meaning: the
/// mended code's own (its code is not two digits) and the others', in one run, in file order;
/// as a wrong word among the trigraphs' own keys did not.
#[test]
fn a_wrong_word_in_an_ncb_code_hides_no_mistake_of_meaning() {
    let codes = r#"[trigraphs]
source = "s"
confidence = "sure"
codes = { USA = "United States", us = "x" }

[[ncb.code]]
code = "1"
nation = "USA"
confidence = "Q"
source = "s"

[[ncb.code]]
code = "2"
nation = "USA"
confidence = "C"
source = "s"
"#;
    assert_eq!(
        refused(&[("codes.toml", codes)]),
        [
            "mine/codes.toml:3:14: `confidence` is `sure`, which is not one of: C, W, R, D",
            "mine/codes.toml:4:34: trigraph `us` is not three capital letters",
            "mine/codes.toml:7:8: NCB code `1` is not two digits",
            "mine/codes.toml:9:14: NCB code `1`: `confidence` is `Q`, which is not one of: C, W, \
             R, D",
            "mine/codes.toml:13:8: NCB code `2` is not two digits",
        ]
    );
}

/// A file whose one mistake is a wrong enumerated value says that one alone: the readings its
/// mending gives (each word it could have been) make no mistake of their own, as a rule's
/// `test` put to `equal`, or a `confidence` put to C beside `alternatives`, would.
#[test]
fn a_file_whose_one_mistake_is_a_wrong_word_says_that_one() {
    let standard = |body: &str| fuel_standard("freeze_point", &format!("max = \"-47 °C\"\n{body}"));
    let cases = [
        (
            "nat-9.toml",
            standard("severity = \"mandatry\"").replacen("severity = \"mandatory\"\n", "", 1),
            "mine/nat-9.toml:13:12: requirement `NAT-9/limit`: `severity` is `mandatry`, which is \
             not one of: mandatory, recommended, did you mean `mandatory`?",
        ),
        (
            "nat-9.toml",
            standard("note = \"n\"\nalternatives = [{ value = \"-40 °C\", source = \"t\" }]")
                .replace("confidence = \"C\"", "confidence = \"Q\""),
            "mine/nat-9.toml:17:14: requirement `NAT-9/limit`: `confidence` is `Q`, which is not \
             one of: C, W, R, D",
        ),
        (
            "nat-9.toml",
            standard("alternatives = [{ value = \"-40 °C\", source = \"t\" }]")
                .replace("confidence = \"C\"", "confidence = \"Q\""),
            "mine/nat-9.toml:16:14: requirement `NAT-9/limit`: `confidence` is `Q`, which is not \
             one of: C, W, R, D",
        ),
        (
            "nat-9.toml",
            standard("").replace("promulgated", "promulgatd"),
            "mine/nat-9.toml:3:10: `status` is `promulgatd`, which is not one of: study, \
             ratification-draft, promulgated, superseded, cancelled, did you mean `promulgated`?",
        ),
        (
            "pairs-mine.toml",
            pair_rule(
                "NAT/rule",
                "a_property = \"accepted_fuels\"\nb_property = \"nato_code\"\ntest = \"inclodes\"",
            ),
            "mine/pairs-mine.toml:8:8: pair rule `NAT/rule`: `test` is `inclodes`, which is not \
             one of: equal, table, at-most, includes, overlap, lower, implies, did you mean \
             `includes`?",
        ),
        (
            "codes.toml",
            "[trigraphs]\nsource = \"s\"\ncodes = { USA = \"United States\" }\n\n[[ncb.code]]\n\
             code = \"01\"\nnation = \"USA\"\nconfidence = \"Q\"\nsource = \"s\"\n"
                .to_string(),
            "mine/codes.toml:8:14: NCB code `01`: `confidence` is `Q`, which is not one of: C, W, \
             R, D",
        ),
    ];
    for (file, text, message) in cases {
        assert_eq!(refused(&[(file, &text)]), [message], "{text}");
    }
}

/// The wrong keys and values of a file are listed up to the first hundred mistakes, however far
/// into its list they stand (it was the first hundred entries: a wrong word in the 111th of a
/// file of two mistakes was not said, while what that requirement means was).
#[test]
fn a_wrong_word_past_the_hundredth_entry_is_said() {
    let requirement = |i: usize, property: &str, severity: &str| {
        format!(
            "\n[[requirement]]\nid = \"NAT-9/r{i}\"\nstatement = \"s\"\nproperty = \"{property}\"\n\
             min = \"{i} °C\"\nseverity = \"{severity}\"\nsource = \"s\"\nconfidence = \"C\"\n"
        )
    };
    let mut text = fuel_standard("flash_point", "min = \"60 °C\"");
    for i in 0..120 {
        match i {
            0 => text.push_str(&requirement(i, "flash_point", "mandatry")),
            110 => text.push_str(&requirement(i, "flash_pont", "mandatry")),
            _ => text.push_str(&requirement(i, "flash_point", "mandatory")),
        }
    }
    assert_eq!(
        refused(&[("nat-9.toml", &text)]),
        [
            "mine/nat-9.toml:22:12: requirement `NAT-9/r0`: `severity` is `mandatry`, which is \
             not one of: mandatory, recommended, did you mean `mandatory`?",
            "mine/nat-9.toml:1010:12: requirement `NAT-9/r110`: unknown property `flash_pont`, \
             did you mean `flash_point`?",
            "mine/nat-9.toml:1012:12: requirement `NAT-9/r110`: `severity` is `mandatry`, which \
             is not one of: mandatory, recommended, did you mean `mandatory`?",
        ]
    );
    // a hundred and fifty wrong words: the first hundred are listed (and the first, as toml
    // found it, once), and the other fifty counted, at the first of them, as the requirements
    // past a hundred mistakes of meaning are; a requirement past them that reads is judged
    let mut many = fuel_standard("flash_point", "min = \"60 °C\"");
    for i in 0..150 {
        many.push_str(&requirement(i, "flash_point", "mandatry"));
    }
    many.push_str(&requirement(150, "flash_pont", "mandatory"));
    let messages = refused(&[("nat-9.toml", &many)]);
    assert_eq!(messages.len(), 102, "{messages:#?}");
    assert_eq!(
        messages[99],
        "mine/nat-9.toml:913:12: requirement `NAT-9/r99`: `severity` is `mandatry`, which is not \
         one of: mandatory, recommended, did you mean `mandatory`?"
    );
    assert_eq!(
        messages[100..],
        [
            "mine/nat-9.toml:917:1: 50 more requirements were not checked (the first 100 errors \
             are listed)",
            "mine/nat-9.toml:1370:12: requirement `NAT-9/r150`: unknown property `flash_pont`, \
             did you mean `flash_point`?",
        ]
    );
}

/// A pairs file's rules, a dictionary's entries and a code file's NCB codes past the first
/// hundred mistakes are counted as a standard's requirements are, not left unsaid.
#[test]
fn wrong_keys_and_values_past_the_first_hundred_are_counted() {
    // one past them is one
    let mut one = String::new();
    for i in 0..101 {
        one.push_str(&pair_rule(
            &format!("NAT/r{i}"),
            "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"equl\"",
        ));
    }
    let messages = refused(&[("pairs-mine.toml", &one)]);
    assert_eq!(
        messages[100],
        "mine/pairs-mine.toml:1101:1: 1 more pair rule was not checked (the first 100 errors \
         are listed)"
    );
    let mut pairs = String::new();
    for i in 0..120 {
        pairs.push_str(&pair_rule(
            &format!("NAT/r{i}"),
            "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"equl\"",
        ));
    }
    let messages = refused(&[("pairs-mine.toml", &pairs)]);
    assert_eq!(messages.len(), 101, "{messages:#?}");
    assert_eq!(
        messages[100],
        "mine/pairs-mine.toml:1101:1: 20 more pair rules were not checked (the first 100 errors \
         are listed)"
    );
    let mut dictionary = String::new();
    for i in 0..130 {
        dictionary.push_str(&format!(
            "[property.p{i:03}]\ndescripton = \"x\"\ntype = \"length\"\nunit = \"mm\"\n\n"
        ));
    }
    let messages = refused(&[("dictionary.toml", &dictionary)]);
    assert_eq!(messages.len(), 101, "{messages:#?}");
    assert_eq!(
        messages[100],
        "mine/dictionary.toml:501:1: 30 more properties were not checked (the first 100 errors \
         are listed)"
    );
    let mut codes =
        "[trigraphs]\nsource = \"s\"\ncodes = { USA = \"United States\" }\n".to_string();
    for i in 0..105 {
        codes.push_str(&format!(
            "\n[[ncb.code]]\ncode = \"{:02}\"\nnation = \"USA\"\nconfidence = \"Q\"\nsource = \"s\"\n",
            i % 100
        ));
    }
    let messages = refused(&[("codes.toml", &codes)]);
    assert_eq!(messages.len(), 101, "{messages:#?}");
    assert_eq!(
        messages[100],
        "mine/codes.toml:605:1: 5 more NCB codes were not checked (the first 100 errors are \
         listed)"
    );
}

/// A misspelt key (`stament`, `proprty`, `mni`, a case's `levle`, an NCB code's `cod`) is read
/// under the name it misspells, so its entry is judged for what it means in the same run, each
/// mistake at the value as written (`proprty`'s, not the requirement's), and named by its id
/// however that key is spelt (`idd`); a file whose one mistake is a misspelt key says that one
/// alone. An unknown key that misspells nothing the entry lacks (`maximum`) may have been meant
/// as anything: its entry is judged without it, but not told it has no limit.
#[test]
fn a_misspelt_key_hides_no_mistake_of_meaning() {
    let standard = r#"id = "NAT 9"
title = "T"
status = "promulgated"
domain = "fuels"
kinds = ["fuel"]
summary = "S."

[[requirement]]
id = "NAT-9/a"
stament = "S."
property = "flash_pont"
min = "60 °C"
severity = "mandatory"
source = "s"
confidence = "C"

[[requirement]]
id = "NAT-9/b"
statement = "S."
proprty = "flash_pont"
mni = "60 kg"
severty = "mandatry"
source = "s"
confidence = "C"

[[requirement]]
id = "NAT-9/c"
statement = "S."
property = "flash_point"
min = "60 °C"
whn = { property = "relative_densty", min = "0.8" }
severity = "mandatory"
source = "s"
confidence = "C"

[[requirement]]
id = "NAT-9/d"
statement = "S."
property = "flash_pont"
maximum = "60 °C"
severity = "mandatory"
source = "s"
confidence = "C"

[[requirement]]
idd = "NAT-9/e"
statement = "S."
property = "flash_pont"
min = "60 °C"
severity = "mandatory"
source = "s"
confidence = "C"
"#;
    let keys = "(the keys here: id, clause, statement, property, method, severity, source, \
                confidence, note, when, unless, alternatives, min, max, nominal, tolerance, \
                one_of, equals, includes, pattern, present, exact, or_stated, kinds)";
    assert_eq!(
        refused(&[("nat-9.toml", standard)]),
        [
            format!(
                "mine/nat-9.toml:10:1: requirement `NAT-9/a`: `stament` is no key here, did you \
                 mean `statement`? {keys}"
            ),
            "mine/nat-9.toml:11:12: requirement `NAT-9/a`: unknown property `flash_pont`, did \
             you mean `flash_point`?"
                .to_string(),
            format!(
                "mine/nat-9.toml:20:1: requirement `NAT-9/b`: `proprty` is no key here, did you \
                 mean `property`? {keys}"
            ),
            "mine/nat-9.toml:20:11: requirement `NAT-9/b`: unknown property `flash_pont`, did \
             you mean `flash_point`?"
                .to_string(),
            format!(
                "mine/nat-9.toml:21:1: requirement `NAT-9/b`: `mni` is no key here, did you mean \
                 `min`? {keys}"
            ),
            format!(
                "mine/nat-9.toml:22:1: requirement `NAT-9/b`: `severty` is no key here, did you \
                 mean `severity`? {keys}"
            ),
            "mine/nat-9.toml:22:11: requirement `NAT-9/b`: `severity` is `mandatry`, which is not \
             one of: mandatory, recommended, did you mean `mandatory`?"
                .to_string(),
            format!(
                "mine/nat-9.toml:31:1: requirement `NAT-9/c`: `whn` is no key here, did you mean \
                 `when`? {keys}"
            ),
            "mine/nat-9.toml:31:20: requirement `NAT-9/c`: when: unknown property \
             `relative_densty`, did you mean `relative_density`?"
                .to_string(),
            // (a key that misspells none: the rest of its requirement is judged, but for the
            // limit it lacks, which the key may have been meant as)
            "mine/nat-9.toml:39:12: requirement `NAT-9/d`: unknown property `flash_pont`, did \
             you mean `flash_point`?"
                .to_string(),
            format!("mine/nat-9.toml:40:1: requirement `NAT-9/d`: `maximum` is no key here {keys}"),
            format!(
                "mine/nat-9.toml:46:1: requirement `NAT-9/e`: `idd` is no key here, did you mean \
                 `id`? {keys}"
            ),
            "mine/nat-9.toml:48:12: requirement `NAT-9/e`: unknown property `flash_pont`, did \
             you mean `flash_point`?"
                .to_string(),
        ]
    );
    // (`mni = "60 kg"` under a property that is not known has no dimension to be told against)
    let pairs = r#"[[rule]]
id = "PAIR/mine"
title = "T"
a = "fuell"
b = "vehicle"
a_property = "nato_code"
b_proprty = "accepted_fuels"
test = "table"
severity = "mandatory"
source = "s"
confidence = "C"

[[rule.case]]
a = "F-34"
b = "F-3x"
levle = "compatibel"
reason = "r"
confidence = "C"
"#;
    assert_eq!(
        refused(&[("pairs-mine.toml", pairs)]),
        [
            "mine/pairs-mine.toml:4:5: pair rule `PAIR/mine`: unknown item kind `fuell`, did you \
             mean `fuel`?",
            "mine/pairs-mine.toml:7:1: pair rule `PAIR/mine`: `b_proprty` is no key here, did \
             you mean `b_property`? (the keys here: id, title, a, b, a_property, b_property, \
             test, optional, when_a, when_b, unless_a, unless_b, severity, source, confidence, \
             note, case)",
            "mine/pairs-mine.toml:15:5: pair rule `PAIR/mine`: `F-3x` is not a value of \
             accepted_fuels (expected one of: F-34, F-35, F-40, F-44, F-46, F-54, F-76, F-18), \
             did you mean `F-34`?",
            "mine/pairs-mine.toml:16:1: pair rule `PAIR/mine`: `levle` is no key here, did you \
             mean `level`? (the keys here: a, b, level, reason, warning, source, confidence)",
            "mine/pairs-mine.toml:16:9: pair rule `PAIR/mine`: case level `compatibel`: use \
             compatible, incompatible or unknown, did you mean `compatible`?",
        ]
    );
    let codes = "[trigraphs]\nsource = \"s\"\ncodes = { USA = \"United States\" }\n\n\
                 [[ncb.code]]\ncod = \"1\"\nnation = \"USA\"\nconfidence = \"C\"\nsource = \"s\"\n";
    assert_eq!(
        refused(&[("codes.toml", codes)]),
        [
            "mine/codes.toml:6:1: NCB code `1`: `cod` is no key here, did you mean `code`? (the \
             keys here: code, nation, confidence, source, note)",
            "mine/codes.toml:6:7: NCB code `1` is not two digits",
        ]
    );
    // a file whose one mistake is a misspelt key says that one alone
    let one = fuel_standard("flash_point", "min = \"60 °C\"").replace("statement", "stament");
    assert_eq!(
        refused(&[("nat-9.toml", &one)]),
        [format!(
            "mine/nat-9.toml:10:1: requirement `NAT-9/limit`: `stament` is no key here, did you \
             mean `statement`? {keys}"
        )]
    );
}

/// A key a catalogue file lacks is said as its other mistakes are, at the table that lacks it
/// (was serde's `missing field `property``, at the entry, and a selector's said at a `when` of a
/// requirement that lacked the same key), and every key a table lacks is said in one run (a
/// standard's `summary` was said only once its selector had its `property`; a requirement's
/// `statement` once its `when` had its).
#[test]
fn a_missing_key_is_said_at_the_table_that_lacks_it() {
    let standard = r#"id = "NAT 9"
title = "T"
status = "promulgated"
domain = "fuels"
kinds = ["fuel"]

[selector]
equals = "x"

[[requirement]]
id = "NAT-9/a"
statement = "S."
property = "flash_point"
min = "60 °C"
severity = "mandatory"
source = "s"
confidence = "C"
when = { equals = "F-34" }

[[requirement]]
id = "NAT-9/b"
statement = "S."
property = "flash_point"
min = "60 °C"
severity = "mandatory"
source = "s"
confidence = "D"
note = "n"
alternatives = [{ value = "61 °C" }]
"#;
    let pairs = r#"[[rule]]
id = "PAIR/x"
title = "T"
a = "vehicle"
b = "fuel"
a_property = "accepted_fuels"
b_property = "nato_code"
test = "table"
severity = "mandatory"
source = "s"
confidence = "C"

[[rule.case]]
a = "F-34"
b = "F-34"
reason = "r"
"#;
    // a file toml reads no further is told what toml found, in the same words
    let unread =
        "[[rule]]\nid = \"PAIR/x\"\n\n[[rule.case]]\na = \"x\"\n\n[[rule.case]]\nid =1_0@\"\n";
    assert_eq!(
        refused(&[("pairs-mine.toml", unread)]),
        ["mine/pairs-mine.toml:4:1: `b` is missing"]
    );
    // (a requirement that lacks its statement and its `when`'s property)
    let both = standard.replacen("statement = \"S.\"\n", "", 1);
    assert_eq!(
        refused(&[("nat-9.toml", &both)]),
        [
            "mine/nat-9.toml:1:1: `summary` is missing: every standard needs one",
            "mine/nat-9.toml:7:1: `property` is missing in `selector`",
            "mine/nat-9.toml:10:1: requirement `NAT-9/a`: `statement` is missing: every \
             requirement needs one",
            "mine/nat-9.toml:17:8: requirement `NAT-9/a`: `property` is missing in `when`",
            "mine/nat-9.toml:28:17: requirement `NAT-9/b`: `source` is missing in `alternatives`",
        ]
    );
    assert_eq!(
        refused(&[
            ("catalogue.toml", "version = \"1\"\n"),
            (
                "codes.toml",
                "[[ncb.code]]\ncode = \"01\"\nnation = \"USA\"\nsource = \"s\"\n"
            ),
            ("dictionary.toml", "[property.p]\ntype = \"length\"\n"),
            ("nat-9.toml", standard),
            ("pairs-mine.toml", pairs),
        ]),
        [
            "mine/catalogue.toml:1:1: `label` is missing: the catalogue file needs one",
            "mine/codes.toml:1:1: NCB code `01`: `confidence` is missing: every NCB code needs one",
            "mine/codes.toml:1:1: `trigraphs` is missing: every code file needs one",
            "mine/dictionary.toml:1:1: property `p`: `description` is missing: every property \
             needs one",
            // (the entry's other mistake, in the same run: `description` hides none)
            "mine/dictionary.toml:2:8: property `p` is a length without a unit",
            "mine/nat-9.toml:1:1: `summary` is missing: every standard needs one",
            "mine/nat-9.toml:7:1: `property` is missing in `selector`",
            "mine/nat-9.toml:18:8: requirement `NAT-9/a`: `property` is missing in `when`",
            "mine/nat-9.toml:29:17: requirement `NAT-9/b`: `source` is missing in `alternatives`",
            "mine/pairs-mine.toml:13:1: pair rule `PAIR/x`: `level` is missing in `case`",
        ]
    );
}

/// A standard whose own keys are wrong where no requirement's meaning depends on them (a
/// title of the wrong type, a summary missing, a misspelt `kinds`) has its requirements judged
/// in the same run; one whose `id` is wrong (which each requirement's id must start with) has
/// them judged as of the id their own ids imply, which it is told to write.
#[test]
fn a_broken_standard_header_hides_no_mistake_of_meaning() {
    let standard = r#"id = "NAT 9"
title = 3
status = "promulgatd"
domain = "fuels"
kind = ["fuel", "fuell"]

[[requirement]]
id = "NAT-9/a"
statement = "S."
property = "flash_pont"
min = "60 °C"
severity = "mandatory"
source = "s"
confidence = "C"
"#;
    let header = [
        "mine/nat-9.toml:1:1: `summary` is missing: every standard needs one",
        "mine/nat-9.toml:2:9: `title` must be text in quotes, not `3`",
        "mine/nat-9.toml:3:10: `status` is `promulgatd`, which is not one of: study, \
         ratification-draft, promulgated, superseded, cancelled, did you mean `promulgated`?",
        "mine/nat-9.toml:5:1: `kind` is no key here, did you mean `kinds`? (the keys here: id, \
         title, edition, status, status_source, domain, kinds, summary, applies, when_claimed, selector, requirement)",
    ];
    let mut expected = header.to_vec();
    expected.extend([
        "mine/nat-9.toml:5:17: NAT 9: unknown item kind `fuell`, did you mean `fuel`?",
        "mine/nat-9.toml:10:12: requirement `NAT-9/a`: unknown property `flash_pont`, did you \
         mean `flash_point`?",
    ]);
    assert_eq!(refused(&[("nat-9.toml", standard)]), expected);
    let numbered = standard.replace("id = \"NAT 9\"", "id = 9");
    let mut expected = vec!["mine/nat-9.toml:1:1: `summary` is missing: every standard needs one"];
    expected.push(
        "mine/nat-9.toml:1:6: `id` must be text in quotes, not `9` (its requirements' ids are \
         those of `NAT-9`, as which they are judged: write `id = \"NAT-9\"`)",
    );
    expected.extend(&header[1..]);
    expected.extend([
        "mine/nat-9.toml:5:17: NAT-9: unknown item kind `fuell`, did you mean `fuel`?",
        "mine/nat-9.toml:10:12: requirement `NAT-9/a`: unknown property `flash_pont`, did you \
         mean `flash_point`?",
    ]);
    assert_eq!(refused(&[("nat-9.toml", &numbered)]), expected);
}

/// A property's `code_with` names an enum property; another kind of property, or none, is said
/// at the key.
#[test]
fn a_code_with_names_an_enum_property() {
    let dictionary = r#"[property.shade]
description = "s"
type = "enum"
values = ["red", "green"]
code_with = "gap"

[property.gap]
description = "A gap."
type = "length"
unit = "mm"

[property.tint]
description = "t"
type = "enum"
values = ["1", "2"]
code_with = "shade"
"#;
    assert_eq!(
        refused(&[("dictionary.toml", dictionary)]),
        ["mine/dictionary.toml:5:13: property `shade`: `code_with` names an enum property whose \
          value is written after this enum's, as one code; `gap` is none"]
    );
}

/// `rated_load` is for a mass: on another dimension it is said at the key.
#[test]
fn a_rated_load_is_a_mass() {
    let dictionary = r#"[property.gap]
description = "A gap."
type = "length"
unit = "mm"
rated_load = true
"#;
    assert_eq!(
        refused(&[("dictionary.toml", dictionary)]),
        ["mine/dictionary.toml:5:14: property `gap`: `rated_load` is for masses (a rating given \
          as a mass or as its weight, a force)"]
    );
}

/// A property's `nominal` figures are read as the property's figures, and each mistake is told
/// at its key: a figure of another dimension or current, one read as itself, a figure given
/// twice, one read again (a chain), a reading that does not name its nominal, no source, a
/// property that holds no figure; a good one is used (`28 V` read as the 24 V nominal).
#[test]
fn a_nominal_figure_is_checked_where_it_is_written() {
    let good = r#"[property.bus_voltage]
description = "b"
type = "voltage"
unit = "V"
current = "dc"

[[property.bus_voltage.nominal]]
stated = "28 V"
nominal = "24 V"
reading = "a 28 V bus: the 24 V nominal system"
source = "test fixture"
confidence = "W"
"#;
    let bad = format!(
        r#"{good}
[[property.bus_voltage.nominal]]
stated = "28 mm"
nominal = "24 V"
reading = "24 V"
source = "s"
confidence = "W"

[[property.bus_voltage.nominal]]
stated = "14 V AC"
nominal = "12 V"
reading = "12 V"
source = "s"
confidence = "W"

[[property.bus_voltage.nominal]]
stated = "12 V"
nominal = "12.0 V"
reading = "12.0 V"
source = "s"
confidence = "W"

[[property.bus_voltage.nominal]]
stated = "28.0 V"
nominal = "26 V"
reading = "26 V"
source = "s"
confidence = "W"

[[property.bus_voltage.nominal]]
stated = "32 V"
nominal = "28 V"
reading = "28 V"
source = "s"
confidence = "W"

[[property.bus_voltage.nominal]]
stated = "14 V"
nominal = "12 V"
reading = "the nominal battery"
source = "s"
confidence = "W"

[[property.bus_voltage.nominal]]
stated = "7 V"
nominal = "6 V"
reading = "6 V"
source = " "
confidence = "W"

[property.shade]
description = "s"
type = "enum"
values = ["red", "green"]

[[property.shade.nominal]]
stated = "red"
nominal = "green"
reading = "green"
source = "s"
confidence = "W"
"#
    );
    assert_eq!(
        refused(&[("dictionary.toml", &bad)]),
        [
            "mine/dictionary.toml:15:10: property `bus_voltage`: nominal `stated` is `28 mm`, not \
             a figure of it: 28 mm is a length; bus_voltage is a voltage",
            "mine/dictionary.toml:22:10: property `bus_voltage`: nominal `stated` is `14 V AC`, \
             not a figure of it: 14 V AC is an AC voltage; bus_voltage is a DC voltage",
            "mine/dictionary.toml:30:11: property `bus_voltage`: `12.0 V` is the figure `12 V` \
             stands for: a nominal is another figure",
            "mine/dictionary.toml:36:10: property `bus_voltage`: `28.0 V` is already read as `24 V`",
            "mine/dictionary.toml:43:10: property `bus_voltage`: `28 V` as `24 V` and `32 V` as \
             `28 V`: a figure read as its nominal is not read again; give each figure its nominal \
             directly",
            "mine/dictionary.toml:52:11: property `bus_voltage`: the reading `the nominal battery` \
             does not name the nominal `12 V`: say what the figure is read as",
            "mine/dictionary.toml:60:10: property `bus_voltage`: a nominal figure needs a public \
             source",
            "mine/dictionary.toml:68:1: property `shade`: `nominal` is for figures with a unit (a \
             voltage, a length…), not an enum",
        ]
    );
    // the good one reads a 28 V figure as the 24 V nominal (a NAT 9 limit of 24 V)
    let standard = r#"id = "NAT 9"
title = "National bus standard"
status = "promulgated"
domain = "vehicles"
kinds = ["vehicle"]
summary = "Test fixture."

[[requirement]]
id = "NAT-9/limit"
statement = "The bus is 24 V nominal."
property = "bus_voltage"
equals = "24 V"
severity = "mandatory"
source = "test fixture"
confidence = "C"
"#;
    let catalogue = local(&[("dictionary.toml", good), ("nat-9.toml", standard)]).expect("loads");
    let spec = "items:\n  - id: v\n    name: v\n    nation: USA\n    kind: vehicle\n    claims: [NAT 9]\n    \
                properties:\n      bus_voltage: 28 V DC\n";
    let checked =
        stanag_check::check_texts(&catalogue, &[("v.yaml".to_string(), spec.to_string())]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    let outcome = checked.report.items[0]
        .results
        .iter()
        .find(|o| &*o.citation.requirement == "NAT-9/limit")
        .expect("a verdict on NAT-9/limit");
    assert_eq!(
        &*outcome.message,
        "28 V DC (read as 24 V, a 28 V bus: the 24 V nominal system) equals 24 V"
    );
    assert_eq!(
        outcome.note.as_deref(),
        Some("Read 28 V DC as 24 V: test fixture (W: widely reported).")
    );
}

/// A limit or condition that names a figure the dictionary reads as its nominal (`28 V` of
/// system_voltage, read as 24 V) could never be met: it is refused at its key, with the figure
/// to write.
#[test]
fn a_limit_on_a_figure_read_as_its_nominal_is_refused() {
    let standard = r#"id = "NAT 9"
title = "National bus standard"
status = "promulgated"
domain = "vehicles"
kinds = ["vehicle"]
summary = "Test fixture."

[[requirement]]
id = "NAT-9/bus"
statement = "The bus is 28 V."
property = "system_voltage"
one_of = ["12 V", "28 V"]
severity = "mandatory"
source = "test fixture"
confidence = "C"

[[requirement]]
id = "NAT-9/when"
statement = "A 28 V vehicle has a NATO slave receptacle."
property = "slave_receptacle"
equals = "STANAG 4074"
severity = "mandatory"
source = "test fixture"
confidence = "C"
when = { property = "system_voltage", equals = "28 V DC" }

[[requirement]]
id = "NAT-9/nominal"
statement = "The system is 24 V nominal."
property = "system_voltage"
equals = "24 V"
severity = "mandatory"
source = "test fixture"
confidence = "C"
"#;
    assert_eq!(
        refused(&[("nat-9.toml", standard)]),
        [
            "mine/nat-9.toml:12:10: requirement `NAT-9/bus`: `28 V` is read as `24 V` (the \
             dictionary's `nominal` of system_voltage), so no value is judged as it: write `24 V`",
            "mine/nat-9.toml:25:8: requirement `NAT-9/when`: when: `28 V DC` is read as `24 V` \
             (the dictionary's `nominal` of system_voltage), so no value is judged as it: write \
             `24 V`",
        ]
    );
}

/// A value of the wrong type is told at the value, in the entry it is in, with what was found
/// (a table, a list, a number, a flag, a date) and what to write: an enumerated key's words, a
/// list's wrong entry, a condition or a list of them given as a list, a limit's value, a
/// dictionary entry or NCB code that is no table; in every kind of file, in one run.
#[test]
fn a_value_of_the_wrong_type_is_told_what_was_found_and_what_to_write() {
    let nat_9 = r#"id = "NAT 9"
title = "National fuel test standard"
status = 1
domain = "fuels"
kinds = ["fuel", 2]
summary = "Test fixture."
edition = 2019-03-01

[[requirement]]
id = "NAT-9/a"
statement = 5
property = "relative_density"
min = true
severity = ["mandatory"]
source = "x"
confidence = {}

[[requirement]]
id = "NAT-9/b"
statement = "b"
property = "relative_density"
one_of = [{ a = 1 }, "0.8"]
severity = "mandatory"
source = "x"
confidence = "C"
or_stated = [3]

[[requirement]]
id = "NAT-9/c"
statement = "c"
property = "relative_density"
equals = ["0.8", "0.9"]
severity = "mandatory"
source = "x"
confidence = "C"
when = ["nato_code", "F-34"]
"#;
    let nat_8 = r#"id = "NAT 8"
title = "National fuel test standard"
status = "promulgated"
domain = "fuels"
kinds = ["fuel"]
summary = "Test fixture."

[[requirement]]
id = "NAT-8/d"
statement = "d"
property = "relative_density"
min = true
severity = "mandatory"
source = "x"
confidence = "C"

[[requirement]]
id = "NAT-8/e"
statement = "e"
property = "nato_code"
one_of = [{ a = 1 }, "F-34"]
severity = "mandatory"
source = "x"
confidence = "C"

[[requirement]]
id = "NAT-8/f"
statement = "f"
property = "flash_point"
equals = ["38 °C", "60 °C"]
severity = "mandatory"
source = "x"
confidence = "C"
"#;
    let pairs_mine = r#"[[rule]]
id = "PAIR/mine"
title = "Test rule"
a = "weapon"
b = "cartridge"
a_property = 1
b_property = ["cartridge", {}]
test = []
severity = "mandatory"
source = "test fixture"
confidence = "C"

[[rule.case]]
a = "5.56x45mm NATO"
b = "5.56x45mm NATO"
level = {}
reason = "same"
warning = "yes"
"#;
    let dictionary = r#"[property]
fuel_smell = 1

[property.fuel_colour]
description = "Fuel colour."
type = ["enum"]
values = ["red", 1]
"#;
    let codes = r#"[trigraphs]
source = "s"
codes = { FRA = "France", XYZ = 1 }

[[ncb.code]]
code = "14"
nation = "France"
confidence = []
source = "s"
"#;
    let files = [
        ("nat-9.toml", nat_9),
        ("nat-8.toml", nat_8),
        ("pairs-mine.toml", pairs_mine),
        ("dictionary.toml", dictionary),
        ("codes.toml", codes),
    ];
    let expected = [
        "mine/nat-9.toml:3:10: `status` must be one of \"study\", \"ratification-draft\", \"promulgated\", \"superseded\" or \"cancelled\", not `1`",
        "mine/nat-9.toml:5:18: `kinds` must list text in quotes, not `2`",
        "mine/nat-9.toml:7:11: `edition` must be text in quotes, not `2019-03-01` (a date)",
        "mine/nat-9.toml:11:13: requirement `NAT-9/a`: `statement` must be text in quotes, not `5`",
        "mine/nat-9.toml:14:12: requirement `NAT-9/a`: `severity` must be \"mandatory\" or \"recommended\", not a list",
        "mine/nat-9.toml:16:14: requirement `NAT-9/a`: `confidence` must be one of \"C\", \"W\", \"R\" or \"D\", not a table",
        "mine/nat-9.toml:26:14: requirement `NAT-9/b`: `or_stated` must list text in quotes, not `3`",
        "mine/nat-9.toml:36:8: requirement `NAT-9/c`: `when` must be a table, not a list",
        "mine/pairs-mine.toml:6:14: pair rule `PAIR/mine`: `a_property` must be text in quotes, or a list of them in brackets, not `1`",
        "mine/pairs-mine.toml:7:28: pair rule `PAIR/mine`: `b_property` must list text in quotes, not a table",
        "mine/pairs-mine.toml:8:8: pair rule `PAIR/mine`: `test` must be one of \"equal\", \"table\", \"at-most\", \"includes\", \"overlap\", \"lower\" or \"implies\", not a list",
        "mine/pairs-mine.toml:16:9: pair rule `PAIR/mine`: `level` must be text in quotes, not a table",
        "mine/pairs-mine.toml:18:11: pair rule `PAIR/mine`: `warning` must be true or false, not \"yes\"",
        "mine/dictionary.toml:2:14: property `fuel_smell` must be a table of its keys, under `[property.fuel_smell]`, not `1`",
        "mine/dictionary.toml:6:8: property `fuel_colour`: `type` must be text in quotes, not a list",
        "mine/dictionary.toml:7:18: property `fuel_colour`: `values` must list text in quotes, not `1`",
        "mine/codes.toml:3:33: `XYZ` must be text in quotes, not `1`",
        "mine/codes.toml:8:14: NCB code `14`: `confidence` must be one of \"C\", \"W\", \"R\" or \"D\", not a list",
        "mine/nat-8.toml:12:7: requirement `NAT-8/d`: `min` must be one number (relative_density is number), not `true`",
        "mine/nat-8.toml:21:11: requirement `NAT-8/e`: `one_of` must list values in quotes (nato_code is enum), not a table",
        "mine/nat-8.toml:30:10: requirement `NAT-8/f`: `equals` must be one figure with its unit, in quotes (flash_point is temperature in °C), not a list: to allow any of several, write `one_of = [...]`",
    ];
    assert_eq!(refused(&files), expected);
    // each said once, alone: not also what the table put in its place lacks, nor serde's words
    let limit = "max = \"0.830\"";
    let cases = [
        (
            "confidence = \"C\"",
            "confidence = {}",
            "mine/nat-9.toml:15:14: requirement `NAT-9/limit`: `confidence` must be one of \"C\", \
             \"W\", \"R\" or \"D\", not a table",
        ),
        (
            limit,
            "max = \"0.830\"\nwhen = 1",
            "mine/nat-9.toml:13:8: requirement `NAT-9/limit`: `when` must be a table, not `1`",
        ),
        (
            limit,
            "max = \"0.830\"\nunless = 1979-05-27",
            "mine/nat-9.toml:13:10: requirement `NAT-9/limit`: `unless` must be a table, not \
             `1979-05-27` (a date)",
        ),
    ];
    for (from, to, said) in cases {
        let text = fuel_standard("relative_density", limit).replace(from, to);
        assert_eq!(refused(&[("nat-9.toml", &text)]), [said], "{to}");
    }
    let text = fuel_standard("relative_density", limit);
    let (own, _) = text.split_once("[[requirement]]").unwrap_or_default();
    let text = format!("{own}requirement = [1, \"a\"]\n");
    assert_eq!(
        refused(&[("nat-9.toml", &text)]),
        [
            "mine/nat-9.toml:8:16: `requirement` must list tables, not `1`: write each under \
             `[[requirement]]`",
            "mine/nat-9.toml:8:19: `requirement` must list tables, not \"a\": write each under \
             `[[requirement]]`",
        ]
    );
    // the same mistake in several cases: each is said, at its own value
    let cases: String = (1..=3)
        .map(|i| {
            format!(
                "\n[[rule.case]]\na = \"a{i}\"\nb = \"b{i}\"\nlevel = \"compatible\"\nreason = \"r\"\n\
                 warning = 1\n"
            )
        })
        .collect();
    let rule = pair_rule(
        "NAT/alike",
        "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"table\"",
    );
    let said = |line: usize| {
        format!(
            "mine/pairs-mine.toml:{line}:11: pair rule `NAT/alike`: `warning` must be true or \
             false, not `1`"
        )
    };
    // (and the flag of the wrong type holds back no case's mistake of meaning: its words are
    // judged, as true and as false)
    let no_cartridge = |line: usize, word: &str| {
        format!(
            "mine/pairs-mine.toml:{line}:5: pair rule `NAT/alike`: `{word}` is not a value of \
             cartridge (expected one of: 5.56x45mm NATO, .223 Remington, 7.62x51mm NATO, .308 \
             Winchester, 9x19mm, 12.7x99mm NATO, 40x46mm, 40x53mm)"
        )
    };
    assert_eq!(
        refused(&[("pairs-mine.toml", &format!("{rule}{cases}"))]),
        [
            no_cartridge(14, "a1"),
            no_cartridge(15, "b1"),
            said(18),
            no_cartridge(21, "a2"),
            no_cartridge(22, "b2"),
            said(25),
            no_cartridge(28, "a3"),
            no_cartridge(29, "b3"),
            said(32),
        ]
    );
    // a limit's value, by the kind of property it is for
    for (property, body, said) in [
        (
            "flash_point",
            "one_of = [\"38 °C\", true]",
            "`one_of` must list figures with their unit, in quotes (flash_point is temperature in \
             °C), not `true`",
        ),
        (
            "nato_code",
            "equals = [\"F-34\", \"F-35\"]",
            "`equals` must be one value in quotes (nato_code is enum), not a list: to allow any of \
             several, write `one_of = [...]`",
        ),
        (
            "flash_point",
            "nominal = \"38 °C\"\ntolerance = []",
            "`tolerance` must be one figure with its unit, in quotes (flash_point is temperature \
             in °C), not a list",
        ),
    ] {
        let text = fuel_standard(property, body);
        // (at the list's entry, or the value)
        let place = match body.split_once(" = ") {
            Some(("one_of", _)) => "12:20",
            Some(("nominal", _)) => "13:13",
            _ => "12:10",
        };
        assert_eq!(
            refused(&[("nat-9.toml", &text)]),
            [format!(
                "mine/nat-9.toml:{place}: requirement `NAT-9/limit`: {said}"
            )],
            "{body}"
        );
    }
}

/// An unquoted date where a table of names is wanted (a property's `value_aliases`, the
/// dictionary's `kind`, the trigraphs' `codes` and `alpha_2`) is told as a date where a table is
/// wanted, at it (toml's own key for a date was read as a name: "value alias
/// `$__toml_private_datetime` points at `2019-03-01`", "trigraph `$__toml_private_datetime` is
/// not three capital letters").
#[test]
fn a_date_for_a_table_of_names_is_told_as_a_date() {
    let dictionary = r#"kind = 2019-03-01

[property.fuel_colour]
description = "Fuel colour."
type = "enum"
values = ["red", "blue"]
value_aliases = 2019-03-01
"#;
    let codes = r#"[trigraphs]
source = "s"
codes = 2019-03-01
alpha_2 = 2019-03-02
"#;
    assert_eq!(
        refused(&[("dictionary.toml", dictionary), ("codes.toml", codes)]),
        [
            "mine/dictionary.toml:1:8: `kind` must be a table, not `2019-03-01` (a date)",
            "mine/dictionary.toml:7:17: property `fuel_colour`: `value_aliases` must be a table, \
             not `2019-03-01` (a date)",
            "mine/codes.toml:3:9: `codes` must be a table, not `2019-03-01` (a date)",
            "mine/codes.toml:4:11: `alpha_2` must be a table, not `2019-03-02` (a date)",
        ]
    );
}

/// A likely slip in a catalogue file that TOML does not read is told plainly, at the value,
/// not in the TOML reader's words (`invalid float, expected nothing` for `max = 0.8.3`, `string
/// values must be quoted` for `max = 5 kg`, `key with no value` for `source "x"`).
#[test]
fn a_slip_toml_does_not_read_is_told_plainly() {
    for (from, to, said) in [
        (
            "max = \"0.830\"",
            "max = 0.8.3",
            "12:7: invalid TOML: `0.8.3` is not a number: a number has at most one decimal point",
        ),
        (
            "max = \"0.830\"",
            "max = 5 kg",
            "12:7: invalid TOML: a figure with its unit is text in TOML: write it in quotes \
             (\"5 kg\")",
        ),
        (
            "max = \"0.830\"",
            "max = 57.40mm",
            "12:7: invalid TOML: a figure with its unit is text in TOML: write it in quotes \
             (\"57.40 mm\")",
        ),
        (
            "max = \"0.830\"",
            "max = \"0.830\"\nwhen = { property = \"flash_point\", min = 38 °C }",
            "13:42: invalid TOML: a figure with its unit is text in TOML: write it in quotes \
             (\"38 °C\")",
        ),
        (
            "max = \"0.830\"",
            "one_of = [0.8, 0.8.3]",
            "12:16: invalid TOML: `0.8.3` is not a number: a number has at most one decimal point",
        ),
        (
            "source = \"test fixture\"",
            "source = test fixture",
            "14:10: invalid TOML: a text value is written in quotes: write \"test fixture\"",
        ),
        (
            "source = \"test fixture\"",
            "source \"test fixture\"",
            "14:8: invalid TOML: a `=` is missing between `source` and its value: write `source = \
             \"test fixture\"`",
        ),
        (
            "max = \"0.830\"",
            "max = \"0.830\"\nwhen = { property = \"flash_point\" min = \"38 °C\" }",
            "13:35: invalid TOML: a `,` is missing between the keys of the table in `{ }`",
        ),
        (
            "kinds = [\"fuel\"]",
            "kinds = [\"fuel\",,]",
            "5:17: invalid TOML: two `,` stand together in the list: delete one",
        ),
        (
            "max = \"0.830\"",
            "max = 1_000_",
            "12:12: invalid TOML: `_` may only go between digits",
        ),
    ] {
        let text = fuel_standard("relative_density", "max = \"0.830\"").replace(from, to);
        assert_eq!(
            refused(&[("nat-9.toml", &text)]),
            [format!("mine/nat-9.toml:{said}")],
            "{to}"
        );
    }
    // a trailing comma in an inline table is read (TOML 1.1)
    let text = fuel_standard(
        "relative_density",
        "max = \"0.830\"\nwhen = { property = \"flash_point\", min = \"38 °C\", }",
    );
    assert!(local(&[("nat-9.toml", &text)]).is_ok());
}

/// A value of another type where an enumerated key's word is wanted (`severity = []`,
/// `confidence = 1`, a pair rule's `test = []`) hides no mistake of meaning of its entry: the
/// entry is judged in the same run, as one with a wrong word is (before, its unknown property
/// was said only once the type was mended).
#[test]
fn a_wrong_type_for_a_word_hides_no_mistake_of_meaning() {
    let text = fuel_standard("relative_dencity", "max = \"0.830\"")
        .replace("severity = \"mandatory\"", "severity = []")
        .replace("confidence = \"C\"", "confidence = 1");
    let rule = pair_rule(
        "NAT/x",
        "a_property = \"cartrige\"\nb_property = \"cartridge\"\ntest = []",
    );
    assert_eq!(
        refused(&[("nat-9.toml", &text), ("pairs-mine.toml", &rule)]),
        [
            "mine/nat-9.toml:11:12: requirement `NAT-9/limit`: unknown property \
             `relative_dencity`, did you mean `relative_density`?",
            "mine/nat-9.toml:13:12: requirement `NAT-9/limit`: `severity` must be \"mandatory\" or \
             \"recommended\", not a list",
            "mine/nat-9.toml:15:14: requirement `NAT-9/limit`: `confidence` must be one of \"C\", \
             \"W\", \"R\" or \"D\", not `1`",
            "mine/pairs-mine.toml:6:14: pair rule `NAT/x`: unknown property `cartrige`, did you \
             mean `cartridge`?",
            "mine/pairs-mine.toml:8:8: pair rule `NAT/x`: `test` must be one of \"equal\", \
             \"table\", \"at-most\", \"includes\", \"overlap\", \"lower\" or \"implies\", not a list",
        ]
    );
}

/// A pair rule of many cases, each with the same mistake: the first hundred are said, each at
/// its case, and the cases after them are counted, as a file's entries past its first hundred
/// mistakes are (before, every case was said, and a rule of a thousand such cases took minutes
/// to judge, one reading of the rule per case); a rule after it is counted too.
#[test]
fn a_rule_of_a_thousand_wrong_cases_says_its_first_hundred() {
    let rule = |id: &str| {
        pair_rule(
            id,
            "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"table\"",
        )
    };
    // (each case seven lines, the first one's `[[rule.case]]` at line 13)
    let cases = |n: usize, mistake: &str| -> String {
        (0..n)
            .map(|i| {
                format!(
                    "\n[[rule.case]]\na = \"a{i}\"\nb = \"b{i}\"\nlevel = \"compatible\"\n\
                     {mistake}\n"
                )
            })
            .collect()
    };
    let case_line = |i: usize| 13 + 7 * i;
    // (the other mistakes in fewer cases: each case is read alike)
    for (n, mistake, col, said) in [
        (
            1000,
            "reason = \"r\"\nwarning = 1",
            11,
            "`warning` must be true or false, not `1`",
        ),
        (
            120,
            "reason = \"r\"\nconfidence = \"Q\"",
            14,
            "`confidence` is `Q`, which is not one of: C, W, R, D",
        ),
        (
            120,
            "reason = \"r\"\nfoo = 1",
            1,
            "`foo` is no key here (the keys here: a, b, level, reason, warning, source, \
             confidence)",
        ),
    ] {
        let next = rule("NAT/next").replace("\"mandatory\"", "\"mandtory\"");
        let text = format!("{}{}\n{next}", rule("NAT/many"), cases(n, mistake));
        let mut expected: Vec<String> = (0..100)
            .map(|i| {
                format!(
                    "mine/pairs-mine.toml:{}:{col}: pair rule `NAT/many`: {said}",
                    case_line(i) + 5
                )
            })
            .collect();
        expected.push(format!(
            "mine/pairs-mine.toml:{}:1: pair rule `NAT/many`: {} more cases were not checked \
             (the first 100 errors are listed)",
            case_line(100),
            n - 100
        ));
        expected.push(format!(
            "mine/pairs-mine.toml:{}:1: 1 more pair rule was not checked (the first 100 errors \
             are listed)",
            case_line(n)
        ));
        assert_eq!(
            refused(&[("pairs-mine.toml", &text)]),
            expected,
            "{mistake}"
        );
    }
    // a key each case lacks is said at each case (it was said once, as the rule's)
    let text = format!(
        "{}{}",
        rule("NAT/many"),
        cases(120, "source = \"s\"\nwarning = true")
    );
    let said = refused(&[("pairs-mine.toml", &text)]);
    assert_eq!(said.len(), 101);
    assert_eq!(
        said[..2],
        [
            "mine/pairs-mine.toml:13:1: pair rule `NAT/many`: `reason` is missing in `case`",
            "mine/pairs-mine.toml:20:1: pair rule `NAT/many`: `reason` is missing in `case`",
        ]
    );
    assert_eq!(
        said[100],
        "mine/pairs-mine.toml:713:1: pair rule `NAT/many`: 20 more cases were not checked (the \
         first 100 errors are listed)"
    );
}

/// A key that misspells none its table lacks (`requirment_notes`, `foo`, `colour` in a `when`)
/// is said with the keys the table takes, and its entry is judged without it in the same run:
/// its other mistakes (an unknown property, a wrong dimension, an NCB code of one digit, a
/// dictionary property's type or unit) are said beside it. What the table lacks as a whole (a
/// limit, a condition's test) is not: the key may have been meant as that.
#[test]
fn an_unknown_key_leaves_no_mistake_of_its_entry_unsaid() {
    let nat_9 = r#"id = "NAT 9"
title = "National fuel test standard"
status = "promulgated"
domain = "fuels"
kinds = ["fuel"]
summary = "Test fixture."
reviewed_by = "x"

[[requirement]]
id = "NAT-9/a"
statement = "a"
property = "relative_densty"
max = "0.830"
severity = "mandatory"
source = "x"
confidence = "C"
requirment_notes = "x"

[[requirement]]
id = "NAT-9/b"
statement = "b"
property = "relative_density"
maximum = "0.830"
foo = 1
severity = "mandatory"
source = "x"
confidence = "C"
when = { property = "nato_code", colour = "red" }

[[requirement]]
id = "NAT-9/c"
statement = "c"
property = "flash_point"
min = "38 kg"
severity = "mandatory"
source = "x"
confidence = "C"
when = { property = "nato_cod", equals = "F-34", colour = "red" }
"#;
    let pairs_mine = r#"[[rule]]
id = "PAIR/mine"
title = "Test rule"
a = "weapon"
b = "cartrige"
a_property = "cartridge"
b_property = "cartridge"
test = "equal"
severity = "mandatory"
source = "test fixture"
confidence = "C"
reviewed = true
"#;
    let dictionary = r#"[property.fuel_colour]
description = "d"
type = "lenght"
unit = "mm"
shown_as = "x"

[property.raft_volume]
descripton = "v"
type = "volume"
unit = "kg"
"#;
    let codes = r#"[trigraphs]
source = "s"
codes = { FRA = "France" }

[[ncb.code]]
code = "1"
nation = "France"
confidence = "C"
source = "s"
checked = true
"#;
    let files = [
        ("nat-9.toml", nat_9),
        ("pairs-mine.toml", pairs_mine),
        ("dictionary.toml", dictionary),
        ("codes.toml", codes),
    ];
    let expected = [
        "mine/nat-9.toml:7:1: `reviewed_by` is no key here (the keys here: id, title, edition, status, status_source, domain, kinds, summary, applies, when_claimed, selector, requirement)",
        "mine/nat-9.toml:12:12: requirement `NAT-9/a`: unknown property `relative_densty`, did you mean `relative_density`?",
        "mine/nat-9.toml:17:1: requirement `NAT-9/a`: `requirment_notes` is no key here (the keys here: id, clause, statement, property, method, severity, source, confidence, note, when, unless, alternatives, min, max, nominal, tolerance, one_of, equals, includes, pattern, present, exact, or_stated, kinds)",
        "mine/nat-9.toml:23:1: requirement `NAT-9/b`: `maximum` is no key here (the keys here: id, clause, statement, property, method, severity, source, confidence, note, when, unless, alternatives, min, max, nominal, tolerance, one_of, equals, includes, pattern, present, exact, or_stated, kinds)",
        "mine/nat-9.toml:24:1: requirement `NAT-9/b`: `foo` is no key here (the keys here: id, clause, statement, property, method, severity, source, confidence, note, when, unless, alternatives, min, max, nominal, tolerance, one_of, equals, includes, pattern, present, exact, or_stated, kinds)",
        "mine/nat-9.toml:28:34: requirement `NAT-9/b`: `colour` is no key here (the keys here: property, equals, one_of, min, max, present)",
        "mine/nat-9.toml:34:7: requirement `NAT-9/c`: 38 kg is a mass; flash_point is a temperature",
        "mine/nat-9.toml:38:21: requirement `NAT-9/c`: when: unknown property `nato_cod`, did you mean `nato_code`?",
        "mine/nat-9.toml:38:50: requirement `NAT-9/c`: `colour` is no key here (the keys here: property, equals, one_of, min, max, present)",
        "mine/pairs-mine.toml:5:5: pair rule `PAIR/mine`: unknown item kind `cartrige`, did you mean `cartridge`?",
        "mine/pairs-mine.toml:12:1: pair rule `PAIR/mine`: `reviewed` is no key here (the keys here: id, title, a, b, a_property, b_property, test, optional, when_a, when_b, unless_a, unless_b, severity, source, confidence, note, case)",
        "mine/dictionary.toml:3:8: property `fuel_colour` has type `lenght`: not a dimension, number, integer, text, enum, list or flag, did you mean `length`?",
        "mine/dictionary.toml:5:1: property `fuel_colour`: `shown_as` is no key here (the keys here: description, type, unit, aliases, values, value_aliases, negative, exact, kinds, current, code_with, rated_load, nominal, bytes, \
         ratio)",
        "mine/dictionary.toml:8:1: property `raft_volume`: `descripton` is no key here, did you mean `description`? (the keys here: description, type, unit, aliases, values, value_aliases, negative, exact, kinds, current, code_with, rated_load, nominal, bytes, \
         ratio)",
        "mine/dictionary.toml:10:8: property `raft_volume`: unit `kg` is not a unit of volume",
        "mine/codes.toml:6:8: NCB code `1` is not two digits",
        "mine/codes.toml:10:1: NCB code `1`: `checked` is no key here (the keys here: code, nation, confidence, source, note)",
    ];
    assert_eq!(refused(&files), expected);
    // a file whose one mistake is such a key, of its own or of an entry, says that one
    let limit = "max = \"0.830\"";
    for (from, to, said) in [
        (
            "summary = \"Test fixture.\"",
            "summary = \"Test fixture.\"\nreviewed_by = \"x\"",
            "mine/nat-9.toml:7:1: `reviewed_by` is no key here (the keys here: id, title, \
             edition, status, status_source, domain, kinds, summary, applies, when_claimed, selector, requirement)",
        ),
        (
            limit,
            "max = \"0.830\"\nfoo = 1",
            "mine/nat-9.toml:13:1: requirement `NAT-9/limit`: `foo` is no key here (the keys \
             here: id, clause, statement, property, method, severity, source, confidence, note, \
             when, unless, alternatives, min, max, nominal, tolerance, one_of, equals, includes, \
             pattern, present, exact, or_stated, kinds)",
        ),
    ] {
        let text = fuel_standard("relative_density", limit).replace(from, to);
        assert_eq!(refused(&[("nat-9.toml", &text)]), [said], "{to}");
    }
}

/// A file's mistakes of TOML itself are all said in one run, each on its line, in the order
/// they stand, but none after a bracket that is not closed (toml reads on through what it
/// swallowed); and the folder's other files are judged in the same run.
#[test]
fn every_syntax_error_of_a_file_is_said_and_the_other_files_judged() {
    let broken = "id = \"NAT 9\"\ntitle = \"t\nstatus = promulgated\ndomain = \"fuels\"\n\
                  kinds = [\"fuel\"]\nsummary = \"s\"\n\n[[requirement]]\nid = \"NAT-9/a\"\n\
                  statement = \"a\"\nproperty = \"relative_density\"\nmax = \"0.8\"\n\
                  severity = \"mandatory\"\nsource = \"x\"\nconfidence = = \"C\"\n";
    let unclosed = "id = \"NAT 7\"\nkinds = [\"fuel\",\ntitle = \"t\"\nx = wrong\n";
    let fine_but_wrong = "id = \"NAT 8\"\ntitle = \"t\"\nstatus = \"promulgated\"\n\
                          domain = \"fuels\"\nkinds = [\"fuel\", \"boat\"]\nsummary = \"s\"\n";
    assert_eq!(
        refused(&[
            ("nat-9.toml", broken),
            ("nat-7.toml", unclosed),
            ("nat-8.toml", fine_but_wrong)
        ]),
        [
            "mine/nat-9.toml:2:9: invalid TOML: the quoted text that starts here is not closed on \
             its line: end it with `\"` (a text over several lines is written between `\"\"\"`)",
            "mine/nat-9.toml:3:10: invalid TOML: a text value is written in quotes: write \
             \"promulgated\"",
            "mine/nat-9.toml:15:14: invalid TOML: a second `=`: write one `=` between a key and its \
             value",
            "mine/nat-7.toml:2:9: invalid TOML: the `[` here is not closed with `]` (the TOML reader \
             stopped at 3:7: a `=` cannot stand in a list)",
            "mine/nat-8.toml:5:18: NAT 8: unknown item kind `boat`",
        ]
    );
}

/// The report itself says what the user's own files left out of the built-in catalogue (as
/// `notices`, its last key): a report made on the page, which builds it as the command line does,
/// says it in its JSON as the command line's does, and a colleague reading it sees that checks
/// were dropped. One requirement left out is said in the singular.
#[test]
fn a_report_says_what_the_own_catalogue_left_out() {
    let files: Vec<(String, String)> = ["nat-1.toml", "stanag-1135.toml"]
        .iter()
        .map(|n| {
            let path = format!("{}/tests/local/{n}", env!("CARGO_MANIFEST_DIR"));
            (
                format!("mine/{n}"),
                std::fs::read_to_string(path).expect("read"),
            )
        })
        .collect();
    let catalogue = Catalogue::with_local(&files).expect("loads");
    let spec = "items:\n  - id: f\n    name: f\n    nation: USA\n    kind: fuel\n    \
                properties:\n      nato_code: F-34\n      relative_density: 0.80\n";
    let file = stanag_check::spec::parse("f.yaml", spec, &catalogue.dictionary).expect("parses");
    let report = stanag_check::report::Report::build(&catalogue, &[file]);
    assert_eq!(report.notices.len(), 1, "{:?}", report.notices);
    assert!(
        report.notices[0].starts_with(
            "mine/stanag-1135.toml replaces the built-in STANAG 1135 as a whole: 18 of its \
             requirements are not in the file and are not checked (STANAG-1135/fuel-code, "
        ),
        "{}",
        report.notices[0]
    );
    assert!(report.notices[0].ends_with("); copy them into the file to keep them"));
    assert_eq!(report.notices, catalogue.replacement_notes());
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).expect("JSON");
    assert_eq!(json["notices"], serde_json::json!(report.notices));
    // a link's notice comes after the catalogue's
    let noted: serde_json::Value =
        serde_json::from_str(&report.to_json_noting(&["drift".to_string()])).expect("JSON");
    assert_eq!(
        noted["notices"],
        serde_json::json!([report.notices[0].as_str(), "drift"])
    );

    let voltage = r#"id = "STANAG 4074"
title = "Vehicle auxiliary-start (slave) receptacle"
status = "promulgated"
domain = "vehicle electrical interfaces"
kinds = ["vehicle"]
summary = "National copy."

[[requirement]]
id = "STANAG-4074/system-voltage"
statement = "The vehicle electrical system is 24 V nominal."
property = "system_voltage"
equals = "24 V"
severity = "recommended"
source = "test fixture"
confidence = "C"
"#;
    let catalogue = local(&[("stanag-4074.toml", voltage)]).expect("loads");
    let spec = "items:\n  - id: v\n    name: v\n    nation: USA\n    kind: vehicle\n    \
                properties:\n      system_voltage: 24 V\n";
    let checked = stanag_check::check_texts(&catalogue, &[("v.yaml".to_string(), spec.into())]);
    assert_eq!(
        checked.report.notices,
        [
            "mine/stanag-4074.toml replaces the built-in STANAG 4074 as a whole: 1 of its \
          requirements is not in the file and is not checked (STANAG-4074/slave-receptacle); \
          copy it into the file to keep it"
        ]
    );
    // the built-in catalogue's report has none, and no key for them
    let builtin = Catalogue::builtin().expect("built in");
    let checked = stanag_check::check_texts(&builtin, &[("v.yaml".to_string(), spec.into())]);
    assert!(checked.report.notices.is_empty());
    let json: serde_json::Value = serde_json::from_str(&checked.report.to_json()).expect("JSON");
    assert_eq!(json.get("notices"), None);
}

/// A key a requirement lacks does not hide its other mistakes of meaning: the requirement is
/// read with the key given, and judged in every value it could have been given (a mistake that
/// one of them makes, and another does not, is the value's, not the author's). A requirement
/// without its `id` is told nothing else of its own (its messages would name an id nobody wrote).
#[test]
fn a_missing_key_does_not_hide_the_requirements_other_mistakes() {
    let text = |drop: &str| {
        let text = r#"id = "NAT-HF-1"
title = "National HF radio rule"
status = "promulgated"
domain = "communications"
kinds = ["radio", "waveform"]
summary = "Test standard."

[[requirement]]
id = "NAT-HF-1/bandwidth"
statement = "Channel bandwidth at most 3 kHz."
property = "channel_bandwidth"
max = "3 kbit/s"
severity = "mandatory"
source = "test fixture"
confidence = "C"

[[requirement]]
id = "NAT-HF-1/rate"
statement = "User data rate at least 75 bit/s."
property = "max_user_data_rate"
min = "75 bit/s"
severity = "mandatry"
source = "test fixture"
confidence = "C"
"#;
        text.replacen(&format!("\n{drop} = "), "\nunused = ", 1)
            .lines()
            .filter(|l| !l.starts_with("unused = "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    // what is said of the file, with the key `drop` left out (the lines after it one up) and
    // the requirement's own mistakes of meaning besides (`max` is on line 12, or 11 when the
    // key left out was before it)
    let said = |drop: &str, max_line: Option<usize>| {
        let named = if drop == "id" {
            "?"
        } else {
            "NAT-HF-1/bandwidth"
        };
        let mut expected = vec![
            "mine/nat-hf-1.toml:5:10: NAT-HF-1: unknown item kind `radio`".to_string(),
            format!(
                "mine/nat-hf-1.toml:8:1: requirement `{named}`: `{drop}` is missing: every \
                 requirement needs one"
            ),
        ];
        expected.extend(max_line.map(|line| {
            format!(
                "mine/nat-hf-1.toml:{line}:7: requirement `NAT-HF-1/bandwidth`: 3 kbit/s is a \
                 data-rate; channel_bandwidth is a frequency"
            )
        }));
        expected.push(
            "mine/nat-hf-1.toml:21:12: requirement `NAT-HF-1/rate`: `severity` is `mandatry`, \
             which is not one of: mandatory, recommended, did you mean `mandatory`?"
                .to_string(),
        );
        assert_eq!(
            refused(&[("nat-hf-1.toml", &text(drop))]),
            expected,
            "{drop}"
        );
    };
    said("source", Some(12));
    said("severity", Some(12));
    said("confidence", Some(12));
    said("statement", Some(11));
    // no property: what its limit means is not known
    said("property", None);
    said("id", None);
}

/// A title, statement, note or source that holds a bidirectional override or isolate would
/// reverse the words shown after it in every verdict that quotes it: each is refused at the
/// character (also written as an escape), with nothing else of the file, and no message holds
/// the character itself. The file's other mistakes (here an unknown property) are not said.
#[test]
fn a_text_that_would_reorder_the_words_after_it_is_refused_at_the_character() {
    let text = fuel_standard("relative_densty", "max = \"0.830\"")
        .replace(
            "title = \"National fuel test standard\"",
            "title = \"National \u{202E}dradnats\"",
        )
        .replace(
            "statement = \"The test limit.\"",
            "statement = \"The test \\u2067limit.\"",
        )
        .replace(
            "source = \"test fixture\"",
            "source = \"test fixture\"\nnotes = [\"ok\", \"see \\U0000202Dannex\"]",
        );
    let errors = refused(&[("nat-9.toml", &text)]);
    assert_eq!(
        errors,
        [
            "mine/nat-9.toml:2:19: the text `National \\u{202e}dradnats` holds U+202E RIGHT-TO-LEFT OVERRIDE, a hidden character that reverses how the text after it is shown: delete it",
            "mine/nat-9.toml:10:23: the text `The test \\u{2067}limit.` holds U+2067 RIGHT-TO-LEFT ISOLATE, a hidden character that sets the text after it apart, running right to left: delete it",
            "mine/nat-9.toml:15:21: the text `see \\u{202d}annex` holds U+202D LEFT-TO-RIGHT OVERRIDE, a hidden character that forces the text after it to be shown left to right, letter by letter: delete it",
        ]
    );
    // the marks that only lend a direction (LRM, RLM, ALM) are read: a name in Arabic or
    // Hebrew may need them
    let marked = fuel_standard("relative_density", "max = \"0.830\"").replace(
        "title = \"National fuel test standard\"",
        "title = \"\u{5EA}\u{5E7}\u{5DF} \u{200F}(2024)\u{200E} \u{61C}\"",
    );
    assert!(local(&[("nat-9.toml", &marked)]).is_ok());
    // a key given twice that holds one: at the character in the key given again, as itself or
    // as an escape (it was `duplicate key` at that key's start)
    for key in ["sev\u{202E}erity", "sev\\u202Eerity"] {
        let twice = fuel_standard("relative_density", "max = \"0.830\"").replace(
            "severity = \"mandatory\"",
            &format!("\"{key}\" = \"mandatory\"\n\"{key}\" = \"recommended\""),
        );
        assert_eq!(
            refused(&[("nat-9.toml", &twice)]),
            [
                "mine/nat-9.toml:14:5: the key `sev\\u{202e}erity` holds U+202E RIGHT-TO-LEFT \
                 OVERRIDE, a hidden character that reverses how the text after it is shown: \
                 delete it"
            ]
        );
    }
}

/// A file with more such texts than are listed counts the rest at the first not listed, with
/// its line:col (where the user goes next), after those listed.
#[test]
fn texts_that_would_reorder_words_past_the_listed_are_counted_from_the_first_not_listed() {
    let notes: String = (0..105).map(|i| format!("\"n{i}\u{202E}\",\n")).collect();
    let text = fuel_standard("relative_density", "max = \"0.830\"").replace(
        "source = \"test fixture\"",
        &format!("source = \"test fixture\"\nnotes = [\n{notes}]"),
    );
    let errors = refused(&[("nat-9.toml", &text)]);
    assert_eq!(errors.len(), 101);
    // (the notes stand one a line from line 16)
    assert!(
        errors[99].starts_with("mine/nat-9.toml:115:5: the text `n99\\u{202e}`"),
        "{}",
        errors[99]
    );
    assert_eq!(
        errors[100],
        "mine/nat-9.toml:116:6: 5 more keys or texts that hold such a character from here on are \
         not listed"
    );
}

/// A unit in capitals that may be milli or mega (`MPA`, `MBAR`, `MA`…) is read with a warning
/// in a spec file, but a catalogue file's is a mistake, as the catalogue's other doubtful
/// spellings are (`MG`, `mpa`, `MV`): a limit read 10⁹ off would judge every item. Each is told
/// at its unit or figure, all in one run: a property's unit, a nominal figure, a limit and a
/// tolerance; written exactly, the same files are accepted.
#[test]
fn milli_or_mega_in_capitals_is_refused_in_a_catalogue_file() {
    let dictionary = |vapour: &str, stated: &str| {
        format!(
            r#"[property.vapour_pressure]
description = "Vapour pressure."
type = "pressure"
unit = "{vapour}"
kinds = ["fuel"]

[property.tank_pressure]
description = "Tank pressure."
type = "pressure"
unit = "kPa"
kinds = ["fuel"]

[property.pump_current]
description = "Pump current."
type = "current"
unit = "A"
kinds = ["fuel"]
nominal = [{{ stated = "{stated}", nominal = "1 A", reading = "read as 1 A", source = "x", confidence = "C" }}]
"#
        )
    };
    let limit = |max: &str| fuel_standard("tank_pressure", &format!("max = \"{max}\""));
    let tolerance = |tolerance: &str| {
        fuel_standard(
            "tank_pressure",
            &format!("nominal = \"0.5 MPa\"\ntolerance = \"{tolerance}\""),
        )
        .replace("NAT 9", "NAT 10")
        .replace("NAT-9", "NAT-10")
    };
    assert_eq!(
        refused(&[
            ("dictionary.toml", &dictionary("MBAR", "950 MA")),
            ("nat-9.toml", &limit("0.5 MPA")),
            ("nat-10.toml", &tolerance("20 MPA")),
        ]),
        [
            "mine/dictionary.toml:4:8: property `vapour_pressure`: `MBAR` in capitals may be \
             milli or mega, millibars (`mbar`) or megabars, 10⁹ apart, and a catalogue's unit is \
             not guessed; write `mbar`",
            "mine/dictionary.toml:18:23: property `pump_current`: nominal `stated` is `950 MA`: \
             `MA` in capitals may be milli or mega, milliamperes (`mA`) or megaamperes, 10⁹ \
             apart, and a catalogue's unit is not guessed; write `mA`",
            "mine/nat-9.toml:12:7: requirement `NAT-9/limit`: `MPA` in capitals may be milli or \
             mega, megapascals (`MPa`) or millipascals, 10⁹ apart, and a catalogue's unit is not \
             guessed; write `MPa`",
            "mine/nat-10.toml:13:13: requirement `NAT-10/limit`: `MPA` in capitals may be milli \
             or mega, megapascals (`MPa`) or millipascals, 10⁹ apart, and a catalogue's unit is \
             not guessed; write `MPa`",
        ]
    );
    assert_eq!(
        refused(&[
            ("dictionary.toml", &dictionary("mbar", "950 mA")),
            ("nat-9.toml", &limit("0.5 MPa")),
            ("nat-10.toml", &tolerance("20 kPa")),
        ]),
        ["accepted"]
    );
}

/// A dictionary entry's flag or description of another type (`exact = "yes"`, `rated_load = 1`,
/// `description = 1`) is told at its value, and no longer holds back the entry's mistakes of
/// meaning: they are listed in the same run. A flag is judged both ways and only a mistake
/// either way is said (`exact = "yes"` of a length is no mistake of `exact` as `false`, so not
/// told that `exact` is for text and enum properties).
#[test]
fn a_wrong_type_for_a_flag_or_description_hides_no_mistake_of_meaning() {
    let dictionary = r#"[property.gap]
description = "A gap."
type = "length"
unit = "milimetre"
exact = "yes"

[property.ring]
description = "A ring."
type = "mass"
unit = "kgg"
rated_load = 1

[property.fuel_smell]
description = 1
type = "text"
aliases = ["smell", "nato_code"]
negative = "no"

[kind.barge]
description = ["A barge."]
"#;
    assert_eq!(
        refused(&[("dictionary.toml", dictionary)]),
        [
            "mine/dictionary.toml:4:8: property `gap`: unknown unit `milimetre`, did you mean \
             `millimetre`?",
            "mine/dictionary.toml:5:9: property `gap`: `exact` must be true or false, not \"yes\"",
            "mine/dictionary.toml:10:8: property `ring`: unknown unit `kgg`, did you mean `kg`?",
            "mine/dictionary.toml:11:14: property `ring`: `rated_load` must be true or false, not \
             `1`",
            "mine/dictionary.toml:14:15: property `fuel_smell`: `description` must be text in \
             quotes, not `1`",
            "mine/dictionary.toml:16:21: property `fuel_smell`: the name `nato_code` is already \
             used by `nato_code`",
            "mine/dictionary.toml:17:12: property `fuel_smell`: `negative` must be true or false, \
             not \"no\"",
            "mine/dictionary.toml:20:15: kind `barge`: `description` must be text in quotes, not \
             a list",
        ]
    );
}

/// A pair rule of more cases than are read at a time, each wrong otherwise (an unknown key, a
/// wrong word, a flag of another type, one lacking its reason late in the list), with a wrong
/// value of its own after its cases: every mistake is said at its place, as a reading of the
/// whole rule for each finds them (the cases are now read a window at a time, from the first
/// not yet known to read).
#[test]
fn a_long_rule_of_cases_each_wrong_otherwise_says_each() {
    let rule = pair_rule(
        "NAT/many",
        "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"table\"",
    )
    .replace("title = \"Test rule\"", "title = 5");
    // (each case seven lines, the first one's `[[rule.case]]` at line 13, its last at 18)
    let mut cases = String::new();
    let mut expected = vec![
        "mine/pairs-mine.toml:3:9: pair rule `NAT/many`: `title` must be text in quotes, not `5`"
            .to_string(),
    ];
    for i in 0..70 {
        let last = 13 + 7 * i + 5;
        // (one late case lacks its reason, its key for it being one the case does not take)
        if i == 61 {
            expected.push(format!(
                "mine/pairs-mine.toml:{}:1: pair rule `NAT/many`: `reason` is missing in `case`",
                last - 5
            ));
            expected.push(format!(
                "mine/pairs-mine.toml:{}:1: pair rule `NAT/many`: `note` is no key here (the keys \
                 here: a, b, level, reason, warning, source, confidence)",
                last - 1
            ));
        }
        let (line, col, said) = match i % 4 {
            0 => (
                last,
                1,
                format!(
                    "`foo{i}` is no key here (the keys here: a, b, level, reason, warning, \
                     source, confidence)"
                ),
            ),
            1 => (
                last,
                14,
                format!("`confidence` is `Q{i}`, which is not one of: C, W, R, D"),
            ),
            2 => (
                last,
                11,
                format!("`warning` must be true or false, not \"w{i}\""),
            ),
            _ => (last, 1, String::new()),
        };
        let mistake = match i % 4 {
            0 => format!("foo{i} = 1"),
            1 => format!("confidence = \"Q{i}\""),
            2 => format!("warning = \"w{i}\""),
            _ => "source = \"s\"".to_string(),
        };
        let reason = if i == 61 {
            "note = \"r\""
        } else {
            "reason = \"r\""
        };
        cases.push_str(&format!(
            "\n[[rule.case]]\na = \"a{i}\"\nb = \"b{i}\"\nlevel = \"compatible\"\n{reason}\n{mistake}\n"
        ));
        if !said.is_empty() {
            expected.push(format!(
                "mine/pairs-mine.toml:{line}:{col}: pair rule `NAT/many`: {said}"
            ));
        }
    }
    assert_eq!(
        refused(&[("pairs-mine.toml", &format!("{rule}{cases}"))]),
        expected
    );
}

/// A count may name the unit it is counted in (a symbol rate, in baud), which must be a unit;
/// a text has none. A count declares no quantity, so a misspelt unit is offered no near
/// spelling, which might be of any (`kVA` was once asked whether it meant `kPa`).
#[test]
fn a_count_names_a_unit_it_is_counted_in() {
    let dictionary = r#"[property.rate]
description = "A symbol rate."
type = "integer"
unit = "Bdd"

[property.label]
description = "A label."
type = "text"
unit = "Bd"
"#;
    assert_eq!(
        refused(&[("dictionary.toml", dictionary)]),
        [
            "mine/dictionary.toml:4:8: property `rate`: unknown unit `Bdd`: a number may be \
             counted in any unit the tool reads (`Bd`, `kVA`), and no near spelling is offered \
             for one, as it may be of another quantity",
            "mine/dictionary.toml:9:8: property `label` is text and cannot have a unit",
        ]
    );
}

/// A text of another type in a requirement, a pair rule or a dictionary entry (`statement = 1`,
/// `clause = 3`, a condition's `property = 5`, a rule's `source = 1`, a property's `unit = 1`)
/// hides none of its entry's mistakes of meaning: it is read as empty and as a text that is not,
/// as a text the entry lacks is, and a mistake said where both readings make it (before, each
/// of these was the one mistake said of its entry, and `min` above `max` was told a run later).
#[test]
fn a_wrong_type_for_a_text_hides_no_mistake_of_meaning() {
    let standard = fuel_standard("relative_density", "min = \"0.9\"\nmax = \"0.8\"")
        .replace("statement = \"The test limit.\"", "statement = 1")
        + r#"
[[requirement]]
id = "NAT-9/clause"
statement = "x"
clause = 3
note = 4
property = "relative_density"
method = 2
max = "3 kg"
severity = "mandatory"
source = 5
confidence = "C"
when = { property = 5, equals = "x" }
unless = { property = "flash_pint", equals = "x" }
"#;
    let rule = pair_rule(
        "NAT/x",
        "a_property = \"cartrige\"\nb_property = \"cartridge\"\ntest = \"equal\"",
    )
    .replace("source = \"test fixture\"", "source = 1");
    let dictionary = r#"[property.gap]
description = "A gap."
type = "length"
unit = 1
aliases = ["nato_code"]
"#;
    assert_eq!(
        refused(&[
            ("nat-9.toml", &standard),
            ("pairs-mine.toml", &rule),
            ("dictionary.toml", dictionary),
        ]),
        [
            "mine/nat-9.toml:10:13: requirement `NAT-9/limit`: `statement` must be text in \
             quotes, not `1`",
            "mine/nat-9.toml:12:7: requirement `NAT-9/limit`: min 0.9 is above max 0.8",
            "mine/nat-9.toml:21:10: requirement `NAT-9/clause`: `clause` must be text in quotes, \
             not `3`",
            "mine/nat-9.toml:22:8: requirement `NAT-9/clause`: `note` must be text in quotes, not \
             `4`",
            "mine/nat-9.toml:24:10: requirement `NAT-9/clause`: `method` must be text in quotes, \
             not `2`",
            "mine/nat-9.toml:25:7: requirement `NAT-9/clause`: 3 kg has a unit; relative_density \
             is a plain number",
            "mine/nat-9.toml:27:10: requirement `NAT-9/clause`: `source` must be text in quotes, \
             not `5`",
            "mine/nat-9.toml:29:21: requirement `NAT-9/clause`: `property` must be text in \
             quotes, not `5`",
            "mine/nat-9.toml:30:23: requirement `NAT-9/clause`: unless: unknown property \
             `flash_pint`, did you mean `flash_point`?",
            "mine/pairs-mine.toml:6:14: pair rule `NAT/x`: unknown property `cartrige`, did you \
             mean `cartridge`?",
            "mine/pairs-mine.toml:10:10: pair rule `NAT/x`: `source` must be text in quotes, not \
             `1`",
            "mine/dictionary.toml:4:8: property `gap`: `unit` must be text in quotes, not `1`",
            "mine/dictionary.toml:5:12: property `gap`: the name `nato_code` is already used by \
             `nato_code`",
        ]
    );
}

/// A standard file without its `id` is told so once, at its place, with the id its requirements'
/// ids (or else its file's name) imply, as which they are judged: a national copy of a built-in
/// file that lost its `id` line is not told that each of its requirement ids is the built-in
/// one's and does not start with `/` (as before); one that implies no id is told so plainly.
#[test]
fn a_standard_without_its_id_is_judged_as_the_id_it_implies() {
    let copy = |ids: [&str; 2]| {
        format!(
            r#"title = "NATO fuel codes (national edition)"
status = "promulgated"
domain = "fuels"
kinds = ["fuel"]
summary = "Override."

[[requirement]]
id = "{}"
statement = "Relative density 0.790 to 0.810."
property = "relative_density"
min = "0.790"
max = "0.810"
severity = "mandatory"
source = "test fixture"
confidence = "C"

[[requirement]]
id = "{}"
statement = "Flash point."
property = "flash_pont"
min = "38 °C"
severity = "mandatory"
source = "test fixture"
confidence = "C"
"#,
            ids[0], ids[1]
        )
    };
    let built_in = copy(["STANAG-1135/density-f34-f35", "STANAG-1135/flash-point-f34"]);
    assert_eq!(
        refused(&[("stanag-1135.toml", &built_in)]),
        [
            "mine/stanag-1135.toml:1:1: `id` is missing: every standard needs one (its \
             requirements' ids are those of `STANAG 1135`, as which they are judged: write `id = \
             \"STANAG 1135\"`)",
            "mine/stanag-1135.toml:20:12: requirement `STANAG-1135/flash-point-f34`: unknown \
             property `flash_pont`, did you mean `flash_point`?",
        ]
    );
    // (an id of another type alike)
    let numbered = format!("id = 1135\n{built_in}");
    assert_eq!(
        refused(&[("stanag-1135.toml", &numbered)]),
        [
            "mine/stanag-1135.toml:1:6: `id` must be text in quotes, not `1135` (its \
             requirements' ids are those of `STANAG 1135`, as which they are judged: write `id = \
             \"STANAG 1135\"`)",
            "mine/stanag-1135.toml:21:12: requirement `STANAG-1135/flash-point-f34`: unknown \
             property `flash_pont`, did you mean `flash_point`?",
        ]
    );
    // (an empty one alike)
    let empty = format!("id = \"\"\n{built_in}");
    assert_eq!(
        refused(&[("stanag-1135.toml", &empty)]),
        [
            "mine/stanag-1135.toml:1:6: `id` is empty: every standard needs one (its \
             requirements' ids are those of `STANAG 1135`, as which they are judged: write `id = \
             \"STANAG 1135\"`)",
            "mine/stanag-1135.toml:21:12: requirement `STANAG-1135/flash-point-f34`: unknown \
             property `flash_pont`, did you mean `flash_point`?",
        ]
    );
    // ids that disagree: the file's name is a built-in standard's
    let mixed = copy(["STANAG-1135/density-national", "NAT-9/flash-point"]);
    assert_eq!(
        refused(&[("stanag-1135.toml", &mixed)]),
        [
            "mine/stanag-1135.toml:1:1: `id` is missing: every standard needs one (the file's \
             name is that of `STANAG 1135`, as which its requirements are judged: write `id = \
             \"STANAG 1135\"`)",
            "mine/stanag-1135.toml:18:6: requirement `NAT-9/flash-point`: its id must start with \
             `STANAG-1135/`",
            "mine/stanag-1135.toml:20:12: requirement `NAT-9/flash-point`: unknown property \
             `flash_pont`, did you mean `flash_point`?",
        ]
    );
    // nothing says which standard it is
    assert_eq!(
        refused(&[("national.toml", &mixed)]),
        [
            "mine/national.toml:1:1: `id` is missing: every standard needs one (neither its \
             requirements' ids nor the file's name say which standard it is: its requirements are \
             judged once it has one)",
        ]
    );
}

/// A local count with the unit it is counted in (a rating in whole tonnes, a pull in whole
/// kilonewtons), held to bare limits (`max = 40`, `min = 3`) and to limits in another unit of it
/// (`max = "40000 kg"`, `min = "3000 N"`): a figure just inside, at and just outside each, in
/// two units, has its exact verdict; a difference is in the unit the limit is written in (it
/// was `by 1` against `≤ 40000 kg`, and `41000 kg is above the maximum 40 by 1` did not say
/// what 41000 kg was read as), and a figure that is no whole count is refused at its value.
#[test]
fn a_count_in_a_unit_is_judged_against_bare_limits_and_limits_in_another_unit() {
    let dictionary = r#"[property.tonnage_rating]
description = "A load rating counted in whole tonnes."
type = "integer"
unit = "t"

[property.pull_rating]
description = "A pull counted in whole kilonewtons."
type = "integer"
unit = "kN"
"#;
    let standard = |load: &str, pull: &str| {
        format!(
            r#"id = "NAT 9"
title = "National test standard"
status = "promulgated"
domain = "fuels"
kinds = ["fuel"]
summary = "Test fixture."

[[requirement]]
id = "NAT-9/load"
statement = "At most 40 t."
property = "tonnage_rating"
max = {load}
severity = "mandatory"
source = "test fixture"
confidence = "C"

[[requirement]]
id = "NAT-9/pull"
statement = "At least 3 kN."
property = "pull_rating"
min = {pull}
severity = "mandatory"
source = "test fixture"
confidence = "C"
"#
        )
    };
    // each (property, value) as told by the requirement on it
    let told = |catalogue: &Catalogue, cases: &[(&str, &str)]| -> Vec<String> {
        cases
            .iter()
            .map(|(property, value)| {
                let spec = format!(
                    "items:\n  - id: f\n    name: f\n    nation: USA\n    kind: fuel\n    \
                     claims: [NAT 9]\n    properties:\n      nato_code: F-34\n      \
                     {property}: {value}\n"
                );
                let checked = stanag_check::check_texts(catalogue, &[("f.yaml".into(), spec)]);
                if let Some(rejected) = checked.rejected.first() {
                    return format!("refused: {}", rejected.1.errors[0]);
                }
                let id = if *property == "tonnage_rating" {
                    "NAT-9/load"
                } else {
                    "NAT-9/pull"
                };
                let outcome = checked.report.items[0]
                    .results
                    .iter()
                    .find(|o| &*o.citation.requirement == id)
                    .expect("a verdict");
                format!("{:?}: {}", outcome.verdict, outcome.message).to_lowercase()
            })
            .collect()
    };
    let cases = [
        ("tonnage_rating", "39 t"),
        ("tonnage_rating", "40 t"),
        ("tonnage_rating", "41 t"),
        ("tonnage_rating", "39000 kg"),
        ("tonnage_rating", "40000 kg"),
        ("tonnage_rating", "41000 kg"),
        ("tonnage_rating", "40001 kg"),
        ("pull_rating", "4 kN"),
        ("pull_rating", "3 kN"),
        ("pull_rating", "2 kN"),
        ("pull_rating", "4000 N"),
        ("pull_rating", "3000 N"),
        ("pull_rating", "2000 N"),
    ];
    let bare = local(&[
        ("dictionary.toml", dictionary),
        ("nat-9.toml", &standard("40", "3")),
    ])
    .expect("a catalogue");
    assert_eq!(
        told(&bare, &cases),
        [
            // a bare limit is shown in the unit the count is counted in
            "pass: 39 t meets ≤ 40 t",
            "pass: 40 t meets ≤ 40 t",
            "fail: 41 t is above the maximum 40 t by 1 t (2.5 %)",
            "pass: 39000 kg (= 39 t) meets ≤ 40 t",
            "pass: 40000 kg (= 40 t) meets ≤ 40 t",
            "fail: 41000 kg (= 41 t) is above the maximum 40 t by 1 t (2.5 %)",
            "refused: f.yaml:9:23: item `f`, property `tonnage_rating`: 40001 kg (= 40.001 t) \
             is not a whole number; tonnage_rating is an integer",
            "pass: 4 kn meets ≥ 3 kn",
            "pass: 3 kn meets ≥ 3 kn",
            "fail: 2 kn is below the minimum 3 kn by 1 kn (33.33 %)",
            "pass: 4000 n (= 4 kn) meets ≥ 3 kn",
            "pass: 3000 n (= 3 kn) meets ≥ 3 kn",
            "fail: 2000 n (= 2 kn) is below the minimum 3 kn by 1 kn (33.33 %)",
        ]
    );
    let in_units = local(&[
        ("dictionary.toml", dictionary),
        ("nat-9.toml", &standard("\"40000 kg\"", "\"3000 N\"")),
    ])
    .expect("a catalogue");
    assert_eq!(
        told(&in_units, &cases),
        [
            "pass: 39 t (= 39000 kg) meets ≤ 40000 kg",
            "pass: 40 t (= 40000 kg) meets ≤ 40000 kg",
            "fail: 41 t (= 41000 kg) is above the maximum 40000 kg by 1000 kg (2.5 %)",
            "pass: 39000 kg meets ≤ 40000 kg",
            "pass: 40000 kg meets ≤ 40000 kg",
            "fail: 41000 kg is above the maximum 40000 kg by 1000 kg (2.5 %)",
            "refused: f.yaml:9:23: item `f`, property `tonnage_rating`: 40001 kg (= 40.001 t) \
             is not a whole number; tonnage_rating is an integer",
            "pass: 4 kn (= 4000 n) meets ≥ 3000 n",
            "pass: 3 kn (= 3000 n) meets ≥ 3000 n",
            "fail: 2 kn (= 2000 n) is below the minimum 3000 n by 1000 n (33.33 %)",
            "pass: 4000 n meets ≥ 3000 n",
            "pass: 3000 n meets ≥ 3000 n",
            "fail: 2000 n is below the minimum 3000 n by 1000 n (33.33 %)",
        ]
    );
    // (a limit that is no whole count is refused at it)
    assert_eq!(
        refused(&[
            ("dictionary.toml", dictionary),
            ("nat-9.toml", &standard("\"40.5 t\"", "\"2500 N\"")),
        ]),
        [
            "mine/nat-9.toml:12:7: requirement `NAT-9/load`: 40.5 t is not a whole number; \
             tonnage_rating is an integer",
            "mine/nat-9.toml:21:7: requirement `NAT-9/pull`: 2500 N (= 2.5 kN) is not a whole \
             number; pull_rating is an integer",
        ]
    );
}

/// A standard's `applies` says which items it judges: `when-claimed` only those that claim it
/// (an unclaimed item gets one not-applicable line, and the standard is not listed for it); a
/// wrong word or type is said at its value, in the same run as a requirement's mistake of
/// meaning, which it hides nothing of.
#[test]
fn a_standard_may_judge_only_the_items_that_claim_it() {
    let standard = fuel_standard("flash_point", "min = \"60 °C\"").replace(
        "summary = \"Test fixture.\"",
        "summary = \"Test fixture.\"\napplies = \"when-claimed\"",
    );
    let catalogue = local(&[("nat-9.toml", &standard)]).unwrap();
    let item = |claims: &str| {
        let spec = format!(
            "items:\n  - {{ id: f, name: f, nation: USA, kind: fuel, claims: [{claims}], \
             properties: {{ nato_code: F-34, flash_point: 38 °C }} }}\n"
        );
        let checked = stanag_check::check_texts(&catalogue, &[("f.yaml".to_string(), spec)]);
        assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
        checked.report.items[0].clone()
    };
    // claimed: judged, and failing
    let claimed = item("NAT 9");
    assert_eq!(verdict(&catalogue, "flash_point", "38 °C"), "fail");
    assert!(claimed
        .standards
        .iter()
        .any(|s| &*s.standard == "NAT 9" && s.claimed));
    // unclaimed: not listed, one line saying why
    let unclaimed = item("");
    assert!(!unclaimed.standards.iter().any(|s| &*s.standard == "NAT 9"));
    let lines: Vec<(String, String, String)> = unclaimed
        .results
        .iter()
        .filter(|r| &*r.citation.standard == "NAT 9")
        .map(|r| {
            (
                r.citation.requirement.to_string(),
                r.verdict.name().to_string(),
                r.message.to_string(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [(
            "NAT-9/applies".to_string(),
            "not-applicable".to_string(),
            "not judged: it judges only the items that claim it, and this item does not claim \
             NAT 9 (National fuel test standard); add \"NAT 9\" to its claims to have it judged"
                .to_string()
        )]
    );
    // a wrong word, or a value of another type, is said at it, beside the requirement's mistake
    let broken = standard.replace("flash_point", "flash_pont");
    for (written, said) in [
        (
            "\"when-claimd\"",
            "mine/nat-9.toml:7:11: `applies` is `when-claimd`, which is not one of: always, \
             when-claimed, did you mean `when-claimed`?",
        ),
        (
            "true",
            "mine/nat-9.toml:7:11: `applies` must be \"always\" or \"when-claimed\", not `true`",
        ),
    ] {
        let file = broken.replace("\"when-claimed\"", written);
        assert_eq!(
            refused(&[("nat-9.toml", &file)]),
            [
                said,
                "mine/nat-9.toml:12:12: requirement `NAT-9/limit`: unknown property \
                 `flash_pont`, did you mean `flash_point`?"
            ],
            "{written}"
        );
    }
}

/// A standard may judge some of its kinds only when they claim it (`when_claimed`), and its
/// other kinds always: STANAG 4569 judges a ballistic test always and a vehicle's claimed level
/// only when the vehicle claims it. A kind it does not cover, or the key beside `applies =
/// "when-claimed"`, is a mistake said at the key.
#[test]
fn a_standard_may_judge_some_kinds_only_when_they_claim_it() {
    let standard = fuel_standard("flash_point", "min = \"60 °C\"").replace(
        "kinds = [\"fuel\"]",
        "kinds = [\"fuel\", \"tanker\"]\nwhen_claimed = [\"tanker\"]",
    );
    let catalogue = local(&[("nat-9.toml", &standard)]).unwrap();
    let item = |kind: &str, claims: &str| {
        let spec = format!(
            "items:\n  - {{ id: f, name: f, nation: USA, kind: {kind}, claims: [{claims}], \
             properties: {{ flash_point: 38 °C }} }}\n"
        );
        let checked = stanag_check::check_texts(&catalogue, &[("f.yaml".to_string(), spec)]);
        assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
        checked.report.items[0]
            .results
            .iter()
            .filter(|r| &*r.citation.standard == "NAT 9")
            .map(|r| {
                (
                    r.citation.requirement.to_string(),
                    r.verdict.name().to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    let judged = vec![("NAT-9/limit".to_string(), "fail".to_string())];
    assert_eq!(item("fuel", ""), judged);
    assert_eq!(item("fuel", "NAT 9"), judged);
    assert_eq!(item("tanker", "NAT 9"), judged);
    assert_eq!(
        item("tanker", ""),
        [("NAT-9/applies".to_string(), "not-applicable".to_string())]
    );
    for (key, said) in [
        (
            "when_claimed = [\"vehicle\"]",
            "mine/nat-9.toml:6:17: NAT 9: `when_claimed`: `vehicle` is not a kind the standard \
             covers (fuel, tanker): name it in `kinds` too",
        ),
        (
            "when_claimed = [\"tanker\", \"tanker\"]",
            "mine/nat-9.toml:6:27: NAT 9: `when_claimed`: `tanker` is named twice",
        ),
        (
            "applies = \"when-claimed\"\nwhen_claimed = [\"tanker\"]",
            "mine/nat-9.toml:7:16: NAT 9: `when_claimed` names kinds judged only when they claim \
             it, but `applies = \"when-claimed\"` already judges every kind so: leave one out",
        ),
    ] {
        let file = standard.replace("when_claimed = [\"tanker\"]", key);
        assert_eq!(refused(&[("nat-9.toml", &file)]), [said], "{key}");
    }
}

/// A national pallet standard with one requirement on `property` (`limit` is its limit lines,
/// from line 12), as a tester's restricted copy wrote it.
fn pallet_standard(property: &str, limit: &str) -> String {
    format!(
        r#"id = "NAT-PALLET"
title = "National 463L load limit (restricted)"
status = "promulgated"
domain = "logistics"
kinds = ["pallet"]
summary = "National restricted limit on 463L cargo mass for tactical airlift."

[[requirement]]
id = "NAT-PALLET/cargo-tactical"
statement = "Cargo on a 463L pallet for tactical airlift is at most 4 500 kg."
property = "{property}"
{limit}
severity = "mandatory"
clause = "3.2.1"
source = "national copy (RESTRICTED)"
confidence = "C"
"#
    )
}

/// The verdict of NAT-PALLET/cargo-tactical for a pallet of `cargo_mass`.
fn pallet_verdict(catalogue: &Catalogue, cargo_mass: &str) -> String {
    let spec = format!(
        "[[items]]\nid = \"deu-pal\"\nname = \"Palette\"\nnation = \"DEU\"\nkind = \"pallet\"\n\
         [items.properties]\npallet_type = \"463L HCU-6/E\"\ncargo_mass = \"{cargo_mass}\"\n"
    );
    let checked = stanag_check::check_texts(catalogue, &[("pal.toml".to_string(), spec)]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    let outcome = checked.report.items[0]
        .results
        .iter()
        .find(|o| &*o.citation.requirement == "NAT-PALLET/cargo-tactical")
        .expect("a verdict on NAT-PALLET/cargo-tactical");
    format!("{:?}: {}", outcome.verdict, outcome.message).to_lowercase()
}

/// A figure that reads two ways (`4.500 kg`: 4.5 kg, or 4500 kg as a German sheet groups
/// thousands with a point) was read as 4.5 kg, and every pallet failed by 4495.5 kg: a
/// catalogue has no warnings, so it is a mistake at the figure, naming both readings and what
/// to write; as a spec file's reader finds it (digits, one mark, three digits). Inches and
/// pounds are read with their point as written (the built-in STANAG 2310's `2.800 in`), and a
/// figure that is no thousands grouping (`0.840`, `4.5000 kg`) is read as before.
#[test]
fn a_catalogue_figure_that_reads_two_ways_is_a_mistake_at_its_place() {
    let mistake = |property: &str, limit: &str| {
        refused(&[("nat-pallet.toml", &pallet_standard(property, limit))])
    };
    let at = |place: &str, message: &str| {
        vec![format!(
            "mine/nat-pallet.toml:{place}: requirement `NAT-PALLET/cargo-tactical`: {message}"
        )]
    };
    assert_eq!(
        mistake("cargo_mass", "max = \"4.500 kg\""),
        at(
            "12:7",
            "`4.500 kg` reads as 4.5 kg or as 4500 kg with a thousands point: write `4.5 kg` or \
             `4500 kg`"
        )
    );
    // a comma that may be a decimal comma; a decimal reading with no zero to drop is written
    // with one more (the same threshold), as `1.025 kg` would read two ways again
    assert_eq!(
        mistake("cargo_mass", "max = \"5,460 kg\""),
        at(
            "12:7",
            "`5,460 kg` reads as 5460 kg or as 5.46 kg with a decimal comma: write `5460 kg` or \
             `5.46 kg`"
        )
    );
    assert_eq!(
        mistake("cargo_mass", "min = \"1.025 kg\""),
        at(
            "12:7",
            "`1.025 kg` reads as 1.025 kg or as 1025 kg with a thousands point: write \
             `1.0250 kg` or `1025 kg`"
        )
    );
    // a tolerance, and a condition's figure, alike
    assert_eq!(
        mistake(
            "cargo_mass",
            "nominal = \"4500 kg\"\ntolerance = \"1.500 kg\""
        ),
        at(
            "13:13",
            "`1.500 kg` reads as 1.5 kg or as 1500 kg with a thousands point: write `1.5 kg` or \
             `1500 kg`"
        )
    );
    assert_eq!(
        mistake(
            "cargo_mass",
            "max = \"4500 kg\"\nwhen = { property = \"cargo_mass\", min = \"2.000 kg\" }"
        ),
        at(
            "13:41",
            "when: `2.000 kg` reads as 2 kg or as 2000 kg with a thousands point: write `2 kg` \
             or `2000 kg`"
        )
    );
    // what was meant, written one way, reads; and so do figures no thousands point can be in,
    // and pounds and inches as they are written
    for limit in [
        "max = \"4500 kg\"",
        "max = \"4.5 kg\"",
        "max = \"4.5000 kg\"",
        "max = \"4,500.0 kg\"",
        "max = \"4.500 lb\"",
        "max = \"5,000 lb\"",
        "max = \"0.840 t\"",
    ] {
        assert_eq!(mistake("cargo_mass", limit), ["accepted"], "{limit}");
    }
    for limit in [
        "max = \"0.840\"",
        "max = 0.840",
        "max = 1.0250",
        "max = \"1.0250\"",
    ] {
        let file = fuel_standard("relative_density", limit);
        assert_eq!(refused(&[("nat-9.toml", &file)]), ["accepted"], "{limit}");
    }
    let two_point_eight = pallet_standard("cargo_mass", "max = \"4500 kg\"")
        .replace("kinds = [\"pallet\"]", "kinds = [\"cartridge\"]")
        .replace("cargo_mass", "overall_length")
        .replace("4500 kg", "2.800 in");
    assert_eq!(
        refused(&[("nat-pallet.toml", &two_point_eight)]),
        ["accepted"]
    );
    // the mended file judges the pallet against 4500 kg
    let mended = local(&[(
        "nat-pallet.toml",
        &pallet_standard("cargo_mass", "max = \"4500 kg\""),
    )])
    .expect("the mended file reads");
    assert!(pallet_verdict(&mended, "4000 kg").starts_with("pass"));
    assert_eq!(
        pallet_verdict(&mended, "4536.5 kg"),
        "fail: 4536.5 kg is above the maximum 4500 kg by 36.5 kg (0.81 %)"
    );
}

/// A limit's figure is judged for its spelling beside an unknown property: the decimal comma of
/// `max = "4500,0 kg"` was told only once `cargo_mas` was mended, a run later. Its dimension
/// needs the property, and is judged then.
#[test]
fn a_limits_spelling_is_told_beside_an_unknown_property() {
    let told = |limit: &str| refused(&[("nat-pallet.toml", &pallet_standard("cargo_mas", limit))]);
    let unknown = "mine/nat-pallet.toml:11:12: requirement `NAT-PALLET/cargo-tactical`: unknown \
                   property `cargo_mas`, did you mean `cargo_mass`?";
    let at = |place: &str, message: &str| {
        format!("mine/nat-pallet.toml:{place}: requirement `NAT-PALLET/cargo-tactical`: {message}")
    };
    assert_eq!(
        told("max = \"4500,0 kg\""),
        [
            unknown.to_string(),
            at(
                "12:7",
                "`4500,0 kg` writes a decimal comma: write 4500.0 kg"
            )
        ]
    );
    assert_eq!(
        told("min = \"4.500 kg\"\nmax = \"45 kgg\""),
        [
            unknown.to_string(),
            at(
                "12:7",
                "`4.500 kg` reads as 4.5 kg or as 4500 kg with a thousands point: write `4.5 kg` \
                 or `4500 kg`"
            ),
            at("13:7", "unknown unit `kgg`, did you mean `kg`?"),
        ]
    );
    assert_eq!(
        told("nominal = \"430 MPA\"\ntolerance = \"10 to 20 MPa\""),
        [
            unknown.to_string(),
            at(
                "12:11",
                "`MPA` in capitals may be milli or mega, megapascals (`MPa`) or millipascals, 10⁹ \
                 apart, and a catalogue's unit is not guessed; write `MPa`"
            ),
            at(
                "13:13",
                "`10 to 20 MPa` is a range: a limit is one figure; write its ends as \
                 `min` and `max`, each one figure with its unit"
            ),
        ]
    );
    // a figure spelt well is left to its property: its dimension is judged once it is known
    assert_eq!(told("max = \"4500 V\""), [unknown.to_string()]);
}

/// A condition's figure that reads two ways (`min = "2.000 kg"`) is told beside an unknown
/// property the condition names, as a limit's is beside the requirement's (it was told only once
/// the property was mended, a run later), in `when`, `unless` and a selector alike; and a local
/// dictionary's nominal figure that reads two ways (`28.000 V`) is a mistake at its key, as a
/// limit's is (it was read silently as 28 V).
#[test]
fn a_conditions_and_a_nominals_figure_that_reads_two_ways_are_mistakes() {
    let at = |place: &str, message: &str| {
        format!("mine/nat-pallet.toml:{place}: requirement `NAT-PALLET/cargo-tactical`: {message}")
    };
    let two_ways =
        "`2.000 kg` reads as 2 kg or as 2000 kg with a thousands point: write `2 kg` or \
                    `2000 kg`";
    for key in ["when", "unless"] {
        let file = pallet_standard(
            "cargo_mass",
            &format!("max = \"4500 kg\"\n{key} = {{ property = \"load_mas\", min = \"2.000 kg\", max = \"9,5 kg\" }}"),
        );
        let col = if key == "when" { 21 } else { 23 };
        assert_eq!(
            refused(&[("nat-pallet.toml", &file)]),
            [
                at(
                    &format!("13:{col}"),
                    &format!("{key}: unknown property `load_mas`, did you mean `cargo_mass`?")
                ),
                at(&format!("13:{}", col + 18), &format!("{key}: {two_ways}")),
                at(
                    &format!("13:{}", col + 36),
                    &format!("{key}: `9,5 kg` writes a decimal comma: write 9.5 kg")
                ),
            ],
            "{key}"
        );
    }
    // a standard's selector
    let selected = pallet_standard("cargo_mass", "max = \"4500 kg\"").replace(
        "kinds = [\"pallet\"]\n",
        "kinds = [\"pallet\"]\nselector = { property = \"load_mas\", min = \"2.000 kg\" }\n",
    );
    let told = refused(&[("nat-pallet.toml", &selected)]);
    assert_eq!(told.len(), 2, "{told:?}");
    assert!(
        told[0].starts_with(
            "mine/nat-pallet.toml:6:25: NAT-PALLET: selector: unknown property `load_mas`"
        ),
        "{told:?}"
    );
    assert_eq!(
        told[1],
        format!("mine/nat-pallet.toml:6:43: NAT-PALLET: selector: {two_ways}")
    );
    // a nominal figure
    let dictionary = r#"[property.bus_voltage]
description = "b"
type = "voltage"
unit = "V"
current = "dc"

[[property.bus_voltage.nominal]]
stated = "28.000 V"
nominal = "24 V"
reading = "a 28 V bus: the 24 V nominal system"
source = "test fixture"
confidence = "W"
"#;
    assert_eq!(
        refused(&[("dictionary.toml", dictionary)]),
        ["mine/dictionary.toml:8:10: property `bus_voltage`: nominal `stated`: `28.000 V` reads \
          as 28 V or as 28000 V with a thousands point: write `28 V` or `28000 V`"]
    );
    assert!(local(&[("dictionary.toml", &dictionary.replace("28.000 V", "28 V"))]).is_ok());
}

/// A bare TOML float that reads two ways (`max = 4.500`: 4.5, or 4500 with a thousands point)
/// was read silently as 4.5: TOML keeps no spelling in the float, but its place is known, and
/// its spelling there is told as a quoted figure's is, at the figure, in a limit, a `one_of` and
/// a condition alike; a float that reads one way (`0.840`, `1.0250`, `4.5`) is read as before.
#[test]
fn a_bare_float_that_reads_two_ways_is_a_mistake_at_its_place() {
    let told = |body: &str| refused(&[("nat-9.toml", &fuel_standard("relative_density", body))]);
    let at = |place: &str, message: &str| {
        vec![format!(
            "mine/nat-9.toml:{place}: requirement `NAT-9/limit`: {message}"
        )]
    };
    assert_eq!(
        told("max = 1.025"),
        at(
            "12:7",
            "`1.025` reads as 1.025 or as 1025 with a thousands point: write `1.0250` or `1025`"
        )
    );
    assert_eq!(
        told("min = 0.800\nmax = 4.500"),
        at(
            "13:7",
            "`4.500` reads as 4.5 or as 4500 with a thousands point: write `4.5` or `4500`"
        )
    );
    assert_eq!(
        told("one_of = [0.8, 1.025]"),
        at(
            "12:16",
            "`1.025` reads as 1.025 or as 1025 with a thousands point: write `1.0250` or `1025`"
        )
    );
    assert_eq!(
        told("max = 0.9\nwhen = { property = \"relative_density\", min = 1.775 }"),
        at(
            "13:47",
            "when: `1.775` reads as 1.775 or as 1775 with a thousands point: write `1.7750` or \
             `1775`"
        )
    );
    for body in [
        "max = 4.5",
        "max = 0.840",
        "max = 1.0250",
        "max = 1025",
        "max = 1.025e0",
    ] {
        assert_eq!(told(body), ["accepted"], "{body}");
    }
}

/// A national mandatory limit a 463L pallet fails beside the built-in recommended one (and, at
/// 4.6 t, the built-in mandatory 10000 lb): the recommended failure was listed first and was the
/// only failure the item's notices named, as if it made the item non-compliant. A mandatory
/// failure is listed before any recommended one, and told before it among the notices; an item
/// no mandatory requirement fails is told only its recommended failure.
#[test]
fn a_mandatory_failure_is_listed_and_told_before_a_recommended_one() {
    let standard = r#"id = "NAT-PALLET"
title = "National 463L load limit"
status = "promulgated"
domain = "logistics"
kinds = ["pallet"]
summary = "Test fixture."

[[requirement]]
id = "NAT-PALLET/cargo-tactical"
statement = "Cargo on a 463L pallet for tactical airlift is at most 4000 kg."
property = "cargo_mass"
max = "4000 kg"
severity = "mandatory"
clause = "3.2.1"
source = "test fixture"
confidence = "C"
"#;
    let catalogue = local(&[("nat-pallet.toml", standard)]).expect("a valid local standard");
    let pallet = |id: &str, mass: &str| {
        format!(
            "  - {{ id: {id}, name: p, nation: NLD, kind: pallet, claims: [463L], properties: \
             {{ pallet_type: 463L HCU-6/E, cargo_mass: {mass}, cargo_height: 2.40 m }} }}\n"
        )
    };
    let spec = format!(
        "items:\n{}{}{}",
        pallet("a", "4.5 t"),
        pallet("b", "4.6 t"),
        pallet("c", "4.0 t")
    );
    let checked = stanag_check::check_texts(&catalogue, &[("p.yaml".to_string(), spec)]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    let notices = |id: &str| {
        checked
            .report
            .items
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.notices.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        notices("a"),
        [
            "mandatory NAT-PALLET/cargo-tactical fails, which makes the item non-compliant: \
             4.5 t (= 4500 kg) is above the maximum 4000 kg by 500 kg (12.5 %)",
            "recommended 463L/cargo-recommended fails: 4.5 t (= 9921 lb) is above the maximum \
             7500 lb by 2421 lb (32.28 %)",
            "claims 463L but is incomplete against it",
        ]
    );
    assert_eq!(
        notices("b"),
        [
            "mandatory 463L/cargo-max fails, which makes the item non-compliant (as does 1 more \
             mandatory requirement below): 4.6 t (= 10141 lb) is above the maximum 10000 lb by \
             141 lb (1.41 %)",
            "recommended 463L/cargo-recommended fails: 4.6 t (= 10141 lb) is above the maximum \
             7500 lb by 2641 lb (35.22 %)",
            "claims 463L but is non-compliant against it",
        ]
    );
    // (4000 kg meets the national limit: only the recommended failure is told)
    assert_eq!(
        notices("c"),
        [
            "recommended 463L/cargo-recommended fails: 4.0 t (= 8818 lb) is above the maximum \
             7500 lb by 1318 lb (17.58 %)",
            "claims 463L but is incomplete against it",
        ]
    );
    // the text report (and the page's card, by the same order) lists the mandatory failures
    // first, in the report's order
    let text = checked.report.to_text();
    let failed = |id: &str| -> Vec<String> {
        text.split("\n\n")
            .find(|card| card.lines().any(|l| l.contains(&format!(" {id} (p, NLD"))))
            .map(|card| {
                card.lines()
                    .filter_map(|l| l.strip_prefix("  fail"))
                    .filter_map(|l| l.split_whitespace().next())
                    .map(|r| r.trim_end_matches(':').to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(
        failed("a"),
        ["NAT-PALLET/cargo-tactical", "463L/cargo-recommended"]
    );
    assert_eq!(
        failed("b"),
        [
            "463L/cargo-max",
            "NAT-PALLET/cargo-tactical",
            "463L/cargo-recommended"
        ]
    );
    assert_eq!(failed("c"), ["463L/cargo-recommended"]);
}

/// A verdict's `by` on a figure read as its nominal computes with the nominal (`28 V DC` as
/// 24 V against `≤ 20 V` is over by 4 V, not 8 V): the figure is told as read, naming the
/// nominal it was compared as.
#[test]
fn a_figure_read_as_its_nominal_is_told_as_compared_in_a_verdict() {
    let standard = r#"id = "NAT 8"
title = "National low-voltage vehicle"
status = "promulgated"
domain = "vehicle electrical interfaces"
kinds = ["vehicle"]
summary = "Test fixture."

[[requirement]]
id = "NAT-8/system-voltage"
statement = "The vehicle electrical system is at most 20 V."
property = "system_voltage"
max = "20 V"
severity = "mandatory"
source = "test fixture"
confidence = "C"
"#;
    let catalogue = local(&[("nat-8.toml", standard)]).expect("a valid local standard");
    let spec = "items:\n  - { id: v, name: v, nation: USA, kind: vehicle, claims: [NAT 8], \
                properties: { system_voltage: 28 V DC } }\n";
    let checked = stanag_check::check_texts(&catalogue, &[("v.yaml".to_string(), spec.into())]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    let outcome = checked.report.items[0]
        .results
        .iter()
        .find(|o| &*o.citation.requirement == "NAT-8/system-voltage")
        .expect("a verdict on NAT-8/system-voltage");
    assert_eq!(
        &*outcome.message,
        "28 V DC (read as 24 V, a MIL-STD-1275 bus: the 24 V nominal battery system) is above \
         the maximum 20 V by 4 V (20 %)"
    );
}

/// An own catalogue file is read as its table's JSON, as the built-in files are: what TOML holds
/// that JSON does not (a date, a NaN or an infinity, an integer toml cannot convert) is read as
/// before, and a wrong key or value deep in an entry is still placed at its line:col in the file.
#[test]
fn what_json_cannot_hold_is_read_and_placed_as_toml_wrote_it() {
    let base = std::fs::read_to_string("tests/local/nat-1.toml").unwrap();
    let second =
        "\n[[requirement]]\nid = \"NAT-1/flash\"\nstatement = \"Flash point at least 38 °C.\"\n\
                  property = \"flash_point\"\nmin = \"38 °C\"\nseverity = \"mandatory\"\n\
                  source = \"test fixture\"\nconfidence = \"C\"\n";
    let with = |from: &str, to: &str| base.replacen(from, to, 1);
    let max = |to: &str| with("max = \"0.830\"", to);
    let case = |text: &str| refused(&[("nat-1.toml", text)]);
    let not_finite = |shown: &str| {
        vec![format!(
            "mine/nat-1.toml:12:7: requirement `NAT-1/density`: `{shown}` is not a finite number: \
             NaN and infinities are not measurements"
        )]
    };
    // a TOML integer or float where a figure is written: read as written
    assert_eq!(case(&max("max = 0.830")), ["accepted"]);
    assert_eq!(case(&max("max = 1")), ["accepted"]);
    // a whole number toml cannot hold is told what to write, not in toml's or serde's words
    // (`invalid type: integer … as i128, expected any valid TOML value`, `integer number
    // overflowed`)
    for (written, shown) in [
        ("99999999999999999999999", "99999999999999999999999"),
        ("1_0@", "1_0@"),
    ] {
        assert_eq!(
            case(&max(&format!("max = {written}"))),
            [format!(
                "mine/nat-1.toml:12:7: `{shown}` reads as a whole number too large to hold: \
                 write a figure in quotes, with its unit, as limits are written (`max = \"0.830\"`, \
                 `min = \"50 kg\"`)"
            )]
        );
    }
    // (JSON has no NaN nor infinity: they are not read as no limit)
    assert_eq!(case(&max("max = nan")), not_finite("NaN"));
    assert_eq!(case(&max("max = -inf")), not_finite("-inf"));
    // a date where text is wanted, in the file's own keys and deep in an entry
    assert_eq!(
        case(&with(
            "domain = \"fuels\"",
            "domain = \"fuels\"\nedition = 2019-03-01"
        )),
        ["mine/nat-1.toml:5:11: `edition` must be text in quotes, not `2019-03-01` (a date)"]
    );
    let when = |written: &str| max(&format!("max = \"0.830\"\nwhen = {written}"));
    assert_eq!(
        case(&when("{ property = 2019-03-01T10:00:00Z, equals = \"F-34\" }")),
        ["mine/nat-1.toml:13:21: requirement `NAT-1/density`: `property` must be text in quotes, \
          not `2019-03-01T10:00:00Z` (a date and time)"]
    );
    // a wrong type, an unknown key and a missing one in an inline table; a list for a table
    assert_eq!(
        case(&when("{ property = 1, equals = \"F-34\" }")),
        ["mine/nat-1.toml:13:21: requirement `NAT-1/density`: `property` must be text in quotes, not `1`"]
    );
    assert_eq!(
        case(&when(
            "{ property = \"nato_code\", equals = \"F-34\", bogus = 1 }"
        )),
        [
            "mine/nat-1.toml:13:51: requirement `NAT-1/density`: `bogus` is no key here (the keys \
          here: property, equals, one_of, min, max, present)"
        ]
    );
    assert_eq!(
        case(&when("{ equals = \"F-34\" }")),
        ["mine/nat-1.toml:13:8: requirement `NAT-1/density`: `property` is missing in `when`"]
    );
    assert_eq!(
        case(&when("[\"nato_code\", \"F-34\"]")),
        ["mine/nat-1.toml:13:8: requirement `NAT-1/density`: `when` must be a table, not a list"]
    );
    // (places are of characters, not bytes, after text that is not ASCII)
    let title = with(
        "title = \"A nation's own fuel rule\"",
        "title = \"Règle — carburant é\"",
    );
    assert_eq!(
        case(&title.replacen("status = \"promulgated\"", "status = 1", 1)),
        [
            "mine/nat-1.toml:3:10: `status` must be one of \"study\", \"ratification-draft\", \
          \"promulgated\", \"superseded\" or \"cancelled\", not `1`"
        ]
    );
    // an integer toml cannot convert is said when a mistake of meaning is not read before it
    let bad = "confidence = 1_0@\"";
    let later = format!(
        "{}{}",
        with("severity = \"mandatory\"", "severity = \"sometimes\""),
        second.replace("confidence = \"C\"", bad)
    );
    assert_eq!(
        case(&later),
        ["mine/nat-1.toml:13:12: unknown variant `sometimes`, expected `mandatory` or `recommended`"]
    );
    let first = format!(
        "{}{}",
        with("confidence = \"C\"", bad),
        second.replace("severity = \"mandatory\"", "severity = \"sometimes\"")
    );
    assert_eq!(
        case(&first),
        ["mine/nat-1.toml:15:14: `1_0@\"` reads as a whole number too large to hold: write a figure in \
             quotes, with its unit, as limits are written (`max = \"0.830\"`, `min = \"50 kg\"`)"]
    );
    let same = with("confidence = \"C\"", bad).replacen(
        "statement = \"Relative density at most 0.830.\"\n",
        "",
        1,
    );
    assert_eq!(
        case(&same),
        ["mine/nat-1.toml:14:14: `1_0@\"` reads as a whole number too large to hold: write a figure in \
             quotes, with its unit, as limits are written (`max = \"0.830\"`, `min = \"50 kg\"`)"]
    );
}

/// The catalogue's pair tests have no "at least": a weapon's minimum is an `at-most` rule with the
/// weapon on its `a` side. There, as of a maximum on the `b` side, a figure that is the other
/// unit system's rounding of the other item's (`71.10 mm` of `2.800 in`, 71.12 mm; `71.20 mm` of
/// `2.802 in`, 71.17 mm) is a warning, the pair usable together, whichever of the two figures is
/// the rounding; and as narrowly: two figures in one unit, or apart by more than the rounding's
/// half-step (`2.798 in` is 71.07 mm, which rounds to 71.1 mm, not 71.2 mm), still fail.
#[test]
fn a_weapon_minimum_that_is_the_rounding_of_the_rounds_figure_is_a_warning() {
    let dictionary = "[property.min_cartridge_length]\n\
        description = \"Shortest cartridge overall length the weapon feeds (a test fixture).\"\n\
        type = \"length\"\nunit = \"mm\"\n";
    let rule = "a_property = \"min_cartridge_length\"\nb_property = \"overall_length\"\n\
        test = \"at-most\"";
    let catalogue = local(&[
        ("dictionary.toml", dictionary),
        ("pairs-mine.toml", &pair_rule("NAT/min-length", rule)),
    ])
    .expect("catalogue");
    let weapon = |id: &str, min: &str| {
        format!(
            "  - {{ id: {id}, name: {id}, nation: DEU, kind: weapon, properties: {{ cartridge: \
             7.62x51mm NATO, min_cartridge_length: {min} }} }}\n"
        )
    };
    let round = |id: &str, length: &str| {
        format!(
            "  - {{ id: {id}, name: {id}, nation: DEU, kind: cartridge, properties: {{ \
             cartridge: 7.62x51mm NATO, overall_length: {length} }} }}\n"
        )
    };
    let spec = format!(
        "items:\n{}{}{}{}{}{}",
        weapon("w-mm", "71.20 mm"),
        weapon("w-in", "2.800 in"),
        round("r-in", "2.802 in"),
        round("r-mm", "71.10 mm"),
        round("short-in", "2.798 in"),
        round("short-mm", "71.17 mm"),
    );
    let checked = stanag_check::check_texts(&catalogue, &[("p.yaml".to_string(), spec)]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    let said = |w: &str, r: &str| {
        let pair = checked
            .report
            .pairs
            .iter()
            .find(|p| p.a == w && p.b == r)
            .expect("a pair");
        let reason = pair
            .reasons
            .iter()
            .find(|x| &*x.rule == "NAT/min-length")
            .expect("the rule's reason");
        (pair.level, reason.verdict, reason.message.clone())
    };
    use stanag_check::pair::{Level, RuleVerdict};
    let (warning, fail) = (
        (Level::Compatible, RuleVerdict::Warning),
        (Level::Incompatible, RuleVerdict::Fail),
    );
    for (w, r, judged, message) in [
        // the weapon's minimum is the rounding of the round's figure
        (
            "w-mm",
            "r-in",
            warning,
            "w-mm min_cartridge_length 71.20 mm (= 2.8031 in) exceeds r-in overall_length 2.802 \
             in by 0.0011 in, but 2.802 in is 71.17 mm, which rounds to 71.2 mm: w-mm's 71.20 mm \
             may be that rounding of the same nominal; check the weapon's drawing",
        ),
        // the round's figure is the rounding of the weapon's minimum
        (
            "w-in",
            "r-mm",
            warning,
            "w-in min_cartridge_length 2.800 in (= 71.12 mm) exceeds r-mm overall_length 71.10 \
             mm by 0.02 mm, but 2.800 in is 71.12 mm, which rounds to 71.1 mm: r-mm's 71.10 mm \
             may be that rounding of the same nominal; check the cartridge's drawing",
        ),
        // beyond the rounding's half-step, and in one unit: failures
        (
            "w-mm",
            "short-in",
            fail,
            "w-mm min_cartridge_length 71.20 mm (= 2.8031 in) exceeds short-in overall_length \
             2.798 in by 0.0051 in",
        ),
        (
            "w-mm",
            "short-mm",
            fail,
            "w-mm min_cartridge_length 71.20 mm exceeds short-mm overall_length 71.17 mm by 0.03 \
             mm",
        ),
    ] {
        assert_eq!(
            said(w, r),
            (judged.0, judged.1, message.to_string()),
            "{w} and {r}"
        );
    }
}

/// A replacement file's id is matched to the built-in standard however it is cased
/// (`Stanag 2310`), but its requirement ids had to start with the file's spelling
/// (`Stanag-2310/`): the built-in spelling (`STANAG-2310/…`) was refused, and once renamed, the
/// note asked to write the id `STANAG 2310`, which would refuse them again. Requirement ids are
/// now read in the same folding as the standard's id, and the note asks for one spelling of
/// both: the built-in one's. (tests/local-spelling/stanag2310.toml is the tester's file.)
#[test]
fn a_replacements_requirement_ids_are_read_however_its_id_is_cased() {
    let file = std::fs::read_to_string("tests/local-spelling/stanag2310.toml").unwrap();
    let builtin = Catalogue::builtin().unwrap();
    let left_out: Vec<&str> = builtin
        .standard("STANAG 2310")
        .unwrap()
        .requirements
        .iter()
        .map(|r| r.id())
        .filter(|id| *id != "STANAG-2310/pressure-epvat")
        .collect();
    let note = |spelling: &str| {
        let head = "mine/stanag2310.toml replaces the built-in STANAG 2310 as a whole: ";
        let left = format!(
            "{} of its requirements are not in the file and are not checked ({}); copy them into \
             the file to keep them",
            left_out.len(),
            left_out.join(", ")
        );
        match spelling {
            "" => format!("{head}{left}"),
            said => format!("{head}{said}; and {left}"),
        }
    };
    let notes = |id: &str, requirement: &str| {
        let text = file
            .replace("id = \"Stanag 2310\"", &format!("id = \"{id}\""))
            .replace("Stanag-2310/pressure-epvat", requirement);
        match local(&[("stanag2310.toml", &text)]) {
            Ok(catalogue) => catalogue.replacement_notes(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    };
    // as the tester wrote it: both are said, with the built-in spelling of both
    assert_eq!(
        notes("Stanag 2310", "Stanag-2310/pressure-epvat"),
        [note(
            "its id is written `Stanag 2310` and its requirement ids `Stanag-2310/…`, the \
             built-in one's `STANAG 2310` and `STANAG-2310/…`: write them so to show which \
             standard it replaces"
        )]
    );
    // the built-in requirement ids under the file's id were refused: they are its own
    assert_eq!(
        notes("Stanag 2310", "STANAG-2310/pressure-epvat"),
        [note(
            "its id is written `Stanag 2310`, the built-in one's `STANAG 2310`: write it so to \
             show which standard it replaces"
        )]
    );
    // and the note's advice followed for the id alone was refused: the ids are said
    assert_eq!(
        notes("STANAG 2310", "Stanag-2310/pressure-epvat"),
        [note(
            "its requirement ids are written `Stanag-2310/…`, the built-in one's \
             `STANAG-2310/…`: write them so to show which standard they are of"
        )]
    );
    // followed for both, nothing is said of the spelling
    assert_eq!(
        notes("STANAG 2310", "STANAG-2310/pressure-epvat"),
        [note("")]
    );
    assert_eq!(
        notes("STANAG2310", "stanag2310/pressure-epvat"),
        [note(
            "its id is written `STANAG2310` and its requirement ids `stanag2310/…`, the \
             built-in one's `STANAG 2310` and `STANAG-2310/…`: write them so to show which \
             standard it replaces"
        )]
    );
    // another standard's id is still refused, with the file's spelling
    assert_eq!(
        notes("Stanag 2310", "NAT-2310/pressure-epvat"),
        [
            "mine/stanag2310.toml:13:6: requirement `NAT-2310/pressure-epvat`: its id must start \
          with `Stanag-2310/`"
        ]
    );
    // and one requirement written in both spellings is one requirement twice
    let twice = file.replace(
        "[[requirement]]",
        "[[requirement]]\nid = \"STANAG-2310/pressure-epvat\"\nstatement = \"s\"\nproperty = \
         \"chamber_pressure\"\nmethod = \"EPVAT\"\nmax = \"4100 bar\"\nseverity = \
         \"mandatory\"\nsource = \"test fixture\"\nconfidence = \"C\"\n\n[[requirement]]",
    );
    assert_eq!(
        refused(&[("stanag2310.toml", &twice)]),
        ["mine/stanag2310.toml:23:6: requirement id `Stanag-2310/pressure-epvat` is used twice in \
          `Stanag 2310` (first at line 13, as `STANAG-2310/pressure-epvat`)"]
    );
    // a file without an id whose requirement ids start in two such spellings is of that standard
    let no_id = twice.replace("id = \"Stanag 2310\"\n", "").replace(
        "Stanag-2310/pressure-epvat",
        "Stanag-2310/pressure-epvat-national",
    );
    assert_eq!(
        refused(&[("mine.toml", &no_id)])[0],
        "mine/mine.toml:1:1: `id` is missing: every standard needs one (its requirements' ids are \
         those of `STANAG 2310`, as which they are judged: write `id = \"STANAG 2310\"`)"
    );
}

/// The tester's directorate file (tests/local-kinds/): a standard of aircraft, stores and UAS air
/// vehicles asked `refuel_pressure`, which its dictionary keeps to aircraft, of every item with a
/// 28 V DC bus, so a UAV with one came out incomplete, "missing DIR-AIR-101/refuel-pressure",
/// though no UAV can state it. A `when` on a property every kind has restricts nothing: refused
/// at the condition, saying what to write; kept to aircraft, it loads and asks only them.
#[test]
fn a_condition_every_kind_meets_does_not_keep_a_requirement_to_its_propertys_kinds() {
    let read = |name: &str| std::fs::read_to_string(format!("tests/local-kinds/{name}")).unwrap();
    let dictionary = read("dictionary.toml");
    let standard = read("dir-air-101.toml");
    let said = |property: &str, only: &str, when: &str, others: &str| {
        format!(
            "requirement `DIR-AIR-101/{}`: `{property}` is stated by items of kind {only} only, \
             but its `when` on `{when}`, a property of every kind, picks the standard's items of \
             kind {others} as well, each of which would be told it does not state `{property}`: \
             ask it of {only} only (`kinds = [\"{only}\"]`), make the condition one on a \
             property of {only}, put the requirement in a standard \
             whose `kinds` are {only}, or list those kinds for the property in dictionary.toml",
            property.replace('_', "-"),
        )
    };
    assert_eq!(
        refused(&[
            ("dictionary.toml", &dictionary),
            ("dir-air-101.toml", &standard)
        ]),
        [
            in_file(
                "mine/dir-air-101.toml",
                &format!(
                    "18:21: {}",
                    said(
                        "refuel_pressure",
                        "aircraft",
                        "dc_voltage",
                        "store and uas-air-vehicle"
                    )
                )
            ),
            in_file(
                "mine/dir-air-101.toml",
                &format!(
                    "29:21: {}",
                    said(
                        "stall_speed",
                        "uas-air-vehicle",
                        "airframe",
                        "aircraft and store"
                    )
                )
            ),
        ]
    );
    // the refuel requirement in a standard of aircraft: it loads, and asks an aircraft with a
    // 28 V bus for the pressure, not the tester's UAV
    let first = standard
        .split("\n[[requirement]]")
        .take(2)
        .collect::<Vec<_>>()
        .join("\n[[requirement]]")
        .replace(
            "kinds = [\"aircraft\", \"store\", \"uas-air-vehicle\"]",
            "kinds = [\"aircraft\"]",
        );
    let catalogue = local(&[
        ("dictionary.toml", &dictionary),
        ("dir-air-101.toml", &first),
    ])
    .unwrap();
    // (unclaimed: a claim of a standard of another kind fails, and lists what it asks)
    let uav = read("uav28.yaml").replace("    claims: [\"DIR-AIR 101\"]\n", "");
    assert!(!uav.contains("claims"));
    let aircraft = uav
        .replace("kind: uas-air-vehicle", "kind: aircraft")
        .replace("uav-28v", "ac-28v");
    let checked = stanag_check::check_texts(
        &catalogue,
        &[("uav28.yaml".into(), uav), ("ac28.yaml".into(), aircraft)],
    );
    let asked: Vec<(&str, Vec<String>)> = checked
        .report
        .items
        .iter()
        .map(|item| {
            let results = item
                .results
                .iter()
                .filter(|o| o.citation.requirement.starts_with("DIR-AIR-101/"))
                .map(|o| format!("{} {:?}", o.citation.requirement, o.verdict))
                .collect();
            (item.id.as_str(), results)
        })
        .collect();
    assert_eq!(
        asked,
        [
            ("uav-28v", vec![]),
            (
                "ac-28v",
                vec!["DIR-AIR-101/refuel-pressure Missing".to_string()]
            ),
        ]
    );
}

/// A local standard on the rating of a ground power unit (`body` is its limit lines), for the
/// tester's property `gpu_rated_power` (tests/local-kva/dictionary.toml: a number counted in kVA).
fn gpu_standard(body: &str) -> String {
    format!(
        r#"id = "NAT GPU"
title = "National ground power unit rating"
status = "promulgated"
domain = "air interfaces"
kinds = ["ground-power-unit"]
summary = "Test fixture."

[[requirement]]
id = "NAT-GPU/rating"
statement = "A ground power unit is rated at 90 kVA at least."
property = "gpu_rated_power"
{body}
severity = "mandatory"
source = "test fixture"
confidence = "C"
"#
    )
}

/// The tester's GPU rating in kVA could not be written: no unit was a power, and a number
/// counted in `kVA` was refused, "did you mean `kPa`?", a pressure. Power (W, kW, MW) and
/// apparent power (VA, kVA, MVA) are dimensions now, converted exactly, each of its own: a
/// GPU's kVA is no kW. A number's unknown unit is offered no spelling of another quantity.
#[test]
fn power_and_apparent_power_are_read_exactly_and_kept_apart() {
    let dictionary = std::fs::read_to_string("tests/local-kva/dictionary.toml").unwrap();
    let catalogue = local(&[
        ("dictionary.toml", &dictionary),
        ("nat-gpu.toml", &gpu_standard("min = \"90 kVA\"")),
    ])
    .unwrap();
    let gpu = |id: &str, rating: &str| {
        format!(
            "  - id: {id}\n    name: {id}\n    nation: FRA\n    kind: ground-power-unit\n    \
             properties:\n      gpu_rated_power: {rating}\n"
        )
    };
    let spec = format!(
        "items:\n{}{}{}",
        gpu("va", "\"90000 VA\""),
        gpu("low", "\"0.06 MVA\""),
        gpu("bare", "90")
    );
    let checked = stanag_check::check_texts(&catalogue, &[("g.yaml".into(), spec)]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    let said: Vec<String> = checked
        .report
        .items
        .iter()
        .flat_map(|item| item.results.iter())
        .filter(|o| &*o.citation.requirement == "NAT-GPU/rating")
        .map(|o| format!("{:?}: {}", o.verdict, o.message))
        .collect();
    assert_eq!(
        said,
        [
            "Pass: 90000 VA (= 90 kVA) meets ≥ 90 kVA",
            "Fail: 0.06 MVA (= 60 kVA) is below the minimum 90 kVA by 30 kVA (33.33 %)",
            "Pass: 90 meets ≥ 90 kVA",
        ]
    );
    // a power in watts is no apparent power
    let spec = format!("items:\n{}", gpu("kw", "\"90 kW\""));
    let checked = stanag_check::check_texts(&catalogue, &[("g.yaml".into(), spec)]);
    let told: Vec<String> = checked
        .rejected
        .iter()
        .flat_map(|(_, r)| r.errors.iter().map(ToString::to_string))
        .collect();
    assert_eq!(
        told,
        ["g.yaml:7:24: item `kw`, property `gpu_rated_power`: 90 kW is a power; gpu_rated_power \
          is an apparent-power"]
    );
    // nor a limit in volt-amperes one on a power, which a local dictionary may now declare
    let power = dictionary
        .replace("type = \"number\"", "type = \"power\"")
        .replace("unit = \"kVA\"", "unit = \"kW\"");
    assert_eq!(
        refused(&[
            ("dictionary.toml", &power),
            ("nat-gpu.toml", &gpu_standard("min = \"90 kW\""))
        ]),
        ["accepted"]
    );
    let messages = refused(&[
        ("dictionary.toml", &power),
        ("nat-gpu.toml", &gpu_standard("min = \"90 kVA\"")),
    ]);
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].starts_with("mine/nat-gpu.toml:12:7: requirement `NAT-GPU/rating`: 90 kVA is"),
        "{messages:?}"
    );
    // a number's unit that is no unit is offered no near spelling (`kVAr` is no `kVA`)
    let kvar = dictionary.replace("unit = \"kVA\"", "unit = \"kVAr\"");
    assert_eq!(
        refused(&[("dictionary.toml", &kvar)]),
        ["mine/dictionary.toml:4:8: property `gpu_rated_power`: unknown unit `kVAr`: a number may \
          be counted in any unit the tool reads (`Bd`, `kVA`), and no near spelling is offered \
          for one, as it may be of another quantity"]
    );
}

/// A table rule's case may give a combination the level `unknown`, with its reason: a pair of
/// those values is unknown, saying it (where no public source gives the fit), where an unlisted
/// combination is incompatible; of a list, a listed fit decides before an unknown one, and that
/// before a misfit. `warning` is for a compatible case: on an unknown or an incompatible one it
/// is refused, at it.
#[test]
fn a_table_case_may_leave_a_combination_unknown_with_its_reason() {
    let rule = format!(
        "{}\n[[rule.case]]\na = \"5.56x45mm NATO\"\nb = \"5.56x45mm NATO\"\nlevel = \"compatible\"\n\
         reason = \"one round\"\n\n[[rule.case]]\na = \"5.56x45mm NATO\"\nb = \".223 Remington\"\n\
         level = \"unknown\"\nreason = \"no public source gives this fit; check the drawings\"\n",
        pair_rule(
            "NAT/table",
            "a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"table\""
        )
    );
    let catalogue = local(&[("pairs-mine.toml", &rule)]).expect("catalogue");
    let spec = "items:\n\
        - { id: w, name: w, nation: USA, kind: weapon, properties: { cartridge: 5.56x45mm NATO } }\n\
        - { id: r223, name: r, nation: USA, kind: cartridge, properties: { cartridge: .223 Remington } }\n\
        - { id: r762, name: r, nation: USA, kind: cartridge, properties: { cartridge: 7.62x51mm NATO } }\n\
        - { id: r556, name: r, nation: USA, kind: cartridge, properties: { cartridge: 5.56x45mm NATO } }\n";
    let says = rule_says(&catalogue, spec, "NAT/table");
    let said = |other: &str| says("w", other);
    assert_eq!(
        said("r223"),
        (
            "Unknown".to_string(),
            "no public source gives this fit; check the drawings".to_string()
        )
    );
    assert_eq!(said("r556"), ("Pass".to_string(), "one round".to_string()));
    assert_eq!(said("r762").0, "Fail");
    // a list's values: a fit listed before an unknown one, and that before a misfit, whatever
    // their order in the list
    let fuels = pair_rule(
        "NAT/fuels",
        "a_property = \"accepted_fuels\"\nb_property = \"nato_code\"\ntest = \"table\"",
    )
    .replace(
        "a = \"weapon\"\nb = \"cartridge\"",
        "a = \"vehicle\"\nb = \"fuel\"",
    );
    let fuels = [("F-34", "incompatible"), ("F-35", "unknown"), ("F-76", "compatible")]
        .iter()
        .fold(fuels, |text, (a, level)| {
            format!("{text}\n[[rule.case]]\na = \"{a}\"\nb = \"F-54\"\nlevel = \"{level}\"\nreason = \"{a} {level}\"\n")
        });
    let catalogue = local(&[("pairs-mine.toml", &fuels)]).expect("catalogue");
    let spec = "items:\n\
        - { id: v1, name: v, nation: USA, kind: vehicle, properties: { accepted_fuels: [F-34, F-35] } }\n\
        - { id: v2, name: v, nation: USA, kind: vehicle, properties: { accepted_fuels: [F-34, F-35, F-76] } }\n\
        - { id: f, name: f, nation: USA, kind: fuel, properties: { nato_code: F-54 } }\n";
    let says = rule_says(&catalogue, spec, "NAT/fuels");
    let told = |vehicle: &str| says(vehicle, "f");
    assert_eq!(
        told("v1"),
        ("Unknown".to_string(), "F-35 unknown".to_string())
    );
    assert_eq!(
        told("v2"),
        ("Pass".to_string(), "F-76 compatible".to_string())
    );
    // a warning on an unknown case: refused at the key
    let warned = rule.replace(
        "level = \"unknown\"\n",
        "level = \"unknown\"\nwarning = true\n",
    );
    assert_eq!(
        refused(&[("pairs-mine.toml", &warned)]),
        [in_file(
            "mine/pairs-mine.toml",
            "23:11: pair rule `NAT/table`: `warning = true` on a case of level unknown: a warning \
             is for a compatible case; say what is not known in its `reason`, and remove `warning`"
        )]
    );
    // and on an incompatible one, which it would not soften: refused too, not ignored
    let warned = rule.replace(
        "level = \"unknown\"\n",
        "level = \"incompatible\"\nwarning = true\n",
    );
    assert_ne!(warned, rule);
    let told = refused(&[("pairs-mine.toml", &warned)]);
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(
        told[0].contains(
            "pair rule `NAT/table`: `warning = true` on a case of level incompatible: a warning \
             is for a compatible case; its `reason` says why the two cannot be used together; a \
             pair that can, with a caution, is a compatible case with a warning, and remove \
             `warning`"
        ),
        "{told:?}"
    );
}

/// A reactive power written for a GPU's apparent power, `90 kVAr`, was asked "did you mean
/// `kVA`?", and `var` "did you mean `VA`?": a var is a unit of another quantity, which the
/// rating is not. It is told so by name, with the units to write, in every spelling and syntax.
#[test]
fn a_reactive_power_is_told_as_such_not_offered_the_apparent_power_it_resembles() {
    let dictionary = std::fs::read_to_string("tests/local-kva/dictionary.toml").unwrap();
    let catalogue = local(&[
        ("dictionary.toml", &dictionary),
        ("nat-gpu.toml", &gpu_standard("min = \"90 kVA\"")),
    ])
    .unwrap();
    let told = |name: &str, text: String| -> Vec<String> {
        let checked = stanag_check::check_texts(&catalogue, &[(name.into(), text)]);
        checked
            .rejected
            .iter()
            .flat_map(|(_, r)| r.errors.iter().map(ToString::to_string))
            .collect()
    };
    let apparent = |unit: &str| {
        format!(
            "`{unit}` is a unit of reactive power, which is not an apparent power: \
             gpu_rated_power is an apparent power, in VA, kVA or MVA; write the apparent power \
             the data sheet gives, in one of them"
        )
    };
    let yaml_item = |id: &str, rating: &str| {
        format!(
            "  - id: {id}\n    name: {id}\n    nation: FRA\n    kind: ground-power-unit\n    \
             properties:\n      gpu_rated_power: {rating}\n"
        )
    };
    let spellings = [
        "90 kVAr",
        "90 kVAR",
        "90 kvar",
        "90000 var",
        "0.09 Mvar",
        "90000 VAr",
    ];
    let yaml = format!(
        "items:\n{}",
        spellings
            .iter()
            .enumerate()
            .map(|(i, s)| yaml_item(&format!("g{i}"), s))
            .collect::<String>()
    );
    let expected: Vec<String> = spellings
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let unit = s.split_once(' ').unwrap().1;
            format!(
                "g.yaml:{}:24: item `g{i}`, property `gpu_rated_power`: {}",
                7 + 6 * i,
                apparent(unit)
            )
        })
        .collect();
    assert_eq!(told("g.yaml", yaml), expected);
    let json = r#"{"items": [{"id": "j", "name": "j", "nation": "FRA", "kind": "ground-power-unit",
  "properties": {"gpu_rated_power": "90 kVAr"}}]}"#;
    assert_eq!(
        told("g.json", json.into()),
        [format!(
            "g.json:2:37: item `j`, property `gpu_rated_power`: {}",
            apparent("kVAr")
        )]
    );
    let toml =
        "[[items]]\nid = \"t\"\nname = \"t\"\nnation = \"FRA\"\nkind = \"ground-power-unit\"\n\
                [items.properties]\ngpu_rated_power = \"90 MVAr\"\n";
    assert_eq!(
        told("g.toml", toml.into()),
        [format!(
            "g.toml:7:19: item `t`, property `gpu_rated_power`: {}",
            apparent("MVAr")
        )]
    );
    // a figure table's unit is told at the unit
    let table = toml.replace("\"90 MVAr\"", "{ value = 90, unit = \"kvar\" }");
    assert_eq!(
        told("g.toml", table),
        [format!(
            "g.toml:7:40: item `t`, property `gpu_rated_power`: {}",
            apparent("kvar")
        )]
    );
    // a power in watts is told the same way, with its own units
    let power = dictionary
        .replace("type = \"number\"", "type = \"power\"")
        .replace("unit = \"kVA\"", "unit = \"kW\"");
    let catalogue = local(&[
        ("dictionary.toml", &power),
        ("nat-gpu.toml", &gpu_standard("min = \"90 kW\"")),
    ])
    .unwrap();
    let checked = stanag_check::check_texts(
        &catalogue,
        &[(
            "p.yaml".into(),
            format!("items:\n{}", yaml_item("p", "90 kvar")),
        )],
    );
    let said: Vec<String> = checked
        .rejected
        .iter()
        .flat_map(|(_, r)| r.errors.iter().map(ToString::to_string))
        .collect();
    assert_eq!(
        said,
        ["p.yaml:7:24: item `p`, property `gpu_rated_power`: `kvar` is a unit of reactive power, \
          which is not a power: gpu_rated_power is a power, in W, mW, kW, MW or PS; write the power \
          the data sheet gives, in one of them"]
    );
}

/// A requirement's own `kinds` names the kinds of item it asks, of those its standard covers:
/// an empty list, an unknown kind, a kind the standard does not cover and a kind named twice are
/// each told at the kind; the wrong type at the key.
#[test]
fn a_requirements_kinds_are_kinds_its_standard_covers() {
    let refused_with = |body: &str| refused(&[("nat-9.toml", &fuel_standard("flash_point", body))]);
    assert_eq!(
        refused_with("min = \"38 °C\"\nkinds = []"),
        ["mine/nat-9.toml:13:9: requirement `NAT-9/limit`: `kinds` lists no kind: name the kinds \
          of item it asks (of fuel), or leave `kinds` out for every kind the standard covers"]
    );
    assert_eq!(
        refused_with("min = \"38 °C\"\nkinds = [\"fule\", \"vehicle\", \"fuel\", \"fuel\"]"),
        [
            "mine/nat-9.toml:13:10: requirement `NAT-9/limit`: unknown item kind `fule`, did you \
             mean `fuel`?",
            "mine/nat-9.toml:13:18: requirement `NAT-9/limit`: `vehicle` is not a kind the \
             standard covers (fuel): a requirement asks only items of the standard's kinds",
            "mine/nat-9.toml:13:37: requirement `NAT-9/limit`: `fuel` is named twice",
        ]
    );
    assert!(local(&[(
        "nat-9.toml",
        &fuel_standard("flash_point", "min = \"38 °C\"\nkinds = [\"fuel\"]"),
    )])
    .is_ok());
    // a property of crossings only, asked of crossings only: not refused for the vehicles the
    // standard covers too
    let crossings = fuel_standard("mlc_tracked", "min = 4\nkinds = [\"crossing\"]")
        .replace("kinds = [\"fuel\"]", "kinds = [\"vehicle\", \"crossing\"]");
    assert!(local(&[("nat-9.toml", &crossings)]).is_ok());
    let unrestricted = fuel_standard("mlc_tracked", "min = 4")
        .replace("kinds = [\"fuel\"]", "kinds = [\"vehicle\", \"crossing\"]");
    assert_eq!(
        refused(&[("nat-9.toml", &unrestricted)]),
        ["mine/nat-9.toml:11:12: requirement `NAT-9/limit`: `mlc_tracked` is stated by items of \
          kind crossing only, and the standard covers vehicle too: ask it of crossing only \
          (`kinds = [\"crossing\"]`), restrict the requirement with `when`, or list those kinds \
          for the property in dictionary.toml"]
    );
}
