"""Campaign advocacy (Kankakee § V.2.12): promoting or opposing a campaign, measure or candidate.

JUDGMENT evidence only: the clause bans "promotion or advertisement in favor of, or in opposition
to a political campaign, ballot measure or candidate", and whether a comment promotes is for a
person to decide. What counts is the form of an advert:

- an appeal to vote for or against someone named ("Vote for Jane Smith", "don't vote for
  Smith", "Vote Garcia", "Re-elect Osenga", "vote out Alderman Pike"), an endorsement ("I'm
  proud to endorse Kevin Walsh", "my vote is going to Dana Fox", "cast your ballot for Pete
  Ramirez"), a slogan ("Smith for Mayor", "Thompson for City Council, Ward 3", ``#VoteSmith``,
  ``#SmithForMayor``), a campaign's field work ("help us win!", "yard signs available");
- an appeal on a ballot measure ("Vote yes on Prop 3", "no on the referendum", "Great forum,
  support the levy!", "defeat the sales tax referendum", "say no to the bond on the ballot");
- a request for campaign money or help ("donate to my campaign"), a "paid for by" line;
- a candidate, or a ticket, and the election's year standing as a sentence ("Trump 2024!!!",
  "Biden/Harris 2020") or as a hashtag ("#Garcia2027", "#BidenHarris2020"), and the writer's own
  vote held up for others to follow ("I'm voting for Dana Fox and you should too").

What is not: urging people to vote at all ("please vote on Tuesday"), discussing an election
or a measure, criticising or praising a candidate's record, saying how one voted or would vote
("I voted for Smith", "I would never vote Garcia", "if you vote for Smith, ..."), and asking the
council how to vote ("the council should vote against the rezoning"), which is petitioning the
government. So is a side taken on what a legislature votes on, a bill, an act or a nomination
("vote no on the healthcare bill", "Vote NO on AHCA", "vote against the Cassidy bill"), and any
appeal to vote asked of an official, whose vote is the office's ("@SenToomey please vote no on
the nominee", "Senator Moran, vote against DeVos"): the electorate votes on candidates and
ballot measures, and a "vote yes on" is kept only where what follows is one (a measure word and
its number, a word of ``[ballot_words]``, a number) or the sentence speaks of an election.

The patterns are the groups of ``campaign.phrases`` (the pattern language of :mod:`.phrases`),
matched in the comment's reading (so disguised spellings count), each with the checks the file
declares: a quotation ('"Vote Garcia" signs were stolen'), a question ("Support the levy?") and
reported words ("he said vote Garcia") are no finding. What stays here is each group's judgment
of a match, with the words of ``campaign_words.txt``:

- whether the words before a match make it a statement, not an appeal ("I voted for", "people
  who vote for", "should the council vote"); a negation right before makes it an appeal against
  ("don't vote for Smith") unless the words before the negation are such a statement ("I would
  never vote Garcia");
- whether a word names a candidate. The name after "vote for" is recognised by its capital
  letter, so the judgment reads the original text's case, never right after "the", "a" or "this"
  (``[thing_determiners]``: "vote for the Holiday Lights winner"); a title before it ("vote for
  Mayor Smith", "vote for resident Smith") is skipped, so an official and a resident are treated
  alike. Any name and any office count the same way: the offices are data, and no name, party or
  side is listed. A bare "vote <Name>" and "<Name> for <office>" have no "for" to lean on, so
  their name must also be no common English word ("Vote Early", "Candidates for Mayor" are not
  slogans), and the office must end its clause (a date may follow: "Garcia for Mayor November
  5"). A comment written without any capital letter ("vote garcia", "garcia for mayor") has no
  case to read: there a name must be no common word nor end like an adverb or a comparative
  ("vote smarter", "vote responsibly"), and a bare appeal's name must end its clause (a date may
  follow) or be followed by an office ("vote garcia for mayor"), a slogan's name start it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from itertools import pairwise

import attrs
import regex

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..reading import Token, any_capital, read
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory, Signal
from .checks import Match, Sets
from .lexicon import read_word_list
from .phrases import Judge, PhraseDetector, read_phrases
from .shapes import Shape, find, load_shapes, signals, trigger_of
from .triggers import Trigger, either

__all__ = ["FACTORIES"]

_FILE = "campaign.phrases"
_WORDS = "campaign_words.txt"
# The sets the patterns name, which the judgments read too.
_GRAMMAR = "campaign_grammar.txt"
# Words before "vote" that make it a statement or a question about votes, not an appeal: "I voted
# for Smith", "people who vote for Smith", "should the council vote for ...".
_NOT_APPEALS = read_word_list(_WORDS, "not_appeals")
# Capitalised words that follow "vote for" without naming a candidate.
_NOT_NAMES = read_word_list(_WORDS, "not_names")
# Titles before a name, skipped: "vote for Mayor Smith", "vote for resident Smith".
_TITLES = read_word_list(_GRAMMAR, "titles")
_VOTE_APPEALS = read_word_list(_WORDS, "vote_appeals")
_VOTE_SIDES = read_word_list(_GRAMMAR, "vote_sides")
_SELF_CANDIDATES = read_word_list(_WORDS, "self_candidates")
_CANDIDATE_PRONOUNS = read_word_list(_WORDS, "candidate_pronouns")
_SUPPORT_VERBS = read_word_list(_WORDS, "support_verbs")
_IMPERATIVE_OPENERS = read_word_list(_WORDS, "imperative_openers")
_NEGATIONS = read_word_list(_WORDS, "negations")
# A name without "for" before it ("Vote Garcia", "Garcia for Mayor") is none of these either.
# Parties count as names here ("Vote Blue", "Vote Republican"): a campaign promotes them too.
_NOT_SLOGAN_NAMES = (
    read_word_list(_WORDS, "slogan_not_names")
    | read_word_list("common_words.txt", "common")
    | _NOT_NAMES
    | read_word_list(_GRAMMAR, "appeals")
)
# Capitalised words before a year that name no candidate: "Summer 2024", "Vision 2030".
_NOT_YEAR_NAMES = (
    _NOT_SLOGAN_NAMES | read_word_list(_WORDS, "year_not_names") | read_word_list(_WORDS, "dates")
)
# Endings of a word before a year that name an event: "Riverfest 2025", "Walkathon 2026".
_EVENT_ENDINGS = tuple(sorted(read_word_list(_WORDS, "year_not_name_endings")))
_DETERMINERS = read_word_list(_WORDS, "determiners")
_THING_DETERMINERS = read_word_list(_WORDS, "thing_determiners")
_UNCASED_NOT_NAME_ENDINGS = tuple(read_word_list(_WORDS, "uncased_not_name_endings"))
_BARE_VOTE_AFTER = read_word_list(_WORDS, "bare_vote_after")
_AFTER_OFFICE = read_word_list(_WORDS, "after_office") | read_word_list(_WORDS, "dates")
# What a vote is about and who casts it: the electorate votes on ballot measures and candidates,
# a legislature on bills and nominations.
_BALLOT_WORDS = read_word_list(_WORDS, "ballot_words")
_LEGISLATIVE = read_word_list(_WORDS, "legislative")
_ELECTION_WORDS = read_word_list(_WORDS, "election_words")
_ADDRESSED_OFFICES = read_word_list(_WORDS, "addressed_offices")
_VOCATIVES = read_word_list(_WORDS, "vocatives")
_CONDITIONS = read_word_list(_WORDS, "conditions")
_CONDITION_PRONOUNS = read_word_list(_WORDS, "condition_pronouns")
_CONDITION_SUBJECTS = read_word_list(_WORDS, "condition_subjects")
_AFTERTHOUGHTS = read_word_list(_WORDS, "afterthoughts")
# The years a slogan names after a candidate ("Trump 2024", "#Garcia2027").
_YEARS = read_phrases(_FILE).sets["years"]
# A handle's words, read from its capitals: "@SenToomey" is "Sen" and "Toomey".
_HANDLE_WORDS = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\d+")
# A handle written without capitals ("@senatorcollins") opens with an office word at least this
# long ("senator", not "sen", which opens "@sentinel" too).
_HANDLE_PREFIX = 5
# How many words after "vote yes on" the judgment reads for what is put to the vote.
_OBJECT_WORDS = 6
# What ends a sentence for an appeal: the reading's sentence ends, and a colon.
_SENTENCE = regex.compile(r"[.!?\n;:]")
# Hashtags are shapes (shapes.txt): "#VoteSmith", "#SmithForMayor", "#YesOnProp3".
_HASHTAGS = load_shapes("campaign_advocacy")


@attrs.frozen
class CampaignDetector:
    """The groups of ``campaign.phrases``, each a :class:`PhraseDetector` with its checks and its
    judge (see the module docstring), and the shapes of campaign hashtags."""

    id: str
    parts: tuple[PhraseDetector, ...]
    shapes: tuple[Shape, ...] = _HASHTAGS
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        trigger = either(
            *(part.trigger for part in self.parts),
            trigger_of(self.shapes),
            Trigger(characters=frozenset("#")),  # a year slogan's hashtag: "#Garcia2027"
        )
        object.__setattr__(self, "trigger", trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        *phrases, appeals = self.parts
        for part in phrases:
            yield from part(text, comment)
        yield from signals(self.id, find(self.shapes, text), text)
        if "#" in text.original and _year_hashtag().search(text.original) is not None:
            yield from _year_hashtags(self.id, text)
        yield from appeals(text, comment)


# A judgment reads at most five written words before or after a match; the words of this many
# read words either side hold them, however many read words a written one spells out.
_MARGIN = 24


def _sentence(match: Match) -> tuple[tuple[Token, ...], int, int]:
    """The match's sentence around it, one token per written word ("i'll" is one), and the
    indexes in it of the match's first and last word. Only :data:`_MARGIN` words either side
    are kept, so that judging every match of a long sentence costs time linear in its length;
    where the sentence is cut, a judgment never reads."""
    tokens = match.tokens
    low, high = max(0, match.first - _MARGIN), min(len(tokens), match.last + 1 + _MARGIN)
    sentence = tuple(dict.fromkeys(tokens[low:high]))
    first, last = tokens[match.first], tokens[match.last]
    return sentence, sentence.index(first), sentence.index(last)


def _slogan(match: Match) -> bool:
    """A slogan or a request that the words before it make no statement of: "Vote yes on Prop
    3", not "I voted yes on Prop 3"."""
    sentence, first, _ = _sentence(match)
    words = match.words
    if words[match.first] in match.sets["ballot_measure"]:
        # "the referendum is a scam, vote it down": the words before the vote tell.
        vote = next(
            i for i in range(match.first, match.last + 1) if words[i] in match.sets["vote_verbs"]
        )
        first = sentence.index(match.tokens[vote])
    return not _statement(match.text.normalized, sentence, first)


