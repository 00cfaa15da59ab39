//! How the user left the views, kept in this browser's storage beside the workspace: a reload
//! shows the report filtered as it was, and the matrix with the kinds and the pair it showed.
//! Only choices are kept: the filter, the items' order, two item kinds, and the open pair by its two item ids
//! (which *Clear workspace* forgets with the workspace).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::browser;

/// The storage key of the view settings.
pub const VIEW_KEY: &str = "stanag-check.view.v1";

/// The stored form: what each view was left showing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewSettings {
    /// The report shows failures only.
    pub failures_only: bool,
    /// The report's items in the files' order, not those needing work first (the text
    /// report's order, and a first visit's).
    pub in_file_order: bool,
    /// The matrix's row and column kinds (empty: every kind).
    pub pair_rows: String,
    pub pair_cols: String,
    /// The open pair, by item keys.
    pub pair_open: Option<(String, String)>,
}

impl ViewSettings {
    /// Reads stored settings; what cannot be read is left as a first visit has it (these are
    /// choices, quickly made again, not the user's work).
    pub fn from_stored(text: &str) -> ViewSettings {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn to_stored(&self) -> String {
        // a struct of strings and a flag always serialises
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The settings as signals the views share, kept while the user moves between views and, by
/// [`Views::keep`], over a reload.
#[derive(Debug, Clone, Copy)]
pub struct Views {
    pub failures_only: RwSignal<bool>,
    pub in_file_order: RwSignal<bool>,
    pub pair_rows: RwSignal<String>,
    pub pair_cols: RwSignal<String>,
    pub pair_open: RwSignal<Option<(String, String)>>,
}

impl Views {
    /// The settings stored in this browser, or a first visit's.
    pub fn restored() -> Views {
        let stored = browser::read_key(VIEW_KEY)
            .ok()
            .flatten()
            .map(|text| ViewSettings::from_stored(&text))
            .unwrap_or_default();
        Views {
            failures_only: RwSignal::new(stored.failures_only),
            in_file_order: RwSignal::new(stored.in_file_order),
            pair_rows: RwSignal::new(stored.pair_rows),
            pair_cols: RwSignal::new(stored.pair_cols),
            pair_open: RwSignal::new(stored.pair_open),
        }
    }

    fn settings(&self) -> ViewSettings {
        ViewSettings {
            failures_only: self.failures_only.get(),
            in_file_order: self.in_file_order.get(),
            pair_rows: self.pair_rows.get(),
            pair_cols: self.pair_cols.get(),
            pair_open: self.pair_open.get(),
        }
    }

    /// Stores the settings whenever one changes (a page the user only opens stores nothing). A
    /// browser that keeps nothing (storage blocked) still has them until the page is closed;
    /// the workspace's notice says storage is blocked.
    pub fn keep(self) {
        Effect::new(move |previous: Option<ViewSettings>| {
            let now = self.settings();
            if previous.is_some_and(|previous| previous != now) {
                let _ = browser::write_key(VIEW_KEY, &now.to_stored());
            }
            now
        });
    }
}
