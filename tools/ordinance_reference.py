"""Write ``docs/reference/ordinance-file.md``: every table and key of an ordinance file, from the
JSON Schema the types generate.

    python tools/ordinance_reference.py            # rewrite the page
    python tools/ordinance_reference.py --check    # exit 1 if the page is out of date

``tests/unit/test_schema.py`` runs the check, so the page cannot drift from the types.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from municipal_social_policy.schema import ordinance_schema

PAGE = Path(__file__).resolve().parents[1] / "docs" / "reference" / "ordinance-file.md"

INTRO = """\
# Ordinance file reference

Every table and key of an ordinance file (TOML or JSON), generated from the JSON Schema that the
library's types generate (`msp schema` prints it; the package ships it as
`ordinance.schema.json`). A key marked *required* must be present; every other key may be left
out, and should be where the policy is silent. How to use them: [Encode your city's
ordinance](../how-to/encode-your-city.md).
"""


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _type(schema: dict[str, Any], definitions: dict[str, Any]) -> str:
    if "anyOf" in schema:
        kinds = [_type(part, definitions) for part in schema["anyOf"] if part != {"type": "null"}]
        return " or ".join(kinds)
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        target = definitions[name]
        if "enum" in target:
            return "one of " + ", ".join(f"`{value}`" for value in target["enum"])
        return "table"
    if schema.get("type") == "array":
        item = _type(schema["items"], definitions)
        return "list of tables" if item == "table" else f"list of ({item})"
    if schema.get("format") == "date":
        return "date (YYYY-MM-DD)"
    return str(schema.get("type", ""))


def _target(schema: dict[str, Any]) -> str | None:
    """The name of the table type a key holds, if it holds tables."""
    for part in (schema, schema.get("items", {}), *schema.get("anyOf", ())):
        ref = part.get("$ref") if isinstance(part, dict) else None
        if ref:
            return str(ref.rsplit("/", 1)[-1])
        if isinstance(part, dict) and "items" in part and "$ref" in part["items"]:
            return str(part["items"]["$ref"].rsplit("/", 1)[-1])
    return None


def _tables(
    root: dict[str, Any], definitions: dict[str, Any]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(header, object schema) for the top level and every nested table, breadth first."""
    queue: list[tuple[str, dict[str, Any]]] = [("top level", root)]
    while queue:
        header, schema = queue.pop(0)
        yield header, schema
        for key, value in schema.get("properties", {}).items():
            name = _target(value)
            if name is None or definitions[name].get("type") != "object":
                continue
            path = key if header == "top level" else f"{header.strip('[]')}.{key}"
            many = value.get("type") == "array" or any(
                part.get("type") == "array" for part in value.get("anyOf", ())
            )
            queue.append((f"[[{path}]]" if many else f"[{path}]", definitions[name]))


def render() -> str:
    """The page's Markdown."""
    schema = ordinance_schema()
    definitions = schema["$defs"]
    lines = [INTRO]
    for header, table in _tables(schema, definitions):
        lines.append(f"## `{header}`" if header != "top level" else "## Top level")
        lines.append("")
        lines.append(_cell(table.get("description", "")))
        lines.append("")
        lines.append("| key | type | | description |")
        lines.append("| --- | --- | --- | --- |")
        required = set(table.get("required", ()))
        free = table.get("additionalProperties")
        if isinstance(free, dict):  # a table of any keys: the detector's options
            kind = _cell(_type(free, definitions))
            lines.append(f"| any option the detector takes | {kind} | optional | |")
        for key, value in table.get("properties", {}).items():
            if key == "$schema":
                continue
            if key in required:
                need = "required"
            elif "default" in value:
                need = f"default `{value['default']!r}`".replace("'", '"')
            else:
                need = "optional"
            kind = _cell(_type(value, definitions))
            lines.append(f"| `{key}` | {kind} | {need} | {_cell(value.get('description', ''))} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the page is current")
    arguments = parser.parse_args()
    text = render()
    if arguments.check:
        current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
        if current != text:
            print(
                f"{PAGE} is out of date; run python tools/ordinance_reference.py", file=sys.stderr
            )
            return 1
        return 0
    PAGE.parent.mkdir(exist_ok=True)
    PAGE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
