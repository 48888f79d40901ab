"""Measure the shipped word lists on the real data and print a table (a design aid, not a test).

Usage::

    python tools/measure_lexicons.py [--data ../shared/data] [--with w1,w2] [--without w3]
                                     [--show CORPUS] [--terms]

Matching rule, the one ``detectors/lexicon.py`` uses: text -> NFKC -> casefold -> tokens
``[^\\W_]+(?:['’][^\\W_]+)*``; a one-word term matches a token exactly, a multi-word term the same
consecutive tokens; no substring matching; allow-listed terms never match. Only the raw text is
matched: leetspeak, masking and separator normalisation come later in the detector, so recall on
obfuscated cases is a floor here.

``--with`` / ``--without`` add or remove profanity terms for a what-if run (how the figures quoted
in ``tools/build_lexicons.py`` were obtained); ``--show CORPUS`` prints each flagged text of one
corpus with the terms that matched; ``--terms`` prints how often each term fires per corpus.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DETECTORS = REPO / "src" / "municipal_social_policy" / "detectors"
TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

csv.field_size_limit(sys.maxsize)


def tokens(text: str) -> list[str]:
    return TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


class Lexicon:
    """Whole-token and token-sequence matching against a set of terms."""

    def __init__(self, terms: Iterable[str], allow: Iterable[str] = ()) -> None:
        self.terms = frozenset(terms) - frozenset(allow)
        self.words = frozenset(t for t in self.terms if " " not in t)
        phrases = [tuple(t.split(" ")) for t in self.terms if " " in t]
        self.heads = frozenset(p[0] for p in phrases)
        self.longest = max((len(p) for p in phrases), default=1)

    def matches(self, toks: Sequence[str]) -> list[str]:
        found: list[str] = []
        for i, word in enumerate(toks):
            if word in self.words:
                found.append(word)
            if word in self.heads:
                for size in range(2, min(self.longest, len(toks) - i) + 1):
                    phrase = " ".join(toks[i : i + size])
                    if phrase in self.terms:
                        found.append(phrase)
        return found


def read_list(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def read_slurs(path: Path) -> dict[str, str]:
    return dict(line.split("\t", 1) for line in read_list(path))


@dataclass(frozen=True)
class Text:
    text: str
    toks: tuple[str, ...]


def corpus(texts: Iterable[str]) -> list[Text]:
    return [Text(t, tuple(tokens(t))) for t in texts]


def load(data: Path) -> dict[str, list[Text]]:
    """The corpora, keyed by a short name."""
    out: dict[str, list[Text]] = {}
    with (data / "hatecheck" / "test_suite_cases.csv").open(encoding="utf-8", newline="") as f:
        hatecheck = list(csv.DictReader(f))
    by_function: dict[str, list[str]] = {}
    for row in hatecheck:
        by_function.setdefault(row["functionality"], []).append(row["test_case"])
    for name, texts in by_function.items():
        out[f"hc:{name}"] = corpus(texts)
    olid_path = data / "olid" / "olid-training-v1.0.tsv"
    with olid_path.open(encoding="utf-8", newline="") as f:
        olid = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    out["olid:OFF/UNT"] = corpus(
        r["tweet"] for r in olid if r["subtask_a"] == "OFF" and r["subtask_b"] == "UNT"
    )
    out["olid:OFF/TIN"] = corpus(
        r["tweet"] for r in olid if r["subtask_a"] == "OFF" and r["subtask_b"] == "TIN"
    )
    out["olid:NOT"] = corpus(r["tweet"] for r in olid if r["subtask_a"] == "NOT")
    polis: list[str] = []
    for path in sorted((data / "polis_civic").glob("*/comments.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            polis.extend(r["comment-body"] for r in csv.DictReader(f))
    out["polis_civic"] = corpus(polis)
    with (data / "lookalikes" / "blns_sectioned.csv").open(encoding="utf-8", newline="") as f:
        blns = list(csv.DictReader(f))
    out["blns"] = corpus(r["string"] for r in blns)
    out["blns:Scunthorpe"] = corpus(
        r["string"] for r in blns if r["section"] == "Scunthorpe Problem"
    )
    return out


def better_profanity_cases(data: Path) -> list[tuple[str, bool]]:
    """``contains_profanity`` rows of better_profanity's tests with its default word list."""
    path = data / "peer_cases" / "better_profanity_test_cases.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [
        (r["input_text"], r["expected"] == "True")
        for r in rows
        if r["check"] == "contains_profanity" and r["wordlist_in_effect"] == "default"
    ]


