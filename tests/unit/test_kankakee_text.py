"""Check the clauses of ``examples/kankakee/ordinance.toml`` against the ordinance's source text.

The source is ``examples/kankakee/source/ordinance-2019-70.txt``, the text of City of Kankakee
Ordinance 2019-70 as extracted from the published pamphlet. These tests prove that every clause
quotes the ordinance verbatim (after whitespace is collapsed and the extraction artefacts recorded
as errata are repaired), that every erratum is consistent with both the clause text and the source,
that the clause identifiers follow the documented scheme, and that the roll call adds up.

Only the standard library and pytest are used, so the tests do not depend on the package's loader.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "kankakee"
TOML_PATH = EXAMPLE / "ordinance.toml"
SOURCE_PATH = EXAMPLE / "source" / "ordinance-2019-70.txt"

SECTIONS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
EDITORIAL = ("recitals", "enactment", "adoption", "approval", "retention")
TOP_LEVEL = (*EDITORIAL[:2], *SECTIONS, *EDITORIAL[2:])
ERRATUM_KINDS = {"artefact", "original"}
VOTES = {"yes", "no", "absent", "present"}


def collapse(text: str) -> str:
    """Return ``text`` NFC-normalised with every run of whitespace (incl. NBSP) as one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


@cache
def ordinance() -> dict[str, Any]:
    """Return the parsed ``ordinance.toml``."""
    with TOML_PATH.open("rb") as handle:
        return tomllib.load(handle)


def clauses() -> list[dict[str, str]]:
    """Return the flat clause list in file order."""
    result: list[dict[str, str]] = ordinance()["clauses"]
    return result


def errata() -> list[dict[str, str]]:
    """Return the errata list."""
    result: list[dict[str, str]] = ordinance()["errata"]
    return result


def clause_ids() -> list[str]:
    """Return the clause ids in file order."""
    return [clause["id"] for clause in clauses()]


def clause_by_id() -> dict[str, dict[str, str]]:
    """Return the clauses keyed by id."""
    return {clause["id"]: clause for clause in clauses()}


@cache
def raw_source() -> str:
    """Return the whitespace-collapsed source text, artefacts included."""
    return collapse(SOURCE_PATH.read_text(encoding="utf-8"))


@cache
def repaired_source() -> str:
    """Return the collapsed source with each artefact's ``found`` replaced by its ``reading``."""
    text = raw_source()
    for erratum in errata():
        if erratum["kind"] == "artefact":
            text = text.replace(erratum["found"], erratum["reading"])
    return text


def quoted_form(clause: dict[str, str]) -> str:
    """Return the string under which ``clause`` must appear in the repaired source.

    Definitions (section III) appear as ``heading: text``, a run-in heading as ``heading. text``,
    a section heading as ``N. HEADING``; the editorial headings of the other top-level entries
    ("Recitals", "Adoption", ...) are not quoted, so only their text is (empty for "recitals").
    """
    cid = clause["id"]
    heading = clause.get("heading", "")
    text = clause.get("text", "")
    if cid in EDITORIAL:
        return text
    if cid in SECTIONS:
        return f"{cid}. {heading.upper()}"
    if not text:
        return heading
    if not heading:
        return text
    separator = ": " if cid.startswith("III.") else ". "
    return f"{heading}{separator}{text}"


def parent_of(cid: str) -> str | None:
    """Return the parent id of ``cid`` or None for a top-level id."""
    head, dot, _ = cid.rpartition(".")
    return head if dot else None


def test_source_is_the_ordinance() -> None:
    """The source file is the Kankakee ordinance text, beginning to end."""
    text = raw_source()
    assert text.startswith(
        "THE CITY OF KANKAKEE KANKAKEE COUNTY, ILLINOIS ORDINANCE NUMBER 2019- 70"
    )
    assert text.endswith("SOCIAL MEDIA RETENTION records are kept for (3) calendar years.")


@pytest.mark.parametrize("cid", clause_ids())
def test_clause_quotes_source(cid: str) -> None:
    """The clause's text (with its definition or run-in heading) occurs verbatim in the source."""
    clause = clause_by_id()[cid]
    quoted = quoted_form(clause)
    if not quoted:  # an editorial heading over quoted children, i.e. "recitals"
        assert clause.get("heading"), cid
        assert f"{cid}.1" in clause_by_id(), cid
        return
    assert quoted in repaired_source(), f"{cid}: {quoted[:80]!r} not in source"


