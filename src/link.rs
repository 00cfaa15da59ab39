//! Result links: packs a spec set (file names and texts, never verdicts) with the catalogue's
//! identity into the fragment of a page address, and unpacks it again. It decides no verdict and
//! touches no file, clipboard, window or storage: the CLI and the page do that.
//!
//! # Using it
//!
//! Sending (the page's "Copy result link", the CLI's `stanag-check link`):
//!
//! ```
//! # use stanag_check::{catalogue::Catalogue, link};
//! # let catalogue = Catalogue::builtin().map_err(|e| format!("{e:?}"))?;
//! let inputs = vec![("ammo.yaml".to_string(), "items: []\n".to_string())];
//! let payload = link::encode(&catalogue, &inputs)?;          // "1…", no `#`
//! let address = link::url(link::DEFAULT_BASE, &payload);      // "stanag-check.html#1…"
//! if !link::fits_chat(&address) {
//!     // Too long for a chat tool: offer to save `link::to_file(&payload)` as
//!     // `NAME.stanag-link` instead (any file name works; the content is what counts).
//!     let _file_text = link::to_file(&payload);
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Receiving (opening a page whose address has a fragment, a dropped link file, or the CLI's
//! `check --link`): [`decode`] accepts a whole address, a fragment with or without its `#`, or the
//! text of a link file. Then [`Shared::differences`] says whether the receiver's catalogue is the
//! one the link was made with (and which standards that apply to these items differ, where that
//! can be known), and [`Shared::check`] recomputes the report with the receiver's catalogue. The
//! page must not silently replace its saved workspace with `shared.inputs`: it asks first.
//!
//! ```
//! # use stanag_check::{catalogue::Catalogue, link};
//! # let catalogue = Catalogue::builtin().map_err(|e| format!("{e:?}"))?;
//! # let inputs = vec![("ammo.yaml".to_string(), "items: []\n".to_string())];
//! # let fragment = format!("#{}", link::encode(&catalogue, &inputs)?);
//! let shared = link::decode(&fragment)?;                     // a LinkError reads well to a user
//! if let link::CatalogueDrift::Differs(drift) = shared.differences(&catalogue) {
//!     eprintln!("{drift}");                                  // the notice to show
//! }
//! let checked = shared.check(&catalogue);                    // same as checking the files
//! # assert_eq!(checked.report.inputs.len(), 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A fragment that starts with `/` is one of the page's own routes, never a link ([`decode`]
//! says "foreign"), so the page can try [`decode`] on any fragment at load: `LinkError::Empty`
//! and `LinkError::Foreign` there mean "no link here" (show nothing); any other error is a link
//! that cannot be opened (show its message).
//!
//! # Format 1
//!
//! ```text
//! address  = BASE "#" payload
//! payload  = "1" base64url-without-padding(deflate)
//! deflate  = raw deflate (RFC 1951) of `body`, its window primed with DICTIONARY_V1
//! body     = fields crc32(fields)                 CRC-32 (IEEE), 4 bytes little-endian
//! fields   = str(catalogue version) str(catalogue fingerprint)
//!            count { str(standard id) u32 }      standards that apply to the items
//!            count { str(file name) str(text) }  the inputs, in order, byte for byte
//! str      = count UTF-8 bytes
//! count    = unsigned LEB128, at most 5 bytes; u32 = 4 bytes little-endian
//! ```
//!
//! - The first character names the format: `1`..`9`, then `A`..`Z` for formats 10 to 35. It is
//!   never `/`, which starts the page's own routes (`#/…`). Every later format keeps at least
//!   [`MIN_FUTURE_CHARS`] base64url characters after it, so this build can tell "made by a newer
//!   stanag-check" from a foreign fragment such as `#Introduction`.
//! - Nothing is normalised: file names and texts travel byte for byte, so the receiver's report
//!   has the same file names, item order, lines and columns. Verdicts do not travel: the
//!   receiver recomputes them.
//! - The standards listed are those that apply to at least one item with the sender's
//!   catalogue, each with the first 32 bits of its fingerprint. That is enough to name the
//!   standards that matter and differ, without paying for the whole catalogue in every link.
//! - The preset dictionary primes the deflate window: the sender compresses the dictionary, ends
//!   that block on a byte boundary (a sync flush) and keeps only what follows; the receiver puts
//!   the dictionary in its output buffer and inflates after it, so back-references may reach
//!   into the dictionary. Any raw-deflate decoder with a 32 KiB window can read it that way.
//! - DICTIONARY_V1 (`src/link/dictionary-v1.txt`) is frozen: a test pins its hash. It was made
//!   by [`derive_dictionary`] from catalogue 2026.11.1; a new dictionary needs a new format.
//! - Limits: the body may unpack to at most [`MAX_DECODED_BYTES`] (4 MiB); unpacking stops there
//!   (a deflate bomb is refused, never allocated). The link text may have at most
//!   [`MAX_LINK_CHARS`] characters. A link carries at most [`MAX_LINK_FILES`] files: more are
//!   refused when a link is made and when one is read (a forged link of a million empty files
//!   would otherwise be a million rows of the page).
//!
//! # Link files
//!
//! For links longer than a chat tool carries ([`CHAT_LIMIT`], about 8,000 characters) the same
//! payload is saved as a small text file: a first line starting with [`FILE_HEADER`], more header
//! lines, an empty line, then the payload wrapped at 76 characters. [`decode`] reads that text.

use crate::catalogue::{fnv1a64, Catalogue};
use crate::Checked;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use miniz_oxide::deflate::core::{
    compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
};
use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;
use std::fmt;

/// The newest link format this build writes and reads.
pub const FORMAT: u8 = 1;
/// The page address `stanag-check link` uses when given no `--base`: the page file itself,
/// opened from the same folder. Give the published page's address with `--base`.
pub const DEFAULT_BASE: &str = "stanag-check.html";
/// About the longest link a chat tool carries whole; past it, offer a link file.
pub const CHAT_LIMIT: usize = 8_000;
/// The most a link may unpack to (4 MiB): more is refused as a deflate bomb.
pub const MAX_DECODED_BYTES: usize = 4 << 20;
/// The longest link text read (6 MiB): a 4 MiB body that does not compress fits in it.
pub const MAX_LINK_CHARS: usize = 6 << 20;
/// The most files one link carries.
pub const MAX_LINK_FILES: usize = 1_000;
/// Every format's payload has at least this many characters after its format character (a
/// catalogue fingerprint alone takes more); shorter text is never taken for a later format.
pub const MIN_FUTURE_CHARS: usize = 20;
/// How a link file starts.
pub const FILE_HEADER: &str = "stanag-check result link";

/// Format 1's preset dictionary. Frozen: changing one byte breaks every format-1 link
/// (tests/links.rs pins its hash; .gitattributes keeps line-ending conversion off it).
const DICTIONARY_V1: &[u8] = include_bytes!("link/dictionary-v1.txt");

/// Why a link cannot be made or opened. The messages are written for the person holding the link.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("the link is empty: paste the whole address, including the part after `#`")]
    Empty,
    #[error(
        "`{found}` is not a stanag-check result link (those are the page address, `#`, then `1` \
         and letters, digits, `-` and `_`)"
    )]
    Foreign { found: String },
    #[error(
        "this link was made by a newer stanag-check (link format {format}); this one reads link \
         formats up to {supported}: open it with a newer stanag-check"
    )]
    FutureFormat { format: u32, supported: u8 },
    #[error(
        "the link is cut short ({detail}): copy it again in full; chat tools may cut long links, \
         so share a link file instead"
    )]
    Truncated { detail: &'static str },
    #[error("the link is damaged: {0}; copy it again from the original message")]
    Corrupted(Damage),
    #[error("the link unpacks to more than {} MiB, the most a link may carry; it was refused", .limit >> 20)]
    TooLarge { limit: usize },
    #[error(
        "the link is {chars} characters long, more than any link stanag-check makes ({limit})"
    )]
    TooLong { chars: usize, limit: usize },
    #[error("the files add up to {bytes} bytes; a link carries at most {} MiB", .limit >> 20)]
    InputsTooLarge { bytes: usize, limit: usize },
    #[error("there are no files to put in the link")]
    NoInputs,
    #[error("the link carries {count} files; a link carries at most {limit}")]
    TooManyFiles { count: usize, limit: usize },
    #[error("the link could not be compressed: this is a bug in stanag-check, please report it")]
    Compress,
    /// A spec with a result link pasted into it (the text other than the link reads as a spec):
    /// it is no link. `at`: the line and column of the link (where the spec reader tells a line
    /// that is a link).
    #[error("the text holds more than a link: the link is at {}:{}, in text that reads as a spec; open the link on its own", at.0, at.1)]
    NotOnlyALink { at: (usize, usize) },
    /// A message that holds two different result links: which one to open is not known.
    /// `first` and `second`: the line and column of each.
    #[error(
        "the text holds two different result links, at {}:{} and at {}:{}: open each on its own",
        first.0, first.1, second.0, second.1
    )]
    TwoLinks {
        first: (usize, usize),
        second: (usize, usize),
    },
}