def _slogan_in_clause(match: Match) -> bool | tuple[int, int]:
    """The slogan that opens the clause after the match's first word ("Great forum, support the
    levy!"): its words, from the first after the clause mark."""
    tokens, first = match.tokens, match.first
    opening = tokens[first].clause
    start = next(i for i in range(first + 1, match.last + 1) if tokens[i].clause != opening)
    return (start, match.last) if _slogan(match._replace(first=start)) else False


def _side(match: Match) -> bool:
    """A side taken on a ballot measure ("Vote yes on Prop 3", "no on the referendum"), by no
    statement, where the electorate votes on what follows the side (see :func:`_on_the_ballot`)."""
    if not _slogan(match):
        return False
    words, first, last = match.words, match.first, match.last
    side = next(i for i in range(first, last + 1) if words[i] in match.sets["side"])
    sentence, _, _ = _sentence(match)
    return _on_the_ballot(match, sentence, sentence.index(match.tokens[side]) + 2)


def _on_the_ballot(match: Match, sentence: Sequence[Token], start: int) -> bool:
    """Whether what is put to the vote, from ``start`` in the match's ``sentence`` (see
    :func:`_sentence`) to the end of its clause, is for the
    electorate: a measure and its number or letter ("Prop 3", "Measure B", "Amendment 4"), a word
    of ``[ballot_words]`` ("the library referendum"), not a word of ``[legislative]`` ("the
    healthcare bill", "the nominee"), a number ("vote yes on 1"), or anything in a sentence that
    speaks of an election; not a name ("Vote NO on AHCA", "vote no on #mulvaney": a named bill or
    nominee); and else, what is asked of no official ("vote no on the casino"): asking a
    legislator how to vote is a petition to the government."""
    if start >= len(sentence):
        return True
    clause = sentence[start].clause
    after = [token for token in sentence[start : start + _OBJECT_WORDS] if token.clause == clause]
    text, measure = match.text, match.sets["measure"]
    for token, following in pairwise(after):
        if not measure.isdisjoint(token.forms) and _code(following):
            return True  # "Prop 3", "Measure B", "Amendment 4"
    if any(not _BALLOT_WORDS.isdisjoint(token.forms) for token in after):
        return True
    if any(not _LEGISLATIVE.isdisjoint(token.forms) for token in after):
        return False
    if any(not measure.isdisjoint(token.forms) for token in after):
        return True  # "vote yes on the question"
    if after and after[0].forms[0][:1].isdigit():
        return True  # "vote yes on 1", "Vote NO on 2A"
    if any(not _ELECTION_WORDS.isdisjoint(token.forms) for token in sentence):
        return True
    shouted = _written(text, sentence[start - 2]).isupper()  # "VOTE NO ON ..." names nothing
    if any(_named_thing(text, token, shouted=shouted) for token in after):
        return False
    return not _addressed_to_official(text, match.tokens)


