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
import json
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import TextIO, TypeVar

import attrs

from ._compiled import evaluator_for
from ._presets import Preset, presets
from ._readers import (
    DELIMITERS,
    InputFormat,
    Record,
    ascii_compatible,
    check_encoding,
    detect_encoding,
    detect_format,
    read_records,
    sniff_delimiter,
)
from ._rows import Columns, comment_from_row, lookup
from ._writers import CSV_FIELDS, FORMULA_TRIGGERS, Formatter, OutputFormat, escape_cell
from .comment import Comment
from .detectors import DetectorFactory
from .evaluation import Evaluator
from .exceptions import DataError
from .history import History
from .ordinance import Clause, Ordinance
from .verdict import Decision, Verdict

__all__ = [
    "CSV_FIELDS",
    "DELIMITERS",
    "FORMULA_TRIGGERS",
    "Columns",
    "Flagged",
    "InputFormat",
    "Outcome",
    "OutputFormat",
    "Preset",
    "Record",
    "Summary",
    "ascii_compatible",
    "check_encoding",
    "comment_from_row",
    "detect_encoding",
    "detect_format",
    "escape_cell",
    "evaluate_records",
    "lookup",
    "ordered",
    "presets",
    "read_records",
    "sniff_delimiter",
]

_T = TypeVar("_T")
_R = TypeVar("_R")


# --- judging ---------------------------------------------------------------------------------


@attrs.frozen
class Outcome:
    """What became of one row: its decision and clause ids, or the ``error`` that stopped it.

    A row with no text to judge (a photo or sticker reply) has neither a decision nor an error.
    """

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
    missing: tuple[int, ...] = ()  # rows without a value, per renamed column
    flagged: tuple[Flagged, ...] = ()  # only when a ledger keeps them


@attrs.frozen
class _Settings:
    """How rows become comments and verdicts become output; the same in every process."""

    columns: Columns
    output_format: OutputFormat
    keep: tuple[str, ...] = ()
    platform: str | None = None
    keep_flagged: bool = False  # pass flagged rows back, for a retention ledger


class _Judge:
    """Parse, evaluate and format a chunk of rows. Pure: text in, text out; never raises for a
    row, whatever the row holds."""

    def __init__(self, evaluator: Evaluator, settings: _Settings) -> None:
        self.evaluator = evaluator
        self.settings = settings
        self.columns = settings.columns
        self._renamed = tuple(column for _, column in settings.columns.renamed())
        self._format = Formatter(settings.output_format, settings.keep)
        self._format.reference(evaluator.ordinance)
        self._flagged: list[Flagged] = []

    def __call__(self, chunk: _Chunk) -> _Judged:
        lines: list[str] = []
        results = []
        missing = [0] * len(self._renamed)
        for line, payload, error in chunk.rows:
            try:
                result, output = self._judge(line, payload, error, missing)
            except Exception as exc:  # a row must cost one row, never the run
                result, output = (line, "", None, (), _failure("could not be read", exc)), None
            results.append(result)
            if output is not None:
                lines.append(output)
        flagged, self._flagged = tuple(self._flagged), []
        return _Judged("".join(lines), tuple(results), chunk.end, tuple(missing), flagged)

    def _judge(
        self,
        line: int,
        payload: bytes | dict[str, str] | None,
        error: str | None,
        missing: list[int],
    ) -> tuple[_Result, str | None]:
        if payload is None:
            return (line, "", None, (), error or "unreadable"), None
        row: Mapping[str, object] = {}
        try:
            row = _json_object(payload) if isinstance(payload, bytes) else payload
            comment = comment_from_row(row, self.columns, platform=self.settings.platform)
        except DataError as exc:
            reason = "; ".join(exc.problems) or exc.summary
            return (line, _guess_id(row, self.columns), None, (), reason), None
        for i, column in enumerate(self._renamed):
            if lookup(row, column) in (None, ""):
                missing[i] += 1
        if not comment.text.strip():
            return (line, comment.id, None, (), None), None  # nothing to judge: skipped
        try:
            verdict = self.evaluator.evaluate(comment)
            kept = tuple(lookup(row, column) for column in self.settings.keep)
            output = self._format(line, comment.id, verdict, kept)
        except Exception as exc:  # a bug must cost one row, not the run
            return (line, comment.id, None, (), _failure("evaluation failed", exc)), None
        if self.settings.keep_flagged and verdict.decision is not Decision.ALLOW:
            link = row.get("permalink") or row.get("permalink_url")  # the Graph API's name
            self._flagged.append((comment, verdict, link if isinstance(link, str) else ""))
        clauses = tuple(clause.id for clause in verdict.clauses)
        return (line, comment.id, verdict.decision.value, clauses, None), output


