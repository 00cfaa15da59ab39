//! Fingerprints: the hash that identifies a catalogue file's content (and a result link's
//! catalogue). `build.rs` includes this file too, so the built-in files' fingerprints are taken
//! when they are compiled, with the very function that takes a user's file's at run time.

/// FNV-1a, 64 bits, as 16 hex digits: identifies content; it is not a security measure.
pub fn fnv1a64(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}
