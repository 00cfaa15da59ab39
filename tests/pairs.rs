//! Golden pairs: for every pair rule a compatible, an incompatible and (where the rule can lack
//! data) an unknown pair; interchangeability; commonality; and the multinational example.

use stanag_check::catalogue::Catalogue;
use stanag_check::check_texts;
use stanag_check::pair::{Level, Pair, RuleVerdict};

fn pairs(yaml: &str) -> Vec<Pair> {
    let catalogue = Catalogue::builtin().expect("catalogue");
    let checked = check_texts(&catalogue, &[("pairs.yaml".to_string(), yaml.to_string())]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    checked.report.pairs
}

/// The pairs of several files, each `(name, text)`.
fn pairs_of(files: &[(&str, String)]) -> Vec<Pair> {
    let catalogue = Catalogue::builtin().expect("catalogue");
    let files: Vec<(String, String)> = files
        .iter()
        .map(|(name, text)| (name.to_string(), text.clone()))
        .collect();
    let checked = check_texts(&catalogue, &files);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    checked.report.pairs
}

fn level(pairs: &[Pair], a: &str, b: &str) -> Option<Level> {
    pairs
        .iter()
        .find(|p| (p.a == a && p.b == b) || (p.a == b && p.b == a))
        .map(|p| p.level)
}

fn reason<'a>(pairs: &'a [Pair], a: &str, b: &str, rule: &str) -> &'a stanag_check::pair::Reason {
    let pair = pairs.iter().find(|p| p.a == a && p.b == b).expect("pair");
    pair.reasons
        .iter()
        .find(|r| &*r.rule == rule)
        .expect("reason")
}

/// The pair of `a` and `b`, whichever was loaded first, told from `a`'s side.
fn seen_from(pairs: &[Pair], a: &str, b: &str) -> Pair {
    pairs
        .iter()
        .find(|p| (p.a == a && p.b == b) || (p.a == b && p.b == a))
        .expect("pair")
        .clone()
        .from_side_of(a)
}

/// The reason of `rule` in the pair of `a` and `b`, whichever was loaded first.
fn reason_of(pairs: &[Pair], a: &str, b: &str, rule: &str) -> stanag_check::pair::Reason {
    let pair = seen_from(pairs, a, b);
    pair.reasons
        .into_iter()
        .find(|r| &*r.rule == rule)
        .expect("reason")
}

fn item(id: &str, kind: &str, props: &str) -> String {
    format!("  - id: {id}\n    name: {id}\n    nation: DEU\n    kind: {kind}\n    properties: {{ {props} }}\n")
}

/// A bomb rack on 14 in hooks rated for `rating`.
fn rack(id: &str, rating: &str) -> String {
    item(
        id,
        "bomb-rack",
        &format!("hook_spacings: [14 in], max_store_mass: {rating}"),
    )
}

/// A store of `mass` on 14 in lugs.
fn store(id: &str, mass: &str) -> String {
    item(
        id,
        "store",
        &format!("store_mass: {mass}, suspension: 14 in"),
    )
}

fn items(list: &[String]) -> String {
    format!("items:\n{}", list.concat())
}

#[test]
fn chambering_and_the_one_way_cases() {
    let p = pairs(&items(&[
        item("rifle-556", "weapon", "cartridge: 5.56x45mm NATO"),
        item("rifle-223", "weapon", "cartridge: .223 Remington"),
        item("gpmg-762", "weapon", "cartridge: 7.62x51mm NATO"),
        item("rifle-308", "weapon", "cartridge: .308 Winchester"),
        item("launcher-lv", "weapon", "cartridge: 40x46mm"),
        item("r556", "cartridge", "cartridge: 5.56x45mm NATO"),
        item("r223", "cartridge", "cartridge: .223 Remington"),
        item("r762", "cartridge", "cartridge: 7.62x51mm NATO"),
        item("r308", "cartridge", "cartridge: .308 Winchester"),
        item("r40hv", "cartridge", "cartridge: 40x53mm"),
        item("r-unknown", "cartridge", "overall_length: 57 mm"),
    ]));
    assert_eq!(level(&p, "rifle-556", "r556"), Some(Level::Compatible));
    assert_eq!(level(&p, "rifle-556", "r223"), Some(Level::Compatible));
    assert_eq!(
        reason(&p, "rifle-556", "r223", "PAIR/chambering").verdict,
        RuleVerdict::Warning
    );
    assert_eq!(level(&p, "rifle-223", "r556"), Some(Level::Incompatible));
    assert_eq!(
        reason(&p, "rifle-223", "r556", "PAIR/chambering").message,
        "firing 5.56x45mm NATO in a .223 Remington chamber is discouraged"
    );
    assert_eq!(level(&p, "rifle-308", "r762"), Some(Level::Compatible));
    assert_eq!(level(&p, "gpmg-762", "r308"), Some(Level::Incompatible));
    assert_eq!(level(&p, "launcher-lv", "r40hv"), Some(Level::Incompatible));
    assert_eq!(level(&p, "gpmg-762", "r556"), Some(Level::Incompatible));
    assert_eq!(level(&p, "rifle-556", "r-unknown"), Some(Level::Unknown));
    assert_eq!(
        reason(&p, "rifle-556", "r-unknown", "PAIR/chambering").message,
        "r-unknown does not state cartridge"
    );
}

#[test]
fn cartridge_length_with_precision_and_units() {
    let p = pairs(&items(&[
        item(
            "rifle",
            "weapon",
            "cartridge: 5.56x45mm NATO, max_cartridge_length: 2.260 in",
        ),
        item(
            "at-limit-mm",
            "cartridge",
            "cartridge: 5.56x45mm NATO, overall_length: 57.40 mm",
        ),
        item(
            "long",
            "cartridge",
            "cartridge: 5.56x45mm NATO, overall_length: 2.300 in",
        ),
    ]));
    assert_eq!(level(&p, "rifle", "at-limit-mm"), Some(Level::Compatible));
    assert_eq!(level(&p, "rifle", "long"), Some(Level::Incompatible));
    assert_eq!(
        reason(&p, "rifle", "long", "PAIR/cartridge-length").message,
        "long overall_length 2.300 in exceeds rifle max_cartridge_length 2.260 in by 0.040 in"
    );
}

/// A round's length whose comma was read as grouping thousands (`2,250 in`, in a file whose
/// `9.5 g` writes a decimal point) exceeds the weapon's maximum by about a thousand times: the
/// pair's reason says what to write if the comma is a decimal one, as the round's own failure
/// does; a figure that exceeds by far less says nothing more.
#[test]
fn a_thousands_comma_that_may_be_a_decimal_comma_is_said_in_a_pair_reason() {
    let spec = |length: &str| {
        format!(
            "items:\n\
             - {{ id: rifle, name: r, nation: USA, kind: weapon, properties: {{ cartridge: 5.56x45mm NATO, max_cartridge_length: 2.260 in }} }}\n\
             - id: round\n  name: r\n  nation: DEU\n  kind: cartridge\n  properties:\n    cartridge: 5.56x45mm NATO\n    overall_length: {length}\n    bullet_mass: 4.0 g\n"
        )
    };
    let p = pairs(&spec("2,250 in"));
    assert_eq!(
        reason(&p, "rifle", "round", "PAIR/cartridge-length").message,
        "round overall_length 2,250 in exceeds rifle max_cartridge_length 2.260 in by 2247.740 \
         in; if `2,250` is 2.250 (a decimal comma), write 2.250 in"
    );
    // in millimetres beside a limit in inches, alike
    let p = pairs(&spec("57,150 mm"));
    let told = &reason(&p, "rifle", "round", "PAIR/cartridge-length").message;
    assert!(
        told.ends_with("; if `57,150` is 57.150 (a decimal comma), write 57.150 mm"),
        "{told}"
    );
    // a comma group whose other reading is nowhere near the limit: nothing more
    let p = pairs(&spec("2,300 in").replace("2.260 in", "2.260 ft"));
    let told = &reason(&p, "rifle", "round", "PAIR/cartridge-length").message;
    assert!(
        told.contains(" exceeds ") && !told.contains("decimal comma"),
        "{told}"
    );
}

#[test]
fn military_load_class_by_running_gear() {
    let p = pairs(&items(&[
        item("tank", "vehicle", "running_gear: tracked, mlc: 70"),
        item("truck", "vehicle", "running_gear: wheeled, mlc: 90"),
        item("no-class", "vehicle", "running_gear: wheeled"),
        item("no-gear", "vehicle", "mlc: 70"),
        item("no-gear-heavy", "vehicle", "mlc: 75"),
        item(
            "bridge",
            "crossing",
            "mlc: 60, mlc_tracked: 70, mlc_wheeled: 80",
        ),
    ]));
    assert_eq!(level(&p, "tank", "bridge"), Some(Level::Compatible));
    assert_eq!(level(&p, "truck", "bridge"), Some(Level::Incompatible));
    assert_eq!(
        reason(&p, "truck", "bridge", "PAIR/mlc-wheeled").message,
        "truck mlc 90 exceeds bridge mlc_wheeled 80 by 10"
    );
    assert_eq!(level(&p, "no-class", "bridge"), Some(Level::Unknown));
    // whether the tracked or the wheeled class applies is not stated: where that decides the
    // answer, unknown, not unrelated (75 exceeds the tracked class 70, not the wheeled 80)
    assert_eq!(level(&p, "no-gear-heavy", "bridge"), Some(Level::Unknown));
    assert_eq!(
        reason(&p, "no-gear-heavy", "bridge", "PAIR/mlc-tracked").message,
        "no-gear-heavy does not state running_gear, which decides whether the rule applies (when running_gear = tracked)"
    );
    // where it does not, the answer: 70 is within both classes, so neither rule can fail
    assert_eq!(level(&p, "no-gear", "bridge"), Some(Level::Compatible));
    assert_eq!(
        reason(&p, "no-gear", "bridge", "PAIR/mlc-tracked").message,
        "no-gear mlc 70 ≤ bridge mlc_tracked 70, whatever no-gear states of running_gear (the rule is for when running_gear = tracked)"
    );
    assert_eq!(
        reason(&p, "no-gear-heavy", "bridge", "PAIR/mlc-wheeled").verdict,
        RuleVerdict::Pass
    );
}

/// A vehicle of unstated running gear whose class exceeds a crossing's by the tracked rule and
/// by the wheeled one fails it whichever it runs on: incompatible, not unknown; and it is told
/// apart for certain from a vehicle that crosses by either rule.
#[test]
fn a_vehicle_that_fails_a_crossing_whatever_its_running_gear_is_incompatible() {
    let p = pairs(&items(&[
        item(
            "spg-70",
            "vehicle",
            "gross_mass: 57 t, mlc: 70, accepted_fuels: [F-34]",
        ),
        item(
            "truck-30",
            "vehicle",
            "gross_mass: 30 t, mlc: 30, accepted_fuels: [F-34]",
        ),
        item("br-40", "crossing", "crossing_type: bridge, mlc: 40"),
        // a tracked class only: the wheeled rule lacks data, so a failure of the tracked one
        // alone leaves the vehicle of unstated gear unknown
        item(
            "br-t40",
            "crossing",
            "crossing_type: bridge, mlc_tracked: 40",
        ),
    ]));
    assert_eq!(level(&p, "spg-70", "br-40"), Some(Level::Incompatible));
    for rule in ["PAIR/mlc-tracked", "PAIR/mlc-wheeled"] {
        let r = reason(&p, "spg-70", "br-40", rule);
        assert_eq!(r.verdict, RuleVerdict::Fail, "{rule}");
        assert_eq!(
            r.message,
            "spg-70 mlc 70 exceeds br-40 mlc 40 by 30, whatever spg-70 states of running_gear: the rules for every value it may state fail (PAIR/mlc-tracked when running_gear = tracked, PAIR/mlc-wheeled when running_gear = wheeled)"
        );
        assert_eq!(
            (r.a_value.as_deref(), r.b_value.as_deref()),
            (Some("70"), Some("40"))
        );
    }
    assert_eq!(level(&p, "truck-30", "br-40"), Some(Level::Compatible));
    assert_eq!(level(&p, "spg-70", "br-t40"), Some(Level::Unknown));
    // the bridge tells them apart: never interchangeable
    assert_eq!(
        level(&p, "spg-70", "truck-30"),
        Some(Level::NotInterchangeable)
    );
    let pair = p
        .iter()
        .find(|p| p.a == "spg-70" && p.b == "truck-30")
        .expect("pair");
    assert_eq!(
        pair.reasons[0].message,
        "not interchangeable: with br-40: spg-70 fails PAIR/mlc-tracked, truck-30 passes it"
    );
    // with what each states of what the rule compares
    assert_eq!(
        (
            pair.reasons[0].a_value.as_deref(),
            pair.reasons[0].b_value.as_deref()
        ),
        (Some("mlc 70"), Some("mlc 30"))
    );
}

/// Two items a third one tells apart for certain are not interchangeable, whatever the order
/// of the items: a third item that only lacks data, met first, does not make them unknown.
#[test]
fn a_certain_difference_decides_whatever_the_order_of_the_items() {
    let mbt = item(
        "deu-mbt",
        "vehicle",
        "running_gear: tracked, gross_mass: 62.5 t, mlc: 70",
    );
    let truck = item(
        "cze-truck",
        "vehicle",
        "running_gear: wheeled, gross_mass: 28.5 t, mlc: 24",
    );
    let bridges = [
        item(
            "pol-bridge-70",
            "crossing",
            "crossing_type: bridge, mlc_tracked: 70, mlc_wheeled: 100",
        ),
        item(
            "ita-bridge-40",
            "crossing",
            "crossing_type: bridge, mlc_tracked: 40",
        ),
    ];
    for order in [[mbt.clone(), truck.clone()], [truck.clone(), mbt.clone()]] {
        let mut list = order.to_vec();
        list.extend(bridges.iter().cloned());
        let p = pairs(&items(&list));
        assert_eq!(
            level(&p, "pol-bridge-70", "ita-bridge-40"),
            Some(Level::NotInterchangeable)
        );
        let pair = p
            .iter()
            .find(|p| p.a == "pol-bridge-70" && p.b == "ita-bridge-40")
            .expect("pair");
        assert_eq!(
            pair.reasons[0].message,
            "not interchangeable: with deu-mbt: pol-bridge-70 passes PAIR/mlc-tracked, ita-bridge-40 fails it"
        );
    }
}

#[test]
fn refuelling_rails_fuel_trailers() {
    let p = pairs(&items(&[
        item("boom", "tanker", "refuelling_system: [flying boom]"),
        item(
            "dual",
            "tanker",
            "refuelling_system: [flying boom, hose and drogue]",
        ),
        item("probe", "receiver-aircraft", "receiver_interface: probe"),
        item("nar", "rail", "rail_interface: STANAG 4694"),
        item("weaver", "rail", "rail_interface: Weaver"),
        item("sight", "accessory", "mount_interface: MIL-STD-1913"),
        item(
            "truck",
            "vehicle",
            "accepted_fuels: [F-34], system_voltage: 24 V, trailer_connector: STANAG 4007, earth_polarity: negative",
        ),
        item(
            "diesel-van",
            "vehicle",
            "accepted_fuels: [F-54], system_voltage: 12 V, trailer_connector: STANAG 4007, earth_polarity: negative",
        ),
        item("jp8", "fuel", "nato_code: F-34"),
        item(
            "trailer",
            "trailer",
            "supply_voltage: 24 V, trailer_connector: STANAG 4007, earth_polarity: negative",
        ),
        // a truck that states the voltage its trailer connector supplies, not its system's
        item(
            "tractor",
            "vehicle",
            "supply_voltage: 24 V, trailer_connector: STANAG 4007, earth_polarity: negative",
        ),
        // a 24 V truck with a 12 V trailer socket, and a 12 V trailer
        item(
            "dual-truck",
            "vehicle",
            "system_voltage: 24 V, supply_voltage: 12 V, trailer_connector: STANAG 4007, earth_polarity: negative",
        ),
        item(
            "trailer-12",
            "trailer",
            "supply_voltage: 12 V, trailer_connector: STANAG 4007, earth_polarity: negative",
        ),
    ]));
    assert_eq!(level(&p, "boom", "probe"), Some(Level::Incompatible));
    assert_eq!(level(&p, "dual", "probe"), Some(Level::Compatible));
    assert_eq!(level(&p, "nar", "sight"), Some(Level::Compatible));
    assert_eq!(level(&p, "weaver", "sight"), Some(Level::Incompatible));
    assert_eq!(level(&p, "truck", "jp8"), Some(Level::Compatible));
    assert_eq!(level(&p, "diesel-van", "jp8"), Some(Level::Incompatible));
    assert_eq!(level(&p, "truck", "trailer"), Some(Level::Compatible));
    assert_eq!(
        level(&p, "diesel-van", "trailer"),
        Some(Level::Incompatible)
    );
    assert_eq!(
        reason(&p, "diesel-van", "trailer", "PAIR/trailer-voltage").verdict,
        RuleVerdict::Fail
    );
    // the socket's own voltage is the one the trailer gets
    assert_eq!(
        reason(&p, "dual-truck", "trailer-12", "PAIR/trailer-voltage").message,
        "dual-truck supply_voltage 12 V = trailer-12 supply_voltage 12 V"
    );
    let by_supply = reason(&p, "trailer", "tractor", "PAIR/trailer-voltage");
    assert_eq!(
        (by_supply.verdict, &*by_supply.message),
        (
            RuleVerdict::Pass,
            "tractor supply_voltage 24 V = trailer supply_voltage 24 V"
        )
    );
}

#[test]
fn uas_levels_and_terminals() {
    let p = pairs(&items(&[
        item("ucs", "uas-control-station", "loi: 4"),
        item("uav", "uas-air-vehicle", "loi: 3"),
        item("uav-silent", "uas-air-vehicle", "design: X"),
        item(
            "hf-a",
            "terminal",
            "hf_waveforms: [STANAG 4285, STANAG 4539]",
        ),
        item("hf-b", "terminal", "hf_waveforms: [STANAG 4415]"),
        item("l16", "terminal", "data_links: [Link 16]"),
        item("l16-22", "terminal", "data_links: [Link 16, Link 22]"),
    ]));
    assert_eq!(level(&p, "ucs", "uav"), Some(Level::Compatible));
    assert_eq!(
        reason(&p, "ucs", "uav", "PAIR/uas-loi").message,
        "ucs declares 4, uav declares 3: usable up to loi 3"
    );
    assert_eq!(level(&p, "ucs", "uav-silent"), Some(Level::Unknown));
    assert_eq!(level(&p, "hf-a", "hf-b"), Some(Level::Incompatible));
    assert_eq!(level(&p, "l16", "l16-22"), Some(Level::Compatible));
    // an HF modem and a Link 16 terminal share no rule whose data both state
    assert_eq!(level(&p, "hf-a", "l16"), None);
}

