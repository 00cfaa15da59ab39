//! Catalogue lint: the embedded catalogue loads, its ids are unique, every requirement has a
//! source and a confidence, every property it uses is described in the dictionary, every unit
//! fits its property, no two requirements of a standard say the same thing, the NCB-code check
//! lists the codes table, and every example checks without error or warning, with its summary
//! counts pinned.

use stanag_check::catalogue::{Catalogue, Expected, Limit};
use stanag_check::dictionary::PropertyType;
use stanag_check::units::{parse_written, Unit};
use std::collections::BTreeSet;
use std::path::Path;

fn catalogue() -> Catalogue {
    match Catalogue::builtin() {
        Ok(c) => c,
        Err(errors) => panic!("the catalogue does not load: {errors:#?}"),
    }
}

fn standards_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("standards")
}

/// The catalogue's TOML sources, (name, text), in name order: what `build.rs` reads.
fn sources() -> Vec<(String, String)> {
    let mut sources: Vec<(String, String)> = std::fs::read_dir(standards_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .map(|n| {
            let text = std::fs::read_to_string(standards_dir().join(&n)).unwrap();
            (n, text)
        })
        .collect();
    sources.sort();
    sources
}

#[test]
fn every_file_parses_and_the_catalogue_loads() {
    let c = catalogue();
    let files: Vec<String> = std::fs::read_dir(standards_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    for name in &files {
        let text = std::fs::read_to_string(standards_dir().join(name)).unwrap();
        toml::from_str::<toml::Table>(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    // every standard file became one standard
    let meta = [
        "dictionary.toml",
        "codes.toml",
        "catalogue.toml",
        "pairs.toml",
    ];
    assert_eq!(c.standards.len(), files.len() - meta.len());
    assert!(c.standards.len() >= 12);
    assert_eq!(c.version, "2026.12.39");
    assert_eq!(c.fingerprint.len(), 16);
    // the fingerprint is a function of the content
    assert_eq!(catalogue().fingerprint, c.fingerprint);
}

/// build.rs compiles `standards/*.toml` into normalised JSON; the catalogue it gives must be the
/// one the TOML sources give, down to every fingerprint (links carry them).
#[test]
fn the_compiled_catalogue_is_the_sources_catalogue() {
    let sources = sources();
    let from_sources = match Catalogue::from_sources(&sources) {
        Ok(c) => c,
        Err(errors) => panic!("the catalogue's TOML sources do not load: {errors:#?}"),
    };
    assert_eq!(from_sources, catalogue());
    // and a mistake in a source is named in the TOML file, by line and column
    let (name, text) = sources
        .iter()
        .find(|(n, _)| n == "stanag-4172.toml")
        .unwrap();
    let broken = text.replacen("[[requirement]]", "[[requirement]]\nlimit = =", 1);
    let mut with_mistake = sources.clone();
    with_mistake.retain(|(n, _)| n != name);
    with_mistake.push((name.clone(), broken.clone()));
    let errors = Catalogue::from_sources(&with_mistake).unwrap_err();
    let line = broken.lines().position(|l| l == "limit = =").unwrap() + 1;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].file, "stanag-4172.toml");
    let at = errors[0].at.map(|p| p.line as usize);
    assert!(at == Some(line) || at == Some(line + 1), "{}", errors[0]);
}

/// The build refuses built-in files the library refuses (the page reads them unchecked, see
/// `Catalogue::builtin`), saying each mistake as the lint does, at its line:col: `build.rs`
/// compiles the library's own catalogue module and calls `Catalogue::sources_refused`, so the
/// two cannot disagree.
#[test]
fn the_build_refuses_the_sources_the_library_refuses() {
    let mut sources = sources();
    assert_eq!(Catalogue::sources_refused(&sources), None);
    // a requirement without a source, and another's property misspelt
    let at = sources
        .iter()
        .position(|(n, _)| n == "stanag-4172.toml")
        .unwrap();
    let text = &sources[at].1;
    let source = text.lines().find(|l| l.starts_with("source = ")).unwrap();
    let broken = text.replacen(source, "source = \" \"", 1).replacen(
        "property = \"overall_length\"",
        "property = \"overall_lenght\"",
        1,
    );
    sources[at].1 = broken;
    let errors: Vec<String> = Catalogue::from_sources(&sources)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        [
            "stanag-4172.toml:19:10: requirement `STANAG-4172/case-length`: has no source",
            "stanag-4172.toml:26:12: requirement `STANAG-4172/oal-max`: unknown property \
             `overall_lenght`, did you mean `overall_length`?",
        ]
    );
    assert_eq!(
        Catalogue::sources_refused(&sources).unwrap(),
        format!(
            "standards/ holds 2 mistakes; the built-in catalogue is read unchecked, so it is not \
             built until they are mended:\n  {}\n  {}",
            errors[0], errors[1]
        )
    );
    // what the build runs is that very function, compiled from the library's own files
    let build =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("build.rs")).unwrap();
    // (every module of the core: all the library's but the page's and the CLI's)
    let lib =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let modules: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod ")?.strip_suffix(';'))
        .filter(|m| !["cli", "ui"].contains(m))
        .collect();
    assert!(modules.len() >= 12, "{modules:?}");
    for module in modules {
        assert!(
            build.contains(&format!("#[path = \"src/{module}.rs\"]\nmod {module};")),
            "{module}"
        );
    }
    assert!(build.contains("include!(\"src/root.rs\");"));
    assert!(build.contains("catalogue::Catalogue::sources_refused(sources)"));
    assert!(build.contains("refused(&sources)?;"));
}

