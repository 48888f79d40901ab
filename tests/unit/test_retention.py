"""The retention ledger, run the same way on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest

import municipal_social_policy as msp
from municipal_social_policy import retention

if TYPE_CHECKING:
    from conftest import RawSQL

POSTED = dt.datetime(2024, 5, 10, 9, 30)
SSN = "My SSN is 356-21-4476"


class Clock:
    """A clock the test sets; the ledger reads it to stamp each entry."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    """Noon UTC on 2 December 2026, unless a test moves it."""
    return Clock(dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC))


@pytest.fixture
def ledger(ledger_url: str, clock: Clock) -> Iterator[retention.Ledger]:
    """An open, empty ledger on each backend."""
    with retention.open(ledger_url, clock=clock) as opened:
        yield opened


def comment(
    number: int,
    *,
    text: str = SSN,
    author: str = "fb:1001",
    posted_at: dt.datetime | None = POSTED,
) -> msp.Comment:
    return msp.Comment(
        text=text,
        id=f"c{number}",
        author=msp.Author(id=author, display_name="Pat Q. Public"),
        platform="facebook",
        posted_at=posted_at,
    )


def keep(
    ledger: retention.Ledger, evaluator: msp.Evaluator, *comments: msp.Comment
) -> list[retention.Record]:
    return list(ledger.record_many((c, evaluator.evaluate(c)) for c in comments))


# --- recording -------------------------------------------------------------------------------


def test_a_record_keeps_every_field_the_issue_lists(
    ledger: retention.Ledger, evaluator: msp.Evaluator, clock: Clock
) -> None:
    """A flagged comment's record holds the comment, author, decision, clauses, evidence,
    ordinance, library version, retention date, time recorded, sequence and chained hash."""
    flagged = comment(1)
    verdict = evaluator.evaluate(flagged)
    record = ledger.record(flagged, verdict, permalink="https://facebook.com/city/posts/1?c=1")
    assert record is not None
    assert (record.comment_id, record.text, record.author_id, record.author_name) == (
        "c1",
        SSN,
        "fb:1001",
        "Pat Q. Public",
    )
    assert (record.platform, record.permalink) == (
        "facebook",
        "https://facebook.com/city/posts/1?c=1",
    )
    assert record.posted_at == POSTED
    assert record.decision is msp.Decision.REMOVE
    assert record.clauses == ("V.2.10",)
    assert record.citations == ("Kankakee Ord. 2019-70 § V.2.10",)
    assert record.evidence == (msp.Evidence(10, 21, "356-21-4476", "ssn"),)
    assert (record.ordinance_name, record.ordinance_number, record.ordinance_version) == (
        "kankakee",
        "2019-70",
        verdict.ordinance.version,
    )
    assert record.ordinance_digest == verdict.ordinance.digest
    assert record.library_version == msp.__version__
    assert record.retain_until == dt.date(2027, 12, 31)
    assert record.schedule == "Kankakee Ord. 2019-70, Social Media Retention"
    assert record.recorded_at == clock.now
    assert record.sequence == 1
    assert record.previous == "sha256:" + "0" * 64
    assert record.digest.startswith("sha256:")
    assert list(ledger.records()) == [record]


def test_the_second_record_is_chained_to_the_first(
    ledger: retention.Ledger, evaluator: msp.Evaluator
) -> None:
    """Each record's ``previous`` is the hash of the entry before it."""
    first, second = keep(ledger, evaluator, comment(1), comment(2))
    assert second.sequence == first.sequence + 1
    assert second.previous == first.digest
    assert ledger.head == (2, second.digest)


def test_an_allowed_comment_is_not_recorded(
    ledger: retention.Ledger, evaluator: msp.Evaluator
) -> None:
    """``record`` keeps only comments that are not ``allow``, and returns None for the others."""
    fine = comment(1, text="The new park on Court Street looks great")
    assert ledger.record(fine, evaluator.evaluate(fine)) is None
    assert list(ledger.records()) == []


