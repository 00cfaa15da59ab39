//! Any bytes as a user's own catalogue file (a standard, the dictionary, the pair rules):
//! refused with a message or loaded, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stanag_check::catalogue::Catalogue;

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let name = match which % 4 {
        0 => "local/standard.toml",
        1 => "local/dictionary.toml",
        2 => "local/pairs.toml",
        _ => "local/codes.toml",
    };
    if let Ok(catalogue) = Catalogue::with_local(&[(name.to_string(), text.to_string())]) {
        let example = "items:\n  - { id: a, name: a, nation: DEU, kind: cartridge, properties: { cartridge: 5.56x45mm NATO, overall_length: 57 mm } }\n";
        let _ = stanag_check::check_texts(&catalogue, &[("a.yaml".to_string(), example.to_string())]);
    }
});
