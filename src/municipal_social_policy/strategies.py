"""Hypothesis strategies for property-testing moderation pipelines.

Install with ``pip install "municipal_social_policy[hypothesis]"``. Following Hypothesis's own
API style, every strategy is a plural noun returning a ``SearchStrategy``, options are
keyword-only, and bad arguments raise ``InvalidArgument`` when the strategy is drawn from.

- :func:`comments` — realistic civic comments, with optional context;
- :func:`benign_comments` — comments that break no clause, criticism of officials included;
- :func:`violating_comments` — comments that break a category, as :class:`Violation`\\ s;
- :func:`obfuscations` — a text disguised by leetspeak, homoglyphs, invisible characters, ...;
- :func:`ordinances` — valid ordinances of varied shapes; :func:`from_ordinance` — violations
  aimed at a given ordinance's categories;
- :func:`verdicts` — verdicts, for code that consumes them;
- :func:`clauses` — clauses.

Importing :mod:`hypothesis` registers strategies for the library's types (``st.from_type(Comment)``
works) through the ``hypothesis`` entry point.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Final

import attrs

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ModuleNotFoundError as error:  # pragma: no cover - depends on the environment
    if error.name != "hypothesis":
        raise
    raise ImportError(
        "municipal_social_policy.strategies needs Hypothesis:"
        ' pip install "municipal_social_policy[hypothesis]"'
    ) from error

from .comment import Author, Comment, Role, Thread
from .detectors.lexicon import read_word_list
from .detectors.personal_information import luhn_valid
from .detectors.profanity import judgment_terms
from .evaluation import Evaluator
from .history import start as start_of
from .loading import load
from .ordinance import (
    ActionKind,
    Category,
    Ceiling,
    Clause,
    CommenterNotice,
    CommentPolicy,
    DetectorConfig,
    Jurisdiction,
    LawEnforcementReferral,
    Ordinance,
    PlatformReferral,
    Purpose,
    RemovalProcedure,
    Retention,
    RetentionSchedule,
    Statute,
)
from .procedure import Ban, RecordField, Removal, RemovalMethod
from .text import CONFUSABLES
from .verdict import Decision, Verdict
from .words import MASK

__all__ = [
    "MECHANICAL_DETECTORS",
    "OBFUSCATIONS",
    "TYPOGRAPHIC",
    "Violation",
    "benign_comments",
    "clauses",
    "comments",
    "from_ordinance",
    "obfuscations",
    "ordinances",
    "register_type_strategies",
    "verdicts",
    "violating_comments",
]

# ---------------------------------------------------------------------------------------------
# The civic vocabulary. Officials and residents are interchangeable in every template, and so are
# praise and criticism: the viewpoint-neutrality properties swap them.

OFFICIALS: Final = (
    "the mayor",
    "Mayor Wells-Armstrong",
    "the city council",
    "Alderman Osenga",
    "the police chief",
    "the public works director",
    "the city clerk",
    "the parks department",
)
RESIDENTS: Final = (
    "my neighbor",
    "a resident on Court Street",
    "the woman who runs the bakery",
    "my brother-in-law",
    "a local business owner",
    "the family next door",
)
TOPICS: Final = (
    "the water rates",
    "the new budget",
    "snow removal",
    "the riverfront plan",
    "road work on Schuyler Avenue",
    "the parking rules downtown",
    "the library hours",
    "trash pickup",
    "the property tax levy",
    "the summer festival",
)
PRAISE: Final = (
    "is doing a great job with {topic}",
    "deserves thanks for {topic}",
    "handled {topic} really well",
    "made the right call on {topic}",
)
CRITICISM: Final = (
    "is doing a terrible job with {topic}",
    "should resign over {topic}",
    "completely botched {topic}",
    "has no clue about {topic}",
    "made a disgraceful decision on {topic}",
)
QUESTIONS: Final = (
    "When will {topic} be discussed at the next meeting?",
    "Does anyone know if {topic} is on the agenda?",
    "Where can I read more about {topic}?",
    "Thank you for the update on {topic}.",
)
PLATFORMS: Final = ("facebook", "twitter", "instagram", "linkedin", "ring", "nextdoor", "")


def _sentence(subject: str, opinion: str, topic: str) -> str:
    text = f"{subject} {opinion.format(topic=topic)}."
    return text[0].upper() + text[1:]


@st.composite
def _civic_texts(draw: st.DrawFn) -> str:
    topic = draw(st.sampled_from(TOPICS))
    if draw(st.booleans()):
        return draw(st.sampled_from(QUESTIONS)).format(topic=topic)
    subject = draw(st.sampled_from(OFFICIALS + RESIDENTS))
    opinion = draw(st.sampled_from(PRAISE + CRITICISM))
    return _sentence(subject, opinion, topic)


def _contexts(texts: st.SearchStrategy[str]) -> st.SearchStrategy[Comment]:
    return st.builds(
        Comment,
        text=texts,
        author=st.builds(
            Author,
            id=st.text("abcdef0123456789", max_size=8),
            display_name=st.sampled_from(("", "Pat O.", "kankakee_resident", "J. Doe")),
            role=st.sampled_from(Role),
        ),
        platform=st.sampled_from(PLATFORMS),
        posted_at=st.none()
        | st.datetimes(min_value=dt.datetime(2019, 1, 1), max_value=dt.datetime(2035, 12, 31)),
        thread=st.none() | st.builds(Thread, topic=st.sampled_from(TOPICS)),
    )


def comments(
    *, context: bool = True, texts: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[Comment]:
    """Realistic civic comments: questions, praise and criticism of officials and residents.

    With ``context`` (the default) the comments carry an author and role, a platform, a time and
    sometimes a thread; otherwise only text. ``texts`` replaces the text strategy, e.g.
    ``comments(texts=st.text())`` for arbitrary text with realistic context.
    """

    def build() -> st.SearchStrategy[Comment]:
        if not isinstance(context, bool):
            raise InvalidArgument(f"context: expected True or False, got {context!r}")
        if texts is not None and not isinstance(texts, st.SearchStrategy):
            raise InvalidArgument(f"texts: expected a SearchStrategy of str, got {texts!r}")
        chosen = _civic_texts() if texts is None else texts
        return _contexts(chosen) if context else st.builds(Comment, text=chosen)

    return st.deferred(build)


def benign_comments(*, context: bool = True) -> st.SearchStrategy[Comment]:
    """Comments that break no clause of a typical ordinance, criticism of officials included.

    Every one should be allowed: a moderation pipeline that flags any of them acts on viewpoint
    or on harmless words.
    """
    return comments(context=context)


# ---------------------------------------------------------------------------------------------
# Violations.


@attrs.frozen
class Violation:
    """A comment that breaks a category, with what a correct evaluator concludes."""

    comment: Comment
    category: str
    clause: str
    detector: str
    decision: Decision


# Numbers the Social Security Administration voided after they were published as examples.
_VOIDED_SSNS: Final = frozenset({"078051120", "219099999", "123456789"})


def _ssns() -> st.SearchStrategy[str]:
    areas = st.integers(1, 899).filter(lambda area: area != 666)
    return st.builds(
        lambda area, group, serial, sep: f"{area:03d}{sep}{group:02d}{sep}{serial:04d}",
        areas,
        st.integers(1, 99),
        st.integers(1, 9999),
        st.sampled_from("- "),
    ).filter(lambda ssn: ssn.replace("-", "").replace(" ", "") not in _VOIDED_SSNS)


def _with_check_digit(body: str) -> str:
    return body + next(str(digit) for digit in range(10) if luhn_valid(body + str(digit)))


@st.composite
def _payment_cards(draw: st.DrawFn) -> str:
    networks = (("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16))
    prefix, length = draw(st.sampled_from(networks))
    rest = draw(
        st.text("0123456789", min_size=length - len(prefix) - 1, max_size=length - 1 - len(prefix))
    )
    digits = _with_check_digit(prefix + rest)
    if len(set(digits)) == 1:  # all one digit passes Luhn but is no card number
        digits = _with_check_digit(prefix + "1" + rest[1:])
    separator = draw(st.sampled_from(("", " ", "-")))
    return separator.join(digits[i : i + 4] for i in range(0, len(digits), 4))


_SQL_PAYLOADS: Final = (
    "'; DROP TABLE comments; --",
    "' OR '1'='1",
    "admin'--",
    "1 UNION SELECT null, username FROM users",
    "x' AND SLEEP(5) AND 'a'='a",
    "1' OR 1=1 --",
    "'; EXEC xp_cmdshell('dir'); --",
)
_SCRIPT_PAYLOADS: Final = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(document.cookie)>",
    "<iframe src=//evil.example></iframe>",
    "<svg onload=alert(1)>",
    '<a href="javascript:alert(1)">prize</a>',
    "<body onload=fetch('//evil.example')>",
)


@cache
def _profane_words() -> tuple[str, ...]:
    # The mechanical part of the list: expletives, insults, clinical names are judgment evidence.
    excluded = read_word_list("allow.txt") | judgment_terms()
    return tuple(sorted(w for w in read_word_list("profanity.txt") - excluded if w.isalpha()))


def _payloads(detector: str) -> st.SearchStrategy[str]:
    if detector == "ssn":
        return _ssns()
    if detector == "payment_card":
        return _payment_cards()
    if detector == "sql_injection":
        return st.sampled_from(_SQL_PAYLOADS)
    if detector == "script_injection":
        return st.sampled_from(_SCRIPT_PAYLOADS)
    return st.deferred(lambda: st.sampled_from(_profane_words()))


#: Built-in detectors whose evidence is mechanical, and the phrases a violation is set in.
MECHANICAL_DETECTORS: Final = {
    "ssn": ("My SSN is {payload}", "{payload} is his social security number", "ssn {payload}"),
    "payment_card": ("Pay with card {payload} please", "my card number: {payload}"),
    "sql_injection": ("{payload}",),
    "script_injection": ("{payload}", "check this out {payload}"),
    "profanity": ("{payload} this", "what the {payload}", "you are a {payload}"),
}


@st.composite
def _violations(
    draw: st.DrawFn, category: Category, detector: str, start: dt.date | None
) -> Violation:
    payload = draw(_payloads(detector))
    phrase = draw(st.sampled_from(MECHANICAL_DETECTORS[detector]))
    comment = draw(_contexts(st.just(phrase.format(payload=payload))))
    posted = comment.posted_at
    if posted is not None and start is not None and posted.date() < start:
        # Only a rule in force can be broken: post it on the day the ordinance took effect.
        comment = attrs.evolve(comment, posted_at=dt.datetime.combine(start, posted.time()))
    removable = category.ceiling_for(detector) is Ceiling.REMOVE
    return Violation(
        comment=comment,
        category=category.code,
        clause=category.clause,
        detector=detector,
        decision=Decision.REMOVE if removable else Decision.REVIEW,
    )


def _targets(ordinance: Ordinance, codes: Sequence[str] | None) -> list[tuple[Category, str]]:
    """The (category, detector) pairs of ``ordinance`` that violations can be generated for."""
    targets = [
        (category, config.id)
        for category in ordinance.comment_policy.categories
        if codes is None or category.code in codes
        for config in category.detectors
        if config.id in MECHANICAL_DETECTORS
    ]
    if not targets:
        known = (
            sorted({category.code for category, _ in _targets(ordinance, None)}) if codes else []
        )
        raise InvalidArgument(
            f"category: ordinance {ordinance.number} has no category {list(codes or [])!r} with a"
            f" detector violations can be generated for; choose among {known}"
        )
    return targets


@cache
def _kankakee() -> Ordinance:
    return load("kankakee")


def violating_comments(
    *, category: str | Sequence[str] | None = None, ordinance: Ordinance | None = None
) -> st.SearchStrategy[Violation]:
    """Comments that break ``category`` (a code, several, or any) of ``ordinance``.

    The ordinance defaults to the bundled Kankakee ordinance; dated comments are posted while it
    is in force. Each :class:`Violation` carries the comment, the category and clause it breaks,
    the detector that should find it, and the decision a correct evaluator reaches. Violations
    are generated for categories with a mechanical detector (see :data:`MECHANICAL_DETECTORS`).
    """

    def build() -> st.SearchStrategy[Violation]:
        chosen = _kankakee() if ordinance is None else ordinance
        if not isinstance(chosen, Ordinance):
            raise InvalidArgument(f"ordinance: expected an Ordinance, got {chosen!r}")
        codes = (category,) if isinstance(category, str) else category
        targets = _targets(chosen, None if codes is None else tuple(codes))
        start = start_of(chosen)
        return st.sampled_from(targets).flatmap(lambda target: _violations(*target, start))

    return st.deferred(build)


def from_ordinance(ordinance: Ordinance) -> st.SearchStrategy[Violation]:
    """Violations aimed at ``ordinance``'s own categories, whatever their codes and clauses."""
    return violating_comments(ordinance=ordinance)