/// How the command line opens each of the two links of a text ([`LinkError::TwoLinks`]), said
/// after it (where the page says to paste one at a time): `check --link` opens one link.
pub const OPEN_EACH_COMMAND: &str = "with `stanag-check check --link 'LINK'` (the link copied in for LINK), or saved in a file of its own that `check --link` is given";

/// How a link is damaged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Damage {
    #[error("`{character}` (character {position}) cannot appear in a link")]
    Character { character: char, position: usize },
    #[error("its compressed data does not unpack")]
    Deflate,
    #[error("there is more after its end")]
    TrailingData,
    #[error("its checksum does not match its content")]
    Checksum,
    #[error("its content is malformed ({0})")]
    Structure(&'static str),
}

/// What a link carries, unpacked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    /// The link format it was written in.
    pub format: u8,
    pub catalogue_version: String,
    pub catalogue_fingerprint: String,
    /// The standards that applied to the items for the sender: id and the first 32 bits of the
    /// standard's fingerprint, in catalogue order.
    pub standards: Vec<(String, u32)>,
    /// File name and text, in the sender's order, byte for byte.
    pub inputs: Vec<(String, String)>,
}

/// Whether the receiver's catalogue is the one the link was made with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueDrift {
    Same,
    Differs(Drift),
}

/// Two catalogues that differ, and the standards applying to these items that differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    pub link_version: String,
    pub link_fingerprint: String,
    pub here_version: String,
    pub here_fingerprint: String,
    /// Empty when every standard that applies to these items is the same in both.
    pub standards: Vec<StandardDrift>,
    /// The link's files this catalogue refuses (a property or trigraph it does not know): which
    /// standards would apply to their items here is not known.
    pub refused: Vec<String>,
    /// Why the receiver's own catalogue files are not in use (`they have errors`), where they
    /// kept some: this is then the built-in catalogue ([`Drift::with_own_files_unused`]).
    pub own_files_unused: Option<String>,
}

impl Drift {
    /// The notice of a receiver whose own catalogue files are not in use, for `why`: it says
    /// that this is the built-in catalogue, not theirs.
    pub fn with_own_files_unused(mut self, why: &str) -> Drift {
        self.own_files_unused = Some(why.to_string());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StandardDrift {
    pub id: String,
    pub change: Change,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    /// In both catalogues, with different content.
    Changed,
    /// Applied for the sender; not in the receiver's catalogue.
    Removed,
    /// Applies with the receiver's catalogue; did not for the sender.
    Added,
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "This link was made with catalogue {} ({}); this is catalogue {} ({}).",
            self.link_version, self.link_fingerprint, self.here_version, self.here_fingerprint
        )?;
        if let Some(why) = &self.own_files_unused {
            write!(
                f,
                " This is the built-in catalogue: your own catalogue files were not used \
                 ({why})."
            )?;
        }
        if self.link_fingerprint == self.here_fingerprint {
            // a local folder that only repeats built-in files renames the version alone
            return f.write_str(
                " Their content is the same (only the version names differ), so the verdicts \
                 are the sender's.",
            );
        }
        f.write_str(
            " The verdicts are recomputed with this catalogue, so they may differ from what the \
             sender saw.",
        )?;
        if crate::catalogue::is_local_version(&self.link_version) {
            f.write_str(
                " The sender loaded catalogue files of their own, which a link does not carry: \
                 ask them for those files to see what they saw.",
            )?;
        }
        if crate::catalogue::is_local_version(&self.here_version) {
            f.write_str(" Catalogue files of your own are in use here.")?;
        }
        if !self.refused.is_empty() {
            let files: Vec<String> = self
                .refused
                .iter()
                .map(|name| format!("`{}`", crate::suggest::escape(name)))
                .collect();
            let its = if files.len() == 1 { "its" } else { "their" };
            write!(
                f,
                " This catalogue cannot read {} (see {its} errors), so which standards would \
                 apply to {its} items here is not known: its property dictionary or code lists \
                 (trigraphs, NCB codes) may not be the sender's.",
                files.join(", ")
            )?;
        }
        if self.standards.is_empty() {
            if !self.refused.is_empty() {
                return Ok(());
            }
            return f.write_str(
                " The standards that apply to these items are the same in both; the difference \
                 lies elsewhere (other standards, the property dictionary or the code lists: \
                 trigraphs, NCB codes).",
            );
        }
        f.write_str(" Standards that apply to these items and differ:")?;
        for (n, s) in self.standards.iter().enumerate() {
            let how = match s.change {
                Change::Changed => "changed",
                Change::Removed => "not in this catalogue",
                Change::Added => "applies here, did not for the sender",
            };
            let sep = if n == 0 { " " } else { "; " };
            write!(f, "{sep}{} ({how})", s.id)?;
        }
        f.write_str(".")
    }
}

