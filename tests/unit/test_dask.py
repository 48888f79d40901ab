"""Unit tests for ``municipal_social_policy.dask`` on a real two-process ``LocalCluster``:
verdicts equal to the in-process evaluator's and to ``msp evaluate``'s, row for row; malformed
rows kept as error rows; index, order and partitions kept; one compiled evaluator per worker
process; Bags; and ``msp evaluate --scheduler``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster

import municipal_social_policy as msp
from municipal_social_policy import _compiled, batch
from municipal_social_policy.cli import main
from municipal_social_policy.dask import (
    OUTPUT_COLUMNS,
    Result,
    evaluate_bag,
    evaluate_dataframe,
)
from municipal_social_policy.serialization import unstructure

# Under pytest-xdist (the README's test command), these tests share one worker and so one
# cluster: the session's cluster of two processes is started once, not once per worker.
pytestmark = pytest.mark.xdist_group("dask")

EXAMPLES = Path(__file__).parents[2] / "examples" / "kankakee" / "comments.jsonl"

# Rows in the flat-column form ``msp evaluate`` reads, with context that changes verdicts
# (platform referrals, retention dates from posted_at, roles, threads), and rows it rejects.
Row = dict[str, object]

_GOOD: list[Row] = [
    {"id": "g1", "text": "Thanks to the crew who fixed the streetlight on Court Street"},
    {
        "id": "g2",
        "text": "My SSN is 356-21-4476",
        "platform": "twitter",
        "posted_at": "2024-03-01T10:00:00",
    },
    {
        "id": "g3",
        "text": "This budget is garbage and the mayor should resign",
        "platform": "facebook",
        "author": "Pat",
    },
    {
        "id": "g4",
        "text": "'; DROP TABLE users; --",
        "platform": "instagram",
        "posted_at": "2023-12-31T23:59:00",
        "author_id": "u-7",
        "role": "public",
    },
    {
        "id": "g5",
        "text": "What the fuck is going on with the water rates?",
        "platform": "ring",
        "thread": "Water rates for 2025",
    },
    {
        "id": "g6",
        "text": "Call me at 815-555-0143 about the pothole",
        "platform": "linkedin",
        "role": "personnel",
    },
]
_BAD: list[Row] = [
    {"id": "b1", "text": "Call me", "posted_at": "next Tuesday"},
    {"id": "b2", "text": None},
    {"id": "b3", "text": "Hi", "role": "mayor"},
]


def _example_rows() -> list[Row]:
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    return [dict(json.loads(line)) for line in lines if line.strip()]


def _rows() -> list[Row]:
    """Good and malformed rows interleaved, so that every partition holds both."""
    good = _example_rows() + _GOOD
    rows: list[Row] = []
    for i, row in enumerate(good):
        rows.append(row)
        if i % 5 == 4:
            rows.append(_BAD[(i // 5) % len(_BAD)])
    return rows


def _frame(rows: list[Row]) -> pd.DataFrame:
    """``rows`` as pandas holds them, under a shuffled index that is not the row number."""
    frame = pd.DataFrame.from_records(rows)
    frame.index = pd.Index([f"row-{(i * 7) % len(rows):03d}" for i in range(len(rows))])
    return frame


@pytest.fixture(scope="session")
def client() -> Iterator[Client]:
    """A real cluster of two worker processes with one thread each, shared by the session."""
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    client = Client(cluster, set_as_default=False)  # type: ignore[no-untyped-call]
    yield client
    client.close()  # type: ignore[no-untyped-call]
    cluster.close()


# Typed doors into dask and distributed, which are only partly annotated.


def _partitioned(frame: pd.DataFrame, *, npartitions: int, sort: bool = False) -> dd.DataFrame:
    result: dd.DataFrame = dd.from_pandas(  # type: ignore[no-untyped-call]
        frame, npartitions=npartitions, sort=sort
    )
    return result


def _bag(items: list[object], *, npartitions: int) -> db.Bag:
    bag: db.Bag = db.from_sequence(items, npartitions=npartitions)  # type: ignore[no-untyped-call]
    return bag


def _compute(client: Client, collection: object) -> Any:
    return client.compute(collection).result()  # type: ignore[no-untyped-call]


def _workers(client: Client, digest: str) -> dict[str, tuple[int, int]]:
    """Per worker: evaluators compiled for ``digest``, and evaluators handed out for it."""
    counts: dict[str, list[int]] = client.run(_compiled.counts, digest)
    return {worker: (compiled, used) for worker, (compiled, used) in counts.items()}


def _strings(column: pd.Series) -> list[str | None]:
    """A column's cells, missing ones as ``None``."""
    return [value if isinstance(value, str) else None for value in column.tolist()]


