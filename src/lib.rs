//! stanag-check: checks equipment and munition specifications against a catalogue of public NATO
//! materiel standard parameters. The core (everything but `ui` and `cli`) has no web dependency.

pub mod catalogue;
pub mod check;
pub mod dictionary;
pub mod document;
pub mod fingerprint;
pub mod fix;
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
