"""The phrase engine's gates skip only what no pattern could match (:mod:`.detectors.phrases`).

A sentence is read word by word only when one of its tokens has a form or a spelled-out word
that is a group's anchor or a typo of one; these properties compare what a group finds with a
reference that reads every sentence.
"""

from __future__ import annotations

from importlib import resources

import hypothesis.strategies as st
from hypothesis import given, settings

import municipal_social_policy.strategies as mst
from municipal_social_policy.detectors.phrases import (
    Pattern,
    PhraseDetector,
    PhraseGroup,
    masked_forms,
    read_phrases,
)
from municipal_social_policy.reading import CONTRACTIONS, Reading, Token, quick_forms, read
from municipal_social_policy.text import normalize

_FILES = sorted(
    entry.name
    for entry in resources.files("municipal_social_policy.detectors").iterdir()
    if entry.name.endswith(".phrases")
)
_GROUPS = [(file, name) for file in _FILES for name in read_phrases(file).groups]


def _detectable(file: str, name: str) -> bool:
    """Whether a :class:`PhraseDetector` reads the group: the hate detectors read some groups of
    ``hate.phrases`` word by word themselves, with anchors a detector would refuse."""
    try:
        PhraseDetector("gate", read_phrases(file).groups[name], {})
    except ValueError:
        return False
    return True


_DETECTED = [(file, name) for file, name in _GROUPS if _detectable(file, name)]


def _words(group: PhraseGroup) -> list[str]:
    """Words a pattern of ``group`` reads, their typos, and the contractions that spell out one
    of its anchors."""
    words = sorted(
        word for pattern in group.patterns for slot in pattern.slots for word in slot.words
    )
    spelled = sorted(form for form, out in CONTRACTIONS.items() if group.anchors.intersection(out))
    return words + sorted(group.typos) + spelled


_Found = list[tuple[tuple[str, ...], list[tuple[int, int]]]]


def _reference(group: PhraseGroup, reading: Reading) -> _Found:
    """What :meth:`PhraseGroup.sentences` finds, with every sentence read word by word."""
    found: _Found = []
    for sentence in reading.sentences:
        tokens: list[Token] = []
        words: list[str] = []
        for token in sentence:
            for word in group.words(token):
                tokens.append(token)
                words.append(word)
        ranges = [match for pattern in group.patterns for match in pattern.find(words, tokens)]
        if ranges:
            found.append((tuple(words), ranges))
    return found


@st.composite
def _instance(draw: st.DrawFn, group: PhraseGroup) -> list[str]:
    """The words of one of the group's patterns, one alternative per slot, some skipped."""
    pattern = draw(st.sampled_from(group.patterns))
    words: list[str] = []
    for slot in pattern.slots:
        if slot.negative or (slot.optional and draw(st.booleans())):
            continue
        if slot.kind:
            words.append("42" if slot.kind == "number" else "thing")
        else:
            words.extend(draw(st.sampled_from(sorted(slot.words))).split("_"))
    return words


def _disguised(word: str) -> st.SearchStrategy[str]:
    """``word`` as written, with a contracted ending, a typo, in capitals, or with a letter
    hidden ("k*ll")."""
    typo = word[1] + word[0] + word[2:] if len(word) > 4 else word
    masked = word[0] + "*" + word[2:] if len(word) > 2 else word
    return st.sampled_from([word, word, word + "'s", word + "'ll", typo, word.upper(), masked])


@st.composite
def _cases(draw: st.DrawFn, groups: list[tuple[str, str]] = _GROUPS) -> tuple[PhraseGroup, str]:
    file, name = draw(st.sampled_from(groups))
    group = read_phrases(file).groups[name]
    vocabulary = st.sampled_from(_words(group)) | st.text(max_size=6)
    words = draw(st.lists(vocabulary, max_size=6))
    words[draw(st.integers(0, len(words))) : 0] = draw(_instance(group))
    gaps = st.sampled_from([" ", " ", " ", ", ", ". ", "! ", "\n"])
    text = "".join(draw(_disguised(word.replace("_", " "))) + draw(gaps) for word in words)
    return group, draw(st.just(text) | mst.obfuscations(text))


@settings(max_examples=300)
@given(case=_cases())
def test_a_group_finds_what_reading_every_sentence_finds(case: tuple[PhraseGroup, str]) -> None:
    """Skipping the sentences without an anchor's form loses no match of any shipped group."""
    group, text = case
    reading = read(normalize(text))
    found = [(words, ranges) for _, words, ranges in group.sentences(reading)]
    assert found == _reference(group, reading)


