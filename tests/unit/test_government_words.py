"""The protected-speech guard's words, tuned in ``[purpose.government_words]`` of the file.

The old spelling (a pseudo-detector ``protected_speech`` listed under a category) still works for
one release and warns, naming the file and the replacement.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import municipal_social_policy as msp
from municipal_social_policy._validate import validate

EXAMPLES = Path(__file__).parents[2] / "examples"
MARSEILLES = EXAMPLES / "marseilles" / "ordinance.toml"

_TUNED = """
[purpose.government_words]
add = ["township", "road district"]
remove = ["tax"]
"""

_OLD = """
[[comment_policy.categories.detectors]]
id = "protected_speech"
words = ["township", "road district"]
allowed = ["tax"]
"""


def _city(tmp_path: Path, extra: str, *, after: str | None = None) -> Path:
    """Marseilles' file (no [purpose]) with ``extra`` appended, or inserted after ``after``."""
    text = MARSEILLES.read_text(encoding="utf-8")
    if after is None:
        text += extra
    else:
        at = text.index(after) + len(after)
        text = text[:at] + extra + text[at:]
    path = tmp_path / "city.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _guarded(evaluator: msp.Evaluator, text: str) -> bool:
    return bool(evaluator.evaluate(text).guards)


def test_purpose_government_words_add_and_remove_words(tmp_path: Path) -> None:
    """Added words and runs of words make a comment speech about government; removed shipped
    words no longer do. A [purpose] with no clause is allowed: the words are the city's tuning."""
    shipped = msp.Evaluator(msp.load(MARSEILLES))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tuned = msp.Evaluator(msp.load(_city(tmp_path, _TUNED)))
    assert tuned.ordinance.purpose is not None
    assert tuned.ordinance.purpose.clause is None
    for text in ("The township trustees met", "the Road District plowed late"):
        assert not _guarded(shipped, text)
        assert _guarded(tuned, text)
    assert not _guarded(tuned, "the road was plowed late")
    assert _guarded(shipped, "tax season")
    assert not _guarded(tuned, "tax season")
    # Only the guard's note changes, never a decision.
    assert tuned.evaluate("tax season").decision is msp.Decision.ALLOW


def test_the_old_spelling_works_and_warns_naming_file_and_replacement(tmp_path: Path) -> None:
    """The pseudo-detector still tunes the same words, with a DeprecationWarning that names the
    file, the path of the listing and the key that replaces it."""
    path = _city(tmp_path, _OLD, after='id = "unrelated_to_thread"\nwords = ["Marseilles"]\n')
    with pytest.warns(DeprecationWarning, match="purpose.government_words") as caught:
        old = msp.load(path)
    (message,) = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert str(path) in message
    assert "comment_policy.categories[0].detectors[1]" in message
    assert "[purpose.government_words]" in message
    new = msp.Evaluator(msp.load(_city(tmp_path, _TUNED)))
    old_evaluator = msp.Evaluator(old)
    for text in ("The township trustees met", "the Road District plowed late", "tax season"):
        assert _guarded(old_evaluator, text) == _guarded(new, text)


def test_validate_reports_the_deprecation_and_the_file_stays_valid(tmp_path: Path) -> None:
    """``msp validate`` prints the warning line before the valid line."""
    path = str(_city(tmp_path, _OLD, after='id = "unrelated_to_thread"\nwords = ["Marseilles"]\n'))
    valid, lines = validate(path)
    assert valid
    assert lines[0].startswith(f"{path}: warning: comment_policy.categories[0]")
    assert "[purpose.government_words]" in lines[0]
    assert "valid." in lines[-1]


def test_montgomery_county_names_the_county_as_government() -> None:
    """Montgomery County's file adds "county": criticism of the county is noted as protected."""
    county = msp.load("montgomery-county-oh")
    verdict = msp.evaluate(county, "The county should be ashamed of these water rates")
    assert verdict.decision is msp.Decision.ALLOW
    assert [guard.clause.id for guard in verdict.guards] == ["viewpoints"]
    assert not _guarded(
        msp.Evaluator(msp.load("kankakee")), "The county should be ashamed of these water rates"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's plan is a waste",
        "The mayor’s plan is a waste",
        "I disagree with the city council's vote",
        "@USER the township's roads are a mess",
    ],
)
def test_the_possessive_names_the_office(tmp_path: Path, text: str) -> None:
    """'the mayor's plan' speaks of the mayor: the guard reads a government word's possessive,
    with either apostrophe, of a single word, a run of words or a city's own addition."""
    evaluator = msp.Evaluator(msp.load(_city(tmp_path, _TUNED)))
    assert evaluator.evaluate(text).guards


def test_a_possessive_of_another_word_is_no_guard() -> None:
    """Only the government words gain a possessive: "the neighbour's plan" is no guard."""
    evaluator = msp.Evaluator(msp.load("kankakee"))
    assert not evaluator.evaluate("The neighbour's plan is a waste").guards
    assert not evaluator.evaluate("The neighbour’s plan is a waste").guards
