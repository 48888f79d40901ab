"""The pure core: judge a comment against an ordinance.

``Evaluator(ordinance)`` compiles every detector once, and one scan of all their triggers
(:mod:`.scan`); ``evaluate`` then runs one normalisation pass and the scan, calls the
detectors the scan admits, turns signals into findings under each category's ceiling, and derives
the decision and the follow-up. A comment that no detector is admitted for gets the ordinance's
allow verdict, built once. No clock, no I/O, no global state: the same comment and ordinance give
the same verdict on any thread or process.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import ParamSpec, TypeVar

import attrs

from .comment import Comment, Role
from .consequences import Consequences
from .detectors import BUILTIN_DETECTORS, GUARD, Detector, DetectorFactory, Signal, Trigger
from .detectors.lexicon import normalize_terms, read_word_list
from .detectors.phrases import forget_build_memos
from .detectors.registry import option_problems, registered_detector, registered_detector_ids
from .exceptions import DetectorOptionError, UnknownDetectorError
from .history import History, reference
from .ordinance import Category, Ceiling, Clause, DetectorConfig, Ordinance
from .scan import Scan, holds_run
from .text import NormalizedText, normalize
from .verdict import (
    Decision,
    Evidence,
    Finding,
    Guard,
    Strength,
    Verdict,
)

__all__ = ["Evaluator", "evaluate"]

# Words that make a comment speech about government. Their presence never feeds a finding; it
# records that the protected-speech guard applies (Ord. 2019-70 § I.3).
_GOVERNMENT = read_word_list("government.txt", "government")


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _collector_paused(build: Callable[_P, _R]) -> Callable[_P, _R]:
    """``build`` with Python's cyclic garbage collector paused while it runs (and resumed after,
    if it was running): building an evaluator makes hundreds of thousands of objects that all
    stay, and the collector would walk them again and again (about a fifth of the build's time)
    to find almost none. The objects are walked once, by the next collections after.

    Judging a comment, too, makes objects by the word (the words and tokens of its reading: named
    tuples, which the collector walks as long as they live), and each 700 made started a walk of
    the young ones, now and then of everything the evaluator holds: 100 KB of prose cost about
    60 ms a comment in walks that found nothing. Paused, they are freed by their counts at the
    end of the verdict (:meth:`.text.NormalizedText.release`), unwalked."""

    @functools.wraps(build)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():
            return build(*args, **kwargs)
        gc.disable()
        try:
            return build(*args, **kwargs)
        finally:
            gc.enable()

    return paused


@attrs.frozen
class _Rule:
    category: Category
    clause: Clause
    also: tuple[Clause, ...]
    # Each detector with its bit in the evaluator's Scan.
    detectors: tuple[tuple[int, Detector], ...]
    # The bits of all its detectors.
    mask: int = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "mask", sum(bit for bit, _ in self.detectors))


class Evaluator:
    """An ordinance compiled for evaluation: build once, evaluate any number of comments.

    Given a :class:`History`, each comment is judged by the version in force when it was posted
    (``ordinance`` is then the newest).

    A detector is called only when the evaluator's scan admits it: its ``trigger`` holds for
    the comment (see :class:`Trigger`), and, if it has ``roles`` (a frozenset of :class:`Role`),
    the comment's author has one of them.

    ``detectors`` adds or overrides detector factories by id (see the how-to "write a
    detector"); other packages add them under the entry-point group
    ``municipal_social_policy.detectors``. Raises :class:`UnknownDetectorError` if the ordinance
    names a detector that is none of these, and :class:`DetectorOptionError` listing every
    option a detector does not take or whose value does not fit.
    """

    __slots__ = (
        "_allowed",
        "_consequences",
        "_excluded",
        "_government",
        "_guard",
        "_older",
        "_reference",
        "_rules",
        "_scan",
        "_triggers",
        "_unnamed",
        "history",
        "ordinance",
    )

    @_collector_paused
    def __init__(
        self,
        ordinance: Ordinance | History,
        *,
        detectors: Mapping[str, DetectorFactory] | None = None,
    ) -> None:
        self.history = History.of(ordinance)
        ordinance = self.history.latest
        self._older: dict[int, Evaluator] = {
            id(version): Evaluator(version, detectors=detectors)
            for version in self.history.versions[:-1]
        }
        factories: dict[str, DetectorFactory] = {
            GUARD.id: GUARD,
            **BUILTIN_DETECTORS,
            **(detectors or {}),
        }
        chosen = _factories(ordinance, factories)
        rules = []
        triggers: list[Trigger | None] = []
        # The detectors that apply to some author roles only, by the roles they skip.
        excluded = dict.fromkeys(Role, 0)
        # The detectors that read only the author's display name, skipped for authors without.
        unnamed = 0
        guards: list[DetectorConfig] = []
        for i, category in enumerate(ordinance.comment_policy.categories):
            compiled = []
            for j, config in enumerate(category.detectors):
                factory = chosen[i, j]
                if factory is GUARD:
                    guards.append(config)  # Ord. 2019-70 § I.3: tunes the guard, finds nothing
                    continue
                detector = factory(config)
                trigger = getattr(detector, "trigger", None)
                if trigger is not None and not isinstance(trigger, Trigger):
                    raise TypeError(
                        f"detector {config.id!r}: trigger must be a"
                        f" municipal_social_policy.Trigger or None, got {trigger!r}"
                    )
                if getattr(detector, "reads_display_name_only", False) is True:
                    unnamed |= 1 << len(triggers)
                roles = getattr(detector, "roles", None)
                if isinstance(roles, frozenset) and all(isinstance(r, Role) for r in roles):
                    for role in set(Role) - roles:
                        excluded[role] |= 1 << len(triggers)
                compiled.append((1 << len(triggers), detector))
                triggers.append(trigger)
            cited = tuple(map(ordinance.clause, category.clauses))
            rules.append(_Rule(category, cited[0], cited[1:], tuple(compiled)))
        self.ordinance = ordinance
        self._government = _government_words((*guards, ordinance.guard_words))
        self._rules = tuple(rules)
        self._triggers = tuple(triggers)
        self._excluded = excluded
        self._unnamed = unnamed
        words, phrases = self._government
        # What spared work while the detectors were built is not read again: freed before the
        # scan is built, which reuses its memory.
        forget_build_memos()
        self._scan = Scan.of(self._triggers, [*((word,) for word in sorted(words)), *phrases])
        self._consequences = Consequences.of(ordinance)
        self._guard = (
            Guard(
                code="protected_speech",
                clause=ordinance.protected_speech,
                note=(
                    "The comment speaks about government, its officials or its policies."
                    " Criticism of them is protected and is never a finding by itself; no"
                    " check reads the comment's view of them."
                ),
            ),
        )
        self._reference = reference(ordinance)
        # The verdict on a comment no detector is called for: allowed, citing nothing, with or
        # without the guard. Nothing else in it depends on the comment (no finding, no action).
        self._allowed = tuple(
            Verdict(
                decision=Decision.ALLOW,
                findings=(),
                actions=(),
                guards=guards,
                ordinance=self._reference,
            )
            for guards in ((), self._guard)
        )

    def evaluate(self, comment: str | Comment) -> Verdict:
        """The verdict on one comment, given as text or as a :class:`Comment`.

        Detectors read at most the first
        :data:`~municipal_social_policy.evaluation.READ_LIMIT` characters (cut at a space where
        there is one): a longer comment goes to review, with an error saying how much was read.
        """
        return self._verdict(_as_comment(comment), every_detector=False)

    @_collector_paused
    def _verdict(self, comment: Comment, *, every_detector: bool) -> Verdict:
        """The verdict on ``comment``; with ``every_detector``, every detector the author's role
        and name allow is called and the guard read without the scan (the reference the scan's
        admission is tested against).
        """
        version = self.history.in_force(comment.posted_at)
        if version is None:
            return self.history.before_any(comment)
        if version is not self.ordinance:
            return self._older[id(version)]._verdict(comment, every_detector=every_detector)
        findings: list[Finding] = []
        categories: list[Category] = []
        errors: list[str] = []
        read = _readable(comment.text)
        if len(read) < len(comment.text):
            errors.append(
                f"the comment is {len(comment.text):,} characters long and only the first"
                f" {len(read):,} were read; a person should read the rest"
            )
        try:
            text = normalize(read)
            found = self._scan.found(text)
        except (MemoryError, RecursionError):
            text, found = normalize(""), 0
            errors.append("the comment could not be read; a person should read it")
        called = ~self._excluded[comment.author.role]
        if not comment.author.display_name:
            called &= ~self._unnamed
        if every_detector:
            guards = self._guards(text)
        else:
            called &= self._scan.admitted(found)
            guards = self._guard if found & self._scan.guard else ()
            if not called and not errors:
                return self._allowed[bool(guards)]
        try:
            for rule in self._rules:
                if not called & rule.mask:
                    continue
                signals: list[Signal] = []
                for bit, detector in rule.detectors:
                    if not called & bit:
                        continue
                    try:
                        signals.extend(detector(text, comment))
                    except (TimeoutError, MemoryError, RecursionError):
                        errors.append(
                            f"a detector of {rule.category.code} ({rule.clause.citation}) did not"
                            " finish; a person should read this comment"
                        )
                if signals:
                    findings.append(_finding(rule, comment.text, signals))
                    categories.append(rule.category)
        finally:
            text.release()  # the reading it keeps refers to it: a cycle
        if not findings and not errors:
            return self._allowed[bool(guards)]  # the detectors called found nothing
        decision = max((finding.action for finding in findings), default=Decision.ALLOW)
        if errors:
            decision = max(decision, Decision.REVIEW)
        return Verdict(
            decision=decision,
            findings=tuple(findings),
            actions=self._consequences.actions(comment, tuple(findings), tuple(categories)),
            guards=guards,
            ordinance=self._reference,
            errors=tuple(errors),
        )

    def evaluate_many(self, comments: Iterable[str | Comment]) -> Iterator[Verdict]:
        """Verdicts for ``comments``, lazily and in order."""
        for comment in comments:
            yield self.evaluate(comment)

    def _guards(self, text: NormalizedText) -> tuple[Guard, ...]:
        """The guard read from the token set, without the scan (for :meth:`_verdict`)."""
        words, phrases = self._government
        if words.isdisjoint(text.token_set) and not (phrases and holds_run(text.tokens, phrases)):
            return ()
        return self._guard


def evaluate(ordinance: Ordinance | History, comment: str | Comment) -> Verdict:
    """The verdict on ``comment`` under ``ordinance``.

    Compiles the ordinance's detectors on each call; to judge many comments, build an
    :class:`Evaluator` once and call its ``evaluate``.
    """
    return Evaluator(ordinance).evaluate(comment)


#: How many characters of a comment the detectors read: far above what any platform allows in
#: one comment (Facebook 8,000, YouTube 10,000, X 25,000), so only hostile or broken input is cut,
#: and low enough that no comment can cost more than a bounded amount of work.
READ_LIMIT = 100_000
# Where the cut may move back to find a space, so that it does not split a word in two.
_CUT_SLACK = 1_000


def _readable(text: str) -> str:
    """The part of ``text`` the detectors read: all of it, or the first :data:`READ_LIMIT`
    characters, ending at the last white space among the final ones when there is any."""
    if len(text) <= READ_LIMIT:
        return text
    space = max(
        text.rfind(" ", READ_LIMIT - _CUT_SLACK, READ_LIMIT + 1),
        text.rfind("\n", READ_LIMIT - _CUT_SLACK, READ_LIMIT + 1),
    )
    return text[: space if space > 0 else READ_LIMIT]


def _factories(
    ordinance: Ordinance, factories: Mapping[str, DetectorFactory]
) -> dict[tuple[int, int], DetectorFactory]:
    """The factory of every detector the ordinance names, by (category, detector) position.

    Raises :class:`UnknownDetectorError` for an id nobody provides, then
    :class:`DetectorOptionError` listing every problem of every detector's options.
    """
    chosen: dict[tuple[int, int], DetectorFactory] = {}
    problems: list[str] = []
    for i, category in enumerate(ordinance.comment_policy.categories):
        for j, config in enumerate(category.detectors):
            where = f"comment_policy.categories[{i}].detectors[{j}]"
            factory = factories.get(config.id) or registered_detector(config.id)
            if factory is None:
                known = sorted({*factories, *registered_detector_ids()})
                raise UnknownDetectorError(
                    f"{where}.id: no detector {config.id!r}; known: {', '.join(known)}."
                    " Pass detectors={...} to Evaluator, or register one under the entry-point"
                    " group 'municipal_social_policy.detectors', to add your own."
                )
            chosen[i, j] = factory
            problems.extend(option_problems(config, factory, where))
    if problems:
        raise DetectorOptionError(
            f"{len(problems)} detector option(s) of ordinance {ordinance.name!r} cannot be used",
            tuple(problems),
        )
    return chosen


def _government_words(
    guards: Iterable[DetectorConfig],
) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The guard's words (single words, and runs of words) after the ordinance's additions, each
    also in the possessive ("the mayor's decision")."""
    terms = set(_GOVERNMENT)
    for config in guards:
        terms |= normalize_terms(config.words)
        terms -= normalize_terms(config.allowed)
    # A plain token keeps its apostrophe ("mayor's"): the possessive names the office too.
    terms |= {term + ending for term in terms for ending in _POSSESSIVE}
    words = frozenset(term for term in terms if " " not in term)
    phrases = tuple(sorted(tuple(term.split(" ")) for term in terms if " " in term))
    return words, phrases


_POSSESSIVE = ("'s", "’s")


def _as_comment(comment: object) -> Comment:
    if isinstance(comment, Comment):
        return comment
    if isinstance(comment, str):
        return Comment(text=comment)
    raise TypeError(
        f"evaluate() expects the comment as a str or a municipal_social_policy.Comment, got"
        f" {comment!r} of type {type(comment).__name__}; wrap text with Comment(text=...)"
    )


def _finding(rule: _Rule, original: str, signals: list[Signal]) -> Finding:
    unique = sorted({(s.start, s.end, s.detector): s for s in signals}.values(), key=_order)
    mechanical = any(signal.strength is Strength.MECHANICAL for signal in unique)
    removable = any(
        signal.strength is Strength.MECHANICAL
        and rule.category.ceiling_for(signal.detector) is Ceiling.REMOVE
        for signal in unique
    )
    return Finding(
        category=rule.category.code,
        clause=rule.clause,
        evidence=tuple(
            Evidence(s.start, s.end, original[s.start : s.end], s.detector) for s in unique
        ),
        strength=Strength.MECHANICAL if mechanical else Strength.JUDGMENT,
        action=Decision.REMOVE if removable else Decision.REVIEW,
        category_name=rule.category.name,
        also=rule.also,
    )


def _order(signal: Signal) -> tuple[int, int, str]:
    return signal.start, signal.end, signal.detector
