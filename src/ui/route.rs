//! Routes: which view an address fragment shows. Hash routing works on any static host and from
//! file:// (the path there is the file's own path). It reads no browser state itself.

use crate::link::percent_decode;

/// A view of the page, named by the fragment after `#`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `#/` or no fragment.
    Check,
    /// `#/catalogue`, optionally `#/catalogue?q=<search>`.
    Catalogue { query: String },
    /// `#/catalogue/<standard-id-with-hyphens>`.
    Standard(String),
    /// `#/about`.
    About,
    /// `#/pairs`: the matrix of every loaded item against every other.
    Pairs,
    /// `#/ammunition`: for each weapon, the rounds that can be used in it.
    Ammunition,
    /// A fragment that does not start with `/`: reserved for result links.
    ResultLink(String),
    /// A fragment starting with `/` that names no view.
    NotFound(String),
}

impl Route {
    /// Reads a fragment, with or without its leading `#`.
    pub fn parse(fragment: &str) -> Route {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        if fragment.is_empty() {
            return Route::Check;
        }
        let Some(path) = fragment.strip_prefix('/') else {
            return Route::ResultLink(fragment.to_string());
        };
        let (path, query) = match path.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (path, None),
        };
        let path = path.trim_end_matches('/');
        match path.split_once('/') {
            None => match path {
                "" => Route::Check,
                "catalogue" => Route::Catalogue {
                    query: query.map(search_term).unwrap_or_default(),
                },
                "about" => Route::About,
                "pairs" => Route::Pairs,
                "ammunition" => Route::Ammunition,
                _ => Route::NotFound(fragment.to_string()),
            },
            Some(("catalogue", id)) if !id.is_empty() => Route::Standard(percent_decode(id)),
            Some(_) => Route::NotFound(fragment.to_string()),
        }
    }

    /// The `href` that leads to this view.
    pub fn href(&self) -> String {
        match self {
            Route::Check => "#/".into(),
            Route::Catalogue { query } if query.is_empty() => "#/catalogue".into(),
            Route::Catalogue { query } => format!("#/catalogue?q={}", percent_encode(query)),
            Route::Standard(id) => format!("#/catalogue/{}", percent_encode(&standard_slug(id))),
            Route::About => "#/about".into(),
            Route::Pairs => "#/pairs".into(),
            Route::Ammunition => "#/ammunition".into(),
            Route::ResultLink(raw) => format!("#{raw}"),
            Route::NotFound(raw) => format!("#{raw}"),
        }
    }
}

/// "STANAG 4172" → "stanag-4172": the standard's part of its address.
pub fn standard_slug(id: &str) -> String {
    id.split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .to_lowercase()
}

/// The `q` parameter of a query string.
fn search_term(query: &str) -> String {
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("q="))
        .map(|q| percent_decode(&q.replace('+', " ")))
        .unwrap_or_default()
}

/// Keeps unreserved characters, escapes every other byte as %XX.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
