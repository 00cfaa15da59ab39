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
    the value is quoted to: <value> means ±<half-unit in the value's unit> (±<in the canonical
    unit>, when that differs)."; beyond that it
    fails (so 0.1 % over a coarsely written limit fails when the value has the digits to say so);
  * a figure a limit names (equals, one_of) is not a threshold but a value written to some
    precision: it is met within half a unit of its own last digit ("= 10 mm" by 10.4 mm, no
    note), or, by a value quoted more coarsely than that, within the value's own half-unit
    (with the note, led by the figure or the list: "Meets 5.70 mm only within ..." for 0.224 in);
    the larger of the two precisions decides, never their sum (11 mm is not 10 mm); its
    vectors are built around both edges of its precision, and coarse quotes in a second unit;
  * `when` conditions and selectors on figures take the stated figure as exact (its precision
    is a benefit of the doubt for verdicts, not for what applies: "6 in" is no 155 mm bore): a
    minimum or maximum holds when the figure is at or inside it, a named figure when the stated
    figure is within half a unit of its last digit;
  * integers are exact (no precision); one whose dictionary entry names the unit it is counted
    in (a symbol rate, in baud: one symbol per second, ITU-R V.662) may be written in a unit of
    it (`2.4 kBd` is 2400), and is still compared as a plain count;
  * figures measured by another test method are never compared.

Vectors around each bound, in the canonical unit and a second unit system: just inside, exactly
at, a tenth of the limit's last digit beyond (fails: the limit's digits are not a tolerance),
beyond but quoted coarsely enough to be within the value's own precision (passes with the note),
beyond by exactly that precision where a figure can sit there (the edge: `<` for `<=` on the
slack fails it), just outside the value's precision, and 0.1 % beyond. A failure's difference is
told in the unit its limit was written in, to the digits the value's precision warrants there
(as the value itself is shown there), and a precision in the unit of the value. Each label's promise is
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
    "US gal": (231 * INCH**3, F(0)),
    "°C": (F(1), F("273.15")),
    "°F": (F(5, 9), F("273.15") - F(32) * F(5, 9)),
    "K": (F(1), F(0)),
    "V": (F(1), F(0)),
    "mV": (F(1, 1000), F(0)),
    "A": (F(1), F(0)),
    "mA": (F(1, 1000), F(0)),
    "N": (F(1), F(0)),
    "kN": (F(1000), F(0)),
    "daN": (F(10), F(0)),
    "lbf": (LBF, F(0)),
    "kg": (F(1), F(0)),
    "lb": (LB, F(0)),
    "kPa": (F(1000), F(0)),
    "Hz": (F(1), F(0)),
    "kHz": (F(1000), F(0)),
    "MHz": (F(10) ** 6, F(0)),
    "GHz": (F(10) ** 9, F(0)),
    "bit/s": (F(1), F(0)),
    "kbit/s": (F(1000), F(0)),
    "s": (F(1), F(0)),
    "ms": (F(1, 1000), F(0)),
    "min": (F(60), F(0)),
    "Mbit/s": (F(10) ** 6, F(0)),
    "µs": (F(1, 1000000), F(0)),
    # the baud, one symbol per second (ITU-R V.662, IEC 60050-704), and its thousand
    "Bd": (F(1), F(0)),
    "baud": (F(1), F(0)),
    "kBd": (F(1000), F(0)),
    "cm³": (F(1, 1000000), F(0)),
    "in³": (INCH**3, F(0)),
}

# the second unit system for each canonical unit
SECOND = {
    "mm": "in",
    "g": "gr",
    "t": "short ton",
    "MPa": "psi",
    "m/s": "ft/s",
    "L": "US gal",
    "°C": "°F",
    "V": "mV",
    "A": "mA",
    "N": "lbf",
    "kg": "lb",
    "m": "ft",
    "psi": "kPa",
    "Hz": "kHz",
    "kHz": "Hz",
    "MHz": "GHz",
    "bit/s": "kbit/s",
    "ms": "µs",
    "mL": "in³",
    "s": "min",
    "min": "s",
    "Mbit/s": "kbit/s",
}


# spellings of a unit the tool writes under its symbol
SYMBOL = {"short tons": "short ton", "baud": "Bd"}


# a rated load (`rated_load` in the dictionary) may be written as a force: the weight of its
# mass under standard gravity, g_n = 9.80665 m/s^2 exactly (so 1 lbf is the weight of 1 lb)
G_N = F("9.80665")
MASS = {"g", "gr", "t", "short ton", "short tons", "kg", "lb"}
FORCE = {"N", "lbf", "kN", "daN"}


def weight(frm, to):
    """The factor from a base figure of `frm`'s dimension to one of `to`'s (kg to N: g_n)."""
    if frm in MASS and to in FORCE:
        return G_N
    if frm in FORCE and to in MASS:
        return 1 / G_N
    return F(1)


def convert(x, frm, to):
    fa, oa = UNITS[frm]
    fb, ob = UNITS[to]
    return ((x * fa + oa) * weight(frm, to) - ob) / fb


def convert_span(x, frm, to):
    return x * UNITS[frm][0] * weight(frm, to) / UNITS[to][0]


# ---- written figures ---------------------------------------------------------------------


class Fig:
    """A figure as written: exact value, half-unit of the last digit, canonical unit."""

    def __init__(self, text, canonical, integer=False, exact=False, counted_in=None):
        self.text = text.strip()
        number, unit = split(self.text)
        value, half = parse_number(number)
        # the unit as written, under the tool's symbol (of a count too: `2400 baud` is in Bd)
        self.written_unit = SYMBOL.get(unit, unit)
        if integer:
            # a count in a unit of the one it is counted in, converted to it; exact all the same
            if unit is not None:
                value, unit = convert(value, unit, counted_in), None
            assert unit is None and value.denominator == 1, text
            half = F(0)
        # the unit written, as the tool names it: a difference is told in it
        self.unit = SYMBOL.get(unit, unit)
        self.canonical = canonical
        if unit is None or canonical is None:
            self.value, self.digit = value, half
        else:
            self.value = convert(value, unit, canonical)
            self.digit = convert_span(half, unit, canonical)
        # `digit`: half a unit of the last written digit, in the canonical unit. For a stated
        # value it is its precision; a limit (exact=True) has none, and its digit only tells
        # how finely the vectors around it are written.
        self.half = F(0) if exact else self.digit


class Told:
    """A figure as a message writes it (a band's edge), in the unit `unit`."""

    def __init__(self, text, unit):
        self.text, self.unit = text, unit


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


def reads_apart(x, decimals, named):
    """Whether x to `decimals` reads on the side of each figure in `named` that x lies on, and
    as a figure x is (1 in is 25.4 mm beside 25.4 mm, not 25 mm); a figure no twelve decimals
    write reads as it at any."""
    sign = lambda y, n: (y > n) - (y < n)
    return all(sign(F(fmt(x, decimals)), n) == sign(x, n) or (x == n and F(fmt(x, 12)) != x)
               for n in named)


def same_figure(text, converted):
    """A plain number written as `converted` but for zeros after its last digit ("0.840" and
    "0.84"): nothing to say of it (not "0.840 (= 0.84)")."""
    return text == converted or ("." in text and text.rstrip("0").rstrip(".") == converted)


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


def named_side(v, e):
    """Where `v` lies from a figure a limit names (`e.digit`: its written half-unit, none for a
    figure the catalogue marks `exact`)."""
    off = abs(v.value - e.value)
    if off <= getattr(e, "named_half", e.digit):
        return "inside"
    if off <= v.half:
        return "within"
    return "outside"


def equal(v, e):
    return named_side(v, e) != "outside"


# The note's lead names the limit the value meets only within its precision: the bound
# ("Meets 57.40 mm") or, for nominal ± tolerance, the whole limit ("Meets 833 m/s ± 20 m/s").
def precision_note(lead, v, unit, fig=None, gap=None):
    tail = f"only within the precision the value is quoted to: {v.text} means ±{half_of(v, unit, fig, gap)}."
    return f"Meets {lead} {tail}" if lead else tail


def half_of(v, unit, fig=None, gap=None):
    """A value's precision in its own unit, and in the unit of the figure `fig` it is compared
    with (the canonical unit where there is no one figure: one of), where that reads otherwise
    (once where the two figures read alike: ±0.5 K is ±0.5 °C). Each to the decimals of its one
    written digit (±0.5 kg: a tenth of it, 0.1 kg, 0.22 lb, so ±1.1 lb), and the one compared
    never reading as short of the distance `gap` from the value to the limit's edge it reaches
    across (nor as that distance, unless it is)."""
    digit = v.half / 10
    own = amount(v.half, unit, v, digit=digit)
    compared = amount(v.half, unit, fig, digit=digit, apart=gap)
    return own if own.split(" ")[0] == compared.split(" ")[0] else f"{own} (±{compared})"


def too_coarse(v, figure, unit):
    """A precision of more than 1 % of the figure a value is judged against within it decides
    nothing ("0.1 m", ±50 mm, against "≤ 57.40 mm"). A temperature in °C or °F is measured from
    absolute zero; a figure of 0 has no 1 %."""
    absolute = figure + {"°C": F("273.15"), "°F": F("459.67")}.get(unit, 0)
    return absolute != 0 and v.half > abs(absolute) / 100


