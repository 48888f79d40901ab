"""Peak memory and throughput of ``msp evaluate`` on a large generated JSONL file.

Generates a seeded JSONL file of city-page comments of the requested size in a temporary
directory, runs ``msp evaluate`` on it with ``--jobs 1`` and ``--jobs 2`` (writing the verdicts to
the null device), and prints for each run the wall time, the throughput and the peak memory:

- ``max RSS``: the largest resident set of any one process of the run, from
  ``resource.getrusage(RUSAGE_CHILDREN)`` (each run happens in its own measuring process, since
  that figure only ever grows);
- ``total RSS``: the largest sum of the resident sets of the run's processes (the command and
  its workers), sampled from ``/proc`` every 50 ms; Linux only.

Memory that stays flat as the file grows is what "constant memory" means: compare two sizes::

    python benchmarks/batch_memory.py            # 200 MB
    python benchmarks/batch_memory.py --size 1000  # 1 GB
    python benchmarks/batch_memory.py --size 20 --size 200

Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

_ORDINARY = (
    "Thank you to the Public Works crew for clearing the snow on {street} so quickly!",
    "When is the next city council meeting about the {topic}? I would like to speak.",
    "The {topic} plan is a waste of money and the mayor knows it. Vote them out.",
    "Is the farmers market still on for Saturday near {street}? Bringing the kids.",
    "Great to see progress on the {topic}. Congratulations to everyone involved.",
    "Council voted 8-6 on the {topic} again. Terrible decision, I will remember this.",
    "Package stolen off my porch on {street} last night, anyone else see anything?",
    "Potholes on {street} are getting worse every week, please send a crew.",
)
_PROFANE = (
    "This {topic} decision is total shit, fix it.",
    "What the fuck is going on with the {topic}?",
    "Damn, the {topic} is a bullshit mess again.",
)
_PERSONAL = (
    "Call me at 815-555-{four} about the {topic}.",
    "My SSN is 356-21-4476, can someone call me about my water bill?",
    "Email me at resident{four}@example.com about {street}.",
)
_LINKS = ("Read more about the {topic} at https://example.com/news/{four}",)
_INJECTIONS = ("'; DROP TABLE comments; --", "<img src=x onerror=alert(document.cookie)>")
_STREETS = ("Court Street", "W. Station St", "Schuyler Ave", "River Road", "Maple Lane")
_TOPICS = ("water rates", "riverfront plan", "budget", "snow removal", "library hours")
_PLATFORMS = ("facebook", "twitter", "instagram", "linkedin", "ring")


def _comment(rng: random.Random) -> str:
    roll = rng.random()
    pool: tuple[str, ...]
    if roll < 0.15:
        pool = _PROFANE
    elif roll < 0.20:
        pool = _PERSONAL
    elif roll < 0.23:
        pool = _LINKS
    elif roll < 0.25:
        pool = _INJECTIONS
    else:
        pool = _ORDINARY
    text = rng.choice(pool).format(
        street=rng.choice(_STREETS), topic=rng.choice(_TOPICS), four=f"{rng.randrange(10000):04d}"
    )
    if rng.random() < 0.3:  # a longer comment now and then
        text += " " + " ".join(
            rng.choice(_ORDINARY).format(
                street=rng.choice(_STREETS), topic=rng.choice(_TOPICS), four="0000"
            )
            for _ in range(rng.randrange(1, 4))
        )
    return text


def generate(path: Path, megabytes: float, *, seed: int = 2019) -> int:
    """Write about ``megabytes`` MB of JSONL comments to ``path``; returns the row count."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    written = rows = 0
    with path.open("w", encoding="utf-8") as file:
        while written < target:
            rows += 1
            row = {
                "id": f"c-{rows:09d}",
                "text": _comment(rng),
                "author": f"Resident {rng.randrange(5000)}",
                "platform": rng.choice(_PLATFORMS),
                "posted_at": f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T12:00:00",
            }
            line = json.dumps(row, ensure_ascii=False) + "\n"
            file.write(line)
            written += len(line.encode("utf-8"))
    return rows


def _tree_rss(root: int) -> int:
    """The summed resident set, in bytes, of ``root`` and its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, parent = int(entry), int(fields[1])
        children.setdefault(parent, []).append(pid)
        rss[pid] = int(fields[21]) * page
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, ()))
    return total


def measure(command: list[str]) -> None:
    """Run ``command`` and print one JSON line: seconds, max RSS and sampled total RSS in MB."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.05):
            if sys.platform == "linux":
                peak = max(peak, _tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    done.set()
    sampler.join()
    seconds = time.perf_counter() - started
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    max_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    summary = stderr.decode("utf-8", "replace").strip().splitlines()
    print(
        json.dumps(
            {
                "status": process.returncode,
                "seconds": seconds,
                "max_rss_mb": max_rss / 1e6,
                "total_rss_mb": peak / 1e6 if peak else None,
                "summary": next((line for line in summary if "rows read" in line), ""),
            }
        )
    )


def run(path: Path, jobs: int) -> dict[str, object]:
    """``msp evaluate`` on ``path`` with ``jobs`` processes, measured in a fresh process."""
    command = [
        sys.executable,
        "-m",
        "municipal_social_policy",
        "evaluate",
        str(path),
        "--jobs",
        str(jobs),
        "--output",
        os.devnull,
        "--no-progress",
    ]
    measurer = [sys.executable, __file__, "--measure", "--", *command]
    output = subprocess.run(measurer, capture_output=True, text=True, check=True).stdout
    result: dict[str, object] = json.loads(output)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--size",
        type=float,
        action="append",
        metavar="MB",
        help="file size in MB (default 200; 1000 for 1 GB); repeat to compare sizes",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        action="append",
        metavar="N",
        help="job counts to run (default: 1 and 2)",
    )
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("command", nargs="*", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.measure:
        measure(arguments.command)
        return
    sizes = arguments.size or [200.0]
    job_counts = arguments.jobs or [1, 2]
    print(
        f"python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPUs,"
        f" {time.strftime('%Y-%m-%d')}"
    )
    with tempfile.TemporaryDirectory(prefix="msp-batch-") as directory:
        for size in sizes:
            path = Path(directory) / f"comments-{size:g}MB.jsonl"
            started = time.perf_counter()
            rows = generate(path, size)
            actual = path.stat().st_size
            print(
                f"\n{actual / 1e6:,.0f} MB, {rows:,} rows"
                f" (generated in {time.perf_counter() - started:.1f} s)"
            )
            print(
                f"{'jobs':>4}  {'seconds':>8}  {'rows/s':>8}  {'MB/s':>6}"
                f"  {'max RSS MB':>10}  {'total RSS MB':>12}  status"
            )
            rates: dict[int, float] = {}
            for jobs in job_counts:
                result = run(path, jobs)
                seconds = float(str(result["seconds"]))
                rates[jobs] = rows / seconds
                total = result["total_rss_mb"]
                total_text = f"{total:12.1f}" if isinstance(total, float) else f"{'n/a':>12}"
                print(
                    f"{jobs:>4}  {seconds:8.1f}  {rows / seconds:8,.0f}"
                    f"  {actual / 1e6 / seconds:6.2f}  {result['max_rss_mb']:10.1f}"
                    f"  {total_text}  {result['status']}"
                )
            if 1 in rates and 2 in rates:
                print(f"throughput jobs2/jobs1: {rates[2] / rates[1]:.2f}")
            path.unlink()


if __name__ == "__main__":
    main()
