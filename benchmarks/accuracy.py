"""Accuracy of the Kankakee ordinance on real, labelled data (issue 3, section 4; issue 9).

Run from the repository root (or anywhere)::

    python benchmarks/accuracy.py                      # data from ../shared/data/
    python benchmarks/accuracy.py --data PATH          # another copy of the data
    python benchmarks/accuracy.py --show-misses 5      # up to 5 misclassified examples per row
    python benchmarks/accuracy.py --json figures.json  # every figure, for the docs table
    python benchmarks/accuracy.py --strict             # exit 1 when a target is not met
    python benchmarks/accuracy.py --families FILE      # another table of phrase families

It builds one ``Evaluator`` for ``load("kankakee")``, evaluates every data set under the data
folder (see its README.md) and prints, per data set and row, the measured figure, the target from
issue 3 or issue 9 and PASS or FAIL; rows marked ``info`` have no target. Recall rows also print
precision (where the data set has negatives), the false-positive rate on the data set's own
negatives and, as the data README asks, the false-positive rate of the same test on the harmless
pools (``polis`` = polis_civic, ``look`` = lookalikes without attack strings, ``HC-ok`` = the
HateCheck cases issue 3 lists as harmless; ``cong-civil``, ``jig-ok`` and ``wiki-ok`` = the civil
Congress tweets and the non-toxic Jigsaw and wiki talk comments). A data folder that is absent is
skipped with a message; no data folder at all prints one line and exits 0. The header prints the
date, the library version, the ordinance digest and each data set's source commit (from its
PROVENANCE.txt).

Label mapping (the data were labelled under other rules than Kankakee's). "Flagged" means the
decision is ``review`` or ``remove``; "citing X" means a finding whose clause is X (a finding
always flags).

- ``polis_civic/``: real civic comments, treated as harmless; the ``moderated`` column is about
  duplicates and relevance, not policy, and is ignored. Targets: no ``remove``; ``review`` <= 3%.
- ``lookalikes/``: ``sql_lookalikes.txt`` (libinjection's false positives; lines starting with
  ``#`` are comments, as upstream; lines are evaluated as written, not URL-decoded) and
  ``blns_sectioned.csv`` without its ``Script Injection`` section (the only exception issue 3
  makes). Target: no ``remove``. The BLNS ``SQL Injection`` section holds real payloads such as
  ``1;DROP TABLE users``; it stays in the target row as issue 3 words it, and the per-section
  breakdown shows it. The ``look`` pool for false-positive rates leaves out every attack section
  (script, SQL, server code, command, XXE, jinja2 injection, file inclusion, known CVEs).
- HateCheck (``test_suite_cases.csv``): ``functionality`` ending ``_h`` = hateful. Target: >= 80%
  of them flagged citing V.2.4 or V.2.2 (the spelling-variant ``spell_*_h`` cases included). Its
  in-set negatives are the ``_nh`` cases except ``target_indiv_nh`` ("I hate you"), which is abuse
  of an individual that V.2.2 may rightly cite. ``profanity_nh``: >= 90% cite V.2.5 (negatives:
  the other ``_nh`` cases). Harmless (no ``remove``): ``counter_*``, ``ident_*``,
  ``slur_reclaimed_nh``, ``slur_homonym_nh``, ``target_obj_nh``.
- ETHOS (``Ethos_Dataset_Binary.csv``, ``;``-separated): ``isHate >= 0.5`` positive,
  ``isHate == 0`` negative, scores in between are left out. Targets: >= 60% of positives flagged
  (any clause) at <= 15% of negatives flagged; an info row counts only V.2.4/V.2.2 citations.
- OLID training set: ``OFF``/``UNT`` (untargeted profanity) >= 70% cite V.2.5 (negatives: ``NOT``);
  ``NOT`` flagged (any clause) <= 10%. Info: ``OFF``/``TIN``/``IND`` citing V.2.2 and
  ``OFF``/``TIN``/``GRP`` citing V.2.4 (negatives: ``NOT``), and ``OFF`` flagged at all. Tweets
  are masked (@USER, URL), so no personal-information or link figure is taken from OLID.
- YouTube spam (``CLASS`` 1 = spam): >= 75% of spam flagged citing V.2.9 or V.2.14 at <= 5% of
  ham flagged citing V.2.9 or V.2.14 (the same test); ham flagged for anything is an info row.
  ``CONTENT`` is evaluated as exported (HTML entities and a trailing U+FEFF included).
- Peer case tables (``peer_cases/``), agreement >= 95% each; a case agrees when our verdict's test
  holds exactly when the peer expects a match.
  Presidio (``expected_count > 0``) and CommonRegex (``expected`` = match) SSN, phone, email and
  card cases: a V.2.10 finding with evidence from detector ``ssn``, ``phone``, ``email`` or
  ``payment_card``. Other entities are not applicable; so are CommonRegex's card strings
  (format-only test strings such as ``0123456789012345`` and ``0000 0000 0000 0000``: Luhn-invalid
  or without an issuer prefix, so Presidio's recogniser, which checks both as DESIGN.md asks, finds
  no card in them and the two peers disagree) and its cases cr035-cr037 (upstream calls
  ``links()`` there, so they say nothing about phones). Presidio's low-confidence SSN matches
  (pr202, pr203: score <= 0.4) are kept as matches, as its test expects them returned.
  libinjection: ``label`` sqli <=> V.2.14 cited. better_profanity: ``contains_profanity`` cases
  with the default word list and no whitelist <=> V.2.5 cited; its ``censor()`` cases with the
  default list give an info row (profane when the expected censored text differs from the
  input). Empty inputs are skipped. Every skipped case is listed with the reason.
- ``payloads/`` (info): share of SQLi and of XSS lines citing V.2.14.
  ``xss_port_swigger_xss_cheatsheet_event_handlers.txt`` lists event-handler names, not payloads,
  and has its own info row.

Issue 9 adds, on the same data: Polis flagged (review or remove) <= 2%; HateCheck
``threat_dir_h`` and ``threat_norm_h`` each >= 85% citing V.2.2 or V.2.6 (negatives: the ``_nh``
cases but ``target_indiv_nh``). And four sets of comments, each ``visible.csv`` only (a seeded
two-thirds; the rest is held out, so these figures are floors, not goals):

- ``civil_comments_toxic_spans/``: a span type is positive when at least half the post's raters
  marked it (``>= 0.5``). Every post was judged toxic by Civil Comments' raters, so there is no
  harmless row; the comparison pool (the negatives of every row) is the posts where no type
  reaches 0.5. Targets: ``threat`` >= 70% citing V.2.2 or V.2.6; ``identity_attack`` >= 60% citing
  V.2.4 or V.2.2. Info: ``obscene`` citing V.2.5, ``insult`` citing V.2.2 (an insult is a finding
  only when aimed at a person: criticism of an office is protected), each type flagged at all,
  the pool flagged and removed.
- ``jigsaw_toxic_challenge_subset20k/`` and ``wiki_talk_cat_large/``: ``toxic`` 1 vs 0. Target:
  no non-toxic comment removed. Info: toxic flagged and citing V.2.2, V.2.4, V.2.5; non-toxic
  flagged; toxic removed. Wiki talk comments are evaluated with their ``parent`` (where given) as
  the ``Thread`` text, and split by ``annotation_setting``; an info row counts V.2.1 (off-topic
  against the parent) on non-toxic comments.
- ``congress_incivility_theocharis2020/``: tweets to members of Congress, ``uncivil`` 1 vs 0.
  Targets: civil tweets flagged <= 5% and never removed. Uncivil tweets flagged, citing V.2.5 and
  citing V.2.2 are reported and are never a target to raise: harsh criticism of officials is
  protected speech. Rows are split by whether the tweet carries a ``t.co`` link.

Rows about harmless text also say which clauses the hits cite (``citing V.2.x``).

Phrase families (``phrase_families.csv`` beside this script): a small table the project wrote
itself for issue 9, five to ten phrasings per family (threats at role nouns, hate without slurs,
sales with only a phone number, campaign slogans, PO boxes, rural routes, lower-case addresses,
disguised spam, SQL words in prose, sexual words described or used in another sense, criticism of
an office, violent wishes and the idioms that share their words, stereotype frames). It is NOT
data and NOT a target: it shows whether a whole family is handled, and lists every phrasing whose
verdict misses.

The evaluator is built once; verdicts are memoised by text (and thread). A whole run evaluates
about 63,600 distinct texts and takes a few minutes.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import platform
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import municipal_social_policy as msp

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"

csv.field_size_limit(sys.maxsize)

# Sections of blns_sectioned.csv that hold attack strings rather than harmless look-alikes.
SCRIPT_INJECTION = "Script Injection"
BLNS_ATTACK_SECTIONS = frozenset(
    {
        SCRIPT_INJECTION,
        "SQL Injection",
        "Server Code Injection",
        "Command Injection (Ruby)",
        "XXE Injection (XML)",
        "jinja2 injection",
        "File Inclusion",
        "Known CVEs and Vulnerabilities",
    }
)
HATECHECK_HARMLESS_EXACT = frozenset({"slur_reclaimed_nh", "slur_homonym_nh", "target_obj_nh"})
HATECHECK_HARMLESS_PREFIXES = ("counter_", "ident_")
EVENT_HANDLER_NAMES = "xss_port_swigger_xss_cheatsheet_event_handlers.txt"
PRESIDIO_ENTITIES = {
    "US_SSN": "ssn",
    "PHONE_NUMBER": "phone",
    "EMAIL_ADDRESS": "email",
    "CREDIT_CARD": "payment_card",
}
COMMONREGEX_METHODS = {
    "ssn_number": "ssn",
    "phones": "phone",
    "phones_with_exts": "phone",
    "emails": "email",
    "credit_cards": "payment_card",
}
MISS_WIDTH = 120
CIVIL_TYPES = ("threat", "identity_attack", "insult", "obscene", "other_toxicity")
CIVIL_NO_TYPE = "no_type"
FAMILIES = Path(__file__).resolve().parent / "phrase_families.csv"


# --------------------------------------------------------------------------------------------
# Verdicts, reduced to what the rows need


class Outcome(NamedTuple):
    """What the benchmark keeps of a verdict."""

    decision: str  # "allow" | "review" | "remove" | "error"
    clauses: frozenset[str]
    evidence: frozenset[tuple[str, str]]  # (clause id, detector id)
    notes: int  # verdict notes, e.g. a detector that timed out

    @property
    def flagged(self) -> bool:
        return self.decision in ("review", "remove")

    def cites(self, *clauses: str) -> bool:
        return any(clause in self.clauses for clause in clauses)

    def describe(self) -> str:
        cited = " ".join(sorted(self.clauses))
        return f"{self.decision} {cited}".strip()


Test = Callable[[Outcome], bool]


def flagged(outcome: Outcome) -> bool:
    return outcome.flagged


def removed(outcome: Outcome) -> bool:
    return outcome.decision == "remove"


def reviewed(outcome: Outcome) -> bool:
    return outcome.decision == "review"


def citing(*clauses: str) -> Test:
    def test(outcome: Outcome) -> bool:
        return outcome.cites(*clauses)

    return test


def with_evidence(clause: str, detector: str) -> Test:
    def test(outcome: Outcome) -> bool:
        return (clause, detector) in outcome.evidence

    return test


class Judge:
    """One evaluator for the whole run, with verdicts memoised by text."""

    def __init__(self, evaluator: msp.Evaluator) -> None:
        self._evaluator = evaluator
        self._memo: dict[tuple[str, str], Outcome] = {}
        self.errors: Counter[str] = Counter()

    @property
    def distinct(self) -> int:
        """How many distinct texts were evaluated."""
        return len(self._memo)

    def __call__(self, text: str, thread: str = "") -> Outcome:
        """The outcome for ``text``, answering a post whose text is ``thread`` when given."""
        key = (text, thread)
        outcome = self._memo.get(key)
        if outcome is None:
            outcome = self._judge(text, thread)
            self._memo[key] = outcome
        return outcome

    def of(self, case: Case) -> Outcome:
        """The outcome for one case, with its thread."""
        return self(case.text, case.thread)

    def _judge(self, text: str, thread: str) -> Outcome:
        comment: str | msp.Comment = (
            msp.Comment(text, thread=msp.Thread(text=thread)) if thread else text
        )
        try:
            verdict = self._evaluator.evaluate(comment)
        except Exception as error:  # a benchmark reports failures, it does not stop on them
            self.errors[f"{type(error).__name__}: {error}"[:200]] += 1
            return Outcome("error", frozenset(), frozenset(), 0)
        return Outcome(
            decision=verdict.decision.value,
            clauses=frozenset(finding.clause.id for finding in verdict.findings),
            evidence=frozenset(
                (finding.clause.id, evidence.detector)
                for finding in verdict.findings
                for evidence in finding.evidence
            ),
            notes=len(verdict.notes),
        )


# --------------------------------------------------------------------------------------------
# Cases and data sets


@dataclass(frozen=True, slots=True)
class Case:
    """One text to judge: where it came from, and the label group it belongs to."""

    text: str
    ref: str
    group: str
    expected: bool | None = None  # peer tables: does the peer expect a match?
    detector: str = ""  # peer tables: which of our detectors the case is about
    thread: str = ""  # the text of the post the comment answers (wiki talk: the parent)


@dataclass
class Skipped:
    table: str
    case_id: str
    reason: str


@dataclass
class Dataset:
    name: str
    cases: list[Case]
    files: list[str]
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


class MissingData(Exception):
    """A data set's folder or file is absent."""


