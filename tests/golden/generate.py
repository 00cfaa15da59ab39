#!/usr/bin/env python3
"""Generates the golden vectors in tests/golden/<standard-file-stem>.toml.

Independent of the Rust code on purpose: units are typed in here from their definitions (the
international inch and pound of 1959, g_n, the US gallon of 231 in^3), arithmetic is exact
(fractions.Fraction), and the verdict rules are re-implemented from the issue text:

  * limits are inclusive, and a catalogue limit is an exact threshold: its written digits are
    not an uncertainty ("430 MPa" means 430 MPa exactly);
  * a stated value carries the precision it is written with: half a unit of its last written
    digit ("2.260 in" means ±0.0005 in, "42e1 MPa" means ±5 MPa), converted exactly into the
    canonical unit;
  * a value beyond a min/max bound (or beyond nominal ± tolerance, whose bounds are exact) by no
    more than its own half-unit passes, with the note "Meets <limit> only within the precision
    the value is quoted to: <value> means ±<half-unit in the canonical unit>."; beyond that it
    fails (so 0.1 % over a coarsely written limit fails when the value has the digits to say so);
  * equals / one_of on figures: |value - expected| <= the value's half-unit (no note);
  * `when` conditions and selectors on figures use the same comparisons;
  * integers are exact (no precision);
  * figures measured by another test method are never compared.

Vectors around each bound, in the canonical unit and a second unit system: just inside, exactly
at, a tenth of the limit's last digit beyond (fails: the limit's digits are not a tolerance),
beyond but quoted coarsely enough to be within the value's own precision (passes with the note),
beyond by exactly that precision where a figure can sit there (the edge: `<` for `<=` on the
slack fails it), just outside the value's precision, and 0.1 % beyond. Each label's promise is
asserted against the exact arithmetic before a file is written. A vector with verdict
"not-selected" expects the standard's selector not to pick the item at all.

The limits themselves are read from standards/*.toml. The committed vector files are the
fixtures: regenerate with `python3 tests/golden/generate.py` and review the diff.
"""

from fractions import Fraction as F
from pathlib import Path
import tomllib

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent

# ---- units: (factor to SI base, offset to SI base) ------------------------------------------
INCH = F("0.0254")
LB = F("0.45359237")
LBF = LB * F("9.80665")
UNITS = {
    "mm": (F(1, 1000), F(0)),
    "m": (F(1), F(0)),
    "in": (INCH, F(0)),
    "ft": (12 * INCH, F(0)),
    "g": (F(1, 1000), F(0)),
    "gr": (LB / 7000, F(0)),
    "t": (F(1000), F(0)),
    "short ton": (2000 * LB, F(0)),
    "short tons": (2000 * LB, F(0)),
    "MPa": (F(10) ** 6, F(0)),
    "psi": (LBF / INCH**2, F(0)),
    "m/s": (F(1), F(0)),
    "ft/s": (12 * INCH, F(0)),
    "L": (F(1, 1000), F(0)),
    "mL": (F(1, 1000000), F(0)),
    "gal": (231 * INCH**3, F(0)),
    "°C": (F(1), F("273.15")),
    "°F": (F(5, 9), F("273.15") - F(32) * F(5, 9)),
    "K": (F(1), F(0)),
    "V": (F(1), F(0)),
    "mV": (F(1, 1000), F(0)),
    "A": (F(1), F(0)),
    "mA": (F(1, 1000), F(0)),
    "N": (F(1), F(0)),
    "lbf": (LBF, F(0)),
}

# the second unit system for each canonical unit
SECOND = {
    "mm": "in",
    "g": "gr",
    "t": "short ton",
    "MPa": "psi",
    "m/s": "ft/s",
    "L": "gal",
    "°C": "°F",
    "V": "mV",
    "A": "mA",
    "N": "lbf",
}


def convert(x, frm, to):
    fa, oa = UNITS[frm]
    fb, ob = UNITS[to]
    return (x * fa + oa - ob) / fb


def convert_span(x, frm, to):
    return x * UNITS[frm][0] / UNITS[to][0]


# ---- written figures ---------------------------------------------------------------------


class Fig:
    """A figure as written: exact value, half-unit of the last digit, canonical unit."""

    def __init__(self, text, canonical, integer=False, exact=False):
        self.text = text.strip()
        number, unit = split(self.text)
        value, half = parse_number(number)
        if integer:
            assert unit is None and value.denominator == 1, text
            half = F(0)
        if unit is None or canonical is None:
            self.value, self.digit = value, half
        else:
            self.value = convert(value, unit, canonical)
            self.digit = convert_span(half, unit, canonical)
        # `digit`: half a unit of the last written digit, in the canonical unit. For a stated
        # value it is its precision; a limit (exact=True) has none, and its digit only tells
        # how finely the vectors around it are written.
        self.half = F(0) if exact else self.digit


def split(text):
    i = 0
    while i < len(text) and (text[i].isdigit() or text[i] in ".,-+" or exponent_at(text, i)):
        i += 1
    number, unit = text[:i].strip(), text[i:].strip()
    return number, (unit or None)


def exponent_at(text, i):
    return (
        text[i] in "eE"
        and i > 0
        and text[i - 1].isdigit()
        and i + 1 < len(text)
        and (text[i + 1].isdigit() or text[i + 1] in "+-")
    )