def coarse_why(v, figure, unit, tolerance=None):
    """Why a precision decides nothing against a figure (and a nominal's tolerance), or None."""
    if too_coarse(v, figure, unit):
        return "more than 1 % of the limit"
    if tolerance is not None and v.half > tolerance.value:
        return f"more than the tolerance ±{tolerance.text}"
    return None


def coarse_message(lead, v, unit, why="more than 1 % of the limit", fig=None, compared=None,
                   gap=None):
    """`compared`: the value as compared with the figure it is judged against (by default, in
    the unit of `fig`, as `compared_as` says it)."""
    if compared is None:
        compared = compared_as(v, unit, fig)
    return (f"{compared} is quoted too coarsely to judge against {lead}: it means ±{half_of(v, unit, fig, gap)}, "
            f"{why}; give the figure to more digits")


def reach_note(lead, v, unit, why, fig=None, gap=None):
    """A value written inside a limit whose coarse precision reaches beyond it: it passes as
    written, and that is said."""
    return f"Meets {lead} as written, but {v.text} means ±{half_of(v, unit, fig, gap)}, {why}: it may lie beyond it."


def warranted(half):
    """The decimals a figure quoted to within `half` (half a unit of its last digit, in the unit
    it is shown in) warrants: the fewest whose last digit is no coarser than the step it is
    quoted to (356 mm, a step of 1 mm, is 14.02 in), at most twelve; six of a figure without
    precision (an integer). A tolerance or a precision has the decimals of its own last written
    digit (`amount`'s `digit`)."""
    step = 2 * half if half is not None else 0
    if step <= 0:
        return 6
    return next((d for d in range(13) if step * 10**d >= 1), 12)


def plain_as(v):
    """A plain number (no unit) as a message says it was compared: to the digits it is written
    to where those are more than six (0.0000009, 0.0009e-3), else as any figure, to six."""
    decimals = warranted(v.half)
    return fmt(v.value, decimals) if decimals > 6 else amount(v.value, "")


def amount(x, unit, fig=None, of=None, digit=None, apart=None):
    """A difference `x` (in the canonical `unit`) in the unit `fig` was written in, if any: "by
    27 psi" beyond a limit written in psi, "±0.0005 in" of a value written in inches. How far a
    value `of` lies from the figure `fig` is written to the decimals the value's precision
    warrants in that unit (4550 kg, ±0.5 kg, is above 10000 lb by 31 lb), or to as many as
    `fig` is written with, if more (27.5 V is 3.5 V from 24 V). A tolerance or a precision
    `x` to the decimals the half-unit `digit` of its own last written digit (in `unit`)
    warrants there, as many as `fig` is written with if more (±0.5 kg is ±1.1 lb), and more
    where those would read as the distance `apart` (in `unit`) that x is not, or on its other
    side, or not as it where x is it; any other difference to six. Then as many more (up to twelve) as it takes not to
    write 0 of a difference, else "less than 0.000000000001"."""
    half = of.half if of is not None else digit
    if fig is not None and fig.unit is not None and unit and fig.unit != unit:
        if half is not None:
            half = convert_span(half, unit, fig.unit)
        if apart is not None:
            apart = convert_span(apart, unit, fig.unit)
        x, unit = convert_span(x, unit, fig.unit), fig.unit
    first = warranted(half)
    if half is not None and fig is not None:
        # the figure's last written digit, in its own unit (the one told in)
        first = max(first, warranted(parse_number(split(fig.text)[0])[1]))
    if apart is not None:
        first = next((d for d in range(first, max(12, first) + 1) if reads_apart(x, d, [apart])),
                     max(12, first))
    shown = next(
        (fmt(x, d) for d in range(first, max(12, first) + 1) if x == 0 or fmt(x, d).strip("-0.")),
        "less than 0.000000000001",
    )
    if of is not None and fig is not None:
        # a difference from `fig` keeps the decimals `fig` is written to (by 0.10 mm beyond
        # 57.30 mm), its trailing zeros written
        shown = keep(shown, written_to(fig))
    return f"{shown} {unit}".strip()


def written_to(fig):
    """The decimals the figure `fig` is written to (0 of a whole number)."""
    half = parse_number(split(fig.text)[0])[1]
    return warranted(half) if half > 0 else 0


def keep(shown, decimals):
    """`shown` (as fmt writes it) with zeros after its last digit up to `decimals` decimals."""
    if decimals == 0 or not all(c.isdigit() or c in ".-" for c in shown):
        return shown
    had = len(shown.split(".")[1]) if "." in shown else 0
    if had >= decimals:
        return shown
    return (shown if had else shown + ".") + "0" * (decimals - had)


def percent(part, of, unit=""):
    """None of a value on a scale whose zero is not the quantity's (°C, °F); "under 0.01 %" for
    a share that two decimals would show as 0."""
    if of == 0 or unit in ("°C", "°F"):
        return ""
    share = part / abs(of) * 100
    if share < F(1, 200):
        return " (under 0.01 %)"
    return f" ({fmt(share, 2)} %)"


def within_edge(limit, v):
    """The edge of the band a named figure (half a unit of its last written digit each way) or a
    nominal (its tolerance each way) stands for, on the value's side of it, where the value lies
    within the band; None otherwise, of a figure marked exact, or of a value without precision."""
    kind = limit["kind"]
    if kind == "equals":
        e = limit["equals"]
        mid, half = e.value, getattr(e, "named_half", e.digit)
    elif kind == "nominal":
        mid, half = limit["nominal"].value, limit["tolerance"].value
    else:
        return None
    if not half or not v.half or abs(v.value - mid) > half:
        return None
    return mid - half if v.value < mid else mid + half


