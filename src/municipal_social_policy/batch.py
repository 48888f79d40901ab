"""Evaluate a file of comments: JSONL or CSV rows in, one verdict per row out, in input order.

The I/O edge behind ``msp evaluate``. The input is read line by line and grouped into small
chunks; each chunk is parsed, judged and formatted by a worker (this process, or one of ``jobs``
processes that each compile their :class:`~municipal_social_policy.Evaluator` once), and at most
a fixed number of chunks are ever read ahead of what has been written. Memory therefore depends on
the chunk size and the number of jobs, never on the size of the input.

A malformed row never stops a run: it becomes an :class:`Outcome` whose ``error`` says why, and
the run goes on with the next row.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import signal
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, BinaryIO, Literal, TextIO, TypeVar

import attrs

from ._rows import Columns, comment_from_row
from .comment import Comment
from .detectors import DetectorFactory
from .evaluation import Evaluator
from .exceptions import DataError
from .ordinance import Ordinance
from .serialization import unstructure
from .verdict import Decision, RetainRecord, Verdict

if TYPE_CHECKING:
    from _csv import Reader as _CsvReader

__all__ = [
    "CSV_FIELDS",
    "Columns",
    "Flagged",
    "InputFormat",
    "Outcome",
    "OutputFormat",
    "Record",
    "Summary",
    "comment_from_row",
    "evaluate_records",
    "ordered",
    "read_records",
]

#: The formats ``msp evaluate`` reads.
InputFormat = Literal["jsonl", "csv"]
#: The formats ``msp evaluate`` writes.
OutputFormat = Literal["jsonl", "csv"]

#: The columns of CSV output, in order.
CSV_FIELDS = ("id", "line", "decision", "categories", "clauses", "evidence", "retain_until")

#: The longest JSONL line read as a row; a longer one is reported and skipped, unread.
MAX_ROW_BYTES = 64 * 1024 * 1024
#: The largest CSV field read; a larger one (or an unclosed quote) is a malformed row.
MAX_CSV_FIELD = 64 * 1024 * 1024

_BOM = b"\xef\xbb\xbf"
_T = TypeVar("_T")
_R = TypeVar("_R")


# --- reading ---------------------------------------------------------------------------------


@attrs.frozen
class Record:
    """One row as read, before it is parsed or judged.

    ``line`` is the 1-based line it starts on; ``end`` the input's byte offset after it;
    ``payload`` the JSONL line (bytes) or the CSV row by column name, or ``None`` with the
    ``error`` that spoiled the row.
    """

    line: int
    end: int
    payload: bytes | dict[str, str] | None
    error: str | None = None


def read_records(
    stream: BinaryIO, format: InputFormat, columns: Columns | None = None
) -> Iterator[Record]:
    """The rows of ``stream``, lazily, one line (or CSV record) at a time; blank lines skipped.

    For CSV the header is read at once and checked: raises
    :class:`~municipal_social_policy.DataError` if it lacks the text column. JSON is parsed
    later, by whoever judges the row, so that it runs in the worker processes.
    """
    if format == "jsonl":
        return _jsonl_records(stream)
    if format == "csv":
        return _csv_records(stream, columns or Columns())
    raise ValueError(f"format: expected 'jsonl' or 'csv', got {format!r}")


def _jsonl_records(stream: BinaryIO) -> Iterator[Record]:
    offset = 0
    number = 0
    while raw := stream.readline(MAX_ROW_BYTES):
        number += 1
        offset += len(raw)
        if number == 1:
            raw = raw.removeprefix(_BOM)
        if len(raw) >= MAX_ROW_BYTES and not raw.endswith(b"\n"):
            # Skip the rest of the line without holding it.
            while (rest := stream.readline(MAX_ROW_BYTES)) and not rest.endswith(b"\n"):
                offset += len(rest)
            offset += len(rest)
            yield Record(number, offset, None, f"longer than {MAX_ROW_BYTES:,} bytes; skipped")
        elif raw.strip():
            yield Record(number, offset, raw)


class _DecodedLines:
    """The lines of a binary stream as text, counting bytes and remembering undecodable ones."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.offset = 0
        self.invalid: str | None = None

    def __iter__(self) -> _DecodedLines:
        return self

    def __next__(self) -> str:
        # Bounded, so that a file without line breaks cannot be read whole; a longer line is cut
        # and its pieces fail as malformed rows.
        raw = self._stream.readline(MAX_CSV_FIELD)
        if not raw:
            raise StopIteration
        if self.offset == 0:
            raw = raw.removeprefix(_BOM)
        self.offset += len(raw)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.invalid = f"not valid UTF-8: {exc}"
            return raw.decode("utf-8", "surrogateescape")