def test_recording_is_idempotent_per_comment_and_ordinance_digest(
    ledger: retention.Ledger, evaluator: msp.Evaluator, kankakee: msp.Ordinance
) -> None:
    """The same comment under the same ordinance is kept once; under another version, again."""
    flagged = comment(1)
    first = ledger.record(flagged, evaluator.evaluate(flagged))
    again = ledger.record(flagged, evaluator.evaluate(flagged))
    amended = attrs.evolve(kankakee, version="1.0.1-test")
    other = ledger.record(flagged, msp.evaluate(amended, flagged))
    assert first is not None
    assert other is not None
    assert again == first
    assert other.sequence == 2
    assert other.ordinance_digest == amended.digest != first.ordinance_digest
    assert ledger.get("c1") == other


def test_a_comment_without_an_id_is_kept_under_its_content_digest(
    ledger: retention.Ledger, evaluator: msp.Evaluator
) -> None:
    """Without an id, the same text, author and time are one record; other text is another."""
    bare = msp.Comment(text=SSN, posted_at=POSTED)
    first = ledger.record(bare, evaluator.evaluate(bare))
    same = ledger.record(msp.Comment(text=SSN, posted_at=POSTED), evaluator.evaluate(bare))
    other_text = msp.Comment(text=SSN + "!", posted_at=POSTED)
    other = ledger.record(other_text, evaluator.evaluate(other_text))
    assert first is not None
    assert other is not None
    assert first.comment_id.startswith("sha256:")
    assert same == first
    assert other.comment_id != first.comment_id


def test_text_with_a_nul_and_a_lone_surrogate_survives_both_databases(
    ledger: retention.Ledger, evaluator: msp.Evaluator
) -> None:
    """Bodies are ASCII JSON, so characters a database rejects in TEXT are kept exactly."""
    odd = comment(1, text=SSN + " \x00 \ud800 ☎")
    record = ledger.record(odd, evaluator.evaluate(odd))
    assert record is not None
    assert ledger.get(1).text == odd.text
    assert ledger.verify().ok


def test_the_clock_must_tell_the_time_zone(ledger_url: str, evaluator: msp.Evaluator) -> None:
    """A naive clock would make times ambiguous; the ledger refuses it and says how to fix it."""
    naive = Clock(dt.datetime(2026, 12, 2, 12, 0))
    with retention.open(ledger_url, clock=naive) as ledger:
        flagged = comment(1)
        with pytest.raises(msp.LedgerError, match=r"clock: expected a time-zone-aware"):
            ledger.record(flagged, evaluator.evaluate(flagged))


# --- reading ---------------------------------------------------------------------------------


def test_records_filter_by_author_clause_decision_and_period(
    ledger: retention.Ledger, evaluator: msp.Evaluator
) -> None:
    """Each filter selects exactly the records it names; filters combine."""
    keep(
        ledger,
        evaluator,
        comment(1, author="a"),
        comment(2, author="b", posted_at=dt.datetime(2025, 1, 3)),
        comment(3, author="a", text="'; DROP TABLE comments; --"),
        comment(4, author="a", text="what the fuck is this", posted_at=None),
    )

    def ids(**filters: Any) -> list[str]:
        return [record.comment_id for record in ledger.records(**filters)]

    assert ids() == ["c1", "c2", "c3", "c4"]
    assert ids(author="a") == ["c1", "c3", "c4"]
    assert ids(clause="V.2.14") == ["c3"]
    assert ids(clause="V.2") == []
    assert ids(since=dt.date(2025, 1, 1)) == ["c2"]
    assert ids(until=dt.date(2025, 1, 1)) == ["c1", "c3"]
    assert ids(author="a", clause="V.2.10") == ["c1"]
    decisions = {record.comment_id: record.decision for record in ledger.records()}
    assert ids(decision="review") == [c for c, d in decisions.items() if d.value == "review"]


def test_records_are_read_a_page_at_a_time_without_losing_any(
    ledger: retention.Ledger, evaluator: msp.Evaluator
) -> None:
    """More records than one page (500) come back complete and in order."""
    verdict = evaluator.evaluate(comment(0))
    ledger.record_many((comment(n), verdict) for n in range(1, 1206))
    sequences = [record.sequence for record in ledger.records()]
    assert sequences == list(range(1, 1206))


