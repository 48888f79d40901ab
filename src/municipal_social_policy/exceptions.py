"""Exceptions raised by municipal_social_policy.

A comment that breaks the policy is never an exception: :func:`evaluate` always returns a
:class:`~municipal_social_policy.Verdict`. Exceptions are for bad input to the library itself.
"""

from __future__ import annotations


class MunicipalSocialPolicyError(Exception):
    """Base class of every error this library raises."""


class DataError(MunicipalSocialPolicyError, ValueError):
    """Data (an ordinance, a verdict, a comment) could not be read.

    ``problems`` holds one line per problem, each starting with the path of the offending value,
    e.g. ``comment_policy.categories[3].ceiling: expected 'remove' or 'review', got 'delete'``.
    """

    def __init__(self, summary: str, problems: tuple[str, ...] = ()) -> None:
        lines = [summary, *(f"  {problem}" for problem in problems)]
        super().__init__("\n".join(lines))
        self.summary = summary
        self.problems = problems


class OrdinanceLoadError(DataError):
    """An ordinance file or ordinance data is invalid; ``problems`` lists every problem."""


class OrdinanceNotFoundError(MunicipalSocialPolicyError, LookupError):
    """No bundled or registered ordinance has the given name, and no file has the given path."""


class UnknownClauseError(MunicipalSocialPolicyError, LookupError):
    """The ordinance has no clause with the given id; the message suggests the nearest ids."""


class UnknownDetectorError(MunicipalSocialPolicyError, LookupError):
    """A category names a detector that neither the library nor the caller provides."""


class NoticeError(MunicipalSocialPolicyError, ValueError):
    """A notice cannot be written: the ordinance lacks what it needs, or the verdict calls for none.

    The message names what is missing (a section, a clause's text, a statement's wording, the
    verdict) and how to supply it.
    """


class DetectorOptionError(OrdinanceLoadError):
    """A detector is given an option it does not take, or a value that does not fit.

    ``problems`` holds one line per problem, starting with the option's path
    (``comment_policy.categories[3].detectors[0].options.colour``), naming the options the
    detector takes and the fix.
    """


class ClusterError(MunicipalSocialPolicyError, RuntimeError):
    """A Dask cluster could not finish the work: its scheduler went away, or its workers died."""


class LedgerError(MunicipalSocialPolicyError, ValueError):
    """The retention ledger refused a request: an early disposal, a bad outcome, a broken ledger."""


class LedgerURLError(LedgerError):
    """A ledger URL names no usable database, or its driver is not installed."""


class UnknownRecordError(LedgerError, LookupError):
    """The ledger has no record (or hold) with the given sequence number or comment id."""
