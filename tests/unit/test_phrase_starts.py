"""Where a pattern may start (:meth:`Pattern.starts`): counted back from its first required slot
of words over the slots before it, it loses no match that trying every word finds."""

from __future__ import annotations

import pytest

from municipal_social_policy.detectors.phrases import Pattern, parse_phrases
from municipal_social_policy.reading import Token, read
from municipal_social_policy.text import normalize

_SOURCE = """\
@epithet = stupid dumb
[g]
<word> <mark> ~2:@epithet idiot $
!never say ~1 hello
<word> ~1 for mayor
<word> really? ~1 big deal
<word> ~2 really? big deal
!never ~1 <word> for mayor
"""
_PATTERNS = parse_phrases(_SOURCE, "test.phrases").groups["g"].patterns


def _everywhere(pattern: Pattern, words: list[str], tokens: list[Token]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    after = -1
    for i in range(len(words)):
        if i > after and (last := pattern.match_at(words, tokens, i)) is not None:
            found.append((i, last))
            after = last
    return found


@pytest.mark.parametrize(
    ("index", "text", "expected"),
    [
        (0, "Go away, stupid dumb idiot", [(1, 4)]),
        (0, "Go away, idiot", [(1, 2)]),
        (1, "I say hello to you", [(1, 2)]),
        (1, "I say, well, hello", [(1, 3)]),
        (1, "I never say hello", []),
        (2, "Vote Garcia for mayor", [(0, 3)]),
        (2, "Vote Garcia Lopez for mayor", [(1, 4)]),
        (3, "not really a big deal", [(0, 4)]),
        (3, "it is no big deal", [(1, 4)]),
        (3, "big deal", []),
        (4, "this is so very really big deal", [(1, 6)]),
        (4, "oh really big deal", [(0, 3)]),
        (5, "vote garcia for mayor", [(0, 3)]),
        (5, "vote maria garcia for mayor", [(1, 4)]),
        (5, "never garcia for mayor", []),
    ],
)
def test_a_pattern_starts_where_its_slots_let_it(
    index: int, text: str, expected: list[tuple[int, int]]
) -> None:
    pattern = _PATTERNS[index]
    (sentence,) = read(normalize(text)).sentences
    words = [token.forms[0] for token in sentence]
    tokens = list(sentence)
    assert list(pattern.find(words, tokens)) == expected
    assert _everywhere(pattern, words, tokens) == expected
