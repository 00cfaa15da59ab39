//! The spec sets link lengths are measured on, shared by benches/links.rs and tests/links.rs.
//! `spec_set(n)` is one YAML file of `n` realistic items: the items of examples/small-arms.yaml,
//! then of examples/rails-and-fuels.yaml, as written. Past those 22, further copies get a lot
//! number in their id and name and the last digit of every figure changed, so that no item
//! repeats another (repeated text would flatter every compressor).

use stanag_check::catalogue::Catalogue;

const SOURCES: [&str; 2] = [
    include_str!("../../examples/small-arms.yaml"),
    include_str!("../../examples/rails-and-fuels.yaml"),
];

/// The item blocks of the example YAML files ("  - id: …" up to the next item).
fn blocks() -> Vec<String> {
    let mut out = Vec::new();
    for text in SOURCES {
        let mut parts = text.split("\n  - id:");
        parts.next(); // the file's comment and `items:`
        for part in parts {
            out.push(format!("  - id:{}", part.trim_end()));
        }
    }
    out
}

/// A copy of an item block for lot `lot`: new id and name, figures' last digits changed.
fn variant(block: &str, lot: usize) -> String {
    let mut out = String::new();
    let mut in_properties = false;
    for (n, line) in block.lines().enumerate() {
        let trimmed = line.trim_start();
        let line = if let Some(id) = trimmed.strip_prefix("- id: ") {
            format!("  - id: {id}-lot{lot}")
        } else if let Some(name) = trimmed.strip_prefix("name: \"") {
            format!("    name: \"{} (lot {lot})\"", name.trim_end_matches('"'))
        } else if in_properties {
            change_figures(line, lot * 7 + n * 3)
        } else {
            line.to_string()
        };
        if trimmed.starts_with("properties:") {
            in_properties = true;
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Changes the last digit of every figure on a property line: a number followed by a unit, by
/// `, unit:`, or ending the line (enum values such as "5.56x45mm NATO" or "F-35" stay as they are).
fn change_figures(line: &str, shift: usize) -> String {
    const AFTER: [&str; 9] = [
        " mm\"", " in\"", " g\"", " gr\"", " m/s\"", " N\"", " °C\"", " °F\"", ", unit:",
    ];
    let bytes = line.as_bytes();
    let mut out = line.as_bytes().to_vec();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
            i += 1;
        }
        let rest = &line[i..];
        let before_ok = start == 0 || matches!(bytes[start - 1], b' ' | b'"');
        if before_ok && (rest.is_empty() || AFTER.iter().any(|a| rest.starts_with(a))) {
            if let Some(last) = (start..i).rev().find(|&j| bytes[j].is_ascii_digit()) {
                out[last] = b'0' + ((usize::from(bytes[last] - b'0') + shift) % 10) as u8;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| line.to_string())
}

/// One YAML spec file of `n` items, named `specs.yaml`.
pub fn spec_set(n: usize) -> Vec<(String, String)> {
    let blocks = blocks();
    let mut text = String::from("items:\n");
    for i in 0..n {
        let block = &blocks[i % blocks.len()];
        let lot = i / blocks.len();
        if lot == 0 {
            text.push_str(block);
            text.push('\n');
        } else {
            text.push_str(&variant(block, lot));
        }
        text.push('\n');
    }
    vec![("specs.yaml".to_string(), text)]
}

/// The same content as a link, as the JSON a page might hand to lz-string: format, catalogue
/// version and fingerprint, the standards that apply (id and short hash), the files.
pub fn as_json(catalogue: &Catalogue, inputs: &[(String, String)]) -> String {
    let standards: Vec<(String, String)> = stanag_check::link::encode(catalogue, inputs)
        .and_then(|p| stanag_check::link::decode(&p))
        .map(|s| {
            s.standards
                .into_iter()
                .map(|(id, h)| (id, format!("{h:08x}")))
                .collect()
        })
        .unwrap_or_default();
    let files: Vec<serde_json::Value> = inputs
        .iter()
        .map(|(name, text)| serde_json::json!({ "file": name, "text": text }))
        .collect();
    serde_json::json!({
        "format": 1,
        "catalogue": { "version": catalogue.version, "fingerprint": catalogue.fingerprint },
        "standards": standards,
        "inputs": files,
    })
    .to_string()
}
