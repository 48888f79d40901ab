"""Detector options: declared per detector, checked when an Evaluator is built, honoured."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import attrs
import pytest

import municipal_social_policy as msp
from municipal_social_policy import testing
from municipal_social_policy.detectors import BUILTIN_DETECTORS, GUARD
from municipal_social_policy.detectors.catalogue import BUILTIN_SPECS
from municipal_social_policy.detectors.lexicon import read_table
from municipal_social_policy.detectors.registry import DetectorSpec, Option, OptionKind


def with_detector(
    ordinance: msp.Ordinance, code: str, config: msp.DetectorConfig, *, replace: str | None = None
) -> msp.Ordinance:
    """``ordinance`` with ``config`` in category ``code``, replacing detector ``replace``."""
    categories = []
    for category in ordinance.comment_policy.categories:
        if category.code == code:
            kept = tuple(d for d in category.detectors if d.id != (replace or config.id))
            category = attrs.evolve(category, detectors=(*kept, config))
        categories.append(category)
    policy = attrs.evolve(ordinance.comment_policy, categories=tuple(categories))
    return attrs.evolve(ordinance, comment_policy=policy)


def test_an_unknown_option_is_an_error_naming_its_path_the_known_options_and_the_fix(
    kankakee: msp.Ordinance,
) -> None:
    """``colour`` on the threat detector fails the build with the exact message."""
    config = msp.DetectorConfig("threat", options={"colour": "red"})
    with pytest.raises(msp.DetectorOptionError) as caught:
        msp.Evaluator(with_detector(kankakee, "threats_harassment", config))
    assert caught.value.problems == (
        "comment_policy.categories[1].detectors[2].options.colour: the detector 'threat' takes"
        " no option 'colour'; its options are patterns, besides words and allowed. Remove"
        " 'colour' or correct its name (see the detector reference)",
    )
    assert isinstance(caught.value, ValueError)


def test_an_unknown_option_lists_the_options_the_detector_takes(kankakee: msp.Ordinance) -> None:
    """A misspelt option of the slur detector names ``protected_classes``."""
    config = msp.DetectorConfig("slur", options={"protected_class": ["race"]})
    with pytest.raises(msp.DetectorOptionError) as caught:
        msp.Evaluator(with_detector(kankakee, "hate_speech", config))
    assert caught.value.problems == (
        "comment_policy.categories[3].detectors[1].options.protected_class: the detector 'slur'"
        " takes no option 'protected_class'; its options are protected_classes, class_<name>,"
        " besides words and allowed. Remove 'protected_class' or correct its name (see the detector"
        " reference)",
    )


def test_a_value_of_the_wrong_type_or_outside_the_choices_is_an_error(
    kankakee: msp.Ordinance,
) -> None:
    """A string where a list is due, and a class no list knows, are both reported."""
    wrong = msp.DetectorConfig("slur", options={"protected_classes": "race"})
    unknown = msp.DetectorConfig("group_hate", options={"protected_classes": ["colour"]})
    ordinance = with_detector(with_detector(kankakee, "hate_speech", wrong), "hate_speech", unknown)
    with pytest.raises(msp.DetectorOptionError) as caught:
        msp.Evaluator(ordinance)
    assert caught.value.problems[0] == (
        "comment_policy.categories[3].detectors[0].options.protected_classes: expected a list of"
        " strings, got 'race'"
    )
    # A class neither built in nor given words by a class_<name> option: the detector refuses
    # to be built, naming the value, the built-in classes and how to define a class.
    with pytest.raises(msp.DetectorOptionError) as caught:
        msp.Evaluator(with_detector(kankakee, "hate_speech", unknown))
    (problem,) = caught.value.problems
    assert problem.startswith("options.protected_classes: 'colour' is not a built-in class")
    assert "class_colour = [" in problem
    assert "age, color, creed," in problem


def test_a_word_file_outside_a_loaded_file_is_an_error_with_the_fix(
    kankakee: msp.Ordinance,
) -> None:
    """``words_file`` needs ``load(path)``: built from data, the ordinance has no folder."""
    config = msp.DetectorConfig("threat", options={"words_file": "threats.txt"})
    with pytest.raises(msp.DetectorOptionError) as caught:
        msp.Evaluator(with_detector(kankakee, "threats_harassment", config))
    assert caught.value.problems == (
        "comment_policy.categories[1].detectors[2].options.words_file: a word file is read by"
        " municipal_social_policy.load() from the ordinance file's folder, and this ordinance"
        " was not loaded from a file; load it with load(path), or give the words inline as"
        " 'words'",
    )


def test_options_round_trip_through_toml_and_leave_the_digest_alone_when_empty(
    kankakee: msp.Ordinance,
) -> None:
    """Options survive dumps/loads; an ordinance without options keeps its digest."""
    config = msp.DetectorConfig("slur", options={"protected_classes": ["race", "religion"]})
    ordinance = with_detector(kankakee, "hate_speech", config)
    again = msp.serialization.loads(msp.serialization.dumps(ordinance, format="toml"))
    assert again == ordinance
    assert ordinance.digest != kankakee.digest
    assert "options" not in msp.serialization.dumps(kankakee, format="json")


def test_every_builtin_detector_is_declared_with_a_summary() -> None:
    """The registry declares each built-in id once, with what it detects."""
    assert set(BUILTIN_DETECTORS) | {GUARD.id} == set(BUILTIN_SPECS)
    for detector_id, spec in BUILTIN_SPECS.items():
        assert isinstance(spec, DetectorSpec)
        assert spec.id == detector_id
        assert spec.summary.endswith(".")


@pytest.mark.parametrize(
    "detector_id", sorted(i for i, s in BUILTIN_SPECS.items() if s.words is None and s is not GUARD)
)
def test_every_detector_without_its_own_words_signals_the_words_a_city_adds(
    detector_id: str,
) -> None:
    """``words`` is never ignored: a city's word is judgment evidence where it occurs."""
    detector = testing.build(detector_id, words=["zorblax"])
    comment = msp.Comment(
        text="we saw a Zorblax", author=msp.Author(role=msp.Role.PERSONNEL, display_name="x")
    )
    assert "Zorblax" in testing.evidence(detector, comment)
    testing.assert_trigger_sound(detector, "we saw a Zorblax")
    testing.assert_trigger_sound(detector, "we saw nothing")