#[test]
fn ids_are_unique() {
    let c = catalogue();
    let mut standards = BTreeSet::new();
    let mut requirements = BTreeSet::new();
    for s in &c.standards {
        assert!(standards.insert(s.id.clone()), "standard {} twice", s.id);
        for r in &s.requirements {
            assert!(
                requirements.insert(r.id().to_lowercase()),
                "requirement {} twice",
                r.id()
            );
            assert!(
                r.id().starts_with(&format!("{}/", s.id.replace(' ', "-"))),
                "{} is not under {}",
                r.id(),
                s.id
            );
        }
    }
}

#[test]
fn every_requirement_has_a_source_a_statement_and_a_confidence() {
    for s in &catalogue().standards {
        assert!(!s.requirements.is_empty(), "{} has no requirement", s.id);
        for r in &s.requirements {
            assert!(!r.source().trim().is_empty(), "{}: no source", r.id());
            assert!(!r.statement().trim().is_empty(), "{}: no statement", r.id());
            // confidence is a required enum field; D must carry its alternatives and a note
            if r.confidence() == stanag_check::catalogue::Confidence::D {
                assert!(!r.alternatives.is_empty() && r.note.is_some(), "{}", r.id());
            }
        }
    }
}

#[test]
fn every_property_is_described_and_every_unit_fits() {
    let c = catalogue();
    let d = &c.dictionary;
    let mut used = BTreeSet::new();
    for s in &c.standards {
        let conditions = s
            .selector
            .iter()
            .chain(s.requirements.iter().filter_map(|r| r.when.as_ref()));
        for cond in conditions {
            used.insert(cond.property.clone());
        }
        for r in &s.requirements {
            used.insert(r.property().to_string());
            if let Some(m) = &r.method() {
                assert!(d.methods.contains_key(&**m), "{}: method {m}", r.id());
                assert!(
                    matches!(d.properties[r.property()].ty, PropertyType::Quantity(_)),
                    "{}: a method on a property that is not a quantity",
                    r.id()
                );
            }
        }
        for kind in &s.kinds {
            assert!(
                kind == "*" || d.kinds.contains_key(kind),
                "{}: kind {kind}",
                s.id
            );
        }
    }
    for name in &used {
        let p = d
            .properties
            .get(name)
            .unwrap_or_else(|| panic!("{name} is not in the dictionary"));
        assert!(
            !p.description.trim().is_empty(),
            "{name} has no description"
        );
    }
    for p in d.properties.values() {
        assert!(
            !p.description.trim().is_empty(),
            "{} has no description",
            p.name
        );
    }
    // every unit written in a standard file fits its property's dimension
    for entry in std::fs::read_dir(standards_dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if ["dictionary.toml", "codes.toml", "catalogue.toml"].contains(&name.as_str())
            || path.extension().is_none_or(|e| e != "toml")
        {
            continue;
        }
        let doc: toml::Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut conditions: Vec<&toml::Table> = Vec::new();
        if let Some(sel) = doc.get("selector").and_then(|v| v.as_table()) {
            conditions.push(sel);
        }
        for r in doc
            .get("requirement")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            let r = r.as_table().unwrap();
            conditions.push(r);
            if let Some(w) = r.get("when").and_then(|v| v.as_table()) {
                conditions.push(w);
            }
        }
        for t in conditions {
            let property = d.property(t["property"].as_str().unwrap()).unwrap();
            for key in ["min", "max", "nominal", "tolerance", "equals"] {
                let values = t.get(key).into_iter().chain(
                    t.get("one_of")
                        .and_then(|v| v.as_array())
                        .into_iter()
                        .flatten(),
                );
                for v in values {
                    let Some(text) = v.as_str() else { continue };
                    let written = parse_written(text);
                    if let (Ok(w), PropertyType::Quantity(canonical)) = (&written, &property.ty) {
                        let unit = w
                            .unit
                            .unwrap_or_else(|| panic!("{name}: `{text}` has no unit"));
                        assert_eq!(
                            unit.dimension, canonical.dimension,
                            "{name}: `{text}` for {}",
                            property.name
                        );
                    }
                }
            }
        }
    }
    // every canonical unit is a known unit of the property's dimension
    for p in d.properties.values() {
        if let PropertyType::Quantity(u) = p.ty {
            assert!(std::ptr::eq(Unit::find(u.symbol).unwrap(), u), "{}", p.name);
        }
    }
}

