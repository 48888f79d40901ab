"""Unit tests for ``municipal_social_policy._writers``: CSV cells safe from formula injection,
the CSV header and its byte-order mark, compact JSONL citing clause ids."""

from __future__ import annotations

import csv
import io
import json
from functools import cache

import pytest

import municipal_social_policy as msp
from municipal_social_policy import batch
from municipal_social_policy._writers import Formatter


@cache
def kankakee() -> msp.Ordinance:
    """The bundled Kankakee ordinance, loaded once (it is immutable)."""
    return msp.load("kankakee")


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (
            '=HYPERLINK("http://evil.example","click")',
            '"\'=HYPERLINK(""http://evil.example"",""click"")"',
        ),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "\"'@SUM(1+1)*cmd|' /C calc'!A0\""),
        ("+1", '"\'+1"'),
        ("-2+3", '"\'-2+3"'),
        ("\t=1", '"\'\t=1"'),
        ("\r=1", '"\'\r=1"'),
        ("plain text", "plain text"),
        ("a, b", '"a, b"'),
        ('say "hi"', '"say ""hi"""'),
        ("", ""),
    ],
)
def test_cells_a_spreadsheet_would_run_are_quoted_and_prefixed(value: str, cell: str) -> None:
    """Per OWASP: a cell starting with = + - @ tab or carriage return gets a leading single
    quote and is always quoted; other cells are quoted only where CSV needs it."""
    assert batch.escape_cell(value) == cell


def test_escaped_cells_read_back_as_text_with_the_quote() -> None:
    """A CSV reader gets the value back, prefixed, in one cell: the escape never splits a row."""
    values = ['=1+2,"x"', "@a\nb", "fine"]
    line = ",".join(map(batch.escape_cell, values))
    assert next(csv.reader(io.StringIO(line))) == ["'" + values[0], "'" + values[1], "fine"]


def test_csv_output_starts_with_a_byte_order_mark_and_the_kept_columns() -> None:
    """The CSV header opens with a UTF-8 BOM (Excel then reads UTF-8) and ends with ``keep``."""
    header = Formatter("csv", ("text", "from.name")).header(kankakee())
    assert header == "\ufeff" + ",".join(batch.CSV_FIELDS) + ",text,from.name\n"


def test_a_csv_row_lists_the_actions_and_the_notice_to_send() -> None:
    """A removal lists each action due with its clause, and the message for the commenter."""
    verdict = msp.evaluate(kankakee(), msp.Comment(text="My SSN is 356-21-4476", platform="x"))
    row = next(csv.reader(io.StringIO(Formatter("csv", ("src",))(4, "c-1", verdict, ["=1"]))))
    fields = dict(zip((*batch.CSV_FIELDS, "src"), row, strict=True))
    assert fields["actions"] == (
        "notify_communications_office VI.1;retain_record VI.2;notify_commenter VI.2;"
        "refer_to_platform VI.5.1"
    )
    assert fields["notice"].startswith("Your comment on the City of Kankakee X page")
    assert fields["src"] == "'=1"


def test_compact_rows_cite_clause_ids_and_leave_the_ordinance_to_the_header() -> None:
    """Compact JSONL: the header holds the ordinance once; a row names clauses by id only, keeps
    the evidence and actions, and is a fraction of the full row's size."""
    ordinance = kankakee()
    compact = Formatter("compact")
    header = json.loads(compact.header(ordinance))
    assert ordinance.effective is not None
    assert header == {
        "ordinance": {
            "name": "kankakee",
            "number": "2019-70",
            "version": ordinance.version,
            "digest": ordinance.digest,
            "citation_prefix": "Kankakee Ord. 2019-70",
            "effective": ordinance.effective.isoformat(),
        }
    }
    verdict = msp.evaluate(ordinance, "My SSN is 356-21-4476")
    line = compact(3, "a", verdict)
    row = json.loads(line)
    assert "ordinance" not in row
    assert row["findings"][0]["clause"] == "V.2.10"
    assert row["findings"][0]["evidence"][0]["text"] == "356-21-4476"
    assert [action["clause"] for action in row["actions"]][:2] == ["VI.1", "VI.2"]
    full = Formatter("jsonl")(3, "a", verdict)
    assert len(line) * 3 < len(full)
    assert json.loads(compact(1, "b", msp.evaluate(ordinance, "hello"))) == {
        "line": 1,
        "id": "b",
        "decision": "allow",
    }
