//! Reports: the versioned JSON contract shared by the CLI and the page, and the plain-text
//! summary. It presents what `check` decided and decides nothing itself.

use crate::catalogue::{Catalogue, Severity};
use crate::check::{self, ItemOutcome, Outcome, Status, Verdict};
use crate::pair::{self, Pair};
use crate::spec::{Item, Place, SpecFile, Warning, MAX_WARNINGS_LISTED};
use serde::Serialize;
use std::borrow::Borrow;
use std::fmt::Write as _;

/// The report format version. Bump it on any change a consumer could notice.
pub const SCHEMA: &str = "stanag-check/report/4";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CatalogueStamp {
    pub version: String,
    pub fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Input {
    pub file: String,
    pub format: crate::document::Format,
    pub items: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Summary {
    pub items: usize,
    pub compliant: usize,
    pub non_compliant: usize,
    pub incomplete: usize,
}

/// "11 items: 9 compliant, 1 non-compliant, 1 incomplete", as the text report and the page's
/// live region say it.
impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} compliant, {} non-compliant, {} incomplete",
            crate::suggest::counted(self.items, "item"),
            self.compliant,
            self.non_compliant,
            self.incomplete
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub catalogue: CatalogueStamp,
    pub inputs: Vec<Input>,
    pub summary: Summary,
    pub items: Vec<ItemOutcome>,
    pub pairs: Vec<Pair>,
    /// What one item leaves unstated that leaves several of its pairs unknown, said once
    /// ([`pair::unstated_notices`]): each pair's reason says it too.
    pub pair_notices: Vec<String>,
    pub warnings: Vec<Warning>,
    /// What was said of the catalogue the report was made with: what a user's own file replaced
    /// of the built-in catalogue and left out ([`Catalogue::replacement_notes`]), and, added by
    /// whoever opened a link, that the link was made with another catalogue. Present only when
    /// there is something to say, as the last key.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<String>,
    /// Why `pairs` is empty when pairing was not done (the warnings say it too, in the JSON).
    #[serde(skip)]
    pub pairs_not_weighed: Option<pair::TooManyPairs>,
}

/// A warning for every item whose id an item of another file has already used (one file may not
/// use an id twice: that is an error of the file). The pairs tell such items apart as `file#id`,
/// but a reader of the report, or a tool keyed on ids, may not.
fn ids_in_several_files(all: &[Item]) -> Vec<Warning> {
    let mut first: std::collections::HashMap<&str, &Item> = Default::default();
    let mut found = Vec::new();
    // two revisions of one sheet repeat every id: the first hundred are said, then how many more,
    // at the first of them (where the user goes next)
    let mut more: Option<(Place, usize)> = None;
    let place = |item: &Item| Place {
        file: item.file.as_str().into(),
        line: item.pos.line,
        col: item.pos.col,
        item: Some(item.id.clone()),
        property: None,
    };
    for item in all {
        match first.get(item.id.as_str()) {
            None => {
                first.insert(&item.id, item);
            }
            Some(earlier) if earlier.file != item.file && found.len() >= MAX_WARNINGS_LISTED => {
                more.get_or_insert_with(|| (place(item), 0)).1 += 1
            }
            Some(earlier) if earlier.file != item.file => found.push(Warning {
                place: place(item),
                message: format!(
                    "item id `{}` is also used in {}:{}: give each item its own id (the pairs \
                     tell them apart as `file#id`)",
                    item.id, earlier.file, earlier.pos.line
                ),
            }),
            Some(_) => {}
        }
    }
    if let Some((place, more)) = more {
        found.push(Warning {
            place,
            message: format!(
                "{more} more item ids from here on that are also used in another file are not listed"
            ),
        });
    }
    found
}

impl Report {
    /// Checks every item of the given files.
    pub fn build<F: Borrow<SpecFile>>(catalogue: &Catalogue, files: &[F]) -> Report {
        let all = Report::items_of(files);
        let outcomes = check::check_items(catalogue, &all);
        Report::from_outcomes(catalogue, files, &all, outcomes)
    }