def test_the_threat_detector_lets_an_allowed_word_through(kankakee: msp.Ordinance) -> None:
    """``allowed = ["shoot"]`` on ``threat`` changes the verdict; other threats still count."""
    config = msp.DetectorConfig("threat", allowed=("shoot",))
    evaluator = msp.Evaluator(with_detector(kankakee, "threats_harassment", config))
    assert msp.evaluate(kankakee, "I will shoot you").decision is msp.Decision.REVIEW
    assert evaluator.evaluate("I will shoot you").decision is msp.Decision.ALLOW
    assert evaluator.evaluate("I will sh00t you").decision is msp.Decision.ALLOW
    assert evaluator.evaluate("I will stab you").decision is msp.Decision.REVIEW


def test_the_threat_detector_signals_a_word_a_city_adds(kankakee: msp.Ordinance) -> None:
    """``words = ["obliterate"]`` makes the word threat evidence, citing V.2.2."""
    config = msp.DetectorConfig("threat", words=("obliterate",))
    verdict = msp.Evaluator(with_detector(kankakee, "threats_harassment", config)).evaluate(
        "I shall 0bliterate the garden gnome"
    )
    assert [e.text for e in testing.evidence_of(verdict, "threat")] == ["0bliterate"]
    assert verdict.findings[0].clause.id == "V.2.2"


def _slur_of(classes: str) -> str:
    return next(term for term, listed in read_table("slurs.tsv") if listed == classes)


def test_protected_classes_limit_the_slurs_read(kankakee: msp.Ordinance) -> None:
    """A slur of a class the ordinance does not list is not read as one."""
    slur = _slur_of("race,color")
    text = f"you are a {slur}"
    assert testing.evidence(testing.build("slur"), text)
    assert not testing.evidence(testing.build("slur", options={"protected_classes": ["age"]}), text)
    config = msp.DetectorConfig("slur", options={"protected_classes": ["age"]})
    verdict = msp.Evaluator(with_detector(kankakee, "hate_speech", config)).evaluate(text)
    assert "slur" not in {e.detector for e in testing.evidence_of(verdict)}