# ---------------------------------------------------------------------------------------------
# Obfuscations.


def _homoglyphs() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for foreign, latin in CONFUSABLES.items():
        found.setdefault(latin, []).append(foreign)
    return {latin: tuple(foreign) for latin, foreign in found.items()}


# Every look-alike of each Latin letter in Unicode's confusables data (UTS #39), not a hand-picked
# few: Cyrillic, Greek, Cherokee, Lisu, Coptic, ...
_HOMOGLYPHS: Final = _homoglyphs()
_LEET: Final = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
# Default-ignorable characters of each kind: zero-width space, joiners, word joiner, byte order
# mark, soft hyphen, combining grapheme joiner, Mongolian vowel separator, variation selectors,
# an invisible operator, Hangul fillers and a tag character.
_INVISIBLE: Final = (
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u180e", "\ufe0f",
    "\U000e0101", "\u2063", "\u3164", "\uffa0", "\U000e0041",
)  # fmt: skip
_LETTERS: Final = re.compile(r"[^\W\d_]+")
# A word that reads as a number, or an ordinal: what leetspeak makes of "terd" ("73rd") or
# "leet" ("1337") is no disguise, as every reader takes it for the number.
_NUMBER_WORD: Final = re.compile(r"(?<!\w)\d+(?:st|nd|rd|th)?(?!\w)", re.IGNORECASE)