impl Shared {
    /// Compares the link's catalogue with `catalogue`. When they differ, it checks the inputs
    /// with `catalogue` to learn which standards apply here.
    pub fn differences(&self, catalogue: &Catalogue) -> CatalogueDrift {
        if self.catalogue_fingerprint == catalogue.fingerprint
            && self.catalogue_version == catalogue.version
        {
            return CatalogueDrift::Same;
        }
        let (here, refused) = applied_standards(catalogue, &self.inputs);
        let mut standards = Vec::new();
        for (id, hash) in &self.standards {
            match here.iter().find(|(h, _)| h == id) {
                Some((_, h)) if h == hash => {}
                Some(_) => standards.push((id.clone(), Change::Changed)),
                None => match catalogue.standards.iter().find(|s| *s.id == **id) {
                    None => standards.push((id.clone(), Change::Removed)),
                    Some(s) if short_hash(&s.fingerprint) != *hash => {
                        standards.push((id.clone(), Change::Changed))
                    }
                    // Unchanged, yet it no longer applies: the dictionary decided otherwise.
                    Some(_) => {}
                },
            }
        }
        for (id, _) in &here {
            if !self.standards.iter().any(|(s, _)| s == id) {
                standards.push((id.clone(), Change::Added));
            }
        }
        crate::sort_by(&mut standards, Ord::cmp);
        CatalogueDrift::Differs(Drift {
            link_version: self.catalogue_version.clone(),
            link_fingerprint: self.catalogue_fingerprint.clone(),
            here_version: catalogue.version.clone(),
            here_fingerprint: catalogue.fingerprint.clone(),
            standards: standards
                .into_iter()
                .map(|(id, change)| StandardDrift { id, change })
                .collect(),
            refused,
            own_files_unused: None,
        })
    }

    /// Checks the inputs with `catalogue`: the report checking the original files gives, save
    /// that a property unknown here is said to be perhaps the sender's own, where they loaded
    /// catalogue files of their own that `catalogue` lacks ([`Shared::lacks_sender_files`]).
    pub fn check(&self, catalogue: &Catalogue) -> Checked {
        let checked = crate::check_texts(catalogue, &self.inputs);
        if self.lacks_sender_files(catalogue) {
            checked.from_sender_files(catalogue)
        } else {
            checked
        }
    }

    /// Whether the sender loaded catalogue files of their own and `catalogue` is not the one
    /// they made the link with: what their files define is not known here.
    pub fn lacks_sender_files(&self, catalogue: &Catalogue) -> bool {
        crate::catalogue::is_local_version(&self.catalogue_version)
            && self.catalogue_fingerprint != catalogue.fingerprint
    }
}

/// Packs named texts into a link payload (no `#`): see the module doc for the format.
pub fn encode(catalogue: &Catalogue, inputs: &[(String, String)]) -> Result<String, LinkError> {
    if inputs.is_empty() {
        return Err(LinkError::NoInputs);
    }
    if inputs.len() > MAX_LINK_FILES {
        return Err(LinkError::TooManyFiles {
            count: inputs.len(),
            limit: MAX_LINK_FILES,
        });
    }
    let bytes: usize = inputs.iter().map(|(n, t)| n.len() + t.len()).sum();
    if bytes > MAX_DECODED_BYTES {
        return Err(LinkError::InputsTooLarge {
            bytes,
            limit: MAX_DECODED_BYTES,
        });
    }
    let mut body = Vec::with_capacity(bytes + 256);
    put_str(&mut body, &catalogue.version);
    put_str(&mut body, &catalogue.fingerprint);
    let (standards, _) = applied_standards(catalogue, inputs);
    put_count(&mut body, standards.len());
    for (id, hash) in &standards {
        put_str(&mut body, id);
        body.extend_from_slice(&hash.to_le_bytes());
    }
    put_count(&mut body, inputs.len());
    for (name, text) in inputs {
        put_str(&mut body, name);
        put_str(&mut body, text);
    }
    let crc = crc32(&body);
    body.extend_from_slice(&crc.to_le_bytes());
    if body.len() > MAX_DECODED_BYTES {
        return Err(LinkError::InputsTooLarge {
            bytes: body.len(),
            limit: MAX_DECODED_BYTES,
        });
    }
    let packed = deflate_primed(DICTIONARY_V1, &body)?;
    let mut payload = String::with_capacity(1 + packed.len() * 4 / 3 + 4);
    payload.push(format_char(FORMAT));
    URL_SAFE_NO_PAD.encode_string(&packed, &mut payload);
    Ok(payload)
}

/// The address that opens `payload`: `base` without any fragment it had, `#`, the payload.
pub fn url(base: &str, payload: &str) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}#{payload}")
}

/// Is this address short enough for a chat tool to carry whole?
pub fn fits_chat(address: &str) -> bool {
    address.chars().count() <= CHAT_LIMIT
}

/// The text of a link file holding `payload`, for links too long for a chat tool.
pub fn to_file(payload: &str) -> String {
    let mut out = format!(
        "{FILE_HEADER} (format {})\n\
         Open it with stanag-check: drop this file on the stanag-check page, or run\n\
         `stanag-check check --link THIS-FILE`.\n\n",
        payload.chars().next().map(format_number).unwrap_or(0)
    );
    let chars: Vec<char> = payload.chars().collect();
    for line in chars.chunks(76) {
        out.extend(line);
        out.push('\n');
    }
    out
}