def parse_number(s):
    s = s.replace(",", "")
    exp = 0
    if "e" in s.lower():
        s, e = s.lower().split("e")
        exp = int(e)
    decimals = len(s.split(".")[1]) if "." in s else 0
    value = F(s) * F(10) ** exp
    scale = exp - decimals
    half = F(10) ** scale / 2
    return value, half


def write(x, decimals):
    """An exact value with a fixed number of decimals (it must be representable)."""
    scaled = x * 10**decimals
    assert scaled.denominator == 1, (x, decimals)
    n = scaled.numerator
    sign = "-" if n < 0 else ""
    n = abs(n)
    if decimals == 0:
        return f"{sign}{n}"
    digits = str(n).rjust(decimals + 1, "0")
    return f"{sign}{digits[:-decimals]}.{digits[-decimals:]}"


def floor_to(x, decimals):
    step = F(1, 10**decimals)
    return (x / step).__floor__() * step


def ceil_to(x, decimals):
    step = F(1, 10**decimals)
    return (x / step).__ceil__() * step


def terminating_decimals(x, limit=9):
    for d in range(limit + 1):
        if (x * 10**d).denominator == 1:
            return d
    return None


def fmt(x, decimals):
    """Rust's format_exact: round half away from zero, trailing zeros dropped."""
    neg = x < 0
    a = abs(x)
    scaled = (a * 10**decimals + F(1, 2)).__floor__()
    whole, frac = divmod(scaled, 10**decimals)
    out = ("-" if neg and scaled != 0 else "") + str(whole)
    if frac:
        out += "." + str(frac).rjust(decimals, "0").rstrip("0")
    return out


# ---- the rules -----------------------------------------------------------------------------


def side_max(v, bound):
    """The bound is exact; only the value's own half-unit is slack."""
    excess = v.value - bound
    if excess <= 0:
        return "inside", excess
    if excess <= v.half:
        return "within", excess
    return "outside", excess


def side_min(v, bound):
    short = bound - v.value
    if short <= 0:
        return "inside", short
    if short <= v.half:
        return "within", short
    return "outside", short


def equal(v, e):
    return abs(v.value - e.value) <= v.half


# The note's lead names the limit the value meets only within its precision: the bound
# ("Meets 57.40 mm") or, for nominal ± tolerance, the whole limit ("Meets 833 m/s ± 20 m/s").
def precision_note(lead, v, unit):
    tail = f"only within the precision the value is quoted to: {v.text} means ±{amount(v.half, unit)}."
    return f"Meets {lead} {tail}" if lead else tail


def amount(x, unit):
    return f"{fmt(x, 6)} {unit}".strip()


def percent(part, of):
    if of == 0:
        return ""
    return f" ({fmt(part / abs(of) * 100, 2)} %)"


def judge(limit, v, unit):
    """(verdict, note text or None, message) for a figure against a limit, by the rules above."""
    kind = limit["kind"]
    note = None
    fail = None
    if kind == "range":
        lo, hi = limit.get("min"), limit.get("max")
        if hi is not None:
            side, excess = side_max(v, hi.value)
            if side == "outside":
                fail = (
                    f"{v.text} is above the maximum {hi.text} by {amount(excess, unit)}"
                    f"{percent(excess, hi.value)}"
                )
            if side == "within":
                note = precision_note(hi.text, v, unit)
        if fail is None and lo is not None:
            side, short = side_min(v, lo.value)
            if side == "outside":
                fail = (
                    f"{v.text} is below the minimum {lo.text} by {amount(short, unit)}"
                    f"{percent(short, lo.value)}"
                )
            if side == "within":
                note = precision_note(lo.text, v, unit)
    elif kind == "nominal":
        nom, tol = limit["nominal"], limit["tolerance"]
        s_hi, _ = side_max(v, nom.value + tol.value)
        s_lo, _ = side_min(v, nom.value - tol.value)
        if "outside" in (s_hi, s_lo):
            fail = (
                f"{v.text} is {amount(abs(v.value - nom.value), unit)} from the nominal "
                f"{nom.text}; the tolerance is ±{tol.text}"
            )
        if "within" in (s_hi, s_lo):
            note = precision_note(shown(limit), v, unit)
    elif kind == "equals":
        e = limit["equals"]
        if not equal(v, e):
            fail = f"{v.text} is not {e.text}"
    elif kind == "one_of":
        if not any(equal(v, e) for e in limit["one_of"]):
            fail = f"{v.text} is not {shown(limit)}"
    else:
        raise ValueError(kind)
    if fail:
        return "fail", None, fail
    converted = amount(v.value, unit)
    if converted == v.text:
        return "pass", note, f"{v.text} meets {shown(limit)}"
    return "pass", note, f"{v.text} (= {converted}) meets {shown(limit)}"


def shown(limit):
    kind = limit["kind"]
    if kind == "range":
        lo, hi = limit.get("min"), limit.get("max")
        if lo and hi:
            return f"{lo.text} to {hi.text}"
        return f"≥ {lo.text}" if lo else f"≤ {hi.text}"
    if kind == "nominal":
        return f"{limit['nominal'].text} ± {limit['tolerance'].text}"
    if kind == "equals":
        return f"= {limit['equals'].text}"
    return "one of " + ", ".join(e.text for e in limit["one_of"])


