"""The checks a pattern group applies to its matches: what turns a match into no finding.

A phrase file's group names its checks (``checks: negation quotation``; see :mod:`.phrases`),
and each check reads the words of the file's sets it needs, so the vocabulary stays in the file:

``negation``
    a word of the set ``negators`` stands in the match or in the three words before it: "I
    would never hurt you", "nobody should shoot him";
``quotation``
    every word of the match stands inside quotation marks: a quotation, not an assertion;
``reported``
    a word of the set ``reporting`` stands in the four words before the match, and no word of
    the set ``first`` before it in the sentence: "he said he would kill her", "threatening to
    kill them will get you jailed", "she was banned for saying ..." report or discuss words; "I
    said I will kill you" does not;
``errand``
    the match ends with a verb of the set ``errand_verbs`` and "you", followed by a word of the
    set ``errands``: "I'll shoot you an email", "hit you up".

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
_REPORT_WINDOW = 4


def _negation(
    tokens: Sequence[Token], words: Sequence[str], first: int, last: int, sets: Sets
) -> bool:
    window = words[max(0, first - _NEGATION_WINDOW) : last + 1]
    return not sets["negators"].isdisjoint(window)


def _quotation(
    tokens: Sequence[Token], words: Sequence[str], first: int, last: int, sets: Sets
) -> bool:
    return all(token.quoted for token in tokens[first : last + 1])


def _reported(
    tokens: Sequence[Token], words: Sequence[str], first: int, last: int, sets: Sets
) -> bool:
    reporting = sets["reporting"]
    for i in range(max(0, first - _REPORT_WINDOW), first):
        if words[i] in reporting:
            return sets["first"].isdisjoint(words[:i])
    return False


def _errand(
    tokens: Sequence[Token], words: Sequence[str], first: int, last: int, sets: Sets
) -> bool:
    return (
        last + 1 < len(words)
        and words[last] == "you"
        and words[last - 1] in sets["errand_verbs"]
        and words[last + 1] in sets["errands"]
    )


#: Every check by the name a phrase file gives it, with the sets it reads.
CHECKS: Mapping[str, tuple[Check, tuple[str, ...]]] = {
    "negation": (_negation, ("negators",)),
    "quotation": (_quotation, ()),
    "reported": (_reported, ("reporting", "first")),
    "errand": (_errand, ("errand_verbs", "errands")),
}