def _in_process(rows: list[Row]) -> list[tuple[str, object, str | None]]:
    """(id, verdict as plain data, error) for each row, judged in this process."""
    evaluator = msp.Evaluator(msp.load("kankakee"))
    expected: list[tuple[str, object, str | None]] = []
    for row in rows:
        try:
            comment = batch.comment_from_row(row)
        except msp.DataError as exc:
            expected.append((str(row.get("id", "")), None, "; ".join(exc.problems)))
            continue
        verdict = unstructure(evaluator.evaluate(comment))
        expected.append((comment.id, verdict, None))
    return expected


# --- DataFrames ------------------------------------------------------------------------------


def test_verdicts_equal_the_in_process_evaluator_row_for_row(client: Client) -> None:
    """On two worker processes, every row's verdict is the one this process's evaluator gives,
    and every malformed row carries the reason the row reader gives."""
    rows = _rows()
    frame = _partitioned(_frame(rows), npartitions=4, sort=False)
    result = _compute(client, evaluate_dataframe(frame, "kankakee"))
    verdicts = [None if text is None else json.loads(text) for text in _strings(result.verdict)]
    got = list(zip(_strings(result.id), verdicts, _strings(result.error), strict=True))
    assert got == _in_process(rows)
    assert result["error"].notna().sum() == sum(row in _BAD for row in rows) > 0


def test_results_are_identical_to_msp_evaluate(client: Client, tmp_path: Path) -> None:
    """The DataFrame holds exactly what ``msp evaluate`` writes for the same rows: the CSV
    cells, the JSONL verdicts and the error reasons."""
    rows = _rows()
    source = tmp_path / "comments.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    table, lines, errors = (tmp_path / name for name in ("v.csv", "v.jsonl", "e.jsonl"))
    assert main(["evaluate", str(source), "-o", str(table), "-q"]) == 3
    assert main(["evaluate", str(source), "-o", str(lines), "--errors", str(errors), "-q"]) == 3
    frame = _partitioned(_frame(rows), npartitions=3, sort=False)
    result = _compute(client, evaluate_dataframe(frame, "kankakee")).reset_index(drop=True)
    judged = result[result["error"].isna()]
    expected_csv = pd.read_csv(table, dtype=str, keep_default_na=False)
    for column in ("id", "decision", "categories", "clauses", "evidence", "retain_until"):
        assert judged[column].tolist() == expected_csv[column].tolist(), column
    expected_verdicts = [json.loads(line)["verdict"] for line in lines.read_text().splitlines()]
    assert [json.loads(text) for text in judged["verdict"]] == expected_verdicts
    failed = result[result["error"].notna()]
    reported = [json.loads(line) for line in errors.read_text().splitlines()]
    assert failed[["id", "error"]].values.tolist() == [[r["id"], r["error"]] for r in reported]