/// The line and column (from 1, in characters) of the first line of `text` that is a result
/// link and nothing else (or that link twice), an address or a fragment that opens: where a
/// link pasted below a spec is; `None` where such lines hold two different links (see
/// [`link_lines`]): which one is meant is not known, and the page offers to open none, as the
/// spec reader tells both. (Each word of one word only: so [`decode`] never comes back here.)
pub fn link_line(text: &str) -> Option<(usize, usize)> {
    match link_lines(text).as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The places (line and column, from 1, in characters) of the first two different result links
/// on lines of `text` that hold links that open and nothing else: a link on a line of its own
/// below a draft, and one more there or on a later line (two pasted on one
/// line, `LINK LINK`, or one below the other). A link given twice is placed once.
pub fn link_lines(text: &str) -> Vec<(usize, usize)> {
    let mut found: Vec<((usize, usize), String)> = Vec::new();
    for (i, line) in crate::document::lines(text).enumerate() {
        let mut words = line.split_whitespace().peekable();
        // (most lines hold no `#`: looked at no further)
        if words.peek().is_none() || !line.split_whitespace().all(may_be_link) {
            continue;
        }
        let Some(links) = words
            .map(|word| {
                decode(word).ok()?;
                // (where the word starts in its line: it is a part of it)
                let start = (word.as_ptr() as usize).saturating_sub(line.as_ptr() as usize);
                let col = line.get(..start).map_or(0, |before| before.chars().count()) + 1;
                Some(((i + 1, col), payload_of(word).ok()?))
            })
            .collect::<Option<Vec<_>>>()
        else {
            continue;
        };
        for (at, payload) in links {
            if !found.iter().any(|(_, seen)| *seen == payload) {
                found.push((at, payload));
            }
        }
        if found.len() >= 2 {
            break;
        }
    }
    found.into_iter().take(2).map(|(at, _)| at).collect()
}

/// Where the link is in a text that opens as a result link, as [`decode`] opens it (a link
/// alone, wrapped over lines by a chat tool, a link file, or a chat message or an e-mail around
/// one), and whether the text is such a message: the line and column (from 1, in characters) of
/// the link in a message, else of the text's first character that is not whitespace. `None` for
/// a text that does not open as a link.
pub fn opening_link(text: &str) -> Option<((usize, usize), bool)> {
    decode(text).ok()?;
    let unmarked = text.trim_start_matches('\u{feff}');
    if let Ok(Some((at, _))) = link_in_message(unmarked) {
        return Some((at, true));
    }
    let (i, line) = crate::document::lines(unmarked)
        .enumerate()
        .find(|(_, line)| !line.trim().is_empty())?;
    let indent = line.len() - line.trim_start().len();
    Some(((i + 1, line.get(..indent)?.chars().count() + 1), false))
}

/// The command that opens the result link in the spec file `name` (`stanag-check check --link
/// chat.txt`; `-` for standard input, [`crate::spec::STDIN_NAME`]), its name quoted for a shell
/// where it holds more than letters, digits and `._-/+,:@=` (and after `./` where it starts
/// with `-`), and shown as
/// [`crate::suggest::escape`] shows a name.
pub fn open_command(name: &str) -> String {
    format!(
        "stanag-check check --link {}",
        crate::suggest::file_argument(name)
    )
}

/// Whether a word may be a link, to be opened to know: most words (and lines) hold no `#`.
fn may_be_link(word: &str) -> bool {
    word.contains('#') || word.contains("%23")
}

/// Where `text` is a stanag-check result link that does not open (cut short, damaged), and
/// why: the line and column (from 1, in characters) of the link and the error [`decode`] gives
/// it. The link is the first line that holds anything, alone or after words (`see https://…#1…`),
/// and nothing follows it but the rest of its characters (a chat tool wraps lines). Only a word
/// of a link's shape is one: a bare fragment or an address, `#`, a format character and at least
/// [`MIN_FUTURE_CHARS`] base64url characters (so a `#` in a sheet's value, `#Introduction` or a
/// colour `#1a2b3c`, is none). A link that opens is none: [`link_line`] finds it.
pub fn broken_link(text: &str) -> Option<((usize, usize), LinkError)> {
    let (i, line) = crate::document::lines(text)
        .enumerate()
        .find(|(_, line)| !line.trim().is_empty())?;
    // (where a part of `text` starts in it, in bytes; ok: every part is a slice of `text`)
    let offset = |part: &str| part.as_ptr() as usize - text.as_ptr() as usize;
    let word = line.split_whitespace().find(|word| link_shaped(word))?;
    let wrapped = |l: &str| l.trim().bytes().all(is_base64url);
    let after = text.get(offset(word) + word.len()..)?;
    let mut lines_after = crate::document::lines(after);
    let rest_of_line = lines_after.next().unwrap_or_default();
    if !rest_of_line.trim().is_empty() || !lines_after.all(wrapped) {
        return None;
    }
    let error = decode(text.get(offset(word)..)?).err()?;
    let before = text.get(offset(line)..offset(word))?;
    Some(((i + 1, before.chars().count() + 1), error))
}

/// Is `word` shaped as a result link: `#` (or an address's escaped `%23`) after nothing or an
/// address, then a format character and [`MIN_FUTURE_CHARS`] base64url characters?
fn link_shaped(word: &str) -> bool {
    let word = word.trim_matches(|c| "<>‹›«»\"“”'".contains(c));
    // (the page's address: `https://…/`, `file:///…/stanag-check.html`, `stanag-check.html`)
    let address = |before: &str| {
        before.is_empty()
            || before.contains("://")
            || before.starts_with("file:")
            || before.ends_with('/')
            || before.ends_with(".html")
    };
    let fragment = match word.split_once('#') {
        Some((before, fragment)) if address(before) => fragment,
        _ => match word.split_once("%23") {
            Some((before, fragment)) if before.contains("://") => fragment,
            _ => return false,
        },
    };
    let mut chars = fragment.chars();
    chars.next().map(format_number).unwrap_or(0) != 0
        && chars
            .as_str()
            .bytes()
            .take_while(|&b| is_base64url(b))
            .count()
            >= MIN_FUTURE_CHARS
}

/// Unpacks a link: a whole address, a fragment (with or without `#`), or a link file's text.
pub fn decode(fragment_or_url: &str) -> Result<Shared, LinkError> {
    let payload = payload_of(fragment_or_url)?;
    let mut chars = payload.chars();
    let Some(first) = chars.next() else {
        return Err(LinkError::Empty);
    };
    let rest = chars.as_str();
    let format = format_number(first);
    // A later format is only recognised in something that could be one: at least
    // MIN_FUTURE_CHARS base64url characters (so `#Introduction` is foreign, not format 18).
    let future_shaped = rest.len() >= MIN_FUTURE_CHARS && rest.bytes().all(is_base64url);
    if format == 0 || (format != u32::from(FORMAT) && !future_shaped) {
        return Err(LinkError::Foreign {
            found: quote(&payload),
        });
    }
    if format > u32::from(FORMAT) {
        return Err(LinkError::FutureFormat {
            format,
            supported: FORMAT,
        });
    }
    if let Some((position, character)) = rest
        .chars()
        .enumerate()
        .find(|(_, c)| !c.is_ascii() || !is_base64url(*c as u8))
    {
        return Err(LinkError::Corrupted(Damage::Character {
            character,
            position: position + 2,
        }));
    }
    if rest.is_empty() || rest.len() % 4 == 1 {
        return Err(LinkError::Truncated {
            detail: "it stops in the middle of a character group",
        });
    }
    let packed = URL_SAFE_NO_PAD
        .decode(rest)
        .map_err(|_| LinkError::Truncated {
            detail: "its last character does not complete the data",
        })?;
    let body = inflate_primed(DICTIONARY_V1, &packed)?;
    read_body(&body)
}

// ---- the body ------------------------------------------------------------------------------

fn read_body(body: &[u8]) -> Result<Shared, LinkError> {
    let malformed = |what| LinkError::Corrupted(Damage::Structure(what));
    let Some(split) = body.len().checked_sub(4) else {
        return Err(malformed("too short for its checksum"));
    };
    // ok: `split` is the length less 4
    let (fields, crc) = body.split_at(split);
    // ok: `crc` is the last 4 bytes
    let stated = u32::from_le_bytes([crc[0], crc[1], crc[2], crc[3]]);
    if crc32(fields) != stated {
        return Err(LinkError::Corrupted(Damage::Checksum));
    }
    let mut r = Reader { rest: fields };
    let catalogue_version = r.str("catalogue version")?;
    let catalogue_fingerprint = r.str("catalogue fingerprint")?;
    let n = r.count("standard count")?;
    let mut standards = Vec::new();
    for _ in 0..n {
        let id = r.str("standard id")?;
        let hash = r.u32("standard hash")?;
        standards.push((id, hash));
    }
    let n = r.count("file count")?;
    if n > MAX_LINK_FILES {
        return Err(LinkError::TooManyFiles {
            count: n,
            limit: MAX_LINK_FILES,
        });
    }
    let mut inputs = Vec::new();
    for _ in 0..n {
        let name = r.str("file name")?;
        let text = r.str("file text")?;
        inputs.push((name, text));
    }
    if !r.rest.is_empty() {
        return Err(malformed("bytes left after the last file"));
    }
    Ok(Shared {
        format: FORMAT,
        catalogue_version,
        catalogue_fingerprint,
        standards,
        inputs,
    })
}

struct Reader<'a> {
    rest: &'a [u8],
}

