//! Result links: the committed vectors keep decoding to their reports, every example round-trips,
//! `check --link` gives the report `check FILE` gives, and every malformed link gets its message.

#[path = "../benches/links/corpus.rs"]
mod corpus;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use stanag_check::catalogue::{fnv1a64, Catalogue};
use stanag_check::link::{self, CatalogueDrift, Change, Damage, LinkError, StandardDrift};
use std::path::{Path, PathBuf};
use std::process::Command;

const EXAMPLES: [&str; 5] = [
    "examples/ballistic-tests.json",
    "examples/munitions.json",
    "examples/rails-and-fuels.yaml",
    "examples/small-arms.yaml",
    "examples/vehicles.toml",
];

fn catalogue() -> Catalogue {
    Catalogue::builtin().expect("the built-in catalogue loads")
}

fn read(path: &str) -> (String, String) {
    let text = std::fs::read_to_string(root().join(path)).expect("readable");
    (path.to_string(), text)
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A committed vector's link text (a `.link` address or a `.stanag-link` file).
fn vector(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/link_vectors").join(name)).expect("vector")
}

/// The payload of a committed single-line vector (what follows `#`).
fn vector_payload(name: &str) -> String {
    let text = vector(name);
    text.trim()
        .split_once('#')
        .expect("an address")
        .1
        .to_string()
}

/// The per-standard hashes a link of `examples/small-arms.yaml` made with the built-in catalogue
/// carries. The committed vectors were made with catalogue 2026.11.1; the standards that apply to
/// small arms have grown since (2026.11.3, 2026.11.4), so the drift tests re-base a committed vector on these
/// to isolate the one difference each test makes.
fn small_arms_standards_now(catalogue: &Catalogue) -> Vec<(String, u32)> {
    let inputs = vec![read("examples/small-arms.yaml")];
    let payload = link::encode(catalogue, &inputs).expect("encodes");
    link::decode(&payload).expect("decodes").standards
}

fn stanag_check(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_stanag-check"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}

// ---- durability ------------------------------------------------------------------------------

/// Every committed link decodes, and checking what it carries gives its committed report byte
/// for byte. The links are never rewritten. When the catalogue changes on purpose, the reports
/// are re-made with `UPDATE_LINK_VECTORS=1 cargo test --test links`, and the diff reviewed.
#[test]
fn committed_vectors_decode_to_their_reports() {
    let dir = root().join("tests/link_vectors");
    let mut seen = 0;
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/link_vectors")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e == "link" || e == "stanag-link")
        })
        .collect();
    names.sort();
    for path in names {
        let text = std::fs::read_to_string(&path).expect("vector");
        let shared = link::decode(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(shared.format, 1, "{}", path.display());
        let report = shared.check(&catalogue()).report.to_json();
        let expected_path = path.with_extension("json");
        if std::env::var_os("UPDATE_LINK_VECTORS").is_some() {
            std::fs::write(&expected_path, &report).expect("write report");
        }
        let expected = std::fs::read_to_string(&expected_path).expect("its report");
        assert!(
            report == expected,
            "{} no longer gives {}: if the catalogue changed on purpose, re-make the reports with \
             UPDATE_LINK_VECTORS=1 (never the links)",
            path.display(),
            expected_path.display()
        );
        seen += 1;
    }
    assert_eq!(seen, 6, "one vector per example and a multi-file set");
}

#[test]
fn format_1_dictionary_is_frozen() {
    let bytes = std::fs::read(root().join("src/link/dictionary-v1.txt")).expect("dictionary");
    assert_eq!(
        fnv1a64(&bytes),
        "d153e943a4ee56c1",
        "src/link/dictionary-v1.txt changed: every format-1 link depends on its exact bytes"
    );
}

/// The frozen dictionary is what its recipe makes from the catalogue it names in its first line
/// (while the built-in catalogue is still that one; afterwards only the hash above holds).
#[test]
fn format_1_dictionary_follows_its_recipe() {
    let frozen = std::fs::read_to_string(root().join("src/link/dictionary-v1.txt")).expect("dict");
    let catalogue = catalogue();
    let made_from = format!("{} {}", catalogue.version, catalogue.fingerprint);
    let first_line = frozen.lines().next().unwrap_or_default();
    if first_line.ends_with(&made_from) {
        assert_eq!(link::derive_dictionary(&catalogue), frozen);
    } else {
        assert!(first_line.starts_with("stanag-check link dictionary; from catalogue 2026.11.1 "));
    }
}

// ---- round trips -----------------------------------------------------------------------------

#[test]
fn every_example_round_trips_to_the_same_report() {
    let catalogue = catalogue();
    let mut all = Vec::new();
    for path in EXAMPLES {
        let inputs = vec![read(path)];
        all.extend(inputs.clone());
        let payload = link::encode(&catalogue, &inputs).expect("encodes");
        assert!(payload.starts_with('1'), "{path}");
        for form in [
            payload.clone(),
            format!("#{payload}"),
            link::url("https://example.org/stanag-check/#/results", &payload),
            link::to_file(&payload),
        ] {
            let shared = link::decode(&form).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert_eq!(shared.inputs, inputs, "{path}");
            assert_eq!(shared.catalogue_version, catalogue.version);
            assert_eq!(shared.catalogue_fingerprint, catalogue.fingerprint);
            assert_eq!(shared.differences(&catalogue), CatalogueDrift::Same);
            assert_eq!(
                shared.check(&catalogue).report.to_json(),
                stanag_check::check_texts(&catalogue, &inputs)
                    .report
                    .to_json(),
                "{path}"
            );
        }
    }
    let shared = link::decode(&link::encode(&catalogue, &all).expect("encodes")).expect("decodes");
    assert_eq!(shared.inputs, all);
}

#[test]
fn the_standards_carried_are_those_that_apply() {
    let catalogue = catalogue();
    let shared = link::decode(&vector("small-arms.link")).expect("decodes");
    let ids: Vec<&str> = shared.standards.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ACodP-1",
            "STANAG 1059",
            "STANAG 2310",
            "STANAG 4090",
            "STANAG 4172",
            "STANAG 4383"
        ]
    );
    // the committed vector carries the hashes of the catalogue it was made with; a link made now
    // carries the same standards with the built-in catalogue's hashes
    let now = small_arms_standards_now(&catalogue);
    let now_ids: Vec<&str> = now.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(now_ids, ids);
    for (id, hash) in &now {
        let standard = catalogue.standard(id).expect("in the catalogue");
        assert_eq!(format!("{hash:08x}"), standard.fingerprint[..8], "{id}");
    }
}

#[test]
fn names_texts_and_odd_bytes_travel_unchanged() {
    let catalogue = catalogue();
    let inputs = vec![
        (
            "dir/ünïcode name.yaml".to_string(),
            "items: []\r\n# crlf, tab\t, ±°×\n".to_string(),
        ),
        ("empty.json".to_string(), String::new()),
        ("broken.toml".to_string(), "[[items]\nid = ".to_string()),
    ];
    let shared = link::decode(&link::encode(&catalogue, &inputs).expect("encodes")).expect("ok");
    assert_eq!(shared.inputs, inputs);
    // A file with errors travels too, and the receiver sees the same errors.
    assert_eq!(
        shared.check(&catalogue).rejected,
        stanag_check::check_texts(&catalogue, &inputs).rejected
    );
}

/// A file whose text holds a right-to-left override travels as written (a link carries the
/// text verbatim), and the receiver is told what the sender is: the text is refused at it.
#[test]
fn a_text_with_a_direction_override_travels_as_written_and_is_refused() {
    let catalogue = catalogue();
    let inputs = vec![(
        "bidi.yaml".to_string(),
        "items:\n  - id: m\n    name: Modem \u{202E}cilpmoc-non end\n    nation: NOR\n    \
         kind: waveform\n"
            .to_string(),
    )];
    let shared = link::decode(&link::encode(&catalogue, &inputs).expect("encodes")).expect("ok");
    assert_eq!(shared.inputs, inputs);
    let rejected = shared.check(&catalogue).rejected;
    let told: Vec<String> = rejected
        .iter()
        .flat_map(|(_, r)| r.errors.iter().map(ToString::to_string))
        .collect();
    assert_eq!(
        told,
        [
            "bidi.yaml:3:17: item `m`, field `name`: the text `Modem \\u{202e}cilpmoc-non end` \
          holds U+202E RIGHT-TO-LEFT OVERRIDE, a hidden character that reverses how the text \
          after it is shown: delete it"
        ]
    );
}

