"""Unit tests for ``msp.loads`` / ``msp.dumps``: round trips and path-addressed error lines.

Bad data is made by editing one value of the Kankakee file; the expected path and value of each
problem line are derived from the edit, the wording from the messages serialization.py and
ordinance.py define.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest

import municipal_social_policy as msp
from municipal_social_policy.serialization import Format

KANKAKEE_TOML = Path(__file__).parents[2] / "examples" / "kankakee" / "ordinance.toml"
CATEGORY = "[[comment_policy.categories]]"
UNKNOWN_KEY = "check the spelling against the documented fields"


@cache
def kankakee() -> msp.Ordinance:
    """The bundled Kankakee ordinance, loaded once (it is immutable)."""
    return msp.load("kankakee")


@cache
def kankakee_text() -> str:
    """The Kankakee ordinance file as TOML text."""
    return KANKAKEE_TOML.read_text(encoding="utf-8")


def kankakee_data() -> dict[str, Any]:
    """A fresh, mutable copy of the Kankakee ordinance as plain data."""
    return tomllib.loads(kankakee_text())


def as_json(data: dict[str, Any]) -> str:
    """Plain data (with TOML dates) as a JSON document."""
    return json.dumps(data, default=str)


def _block(text: str, header: str, index: int) -> tuple[int, int]:
    """The span of the ``index``-th table named ``header`` ("" for the top-level keys)."""
    if header:
        starts = [m.end() for m in re.finditer(rf"^{re.escape(header)}\n", text, re.MULTILINE)]
        start = starts[index]
    else:
        start = 0
    following = re.compile(r"^\[", re.MULTILINE).search(text, start)
    return start, following.start() if following else len(text)


def set_key(text: str, header: str, index: int, key: str, value: str | None) -> str:
    """``text`` with ``key`` of the ``index``-th ``header`` table set to the TOML ``value``.

    ``None`` removes the key. Exactly one such key must exist in the table.
    """
    start, end = _block(text, header, index)
    line = re.compile(rf"^{re.escape(key)} = .*\n", re.MULTILINE)
    block = text[start:end]
    assert len(line.findall(block)) == 1, f"{key} not found once in {header}[{index}]"
    replacement = "" if value is None else f"{key} = {value}\n"
    return text[:start] + line.sub(lambda _: replacement, block) + text[end:]


def add_key(text: str, header: str, index: int, key: str, value: str) -> str:
    """``text`` with a new ``key = value`` line first in the ``index``-th ``header`` table."""
    start, _ = _block(text, header, index)
    return f"{text[:start]}{key} = {value}\n{text[start:]}"


def load_error(text: str, format: Format = "toml") -> msp.OrdinanceLoadError:
    """The error ``loads`` raises for ``text``; fails the test if it loads."""
    with pytest.raises(msp.OrdinanceLoadError) as caught:
        msp.loads(text, format=format)
    return caught.value


# --- round trips --------------------------------------------------------------------------------


@pytest.mark.parametrize("format", ["toml", "json"])
def test_kankakee_round_trips_to_an_equal_ordinance(format: Format) -> None:
    """dumps then loads gives back an equal ordinance with the same digest."""
    text = msp.dumps(kankakee(), format=format)
    again = msp.loads(text, format=format)
    assert again == kankakee()
    assert again.digest == kankakee().digest


@pytest.mark.parametrize("format", ["toml", "json"])
def test_round_trip_is_a_fixed_point(format: Format) -> None:
    """Writing a loaded copy again gives the same document, byte for byte."""
    text = msp.dumps(kankakee(), format=format)
    assert msp.dumps(msp.loads(text, format=format), format=format) == text


def test_loads_accepts_bytes() -> None:
    """UTF-8 bytes are read like text."""
    assert msp.loads(kankakee_text().encode("utf-8")) == kankakee()


def test_retention_citation_is_written_but_derived_ones_are_not() -> None:
    """Only citations that differ from the derived ``prefix § id`` are written out."""
    data = json.loads(msp.dumps(kankakee(), format="json"))
    cited = {clause["id"]: clause["citation"] for clause in data["clauses"] if "citation" in clause}
    assert cited == {"retention": kankakee().clause("retention").citation}


@pytest.mark.parametrize(
    ("format", "text"),
    [
        ("toml", "tab\there\nand a new line"),
        ("json", "tab\there\nand a new line"),
        ("toml", 'a "quote" and a back\\slash'),
        ("toml", "line\u2028separator and emoji \U0001f600"),
        ("toml", "NUL \x00 and US \x1f"),
        ("json", "DEL \x7f"),
        ("toml", "DEL \x7f"),
    ],
)
def test_any_clause_text_round_trips(format: Format, text: str) -> None:
    """Control characters, quotes and non-BMP characters in a clause survive a round trip."""
    clauses = list(kankakee().clauses)
    clauses[1] = attrs.evolve(clauses[1], text=text)
    ordinance = attrs.evolve(kankakee(), clauses=tuple(clauses))
    assert msp.loads(msp.dumps(ordinance, format=format), format=format) == ordinance


def _clause(clause_id: str) -> msp.Clause:
    return kankakee().clause(clause_id)


def _reference() -> msp.OrdinanceReference:
    ordinance = kankakee()
    return msp.OrdinanceReference(
        name=ordinance.name,
        number=ordinance.number or "",
        version=ordinance.version,
        digest=ordinance.digest,
        citation_prefix=ordinance.citation_prefix,
    )


def verdict_with_every_action(retain_until: dt.date | None) -> msp.Verdict:
    """A hand-built verdict holding every kind of action, a guard and a note."""
    text = "'; DROP TABLE comments; --"
    finding = msp.Finding(
        category="cyber_attack",
        clause=_clause("V.2.14"),
        evidence=(msp.Evidence(0, 13, text[0:13], "sql_injection"),),
        strength=msp.Strength.MECHANICAL,
        action=msp.Decision.REMOVE,
    )
    actions: tuple[msp.Action, ...] = (
        msp.NotifyCommunicationsOffice(_clause("VI.1")),
        msp.RetainRecord(
            clause=_clause("VI.2"),
            also=(_clause("IV.1.2.4"),),
            schedule=_clause("retention"),
            fields=("content", "time", "date", "poster_identity"),
            retain_until=retain_until,
        ),
        msp.NotifyCommenter(_clause("VI.2"), "Your comment was removed (§ V.2.14)."),
        msp.ReferToPlatform(
            _clause("VI.5.1"), "twitter", "Twitter's Terms", "https://twitter.com/tos"
        ),
        msp.ReferToLawEnforcement(
            _clause("VI.4"),
            "the appropriate law enforcement agency",
            (msp.Statute("720 ILCS 5/26-1", "Disorderly Conduct"),),
        ),
    )
    guard = msp.Guard("protected_speech", _clause("I.3"), "speech about government")
    return msp.Verdict(
        decision=msp.Decision.REMOVE,
        findings=(finding,),
        actions=actions,
        guards=(guard,),
        ordinance=_reference(),
        notes=("posted before the ordinance took effect",),
    )


@pytest.mark.parametrize(
    ("format", "retain_until"),
    [
        ("json", dt.date(2027, 12, 31)),
        ("toml", dt.date(2027, 12, 31)),
        ("json", None),
        ("toml", None),
    ],
)
def test_verdict_round_trips_to_an_equal_verdict(
    format: Format, retain_until: dt.date | None
) -> None:
    """A verdict with every action kind reads back equal, with each action of the right type."""
    verdict = verdict_with_every_action(retain_until)
    again = msp.loads(msp.dumps(verdict, format=format), msp.Verdict, format=format)
    assert again == verdict
    assert [type(action) for action in again.actions] == [type(a) for a in verdict.actions]


@pytest.mark.parametrize("format", ["toml", "json"])
def test_evaluated_verdict_round_trips(format: Format) -> None:
    """A verdict straight from ``evaluate`` (dated comment, so nothing is None) reads back equal."""
    comment = msp.Comment(
        text="My SSN is 356-21-4476",
        platform="twitter",
        posted_at=dt.datetime(2024, 5, 10, 9, 30, tzinfo=dt.UTC),
    )
    verdict = msp.evaluate(kankakee(), comment)
    assert msp.loads(msp.dumps(verdict, format=format), msp.Verdict, format=format) == verdict


@pytest.mark.parametrize("format", ["toml", "json"])
def test_comment_round_trips(format: Format) -> None:
    """A comment with author, thread and a zoned time reads back equal."""
    comment = msp.Comment(
        text="Great parade!",
        author=msp.Author(id="42", display_name="Pat", role=msp.Role.PERSONNEL),
        platform="facebook",
        posted_at=dt.datetime(2024, 7, 4, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        thread=msp.Thread(topic="Parade", text="Join us on Court Street"),
    )
    assert msp.loads(msp.dumps(comment, format=format), msp.Comment, format=format) == comment


def test_loads_reads_back_what_dumps_wrote_without_being_told_the_format() -> None:
    """``loads(dumps(v), Verdict)`` works: ``dumps`` writes JSON by default, and ``loads`` sees
    from the document whether it is JSON or TOML; the same for every type and both formats."""
    verdict = verdict_with_every_action(dt.date(2027, 12, 31))
    comment = msp.Comment("Great parade!", author="Pat", posted_at="2024-07-04T18:00-05:00")
    assert msp.loads(msp.dumps(verdict), msp.Verdict) == verdict
    assert msp.loads(msp.dumps(comment), msp.Comment) == comment
    assert msp.loads(msp.dumps(kankakee())) == kankakee()
    for format in ("json", "toml"):
        assert msp.loads(msp.dumps(verdict, format=format), msp.Verdict) == verdict
        assert msp.loads(msp.dumps(kankakee(), format=format)) == kankakee()


def test_format_detection_tolerates_leading_space_and_a_byte_order_mark() -> None:
    """JSON indented, after blank lines or behind a BOM (as Windows tools write it) is JSON."""
    document = msp.dumps(msp.Comment("x"))
    for text in ("\n\n  " + document, "\ufeff" + document, ("\ufeff" + document).encode()):
        assert msp.loads(text, msp.Comment) == msp.Comment("x")


def test_a_named_format_is_not_second_guessed() -> None:
    """With ``format="toml"`` a JSON document is a TOML error, not silently read as JSON."""
    with pytest.raises(msp.DataError, match="not valid TOML"):
        msp.loads(msp.dumps(msp.Comment("x")), msp.Comment, format="toml")


def test_comment_with_a_lone_surrogate_round_trips_through_json() -> None:
    """Any str can be judged, so any comment must be archivable: JSON escapes lone surrogates."""
    comment = msp.Comment(text="broken \ud800 text")
    text = msp.dumps(comment, format="json")
    text.encode("utf-8")  # writable to a UTF-8 file
    assert msp.loads(text, msp.Comment, format="json") == comment


@pytest.mark.parametrize("format", ["yaml", "xml"])
def test_unknown_format_is_a_value_error(format: str) -> None:
    """Only 'json' and 'toml' are formats; anything else is a ValueError naming it."""
    with pytest.raises(ValueError, match=re.escape(f"got {format!r}")) as written:
        msp.dumps(kankakee(), format=format)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=re.escape(f"got {format!r}")) as read:
        msp.loads("{}", format=format)  # type: ignore[arg-type]
    assert "'json' or 'toml'" in str(written.value)
    assert "'json' or 'toml'" in str(read.value)


# --- errors -------------------------------------------------------------------------------------


def test_ordinance_load_error_is_a_value_error() -> None:
    """OrdinanceLoadError is a ValueError; its message holds the summary and every problem."""
    error = load_error(set_key(kankakee_text(), CATEGORY, 3, "ceiling", '"delete"'))
    assert isinstance(error, ValueError)
    assert isinstance(error, msp.DataError)
    assert str(error) == f"{error.summary}\n" + "\n".join(f"  {p}" for p in error.problems)


def test_the_designs_example_ceiling_problem() -> None:
    """The 4th category's ceiling set to 'delete' gives the line DESIGN.md quotes, exactly."""
    error = load_error(set_key(kankakee_text(), CATEGORY, 3, "ceiling", '"delete"'))
    assert error.summary == "invalid Ordinance data"
    assert error.problems == (
        "comment_policy.categories[3].ceiling: expected 'remove' or 'review', got 'delete'",
    )


