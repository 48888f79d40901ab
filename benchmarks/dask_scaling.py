"""Rows per second of ``municipal_social_policy.dask.evaluate_dataframe`` with one and two local
worker processes, side by side, on the same generated comments.

Generates a seeded JSONL file of city-page comments (the generator of ``batch_memory.py``), reads
it into one pandas DataFrame, and judges it:

- in this process, with Dask's synchronous scheduler: the same work without a cluster (the
  baseline);
- on a ``distributed.LocalCluster`` of 1 worker process, then of 2, one thread each.

On each cluster the input is first persisted on the workers and every worker compiles its
evaluator (``client.run``), so the timed run measures judging, not start-up: compilation time is
printed apart. Each timing is the best of ``--repeat`` runs. The script checks that every run
gave the same verdicts and says so. Two workers can only beat one where two cores are free:
the load average is printed before and after, so that a noisy run can be recognised::

    python benchmarks/dask_scaling.py                 # about 4 MB, ~20,000 comments
    python benchmarks/dask_scaling.py --megabytes 20 --partitions 16 --repeat 3

Needs the ``[dask]`` extra. Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

import municipal_social_policy as msp
from municipal_social_policy import _compiled
from municipal_social_policy.dask import evaluate_dataframe

sys.path.insert(0, str(Path(__file__).parent))
from batch_memory import generate


def _frame(megabytes: float, seed: int) -> pd.DataFrame:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "comments.jsonl"
        generate(path, megabytes, seed=seed)
        with path.open(encoding="utf-8") as lines:
            return pd.DataFrame.from_records([json.loads(line) for line in lines])


def _best(repeat: int, run: Callable[[int], pd.DataFrame]) -> tuple[float, pd.DataFrame]:
    best, result = float("inf"), pd.DataFrame()
    for attempt in range(repeat):
        started = time.perf_counter()
        result = run(attempt)
        best = min(best, time.perf_counter() - started)
    return best, result


def _judged(source: Any, ordinance: msp.Ordinance, attempt: int) -> Any:
    # Another name for the text column on each attempt gives the graph other keys, so that the
    # cluster cannot answer a repeat from the results it still holds.
    column = f"text_{attempt}"
    return evaluate_dataframe(source.rename(columns={"text": column}), ordinance, text=column)


def _in_process(
    frame: pd.DataFrame, ordinance: msp.Ordinance, partitions: int, repeat: int
) -> float:
    """Best seconds for the same work in this process: Dask's synchronous scheduler."""
    source: Any = dd.from_pandas(frame, npartitions=partitions)  # type: ignore[no-untyped-call]

    def run(attempt: int) -> pd.DataFrame:
        judged = _judged(source, ordinance, attempt)
        result: pd.DataFrame = judged.compute(scheduler="sync")
        return result

    seconds, _ = _best(repeat, run)
    return seconds


def _on_cluster(
    frame: pd.DataFrame, ordinance: msp.Ordinance, workers: int, partitions: int, repeat: int
) -> tuple[float, float, pd.DataFrame]:
    """(seconds to compile on every worker, best seconds to judge, the result)."""
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    client = Client(cluster, set_as_default=False)  # type: ignore[no-untyped-call]
    try:
        source: Any = dd.from_pandas(frame, npartitions=partitions)  # type: ignore[no-untyped-call]
        source = client.persist(source)  # type: ignore[no-untyped-call]
        client.wait_for_workers(workers)
        started = time.perf_counter()
        client.run(_compiled.prepare, ordinance)
        compiled = time.perf_counter() - started

        def run(attempt: int) -> pd.DataFrame:
            judged = _judged(source, ordinance, attempt)
            result: pd.DataFrame = client.compute(judged).result()  # type: ignore[no-untyped-call]
            return result

        seconds, result = _best(repeat, run)
        return compiled, seconds, result
    finally:
        client.close()  # type: ignore[no-untyped-call]
        cluster.close()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=4.0, help="input size (default 4)")
    parser.add_argument("--partitions", type=int, default=8, help="Dask partitions (default 8)")
    parser.add_argument("--repeat", type=int, default=2, help="timed runs, best kept (default 2)")
    parser.add_argument("--seed", type=int, default=2019)
    arguments = parser.parse_args(argv)

    ordinance = msp.load("kankakee")
    frame = _frame(arguments.megabytes, arguments.seed)
    rows = len(frame)
    print(f"# dask_scaling  {time.strftime('%Y-%m-%d %H:%M:%S')}")
    print(
        f"python {platform.python_version()}, {os.cpu_count()} cores, load average"
        f" {os.getloadavg()[0]:.2f} before; {rows:,} comments ({arguments.megabytes:g} MB,"
        f" seed {arguments.seed}), {arguments.partitions} partitions, best of {arguments.repeat}"
    )
    baseline = _in_process(frame, ordinance, arguments.partitions, arguments.repeat)
    figures = [("this process (sync)", "-", baseline)]
    results = []
    for workers in (1, 2):
        compiled, seconds, result = _on_cluster(
            frame, ordinance, workers, arguments.partitions, arguments.repeat
        )
        figures.append((f"{workers} worker{'s' * (workers > 1)}", f"{compiled:.2f}", seconds))
        results.append(result)
    one = figures[1][2]
    print()
    print(f"{'run':<20} {'compile s':>9} {'seconds':>8} {'rows/s':>9} {'vs 1 worker':>11}")
    for name, compiled_text, seconds in figures:
        print(
            f"{name:<20} {compiled_text:>9} {seconds:>8.2f} {rows / seconds:>9,.0f}"
            f" {one / seconds:>10.2f}x"
        )
    same = results[0].equals(results[1])
    print()
    print(f"same verdicts with 1 and 2 workers: {'yes' if same else 'NO'}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