#[test]
fn a_wrapped_or_spaced_link_still_opens() {
    let payload = vector_payload("munitions.link");
    let wrapped: String = payload
        .chars()
        .enumerate()
        .flat_map(|(i, c)| {
            if i % 40 == 39 {
                vec![c, '\n', ' ']
            } else {
                vec![c]
            }
        })
        .collect();
    let pasted = format!("  stanag-check.html#{wrapped}\n");
    assert_eq!(link::decode(&pasted), link::decode(&payload));
    assert!(link::decode(&pasted).is_ok());
    // as an address bar shows the same spaces and line breaks once pasted into it
    let escaped = format!(
        "file:///x/stanag-check.html#{}",
        wrapped.replace('\n', "%0A").replace(' ', "%20")
    );
    assert_eq!(link::decode(&escaped), link::decode(&payload));
    // a `%` that is not escaped whitespace is still a damaged link, at its place
    let stray = format!("#{}%41{}", &payload[..10], &payload[10..]);
    assert!(matches!(
        link::decode(&stray),
        Err(LinkError::Corrupted(Damage::Character {
            character: '%',
            position: 11
        }))
    ));
}

#[test]
fn the_ten_item_set_meets_the_length_targets() {
    let catalogue = catalogue();
    let inputs = corpus::spec_set(10);
    let ours = link::encode(&catalogue, &inputs).expect("encodes").len();
    let lz = lz_str::compress_to_encoded_uri_component(&corpus::as_json(&catalogue, &inputs)).len();
    assert!(ours <= 1_500, "{ours} characters");
    assert!(ours * 2 <= lz, "{ours} characters against lz-string's {lz}");
}

#[test]
fn encoding_refuses_nothing_and_too_much() {
    let catalogue = catalogue();
    assert_eq!(link::encode(&catalogue, &[]), Err(LinkError::NoInputs));
    let big = vec![("big.yaml".to_string(), "#".repeat(link::MAX_DECODED_BYTES))];
    assert_eq!(
        link::encode(&catalogue, &big),
        Err(LinkError::InputsTooLarge {
            bytes: link::MAX_DECODED_BYTES + 8,
            limit: link::MAX_DECODED_BYTES
        })
    );
    assert_eq!(
        LinkError::InputsTooLarge {
            bytes: 5_000_000,
            limit: link::MAX_DECODED_BYTES
        }
        .to_string(),
        "the files add up to 5000000 bytes; a link carries at most 4 MiB"
    );
    let at: Vec<(String, String)> = (0..link::MAX_LINK_FILES)
        .map(|i| (format!("{i}.yaml"), "items: []\n".to_string()))
        .collect();
    let payload = link::encode(&catalogue, &at).expect("1,000 files fit in a link");
    assert_eq!(link::decode(&payload).map(|s| s.inputs.len()), Ok(1_000));
    let mut over = at;
    over.push(("1000.yaml".to_string(), "items: []\n".to_string()));
    let refused = link::encode(&catalogue, &over);
    assert_eq!(
        refused,
        Err(LinkError::TooManyFiles {
            count: 1_001,
            limit: 1_000
        })
    );
    assert_eq!(
        refused.map_err(|e| e.to_string()),
        Err("the link carries 1001 files; a link carries at most 1000".to_string())
    );
}

#[test]
fn url_replaces_any_fragment_and_fits_chat_counts_characters() {
    assert_eq!(link::url("page.html#/old", "1abc"), "page.html#1abc");
    assert_eq!(
        link::url("https://x.org/a/", "1abc"),
        "https://x.org/a/#1abc"
    );
    assert!(link::fits_chat(&"é".repeat(link::CHAT_LIMIT)));
    assert!(!link::fits_chat(&"a".repeat(link::CHAT_LIMIT + 1)));
}

// ---- catalogue drift -------------------------------------------------------------------------

/// The receiver's catalogue replaces STANAG 4172 with a changed figure: the notice names it.
#[test]
fn a_changed_standard_is_named() {
    let builtin = std::fs::read_to_string(root().join("standards/stanag-4172.toml")).expect("4172");
    let changed = builtin.replace("max = \"57.40 mm\"", "max = \"57.50 mm\"");
    assert_ne!(builtin, changed);
    let here = Catalogue::with_local(&[("mine/stanag-4172.toml".to_string(), changed)])
        .expect("the local catalogue loads");
    let mut shared = link::decode(&vector("small-arms.link")).expect("decodes");
    shared.standards = small_arms_standards_now(&catalogue());
    let CatalogueDrift::Differs(drift) = shared.differences(&here) else {
        panic!("the catalogues differ");
    };
    assert_eq!(
        drift.standards,
        [StandardDrift {
            id: "STANAG 4172".into(),
            change: Change::Changed
        }]
    );
    assert_eq!(
        drift.to_string(),
        format!(
            "This link was made with catalogue 2026.11.1 ({}); this is catalogue 2026.12.39+local \
             ({}). The verdicts are recomputed with this catalogue, so they may differ from what \
             the sender saw. Catalogue files of your own are in use here. Standards that apply \
             to these items and differ: STANAG 4172 (changed).",
            shared.catalogue_fingerprint, here.fingerprint
        )
    );
}

/// The sender's own `codes.toml` added a trigraph their item uses; the receiver's built-in list
/// lacks it. No standard differs, and a link carries no fingerprint of the code lists: the
/// notice names them among what may differ, beside the sender's own files to ask for.
#[test]
fn a_code_list_the_sender_added_to_is_named_among_what_may_differ() {
    let codes = "[trigraphs]\nsource = \"national list\"\n[trigraphs.codes]\nXKX = \"Kosovo \
                 (national code)\"\n";
    let sender = Catalogue::with_local(&[("mine/codes.toml".to_string(), codes.to_string())])
        .expect("the local catalogue loads");
    let spec = "items:\n  - id: f\n    name: Jet fuel\n    nation: XKX\n    kind: fuel\n    \
                properties:\n      nato_code: F-34\n";
    let inputs = [("fuel.yaml".to_string(), spec.to_string())];
    assert!(stanag_check::check_texts(&sender, &inputs)
        .rejected
        .is_empty());
    let shared = link::decode(&link::encode(&sender, &inputs).expect("encodes")).expect("decodes");
    let here = catalogue();
    let CatalogueDrift::Differs(drift) = shared.differences(&here) else {
        panic!("the catalogues differ");
    };
    assert_eq!(
        drift.to_string(),
        format!(
            "This link was made with catalogue {} ({}); this is catalogue {} ({}). The verdicts \
             are recomputed with this catalogue, so they may differ from what the sender saw. \
             The sender loaded catalogue files of their own, which a link does not carry: ask \
             them for those files to see what they saw. This catalogue cannot read `fuel.yaml` \
             (see its errors), so which standards would apply to its items here is not known: its \
             property dictionary or code lists (trigraphs, NCB codes) may not be the sender's.",
            sender.version, sender.fingerprint, here.version, here.fingerprint
        )
    );
    // and what the receiver then sees of the file is the code list's
    let refused = shared.check(&here).rejected;
    assert_eq!(
        refused[0].1.errors[0].to_string(),
        "fuel.yaml:4:13: item `f`, field `nation`: `XKX` is not a STANAG 1059 trigraph"
    );
}

