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
