//! The About view: what the catalogue holds and does not hold, and where the user's data goes
//! (nowhere: everything stays in the browser).

use crate::catalogue::Catalogue;
use crate::ui::route::Route;
use leptos::prelude::*;

#[component]
pub fn AboutPage(catalogue: &'static Catalogue) -> impl IntoView {
    let (_, total) = crate::ui::coverage::coverage(catalogue);
    let (c, w, r, d) = (
        total.confirmed,
        total.widely_reported,
        total.recalled,
        total.disputed,
    );
    view! {
        <h1 tabindex="-1">"About stanag-check"</h1>
        <p>
            "stanag-check checks equipment and munition specifications against a catalogue of public "
            "parameters of NATO materiel standards (STANAGs and the documents they rest on), and says, for "
            "every item and every requirement, pass, fail, missing or not comparable (a pass that holds only "
            "within the precision the value is quoted to is marked as one) — with the value as written, the "
            "value converted into the limit's unit, the limit, the clause, the source and how sure that source is."
        </p>
        <h2>"What the catalogue holds"</h2>
        <ul>
            <li>{crate::ui::coverage::catalogue_name(catalogue)} ", version " {catalogue.version.clone()}
                " (fingerprint " <code>{catalogue.fingerprint.clone()}</code> ")."</li>
            <li>{catalogue.standards.len()} " standards and " {total.requirements} " requirements — "
                <a href=Route::Catalogue { query: String::new() }.href()>"browse them"</a> "."</li>
            <li>"Public parameters only. Every requirement names its source and a confidence: "
                {c} " confirmed in a retrieved public source (C), "
                {w} " widely reported (W), "
                {r} " recalled and unconfirmed (R), "
                {d} " where sources disagree (D). The page marks every W, R and D figure with ⚠ and its meaning."
                {crate::ui::coverage::yours_note(&total).map(|note| format!(" {note}"))}</li>
        </ul>
        <h2>"What it does not hold"</h2>
        <ul>
            <li>"No text of the standards themselves, and nothing classified or released only to NATO nations: "
                "most STANAG texts are not public, so the figures come from public manuals, reports and reference works."</li>
            <li>"No figure that no public source gives: a missing limit is left out, not guessed."</li>
            <li>"No authority on editions or ratification status: the NATO Standardization Document Database is that authority."</li>
            <li>"A pass here is not a certification; a fail is a reason to look at the standard itself."</li>
        </ul>
        <h2>"Your data stays here"</h2>
        <ul>
            <li>"Nothing leaves this browser: the page makes no network request after it has loaded, uses no "
                "external fonts, scripts or analytics, and its Content-Security-Policy forbids contacting any other site."</li>
            <li>"The pasted text and the files you load are kept in this browser's local storage so that a reload "
                "keeps them; “Clear workspace” on the check view removes them. Your own catalogue files, "
                "loaded on the catalogue view, are kept the same way until you remove them there."</li>
            <li>"The report you download is produced here, byte for byte the same as "
                <code>"stanag-check check FILE --format json"</code> " gives on the command line."</li>
        </ul>
    }
}
