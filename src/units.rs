//! Units and exact numbers: parses figures as people write them ("62,366 psi", "2.260 in",
//! "-52.6 °F") into exact rationals and converts them between units of one dimension.
//! It never uses floating point for a value that decides a verdict.

use num_rational::Ratio;
use num_traits::{CheckedAdd, CheckedDiv, CheckedMul, CheckedSub, Signed};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::num::IntErrorKind;
use std::sync::OnceLock;

/// An exact rational; overflow is reported, never wrapped.
pub type Exact = Ratio<i128>;

/// |x|, or `None` where negating the numerator would overflow (`i128::MIN`), which
/// `Ratio::abs` would not survive.
pub fn checked_abs(x: &Exact) -> Option<Exact> {
    x.numer().checked_neg()?;
    Some(x.abs())
}

/// `a` against `b`, as [`Ord`] orders them, by cross-multiplying where the products fit: a
/// comparison of fractions runs for every figure weighed, and `Ratio`'s own divides (128-bit
/// division, slow in wasm) where their denominators differ.
pub fn compare(a: &Exact, b: &Exact) -> std::cmp::Ordering {
    compare_parts((*a.numer(), *a.denom()), (*b.numer(), *b.denom())).unwrap_or_else(|| a.cmp(b))
}

/// The fraction `n₁/d₁` against `n₂/d₂` (not necessarily in lowest terms) by cross-multiplying;
/// `None` where a product overflows or a denominator is not above zero.
pub fn compare_parts((n1, d1): (i128, i128), (n2, d2): (i128, i128)) -> Option<std::cmp::Ordering> {
    if d1 <= 0 || d2 <= 0 {
        return None;
    }
    Some(n1.checked_mul(d2)?.cmp(&n2.checked_mul(d1)?))
}

/// `a − b` as a fraction over the product of their denominators (not in lowest terms), in whole
/// numbers; `None` where they overflow or a denominator is not above zero.
pub fn difference_parts(a: &Exact, b: &Exact) -> Option<(i128, i128)> {
    let ((n1, d1), (n2, d2)) = ((*a.numer(), *a.denom()), (*b.numer(), *b.denom()));
    if d1 <= 0 || d2 <= 0 {
        return None;
    }
    Some((
        n1.checked_mul(d2)?.checked_sub(n2.checked_mul(d1)?)?,
        d1.checked_mul(d2)?,
    ))
}

/// A physical dimension a property can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    Length,
    Mass,
    Pressure,
    Velocity,
    Volume,
    Temperature,
    Voltage,
    Current,
    Energy,
    Force,
    Frequency,
    Time,
    DataRate,
    SymbolRate,
    /// Real power, in watts (a generator's kW).
    Power,
    /// Apparent power, in volt-amperes (a ground power unit's kVA): not a power in watts, which
    /// it is only at unity power factor, so never compared with one.
    ApparentPower,
}

impl Dimension {
    pub const ALL: [Dimension; 16] = [
        Dimension::Length,
        Dimension::Mass,
        Dimension::Pressure,
        Dimension::Velocity,
        Dimension::Volume,
        Dimension::Temperature,
        Dimension::Voltage,
        Dimension::Current,
        Dimension::Energy,
        Dimension::Force,
        Dimension::Frequency,
        Dimension::Time,
        Dimension::DataRate,
        Dimension::SymbolRate,
        Dimension::Power,
        Dimension::ApparentPower,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Dimension::Length => "length",
            Dimension::Mass => "mass",
            Dimension::Pressure => "pressure",
            Dimension::Velocity => "velocity",
            Dimension::Volume => "volume",
            Dimension::Temperature => "temperature",
            Dimension::Voltage => "voltage",
            Dimension::Current => "current",
            Dimension::Energy => "energy",
            Dimension::Force => "force",
            Dimension::Frequency => "frequency",
            Dimension::Time => "time",
            Dimension::DataRate => "data-rate",
            Dimension::SymbolRate => "symbol-rate",
            Dimension::Power => "power",
            Dimension::ApparentPower => "apparent-power",
        }
    }

    pub fn from_name(name: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.name() == name)
    }

    /// "a length", "an energy": for messages.
    pub fn with_article(self) -> String {
        let name = self.name();
        let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        format!("{article} {name}")
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A unit: `base = value × factor + offset`, in the SI base unit of its dimension.
#[derive(Debug, PartialEq, Eq)]
pub struct Unit {
    /// How the tool writes it.
    pub symbol: &'static str,
    pub dimension: Dimension,
    factor: (i128, i128),
    offset: (i128, i128),
    /// Other spellings accepted in spec files and the catalogue.
    aliases: &'static [&'static str],
}

const fn u(
    symbol: &'static str,
    dimension: Dimension,
    num: i128,
    den: i128,
    aliases: &'static [&'static str],
) -> Unit {
    Unit {
        symbol,
        dimension,
        factor: lowest(num, den),
        offset: (0, 1),
        aliases,
    }
}

/// `num / den` in lowest terms with a positive denominator, as `Ratio::new` makes it, at
/// compile time: the table's factors are written as their definitions give them (`254 /
/// 10000` m to the inch), and [`Unit::factor`] makes them into fractions without reducing.
const fn lowest(num: i128, den: i128) -> (i128, i128) {
    let (mut a, mut b) = (num.abs(), den.abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    let sign = if den < 0 { -1 } else { 1 };
    (sign * num / a, sign * den / a)
}

use Dimension as D;

/// Standard gravity, g_n = 9.80665 m/s², exact by definition (3rd CGPM, 1901; the kilogram-force
/// and the pound-force are defined by it): the weight of a mass, where a rated load is given as
/// a force ([`Written::weight_as_mass`]).
pub const STANDARD_GRAVITY: (i128, i128) = (980_665, 100_000);

/// Spellings that name more than one unit, each of which a data sheet may mean: refused with
/// the choices rather than read as one of them (a UK sheet's gallon is not a US one).
static AMBIGUOUS: &[(&[&str], &str)] = &[
    (
        &["gal", "gallon", "gallons"],
        "a US gallon (3.785411784 L, `US gal`) or an imperial gallon (4.54609 L, `imp gal`)",
    ),
    (
        &["mil", "mils"],
        "a thousandth of an inch (`thou`) or an angular mil",
    ),
    (
        &["ton", "tons", "tn"],
        "a short ton (907.18474 kg, `short ton`), a long ton (1016.0469088 kg, `long ton`) or a \
         tonne (1000 kg, `t`)",
    ),
    (
        &["st"],
        "a US short ton (907.18474 kg, `short ton`) or a British stone (6.35029318 kg, `stone`)",
    ),
    (&["#"], "a pound (`lb`) on US sheets, or a number"),
    // (the metric horsepower has a symbol of its own, `PS`)
    (
        &["hp", "bhp", "shp"],
        "a mechanical horsepower (745.69987158227022 W) or an electrical one (746 W), either \
         written here in `W` or `kW`, or a metric one (735.49875 W, `PS`)",
    ),
    (
        &["Pfund"],
        "a pound (453.59237 g, `lb`) or the German Pfund of 500 g (write `g`)",
    ),
];

/// Spellings ambiguous only as written, in this case: `T` is the tonne's `t` on one sheet and a
/// US short ton on another (and the tesla's symbol); `C/s` is a coulomb per second (an ampere),
/// or cycles per second with a capital, and `pA` a picoampere, or a pascal.
static AMBIGUOUS_AS_WRITTEN: &[(&str, &str)] = &[
    (
        "T",
        "a tonne (1000 kg, `t`) or, on US sheets, a short ton (907.18474 kg, `short ton`)",
    ),
    // `gr` is the grain; French and German sheets abbreviate the gram so, capitalised
    (
        "Gr",
        "grains (`gr`, 0.06479891 g) or, on French and German sheets, grams (`g`)",
    ),
    (
        "GR",
        "grains (`gr`, 0.06479891 g) or, on French and German sheets, grams (`g`)",
    ),
    // the coulomb's `C` is no cycle's `c`: a coulomb per second is an ampere
    (
        "C/s",
        "coulombs per second, a current (1 C/s is 1 A: write `A`), or cycles per second with a \
         capital C (the hertz: write `Hz`)",
    ),
    (
        "kC/s",
        "kilocoulombs per second, a current (1 kC/s is 1 kA: write `kA`), or kilocycles per \
         second with a capital C (write `kHz`)",
    ),
    (
        "MC/s",
        "megacoulombs per second, a current (1 MC/s is 1000 kA: write `kA`), or megacycles per \
         second with a capital C (write `MHz`)",
    ),
    (
        "mC/s",
        "millicoulombs per second, a current (1 mC/s is 1 mA: write `mA`), or megacycles per \
         second with a small m and a capital C (`Mc/s`: write `MHz`)",
    ),
    // in capitals, the millivolt and the megavolt: neither is a bus voltage, and a sheet that
    // writes one means it (`28000 MV`, `0.000028 MV`), so which is not guessed
    (
        "MV",
        "millivolts (`mV`) or megavolts (a megavolt is 1000 kV: write it in `kV`), as \
         capitals do not tell",
    ),
    // the picosecond's `ps` is no metric horsepower's `PS` (a case-blind match read a time
    // slot's `7.8125 ps` as a power, and a power's `90 ps` as 90 PS)
    (
        "ps",
        "picoseconds, a time (a thousandth of a nanosecond: write it in `ns` or `s`), or the \
         metric horsepower with a small p (write `PS`)",
    ),
    // the picoampere's `p` is no pascal's `P`
    (
        "pA",
        "picoamperes, a current (a millionth of a microampere: write it in `mA` or `A`), or \
         pascals with a small p (write `Pa`)",
    ),
];

/// Symbols that, written in capitals, are the milli- or the mega- unit of one dimension, and are
/// read as the one that is a figure of some property here (no pin carries a megaampere, no
/// chamber pressure is in millipascals): each with the unit it is read as (its name and symbol),
/// its quantity, and the other it may be, which is a factor of 10⁹ away, and which no dimension
/// check catches. (`MV` is refused: [`AMBIGUOUS_AS_WRITTEN`]; `MM` is millimetres and `MS`
/// milliseconds without a word, as no sheet writes megametres or megaseconds; `MJ` is the
/// megajoule's own symbol, read as written: no figure here is in millijoules.)
static READ_FROM_CAPITALS: &[InCapitals] = &[
    InCapitals::new("MA", "milliamperes", "mA", "current", "megaamperes"),
    InCapitals::new("ML", "millilitres", "mL", "volume", "megalitres"),
    InCapitals::new("MHZ", "megahertz", "MHz", "frequency", "millihertz"),
    InCapitals::new("MPA", "megapascals", "MPa", "pressure", "millipascals"),
    InCapitals::new("MBAR", "millibars", "mbar", "pressure", "megabars"),
];

/// A symbol in capitals that is read as one unit and may be another ([`READ_FROM_CAPITALS`]).
struct InCapitals {
    spelling: &'static str,
    /// The unit it is read as, named and by its symbol.
    name: &'static str,
    symbol: &'static str,
    quantity: &'static str,
    /// The unit it may be, 10⁹ away.
    other: &'static str,
}

impl InCapitals {
    const fn new(
        spelling: &'static str,
        name: &'static str,
        symbol: &'static str,
        quantity: &'static str,
        other: &'static str,
    ) -> InCapitals {
        InCapitals {
            spelling,
            name,
            symbol,
            quantity,
            other,
        }
    }

    /// The entry for the unit a figure (or a unit alone) ends in.
    fn of(written: &str) -> Option<&'static InCapitals> {
        let unit = written
            .trim_end()
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()?;
        READ_FROM_CAPITALS.iter().find(|c| c.spelling == unit)
    }
}

/// What a warning says of a figure whose unit, written in capitals, was read as the milli- or
/// the mega- unit ([`READ_FROM_CAPITALS`]): `Some` for `28000 MA`, not for `28 mA` or `5 MM`.
pub fn read_from_capitals(written: &str) -> Option<String> {
    InCapitals::of(written).map(|c| {
        format!(
            "`{}` is read as {} (`{}`): in capitals it may be milli or mega, and no {} here is \
             {}; write `{}`",
            c.spelling, c.name, c.symbol, c.quantity, c.other, c.symbol
        )
    })
}

/// Why a catalogue refuses a figure or a unit written in those capitals ([`read_from_capitals`]
/// is what a spec file is told): a catalogue's limits judge every item, and its own writer
/// mends it, so its unit is written exactly, not read with a warning (`unit = "MPA"`,
/// `max = "430 MPA"`).
pub fn refused_in_capitals(written: &str) -> Option<String> {
    InCapitals::of(written).map(|c| {
        format!(
            "`{}` in capitals may be milli or mega, {} (`{}`) or {}, 10⁹ apart, and a \
             catalogue's unit is not guessed; write `{}`",
            c.spelling, c.name, c.symbol, c.other, c.symbol
        )
    })
}

/// Spellings that are one unit here and another on sheets in other languages: `lt` (long ton;
/// litre in Italian and Spanish), `mt` (tonne; metre). A figure whose dimension is wrong for
/// its property is then asked about the other.
static OTHER_LANGUAGES: &[(&str, &str)] = &[("lt", "L"), ("mt", "m"), ("MT", "m")];

/// Spellings of units of quantities no property has (a vehicle sheet's torque and power), each
/// with its quantity: told as such, never read as, or asked about, a unit they resemble (`Nm` is
/// no nautical mile, `kNm` no kilometre).
static OTHER_QUANTITIES: &[(&[&str], &str)] = &[
    (
        &[
            "Nm", "N·m", "N m", "N-m", "N.m", "kNm", "kN·m", "kN m", "kN-m", "daNm", "in-lb",
            "in-lbs", "in·lb", "in·lbf", "in-lbf", "lbf·in", "lbf-in", "lb-in", "in lb", "in lbs",
        ],
        "torque",
    ),
    (&["Ah", "mAh"], "electric charge"),
    (
        &[
            "m²", "m2", "cm²", "cm2", "mm²", "mm2", "km²", "km2", "in²", "in2", "ft²", "ft2",
            "sq in", "sq ft", "sq m",
        ],
        "area",
    ),
    (&["m/s²", "m/s2", "ft/s²", "ft/s2"], "acceleration"),
];

/// The quantity of `var`, `kvar`, `kVAr`, `Mvar` (volt-amperes reactive): a ground power unit's
/// reactive power, which is no apparent power (VA) nor power (W), though spelt like the one.
pub const REACTIVE_POWER: &str = "reactive power";

/// Whether `unit` is a var, in any case and with a kilo or mega prefix (`var`, `kvar`, `kVAr`,
/// `kVAR`, `Mvar`, `MVAr`): a unit of reactive power (IEC 60050-131-11-44), one letter from an
/// apparent power's `kVA`, which it is not.
fn is_reactive_power(unit: &str) -> bool {
    let bare = ["k", "K", "M"]
        .iter()
        .find_map(|prefix| unit.strip_prefix(prefix))
        .filter(|rest| rest.eq_ignore_ascii_case("var"))
        .unwrap_or(unit);
    bare.eq_ignore_ascii_case("var")
        || ["kilovar", "megavar", "kilovars", "megavars", "vars"]
            .iter()
            .any(|name| unit.eq_ignore_ascii_case(name))
}

/// Knots of an airspeed of one kind (indicated, calibrated, equivalent, true), which an
/// aircraft's sheet writes as its unit: no speed here is one of them unsaid (`KIAS` is no `kips`).
static AIRSPEEDS: &[(&str, &str)] = &[
    ("KIAS", "indicated"),
    ("KCAS", "calibrated"),
    ("KEAS", "equivalent"),
    ("KTAS", "true"),
];

/// Units a sheet writes for another of another dimension: a pound for a pound-force, a kilogram
/// for a kilogram-force, a knot for a kilonewton. A figure whose dimension is wrong for its
/// property is then asked about the other.
static MIXED_UP: &[(&str, &str)] = &[
    ("lb", "lbf"),
    ("lbs", "lbf"),
    ("pound", "lbf"),
    ("pounds", "lbf"),
    ("kg", "kgf"),
    ("kilogram", "kgf"),
    ("kilograms", "kgf"),
    ("kn", "kN"),
    ("kt", "kN"),
    ("lbf", "lb"),
    ("kgf", "kg"),
    ("klb", "kip"),
    ("kip", "klb"),
];

/// Every unit the tool knows. Factors are exact by definition (the international inch, pound and
/// pound-force of 1959; the standard gallon; g_n = 9.80665 m/s²).
static UNITS: &[Unit] = &[
    // length, base metre
    u(
        "µm",
        D::Length,
        1,
        1_000_000,
        &[
            "μm",
            "um",
            "micron",
            "microns",
            "micrometre",
            "micrometres",
            "micrometer",
            "micrometers",
        ],
    ),
    u(
        "mm",
        D::Length,
        1,
        1_000,
        // (and as French and German sheets write it)
        &[
            "millimetre",
            "millimetres",
            "millimeter",
            "millimeters",
            "millimètre",
            "millimètres",
        ],
    ),
    u(
        "cm",
        D::Length,
        1,
        100,
        &[
            "centimetre",
            "centimetres",
            "centimeter",
            "centimeters",
            "centimètre",
            "centimètres",
            "Zentimeter",
        ],
    ),
    u(
        "m",
        D::Length,
        1,
        1,
        &[
            "metre", "metres", "meter", "meters", "mtr", "mtrs", "mètre", "mètres",
        ],
    ),
    u(
        "km",
        D::Length,
        1_000,
        1,
        &["kilometre", "kilometres", "kilometer", "kilometers"],
    ),
    u(
        "in",
        D::Length,
        254,
        10_000,
        &[
            "inch", "inches", "\"", "″", "”", "''", "in.", "Zoll", "pouce", "pouces",
        ],
    ),
    u(
        "ft",
        D::Length,
        3_048,
        10_000,
        &[
            "foot", "feet", "'", "′", "’", "Fuß", "Fuss", "pied", "pieds",
        ],
    ),
    u(
        "thou",
        D::Length,
        254,
        10_000_000,
        &["thousandth of an inch"],
    ),
    u("yd", D::Length, 9_144, 10_000, &["yard", "yards", "yds"]),
    u(
        "mi",
        D::Length,
        1_609_344,
        1_000,
        &["mile", "miles", "statute mile"],
    ),
    u(
        "NM",
        D::Length,
        1_852,
        1,
        &["nmi", "nautical mile", "nautical miles"],
    ),
    // mass, base kilogram
    u("mg", D::Mass, 1, 1_000_000, &["milligram", "milligrams"]),
    u(
        "g",
        D::Mass,
        1,
        1_000,
        &["gram", "grams", "gramme", "grammes", "gm", "gms", "Gramm"],
    ),
    u(
        "kg",
        D::Mass,
        1,
        1,
        &[
            "kilogram",
            "kilograms",
            "kilo",
            "kilos",
            "kilogramme",
            "kilogrammes",
            "Kilogramm",
            "kgs",
        ],
    ),
    u(
        "t",
        D::Mass,
        1_000,
        1,
        &[
            "tonne",
            "tonnes",
            "metric ton",
            "metric tons",
            "mt",
            "Tonnen",
        ],
    ),
    // the megagram is the tonne (`Mg`, written exactly: `mg` is a milligram)
    u("Mg", D::Mass, 1_000, 1, &["megagram", "megagrams"]),
    u(
        "gr",
        D::Mass,
        6_479_891,
        100_000_000_000,
        &["grain", "grains", "gn", "grs"],
    ),
    u(
        "oz",
        D::Mass,
        28_349_523_125,
        1_000_000_000_000,
        &["ounce", "ounces"],
    ),
    u(
        "lb",
        D::Mass,
        45_359_237,
        100_000_000,
        &["lbs", "pound", "pounds"],
    ),
    // a thousand pounds, as US structural and rack sheets write loads
    u("klb", D::Mass, 45_359_237, 100_000, &["klbs"]),
    // the British stone (14 lb), exact by the pound's definition
    u("stone", D::Mass, 635_029_318, 100_000_000, &["stones"]),
    u(
        "short ton",
        D::Mass,
        90_718_474,
        100_000,
        &[
            "short tons",
            "sh tn",
            "ton (short)",
            "tons (short)",
            "US ton",
            "US tons",
            // the US Army's and DoD's logistics abbreviation
            "STON",
            "STONs",
            "STONS",
        ],
    ),
    u(
        "long ton",
        D::Mass,
        10_160_469_088,
        10_000_000,
        &[
            "long tons",
            "LT",
            "ton (long)",
            "tons (long)",
            "imperial ton",
        ],
    ),
    // pressure, base pascal
    u("Pa", D::Pressure, 1, 1, &["pascal", "pascals"]),
    u("kPa", D::Pressure, 1_000, 1, &["kilopascal", "kilopascals"]),
    u(
        "MPa",
        D::Pressure,
        1_000_000,
        1,
        &["N/mm²", "N/mm2", "N/mm^2", "megapascal", "megapascals"],
    ),
    u("GPa", D::Pressure, 1_000_000_000, 1, &[]),
    u("bar", D::Pressure, 100_000, 1, &["bars"]),
    // psi = lbf / in² = 4.4482216152605 N / 0.00064516 m²
    u(
        "psi",
        D::Pressure,
        44_482_216_152_605,
        6_451_600_000,
        &[
            "lbf/in²", "lbf/in2", "lbf/in^2", "lb/in²", "lb/in2", "lb/in^2", "PSI",
        ],
    ),
    u(
        "ksi",
        D::Pressure,
        44_482_216_152_605_000,
        6_451_600_000,
        &[],
    ),
    u("atm", D::Pressure, 101_325, 1, &[]),
    // the millibar and the hectopascal are each 100 Pa exactly (a bar is 10^5 Pa by definition)
    u("mbar", D::Pressure, 100, 1, &["millibar", "millibars"]),
    u("hPa", D::Pressure, 100, 1, &["hectopascal", "hectopascals"]),
    // the hectobar, 100 bar = 10^7 Pa exactly: a French ballistics sheet's chamber pressure
    u(
        "hbar",
        D::Pressure,
        10_000_000,
        1,
        &["hectobar", "hectobars"],
    ),
    // the conventional millimetre of mercury: 1 mm of the conventional mercury density,
    // 13 595.1 kg/m³, under standard gravity (9.80665 m/s²): 13595.1 × 9.80665 × 0.001 =
    // 133.322387415 Pa exactly (the SI Brochure, 8th ed., table 9, gives ≈ 133.322 Pa; NIST
    // SP 811 B.8 rounds it to 1.333 224 E+02 Pa)
    u(
        "mmHg",
        D::Pressure,
        133_322_387_415,
        1_000_000_000,
        &["mm Hg", "millimetres of mercury", "millimeters of mercury"],
    ),
    // the torr: 1/760 of a standard atmosphere (101325 Pa), exactly; not the mmHg, by 0.14 ppm
    u("Torr", D::Pressure, 101_325, 760, &["torr"]),
    // the conventional inch of mercury: 25.4 conventional millimetres of mercury,
    // 3386.388640341 Pa exactly (NIST SP 811 B.8 rounds it to 3.386 389 E+03 Pa)
    u(
        "inHg",
        D::Pressure,
        3_386_388_640_341,
        1_000_000_000,
        &["in Hg", "inches of mercury"],
    ),
    // the technical atmosphere: a kilogram-force (9.80665 N) per square centimetre
    u(
        "kgf/cm²",
        D::Pressure,
        980_665,
        10,
        &[
            "kgf/cm2", "kgf/cm^2", "kg/cm²", "kg/cm2", "kg/cm^2", "kp/cm²", "kp/cm2", "at",
        ],
    ),
    // velocity, base metre per second
    u(
        "m/s",
        D::Velocity,
        1,
        1,
        &["m s-1", "m·s⁻¹", "mps", "metres per second", "m/sec"],
    ),
    u("km/s", D::Velocity, 1_000, 1, &["km/sec"]),
    u(
        "km/h",
        D::Velocity,
        1_000,
        3_600,
        &["kph", "km h-1", "kmh", "km/hr"],
    ),
    u(
        "ft/s",
        D::Velocity,
        3_048,
        10_000,
        &["fps", "ft s-1", "feet per second", "ft/sec", "f/s"],
    ),
    u("mph", D::Velocity, 1_609_344, 3_600_000, &["mi/h"]),
    u(
        "kn",
        D::Velocity,
        1_852,
        3_600,
        &["kt", "kts", "knot", "knots"],
    ),
    // volume, base cubic metre
    u(
        "mL",
        D::Volume,
        1,
        1_000_000,
        &["ml", "millilitre", "milliliter", "millilitres"],
    ),
    u("mm³", D::Volume, 1, 1_000_000_000, &["mm3", "mm^3"]),
    u("cm³", D::Volume, 1, 1_000_000, &["cm3", "cc", "cm^3"]),
    u(
        "cL",
        D::Volume,
        1,
        100_000,
        &["cl", "centilitre", "centiliter", "centilitres"],
    ),
    u(
        "L",
        D::Volume,
        1,
        1_000,
        &[
            "l", "litre", "litres", "liter", "liters", "ℓ", "dm³", "dm3", "ltr", "ltrs",
        ],
    ),
    u("m³", D::Volume, 1, 1, &["m3", "m^3"]),
    u(
        "in³",
        D::Volume,
        16_387_064,
        1_000_000_000_000,
        &[
            "in3",
            "in^3",
            "cu in",
            "cu. in",
            "cubic inch",
            "cubic inches",
        ],
    ),
    u(
        "ft³",
        D::Volume,
        28_316_846_592,
        1_000_000_000_000,
        &["ft3", "ft^3", "cu ft", "cu. ft", "cubic foot", "cubic feet"],
    ),
    // a bare `gal` is either gallon: see AMBIGUOUS
    u(
        "US gal",
        D::Volume,
        3_785_411_784,
        1_000_000_000_000,
        &["US gallon", "US gallons", "US gals", "gal (US)", "USG"],
    ),
    u(
        "imp gal",
        D::Volume,
        454_609,
        100_000_000,
        &[
            "imperial gallon",
            "imperial gallons",
            "imp. gal",
            "UK gal",
            "gal (imp)",
            "gal (UK)",
        ],
    ),
    // temperature, base kelvin (with offsets)
    Unit {
        symbol: "°C",
        dimension: D::Temperature,
        factor: (1, 1),
        offset: lowest(27_315, 100),
        aliases: &[
            "C",
            "degC",
            "deg C",
            "℃",
            "celsius",
            "Celsius",
            "ºC",
            "° C",
            "degrees C",
            "degree C",
            "deg. C",
            "degrees Celsius",
        ],
    },
    Unit {
        symbol: "°F",
        dimension: D::Temperature,
        factor: (5, 9),
        offset: lowest(229_835, 900),
        aliases: &[
            "F",
            "degF",
            "deg F",
            "℉",
            "fahrenheit",
            "Fahrenheit",
            "ºF",
            "° F",
            "degrees F",
            "degree F",
            "deg. F",
            "degrees Fahrenheit",
        ],
    },
    u("K", D::Temperature, 1, 1, &["kelvin", "°K"]),
    // electrical
    u(
        "V",
        D::Voltage,
        1,
        1,
        // a current's kind is checked against the property's (see `crate::dictionary`)
        &[
            "volt", "volts", "VDC", "V DC", "Vdc", "VAC", "V AC", "Vac", "V rms", "Vrms",
        ],
    ),
    // with its current as the volt has it: `0.028 kV DC` is `28 V DC`
    u(
        "mV",
        D::Voltage,
        1,
        1_000,
        &[
            "millivolt",
            "millivolts",
            "mVDC",
            "mV DC",
            "mVdc",
            "mVAC",
            "mV AC",
            "mVac",
            "mV rms",
            "mVrms",
        ],
    ),
    u(
        "kV",
        D::Voltage,
        1_000,
        1,
        &[
            "kilovolt",
            "kilovolts",
            "kVDC",
            "kV DC",
            "kVdc",
            "kVAC",
            "kV AC",
            "kVac",
            "kV rms",
            "kVrms",
        ],
    ),
    u("A", D::Current, 1, 1, &["amp", "amps", "ampere", "amperes"]),
    u(
        "mA",
        D::Current,
        1,
        1_000,
        &["milliamp", "milliamps", "milliampere", "milliamperes"],
    ),
    u("kA", D::Current, 1_000, 1, &["kiloampere", "kiloamperes"]),
    // energy, base joule
    u("J", D::Energy, 1, 1, &["joule", "joules"]),
    u("kJ", D::Energy, 1_000, 1, &[]),
    u("MJ", D::Energy, 1_000_000, 1, &[]),
    // ft·lbf = 0.3048 m × 4.4482216152605 N
    u(
        "ft·lbf",
        D::Energy,
        135_581_794_833_140_040,
        100_000_000_000_000_000,
        &[
            "ft-lbf",
            "ft lbf",
            "ft.lbf",
            "ft-lb",
            "ft·lb",
            "foot-pound",
            "foot-pounds",
            "ft-lbs",
            "ft·lbs",
            "ft lb",
            "ft lbs",
        ],
    ),
    // force, base newton
    u("N", D::Force, 1, 1, &["newton", "newtons"]),
    u("kN", D::Force, 1_000, 1, &["kilonewton", "kilonewtons"]),
    // the decanewton, in which European sheets rate lashing and tie-down points
    u("daN", D::Force, 10, 1, &["decanewton", "decanewtons"]),
    u(
        "kgf",
        D::Force,
        980_665,
        100_000,
        &["kp", "kilogram-force", "kilograms-force", "kg-f"],
    ),
    u(
        "lbf",
        D::Force,
        44_482_216_152_605,
        10_000_000_000_000,
        &["pound-force", "pounds-force", "lb-f"],
    ),
    // the kip, a thousand pound-force
    u(
        "kip",
        D::Force,
        44_482_216_152_605,
        10_000_000_000,
        &["kips", "klbf"],
    ),
    // frequency, base hertz; the cycle per second is the hertz by name (CGPM 1960), and older
    // sheets and plates write it so
    u(
        "Hz",
        D::Frequency,
        1,
        1,
        &["hertz", "cps", "c/s", "cycles per second"],
    ),
    u(
        "kHz",
        D::Frequency,
        1_000,
        1,
        &["kc/s", "kcps", "kilohertz"],
    ),
    u(
        "MHz",
        D::Frequency,
        1_000_000,
        1,
        &["Mc/s", "Mcps", "megahertz"],
    ),
    u("GHz", D::Frequency, 1_000_000_000, 1, &["gigahertz"]),
    // time, base second
    u("s", D::Time, 1, 1, &["sec", "secs", "second", "seconds"]),
    u(
        "ms",
        D::Time,
        1,
        1_000,
        &["msec", "msecs", "millisecond", "milliseconds"],
    ),
    u(
        "µs",
        D::Time,
        1,
        1_000_000,
        &["us", "μs", "microsecond", "microseconds"],
    ),
    u("min", D::Time, 60, 1, &["mins", "Min", "minute", "minutes"]),
    u("h", D::Time, 3_600, 1, &["hr", "hrs", "hour", "hours"]),
    // data rate, base bit per second
    u("bit/s", D::DataRate, 1, 1, &["bps", "b/s", "bits/s"]),
    u(
        "kbit/s",
        D::DataRate,
        1_000,
        1,
        &["kbps", "kb/s", "kbit/sec", "kbits/s"],
    ),
    u(
        "Mbit/s",
        D::DataRate,
        1_000_000,
        1,
        &["Mbps", "Mb/s", "Mbit/sec", "MBit/s", "Mbits/s"],
    ),
    // symbol rate, base baud: one symbol per second (ITU-R V.662, IEC 60050-704), whatever
    // number of bits a symbol carries, so no data rate
    u(
        "Bd",
        D::SymbolRate,
        1,
        1,
        &[
            "baud",
            "bauds",
            "symbols/s",
            "symbol/s",
            "sym/s",
            "symbols per second",
        ],
    ),
    u(
        "kBd",
        D::SymbolRate,
        1_000,
        1,
        &["kbaud", "kilobaud", "ksymbols/s", "ksym/s"],
    ),
    // power, base watt (SI prefixes: exact)
    u("W", D::Power, 1, 1, &["watt", "watts"]),
    u("mW", D::Power, 1, 1_000, &["milliwatt", "milliwatts"]),
    u("kW", D::Power, 1_000, 1, &["kilowatt", "kilowatts"]),
    u("MW", D::Power, 1_000_000, 1, &["megawatt", "megawatts"]),
    // the metric horsepower, 75 kgf·m/s: 75 × 9.80665 W, exact by definition (DIN 66036)
    u("PS", D::Power, 73_549_875, 100_000, &[]),
    // apparent power, base volt-ampere: the product of rms voltage and current, which is a
    // power in watts only at unity power factor (IEC 60050-131-11-41), so a dimension of its own
    u(
        "VA",
        D::ApparentPower,
        1,
        1,
        &["volt-ampere", "volt-amperes", "V·A"],
    ),
    u(
        "kVA",
        D::ApparentPower,
        1_000,
        1,
        &["kilovolt-ampere", "kilovolt-amperes", "kV·A"],
    ),
    u(
        "MVA",
        D::ApparentPower,
        1_000_000,
        1,
        &["megavolt-ampere", "megavolt-amperes", "MV·A"],
    ),
];

