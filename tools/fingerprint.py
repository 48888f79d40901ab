"""Fingerprint the verdicts on the shared data, to prove a refactoring changes none of them.

Judges every text of the data sets ``benchmarks/accuracy.py`` reads, plus the four sets of
comments added for the detection rebuild, under the bundled Kankakee ordinance (or another,
``--ordinance``), and writes one line per distinct text: the text's hash, the verdict's hash,
the decision and the categories. The last line printed is the fingerprint over all of them.

    python tools/fingerprint.py -o before.tsv          # before the change
    python tools/fingerprint.py --compare before.tsv   # after it: what changed, by category

``--compare`` exits 1 when any verdict differs and lists the differences grouped by the
categories gained and lost, with the text, so a commit that changes behaviour can carry the diff.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import municipal_social_policy as msp

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
# The sets of comments benchmarks/accuracy.py does not read yet, each a visible.csv with "text".
_COMMENT_SETS = (
    "civil_comments_toxic_spans",
    "congress_incivility_theocharis2020",
    "jigsaw_toxic_challenge_subset20k",
    "wiki_talk_cat_large",
)


def texts(data: Path) -> Iterator[str]:
    """Every text of the shared data sets, in a fixed order (duplicates included)."""
    spec = importlib.util.spec_from_file_location("accuracy", REPO / "benchmarks" / "accuracy.py")
    assert spec is not None
    assert spec.loader is not None
    accuracy = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = accuracy
    spec.loader.exec_module(accuracy)
    for _name, loader in accuracy.LOADERS:
        try:
            dataset = loader(data)
        except accuracy.MissingData:
            continue
        for case in dataset.cases:
            yield case.text
    csv.field_size_limit(1 << 24)
    for folder in _COMMENT_SETS:
        path = data / folder / "visible.csv"
        if path.is_file():
            with path.open(newline="", encoding="utf-8") as handle:
                for row in csv.DictReader(handle):
                    yield row["text"]


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def fingerprint(data: Path, ordinance: str = "kankakee") -> dict[str, tuple[str, str, str, str]]:
    """Text hash -> (verdict hash, decision, categories, text) for every distinct text."""
    evaluator = msp.Evaluator(msp.load(ordinance))
    lines: dict[str, tuple[str, str, str, str]] = {}
    for text in texts(data):
        key = _digest(text)
        if key in lines:
            continue
        verdict = evaluator.evaluate(text)
        categories = ",".join(sorted({finding.category for finding in verdict.findings}))
        # The ordinance's digest is left out: a change to the ordinance file that changes no
        # decision, finding or action (a new section, a new field) changes no fingerprint.
        judged = json.loads(msp.dumps(verdict))
        judged.pop("ordinance", None)
        lines[key] = (_digest(json.dumps(judged)), verdict.decision.value, categories, text)
    return lines


def _read(path: Path) -> dict[str, tuple[str, str, str, str]]:
    lines = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            key, verdict, decision, categories, text = line.rstrip("\n").split("\t", 4)
            lines[key] = (verdict, decision, categories, text)
    return lines


def _write(path: Path, lines: dict[str, tuple[str, str, str, str]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for key, (verdict, decision, categories, text) in lines.items():
            flat = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            handle.write(f"{key}\t{verdict}\t{decision}\t{categories}\t{flat}\n")


def compare(
    before: dict[str, tuple[str, str, str, str]], after: dict[str, tuple[str, str, str, str]]
) -> int:
    """Print the verdicts that differ, grouped by what changed; return how many differ."""
    changes: dict[str, list[str]] = defaultdict(list)
    differing = 0
    for key, (verdict, decision, categories, text) in after.items():
        old = before.get(key)
        if old is None or old[0] == verdict:
            continue
        differing += 1
        gained = sorted(set(filter(None, categories.split(","))) - set(old[2].split(",")))
        lost = sorted(set(filter(None, old[2].split(","))) - set(categories.split(",")))
        what = f"+{','.join(gained) or '-'} -{','.join(lost) or '-'} {old[1]}->{decision}"
        changes[what].append(text.replace("\n", " ")[:140])
    for what, examples in sorted(changes.items(), key=lambda item: -len(item[1])):
        print(f"{len(examples):6}  {what}")
        for example in examples[:8]:
            print(f"          {example}")
    print(f"{differing} of {len(after)} verdicts differ")
    return differing


def main(argv: list[str] | None = None) -> int:
    """Command line: write or compare a fingerprint."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("-o", "--output", type=Path, help="write the per-text lines here")
    parser.add_argument("--compare", type=Path, help="a file written earlier with -o")
    parser.add_argument("--ordinance", default="kankakee", help="a bundled name or a file")
    arguments = parser.parse_args(argv)
    lines = fingerprint(arguments.data, arguments.ordinance)
    if arguments.output is not None:
        _write(arguments.output, lines)
    total = hashlib.sha256("".join(line[0] for line in lines.values()).encode()).hexdigest()
    print(f"{len(lines)} distinct texts; fingerprint {total}")
    if arguments.compare is not None:
        return 1 if compare(_read(arguments.compare), lines) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
