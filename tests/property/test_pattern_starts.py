"""Where a pattern may start (:meth:`Pattern.starts`) loses no match: counted back from its
first required slot of words or noun phrase (only at a word a noun phrase may open with), over
``<word>``, ``<number>``, ``<name>``, optional slots and gaps before it, and, with ``$``, only
among a sentence's last words, it finds what trying every word finds."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import assume, given, settings

from municipal_social_policy.detectors.phrases import Pattern, parse_phrases
from municipal_social_policy.reading import Token, read
from municipal_social_policy.text import normalize

_SETS = """\
@person = clerk mayor meter_maid
@person_pronouns = you him them
@person_titles = alderman
@determiners = the that those
@quantifiers = all every
@compounds = office
@group = immigrants gay_people
@modifier = gay
@member = immigrant
@generic = every a
@group_pronouns = you
@name_titles = mayor officer
@not_names = the big never
@insult = idiot fool big_fool
"""

# Each slot with words that fit it ("" for none), so that most drawn sentences hold matches.
_SLOTS = {
    "idiot|fool": ["idiot", "fool"],
    "@insult": ["idiot", "big fool"],
    "big?": ["big", ""],
    "deal": ["deal"],
    "deal?": ["deal", ""],
    "<person>": ["the clerk", "you", "all of them", "Alderman Lewis", "the meter maid", "him"],
    "<group>": ["immigrants", "gay people", "every immigrant", "you immigrants", "all of the gay"],
    "<number>": ["12"],
    "<word>": ["office", "big"],
    "<word>?": ["deal", ""],
    "<name>": ["Mayor Lewis", "Jo Lewis", "Lewis", "Officer Jo Big"],
    "<mark>": [","],
    "!never": ["", "never"],
    "&the": ["the", ""],
}
_GAPS = ("", "", "~1", "~3", "~2:@insult", "~2:!never")
_NOISE = [
    "the",
    "clerk",
    "you",
    "him",
    "idiot",
    "fool",
    "big",
    "deal",
    "never",
    "12",
    "Mayor",
    "Lewis",
    "Jo",
    "Alderman",
    "gay",
    "people",
    "immigrants",
    "every",
    "immigrant",
    "all",
    "of",
    "meter",
    "maid",
    "office",
    "a",
    ",",
]


@st.composite
def _cases(draw: st.DrawFn) -> tuple[Pattern, str]:
    """A pattern and a text made of words that fit its slots, with words of noise between."""
    slots = [draw(st.sampled_from(sorted(_SLOTS)))]
    parts = slots[:]
    for _ in range(draw(st.integers(0, 3))):
        gap = draw(st.sampled_from(_GAPS))
        slots.append(draw(st.sampled_from(sorted(_SLOTS))))
        parts += [gap, slots[-1]] if gap else [slots[-1]]
    if draw(st.booleans()):
        parts.insert(0, "^")
    if draw(st.booleans()):
        parts.append("$")
    try:
        file = parse_phrases(f"{_SETS}[g]\n{' '.join(parts)}\n", "starts.phrases")
    except ValueError:
        assume(False)
        raise
    noise = st.lists(st.sampled_from(_NOISE), max_size=3)
    written = draw(noise)
    for slot in slots:
        written += [draw(st.sampled_from(_SLOTS[slot])), *draw(noise)]
    return file.groups["g"].patterns[0], " ".join(written)


def _everywhere(pattern: Pattern, words: list[str], tokens: list[Token]) -> list[tuple[int, int]]:
    """The matches trying every word as a start, left to right, none overlapping."""
    lasts = [pattern.match_at(words, tokens, i) for i in range(len(words))]
    found: list[tuple[int, int]] = []
    for i, last in enumerate(lasts):
        if last is not None and (not found or i > found[-1][1]):
            found.append((i, last))
    return found


@settings(max_examples=400, deadline=None)
@given(_cases())
def test_a_pattern_starts_wherever_a_match_may(case: tuple[Pattern, str]) -> None:
    pattern, text = case
    for sentence in read(normalize(text)).sentences:
        words = [token.forms[0] for token in sentence]
        tokens = list(sentence)
        assert list(pattern.find(words, tokens)) == _everywhere(pattern, words, tokens)