    /// Every item of the files, in order (what [`check::check_items`] takes).
    pub fn items_of<F: Borrow<SpecFile>>(files: &[F]) -> Vec<Item> {
        files
            .iter()
            .flat_map(|f| f.borrow().items.iter().cloned())
            .collect()
    }

    /// The report of the files' items (`all`, from [`Report::items_of`]) once they are checked
    /// (`items`, in the same order): pairs them and counts. The page checks and pairs in
    /// separate tasks, so that neither holds the main thread long.
    pub fn from_outcomes<F: Borrow<SpecFile>>(
        catalogue: &Catalogue,
        files: &[F],
        all: &[Item],
        items: Vec<ItemOutcome>,
    ) -> Report {
        let files = || files.iter().map(Borrow::borrow);
        let mut warnings: Vec<Warning> = files().flat_map(|f| f.warnings.iter().cloned()).collect();
        warnings.extend(ids_in_several_files(all));
        let (pairs, pairs_not_weighed) = match pair::pair_items(catalogue, all, &items) {
            Ok(pairs) => (pairs, None),
            Err(too_many) => {
                // said of the files as a whole: at the start of the first
                warnings.push(Warning {
                    place: Place {
                        file: files()
                            .next()
                            .map(|f| f.name.as_str().into())
                            .unwrap_or_else(|| "".into()),
                        line: 1,
                        col: 1,
                        item: None,
                        property: None,
                    },
                    message: too_many.to_string(),
                });
                (Vec::new(), Some(too_many))
            }
        };
        let pair_notices = pair::unstated_notices(catalogue, all, &pairs);
        let mut summary = Summary {
            items: items.len(),
            ..Summary::default()
        };
        for item in &items {
            match item.status {
                Status::Compliant => summary.compliant += 1,
                Status::NonCompliant => summary.non_compliant += 1,
                Status::Incomplete => summary.incomplete += 1,
            }
        }
        Report {
            schema: SCHEMA,
            catalogue: CatalogueStamp {
                version: catalogue.version.clone(),
                fingerprint: catalogue.fingerprint.clone(),
            },
            inputs: files()
                .map(|f: &SpecFile| Input {
                    file: f.name.clone(),
                    format: f.format,
                    items: f.items.len(),
                })
                .collect(),
            summary,
            items,
            pairs,
            pair_notices,
            warnings,
            // none for the built-in catalogue
            notices: catalogue.replacement_notes(),
            pairs_not_weighed,
        }
    }

    /// Every item compliant?
    pub fn all_compliant(&self) -> bool {
        self.items.iter().all(|i| i.status == Status::Compliant)
    }

