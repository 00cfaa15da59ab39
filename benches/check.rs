//! Throughput of the core, natively: items checked per second against the full catalogue, and
//! the pairs of 1,000 items. Figures are relative: compare runs made on one machine in one go.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use stanag_check::catalogue::Catalogue;
use stanag_check::check::check_items;
use stanag_check::pair::pair_items;
use stanag_check::spec::{self, Item};

#[path = "shared/items.rs"]
mod shared;
use shared::{items, EXAMPLES};

fn checking(c: &mut Criterion) {
    let catalogue = Catalogue::builtin().expect("catalogue");
    let mut group = c.benchmark_group("check");
    for n in [100, 1_000] {
        let items = items(&catalogue, n, EXAMPLES);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("items", n), &items, |b, items| {
            b.iter(|| check_items(&catalogue, items))
        });
    }
    group.finish();
}

fn pairing(c: &mut Criterion) {
    let catalogue = Catalogue::builtin().expect("catalogue");
    let mut group = c.benchmark_group("pairs");
    group.sample_size(10);
    for n in [100, 1_000] {
        let items = items(&catalogue, n, &["examples/multinational.yaml"]);
        let outcomes = check_items(&catalogue, &items);
        if let Err(e) = pair_items(&catalogue, &items, &outcomes) {
            panic!("{n} items: {e}");
        }
        group.throughput(Throughput::Elements((n * (n - 1) / 2) as u64));
        group.bench_with_input(BenchmarkId::new("items", n), &items, |b, items| {
            b.iter(|| pair_items(&catalogue, items, &outcomes))
        });
    }
    // an inventory of copies: 400 of one rifle and 200 of one cartridge, every rifle to be
    // told apart from every other by what each cartridge says of it
    let rifle = items(&catalogue, 1, &["examples/weapons.yaml"])[0].clone();
    let round = items(&catalogue, 1, &["examples/small-arms.yaml"])[0].clone();
    let copies: Vec<Item> = (0..600)
        .map(|i| {
            let mut item = if i < 400 {
                rifle.clone()
            } else {
                round.clone()
            };
            item.id = format!("{}-{i}", item.id);
            item
        })
        .collect();
    let outcomes = check_items(&catalogue, &copies);
    group.bench_function("copies/400+200", |b| {
        b.iter(|| pair_items(&catalogue, &copies, &outcomes))
    });
    group.finish();
}

/// A pasted spec of 110 items (the small-arms example repeated with fresh ids), as the page
/// parses it on every edit.
fn parsing(c: &mut Criterion) {
    let catalogue = Catalogue::builtin().expect("catalogue");
    let example = std::fs::read_to_string("examples/small-arms.yaml").expect("example");
    let body = example.split_once("items:\n").expect("an items list").1;
    let mut text = String::from("items:\n");
    for k in 0.. {
        if text.matches("\n  - id: ").count() >= 100 {
            break;
        }
        text.push_str(&body.replace("  - id: ", &format!("  - id: k{k}-")));
    }
    let items = text.matches("\n  - id: ").count();
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Elements(items as u64));
    group.bench_function(BenchmarkId::new("yaml", items), |b| {
        b.iter(|| spec::parse("pasted", &text, &catalogue.dictionary).expect("parses"))
    });
    group.finish();
}

fn loading(c: &mut Criterion) {
    c.bench_function("catalogue/load", |b| {
        b.iter(|| Catalogue::builtin().expect("catalogue"))
    });
    // a user's own file over the built-in catalogue: what `--catalogue DIR` and the
    // catalogue fuzz target do (here the built-in STANAG 4172, replacing its own)
    let local = [(
        "local/stanag-4172.toml".to_string(),
        std::fs::read_to_string("standards/stanag-4172.toml").expect("standard"),
    )];
    c.bench_function("catalogue/with_local", |b| {
        b.iter(|| Catalogue::with_local(&local).expect("catalogue"))
    });
    // a user's pair rule of 1,000 cases, each wrong otherwise (an unknown key, a wrong word, a
    // flag of another type): listing its mistakes, the first hundred
    let mut rule = String::from(
        "[[rule]]\nid = \"NAT/many\"\ntitle = \"t\"\na = \"weapon\"\nb = \"cartridge\"\n\
         a_property = \"cartridge\"\nb_property = \"cartridge\"\ntest = \"table\"\n\
         severity = \"mandatory\"\nsource = \"s\"\nconfidence = \"C\"\n",
    );
    for i in 0..1000 {
        let mistake = match i % 3 {
            0 => format!("foo{i} = 1"),
            1 => format!("confidence = \"Q{i}\""),
            _ => format!("warning = \"w{i}\""),
        };
        rule.push_str(&format!(
            "\n[[rule.case]]\na = \"a{i}\"\nb = \"b{i}\"\nlevel = \"compatible\"\n\
             reason = \"r\"\n{mistake}\n"
        ));
    }
    let broken = [("local/pairs-mine.toml".to_string(), rule)];
    c.bench_function("catalogue/rule_of_1000_cases_each_wrong", |b| {
        b.iter(|| Catalogue::with_local(&broken).expect_err("refused"))
    });
}

criterion_group!(benches, checking, pairing, parsing, loading);
criterion_main!(benches);
