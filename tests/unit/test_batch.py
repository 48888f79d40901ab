"""Unit tests for ``municipal_social_policy.batch``: rows to comments, hostile rows,
judging in order with bounded work in flight, one or two processes, summaries and progress."""

from __future__ import annotations

import datetime as dt
import io
import json
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from pathlib import Path

import pytest

import municipal_social_policy as msp
from municipal_social_policy import batch
from municipal_social_policy._progress import Progress, render_progress

EXAMPLES = Path(__file__).parents[2] / "examples" / "kankakee" / "comments.jsonl"


@cache
def kankakee() -> msp.Ordinance:
    """The bundled Kankakee ordinance, loaded once (it is immutable)."""
    return msp.load("kankakee")


def run(
    text: str, format: batch.InputFormat = "jsonl", **options: object
) -> tuple[str, batch.Summary, list[batch.Outcome]]:
    """Evaluate ``text`` under Kankakee; the output, the summary and the failed rows."""
    output = io.StringIO()
    failed: list[batch.Outcome] = []
    summary = batch.evaluate_records(
        batch.read_records(io.BytesIO(text.encode("utf-8")), format),
        output,
        ordinance=kankakee(),
        on_error=failed.append,
        **options,  # type: ignore[arg-type]
    )
    return output.getvalue(), summary, failed


# --- rows to comments ------------------------------------------------------------------------


def test_a_flat_row_maps_every_default_column() -> None:
    """The default column names fill every part of the comment, and other keys are ignored."""
    row = {
        "id": "fb-1",
        "text": "Hello",
        "author": "Maria G.",
        "author_id": "u-9",
        "role": "personnel",
        "platform": "facebook",
        "posted_at": "2024-01-16T08:12:00",
        "thread": "Snow removal update",
        "site": "City of Kankakee",
        "likes": 12,
    }
    assert batch.comment_from_row(row) == msp.Comment(
        text="Hello",
        author=msp.Author(id="u-9", display_name="Maria G.", role=msp.Role.PERSONNEL),
        platform="facebook",
        posted_at=dt.datetime(2024, 1, 16, 8, 12),
        thread=msp.Thread(text="Snow removal update"),
        site="City of Kankakee",
        id="fb-1",
    )


def test_a_nested_comment_row_reads_back_equal() -> None:
    """A row written as ``msp.dumps(comment)`` writes it (nested author and thread) reads back
    to an equal comment."""
    comment = msp.Comment(
        text="Call me at 815-555-0143",
        author=msp.Author(id="u-1", display_name="Lee", role=msp.Role.OFFICIAL_ACCOUNT),
        platform="twitter",
        posted_at=dt.datetime(2024, 5, 10, 9, 30, tzinfo=dt.UTC),
        thread=msp.Thread(topic="Parks", text="New hours"),
        site="x.com/kankakee",
        id="tw-7",
    )
    row = json.loads(msp.dumps(comment))
    assert batch.comment_from_row(row) == comment


def test_custom_column_names_are_followed() -> None:
    """Columns named on the command line are read instead of the defaults."""
    columns = batch.Columns(text="message", author="user", posted_at="created", id="uid")
    row = {"message": "hi", "user": "Al", "created": "2024-02-01", "uid": "7", "text": "ignored"}
    comment = batch.comment_from_row(row, columns)
    assert (comment.text, comment.author.display_name, comment.id) == ("hi", "Al", "7")
    assert comment.posted_at == dt.datetime(2024, 2, 1)


def test_empty_values_are_absent_and_numeric_ids_are_text() -> None:
    """Empty strings and nulls leave the defaults; numeric ids become strings."""
    row = {"text": "", "author": "", "role": None, "posted_at": "", "id": 42, "author_id": 7}
    comment = batch.comment_from_row(row)
    assert comment == msp.Comment(text="", author=msp.Author(id="7"), id="42")


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ({"body": "x"}, "text: required, but missing"),
        ({"text": 42}, "text: expected a string, got 42"),
        ({"text": None}, "text: expected a string, got None"),
        (
            {"text": "x", "posted_at": "yesterday"},
            "posted_at: expected a date and time (ISO 8601), got 'yesterday'",
        ),
        (
            {"text": "x", "role": "admin"},
            "role: expected one of 'public', 'personnel', 'official_account', got 'admin'",
        ),
        (
            {"text": "x", "author": {"role": "admin"}},
            "author.role: expected one of 'public', 'personnel', 'official_account', got 'admin'",
        ),
        ({"text": "x", "platform": ["facebook"]}, "platform: expected a string, got ['facebook']"),
    ],
)
def test_a_bad_row_is_a_data_error_naming_the_column(row: dict[str, object], problem: str) -> None:
    """Each problem of a row is reported with the column it came from and the value found."""
    with pytest.raises(msp.DataError) as error:
        batch.comment_from_row(row)
    assert problem in error.value.problems