def compared_as(v, unit, fig=None, edge=None, within=None):
    """The value as a message says it was compared: with what it reads as in the unit `fig` is
    written in (the canonical `unit` when none, or when `fig` is not given), where it reads
    otherwise ("4400 bar (= 440 MPa)"); read apart from `edge` (in `unit`) as from `fig`; never
    beyond `within` (in `unit`), the edge of a band it lies within (at it, or on its side)."""
    if not unit:
        return v.text  # a plain number is compared as written
    target = fig.unit if fig is not None and fig.unit is not None else unit
    if v.unit == target:
        return v.text  # as written: "57.4000001 mm", not "(= 57.4 mm)"
    x = convert(v.value, unit, target)
    # the decimals the value's precision warrants in `target`: the fewest whose last digit is no
    # coarser than the step the value is quoted to there (356 mm, a step of 1 mm, is 14.02 in),
    # at most twelve, and six of a value without precision (an integer)
    decimals = warranted(convert_span(v.half, unit, target))
    # and no fewer than the figure compared with is written to, as the difference from it is
    # told (72 mm is 2.835 in beside 2.800 in, above it by 0.035 in)
    if fig is not None:
        decimals = max(decimals, written_to(fig))
    # where those would read as the figure compared with, or on its other side, though x is not
    # it, or not as it where x is it (1 in beside 25.4 mm is 25.4 mm, not 25 mm): as many more
    # (up to twelve) as it takes to read on x's side of it, or as it
    # (and the edge of the band a named figure accepts, which a value beyond it must not read as)
    named = []
    if fig is not None:
        named.append(parse_number(split(fig.text)[0])[0])
    if edge is not None:
        named.append(convert(edge, unit, target))
    named = [n for n in named if n is not None]
    w = convert(within, unit, target) if within is not None else None

    def short_of(d):
        # at the edge where x is it (or no twelve decimals write it); else at it or on x's side
        if w is None:
            return True
        r = F(fmt(x, d))
        if x == w:
            return r == w or F(fmt(x, 12)) != x
        return r == w or (r > w) == (x > w)

    if named or w is not None:
        last = max(12, decimals)
        decimals = next((d for d in range(decimals, last + 1)
                         if reads_apart(x, d, named) and short_of(d)), last)
    # (its trailing zeros to as many decimals as the figure compared with is written to, as its
    # difference from it is: 2.260 in is 57.40 mm beside 57.30 mm)
    kept = written_to(fig) if fig is not None else 0
    return f"{v.text} (= {keep(fmt(x, decimals), kept)} {target})"


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
                    f"{compared_as(v, unit, hi)} is above the maximum {hi.text} by "
                    f"{amount(excess, unit, hi, of=v)}{percent(excess, hi.value, unit)}"
                )
            if side == "within":
                note = precision_note(hi.text, v, unit, hi, gap=excess)
                if too_coarse(v, hi.value, unit):
                    return "not-comparable", None, coarse_message(hi.text, v, unit, fig=hi,
                                                                  gap=excess)
        if fail is None and lo is not None:
            side, short = side_min(v, lo.value)
            if side == "outside":
                fail = (
                    f"{compared_as(v, unit, lo)} is below the minimum {lo.text} by "
                    f"{amount(short, unit, lo, of=v)}{percent(short, lo.value, unit)}"
                )
            if side == "within":
                note = precision_note(lo.text, v, unit, lo, gap=short)
                if too_coarse(v, lo.value, unit):
                    return "not-comparable", None, coarse_message(lo.text, v, unit, fig=lo,
                                                                  gap=short)
        if fail is None and note is None:
            # written inside, with a precision that reaches beyond a bound (the upper first)
            # (not a value written as the bound itself: `15 A` against `≤ 15 A`)
            reached = next((b for b, beyond in (
                (hi, hi is not None and v.value + v.half > hi.value and v.value != hi.value),
                (lo, lo is not None and v.value - v.half < lo.value and v.value != lo.value),
            ) if beyond), None)
            if reached is not None and too_coarse(v, reached.value, unit):
                note = reach_note(reached.text, v, unit, "more than 1 % of the limit", reached,
                                  gap=abs(v.value - reached.value))
    elif kind == "nominal":
        nom, tol = limit["nominal"], limit["tolerance"]
        s_hi, _ = side_max(v, nom.value + tol.value)
        s_lo, _ = side_min(v, nom.value - tol.value)
        # how far the value lies from the edge of the band
        gap = abs(abs(v.value - nom.value) - tol.value)
        if "outside" in (s_hi, s_lo):
            off = amount(abs(v.value - nom.value), unit, nom, of=v)
            # the tolerance in the deviation's unit too, where it is written in another: to the
            # digits of its own last digit there, and never reading as the deviation shown
            told_in = nom.unit or unit
            band = ""
            if (tol.unit or unit) != told_in:
                shown_off = convert_span(parse_number(split(off)[0])[0], told_in, unit)
                band = f" (±{amount(tol.value, unit, nom, digit=tol.digit, apart=shown_off)})"
            fail = (
                f"{compared_as(v, unit, nom)} is {off} "
                f"from the nominal {nom.text}; the tolerance is ±{tol.text}{band}"
            )
        why = coarse_why(v, nom.value, unit, tol)
        if "outside" not in (s_hi, s_lo) and "within" in (s_hi, s_lo):
            note = precision_note(shown(limit), v, unit, nom, gap=gap)
            if why:
                return "not-comparable", None, coarse_message(shown(limit), v, unit, why, nom,
                                                              gap=gap)
        elif "outside" not in (s_hi, s_lo) and v.half > tol.value:
            # written inside a band narrower than its own precision: it cannot tell whether it
            # lies in it (1.8 kHz, ±50 Hz, against 1800 Hz ± 2 Hz)
            return "not-comparable", None, coarse_message(
                shown(limit), v, unit, f"more than the tolerance ±{tol.text}", nom, gap=gap)
        elif "outside" not in (s_hi, s_lo) and why and (
            v.value + v.half > nom.value + tol.value or v.value - v.half < nom.value - tol.value
        ):
            note = reach_note(shown(limit), v, unit, why, nom, gap=gap)
    elif kind in ("equals", "one_of"):
        named = [limit["equals"]] if kind == "equals" else limit["one_of"]
        # a value that is not the named figure says what it was compared as
        converted = plain_as(v) if not unit else amount(v.value, unit)
        as_written = same_figure(v.text, converted) or (unit and v.unit == unit)
        # a count compared with a figure in the unit it is counted in: said in it, as written
        # when written in it ("2.4 kBd (= 2400 Bd)" against "= 2400 Bd"; "2400 baud")
        counted = split(named[0].text)[1] if kind == "equals" and not unit else None
        if counted is not None:
            as_written = as_written or v.written_unit == counted
            converted = f"{converted} {counted}"
        compared = v.text if as_written else f"{v.text} (= {converted})"
        if kind == "equals" and unit:
            # against the one figure named, in that figure's unit
            compared = compared_as(v, unit, named[0])
        sides = [named_side(v, e) for e in named]
        if "inside" in sides:
            # written as the one figure named, with a precision that reaches beyond the values
            # it accepts (half a unit of its last written digit each way): said, as of a bound
            # (not a value written as the figure itself)
            e = named[0]
            accepts = getattr(e, "named_half", e.digit)
            if (kind == "equals" and v.value != e.value and too_coarse(v, e.value, unit) and (
                    v.value + v.half > e.value + accepts or v.value - v.half < e.value - accepts)):
                note = reach_note(e.text, v, unit, "more than 1 % of the limit", e,
                                  gap=abs(v.value - e.value))
        elif "within" in sides:
            # led by the figure named ("Meets 5.70 mm"), or the list ("Meets one of ...")
            lead = named[0].text if kind == "equals" else shown(limit)
            fig = named[0] if kind == "equals" else None
            # against the named figure it is met within the precision of: the nearest
            nearest = min((e for e, side in zip(named, sides) if side == "within"),
                          key=lambda e: abs(v.value - e.value))
            gap = abs(v.value - nearest.value)
            note = precision_note(lead, v, unit, fig, gap=gap)
            if too_coarse(v, nearest.value, unit):
                return "not-comparable", None, coarse_message(lead, v, unit, fig=fig,
                                                              compared=compared, gap=gap)
        elif kind == "equals":
            # the band the figure accepts (half a unit of its last written digit each way, in
            # the unit it is written in; itself alone of one marked exact), and by how much the
            # value misses it
            e = named[0]
            accepts = getattr(e, "named_half", e.digit)
            off = v.value - e.value
            by = abs(off) - accepts
            side = "below" if off < 0 else "above"
            if not unit:
                tail = ""
            else:
                # by how much it misses the band's edge, as a bound's failure says it: to the
                # digits the value's precision warrants there, and no fewer than the edge has
                target = e.unit or unit
                low = fmt(convert(e.value - accepts, unit, target), 12)
                high = fmt(convert(e.value + accepts, unit, target), 12)
                edge = Told(f"{low if off < 0 else high} {target}", target)
                by_text = f"by {amount(by, unit, edge, of=v)}{percent(by, e.value, unit)}"
                if accepts == 0:
                    tail = f" exactly: {side} it {by_text}"
                else:
                    tail = f", which accepts {low} {target} to {high} {target}: {side} that {by_text}"
                    # the value told apart from the edge it misses, as from the figure
                    compared = compared_as(v, unit, e, e.value + accepts * (-1 if off < 0 else 1))
            fail = f"{compared} is not {e.text}{tail}"
        else:
            fail = f"{compared} is not {shown(limit)}"
    else:
        raise ValueError(kind)
    if fail:
        return "fail", None, fail
    # against the figure it was judged by, in that figure's unit: the one named, the nominal,
    # or of two bounds the nearer (the upper when the value is as near to both)
    figure = None
    if kind == "equals":
        figure = limit["equals"]
    elif kind == "nominal":
        figure = limit["nominal"]
    elif kind == "range":
        lo, hi = limit.get("min"), limit.get("max")
        if lo is not None and hi is not None:
            figure = lo if abs(v.value - lo.value) < abs(v.value - hi.value) else hi
        else:
            figure = lo if lo is not None else hi
    # "400 Hz equals 400 Hz", "50 mm meets ≥ 25.4 mm"
    meets = f"equals {shown(limit)[2:]}" if kind == "equals" else f"meets {shown(limit)}"
    if figure is not None and unit:
        # (never beyond the edge of the band a named figure or a nominal stands for, which the
        # value lies within: `0.38 in (= 9.652 mm) equals 9.65 mm`, not `(= 9.7 mm)`)
        told = compared_as(v, unit, figure, within=within_edge(limit, v))
        return "pass", note, f"{told} {meets}"
    converted = plain_as(v) if not unit else amount(v.value, unit)
    # written in the unit it is compared in: as written ("57.40 mm", not "(= 57.4 mm)"), and a
    # plain number as written ("0.840", not "(= 0.84)")
    as_written = same_figure(v.text, converted) or (unit and v.unit == unit)
    # a count, in the unit its limit's figure is counted in (as a failure says it)
    counted = split(figure.text)[1] if figure is not None and not unit else None
    if counted is not None:
        as_written = as_written or v.written_unit == counted
        converted = f"{converted} {counted}"
    if as_written:
        return "pass", note, f"{v.text} {meets}"
    return "pass", note, f"{v.text} (= {converted}) {meets}"


def trailing_zeros(text):
    """Of a whole number written with trailing zeros and no decimal mark ("60,200 psi"), how many
    (2), where at least two digits other than the zeros are written; else 0. In metrology such
    zeros are ambiguous: significant, or the figure rounded at its last digit other than zero.
    One digit ("5000 lb", read as ±500 lb) is always more than 1 % of itself: never counted."""
    number, _ = split(text)
    digits = number.lstrip("+-").replace(",", "")
    if not digits.isdigit():
        return 0
    kept = digits.rstrip("0")
    if len(kept.lstrip("0")) < 2:
        return 0
    zeros = len(digits) - len(kept)
    # rounded at its last digit other than zero, two such digits may be over 1 % of the figure
    # ("3400 kg", ±50 kg), which decides nothing: the coarsest rounding within 1 % is weighed
    # (its last zero alone, ±5 kg)
    while zeros > 1 and F(10) ** zeros / 2 > F(int(digits)) / 100:
        zeros -= 1
    return zeros


def zeros_written(text):
    """How many trailing zeros a whole number is written with ("3400 kg": 2)."""
    digits = split(text)[0].lstrip("+-").replace(",", "")
    return len(digits) - len(digits.rstrip("0"))


