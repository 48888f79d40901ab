"""One policy's versions by effective date, and which one was in force when a comment was posted.

A comment is judged by the version in force on the day it was posted (the newest for a comment
without a date). A comment posted before any version took effect is allowed with a note: nothing
may be removed under a rule that did not exist. Pure: the caller gives the date; only
:func:`~municipal_social_policy.load` reads today's date, at the edge.
"""

from __future__ import annotations

import datetime as dt
import itertools

import attrs

from .comment import Comment
from .ordinance import Ordinance
from .verdict import Decision, OrdinanceReference, Verdict

__all__ = ["History", "reference", "start"]


def _versions(value: object) -> tuple[Ordinance, ...]:
    if isinstance(value, Ordinance) or not isinstance(value, tuple | list):
        raise TypeError(
            f"History.versions: expected a tuple of Ordinance, got {value!r};"
            " write History(versions=(v1, v2))"
        )
    return tuple(value)


@attrs.frozen
class History:
    """One policy's versions, oldest first, each with the date it took effect.

    A version is in force from its ``effective`` date or, where the policy states none, from the
    day it was ``adopted`` (a rule did not exist before it was passed); a version with neither is
    in force from the start. Every version but a lone one has such a date, the dates strictly
    increase, and every item is an :class:`Ordinance`. The versions may differ in anything,
    number included (Kankakee's 2019-70 amends 2018-36).
    """

    versions: tuple[Ordinance, ...] = attrs.field(converter=_versions)

    def __attrs_post_init__(self) -> None:
        if not self.versions:
            raise ValueError("History.versions: expected at least one Ordinance, got none")
        for i, version in enumerate(self.versions):
            if not isinstance(version, Ordinance):
                raise TypeError(f"History.versions[{i}]: expected an Ordinance, got {version!r}")
            if start(version) is None and len(self.versions) > 1:
                raise ValueError(
                    f"History.versions[{i}].effective: {version!r} states no effective or"
                    " adoption date; every version of a history needs one to be told apart"
                )
        dates = [day for day in map(start, self.versions) if day is not None]
        for i, (before, after) in enumerate(itertools.pairwise(dates), 1):
            if after <= before:
                raise ValueError(
                    f"History.versions[{i}].effective: {after.isoformat()} is not after"
                    f" {before.isoformat()}; list the versions oldest first, one per date"
                )

    @classmethod
    def of(cls, policy: Ordinance | History) -> History:
        """``policy`` as a history: an :class:`Ordinance` is a history of one version."""
        if isinstance(policy, History):
            return policy
        if isinstance(policy, Ordinance):
            return cls(versions=(policy,))
        raise TypeError(
            f"expected an Ordinance or a History, got {policy!r};"
            " get one with municipal_social_policy.load('kankakee') or load('city.toml')"
        )

    @property
    def latest(self) -> Ordinance:
        """The newest version."""
        return self.versions[-1]

    def in_force(self, when: dt.date | dt.datetime | None) -> Ordinance | None:
        """The version in force on ``when``: the newest for ``None``, ``None`` before the first."""
        if when is None:
            return self.latest
        day = when.date() if isinstance(when, dt.datetime) else when
        found = None
        for version in self.versions:
            begins = start(version)
            if begins is None or begins <= day:
                found = version
        return found

    def before_any(self, comment: Comment) -> Verdict:
        """The verdict on a comment posted before the first version took effect: allow, noted."""
        first = self.versions[0]
        posted = comment.posted_at.date().isoformat() if comment.posted_at else "an unknown date"
        begins = start(first)
        event = "took effect" if first.effective is not None else "was adopted"
        when = begins.isoformat() if begins is not None else "its first day"
        note = (
            f"posted on {posted}, before {first.citation_prefix} {event} on {when}:"
            " no version of this policy was in force, so nothing may be removed under it"
        )
        if first.amends:
            note += (
                f"; it amends {first.amends}, which this encoding does not hold: judge the"
                " comment under the policy then in force"
            )
        return Verdict(
            decision=Decision.ALLOW,
            findings=(),
            actions=(),
            guards=(),
            ordinance=reference(first),
            notes=(note,),
        )


def start(ordinance: Ordinance) -> dt.date | None:
    """The first day ``ordinance`` is in force: its effective date, else its adoption date."""
    return ordinance.effective or ordinance.adopted


def reference(ordinance: Ordinance) -> OrdinanceReference:
    """The reference a verdict carries to the version it was reached under."""
    return OrdinanceReference(
        name=ordinance.name,
        number=ordinance.number or "",
        version=ordinance.version,
        digest=ordinance.digest,
        citation_prefix=ordinance.citation_prefix,
        effective=ordinance.effective,
    )
