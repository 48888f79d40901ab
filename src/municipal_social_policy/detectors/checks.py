"""The checks a pattern group applies to its matches: what turns a match into no finding.

A phrase file's group names its checks (``checks: negation quotation``; see :mod:`.phrases`),
and each check reads the words of the file's sets it needs, so the vocabulary stays in the file:

``negation``
    a word of the set ``negators`` stands in the match or in the three words before it: "I
    would never hurt you", "nobody should shoot him";
``quotation``
    every word of the match stands inside quotation marks: a quotation, not an assertion;
``errand``
    the match ends with a verb of the set ``errand_verbs`` and "you", followed by a word of the
    set ``errands``: "I'll shoot you an email", "hit you up";
``first_person``
    the words right before the match are a word or run of the set ``first_person``: the writer
    speaks of themselves ("I live on Oak St", "we're living at 12 Elm"), not of someone else;
``debunk``
    the match is a claim reported to be false: a word of the set ``debunk_before`` stands in
    the eight words before it ("it's a myth that you can vote by text", "beware: ..."), or a
    word or run of ``debunk_after`` in the ten words after it ("vote by text, it's a scam").

A check is a pure function of the match and the file's sets; it returns ``True`` to drop it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..reading import Token

__all__ = ["CHECKS", "Check"]

#: Decides whether a match is dropped, from its sentence (the tokens and the words they read as,
#: one word per token), the index of its first and last word, and the phrase file's word sets.
Check = Callable[[Sequence[Token], Sequence[str], int, int, Mapping[str, frozenset[str]]], bool]
Sets = Mapping[str, frozenset[str]]

_NEGATION_WINDOW = 3
_DEBUNK_BEFORE = 8
_DEBUNK_AFTER = 10


def _negation(
    tokens: Sequence[Token], words: Sequence[str], first: int, last: int, sets: Sets
) -> bool:
    window = words[max(0, first - _NEGATION_WINDOW) : last + 1]
    return not sets["negators"].isdisjoint(window)


def _quotation(
    tokens: Sequence[Token], words: Sequence[str], first: int, last: int, sets: Sets
) -> bool:
    return all(token.quoted for token in tokens[first : last + 1])


def _errand(
    tokens: Sequence[Token], words: Sequence[str], first: int, last: int, sets: Sets
) -> bool:
    return (
        last + 1 < len(words)
        and words[last] == "you"
        and words[last - 1] in sets["errand_verbs"]
        and words[last + 1] in sets["errands"]
    )


def _first_person(
    tokens: Sequence[Token], words: Sequence[str], first: int, last: int, sets: Sets
) -> bool:
    for term in sets["first_person"]:
        run = term.split("_")
        if first >= len(run) and list(words[first - len(run) : first]) == run:
            return True
    return False


def _debunk(
    tokens: Sequence[Token], words: Sequence[str], first: int, last: int, sets: Sets
) -> bool:
    if not sets["debunk_before"].isdisjoint(words[max(0, first - _DEBUNK_BEFORE) : first]):
        return True
    after = words[last + 1 : last + 1 + _DEBUNK_AFTER]
    for term in sets["debunk_after"]:
        run = term.split("_")
        for i, word in enumerate(after):
            if word == run[0] and list(after[i : i + len(run)]) == run:
                return True
    return False


#: Every check by the name a phrase file gives it, with the sets it reads.
CHECKS: Mapping[str, tuple[Check, tuple[str, ...]]] = {
    "negation": (_negation, ("negators",)),
    "quotation": (_quotation, ()),
    "errand": (_errand, ("errand_verbs", "errands")),
    "first_person": (_first_person, ("first_person",)),
    "debunk": (_debunk, ("debunk_before", "debunk_after")),
}