impl Unit {
    /// Finds a unit by symbol or alias: exact spelling first, then ignoring case when that is
    /// unambiguous and safe ("MM" is mm, "Short Tons" is short ton; see [`case_is_safe`]).
    pub fn find(text: &str) -> Option<&'static Unit> {
        match Unit::lookup(text.trim()) {
            Lookup::Found(unit) => Some(unit),
            Lookup::CaseClash(..) | Lookup::Unknown => None,
        }
    }

    /// Every unit by each of its spellings as written (the first unit in [`UNITS`] that has
    /// it): made once, so that a figure's unit is not looked for through every spelling of
    /// every unit, several times a figure.
    fn by_spelling() -> &'static BTreeMap<&'static str, &'static Unit> {
        static INDEX: OnceLock<BTreeMap<&'static str, &'static Unit>> = OnceLock::new();
        INDEX.get_or_init(|| {
            let mut index = BTreeMap::new();
            for unit in UNITS {
                for spelling in std::iter::once(unit.symbol).chain(unit.aliases.iter().copied()) {
                    index.entry(spelling).or_insert(unit);
                }
            }
            index
        })
    }

    fn lookup(text: &str) -> Lookup {
        // `T` is no unit on its own, wherever it is looked up (a catalogue's `unit = "T"` too)
        if AMBIGUOUS_AS_WRITTEN
            .iter()
            .any(|(spelling, _)| *spelling == text)
        {
            return Lookup::Unknown;
        }
        if let Some(unit) = Unit::by_spelling().get(text) {
            return Lookup::Found(unit);
        }
        // (nothing written, a bare number's unit, matches only a spelling of nothing, which the
        // index above holds if any unit has one: every spelling is not gone through for it)
        if text.is_empty() {
            return Lookup::Unknown;
        }
        let mut matches = UNITS.iter().filter_map(|u| {
            std::iter::once(u.symbol)
                .chain(u.aliases.iter().copied())
                .find(|spelling| spelling.eq_ignore_ascii_case(text))
                .map(|spelling| (u, spelling))
        });
        match (matches.next(), matches.next()) {
            (Some((unit, spelling)), None) if case_is_safe(text, spelling, unit) => {
                Lookup::Found(unit)
            }
            // `MG`: `mg` or `Mg`, as unsafe to guess as one
            (Some((_, spelling)), second) => {
                Lookup::CaseClash(spelling, second.map(|(_, other)| other))
            }
            (None, _) => Lookup::Unknown,
        }
    }

    /// The closest known spelling, for "did you mean".
    pub fn suggest(text: &str) -> Option<&'static str> {
        if too_short_to_mend(text) {
            return None;
        }
        let names = UNITS
            .iter()
            .flat_map(|u| std::iter::once(u.symbol).chain(u.aliases.iter().copied()));
        crate::suggest::closest(text, names.filter(|name| !other_prefix(text, name)))
    }

    /// The closest spelling of a unit of `dimension`: what a figure of a property of that
    /// dimension was likely meant to be (`62 gn` of a mass is not `in`).
    pub fn suggest_of(text: &str, dimension: Dimension) -> Option<&'static str> {
        if too_short_to_mend(text) {
            return None;
        }
        let names = Unit::of(dimension)
            .flat_map(|u| std::iter::once(u.symbol).chain(u.aliases.iter().copied()));
        crate::suggest::closest(text, names.filter(|name| !other_prefix(text, name)))
    }

    /// The spellings of units of `dimension` that `text` differs from only in case, said as a
    /// case clash says them (`kN`, or "`mg` or `Mg`"): a force's `KN` is no knot. `None` when no
    /// unit of the dimension is spelt so.
    pub fn case_clash_of(text: &str, dimension: Dimension) -> Option<String> {
        let spellings: Vec<&str> = Unit::of(dimension)
            .filter_map(|u| {
                std::iter::once(u.symbol)
                    .chain(u.aliases.iter().copied())
                    .find(|spelling| spelling.eq_ignore_ascii_case(text))
            })
            .collect();
        (!spellings.is_empty()).then(|| spellings.join("` or `"))
    }

    /// Whether the unit is a US or imperial one (`lb`, `in`, `psi`): a figure in it is written
    /// by a hand that groups thousands with a comma (`5,000 lb`).
    pub fn is_customary(&self) -> bool {
        const CUSTOMARY: [&str; 24] = [
            "in",
            "ft",
            "thou",
            "yd",
            "mi",
            "gr",
            "oz",
            "lb",
            "stone",
            "short ton",
            "long ton",
            "psi",
            "ksi",
            "ft/s",
            "mph",
            "in³",
            "ft³",
            "US gal",
            "imp gal",
            "ft·lbf",
            "lbf",
            "°F",
            "klb",
            "kip",
        ];
        CUSTOMARY.contains(&self.symbol)
    }

    pub fn all() -> &'static [Unit] {
        UNITS
    }

    /// Every way the tool reads it written: its symbol, then its other spellings.
    pub fn spellings(&self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.symbol).chain(self.aliases.iter().copied())
    }

    /// Units of one dimension, for messages and the page's documentation.
    pub fn of(dimension: Dimension) -> impl Iterator<Item = &'static Unit> {
        UNITS.iter().filter(move |u| u.dimension == dimension)
    }

    // (the table's fractions are in lowest terms, with positive denominators, as a test below
    // checks: made without the division that reducing costs, which is slow in wasm)
    fn factor(&self) -> Exact {
        Exact::new_raw(self.factor.0, self.factor.1)
    }

    fn offset(&self) -> Exact {
        Exact::new_raw(self.offset.0, self.offset.1)
    }

    /// Whether the unit's zero is not the quantity's (°C, °F): a percentage of a value in it
    /// means nothing.
    pub fn has_offset(&self) -> bool {
        self.offset.0 != 0
    }

    /// A value in `self` in its dimension's SI base unit (a temperature in kelvin). `None` on
    /// overflow.
    pub fn to_base(&self, value: &Exact) -> Option<Exact> {
        let scaled = value.checked_mul(&self.factor())?;
        match self.has_offset() {
            true => scaled.checked_add(&self.offset()),
            false => Some(scaled),
        }
    }

    /// Converts a value in `self` to `to`, exactly. `None` on overflow. A mass and a force are
    /// converted as a mass and its weight under standard gravity (a rated load's figures:
    /// [`Written::weight_as_mass`]); other units of two dimensions, by their factors alone, are
    /// for the caller to keep apart.
    pub fn convert(&self, value: &Exact, to: &Unit) -> Option<Exact> {
        // (most figures are shown in the unit they are held in: nothing to convert)
        if std::ptr::eq(self, to) {
            return Some(*value);
        }
        let base = self.weighed(self.to_base(value)?, to)?;
        let base = match to.has_offset() {
            true => base.checked_sub(&to.offset())?,
            false => base,
        };
        base.checked_div(&to.factor())
    }

    /// Converts a difference (a tolerance, a quoting precision): no offsets.
    pub fn convert_span(&self, span: &Exact, to: &Unit) -> Option<Exact> {
        if std::ptr::eq(self, to) {
            return Some(*span);
        }
        self.weighed(span.checked_mul(&self.factor())?, to)?
            .checked_div(&to.factor())
    }

    /// A figure in base units of `self`'s dimension in those of `to`'s: a mass in kilograms as
    /// its weight in newtons, and back; as it is otherwise.
    fn weighed(&self, base: Exact, to: &Unit) -> Option<Exact> {
        if self.dimension == to.dimension {
            return Some(base);
        }
        let g = || Exact::new(STANDARD_GRAVITY.0, STANDARD_GRAVITY.1);
        match (self.dimension, to.dimension) {
            (Dimension::Mass, Dimension::Force) => base.checked_mul(&g()),
            (Dimension::Force, Dimension::Mass) => base.checked_div(&g()),
            _ => Some(base),
        }
    }
}

/// What a unit's spelling finds.
enum Lookup {
    Found(&'static Unit),
    /// Only a spelling of another case, which is refused (the spelling it would have been, and
    /// a second when two units differ from it only in case: `KN` is `kn` or `kN`).
    CaseClash(&'static str, Option<&'static str>),
    Unknown,
}

/// Whether `text` may be read as `spelling`, which it equals but for case. Case carries no
/// meaning in a unit's name written as a word ("Millimetres", "Nautical Miles"), nor in a
/// symbol written all in capitals ("MM", "KG", "PSI") except between bits and bytes; a symbol
/// written otherwise is refused where case tells prefixes or units apart: m and M (milli,
/// mega), n and N (nano, nautical mile), and b and B in a data rate.
fn case_is_safe(text: &str, spelling: &str, unit: &Unit) -> bool {
    let word = spelling.len() >= 4 && spelling.chars().all(|c| c.is_ascii_lowercase() || c == ' ');
    let shouted = !text.chars().any(char::is_lowercase);
    text.chars().zip(spelling.chars()).all(|(written, meant)| {
        if written == meant {
            return true;
        }
        match written.to_ascii_lowercase() {
            // in any spelling: `kBps` and `KBPS` are no `kbps`, though it is written as a word
            'b' => unit.dimension != Dimension::DataRate,
            _ if word => true,
            // `NM` is a nautical mile and `nm` a nanometre; `mT` no tonne (a millitesla)
            'm' | 'n' => shouted,
            't' => written == 't' || shouted,
            _ => true,
        }
    })
}

/// A symbol of one or two characters is another unit at one edit from many (`ST` is no `s`,
/// `#` no `g`): no typo to suggest.
fn too_short_to_mend(written: &str) -> bool {
    written.trim().chars().count() <= 2
}

/// Whether `name` differs from `written` only in its first character (`mm³` and `cm³`, `cl` and
/// `mL`, `ST` and `t`, `#` and `g`): a prefix or a symbol of its own, another figure by powers of
/// ten or another unit altogether, so no typo to suggest.
fn other_prefix(written: &str, name: &str) -> bool {
    let written = written.to_lowercase();
    let name = name.to_lowercase();
    let rest = |s: &str| s.chars().skip(1).collect::<String>();
    written.chars().next() != name.chars().next()
        && (rest(&written) == rest(&name) || rest(&written) == name || written == rest(&name))
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol)
    }
}

/// A number as written: its exact value and the precision it was quoted with
/// (half a unit of its last written digit: "2.260" is ±0.0005).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decimal {
    pub value: Exact,
    pub half_unit: Exact,
}

/// Why a written number or quantity was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("expected a figure, found nothing")]
    Empty,
    #[error("`{0}` is not a number")]
    NotANumber(String),
    #[error("`{0}` is not a finite number: NaN and infinities are not measurements")]
    NotFinite(String),
    #[error("`{0}` is ambiguous: write decimals with a point (5.56) and thousands with a comma in groups of three (62,366)")]
    AmbiguousComma(String),
    /// `1.200,5` or `1500,5`: a decimal comma that can be nothing else (thousands come in
    /// groups of three after one to three digits, and never beside a decimal point).
    #[error("`{written}` writes a decimal comma{}: write {plain}", if *.points_group { ", with points grouping thousands" } else { "" })]
    DecimalComma {
        written: String,
        plain: String,
        points_group: bool,
    },
    /// `2.200.000`: thousands grouped by points.
    #[error("`{written}` groups thousands with points: write {plain}")]
    PointsGroup { written: String, plain: String },
    /// `36'300 kg`: thousands grouped with an apostrophe (as Swiss sheets and some spreadsheets
    /// write them).
    #[error("`{written}` groups thousands with an apostrophe: write {plain}")]
    ApostropheGroups { written: String, plain: String },
    /// `- 47 °C`: a sign apart from its figure.
    #[error("`{written}` has a space after its sign: write {plain}")]
    SignApart { written: String, plain: String },
    /// `0 500 in`: a space after a lone zero, which no thousands group follows.
    #[error("`{written}` has a space after a lone 0, where it can only be a decimal mark: write {plain}")]
    DecimalSpace { written: String, plain: String },
    /// More digits, or a larger figure, than are read exactly (`123456789012345678901`).
    #[error(
        "`{0}` is too large or too precise to handle exactly: round it as the data sheet does"
    )]
    OutOfRange(String),
    /// `1e308`, `1e-40`: a power of ten past the ±[`MAX_EXPONENT`] figures are read with; no
    /// measurement of materiel needs one, and it is most often a unit slipped into the number.
    #[error("`{written}` is written with the power of ten {power}, past the {} to {} the tool reads: \
             write the figure as the data sheet gives it, in the unit it is counted in", -(MAX_EXPONENT as i64), MAX_EXPONENT)]
    PowerOutOfRange { written: String, power: String },
    #[error("`{0}` is a fraction: write it as a decimal (1/2 in as 0.5 in)")]
    Fraction(String),
    /// `115/200 V`: a three-phase supply's phase and line voltages, the line √3 times the
    /// phase, as MIL-STD-704 and plates write them; not a fraction.
    #[error("`{written}` gives a three-phase supply's phase and line voltages ({line} ≈ √3 × {phase}), not a fraction: write one of them, {phase} phase to neutral or {line} line to line")]
    PhaseAndLine {
        written: String,
        phase: String,
        line: String,
    },
    /// `24/28 V`, `12/14 V DC`: a vehicle's battery system's nominal voltage and the higher one
    /// it is charged at, as US vehicle sheets write them; not a fraction.
    #[error("`{nominal}/{charging} {symbol}` gives two voltages, a nominal one and the higher one its system is charged or run at (a 24 V battery system is charged at 28 V), not a fraction: write the one the property asks for, {nominal} {symbol} or {charging} {symbol}")]
    NominalAndCharging {
        nominal: String,
        charging: String,
        symbol: &'static str,
    },
    /// As [`NumberError::Fraction`], with the decimal to write (`2¼ in`: 2.25 in).
    #[error("`{written}` is a fraction: write it as a decimal, {plain}")]
    FractionOf { written: String, plain: String },
    /// `1_000`: a TOML or programming-language digit group, never a data sheet's.
    #[error("`{0}` groups digits with an underscore: write the number plainly, or with commas in groups of three (62,366)")]
    Underscore(String),
    /// `0x1E`, `0o17`, `0b11`: TOML and YAML integers, never a data sheet's figure.
    #[error("`{written}` is {radix} number: write it in decimal ({decimal})")]
    Radix {
        written: String,
        radix: &'static str,
        decimal: String,
    },
}

/// What to write instead of a figure with a tolerance, a range or a bound (`figure`: the one
/// it starts with, if any), or of a date or a time of day.
fn one_figure_advice(what: &str, figure: Option<&str>) -> String {
    if what.starts_with("a date") || what.starts_with("a time") {
        return "write the figure the data sheet gives, with its unit (`44.70 mm`)".into();
    }
    format!(
        "state the one figure the item has{}, and the catalogue's limits judge it",
        figure.map(|f| format!(" ({f})")).unwrap_or_default()
    )
}

/// Whether `text` (trimmed) is a spelling of NaN or infinity (`nan`, `-inf`, YAML's `.inf`):
/// no figure, and said as such.
fn not_finite(text: &str) -> bool {
    const NOT_FINITE: [&str; 11] = [
        "nan",
        "inf",
        "infinity",
        "+inf",
        "-inf",
        "-infinity",
        "+infinity",
        ".nan",
        ".inf",
        "-.inf",
        "+.inf",
    ];
    let text = text.trim();
    NOT_FINITE
        .iter()
        .any(|word| word.eq_ignore_ascii_case(text))
}

/// The largest power of ten a figure is read with, either way (`1e20`, `1e-20`).
pub const MAX_EXPONENT: u32 = 20;

