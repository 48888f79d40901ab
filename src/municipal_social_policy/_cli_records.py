"""``msp records`` and ``msp evaluate --ledger``: the retention ledger on the command line.

msp evaluate comments.jsonl -o verdicts.jsonl --ledger sqlite:///records.db
msp records list --ledger sqlite:///records.db --clause V.2.10
msp records verify --ledger sqlite:///records.db
msp records export production/ --ledger sqlite:///records.db --since 2024-01-01

``--ledger`` defaults to the environment variable ``MSP_LEDGER``. Exit status: 0 success,
1 the ledger refused the request (the message says why), 2 bad usage, 4 ``verify`` found the
ledger altered.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from . import retention
from .batch import Flagged

__all__ = ["EXIT_BROKEN", "add", "add_ledger_option", "keeper", "run"]

#: ``msp records verify`` found an edited, deleted or reordered entry.
EXIT_BROKEN = 4

_ENVIRONMENT = "MSP_LEDGER"
_EXAMPLE_URL = "sqlite:///records.db"


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date such as 2024-05-10, got {value!r}"
        ) from None


def _moment(value: str) -> dt.date | dt.datetime:
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an ISO 8601 date or date-time such as 2024-05-10, got {value!r}"
        ) from None


def add_ledger_option(command: argparse.ArgumentParser, *, keeps: bool = False) -> None:
    """Add ``--ledger URL`` to ``command``."""
    what = (
        "also keep every flagged comment in this retention ledger, before its verdict is written"
        if keeps
        else "the retention ledger"
    )
    command.add_argument(
        "--ledger",
        metavar="URL",
        default=None if keeps else os.environ.get(_ENVIRONMENT),
        help=f"{what}: sqlite:///path.db or postgresql://user@host/database"
        + ("" if keeps else f" (default: ${_ENVIRONMENT})"),
    )


def keeper(
    url: str | None, stack: contextlib.ExitStack
) -> Callable[[tuple[Flagged, ...]], object] | None:
    """For ``msp evaluate --ledger URL``: open the ledger, and return what records a chunk."""
    if not url:
        return None
    ledger = stack.enter_context(retention.open(url))
    return ledger.record_many


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    summary: str,
    example: str,
) -> argparse.ArgumentParser:
    command = commands.add_parser(
        name,
        help=summary,
        description=summary[0].upper() + summary[1:] + ".",
        epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_ledger_option(command)
    return command


def _filters(command: argparse.ArgumentParser) -> None:
    group = command.add_argument_group("which records")
    group.add_argument("--author", metavar="ID", help="only this author id's records")
    group.add_argument("--clause", metavar="ID", help="only records citing this clause (V.2.10)")
    group.add_argument("--decision", choices=["review", "remove"], help="only this decision")
    group.add_argument(
        "--since", type=_moment, metavar="DATE", help="only comments posted on or after DATE"
    )
    group.add_argument(
        "--until", type=_moment, metavar="DATE", help="only comments posted before DATE"
    )


def _record_argument(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "record", nargs="?", type=int, metavar="SEQUENCE", help="the record's sequence number"
    )
    command.add_argument("--comment", metavar="ID", help="the record of this comment id instead")


def add(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    with_ordinance: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Register ``msp records`` and its actions (which need no ordinance)."""
    records = commands.add_parser(
        "records",
        help="work on a retention ledger",
        description="Read, review, hold, dispose of, verify and export the records a retention"
        " ledger keeps (Kankakee §§ IV.1.2.4, VI.2 and the retention schedule).",
        epilog=f"example:\n  msp records list --ledger {_EXAMPLE_URL}\n\nExit status: 0 success;"
        " 1 the ledger refused the request; 2 bad usage; 4 verify found the ledger altered.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    records.set_defaults(run=run)
    actions = records.add_subparsers(dest="records_command", required=True, metavar="ACTION")
    listing = _command(
        actions,
        "list",
        "list the records, oldest first",
        f"msp records list --ledger {_EXAMPLE_URL} --clause V.2.10 --since 2024-01-01",
    )
    _filters(listing)
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    show = _command(
        actions, "show", "show one record in full", f"msp records show 12 --ledger {_EXAMPLE_URL}"
    )
    _record_argument(show)
    show.add_argument("--json", action="store_true", help="print the record as JSON")
    decide = _command(
        actions,
        "decide",
        "record a reviewer's outcome for a record",
        f'msp records decide 12 removed --reviewer "J. Doe" --note "§ V.2.10"'
        f" --ledger {_EXAMPLE_URL}",
    )
    decide.add_argument("record", type=int, metavar="SEQUENCE", help="the record's sequence number")
    decide.add_argument("outcome", choices=["removed", "restored"])
    decide.add_argument("--reviewer", required=True, help="who decided")
    decide.add_argument("--note", default="", help="why, in a few words")
    hold = _command(
        actions,
        "hold",
        "put a legal hold on records, so that none is disposed of",
        f'msp records hold --author fb:1001 --reason "Smith v. City, 24-CV-118"'
        f" --ledger {_EXAMPLE_URL}",
    )
    hold.add_argument("records", nargs="*", type=int, metavar="SEQUENCE", help="these records")
    _filters(hold)
    hold.add_argument("--reason", help="why the records are held (required to hold)")
    hold.add_argument("--by", default="", help="who ordered the hold")
    hold.add_argument("--list", action="store_true", help="list the active holds instead")
    release = _command(
        actions,
        "release",
        "release a legal hold",
        f'msp records release 40 --reason "case closed" --ledger {_EXAMPLE_URL}',
    )
    release.add_argument("hold", type=int, metavar="HOLD", help="the hold's sequence number")
    release.add_argument("--reason", default="", help="why it is released")
    release.add_argument("--by", default="", help="who released it")
    dispose = _command(
        actions,
        "dispose",
        "delete the content of records whose retention has run, leaving tombstones",
        f"msp records dispose --as-of 2028-01-01 --ledger {_EXAMPLE_URL}",
    )
    dispose.add_argument(
        "--as-of",
        type=_date,
        help="dispose of records kept until before this day (default: today, UTC)",
    )
    verify = _command(
        actions,
        "verify",
        "check that no entry was edited, deleted or reordered",
        f"msp records verify --ledger {_EXAMPLE_URL} --anchor production/manifest.json",
    )
    verify.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar="MANIFEST",
        help="an export's manifest.json: its head must still be in the chain (repeatable)",
    )
    export = _command(
        actions,
        "export",
        "write a public-records production: records.jsonl, records.csv and manifest.json",
        f"msp records export production-2024/ --since 2024-01-01 --until 2025-01-01"
        f" --ledger {_EXAMPLE_URL}",
    )
    export.add_argument("destination", metavar="DIR", help="a new or empty directory")
    _filters(export)