def _code(token: Token) -> bool:
    """Whether ``token`` is a measure's number or letter: "3", "2A", "B"."""
    word = token.forms[0]
    return word[:1].isdigit() or (len(word) == 1 and token.capital)


def _named_thing(text: NormalizedText, token: Token, *, shouted: bool) -> bool:
    """Whether ``token`` names something, as a hashtag, a handle or a capital writes it, in words
    that are not all shouted in capitals."""
    written = _written(text, token)
    if written.startswith(("#", "@")):
        return True
    if token.forms[0] in _NOT_NAMES or not _capitalised(text, token):
        return False
    return not (shouted and written.isupper())


def _addressed_to_official(text: NormalizedText, sentence: Sequence[Token]) -> bool:
    """Whether the comment asks an official, whose vote is the office's: it opens with the
    handle of one ("@SenToomey", "@senatorcollins"), or the comment or ``sentence`` opens with a
    vocative that names an office ("Senator Moran, ...", "Dear Alderman:"); ``sentence`` is the
    match's whole sentence."""
    return text.view(_opens_to_official) or _vocative(text, sentence)


def _opens_to_official(text: NormalizedText) -> bool:
    sentences = read(text).sentences
    if not sentences:
        return False
    for token in sentences[0]:
        written = _written(text, token).lstrip(".")
        if not written.startswith("@"):
            break
        if _official_handle(written[1:]):
            return True
    return _vocative(text, sentences[0])


