"""The checks a pattern group applies to its matches: what turns a match into no finding.

A phrase file's group names its checks (``checks: negation quotation``; see :mod:`.phrases`),
and each check reads the words of the file's sets it needs, so the vocabulary stays in the file:

``negation``
    a word of the set ``negators`` stands in the match or in the three words before it, and
    the match ends in its scope: "I would never hurt you", "nobody should shoot him". A
    negator's scope is its clause (the reading's clause marks; ``negation_scope.txt``): a
    clause mark after the words of its clause ends it, unless a word of the set ``reporting``
    (if the file has one) stands right before the mark, whose words run on ("I never said, I
    will kill you"), and so does a word of ``[contrast]`` after it ("but"): "You don't know
    anything, idiot.", "I don't care, I will kill you" and "my songs aren't perfect but check
    them out" say what follows the mark. A negator that stands last in its clause is cut off
    from the words it negates ("I would never, ever hurt you", "Nobody, and I mean nobody,
    ..."): it negates past the marks, unless it ends a word or run of ``[elliptic]``, standing
    for a whole clause ("No, I will kill you", "like it or not, ..."), or it is a word of
    ``[pronouns]`` after another word of its clause ("you know nothing, idiot"; not the echo of
    a subject: "Nobody, and I mean nobody, ...").
    Nor does it negate when it denies a word of the set
    ``negative_predicates`` (if the file has one; words of ``negation_fillers`` may stand
    between): "should not be illegal" approves; or a word or run of the set ``rhetorical`` (if
    the file has one) stands right before it: "why don't you just fuck off", "why not kill him"
    urge, they negate nothing; or it stands in a run of ``[eager]`` of ``negation_scope.txt``,
    an idiom of eagerness or certainty ("I can't wait for ...", "it won't be long until ...",
    "no doubt ..."); or it stands in the match and its pattern names it
    (:attr:`Match.named`): "you won't see it coming" says what it says;
``quotation``
    every word of the match stands inside quotation marks: a quotation, not an assertion (the
    reading's quoted flag: a comment wrapped whole in quotation marks, as a pasted tweet is, is
    the writer's own words, and only a quotation inside it counts);
``reported``
    a word of the set ``reporting`` stands in the four words before the match, and no word of
    the set ``first`` before it in the sentence: "he said he would kill her", "threatening to
    kill them will get you jailed", "she was banned for saying ..." report or discuss words; "I
    said I will kill you" does not, nor does a report that a word of the set ``endorsing`` (if
    the file has one) stands in the four words before: "where is the mistake in saying ...",
    "nothing wrong with saying ..." make the words the writer's own; nor a report that a word
    of the set ``conditions`` (if the file has one) makes a condition, unless the match is in
    the words it reports (it ends in the reporting word's clause, and no word of ``first``
    stands in it after the reported words' opening): "if you say I'm lying, I'll punch you" and
    "if you say that again I'll smash your face" threaten, "if he says I will kill him, he
    lies" and "if a source says that he is an idiot, cite it" report;
``errand``
    a verb of the set ``errand_verbs`` stands in the last words of the match (the person it
    names: up to five words), and the words after the match are up to three words of the set
    ``errand_fillers`` and a word of the set ``errand_nouns``: the person or body is sent a
    message, not harmed: "I'll shoot you an email", "shoot the board a quick email", "drop
    Alderman Lewis a line", "fire the trustees a few questions";
``defeat``
    the match is a measure turned down or a contest lost: a verb of the set ``defeat_verbs``
    stands in it with a word of the set ``defeat_particles`` right after it ("someone should
    shoot down the mayor's proposal", "I hope the council gets shot down"), or a word or run
    of the set ``contests`` begins in the four words after it ("I hope the mayor gets buried
    in the vote", "let's kill them in November"), unless the match holds a word of the sets
    ``violence`` or ``harmed_person``, harm only a body suffers ("I'll shoot you in November");
``owned``
    a word of the match names what a person owns or runs, not the person: a word of the set
    ``plans`` stands right after a word of the set ``person`` in the match ("the old boys club
    should be shot"; "the tax assessor" is a person named by a noun before it), or
    in the two words after a possessive of the match ("kill the mayor's ordinance", "shoot down
    the commissioners' new plan"); "I'll kill the mayor's wife" names a person;
``news``
    the match is a crime reported, not done: a word of the set ``enforcement`` stands before it
    in its sentence ("Police arrested a man selling bootleg DVDs", "a woman was charged with
    selling counterfeit purses"), or a run of the set ``attribution`` stands anywhere in the
    sentence ("the pharmacy was selling oxycodone without prescriptions, authorities said");
``enforcing``
    the match names a force that enforces the law, reported doing so: a word of the set
    ``enforcing`` stands in the three words after the match ("Dayton police arrested a man on
    Main St", "Kettering PD are investigating a break-in"), or a run of the set
    ``attribution`` anywhere in its sentence ("a man was shot on Wayne Ave, Dayton police
    said"): a report of a crime or an accident, not a comment about the force. No word of
    ``not_enforcing`` stands between the match and the act: "Kettering Police should have
    arrested him", "Dayton police never arrested anyone" are about the force;
``first_person``
    the words right before the match are a word or run of the set ``first_person``: the writer
    speaks of themselves ("I live on Oak St", "we're living at 12 Elm"), not of someone else;
``antecedent``
    the match names a pronoun of the set ``antecedent_pronouns`` ("them", "they") whose
    antecedent is a word of the set ``nonhuman``: the nearest noun of the sets ``nonhuman`` or
    ``person`` before it, in the match's sentence or the one before, that is no predicate (a
    word of ``copulas`` in the two words before it: "they are animals" names no animal). "Feral
    cats are everywhere. Kill them all." speaks of cats, "Those people are animals. Kill them
    all." of people; so does a pronoun in the three words before the match ("They should be
    shot"). Else, unless the match names the reader (a word of ``addressee``: "touch my dog and
    I will kill you" threatens the reader, not the dog), the nearest such noun in those three
    words decides, a word of ``plans`` counting as ``nonhuman``: "the bear should be shot",
    "that idea should be shot on sight" ("My idea: they should all be shot" names people);
``debunk``
    the match is a claim reported to be false: a word of the set ``debunk_before`` stands in
    the eight words before it ("it's a myth that you can vote by text", "beware: ..."), a word
    of the set ``debunk_negators`` (if the file has one) in the three words before it ("you can
    NOT vote by text"; further off, a negator denies another verb: "you don't need to show up,
    you can vote online"), or a word or run of ``debunk_after`` in the ten words after it
    ("vote by text, it's a scam");
``question``
    the match's sentence asks: the first ``.``, ``!``, ``?`` or line break after it (within
    300 characters) is ``?`` ("Did John Smith steal the money?", "are checkpoints legal?");
``hypothetical``
    the match is words imagined being said, not said: a word of the set ``hypothetical`` ("if",
    "suppose", "imagine"), a speaker (a word of ``first`` or ``anyone``: "I", "we", "someone")
    and, within four words of the hypothetical word, a word of ``reporting`` ("said", "wrote")
    that stands in the match or the four words before it and is followed by the words it
    reports: a quoted word, or a word that opens a clause (of ``first``, ``subject``,
    ``anyone`` or ``complementizers``). "If I said 'I'm going to kill him', would that be a
    threat?", "what if someone wrote I'll burn your house down?" mention a threat; "if you show
    up again, I'll kill you" (no report), "if I say it again, I'll hit you" (the report says
    no clause) and "if you say I'm lying, I'll hit you" (the addressee speaks) make one;
``literal``
    the match's last word names a role played or a job done, not a person insulted: it is a
    word of the set ``literal_roles``, a word of ``literal_links`` stands right after the match,
    then a word of ``literal_settings`` in the three words after that, in the match's clause:
    "he's a clown at the circus", "she was a witch in the school play", "my son was a little
    monster for Halloween"; "the mayor is a clown at every meeting" names no show, "these vile
    scumbags on parade" no part one plays;
``notice``
    the match stands in a notice about rules and their enforcement: a word of the set
    ``notice`` ("blocked", "banned", "policy", "editing", "towed") stands in the match's
    sentence, one of the two before it or the one after it: "Please stop vandalizing pages.
    You have been warned." is a moderator's notice, "Stay away from my daughter. You have been
    warned." is none.
``unasked``
    the match answers nothing: the sentence before its own is missing, holds no word of the
    set ``asked_goods``, or is neither a question of eight words at most nor a line of four
    words at most. An offer whose goods were asked for or named on a line of their own
    ("anyone need coke? i deliver", "Got percs. hmu") is one offer split by its punctuation;
    "i deliver" alone, or after a report ("Police seized weed at the school today. DM me"), is
    none.

A check is a pure function of the :class:`Match`; it returns ``True`` to drop it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from itertools import chain
from typing import NamedTuple

from ..reading import Token, read
from ..text import NormalizedText
from .lexicon import read_word_list

__all__ = ["CHECKS", "Check", "Match", "run_end", "written_possessive"]

Sets = Mapping[str, frozenset[str]]


class Match(NamedTuple):
    """A match of a pattern, as a check or a family's judge reads it: the comment's text, the
    match's sentence (its tokens, one per word, and the words they read as), the index of its
    first and last word, the phrase file's word sets, and the words its pattern names in its
    word slots (``Pattern.named``)."""

    text: NormalizedText
    tokens: Sequence[Token]
    words: Sequence[str]
    first: int
    last: int
    sets: Sets
    named: frozenset[str] = frozenset()


#: Decides a match from what :class:`Match` holds: a check returns ``True`` to drop it.
Check = Callable[[Match], bool]

_NEGATION_WINDOW = 3
_REPORT_WINDOW = 4
_DEBUNK_BEFORE = 8
_DEBUNK_NEGATED = 3
_DEBUNK_AFTER = 10


def _negation(match: Match) -> bool:
    _, tokens, words, first, last, sets, named = match
    negators, inverted = sets["negators"], sets.get("negative_predicates", frozenset())
    for i in range(max(0, first - _NEGATION_WINDOW), last + 1):
        if i >= first and words[i] in named:
            continue
        if (
            words[i] in negators
            and _in_scope(tokens, words, i, last, sets.get("reporting", frozenset()))
            and not _negates_a_negative(words, i, inverted, sets)
            and not _ends_with_run(words, i, sets.get("rhetorical", frozenset()))
            and not _in_run(words, i, _EAGER)
        ):
            return True
    return False


#: The words after which a negator's scope has ended ("but"), the negators and runs that stand
#: for a whole clause before a clause mark ("No, ...", "or not, ..."), and the negators that
#: complete their clause when another word of it stands before them ("you know nothing, ...").
_CONTRAST = read_word_list("negation_scope.txt", "contrast")
_ELLIPTIC = read_word_list("negation_scope.txt", "elliptic")
_PRONOUNS = read_word_list("negation_scope.txt", "pronouns")
#: The idioms a negator stands in that say eagerness or certainty, not a denial ("can't wait",
#: "couldn't be happier", "won't be long", "no doubt").
_EAGER = read_word_list("negation_scope.txt", "eager")


def _in_scope(
    tokens: Sequence[Token], words: Sequence[str], i: int, last: int, reporting: frozenset[str]
) -> bool:
    """Whether the word at ``last`` stands in the scope of the negator at ``i``: in its clause,
    with no word of ``[contrast]`` between ("not an idiot but a genius"). A clause mark right
    after a word of ``reporting`` leaves the scope open to the next clause ("I never said, I
    will ..."); one right after the negator leaves it open to the match (a parenthesis: "never,
    ever hurt you"), unless the negator stands for a whole clause ("No, ...", "or not, ...") or
    is a pronoun that completes its clause ("you know nothing, ..."; an echo of the same word
    before it does not: "Nobody, and I mean nobody, ...")."""
    if not _CONTRAST.isdisjoint(words[i + 1 : last + 1]):
        return False
    clause = tokens[i].clause
    if tokens[last].clause == clause:
        return True
    if tokens[i + 1].clause != clause:  # the negator stands last in its clause
        word = words[i]
        return not _ends_with_run(words, i + 1, _ELLIPTIC) and not (
            word in _PRONOUNS and i > 0 and tokens[i - 1].clause == clause and word not in words[:i]
        )
    end = i + 1
    while tokens[end + 1].clause == clause:
        end += 1
    return words[end] in reporting and tokens[last].clause == tokens[end + 1].clause


def _ends_with_run(words: Sequence[str], i: int, runs: frozenset[str]) -> bool:
    """Whether the words right before ``i`` are a word or a run (``why_do``) of ``runs``: "why
    don't you just fuck off" urges, it negates nothing."""
    for term in runs:
        run = term.split("_")
        if i >= len(run) and list(words[i - len(run) : i]) == run:
            return True
    return False


def _in_run(words: Sequence[str], i: int, runs: frozenset[str]) -> bool:
    """Whether the word at ``i`` stands inside a run of ``runs`` ("can_not_wait"): a negator
    in an idiom of eagerness ("I can't wait for ...", "it won't be long until ...") denies
    nothing."""
    for run in chain.from_iterable(_runs(runs).values()):  # split once per set
        for k, word in enumerate(run):
            start = i - k
            if word == words[i] and start >= 0 and tuple(words[start : start + len(run)]) == run:
                return True
    return False


def _negates_a_negative(words: Sequence[str], i: int, inverted: frozenset[str], sets: Sets) -> bool:
    """Whether the negator at ``i`` denies a prohibition ("should not be illegal", "is not a
    crime"): two negatives make an approval, not a negation. Words of the set
    ``negation_fillers`` ("be", "a") may stand between."""
    fillers = sets.get("negation_fillers", frozenset())
    following = [word for word in words[i + 1 : i + 4] if word not in fillers]
    return bool(following) and following[0] in inverted


def _quotation(match: Match) -> bool:
    return all(token.quoted for token in match.tokens[match.first : match.last + 1])


def _reported(match: Match) -> bool:
    _, _, words, first, _, sets, *_ = match
    reporting = sets["reporting"]
    endorsing = sets.get("endorsing", frozenset())
    conditions = sets.get("conditions", frozenset())
    for i in range(max(0, first - _REPORT_WINDOW), first):
        if words[i] in reporting:
            before = words[max(0, i - _REPORT_WINDOW) : i]
            if not endorsing.isdisjoint(before):
                return False  # "where is the mistake in saying ...": the writer's own claim
            if not conditions.isdisjoint(before) and not _reports(match, i):
                return False  # "if you say I'm lying, I'll punch you": the report is a condition
            return sets["first"].isdisjoint(words[:i])
    return False


def _reports(match: Match, i: int) -> bool:
    """Whether the match is in the words the report at ``i`` gives: it ends in the reporting
    word's clause, and the writer does not speak again before its end: no word of the set
    ``first`` stands after the reported words' opening (words of ``complementizers``, then one
    of ``first``: "if he says (that) I will kill him, he lies", "if a source says that he is an
    idiot, cite it"). "If you say I'm lying, I'll punch you", "if you say I'm lying I'll punch
    you" and "if you say that again I'll smash your face" threaten on a condition."""
    tokens, words, last, sets = match.tokens, match.words, match.last, match.sets
    if tokens[i].clause != tokens[last].clause:
        return False
    complementizers, speaker = sets.get("complementizers", frozenset()), sets["first"]
    j = i + 1
    while j <= last and words[j] in complementizers:
        j += 1
    if j <= last and words[j] in speaker:
        j += 1
    return speaker.isdisjoint(words[j : last + 1])


def _errand(match: Match) -> bool:
    _, _, words, first, last, sets, *_ = match
    verbs = range(max(first, last - _ERRAND_PERSON), last)
    if not any(words[i] in sets["errand_verbs"] for i in verbs):
        return False
    fillers, nouns = sets["errand_fillers"], sets["errand_nouns"]
    following = words[last + 1 : last + 2 + _ERRAND_FILLERS]
    for word in following:
        if word in nouns:
            return True
        if word not in fillers:
            return False
    return False


#: How many words the person an errand verb names may take ("the whole county board"), and how
#: many words may stand between the person and the message ("a quick little").
_ERRAND_PERSON = 5
_ERRAND_FILLERS = 3


def _defeat(match: Match) -> bool:
    _, _, words, first, last, sets, *_ = match
    verbs, particles = sets["defeat_verbs"], sets["defeat_particles"]
    if any(
        words[i] in verbs and i + 1 < len(words) and words[i + 1] in particles
        for i in range(first, last + 1)
    ):
        return True
    if not _union(sets["violence"], sets["harmed_person"]).isdisjoint(words[first : last + 1]):
        return False
    return _run_begins(words, sets["contests"], range(last + 1, last + 2 + _CONTEST_AFTER))


#: How far after the match a contest may begin ("gets shot down *again* in the vote").
_CONTEST_AFTER = 4


def _owned(match: Match) -> bool:
    _, tokens, words, first, last, sets, *_ = match
    plans, person = sets["plans"], sets["person"]
    for i in range(first, last + 1):
        named = words[i + 1 : i + 1 + _OWNED_REACH]
        if i < last and words[i] in person and words[i + 1] in plans:
            return True  # "the old boys club should be shot": the person word modifies a noun
        if written_possessive(match.text, tokens[i]) and not plans.isdisjoint(named):
            return True
    return False


#: How many words after a possessive may name what it owns ("the mayor's *new* proposal").
_OWNED_REACH = 2


def written_possessive(text: NormalizedText, token: Token) -> bool:
    """Whether ``token`` is written as a possessive in ``text``: "mayor's", "commissioners'",
    "Diaz'" (the reading drops the apostrophe and its "s")."""
    written = text.normalized
    return written[token.start : token.end].endswith(("'s", "’s")) or written[
        token.end : token.end + 1
    ] in ("'", "’")


def _news(match: Match) -> bool:
    _, _, words, first, _, sets, *_ = match
    enforcement = sets["enforcement"]
    if not enforcement.isdisjoint(words[:first]) or _run_begins(words, enforcement, range(first)):
        return True  # a word or a run ("shut_down") of the law's answer before the match
    return _run_begins(words, sets["attribution"], range(len(words)))


def _enforcing(match: Match) -> bool:
    _, _, words, _, last, sets, *_ = match
    acts, unreported = sets["enforcing"], sets["not_enforcing"]
    for word in words[last + 1 : last + 1 + _ENFORCING_AFTER]:
        if word in unreported:
            break
        if word in acts:
            return True
    return _run_begins(words, sets["attribution"], range(len(words)))


#: How many words after a force's name its act may stand ("Kettering PD *are investigating*").
_ENFORCING_AFTER = 3


def _run_begins(words: Sequence[str], terms: frozenset[str], starts: range) -> bool:
    """Whether a word or run (``police_said``) of ``terms`` begins at one of ``starts``."""
    firsts = _runs(terms)  # a term is looked for only where its first word stands
    return any(
        word in firsts and run_end(words, terms, i) is not None
        for i, word in enumerate(words[starts.start : starts.stop], starts.start)
    )


def run_end(words: Sequence[str], terms: frozenset[str], at: int) -> int | None:
    """Where the longest word or run of ``terms`` (``told_police``: "told", "police") that
    begins at ``at`` in ``words`` ends, or ``None`` when none begins there."""
    runs = _runs(terms).get(words[at]) if at < len(words) else None
    if runs is None:
        return None  # no term begins with this word: one lookup, not a pass over the terms
    ends = [at + len(run) for run in runs if tuple(words[at : at + len(run)]) == run]
    return max(ends, default=None)


@cache
def _runs(terms: frozenset[str]) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    """The words of each term of ``terms`` (``police_said``: "police", "said") by their first
    word, made once per set, not on each match a check reads: a check that asks at every word
    of a long sentence looks one word up there instead of comparing every term."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for term in terms:
        run = tuple(term.split("_"))
        by_first.setdefault(run[0], []).append(run)
    return {first: tuple(runs) for first, runs in by_first.items()}


@cache
def _union(first: frozenset[str], second: frozenset[str]) -> frozenset[str]:
    """``first | second``, made once per pair of a file's sets, not on each match."""
    return first | second


def _first_person(match: Match) -> bool:
    words, first = match.words, match.first
    return any(
        first >= len(run) and list(words[first - len(run) : first]) == run
        for run in (term.split("_") for term in match.sets["first_person"])
    )


def _antecedent(match: Match) -> bool:
    _, _, words, first, last, sets, *_ = match
    pronouns = sets["antecedent_pronouns"]
    near = range(max(0, first - _ANTECEDENT_NEAR), last + 1)
    at = next((i for i in near if words[i] in pronouns), None)
    if at is None:
        if any(words[i] in sets["addressee"] for i in range(first, last + 1)):
            return False  # "touch my dog and I will kill you": the reader is no animal
        before = [_forms(token) for token in match.tokens[max(0, first - _ANTECEDENT_NEAR) : first]]
        return _refers_to_nonhuman(before, sets, plans=True)
    sentence = [_forms(token) for token in match.tokens[:at]]
    # The sentence before the match's, from the comment's reading (built once per comment).
    start = match.tokens[0].start
    previous: list[frozenset[str]] = []
    for tokens in read(match.text).sentences:
        if tokens and tokens[0].start >= start:
            break
        previous = [_forms(token) for token in tokens if token.start < start]
    return _refers_to_nonhuman(previous + sentence, sets)


_ANTECEDENT_NEAR = 3
_PREDICATE_WINDOW = 2


def _forms(token: Token) -> frozenset[str]:
    return frozenset(token.forms + (token.spelled or ()))


def _refers_to_nonhuman(
    words: Sequence[frozenset[str]], sets: Sets, *, plans: bool = False
) -> bool:
    """Whether the nearest noun of ``nonhuman`` (with ``plans``, those too) or ``person`` in
    ``words``, read backwards and skipping predicates, is ``nonhuman`` (or of ``plans``)."""
    nonhuman = _union(sets["nonhuman"], sets["plans"]) if plans else sets["nonhuman"]
    person, copulas = sets["person"], sets["copulas"]
    for i in range(len(words) - 1, -1, -1):
        forms = words[i]
        if forms.isdisjoint(nonhuman) and forms.isdisjoint(person):
            continue
        if any(not copulas.isdisjoint(w) for w in words[max(0, i - _PREDICATE_WINDOW) : i]):
            continue
        return not forms.isdisjoint(nonhuman)
    return False


def _debunk(match: Match) -> bool:
    _, _, words, first, last, sets, *_ = match
    if not sets["debunk_before"].isdisjoint(words[max(0, first - _DEBUNK_BEFORE) : first]):
        return True
    negators = sets.get("debunk_negators", frozenset())
    if not negators.isdisjoint(words[max(0, first - _DEBUNK_NEGATED) : first]):
        return True
    after = words[last + 1 : last + 1 + _DEBUNK_AFTER]
    return _run_begins(after, sets["debunk_after"], range(len(after)))


_QUESTION_REACH = 300


def _question(match: Match) -> bool:
    normalized = match.text.normalized
    start = match.tokens[match.last].end
    for char in normalized[start : start + _QUESTION_REACH]:
        if char in ".!?\n":
            return char == "?"
    return False


_HYPOTHETICAL_REACH = 4


def _hypothetical(match: Match) -> bool:
    _, tokens, words, first, last, sets, *_ = match
    reporting, hypothetical = sets["reporting"], sets["hypothetical"]
    speakers = sets["first"] | sets["anyone"]
    openers = speakers | sets["subject"] | sets.get("complementizers", frozenset())
    for r in range(max(0, first - _HYPOTHETICAL_REACH), last):
        if words[r] not in reporting or not (tokens[r + 1].quoted or words[r + 1] in openers):
            continue
        for h in range(max(0, r - _HYPOTHETICAL_REACH), r):
            if words[h] in hypothetical and not speakers.isdisjoint(words[h + 1 : r]):
                return True
    return False


_NOTICE_BEFORE = 2
_NOTICE_AFTER = 1


def _notice(match: Match) -> bool:
    start = match.tokens[match.first].start
    sentences = read(match.text).sentences
    at = next(
        (i for i, tokens in enumerate(sentences) if tokens and tokens[-1].end > start),
        len(sentences) - 1,
    )
    notice = match.sets["notice"]
    return any(
        not notice.isdisjoint(_forms(token))
        for tokens in sentences[max(0, at - _NOTICE_BEFORE) : at + _NOTICE_AFTER + 1]
        for token in tokens
    )


# How many words the sentence before an answer may hold: a short question, a shorter line.
_ASKED_WORDS = 8
_NAMED_WORDS = 4


def _unasked(match: Match) -> bool:
    start = match.tokens[match.first].start
    sentences = read(match.text).sentences
    at = next((i for i, tokens in enumerate(sentences) if tokens and tokens[-1].end > start), 0)
    if at == 0:
        return True
    previous = sentences[at - 1]
    asked = "?" in match.text.normalized[previous[-1].end : start]
    if len(previous) > (_ASKED_WORDS if asked else _NAMED_WORDS):
        return True
    goods = match.sets["asked_goods"]
    return all(goods.isdisjoint(_forms(token)) for token in previous)


def _literal(match: Match) -> bool:
    _, tokens, words, _, last, sets, *_ = match
    after = last + 1
    if words[last] not in sets["literal_roles"]:
        return False
    if after >= len(words) or words[after] not in sets["literal_links"]:
        return False
    settings, clause = sets["literal_settings"], tokens[last].clause
    return any(
        words[i] in settings and tokens[i].clause == clause
        for i in range(after + 1, min(len(words), after + 1 + _LITERAL_REACH))
    )


#: How many words after the link a show or a trade may stand ("in *the school play*").
_LITERAL_REACH = 3


#: Every check by the name a phrase file gives it, with the sets it reads.
CHECKS: Mapping[str, tuple[Check, tuple[str, ...]]] = {
    "negation": (_negation, ("negators",)),
    "quotation": (_quotation, ()),
    "reported": (_reported, ("reporting", "first")),
    "errand": (_errand, ("errand_verbs", "errand_fillers", "errand_nouns")),
    "defeat": (
        _defeat,
        ("defeat_verbs", "defeat_particles", "contests", "violence", "harmed_person"),
    ),
    "owned": (_owned, ("plans", "person")),
    "news": (_news, ("enforcement", "attribution")),
    "enforcing": (_enforcing, ("enforcing", "not_enforcing", "attribution")),
    "first_person": (_first_person, ("first_person",)),
    "debunk": (_debunk, ("debunk_before", "debunk_after")),
    "question": (_question, ()),
    "unasked": (_unasked, ("asked_goods",)),
    "antecedent": (
        _antecedent,
        ("antecedent_pronouns", "nonhuman", "person", "copulas", "addressee", "plans"),
    ),
    "hypothetical": (_hypothetical, ("hypothetical", "reporting", "first", "anyone", "subject")),
    "notice": (_notice, ("notice",)),
    "literal": (_literal, ("literal_roles", "literal_links", "literal_settings")),
}
