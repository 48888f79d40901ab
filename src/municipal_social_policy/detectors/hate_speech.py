"""Hate speech on a protected basis (Kankakee § V.2.4): slurs, and hate aimed at a group.

The clause protects "race, creed, color, age, religion, gender, marital status, status with
regard to public assistance, national origin, physical or mental disability or sexual
orientation". Two detectors:

``group_hate``
    A sentence that names a protected group (the ``<group>`` slot of ``hate.phrases``, from the
    words of ``protected_groups.tsv`` for the classes the ordinance lists: "immigrants", "gay
    people", "you Muslims") and, in the same sentence, derogates it ("are disgusting"),
    dehumanises it ("are vermin", "a cancer"), declares hatred of it ("I despise"), calls for its
    exclusion ("should be deported", "have no place here"), wishes or threatens it harm with
    intent ("should be shot", "death to"), or denies it worth ("are not human", "no right to
    live"); the words are in ``hate_terms.tsv``. So do the stereotype, conspiracy and expulsion
    frames of ``hate.phrases``, judged by :mod:`._hate_frames`, said of a group ("Asians control
    the media", "women are too emotional to lead") or standing alone ("send them back where they
    came from"), or across a short sentence and the next ("No more mosques. Send them all
    back."). A pronoun carries a group named in a sentence before ("Refugees keep coming.
    They are criminals.") or in the sentence after, when that sentence only says who "they"
    are ("Of course they are stupid. They are women after all."). What the sentence gives
    to others is not the writer's claim: a view held by someone it does not name as a group
    ("anyone who thinks gays are sick ...", "if you think ..."), an act it condemns ("Hating
    Muslims is wrong"), a rule of the past ("women were not allowed to vote"). Always
    JUDGMENT: whether words are hate speech depends on who says them to whom, and a person
    decides.
``slur``
    A slur from ``slurs.tsv`` (built by ``tools/build_lexicons.py``, annotated by class).
    JUDGMENT by default: a slur may be quoted ("calling me a ... is not okay"), reclaimed ("we
    are ... and proud"), or a homonym ("fags" are cigarettes in the UK). MECHANICAL only when
    all of these hold, so that the text alone proves the violation:

    * the slur is not marked reclaimed, homonym or generic insult in ``slur_uses.tsv``;
    * the comment has no quotation marks, and the sentence no word of counter-speech or
      report ("saying", "called", "racist", "slur") and no word of the writer's own identity
      ("me", "my", "we", "us", "our", "am");
    * the slur is not mentioned rather than used ("words like ...", "... means"), as the
      profanity detector reads mentions (:mod:`._mentions`);
    * the sentence aims it at its target: ``group_hate`` fires there (the slur names a group
      that is derogated, dehumanised, excluded or threatened), or it is said to someone ("you
      dirty ...", "... like you").

Both read the comment's :mod:`~municipal_social_policy.reading`, its words spelled as a
:class:`~municipal_social_policy.reading.Spelling` of the family's words, so disguised spellings
(leetspeak, spacing, masks, one-letter typos, words run together) are read as what they
disguise; the words of hate are the patterns of ``hate.phrases``. Neither
reads the comment's view of any government, official or policy (Ord. 2019-70 § I.3): the
protected groups are the clause's classes, and officials are not among them.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import cached_property, lru_cache
from typing import NamedTuple

import attrs

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..reading import (
    RunTogether,
    Spelling,
    Token,
    Words,
    canonical,
    form_index,
    quick_forms,
    quick_sources,
    read,
    spell_out,
    typo_table,
)
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory, Signal
from ._hate_frames import FAMILIES, Frames, negates, rarest_slot, said_of_none
from ._mentions import Use
from ._mentions import frames as mention_frames
from ._shared import share
from .classes import ClassChoice, builtin_classes, class_choice
from .group_slot import GroupPhrase
from .lexicon import LexiconDetector, normalize_terms, read_data, read_table, read_word_list
from .phrases import (
    Pattern,
    PhraseGroup,
    anchor_word,
    forms_read,
    merge_ranges,
    parse_phrases,
)
from .triggers import RUN_TOGETHER, Trigger, runs_into

__all__ = ["FACTORIES", "HateReader", "HateReading", "Sentence", "Term"]

# Negation turns "are disgusting" into "are not disgusting" (Ord. § V.2.4 is not breached) and
# "are human" into "are not human" (it is). "nothing but" and "no better than" intensify.
_NEGATORS = read_word_list("hate_grammar.txt", "negators")
_NOT_ALL = read_word_list("hate_grammar.txt", "not_all")
_NOT_NEGATING_NEXT = read_word_list("hate_grammar.txt", "not_negating_next")
_NEGATION_WINDOW = 3
# How far apart, in tokens, a group's name and the words about it may stand.
_REACH = 8
# "I hate women", "the scorn I feel for women": the group follows the feeling closely.
_EMOTION_REACH = 4
_CARRIER_REACH = 4
# Ordinary words that a one-letter typo of a listed word would also spell: never typos.
_ORDINARY = read_word_list("hate_grammar.txt", "ordinary")
# Intent: harm counts when it is wished, planned or called for, not when it is reported.
_INTENT = read_word_list("hate_grammar.txt", "intent")
# Death wished, not foretold: "... will die of cancer" is a statistic, "should die" a wish.
_WISH = _INTENT - read_word_list("hate_grammar.txt", "foretelling")
# Harm approved: "it's okay to kill ...", "fine to just shoot ..." (the word, "to", at most one
# word, then the harm).
_APPROVING = read_word_list("hate_grammar.txt", "approving")
_APPROVAL_REACH = 3
_INTENT_REACH = 10
# "do not deserve to be tortured": the harm a negated worth is denied, close after it.
_PROTECTIVE_REACH = 4
_FIRST_PERSON = read_word_list("hate_grammar.txt", "first_person")
# Pronouns that carry a group named in the previous sentence ("... women. They ought to ...").
_CARRIERS = read_word_list("hate_grammar.txt", "carriers")
# The writer speaking of their own identity: "we are ... and proud", "my ...", "call me a ...".
_SELF = read_word_list("hate_grammar.txt", "self")
# "being gay": a state a feeling is about is the writer's own ("I hate being gay").
_STATES = read_word_list("hate_grammar.txt", "states")
# A disclaimer is not counter-speech: "I'm not racist, but ..." stays a candidate.
_DISCLAIMED = read_word_list("hate_grammar.txt", "disclaimed")
# The writer's own claim announced, not reported: "let's just say it", "I'll say it".
_ASSERTING = read_word_list("hate_grammar.txt", "asserting")
# The short sentence after a hateful one that calls it a lie or bigotry (HateReader.read).
_REBUTTAL_LEADS = read_word_list("hate_grammar.txt", "rebuttal_leads")
_REBUTTALS = read_word_list("hate_grammar.txt", "rebuttals")
_REBUTTAL_LENGTH = 8
# A view held by others, not the writer's claim (HateReader._reading, _held_view): "anyone who
# thinks ...", "those who hate ...", "if you think ...".
_HOLDERS = read_word_list("hate_grammar.txt", "holders")
_HOLDER_VERBS = read_word_list("hate_grammar.txt", "holder_verbs")
_HOLDER_ADVERBS = read_word_list("hate_grammar.txt", "holder_adverbs")
_CONDITIONS = read_word_list("hate_grammar.txt", "conditions")
_RELATIVES = frozenset({"who", "that"})
# An act the sentence condemns (_condemned_span): "Hating Muslims is wrong", "It is racist to
# tell immigrants to go home"; the verdict within _VERDICT_REACH words of "is".
_CONDEMNED_ACTS = read_word_list("hate_grammar.txt", "condemned_acts")
_ACT_LEADS = read_word_list("hate_grammar.txt", "act_leads")
_VERDICTS = read_word_list("hate_grammar.txt", "act_verdicts") | _REBUTTALS
_APPROVALS = read_word_list("hate_grammar.txt", "approvals")
_VERDICT_COPULAS = frozenset({"is", "was"})
_VERDICT_REACH = 3
# A vice a group stands against, not one it has (_opposed): "Muslims condemn terrorism".
_OPPOSING = read_word_list("hate_grammar.txt", "opposing")
_OPPOSED_REACH = 2
# An outing, not an expulsion (_outing): "seniors need to get out more".
_OUTINGS = read_word_list("hate_grammar.txt", "outings")
# An exclusion reported as a rule of the past: "black people were not allowed in this pool".
_PAST_COPULAS = read_word_list("hate_grammar.txt", "past_copulas")
# A feeling spoken of, not felt (_feelings_spoken_of): "Hatred of immigrants has no place here".
_FEELING_NOUNS = read_word_list("hate_grammar.txt", "feeling_nouns")
_FEELING_LINKS = read_word_list("hate_grammar.txt", "feeling_links")
_FEELING_AIMS = read_word_list("hate_grammar.txt", "feeling_aims")
_OWNERS = read_word_list("hate_grammar.txt", "owners")
_FEELING_APPROVALS = read_word_list("hate_grammar.txt", "feeling_approvals")
# How far after the link a group's name is the feeling's object: "hatred toward our Muslim
# neighbours".
_FEELING_REACH = 4
# An act the writer rejects (_rejected_acts): "I'm tired of people blaming immigrants".
_REJECTING = read_word_list("hate_grammar.txt", "rejecting")
_REJECTING_REACH = 3
# A group suffering what others do to it (_victimised): "how gay kids get bullied".
_VICTIMISED = read_word_list("hate_grammar.txt", "victimised")
_PASSIVE = read_word_list("hate_grammar.txt", "passive")
_VICTIM_REACH = 3
# A group treated or seen so by others (_treated_as): "immigrants are treated like animals".
_TREATED = read_word_list("hate_grammar.txt", "treated")
_TREATED_REACH = 3
# A group treated so by others, the verb before its name (_treated_as): "the police treat
# Mexicans like animals".
_TREATING = read_word_list("hate_grammar.txt", "treating")
# The writer naming their own identity (_self_named): "as a gay man I ...".
_SELF_NAMING = read_word_list("hate_grammar.txt", "self_naming")
_SELF_NAMING_REACH = 3
# Contempt for a noun aimed at the group (_aimed_past): "a terrible record on women's rights".
_AIMED_PREPOSITIONS = read_word_list("hate_grammar.txt", "aimed_prepositions")
# An exclusion named as a topic or as history (_exclusion_topic): "Segregation meant ...".
_EXCLUSION_NOUNS = read_word_list("hate_grammar.txt", "exclusion_nouns")
_HISTORY_VERBS = read_word_list("hate_grammar.txt", "history_verbs")
_TOPIC_LEADS = read_word_list("hate_grammar.txt", "topic_leads")
# An animal named as an animal: "service animals for disabled swimmers".
_LITERAL_ANIMALS = read_word_list("hate_grammar.txt", "literal_animals")
# A word of contempt and the word after it that make an idiom ("hell bent on winning").
_IDIOMS = read_word_list("hate_grammar.txt", "idioms")
# The words that join a list: a word of contempt listed beside a group calls it nothing.
_LIST_JOINERS = read_word_list("hate_grammar.txt", "list_joiners")
# A sentence that names, after the fact, the group a pronoun stood for (HateReader._named_after).
_NAMING_PRONOUNS = frozenset({"they", "you"})
# The words that carry a group named before into a sentence (HateReader._mentions).
_CARRYING = _CARRIERS | {"you", "kind"}
_NAMING_LEADS = read_word_list("hate_grammar.txt", "naming_leads")
_NAMING_FILLERS = read_word_list("hate_grammar.txt", "naming_fillers")
_SECOND_PERSON = read_word_list("hate_grammar.txt", "second_person")
_POSSESSIVES = read_word_list("hate_grammar.txt", "possessives")
# Words that may stand between "you" and a slur said to someone: "you are nothing but a ...".
_ADDRESS_FILLER = read_word_list("hate_grammar.txt", "address_filler")
# Short words writers run together with a group name or slur: "Ihate", "manyniggers".
_JOINABLE = read_word_list("hate_grammar.txt", "joinable")
# Determiners that make one member stand for the group: "a woman", "every immigrant".
_GENERIC = read_word_list("hate_grammar.txt", "generic")
# "every last Muslim": a word between the generic determiner and the member.
_GENERIC_FILLERS = read_word_list("hate_grammar.txt", "generic_fillers")
# "such a woman", "a woman who lied": one person after "a" or "an", not the group (_generic).
_INDEFINITE = frozenset({"a", "an"})
_ONE_KIND = read_word_list("hate_grammar.txt", "one_kind")
_ONE_PICKED = read_word_list("hate_grammar.txt", "one_picked")
# "teenagers should not be allowed to vote": a permission the law sets by these classes.
_PERMISSIONS = read_word_list("hate_grammar.txt", "permissions")
_REGULATED_CLASSES = read_word_list("hate_grammar.txt", "regulated_classes")
# "Why should Muslims not be allowed to vote?": a permission denied asked about (_asked_why).
_ASKING_WHY = tuple(
    tuple(run.split("_")) for run in read_word_list("hate_grammar.txt", "asking_why")
)
# Names of a group that hold contempt: no law is argued of them ("old geezers").
_CONTEMPTUOUS_NAMES = read_word_list("hate_grammar.txt", "contemptuous_names")
# "two women", "three Black men": so many people, the ones a report tells of (_counted).
_COUNTS = read_word_list("hate_grammar.txt", "counts")
# "back then a mob would lynch ...": harm told of a time past, no wish (_told_of_the_past).
_HABITUAL_PAST = read_word_list("hate_grammar.txt", "habitual_past")
_PAST_TIMES = read_word_list("hate_grammar.txt", "past_times")
# Person nouns that name many people: "black people", "gay men", "trans lives".
_PLURAL_PERSONS = read_word_list("hate_grammar.txt", "plural_persons")
_SLUR_CAUTIONS = read_word_list("hate_grammar.txt", "slur_cautions")
_DOUBLE_QUOTES = frozenset('"“”„«»')
# Things that are no people (a stigma, a barrier, a tax, a shelter): an exclusion or a harm whose
# object is one of them is not aimed at the group named with it. Animals are not among them: next
# to a group's name they are a dehumanising metaphor ("those Mexican rats").
_THINGS = read_word_list("nonhuman_nouns.txt", "things")
# Words that join a second object to the first ("get rid of the rats and the immigrants").
_JOINING = read_word_list("nonhuman_nouns.txt", "joining")
# How far after an exclusion its object is read when the group is named before it.
_OBJECT_REACH = 3
# Written words kept with each reader with whether it cuts them in two (HateReader._cuts): the
# words of a city's comments come back, and a word is a few dozen bytes.
_KEPT_CUTS = 1 << 14
# The longest sentence a self-contained frame may start in and end in the next
# (HateReader._across): "No more mosques. Send them all back."
_ACROSS_LENGTH = 8


class Sentence(NamedTuple):
    """A sentence as the hate detectors read it: its tokens, one per word (repeated for a
    written word read as several), and the words they read as."""

    tokens: tuple[Token, ...]
    words: tuple[str, ...]


class Term(NamedTuple):
    """Words of ``hate.phrases`` [terms] in a sentence: words ``[first, last]`` and their kind
    (a set of ``hate_terms.tsv``, or ``group`` for a group's name of several words)."""

    first: int
    last: int
    label: str


@attrs.frozen
class HateHit:
    """A hateful sentence: tokens ``[first, last]`` of sentence ``sentence``, and its kind."""

    sentence: int
    first: int
    last: int
    kind: str
    mention: tuple[int, int]


@attrs.frozen
class HateReading:
    """What :class:`HateReader` read in a comment: its sentences and the hateful spans."""

    sentences: tuple[Sentence, ...]
    hits: tuple[HateHit, ...]


_FILE = "hate.phrases"
# The kinds of hate_terms.tsv, each a set of hate.phrases and a pattern of its [terms].
_KINDS = (
    "dehumanising",
    "derogatory",
    "emotion",
    "exclusion",
    "violence",
    "death",
    "positive",
    "epithet",
    "counter",
)


@attrs.frozen
class HateReader:
    """Finds derogation, dehumanisation, exclusion and threats aimed at a protected group.

    ``terms`` is the group [terms] of ``hate.phrases``, one pattern per kind of word (and
    ``group``, the groups' names of several words); ``labels`` each of its runs with its kind.
    """

    groups: frozenset[str]
    members: frozenset[str]
    modifiers: frozenset[str]
    persons: frozenset[str]
    slurs: frozenset[str]
    terms: PhraseGroup
    #: The group [named] of ``hate.phrases``: its one pattern ``<group>`` names every protected
    #: group of the ordinance's classes, and knows their classes.
    named: PhraseGroup
    #: The frames said of a group (the groups [about FAMILY] of ``hate.phrases``) and their
    #: judgment.
    frames: Frames
    _slot: GroupPhrase = attrs.field(init=False, repr=False)
    _group_runs: frozenset[tuple[str, ...]] = attrs.field(init=False, repr=False)
    labels: Mapping[tuple[str, ...], str] = attrs.field(init=False, repr=False)
    spelling: Spelling = attrs.field(init=False)
    gate: frozenset[str] = attrs.field(init=False)
    keys: frozenset[str] = attrs.field(init=False)
    _names: _Held = attrs.field(init=False, repr=False)
    _hateful: _Held = attrs.field(init=False, repr=False)
    # For admits: the words each quick token may read as (quick_sources), the names and the
    # phrases that name a group, and the phrases that judge one, by their longest word.
    _read_as: dict[str, frozenset[str]] = attrs.field(init=False, repr=False)
    _named: frozenset[str] = attrs.field(init=False, repr=False)
    # The names of several words by the word each is known by (anchor_word): a comment that
    # reads none of those words reads none of the names.
    _naming: dict[str, tuple[tuple[str, ...], ...]] = attrs.field(init=False, repr=False)
    _judging: dict[str, tuple[tuple[frozenset[str], ...], ...]] = attrs.field(
        init=False, repr=False
    )
    #: The self-contained frames of ``hate.phrases`` ("back where they came from"), each a
    #: pattern and its family (the group that holds it).
    standing: tuple[tuple[Pattern, str], ...] = ()
    # The frames' gate: the self-contained frames, by the words of their anchors; and the quick
    # forms of the frames said of a group's anchors.
    _standing: dict[str, tuple[_Standing, ...]] = attrs.field(init=False, repr=False)
    _framing: frozenset[str] = attrs.field(init=False, repr=False)
    # Each pattern of [terms] with its kind.
    _patterns: tuple[tuple[Pattern, str], ...] = attrs.field(init=False, repr=False)
    # The self-contained frames (their indexes in ``standing``) by the words of their anchors:
    # a sentence tries only those whose anchor it reads.
    _standing_by_anchor: dict[str, tuple[int, ...]] = attrs.field(init=False, repr=False)
    # The words a group's name may start with (the <group> slot's groups, modifiers and
    # members): a sentence's other words start no name.
    _name_starts: frozenset[str] = attrs.field(init=False, repr=False)
    # The words one of which a sentence holds when it names a group (HateReader.read): another
    # sentence names none, and has no hit but a self-contained frame, whose anchors these are.
    _relevant: frozenset[str] = attrs.field(init=False, repr=False)
    _standing_anchors: frozenset[str] = attrs.field(init=False, repr=False)
    # The forms read so far (up to _KEPT_CUTS), and those of them cut in two (HateReader._cuts).
    _seen: set[str] = attrs.field(init=False, factory=set, eq=False, repr=False)
    _cut: set[str] = attrs.field(init=False, factory=set, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        (naming_pattern,) = self.named.patterns
        group_slot = naming_pattern.slots[0].phrase
        if not isinstance(group_slot, GroupPhrase):
            raise ValueError(
                f"{_FILE} [named]: one pattern, <group>; got {naming_pattern.source!r}"
            )
        object.__setattr__(self, "_slot", group_slot)
        several = frozenset(r for rs in group_slot.groups.values() for r in rs if len(r) > 1)
        object.__setattr__(self, "_group_runs", several)
        patterns = tuple((pattern, pattern.source.lstrip("@")) for pattern in self.terms.patterns)
        object.__setattr__(self, "_patterns", patterns)
        labels: dict[tuple[str, ...], str] = {}
        for pattern, label in patterns:
            for slot in pattern.slots:
                for runs in slot.runs.values():
                    for run in runs:
                        # A name of one word is read by _mentions; "group" wins a tie (a name).
                        if label != "group" or len(run) > 1:
                            labels[run] = label
        object.__setattr__(self, "labels", labels)
        term_words = frozenset(word for phrase in labels for word in phrase)
        known = self.groups | self.members | self.modifiers | self.persons | self.slurs | term_words
        # One-letter typos are read for every group name, slur and hate word ("womn",
        # "haet"). Words that are also typos of them are ordinary words.
        fuzzy = frozenset(w for w in known if " " not in w)
        standing_words = frozenset(w for p, _ in self.standing for ws in p.needs for w in ws)
        known = (
            known
            | self.frames.words
            | standing_words
            | _NEGATORS
            | _INTENT
            | _APPROVING
            | _CARRIERS
            | _SELF
            | _SECOND_PERSON
        )
        # A word the reading spells out ("gonna" in the intent words) is read as its words, as
        # the phrase files' words are (phrases.as_read): never as written.
        known = frozenset(word for word in known if spell_out(word) in (None, (word,)))
        joinable = _ADDRESS_FILLER | _JOINABLE
        typos = typo_table(fuzzy, known | joinable | _ORDINARY, self.groups)
        joined = RunTogether(known, joinable)
        object.__setattr__(self, "spelling", Spelling(known, typos, joined))
        named = self.groups | self.members | self.modifiers | self.slurs
        # A modifier or member of several words ("mentally ill") is read by its longest word.
        named |= frozenset(anchor_word(tuple(n.split())) for n in named if " " in n)
        keys = frozenset(
            anchor_word(phrase)
            for phrase, label in labels.items()
            if label not in ("counter", "group")
        )
        object.__setattr__(
            self, "gate", named | frozenset(t for t, term in typos.items() if term in named)
        )
        object.__setattr__(
            self, "keys", keys | frozenset(t for t, term in typos.items() if term in keys)
        )
        # A group of several words ("puerto ricans", "asylum seekers") by its longest word.
        naming = [phrase for phrase, label in labels.items() if label == "group"]
        naming_keys = frozenset(anchor_word(phrase) for phrase in naming)
        # A word is cut from one run together only as it is spelled (RunTogether reads no
        # typo there), and only into two words it knows: the words run into are the names and
        # keys without their typos, the rest one of the words a cut may leave.
        either = joined.either
        object.__setattr__(
            self,
            "_names",
            _Held(self.gate | naming_keys, named | naming_keys, either, RUN_TOGETHER, 3),
        )
        object.__setattr__(self, "_hateful", _Held(self.keys, keys, either, 5, 1))
        judging: dict[str, list[tuple[str, ...]]] = {}
        for phrase, label in labels.items():
            if label not in ("counter", "group"):
                judging.setdefault(max(phrase, key=len), []).append(phrase)
        vocabulary = named | term_words | self.frames.words | standing_words
        typos_of: dict[str, list[str]] = {}
        for typo, term in typos.items():
            typos_of.setdefault(term, []).append(typo)
        read_as: dict[str, set[str]] = {}
        for word in vocabulary:
            for source in quick_sources(word, typos_of):
                read_as.setdefault(source, set()).add(word)
        object.__setattr__(self, "_read_as", {k: share(frozenset(v)) for k, v in read_as.items()})
        framing = frozenset().union(*(quick_sources(w, typos_of) for w in self.frames.anchors))
        object.__setattr__(self, "_framing", framing)
        object.__setattr__(self, "_named", named)
        naming_by: dict[str, list[tuple[str, ...]]] = {}
        for phrase in naming:
            naming_by.setdefault(anchor_word(phrase), []).append(phrase)
        object.__setattr__(self, "_naming", {k: tuple(v) for k, v in naming_by.items()})
        # A judging phrase needs each of its words: one set of one word per word.
        needs = {k: tuple(tuple(frozenset((w,)) for w in p) for p in v) for k, v in judging.items()}
        object.__setattr__(self, "_judging", needs)
        # Each self-contained pattern by the words of its anchor, with the words one of which
        # each of its required slots needs ("go|get back to @origin": one of each); its slot
        # <group>, if any, needs a group named as the gate reads one ("kick <group> out").
        by_key: dict[str, list[_Standing]] = {}
        widened: dict[frozenset[str], frozenset[str]] = {}
        for pattern, _ in self.standing:
            # A word is needed as the gate sees it: "not" shows as the "t" of "don't".
            standing = _Standing.of(pattern).shown(typos_of, widened)
            for word in rarest_slot(standing.needs):
                by_key.setdefault(word, []).append(standing)
        object.__setattr__(self, "_standing", {k: tuple(v) for k, v in by_key.items()})
        by_anchor: dict[str, list[int]] = {}
        for position, (pattern, _) in enumerate(self.standing):
            for word in pattern.anchor:
                by_anchor.setdefault(word, []).append(position)
        object.__setattr__(self, "_standing_by_anchor", {k: tuple(v) for k, v in by_anchor.items()})
        starts = frozenset(group_slot.groups) | frozenset(group_slot.modifiers)
        object.__setattr__(self, "_name_starts", starts | group_slot.members)
        relevant = self._name_starts | self.groups | self.members | self.modifiers | self.slurs
        object.__setattr__(self, "_relevant", relevant)
        object.__setattr__(self, "_standing_anchors", frozenset(by_anchor))

    @classmethod
    def build(
        cls,
        *,
        slurs: frozenset[str],
        extra_groups: frozenset[str] = frozenset(),
        classes: frozenset[str] | None = None,
        added: frozenset[tuple[str, str]] = frozenset(),
    ) -> HateReader:
        """The reader for the shipped word lists, with ``slurs`` counting as group names.

        ``classes`` are the protected classes read (``None``: every built-in one); ``added``
        holds the ``(term, class)`` pairs a city gives, each a word naming a group.
        Readers are immutable and costly to build, so one built for the same words is shared
        (the slur and group-hate detectors of an ordinance usually ask for the same).
        """
        if cls is not HateReader:
            return cls._build(slurs, extra_groups, classes, added)
        return _build_reader(slurs, extra_groups, classes, added)

    @classmethod
    def _build(
        cls,
        slurs: frozenset[str],
        extra_groups: frozenset[str],
        classes: frozenset[str] | None,
        added: frozenset[tuple[str, str]] = frozenset(),
    ) -> HateReader:
        # The shipped table, then the words a city gives its classes (each names a group).
        table = (
            *read_table("protected_groups.tsv"),
            *((term, "group", name) for term, name in sorted(added)),
        )
        by_kind: dict[str, set[str]] = {
            "group": set(),
            "member": set(),
            "modifier": set(),
            "person": set(),
            "role": set(),
        }
        # The <group> slot's sets: the words of each kind, and of each class (class_<name>).
        of_class: dict[str, set[str]] = {}
        for term, kind, *listed in table:
            classless = kind in ("person", "role")  # the words that name no group by themselves
            if not classless and not _of_classes(listed, classes):
                continue  # a group of a class this ordinance does not protect
            by_kind[kind].add(" ".join(canonical(term)))
            for name in listed[0].split(",") if not classless and listed else ():
                if classes is None or name in classes:
                    of_class.setdefault(f"class_{name}", set()).add("_".join(canonical(term)))
        groups = {g for g in by_kind["group"] if " " not in g} | set(extra_groups)
        given = {
            name: frozenset(word.replace(" ", "_") for word in words)
            for name, words in {**by_kind, **of_class}.items()
        }
        file = parse_phrases(read_data(_FILE), _FILE, given)
        return cls(
            groups=frozenset(groups),
            members=frozenset(by_kind["member"]),
            modifiers=frozenset(by_kind["modifier"]),
            persons=frozenset(by_kind["person"]),
            slurs=frozenset(s for s in slurs if " " not in s),
            terms=file.groups["terms"],
            named=file.groups["named"],
            frames=Frames.of(file),
            standing=tuple(
                (pattern, family)
                for family in FAMILIES
                if family in file.groups
                for pattern in file.groups[family].patterns
            ),
        )

    def wants(self, text: NormalizedText) -> bool:
        """The cheap gate: does the comment name any group, or a slur, at all?

        Long words are also checked for a group name or slur run together with another word
        ("womendisgust", "niggerbehaviour").
        """
        tokens = forms_read(text, self.spelling)
        named = self._names(tokens)
        if named and (self._hateful(tokens) or not self._framing.isdisjoint(tokens)):
            return True
        return self._stands(tokens, named)

    def admits(self, text: NormalizedText) -> bool:
        """Whether a hit may be read in ``text``: :meth:`wants`, then a finer gate.

        A hit needs a sentence that reads a judging phrase, every word of it, and a group's
        name or naming phrase (a pronoun carries only a name read before). A word is read from
        a quick form that shows it (:func:`~municipal_social_policy.reading.quick_sources`) or
        from a part of one run together (:meth:`RunTogether.parts`): :meth:`wants` lets every
        long word through, this only those that split into two words the reader knows.
        """
        if not self.wants(text):
            return False
        tokens = forms_read(text, self.spelling)
        read_as = self._read_as
        joined = self.spelling.joined
        readable = set(joined.parts(tokens) if joined is not None else ())
        readable.update(*map(read_as.__getitem__, read_as.keys() & tokens))
        naming = self._naming
        named = not self._named.isdisjoint(readable) or any(
            all(word in readable for word in phrase)
            for key in naming.keys() & readable
            for phrase in naming[key]
        )
        if self._stands(readable, named):
            return True
        if not named:
            return False
        return _holds_one(readable, self._judging) or self.frames.possible(readable)

    def _stands(self, words: Collection[str], named: bool) -> bool:
        """Whether ``words`` hold a word of each required slot of a self-contained frame, its
        slot ``<group>`` held by a group's name (``named``) or a word of the slot."""
        standing = self._standing
        # Loops, not any() and all(): see Frames.possible.
        for key in standing.keys() & words:
            for needs, group in standing[key]:
                for need in needs:
                    if need.isdisjoint(words):
                        break
                else:
                    if group is None or named or not group.isdisjoint(words):
                        return True
        return False

    def trigger(self) -> Trigger:
        """The evaluator's trigger: :meth:`wants`, the gate every hit passes, as a trigger
        (built once for the reader, which the detectors of an ordinance share)."""
        return self._trigger

    @cached_property
    def _trigger(self) -> Trigger:
        """:meth:`trigger`.

        A hit is about a group named (the ``<group>`` slot of [named], or a slur) by a word
        that judges it or a frame said of it, so the comment holds a name and one of those
        words, each alone or run into another word ("gayvermin", "ihate") as the gate reads
        them; or it is a self-contained frame ("back where they came from"), one word of each
        of its slots, its slot ``<group>`` held by a name as above ("boot allmuslims out"). A
        group named in a previous sentence is still named in the comment.
        """
        named = self._names.trigger()
        judging = self._hateful.trigger(self._framing)
        aimed = Trigger.all_of(named, judging)
        # One trigger for each distinct set of words: the frames share their slots, and a
        # <group> slot's union with every name is built and hashed once, not once a frame.
        held: dict[frozenset[str], Trigger] = {}
        holding: dict[frozenset[str], Trigger] = {}

        def tokens(words: frozenset[str]) -> Trigger:
            found = held.get(words)
            if found is None:
                found = held[words] = Trigger(tokens=words)
            return found

        def names(group: frozenset[str]) -> Trigger:
            found = holding.get(group)
            if found is None:
                found = holding[group] = self._names.trigger(group)
            return found

        standing = [
            (
                keyed,  # one trigger for the key, not one for each frame filed under it
                *map(tokens, frame.needs),
                *(() if frame.group is None else (names(frame.group),)),
            )
            for key, frames in self._standing.items()
            for keyed in (Trigger(tokens=frozenset({key})),)
            for frame in frames
        ]
        if not standing:
            return aimed
        return Trigger.any_of(aimed, Trigger.any_of_all(standing))

    def sentences(self, text: NormalizedText, *, split: bool = True) -> tuple[Sentence, ...]:
        """The sentences of ``text`` as this reader reads them (``split=False``: no word is
        read as two run together)."""
        return tuple(Sentence(tokens, words) for tokens, words, _ in self._read(text, split))

    def _read(self, text: NormalizedText, split: bool) -> list[Words]:
        """The sentences of ``text`` as :meth:`sentences` reads them, with their distinct words.

        They are read through the text's shared :class:`~municipal_social_policy.reading.FormIndex`
        without cutting words run together (:meth:`Spelling.sentences`: a sentence's plain words
        where they are this reader's, its few irregular tokens mapped); then, with ``split``, only
        the sentences holding a form the reading cuts in two are read again, and in them only the
        tokens whose first form is one: no other token reads otherwise when words are cut.
        """
        index = form_index(read(text))
        spelling = self.spelling
        count = len(index.reading.sentences)
        found = list(spelling.sentences(index, range(count), split=False))
        joined = spelling.joined
        if not split or joined is None:
            return found
        # Most forms were seen before: their answers are two intersections of sets.
        forms = index.forms
        cuts = forms & self._cut
        unseen = forms - self._seen
        if unseen:
            cuts |= frozenset([form for form in unseen if len(form) > 4 and self._cuts(form)])
        if not cuts:
            return found
        words_of = spelling.words
        for i in index.holding(cuts):
            plain = found[i]
            tokens: list[Token] = []
            words: list[str] = []
            for token, word in zip(plain.tokens, plain.words, strict=True):
                if token.forms[0] not in cuts:
                    tokens.append(token)
                    words.append(word)
                elif not tokens or tokens[-1] is not token:  # a token read as several: once
                    for part in words_of(token, True):
                        tokens.append(token)
                        words.append(part)
            found[i] = Words(tuple(tokens), tuple(words), frozenset(words))
        return found

    def _cuts(self, form: str) -> bool:
        """Whether the reading cuts ``form`` in two when no other reading comes first
        (:meth:`RunTogether.split`); kept for the same words in comment after comment."""
        joined = self.spelling.joined
        found = joined is not None and joined.split(form) is not None
        if len(self._seen) < _KEPT_CUTS:
            self._seen.add(form)
            if found:
                self._cut.add(form)
        return found

    def find(self, sentence: Sentence) -> list[Term]:
        """The [terms] of ``sentence``, left to right, the longest at each word (a group's name
        on a tie)."""
        found: list[Term] = []
        words, tokens = sentence.words, sentence.tokens
        present = frozenset(words)
        patterns = [(p, label) for p, label in self._patterns if not p.anchor.isdisjoint(present)]
        if not patterns:
            return found
        labels = self.labels
        by_start = _by_start(patterns, words, tokens)
        for i in sorted(by_start):
            best: Term | None = None
            for pattern, _ in by_start[i]:
                last = pattern.match_at(words, tokens, i)
                if last is not None and (best is None or last > best.last):
                    label = labels.get(tuple(words[i : last + 1]))
                    if label is not None:
                        best = Term(i, last, label)
            if best is not None:
                found.append(best)
        return found

    def read(self, text: NormalizedText) -> HateReading:
        """The sentences of ``text`` and the hateful spans in them, read on the first call and
        then kept with the text: the detectors that share this reader (``group_hate``,
        ``group_violence`` and ``slur``) read a comment once."""
        return text.view(self._reading)

    def _reading(self, text: NormalizedText) -> HateReading:
        """:meth:`read`, computed afresh (``text.view`` keeps it per reader: a bound method is
        equal to, and hashes as, another of the same reader)."""
        tokens = quick_forms(text)
        # Words run together ("ihate") are only looked for when the gate needed them.
        split = text.disguised or self.gate.isdisjoint(tokens) or self.keys.isdisjoint(tokens)
        found = self._read(text, split)
        sentences = tuple(Sentence(tokens, words) for tokens, words, _ in found)
        hits: list[HateHit] = []
        carried = carried_you = subject = False
        # The classes of the groups a pronoun may carry into the next sentence.
        classes: frozenset[str] = frozenset()
        # The sentences that name, after the fact, the group a pronoun stood for ("Of course
        # they are stupid. They are women after all."): the pronoun that names it, or "".
        naming = [
            "" if words.distinct.isdisjoint(_NAMING_PRONOUNS) else self._named_after(sentence)
            for words, sentence in zip(found, sentences, strict=True)
        ]
        relevant, anchors = self._relevant, self._standing_anchors
        for index, sentence in enumerate(sentences):
            after = naming[index + 1] if index + 1 < len(naming) else ""
            if after:
                carried = subject = True
                carried_you = carried_you or after == "you"
            distinct = found[index].distinct
            if distinct.isdisjoint(relevant) and (not carried or distinct.isdisjoint(_CARRYING)):
                # No word starts a group's name or is a slur, and none carries a group: the
                # sentence names no group, so it carries nothing to the next, and only a
                # self-contained frame may be a hit in it (unless it is counter-speech).
                carried = carried_you = subject = False
                classes = frozenset()
                if not distinct.isdisjoint(anchors):
                    standing = list(self._framed(index, sentence, [], distinct))
                    if standing and not _counter(sentence, self.find(sentence)):
                        hits.extend(_owned(sentence, standing, []))
                    elif not standing and index:
                        hits.extend(self._across(index, sentences, found))
                continue
            matches = self.find(sentence)
            mentions = self._mentions(sentence, matches, carried, carried_you)
            pronouns, classes = self._carried_classes(sentence.words, mentions, classes)
            carried = bool(mentions) and not _carrier_only(sentence, mentions)
            carried_you = carried and "you" in sentence.words
            framed = self._subjects(sentence, mentions, subject)
            subject = any(sentence.words[first] not in _CARRIERS for first, _ in framed)
            if _counter(sentence, matches):
                continue
            # Every group named may be a frame's object ("don't rent to Mexicans"); only the
            # subjects may open one ("Mexicans are criminals", not "crimes against Mexicans").
            opening = frozenset(first for first, _ in framed)
            own = list(self._framed(index, sentence, mentions, distinct, pronouns, opening))
            if mentions:
                own.extend(self._hits(index, sentence, matches, mentions, pronouns))
            hits.extend(_owned(sentence, own, mentions))
        if hits:  # "Muslims are not real Americans? That's bigoted nonsense."
            rebutted = {i for i in range(1, len(sentences)) if _rebuts(sentences[i].words)}
            hits = [hit for hit in hits if hit.sentence + 1 not in rebutted]
        return HateReading(sentences, tuple(hits))

    def _across(
        self, index: int, sentences: Sequence[Sentence], found: Sequence[Words]
    ) -> list[HateHit]:
        """The self-contained frames said across a short sentence and the next (identity, the
        tenth session): "No more mosques. Send them all back." is the call "no more mosques,
        send them all back" written in two sentences. Read only when the sentence before has at
        most :data:`_ACROSS_LENGTH` words, and kept only when the frame starts in it and ends in
        sentence ``index``; the hit is the part in sentence ``index``."""
        before, sentence = sentences[index - 1], sentences[index]
        cut = len(before.words)
        if cut > _ACROSS_LENGTH:
            return []
        joined = Sentence(before.tokens + sentence.tokens, before.words + sentence.words)
        frames = [
            frame
            for frame in self._framed(
                index, joined, [], found[index - 1].distinct | found[index].distinct
            )
            if frame.first < cut <= frame.last
        ]
        if not frames or _counter(joined, self.find(joined)):
            return []
        return [
            HateHit(index, 0, frame.last - cut, frame.kind, (0, frame.last - cut))
            for frame in _owned(joined, frames, [])
        ]

    def _named_after(self, sentence: Sentence) -> str:
        """The pronoun of a sentence that only says who "they" or "you" are, a group, after what
        was said of them: "They are women after all.", "Needless to say they are Muslims.",
        "You're just immigrants."; "" for any other sentence. Only the words of
        hate_grammar.txt [naming_leads] may stand before the pronoun, "are", then words of
        [naming_fillers] and a group's name, which ends the sentence (or "after all" does)."""
        texts = list(sentence.words)
        if not _NAMING_PRONOUNS.intersection(texts):
            return ""
        if texts[-2:] == ["after", "all"]:
            texts = texts[:-2]
        k = next((i for i, word in enumerate(texts) if word in _NAMING_PRONOUNS), None)
        if k is None or k + 2 >= len(texts) or texts[k + 1] != "are":
            return ""
        if not _NAMING_LEADS.issuperset(texts[:k]):
            return ""
        for first in range(k + 2, len(texts)):
            if len(texts) in self._slot.names(texts, first, _generic(texts, first, first)):
                if _NAMING_FILLERS.issuperset(texts[k + 2 : first]):
                    return texts[k]
                return ""
        return ""

    def _carried_classes(
        self, texts: Sequence[str], mentions: list[tuple[int, int]], before: frozenset[str]
    ) -> tuple[dict[int, frozenset[str]], frozenset[str]]:
        """The classes each pronoun of ``mentions`` carries (by its index), and those the
        sentence passes on to the next: a pronoun carries the classes of the groups named
        before it in its sentence ("Muslims hate our values, so they ..."), or else those a
        sentence before named (``before``: "Muslims keep moving in. They should never be
        allowed to vote."). The sentence passes on the classes of the groups it names, or
        ``before`` when it names none but a pronoun."""
        carrying: dict[int, frozenset[str]] = {}
        seen: frozenset[str] = frozenset()
        named = False
        # In the order of the words, once: a long sentence of many names costs linear time.
        for first, last in sorted(mentions):
            if texts[first] in _CARRYING:
                carrying[first] = seen if named else before
            else:
                seen |= self._slot.classes_of(texts[first : last + 1])
                named = True
        return carrying, (seen if named else before)

    def _regulated(
        self,
        texts: Sequence[str],
        match: Term,
        mention: tuple[int, int],
        pronouns: Mapping[int, frozenset[str]],
    ) -> bool:
        """Whether an exclusion is a permission the law gives or withholds by age, origin or
        disability, argued: the match ends in a word of [permissions] with "to" after it, and
        the group named has classes, all of [regulated_classes] ("teenagers should not be
        allowed to vote", "illegal immigrants should not be allowed to vote", "mentally ill
        people should not be allowed to own guns"), unless a name of [contemptuous_names] names
        the group ("old geezers shouldn't be allowed to vote" is an exclusion). "Women should not be
        allowed to vote" and "immigrants should not be allowed in this country" stay
        exclusions; a pronoun reads the classes of the group it carries (``pronouns``: "Teenagers
        aren't ready. They should not be allowed to vote.")."""
        after = match.last + 1
        if texts[match.last] not in _PERMISSIONS or after >= len(texts) or texts[after] != "to":
            return False
        named = texts[mention[0] : mention[1] + 1]
        classes = pronouns.get(mention[0]) or self._slot.classes_of(named)
        if not classes or not classes <= _REGULATED_CLASSES:
            return False
        # A name that holds contempt argues no law: "old geezers shouldn't be allowed to vote".
        return "_".join(named) not in _CONTEMPTUOUS_NAMES

    def _mentions(
        self, sentence: Sentence, matches: list[Term], carried: bool, carried_you: bool
    ) -> list[tuple[int, int]]:
        """The groups a sentence names: the names the ``<group>`` slot reads (a member only when
        generic, a modifier before a person noun only when plural or generic), a modifier before
        a word that judges ("muslim trash"), a slur, and the pronouns that carry a group named
        before (``carried``)."""
        found: list[tuple[int, int]] = []
        texts = list(sentence.words)
        names, runs, starts = self._slot.names, self._group_runs, self._name_starts
        several: list[tuple[int, int]] = []  # names of several words, after the others
        slurs, modifiers = self.slurs, self.modifiers
        for i, word in enumerate(texts):
            if word not in slurs and _counted(texts, i):
                continue  # "two women were trapped in the wreck": so many people, no group
            if word in starts:
                ends = names(texts, i, _generic(texts, i, i))
                longest = next((end for end in ends if tuple(texts[i:end]) in runs), None)
                if longest is None:  # a modifier of several words: "mentally ill people"
                    longest = next(
                        (
                            end
                            for end in ends
                            if end > i + 2
                            and " ".join(texts[i : end - 1]) in modifiers
                            and (
                                texts[end - 1] in self.groups
                                or texts[end - 1] in _PLURAL_PERSONS
                                or _generic(texts, i, end - 1)
                            )
                        ),
                        None,
                    )
                if longest is not None:
                    several.append((i, longest - 1))
            elif not carried and word not in slurs and word not in modifiers:
                continue  # names no group and carries none
            else:
                ends = []
            if i + 1 in ends or word in slurs:
                found.append((i, i))
            elif word in modifiers and i + 1 < len(texts):
                after = texts[i + 1]
                if (
                    i + 2 in ends
                    and (
                        after in self.groups
                        or after in _PLURAL_PERSONS
                        or _generic(texts, i, i + 1)
                    )
                ) or _judged_at(matches, i + 1):
                    found.append((i, i + 1))
            elif carried and (
                word in _CARRIERS
                or (word == "you" and carried_you)
                or (word == "kind" and i and texts[i - 1] in _POSSESSIVES)
            ):
                # "those people", "them folks": the person noun is the pronoun's
                people = i + 1 < len(texts) and texts[i + 1] in self.frames.persons
                found.append((i, i + 1 if people else i))
        found.extend(several)
        if found:  # "I have met many women and I hate every one of them": them = women
            earliest = min(first for first, _ in found)
            found.extend(
                (i, i)
                for i in range(earliest + 1, len(texts))
                if texts[i] in _CARRIERS or texts[i] == "you"
            )
        return found

    def _subjects(
        self, sentence: Sentence, mentions: list[tuple[int, int]], subject: bool
    ) -> list[tuple[int, int]]:
        """The mentions a frame may have as its subject: a group's name said of the whole group,
        or a pronoun carrying one that was a subject before ("Refugees keep coming. They are
        ..."), never one carrying a group that was only an object ("Why are they so afraid of
        immigrants? ... they control all branches of government": they are not immigrants)."""
        texts = list(sentence.words)
        doubt = self.frames.doubt(texts)
        found: list[tuple[int, int]] = []
        for first, last in sorted(mentions):
            if texts[first] in _CARRIERS:
                if subject or found:
                    found.append((first, last))
            elif self.frames.generalised(texts, first, doubt):
                found.append((first, last))
        return found

    def _framed(
        self,
        index: int,
        sentence: Sentence,
        mentions: list[tuple[int, int]],
        words: frozenset[str],
        pronouns: Mapping[int, frozenset[str]] | None = None,
        subjects: Collection[int] | None = None,
    ) -> Iterator[HateHit]:
        """Stereotype and expulsion frames: about a named group, or standing alone (``words``:
        the sentence's distinct words; ``pronouns``: the classes each pronoun carries, by its
        index; ``subjects``: the first words of the mentions a frame may open, ``None`` for
        all)."""
        standing = self._standing_in(words)
        for frame in itertools.chain(
            self.frames.about(sentence.words, sentence.tokens, mentions, pronouns, subjects),
            self.frames.standing(
                sentence.words,
                sentence.tokens,
                _longest(standing, sentence) if standing else (),
            ),
        ):
            yield HateHit(index, frame.first, frame.last, frame.family, frame.mention)

    def _standing_in(self, words: frozenset[str]) -> list[tuple[Pattern, str]]:
        """The self-contained frames whose anchor a sentence of ``words`` reads, and a word of
        each slot they need (:attr:`Pattern.needs`: no other matches), in the file's order."""
        by_anchor, standing = self._standing_by_anchor, self.standing
        found = {i for word in self._standing_anchors & words for i in by_anchor[word]}
        return [
            standing[i]
            for i in sorted(found)
            if not any(map(words.isdisjoint, standing[i][0].needs))
        ]

    def _hits(
        self,
        index: int,
        sentence: Sentence,
        matches: list[Term],
        mentions: list[tuple[int, int]],
        pronouns: Mapping[int, frozenset[str]],
    ) -> Iterator[HateHit]:
        texts = list(sentence.words)
        doubt = self.frames.doubt(texts)
        # Once per sentence, so that a long sentence costs linear time: the last "but", and
        # whether every word is quoted.
        last_but = max((i for i, word in enumerate(texts) if word == "but"), default=-1)
        all_quoted = all(token.quoted for token in sentence.tokens)
        denied = _denied(texts, mentions)
        carrying = frozenset(
            token.clause
            for word, token in zip(texts, sentence.tokens, strict=True)
            if word in _CARRIERS
        )
        # Each match reads only the mentions near it (every test below reaches at most _REACH
        # + 1 words), found by bisection and kept in their order: a sentence of many names and
        # many hate words costs no product of the two.
        by_first = sorted(range(len(mentions)), key=lambda k: mentions[k][0])
        firsts = [mentions[k][0] for k in by_first]
        widest = max((last - first for first, last in mentions), default=0)
        for match in matches:
            kind = match.label
            if kind in ("group", "counter"):
                continue
            near = [
                mentions[k]
                for k in sorted(
                    by_first[
                        bisect_left(firsts, match.first - _REACH - 1 - widest) : bisect_right(
                            firsts, match.last + _REACH + 1
                        )
                    ]
                )
            ]
            negated = _negated(texts, match.first)
            if kind in ("dehumanising", "derogatory"):
                ok = (
                    not negated
                    and not _opposed(texts, match.first)
                    and not (match.first and texts[match.first - 1] in _LITERAL_ANIMALS)
                    and " ".join(texts[match.first : match.last + 2]) not in _IDIOMS
                    # A word of a group's name: "the mentally ill" names the people it
                    # describes (not "muslim trash": a modifier before the word that judges).
                    and not any(
                        first < match.first
                        and match.last <= last
                        and last + 1 in self._slot.names(texts, first)
                        for first, last in near
                    )
                )
            elif kind == "exclusion":  # not "women were not allowed to vote until 1920"
                ok = (
                    not negated
                    and not _past_rule(texts, match)
                    and not _outing(texts, match)
                    and not _exclusion_topic(texts, match)
                    and not self.frames.homecoming_at(texts, match.first)
                )
            elif kind == "emotion":  # the writer's own: "I hate ...", "... make me sick"
                ok = (
                    not negated
                    and not _relative(texts, match)
                    and (
                        any(0 < first - match.last <= _EMOTION_REACH for first, _ in near)
                        or texts[match.first] in ("makes", "make", "nothing")
                        or "me" in texts[max(0, match.first - 3) : match.last + 2]
                        or _owned_of_carried(texts, match, near)
                    )
                )
            elif kind in ("violence", "death"):
                ok = (
                    not _negated(texts, match.first, window=match.first)
                    and not _dispreferred(texts, match)
                    and (
                        _intended(texts, match, _INTENT if kind == "violence" else _WISH)
                        or _threatened(texts, match)
                    )
                )
            elif kind == "epithet":  # "you fucking women", "filthy immigrants"
                ok = any(first == match.last + 1 for first, _ in near)
            elif kind == "positive":
                ok = (
                    (negated or denied)
                    and not _protective(texts, match, matches)
                    and not _past_rule(texts, match)
                )
            else:  # pragma: no cover - the data file's kinds are checked by its tests
                ok = False
            if not ok:
                continue
            mention = _nearest(sentence, near, match, last_but, carrying)
            if mention is None or doubt < mention[0]:
                continue  # "you can't seriously believe that all women are stupid"
            if texts[mention[0]] in _STATES and (
                kind == "emotion"
                or (mention[0] and texts[mention[0] - 1] in self.frames.prepositions)
            ):
                continue  # "I hate being gay", "going to hell for being gay": someone's own state
            if kind in ("exclusion", "violence") and _aimed_at_thing(sentence, match, mention):
                continue  # "get rid of the stigma against gay people"
            if (
                kind in ("dehumanising", "derogatory")
                and said_of_none(texts, mention[0])
                and match.first > mention[1]
            ):
                continue  # "no Muslim is a criminal": said of none of the group
            if kind == "exclusion" and _asked_why(texts, match, mention):
                continue  # "Why should Muslims not be allowed to vote?": asked, not demanded
            if kind == "exclusion" and self._regulated(texts, match, mention, pronouns):
                continue  # "teenagers should not be allowed to vote": a law argued
            if kind in ("dehumanising", "derogatory") and _listed_beside(
                texts, match, mention, self.frames.prepositions
            ):
                continue  # "guns away from criminals and the mentally ill": a list, no name
            if kind in ("dehumanising", "derogatory") and _treated_as(texts, match, mention):
                continue  # "immigrants are treated like animals here": others' treatment
            if kind in ("dehumanising", "derogatory") and _aimed_past(texts, match, mention):
                continue  # "a terrible record on women's rights": the record is judged
            if _self_named(texts, mention):
                continue  # "as a gay man I think the route is dumb": the writer's own identity
            if kind in ("emotion", "derogatory") and _victimised(texts, match, mention):
                continue  # "it's disgusting how gay kids get bullied": what is done to them
            if not all_quoted and _quoted_within(sentence, mention, match):
                continue  # 'I will not tolerate posts like "women are despicable"'
            yield HateHit(
                index,
                min(mention[0], match.first),
                max(mention[1], match.last),
                kind,
                mention,
            )


def _longest(
    patterns: Sequence[tuple[Pattern, str]], sentence: Sentence
) -> Iterator[tuple[int, int, str]]:
    """At each word of ``sentence``, the longest match of ``patterns`` that starts there:
    ``(first, last, label)``."""
    words, tokens = sentence.words, sentence.tokens
    present = frozenset(words)
    candidates = [(p, label) for p, label in patterns if not p.anchor.isdisjoint(present)]
    if not candidates:
        return
    by_start = _by_start(candidates, words, tokens)
    for i in sorted(by_start):
        best: tuple[int, int, str] | None = None
        for pattern, label in by_start[i]:
            last = pattern.match_at(words, tokens, i)
            if last is not None and (best is None or last > best[1]):
                best = (i, last, label)
        if best is not None:
            yield best


def _by_start(
    patterns: Sequence[tuple[Pattern, str]], words: Sequence[str], tokens: Sequence[Token]
) -> dict[int, list[tuple[Pattern, str]]]:
    """The patterns with their labels by the word indexes where they may start a match
    (:meth:`Pattern.starts`), each list in the patterns' order: a sentence's words are tried
    only against the patterns that may start there, not every pattern at every word."""
    found: dict[int, list[tuple[Pattern, str]]] = {}
    for pattern, label in patterns:
        for i in pattern.starts(words, tokens):
            found.setdefault(i, []).append((pattern, label))
    return found


def _aimed_at_thing(sentence: Sentence, match: Term, mention: tuple[int, int]) -> bool:
    """Whether an exclusion or a harm is aimed at a thing, not at the group: a noun of a thing
    stands between it and the group's name after it, with no "and" or "or" joining the group
    as a second object ("get rid of the stigma against gay people", "eliminate barriers for
    disabled people"; not "get rid of the rats and the immigrants"); or, the group named before
    it, such a noun is its object ("gay people should get rid of the stigma"); or the group's
    name modifies such a noun ("get rid of the women's shelter")."""
    texts, tokens = sentence.words, sentence.tokens
    next_word = mention[1] + 1
    if (
        next_word < len(texts)
        and texts[next_word] in _THINGS
        and tokens[next_word].clause == tokens[mention[1]].clause
    ):
        return True  # the group's name modifies a thing: "the women's shelter", "women's sports"
    if mention[0] > match.last:
        between = texts[match.last + 1 : mention[0]]
        return not _THINGS.isdisjoint(between) and _JOINING.isdisjoint(between)
    object_words = texts[match.last + 1 : match.last + 1 + _OBJECT_REACH]
    return not _THINGS.isdisjoint(object_words)


def _protective(texts: list[str], match: Term, matches: list[Term]) -> bool:
    """A negated worth that protects: "do not deserve to die", "are not worth any less"."""
    after = texts[match.last + 1 : match.last + 1 + _PROTECTIVE_REACH]
    if "less" in after:
        return True  # "not worth any less than anyone else's": a double negative
    return any(
        m.label in ("violence", "death") and match.last < m.first <= match.last + _PROTECTIVE_REACH
        for m in matches
    )


def _quoted_within(sentence: Sentence, mention: tuple[int, int], match: Term) -> bool:
    """Whether the hateful words are all quoted (the caller checks that the sentence has words
    of the writer's own)."""
    first, last = min(mention[0], match.first), max(mention[1], match.last)
    return all(token.quoted for token in sentence.tokens[first : last + 1])


def _holds_one(
    words: Collection[str], patterns: Mapping[str, tuple[tuple[frozenset[str], ...], ...]]
) -> bool:
    """Whether ``words`` hold one of each needed set of one of ``patterns``, each filed under
    the words one of which it needs most (its anchor, or its longest word)."""
    for key in patterns.keys() & words:  # loops: see Frames.possible
        for needs in patterns[key]:
            for need in needs:
                if need.isdisjoint(words):
                    break
            else:
                return True
    return False


class _Standing(NamedTuple):
    """A self-contained frame as the gates read it: the words one of which each required slot
    but ``<group>`` needs, and the words of ``<group>`` (``None`` without one)."""

    needs: tuple[frozenset[str], ...]
    group: frozenset[str] | None

    @classmethod
    def of(cls, pattern: Pattern) -> _Standing:
        """The frame of ``pattern``."""
        needs: list[frozenset[str]] = []
        group: frozenset[str] | None = None
        for slot in pattern.slots:
            if not slot.required or slot.kind:
                continue
            if isinstance(slot.phrase, GroupPhrase):
                group = slot.anchors
            else:
                needs.append(slot.anchors)
        return cls(tuple(needs), group)

    def shown(
        self,
        typos_of: Mapping[str, Iterable[str]],
        widened: dict[frozenset[str], frozenset[str]] | None = None,
    ) -> _Standing:
        """This frame with each need's words widened to the quick forms that show them
        (:func:`~municipal_social_policy.reading.quick_sources`: "don't" shows "not" as "t"),
        so that the gates, which read quick forms, pass what the reader reads.

        ``widened`` keeps each need widened: the frames share their slots' sets, and one
        widened set each is built once and is one object (its hash computed once)."""
        kept: dict[frozenset[str], frozenset[str]] = {} if widened is None else widened
        needs = []
        for need in self.needs:
            shown = kept.get(need)
            if shown is None:
                shown = kept[need] = share(
                    frozenset().union(*(quick_sources(word, typos_of) for word in need))
                )
            needs.append(shown)
        return self._replace(needs=tuple(needs))


def _generic(texts: list[str], first: int, last: int) -> bool:
    """ "a woman", "any Muslim", "every last Muslim", "a woman like you": one member standing
    for the group.

    "the woman who runs the bakery" and "my neighbour" are people, not groups: what is said of
    them is not said of a protected class.
    """
    if first and texts[first - 1] in _GENERIC:
        return not _one_person(texts, first, last)
    if first > 1 and texts[first - 1] in _GENERIC_FILLERS and texts[first - 2] in _GENERIC:
        return True  # "every last Muslim"
    if first > 1 and said_of_none(texts, first):
        return True  # "not one Muslim", "not a single Jew"
    if last + 1 < len(texts) and texts[last + 1] in ("are", "were"):
        return True  # "Female are ...": a singular written for the plural
    return texts[last + 1 : last + 3] == ["like", "you"]


def _one_person(texts: Sequence[str], first: int, last: int) -> bool:
    """Whether the member at ``first`` after "a" or "an" is one person, not the group: a word
    of [one_kind] before the article ("such a woman"), or one of [one_picked] right after the
    name ("a woman who lied to police", "a woman seeking sanctuary")."""
    if texts[first - 1] not in _INDEFINITE:
        return False
    if first > 1 and texts[first - 2] in _ONE_KIND:
        return True
    return last + 1 < len(texts) and texts[last + 1] in _ONE_PICKED


def _asked_why(texts: Sequence[str], match: Term, mention: tuple[int, int]) -> bool:
    """Whether an exclusion that ends in a word of hate_grammar.txt [permissions], said of the
    group named before it, stands in a sentence that opens with a run of [asking_why]: the
    denial is asked about ("Why should Muslims not be allowed to vote?", "How come gays are not
    allowed to marry here?"); not "Why are we not allowed to kill ...?" (the group after it)."""
    if texts[match.last] not in _PERMISSIONS or mention[1] >= match.first:
        return False
    return any(tuple(texts[: len(run)]) == run for run in _ASKING_WHY)


def _counted(texts: Sequence[str], first: int) -> bool:
    """Whether a count stands right before the group's name at ``first``: a word of [counts] or
    a number written in digits ("two women", "3 Muslims"), so many people and not the group."""
    if not first:
        return False
    before = texts[first - 1]
    return before in _COUNTS or (before.isascii() and before.isdigit())


def _told_of_the_past(texts: Sequence[str], before: Sequence[str]) -> bool:
    """Whether the intent words of ``before`` (the words before a harm) are all of
    [habitual_past] ("would") in a sentence that names a time past: a run of [past_times]
    ("back then", "in those days") or a year written 1000 to 1999 ("in 1920")."""
    found = _INTENT.intersection(before)
    if not found or not found <= _HABITUAL_PAST:
        return False
    if any(
        len(word) == 4 and word.isascii() and word.isdigit() and word[0] == "1" for word in texts
    ):
        return True
    joined = f" {' '.join(texts)} "
    return any(f" {run} " in joined for run in _PAST_TIMES)


@attrs.frozen
class _Held:
    """Words to look for among a comment's tokens, also at the ends of long tokens.

    A long token (``run_together`` letters or more) counts when the reading may cut it in two
    (:meth:`RunTogether.parts`) where one part is a word of ``joined`` (the words as spelled,
    without their typos: the reading cuts a word only as it is spelled), and the other, of
    ``shortest`` letters or more, a word of ``rests`` (:attr:`RunTogether.either`, the words a
    cut may leave): "womendisgust", "i" in "ihate"; not "transportation", which starts with
    "trans" but whose rest the reading does not know.
    """

    words: frozenset[str]
    joined: frozenset[str]
    rests: frozenset[str]
    run_together: int
    shortest: int

    def __call__(self, tokens: Collection[str]) -> bool:
        """Whether a token is one of the words, or a long one may be cut into one and a rest."""
        return not self.words.isdisjoint(tokens) or runs_into(
            tokens, self.joined, longest=self.run_together, rest=self.shortest, rests=self.rests
        )

    def trigger(self, more: frozenset[str] = frozenset()) -> Trigger:
        """The trigger that holds where this holds (with ``more`` words as tokens)."""
        return Trigger(
            tokens=share(self.words | more) if more else self.words,
            runs_into=self.joined,
            run_length=self.run_together,
            run_rest=self.shortest,
            run_rests=self.rests,
        )


def _nearest(
    sentence: Sentence,
    mentions: list[tuple[int, int]],
    match: Term,
    last_but: int,
    carrying: frozenset[int],
) -> tuple[int, int] | None:
    """The group name a hate word is about: near it, in its clause or carried into it.

    ``last_but`` is the position of the sentence's last "but" (-1: none); ``carrying`` the
    clauses of the sentence that hold a pronoun that may carry a group.
    """
    words, tokens = sentence.words, sentence.tokens
    best: tuple[int, int] | None = None
    best_distance = _REACH + 1
    for first, last in mentions:
        if first <= match.last and match.first <= last:
            if match.label in ("dehumanising", "derogatory"):
                if first <= match.first and match.last < last:
                    continue  # the group's own name: "mentally ill people"
                return first, last  # "vermin" as a group's name: "... vermin like you"
            if match.label == "emotion" and words[first] in _CARRIERS:
                return first, last  # "I hate them": the pronoun carries a group named before
            continue  # the group's own name is not a judgement on it
        distance = match.first - last if first < match.first else first - match.last
        if distance > best_distance:
            continue
        if words[first] in _CARRIERS and distance > _CARRIER_REACH:
            continue  # a pronoun is about the words next to it: "deport them", "they are"
        if first > 0 and words[first - 1] == "not":
            continue  # "terrorists are not Muslims"
        if (
            first > 1
            and words[first - 2] == "not"
            and words[first - 1] in _NOT_ALL
            and last_but < first
        ):
            continue  # "not all Muslims are terrorists" (but not "not all ..., but all ...")
        clause = tokens[match.first].clause
        if tokens[first].clause != clause and clause not in carrying:
            continue
        best, best_distance = (first, last), distance
    return best


def _judged_at(matches: list[Term], i: int) -> bool:
    """ "muslim trash", "black crybabies": a group's modifier before a word that judges it."""
    return any(m.first == i and m.label in ("dehumanising", "derogatory") for m in matches)


def _carrier_only(sentence: Sentence, mentions: list[tuple[int, int]]) -> bool:
    return all(sentence.words[first] in _CARRIERS for first, _ in mentions)


def _owned_of_carried(texts: list[str], match: Term, mentions: list[tuple[int, int]]) -> bool:
    """The writer's own hatred of a group a pronoun carries, the pronoun in the words of hatred:
    "Women think they're special. I hate them." ("hate them" holds "them"); not "the thugs
    hate them" (no writer's own)."""
    return not _FIRST_PERSON.isdisjoint(
        texts[max(0, match.first - _APPROVAL_REACH) : match.first]
    ) and any(
        match.first < first <= match.last and texts[first] in _CARRIERS for first, _ in mentions
    )


def _past_rule(texts: Sequence[str], match: Term) -> bool:
    """Whether an exclusion or a worth denied is a rule of the past reported: "were not
    allowed", "was not welcome" (a word of [past_copulas] right before the "not" that opens
    the words or stands right before them)."""
    at = match.first if texts[match.first] == "not" else match.first - 1
    return at > 0 and texts[at] == "not" and texts[at - 1] in _PAST_COPULAS


def _exclusion_topic(texts: Sequence[str], match: Term) -> bool:
    """Whether an exclusion named by a noun of hate_grammar.txt [exclusion_nouns] is a topic or
    history, no call for it: right before a word of [history_verbs] ("Segregation meant black
    people were not allowed ...", "deportation split families") or right after one of
    [topic_leads] ("the end of segregation"), with no word of [feeling_approvals] or [intent]
    in the sentence to approve or want it ("segregation was the right thing")."""
    if match.first != match.last or texts[match.first] not in _EXCLUSION_NOUNS:
        return False
    after = match.last + 1
    reported = (after < len(texts) and texts[after] in _HISTORY_VERBS) or (
        match.first > 0 and texts[match.first - 1] in _TOPIC_LEADS
    )
    return reported and _FEELING_APPROVALS.isdisjoint(texts) and _INTENT.isdisjoint(texts)


def _listed_beside(
    texts: Sequence[str], match: Term, mention: tuple[int, int], prepositions: frozenset[str]
) -> bool:
    """Whether a word of dehumanisation or contempt is listed beside a group's name after a
    preposition, joined by a word of hate_grammar.txt [list_joiners] and nothing else ("take guns
    away from criminals and the mentally ill", "in the hands of the mentally ill or
    terrorists"): a list names both, it calls neither the other. Not "immigrants and other
    criminals" ("other" makes the group one of them), nor a list that opens a sentence
    ("Muslims and terrorists, same thing")."""
    if match.last + 2 == mention[0]:
        first, joiner = match.first, match.last + 1
    elif mention[1] + 2 == match.first:
        first, joiner = mention[0], mention[1] + 1
    else:
        return False
    return texts[joiner] in _LIST_JOINERS and first > 0 and texts[first - 1] in prepositions


def _treated_as(texts: Sequence[str], match: Term, mention: tuple[int, int]) -> bool:
    """Whether a word of dehumanisation or contempt after a group's name says how others treat,
    see or call the group: a word of hate_grammar.txt [treated] in the three words before it
    ("immigrants are treated like animals here", "gays were seen as sick"), and no word of
    [intent] between the name and it ("immigrants should be treated like animals")."""
    if mention[1] >= match.first:
        return False
    if _treated_by_others(texts, mention):
        return True  # "the police treat Mexicans like animals"
    before = texts[max(mention[1] + 1, match.first - _TREATED_REACH) : match.first]
    return not _TREATED.isdisjoint(before) and _INTENT.isdisjoint(texts[mention[1] : match.first])


def _treated_by_others(texts: Sequence[str], mention: tuple[int, int]) -> bool:
    """Whether a word of hate_grammar.txt [treating] stands in the two words before the group's
    name, with no word of [first_person] or [intent] before it: others treat the group so ("the
    police treat Mexicans like animals", "the board treats our Muslim kids like criminals"); not
    "I treat them like animals", "we should treat immigrants like criminals"."""
    for k in range(max(0, mention[0] - 2), mention[0]):
        if texts[k] in _TREATING:
            before = texts[:k]
            return _FIRST_PERSON.isdisjoint(before) and _INTENT.isdisjoint(before)
    return False


def _self_named(texts: Sequence[str], mention: tuple[int, int]) -> bool:
    """Whether the group's name is the writer's own identity: after a word of hate_grammar.txt
    [self_naming] ("as", then "a" or "an" for one member), with a word of [first_person] or
    [self] in the three words after it ("as a gay man I think ...", "As a Black woman, I find
    ..."); not "as a Muslim he ..." nor "such as Muslims"."""
    first, last = mention
    at = first - 2 if first >= 2 and texts[first - 1] in _INDEFINITE else first - 1
    if at < 0 or texts[at] not in _SELF_NAMING:
        return False
    after = texts[last + 1 : last + 1 + _SELF_NAMING_REACH]
    return not (_FIRST_PERSON.isdisjoint(after) and _SELF.isdisjoint(after))


def _aimed_past(texts: Sequence[str], match: Term, mention: tuple[int, int]) -> bool:
    """Whether a word of contempt before the group's name judges a noun between them: words,
    then one of hate_grammar.txt [aimed_prepositions], then the group ("a terrible record on
    women's rights", "awful policies toward immigrants"); not "disgusted by immigrants" (no word
    between), "disgusting immigrants" (no preposition)."""
    between = texts[match.last + 1 : mention[0]]
    return any(word in _AIMED_PREPOSITIONS for word in between[1:])


def _relative(texts: Sequence[str], match: Term) -> bool:
    """Whether a feeling is said after "who" or "that": someone else's ("a candidate who hates
    them", "people that despise gays"), not the writer's."""
    return match.first > 0 and texts[match.first - 1] in _RELATIVES


def _victimised(texts: Sequence[str], match: Term, mention: tuple[int, int]) -> bool:
    """Whether a word of feeling or contempt before a group's name is aimed at what others do to
    the group: a word of hate_grammar.txt [victimised] follows the name, only words of
    [passive] between ("it's disgusting how gay kids get bullied", "I hate that immigrants are
    treated so badly"); not "I hate immigrants" nor "disgusting immigrants get welfare"."""
    if match.last >= mention[0]:
        return False
    after = mention[1] + 1
    while after < len(texts) and texts[after] in _PLURAL_PERSONS:
        after += 1  # "disabled people are treated ..."
    for word in texts[after : after + _VICTIM_REACH]:
        if word in _VICTIMISED:
            return True
        if word not in _PASSIVE:
            return False
    return False


def _outing(texts: Sequence[str], match: Term) -> bool:
    """Whether an exclusion is an outing: with the one or two words after it, a run of
    hate_grammar.txt [outings] ("get out more", "get out and vote", "get out the vote")."""
    end = match.last + 1
    return any(" ".join(texts[match.first : end + n]) in _OUTINGS for n in (1, 2))


def _negated(texts: list[str], position: int, window: int = _NEGATION_WINDOW) -> bool:
    for i in range(max(0, position - window), position):
        word = texts[i]
        if word in ("but", "however"):
            return False
        negates = i + 1 >= len(texts) or texts[i + 1] not in _NOT_NEGATING_NEXT
        contrasted = any(texts[j] in ("but", "however") for j in range(i + 1, position))
        if _negator(word) and negates and not contrasted:
            return True
    return False


def _negator(word: str) -> bool:
    """Whether ``word`` negates: a word of hate_grammar.txt ``[negators]``, or a contraction that
    spells one out, whatever spellings the phrase file happens to name (:func:`negates`)."""
    return negates(word, _NEGATORS)


def _opposed(texts: list[str], position: int) -> bool:
    """Whether the derogatory word at ``position`` is what a verb of opposition just before it
    stands against ("Muslims condemn terrorism", "immigrants are against violence"), the verb
    not negated ("they never condemn terrorism" still counts)."""
    for i in range(max(0, position - _OPPOSED_REACH), position):
        if texts[i] in _OPPOSING:
            return not _negated(texts, i)
    return False


def _denied(texts: list[str], mentions: list[tuple[int, int]]) -> bool:
    """ "No gay person can ever be ...": the group itself is negated."""
    return any(first > 0 and texts[first - 1] == "no" for first, _ in mentions)


def _intended(texts: list[str], match: Term, intent: frozenset[str]) -> bool:
    if match.first == 0:  # an imperative: "Kill all ..."
        return True
    if texts[match.first] == "death" and match.last + 1 < len(texts):
        return texts[match.last + 1] == "to"
    if texts[match.first - 1] in _PAST_COPULAS:
        return False  # "Black men were lynched": harm done to them, told
    before = texts[max(0, match.first - _INTENT_REACH) : match.first]
    if not intent.isdisjoint(before):
        return not _told_of_the_past(texts, before)
    if _approved(texts, match.first):
        return True
    return any(a == "if" and b == "only" for a, b in itertools.pairwise(before))


def _dispreferred(texts: list[str], match: Term) -> bool:
    """A harm the writer would not have, in "rather ... than": after "than" ("I'd rather die
    than see refugees suffer") or the writer's own, right after "rather" ("rather die", "rather
    be dead"); or a harm the writer would do to themselves if they were in another's place ("I
    would kill myself if I were a refugee in that camp"; [expulsion] of ``hate.phrases`` reads
    the identity refused, "if I were gay"). Not "I'd rather see them die than let them in" (the
    harm said of others), nor "I want to kill myself every time I see an immigrant"."""
    after = match.last + 1
    if after < len(texts) and texts[after] in _SELF and "if" in texts[after + 1 :]:
        return True
    before = texts[: match.first]
    if "rather" not in before:
        return False
    rather = len(before) - 1 - before[::-1].index("rather")
    if "than" in texts[rather + 1 : match.first]:
        return True
    return match.first - rather <= 2 and "than" in texts[match.last + 1 :]


def _approved(texts: list[str], first: int) -> bool:
    """ "it's okay to kill ...", "fine to just shoot ...": the harm at ``first`` approved."""
    near = texts[max(0, first - _APPROVAL_REACH) : first]
    return any(word == "to" and i and near[i - 1] in _APPROVING for i, word in enumerate(near))


def _threatened(texts: list[str], match: Term) -> bool:
    """ "I am going to make them suffer": the writer means to do it."""
    before = texts[max(0, match.first - _INTENT_REACH) : match.first]
    return not _FIRST_PERSON.isdisjoint(before) and not _INTENT.isdisjoint(before)


def _counter(sentence: Sentence, matches: list[Term]) -> bool:
    texts = sentence.words
    for match in matches:
        if match.label != "counter":
            continue
        before = texts[max(0, match.first - 2) : match.first]
        if _DISCLAIMED.isdisjoint(before) and not _asserted(texts, match, before):
            return True
    return False


def _owned(
    sentence: Sentence, hits: list[HateHit], mentions: Sequence[tuple[int, int]]
) -> list[HateHit]:
    """The hits of a sentence that are the writer's own: not a view the sentence gives to
    others ("anyone who thinks gays are sick ...", "those who hate Jews ...", "if you think
    Muslims are animals, ...": the group named after the view's verb, in its clause), nor an
    act it condemns ("Hating Muslims is wrong", "It is racist to tell immigrants to go home").
    A group that holds the view is no other ("Muslims who think they are my equal ...")."""
    if not hits:
        return hits
    texts = sentence.words
    spans = [
        _condemned_span(texts),
        *_rejected_acts(sentence),
        *_feelings_spoken_of(sentence),
    ]
    viewed = _viewed(sentence, mentions)
    return [
        hit
        for hit in hits
        if hit.mention[0] not in viewed
        and not any(low <= hit.mention[0] and hit.mention[1] < high for low, high in spans)
    ]


def _rejected_acts(sentence: Sentence) -> Iterator[tuple[int, int]]:
    """The words ``[low, high)`` of each act the writer rejects: an act of hate_grammar.txt
    [condemned_acts] with a word of [rejecting] at most three words before it, to the end of
    its clause ("I'm tired of people blaming immigrants for everything", "Stop comparing
    immigrants to animals")."""
    texts, tokens = sentence.words, sentence.tokens
    for i, word in enumerate(texts):
        if word not in _CONDEMNED_ACTS or _REJECTING.isdisjoint(
            texts[max(0, i - _REJECTING_REACH) : i]
        ):
            continue
        clause = tokens[i].clause
        end = i + 1
        while end < len(texts) and tokens[end].clause == clause:
            end += 1
        yield i, end


def _feelings_spoken_of(sentence: Sentence) -> Iterator[tuple[int, int]]:
    """The words ``[low, high)`` of each feeling the sentence speaks of rather than feels: a
    word of hate_grammar.txt [feeling_nouns] before one of [feeling_links] (or of
    [feeling_aims] and then one), with no word of [owners] before it in its clause and no word
    of [feeling_approvals] after it, not negated: "Hatred of immigrants has no place here", "the
    hate directed at Asian Americans was shameful"; not "my hatred of immigrants is justified",
    "hatred of immigrants is natural"."""
    texts, tokens = sentence.words, sentence.tokens
    count = len(texts)
    for i, word in enumerate(texts):
        if word not in _FEELING_NOUNS:
            continue
        link = i + 1
        if link < count and texts[link] in _FEELING_AIMS:
            link += 1
        if link >= count or texts[link] not in _FEELING_LINKS:
            continue
        clause = tokens[i].clause
        owned = any(texts[k] in _OWNERS and tokens[k].clause == clause for k in range(i))
        approved = any(
            texts[k] in _FEELING_APPROVALS and not _negated(list(texts), k)
            for k in range(link + 1, count)
        )
        if not owned and not approved:
            yield i, min(count, link + 1 + _FEELING_REACH)


def _viewed(sentence: Sentence, mentions: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The words of a sentence inside a view held by others (:func:`_held_view`): after its
    verb, in its clause; and the pronouns that carry only the groups named there ("If you
    think Muslims are animals, you are the problem": "you" is the reader, not Muslims)."""
    texts, tokens = sentence.words, sentence.tokens
    held = _held_view(texts, mentions)
    if held is None:
        return frozenset()
    clause = tokens[held].clause
    inside = frozenset(i for i in range(held + 1, len(texts)) if tokens[i].clause == clause)
    named = [first for first, _ in mentions if texts[first] not in _CARRYING]
    if named and inside.issuperset(named):
        return inside | {first for first, _ in mentions if texts[first] in _CARRYING}
    return inside


def _held_view(texts: Sequence[str], mentions: Sequence[tuple[int, int]]) -> int | None:
    """The position of the verb of a view held by someone the sentence does not name as a
    group: a word of [holders], "who" or "that", then a word of [holder_verbs] ("anyone who
    thinks", "those who really believe", "whoever says"), or a holder after a word of
    [conditions] ("if you think", "when people say"); ``None`` when there is none."""
    count = len(texts)
    # A holder in or right after a group's name is the group: "trans people who think".
    named = {k for first, last in mentions for k in range(first, last + 2)}
    for i, word in enumerate(texts):
        if word not in _HOLDERS or i in named:
            continue
        j = i + 1
        if j < count and texts[j] in _RELATIVES:
            j += 1
        elif word != "whoever" and not (i and texts[i - 1] in _CONDITIONS):
            continue
        while j < count and texts[j] in _HOLDER_ADVERBS:
            j += 1
        if j < count and texts[j] in _HOLDER_VERBS:
            return j
    return None


def _condemned_span(texts: Sequence[str]) -> tuple[int, int]:
    """The words ``[low, high)`` of an act the sentence condemns (a group named in them is
    named in the act): an act of [condemned_acts]
    opening it, before "is" or "was" and a verdict of [act_verdicts] or [rebuttals] ("Blaming
    immigrants for crime is lazy and wrong"), or a negated word of [approvals] ("... is not
    okay"); or "it is" and such a verdict before "to" and the act ("It is wrong to hate ...").
    A verdict denied ("is not wrong") condemns nothing; ``(0, 0)`` when nothing is condemned."""
    count = len(texts)
    start = 1 if count and texts[0] in _ACT_LEADS else 0
    if count > start + 2 and tuple(texts[start : start + 2]) == ("it", "is"):
        after = list(texts[start + 2 : start + 2 + _VERDICT_REACH])
        if "to" in after and _condemns(after[: after.index("to")]):
            return start + 2, count  # the verdict and the act after it
        return 0, 0
    if count <= start or texts[start] not in _CONDEMNED_ACTS:
        return 0, 0
    for i in range(start + 1, count):
        if texts[i] in _VERDICT_COPULAS and _condemns(texts[i + 1 : i + 1 + _VERDICT_REACH]):
            return start, i
    return 0, 0


def _condemns(words: Sequence[str]) -> bool:
    """Whether the words after "is" give a verdict against an act: one of [act_verdicts] or
    [rebuttals] with no negator before it ("wrong", "lazy and wrong", "not wrong": no), or
    a negator and then a word of [approvals] ("not okay", "never acceptable")."""
    for k, word in enumerate(words):
        if _negator(word):
            return any(w in _APPROVALS for w in words[k + 1 :])
        if word in _VERDICTS:
            return True
    return False


def _rebuts(words: Sequence[str]) -> bool:
    """Whether a sentence is the writer's short verdict on the one before it, calling it a lie
    or bigotry: "That's bigoted nonsense.", "It's a conspiracy theory.", "Nonsense."; it opens
    with a word of [rebuttal_leads] or a rebuttal, and has no negator ("That's a fact, not a
    lie")."""
    if not words or len(words) > _REBUTTAL_LENGTH or any(map(_negator, words)):
        return False
    return (words[0] in _REBUTTAL_LEADS or words[0] in _REBUTTALS) and not _REBUTTALS.isdisjoint(
        words
    )


def _asserted(texts: Sequence[str], match: Term, before: Sequence[str]) -> bool:
    """ "let's just say it", "I'll say it": the writer announces a claim of their own (a word
    of speech, "it", and the writer or an intent before, no negator), not a report ("he said
    it", "I will not say it")."""
    return (
        match.first == match.last
        and match.last + 1 < len(texts)
        and texts[match.last + 1] == "it"
        and not _ASSERTING.isdisjoint(before)
        and not any(map(_negator, before))
    )


# --- detectors ------------------------------------------------------------------------------


def _slur_terms(config: DetectorConfig) -> frozenset[str]:
    classes = _classes(config).classes
    listed = frozenset(
        term for term, *kinds in read_table("slurs.tsv") if _of_classes(kinds, classes)
    ) | normalize_terms(config.words)
    return listed - read_word_list("allow.txt") - normalize_terms(config.allowed)


@attrs.frozen
class GroupHateDetector:
    """Signals, as JUDGMENT, each sentence that derogates a protected group (§ V.2.4); with
    ``keeps``, only the readings it keeps (``group_violence``: :func:`_violence_suffered`)."""

    id: str
    reader: HateReader
    keeps: Callable[[Sentence, HateHit], bool] | None = None
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "trigger", self.reader.trigger())

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        if not self.reader.admits(text):
            return
        reading = self.reader.read(text)
        for index, sentence in enumerate(reading.sentences):
            ranges = [
                (hit.first, hit.last)
                for hit in reading.hits
                if hit.sentence == index and (self.keeps is None or self.keeps(sentence, hit))
            ]
            for first, last in merge_ranges(ranges):
                tokens = sentence.tokens
                start, end = text.span(tokens[first].start, tokens[last].end)
                yield Signal(self.id, start, end, Strength.JUDGMENT)


@lru_cache(maxsize=1)
def _bodily_harm() -> Mapping[tuple[str, ...], str]:
    """The words of the kinds "violence" and "death" of ``hate_terms.tsv`` that name harm to a
    body, each as the words it reads as, with its kind: all but those of hate_grammar.txt
    [not_bodily] (removal, confinement, suffering)."""
    not_bodily = read_word_list("hate_grammar.txt", "not_bodily")
    return {
        tuple(canonical(term)): kind
        for term, kind, *_ in read_table("hate_terms.tsv")
        if kind in ("violence", "death") and term not in not_bodily
    }


_SUFFERING_MARKS = read_word_list("hate_grammar.txt", "suffering_marks")
_ORDER_LEADS = read_word_list("hate_grammar.txt", "order_leads")
#: How many words before a harm a word of [intent] calls for it on the group named after it,
#: and how far after the harm that group is named.
_VIOLENCE_REACH = 4
#: How many words before a harm a word of [suffering_marks] makes it the passive ("should all
#: be shot"; not "can be violent & they will ... beat").
_SUFFERING_REACH = 2


@lru_cache(maxsize=1)
def _orders() -> frozenset[str]:
    """The verbs of harm an order opens with ("kill", "exterminate"): the single words of the
    kind "harm" of ``threat_terms.tsv``, never a participle ("Killed a man in cold blood")."""
    words = (
        " ".join(canonical(term))
        for term, kind, *_ in read_table("threat_terms.tsv")
        if kind == "harm"
    )
    return frozenset(word for word in words if " " not in word)


def _harm_at(
    words: Sequence[str], first: int, last: int, harm: Mapping[tuple[str, ...], str]
) -> tuple[int, str] | None:
    """The first word, in ``words[first : last + 1]``, of a term of ``harm``, with its kind."""
    lengths = sorted({len(term) for term in harm}, reverse=True)
    for i in range(first, last + 1):
        for n in lengths:
            if i + n <= last + 1 and (kind := harm.get(tuple(words[i : i + n]))) is not None:
                return i, kind
    return None


def _suffered(words: Sequence[str], hit: HateHit, harm: Mapping[tuple[str, ...], str]) -> bool:
    """Whether the group ``hit`` names suffers the bodily harm it reads (hate_grammar.txt
    [suffering_marks]): a death after the group, a violence after the group in the passive, or
    a violence called for before the group, its object, by an intent or as an order."""
    found = _harm_at(words, hit.first, hit.last, harm)
    if found is None:
        return False
    at, kind = found
    named_first, named_last = hit.mention
    if words[named_first : named_last + 1] == ("you",):
        return False  # the reader, a threat's target ("they will beat you up" is no wish)
    if named_last < at:
        marks = words[max(named_last + 1, at - _SUFFERING_REACH) : at]
        return kind == "death" or not _SUFFERING_MARKS.isdisjoint(marks)
    if named_first - at > _VIOLENCE_REACH:
        return False  # the group is no object of the harm ("cops that want to shoot ... Chinese")
    if at <= 1 and _ORDER_LEADS.issuperset(words[:at]) and words[at] in _orders():
        return True
    return not _INTENT.isdisjoint(words[max(0, at - _VIOLENCE_REACH) : at])


def _violence_suffered(sentence: Sentence, hit: HateHit) -> bool:
    """Whether ``hit`` is violence or death wished on a protected group, meant or deserved (the
    kinds "violence" and "death" of ``group_hate``, with the intent and the checks it reads),
    in words that harm a body (all of the two kinds but hate_grammar.txt [not_bodily]) and that
    the group suffers (:func:`_suffered`): "women should be beaten", "feminists need to be
    shot", "gays deserve to die". The group's people are the target of the harm, as a person is
    of a threat (§ V.2.2) and readers of a call to violence (§ V.2.6); "Immigrants should be
    deported" is exclusion, no harm to a body, and is ``group_hate``'s alone."""
    return hit.kind in ("violence", "death") and _suffered(sentence.words, hit, _bodily_harm())


@attrs.frozen
class SlurDetector:
    """Signals every slur; MECHANICAL only when aimed at its target (see the module docstring)."""

    id: str
    lexicon: LexiconDetector
    hard: frozenset[str]
    reader: HateReader
    gate: frozenset[str] = attrs.field(init=False)
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        # One word of each slur, its longest: "she male" is gated by "male", not by "she".
        gate = frozenset(max(term.split(), key=len) for term in self.lexicon.terms)
        object.__setattr__(self, "gate", gate)
        # Only the lexicon's signals are yielded, and in plain text it matches whole tokens: a
        # slur's every word, so its longest, is in the token set (the quick tokens' apostrophes
        # do not matter). A list without slurs never signals.
        object.__setattr__(self, "trigger", Trigger(tokens=gate) if gate else None)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        if not text.disguised and self.gate.isdisjoint(quick_forms(text)):
            return  # masked spellings ("f*g") are the lexicon's to find, so only plain text
        signals = list(self.lexicon(text, comment))
        if not signals:
            return
        aimed = self._aimed(text)
        if aimed:  # a slur named or reported ("words like ...", "x means") is not aimed
            spans = [(s.start, s.end) for s in signals if (s.start, s.end) in aimed]
            uses = mention_frames().uses(text.original, spans)
            aimed -= {span for span, use in zip(spans, uses, strict=True) if use is Use.MENTIONED}
        for signal in signals:
            if (signal.start, signal.end) in aimed:
                yield attrs.evolve(signal, strength=Strength.MECHANICAL)
            else:
                yield signal

    def _aimed(self, text: NormalizedText) -> frozenset[tuple[int, int]]:
        """Original spans of the hard slurs the text aims at their targets."""
        if not _DOUBLE_QUOTES.isdisjoint(text.characters):
            return frozenset()
        reading = self.reader.read(text)
        hateful = {hit.sentence for hit in reading.hits}
        aimed: set[tuple[int, int]] = set()
        for index, sentence in enumerate(reading.sentences):
            texts = list(sentence.words)
            if any(token.quoted for token in sentence.tokens) or not _SELF.isdisjoint(texts):
                continue
            if _counter(sentence, self.reader.find(sentence)):
                continue
            for i, (word, token) in enumerate(zip(texts, sentence.tokens, strict=True)):
                if word in self.hard and (index in hateful or _addressed(texts, i)):
                    aimed.add(text.span(token.start, token.end))
        return frozenset(aimed)


def _addressed(texts: list[str], i: int) -> bool:
    """ "you dirty ...", "you are nothing but a ...", "... like you"."""
    if texts[i + 1 : i + 3] == ["like", "you"]:
        return True
    for j in range(i - 1, max(-1, i - 7), -1):
        if texts[j] == "you":
            return True
        if texts[j] not in _ADDRESS_FILLER:
            return False
    return False


@lru_cache(maxsize=8)
def _build_reader(
    slurs: frozenset[str],
    extra_groups: frozenset[str],
    classes: frozenset[str] | None,
    added: frozenset[tuple[str, str]],
) -> HateReader:
    return HateReader._build(slurs, extra_groups, classes, added)


def _of_classes(listed: list[str], classes: frozenset[str] | None) -> bool:
    """Whether a row whose classes column is ``listed`` names one of ``classes`` (all: None)."""
    return classes is None or not classes.isdisjoint(listed[0].split(",") if listed else ())


def protected_classes() -> frozenset[str]:
    """The protected classes the shipped word lists know (``race``, ``religion``, ...)."""
    return builtin_classes()


def _classes(config: DetectorConfig) -> ClassChoice:
    """The classes the ``protected_classes`` and ``class_<name>`` options choose (see .classes)."""
    return class_choice(config)


def _reader(config: DetectorConfig) -> HateReader:
    choice = _classes(config)
    return HateReader.build(slurs=_slur_terms(config), classes=choice.classes, added=choice.added)


def _group_hate(config: DetectorConfig) -> GroupHateDetector:
    return GroupHateDetector(config.id, _reader(config))


def _group_violence(config: DetectorConfig) -> GroupHateDetector:
    return GroupHateDetector(config.id, _reader(config), _violence_suffered)


def _slur(config: DetectorConfig) -> SlurDetector:
    terms = _slur_terms(config)
    cautions = {term for term, use in read_table("slur_uses.tsv") if use in _SLUR_CAUTIONS}
    hard = frozenset(t for t in terms if " " not in t and t not in cautions)
    lexicon = LexiconDetector(config.id, terms, Strength.JUDGMENT)
    choice = _classes(config)
    reader = HateReader.build(slurs=terms, classes=choice.classes, added=choice.added)
    return SlurDetector(config.id, lexicon, hard, reader)


FACTORIES: Mapping[str, DetectorFactory] = {
    "slur": _slur,
    "group_hate": _group_hate,
    "group_violence": _group_violence,
}