/// Two air vehicles that a control station finds usable up to different levels of
/// interoperability (LOI 2 and LOI 4) are told apart by it, though `PAIR/uas-loi` never fails:
/// not interchangeable, with the station and both levels named, and what each states; whatever
/// the order the items were loaded in (found by a tester, 2026-11-30).
#[test]
fn a_third_item_that_finds_two_usable_up_to_different_levels_tells_them_apart() {
    let station = item("ucs-a", "uas-control-station", "loi: 4");
    let (b, c) = (
        item("uav-b", "uas-air-vehicle", "loi: 2, mtow: \"1,450 lb\""),
        item("uav-c", "uas-air-vehicle", "loi: 5, mtow: \"150 kg\""),
    );
    let orders = [
        [station.clone(), b.clone(), c.clone()],
        [b.clone(), c.clone(), station.clone()],
        [c.clone(), station.clone(), b.clone()],
        [station.clone(), c.clone(), b.clone()],
    ];
    for order in orders {
        let p = pairs(&items(&order));
        assert_eq!(
            reason_of(&p, "ucs-a", "uav-b", "PAIR/uas-loi").message,
            "ucs-a declares 4, uav-b declares 2: usable up to loi 2"
        );
        assert_eq!(
            reason_of(&p, "ucs-a", "uav-c", "PAIR/uas-loi").message,
            "ucs-a declares 4, uav-c declares 5: usable up to loi 4"
        );
        assert_eq!(level(&p, "uav-b", "uav-c"), Some(Level::NotInterchangeable));
        // told from the side of the item loaded first, as the pair names them
        let pair = seen_from(&p, "uav-b", "uav-c");
        assert_eq!(pair.reasons.len(), 1, "{:?}", pair.reasons);
        let why = &pair.reasons[0];
        assert_eq!(&*why.rule, "interchangeability");
        assert_eq!(why.verdict, RuleVerdict::Fail);
        let (first, then) =
            if order.iter().position(|i| *i == b) < order.iter().position(|i| *i == c) {
                (
                    "uav-b is usable by PAIR/uas-loi up to loi 2",
                    "uav-c up to loi 4",
                )
            } else {
                (
                    "uav-c is usable by PAIR/uas-loi up to loi 4",
                    "uav-b up to loi 2",
                )
            };
        assert_eq!(
            why.message,
            format!("not interchangeable: with ucs-a: {first}, {then}")
        );
        assert_eq!(
            (why.a_value.as_deref(), why.b_value.as_deref()),
            (Some("loi 2"), Some("loi 5"))
        );
    }

    // one design on both sheets: a mistake in the data, which the station shows
    let designed = |text: &str| text.replace("properties: {", "properties: { design: UAV-X,");
    let p = pairs(&items(&[station, designed(&b), designed(&c)]));
    assert_eq!(level(&p, "uav-b", "uav-c"), Some(Level::NotInterchangeable));
    assert_eq!(
        reason(&p, "uav-b", "uav-c", "commonality/design").verdict,
        RuleVerdict::Warning
    );
    assert_eq!(
        reason(&p, "uav-b", "uav-c", "interchangeability").message,
        "not interchangeable: with ucs-a: uav-b is usable by PAIR/uas-loi up to loi 2, uav-c up to loi 4"
    );
}

/// Two air vehicles that every station loaded finds usable up to the same level (LOI 4 and
/// LOI 5 beside a station of LOI 3: both up to loi 3) give the same answer with every item
/// loaded: interchangeable, with the warning that they state different levels, which no item
/// loaded tells apart, and what each states; whatever the order.
#[test]
fn two_items_usable_up_to_the_same_level_with_every_third_item_stay_interchangeable() {
    let station = item("ucs-3", "uas-control-station", "loi: 3");
    let (four, five) = (
        item("uav-4", "uas-air-vehicle", "loi: 4"),
        item("uav-5", "uas-air-vehicle", "loi: 5"),
    );
    for order in [
        [station.clone(), four.clone(), five.clone()],
        [five.clone(), four.clone(), station.clone()],
    ] {
        let p = pairs(&items(&order));
        for uav in ["uav-4", "uav-5"] {
            assert_eq!(
                reason_of(&p, "ucs-3", uav, "PAIR/uas-loi").message,
                format!(
                    "ucs-3 declares 3, {uav} declares {}: usable up to loi 3",
                    &uav[4..]
                )
            );
        }
        assert_eq!(level(&p, "uav-4", "uav-5"), Some(Level::Interchangeable));
        let pair = seen_from(&p, "uav-4", "uav-5");
        let why = &pair.reasons[0];
        assert_eq!(why.verdict, RuleVerdict::Warning);
        // (the message names them as the report does: the one loaded first first)
        assert!(
            why.message.starts_with(&format!(
                "both meet every mandatory requirement of STANAG 4586 and give the same answer \
                 with every other item loaded here; they state different loi ({} and {}), which \
                 no item loaded here tells apart (another may)",
                if order[0] == five { "5" } else { "4" },
                if order[0] == five { "4" } else { "5" },
            )),
            "{}",
            why.message
        );
        assert_eq!(
            (why.a_value.as_deref(), why.b_value.as_deref()),
            (Some("loi 4"), Some("loi 5"))
        );
    }
}

#[test]
fn interchangeable_rounds_from_two_nations_and_commonality() {
    let round = |id: &str, nation: &str, extra: &str| {
        format!(
            "  - id: {id}\n    name: {id}\n    nation: {nation}\n    kind: cartridge\n{extra}    properties: {{ cartridge: 5.56x45mm NATO, overall_length: 57.40 mm, chamber_pressure: {{ value: 430, unit: MPa, method: EPVAT }} }}\n"
        )
    };
    let p = pairs(&items(&[
        round("bel", "BEL", ""),
        round("usa", "USA", ""),
        round("nsn-a", "CAN", "    nsn: 1305-21-000-0001\n"),
        round("nsn-b", "GBR", "    nsn: \"1305210000001\"\n"),
        item(
            "rifle",
            "weapon",
            "cartridge: 5.56x45mm NATO, max_cartridge_length: 57.40 mm",
        ),
    ]));
    assert_eq!(level(&p, "bel", "usa"), Some(Level::Interchangeable));
    assert_eq!(level(&p, "nsn-a", "nsn-b"), Some(Level::Commonality));
    assert_eq!(
        reason(&p, "nsn-a", "nsn-b", "commonality/nsn").message,
        "both carry NSN 1305-21-000-0001"
    );
}

#[test]
fn a_third_item_can_break_interchangeability() {
    let p = pairs(&items(&[
        item("bridge-60", "crossing", "mlc: 60"),
        item("bridge-80", "crossing", "mlc: 80"),
        item("tank", "vehicle", "running_gear: tracked, mlc: 70"),
    ]));
    // two bridges are never used together: they are not "incompatible", but neither replaces
    // the other
    assert_eq!(
        level(&p, "bridge-60", "bridge-80"),
        Some(Level::NotInterchangeable)
    );
    let why = &p
        .iter()
        .find(|p| p.a == "bridge-60" && p.b == "bridge-80")
        .expect("pair")
        .reasons[0]
        .message;
    assert_eq!(
        why,
        "not interchangeable: with tank: bridge-60 fails PAIR/mlc-tracked, bridge-80 passes it"
    );
}

/// An optional rule that one item gives no data for does not tell it from one that passes: a
/// rifle whose sheet gives no maximum cartridge length may or may not replace one whose sheet
/// does. That is unknown, and said so, not "not interchangeable".
#[test]
fn a_rule_one_item_gives_no_data_for_does_not_tell_it_apart() {
    let p = pairs(&items(&[
        item(
            "l85",
            "weapon",
            "cartridge: 5.56x45mm NATO, max_cartridge_length: 2.260 in, \
             magazine_interface: STANAG 4179",
        ),
        item(
            "hk416",
            "weapon",
            "cartridge: 5.56x45mm NATO, magazine_interface: STANAG 4179",
        ),
        item(
            "hk416-b",
            "weapon",
            "cartridge: 5.56x45mm NATO, magazine_interface: STANAG 4179",
        ),
        item(
            "dm11",
            "cartridge",
            "cartridge: 5.56x45mm NATO, overall_length: 57.40 mm",
        ),
    ]));
    assert_eq!(level(&p, "l85", "hk416"), Some(Level::Unknown));
    assert_eq!(
        reason(&p, "l85", "hk416", "interchangeability").message,
        "whether one can replace the other is not known: with dm11: l85 passes \
         PAIR/cartridge-length, hk416 lacks data for it"
    );
    // two that both give no data are alike in that
    assert_eq!(level(&p, "hk416", "hk416-b"), Some(Level::Interchangeable));
    // and the rifle that gives none still takes the round by its chambering
    assert_eq!(level(&p, "hk416", "dm11"), Some(Level::Compatible));
}

/// Two items that share an NSN or a design are not the same item when their own sheets state
/// differently a property both give (but free text, or figures by different methods): with no
/// third item to tell them apart, the pair says the data contradicts itself, and they are judged
/// as two items (here nothing judges two rounds: unknown).
#[test]
fn a_shared_nsn_on_sheets_that_contradict_each_other_is_not_the_same_item() {
    let with_nsn = |id: &str, props: &str| {
        item(id, "cartridge", props).replace(
            "kind: cartridge",
            "kind: cartridge\n    nsn: 1305-01-063-2680",
        )
    };
    let p = pairs(&items(&[
        with_nsn("m855", "cartridge: 5.56x45mm NATO, overall_length: 2.260 in"),
        with_nsn("l44", "cartridge: 7.62x51mm NATO, overall_length: 2.800 in"),
        // the same round in other units, and by another test method: no contradiction
        with_nsn("m855-mm", "cartridge: 5.56x45mm NATO, overall_length: 57.40 mm"),
        with_nsn(
            "m855-copper",
            "cartridge: 5.56x45mm NATO, chamber_pressure: {value: 52000 psi, method: copper crusher}",
        ),
        with_nsn(
            "m855-epvat",
            "cartridge: 5.56x45mm NATO, chamber_pressure: {value: 430 MPa, method: EPVAT}",
        ),
        // two figures in different units: the second is told in the first's unit too, so
        // that the gap shows (6.4 %)
        with_nsn(
            "psi",
            "cartridge: 5.56x45mm NATO, chamber_pressure: {value: 62000 psi, method: EPVAT}",
        ),
        with_nsn(
            "bar",
            "cartridge: 5.56x45mm NATO, chamber_pressure: {value: 4000 bar, method: EPVAT}",
        ),
    ]));
    assert_eq!(
        reason(&p, "psi", "bar", "commonality/nsn").message,
        "both carry NSN 1305-01-063-2680, yet their sheets differ: chamber_pressure (62000 psi \
         and 4000 bar = 58015 psi); the one identifier, or a figure, is likely wrong, and they \
         are judged as two items"
    );
    assert_eq!(level(&p, "m855", "l44"), Some(Level::Unknown));
    let shared = reason(&p, "m855", "l44", "commonality/nsn");
    assert_eq!(shared.verdict, RuleVerdict::Warning);
    assert_eq!(
        shared.message,
        "both carry NSN 1305-01-063-2680, yet their sheets differ: cartridge (5.56x45mm NATO and \
         7.62x51mm NATO), overall_length (2.260 in and 2.800 in); the one identifier, or a figure, \
         is likely wrong, and they are judged as two items"
    );
    assert_eq!(level(&p, "m855", "m855-mm"), Some(Level::Commonality));
    assert_eq!(
        level(&p, "m855-copper", "m855-epvat"),
        Some(Level::Commonality)
    );
}

/// Two items that share an NSN are the same item only if nothing tells them apart: a 5.56 mm
/// and a 7.62 mm round that carry one NSN (a copy-paste slip) are not "commonality" when a rifle
/// takes the one and not the other. The pair says the data contradicts itself.
#[test]
fn a_shared_nsn_that_a_third_item_tells_apart_is_not_the_same_item() {
    let with_nsn = |id: &str, props: &str| {
        item(id, "cartridge", props).replace(
            "kind: cartridge",
            "kind: cartridge\n    nsn: 1305-01-063-1980",
        )
    };
    let p = pairs(&items(&[
        with_nsn("m855", "cartridge: 5.56x45mm NATO"),
        with_nsn("dm41", "cartridge: 7.62x51mm NATO"),
        with_nsn("m855-b", "cartridge: 5.56x45mm NATO"),
        item("l7", "weapon", "cartridge: 7.62x51mm NATO"),
    ]));
    assert_eq!(level(&p, "m855", "dm41"), Some(Level::NotInterchangeable));
    let shared = reason(&p, "m855", "dm41", "commonality/nsn");
    assert_eq!(shared.verdict, RuleVerdict::Warning);
    assert_eq!(
        shared.message,
        "both carry NSN 1305-01-063-1980, yet a third item tells them apart (below): the one \
         identifier, or a figure, is likely wrong"
    );
    assert_eq!(
        reason(&p, "m855", "dm41", "interchangeability").message,
        "not interchangeable: with l7: m855 fails PAIR/chambering, dm41 passes it"
    );
    // two that nothing tells apart stay the same item
    assert_eq!(level(&p, "m855", "m855-b"), Some(Level::Commonality));

    // a third item that only lacks data for one of them does not hide one that tells them
    // apart for certain: rule by rule, the rifle's length rule (unknown for the round that
    // gives no length) comes before its chambering rule (which the 7.62 mm round fails)
    let p = pairs(&items(&[
        item(
            "rifle",
            "weapon",
            "cartridge: 5.56x45mm NATO, max_cartridge_length: 2.260 in",
        ),
        with_nsn("a", "cartridge: 5.56x45mm NATO"),
        with_nsn("b", "cartridge: 7.62x51mm NATO, overall_length: 2.800 in"),
    ]));
    assert_eq!(level(&p, "a", "b"), Some(Level::NotInterchangeable));
    assert_eq!(
        reason(&p, "a", "b", "interchangeability").message,
        "not interchangeable: with rifle: a passes PAIR/chambering, b fails it"
    );

    // two terminals of one NSN that a rule finds usable together stay compatible: that a third
    // tells them apart is a warning
    let terminal = |id: &str, waveforms: &str| {
        item(id, "terminal", &format!("hf_waveforms: [{waveforms}]")).replace(
            "kind: terminal",
            "kind: terminal\n    nsn: 5820-01-234-5678",
        )
    };
    let p = pairs(&items(&[
        terminal("t1", "STANAG 4285, STANAG 4539"),
        terminal("t2", "STANAG 4285"),
        item("t3", "terminal", "hf_waveforms: [STANAG 4539]"),
    ]));
    assert_eq!(level(&p, "t1", "t2"), Some(Level::Compatible));
    let told = reason(&p, "t1", "t2", "interchangeability");
    assert_eq!(told.verdict, RuleVerdict::Warning);
}

/// A gun tube (a weapon that states its `bore_diameter`, as the JBMoU's howitzers do) fires no
/// cartridge: it is not paired with rounds as undecided. A rifle that does not state its
/// chambering still is: that is data the user can give.
#[test]
fn a_gun_tube_is_no_chamber_for_a_cartridge() {
    let p = pairs(&items(&[
        item(
            "pzh2000",
            "weapon",
            "bore_diameter: 155 mm, chamber_volume: 23 L",
        ),
        item("rifle", "weapon", "max_cartridge_length: 2.260 in"),
        // a weapon that states its bore and its chambering is held to its chambering
        item(
            "m2hb",
            "weapon",
            "cartridge: 12.7x99mm NATO, bore_diameter: 12.7 mm, max_cartridge_length: 138 mm",
        ),
        item(
            "m855",
            "cartridge",
            "cartridge: 5.56x45mm NATO, overall_length: 2.250 in",
        ),
    ]));
    assert_eq!(level(&p, "pzh2000", "m855"), None);
    assert_eq!(level(&p, "m2hb", "m855"), Some(Level::Incompatible));
    assert_eq!(level(&p, "rifle", "m855"), Some(Level::Unknown));
    assert_eq!(
        reason(&p, "rifle", "m855", "PAIR/chambering").message,
        "rifle does not state cartridge"
    );
}

/// What the rules read of each item is compared once per pair from what was read of each item
/// once: two bridges that state the one class alike give no warning, and a third that states the
/// class of one running gear more is warned of beside each.
#[test]
fn what_the_rules_read_is_compared_alike_for_every_pair_of_one_kind() {
    let p = pairs(&items(&[
        item("bridge-70", "crossing", "crossing_type: bridge, mlc: 70"),
        item("bridge-70b", "crossing", "crossing_type: bridge, mlc: 70"),
        item(
            "bridge-split",
            "crossing",
            "crossing_type: bridge, mlc_tracked: 70, mlc_wheeled: 96",
        ),
        item("tank", "vehicle", "running_gear: tracked, mlc: 70"),
    ]));
    let alike = reason(&p, "bridge-70", "bridge-70b", "interchangeability");
    assert_eq!(alike.verdict, RuleVerdict::Pass, "{}", alike.message);
    for other in ["bridge-70", "bridge-70b"] {
        let why = reason(&p, other, "bridge-split", "interchangeability");
        assert_eq!(why.verdict, RuleVerdict::Warning);
        assert!(
            why.message.ends_with(
                "give the same answer with every other item loaded here; they state different \
                 mlc_wheeled or mlc (70 and 96), which no item loaded here tells apart (another \
                 may)"
            ),
            "{}",
            why.message
        );
    }
}

/// Two items interchangeable for every item loaded, which state differently what a rule reads,
/// say so with a warning: a bridge of class 70 and one of tracked 70 and wheeled 96 take the
/// same tank, but a heavy wheeled vehicle, were one loaded, would tell them apart.
#[test]
fn interchangeable_items_that_state_a_rules_figure_differently_are_warned_of() {
    let p = pairs(&items(&[
        item("bridge-70", "crossing", "crossing_type: bridge, mlc: 70"),
        item(
            "bridge-split",
            "crossing",
            "crossing_type: bridge, mlc_tracked: 70, mlc_wheeled: 96",
        ),
        item("tank", "vehicle", "running_gear: tracked, mlc: 70"),
    ]));
    assert_eq!(
        level(&p, "bridge-70", "bridge-split"),
        Some(Level::Interchangeable)
    );
    let why = reason(&p, "bridge-70", "bridge-split", "interchangeability");
    assert_eq!(why.verdict, RuleVerdict::Warning);
    assert!(
        why.message.ends_with(
            "give the same answer with every other item loaded here; they state different \
             mlc_wheeled or mlc (70 and 96), which no item loaded here tells apart (another may)"
        ),
        "{}",
        why.message
    );
    // the value columns say what each states of it, as the rule reads it
    assert_eq!(
        (why.a_value.as_deref(), why.b_value.as_deref()),
        (Some("mlc 70"), Some("mlc_wheeled 96"))
    );
    // a value two of the rules' fallback lists read alike is told once
    let bridge =
        |id: &str, mlc: &str| item(id, "crossing", &format!("crossing_type: bridge, {mlc}"));
    let p = pairs(&items(&[
        bridge("bridge-70", "mlc: 70"),
        bridge("bridge-80", "mlc_tracked: 80, mlc_wheeled: 100"),
    ]));
    let why = reason(&p, "bridge-70", "bridge-80", "interchangeability");
    assert!(
        why.message.contains(
            "they state different mlc_tracked or mlc (70 and 80), mlc_wheeled or mlc (70 and 100)"
        ),
        "{}",
        why.message
    );
    assert_eq!(
        (why.a_value.as_deref(), why.b_value.as_deref()),
        (Some("mlc 70"), Some("mlc_tracked 80; mlc_wheeled 100"))
    );
    // with the wheeled vehicle loaded, it does tell them apart
    let p = pairs(&items(&[
        item("bridge-70", "crossing", "crossing_type: bridge, mlc: 70"),
        item(
            "bridge-split",
            "crossing",
            "crossing_type: bridge, mlc_tracked: 70, mlc_wheeled: 96",
        ),
        item("truck", "vehicle", "running_gear: wheeled, mlc: 90"),
    ]));
    assert_eq!(
        level(&p, "bridge-70", "bridge-split"),
        Some(Level::NotInterchangeable)
    );
}

#[test]
fn the_multinational_example_exercises_every_rule() {
    let text = std::fs::read_to_string("examples/multinational.yaml").expect("example");
    let p = pairs(&text);
    let catalogue = Catalogue::builtin().expect("catalogue");
    // a rule whose every difference is a case compatible with a warning, weighed only when both
    // items state it, cannot fail: its test is its own (earth polarity: see
    // a_trailer_of_the_other_earth_polarity_is_compatible_only_with_a_warning)
    const WARNS_ONLY: &[&str] = &["PAIR/trailer-earth-polarity"];
    for rule in &catalogue.pair_rules {
        if WARNS_ONLY.contains(&&*rule.id) {
            continue;
        }
        let failing = p.iter().any(|pair| {
            pair.reasons.iter().any(|r| {
                r.rule == rule.id && matches!(r.verdict, RuleVerdict::Fail | RuleVerdict::Unknown)
            })
        });
        let passing = p.iter().any(|pair| {
            pair.reasons
                .iter()
                .any(|r| r.rule == rule.id && r.verdict == RuleVerdict::Pass)
        });
        assert!(
            failing && passing,
            "{} needs a passing and a failing (or unknown) pair in the example",
            rule.id
        );
    }
    let count = |l: Level| p.iter().filter(|pair| pair.level == l).count();
    assert_eq!(
        [
            Level::Incompatible,
            Level::NotInterchangeable,
            Level::Unknown,
            Level::Compatible,
            Level::Interchangeable,
            Level::Commonality
        ]
        .map(count),
        [69, 7, 5, 45, 5, 1]
    );
}

