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
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory, Signal
from ._phrases import PhraseSet, read_phrases, token_set, tokens
from ._rules import contains_any
from .lexicon import read_word_list, read_words
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
    """Appeals to vote for or against a named candidate, slogans, and ``campaign.txt`` phrases."""

    id: str
    phrases: PhraseSet
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        # A slogan is a phrase or a hashtag; an appeal starts at one of _APPEALS.
        appeals = Trigger(characters=frozenset("#"), tokens=_APPEALS)
        phrases = self.phrases.trigger
        object.__setattr__(self, "trigger", either(phrases, appeals))

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        normalized = text.normalized
        if not contains_any(normalized, _NEEDLES):
            return
        if self.phrases.possible(token_set(text)):
            words = tokens(text)
            offsets = text.token_spans
            for first, last in self.phrases.matches(words):
                if not self._statement(normalized, words, offsets, first):
                    start, end = offsets[first][0], offsets[last][1]
                    yield Signal(self.id, *text.span(start, end), Strength.JUDGMENT)
        if "#" in normalized:
            for match in _HASHTAG.finditer(normalized):
                yield Signal(self.id, *text.span(*match.span()), Strength.JUDGMENT)
        if "vot" in normalized or "elect" in normalized:
            yield from self._appeals(text)

    def _appeals(self, text: NormalizedText) -> Iterator[Signal]:
        normalized = text.normalized
        words = tokens(text)
        if _APPEALS.isdisjoint(words) and "re" not in words:
            return
        offsets = text.token_spans
        for index, word in enumerate(words):
            if word == "re" and index + 1 < len(words) and words[index + 1] == "elect":
                continue  # "re-elect" is read at "elect"
            if word not in _APPEALS:
                continue
            reelect = word == "elect" and index > 0 and words[index - 1] == "re"
            first = index - 1 if reelect else index
            if self._statement(normalized, words, offsets, first):
                continue
            position = index + 1
            if word in ("vote", "votes") and position < len(words):
                if words[position] not in ("for", "against"):
                    continue
                position += 1
            name = self._name(text, words, offsets, position)
            if name is not None:
                start = offsets[first][0]
                yield Signal(self.id, *text.span(start, offsets[name][1]), Strength.JUDGMENT)

    @staticmethod
    def _statement(
        normalized: str, words: Sequence[str], offsets: Sequence[tuple[int, int]], index: int
    ) -> bool:
        """Whether the words before ``index`` in its sentence make it a statement, not an appeal."""
        begin = index
        while begin > 0 and index - begin < 4:
            between = normalized[offsets[begin - 1][1] : offsets[begin][0]]
            if _SENTENCE.search(between):
                break
            begin -= 1
        before = words[begin:index]
        if before and before[-1] in _NEGATIONS:
            return False  # "don't vote for Smith" opposes a candidate
        return not _NOT_APPEALS.isdisjoint(before)

    @staticmethod
    def _name(
        text: NormalizedText,
        words: Sequence[str],
        offsets: Sequence[tuple[int, int]],
        position: int,
    ) -> int | None:
        """The index of the candidate's name (or "me"/"us") from ``position``, if any."""
        for index in range(position, min(position + 4, len(words))):
            word = words[index]
            if _SENTENCE.search(text.normalized[offsets[index - 1][1] : offsets[index][0]]):
                return None  # "... a party to vote for. They're ..."
            if word in ("me", "us"):
                return index
            start, end = text.span(*offsets[index])
            original = text.original[start:end]
            if original[:1].isupper() and word not in _NOT_NAMES and word not in _TITLES:
                return index
            if word not in _TITLES:
                return None
        return None


def _campaign_advocacy(config: DetectorConfig) -> CampaignDetector:
    return CampaignDetector(config.id, read_phrases("campaign.txt")["slogan"])


FACTORIES: Mapping[str, DetectorFactory] = {"campaign_advocacy": _campaign_advocacy}
