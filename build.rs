//! Embeds every TOML file of `standards/` into the binary and the wasm, so the catalogue travels
//! with the page and works offline.

use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new("standards");
    println!("cargo:rerun-if-changed=standards");
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("standards/ exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    let mut out = String::from("/// Every catalogue file, by name, in name order.\npub static FILES: &[(&str, &str)] = &[\n");
    for name in &names {
        println!("cargo:rerun-if-changed=standards/{name}");
        let path = fs::canonicalize(dir.join(name)).expect("catalogue file");
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("catalogue_files.rs");
    fs::write(dest, out).expect("write catalogue_files.rs");
}