def _look_alike(char: str, n: int) -> str:
    choices = _HOMOGLYPHS.get(char, (char,))
    return choices[n % len(choices)]


def _fullwidth(char: str) -> str:
    return chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char


# Disguises of single characters: (character, its position) -> replacement.
_CHARACTER_DISGUISES: Final[dict[str, Callable[[str, int], str]]] = {
    "case": lambda char, _: char.swapcase(),
    "homoglyphs": lambda char, n: _look_alike(char, n),
    "zero_width": lambda char, n: char + _INVISIBLE[n % len(_INVISIBLE)],
    "fullwidth": lambda char, _: _fullwidth(char),
    "leetspeak": lambda char, _: _LEET.get(char.lower(), char),
}

#: The ways :func:`obfuscations` disguises text.
OBFUSCATIONS: Final = (*_CHARACTER_DISGUISES, "separators", "masking")

#: The disguises that leave every character's identity readable: case, look-alike letters,
#: invisible characters and fullwidth forms. Evidence of any kind survives them.
TYPOGRAPHIC: Final = ("case", "homoglyphs", "zero_width", "fullwidth")


def _disguise_words(draw: st.DrawFn, text: str, kinds: Sequence[str]) -> str:
    """Separate every letter of some words (``f.u.c.k``), or mask some of their inner letters.

    Each word gets at most one of ``kinds``. A word is never spaced out with spaces next to a
    single letter or another word spaced out with spaces: "a s h i t" and "f u c k t h i s" have
    lost the boundaries between their words, for any reader.
    """
    matches = list(_LETTERS.finditer(text))
    pieces, position, spaced = [], 0, False
    for index, match in enumerate(matches):
        word = match.group()
        gap = text[position : match.start()]
        pieces.append(gap)
        position = match.end()
        touching_before = spaced and not gap.strip()
        following = matches[index + 1] if index + 1 < len(matches) else None
        touching_after = (
            following is not None
            and len(following.group()) == 1
            and not text[match.end() : following.start()].strip()
        )
        spaced = len(word) == 1
        kind = draw(st.sampled_from(("", *kinds))) if len(word) > 1 else ""
        if kind == "separators":
            crowded = touching_before or touching_after
            separator = draw(st.sampled_from(".-" if crowded else " .-"))
            spaced = separator == " "
            pieces.append(separator.join(word))
        elif kind == "masking":  # keeps the first letter, as people do: f**k, c*nt
            hidden = draw(st.lists(st.booleans(), min_size=len(word) - 1, max_size=len(word) - 1))
            pieces.append(
                word[0] + "".join(MASK if h else c for c, h in zip(word[1:], hidden, strict=True))
            )
        else:
            pieces.append(word)
    pieces.append(text[position:])
    return "".join(pieces)


