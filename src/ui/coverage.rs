//! What the catalogue covers: standards and requirements per domain, and how many requirements
//! rest on confirmed (C), widely reported (W), recalled (R) or disputed (D) figures; and a
//! standard's document status, marked when it is not promulgated.

use crate::catalogue::{Catalogue, Confidence, Status};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Counts for one domain (or the whole catalogue).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Coverage {
    pub standards: usize,
    /// Standards that are not promulgated (study, ratification draft, superseded, cancelled).
    pub not_promulgated: usize,
    pub requirements: usize,
    pub confirmed: usize,
    pub widely_reported: usize,
    pub recalled: usize,
    pub disputed: usize,
    /// Requirements from the user's own catalogue files: their confidence is what those files
    /// say, not a public source's.
    pub yours: usize,
}

impl Coverage {
    fn add_confidence(&mut self, confidence: Confidence) {
        match confidence {
            Confidence::C => self.confirmed += 1,
            Confidence::W => self.widely_reported += 1,
            Confidence::R => self.recalled += 1,
            Confidence::D => self.disputed += 1,
        }
    }
}

/// Per domain (sorted by name) and in total.
pub fn coverage(catalogue: &Catalogue) -> (Vec<(String, Coverage)>, Coverage) {
    let mut by_domain: BTreeMap<String, Coverage> = BTreeMap::new();
    let mut total = Coverage::default();
    for standard in &catalogue.standards {
        let domain = by_domain.entry(standard.domain.clone()).or_default();
        for c in [&mut *domain, &mut total] {
            c.standards += 1;
            if standard.status != Status::Promulgated {
                c.not_promulgated += 1;
            }
            c.requirements += standard.requirements.len();
            if standard.local {
                c.yours += standard.requirements.len();
            }
            for r in &standard.requirements {
                c.add_confidence(r.confidence());
            }
        }
    }
    (by_domain.into_iter().collect(), total)
}

/// The catalogue's name as the page gives it: the built-in label, and, when the user's own
/// files are in it, that they are.
pub fn catalogue_name(catalogue: &Catalogue) -> String {
    if catalogue.has_local_files() {
        format!("{} with your own catalogue files", catalogue.label)
    } else {
        catalogue.label.clone()
    }
}

/// What a count of requirements by confidence leaves unsaid when some come from the user's own
/// files: `None` when none do.
pub fn yours_note(c: &Coverage) -> Option<String> {
    (c.yours > 0).then(|| {
        format!(
            "{} from your own catalogue files: their confidence is what your files state, not \
             a public source's.",
            crate::suggest::counted(c.yours, "requirement")
                + if c.yours == 1 { " comes" } else { " come" }
        )
    })
}

/// A document status as people read it; anything but promulgated is marked.
pub fn status_text(status: Status) -> &'static str {
    match status {
        Status::Study => "⚠ study draft",
        Status::RatificationDraft => "⚠ ratification draft",
        Status::Promulgated => "promulgated",
        Status::Superseded => "⚠ superseded",
        Status::Cancelled => "⚠ cancelled",
    }
}

#[component]
pub fn DocumentStatus(status: Status) -> impl IntoView {
    let class = if status == Status::Promulgated {
        "doc-status"
    } else {
        "doc-status marked"
    };
    view! { <span class=class data-status=status.name()>{status_text(status)}</span> }
}

#[component]
pub fn CoverageTable(catalogue: &'static Catalogue) -> impl IntoView {
    let (domains, total) = coverage(catalogue);
    let row = |c: Coverage| {
        view! {
            <td>{c.standards}</td>
            <td>{c.not_promulgated}</td>
            <td>{c.requirements}</td>
            <td>{c.confirmed}</td>
            <td>{c.widely_reported}</td>
            <td>{c.recalled}</td>
            <td>{c.disputed}</td>
        }
    };
    view! {
        <section class="coverage" aria-labelledby="coverage-heading" data-testid="coverage">
            <h2 id="coverage-heading">"Coverage"</h2>
            <p>"Standards and requirements per domain, and what the requirements' figures rest on: "
                "C confirmed, W widely reported, R recalled (unconfirmed), D sources disagree."</p>
            <div class="table-scroll" tabindex="0" role="group" aria-label="Coverage (scrolls sideways when wider than the page)">
            <table class="coverage-table">
                <thead>
                    <tr>
                        <th scope="col">"Domain"</th>
                        <th scope="col">"Standards"</th>
                        <th scope="col">"Not promulgated"</th>
                        <th scope="col">"Requirements"</th>
                        <th scope="col"><abbr title="confirmed">"C"</abbr></th>
                        <th scope="col"><abbr title="widely reported">"⚠ W"</abbr></th>
                        <th scope="col"><abbr title="recalled, unconfirmed">"⚠ R"</abbr></th>
                        <th scope="col"><abbr title="sources disagree">"⚠ D"</abbr></th>
                    </tr>
                </thead>
                <tbody>
                    {domains.into_iter().map(|(domain, c)| view! {
                        <tr data-domain=domain.clone()>
                            <th scope="row">{domain.clone()}</th>
                            {row(c)}
                        </tr>
                    }).collect_view()}
                </tbody>
                <tfoot>
                    <tr data-domain="all">
                        <th scope="row">"All domains"</th>
                        {row(total)}
                    </tr>
                </tfoot>
            </table>
            </div>
            {yours_note(&total).map(|note| view! { <p data-testid="coverage-yours">{note}</p> })}
        </section>
    }
}