def test_the_designs_example_ceiling_problem_in_json() -> None:
    """JSON data gets the same path-addressed line as TOML."""
    data = kankakee_data()
    data["comment_policy"]["categories"][3]["ceiling"] = "delete"
    error = load_error(as_json(data), format="json")
    assert error.problems == (
        "comment_policy.categories[3].ceiling: expected 'remove' or 'review', got 'delete'",
    )


def _ceiling_delete(text: str) -> str:
    return set_key(text, CATEGORY, 3, "ceiling", '"delete"')


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        pytest.param(
            lambda t: add_key(t, "", 0, "nmae", '"kankakee"'),
            f"(top level): unknown key(s) nmae (did you mean 'name' for 'nmae'?); {UNKNOWN_KEY}",
            id="unknown-top-level-key",
        ),
        pytest.param(
            lambda t: add_key(t, CATEGORY, 3, "ceilling", '"remove"'),
            "comment_policy.categories[3]: unknown key(s) ceilling (did you mean 'ceiling' for"
            f" 'ceilling'?); {UNKNOWN_KEY}",
            id="unknown-nested-key",
        ),
        pytest.param(
            lambda t: set_key(t, "", 0, "citation_prefix", None),
            "citation_prefix: required, but missing",
            id="missing-top-level-key",
        ),
        pytest.param(
            lambda t: set_key(t, CATEGORY, 3, "ceiling", None),
            "comment_policy.categories[3].ceiling: required, but missing",
            id="missing-nested-key",
        ),
        pytest.param(
            lambda t: set_key(t, "[retention_schedule]", 0, "years", '"3"'),
            "retention_schedule.years: expected a whole number, got '3'",
            id="string-for-int",
        ),
        pytest.param(
            lambda t: set_key(t, "", 0, "number", "2019"),
            "number: expected a string, got 2019",
            id="int-for-string",
        ),
        pytest.param(
            lambda t: set_key(t, "[vote]", 0, "yes", "true"),
            "vote.yes: expected a whole number, got True",
            id="bool-for-int",
        ),
        pytest.param(
            lambda t: set_key(t, "[retention_schedule]", 0, "calendar_years", '"yes"'),
            "retention_schedule.calendar_years: expected true or false, got 'yes'",
            id="string-for-bool",
        ),
        pytest.param(
            lambda t: set_key(t, "", 0, "adopted", '"2019-13-02"'),
            "adopted: expected a date (YYYY-MM-DD), got '2019-13-02'",
            id="bad-date",
        ),
        pytest.param(
            lambda t: set_key(t, "", 0, "effective", '"2 December 2019"'),
            "effective: expected a date (YYYY-MM-DD), got '2 December 2019'",
            id="date-in-words",
        ),
        pytest.param(
            lambda t: set_key(t, "[[vote.roll_call]]", 3, "vote", '"maybe"'),
            "vote.roll_call[3].vote: expected one of 'yes', 'no', 'absent', 'present', got 'maybe'",
            id="bad-enum-in-list",
        ),
        pytest.param(
            lambda t: set_key(t, CATEGORY, 4, "actions", '["retain_record", "shout"]'),
            "comment_policy.categories[4].actions[1]: expected one of"
            " 'notify_communications_office', 'retain_record', 'notify_commenter',"
            " 'refer_to_law_enforcement', 'refer_to_platform', 'block_author', 'remove_comment',"
            " got 'shout'",
            id="bad-action",
        ),
        pytest.param(
            lambda t: set_key(t, CATEGORY, 3, "ceiling", "2"),
            "comment_policy.categories[3].ceiling: expected 'remove' or 'review', got 2",
            id="int-for-enum",
        ),
    ],
)
def test_one_bad_value_gives_one_exact_problem_line(
    edit: Callable[[str], str], problem: str
) -> None:
    """Each kind of bad value is reported as one line: the path, what was expected, what came."""
    error = load_error(edit(kankakee_text()))
    assert error.summary == "invalid Ordinance data"
    assert error.problems == (problem,)