/// Parses "62,366", "-47", "2.260", "1e3", "−52.6" (Unicode minus) exactly.
pub fn parse_decimal(text: &str) -> Result<Decimal, NumberError> {
    let original = text.trim();
    if original.is_empty() {
        return Err(NumberError::Empty);
    }
    if not_finite(original) {
        return Err(NumberError::NotFinite(original.to_string()));
    }
    let not_a_number = || NumberError::NotANumber(original.to_string());
    let out_of_range = || NumberError::OutOfRange(original.to_string());
    // (a copy only where there is a minus sign to change: figures are read by the thousand)
    let text = if original.contains('−') {
        Cow::Owned(original.replace('−', "-"))
    } else {
        Cow::Borrowed(original)
    };
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(&text)),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => {
            let power = &rest[i + 1..]; // ok: `i` is where `find` found a one-byte `e`
            let power_out_of_range = || NumberError::PowerOutOfRange {
                written: original.to_string(),
                power: power.strip_prefix('+').unwrap_or(power).to_string(),
            };
            let exp: i32 = power
                .parse()
                .map_err(|e: std::num::ParseIntError| match e.kind() {
                    IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => power_out_of_range(),
                    _ => not_a_number(),
                })?;
            if exp.unsigned_abs() > MAX_EXPONENT {
                return Err(power_out_of_range());
            }
            (&rest[..i], exp) // ok: `i` is from `find` on `rest`
        }
        None => (rest, 0),
    };
    // ok: `rest` is a suffix of `text`
    if let Some(e) = decimal_comma(mantissa, &text[..text.len() - rest.len()], original)
        // ok: `mantissa` is `rest` or a prefix of it
        .map(|e| with_exponent(e, &rest[mantissa.len()..]))
    {
        return Err(e);
    }
    // `2.200.000`: thousands grouped by points, which no decimal has twice
    let groups: Vec<&str> = if mantissa.matches('.').nth(1).is_some() {
        mantissa.split('.').collect()
    } else {
        Vec::new()
    };
    if groups.len() > 2
        && (1..=3).contains(&groups[0].len()) // ok: `groups.len() > 2` checked first
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
        // ok: `groups.len() > 2` checked first
        && groups[1..].iter().all(|g| g.len() == 3)
    {
        return Err(NumberError::PointsGroup {
            written: original.to_string(),
            // ok: `rest` is a suffix of `text`
            plain: format!("{}{}", &text[..text.len() - rest.len()], groups.concat()),
        });
    }
    let (int_part, frac_part) = match mantissa.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mantissa, ""),
    };
    let int_digits = strip_thousands(int_part, original)?;
    if int_digits.is_empty() && frac_part.is_empty() {
        return Err(not_a_number());
    }
    if !frac_part.chars().all(|c| c.is_ascii_digit())
        || !int_digits.chars().all(|c| c.is_ascii_digit())
    {
        return Err(not_a_number());
    }
    // the digits of both parts, without their leading zeros (read where they stand, not copied)
    let all = int_digits.bytes().chain(frac_part.bytes());
    let zeros = all.clone().take_while(|&b| b == b'0').count();
    let significant = int_digits.len() + frac_part.len() - zeros;
    let digits = all.skip(zeros).map(|b| b - b'0');
    if significant > 20 {
        return Err(out_of_range());
    }
    let mut numer: i128 = if significant <= 19 {
        // any 19 digits fit in 64 bits, whose arithmetic wasm has (128-bit is emulated)
        i128::from(digits.fold(0u64, |n, d| n * 10 + u64::from(d)))
    } else {
        // (20 digits fit in 128 bits)
        digits.fold(0i128, |n, d| n * 10 + i128::from(d))
    };
    if negative {
        numer = -numer;
    }
    let scale = exponent - frac_part.len() as i32;
    let ten = |n: u32| 10i128.checked_pow(n).ok_or_else(out_of_range);
    let value = if scale >= 0 {
        Exact::from_integer(
            numer
                .checked_mul(ten(scale as u32)?)
                .ok_or_else(out_of_range)?,
        )
    } else {
        Exact::new(numer, ten((-scale) as u32)?)
    };
    let half_unit = if scale >= 1 {
        Exact::new(ten(scale as u32)?, 2)
    } else {
        Exact::new(
            1,
            ten((-scale) as u32)?
                .checked_mul(2)
                .ok_or_else(out_of_range)?,
        )
    };
    Ok(Decimal { value, half_unit })
}

/// A number that can only be a decimal comma, said with the figure to write instead: thousands
/// grouped by points before it (`1.200,5`), or one comma not before a group of three digits
/// (`5,56`, `1500,5`), or after a lone zero (`0,500`).
/// `sign` is written before the number; `original` is the figure as written.
fn decimal_comma(mantissa: &str, sign: &str, original: &str) -> Option<NumberError> {
    let (whole, decimals) = mantissa.split_once(',')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(decimals) {
        return None;
    }
    let groups: Vec<&str> = whole.split('.').collect();
    let points_group = groups.len() > 1
        && (1..=3).contains(&groups[0].len()) // ok: `groups.len() > 1` checked first
        && groups.iter().all(|g| digits(g))
        // ok: `groups.len() > 1` checked first
        && groups[1..].iter().all(|g| g.len() == 3);
    // one comma, not before a group of three after one to three digits (no thousands start with
    // a zero): `5,56`, `0,500`, `1500,5`
    let lone = groups.len() == 1
        && digits(whole)
        && (whole.len() > 3 || decimals.len() != 3 || whole.starts_with('0'));
    (points_group || lone).then(|| NumberError::DecimalComma {
        written: original.to_string(),
        plain: format!("{sign}{}.{decimals}", groups.concat()),
        points_group,
    })
}

/// A decimal comma's figure to write with the exponent written after it (`5,56e-3`: 5.56e-3).
fn with_exponent(e: NumberError, exponent: &str) -> NumberError {
    match e {
        NumberError::DecimalComma {
            written,
            plain,
            points_group,
        } => NumberError::DecimalComma {
            written,
            plain: format!("{plain}{exponent}"),
            points_group,
        },
        other => other,
    }
}

/// A figure suggested as the one to write (`44,70 mm` of `44,70 ± 0,05 mm`), with its decimal
/// comma written as a point (`44.70 mm`): a sheet's own figure as written would be refused for
/// its comma in turn. Any other figure as it is.
fn with_decimal_point(figure: &str) -> String {
    // ok: `number_end` is a char boundary of `figure`
    let (number, rest) = figure.split_at(number_end(figure));
    match parse_decimal(number) {
        Err(NumberError::DecimalComma { plain, .. }) => format!("{plain}{rest}"),
        _ => figure.to_string(),
    }
}

/// "62,366" → "62366"; refuses "5,56" (a decimal comma), "1,23,4", and "0,500" (a decimal
/// comma too: no thousands start with a zero).
fn strip_thousands<'t>(int_part: &'t str, original: &str) -> Result<Cow<'t, str>, NumberError> {
    if !int_part.contains(',') {
        return Ok(Cow::Borrowed(int_part));
    }
    let groups: Vec<&str> = int_part.split(',').collect();
    // ok: `split` yields at least one group
    let first_ok = (1..=3).contains(&groups[0].len()) && !groups[0].starts_with('0');
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3); // ok: `split` yields at least one group
    if first_ok && rest_ok {
        Ok(Cow::Owned(groups.concat()))
    } else {
        Err(NumberError::AmbiguousComma(original.to_string()))
    }
}

/// A figure as written in a file: "2.260 in" → 2.260 of inch, ±0.0005 in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub text: String,
    pub number: Decimal,
    pub unit: Option<&'static Unit>,
    /// The unit as written (`lbs`), empty when there is none.
    pub unit_text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QuantityError {
    #[error(transparent)]
    Number(#[from] NumberError),
    #[error("unknown unit `{unit}`{}", crate::suggest::did_you_mean(.suggestion))]
    UnknownUnit {
        unit: String,
        suggestion: Option<String>,
    },
    #[error("`{unit}` is ambiguous: it may be {meanings}; write which")]
    Ambiguous {
        unit: String,
        meanings: &'static str,
    },
    #[error("unknown unit `{unit}`: it differs only in case from `{other}`, which may be another unit, and case matters in a unit's symbol (m is milli and M mega, b a bit and B a byte); write the symbol exactly")]
    CaseMatters { unit: String, other: String },
    /// `57.20 ± 0.20 mm`, `9.55–9.60 mm`, `44.45 mm +0 -0.13`, `≤ 430 MPa`: a data sheet's way
    /// of writing a figure with its tolerance, a range or a bound, where the check needs the one
    /// figure the item has (the catalogue holds the limits it is judged against).
    #[error("`{written}` is {what}: {}", one_figure_advice(what, figure.as_deref()))]
    NotOneFigure {
        written: String,
        what: &'static str,
        /// The figure the text starts with, when it has one (`57.20 mm`).
        figure: Option<String>,
    },
    /// `2 t 100 kg`, `1 m 20 cm`, `2 t 100 kg 5 g`: one figure written in units of one dimension
    /// that are not written together (as feet and inches are), with the one figure to write
    /// where its parts make one exactly.
    #[error("`{written}` is {count} figures, in {units}: write the one figure, {}", .plain.as_deref().unwrap_or("in one unit"))]
    TwoFigures {
        written: String,
        /// `two`, `three`…
        count: &'static str,
        /// `t and kg`, `t, kg and g`
        units: String,
        plain: Option<String>,
    },
    /// `2 m 3 kg`, `1 m 20`, `20 st 10 kg`: a figure written in parts that make no one figure
    /// as written (units of two dimensions, a last part without its unit) or with `st`, which
    /// is ambiguous, told what it is and what to write.
    #[error("`{written}` is {count} figures{told}")]
    PartsNotOne {
        written: String,
        count: &'static str,
        /// what makes them no one figure, and what to write
        told: String,
    },
    /// `500 kg (1102 lb)`: a figure with its conversion in brackets, as data sheets give both.
    #[error("`{written}` is a figure with its conversion in brackets: write one of them, `{first}` or `{second}`")]
    WithConversion {
        written: String,
        first: String,
        second: String,
    },
    /// `~500 kg`, `ca. 500 kg`, `500 kg approx.`: a figure marked as approximate.
    #[error("`{written}` is an approximate figure: a limit is judged on a figure, so write the figure as measured or specified (`{figure}`), with as many digits as are known")]
    Approximate { written: String, figure: String },
    /// `200 V L-L`, `115 V L-N`: a voltage marked as line to line or line to neutral.
    #[error("`{written}` marks {what}: write the voltage alone, `{figure}`, {where_}")]
    LineMarked {
        written: String,
        figure: String,
        what: &'static str,
        where_: &'static str,
    },
    /// `30 psig`, `2 bar(a)`, `3 atü`: a pressure marked as gauge or absolute, which are one
    /// atmosphere apart; the property's description says which it is.
    #[error("`{written}` marks {what}: write the figure in its unit alone, `{figure}`, if the property is stated as {what_short}; {other} is one atmosphere (101.325 kPa) {more_or_less}")]
    PressureMarked {
        written: String,
        figure: String,
        what: &'static str,
        what_short: &'static str,
        other: &'static str,
        more_or_less: &'static str,
    },
    /// `62,000 psi (EPVAT)`, `52000 psi [copper-crusher]`, `50,000 CUP`: a pressure written with
    /// the test method it was measured by, which a figure states apart (`method`), as the
    /// limits it is compared with are by one method and figures by another are not comparable.
    #[error("`{written}` gives {} in its unit: state the figure and its test method apart, `{{ value: {value}, unit: {unit}, method: {method} }}`{}", crusher_units(written).map_or_else(|| format!("the test method `{method}`"), str::to_string), if *.catalogue_method { "" } else { " (a method the catalogue's dictionary lists, or one of your own dictionary's)" })]
    MethodMarked {
        written: String,
        value: String,
        unit: &'static str,
        method: String,
        /// Whether `method` is the built-in dictionary's name for it (`copper-crusher` of
        /// `CUP`); otherwise it is as written, for the spec reader to find or refuse.
        catalogue_method: bool,
    },
    /// `250 KIAS`, `300 KTAS`: knots of indicated or true airspeed, which differ.
    #[error("`{unit}` is knots of {which} airspeed: indicated and true airspeed differ; state the speed in `kn`, saying which in the property")]
    Airspeed { unit: String, which: &'static str },
    /// `28.5 gr H2O`, `28.5 grains of water`: a case's capacity as the mass of water it holds,
    /// as US ammunition sheets give it; `volume` is about that many millilitres at 1 g/mL.
    #[error("`{written}` gives a volume as the mass of water it holds: write the volume, in mL or cm³ (a grain of water is about 0.0648 mL at 1 g/mL: this is about {volume} mL), as the data sheet's drawing or test states it")]
    WaterMass { written: String, volume: String },
    /// `10^-6 m`, `10⁻⁴⁰`, `1.5×10^40 kg`: a power of ten alone, which is not read as the
    /// figure it stands for unconfirmed, or one past the figures read exactly.
    #[error("`{written}` is a power of ten{}", if *.readable {
        format!(" alone: write the figure it stands for, {plain}")
    } else {
        format!(", {plain}, past what is read exactly (exponents from -{MAX_EXPONENT} to {MAX_EXPONENT}): round it as the data sheet does")
    })]
    PowerOfTen {
        written: String,
        /// The figure it stands for, `1e-6 m`.
        plain: String,
        /// Whether that figure is one read (no more than [`MAX_EXPONENT`] places either way).
        readable: bool,
    },
    /// `500 Nm`, `90 kvar`: a unit of a quantity no property has.
    #[error("{}", other_quantity(unit, quantity, of.as_ref()))]
    OtherQuantity {
        unit: String,
        quantity: &'static str,
        /// The property it was written for and that property's dimension, where the unit is
        /// spelt like one of it (`kVAr` of an apparent power in `kVA`): told what to write.
        of: Option<(String, Dimension)>,
    },
}

/// The message of [`QuantityError::OtherQuantity`].
fn other_quantity(unit: &str, quantity: &str, of: Option<&(String, Dimension)>) -> String {
    match of {
        None => format!(
            "`{unit}` is a unit of {quantity}, and no property here is {}: check that the figure \
             belongs to this property",
            crate::suggest::a_or_an(quantity)
        ),
        Some((property, dimension)) => {
            let name = dimension.name().replace('-', " ");
            let what = crate::suggest::a_or_an(&name);
            let symbols: Vec<&str> = Unit::of(*dimension).map(|u| u.symbol).collect();
            let (last, rest) = symbols.split_last().unwrap_or((&"", &[])); // ok: a dimension has units
            let units = if rest.is_empty() {
                last.to_string()
            } else {
                format!("{} or {last}", rest.join(", "))
            };
            format!(
                "`{unit}` is a unit of {quantity}, which is not {what}: {property} is {what}, in \
                 {units}; write the {name} the data sheet gives, in one of them"
            )
        }
    }
}

/// What makes `text` (split into `number` and `unit`) a figure with a tolerance, a range or a
/// bound rather than one figure, with the figure it starts with; `None` for anything else.
fn not_one_figure(text: &str, number: &str, unit: &str) -> Option<QuantityError> {
    let refuse = |what, figure: Option<String>| {
        Some(QuantityError::NotOneFigure {
            written: text.to_string(),
            what,
            figure: figure.map(|f| with_decimal_point(&f)),
        })
    };
    const BOUNDS: [char; 6] = ['≤', '≥', '<', '>', '⩽', '⩾'];
    if text.starts_with(BOUNDS) {
        let figure = text.trim_start_matches(|c: char| BOUNDS.contains(&c) || c == '=' || c == ' ');
        return refuse(
            "a bound, not a figure",
            Some(figure.to_string()).filter(|f| !f.is_empty()),
        );
    }
    if number.is_empty() {
        return None;
    }
    // `1979-05-27` (a TOML date, or one typed), `12:30:00`: no figure of a quantity
    // (`#` a digit; compared byte by byte, without a copy: figures are read by the thousand)
    let shaped = |shape: &str| {
        text.len() >= shape.len()
            && text.bytes().zip(shape.bytes()).all(|(c, s)| {
                if s == b'#' {
                    c.is_ascii_digit()
                } else {
                    c == s
                }
            })
    };
    if shaped("####-##-##") {
        return refuse("a date, not a figure", None);
    }
    if shaped("##:##:##") {
        return refuse("a time of day, not a figure", None);
    }
    const SIGNS: [char; 3] = ['+', '-', '−'];
    // `abbreviation's full stop`: `lbs.` is `lbs`
    let is_unit = |word: &str| {
        let word = word.trim();
        matches!(
            Unit::lookup(word.strip_suffix('.').unwrap_or(word)),
            Lookup::Found(_)
        )
    };
    let with_unit = |unit: &str| {
        let unit = unit.trim();
        if unit.is_empty() {
            number.to_string()
        } else {
            format!("{number} {unit}")
        }
    };
    let tolerance = |unit: &str| refuse("a figure with a tolerance", Some(with_unit(unit)));
    // `57.20 ± 0.20 mm` (the unit after the tolerance), `57.20 mm ± 0.20` (before it)
    // (each mark is looked for only in a unit with a character of one)
    let marks = if unit.contains(['±', '+']) {
        &["±", "+/-", "+-", "+/−"][..]
    } else {
        &[]
    };
    for mark in marks {
        if let Some((before, after)) = unit.split_once(mark) {
            if let Some(rest) = after_figure(after) {
                let unit = if before.trim().is_empty() {
                    rest
                } else {
                    before
                };
                return tolerance(unit);
            }
        }
    }
    // `mm +0 -0.13`, `mm -0.13/+0`, `lbs. +0 -1`: a unit, then signed deviations
    if let Some((unit_part, rest)) = unit.split_once([' ', '\t']) {
        let rest = rest.trim_start();
        if is_unit(unit_part) && rest.starts_with(SIGNS) && after_figure(rest).is_some() {
            return tolerance(unit_part);
        }
    }
    // `+0 -0.13 mm`, `+0.20 mm`, `-0.13/+0 mm`: signed deviations, then the unit
    if unit.starts_with('+')
        || unit.starts_with(SIGNS) && {
            // a minus first is a deviation only with a plus one after it (`-0.13 +0 mm`); alone it
            // starts a range (`9.55 -9.60 mm`)
            after_figure(unit)
                .map(|r| r.trim_start().trim_start_matches('/').trim_start())
                .is_some_and(|r| r.starts_with('+'))
        }
    {
        if let Some(unit_after) = after_deviations(unit) {
            return tolerance(unit_after);
        }
    }
    // `9.55–9.60 mm`, `-40 to +60 °C`, `-40/+60 °C`, and with the unit on both ends,
    // `-46 °C to +63 °C`, `200 N–250 N`: a range mark after nothing, then a figure; or after a
    // unit, then a figure in that same unit (`3000 min-1` and `8 ft-6 in` are no ranges)
    let ranged = unit.contains(['–', '—', '-', '−', '.', 't', '/'])
        && ["–", "—", "-", "−", "...", "to ", "/"].iter().any(|mark| {
            unit.match_indices(mark).any(|(i, _)| {
                // ok: `i` and the match's end are from `match_indices` on `unit`
                let (before, after) = (unit[..i].trim(), &unit[i + mark.len()..]);
                if before.is_empty() {
                    // `1/2 in` is a fraction: a slash starts a range only before a signed figure
                    (*mark != "/" || after.trim_start().starts_with(SIGNS))
                        && after_figure(after).is_some()
                } else {
                    is_unit(before) && after_figure(after).is_some_and(|rest| rest.trim() == before)
                }
            })
        });
    // `9.55-9.60`, read as one number: a dash between digits
    let inner_dash = number.char_indices().any(|(i, c)| {
        matches!(c, '-' | '−')
            // ok: `i` is from `char_indices` on `number`
            && number[..i].ends_with(|d: char| d.is_ascii_digit())
            // ok: `i` + the char's length is the next char boundary
            && number[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
    });
    // `2-1/4 in`: a US drawing's two and a quarter, a whole number and a fraction
    if inner_dash
        && unit
            .strip_prefix('/')
            .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()))
    {
        return Some(fraction(text).into());
    }
    if ranged || inner_dash {
        return refuse("a range", None);
    }
    None
}

/// `115/200 V` (`number`, then `unit` from its slash): two voltages of a three-phase supply,
/// the second within 1 % of √3 times the first (115/200, 120/208, 230/400, 277/480 V).
fn phase_and_line(number: &str, unit: &str) -> Option<NumberError> {
    let rest = unit.strip_prefix('/')?.trim_start();
    // ok: where `find` stops is a char boundary
    let (line, symbol) = rest.split_at(rest.find(|c: char| !c.is_ascii_digit())?);
    let symbol = symbol.trim();
    if !matches!(symbol, "V" | "kV" | "VAC" | "V AC") {
        return None;
    }
    let (phase_n, line_n) = (number.parse::<i128>().ok()?, line.parse::<i128>().ok()?);
    // line² within 2 % of 3 × phase² is line within 1 % of √3 × phase
    let three = 3i128.checked_mul(phase_n.checked_mul(phase_n)?)?;
    let off = line_n
        .checked_mul(line_n)?
        .checked_sub(three)?
        .checked_abs()?;
    (phase_n > 0 && off.checked_mul(50)? <= three).then(|| NumberError::PhaseAndLine {
        written: format!("{number}/{line} {symbol}"),
        phase: format!("{number} {symbol}"),
        line: format!("{line} {symbol}"),
    })
}

/// `24/28 V`, `12/14 V DC` (`number`, then `unit` from its slash): a nominal voltage and the
/// higher one its system is charged or run at, the second more than the first by no more than
/// a quarter (a lead-acid battery system's 12/14 and 24/28 V).
fn nominal_and_charging(number: &str, unit: &str) -> Option<NumberError> {
    let rest = unit.strip_prefix('/')?.trim_start();
    // ok: where `find` stops is a char boundary
    let (charging, symbol) = rest.split_at(rest.find(|c: char| !c.is_ascii_digit())?);
    let symbol = match symbol.trim() {
        "V" => "V",
        "VDC" => "VDC",
        "V DC" => "V DC",
        _ => return None,
    };
    let (nominal_n, charging_n) = (number.parse::<i128>().ok()?, charging.parse::<i128>().ok()?);
    (nominal_n > 0
        && charging_n > nominal_n
        && charging_n.checked_mul(4)? <= nominal_n.checked_mul(5)?)
    .then(|| NumberError::NominalAndCharging {
        nominal: number.to_string(),
        charging: charging.to_string(),
        symbol,
    })
}

/// A figure written as a fraction (`2¼ in`, `2-1/4 in`, `1 1/2 t`, `3/8 in`), told with the
/// decimal to write where it is one (to four decimals at most: `1/3` is no decimal).
fn fraction(text: &str) -> NumberError {
    let plain = fraction_decimal(text);
    match plain {
        Some(plain) => NumberError::FractionOf {
            written: text.to_string(),
            plain,
        },
        None => NumberError::Fraction(text.to_string()),
    }
}

/// `2¼ in` as `2.25 in`, when the fraction ends within four decimals.
fn fraction_decimal(text: &str) -> Option<String> {
    const GLYPHS: [(char, i128, i128); 15] = [
        ('¼', 1, 4),
        ('½', 1, 2),
        ('¾', 3, 4),
        ('⅓', 1, 3),
        ('⅔', 2, 3),
        ('⅕', 1, 5),
        ('⅖', 2, 5),
        ('⅗', 3, 5),
        ('⅘', 4, 5),
        ('⅙', 1, 6),
        ('⅚', 5, 6),
        ('⅛', 1, 8),
        ('⅜', 3, 8),
        ('⅝', 5, 8),
        ('⅞', 7, 8),
    ];
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    // (nine digits at most: the sum below cannot overflow)
    let number = |s: &str| (s.len() <= 9).then(|| s.parse::<i128>().ok()).flatten();
    let text = text.trim();
    // the whole part, if any, and what follows it
    let whole_len = digits(text);
    let (whole, rest) = text.split_at(whole_len); // ok: `whole_len` counts leading ASCII digits
    let mut whole = if whole.is_empty() { 0 } else { number(whole)? };
    let rest = rest.trim_start_matches([' ', '-']);
    let (numerator, denominator, unit) =
        if let Some(&(glyph, n, d)) = GLYPHS.iter().find(|(g, _, _)| rest.starts_with(*g)) {
            (n, d, &rest[glyph.len_utf8()..]) // ok: `rest` starts with `glyph`
        } else {
            let n_len = digits(rest);
            let (n, after) = rest.split_at(n_len); // ok: `n_len` counts leading ASCII digits
            let after = after.trim_start().strip_prefix('/')?.trim_start();
            let d_len = digits(after);
            let (d, unit) = after.split_at(d_len); // ok: `d_len` counts leading ASCII digits
            match number(n) {
                Some(n) => (n, number(d)?, unit),
                // `3/8 in`: what was read as the whole part is the numerator
                None if whole_len > 0 && n.is_empty() => {
                    let numerator = std::mem::replace(&mut whole, 0);
                    (numerator, number(d)?, unit)
                }
                None => return None,
            }
        };
    if denominator == 0 {
        return None;
    }
    let value = Exact::from_integer(whole).checked_add(&Exact::new(numerator, denominator))?;
    if !value
        .checked_mul(&Exact::from_integer(10_000))?
        .is_integer()
    {
        return None;
    }
    let decimal = format_exact(&value, 4);
    Some(match unit.trim() {
        "" => decimal,
        unit => format!("{decimal} {unit}"),
    })
}

/// `36'300 kg` as it is to be written (`36300 kg`), when `number` and `unit` are a whole number of
/// one to three digits (not a lone zero) and groups of three digits after apostrophes.
fn apostrophe_groups(number: &str, unit: &str) -> Option<String> {
    let digits = number.trim_start_matches(['-', '+', '−']);
    let lead = (1..=3).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0');
    if !lead || !unit.starts_with(['\'', '’']) {
        return None;
    }
    let mut joined = number.to_string();
    let mut rest = unit;
    while let Some(after) = rest.strip_prefix(['\'', '’']) {
        let group = after.bytes().take_while(u8::is_ascii_digit).count();
        if group != 3 {
            return None;
        }
        joined.push_str(after.get(..3)?);
        rest = after.get(3..)?;
    }
    // (no more digits or marks after the last group: `36'300.5 kg` is told as it reads)
    if rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',')) {
        return None;
    }
    Some(match rest.trim() {
        "" => joined,
        unit => format!("{joined} {unit}"),
    })
}