    pub fn to_json(&self) -> String {
        // Serialising plain data structs cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// [`Report::to_json`], with `more` notices after the report's own: what was said of the
    /// catalogue as the report was shown (a link made with another one), as the command line
    /// writes it.
    pub fn to_json_noting(&self, more: &[String]) -> String {
        if more.is_empty() {
            return self.to_json();
        }
        let mut noted = self.clone();
        noted.notices.extend_from_slice(more);
        noted.to_json()
    }

    /// The items' places in `items`, those that need work first: the non-compliant, then the
    /// incomplete, then the compliant, each in the order of the inputs (the text report's order,
    /// and the page's unless the user asks for the files' order).
    pub fn needing_work_first(&self) -> impl Iterator<Item = usize> + use<> {
        let mut places: Vec<(usize, Status)> =
            self.items.iter().map(|i| i.status).enumerate().collect();
        crate::sort_by_key(&mut places, |&(_, status)| std::cmp::Reverse(status));
        places.into_iter().map(|(at, _)| at)
    }

    /// A readable summary, failures first.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let s = &self.summary;
        let _ = writeln!(
            out,
            "stanag-check: {s} (catalogue {} {})",
            self.catalogue.version, self.catalogue.fingerprint
        );
        for w in &self.warnings {
            let _ = writeln!(out, "{w}");
        }
        for item in self
            .needing_work_first()
            .filter_map(|at| self.items.get(at))
        {
            let _ = writeln!(
                out,
                "\n{} {} ({}, {}, {}:{})",
                item.status.name().to_uppercase(),
                item.id,
                item.name,
                item.nation,
                item.file,
                item.line
            );
            for standard in &item.standards {
                let edition = standard
                    .edition
                    .as_deref()
                    .map(|e| format!(" ({})", edition_label(e)))
                    .unwrap_or_default();
                let claimed = if standard.claimed { ", claimed" } else { "" };
                let local = standard
                    .local_file
                    .as_deref()
                    .map(|f| format!(", from your catalogue file {f}"))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "  {}{edition} [{}{claimed}{local}]: {}",
                    standard.standard,
                    standard.document_status.name(),
                    standard.status.name()
                );
            }
            // a standard that judges only the items that claim it, unclaimed: not judged, and
            // why (the one not-applicable line the summary shows)
            for r in item
                .results
                .iter()
                .filter(|r| r.verdict == Verdict::NotApplicable && r.citation.limit.kind == "claim")
            {
                let _ = writeln!(
                    out,
                    "  {} [not claimed]: {}",
                    r.citation.standard, r.message
                );
            }
            for notice in &item.notices {
                let _ = writeln!(out, "  ! {notice}");
            }
            // what needs attention first (a pass only within precision before plain passes),
            // in the report's order within each
            let mut shown: Vec<&Outcome> = item
                .results
                .iter()
                .filter(|r| r.verdict != Verdict::NotApplicable)
                .collect();
            crate::sort_by_key(&mut shown, |r| std::cmp::Reverse(r.urgency()));
            for r in shown {
                let c = &r.citation;
                let method = c
                    .limit
                    .method
                    .as_deref()
                    .map(|m| format!(" [{m}]"))
                    .unwrap_or_default();
                // a recommended requirement's failure does not make the item
                // non-compliant: the line says which kind it is, and the clause cited
                let mut about: Vec<String> = Vec::new();
                if c.severity == Severity::Recommended {
                    about.push(c.severity.name().into());
                }
                if let Some(clause) = &c.clause {
                    about.push(format!("clause {clause}"));
                }
                let about = if about.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", about.join(", "))
                };
                // a pass only within the value's precision is marked as one (its note
                // says by how much)
                let verdict = if r.within_precision {
                    "pass~"
                } else {
                    r.verdict.name()
                };
                let _ = writeln!(
                    out,
                    "  {:<14} {}{method}{about}: {} — limit {} — {} ({}: {})",
                    verdict,
                    c.requirement,
                    r.message,
                    c.limit.text,
                    c.source,
                    c.confidence.tag(),
                    c.confidence.meaning(),
                );
                if let Some(note) = &r.note {
                    let _ = writeln!(out, "  {:<14} note: {note}", "");
                }
            }
        }
        out
    }
}

impl Report {
    /// Every related pair, lowest level first, with its reasons.
    pub fn pairs_text(&self) -> String {
        let mut out = format!(
            "\n{} related\n",
            crate::suggest::counted(self.pairs.len(), "pair")
        );
        for notice in &self.pair_notices {
            let _ = writeln!(out, "  ! {notice}");
        }
        let mut pairs: Vec<&Pair> = self.pairs.iter().collect();
        crate::sort_by_key(&mut pairs, |p| p.level);
        for p in pairs {
            let _ = writeln!(
                out,
                "\n{:<19} {} ↔ {}",
                p.level.name().to_uppercase(),
                p.a,
                p.b
            );
            for r in &p.reasons {
                // a recommended rule's failure is said as one, as a requirement's is
                let recommended = if r.severity == Severity::Recommended {
                    " (recommended)"
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "  {:<8} {}{recommended}: {} — {} ({:?})",
                    format!("{:?}", r.verdict).to_lowercase(),
                    r.rule,
                    r.message,
                    r.source,
                    r.confidence
                );
            }
        }
        out
    }
}

