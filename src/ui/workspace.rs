//! The workspace: the pasted text and the loaded files, what each one's parse found, and the
//! text the report uses for each. It owns no browser state; `browser` stores its JSON.

use crate::catalogue::Catalogue;
use crate::report::Report;
use crate::spec::{self, SpecError, SpecFile, Warning};
use crate::Checked;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The file name the pasted text is checked under (its format is detected from the content).
pub const PASTE_NAME: &str = "pasted";

/// One input: the pasted text or a loaded file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Source {
    pub name: String,
    pub text: String,
    /// While `text` has errors: the last text of this source that parsed, which the report keeps
    /// showing until the new text parses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// What the parse of `text` found (empty when it parsed). Recomputed, never stored.
    #[serde(skip)]
    pub errors: Vec<SpecError>,
    /// The warnings of `text` while it has errors (those of a text that parses are the
    /// report's). Recomputed, never stored.
    #[serde(skip)]
    pub warnings: Vec<Warning>,
    /// The parse of [`Source::checked_text`], kept so that checking never parses it again.
    #[serde(skip)]
    parsed: Option<Arc<SpecFile>>,
    /// `text` was edited and is not parsed yet (see [`Workspace::edit_paste`]).
    #[serde(skip)]
    pending: bool,
    /// A file's text that the user already had when this page read it (from storage or a result
    /// link) and that does not parse here (an older or newer catalogue may read it): kept
    /// across reloads as it was, rather than dropped as a newly rejected file is.
    #[serde(skip)]
    held: Option<String>,
}

/// Two sources are the same when their texts are: what was parsed from them follows.
impl PartialEq for Source {
    fn eq(&self, other: &Source) -> bool {
        (
            &self.name,
            &self.text,
            &self.previous,
            &self.errors,
            &self.warnings,
            self.pending,
        ) == (
            &other.name,
            &other.text,
            &other.previous,
            &other.errors,
            &other.warnings,
            other.pending,
        )
    }
}

impl Source {
    fn new(name: &str, text: String, catalogue: &Catalogue) -> Source {
        let mut source = Source {
            name: name.to_string(),
            text,
            ..Source::default()
        };
        source.settle(catalogue);
        source
    }

    /// Replaces the text, keeping the text the report used while the new one does not parse.
    fn edit(&mut self, text: String, catalogue: &Catalogue) {
        self.edit_later(text);
        self.settle(catalogue);
    }

    /// Replaces the text and leaves it to be parsed: until then the report keeps using the
    /// text it used.
    fn edit_later(&mut self, text: String) {
        if !self.pending {
            self.previous = self.checked_text().map(str::to_string);
        }
        self.text = text;
        self.pending = true;
    }

    /// Parses `text`: clears `previous` once it parses, keeps it otherwise. An empty paste area
    /// is no input; an empty file is an error (the core says "the file is empty").
    fn settle(&mut self, catalogue: &Catalogue) {
        self.pending = false;
        if self.name == PASTE_NAME && self.text.trim().is_empty() {
            self.errors.clear();
            self.warnings.clear();
            self.previous = None;
            self.parsed = None;
            return;
        }
        match spec::parse(&self.name, &self.text, &catalogue.dictionary) {
            Ok(file) => {
                self.errors.clear();
                self.warnings.clear();
                self.previous = None;
                self.parsed = Some(Arc::new(file));
            }
            Err(refused) => {
                self.errors = refused.errors;
                self.warnings = refused.warnings;
                // `parsed` is still the parse of the text the report uses (`previous`), unless
                // this source was just read back from storage
                if self.parsed.is_none() {
                    self.parsed = self
                        .previous
                        .as_deref()
                        .and_then(|p| spec::parse(&self.name, p, &catalogue.dictionary).ok())
                        .map(Arc::new);
                }
            }
        }
    }

    /// `text` was edited and is not parsed yet: its `errors` are those of the text before.
    pub fn pending(&self) -> bool {
        self.pending
    }

    /// The text the report checks for this source: `text` when it parses, else the last text
    /// that did, else none.
    pub fn checked_text(&self) -> Option<&str> {
        if self.pending {
            self.previous.as_deref()
        } else if self.text.trim().is_empty() {
            None
        } else if self.errors.is_empty() {
            Some(&self.text)
        } else {
            self.previous.as_deref()
        }
    }