def test_a_malformed_row_costs_only_itself(client: Client) -> None:
    """A partition with malformed rows keeps its other rows: each bad row becomes an error row
    (its id kept, no decision) and the good rows around it are judged."""
    rows = [_GOOD[1], _BAD[0], _GOOD[0], _BAD[1], _BAD[2], _GOOD[3]]
    frame = _partitioned(_frame(rows), npartitions=1, sort=False)
    result = _compute(client, evaluate_dataframe(frame, "kankakee"))
    assert result["id"].tolist() == ["g2", "b1", "g1", "b2", "b3", "g4"]
    assert result["decision"].tolist() == ["remove", pd.NA, "allow", pd.NA, pd.NA, "remove"]
    assert result["error"].tolist() == [
        pd.NA,
        "posted_at: expected a date and time (ISO 8601), got 'next Tuesday'",
        pd.NA,
        "text: expected a string, got None",
        "role: expected one of 'public', 'personnel', 'official_account', got 'mayor'",
        pd.NA,
    ]
    assert result.loc[result["error"].notna(), "verdict"].isna().all()


def test_index_order_and_partitions_are_kept(client: Client) -> None:
    """The result has the input's index, in the input's order (not sorted), with the same
    partitions and divisions, and the columns documented in ``OUTPUT_COLUMNS``."""
    rows = _rows()
    pandas_frame = _frame(rows)
    frame = _partitioned(pandas_frame, npartitions=5, sort=False)
    judged = evaluate_dataframe(frame, "kankakee")
    assert judged.npartitions == frame.npartitions
    assert judged.divisions == frame.divisions
    result = _compute(client, judged)
    assert result.index.tolist() == pandas_frame.index.tolist()
    assert result.index.tolist() != sorted(result.index)
    assert tuple(result.columns) == OUTPUT_COLUMNS
    assert result["id"].tolist() == [str(row.get("id", "")) for row in rows]


def test_one_evaluator_per_worker_process_reused_across_partitions(
    client: Client, kankakee: msp.Ordinance
) -> None:
    """Each worker process compiles the ordinance once and reuses that evaluator for every
    partition it judges: eight partitions on two workers, at most one compilation each."""
    # A copy under another title has its own digest, so earlier tests' evaluators do not count.
    ordinance = attrs.evolve(kankakee, title=kankakee.title + " (compile-once test)")
    rows = _rows() * 2
    frame = _partitioned(_frame(rows), npartitions=8, sort=False)
    result = _compute(client, evaluate_dataframe(frame, ordinance))
    assert len(result) == len(rows)
    counts = _workers(client, ordinance.digest)
    assert len(counts) == 2
    assert sum(used for _, used in counts.values()) == 8  # one hand-out per partition
    assert all(compiled == (1 if used else 0) for compiled, used in counts.values())
    assert max(used for _, used in counts.values()) >= 2  # reused, not recompiled


def test_column_options_are_those_of_msp_evaluate(client: Client) -> None:
    """Renamed columns, pandas timestamps, integer ids and missing values are read as
    ``msp evaluate --text-column body --posted-at-column created_time ...`` reads them."""
    frame = pd.DataFrame(
        {
            "body": ["My SSN is 356-21-4476", "Nice park"],
            "created_time": pd.to_datetime(pd.Series(["2024-03-01 10:00", None])),
            "comment_id": pd.array([101, 102], dtype="Int64"),
            "network": ["twitter", None],
            "unused": [1.5, 2.5],
        }
    )
    judged = evaluate_dataframe(
        _partitioned(frame, npartitions=2),
        "kankakee",
        text="body",
        posted_at="created_time",
        id="comment_id",
        platform="network",
    )
    result = _compute(client, judged)
    assert result["id"].tolist() == ["101", "102"]
    assert result["retain_until"].tolist() == ["2027-12-31", ""]
    first = json.loads(result["verdict"].iloc[0])
    assert [action["type"] for action in first["actions"]].count("ReferToPlatform") == 1