impl Reader<'_> {
    fn take(&mut self, n: usize, what: &'static str) -> Result<&[u8], LinkError> {
        if n > self.rest.len() {
            return Err(LinkError::Corrupted(Damage::Structure(what)));
        }
        let (head, tail) = self.rest.split_at(n); // ok: `n <= self.rest.len()` checked above
        self.rest = tail;
        Ok(head)
    }

    fn count(&mut self, what: &'static str) -> Result<usize, LinkError> {
        let mut value: u64 = 0;
        for shift in (0..35).step_by(7) {
            let byte = self.take(1, what)?[0]; // ok: `take(1, …)` gives 1 byte
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return u32::try_from(value)
                    .ok()
                    .and_then(|v| usize::try_from(v).ok())
                    .ok_or(LinkError::Corrupted(Damage::Structure(what)));
            }
        }
        Err(LinkError::Corrupted(Damage::Structure(what)))
    }

    fn str(&mut self, what: &'static str) -> Result<String, LinkError> {
        let n = self.count(what)?;
        let bytes = self.take(n, what)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| LinkError::Corrupted(Damage::Structure(what)))
    }

    fn u32(&mut self, what: &'static str) -> Result<u32, LinkError> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]])) // ok: `take(4, …)` gives 4 bytes
    }
}

fn put_count(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_count(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

/// The standards that apply to at least one item, in catalogue order, with short hashes.
/// The standards that apply to the items of `inputs` with `catalogue` (id and short hash), and
/// the names of the files it refuses.
fn applied_standards(
    catalogue: &Catalogue,
    inputs: &[(String, String)],
) -> (Vec<(String, u32)>, Vec<String>) {
    let checked = crate::check_texts(catalogue, inputs);
    let refused = checked.rejected.iter().map(|(name, _)| name.clone());
    let refused = refused.collect();
    let applied = catalogue
        .standards
        .iter()
        .filter(|s| {
            checked
                .report
                .items
                .iter()
                .any(|i| i.standards.iter().any(|o| o.standard == s.id))
        })
        .map(|s| (s.id.to_string(), short_hash(&s.fingerprint)))
        .collect();
    (applied, refused)
}

/// The first 32 bits of a standard's fingerprint (16 hex digits).
fn short_hash(fingerprint: &str) -> u32 {
    fingerprint
        .get(..8)
        .and_then(|h| u32::from_str_radix(h, 16).ok())
        .unwrap_or_else(|| {
            let full = fnv1a64(fingerprint.as_bytes());
            u32::from_str_radix(full.get(..8).unwrap_or("0"), 16).unwrap_or(0)
        })
}

// ---- text: fragments, link files, format characters ----------------------------------------

/// The payload in what a person pasted or dropped, whitespace removed (chat tools wrap lines).
fn payload_of(text: &str) -> Result<String, LinkError> {
    if text.len() > MAX_LINK_CHARS + MAX_LINK_CHARS / 8 {
        return Err(LinkError::TooLong {
            chars: text.chars().count(),
            limit: MAX_LINK_CHARS,
        });
    }
    let unmarked = text.trim_start_matches('\u{feff}');
    let text = unmarked.trim();
    // a mail client's or chat tool's brackets or quotes around an address: `<https://…>`
    let text = [
        ('<', '>'),
        ('‹', '›'),
        ('«', '»'),
        ('"', '"'),
        ('“', '”'),
        ('\'', '\''),
    ]
    .iter()
    .find_map(|&(open, close)| text.strip_prefix(open)?.strip_suffix(close))
    .map_or(text, str::trim);
    if text.is_empty() {
        return Err(LinkError::Empty);
    }
    let body = if is_link_file(text) {
        // A link file: the payload follows the first empty line.
        let mut lines = crate::document::lines(text);
        lines.by_ref().find(|l| l.trim().is_empty());
        lines.collect::<Vec<_>>().join("")
    } else if let Some((_, payload)) = link_in_message(unmarked)? {
        // a chat message or an e-mail that holds a link among its words and lines
        return Ok(payload);
    } else if let Some(at) = text.find('#') {
        text[at + 1..].to_string() // ok: after the one-byte `#` that `find` found
    } else if let Some(at) = text.find("%23").filter(|_| text.contains("://")) {
        // an address whose `#` a chat tool or mail client escaped as `%23`
        text[at + 3..].to_string() // ok: after the ASCII `%23` that `find` found
    } else {
        text.to_string()
    };
    // an address bar shows a space or line break pasted into a link as `%20` (`%0A`, …): it
    // is whitespace all the same; and any other character as its percent-escape (`%3C`, a
    // browser's `<`), which is read back, so that a damaged link is told by the character the
    // user pasted (`%` is not in a link's alphabet, so no link holds an escape otherwise)
    // (an escape of a character of the link's own alphabet is none a browser writes: a stray
    // `%`, told as one)
    let mut bytes = percent_decoded(&body, |e| !is_base64url(e));
    bytes.retain(|b| !b.is_ascii_whitespace());
    let decoded = String::from_utf8_lossy(&bytes);
    // (whitespace other than ASCII's, as before)
    let payload: String = decoded.chars().filter(|c| !c.is_whitespace()).collect();
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    if payload.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong {
            chars: payload.chars().count(),
            limit: MAX_LINK_CHARS,
        });
    }
    Ok(payload)
}