def judge_both_ways(limit, v, unit, integer=False):
    """`judge`, and where the figure's trailing zeros may not be significant (`trailing_zeros`),
    judged again at the coarser precision: a fail one way and a pass the other is not comparable,
    naming both (a reading too coarse to judge decides nothing)."""
    verdict, note, message = judge(limit, v, unit)
    zeros = 0 if integer else trailing_zeros(v.text)
    if zeros == 0:
        return verdict, note, message
    rounded = Fig(v.text, v.canonical)
    rounded.half = v.half * 10 ** zeros
    r_verdict, r_note, r_message = judge(limit, rounded, unit)
    if {verdict, r_verdict} != {"fail", "pass"}:
        return verdict, note, message

    def said(verdict, note, message):
        return f"{message}, within that precision" if verdict == "pass" and note else message

    written_unit = split(v.text)[1]
    half = lambda h: f"±{h} {written_unit}" if written_unit else f"±{h}"
    coarse = "5" + "0" * (zeros - 1)
    if zeros == zeros_written(v.text):
        which = "its trailing zeros are"
    else:
        which = "its last zero is" if zeros == 1 else f"its last {zeros} zeros are"
    return "not-comparable", None, (
        f"`{v.text}` as written ({half('0.5')}): {said(verdict, note, message)}; "
        f"if {which} not significant ({half(coarse)}): "
        f"{said(r_verdict, r_note, r_message)}; state the figure to the precision it was measured"
    )


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
        # as the catalogue shows a figure exact by definition
        return f"= {limit['equals'].text}" + (" exactly" if limit.get("exact") else "")
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


def bound_vectors(bound, digit, bound_decimals, direction, canonical, unit, with_note,
                  integer=False):
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
            # a limit is not "just inside" itself when it is an exact figure (equals, one_of);
            # a step inside that reaches zero or past it (`0.000000` of at most 0.000001) is
            # taken a digit finer until it does not, so that the figure is inside and not 0
            # (which reads as zero to the user); a count stays a whole number
            inside_step, inside_d = step, d
            while not integer and bound != 0 and (bound - direction * inside_step) * bound <= 0 \
                    and inside_d < max(bound_decimals, 0) + 6:
                inside_step, inside_d = inside_step / 10, inside_d + 1
            out.append(("just inside", write(bound - direction * inside_step, inside_d)))
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
# methods that are a document's own, unstated in its public quotation: method -> the document
UNSTATED_METHODS = {
    name: m["unstated_method_of"]
    for name, m in tomllib.loads((ROOT / "standards/dictionary.toml").read_text())["method"].items()
    if "unstated_method_of" in m
}


def canonical_unit(prop):
    """The unit a figure is compared in; none for a count (compared as a plain number)."""
    return None if is_integer(prop) else DICT[prop].get("unit")


def counted_in(prop):
    """The unit a count is counted in, where its dictionary entry names one (`symbol_rate`, Bd)."""
    return DICT[prop].get("unit") if is_integer(prop) else None


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
    counted = counted_in(prop)

    def fig(v):
        # a count written bare is shown with the unit it is counted in (`= 2400 Bd`)
        text = as_text(v)
        if counted and split(text)[1] is None:
            text = f"{text} {counted}"
        return Fig(text, unit, integer, exact=True, counted_in=counted)
    if "min" in req or "max" in req:
        return {
            "kind": "range",
            **({"min": fig(req["min"])} if "min" in req else {}),
            **({"max": fig(req["max"])} if "max" in req else {}),
        }
    if "nominal" in req:
        return {"kind": "nominal", "nominal": fig(req["nominal"]), "tolerance": fig(req["tolerance"])}
    if "equals" in req:
        named = fig(req["equals"])
        if req.get("exact"):
            # exact by definition: only the stated value's own precision is allowed about it
            named.named_half = F(0)
        return {"kind": "equals", "equals": named, "exact": bool(req.get("exact"))}
    assert not req.get("exact"), req["id"]
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
    "463l": ("pallet", {"pallet_type": "463L HCU-6/E"}),
    "afgs-87219b": ("aircraft", {"external_power_receptacle": "SAE-AS35061"}),
    "mil-std-1289": ("store", {}),
    "mil-std-1316": ("fuze", {}),
    "mil-std-1760": ("aircraft", {"interface_point": "ASI"}),
    "mil-std-2088": ("bomb-rack", {}),
    "mil-std-333": ("munition", {"munition_type": "artillery projectile"}),
    "mil-std-704": ("aircraft", {}),
    "misb-st-0601": ("motion-imagery", {}),
    "stanag-2953": ("munition", {"body_colour": "olive drab"}),
    "stanag-3302": ("aircraft", {"external_power_receptacle": "STANAG 3302"}),
    "stanag-3303": ("ground-power-unit", {"external_power_receptacle": "STANAG 3303"}),
    "stanag-4170": ("munition", {}),
    "stanag-4179": ("magazine", {"magazine_interface": "STANAG 4179"}),
    "stanag-4285": ("waveform", {"waveform": "STANAG 4285"}),
    "stanag-4396": ("im-test", {"im_stimulus": "sympathetic reaction"}),
    "stanag-4415": ("waveform", {"waveform": "STANAG 4415"}),
    "stanag-4481": ("waveform", {"waveform": "STANAG 4481"}),
    "stanag-4539": ("waveform", {"waveform": "STANAG 4539"}),
    "stanag-4586": ("uas-control-station", {"loi": 3}),
    "stanag-4609": ("motion-imagery", {}),
    "stanag-4671": ("uas-air-vehicle", {"airworthiness_basis": "STANAG 4671"}),
    "stanag-4702": ("uas-air-vehicle", {"airworthiness_basis": "STANAG 4702"}),
    "stanag-4703": ("uas-air-vehicle", {"airworthiness_basis": "STANAG 4703"}),
    "stanag-4774": ("confidentiality-label", {"label_syntax": "STANAG 4774"}),
    "stanag-4778": ("confidentiality-label", {"binding_mechanism": "STANAG 4778"}),
    "stanag-5065": ("waveform", {"waveform": "STANAG 5065"}),
    "stanag-5066": ("terminal", {"hf_data_profile": "STANAG 5066"}),
    "stanag-5511": ("data-link", {"data_link": "Link 11"}),
    "stanag-5516": ("data-link", {"data_link": "Link 16"}),
    "stanag-5522": ("data-link", {"data_link": "Link 22"}),
    "stanag-3838": ("data-bus", {"data_bus": "MIL-STD-1553"}),
    "iso-668": ("freight-container", {}),
    "iso-1496-1": ("freight-container", {}),
}