def test_a_named_column_that_is_missing_is_an_error() -> None:
    """Naming a column the DataFrame lacks fails at once, naming the option, the column and
    the columns there are; a missing default column (other than the text) is fine."""
    frame = _partitioned(pd.DataFrame({"body": ["hi"], "when": ["2024-01-01"]}), npartitions=1)
    with pytest.raises(msp.DataError) as caught:
        evaluate_dataframe(frame, "kankakee", text="body", posted_at="created_time")
    assert caught.value.problems == (
        "posted_at: no column 'created_time'",
        "its columns are: body, when",
    )
    with pytest.raises(msp.DataError, match="text: no column 'text'"):
        evaluate_dataframe(frame, "kankakee")
    assert list(evaluate_dataframe(frame, "kankakee", text="body").columns) == list(OUTPUT_COLUMNS)


def test_a_bad_ordinance_fails_before_any_partition_is_read() -> None:
    """An unknown ordinance name raises when the graph is built, not on the workers."""
    frame = _partitioned(pd.DataFrame({"text": ["hi"]}), npartitions=1)
    with pytest.raises(msp.OrdinanceNotFoundError):
        evaluate_dataframe(frame, "atlantis")


# --- Bags ------------------------------------------------------------------------------------


def test_a_bag_of_texts_comments_and_rows(client: Client) -> None:
    """Texts, ``Comment``s and rows are judged in order as in this process; anything else and
    a malformed row become results with an error."""
    ordinance = msp.load("kankakee")
    comment = msp.Comment(text="My SSN is 356-21-4476", platform="twitter", id="c-1")
    text = "Thanks for the new benches"
    items: list[object] = [text, comment, _GOOD[3], _BAD[0], 42]
    bag = _bag(items, npartitions=2)
    results: list[Result] = _compute(client, evaluate_bag(bag, "kankakee"))
    evaluator = msp.Evaluator(ordinance)
    assert results[:3] == [
        Result("", evaluator.evaluate(text), None),
        Result("c-1", evaluator.evaluate(comment), None),
        Result("g4", evaluator.evaluate(batch.comment_from_row(_GOOD[3])), None),
    ]
    assert results[3:] == [
        Result("b1", None, "posted_at: expected a date and time (ISO 8601), got 'next Tuesday'"),
        Result("", None, "expected a str, a Comment or a mapping of columns, got int"),
    ]


def test_a_bag_reads_rows_with_the_columns_given() -> None:
    """``columns`` names the keys of mapping elements, as ``--text-column`` does."""
    bag = _bag([{"body": "Nice park", "ref": 7}], npartitions=1)
    judged = evaluate_bag(bag, "kankakee", columns=batch.Columns(text="body", id="ref"))
    (result,) = judged.compute(scheduler="sync")  # type: ignore[no-untyped-call]
    assert (result.id, result.verdict.decision if result.verdict else None) == (
        "7",
        msp.Decision.ALLOW,
    )


# --- msp evaluate --scheduler ----------------------------------------------------------------


@pytest.mark.parametrize("output", ["verdicts.jsonl", "verdicts.csv"])
def test_msp_evaluate_on_the_cluster_writes_the_same_bytes(
    client: Client, tmp_path: Path, output: str
) -> None:
    """``--scheduler`` judges on the cluster and writes byte for byte what a local run writes,
    malformed rows and exit status included."""
    source = tmp_path / "comments.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in _rows() * 3), encoding="utf-8")
    local, remote = tmp_path / f"local-{output}", tmp_path / f"remote-{output}"
    errors_local, errors_remote = tmp_path / "errors-local", tmp_path / "errors-remote"
    assert (
        main(["evaluate", str(source), "-o", str(local), "--errors", str(errors_local), "-q"]) == 3
    )
    address = str(client.scheduler.address)  # type: ignore[union-attr]
    arguments = ["evaluate", str(source), "-o", str(remote), "--errors", str(errors_remote)]
    assert main([*arguments, "-q", "--scheduler", address]) == 3
    assert remote.read_bytes() == local.read_bytes()
    assert errors_remote.read_bytes() == errors_local.read_bytes()


