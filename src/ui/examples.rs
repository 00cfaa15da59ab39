//! The example specs of `examples/`, embedded so one click loads each, offline.

/// (file name, content), in the order the page lists them.
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "small-arms.yaml",
        include_str!("../../examples/small-arms.yaml"),
    ),
    (
        "munitions.json",
        include_str!("../../examples/munitions.json"),
    ),
    (
        "ballistic-tests.json",
        include_str!("../../examples/ballistic-tests.json"),
    ),
    (
        "vehicles.toml",
        include_str!("../../examples/vehicles.toml"),
    ),
    (
        "rails-and-fuels.yaml",
        include_str!("../../examples/rails-and-fuels.yaml"),
    ),
    MULTINATIONAL,
];

/// The set that exercises every pair rule: what the pairs and ammunition views offer to load.
pub const MULTINATIONAL: (&str, &str) = (
    "multinational.yaml",
    include_str!("../../examples/multinational.yaml"),
);