# ---- choosing values -----------------------------------------------------------------------


def unit_of(dd):
    """The unit of the last digit of a figure written with `dd` decimals (dd < 0: tens, ...)."""
    return F(10) ** -dd


def write_at(x, dd):
    """x (a multiple of unit_of(dd)) written so that its last digit is at `dd` decimals: with
    exponent notation when dd < 0 ("42e1" is 420 to the nearest 10)."""
    if dd >= 0:
        return write(x, dd)
    return write(x / unit_of(dd), 0) + f"e{-dd}"


def exponent(text):
    """0.7749 -> 774.9e-3, 0.5 -> 5e-1: the same figure, the same precision."""
    value, half = parse_number(split(text)[0])
    scale = 0  # the exponent of the last written digit
    while F(10) ** scale > half * 2:
        scale -= 1
    while F(10) ** scale < half * 2:
        scale += 1
    if scale <= -3:
        return write(value * 1000, -3 - scale) + "e-3"
    return write(value / F(10) ** scale, 0) + f"e{scale}"


def decimals_of(fig_text):
    number, _ = split(fig_text)
    number = number.split("e")[0].split("E")[0]
    return len(number.split(".")[1]) if "." in number else 0


def beyond(x, dd, direction):
    """The first figure written to `dd` decimals strictly beyond x."""
    p = unit_of(dd)
    n = (x / p).__floor__() + 1 if direction > 0 else (x / p).__ceil__() - 1
    return n * p


def nearest(x, dd):
    p = unit_of(dd)
    return (x / p + F(1, 2)).__floor__() * p


def coarse_figures(x, direction, dds, finest):
    """Figures written more coarsely than x that lie beyond it: (label, dd, figure).

    Only a figure whose own half-unit covers its distance beyond x is within precision; the first
    such one found, the first at exactly its half-unit (the edge: a `<` for `<=` on the slack
    fails it), and the next figure beyond at the same digits (outside). Figures of the bound's
    sign only (a length of "-1e2 mm" is refused, not judged; "0e1" says nothing)."""
    within = edge = None
    for dd in dds:
        r = beyond(x, dd, direction)
        if r * x <= 0 or (r + direction * unit_of(dd)) * x <= 0:
            continue
        gap = abs(r - x)
        if gap < unit_of(dd) / 2 and within is None:
            within = (dd, r)
        if gap == unit_of(dd) / 2 and edge is None:
            edge = (dd, r)
    def fewer(dd):  # against `finest`, the digits the other vectors in this unit are written to
        return " (quoted to fewer digits)" if dd < finest else ""

    out = []
    if within:
        dd, r = within
        out.append((f"beyond, within precision{fewer(dd)}", write_at(r, dd)))
    if edge:
        dd, r = edge
        out.append((f"beyond by exactly the value's precision, within precision{fewer(dd)}",
                    write_at(r, dd)))
    if within or edge:
        dd, r = within or edge
        out.append((f"beyond, outside precision{fewer(dd)}",
                    write_at(r + direction * unit_of(dd), dd)))
    return out


def bound_vectors(bound, digit, bound_decimals, direction, canonical, unit, with_note):
    """Values around one exact bound in `unit`: (label, written, unit).

    direction +1: the bound is a maximum (outside is above); -1: a minimum. `digit` is half a
    unit of the bound's last written digit (in `canonical`): not a tolerance, only the scale the
    values are written at.
    """
    out = []
    if unit == canonical:
        step = unit_of(bound_decimals)
        d = bound_decimals
        if with_note:
            # a limit is not "just inside" itself when it is an exact figure (equals, one_of)
            out.append(("just inside", write(bound - direction * step, d)))
        out.append(("exactly at", write(bound, d)))
        # a limit's digits are not an uncertainty: a tenth of its last digit beyond, written
        # with one more digit (±a twentieth), fails
        out.append(("a tenth of the limit's last digit beyond, outside precision",
                    write(bound + direction * step / 10, d + 1)))
        # a value beyond the limit passes (with a note) only when written coarsely enough
        out += coarse_figures(bound, direction, range(d - 1, d - 3, -1), d)
        if bound != 0:
            pct = bound + direction * abs(bound) / 1000
            out.append(("0.1 % beyond", write(pct, terminating_decimals(pct))))
        return [(label, text, unit) for label, text in out]
    # second unit: written finely enough that its own precision is a tenth of the bound's digit
    x = convert(bound, canonical, unit)
    span = convert_span(digit, canonical, unit)
    d = 0
    while unit_of(d) / 2 > span / 10:
        d += 1
    step = unit_of(d)
    inward = beyond(x, d, -direction)
    if with_note:
        # an exact figure (equals, one_of) has no inside: a figure short of it is off it
        out.append(("just inside", write(inward, d)))
    exact = terminating_decimals(x)
    if exact is not None:
        out.append(("exactly at", write(x, exact)))
        dds = range(exact - 1, d - 3, -1)
    else:
        rounded = nearest(x, d)
        if rounded != inward:
            # rounded to nearest, the figure falls beyond the bound by less than its half-unit
            out.append(("at, rounded outward, within precision", write(rounded, d)))
        elif not with_note:
            out.append(("at, rounded to nearest (short of it), within precision", write(rounded, d)))
        dds = range(d, d - 3, -1)
    out += coarse_figures(x, direction, dds, d)
    # first figure at this precision beyond the value's own precision
    first_out = beyond(x + direction * step / 2, d, direction)
    out.append(("just outside precision", write(first_out, d)))
    if bound != 0:
        # 0.1 % of the bound, converted, written finely enough to say so (its half-unit a
        # thousandth of that)
        pct = convert(bound + direction * abs(bound) / 1000, canonical, unit)
        pct_span = convert_span(abs(bound) / 1000, canonical, unit)
        dd = 0
        while unit_of(dd) / 2 > pct_span / 1000:
            dd += 1
        out.append(("0.1 % beyond", write(nearest(pct, dd), dd)))
    seen, unique = set(), []
    for label, text in out:
        if text not in seen:
            seen.add(text)
            unique.append((label, text, unit))
    return unique


