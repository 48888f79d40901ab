"""Unit tests for what may *not* stand around a match in the pattern language
(:mod:`.detectors.phrases`, issue 9): a gap that holds none of some words (``~N:!a|@name``), a
``!`` slot that bars a run whole (``!in_jail``), a pattern's own checks (``+notice``), and the
checks ``hypothetical`` and ``notice`` of :mod:`.detectors.checks`."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from municipal_social_policy.detectors.phrases import PhraseDetector, parse_phrases
from municipal_social_policy.reading import read
from municipal_social_policy.text import normalize

_SETS = """
@wish = hope wish
@harmed = shot killed
@markers = a an the your
@death = die rot
@prison = in_jail in_prison
@reporting = said wrote say
@hypothetical = if suppose
@complementizers = that
@first = i we
@anyone = someone somebody
@subject = you he she they
@notice = edits editing blocked banned policy
@past = retired former
"""


def matches(source: str, text: str) -> list[str]:
    """The words of each match of the group [g] of ``source`` (with the sets above) in ``text``,
    before any check."""
    group = parse_phrases(_SETS + "[g]\n" + source, "test.phrases").groups["g"]
    found = []
    for _tokens, words, ranges in group.sentences(read(normalize(text))):
        found += [" ".join(words[first : last + 1]) for first, last in ranges]
    return found


def signals(source: str, text: str) -> list[str]:
    """What a detector of the group [g] of ``source`` signals in ``text``, checks applied."""
    detector = PhraseDetector.of("test", parse_phrases(_SETS + source, "test.phrases"), "g")
    found = detector(normalize(text), msp.Comment(text=text))
    return [text[signal.start : signal.end] for signal in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I hope you get shot.", ["hope you get shot"]),
        ("I hope you all get shot.", ["hope you all get shot"]),
        ("I hope you get the flu shot.", []),
        ("I hope you get your booster shot.", []),
        ("I hope they catch the scum that killed him.", []),
        ("I hope you get a shot at the title.", []),
    ],
)
def test_a_gap_holds_none_of_the_words_it_bars(text: str, expected: list[str]) -> None:
    """``~N:!@name`` is up to N words, none of them a word of ``name``, however far back in the
    gap it stands: an article before "shot" makes it a noun."""
    assert matches("@wish ~1 you|they ~3:!@markers @harmed", text) == expected


def test_a_gap_may_bar_words_and_sets_together() -> None:
    """The barred words are alternatives, words and sets alike; a gap that allows only some words
    (``~N:@name``) still reads as before."""
    source = "@wish ~1 you ~3:!the|flu @harmed"
    assert matches(source, "hope you get flu shot") == []
    assert matches(source, "hope you get shot") == ["hope you get shot"]
    assert matches(source, "hope you get a shot") == ["hope you get a shot"]
    assert matches("@wish ~1 you ~2:@markers @harmed", "hope you the shot") == ["hope you the shot"]
    assert matches("@wish ~1 you ~2:@markers @harmed", "hope you get shot") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I am a cop", ["i am a cop"]),
        ("I am a police cop", ["i am a police cop"]),
        ("I am a city cop", ["i am a city cop"]),
        ("I am a city police cop", ["i am a city police cop"]),
        ("I am a retired cop", []),
        ("I am a retired police cop", []),
        ("I am a city retired cop", []),
    ],
)
def test_a_skipped_optional_slot_keeps_the_bars_of_its_gap(text: str, expected: list[str]) -> None:
    """The gap before an optional slot bars its words whether the slot is read or skipped: its
    words then stand before the next slot, and still may not be barred ones (issue 9: "I'm a
    retired cop" was read by ``~1:!@retired police? cop`` once "police" was absent)."""
    source = "@first am a ~1:!@past police? ~1:!@past cop"
    assert matches(source, text) == expected


def test_a_skipped_optional_slot_keeps_the_words_its_gap_allows() -> None:
    """A gap that allows only some words (``~N:@name``) allows only those when its slot is
    skipped, and the gap after it is read as its own: up to its words, after the skipped ones."""
    source = "you ~1:@markers shot? ~2 @harmed"
    assert matches(source, "you the killed") == ["you the killed"]
    assert matches(source, "you the very much killed") == ["you the very much killed"]
    assert matches(source, "you big very much killed") == []
    assert matches(source, "you big killed") == ["you big killed"]  # the second gap's word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I hope you rot.", ["hope you rot"]),
        ("I hope you rot in hell.", ["hope you rot"]),
        ("I hope you rot in jail.", []),
        ("I hope you rot in prison.", []),
        ("I hope you die in jail.", ["hope you die"]),
    ],
)
def test_a_negative_slot_bars_a_run_whole(text: str, expected: list[str]) -> None:
    """``!in_jail`` bars "in jail", not every "in": "rot in hell" is read, "rot in jail" is not;
    and the bar follows only the words it is written after."""
    assert matches("@wish ~1 you rot !@prison\n@wish ~1 you die", text) == expected


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("you ~2 !the @harmed", "a gap goes before a slot that takes a word, not before a '!'"),
        ("you @harmed ~2", "a gap goes before a slot, not at the end"),
        ("you ~2:!@nowhere @harmed", "a gap's words are words or sets defined above"),
        ("you ~2:! @harmed", "a gap's words are words or sets defined above"),
        ("you @harmed +nowhere", r"no check '\+nowhere'"),
        ("you @harmed +notice now", r"a pattern's own checks \(\+name\) end it"),
    ],
)
def test_what_a_pattern_cannot_mean_is_a_load_error(source: str, message: str) -> None:
    """A gap before a ``!`` slot (which takes no word) or at the end would be dropped silently, a
    gap's words must be known, and a pattern's own checks exist and end the line."""
    with pytest.raises(ValueError, match=message):
        parse_phrases(_SETS + "[g]\n" + source, "test.phrases")