def _failure(what: str, error: Exception) -> str:
    detail = str(error)
    if isinstance(error, MemoryError):
        detail = detail or "the comment is too large to evaluate"
    return f"{what}: {type(error).__name__}" + (f": {detail}" if detail else "")


def _json_object(raw: bytes) -> Mapping[str, object]:
    try:
        value = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise DataError(f"not valid UTF-8: {exc}") from None
    except RecursionError:
        raise DataError("not valid JSON: nested too deeply to read") from None
    except ValueError as exc:  # bad JSON, or an integer too long to convert
        raise DataError(f"not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise DataError(f"expected a JSON object, got {_sample(value)}")
    return value


def _sample(value: object) -> str:
    try:
        return json.dumps(value)[:60]
    except (ValueError, RecursionError):
        return type(value).__name__


def _guess_id(row: Mapping[str, object], columns: Columns) -> str:
    value = lookup(row, columns.id)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value if isinstance(value, str) else ""


# The judge of a worker process, built once by its initializer.
_worker_judge: _Judge | None = None

#: How often, in seconds, a worker checks that the process that started it is still alive.
_PARENT_CHECK_INTERVAL = 0.5


def _watch_parent(parent: int) -> None:
    """Exit this worker as soon as the process that started it is gone (even by SIGKILL, which
    gives the pool no chance to stop its workers): it is then re-parented, and its parent id
    changes."""
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_INTERVAL)
    os._exit(1)


def _start_worker(
    parent: int,
    ordinance: Ordinance | History,
    detectors: Mapping[str, DetectorFactory] | None,
    settings: _Settings,
) -> None:
    global _worker_judge
    # Ctrl-C goes to the whole process group; the parent handles it and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(
        target=_watch_parent, args=(parent,), name="msp-parent-watch", daemon=True
    ).start()
    _worker_judge = _Judge(Evaluator(ordinance, detectors=detectors), settings)


#: How worker processes start. Every platform and Python version starts them the same way:
#: "spawn" is the only method Windows and macOS default to, and unlike "fork" it is safe in a
#: process that runs threads (a web server, a notebook, pytest-xdist); Python 3.12 warns of
#: deadlocks when a threaded process forks, and 3.14 no longer forks by default. The ordinance,
#: the detectors and the settings therefore travel to each worker as pickled data.
_START_METHOD = "spawn"


def _check_travels(
    ordinance: Ordinance | History,
    detectors: Mapping[str, DetectorFactory] | None,
    settings: _Settings,
) -> None:
    """Refuse, before any worker starts, what cannot be sent to one, and name it."""
    parts: list[tuple[str, object]] = [("the ordinance", ordinance), ("the settings", settings)]
    parts += [(f"detector {name!r}", factory) for name, factory in (detectors or {}).items()]
    for name, part in parts:
        try:
            pickle.dumps(part)
        except (pickle.PicklingError, TypeError, AttributeError) as error:
            raise ValueError(
                f"jobs > 1: {name} cannot be sent to a worker process ({error}); define it"
                " at the top level of a module (not inside a function, not a lambda), or run"
                " with jobs=1"
            ) from None


def _judge_in_worker(chunk: _Chunk) -> _Judged:
    assert _worker_judge is not None, "the pool initializer did not run"
    return _worker_judge(chunk)