/// What follows the signed figures (`+0 -0.13`, `+0.1/-0.2`) that start `text`; `None` when a
/// sign is not followed by a figure.
fn after_deviations(text: &str) -> Option<&str> {
    let mut rest = text.trim_start();
    while rest.starts_with(['+', '-', '−']) {
        rest = after_figure(rest)?.trim_start();
        rest = rest.strip_prefix('/').unwrap_or(rest).trim_start();
    }
    Some(rest)
}

/// What follows a figure, signed or not, at the start of `text` (after any spaces); `None`
/// when no figure starts it.
fn after_figure(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let text = text.strip_prefix(['+', '-', '−']).unwrap_or(text);
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',')))
        .unwrap_or(text.len());
    text[..end] // ok: `end` is from `find` on `text`, or its length
        .contains(|c: char| c.is_ascii_digit())
        .then(|| &text[end..]) // ok: `end` is from `find` on `text`, or its length
}

/// Splits "62,366 psi" into number and unit and parses both; a bare number has no unit.
pub fn parse_written(text: &str) -> Result<Written, QuantityError> {
    read_written(text, true).or_else(|e| match e {
        // (only where a figure is refused: figures are read by the thousand)
        QuantityError::UnknownUnit { .. } | QuantityError::Number(NumberError::NotANumber(_)) => {
            // `1.5×10³ kg`: read as `1.5e3 kg` is, as written; a power of ten alone, or one
            // past what is read, told with the figure it is (never as an unknown unit `^-40`)
            if let Some(PowerOfTen { plain, alone }) = power_of_ten(text) {
                let told = |readable| QuantityError::PowerOfTen {
                    written: text.trim().to_string(),
                    plain: plain.clone(),
                    readable,
                };
                return match read_written(&plain, false) {
                    Ok(_) if alone => Err(told(true)),
                    Ok(read) => Ok(Written {
                        text: text.trim().to_string(),
                        ..read
                    }),
                    Err(QuantityError::Number(
                        NumberError::OutOfRange(_) | NumberError::PowerOutOfRange { .. },
                    )) => Err(told(false)),
                    Err(e) => Err(e),
                };
            }
            Err(marked(text).unwrap_or(e))
        }
        e => Err(e),
    })
}

/// Markers before a figure that make it approximate (longest first, compared in lower case).
/// (French `env.`, `environ`; German `ca.`, `etwa`.)
const APPROXIMATE_BEFORE: [&str; 16] = [
    "approximately",
    "environ",
    "approx.",
    "approx",
    "circa",
    "about",
    "etwa",
    "abt.",
    "env.",
    "env",
    "ca.",
    "ca",
    "c.",
    "~",
    "∼",
    "≈",
];

/// Markers after a figure's unit that make it approximate (a longer one before any it ends
/// with: `circa` before `ca`).
const APPROXIMATE_AFTER: [&str; 13] = [
    "(approx.)",
    "(approx)",
    "approximately",
    "environ",
    "approx.",
    "approx",
    "circa",
    "etwa",
    "(env.)",
    "env.",
    "env",
    "ca.",
    "ca",
];

/// What a figure refused as an unknown unit or no number is, where it is a figure marked so:
/// with its conversion in brackets (`500 kg (1102 lb)`), approximate (`~500 kg`,
/// `500 kg approx.`), a pressure marked gauge or absolute (`30 psig`), a product (`2 x 100 kg`),
/// or a voltage marked line to line or line to neutral (`200 V L-L`).
/// Reads no figure that may hold brackets, so it recurses at most once.
fn marked(text: &str) -> Option<QuantityError> {
    let written = text.trim();
    if let Some((what, figure)) = marked_in_words(written) {
        return Some(QuantityError::NotOneFigure {
            written: written.to_string(),
            what,
            figure: Some(with_decimal_point(figure)),
        });
    }
    let lower = written.to_lowercase();
    let approximate = |figure: &str| QuantityError::Approximate {
        written: written.to_string(),
        figure: with_decimal_point(figure.trim()),
    };
    for marker in APPROXIMATE_BEFORE {
        // (the same length in lower case: the markers are ASCII or one symbol)
        if let Some(rest) = lower
            .strip_prefix(marker)
            .and_then(|_| written.get(marker.len()..))
        {
            if rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
                return Some(approximate(rest));
            }
        }
    }
    // ok: `number_end` is a char boundary of `written`
    let (number, unit) = written.split_at(number_end(written));
    let (number, unit) = (number.trim(), unit.trim());
    if number.is_empty() {
        return None;
    }
    let lower_unit = unit.to_lowercase();
    for marker in APPROXIMATE_AFTER {
        // (a word apart: `mca`, metres of water column, is no `m` marked `ca`)
        if let Some(bare) = lower_unit
            .strip_suffix(marker)
            .filter(|bare| marker.starts_with('(') || bare.ends_with(char::is_whitespace))
        {
            let bare = unit.get(..bare.len()).unwrap_or_default().trim();
            if Unit::find(bare).is_some() {
                return Some(approximate(&format!("{number} {bare}")));
            }
        }
        // `500 approx. kg`, `500 (approx.)`: the marker between the figure and its unit, as
        // `{ value = "500 approx.", unit = "kg" }` writes it, or with no unit
        if let Some(rest) = lower_unit
            .strip_prefix(marker)
            .and_then(|_| unit.get(marker.len()..))
        {
            let apart = marker.ends_with(['.', ')']) || rest.is_empty() || rest.starts_with(' ');
            if apart && (rest.trim().is_empty() || Unit::find(rest).is_some()) {
                return Some(approximate(&format!("{number} {}", rest.trim())));
            }
        }
    }
    if let Some(marked) = pressure_marked(written, number, unit) {
        return Some(marked);
    }
    if let Some(marked) = water_mass(written, number, unit) {
        return Some(marked);
    }
    if let Some(marked) = method_marked(written, number, unit) {
        return Some(marked);
    }
    // `2 x 100 kg`, `4×25 mm`: a count times a figure, or a size's sides
    if unit
        .strip_prefix(['x', 'X', '×', '*'])
        .and_then(after_figure)
        .is_some()
    {
        return Some(QuantityError::NotOneFigure {
            written: written.to_string(),
            what: "a product of figures, not one figure",
            figure: None,
        });
    }
    // `500 kg (1102 lb)`, `1102 lb (≈ 500 kg)`
    if let Some((first_unit, inner)) = unit.split_once('(') {
        let inner = inner.strip_suffix(')')?;
        let inner = inner.trim_start_matches(['≈', '~', '=', ' ']).trim();
        let first = format!("{number} {}", first_unit.trim());
        let reads = |figure: &str| {
            !figure.contains('(') && parse_written(figure).is_ok_and(|w| w.unit.is_some())
        };
        return (reads(&first) && reads(inner)).then(|| QuantityError::WithConversion {
            written: written.to_string(),
            first,
            second: inner.to_string(),
        });
    }
    // `200 V L-L`, `115 VLN`, `200 V line to line`
    let symbol = ["kV", "V"]
        .into_iter()
        .find(|symbol| unit.starts_with(symbol))?;
    let marker = unit[symbol.len()..] // ok: `unit` starts with `symbol`
        .trim()
        .to_lowercase()
        .replace(['–', '‑', ' ', '_'], "-");
    let (what, where_) = match marker.as_str() {
        "l-l" | "ll" | "ph-ph" | "line-to-line" | "phase-to-phase" => (
            "a line-to-line voltage",
            "where a line voltage is asked for (`ac_line_voltage`; line to neutral is the \
             phase voltage, `ac_phase_voltage`)",
        ),
        "l-n" | "ln" | "ph-n" | "line-to-neutral" | "phase-to-neutral" => (
            "a line-to-neutral voltage",
            "where a phase voltage is asked for (`ac_phase_voltage`; line to line is the line \
             voltage, `ac_line_voltage`)",
        ),
        _ => return None,
    };
    Some(QuantityError::LineMarked {
        written: written.to_string(),
        figure: format!("{number} {symbol}"),
        what,
        where_,
    })
}

/// `50,000 CUP`, `62,000 psi (EPVAT)`, `52000 psi [copper-crusher]` (as a verdict shows a
/// figure by its method), split into `number` and `unit`: a pressure written with its test
/// method, told with the figure and the method to state apart. (A bracket that holds a figure
/// is a conversion, `4150 bar (60191 psi)`, told as one.)
fn method_marked(written: &str, number: &str, unit: &str) -> Option<QuantityError> {
    let value = match parse_decimal(number) {
        Ok(_) => number.replace(',', ""),
        Err(_) => number.to_string(),
    };
    let marked = |unit: &'static str, method: &str, catalogue_method: bool| {
        Some(QuantityError::MethodMarked {
            written: written.to_string(),
            value: value.clone(),
            unit,
            method: method.to_string(),
            catalogue_method,
        })
    };
    // copper and lead units of pressure: crusher readings, written as psi are by their method
    match unit {
        "CUP" => return marked("psi", "copper-crusher", true),
        "LUP" => return marked("psi", "lead-crusher", false),
        _ => {}
    }
    let (base, inner) = unit
        .strip_suffix([')', ']'])
        .and_then(|u| u.split_once(['(', '[']))?;
    let pressure = Unit::find(base).filter(|u| u.dimension == Dimension::Pressure)?;
    let method = inner.trim();
    // (a figure in brackets is a conversion; gauge and absolute marks are told above)
    let starts_as_figure =
        method.starts_with(|c: char| c.is_ascii_digit() || "≈~=+-−.".contains(c));
    if method.is_empty() || starts_as_figure {
        return None;
    }
    marked(pressure.symbol, method, false)
}

/// `28.5 gr H2O`, `28.5 grains of water`, `1.85 g H2O` (`written`, split into `number` and
/// `unit`): a volume given as the mass of water it holds, told with the volume it is about.
fn water_mass(written: &str, number: &str, unit: &str) -> Option<QuantityError> {
    let lower = unit.to_lowercase();
    let mass = ["h2o", "h₂o", "of water", "water"]
        .iter()
        .find_map(|water| lower.strip_suffix(water))?
        .trim();
    let mass = Unit::find(mass).filter(|u| u.dimension == Dimension::Mass)?;
    let grams = Unit::find("g")?;
    let value = mass.convert(&parse_decimal(number).ok()?.value, grams)?;
    Some(QuantityError::WaterMass {
        written: written.to_string(),
        volume: format_exact(&value, 2),
    })
}

/// What a figure in crusher units (`50,000 CUP`, `12000 LUP`) says of its method.
fn crusher_units(written: &str) -> Option<&'static str> {
    match written.rsplit(' ').next()? {
        "CUP" => Some("copper units of pressure, a copper-crusher reading,"),
        "LUP" => Some("lead units of pressure, a lead-crusher reading,"),
        _ => None,
    }
}

/// A drawing's or data sheet's word before or after a figure (`max 2.260 in`, `2.260 in max.`,
/// `2.260" (MAX)`, `2.260 in nom.`, `typ. 9.5 g`): what it makes of the figure, and the figure
/// it marks, where that reads as one. (Only of a text that is no figure as written: `5 min` is
/// five minutes.)
fn marked_in_words(written: &str) -> Option<(&'static str, &str)> {
    const WORDS: [(&str, &str); 12] = [
        ("maximum", "a bound in words, not a figure"),
        ("minimum", "a bound in words, not a figure"),
        ("max.", "a bound in words, not a figure"),
        ("min.", "a bound in words, not a figure"),
        ("max", "a bound in words, not a figure"),
        ("min", "a bound in words, not a figure"),
        ("nominal", "a figure marked nominal or typical"),
        ("typical", "a figure marked nominal or typical"),
        ("nom.", "a figure marked nominal or typical"),
        ("typ.", "a figure marked nominal or typical"),
        ("nom", "a figure marked nominal or typical"),
        ("typ", "a figure marked nominal or typical"),
    ];
    // (the same byte lengths as `written`: only ASCII letters change)
    let lower = written.to_ascii_lowercase();
    let reads = |figure: &str| !figure.is_empty() && parse_written(figure).is_ok();
    WORDS.iter().find_map(|&(word, what)| {
        // before the figure: `max 2.260 in`, `MAX: 2.260"`
        if let Some(rest) = lower.strip_prefix(word) {
            if rest.starts_with([' ', ':']) {
                // ok: `lower` is `written` ASCII-lowercased (same bytes), which starts with `word`
                let figure = written[word.len()..].trim_start_matches([' ', ':']);
                if reads(figure) {
                    return Some((what, figure));
                }
            }
        }
        // after it: `2.260 in max`, `2.260 in (max.)`, `2.260 in, nom.`
        let bare = lower.trim_end_matches(')').trim_end();
        let before = bare.strip_suffix(word)?;
        if !before.ends_with([' ', '(', ',']) {
            return None;
        }
        let figure = before.trim_end_matches([' ', '(', ',']);
        // ok: a prefix of `lower`, which has `written`'s char boundaries
        let figure = &written[..figure.len()];
        reads(figure).then_some((what, figure))
    })
}

/// `30 psig`, `2 barg`, `3 bar(a)`, `5 MPa (gauge)`, `3 atü` (`written`, split into `number`
/// and `unit`): a pressure marked as gauge or absolute, told with the figure to write.
fn pressure_marked(written: &str, number: &str, unit: &str) -> Option<QuantityError> {
    let lower = unit.to_lowercase();
    // (cut where the lower case is cut: the same length, as the markers are ASCII)
    if lower.len() != unit.len() {
        return None;
    }
    // the German technical atmosphere, gauge (Überdruck) and absolute
    let (symbol, gauge) = match lower.as_str() {
        "atü" | "atu" => ("at", true),
        "ata" => ("at", false),
        _ => {
            // (marker, gauge); a bare letter only after `psi` or `bar` (`psig`, `bar a`)
            const MARKERS: [(&str, bool); 12] = [
                ("(gauge)", true),
                ("gauge", true),
                ("(g)", true),
                ("g", true),
                ("(absolute)", false),
                ("absolute", false),
                ("(abs.)", false),
                ("(abs)", false),
                ("abs.", false),
                ("abs", false),
                ("(a)", false),
                ("a", false),
            ];
            MARKERS.iter().find_map(|&(marker, gauge)| {
                let base = unit.get(..lower.strip_suffix(marker)?.len())?;
                let pressure = Unit::find(base).filter(|u| u.dimension == Dimension::Pressure)?;
                let letter = marker.len() == 1;
                (!letter || matches!(pressure.symbol, "psi" | "bar")).then(|| (base.trim(), gauge))
            })?
        }
    };
    Some(QuantityError::PressureMarked {
        written: written.to_string(),
        figure: format!("{number} {symbol}"),
        what: if gauge {
            "a gauge pressure (above the atmosphere's)"
        } else {
            "an absolute pressure (the atmosphere's included)"
        },
        what_short: if gauge {
            "a gauge pressure"
        } else {
            "an absolute pressure"
        },
        other: if gauge {
            "an absolute pressure"
        } else {
            "a gauge pressure"
        },
        more_or_less: if gauge { "more" } else { "less" },
    })
}

/// [`parse_written`], reading a figure written in two parts (`8 ft 6 in`) when `two_parts`:
/// the second part is read with it false, so that no text makes this recurse.
fn read_written(text: &str, two_parts: bool) -> Result<Written, QuantityError> {
    let written = text.trim();
    if written.is_empty() {
        return Err(NumberError::Empty.into());
    }
    let normal = normalised(written);
    let trimmed: &str = &normal;
    let split = number_end(trimmed);
    // ".nan" and "-.inf" (YAML) start with characters of a number; name them for what they are
    let first_word = trimmed.split_whitespace().next().unwrap_or("");
    if not_finite(first_word) {
        return Err(NumberError::NotFinite(trimmed.to_string()).into());
    }
    // ok: `split` is `number_end` of `trimmed`, a char boundary
    let (number, unit) = trimmed.split_at(split);
    let number_text = number.trim();
    let unit_text = unit.trim();
    if let Some(refused) = not_one_figure(trimmed, number_text, unit_text) {
        return Err(refused);
    }
    // `2¼ in`, `½ in`: a fraction in one character
    const FRACTIONS: [char; 15] = [
        '¼', '½', '¾', '⅓', '⅔', '⅕', '⅖', '⅗', '⅘', '⅙', '⅚', '⅛', '⅜', '⅝', '⅞',
    ];
    if unit_text.starts_with(FRACTIONS) {
        return Err(fraction(trimmed).into());
    }
    // `- 47 °C`: the sign apart from its figure
    if matches!(number_text, "-" | "+" | "−") && unit_text.starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(NumberError::SignApart {
            written: trimmed.to_string(),
            plain: format!("{number_text}{unit_text}"),
        }
        .into());
    }
    // `36'300 kg`, `1’250’000 kg`: thousands grouped with an apostrophe (not `5'11"`, feet and
    // inches, nor `0'500`, whose lone zero starts no thousands)
    if let Some(plain) = apostrophe_groups(number_text, unit_text) {
        return Err(NumberError::ApostropheGroups {
            written: trimmed.to_string(),
            plain,
        }
        .into());
    }
    if !number_text.is_empty()
        && unit_text
            .strip_prefix('_')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    {
        return Err(NumberError::Underscore(trimmed.to_string()).into());
    }
    if number_text.is_empty() {
        let lower = trimmed.to_ascii_lowercase();
        if lower.contains("nan") || lower.contains("inf") {
            return Err(NumberError::NotFinite(trimmed.to_string()).into());
        }
        return Err(NumberError::NotANumber(trimmed.to_string()).into());
    }
    let number = parse_decimal(number_text)?;
    if let Some(radix) = in_radix(number_text, unit_text) {
        return Err(radix.into());
    }
    // `0 500 in`: no thousands start with a zero (see `thousands_joined`), so a group of three
    // digits after a lone zero is a decimal written with a space, as `0,500` is with a comma
    let digits = number_text.trim_start_matches(['-', '+', '−']);
    let after = unit_text.trim_start();
    let group = after
        .get(..after.bytes().take_while(u8::is_ascii_digit).count())
        .unwrap_or("");
    if digits.starts_with('0') && digits.chars().all(|c| c.is_ascii_digit()) && group.len() == 3 {
        return Err(NumberError::DecimalSpace {
            written: format!("{number_text} {group}"),
            plain: format!("{number_text}.{group}"),
        }
        .into());
    }
    if let Some(figure) = two_parts
        .then(|| two_part(&number, unit_text))
        .transpose()
        .map_err(|e| match e {
            // `5 ft 3 in 2 mm`: more parts than two, told as such
            QuantityError::UnknownUnit { .. } => in_parts(trimmed, &number, unit_text).unwrap_or(e),
            e => e,
        })?
        .flatten()
    {
        return Ok(Written {
            text: written.to_string(),
            ..figure
        });
    }
    // "1/2 in", "1 1/2 in", "1 / 2 in": the unit would start at the slash or the fraction
    if unit_text
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ')
        .strip_prefix('/')
        .is_some_and(|d| d.trim_start().starts_with(|c: char| c.is_ascii_digit()))
    {
        if let Some(pair) = phase_and_line(number_text, unit_text)
            .or_else(|| nominal_and_charging(number_text, unit_text))
        {
            return Err(pair.into());
        }
        return Err(fraction(trimmed).into());
    }
    // `gr.` with its full stop is a French sheet's gramme as often as a grain
    if unit_text.trim().eq_ignore_ascii_case("gr.") {
        return Err(QuantityError::Ambiguous {
            unit: unit_text.trim().to_string(),
            meanings: "grains (`gr`, 0.06479891 g) or, on French sheets, grammes (`g`)",
        });
    }
    let unit_text = unit_text.strip_suffix('.').filter(|bare| {
        // `lbs.`, `ft.`: an abbreviation's full stop, where the unit is known without it
        !matches!(Unit::lookup(unit_text), Lookup::Found(_))
            && matches!(Unit::lookup(bare), Lookup::Found(_))
    });
    let unit_text = unit_text.unwrap_or(unit.trim());
    // `gal`, and `gal.` too
    let bare = unit_text.strip_suffix('.').unwrap_or(unit_text);
    if let Some(meanings) = AMBIGUOUS
        .iter()
        .find(|(spellings, _)| spellings.iter().any(|s| s.eq_ignore_ascii_case(bare)))
        .map(|(_, meanings)| meanings)
        .or_else(|| {
            AMBIGUOUS_AS_WRITTEN
                .iter()
                .find(|(spelling, _)| *spelling == bare)
                .map(|(_, meanings)| meanings)
        })
    {
        return Err(QuantityError::Ambiguous {
            unit: unit_text.to_string(),
            meanings,
        });
    }
    let lookup = Unit::lookup(unit_text);
    // (looked at only where no unit is found: figures are read by the thousand)
    if !matches!(lookup, Lookup::Found(_)) {
        if let Some(quantity) = OTHER_QUANTITIES
            .iter()
            .find(|(spellings, _)| spellings.contains(&unit_text))
            .map(|&(_, quantity)| quantity)
            .or_else(|| is_reactive_power(unit_text).then_some(REACTIVE_POWER))
        {
            return Err(QuantityError::OtherQuantity {
                unit: unit_text.to_string(),
                quantity,
                of: None,
            });
        }
        if let Some(which) = AIRSPEEDS
            .iter()
            .find(|(spelling, _)| spelling.eq_ignore_ascii_case(unit_text))
            .map(|&(_, which)| which)
        {
            return Err(QuantityError::Airspeed {
                unit: unit_text.to_string(),
                which,
            });
        }
    }
    let unit = if unit_text.is_empty() {
        None
    } else {
        Some(match lookup {
            Lookup::Found(unit) => unit,
            // "MB/s" is not Mb/s (a byte is eight bits), "Mg" not mg, "nm" not NM
            Lookup::CaseClash(other, second) => {
                return Err(QuantityError::CaseMatters {
                    unit: unit_text.to_string(),
                    // (said between backticks: "`kN` or `kn`")
                    other: match second {
                        Some(second) => format!("{other}` or `{second}"),
                        None => other.to_string(),
                    },
                });
            }
            Lookup::Unknown => {
                if let Some(two) = two_parts
                    .then(|| in_parts(trimmed, &number, unit_text))
                    .flatten()
                {
                    return Err(two);
                }
                return Err(QuantityError::UnknownUnit {
                    unit: unit_text.to_string(),
                    suggestion: Unit::suggest(unit_text).map(str::to_string),
                });
            }
        })
    };
    Ok(Written {
        text: written.to_string(),
        number,
        unit,
        unit_text: unit_text.to_string(),
    })
}

/// A figure written in two parts, as one figure: feet and inches (`8 ft 6 in`, `8' 6"`) in
/// inches, pounds and ounces (`1 lb 4 oz`) in ounces, stone and pounds (`20 stone 10 lb`) in
/// pounds, with the smaller part's precision; and a rifling twist (`1 in 7 in`, `1:7 in`: one
/// turn in the length that follows), as that length. `None` when `unit` is not such a second part.
fn two_part(number: &Decimal, unit: &str) -> Result<Option<Written>, QuantityError> {
    let one = Exact::from_integer(1);
    let twist = unit
        .strip_prefix("in ")
        .or_else(|| unit.strip_prefix(':'))
        .filter(|_| number.value == one);
    if let Some(length) = twist.map(str::trim_start) {
        // only a length: `1:4` is a ratio, and `1 in 62 gr` no twist
        if length.starts_with(|c: char| c.is_ascii_digit()) {
            if let Ok(twist) = read_written(length, false) {
                if twist.unit.is_some_and(|u| u.dimension == Dimension::Length) {
                    // one turn in no length (or less) is no barrel's twist
                    if twist.number.value <= Exact::from_integer(0) {
                        return Err(QuantityError::NotOneFigure {
                            written: format!("1 {unit}"),
                            what: "a twist of one turn in no length",
                            figure: None,
                        });
                    }
                    return Ok(Some(twist));
                }
            }
        }
    }
    // the larger unit's spellings, the smaller unit, and how many of it make one of the larger
    const PAIRS: [(&[&str], &str, i128); 3] = [
        (&["feet", "foot", "ft", "'", "′", "’"], "in", 12),
        (&["pounds", "pound", "lbs", "lb"], "oz", 16),
        // stone and pounds, as British sheets write a weight; `st` too, which alone may be a
        // short ton (refused so), but before pounds short of a stone is stone: a short ton and
        // pounds is no figure of one unit and its part, and is read in no spelling (`20 short
        // ton 10 lb` is two figures)
        (&["stones", "stone", "st"], "lb", 14),
    ];
    let found = PAIRS.iter().find_map(|&(larger, smaller, ratio)| {
        larger
            .iter()
            .find_map(|l| unit.strip_prefix(l))
            .map(str::trim_start)
            .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            .map(|rest| (rest, smaller, ratio))
    });
    let Some((rest, smaller, ratio)) = found else {
        return Ok(None);
    };
    if number.value < Exact::from_integer(0) {
        return Ok(None);
    }
    let part = read_written(rest, false)?;
    if part.unit.map(|u| u.symbol) != Some(smaller) {
        return Ok(None);
    }
    let st = !unit.starts_with("stone") && unit.starts_with("st");
    // a smaller part of a whole larger one or more is no such figure (`0' 500 in` is not
    // 500 in, `8 ft 14 in` no height); after `st` it leaves `st` a stone or a short ton, told
    // so in `in_parts` (`2 st 100 lb`)
    if part.number.value >= Exact::from_integer(ratio) && st {
        return Ok(None);
    }
    if part.number.value >= Exact::from_integer(ratio) {
        return Err(QuantityError::NotOneFigure {
            written: format!(
                "{}{}{unit}",
                format_exact(&number.value, 12),
                if unit.starts_with(char::is_alphabetic) {
                    " "
                } else {
                    ""
                }
            ),
            what: "two figures whose second is not less than one of the first's unit",
            figure: None,
        });
    }
    let value = number
        .value
        .checked_mul(&Exact::from_integer(ratio))
        .and_then(|v| v.checked_add(&part.number.value))
        .ok_or_else(|| NumberError::OutOfRange(unit.to_string()))?;
    Ok(Some(Written {
        number: Decimal {
            value,
            half_unit: part.number.half_unit,
        },
        ..part
    }))
}

