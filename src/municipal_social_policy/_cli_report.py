"""``msp report VERDICTS -o report.html``: a review packet for people."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs

from . import batch
from .comment import Comment
from .exceptions import DataError
from .loading import load
from .report import Allowed, Flagged, parse_row, render_report
from .verdict import Decision

__all__ = ["add"]

_EXAMPLES = """examples:
  msp evaluate comments.jsonl -o verdicts.jsonl
  msp report verdicts.jsonl --comments comments.jsonl -o report.html

The comments file gives the original text, so that the evidence is highlighted in it; rows are
matched by line number. Without it the report lists the evidence alone.

exit status: 0 written; 1 the ordinance is bad; 2 bad usage or an unreadable input."""


def add(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    with_ordinance: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Register ``msp report``."""
    report = commands.add_parser(
        "report",
        help="write an HTML review packet of the flagged comments",
        description="Write one self-contained HTML page for the flagged comments of an"
        " 'msp evaluate' JSONL output: each with its evidence highlighted, the clauses' full"
        " wording, the actions and the notice to send, and a filter by clause.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument("verdicts", metavar="VERDICTS", help="'msp evaluate' JSONL output")
    with_ordinance(report)
    report.add_argument(
        "--comments", metavar="FILE", help="the comments that were judged (.jsonl or .csv)"
    )
    report.add_argument(
        "-o", "--output", metavar="FILE", help="where to write the page (default: stdout)"
    )
    report.add_argument("--title", default="", help="the page's title")
    report.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    ordinance = load(arguments.ordinance)
    judged = 0
    flagged: list[Flagged] = []
    try:
        for item in _rows(arguments.verdicts):
            judged += 1
            if isinstance(item, Flagged) and item.verdict.decision is not Decision.ALLOW:
                flagged.append(item)
        if arguments.comments:
            comments = _comments(arguments.comments, {item.line for item in flagged})
            flagged = [
                attrs.evolve(item, comment=item.comment or comments.get(item.line))
                for item in flagged
            ]
    except OSError as error:
        print(f"msp report: cannot read {error.filename!r}: {error.strerror}", file=sys.stderr)
        return 2
    except DataError as error:
        print(f"msp report: {error}", file=sys.stderr)
        return 2
    page = render_report(ordinance, flagged, title=arguments.title, judged=judged)
    if not arguments.output or arguments.output == "-":
        sys.stdout.write(page)
        return 0
    try:
        Path(arguments.output).write_text(page, encoding="utf-8")
    except OSError as error:
        print(f"msp report: cannot write {arguments.output!r}: {error.strerror}", file=sys.stderr)
        return 2
    return 0


def _rows(path: str) -> Iterator[Flagged | Allowed]:
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                item = parse_row(line)
            except DataError as error:
                raise DataError(f"{path}, line {number}: {error.summary}", error.problems) from None
            if item is not None:
                yield item


def _comments(path: str, lines: set[int]) -> dict[int, Comment]:
    """The comments on ``lines`` of a JSONL or CSV file; unreadable rows are left out."""
    found: dict[int, Comment] = {}
    input_format: batch.InputFormat = "csv" if path.lower().endswith(".csv") else "jsonl"
    with open(path, "rb") as stream:
        for record in batch.read_records(stream, input_format):
            if record.payload is None or record.line not in lines:
                continue
            with contextlib.suppress(DataError, ValueError, UnicodeDecodeError):
                row = (
                    json.loads(record.payload.decode("utf-8"))
                    if isinstance(record.payload, bytes)
                    else record.payload
                )
                if isinstance(row, dict):
                    found[record.line] = batch.comment_from_row(row)
    return found
