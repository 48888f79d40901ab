"""Unit tests for ``msp.normalize``: what the detectors read, and the map back to the original."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy.text import _RUN, CONFUSABLES, INVISIBLE, _runs

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069"]

#: Any text at all, lone surrogates included (the default ``characters()`` leaves them out).
any_text = st.text(
    st.one_of(
        st.characters(exclude_categories=()),
        st.sampled_from(["\ud800", "\udfff", *ZERO_WIDTH, *BIDI, "ß", "ﬁ", "İ", "ǅ", "㎏"]),
    )
)


def produced_by(text: str, index: int) -> str:
    """The original characters that produced normalised character ``index``."""
    normalized = msp.normalize(text)
    start, end = normalized.span(index, index + 1)
    return text[start:end]


# --- what the detectors read --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Call me at 815-555-0143", "HELLO World", "", "a < b; DROP"])
def test_ascii_fast_path_lowercases_and_keeps_alignment(text: str) -> None:
    """ASCII text is only lower-cased, and keeps a one-to-one alignment (no offset tables)."""
    normalized = msp.normalize(text)
    assert normalized.original == text
    assert normalized.normalized == text.lower()
    assert normalized.starts is None
    assert normalized.ends is None
    assert all(normalized.span(i, i + 1) == (i, i + 1) for i in range(len(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＦＵＣＫ", "fuck"),
        ("ｓｃｒｉｐｔ", "script"),
        ("３５６-２１-４４７６", "356-21-4476"),
        ("ﬁne", "fine"),
        ("①", "1"),
        ("㎏", "kg"),
    ],
)
def test_nfkc_folds_compatibility_characters(text: str, expected: str) -> None:
    """Fullwidth letters and digits, ligatures and other compatibility forms become plain ones."""
    assert msp.normalize(text).normalized == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Straße", "strasse"),
        ("ΔΛΦ", "δλφ"),
        # final ς folds to σ, which then reads as the "o" it looks like (Unicode's UTS #39)
        ("λς", "λo"),
        ("Ǆemal", "džemal"),
        ("MÜNCHEN", "münchen"),
    ],
)
def test_case_folding(text: str, expected: str) -> None:
    """Case folding is full Unicode case folding (ß to ss, final ς to σ), not just lower()."""
    assert msp.normalize(text).normalized == expected


@pytest.mark.parametrize("text", ["Cafe\u0301", "A\u0308rger", "\u1100\u1161"])
def test_nfkc_composes_combining_sequences(text: str) -> None:
    """NFKC of the whole text composes a letter and its combining mark into one character."""
    assert msp.normalize(text).normalized == unicodedata.normalize("NFKC", text).casefold()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("раураl", "paypal"),  # Cyrillic р а у
        ("ѕсаm", "scam"),  # Cyrillic ѕ с а
        ("АDМIN", "admin"),  # Cyrillic А, М, І is Latin here
        ("ΑΒΕΚΜΝΟΡΤΧ", "abekmvoptx"),  # Greek capitals fold, then map to Latin look-alikes
        ("οk", "ok"),  # Greek omicron
    ],
)
def test_confusable_letters_become_latin(text: str, expected: str) -> None:
    """Cyrillic and Greek letters that look Latin are read as the Latin letter."""
    assert msp.normalize(text).normalized == expected


@pytest.mark.parametrize("invisible", ZERO_WIDTH + BIDI)
def test_invisible_controls_are_removed(invisible: str) -> None:
    """Zero-width and bidirectional controls vanish, so they cannot split a word past a filter."""
    text = f"sc{invisible}ri{invisible}pt"
    normalized = msp.normalize(text)
    assert normalized.normalized == "script"
    assert normalized.span(0, 6) == (0, len(text))


def test_visible_non_ascii_text_is_kept() -> None:
    """Letters that are neither compatibility forms nor look-alikes are kept as they are."""
    assert msp.normalize("Ĺudovít Štúr 北京").normalized == "ĺudovít štúr 北京"


# --- the map back to the original ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "original"),
    [
        ("Hi ＦＵＣＫ you", "fuck", "ＦＵＣＫ"),
        ("Hi f\u200bu\u200bc\u200bk you", "fuck", "f\u200bu\u200bc\u200bk"),
        ("Straße 356-21-4476", "356-21-4476", "356-21-4476"),
        ("Straße", "strasse", "Straße"),
        ("\u202eevil\u202c", "evil", "evil"),
        ("a ﬁne day", "fine", "ﬁne"),
    ],
)
def test_span_maps_a_normalised_match_back_to_the_original(
    text: str, word: str, original: str
) -> None:
    """A span found in the normalised text maps to exactly the original characters behind it."""
    normalized = msp.normalize(text)
    start = normalized.normalized.index(word)
    begin, end = normalized.span(start, start + len(word))
    assert text[begin:end] == original


def test_each_part_of_an_expanded_character_maps_to_the_whole_character() -> None:
    """Both letters of ``ss`` from ``ß`` map back to the ``ß``."""
    text = "Maß"
    assert msp.normalize(text).normalized == "mass"
    assert [produced_by(text, i) for i in range(4)] == ["M", "a", "ß", "ß"]


@pytest.mark.parametrize(
    ("text", "position", "anchor"),
    [("abc", 1, 1), ("a\u200bb", 1, 2), ("ab\u200b", 2, 3), ("", 0, 0), ("é", 1, 1)],
)
def test_empty_span_is_anchored_in_the_original(text: str, position: int, anchor: int) -> None:
    """An empty normalised span maps to an empty original span at the matching place."""
    assert msp.normalize(text).span(position, position) == (anchor, anchor)


@given(any_text)
@example("\ud800")
@example("a\u200b\ud800ß")
@example("\u200b\u200b")
def test_every_normalised_character_maps_inside_the_original(text: str) -> None:
    """For any text, each normalised character maps to an in-bounds, ordered, non-empty span."""
    normalized = msp.normalize(text)
    for index in range(len(normalized.normalized)):
        start, end = normalized.span(index, index + 1)
        assert 0 <= start < end <= len(text)


@given(any_text)
@example("Stra\u200bße ＦＵＣＫ раураl")
def test_original_span_reproduces_the_normalised_character(text: str) -> None:
    """``original[span]`` normalises to text containing the normalised character it produced."""
    normalized = msp.normalize(text)
    for index, char in enumerate(normalized.normalized):
        assert char in msp.normalize(produced_by(text, index)).normalized


@given(any_text)
def test_spans_never_go_backwards(text: str) -> None:
    """Normalised characters map to original positions in order, so spans are well formed."""
    normalized = msp.normalize(text)
    spans = [normalized.span(i, i + 1) for i in range(len(normalized.normalized))]
    assert spans == sorted(spans)
    if spans:
        assert normalized.span(0, len(spans)) == (spans[0][0], spans[-1][1])


@given(any_text)
def test_invisible_controls_never_survive(text: str) -> None:
    """No zero-width or bidi control is left in any normalised text."""
    normalized = msp.normalize(text).normalized
    assert not set(normalized) & set(ZERO_WIDTH + BIDI)


# --- views shared by the detectors ----------------------------------------------------------------


def test_tokens_are_the_plain_words_of_the_normalised_text() -> None:
    """``tokens`` holds the lower-cased words, inner apostrophes kept, punctuation dropped."""
    text = msp.normalize("Hello, World’s END — don't_stop 42!")
    assert text.tokens == ("hello", "world’s", "end", "don't", "stop", "42")
    assert text.token_set == frozenset(text.tokens)


@given(any_text)
@example("Ｃａｌｌ  me, O'Neil’s office!")
def test_token_spans_index_each_token_in_the_normalised_text(text: str) -> None:
    """``token_spans[i]`` is where ``tokens[i]`` stands in the normalised text."""
    normalized = msp.normalize(text)
    assert len(normalized.token_spans) == len(normalized.tokens)
    for (start, end), token in zip(normalized.token_spans, normalized.tokens, strict=True):
        assert normalized.normalized[start:end] == token


@given(any_text)
def test_characters_are_the_characters_of_the_normalised_text(text: str) -> None:
    """``characters`` is the set of the normalised text's characters, for one-step gates."""
    normalized = msp.normalize(text)
    assert normalized.characters == frozenset(normalized.normalized)