#[test]
fn outcome_keys_name_the_items_the_pairs_name() {
    let catalogue = Catalogue::builtin().expect("catalogue");
    let one = items(&[
        item("rifle", "weapon", "chambering: \"5.56x45mm NATO\""),
        item("round", "cartridge", "cartridge: \"5.56x45mm NATO\""),
    ]);
    // The same ids in two files: the pairs say `file#id`, and so must the keys.
    let checked = check_texts(
        &catalogue,
        &[
            ("one.yaml".to_string(), one.clone()),
            ("two.yaml".to_string(), one),
        ],
    );
    let keys = stanag_check::pair::outcome_keys(&checked.report.items);
    assert_eq!(
        keys,
        [
            "one.yaml#rifle",
            "one.yaml#round",
            "two.yaml#rifle",
            "two.yaml#round"
        ]
    );
    for p in &checked.report.pairs {
        assert!(keys.contains(&p.a) && keys.contains(&p.b), "{p:?}");
    }
    let single = check_texts(
        &catalogue,
        &[(
            "one.yaml".to_string(),
            items(&[item("rifle", "weapon", "chambering: \"5.56x45mm NATO\"")]),
        )],
    );
    assert_eq!(
        stanag_check::pair::outcome_keys(&single.report.items),
        ["rifle"]
    );
}

/// The pairs a report would weigh are counted in `u64`, so the count, and the limit it is held
/// to, are the same on the page (wasm32, whose `usize` is 32 bits and wraps in a release
/// build) as natively: 65,537 items of one kind were 32,768 pairs there, under the limit.
#[test]
fn pairs_are_counted_the_same_on_every_platform() {
    use stanag_check::pair::pair_count;
    assert_eq!(pair_count(65_537, None), 2_147_516_416);
    assert_eq!(pair_count(82_410, None), 3_395_662_845);
    assert_eq!(pair_count(0, None), 0);
    assert_eq!(pair_count(1, None), 0);
    assert_eq!(pair_count(317, Some(317)), 100_489);
    assert_eq!(pair_count(100_000, Some(100_000)), 10_000_000_000);
}

/// Thousands of weapons and cartridges would make millions of pairs, each with its reasons: past
/// the limit the report says so (located, as a warning) instead of weighing them, and still
/// checks every item. A thousand items of the multinational example stay under it.
#[test]
fn too_many_pairs_are_not_weighed_and_the_report_says_why() {
    use stanag_check::pair::{pair_items, MAX_PAIRS_WEIGHED};
    let catalogue = Catalogue::builtin().expect("catalogue");
    let list: Vec<String> = (0..317)
        .flat_map(|i| {
            [
                item(&format!("w{i}"), "weapon", ""),
                item(&format!("c{i}"), "cartridge", ""),
            ]
        })
        .collect();
    let checked = check_texts(&catalogue, &[("many.yaml".to_string(), items(&list))]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    let report = &checked.report;
    assert_eq!(report.summary.items, 634);
    assert!(report.pairs.is_empty());
    // 317 × 317 weapon–cartridge pairs, and 317 × 316 / 2 of each kind
    let warnings: Vec<String> = report.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [format!(
            "many.yaml:1:1: warning: pairs not worked out: these 634 items make 200661 pairs to \
             weigh, over the limit of {MAX_PAIRS_WEIGHED}; check fewer items together to see \
             their pairs"
        )]
    );
    assert!(report.to_json().contains("pairs not worked out"));

    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/multinational.yaml"
    ))
    .expect("example");
    let parsed =
        stanag_check::spec::parse("m.yaml", &example, &catalogue.dictionary).expect("parses");
    let thousand: Vec<_> = (0..1000)
        .map(|i| {
            let mut item = parsed.items[i % parsed.items.len()].clone();
            item.id = format!("{}-{i}", item.id);
            item
        })
        .collect();
    let outcomes = stanag_check::check::check_items(&catalogue, &thousand);
    assert!(pair_items(&catalogue, &thousand, &outcomes).is_ok());
}

#[test]
fn items_that_chose_different_allowed_words_are_not_interchangeable() {
    // each meets STANAG 1135's list of NATO codes; only the two F-34 fuels can replace each other
    let p = pairs(&items(&[
        item("mogas", "fuel", "nato_code: F-46"),
        item("diesel", "fuel", "nato_code: F-76"),
        item("jet-a", "fuel", "nato_code: F-76"),
    ]));
    // not left without a pair and unexplained: the level says they cannot replace each other,
    // and why (UAT 23, F-46 and F-76 of the README's own example had no pair)
    assert_eq!(
        level(&p, "mogas", "diesel"),
        Some(Level::NotInterchangeable)
    );
    let why = reason(&p, "mogas", "diesel", "interchangeability");
    assert_eq!(
        (why.verdict, why.message.as_str()),
        (
            RuleVerdict::Fail,
            "not interchangeable: they meet STANAG-1135/fuel-code (one of F-34, F-35, F-40, \
             F-44, F-46, F-54, F-76, F-18) by different values, so neither is known to replace \
             the other: mogas nato_code F-46, diesel nato_code F-76"
        )
    );
    assert_eq!(
        (why.a_value.as_deref(), why.b_value.as_deref()),
        (Some("nato_code F-46"), Some("nato_code F-76"))
    );
    assert_eq!(level(&p, "diesel", "jet-a"), Some(Level::Interchangeable));
    // a recommended list is advice, not the interface: two compliant F-34 fuels made to the two
    // national specifications it names are both F-34, which is what the NATO code says
    let f34 = |id: &str, specification: &str| {
        item(
            id,
            "fuel",
            &format!(
                "nato_code: F-34, relative_density: 0.80, flash_point: 40 °C, specification: \
                 {specification}, fuel_additives: [icing inhibitor, corrosion inhibitor/lubricity \
                 improver, static dissipator]"
            ),
        )
    };
    let p = pairs(&items(&[
        f34("jp8", "MIL-DTL-83133"),
        f34("avtur", "DEF STAN 91-87"),
    ]));
    assert_eq!(level(&p, "jp8", "avtur"), Some(Level::Interchangeable));
    // figures too: two heights of ISO 668's list are two containers, 102 in is 2591 mm
    let container = |id: &str, height: &str| {
        item(
            id,
            "freight-container",
            &format!("container_size: 20 ft, outside_length: 6058 mm, outside_width: 2438 mm, outside_height: {height}, stacking_mass: 213000 kg, floor_axle_load: 7260 kg"),
        )
    };
    let p = pairs(&items(&[
        container("standard", "2591 mm"),
        container("high-cube", "2896 mm"),
        container("in-inches", "102 in"),
    ]));
    assert_eq!(
        level(&p, "standard", "high-cube"),
        Some(Level::NotInterchangeable)
    );
    assert_eq!(
        level(&p, "standard", "in-inches"),
        Some(Level::Interchangeable)
    );
}

#[test]
fn a_standard_none_of_whose_requirements_applies_makes_no_interface() {
    // every MIL-STD-1913 requirement is for rails of that interface: a Weaver rail is not one
    let p = pairs(&items(&[
        item(
            "weaver",
            "rail",
            "rail_interface: Weaver, slot_width: 4.57 mm",
        ),
        item(
            "picatinny",
            "rail",
            "rail_interface: MIL-STD-1913, slot_width: 5.23 mm, slot_spacing: 10 mm",
        ),
        item("sight-weaver", "accessory", "mount_interface: Weaver"),
        item(
            "sight-picatinny",
            "accessory",
            "mount_interface: MIL-STD-1913",
        ),
    ]));
    assert_eq!(level(&p, "weaver", "picatinny"), None);
    // claiming the standard does not make it an interface in common: the claim fails
    let p = pairs(&items(&[
        "  - id: weaver\n    name: weaver\n    nation: USA\n    kind: rail\n    claims: [MIL-STD-1913]\n    properties: { rail_interface: Weaver, slot_width: 4.57 mm }\n".to_string(),
        item(
            "picatinny",
            "rail",
            "rail_interface: MIL-STD-1913, slot_width: 5.23 mm, slot_spacing: 10 mm",
        ),
    ]));
    assert_eq!(level(&p, "weaver", "picatinny"), None);
    assert_eq!(level(&p, "sight-weaver", "sight-picatinny"), None);
}

#[test]
fn a_failed_mandatory_rule_outranks_a_shared_design() {
    let p = pairs(&items(&[
        item(
            "modem-a",
            "terminal",
            "design: HFM-100, hf_waveforms: [STANAG 4285]",
        ),
        item(
            "modem-b",
            "terminal",
            "design: HFM-100, hf_waveforms: [STANAG 4539]",
        ),
        item(
            "modem-c",
            "terminal",
            "design: HFM-100, hf_waveforms: [STANAG 4285]",
        ),
    ]));
    assert_eq!(level(&p, "modem-a", "modem-b"), Some(Level::Incompatible));
    let pair = p
        .iter()
        .find(|p| p.a == "modem-a" && p.b == "modem-b")
        .expect("pair");
    assert_eq!(&*pair.reasons[0].rule, "commonality/design");
    assert_eq!(level(&p, "modem-a", "modem-c"), Some(Level::Commonality));
}

/// A reason's values are the pair's `a` and `b`, whichever side of the rule each is on: a
/// cartridge listed before the weapon it fits is the pair's `a` and the rule's `b`.
#[test]
fn a_reasons_values_belong_to_the_pairs_items() {
    for (first, second) in [
        (
            item(
                "round",
                "cartridge",
                "cartridge: 5.56x45mm NATO, overall_length: 57.35 mm",
            ),
            item(
                "rifle",
                "weapon",
                "cartridge: 5.56x45mm NATO, max_cartridge_length: 2.260 in",
            ),
        ),
        (
            item(
                "rifle",
                "weapon",
                "cartridge: 5.56x45mm NATO, max_cartridge_length: 2.260 in",
            ),
            item(
                "round",
                "cartridge",
                "cartridge: 5.56x45mm NATO, overall_length: 57.35 mm",
            ),
        ),
    ] {
        let p = pairs(&items(&[first, second]));
        let pair = p.iter().find(|p| {
            p.reasons
                .iter()
                .any(|r| &*r.rule == "PAIR/cartridge-length")
        });
        let pair = pair.expect("the pair");
        let r = reason(&p, &pair.a, &pair.b, "PAIR/cartridge-length");
        let value_of = |id: &str| {
            if id == "round" {
                "57.35 mm"
            } else {
                "2.260 in"
            }
        };
        assert_eq!(
            (r.a_value.as_deref(), r.b_value.as_deref()),
            (Some(value_of(&pair.a)), Some(value_of(&pair.b))),
            "{pair:?}"
        );
    }
}

/// Two stated figures, a figure against one another item states as its limit or two figures
/// that must match, are compared within the precision of the one quoted more coarsely, never
/// within the sum of both precisions. A pass that holds only within a precision says so.
#[test]
fn stated_figures_are_compared_as_the_check_compares_them() {
    let p = pairs(&items(&[
        item(
            "rifle-in",
            "weapon",
            "cartridge: 5.56x45mm NATO, max_cartridge_length: 2.260 in",
        ),
        item(
            "rifle-mm",
            "weapon",
            "cartridge: 5.56x45mm NATO, max_cartridge_length: 57.40 mm",
        ),
        // 6 cm is 60 mm, ±5 mm: a round of 57.404 mm fits it as written, yet may not
        item(
            "rifle-cm",
            "weapon",
            "cartridge: 5.56x45mm NATO, max_cartridge_length: 6 cm",
        ),
        // 2.261 in is 0.001 in over 2.260 in: beyond its own half-unit (0.0005 in)
        item(
            "over",
            "cartridge",
            "cartridge: 5.56x45mm NATO, overall_length: 2.261 in",
        ),
        // 2.2602 in is 57.40908 mm: over 57.40 mm by more than either figure's half-unit
        // (0.00127 mm and 0.005 mm)
        item(
            "over-mm",
            "cartridge",
            "cartridge: 5.56x45mm NATO, overall_length: 2.2602 in",
        ),
        // 2.2599 in is 57.40146 mm: over by less than the half-unit of the weapon's 57.40 mm,
        // which cannot tell the two apart (where the check's exact catalogue maximum fails it)
        item(
            "rounded",
            "cartridge",
            "cartridge: 5.56x45mm NATO, overall_length: 2.2599 in",
        ),
        // 2.26 in is 57.404 mm: over by less than its half-unit (0.127 mm)
        item(
            "coarse",
            "cartridge",
            "cartridge: 5.56x45mm NATO, overall_length: 2.26 in",
        ),
        // 0.06 m is 60 mm, ±5 mm: it reaches 57.40 mm only by a precision of 8.7 % of it
        // a figure well inside, however coarse, is only inside
        item(
            "coarse-well-inside",
            "cartridge",
            "cartridge: 5.56x45mm NATO, overall_length: 0.05 m",
        ),
        item(
            "too-coarse",
            "cartridge",
            "cartridge: 5.56x45mm NATO, overall_length: 0.06 m",
        ),
        item(
            "truck",
            "vehicle",
            "system_voltage: 24 V, trailer_connector: STANAG 4007",
        ),
        item(
            "trailer-25",
            "trailer",
            "supply_voltage: 25 V, trailer_connector: STANAG 4007",
        ),
        item(
            "trailer-24-3",
            "trailer",
            "supply_voltage: 24.3 V, trailer_connector: STANAG 4007",
        ),
        // 0.02 kV is 20 V, ±5 V: it reaches 24 V only by a precision of a fifth of it
        item(
            "trailer-kv",
            "trailer",
            "supply_voltage: 0.02 kV, trailer_connector: STANAG 4007",
        ),
        item(
            "trailer-24-0",
            "trailer",
            "supply_voltage: 0.0240 kV, trailer_connector: STANAG 4007",
        ),
    ]));
    let cases = [
        (
            "rifle-in",
            "over",
            RuleVerdict::Fail,
            "over overall_length 2.261 in exceeds rifle-in max_cartridge_length 2.260 in by 0.001 in",
        ),
        (
            "rifle-mm",
            "over-mm",
            RuleVerdict::Fail,
            "over-mm overall_length 2.2602 in (= 57.409 mm) exceeds rifle-mm max_cartridge_length \
             57.40 mm by 0.009 mm",
        ),
        (
            "rifle-mm",
            "rounded",
            RuleVerdict::Warning,
            "rounded overall_length 2.2599 in (= 57.401 mm) > rifle-mm max_cartridge_length \
             57.40 mm, but only within the precision 57.40 mm is quoted to",
        ),
        (
            "rifle-mm",
            "coarse",
            RuleVerdict::Warning,
            "coarse overall_length 2.26 in (= 57.404 mm) > rifle-mm max_cartridge_length 57.40 mm, \
             but only within the precision 2.26 in is quoted to",
        ),
        (
            "rifle-cm",
            "coarse",
            RuleVerdict::Pass,
            "coarse overall_length 2.26 in (= 5.74 cm) ≤ rifle-cm max_cartridge_length 6 cm as \
             written, though 6 cm is quoted too coarsely to be sure",
        ),
        (
            "rifle-cm",
            "coarse-well-inside",
            RuleVerdict::Pass,
            "coarse-well-inside overall_length 0.05 m (= 5 cm) ≤ rifle-cm max_cartridge_length 6 cm",
        ),
        (
            "rifle-mm",
            "too-coarse",
            RuleVerdict::Unknown,
            "too-coarse overall_length 0.06 m and rifle-mm max_cartridge_length 57.40 mm cannot be \
             compared: 0.06 m is quoted too coarsely for the other figure",
        ),
    ];
    for (weapon, round, verdict, message) in cases {
        let r = reason(&p, weapon, round, "PAIR/cartridge-length");
        assert_eq!(
            (r.verdict, &*r.message),
            (verdict, message),
            "{weapon} ↔ {round}"
        );
    }
    let voltage = |trailer: &str| reason(&p, "truck", trailer, "PAIR/trailer-voltage");
    assert_eq!(voltage("trailer-25").verdict, RuleVerdict::Fail);
    assert_eq!(
        voltage("trailer-25").message,
        "truck system_voltage is 24 V; trailer-25 supply_voltage is 25 V, 1 V apart"
    );
    // two figures that must match are met within a precision of up to 5 % of the other, not
    // within one of a fifth
    assert_eq!(voltage("trailer-kv").verdict, RuleVerdict::Unknown);
    assert_eq!(
        voltage("trailer-kv").message,
        "truck system_voltage 24 V and trailer-kv supply_voltage 0.02 kV cannot be compared: \
         0.02 kV is quoted too coarsely for the other figure"
    );
    assert_eq!(level(&p, "truck", "trailer-25"), Some(Level::Incompatible));
    assert_eq!(
        (
            voltage("trailer-24-3").verdict,
            &*voltage("trailer-24-3").message
        ),
        (
            RuleVerdict::Pass,
            "truck system_voltage 24 V = trailer-24-3 supply_voltage 24.3 V, within the precision \
             24 V is quoted to"
        )
    );
    assert_eq!(
        (
            voltage("trailer-24-0").verdict,
            &*voltage("trailer-24-0").message
        ),
        (
            RuleVerdict::Pass,
            "truck system_voltage 24 V (= 0.0240 kV) = trailer-24-0 supply_voltage 0.0240 kV"
        )
    );
}

/// A pair rule compares only what it names: a round over NATO EPVAT pressure still fits the
/// chamber, and a lot that fails its standard still carries the NSN of one that meets it. Every
/// pair that says two items can be used together (or more) flags an item that fails its own
/// standards, naming them; a compliant pair, and a pair already incompatible, carry no flag.
#[test]
fn a_pair_flags_an_item_that_fails_its_own_standards() {
    let round = |id: &str, mpa: u32| {
        format!(
            "  - id: {id}\n    name: {id}\n    nation: DEU\n    kind: cartridge\n    nsn: 1305-12-345-6789\n    properties: {{ cartridge: 5.56x45mm NATO, overall_length: 57.40 mm, chamber_pressure: {{ value: {mpa}, unit: MPa, method: EPVAT }} }}\n"
        )
    };
    let p = pairs(&items(&[
        round("good", 430),
        round("hot", 431),
        item(
            "rifle",
            "weapon",
            "cartridge: 5.56x45mm NATO, max_cartridge_length: 57.40 mm",
        ),
        item(
            "short-rifle",
            "weapon",
            "cartridge: 5.56x45mm NATO, max_cartridge_length: 57.00 mm",
        ),
    ]));
    let flag = |a: &str, b: &str| {
        let pair = p.iter().find(|x| x.a == a && x.b == b).expect("pair");
        pair.reasons
            .iter()
            .find(|r| &*r.rule == "item-compliance")
            .map(|r| (r.verdict, r.message.clone()))
    };
    let hot = Some((
        RuleVerdict::Warning,
        "hot is itself non-compliant with STANAG 4172; this level holds only for what the pair \
         rules compare (see its results)"
            .to_string(),
    ));
    assert_eq!(level(&p, "good", "hot"), Some(Level::Commonality));
    assert_eq!(flag("good", "hot"), hot);
    assert_eq!(level(&p, "hot", "rifle"), Some(Level::Compatible));
    assert_eq!(flag("hot", "rifle"), hot);
    assert!(p
        .iter()
        .find(|x| x.a == "hot" && x.b == "rifle")
        .is_some_and(|x| x.has_warning()));
    // the compliant round's pair with the rifle, and the pairs that do not fit, carry no flag
    assert_eq!(level(&p, "good", "rifle"), Some(Level::Compatible));
    assert_eq!(flag("good", "rifle"), None);
    assert_eq!(level(&p, "hot", "short-rifle"), Some(Level::Incompatible));
    assert_eq!(flag("hot", "short-rifle"), None);
}