/// A part's unit in a figure written in parts: `st` is either of its units.
#[derive(Clone, Copy)]
enum PartUnit {
    One(&'static Unit),
    StoneOrShortTon,
    None,
    /// A word no unit is spelt (`2 t 100 xx`).
    Unknown,
}

/// Words between two figures that join them rather than give the first its unit (`2 by 100 kg`):
/// no unknown unit to tell. (`2 x 100 kg`, a product, is told as one in [`marked`].)
const JOINING_WORDS: [&str; 6] = ["by", "and", "or", "of", "per", "to"];

/// A figure written in parts that are not read together as feet and inches are, told as what
/// it is: figures in units of one dimension (`2 t 100 kg`, `2 t 100 kg 5 g`), with the one figure
/// to write; `st` before a stone of pounds or more (`2 st 100 lb`: stone and pounds, or a short
/// ton; short of a stone, [`two_part`] reads it as stone) or before anything else, with the
/// figure each reading makes; figures that make no one figure (`2 m
/// 3 kg`, `20 °C 5 K`); a last part without a unit (`1 m 20`, `5 ft 3`); and a part in a unit
/// nobody knows (`2 t 100 xx`), told with what was read. `None` for anything else. Each part
/// starts at a word that starts with a digit. Reached only on the way to an unknown unit: no
/// figure read pays for it.
fn in_parts(text: &str, number: &Decimal, unit: &str) -> Option<QuantityError> {
    let part_unit = |written: &str| match written {
        "" => Some(PartUnit::None),
        "st" => Some(PartUnit::StoneOrShortTon),
        _ => Unit::find(written).map(PartUnit::One),
    };
    let cuts: Vec<usize> = unit
        .char_indices()
        // ok: `i` is from `char_indices` on `unit`
        .filter(|&(i, c)| c.is_ascii_digit() && unit[..i].ends_with(char::is_whitespace))
        .map(|(i, _)| i)
        .collect();
    // ok: each cut is from `char_indices` on `unit`
    let first = unit[..*cuts.first()?].trim();
    // the first figure as written (`2` of `2 t 100 kg`)
    let lead = text.strip_suffix(unit).unwrap_or(text).trim_end();
    // the first part whose unit nobody knows: where it is in `read_as`, and its unit as written
    let mut unknown: Option<(usize, String)> = None;
    let first_unit = match part_unit(first) {
        Some(unit) => unit,
        None => match read_written(&format!("{lead} {first}"), false) {
            // `2 gal 100 L`: a spelling refused for what it is, said so
            Err(e @ (QuantityError::Ambiguous { .. } | QuantityError::CaseMatters { .. })) => {
                return Some(e)
            }
            // (a word of two letters or more, not a mark, nor a word that joins two figures:
            // `2 by 100 kg` is no figure in the unit `by`)
            Err(QuantityError::UnknownUnit { .. })
                if first.chars().count() >= 2
                    && first.chars().all(char::is_alphabetic)
                    && !JOINING_WORDS.contains(&first.to_lowercase().as_str()) =>
            {
                unknown = Some((0, first.to_string()));
                PartUnit::Unknown
            }
            _ => return None,
        },
    };
    // each part as read, for a message that says what was read: `2 t`, `100 in an unknown unit`
    let mut read_as = vec![match first_unit {
        PartUnit::Unknown => format!("{lead} in an unknown unit `{first}`"),
        _ => format!("{lead} {first}"),
    }];
    // (number, unit, the part as written)
    let mut parts = vec![(number.value, first_unit, first)];
    for (k, &start) in cuts.iter().enumerate() {
        // ok: cuts ascend from `char_indices` on `unit`; the last ends at its length
        let part = unit[start..cuts.get(k + 1).copied().unwrap_or(unit.len())].trim();
        // `10 st`: `st` is no unit `read_written` reads
        let (figure, st) = match part.strip_suffix("st") {
            Some(figure) if figure.ends_with(|c: char| c.is_ascii_digit() || c == ' ') => {
                (figure.trim_end(), true)
            }
            _ => (part, false),
        };
        let read = match read_written(figure, false) {
            Ok(read) => read,
            Err(QuantityError::UnknownUnit { unit, .. }) if !st => {
                let number = figure
                    .strip_suffix(unit.as_str())
                    .unwrap_or(figure)
                    .trim_end();
                read_as.push(format!("{number} in an unknown unit `{unit}`"));
                unknown.get_or_insert((read_as.len() - 1, unit));
                parts.push((Exact::from_integer(0), PartUnit::Unknown, figure));
                continue;
            }
            Err(e @ (QuantityError::Ambiguous { .. } | QuantityError::CaseMatters { .. }))
                if !st =>
            {
                return Some(e)
            }
            Err(_) => return None,
        };
        read_as.push(figure.to_string());
        let part_unit = match (st, read.unit) {
            (true, None) => PartUnit::StoneOrShortTon,
            (false, Some(unit)) => PartUnit::One(unit),
            (false, None) => PartUnit::None,
            (true, Some(_)) => return None,
        };
        parts.push((read.number.value, part_unit, figure));
    }
    const COUNTS: [&str; 8] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let count = COUNTS.get(parts.len() - 2).copied().unwrap_or("many");
    let not_one = |told: String| {
        Some(QuantityError::PartsNotOne {
            written: text.to_string(),
            count,
            told,
        })
    };
    // `2 t 100 xx`: said as read, with a unit of the other parts' dimension `xx` may be
    if let Some((at, written)) = unknown {
        let dimension = parts.iter().find_map(|p| match p.1 {
            PartUnit::One(unit) => Some(unit.dimension),
            PartUnit::StoneOrShortTon => Some(Dimension::Mass),
            PartUnit::None | PartUnit::Unknown => None,
        });
        let suggestion = match dimension {
            Some(dimension) => Unit::suggest_of(&written, dimension),
            None => Unit::suggest(&written),
        };
        if let (Some(suggestion), Some(part)) = (suggestion, read_as.get_mut(at)) {
            part.push_str(&format!(" (did you mean `{suggestion}`?)"));
        }
        return not_one(format!(
            ", {}: write the one figure, in one unit",
            crate::suggest::and_listed(&read_as)
        ));
    }
    let stone_or_ton = parts
        .iter()
        .any(|p| matches!(p.1, PartUnit::StoneOrShortTon));
    let st_meanings = "a US short ton (907.18474 kg, `short ton`) or a British stone \
                       (6.35029318 kg, `stone`)";
    // a part with no unit: the last (`1 m 20`); one between others is no such figure
    let last = parts.len() - 1;
    if let Some(at) = parts.iter().position(|p| matches!(p.1, PartUnit::None)) {
        if at != last || at == 0 {
            return None;
        }
        let which = if last == 1 { "second" } else { "last" };
        // ok: `parts` starts with one part, and `last` is its length - 1
        let figure = parts[last].2;
        // the smaller unit written after the larger (`5 ft 3 in`), if that is what it is
        const SMALLER: [(&str, &str, &str); 3] = [
            ("ft", "in", "inches"),
            ("lb", "oz", "ounces"),
            ("stone", "lb", "pounds"),
        ];
        // ok: `parts` starts with one part
        let smaller = match parts[0].1 {
            PartUnit::One(unit) if last == 1 => SMALLER.iter().find(|s| s.0 == unit.symbol),
            _ => None,
        };
        let told = match smaller {
            _ if stone_or_ton => format!(
                ", and the second, {figure}, has no unit, and `st` is ambiguous: it may be \
                 {st_meanings}; write the one figure, in one unit"
            ),
            Some((_, symbol, name)) => format!(
                ", and the {which}, {figure}, has no unit: write it with its unit (`{} {symbol}`, \
                 if it is in {name}), or the one figure in one unit",
                text.trim_end()
            ),
            None => format!(
                ", and the {which}, {figure}, has no unit: write the one figure, in one unit"
            ),
        };
        return not_one(told);
    }
    let symbol = |p: &PartUnit| match p {
        PartUnit::One(unit) => unit.symbol,
        _ => "st",
    };
    let units = crate::suggest::and_listed(&parts.iter().map(|p| symbol(&p.1)).collect::<Vec<_>>());
    let dimension = |p: &PartUnit| match p {
        PartUnit::One(unit) => unit.dimension,
        _ => Dimension::Mass,
    };
    if let Some(pair) = parts
        .windows(2)
        // ok: `windows(2)` gives two
        .find(|pair| dimension(&pair[0].1) != dimension(&pair[1].1))
    {
        let (a, b) = (&pair[0].1, &pair[1].1); // ok: `windows(2)` gives two
        return not_one(format!(
            ", in {units}, which make no one figure: {} is {} and {} {}; write the one figure, \
             in one unit",
            symbol(a),
            dimension(a).with_article(),
            symbol(b),
            dimension(b).with_article()
        ));
    }
    if let Some(offset) = parts.iter().find_map(|p| match p.1 {
        PartUnit::One(unit) if unit.has_offset() => Some(unit.symbol),
        _ => None,
    }) {
        return not_one(format!(
            ", in {units}, which make no one figure: {offset} counts from a zero of its own, and \
             its figures are not added; write the one figure, in one unit"
        ));
    }
    // the one figure `reading` makes of `st`: in the last part's unit, to its decimals (`2 t
    // 100.0 kg`: 2100.0 kg), or else in the first other part's unit that makes it a decimal of
    // at most 12 places; none for a negative figure (is `-2 t 100 kg` -2100 kg or -1900 kg?),
    // nor for parts whose units do not each get smaller (`1 in 1 in 7 in` is no sum)
    let plain = |reading: &'static Unit| -> Option<String> {
        if number.value < Exact::from_integer(0) {
            return None;
        }
        let unit_of = |p: &PartUnit| match *p {
            PartUnit::One(unit) => Some(unit),
            PartUnit::StoneOrShortTon => Some(reading),
            PartUnit::None | PartUnit::Unknown => None,
        };
        let smaller = |pair: &[(Exact, PartUnit, &str)]| {
            // ok: called only on `windows(2)`, of two
            Some(unit_of(&pair[0].1)?.factor() > unit_of(&pair[1].1)?.factor())
        };
        if !parts.windows(2).all(|pair| smaller(pair) == Some(true)) {
            return None;
        }
        let decimals = |figure: &str| {
            figure.split_once('.').map_or(0, |(_, d)| {
                d.chars().take_while(char::is_ascii_digit).count()
            })
        };
        parts
            .iter()
            .rev()
            .enumerate()
            .find_map(|(k, (_, target, written))| {
                let target = unit_of(target)?;
                let sum =
                    parts
                        .iter()
                        .try_fold(Exact::from_integer(0), |sum, (value, unit, _)| {
                            sum.checked_add(&unit_of(unit)?.convert(value, target)?)
                        })?;
                if 10i128.pow(12) % sum.denom() != 0 {
                    return None;
                }
                let mut figure = format_exact(&sum, 12);
                let wanted = if k == 0 { decimals(written) } else { 0 };
                let shown = decimals(&figure);
                if shown < wanted {
                    if shown == 0 {
                        figure.push('.');
                    }
                    figure.extend(std::iter::repeat_n('0', wanted - shown));
                }
                Some(format!("{figure} {}", target.symbol))
            })
    };
    let (short_ton, stone) = (Unit::find("short ton")?, Unit::find("stone")?);
    if !stone_or_ton {
        return Some(QuantityError::TwoFigures {
            written: text.to_string(),
            count,
            units,
            plain: plain(short_ton),
        });
    }
    not_one(match (plain(short_ton), plain(stone)) {
        (Some(ton), Some(stone)) => format!(
            ", in {units}, and `st` is ambiguous: it may be {st_meanings}; write the one figure, \
             {ton} if it is short tons, or {stone} if stone"
        ),
        _ => format!(
            ", in {units}, and `st` is ambiguous: it may be {st_meanings}; write which, and the \
             one figure in one unit"
        ),
    })
}

