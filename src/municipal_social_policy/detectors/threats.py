"""Threats, personal attacks and harassment (Kankakee § V.2.2); calls to violence or unlawful
acts (§ V.2.6).

Every signal here is JUDGMENT: a true threat needs a mental state software cannot see
(*Counterman v. Colorado*, 2023), and the categories' ceiling is review anyway. The detectors
read a comment as sentences of tokens (:mod:`._sentences`) and match short patterns of who does
what to whom (:mod:`._phrasing`); the words are in ``threat_terms.tsv``.

``threat`` (§ V.2.2)
    Harm the writer means to do to a person ("I'll shoot you", "we will cut his throat"), harm
    wished on a person ("you deserve a bullet", "hope he dies", "someone should shoot her"),
    intimidation ("we know your schedule", "I know where you live", "watch your back") and
    incitement to self-harm ("kys", "go kill yourself"). An object is required, so idioms are
    not threats: "kill it at the 5K", "this traffic is killing me", "a ticking time bomb",
    "break a leg", "shoot you an email".
``personal_attack`` (§ V.2.2)
    An insult aimed at a person: said to someone ("you worthless idiot", "shut up, moron",
    "idiots like you") or said of someone with an insult that only fits a person ("he is such
    a scumbag", "what a moron"). Criticism of an office, a decision or a policy is protected
    (§ I.3) and names no insult of a person: "the council is corrupt and incompetent", "this
    plan is garbage", "the mayor is doing a terrible job and should resign" are not findings.
    Who is insulted makes no difference: the mayor and a resident are treated alike.
``incitement`` (§ V.2.6)
    Calls to damage property ("let's all go smash their windows", "burn it down"), to flood
    or crash a line of communication ("flood the phone lines", "crash their website"), to
    stalk ("I'll follow her home", "show up at his house") or to harm a person ("someone should
    shoot him").

A match inside quotation marks is a quotation, and a negated one ("I would never hurt you",
"don't kill yourself") is not a threat; neither is a finding.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources

import attrs

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory, Signal
from ._phrasing import Pattern, compile_patterns, search_all
from ._sentences import Reader, Sentence, canonical, merge_ranges, quick_tokens, read_table
from .triggers import Trigger

__all__ = ["FACTORIES", "PatternSetDetector"]

# Closed word classes: grammar, not vocabulary, so they live here rather than in the data file.
_CLOSED: Mapping[str, frozenset[str]] = {
    "first": frozenset({"i", "we"}),
    "intent": frozenset(
        {
            "will",
            "going",
            "want",
            "shall",
            "plan",
            "intend",
            "finna",
            "about",
            "gonna",
            "wanna",
            "would",
            "ready",
            "gon",
            "gunna",
            "must",
            "gotta",
            "need",
            "can",
            "could",
            "might",
        }
    ),
    "subject": frozenset({"you", "he", "she", "they", "him", "her", "your", "his"}),
    "possessive": frozenset({"your", "his", "their", "her", "ur"}),
    "anyone": frozenset(
        {
            "someone",
            "somebody",
            "anyone",
            "anybody",
            "everyone",
            "everybody",
            "people",
            "all",
            "y'all",
            "folks",
            "guys",
            "we",
        }
    ),
    "modal": frozenset({"should", "must", "ought", "need", "needs", "gotta", "has", "have"}),
    "wish": frozenset({"hope", "hoping", "wish", "pray", "praying", "hopefully"}),
    "deserve": frozenset({"deserve", "deserves", "deserved"}),
    "det": frozenset(
        {
            "the",
            "their",
            "his",
            "her",
            "your",
            "this",
            "that",
            "those",
            "these",
            "all",
            "a",
            "an",
            "every",
            "its",
            "our",
            "my",
            "some",
            "down",
            "up",
            "city",
            "whole",
            "entire",
            "of",
        }
    ),
}
# Ordinary words that a one-letter typo of an anchor would also spell: never typos.
_ORDINARY = frozenset(
    [
        "best",
        "form",
        "tried",
        "runs",
        "beta",
        "bets",
        "dies",
        "hats",
        "dose",
        "hose",
        "snip",
        "silt",
        "crepe",
        "arid",
        "ides",
        "pots",
        "arts",
        "deft",
    ]
)
_FUZZY = 5
_NEGATORS = frozenset({"not", "never", "no", "nobody", "none", "nothing", "neither", "nor"})
# Words after "shoot you" that make it an errand, not a threat: "I'll shoot you an email".
_ERRANDS = frozenset(
    {"an", "a", "the", "some", "email", "message", "text", "note", "line", "dm", "pm", "quick",
     "over", "link", "pic", "picture", "photo", "call", "reminder", "invite", "copy"}
)  # fmt: skip

# Ord. 2019-70 § V.2.2: threats of harm to a person, intimidation, incitement to self-harm.
_THREATS = """
@first ~4 @intent ~3 !@harm ~1:@det @object
@first ~4 @intent ~3 !@harm ~3 @person
@first ~4 @intent ~3 !@harm @possessive @body
@first ~4 @intent ~3 !@harm_weak ~1:@det @object
@first ~4 @intent ~3 !@harm_weak @possessive @body
@anyone ~2 @modal ~3 !@harm ~1:@det @object
@anyone ~2 @modal ~3 !@harm ~1:@det @person
@anyone ~2 @modal ~3 !@harm @possessive @body
@wish ~2 @subject ~4 !@death
@wish ~2 @subject ~4 !@harmed
@subject ~2 !@deserve ~3 @death
@subject ~2 !@deserve ~3 be ~1 @harmed
@subject ~1 should|ought|needs|must ~2 be ~1 !@harmed
@subject ~1 should|must|ought|needs ~2 !die
you are !dead $
you are ~1 !dead man|men|meat
you are ~1 going to !die
!@harmed on sight
!die|dead|death ~4 at my hands
!die|dead|death ~4 by my hand|hands
@first ~1 !know where ~2 @subject ~2 live|lives|living|sleep|sleeps|works|park|parks|stay|stays
@first ~1 !know ~1 @possessive ~1 schedule|schedules|address|routine|routines|commute
@first ~1 !know ~1 @possessive ~1 kids|children|wife|husband|daughter|son|family ~3 school|live|go
!watch your back
!watch your six
sleep with one !eye open
your days are !numbered
@first ~3 !coming for|after you
you ~2 been !warned
you ~3 !regret ~2 this|it|that
@first ~3 !find you
something ~2 will|could|might|going ~2 !happen ~1 to @object
be a !shame if
^ !kys
!kys $
!kill ~1 yourself|yourselves|urself|your_self
!hang ~1 yourself|yourselves|urself
!neck ~1 yourself|yourselves|urself
off !yourself|yourselves|urself
end !yourself|yourselves|urself|your_life
!slit your wrists|throat
!drink bleach
!jump off ~2 bridge|cliff|roof|building
^ go ~1 !die
!die in a fire
^ !drop dead
"""

# Ord. 2019-70 § V.2.2: personal attacks, said to someone or of someone.
_ATTACKS = """
you ~5:@insult_adj !@insult_person
you ~5:@insult_adj !@insult_any
!@insult_person like you
!@insult_any like you
shut up ~4:@insult_adj !@insult_person
shut up ~4:@insult_adj !@insult_any
is|was ~5:@insult_adj !@insult_person
that|this|what ~3:@insult_adj !@insult_person
!fuck you|yourself|yourselves|off
!screw you
go ~1 !fuck yourself
!stfu
"""

# Ord. 2019-70 § V.2.6: calls to damage property, to harass, to stalk, to harm.
_INCITEMENT = """
let us ~3 !@vandal ~3:@det @property
@anyone ~2 @modal ~3 !@vandal ~3:@det @property
we ~2 will|should|must|gotta|are|need|going ~3 !@vandal ~3:@det @property
time to ~2 !@vandal ~3:@det @property
^ go ~2 !@vandal ~3:@det @property
^ !@vandal ~3:@det @property
!burn ~2 it|this|that|everything|the_place|the_city|the_town|the_whole ~2 down
let us ~2 !riot|loot
@anyone ~2 @modal ~2 !riot|loot
!flood ~3 @channel
!jam ~3 @channel
!bombard ~3 @channel
!spam ~3 @channel
!crash ~2:@det website|site|server|servers|phones|lines
!blow up ~2:@det phone|phones|inbox|voicemail
!dox|doxx|doxxing|doxing ~1 @object
!dox|doxx|doxxing|doxing ~1 @person
!post ~2 @possessive ~2 address|addresses|home|number|phone
!show up at ~1 @possessive ~1 @home
!show up at ~2 @person ~1 @home
@first ~4 @intent ~3 !@stalk ~1 @object ~2 @home|to|around|every
@first ~2 been !following|watching|stalking|tracking ~1 @object
!wait|waiting outside ~2 @possessive ~1 @home
!follow ~1 @object ~1 home
@anyone ~2 @modal ~3 !@harm ~1:@det @object
@anyone ~2 @modal ~3 !@harm ~1:@det @person
@anyone ~2 @modal ~3 !@harm @possessive @body
"""


@cache
def _sets() -> Mapping[str, frozenset[str]]:
    text = resources.files(__package__).joinpath("threat_terms.tsv").read_text(encoding="utf-8")
    sets: dict[str, set[str]] = {}
    for term, name in read_table(text):
        sets.setdefault(name, set()).add("_".join(canonical(term.replace("_", " "))))
    return {**{name: frozenset(words) for name, words in sets.items()}, **_CLOSED}


@attrs.frozen
class PatternSetDetector:
    """Signals each sentence that matches one of ``patterns``, as JUDGMENT evidence.

    Derived from the patterns and the reader: ``gate`` holds every anchor word and its typos,
    so a comment holding none is skipped after one set check; ``needs`` holds, for each
    pattern, a set per slot: the quick tokens of which a comment holds one when the slot
    matches (:meth:`Reader.sources`); a comment that holds one of every set of no pattern
    cannot match, and is not read. ``trigger``, for the evaluator's index, holds the tokens
    that read as an anchor (:meth:`Reader.spellings`).
    """

    id: str
    patterns: tuple[Pattern, ...]
    reader: Reader
    gate: frozenset[str] = attrs.field(init=False)
    needs: tuple[tuple[frozenset[str], ...], ...] = attrs.field(init=False)
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        reader = self.reader
        anchors = frozenset(word for pattern in self.patterns for word in pattern.anchor)
        object.__setattr__(self, "gate", anchors | frozenset(reader.typos))
        needs = tuple(
            tuple(frozenset().union(*map(reader.sources, words)) for words in pattern.required)
            for pattern in self.patterns
        )
        object.__setattr__(self, "needs", needs)
        # A match holds its pattern's anchor among the tokens read (search_all), and a plain
        # text reads one only from a token that spells it; a disguised text holds every tokens
        # trigger. Not the gate's own words: quick tokens split "kill's" at the apostrophe, the
        # token set does not, so that trigger would need every text with an apostrophe.
        spellings = frozenset().union(*map(reader.spellings, anchors))
        object.__setattr__(self, "trigger", Trigger(tokens=spellings))

    def admits(self, text: NormalizedText) -> bool:
        """Whether a pattern may match ``text``: the gates before it is read."""
        tokens = quick_tokens(text)
        if self.gate.isdisjoint(tokens):
            return False
        # One anchor lets one comment in twenty through ("coming", "cut", "know"), and
        # reading costs more than checking each pattern's other slots first.
        return any(all(not need.isdisjoint(tokens) for need in slots) for slots in self.needs)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        if not self.admits(text):
            return
        for sentence in self.reader.sentences(text):
            found = [
                (first, last)
                for first, last in search_all(self.patterns, sentence)
                if not (
                    _negated(sentence, first, last)
                    or _quoted(sentence, first, last)
                    or _errand(sentence, last)
                )
            ]
            for first, last in merge_ranges(found):
                start, end = text.span(sentence[first].start, sentence[last].end)
                yield Signal(self.id, start, end, Strength.JUDGMENT)


def _negated(sentence: Sentence, first: int, last: int) -> bool:
    texts = [token.text for token in sentence[max(0, first - 3) : last + 1]]
    return not _NEGATORS.isdisjoint(texts) or "don't" in texts


def _quoted(sentence: Sentence, first: int, last: int) -> bool:
    return all(token.quoted for token in sentence[first : last + 1])


def _errand(sentence: Sentence, last: int) -> bool:
    """ "shoot you an email", "hit you up": the object is followed by an errand."""
    if last + 1 >= len(sentence) or sentence[last].text != "you":
        return False
    return sentence[last - 1].text in ("shoot", "hit") and sentence[last + 1].text in _ERRANDS


def _detector(config: DetectorConfig, sources: str) -> PatternSetDetector:
    sets = _sets()
    patterns = compile_patterns(sources, sets)
    known = frozenset(
        word for words in sets.values() for term in words for word in term.split("_")
    ) | frozenset(word for pattern in patterns for slot in pattern.slots for word in slot.words)
    gate = frozenset(word for pattern in patterns for word in pattern.anchor)
    # One-letter typos of the anchors are read ("murdr", "deaht"), as in hate_speech.py.
    fuzzy = frozenset(word for word in gate if len(word) >= _FUZZY)
    reader = Reader(known=known | _NEGATORS, fuzzy=fuzzy, ordinary=_ORDINARY)
    return PatternSetDetector(config.id, patterns, reader)


def _threat(config: DetectorConfig) -> PatternSetDetector:
    return _detector(config, _THREATS)


def _personal_attack(config: DetectorConfig) -> PatternSetDetector:
    return _detector(config, _ATTACKS)


def _incitement(config: DetectorConfig) -> PatternSetDetector:
    return _detector(config, _INCITEMENT)


FACTORIES: Mapping[str, DetectorFactory] = {
    "threat": _threat,
    "personal_attack": _personal_attack,
    "incitement": _incitement,
}