# ---- the catalogue --------------------------------------------------------------------------

DICT = tomllib.loads((ROOT / "standards/dictionary.toml").read_text())["property"]


def canonical_unit(prop):
    return DICT[prop].get("unit")


def is_integer(prop):
    return DICT[prop]["type"] == "integer"


def is_figure_type(prop):
    return DICT[prop]["type"] not in ("text", "enum", "list", "flag")


def as_text(v):
    return v if isinstance(v, str) else str(v)


def limit_of(req):
    prop = req["property"]
    unit = canonical_unit(prop)
    integer = is_integer(prop)
    fig = lambda v: Fig(as_text(v), unit, integer, exact=True)  # noqa: E731
    if "min" in req or "max" in req:
        return {
            "kind": "range",
            **({"min": fig(req["min"])} if "min" in req else {}),
            **({"max": fig(req["max"])} if "max" in req else {}),
        }
    if "nominal" in req:
        return {"kind": "nominal", "nominal": fig(req["nominal"]), "tolerance": fig(req["tolerance"])}
    if "equals" in req:
        return {"kind": "equals", "equals": fig(req["equals"])}
    if "one_of" in req:
        return {"kind": "one_of", "one_of": [fig(v) for v in req["one_of"]]}
    raise ValueError(req["id"])


# Base properties that make a standard select an item, and per-`when` properties that make a
# requirement apply (and one that makes it not apply). Written by hand from the catalogue.
SETUP = {
    "stanag-4172": ("cartridge", {"cartridge": "5.56x45mm NATO"}),
    "stanag-2310": ("cartridge", {"cartridge": "7.62x51mm NATO"}),
    "stanag-4090": ("cartridge", {"cartridge": "9x19mm"}),
    "stanag-4383": ("cartridge", {"cartridge": "12.7x99mm NATO"}),
    "stanag-4007": ("trailer", {"trailer_connector": "STANAG 4007"}),
    "stanag-4074": ("vehicle", {}),
    "stanag-4362": ("vehicle", {}),
    "stanag-2021": ("vehicle", {}),
    "stanag-1135": ("fuel", {}),
    "stanag-1059": ("vehicle", {}),
    "acodp-1": ("vehicle", {}),
    "stanag-4123": ("munition", {}),
    "stanag-4439": ("munition", {}),
    "stanag-4569": ("ballistic-test", {"ke_level": 1}),
    "stanag-4694": ("rail", {"rail_interface": "STANAG 4694"}),
    "mil-std-1913": ("rail", {}),
    "jbmou-155": ("weapon", {"bore_diameter": "155 mm"}),
    "atp-56": ("tanker", {}),
}