@attrs.frozen
class _RemoteJudge:
    """A judge that travels to another executor's process as data and compiles there once."""

    ordinance: Ordinance | History
    detectors: Mapping[str, DetectorFactory] | None
    settings: _Settings

    def __call__(self, chunk: _Chunk) -> _Judged:
        evaluator = evaluator_for(self.ordinance, self.detectors)
        return _Judge(evaluator, self.settings)(chunk)


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
    ordinance: Ordinance | History,
    detectors: Mapping[str, DetectorFactory] | None,
    settings: _Settings,
    jobs: int,
    executor: Executor | None = None,
) -> Generator[_Judged, None, None]:
    if executor is not None:
        remote = _RemoteJudge(ordinance, detectors, settings)
        yield from ordered(lambda chunk: executor.submit(remote, chunk), chunks, in_flight=3 * jobs)
        return
    if jobs == 1:
        judge = _Judge(Evaluator(ordinance, detectors=detectors), settings)
        yield from map(judge, chunks)
        return
    # Each worker compiles its evaluator once, in the initializer, not per chunk.
    _check_travels(ordinance, detectors, settings)
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=multiprocessing.get_context(_START_METHOD),
        initializer=_start_worker,
        initargs=(os.getpid(), ordinance, detectors, settings),
    )
    try:
        yield from ordered(
            lambda chunk: pool.submit(_judge_in_worker, chunk), chunks, in_flight=3 * jobs
        )
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --- the run ---------------------------------------------------------------------------------


