"""A public-records (FOIA) production from the retention ledger: JSONL, CSV and a manifest.

``records.jsonl`` holds one line per record: its entry (sequence, time recorded, previous hash,
hash, body digest), its body exactly as kept, and its latest review. A recipient can check each
line: the SHA-256 of the body written canonically (sorted keys, separators ``,`` and ``:``, ASCII
only) is the body digest, and the SHA-256 of ``sequence``, ``record``, ``recorded_at``,
``previous`` and that digest, one per line, is the hash. ``records.csv`` is the same for a
spreadsheet. ``manifest.json`` is written last: the count, the period, the ordinance digests,
the chain's head and the digests of both files, so the recipient can tell the production is whole.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from ._ledger_entries import Record, Review, timestamp
from .exceptions import LedgerError

__all__ = ["CSV_FIELDS", "FILES", "Manifest", "write"]

#: The files of a production, in the order they are written.
FILES = ("records.jsonl", "records.csv", "manifest.json")

#: The columns of ``records.csv``.
CSV_FIELDS = (
    "sequence",
    "comment_id",
    "posted_at",
    "author_id",
    "author_name",
    "platform",
    "permalink",
    "site",
    "text",
    "decision",
    "categories",
    "clauses",
    "citations",
    "evidence",
    "ordinance_name",
    "ordinance_number",
    "ordinance_version",
    "ordinance_digest",
    "library_version",
    "retain_until",
    "schedule",
    "recorded_at",
    "review_outcome",
    "reviewer",
    "disposed",
    "hash",
)


@attrs.frozen
class Manifest:
    """What an export wrote: the contents of its ``manifest.json``.

    ``head`` is the chain's head (sequence number, hash) when the export began: keep it, and
    ``msp records verify --anchor manifest.json`` later proves the chain up to it is unchanged.
    """

    count: int
    first_posted: str | None
    last_posted: str | None
    filters: tuple[tuple[str, str], ...]
    ordinance_digests: tuple[str, ...]
    head: tuple[int, str]
    files: tuple[tuple[str, str], ...]
    verified: bool
    generated_at: str
    library_version: str

    def to_json(self) -> dict[str, Any]:
        """The manifest as ``manifest.json`` holds it."""
        return {
            "format": 1,
            "count": self.count,
            "period": {
                "since": dict(self.filters).get("since"),
                "until": dict(self.filters).get("until"),
                "first_posted": self.first_posted,
                "last_posted": self.last_posted,
            },
            "filters": dict(self.filters),
            "ordinance_digests": list(self.ordinance_digests),
            "head": {"sequence": self.head[0], "hash": self.head[1]},
            "files": {name: {"sha256": digest} for name, digest in self.files},
            "verified": self.verified,
            "generated_at": self.generated_at,
            "library_version": self.library_version,
        }


def write(
    destination: Path,
    records: Iterable[tuple[Record, str | None]],
    reviews: Mapping[int, Review],
    *,
    filters: Mapping[str, str | None],
    head: tuple[int, str],
    verified: bool,
    generated_at: str,
    library_version: str,
) -> Manifest:
    """Write the production of ``records`` (each with its stored body) into ``destination``."""
    destination.mkdir(parents=True, exist_ok=True)
    taken = [name for name in FILES if (destination / name).exists()]
    if taken:
        raise LedgerError(
            f"destination: {str(destination / taken[0])!r} already exists; export into a new"
            " or empty directory"
        )
    count = 0
    digests: set[str] = set()
    first_posted: str | None = None
    last_posted: str | None = None
    jsonl_path, csv_path = destination / FILES[0], destination / FILES[1]
    with (
        jsonl_path.open("w", encoding="utf-8", newline="\n") as jsonl,
        csv_path.open("w", encoding="utf-8", newline="") as table,
    ):
        writer = csv.writer(table)
        writer.writerow(CSV_FIELDS)
        for record, body in records:
            count += 1
            digests.add(record.ordinance_digest)
            if record.posted_at is not None:
                moment = timestamp(record.posted_at)
                first_posted = min(first_posted or moment, moment)
                last_posted = max(last_posted or moment, moment)
            review = reviews.get(record.sequence)
            jsonl.write(json.dumps(_line(record, body, review), ensure_ascii=True) + "\n")
            writer.writerow(_row(record, review))
    files = tuple((path.name, _sha256(path)) for path in (jsonl_path, csv_path))
    manifest = Manifest(
        count=count,
        first_posted=first_posted,
        last_posted=last_posted,
        filters=tuple((key, value) for key, value in filters.items() if value is not None),
        ordinance_digests=tuple(sorted(digests)),
        head=head,
        files=files,
        verified=verified,
        generated_at=generated_at,
        library_version=library_version,
    )
    with (destination / FILES[2]).open("w", encoding="utf-8", newline="\n") as out:
        json.dump(manifest.to_json(), out, indent=2, ensure_ascii=False)
        out.write("\n")
    return manifest


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return "sha256:" + digest.hexdigest()


def _review(review: Review | None) -> dict[str, str] | None:
    if review is None:
        return None
    return {
        "outcome": review.outcome.value,
        "reviewer": review.reviewer,
        "note": review.note,
        "recorded_at": review.recorded_at.isoformat(),
    }


def _line(record: Record, body: str | None, review: Review | None) -> dict[str, Any]:
    digest = None
    if body is not None:
        digest = "sha256:" + hashlib.sha256(body.encode("ascii")).hexdigest()
    return {
        "entry": {
            "sequence": record.sequence,
            "kind": "record",
            "recorded_at": timestamp(record.recorded_at),
            "previous": record.previous,
            "hash": record.digest,
            "body_digest": digest,
        },
        "disposed": record.disposed,
        "body": json.loads(body) if body is not None else None,
        "review": _review(review),
    }


def _row(record: Record, review: Review | None) -> tuple[object, ...]:
    evidence = "; ".join(
        f"{item.detector} “{item.text}” at {item.start}-{item.end}" for item in record.evidence
    )
    return (
        record.sequence,
        record.comment_id,
        record.posted_at.isoformat() if record.posted_at else "",
        record.author_id,
        record.author_name,
        record.platform,
        record.permalink,
        record.site,
        record.text,
        record.decision.value,
        ";".join(record.categories),
        ";".join(record.clauses),
        ";".join(record.citations),
        evidence,
        record.ordinance_name,
        record.ordinance_number,
        record.ordinance_version,
        record.ordinance_digest,
        record.library_version,
        record.retain_until.isoformat() if record.retain_until else "",
        record.schedule,
        record.recorded_at.isoformat(),
        review.outcome.value if review else "",
        review.reviewer if review else "",
        "yes" if record.disposed else "",
        record.digest,
    )