def test_view_computes_once_per_text_and_does_not_change_equality() -> None:
    """``view(f)`` calls ``f`` once per text and keeps the result; kept views are not compared."""
    calls: list[str] = []

    def length(text: msp.NormalizedText) -> int:
        calls.append(text.normalized)
        return len(text.normalized)

    first, second = msp.normalize("Vote for Smith"), msp.normalize("Vote for Smith")
    assert first.view(length) == first.view(length) == 14
    assert calls == ["vote for smith"]
    assert first == second
    assert hash(first) == hash(second)
    assert second.view(length) == 14
    assert len(calls) == 2


def test_mixed_text_keeps_clusters_across_ascii_neighbours() -> None:
    """In mostly ASCII text, a combining mark stays with the letter before it and CR LF is one
    cluster, exactly as when every character is read cluster by cluster."""
    text = msp.normalize("Cafe\u0301 ok\r\n’Hi")
    assert text.normalized == "café ok\r\n’hi"
    assert text.span(3, 4) == (3, 5)  # "é" came from "e" and the combining accent
    assert text.span(7, 8) == text.span(8, 9) == (8, 10)  # "\r\n" is one cluster
    assert text.span(9, 10) == (10, 11)
    assert text.span(10, 12) == (11, 13)


# --- the fast paths agree with the plain algorithm ----------------------------------------------