def obfuscations(text: str, *, kinds: Sequence[str] = OBFUSCATIONS) -> st.SearchStrategy[str]:
    """``text`` disguised as people disguise words past filters.

    ``kinds`` picks among :data:`OBFUSCATIONS`: ``case``, ``homoglyphs`` (Cyrillic and Greek
    look-alikes), ``zero_width`` (invisible characters inside words), ``fullwidth``,
    ``leetspeak`` (``sh1t``), ``separators`` between all letters of a word (``f.u.c.k``) and
    ``masking`` of inner letters (``f**k``). Each draw applies one or more of the kinds, each to
    some of the characters or words. No draw turns a word into a number or an ordinal ("73rd"
    for "terd"): a reader takes that for the number it reads as.
    """

    @st.composite
    def disguise(draw: st.DrawFn) -> str:
        if not isinstance(text, str):
            raise InvalidArgument(f"text: expected str, got {text!r}")
        unknown = sorted(set(kinds) - set(OBFUSCATIONS))
        if not kinds or unknown:
            raise InvalidArgument(
                f"kinds: expected a non-empty selection of {list(OBFUSCATIONS)}, got {kinds!r}"
            )
        chosen = draw(st.lists(st.sampled_from(tuple(kinds)), min_size=1, max_size=3, unique=True))
        # Word disguises first, so that character disguises can fall on the separators.
        word_kinds = [kind for kind in chosen if kind not in _CHARACTER_DISGUISES]
        disguised = _disguise_words(draw, text, word_kinds) if word_kinds else text
        for kind in chosen:
            if kind not in _CHARACTER_DISGUISES:
                continue
            transform = _CHARACTER_DISGUISES[kind]
            # Re-split after each kind: one character may become several ("ß".swapcase() is "SS").
            touched = draw(
                st.lists(st.booleans(), min_size=len(disguised), max_size=len(disguised))
            )
            disguised = "".join(
                transform(char, i) if flip else char
                for i, (char, flip) in enumerate(zip(disguised, touched, strict=True))
            )
        return disguised

    numbers = len(_NUMBER_WORD.findall(text)) if isinstance(text, str) else 0
    return disguise().filter(lambda disguised: len(_NUMBER_WORD.findall(disguised)) == numbers)