@pytest.mark.parametrize(
    ("header", "index", "key", "value", "path", "missing", "near"),
    [
        (
            CATEGORY,
            9,
            "clauses",
            '["V.2.100"]',
            "comment_policy.categories[9].clauses[0]",
            "V.2.100",
            "V.2.10",
        ),
        ("[purpose]", 0, "protected_speech", '"I.33"', "purpose.protected_speech", "I.33", "I.3"),
        (
            "[retention_schedule]",
            0,
            "clause",
            '"retentoin"',
            "retention_schedule.clause",
            "retentoin",
            "retention",
        ),
    ],
)
def test_reference_to_a_missing_clause(
    header: str, index: int, key: str, value: str, path: str, missing: str, near: str
) -> None:
    """A section naming a clause id that does not exist is reported with its path and a hint."""
    error = load_error(set_key(kankakee_text(), header, index, key, value))
    assert len(error.problems) == 1
    assert error.problems[0].startswith(
        f"{path}: no clause has the id {missing!r}; did you mean {near!r}"
    )


def test_duplicate_clause_id_in_a_file() -> None:
    """A clause id used twice in the file is reported with the index of the second one."""
    data = kankakee_data()
    ids = [clause["id"] for clause in data["clauses"]]
    data["clauses"].append(dict(data["clauses"][ids.index("V.2.5")]))
    error = load_error(as_json(data), format="json")
    assert error.problems == (
        f"clauses[{len(ids)}].id: 'V.2.5' appears twice; clause ids must be unique",
    )


