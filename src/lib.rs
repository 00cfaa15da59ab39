//! stanag-check: checks equipment and munition specifications against a catalogue of public NATO
//! materiel standard parameters. The core (everything but `ui` and `cli`) has no web dependency.

pub mod catalogue;
pub mod check;
pub mod dictionary;
pub mod document;
pub mod fingerprint;
pub mod link;
pub mod pair;
pub mod report;
pub mod spec;
pub mod suggest;
pub mod template;
pub mod units;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The built-in catalogue's files as `build.rs` compiled them (see [`catalogue`]).
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/catalogue_files.rs"));
}

include!("root.rs");

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

#[cfg(test)]
mod tests {
    /// [`super::sort_by_key`] keeps equal keys in their order, as `sort_by_key` does.
    #[test]
    fn sorts_stably() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e'), (2, 'f')];
        let mut expected = items.clone();
        expected.sort_by_key(|(k, _)| *k);
        super::sort_by_key(&mut items, |(k, _)| *k);
        assert_eq!(items, expected);
        assert_eq!(
            items,
            [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c'), (2, 'f')]
        );
        let mut words = vec!["b", "a", "c"];
        super::sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["c", "b", "a"]);
        let items = ["b", "a", "b", "c", "a"];
        let expected: std::collections::BTreeSet<&str> = items.into_iter().collect();
        assert_eq!(super::set_of(items), expected);
        let mut none: Vec<u8> = Vec::new();
        super::sort_by(&mut none, Ord::cmp);
        assert!(none.is_empty());
    }
}
