//! The example specs of `examples/`, embedded by `build.rs` so one click loads each, offline:
//! every file of the folder, so a new example is on the page without a code change.

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/example_files.rs"));
}

/// (file name, content), in name order, as the page lists them.
pub const EXAMPLES: &[(&str, &str)] = embedded::FILES;

/// The set that exercises every pair rule: what the pairs and ammunition views offer to load.
pub const MULTINATIONAL: (&str, &str) = example("multinational.yaml");

/// The example of this name in [`EXAMPLES`], found when the page is compiled: a name that is not
/// there fails the build, not the page.
const fn example(name: &str) -> (&'static str, &'static str) {
    let mut i = 0;
    while i < EXAMPLES.len() {
        if same(EXAMPLES[i].0, name) {
            return EXAMPLES[i];
        }
        i += 1;
    }
    // ok: evaluated only in a constant, so this is a build error, never the page's
    panic!("no such file in examples/")
}

/// Whether two names are the same (`==` is not yet for a constant).
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