def test_several_problems_are_all_reported() -> None:
    """Four independent mistakes in one file give four lines, one per mistake."""
    text = _ceiling_delete(kankakee_text())
    text = set_key(text, "[retention_schedule]", 0, "years", '"3"')
    text = set_key(text, "", 0, "citation_prefix", None)
    text = add_key(text, "[jurisdiction]", 0, "nmae", '"x"')
    error = load_error(text)
    assert sorted(error.problems) == sorted(
        [
            "comment_policy.categories[3].ceiling: expected 'remove' or 'review', got 'delete'",
            "retention_schedule.years: expected a whole number, got '3'",
            "citation_prefix: required, but missing",
            f"jurisdiction: unknown key(s) nmae (did you mean 'name' for 'nmae'?); {UNKNOWN_KEY}",
        ]
    )


def test_several_reference_problems_are_all_reported() -> None:
    """Several consistency problems are reported together too."""
    text = set_key(kankakee_text(), "[purpose]", 0, "protected_speech", '"I.33"')
    text = set_key(text, "[retention_schedule]", 0, "years", "0")
    error = load_error(text)
    assert [problem.split(":", 1)[0] for problem in error.problems] == [
        "purpose.protected_speech",
        "retention_schedule.years",
    ]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('name = "kankakee"\nversion = 1.0.0\n', "line 2"),
        ('name = "kankakee"\nname = "again"\n', "line 2"),
        ('[jurisdiction\nname = "x"\n', "line 1"),
    ],
)
def test_invalid_toml_syntax(text: str, where: str) -> None:
    """A file that is not TOML gives an OrdinanceLoadError saying so, with the line."""
    error = load_error(text)
    assert error.summary == "not valid TOML"
    assert len(error.problems) == 1
    assert where in error.problems[0]