@pytest.mark.parametrize("cid", clause_ids())
def test_clause_is_clean(cid: str) -> None:
    """Headings and texts are trimmed, single-spaced and free of NBSP or control characters."""
    clause = clause_by_id()[cid]
    assert set(clause) <= {"id", "heading", "text", "citation"}
    for key in ("heading", "text"):
        value = clause.get(key)
        if value is None:
            continue
        assert value, f"{cid}: empty {key} should be omitted"
        assert value == collapse(value), f"{cid}: {key} is not whitespace-collapsed"
        bad = [ch for ch in value if unicodedata.category(ch) in {"Cc", "Cf", "Zs"} and ch != " "]
        assert not bad, f"{cid}: {key} contains {bad!r}"


def test_clauses_follow_document_order() -> None:
    """Each quoted clause occurs in the source after the previous one, so the list is in order."""
    source = repaired_source()
    position = 0
    for clause in clauses():
        quoted = quoted_form(clause)
        if not quoted:
            continue
        found = source.find(quoted, position)
        assert found >= 0, f"{clause['id']} is out of document order"
        position = found + len(quoted)


@pytest.mark.parametrize("index", range(len(errata())))
def test_erratum_is_well_formed(index: int) -> None:
    """Each erratum names an existing clause, a known kind, and carries all its fields."""
    erratum = errata()[index]
    assert set(erratum) == {"clause", "kind", "found", "reading", "note"}
    assert erratum["clause"] in clause_by_id()
    assert erratum["kind"] in ERRATUM_KINDS
    assert erratum["note"]
    assert erratum["found"] != erratum["reading"] or erratum["found"] == ""


@pytest.mark.parametrize("index", [i for i, e in enumerate(errata()) if e["kind"] == "original"])
def test_original_erratum_is_kept_in_text(index: int) -> None:
    """A slip of the published ordinance is kept verbatim in its clause and in the source."""
    erratum = errata()[index]
    text = clause_by_id()[erratum["clause"]].get("text", "")
    if erratum["found"]:
        assert erratum["found"] in text
        assert erratum["found"] in raw_source()
    else:
        assert text == ""


@pytest.mark.parametrize("index", [i for i, e in enumerate(errata()) if e["kind"] == "artefact"])
def test_artefact_erratum_is_removed(index: int) -> None:
    """An extraction artefact is in the source, its reading in its clause, and in no clause text."""
    erratum = errata()[index]
    assert erratum["found"]
    assert erratum["found"] in raw_source()
    assert erratum["reading"] in clause_by_id()[erratum["clause"]].get("text", "")
    for clause in clauses():
        assert erratum["found"] not in clause.get("text", ""), clause["id"]


def test_known_errata_are_recorded() -> None:
    """The defects listed in the seeds' README are all recorded against the right clause."""
    recorded = {(e["clause"], e["kind"]) for e in errata()}
    expected = {
        ("IV.1.2.3", "artefact"),
        ("I.3", "original"),
        ("IV.1.2.4", "original"),
        ("VI.5.3", "original"),
        ("VI.5.4", "original"),
        ("VIII.11", "original"),
        ("VIII.8.1", "artefact"),
    }
    assert expected <= recorded
    margin = [e for e in errata() if "margin-left" in e["found"]]
    assert [e["clause"] for e in margin] == ["IV.1.2.3"]


def test_ids_are_unique() -> None:
    """No clause id occurs twice."""
    ids = clause_ids()
    assert len(ids) == len(set(ids))


def test_top_level_ids_in_order() -> None:
    """Top-level entries: recitals, enactment, I-VIII, adoption, approval, retention, in order."""
    top = [cid for cid in clause_ids() if parent_of(cid) is None]
    assert top == list(TOP_LEVEL)


def test_parents_precede_children() -> None:
    """Every non-top-level id has its parent earlier in the list."""
    seen: set[str] = set()
    for cid in clause_ids():
        parent = parent_of(cid)
        assert parent is None or parent in seen, f"{cid} precedes its parent"
        seen.add(cid)


def test_sibling_positions_run_without_gaps() -> None:
    """Under each parent the last id components are 1, 2, ..., n in order."""
    children: dict[str, list[str]] = {}
    for cid in clause_ids():
        parent = parent_of(cid)
        if parent is not None:
            children.setdefault(parent, []).append(cid.rpartition(".")[2])
    assert children
    for parent, positions in children.items():
        assert positions == [str(n) for n in range(1, len(positions) + 1)], parent


