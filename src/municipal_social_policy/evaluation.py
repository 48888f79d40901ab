"""The pure core: judge a comment against an ordinance.

``Evaluator(ordinance)`` compiles every detector once; ``evaluate`` then runs one normalisation
pass and the detectors, turns signals into findings under each category's ceiling, and derives the
decision and the follow-up. No clock, no I/O, no global state: the same comment and ordinance give
the same verdict on any thread or process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import attrs

from .comment import Comment
from .consequences import Consequences
from .detectors import BUILTIN_DETECTORS, Detector, DetectorFactory, Signal, Trigger
from .detectors.triggers import TriggerIndex
from .exceptions import UnknownDetectorError
from .ordinance import Category, Ceiling, Clause, Ordinance
from .text import NormalizedText, normalize
from .verdict import (
    Decision,
    Evidence,
    Finding,
    Guard,
    OrdinanceReference,
    Strength,
    Verdict,
)

__all__ = ["Evaluator", "evaluate"]

# Words that make a comment speech about government. Their presence never feeds a finding; it
# records that the protected-speech guard applies (Ord. 2019-70 § I.3).
_GOVERNMENT = frozenset(
    [
        "mayor",
        "alderman",
        "aldermen",
        "alderwoman",
        "alderwomen",
        "alderperson",
        "council",
        "councilman",
        "councilmen",
        "councilwoman",
        "councilwomen",
        "councilor",
        "councilors",
        "councillor",
        "city",
        "cities",
        "official",
        "officials",
        "government",
        "governor",
        "administration",
        "police",
        "sheriff",
        "chief",
        "department",
        "commissioner",
        "commissioners",
        "clerk",
        "treasurer",
        "policy",
        "policies",
        "ordinance",
        "ordinances",
        "budget",
        "tax",
        "taxes",
        "elected",
        "senator",
        "senators",
        "representative",
        "representatives",
        "president",
        "congress",
        "congressman",
        "congresswoman",
        "legislature",
        "legislator",
        "legislators",
        "legislation",
    ]
)


@attrs.frozen
class _Rule:
    category: Category
    clause: Clause
    # Each detector with its bit in the evaluator's TriggerIndex.
    detectors: tuple[tuple[int, Detector], ...]


class Evaluator:
    """An ordinance compiled for evaluation: build once, evaluate any number of comments.

    ``detectors`` adds or overrides detector factories by id (see the how-to "write a
    detector"). Raises :class:`UnknownDetectorError` if the ordinance names a detector that is
    neither built in nor given.
    """

    __slots__ = ("_consequences", "_guard_clause", "_index", "_reference", "_rules", "ordinance")

    def __init__(
        self, ordinance: Ordinance, *, detectors: Mapping[str, DetectorFactory] | None = None
    ) -> None:
        if not isinstance(ordinance, Ordinance):
            raise TypeError(
                f"Evaluator() expects an Ordinance, got {ordinance!r};"
                " get one with municipal_social_policy.load('kankakee') or load('city.toml')"
            )
        factories = {**BUILTIN_DETECTORS, **(detectors or {})}
        rules = []
        triggers: list[Trigger | None] = []
        for i, category in enumerate(ordinance.comment_policy.categories):
            compiled = []
            for j, config in enumerate(category.detectors):
                factory = factories.get(config.id)
                if factory is None:
                    raise UnknownDetectorError(
                        f"comment_policy.categories[{i}].detectors[{j}].id: no detector"
                        f" {config.id!r}; known: {', '.join(sorted(factories))}."
                        " Pass detectors={...} to Evaluator to add your own."
                    )
                detector = factory(config)
                trigger = getattr(detector, "trigger", None)
                if trigger is not None and not isinstance(trigger, Trigger):
                    raise TypeError(
                        f"detector {config.id!r}: trigger must be a"
                        f" municipal_social_policy.Trigger or None, got {trigger!r}"
                    )
                compiled.append((1 << len(triggers), detector))
                triggers.append(trigger)
            rules.append(_Rule(category, ordinance.clause(category.clause), tuple(compiled)))
        self.ordinance = ordinance
        self._rules = tuple(rules)
        self._index = TriggerIndex.of(triggers)
        self._consequences = Consequences.of(ordinance)
        self._guard_clause = ordinance.clause(ordinance.purpose.protected_speech)
        self._reference = OrdinanceReference(
            name=ordinance.name,
            number=ordinance.number,
            version=ordinance.version,
            digest=ordinance.digest,
            citation_prefix=ordinance.citation_prefix,
        )

    def evaluate(self, comment: str | Comment) -> Verdict:
        """The verdict on one comment, given as text or as a :class:`Comment`.

        Detectors read at most the first :data:`READ_LIMIT` characters (cut at a space where
        there is one): a longer comment goes to review, with an error saying how much was read.
        """
        comment = _as_comment(comment)
        findings: list[Finding] = []
        categories: list[Category] = []
        notes: list[str] = []
        errors: list[str] = []
        read = _readable(comment.text)
        if len(read) < len(comment.text):
            errors.append(
                f"the comment is {len(comment.text):,} characters long and only the first"
                f" {len(read):,} were read; a person should read the rest"
            )
        try:
            text = normalize(read)
            called = self._index.called(text)
        except (MemoryError, RecursionError):
            text, called = normalize(""), 0
            errors.append("the comment could not be read; a person should read it")
        for rule in self._rules:
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
        decision = max((finding.action for finding in findings), default=Decision.ALLOW)
        if errors:
            decision = max(decision, Decision.REVIEW)
        posted = comment.posted_at
        if posted is not None and posted.date() < self.ordinance.effective:
            notes.append(
                f"posted on {posted.date().isoformat()}, before Ordinance {self.ordinance.number}"
                f" took effect on {self.ordinance.effective.isoformat()}"
            )
        return Verdict(
            decision=decision,
            findings=tuple(findings),
            actions=self._consequences.actions(comment, tuple(findings), tuple(categories)),
            guards=self._guards(text),
            ordinance=self._reference,
            notes=tuple(notes),
            errors=tuple(errors),
        )

    def evaluate_many(self, comments: Iterable[str | Comment]) -> Iterator[Verdict]:
        """Verdicts for ``comments``, lazily and in order."""
        for comment in comments:
            yield self.evaluate(comment)

    def _guards(self, text: NormalizedText) -> tuple[Guard, ...]:
        if _GOVERNMENT.isdisjoint(text.token_set):
            return ()
        return (
            Guard(
                code="protected_speech",
                clause=self._guard_clause,
                note=(
                    "The comment speaks about government, its officials or its policies."
                    " Criticism of them is protected and is never a finding by itself; no"
                    " detector reads the comment's view of them."
                ),
            ),
        )


def evaluate(ordinance: Ordinance, comment: str | Comment) -> Verdict:
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
    removable = mechanical and rule.category.ceiling is Ceiling.REMOVE
    return Finding(
        category=rule.category.code,
        clause=rule.clause,
        evidence=tuple(
            Evidence(s.start, s.end, original[s.start : s.end], s.detector) for s in unique
        ),
        strength=Strength.MECHANICAL if mechanical else Strength.JUDGMENT,
        action=Decision.REMOVE if removable else Decision.REVIEW,
    )


def _order(signal: Signal) -> tuple[int, int, str]:
    return signal.start, signal.end, signal.detector
