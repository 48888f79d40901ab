"""Unit tests for imports of set files in the pattern language (:mod:`.detectors.phrases`):
``sets: FILE`` adds the file's sets to the importing file's own, ``sets: FILE as NAME`` keeps
them apart as ``NAME.set``, and the typed slot ``<NAME.kind>`` reads them, so an import's
``person`` never mixes with the file's own ``person``."""

from __future__ import annotations

import pytest

from municipal_social_policy.detectors.phrases import PhraseFile, parse_phrases, read_phrases
from municipal_social_policy.reading import read
from municipal_social_policy.text import normalize

_SOURCE = """
@person = clerk referee
@determiners = the those all
{sets}
[g]
hurt <person>
[p]
@person
[h]
hurt <groups.group>
"""


def parsed(sets: str) -> PhraseFile:
    """A file whose own ``person`` set is two threat targets, importing the protected groups."""
    return parse_phrases(_SOURCE.format(sets=sets), "t.phrases")


def matches(file: PhraseFile, group: str, text: str) -> list[str]:
    """The words of each match of ``group`` in ``text``."""
    found = []
    for _tokens, words, ranges in file.groups[group].sentences(read(normalize(text))):
        found += [" ".join(words[first : last + 1]) for first, last in ranges]
    return found


def test_an_import_as_a_name_keeps_its_sets_apart() -> None:
    """``protected_groups.tsv as groups`` gives ``groups.person`` and leaves the file's own
    ``person`` as the file wrote it."""
    file = parsed("sets: protected_groups.tsv as groups")
    assert file.sets["person"] == frozenset({"clerk", "referee"})
    assert "people" in file.sets["groups.person"]
    assert "immigrants" in file.sets["groups.group"]
    assert "group" not in file.sets


def test_an_import_without_a_name_adds_to_the_files_own_sets() -> None:
    """Without ``as``, a set of the same name holds the words of both (a file adds head nouns to
    ``person`` on purpose): the collision that ``as`` avoids."""
    file = parse_phrases(
        _SOURCE.format(sets="sets: protected_groups.tsv").replace("<groups.group>", "<group>"),
        "t.phrases",
    )
    assert {"clerk", "people"} <= file.sets["person"]


@pytest.mark.parametrize(
    ("group", "text", "expected"),
    [
        ("g", "I will hurt the clerk", ["hurt the clerk"]),
        ("g", "I will hurt gay people", []),
        ("p", "the people came", []),
        ("p", "the clerk came", ["clerk"]),
        ("h", "I will hurt gay people", ["hurt gay people"]),
        ("h", "I will hurt all those immigrants", ["hurt all those immigrants"]),
        ("h", "I will hurt the clerk", []),
        ("h", "I will hurt the people", []),
    ],
)
def test_the_slots_read_their_own_sets(group: str, text: str, expected: list[str]) -> None:
    """``<person>`` reads only the file's targets; ``<groups.group>`` reads the import's names
    and its person nouns ("gay people"), with the file's determiners, never the file's
    ``person`` ("the clerk" names no group)."""
    assert matches(parsed("sets: protected_groups.tsv as groups"), group, text) == expected


@pytest.mark.parametrize(
    ("sets", "message"),
    [
        ("sets: protected_groups.tsv as", r"t.phrases:4: 'sets: protected_groups.tsv as NAME'"),
        ("sets: protected_groups.tsv as a.b", r"needs a NAME of letters, digits and '_'"),
        ("sets: as groups", r"t.phrases:4: 'as' follows a file"),
    ],
)
def test_a_bad_import_is_an_error_naming_the_place(sets: str, message: str) -> None:
    """An ``as`` without a name, a dotted name or no file fails to load, naming the line."""
    with pytest.raises(ValueError, match=message):
        parsed(sets)


def test_a_slot_of_an_unknown_namespace_is_an_error() -> None:
    """``<other.group>`` with no import ``as other`` names no set: a load error."""
    with pytest.raises(ValueError, match=r"t.phrases:\d+: a typed slot <kind> names a set"):
        parse_phrases(_SOURCE.format(sets="").replace("groups.group", "other.group"), "t.phrases")


def test_a_city_pattern_reads_an_import_by_its_name() -> None:
    """A city's extra patterns are read with the file's sets, imports under a name included:
    ``<groups.group>`` in a city's ``patterns`` compiles and matches a group, not a target."""
    file = read_phrases("threats.phrases")
    group = file.extended("threat", ["banish <groups.group>"])
    found = [
        " ".join(words[first : last + 1])
        for text in ("banish all immigrants", "banish the clerk")
        for _tokens, words, ranges in group.sentences(read(normalize(text)))
        for first, last in ranges
    ]
    assert found == ["banish all immigrants"]