/// A figure as word processors and national sheets write it, read as this module reads figures:
/// no-break, thin and narrow spaces as spaces, zero-width spaces dropped, a leading en dash as a
/// minus (`–47 °C`), and thousands grouped by spaces (`36 300 kg`, as SI writes them) joined.
fn normalised(text: &str) -> Cow<'_, str> {
    // (the text as it is, without a copy, unless one of these changes it: figures are read by
    // the thousand)
    let odd_space = |c: char| {
        matches!(
            c,
            '\u{200b}' | '\u{feff}' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2007}'
        )
    };
    let mut spaced = if text.contains(odd_space) {
        Cow::Owned(
            text.chars()
                .filter(|&c| c != '\u{200b}' && c != '\u{feff}')
                .map(|c| if odd_space(c) { ' ' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    };
    // a dash before a digit is a minus; alone it is said as written
    if let Some(rest) = spaced
        .strip_prefix('–')
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    {
        spaced = Cow::Owned(format!("−{rest}"));
    }
    match thousands_joined(&spaced) {
        Some(joined) => Cow::Owned(joined),
        None => spaced,
    }
}

/// `36 300 kg` as `36300 kg`: a group of one to three digits, then groups of three each after
/// one space; `None` when the text has no such groups.
fn thousands_joined(spaced: &str) -> Option<String> {
    let sign = spaced.starts_with(['-', '+', '−']) as usize;
    let sign = spaced
        .char_indices()
        .nth(sign)
        .map_or(spaced.len(), |(i, _)| i);
    let (head, rest) = spaced.split_at(sign); // ok: `sign` is from `char_indices`, or the length
    let mut groups = rest.split(' ');
    let first = groups.next().unwrap_or("");
    let is_digits = |g: &str| g.chars().all(|c| c.is_ascii_digit());
    // (no thousands start with a zero: `0 500` is a decimal, refused as `0,500` is)
    if !(1..=3).contains(&first.len()) || !is_digits(first) || first.starts_with('0') {
        return None;
    }
    let mut number = first.to_string();
    let mut taken = 1;
    for group in groups {
        // the last group may carry the decimals (`36 300.5 kg`, or `1 500,5 kg`, refused next
        // as the decimal comma it is)
        let whole = group.split_once(['.', ',']).map_or(group, |(w, _)| w);
        if whole.len() == 3 && is_digits(whole) {
            number.push_str(group);
            taken += 1;
            if whole.len() != group.len() {
                break;
            }
        } else {
            break;
        }
    }
    if taken == 1 {
        return None;
    }
    let tail: Vec<&str> = rest.split(' ').skip(taken).collect();
    Some(if tail.is_empty() {
        format!("{head}{number}")
    } else {
        format!("{head}{number} {}", tail.join(" "))
    })
}

/// `0x1E` read as the number `0` and the unit `x1E`: a hexadecimal, octal or binary integer
/// (as TOML and YAML write them), said for what it is.
fn in_radix(number: &str, unit: &str) -> Option<NumberError> {
    let digits = number.strip_prefix(['-', '+', '−']).unwrap_or(number);
    if digits != "0" {
        return None;
    }
    let mut chars = unit.chars();
    let (radix, base) = match chars.next()? {
        'x' | 'X' => ("a hexadecimal", 16),
        'o' | 'O' => ("an octal", 8),
        'b' | 'B' => ("a binary", 2),
        _ => return None,
    };
    // the digits, up to a unit written after them (`0x1E mm`)
    let token: String = chars.take_while(|c| !c.is_whitespace()).collect();
    let rest: String = token.chars().filter(|&c| c != '_').collect();
    let value = u128::from_str_radix(&rest, base).ok()?;
    let sign = if digits.len() < number.len() && !number.starts_with('+') && value != 0 {
        "-"
    } else {
        ""
    };
    Some(NumberError::Radix {
        written: format!("{number}{}", unit.get(..1 + token.len()).unwrap_or(unit)),
        radix,
        decimal: format!("{sign}{value}"),
    })
}

/// Where the number that starts `text` ends: its digits, marks and signs, and an exponent's `e`.
fn number_end(text: &str) -> usize {
    text.char_indices()
        .find(|&(i, c)| {
            !(c.is_ascii_digit()
                || matches!(c, '.' | ',' | '-' | '+' | '−')
                || is_exponent(text, i, c))
        })
        .map_or(text.len(), |(i, _)| i)
}

/// `1.5×10³ kg`, `1.5 x 10^3 kg`, `2.5*10^-3 m`: a figure in scientific notation, as it is read
/// (`1.5e3 kg`); `None` for anything else.
fn power_of_ten(text: &str) -> Option<PowerOfTen> {
    let text = text.trim();
    // ok: `number_end` is a char boundary of `text`
    let (number, rest) = text.split_at(number_end(text));
    if !number.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let times = rest
        .trim_start()
        .strip_prefix(['×', 'x', 'X', '*', '·'])
        .map(str::trim_start);
    // `10^-6`, `10⁻⁶ m`: a power of ten alone, the figure 1 times it
    let alone = times.is_none() && number == "10";
    let (number, rest) = match times {
        Some(times) => (number, times.strip_prefix("10")?),
        None if alone => ("1", rest),
        None => return None,
    };
    const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let mut exponent = String::new();
    let after = match rest.strip_prefix('^') {
        Some(caret) => {
            // `10^3`, `10^-3`, `10^(-3)`
            let bracketed = caret.strip_prefix('(');
            let caret = bracketed.unwrap_or(caret);
            if caret.starts_with(['-', '−']) {
                exponent.push('-');
            }
            let digits = caret.strip_prefix(['-', '−', '+']).unwrap_or(caret);
            let end = digits
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(digits.len());
            // ok: `end` is from `find` on `digits`, or its length
            exponent.push_str(&digits[..end]);
            let after = &digits[end..]; // ok: `end` is from `find` on `digits`, or its length
            match bracketed {
                Some(_) => after.strip_prefix(')')?,
                None => after,
            }
        }
        None => {
            let signed = rest.strip_prefix(['⁻', '⁺']);
            if rest.starts_with('⁻') {
                exponent.push('-');
            }
            let digits = signed.unwrap_or(rest);
            let mut end = 0;
            for c in digits.chars() {
                match SUPERSCRIPTS.iter().position(|&s| s == c) {
                    // ok: a position in a list of ten is one digit
                    Some(d) => exponent.push(char::from(b'0' + d as u8)),
                    None => break,
                }
                end += c.len_utf8();
            }
            &digits[end..] // ok: `end` sums the lengths of `digits`' leading chars
        }
    };
    if !exponent.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some(PowerOfTen {
        plain: format!("{number}e{exponent} {}", after.trim())
            .trim_end()
            .to_string(),
        alone,
    })
}

/// A figure written with a power of ten, as [`power_of_ten`] reads it.
struct PowerOfTen {
    /// As it is read: `1.5e3 kg`, `1e-6` (of `10^-6`).
    plain: String,
    /// Whether it is a power of ten alone (`10^-6`, `10⁻⁶ m`), with no figure before it.
    alone: bool,
}

/// An `e` is an exponent only between digits ("1e3"), not the start of a unit ("1 eV").
fn is_exponent(text: &str, i: usize, c: char) -> bool {
    if c != 'e' && c != 'E' {
        return false;
    }
    // ok: `i` is from `char_indices` on `text` (`number_end`)
    let before = text[..i].chars().last().is_some_and(|p| p.is_ascii_digit());
    let after = text[i + 1..] // ok: `c` at `i` is a one-byte `e` or `E`
        .chars()
        .next()
        .is_some_and(|n| n.is_ascii_digit() || n == '-' || n == '+');
    before && after
}

/// A value of a dimension, converted exactly to a property's canonical unit, with the precision
/// it was written with (converted too).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quantity {
    pub value: Exact,
    pub half_unit: Exact,
    pub unit: &'static Unit,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConversionError {
    #[error("{written} is {}; {expected_for} is {}{}", .found.with_article(), .expected.with_article(), crate::suggest::did_you_mean(.suggestion))]
    WrongDimension {
        written: String,
        found: Dimension,
        expected: Dimension,
        expected_for: String,
        /// The unit of the expected dimension the one written stands for in other languages'
        /// sheets (`23 lt` of a volume: `lt` is the long ton here, and the litre in Italian).
        suggestion: Option<String>,
    },
    #[error("{written} has no unit; {expected_for} is {} (e.g. in {})", .expected.with_article(), .example)]
    MissingUnit {
        written: String,
        expected: Dimension,
        expected_for: String,
        example: &'static str,
    },
    #[error("`{0}` has too many digits, or is too large, to convert exactly: round it as the data sheet does")]
    Overflow(String),
}

impl Written {
    /// Converts to `to`, naming `what` (the property) in errors.
    pub fn to_quantity(&self, to: &'static Unit, what: &str) -> Result<Quantity, ConversionError> {
        self.convert_with(to, what, Unit::convert)
    }

    /// A force read as the mass whose weight it is under standard gravity, in the mass unit
    /// `to`: a rated load given as a force (`33.4 kN` of a ring rated 7,500 lb), with its
    /// precision so converted. `None` when the figure is no force or `to` no mass, or on
    /// overflow. (1 lbf is then 1 lb, and 1 kgf 1 kg, exactly.)
    pub fn weight_as_mass(&self, to: &'static Unit) -> Option<Quantity> {
        let unit = self.unit?;
        if unit.dimension != Dimension::Force || to.dimension != Dimension::Mass {
            return None;
        }
        Some(Quantity {
            value: unit.convert(&self.number.value, to)?,
            half_unit: unit.convert_span(&self.number.half_unit, to)?,
            unit: to,
        })
    }

    /// Converts a difference of two values (a tolerance) to `to`: without the scales' offsets,
    /// so that 2 °F is 10/9 K, where the temperature 2 °F is −16.7 °C.
    pub fn to_span(&self, to: &'static Unit, what: &str) -> Result<Quantity, ConversionError> {
        self.convert_with(to, what, Unit::convert_span)
    }

    fn convert_with(
        &self,
        to: &'static Unit,
        what: &str,
        convert: fn(&Unit, &Exact, &Unit) -> Option<Exact>,
    ) -> Result<Quantity, ConversionError> {
        let Some(unit) = self.unit else {
            return Err(ConversionError::MissingUnit {
                written: self.text.clone(),
                expected: to.dimension,
                expected_for: what.to_string(),
                example: to.symbol,
            });
        };
        if unit.dimension != to.dimension {
            return Err(ConversionError::WrongDimension {
                written: self.text.clone(),
                found: unit.dimension,
                expected: to.dimension,
                expected_for: what.to_string(),
                suggestion: OTHER_LANGUAGES
                    .iter()
                    .filter(|(written, _)| *written == self.unit_text)
                    // (a unit mixed up is so in any case: `16 LB` of a force)
                    .chain(
                        MIXED_UP
                            .iter()
                            .filter(|(written, _)| written.eq_ignore_ascii_case(&self.unit_text)),
                    )
                    .filter_map(|&(_, meant)| Unit::find(meant))
                    .find(|meant| meant.dimension == to.dimension)
                    .map(|meant| meant.symbol.to_string()),
            });
        }
        let overflow = || ConversionError::Overflow(self.text.clone());
        let value = convert(unit, &self.number.value, to).ok_or_else(overflow)?;
        let half_unit = unit
            .convert_span(&self.number.half_unit, to)
            .ok_or_else(overflow)?;
        Ok(Quantity {
            value,
            half_unit,
            unit: to,
        })
    }
}

/// Renders an exact value for people: up to `max_decimals` decimals, trailing zeros dropped.
pub fn format_exact(value: &Exact, max_decimals: u32) -> String {
    // round half away from zero at `max_decimals`: floor((2·|n|·scale + d) / 2d), in integers
    // (a ratio's denominator is positive)
    let scale = 10i128.pow(max_decimals);
    let n = value.numer().checked_abs();
    let d = *value.denom();
    let scaled = n
        .and_then(|n| n.checked_mul(scale))
        .and_then(|n| n.checked_mul(2))
        .and_then(|n| n.checked_add(d))
        .zip(d.checked_mul(2))
        .map(
            |(top, bottom)| match (u64::try_from(top), u64::try_from(bottom)) {
                // 64-bit division where the figures allow: 128-bit division is emulated in wasm
                (Ok(top), Ok(bottom)) => i128::from(top / bottom),
                _ => top / bottom,
            },
        );
    let Some(scaled) = scaled else {
        return format!("{}", *value.numer() as f64 / d as f64);
    };
    let mut out = String::new();
    if value.is_negative() && scaled != 0 {
        out.push('-');
    }
    let width = max_decimals as usize;
    match (u64::try_from(scaled), u64::try_from(scale)) {
        (Ok(scaled), Ok(scale)) => write_fixed(&mut out, scaled / scale, scaled % scale, width),
        _ => write_fixed(&mut out, scaled / scale, scaled % scale, width),
    }
    out
}

/// `shown` (a figure [`format_exact`] wrote, trailing zeros dropped) with zeros after its last
/// digit up to `decimals` decimals, where it has fewer: `0.1` to two is `0.10`, as a difference
/// from a limit written `57.30 mm` is told. Any other text (`less than …`, a figure too large
/// for exact digits) is left as it is.
pub fn keep_decimals(mut shown: String, decimals: u32) -> String {
    let plain = |c: char| c.is_ascii_digit() || c == '.' || c == '-';
    if decimals == 0 || !shown.chars().all(plain) {
        return shown;
    }
    let had = shown.split_once('.').map_or(0, |(_, frac)| frac.len());
    if had == 0 {
        shown.push('.');
    }
    for _ in had..decimals as usize {
        shown.push('0');
    }
    shown
}

/// Writes `whole`, then `.frac` (`width` digits, trailing zeros dropped) unless `frac` is zero.
fn write_fixed<T>(out: &mut String, whole: T, frac: T, width: usize)
where
    T: fmt::Display + Default + PartialEq,
{
    use std::fmt::Write;
    let _ = write!(out, "{whole}");
    if frac != T::default() {
        let _ = write!(out, ".{frac:0width$}");
        let kept = out.trim_end_matches('0').len();
        out.truncate(kept);
    }
}

/// Whether a precision of `half` (a figure's half-unit, in `unit`) is more than 1 % of the
/// figure it is judged against within it: then it decides nothing (`0.1 m`, ±50 mm, against
/// 57.40 mm). A temperature on a scale whose zero is not the quantity's (°C, °F) is measured from
/// absolute zero; a figure of 0 has no 1 %, and is judged by the value's precision alone. Not
/// when the arithmetic overflows.
pub(crate) fn too_coarse(half: &Exact, figure: &Exact, unit: &str) -> bool {
    coarser_than(half, figure, unit, 100)
}

/// Whether a precision of `half` is more than the `per`th part of `figure` (see
/// [`too_coarse`]).
pub(crate) fn coarser_than(half: &Exact, figure: &Exact, unit: &str, per: i128) -> bool {
    let absolute = match Unit::find(unit).filter(|u| u.has_offset()) {
        Some(scale) => Unit::find("K")
            .zip(scale.to_base(figure))
            .and_then(|(kelvin, k)| kelvin.convert_span(&k, scale)),
        None => Some(*figure),
    };
    absolute
        .filter(|f| *f != Exact::from_integer(0))
        .and_then(|f| checked_abs(&f))
        .and_then(|f| f.checked_div(&Exact::from_integer(per)))
        .is_some_and(|share| *half > share)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every unit's factor and offset are fractions in lowest terms with a positive
    /// denominator, as `Unit::factor` and `Unit::offset` make them without reducing: the same
    /// `Ratio` reducing would make, so that they compare, hash and print as any other.
    #[test]
    fn unit_fractions_are_in_lowest_terms() {
        for unit in Unit::all() {
            for (what, (n, d)) in [("factor", unit.factor), ("offset", unit.offset)] {
                let reduced = Exact::new(n, d);
                assert_eq!(
                    (*reduced.numer(), *reduced.denom()),
                    (n, d),
                    "{} {what}",
                    unit.symbol
                );
            }
        }
        // and a figure held in a unit is itself in it, converted or not
        let mm = Unit::find("mm").unwrap();
        let inch = Unit::find("in").unwrap();
        let c = Unit::find("°C").unwrap();
        let f = Unit::find("°F").unwrap();
        let x = Exact::new(5_561, 1_000);
        assert_eq!(mm.convert(&x, mm), Some(x));
        assert_eq!(mm.convert_span(&x, mm), Some(x));
        assert_eq!(
            inch.convert(&Exact::from_integer(2), mm),
            Some(Exact::new(254, 5))
        );
        assert_eq!(
            c.convert(&Exact::from_integer(-40), f),
            Some(Exact::from_integer(-40))
        );
        assert_eq!(
            f.convert(&Exact::from_integer(212), c),
            Some(Exact::from_integer(100))
        );
        assert_eq!(
            c.convert_span(&Exact::from_integer(5), f),
            Some(Exact::from_integer(9))
        );
    }

    /// Fractions compare and subtract in whole numbers as `Ratio` does in fractions, and fall
    /// back to it where the whole numbers overflow.
    #[test]
    fn fractions_compare_in_whole_numbers_as_in_fractions() {
        let big = i128::MAX / 3;
        let values = [
            Exact::new(1, 3),
            Exact::new(-7, 2),
            Exact::from_integer(0),
            Exact::new(22, 7),
            Exact::new(44, 14),
            Exact::new(big, 7),
            Exact::new(-big, 11),
            Exact::new(1, big),
            Exact::from_integer(i128::MIN + 1),
        ];
        let mut overflowed = 0;
        for a in &values {
            for b in &values {
                assert_eq!(compare(a, b), a.cmp(b), "{a} against {b}");
                match difference_parts(a, b) {
                    Some((n, d)) => assert_eq!(Some(Exact::new(n, d)), a.checked_sub(b)),
                    None => overflowed += 1,
                }
            }
        }
        assert!(overflowed > 0);
    }

    fn q(text: &str, to: &str) -> Quantity {
        let unit = Unit::find(to).unwrap();
        parse_written(text)
            .unwrap()
            .to_quantity(unit, "test")
            .unwrap()
    }

    /// No unit is spelt with nothing: a bare number has no unit, whichever way it is looked up,
    /// and a unit written in another case is still found by going through every spelling.
    #[test]
    fn nothing_written_is_no_unit() {
        assert!(matches!(Unit::lookup(""), Lookup::Unknown));
        assert!(UNITS
            .iter()
            .all(|u| !u.symbol.is_empty() && u.aliases.iter().all(|a| !a.is_empty())));
        assert!(parse_written("12").is_ok_and(|w| w.unit.is_none()));
        assert!(matches!(Unit::lookup("KG"), Lookup::Found(u) if u.symbol == "kg"));
    }

    #[test]
    fn exact_figures_are_rounded_half_away_from_zero() {
        let r = |n: i128, d: i128| format_exact(&Exact::new(n, d), 6);
        assert_eq!(r(1, 3), "0.333333");
        assert_eq!(r(-2, 3), "-0.666667");
        assert_eq!(r(287, 5), "57.4");
        assert_eq!(r(2, 1), "2");
        assert_eq!(r(-1, 10_000_000), "0");
        assert_eq!(r(1, 2_000_000), "0.000001");
        assert_eq!(r(-1, 2_000_000), "-0.000001");
        assert_eq!(r(-7, 2), "-3.5");
        assert_eq!(format_exact(&Exact::new(1, 3), 0), "0");
        assert_eq!(format_exact(&Exact::new(5, 2), 0), "3");
        // past 64 bits once scaled: the 128-bit path gives the same digits
        assert_eq!(r(100_000_000_000_000, 1), "100000000000000");
        assert_eq!(r(200_000_000_000_001, 2), "100000000000000.5");
        assert_eq!(r(-200_000_000_000_001, 2), "-100000000000000.5");
        // just inside 64 bits once scaled
        assert_eq!(r(9_223_372_036_854, 1), "9223372036854");
        // too large for exact rounding: shown as a float rather than failing
        assert_eq!(
            format_exact(&Exact::from_integer(i128::MAX / 3), 6),
            format!("{}", (i128::MAX / 3) as f64)
        );
    }

    #[test]
    fn conversion_table() {
        let cases = [
            ("2.260 in", "mm", "57.404"),
            ("1 in", "mm", "25.4"),
            ("62 gr", "g", "4.01753242"),
            ("62,366 psi", "MPa", "429.9984333457"),
            ("3,100 ft/s", "m/s", "944.88"),
            ("23 L", "cm³", "23000"),
            ("-47 °C", "K", "226.15"),
            ("-52.6 °F", "°C", "-47"),
            ("32 °F", "°C", "0"),
            ("70 t", "kg", "70000"),
            ("40 short tons", "t", "36.2873896"),
            ("1 lbf", "N", "4.4482216153"),
            ("1 ft-lbf", "J", "1.3558179483"),
            ("100 km/h", "m/s", "27.7777777778"),
            ("1 NM", "m", "1852"),
            ("1 US gal", "L", "3.785411784"),
            ("1 imp gal", "L", "4.54609"),
            ("5.06 UK gal", "L", "23.0032154"),
            ("9,600 bit/s", "kbit/s", "9.6"),
            // spellings of national sheets (review of 2026-11-29), each exact by definition
            ("57400 µm", "mm", "57.4"),
            ("57400 μm", "mm", "57.4"),
            ("36.3 Mg", "t", "36.3"),
            ("62 gn", "g", "4.01753242"),
            ("4.0 gm", "g", "4"),
            ("3875 kgf/cm²", "MPa", "380.0076875"),
            ("1 at", "Pa", "98066.5"),
            ("15 kgf", "N", "147.09975"),
            ("0.93 km/s", "m/s", "930"),
            ("3084 ft/sec", "m/s", "940.0032"),
            ("3084 f/s", "m/s", "940.0032"),
            ("7.8125 msec", "s", "0.0078125"),
            ("23 dm³", "L", "23"),
            ("1 cu ft", "L", "28.316846592"),
            ("5 thou", "mm", "0.127"),
            ("-65 ºF", "°C", "-53.8888888889"),
            ("219 °K", "K", "219"),
            ("1303 ft-lbs", "J", "1766.6307866758"),
            ("40 tons (short)", "t", "36.2873896"),
            ("55000 lb/in2", "MPa", "379.2116511243"),
            ("2.26''", "mm", "57.404"),
            ("2.26”", "mm", "57.404"),
            ("30 mtr", "m", "30"),
            // with a no-break, thin or zero-width space, a full stop, an en dash, SI grouping
            ("40\u{a0}short\u{a0}tons", "t", "36.2873896"),
            ("24\u{2009}V\u{200b}DC", "V", "24"),
            ("80,000 lbs.", "kg", "36287.3896"),
            ("–47 °C", "°C", "-47"),
            ("36 300 kg", "t", "36.3"),
            ("36\u{202f}300.5 kg", "kg", "36300.5"),
            // two parts: feet and inches, and a rifling twist
            ("8 ft 6 in", "in", "102"),
            ("8' 6\"", "mm", "2590.8"),
            ("8′6″", "in", "102"),
            ("1 in 7 in", "mm", "177.8"),
            ("1:7 in", "mm", "177.8"),
            ("1 in 178 mm", "mm", "178"),
            ("1 lb 4 oz", "g", "566.9904625"),
            ("2 lbs 0.5 oz", "oz", "32.5"),
            // units' names and plurals as sheets spell them out (each was an unknown unit, some
            // with a did-you-mean of another dimension: `ltr` the long ton `LT`, `milliamps`
            // milligrams, `kilohertz` the kilometre)
            ("5 kgs", "kg", "5"),
            ("5 KGS", "kg", "5"),
            ("3 yds", "m", "2.7432"),
            ("2 hrs", "min", "120"),
            ("40 msecs", "s", "0.04"),
            ("23 ltr", "L", "23"),
            ("23 Ltrs", "L", "23"),
            ("1 cu. in.", "cm³", "16.387064"),
            ("1 cu. ft", "L", "28.316846592"),
            ("5 US gals", "L", "18.92705892"),
            ("1 imp. gal", "L", "4.54609"),
            ("-40 degrees Celsius", "°F", "-40"),
            ("212 degrees Fahrenheit", "°C", "100"),
            ("20 deg. C", "K", "293.15"),
            ("68 degree F", "°C", "20"),
            ("350 kilopascals", "kPa", "350"),
            ("430 megapascals", "MPa", "430"),
            ("430 N/mm^2", "MPa", "430"),
            ("3875 kg/cm^2", "MPa", "380.0076875"),
            ("55000 lb/in^2", "MPa", "379.2116511243"),
            ("50 kilonewtons", "N", "50000"),
            ("15 kilograms-force", "N", "147.09975"),
            ("1 pounds-force", "N", "4.4482216153"),
            ("28 kilovolts", "V", "28000"),
            ("500 millivolts", "V", "0.5"),
            ("500 milliamps", "A", "0.5"),
            ("2 kiloamperes", "A", "2000"),
            ("400 kilohertz", "Hz", "400000"),
            ("1.5 megahertz", "kHz", "1500"),
            ("2.4 gigahertz", "MHz", "2400"),
        ];
        for (written, to, expected) in cases {
            let got = q(written, to);
            assert_eq!(format_exact(&got.value, 10), expected, "{written} in {to}");
        }
    }

    /// A spelling that names more than one unit a sheet may mean is refused with the choices,
    /// never read as one of them; a figure in two parts is read once, not recursively.
    #[test]
    fn ambiguous_spellings_are_refused_with_their_meanings() {
        for (text, unit) in [
            ("5.06 gal", "gal"),
            ("5.06 Gallons", "Gallons"),
            ("40 tons", "tons"),
            ("40 tn", "tn"),
            ("45 mil", "mil"),
            // a tonne's `t` on one sheet, a US short ton on another
            ("213 T", "T"),
            // a US short ton or a British stone
            ("8 ST", "ST"),
            ("8 st", "st"),
            // a pound on US sheets, or a number
            ("469584 #", "#"),
            // grains, or the gram of French and German sheets; a pound, or the German 500 g
            ("62 Gr", "Gr"),
            ("4.0 gr.", "gr."),
            ("62 GR", "GR"),
            ("2 Pfund", "Pfund"),
        ] {
            let err = parse_written(text).unwrap_err();
            assert!(
                matches!(&err, QuantityError::Ambiguous { unit: u, .. } if u == unit),
                "{text}: {err}"
            );
        }
        // the grain as written
        assert_eq!(
            parse_written("62 gr")
                .ok()
                .and_then(|w| w.unit)
                .map(|u| u.symbol),
            Some("gr")
        );
        assert_eq!(
            parse_written("5.06 gal").unwrap_err().to_string(),
            "`gal` is ambiguous: it may be a US gallon (3.785411784 L, `US gal`) or an imperial \
             gallon (4.54609 L, `imp gal`); write which"
        );
        // the tonne's `t` in other spellings, and the US Army's short ton; `mT` no tonne
        assert_eq!(parse_written("213 t").unwrap().unit.unwrap().symbol, "t");
        assert_eq!(parse_written("213 MT").unwrap().unit.unwrap().symbol, "t");
        assert!(Unit::find("T").is_none());
        assert_eq!(
            parse_written("8 STON").unwrap().unit.unwrap().symbol,
            "short ton"
        );
        assert_eq!(
            parse_written("23 lt").unwrap().unit.unwrap().symbol,
            "long ton"
        );
        assert!(matches!(
            parse_written("7.26 mT"),
            Err(QuantityError::CaseMatters { .. })
        ));
        // cubic millimetres and centilitres are units of their own, not typos of cm³ and mL
        let base = |text: &str| {
            let written = parse_written(text).unwrap();
            written
                .unit
                .unwrap()
                .to_base(&written.number.value)
                .unwrap()
        };
        assert_eq!(base("1850 mm³"), base("1.85 cm³"));
        // the British stone is 14 lb, and no typo of the short ton's `STON`
        assert_eq!(base("2 stone"), base("28 lb"));
        assert_eq!(Unit::suggest("stonee"), Some("stone"));
        assert_eq!(base("1.85 cl"), base("18.5 mL"));
        // `1 in 1 in 7 in` is not read as a twist of a twist, nor as a sum
        assert_eq!(
            parse_written("1 in 1 in 7 in").unwrap_err().to_string(),
            "`1 in 1 in 7 in` is three figures, in in, in and in: write the one figure, in one unit"
        );
        // and `1 in` alone, `8 ft`, `ft/s` are what they were
        assert_eq!(parse_written("1 in").unwrap().unit.unwrap().symbol, "in");
        assert_eq!(parse_written("8 ft").unwrap().unit.unwrap().symbol, "ft");
        assert_eq!(
            parse_written("3 ft/s").unwrap().unit.unwrap().symbol,
            "ft/s"
        );
        // the figure keeps its text as written, and the inches' precision
        let twist = parse_written("8 ft 6.5 in").unwrap();
        assert_eq!(twist.text, "8 ft 6.5 in");
        assert_eq!(twist.number.half_unit, Exact::new(1, 20));
        // a suggestion of the dimension wanted, or none
        assert_eq!(Unit::suggest_of("mss", Dimension::Time), Some("ms"));
        // never one that differs in its first letter only: another prefix or another unit
        // (`gms` are grams, not milliseconds; `mm³` is no `cm³`, `cl` no `mL`, `#` no `g`)
        assert_eq!(Unit::suggest_of("gms", Dimension::Time), None);
        assert_eq!(Unit::suggest("ST"), None);
        assert_eq!(Unit::suggest("#"), None);
        assert_eq!(Unit::suggest("dm"), None);
        assert_eq!(Unit::suggest("mmm"), Some("mm"));
        assert_eq!(Unit::suggest_of("tnn", Dimension::Length), None);
    }

    #[test]
    fn fahrenheit_is_exact() {
        let minus_47 = q("-47 °C", "°C");
        assert_eq!(q("-52.6 °F", "°C").value, minus_47.value);
    }

    #[test]
    fn quoting_precision_follows_the_written_digits() {
        assert_eq!(
            parse_decimal("2.260").unwrap().half_unit,
            Exact::new(5, 10_000)
        );
        assert_eq!(
            parse_decimal("57.40").unwrap().half_unit,
            Exact::new(5, 1_000)
        );
        assert_eq!(parse_decimal("62,366").unwrap().half_unit, Exact::new(1, 2));
        assert_eq!(q("2.260 in", "mm").half_unit, Exact::new(127, 10_000));
    }

    #[test]
    fn numbers_people_write() {
        assert_eq!(parse_decimal("−52.6").unwrap().value, Exact::new(-526, 10));
        assert_eq!(
            parse_decimal("1e3").unwrap().value,
            Exact::from_integer(1000)
        );
        assert_eq!(
            parse_decimal("1,234,567").unwrap().value,
            Exact::from_integer(1_234_567)
        );
        // a comma between irregular groups is neither a thousands mark nor a decimal comma
        assert_eq!(
            parse_decimal("1,23,4"),
            Err(NumberError::AmbiguousComma("1,23,4".into()))
        );
        // a comma that can only be a decimal comma is told with the figure to write
        for (text, written, plain, points_group) in [
            ("1.200,5 kg", "1.200,5", "1200.5", true),
            ("1.234.567,89", "1.234.567,89", "1234567.89", true),
            ("1 500,5 kg", "1500,5", "1500.5", false),
            ("1500,5 kg", "1500,5", "1500.5", false),
            ("-1.200,5 °C", "-1.200,5", "-1200.5", true),
            ("5,56", "5,56", "5.56", false),
            // with its exponent
            ("5,56e-3 m", "5,56e-3", "5.56e-3", false),
            // no thousands start with a zero: `0,500` is a decimal comma, not five hundred
            ("0,500", "0,500", "0.500", false),
            ("-0,800", "-0,800", "-0.800", false),
            ("00,500", "00,500", "00.500", false),
            ("012,345", "012,345", "012.345", false),
        ] {
            assert_eq!(
                parse_written(text),
                Err(QuantityError::Number(NumberError::DecimalComma {
                    written: written.into(),
                    plain: plain.into(),
                    points_group
                })),
                "{text}"
            );
        }
        assert_eq!(
            NumberError::DecimalComma {
                written: "1.200,5".into(),
                plain: "1200.5".into(),
                points_group: true
            }
            .to_string(),
            "`1.200,5` writes a decimal comma, with points grouping thousands: write 1200.5"
        );
        // thousands grouped by points, with no decimals
        assert_eq!(
            parse_decimal("2.200.000"),
            Err(NumberError::PointsGroup {
                written: "2.200.000".into(),
                plain: "2200000".into()
            })
        );
        // after thousands grouped by points, a comma is a decimal comma whatever its digits
        assert_eq!(
            parse_decimal("1.234,567"),
            Err(NumberError::DecimalComma {
                written: "1.234,567".into(),
                plain: "1234.567".into(),
                points_group: true
            })
        );
        // French and German unit words
        for (text, symbol) in [
            ("108 Zoll", "in"),
            ("2 pouces", "in"),
            ("8 Fuß", "ft"),
            ("8 pieds", "ft"),
            ("9,5 g", ""),
            ("62 Gramm", "g"),
            ("131 Kilogramm", "kg"),
            ("3 Tonnen", "t"),
            ("57 millimètres", "mm"),
        ] {
            let unit = parse_written(text)
                .ok()
                .and_then(|w| w.unit)
                .map(|u| u.symbol);
            assert_eq!(unit.unwrap_or_default(), symbol, "{text}");
        }
        // nor with a space, as SI groups them
        for (text, figure) in [
            ("0 500 in", "0 500"),
            ("0 045 in", "0 045"),
            ("0 000 051 m", "0 000"),
        ] {
            assert_eq!(
                parse_written(text),
                Err(QuantityError::Number(NumberError::DecimalSpace {
                    written: figure.into(),
                    plain: figure.replacen(' ', ".", 1)
                })),
                "{text}"
            );
        }
        assert_eq!(
            parse_written("36 300 kg").unwrap().number.value,
            Exact::from_integer(36_300)
        );
        // a second part of a whole first unit or more is no feet-and-inches figure
        for text in ["0'500 in", "8 ft 14 in", "1 lb 16 oz"] {
            assert!(
                matches!(parse_written(text), Err(QuantityError::NotOneFigure { .. })),
                "{text}"
            );
        }
        assert_eq!(
            parse_written("8 ft 6 in").unwrap().number.value,
            Exact::from_integer(102)
        );
        // a twist of one turn in no length is refused, not read as 0 mm
        assert!(matches!(
            parse_written("1 in 0 in"),
            Err(QuantityError::NotOneFigure { .. })
        ));
        assert_eq!(
            parse_written("1 in 7 in").unwrap().number.value,
            Exact::from_integer(7)
        );
        assert_eq!(
            parse_decimal("NaN"),
            Err(NumberError::NotFinite("NaN".into()))
        );
        assert_eq!(
            parse_decimal("1e308").unwrap_err().to_string(),
            "`1e308` is written with the power of ten 308, past the -20 to 20 the tool reads: \
             write the figure as the data sheet gives it, in the unit it is counted in"
        );
        // the power as written, past what an i32 holds too; the largest read either way
        assert_eq!(
            parse_decimal("-1.5E+99999999999"),
            Err(NumberError::PowerOutOfRange {
                written: "-1.5E+99999999999".into(),
                power: "99999999999".into()
            })
        );
        assert_eq!(
            parse_decimal("1e-21"),
            Err(NumberError::PowerOutOfRange {
                written: "1e-21".into(),
                power: "-21".into()
            })
        );
        assert_eq!(
            parse_decimal("1e-20").unwrap().value,
            Exact::new(1, 100_000_000_000_000_000_000)
        );
        assert_eq!(
            parse_decimal("1e20").unwrap().value,
            Exact::from_integer(100_000_000_000_000_000_000)
        );
        assert_eq!(
            parse_written("-.inf m/s").unwrap_err().to_string(),
            "`-.inf m/s` is not a finite number: NaN and infinities are not measurements"
        );
        assert!(matches!(
            parse_decimal("12abc"),
            Err(NumberError::NotANumber(_))
        ));
        // 19 digits are read in 64 bits, 20 in 128, 21 are refused
        assert_eq!(
            parse_decimal("9999999999999999999").unwrap().value,
            Exact::from_integer(9_999_999_999_999_999_999)
        );
        assert_eq!(
            parse_decimal("-99999999999999999999").unwrap().value,
            Exact::from_integer(-99_999_999_999_999_999_999)
        );
        assert_eq!(
            parse_decimal("0.00000000000000000001").unwrap().value,
            Exact::new(1, 100_000_000_000_000_000_000)
        );
        assert_eq!(
            parse_decimal("1e-2147483648"),
            Err(NumberError::PowerOutOfRange {
                written: "1e-2147483648".into(),
                power: "-2147483648".into()
            })
        );
        assert_eq!(
            parse_decimal("123456789012345678901"),
            Err(NumberError::OutOfRange("123456789012345678901".into()))
        );
    }

    /// Leading zeros are no digits of the figure's size; its precision is its last digit's.
    #[test]
    fn leading_zeros_and_grouped_thousands_read_exactly() {
        let read = |text: &str| parse_decimal(text).map(|d| (d.value, d.half_unit));
        assert_eq!(
            read("000000000000000000000000001.5"),
            Ok((Exact::new(3, 2), Exact::new(1, 20)))
        );
        assert_eq!(read("0000"), Ok((Exact::from_integer(0), Exact::new(1, 2))));
        assert_eq!(
            read("−0.000"),
            Ok((Exact::from_integer(0), Exact::new(1, 2000)))
        );
        assert_eq!(
            read("1,234,567.25"),
            Ok((Exact::new(123_456_725, 100), Exact::new(1, 200)))
        );
        assert_eq!(
            read("+.5e2"),
            Ok((Exact::from_integer(50), Exact::new(5, 1)))
        );
        assert_eq!(
            parse_decimal("1.200.000"),
            Err(NumberError::PointsGroup {
                written: "1.200.000".into(),
                plain: "1200000".into()
            })
        );
        assert_eq!(
            parse_decimal(" -Infinity "),
            Err(NumberError::NotFinite("-Infinity".into()))
        );
    }

    /// The index of spellings finds, for each, the unit the list gives it first, as reading
    /// the list through did.
    #[test]
    fn every_spelling_finds_the_first_unit_listed_with_it() {
        for unit in UNITS {
            for spelling in std::iter::once(unit.symbol).chain(unit.aliases.iter().copied()) {
                if AMBIGUOUS_AS_WRITTEN.iter().any(|(s, _)| *s == spelling) {
                    continue;
                }
                let first = UNITS
                    .iter()
                    .find(|u| u.symbol == spelling || u.aliases.contains(&spelling));
                let found = Unit::find(spelling);
                assert!(
                    first.zip(found).is_some_and(|(a, b)| std::ptr::eq(a, b)),
                    "{spelling}"
                );
            }
        }
    }

    #[test]
    fn units_by_any_spelling() {
        assert_eq!(Unit::find("Short Tons").unwrap().symbol, "short ton");
        assert_eq!(Unit::find("degC").unwrap().symbol, "°C");
        assert_eq!(Unit::find("fps").unwrap().symbol, "ft/s");
        assert!(Unit::find("furlong").is_none());
        for (fraction, plain) in [
            ("1/2 in", "0.5 in"),
            ("1 1/2 in", "1.5 in"),
            ("1 / 2 in", "0.5 in"),
        ] {
            let err = parse_written(fraction).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("`{fraction}` is a fraction: write it as a decimal, {plain}")
            );
        }
        let err = parse_written("5 mmm").unwrap_err();
        assert_eq!(err.to_string(), "unknown unit `mmm`, did you mean `mm`?");
    }

    /// A date or a time of day (TOML reads `1979-05-27` and `12:30:00` bare) is told as what it
    /// is, not as a range or an unknown unit.
    /// Notations of other hands are told as what they are: thousands grouped by an apostrophe,
    /// fractions in one character or after a dash (a US drawing's `2-1/4 in`), a sign apart
    /// from its figure; the decanewton is a force.
    #[test]
    fn notations_of_other_hands_are_told_as_what_they_are() {
        for (text, told) in [
            (
                "36'300 kg",
                "`36'300 kg` groups thousands with an apostrophe: write 36300 kg",
            ),
            (
                "36’300 kg",
                "`36’300 kg` groups thousands with an apostrophe: write 36300 kg",
            ),
            (
                "1'250'000",
                "`1'250'000` groups thousands with an apostrophe: write 1250000",
            ),
            (
                "2¼ in",
                "`2¼ in` is a fraction: write it as a decimal, 2.25 in",
            ),
            (
                "½ in",
                "`½ in` is a fraction: write it as a decimal, 0.5 in",
            ),
            (
                "2-1/4 in",
                "`2-1/4 in` is a fraction: write it as a decimal, 2.25 in",
            ),
            (
                "- 47 °C",
                "`- 47 °C` has a space after its sign: write -47 °C",
            ),
            // MIL-STD-704's notation of a three-phase supply, not a fraction to write as 0.575 V
            (
                "115/200 V",
                "`115/200 V` gives a three-phase supply's phase and line voltages (200 V ≈ √3 × 115 V), not a fraction: write one of them, 115 V phase to neutral or 200 V line to line",
            ),
            (
                "230/400 V",
                "`230/400 V` gives a three-phase supply's phase and line voltages (400 V ≈ √3 × 230 V), not a fraction: write one of them, 230 V phase to neutral or 400 V line to line",
            ),
            (
                "120/208VAC",
                "`120/208 VAC` gives a three-phase supply's phase and line voltages (208 VAC ≈ √3 × 120 VAC), not a fraction: write one of them, 120 VAC phase to neutral or 208 VAC line to line",
            ),
            // a US vehicle sheet's battery system, nominal and charging: not 0.857 V
            (
                "24/28 V",
                "`24/28 V` gives two voltages, a nominal one and the higher one its system is charged or run at (a 24 V battery system is charged at 28 V), not a fraction: write the one the property asks for, 24 V or 28 V",
            ),
            (
                "12/14 V DC",
                "`12/14 V DC` gives two voltages, a nominal one and the higher one its system is charged or run at (a 24 V battery system is charged at 28 V), not a fraction: write the one the property asks for, 12 V DC or 14 V DC",
            ),
            // two voltages of no such ratio are a fraction, as any other
            (
                "1/2 V",
                "`1/2 V` is a fraction: write it as a decimal, 0.5 V",
            ),
        ] {
            assert_eq!(
                parse_written(text).map_err(|e| e.to_string()),
                Err(told.to_string()),
                "{text}"
            );
        }
        // feet and inches, and a lone zero's decimal, stay what they were
        assert!(parse_written("5'11\"").is_ok());
        assert!(parse_written("9.55-9.60 mm").is_err_and(|e| e.to_string().contains("is a range")));
        let dan = parse_written("3400 daN").unwrap();
        assert_eq!(
            dan.to_quantity(Unit::find("kN").unwrap(), "force")
                .ok()
                .map(|q| q.value),
            Some(Exact::new(34, 1))
        );
    }

    #[test]
    fn a_date_or_a_time_is_no_figure() {
        for (text, what) in [
            ("1979-05-27", "a date, not a figure"),
            ("1979-05-27T07:32:00Z", "a date, not a figure"),
            ("12:30:00", "a time of day, not a figure"),
        ] {
            match parse_written(text) {
                Err(QuantityError::NotOneFigure { what: w, .. }) => assert_eq!(w, what, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
        // a ratio and a twist are not times
        assert!(!matches!(
            parse_written("1:7 in"),
            Err(QuantityError::NotOneFigure { .. })
        ));
    }

    /// A data sheet's tolerance, range or bound is told as what it is, with the figure it starts
    /// with, never as an unknown unit or "not a number".
    #[test]
    fn a_tolerance_a_range_or_a_bound_is_not_one_figure() {
        let said = |written: &str| parse_written(written).unwrap_err().to_string();
        let tail = ", and the catalogue's limits judge it";
        for (written, figure) in [
            ("57.20 ± 0.20 mm", "57.20 mm"),
            ("57.20 mm ± 0.20", "57.20 mm"),
            ("57.20 +/- 0.2 mm", "57.20 mm"),
            ("44.45 mm +0 -0.13", "44.45 mm"),
            ("44.45 mm +0.1/-0.2", "44.45 mm"),
            ("44.45 mm -0.13 +0", "44.45 mm"),
            ("44.45 mm -0.13/+0", "44.45 mm"),
            ("57.20 mm −0.2", "57.20 mm"),
            ("1.750\" -0.005 +0.000", "1.750 \""),
            ("5 lbs. +0 -1", "5 lbs."),
            ("57.20 +0 -0.13 mm", "57.20 mm"),
            ("57.20 +0.1/-0.2 mm", "57.20 mm"),
            ("57.20 -0.13 +0 mm", "57.20 mm"),
            ("57.20 +0.20 mm", "57.20 mm"),
            // the figure to write is written with a point, not a sheet's decimal comma (which
            // would be refused in turn)
            ("44,70 ± 0,05 mm", "44.70 mm"),
            ("44,70 mm +0 -0,13", "44.70 mm"),
        ] {
            let want = format!(
                "`{written}` is a figure with a tolerance: state the one figure the item has \
                 ({figure}){tail}"
            );
            assert_eq!(said(written), want, "{written}");
        }
        for written in [
            "-40/+60 °C",
            "5 ft. - 6 ft.",
            "9.55 -9.60 mm",
            "9.55–9.60 mm",
            "9.55 - 9.60 mm",
            "9.55-9.60 mm",
            "9.55 to 9.60 mm",
            "-40 to -60 °C",
            "-40 to +60 °C",
            "-40 – +60 °C",
            "-46 °C to +63 °C",
            "200 N–250 N",
            "200 N - 250 N",
        ] {
            let want = format!("`{written}` is a range: state the one figure the item has{tail}");
            assert_eq!(said(written), want, "{written}");
        }
        for (written, figure) in [("≤ 430 MPa", "430 MPa"), ("<5 kg", "5 kg")] {
            let want = format!(
                "`{written}` is a bound, not a figure: state the one figure the item has \
                 ({figure}){tail}"
            );
            assert_eq!(said(written), want, "{written}");
        }
        assert_eq!(
            said("1_000 kg"),
            "`1_000 kg` groups digits with an underscore: write the number plainly, or with commas \
             in groups of three (62,366)"
        );
        // figures that only look alike are read as before
        for fine in [
            "-47 °C",
            "−52.6 °C",
            "–47 °C",
            "1e-3 m",
            "1.5E-3 m",
            "8 ft 6 in",
            "1 in 7 in",
            "1:7 in",
            "5.56 mm",
            "+15 °C",
            "62,366 psi",
            "2.260\"",
        ] {
            assert!(parse_written(fine).is_ok(), "{fine}");
        }
        // a unit written with a hyphen or an exponent, or a figure in two parts, is no range
        for written in [
            "7.62-mm",
            "3000 min-1",
            "10 s-1",
            "8'-6\"",
            "8 ft-6 in",
            "1 lb-4 oz",
        ] {
            let said = said(written);
            assert!(
                !said.contains("range") && !said.contains("tolerance"),
                "{written}: {said}"
            );
        }
    }

    /// A force is read as the mass whose weight it is under standard gravity, exactly (1 lbf is
    /// 1 lb, 1 kgf 1 kg), with its precision; and a mass is told as a force so too.
    #[test]
    fn a_weight_is_read_as_its_mass_by_standard_gravity() {
        let kg = Unit::find("kg").unwrap();
        let lb = Unit::find("lb").unwrap();
        let mass = |text: &str, to: &'static Unit| {
            let q = parse_written(text).unwrap().weight_as_mass(to).unwrap();
            (format_exact(&q.value, 9), format_exact(&q.half_unit, 9))
        };
        assert_eq!(mass("7500 lbf", lb), ("7500".into(), "0.5".into()));
        assert_eq!(mass("1 kgf", kg), ("1".into(), "0.5".into()));
        // 33.4 kN / 9.80665 m/s² = 3405.852151346 kg, ±0.05 kN = ±5.098581065 kg
        assert_eq!(
            mass("33.4 kN", kg),
            ("3405.852151346".into(), "5.098581065".into())
        );
        assert_eq!(
            mass("750 daN", kg),
            ("764.787159733".into(), "0.509858106".into())
        );
        // only a force, and only into a mass
        assert!(parse_written("33.4 kg")
            .unwrap()
            .weight_as_mass(kg)
            .is_none());
        let kn = Unit::find("kN").unwrap();
        assert!(parse_written("33.4 kN")
            .unwrap()
            .weight_as_mass(kn)
            .is_none());
        // a mass told as its weight: 1 lb is 1 lbf, 1 kg is 9.80665 N
        let lbf = Unit::find("lbf").unwrap();
        let n = Unit::find("N").unwrap();
        assert_eq!(
            lb.convert(&Exact::from_integer(1), lbf),
            Some(Exact::from_integer(1))
        );
        assert_eq!(
            kg.convert_span(&Exact::from_integer(1), n),
            Some(Exact::new(980_665, 100_000))
        );
        // other dimensions apart are converted by their factors alone, as before
        let mm = Unit::find("mm").unwrap();
        assert_eq!(
            kg.convert(&Exact::from_integer(1), mm),
            Some(Exact::from_integer(1000))
        );
    }

    /// A figure with its conversion in brackets, marked as approximate, or a voltage marked line
    /// to line or line to neutral is told what to write.
    #[test]
    fn a_figure_marked_as_approximate_converted_or_line_to_line_is_told_what_to_write() {
        let said = |text: &str| parse_written(text).unwrap_err().to_string();
        for (text, figure) in [
            ("~500 kg", "500 kg"),
            ("ca. 500 kg", "500 kg"),
            ("Approx. 500 kg", "500 kg"),
            ("≈ 500 kg", "500 kg"),
            ("about 2.5 t", "2.5 t"),
            ("500 kg approx.", "500 kg"),
            ("500 kg (approx.)", "500 kg"),
            // the marker after the figure, before its unit or with none, as a table's value
            // writes it (`{ value = "500 approx.", unit = "kg" }`)
            ("500 approx. kg", "500 kg"),
            ("500 (approx.) kg", "500 kg"),
            ("500 ca. kg", "500 kg"),
            ("500 circa kg", "500 kg"),
            ("500 approx.", "500"),
            // a French sheet's `env.` (environ) and a German one's `ca`, `etwa`, before or
            // after; a figure with a decimal comma is suggested with a point
            ("508 mm env.", "508 mm"),
            ("508 mm environ", "508 mm"),
            ("env. 508 mm", "508 mm"),
            ("508 env. mm", "508 mm"),
            ("508 mm (env.)", "508 mm"),
            ("508 mm ca", "508 mm"),
            ("etwa 508 mm", "508 mm"),
            ("~9,6 mm", "9.6 mm"),
        ] {
            assert_eq!(
                said(text),
                format!(
                    "`{text}` is an approximate figure: a limit is judged on a figure, so write \
                     the figure as measured or specified (`{figure}`), with as many digits as \
                     are known"
                )
            );
        }
        assert_eq!(
            said("500 kg (1102 lb)"),
            "`500 kg (1102 lb)` is a figure with its conversion in brackets: write one of them, \
             `500 kg` or `1102 lb`"
        );
        assert_eq!(
            said("1102 lb (≈ 500 kg)"),
            "`1102 lb (≈ 500 kg)` is a figure with its conversion in brackets: write one of \
             them, `1102 lb` or `500 kg`"
        );
        // a word that only starts as a marker does
        assert_eq!(said("500 approxkg"), "unknown unit `approxkg`");
        // nor is one that ends as one, without a space, a marked figure
        assert!(said("10 mca").starts_with("unknown unit `mca`"));
        // a count times a figure, or a size's sides, is no one figure (it was an unknown unit
        // `x 100 kg`)
        for text in [
            "2 x 100 kg",
            "4×25 mm",
            "2 X 1.5 m",
            "3 * 50 kg",
            "5.56x45 mm",
        ] {
            assert_eq!(
                said(text),
                format!(
                    "`{text}` is a product of figures, not one figure: state the one figure the \
                     item has, and the catalogue's limits judge it"
                )
            );
        }
        assert_eq!(said("2 xx"), "unknown unit `xx`");
        // a power of ten is no product: `1.5×10³ kg` is read as `1.5e3 kg` is, to its digits
        let read = |text: &str| {
            let w = parse_written(text).unwrap();
            (
                w.text,
                format_exact(&w.number.value, 12),
                format_exact(&w.number.half_unit, 12),
                w.unit.map(|u| u.symbol),
            )
        };
        for (text, value, half) in [
            ("1.5×10³ kg", "1500", "50"),
            ("1.5 x 10^3 kg", "1500", "50"),
            ("1.50 × 10^3 kg", "1500", "5"),
            ("2.5*10^-3 m", "0.0025", "0.00005"),
            ("2.5×10⁻³ m", "0.0025", "0.00005"),
            ("2.5 · 10^(-3) m", "0.0025", "0.00005"),
            ("6×10⁶ Hz", "6000000", "500000"),
        ] {
            let unit = text.rsplit(' ').next().unwrap();
            assert_eq!(
                read(text),
                (
                    text.to_string(),
                    value.into(),
                    half.into(),
                    Unit::find(unit).map(|u| u.symbol)
                ),
                "{text}"
            );
        }
        // its mistakes told as they are
        assert_eq!(
            said("1,5×10³ kg"),
            "`1,5` writes a decimal comma: write 1.5"
        );
        assert_eq!(
            said("1.5×10³ kgg"),
            "unknown unit `kgg`, did you mean `kg`?"
        );
        // a bracket that holds no figure, or more brackets, is no conversion (and no recursion)
        // (`(max)` is a bound in words, told as such)
        assert_eq!(said("500 kg (maxi)"), "unknown unit `kg (maxi)`");
        assert!(said("500 kg (max)").contains("is a bound in words"));
        assert_eq!(
            said(&format!("1 kg {}", "(1 kg ".repeat(10_000))),
            format!("unknown unit `kg {}`", "(1 kg ".repeat(10_000).trim_end())
        );
        assert_eq!(
            said("200 V L-L"),
            "`200 V L-L` marks a line-to-line voltage: write the voltage alone, `200 V`, where a \
             line voltage is asked for (`ac_line_voltage`; line to neutral is the phase \
             voltage, `ac_phase_voltage`)"
        );
        for text in ["115 V L-N", "115 VLN", "115 V line to neutral"] {
            assert_eq!(
                said(text),
                format!(
                    "`{text}` marks a line-to-neutral voltage: write the voltage alone, \
                     `115 V`, where a phase voltage is asked for (`ac_phase_voltage`; line to \
                     line is the line voltage, `ac_line_voltage`)"
                )
            );
        }
        // `V rms` is an AC voltage, read as one
        assert_eq!(
            parse_written("115 V rms").unwrap().unit.unwrap().symbol,
            "V"
        );
    }

    /// A coulomb per second is a current, not cycles per second with a capital, and a
    /// picoampere no pascal: each is refused with both meanings, never read as a frequency or a
    /// pressure (a case-blind match read `400 C/s` as 400 Hz, and `3 pA` as 3 Pa).
    #[test]
    fn a_coulomb_per_second_is_no_cycle_per_second_and_a_picoampere_no_pascal() {
        let said = |text: &str| parse_written(text).unwrap_err().to_string();
        assert_eq!(
            said("400 C/s"),
            "`C/s` is ambiguous: it may be coulombs per second, a current (1 C/s is 1 A: write \
             `A`), or cycles per second with a capital C (the hertz: write `Hz`); write which"
        );
        assert_eq!(
            said("2 kC/s"),
            "`kC/s` is ambiguous: it may be kilocoulombs per second, a current (1 kC/s is 1 kA: \
             write `kA`), or kilocycles per second with a capital C (write `kHz`); write which"
        );
        assert_eq!(
            said("1.5 MC/s"),
            "`MC/s` is ambiguous: it may be megacoulombs per second, a current (1 MC/s is 1000 \
             kA: write `kA`), or megacycles per second with a capital C (write `MHz`); write \
             which"
        );
        assert_eq!(
            said("5 mC/s"),
            "`mC/s` is ambiguous: it may be millicoulombs per second, a current (1 mC/s is 1 mA: \
             write `mA`), or megacycles per second with a small m and a capital C (`Mc/s`: write \
             `MHz`); write which"
        );
        assert_eq!(
            said("3 pA"),
            "`pA` is ambiguous: it may be picoamperes, a current (a millionth of a microampere: \
             write it in `mA` or `A`), or pascals with a small p (write `Pa`); write which"
        );
        assert_eq!(
            said("7.8125 ps"),
            "`ps` is ambiguous: it may be picoseconds, a time (a thousandth of a nanosecond: \
             write it in `ns` or `s`), or the metric horsepower with a small p (write `PS`); \
             write which"
        );
        assert_eq!(parse_written("90 PS").unwrap().unit.unwrap().symbol, "PS");
        // no unit of its own, wherever it is looked up (a catalogue's `unit = "C/s"` too)
        for text in ["C/s", "kC/s", "MC/s", "mC/s", "pA", "ps"] {
            assert!(Unit::find(text).is_none(), "{text}");
        }
        // cycles per second as written, and in capitals, are hertz; the pascal as written
        for (text, symbol) in [
            ("400 c/s", "Hz"),
            ("400 cps", "Hz"),
            ("400 CPS", "Hz"),
            ("400 C/S", "Hz"),
            ("2 kc/s", "kHz"),
            ("2 KC/S", "kHz"),
            ("1.5 Mc/s", "MHz"),
            ("1.5 MC/S", "MHz"),
            ("3 Pa", "Pa"),
            ("3 PA", "Pa"),
        ] {
            assert_eq!(
                parse_written(text).unwrap().unit.unwrap().symbol,
                symbol,
                "{text}"
            );
        }
    }

    /// A pressure written with its test method in the unit (`50,000 CUP`, as US copper-crusher
    /// figures are; `62,000 psi (EPVAT)`; `52000 psi [copper-crusher]`, as a verdict shows a
    /// figure by its method) is told with the figure and the method to state apart (it was a
    /// bare "unknown unit"); a bracket that holds a figure stays a conversion. `lb-f` is `lbf`.
    #[test]
    fn a_pressure_written_with_its_test_method_is_told_to_state_it_apart() {
        let said = |text: &str| parse_written(text).unwrap_err().to_string();
        assert_eq!(
            said("50,000 CUP"),
            "`50,000 CUP` gives copper units of pressure, a copper-crusher reading, in its unit: \
             state the figure and its test method apart, `{ value: 50000, unit: psi, method: \
             copper-crusher }`"
        );
        assert_eq!(
            said("12000 LUP"),
            "`12000 LUP` gives lead units of pressure, a lead-crusher reading, in its unit: state \
             the figure and its test method apart, `{ value: 12000, unit: psi, method: \
             lead-crusher }` (a method the catalogue's dictionary lists, or one of your own \
             dictionary's)"
        );
        for (text, value, unit, method) in [
            ("62,000 psi (EPVAT)", "62000", "psi", "EPVAT"),
            ("415 MPa [SCATP-5.56]", "415", "MPa", "SCATP-5.56"),
            ("4150 bar ( CIP piezo )", "4150", "bar", "CIP piezo"),
        ] {
            assert_eq!(
                said(text),
                format!(
                    "`{text}` gives the test method `{method}` in its unit: state the figure and \
                     its test method apart, `{{ value: {value}, unit: {unit}, method: {method} }}` \
                     (a method the catalogue's dictionary lists, or one of your own dictionary's)"
                )
            );
        }
        assert!(said("4150 bar (60191 psi)").contains("with its conversion in brackets"));
        assert!(said("2.5 bar(g)").contains("marks a gauge pressure"));
        // (a length is no pressure: its bracket is not read as a method)
        assert!(!said("57 mm (EPVAT)").contains("test method"));
        let lbf = parse_written("3000 lb-f").unwrap();
        assert_eq!(lbf.unit.map(|u| u.symbol), Some("lbf"));
    }

    /// A figure marked in words as a drawing marks it (`2.260 in max`, `MAX 2.260"`, `2.260 in
    /// (max.)`, `2.260 in nom.`, `typ. 9.5 g`) is told to state the one figure, not read as an
    /// unknown unit `in max` or no number; a figure in minutes stays one.
    #[test]
    fn a_figure_marked_in_words_is_told_to_state_the_one_figure() {
        let said = |text: &str| parse_written(text).unwrap_err().to_string();
        for (text, figure) in [
            ("2.260 in max", "2.260 in"),
            ("2.260 in (max)", "2.260 in"),
            ("2.260 in (MAX.)", "2.260 in"),
            ("max 2.260 in", "2.260 in"),
            ("MAX: 2.260 in", "2.260 in"),
            ("9.5 g minimum", "9.5 g"),
        ] {
            assert_eq!(
                said(text),
                format!(
                    "`{text}` is a bound in words, not a figure: state the one figure the item \
                     has ({figure}), and the catalogue's limits judge it"
                ),
                "{text}"
            );
        }
        for (text, figure) in [
            ("2.260 in nom.", "2.260 in"),
            ("typ. 9.5 g", "9.5 g"),
            ("2.260 in nominal", "2.260 in"),
        ] {
            assert_eq!(
                said(text),
                format!(
                    "`{text}` is a figure marked nominal or typical: state the one figure the \
                     item has ({figure}), and the catalogue's limits judge it"
                ),
                "{text}"
            );
        }
        assert_eq!(
            parse_written("5 min").unwrap().unit.map(|u| u.symbol),
            Some("min")
        );
        // (a word that only starts as one is not one)
        assert!(!said("maxim 2.260 in").contains("bound"));
    }

    /// A case capacity given as the mass of water it holds (`28.5 gr H2O`, as US sheets give
    /// it) is told to write the volume, with about what it is; it was an unknown unit `gr H2O`.
    #[test]
    fn a_volume_given_as_a_mass_of_water_is_told_to_write_the_volume() {
        let said = |text: &str| parse_written(text).unwrap_err().to_string();
        for text in ["28.5 gr H2O", "28.5 grains of water", "28.5 gr H₂O"] {
            assert_eq!(
                said(text),
                format!(
                    "`{text}` gives a volume as the mass of water it holds: write the volume, in \
                     mL or cm³ (a grain of water is about 0.0648 mL at 1 g/mL: this is about 1.85 \
                     mL), as the data sheet's drawing or test states it"
                )
            );
        }
        // (a word that names no mass before it is no such figure)
        assert!(!said("28.5 xx H2O").contains("mass of water"));
    }

    /// A US volume with a caret exponent, as a spreadsheet exports it (`1403 in^3`,
    /// `0.812 ft^3`), is read as the metric ones are (`m^3`, `cm^3`).
    #[test]
    fn a_caret_exponent_reads_for_inches_and_feet_as_for_metres() {
        for (text, symbol) in [
            ("1403 in^3", "in³"),
            ("0.812 ft^3", "ft³"),
            ("0.023 m^3", "m³"),
        ] {
            let read = parse_written(text).unwrap();
            assert_eq!(read.unit.map(|u| u.symbol), Some(symbol), "{text}");
        }
    }

    /// A pressure marked as gauge or absolute (`psig`, `bar(a)`, the German `atü`) is told
    /// with the figure to write and what the other would be (it was an unknown unit `psig`,
    /// "did you mean `psi`?", with no word of the atmosphere between them).
    #[test]
    fn a_pressure_marked_gauge_or_absolute_is_told_what_to_write() {
        let said = |text: &str| parse_written(text).unwrap_err().to_string();
        let gauge = |written: &str, figure: &str| {
            format!(
                "`{written}` marks a gauge pressure (above the atmosphere's): write the figure in \
                 its unit alone, `{figure}`, if the property is stated as a gauge pressure; an \
                 absolute pressure is one atmosphere (101.325 kPa) more"
            )
        };
        let absolute = |written: &str, figure: &str| {
            format!(
                "`{written}` marks an absolute pressure (the atmosphere's included): write the \
                 figure in its unit alone, `{figure}`, if the property is stated as an absolute \
                 pressure; a gauge pressure is one atmosphere (101.325 kPa) less"
            )
        };
        for (text, figure) in [
            ("30 psig", "30 psi"),
            ("30 PSIG", "30 PSI"),
            ("2.5 barg", "2.5 bar"),
            ("2.5 bar(g)", "2.5 bar"),
            ("30 psi g", "30 psi"),
            ("400 MPa (gauge)", "400 MPa"),
            ("350 kPa(g)", "350 kPa"),
            ("3 atü", "3 at"),
        ] {
            assert_eq!(said(text), gauge(text, figure));
        }
        for (text, figure) in [
            ("44.7 psia", "44.7 psi"),
            ("1.2 bara", "1.2 bar"),
            ("101 kPa (abs)", "101 kPa"),
            ("3 ata", "3 at"),
        ] {
            assert_eq!(said(text), absolute(text, figure));
        }
        // a bare letter marks only `psi` and `bar`; another unit so written stays unknown
        assert_eq!(said("350 kPag"), "unknown unit `kPag`, did you mean `kPa`?");
    }

    /// A unit of a quantity no property has (a vehicle sheet's torque and power) is told as
    /// such, not as a case clash with the nautical mile (`Nm`: "write the symbol exactly") nor
    /// with a did-you-mean of a unit it resembles (`N·m`: `NM`, `kNm`: `km`, `mAh`: `mph`).
    #[test]
    fn a_unit_of_a_quantity_no_property_has_is_told_as_such() {
        let said = |text: &str| parse_written(text).unwrap_err().to_string();
        for (text, unit, quantity, a) in [
            ("500 Nm", "Nm", "torque", "a torque"),
            ("500 N·m", "N·m", "torque", "a torque"),
            ("3.2 kNm", "kNm", "torque", "a torque"),
            ("150 in-lb", "in-lb", "torque", "a torque"),
            ("2200 mAh", "mAh", "electric charge", "an electric charge"),
            ("1.2 m²", "m²", "area", "an area"),
            ("30 sq in", "sq in", "area", "an area"),
            ("9.81 m/s²", "m/s²", "acceleration", "an acceleration"),
            // a var in any case and prefix: no `VA` nor `kVA` misspelt
            ("90 kVAr", "kVAr", "reactive power", "a reactive power"),
            ("90 KVAR", "KVAR", "reactive power", "a reactive power"),
            ("90 var", "var", "reactive power", "a reactive power"),
            ("0.09 Mvar", "Mvar", "reactive power", "a reactive power"),
            (
                "90 kilovars",
                "kilovars",
                "reactive power",
                "a reactive power",
            ),
        ] {
            assert_eq!(
                said(text),
                format!(
                    "`{unit}` is a unit of {quantity}, and no property here is {a}: check that \
                     the figure belongs to this property"
                )
            );
        }
        // the units they resemble, as written, are what they were
        for (text, symbol) in [
            ("5 NM", "NM"),
            ("5 km", "km"),
            ("5 mph", "mph"),
            ("5 N", "N"),
            ("5 kVA", "kVA"),
            ("5 VA", "VA"),
        ] {
            assert_eq!(parse_written(text).unwrap().unit.unwrap().symbol, symbol);
        }
        assert!(Unit::find("Nm").is_none());
    }

    /// Cycles per second are hertz, the kip is 1000 lbf and the klb 1000 lb, all exactly.
    #[test]
    fn cycles_per_second_kips_and_kilopounds_are_read_by_their_definitions() {
        assert_eq!(q("400 cps", "Hz").value, Exact::from_integer(400));
        assert_eq!(q("800 c/s", "Hz").value, Exact::from_integer(800));
        assert_eq!(q("2 kc/s", "Hz").value, Exact::from_integer(2_000));
        // the kip is exactly 1000 lbf, and the klb 1000 lb
        assert_eq!(q("10 kip", "lbf").value, Exact::from_integer(10_000));
        assert_eq!(format_exact(&q("1 kip", "N").value, 10), "4448.2216152605");
        assert_eq!(q("10 klb", "lb").value, Exact::from_integer(10_000));
        assert_eq!(format_exact(&q("1 klb", "kg").value, 8), "453.59237");
        assert!(Unit::find("kip").unwrap().is_customary());
    }

    /// Pounds and ounces and stone and pounds are read as feet and inches are, in the smaller
    /// unit with its precision; `st` before pounds and a metric figure in two units are told with
    /// the one figure to write.
    #[test]
    fn a_figure_in_two_units_is_read_or_told_with_the_one_figure_to_write() {
        let read = |text: &str| {
            let w = parse_written(text).unwrap();
            (
                w.unit.unwrap().symbol,
                format_exact(&w.number.value, 12),
                format_exact(&w.number.half_unit, 12),
            )
        };
        assert_eq!(read("1 lb 4 oz"), ("oz", "20".into(), "0.5".into()));
        assert_eq!(read("20 stone 10 lb"), ("lb", "290".into(), "0.5".into()));
        assert_eq!(read("1 stone 0.5 lb"), ("lb", "14.5".into(), "0.05".into()));
        assert!(matches!(
            parse_written("20 stone 14 lb"),
            Err(QuantityError::NotOneFigure { .. })
        ));
        let said = |text: &str| parse_written(text).unwrap_err().to_string();
        // a bare `st` stays ambiguous; before pounds short of a stone it is stone, as `ft`
        // before inches is feet (a short ton and pounds is two figures in any spelling)
        assert_eq!(
            said("20 st"),
            "`st` is ambiguous: it may be a US short ton (907.18474 kg, `short ton`) or a British \
             stone (6.35029318 kg, `stone`); write which"
        );
        assert_eq!(read("20 st 10 lb"), ("lb", "290".into(), "0.5".into()));
        assert_eq!(read("20st 10.5lb"), ("lb", "290.5".into(), "0.05".into()));
        assert_eq!(
            said("20 short ton 10 lb"),
            "`20 short ton 10 lb` is two figures, in short ton and lb: write the one figure, \
             40010 lb"
        );
        // a stone of pounds or more after `st` leaves it either, told with both figures
        assert_eq!(
            said("2 st 100 lb"),
            "`2 st 100 lb` is two figures, in st and lb, and `st` is ambiguous: it may be a US \
             short ton (907.18474 kg, `short ton`) or a British stone (6.35029318 kg, `stone`); \
             write the one figure, 4100 lb if it is short tons, or 128 lb if stone"
        );
        assert_eq!(
            said("2 t 100 kg"),
            "`2 t 100 kg` is two figures, in t and kg: write the one figure, 2100 kg"
        );
        // to the last part's decimals, as a compound's precision is its last part's
        for (written, plain) in [
            ("2 t 100.0 kg", "2100.0 kg"),
            ("2.0005 t 100 kg", "2100.5 kg"),
            ("1 m 20 cm", "120 cm"),
            ("2t 100kg", "2100 kg"),
            ("2t 100.50kg", "2100.50 kg"),
        ] {
            assert!(
                said(written).ends_with(&format!("write the one figure, {plain}")),
                "{written}: {}",
                said(written)
            );
        }
        // a sum no decimal writes in the last part's unit is written in another part's, never
        // rounded (`2 m 3 ft` is 9.5616797900262… ft)
        assert_eq!(
            said("2 m 3 ft"),
            "`2 m 3 ft` is two figures, in m and ft: write the one figure, 2.9144 m"
        );
        // three figures and more, and a figure in `st` before anything but pounds
        assert_eq!(
            said("2 t 100 kg 5 g"),
            "`2 t 100 kg 5 g` is three figures, in t, kg and g: write the one figure, 2100005 g"
        );
        assert_eq!(
            said("5 ft 3 in 2 mm"),
            "`5 ft 3 in 2 mm` is three figures, in ft, in and mm: write the one figure, 1602.2 mm"
        );
        assert_eq!(
            said("20 stone 10 lb 4 oz"),
            "`20 stone 10 lb 4 oz` is three figures, in stone, lb and oz: write the one figure, \
             4644 oz"
        );
        let st = "`st` is ambiguous: it may be a US short ton (907.18474 kg, `short ton`) or a \
                  British stone (6.35029318 kg, `stone`)";
        assert_eq!(
            said("20 st 10 kg"),
            format!(
                "`20 st 10 kg` is two figures, in st and kg, and {st}; write the one figure, \
                 18153.6948 kg if it is short tons, or 137.0058636 kg if stone"
            )
        );
        assert_eq!(
            said("20 st 10 lb 4 oz"),
            format!(
                "`20 st 10 lb 4 oz` is three figures, in st, lb and oz, and {st}; write the one \
                 figure, 640164 oz if it is short tons, or 4644 oz if stone"
            )
        );
        // parts that make no one figure: two dimensions, a scale with an offset, a last part
        // with no unit; and a negative figure, which reads two ways, is given no figure
        assert_eq!(
            said("2 m 3 kg"),
            "`2 m 3 kg` is two figures, in m and kg, which make no one figure: m is a length and \
             kg a mass; write the one figure, in one unit"
        );
        assert_eq!(
            said("2 t 100 kg 3 m"),
            "`2 t 100 kg 3 m` is three figures, in t, kg and m, which make no one figure: kg is a \
             mass and m a length; write the one figure, in one unit"
        );
        assert_eq!(
            said("20 °C 5 K"),
            "`20 °C 5 K` is two figures, in °C and K, which make no one figure: °C counts from a \
             zero of its own, and its figures are not added; write the one figure, in one unit"
        );
        assert_eq!(
            said("1 m 20"),
            "`1 m 20` is two figures, and the second, 20, has no unit: write the one figure, in \
             one unit"
        );
        assert_eq!(
            said("3 lb 2"),
            "`3 lb 2` is two figures, and the second, 2, has no unit: write it with its unit \
             (`3 lb 2 oz`, if it is in ounces), or the one figure in one unit"
        );
        assert_eq!(
            said("5 ft 3"),
            "`5 ft 3` is two figures, and the second, 3, has no unit: write it with its unit \
             (`5 ft 3 in`, if it is in inches), or the one figure in one unit"
        );
        assert_eq!(
            said("1 lb 4 oz 2"),
            "`1 lb 4 oz 2` is three figures, and the last, 2, has no unit: write the one figure, \
             in one unit"
        );
        assert_eq!(
            said("20 st 10"),
            format!(
                "`20 st 10` is two figures, and the second, 10, has no unit, and {st}; write the \
                 one figure, in one unit"
            )
        );
        assert_eq!(
            said("-2 t 100 kg"),
            "`-2 t 100 kg` is two figures, in t and kg: write the one figure, in one unit"
        );
        // a part in a unit nobody knows is told with what was read, and a unit of the other
        // parts' dimension it may be (the whole tail was quoted as one unknown unit)
        for (text, read) in [
            (
                "2 t 100 xx",
                "two figures, 2 t and 100 in an unknown unit `xx`",
            ),
            (
                "2 xx 100 kg",
                "two figures, 2 in an unknown unit `xx` and 100 kg",
            ),
            (
                "2 t 100 kgg",
                "two figures, 2 t and 100 in an unknown unit `kgg` (did you mean `kg`?)",
            ),
            (
                "5 ft 3 inn",
                "two figures, 5 ft and 3 in an unknown unit `inn` (did you mean `in`?)",
            ),
            (
                "2 t 100 kg 5 xx",
                "three figures, 2 t, 100 kg and 5 in an unknown unit `xx`",
            ),
            (
                "20 st 10 xx",
                "two figures, 20 st and 10 in an unknown unit `xx`",
            ),
        ] {
            assert_eq!(
                said(text),
                format!("`{text}` is {read}: write the one figure, in one unit")
            );
        }
        // a part that is no figure, a word that joins two figures, or a spelling refused for
        // what it is, stays as it was told
        for text in ["1 m 20 30 cm", "2 t 3 m st", "2 by 100 kg"] {
            assert!(
                matches!(parse_written(text), Err(QuantityError::UnknownUnit { .. })),
                "{text}: {:?}",
                parse_written(text)
            );
        }
        assert_eq!(
            said("2 gal 100 L"),
            "`gal` is ambiguous: it may be a US gallon (3.785411784 L, `US gal`) or an imperial \
             gallon (4.54609 L, `imp gal`); write which"
        );
        assert!(said("2 t 100 MG")
            .starts_with("unknown unit `MG`: it differs only in case from `mg` or `Mg`"));
        // units that do not each get smaller make no sum to write
        assert_eq!(
            said("8 ft 6 in 3 in"),
            "`8 ft 6 in 3 in` is three figures, in ft, in and in: write the one figure, in one unit"
        );
        assert_eq!(
            said("100 kg 2 t"),
            "`100 kg 2 t` is two figures, in kg and t: write the one figure, in one unit"
        );
        // and what reads is read as before
        assert_eq!(read("8 ft 6 in"), ("in", "102".into(), "0.5".into()));
    }

    /// In capitals `M` is milli or mega, 10⁹ apart within one dimension: `MV` is refused with
    /// both; the others are read as the one a figure here can be, with a warning's words, and
    /// `MM`, `MS`, `KG`, `PSI` as before, without one.
    #[test]
    fn milli_or_mega_in_capitals_is_refused_or_read_with_a_warning() {
        let said = |text: &str| parse_written(text).unwrap_err().to_string();
        assert_eq!(
            said("28000 MV"),
            "`MV` is ambiguous: it may be millivolts (`mV`) or megavolts (a megavolt is 1000 kV: \
             write it in `kV`), as capitals do not tell; write which"
        );
        assert_eq!(Unit::find("MV"), None);
        // `mV` and `kV` as written still read
        assert_eq!(Unit::find("mV").map(|u| u.symbol), Some("mV"));
        let symbol = |text: &str| parse_written(text).unwrap().unit.map(|u| u.symbol);
        for (text, unit, warned) in [
            ("500 MA", "mA", true),
            ("1.8 ML", "mL", true),
            ("30 MHZ", "MHz", true),
            ("380 MPA", "MPa", true),
            ("9 MJ", "MJ", false),
            ("1013 MBAR", "mbar", true),
            ("5 MM", "mm", false),
            ("5 MS", "ms", false),
            ("5 KG", "kg", false),
            ("5 PSI", "psi", false),
            // as written, no warning
            ("500 mA", "mA", false),
            ("380 MPa", "MPa", false),
            ("1013 mbar", "mbar", false),
        ] {
            assert_eq!(symbol(text), Some(unit), "{text}");
            assert_eq!(read_from_capitals(text).is_some(), warned, "{text}");
        }
        assert_eq!(
            read_from_capitals("500 MA").as_deref(),
            Some(
                "`MA` is read as milliamperes (`mA`): in capitals it may be milli or mega, and \
                 no current here is megaamperes; write `mA`"
            )
        );
        // no unit is the meganewton or the millinewton: `MN` is unknown, not read as either
        assert!(said("5 MN").starts_with("unknown unit `MN`"));
        // and `MW` is the megawatt's own symbol, read as written (`mw` is refused: milli or
        // mega)
        assert_eq!(symbol("5 MW"), Some("MW"));
        assert!(read_from_capitals("5 MW").is_none());
    }

    /// The millibar, hectopascal, hectobar, conventional millimetre and inch of mercury and the
    /// torr are read exactly, by their definitions.
    #[test]
    fn pressures_of_weather_and_vacuum_are_read_by_their_definitions() {
        let pascals = |text: &str| {
            let w = parse_written(text).unwrap();
            let pa = Unit::find("Pa").unwrap();
            format_exact(&w.unit.unwrap().convert(&w.number.value, pa).unwrap(), 12)
        };
        assert_eq!(pascals("1 mbar"), "100");
        assert_eq!(pascals("1013.25 hPa"), "101325");
        assert_eq!(pascals("1013.25 HPA"), "101325");
        // a French ballistics sheet's hectobar: 100 bar
        assert_eq!(pascals("4300 hbar"), "43000000000");
        assert_eq!(pascals("1 hectobar"), "10000000");
        assert_eq!(pascals("1 mmHg"), "133.322387415");
        assert_eq!(pascals("1 MMHG"), "133.322387415");
        assert_eq!(pascals("760 Torr"), "101325");
        assert_eq!(pascals("760 torr"), "101325");
        assert_eq!(pascals("1 inHg"), "3386.388640341");
        assert_eq!(pascals("10 in Hg"), "33863.88640341");
        // an inch of mercury is 25.4 millimetres of it, exactly
        let mm = Unit::find("mmHg").unwrap();
        assert_eq!(
            Unit::find("inHg")
                .unwrap()
                .convert(&Exact::from_integer(1), mm)
                .unwrap(),
            Exact::new(254, 10)
        );
    }

    /// Power in watts and apparent power in volt-amperes are read exactly by their SI prefixes
    /// (the metric horsepower by its definition, 75 kgf·m/s), and are two dimensions: a ground
    /// power unit's kVA is a kW only at unity power factor. `hp` names three horsepowers.
    #[test]
    fn power_and_apparent_power_are_read_exactly_and_apart() {
        let in_unit = |text: &str, to: &str| {
            let w = parse_written(text).unwrap();
            let to = Unit::find(to).unwrap();
            let from = w.unit.unwrap();
            assert_eq!(from.dimension, to.dimension, "{text} in {}", to.symbol);
            format_exact(&from.convert(&w.number.value, to).unwrap(), 12)
        };
        assert_eq!(in_unit("90 kVA", "VA"), "90000");
        assert_eq!(in_unit("90000 VA", "kVA"), "90");
        assert_eq!(in_unit("0.09 MVA", "kVA"), "90");
        assert_eq!(in_unit("72 kW", "W"), "72000");
        assert_eq!(in_unit("72000 W", "kW"), "72");
        assert_eq!(in_unit("1.5 MW", "kW"), "1500");
        assert_eq!(in_unit("250 mW", "W"), "0.25");
        assert_eq!(in_unit("100 PS", "kW"), "73.549875");
        assert_eq!(in_unit("90 kilovolt-amperes", "VA"), "90000");
        assert_eq!(in_unit("3 kilowatts", "W"), "3000");
        for (symbol, dimension) in [
            ("W", Dimension::Power),
            ("kW", Dimension::Power),
            ("MW", Dimension::Power),
            ("VA", Dimension::ApparentPower),
            ("kVA", Dimension::ApparentPower),
            ("MVA", Dimension::ApparentPower),
        ] {
            assert_eq!(Unit::find(symbol).map(|u| u.dimension), Some(dimension));
        }
        assert_eq!(Dimension::from_name("power"), Some(Dimension::Power));
        assert_eq!(
            Dimension::from_name("apparent-power"),
            Some(Dimension::ApparentPower)
        );
        // milli or mega, in small letters: not guessed
        let said = |text: &str| parse_written(text).unwrap_err().to_string();
        assert!(
            said("5 mw").starts_with("unknown unit `mw`: it differs only in case from `mW`"),
            "{}",
            said("5 mw")
        );
        assert_eq!(
            said("120 hp"),
            "`hp` is ambiguous: it may be a mechanical horsepower (745.69987158227022 W) or an \
             electrical one (746 W), either written here in `W` or `kW`, or a metric one \
             (735.49875 W, `PS`); write which"
        );
        assert!(said("120 bhp").starts_with("`bhp` is ambiguous"));
    }

    /// Knots of an indicated or a true airspeed are told as such, not asked about `kips`.
    #[test]
    fn knots_of_an_airspeed_are_told_which_to_state() {
        let said = |text: &str| parse_written(text).unwrap_err().to_string();
        assert_eq!(
            said("250 KIAS"),
            "`KIAS` is knots of indicated airspeed: indicated and true airspeed differ; state \
             the speed in `kn`, saying which in the property"
        );
        assert_eq!(
            said("300 ktas"),
            "`ktas` is knots of true airspeed: indicated and true airspeed differ; state the \
             speed in `kn`, saying which in the property"
        );
    }

    #[test]
    fn case_is_ignored_only_where_it_tells_no_units_apart() {
        let symbol = |text: &str| Unit::find(text).map(|u| u.symbol);
        // written in capitals, or capitalised where case means nothing
        for (text, unit) in [
            ("Millimetres", "mm"),
            ("Nautical Miles", "NM"),
            ("Minutes", "min"),
            ("Miles", "mi"),
            ("MM", "mm"),
            ("KG", "kg"),
            ("Kg", "kg"),
            ("PSI", "psi"),
            ("Psi", "psi"),
            ("MPA", "MPa"),
            ("LBS", "lb"),
            ("KM", "km"),
        ] {
            assert_eq!(symbol(text), Some(unit), "{text}");
        }
        // a byte is eight bits, a megagram a tonne, a nanometre no nautical mile, Nm a torque
        for (text, other) in [
            ("MB/s", "Mb/s"),
            ("kB/s", "kb/s"),
            ("MBPS", "Mbps"),
            ("nm", "NM"),
            ("Nm", "NM"),
            ("Mm", "mm"),
            ("mbps", "Mbps"),
            // kilobytes, though `kbps` is spelt as a word
            ("kBps", "kbps"),
            ("KBPS", "kbps"),
        ] {
            assert_eq!(symbol(text), None, "{text}");
            assert!(
                matches!(Unit::lookup(text), Lookup::CaseClash(o, _) if o == other),
                "{text}"
            );
        }
        // two units that differ from it only in case are both named
        assert!(parse_written("16 KN")
            .unwrap_err()
            .to_string()
            .starts_with("unknown unit `KN`: it differs only in case from `kn` or `kN`"));
        let err = parse_written("1 MB/s").unwrap_err();
        assert!(matches!(err, QuantityError::CaseMatters { .. }), "{err}");
        assert!(
            err.to_string()
                .starts_with("unknown unit `MB/s`: it differs only in case from `Mb/s`"),
            "{err}"
        );
        assert!(matches!(Unit::lookup("furlong"), Lookup::Unknown));
        assert!(matches!(Unit::lookup("mm"), Lookup::Found(_)));
    }

    #[test]
    fn wrong_dimension_reads_well() {
        let litre = Unit::find("L").unwrap();
        let err = parse_written("23 kg")
            .unwrap()
            .to_quantity(litre, "chamber_volume")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "23 kg is a mass; chamber_volume is a volume"
        );
        // a unit a sheet writes for its sibling of another dimension is asked about
        let force = Unit::find("N").unwrap();
        for (written, meant) in [
            ("16 lb", "lbf"),
            ("16 lbs", "lbf"),
            ("16 lbs.", "lbf"),
            ("16 LB", "lbf"),
            ("16 pounds", "lbf"),
            ("7 kg", "kgf"),
            ("7 kilograms", "kgf"),
            ("71.2 kn", "kN"),
            ("71.2 kt", "kN"),
        ] {
            let err = parse_written(written)
                .unwrap()
                .to_quantity(force, "trigger_pull")
                .unwrap_err()
                .to_string();
            assert!(err.ends_with(&format!("did you mean `{meant}`?")), "{err}");
        }
        let mass = Unit::find("kg").unwrap();
        let err = parse_written("16 lbf")
            .unwrap()
            .to_quantity(mass, "bullet_mass")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "16 lbf is a force; bullet_mass is a mass, did you mean `lb`?"
        );
    }
}