def _official_handle(handle: str) -> bool:
    """Whether a handle names an office: its first word, read from its capitals, is an office
    ("SenToomey", "RepJoeKennedy"), or, written in one case, it opens with a long one
    ("senatorcollins", "MAYORWELLS")."""
    words = _HANDLE_WORDS.findall(handle)
    if len(words) > 1 and words[0].lower() in _ADDRESSED_OFFICES:
        return True
    lowered = handle.lower()
    return any(
        len(office) >= _HANDLE_PREFIX and lowered.startswith(office) and lowered != office
        for office in _ADDRESSED_OFFICES
    )


def _vocative(text: NormalizedText, sentence: Sequence[Token]) -> bool:
    """Whether ``sentence`` opens, after any handles, with a clause that addresses an official:
    an office word and names or words of ``[vocatives]``, then a comma, a colon or a dash
    ("Senator Moran, please vote no", "Council members: vote against")."""
    tokens = [token for token in sentence if not _written(text, token).startswith("@")]
    if len(tokens) < 2:
        return False
    clause = tokens[0].clause
    opening = [token for token in tokens if token.clause == clause]
    if len(opening) == len(tokens) or len(opening) > _VOCATIVE_WORDS:
        return False
    office = False
    for token in opening:
        if not _ADDRESSED_OFFICES.isdisjoint(token.forms):
            office = True
        elif _VOCATIVES.isdisjoint(token.forms) and not _capitalised(text, token):
            return False
    return office


# A vocative is an office and a name of up to three words, or so many words of [vocatives].
_VOCATIVE_WORDS = 4


def _candidacy(match: Match) -> bool:
    """ "<Name> for <office>" where the words before "for" are the candidate's whole name and the
    office ends its clause: "Garcia for Mayor!", "Maria Lopez for county clerk"."""
    text, tokens, words, first, last, *_ = match
    sentence, start, end = _sentence(match)
    slogan_for = match.sets["slogan_for"]
    at = sentence.index(tokens[next(i for i in range(first + 1, last) if words[i] in slogan_for)])
    if not _ends_clause(sentence, end):
        return False
    name = _name_before(text, sentence, at)
    if name != start:
        return False
    # "I'm supporting Lisa Morales for state rep": the writer's own endorsement.
    supported = name > 0 and sentence[name - 1].forms[0] in _SUPPORT_VERBS
    return supported or not _statement(text.normalized, sentence, name)


def _has_my_vote(match: Match) -> bool:
    """ "<Name> has my vote": the words before the verb are a candidate's name (see
    :func:`_name_before`), and the vote ends its clause or runs for an office or to a date
    (:func:`_vote_ends`): "Smith has my vote for mayor", not "Wells has my vote on the zoning
    question"."""
    text, tokens, words, first, _, sets, *_ = match
    sentence, _, end = _sentence(match)
    verb = sentence.index(tokens[first + 1])
    if len(words[first]) < 2 or not words[first].isalpha():
        return False  # "Option B has my vote", "Prop 3 has my vote": no name
    name = _name_before(text, sentence, verb)
    if name is None or _statement(text.normalized, sentence, name):
        return False
    return _vote_ends(sentence, end, sets)


def _given_vote(match: Match) -> bool:
    """The vote given to someone named ("give Dana Fox your vote", "do not give her your vote")
    or the slogan "anybody but Delgado": the words after the verb or "but" name a candidate, a
    pronoun only before the vote, the opening words make no statement, and after "but" the name
    ends its clause or runs for an office, to a date or a year (:func:`_vote_ends`)."""
    text, _, words, first, _, sets, *_ = match
    sentence, start, end = _sentence(match)
    if _statement(text.normalized, sentence, start):
        return False
    if words[first + 1] == "but":
        if not _endorsement(match):
            return False
        last_name = end
        while (
            last_name + 1 < len(sentence)
            and sentence[last_name + 1].clause == sentence[end].clause
            and _capitalised(text, sentence[last_name + 1])
        ):
            last_name += 1  # "Brent Maher"
        return _vote_ends(sentence, last_name, sets)
    if words[first + 1] in _CANDIDATE_PRONOUNS:
        return True
    return _name(text, sentence, start + 1, sets, persons=True) is not None


