#!/usr/bin/env python3
"""Writes the bad-input corpus (tests/bad/*) and its manifest (tests/bad/expected.toml).

Each file's expected place is found here, independently of the Rust code: `at` names the text
the error must point at (its first occurrence, or the n-th), and its line:col is computed from
the content (1-based, columns count characters). The files and the manifest are the committed
fixtures; regenerate with `python3 tests/bad/make.py` and review the diff (entries of files it
does not make are kept as they are).

The over-size file is not committed: tests/bad_inputs.rs builds it (1 MiB + 1 byte).
"""

import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENTRIES = []
TOO_DEEP = ("nesting is deeper than 32 levels: a spec or catalogue file needs a few at most: "
            "nest fewer lists and tables, or close one left open before here")
TOO_PRECISE = "is too large or too precise to handle exactly: round it as the data sheet does"
PAST_POWERS = ("past the -20 to 20 the tool reads: write the figure as the data sheet gives it, "
               "in the unit it is counted in")


def item(props="", extra="", id_="a", nation="USA", kind="cartridge"):
    """A JSON item with the given raw properties text."""
    body = f'"id": "{id_}", "name": "x", "nation": "{nation}", "kind": "{kind}"{extra}'
    if props:
        body += f', "properties": {{{props}}}'
    return "{" + body + "}"


def json_items(*items):
    return '{"items": [\n' + ",\n".join("  " + i for i in items) + "\n]}\n"


YAML_HEAD = "items:\n  - id: a\n    name: x\n    nation: USA\n    kind: cartridge\n"
TOML_HEAD = '[[items]]\nid = "a"\nname = "x"\nnation = "USA"\nkind = "cartridge"\n'


def add(name, content, kind, at, message, item=None, prop=None, nth=0):
    if isinstance(at, str) and ":" in at and at.replace(":", "").isdigit():
        line, col = map(int, at.split(":"))
    else:
        index = -1
        for _ in range(nth + 1):
            index = content.index(at, index + 1)
        before = content[:index]
        line = before.count("\n") + 1
        col = len(before.rsplit("\n", 1)[-1]) + 1
    ENTRIES.append(
        dict(file=name, kind=kind, line=line, col=col, message=message, item=item, property=prop)
    )
    data = content.encode() if isinstance(content, str) else content
    (HERE / name).write_bytes(data)


def valid(name, content, kind, expect_name=None, message=None):
    ENTRIES.append(dict(file=name, kind=kind, name=expect_name, message=message))
    (HERE / name).write_text(content)


