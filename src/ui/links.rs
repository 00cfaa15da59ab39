//! Result links: a fragment that does not start with `/` carries a result (issue 4). The page
//! hands the raw fragment to `open_result_link`; decoding belongs to `stanag_check::link`.

/// What the page can do with a result link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResultLink {
    /// This build has no link decoder: the page says so and shows the check view.
    Unsupported { fragment: String },
}

/// The hook for result links: receives the raw fragment (without `#`). Issue 4 replaces the body
/// with a call to `stanag_check::link` that turns the fragment into the inputs to check.
pub fn open_result_link(fragment: &str) -> ResultLink {
    ResultLink::Unsupported {
        fragment: fragment.to_string(),
    }
}
