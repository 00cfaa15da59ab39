//! In-browser tests of the page: routes, the workspace, search, and the mounted app reacting to
//! input. Run with `cargo test --target wasm32-unknown-unknown --test web` (headless Chromium).
#![cfg(target_arch = "wasm32")]

use stanag_check::link::percent_decode;
use stanag_check::ui::browser;
use stanag_check::ui::catalogue_page::matches;
use stanag_check::ui::route::{standard_slug, Route};
use stanag_check::ui::workspace::{Workspace, PASTE_NAME};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod web_fixtures;
use web_fixtures::{catalogue, document, mount_page, pause, text_of, type_in, BROKEN, GOOD, LONG};

#[wasm_bindgen_test]
fn routes_read_and_write_fragments() {
    assert_eq!(Route::parse(""), Route::Check);
    assert_eq!(Route::parse("#/"), Route::Check);
    assert_eq!(Route::parse("#/about"), Route::About);
    assert_eq!(
        Route::parse("#/catalogue"),
        Route::Catalogue {
            query: String::new()
        }
    );
    assert_eq!(
        Route::parse("#/catalogue?q=chamber%20pressure"),
        Route::Catalogue {
            query: "chamber pressure".into()
        }
    );
    assert_eq!(
        Route::parse("#/catalogue/stanag-4172"),
        Route::Standard("stanag-4172".into())
    );
    assert_eq!(Route::parse("#v1.abc"), Route::ResultLink("v1.abc".into()));
    assert_eq!(
        Route::parse("#/nowhere"),
        Route::NotFound("/nowhere".into())
    );
    assert_eq!(
        Route::Standard("JBMoU 155 mm".into()).href(),
        "#/catalogue/jbmou-155-mm"
    );
    assert_eq!(standard_slug("STANAG 4172"), "stanag-4172");
    assert_eq!(percent_decode("a%2"), "a%2");
    // a malformed escape stays as written: `%+A` is no line break
    assert_eq!(
        Route::parse("#/catalogue/%+A"),
        Route::Standard("%+A".into())
    );
    let query = Route::Catalogue {
        query: "4172 & co".into(),
    };
    assert_eq!(Route::parse(&query.href()), query);
}

#[wasm_bindgen_test]
fn every_standard_address_leads_back_to_it() {
    let catalogue = catalogue();
    for standard in &catalogue.standards {
        let Route::Standard(slug) = Route::parse(&Route::Standard(standard.id.to_string()).href())
        else {
            panic!("{} has no standard route", standard.id);
        };
        assert_eq!(catalogue.standard(&slug).map(|s| &s.id), Some(&standard.id));
    }
}

#[wasm_bindgen_test]
fn search_reads_number_title_kind_and_property() {
    let catalogue = catalogue();
    let found = |q: &str| -> Vec<&str> {
        catalogue
            .standards
            .iter()
            .filter(|s| matches(s, &catalogue.dictionary, q))
            .map(|s| &*s.id)
            .collect()
    };
    assert_eq!(found("4172"), ["STANAG 4172"]);
    assert_eq!(found("stanag-4172"), ["STANAG 4172"]);
    assert!(found("chamber_pressure").contains(&"STANAG 4172"));
    // a property's alias finds the standards that look at the property
    assert_eq!(
        found("oal"),
        ["STANAG 2310", "STANAG 4090", "STANAG 4172", "STANAG 4383"]
    );
    assert!(found("5.56").contains(&"STANAG 4172"));
    // a decimal comma, an allowed value, words of a summary or a statement
    assert!(found("5,56").contains(&"STANAG 4172"));
    assert_eq!(found("16,000 lb"), ["ISO 1496-1"]);
    // each word read either way: a figure with a thousands comma beside a decimal one
    assert_eq!(found("2,25 7,500"), ["463L"]);
    assert!(found("F-34").contains(&"STANAG 1135"));
    // a code or a figure is found whole, not inside another number (`F-54` was in `0.354 in`,
    // which made every cartridge standard a diesel one)
    assert_eq!(found("F-54"), ["STANAG 1135"]);
    for q in ["F-34", "F-54", "F-76", "F-44"] {
        assert!(!found(q).contains(&"STANAG 4172"), "{q}");
    }
    assert!(!found("24 V").contains(&"STANAG 4172"));
    assert_eq!(found("NATO slave"), ["STANAG 4074"]);
    assert!(found("Manchester").contains(&"STANAG 3838"));
    assert!(found("cartridge").len() >= 3);
    assert!(found("no such words here").is_empty());
    // a unit by its name, as a data sheet writes it: where a standard writes its symbol
    // (`62 gr`) as a word, not inside another (`grade`, `green`)
    for q in ["grain", "grains", "Grains"] {
        let grains = found(q);
        assert!(grains.contains(&"STANAG 4172"), "{q}: {grains:?}");
        assert!(!grains.contains(&"STANAG 1135"), "{q}: {grains:?}");
    }
    assert_eq!(found("62 grain"), ["STANAG 4172"]);
}