/// The sender's own dictionary adds a property their item states; the receiver kept a copy of
/// that file with a mistake, so their own files are not in use (the page says why) and the
/// built-in catalogue checks the link's file. The notice says that this is the built-in
/// catalogue and that the receiver's own files were not used (before, it said only that the
/// standards applying to these items were the same in both, as if their files were in use).
#[test]
fn a_receivers_own_files_not_in_use_and_a_refused_file_are_said() {
    let dictionary = "[property.fuel_smell]\ndescription = \"How the fuel smells.\"\ntype = \
                      \"text\"\n";
    let sender = Catalogue::with_local(&[("mine/dictionary.toml".into(), dictionary.into())])
        .expect("the sender's catalogue loads");
    let spec = "items:\n  - id: f\n    name: Jet fuel\n    nation: USA\n    kind: fuel\n    \
                properties:\n      nato_code: F-34\n      fuel_smell: kerosene\n";
    let inputs = [("fuel.yaml".to_string(), spec.to_string())];
    assert!(stanag_check::check_texts(&sender, &inputs)
        .rejected
        .is_empty());
    let shared = link::decode(&link::encode(&sender, &inputs).expect("encodes")).expect("decodes");
    // the receiver's copy has a mistake: not in use, the built-in catalogue is
    let broken = dictionary.replace("\"text\"", "\"txet\"");
    assert!(Catalogue::with_local(&[("mine/dictionary.toml".into(), broken)]).is_err());
    let here = catalogue();
    let CatalogueDrift::Differs(drift) = shared.differences(&here) else {
        panic!("the catalogues differ");
    };
    assert!(drift.refused.is_empty());
    assert_eq!(
        drift.with_own_files_unused("they have errors").to_string(),
        format!(
            "This link was made with catalogue {} ({}); this is catalogue {} ({}). This is the \
             built-in catalogue: your own catalogue files were not used (they have errors). The \
             verdicts are recomputed with this catalogue, so they may differ from what the \
             sender saw. The sender loaded catalogue files of their own, which a link does not \
             carry: ask them for those files to see what they saw. The standards that apply to \
             these items are the same in both; the difference lies elsewhere (other standards, \
             the property dictionary or the code lists: trigraphs, NCB codes).",
            sender.version, sender.fingerprint, here.version, here.fingerprint
        )
    );
}

#[test]
fn removed_added_and_unknowable_differences() {
    let catalogue = catalogue();
    let mut shared = link::decode(&vector("small-arms.link")).expect("decodes");
    shared.standards = small_arms_standards_now(&catalogue);
    shared.catalogue_fingerprint = "0123456789abcdef".into();
    // Nothing that applies differs: the notice says the difference lies elsewhere.
    let CatalogueDrift::Differs(drift) = shared.differences(&catalogue) else {
        panic!("the fingerprints differ");
    };
    assert!(drift.standards.is_empty());
    assert!(drift.to_string().ends_with(
        "The standards that apply to these items are the same in both; the difference lies \
         elsewhere (other standards, the property dictionary or the code lists: trigraphs, NCB \
         codes)."
    ));
    // The sender had a standard this catalogue lacks, and lacked one that applies here.
    shared.standards.retain(|(id, _)| id != "STANAG 4090");
    shared.standards.push(("STANAG 9999".into(), 7));
    let CatalogueDrift::Differs(drift) = shared.differences(&catalogue) else {
        panic!("the fingerprints differ");
    };
    assert_eq!(
        drift.standards,
        [
            StandardDrift {
                id: "STANAG 4090".into(),
                change: Change::Added
            },
            StandardDrift {
                id: "STANAG 9999".into(),
                change: Change::Removed
            },
        ]
    );
    assert!(drift.to_string().ends_with(
        "differ: STANAG 4090 (applies here, did not for the sender); STANAG 9999 (not in this \
         catalogue)."
    ));
}

// ---- malformed links -------------------------------------------------------------------------

#[test]
fn empty_links() {
    for text in ["", "   \n", "stanag-check.html#", "#", "\u{feff}"] {
        assert_eq!(link::decode(text), Err(LinkError::Empty), "{text:?}");
    }
    assert_eq!(
        LinkError::Empty.to_string(),
        "the link is empty: paste the whole address, including the part after `#`"
    );
}

#[test]
fn foreign_links() {
    for (text, found) in [
        ("stanag-check.html#/workspace", "/workspace"),
        ("https://example.org/page#section-2", "section-2"),
        ("hello world", "helloworld"),
        ("#0abc", "0abc"),
        ("2not base64!", "2notbase64!"),
        ("#a1", "a1"),
        ("guide.html#Introduction", "Introduction"),
    ] {
        assert_eq!(
            link::decode(text),
            Err(LinkError::Foreign {
                found: found.into()
            }),
            "{text:?}"
        );
    }
    assert_eq!(
        link::decode("x".repeat(100).as_str()),
        Err(LinkError::Foreign {
            found: format!("{}…", "x".repeat(24))
        })
    );
    assert_eq!(
        LinkError::Foreign {
            found: "/workspace".into()
        }
        .to_string(),
        "`/workspace` is not a stanag-check result link (those are the page address, `#`, then \
         `1` and letters, digits, `-` and `_`)"
    );
}

#[test]
fn future_format_links() {
    let payload = vector_payload("munitions.link");
    assert_eq!(
        link::decode(&format!("2{}", &payload[1..])),
        Err(LinkError::FutureFormat {
            format: 2,
            supported: 1
        })
    );
    assert_eq!(
        link::decode("Zabcdefghijklmnopqrst"),
        Err(LinkError::FutureFormat {
            format: 35,
            supported: 1
        })
    );
    assert_eq!(
        LinkError::FutureFormat {
            format: 2,
            supported: 1
        }
        .to_string(),
        "this link was made by a newer stanag-check (link format 2); this one reads link formats \
         up to 1: open it with a newer stanag-check"
    );
}

#[test]
fn truncated_links() {
    let payload = vector_payload("small-arms.link");
    let n = payload.len();
    for cut in [1, 2, 3, 10, n / 4, n / 2, 3 * n / 4, n - 10, n - 2, n - 1] {
        let result = link::decode(&payload[..cut]);
        assert!(
            matches!(result, Err(LinkError::Truncated { .. })),
            "cut at {cut} of {n}: {result:?}"
        );
    }
    assert_eq!(
        LinkError::Truncated {
            detail:
                "its compressed data stops before its end; a link damaged near its end reads so too"
        }
        .to_string(),
        "the link is cut short (its compressed data stops before its end; a link damaged near \
         its end reads so too): copy it again in full; chat tools may cut long links, so share a \
         link file instead"
    );
    // A link file cut short is a truncated link too.
    let file = vector("munitions-and-rails.stanag-link");
    let cut = &file[..file.len() / 2];
    assert!(matches!(
        link::decode(cut),
        Err(LinkError::Truncated { .. })
    ));
}

#[test]
fn corrupted_links() {
    let payload = vector_payload("small-arms.link");
    // A character that base64url never uses.
    let mut bad = payload.clone();
    bad.replace_range(20..21, "+");
    assert_eq!(
        link::decode(&bad),
        Err(LinkError::Corrupted(Damage::Character {
            character: '+',
            position: 21
        }))
    );
    // A flipped character anywhere: the deflate data or the checksum gives it away.
    for at in [
        1,
        5,
        payload.len() / 3,
        payload.len() / 2,
        payload.len() - 3,
    ] {
        let mut flipped: Vec<u8> = payload.clone().into_bytes();
        flipped[at] = if flipped[at] == b'A' { b'B' } else { b'A' };
        let flipped = String::from_utf8(flipped).expect("ASCII");
        let result = link::decode(&flipped);
        assert!(
            matches!(
                result,
                Err(LinkError::Corrupted(Damage::Deflate | Damage::Checksum))
                    | Err(LinkError::Truncated { .. })
            ),
            "flipped at {at}: {result:?}"
        );
    }
    // Data after the end of the deflate stream.
    let packed = URL_SAFE_NO_PAD.decode(&payload[1..]).expect("base64");
    let mut longer = packed.clone();
    longer.extend_from_slice(b"more");
    assert_eq!(
        link::decode(&format!("1{}", URL_SAFE_NO_PAD.encode(&longer))),
        Err(LinkError::Corrupted(Damage::TrailingData))
    );
    assert_eq!(
        LinkError::Corrupted(Damage::Checksum).to_string(),
        "the link is damaged: its checksum does not match its content; copy it again from the \
         original message"
    );
}

/// A well-formed deflate stream whose content fails its checksum.
#[test]
fn a_checksum_mismatch_is_named() {
    let mut body = vec![1, b'v', 1, b'f', 0, 0];
    body.extend_from_slice(&[0, 0, 0, 0]);
    let packed = miniz_oxide::deflate::compress_to_vec(&body, 6);
    assert_eq!(
        link::decode(&format!("1{}", URL_SAFE_NO_PAD.encode(packed))),
        Err(LinkError::Corrupted(Damage::Checksum))
    );
}