def test_get_an_unknown_record_names_what_was_asked(ledger: retention.Ledger) -> None:
    """An unknown sequence number is an UnknownRecordError (a LookupError) naming it."""
    with pytest.raises(msp.UnknownRecordError, match=r"no record has sequence number 7") as error:
        ledger.get(7)
    assert isinstance(error.value, LookupError)


# --- reviewing and repeat violators ----------------------------------------------------------


def test_a_reviewer_outcome_is_a_new_entry_and_the_latest_counts(
    ledger: retention.Ledger, evaluator: msp.Evaluator
) -> None:
    """``decide`` appends; the record is unchanged; a later outcome supersedes an earlier one."""
    (record,) = keep(ledger, evaluator, comment(1))
    removed = ledger.decide(record, "removed", reviewer="J. Doe", note="SSN, § V.2.10")
    restored = ledger.decide(record.sequence, msp.retention.ReviewOutcome.RESTORED, reviewer="A")
    assert (removed.sequence, restored.sequence) == (2, 3)
    assert ledger.get(1) == record
    assert [r.outcome.value for r in ledger.reviews(record)] == ["removed", "restored"]
    assert ledger.outcomes() == {1: msp.retention.ReviewOutcome.RESTORED}
    assert ledger.verify().ok


def test_decide_refuses_a_bad_outcome_a_missing_reviewer_and_an_unknown_record(
    ledger: retention.Ledger, evaluator: msp.Evaluator
) -> None:
    """Each bad argument is an error that names the field and the value received."""
    (record,) = keep(ledger, evaluator, comment(1))
    with pytest.raises(msp.LedgerError, match=r"outcome: expected 'removed' or 'restored', got"):
        ledger.decide(record, "deleted", reviewer="J. Doe")
    with pytest.raises(msp.LedgerError, match=r"reviewer: expected the reviewer's name"):
        ledger.decide(record, "removed", reviewer=" ")
    with pytest.raises(msp.UnknownRecordError, match=r"sequence number 99"):
        ledger.decide(99, "removed", reviewer="J. Doe")


def test_violations_count_confirmed_removals_since_a_date(
    ledger: retention.Ledger, evaluator: msp.Evaluator
) -> None:
    """Only records whose latest outcome is "removed" count, per author, from ``since`` on."""
    old, new, restored, unreviewed, other = keep(
        ledger,
        evaluator,
        comment(1, posted_at=dt.datetime(2023, 3, 1)),
        comment(2),
        comment(3),
        comment(4),
        comment(5, author="someone else"),
    )
    for record in (old, new, restored, other):
        ledger.decide(record, "removed", reviewer="J. Doe")
    ledger.decide(restored, "restored", reviewer="J. Doe")
    assert unreviewed.author_id == "fb:1001"
    assert ledger.violations("fb:1001") == 2
    assert ledger.violations("fb:1001", since=dt.date(2024, 1, 1)) == 1
    assert ledger.violations("nobody") == 0


# --- holds and disposal ----------------------------------------------------------------------


def test_dispose_removes_content_only_after_retention_and_outside_holds(
    ledger: retention.Ledger, evaluator: msp.Evaluator, clock: Clock
) -> None:
    """Past ``retain_until`` and unheld: content gone, tombstone kept, chain still verifies."""
    due, held, later, undated = keep(
        ledger,
        evaluator,
        comment(1),
        comment(2),
        comment(3, posted_at=dt.datetime(2026, 1, 5)),
        comment(4, posted_at=None),
    )
    hold = ledger.hold([held], "Smith v. City, 24-CV-118", by="City Attorney")
    clock.now = dt.datetime(2028, 1, 2, tzinfo=dt.UTC)
    assert ledger.dispose(dt.date(2027, 12, 31)) == ()  # the last day is still kept
    (tombstone,) = ledger.dispose(dt.date(2028, 1, 1))
    assert tombstone.sequence == due.sequence
    assert tombstone.disposed
    kept = ledger.get(due.sequence)
    assert kept == tombstone
    assert (kept.text, kept.author_id, kept.posted_at, kept.evidence) == ("", "", None, ())
    assert (kept.comment_id, kept.digest, kept.retain_until) == ("c1", due.digest, due.retain_until)
    assert ledger.get(held.sequence).text == SSN
    assert ledger.get(later.sequence).text == SSN
    assert ledger.get(undated.sequence).retain_until is None
    assert ledger.verify().ok
    ledger.release(hold, reason="case closed")
    assert [r.sequence for r in ledger.dispose(dt.date(2028, 1, 1))] == [held.sequence]
    assert ledger.holds() == ()
    assert ledger.holds(active=False)[0].released
    assert ledger.verify().ok