def main():
    # ---- syntax: JSON ------------------------------------------------------------------
    add("json-trailing-comma-object.json", '{"items": [\n  {"id": "a",}\n]}\n', "syntax",
        ",}", "invalid JSON: a `,` before a closing `}` or `]`: remove it")
    add("json-trailing-comma-array.json", '{"items": [\n  {"id": "a"},\n]}\n', "syntax",
        ",\n]", "invalid JSON: a `,` before a closing `}` or `]`: remove it")
    add("json-missing-comma.json", '{"items": [\n  {"id": "a" "name": "x"}\n]}\n', "syntax",
        ' "name"', "invalid JSON: a `,` is missing before this")
    add("json-single-quotes.json", "{'items': []}\n", "syntax", "'items'", "invalid JSON")
    add("json-comment.json", '{\n  // a comment\n  "items": []\n}\n', "syntax", "//",
        "invalid JSON")
    add("json-unterminated-string.json", '{"items": [\n  {"id": "a}\n]}\n', "syntax", '"a}',
        "invalid JSON: Unterminated string literal")
    add("json-unclosed-brace.json", '{"items": [\n  {"id": "a"}\n]\n', "syntax", "1:1",
        "invalid JSON")
    add("json-bracket-closed-by-brace.json", '{"items": [\n  {"id": "a", "claims": ["STANAG 4172"}\n]}\n',
        "syntax", '["STANAG', "invalid JSON: the `[` here is not closed before the `}` at 2:39: "
        "close it with `]`")
    add("json-item-not-closed.json", '{"items": [\n  {"id": "a", "name": "x"\n]}\n', "syntax",
        '{"id"', "invalid JSON: the `{` here is not closed before the `]` at 3:1: close it with `}`")
    add("json-object-unterminated.json", '{"items": [\n  {"id": "x",\n   "name": "y"\n', "syntax",
        '{"id": "x"', "invalid JSON: the `{` here is not closed with `}` (Unterminated object)")
    add("toml-string-in-inline-table.toml", '[[items]]\nid = "a"\nname = { x = "b }\n', "syntax",
        '"b }', "invalid TOML: the quoted text that starts here is not closed on its line")
    add("toml-multiline-unterminated.toml", '[[items]]\nid = "a"\nname = """abc\nnation = "USA"\n',
        "syntax", '"""abc', "invalid TOML: the text over several lines that starts here is not "
        "closed: end it with `\"\"\"`")
    add("decimal-space-leading-zero.yaml", YAML_HEAD + "    properties:\n      case_length: 0 500 in\n",
        "decimal-space", "0 500 in", "`0 500` has a space after a lone 0, where it can only be a decimal mark: write 0.500", item="a", prop="case_length")
    add("json-bare-nan.json", json_items(item('"bullet_mass": NaN')), "syntax", "NaN",
        "invalid JSON")
    add("json-bare-infinity.json", json_items(item('"muzzle_velocity": -Infinity')), "syntax",
        "-Infinity", "invalid JSON")
    add("json-hex-number.json", json_items(item('"mlc": 0x10')), "syntax", "0x10",
        "invalid JSON")
    add("json-not-json.json", "hello world\n", "syntax", "hello", "invalid JSON")
    deep = "[" * 10_000 + "]" * 10_000 + "\n"
    add("json-deep-10000.json", deep, "too-deep", "1:34", TOO_DEEP)
    deep_obj = '{"a": ' * 10_000 + "1" + "}" * 10_000 + "\n"
    add("json-deep-objects-10000.json", deep_obj, "too-deep", "1:199",
        TOO_DEEP)

    # ---- syntax: TOML ------------------------------------------------------------------
    add("toml-missing-value.toml", TOML_HEAD + "[items.properties]\nmlc =\n", "syntax",
        "\n", "invalid TOML", nth=6)
    add("toml-double-equals.toml", 'a = 1\nb = = 2\n', "syntax", "= 2", "invalid TOML")
    add("toml-unclosed-array.toml", TOML_HEAD + 'claims = ["STANAG 4172"\n', "syntax", "6:24",
        "invalid TOML: unclosed array")
    add("toml-unterminated-string.toml", '[[items]]\nid = "a\nname = "x"\n', "syntax", '"a',
        "invalid TOML: the quoted text that starts here is not closed on its line: end it with `\"`")
    add("toml-duplicate-key.toml", TOML_HEAD + 'name = "y"\n', "duplicate-key", "name",
        "duplicate key `name` (first at line 3)", nth=1)
    add("toml-duplicate-header.toml", TOML_HEAD + '[items.properties]\noverall_length = "57 mm"\n'
        '[items.properties]\ncase_length = "44 mm"\n', "duplicate-key", "properties]", 
        "duplicate key `items.properties` (first at line 6)", nth=1)
    add("toml-duplicate-inline-key.toml", TOML_HEAD + 'properties = { overall_length = "57 mm", '
        'overall_length = "58 mm" }\n', "duplicate-key", "overall_length", 
        "duplicate key `overall_length` (first at line 6)", nth=1)
    add("toml-unclosed-array-then-key.toml", TOML_HEAD.replace('kind = "cartridge"\n', 'claims = ["STANAG 4172"\n'
        'kind = "cartridge"\n'), "syntax", '["STANAG', "invalid TOML: the `[` here is not closed "
        "with `]` (the TOML reader stopped at 6:1")
    add("toml-lone-cr.toml", TOML_HEAD.replace('name = "x"\n', 'name = "x"\r'), "syntax", "\r",
        "invalid TOML: a carriage return without a line feed ends this line")
    add("toml-bad-escape.toml", TOML_HEAD.replace('"x"', '"bad \\q escape"'), "syntax",
        "q escape", "invalid TOML: `\\` starts an escape in text in double quotes")
    add("toml-bare-word.toml", "this is not toml = at all\n", "syntax", "is not",
        "invalid TOML: a key of several words is written in quotes")
    # `a` is level 1, so the 33rd bracket (column 37) is the first node deeper than 32 levels
    add("toml-deep-10000.toml", "a = " + "[" * 10_000 + "]" * 10_000 + "\n", "too-deep", "1:37",
        TOO_DEEP)
    # dotted keys nest tables without brackets: 1 + 3 per inline table passes 32 in the 11th,
    # at the second part of its key (column 98), whose table is the 33rd level
    add("toml-dotted-keys-deep.toml", "a = " + "{k.k.k = " * 11 + "1" + "}" * 11 + "\n",
        "too-deep", "1:98", TOO_DEEP)
    # a multi-line literal string with a quote in it must not hide the brackets after it
    add("toml-multiline-string-then-deep.toml",
        "s = '''it's'''\na = " + "[" * 10_000 + "]" * 10_000 + "\n", "too-deep", "2:37",
        TOO_DEEP)

    # ---- syntax: YAML ------------------------------------------------------------------
    # the parser stops on the line after; the place to fix is the bracket
    add("yaml-unclosed-flow.yaml", "items:\n  - id: a\n    claims: [STANAG 4172\n", "syntax",
        "[STANAG", "invalid YAML: the `[` here is not closed with `]` (the YAML reader stopped at 4:1")
    add("yaml-unclosed-flow-then-key.yaml", YAML_HEAD.replace("    nation:", "    claims: [STANAG 4172\n"
        "    nation:"), "syntax", "[STANAG", "invalid YAML: the `[` here is not closed with `]` (the "
        "YAML reader stopped at 5:11: a `:` cannot stand here)")
    add("yaml-bad-indent.yaml", "items:\n  - id: a\n   name: x\n", "syntax", "name",
        "invalid YAML")
    # a key one space deeper than the `key: value` above it: said as the indentation it is
    add("yaml-over-indented-key.yaml", YAML_HEAD.replace("kind: cartridge", "kind: vehicle")
        + "    properties:\n      running_gear: tracked\n       mlc: 8\n", "syntax", "mlc: 8",
        "invalid YAML: this line is indented 1 space more than the line above (`properties` keys "
        "start at column 7): keys of one mapping line up")
    add("yaml-tab-indent.yaml", "items:\n\t- id: a\n", "syntax", "\t",
        "invalid YAML: a tab in the indentation: YAML indents with spaces only")
    add("yaml-tab-continuation.yaml", "items:\n  - id: a\n    name: x\n\t   nation: USA\n", "syntax",
        "\t", "invalid YAML: a tab in the indentation: YAML indents with spaces only")
    add("yaml-tab-after-colon.yaml", YAML_HEAD.replace("nation: USA", "nation:\tUSA"), "syntax",
        "\tUSA", "invalid YAML: a tab after `:`: write a space there")
    add("yaml-second-document-after-end.yaml", YAML_HEAD + "...\nitems: 3\n", "syntax",
        "items: 3", "a spec file holds one document; a second one starts here")
    add("yaml-unterminated-quote.yaml", 'items:\n  - id: "a\n    name: x\n', "syntax", '"a',
        "invalid YAML: the quoted text that starts here is not closed")
    # an alias to an anchor that is not there: the parser refuses it before the tool would
    add("yaml-alias.yaml", YAML_HEAD + "  - id: b\n    name: *n\n", "syntax", "*n",
        "invalid YAML: `*` starts a reference to a `&` anchor in YAML")
    add("yaml-anchor.yaml", "items:\n  - &first\n    id: a\n", "alias", "&first",
        "YAML anchors and aliases are not accepted")
    add("yaml-two-documents.yaml", YAML_HEAD + "---\nitems: []\n", "syntax", "---",
        "a spec file holds one document")
    add("yaml-complex-key.yaml", "items:\n  - ? [a, b]\n    : x\n", "syntax", "[a, b]",
        "a key must be a plain name")
    # the root is level 0 in every format: the 34th `- ` (column 67) is level 33, as the 34th
    # bracket of JSON's `[[[…` (column 34) is
    add("yaml-deep-10000.yaml", "- " * 10_000 + "x\n", "too-deep", "1:67",
        TOO_DEEP)
    # flow nesting: the YAML parser's own limit (256) stops it first, and is said as ours
    add("yaml-deep-flow-10000.yaml", "[" * 10_000 + "]" * 10_000 + "\n", "too-deep", "1:34",
        TOO_DEEP)
    add("yaml-duplicate-key.yaml", YAML_HEAD + "    name: y\n", "duplicate-key", "name",
        "duplicate key `name` (first at line 3)", nth=1)

    # ---- empty -------------------------------------------------------------------------
    add("empty.json", "", "empty", "1:1", "the file is empty")
    add("empty-whitespace.toml", "  \n\n\t\n", "empty", "1:1", "the file is empty")
    add("empty-comment-only.yaml", "# nothing here\n", "empty", "1:1", "the file is empty")

    # ---- structure and types -----------------------------------------------------------
    add("root-number.json", "42\n", "expected", "42", "expected a list of items, found a number")
    add("items-not-a-list.json", '{"items": {"id": "a"}}\n', "expected", '{"id"',
        "expected a list of items, found a table")
    add("items-missing.yaml", "things:\n  - id: a\n", "missing", "things", "missing `items`")
    add("item-not-a-table.json", '{"items": [\n  "a cartridge"\n]}\n', "expected",
        '"a cartridge"', "expected an item (a table), found a string")
    add("missing-id.json", json_items('{"name": "x", "nation": "USA", "kind": "cartridge"}'),
        "missing", '{"name"', "missing `id`")
    add("missing-name.toml", '[[items]]\nid = "a"\nnation = "USA"\nkind = "cartridge"\n',
        "missing", "1:1", "missing `name`", item="a")
    add("missing-nation.yaml", "items:\n  - id: a\n    name: x\n    kind: cartridge\n",
        "missing", "id: a", "missing `nation`", item="a")
    add("missing-kind.json", json_items('{"id": "a", "name": "x", "nation": "USA"}'),
        "missing", '{"id"', "missing `kind`", item="a")
    add("decimal-comma-after-thousands-points.yaml", YAML_HEAD + "    properties:\n"
        "      bullet_mass: 1.200,5 g\n", "decimal-comma", "1.200,5",
        "`1.200,5 g` writes a decimal comma, with points grouping thousands: write 1200.5 g",
        item="a", prop="bullet_mass")
    add("typographic-quotes-value.yaml", YAML_HEAD + "    properties:\n      bullet_mass: ”4 g”\n",
        "typographic-quotes", "”4 g”", "`”4 g”` is in typographic quotes", item="a",
        prop="bullet_mass")
    add("typographic-quotes-pasted-json.txt",
        '{ “items”: [ { “id”: “a”, “name”: “x”, “nation”: “USA”, “kind”: “fuel” } ] }\n',
        "typographic-quotes", "“items”", "`“items”` is in typographic quotes")
    add("typographic-quotes.toml", '[[items]]\nid = "a"\nname = "x"\nnation = “FRA”\n'
        'kind = "vehicle"\n', "syntax", "“FRA”", "`“` is a typographic quote, which TOML does not read")
    add("typographic-quotes.json",
        '{ “items”: [ { “id”: “a”, “name”: “x”, “nation”: “USA”, “kind”: “fuel” } ] }\n',
        "syntax", "“items”", "`“` is a typographic quote, which JSON does not read")
    # a count's decimal comma is told as YAML's is: no whole number, however it is read
    add("decimal-comma-bare.toml", '[[items]]\nid = "a"\nname = "x"\nnation = "FRA"\n'
        'kind = "crossing"\n[items.properties]\nmlc = 40,5\n', "not-integer", "40,5",
        "40,5 (40.5, with a decimal comma) is not a whole number; mlc is an integer", item="a",
        prop="mlc")
    add("decimal-comma-bare.json", '{"items": [{"id": "a", "name": "x", "nation": "FRA", '
        '"kind": "crossing", "properties": {"mlc": 40,5}}]}\n', "not-integer", "40,5",
        "40,5 (40.5, with a decimal comma) is not a whole number; mlc is an integer", item="a",
        prop="mlc")
    # another figure's too, at its property
    add("decimal-comma-bare-figure.toml", TOML_HEAD + "[items.properties]\noverall_length = 57,4\n",
        "decimal-comma", "57,4", "`57,4` writes a decimal comma and has no unit: write 57.4 with its unit; "
        "overall_length is a length (e.g. in mm)", item="a",
        prop="overall_length")
    # a YAML flow mapping splits a figure at its decimal comma (`57` and a key `4`): told at the
    # value as the figure written whole, with its unit
    add("decimal-comma-flow-figure.yaml", YAML_HEAD + "    properties:\n"
        "      overall_length: {value: 57,4, unit: mm}\n", "decimal-comma", "57,4",
        "`57,4 mm` writes a decimal comma: write 57.4 mm", item="a", prop="overall_length")
    add("decimal-comma-flow-properties.yaml", YAML_HEAD.replace("kind: cartridge", "kind: store")
        + "    properties: { store_mass: 2268,5 kg, ejected: true }\n", "decimal-comma", "2268,5",
        "`2268,5 kg` writes a decimal comma: write 2268.5 kg", item="a", prop="store_mass")
    add("decimal-comma-flow-properties-no-unit.yaml",
        YAML_HEAD.replace("kind: cartridge", "kind: store")
        + "    properties: { store_mass: 2268,5 }\n", "decimal-comma", "2268,5",
        "`2268,5` writes a decimal comma and has no unit: write 2268.5 with its unit; store_mass "
        "is a mass (e.g. in kg)", item="a", prop="store_mass")
    # (two that leave the same key, `4 mm`, are no duplicate key: the first is told at its figure)
    add("decimal-comma-flow-properties-same-key.yaml", YAML_HEAD
        + "    properties: {overall_length: 57,4 mm, case_length: 44,4 mm}\n", "decimal-comma",
        "57,4", "`57,4 mm` writes a decimal comma: write 57.4 mm", item="a", prop="overall_length")
    add("thousands-comma-flow-properties.yaml", YAML_HEAD.replace("kind: cartridge", "kind: store")
        + "    properties: {store_mass: 5,000 kg}\n", "comma-split", "5,000",
        "`5,000 kg`: inside `{ }` a comma ends the figure: write 5000 kg if it groups thousands, "
        "or 5.000 kg if it is a decimal comma", item="a", prop="store_mass")
    add("decimal-comma-in-a-list.yaml", YAML_HEAD + "    properties:\n"
        "      overall_length: [57,4 mm]\n", "decimal-comma", "57,4 mm",
        "`57,4 mm` writes a decimal comma: write 57.4 mm", item="a", prop="overall_length")
    add("decimal-comma-in-a-list-of-values.yaml", "items:\n  - id: a\n    name: x\n    nation: FRA\n"
        "    kind: bomb-rack\n    properties:\n      hook_spacings: [355,6 mm, 762 mm]\n", "decimal-comma",
        "355,6 mm", "`355,6 mm` writes a decimal comma: write 355.6 mm", item="a", prop="hook_spacings")
    add("thousands-comma-in-a-list.yaml", YAML_HEAD + "    properties:\n"
        "      overall_length: [5,000 mm]\n", "comma-split", "5,000 mm",
        "inside `[ ]` a comma ends the figure", item="a", prop="overall_length")
    add("space-grouped-decimal-comma.toml", '[[items]]\nid = "a"\nname = "x"\nnation = "FRA"\n'
        'kind = "crossing"\n[items.properties]\nmlc = 1 500,5\n', "not-integer", "1 500,5",
        "1500,5 (1500.5, with a decimal comma) is not a whole number; mlc is an integer", item="a",
        prop="mlc")
    add("space-grouped.json", json_items('{"id": "a", "name": "x", "nation": "FRA", '
        '"kind": "crossing", "properties": {"mlc": 1 500}}'), "syntax", "1 500",
        "`1 500` groups thousands with spaces, which JSON does not read: write 1500")
    add("no-space-after-colon.yaml", YAML_HEAD + "    properties:\n"
        "      overall_length:57.4 mm\n", "no-space-after-colon", "overall_length:57",
        "has no space after its `:`, which YAML needs to read a key and its value: write `overall_length: 57.4 mm`", item="a")
    add("apostrophe-thousands.yaml", YAML_HEAD + "    properties:\n"
        "      bullet_mass: 1'200 g\n", "apostrophe-groups", "1'200 g",
        "groups thousands with an apostrophe: write 1200 g", item="a", prop="bullet_mass")
    add("sign-apart.yaml", YAML_HEAD + "    properties:\n"
        "      overall_length: \"- 57 mm\"\n", "sign-apart", '"- 57 mm',
        "has a space after its sign: write -57 mm", item="a", prop="overall_length")
    add("thousands-point-beside-decimal-comma.yaml",
        "items:\n  - id: a\n    name: x\n    nation: DEU\n    kind: pallet\n    properties:\n"
        "      cargo_mass: 5.000 kg\n      pallet_thickness: 5,7 cm\n", "two-readings",
        "5.000 kg", "may be read two ways", item="a", prop="cargo_mass")
    add("name-is-a-number.yaml", "items:\n  - id: a\n    name: 155\n    nation: USA\n"
        "    kind: munition\n", "expected", "155", "expected text, found a number",
        item="a", prop="name")
    add("name-is-empty.json", json_items('{"id": "a", "name": "  ", "nation": "USA", '
        '"kind": "cartridge"}'), "unfilled", '"  "',
        "left empty: every item needs its name; write the one the data sheet gives", item="a",
        prop="name")
    # a value left out (YAML's `mlc:`, JSON's `null`) is left empty, whatever the property's type
    add("null-value.yaml", YAML_HEAD.replace("kind: cartridge", "kind: vehicle")
        + "    properties:\n      mlc:\n      gross_mass: 3 t\n", "unfilled", "7:10",
        "left empty: write what the data sheet states, or delete the line", item="a", prop="mlc")
    add("null-value.json", json_items(item('"running_gear": null', kind="vehicle")), "unfilled",
        "null", "left empty: write what the data sheet states, or delete the line", item="a",
        prop="running_gear")
    add("kind-is-a-list.json", json_items('{"id": "a", "name": "x", "nation": "USA", '
        '"kind": ["cartridge"]}'), "expected", '["cartridge"]', "expected text, found a list",
        item="a", prop="kind")
    add("properties-is-a-list.yaml", YAML_HEAD + "    properties: [mlc, 40]\n", "expected",
        "[mlc", "expected a table of properties, found a list", item="a")
    add("claims-not-a-list.json", json_items(item(extra=', "claims": "STANAG 4172"')),
        "expected", '"STANAG 4172"', "expected a list of standard ids, found a string",
        item="a", prop="claims")
    add("claim-not-a-string.json", json_items(item(extra=', "claims": [4172]')), "expected",
        "4172", "expected a standard id, found a number", item="a", prop="claims")
    add("nsn-is-a-number.json", json_items(item(extra=', "nsn": 1305012345678')), "expected",
        "1305012345678", 'expected an NSN in quotes ("1305-01-234-5678"), found a number', item="a",
        prop="nsn")
    add("flag-is-a-string.json", json_items(item('"voltage_labelled": "yes"', kind="trailer")),
        "expected", '"yes"', "expected true or false, found a string", item="a",
        prop="voltage_labelled")
    add("list-is-a-string.json", json_items(item('"accepted_fuels": "F-34"', kind="vehicle")),
        "not-a-list", '"F-34"', "`F-34` is one text; accepted_fuels is a list: write it as one, "
        '`["F-34"]`', item="a", prop="accepted_fuels")
    add("figure-is-a-boolean.json", json_items(item('"overall_length": true')), "expected",
        "true", "expected a figure with its unit, found a boolean", item="a",
        prop="overall_length")
    add("figure-table-without-value.yaml", YAML_HEAD + "    properties:\n"
        "      chamber_pressure: { unit: MPa, method: EPVAT }\n", "missing", "{ unit",
        "missing `value`", item="a", prop="chamber_pressure")
    add("unknown-method.json", json_items(item('"chamber_pressure": {"value": 430, "unit": '
        '"MPa", "method": "EPVAT-2"}')), "method", '"EPVAT-2"',
        "unknown test method `EPVAT-2`, did you mean `EPVAT`? (known: ", item="a",
        prop="chamber_pressure")
    add("unit-is-a-number.toml", TOML_HEAD + "[items.properties]\n"
        "chamber_pressure = { value = 430, unit = 5, method = \"EPVAT\" }\n", "expected",
        "5, method", "expected a unit (text), found a number", item="a", prop="chamber_pressure")
    add("figure-unit-wrong-dimension.yaml", YAML_HEAD + "    properties:\n      chamber_pressure:\n"
        "        value: 415\n        unit: kg\n        method: EPVAT\n", "wrong-dimension", "kg",
        "415 kg is a mass; chamber_pressure is a pressure", item="a", prop="chamber_pressure")
    add("figure-unit-unknown.json", json_items(item('"chamber_pressure": {"value": 415, "unit": '
        '"MPascal", "method": "EPVAT"}')), "unknown-unit", '"MPascal"', "unknown unit `MPascal`",
        item="a", prop="chamber_pressure")
    add("gallons-ambiguous.toml", TOML_HEAD.replace('kind = "cartridge"', 'kind = "weapon"') +
        '[items.properties]\nchamber_volume = "5.06 gallons"\n', "ambiguous-unit", '"5.06',
        "`gallons` is ambiguous: it may be a US gallon (3.785411784 L, `US gal`) or an imperial "
        "gallon (4.54609 L, `imp gal`); write which", item="a", prop="chamber_volume")
    add("voltage-dc-for-ac.yaml", YAML_HEAD.replace("kind: cartridge", "kind: ground-power-unit")
        + "    properties:\n      ac_phase_voltage: 115 VDC\n", "current-kind", "115 VDC",
        "115 VDC is a DC voltage; ac_phase_voltage is an AC voltage", item="a",
        prop="ac_phase_voltage")
    # a vehicle's battery system is DC: an AC figure is not its voltage
    add("voltage-ac-for-dc.yaml", YAML_HEAD.replace("kind: cartridge", "kind: vehicle")
        + "    properties:\n      system_voltage: 24 VAC\n", "current-kind", "24 VAC",
        "24 VAC is an AC voltage; system_voltage is a DC voltage", item="a",
        prop="system_voltage")
    # a twist as a bare ratio names no length unit
    add("twist-without-unit.yaml", YAML_HEAD + "    properties:\n      rifling_twist: \"1:7\"\n",
        "ratio-without-unit", '"1:7"',
        "1:7 gives no unit for rifling_twist's length: write it as `1 in 7 in` or `1:7 in` (one "
        "turn in 7 inches), or as the length itself (`178 mm`)", item="a", prop="rifling_twist")
    # a count takes no word after it: "pins" is not "mins" misspelt
    add("count-with-word.yaml", YAML_HEAD.replace("kind: cartridge", "kind: trailer")
        + "    properties:\n      pin_count: 12 pins\n", "unexpected-unit", "12 pins",
        "12 pins has a unit; pin_count is a plain number", item="a", prop="pin_count")
    # a baud is a symbol per second: no data rate, whatever bits a symbol carries
    add("data-rate-in-baud.yaml", YAML_HEAD.replace("kind: cartridge", "kind: waveform")
        + "    properties:\n      max_user_data_rate: 2400 baud\n", "symbols-not-bits",
        "2400 baud", "2400 baud is a symbol rate: a baud is one symbol per second, not one bit, "
        "and a symbol may carry several bits (8-PSK carries 3); give max_user_data_rate in bit/s",
        item="a", prop="max_user_data_rate")
    # and the other way: a symbol rate counts symbols, whatever bits each carries
    add("symbol-rate-in-bits.yaml", YAML_HEAD.replace("kind: cartridge", "kind: waveform")
        + "    properties:\n      symbol_rate: { value: 2400, unit: bit/s }\n", "bits-not-symbols",
        "bit/s", "2400 bit/s is a data rate: symbol_rate counts symbols, and a baud is one symbol "
        "per second, not one bit (a symbol may carry several: 8-PSK carries 3); give symbol_rate "
        "in Bd, the data rate divided by the bits a symbol carries (`2400 Bd` if each carries one)",
        item="a", prop="symbol_rate")
    add("trigraph-german.yaml", YAML_HEAD.replace("nation: USA", "nation: GER"), "trigraph",
        "GER", "`GER` is not a STANAG 1059 trigraph, did you mean `DEU` (Germany)?", item="a",
        prop="nation")
    add("trigraph-alpha-2.json", json_items(item(nation="UK")), "trigraph", '"UK"',
        "`UK` is not a STANAG 1059 trigraph, did you mean `GBR` (United Kingdom)?", item="a",
        prop="nation")
    # review of the session's changes: what the explanations must not do
    add("ratio-is-no-twist.json", json_items(item(kind="data-link").replace(
        '"kind": "data-link"}', '"kind": "data-link", "properties": {"slot_duty_cycle": "1:4"}}')),
        "one-in-so-many", '"1:4"', "`1:4` is a ratio: slot_duty_cycle is a plain number, in percent; write 25",
        item="a", prop="slot_duty_cycle")
    add("probability-one-in-a-million.yaml", YAML_HEAD.replace("kind: cartridge", "kind: fuze")
        + "    properties:\n      inadvertent_arming_probability: 1 in 1,000,000\n",
        "one-in-so-many", "1 in 1,000,000", "`1 in 1,000,000` is a ratio: inadvertent_arming_probability "
        "is a plain number, the fraction as a decimal; write 0.000001 (or 1e-6)", item="a",
        prop="inadvertent_arming_probability")
    add("toml-missing-comma-multiline.toml", TOML_HEAD.replace('kind = "cartridge"\n',
        'kind = "cartridge"\nclaims = [\n  "STANAG 4172"\n  "STANAG 2310",\n]\n'), "syntax",
        '"STANAG 2310"', "invalid TOML: a `,` is missing between the list's entries")
    add("yaml-bracket-in-text.yaml", YAML_HEAD.replace("name: x", "name: Rifle 5.56 mm [see note")
        + "   notes: x\n", "syntax", "notes", "invalid YAML: this line is indented as an entry of the list above")
    add("yaml-text-after-quote.yaml", YAML_HEAD.replace("name: x", 'name: "M855" ball'), "syntax",
        "ball", "invalid YAML: there is more after the closing quote")
    add("yaml-tab-in-value.yaml", YAML_HEAD.replace("name: x", "name: M855\tball").replace(
        "    nation:", "\tnation:"), "syntax", "\tnation",
        "invalid YAML: a tab in the indentation")
    add("toml-duplicate-header-after-inline.toml", TOML_HEAD + '[items.properties]\n'
        'overall_length = "57 mm"\n' + TOML_HEAD.replace('id = "a"', 'id = "b"') +
        'properties = { case_length = "44 mm" }\n[items.properties]\noverall_length = "57 mm"\n',
        "duplicate-key", "properties]", "duplicate key `items.properties` (first at line 13)",
        nth=1)
    add("figure-unit-ambiguous.yaml", YAML_HEAD.replace("kind: cartridge", "kind: weapon") +
        "    properties:\n      chamber_volume: { value: 5.06,\n        unit: gal }\n",
        "ambiguous-unit", "gal }", "`gal` is ambiguous", item="a", prop="chamber_volume")
    add("radix-hex.toml", TOML_HEAD + "[items.properties]\nmlc = 0x1E\n", "radix", "0x1E",
        "`0x1E` is a hexadecimal number: write it in decimal (30)", item="a", prop="mlc")
    add("radix-hex-with-unit.yaml", YAML_HEAD + "    properties:\n      bullet_diameter: 0x1E mm\n",
        "radix", "0x1E mm", "`0x1E` is a hexadecimal number: write it in decimal (30)", item="a",
        prop="bullet_diameter")
    add("misspelt-field.yaml", YAML_HEAD.replace("nation:", "natoin:"), "misspelt-field", "natoin",
        "`natoin` is not an item field, did you mean `nation`? (every item needs `nation`)", item="a")
    add("same-property-alias-first.yaml", YAML_HEAD + "    properties:\n      oal: 57.40 mm\n"
        "      overall_length: 57.40 mm\n", "same-property", "57.40 mm",
        "`overall_length` is already given at line 7 as `oal`: give each property once", item="a",
        prop="overall_length", nth=1)
    add("json-raw-line-break.json", json_items(item().replace('"name": "x"', '"name": "line 1\nline 2"')),
        "syntax", "\nline 2", "invalid JSON: a line break or control character inside a string")
    add("enum-value-not-allowed.json", json_items(item('"belt_link": "M99"')), "not-allowed",
        '"M99"', "`M99` is not a value of belt_link (expected one of: M27, M13, M9)",
        item="a", prop="belt_link")

    # ---- units -------------------------------------------------------------------------
    add("unknown-unit.json", json_items(item('"overall_length": "57.40 mmm"')), "unknown-unit",
        '"57.40 mmm"', "unknown unit `mmm`, did you mean `mm`?", item="a",
        prop="overall_length")
    add("unknown-unit-far.yaml", YAML_HEAD + "    properties:\n      overall_length: 2 furlongs\n",
        "unknown-unit", "2 furlongs", "unknown unit `furlongs`", item="a",
        prop="overall_length")
    add("wrong-dimension-volume.json", json_items(item('"chamber_volume": "23 kg"',
        kind="weapon")), "wrong-dimension", '"23 kg"',
        "23 kg is a mass; chamber_volume is a volume", item="a", prop="chamber_volume")
    add("wrong-dimension-pressure.toml", TOML_HEAD + "[items.properties]\n"
        'chamber_pressure = "430 m/s"\n', "wrong-dimension", '"430 m/s"',
        "430 m/s is a velocity; chamber_pressure is a pressure", item="a",
        prop="chamber_pressure")
    add("wrong-dimension-alias.yaml", YAML_HEAD + "    properties:\n      oal: 62 gr\n",
        "wrong-dimension", "62 gr", "62 gr is a mass; overall_length is a length", item="a",
        prop="overall_length")
    add("missing-unit.yaml", YAML_HEAD + "    properties:\n      overall_length: 57.40\n",
        "missing-unit", "57.40", "57.40 has no unit; overall_length is a length (e.g. in mm)",
        item="a", prop="overall_length")
    add("unit-on-a-plain-number.json", json_items(item('"relative_density": "0.8 kg"',
        kind="fuel")), "unexpected-unit", '"0.8 kg"',
        "0.8 kg has a unit; relative_density is a plain number", item="a",
        prop="relative_density")
    add("not-an-integer.toml", '[[items]]\nid = "a"\nname = "x"\nnation = "USA"\n'
        'kind = "vehicle"\n[items.properties]\nmlc = 40.5\n', "not-integer", "40.5",
        "40.5 is not a whole number; mlc is an integer", item="a", prop="mlc")
    add("decimal-comma.json", json_items(item('"overall_length": "57,40 mm"')),
        "decimal-comma", '"57,40 mm"', "`57,40 mm` writes a decimal comma: write 57.40 mm", item="a",
        prop="overall_length")
    add("decimal-comma-leading-zero.yaml", YAML_HEAD.replace("kind: cartridge", "kind: store")
        + "    properties:\n      store_aircraft_clearance: 0,500 in\n", "decimal-comma",
        "0,500 in", "`0,500 in` writes a decimal comma: write 0.500 in", item="a",
        prop="store_aircraft_clearance")
    add("tonne-or-short-ton.toml", '[[items]]\nid = "a"\nname = "x"\nnation = "USA"\n'
        'kind = "freight-container"\n[items.properties]\nstacking_mass = "213 T"\n', "ambiguous-unit",
        '"213 T"', "`T` is ambiguous: it may be a tonne", item="a", prop="stacking_mass")
    add("not-a-number.yaml", YAML_HEAD + "    properties:\n      overall_length: long mm\n",
        "not-a-number", "long mm", "`long mm` is not a number", item="a",
        prop="overall_length")

    # ---- NaN, infinities, huge ---------------------------------------------------------
    add("nan-string.json", json_items(item('"bullet_mass": "NaN g"')), "not-finite",
        '"NaN g"', "`NaN g` is not a finite number", item="a", prop="bullet_mass")
    add("infinity-string.json", json_items(item('"muzzle_velocity": "Infinity m/s"')),
        "not-finite", '"Infinity m/s"', "`Infinity m/s` is not a finite number", item="a",
        prop="muzzle_velocity")
    add("nan.toml", TOML_HEAD + "[items.properties]\nbullet_mass = nan\n", "not-finite", "nan",
        "`nan` is not a finite number", item="a", prop="bullet_mass")
    add("infinity.toml", TOML_HEAD + "[items.properties]\nmuzzle_velocity = -inf\n",
        "not-finite", "-inf", "`-inf` is not a finite number", item="a",
        prop="muzzle_velocity")
    add("nan.yaml", YAML_HEAD + "    properties:\n      bullet_mass: .nan\n", "not-finite",
        ".nan", "`.nan` is not a finite number", item="a", prop="bullet_mass")
    add("infinity.yaml", YAML_HEAD + "    properties:\n      muzzle_velocity: -.inf m/s\n",
        "not-finite", "-.inf", "`-.inf m/s` is not a finite number", item="a",
        prop="muzzle_velocity")
    add("huge-1e308.json", json_items(item('"overall_length": 1e308')), "out-of-range",
        "1e308", "`1e308` is written with the power of ten 308, " + PAST_POWERS, item="a",
        prop="overall_length")
    add("huge-1e308-mm.yaml", YAML_HEAD + "    properties:\n      overall_length: 1e308 mm\n",
        "out-of-range", "1e308 mm", "`1e308` is written with the power of ten 308, " + PAST_POWERS, item="a",
        prop="overall_length")
    add("tiny-exponent-i32-min.yaml", YAML_HEAD + "    properties:\n      overall_length: 1e-2147483648 mm\n",
        "out-of-range", "1e-2147483648 mm", "`1e-2147483648` is written with the power of ten -2147483648, " + PAST_POWERS, item="a",
        prop="overall_length")
    add("tiny-exponent-decimals.yaml", YAML_HEAD + "    properties:\n      overall_length: 1.5e-2147483648 mm\n",
        "out-of-range", "1.5e-2147483648 mm", "`1.5e-2147483648` is written with the power of ten -2147483648, " + PAST_POWERS, item="a",
        prop="overall_length")
    add("tiny-1e-40.yaml", YAML_HEAD + "    properties:\n      bullet_mass: 1e-40 g\n",
        "out-of-range", "1e-40 g", "`1e-40` is written with the power of ten -40, " + PAST_POWERS,
        item="a", prop="bullet_mass")
    add("huge-digits.toml", TOML_HEAD + "[items.properties]\n"
        'overall_length = "123456789012345678901234567890 mm"\n', "out-of-range", '"1234',
        TOO_PRECISE, item="a", prop="overall_length")

    # ---- negative where impossible -----------------------------------------------------
    add("negative-mass.json", json_items(item('"bullet_mass": "-4 g"')), "negative", '"-4 g"',
        "-4 g is negative; bullet_mass cannot be below zero", item="a", prop="bullet_mass")
    add("negative-mass-lb.yaml", "items:\n  - id: a\n    name: x\n    nation: USA\n"
        "    kind: vehicle\n    properties:\n      gross_weight: -12 lb\n", "negative", "-12 lb",
        "-12 lb is negative; gross_mass cannot be below zero", item="a", prop="gross_mass")
    add("negative-pressure.toml", TOML_HEAD + "[items.properties]\n"
        'chamber_pressure = { value = -430, unit = "MPa", method = "EPVAT" }\n', "negative",
        "-430", "-430 MPa is negative; chamber_pressure cannot be below zero", item="a",
        prop="chamber_pressure")

    # a temperature below absolute zero: a K written for a °C would pass a freezing point
    add("below-absolute-zero.yaml", "items:\n  - id: a\n    name: x\n    nation: USA\n"
        "    kind: fuel\n    properties:\n      nato_code: F-35\n      freeze_point: -40 K\n",
        "below-absolute-zero", "-40 K",
        "-40 K is below absolute zero (0 K, -273.15 °C, -459.67 °F); no freeze_point can be",
        item="a", prop="freeze_point")

    # ---- duplicates --------------------------------------------------------------------
    # placed at the second id, where the user would change it
    add("duplicate-id.json", json_items(item(), item(nation="GBR")), "duplicate-id", '"a"',
        "duplicate item id `a` (first at line 2)", item="a", prop="id", nth=1)
    add("duplicate-id.yaml", YAML_HEAD + "  - name: y\n    nation: GBR\n    id: a\n"
        "    kind: cartridge\n", "duplicate-id", "a\n    kind", "duplicate item id `a` (first at line 2)",
        item="a", prop="id")
    long_id = "L" * 129
    add("id-too-long.json", json_items(item(id_=long_id)), "id-too-long", '"' + long_id,
        "the item id is 129 characters long; an id has at most 128", prop="id")
    add("duplicate-key.json", '{"items": [], "items": []}\n', "duplicate-key", '"items"',
        "duplicate key `items` (first at line 1)", nth=1)

    # ---- trigraphs, NSNs, kinds --------------------------------------------------------
    add("trigraph-lowercase.json", json_items(item(nation="usa")), "trigraph", '"usa"',
        "`usa` is not a STANAG 1059 trigraph, did you mean `USA` (United States)?", item="a", prop="nation")
    add("trigraph-unknown.yaml", YAML_HEAD.replace("USA", "XYZ"), "trigraph", "XYZ",
        "`XYZ` is not a STANAG 1059 trigraph", item="a", prop="nation")
    add("trigraph-digraph.toml", TOML_HEAD.replace('"USA"', '"US"'), "trigraph", '"US"',
        "`US` is not a STANAG 1059 trigraph", item="a", prop="nation")
    add("nsn-too-short.json", json_items(item(extra=', "nsn": "1305-01-234-567"')), "nsn",
        '"1305-01-234-567"', "it has 12 digits or letters; an NSN has 13", item="a", prop="nsn")
    add("nsn-letter-in-class.yaml", YAML_HEAD + "    nsn: 13O5-01-234-5678\n", "nsn",
        "13O5", "the supply class and NCB code (first six) must be digits", item="a",
        prop="nsn")
    add("nsn-misplaced-hyphens.toml", TOML_HEAD + 'nsn = "130-501-234-5678"\n', "nsn",
        '"130-501', "the hyphens are misplaced", item="a", prop="nsn")
    add("nsn-lowercase-serial.json", json_items(item(extra=', "nsn": "1305-01-abc-5678"')),
        "nsn", '"1305-01-abc', "the serial (last seven) must be digits or capital letters",
        item="a", prop="nsn")
    add("unknown-kind.json", json_items(item(kind="cartrige")), "kind", '"cartrige"',
        "unknown item kind `cartrige`, did you mean `cartridge`?", item="a", prop="kind")
    add("unknown-kind-far.yaml", YAML_HEAD.replace("cartridge", "spaceship"), "kind",
        "spaceship", "unknown item kind `spaceship`", item="a", prop="kind")

    # ---- a figure in two units that are not written together ------------------------------
    PALLET_HEAD = YAML_HEAD.replace("kind: cartridge", "kind: pallet")
    add("two-units-metric.yaml", PALLET_HEAD + "    properties:\n      cargo_mass: 2 t 100 kg\n",
        "two-figures", "2 t 100 kg",
        "`2 t 100 kg` is two figures, in t and kg: write the one figure, 2100 kg", item="a",
        prop="cargo_mass")
    # (`20 st 10 lb` is read as stone and pounds; a stone or more of pounds leaves `st` either)
    add("stone-and-pounds-st.toml", TOML_HEAD.replace('"cartridge"', '"pallet"')
        + '[items.properties]\ncargo_mass = "2 st 100 lb"\n', "parts-not-one",
        '"2 st', "`2 st 100 lb` is two figures, in st and lb, and `st` is ambiguous: it may be a "
        "US short ton (907.18474 kg, `short ton`) or a British stone (6.35029318 kg, `stone`); "
        "write the one figure, 4100 lb if it is short tons, or 128 lb if stone", item="a",
        prop="cargo_mass")

    # ---- a classification code written as a hazard division ------------------------------
    add("classification-code-as-division.json", json_items(item('"hazard_division": "1.1D"',
        kind="munition")), "two-values", '"1.1D"',
        "`1.1D` writes hazard_division 1.1 and compatibility_group D as one code: write them as "
        "two properties, `hazard_division: 1.1` and `compatibility_group: D`", item="a",
        prop="hazard_division")

    # ---- a classification code written as the compatibility group ------------------------
    add("classification-code-as-group.yaml", YAML_HEAD.replace("kind: cartridge", "kind: munition")
        + "    properties:\n      compatibility_group: 1.4S\n", "two-values", "1.4S",
        "`1.4S` writes hazard_division 1.4 and compatibility_group S as one code: write them as "
        "two properties, `hazard_division: 1.4` and `compatibility_group: S`", item="a",
        prop="compatibility_group")

    # ---- figures in parts that are not read as one ---------------------------------------
    add("three-figures.toml", TOML_HEAD.replace('"cartridge"', '"pallet"')
        + '[items.properties]\nempty_mass = "2 t 100 kg 5 g"\n', "two-figures", '"2 t',
        "`2 t 100 kg 5 g` is three figures, in t, kg and g: write the one figure, 2100005 g",
        item="a", prop="empty_mass")
    add("st-before-kilograms.json", json_items(item('"cargo_mass": "20 st 10 kg"', kind="pallet")),
        "parts-not-one", '"20 st', "`20 st 10 kg` is two figures, in st and kg, and `st` is "
        "ambiguous: it may be a US short ton (907.18474 kg, `short ton`) or a British stone "
        "(6.35029318 kg, `stone`); write the one figure, 18153.6948 kg if it is short tons, or "
        "137.0058636 kg if stone", item="a", prop="cargo_mass")
    add("second-figure-without-unit.yaml", PALLET_HEAD + "    properties:\n      cargo_height: 5 ft 3\n",
        "parts-not-one", "5 ft 3", "`5 ft 3` is two figures, and the second, 3, has no unit: write "
        "it with its unit (`5 ft 3 in`, if it is in inches), or the one figure in one unit",
        item="a", prop="cargo_height")
    add("decimal-commas-spreadsheet.json", json_items(*[item(
        f'"overall_length": 57,4, "case_length": 44,{i}', id_=f"c{i}", nation="FRA")
        for i in range(1, 7)]), "decimal-comma", "57,4",
        "`57,4` writes a decimal comma and has no unit: write 57.4 with its unit; "
        "overall_length is a length (e.g. in mm)", item="c1",
        prop="overall_length")

    # ---- a force for a mass that is no rated load -----------------------------------------
    add("force-for-a-mass.yaml", YAML_HEAD.replace("kind: cartridge", "kind: pallet")
        + "    properties:\n      cargo_mass: 33.4 kN\n", "wrong-dimension", "33.4 kN",
        "33.4 kN is a force; cargo_mass is a mass", item="a", prop="cargo_mass")

    # ---- an air-armament sheet's values of the wrong shape ------------------------------
    add("hook-spacings-bare-numbers.json", json_items(item('"hook_spacings": [14, 30]',
        kind="bomb-rack")), "not-allowed", "14,",
        "`14` is not a value of hook_spacings (expected one of: 14 in, 30 in): 14 has no unit: "
        "write a value as listed, with its unit, did you mean `14 in`?", item="a",
        prop="hook_spacings")
    add("suspension-as-figure-table.yaml", YAML_HEAD.replace("kind: cartridge", "kind: store")
        + "    properties:\n      suspension: { value: 356, unit: mm }\n", "figure-as-table",
        "{ value", "suspension takes a value written as one text, not as a figure's value and "
        "unit: write `356 mm`", item="a", prop="suspension")

    # ---- an air-armament sheet's figures with a conversion, approximate, or line to line ---
    add("mass-with-conversion.yaml", YAML_HEAD.replace("kind: cartridge", "kind: store")
        + "    properties:\n      store_mass: 500 kg (1102 lb)\n", "with-conversion", "500 kg",
        "`500 kg (1102 lb)` is a figure with its conversion in brackets: write one of them, "
        "`500 kg` or `1102 lb`", item="a", prop="store_mass")
    add("mass-approximate.toml", TOML_HEAD.replace('"cartridge"', '"store"')
        + '[items.properties]\nstore_mass = "ca. 500 kg"\n', "approximate", '"ca.',
        "`ca. 500 kg` is an approximate figure: a limit is judged on a figure, so write the "
        "figure as measured or specified (`500 kg`), with as many digits as are known",
        item="a", prop="store_mass")
    add("voltage-line-to-line.yaml", YAML_HEAD.replace("kind: cartridge", "kind: aircraft")
        + "    properties:\n      ac_line_voltage: 200 V L-L\n", "line-marked", "200 V",
        "`200 V L-L` marks a line-to-line voltage: write the voltage alone, `200 V`, where a "
        "line voltage is asked for (`ac_line_voltage`; line to neutral is the phase voltage, "
        "`ac_phase_voltage`)", item="a", prop="ac_line_voltage")
    # a pressure marked gauge, in a figure table: at its unit, where the mark is
    add("pressure-gauge.yaml", YAML_HEAD
        + "    properties:\n      chamber_pressure: { value: 50000, unit: psig }\n",
        "pressure-marked", "psig",
        "`50000 psig` marks a gauge pressure (above the atmosphere's): write the figure in its "
        "unit alone, `50000 psi`, if the property is stated as a gauge pressure; an absolute "
        "pressure is one atmosphere (101.325 kPa) more", item="a", prop="chamber_pressure")
    # a US copper-crusher figure in CUP, and a method in brackets after the unit (named as the
    # dictionary names it): at the figure
    add("pressure-cup.yaml", YAML_HEAD
        + "    properties:\n      chamber_pressure: 50,000 CUP\n",
        "method-marked", "50,000 CUP",
        "`50,000 CUP` gives copper units of pressure, a copper-crusher reading, in its unit: "
        "state the figure and its test method apart, `{ value: 50000, unit: psi, method: "
        "copper-crusher }`", item="a", prop="chamber_pressure")
    add("pressure-method-in-brackets.toml", TOML_HEAD
        + '[items.properties]\nchamber_pressure = "52000 psi [copper crusher]"\n',
        "method-marked", '"52000',
        "`52000 psi [copper crusher]` gives the test method `copper-crusher` in its unit: state "
        "the figure and its test method apart, `{ value: 52000, unit: psi, method: "
        "copper-crusher }`", item="a", prop="chamber_pressure")
    # a case capacity as the mass of water it holds, as US sheets give it: at the figure
    add("case-capacity-grains-of-water.yaml", YAML_HEAD
        + "    properties:\n      case_capacity: 28.5 gr H2O\n",
        "water-mass", "28.5 gr H2O",
        "`28.5 gr H2O` gives a volume as the mass of water it holds: write the volume, in mL or "
        "cm³ (a grain of water is about 0.0648 mL at 1 g/mL: this is about 1.85 mL), as the data "
        "sheet's drawing or test states it", item="a", prop="case_capacity")
    # a vehicle sheet's torque given for a force, in a figure table: at its unit
    add("torque-for-a-force.toml", TOML_HEAD
        + '[items.properties]\nlink_strip_force = { value = 500, unit = "Nm" }\n',
        "other-quantity", '"Nm"',
        "`Nm` is a unit of torque, and no property here is a torque: check that the figure "
        "belongs to this property", item="a", prop="link_strip_force")
    # an aircraft sheet's knots of indicated airspeed: told, not asked about `kips`
    add("airspeed-indicated.yaml", YAML_HEAD
        + "    properties:\n      threat_velocity: 250 KIAS\n",
        "airspeed", "250 KIAS",
        "`KIAS` is knots of indicated airspeed: indicated and true airspeed differ; state the "
        "speed in `kn`, saying which in the property", item="a", prop="threat_velocity")

    # a power of ten past the exponents read: told as one, not as an unknown unit `^-40`
    add("power-of-ten-past-read.yaml", YAML_HEAD.replace("kind: cartridge", "kind: fuze")
        + "    properties:\n      inadvertent_arming_probability: 10⁻⁴⁰\n",
        "power-of-ten", "10⁻⁴⁰", "`10⁻⁴⁰` is a power of ten, 1e-40, past what is read exactly "
        "(exponents from -20 to 20): round it as the data sheet does", item="a",
        prop="inadvertent_arming_probability")

    # ---- bidirectional controls: they would reverse the words shown after them ----------
    # (a supplier's name `Modem <RLO>cilpmoc-non end` showed as `… dne non-complic`): refused
    # at the character, as itself or as an escape, before the unit error it would quote
    add("bidi-override-in-name.yaml", YAML_HEAD.replace("name: x", "name: Modem \u202ecilpmoc-non end"),
        "directional", "\u202e",
        "the text `Modem \\u{202e}cilpmoc-non end` holds U+202E RIGHT-TO-LEFT OVERRIDE, a hidden "
        "character that reverses how the text after it is shown: delete it", item="a", prop="name")
    add("bidi-override-escaped.json", json_items(item('"max_user_data_rate": "9600 bit/s \\u202e"',
                                                      kind="waveform")),
        "directional", "\\u202e",
        "the text `9600 bit/s \\u{202e}` holds U+202E RIGHT-TO-LEFT OVERRIDE", item="a",
        prop="max_user_data_rate")
    add("bidi-isolate-in-key.toml", TOML_HEAD + '[items.properties]\n"case_\u2067length" = "44.7 mm"\n',
        "directional", "\u2067",
        "the key `case_\\u{2067}length` holds U+2067 RIGHT-TO-LEFT ISOLATE, a hidden character "
        "that sets the text after it apart, running right to left: delete it", item="a",
        prop="properties")

    # a key given twice that holds one: told as such, at the character in the key given again
    # (it was placed at that key's start), in each syntax, as itself and as an escape
    twice = ("the key `case_\\u{202e}length` holds U+202E RIGHT-TO-LEFT OVERRIDE, a hidden "
             "character that reverses how the text after it is shown: delete it")
    for name, key in [("raw", "case_\u202elength"), ("escaped", "case_\\u202elength")]:
        at = "\u202e" if name == "raw" else "\\u202e"
        add(f"bidi-duplicate-key-{name}.json",
            json_items(item(f'"{key}": "44.7 mm", "{key}": "44.8 mm"')),
            "directional", at, twice, nth=1)
        add(f"bidi-duplicate-key-{name}.toml",
            TOML_HEAD + f'[items.properties]\n"{key}" = "44.7 mm"\n"{key}" = "44.8 mm"\n',
            "directional", at, twice, nth=1)
        add(f"bidi-duplicate-key-{name}.yaml",
            YAML_HEAD + f'    properties:\n      "{key}": 44.7 mm\n      "{key}": 44.8 mm\n',
            "directional", at, twice, nth=1)

    # ---- a result link pasted below a spec: the spec is read as one, and the link's line is
    # its error (it was taken for the link, and the items above it went unchecked)
    link = (HERE.parent / "link_vectors" / "ballistic-tests.link").read_text().strip()
    add("result-link-below-spec.yaml", YAML_HEAD + "\n" + link + "\n", "result-link", link,
        "this line is a stanag-check result link, not part of a spec: delete it here and open the "
        "link on its own (paste it alone, or `stanag-check check --link`)")

    # a chat message with two different result links: neither is read as a spec, nor opened;
    # told at the first, with both places and how to open each
    other = (HERE.parent / "link_vectors" / "small-arms.link").read_text().strip()
    add("two-links-in-a-message.txt", f"Hi Anna,\n\nthe tests: {link}\nthe small arms:\n  {other}\n\nJan\n",
        "two-links", link, "this is no spec: the text holds two different result links, at 3:12 "
        "and at 5:3: open each on its own, with `stanag-check check --link 'LINK'` (the link copied "
        "in for LINK), or saved in a file of its own that `check --link` is given")
    # (the page, given such a file, tells it as a result link that cannot be opened, with both
    # places, not as a spec with errors)
    ENTRIES[-1]["page_as_link"] = True
    # two different result links pasted on one line of a draft: told at both places, as no
    # part of the spec (it was the draft's YAML error on that line)
    add("two-links-on-a-line-of-a-draft.yaml", YAML_HEAD + link + " " + other + "\n",
        "links-in-spec", link, "the text holds two different result links, at 6:1 and at "
        f"6:{len(link) + 2}: open each on its own, with `stanag-check check --link 'LINK'` (the "
        "link copied in for LINK), or saved in a file of its own that `check --link` is given; "
        "they are not part of a spec: delete them here")

    # a KLV key that is not whole bytes in hex (one digit short): told what to write
    add("hex-key-odd-digit.yaml", "items:\n  - id: s\n    name: stream\n    nation: GBR\n"
        "    kind: motion-imagery\n    properties:\n      uas_ls_key: 06 0e 2b 34 02 0b 01 01 0e 01 03 01 01 00 00 0\n",
        "not-bytes", "06 0e",
        "`06 0e 2b 34 02 0b 01 01 0e 01 03 01 01 00 00 0` is not bytes in hex: write each byte as "
        "two hex digits, 0-9 and A-F (`06 0E 2B 34 …`)", item="s", prop="uas_ls_key")

    # a result link cut short (as a chat tool keeps a long link's first characters), pasted
    # alone or after words: told by the link's own error at the link, not as a spec whose root
    # is a string
    cut = (HERE.parent / "link_vectors" / "ballistic-tests.link").read_text().strip()[:303]
    cut_short = ("this is a stanag-check result link, not a spec, and it does not open: the link "
                 "is cut short (its compressed data stops before its end; a link damaged near its "
                 "end reads so too): copy it again in full; chat tools may cut long links, so "
                 "share a link file instead")
    add("result-link-cut-short.txt", cut + "\n", "broken-link", "1:1", cut_short)
    add("result-link-cut-short-in-chat.txt", "see " + cut + "\n", "broken-link", "1:5", cut_short)

    # a spreadsheet given as a spec: told what it is and what to write, at the file's start
    sheet = ("this is {}: stanag-check reads specs in JSON, TOML or YAML; write the sheet's rows "
             "as items in one of those (README, section \"Spec files\"), or start from a "
             "template of the item's kind (on the page, New spec from template; on the command "
             "line, `stanag-check template KIND`)")
    # a supplier's data sheet as a PDF whose first lines are text: a document, not YAML
    add("data-sheet.pdf", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
        "document", "1:1",
        "this is a PDF document: stanag-check reads specs in JSON, TOML or YAML; copy the item's "
        "figures into a template of its kind (on the page, New spec from template; on the command "
        "line, `stanag-check template KIND`), or write them as items in one of those (README, "
        "section \"Spec files\")")
    add("spreadsheet-export.csv", "id;name;nation;kind;cartridge;overall_length\n"
        "deu-x;Patrone;DEU;cartridge;5.56x45mm NATO;57,3 mm\n", "spreadsheet", "1:1",
        sheet.format("a CSV file"))
    # (pasted or named otherwise: by its shape, the same count of one delimiter in each line)
    add("spreadsheet-pasted-tabs.txt", "id\tname\tnation\nfra-1\tFAMAS\tFRA\n"
        "fra-2\tHK416F\tFRA\n", "spreadsheet", "1:1", sheet.format("a spreadsheet's rows, tab-separated (TSV)"))
    add("spreadsheet-pasted-commas.yaml", "id,name,nation\nfra-1,FAMAS,FRA\n", "spreadsheet",
        "1:1", sheet.format("a CSV file"))
    # binary workbooks (not UTF-8: the CLI tells them before it reads them as text)
    for name, data, what in [
        ("spreadsheet-workbook.xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xb6\x8f"
         b"[Content_Types].xml", "an Excel workbook"),
        ("spreadsheet-old-workbook.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00",
         "an Excel workbook (.xls)"),
        ("spreadsheet-opendocument.ods", b"PK\x03\x04\x14\x00\x00\x08\x00\x00\x9d\xa2mimetype"
         b"application/vnd.oasis.opendocument.spreadsheetPK", "an OpenDocument spreadsheet"),
    ]:
        ENTRIES.append(dict(file=name, kind="spreadsheet", cli_only=True, line=1, col=1,
                            message=sheet.format(what)))
        (HERE / name).write_bytes(data)

    # ---- not UTF-8 (the CLI reads bytes; the core takes text) -----------------------------
    # placed at the first byte that is not UTF-8 (after 15 readable characters of line 1)
    ENTRIES.append(dict(file="not-utf8.json", kind="not-utf8", cli_only=True, line=1, col=16,
                        message="byte 16 of the file, 0xFF, is not UTF-8 text (`ÿ` in Windows-1252 or Latin-1): save the file as UTF-8 (it may be in "
                                "Windows-1252 or Latin-1)"))
    (HERE / "not-utf8.json").write_bytes(b'{"items": [{"id\xff": "a"}]}\n')
    # what Windows Notepad saves as "Unicode": UTF-16 with its byte order mark
    ENTRIES.append(dict(file="utf16.yaml", kind="not-utf8", cli_only=True, line=0, col=0,
                        message='the file is UTF-16 text (what Windows Notepad saves as "Unicode"): '
                                "save it as UTF-8"))
    (HERE / "utf16.yaml").write_bytes("items:\n  - id: a\n".encode("utf-16"))

    # ---- valid: HTML and script in names are data --------------------------------------
    valid("html-in-name.json", json_items(
        '{"id": "h1", "name": "<b>Bold</b> & \\"quoted\\" <i>name</i>", "nation": "USA", '
        '"kind": "munition", "properties": {"hazard_division": "1.4", '
        '"compatibility_group": "S"}}'), "valid",
        expect_name='<b>Bold</b> & "quoted" <i>name</i>')
    valid("script-in-name.yaml", "items:\n  - id: s1\n"
          "    name: \"<script>alert('x')</script>\"\n    nation: GBR\n    kind: munition\n"
          "    properties:\n      hazard_division: '1.4'\n      compatibility_group: S\n",
          "valid", expect_name="<script>alert('x')</script>")
    valid("img-onerror-in-name.toml", '[[items]]\nid = "i1"\n'
          'name = "<img src=x onerror=alert(1)>"\nnation = "FRA"\nkind = "munition"\n'
          '[items.properties]\nhazard_division = "1.4"\ncompatibility_group = "S"\n',
          "valid", expect_name="<img src=x onerror=alert(1)>")
    valid("unknown-property.json", json_items(item('"calibr": "5.56 NATO"')), "warning",
          message="unknown property `calibr` is not checked, did you mean `cartridge`?")

    # entries written by hand (files this script does not make) are kept, in their place
    made = {e["file"]: e for e in ENTRIES}
    manifest = HERE / "expected.toml"
    kept = tomllib.loads(manifest.read_text())["file"] if manifest.exists() else []
    entries = [made.pop(e["file"], e) for e in kept] + list(made.values())
    lines = [
        "# The bad-input corpus: each file's expected error kind, place and a message fragment.",
        "# Written by tests/bad/make.py (places computed from the content); reviewed. Entries for",
        "# files make.py does not make were written by hand; make.py keeps them.",
        "# Also: a file over the size limit, built by tests/bad_inputs.rs (not committed).",
    ]
    for e in entries:
        lines.append("")
        lines.append("[[file]]")
        for k in ("file", "kind", "line", "col", "item", "property", "message", "name",
                  "cli_only", "page_as_link"):
            v = e.get(k)
            if v is None:
                continue
            if isinstance(v, bool):
                lines.append(f"{k} = {'true' if v else 'false'}")
            elif isinstance(v, int):
                lines.append(f"{k} = {v}")
            else:
                esc = v.replace("\\", "\\\\").replace('"', '\\"')
                lines.append(f'{k} = "{esc}"')
    (HERE / "expected.toml").write_text("\n".join(lines) + "\n")
    print(len(entries), "files,", len(ENTRIES), "made here")


if __name__ == "__main__":
    main()
