"""Property tests for the ``<group>`` typed slot of the pattern language.

The slot names a protected group however it is written: every name of the protected-group table
is found plain, after "all", "those", "all of those" or "you", spaced or disguised, and run
together with a short word ("allmuslims"); and it knows the class it names. A sentence in which
no word reads as a group's name, modifier or member never matches.
"""

from __future__ import annotations

from functools import cache

from hypothesis import assume, given
from hypothesis import strategies as st

from municipal_social_policy import strategies as mst
from municipal_social_policy.detectors.group_slot import GroupPhrase
from municipal_social_policy.detectors.hate_speech import HateReader
from municipal_social_policy.detectors.lexicon import read_table
from municipal_social_policy.detectors.phrases import PhraseGroup, parse_phrases
from municipal_social_policy.reading import canonical, read
from municipal_social_policy.text import normalize


@cache
def named() -> PhraseGroup:
    """The group [named] of hate.phrases, for every built-in protected class."""
    group = HateReader.build(slurs=frozenset()).named
    assert group is not None
    return group


def slot() -> GroupPhrase:
    """The ``<group>`` slot of [named]."""
    phrase = named().patterns[0].slots[0].phrase
    assert isinstance(phrase, GroupPhrase)
    return phrase


def found(text: str) -> list[tuple[str, ...]]:
    """The words of every match of ``<group>`` in ``text``."""
    return [
        words[first : last + 1]
        for _tokens, words, ranges in named().sentences(read(normalize(text)))
        for first, last in ranges
    ]


def _rows(kind: str) -> list[tuple[str, str]]:
    return sorted(
        (" ".join(canonical(term)), classes)
        for term, row_kind, classes in read_table("protected_groups.tsv")
        if row_kind == kind
    )


_GROUPS = _rows("group")
_ONE_WORD = [(name, classes) for name, classes in _GROUPS if name.isalpha() and len(name) > 3]


@given(
    row=st.sampled_from(_GROUPS),
    before=st.sampled_from(["", "all ", "those ", "all of those ", "you ", "most of the "]),
)
def test_every_group_name_is_found_with_its_classes(row: tuple[str, str], before: str) -> None:
    """A group's name, after a determiner, a quantifier or "you", is a match of the slot, and
    the slot names the classes the table gives it."""
    name, classes = row
    matches = found(f"They said {before}{name} were here.")
    assert matches, name
    (words,) = matches
    written = [w for s in read(normalize(name)).sentences for t in s for w in named().words(t)]
    assert list(words[-len(written) :]) == written
    assert set(classes.split(",")) <= slot().classes_of(words)


@given(row=st.sampled_from(_ONE_WORD), data=st.data())
def test_a_group_name_spaced_or_disguised_is_found(
    row: tuple[str, str], data: st.DataObject
) -> None:
    """The reading undoes spacing and disguises before the slot reads the words."""
    name, _ = row
    kinds = ("case", "homoglyphs", "zero_width", "fullwidth", "separators")
    disguised = data.draw(mst.obfuscations(name, kinds=kinds))
    assert found(f"I saw {disguised} today"), disguised


@given(row=st.sampled_from(_ONE_WORD), short=st.sampled_from(["all", "you", "those"]))
def test_a_group_name_run_together_is_found(row: tuple[str, str], short: str) -> None:
    """ "allmuslims", "youimmigrants": a short word run on with a group's name."""
    name, _ = row
    assume(len(short + name) > 4)
    assert any(words[-1] == name for words in found(f"and {short}{name} again")), short + name


@given(
    modifier=st.sampled_from([name for name, _ in _rows("modifier")]),
    person=st.sampled_from(["people", "men", "women", "folks", "kids"]),
)
def test_a_modifier_before_a_person_noun_names_a_group(modifier: str, person: str) -> None:
    """ "gay people", "black women": a modifier and a person noun."""
    assert found(f"Those {modifier} {person} came.")


@given(member=st.sampled_from([name for name, _ in _rows("member")]))
def test_a_member_counts_only_when_generic(member: str) -> None:
    """ "every immigrant", "a woman" stand for the group; "my neighbour the woman" does not."""
    assert found(f"Every {member} knows it.")
    assume(not any(member in (n, f"{n}s") for n, _ in _GROUPS))
    assert not [w for w in found(f"my {member} knows it") if w[-1] == member]


@given(text=st.text(alphabet="abcdefghijklmnopqrstuvwxyz .,!", max_size=60))
def test_a_sentence_without_a_group_never_matches(text: str) -> None:
    """No word reads as a group's name, modifier or member: no match."""
    heads = slot().members | set(slot().modifiers) | set(slot().groups)
    group = named()
    for sentence in read(normalize(text)).sentences:
        words = [word for token in sentence for word in group.words(token)]
        assume(heads.isdisjoint(words))
    assert not found(text)


def test_a_file_without_classes_still_names_groups() -> None:
    """The slot reads its words from the file's sets; classes are given by a detector."""
    file = parse_phrases(
        "@group = migrants asylum_seekers\n@class_origin = migrants\n[g]\n<group> are\n", "t"
    )
    (pattern,) = file.groups["g"].patterns
    assert list(pattern.find(["the", "asylum", "seekers", "are"])) == [(1, 3)]
    assert list(pattern.find(["the", "budget", "is"])) == []
    phrase = pattern.slots[0].phrase
    assert isinstance(phrase, GroupPhrase)
    assert phrase.classes_of(["migrants"]) == {"origin"}
    assert phrase.classes_of(["asylum", "seekers"]) == frozenset()