/// A lot that fails its standard and shares a design (or NSN) with a compliant lot is paired
/// with it for that identifier, though no non-compliant or incomplete item is otherwise paired
/// with others of its kind: the pair's first reason says the item is itself non-compliant (UAT
/// 23: it said only that the design was shared and a rifle told them apart).
#[test]
fn an_item_paired_only_for_a_shared_identifier_is_said_first_to_fail_its_standards() {
    let round = |id: &str, design: &str, length: &str, pressure: &str| {
        item(
            id,
            "cartridge",
            &format!(
                "cartridge: 5.56x45mm NATO, {design}overall_length: {length}, chamber_pressure: \
                 {{ value: {pressure}, unit: bar, method: EPVAT }}"
            ),
        )
    };
    let g36 = item(
        "g36",
        "weapon",
        "cartridge: 5.56x45mm NATO, max_cartridge_length: 57.40 mm",
    );
    let p = pairs(&items(&[
        g36.clone(),
        round("good", "design: SS109, ", "57.35 mm", "4000"),
        round("bad", "design: SS109, ", "2.2602 in", "4301"),
    ]));
    assert_eq!(level(&p, "good", "bad"), Some(Level::NotInterchangeable));
    let pair = seen_from(&p, "good", "bad");
    let said: Vec<(&str, RuleVerdict)> =
        pair.reasons.iter().map(|r| (&*r.rule, r.verdict)).collect();
    assert_eq!(
        said,
        [
            ("item-compliance", RuleVerdict::Warning),
            ("commonality/design", RuleVerdict::Warning),
            ("interchangeability", RuleVerdict::Fail),
        ]
    );
    assert_eq!(
        pair.reasons[0].message,
        "bad is itself non-compliant with STANAG 4172 (see its results), so it replaces no item \
         of its kind: it is paired here only for the design it shares"
    );
    // without the shared design, the non-compliant lot is not paired with the compliant one
    let p = pairs(&items(&[
        g36,
        round("good", "", "57.35 mm", "4000"),
        round("bad", "", "2.2602 in", "4301"),
    ]));
    assert_eq!(level(&p, "good", "bad"), None);
    // a lot of one NSN that is the same item but fails its standard: flagged first too
    let nsn = |id: &str, mpa: u32| {
        format!(
            "  - id: {id}\n    name: {id}\n    nation: DEU\n    kind: cartridge\n    nsn: 1305-12-345-6789\n    properties: {{ cartridge: 5.56x45mm NATO, overall_length: 57.40 mm, chamber_pressure: {{ value: {mpa}, unit: MPa, method: EPVAT }} }}\n"
        )
    };
    let p = pairs(&items(&[nsn("good", 430), nsn("hot", 431)]));
    assert_eq!(level(&p, "good", "hot"), Some(Level::Commonality));
    let pair = seen_from(&p, "good", "hot");
    assert_eq!(
        pair.reasons.first().map(|r| (&*r.rule, r.message.as_str())),
        Some((
            "item-compliance",
            "hot is itself non-compliant with STANAG 4172; this level holds only for what the \
             pair rules compare (see its results)"
        ))
    );
}

/// Two compliant guns of the JBMoU of different tube lengths (39 and 52 calibres, each one its
/// list allows) cannot replace each other: not left without a pair and unexplained (UAT 23),
/// the pair is not interchangeable and names the requirement and what each states.
#[test]
fn two_jbmou_guns_of_different_calibre_lengths_are_not_interchangeable_and_say_why() {
    let gun = |id: &str, calibres: u32| {
        item(
            id,
            "weapon",
            &format!(
                "bore_diameter: 155 mm, chamber_volume: 23 L, barrel_length_calibres: \
                 {calibres}, charge_system: modular"
            ),
        )
    };
    let p = pairs(&items(&[gun("pzh", 52), gun("as90", 39), gun("k9", 52)]));
    assert_eq!(level(&p, "pzh", "as90"), Some(Level::NotInterchangeable));
    let why = reason(&p, "pzh", "as90", "interchangeability");
    assert_eq!(
        (why.verdict, why.message.as_str()),
        (
            RuleVerdict::Fail,
            "not interchangeable: they meet JBMoU-155-mm/tube-length (one of 39, 52) by \
             different values, so neither is known to replace the other: pzh \
             barrel_length_calibres 52, as90 \
             barrel_length_calibres 39"
        )
    );
    assert_eq!(
        (why.a_value.as_deref(), why.b_value.as_deref()),
        (
            Some("barrel_length_calibres 52"),
            Some("barrel_length_calibres 39")
        )
    );
    assert_eq!(level(&p, "pzh", "k9"), Some(Level::Interchangeable));
}

/// Two items of one kind that a rule finds usable together stay compatible when a third item
/// tells them apart: two HF data terminals that share a waveform can work together, though only
/// one of them also talks to a STANAG 4539-only terminal. The reason says they are not
/// interchangeable.
#[test]
fn usable_together_but_not_interchangeable_stays_compatible() {
    let terminal = |id: &str, waveforms: &str| {
        item(
            id,
            "terminal",
            &format!(
                "hf_data_profile: STANAG 5066, stanag_5066_sublayers: [SIS, CAS, DTS], \
                 sis_client_transport: TCP/IP, hf_waveforms: [{waveforms}]"
            ),
        )
    };
    let p = pairs(&items(&[
        terminal("hf-a", "STANAG 4285, STANAG 4539"),
        terminal("hf-b", "STANAG 4285"),
        item("hf-c", "terminal", "hf_waveforms: [STANAG 4539]"),
        // (as UAT 24's pol-hf and usa-hf: waveforms only, no interface standard in common)
        item(
            "hf-d",
            "terminal",
            "hf_waveforms: [STANAG 4285, STANAG 4539]",
        ),
        item(
            "hf-e",
            "terminal",
            "hf_waveforms: [STANAG 4539, STANAG 4285]",
        ),
    ]));
    // two that state the same waveforms: nothing tells them apart, no warning (README said
    // otherwise of every two terminals sharing a waveform until UAT 24)
    let same = seen_from(&p, "hf-d", "hf-e");
    assert_eq!(same.level, Level::Compatible);
    assert!(!same.has_warning());
    assert_eq!(
        same.reasons
            .iter()
            .map(|r| (&*r.rule, r.verdict, r.message.as_str()))
            .collect::<Vec<_>>(),
        [(
            "PAIR/hf-waveform",
            RuleVerdict::Pass,
            "both implement STANAG 4285, STANAG 4539"
        )]
    );
    assert_eq!(level(&p, "hf-a", "hf-b"), Some(Level::Compatible));
    let why = reason(&p, "hf-a", "hf-b", "interchangeability");
    // a warning, not a mandatory failure, which would make the pair incompatible
    assert_eq!(
        (why.verdict, why.message.as_str()),
        (
            RuleVerdict::Warning,
            "not interchangeable: with hf-c: hf-a passes PAIR/hf-waveform, hf-b fails it"
        )
    );
    assert!(p
        .iter()
        .any(|x| x.a == "hf-a" && x.b == "hf-b" && x.has_warning()));
    assert_eq!(level(&p, "hf-b", "hf-c"), Some(Level::Incompatible));
}

/// STANAG 2021 concerns every trailer, but asks a light one nothing (its class is judged only
/// where one is stated): two light trailers, or a light and a heavy one, have no interface in
/// common by it, and are not called interchangeable.
#[test]
fn a_standard_that_asks_an_item_nothing_makes_no_interface() {
    let p = pairs(&items(&[
        item("light", "trailer", "payload: 400 kg"),
        item("light-2", "trailer", "payload: 500 kg"),
        item("heavy", "trailer", "payload: 10 t, mlc: 30"),
        item("heavy-2", "trailer", "payload: 12 t, mlc: 30"),
    ]));
    assert_eq!(level(&p, "light", "light-2"), None);
    assert_eq!(level(&p, "light", "heavy"), None);
    assert_eq!(level(&p, "heavy", "heavy-2"), Some(Level::Interchangeable));
}

/// A pass that holds only because an item leaves a rule's condition unstated (its running gear)
/// answers for that pair, but tells two items apart for no third one: a vehicle of unstated gear
/// and a tracked one, each of MLC 30 against a class 40 bridge, are not known to replace each
/// other or not, rather than "not interchangeable".
#[test]
fn a_pass_that_rests_on_unstated_data_tells_no_two_items_apart() {
    let p = pairs(&items(&[
        item("unstated", "vehicle", "mlc: 30, accepted_fuels: [F-34]"),
        item(
            "tracked",
            "vehicle",
            "mlc: 30, running_gear: tracked, accepted_fuels: [F-34]",
        ),
        item("bridge", "crossing", "crossing_type: bridge, mlc: 40"),
    ]));
    assert_eq!(level(&p, "unstated", "bridge"), Some(Level::Compatible));
    assert_eq!(level(&p, "unstated", "tracked"), Some(Level::Unknown));
    assert_eq!(
        reason(&p, "unstated", "tracked", "interchangeability").message,
        "whether one can replace the other is not known: with bridge: unstated lacks data for \
         PAIR/mlc-tracked, tracked passes it"
    );
}

/// A round that states it is not NATO-qualified replaces no other, though both meet the same
/// published figures: NATO ammunition interchangeability rests on qualification. Two qualified
/// rounds (or two that do not say) are judged on their figures as before.
#[test]
fn a_round_stated_not_nato_qualified_is_not_interchangeable() {
    let round = |id: &str, qualified: Option<bool>| {
        let q = qualified
            .map(|q| format!(", nato_qualified: {q}"))
            .unwrap_or_default();
        item(
            id,
            "cartridge",
            &format!(
                "cartridge: 5.56x45mm NATO, overall_length: 57.30 mm, chamber_pressure: \
                 {{ value: 420, unit: MPa, method: EPVAT }}{q}"
            ),
        )
    };
    let p = pairs(&items(&[
        round("qualified", Some(true)),
        round("also-qualified", Some(true)),
        round("unqualified", Some(false)),
        round("unsaid", None),
    ]));
    assert_eq!(
        level(&p, "qualified", "also-qualified"),
        Some(Level::Interchangeable)
    );
    assert_eq!(
        level(&p, "qualified", "unsaid"),
        Some(Level::Interchangeable)
    );
    assert_eq!(
        level(&p, "qualified", "unqualified"),
        Some(Level::NotInterchangeable)
    );
    let why = reason(&p, "qualified", "unqualified", "interchangeability");
    assert_eq!(
        &*why.message,
        "not interchangeable: unqualified states it is not NATO-qualified, and NATO ammunition \
         interchangeability rests on qualification (STANAG 2459), not on the published figures \
         alone"
    );
    assert_eq!(why.confidence, stanag_check::catalogue::Confidence::R);
}

/// A round within a weapon's limit only by a precision (the M855's `2.260 in`, 57.404 mm,
/// against a `57.40 mm` chamber) is as usable as one inside it: it is no reason that the SS109
/// (`57.40 mm`) and the M855 cannot replace each other.
#[test]
fn a_round_within_a_limit_by_a_precision_is_not_told_apart_by_it() {
    let p = pairs(&items(&[
        item(
            "w",
            "weapon",
            "cartridge: 5.56x45mm NATO, max_cartridge_length: 57.40 mm",
        ),
        item(
            "ss109",
            "cartridge",
            "cartridge: 5.56x45mm NATO, overall_length: 57.40 mm, chamber_pressure: { value: 430, unit: MPa, method: EPVAT }",
        ),
        item(
            "m855",
            "cartridge",
            "cartridge: 5.56x45mm NATO, overall_length: 2.260 in, chamber_pressure: { value: 430, unit: MPa, method: EPVAT }",
        ),
    ]));
    assert_eq!(
        reason(&p, "w", "m855", "PAIR/cartridge-length").verdict,
        RuleVerdict::Warning
    );
    assert_eq!(level(&p, "ss109", "m855"), Some(Level::Interchangeable));
}

/// A third item that passes one of two rounds only within the precision its figure is quoted to
/// and the other plainly gives them the same answer (the figure may lie on either side of the
/// limit), so the two stay interchangeable; but the reason says so, naming the weapon, as a
/// warning, where it said "the same answer with every other item" beside the weapon's warning
/// (UAT 23: the G36, a lot of `2.260 in` and one of `57.35 mm`).
#[test]
fn an_interchangeable_pair_says_a_third_item_passes_one_only_within_a_precision() {
    let round = |id: &str, length: &str| {
        item(
            id,
            "cartridge",
            &format!(
                "cartridge: 5.56x45mm NATO, overall_length: {length}, chamber_pressure: {{ value: \
                 400, unit: MPa, method: EPVAT }}"
            ),
        )
    };
    let g36 = item(
        "g36",
        "weapon",
        "cartridge: 5.56x45mm NATO, max_cartridge_length: 57.40 mm",
    );
    // (the lengths as the items are loaded; the weapon's answers by what each got)
    let said = |lengths: (&str, &str)| {
        format!(
            "both meet every mandatory requirement of STANAG 4172 and give the same answer with \
             every other item loaded here; they state different overall_length ({} and {}), \
             which no item loaded here tells apart (another may); with g36: lot-a passes \
             PAIR/cartridge-length only within the precision its figure is quoted to, los-c \
             passes it plainly, which is the same answer (the figure may lie on either side of \
             the limit)",
            lengths.0, lengths.1
        )
    };
    // whichever order the rounds are loaded in
    for (first, second) in [("lot-a", "los-c"), ("los-c", "lot-a")] {
        let length = |id: &str| {
            if id == "lot-a" {
                "2.260 in"
            } else {
                "57.35 mm"
            }
        };
        let p = pairs(&items(&[
            g36.clone(),
            round(first, length(first)),
            round(second, length(second)),
        ]));
        assert_eq!(
            reason(&p, "g36", "lot-a", "PAIR/cartridge-length").verdict,
            RuleVerdict::Warning
        );
        assert_eq!(level(&p, first, second), Some(Level::Interchangeable));
        let why = reason_of(&p, "lot-a", "los-c", "interchangeability");
        assert_eq!(
            (why.verdict, why.message),
            (RuleVerdict::Warning, said((length(first), length(second))))
        );
    }
}

/// Two lots of one NSN or design that a rifle passes, one only within the precision its length is
/// quoted to (`2.260 in`, 57.404 mm, against `57.40 mm`) and the other plainly (`57.30 mm`), are
/// still one item, and say what two such lots of neither say: the rifle's warning on one of them
/// is the same answer, not a difference. They said only "both carry NSN …", with no ⚠, beside
/// the rifle's ⚠ on the one lot (UAT 25: `pairs-precision.yaml`).
#[test]
fn a_pair_of_one_nsn_or_design_says_a_third_item_passes_one_only_within_a_precision() {
    let lot = |id: &str, mark: &str, length: &str| {
        format!(
            "  - id: {id}\n    name: {id}\n    nation: NOR\n    kind: cartridge\n{mark}    \
             properties: {{ {design}cartridge: 5.56 NATO, overall_length: {length}, \
             chamber_pressure: {{ value: 420, unit: MPa, method: EPVAT }} }}\n",
            mark = if mark.starts_with("nsn") {
                format!("    {mark}\n")
            } else {
                String::new()
            },
            design = if mark.starts_with("design") {
                format!("{mark}, ")
            } else {
                String::new()
            },
        )
    };
    let rifle = item(
        "rifle",
        "weapon",
        "chambering: 5.56x45mm NATO, max_cartridge_length: 57.40 mm",
    );
    let same = |lots: (&str, &str)| {
        format!(
            "with rifle: {} passes PAIR/cartridge-length only within the precision its figure is \
             quoted to, {} passes it plainly, which is the same answer (the figure may lie on \
             either side of the limit)",
            lots.0, lots.1
        )
    };
    for (mark, rule, shared) in [
        (
            "nsn: 1305-25-999-0001",
            "commonality/nsn",
            "both carry NSN 1305-25-999-0001",
        ),
        (
            "design: SS109-NOR",
            "commonality/design",
            "both are the design SS109-NOR",
        ),
    ] {
        // whichever order the lots are loaded in
        for (first, second) in [("lot-n", "lot-m"), ("lot-m", "lot-n")] {
            let length = |id: &str| {
                if id == "lot-n" {
                    "2.260 in"
                } else {
                    "57.30 mm"
                }
            };
            let p = pairs(&items(&[
                rifle.clone(),
                lot(first, mark, length(first)),
                lot(second, mark, length(second)),
            ]));
            assert_eq!(
                reason(&p, "rifle", "lot-n", "PAIR/cartridge-length").verdict,
                RuleVerdict::Warning
            );
            assert_eq!(level(&p, "lot-n", "lot-m"), Some(Level::Commonality));
            assert!(seen_from(&p, "lot-n", "lot-m").has_warning());
            assert_eq!(
                said_of(&p, first, second),
                [(
                    rule.to_string(),
                    RuleVerdict::Warning,
                    format!("{shared}; {}", same(("lot-n", "lot-m")))
                )]
            );
        }
        // lots of neither identifier: the same words, in the interchangeability reason
        let p = pairs(&items(&[
            rifle.clone(),
            lot("lot-a", "", "2.260 in"),
            lot("lot-c", "", "57.30 mm"),
        ]));
        assert_eq!(level(&p, "lot-a", "lot-c"), Some(Level::Interchangeable));
        let why = reason_of(&p, "lot-a", "lot-c", "interchangeability").message;
        assert!(
            why.ends_with(&format!("; {}", same(("lot-a", "lot-c")))),
            "{why}"
        );
        // both within the precision, or no rifle: nothing to say
        for loaded in [
            vec![
                rifle.clone(),
                lot("lot-n", mark, "2.260 in"),
                lot("lot-m", mark, "2.260 in"),
            ],
            vec![
                lot("lot-n", mark, "2.260 in"),
                lot("lot-m", mark, "57.30 mm"),
            ],
        ] {
            let p = pairs(&items(&loaded));
            assert_eq!(
                said_of(&p, "lot-n", "lot-m"),
                [(rule.to_string(), RuleVerdict::Pass, shared.to_string())]
            );
        }
    }
}

/// A limit one item states and the other gives no figure for (a rifle's maximum cartridge
/// length, a round of no stated length) is not checked: where other rules relate the pair, that
/// is a warning, never a silent pass; a pair nothing else relates is not related by it.
#[test]
fn a_limit_the_other_item_gives_no_figure_for_is_a_warning() {
    let p = pairs(&items(&[
        item(
            "g36",
            "weapon",
            "cartridge: 5.56x45mm NATO, max_cartridge_length: 57.40 mm",
        ),
        item("dm11", "cartridge", "cartridge: 5.56x45mm NATO"),
        item("light-trailer", "trailer", "gross_mass: 750 kg"),
        item("bridge-70", "crossing", "crossing_type: bridge, mlc: 70"),
    ]));
    assert_eq!(level(&p, "g36", "dm11"), Some(Level::Compatible));
    let unchecked = reason(&p, "g36", "dm11", "PAIR/cartridge-length");
    assert_eq!(unchecked.verdict, RuleVerdict::Warning);
    assert_eq!(
        unchecked.message,
        "not checked: dm11 does not state overall_length, and g36 max_cartridge_length is 57.40 mm"
    );
    assert!(p
        .iter()
        .find(|x| x.a == "g36" && x.b == "dm11")
        .is_some_and(|x| x.has_warning()));
    assert_eq!(level(&p, "light-trailer", "bridge-70"), None);
}