/// Whether `text` is a link file ([`to_file`]): its first line, after a byte order mark and
/// blank space, starts with [`FILE_HEADER`], whatever follows.
pub fn is_link_file(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with(FILE_HEADER)
}

/// `text` with its percent-escapes decoded (`%3C` is `<`, `%20` a space), as an address bar or
/// a page's own address writes them: a malformed escape (`%2`, `%+A`, `%G0`) stays as written,
/// and bytes that are not UTF-8 become U+FFFD.
pub fn percent_decode(text: &str) -> String {
    String::from_utf8_lossy(&percent_decoded(text, |_| true)).into_owned()
}

/// The bytes of `text` with each escape decoded whose byte `decoded` takes: an escape is `%` and
/// two hexadecimal digits (no sign: `%+A` is none); any other `%`, or an escape of a byte
/// `decoded` refuses, stays as written.
fn percent_decoded(text: &str, decoded: impl Fn(u8) -> bool) -> Vec<u8> {
    let hex = |d: u8| char::from(d).to_digit(16);
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&b, after)) = rest.split_first() {
        let escaped = match after {
            [h, l, ..] if b == b'%' => hex(*h)
                .zip(hex(*l))
                .map(|(h, l)| (h * 16 + l) as u8)
                .filter(|&e| decoded(e)),
            _ => None,
        };
        let (byte, skip) = escaped.map_or((b, 1), |e| (e, 3));
        bytes.push(byte);
        rest = rest.get(skip..).unwrap_or_default();
    }
    bytes
}

/// A link's place in a text (line and column, from 1, in characters) and its payload.
type PlacedPayload = ((usize, usize), String);

/// The link in a text of more than one word that holds one among other words or lines (a chat
/// message, an e-mail: `Hi Anna,` … the address on a line or in a sentence … `Best, Jan`), as
/// its place (line and column, from 1, in characters) and payload; `None` when no word of it is a link (one a chat tool wrapped over lines, which
/// [`payload_of`] reads whole, or none at all). A text whose other lines read as a spec is no
/// link ([`LinkError::NotOnlyALink`], at the link), nor is one that holds two different links
/// ([`LinkError::TwoLinks`], at both). `text`: as pasted, but for a byte order mark, so that
/// places are the reader's.
fn link_in_message(text: &str) -> Result<Option<PlacedPayload>, LinkError> {
    if !text.trim().contains(char::is_whitespace) {
        return Ok(None);
    }
    // each link's place and payload, and the text without the links (for the spec reader)
    let mut links: Vec<((usize, usize), String)> = Vec::new();
    let mut rest = String::with_capacity(text.len());
    for (i, line) in crate::document::lines_with_ends(text).enumerate() {
        let mut kept = 0;
        for word in line.split_whitespace() {
            // (where the word starts in its line: it is a part of it)
            let start = (word.as_ptr() as usize).saturating_sub(line.as_ptr() as usize);
            let (link, skipped) = link_word(word);
            // (two different links are told as such: no third is looked for)
            let found = links.len() < 2 && may_be_link(link) && decode(link).is_ok();
            let Some(payload) = found.then(|| payload_of(link).ok()).flatten() else {
                continue;
            };
            let at = start + skipped;
            let col = line.get(..at).map_or(0, |before| before.chars().count()) + 1;
            if !links.iter().any(|(_, seen)| *seen == payload) {
                links.push(((i + 1, col), payload));
            }
            rest.push_str(line.get(kept..at).unwrap_or_default());
            kept = at + link.len();
        }
        rest.push_str(line.get(kept..).unwrap_or_default());
    }
    let mut found = links.into_iter();
    let Some((at, payload)) = found.next() else {
        return Ok(None);
    };
    if reads_as_spec(&rest) {
        return Err(LinkError::NotOnlyALink { at });
    }
    match found.next() {
        Some((second, _)) => Err(LinkError::TwoLinks { first: at, second }),
        None => Ok(Some((at, payload))),
    }
}

/// A word of a message as the link it may be, and the bytes skipped before it: without the
/// marks of a mail's quoted lines (`>`) or the brackets and quotes of a sentence before it, nor
/// the sentence's punctuation after it (`see (https://…#…).`). None of these is in a link's
/// alphabet; a mail client's `<…>` around an address is left for [`payload_of`].
fn link_word(word: &str) -> (&str, usize) {
    let link = word.trim_start_matches(['>', '(', '[', '"', '\'', '“', '‘', '«', '‹']);
    let skipped = word.len() - link.len();
    let link = link.trim_end_matches([')', ']', '.', ',', ';', ':', '!', '?', '"', '\'', '”', '’']);
    let link = match link.strip_suffix(['»', '›']) {
        // (a sentence's closing quote, not a pair's: the pair is `payload_of`'s)
        Some(inner) if !link.starts_with(['«', '‹']) => inner,
        _ => link,
    };
    (link, skipped)
}

/// Whether the text around a link reads as a spec (a spec with a link pasted into it), not as
/// a message (greetings, sentences, a signature, a mail's quoted lines): it reads as a document
/// holding items, a list or a mapping of keys with values (`key: value`; `the results: x` is
/// no key of a spec, nor `Results:` alone a mapping of one), or, a
/// draft that does not read yet, most of its lines are lines of one (`key: value`, `- id: a`,
/// `key = value`, `[[items]]`, `{`, `"key": value`).
fn reads_as_spec(text: &str) -> bool {
    use crate::document::{self, Format, Value};
    if text.trim().is_empty() {
        return false;
    }
    match document::parse(Format::detect("", text), text) {
        Ok(root) => match &root.value {
            Value::Seq(nodes) => nodes.iter().any(|n| matches!(n.value, Value::Map(_))),
            Value::Map(entries) => {
                entries.iter().any(|e| e.value.value != Value::Null)
                    && entries
                        .iter()
                        .all(|e| !e.key.is_empty() && !e.key.contains(char::is_whitespace))
            }
            _ => false,
        },
        Err(_) => {
            let content = crate::document::lines(text)
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with("//"));
            let (lines, shaped) = content.fold((0, 0), |(lines, shaped), line| {
                (lines + 1, shaped + usize::from(spec_shaped(line)))
            });
            shaped * 2 > lines
        }
    }
}

