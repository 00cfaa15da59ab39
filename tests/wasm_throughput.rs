//! A benchmark, not a test: items checked per second against the full catalogue in the browser's
//! WebAssembly, for scripts/bench.sh to set beside the native criterion figure. It asserts
//! nothing and is only run by `cargo test --release --target wasm32-unknown-unknown --test
//! wasm_throughput` (never by the test command).
#![cfg(target_arch = "wasm32")]

use stanag_check::catalogue::Catalogue;
use stanag_check::check::check_items;
use stanag_check::pair::pair_items;
use stanag_check::spec::{self, Item};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const EXAMPLES: &[(&str, &str)] = &[
    (
        "small-arms.yaml",
        include_str!("../examples/small-arms.yaml"),
    ),
    ("vehicles.toml", include_str!("../examples/vehicles.toml")),
    ("munitions.json", include_str!("../examples/munitions.json")),
    (
        "rails-and-fuels.yaml",
        include_str!("../examples/rails-and-fuels.yaml"),
    ),
    (
        "ballistic-tests.json",
        include_str!("../examples/ballistic-tests.json"),
    ),
    (
        "multinational.yaml",
        include_str!("../examples/multinational.yaml"),
    ),
];

/// The page's high-resolution clock (Date.now() counts whole milliseconds).
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

fn items(catalogue: &Catalogue, n: usize, only: Option<&str>) -> Vec<Item> {
    let base: Vec<Item> = EXAMPLES
        .iter()
        .filter(|(name, _)| only.is_none_or(|o| o == *name))
        .flat_map(
            |(name, text)| match spec::parse(name, text, &catalogue.dictionary) {
                Ok(file) => file.items,
                Err(e) => panic!("{name}: {e:?}"),
            },
        )
        .collect();
    (0..n)
        .map(|i| {
            let mut item = base[i % base.len()].clone();
            item.id = format!("{}-{i}", item.id);
            item
        })
        .collect()
}

#[wasm_bindgen_test]
fn throughput() {
    let catalogue = match Catalogue::builtin() {
        Ok(c) => c,
        Err(e) => panic!("{e:?}"),
    };
    let mut loads: Vec<f64> = (0..5)
        .map(|_| {
            let started = now_ms();
            let _ = Catalogue::builtin();
            now_ms() - started
        })
        .collect();
    loads.sort_by(f64::total_cmp);
    console_log!("BENCH wasm_catalogue_load_ms {:.1}", loads[loads.len() / 2]);
    let batch = items(&catalogue, 1_000, None);
    // Warm up for a second and a half: Chromium first runs WebAssembly from its baseline
    // compiler and swaps in optimised code for hot functions as its background compiles finish,
    // which on a busy two-core machine can take most of a second. Checking before that measured
    // the baseline code in some runs and not others (88,000 to 147,000 items/s on one build).
    // The criterion figure it is set beside is also of warm code.
    let warm_until = now_ms() + 1_500.0;
    while now_ms() < warm_until {
        let _ = check_items(&catalogue, &batch);
    }
    // the median of many short rounds: a shared machine's busy moments move the mean, not it
    let mut rates: Vec<f64> = (0..15)
        .map(|_| {
            let started = now_ms();
            for _ in 0..4 {
                let _ = check_items(&catalogue, &batch);
            }
            (4 * batch.len()) as f64 / ((now_ms() - started).max(1.0) / 1_000.0)
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    console_log!(
        "BENCH wasm_items_per_second {:.0} (rounds of 4,000 items: slowest {:.0}, fastest {:.0})",
        rates[rates.len() / 2],
        rates[0],
        rates[rates.len() - 1]
    );
    // a pasted spec of 110 items, parsed as the page does on every edit
    let body = EXAMPLES[0].1.split_once("items:\n").map_or("", |(_, b)| b);
    let mut text = String::from("items:\n");
    for k in 0.. {
        if text.matches("\n  - id: ").count() >= 100 {
            break;
        }
        text.push_str(&body.replace("  - id: ", &format!("  - id: k{k}-")));
    }
    let mut times: Vec<f64> = (0..9)
        .map(|_| {
            let started = now_ms();
            let _ = spec::parse("pasted", &text, &catalogue.dictionary);
            now_ms() - started
        })
        .collect();
    times.sort_by(f64::total_cmp);
    console_log!(
        "BENCH wasm_parse_110_ms {:.1} ({} bytes)",
        times[times.len() / 2],
        text.len()
    );
    let thousand = items(&catalogue, 1_000, Some("multinational.yaml"));
    let outcomes = check_items(&catalogue, &thousand);
    let started = now_ms();
    let pairs = match pair_items(&catalogue, &thousand, &outcomes) {
        Ok(pairs) => pairs,
        Err(e) => panic!("{e}"),
    };
    console_log!(
        "BENCH wasm_pairs_1000_ms {:.0} ({} pairs)",
        now_ms() - started,
        pairs.len()
    );
}
