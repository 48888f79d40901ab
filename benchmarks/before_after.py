"""Two source trees of the library, timed alternately on the same corpora: before and after.

Run from the repository root::

    python benchmarks/before_after.py ../main/src src            # 5 rounds, both corpora
    python benchmarks/before_after.py ../main/src src --rounds 9 --quick

On a shared, noisy machine, timing one tree and then the other measures the load as much as the
code. Here each tree runs in a process of its own (``PYTHONPATH`` set to it) that builds
``Evaluator(load("kankakee"))`` once and warms up; the parent then asks the two processes in
turn, round after round, to evaluate the whole short corpus and the first comments of the long
corpus of ``benchmarks/throughput.py``, so both trees meet the same load. Each round is timed in
CPU time of its process (``time.process_time``), which the time spent waiting for a core on a
loaded machine does not inflate. Printed per tree and corpus: the best and the median round in
CPU microseconds a comment, the ratio of the medians, and whether the two trees gave equal
decisions on every comment. Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput

LONG_TAKEN = 100


def worker(corpus: Path) -> int:
    """Build the evaluator, then answer ``short`` or ``long`` with the ns a round took."""
    short, long = [], []
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            (short if line[0] == "S" else long).append(json.loads(line[1:]))
    long = long[:LONG_TAKEN]
    import municipal_social_policy as msp

    evaluator = msp.Evaluator(msp.load("kankakee"))
    for text in short[:1000]:
        evaluator.evaluate(text)
    print(json.dumps({"ready": msp.__file__}), flush=True)
    for command in sys.stdin:
        texts = short if command.strip() == "short" else long
        started = time.process_time_ns()
        decisions = [evaluator.evaluate(text).decision.value for text in texts]
        took = time.process_time_ns() - started
        print(json.dumps({"ns": took, "count": len(texts), "decisions": decisions}), flush=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("before", type=Path, help="source folder of the tree before")
    parser.add_argument("after", type=Path, help="source folder of the tree after")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="2,000 short comments")
    parser.add_argument("--seed", type=int, default=throughput.SEED)
    parser.add_argument("--data", type=Path, default=throughput.DEFAULT_DATA)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.worker:
        return worker(arguments.worker)
    arguments.civic = "auto"
    corpora = throughput.build_corpora(arguments)
    corpus = Path(tempfile.gettempdir()) / f"msp-before-after-{os.getpid()}.txt"
    corpora.write(corpus)
    trees = {"before": arguments.before, "after": arguments.after}
    workers = {}
    try:
        for name, tree in trees.items():
            workers[name] = subprocess.Popen(
                [sys.executable, __file__, "--worker", str(corpus), "-", "-"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env={**os.environ, "PYTHONPATH": str(tree.resolve())},
            )
        for name, process in workers.items():
            assert process.stdout is not None
            print(f"{name}: {json.loads(process.stdout.readline())['ready']}")
        times: dict[tuple[str, str], list[float]] = {}
        decisions: dict[tuple[str, str], list[str]] = {}
        for _ in range(arguments.rounds):
            for corpus_name in ("short", "long"):
                for name, process in workers.items():
                    assert process.stdin is not None
                    assert process.stdout is not None
                    process.stdin.write(corpus_name + "\n")
                    process.stdin.flush()
                    answer = json.loads(process.stdout.readline())
                    us = answer["ns"] / answer["count"] / 1e3
                    times.setdefault((name, corpus_name), []).append(us)
                    decisions[name, corpus_name] = answer["decisions"]
    finally:
        for process in workers.values():
            if process.stdin is not None:
                process.stdin.close()
            process.wait()
        corpus.unlink(missing_ok=True)
    print(
        f"{time.strftime('%Y-%m-%d %H:%M')} UTC, {throughput.cpu_model()}, {arguments.rounds}"
        f" alternating rounds; load average now"
        f" {' '.join(f'{v:.1f}' for v in os.getloadavg())}"
    )
    print(
        f"{'corpus':8} {'tree':7} {'best CPU us':>12} {'median CPU us':>14}"
        f" {'speed-up (medians)':>19}"
    )
    for corpus_name in ("short", "long"):
        before = statistics.median(times["before", corpus_name])
        for name in trees:
            values = times[name, corpus_name]
            ratio = before / statistics.median(values)
            print(
                f"{corpus_name:8} {name:7} {min(values):12.1f} {statistics.median(values):14.1f}"
                f" {ratio:18.2f}x"
            )
        same = decisions["before", corpus_name] == decisions["after", corpus_name]
        print(f"{corpus_name:8} decisions equal on every comment: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
