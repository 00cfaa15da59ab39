//! Templates: a spec skeleton for one item kind, listing every property the catalogue uses for
//! that kind (requirements, selectors, conditions and pair rules) with its unit or allowed values.

use crate::catalogue::{Catalogue, Limit, Standard};
use crate::dictionary::{Property, PropertyType};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// A YAML spec with one item of `kind`, or `None` for a kind the catalogue does not know.
pub fn for_kind(catalogue: &Catalogue, kind: &str) -> Option<String> {
    let described = catalogue.dictionary.kinds.get(kind)?;
    // every standard that checks the kind, those for every kind (ACodP-1's NSN, STANAG 1059's
    // trigraph) too
    let governing: Vec<&Standard> = catalogue
        .standards
        .iter()
        .filter(|s| s.governs(kind))
        .collect();
    let mut used: BTreeSet<&str> = BTreeSet::new();
    for standard in &governing {
        used.extend(standard.selector.iter().map(|c| c.property.as_str()));
        for r in &standard.requirements {
            used.insert(r.property());
            used.extend(r.when.iter().map(|c| c.property.as_str()));
            used.extend(r.unless.iter().map(|c| c.property.as_str()));
        }
    }
    for rule in &catalogue.pair_rules {
        if rule.a == kind {
            used.extend(rule.a_property.iter().map(String::as_str));
            used.extend(rule.when_a.iter().map(|c| c.property.as_str()));
            used.extend(rule.unless_a.iter().map(|c| c.property.as_str()));
        }
        if rule.b == kind {
            used.extend(rule.b_property.iter().map(String::as_str));
            used.extend(rule.when_b.iter().map(|c| c.property.as_str()));
            used.extend(rule.unless_b.iter().map(|c| c.property.as_str()));
        }
    }
    // the item's own fields are written above `properties`
    used.remove("nation");
    used.remove("nsn");
    let standards: Vec<&str> = governing.iter().map(|s| &*s.id).collect();
    // a claim is shown with a standard written for this kind
    let own = governing
        .iter()
        .find(|s| s.kinds.iter().any(|k| k == kind))
        .map(|s| &*s.id);
    let mut out = String::new();
    let _ = writeln!(out, "# A {kind}: {}", described.description);
    if !standards.is_empty() {
        let _ = writeln!(out, "# Checked against: {}", standards.join(", "));
    }
    let _ = writeln!(out, "# Fill in what the data sheet states; delete what it does not. Any unit of the right dimension works.");
    let _ = writeln!(out, "items:");
    let _ = writeln!(out, "  - id: my-{kind}");
    let _ = writeln!(out, "    name: \"\"");
    let _ = writeln!(
        out,
        "    nation: \"\"        # STANAG 1059 trigraph, e.g. DEU, FRA, USA"
    );
    let _ = writeln!(out, "    kind: {kind}");
    let _ = writeln!(out, "    # nsn: \"NNNN-NN-NNN-NNNN\"");
    let _ = writeln!(
        out,
        "    # claims: [\"{}\"]",
        own.or(standards.first().copied()).unwrap_or("STANAG 0000")
    );
    let _ = writeln!(out, "    properties:");
    for name in used {
        // a standard for vehicles and crossings names a crossing's own properties too
        let Some(p) = catalogue
            .dictionary
            .properties
            .get(name)
            .filter(|p| p.is_for(kind))
        else {
            continue;
        };
        let (value, hint) = value_and_hint(catalogue, name, p);
        let _ = writeln!(
            out,
            "      {name}: {value}    # {}: {hint}",
            p.description.trim_end_matches('.')
        );
    }
    Some(out)
}

/// What the template writes for property `name` (`p`), and the hint beside it: its unit and the
/// test methods its limits are by, or the values it takes (`one of STANAG 4007, other`). What a
/// notice that asks for the property says to write, too.
pub(crate) fn value_and_hint(catalogue: &Catalogue, name: &str, p: &Property) -> (String, String) {
    match &p.ty {
        PropertyType::Quantity(unit) => {
            let method = methods_for(catalogue, name);
            if method.is_empty() {
                // a rated load: a mass, or its weight as a force
                let weight = if p.rated_load {
                    ", or its weight as a force,"
                } else {
                    ""
                };
                let or_force = if p.rated_load { " or kN" } else { "" };
                (
                    "\"\"".into(),
                    format!(
                        "{}{weight} with its unit, e.g. in {}{or_force}",
                        unit.dimension, unit.symbol
                    ),
                )
            } else {
                (
                    format!(
                        "{{ value: \"\", unit: {}, method: {} }}",
                        unit.symbol, method[0]
                    ),
                    format!(
                        "{}; test method one of {}",
                        unit.dimension,
                        method.join(", ")
                    ),
                )
            }
        }
        PropertyType::Number => ("\"\"".into(), "a number".into()),
        PropertyType::Integer => ("\"\"".into(), "a whole number".into()),
        PropertyType::Text => ("\"\"".into(), "text".into()),
        PropertyType::Enum(values) => ("\"\"".into(), format!("one of {}", values.join(", "))),
        // left as "" like every other property, never as a value a forgotten line would
        // state: `false` or `[]` are read as what the data sheet says
        PropertyType::List(values) => (
            "\"\"".into(),
            match values.first() {
                Some(first) => format!("a list such as [{first}], of {}", values.join(", ")),
                None => "a list such as [a, b]".into(),
            },
        ),
        PropertyType::Flag => ("\"\"".into(), "true or false".into()),
    }
}