def test_msp_evaluate_with_an_unreachable_scheduler_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A scheduler that cannot be reached is exit status 2 with the address, and the output
    file is never created."""
    source = tmp_path / "comments.jsonl"
    source.write_text('{"text": "hi"}\n', encoding="utf-8")
    output = tmp_path / "verdicts.jsonl"
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        status = main(
            ["evaluate", str(source), "-o", str(output), "--scheduler", "tcp://127.0.0.1:9"]
        )
    assert status == 2
    assert "--scheduler: cannot reach 'tcp://127.0.0.1:9'" in capsys.readouterr().err
    assert not output.exists()


def test_a_pandas_frame_or_a_list_is_a_type_error() -> None:
    """Passing the pandas DataFrame or the list itself, not a Dask collection, says how to make
    one instead of failing inside Dask."""
    with pytest.raises(TypeError, match=r"got a pandas\..*DataFrame; make one with dask"):
        evaluate_dataframe(pd.DataFrame({"text": ["hi"]}), "kankakee")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"got a builtins\.list; make one with dask\.bag"):
        evaluate_bag(["hi"], "kankakee")  # type: ignore[arg-type]


def test_a_cluster_that_goes_away_is_a_cluster_error() -> None:
    """Work the cluster cannot finish (here its scheduler closes under a running task) raises
    ``ClusterError``, a ``RuntimeError`` naming the address and what to check, instead of
    Dask's own exception."""
    import threading
    import time

    from municipal_social_policy.dask import cluster_executor

    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
    )
    address = str(cluster.scheduler_address)
    closing = threading.Timer(0.5, cluster.close)

    def run() -> None:
        with cluster_executor(address) as (executor, _):
            running = executor.submit(time.sleep, 30)
            closing.start()
            running.result()

    with pytest.raises(msp.ClusterError) as caught:
        run()
    closing.join()  # the cluster is closed before the test ends, not at interpreter exit
    assert str(caught.value) == (
        f"the Dask cluster at {address!r} could not finish the work (CancelledError: its tasks"
        " were cancelled); check that its scheduler and workers are running, with"
        " municipal_social_policy installed"
    )
    assert isinstance(caught.value, RuntimeError)


def test_a_value_the_row_reader_cannot_handle_costs_one_row() -> None:
    """A value no export holds (an array as the thread) fails its row with the reason, and the
    other rows of the partition are still judged."""
    import numpy as np

    rows: list[object] = [{"text": "hi", "thread": np.array([1, 2])}, "My SSN is 356-21-4476"]
    judged = evaluate_bag(_bag(rows, npartitions=1), "kankakee")
    first, second = judged.compute(scheduler="sync")  # type: ignore[no-untyped-call]
    assert first.verdict is None
    assert first.error.startswith("cannot be read: ValueError: The truth value of an array")
    assert second.verdict.decision == msp.Decision.REMOVE


def test_a_history_judges_each_row_by_the_version_in_force(
    client: Client, amended_kankakee: tuple[msp.Ordinance, msp.Ordinance]
) -> None:
    """Under a history, each row is judged on the workers by the version in force when it was
    posted, as ``batch`` judges it in this process."""
    history = msp.History(versions=amended_kankakee)
    rows: list[Row] = [
        {"id": "old", "text": "My SSN is 356-21-4476", "posted_at": "2025-01-31T12:00:00"},
        {"id": "new", "text": "My SSN is 356-21-4476", "posted_at": "2025-02-01T12:00:00"},
    ]
    result = _compute(
        client, evaluate_dataframe(_partitioned(_frame(rows), npartitions=2), history)
    )
    got = {
        row_id: (decision, json.loads(verdict or "null")["ordinance"]["number"])
        for row_id, decision, verdict in zip(
            _strings(result.id), _strings(result.decision), _strings(result.verdict), strict=True
        )
    }
    assert got == {"old": ("remove", "2019-70"), "new": ("review", "2025-01")}
