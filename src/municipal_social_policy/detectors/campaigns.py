"""Campaign advocacy (Kankakee § V.2.12): promoting or opposing a campaign, measure or candidate.

JUDGMENT evidence only: the clause bans "promotion or advertisement in favor of, or in opposition
to a political campaign, ballot measure or candidate", and whether a comment promotes is for a
person to decide. What counts is the form of an advert:

- an appeal to vote for or against someone named ("Vote for Jane Smith", "don't vote for
  Smith", "Vote Garcia", "Re-elect Osenga"), a slogan ("Smith for Mayor", "Thompson for City
  Council, Ward 3", ``#VoteSmith``, ``#SmithForMayor``);
- an appeal on a ballot measure ("Vote yes on Prop 3", "no on the referendum");
- a request for campaign money or help ("donate to my campaign"), a "paid for by" line.

What is not: urging people to vote at all ("please vote on Tuesday"), discussing an election
or a measure, criticising or praising a candidate's record, saying how one voted ("I voted for
Smith"), and asking the council how to vote ("the council should vote against the rezoning"),
which is petitioning the government. The name after "vote for" is recognised by its capital
letter, so the detector reads the original text's case; a title before it ("vote for Mayor
Smith", "vote for resident Smith") is skipped, so an official and a resident are treated alike.
Any name and any office count the same way: the offices are data (``campaign.phrases``), and no
name, party or side is listed. A bare "vote <Name>" and "<Name> for <office>" have no "for" to
lean on, so their name must also be no common English word ("Vote Early", "Candidates for
Mayor" are not slogans), and the office must end its clause. A comment written without any
capital letter ("vote garcia", "garcia for mayor") has no case to read: there a bare appeal's
name must end its clause and a slogan's name start it, and the name must be no common word nor
end like an adverb or a comparative ("vote smarter", "vote responsibly"). A slogan or appeal
that stands wholly inside quotation marks is quoted, not made: '"Vote Garcia" signs were stolen'
is no finding.
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
from ._patterns import lazy_compile
from .lexicon import read_word_list
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
_VOTE_APPEALS = read_word_list("campaign_words.txt", "vote_appeals")
_VOTE_SIDES = read_word_list("campaign_words.txt", "vote_sides")
_SELF_CANDIDATES = read_word_list("campaign_words.txt", "self_candidates")
_NEGATIONS = read_word_list("campaign_words.txt", "negations")
# A name without "for" before it ("Vote Garcia", "Garcia for Mayor") is none of these either.
# Parties count as names here ("Vote Blue", "Vote Republican"): a campaign promotes them too.
_NOT_SLOGAN_NAMES = (
    read_word_list("campaign_words.txt", "slogan_not_names")
    | read_word_list("common_words.txt", "common")
    | _NOT_NAMES
    | _APPEALS
)
_DETERMINERS = read_word_list("campaign_words.txt", "determiners")
_UNCASED_NOT_NAME_ENDINGS = tuple(read_word_list("campaign_words.txt", "uncased_not_name_endings"))
_BARE_VOTE_AFTER = read_word_list("campaign_words.txt", "bare_vote_after")
_AFTER_OFFICE = read_word_list("campaign_words.txt", "after_office")
# What ends a sentence for an appeal: the reading's sentence ends, and a colon.
_SENTENCE = regex.compile(r"[.!?\n;:]")
_HASHTAG = lazy_compile(
    r"""\#(?:(?:vote|elect|reelect)(?!d\b|r\b|rs\b|s\b|ion|oral|ric)[a-z][a-z0-9]{2,30}
        |[a-z]{2,30}(?:for|4)(?:mayor|council|alderman|president|governor|senate|congress
           |sheriff|judge)
        |(?:yes|no)on[a-z0-9]{1,20})\b""",
    regex.VERBOSE,
)


@attrs.frozen
class CampaignDetector:
    """Appeals to vote for or against a named candidate, hashtags, slogans naming a candidate and
    an office, and the patterns of ``campaign.phrases`` (read in the comment's reading, so
    disguised spellings count)."""

    id: str
    slogans: PhraseDetector
    candidacy: PhraseDetector
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        # A slogan is a pattern or a hashtag; an appeal starts at one of _APPEALS.
        appeals = Trigger(characters=frozenset("#"), tokens=_APPEALS)
        trigger = either(self.slogans.trigger, self.candidacy.trigger, appeals)
        object.__setattr__(self, "trigger", trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        normalized = text.normalized
        if self.candidacy.admits(text):
            yield from self._candidacies(text)
        if self.slogans.admits(text):
            for tokens, _, ranges in self.slogans.group.sentences(read(text)):
                sentence = tuple(dict.fromkeys(tokens))  # a spelled-out word is one token
                for first, last in ranges:
                    if _quoted(tokens[first : last + 1]):
                        continue
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
                bare = False
                if word in _VOTE_APPEALS and position < len(sentence):
                    if _VOTE_SIDES.isdisjoint(sentence[position].forms):
                        if word != "vote" or not _bare_vote(sentence, index):
                            continue
                        bare = True
                    else:
                        position += 1
                name = _name(text, sentence, position, strict=bare)
                if name is not None and not (bare and _quoted(sentence[first : name + 1])):
                    start, end = sentence[first].start, sentence[name].end
                    yield Signal(self.id, *text.span(start, end), Strength.JUDGMENT)

    def _candidacies(self, text: NormalizedText) -> Iterator[Signal]:
        """ "<Name> for <office>" where the office ends its clause: "Garcia for Mayor!"."""
        normalized = text.normalized
        for tokens, _, ranges in self.candidacy.group.sentences(read(text)):
            sentence = tuple(dict.fromkeys(tokens))
            for first, last in ranges:
                at, end = sentence.index(tokens[first]), sentence.index(tokens[last])
                if not _ends_clause(sentence, end) or _quoted(sentence[at - 1 : end + 1]):
                    continue
                name = _name_before(text, sentence, at)
                if name is not None and not _statement(normalized, sentence, name):
                    span = text.span(sentence[name].start, sentence[end].end)
                    yield Signal(self.id, *span, Strength.JUDGMENT)


def _bare_vote(sentence: Sequence[Token], index: int) -> bool:
    """Whether "vote" at ``index`` may start a bare appeal ("Vote Garcia", "please vote Garcia"):
    it starts its clause or follows a word of ``[bare_vote_after]``, and its clause goes on."""
    token = sentence[index]
    if index + 1 == len(sentence) or sentence[index + 1].clause != token.clause:
        return False
    if index == 0 or sentence[index - 1].clause != token.clause:
        return True
    return not _BARE_VOTE_AFTER.isdisjoint(sentence[index - 1].forms)


def _quoted(tokens: Sequence[Token]) -> bool:
    """Whether every token stands inside quotation marks: a quotation, not an appeal."""
    return bool(tokens) and all(token.quoted for token in tokens)


def _ends_clause(sentence: Sequence[Token], index: int) -> bool:
    """Whether the office at ``index`` ends its clause: the sentence's last word, before a comma
    or a dash, or before a number or a word of ``[after_office]`` ("Garcia for Mayor 2027")."""
    if "'" in sentence[index].forms[0]:
        return False  # "for mayor's office"
    if index + 1 == len(sentence) or sentence[index + 1].clause != sentence[index].clause:
        return True
    following = sentence[index + 1].forms[0]
    return following.isdigit() or following in _AFTER_OFFICE


def _written(text: NormalizedText, token: Token) -> str:
    """The token as written in the original text."""
    start, end = text.span(token.start, token.end)
    if start and text.original[start - 1] in "#@":
        start -= 1  # the reading drops a hashtag's "#"
    return text.original[start:end]


def _capitalised(text: NormalizedText, token: Token) -> bool:
    return _written(text, token).lstrip("@#")[:1].isupper()


def _uncased_name(text: NormalizedText, sentence: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` may name a candidate in a comment written without capitals
    ("vote garcia", "garcia for mayor"), where case tells nothing: a word of letters that is no
    word of ``_NOT_SLOGAN_NAMES`` and has no ending of ``[uncased_not_name_endings]`` ("vote
    smarter", "vote responsibly")."""
    if any(char.isupper() for char in text.original):
        return False
    word = _written(text, sentence[index])
    return (
        word.isalpha()
        and len(word) > 2
        and word not in _NOT_SLOGAN_NAMES
        and not word.endswith(_UNCASED_NOT_NAME_ENDINGS)
    )


