"""The one loader of the detectors' data files, and the files' provenance headers."""

from __future__ import annotations

from importlib import resources

import pytest

from municipal_social_policy.comment import Comment
from municipal_social_policy.detectors import MAX_MATCHES, lexicon
from municipal_social_policy.text import normalize
from municipal_social_policy.verdict import Strength


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