def read_csv(path: Path, *, delimiter: str = ",", quotes: bool = True) -> list[dict[str, str]]:
    """The rows of a CSV file as dicts; ``quotes=False`` reads quote characters as text."""
    if not path.is_file():
        raise MissingData(f"{path} not found")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        if quotes:
            return list(csv.DictReader(handle, delimiter=delimiter))
        return list(csv.DictReader(handle, delimiter=delimiter, quoting=csv.QUOTE_NONE))


def require_dir(path: Path) -> Path:
    if not path.is_dir():
        raise MissingData(f"folder {path} not found")
    return path


def load_polis(root: Path) -> Dataset:
    folder = require_dir(root / "polis_civic")
    cases: list[Case] = []
    files: list[str] = []
    for path in sorted(folder.glob("*/comments.csv")):
        conversation = path.parent.name
        files.append(f"{conversation}/comments.csv")
        for row in read_csv(path):
            body = row.get("comment-body", "")
            if body.strip():
                cases.append(
                    Case(body, f"{conversation}#{row.get('comment-id', '?')}", conversation)
                )
    if not cases:
        raise MissingData(f"no */comments.csv with comments under {folder}")
    return Dataset("polis_civic", cases, files)


def load_lookalikes(root: Path) -> Dataset:
    folder = require_dir(root / "lookalikes")
    cases: list[Case] = []
    files: list[str] = []
    notes: list[str] = []
    sql = folder / "sql_lookalikes.txt"
    if sql.is_file():
        files.append(sql.name)
        with sql.open(encoding="utf-8", errors="surrogateescape") as handle:
            for number, line in enumerate(handle, start=1):
                text = line.rstrip("\r\n")
                if text.strip() and not text.startswith("#"):  # upstream: '#' lines are comments
                    cases.append(Case(text, f"sql_lookalikes.txt:{number}", "sql_lookalikes"))
    else:
        notes.append(f"{sql.name} not found; skipped")
    blns = folder / "blns_sectioned.csv"
    if blns.is_file():
        files.append(blns.name)
        sections = set()
        for number, row in enumerate(read_csv(blns), start=2):
            section = row["section"]
            sections.add(section)
            cases.append(
                Case(row["string"], f"blns_sectioned.csv:{number} [{section}]", f"blns:{section}")
            )
        if SCRIPT_INJECTION not in sections:
            notes.append(
                f"WARNING: no section named {SCRIPT_INJECTION!r} in {blns.name}; nothing excluded"
            )
    else:
        notes.append(f"{blns.name} not found; skipped")
    if not cases:
        raise MissingData(f"neither sql_lookalikes.txt nor blns_sectioned.csv under {folder}")
    return Dataset("lookalikes", cases, files, notes=notes)