# The item kind a requirement's vectors use when it is not the standard's (a standard over two
# kinds whose requirements each concern one of them).
KIND = {
    "MIL-STD-1913/accessory-mount": "accessory",
    "MIL-STD-2088/store-14in-mass": "store",
    "MIL-STD-2088/store-30in-mass": "store",
    "MIL-STD-2088/unejected-suspension": "store",
    # (a vehicle states no crossing type: the requirement is not listed for it)
    "STANAG-2021/crossing-classified": "crossing",
    "STANAG-4586/capability-loi1": "uas-air-vehicle",
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
    # judged only where stated: an item that states no class is not asked for one here
    "STANAG-2021/class-range": (None, {}),
    # a vehicle's artillery level is judged only where it claims one
    "STANAG-4569/vehicle-artillery-level": (None, {}),
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
    "ACodP-1/ncb-code": (None, {}),
    "STANAG-1135/f34-icing-inhibitor": ({"nato_code": "F-34"}, {"nato_code": "F-35"}),
    "STANAG-1135/f34-corrosion-inhibitor": ({"nato_code": "F-34"}, {"nato_code": "F-35"}),
    "STANAG-1135/f34-static-dissipator": ({"nato_code": "F-34"}, {"nato_code": "F-35"}),
    "STANAG-1135/f34-specification": ({"nato_code": "F-34"}, {"nato_code": "F-35"}),
    "STANAG-1135/f35-specification": ({"nato_code": "F-35"}, {"nato_code": "F-34"}),
    "STANAG-1135/f46-specification": ({"nato_code": "F-46"}, {"nato_code": "F-34"}),
    "STANAG-1135/f76-specification": ({"nato_code": "F-76"}, {"nato_code": "F-54"}),
    "STANAG-1135/f54-specification": ({"nato_code": "F-54"}, {"nato_code": "F-76"}),
    **{
        f"STANAG-2021/{track}-{mlc}-capacity": ({f"mlc_{track}": mlc}, {f"mlc_{track}": other})
        for track in ("tracked", "wheeled")
        for mlc, other in ((40, 50), (50, 40), (80, 100), (100, 80), (120, 100))
    },
    "STANAG-2310/test-barrel-m80": ({"design": "M59"}, {"design": "M118LR"}),
    "STANAG-2310/test-barrel-m118lr": ({"design": "M118LR"}, {"design": "M80"}),
    "STANAG-2310/m80-bullet-mass": ({"design": "M80"}, {"design": "M59"}),
    "STANAG-2310/m118lr-bullet-mass": ({"design": "M118LR"}, {"design": "M80"}),
    "STANAG-4172/ss109-bullet-mass": ({"design": "M855"}, {"design": "M193"}),
    "STANAG-4123/mass-explosion-divisions": (
        {"mass_explosion_hazard": True},
        {"mass_explosion_hazard": False},
    ),
    "STANAG-4123/no-mass-explosion-divisions": (
        {"mass_explosion_hazard": False},
        {"mass_explosion_hazard": True},
    ),
    "STANAG-4123/substance-divisions": (
        {"explosive_form": "substance"},
        {"explosive_form": "article"},
    ),
    "STANAG-4123/article-divisions": (
        {"explosive_form": "article"},
        {"explosive_form": "substance"},
    ),
    # a classification code's division and group are not chosen apart (1.4S, 1.5D, 1.6N)
    "STANAG-4123/group-s-division": ({"compatibility_group": "S"}, {"compatibility_group": "D"}),
    "STANAG-4123/division-1-5-group": ({"hazard_division": "1.5"}, {"hazard_division": "1.1"}),
    "STANAG-4123/division-1-6-group": ({"hazard_division": "1.6"}, {"hazard_division": "1.1"}),
    "STANAG-4123/group-n-division": ({"compatibility_group": "N"}, {"compatibility_group": "D"}),
    "STANAG-4569/m80-mass": ({"threat": "7.62x51mm M80 ball"}, {"threat": "7.62x39mm API BZ"}),
    "STANAG-4569/bz-mass": ({"threat": "7.62x39mm API BZ"}, {"threat": "7.62x51mm M80 ball"}),
    "STANAG-4569/b32-mass": ({"threat": "14.5x114mm API B32"}, {"threat": "25mm APDS-T M791"}),
    "STANAG-4569/l6-threat": ({"ke_level": 6}, {"ke_level": 5}),
    "STANAG-4569/l6-range": ({"ke_level": 6}, {"ke_level": 5}),
    **{
        f"STANAG-4569/artillery-l{n}-standoff": (
            {"artillery_level": n},
            {"artillery_level": n % 6 + 1},
        )
        for n in range(1, 7)
    },
    "STANAG-4569/mine-l1-threat": ({"mine_level": "1"}, {"mine_level": "2a"}),
    "STANAG-4569/mine-l2-4-threat": ({"mine_level": "4b"}, {"mine_level": "1"}),
    "STANAG-4569/mine-l2-charge": ({"mine_level": "2a"}, {"mine_level": "3a"}),
    "STANAG-4569/mine-l3-charge": ({"mine_level": "3b"}, {"mine_level": "4b"}),
    "STANAG-4569/mine-l4-charge": ({"mine_level": "4a"}, {"mine_level": "2b"}),
    "STANAG-4569/mine-a-location": ({"mine_level": "3a"}, {"mine_level": "3b"}),
    "STANAG-4569/mine-b-location": ({"mine_level": "2b"}, {"mine_level": "2a"}),
    # a condition on the requirement's own figure (≥ 0): it holds for every figure the item can
    # state, so only not stating it makes the requirement not apply
    "463L/cargo-max": (None, {}),
    "463L/cargo-recommended": (None, {}),
    "463L/floor-loading": (None, {}),
    # a condition over every value of the enum: only not stating it makes it not apply
    "MIL-STD-2088/hooks-14in": ({"bru_type": "Type I"}, {}),
    "MIL-STD-2088/hooks-30in": ({"bru_type": "Type II"}, {"bru_type": "Type I"}),
    "MIL-STD-2088/rack-14in-mass": ({"bru_type": "Type II"}, {}),
    "MIL-STD-2088/rack-30in-mass": ({"bru_type": "Type II"}, {"bru_type": "Type I"}),
    "MIL-STD-2088/rack-two-piston": ({"ejector_pistons": 2}, {"ejector_pistons": 1}),
    "MIL-STD-2088/rack-single-piston": ({"ejector_pistons": 1}, {"ejector_pistons": 2}),
    "MIL-STD-2088/store-14in-mass": ({"suspension": "14 in"}, {"suspension": "30 in"}),
    "MIL-STD-2088/store-30in-mass": ({"suspension": "30 in"}, {"suspension": "single lug"}),
    "MIL-STD-2088/unejected-suspension": ({"ejected": False}, {"ejected": True}),
    "MIL-STD-704/ac-phase-voltage": ({"ac_frequency_type": "variable"}, {}),
    "MIL-STD-704/ac-line-voltage": ({"ac_frequency_type": "constant"}, {}),
    "MIL-STD-704/ac-frequency": (
        {"ac_frequency_type": "constant"},
        {"ac_frequency_type": "variable"},
    ),
    "MIL-STD-704/vf-frequency-min": (
        {"ac_frequency_type": "variable"},
        {"ac_frequency_type": "constant"},
    ),
    "MIL-STD-704/vf-frequency-max": (
        {"ac_frequency_type": "variable"},
        {"ac_frequency_type": "constant"},
    ),
    **{
        f"STANAG-2953/{rid}": ({"munition_role": role}, {"munition_role": other})
        for rid, role, other in (
            ("he-body", "high explosive", "smoke"),
            ("smoke-body", "smoke", "high explosive"),
            ("illumination-body", "illumination", "practice"),
            ("practice-body", "practice", "illumination"),
            ("chemical-body", "chemical", "incendiary"),
            ("incendiary-body", "incendiary", "chemical"),
            ("dummy-body", "dummy", "other"),
            ("he-markings", "high explosive", "practice"),
            ("illumination-markings", "illumination", "high explosive"),
            ("practice-markings", "practice", "dummy"),
        )
    },
    **{
        f"STANAG-2953/{rid}": ({flag: True}, {flag: False})
        for rid, flag in (
            ("band-he", "filler_high_explosive"),
            ("band-le", "filler_low_explosive"),
            ("band-toxic", "filler_toxic_chemical"),
            ("band-riot", "filler_riot_control"),
            ("band-incapacitating", "filler_incapacitating"),
            ("band-illuminating", "illuminating"),
            ("band-armour-defeating", "armour_defeating"),
            ("band-binary", "filler_binary_chemical"),
            ("ring-t", "tracer"),
            ("ring-c", "colour_burst"),
            ("ring-d", "dye"),
        )
    },
    "STANAG-4539/rate-3khz": ({"channel_bandwidth": "3 kHz"}, {"channel_bandwidth": "6 kHz"}),
    "STANAG-4539/rate-6khz": ({"channel_bandwidth": "6 kHz"}, {"channel_bandwidth": "3 kHz"}),
    "STANAG-4586/capability-loi1": ({"loi": 1}, {"loi": 2}),
    "STANAG-4586/capability-loi2-3": ({"loi": 2}, {"loi": 4}),
    "STANAG-4586/capability-loi3": ({"loi": 3}, {"loi": 2}),
    "STANAG-4586/capability-loi4-5": ({"loi": 5}, {"loi": 3}),
    "STANAG-4586/capability-loi5": ({"loi": 5}, {"loi": 4}),
    "STANAG-4609/vmti-st0903": ({"vmti": True}, {"vmti": False}),
    # catalogue 2026.11.4
    "STANAG-1135/flash-point-f44": ({"nato_code": "F-44"}, {"nato_code": "F-34"}),
    "STANAG-1135/freeze-point-f44": ({"nato_code": "F-44"}, {"nato_code": "F-35"}),
    "STANAG-1135/freeze-point-f40": ({"nato_code": "F-40"}, {"nato_code": "F-44"}),
    "STANAG-1135/flash-point-f35": ({"nato_code": "F-35"}, {"nato_code": "F-40"}),
    "STANAG-1135/flash-point-f34": ({"nato_code": "F-34"}, {"nato_code": "F-46"}),
    "MIL-STD-1913/slot-depth": ({"rail_interface": "MIL-STD-1913"}, {"rail_interface": "Weaver"}),
    "MIL-STD-704/receptacle-ac-voltage": (
        {"ac_phase_voltage": "115 V"},
        {"ac_phase_voltage": "230 V"},
    ),
    "MIL-STD-704/receptacle-28v-dc": ({"dc_voltage": "28 V"}, {"dc_voltage": "270 V"}),
    "MIL-STD-704/receptacle-270v-dc": ({"dc_voltage": "270 V"}, {"dc_voltage": "28 V"}),
    "ISO-668/length-20ft": ({"container_size": "20 ft"}, {"container_size": "40 ft"}),
    "ISO-668/length-40ft": ({"container_size": "40 ft"}, {"container_size": "45 ft"}),
    "ISO-668/length-45ft": ({"container_size": "45 ft"}, {"container_size": "20 ft"}),
}

# An HE-filled item whose body is not olive drab: the band rule applies (a WP smoke round's
# light-green body does not show its HE burster).
WHEN["STANAG-2953/band-he"] = (
    {"filler_high_explosive": True, "body_colour": "light green"},
    {"filler_high_explosive": False},
)