/// Whether a line (trimmed) is shaped as a line of a spec: `key: value` or `key:` (a key of one
/// word, or quoted), the same as a list's entry (`- id: a`), `key = value`, a TOML table's
/// header, or one of JSON's or a flow's brackets.
fn spec_shaped(line: &str) -> bool {
    let mut line = line;
    // a YAML list's entries: `- id: a`, `-` (the entry on the lines below); not `--`
    while let Some(entry) = line.strip_prefix('-') {
        if entry.is_empty() {
            return true;
        }
        if !entry.starts_with(char::is_whitespace) {
            break;
        }
        line = entry.trim_start();
    }
    if line.starts_with(['{', '}', ']']) {
        return true;
    }
    if let Some(inner) = line.strip_prefix('[') {
        return crate::document::is_table_header(line)
            || inner.trim_start().is_empty()
            || inner.trim_start().starts_with(['{', '[', '"', ']']);
    }
    let after_key = match line.strip_prefix('"') {
        Some(quoted) => quoted.split_once('"').map(|(_, after)| after),
        None => {
            let end = line
                .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.')))
                .unwrap_or(line.len());
            line.get(end..).filter(|_| end > 0)
        }
    };
    after_key.is_some_and(|after| {
        let after = after.trim_start();
        match after.strip_prefix(':') {
            Some(value) => value.is_empty() || value.starts_with(char::is_whitespace),
            None => after.starts_with('='),
        }
    })
}

/// `1`..`9` are formats 1 to 9, `A`..`Z` formats 10 to 35; anything else is 0 (no format).
fn format_number(c: char) -> u32 {
    match c {
        '1'..='9' => u32::from(c) - u32::from('0'),
        'A'..='Z' => u32::from(c) - u32::from('A') + 10,
        _ => 0,
    }
}

fn format_char(format: u8) -> char {
    match format {
        1..=9 => char::from(b'0' + format),
        _ => char::from(b'A' + format.saturating_sub(10).min(25)),
    }
}

fn is_base64url(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// The start of something pasted, for a message.
fn quote(text: &str) -> String {
    crate::dictionary::shortened(text, 24).into_owned()
}

// ---- deflate with a primed window ----------------------------------------------------------

/// Raw deflate of `data` as it continues after `dictionary`: the compressor reads the
/// dictionary first and flushes to a byte boundary, and only what follows is kept.
fn deflate_primed(dictionary: &[u8], data: &[u8]) -> Result<Vec<u8>, LinkError> {
    // Level 10 ("uber"): the most match probes; window_bits < 0: raw deflate, no zlib header.
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(10, -15, 0));
    // The dictionary's own compressed form is thrown away: the receiver has the dictionary.
    run_compressor(&mut compressor, dictionary, TDEFLFlush::Sync)?;
    run_compressor(&mut compressor, data, TDEFLFlush::Finish)
}

fn run_compressor(
    c: &mut CompressorOxide,
    mut input: &[u8],
    flush: TDEFLFlush,
) -> Result<Vec<u8>, LinkError> {
    let mut out = vec![0u8; input.len() + input.len() / 4 + 1024];
    let mut at = 0;
    loop {
        // ok: `made` is at most the slice given, so `at <= out.len()`
        let (status, used, made) = compress(c, input, &mut out[at..], flush);
        at += made;
        input = input.get(used..).unwrap_or_default();
        let finished = match status {
            TDEFLStatus::Done => true,
            // A flush is complete once the input is used up and the output had room to spare.
            TDEFLStatus::Okay => input.is_empty() && at < out.len(),
            TDEFLStatus::BadParam | TDEFLStatus::PutBufFailed => return Err(LinkError::Compress),
        };
        if finished {
            out.truncate(at);
            return Ok(out);
        }
        if out.len() - at < 1024 {
            out.resize(out.len() * 2, 0);
        }
    }
}

/// Inflates `packed` after `dictionary`, refusing to unpack more than [`MAX_DECODED_BYTES`].
fn inflate_primed(dictionary: &[u8], mut packed: &[u8]) -> Result<Vec<u8>, LinkError> {
    let limit = dictionary.len() + MAX_DECODED_BYTES;
    let first = dictionary.len()
        + packed
            .len()
            .saturating_mul(4)
            .clamp(4096, MAX_DECODED_BYTES);
    let mut out = vec![0u8; first];
    out[..dictionary.len()].copy_from_slice(dictionary); // ok: `first >= dictionary.len()`
    let mut at = dictionary.len();
    let mut inflater = Box::<DecompressorOxide>::default();
    loop {
        let (status, used, made) = decompress(
            &mut inflater,
            packed,
            &mut out,
            at,
            inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
        );
        at += made;
        packed = packed.get(used..).unwrap_or_default();
        match status {
            TINFLStatus::Done => {
                if !packed.is_empty() {
                    return Err(LinkError::Corrupted(Damage::TrailingData));
                }
                out.truncate(at);
                return Ok(out.split_off(dictionary.len()));
            }
            TINFLStatus::HasMoreOutput => {
                if out.len() >= limit {
                    return Err(LinkError::TooLarge {
                        limit: MAX_DECODED_BYTES,
                    });
                }
                let grown = out.len().saturating_mul(2).min(limit);
                out.resize(grown, 0);
            }
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                return Err(LinkError::Truncated {
                    detail: "its compressed data stops before its end; a link damaged near its end reads so too",
                })
            }
            TINFLStatus::Failed | TINFLStatus::BadParam | TINFLStatus::Adler32Mismatch => {
                return Err(LinkError::Corrupted(Damage::Deflate))
            }
        }
    }
}

// ---- CRC-32 (IEEE 802.3, as in zip and PNG) ------------------------------------------------

const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c; // ok: `n < 256` (loop)
        n += 1;
    }
    table
};

fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |c, &b| {
        // ok: masked to 0..=255; the table has 256
        CRC_TABLE[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8)
    })
}

// ---- the preset dictionary's recipe --------------------------------------------------------

/// The recipe format 1's dictionary was made with: the catalogue's vocabulary (property, kind
/// and standard descriptions, enum values, standard ids, kinds, methods, property names and
/// aliases), then a fixed list of the words spec files are made of, the likeliest last (nearest
/// the data, so the cheapest to refer to).
/// Links never call it: they use the frozen file, because the catalogue moves on and old links
/// must not. A new format runs it again (and may change it) and freezes the result.
pub fn derive_dictionary(catalogue: &Catalogue) -> String {
    use crate::dictionary::PropertyType;
    let d = &catalogue.dictionary;
    let mut out = format!(
        "stanag-check link dictionary; from catalogue {} {}\n",
        catalogue.version, catalogue.fingerprint
    );
    for p in d.properties.values() {
        out.push_str(&p.description);
        out.push('\n');
    }
    for k in d.kinds.values() {
        out.push_str(&k.description);
        out.push('\n');
    }
    for s in &catalogue.standards {
        out.push_str(&s.title);
        out.push('\n');
    }
    for p in d.properties.values() {
        if let PropertyType::Enum(values) | PropertyType::List(values) = &p.ty {
            for v in values {
                out.push_str(&format!("\"{v}\", "));
            }
        }
    }
    out.push('\n');
    for s in &catalogue.standards {
        out.push_str(&format!("\"{}\", ", s.id));
    }
    out.push('\n');
    for k in d.kinds.keys() {
        out.push_str(&format!("kind: {k}\n"));
    }
    for m in d.methods.keys() {
        out.push_str(&format!(", method: {m} }}\n"));
    }
    for p in d.properties.values() {
        for a in &p.aliases {
            out.push_str(&format!("{a}: \""));
        }
    }
    out.push('\n');
    for p in d.properties.values() {
        out.push_str(&format!("\"{}\": \"", p.name));
    }
    out.push('\n');
    for p in d.properties.values() {
        out.push_str(&format!("\n{} = \"", p.name));
    }
    out.push('\n');
    for p in d.properties.values() {
        out.push_str(&format!("      {}: \"", p.name));
    }
    out.push('\n');
    for word in WORDS_V1 {
        out.push_str(word);
    }
    out
}