def _selection(arguments: argparse.Namespace) -> dict[str, Any]:
    return {
        "author": arguments.author,
        "clause": arguments.clause,
        "decision": arguments.decision,
        "since": arguments.since,
        "until": arguments.until,
    }


def run(arguments: argparse.Namespace) -> int:
    """Run ``msp records ACTION``; library errors propagate to ``msp``'s handler."""
    if not arguments.ledger:
        print(
            f"msp records {arguments.records_command}: name the ledger with --ledger URL"
            f" (e.g. --ledger {_EXAMPLE_URL}) or set ${_ENVIRONMENT}",
            file=sys.stderr,
        )
        return 2
    action = arguments.records_command
    with retention.open(arguments.ledger, create=False) as ledger:
        if action == "list":
            return _list(ledger, arguments)
        if action == "show":
            return _show(ledger, arguments)
        if action == "decide":
            review = ledger.decide(
                arguments.record,
                arguments.outcome,
                reviewer=arguments.reviewer,
                note=arguments.note,
            )
            print(
                f"entry {review.sequence}: record {review.record} {review.outcome.value}"
                f" by {review.reviewer}"
            )
            return 0
        if action == "hold":
            return _hold(ledger, arguments)
        if action == "release":
            released = ledger.release(arguments.hold, reason=arguments.reason, by=arguments.by)
            print(f"hold {released.sequence} released ({len(released.records)} records)")
            return 0
        if action == "dispose":
            as_of = arguments.as_of or dt.datetime.now(dt.UTC).date()
            disposed = ledger.dispose(as_of)
            print(f"{len(disposed)} records disposed of as of {as_of.isoformat()}")
            return 0
        if action == "verify":
            anchors = [_anchor(path) for path in arguments.anchor]
            report = ledger.verify(anchors=anchors)
            print(report.render(), end="")
            return 0 if report.ok else EXIT_BROKEN
        manifest = ledger.export(arguments.destination, **_selection(arguments))
        print(
            f"{manifest.count} records written to {arguments.destination}"
            f" (head {manifest.head[0]} {manifest.head[1]};"
            f" ledger {'verified' if manifest.verified else 'DID NOT VERIFY'})"
        )
        return 0 if manifest.verified else EXIT_BROKEN


def _anchor(path: str) -> tuple[int, str]:
    with open(path, encoding="utf-8") as stream:
        head = json.load(stream)["head"]
    return int(head["sequence"]), str(head["hash"])


def _status(
    record: retention.Record,
    outcomes: dict[int, retention.Review],
    held: set[int],
) -> str:
    parts = []
    if record.disposed:
        parts.append("disposed")
    if record.sequence in held:
        parts.append("held")
    review = outcomes.get(record.sequence)
    if review is not None:
        parts.append(f"{review.outcome.value} by {review.reviewer}")
    return ", ".join(parts)