# Properties that make a requirement's exception (`unless`) hold: it does not apply then.
UNLESS = {
    "STANAG-2953/band-he": {"body_colour": "olive drab"},
    "STANAG-2953/band-illuminating": {"body_colour": "white"},
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
    "ACodP-1/ncb-code": ("11", "02"),
    "JBMoU-155-mm/modular-charges": ("modular", "bag"),
    "STANAG-1135/f34-icing-inhibitor": (
        ["icing inhibitor", "static dissipator"],
        ["corrosion inhibitor/lubricity improver", "static dissipator"],
    ),
    "STANAG-1135/f34-corrosion-inhibitor": (
        ["corrosion inhibitor/lubricity improver"],
        ["icing inhibitor"],
    ),
    "STANAG-1135/f34-static-dissipator": (["static dissipator"], []),
    "STANAG-1135/f34-specification": ("DEF STAN 91-87", "ASTM D1655"),
    "STANAG-1135/f35-specification": ("ASTM D1655", "MIL-DTL-83133"),
    "STANAG-1135/f46-specification": ("ASTM D4814", None),
    "STANAG-1135/f76-specification": ("MIL-DTL-16884", "EN 590"),
    "STANAG-1135/f54-specification": ("EN 590", "other"),
    **{
        f"STANAG-4007/pin-{pin}": (function, wrong)
        for pin, function, wrong in (
            ("a", "black-out switch", "ground"),
            ("b", "left turn signal", "right turn signal"),
            ("c", "black-out marker lamps", "tail, marker and plate lamps"),
            ("e", "tail, marker and plate lamps", "black-out marker lamps"),
            ("f", "black-out stop lamp", "stop lamps"),
            ("h", "rear fog lamp", "reversing lamp"),
            ("j", "right turn signal", "left turn signal"),
            ("k", "supply", "other"),
            ("m", "stop lamps", "black-out stop lamp"),
            ("n", "reversing lamp", "rear fog lamp"),
        )
    },
    "STANAG-4123/mass-explosion-divisions": ("1.5", "1.2"),
    "STANAG-4123/no-mass-explosion-divisions": ("1.6", "1.1"),
    "STANAG-4123/substance-divisions": ("1.5", "1.6"),
    "STANAG-4123/article-divisions": ("1.6", "1.5"),
    "STANAG-4123/group-s-division": ("1.4", "1.1"),
    "STANAG-4123/division-1-5-group": ("D", "C"),
    "STANAG-4123/division-1-6-group": ("N", "D"),
    "STANAG-4123/group-n-division": ("1.6", "1.1"),
    "STANAG-4569/l6-threat": ("30mm AP", "25mm APDS-T M791"),
    "STANAG-4569/mine-l1-threat": ("unexploded submunition", "anti-tank blast mine"),
    "STANAG-4569/mine-l2-4-threat": ("anti-tank blast mine", "hand grenade"),
    "STANAG-4569/mine-a-location": ("under a wheel or track", "under the centre"),
    "STANAG-4569/mine-b-location": ("under the centre", "under a wheel or track"),
    "AFGS-87219B/receptacle": ("AS90362", "STANAG 3302"),
    "AFGS-87219B/pins-e-f": ("28 V DC", "115 V AC"),
    "MIL-STD-1760/interface-class": ("Class II", None),
    "MIL-STD-2088/hooks-14in": (["14 in"], ["30 in"]),
    "MIL-STD-2088/hooks-30in": (["14 in", "30 in"], ["14 in"]),
    "MIL-STD-2088/unejected-suspension": ("single lug", "30 in"),
    "MIL-STD-333/fuze-well-thread": ("2-12 UNS-1A", "other"),
    # (the key is bytes, read in any case and spacing: one that fails has another prefix)
    "MISB-ST-0601/universal-key": (
        "06 0E 2B 34 02 0B 01 01 0E 01 03 01 01 00 00 00",
        "06 0E 2B 34 02 0B 01 02 0E 01 03 01 01 00 00 00",
    ),
    **{
        f"STANAG-2953/{rid}": (good, bad)
        for rid, good, bad in (
            ("he-body", "OD", "light green"),
            ("smoke-body", "light green", "olive drab"),
            ("illumination-body", "white", "light blue"),
            ("practice-body", "light blue", "white"),
            ("chemical-body", "gray", "light red"),
            ("incendiary-body", "light red", "grey"),
            ("dummy-body", "bronze", "yellow"),
            ("he-markings", "yellow", "red"),
            ("illumination-markings", "black", "white"),
            ("practice-markings", "white", "black"),
            ("band-he", ["yellow"], ["brown"]),
            ("band-le", ["yellow", "brown"], ["yellow"]),
            ("band-toxic", ["dark green"], ["broken dark green"]),
            ("band-riot", ["dark red"], ["violet"]),
            ("band-incapacitating", ["violet"], ["dark red"]),
            ("band-illuminating", ["white"], ["black"]),
            ("band-armour-defeating", ["black"], ["white"]),
            ("band-binary", ["broken dark green"], ["dark green"]),
            ("ring-t", ["T"], ["C"]),
            ("ring-c", ["C", "T"], ["D"]),
            ("ring-d", ["D"], ["T"]),
        )
    },
    # the selector picks only items whose receptacle is the replaced one: see NEVER_PASSES
    "STANAG-3302/replaced": ("SAE-AS35061", "STANAG 3302"),
    "STANAG-3303/replaced": ("SAE-AS90362", "STANAG 3303"),
    "STANAG-4170/final-type-qualification": (True, False),
    "STANAG-4179/cartridge": ("5.56 NATO", ".223 Remington"),
    "STANAG-4285/8psk": (["BPSK", "8PSK"], ["BPSK", "QPSK"]),
    "STANAG-4396/configuration": ("bare stack", "other"),
    "STANAG-4539/autobaud": (True, False),
    "STANAG-4586/element-dli": (["VSM", "DLI"], ["VSM"]),
    "STANAG-4586/element-cucs": (["CUCS"], ["CCISM"]),
    "STANAG-4586/element-cci": (["CCI"], ["CCISM"]),
    "STANAG-4586/element-hci": (["HCI", "CUCS"], ["CUCS"]),
    "STANAG-4586/capability-loi1": (["indirect payload data"], ["direct payload data"]),
    "STANAG-4586/capability-loi2-3": (["direct payload data"], ["indirect payload data"]),
    "STANAG-4586/capability-loi3": (
        ["direct payload data", "payload control"],
        ["direct payload data"],
    ),
    "STANAG-4586/capability-loi4-5": (["air vehicle control"], ["payload control"]),
    "STANAG-4586/capability-loi5": (
        ["air vehicle control", "launch and recovery"],
        ["air vehicle control"],
    ),
    "STANAG-4609/container": ("MPEG-TS", "other"),
    "STANAG-4609/video-codec": ("HEVC", "other"),
    "STANAG-4609/metadata-klv": ("KLV", "other"),
    "STANAG-4609/klv-ber-length": ("BER", "other"),
    "STANAG-4609/st0601": (["ST 0601", "ST 0102"], ["ST 0102"]),
    "STANAG-4609/vmti-st0903": (["ST 0601", "ST 0903"], ["ST 0601"]),
    "STANAG-4609/shared-clock": (True, False),
    "STANAG-4671/fixed-wing": ("fixed-wing", "rotary-wing"),
    "STANAG-4671/no-control-box-piloting": (False, True),
    "STANAG-4702/rotary-wing": ("rotary-wing", "fixed-wing"),
    "STANAG-4703/fixed-wing": ("fixed-wing", "rotary-wing"),
    "STANAG-4774/namespace": (
        "urn:nato:stanag:4774:confidentialitymetadatalabel:1:0",
        "urn:nato:stanag:4774:confidentialitymetadatalabel:1:1",
    ),
    "STANAG-4774/policy-identifier": ("NATO", None),
    "STANAG-4774/classification": ("UNCLASSIFIED", None),
    "STANAG-4774/metadata-element": ("alternativeConfidentialityLabel", None),
    "STANAG-4778/label-syntax": ("STANAG 4774", "other"),
    "STANAG-5065/band": ("LF", "HF"),
    "STANAG-5066/sublayer-sis": (["SIS", "CAS", "DTS"], ["CAS", "DTS"]),
    "STANAG-5066/sublayer-cas": (["SIS", "CAS", "DTS"], ["SIS", "DTS"]),
    "STANAG-5066/sublayer-dts": (["SIS", "CAS", "DTS"], ["SIS", "CAS", "MAC"]),
    "STANAG-5066/sis-tcp-ip": ("TCP/IP", "other"),
    "STANAG-5511/bearer": ("UHF", "other"),
    "STANAG-5516/j-series": ("J-series", "other"),
    "STANAG-5516/terminal": ("MIDS", "other"),
    "STANAG-5522/bearer": ("HF", "other"),
    # catalogue 2026.11.4
    "STANAG-4172/primer-size": ("small rifle", "large rifle"),
    "STANAG-4090/primer-size": ("small pistol", "small rifle"),
    "STANAG-3838/encoding": ("Manchester", "NRZ"),
    "ISO-668/size": ("TEU", "other"),
}

