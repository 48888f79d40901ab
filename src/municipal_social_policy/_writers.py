"""Writing verdicts: one line of JSONL, compact JSONL or CSV per judged row.

Public through :mod:`municipal_social_policy.batch`. Pure: a verdict in, text out. CSV cells
that a spreadsheet would run as a formula are escaped as the OWASP guidance on CSV injection
says, and CSV output starts with a UTF-8 byte-order mark, so that Excel opens it as UTF-8.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from .history import reference
from .ordinance import Ordinance
from .serialization import make_converter, unstructure
from .verdict import Decision, NotifyCommenter, RetainRecord, Verdict

__all__ = ["CSV_FIELDS", "FORMULA_TRIGGERS", "Formatter", "OutputFormat", "escape_cell"]

#: The formats ``msp evaluate`` writes: full verdicts, compact verdicts citing clause ids, CSV.
OutputFormat = Literal["jsonl", "compact", "csv"]

#: The columns of CSV output, in order; the ``keep`` columns follow.
CSV_FIELDS = (
    "id",
    "line",
    "decision",
    "categories",
    "clauses",
    "evidence",
    "retain_until",
    "actions",
    "notice",
)

#: First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection":
#: equals, plus, minus, at, tab, carriage return).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_BOM = "\ufeff"
_QUOTE_WHEN = frozenset(',"\r\n')


def escape_cell(value: str) -> str:
    """``value`` as one CSV cell: quoted where needed, and, when a spreadsheet would read it as
    a formula, prefixed with a single quote and always quoted (OWASP, "CSV Injection")."""
    if value.startswith(FORMULA_TRIGGERS):
        return "\"'" + value.replace('"', '""') + '"'
    if _QUOTE_WHEN.isdisjoint(value):
        return value
    return '"' + value.replace('"', '""') + '"'


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return escape_cell(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return escape_cell(json.dumps(value, ensure_ascii=False))
    return str(value)


def _due(verdict: Verdict) -> list[Any]:
    """The actions the verdict's decision calls for now."""
    decision = verdict.decision
    if decision is Decision.ALLOW:
        return []
    return [action for action in verdict.actions if action.upon <= decision]


def _action_name(action: object) -> str:
    name = type(action).__name__
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


def _compact(value: Any) -> Any:
    """Plain verdict data with every clause replaced by its id."""
    if isinstance(value, dict):
        if value.keys() >= {"id", "text", "citation"}:
            return value["id"]
        return {key: _compact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_compact(item) for item in value]
    return value


class Formatter:
    """Formats judged rows for one output format, with ``keep`` columns passed through."""

    def __init__(self, output_format: OutputFormat, keep: Sequence[str] = ()) -> None:
        if output_format not in ("jsonl", "compact", "csv"):
            raise ValueError(
                f"output_format: expected 'jsonl', 'compact' or 'csv', got {output_format!r}"
            )
        self.output_format = output_format
        self.keep = tuple(keep)
        # Built once: per row it would cost as much as a short comment's evaluation.
        self._encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        self._reference: dict[str, Any] | None = None

    def header(self, ordinance: Ordinance) -> str:
        """What opens the output: the CSV header (after a byte-order mark), or for compact
        JSONL the ordinance the rows are judged under, once; nothing for JSONL."""
        if self.output_format == "csv":
            return _BOM + ",".join(map(escape_cell, CSV_FIELDS + self.keep)) + "\n"
        if self.output_format == "compact":
            return self._encode({"ordinance": self.reference(ordinance)}) + "\n"
        return ""

    def reference(self, ordinance: Ordinance) -> dict[str, Any]:
        """The ordinance as every verdict under it cites it."""
        if self._reference is None:
            # The same data as in each verdict, by the same code: the two must compare equal.
            self._reference = make_converter().unstructure(reference(ordinance))
        return self._reference

    def __call__(
        self, line: int, identifier: str, verdict: Verdict, kept: Sequence[object] = ()
    ) -> str:
        """One row's output line, with its line break."""
        if self.output_format == "csv":
            return self._csv(line, identifier, verdict, kept)
        extra = {"kept": dict(zip(self.keep, kept, strict=True))} if self.keep else {}
        if self.output_format == "jsonl":
            data = {"line": line, "id": identifier, "verdict": unstructure(verdict), **extra}
            return self._encode(data) + "\n"
        plain = unstructure(verdict)
        if self._reference is not None and plain["ordinance"] == self._reference:
            del plain["ordinance"]  # written once, at the top
        # A guard's note is the same words every time; its code and clause say which.
        plain["guards"] = [{"code": g["code"], "clause": g["clause"]} for g in plain["guards"]]
        compact: dict[str, Any] = {"line": line, "id": identifier}
        for key, value in plain.items():
            if value or key == "decision":
                compact[key] = _compact(value)
        return self._encode({**compact, **extra}) + "\n"

    def _csv(self, line: int, identifier: str, verdict: Verdict, kept: Sequence[object]) -> str:
        evidence = "; ".join(
            f"{item.detector} “{item.text}” at {item.start}-{item.end}"
            for finding in verdict.findings
            for item in finding.evidence
        )
        due = _due(verdict)
        retain = next((a for a in verdict.actions if isinstance(a, RetainRecord)), None)
        until = retain.retain_until.isoformat() if retain and retain.retain_until else ""
        notice = next((a.message for a in due if isinstance(a, NotifyCommenter)), "")
        cells: list[object] = [
            identifier,
            line,
            verdict.decision.value,
            ";".join(finding.category for finding in verdict.findings),
            ";".join(clause.id for clause in verdict.clauses),
            evidence,
            until,
            ";".join(f"{_action_name(action)} {action.clause.id}" for action in due),
            notice,
            *kept,
        ]
        return ",".join(map(_cell, cells)) + "\n"