/// The fixed part of format 1's dictionary: nations and units as written, then the skeletons of
/// JSON, TOML and YAML spec files.
const WORDS_V1: &[&str] = &[
    // the NATO members' STANAG 1059 trigraphs
    "ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD MKD NOR POL \
     PRT ROU SVK SVN ESP SWE TUR GBR USA\n",
    " mm\" in\" g\" gr\" kg\" t\" lb\" m/s\" ft/s\" °C\" °F\" V\" A\" N\" L\" m\"\n",
    "{\n  \"items\": [\n    {\n      \"id\": \"",
    "\",\n      \"name\": \"",
    "\",\n      \"nation\": \"",
    "\",\n      \"kind\": \"",
    "\",\n      \"claims\": [\"STANAG ",
    "\"],\n      \"properties\": { \"",
    "{ \"value\": ",
    ", \"unit\": \"MPa\", \"method\": \"",
    "\n    },\n    {\n      \"id\": \"",
    "\n[[items]]\nid = \"",
    "\"\nname = \"",
    "\"\nnation = \"",
    "\"\nkind = \"",
    "\"\nclaims = [\"STANAG ",
    "\"]\n[items.properties]\n",
    "{ value = ",
    ", unit = \"MPa\", method = \"",
    "items:\n  - id: ",
    "\n    name: \"",
    "\"\n    nation: ",
    "\n    kind: ",
    "\n    claims: [\"STANAG ",
    "\"]\n    properties:\n      ",
    "{ value: ",
    ", unit: MPa, method: ",
    "\n\n  - id: ",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_escapes_decode_and_a_malformed_one_stays_as_written() {
        assert_eq!(percent_decode("4172%20%26%20co"), "4172 & co");
        assert_eq!(percent_decode("stanag-4172"), "stanag-4172");
        assert_eq!(percent_decode("%C3%A9%e2%80%af"), "é\u{202f}");
        // no sign is a digit: `%+A` is no escape of 0x0A (a line break)
        assert_eq!(percent_decode("%+A"), "%+A");
        assert_eq!(percent_decode("%-A"), "%-A");
        for malformed in ["a%2", "%", "%G0", "%0G", "100%"] {
            assert_eq!(percent_decode(malformed), malformed);
        }
        assert_eq!(percent_decode("%%41"), "%A");
        assert_eq!(percent_decode("%FF"), "\u{fffd}");
        // a link's own payload: an escape of one of its characters is a stray `%`
        assert_eq!(percent_decoded("%41%3C", |e| !is_base64url(e)), b"%41<");
    }

    #[test]
    fn a_link_file_is_told_by_its_first_line() {
        let file = to_file("1AAAA");
        assert!(is_link_file(&file));
        assert!(is_link_file(&format!("\u{feff}\n  {file}")));
        assert!(is_link_file(FILE_HEADER));
        assert!(!is_link_file(&format!("# {FILE_HEADER}\n")));
        assert!(!is_link_file(&format!("items: []\n{FILE_HEADER}\n")));
        assert!(!is_link_file("stanag-check.html#1AAAA"));
        assert!(!is_link_file(""));
    }

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn counts_round_trip_and_refuse_overlong_forms() {
        for n in [0usize, 1, 127, 128, 300, 16_383, 16_384, 4 << 20] {
            let mut out = Vec::new();
            put_count(&mut out, n);
            out.extend_from_slice(&vec![0; n.min(64)]);
            let mut r = Reader { rest: &out };
            assert_eq!(r.count("n").ok(), Some(n), "{n}");
        }
        let mut r = Reader {
            rest: &[0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
        };
        assert!(r.count("n").is_err());
    }

    #[test]
    fn format_characters_round_trip_and_never_slash() {
        for f in 1..=35u8 {
            let c = format_char(f);
            assert_ne!(c, '/');
            assert_eq!(format_number(c), u32::from(f));
        }
        assert_eq!(format_number('/'), 0);
    }

    #[test]
    fn primed_deflate_round_trips_and_uses_the_dictionary() {
        let dictionary = b"the quick brown fox jumps over the lazy dog; ".repeat(20);
        let data = b"the lazy dog jumps over the quick brown fox".to_vec();
        let packed = deflate_primed(&dictionary, &data).unwrap_or_default();
        assert_eq!(
            inflate_primed(&dictionary, &packed).ok(),
            Some(data.clone())
        );
        let plain = miniz_oxide::deflate::compress_to_vec(&data, 10);
        assert!(
            packed.len() < plain.len() / 2,
            "{} vs {}",
            packed.len(),
            plain.len()
        );
    }

    fn body_with_crc(fields: &[u8]) -> Vec<u8> {
        let mut body = fields.to_vec();
        body.extend_from_slice(&crc32(fields).to_le_bytes());
        body
    }

    #[test]
    fn structure_damage_is_named() {
        let cases: &[(&[u8], &str)] = &[
            (&[], "catalogue version"),
            (&[5, b'a'], "catalogue version"),
            (&[1, b'v', 1, b'f', 1, 3, b'a'], "standard id"),
            (&[1, b'v', 1, b'f', 1, 0, 1], "standard hash"),
            (&[1, b'v', 1, b'f', 0, 1, 1, b'a', 1], "file text"),
            (
                &[1, b'v', 1, b'f', 0, 0, 9],
                "bytes left after the last file",
            ),
            (&[1, 0xff, 1, b'f', 0, 0], "catalogue version"),
        ];
        for (fields, what) in cases {
            assert_eq!(
                read_body(&body_with_crc(fields)),
                Err(LinkError::Corrupted(Damage::Structure(what))),
                "{fields:?}"
            );
        }
        // 1,001 empty files (a count of 1,001, then a name and a text of length 0 each)
        let mut fields = vec![1, b'v', 1, b'f', 0];
        put_count(&mut fields, MAX_LINK_FILES + 1);
        fields.extend(std::iter::repeat_n(0, 2 * (MAX_LINK_FILES + 1)));
        assert_eq!(
            read_body(&body_with_crc(&fields)),
            Err(LinkError::TooManyFiles {
                count: 1_001,
                limit: 1_000
            })
        );
        assert_eq!(
            read_body(&[1, 2]),
            Err(LinkError::Corrupted(Damage::Structure(
                "too short for its checksum"
            )))
        );
    }
}