# (properties that make the `when` hold, properties that make it fail), by requirement id
WHEN = {
    "STANAG-4172/link-strip-force": ({"belt_link": "M27"}, {"belt_link": "M13"}),
    "STANAG-4172/belt-tensile": ({"belt_link": "M27"}, {"belt_link": "M13"}),
    "STANAG-4007/12v-labelled": ({"supply_voltage": "12 V"}, {"supply_voltage": "24 V"}),
    "STANAG-4007/positive-earth-labelled": (
        {"earth_polarity": "positive"},
        {"earth_polarity": "negative"},
    ),
    "STANAG-2021/vehicle-classified": ({"gross_mass": "3 t"}, {"gross_mass": "2.4 t"}),
    "STANAG-2021/trailer-classified": ({"payload": "1.5 t"}, {"payload": "1.3 t"}),
    "STANAG-2021/crossing-classified": ({"crossing_type": "bridge"}, {}),
    "STANAG-1135/density-f34-f35": ({"nato_code": "F-34"}, {"nato_code": "F-44"}),
    "STANAG-1135/density-f44": ({"nato_code": "F-44"}, {"nato_code": "F-34"}),
    "STANAG-1135/density-f40": ({"nato_code": "F-40"}, {"nato_code": "F-35"}),
    "STANAG-1135/freeze-point-f35": ({"nato_code": "F-35"}, {"nato_code": "F-34"}),
    "STANAG-4569/l1-threat": ({"ke_level": 1}, {"ke_level": 2}),
    "STANAG-4569/l2-threat": ({"ke_level": 2}, {"ke_level": 1}),
    "STANAG-4569/l3-threat": ({"ke_level": 3}, {"ke_level": 1}),
    "STANAG-4569/l4-threat": ({"ke_level": 4}, {"ke_level": 1}),
    "STANAG-4569/l5-threat": ({"ke_level": 5}, {"ke_level": 1}),
    "STANAG-4569/l1-3-range": ({"ke_level": 3}, {"ke_level": 4}),
    "STANAG-4569/l4-range": ({"ke_level": 4}, {"ke_level": 3}),
    "STANAG-4569/l5-range": ({"ke_level": 5}, {"ke_level": 4}),
    "STANAG-4569/m80-velocity": ({"threat": "7.62x51mm M80 ball"}, {"threat": "5.56x45mm SS109"}),
    "STANAG-4569/ss109-velocity": ({"threat": "5.56x45mm SS109"}, {"threat": "7.62x51mm M80 ball"}),
    "STANAG-4569/bz-velocity": ({"threat": "7.62x39mm API BZ"}, {"threat": "5.56x45mm SS109"}),
    "STANAG-4569/ap-wc-velocity": (
        {"threat": "7.62x51mm AP (WC core)"},
        {"threat": "5.56x45mm SS109"},
    ),
    "STANAG-4569/b32-velocity": ({"threat": "14.5x114mm API B32"}, {"threat": "5.56x45mm SS109"}),
    "STANAG-4569/m791-velocity": ({"threat": "25mm APDS-T M791"}, {"threat": "5.56x45mm SS109"}),
    "MIL-STD-1913/slot-width": ({"rail_interface": "MIL-STD-1913"}, {"rail_interface": "Weaver"}),
    "MIL-STD-1913/slot-spacing": ({"rail_interface": "MIL-STD-1913"}, {"rail_interface": "Weaver"}),
    "MIL-STD-1913/accessory-mount": (None, {}),
}

# Word limits: (a passing value, a failing value or None for "missing")
WORDS = {
    "STANAG-4172/belt-link": ("M27 link", "M13"),
    "STANAG-2310/belt-link": ("M13", "M27"),
    "STANAG-4383/belt-link": ("M9", "M13"),
    "STANAG-4007/12v-labelled": (True, False),
    "STANAG-4007/positive-earth-labelled": (True, False),
    "STANAG-4007/ground-pin-d": (["D", "L"], ["A", "L"]),
    "STANAG-4007/ground-pin-l": (["D", "L"], ["D"]),
    "STANAG-4074/slave-receptacle": ("NATO slave", "other"),
    "STANAG-2021/vehicle-classified": (40, None),
    "STANAG-2021/trailer-classified": (16, None),
    "STANAG-2021/crossing-classified": (70, None),
    "STANAG-1135/fuel-code": ("JP-8", None),
    "STANAG-1059/trigraph": ("USA", "usa"),
    "ACodP-1/nsn-format": ("1305-01-234-5678", "1305-01-234-567A"),
    "STANAG-4123/hazard-division": ("HD 1.4", None),
    "STANAG-4123/compatibility-group": ("S", None),
    "STANAG-4439/fco": ("burning", "deflagration"),
    "STANAG-4439/sco": ("Type VI", "Type IV"),
    "STANAG-4439/bi": ("V", "I"),
    "STANAG-4439/fi": ("VI", "II"),
    "STANAG-4439/sr": ("III", "II"),
    "STANAG-4439/scj": ("explosion", "partial detonation"),
    "STANAG-4569/l1-threat": ("SS109", "7.62x39mm API BZ"),
    "STANAG-4569/l2-threat": ("7.62x39mm API BZ", "M80"),
    "STANAG-4569/l3-threat": ("7.62x51mm AP (WC core)", "M80"),
    "STANAG-4569/l4-threat": ("14.5x114mm API B32", "M791"),
    "STANAG-4569/l5-threat": ("M791", "14.5x114mm API B32"),
    "STANAG-4694/reference-datum": ("top surface", "V-angles"),
    "MIL-STD-1913/accessory-mount": ("Picatinny", "Weaver"),
    "STANAG-4362/accepts-f34": (["JP-8", "F-54"], ["F-54", "F-76"]),
    "STANAG-4362/accepts-f35": (["F-34", "Jet A-1"], ["F-34"]),
    "ATP-56/tanker-system": (["flying boom", "drogue"], None),
    "ATP-56/receiver-interface": ("probe", None),
}