/// 16 MiB of zeros deflate to about 16 KiB: unpacking stops at 4 MiB and says why.
#[test]
fn a_deflate_bomb_is_refused() {
    let zeros = vec![0u8; 16 << 20];
    let packed = miniz_oxide::deflate::compress_to_vec(&zeros, 10);
    let payload = format!("1{}", URL_SAFE_NO_PAD.encode(&packed));
    assert!(payload.len() < 30_000, "{}", payload.len());
    assert_eq!(
        link::decode(&payload),
        Err(LinkError::TooLarge {
            limit: link::MAX_DECODED_BYTES
        })
    );
    assert_eq!(
        LinkError::TooLarge {
            limit: link::MAX_DECODED_BYTES
        }
        .to_string(),
        "the link unpacks to more than 4 MiB, the most a link may carry; it was refused"
    );
}

#[test]
fn an_overlong_link_text_is_refused_before_decoding() {
    let text = format!("1{}", "A".repeat(link::MAX_LINK_CHARS));
    assert_eq!(
        link::decode(&text),
        Err(LinkError::TooLong {
            chars: link::MAX_LINK_CHARS + 1,
            limit: link::MAX_LINK_CHARS
        })
    );
}

/// Thousands of deterministic mutations of a real link: each decodes or fails, none panics.
#[test]
fn no_mutation_panics() {
    let payload = vector_payload("munitions.link").into_bytes();
    let alphabet = b"ABCXYZabcxyz0189-_+/=# \n\xc3\xa9";
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    let mut decoded_ok = 0;
    for _ in 0..3_000 {
        let mut bytes = payload.clone();
        for _ in 0..1 + next(3) {
            let at = next(bytes.len());
            match next(4) {
                0 => bytes[at] = alphabet[next(alphabet.len())],
                1 => {
                    bytes.remove(at);
                }
                2 => bytes.insert(at, alphabet[next(alphabet.len())]),
                _ => bytes.truncate(at),
            }
            if bytes.is_empty() {
                break;
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        if link::decode(&text).is_ok() {
            decoded_ok += 1;
        }
    }
    // Only harmless mutations (an added space or line break) still open.
    assert!(decoded_ok < 300, "{decoded_ok}");
}

// ---- the command line ------------------------------------------------------------------------

#[test]
fn cli_check_link_gives_the_report_check_gives() {
    for path in EXAMPLES {
        let (code, address, err) = stanag_check(&["link", path]);
        assert_eq!(code, 0, "{err}");
        assert!(address.starts_with("stanag-check.html#1"), "{address}");
        assert_eq!(err, "");
        let direct = stanag_check(&["check", path, "--format", "json"]);
        let linked = stanag_check(&["check", "--link", address.trim(), "--format", "json"]);
        assert_eq!(linked, direct, "{path}");
        let text = stanag_check(&["check", "--link", address.trim()]);
        assert_eq!(text, stanag_check(&["check", path]), "{path}");
    }
}

#[test]
fn cli_opens_committed_vectors_and_link_files() {
    for (vector, files) in [
        (
            "tests/link_vectors/small-arms.link",
            vec!["examples/small-arms.yaml"],
        ),
        (
            "tests/link_vectors/munitions-and-rails.stanag-link",
            vec!["examples/munitions.json", "examples/rails-and-fuels.yaml"],
        ),
    ] {
        let (code, out, err) = stanag_check(&["check", "--link", vector, "--format", "json"]);
        let expected =
            std::fs::read_to_string(root().join(vector).with_extension("json")).expect("report");
        // the vectors were made with an earlier catalogue: the only thing allowed on stderr is
        // the notice that says so
        assert_eq!(code, 1, "{vector}");
        assert!(
            err.is_empty()
                || err.starts_with(
                    "notice: This link was made with catalogue 2026.11.1 (d7b1e243865ff561)"
                ),
            "{vector}: {err}"
        );
        // the JSON says that notice too, as its last key, `notices`; the rest is the report
        // byte for byte
        let notices =
            serde_json::from_str::<serde_json::Value>(&out).expect("JSON")["notices"].clone();
        let out = match err.strip_prefix("notice: ") {
            Some(notice) => {
                assert_eq!(notices, serde_json::json!([notice.trim_end()]), "{vector}");
                let (report, _) = out
                    .rsplit_once(",\n  \"notices\": [")
                    .expect("notices, last");
                format!("{report}\n}}\n")
            }
            None => {
                assert!(notices.is_null(), "{vector}");
                out
            }
        };
        assert!(out == expected, "{vector}");
        // checking the files the link carries, as they were when it was made (an example may
        // have changed since: `small-arms.yaml` writes `grain` for `gr` now), gives the same
        let text = std::fs::read_to_string(root().join(vector)).expect("vector");
        let shared = link::decode(&text).expect("decodes");
        let names: Vec<&str> = shared.inputs.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, files, "{vector}");
        let dir = std::env::temp_dir().join(format!(
            "stanag-check-vector-{}-{}",
            std::process::id(),
            files.len()
        ));
        for (name, text) in &shared.inputs {
            let path = dir.join(name);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("temp dir");
            std::fs::write(&path, text).expect("write the input");
        }
        let mut direct = vec!["check"];
        direct.extend(&files);
        direct.extend(["--format", "json"]);
        let checked = Command::new(env!("CARGO_BIN_EXE_stanag-check"))
            .args(&direct)
            .current_dir(&dir)
            .output()
            .expect("the binary runs");
        std::fs::remove_dir_all(&dir).expect("remove the temp dir");
        assert_eq!(
            String::from_utf8(checked.stdout).expect("UTF-8"),
            out,
            "{vector}"
        );
    }
}

#[test]
fn cli_link_file_for_long_links_and_its_warning() {
    let dir = std::env::temp_dir().join(format!("stanag-check-links-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let spec = dir.join("many.yaml");
    std::fs::write(&spec, &corpus::spec_set(100)[0].1).expect("write spec");
    let spec = spec.to_str().expect("UTF-8 path");
    let (code, address, err) = stanag_check(&["link", spec, "--base", "https://x.org/p.html"]);
    assert_eq!(code, 0);
    assert!(address.starts_with("https://x.org/p.html#1"));
    let length = address.trim().chars().count();
    if length > link::CHAT_LIMIT {
        assert!(err.contains("warning: the link is"), "{err}");
    } else {
        assert_eq!(err, "");
    }
    let file = dir.join("many.stanag-link");
    let file = file.to_str().expect("UTF-8 path");
    let (code, out, err) = stanag_check(&["link", spec, "--file", file]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert!(err.starts_with("wrote "), "{err}");
    let text = std::fs::read_to_string(file).expect("link file");
    assert!(text.starts_with(link::FILE_HEADER));
    assert_eq!(
        stanag_check(&["check", "--link", file, "--format", "json"]),
        stanag_check(&["check", spec, "--format", "json"])
    );
    std::fs::remove_dir_all(&dir).expect("clean up");
}

#[test]
fn cli_warns_when_a_link_is_longer_than_chat_tools_carry() {
    // Text that does not compress: a comment of pseudo-random letters, about 12,000 bytes.
    let dir = std::env::temp_dir().join(format!("stanag-check-long-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut state: u32 = 12345;
    let noise: String = (0..12_000)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from(b'a' + ((state >> 16) % 26) as u8)
        })
        .collect();
    let spec = dir.join("noisy.yaml");
    std::fs::write(&spec, format!("# {noise}\nitems: []\n")).expect("write");
    let (code, address, err) = stanag_check(&["link", spec.to_str().expect("UTF-8")]);
    assert_eq!(code, 0);
    assert!(address.trim().chars().count() > link::CHAT_LIMIT);
    assert!(
        err.contains(
            "chat tools may cut links longer than 8000: write a link file with --file OUT"
        ),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).expect("clean up");
}

/// A link made with the sender's own catalogue files says so where it is opened without them,
/// and a local folder that only repeats the built-in files makes no difference to speak of.
#[test]
fn a_link_made_with_local_files_says_so() {
    let builtin = std::fs::read_to_string(root().join("standards/stanag-4172.toml")).expect("4172");
    let inputs = vec![read("examples/small-arms.yaml")];
    let sender = |text: &str| {
        let local = Catalogue::with_local(&[("mine/stanag-4172.toml".to_string(), text.into())])
            .expect("the local catalogue loads");
        let shared =
            link::decode(&link::encode(&local, &inputs).expect("encodes")).expect("decodes");
        let CatalogueDrift::Differs(drift) = shared.differences(&catalogue()) else {
            panic!("the versions differ");
        };
        drift.to_string()
    };
    let changed = sender(&builtin.replace("max = \"57.40 mm\"", "max = \"57.50 mm\""));
    assert!(
        changed.contains(
            "The verdicts are recomputed with this catalogue, so they may differ from what the \
             sender saw. The sender loaded catalogue files of their own, which a link does not \
             carry: ask them for those files to see what they saw. Standards that apply to these \
             items and differ: STANAG 4172 (changed)."
        ),
        "{changed}"
    );
    let here = catalogue();
    assert_eq!(
        sender(&builtin),
        format!(
            "This link was made with catalogue 2026.12.39+local ({0}); this is catalogue 2026.12.39 \
             ({0}). Their content is the same (only the version names differ), so the verdicts \
             are the sender's.",
            here.fingerprint
        )
    );
}

/// A chat tool or mail client that escapes an address's `#` as `%23` does not break the link.
#[test]
fn an_escaped_fragment_mark_still_opens() {
    let inputs = vec![read("examples/small-arms.yaml")];
    let payload = link::encode(&catalogue(), &inputs).expect("encodes");
    let url = link::url("https://example.org/stanag-check.html", &payload);
    let escaped = url.replacen('#', "%23", 1);
    assert_ne!(url, escaped);
    assert_eq!(
        link::decode(&escaped).expect("decodes").inputs,
        link::decode(&url).expect("decodes").inputs
    );
    // nor do the brackets or quotes a mail client puts around an address
    for wrapped in [
        format!("<{url}>"),
        format!("‹{url}›"),
        format!("  «{url}» "),
        format!("\"{url}\""),
        format!("“{escaped}”"),
    ] {
        assert_eq!(
            link::decode(&wrapped).expect("decodes").inputs,
            link::decode(&url).expect("decodes").inputs,
            "{wrapped}"
        );
    }
}

#[test]
fn cli_reports_a_bad_link_and_a_drifted_catalogue() {
    let (code, out, err) = stanag_check(&["check", "--link", "stanag-check.html#1abc"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.starts_with("error: link: the link is"), "{err}");
    // read from a file, the error names the file (it said `link:` alone)
    let dir = std::env::temp_dir().join(format!("stanag-check-bad-link-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broken.txt");
    std::fs::write(&file, "stanag-check.html#1abc\n").unwrap();
    let (code, _, err) = stanag_check(&["check", "--link", file.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(&format!("error: {}: the link is", file.display())),
        "{err}"
    );
    let (code, _, err) = stanag_check(&["check", "--link", "#/route"]);
    assert_eq!(code, 2);
    assert!(err.contains("is not a stanag-check result link"), "{err}");
    // Files and --link do not mix; one of them is needed.
    assert_eq!(
        stanag_check(&["check", "examples/munitions.json", "--link", "#1a"]).0,
        2
    );
    assert_eq!(stanag_check(&["check"]).0, 2);
    // a link file's name that is not there is named as a missing file, not read as a link; a
    // folder as a folder; an address without `#` as not a result link
    let (code, _, err) = stanag_check(&["check", "--link", "1results.stanag-link"]);
    assert_eq!(
        (code, err.as_str()),
        (
            2,
            "error: 1results.stanag-link: no such link file (a link is a page address with `#`, \
             or the text after it)\n"
        )
    );
    let (code, _, err) = stanag_check(&["check", "--link", "tests"]);
    assert_eq!(
        (code, err.as_str()),
        (2, "error: tests: is a folder, not a link or a link file\n")
    );
    let (code, _, err) = stanag_check(&["check", "--link", "https://example.org/page.html"]);
    assert_eq!(code, 2);
    assert!(err.contains("is not a stanag-check result link"), "{err}");

    let dir = std::env::temp_dir().join(format!("stanag-check-drift-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let builtin = std::fs::read_to_string(root().join("standards/stanag-4172.toml")).expect("read");
    std::fs::write(
        dir.join("stanag-4172.toml"),
        builtin.replace("57.40 mm", "57.50 mm"),
    )
    .expect("write");
    let catalogue_dir = dir.to_str().expect("UTF-8");
    let vector = "tests/link_vectors/small-arms.link";
    let (code, _, err) = stanag_check(&["check", "--link", vector, "--catalogue", catalogue_dir]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("notice: This link was made with catalogue 2026.11.1"),
        "{err}"
    );
    assert!(err.contains("STANAG 4172 (changed)"), "{err}");
    std::fs::remove_dir_all(Path::new(&dir)).expect("clean up");
}

/// What the spec reader says of `text` read as `p.yaml`: its errors, each at its place.
fn spec_errors(text: String) -> Vec<String> {
    refused("p.yaml", &text)
}

/// A spec with a result link pasted below it was taken as the link ("This is a result link, not
/// a spec") and its items went unchecked: a text whose lines other than the link read as a spec
/// is no link. Such a text is read as a spec, and the link's line is its error, at its place;
/// the link decoder says where the link is. Alone, the link still opens.
#[test]
fn a_spec_with_a_link_below_it_is_read_as_a_spec_that_names_the_link_line() {
    let address = std::fs::read_to_string(root().join("tests/link_vectors/ballistic-tests.link"))
        .expect("vector");
    let address = address.trim();
    let spec = "items:\n  - { id: a, name: a, nation: FRA, kind: fuel, properties: { nato_code: F-34 } }\n";
    let pasted = format!("{spec}\n  {address}\n");
    assert!(link::decode(address).is_ok());
    assert_eq!(
        link::decode(&pasted),
        Err(LinkError::NotOnlyALink { at: (4, 3) })
    );
    assert_eq!(
        link::decode(&pasted).unwrap_err().to_string(),
        "the text holds more than a link: the link is at 4:3, in text that reads as a spec; open \
         the link on its own"
    );
    // a chat message with words before the address in its line or sentence is still a link
    // (as a text file dropped on the page, `see https://…#…`, opens)
    assert!(link::decode(&format!("the results: {address}")).is_ok());
    assert!(link::decode(&format!("Hello,\nthe results: {address}\n")).is_ok());
    assert_eq!(
        spec_errors(pasted),
        [
            "p.yaml:4:3: this line is a stanag-check result link, not part of a spec: delete it \
          here and open the link on its own (paste it alone, or `stanag-check check --link`)"
        ]
    );
}

/// A chat message or an e-mail with lines of text around a result link (a greeting above it, a
/// signature below, a mail's quoted lines) did not open: a line that is a link below other
/// lines made the text "more than a link". What decides is what the other lines are: prose
/// leaves the link to open, a spec keeps the text a spec (above); two different links are told
/// at both places.
#[test]
fn a_chat_message_or_an_email_around_a_link_opens_it() {
    let address = vector("munitions.link");
    let address = address.trim();
    let opened = link::decode(address);
    assert!(opened.is_ok());
    for message in [
        // the message a colleague pastes: text above and below
        format!("Hi Anna,\nhere is the check of the Dutch lots:\n{address}\nBest, Jan\n"),
        // text above only, below only; blank lines and a signature with a `Tel:` line
        format!("Hi Anna,\n\n{address}\n"),
        format!("{address}\n\nBest regards,\nJan\n--\nJan de Vries\nTel: +31 70 318 8188\n"),
        // the link in a sentence, with the sentence's punctuation around it
        format!("Hi Anna,\nthe check is here ({address}).\nBest, Jan"),
        format!("Hi Anna, the check: {address}, as promised.\nJan"),
        // a heading for the link, words ending in a colon: no spec's keys
        format!("Results:\n{address}\n"),
        format!("Results:\n{address}\nJan\n"),
        format!("Here are the results of the check:\n{address}"),
        // a mail client's brackets, the same link twice (its text and its address)
        format!("Hello,\n{address} <{address}>\nJan"),
    ] {
        assert_eq!(link::decode(&message), opened, "{message}");
    }
    // an e-mail replying to one that asked for the check, the link in the reply and in the
    // quoted lines, each quoted line marked `> ` (or `>` glued to it)
    let mail = format!(
        "Dear Anna,\n\nplease find the check below.\n{address}\n\nKind regards,\nJan\n\n\
         On 30 Nov 2026, Anna wrote:\n> Jan, could you send me the check of the Dutch lots?\n\
         > The last one was:\n>{address}\n> Thanks, Anna\n"
    );
    assert_eq!(link::decode(&mail), opened);
    // two different links in one message: which one is meant is not known; both are placed
    let other = vector("small-arms.link");
    let other = other.trim();
    let two = format!("Hi Anna,\nthe munitions: {address}\nthe small arms:\n  {other}\nJan\n");
    assert_eq!(
        link::decode(&two),
        Err(LinkError::TwoLinks {
            first: (2, 16),
            second: (4, 3)
        })
    );
    assert_eq!(
        link::decode(&two).unwrap_err().to_string(),
        "the text holds two different result links, at 2:16 and at 4:3: open each on its own"
    );
    // a YAML spec whose last line is a link: a spec, the link its error, at the link's line
    let spec = "items:\n  - id: nl-lot-1\n    name: Lot 1\n    nation: NLD\n    kind: fuel\n    \
                properties:\n      nato_code: F-34\n";
    let pasted = format!("{spec}{address}");
    assert_eq!(
        link::decode(&pasted),
        Err(LinkError::NotOnlyALink { at: (8, 1) })
    );
    assert_eq!(
        spec_errors(pasted),
        [
            "p.yaml:8:1: this line is a stanag-check result link, not part of a spec: delete it \
          here and open the link on its own (paste it alone, or `stanag-check check --link`)"
        ]
    );
    // a spec with two links is told as a spec; a draft that does not read yet is still a
    // spec (its lines are a spec's); as are a TOML and a JSON spec, with the link above them
    for (text, at) in [
        (format!("{spec}{address}\n{other}\n"), (8, 1)),
        (
            format!("items:\n  - id: half-written\n    name: [\n\n{address}"),
            (5, 1),
        ),
        (
            format!("{address}\n[[items]]\nid = \"a\"\nkind = \"fuel\"\n"),
            (1, 1),
        ),
        (
            format!("{address}\n{{\n  \"items\": [\n    {{ \"id\": \"a\",\n"),
            (1, 1),
        ),
    ] {
        assert_eq!(
            link::decode(&text),
            Err(LinkError::NotOnlyALink { at }),
            "{text}"
        );
    }
}

/// `check --link FILE` opens a chat message saved as a file as it opens the link, and says
/// where the two links of a message with two are.
#[test]
fn cli_opens_a_chat_message_that_holds_a_link() {
    let address = vector("munitions.link");
    let address = address.trim();
    let dir = std::env::temp_dir().join(format!("stanag-check-chat-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let chat = dir.join("chat.txt");
    let message = format!("Hi Anna,\nhere is the check of the Dutch lots:\n{address}\nBest, Jan\n");
    std::fs::write(&chat, message).expect("write");
    let chat = chat.to_str().expect("UTF-8");
    assert_eq!(
        stanag_check(&["check", "--link", chat, "--format", "json"]),
        stanag_check(&["check", "--link", address, "--format", "json"])
    );
    let two = dir.join("two.txt");
    let other = vector("small-arms.link");
    std::fs::write(&two, format!("{address}\nor rather\n{}", other.trim())).expect("write");
    // (each at its place in the file, and how to open each: `check --link` opens one, so it
    // opens neither, and `check` reads neither as a spec)
    let how = "open each on its own, with `stanag-check check --link 'LINK'` (the link copied in \
               for LINK), or saved in a file of its own that `check --link` is given";
    let name = two.to_str().expect("UTF-8");
    let (code, out, err) = stanag_check(&["check", "--link", name]);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (
            2,
            "",
            format!(
                "error: {name}:1:1: the text holds two different result links, at 1:1 and at \
                 3:1: {how}\n"
            )
            .as_str()
        )
    );
    let (code, out, err) = stanag_check(&["check", name]);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (
            2,
            "",
            format!(
                "error: {name}:1:1: this is no spec: the text holds two different result links, \
                 at 1:1 and at 3:1: {how}\n"
            )
            .as_str()
        )
    );
    // a chat message around them: at the links' places in it
    let chat = dir.join("chat-two.txt");
    std::fs::write(
        &chat,
        format!(
            "Hi Anna,\n\nthe munitions: {address}\nand the small arms:\n  {}\n\nBest, Jan\n",
            other.trim()
        ),
    )
    .expect("write");
    let chat = chat.to_str().expect("UTF-8");
    for (args, said) in [
        (vec!["check", chat], "this is no spec: "),
        (vec!["check", "--link", chat], ""),
    ] {
        let (code, _, err) = stanag_check(&args);
        assert_eq!(
            (code, err),
            (
                2,
                format!(
                    "error: {chat}:3:16: {said}the text holds two different result links, at \
                     3:16 and at 5:3: {how}\n"
                )
            ),
            "{args:?}"
        );
    }
    std::fs::remove_dir_all(&dir).expect("clean up");
}

/// A browser hands a page its fragment percent-escaped (`1%3Cimg…` for `1<img…`): the decoder
/// reads the escapes back, so a damaged link is told by the character the user pasted, as the
/// command line tells it, not by `%`.
#[test]
fn a_percent_escaped_fragment_is_told_by_the_character_pasted() {
    for fragment in [
        "1<img src=x onerror=alert(1)>",
        "1%3Cimg%20src=x%20onerror=alert(1)%3E",
        "#1%3cimg",
    ] {
        assert_eq!(
            link::decode(fragment),
            Err(LinkError::Corrupted(Damage::Character {
                character: '<',
                position: 2
            })),
            "{fragment}"
        );
    }
}

/// What a text that is not a spec was told, each error as shown.
fn refused(name: &str, text: &str) -> Vec<String> {
    let checked = stanag_check::check_texts(&catalogue(), &[(name.into(), text.into())]);
    checked
        .rejected
        .iter()
        .flat_map(|(_, r)| r.errors.iter().map(ToString::to_string))
        .collect()
}

/// A result link cut short (a chat tool keeps a long link's first characters), pasted as a spec,
/// alone, as a bare fragment or after words, is told by the link's own error at the link, as
/// `check --link` tells it; a damaged one by its damage. Before: `1:1: expected a list of items,
/// found a string`.
#[test]
fn a_link_cut_short_pasted_as_a_spec_is_told_by_the_links_error() {
    let address = std::fs::read_to_string(root().join("tests/link_vectors/ballistic-tests.link"))
        .expect("vector");
    let cut = &address.trim()[..303];
    let said = |e: LinkError| {
        format!("this is a stanag-check result link, not a spec, and it does not open: {e}")
    };
    let short = said(link::decode(cut).unwrap_err());
    assert!(short.contains("the link is cut short"), "{short}");
    assert_eq!(refused("paste", cut), [format!("paste:1:1: {short}")]);
    assert_eq!(
        refused("paste", &format!("\n  see {cut}\n")),
        [format!("paste:2:7: {short}")]
    );
    let fragment = &cut[cut.find('#').unwrap()..];
    assert_eq!(refused("paste", fragment), [format!("paste:1:1: {short}")]);
    // wrapped by a chat tool over lines
    let (head, tail) = cut.split_at(200);
    assert_eq!(
        refused("paste", &format!("{head}\n{tail}\n")),
        [format!("paste:1:1: {short}")]
    );
    let damaged = format!("{}<{}", &cut[..100], &cut[101..]);
    let error = link::decode(&damaged).unwrap_err();
    assert!(matches!(error, LinkError::Corrupted(_)), "{error}");
    assert_eq!(
        refused("paste", &damaged),
        [format!("paste:1:1: {}", said(error))]
    );
    assert_eq!(link::broken_link(cut).map(|(at, _)| at), Some((1, 1)));
    // a link that opens is none (it is opened, or told below a spec as a line of its own)
    assert_eq!(link::broken_link(address.trim()), None);
}

/// A result link that opens, given as a spec (alone, wrapped by a chat tool, a link file, or a
/// chat message or an e-mail around it), is told as one at the link, with the command that
/// opens it; before, as a spec whose root is a string, or by the message's syntax.
#[test]
fn a_link_that_opens_given_as_a_spec_is_told_with_the_command_that_opens_it() {
    let address = std::fs::read_to_string(root().join("tests/link_vectors/ballistic-tests.link"))
        .expect("vector");
    let address = address.trim();
    let alone = "this is a stanag-check result link, not a spec: open the link with \
                 `stanag-check check --link chat.txt`";
    let message = "this is a chat message or an e-mail that holds a stanag-check result link, not \
                   a spec: open the link with `stanag-check check --link chat.txt`";
    let (head, tail) = address.split_at(200);
    for (text, at, said) in [
        (format!("{address}\n"), "1:1", alone),
        (format!("\n   {head}\n{tail}\n"), "2:4", alone),
        (
            link::to_file(&address[address.find('#').unwrap() + 1..]),
            "1:1",
            alone,
        ),
        (
            format!("Hi Anna,\n\nthe results: {address}.\n\nBest,\nJan\n"),
            "3:14",
            message,
        ),
        (format!("> see <{address}>\n"), "1:7", message),
    ] {
        assert!(link::decode(&text).is_ok(), "{text}");
        assert_eq!(
            refused("chat.txt", &text),
            [format!("chat.txt:{at}: {said}")],
            "{text}"
        );
    }
    assert_eq!(link::open_command("<stdin>"), "stanag-check check --link -");
    assert_eq!(
        link::open_command("my results.txt"),
        "stanag-check check --link 'my results.txt'"
    );
    assert_eq!(
        link::open_command("-chat.txt"),
        "stanag-check check --link ./-chat.txt"
    );
    // a spec that reads is never looked at as a link, nor a text that does not open
    assert_eq!(link::opening_link("items: []\n"), None);
    assert_eq!(link::opening_link(&address[..303]), None);
}

/// A lone carriage return ends a line (old Mac files, Excel's "CSV (Macintosh)") wherever a
/// place is given or lines are read, as it does for the parsers: a chat message, a draft with
/// a link on its own line, a CSV sheet and a byte that is not UTF-8 are told the same, at the
/// same place, with CR, LF and CRLF line ends. Before, with CR ends the message was placed at
/// 1:22, the draft got a YAML error, the sheet "expected a list of items, found a string" and
/// the byte 1:28.
#[test]
fn a_lone_carriage_return_ends_a_line_everywhere() {
    let address = std::fs::read_to_string(root().join("tests/link_vectors/ballistic-tests.link"))
        .expect("vector");
    let address = address.trim();
    let message = "this is a chat message or an e-mail that holds a stanag-check result link, not \
                   a spec: open the link with `stanag-check check --link chat.txt`";
    let line = "this line is a stanag-check result link, not part of a spec: delete it here and \
                open the link on its own (paste it alone, or `stanag-check check --link`)";
    let sheet = "this is a CSV file: stanag-check reads specs in JSON, TOML or YAML; write the \
                 sheet's rows as items in one of those (README, section \"Spec files\"), or start \
                 from a template of the item's kind (on the page, New spec from template; on the \
                 command line, `stanag-check template KIND`)";
    let cases = [
        (
            "chat.txt",
            format!("Hi Anna,\n\nthe results: {address}.\n\nBest,\nJan\n"),
            format!("chat.txt:3:14: {message}"),
        ),
        (
            "draft.yaml",
            format!("items:\n  - id: a\n    kind: weapon\n{address}\n"),
            format!("draft.yaml:4:1: {line}"),
        ),
        (
            "paste",
            "id;name;nation\nfra-1;FAMAS;FRA\n".to_string(),
            format!("paste:1:1: {sheet}"),
        ),
    ];
    for (name, text, said) in cases {
        for end in ["\n", "\r", "\r\n"] {
            let text = text.replace('\n', end);
            assert_eq!(
                refused(name, &text),
                std::slice::from_ref(&said),
                "{text:?}"
            );
        }
    }
    // a link in a message, found by the page and the CLI as the reader finds it
    let chat = format!("Hi Anna,\r\rthe results: {address}.\r\rBest,\rJan\r");
    assert_eq!(link::opening_link(&chat), Some(((3, 14), true)));
    assert_eq!(
        link::link_line(&format!("a: 1\r  {address}\r")),
        Some((2, 3))
    );
    for end in ["\n", "\r", "\r\n"] {
        let bytes = b"items:\n  - id: a\n    name: \xe9\n";
        let mut ended = Vec::new();
        for &b in bytes {
            match b {
                b'\n' => ended.extend_from_slice(end.as_bytes()),
                b => ended.push(b),
            }
        }
        let not_text = stanag_check::document::text_of(ended).unwrap_err();
        assert_eq!(not_text.place(), Some((3, 11)), "{end:?}");
    }
    let lines = |text| stanag_check::document::lines(text).collect::<Vec<_>>();
    assert_eq!(lines("a\rb\r\nc\n\rd"), ["a", "b", "c", "", "d"]);
    assert_eq!(lines("a\n"), ["a"]);
    assert!(lines("").is_empty());
}

/// Only a text shaped as a result link is told as one: a `#` in a spec's value, a heading, a
/// colour, or a link with more text after it reads as it did.
#[test]
fn a_hash_in_a_document_is_no_broken_link() {
    let address = std::fs::read_to_string(root().join("tests/link_vectors/ballistic-tests.link"))
        .expect("vector");
    let cut = &address.trim()[..303];
    for text in [
        "#Introduction",
        "colour: \"#1a2b3c\"",
        "\"see #1zZu9TsMwFIWFGCraBXUGKSNDDP6Jo0QsPAA8QocUAQLRFjWRgpD6IOzMjIgX4UHYGbAdx3VqxzFLwpIlUhR9uvfYV\" is a note",
        &format!("{cut}\nitems: []\n"),
        &format!("{cut} thanks"),
    ] {
        assert_eq!(link::broken_link(text), None, "{text}");
    }
    // (a spec that reads is never looked at as a link, its values' `#` whatever they hold)
    let spec = format!(
        "items:\n  - {{ id: a, name: \"{cut}\", nation: FRA, kind: fuel, properties: {{ nato_code: F-34 }} }}\n"
    );
    assert_eq!(refused("s.yaml", &spec), Vec::<String>::new());
    assert_eq!(
        refused("s.yaml", "colour: \"#1a2b3c\"\n"),
        ["s.yaml:1:1: missing `items`"]
    );
}

/// A spreadsheet is told as what it is, by its bytes (a workbook), its name (`.csv`, `.tsv`) or
/// the shape of its first lines; a spec is none, however many commas its lines hold.
#[test]
fn a_spreadsheet_is_told_by_its_bytes_name_or_shape() {
    use stanag_check::spec::spreadsheet;
    assert_eq!(
        spreadsheet("h.xlsx", b"PK\x03\x04\x14\x00"),
        Some("an Excel workbook")
    );
    assert_eq!(
        spreadsheet("paste", b"\xd0\xcf\x11\xe0\xa1"),
        Some("an Excel workbook (.xls)")
    );
    assert_eq!(
        spreadsheet("h.ods", b"PK\x03\x04\x14\x00"),
        Some("an OpenDocument spreadsheet")
    );
    assert_eq!(spreadsheet("h.CSV", b"items:\n"), Some("a CSV file"));
    assert_eq!(
        spreadsheet("h.tsv", b""),
        Some("a spreadsheet's rows, tab-separated (TSV)")
    );
    assert_eq!(
        spreadsheet("paste", b"a;b;c\n1;2,5;3\n"),
        Some("a CSV file")
    );
    assert_eq!(
        spreadsheet("paste", b"a\tb\n1\t2\n\n3\t4\n"),
        Some("a spreadsheet's rows, tab-separated (TSV)")
    );
    for text in [
        "a;b;c\n",
        "a;b;c\n1;2\n",
        "id,name\nx: 1,2\n",
        "[[items]]\nid = \"a\"\n",
        "[\n  1, 2,\n  3, 4\n]\n",
        "- a, b\n- c, d\n- { e: f }\n",
    ] {
        assert_eq!(spreadsheet("paste", text.as_bytes()), None, "{text}");
    }
    assert_eq!(
        refused("paste", "id;name;nation\nfra-1;FAMAS;FRA\n"),
        ["paste:1:1: this is a CSV file: stanag-check reads specs in JSON, TOML or YAML; write the \
          sheet's rows as items in one of those (README, section \"Spec files\"), or start from \
          a template of the item's kind (on the page, New spec from template; on the command \
          line, `stanag-check template KIND`)"]
    );
}

/// A supplier's data sheet as a document (Word, OpenDocument text, PDF, RTF) is told as what it
/// is, with the template to copy its figures into: a Word file was "an Excel workbook" with
/// "the sheet's rows", a PDF a YAML error or a byte that is not UTF-8.
#[test]
fn a_document_is_told_as_one_not_as_a_workbook_or_a_syntax_error() {
    use stanag_check::spec::{document_kind, spreadsheet, text_of_spec};
    let docx =
        b"PK\x03\x04\x14\x00\x06\x00!\x00\xb4[Content_Types].xml....PK\x01\x02word/document.xml";
    assert_eq!(document_kind("fiche.zip", docx), Some("a Word document"));
    assert_eq!(
        document_kind("fiche.docx", b"PK\x03\x04"),
        Some("a Word document")
    );
    let odt = b"PK\x03\x04\x14\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text";
    assert_eq!(document_kind("fiche", odt), Some("an OpenDocument text"));
    assert_eq!(
        document_kind("paste", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
        Some("a PDF document")
    );
    assert_eq!(
        document_kind("f.RTF", b"{\\rtf1\\ansi"),
        Some("an RTF document")
    );
    assert_eq!(
        document_kind("f.doc", b"\xd0\xcf\x11\xe0\xa1"),
        Some("a Word document (.doc)")
    );
    // a workbook and a spec are no document
    let xlsx = b"PK\x03\x04\x14\x00[Content_Types].xml xl/workbook.xml";
    assert_eq!(document_kind("h.xlsx", xlsx), None);
    assert_eq!(spreadsheet("h.xlsx", xlsx), Some("an Excel workbook"));
    assert_eq!(document_kind("s.yaml", b"items:\n  - id: a\n"), None);
    let told = |what: &str| {
        format!(
            "this is {what}: stanag-check reads specs in JSON, TOML or YAML; copy the item's \
             figures into a template of its kind (on the page, New spec from template; on the \
             command line, `stanag-check template KIND`), or write them as items in one of those \
             (README, section \"Spec files\")"
        )
    };
    // a PDF with bytes that are not UTF-8 in its first lines, as most have, and a Word file
    assert_eq!(
        text_of_spec("fiche.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec()).unwrap_err(),
        (Some((1, 1)), told("a PDF document"))
    );
    assert_eq!(
        text_of_spec("fiche.docx", docx.to_vec()).unwrap_err(),
        (Some((1, 1)), told("a Word document"))
    );
    // a PDF whose first lines are text is told so too, not by the YAML it is not
    assert_eq!(
        refused(
            "vraie.pdf",
            "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
        ),
        [format!("vraie.pdf:1:1: {}", told("a PDF document"))]
    );
}

/// Two result links pasted on one line of a YAML draft got the YAML error of that line ("this
/// key has no `:` after it"), where one link there is told as a link and a message of two links
/// at both places. Two different links on link lines of a draft (on one line, or one below the
/// other) are told at both places, with how to open each, as no part of the spec; the same link
/// twice is one link.
#[test]
fn two_links_on_the_lines_of_a_draft_are_told_at_both_places() {
    let address = vector("munitions.link");
    let address = address.trim();
    let other = vector("small-arms.link");
    let other = other.trim();
    let how = "open each on its own, with `stanag-check check --link 'LINK'` (the link copied in \
               for LINK), or saved in a file of its own that `check --link` is given; they are \
               not part of a spec: delete them here";
    let yaml = "items:\n  - id: nl-lot-1\n    name: Lot 1\n    nation: NLD\n    kind: fuel\n";
    let toml = "[[items]]\nid = \"a\"\nname = \"a\"\nnation = \"NLD\"\nkind = \"fuel\"\n";
    // (the second link's column: after the first and its space, in characters)
    let after = address.chars().count() + 2;
    for (name, text, first, second) in [
        (
            "p.yaml",
            format!("{yaml}{address} {other}\n"),
            "6:1",
            format!("6:{after}"),
        ),
        (
            "p.yaml",
            format!("{yaml}  {address}   {other}"),
            "6:3",
            format!("6:{}", after + 4),
        ),
        (
            "p.yaml",
            format!("{yaml}{address}\n{other}\n"),
            "6:1",
            "7:1".to_string(),
        ),
        (
            "p.toml",
            format!("{toml}{address} {other}\n"),
            "6:1",
            format!("6:{after}"),
        ),
        (
            "p.toml",
            format!("{address} {other}\n{toml}"),
            "1:1",
            format!("1:{after}"),
        ),
    ] {
        assert_eq!(
            refused(name, &text),
            [format!(
                "{name}:{first}: the text holds two different result links, at {first} and at \
                 {second}: {how}"
            )],
            "{text}"
        );
    }
    // the page finds no one link to offer in such a draft (it offered the first of two lines)
    assert_eq!(
        link::link_line(&format!("{yaml}{address}\n{other}\n")),
        None
    );
    assert_eq!(link::link_line(&format!("{yaml}{address} {other}\n")), None);
    assert_eq!(link::link_line(&format!("{yaml}{address}\n")), Some((6, 1)));
    assert_eq!(
        link::link_line(&format!("{yaml}  {address} {address}\n")),
        Some((6, 3))
    );
    // the same link twice on its line is one link, told as one is
    assert_eq!(
        refused("p.yaml", &format!("{yaml}{address} {address}\n")),
        [
            "p.yaml:6:1: this line is a stanag-check result link, not part of a spec: delete it \
          here and open the link on its own (paste it alone, or `stanag-check check --link`)"
        ]
    );
    // a line of a link and a word that is no link is the draft's own (its syntax error)
    assert_eq!(
        refused("p.yaml", &format!("{yaml}{address} see\n")),
        ["p.yaml:6:1: invalid YAML: this key has no `:` after it: write `key: value`"]
    );
}

/// A link made with the sender's own dictionary (a `v25_velocity` of theirs), opened without it:
/// the property's warning says it may be defined in the sender's files, to ask them for, and
/// offers no near name (before: `did you mean threat_velocity?`, another quantity's property).
/// Opened with the sender's catalogue, or checked as a file, nothing changes; so does a link of
/// the built-in catalogue, whose unknown property keeps its did-you-mean.
#[test]
fn an_unknown_property_of_a_link_made_with_own_files_may_be_the_senders() {
    let dictionary = "[property.v25_velocity]\ndescription = \"Velocity 25 m from the muzzle.\"\n\
                      type = \"velocity\"\nunit = \"m/s\"\n";
    let sender = Catalogue::with_local(&[("mine/dictionary.toml".into(), dictionary.into())])
        .expect("the sender's catalogue loads");
    let spec = "items:\n  - id: c\n    name: Round\n    nation: DEU\n    kind: cartridge\n    \
                properties:\n      v25_velocity: 900 m/s\n";
    let inputs = [("lots.yaml".to_string(), spec.to_string())];
    let shared = link::decode(&link::encode(&sender, &inputs).expect("encodes")).expect("decodes");
    let warnings = |checked: &stanag_check::Checked| -> Vec<String> {
        checked
            .report
            .warnings
            .iter()
            .map(|w| w.message.to_string())
            .filter(|m| m.contains("v25_velocity"))
            .collect()
    };
    let here = catalogue();
    assert!(shared.lacks_sender_files(&here));
    assert_eq!(
        warnings(&shared.check(&here)),
        [
            "unknown property `v25_velocity` is not checked: the sender of this link loaded \
          catalogue files of their own, which may define it; ask them for those files to have \
          it checked"
        ]
    );
    let plain = stanag_check::check_texts(&here, &inputs);
    assert_eq!(
        warnings(&plain),
        // (no near name either: `threat_velocity` replaces a whole word of it)
        ["unknown property `v25_velocity` is not checked"]
    );
    assert!(!shared.lacks_sender_files(&sender));
    assert_eq!(warnings(&shared.check(&sender)), Vec::<String>::new());
    let builtin = link::decode(&link::encode(&here, &inputs).expect("encodes")).expect("decodes");
    assert!(!builtin.lacks_sender_files(&here));
    assert_eq!(warnings(&builtin.check(&here)), warnings(&plain));
}