def test_dispose_refuses_a_day_after_today(ledger: retention.Ledger, clock: Clock) -> None:
    """Nothing is disposed of early: ``as_of`` later than the ledger's today is an error."""
    with pytest.raises(msp.LedgerError, match=r"as_of: 2026-12-03 is after today \(2026-12-02\)"):
        ledger.dispose(dt.date(2026, 12, 3))


def test_holds_refuse_nothing_unknown_records_and_a_second_release(
    ledger: retention.Ledger, evaluator: msp.Evaluator
) -> None:
    """A hold needs records that exist and a reason; a hold is released once."""
    (record,) = keep(ledger, evaluator, comment(1))
    with pytest.raises(msp.LedgerError, match=r"selection: expected at least one record"):
        ledger.hold([], "reason")
    with pytest.raises(msp.UnknownRecordError, match=r"no record has sequence number 5"):
        ledger.hold([record, 5], "reason")
    with pytest.raises(msp.LedgerError, match=r"reason: expected why"):
        ledger.hold([record], "")
    hold = ledger.hold([record], "litigation")
    ledger.release(hold)
    with pytest.raises(msp.LedgerError, match=r"already released"):
        ledger.release(hold)


# --- verification ----------------------------------------------------------------------------


def _five(ledger: retention.Ledger, evaluator: msp.Evaluator) -> list[retention.Record]:
    records = keep(ledger, evaluator, *(comment(n) for n in range(1, 6)))
    assert ledger.verify().ok
    return records


@pytest.mark.parametrize(
    ("tampering", "first_broken", "problem"),
    [
        (
            "UPDATE msp_ledger_entries SET body = replace(body, '356-21-4476', '000-00-0000')"
            " WHERE sequence = 3",
            3,
            "content was edited",
        ),
        ("UPDATE msp_ledger_entries SET author_id = 'x' WHERE sequence = 2", 2, "author_id column"),
        (
            "UPDATE msp_ledger_entries SET retain_until = '2024-12-31' WHERE sequence = 4",
            4,
            "retain",
        ),
        ("UPDATE msp_ledger_entries SET recorded_at = '2020-01-01' WHERE sequence = 2", 2, "hash"),
        ("DELETE FROM msp_ledger_entries WHERE sequence = 3", 3, "missing"),
        ("DELETE FROM msp_ledger_entries WHERE sequence = 5", 5, "ends at entry 4"),
        ("UPDATE msp_ledger_entries SET body = NULL WHERE sequence = 2", 2, "without a disposal"),
        (
            "UPDATE msp_ledger_entries SET sequence = CASE sequence WHEN 2 THEN 3 ELSE 2 END"
            " WHERE sequence IN (2, 3)",
            2,
            "does not follow",
        ),
    ],
    ids=[
        "edited-text",
        "edited-column",
        "shortened-retention",
        "edited-time",
        "deleted",
        "deleted-last",
        "content-deleted",
        "reordered",
    ],
)
def test_verify_finds_rows_edited_deleted_or_reordered_with_raw_sql(
    ledger: retention.Ledger,
    raw_sql: RawSQL,
    evaluator: msp.Evaluator,
    tampering: str,
    first_broken: int,
    problem: str,
) -> None:
    """Raw SQL that edits, deletes or reorders a row breaks verification at that row."""
    _five(ledger, evaluator)
    if "sequence = CASE" in tampering:  # swap through a free number: the key is unique
        raw_sql("UPDATE msp_ledger_entries SET sequence = 99 WHERE sequence = 2")
        raw_sql("UPDATE msp_ledger_entries SET sequence = 2 WHERE sequence = 3")
        raw_sql("UPDATE msp_ledger_entries SET sequence = 3 WHERE sequence = 99")
    else:
        raw_sql(tampering)
    report = ledger.verify()
    assert not report.ok
    assert report.first_broken == first_broken
    assert any(problem in line for line in report.problems), report.problems
    assert "BROKEN" in report.render()