    /// The report shows an earlier version of this source than the one on screen.
    pub fn is_stale(&self) -> bool {
        !self.errors.is_empty() && self.previous.is_some()
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// A reload brings this source back as it is on screen (see [`Workspace::kept`]): the
    /// pasted text always, a file that has a readable version (with its broken newer version
    /// beside it, if it has one), and a file the user already had; a newly loaded file that
    /// cannot be read is not kept.
    pub fn is_kept_as_shown(&self) -> bool {
        self.name == PASTE_NAME
            || self.checked_text().is_some()
            || self.held.as_deref() == Some(self.text.as_str())
    }
}

/// Everything the user has put in: pasted text and loaded files, in the order they came.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub paste: Source,
    pub files: Vec<Source>,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            paste: Source {
                name: PASTE_NAME.to_string(),
                ..Source::default()
            },
            files: Vec::new(),
        }
    }
}

/// A file's name as the page holds and shows it: a name comes from the user's machine, or from
/// a result link someone made, and no character of it may reverse the page's words after it
/// (a right-to-left override) or act otherwise unseen: those are written as escapes
/// (`\u{202e}`), as the command line writes them. (A spec's own text with such a character
/// is refused by the core.)
pub fn shown_file_name(name: &str) -> String {
    crate::suggest::escape(name).into_owned()
}

/// A source's name as a sentence says it: the paste area's text is "The pasted text".
pub fn shown_name(name: &str) -> &str {
    if name == PASTE_NAME {
        "The pasted text"
    } else {
        name
    }
}

/// The newest text of a source, which has errors where its last readable version stands in:
/// the paste area's is on screen, a file's was loaded last (and is not shown).
pub fn newest_text(name: &str) -> &'static str {
    if name == PASTE_NAME {
        "the text on screen"
    } else {
        "the version loaded last"
    }
}

impl Workspace {
    pub fn set_paste(&mut self, text: String, catalogue: &Catalogue) {
        self.paste.edit(text, catalogue);
    }

    /// Puts `text` in the paste area in place of what was there, which the user chose to lose
    /// (a template over their text): unlike an edit, the report does not keep the old text
    /// while the new one has errors, nor does a link or the stored workspace carry it.
    pub fn replace_paste(&mut self, text: String, catalogue: &Catalogue) {
        self.paste = Source::new(PASTE_NAME, text, catalogue);
    }

    /// Takes a result link pasted into the paste area out of it, when it is opened (the link
    /// then asks about what the workspace holds): a paste area that held only the link, or a
    /// message that is the link (a chat message or an e-mail around it), gets back its last
    /// readable text, or nothing; a link on a line of its own below (or among) the user's own
    /// text, a draft they were writing, loses that line, and the draft stays as they left it,
    /// errors and all. A paste area that holds no link that opens, in either way, is left as
    /// it is (the page offers to open none there).
    pub fn take_out_pasted_link(&mut self, catalogue: &Catalogue) {
        // the whole text opens as the link: its greeting and signature are not the user's
        let without_line = if crate::link::decode(&self.paste.text).is_ok() {
            String::new()
        } else {
            // a line of its own below (or among) the user's text: that line alone goes
            let Some((line, _)) = crate::link::link_line(&self.paste.text) else {
                return;
            };
            let mut kept: Vec<&str> = crate::document::lines(&self.paste.text).collect();
            if let Some(at) = line.checked_sub(1).filter(|at| *at < kept.len()) {
                kept.remove(at);
            }
            kept.join("\n")
        };
        let before = without_line.trim_end();
        if before.trim_start().is_empty() {
            let earlier = self.paste.checked_text().unwrap_or_default().to_string();
            self.replace_paste(earlier, catalogue);
        } else {
            let before = before.to_string();
            self.set_paste(before, catalogue);
        }
    }

    /// Puts typed or pasted text in the paste area without parsing it: the page's input event
    /// stays short, and [`Workspace::settle_pending`] parses it in a later task.
    pub fn edit_paste(&mut self, text: String) {
        self.paste.edit_later(text);
    }

    /// Parses every text edited since; `false` when there was none.
    pub fn settle_pending(&mut self, catalogue: &Catalogue) -> bool {
        let mut settled = false;
        for source in std::iter::once(&mut self.paste).chain(self.files.iter_mut()) {
            if source.pending {
                source.settle(catalogue);
                settled = true;
            }
        }
        settled
    }