# Requirements that cannot pass: the standard's selector picks only items stating a value the
# limit excludes (a "replaced by" recommendation). Their "passing" value is a vector that the
# selector does not pick; tests/golden.rs exempts exactly these ids from needing a pass.
NEVER_PASSES = {
    "STANAG-3302/replaced": "the selector picks only items with a STANAG 3302 receptacle",
    "STANAG-3303/replaced": "the selector picks only items with a STANAG 3303 receptacle",
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
    "JBMoU-155-mm/chamber-volume": ["6.08 US gal", "6.1 US gal", "23000 mL"],
    # catalogue 2026.11.4: figures as data sheets and sources quote them
    "STANAG-2310/neck-diameter": ["8.8 mm", "8.76 mm", "8.77 mm"],
    "STANAG-2310/land-diameter": ["7.62 mm", "7.6 mm"],
    "STANAG-1135/flash-point-f44": ["140 °F", "139 °F", "333.15 K"],
    "STANAG-1135/flash-point-f34": ["100 °F", "110 °F", "99 °F"],
    "STANAG-1135/freeze-point-f44": ["-51 °F", "-50 °F"],
    "STANAG-1135/freeze-point-f40": ["-72 °F", "-72.3 °F", "-71 °F"],
    "MIL-STD-1913/slot-depth": ["0.118 in", "0.12 in", "0.1 in"],
    "STANAG-5516/epoch-length": ["768 s", "12.80 min", "13 min"],
    "STANAG-3838/bit-rate": ["1,000,000 bit/s", "1000 kbit/s", "1 Mbit/s"],
    "ISO-668/length-20ft": ["19.875 ft", "6.058 m", "6.06 m", "6.1 m"],
    "ISO-668/width": ["8 ft", "8.0 ft", "2.438 m", "2.44 m"],
    "ISO-668/height": ["9.5 ft", "8.5 ft", "8 ft", "9 ft"],
    "ISO-1496-1/floor-axle-load": ["16,000 lb", "7,260 kg", "7,257 kg", "5,460 kg"],
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
    # a condition equal to a figure: "3 kHz" means ±0.5 kHz, "3.04 kHz" means ±0.005 kHz
    "STANAG-4539/rate-3khz": (
        {"max_user_data_rate": "9600 bit/s"},
        ["3 kHz", "3.0 kHz", "3000 Hz", "3e3 Hz", "3.04 kHz", "3.1 kHz", "2999 Hz", "2.5 kHz",
         "4 kHz", "0.003 MHz"],
    ),
}

# Selectors on figures: (the figures to try for the selector's property). An item the selector
# does not pick gets no result for the standard: verdict "not-selected".
SELECTOR_FIGURES = {
    "jbmou-155": ["155 mm", "155.0 mm", "155.4 mm", "155.5 mm", "155.6 mm", "154.95 mm", "16e1 mm",
                  "6.1 in", "6.102 in", "6.100 in", "6 in", "152.4 mm"],
}


def condition_holds(cond, text):
    """(holds, words) for a figure against a `when` or selector condition on a figure: the
    stated figure is taken as exact (see the rules above)."""
    prop = cond["property"]
    unit = canonical_unit(prop)
    v = Fig(text, unit, is_integer(prop))
    if "min" in cond:
        t = Fig(as_text(cond["min"]), unit, exact=True)
        holds = v.value >= t.value
        shown_ = f"≥ {t.text}"
        words = "holds" if holds else "does not hold" if v.value + v.half < t.value else \
            "does not hold, though within the value's precision"
    elif "max" in cond:
        t = Fig(as_text(cond["max"]), unit, exact=True)
        holds = v.value <= t.value
        shown_ = f"≤ {t.text}"
        words = "holds" if holds else "does not hold" if v.value - v.half > t.value else \
            "does not hold, though within the value's precision"
    else:
        t = Fig(as_text(cond["equals"]), unit, exact=True)
        gap = abs(v.value - t.value)
        holds = gap <= t.digit
        shown_ = f"= {t.text}"
        if gap == 0:
            words = "holds"
        elif gap == t.digit:
            words = "holds at exactly the named figure's precision"
        elif holds:
            words = "holds within the named figure's precision"
        elif gap <= t.digit + v.half:
            words = "does not hold, though within the value's precision"
        else:
            words = "does not hold"
    return holds, f"{prop} {shown_} {words} for {text}"


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
    # (a note that a value written inside reaches beyond with a coarse precision is no
    # precision note: it does not say the value passes only within its precision)
    v["precision_note"] = note is not None and "only within the precision" in note
    if note is not None:
        v["note"] = note
    if message is not None:
        v["message"] = message
    return v


