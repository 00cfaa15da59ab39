//! The items the checking benchmarks check (benches/check.rs and benches/count.rs).

use stanag_check::catalogue::Catalogue;
use stanag_check::spec::{self, Item};

/// Every example item, repeated with fresh ids until there are `n`.
pub fn items(catalogue: &Catalogue, n: usize, files: &[&str]) -> Vec<Item> {
    let mut base = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).expect("example");
        base.extend(
            spec::parse(file, &text, &catalogue.dictionary)
                .expect("example parses")
                .items,
        );
    }
    (0..n)
        .map(|i| {
            let mut item = base[i % base.len()].clone();
            item.id = format!("{}-{i}", item.id);
            item
        })
        .collect()
}

/// The files of `check/items/*`.
pub const EXAMPLES: &[&str] = &[
    "examples/small-arms.yaml",
    "examples/vehicles.toml",
    "examples/munitions.json",
    "examples/rails-and-fuels.yaml",
    "examples/ballistic-tests.json",
    "examples/multinational.yaml",
];