def test_protected_classes_limit_the_groups_group_hate_reads() -> None:
    """Hate aimed at immigrants is read under national origin, not when only age is listed."""
    text = "All immigrants are vermin"
    assert testing.evidence(testing.build("group_hate"), text)
    limited = testing.build("group_hate", options={"protected_classes": ["age"]})
    assert not testing.evidence(limited, text)
    kept = testing.build("group_hate", options={"protected_classes": ["national_origin"]})
    assert testing.evidence(kept, text)


def test_the_guard_takes_a_citys_government_words(kankakee: msp.Ordinance) -> None:
    """Listed as ``protected_speech``, the guard adds and removes words; it finds nothing."""
    guard = msp.DetectorConfig("protected_speech", words=("township", "road district"))
    tuned = with_detector(kankakee, "off_topic", guard)
    evaluator = msp.Evaluator(tuned)
    assert not msp.evaluate(kankakee, "The township trustees met").guards
    assert evaluator.evaluate("The township trustees met").guards[0].code == "protected_speech"
    assert evaluator.evaluate("the Road District plowed late").guards
    assert not evaluator.evaluate("the road was plowed late").guards
    allowed = with_detector(
        kankakee, "off_topic", msp.DetectorConfig("protected_speech", allowed=("tax",))
    )
    assert not msp.Evaluator(allowed).evaluate("tax season").guards
    assert msp.evaluate(kankakee, "tax season").guards


def test_a_detector_registered_under_the_entry_point_group_is_found(
    kankakee: msp.Ordinance, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installed package's detector is built by id, with its declared options checked."""
    (tmp_path / "shout_detector.py").write_text(
        textwrap.dedent(
            """
            import municipal_social_policy as msp

            def build(config):
                def shout(text, comment):
                    if comment.text.isupper() and len(comment.text) > 3:
                        yield msp.Signal(config.id, 0, len(comment.text), msp.Strength.JUDGMENT)
                return shout

            SPEC = msp.DetectorSpec(
                "shouting",
                build,
                "A comment in capitals.",
                options=(msp.Option("level", msp.OptionKind.NUMBER, "How loud."),),
            )
            """
        )
    )
    info = tmp_path / "shout_detector-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: shout-detector\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[municipal_social_policy.detectors]\nshouting = shout_detector:SPEC\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    config = msp.DetectorConfig("shouting", options={"level": 3})
    verdict = msp.Evaluator(with_detector(kankakee, "off_topic", config)).evaluate("STOP IT NOW")
    assert [e.detector for e in testing.evidence_of(verdict)] == ["shouting"]
    wrong = msp.DetectorConfig("shouting", options={"level": "loud"})
    with pytest.raises(msp.DetectorOptionError, match=r"options\.level: expected a whole number"):
        msp.Evaluator(with_detector(kankakee, "off_topic", wrong))
    sys.modules.pop("shout_detector", None)


def test_an_option_declaration_checks_each_kind() -> None:
    """Text, number and switch options accept their type only."""
    assert Option("a", OptionKind.TEXT, "").problem("x") is None
    assert Option("a", OptionKind.NUMBER, "").problem(True) == "expected a whole number, got True"
    assert Option("a", OptionKind.SWITCH, "").problem(1) == "expected true or false, got 1"


def test_a_display_name_with_an_allowed_word_claims_nothing() -> None:
    """``allowed`` on ``official_display_name`` adds words that make a name no claim."""
    comment = msp.Comment(text="hello", author=msp.Author(display_name="Kankakee Police Boosters"))
    plain = testing.build("official_display_name", words=["Kankakee"])
    assert testing.signals(plain, comment)
    tuned = testing.build("official_display_name", words=["Kankakee"], allowed=["Boosters"])
    assert not testing.signals(tuned, comment)