#[wasm_bindgen_test]
fn a_broken_edit_keeps_the_last_text_that_parsed() {
    let catalogue = catalogue();
    let mut workspace = Workspace::default();
    workspace.set_paste(GOOD.into(), catalogue);
    assert!(workspace.paste.errors.is_empty());
    workspace.set_paste(BROKEN.into(), catalogue);
    assert_eq!(workspace.paste.errors[0].place.line, 2);
    assert!(workspace.paste.is_stale());
    let checked = workspace
        .check(catalogue)
        .expect("the earlier text is checked");
    assert_eq!(checked.report.items[0].id, "bel-ss109");
    workspace.set_paste(LONG.into(), catalogue);
    assert!(!workspace.paste.is_stale());
    let checked = workspace.check(catalogue).expect("the new text is checked");
    assert_eq!(checked.report.items[0].id, "can-long");
}

/// What the report and a link hold of inputs with errors, and what a reload brings back: every
/// input that has a readable version as it was on screen, errors and all, with the last
/// readable version the report uses; a newly loaded file that cannot be read at all is not
/// stored (a malformed file leaves the saved workspace unchanged), and the page says so.
#[wasm_bindgen_test]
fn inputs_with_errors_say_what_a_link_and_a_reload_keep() {
    let catalogue = catalogue();
    let mut workspace = Workspace::default();
    workspace.set_paste(GOOD.into(), catalogue);
    workspace.set_paste(BROKEN.into(), catalogue);
    workspace.put_file("mine.yaml", LONG.into(), catalogue);
    workspace.put_file("mine.yaml", BROKEN.into(), catalogue);
    workspace.put_file("draft.json", "{\"items\": [".into(), catalogue);
    assert_eq!(
        workspace.not_as_shown(),
        [
            (PASTE_NAME.to_string(), true),
            ("mine.yaml".to_string(), true),
            ("draft.json".to_string(), false)
        ]
    );
    let kept: Vec<bool> = workspace.sources().map(|s| s.is_kept_as_shown()).collect();
    assert_eq!(kept, [true, true, false]);
    let shown = |w: &Workspace| -> Vec<_> {
        w.sources()
            .filter(|s| s.name != "draft.json")
            .map(|s| {
                (
                    s.name.clone(),
                    s.text.clone(),
                    s.checked_text().map(str::to_string),
                    s.errors.clone(),
                )
            })
            .collect()
    };
    // a reload brings back what the page showed of the paste and of `mine.yaml`: its broken new
    // version beside the earlier one the report uses
    let stored = workspace.to_stored().expect("something to keep");
    let back = Workspace::from_json(&stored, catalogue).expect("stored form");
    assert_eq!(shown(&back), shown(&workspace));
    assert_eq!(back.files.len(), 1, "the unreadable new file is not kept");
    assert_eq!(back.files[0].text, BROKEN);
    assert_eq!(back.files[0].checked_text(), Some(LONG));
    assert!(back.files[0].is_stale());
    assert!(back.sources().all(|s| s.is_kept_as_shown()));
    let checked = back
        .check(catalogue)
        .expect("the readable versions are checked");
    let ids: Vec<&str> = checked.report.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["bel-ss109", "can-long"]);
    // and again: a second reload changes nothing
    let again = Workspace::from_json(&back.to_stored().expect("kept"), catalogue).expect("again");
    assert_eq!(again, back);
    // a file that reads comes back alone, without the version it replaced
    let mut fixed = back.clone();
    fixed.put_file("mine.yaml", GOOD.into(), catalogue);
    let stored = fixed.to_stored().expect("kept");
    assert!(!stored.contains("can-long"), "{stored}");
    // a file the user already had (here from a link) that does not parse here is kept as it
    // was; a new version of it with errors is not, and the older text comes back
    let mut had =
        Workspace::from_inputs(&[("old.yaml".to_string(), BROKEN.to_string())], catalogue);
    assert!(had.files[0].is_kept_as_shown());
    had.put_file("old.yaml", "items: [".into(), catalogue);
    assert!(!had.files[0].is_kept_as_shown());
    let stored = had.to_stored().expect("the held file is kept");
    let back = Workspace::from_json(&stored, catalogue).expect("stored form");
    assert_eq!(back.files[0].text, BROKEN);
}

