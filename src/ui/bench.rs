//! A benchmark hook in the page's own WebAssembly: `scripts/bench-pairs.sh` imports the page's
//! module and calls `bench_pairs` to time the pairing of `n` items in the browser, on the same
//! items as the native criterion benchmark (`cargo bench --bench check -- pairs`): the
//! multinational example repeated with fresh ids. The page itself never calls it.

use crate::catalogue::Catalogue;
use crate::check::check_items;
use crate::pair::pair_items;
use crate::spec;
use crate::ui::examples::MULTINATIONAL;
use wasm_bindgen::prelude::*;

/// Times `pair_items` over `n` items, `runs` times; returns each run's milliseconds, then the
/// number of related pairs found as the last element.
#[wasm_bindgen]
pub fn bench_pairs(n: usize, runs: usize) -> Result<Vec<f64>, JsValue> {
    let catalogue =
        Catalogue::builtin().map_err(|e| JsValue::from_str(&format!("catalogue: {e:?}")))?;
    let (name, text) = MULTINATIONAL;
    let base = spec::parse(name, text, &catalogue.dictionary)
        .map_err(|e| JsValue::from_str(&format!("example: {e:?}")))?
        .items;
    if base.is_empty() {
        return Err(JsValue::from_str("the example holds no item"));
    }
    let items: Vec<_> = (0..n)
        .map(|i| {
            let mut item = base[i % base.len()].clone();
            item.id = format!("{}-{i}", item.id);
            item
        })
        .collect();
    let outcomes = check_items(&catalogue, &items);
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .ok_or_else(|| JsValue::from_str("no performance clock"))?;
    let mut times = Vec::with_capacity(runs + 1);
    let mut found = 0;
    for _ in 0..runs.max(1) {
        let start = performance.now();
        let pairs = pair_items(&catalogue, &items, &outcomes)
            .map_err(|e| JsValue::from_str(&e.to_string()))?;
        times.push(performance.now() - start);
        found = pairs.len();
    }
    times.push(found as f64);
    Ok(times)
}
