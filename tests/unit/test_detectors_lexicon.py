"""The one loader of the detectors' data files, and the files' provenance headers."""

from __future__ import annotations

from importlib import resources

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from municipal_social_policy import strategies as mst
from municipal_social_policy.comment import Comment
from municipal_social_policy.detectors import MAX_MATCHES, lexicon
from municipal_social_policy.text import normalize
from municipal_social_policy.verdict import Strength
from municipal_social_policy.words import MASK


def test_sections_keep_file_order_and_quoted_spaces() -> None:
    """``[name]`` starts a list; a quoted term keeps its spaces; comments are skipped."""
    text = '# header\nfirst\n\n[b]\n" for "\nz  y\n# note\na\n[c]\n'
    assert dict(lexicon.parse_sections(text)) == {
        "": ("first",),
        "b": (" for ", "z y", "a"),
        "c": (),
    }


def test_an_unknown_list_names_the_file_and_its_lists() -> None:
    """Asking for a list a file lacks is a KeyError naming what it has."""
    with pytest.raises(KeyError, match=r"campaign_words\.txt: no list \[nope\]"):
        lexicon.read_words("campaign_words.txt", "nope")


def test_every_data_file_says_what_it_is_where_it_came_from_and_its_licence() -> None:
    """Each word list and table opens with ``#`` lines naming its source and its licence."""
    folder = resources.files("municipal_social_policy.detectors")
    names = [p.name for p in folder.iterdir() if p.name.endswith((".txt", ".tsv"))]
    assert len(names) > 30
    for name in names:
        header = []
        for line in lexicon.read_data(name).splitlines():
            if not line.startswith("#"):
                break
            header.append(line.casefold())
        text = " ".join(header)
        assert len(header) >= 3, name
        assert "source" in text or "written" in text, name
        assert any(mark in text for mark in ("licen", "mit", "cc-by")), name


@pytest.mark.parametrize("unit", ["damn fool ", "go to hell ", "f*** "])
def test_a_word_list_signals_at_most_max_matches_in_a_flood(unit: str) -> None:
    """A flood of listed words gives its first MAX_MATCHES signals, in order, and no more."""
    detector = lexicon.LexiconDetector(
        "words", frozenset({"damn", "go to hell", "fuck"}), Strength.JUDGMENT
    )
    text = normalize(unit * (MAX_MATCHES * 3))
    signals = list(detector(text, Comment(text=text.original)))
    assert len(signals) == MAX_MATCHES
    assert [s.start for s in signals] == sorted(s.start for s in signals)
    assert signals[0].start == 0
    few = normalize(unit * 5)
    assert len(list(detector(few, Comment(text=few.original)))) == 5


_TERMS = frozenset({"damn", "fool", "go to hell", "hell", "to hell with", "fuck", "sh1t"})


def _reference_spans(terms: frozenset[str], text: str) -> list[tuple[int, int]]:
    """The normalised spans a word list signals, read word by word: a word with a form that is
    a term or a masked form that fits one (same length and first letter), and every run of
    words whose forms, joined, make a term; at most MAX_MATCHES, in order."""
    words = normalize(text).words
    spans: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        if any(
            form in terms
            or (
                MASK in form
                and form[0] != MASK
                and any(
                    all(a in (b, MASK) for a, b in zip(form, term, strict=True))
                    for term in terms
                    if " " not in term and term[0] == form[0] and len(term) == len(form)
                )
            )
            for form in word.forms
        ):
            spans.append((word.start, word.end))
        runs = set(word.forms)
        for following in words[i + 1 :]:
            runs = {f"{run} {form}" for run in runs for form in following.forms}
            runs = {run for run in runs if any(term.startswith(run) for term in terms)}
            if not runs:
                break
            if not terms.isdisjoint(runs):
                spans.append((word.start, following.end))
    return spans[:MAX_MATCHES]


@given(
    st.lists(
        st.sampled_from(["damn", "go", "to", "hell", "with", "fool", "f***", "sh1t", "d*mn"])
        | st.text(st.sampled_from("abfh*1 "), max_size=5),
        max_size=40,
    ).map(" ".join)
    | mst.obfuscations("go to hell you damn fool")
)
@example("go to hell with it, damn damn fool. to hell with fools " * 3)
def test_a_word_list_signals_every_word_and_run_a_word_by_word_reading_finds(text: str) -> None:
    """The list reads only the words its index of forms points to (a term, the start of a run,
    a masked form): the spans are those of a reading of every word, in the same order."""
    detector = lexicon.LexiconDetector("words", _TERMS, Strength.JUDGMENT)
    normalized = normalize(text)
    signals = list(detector(normalized, Comment(text=text)))
    expected = [normalized.span(start, end) for start, end in _reference_spans(_TERMS, text)]
    assert [(s.start, s.end) for s in signals] == expected
