//! Any text as a result link (an address, a fragment or a link file): decoded or refused with a
//! message, never a panic, never more than the documented decoded size.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stanag_check::catalogue::Catalogue;
use std::sync::OnceLock;

static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(shared) = stanag_check::link::decode(text) {
        let catalogue = CATALOGUE.get_or_init(|| Catalogue::builtin().expect("the built-in catalogue loads"));
        let _ = shared.differences(catalogue);
        let _ = shared.check(catalogue);
    }
});
