"""The JSON Schema of ordinance files: generated from the types, shipped, and true to the loader."""

from __future__ import annotations

import importlib.util
import json
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import municipal_social_policy as msp
from municipal_social_policy.schema import ordinance_schema, schema_text

EXAMPLES = Path(__file__).parents[2] / "examples"
CITIES = ("kankakee", "marseilles", "montgomery-county-oh")


def as_json(value: Any) -> Any:
    """TOML data as JSON would hold it: dates as ISO strings."""
    return json.loads(json.dumps(value, default=str))


def validator() -> jsonschema.Draft202012Validator:
    """A validator for the shipped schema, checking date formats."""
    return jsonschema.Draft202012Validator(
        ordinance_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_shipped_schema_is_the_generated_one() -> None:
    """The file in the package is exactly what the types generate (regenerate with msp schema)."""
    shipped = resources.files("municipal_social_policy") / "ordinance.schema.json"
    assert shipped.read_text(encoding="utf-8") == schema_text()


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    """The schema itself passes the metaschema."""
    jsonschema.Draft202012Validator.check_schema(ordinance_schema())


@pytest.mark.parametrize("city", CITIES)
def test_every_bundled_file_follows_the_schema(city: str) -> None:
    """Each example file, read as plain data, has no schema error."""
    data = tomllib.loads((EXAMPLES / city / "ordinance.toml").read_text(encoding="utf-8"))
    errors = [error.message for error in validator().iter_errors(as_json(data))]
    assert errors == []


@pytest.mark.parametrize(
    ("edit", "fragment"),
    [
        (lambda d: d["jurisdiction"].update(nmae="x"), "Additional properties"),
        (lambda d: d["comment_policy"]["categories"][0].update(ceiling="delete"), "'delete'"),
        (lambda d: d["retention_schedule"].update(years="3"), "'3'"),
        (lambda d: d.pop("citation_prefix"), "'citation_prefix' is a required property"),
        (lambda d: d.update(adopted="2 December 2019"), "not valid under any"),
    ],
)
def test_schema_and_loader_reject_the_same_mistakes(edit: Any, fragment: str) -> None:
    """A mistake the loader rejects is a schema error too."""
    data = as_json(tomllib.loads((EXAMPLES / "kankakee" / "ordinance.toml").read_text("utf-8")))
    edit(data)
    messages = [error.message for error in validator().iter_errors(data)]
    assert any(fragment in message for message in messages), messages
    with pytest.raises(msp.OrdinanceLoadError):
        msp.loads(json.dumps(data), format="json")


def test_optional_keys_are_not_required() -> None:
    """Where real policies are silent the schema does not require a value."""
    required = ordinance_schema()["required"]
    for key in ("number", "adopted", "effective", "purpose", "retention_schedule", "title"):
        assert key not in required


def test_descriptions_come_from_the_types() -> None:
    """Class docstrings and ``#:`` field comments become descriptions."""
    definitions = ordinance_schema()["$defs"]
    assert definitions["Ban"]["description"].startswith("Blocking a commenter")
    template = ordinance_schema()["properties"]["citation_template"]
    assert "{prefix}" in template["description"]


def test_a_json_file_may_point_at_the_schema(tmp_path: Path) -> None:
    """``$schema`` in a JSON ordinance is allowed and ignored by the loader."""
    data = json.loads(msp.dumps(msp.load("marseilles")))
    path = tmp_path / "marseilles.json"
    path.write_text(json.dumps({"$schema": "./ordinance.schema.json", **data}), encoding="utf-8")
    assert msp.load(path) == msp.load("marseilles")


def test_the_ordinance_file_reference_page_is_current() -> None:
    """docs/reference/ordinance-file.md is what tools/ordinance_reference.py makes of the schema."""
    tool = Path(__file__).parents[2] / "tools" / "ordinance_reference.py"
    spec = importlib.util.spec_from_file_location("ordinance_reference", tool)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    page = module.PAGE.read_text(encoding="utf-8")
    assert page == module.render(), "run python tools/ordinance_reference.py"
    for key in ("numbering", "citation_template", "platform_standards", "within_days"):
        assert f"`{key}`" in page