def _called(sentence: Sequence[Token], index: int, sets: Sets) -> bool:
    """Whether the appeal whose object is at ``index`` is a call: nothing but
    ``[imperative_openers]`` stands between its clause's start and its verb ("Do NOT vote for
    him", "please re-elect her"), not a subject ("Tucson elect him")."""
    clause = sentence[index].clause
    at = index - 1
    while at >= 0 and sentence[at].forms[0] in ("for", "against", *sets["side"]):
        at -= 1  # the verb's own words: "vote for", "vote yes for"
    at -= 1  # the verb
    if at >= 0 and sentence[at].forms[0] == "re":
        at -= 1  # "re-elect"
    return all(
        token.forms[0] in _IMPERATIVE_OPENERS
        for token in sentence[: max(at + 1, 0)]
        if token.clause == clause
    )


def _vote_ends(sentence: Sequence[Token], index: int, sets: Sets) -> bool:
    """Whether the vote at ``index`` ends its clause, or "for" and an office follow ("for
    mayor", "for city council"), or a date ("in April", "this November", "April 4")."""
    following = [token.forms[0] for token in sentence[index + 1 :]]
    if not following or sentence[index + 1].clause != sentence[index].clause:
        return True
    if _afterthoughts(sentence, index):
        return True
    if following[0] == "for":
        office = following[1:3]
        if office and office[0] in sets["level"]:
            office = office[1:]  # "for city council"
        return bool(office) and office[0] in sets["seat"]
    if following[0] in sets["date_openers"] and following[1:2]:
        following = following[1:]
    return following[0] in _DATES or following[0].isdigit()


_DATES = read_word_list(_WORDS, "dates")


def _appeal(match: Match) -> bool:
    """An appeal whose last word names the candidate ("vote for Mayor Smith", "Vote Garcia",
    "re-elect Osenga", "vote for me") and whose opening words make no statement."""
    text, _, words, first, _, sets, *_ = match
    sentence, start, end = _sentence(match)
    spelled = words[first] == "re"  # "re-elect"
    verb = start + 1 if spelled else start
    appeal = words[first + 1] if spelled else words[first]
    if _statement(text.normalized, sentence, start):
        return False
    position = verb + 1
    bare = False
    if appeal in _VOTE_APPEALS and position < len(sentence):
        if _VOTE_SIDES.isdisjoint(sentence[position].forms):
            if appeal != "vote" or not _bare_vote(sentence, verb):
                return False
            bare = True
        else:
            position += 1
    persons = appeal not in _VOTE_APPEALS or (not bare and "out" in sentence[verb + 1].forms)
    if _name(text, sentence, position, sets, strict=bare, persons=persons) != end:
        return False
    if not _SELF_CANDIDATES.isdisjoint(sentence[end].forms):
        return True  # "vote for me": a candidate's own appeal, to anyone
    if _bill(sentence, end):
        return False  # "vote against the Cassidy bill", "vote for HB 1234"
    # Asking an official how to vote on a nominee ("@SenatorX please vote against DeVos") is a
    # petition to the government; "re-elect" asks the electorate, whoever is addressed.
    return appeal not in _VOTE_APPEALS or not _addressed_to_official(text, match.tokens)


def _bill(sentence: Sequence[Token], index: int) -> bool:
    """Whether the name at ``index`` is a bill's: it, or a word after it in its clause with only
    capitalised words between ("vote for HB 1234", "the Graham-Cassidy bill"), is a word of
    ``[legislative]``."""
    clause = sentence[index].clause
    for token in sentence[index : index + _OBJECT_WORDS]:
        if token.clause != clause:
            return False
        if not _LEGISLATIVE.isdisjoint(token.forms):
            return True
        if not token.capital:
            return False
    return False


def _endorsement(match: Match) -> bool:
    """An endorsement whose last word names the candidate: "I'm proud to endorse Kevin Walsh",
    "my vote is going to Dana Fox" (titles before the name skipped, as for an appeal)."""
    text, _, _, _, _, sets, *_ = match
    sentence, _, end = _sentence(match)
    if _thing(sentence, end) or "'" in sentence[end].forms[0]:
        return False  # "endorse the Riverfront Plan", "Smith's plan"
    start, stop = text.span(sentence[end].start, sentence[end].end)
    if not text.original[start:stop].replace("-", "").isalpha() or text.original[stop:][:1] == ":":
        return False  # "I endorse ALT1", "I endorse Wikipedia:Civility" name no one
    return _name(text, sentence, end, sets) == end


def _thing(sentence: Sequence[Token], index: int) -> bool:
    """Whether the capitalised word at ``index`` names a thing: a word of
    ``[thing_determiners]`` stands right before it ("vote for the Holiday Lights winner")."""
    return index > 0 and sentence[index - 1].forms[0] in _THING_DETERMINERS