def source_union(lexicons: Path) -> set[str]:
    """All three source lists, unfiltered (only NFKC, casefold, hyphens to spaces): a reference."""
    raw: list[str] = []
    raw += read_list(lexicons / "ldnoobw" / "en.txt")
    raw += read_list(lexicons / "better_profanity" / "profanity_wordlist.txt")
    with (lexicons / "surge_profanity" / "profanity_en.csv").open(encoding="utf-8") as f:
        raw += [r["text"] for r in csv.DictReader(f)]
    terms = set()
    for entry in raw:
        term = " ".join(tokens(entry.replace("-", " ").replace("_", " ")))
        if term and not term.replace(" ", "").isdigit():
            terms.add(term)
    return terms


def rate(texts: Sequence[Text], hit: Callable[[Text], bool]) -> tuple[int, int]:
    return sum(1 for t in texts if hit(t)), len(texts)


def fmt(n: int, total: int) -> str:
    return f"{n:>5}/{total:<5} {100 * n / total if total else 0:6.1f}%"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=REPO / ".." / "shared" / "data")
    parser.add_argument("--lists", type=Path, default=DETECTORS, help="folder of the lists")
    parser.add_argument("--with", dest="extra", default="", help="profanity terms to add")
    parser.add_argument("--without", default="", help="profanity terms to remove")
    parser.add_argument("--show", help="print flagged texts of this corpus (e.g. olid:NOT)")
    parser.add_argument("--misses", help="print UNflagged texts of this corpus")
    parser.add_argument("--terms", action="store_true", help="per-term firing counts")
    args = parser.parse_args(argv)
    data: Path = args.data.resolve()

    allow = read_list(args.lists / "allow.txt")
    profanity_terms = set(read_list(args.lists / "profanity.txt"))
    profanity_terms |= {w.strip() for w in args.extra.split(",") if w.strip()}
    profanity_terms -= {w.strip() for w in args.without.split(",") if w.strip()}
    slur_classes = read_slurs(args.lists / "slurs.tsv")
    profanity = Lexicon(profanity_terms, allow)
    slurs = Lexicon(slur_classes, allow)
    corpora = load(data)

    def prof(t: Text) -> bool:
        return bool(profanity.matches(t.toks))

    def slur(t: Text) -> bool:
        return bool(slurs.matches(t.toks))

    def either(t: Text) -> bool:
        return prof(t) or slur(t)

    print(
        f"lists: profanity.txt {len(profanity.terms)} terms, slurs.tsv {len(slurs.terms)}, "
        f"allow.txt {len(allow)}"
    )
    print()
    header = f"{'corpus':<44} {'profanity':>19} {'slurs':>19} {'either':>19}  target"
    print(header)
    print("-" * len(header))

    def line(name: str, texts: Sequence[Text], target: str = "") -> None:
        p, s, e = rate(texts, prof), rate(texts, slur), rate(texts, either)
        print(f"{name:<44} {fmt(*p)} {fmt(*s)} {fmt(*e)}  {target}")

    def group(prefixes: Sequence[str]) -> list[Text]:
        return [
            t
            for key, texts in corpora.items()
            if key.startswith("hc:") and any(key[3:].startswith(p) for p in prefixes)
            for t in texts
        ]

    print("recall (should be flagged)")
    line("HateCheck profanity_nh", corpora["hc:profanity_nh"], "profanity >= 90%")
    line("OLID OFF+UNT (untargeted profanity)", corpora["olid:OFF/UNT"], "profanity >= 70%")
    line("HateCheck slur_h", corpora["hc:slur_h"], "slurs: report")
    line("HateCheck profanity_h", corpora["hc:profanity_h"])
    line("OLID OFF+TIN (targeted insult)", corpora["olid:OFF/TIN"])
    print("false positives (should not be flagged, or not removed)")
    line("polis_civic (civic comments)", corpora["polis_civic"], "profanity ~0")
    line("OLID NOT", corpora["olid:NOT"], "profanity <= 10%")
    for name in ("counter_quote_nh", "counter_ref_nh", "ident_neutral_nh", "ident_pos_nh"):
        line(f"HateCheck {name}", corpora[f"hc:{name}"], "slurs: report")
    line("HateCheck counter_* + ident_*", group(["counter_", "ident_"]))
    line("HateCheck slur_reclaimed_nh", corpora["hc:slur_reclaimed_nh"], "slurs: report")
    line("HateCheck slur_homonym_nh", corpora["hc:slur_homonym_nh"], "0 ideal")
    others = [
        t
        for key, texts in corpora.items()
        if key.startswith("hc:")
        and key.endswith("_nh")
        and key not in {"hc:profanity_nh", "hc:slur_reclaimed_nh", "hc:slur_homonym_nh"}
        and not key.startswith(("hc:counter_", "hc:ident_"))
        for t in texts
    ]
    line("HateCheck other _nh (target_*, negate_neg)", others)
    line("lookalikes blns_sectioned.csv (all)", corpora["blns"], "0 (not REMOVE)")
    line("lookalikes blns Scunthorpe section", corpora["blns:Scunthorpe"], "0")

    print("obfuscated HateCheck cases (raw text; the normaliser's job, a floor here)")
    for name in (
        "spell_leet_h",
        "spell_space_add_h",
        "spell_space_del_h",
        "spell_char_swap_h",
        "spell_char_del_h",
    ):
        line(f"HateCheck {name}", corpora[f"hc:{name}"])

    union = Lexicon(source_union(data / "lexicons"))

    def raw_union(t: Text) -> bool:
        return bool(union.matches(t.toks))

    print(f"\nreference: the three source lists unfiltered ({len(union.terms)} terms) as profanity")
    for name, key in (
        ("HateCheck profanity_nh", "hc:profanity_nh"),
        ("OLID OFF+UNT", "olid:OFF/UNT"),
        ("OLID NOT", "olid:NOT"),
        ("polis_civic", "polis_civic"),
        ("HateCheck ident_neutral_nh", "hc:ident_neutral_nh"),
        ("HateCheck slur_homonym_nh", "hc:slur_homonym_nh"),
        ("lookalikes blns Scunthorpe section", "blns:Scunthorpe"),
    ):
        print(f"{name:<44} {fmt(*rate(corpora[key], raw_union))}")

    bp_cases = better_profanity_cases(data)
    agree = sum(
        1 for text, expected in bp_cases if prof(Text(text, tuple(tokens(text)))) == expected
    )
    print(
        f"\nbetter_profanity tests, contains_profanity rows, default word list: "
        f"{agree}/{len(bp_cases)} agree (raw text; the leetspeak rows need the normaliser)"
    )
    for text, expected in bp_cases:
        got = profanity.matches(tokens(text))
        print(f"    expected {expected!s:<5} got {bool(got)!s:<5} {text[:60]!r} {got[:4]}")
    bp_words = read_list(data / "lexicons" / "better_profanity" / "profanity_wordlist.txt")
    covered = sum(1 for w in bp_words if profanity.matches(tokens(w)) or slurs.matches(tokens(w)))
    print(
        f"better_profanity word list entries flagged by profanity or slurs: "
        f"{fmt(covered, len(bp_words))} (the rest were excluded on purpose)"
    )

    slur_cases = corpora["hc:slur_h"]
    missed = Counter(
        w
        for t in slur_cases
        if not slur(t)
        for w in t.toks
        if w not in {"that's", "only", "natural", "for", "a", "like", "you", "are", "just"}
    )
    print(
        "\nHateCheck slur_h missed, most common tokens:",
        ", ".join(f"{w} {n}" for w, n in missed.most_common(8)),
    )

    if args.terms:
        print("\nper-term firing counts (texts)")
        keys = ["hc:profanity_nh", "olid:OFF/UNT", "olid:OFF/TIN", "olid:NOT", "polis_civic"]
        counts: dict[str, Counter[str]] = {k: Counter() for k in keys}
        for k in keys:
            for t in corpora[k]:
                for term in set(profanity.matches(t.toks)):
                    counts[k][term] += 1
        terms = sorted(
            {term for c in counts.values() for term in c},
            key=lambda x: (-sum(counts[k][x] for k in keys), x),
        )
        print(f"{'term':<24}" + "".join(f"{k:>16}" for k in keys))
        for term in terms:
            print(f"{term:<24}" + "".join(f"{counts[k][term]:>16}" for k in keys))

    for key, flagged in ((args.show, True), (args.misses, False)):
        if not key:
            continue
        print(f"\n{'flagged' if flagged else 'not flagged'} in {key}:")
        for t in corpora[key]:
            found = profanity.matches(t.toks) + [f"slur:{s}" for s in slurs.matches(t.toks)]
            if bool(found) == flagged:
                print(f"  {found}  {t.text[:150]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
