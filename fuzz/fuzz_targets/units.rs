//! Any text as a figure ("62,366 psi"), converted into every unit of its dimension and
//! formatted: an error or an exact value, never a panic or an overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stanag_check::units::{format_exact, parse_written, Unit};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(written) = parse_written(text) else { return };
    let Some(unit) = written.unit else {
        let _ = format_exact(&written.number.value, 6);
        return;
    };
    for to in Unit::of(unit.dimension) {
        if let Ok(q) = written.to_quantity(to, "fuzz") {
            let _ = format_exact(&q.value, 6);
            let _ = format_exact(&q.half_unit, 6);
        }
    }
});
