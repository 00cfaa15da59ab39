//! The example specs of `examples/`, embedded by `build.rs` so one click loads each, offline:
//! every file of the folder, so a new example is on the page without a code change.

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/example_files.rs"));
}

/// (file name, content), in name order, as the page lists them.
pub const EXAMPLES: &[(&str, &str)] = embedded::FILES;

/// The set that exercises every pair rule: what the pairs and ammunition views offer to load.
pub const MULTINATIONAL: (&str, &str) = (
    "multinational.yaml",
    include_str!("../../examples/multinational.yaml"),
);