/// A limit as comparable text, to find two requirements that say the same thing.
fn limit_key(limit: &Limit) -> String {
    let scalar = |e: &Expected| match e {
        Expected::Scalar(s) => format!("{}±{}", s.value, s.half_unit),
        other => other.to_string(),
    };
    match limit {
        Limit::Range { min, max } => format!(
            "range {:?} {:?}",
            min.as_ref().map(|s| s.value),
            max.as_ref().map(|s| s.value)
        ),
        Limit::Nominal { nominal, tolerance } => {
            format!("nominal {} {}", nominal.value, tolerance.value)
        }
        Limit::OneOf(v) => format!("one-of {:?}", v.iter().map(scalar).collect::<Vec<_>>()),
        Limit::Equals(e) => format!("equals {}", scalar(e)),
        other => other.to_string(),
    }
}

#[test]
fn no_two_requirements_say_the_same_thing() {
    for s in &catalogue().standards {
        let mut seen = BTreeSet::new();
        for r in &s.requirements {
            let key = (
                r.property(),
                r.method(),
                limit_key(&r.limit),
                r.when.as_ref().map(ToString::to_string),
            );
            assert!(
                seen.insert(key),
                "{}: says what another requirement of {} says",
                r.id(),
                s.id
            );
        }
    }
}

/// (file, items, compliant, non-compliant, incomplete): a regression fixture.
const EXAMPLES: [(&str, usize, usize, usize, usize); 12] = [
    ("air.yaml", 12, 8, 4, 0),
    ("ballistic-tests.json", 14, 10, 4, 0),
    ("c3.yaml", 13, 11, 1, 1),
    ("logistics.toml", 6, 4, 2, 0),
    ("multinational.yaml", 55, 47, 4, 4),
    ("munition-safety.yaml", 11, 3, 4, 4),
    ("munitions.json", 5, 3, 1, 1),
    ("rails-and-fuels.yaml", 11, 5, 2, 4),
    ("small-arms.yaml", 11, 8, 1, 2),
    ("unmanned.yaml", 8, 7, 1, 0),
    ("vehicles.toml", 12, 7, 4, 1),
    ("weapons.yaml", 4, 3, 1, 0),
];