def test_errors_use_the_row_s_own_column_names() -> None:
    """With renamed columns, the problems name the columns the user chose."""
    columns = batch.Columns(text="body", posted_at="when", role="kind")
    with pytest.raises(msp.DataError) as error:
        batch.comment_from_row({"body": "x", "when": "soon", "kind": "boss"}, columns)
    assert [problem.split(":")[0] for problem in error.value.problems] == ["kind", "when"]


def test_the_quick_path_agrees_with_the_converter() -> None:
    """Rows of plain strings (built directly) give the same comment the converter gives."""
    rows: list[dict[str, object]] = [
        {"text": "a"},
        {"text": "b", "author": {"display_name": "Al"}, "posted_at": "2024-01-02T03:04:05+01:00"},
        {"text": "c", "author": "Al", "role": "personnel", "thread": {"topic": "t"}},
        {"text": "d", "thread": "the post", "platform": "ring", "site": "s", "id": "9"},
    ]
    for row in rows:
        nested: dict[str, object] = dict(row)
        if isinstance(nested.get("author"), str):
            nested["author"] = {"display_name": nested["author"], "role": nested.pop("role")}
        if isinstance(nested.get("thread"), str):
            nested["thread"] = {"text": nested["thread"]}
        expected = msp.loads(json.dumps(nested), msp.Comment, format="json")
        assert batch.comment_from_row(row) == expected


# --- judging in order ------------------------------------------------------------------------


def test_ordered_keeps_order_when_later_items_finish_first() -> None:
    """Results come out in input order even when later submissions complete earlier."""

    def work(n: int) -> int:
        time.sleep(0.01 * (5 - n % 5))
        return n

    with ThreadPoolExecutor(4) as pool:
        results = batch.ordered(lambda n: pool.submit(work, n), range(12), in_flight=4)
        assert list(results) == list(range(12))


def test_ordered_never_reads_more_than_in_flight_ahead() -> None:
    """The input is pulled lazily: however long it is, no more than ``in_flight`` items are
    taken or submitted ahead of the results handed out."""
    pulled = submitted = 0

    def items() -> Iterator[int]:
        nonlocal pulled
        for n in range(1000):
            pulled += 1
            yield n

    def submit(n: int) -> Future[int]:
        nonlocal submitted
        submitted += 1
        future: Future[int] = Future()
        future.set_result(n)
        return future

    ahead = []
    for done, _ in enumerate(batch.ordered(submit, items(), in_flight=3), start=1):
        ahead.append((pulled - done, submitted - done))
    assert len(ahead) == 1000
    assert max(taken for taken, _ in ahead) == 3
    assert max(pending for _, pending in ahead) <= 3


def test_kankakee_examples_summary_counts() -> None:
    """The example comments: 4 removals, 1 review, 5 allowed; § V.2.10 three times, § V.2.14
    twice; the rendered table lists them with their citations."""
    _, summary, failed = run(EXAMPLES.read_text(encoding="utf-8"))
    assert failed == []
    assert summary.rows_read == 10
    assert dict(summary.decisions) == {
        msp.Decision.ALLOW: 5,
        msp.Decision.REVIEW: 1,
        msp.Decision.REMOVE: 4,
    }
    assert summary.clauses == (
        ("V.2.10", "Kankakee Ord. 2019-70 § V.2.10", 3),
        ("V.2.14", "Kankakee Ord. 2019-70 § V.2.14", 2),
    )
    assert summary.render(timing=False) == (
        "10 rows read, 10 evaluated, 0 failed\n"
        "\n"
        "decision  rows\n"
        "allow        5\n"
        "review       1\n"
        "remove       4\n"
        "\n"
        "clause  rows  citation\n"
        "V.2.10     3  Kankakee Ord. 2019-70 § V.2.10\n"
        "V.2.14     2  Kankakee Ord. 2019-70 § V.2.14\n"
    )


