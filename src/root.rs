// The crate root's own items (the library's `lib.rs` and `build.rs` both include this file:
// the build script compiles the core's modules to validate the built-in catalogue, and they
// name these as `crate::…`).

use catalogue::Catalogue;
use report::Report;
use spec::{Rejected, SpecFile};

/// Sorts `items` stably by `compare`, as `sort_by` does: by sorting their places, with one
/// comparison taken as `dyn`, so that the sort itself is in the page once, not once for each
/// type sorted (about 4 KB of wasm each).
pub(crate) fn sort_by<T>(
    items: &mut Vec<T>,
    mut compare: impl FnMut(&T, &T) -> std::cmp::Ordering,
) {
    let order = {
        let items: &[T] = items;
        sorted_places(
            items.len(),
            &mut |a, b| match (items.get(a), items.get(b)) {
                (Some(a), Some(b)) => compare(a, b),
                // (places within the list, from `sorted_places`)
                _ => std::cmp::Ordering::Equal,
            },
        )
    };
    let mut taken: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|at| taken.get_mut(at)?.take()));
}

/// [`sort_by`] of `items` by the key `key` gives, as `sort_by_key` does.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The places `0..len` in the order `compare` (of two places) puts them, stably.
fn sorted_places(
    len: usize,
    compare: &mut dyn FnMut(usize, usize) -> std::cmp::Ordering,
) -> Vec<usize> {
    let mut places: Vec<usize> = (0..len).collect();
    places.sort_by(|&a, &b| compare(a, b));
    places
}

/// The set of `items`, as `collect::<BTreeSet<_>>()` makes it, but by inserting each: that
/// collect sorts them first, with a sort of their own type (about 4 KB of wasm each).
pub(crate) fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> std::collections::BTreeSet<T> {
    let mut set = std::collections::BTreeSet::new();
    for item in items {
        set.insert(item);
    }
    set
}

/// The result of checking several texts: the report over every file that parsed, and the
/// errors and warnings of each file that did not (those files contribute no items).
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub report: Report,
    pub rejected: Vec<(String, Rejected)>,
}

/// The inputs with each file once (a file given again, as `*.yaml a.yaml` does, has the same
/// name and text), and the names given more than once.
pub fn without_repeats(inputs: &[(String, String)]) -> (Vec<&(String, String)>, Vec<&str>) {
    let mut kept: Vec<&(String, String)> = Vec::new();
    let mut repeated: Vec<&str> = Vec::new();
    for input in inputs {
        if !kept.contains(&input) {
            kept.push(input);
        } else if !repeated.contains(&input.0.as_str()) {
            repeated.push(&input.0);
        }
    }
    (kept, repeated)
}

/// Parses and checks named texts (file name, content). A file given twice is checked once: its
/// items would otherwise be listed twice and paired with themselves.
pub fn check_texts(catalogue: &Catalogue, inputs: &[(String, String)]) -> Checked {
    let mut files: Vec<SpecFile> = Vec::new();
    let mut rejected = Vec::new();
    let (inputs, repeated) = without_repeats(inputs);
    for (name, text) in inputs {
        match spec::parse(name, text, &catalogue.dictionary) {
            Ok(file) => files.push(file),
            Err(refused) => rejected.push((name.clone(), refused)),
        }
    }
    let mut report = Report::build(catalogue, &files);
    for name in repeated {
        report.warnings.push(spec::Warning {
            place: spec::Place {
                file: name.into(),
                line: 1,
                col: 1,
                item: None,
                property: None,
            },
            message: "this file is given more than once; it is checked once".into(),
        });
    }
    Checked { report, rejected }
}

impl Checked {
    /// The report of a link whose sender loaded catalogue files of their own that `catalogue`
    /// lacks: a property it does not know may be defined in those files, so its warning says so
    /// (ask the sender for them) rather than offer the near name of another property as the
    /// likely fix.
    pub fn from_sender_files(mut self, catalogue: &Catalogue) -> Checked {
        let dictionary = &catalogue.dictionary;
        let warnings = self.report.warnings.iter_mut().chain(
            self.rejected
                .iter_mut()
                .flat_map(|(_, r)| r.warnings.iter_mut()),
        );
        for warning in warnings {
            let Some(key) = warning.place.property.as_deref() else {
                continue;
            };
            if dictionary.property(key).is_none()
                && warning.message == spec::unknown_property(dictionary, key, false)
            {
                warning.message = spec::unknown_property(dictionary, key, true);
            }
        }
        self
    }
}