def test_a_pattern_check_needs_the_sets_it_reads() -> None:
    """``+notice`` reads the set ``notice``: a file without it does not load."""
    with pytest.raises(ValueError, match=r"the check '\+notice' reads the sets \['notice'\]"):
        parse_phrases("[g]\nyou been warned +notice", "test.phrases")


def test_the_check_antecedent_needs_the_plans_it_reads() -> None:
    """``antecedent`` counts a word of ``plans`` as no person ("that idea should be shot"): a
    file that names the check without the set does not load, as for every set a check reads."""
    sets = "@antecedent_pronouns = them\n@nonhuman = cats\n@person = people\n@copulas = are\n"
    sets += "@addressee = you\n"
    with pytest.raises(ValueError, match=r"the check 'antecedent' reads the sets \['plans'\]"):
        parse_phrases(sets + "[g]\nchecks: antecedent\nkill them", "test.phrases")
    parse_phrases(sets + "@plans = idea\n[g]\nchecks: antecedent\nkill them", "test.phrases")


_WARNED = """
[g]
you ~2 been warned $ +notice
@wish ~1 you ~3 @harmed
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You have been warned.", ["You have been warned"]),
        ("Stay away from my daughter. You've been warned.", ["You've been warned"]),
        ("Please stop your edits. You have been warned.", []),
        ("You have been warned. Next time you will be blocked.", []),
        (
            "One. Two. Three. Stop editing. Four. Five. You have been warned.",
            ["You have been warned"],
        ),
        ("You have been warned about this before.", []),
    ],
)
def test_a_pattern_check_applies_to_its_pattern_only(text: str, expected: list[str]) -> None:
    """The check ``notice`` drops a warning in a notice about rules or their enforcement (a word
    of the set ``notice`` in the match's sentence, the two before it or the one after), and only
    for the pattern that names it."""
    assert signals(_WARNED, text) == expected
    assert signals(_WARNED, "Stop editing. I hope you get shot.") == ["hope you get shot"]


_MENTIONS = """
[g]
checks: hypothetical
i ~4 will|am ~3 kill ~1 him|you
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If I said 'I'm going to kill him', would that be a threat?", []),
        ("If I said I'm going to kill him, would that be a threat?", []),
        ("What if someone wrote I will kill you?", []),
        ("Suppose I wrote that I will kill you.", []),
        ("If you show up again, I will kill you.", ["I will kill you"]),
        ("If I say it again, I will kill you.", ["I say it again, I will kill you"]),
        ("If you say I'm wrong, I will kill you.", ["I'm wrong, I will kill you"]),
        ("I said I will kill you.", ["I said I will kill you"]),
    ],
)
def test_words_imagined_being_said_are_a_mention(text: str, expected: list[str]) -> None:
    """The check ``hypothetical``: a hypothetical word, a speaker (the writer or someone), and a
    reporting verb followed by the words it reports (quoted, or opening a clause). A condition
    with no report, a report of no clause ("say it again") and the addressee's words keep the
    threat the writer's own."""
    assert signals(_MENTIONS, text) == expected
