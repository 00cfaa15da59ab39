//! Checks `check/items/1000`'s 1,000 items a given number of times (default 1), for counting
//! instructions, which are deterministic where the shared machine's clock is not:
//! `cargo build --profile bench --bench count`, then run the binary under
//! `valgrind --tool=callgrind` with 1 and with 3 rounds: half the difference is one check.

#[path = "shared/items.rs"]
mod shared;

use stanag_check::catalogue::Catalogue;
use stanag_check::check::check_items;

fn main() {
    // (`cargo bench` passes `--bench`)
    let rounds: usize = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .map(|n| n.parse().expect("rounds: a whole number"))
        .unwrap_or(1);
    let catalogue = Catalogue::builtin().expect("catalogue");
    let items = shared::items(&catalogue, 1_000, shared::EXAMPLES);
    let mut results = 0;
    for _ in 0..rounds {
        let outcomes = check_items(&catalogue, std::hint::black_box(&items));
        results += outcomes.iter().map(|o| o.results.len()).sum::<usize>();
    }
    println!(
        "{rounds} round(s) of {} items: {results} results",
        items.len()
    );
}