@attrs.frozen
class Summary:
    """The totals of a run: rows read, failed and skipped, counts by decision and by clause,
    time taken.

    ``clauses`` holds ``(clause id, citation, rows)`` in the ordinance's document order; a row
    counts once for each clause its verdict cites. ``rows_skipped`` counts rows with no text to
    judge (photo or sticker replies); they get no verdict. ``missing`` holds ``(field, column,
    rows)`` for each column named other than by default that some rows lack (or leave empty).
    """

    rows_read: int
    rows_failed: int
    decisions: tuple[tuple[Decision, int], ...]
    clauses: tuple[tuple[str, str, int], ...]
    elapsed: float
    rows_skipped: int = 0
    missing: tuple[tuple[str, str, int], ...] = ()

    @property
    def rows_evaluated(self) -> int:
        """Rows that got a verdict."""
        return self.rows_read - self.rows_failed - self.rows_skipped

    def warnings(self) -> tuple[str, ...]:
        """One line per named column that some rows lack."""
        return tuple(
            f"{rows:,} of {self.rows_read:,} rows have no value in column {column!r}"
            f" ({field.replace('_', ' ')})"
            for field, column, rows in self.missing
        )

    def render(self, *, timing: bool = True) -> str:
        """The summary table, as ``msp evaluate`` prints it.

        ``timing=False`` leaves out the elapsed time and rate, for reproducible output.
        """
        head = (
            f"{self.rows_read:,} rows read, {self.rows_evaluated:,} evaluated,"
            f" {self.rows_failed:,} failed"
        )
        if self.rows_skipped:
            head += f", {self.rows_skipped:,} skipped (no text)"
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
    ordinance: Ordinance | History,
    columns: Columns | None = None,
    output_format: OutputFormat = "jsonl",
    jobs: int = 1,
    errors: TextIO | None = None,
    on_error: Callable[[Outcome], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    detectors: Mapping[str, DetectorFactory] | None = None,
    keep: Sequence[str] = (),
    platform: str | None = None,
    chunk_rows: int | None = None,
    chunk_bytes: int = 1024 * 1024,
    clock: Callable[[], float] = time.monotonic,
    executor: Executor | None = None,
    on_flagged: Callable[[tuple[Flagged, ...]], object] | None = None,
) -> Summary:
    """Judge every record, write one verdict per good row to ``output``, in input order.

    ``output_format`` is ``"jsonl"`` (``{line, id, verdict}`` per row), ``"compact"`` (the
    ordinance once, then rows citing clause ids) or ``"csv"`` (see :data:`CSV_FIELDS`, after a
    UTF-8 byte-order mark, formulas escaped). ``keep`` names columns of the input copied to
    each output row; ``platform``, when given, is the platform of every row.

    A failed row is passed to ``on_error`` and, if ``errors`` is given, written there as a JSON
    line ``{"line": ..., "id": ..., "error": ...}``; nothing is written to ``output`` for it.
    A row without text is counted as skipped and gets no verdict either.
    ``on_progress(rows, bytes)`` is called after each chunk. With ``jobs > 1`` the rows are
    judged in that many worker processes, at most ``3 * jobs`` chunks of ``chunk_rows`` rows
    (default 256; 1 with one job, so a live stream is answered row by row) or ``chunk_bytes``
    input bytes at a time; a worker exits by itself if this process dies. ``detectors`` is
    passed to every :class:`~municipal_social_policy.Evaluator` (with several jobs its
    factories must pickle). ``on_flagged`` receives each chunk's rows that were not ``allow``
    (comment, verdict and the row's ``permalink`` or ``permalink_url``) BEFORE their verdicts
    are written, so that a retention ledger holds every verdict the output shows, whenever the
    run stops.
    ``executor`` (a Dask cluster's, say: see :mod:`municipal_social_policy.dask`) judges the
    chunks instead of local processes, ``jobs`` then counting its workers. The ordinance goes
    with each chunk (the Dask executor sends it once); each process compiles it once.

    ``ordinance`` may be a :class:`~municipal_social_policy.History`: each row is then judged by
    the version in force at its ``posted_at`` (the newest for a row without one; ``allow`` with
    a note for a row posted before any version took effect), and the verdict names the version.
    The header of ``"compact"`` output names the newest version; a verdict under another carries
    its own. A ``prior_violations`` column (see :class:`Columns`) gives the author's earlier
    violations, for the ban a policy names.
    """
    if jobs < 1:
        raise ValueError(f"jobs: expected at least 1, got {jobs!r}")
    columns = columns or Columns()
    settings = _Settings(columns, output_format, tuple(keep), platform, on_flagged is not None)
    started = clock()
    history = History.of(ordinance)
    output.write(Formatter(output_format, keep).header(history.latest))
    rows = 0
    failed = 0
    skipped = 0
    decisions: Counter[str] = Counter()
    clause_counts: Counter[str] = Counter()
    renamed = columns.renamed()
    missing = [0] * len(renamed)
    size = chunk_rows or (1 if jobs == 1 and executor is None else 256)
    chunks = _chunks(records, size, chunk_bytes)
    judged = _results(chunks, ordinance, detectors, settings, jobs, executor)
    # Closing stops the worker pool at once if writing fails or the run is interrupted.
    with contextlib.closing(judged):
        for chunk in judged:
            if on_flagged is not None and chunk.flagged:
                on_flagged(chunk.flagged)  # record first, then report
            output.write(chunk.output)
            for i, count in enumerate(chunk.missing):
                missing[i] += count
            for line, identifier, decision, clauses, error in chunk.results:
                rows += 1
                if decision is not None:
                    decisions[decision] += 1
                    clause_counts.update(clauses)
                    continue
                if error is None:
                    skipped += 1
                    continue
                failed += 1
                if on_error is not None:
                    on_error(Outcome(line, identifier, None, (), error))
                if errors is not None:
                    record = {"line": line, "id": identifier, "error": error}
                    errors.write(json.dumps(record, ensure_ascii=False) + "\n")
            if on_progress is not None:
                on_progress(rows, chunk.end)
    cited = _clauses(history)
    order = {clause: i for i, clause in enumerate(cited)}
    return Summary(
        rows_read=rows,
        rows_failed=failed,
        decisions=tuple((decision, decisions[decision.value]) for decision in Decision),
        clauses=tuple(
            (clause, cited[clause].citation if clause in cited else "", clause_counts[clause])
            for clause in sorted(clause_counts, key=lambda c: (order.get(c, len(order)), c))
        ),
        elapsed=clock() - started,
        rows_skipped=skipped,
        missing=tuple(
            (field, column, count)
            for (field, column), count in zip(renamed, missing, strict=True)
            if count
        ),
    )


def _clauses(history: History) -> dict[str, Clause]:
    """Every version's clauses by id, newest first: in the newest's order, then older ones'."""
    found: dict[str, Clause] = {}
    for version in reversed(history.versions):
        for clause in version.clauses:
            found.setdefault(clause.id, clause)
    return found