@st.composite
def _anchored_words(draw: st.DrawFn) -> tuple[PhraseGroup, str, frozenset[str]]:
    """A group, one of its anchor words, and words a sentence with it may read: words of the
    group's patterns and any others."""
    file, name = draw(st.sampled_from(_GROUPS))
    group = read_phrases(file).groups[name]
    anchor = draw(st.sampled_from(sorted(group.anchors)))
    words = draw(st.lists(st.sampled_from(_words(group)) | st.text(max_size=4), max_size=12))
    return group, anchor, frozenset([anchor, *words])


@settings(max_examples=300)
@given(case=_anchored_words())
def test_an_anchor_s_candidates_hold_every_pattern_whose_slots_are_read(
    case: tuple[PhraseGroup, str, frozenset[str]],
) -> None:
    """The patterns of an anchor that a sentence's words are tested against, found by the words
    of one other slot each, are in order and hold every one of them that has a word of each
    slot it needs among the words (the test a sentence's patterns pass before they are tried)."""
    group, anchor, distinct = case
    candidates = list(group._candidates(anchor, distinct))
    assert candidates == sorted(set(candidates))
    passing = [
        p
        for p in group._by_anchor[anchor]
        if not any(map(distinct.isdisjoint, group.patterns[p].needs))
    ]
    assert set(passing) <= set(candidates) <= set(group._by_anchor[anchor])


@settings(max_examples=200)
@given(case=_anchored_words())
def test_the_patterns_anchored_by_words_are_those_whose_anchor_holds_one(
    case: tuple[PhraseGroup, str, frozenset[str]],
) -> None:
    """The patterns a gate tries for some words (each maybe more than once) are exactly those
    whose anchor holds one of the words: no other pattern can have a word of each slot."""
    group, _, words = case
    expected = {
        p for p, pattern in enumerate(group.patterns) if not pattern.anchor.isdisjoint(words)
    }
    assert set(group.anchored(words)) == expected


@settings(max_examples=300)
@given(case=_cases(_DETECTED))
def test_a_detector_admits_what_its_patterns_need(case: tuple[PhraseGroup, str]) -> None:
    """A detector reads a text exactly when some pattern has a quick form of each required slot
    (each distinct set of forms is tested once; a masked form counts as the word it stands for),
    and always when a pattern matches."""
    group, text = case
    detector = PhraseDetector("gate", group, {})
    normalized = normalize(text)
    unmasked = {group.spelling.unmasked(form) for form in masked_forms(normalized)}
    forms = quick_forms(normalized) | (unmasked - {None})
    expected = not detector.group.quick_words().isdisjoint(forms) and any(
        all(not need.isdisjoint(forms) for need in slots) for slots in group.needs()
    )
    assert detector.admits(normalized) is expected
    if any(group.sentences(read(normalized))):
        assert detector.admits(normalized)


def _find_everywhere(
    pattern: Pattern, words: list[str], tokens: list[Token]
) -> list[tuple[int, int]]:
    """:meth:`Pattern.find` trying every word as a match's start."""
    found: list[tuple[int, int]] = []
    after = -1
    for i in range(len(words)):
        if i <= after:
            continue
        last = pattern.match_at(words, tokens, i)
        if last is not None:
            found.append((i, last))
            after = last
    return found


# The shipped patterns that do not open with a required slot of words: their starts are
# counted back from a later slot (or are every word).
_LED = [
    (file, name, i)
    for file, name in _GROUPS
    for i, pattern in enumerate(read_phrases(file).groups[name].patterns)
    if not (pattern.slots[0].required and not pattern.slots[0].kind and not pattern.at_start)
    and pattern.slots[0].phrase is None
]
# Those whose first slot of words may stand more than one way after the match's start.
_SPREAD = [
    (file, name, i)
    for file, name, i in _LED
    if any(
        slot.gap or (slot.optional and not slot.negative)
        for slot in read_phrases(file).groups[name].patterns[i].slots[:-1]
    )
]


