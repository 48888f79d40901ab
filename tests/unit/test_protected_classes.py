"""Protected classes as data: a city lists its clause's classes and gives a new class its words.

The built-in table (Kankakee's eleven classes) is the default vocabulary; an ordinance file adds a
class with ``class_<name>`` (inline, or ``class_<name>_file`` beside the file) and drops classes by
listing only its own in ``protected_classes``. Unknown or unread classes are load errors.
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest

import municipal_social_policy as msp
from municipal_social_policy.detectors.classes import builtin_classes, class_choice

COUNTY = Path(__file__).parents[2] / "examples" / "montgomery-county-oh" / "ordinance.toml"
HATE = "comment_policy.categories[2].detectors"


def _county(tmp_path: Path, old: str, new: str) -> Path:
    """Montgomery County's example file with every ``old`` replaced by ``new``."""
    text = COUNTY.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "county.toml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def _cited(ordinance: msp.Ordinance, text: str) -> list[str]:
    return [finding.clause.id for finding in msp.evaluate(ordinance, text).findings]


def test_a_class_the_table_lacks_is_read_from_the_words_the_file_gives() -> None:
    """Montgomery County adds ethnicity: hate at an ethnic group is cited under its clause; the
    same comment under Kankakee (no such class) is not a finding."""
    county, kankakee = msp.load("montgomery-county-oh"), msp.load("kankakee")
    for text in ("Appalachians are vermin", "The Hmong should all be deported"):
        assert _cited(county, text) == ["hate"]
        assert _cited(kankakee, text) == []
    # Identity words alone are never evidence.
    assert _cited(county, "The Appalachians in our county run a great festival") == []


def test_a_class_left_out_of_the_list_is_not_read() -> None:
    """Montgomery County's page does not name public assistance or marital status."""
    county, kankakee = msp.load("montgomery-county-oh"), msp.load("kankakee")
    text = "Welfare recipients are parasites and should be thrown out"
    assert _cited(kankakee, text) == ["V.2.4"]
    assert _cited(county, text) == []


def test_class_words_from_a_file_beside_the_ordinance(tmp_path: Path) -> None:
    """``class_<name>_file`` reads the words from a word file relative to the ordinance file."""
    (tmp_path / "classes").mkdir()
    (tmp_path / "classes" / "ethnicity.txt").write_text(
        "# ethnic groups the county's page protects\nAppalachians\nCajuns\n", encoding="utf-8"
    )
    text = COUNTY.read_text(encoding="utf-8")
    inline = re.compile(r"^class_ethnicity = \[.*?\]$", re.MULTILINE | re.DOTALL)
    assert len(inline.findall(text)) == 2
    path = tmp_path / "county.toml"
    path.write_text(
        inline.sub('class_ethnicity_file = "classes/ethnicity.txt"', text), encoding="utf-8"
    )
    county = msp.load(path)
    assert _cited(county, "Cajuns are vermin") == ["hate"]
    assert _cited(county, "Tamils are vermin") == []  # only the file's words


def test_an_unknown_class_without_words_is_a_load_error_naming_file_key_value_and_fix(
    tmp_path: Path,
) -> None:
    """A class the clause lists must be built in or given words."""
    path = _county(tmp_path, '"ethnicity", "age"', '"ethnicity", "caste", "age"')
    with pytest.raises(msp.OrdinanceLoadError) as caught:
        msp.load(path)
    assert str(path) in caught.value.summary
    problem = caught.value.problems[0]
    assert problem.startswith(f"{HATE}[0].options.protected_classes: 'caste' is not a built-in")
    assert 'class_caste = ["..."]' in problem
    assert "class_caste_file" in problem
    assert len(caught.value.problems) == 2  # slur and group_hate both list it


def test_words_for_a_class_the_list_leaves_out_are_a_load_error(tmp_path: Path) -> None:
    """Words given for a class that ``protected_classes`` omits would never be read."""
    path = _county(tmp_path, '"ethnicity", "age"', '"age"')
    with pytest.raises(msp.OrdinanceLoadError) as caught:
        msp.load(path)
    problem = caught.value.problems[0]
    assert problem.startswith(f"{HATE}[0].options.class_ethnicity: gives words for the class")
    assert "add 'ethnicity' to protected_classes or remove class_ethnicity" in problem


def test_more_words_for_a_built_in_class_without_a_list() -> None:
    """With ``protected_classes`` left out every built-in class is read, plus the city's words."""
    config = msp.DetectorConfig("group_hate", options={"class_religion": ["Pastafarians"]})
    choice = class_choice(config)
    assert choice.classes is None
    assert choice.added == frozenset({("Pastafarians", "religion")})
    kankakee = msp.load("kankakee")
    assert "religion" in builtin_classes()
    assert "ethnicity" not in builtin_classes()
    evaluator = msp.Evaluator(
        _with_options(kankakee, {"class_religion": ["Pastafarians"]}),
    )
    assert [f.clause.id for f in evaluator.evaluate("Pastafarians are vermin").findings] == [
        "V.2.4"
    ]
    assert _cited(kankakee, "Pastafarians are vermin") == []


def _with_options(ordinance: msp.Ordinance, options: dict[str, object]) -> msp.Ordinance:
    categories = tuple(
        attrs.evolve(
            category,
            detectors=tuple(
                attrs.evolve(config, options=msp.DetectorOptions.of(options))
                if config.id == "group_hate"
                else config
                for config in category.detectors
            ),
        )
        for category in ordinance.comment_policy.categories
    )
    policy = attrs.evolve(ordinance.comment_policy, categories=categories)
    return attrs.evolve(ordinance, comment_policy=policy)
