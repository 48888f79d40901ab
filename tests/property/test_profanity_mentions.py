"""A profane word mentioned is never removed; the same word used as an insult is, however spelled.

Kankakee § V.2.5 names the commenter's own "profane, obscene, sexual or pornographic ...
language". The words are drawn from the shipped lists (the mechanical part: obscene terms that
are neither expletives, insults nor clinical names), the frames are written here from the ways
people talk about a word, and the disguises come from :func:`strategies.obfuscations`.
"""

from __future__ import annotations

from functools import cache

from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy import strategies as mst
from municipal_social_policy.detectors.lexicon import LexiconDetector, read_word_list
from municipal_social_policy.detectors.profanity import judgment_terms

#: Ways of talking about a word without using it: naming it, quoting it, reporting it.
MENTIONS = (
    'The word "{w}" is offensive and should not be used here.',
    "Please stop saying {w} in these comments.",
    "He called her a {w} at the council meeting.",
    "Words like {w} do not belong on a city page.",
    "'{w}' is a slur, and it hurts people.",
    "My son asked me what {w} means.",
    "Someone wrote “{w}” under the mayor's post.",
    "She said '{w}' twice during the hearing.",
)
#: The same word said to someone.
INSULTS = ("you {w}", "you are a {w}", "shut up, you {w}", "what a {w} you are")


@cache
def _obscene() -> tuple[str, ...]:
    allowed = read_word_list("allow.txt")
    terms = read_word_list("profanity.txt") - judgment_terms() - allowed
    return tuple(sorted(term for term in terms if term.isalpha()))


def _fits_a_judgment_term(word: str) -> bool:
    """Whether a disguised ``word`` also reads as an expletive (a mask can fit both)."""
    found = LexiconDetector("profanity", judgment_terms(), msp.Strength.JUDGMENT)
    return any(found(msp.normalize(word), msp.Comment(text=word)))


def _profanity(verdict: msp.Verdict) -> msp.Finding | None:
    return next((f for f in verdict.findings if f.clause.id == "V.2.5"), None)


@st.composite
def _words(draw: st.DrawFn, *, disguised: bool) -> str:
    word = draw(st.sampled_from(_obscene()))
    if not disguised:
        return word
    spelled = draw(mst.obfuscations(word))
    # Letters spaced out with spaces next to the single letter "a" of "a {w}" lose the boundary
    # between the words for any reader; dots and dashes keep it.
    return " ".join(spelled.split()).replace(" ", ".")


@given(word=_words(disguised=False), mention=st.sampled_from(MENTIONS))
def test_a_word_mentioned_is_never_removed_but_cited(
    evaluator: msp.Evaluator, word: str, mention: str
) -> None:
    """Named, quoted or reported: judgment evidence under § V.2.5 (review), never a removal."""
    verdict = evaluator.evaluate(mention.format(w=word))
    assert verdict.decision is not msp.Decision.REMOVE
    finding = _profanity(verdict)
    assert finding is not None
    assert finding.strength is msp.Strength.JUDGMENT


@given(word=_words(disguised=False), insult=st.sampled_from(INSULTS))
def test_the_same_word_used_as_an_insult_is_removed(
    evaluator: msp.Evaluator, word: str, insult: str
) -> None:
    """Said to someone, the obscene word is the writer's own language: mechanical, REMOVE."""
    verdict = evaluator.evaluate(insult.format(w=word))
    assert verdict.decision is msp.Decision.REMOVE
    finding = _profanity(verdict)
    assert finding is not None
    assert finding.strength is msp.Strength.MECHANICAL


@given(
    word=_words(disguised=True),
    mention=st.sampled_from(MENTIONS),
    insult=st.sampled_from(INSULTS),
)
def test_disguised_spellings_behave_like_plain_ones(
    evaluator: msp.Evaluator, word: str, mention: str, insult: str
) -> None:
    """Leetspeak, masks, separators, look-alikes: the frame decides, not the spelling."""
    mentioned = evaluator.evaluate(mention.format(w=word))
    assert mentioned.decision is not msp.Decision.REMOVE
    assert _profanity(mentioned) is not None
    used = evaluator.evaluate(insult.format(w=word))
    if _fits_a_judgment_term(word):
        # "motherfuc*a" fits an expletive too: the mask makes it judgment, never an allowance.
        assert used.decision is not msp.Decision.ALLOW
    else:
        assert used.decision is msp.Decision.REMOVE