def _bare_vote(sentence: Sequence[Token], index: int) -> bool:
    """Whether "vote" at ``index`` may start a bare appeal ("Vote Garcia", "please vote Garcia"):
    it starts its clause, follows a word of ``[bare_vote_after]`` or a whole condition ("if you
    love this town vote Lee"), and its clause goes on."""
    token = sentence[index]
    if index + 1 == len(sentence) or sentence[index + 1].clause != token.clause:
        return False
    if index == 0 or sentence[index - 1].clause != token.clause:
        return True
    return not _BARE_VOTE_AFTER.isdisjoint(sentence[index - 1].forms) or _after_whole_condition(
        sentence, index
    )


def _ends_clause(sentence: Sequence[Token], index: int) -> bool:
    """Whether the office or the name at ``index`` ends its clause: the sentence's last word,
    before a comma or a dash, or before a number or a word of ``[after_office]`` or ``[dates]``
    ("Garcia for Mayor 2027", "vote jones april 4")."""
    if "'" in sentence[index].forms[0]:
        return False  # "for mayor's office"
    if index + 1 == len(sentence) or sentence[index + 1].clause != sentence[index].clause:
        return True
    following = sentence[index + 1].forms[0]
    return following.isdigit() or following in _AFTER_OFFICE or _afterthoughts(sentence, index)


def _afterthoughts(sentence: Sequence[Token], index: int) -> bool:
    """Whether only afterthoughts follow ``index`` in its clause: "Smith has my vote lol"."""
    clause = sentence[index].clause
    return all(
        token.forms[0] in _AFTERTHOUGHTS
        for token in sentence[index + 1 :]
        if token.clause == clause
    )


def _written(text: NormalizedText, token: Token) -> str:
    """The token as written in the original text."""
    start, end = text.span(token.start, token.end)
    if start and text.original[start - 1] in "#@":
        start -= 1  # the reading drops a hashtag's "#"
    return text.original[start:end]


def _capitalised(text: NormalizedText, token: Token) -> bool:
    return _written(text, token).lstrip("@#")[:1].isupper()


def _capitals(text: NormalizedText) -> bool:
    """Whether the comment writes a capital letter anywhere: read once per comment."""
    return any_capital(text.original)