/// A file's name comes from the user's machine or a link someone made: a right-to-left override
/// in it would reverse the page's words after it, so the page holds it written as an escape.
#[wasm_bindgen_test]
fn a_file_name_cannot_reverse_the_words_after_it() {
    let catalogue = catalogue();
    let mut workspace = Workspace::default();
    workspace.put_file("report\u{202e}lmay.json", GOOD.into(), catalogue);
    assert_eq!(workspace.files[0].name, "report\\u{202e}lmay.json");
    let checked = workspace.check(catalogue).expect("it reads");
    assert_eq!(checked.report.items[0].file, "report\\u{202e}lmay.json");
    // loading it again replaces it, as any file of the same name
    workspace.put_file("report\u{202e}lmay.json", LONG.into(), catalogue);
    assert_eq!(workspace.files.len(), 1);
    // a name stored raw (as a link or an older page could have kept it) is escaped on reading
    let stored =
        r#"{"paste":{"name":"pasted","text":""},"files":[{"name":"a\u202eb.json","text":"{}"}]}"#;
    let back = Workspace::from_json(stored, catalogue).expect("stored form");
    assert_eq!(back.files[0].name, "a\\u{202e}b.json");
}

/// A result link pasted into the paste area to be opened is not the user's spec: what the user
/// wrote before it stays as they left it (a draft that does not read yet, with its edits), and
/// a paste area that held only the link gets back the last text of theirs that was readable,
/// or nothing. A link the page does not offer to open (after words on a line of the draft) is
/// not taken out.
#[wasm_bindgen_test]
fn a_pasted_link_gives_the_paste_area_back() {
    let catalogue = catalogue();
    let link = include_str!("link_vectors/munitions.link").trim();
    let fragment = link.split_once('#').expect("an address").1;
    let mut workspace = Workspace::default();
    workspace.set_paste(GOOD.into(), catalogue);
    workspace.set_paste(link.into(), catalogue);
    assert!(!workspace.paste.errors.is_empty());
    workspace.take_out_pasted_link(catalogue);
    assert_eq!(workspace.paste.text, GOOD);
    assert!(workspace.paste.errors.is_empty());
    let mut empty = Workspace::default();
    empty.set_paste(link.into(), catalogue);
    empty.take_out_pasted_link(catalogue);
    assert!(empty.is_empty());
    // a draft, then the link pasted on a line below it: the draft stays, unread edits and all
    for (draft, pasted) in [
        (
            "items: [\n  - id: x",
            format!("items: [\n  - id: x\n{link}"),
        ),
        (
            "items: [",
            format!("items: [\n\nhttps://host/%23{fragment}"),
        ),
    ] {
        let mut drafting = Workspace::default();
        drafting.set_paste(GOOD.into(), catalogue);
        drafting.set_paste(pasted, catalogue);
        drafting.take_out_pasted_link(catalogue);
        assert_eq!(drafting.paste.text, draft);
        assert!(!drafting.paste.errors.is_empty());
        assert!(!drafting.is_empty());
    }
    // a link after words of the draft's is no link the page opens: nothing is taken out
    let among = format!("items: [\n  - id: é {link}\n");
    let mut drafting = Workspace::default();
    drafting.set_paste(among.clone(), catalogue);
    drafting.take_out_pasted_link(catalogue);
    assert_eq!(drafting.paste.text, among);
    // a link file pasted whole is all link
    let mut file = Workspace::default();
    file.set_paste(
        include_str!("link_vectors/munitions-and-rails.stanag-link").into(),
        catalogue,
    );
    file.take_out_pasted_link(catalogue);
    assert!(file.is_empty());
}