def _list(ledger: retention.Ledger, arguments: argparse.Namespace) -> int:
    outcomes = {review.record: review for review in ledger.reviews()}
    held = {sequence for hold in ledger.holds() for sequence in hold.records}
    if not arguments.json:
        print(
            f"{'seq':>6}  {'posted':<16}  {'comment':<20}  {'decision':<8}  "
            f"{'clauses':<14}  {'keep until':<10}  status"
        )
    for record in ledger.records(**_selection(arguments)):
        status = _status(record, outcomes, held)
        if arguments.json:
            print(json.dumps({**record_json(record), "status": status}, ensure_ascii=False))
            continue
        posted = record.posted_at.isoformat(timespec="minutes") if record.posted_at else "-"
        until = record.retain_until.isoformat() if record.retain_until else "-"
        print(
            f"{record.sequence:>6}  {posted[:16]:<16}  {record.comment_id[:20]:<20}  "
            f"{record.decision.value:<8}  {' '.join(record.clauses)[:14]:<14}  {until:<10}  "
            f"{status}".rstrip()
        )
    return 0


def _show(ledger: retention.Ledger, arguments: argparse.Namespace) -> int:
    if (arguments.record is None) == (arguments.comment is None):
        print("msp records show: give a SEQUENCE or --comment ID (one of them)", file=sys.stderr)
        return 2
    record = ledger.get(arguments.record if arguments.record is not None else arguments.comment)
    reviews = ledger.reviews(record)
    holds = [hold for hold in ledger.holds() if record.sequence in hold.records]
    if arguments.json:
        data = record_json(record)
        data["reviews"] = [
            {
                "sequence": r.sequence,
                "outcome": r.outcome.value,
                "reviewer": r.reviewer,
                "note": r.note,
                "recorded_at": r.recorded_at.isoformat(),
            }
            for r in reviews
        ]
        data["holds"] = [{"sequence": h.sequence, "reason": h.reason, "by": h.by} for h in holds]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for key, value in record_json(record).items():
        if isinstance(value, list):
            value = "; ".join(
                f"{v['detector']} “{v['text']}” at {v['start']}-{v['end']}"
                if isinstance(v, dict)
                else str(v)
                for v in value
            )
        print(f"{key + ':':<19}{'' if value is None else value}")
    for review in reviews:
        print(
            f"{'review:':<19}entry {review.sequence}: {review.outcome.value} by"
            f" {review.reviewer} at {review.recorded_at.isoformat()}"
            + (f" ({review.note})" if review.note else "")
        )
    for hold in holds:
        print(f"{'held:':<19}hold {hold.sequence}: {hold.reason}")
    return 0


def _hold(ledger: retention.Ledger, arguments: argparse.Namespace) -> int:
    if arguments.list:
        for hold in ledger.holds():
            by = f" by {hold.by}" if hold.by else ""
            print(f"hold {hold.sequence}: {len(hold.records)} records{by}: {hold.reason}")
        return 0
    if not arguments.reason:
        print("msp records hold: say why with --reason TEXT", file=sys.stderr)
        return 2
    selection: set[int] = set(arguments.records)
    filters = _selection(arguments)
    if any(value is not None for value in filters.values()):
        selection.update(record.sequence for record in ledger.records(**filters))
    elif not selection:
        print(
            "msp records hold: name records (SEQUENCE ...) or filters (--author ...)",
            file=sys.stderr,
        )
        return 2
    hold = ledger.hold(sorted(selection), arguments.reason, by=arguments.by)
    print(f"hold {hold.sequence}: {len(hold.records)} records held")
    return 0


def record_json(record: retention.Record) -> dict[str, Any]:
    """``record`` as plain JSON data, for ``--json``."""
    return {
        "sequence": record.sequence,
        "comment_id": record.comment_id,
        "text": record.text,
        "author_id": record.author_id,
        "author_name": record.author_name,
        "platform": record.platform,
        "permalink": record.permalink,
        "site": record.site,
        "posted_at": record.posted_at.isoformat() if record.posted_at else None,
        "decision": record.decision.value,
        "categories": list(record.categories),
        "clauses": list(record.clauses),
        "citations": list(record.citations),
        "evidence": [
            {"start": e.start, "end": e.end, "text": e.text, "detector": e.detector}
            for e in record.evidence
        ],
        "ordinance": f"{record.ordinance_name} {record.ordinance_number}"
        f" version {record.ordinance_version}".strip(),
        "ordinance_digest": record.ordinance_digest,
        "library_version": record.library_version,
        "retain_until": record.retain_until.isoformat() if record.retain_until else None,
        "schedule": record.schedule,
        "recorded_at": record.recorded_at.isoformat(),
        "disposed": record.disposed,
        "digest": record.digest,
        "previous": record.previous,
    }