/// An edition as a report names it: as written when it says what it is ("Ed. 8", "7th edition
/// (2020)", "ADatP-4774 Ed. A V1"), else named ("edition B", "edition (B) Change 2").
pub fn edition_label(edition: &str) -> std::borrow::Cow<'_, str> {
    let lower = edition.to_lowercase();
    let named = lower.contains("edition")
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word == "ed");
    if named {
        edition.into()
    } else {
        format!("edition {edition}").into()
    }
}

#[cfg(test)]
mod tests {
    use super::edition_label;

    /// An id used in another file is warned of, at the item, naming the first; past the hundredth
    /// the rest are counted. Ids repeated in one file are that file's error, not this warning.
    #[test]
    fn ids_used_in_two_files_are_warned_of_and_counted_past_a_hundred() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        let sheet = |n: usize| {
            let items: String = (0..n)
                .map(|i| format!("  - {{ id: f{i}, name: f, nation: GBR, kind: fuel }}\n"))
                .collect();
            format!("items:\n{items}")
        };
        let two = |n| {
            crate::check_texts(
                &catalogue,
                &[("a.yaml".into(), sheet(n)), ("b.yaml".into(), sheet(n))],
            )
            .report
            .warnings
        };
        let said = two(2);
        assert_eq!(said.len(), 2);
        assert_eq!(
            said[0].to_string(),
            "b.yaml:2:5: item `f0`: warning: item id `f0` is also used in a.yaml:2: give each \
             item its own id (the pairs tell them apart as `file#id`)"
        );
        // (counted from the first not listed, b.yaml's f100 on line 102, where the user goes next)
        let many = two(130);
        assert_eq!(many.len(), 101);
        assert_eq!(
            many[100].to_string(),
            "b.yaml:102:5: item `f100`: warning: 30 more item ids from here on that are also used \
             in another file are not listed"
        );
    }

    /// A mandatory limit met only within the precision of the figure (`4.54 t` against
    /// `≤ 10000 lb`) was listed after every plain pass, and the item's notices named only a
    /// recommended failure: it is now told among the notices and listed before plain passes.
    #[test]
    fn a_mandatory_pass_within_precision_is_told_and_listed_before_plain_passes() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        let text = "items:\n  - { id: p, name: p, nation: USA, kind: pallet, properties: { \
                    pallet_type: 463L HCU-6/E, cargo_mass: 4.54 t, outside_length: 108 in } }\n";
        let report = crate::check_texts(&catalogue, &[("p.yaml".into(), text.to_string())]).report;
        let item = &report.items[0];
        assert_eq!(
            item.notices,
            [
                "mandatory 463L/cargo-max passes only within the precision of the figure: \
                 4.54 t (= 10009 lb) meets ≤ 10000 lb",
                "recommended 463L/cargo-recommended fails: 4.54 t (= 10009 lb) is above \
                 the maximum 7500 lb by 2509 lb (33.45 %)",
            ]
        );
        let text = report.to_text();
        let verdicts: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("  "))
            .filter(|l| l.starts_with("pass"))
            .filter_map(|l| l.split(':').next())
            .collect();
        assert_eq!(
            verdicts,
            [
                "pass~          463L/cargo-max",
                "pass           463L/outside-length",
                "pass           STANAG-1059/trigraph",
            ]
        );
    }

    /// The text report, and the page unless asked for the files' order, list the items that need
    /// work first: the non-compliant, then the incomplete, then the compliant, each kept in the
    /// order of the inputs.
    #[test]
    fn items_needing_work_come_first_each_in_the_inputs_order() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        // compliant, non-compliant (F-34 denser than STANAG 1135 allows), incomplete (no fuel
        // code stated), compliant, non-compliant: in two files
        let fuel = |id: &str, properties: &str| {
            format!("  - {{ id: {id}, name: {id}, nation: GBR, kind: fuel{properties} }}\n")
        };
        let a = format!(
            "items:\n{}{}{}",
            fuel(
                "c1",
                ", properties: { nato_code: F-34, flash_point: 40 °C, relative_density: 0.8 }"
            ),
            fuel(
                "n1",
                ", properties: { nato_code: F-34, relative_density: 0.9, flash_point: 40 °C }"
            ),
            fuel("i1", ""),
        );
        let b = format!(
            "items:\n{}{}",
            fuel(
                "c2",
                ", properties: { nato_code: F-34, flash_point: 40 °C, relative_density: 0.8 }"
            ),
            fuel(
                "n2",
                ", properties: { nato_code: F-34, relative_density: 0.9, flash_point: 40 °C }"
            ),
        );
        let report =
            crate::check_texts(&catalogue, &[("a.yaml".into(), a), ("b.yaml".into(), b)]).report;
        let status: Vec<(&str, &str)> = report
            .items
            .iter()
            .map(|i| (&*i.id, i.status.name()))
            .collect();
        assert_eq!(
            status,
            [
                ("c1", "compliant"),
                ("n1", "non-compliant"),
                ("i1", "incomplete"),
                ("c2", "compliant"),
                ("n2", "non-compliant"),
            ]
        );
        let order: Vec<&str> = report
            .needing_work_first()
            .map(|at| &*report.items[at].id)
            .collect();
        assert_eq!(order, ["n1", "n2", "i1", "c1", "c2"]);
        let text = report.to_text();
        let listed: Vec<&str> = text
            .lines()
            .filter_map(|l| l.split_whitespace().nth(1).filter(|_| !l.starts_with(' ')))
            .filter(|id| ["c1", "c2", "n1", "n2", "i1"].contains(id))
            .collect();
        assert_eq!(listed, order);
    }

    /// Built-in requirements alone: a vehicle of 12 V on F-54 fails the recommended
    /// STANAG-4074/system-voltage, which comes first in the catalogue, and the mandatory
    /// STANAG-4362/accepts-f34 (examples/vehicles.toml's utility truck). The mandatory failure,
    /// which makes the item non-compliant, is listed and told first.
    #[test]
    fn a_mandatory_failure_is_listed_before_a_recommended_one_of_an_earlier_standard() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        let text =
            "items:\n  - { id: t, name: t, nation: USA, kind: vehicle, claims: [STANAG 4362], \
                    properties: { accepted_fuels: [F-54], system_voltage: 12 V } }\n";
        let report = crate::check_texts(&catalogue, &[("t.yaml".into(), text.to_string())]).report;
        assert_eq!(
            report.items[0].notices,
            [
                "mandatory STANAG-4362/accepts-f34 fails, which makes the item non-compliant: \
                 [F-54] does not include F-34",
                "recommended STANAG-4074/system-voltage fails: 12 V is not 24 V, which accepts \
                 23.5 V to 24.5 V: below that by 11.5 V (47.92 %)",
                "recommended STANAG-4362/accepts-f35 fails: [F-54] does not include F-35",
                "claims STANAG 4362 but is non-compliant against it",
            ]
        );
        let text = report.to_text();
        let failed: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("  fail"))
            .filter_map(|l| l.split([':', ' ']).find(|w| !w.is_empty()))
            .collect();
        assert_eq!(
            failed,
            [
                "STANAG-4362/accepts-f34",
                "STANAG-4074/system-voltage",
                "STANAG-4362/accepts-f35",
            ]
        );
    }

    /// Every way the catalogue writes an edition reads once as an edition, never twice.
    #[test]
    fn an_edition_is_named_once() {
        for (written, label) in [
            ("Ed. 3", "Ed. 3"),
            ("ed 2", "ed 2"),
            ("7th edition (2020)", "7th edition (2020)"),
            ("ADatP-4774 Ed. A V1", "ADatP-4774 Ed. A V1"),
            ("B", "edition B"),
            ("(B) Change 2", "edition (B) Change 2"),
            ("Redacted 2", "edition Redacted 2"),
        ] {
            assert_eq!(edition_label(written), label, "{written}");
        }
    }
}