#[test]
fn every_example_checks_without_error_or_warning_and_keeps_its_counts() {
    let c = catalogue();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let listed: Vec<&str> = EXAMPLES.iter().map(|e| e.0).collect();
    assert_eq!(names, listed, "an example without pinned counts");
    for (name, items, compliant, non_compliant, incomplete) in EXAMPLES {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let checked = stanag_check::check_texts(&c, &[(name.to_string(), text)]);
        assert!(
            checked.rejected.is_empty(),
            "{name}: {:#?}",
            checked.rejected
        );
        let report = &checked.report;
        assert!(report.warnings.is_empty(), "{name}: {:?}", report.warnings);
        let s = report.summary;
        assert_eq!(
            (s.items, s.compliant, s.non_compliant, s.incomplete),
            (items, compliant, non_compliant, incomplete),
            "{name}"
        );
    }
}

/// ACodP-1's NCB-code requirement lists the codes of `codes.toml`, no more and no fewer: the
/// table and the check made from it cannot drift apart.
#[test]
fn the_ncb_requirement_lists_the_codes_table() {
    let c = catalogue();
    let Some((_, requirement)) = c.requirement("ACodP-1/ncb-code") else {
        panic!("ACodP-1/ncb-code is in the catalogue");
    };
    let Limit::OneOf(values) = &requirement.limit else {
        panic!("ACodP-1/ncb-code is a one-of: {:?}", requirement.limit);
    };
    let listed: BTreeSet<String> = values
        .iter()
        .map(|v| match v {
            Expected::Word(w) => w.clone(),
            other => panic!("an NCB code is a word: {other:?}"),
        })
        .collect();
    let table: BTreeSet<String> = c.dictionary.codes.ncb.keys().cloned().collect();
    assert_eq!(listed, table);
}

/// One M80 bullet, one verdict: STANAG 2310 (the cartridge's bullet) and STANAG 4569 (the
/// bullet as the Level 1 threat) judge a bullet mass alike, in grains and in grams, at each
/// end of the M80's public range and past it.
#[test]
fn the_m80_bullet_is_judged_alike_as_a_cartridge_and_as_a_threat() {
    let c = catalogue();
    for (mass, verdict) in [
        ("147 gr", "pass"),
        ("9.53 g", "pass"),
        ("9.5 g", "pass"),
        ("150 gr", "pass"),
        ("9.6 g", "pass"),
        ("9.49 g", "fail"),
        ("150.2 gr", "fail"),
    ] {
        let spec = format!(
            "items:\n  - {{ id: round, name: M80, nation: USA, kind: cartridge, claims: [STANAG 2310], \
             properties: {{ cartridge: 7.62x51mm NATO, design: M80, bullet_mass: {mass} }} }}\n  \
             - {{ id: shot, name: L1, nation: USA, kind: ballistic-test, claims: [STANAG 4569], \
             properties: {{ ke_level: 1, threat: M80, threat_mass: {mass} }} }}\n"
        );
        let checked = stanag_check::check_texts(&c, &[("m80.yaml".to_string(), spec)]);
        assert!(
            checked.rejected.is_empty(),
            "{mass}: {:?}",
            checked.rejected
        );
        let verdict_of = |requirement: &str| {
            let found: Vec<String> = checked
                .report
                .items
                .iter()
                .flat_map(|i| &i.results)
                .filter(|o| &*o.citation.requirement == requirement)
                .map(|o| {
                    serde_json::to_value(o.verdict)
                        .unwrap()
                        .as_str()
                        .unwrap()
                        .to_string()
                })
                .collect();
            assert_eq!(found.len(), 1, "{mass}: {requirement}");
            found[0].clone()
        };
        assert_eq!(verdict_of("STANAG-2310/m80-bullet-mass"), verdict, "{mass}");
        assert_eq!(verdict_of("STANAG-4569/m80-mass"), verdict, "{mass}");
    }
}