def test_verify_finds_a_body_rewritten_with_its_digest_and_hash(
    ledger: retention.Ledger, raw_sql: RawSQL, evaluator: msp.Evaluator
) -> None:
    """Recomputing a tampered row's own hashes still breaks the link to the next row."""
    from municipal_social_policy._ledger_entries import body_digest, entry_hash

    records = _five(ledger, evaluator)
    target = records[2]
    ((stored, recorded_at),) = raw_sql(
        "SELECT body, recorded_at FROM msp_ledger_entries WHERE sequence = 3"
    )
    body = json.loads(str(stored))
    body["comment"]["text"] = "nothing to see"
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    digest = body_digest(text)
    chained = entry_hash(target.sequence, "record", str(recorded_at), target.previous, digest)
    raw_sql(
        "UPDATE msp_ledger_entries SET body = ?, body_digest = ?, hash = ? WHERE sequence = 3",
        (text, digest, chained),
    )
    report = ledger.verify()
    assert report.first_broken == 4
    assert any("entry 4: does not follow" in line for line in report.problems)
    assert not ledger.verify(anchors=[(3, target.digest)]).ok


def test_verify_finds_a_tombstone_edited_after_disposal(
    ledger: retention.Ledger, raw_sql: RawSQL, evaluator: msp.Evaluator, clock: Clock
) -> None:
    """A disposed-of record's kept columns are checked against its disposal entry."""
    keep(ledger, evaluator, comment(1), comment(2))
    clock.now = dt.datetime(2028, 1, 2, tzinfo=dt.UTC)
    assert len(ledger.dispose(dt.date(2028, 1, 1))) == 2
    assert ledger.verify().ok
    raw_sql("UPDATE msp_ledger_entries SET comment_id = 'someone-else' WHERE sequence = 2")
    report = ledger.verify()
    assert report.first_broken == 2
    assert any("tombstone differs" in line for line in report.problems)


def test_verify_finds_a_forged_decision_outcome(
    ledger: retention.Ledger, raw_sql: RawSQL, evaluator: msp.Evaluator
) -> None:
    """Turning a "restored" into a "removed" in the indexed column (what violations() counts)
    is found."""
    (record,) = keep(ledger, evaluator, comment(1))
    ledger.decide(record, "restored", reviewer="J. Doe")
    raw_sql("UPDATE msp_ledger_entries SET decision = 'removed' WHERE sequence = 2")
    report = ledger.verify()
    assert report.first_broken == 2
    assert any("decision column" in line for line in report.problems)


# --- export ----------------------------------------------------------------------------------


