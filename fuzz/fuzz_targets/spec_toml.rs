//! Any bytes as a .toml spec file: checked end to end (parse, check, pair, report), and mended as
//! its errors' fixes say (`fix::mend`), never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stanag_check::catalogue::Catalogue;
use std::sync::OnceLock;

static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let catalogue = CATALOGUE.get_or_init(|| Catalogue::builtin().expect("the built-in catalogue loads"));
    let checked = stanag_check::check_texts(catalogue, &[("fuzz.toml".to_string(), text.to_string())]);
    let _ = checked.report.to_json();
    let _ = checked.report.to_text();
    let _ = stanag_check::fix::mend("fuzz.toml", text, &catalogue.dictionary);
});
