"""``msp validate``: every problem of an ordinance file, each line naming the file.

A TOML or JSON syntax error is reported as ``file:line:column: message``; a problem with a value
as ``file: path: message``, with the nearest known detector id or key where one is close. A
history file is checked version by version.
"""

from __future__ import annotations

import difflib
import re
import warnings
from collections.abc import Iterator

from .detectors import BUILTIN_DETECTORS
from .evaluation import Evaluator
from .exceptions import MunicipalSocialPolicyError, OrdinanceLoadError
from .loading import load_history
from .ordinance import GUARD_ID, Ordinance

__all__ = ["validate"]

_AT_LINE = re.compile(r"^(?P<message>.*?) ?\(?at line (?P<line>\d+), column (?P<column>\d+)\)?")
_JSON_AT = re.compile(r"^(?P<message>.*): line (?P<line>\d+) column (?P<column>\d+)")


def validate(source: str) -> tuple[bool, tuple[str, ...]]:
    """Whether ``source`` (a name or path) is a valid ordinance or history, and the lines to print.

    Every line starts with ``source``.
    """
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", DeprecationWarning)
            history = load_history(source)
    except OrdinanceLoadError as error:
        return False, tuple(_located(source, error))
    except MunicipalSocialPolicyError as error:
        return False, (f"{source}: {error}",)
    lines: list[str] = []
    for version in history.versions:
        lines.extend(f"{source}: {problem}" for problem in _detector_problems(version))
    if lines:
        return False, tuple(lines)
    for version in history.versions:
        try:
            Evaluator(version)
        except (MunicipalSocialPolicyError, ValueError, TypeError) as error:
            lines.append(f"{source}: {error}")
    if lines:
        return False, tuple(lines)
    warned = tuple(
        f"{source}: warning: {str(w.message).removeprefix(f'{source}: ')}"
        for w in caught
        if issubclass(w.category, DeprecationWarning)
    )
    valid = tuple(f"{source}: valid. {_describe(version)}" for version in history.versions)
    return True, warned + valid


def _describe(ordinance: Ordinance) -> str:
    named = f"Ordinance {ordinance.number}" if ordinance.number else repr(ordinance.title)
    since = f", in force from {ordinance.effective.isoformat()}" if ordinance.effective else ""
    return (
        f"{named} ({ordinance.jurisdiction.name}){since}, {len(ordinance.clauses)} clauses,"
        f" {len(ordinance.comment_policy.categories)} categories, {ordinance.digest}"
    )


def _located(source: str, error: OrdinanceLoadError) -> Iterator[str]:
    summary = error.summary
    if summary.startswith(f"{source}: "):
        summary = summary[len(source) + 2 :]
    syntax = "not valid TOML" in summary or "not valid JSON" in summary
    if not error.problems:
        yield f"{source}: {summary}"
    for problem in error.problems:
        found = (_AT_LINE.match(problem) or _JSON_AT.match(problem)) if syntax else None
        if found:
            where = f"{found['line']}:{found['column']}"
            yield f"{source}:{where}: {summary}: {found['message'].rstrip(' (')}"
        else:
            yield f"{source}: {problem}"


def _detector_problems(ordinance: Ordinance) -> Iterator[str]:
    known = sorted(BUILTIN_DETECTORS)
    for i, category in enumerate(ordinance.comment_policy.categories):
        for j, config in enumerate(category.detectors):
            if config.id in BUILTIN_DETECTORS or config.id == GUARD_ID:
                continue  # the guard's old spelling is warned of, not refused
            near = difflib.get_close_matches(config.id, known, n=1, cutoff=0.6)
            hint = f"did you mean {near[0]!r}?" if near else f"known: {', '.join(known)}"
            where = f"comment_policy.categories[{i}].detectors[{j}].id"
            yield f"{where}: no detector {config.id!r}; {hint}"
