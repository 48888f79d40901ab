"""How fast the retention ledger appends and verifies, on SQLite and on PostgreSQL.

For each backend: records per second appended one per transaction (what ``msp evaluate --ledger``
does with one job: each flagged row is committed before its verdict is written) and in batches of
256 (``record_many``, what it does with several jobs), then entries per second read by
``verify()``. Then the wall time of ``msp evaluate`` on a generated file with and without
``--ledger``.

    python benchmarks/ledger.py                       # SQLite only
    python benchmarks/ledger.py --postgres URL        # also PostgreSQL (or $MSP_TEST_POSTGRES_URL)
    python benchmarks/ledger.py --records 5000 --rows 4000

Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import municipal_social_policy as msp
from municipal_social_policy import retention

TEXTS = (
    "My SSN is 356-21-4476, call me about my water bill",
    "'; DROP TABLE comments; --",
    "Thanks to the crews who fixed the potholes on Court Street",
    "You can reach me at 815-555-0143 about the meeting",
)


@contextmanager
def postgres_schema(base: str) -> Iterator[str]:
    import psycopg

    schema = f"ledger_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    try:
        separator = "&" if "?" in base else "?"
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")


def measure_api(name: str, url: str, records: int, verdict: msp.Verdict) -> None:
    with retention.open(url) as ledger:
        single = max(records // 10, 1)
        started = time.perf_counter()
        for number in range(single):
            ledger.record(msp.Comment(text=TEXTS[0], id=f"one-{number}"), verdict)
        one = single / (time.perf_counter() - started)
        started = time.perf_counter()
        for start in range(0, records, 256):
            ledger.record_many(
                (msp.Comment(text=TEXTS[0], id=f"many-{n}"), verdict)
                for n in range(start, min(start + 256, records))
            )
        many = records / (time.perf_counter() - started)
        started = time.perf_counter()
        report = ledger.verify()
        rate = report.entries / (time.perf_counter() - started)
        assert report.ok
    print(
        f"{name:<10}  {one:>12,.0f}  {many:>14,.0f}  {rate:>14,.0f}",
        flush=True,
    )


def measure_cli(name: str, url: str | None, source: Path, rows: int, jobs: int = 1) -> None:
    command = [sys.executable, "-m", "municipal_social_policy", "evaluate", str(source)]
    command += ["-o", os.devnull, "-q", "--jobs", str(jobs)]
    command += ["--ledger", url] if url else []
    started = time.perf_counter()
    subprocess.run(command, check=True)
    elapsed = time.perf_counter() - started
    print(f"{name:<24}  {elapsed:>8.2f} s  {rows / elapsed:>10,.0f} rows/s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=os.environ.get("MSP_TEST_POSTGRES_URL"))
    parser.add_argument("--records", type=int, default=3000, help="records appended per backend")
    parser.add_argument("--rows", type=int, default=2000, help="rows for msp evaluate")
    arguments = parser.parse_args()
    verdict = msp.evaluate(msp.load("kankakee"), TEXTS[0])
    with tempfile.TemporaryDirectory() as directory:
        here = Path(directory)
        print(f"{'backend':<10}  {'1/commit r/s':>12}  {'256/commit r/s':>14}  {'verify e/s':>14}")
        measure_api("sqlite", f"sqlite:///{here / 'api.db'}", arguments.records, verdict)
        if arguments.postgres:
            with postgres_schema(arguments.postgres) as url:
                measure_api("postgresql", url, arguments.records, verdict)
        source = here / "comments.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for number in range(arguments.rows):
                row = {"id": f"r{number}", "text": TEXTS[number % len(TEXTS)]}
                out.write(json.dumps(row) + "\n")
        for jobs in (1, 2):
            print(f"\nmsp evaluate, {arguments.rows:,} rows (3 in 4 flagged), --jobs {jobs}")
            measure_cli("no ledger", None, source, arguments.rows, jobs)
            sqlite = f"sqlite:///{here / f'cli-{jobs}.db'}"
            measure_cli("--ledger sqlite", sqlite, source, arguments.rows, jobs)
            if arguments.postgres:
                with postgres_schema(arguments.postgres) as url:
                    measure_cli("--ledger postgresql", url, source, arguments.rows, jobs)


if __name__ == "__main__":
    main()