_CLUSTER = regex.compile(r"\X")
_ASCII = r"[\x00-\x09\x0b\x0c\x0e-\x7f]"
_NOT_ASCII = r"[^\x00-\x09\x0b\x0c\x0e-\x7f]"
_REGION = regex.compile(f"{_ASCII}?{_NOT_ASCII}+(?:{_ASCII}?{_NOT_ASCII}+)*{_ASCII}?")


def reference_normalize(text: str) -> msp.NormalizedText:
    """``normalize`` as first written: every region found with ``regex`` and folded afresh."""
    if text.isascii():
        return msp.NormalizedText(text, text.lower())
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def ascii_part(begin: int, end: int) -> None:
        pieces.append(text[begin:end].lower())
        starts.extend(range(begin, end))
        ends.extend(range(begin + 1, end + 1))

    position = 0
    for region in _REGION.finditer(text):
        ascii_part(position, region.start())
        for cluster in _CLUSTER.finditer(text, region.start(), region.end()):
            visible = INVISIBLE.sub("", cluster.group())
            if visible:
                folded = unicodedata.normalize("NFKC", visible).casefold()
                folded = "".join(CONFUSABLES.get(c, c) for c in folded)
                pieces.append(folded)
                starts.extend([cluster.start()] * len(folded))
                ends.extend([cluster.end()] * len(folded))
        position = region.end()
    ascii_part(position, len(text))
    return msp.NormalizedText(text, "".join(pieces), tuple(starts), tuple(ends))


#: Characters at the edges of the regions: line breaks, marks that join a neighbour, emoji parts,
#: characters that fold to several or none, Hangul jamo, a regional indicator.
EDGES = "aB .\r\n\u0301\u0600’❤\ufe0f\u200d👍ßﬁ…İр\u1100\u1161\U0001f1fa\u200b\ud800"

#: Text where non-ASCII runs, line breaks, marks and invisible controls meet ASCII neighbours.
mixed_text = st.text(st.sampled_from(EDGES) | st.characters(exclude_categories=()))