# Figures as people quote them (second unit, their own precision), verdicts by the same rules.
QUOTED = {
    "STANAG-4172/oal-max": ["2.260 in", "2.261 in", "57.4574 mm", "57.46 mm"],
    "STANAG-4172/pressure-epvat": ["62,366 psi", "62,373 psi", "62,500 psi"],
    "STANAG-4172/bullet-diameter": ["0.224 in", "0.225 in"],
    "STANAG-4172/case-length": ["1.760 in"],
    "STANAG-2310/case-length": ["2.015 in"],
    "STANAG-2310/bullet-diameter": ["0.308 in"],
    "STANAG-2310/oal-max": ["2.800 in", "2.801 in"],
    "STANAG-2310/pressure-epvat": ["60,191 psi", "60,200 psi"],
    "STANAG-4090/case-length": ["0.754 in"],
    "STANAG-4090/oal-max": ["1.169 in", "1.170 in"],
    "STANAG-4383/pressure-tm": ["378.7 MPa", "378.8 MPa", "379 MPa"],
    "STANAG-4383/case-length": ["3.91 in"],
    "STANAG-4383/oal": ["5.45 in", "5.5 in"],
    "STANAG-4383/bullet-diameter": ["12.95 mm", "12.96 mm", "12.954 mm"],
    "STANAG-1135/freeze-point-f35": ["-52.6 °F", "-52.5 °F", "226.15 K", "226.2 K"],
    "STANAG-4569/m80-velocity": ["2,733 ft/s", "2,800 ft/s"],
    "STANAG-4694/slot-width": ["0.206 in", "0.205 in"],
    "MIL-STD-1913/slot-width": ["0.206 in", "0.205 in"],
    "MIL-STD-1913/slot-spacing": ["0.394 in", "0.4 in", "0.43 in"],
    "JBMoU-155-mm/chamber-volume": ["6.08 gal", "6.1 gal", "23000 mL"],
}

# test methods: requirement id -> (its method, another method of a sibling or None, an unrelated one)
METHODS = {
    "STANAG-4172/pressure-epvat": ("EPVAT", "SCATP-5.56", "SAAMI-piezo"),
    "STANAG-4172/pressure-scatp": ("SCATP-5.56", "EPVAT", "CIP-piezo"),
    "STANAG-2310/pressure-epvat": ("EPVAT", None, "SAAMI-piezo"),
    "STANAG-4090/pressure-cip": ("CIP-piezo", "EPVAT", "SAAMI-piezo"),
    "STANAG-4090/pressure-epvat": ("EPVAT", "CIP-piezo", "copper-crusher"),
    "STANAG-4383/pressure-tm": ("TM-43-0001-27", None, "EPVAT"),
}


# Conditions and selectors on figures follow the same rules as limits: the threshold is exact and
# only the stated value's own precision is slack (so "2.5 t" does not meet "≥ 3 t", while "1 t",
# which means ±0.5 t, meets "≥ 1.5 t" at exactly its precision). By requirement id: (what the
# item states for the requirement itself, the figures to try for the condition's property).
WHEN_FIGURES = {
    "STANAG-2021/vehicle-classified": (
        {"mlc": 40},
        ["3 t", "3.0 t", "2.9 t", "2.5 t", "2.4 t", "3.31 short tons", "3.3 short tons",
         "3.306 short tons", "2.7 short tons", "2.71 short tons"],
    ),
    "STANAG-2021/trailer-classified": (
        {"mlc": 16},
        ["1.5 t", "1.4 t", "1.3 t", "1 t", "1.66 short tons", "1.654 short tons",
         "1.653 short tons", "1.652 short tons", "1.54 short tons", "1.53 short tons"],
    ),
    "STANAG-4007/12v-labelled": (
        {"voltage_labelled": True},
        ["12 V", "12.0 V", "12.3 V", "12.05 V", "1.2e1 V", "1e1 V", "12000 mV", "12004 mV"],
    ),
}

# Selectors on figures: (the figures to try for the selector's property). An item the selector
# does not pick gets no result for the standard: verdict "not-selected".
SELECTOR_FIGURES = {
    "jbmou-155": ["155 mm", "155.0 mm", "155.4 mm", "154.95 mm", "16e1 mm", "6.1 in", "6.102 in",
                  "6.100 in"],
}


def condition_holds(cond, text):
    """(holds, words) for a figure against a `when` or selector condition on a figure."""
    prop = cond["property"]
    unit = canonical_unit(prop)
    v = Fig(text, unit, is_integer(prop))
    if "min" in cond:
        t = Fig(as_text(cond["min"]), unit, exact=True)
        side, gap = side_min(v, t.value)
        shown_ = f"≥ {t.text}"
    elif "max" in cond:
        t = Fig(as_text(cond["max"]), unit, exact=True)
        side, gap = side_max(v, t.value)
        shown_ = f"≤ {t.text}"
    else:
        t = Fig(as_text(cond["equals"]), unit, exact=True)
        gap = abs(v.value - t.value)
        side = "inside" if gap == 0 else "within" if gap <= v.half else "outside"
        shown_ = f"= {t.text}"
    if side == "inside":
        words = "holds"
    elif side == "within" and gap == v.half:
        words = "holds at exactly the value's precision"
    elif side == "within":
        words = "holds within the value's precision"
    else:
        words = "does not hold"
    return side != "outside", f"{prop} {shown_} {words} for {text}"


def when_figure_vectors(req):
    rid = req["id"]
    if rid not in WHEN_FIGURES:
        return []
    stated, figures = WHEN_FIGURES[rid]
    out = []
    for text in figures:
        holds, words = condition_holds(req["when"], text)
        extra = {req["when"]["property"]: text, **stated}
        verdict = "pass" if holds else "not-applicable"
        out.append({"requirement": rid, "case": f"condition {words}", "with": extra,
                    "verdict": verdict, "precision_note": False})
    return out