def named_vectors(limit, e, unit, add, lead, second=None):
    """Vectors about a figure a limit names: exactly it; just inside, at and just beyond each
    edge of its written precision, in its own unit (one digit finer) and a second unit (finely);
    and quotes of it in the second unit coarse enough that only their own precision reaches it.
    With `second`, only those in that unit (a rated load's force: kN).
    `add(label, written)` records a vector and returns (verdict, note, message)."""
    _, wu = split(e.text)
    wu = wu or unit
    d = decimals_of(e.text)
    x = convert(e.value, unit, wu) if wu != unit else e.value
    half_w = unit_of(d) / 2
    # the second unit: the canonical one for a figure written in another, else its pair
    su = second or (unit if wu != unit else SECOND.get(wu))
    xs = convert(e.value, unit, su) if su else None
    half_s = convert_span(e.digit, unit, su) if su else None
    fine = 0
    while su and unit_of(fine) / 2 > half_s / 10:
        fine += 1
    named = [e] if limit["kind"] == "equals" else limit["one_of"]
    cands = [] if second else [("exactly", e.text)]
    for direction, side in ((+1, "upper"), (-1, "lower")):
        edge = x + direction * half_w
        step = unit_of(d + 1)
        cands += [] if second else [
            (f"{side} edge: just inside", write(edge - direction * step, d + 1) + f" {wu}"),
            (f"{side} edge: at the edge", write(edge, d + 1) + f" {wu}"),
            (f"{side} edge: just beyond", write(edge + direction * step, d + 1) + f" {wu}"),
        ]
        if su:
            edge_s = xs + direction * half_s
            cands += [
                (f"{side} edge: just inside, {su}", write(beyond(edge_s, fine, -direction), fine) + f" {su}"),
                (f"{side} edge: just beyond, {su}", write(beyond(edge_s, fine, direction), fine) + f" {su}"),
            ]
    if su:
        # quotes of the figure in the second unit, coarser and coarser
        for dd in range(fine - 1, fine - 5, -1):
            if dd < 0:
                break
            y = nearest(xs, dd)
            if y == 0:
                break  # "0 in" is no quote of a figure
            cands.append((f"quoted in {su} to {dd} decimals", write(y, dd) + f" {su}"))
            cands.append((f"quoted in {su} to {dd} decimals, one digit off",
                          write(y + unit_of(dd), dd) + f" {su}"))
    seen = set()
    for label, written in cands:
        if written in seen:
            continue
        seen.add(written)
        v = Fig(written, unit)
        if any(equal(v, other) for other in named if other is not e):
            continue  # about another value of the list
        verdict, note, _ = add(f"{lead}{e.text}, {label}", written)
        # the labels promise a verdict: make sure the chosen values keep it
        off = abs(v.value - e.value)
        if label == "exactly" or "just inside" in label or "at the edge" in label:
            assert verdict == "pass" and note is None and off <= e.digit, (e.text, label, written)
        if "just beyond" in label:
            assert verdict == "fail" and off > e.digit and off > v.half, (e.text, label, written)
        if label.startswith("quoted in"):
            # only its own precision can reach it: passes with the note, or fails
            only_within = e.digit < off <= v.half
            if only_within and too_coarse(v, e.value, unit):
                assert verdict == "not-comparable", (e.text, label, written)
            else:
                assert (verdict == "pass") == (off <= max(e.digit, v.half)), (e.text, label, written)
                # (or, met as written, it reaches beyond the values the figure accepts with a
                # precision of more than 1 % of it: said as of a bound)
                reaches = limit["kind"] == "equals" and off <= e.digit and v.value != e.value and too_coarse(
                    v, e.value, unit) and (v.value + v.half > e.value + e.digit
                                           or v.value - v.half < e.value - e.digit)
                assert (note is not None) == (only_within or reaches), (e.text, label, written)


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
        v = Fig(text, unit, integer, counted_in=counted_in(prop))
        verdict, note, message = judge_both_ways(limit, v, unit or "", integer)
        if verdict == "not-comparable":
            label = label.replace("within precision", "within a precision too coarse to judge")
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
        # a count written in the unit it is counted in, spelt two ways, and in its thousand
        if counted_in(prop) == "Bd":
            for x in (b - 1, b):
                add(f"integer {b} in Bd: {x}", f"{x} Bd")
            add(f"integer {b} in baud", f"{b} baud")
            for x in (b, b + 1):
                add(f"integer {b} in kBd: {x}", write(F(x, 1000), 3) + " kBd")
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
        # written inside the band to a digit coarser than the tolerance (9e2 m/s, ±50 m/s,
        # against 900 m/s ± 20 m/s): its precision spans the band whole, so it tells nothing
        k = 0
        while F(10) ** k / 2 <= tol.value:
            k += 1
        mantissa = round(nom.value / F(10) ** k)
        if mantissa != 0 and abs(mantissa * F(10) ** k - nom.value) <= tol.value:
            written = f"{mantissa}e{k} {unit}"
            verdict, _, message = add("inside, quoted more coarsely than the tolerance", written)
            assert verdict == "not-comparable" and "more than the tolerance" in message, (
                rid, written, message)
    elif limit.get("exact"):
        # an exact figure is a bound on both sides, with no inside
        e = limit["equals"]
        sides.append((f"exactly {e.text}, above", e, +1, True))
        sides.append((f"exactly {e.text}, below", e, -1, True))
    else:
        for e in [limit["equals"]] if limit["kind"] == "equals" else limit["one_of"]:
            lead = "equals " if limit["kind"] == "equals" else "one of: "
            named_vectors(limit, e, unit, add, lead)
            # a rated load written as a force, read as the mass whose weight it is
            if DICT[prop].get("rated_load"):
                named_vectors(limit, e, unit, add, lead, second="kN")
    if limit["kind"] == "one_of":
        mid = sum(e.value for e in limit["one_of"]) / len(limit["one_of"])
        if terminating_decimals(mid) is None:
            # a mean that is no short decimal (2438, 2591, 2896 mm): the middle of the extremes
            values = [e.value for e in limit["one_of"]]
            mid = (min(values) + max(values)) / 2
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
                cands += bound_vectors(bound_in, digit_in, dec, direction, units[0], u, with_note,
                                       integer)
        for label, text, u in cands:
            if limit.get("exact") and label.startswith("just inside"):
                continue  # an exact figure has no inside: a figure short of it is off it
            written = text if u in (None, "exponent") else f"{text} {u}"
            if limit["kind"] == "one_of" and any(
                equal(Fig(written, unit, integer), e) for e in limit["one_of"] if e is not b.of
            ):
                continue  # "1e1 V" is off 24 V but on 12 V: not a vector about 24 V
            verdict, note, message = add(f"{name}: {label}, {u or 'plain number'}", written)
            # the labels promise a verdict: make sure the chosen values keep it
            v = Fig(written, unit, integer)
            beyond_by = direction * (v.value - b.value)
            if label.startswith("just inside") or label.startswith("exactly at"):
                # (a precision so coarse that it reaches beyond the bound is said in a note)
                reaches = limit["kind"] in ("range", "nominal") and v.half > -beyond_by and (
                    limit["kind"] == "nominal" or beyond_by != 0) and coarse_why(
                    v, b.value, unit, limit.get("tolerance") if limit["kind"] == "nominal" else None
                )
                assert verdict == "pass" and (note is None) == (not reaches), (rid, label, written, note)
                assert beyond_by <= 0 and (beyond_by == 0) == label.startswith("exactly"), (
                    rid, label, written)
            if "outside" in label or "beyond" in label:
                assert beyond_by > 0, (rid, label, written)
            if "outside" in label:
                assert verdict == "fail" and beyond_by > v.half, (rid, label, written)
            if "within precision" in label and coarse_why(
                v, b.value, unit, limit.get("tolerance") if limit["kind"] == "nominal" else None
            ):
                assert verdict == "not-comparable", (rid, label, written)
                assert beyond_by <= v.half, (rid, label, written)
            elif "within precision" in label:
                assert verdict == "pass" and (note is not None) == with_note, (rid, label, written)
                assert beyond_by <= v.half, (rid, label, written)
            if "exactly the value's precision" in label:
                # the edge: `<` instead of `<=` on the slack fails this one
                assert beyond_by == v.half, (rid, label, written)
            if label.startswith("0.1 % beyond"):
                assert verdict == "fail", (rid, label, written)
                if limit["kind"] == "range" and unit not in ("°C", "°F"):
                    assert message.endswith("(0.1 %)"), (rid, label, written, message)
                else:
                    assert abs(abs(beyond_by / b.value) * 1000 - 1) < F(1, 100), (rid, label, written)
    for text in QUOTED.get(rid, []):
        add(f"as quoted: {text}", text)
    if method:
        mine, sibling, other = METHODS[rid]
        at = limit.get("max") or limit.get("equals")
        number, u = split(at.text)
        # a limit by a document's own measuring method that its public quotation does not state
        # (TM 43-0001-27) judges no figure by a method of its own: not judged, rather than a
        # comparison the item could make possible
        if UNSTATED_METHODS.get(mine):
            out.append(
                vec(rid, f"measured by {other}: not judged (the limit's method is unstated)",
                    prop, {"value": number, "unit": u, "method": other}, "not-applicable",
                    extra=extra)
            )
        else:
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
    if rid in NEVER_PASSES:
        out = [vec(rid, f"a value that meets it is not selected: {NEVER_PASSES[rid]}", prop, good,
                   "not-selected", extra=extra)]
    else:
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
            kind_override = KIND.get(rid)
            # a requirement that asks only items of its own `kinds`: its vectors are of its first
            own_kinds = req.get("kinds")
            if own_kinds and not kind_override and kind not in own_kinds:
                kind_override = own_kinds[0]
            if is_figure_type(req["property"]) and rid not in WORDS:
                vs = figure_vectors(req, extra)
            else:
                vs = word_vectors(req, extra)
            for v in vs:
                if kind_override:
                    v["kind"] = kind_override
            vectors.extend(vs)
            for v in when_figure_vectors(req):
                if kind_override:
                    v["kind"] = kind_override
                vectors.append(v)
            if when and when[1] is not None:
                # the requirement does not apply when its condition does not hold
                sample = next(v for v in vs if v["verdict"] == "pass")
                na = dict(sample)
                na["case"] = ("condition does not hold: not applicable" if when[1]
                              else "condition's property not stated: not applicable")
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
            if own_kinds:
                # an item of another kind the standard covers is not asked, whatever it states:
                # the requirement is not listed for it
                other = next(k for k in std["kinds"] if k not in own_kinds)
                sample = next(v for v in vs if v["verdict"] == "pass")
                na = dict(sample)
                na["case"] = f"an item of kind {other}, which it does not ask: not listed"
                na["kind"] = other
                na["verdict"] = "not-selected"
                na["precision_note"] = False
                na.pop("message", None)
                na.pop("note", None)
                vectors.append(na)
                missing = next((v for v in vs if v["verdict"] == "missing"), None)
                if missing:
                    na = dict(missing)
                    na["case"] = f"an item of kind {other} that states no value: not listed"
                    na["kind"] = other
                    na["verdict"] = "not-selected"
                    na.pop("message", None)
                    vectors.append(na)
            if "unless" in req:
                # the requirement does not apply when its exception holds
                sample = next(v for v in vs if v["verdict"] == "pass")
                na = dict(sample)
                na["case"] = "exception holds: not applicable"
                na["with"] = {**(holds or {}), **UNLESS[rid]}
                na["verdict"] = "not-applicable"
                na["precision_note"] = False
                na.pop("message", None)
                na.pop("note", None)
                vectors.append(na)
        vectors.extend(selector_vectors(stem, std))
        # kinds the standard judges only when they claim it (`when_claimed`), where it judges
        # its other kinds always: a vector of such a kind claims it, and one more of that kind
        # that does not is not judged by it, with one not-applicable line under `<id>/applies`
        when_claimed = std.get("when_claimed", [])
        for v in vectors:
            if v.get("kind", kind) in when_claimed and v["verdict"] != "not-selected":
                v["claims"] = [std["id"]]
        for claimed_kind in when_claimed:
            sample = next(v for v in vectors
                          if v.get("kind", kind) == claimed_kind and v["verdict"] == "pass")
            vectors.append({
                "requirement": std["id"].replace(" ", "-") + "/applies",
                "case": f"an item of kind {claimed_kind} that does not claim it: not judged",
                "kind": claimed_kind,
                "claims": [],
                "property": sample["property"],
                "value": sample["value"],
                "verdict": "not-applicable",
                "precision_note": False,
            })
        # a standard that judges only the items that claim it (`applies = "when-claimed"`): its
        # vectors' items claim it, and one that does not is not judged by it, with one
        # not-applicable line under `<id>/applies`
        applies = std.get("applies", "always")
        assert applies in ("always", "when-claimed"), (stem, applies)
        claims = [std["id"]] if applies == "when-claimed" else None
        if claims:
            sample = next(v for v in vectors if v["verdict"] == "pass")
            vectors.append({
                "requirement": std["id"].replace(" ", "-") + "/applies",
                "case": "an item that does not claim it: not judged",
                "claims": [],
                "property": sample["property"],
                "value": sample["value"],
                "verdict": "not-applicable",
                "precision_note": False,
            })
        seen, unique = set(), []
        for v in vectors:
            key = (v["requirement"], repr(v.get("value")), repr(v.get("with")), v.get("kind"))
            if key not in seen:
                seen.add(key)
                unique.append(v)
        write_file(OUT / f"{stem}.toml", std["id"], kind, base, unique, claims)


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


def write_file(path, standard, kind, base, vectors, claims=None):
    lines = [
        "# Golden vectors, generated by tests/golden/generate.py from the catalogue's limits with",
        "# exact rational arithmetic; reviewed. Regenerate and review the diff; do not hand-edit.",
        f"standard = {toml_value(standard)}",
        f"kind = {toml_value(kind)}",
        f"with = {toml_value(base)}",
    ]
    if claims is not None:
        lines.append(f"claims = {toml_value(claims)}")
    for v in vectors:
        lines.append("")
        lines.append("[[vector]]")
        for k in ("requirement", "case", "kind", "claims", "property", "value", "with", "verdict",
                  "precision_note", "note", "message"):
            if k in v:
                lines.append(f"{k} = {toml_value(v[k])}")
    path.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
