//! Embeds every TOML file of `standards/` (the catalogue) and every file of `examples/` (the
//! page's one-click examples) into the binary and the wasm, so both travel with the page offline.

use std::{env, fs, path::Path};

fn main() {
    embed(
        "standards",
        ".toml",
        "catalogue_files.rs",
        "Every catalogue file",
    );
    embed("examples", "", "example_files.rs", "Every example spec");
}

/// Writes `OUT_DIR/out_name` with `FILES`: (name, contents) of every file in `dir` ending in `ext`.
fn embed(dir: &str, ext: &str, out_name: &str, what: &str) {
    let dir = Path::new(dir);
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("the folder exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(ext) && !n.starts_with('.'))
        .collect();
    names.sort();
    let mut out =
        format!("/// {what}, by name, in name order.\npub static FILES: &[(&str, &str)] = &[\n");
    for name in &names {
        println!("cargo:rerun-if-changed={}/{name}", dir.display());
        let path = fs::canonicalize(dir.join(name)).expect("an embedded file");
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join(out_name);
    fs::write(dest, out).expect("write the embedded file list");
}