def selector_vectors(stem, std):
    sel = std.get("selector")
    if stem not in SELECTOR_FIGURES:
        return []
    # a requirement that passes for a value the item states beside the selector's property
    req = next(r for r in std["requirement"] if r["id"] == "JBMoU-155-mm/chamber-volume")
    out = []
    for text in SELECTOR_FIGURES[stem]:
        holds, words = condition_holds(sel, text)
        extra = {sel["property"]: text}
        out.append(vec(req["id"], f"selector {words}", req["property"], "23 L",
                       "pass" if holds else "not-selected", extra=extra))
    return out


def vec(requirement, case, prop, value, verdict, note=None, message=None, extra=None, kind=None):
    v = {"requirement": requirement, "case": case}
    if prop is not None:
        v["property"], v["value"] = prop, value
    if extra:
        v["with"] = extra
    if kind:
        v["kind"] = kind
    v["verdict"] = verdict
    v["precision_note"] = note is not None
    if note is not None:
        v["note"] = note
    if message is not None:
        v["message"] = message
    return v


def figure_vectors(req, extra):
    rid, prop = req["id"], req["property"]
    unit = canonical_unit(prop)
    integer = is_integer(prop)
    limit = limit_of(req)
    method = req.get("method")
    out = []

    def value_of(text):
        if method is None:
            return text
        number, u = split(text)
        return {"value": number, "unit": u, "method": method}

    def add(label, text):
        v = Fig(text, unit, integer)
        verdict, note, message = judge(limit, v, unit or "")
        out.append(vec(rid, label, prop, value_of(text), verdict, note, message, extra))
        return verdict, note, message

    if integer:
        bounds = []
        if limit["kind"] == "range":
            if "max" in limit:
                bounds.append(limit["max"].value)
            if "min" in limit:
                bounds.append(limit["min"].value)
        elif limit["kind"] == "equals":
            bounds.append(limit["equals"].value)
        else:
            bounds.extend(e.value for e in limit["one_of"])
        for b in bounds:
            for x in (b - 1, b, b + 1):
                add(f"integer {b}: {x}", str(x))
        # a second way of writing a count: exponent notation (a count has no unit system)
        b = bounds[0]
        add(f"integer {b} in exponent notation", write(F(b, 10), 1) + "e1")
        return out

    sides = []
    if limit["kind"] == "range":
        if "max" in limit:
            sides.append(("max " + limit["max"].text, limit["max"], +1, True))
        if "min" in limit:
            sides.append(("min " + limit["min"].text, limit["min"], -1, True))
    elif limit["kind"] == "nominal":
        nom, tol = limit["nominal"], limit["tolerance"]
        # the bounds nominal ± tolerance are exact; values around them are written at the
        # finer of the two figures' digits
        dec = max(decimals_of(nom.text), decimals_of(tol.text))
        digit = min(nom.digit, tol.digit)
        hi = type("B", (), {})()
        hi.value, hi.digit, hi.text, hi.dec = nom.value + tol.value, digit, "nominal + tolerance", dec
        lo = type("B", (), {})()
        lo.value, lo.digit, lo.text, lo.dec = nom.value - tol.value, digit, "nominal − tolerance", dec
        sides.append(("upper bound (" + shown(limit) + ")", hi, +1, True))
        sides.append(("lower bound (" + shown(limit) + ")", lo, -1, True))
        add("exactly nominal", nom.text)
    elif limit["kind"] == "equals":
        e = limit["equals"]
        sides.append(("equals " + e.text + ", above", e, +1, False))
        sides.append(("equals " + e.text + ", below", e, -1, False))
    else:
        for e in limit["one_of"]:
            sides.append(("one of: " + e.text + ", above", e, +1, False))
            sides.append(("one of: " + e.text + ", below", e, -1, False))
        mid = sum(e.value for e in limit["one_of"]) / len(limit["one_of"])
        add("between the allowed values", write(mid, terminating_decimals(mid)) + f" {unit}")
    for name, b, direction, with_note in sides:
        dec = getattr(b, "dec", None)
        if dec is None:
            dec = decimals_of(b.text)
            # a limit written in another unit than the canonical one (54923 psi): its
            # canonical value is not a short decimal; vectors are built from the figure itself
            _, written_unit = split(b.text)
        else:
            written_unit = unit
        if written_unit and written_unit != unit:
            units = [written_unit, unit]
            bound_in = convert(b.value, unit, written_unit)
            digit_in = convert_span(b.digit, unit, written_unit)
        else:
            units = [unit, SECOND.get(unit, "exponent")]
            bound_in, digit_in = b.value, b.digit
        cands = []
        for u in units:
            if u == "exponent":
                # a plain number has no second unit system: the same figures in exponent notation
                cands += [(l, exponent(t), u) for l, t, _ in cands]
            else:
                cands += bound_vectors(bound_in, digit_in, dec, direction, units[0], u, with_note)
        for label, text, u in cands:
            written = text if u in (None, "exponent") else f"{text} {u}"
            if limit["kind"] == "one_of" and any(
                equal(Fig(written, unit, integer), e) for e in limit["one_of"] if e is not b
            ):
                continue  # "1e1 V" is off 24 V but on 12 V: not a vector about 24 V
            verdict, note, message = add(f"{name}: {label}, {u or 'plain number'}", written)
            # the labels promise a verdict: make sure the chosen values keep it
            v = Fig(written, unit, integer)
            beyond_by = direction * (v.value - b.value)
            if label.startswith("just inside") or label.startswith("exactly at"):
                assert verdict == "pass" and note is None, (rid, label, written)
                assert beyond_by <= 0 and (beyond_by == 0) == label.startswith("exactly"), (
                    rid, label, written)
            if "outside" in label or "beyond" in label:
                assert beyond_by > 0, (rid, label, written)
            if "outside" in label:
                assert verdict == "fail" and beyond_by > v.half, (rid, label, written)
            if "within precision" in label:
                assert verdict == "pass" and (note is not None) == with_note, (rid, label, written)
                assert beyond_by <= v.half, (rid, label, written)
            if "exactly the value's precision" in label:
                # the edge: `<` instead of `<=` on the slack fails this one
                assert beyond_by == v.half, (rid, label, written)
            if label.startswith("0.1 % beyond"):
                assert verdict == "fail", (rid, label, written)
                if limit["kind"] == "range":
                    assert message.endswith("(0.1 %)"), (rid, label, written, message)
                else:
                    assert abs(abs(beyond_by / b.value) * 1000 - 1) < F(1, 100), (rid, label, written)
    for text in QUOTED.get(rid, []):
        add(f"as quoted: {text}", text)
    if method:
        mine, sibling, other = METHODS[rid]
        at = limit.get("max") or limit.get("equals")
        number, u = split(at.text)
        out.append(
            vec(rid, f"measured by {other}: not comparable", prop,
                {"value": number, "unit": u, "method": other}, "not-comparable", extra=extra)
        )
        out.append(
            vec(rid, "no test method stated: not comparable", prop, at.text, "not-comparable",
                extra=extra)
        )
        if sibling:
            out.append(
                vec(rid, f"measured by {sibling} (a sibling requirement's method): not applicable",
                    prop, {"value": number, "unit": u, "method": sibling}, "not-applicable",
                    extra=extra)
            )
    return out