/// A store is no heavier than the rack is rated for: on any hooks, and on the hooks of its lug
/// spacing (MIL-STD-2088B's Type II: 1,450 lb on 14 in, 5,000 lb on 30 in). A rack was
/// compatible with a 4,500 lb store it rates at 2,000 lb, judged on its lug spacing alone.
#[test]
fn a_store_heavier_than_the_rack_is_rated_for_does_not_fit_it() {
    let p = pairs(&items(&[
        item(
            "rack",
            "bomb-rack",
            "hook_spacings: [14 in, 30 in], max_store_mass: 2000 lb, max_store_mass_14in: 1450 lb",
        ),
        item("heavy", "store", "store_mass: 4500 lb, suspension: 30 in"),
        item("light", "store", "store_mass: 500 kg, suspension: 14 in"),
        item("on-14", "store", "store_mass: 1500 lb, suspension: 14 in"),
    ]));
    assert_eq!(level(&p, "rack", "heavy"), Some(Level::Incompatible));
    assert_eq!(
        reason(&p, "rack", "heavy", "PAIR/store-mass").message,
        "heavy store_mass 4500 lb exceeds rack max_store_mass 2000 lb by 2500 lb"
    );
    // the 30 in rating falls back to the rack's one rating
    assert_eq!(
        reason(&p, "rack", "heavy", "PAIR/store-mass-30in").verdict,
        RuleVerdict::Fail
    );
    assert_eq!(level(&p, "rack", "light"), Some(Level::Compatible));
    assert_eq!(level(&p, "rack", "on-14"), Some(Level::Incompatible));
    assert_eq!(
        reason(&p, "rack", "on-14", "PAIR/store-mass-14in").message,
        "on-14 store_mass 1500 lb exceeds rack max_store_mass_14in 1450 lb by 50 lb"
    ); // a store that does not state its lugs, on a rack rated only by hook spacing: heavier than
       // both ratings, it fits none
    let unrated = pairs(&items(&[
        item(
            "r2",
            "bomb-rack",
            "hook_spacings: [14 in, 30 in], max_store_mass_14in: 1450 lb, max_store_mass_30in: 1800 lb",
        ),
        item("sx", "store", "store_mass: 2000 lb"),
    ]));
    assert_eq!(level(&unrated, "r2", "sx"), Some(Level::Incompatible));
    assert_eq!(
        reason(&unrated, "r2", "sx", "PAIR/store-mass").message,
        "sx store_mass 2000 lb exceeds r2 max_store_mass_30in 1800 lb by 200 lb"
    );
    // a rack of 14 and 30 in hooks that states only its 14 in rating is not held to it for a
    // store on 30 in lugs (it was: 2,000 lb "exceeds" the 1,450 lb of hooks the store does not
    // hang on); on 14 in lugs it is
    let only_14 = pairs(&items(&[
        item(
            "r3",
            "bomb-rack",
            "hook_spacings: [14 in, 30 in], max_store_mass_14in: 1450 lb",
        ),
        item("on-30", "store", "store_mass: 2000 lb, suspension: 30 in"),
        item("on-14", "store", "store_mass: 2000 lb, suspension: 14 in"),
    ]));
    assert_eq!(level(&only_14, "r3", "on-30"), Some(Level::Compatible));
    assert!(only_14
        .iter()
        .find(|p| p.a == "r3" && p.b == "on-30")
        .is_some_and(|p| p
            .reasons
            .iter()
            .all(|r| !r.rule.starts_with("PAIR/store-mass"))));
    assert_eq!(level(&only_14, "r3", "on-14"), Some(Level::Incompatible));
    assert_eq!(
        reason(&only_14, "r3", "on-14", "PAIR/store-mass-14in").message,
        "on-14 store_mass 2000 lb exceeds r3 max_store_mass_14in 1450 lb by 550 lb"
    );
}

/// A pair's reasons show a store's lug spacing as its sheet wrote it, beside the spacing it is
/// read as (`762 mm (= 30 in)`), as a verdict does; a metric figure that names a spacing within
/// the precision it is quoted to (`356 mm`, ±0.5 mm, for 355.6 mm) is read as that spacing.
#[test]
fn a_lug_spacing_written_in_millimetres_is_shown_as_written() {
    let p = pairs(&items(&[
        item("rack", "bomb-rack", "hook_spacings: [14 in]"),
        item("wide", "store", "store_mass: 500 lb, suspension: 762 mm"),
        item("near", "store", "store_mass: 500 lb, suspension: 356 mm"),
    ]));
    assert_eq!(level(&p, "rack", "wide"), Some(Level::Incompatible));
    let wide = reason(&p, "rack", "wide", "PAIR/rack-suspension");
    assert_eq!(
        wide.message,
        "rack hook_spacings [14 in] does not include wide suspension 762 mm (= 30 in)"
    );
    assert_eq!(wide.b_value.as_deref(), Some("762 mm (= 30 in)"));
    assert_eq!(level(&p, "rack", "near"), Some(Level::Compatible));
    let near = reason(&p, "rack", "near", "PAIR/rack-suspension");
    assert_eq!(
        near.message,
        "rack hook_spacings [14 in] includes 356 mm (≈ 14 in)"
    );
    assert_eq!(near.b_value.as_deref(), Some("356 mm (≈ 14 in)"));
    // a rack's hook spacings too, entry by entry
    let p = pairs(&items(&[
        item("metric", "bomb-rack", "hook_spacings: [356 mm, 762 mm]"),
        item("narrow", "bomb-rack", "hook_spacings: [76 cm]"),
        item("near", "store", "store_mass: 500 lb, suspension: 356 mm"),
    ]));
    let metric = reason(&p, "metric", "near", "PAIR/rack-suspension");
    assert_eq!(
        metric.message,
        "metric hook_spacings [356 mm (≈ 14 in), 762 mm (= 30 in)] includes 356 mm (≈ 14 in)"
    );
    assert_eq!(
        metric.a_value.as_deref(),
        Some("356 mm (≈ 14 in), 762 mm (= 30 in)")
    );
    assert_eq!(
        reason(&p, "narrow", "near", "PAIR/rack-suspension").message,
        "narrow hook_spacings [76 cm (≈ 30 in)] does not include near suspension 356 mm (≈ 14 in)"
    );
}

/// Two stores a rack tells apart, one failing its rating and one passing it only within the
/// precision its mass is quoted to: the reason says the second passes only with a warning, as
/// its own reason with the rack does (it said "passes it").
#[test]
fn a_pass_within_a_precision_is_told_as_a_warning_when_it_tells_two_items_apart() {
    let fit = "suspension: 14 in, store_aircraft_clearance: 30 mm, store_store_clearance: 30 mm";
    let p = pairs(&items(&[
        item(
            "rk",
            "bomb-rack",
            "hook_spacings: [14 in], max_store_mass_14in: 657 kg",
        ),
        item("st-658", "store", &format!("store_mass: 658 kg, {fit}")),
        item("st-066t", "store", &format!("store_mass: 0.66 t, {fit}")),
    ]));
    assert_eq!(
        reason(&p, "rk", "st-066t", "PAIR/store-mass-14in").verdict,
        RuleVerdict::Warning
    );
    assert_eq!(
        level(&p, "st-658", "st-066t"),
        Some(Level::NotInterchangeable)
    );
    assert_eq!(
        reason(&p, "st-658", "st-066t", "interchangeability").message,
        "not interchangeable: with rk: st-658 fails PAIR/store-mass-14in, st-066t passes it only \
         with a warning"
    );
}

/// Two compliant stores, one on 30 in lugs and one that does not state its lugs: MIL-STD-2088
/// judges the first by its lugs and nothing of the second, so their interface standards differ,
/// and the pair was left out of the report. It is unknown, and says what the second does not
/// state. Stores that differ in what they do state, or a standard not for one of them at all
/// (MIL-STD-1760, for a store that states no electrical interface), are still not paired; and a
/// third item that tells them apart decides first.
#[test]
fn a_store_that_does_not_state_its_lugs_is_unknown_beside_one_that_does() {
    let fit = "ejected: true, store_aircraft_clearance: 40 mm, store_store_clearance: 40 mm";
    let p = pairs(&items(&[
        item(
            "on-30",
            "store",
            &format!("store_mass: 500 lb, suspension: 30 in, {fit}"),
        ),
        item("unstated", "store", &format!("store_mass: 500 lb, {fit}")),
        item(
            "single",
            "store",
            &format!("store_mass: 500 lb, suspension: single lug, {fit}"),
        ),
        item(
            "smart",
            "store",
            &format!(
                "store_mass: 500 lb, suspension: 30 in, {fit}, interface_point: MSI, \
                 mil_std_1760_class: I"
            ),
        ),
    ]));
    assert_eq!(level(&p, "on-30", "unstated"), Some(Level::Unknown));
    let why = reason(&p, "on-30", "unstated", "interchangeability");
    assert_eq!(why.verdict, RuleVerdict::Unknown);
    assert_eq!(
        why.message,
        "whether one can replace the other is not known: unstated does not state suspension, on \
         which MIL-STD-2088 judges on-30 (MIL-STD-2088/store-30in-mass applies when suspension = \
         30 in); both meet every mandatory requirement of MIL-STD-1289"
    );
    // what each states of what the other leaves unstated
    assert_eq!(why.a_value.as_deref(), Some("suspension 30 in"));
    assert_eq!(why.b_value, None);
    assert_eq!(level(&p, "unstated", "smart"), None);
    assert_eq!(level(&p, "on-30", "single"), None);
    // (neither is judged by MIL-STD-2088: by MIL-STD-1289, as before, with the lugs they state
    // differently a warning)
    assert_eq!(
        level(&p, "unstated", "single"),
        Some(Level::Interchangeable)
    );
    assert_eq!(
        reason(&p, "unstated", "single", "interchangeability").verdict,
        RuleVerdict::Warning
    );
    assert_eq!(level(&p, "on-30", "smart"), None);

    // the lugs told from the second side, and two standards it is not judged by
    let p = pairs(&items(&[
        item("unstated", "store", &format!("store_mass: 500 lb, {fit}")),
        item(
            "on-14",
            "store",
            &format!("store_mass: 500 lb, suspension: 14 in, {fit}"),
        ),
    ]));
    let why = reason(&p, "unstated", "on-14", "interchangeability");
    assert_eq!(
        why.message,
        "whether one can replace the other is not known: unstated does not state suspension, on \
         which MIL-STD-2088 judges on-14 (MIL-STD-2088/store-14in-mass applies when suspension = \
         14 in); both meet every mandatory requirement of MIL-STD-1289"
    );
    assert_eq!(why.a_value, None);
    assert_eq!(why.b_value.as_deref(), Some("suspension 14 in"));

    // a rack of 14 in hooks tells them apart first: the one fails it, the other lacks the data
    let p = pairs(&items(&[
        item(
            "rk",
            "bomb-rack",
            "hook_spacings: [14 in], max_store_mass_14in: 1450 lb",
        ),
        item(
            "on-30",
            "store",
            &format!("store_mass: 500 lb, suspension: 30 in, {fit}"),
        ),
        item("unstated", "store", &format!("store_mass: 500 lb, {fit}")),
    ]));
    assert_eq!(level(&p, "on-30", "unstated"), Some(Level::Unknown));
    assert_eq!(
        reason(&p, "on-30", "unstated", "interchangeability").message,
        "whether one can replace the other is not known: with rk: on-30 fails PAIR/rack-suspension, \
         unstated lacks data for it"
    );
}

/// Two stores on different lugs, with no rack loaded to tell them apart, were interchangeable
/// (with a warning that they state different lugs), and so were two of one NSN: MIL-STD-2088
/// holds a store on 14 in lugs to another mass limit than one on 30 in, so they are of different
/// sorts under their interface standard, and neither replaces the other (as F-46 and F-76 fuels,
/// or two armours of different protection levels). The level says so, whatever is loaded.
#[test]
fn stores_on_different_lugs_are_not_interchangeable_without_a_rack() {
    let fit = "ejected: true, store_aircraft_clearance: 40 mm, store_store_clearance: 40 mm";
    let store = |id: &str, nsn: &str, lugs: &str| {
        format!(
            "  - id: {id}\n    name: {id}\n    nation: USA\n    kind: store\n{nsn}    properties: {{ \
             store_mass: 500 lb, suspension: {lugs}, {fit} }}\n"
        )
    };
    let said = "not interchangeable: MIL-STD-2088/store-14in-mass applies to on-14 (when \
                suspension = 14 in) and not to on-30, whose suspension is 30 in";
    let p = pairs(&items(&[
        store("on-14", "", "14 in"),
        store("on-30", "", "30 in"),
    ]));
    assert_eq!(level(&p, "on-14", "on-30"), Some(Level::NotInterchangeable));
    let why = reason(&p, "on-14", "on-30", "interchangeability");
    assert_eq!(
        (why.verdict, why.message.as_str()),
        (RuleVerdict::Fail, said)
    );
    // with what each states of what the requirement's condition reads
    assert_eq!(
        (why.a_value.as_deref(), why.b_value.as_deref()),
        (Some("suspension 14 in"), Some("suspension 30 in"))
    );

    let nsn = "    nsn: \"1325-00-123-4567\"\n";
    let p = pairs(&items(&[
        store("on-14", nsn, "14 in"),
        store("on-30", nsn, "30 in"),
    ]));
    assert_eq!(level(&p, "on-14", "on-30"), Some(Level::NotInterchangeable));
    assert_eq!(
        reason(&p, "on-14", "on-30", "commonality/nsn").verdict,
        RuleVerdict::Warning
    );
    assert_eq!(
        reason(&p, "on-14", "on-30", "interchangeability").message,
        said
    );

    // two on the same lugs stay interchangeable
    let p = pairs(&items(&[store("a", "", "30 in"), store("b", "", "762 mm")]));
    assert_eq!(level(&p, "a", "b"), Some(Level::Interchangeable));
}