# ---------------------------------------------------------------------------------------------
# Ordinances, clauses and verdicts.

_ROMAN: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_WORDS: Final = st.text("abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=60).map(
    lambda words: " ".join(words.split()) or "text"
)


def clauses() -> st.SearchStrategy[Clause]:
    """Clauses with ids in the roman-numeral scheme (``V.2.5``) and arbitrary wording."""
    ids = st.builds(
        lambda section, path: ".".join((section, *map(str, path))),
        st.sampled_from(_ROMAN),
        st.lists(st.integers(1, 20), max_size=3),
    )
    return st.builds(Clause, id=ids, text=st.text(max_size=200), heading=st.text(max_size=40))


@st.composite
def _ordinances(draw: st.DrawFn, max_categories: int) -> Ordinance:
    number = f"{draw(st.integers(1990, 2040))}-{draw(st.integers(1, 99))}"
    city = draw(st.sampled_from(("Springfield", "Riverton", "Lake Vista", "Kankakee", "Fairview")))
    prefix = f"{city} Ord. {number}"
    detector_ids = [*sorted(MECHANICAL_DETECTORS), "phone", "email", "street_address"]
    count = draw(st.integers(1, max_categories))
    categories = []
    for position in range(1, count + 1):
        detectors = draw(st.lists(st.sampled_from(detector_ids), max_size=3, unique=True))
        actions = draw(st.lists(st.sampled_from(ActionKind), max_size=5, unique=True))
        statutes = draw(st.lists(st.builds(Statute, citation=_WORDS, name=_WORDS), max_size=2))
        categories.append(
            Category(
                code=f"category_{position}",
                name=draw(_WORDS),
                clauses=(f"II.{position}",),
                ceiling=draw(st.sampled_from(Ceiling)),
                actions=tuple(actions),
                detectors=tuple(DetectorConfig(d) for d in detectors),
                statutes=tuple(statutes),
            )
        )
    platforms = draw(
        st.lists(
            st.sampled_from(("twitter", "instagram", "linkedin", "ring", "mastodon")),
            max_size=4,
            unique=True,
        )
    )
    text = draw(st.lists(_WORDS, min_size=20, max_size=20))
    clause_list = [
        Clause("I", heading="Purpose"),
        Clause("I.1", text=text[0]),
        Clause("II", heading="Comment Policy", text=text[1]),
        *(Clause(f"II.{i}", text=text[2 + i % 10]) for i in range(1, count + 1)),
        Clause("III", heading="Removal"),
        Clause("III.1", text=text[13]),
        Clause("III.2", text=text[14]),
        Clause("III.3", text=text[15]),
        Clause("III.4", text=text[16]),
        Clause("III.5", text=text[17]),
        *(Clause(f"III.5.{i}", text=f"{name} {text[18]}") for i, name in enumerate(platforms, 1)),
        Clause("III.6", text=text[19]),
        Clause("retention", text=f"Records are kept for {draw(st.integers(1, 10))} years."),
    ]
    return Ordinance(
        name=city.lower().replace(" ", "_"),
        version=f"{draw(st.integers(0, 3))}.{draw(st.integers(0, 9))}.0",
        number=number,
        title=f"A Social Media Policy for {city}",
        citation_prefix=prefix,
        adopted=draw(st.dates(dt.date(1995, 1, 1), dt.date(2040, 1, 1))),
        effective=draw(st.dates(dt.date(1995, 1, 1), dt.date(2040, 1, 1))),
        jurisdiction=Jurisdiction(
            name=f"City of {city}", state=draw(st.sampled_from(("Illinois", "Ohio", "Oregon")))
        ),
        clauses=tuple(clause_list),
        purpose=Purpose(clause="I", protected_speech="I.1"),
        comment_policy=CommentPolicy(clause="II", categories=tuple(categories)),
        removal_procedure=RemovalProcedure(
            office_notice="III.1",
            retention=Retention(clauses=("III.2",), fields=tuple(RecordField)[:4]),
            commenter_notice=CommenterNotice(
                clause="III.2",
                message=draw(
                    st.sampled_from(
                        (
                            "Your comment was removed: {categories} ({citations}).",
                            "Removed from the {jurisdiction} {platform} page under {citations}.",
                        )
                    )
                ),
            ),
            repeat_violators="III.3",
            law_enforcement=LawEnforcementReferral(clause="III.4"),
            platform_referral="III.5",
            platforms=tuple(
                PlatformReferral(
                    platform=name, clause=f"III.5.{i}", terms_url=f"https://{name}.example/terms"
                )
                for i, name in enumerate(platforms, 1)
            ),
            other_platforms="III.6",
            removal=Removal(
                clause="III.1",
                methods=tuple(
                    draw(st.lists(st.sampled_from(RemovalMethod), min_size=1, unique=True))
                ),
            ),
            ban=Ban(clause="III.3", violations=draw(st.integers(1, 3))),
        ),
        retention_schedule=RetentionSchedule(
            clause="retention",
            years=draw(st.integers(1, 10)),
            calendar_years=draw(st.booleans()),
        ),
    )