def _uncased_name(text: NormalizedText, sentence: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` may name a candidate in a comment written without capitals
    ("vote garcia", "garcia for mayor"), where case tells nothing: a word of letters that is no
    word of ``_NOT_SLOGAN_NAMES`` and has no ending of ``[uncased_not_name_endings]`` ("vote
    smarter", "vote responsibly")."""
    if text.view(_capitals):
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
    if before and not _DETERMINERS.isdisjoint(before[-1].forms):
        return True  # "the vote for Kavanaugh", "my vote for Smith": a noun
    clause = sentence[index].clause
    if any(
        token.clause == clause and not _CONDITIONS.isdisjoint(token.forms)
        for token in sentence[:index]
    ) and not _after_whole_condition(sentence, index):
        return True  # "if you vote for Smith, ...": a condition
    if before and not _NEGATIONS.isdisjoint(before[-1].forms):
        # "don't vote for Smith" opposes a candidate, "I would never vote Garcia" says how the
        # writer votes: the words before the negation, in its clause, tell which.
        clause = before[-1].clause
        before = tuple(token for token in before[:-1] if token.clause == clause)
    return any(not _NOT_APPEALS.isdisjoint(token.forms) for token in before)


def _after_whole_condition(sentence: Sequence[Token], index: int) -> bool:
    """Whether the bare "vote" at ``index`` follows a whole condition in its clause, written
    without a comma, and so opens an appeal: "if u want change vote for Jenkins", "if you are
    sick of potholes vote Lee". The condition is whole when a pronoun opens it, a word of its own
    follows the pronoun, and the word before the vote is none of a subject's
    (``[condition_subjects]``): not "if you vote", "if we all vote", "if you want to vote", "if
    residents vote" (no pronoun)."""
    clause = sentence[index].clause
    condition = next(
        (
            at
            for at in range(index - 1, -1, -1)
            if sentence[at].clause == clause and not _CONDITIONS.isdisjoint(sentence[at].forms)
        ),
        None,
    )
    return (
        condition is not None
        and sentence[index].forms[0] == "vote"
        and index - condition > 2
        and sentence[condition + 1].forms[0] in _CONDITION_PRONOUNS
        and sentence[index - 1].forms[0] not in _CONDITION_SUBJECTS
    )


def _name(
    text: NormalizedText,
    sentence: Sequence[Token],
    position: int,
    sets: Sets,
    *,
    strict: bool = False,
    persons: bool = False,
) -> int | None:
    """The index of the candidate's name (or "me"/"us") from ``position``, if any; ``strict``
    (after a bare "vote") also refuses the common words of ``_NOT_SLOGAN_NAMES``; ``persons``
    says the appeal takes only a person ("elect", "vote out"). ``sets`` are
    the phrase file's, whose offices follow a name written without capitals ("vote garcia for
    mayor")."""
    normalized = text.normalized
    for index in range(position, min(position + 4, len(sentence))):
        token = sentence[index]
        if _SENTENCE.search(normalized[sentence[index - 1].end : token.start]):
            return None  # "... a party to vote for: they're ..."
        word = token.forms[0].lstrip("@#")  # "vote for @Handle"
        if word in _SELF_CANDIDATES:
            return index
        if word in _CANDIDATE_PRONOUNS and index == position:
            # "Do NOT vote for him for City Treasurer", not "vote for her proposal" nor "he's
            # going to vote for him".
            called = _called(sentence, index, sets) and _vote_ends(sentence, index, sets)
            return index if called else None
        if strict and (
            token.clause != sentence[position].clause
            or _written(text, token).startswith("#")
            or len(word) < 2
            or word in _NOT_SLOGAN_NAMES
            or word in _DETERMINERS
        ):
            return None  # "vote (STV)", "vote #MAGA", "vote R", "Vote Early", "vote the bums out"
        if not token.forms[0].startswith("@") and any(char.isdigit() for char in word):
            return None  # "vote for SB10": a bill's number names no one
        if word not in _NOT_NAMES and word not in _TITLES and _capitalised(text, token):
            return None if _thing(sentence, index) else index
        if word not in _TITLES and _uncased_name(text, sentence, index):
            last = _uncased_surname(text, sentence, index)
            # Without capitals, a name that ends the clause (after a bare "vote", an appeal that
            # only a person takes or an office's title: "vote garcia", "re-elect moore", "vote
            # out lutz in november", "vote for commissioner moore") or runs for an office.
            before = sentence[index - 1].forms
            person = _DETERMINERS.isdisjoint(before) and (
                strict or persons or not sets["seat"].isdisjoint(before)
            )
            if (person and _ends_clause(sentence, last)) or _office_follows(sentence, last, sets):
                return index
        if word not in _TITLES:
            return None
    return None


def _uncased_surname(text: NormalizedText, sentence: Sequence[Token], index: int) -> int:
    """The last word of a name written without capitals that starts at ``index``: the next word
    too where it is one and ends the clause or runs for an office ("elect sarah kim", "vote
    for dana fox for mayor"), else ``index``."""
    following = index + 1
    if (
        following < len(sentence)
        and sentence[following].clause == sentence[index].clause
        and not _ends_clause(sentence, index)
        and _uncased_name(text, sentence, following)
    ):
        return following
    return index


def _office_follows(sentence: Sequence[Token], index: int, sets: Sets) -> bool:
    """Whether "for <office>" follows the word at ``index`` in its clause, and the office ends
    the clause: "vote garcia for mayor", "vote for lopez for city council"."""
    at = index + 1
    if at >= len(sentence) or sentence[at].clause != sentence[index].clause:
        return False
    if "for" not in sentence[at].forms:
        return False
    at += 1
    if at < len(sentence) and not sets["level"].isdisjoint(sentence[at].forms):
        at += 1
    return (
        at < len(sentence)
        and not sets["seat"].isdisjoint(sentence[at].forms)
        and _ends_clause(sentence, at)
    )


def _year_slogan(match: Match) -> bool:
    """A candidate, or a ticket of two, and a year standing as a sentence of its own: "Trump
    2024!!!", "Biden/Harris 2020". Every word before the year is a name (see
    :func:`_year_name`), and only hashtags follow the year in its sentence ("Trump 2020
    #draintheswamp"), so "Trump 2024 flags were stolen" and "Summer 2024" are no slogans."""
    text, tokens, _, first, last, *_ = match
    start, _ = text.span(tokens[first].start, tokens[first].end)
    _, end = text.span(tokens[last].start, tokens[last].end)
    if not _TICKET.fullmatch(text.original[start:end]):
        return False  # "Routledge: UK, 2004", "Japan, 1993": a citation
    if not all(_year_name(text, tokens, index) for index in range(first, last)):
        return False
    after = tokens[last + 1 :]
    return all(_written(text, token).startswith("#") for token in after) or _slogan_tail(
        text, tokens, last
    )


# What may set a slogan's words apart from its year: "Okafor 2027 - a new direction", "Moreno
# 2026: jobs, safety, schools".
_TAIL_MARKS = frozenset("-–—:")
# The most words a slogan's tail holds.
_TAIL_WORDS = 8


def _slogan_tail(text: NormalizedText, tokens: Sequence[Token], year: int) -> bool:
    """Whether the words after the year are a slogan's tail: a dash or a colon right after the
    year, then at most :data:`_TAIL_WORDS` words and no digit ("Okafor 2027 - a new
    direction"); a citation goes on with a page or a number ("Smith 2019: 45", "Jones 2004 -
    page 12")."""
    after = tuple(dict.fromkeys(tokens[year + 1 :]))
    if not after or len(after) > _TAIL_WORDS:
        return False
    between = text.normalized[tokens[year].end : after[0].start]
    if not _TAIL_MARKS.intersection(between) or between.strip(" -–—:"):
        return False
    return not any(character.isdigit() for token in after for character in _written(text, token))


# A slogan's names and its year, written with nothing but spaces and the marks of a ticket
# between them ("Biden/Harris 2020", "Trump-Pence 2020", "Harris & Walz 2024").
_TICKET = regex.compile(r"[\p{L}\s/&+-]+[0-9]{4}")
# An acronym this short before a year names a publisher, a league or an agency ("BBC 2017",
# "NHL 2009"), not a candidate; a slogan's acronym is longer ("MAGA 2020").
_ACRONYM = 3


def _year_name(text: NormalizedText, sentence: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` may name a candidate before a year: letters, written with
    a capital (or, in a comment without any, no common word), and no word of
    ``_NOT_YEAR_NAMES``."""
    token = sentence[index]
    written = _written(text, token)
    if written.startswith(("#", "@")) or not written.isalpha() or len(written) < 2:
        return False
    if written.isupper() and len(written) <= _ACRONYM:
        return False
    if not _NOT_YEAR_NAMES.isdisjoint(token.forms) or token.forms[-1].endswith(_EVENT_ENDINGS):
        return False
    return _capitalised(text, token) or _uncased_name(text, sentence, index)


def _year_hashtags(detector: str, text: NormalizedText) -> Iterator[Signal]:
    """A year slogan written as a hashtag: "#Garcia2027", "#Trump2020", "#BidenHarris2020". The
    hashtag is one or two words read from its capitals (a name, or a ticket of two), each a name
    as :func:`_year_name` reads one, then a year of ``@years``. A hashtag without capitals
    ("#classof2024", "#mdzs2018") shows no words to read, so it is none."""
    for sentence in read(text).sentences:
        for token in dict.fromkeys(sentence):
            written = _written(text, token)
            name, year = written[1:-4], written[-4:]
            if not written.startswith("#") or year not in _YEARS or not name.isalpha():
                continue
            words = _HANDLE_WORDS.findall(name)
            if len(words) > _TICKET_NAMES or "".join(words) != name:
                continue
            if all(_hashtag_name(word) for word in words):
                start, end = text.span(token.start, token.end)
                yield Signal(detector, start - 1, end, Strength.JUDGMENT)


@cache
def _year_hashtag() -> re.Pattern[str]:
    """What the original text of a year slogan's hashtag holds (:func:`_year_hashtags`): a
    "#", letters, then a year of ``@years``. A comment without it is not read for one."""
    years = "|".join(map(re.escape, sorted(_YEARS, key=len, reverse=True)))
    return re.compile(rf"#[^\W\d_]+(?:{years})")


# A hashtag slogan names a candidate or a ticket of two: "#BidenHarris2020".
_TICKET_NAMES = 2


def _hashtag_name(word: str) -> bool:
    """Whether a word read from a hashtag's capitals may name a candidate: written with a
    capital, no acronym of three letters or fewer ("#GE2017", "#FY2024") and no word of
    ``_NOT_YEAR_NAMES`` ("#Summer2024", "#Vote2018", "#Midterms2018")."""
    if not word[:1].isupper() or (word.isupper() and len(word) <= _ACRONYM):
        return False
    folded = word.casefold()
    return folded not in _NOT_YEAR_NAMES and not folded.endswith(_EVENT_ENDINGS)


def _and_you(match: Match) -> bool:
    """The writer's own vote held up for others to follow ("I'm voting for Dana Fox and you
    should too"): kept where the vote is for or against someone named, read as for an appeal
    (:func:`_name`), or a side on what the electorate votes on (:func:`_on_the_ballot`)."""
    text, tokens, words, first, last, sets, *_ = match
    vote = next(i for i in range(first, last + 1) if words[i] in sets["vote_verbs"])
    side = vote + 1
    sentence, _, _ = _sentence(match)
    at = sentence.index(tokens[side])
    if words[side] in sets["side"]:
        return words[side + 1] == "on" and _on_the_ballot(match, sentence, at + 2)
    # "voting for Dana Fox" or, bare, "voting Bergstrom".
    name = _name(text, sentence, at + (words[side] in ("for", "against")), sets)
    return name is not None and sentence[name].start < tokens[last].start


def _campaign_advocacy(config: DetectorConfig) -> CampaignDetector:
    # The appeals come last: the order of the evidence is that of the family's first version.
    file = read_phrases(_FILE)
    judges: dict[str, Judge] = {
        "candidacy": _candidacy,
        "slogan": _slogan,
        "side": _side,
        "slogan_clause": _slogan_in_clause,
        "endorsement": _endorsement,
        "year_slogan": _year_slogan,
        "and_you": _and_you,
        "given_vote": _given_vote,
        "has_my_vote": _has_my_vote,
        "appeal": _appeal,
    }
    parts = tuple(
        PhraseDetector.of(config.id, file, group, judge=judge) for group, judge in judges.items()
    )
    return CampaignDetector(config.id, parts)


FACTORIES: Mapping[str, DetectorFactory] = {"campaign_advocacy": _campaign_advocacy}