def test_export_writes_jsonl_csv_and_a_manifest_a_recipient_can_check(
    ledger: retention.Ledger, evaluator: msp.Evaluator, tmp_path: Path
) -> None:
    """The production holds the selected records; each line's hashes recompute from its body,
    and the manifest's count, period, digests, head and file digests match."""
    first, _, third = keep(
        ledger,
        evaluator,
        comment(1),
        comment(2, posted_at=dt.datetime(2025, 2, 1)),
        comment(3, text="'; DROP TABLE comments; --"),
    )
    ledger.decide(first, "removed", reviewer="J. Doe")
    manifest = ledger.export(tmp_path / "out", until=dt.date(2025, 1, 1))
    out = tmp_path / "out"
    lines = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
    assert [line["entry"]["sequence"] for line in lines] == [first.sequence, third.sequence]
    for line in lines:  # the recipient's check, written without the library
        entry = line["entry"]
        canonical = json.dumps(line["body"], sort_keys=True, separators=(",", ":"))
        assert "sha256:" + hashlib.sha256(canonical.encode()).hexdigest() == entry["body_digest"]
        chained = "\n".join(
            str(entry[key]) for key in ("sequence", "kind", "recorded_at", "previous")
        )
        chained += "\n" + entry["body_digest"]
        assert "sha256:" + hashlib.sha256(chained.encode()).hexdigest() == entry["hash"]
    assert lines[0]["review"]["outcome"] == "removed"
    with (out / "records.csv").open(newline="", encoding="utf-8") as table:
        rows = list(csv.DictReader(table))
    assert [row["comment_id"] for row in rows] == ["c1", "c3"]
    assert rows[0]["text"] == SSN
    assert rows[0]["review_outcome"] == "removed"
    data = json.loads((out / "manifest.json").read_text())
    assert data["count"] == manifest.count == 2
    assert data["period"]["until"] == "2025-01-01"
    assert data["ordinance_digests"] == [first.ordinance_digest]
    assert data["head"] == {"sequence": 4, "hash": ledger.head[1]}
    assert data["verified"] is True
    for name in ("records.jsonl", "records.csv"):
        digest = "sha256:" + hashlib.sha256((out / name).read_bytes()).hexdigest()
        assert data["files"][name]["sha256"] == digest
    assert ledger.verify(anchors=[(data["head"]["sequence"], data["head"]["hash"])]).ok
    with pytest.raises(msp.LedgerError, match=r"already exists"):
        ledger.export(out)


# --- opening ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("records.db", r"expected sqlite:///path.db or postgresql://"),
        ("sqlite://records.db", r"expected three slashes"),
        ("mysql://host/db", r"got 'mysql://host/db'"),
    ],
)
def test_a_bad_url_says_what_to_write(url: str, message: str) -> None:
    """A URL that names no usable database is a LedgerURLError (a ValueError) with the fix."""
    with pytest.raises(msp.LedgerURLError, match=message) as error:
        retention.open(url)
    assert isinstance(error.value, ValueError)


def test_opening_a_missing_ledger_without_create_fails(tmp_path: Path) -> None:
    """Reading commands never create an empty ledger by mistake."""
    with pytest.raises(msp.LedgerURLError, match=r"no ledger at"):
        retention.open(f"sqlite:///{tmp_path / 'nothing.db'}", create=False)
    assert not (tmp_path / "nothing.db").exists()


def test_a_ledger_reopens_with_everything_it_kept(
    ledger_url: str, evaluator: msp.Evaluator, clock: Clock
) -> None:
    """What one connection committed, the next reads, and the chain goes on from it."""
    with retention.open(ledger_url, clock=clock) as ledger:
        (first,) = keep(ledger, evaluator, comment(1))
    with retention.open(ledger_url, create=False, clock=clock) as ledger:
        assert ledger.get(1) == first
        (second,) = keep(ledger, evaluator, comment(2))
        assert second.previous == first.digest
        assert ledger.verify().ok


def test_sqlite_ledgers_use_wal_and_full_sync(tmp_path: Path) -> None:
    """The SQLite file is in WAL mode, so readers never block the process that appends."""
    path = tmp_path / "records.db"
    with retention.open(f"sqlite:///{path}"):
        pass
    with contextlib.closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_new_sqlite_ledger_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    """The records hold personal data: a new ledger file gets mode 0600."""
    path = tmp_path / "records.db"
    with retention.open(f"sqlite:///{path}"):
        pass
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_policy_that_keeps_records_per_schedule_names_the_schedule(
    ledger: retention.Ledger,
) -> None:
    """Marseilles keeps rejected content per "the records retention schedule": the record has
    no retain_until, names that schedule, and is never disposed of by date."""
    marseilles = msp.load("marseilles")
    flagged = comment(1)
    record = ledger.record(flagged, msp.evaluate(marseilles, flagged))
    assert record is not None
    assert record.retain_until is None
    assert record.schedule == "the records retention schedule"
    assert record.ordinance_name == "marseilles"