def load_hatecheck(root: Path) -> Dataset:
    path = require_dir(root / "hatecheck") / "test_suite_cases.csv"
    cases = [
        Case(
            row["test_case"], f"case {row['case_id']} {row['functionality']}", row["functionality"]
        )
        for row in read_csv(path)
    ]
    return Dataset("hatecheck", cases, [path.name])


def load_ethos(root: Path) -> Dataset:
    path = require_dir(root / "ethos") / "Ethos_Dataset_Binary.csv"
    cases: list[Case] = []
    ambiguous = 0
    for number, row in enumerate(read_csv(path, delimiter=";"), start=2):
        score = float(row["isHate"])
        if score >= 0.5:
            group = "hate"
        elif score == 0:
            group = "not_hate"
        else:
            group = "ambiguous"
            ambiguous += 1
        cases.append(Case(row["comment"], f"line {number} isHate={score:.2f}", group))
    notes = [f"{ambiguous} comments with 0 < isHate < 0.5 are in neither class"]
    return Dataset("ethos", cases, [path.name], notes=notes)


def load_olid(root: Path) -> Dataset:
    path = require_dir(root / "olid") / "olid-training-v1.0.tsv"
    rows = read_csv(path, delimiter="\t", quotes=False)
    cases = [
        Case(
            row["tweet"],
            f"id {row['id']}",
            "/".join((row["subtask_a"], row["subtask_b"], row["subtask_c"])),
        )
        for row in rows
    ]
    return Dataset("olid", cases, [path.name])


def load_youtube(root: Path) -> Dataset:
    folder = require_dir(root / "youtube_spam")
    cases: list[Case] = []
    files: list[str] = []
    for path in sorted(folder.glob("Youtube*.csv")):
        files.append(path.name)
        for row in read_csv(path):
            group = "spam" if row["CLASS"].strip() == "1" else "ham"
            cases.append(Case(row["CONTENT"], f"{path.stem} {row['COMMENT_ID']}", group))
    if not cases:
        raise MissingData(f"no Youtube*.csv under {folder}")
    return Dataset("youtube_spam", cases, files)