REQUIRED_IDS = [
    "I.3",
    "IV.1.2.4",
    *[f"IV.2.3.{n}" for n in range(1, 6)],
    "V.2",
    *[f"V.2.{n}" for n in range(1, 15)],
    *[f"VI.{n}" for n in range(1, 7)],
    *[f"VI.5.{n}" for n in range(1, 5)],
    *[f"VII.1.{n}" for n in range(1, 8)],
    *[f"VIII.{n}" for n in range(1, 13)],
    "retention",
]


@pytest.mark.parametrize("cid", REQUIRED_IDS)
def test_required_id_exists(cid: str) -> None:
    """The ids the design document relies on exist."""
    assert cid in clause_by_id()


def test_sibling_counts() -> None:
    """Each list has as many entries as the ordinance has bullets or paragraphs there."""
    ids = clause_ids()
    expected = {
        "recitals": 5,
        "I": 3,
        "II": 2,
        "III": 13,
        "IV": 2,
        "IV.1": 2,
        "IV.1.1": 6,
        "IV.1.2": 6,
        "IV.1.2.5": 2,
        "IV.1.2.6": 2,
        "IV.2": 3,
        "IV.2.1": 10,
        "IV.2.2": 7,
        "IV.2.3": 5,
        "V": 5,
        "V.2": 14,
        "VI": 6,
        "VI.5": 4,
        "VII": 1,
        "VII.1": 7,
        "VIII": 12,
        "VIII.2": 4,
        "VIII.11": 0,
        "VIII.12": 1,
    }
    for parent, count in expected.items():
        assert sum(1 for cid in ids if parent_of(cid) == parent) == count, parent


@pytest.mark.parametrize(
    ("cid", "needle"),
    [
        ("I.3", "protected or privileged under law"),
        ("IV.1.2.4", "must be retained by TST"),
        ("IV.2.3.3", "guilt"),
        ("IV.2.3.4", "political activities"),
        ("V.2", "partial list"),
        ("V.2.1", "unrelated to the business"),
        ("V.2.5", "Profane"),
        ("V.2.10", "social security number"),
        ("V.2.14", "Cyber Attack"),
        ("VI.1", "City Communications Office"),
        ("VI.2", "notify the commenter"),
        ("VI.4", "law enforcement"),
        ("VI.5.1", "Twitter"),
        ("VI.5.2", "Instagram"),
        ("VI.5.3", "LinkedIn"),
        ("VI.5.4", "Ring"),
        ("VI.6", "not specifically delineated in this Policy"),
        ("VIII.8.1", "children under the age of 13"),
        ("retention", "(3) calendar years"),
    ],
)
def test_clause_content(cid: str, needle: str) -> None:
    """Spot checks: the clause at a documented id says what the design says it says."""
    assert needle in clause_by_id()[cid].get("text", "")


@pytest.mark.parametrize(
    ("cid", "heading"),
    [
        ("III.1", "Blog"),
        ("III.10", "User Comment"),
        ("III.13", "Personnel"),
        ("IV.1.1", "Public Forum Strategy"),
        ("IV.1.1.6", "Limited Public Forum"),
        ("IV.1.2", "Procedure"),
        ("VIII.3", "Cookies"),
        ("VIII.11", "Corrections and Updates"),
        ("VIII.12", "Modification of the Privacy Policy"),
    ],
)
def test_clause_heading(cid: str, heading: str) -> None:
    """Definitions, heading-only bullets and run-in headings carry the heading as worded."""
    assert clause_by_id()[cid].get("heading") == heading


def test_roll_call() -> None:
    """Fourteen aldermen voted, all yes, and the vote counts add up to the roll call."""
    vote = ordinance()["vote"]
    roll: list[dict[str, str]] = vote["roll_call"]
    assert len(roll) == 14
    assert len({member["member"] for member in roll}) == 14
    assert all(member["vote"] in VOTES for member in roll)
    assert all(member["vote"] == "yes" for member in roll)
    assert sum(vote[kind] for kind in VOTES) == len(roll)
    for kind in VOTES:
        assert vote[kind] == sum(1 for member in roll if member["vote"] == kind), kind
    surnames = [member["member"].split(",")[0].split()[-1].upper() for member in roll]
    source = raw_source()
    assert all(surname in source for surname in surnames)
