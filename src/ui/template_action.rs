//! "New spec from template": puts the skeleton of an item kind (`template::for_kind`) in the
//! paste area. Text the user wrote there is never replaced without asking first.

use crate::catalogue::Catalogue;
use crate::template;
use crate::ui::{browser, AppState};
use leptos::prelude::*;

/// Text the paste area can lose without asking: nothing, or an untouched template.
pub fn replaceable(catalogue: &Catalogue, text: &str) -> bool {
    text.trim().is_empty()
        || catalogue
            .dictionary
            .kinds
            .keys()
            .filter_map(|k| template::for_kind(catalogue, k))
            .any(|t| t == text)
}

#[component]
pub fn NewFromTemplate(state: AppState) -> impl IntoView {
    let catalogue = state.catalogue;
    let kinds: Vec<(String, String)> = catalogue
        .dictionary
        .kinds
        .iter()
        .map(|(k, d)| (k.clone(), d.description.clone()))
        .collect();
    let first = kinds.first().map(|(k, _)| k.clone()).unwrap_or_default();
    let kind = RwSignal::new(first);
    // The kind whose template waits for the user to say the pasted text may go.
    let asking = RwSignal::new(None::<String>);
    let put = move |kind: &str| {
        if let Some(text) = template::for_kind(catalogue, kind) {
            state.workspace.update(|w| w.replace_paste(text, catalogue));
            asking.set(None);
            browser::focus_next_frame(|| browser::focus_id("paste"));
        }
    };
    let start = move |_| {
        let k = kind.get_untracked();
        let keep = state
            .workspace
            .with_untracked(|w| !replaceable(catalogue, &w.paste.text));
        if keep {
            asking.set(Some(k));
            browser::focus_next_frame(|| browser::focus_id("template-keep"));
        } else {
            put(&k);
        }
    };
    // the question takes the focus on its safe answer; keeping (or Escape) gives it back
    let keep = move || {
        asking.set(None);
        browser::focus_next_frame(|| browser::focus_id("template-start"));
    };
    view! {
        <div class="template-action" role="group" aria-labelledby="template-label">
            <span id="template-label">"New spec from template: "</span>
            <label for="template-kind" class="visually-hidden">"Item kind"</label>
            <select id="template-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                {kinds.into_iter().map(|(k, description)| view! {
                    <option value=k.clone() title=description>{k.clone()}</option>
                }).collect_view()}
            </select>
            " " <button type="button" id="template-start" on:click=start>"New spec from template"</button>
            {move || asking.get().map(|k| {
                let replace_kind = k.clone();
                view! {
                    <div class="notice confirm" role="alertdialog" aria-labelledby="template-confirm" data-testid="template-confirm"
                        on:keydown=move |ev| if ev.key() == "Escape" { keep() }>
                        <p id="template-confirm">
                            "The paste area holds text you wrote. Replace it with the " <code>{k.clone()}</code>
                            " template? Your text will be lost (load it as a file, or copy it first, to keep it)."
                        </p>
                        <button type="button" on:click=move |_| put(&replace_kind)>"Replace my text"</button>
                        " " <button type="button" id="template-keep" on:click=move |_| keep()>"Keep my text"</button>
                    </div>
                }
            })}
        </div>
    }
}