/// Test methods the catalogue's limits on `property` are defined by.
fn methods_for<'a>(catalogue: &'a Catalogue, property: &str) -> Vec<&'a str> {
    let mut methods: Vec<&str> = catalogue
        .standards
        .iter()
        .flat_map(|s| &s.requirements)
        .filter(|r| r.property() == property && !matches!(r.limit, Limit::Present))
        .filter_map(|r| r.method())
        .collect();
    // NATO's own method first
    methods.sort_unstable_by_key(|m| (*m != "EPVAT", *m));
    methods.dedup();
    methods
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line the user leaves as the template wrote it states nothing: `false` or `[]` would be
    /// read as what the data sheet says (a trailer "not labelled", a vehicle "on no fuel").
    #[test]
    fn a_template_states_nothing_until_it_is_filled_in() {
        let catalogue = Catalogue::builtin().unwrap();
        let trailer = for_kind(&catalogue, "trailer").unwrap();
        assert!(
            trailer.contains("      voltage_labelled: \"\"    # ")
                && !trailer.contains(": false")
                && !trailer.contains(": []"),
            "{trailer}"
        );
        assert!(
            trailer.contains("# Checked against: ACodP-1, STANAG 1059, STANAG 2021, STANAG 4007\n"),
            "{trailer}"
        );
        let vehicle = for_kind(&catalogue, "vehicle").unwrap();
        assert!(
            vehicle.contains("      accepted_fuels: \"\"    # ")
                && vehicle.contains(": a list such as [F-34], of F-34, F-35,"),
            "{vehicle}"
        );
        // left as it is, every property line (and the name and nation) is a located error
        // that says so
        for kind in catalogue.dictionary.kinds.keys() {
            let text = for_kind(&catalogue, kind).unwrap();
            let errors = crate::spec::parse("t.yaml", &text, &catalogue.dictionary)
                .unwrap_err()
                .errors;
            let on_properties: Vec<_> = errors
                .iter()
                .filter(|e| e.place.property.is_some())
                .filter(|e| {
                    !matches!(
                        e.problem,
                        crate::spec::Problem::Unlisted(_)
                            | crate::spec::Problem::UnlistedUnfilled(_)
                    )
                })
                .collect();
            assert!(!on_properties.is_empty(), "{kind}");
            for e in on_properties {
                assert!(e.problem.is_unfilled(), "{kind}: {e}");
            }
        }
    }

    #[test]
    fn every_kind_has_a_template_naming_its_properties() {
        let catalogue = Catalogue::builtin().unwrap();
        for kind in catalogue.dictionary.kinds.keys() {
            let text = for_kind(&catalogue, kind).unwrap();
            assert!(text.contains(&format!("kind: {kind}")), "{text}");
        }
        let cartridge = for_kind(&catalogue, "cartridge").unwrap();
        assert!(
            cartridge.contains("      overall_length: \"\"    # Cartridge overall length"),
            "{cartridge}"
        );
        assert!(
            cartridge.contains("chamber_pressure: { value: \"\", unit: MPa, method: EPVAT }"),
            "{cartridge}"
        );
        assert!(for_kind(&catalogue, "spaceship").is_none());
    }

    /// STANAG 2021 is for vehicles, trailers and crossings alike; a template lists only what its
    /// own kind states.
    #[test]
    fn a_template_leaves_out_what_other_kinds_state() {
        let catalogue = Catalogue::builtin().unwrap();
        let properties = |kind: &str| -> Vec<String> {
            for_kind(&catalogue, kind)
                .unwrap()
                .lines()
                .filter_map(|l| l.strip_prefix("      ")?.split_once(':'))
                .map(|(name, _)| name.to_string())
                .collect()
        };
        let vehicle = properties("vehicle");
        let crossing = properties("crossing");
        for of_crossing in ["crossing_type", "mlc_tracked", "tracked_capacity"] {
            assert!(!vehicle.iter().any(|p| p == of_crossing), "{vehicle:?}");
            assert!(crossing.iter().any(|p| p == of_crossing), "{crossing:?}");
        }
        for of_vehicle in ["gross_mass", "running_gear", "system_voltage"] {
            assert!(vehicle.iter().any(|p| p == of_vehicle), "{vehicle:?}");
            assert!(!crossing.iter().any(|p| p == of_vehicle), "{crossing:?}");
        }
        // what every kind may state stays in both
        assert!(vehicle.iter().any(|p| p == "mlc") && crossing.iter().any(|p| p == "mlc"));
        // MIL-STD-2088 is for racks and stores alike: each template has its own side of it
        let rack = properties("bomb-rack");
        let store = properties("store");
        for of_rack in [
            "bru_type",
            "hook_spacings",
            "ejector_pistons",
            "max_store_mass",
        ] {
            assert!(rack.iter().any(|p| p == of_rack), "{rack:?}");
            assert!(!store.iter().any(|p| p == of_rack), "{store:?}");
        }
        for of_store in ["suspension", "store_mass", "ejected"] {
            assert!(store.iter().any(|p| p == of_store), "{store:?}");
            assert!(!rack.iter().any(|p| p == of_store), "{rack:?}");
        }
    }
}