def test_jsonl_output_is_one_verdict_per_row_in_input_order() -> None:
    """Each output line holds the row's line, id and full verdict, which loads back."""
    output, _, _ = run(EXAMPLES.read_text(encoding="utf-8"))
    lines = [json.loads(line) for line in output.splitlines()]
    ids = [json.loads(line)["id"] for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ids
    assert [line["line"] for line in lines] == list(range(1, 11))
    verdict = msp.loads(json.dumps(lines[2]["verdict"]), msp.Verdict, format="json")
    assert verdict == msp.evaluate(
        kankakee(),
        batch.comment_from_row(json.loads(EXAMPLES.read_text(encoding="utf-8").splitlines()[2])),
    )


def test_csv_output_lists_decision_clauses_evidence_and_retention() -> None:
    """CSV output has the documented columns; a flagged row shows its evidence and date."""
    text = "id,text,posted_at\na,hello,\nb,My SSN is 356-21-4476,2024-01-17T13:05\n"
    output, _, _ = run(text, "csv", output_format="csv")
    rows = output.splitlines()
    assert rows[0] == "\ufeff" + ",".join(batch.CSV_FIELDS)
    assert rows[1] == "a,2,allow,,,,,,"
    assert rows[2].startswith(
        "b,3,remove,personal_information,V.2.10,ssn “356-21-4476” at 10-21,2027-12-31,"
        "notify_communications_office VI.1;retain_record VI.2;notify_commenter VI.2;"
        'refer_to_platform VI.6,"Your comment on the City of Kankakee social media page'
    )


def test_malformed_rows_are_counted_reported_and_skipped() -> None:
    """Bad JSON, a missing text, a wrong type and a bad date each fail their own row only."""
    text = (
        '{"id": "1", "text": "fine"}\n'
        "{not json\n"
        '{"id": "3", "body": "no text"}\n'
        '{"id": "4", "text": 4}\n'
        '{"id": "5", "text": "x", "posted_at": "31/12/2024"}\n'
        '{"id": "6", "text": "also fine"}\n'
    )
    errors = io.StringIO()
    output, summary, failed = run(text, errors=errors)
    assert [json.loads(line)["id"] for line in output.splitlines()] == ["1", "6"]
    assert (summary.rows_read, summary.rows_failed, summary.rows_evaluated) == (6, 4, 2)
    assert [(outcome.line, outcome.id) for outcome in failed] == [
        (2, ""),
        (3, "3"),
        (4, "4"),
        (5, "5"),
    ]
    assert failed[0].error is not None
    assert failed[0].error.startswith("not valid JSON")
    assert [json.loads(line) for line in errors.getvalue().splitlines()][1] == {
        "line": 3,
        "id": "3",
        "error": "text: required, but missing",
    }


def test_a_failing_detector_costs_one_row() -> None:
    """An exception inside evaluation fails that row, with the reason, and the run goes on."""

    def factory(config: msp.DetectorConfig) -> msp.Detector:
        def detect(text: msp.NormalizedText, comment: msp.Comment) -> list[msp.Signal]:
            if "boom" in text.normalized:
                raise RuntimeError("detector bug")
            return []

        return detect

    output, summary, failed = run(
        '{"text": "boom"}\n{"text": "calm"}\n', detectors={"profanity": factory}
    )
    assert summary.rows_failed == 1
    assert failed[0].error == "evaluation failed: RuntimeError: detector bug"
    assert len(output.splitlines()) == 1


def test_two_jobs_give_exactly_the_output_of_one() -> None:
    """With two worker processes and small chunks, output and summary equal the one-job run."""
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines() * 3 + ["oops"]
    text = "\n".join(lines) + "\n"
    one, summary_one, failed_one = run(text, jobs=1)
    two, summary_two, failed_two = run(text, jobs=2, chunk_rows=4)
    assert two == one
    assert attrs_without_time(summary_two) == attrs_without_time(summary_one)
    assert failed_two == failed_one


def attrs_without_time(summary: batch.Summary) -> tuple[object, ...]:
    """A summary's counts, without its elapsed time."""
    return summary.rows_read, summary.rows_failed, summary.decisions, summary.clauses


def test_jobs_below_one_is_an_error() -> None:
    """``jobs=0`` is refused with the value received."""
    with pytest.raises(ValueError, match="jobs: expected at least 1, got 0"):
        run('{"text": "x"}\n', jobs=0)


# What a worker process sees of this module's memory: the test changes it in this process only.
_PARENT_ONLY = {"changed": False}


def _fresh_factory(config: msp.DetectorConfig) -> msp.Detector:
    """A top-level detector factory (so it can be sent to a worker) that fails its row when the
    worker shares the memory of the process that started it, as a forked worker would."""

    def detect(text: msp.NormalizedText, comment: msp.Comment) -> list[msp.Signal]:
        if _PARENT_ONLY["changed"]:
            raise RuntimeError("the worker inherited the parent's memory")
        return []

    return detect


def test_workers_start_fresh_not_forked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers start as new processes, never forks of a parent that may be running threads (a
    web server, a notebook): they do not see what the parent changed in memory, and a
    top-level detector reaches them as data."""
    monkeypatch.setitem(_PARENT_ONLY, "changed", True)
    detectors = {"profanity": _fresh_factory}
    _, summary, failed = run('{"text": "a"}\n{"text": "b"}\n', jobs=2, detectors=detectors)
    assert (failed, summary.rows_evaluated) == ([], 2)
    _, _, failed_here = run('{"text": "a"}\n', jobs=1, detectors=detectors)
    assert failed_here[0].error == (
        "evaluation failed: RuntimeError: the worker inherited the parent's memory"
    )


def test_a_detector_that_cannot_reach_a_worker_is_named_before_any_row() -> None:
    """With ``jobs`` above 1, a detector defined inside a function cannot be sent to a worker
    process: the run is refused up front, naming the detector and the fix."""

    def local_factory(config: msp.DetectorConfig) -> msp.Detector:
        return _fresh_factory(config)

    with pytest.raises(ValueError, match=r"detector 'profanity' cannot be sent to a") as info:
        run('{"text": "x"}\n', jobs=2, detectors={"profanity": local_factory})
    assert "define it at the top level of a module" in str(info.value)
    assert "or run with jobs=1" in str(info.value)


# --- progress --------------------------------------------------------------------------------


def test_render_progress_with_a_known_size_draws_a_bar() -> None:
    """With the input size known: a bar, the percentage, bytes, rows, rate and time left."""
    line = render_progress(5000, 250_000_000, 1_000_000_000, 10.0, width=100)
    assert line.startswith("[")
    assert " 25%  250.0 MB/1.0 GB  5,000 rows  500 rows/s  ETA 0m30s" in line
    assert len(line) == 99


def test_render_progress_without_a_size_counts_rows() -> None:
    """Reading a pipe, there is no bar: rows, rate and bytes read."""
    assert render_progress(1234, 2048, None, 2.0) == "1,234 rows  617 rows/s  2.0 KB"


def test_progress_redraws_at_most_every_interval_and_clears() -> None:
    """Updates closer together than the interval are skipped; ``clear`` erases the line."""
    now = [0.0]
    stream = io.StringIO()
    progress = Progress(stream, None, interval=1.0, clock=lambda: now[0])
    now[0] = 1.0
    progress.update(10, 100)
    now[0] = 1.5
    progress.update(20, 200)
    assert stream.getvalue().count("\r") == 1
    progress.close()
    assert stream.getvalue().endswith("\r\x1b[K")


# --- hostile rows, and what each row carries --------------------------------------------------

HOSTILE = (
    '{"id": "1", "text": "fine"}\n'
    '{"id": "2", "text": "x", "n": ' + "7" * 5000 + "}\n"
    '{"id": "3", "text": "fine"}\n'
    '{"id": "4", "text": "x", "n": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
    '{"id": "5", "text": "fine"}\n'
    '{"id": "6", "text": "fine"}\n'
    '{"id": "7", "text": "fine"}\n'
    '{"id": "8", "text": "fine"}\n'
)


@pytest.mark.parametrize("jobs", [1, 2])
def test_huge_integers_and_deep_nesting_cost_their_own_row(jobs: int) -> None:
    """A 5,000-digit integer and 100,000 levels of nesting are malformed rows, reported with
    their line and counted; every good row is still written, in one process or two."""
    output, summary, failed = run(HOSTILE, jobs=jobs, chunk_rows=2)
    assert [json.loads(line)["id"] for line in output.splitlines()] == [
        "1",
        "3",
        "5",
        "6",
        "7",
        "8",
    ]
    assert (summary.rows_read, summary.rows_failed) == (8, 2)
    assert [outcome.line for outcome in failed] == [2, 4]
    assert all(o.error and o.error.startswith("not valid JSON") for o in failed)
    assert failed[1].error == "not valid JSON: nested too deeply to read"


def test_a_detector_out_of_memory_sends_its_row_to_review_saying_why() -> None:
    """A detector that runs out of memory does not fail the row or the run: the evaluator
    catches it, and the row's verdict goes to review with an error a person can read."""

    def factory(config: msp.DetectorConfig) -> msp.Detector:
        def detect(text: msp.NormalizedText, comment: msp.Comment) -> list[msp.Signal]:
            if "huge" in text.normalized:
                raise MemoryError
            return []

        return detect

    output, summary, failed = run(
        '{"text": "huge"}\n{"text": "small"}\n', detectors={"profanity": factory}
    )
    assert (failed, summary.rows_failed) == ([], 0)
    huge, small = (json.loads(line) for line in output.splitlines())
    assert huge["verdict"]["decision"] == "review"
    assert "did not finish; a person should read this comment" in huge["verdict"]["errors"][0]
    assert small["verdict"]["decision"] == "allow"


def test_dotted_columns_reach_into_nested_json() -> None:
    """``from.name`` reads the author's name from a Graph API row; a key that is itself dotted
    wins over the path."""
    columns = batch.Columns(text="message", author="from.name", author_id="from.id")
    row = {"message": "hi", "from": {"name": "Ada", "id": 42}}
    comment = batch.comment_from_row(row, columns)
    assert (comment.author.display_name, comment.author.id) == ("Ada", "42")
    assert batch.lookup({"from.name": "flat", "from": {"name": "deep"}}, "from.name") == "flat"
    assert batch.lookup({"from": "text"}, "from.name") is None


def test_a_fixed_platform_applies_to_every_row() -> None:
    """``platform=`` overrides whatever a row's platform column says."""
    comment = batch.comment_from_row({"text": "x", "platform": "ring"}, platform="twitter")
    assert comment.platform == "twitter"
    output, _, _ = run('{"text": "My SSN is 356-21-4476"}\n', platform="instagram")
    actions = json.loads(output)["verdict"]["actions"]
    referral = next(a for a in actions if a["type"] == "ReferToPlatform")
    assert (referral["platform"], referral["clause"]["id"]) == ("instagram", "VI.5.2")


def test_rows_without_text_are_skipped_not_allowed() -> None:
    """Photo and sticker replies (empty or blank text) get no verdict and are counted as
    skipped, apart from the rows evaluated."""
    text = '{"id": "a", "text": ""}\n{"id": "b", "text": "  "}\n{"id": "c", "text": "hello"}\n'
    output, summary, failed = run(text)
    assert [json.loads(line)["id"] for line in output.splitlines()] == ["c"]
    assert (summary.rows_read, summary.rows_skipped, summary.rows_evaluated) == (3, 2, 1)
    assert failed == []
    assert dict(summary.decisions)[msp.Decision.ALLOW] == 1
    assert summary.render(timing=False).startswith(
        "3 rows read, 1 evaluated, 0 failed, 2 skipped (no text)\n"
    )


def test_rows_lacking_a_named_column_are_counted() -> None:
    """A renamed column that rows lack (or leave empty) is counted per column, for a warning."""
    columns = batch.Columns(posted_at="created_at", id="cid")
    text = '{"text": "a", "cid": "1"}\n{"text": "b", "created_at": "", "cid": "2"}\n{"text": "c"}\n'
    _, summary, _ = run(text, columns=columns)
    assert summary.missing == (("id", "cid", 1), ("posted_at", "created_at", 3))
    assert summary.warnings() == (
        "1 of 3 rows have no value in column 'cid' (id)",
        "3 of 3 rows have no value in column 'created_at' (posted at)",
    )


def test_kept_columns_travel_with_each_jsonl_row() -> None:
    """``keep`` copies the named input columns, dotted paths too, into each output row."""
    output, _, _ = run(
        '{"text": "hi", "url": "u", "from": {"name": "Al"}}\n', keep=("url", "from.name")
    )
    assert json.loads(output)["kept"] == {"url": "u", "from.name": "Al"}


# --- another executor ------------------------------------------------------------------------


def test_an_executor_of_processes_gives_exactly_the_output_of_one_job() -> None:
    """Chunks judged on a given executor (as ``msp evaluate --scheduler`` does on a Dask
    cluster) give the one-job output; the ordinance travels with each chunk by pickling."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    lines = EXAMPLES.read_text(encoding="utf-8").splitlines() * 3 + ["oops"]
    text = "\n".join(lines) + "\n"
    one, summary_one, failed_one = run(text, jobs=1)
    # Spawned, as the library's own pools are: forking a threaded process may deadlock.
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as executor:
        other, summary_other, failed_other = run(text, executor=executor, jobs=2, chunk_rows=4)
    assert other == one
    assert attrs_without_time(summary_other) == attrs_without_time(summary_one)
    assert failed_other == failed_one