def _name_before(text: NormalizedText, sentence: Sequence[Token], at: int) -> int | None:
    """The index of the first word of a candidate's name that ends right before ``at`` ("Maria
    Lopez for ..."), titles included ("Alderman Lewis for Mayor"), or ``None``."""
    index = at - 1
    if index < 0 or sentence[index].clause != sentence[at].clause:
        return None
    word = sentence[index].forms[0]
    if _uncased_name(text, sentence, index):
        # Without capitals only a clause that is the slogan: "garcia for mayor!"
        starts = index == 0 or sentence[index - 1].clause != sentence[index].clause
        return index if starts else None
    if _written(text, sentence[index]).startswith("#") or not _capitalised(text, sentence[index]):
        return None  # "#TermLimits and #SalaryCaps for congress" names no one
    if word.lstrip("@") in _NOT_SLOGAN_NAMES:
        return None
    while index > 0 and at - index < 3 and not word.startswith("@"):
        before = sentence[index - 1]
        if before.clause != sentence[index].clause or not _capitalised(text, before):
            break
        if _written(text, before).startswith(("@", "#")):
            break
        if before.forms[0] in _NOT_SLOGAN_NAMES and before.forms[0] not in _TITLES:
            break
        index -= 1
    return index


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


def _name(
    text: NormalizedText, sentence: Sequence[Token], position: int, *, strict: bool = False
) -> int | None:
    """The index of the candidate's name (or "me"/"us") from ``position``, if any; ``strict``
    (after a bare "vote") also refuses the common words of ``_NOT_SLOGAN_NAMES``."""
    normalized = text.normalized
    for index in range(position, min(position + 4, len(sentence))):
        token = sentence[index]
        if _SENTENCE.search(normalized[sentence[index - 1].end : token.start]):
            return None  # "... a party to vote for: they're ..."
        word = token.forms[0].lstrip("@#")  # "vote for @Handle"
        if word in _SELF_CANDIDATES:
            return index
        if strict and (
            token.clause != sentence[position].clause
            or _written(text, token).startswith("#")
            or len(word) < 2
            or word in _NOT_SLOGAN_NAMES
            or word in _DETERMINERS
        ):
            return None  # "vote (STV)", "vote #MAGA", "vote R", "Vote Early", "vote the bums out"
        if word not in _NOT_NAMES and word not in _TITLES and _capitalised(text, token):
            return index
        if strict and _uncased_name(text, sentence, index) and _ends_clause(sentence, index):
            return index  # "vote garcia": without capitals, only a name that ends the clause
        if word not in _TITLES:
            return None
    return None


def _campaign_advocacy(config: DetectorConfig) -> CampaignDetector:
    file = read_phrases("campaign.phrases")
    return CampaignDetector(
        config.id,
        PhraseDetector.of(config.id, file, "slogan"),
        PhraseDetector.of(config.id, file, "candidacy"),
    )


FACTORIES: Mapping[str, DetectorFactory] = {"campaign_advocacy": _campaign_advocacy}