def test_invalid_json_syntax() -> None:
    """A document that is not JSON gives an OrdinanceLoadError saying so."""
    error = load_error('{"name": "kankakee",', format="json")
    assert error.summary == "not valid JSON"
    assert len(error.problems) == 1


def test_null_where_a_string_belongs() -> None:
    """JSON null for a required string is a type problem, not a crash."""
    data = kankakee_data()
    data["title"] = None
    error = load_error(as_json(data), format="json")
    assert error.problems == ("title: expected a string, got None",)


def test_top_level_array_is_reported_as_not_a_table() -> None:
    """A document whose top level is a list is reported as 'expected a table (mapping)'."""
    error = load_error("[]", format="json")
    assert error.problems == ("(top level): expected a table (mapping), got []",)


def test_value_where_a_table_belongs() -> None:
    """A plain value where a table belongs is reported as 'expected a table (mapping)'."""
    data = kankakee_data()
    data["jurisdiction"] = 5
    error = load_error(as_json(data), format="json")
    assert error.problems == ("jurisdiction: expected a table (mapping), got 5",)


def test_string_where_a_list_belongs() -> None:
    """A string where a list of ids belongs is one 'expected a list' problem, not five ids."""
    error = load_error(set_key(kankakee_text(), CATEGORY, 0, "clauses", '"V.2.1"'))
    assert len(error.problems) == 1
    assert error.problems[0].startswith("comment_policy.categories[0].clauses: expected a list")


def test_bad_verdict_data_is_a_data_error_not_an_ordinance_error() -> None:
    """Bad verdict data raises DataError listing each missing field; it is no OrdinanceLoadError."""
    with pytest.raises(msp.DataError) as caught:
        msp.loads("{}", msp.Verdict, format="json")
    assert not isinstance(caught.value, msp.OrdinanceLoadError)
    assert caught.value.summary == "invalid Verdict data"
    assert "decision: required, but missing" in caught.value.problems
    assert "ordinance: required, but missing" in caught.value.problems


def test_bad_decision_in_verdict_data() -> None:
    """A decision outside allow/review/remove names the three values."""
    data = json.loads(msp.dumps(verdict_with_every_action(dt.date(2027, 12, 31)), format="json"))
    data["decision"] = "delete"
    with pytest.raises(msp.DataError) as caught:
        msp.loads(json.dumps(data), msp.Verdict, format="json")
    assert caught.value.problems == (
        "decision: expected one of 'allow', 'review', 'remove', got 'delete'",
    )