@given(st.one_of(any_text, mixed_text))
@example("Cafe\u0301 ok\r\n’Hi")
@example("\u0600a \u0600\r\n")  # a prepended mark joins the ASCII character after it
@example("a’b’c’d’e’f’g’h’i’j’k’l’m")  # one region longer than those kept
@example("’ab’" * 3)  # regions two ASCII characters apart
@example("x\U0001f1fa\U0001f1f8\U0001f1eb\u0301\U0001f1f7\U0001f1e9 \U0001f1fa")  # flags, odd runs
@example("\u0600\U0001f1fa")  # a prepended mark joins the flag after it
@example("\U0001f1fa\u0600\u0600\U0001f1fa\U0001f1f8\U0001f1eb")  # ... and the pair after it
def test_normalize_agrees_with_the_reference_algorithm(text: str) -> None:
    """The run search and the kept folds change nothing: same text, same offsets, every time."""
    assert msp.normalize(text) == reference_normalize(text)
    assert msp.normalize(text) == reference_normalize(text)


def test_a_long_run_of_flags_pairs_its_regional_indicators() -> None:
    """Each pair of regional indicators in a run of flags is one cluster, and an odd one out
    is a cluster of its own, as Unicode's segmentation rules say (UAX #29, GB12 and GB13)."""
    flags = "\U0001f1fa\U0001f1f8" * 5000 + "\U0001f1eb"
    text = msp.normalize(flags)
    assert text.normalized == flags
    assert text.span(0, 1) == (0, 2)
    assert text.span(len(flags) - 1, len(flags)) == (len(flags) - 1, len(flags))


#: Every default-ignorable code point, by Unicode's property as the ``regex`` module knows it.
DEFAULT_IGNORABLE = regex.findall(
    r"\p{Default_Ignorable_Code_Point}",
    "".join(chr(code) for code in [*range(0x10000), *range(0xE0000, 0xE1000)]),
)


def test_every_default_ignorable_character_is_removed() -> None:
    """All of Unicode's default-ignorable characters vanish from a word, not a hand-kept list:
    variation selectors, fillers, tags and invisible operators as well as zero-width spaces."""
    assert len(DEFAULT_IGNORABLE) > 4000
    survivors = [
        f"U+{ord(char):04X}"
        for char in DEFAULT_IGNORABLE
        if msp.normalize(f"sc{char}ri{char}pt").normalized != "script"
    ]
    assert survivors == []


def test_the_confusables_table_comes_from_unicode() -> None:
    """The shipped table is Unicode's (UTS #39), with letters of many scripts, not a few
    Cyrillic and Greek ones, and it names its source."""
    table = resources.files("municipal_social_policy").joinpath("confusables.tsv")
    header = table.read_text(encoding="utf-8").splitlines()[:5]
    assert any("Unicode Technical Standard #39" in line for line in header)
    scripts = {unicodedata.name(char).split()[0] for char in CONFUSABLES}
    assert {"CYRILLIC", "GREEK", "CHEROKEE", "LISU", "COPTIC", "ARMENIAN"} <= scripts
    assert len(CONFUSABLES) > 250


@pytest.mark.parametrize(("foreign", "latin"), sorted(CONFUSABLES.items()))
def test_each_look_alike_letter_reads_as_its_latin_letter(foreign: str, latin: str) -> None:
    """Each letter of the table, inside a word, reads as the Latin letter it imitates."""
    assert msp.normalize(f"x{foreign}y").normalized == f"x{latin}y"


@given(
    st.text(st.sampled_from("ab \n\r\t.é€🇺\u0301\u200b"), max_size=40)
    | st.text(st.characters(codec=None), max_size=40)
)
@example("a€b€cd€\r\ne é")  # one ASCII character between two runs joins them; two do not
@example("€a")
@example("a€")
def test_the_regions_outside_ascii_are_the_gaps_between_ascii_runs(text: str) -> None:
    """``_runs`` finds, as the gaps between runs of ordinary ASCII, exactly the regions the
    pattern ``_RUN`` matches."""
    assert _runs(text) == [match.span() for match in _RUN.finditer(text)]