/// A vehicle that claims STANAG 4569 (as national data sheets do, with its protection level)
/// is judged by the level it claims, never failed for being no ballistic test; a vehicle that
/// does not claim it is not judged by it; a ballistic test is judged whether it claims it or not.
#[test]
fn a_vehicle_that_claims_stanag_4569_is_judged_by_its_level() {
    let c = catalogue();
    let check = |item: &str| {
        let spec = format!("items:\n  - {item}\n");
        let checked = stanag_check::check_texts(&c, &[("v.yaml".to_string(), spec)]);
        assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
        let outcome = checked.report.items[0].clone();
        let lines: Vec<(String, String)> = outcome
            .results
            .iter()
            .filter(|r| &*r.citation.standard == "STANAG 4569")
            .map(|r| {
                (
                    r.citation.requirement.to_string(),
                    r.verdict.name().to_string(),
                )
            })
            .collect();
        let status = outcome
            .standards
            .iter()
            .find(|s| &*s.standard == "STANAG 4569")
            .map(|s| s.status.name());
        (lines, status)
    };
    let vehicle = |claims: &str, levels: &str| {
        format!(
            "{{ id: vbci, name: VBCI, nation: FRA, kind: vehicle, claims: [{claims}], \
             properties: {{ running_gear: wheeled, mlc: 30{levels} }} }}"
        )
    };
    let line = |id: &str, verdict: &str| (format!("STANAG-4569/{id}"), verdict.to_string());
    assert_eq!(
        check(&vehicle("STANAG 4569", ", ke_level: 3, mine_level: 2a")),
        (
            vec![
                line("vehicle-ke-level", "pass"),
                line("vehicle-artillery-level", "not-applicable")
            ],
            Some("compliant")
        )
    );
    assert_eq!(
        check(&vehicle("STANAG 4569", ", ke_level: 7, artillery_level: 2")),
        (
            vec![
                line("vehicle-ke-level", "fail"),
                line("vehicle-artillery-level", "pass")
            ],
            Some("compliant")
        )
    );
    assert_eq!(
        check(&vehicle("STANAG 4569", "")),
        (
            vec![
                line("vehicle-ke-level", "missing"),
                line("vehicle-artillery-level", "not-applicable")
            ],
            Some("compliant")
        )
    );
    assert_eq!(
        check(&vehicle("", ", ke_level: 3")),
        (vec![line("applies", "not-applicable")], None)
    );
    // a ballistic test is judged unclaimed, as before
    let shot = "{ id: s, name: s, nation: FRA, kind: ballistic-test, properties: { ke_level: 1, \
                threat: M80, range: 30 m } }";
    let (lines, status) = check(shot);
    assert!(lines.contains(&line("l1-threat", "pass")), "{lines:?}");
    assert!(
        !lines.iter().any(|(id, _)| id.ends_with("/applies")),
        "{lines:?}"
    );
    assert!(status.is_some());
}

/// A requirement that does not apply because of a figure its condition weighs tells the figure
/// in the condition's unit too, where the item states it in another: a trailer's 3300 lb
/// payload is 1.4969 t, just under the 1.5 t at which it must carry its own class.
#[test]
fn a_condition_that_does_not_hold_tells_the_figure_in_its_unit() {
    let c = catalogue();
    let message = |payload: &str| {
        let spec = format!(
            "items:\n  - {{ id: t, name: t, nation: GBR, kind: trailer, claims: [STANAG 2021], \
             properties: {{ payload: {payload}, gross_mass: 6100 lb }} }}\n"
        );
        let checked = stanag_check::check_texts(&c, &[("t.yaml".to_string(), spec)]);
        assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
        checked.report.items[0]
            .results
            .iter()
            .find(|r| &*r.citation.requirement == "STANAG-2021/trailer-classified")
            .map(|r| (r.verdict.name().to_string(), r.message.to_string()))
            .unwrap()
    };
    let said = |shown: &str| {
        (
            "not-applicable".to_string(),
            format!("applies only when payload ≥ 1.5 t; this item's payload is {shown}"),
        )
    };
    assert_eq!(message("3300 lb"), said("3300 lb (= 1.4969 t)"));
    assert_eq!(message("1.4 t"), said("1.4 t"));
    assert_eq!(message("1400 kg"), said("1400 kg (= 1.4 t)"));
}
