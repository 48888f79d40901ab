"""Campaign advocacy (Kankakee § V.2.12): promoting or opposing a campaign, measure or candidate.

JUDGMENT evidence only: the clause bans "promotion or advertisement in favor of, or in opposition
to a political campaign, ballot measure or candidate", and whether a comment promotes is for a
person to decide. What counts is the form of an advert:

- an appeal to vote for or against someone named ("Vote for Jane Smith", "don't vote for
  Smith", "Re-elect Osenga"), a slogan ("Smith for Mayor", ``#VoteSmith``, ``#Smith2024``);
- an appeal on a ballot measure ("Vote yes on Prop 3", "no on the referendum");
- a request for campaign money or help ("donate to my campaign"), a "paid for by" line.

What is not: urging people to vote at all ("please vote on Tuesday"), discussing an election
or a measure, criticising or praising a candidate's record, saying how one voted ("I voted for
Smith"), and asking the council how to vote ("the council should vote against the rezoning"),
which is petitioning the government. The name after "vote for" is recognised by its capital
letter, so the detector reads the original text's case; a title before it ("vote for Mayor
Smith", "vote for resident Smith") is skipped, so an official and a resident are treated alike.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import attrs
import regex

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..reading import Reading, Token, read
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory, Signal
from ._rules import contains_any
from .lexicon import read_word_list, read_words
from .phrases import PhraseDetector, read_phrases
from .triggers import Trigger, either

__all__ = ["FACTORIES"]

# Appeal verbs whose object is a candidate.
_APPEALS = read_word_list("campaign_words.txt", "appeals")
# Words before "vote" that make it a statement or a question about votes, not an appeal: "I voted
# for Smith", "people who vote for Smith", "should the council vote for ...".
_NOT_APPEALS = read_word_list("campaign_words.txt", "not_appeals")
# Capitalised words that follow "vote for" without naming a candidate.
_NOT_NAMES = read_word_list("campaign_words.txt", "not_names")
# Titles before a name, skipped: "vote for Mayor Smith", "vote for resident Smith".
_TITLES = read_word_list("campaign_words.txt", "titles")
_NEGATIONS = read_word_list("campaign_words.txt", "negations")
_NEEDLES = read_words("campaign_words.txt", "needles")
# What ends a sentence for an appeal: the reading's sentence ends, and a colon.
_SENTENCE = regex.compile(r"[.!?\n;:]")
_HASHTAG = regex.compile(
    r"""\#(?:(?:vote|elect|reelect)(?!d\b|r\b|rs\b|s\b|ion|oral|ric)[a-z][a-z0-9]{2,30}
        |[a-z]{2,30}(?:for|4)(?:mayor|council|alderman|president|governor|senate|congress
           |sheriff|judge)
        |(?:yes|no)on[a-z0-9]{1,20})\b""",
    regex.VERBOSE,
)


@attrs.frozen
class CampaignDetector:
    """Appeals to vote for or against a named candidate, hashtags, and the patterns of
    ``campaign.phrases`` (read in the comment's reading, so disguised spellings count)."""

    id: str
    slogans: PhraseDetector
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        # A slogan is a pattern or a hashtag; an appeal starts at one of _APPEALS.
        appeals = Trigger(characters=frozenset("#"), tokens=_APPEALS)
        object.__setattr__(self, "trigger", either(self.slogans.trigger, appeals))

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        normalized = text.normalized
        if not text.disguised and not contains_any(normalized, _NEEDLES):
            return
        if self.slogans.admits(text):
            for tokens, _, ranges in self.slogans.group.sentences(read(text)):
                sentence = tuple(dict.fromkeys(tokens))  # a spelled-out word is one token
                for first, last in ranges:
                    if not _statement(normalized, sentence, sentence.index(tokens[first])):
                        start, end = tokens[first].start, tokens[last].end
                        yield Signal(self.id, *text.span(start, end), Strength.JUDGMENT)
        if "#" in normalized:
            for match in _HASHTAG.finditer(normalized):
                yield Signal(self.id, *text.span(*match.span()), Strength.JUDGMENT)
        if text.disguised or "vot" in normalized or "elect" in normalized:
            yield from self._appeals(text, read(text))

    def _appeals(self, text: NormalizedText, reading: Reading) -> Iterator[Signal]:
        normalized = text.normalized
        for sentence in reading.sentences:
            for index, token in enumerate(sentence):
                word = next((form for form in token.forms if form in _APPEALS), None)
                if word is None:
                    continue
                # "re-elect" is read at "elect"
                reelect = word == "elect" and index > 0 and "re" in sentence[index - 1].forms
                first = index - 1 if reelect else index
                if _statement(normalized, sentence, first):
                    continue
                position = index + 1
                if word in ("vote", "votes") and position < len(sentence):
                    if {"for", "against"}.isdisjoint(sentence[position].forms):
                        continue
                    position += 1
                name = _name(text, sentence, position)
                if name is not None:
                    start, end = sentence[first].start, sentence[name].end
                    yield Signal(self.id, *text.span(start, end), Strength.JUDGMENT)


def _statement(normalized: str, sentence: Sequence[Token], index: int) -> bool:
    """Whether the words before ``index`` in its sentence make it a statement, not an appeal."""
    begin = index
    while begin > 0 and index - begin < 4:
        between = normalized[sentence[begin - 1].end : sentence[begin].start]
        if _SENTENCE.search(between):
            break
        begin -= 1
    before = sentence[begin:index]
    if before and not _NEGATIONS.isdisjoint(before[-1].forms):
        return False  # "don't vote for Smith" opposes a candidate
    return any(not _NOT_APPEALS.isdisjoint(token.forms) for token in before)


def _name(text: NormalizedText, sentence: Sequence[Token], position: int) -> int | None:
    """The index of the candidate's name (or "me"/"us") from ``position``, if any."""
    normalized = text.normalized
    for index in range(position, min(position + 4, len(sentence))):
        token = sentence[index]
        if _SENTENCE.search(normalized[sentence[index - 1].end : token.start]):
            return None  # "... a party to vote for: they're ..."
        word = token.forms[0].lstrip("@#")  # "vote for @Handle"
        if word in ("me", "us"):
            return index
        start, end = text.span(token.start, token.end)
        written = text.original[start:end].lstrip("@#")
        if written[:1].isupper() and word not in _NOT_NAMES and word not in _TITLES:
            return index
        if word not in _TITLES:
            return None
    return None


def _campaign_advocacy(config: DetectorConfig) -> CampaignDetector:
    return CampaignDetector(
        config.id, PhraseDetector.of(config.id, read_phrases("campaign.phrases"), "slogan")
    )


FACTORIES: Mapping[str, DetectorFactory] = {"campaign_advocacy": _campaign_advocacy}