    /// The parse of each source's checked text, in order.
    pub fn parsed_files(&self) -> Vec<Arc<SpecFile>> {
        self.sources()
            .filter(|s| s.checked_text().is_some())
            .filter_map(|s| s.parsed.clone())
            .collect()
    }

    /// Adds a file, or gives the file of that name its new text (loading a file again updates
    /// it): whether that replaced a different text.
    pub fn put_file(&mut self, name: &str, text: String, catalogue: &Catalogue) -> bool {
        let name = shown_file_name(name);
        let name = name.as_str();
        match self.files.iter_mut().find(|f| f.name == name) {
            Some(existing) if existing.text == text => false,
            Some(existing) => {
                existing.edit(text, catalogue);
                true
            }
            None => {
                self.files.push(Source::new(name, text, catalogue));
                false
            }
        }
    }

    /// Loads a built-in example under its own name, unless the user has a different file of
    /// that name, which an example never replaces: then as `example-NAME`.
    pub fn put_example(&mut self, name: &str, text: &str, catalogue: &Catalogue) {
        let taken = self.files.iter().any(|f| f.name == name && f.text != text);
        let name = if taken {
            format!("example-{name}")
        } else {
            name.to_string()
        };
        self.put_file(&name, text.to_string(), catalogue);
    }

    pub fn remove_file(&mut self, name: &str) {
        self.files.retain(|f| f.name != name);
    }

    /// The pasted text (when there is any), then every file.
    /// The sources whose text has errors (the report then covers only what could be read).
    pub fn with_errors(&self) -> impl Iterator<Item = &Source> {
        self.sources().filter(|s| !s.errors.is_empty())
    }

    /// What the report, and a result link made now, hold of each source with errors: its name,
    /// and whether its last readable version stands in for it (else it is left out).
    pub fn not_as_shown(&self) -> Vec<(String, bool)> {
        self.with_errors()
            .map(|s| (s.name.clone(), s.checked_text().is_some()))
            .collect()
    }

