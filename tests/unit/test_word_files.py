"""Word files named in detector options are read into the ordinance by ``load(path)``."""

from __future__ import annotations

from pathlib import Path

import pytest

import municipal_social_policy as msp


def _city(tmp_path: Path, options: str) -> Path:
    text = msp.serialization.dumps(msp.load("kankakee"), format="toml")
    text = text.replace('id = "threat"\n', f'id = "threat"\noptions = {{ {options} }}\n', 1)
    path = tmp_path / "city.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_word_files_are_read_relative_to_the_ordinance_file(tmp_path: Path) -> None:
    """``allowed_file`` and ``words_file`` become the detector's words, and change verdicts."""
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "allowed.txt").write_text("# allowed\nshoot\n", encoding="utf-8")
    (tmp_path / "lists" / "words.txt").write_text("obliterate\n", encoding="utf-8")
    city = msp.load(
        _city(tmp_path, 'allowed_file = "lists/allowed.txt", words_file = "lists/words.txt"')
    )
    config = next(
        d for c in city.comment_policy.categories for d in c.detectors if d.id == "threat"
    )
    assert (config.words, config.allowed, dict(config.options)) == (("obliterate",), ("shoot",), {})
    evaluator = msp.Evaluator(city)
    assert evaluator.evaluate("I will shoot you").decision is msp.Decision.ALLOW
    assert evaluator.evaluate("I will obliterate you").decision is msp.Decision.REVIEW
    assert city.digest != msp.load("kankakee").digest


def test_a_missing_word_file_is_a_load_error_with_its_path(tmp_path: Path) -> None:
    """The error names the option's path, the file as written and where it is looked for."""
    with pytest.raises(msp.OrdinanceLoadError) as caught:
        msp.load(_city(tmp_path, 'words_file = "nowhere.txt"'))
    (problem,) = caught.value.problems
    assert problem.startswith(
        "comment_policy.categories[1].detectors[0].options.words_file: cannot read 'nowhere.txt'"
    )
    assert problem.endswith("the path is relative to the ordinance file")


def test_a_word_file_fills_a_declared_word_option(tmp_path: Path) -> None:
    """``protected_classes_file`` fills ``protected_classes`` of the slur detector."""
    text = msp.serialization.dumps(msp.load("kankakee"), format="toml").replace(
        'id = "slur"\n', 'id = "slur"\noptions = { protected_classes_file = "classes.txt" }\n'
    )
    (tmp_path / "city.toml").write_text(text, encoding="utf-8")
    (tmp_path / "classes.txt").write_text("race\nreligion\n", encoding="utf-8")
    city = msp.load(tmp_path / "city.toml")
    config = next(d for c in city.comment_policy.categories for d in c.detectors if d.id == "slur")
    assert dict(config.options) == {"protected_classes": ("race", "religion")}
    msp.Evaluator(city)
