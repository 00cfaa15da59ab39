//! The README's examples are real: every YAML block under "Spec files" parses and checks without
//! an error or a warning, and there is one for every item kind of the catalogue.

use stanag_check::catalogue::Catalogue;

#[test]
fn every_readme_example_checks_and_every_kind_has_one() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let section = readme
        .split("## Spec files")
        .nth(1)
        .expect("a Spec files section");
    let section = section.split("\n## ").next().unwrap_or(section);
    let blocks: Vec<&str> = section
        .split("```yaml\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .collect();
    let catalogue = Catalogue::builtin().expect("catalogue");
    let mut kinds = std::collections::BTreeSet::new();
    for (i, block) in blocks.iter().enumerate() {
        let name = format!("README example {}", i + 1);
        let checked =
            stanag_check::check_texts(&catalogue, &[(format!("{name}.yaml"), block.to_string())]);
        assert!(
            checked.rejected.is_empty(),
            "{name}: {:?}",
            checked.rejected
        );
        assert!(
            checked.report.warnings.is_empty(),
            "{name}: {:?}",
            checked.report.warnings
        );
        kinds.extend(checked.report.items.iter().map(|i| i.kind.clone()));
    }
    let all: std::collections::BTreeSet<String> =
        catalogue.dictionary.kinds.keys().cloned().collect();
    assert_eq!(kinds, all);
}

/// The keys of a report object found at one place (`items[].results[]`), over every object
/// found there: those in all of them, and those in some only.
#[derive(Default)]
struct Keys {
    always: Option<std::collections::BTreeSet<String>>,
    some: std::collections::BTreeSet<String>,
}

/// Walks a report, gathering the keys of the objects at each place (`items[]`,
/// `items[].results[].value`; the report itself is ``), and every place that holds `null`.
fn gather(
    value: &serde_json::Value,
    place: &str,
    keys: &mut std::collections::BTreeMap<String, Keys>,
    nulls: &mut Vec<String>,
) {
    match value {
        serde_json::Value::Null => nulls.push(place.to_string()),
        serde_json::Value::Array(list) => {
            for v in list {
                gather(v, &format!("{place}[]"), keys, nulls);
            }
        }
        serde_json::Value::Object(map) => {
            let here: std::collections::BTreeSet<String> = map.keys().cloned().collect();
            let entry = keys.entry(place.to_string()).or_default();
            entry.some.extend(here.iter().cloned());
            entry.always = Some(match entry.always.take() {
                None => here,
                Some(always) => always.intersection(&here).cloned().collect(),
            });
            for (k, v) in map {
                let inner = if place.is_empty() {
                    k.clone()
                } else {
                    format!("{place}.{k}")
                };
                gather(v, &inner, keys, nulls);
            }
        }
        _ => {}
    }
}

/// The README says which keys of the report are left out rather than null or empty (`nsn` of
/// an item that states none, `clause` of a requirement the catalogue cites none for): the list
/// was missing, and a consumer met absent keys the table listed as if always there. Every key
/// the reports of the examples leave out somewhere is in that list, for its place; no key the
/// list names is present in every object where it is seen; and no value is `null`.
#[test]
fn the_readme_lists_every_key_a_report_leaves_out() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let list = readme
        .split("**Keys left out rather than null or empty.**")
        .nth(1)
        .expect("the list of keys left out");
    let list = list.split("\n\n").nth(1).expect("its items");
    let mut documented: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        Default::default();
    for line in list.lines() {
        let line = line.strip_prefix("- ").expect("a list item");
        let (place, keys) = line.split_once(": ").expect("place: keys");
        let place = if place == "the report itself" {
            String::new()
        } else {
            place
                .split('`')
                .nth(1)
                .expect("a place in backticks")
                .to_string()
        };
        // (the keys are the words in backticks; the explanations have none)
        let keys = keys.split('`').skip(1).step_by(2).map(str::to_string);
        documented.entry(place).or_default().extend(keys);
    }
    let catalogue = Catalogue::builtin().expect("catalogue");
    let mut inputs: Vec<(String, String)> = std::fs::read_dir("examples")
        .expect("examples")
        .map(|e| e.expect("entry").path())
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("example");
            (p.display().to_string(), text)
        })
        .collect();
    inputs.sort();
    // an item that states an NSN beside those that do not
    inputs.push((
        "nsn.yaml".into(),
        "items:\n  - { id: n, name: n, nation: FRA, kind: fuel, nsn: 9130-01-031-5816, \
         properties: { nato_code: F-34 } }\n"
            .into(),
    ));
    // a file given twice (a warning of no item), and an unknown item field (of no property)
    let twice = inputs[0].clone();
    inputs.push(twice);
    inputs.push((
        "field.yaml".into(),
        "items:\n  - { id: f, name: f, nation: FRA, kind: fuel, colour: red, properties: { \
         nato_code: F-34 } }\n"
            .into(),
    ));
    let report = stanag_check::check_texts(&catalogue, &inputs).report;
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).expect("JSON");
    let (mut keys, mut nulls) = (Default::default(), Vec::new());
    gather(&json, "", &mut keys, &mut nulls);
    assert_eq!(nulls, Vec::<String>::new(), "null values");
    let none = std::collections::BTreeSet::new();
    for (place, found) in &keys {
        let always = found.always.clone().unwrap_or_default();
        let left_out: std::collections::BTreeSet<&String> =
            found.some.difference(&always).collect();
        let listed = documented.get(place).unwrap_or(&none);
        for key in &left_out {
            assert!(
                listed.contains(*key),
                "`{place}` leaves out `{key}` in some report, and the README's list does not say so"
            );
        }
        for key in listed {
            assert!(
                !always.contains(key),
                "the README lists `{key}` of `{place}` as left out, but every one holds it"
            );
        }
    }
    // what the tester met: an item's `nsn` and a result's `clause`, absent, not null
    for (place, key) in [("items[]", "nsn"), ("items[].results[]", "clause")] {
        let found = &keys[place];
        assert!(found.some.contains(key), "{place}: {key} never present");
        assert!(
            !found.always.as_ref().is_some_and(|a| a.contains(key)),
            "{place}: {key}"
        );
    }
}
