//! Result links in the page (issue 4): what a link fragment or a dropped file opens, and the
//! link the page shares. Decoding and encoding belong to `stanag_check::link`; this module only
//! decides which text is a link and reads the page's own address. `link_panel` renders it.

use crate::catalogue::Catalogue;
use crate::link::{self, LinkError, Shared};

/// The name a link too long for a chat tool is saved under.
pub const LINK_FILE_NAME: &str = "results.stanag-link";
/// The ending that marks a file as a link file, whatever else its name says.
pub const LINK_FILE_EXTENSION: &str = ".stanag-link";

/// What the page opened from a link fragment or a link file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResultLink {
    /// The link decoded: its inputs and the catalogue it was made with.
    Opened(Box<Shared>),
    /// The link cannot be opened; the error says why, for the person holding it.
    Broken(LinkError),
}

/// The hook for result links: receives the raw fragment (without `#`) of an address that is not
/// one of the page's routes, or the text of a link file. Every fragment that reaches it is meant
/// as a link, so every error (a foreign fragment too) is shown.
pub fn open_result_link(fragment: &str) -> ResultLink {
    match link::decode(fragment) {
        Ok(shared) => ResultLink::Opened(Box::new(shared)),
        Err(error) => ResultLink::Broken(error),
    }
}

/// A picked or dropped file as a link: `Some` when its name ends in `.stanag-link`, its text is a
/// link file, or its text decodes as a link (also a chat message around one), or is a message
/// with two different links (which it says); `None` for a spec file (the workspace takes it).
pub fn link_in_file(name: &str, text: &str) -> Option<ResultLink> {
    let named = name.to_lowercase().ends_with(LINK_FILE_EXTENSION);
    if named || link::is_link_file(text) {
        return Some(open_result_link(text));
    }
    match link::decode(text) {
        Ok(shared) => Some(ResultLink::Opened(Box::new(shared))),
        // A message with two different links is meant as a link: which one is not known.
        Err(error @ LinkError::TwoLinks { .. }) => Some(ResultLink::Broken(error)),
        // Not a link: a spec file, whose own errors the workspace shows.
        Err(_) => None,
    }
}

/// A link made from the workspace's inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sharing {
    /// Short enough for a chat tool: the whole address.
    Address(String),
    /// Longer than a chat tool carries: offer the link file instead.
    TooLong {
        /// The length the address would have, in characters.
        chars: usize,
        /// The text of the link file.
        file: String,
        /// The whole address all the same: e-mail carries it, where a chat tool cuts it.
        address: String,
    },
}

/// Makes the link for `inputs` on the page at `base` (any fragment of `base` is dropped).
pub fn share(
    catalogue: &Catalogue,
    inputs: &[(String, String)],
    base: &str,
) -> Result<Sharing, LinkError> {
    let payload = link::encode(catalogue, inputs)?;
    let address = link::url(base, &payload);
    if link::fits_chat(&address) {
        Ok(Sharing::Address(address))
    } else {
        Ok(Sharing::TooLong {
            chars: address.chars().count(),
            file: link::to_file(&payload),
            address,
        })
    }
}