def ordinances(*, max_categories: int = 6) -> st.SearchStrategy[Ordinance]:
    """Valid ordinances of varied shapes: categories, ceilings, detectors, platforms, retention.

    Every drawn ordinance loads, evaluates and round-trips; use them to check that code works for
    any city, not only Kankakee.
    """

    def build() -> st.SearchStrategy[Ordinance]:
        if (
            isinstance(max_categories, bool)
            or not isinstance(max_categories, int)
            or not 1 <= max_categories <= 10
        ):
            raise InvalidArgument(
                f"max_categories: expected a whole number from 1 to 10, got {max_categories!r}"
            )
        return _ordinances(max_categories)

    return st.deferred(build)


@cache
def _evaluator(ordinance: Ordinance) -> Evaluator:
    return Evaluator(ordinance)


def verdicts(*, ordinance: Ordinance | None = None) -> st.SearchStrategy[Verdict]:
    """Verdicts as the evaluator produces them, on benign and violating comments alike.

    ``ordinance`` defaults to the bundled Kankakee ordinance.
    """

    def build() -> st.SearchStrategy[Verdict]:
        chosen = _kankakee() if ordinance is None else ordinance
        if not isinstance(chosen, Ordinance):
            raise InvalidArgument(f"ordinance: expected an Ordinance, got {chosen!r}")
        violations = violating_comments(ordinance=chosen).map(lambda violation: violation.comment)
        evaluator = _evaluator(chosen)
        return (comments() | violations).map(evaluator.evaluate)

    return st.deferred(build)


def register_type_strategies() -> None:
    """Register these strategies for the library's types, so ``st.from_type(Comment)`` works.

    Hypothesis calls this through the ``hypothesis`` entry point when it is imported.
    """
    st.register_type_strategy(Comment, comments())
    st.register_type_strategy(
        Author, st.builds(Author, display_name=st.text(max_size=30), role=st.sampled_from(Role))
    )
    st.register_type_strategy(Thread, st.builds(Thread, topic=st.sampled_from(TOPICS)))
    st.register_type_strategy(Clause, clauses())
    st.register_type_strategy(Ordinance, ordinances())
    st.register_type_strategy(Verdict, verdicts())
    st.register_type_strategy(Violation, violating_comments())


# Importing this module registers its strategies (Hypothesis's entry point imports it).
register_type_strategies()