@st.composite
def _gapped(draw: st.DrawFn) -> tuple[PhraseGroup, Pattern, str]:
    """A pattern of :data:`_LED` written out with words in its gaps, among other words."""
    file, name, index = draw(st.sampled_from(_SPREAD) | st.sampled_from(_LED))
    group = read_phrases(file).groups[name]
    pattern = group.patterns[index]
    filler = st.sampled_from(["thing", "the", "very", "now"])
    words = draw(st.lists(st.sampled_from(_words(group)) | filler, max_size=4))
    for slot in pattern.slots:
        if slot.kind == "mark" and words:
            words[-1] += ","
        if slot.negative or slot.kind == "mark" or (slot.optional and draw(st.booleans())):
            continue
        gap = filler if slot.filler is None else st.sampled_from(sorted(slot.filler))
        words += draw(st.lists(gap, max_size=slot.gap))
        if slot.kind:
            words.append("42" if slot.kind == "number" else "thing")
        else:
            words.extend(draw(st.sampled_from(sorted(slot.words))).split("_"))
    words += draw(st.lists(st.sampled_from(_words(group)) | filler, max_size=4))
    return group, pattern, " ".join(words)


@settings(max_examples=500)
@given(case=_gapped())
def test_a_pattern_starts_wherever_a_match_may_start(
    case: tuple[PhraseGroup, Pattern, str],
) -> None:
    """Trying a pattern only where its first slot of words may stand, counted back over the
    slots before it (``!``, ``<mark>``, ``<word>``, optional words, with their gaps), loses no
    match."""
    group, pattern, text = case
    for sentence in read(normalize(text)).sentences:
        tokens = [token for token in sentence for _ in group.words(token)]
        words = [word for token in sentence for word in group.words(token)]
        assert list(pattern.find(words, tokens)) == _find_everywhere(pattern, words, tokens)


@settings(max_examples=300)
@given(case=_cases())
def test_the_words_a_text_shows_are_the_words_whose_sources_it_holds(
    case: tuple[PhraseGroup, str],
) -> None:
    """:meth:`PhraseGroup.reads` holds a word of the group's patterns exactly when the text
    holds one of the word's quick sources (its typos, contractions, parts and endings): what
    the gates test instead of holding the sources of every set of words."""
    group, text = case
    normalized = normalize(text)
    forms = quick_forms(normalized)
    shown = group.reads(forms, normalized)
    assert shown == group.reads(forms)  # kept with the text or computed afresh: the same
    for pattern in group.patterns:
        for words in pattern.needs:
            for word in words:
                assert (word in shown) is not group.sources(word).isdisjoint(forms), word


def test_the_trigger_holds_wherever_the_gate_may_admit() -> None:
    """A detector's trigger is built without its group's typo table: each of its sets of
    forms holds the gate's (every typo the file may read, and a pattern's anchor by its slot's
    forms), so the scan calls the detector wherever its gate could let a text through."""
    for file, name in _DETECTED:
        group = read_phrases(file).groups[name]
        for loose, exact in zip(group.trigger_needs(), group.needs(), strict=True):
            assert all(mine >= theirs for mine, theirs in zip(loose, exact, strict=True))


def test_the_trigger_keys_the_typos_apart_from_the_words() -> None:
    """A detector's trigger holds its sets' words without their typos and one table of the
    typos read as them: together they hold every key of :meth:`PhraseGroup.trigger_needs`."""
    for file, name in _DETECTED:
        group = read_phrases(file).groups[name]
        typos = group.trigger_typos()
        for plain, loose in zip(group.plain_needs(), group.trigger_needs(), strict=True):
            for words, keys in zip(plain, loose, strict=True):
                assert words <= keys
                assert words.union(typos.keys(words)) >= keys


@settings(max_examples=100)
@given(case=_cases(_DETECTED))
def test_a_table_built_on_the_first_comment_reads_as_one_built_first(
    case: tuple[PhraseGroup, str],
) -> None:
    """A group's typo table is built when a detector first reads a comment, not with the
    detector: the same group with its table built before the detector admits and signals
    the same."""
    group, text = case
    late, early = (
        PhraseGroup(
            group.name,
            group.patterns,
            group.strength,
            group.checks,
            group.known,
            group.ordinary,
            group.joinable,
        )
        for _ in range(2)
    )
    assert early.typos == group.typos  # built now, before its detector
    sets = next(
        read_phrases(file).sets
        for file, name in _DETECTED
        if read_phrases(file).groups[name] is group
    )
    lazy, eager = PhraseDetector("gate", late, sets), PhraseDetector("gate", early, sets)
    normalized = normalize(text)
    assert lazy.admits(normalized) is eager.admits(normalized)
    assert list(lazy.spans(normalized)) == list(eager.spans(normalized))
    assert late.typos == early.typos