    /// What a report made now says of each source with errors, placed at its first error: the
    /// JSON download and a printout carry them, so that neither looks complete when it is not.
    pub fn report_caveats(&self) -> Vec<Warning> {
        self.with_errors()
            .filter_map(|s| {
                let place = s.errors.first()?.place.clone();
                let name = shown_name(&s.name);
                let message = if s.checked_text().is_some() {
                    format!(
                        "{name} has errors: this report uses its last readable version, not {}",
                        newest_text(&s.name)
                    )
                } else {
                    format!(
                        "{name} has errors and could not be read: it is left out of this report"
                    )
                };
                Some(Warning { place, message })
            })
            .collect()
    }

    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        std::iter::once(&self.paste)
            .filter(|p| !p.is_blank())
            .chain(self.files.iter())
    }

    pub fn is_empty(&self) -> bool {
        self.paste.is_blank() && self.files.is_empty()
    }

    /// What the report checks: each source's name and the text the report uses for it.
    pub fn inputs(&self) -> Vec<(String, String)> {
        self.sources()
            .filter_map(|s| s.checked_text().map(|t| (s.name.clone(), t.to_string())))
            .collect()
    }

    /// A workspace holding `inputs` (a result link's): an input named like the pasted text goes
    /// to the paste area, every other one is a file.
    pub fn from_inputs(inputs: &[(String, String)], catalogue: &Catalogue) -> Workspace {
        let mut workspace = Workspace::default();
        for (name, text) in inputs {
            if name == PASTE_NAME && workspace.paste.is_blank() {
                workspace.set_paste(text.clone(), catalogue);
            } else {
                workspace.put_file(name, text.clone(), catalogue);
            }
        }
        workspace.hold_unreadable_files();
        workspace
    }

    /// Marks each file that does not parse as one the user had: see [`Source::held`].
    fn hold_unreadable_files(&mut self) {
        for file in &mut self.files {
            if file.checked_text().is_none() {
                file.held = Some(file.text.clone());
            }
        }
    }

    /// Checks what the workspace holds; `None` when no source has a text that parsed.
    /// Uses each source's kept parse: nothing is parsed again.
    pub fn check(&self, catalogue: &Catalogue) -> Option<Checked> {
        let files = self.parsed_files();
        (!files.is_empty()).then(|| Checked {
            report: Report::build(catalogue, &files),
            rejected: Vec::new(),
        })
    }

    /// What is kept across reloads: the pasted text as typed, and every file that has a
    /// readable version, as it is on screen, each with the last version of it that could be
    /// read while it has errors: a reload brings back what the page showed (the errors are
    /// found again), and a file whose new version has errors comes back as that version, beside
    /// the earlier one the report uses. A file the user already had (stored, or from a result
    /// link) that does not parse here is kept as it was. A newly loaded file that cannot be read
    /// at all leaves the stored form as it was (a malformed file from elsewhere is not stored;
    /// the page says so beside it). Nothing the user had is lost.
    pub fn kept(&self) -> Workspace {
        let as_shown = |s: &Source| Source {
            name: s.name.clone(),
            text: s.text.clone(),
            previous: s
                .checked_text()
                .filter(|c| *c != s.text)
                .map(str::to_string),
            ..Source::default()
        };
        Workspace {
            paste: as_shown(&self.paste),
            files: self
                .files
                .iter()
                .filter_map(|f| {
                    if f.checked_text().is_some() {
                        return Some(as_shown(f));
                    }
                    f.held.as_ref().map(|held| Source {
                        name: f.name.clone(),
                        text: held.clone(),
                        ..Source::default()
                    })
                })
                .collect(),
        }
    }

    /// Keeps across reloads every file that has no version this catalogue reads, as it is on
    /// screen: for a reload the page makes by itself to take a new catalogue (which may read
    /// such a file), where a reload the user makes drops a newly loaded file with errors. A file
    /// with a readable version, or one already held, keeps what a reload keeps of it.
    pub fn hold_as_shown(&mut self) {
        for file in &mut self.files {
            if !file.errors.is_empty() && file.checked_text().is_none() && file.held.is_none() {
                file.held = Some(file.text.clone());
            }
        }
    }

    /// The stored form of [`Workspace::kept`]; `None` when there is nothing to keep.
    pub fn to_stored(&self) -> Option<String> {
        let kept = self.kept();
        (!kept.is_empty()).then(|| kept.to_json())
    }

    /// Smaller stored forms of [`Workspace::kept`], for a browser whose storage cannot hold it
    /// whole: the largest file left out first, then the two largest, and so on down to the
    /// pasted text alone, which is always kept. Each comes with the names of the files it
    /// leaves out, in the order they were loaded.
    pub fn smaller_stored_forms(&self) -> impl Iterator<Item = (String, Vec<String>)> {
        let kept = self.kept();
        let size = |s: &Source| s.text.len() + s.previous.as_ref().map_or(0, String::len);
        let mut largest_first: Vec<usize> = (0..kept.files.len()).collect();
        largest_first.sort_by_key(|&i| std::cmp::Reverse(kept.files.get(i).map_or(0, size)));
        (1..=largest_first.len()).filter_map(move |leave_out| {
            let left_out = largest_first.get(..leave_out)?;
            let (out, files): (Vec<_>, Vec<_>) = kept
                .files
                .iter()
                .enumerate()
                .partition(|(i, _)| left_out.contains(i));
            let smaller = Workspace {
                paste: kept.paste.clone(),
                files: files.into_iter().map(|(_, f)| f.clone()).collect(),
            };
            let names = out.into_iter().map(|(_, f)| f.name.clone()).collect();
            Some((smaller.to_json(), names))
        })
    }

    /// The JSON form of the whole workspace (errors are recomputed on load).
    pub fn to_json(&self) -> String {
        // Serialising strings and vectors of strings cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored workspace and parses every source again.
    pub fn from_json(text: &str, catalogue: &Catalogue) -> Result<Workspace, String> {
        let mut workspace: Workspace = serde_json::from_str(text)
            .map_err(|e| format!("stored workspace could not be read ({e})"))?;
        workspace.paste.name = PASTE_NAME.to_string();
        workspace.paste.settle(catalogue);
        for file in &mut workspace.files {
            file.name = shown_file_name(&file.name);
            file.settle(catalogue);
        }
        workspace.hold_unreadable_files();
        Ok(workspace)
    }
}
