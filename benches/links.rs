//! Link lengths and speed. Prints, for 1, 10 and 100 items, the length of a format-1 link payload
//! beside lz-string's compressToEncodedURIComponent and plain raw deflate + base64url, both
//! applied to the same content as JSON (see links/corpus.rs); then times encoding and decoding.
//! Run with `cargo bench --bench links`.

#[path = "links/corpus.rs"]
mod corpus;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use criterion::{criterion_group, criterion_main, Criterion};
use stanag_check::{catalogue::Catalogue, link};
use std::hint::black_box;

fn lengths(catalogue: &Catalogue) {
    println!(
        "\n{:>6} {:>11} {:>11} {:>12} {:>17} {:>10}",
        "items", "spec bytes", "link", "lz-string", "deflate+base64url", "vs lz"
    );
    for n in [1, 10, 100] {
        let inputs = corpus::spec_set(n);
        let bytes: usize = inputs.iter().map(|(_, t)| t.len()).sum();
        let ours = match link::encode(catalogue, &inputs) {
            Ok(p) => p.len(),
            Err(e) => {
                println!("{n}: {e}");
                continue;
            }
        };
        let json = corpus::as_json(catalogue, &inputs);
        let lz = lz_str::compress_to_encoded_uri_component(&json).len();
        let deflate = URL_SAFE_NO_PAD
            .encode(miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10))
            .len();
        println!(
            "{n:>6} {bytes:>11} {ours:>11} {lz:>12} {deflate:>17} {:>9.2}×",
            lz as f64 / ours as f64
        );
    }
    println!();
}

fn bench(c: &mut Criterion) {
    let catalogue = match Catalogue::builtin() {
        Ok(c) => c,
        Err(e) => panic!("the built-in catalogue does not load: {e:?}"),
    };
    lengths(&catalogue);
    for n in [10, 100] {
        let inputs = corpus::spec_set(n);
        let payload = link::encode(&catalogue, &inputs).unwrap_or_default();
        c.bench_function(&format!("encode {n} items"), |b| {
            b.iter(|| link::encode(black_box(&catalogue), black_box(&inputs)))
        });
        c.bench_function(&format!("decode {n} items"), |b| {
            b.iter(|| link::decode(black_box(&payload)))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