/// A template put over the user's text (they said it may go) is not an edit: the report, a link
/// and the stored workspace do not keep the old text while the template's lines are unfilled.
#[wasm_bindgen_test]
fn a_replaced_paste_keeps_nothing_of_the_old_text() {
    let catalogue = catalogue();
    let mut workspace = Workspace::default();
    workspace.set_paste(GOOD.into(), catalogue);
    assert_eq!(workspace.inputs().len(), 1);
    let template = stanag_check::template::for_kind(catalogue, "cartridge").expect("template");
    workspace.replace_paste(template.clone(), catalogue);
    assert_eq!(workspace.paste.text, template);
    assert!(
        !workspace.paste.errors.is_empty(),
        "the template's lines are unfilled"
    );
    assert!(!workspace.paste.is_stale());
    assert!(workspace.inputs().is_empty(), "{:?}", workspace.inputs());
    // an edit, by contrast, keeps the text the report used
    workspace.set_paste(GOOD.into(), catalogue);
    workspace.set_paste(BROKEN.into(), catalogue);
    assert_eq!(workspace.inputs().len(), 1);
}

#[wasm_bindgen_test]
fn typed_text_waits_for_its_parse_and_the_report_keeps_what_it_used() {
    let catalogue = catalogue();
    let mut workspace = Workspace::default();
    workspace.set_paste(GOOD.into(), catalogue);
    // two keystrokes before the parse: the report still uses the text that parsed
    workspace.edit_paste(BROKEN.into());
    workspace.edit_paste(LONG.into());
    assert_eq!(workspace.paste.text, LONG);
    let checked = workspace.check(catalogue).expect("the earlier text");
    assert_eq!(checked.report.items[0].id, "bel-ss109");
    assert!(workspace.settle_pending(catalogue), "one text to parse");
    assert!(
        !workspace.settle_pending(catalogue),
        "nothing left to parse"
    );
    let checked = workspace.check(catalogue).expect("the new text");
    assert_eq!(checked.report.items[0].id, "can-long");
    // a broken edit, parsed: its errors show and the report keeps the last text that parsed
    workspace.edit_paste(BROKEN.into());
    assert!(workspace.settle_pending(catalogue));
    assert_eq!(workspace.paste.errors[0].place.line, 2);
    assert!(workspace.paste.is_stale());
    let checked = workspace.check(catalogue).expect("the last good text");
    assert_eq!(checked.report.items[0].id, "can-long");
    // what is stored keeps both, and reads back to the same report
    let restored = Workspace::from_json(&workspace.to_json(), catalogue).expect("restores");
    let again = restored.check(catalogue).expect("restored report");
    assert_eq!(again.report.items[0].id, "can-long");
    // clearing the paste area leaves nothing to check
    workspace.edit_paste(String::new());
    workspace.settle_pending(catalogue);
    assert!(workspace.check(catalogue).is_none());
}

#[wasm_bindgen_test]
fn the_workspace_survives_its_stored_form() {
    let catalogue = catalogue();
    let mut workspace = Workspace::default();
    workspace.set_paste(GOOD.into(), catalogue);
    workspace.put_file("long.json", LONG.into(), catalogue);
    workspace.put_file("broken.json", BROKEN.into(), catalogue);
    workspace.put_file("long.json", GOOD.into(), catalogue);
    assert_eq!(workspace.files.len(), 2, "loading a file again replaces it");
    let restored = Workspace::from_json(&workspace.to_json(), catalogue).expect("restores");
    assert_eq!(restored, workspace);
    assert_eq!(restored.paste.name, PASTE_NAME);
    assert_eq!(restored.files[1].errors.len(), 1);
    workspace.remove_file("broken.json");
    assert_eq!(workspace.files.len(), 1);
}

/// Waits past the page's deferred check (an edit is checked in a later task) and the frames
/// that draw the report's cards.
async fn settled() {
    for _ in 0..3 {
        pause(2 * stanag_check::ui::CHECK_DELAY.as_millis() as i32).await;
    }
}