/// A pair's `12 V apart` of `28 V DC` and `12 V` read as 28 − 12: the message named the 28 V
/// bus's reading but not the 24 V it computed with. It names the figure it compares.
#[test]
fn a_figure_read_as_its_nominal_is_named_as_compared() {
    let yaml = items(&[
        item(
            "v-28",
            "vehicle",
            "system_voltage: 28 V DC, trailer_connector: STANAG 4007",
        ),
        item(
            "t-12",
            "trailer",
            "trailer_connector: STANAG 4007, supply_voltage: 12 V, voltage_labelled: true",
        ),
    ]);
    let catalogue = Catalogue::builtin().expect("catalogue");
    let checked = check_texts(&catalogue, &[("units.yaml".to_string(), yaml)]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    let p = &checked.report.pairs;
    assert_eq!(level(p, "v-28", "t-12"), Some(Level::Incompatible));
    assert_eq!(
        reason(p, "v-28", "t-12", "PAIR/trailer-voltage").message,
        "v-28 system_voltage is 28 V DC (read as 24 V, a MIL-STD-1275 bus: the 24 V nominal \
         battery system); t-12 supply_voltage is 12 V, 12 V apart"
    );
}

/// A 28 V figure (the MIL-STD-1275 bus US sheets state) is the 24 V nominal battery system,
/// by the dictionary's `nominal` of system_voltage and supply_voltage, on either side of
/// PAIR/trailer-voltage and against STANAG-4074/system-voltage; the verdict says how it was read
/// and on whose word. 12 V stays 12 V, and 27.5 V (±0.05 V, 0.5 V from 28 V: beyond the
/// precision it is quoted to) and 26 V are compared as written; the note on 27.5 V says that
/// no source of the catalogue gives the bus's range, so whether it is the bus is not known.
#[test]
fn a_28_v_bus_is_the_24_v_nominal_battery_system() {
    let vehicle = |id: &str, volts: &str| {
        item(
            id,
            "vehicle",
            &format!(
                "system_voltage: {volts}, trailer_connector: STANAG 4007, earth_polarity: negative"
            ),
        )
    };
    let trailer = |id: &str, volts: &str| {
        item(
            id,
            "trailer",
            &format!(
                "supply_voltage: {volts}, trailer_connector: STANAG 4007, earth_polarity: negative"
            ),
        )
    };
    let yaml = items(&[
        vehicle("v28", "28 V"),
        vehicle("v28dc", "28 V DC"),
        vehicle("v27", "27.5 V"),
        vehicle("v24", "24 V"),
        vehicle("v12", "12 V"),
        vehicle("v26", "26 V"),
        trailer("t24", "24 V"),
        trailer("t28", "28 V"),
        trailer("t27", "27.5 V"),
    ]);
    let catalogue = Catalogue::builtin().expect("catalogue");
    let checked = check_texts(&catalogue, &[("pairs.yaml".to_string(), yaml)]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    let p = &checked.report.pairs;
    let voltage = |a: &str, b: &str| reason(p, a, b, "PAIR/trailer-voltage");
    let bus = "(read as 24 V, a MIL-STD-1275 bus: the 24 V nominal battery system)";
    assert_eq!(level(p, "v28", "t24"), Some(Level::Compatible));
    assert_eq!(
        voltage("v28", "t24").message,
        format!("v28 system_voltage 28 V {bus} = t24 supply_voltage 24 V")
    );
    assert_eq!(level(p, "v28dc", "t24"), Some(Level::Compatible));
    let read = voltage("v28dc", "t24");
    assert_eq!(
        read.message,
        format!("v28dc system_voltage 28 V DC {bus} = t24 supply_voltage 24 V")
    );
    assert_eq!(read.a_value.as_deref(), Some(&*format!("28 V DC {bus}")));
    // the answer rests on the reading: its sources beside the rule's, at the lower confidence
    assert!(
        read.source.starts_with("Wikipedia 'STANAG 4007'") && read.source.contains("MIL-STD-1275E"),
        "{}",
        read.source
    );
    assert_eq!(read.confidence, stanag_check::catalogue::Confidence::W);
    // the relation is symmetric: a trailer stating the bus against a 24 V vehicle
    assert_eq!(level(p, "v24", "t28"), Some(Level::Compatible));
    assert_eq!(
        voltage("v24", "t28").message,
        format!("v24 system_voltage 24 V = t28 supply_voltage 28 V {bus}")
    );
    assert_eq!(level(p, "v28", "t28"), Some(Level::Compatible));
    // a figure that names no bus is compared as written, its reason names no reading's source,
    // and says why a figure near the bus was not read as it, as the check's note does
    assert_eq!(level(p, "v27", "t24"), Some(Level::Incompatible));
    let v27 = voltage("v27", "t24");
    assert_eq!(
        v27.message,
        "v27 system_voltage is 27.5 V; t24 supply_voltage is 24 V, 3.5 V apart. Not read as \
         28 V (a MIL-STD-1275 bus: the 24 V nominal battery system): 27.5 V is 0.5 V from it, \
         beyond the ±0.05 V it is quoted to; the catalogue's sources give no range about 28 V \
         that the reading covers, so whether the sheet's 27.5 V means it is not known here: it \
         is judged as written (write 28 V where the sheet means that, or 24 V)."
    );
    assert!(!v27.source.contains("MIL-STD-1275"), "{}", v27.source);
    // told once where both sides are near the bus alike
    let note = "Not read as 28 V (a MIL-STD-1275 bus: the 24 V nominal battery system): 27.5 V \
                is 0.5 V from it, beyond the ±0.05 V it is quoted to; the catalogue's sources \
                give no range about 28 V that the reading covers, so whether the sheet's 27.5 V \
                means it is not known here: it is judged as written (write 28 V where the sheet \
                means that, or 24 V).";
    assert_eq!(
        voltage("v27", "t27").message,
        format!("v27 system_voltage 27.5 V = t27 supply_voltage 27.5 V. {note}")
    );
    // so on the other side (the trailer's)
    assert_eq!(
        voltage("v24", "t27").message,
        "v24 system_voltage is 24 V; t27 supply_voltage is 27.5 V, 3.5 V apart. Not read as \
         28 V (a MIL-STD-1275 bus: the 24 V nominal battery system): 27.5 V is 0.5 V from it, \
         beyond the ±0.05 V it is quoted to; the catalogue's sources give no range about 28 V \
         that the reading covers, so whether the sheet's 27.5 V means it is not known here: it \
         is judged as written (write 28 V where the sheet means that, or 24 V)."
    );
    assert_eq!(level(p, "v27", "t28"), Some(Level::Incompatible));
    assert_eq!(level(p, "v12", "t24"), Some(Level::Incompatible));
    assert_eq!(
        voltage("v12", "t28").message,
        format!("v12 system_voltage is 12 V; t28 supply_voltage is 28 V {bus}, 12 V apart")
    );
    assert_eq!(
        voltage("v26", "t24").message,
        "v26 system_voltage is 26 V; t24 supply_voltage is 24 V, 2 V apart"
    );
    // STANAG-4074/system-voltage (= 24 V) and STANAG-4007/supply-voltage (24 V or 12 V)
    let result = |id: &str, requirement: &str| {
        let item = checked.report.items.iter().find(|i| i.id == id);
        item.and_then(|i| {
            i.results
                .iter()
                .find(|o| &*o.citation.requirement == requirement)
        })
        .expect("a verdict")
    };
    let outcome = |id: &str, requirement: &str| {
        let o = result(id, requirement);
        (
            format!("{:?}", o.verdict).to_lowercase(),
            o.message.to_string(),
        )
    };
    let system = |id: &str| outcome(id, "STANAG-4074/system-voltage");
    assert_eq!(
        system("v28"),
        ("pass".into(), format!("28 V {bus} equals 24 V"))
    );
    assert_eq!(
        system("v28dc"),
        ("pass".into(), format!("28 V DC {bus} equals 24 V"))
    );
    assert_eq!(system("v24"), ("pass".into(), "24 V equals 24 V".into()));
    assert_eq!(
        system("v27"),
        (
            "fail".into(),
            "27.5 V is not 24 V, which accepts 23.5 V to 24.5 V: above that by 3.0 V (12.5 %)"
                .into()
        )
    );
    assert_eq!(
        system("v12"),
        (
            "fail".into(),
            "12 V is not 24 V, which accepts 23.5 V to 24.5 V: below that by 11.5 V (47.92 %)"
                .into()
        )
    );
    assert_eq!(
        system("v26"),
        (
            "fail".into(),
            "26 V is not 24 V, which accepts 23.5 V to 24.5 V: above that by 1.5 V (6.25 %)".into()
        )
    );
    assert_eq!(
        outcome("t28", "STANAG-4007/supply-voltage"),
        ("pass".into(), format!("28 V {bus} meets one of 24 V, 12 V"))
    );
    // the note says what the figure was read as, on whose word, with the confidence
    let o = result("v28dc", "STANAG-4074/system-voltage");
    let note = o.note.as_deref().unwrap_or_default();
    assert!(
        note.starts_with("Read 28 V DC as 24 V: MIL-STD-1275E (22 March 2013")
            && note.contains("spilma.com")
            && note.contains("(W: widely reported)."),
        "{note}"
    );
    // the report keeps the figure as written, and what it was compared as
    let value = o.value.as_ref().expect("a value");
    assert_eq!(&*value.written, "28 V DC");
    assert_eq!(value.converted.as_deref(), Some("24"));
    // a figure near the bus, beyond the precision it is quoted to, is judged as written, and
    // the note says why; one further off (26 V, 7 % from 28 V) is told nothing of it
    let note = result("v27", "STANAG-4074/system-voltage").note.as_deref();
    assert!(
        note.unwrap_or_default().starts_with(
            "Not read as 28 V (a MIL-STD-1275 bus: the 24 V nominal battery system): 27.5 V is \
             0.5 V from it, beyond the ±0.05 V it is quoted to; the catalogue's sources give no \
             range about 28 V that the reading covers, so whether the sheet's 27.5 V means it is \
             not known here: it is judged as written (write 28 V where the sheet means that, or \
             24 V). The facts file"
        ),
        "{note:?}"
    );
    let note = result("v26", "STANAG-4074/system-voltage").note.as_deref();
    assert!(
        note.unwrap_or_default().starts_with("The facts file"),
        "{note:?}"
    );
}

/// A figure that reads two ways in a file that does not tell which (`1.200 kg`: 1.2 kg, or
/// 1200 kg with a thousands point) is weighed both ways by a pair rule, on either side: where
/// the rule's answers differ, the rule is unknown for the pair, naming both readings and what to
/// write (as a requirement so read is not comparable); where they agree, the answer stands.
#[test]
fn a_figure_that_reads_two_ways_is_weighed_both_ways_by_a_pair_rule() {
    let p = pairs(&items(&[
        rack("rack", "1000 kg"),
        rack("rack-t", "1.500 t"),
        store("light", "1.200 kg"),
        store("heavy", "2000 kg"),
        store("mid", "1.400 t"),
    ]));
    let mass = |a: &str, b: &str| reason(&p, a, b, "PAIR/store-mass");
    // the store's figure: 1.2 kg fits the rack, 1200 kg does not
    assert_eq!(level(&p, "rack", "light"), Some(Level::Unknown));
    let light = mass("rack", "light");
    assert_eq!(light.verdict, RuleVerdict::Unknown);
    assert_eq!(
        light.message,
        "light store_mass `1.200 kg` may be 1.2 kg or 1200 kg: as 1.2 kg, light store_mass \
         1.200 kg ≤ rack max_store_mass 1000 kg; as 1200 kg, light store_mass 1200 kg exceeds \
         rack max_store_mass 1000 kg by 200 kg; write 1.2 kg or 1200 kg"
    );
    // the values are quoted as written
    assert_eq!(light.b_value.as_deref(), Some("1.200 kg"));
    assert_eq!(light.a_value.as_deref(), Some("1000 kg"));
    // the rack's figure: 1.5 t does not carry a 2 t store, 1500 t does
    assert_eq!(level(&p, "rack-t", "heavy"), Some(Level::Unknown));
    assert_eq!(
        mass("rack-t", "heavy").message,
        "rack-t max_store_mass `1.500 t` may be 1.5 t or 1500 t: as 1.5 t, heavy store_mass \
         2000 kg (= 2.000 t) exceeds rack-t max_store_mass 1.500 t by 0.500 t; as 1500 t, heavy \
         store_mass 2000 kg (= 2 t) ≤ rack-t max_store_mass 1500 t; write 1.5 t or 1500 t"
    );
    // both ways alike: the answer as read stands
    assert_eq!(level(&p, "rack", "heavy"), Some(Level::Incompatible));
    assert_eq!(level(&p, "rack-t", "light"), Some(Level::Compatible));
    assert_eq!(
        mass("rack-t", "light").message,
        "light store_mass 1.200 kg (= 0.0012 t) ≤ rack-t max_store_mass 1.500 t"
    );
    // 1.4 t fails a 1000 kg rack either way; beside a rack rated `1.500 t` on the same sheet
    // it fits both ways, as a file reads all its points one way: 1.4 t on a 1.5 t rack, or
    // 1400 t on a 1500 t one (it was unknown, as though the store's point alone could group
    // thousands)
    assert_eq!(level(&p, "rack", "mid"), Some(Level::Incompatible));
    assert_eq!(level(&p, "rack-t", "mid"), Some(Level::Compatible));
    assert_eq!(
        mass("rack-t", "mid").message,
        "mid store_mass 1.400 t ≤ rack-t max_store_mass 1.500 t"
    );
    // on two sheets, each may be read either way: 1400 t does not hang on a 1.5 t rack
    let p = pairs_of(&[
        ("racks.yaml", items(&[rack("rack-t", "1.500 t")])),
        ("stores.yaml", items(&[store("mid", "1.400 t")])),
    ]);
    assert_eq!(level(&p, "rack-t", "mid"), Some(Level::Unknown));
    assert_eq!(
        reason(&p, "rack-t", "mid", "PAIR/store-mass").message,
        "mid store_mass `1.400 t` may be 1.4 t or 1400 t: as 1.4 t, mid store_mass 1.400 t ≤ \
         rack-t max_store_mass 1.500 t; as 1400 t, mid store_mass 1400 t exceeds rack-t \
         max_store_mass 1.500 t by 1398.500 t; write 1.4 t or 1400 t"
    );
}

/// Two items of one kind whose figures read two ways (`1.200 kg`: 1.2 kg, or 1200 kg with a
/// thousands point) are compared in every reading their files allow, not as read only. On two
/// sheets each may be read either way: beside a rack rated for 1000 kg, each gets an unknown
/// from it, which as an answer was the same, and they were interchangeable; yet if one sheet's
/// points group thousands and the other's do not, the rack takes the one and not the other, so
/// whether one replaces the other is unknown, naming both readings. On one sheet both are read
/// one way, and they are interchangeable. With no item loaded that tells them apart, the
/// figure they seem to share is a warning.
#[test]
fn items_of_one_kind_are_compared_in_every_reading_of_their_figures() {
    let fit = "ejected: true, store_aircraft_clearance: 40 mm, store_store_clearance: 40 mm";
    let store = |id: &str| {
        item(
            id,
            "store",
            &format!("store_mass: 1.200 kg, suspension: 30 in, {fit}"),
        )
    };
    let rack = item(
        "rack",
        "bomb-rack",
        "hook_spacings: [14 in, 30 in], max_store_mass: 1000 kg",
    );
    let p = pairs_of(&[
        ("a.yaml", items(&[store("sa")])),
        ("b.yaml", items(&[store("sb")])),
        ("c.yaml", items(std::slice::from_ref(&rack))),
    ]);
    assert_eq!(level(&p, "sa", "rack"), Some(Level::Unknown));
    assert_eq!(level(&p, "sa", "sb"), Some(Level::Unknown));
    let why = reason(&p, "sa", "sb", "interchangeability");
    assert_eq!(why.verdict, RuleVerdict::Unknown);
    assert_eq!(
        why.message,
        "whether one can replace the other is not known: with rack, as their figures are read: \
         read as written, sa passes PAIR/store-mass and sb passes it; read with sa `1.200 kg` as \
         1200 kg, sa fails it and sb passes it"
    );
    assert_eq!(why.a_value.as_deref(), Some("store_mass 1.200 kg"));
    // one sheet: 1.2 kg each, or 1200 kg each
    let p = pairs_of(&[
        ("ab.yaml", items(&[store("sa"), store("sb")])),
        ("c.yaml", items(&[rack])),
    ]);
    assert_eq!(level(&p, "sa", "sb"), Some(Level::Interchangeable));
    assert_eq!(
        reason(&p, "sa", "sb", "interchangeability").verdict,
        RuleVerdict::Pass
    );
    // two sheets, nothing loaded to tell them apart
    let p = pairs_of(&[
        ("a.yaml", items(&[store("sa")])),
        ("b.yaml", items(&[store("sb")])),
    ]);
    assert_eq!(level(&p, "sa", "sb"), Some(Level::Interchangeable));
    let why = reason(&p, "sa", "sb", "interchangeability");
    assert_eq!(
        (why.verdict, why.message.as_str()),
        (
            RuleVerdict::Warning,
            "both meet every mandatory requirement of MIL-STD-1289, MIL-STD-2088 and give the same \
             answer with every other item loaded here; they state different store_mass (1.200 kg \
             and 1.200 kg, alike only if their two files read their points alike: `1.200 kg` may \
             be 1.2 kg or 1200 kg), which no item loaded here tells apart (another may)"
        )
    );
}

/// A whole number's trailing zeros (`1020 kg`: ±0.5 kg, or rounded, ±5 kg) are weighed both
/// ways by a pair rule as by a requirement: a fail one way and a pass or warning the other
/// leaves the rule unknown for the pair, naming both; alike, the answer stands.
#[test]
fn trailing_zeros_are_weighed_both_ways_by_a_pair_rule() {
    let p = pairs(&items(&[
        rack("rack", "1020 kg"),
        store("near", "1024 kg"),
        store("far", "1031 kg"),
    ]));
    assert_eq!(level(&p, "rack", "near"), Some(Level::Unknown));
    let near = reason(&p, "rack", "near", "PAIR/store-mass");
    assert_eq!(near.verdict, RuleVerdict::Unknown);
    assert_eq!(
        near.message,
        "rack max_store_mass `1020 kg` as written (±0.5 kg): near store_mass 1024 kg exceeds rack \
         max_store_mass 1020 kg by 4 kg; if its trailing zeros are not significant (±5 kg): near \
         store_mass 1024 kg > rack max_store_mass 1020 kg, but only within the precision 1020 kg \
         is quoted to; state the figure to the precision it was measured"
    );
    // 11 kg beyond: beyond ±5 kg too
    assert_eq!(level(&p, "rack", "far"), Some(Level::Incompatible));
    assert_eq!(
        reason(&p, "rack", "far", "PAIR/store-mass").message,
        "far store_mass 1031 kg exceeds rack max_store_mass 1020 kg by 11 kg"
    );
}

/// A store that is not ejected (a pod) and one that is, on the same lugs and otherwise alike:
/// MIL-STD-2088's only requirement on `ejected` is recommended (the source says *may*), so no
/// mandatory requirement makes them of different sorts and they stay interchangeable, but the
/// reason warns that the recommended one tells them apart. Two pods alike are a plain pass.
#[test]
fn a_recommended_requirement_that_tells_two_items_apart_is_a_warning() {
    let store = |id: &str, ejected: &str| {
        item(
            id,
            "store",
            &format!(
                "store_mass: 500 lb, suspension: 14 in, ejected: {ejected}, \
                 store_aircraft_clearance: 40 mm, store_store_clearance: 40 mm"
            ),
        )
    };
    let p = pairs(&items(&[
        store("pod", "false"),
        store("bomb", "true"),
        store("pod-2", "false"),
    ]));
    assert_eq!(level(&p, "pod", "bomb"), Some(Level::Interchangeable));
    let why = reason(&p, "pod", "bomb", "interchangeability");
    assert_eq!(
        (why.verdict, why.message.as_str()),
        (
            RuleVerdict::Warning,
            "both meet every mandatory requirement of MIL-STD-1289, MIL-STD-2088 and give the same \
             answer with every other item loaded here; yet a recommended requirement tells them apart: \
             MIL-STD-2088/unejected-suspension applies to pod (when ejected = false) and not to \
             bomb, whose ejected is true"
        )
    );
    assert_eq!(level(&p, "pod", "pod-2"), Some(Level::Interchangeable));
    assert_eq!(
        reason(&p, "pod", "pod-2", "interchangeability").verdict,
        RuleVerdict::Pass
    );
}

/// What one item leaves unstated within a standard both are judged by. A pod on 14 in lugs and
/// a pod that states no lugs are both under MIL-STD-2088 (by its recommendation on stores that
/// are not ejected), which judges the first one's mass on 14 in lugs, a mandatory requirement
/// the second may or may not come under: whether one replaces the other is not known, as of a
/// pod and a bomb of unstated lugs (which MIL-STD-2088 judges nothing of); it was
/// interchangeable with a warning. A linked round and one that states no link: STANAG 4172
/// only recommends the M27 link, and a compliant round need not meet a recommendation, so
/// whatever the other's link, it tells them apart only as a warning; it was a plain pass.
#[test]
fn what_one_item_leaves_unstated_within_a_shared_standard() {
    let fit = "store_aircraft_clearance: 40 mm, store_store_clearance: 40 mm";
    let p = pairs(&items(&[
        item(
            "pod-a",
            "store",
            &format!("store_mass: 500 lb, suspension: 14 in, ejected: false, {fit}"),
        ),
        item(
            "pod-b",
            "store",
            &format!("store_mass: 500 lb, ejected: false, {fit}"),
        ),
    ]));
    assert_eq!(level(&p, "pod-a", "pod-b"), Some(Level::Unknown));
    let why = reason(&p, "pod-a", "pod-b", "interchangeability");
    assert_eq!(
        (why.verdict, why.message.as_str()),
        (
            RuleVerdict::Unknown,
            "whether one can replace the other is not known: pod-b does not state suspension, on \
             which MIL-STD-2088 judges pod-a (MIL-STD-2088/store-14in-mass applies when suspension \
             = 14 in); both meet every mandatory requirement of MIL-STD-1289, MIL-STD-2088"
        )
    );
    assert_eq!(why.a_value.as_deref(), Some("suspension 14 in"));
    assert_eq!(why.b_value, None);

    let round = |id: &str, link: &str| {
        item(
            id,
            "cartridge",
            &format!(
                "cartridge: 5.56x45mm NATO, overall_length: 57.40 mm, chamber_pressure: {{ value: \
                 380, unit: MPa, method: EPVAT }}{link}"
            ),
        )
    };
    let p = pairs(&items(&[
        round("loose", ""),
        round("linked", ", belt_link: M27"),
        round("loose-2", ""),
    ]));
    assert_eq!(level(&p, "loose", "linked"), Some(Level::Interchangeable));
    let why = reason(&p, "loose", "linked", "interchangeability");
    assert_eq!(
        (why.verdict, why.message.as_str()),
        (
            RuleVerdict::Warning,
            "both meet every mandatory requirement of STANAG 4172 and give the same answer with \
             every other item loaded here; yet what only a recommended requirement judges is \
             stated by one and not the other: loose does not state belt_link, which linked states \
             (M27) and STANAG-4172/belt-link recommends"
        )
    );
    // two that state no link alike: a plain pass
    assert_eq!(
        reason(&p, "loose", "loose-2", "interchangeability").verdict,
        RuleVerdict::Pass
    );

    // a property three requirements recommend is said once, with the three
    let fuel = |id: &str, additives: &str| {
        item(
            id,
            "fuel",
            &format!(
                "nato_code: F-34, relative_density: 0.800, flash_point: 41 °C, freeze_point: \
                 -49 °C{additives}"
            ),
        )
    };
    let p = pairs(&items(&[
        fuel("lot", ", fuel_additives: [icing inhibitor, corrosion inhibitor/lubricity improver, static dissipator]"),
        fuel("supplier", ""),
    ]));
    let why = reason(&p, "lot", "supplier", "interchangeability");
    assert_eq!(
        (why.verdict, why.message.as_str()),
        (
            RuleVerdict::Warning,
            "both meet every mandatory requirement of STANAG 1135 and give the same answer with \
             every other item loaded here; yet what only a recommended requirement judges is \
             stated by one and not the other: supplier does not state fuel_additives, which lot \
             states (icing inhibitor, corrosion inhibitor/lubricity improver, static dissipator) \
             and STANAG-1135/f34-icing-inhibitor, STANAG-1135/f34-corrosion-inhibitor and \
             STANAG-1135/f34-static-dissipator recommend"
        )
    );
}

/// Which requirement's severity decides whether a requirement that applies to one of two items
/// and not to the other keeps them from replacing each other: that of the requirement whose
/// condition tells them apart. MIL-STD-2088's only condition on `ejected` is a recommendation
/// (*may*): a compliant store need not meet it, so it asks nothing the other must meet in its
/// place. A bomb and a pod on 30 in lugs stay interchangeable with a warning, though the pod
/// does not meet the recommendation (30 in is not among the suspensions it names) and the bomb
/// would not either; a pod on 14 in lugs and a bomb on 30 in are not interchangeable, by the
/// mandatory mass limit their lugs decide, not by the recommendation.
#[test]
fn the_severity_of_the_requirement_whose_condition_tells_two_items_apart_decides() {
    let store = |id: &str, lugs: &str, ejected: &str| {
        item(
            id,
            "store",
            &format!(
                "store_mass: 500 lb, suspension: {lugs}, ejected: {ejected}, \
                 store_aircraft_clearance: 40 mm, store_store_clearance: 40 mm"
            ),
        )
    };
    let p = pairs(&items(&[
        store("pod", "14 in", "false"),
        store("bomb-30", "30 in", "true"),
        store("pod-30", "30 in", "false"),
    ]));
    assert_eq!(level(&p, "bomb-30", "pod-30"), Some(Level::Interchangeable));
    let why = reason(&p, "bomb-30", "pod-30", "interchangeability");
    assert_eq!(
        (why.verdict, why.message.as_str()),
        (
            RuleVerdict::Warning,
            "both meet every mandatory requirement of MIL-STD-1289, MIL-STD-2088 and give the same \
             answer with every other item loaded here; yet a recommended requirement tells them \
             apart: MIL-STD-2088/unejected-suspension applies to pod-30 (when ejected = false) and \
             not to bomb-30, whose ejected is true"
        )
    );
    assert_eq!(level(&p, "pod", "bomb-30"), Some(Level::NotInterchangeable));
    assert_eq!(
        reason(&p, "pod", "bomb-30", "interchangeability").message,
        "not interchangeable: MIL-STD-2088/store-14in-mass applies to pod (when suspension = 14 \
         in) and not to bomb-30, whose suspension is 30 in"
    );
}

/// A whole number's trailing zeros are read both ways for two items of one kind together with
/// a third: a store of 1024 kg beside a rack rated `1020 kg` (exceeded as written, within ±5 kg
/// if rounded) and one rated `1030 kg`: the reason names the reading in which the two racks are
/// alike and the one in which they are not, where it said the first rack lacked data. Two racks
/// rated `1020 kg` alike are read alike: their figures' precision is no difference they state.
#[test]
fn trailing_zeros_are_read_together_for_two_items_of_one_kind() {
    let rack = |id: &str, rating: &str| {
        item(
            id,
            "bomb-rack",
            &format!(
                "hook_spacings: [14 in, 30 in], bru_type: Type II, max_store_mass_14in: 1450 lb, \
                 max_store_mass_30in: 5000 lb, max_store_mass: {rating}"
            ),
        )
    };
    let p = pairs(&items(&[
        rack("ra", "1020 kg"),
        rack("rb", "1020 kg"),
        rack("rc", "1030 kg"),
        item(
            "st",
            "store",
            "store_mass: 1024 kg, suspension: 30 in, ejected: true, \
             store_aircraft_clearance: 40 mm, store_store_clearance: 40 mm",
        ),
    ]));
    assert_eq!(level(&p, "ra", "st"), Some(Level::Unknown));
    assert_eq!(level(&p, "ra", "rc"), Some(Level::Unknown));
    assert_eq!(
        reason(&p, "ra", "rc", "interchangeability").message,
        "whether one can replace the other is not known: with st, as their figures are read: read \
         with ra `1020 kg` rounded (±5 kg), ra passes PAIR/store-mass only with a warning and rc \
         passes it; read as written, ra fails it and rc passes it"
    );
    assert_eq!(level(&p, "ra", "rb"), Some(Level::Interchangeable));
    assert_eq!(
        reason(&p, "ra", "rb", "interchangeability").verdict,
        RuleVerdict::Pass
    );
}

/// A standard that judges only the items that claim it (STANAG 4439, insensitive munitions)
/// makes no interface in common for items that do not: two conventional shells are paired by
/// the standards that judge them, and not held to the policy; an IM shell that claims it is
/// judged by another set of standards than they are, so it is not called interchangeable with
/// them.
#[test]
fn an_unclaimed_policy_is_no_interface_in_common() {
    let shell = |id: &str, claims: &str, props: &str| {
        format!(
            "  - {{ id: {id}, name: {id}, nation: DEU, kind: munition, claims: [{claims}], \
             properties: {{ munition_type: artillery projectile, hazard_division: \"1.1\", \
             compatibility_group: D, fuze_well_thread: 2-12 UNS{props} }} }}\n"
        )
    };
    let pairs = pairs(&items(&[
        shell(
            "im",
            "STANAG 4123, STANAG 4439",
            ", im_reaction_fco: V, im_reaction_sco: V, im_reaction_bi: V, im_reaction_fi: V, \
             im_reaction_sr: III, im_reaction_scj: IV",
        ),
        shell("legacy-1", "STANAG 4123", ", im_reaction_fco: III"),
        shell("legacy-2", "STANAG 4123", ""),
    ]));
    assert_eq!(
        level(&pairs, "legacy-1", "legacy-2"),
        Some(Level::Interchangeable)
    );
    let legacy = seen_from(&pairs, "legacy-1", "legacy-2");
    assert_eq!(
        &*legacy.reasons[0].message,
        "both meet every mandatory requirement of MIL-STD-333, STANAG 4123, STANAG 4170 and give \
         the same answer with every other item loaded here"
    );
    assert_eq!(level(&pairs, "im", "legacy-1"), None);
    assert_eq!(level(&pairs, "im", "legacy-2"), None);
}

/// Two items that share an NSN are one item only if their sheets agree, and their figures are
/// compared as the pair rules compare figures: in one unit (`2.65 lb` is `1.2 kg`), within the
/// coarser precision, and in every reading their files allow. Where the answer rests on where a
/// figure lies within its precision (`1.2 kg`, ±0.05 kg, beside `1.13 kg`: 5.8 % apart as
/// written, 1.7 % at 1.15 kg), or on how a figure is read (`1.200 kg` on two sheets: 1.2 kg, or
/// 1200 kg on one of them), whether they are one item is unknown, said with the readings, and
/// they are judged as two items; it was "their sheets differ", or "the same item".
#[test]
fn a_shared_nsn_is_compared_in_one_unit_within_precision_and_in_every_reading() {
    let store = |id: &str, mass: &str| {
        item(
            id,
            "store",
            &format!(
                "store_mass: {mass}, suspension: 14 in, ejected: true, \
                 store_aircraft_clearance: 30 mm, store_store_clearance: 30 mm"
            ),
        )
        .replace("kind: store", "kind: store\n    nsn: 1325-00-123-4567")
    };
    let p = pairs(&items(&[
        store("kg", "1.2 kg"),
        store("lb", "2.65 lb"),
        store("coarse", "1.13 kg"),
        store("fine", "1.130 kg"),
    ]));
    assert_eq!(level(&p, "kg", "lb"), Some(Level::Commonality));
    let coarse = reason(&p, "kg", "coarse", "commonality/nsn");
    assert_eq!(
        (coarse.verdict, coarse.message.as_str()),
        (
            RuleVerdict::Unknown,
            "both carry NSN 1325-00-123-4567, yet whether their sheets agree is not known: \
             store_mass (1.2 kg and 1.13 kg): 1.2 kg is quoted too coarsely to tell whether they \
             are within 5 % of each other, and they are judged as two items"
        )
    );
    // judged as two items, which nothing loaded tells apart
    assert_eq!(level(&p, "kg", "coarse"), Some(Level::Interchangeable));
    // 2.65 lb (±0.005 lb) and 1.13 kg are more than 5 % apart wherever 2.65 lb lies
    let differ = reason(&p, "lb", "coarse", "commonality/nsn");
    assert_eq!(
        (differ.verdict, differ.message.as_str()),
        (
            RuleVerdict::Warning,
            "both carry NSN 1325-00-123-4567, yet their sheets differ: store_mass (2.65 lb and \
             1.13 kg = 2.49 lb); the one identifier, or a figure, is likely wrong, and they are \
             judged as two items"
        )
    );
    assert_eq!(level(&p, "coarse", "fine"), Some(Level::Commonality));

    // `1.200 kg` on two sheets: alike as read, 1200 kg and 1.2 kg if one sheet groups thousands
    let p = pairs_of(&[
        ("a.yaml", items(&[store("sa", "1.200 kg")])),
        ("b.yaml", items(&[store("sb", "1.200 kg")])),
    ]);
    let read = reason(&p, "sa", "sb", "commonality/nsn");
    assert_eq!(
        (read.verdict, read.message.as_str()),
        (
            RuleVerdict::Unknown,
            "both carry NSN 1325-00-123-4567, yet whether their sheets agree rests on how a \
             figure is read: `1.200 kg` may be 1.2 kg or 1200 kg: as 1.2 kg, their sheets agree; \
             as 1200 kg, their sheets differ: store_mass (1200 kg and 1.200 kg); write 1.2 kg or \
             1200 kg, and they are judged as two items"
        )
    );
    assert_eq!(level(&p, "sa", "sb"), Some(Level::Unknown));
    // one sheet reads its points one way: 1.2 kg each, or 1200 kg each
    let p = pairs_of(&[(
        "ab.yaml",
        items(&[store("sa", "1.200 kg"), store("sb", "1.200 kg")]),
    )]);
    assert_eq!(level(&p, "sa", "sb"), Some(Level::Commonality));
}

/// A figure beside another in a pair's reason is shown in the other's unit to the digits that
/// keep it on its side of that figure, and as that figure where it is it: `1 in` beside
/// `25.4 mm` is `25.4 mm`, not `25 mm`, which reads below it.
#[test]
fn a_figure_exactly_the_others_reads_as_it_in_a_pairs_reason() {
    let store = |id: &str, clearance: &str| {
        item(
            id,
            "store",
            &format!(
                "store_mass: 250 kg, suspension: 14 in, ejected: true, \
                 store_aircraft_clearance: {clearance}, store_store_clearance: 30 mm"
            ),
        )
        .replace("kind: store", "kind: store\n    nsn: 1325-00-123-4567")
    };
    let p = pairs(&items(&[store("mm", "25.4 mm"), store("in", "1 in")]));
    let nsn = reason(&p, "mm", "in", "commonality/nsn");
    assert_eq!(
        (nsn.verdict, nsn.message.as_str()),
        (
            RuleVerdict::Unknown,
            "both carry NSN 1325-00-123-4567, yet whether their sheets agree is not known: \
             store_aircraft_clearance (25.4 mm and 1 in = 25.4 mm): 1 in is quoted too coarsely \
             to tell whether they are within 5 % of each other, and they are judged as two items"
        )
    );
}

/// Two compliant items that state different values of what only a recommended requirement
/// judges are interchangeable, with a warning naming the requirement and both values: two F-34
/// fuels made to the two specifications STANAG 1135 recommends, one that lists no icing
/// inhibitor, which it recommends, and two pallets on either side of 463L's recommended cargo
/// mass (each was a plain pass).
#[test]
fn different_values_under_a_recommended_requirement_are_a_warning() {
    let f34 = |id: &str, specification: &str, additives: &str| {
        item(
            id,
            "fuel",
            &format!(
                "nato_code: F-34, relative_density: 0.80, flash_point: 40 °C, specification: \
                 {specification}, fuel_additives: [{additives}]"
            ),
        )
    };
    let all = "icing inhibitor, corrosion inhibitor/lubricity improver, static dissipator";
    let p = pairs(&items(&[
        f34("jp8", "MIL-DTL-83133", all),
        f34("avtur", "DEF STAN 91-87", all),
        f34("jp8-b", "MIL-DTL-83133", all),
        f34(
            "no-fsii",
            "MIL-DTL-83133",
            "corrosion inhibitor/lubricity improver, static dissipator",
        ),
    ]));
    let said = |a: &str, b: &str| {
        let why = reason(&p, a, b, "interchangeability");
        (level(&p, a, b), why.verdict, why.message.clone())
    };
    let shared = "both meet every mandatory requirement of STANAG 1135 and give the same answer \
                  with every other item loaded here; yet a recommended requirement tells them \
                  apart: ";
    assert_eq!(
        said("jp8", "avtur"),
        (
            Some(Level::Interchangeable),
            RuleVerdict::Warning,
            format!(
                "{shared}jp8 specification MIL-DTL-83133 and avtur specification DEF STAN 91-87 \
                 meet STANAG-1135/f34-specification (one of MIL-DTL-83133, DEF STAN 91-87) \
                 by different values"
            )
        )
    );
    assert_eq!(
        said("jp8", "no-fsii"),
        (
            Some(Level::Interchangeable),
            RuleVerdict::Warning,
            format!(
                "{shared}jp8 fuel_additives [icing inhibitor, corrosion inhibitor/lubricity \
                 improver, static dissipator] meets STANAG-1135/f34-icing-inhibitor (includes \
                 icing inhibitor), no-fsii fuel_additives [corrosion inhibitor/lubricity improver, \
                 static dissipator] does not"
            )
        )
    );
    // a figure on each side of a recommended limit: 463L's 7,500 lb of cargo, for pallet life
    let pallet = |id: &str, cargo: &str| {
        item(
            id,
            "pallet",
            &format!(
                "pallet_type: 463L HCU-6/E, outside_length: 108 in, outside_width: 88 in, \
                 pallet_thickness: 2.25 in, usable_length: 104 in, usable_width: 84 in, \
                 empty_mass: 290 lb, mass_with_nets: 355 lb, tie_down_rings: 22, ring_rating: \
                 7500 lb, cargo_height: 80 in, cargo_mass: {cargo}"
            ),
        )
    };
    let pallets = pairs(&items(&[
        pallet("light", "3200 kg"),
        pallet("heavy", "8000 lb"),
        pallet("lighter", "3000 kg"),
    ]));
    let said_of = |a: &str, b: &str| {
        let why = reason(&pallets, a, b, "interchangeability");
        (level(&pallets, a, b), why.verdict, why.message.clone())
    };
    let plainly = "both meet every mandatory requirement of 463L and give the same answer with \
                   every other item loaded here";
    assert_eq!(
        said_of("light", "heavy"),
        (
            Some(Level::Interchangeable),
            RuleVerdict::Warning,
            format!(
                "{plainly}; yet a recommended requirement tells them apart: light cargo_mass \
                 3200 kg meets 463L/cargo-recommended (≤ 7500 lb), heavy cargo_mass 8000 lb does \
                 not"
            )
        )
    );
    // two figures on one side of it: a plain pass
    assert_eq!(
        said_of("light", "lighter"),
        (
            Some(Level::Interchangeable),
            RuleVerdict::Pass,
            plainly.to_string()
        )
    );
    // the same values: a plain pass
    assert_eq!(
        said("jp8", "jp8-b"),
        (
            Some(Level::Interchangeable),
            RuleVerdict::Pass,
            "both meet every mandatory requirement of STANAG 1135 and give the same answer with \
             every other item loaded here"
                .to_string()
        )
    );
}

/// A weapon's `71.10 mm` is the metric rounding of a round's `2.800 in` (71.12 mm, to 0.1 mm
/// 71.1 mm) written with a trailing zero: the two may be one nominal, a warning, not a failure
/// (UAT 24: the MG5 and the M80). Only across unit systems, only within the coarser rounding's
/// half-step, only where the rounded figure is written no coarser than the other: a round 0.5 mm
/// longer, or a `2.2602 in` against `57.40 mm` (see above), still fails.
#[test]
fn a_figure_that_is_the_rounding_of_the_others_conversion_is_a_warning() {
    let p = pairs(&items(&[
        item(
            "mg",
            "weapon",
            "cartridge: 7.62x51mm NATO, max_cartridge_length: 71.10 mm",
        ),
        item(
            "m80",
            "cartridge",
            "cartridge: 7.62x51mm NATO, overall_length: 2.800 in",
        ),
        item(
            "long",
            "cartridge",
            "cartridge: 7.62x51mm NATO, overall_length: 2.820 in",
        ),
        item(
            "long-mm",
            "cartridge",
            "cartridge: 7.62x51mm NATO, overall_length: 71.12 mm",
        ),
    ]));
    let pair = seen_from(&p, "mg", "m80");
    assert_eq!(pair.level, Level::Compatible);
    assert!(pair.has_warning());
    let r = reason_of(&p, "mg", "m80", "PAIR/cartridge-length");
    assert_eq!(r.verdict, RuleVerdict::Warning);
    assert_eq!(
        r.message,
        "m80 overall_length 2.800 in (= 71.12 mm) exceeds mg max_cartridge_length 71.10 mm by \
         0.02 mm, but 2.800 in is 71.12 mm, which rounds to 71.1 mm: mg's 71.10 mm may be that \
         rounding of the same nominal; check the weapon's drawing"
    );
    assert_eq!(level(&p, "mg", "long"), Some(Level::Incompatible));
    // two figures in one unit are no rounding of a conversion
    assert_eq!(level(&p, "mg", "long-mm"), Some(Level::Incompatible));
}

#[test]
fn a_non_compliant_round_does_not_decide_whether_two_compliant_weapons_replace_each_other() {
    // 57.45 mm is over STANAG 4172's 57.40 mm: pol-556 fails its own standard, and only it
    // tells the two rifles apart (57.40 mm is a plain fail against it, 57.4 mm a warning)
    let rifles = [
        item(
            "deu-g36",
            "weapon",
            "magazine_interface: STANAG 4179, cartridge: 5.56x45mm NATO, max_cartridge_length: 57.40 mm",
        ),
        item(
            "pol-msbs",
            "weapon",
            "magazine_interface: STANAG 4179, cartridge: 5.56x45mm NATO, max_cartridge_length: 57.4 mm",
        ),
    ];
    let round = item(
        "pol-556",
        "cartridge",
        "cartridge: 5.56x45mm NATO, overall_length: 57.45 mm",
    );
    let without = pairs(&items(&rifles));
    assert_eq!(
        level(&without, "deu-g36", "pol-msbs"),
        Some(Level::Interchangeable)
    );
    let mut all = rifles.to_vec();
    all.push(round);
    let p = pairs(&items(&all));
    assert_eq!(
        level(&p, "deu-g36", "pol-msbs"),
        Some(Level::Interchangeable)
    );
    let pair = seen_from(&p, "deu-g36", "pol-msbs");
    assert!(pair.has_warning());
    let flag = reason_of(&p, "deu-g36", "pol-msbs", "item-compliance");
    assert_eq!(flag.verdict, RuleVerdict::Warning);
    assert_eq!(
        flag.message,
        "pol-556 is itself non-compliant with STANAG 4172 (see its results), so it decides \
         nothing between them; with pol-556: deu-g36 fails PAIR/cartridge-length, pol-msbs \
         passes it only with a warning"
    );
    // the round's own pairs are judged as before: the 57.40 mm chamber does not take it
    assert_eq!(level(&p, "deu-g36", "pol-556"), Some(Level::Incompatible));
}

/// The pairs of two rifles, 57.40 mm and 57.4 mm (each rifle's text as `mark` makes it: an NSN, a
/// design), and `rounds` (id, overall length). A round over STANAG 4172's 57.40 mm, and so
/// non-compliant with it, tells the rifles apart: the 57.40 mm chamber does not take it, the
/// 57.4 mm one does within the precision it is quoted to.
fn rifles_and(mark: fn(String) -> String, rounds: &[(&str, &str)]) -> Vec<Pair> {
    let rifle = |id: &str, length: &str| {
        mark(item(
            id,
            "weapon",
            &format!(
                "magazine_interface: STANAG 4179, cartridge: 5.56x45mm NATO, \
                 max_cartridge_length: {length}"
            ),
        ))
    };
    let mut all = vec![rifle("deu-g36", "57.40 mm"), rifle("pol-msbs", "57.4 mm")];
    all.extend(rounds.iter().map(|(id, length)| {
        item(
            id,
            "cartridge",
            &format!("cartridge: 5.56x45mm NATO, overall_length: {length}"),
        )
    }));
    pairs(&items(&all))
}

/// Each reason of the pair of `a` and `b`, told from `a`'s side: its rule, verdict and message.
fn said_of(pairs: &[Pair], a: &str, b: &str) -> Vec<(String, RuleVerdict, String)> {
    seen_from(pairs, a, b)
        .reasons
        .into_iter()
        .map(|r| (r.rule.to_string(), r.verdict, r.message))
        .collect()
}

/// Two rifles of one NSN or design that only a round non-compliant with its own standard tells
/// apart are the same item, and the warning says so, as of two rifles of neither: it was
/// "commonality" with no word of the round.
#[test]
fn a_non_compliant_round_decides_nothing_between_two_weapons_of_one_nsn_or_design() {
    let nsn: fn(String) -> String =
        |text| text.replace("kind: weapon", "kind: weapon\n    nsn: 1005-12-345-6789");
    let design: fn(String) -> String =
        |text| text.replace("properties: {", "properties: { design: MSBS-5.56,");
    let flag = |rule: &str, said: &str| {
        vec![
            (rule.to_string(), RuleVerdict::Pass, said.to_string()),
            (
                "item-compliance".to_string(),
                RuleVerdict::Warning,
                "pol-556 is itself non-compliant with STANAG 4172 (see its results), so it \
                 decides nothing between them; with pol-556: deu-g36 fails \
                 PAIR/cartridge-length, pol-msbs passes it only with a warning"
                    .to_string(),
            ),
        ]
    };
    for (mark, rule, said) in [
        (nsn, "commonality/nsn", "both carry NSN 1005-12-345-6789"),
        (
            design,
            "commonality/design",
            "both are the design MSBS-5.56",
        ),
    ] {
        let p = rifles_and(mark, &[("pol-556", "57.45 mm")]);
        assert_eq!(level(&p, "deu-g36", "pol-msbs"), Some(Level::Commonality));
        assert_eq!(said_of(&p, "deu-g36", "pol-msbs"), flag(rule, said));
        // with no such round, nothing is said of one
        let p = rifles_and(mark, &[]);
        assert_eq!(
            said_of(&p, "deu-g36", "pol-msbs"),
            [(rule.to_string(), RuleVerdict::Pass, said.to_string())]
        );
    }
}

/// Every non-compliant third item that would have told two items apart is named, in order, not
/// only the first: both rounds over 57.40 mm, each with what it would have said. A round both
/// rifles refuse tells them nothing, and is not named.
#[test]
fn every_non_compliant_third_item_set_aside_is_named() {
    let rounds = [
        ("pol-556", "57.45 mm"),
        ("too-long", "57.60 mm"),
        ("cze-556", "57.42 mm"),
    ];
    let both = "pol-556 and cze-556 are themselves non-compliant with STANAG 4172 (see their \
                results), so they decide nothing between them; with pol-556: deu-g36 fails \
                PAIR/cartridge-length, pol-msbs passes it only with a warning; with cze-556: \
                deu-g36 fails PAIR/cartridge-length, pol-msbs passes it only with a warning";
    let p = rifles_and(|text| text, &rounds);
    assert_eq!(
        level(&p, "deu-g36", "pol-msbs"),
        Some(Level::Interchangeable)
    );
    assert_eq!(
        reason_of(&p, "deu-g36", "pol-msbs", "item-compliance").message,
        both
    );
    // of one NSN too
    let p = rifles_and(
        |text| text.replace("kind: weapon", "kind: weapon\n    nsn: 1005-12-345-6789"),
        &rounds,
    );
    assert_eq!(level(&p, "deu-g36", "pol-msbs"), Some(Level::Commonality));
    assert_eq!(
        reason_of(&p, "deu-g36", "pol-msbs", "item-compliance").message,
        both
    );
}

/// The report's pair notices, with its pairs.
fn pair_notices(yaml: &str) -> (Vec<Pair>, Vec<String>) {
    let catalogue = Catalogue::builtin().expect("catalogue");
    let checked = check_texts(&catalogue, &[("pairs.yaml".to_string(), yaml.to_string())]);
    assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
    (checked.report.pairs, checked.report.pair_notices)
}

/// A truck that does not state its trailer connector beside eight trailers: each of the eight
/// pairs stays unknown with its own reason, and one notice says it once, with the property's
/// values; where another rule decides one pair (a 12 V trailer, incompatible), it counts the
/// pairs it leaves unknown among those it leaves the rule unknown in. A figure that leaves one
/// pair unknown (a trailer of no connector) is told by that pair alone, and so is what decides
/// whether a rule applies where it leaves one pair unknown. (Each states its earth polarity,
/// which `PAIR/trailer-earth-polarity` would otherwise leave unknown as well.)
#[test]
fn a_figure_that_leaves_many_pairs_unknown_is_told_once() {
    let trailer = |n: usize, props: &str| item(&format!("trailer-{n}"), "trailer", props);
    let mut list = vec![item(
        "usa-m1083",
        "vehicle",
        "system_voltage: 24 V, earth_polarity: negative",
    )];
    list.extend((1..=8).map(|n| {
        trailer(
            n,
            "trailer_connector: NATO 12-pin, supply_voltage: 24 V, earth_polarity: negative",
        )
    }));
    let (p, notices) = pair_notices(&items(&list));
    for n in 1..=8 {
        let other = format!("trailer-{n}");
        assert_eq!(level(&p, "usa-m1083", &other), Some(Level::Unknown));
        assert_eq!(
            reason(&p, "usa-m1083", &other, "PAIR/trailer-connector").message,
            "usa-m1083 does not state trailer_connector"
        );
    }
    assert_eq!(
        notices,
        ["usa-m1083 does not state trailer_connector, so its 8 pairs with a trailer are unknown: \
          add trailer_connector (one of STANAG 4007, other)"]
    );

    // one trailer of 12 V (incompatible by voltage) and one of no connector
    list[1] = trailer(
        1,
        "trailer_connector: NATO 12-pin, supply_voltage: 12 V, earth_polarity: negative",
    );
    list[2] = trailer(2, "supply_voltage: 24 V, earth_polarity: negative");
    let (p, notices) = pair_notices(&items(&list));
    assert_eq!(
        level(&p, "usa-m1083", "trailer-1"),
        Some(Level::Incompatible)
    );
    assert_eq!(
        reason(&p, "usa-m1083", "trailer-2", "PAIR/trailer-connector").message,
        "usa-m1083 does not state trailer_connector; trailer-2 does not state trailer_connector"
    );
    assert_eq!(
        notices,
        [
            "usa-m1083 does not state trailer_connector, so 7 of its 8 pairs with a trailer are \
          unknown: add trailer_connector (one of STANAG 4007, other)"
        ]
    );

    // a vehicle stating its connector: nothing to say
    list[0] = item(
        "usa-m1083",
        "vehicle",
        "system_voltage: 24 V, trailer_connector: STANAG 4007, earth_polarity: negative",
    );
    assert_eq!(pair_notices(&items(&list)).1, Vec::<String>::new());

    // what decides whether a rule applies, left unstated with two crossings and with one
    let bridge = |id: &str| item(id, "crossing", "mlc: 60, mlc_tracked: 70, mlc_wheeled: 80");
    let (_, notices) = pair_notices(&items(&[
        item("no-gear-heavy", "vehicle", "mlc: 75"),
        bridge("bridge-1"),
        bridge("bridge-2"),
    ]));
    assert_eq!(
        notices,
        ["no-gear-heavy does not state running_gear, so its 2 pairs with a crossing are unknown: \
          add running_gear (one of wheeled, tracked)"]
    );
    let (_, notices) = pair_notices(&items(&[
        item("no-gear-heavy", "vehicle", "mlc: 75"),
        bridge("bridge-1"),
    ]));
    assert_eq!(notices, Vec::<String>::new());
}

/// A ground power unit's plug and an aircraft's receptacle are weighed before pins E and F:
/// AFGS-87219B §3.2.5 d gives 28 V DC receptacles to SAE-AS35061 and 115 V 400 Hz ones to
/// SAE-AS90362, two connectors (UAT 26: an SAE-AS35061 unit was compatible with an SAE-AS90362
/// aircraft because both said pins E and F carry 28 V DC).
#[test]
fn a_ground_power_units_plug_must_be_for_the_aircrafts_receptacle() {
    let gpu = |id: &str, receptacle: &str| {
        item(
            id,
            "ground-power-unit",
            &format!("external_power_receptacle: {receptacle}, pins_ef_supply: 28 V DC"),
        )
    };
    let p = pairs(&items(&[
        item(
            "ac-90362",
            "aircraft",
            "external_power_receptacle: SAE-AS90362, pins_ef_supply: 28 V DC",
        ),
        item("ac-unstated", "aircraft", "pins_ef_supply: 28 V DC"),
        gpu("gpu-35061", "SAE-AS35061"),
        gpu("gpu-90362", "SAE-AS90362"),
        gpu("gpu-3302", "STANAG 3302"),
        gpu("gpu-other", "other"),
        item(
            "ac-other",
            "aircraft",
            "external_power_receptacle: other, pins_ef_supply: 28 V DC",
        ),
    ]));
    let rule = "PAIR/external-power-receptacle";
    // the receptacles come first, then the pins
    let rules: Vec<String> = seen_from(&p, "gpu-35061", "ac-90362")
        .reasons
        .iter()
        .map(|r| r.rule.to_string())
        .collect();
    assert_eq!(rules, [rule, "PAIR/external-power-pins"]);
    assert_eq!(
        level(&p, "gpu-35061", "ac-90362"),
        Some(Level::Incompatible)
    );
    let told = reason_of(&p, "gpu-35061", "ac-90362", rule);
    assert_eq!(told.verdict, RuleVerdict::Fail);
    assert_eq!(
        told.message,
        "the ground power unit's plug is to SAE-AS35061 (28 V DC external power) and the \
         aircraft's receptacle to SAE-AS90362 (115 V 400 Hz): AFGS-87219B gives them as two \
         connectors"
    );
    assert_eq!(level(&p, "gpu-90362", "ac-90362"), Some(Level::Compatible));
    // a cancelled STANAG 3302 plug: no public source gives its fit with a current receptacle
    // (its figures are not public; AFGS-87219B says the SAE receptacles comply with the NATO
    // agreements), which is unknown, said by the rule's own case, with what to check; not a
    // pass with only a warning that the unit is non-compliant, nor incompatible for want of a
    // listed fit (it was: "no known fit between …")
    assert_eq!(level(&p, "gpu-3302", "ac-90362"), Some(Level::Unknown));
    let cancelled = reason_of(&p, "gpu-3302", "ac-90362", rule);
    assert_eq!(cancelled.verdict, RuleVerdict::Unknown);
    assert_eq!(
        cancelled.message,
        "no public source gives the fit between a plug to STANAG 3302 (cancelled) and a \
         receptacle to SAE-AS90362: AFGS-87219B says the SAE receptacles comply with the NATO \
         agreements and that STANAG 3302 and 3303 are cancelled, not which fits which; check \
         the items' drawings"
    );
    assert!(
        cancelled.source.starts_with("AFGS-87219B appendix A"),
        "{}",
        cancelled.source
    );
    // a plug or a receptacle the list names only as `other`: no fit is known either way, which
    // is unknown, not incompatible (`other` against `other` may well be one connector)
    for (gpu, aircraft) in [
        ("gpu-other", "ac-other"),
        ("gpu-other", "ac-90362"),
        ("gpu-90362", "ac-other"),
    ] {
        assert_eq!(
            level(&p, gpu, aircraft),
            Some(Level::Unknown),
            "{gpu} {aircraft}"
        );
        assert_eq!(
            reason_of(&p, gpu, aircraft, rule).verdict,
            RuleVerdict::Unknown
        );
    }
    assert_eq!(
        reason_of(&p, "gpu-other", "ac-90362", rule).message,
        "gpu-other external_power_receptacle other and ac-90362 external_power_receptacle \
         SAE-AS90362: the catalogue knows no fit for `other`; check the items' drawings"
    );
    // an aircraft that does not state its receptacle: unknown, saying what to add
    assert_eq!(level(&p, "gpu-90362", "ac-unstated"), Some(Level::Unknown));
    let unknown = reason_of(&p, "gpu-90362", "ac-unstated", rule);
    assert_eq!(unknown.verdict, RuleVerdict::Unknown);
    assert!(
        unknown.message.contains("ac-unstated")
            && unknown.message.contains("external_power_receptacle"),
        "{}",
        unknown.message
    );
}

/// A figure the item's own check weighed both ways to one plain pass is read in its pairs as the
/// check read it: a Type II rack rated `1,450 lb` on its 14 in hooks meets MIL-STD-2088's
/// ≤ 1450 lb, and a store of 658.2 kg (1451.1 lb), itself over that 1450 lb, exceeds it (UAT 26:
/// the pair read the rating's trailing zero as rounding, ±5 lb, and was unknown). A rating the
/// check does not judge (a rack that states no type) is still weighed both ways.
#[test]
fn a_figure_the_check_passed_as_written_is_read_so_by_a_pair() {
    let rack = |id: &str, bru_type: &str| {
        item(
            id,
            "bomb-rack",
            &format!(
                "{bru_type}hook_spacings: [14 in, 30 in], max_store_mass_14in: \"1,450 lb\", \
                 max_store_mass_30in: \"5,000 lb\""
            ),
        )
    };
    let p = pairs(&items(&[
        rack("typed", "bru_type: Type II, "),
        rack("untyped", ""),
        item(
            "heavy",
            "store",
            "store_mass: 658.2 kg, suspension: 14 in, ejected: true, \
             store_aircraft_clearance: 26 mm, store_store_clearance: 26 mm",
        ),
    ]));
    assert_eq!(level(&p, "typed", "heavy"), Some(Level::Incompatible));
    let typed = reason_of(&p, "typed", "heavy", "PAIR/store-mass-14in");
    assert_eq!(typed.verdict, RuleVerdict::Fail);
    assert_eq!(
        typed.message,
        "heavy store_mass 658.2 kg (= 1451.1 lb) exceeds typed max_store_mass_14in 1,450 lb by 1.1 lb"
    );
    assert_eq!(level(&p, "untyped", "heavy"), Some(Level::Unknown));
    assert!(reason_of(&p, "untyped", "heavy", "PAIR/store-mass-14in")
        .message
        .starts_with("untyped max_store_mass_14in `1,450 lb` as written (±0.5 lb): "));
}

/// Two Link 16 terminals that each meet STANAG 5516's list of terminals by another one (a MIDS
/// and a JTIDS) are not interchangeable by README's rule, and the reason says what was decided:
/// they meet it by different values, so neither is known to replace the other (UAT 26: it read
/// "each meets … by another of the values it allows", beside a legend that spoke of a third
/// item, where there was none).
#[test]
fn two_terminals_that_meet_a_list_by_different_values_say_so() {
    let terminal = |id: &str, kind: &str| {
        item(
            id,
            "data-link",
            &format!(
                "data_link: Link 16, message_standard: J-series, link16_terminal: {kind}, \
                 operating_frequency_min: 969 MHz, operating_frequency_max: 1206 MHz, \
                 hop_frequencies: 51, hop_spacing: 3 MHz, time_slot: 7.8125 ms, \
                 frame_length: 12 s, slots_per_frame: 1536, frames_per_epoch: 64, \
                 epoch_length: 12.8 min"
            ),
        )
    };
    let p = pairs(&items(&[
        terminal("mids", "MIDS"),
        terminal("jtids", "JTIDS"),
    ]));
    assert_eq!(level(&p, "mids", "jtids"), Some(Level::NotInterchangeable));
    let why = reason_of(&p, "mids", "jtids", "interchangeability");
    assert_eq!(
        (why.verdict, why.message.as_str()),
        (
            RuleVerdict::Fail,
            "not interchangeable: they meet STANAG-5516/terminal (one of JTIDS, MIDS) by \
             different values, so neither is known to replace the other: mids link16_terminal \
             MIDS, jtids link16_terminal JTIDS"
        )
    );
}

/// Two stores on different lugs that also meet MIL-STD-1760's list of classes by different
/// values are told apart by both: the class, and the lugs MIL-STD-2088 judges their masses by
/// (UAT 26: only the class was said, though README gives the lugs as a reason of their own).
#[test]
fn every_reason_that_tells_two_items_apart_is_given() {
    let store = |id: &str, lugs: &str, class: &str| {
        item(
            id,
            "store",
            &format!(
                "store_mass: 300 kg, suspension: {lugs}, ejected: true, \
                 store_aircraft_clearance: 30 mm, store_store_clearance: 30 mm, \
                 interface_point: MSI, mil_std_1760_class: \"{class}\""
            ),
        )
    };
    let p = pairs(&items(&[
        store("on-14", "14 in", "I"),
        store("on-30", "30 in", "II"),
        store("other-14", "14 in", "II"),
    ]));
    assert_eq!(level(&p, "on-14", "on-30"), Some(Level::NotInterchangeable));
    let why = reason_of(&p, "on-14", "on-30", "interchangeability");
    assert_eq!(
        (why.verdict, why.message.as_str()),
        (
            RuleVerdict::Fail,
            "not interchangeable: they meet MIL-STD-1760/interface-class (one of I, II) by \
             different values, so neither is known to replace the other: on-14 \
             mil_std_1760_class I, on-30 mil_std_1760_class II; MIL-STD-2088/store-14in-mass \
             applies to on-14 (when suspension = 14 in) and not to on-30, whose suspension is \
             30 in"
        )
    );
    assert_eq!(
        (why.a_value.as_deref(), why.b_value.as_deref()),
        (
            Some("mil_std_1760_class I, suspension 14 in"),
            Some("mil_std_1760_class II, suspension 30 in")
        )
    );
    // on the same lugs, the class alone
    assert!(reason_of(&p, "on-14", "other-14", "interchangeability")
        .message
        .ends_with("other-14 mil_std_1760_class II"));
}

/// An item that states what a rule compares, and is left unknown by it beside a third item
/// because its figure reads two ways, is not said to lack data for it (UAT 26: "usa-bru-61
/// lacks data for it" of a rack that stated its `1,450 lb`).
#[test]
fn an_item_that_states_the_figure_is_not_said_to_lack_data() {
    let rack = |id: &str, rating: &str| {
        item(
            id,
            "bomb-rack",
            &format!(
                "hook_spacings: [14 in, 30 in], ejector_pistons: 2, max_store_mass: 5000 lb, \
                 max_store_mass_14in: \"{rating}\""
            ),
        )
    };
    let p = pairs(&items(&[
        rack("ra", "1,450 lb"),
        rack("rd", "1,445 lb"),
        item(
            "st",
            "store",
            "store_mass: 658.2 kg, suspension: 14 in, ejected: true, \
             store_aircraft_clearance: 26 mm, store_store_clearance: 26 mm",
        ),
    ]));
    assert_eq!(
        reason_of(&p, "ra", "rd", "item-compliance").message,
        "st is itself non-compliant with MIL-STD-2088 (see its results), so it decides nothing \
         between them; with st: ra is left unknown by PAIR/store-mass-14in, rd fails it"
    );
}

/// Two racks that state the same 14 in rating, `1,440 lb`, are read alike beside a store of
/// 1441 lb, whose pair with each is unknown by that figure's trailing zero: a rating the rack's
/// own check settled (`max_store_mass`, which MIL-STD-2088 passes plainly both ways for a
/// two-piston rack) is read as written, as the rack's own pairs read it, and does not set the
/// two apart. It was read as rounding too, so the racks' figures were not alike and one rack
/// was read rounded and the other as written: "with ra `1,440 lb` rounded (±5 lb), ra
/// `4,500 lb` rounded (±5 lb), ra passes it only with a warning and rb fails it", unknown.
#[test]
fn a_figure_the_check_settled_does_not_set_two_items_apart_by_how_another_reads() {
    let rack = |id: &str, rating: &str| {
        item(
            id,
            "bomb-rack",
            &format!(
                "hook_spacings: [14 in, 30 in], ejector_pistons: 2, max_store_mass: \"{rating}\", \
                 max_store_mass_14in: \"1,440 lb\""
            ),
        )
    };
    let p = pairs(&items(&[
        rack("ra", "4,500 lb"),
        rack("rb", "4,800 lb"),
        store("st", "1441 lb"),
    ]));
    // each pair with the store rests on how the rack's `1,440 lb` reads
    for rack in ["ra", "rb"] {
        assert_eq!(level(&p, rack, "st"), Some(Level::Unknown));
    }
    assert_eq!(level(&p, "ra", "rb"), Some(Level::Interchangeable));
    let why = reason_of(&p, "ra", "rb", "interchangeability");
    assert_eq!(why.verdict, RuleVerdict::Warning);
    assert!(!why.message.contains("rounded"), "{}", why.message);
}

/// A negative-earth towing vehicle and a positive-earth trailer (UAT 27: compatible, with nothing
/// said of polarity): STANAG 4007's public summary allows either earth (positive only where
/// labelled) and says nothing more of coupling them, so the pair is compatible only with a
/// warning that names both polarities and what to check; alike, it passes; one that does not
/// state its polarity leaves the pair unknown, saying what to add, as the other trailer rules do.
#[test]
fn a_trailer_of_the_other_earth_polarity_is_compatible_only_with_a_warning() {
    let text = std::fs::read_to_string("tests/kinds/polarity.yaml").expect("fixture");
    let p = pairs(&text);
    let pair = seen_from(&p, "deu-truck-neg", "pol-trailer-pos");
    assert_eq!(pair.level, Level::Compatible);
    assert!(pair.has_warning());
    let polarity = reason_of(
        &p,
        "deu-truck-neg",
        "pol-trailer-pos",
        "PAIR/trailer-earth-polarity",
    );
    assert_eq!(polarity.verdict, RuleVerdict::Warning);
    assert_eq!(
        (polarity.a_value.as_deref(), polarity.b_value.as_deref()),
        (Some("negative"), Some("positive"))
    );
    assert_eq!(
        polarity.message,
        "the towing vehicle is negative earth and the trailer positive earth: STANAG 4007's \
         public summary allows either (positive earth only where labelled) and says nothing of \
         coupling one to the other; check with both makers that the trailer's lamps and any \
         electronics work on a negative-earth supply, and how the two are to be connected, \
         before coupling"
    );
    // the other way round, alike, and unstated
    let connected = "trailer_connector: STANAG 4007, supply_voltage: 24 V";
    let p = pairs(&items(&[
        item(
            "pos-truck",
            "vehicle",
            &format!("{connected}, earth_polarity: positive, polarity_labelled: true"),
        ),
        item(
            "neg-truck",
            "vehicle",
            &format!("{connected}, earth_polarity: negative"),
        ),
        item(
            "neg-trailer",
            "trailer",
            &format!("{connected}, earth_polarity: negative"),
        ),
        item("bare-trailer", "trailer", connected),
    ]));
    let other_way = reason_of(
        &p,
        "pos-truck",
        "neg-trailer",
        "PAIR/trailer-earth-polarity",
    );
    assert_eq!(other_way.verdict, RuleVerdict::Warning);
    assert!(other_way
        .message
        .starts_with("the towing vehicle is positive earth and the trailer negative earth: "));
    assert_eq!(
        level(&p, "pos-truck", "neg-trailer"),
        Some(Level::Compatible)
    );
    assert_eq!(
        level(&p, "neg-truck", "neg-trailer"),
        Some(Level::Compatible)
    );
    assert!(!seen_from(&p, "neg-truck", "neg-trailer").has_warning());
    // an unstated polarity (most sheets leave out the usual negative earth) leaves the pair as
    // the other rules judge it: the rule is optional, since even a known difference only warns
    assert_eq!(
        level(&p, "neg-truck", "bare-trailer"),
        Some(Level::Compatible)
    );
    let bare = seen_from(&p, "neg-truck", "bare-trailer");
    assert!(!bare.has_warning());
    assert!(bare
        .reasons
        .iter()
        .all(|r| &*r.rule != "PAIR/trailer-earth-polarity"));
}
