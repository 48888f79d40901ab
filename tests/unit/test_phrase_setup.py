"""What building the phrase families keeps between groups and patterns reads as if nothing were
kept: a word's typos are read per file, and a ``<group>`` slot shared by patterns reads the
sets that stand above each of them."""

from __future__ import annotations

from municipal_social_policy.detectors.group_slot import GroupPhrase
from municipal_social_policy.detectors.phrases import Pattern, parse_phrases


def _group_slot(pattern: Pattern) -> GroupPhrase:
    phrases = [slot.phrase for slot in pattern.slots if isinstance(slot.phrase, GroupPhrase)]
    assert len(phrases) == 1, pattern.source
    return phrases[0]


def test_a_typo_known_in_one_file_is_still_read_in_another() -> None:
    """A file that names "tral" never reads it as a typo of "trial" or "trail"; a file that does
    not name it reads it as a typo of both, whichever file was built first, and every group of
    a file gives the same typos."""
    naming = parse_phrases(
        "[first]\ntrial by fire\n[second]\ntrail of tears\n[third]\ntral vessel\n",
        "naming.phrases",
    )
    plain = parse_phrases("[first]\ntrial by fire\n[second]\ntrail of tears\n", "plain.phrases")
    for file, read in ((naming, False), (plain, True), (naming, False)):
        for group in file.groups.values():
            for word in ("trial", "trail"):
                typos = group.typos_read(word)
                assert ("tral" in typos) is read, (file.name, group.name, word)
                assert "rtial" in typos or word != "trial"
        first, second = file.groups["first"], file.groups["second"]
        assert first.typos_read("trial") == second.typos_read("trial")
    ordinary = parse_phrases(
        "@ordinary = rtial\n[first]\ntrial by fire\n", "ordinary.phrases"
    ).groups["first"]
    assert "rtial" not in ordinary.typos_read("trial")  # an ordinary word is never a typo
    assert "tral" in ordinary.typos_read("trial")


def test_patterns_with_the_same_group_sets_share_their_slot_and_a_set_added_between_is_read() -> (
    None
):
    """Two ``<group>`` slots read from the same sets are one object; a set of classes defined
    between two patterns is read by the second only, as the file says."""
    file = parse_phrases(
        "@group = immigrants refugees\n"
        "@class_origin = immigrants\n"
        "[hate]\n"
        "hate <group>\n"
        "fear <group>\n"
        "@class_status = refugees\n"
        "blame <group>\n",
        "groups.phrases",
    )
    hate, fear, blame = (_group_slot(pattern) for pattern in file.groups["hate"].patterns)
    assert hate is fear
    assert hate.classes_of(("refugees",)) == frozenset()
    assert blame.classes_of(("refugees",)) == frozenset({"status"})
    assert blame.classes_of(("immigrants",)) == frozenset({"origin"})


def _matches(file_text: str, group: str, words: str) -> list[str]:
    """The sources of the patterns of ``group`` that match the sentence ``words``."""
    patterns = parse_phrases(file_text, "slots.phrases").groups[group].patterns
    return [p.source for p in patterns if list(p.find(words.split()))]


def test_a_slot_written_again_reads_its_own_gap_and_the_sets_above_it() -> None:
    """A file builds a slot it writes again once, yet each pattern reads the slot with the gap
    written before it, and a set redefined between two patterns is read as it stands above
    each (here and in another group)."""
    text = (
        "@harm = hurt burn\n"
        "@filler = really badly\n"
        "[near]\n"
        "will ~1 @harm\n"
        "would ~3 @harm\n"
        "might ~2:@filler @harm\n"
        "could @harm\n"
        "@harm = flood\n"
        "shall @harm\n"
        "[far]\n"
        "can ~3 @harm\n"
        "may ~2:@filler @harm\n"
    )
    assert _matches(text, "near", "i will hurt it") == ["will ~1 @harm"]
    assert _matches(text, "near", "i will really badly hurt it") == []
    assert _matches(text, "near", "i would really badly hurt it") == ["would ~3 @harm"]
    assert _matches(text, "near", "i might really badly burn it") == ["might ~2:@filler @harm"]
    assert _matches(text, "near", "i might not really burn it") == []
    assert _matches(text, "near", "i could burn it") == ["could @harm"]
    assert _matches(text, "near", "i shall burn it") == []
    assert _matches(text, "near", "i shall flood it") == ["shall @harm"]
    assert _matches(text, "far", "i can really badly flood it") == ["can ~3 @harm"]
    assert _matches(text, "far", "i can really badly burn it") == []
    assert _matches(text, "far", "i may badly flood it") == ["may ~2:@filler @harm"]
    assert _matches(text, "far", "i may not flood it") == []