def _csv_records(stream: BinaryIO, columns: Columns) -> Iterator[Record]:
    # The field limit is process-wide; raising it is harmless, and it still bounds the memory an
    # unclosed quote can take.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_FIELD))
    lines = _DecodedLines(stream)
    reader = csv.reader(lines, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return iter(())
    except csv.Error as exc:
        raise DataError("the CSV header cannot be read", (str(exc),)) from None
    if columns.text not in header:
        raise DataError(
            f"the CSV header has no column {columns.text!r} for the comment's text",
            (f"columns: {', '.join(header)}", "name the text column with --text-column"),
        )
    return _csv_rows(reader, lines, tuple(header))


def _csv_rows(
    reader: _CsvReader, lines: _DecodedLines, header: tuple[str, ...]
) -> Iterator[Record]:
    previous = reader.line_num  # the header may span lines
    lines.invalid = None
    while True:
        start = previous + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            error: str | None = f"not valid CSV: {exc}"
            fields = []
        else:
            error = lines.invalid
            if not fields and error is None:
                previous = reader.line_num
                continue
            if error is None and len(fields) != len(header):
                error = f"expected {len(header)} fields as in the header, got {len(fields)}"
        previous = reader.line_num
        lines.invalid = None
        if error is None:
            yield Record(start, lines.offset, dict(zip(header, fields, strict=True)))
        else:
            yield Record(start, lines.offset, None, error)


# --- judging ---------------------------------------------------------------------------------


@attrs.frozen
class Outcome:
    """What became of one row: its decision and clause ids, or the ``error`` that stopped it."""

    line: int
    id: str
    decision: Decision | None
    clauses: tuple[str, ...] = ()
    error: str | None = None


# Between processes, rows and outcomes travel as plain tuples: pickling them costs a fifth of
# what attrs instances cost, and at a few microseconds a row that is a noticeable share.
#: ``(line, payload, error)`` of a :class:`Record`.
_Row = tuple[int, "bytes | dict[str, str] | None", "str | None"]
#: ``(line, id, decision value or None, clause ids, error)`` of an :class:`Outcome`.
_Result = tuple[int, str, "str | None", tuple[str, ...], "str | None"]


@attrs.frozen
class _Chunk:
    rows: tuple[_Row, ...]
    end: int  # the input's byte offset after the last row


#: ``(comment, verdict, permalink)`` of a row that was not ``allow``, for a retention ledger.
Flagged = tuple[Comment, Verdict, str]


@attrs.frozen
class _Judged:
    output: str  # the chunk's verdicts, formatted
    results: tuple[_Result, ...]
    end: int
    flagged: tuple[Flagged, ...] = ()  # only when a ledger keeps them


class _Judge:
    """Parse, evaluate and format a chunk of rows. Pure: text in, text out."""

    def __init__(
        self,
        evaluator: Evaluator,
        columns: Columns,
        output_format: OutputFormat,
        keep_flagged: bool = False,
    ) -> None:
        self.evaluator = evaluator
        self.columns = columns
        self.output_format = output_format
        self.keep_flagged = keep_flagged
        self._flagged: list[Flagged] = []
        # Built once: per row they would cost as much as a short comment's evaluation.
        self._encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        self._buffer = io.StringIO()
        self._csv = csv.writer(self._buffer, lineterminator="\n")

    def __call__(self, chunk: _Chunk) -> _Judged:
        lines: list[str] = []
        results = []
        for line, payload, error in chunk.rows:
            result, verdict = self._judge(line, payload, error)
            results.append(result)
            if verdict is not None:
                lines.append(self._format(line, result[1], verdict))
        flagged, self._flagged = tuple(self._flagged), []
        return _Judged("".join(lines), tuple(results), chunk.end, flagged)

    def _format(self, line: int, identifier: str, verdict: Verdict) -> str:
        if self.output_format == "jsonl":
            data = {"line": line, "id": identifier, "verdict": unstructure(verdict)}
            return self._encode(data) + "\n"
        self._buffer.seek(0)
        self._buffer.truncate()
        self._csv.writerow(_csv_row(line, identifier, verdict))
        return self._buffer.getvalue()

    def _judge(
        self, line: int, payload: bytes | dict[str, str] | None, error: str | None
    ) -> tuple[_Result, Verdict | None]:
        if payload is None:
            return (line, "", None, (), error or "unreadable"), None
        row: Mapping[str, object] = {}
        try:
            row = _json_object(payload) if isinstance(payload, bytes) else payload
            comment = comment_from_row(row, self.columns)
        except DataError as exc:
            reason = "; ".join(exc.problems) or exc.summary
            return (line, _guess_id(row, self.columns), None, (), reason), None
        try:
            verdict = self.evaluator.evaluate(comment)
        except Exception as exc:  # a bug must cost one row, not a million-row run
            reason = f"evaluation failed: {type(exc).__name__}: {exc}"
            return (line, comment.id, None, (), reason), None
        if self.keep_flagged and verdict.decision is not Decision.ALLOW:
            link = row.get("permalink")
            self._flagged.append((comment, verdict, link if isinstance(link, str) else ""))
        clauses = tuple(clause.id for clause in verdict.clauses)
        return (line, comment.id, verdict.decision.value, clauses, None), verdict


def _json_object(raw: bytes) -> Mapping[str, object]:
    try:
        value = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise DataError(f"not valid UTF-8: {exc}") from None
    except json.JSONDecodeError as exc:
        raise DataError(f"not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise DataError(f"expected a JSON object, got {json.dumps(value)[:60]}")
    return value


def _guess_id(row: Mapping[str, object], columns: Columns) -> str:
    value = row.get(columns.id)
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else ""


def _csv_row(line: int, identifier: str, verdict: Verdict) -> tuple[object, ...]:
    evidence = "; ".join(
        f"{item.detector} “{item.text}” at {item.start}-{item.end}"
        for finding in verdict.findings
        for item in finding.evidence
    )
    retain = next((a for a in verdict.actions if isinstance(a, RetainRecord)), None)
    until = retain.retain_until.isoformat() if retain and retain.retain_until else ""
    return (
        identifier,
        line,
        verdict.decision.value,
        ";".join(finding.category for finding in verdict.findings),
        ";".join(clause.id for clause in verdict.clauses),
        evidence,
        until,
    )


# The judge of a worker process, built once by its initializer.
_worker_judge: _Judge | None = None


def _start_worker(
    ordinance: Ordinance,
    detectors: Mapping[str, DetectorFactory] | None,
    columns: Columns,
    output_format: OutputFormat,
    keep_flagged: bool = False,
) -> None:
    global _worker_judge
    # Ctrl-C goes to the whole process group; the parent handles it and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    evaluator = Evaluator(ordinance, detectors=detectors)
    _worker_judge = _Judge(evaluator, columns, output_format, keep_flagged)


def _judge_in_worker(chunk: _Chunk) -> _Judged:
    assert _worker_judge is not None, "the pool initializer did not run"
    return _worker_judge(chunk)


def _chunks(records: Iterable[Record], rows: int, size: int) -> Iterator[_Chunk]:
    batch: list[_Row] = []
    start = end = 0
    for record in records:
        batch.append((record.line, record.payload, record.error))
        end = record.end
        if len(batch) >= rows or end - start >= size:
            yield _Chunk(tuple(batch), end)
            batch, start = [], end
    if batch:
        yield _Chunk(tuple(batch), end)


def ordered(
    submit: Callable[[_T], Future[_R]], items: Iterable[_T], *, in_flight: int
) -> Iterator[_R]:
    """``submit`` each item and yield the results in order, with at most ``in_flight`` pending.

    ``items`` is consumed lazily: an item is taken only once fewer than ``in_flight`` results
    are outstanding, so neither the input nor the results pile up in memory.
    """
    if in_flight < 1:
        raise ValueError(f"in_flight: expected at least 1, got {in_flight!r}")
    pending: deque[Future[_R]] = deque()
    try:
        for item in items:
            if len(pending) >= in_flight:
                yield pending.popleft().result()
            pending.append(submit(item))
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def _results(
    chunks: Iterable[_Chunk],
    ordinance: Ordinance,
    detectors: Mapping[str, DetectorFactory] | None,
    columns: Columns,
    output_format: OutputFormat,
    jobs: int,
    keep_flagged: bool = False,
) -> Generator[_Judged, None, None]:
    if jobs == 1:
        evaluator = Evaluator(ordinance, detectors=detectors)
        yield from map(_Judge(evaluator, columns, output_format, keep_flagged), chunks)
        return
    # Each worker compiles its evaluator once, in the initializer, not per chunk.
    initargs = (ordinance, detectors, columns, output_format, keep_flagged)
    pool = ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=initargs)
    try:
        yield from ordered(
            lambda chunk: pool.submit(_judge_in_worker, chunk), chunks, in_flight=3 * jobs
        )
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --- the run ---------------------------------------------------------------------------------


@attrs.frozen
class Summary:
    """The totals of a run: rows read and failed, counts by decision and by clause, time taken.

    ``clauses`` holds ``(clause id, citation, rows)`` in the ordinance's document order; a row
    counts once for each clause its verdict cites.
    """

    rows_read: int
    rows_failed: int
    decisions: tuple[tuple[Decision, int], ...]
    clauses: tuple[tuple[str, str, int], ...]
    elapsed: float

    @property
    def rows_evaluated(self) -> int:
        """Rows that got a verdict."""
        return self.rows_read - self.rows_failed

    def render(self, *, timing: bool = True) -> str:
        """The summary table, as ``msp evaluate`` prints it.

        ``timing=False`` leaves out the elapsed time and rate, for reproducible output.
        """
        head = (
            f"{self.rows_read:,} rows read, {self.rows_evaluated:,} evaluated,"
            f" {self.rows_failed:,} failed"
        )
        if timing:
            rate = self.rows_read / self.elapsed if self.elapsed > 0 else 0.0
            head += f" in {self.elapsed:.2f} s ({rate:,.0f} rows/s)"
        decisions = _table(
            ("decision", "rows"), [(d.value, f"{n:,}") for d, n in self.decisions], right={1}
        )
        clauses = (
            _table(
                ("clause", "rows", "citation"),
                [(clause, f"{n:,}", citation) for clause, citation, n in self.clauses],
                right={1},
            )
            if self.clauses
            else "no clause cited"
        )
        return "\n".join([head, "", decisions, "", clauses]) + "\n"


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]], right: set[int]) -> str:
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    return "\n".join(
        "  ".join(
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()
        for row in [headers, *rows]
    )


def evaluate_records(
    records: Iterable[Record],
    output: TextIO,
    *,
    ordinance: Ordinance,
    columns: Columns | None = None,
    output_format: OutputFormat = "jsonl",
    jobs: int = 1,
    errors: TextIO | None = None,
    on_error: Callable[[Outcome], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    detectors: Mapping[str, DetectorFactory] | None = None,
    chunk_rows: int | None = None,
    chunk_bytes: int = 1024 * 1024,
    clock: Callable[[], float] = time.monotonic,
    on_flagged: Callable[[tuple[Flagged, ...]], object] | None = None,
) -> Summary:
    """Judge every record, write one verdict per good row to ``output``, in input order.

    A failed row is passed to ``on_error`` and, if ``errors`` is given, written there as a JSON
    line ``{"line": ..., "id": ..., "error": ...}``; nothing is written to ``output`` for it.
    ``on_progress(rows, bytes)`` is called after each chunk. With ``jobs > 1`` the rows are
    judged in that many worker processes, at most ``3 * jobs`` chunks of ``chunk_rows`` rows
    (default 256; 1 with one job, so a live stream is answered row by row) or ``chunk_bytes``
    input bytes at a time. ``detectors`` is passed to every
    :class:`~municipal_social_policy.Evaluator` (with several jobs its factories must pickle).
    ``on_flagged`` receives each chunk's rows that were not ``allow`` (comment, verdict and the
    row's ``permalink``) BEFORE their verdicts are written, so that a retention ledger holds
    every verdict the output shows, whenever the run stops.
    """
    if jobs < 1:
        raise ValueError(f"jobs: expected at least 1, got {jobs!r}")
    columns = columns or Columns()
    started = clock()
    if output_format == "csv":
        csv.writer(output, lineterminator="\n").writerow(CSV_FIELDS)
    rows = 0
    failed = 0
    decisions: Counter[str] = Counter()
    clause_counts: Counter[str] = Counter()
    size = chunk_rows or (1 if jobs == 1 else 256)
    chunks = _chunks(records, size, chunk_bytes)
    keep = on_flagged is not None
    judged = _results(chunks, ordinance, detectors, columns, output_format, jobs, keep)
    # Closing stops the worker pool at once if writing fails or the run is interrupted.
    with contextlib.closing(judged):
        for chunk in judged:
            if on_flagged is not None and chunk.flagged:
                on_flagged(chunk.flagged)  # record first, then report
            output.write(chunk.output)
            for line, identifier, decision, clauses, error in chunk.results:
                rows += 1
                if decision is not None:
                    decisions[decision] += 1
                    clause_counts.update(clauses)
                    continue
                failed += 1
                if on_error is not None:
                    on_error(Outcome(line, identifier, None, (), error))
                if errors is not None:
                    record = {"line": line, "id": identifier, "error": error}
                    errors.write(json.dumps(record, ensure_ascii=False) + "\n")
            if on_progress is not None:
                on_progress(rows, chunk.end)
    order = {clause.id: i for i, clause in enumerate(ordinance.clauses)}
    return Summary(
        rows_read=rows,
        rows_failed=failed,
        decisions=tuple((decision, decisions[decision.value]) for decision in Decision),
        clauses=tuple(
            (clause, ordinance.clause(clause).citation, clause_counts[clause])
            for clause in sorted(clause_counts, key=lambda c: (order.get(c, len(order)), c))
        ),
        elapsed=clock() - started,
    )