def word_vectors(req, extra):
    rid, prop = req["id"], req["property"]
    good, bad = WORDS[rid]
    out = [vec(rid, "a value that meets it", prop, good, "pass", extra=extra)]
    if prop == "nation":
        # the item's own `nation` (USA in every vector) is validated on input, where "usa" is
        # refused (tests/errors.rs); a copy under `properties` does not override it
        out.append(vec(rid, f"a copy under properties ({bad}) does not override the item's nation",
                       prop, bad, "pass", extra=extra))
    elif bad is None:
        out.append(vec(rid, "not stated: missing", None, None, "missing", extra=extra))
    else:
        out.append(vec(rid, "a value that does not meet it", prop, bad, "fail", extra=extra))
    return out


def main():
    for path in sorted((ROOT / "standards").glob("*.toml")):
        stem = path.stem
        if stem in ("dictionary", "codes", "catalogue", "pairs"):
            continue
        std = tomllib.loads(path.read_text())
        kind, base = SETUP[stem]
        vectors = []
        for req in std.get("requirement", []):
            rid = req["id"]
            when = WHEN.get(rid)
            holds = when[0] if when else None
            extra = dict(holds) if holds else None
            if rid == "MIL-STD-1913/accessory-mount":
                kind_override = "accessory"
            else:
                kind_override = None
            if is_figure_type(req["property"]) and rid not in WORDS:
                vs = figure_vectors(req, extra)
            else:
                vs = word_vectors(req, extra)
            for v in vs:
                if kind_override:
                    v["kind"] = kind_override
            vectors.extend(vs)
            vectors.extend(when_figure_vectors(req))
            if when and when[1] is not None:
                # the requirement does not apply when its condition does not hold
                sample = next(v for v in vs if v["verdict"] == "pass")
                na = dict(sample)
                na["case"] = "condition does not hold: not applicable"
                if when[1]:
                    na["with"] = dict(when[1])
                else:
                    na.pop("with", None)
                if when[0] is None:
                    # the condition is on the property itself: not stating it is the case
                    na.pop("property", None)
                    na.pop("value", None)
                na["verdict"] = "not-applicable"
                na["precision_note"] = False
                na.pop("message", None)
                vectors.append(na)
        vectors.extend(selector_vectors(stem, std))
        seen, unique = set(), []
        for v in vectors:
            key = (v["requirement"], repr(v.get("value")), repr(v.get("with")), v.get("kind"))
            if key not in seen:
                seen.add(key)
                unique.append(v)
        write_file(OUT / f"{stem}.toml", std["id"], kind, base, unique)


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{toml_key(k)} = {toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def toml_key(k):
    return k if all(c.isalnum() or c in "_-" for c in k) else toml_value(k)


def write_file(path, standard, kind, base, vectors):
    lines = [
        "# Golden vectors, generated by tests/golden/generate.py from the catalogue's limits with",
        "# exact rational arithmetic; reviewed. Regenerate and review the diff; do not hand-edit.",
        f"standard = {toml_value(standard)}",
        f"kind = {toml_value(kind)}",
        f"with = {toml_value(base)}",
    ]
    for v in vectors:
        lines.append("")
        lines.append("[[vector]]")
        for k in ("requirement", "case", "kind", "property", "value", "with", "verdict",
                  "precision_note", "note", "message"):
            if k in v:
                lines.append(f"{k} = {toml_value(v[k])}")
    path.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