def load_payloads(root: Path) -> Dataset:
    folder = require_dir(root / "payloads")
    cases: list[Case] = []
    files: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        if path.name == "PROVENANCE.txt":
            continue
        if path.name == EVENT_HANDLER_NAMES:
            group = "xss_event_names"
        elif path.name.startswith("sqli_"):
            group = "sqli"
        elif path.name.startswith("xss_"):
            group = "xss"
        else:
            continue
        files.append(path.name)
        with path.open(encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                text = line.rstrip("\r\n")
                if text.strip():
                    cases.append(Case(text, f"{path.name}:{number}", group))
    if not cases:
        raise MissingData(f"no sqli_*.txt or xss_*.txt under {folder}")
    return Dataset("payloads", cases, files)


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def load_peer_cases(root: Path) -> Dataset:
    folder = require_dir(root / "peer_cases")
    cases: list[Case] = []
    files: list[str] = []
    skipped: list[Skipped] = []
    notes: list[str] = []

    def table(name: str) -> list[dict[str, str]] | None:
        path = folder / name
        if not path.is_file():
            notes.append(f"{name} not found; skipped")
            return None
        files.append(name)
        return read_csv(path)

    rows = table("presidio_recognizer_test_cases.csv")
    for row in rows or ():
        entities = json.loads(row["entities"]) if row["entities"].strip() else []
        detectors = {PRESIDIO_ENTITIES.get(entity, "") for entity in entities}
        detector = detectors.pop() if len(detectors) == 1 else ""
        if not detector:
            reason = f"entity {'/'.join(sorted(set(entities))) or '?'} is not SSN/phone/email/card"
            skipped.append(Skipped("presidio", row["case_id"], reason))
        elif not row["text"].strip():
            skipped.append(Skipped("presidio", row["case_id"], "empty input"))
        else:
            cases.append(
                Case(
                    row["text"],
                    f"{row['case_id']} expects {row['expected_count']}",
                    "presidio",
                    expected=int(row["expected_count"]) > 0,
                    detector=detector,
                )
            )

    rows = table("commonregex_test_cases.csv")
    for row in rows or ():
        case_id, method, text = row["case_id"], row["commonregex_method"], row["input_text"]
        detector = COMMONREGEX_METHODS.get(method, "")
        if row["test_class"] == "TestPhonesWithExts" and method == "links":
            skipped.append(
                Skipped(
                    "commonregex",
                    case_id,
                    "upstream quirk: the non-match assertion calls links(), not a phone method,"
                    " so it says nothing about phones",
                )
            )
        elif not detector:
            skipped.append(Skipped("commonregex", case_id, f"{method} is not SSN/phone/email/card"))
        elif detector == "payment_card":
            digits = re.sub(r"\D", "", text)
            why = "fails the Luhn check" if not luhn_valid(digits) else "has no issuer prefix"
            skipped.append(
                Skipped(
                    "commonregex",
                    case_id,
                    f"format-only card string ({why}); Presidio's recogniser, which checks the"
                    " issuer prefix and Luhn (as DESIGN.md asks), finds no card here: the peers"
                    " disagree",
                )
            )
        elif not text.strip():
            skipped.append(Skipped("commonregex", case_id, "empty input"))
        else:
            cases.append(
                Case(
                    text,
                    f"{case_id} {method} {row['expected']}",
                    "commonregex",
                    expected=row["expected"] == "match",
                    detector=detector,
                )
            )

    rows = table("libinjection_sqli_test_cases.csv")
    for row in rows or ():
        case_id = row["source_file"].removesuffix(".txt")
        if not row["input"].strip():
            skipped.append(Skipped("libinjection", case_id, "empty input"))
        else:
            cases.append(
                Case(
                    row["input"],
                    f"{case_id} {row['label']}",
                    "libinjection",
                    expected=row["label"] == "sqli",
                )
            )

    rows = table("better_profanity_test_cases.csv")
    for row in rows or ():
        case_id, check, text = row["case_id"], row["check"], row["input_text"]
        wordlist, whitelist = row["wordlist_in_effect"], row["whitelist"]
        if wordlist != "default":
            skipped.append(Skipped("better_profanity", case_id, f"word list {wordlist}"))
        elif whitelist.strip():
            skipped.append(Skipped("better_profanity", case_id, f"custom whitelist {whitelist!r}"))
        elif not text.strip():
            skipped.append(Skipped("better_profanity", case_id, "empty input"))
        elif check == "contains_profanity":
            expected = row["expected"].strip() == "True"
            cases.append(
                Case(
                    text,
                    f"{case_id} contains_profanity={expected}",
                    "better_profanity",
                    expected=expected,
                )
            )
        elif check == "censor_equals":
            expected = row["expected"] != text
            cases.append(
                Case(
                    text,
                    f"{case_id} censor changes text={expected}",
                    "better_profanity_censor",
                    expected=expected,
                )
            )
        else:
            skipped.append(
                Skipped(
                    "better_profanity", case_id, f"{check}: a substring check on censor() output"
                )
            )

    if not files:
        raise MissingData(f"no peer case table under {folder}")
    pyap = folder / "pyap_us_test_cases.csv"
    if pyap.is_file():
        notes.append(
            f"{pyap.name}: not scored (street addresses are not among issue 3's peer targets)"
        )
    return Dataset("peer_cases", cases, files, skipped=skipped, notes=notes)


def visible_rows(root: Path, folder: str) -> list[dict[str, str]]:
    """The rows of ``folder/visible.csv`` (the sets added for issue 9 hold a visible two-thirds)."""
    return read_csv(require_dir(root / folder) / "visible.csv")


def load_civil_comments(root: Path) -> Dataset:
    """Civil Comments posts; the group names every span type at least half the raters marked."""
    cases = []
    for row in visible_rows(root, "civil_comments_toxic_spans"):
        types = [name for name in CIVIL_TYPES if float(row[name]) >= 0.5]
        group = "+".join(types) or CIVIL_NO_TYPE
        cases.append(Case(row["text"], f"id {row['id']} {group}", group))
    notes = [
        "every post was judged toxic by Civil Comments' own raters: there are no harmless rows;"
        f" {CIVIL_NO_TYPE!r} (no span type reaches 0.5) is the comparison pool"
    ]
    return Dataset("civil_comments", cases, ["civil_comments_toxic_spans/visible.csv"], notes=notes)


def load_jigsaw(root: Path) -> Dataset:
    cases = [
        Case(row["text"], f"id {row['id']}", "toxic" if row["toxic"] == "1" else "non_toxic")
        for row in visible_rows(root, "jigsaw_toxic_challenge_subset20k")
    ]
    return Dataset("jigsaw_toxic", cases, ["jigsaw_toxic_challenge_subset20k/visible.csv"])


def load_wiki_talk(root: Path) -> Dataset:
    """Wikipedia talk comments, each answering its parent comment (given as the thread)."""
    cases = []
    for row in visible_rows(root, "wiki_talk_cat_large"):
        label = "toxic" if row["toxic"] == "1" else "non_toxic"
        setting = row["annotation_setting"]
        cases.append(
            Case(
                row["text"],
                f"id {row['id']} {setting}",
                f"{label}/{setting}",
                thread=row["parent"] if row["parent"].strip() else "",
            )
        )
    with_parent = sum(bool(case.thread) for case in cases)
    notes = [f"{with_parent} comments are evaluated with their parent comment as the thread"]
    return Dataset("wiki_talk", cases, ["wiki_talk_cat_large/visible.csv"], notes=notes)


def load_congress(root: Path) -> Dataset:
    cases = [
        Case(row["text"], f"id {row['id']}", "uncivil" if row["uncivil"] == "1" else "civil")
        for row in visible_rows(root, "congress_incivility_theocharis2020")
    ]
    return Dataset("congress", cases, ["congress_incivility_theocharis2020/visible.csv"])


LOADERS: tuple[tuple[str, Callable[[Path], Dataset]], ...] = (
    ("polis_civic", load_polis),
    ("lookalikes", load_lookalikes),
    ("hatecheck", load_hatecheck),
    ("ethos", load_ethos),
    ("olid", load_olid),
    ("youtube_spam", load_youtube),
    ("peer_cases", load_peer_cases),
    ("payloads", load_payloads),
)
# The sets of comments added for issue 9 (tools/fingerprint.py reads LOADERS and these files by
# itself, so they are kept apart). The names are the data folders, for the provenance header.
COMMENT_LOADERS: tuple[tuple[str, Callable[[Path], Dataset]], ...] = (
    ("civil_comments_toxic_spans", load_civil_comments),
    ("jigsaw_toxic_challenge_subset20k", load_jigsaw),
    ("wiki_talk_cat_large", load_wiki_talk),
    ("congress_incivility_theocharis2020", load_congress),
)
ALL_LOADERS = LOADERS + COMMENT_LOADERS


# --------------------------------------------------------------------------------------------
# Provenance and run metadata


def provenance(folder: Path) -> list[str]:
    """``owner/repo@commit (date)`` for each source named in ``folder/PROVENANCE.txt``."""
    path = folder / "PROVENANCE.txt"
    if not path.is_file():
        return ["no PROVENANCE.txt"]
    sources: list[str] = []
    repo = "?"
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        found_repo = re.search(r"(?:source_repo|^repository):\s*(\S+)", line)
        if found_repo:
            repo = found_repo.group(1).removeprefix("https://github.com/").rstrip("/")
            continue
        found_commit = re.search(r"\bcommit:\s*([0-9a-f]{40})(.*)", line)
        if found_commit:
            date = re.search(r"\d{4}-\d{2}-\d{2}", found_commit.group(2))
            entry = f"{repo}@{found_commit.group(1)[:12]}" + (f" ({date.group(0)})" if date else "")
            if entry not in sources:
                sources.append(entry)
    return sources or ["PROVENANCE.txt names no commit"]


def git_revision() -> str:
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short=12", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{head}{' (uncommitted changes)' if dirty else ''}"


def library_version() -> str:
    try:
        return str(msp.__version__)
    except AttributeError:
        return "unknown"


# --------------------------------------------------------------------------------------------
# Rows


@dataclass(frozen=True)
class Ratio:
    k: int
    n: int

    @property
    def value(self) -> float | None:
        return self.k / self.n if self.n else None

    def pct(self) -> str:
        value = self.value
        return "n/a" if value is None else f"{100 * value:.1f}%"

    def full(self) -> str:
        return f"{self.pct()} ({self.k}/{self.n})"

    def as_json(self) -> dict[str, Any]:
        value = self.value
        return {"k": self.k, "n": self.n, "value": None if value is None else round(value, 4)}


@dataclass(frozen=True)
class Target:
    op: str  # "<=" or ">="
    bound: float

    def met(self, value: float) -> bool:
        return value <= self.bound + 1e-12 if self.op == "<=" else value >= self.bound - 1e-12

    def __str__(self) -> str:
        if self.op == "<=" and self.bound == 0:
            return "= 0"
        return f"{self.op} {100 * self.bound:g}%"


@dataclass
class Row:
    section: str
    label: str
    metric: str  # "recall" | "rate" | "agreement"
    value: Ratio
    target: Target | None = None
    precision: Ratio | None = None
    fpr: Ratio | None = None
    fpr_of: str = ""
    harmless: dict[str, Ratio] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    breakdown: list[tuple[str, Ratio]] = field(default_factory=list)

    @property
    def status(self) -> str:
        value = self.value.value
        if self.target is None:
            return "info"
        if value is None:
            return "n/a"
        return "PASS" if self.target.met(value) else "FAIL"

    def as_json(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "label": self.label,
            "metric": self.metric,
            "value": self.value.as_json(),
            "target": None
            if self.target is None
            else {"op": self.target.op, "bound": self.target.bound},
            "status": self.status,
            "precision": None if self.precision is None else self.precision.as_json(),
            "fpr": None if self.fpr is None else {**self.fpr.as_json(), "of": self.fpr_of},
            "fpr_harmless": {name: ratio.as_json() for name, ratio in self.harmless.items()},
            "breakdown": {name: ratio.as_json() for name, ratio in self.breakdown},
        }


def shorten(text: str, width: int = MISS_WIDTH) -> str:
    flat = text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def miss(kind: str, case: Case, outcome: Outcome) -> str:
    return f'{kind} [{outcome.describe()}] "{shorten(case.text)}"  <{case.ref}>'


class Rows:
    """Builds rows against the harmless pools; collects them in print order."""

    def __init__(self, judge: Judge, pools: dict[str, list[Case]], keep_misses: int) -> None:
        self.judge = judge
        self.pools = pools
        self.keep = keep_misses
        self.rows: list[Row] = []

    def _add(self, row: Row) -> None:
        """Keep ``row``, unless it is an info row with nothing to measure (data absent)."""
        if row.value.n or row.target is not None:
            self.rows.append(row)

    def _harmless(self, test: Test) -> dict[str, Ratio]:
        return {
            name: Ratio(sum(test(self.judge.of(case)) for case in cases), len(cases))
            for name, cases in self.pools.items()
        }

    def detection(
        self,
        section: str,
        label: str,
        positives: Sequence[Case],
        negatives: Sequence[Case],
        test: Test,
        *,
        target: Target | None = None,
        negatives_label: str = "",
    ) -> Row:
        """Recall on ``positives``, with precision and FPR on ``negatives`` and the pools."""
        misses: list[str] = []
        tp = fp = 0
        for case in positives:
            outcome = self.judge.of(case)
            if test(outcome):
                tp += 1
            elif len(misses) < self.keep:
                misses.append(miss("FN", case, outcome))
        fp_misses: list[str] = []
        for case in negatives:
            outcome = self.judge.of(case)
            if test(outcome):
                fp += 1
                if len(fp_misses) < self.keep:
                    fp_misses.append(miss("FP", case, outcome))
        row = Row(
            section,
            label,
            "recall",
            Ratio(tp, len(positives)),
            target,
            precision=Ratio(tp, tp + fp) if negatives else None,
            fpr=Ratio(fp, len(negatives)) if negatives else None,
            fpr_of=negatives_label,
            harmless=self._harmless(test),
            misses=misses + fp_misses,
        )
        self._add(row)
        return row

    def rate(
        self,
        section: str,
        label: str,
        cases: Sequence[Case],
        test: Test,
        *,
        target: Target | None = None,
        bad_when: bool = True,
        breakdown: Callable[[Case], str] | None = None,
        by_clause: bool = False,
    ) -> Row:
        """Share of ``cases`` for which ``test`` holds; misses are the cases on the bad side.

        ``by_clause`` adds, for each clause, the share of ``cases`` that hit and cite it.
        """
        misses: list[str] = []
        hits = 0
        groups: dict[str, list[int]] = {}
        cited: Counter[str] = Counter()
        for case in cases:
            outcome = self.judge.of(case)
            hit = test(outcome)
            hits += hit
            if hit and by_clause:
                cited.update(outcome.clauses or {"no clause"})
            if hit == bad_when and len(misses) < self.keep:
                misses.append(miss("hit" if hit else "missed", case, outcome))
            if breakdown is not None:
                counts = groups.setdefault(breakdown(case), [0, 0])
                counts[0] += hit
                counts[1] += 1
        row = Row(
            section,
            label,
            "rate",
            Ratio(hits, len(cases)),
            target,
            misses=misses,
            breakdown=[(name, Ratio(k, n)) for name, (k, n) in groups.items()]
            + [(f"citing {name}", Ratio(k, len(cases))) for name, k in sorted(cited.items())],
        )
        self._add(row)
        return row

    def agreement(
        self,
        section: str,
        label: str,
        cases: Sequence[Case],
        test_of: Callable[[Case], Test],
        *,
        target: Target | None = None,
    ) -> Row:
        """Share of peer cases where our test holds exactly when the peer expects a match."""
        agree = tp = fp = pos = neg = 0
        misses: list[str] = []
        per_detector: dict[str, list[int]] = {}
        for case in cases:
            outcome = self.judge.of(case)
            ours = test_of(case)(outcome)
            counts = per_detector.setdefault(case.detector, [0, 0])
            counts[1] += 1
            if case.expected:
                pos += 1
                tp += ours
            else:
                neg += 1
                fp += ours
            if ours == case.expected:
                agree += 1
                counts[0] += 1
            elif len(misses) < self.keep:
                misses.append(miss("FN" if case.expected else "FP", case, outcome))
        row = Row(
            section,
            label,
            "agreement",
            Ratio(agree, len(cases)),
            target,
            precision=Ratio(tp, tp + fp),
            fpr=Ratio(fp, neg),
            fpr_of="peer non-matches",
            misses=misses,
            breakdown=[(name, Ratio(k, n)) for name, (k, n) in per_detector.items() if name],
        )
        row.breakdown.append(("recall on peer matches", Ratio(tp, pos)))
        self._add(row)
        return row


# --------------------------------------------------------------------------------------------
# The benchmark


def is_hatecheck_harmless(functionality: str) -> bool:
    return functionality in HATECHECK_HARMLESS_EXACT or functionality.startswith(
        HATECHECK_HARMLESS_PREFIXES
    )


def where(cases: Iterable[Case], predicate: Callable[[Case], bool]) -> list[Case]:
    return [case for case in cases if predicate(case)]


def in_groups(cases: Iterable[Case], *groups: str) -> list[Case]:
    wanted = set(groups)
    return [case for case in cases if case.group in wanted]


def peer_test(case: Case) -> Test:
    """The test our verdict must pass exactly when the peer expects a match."""
    if case.group in ("presidio", "commonregex"):
        return with_evidence("V.2.10", case.detector)
    if case.group == "libinjection":
        return citing("V.2.14")
    return citing("V.2.5")  # better_profanity


@dataclass
class Functionality:
    """One HateCheck functionality's figures (shares of its cases)."""

    name: str
    n: int
    hate_cited: Ratio
    v25_cited: Ratio
    review: Ratio
    remove: Ratio

    def as_json(self) -> dict[str, Any]:
        return {
            "functionality": self.name,
            "n": self.n,
            "hate_cited": self.hate_cited.as_json(),
            "v25_cited": self.v25_cited.as_json(),
            "review": self.review.as_json(),
            "remove": self.remove.as_json(),
        }


@dataclass
class Extras:
    """Tables printed beside the rows."""

    functionalities: list[Functionality] = field(default_factory=list)
    peer_contributed: dict[str, int] = field(default_factory=dict)
    peer_skipped: list[Skipped] = field(default_factory=list)


def build_rows(data: dict[str, Dataset], rows: Rows) -> Extras:
    """Compute every row, in print order, and the tables printed beside them."""
    extra = Extras()
    at_most_zero = Target("<=", 0.0)
    ninety_five = Target(">=", 0.95)

    polis = data.get("polis_civic")
    if polis:
        rows.rate(
            "polis_civic",
            "remove rate (harmless civic comments)",
            polis.cases,
            removed,
            target=at_most_zero,
        )
        rows.rate(
            "polis_civic",
            "review rate (harmless civic comments)",
            polis.cases,
            reviewed,
            target=Target("<=", 0.03),
        )
        rows.rate(
            "polis_civic",
            "flagged rate, review or remove (issue 9)",
            polis.cases,
            flagged,
            target=Target("<=", 0.02),
        )

    look = data.get("lookalikes")
    if look:
        scored = where(look.cases, lambda c: c.group != f"blns:{SCRIPT_INJECTION}")
        rows.rate(
            "lookalikes",
            f"remove rate (all but BLNS {SCRIPT_INJECTION!r})",
            scored,
            removed,
            target=at_most_zero,
            breakdown=lambda c: c.group,
        )
        rows.rate(
            "lookalikes",
            f"review rate (all but BLNS {SCRIPT_INJECTION!r})",
            scored,
            reviewed,
            breakdown=lambda c: c.group,
        )
        rows.rate(
            "lookalikes",
            "remove rate without any BLNS attack section (pool 'look')",
            rows.pools.get("look", []),
            removed,
        )
        rows.detection(
            "lookalikes",
            f"BLNS {SCRIPT_INJECTION!r} citing V.2.14",
            in_groups(look.cases, f"blns:{SCRIPT_INJECTION}"),
            [],
            citing("V.2.14"),
        )

    hc = data.get("hatecheck")
    if hc:
        harmless = where(hc.cases, lambda c: is_hatecheck_harmless(c.group))
        rows.rate(
            "hatecheck",
            "remove rate on counter_*/ident_*/slur_reclaimed/slur_homonym/target_obj_nh",
            harmless,
            removed,
            target=at_most_zero,
            breakdown=lambda c: c.group,
        )
        rows.rate(
            "hatecheck",
            "review rate on the same harmless cases",
            harmless,
            reviewed,
            breakdown=lambda c: c.group,
        )
        hateful = where(hc.cases, lambda c: c.group.endswith("_h"))
        not_hateful = where(
            hc.cases, lambda c: c.group.endswith("_nh") and c.group != "target_indiv_nh"
        )
        rows.detection(
            "hatecheck",
            "hateful (_h) flagged citing V.2.4 or V.2.2",
            hateful,
            not_hateful,
            citing("V.2.4", "V.2.2"),
            target=Target(">=", 0.80),
            negatives_label="_nh except target_indiv_nh",
        )
        profane = in_groups(hc.cases, "profanity_nh")
        other_nh = where(hc.cases, lambda c: c.group.endswith("_nh") and c.group != "profanity_nh")
        rows.detection(
            "hatecheck",
            "profanity_nh citing V.2.5",
            profane,
            other_nh,
            citing("V.2.5"),
            target=Target(">=", 0.90),
            negatives_label="other _nh",
        )
        for name in ("threat_dir_h", "threat_norm_h"):
            rows.detection(
                "hatecheck",
                f"{name} citing V.2.2 or V.2.6 (issue 9)",
                in_groups(hc.cases, name),
                not_hateful,
                citing("V.2.2", "V.2.6"),
                target=Target(">=", 0.85),
                negatives_label="_nh except target_indiv_nh",
            )
        hate_test = citing("V.2.4", "V.2.2")
        for name in sorted({c.group for c in hc.cases}, key=lambda f: (not f.endswith("_h"), f)):
            outcomes = [rows.judge.of(c) for c in in_groups(hc.cases, name)]
            n = len(outcomes)
            extra.functionalities.append(
                Functionality(
                    name,
                    n,
                    hate_cited=Ratio(sum(map(hate_test, outcomes)), n),
                    v25_cited=Ratio(sum(o.cites("V.2.5") for o in outcomes), n),
                    review=Ratio(sum(map(reviewed, outcomes)), n),
                    remove=Ratio(sum(map(removed, outcomes)), n),
                )
            )

    ethos = data.get("ethos")
    if ethos:
        hate, not_hate = in_groups(ethos.cases, "hate"), in_groups(ethos.cases, "not_hate")
        rows.detection(
            "ethos",
            "isHate >= 0.5 flagged (any clause)",
            hate,
            not_hate,
            flagged,
            target=Target(">=", 0.60),
            negatives_label="isHate == 0",
        )
        rows.rate(
            "ethos",
            "isHate == 0 flagged (any clause)",
            not_hate,
            flagged,
            target=Target("<=", 0.15),
        )
        rows.detection(
            "ethos",
            "isHate >= 0.5 flagged citing V.2.4 or V.2.2",
            hate,
            not_hate,
            citing("V.2.4", "V.2.2"),
            negatives_label="isHate == 0",
        )

    olid = data.get("olid")
    if olid:
        not_off = in_groups(olid.cases, "NOT/NULL/NULL")
        rows.detection(
            "olid",
            "OFF/UNT citing V.2.5",
            in_groups(olid.cases, "OFF/UNT/NULL"),
            not_off,
            citing("V.2.5"),
            target=Target(">=", 0.70),
            negatives_label="NOT",
        )
        rows.rate("olid", "NOT flagged (any clause)", not_off, flagged, target=Target("<=", 0.10))
        rows.detection(
            "olid",
            "OFF/TIN/IND citing V.2.2",
            in_groups(olid.cases, "OFF/TIN/IND"),
            not_off,
            citing("V.2.2"),
            negatives_label="NOT",
        )
        rows.detection(
            "olid",
            "OFF/TIN/GRP citing V.2.4",
            in_groups(olid.cases, "OFF/TIN/GRP"),
            not_off,
            citing("V.2.4"),
            negatives_label="NOT",
        )
        rows.detection(
            "olid",
            "OFF (all) flagged (any clause)",
            where(olid.cases, lambda c: c.group.startswith("OFF/")),
            not_off,
            flagged,
            negatives_label="NOT",
        )

    yt = data.get("youtube_spam")
    if yt:
        spam, ham = in_groups(yt.cases, "spam"), in_groups(yt.cases, "ham")
        spam_test = citing("V.2.9", "V.2.14")
        rows.detection(
            "youtube_spam",
            "spam flagged citing V.2.9 or V.2.14",
            spam,
            ham,
            spam_test,
            target=Target(">=", 0.75),
            negatives_label="ham",
        )
        rows.rate(
            "youtube_spam",
            "ham flagged citing V.2.9 or V.2.14",
            ham,
            spam_test,
            target=Target("<=", 0.05),
        )
        rows.rate("youtube_spam", "ham flagged (any clause)", ham, flagged)

    peers = data.get("peer_cases")
    if peers:
        for group, label, target in (
            ("presidio", "Presidio SSN/phone/email/card: V.2.10 evidence from the detector", True),
            (
                "commonregex",
                "CommonRegex SSN/phone/email/card: V.2.10 evidence from detector",
                True,
            ),
            ("libinjection", "libinjection SQLi labels: V.2.14 cited iff sqli", True),
            ("better_profanity", "better_profanity contains_profanity: V.2.5 cited", True),
            ("better_profanity_censor", "better_profanity censor() cases: V.2.5 cited", False),
        ):
            cases = in_groups(peers.cases, group)
            if cases:
                rows.agreement(
                    "peer_cases", label, cases, peer_test, target=ninety_five if target else None
                )
        extra.peer_contributed = dict(Counter(c.group for c in peers.cases))
        extra.peer_skipped = peers.skipped

    payloads = data.get("payloads")
    if payloads:
        v214 = citing("V.2.14")
        for group, label in (
            ("sqli", "SQLi payload lines citing V.2.14"),
            ("xss", "XSS payload lines citing V.2.14"),
            ("xss_event_names", "bare event-handler names (port_swigger list) citing V.2.14"),
        ):
            rows.detection("payloads", label, in_groups(payloads.cases, group), [], v214)
    build_comment_rows(data, rows)
    return extra


def has_type(case: Case, name: str) -> bool:
    """Does a Civil Comments case have ``name`` among its majority span types?"""
    return name in case.group.split("+")


def tco_link(case: Case) -> str:
    """Does a tweet carry a ``t.co`` link (the wrapper Twitter puts on every link)?"""
    return "with a t.co link" if "t.co/" in case.text else "no t.co link"


def build_comment_rows(data: dict[str, Dataset], rows: Rows) -> None:
    """The rows of the four sets of comments added for issue 9."""
    at_most_zero = Target("<=", 0.0)

    civil = data.get("civil_comments_toxic_spans")
    if civil:
        pool = in_groups(civil.cases, CIVIL_NO_TYPE)
        pool_label = "no type >= 0.5"
        per_type: tuple[tuple[str, tuple[str, ...], Target | None], ...] = (
            ("threat", ("V.2.2", "V.2.6"), Target(">=", 0.70)),
            ("identity_attack", ("V.2.4", "V.2.2"), Target(">=", 0.60)),
            ("obscene", ("V.2.5",), None),
            ("insult", ("V.2.2",), None),
        )
        for name, clauses, target in per_type:
            positives = [case for case in civil.cases if has_type(case, name)]
            rows.detection(
                "civil_comments",
                f"{name} >= 0.5 citing {' or '.join(clauses)}",
                positives,
                pool,
                citing(*clauses),
                target=target,
                negatives_label=pool_label,
            )
            rows.detection(
                "civil_comments",
                f"{name} >= 0.5 flagged (any clause)",
                positives,
                pool,
                flagged,
                negatives_label=pool_label,
            )
        rows.detection(
            "civil_comments",
            "other_toxicity >= 0.5 flagged (any clause)",
            where(civil.cases, lambda c: has_type(c, "other_toxicity")),
            pool,
            flagged,
            negatives_label=pool_label,
        )
        for label, test in (("flagged", flagged), ("removed", removed)):
            rows.rate(
                "civil_comments",
                f"{pool_label} (comparison pool) {label}",
                pool,
                test,
                by_clause=True,
            )
        rows.rate("civil_comments", "all posts removed", civil.cases, removed, by_clause=True)

    for key, section, by_setting in (
        ("jigsaw_toxic_challenge_subset20k", "jigsaw_toxic", False),
        ("wiki_talk_cat_large", "wiki_talk", True),
    ):
        dataset = data.get(key)
        if not dataset:
            continue
        toxic = where(dataset.cases, lambda c: c.group.split("/")[0] == "toxic")
        ok = where(dataset.cases, lambda c: c.group.split("/")[0] == "non_toxic")
        setting = (lambda c: c.group.split("/")[1]) if by_setting else None
        rows.detection(
            section, "toxic flagged (any clause)", toxic, ok, flagged, negatives_label="non-toxic"
        )
        clause_sets: tuple[tuple[str, ...], ...] = (
            ("V.2.2",),
            ("V.2.4",),
            ("V.2.5",),
            ("V.2.2", "V.2.4", "V.2.5"),
        )
        for clauses in clause_sets:
            rows.detection(
                section,
                f"toxic citing {' or '.join(clauses)}",
                toxic,
                ok,
                citing(*clauses),
                negatives_label="non-toxic",
            )
        rows.rate(
            section,
            "non-toxic flagged (any clause)",
            ok,
            flagged,
            breakdown=setting,
            by_clause=True,
        )
        rows.rate(
            section,
            "non-toxic removed (harmless set)",
            ok,
            removed,
            target=at_most_zero,
            breakdown=setting,
            by_clause=True,
        )
        rows.rate(section, "toxic removed", toxic, removed, breakdown=setting, by_clause=True)
        if by_setting:
            rows.rate(
                section,
                "non-toxic citing V.2.1 (off-topic against the parent)",
                ok,
                citing("V.2.1"),
                breakdown=setting,
            )

    congress = data.get("congress_incivility_theocharis2020")
    if congress:
        civil_tweets = in_groups(congress.cases, "civil")
        uncivil = in_groups(congress.cases, "uncivil")
        rows.rate(
            "congress",
            "civil tweets flagged (any clause)",
            civil_tweets,
            flagged,
            target=Target("<=", 0.05),
            breakdown=tco_link,
            by_clause=True,
        )
        rows.rate(
            "congress",
            "civil tweets removed (harmless set)",
            civil_tweets,
            removed,
            target=at_most_zero,
            by_clause=True,
        )
        rows.detection(
            "congress",
            "uncivil flagged (any clause; reported, never a target to raise)",
            uncivil,
            civil_tweets,
            flagged,
            negatives_label="civil",
        )
        for clause in ("V.2.5", "V.2.2"):
            rows.detection(
                "congress",
                f"uncivil citing {clause} (reported, never a target to raise)",
                uncivil,
                civil_tweets,
                citing(clause),
                negatives_label="civil",
            )
        rows.rate(
            "congress", "uncivil flagged", uncivil, flagged, breakdown=tco_link, by_clause=True
        )
        rows.rate("congress", "uncivil removed", uncivil, removed, by_clause=True)


def harmless_pools(data: dict[str, Dataset]) -> dict[str, list[Case]]:
    pools: dict[str, list[Case]] = {}
    if "polis_civic" in data:
        pools["polis"] = data["polis_civic"].cases
    if "lookalikes" in data:
        pools["look"] = where(
            data["lookalikes"].cases,
            lambda c: c.group.removeprefix("blns:") not in BLNS_ATTACK_SECTIONS,
        )
    if "hatecheck" in data:
        pools["HC-ok"] = where(data["hatecheck"].cases, lambda c: is_hatecheck_harmless(c.group))
    if "congress_incivility_theocharis2020" in data:
        pools["cong-civil"] = in_groups(data["congress_incivility_theocharis2020"].cases, "civil")
    for key, name in (
        ("jigsaw_toxic_challenge_subset20k", "jig-ok"),
        ("wiki_talk_cat_large", "wiki-ok"),
    ):
        if key in data:
            pools[name] = where(data[key].cases, lambda c: c.group.startswith("non_toxic"))
    return pools


# --------------------------------------------------------------------------------------------
# Phrase families: a small table we wrote ourselves (benchmarks/phrase_families.csv), not a target


@dataclass(frozen=True)
class Probe:
    """One hand-written phrasing of a family, with what its verdict should be."""

    family: str
    expect: str  # "cite A|B", "not remove" or "no finding"
    source: str  # "issue" (quoted from issue 9) or "ours"
    text: str

    def met(self, outcome: Outcome) -> bool:
        if self.expect.startswith("cite "):
            return outcome.cites(*self.expect.removeprefix("cite ").split("|"))
        if self.expect == "not remove":
            return outcome.decision not in ("remove", "error")
        if self.expect == "no finding":
            return outcome.decision != "error" and not outcome.clauses
        raise ValueError(
            f"phrase family {self.family!r}: expect={self.expect!r} is not one of"
            " 'cite A|B', 'not remove', 'no finding'; fix the row in the families file"
        )


def load_families(path: Path) -> list[Probe]:
    """The probes of ``path``; lines starting with ``#`` are comments."""
    if not path.is_file():
        raise MissingData(f"{path} not found")
    with path.open(newline="", encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [
        Probe(row["family"], row["expect"], row["source"], row["text"])
        for row in csv.DictReader(lines)
    ]


def print_families(probes: list[Probe], judge: Judge, source: Path) -> list[dict[str, Any]]:
    """Print the families table and every probe that misses; return the figures for JSON."""
    print(f"== families: {len(probes)} phrasings from {source.name}")
    print("  written by us for issue 9, NOT data and NOT a target: is a whole family handled?")
    print(f"    {'family':<20} {'expect':<18} {'met':>14} {'allow':>6} {'review':>6} {'remove':>6}")
    figures: list[dict[str, Any]] = []
    misses: list[str] = []
    for family in dict.fromkeys(probe.family for probe in probes):
        members = [probe for probe in probes if probe.family == family]
        outcomes = [judge(probe.text) for probe in members]
        met = Ratio(sum(p.met(o) for p, o in zip(members, outcomes, strict=True)), len(members))
        decisions = Counter(outcome.decision for outcome in outcomes)
        print(
            f"    {family:<20} {members[0].expect:<18} {met.full():>14} "
            f"{decisions['allow']:>6} {decisions['review']:>6} {decisions['remove']:>6}"
        )
        figures.append(
            {
                "family": family,
                "expect": members[0].expect,
                "met": met.as_json(),
                "decisions": dict(decisions),
                "probes": [
                    {
                        "text": probe.text,
                        "source": probe.source,
                        "verdict": outcome.describe(),
                        "met": probe.met(outcome),
                    }
                    for probe, outcome in zip(members, outcomes, strict=True)
                ],
            }
        )
        misses.extend(
            f"{family:<20} [{outcome.describe()}] {probe.text!r}"
            for probe, outcome in zip(members, outcomes, strict=True)
            if not probe.met(outcome)
        )
    if misses:
        print("  phrasings whose verdict is not what the family expects:")
        for line in misses:
            print(f"    {line}")
    return figures


# --------------------------------------------------------------------------------------------
# Output


def print_row(row: Row, show_misses: int) -> None:
    target = "" if row.target is None else f"target {row.target}"
    print(f"  {row.status:<5} {row.label:<74} {row.metric:<9} {row.value.full():<20} {target}")
    details = []
    if row.precision is not None:
        details.append(f"precision {row.precision.full()}")
    if row.fpr is not None:
        details.append(f"FPR {row.fpr.full()} of {row.fpr_of}")
    if row.harmless:
        details.append(
            "harmless FPR " + "  ".join(f"{n} {r.pct()}" for n, r in row.harmless.items())
        )
    if details:
        print("        " + " | ".join(details))
    shown = [(name, ratio) for name, ratio in row.breakdown if row.metric == "agreement" or ratio.k]
    if shown:
        print("        by group: " + "; ".join(f"{name} {ratio.full()}" for name, ratio in shown))
    for line in row.misses[: show_misses * 2 if row.metric == "recall" else show_misses]:
        print(f"          {line}")


def print_hatecheck_table(table: list[Functionality]) -> None:
    print("  HateCheck by functionality (share of cases):")
    print(
        f"    {'functionality':<20} {'n':>4}  {'V.2.4|V.2.2':>11}  {'V.2.5':>6}  {'review':>6}  "
        f"{'remove':>6}"
    )
    for entry in table:
        print(
            f"    {entry.name:<20} {entry.n:>4}  {entry.hate_cited.pct():>11}  "
            f"{entry.v25_cited.pct():>6}  {entry.review.pct():>6}  {entry.remove.pct():>6}"
        )


def print_skipped(skipped: list[Skipped], contributed: dict[str, int]) -> None:
    print("  cases contributed: " + ", ".join(f"{k} {v}" for k, v in contributed.items()))
    by_reason: dict[tuple[str, str], list[str]] = {}
    for item in skipped:
        by_reason.setdefault((item.table, item.reason), []).append(item.case_id)
    print(f"  skipped as not applicable: {len(skipped)}")
    for (table, reason), ids in by_reason.items():
        print(f"    {table} ({len(ids)}): {reason}: {compress_ids(ids)}")


def compress_ids(ids: list[str]) -> str:
    """``pr028, pr029, pr030`` -> ``pr028-pr030``."""
    parts: list[str] = []
    run: list[str] = []

    def number(case_id: str) -> tuple[str, int] | None:
        found = re.fullmatch(r"(.*?)(\d+)", case_id)
        return (found.group(1), int(found.group(2))) if found else None

    def flush() -> None:
        if run:
            parts.append(run[0] if len(run) == 1 else f"{run[0]}-{run[-1]}")
            run.clear()

    for case_id in ids:
        current, previous = number(case_id), number(run[-1]) if run else None
        if current and previous and current[0] == previous[0] and current[1] == previous[1] + 1:
            run.append(case_id)
        else:
            flush()
            run.append(case_id)
    flush()
    return ", ".join(parts)


def dataset_summary(dataset: Dataset, judge: Judge) -> tuple[Counter[str], Counter[str], int]:
    decisions: Counter[str] = Counter()
    clauses: Counter[str] = Counter()
    notes = 0
    for case in dataset.cases:
        outcome = judge.of(case)
        decisions[outcome.decision] += 1
        clauses.update(outcome.clauses)
        notes += outcome.notes > 0
    return decisions, clauses, notes


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Accuracy of the Kankakee ordinance on real, labelled data (issue 3, § 4)."
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"the data folder (default: {DEFAULT_DATA})"
    )
    parser.add_argument(
        "--show-misses",
        type=int,
        default=0,
        metavar="N",
        help="print up to N misclassified examples per row (N per side for recall rows)",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every figure as JSON")
    parser.add_argument(
        "--families",
        type=Path,
        default=FAMILIES,
        help=f"the hand-written phrase families, not a target (default: {FAMILIES.name})",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when a target is not met (default: exit 0 whatever the figures)",
    )
    return parser.parse_args(argv)


def run_metadata(ordinance: msp.Ordinance, root: Path) -> dict[str, Any]:
    """Date, versions and data provenance: what the published table must carry."""
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "library": "municipal_social_policy",
        "library_version": library_version(),
        "git": git_revision(),
        "python": platform.python_version(),
        "ordinance": {
            "name": ordinance.name,
            "number": ordinance.number,
            "version": ordinance.version,
            "digest": ordinance.digest,
        },
        "data": str(root.resolve()),
        "provenance": {
            name: provenance(root / name) if (root / name).is_dir() else ["absent"]
            for name, _ in ALL_LOADERS
        },
    }


def print_header(meta: dict[str, Any]) -> None:
    ordinance = meta["ordinance"]
    print("Accuracy benchmark: Kankakee Ordinance 2019-70 on real data (issue 3, section 4)")
    print(f"date       {meta['date']}")
    print(
        f"library    {meta['library']} {meta['library_version']}  git {meta['git']}  "
        f"python {meta['python']}"
    )
    print(
        f"ordinance  {ordinance['name']} {ordinance['number']} v{ordinance['version']}  "
        f"{ordinance['digest']}"
    )
    print(f"data       {meta['data']}")
    print("provenance (source repository @ commit, commit date):")
    for name, sources in meta["provenance"].items():
        print(f"  {name:<34} " + "; ".join(sources))


def print_dataset(
    dataset: Dataset, judge: Judge, rows: Rows, extra: Extras, show_misses: int
) -> dict[str, Any]:
    """Print one data set's section; return its summary for the JSON file."""
    decisions, clauses, noted = dataset_summary(dataset, judge)
    print(
        f"== {dataset.name}: {len(dataset.cases)} texts from {', '.join(dataset.files)}; "
        f"loaded and evaluated in {dataset.seconds:.2f} s"
    )
    counts = ", ".join(
        f"{d} {decisions[d]}" for d in ("allow", "review", "remove", "error") if decisions[d]
    )
    cited = ", ".join(f"{c} {k}" for c, k in sorted(clauses.items())) or "none"
    print(f"  decisions: {counts}; clauses cited: {cited}")
    if noted:
        print(f"  {noted} verdicts carry a note (e.g. a detector did not finish)")
    for note in dataset.notes:
        print(f"  note: {note}")
    for row in rows.rows:
        if row.section == dataset.name:
            print_row(row, show_misses)
    if dataset.name == "hatecheck" and extra.functionalities:
        print_hatecheck_table(extra.functionalities)
    if dataset.name == "peer_cases":
        print_skipped(extra.peer_skipped, extra.peer_contributed)
    return {
        "status": "measured",
        "texts": len(dataset.cases),
        "files": dataset.files,
        "seconds": round(dataset.seconds, 3),
        "decisions": dict(decisions),
        "clauses": dict(sorted(clauses.items())),
        "notes": dataset.notes,
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    root: Path = args.data
    if not root.is_dir():
        print(f"accuracy benchmark: data folder {root} not found; skipping (nothing measured).")
        return 0

    started = time.perf_counter()
    ordinance = msp.load("kankakee")
    judge = Judge(msp.Evaluator(ordinance))  # built once for the whole run
    meta = run_metadata(ordinance, root)
    print_header(meta)

    data: dict[str, Dataset] = {}
    missing: dict[str, str] = {}
    for name, loader in ALL_LOADERS:
        start = time.perf_counter()
        try:
            dataset = loader(root)
        except MissingData as absent:
            missing[name] = str(absent)
            continue
        for case in dataset.cases:
            judge.of(case)
        dataset.seconds = time.perf_counter() - start
        data[name] = dataset

    rows = Rows(judge, harmless_pools(data), keep_misses=args.show_misses)
    extra = build_rows(data, rows)

    summaries: dict[str, Any] = {}
    for name, _ in ALL_LOADERS:
        print()
        if name in missing:
            print(f"== {name}: SKIPPED, {missing[name]}")
            summaries[name] = {"status": "missing", "reason": missing[name]}
        else:
            summaries[name] = print_dataset(data[name], judge, rows, extra, args.show_misses)

    families: list[dict[str, Any]] = []
    print()
    try:
        families = print_families(load_families(args.families), judge, args.families)
    except MissingData as absent:
        print(f"== families: SKIPPED, {absent}")

    if judge.errors:
        print()
        print(f"evaluate() raised on {sum(judge.errors.values())} texts:")
        for message, count in judge.errors.most_common(10):
            print(f"  {count} x {message}")

    targets = [row for row in rows.rows if row.target is not None]
    tally = Counter(row.status for row in targets)
    elapsed = time.perf_counter() - started
    print()
    print("== targets (issues 3 and 9)")
    for row in targets:
        print(
            f"  {row.status:<5} {row.section:<14} {row.label:<74} {row.value.pct():>7}  "
            f"target {row.target}"
        )
    print(
        f"  {tally['PASS']} PASS, {tally['FAIL']} FAIL, {tally['n/a']} n/a;"
        f" data sets not measured: {', '.join(missing) or 'none'}"
    )
    print(f"  {judge.distinct} distinct texts evaluated; total {elapsed:.1f} s")

    if args.json:
        document = {
            "meta": {**meta, "seconds": round(elapsed, 2)},
            "datasets": summaries,
            "rows": [row.as_json() for row in rows.rows],
            "hatecheck_functionalities": [entry.as_json() for entry in extra.functionalities],
            "families": families,
            "peer_cases": {
                "contributed": extra.peer_contributed,
                "skipped": [vars(item) for item in extra.peer_skipped],
            },
            "summary": {
                "targets": len(targets),
                "pass": tally["PASS"],
                "fail": tally["FAIL"],
                "n/a": tally["n/a"],
            },
            "evaluate_errors": dict(judge.errors),
        }
        args.json.write_text(
            json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"  figures written to {args.json}")
    return 1 if args.strict and tally["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main())