/// The report's `aria-busy`; `None` while there is no report.
fn report_busy() -> Option<String> {
    document()
        .query_selector("[data-testid=report]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("aria-busy"))
}

#[wasm_bindgen_test]
async fn pasting_a_spec_shows_its_verdicts_and_errors() {
    let _ = browser::forget_stored();
    browser::replace_fragment("#/");
    let catalogue = catalogue();
    let (host, handle) = mount_page(catalogue);
    leptos::task::tick().await;
    assert!(text_of("[data-testid=no-report]").contains("Nothing checked yet"));

    type_in(LONG);
    leptos::task::tick().await;
    // the edit's own task does not check: the report comes in a later one
    assert_eq!(
        report_busy().as_deref(),
        None,
        "no report yet, so nothing is busy"
    );
    settled().await;
    let summary = text_of("[data-testid=summary]");
    assert!(summary.contains("1 non-compliant"), "{summary}");
    let report = text_of("[data-testid=report]");
    assert!(report.contains("can-long"), "{report}");
    assert!(report.contains("FAIL"), "{report}");
    assert!(report.contains("58.00 mm"), "{report}");
    assert!(report.contains("W · widely reported"), "{report}");

    type_in(BROKEN);
    leptos::task::tick().await;
    assert_eq!(
        report_busy().as_deref(),
        Some("true"),
        "the report is marked busy until the edit is checked"
    );
    settled().await;
    let errors = text_of("[data-testid=paste-errors]");
    assert!(errors.contains("2:"), "{errors}");
    assert!(errors.contains("last version"), "{errors}");
    assert!(text_of("[data-testid=report]").contains("can-long"));

    // The workspace went to storage: a new app reads it back.
    let stored = browser::load_stored().expect("storage").expect("stored");
    assert!(stored.contains("can-long"));

    // The panic report never appeared.
    assert!(document()
        .get_element_by_id(browser::PANIC_REPORT_ID)
        .is_none());
    drop(handle);
    host.remove();
    let _ = browser::forget_stored();
}

/// A round that fits a weapon by the pair rules but fails its own standards (a lot over the
/// pressure limit) is not counted as usable: the ammunition view puts it in a table of its own.
#[wasm_bindgen_test]
fn a_round_that_fits_but_fails_its_own_standards_is_not_usable() {
    use stanag_check::pair::Level;
    use stanag_check::ui::ammunition::{round_kinds, weapon_rows};
    use stanag_check::ui::pairs_page::PairIndex;
    let catalogue = catalogue();
    let checked = stanag_check::check_texts(catalogue, &[("lots.yaml".into(), LOTS.into())]);
    let index = PairIndex::build(&checked.report);
    let rows = weapon_rows(&index, &round_kinds(catalogue));
    assert_eq!(rows.len(), 1);
    let items = &index.items;
    let rounds: Vec<(&str, Level, bool)> = rows[0]
        .groups
        .iter()
        .flat_map(|(level, rounds)| {
            rounds
                .iter()
                .map(move |r| (items[r.position].id.as_str(), *level, r.lot_fails))
        })
        .collect();
    // both fit by the pair rules; the over-pressure lot is marked
    assert_eq!(
        rounds,
        [
            ("deu-lot-1", Level::Compatible, false),
            ("bel-lot-3", Level::Compatible, true)
        ]
    );
    assert_eq!(rows[0].usable_nations(&index), ["DEU"]);
}

/// A rifle, a compliant round and an over-pressure round that both fit it by the pair rules.
const LOTS: &str = include_str!("ammunition/lots.yaml");

#[wasm_bindgen_test]
fn pair_routes_and_the_matrix_index() {
    use stanag_check::pair::Level;
    use stanag_check::ui::ammunition::{round_kinds, weapon_rows};
    use stanag_check::ui::examples::MULTINATIONAL;
    use stanag_check::ui::pairs_page::{window_start, window_text, PairIndex};
    assert_eq!(Route::parse("#/pairs"), Route::Pairs);
    assert_eq!(Route::parse("#/ammunition/"), Route::Ammunition);
    assert_eq!(Route::parse(&Route::Pairs.href()), Route::Pairs);
    assert_eq!(Route::parse(&Route::Ammunition.href()), Route::Ammunition);
    assert_eq!(window_start(0), 0);
    assert_eq!(window_start(149), 100);
    assert_eq!(window_text(50, 120), "51–100 of 120");
    assert_eq!(window_text(100, 120), "101–120 of 120");

    let catalogue = catalogue();
    let (name, text) = MULTINATIONAL;
    let checked = stanag_check::check_texts(catalogue, &[(name.into(), text.into())]);
    let report = &checked.report;
    let index = PairIndex::build(report);
    assert_eq!(index.unplaced, 0);
    assert_eq!(index.pairs(), report.pairs.len());
    let at = |id: &str| index.position(id).expect(id);
    // Every pair of the report is found from both sides, at its own level; the diagonal is empty.
    for (n, p) in report.pairs.iter().enumerate() {
        let (a, b) = (at(&p.a), at(&p.b));
        assert_eq!(index.cell(a, b), Some((n, p.level)));
        assert_eq!(index.cell(b, a), Some((n, p.level)));
    }
    let related: usize = (0..index.items.len())
        .flat_map(|r| (0..index.items.len()).map(move |c| (r, c)))
        .filter(|&(r, c)| index.cell(r, c).is_some())
        .count();
    assert_eq!(related, 2 * report.pairs.len());
    assert_eq!(index.cell(3, 3), None);
    let level = |a: &str, b: &str| index.cell(at(a), at(b)).map(|(_, l)| l);
    assert_eq!(
        level("usa-rifle-223", "bel-ss109"),
        Some(Level::Incompatible)
    );
    assert_eq!(level("bel-ss109", "usa-m855"), Some(Level::Interchangeable));
    assert_eq!(level("nld-ss109", "fra-ss109"), Some(Level::Commonality));
    assert_eq!(level("usa-rifle-223", "deu-tank"), None);

    // The ammunition view: rounds for the 5.56 mm NATO rifle, by level.
    let rounds = round_kinds(catalogue);
    assert!(rounds.contains("cartridge"));
    let rows = weapon_rows(&index, &rounds);
    assert_eq!(rows.len(), 6);
    let rifle = rows
        .iter()
        .find(|r| index.items[r.position].id == "usa-rifle-556")
        .expect("the rifle");
    let ids = |level: Level| -> Vec<&str> {
        rifle
            .groups
            .iter()
            .filter(|(l, _)| *l == level)
            .flat_map(|(_, rs)| rs.iter().map(|r| index.items[r.position].id.as_str()))
            .collect()
    };
    assert_eq!(
        ids(Level::Compatible),
        [
            "bel-ss109",
            "usa-m855",
            "nld-ss109",
            "fra-ss109",
            "usa-223-commercial"
        ]
    );
    assert!(ids(Level::Incompatible).contains(&"can-556-long"));
    assert_eq!(rifle.usable_nations(&index), ["BEL", "FRA", "NLD", "USA"]);

    // read the other way, by round: the same answers
    let fits = stanag_check::ui::ammunition::round_fits(&rows);
    let of = |id: &str| {
        fits.iter()
            .find(|f| index.items[f.position].id == id)
            .expect("the round")
    };
    let weapon_ids = |positions: &[usize]| -> Vec<String> {
        positions
            .iter()
            .map(|&p| index.items[p].id.clone())
            .collect()
    };
    let usable: Vec<usize> = of("bel-ss109").usable.iter().map(|u| u.0).collect();
    assert!(weapon_ids(&usable).contains(&"usa-rifle-556".to_string()));
    // a pair that holds only with a warning keeps it, read by round
    let commercial = of("usa-223-commercial");
    assert!(commercial
        .usable
        .iter()
        .any(|&(p, _, warned)| index.items[p].id == "usa-rifle-556" && warned));
    assert!(weapon_ids(&of("bel-ss109").barred).contains(&"usa-rifle-223".to_string()));
    assert!(weapon_ids(&of("can-556-long").barred).contains(&"usa-rifle-556".to_string()));
    // every weapon row's round is in the round's list of that level, and nowhere else
    for row in &rows {
        for (level, rounds) in &row.groups {
            for round in rounds {
                let f = fits
                    .iter()
                    .find(|f| f.position == round.position)
                    .expect("listed");
                let usable: Vec<usize> = f.usable.iter().map(|u| u.0).collect();
                let lists = [
                    (*level >= Level::Compatible, &usable),
                    (*level == Level::Unknown, &f.undecided),
                    (*level == Level::Incompatible, &f.barred),
                ];
                for (belongs, list) in lists {
                    assert_eq!(list.contains(&row.position), belongs);
                }
            }
        }
    }
}

#[wasm_bindgen_test]
fn coverage_adds_up_and_templates_are_replaceable() {
    use stanag_check::ui::coverage::coverage;
    use stanag_check::ui::template_action::replaceable;
    let catalogue = catalogue();
    let (domains, total) = coverage(catalogue);
    assert_eq!(total.standards, catalogue.standards.len());
    assert_eq!(
        total.requirements,
        catalogue
            .standards
            .iter()
            .map(|s| s.requirements.len())
            .sum::<usize>()
    );
    assert_eq!(
        total.confirmed + total.widely_reported + total.recalled + total.disputed,
        total.requirements
    );
    assert_eq!(
        domains.iter().map(|(_, c)| c.requirements).sum::<usize>(),
        total.requirements
    );
    // Anything but a promulgated document is marked, in the catalogue and in results.
    use stanag_check::catalogue::Status;
    use stanag_check::ui::coverage::status_text;
    assert_eq!(status_text(Status::Promulgated), "promulgated");
    for status in [
        Status::Study,
        Status::RatificationDraft,
        Status::Superseded,
        Status::Cancelled,
    ] {
        assert!(status_text(status).starts_with("⚠ "), "{status:?}");
    }
    assert!(replaceable(catalogue, "  \n"));
    let template = stanag_check::template::for_kind(catalogue, "weapon").expect("weapon");
    assert!(replaceable(catalogue, &template));
    assert!(!replaceable(catalogue, &format!("{template}# mine\n")));
}

/// With files loaded but none readable, the pairs view says where the errors are rather than
/// that nothing is loaded.
#[wasm_bindgen_test]
async fn the_pairs_view_says_when_nothing_loaded_could_be_read() {
    let catalogue = catalogue();
    let mut workspace = Workspace::default();
    workspace.put_file("broken.json", BROKEN.into(), catalogue);
    browser::store(&workspace.to_json()).expect("storage");
    browser::replace_fragment("#/pairs");
    let (host, handle) = mount_page(catalogue);
    leptos::task::tick().await;
    settled().await;
    assert_eq!(
        text_of("[data-testid=no-pairs]"),
        "Nothing loaded could be read: every input has errors, shown in the check view."
    );
    drop(handle);
    host.remove();
    let _ = browser::forget_stored();
    browser::replace_fragment("#/");
}

/// An example never replaces the user's own file of the same name: it comes in beside it.
#[wasm_bindgen_test]
fn an_example_never_replaces_a_file_of_the_same_name() {
    let catalogue = catalogue();
    let mut workspace = Workspace::default();
    workspace.put_file("multinational.yaml", LONG.into(), catalogue);
    let (name, text) = stanag_check::ui::examples::MULTINATIONAL;
    workspace.put_example(name, text, catalogue);
    let files: Vec<(&str, bool)> = workspace
        .files
        .iter()
        .map(|f| (f.name.as_str(), f.text == LONG))
        .collect();
    assert_eq!(
        files,
        [
            ("multinational.yaml", true),
            ("example-multinational.yaml", false)
        ]
    );
    // the example again: the same file, not a third
    workspace.put_example(name, text, catalogue);
    assert_eq!(workspace.files.len(), 2);
    // with no file of that name, it is loaded under its own
    let mut empty = Workspace::default();
    empty.put_example(name, text, catalogue);
    assert_eq!(empty.files[0].name, name);
}

/// The arrow keys move between the labelled cells of a matrix window, skipping cells with no
/// pair, and stop at its edges: left and right within the row, up and down within the column
/// (never to a cell of another column); Home and End go to a row's first and last labelled
/// cell, Page Down and Page Up to the next row that has one.
#[wasm_bindgen_test]
fn arrow_keys_move_between_labelled_cells() {
    use stanag_check::ui::pairs_page::next_cell;
    let (rows, cols) = ([0, 1, 2], [0, 1, 2, 3]);
    // every pair but 1 × 2 (and an item with itself) has a cell
    let has = |r: usize, c: usize| r != c && !matches!((r.min(c), r.max(c)), (1, 2));
    assert_eq!(
        next_cell(&rows, &cols, &has, (0, 1), "ArrowRight"),
        Some((0, 2))
    );
    // 1 × 1 and 1 × 2 have none: the next labelled one
    assert_eq!(
        next_cell(&rows, &cols, &has, (1, 0), "ArrowRight"),
        Some((1, 3))
    );
    assert_eq!(
        next_cell(&rows, &cols, &has, (1, 3), "ArrowLeft"),
        Some((1, 0))
    );
    // below 0 × 2: 1 × 2 has no pair and 2 × 2 is the item itself: none in the column; Page
    // Down goes to the nearest of row 1
    assert_eq!(next_cell(&rows, &cols, &has, (0, 2), "ArrowDown"), None);
    assert_eq!(
        next_cell(&rows, &cols, &has, (0, 2), "PageDown"),
        Some((1, 3))
    );
    assert_eq!(
        next_cell(&rows, &cols, &has, (1, 3), "PageUp"),
        Some((0, 3))
    );
    // with a fourth row: above 3 × 2, the item itself (2 × 2) and 1 × 2 are skipped, and the
    // column kept, though row 2 has a cell beside (2 × 3)
    let four = [0, 1, 2, 3];
    assert_eq!(
        next_cell(&four, &cols, &has, (3, 2), "ArrowUp"),
        Some((0, 2))
    );
    assert_eq!(
        next_cell(&four, &cols, &has, (0, 2), "ArrowDown"),
        Some((3, 2))
    );
    assert_eq!(next_cell(&rows, &cols, &has, (2, 1), "ArrowDown"), None);
    assert_eq!(
        next_cell(&rows, &cols, &has, (0, 3), "ArrowDown"),
        Some((1, 3))
    );
    assert_eq!(
        next_cell(&rows, &cols, &has, (2, 3), "ArrowUp"),
        Some((1, 3))
    );
    assert_eq!(next_cell(&rows, &cols, &has, (0, 1), "ArrowUp"), None);
    assert_eq!(next_cell(&rows, &cols, &has, (2, 0), "End"), Some((2, 3)));
    assert_eq!(next_cell(&rows, &cols, &has, (2, 3), "Home"), Some((2, 0)));
    assert_eq!(next_cell(&rows, &cols, &has, (0, 1), "Enter"), None);
}

/// Every labelled cell of a window is reached from the first with the arrow keys, however the
/// related items lie in blocks (vehicles with bridges, rifles with rounds: a row of one block
/// has no cell in another's columns).
#[wasm_bindgen_test]
fn every_labelled_cell_is_reached_by_the_arrow_keys() {
    use stanag_check::ui::pairs_page::{next_cell, MOVE_KEYS};
    let rows: Vec<usize> = (0..9).collect();
    let cols = rows.clone();
    // three blocks of three items, related only within their block
    let has = |r: usize, c: usize| r != c && r / 3 == c / 3;
    let labelled: Vec<(usize, usize)> = rows
        .iter()
        .flat_map(|&r| cols.iter().map(move |&c| (r, c)))
        .filter(|&(r, c)| has(r, c))
        .collect();
    let mut reached = vec![labelled[0]];
    let mut next = 0;
    while next < reached.len() {
        let at = reached[next];
        next += 1;
        for key in MOVE_KEYS {
            if let Some(cell) = next_cell(&rows, &cols, &has, at, key) {
                assert!(
                    has(cell.0, cell.1),
                    "{key} from {at:?} to an unlabelled {cell:?}"
                );
                if !reached.contains(&cell) {
                    reached.push(cell);
                }
            }
        }
    }
    reached.sort_unstable();
    assert_eq!(reached, labelled);
}

/// View settings read back as stored, and what cannot be read (an older or damaged form) is a
/// first visit's: they are choices, never the user's work.
#[wasm_bindgen_test]
fn view_settings_read_back_and_survive_damage() {
    use stanag_check::ui::view_settings::ViewSettings;
    let settings = ViewSettings {
        failures_only: true,
        in_file_order: true,
        pair_rows: "weapon".into(),
        pair_cols: "cartridge".into(),
        pair_open: Some(("usa-m4".into(), "bel-ss109".into())),
    };
    assert_eq!(ViewSettings::from_stored(&settings.to_stored()), settings);
    assert_eq!(
        ViewSettings::from_stored("{not json"),
        ViewSettings::default()
    );
    // a form with fewer fields reads what it has
    assert_eq!(
        ViewSettings::from_stored(r#"{"failures_only":true}"#),
        ViewSettings {
            failures_only: true,
            ..ViewSettings::default()
        }
    );
}
