"""Unit tests for ``municipal_social_policy._readers``: JSONL and CSV records with their lines,
encodings, delimiters, over-long lines, stray quotes and the header's columns."""

from __future__ import annotations

import codecs
import io

import pytest

import municipal_social_policy as msp
from municipal_social_policy import _readers, batch


def records(
    text: str | bytes, format: batch.InputFormat = "jsonl", **options: object
) -> list[batch.Record]:
    """The records ``read_records`` finds in ``text``."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return list(batch.read_records(io.BytesIO(data), format, **options))  # type: ignore[arg-type]


def summary(found: list[batch.Record]) -> list[tuple[int, object]]:
    """Each record's line, with its text (a good row) or its error."""
    return [
        (r.line, r.payload["text"] if isinstance(r.payload, dict) else r.payload or r.error)
        for r in found
    ]


# --- reading ---------------------------------------------------------------------------------


def test_jsonl_records_carry_line_numbers_and_skip_blank_lines() -> None:
    """Line numbers count every physical line; blank lines are no rows; offsets are in bytes."""
    text = '\ufeff{"text": "a"}\n\n   \n{"text": "é"}\r\n{"text": "c"}'
    found = records(text)
    assert [record.line for record in found] == [1, 4, 5]
    assert found[0].payload == b'{"text": "a"}\n'
    assert found[-1].end == len(text.encode("utf-8"))


def test_a_jsonl_line_over_the_limit_is_skipped_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line longer than ``MAX_ROW_BYTES`` is an error record; the next line is read normally."""
    monkeypatch.setattr(_readers, "MAX_ROW_BYTES", 16)
    found = records('{"text": "' + "x" * 100 + '"}\n{"text": "ok"}\n')
    assert found[0].error is not None
    assert "longer than 16 bytes" in found[0].error
    assert (found[1].line, found[1].payload) == (2, b'{"text": "ok"}\n')


def test_csv_records_start_at_their_first_line() -> None:
    """A quoted field spanning lines keeps the record's first line number; rows map by header."""
    text = 'id,text\n1,"two\nlines"\n\n2,plain\n'
    found = records(text, "csv")
    assert [record.line for record in found] == [2, 5]
    assert found[0].payload == {"id": "1", "text": "two\nlines"}


def test_malformed_csv_rows_are_error_records() -> None:
    """Wrong field counts, bad quoting and invalid UTF-8 become error records, in order."""
    data = b'id,text\n1,ok\n2\n3,"bad"quote\n4,\xff\xfe\n5,fine\n'
    found = list(batch.read_records(io.BytesIO(data), "csv"))
    assert [(record.line, record.error is None) for record in found] == [
        (2, True),
        (3, False),
        (4, False),
        (5, False),
        (6, True),
    ]
    assert found[1].error == "expected 2 fields as in the header, got 1"
    assert found[2].error is not None
    assert found[2].error.startswith("not valid CSV")
    assert found[3].error is not None
    assert found[3].error.startswith("not valid UTF-8")


def test_a_csv_header_without_the_text_column_is_an_error() -> None:
    """A CSV file whose header lacks the text column fails at once, listing its columns."""
    with pytest.raises(msp.DataError) as error:
        records("id,body\n1,hello\n", "csv")
    assert "no column 'text'" in str(error.value)
    assert "columns: id, body" in str(error.value)


def test_an_empty_csv_has_no_records() -> None:
    """An empty CSV input (no header) is no rows, not an error."""
    assert records("", "csv") == []


def test_an_unquoted_csv_line_over_the_limit_is_one_error_at_its_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A line longer than the limit is reported at its own line and skipped whole: no piece of
    it becomes a row (the tail could be any row an attacker likes), and the rows around it keep
    their line numbers and are read."""
    monkeypatch.setattr(_readers, "MAX_CSV_FIELD", 40)
    text = "id,text\n1,before\n2," + "x" * 60 + ",99,attacker row\n3,after\n"
    found = summary(records(text, "csv"))
    assert found[0] == (2, "before")
    assert found[1][0] == 3
    assert "longer than 40 bytes; skipped" in str(found[1][1])
    assert found[2] == (4, "after")
    assert len(found) == 3


def test_an_unclosed_quote_costs_one_row_and_the_rest_are_read() -> None:
    """A quote that never closes is one error at the line it opens on; every line after it is
    read again as its own row, with its own line number."""
    text = 'id,text\n1,ok\n2,"unclosed\n3,fine\n4,"quoted, fine"\n5,last\n'
    found = summary(records(text, "csv"))
    assert [line for line, _ in found] == [2, 3, 4, 5, 6]
    assert [value for _, value in found][2:] == ["fine", "quoted, fine", "last"]
    assert found[0] == (2, "ok")
    error = str(found[1][1])
    assert error.startswith("not valid CSV")
    assert "unclosed quote" in error


def test_a_quote_open_to_the_end_of_the_file_costs_one_row() -> None:
    """An unclosed quote that runs to the end of the file no longer swallows the rows after it."""
    found = summary(records('id,text\n1,"never closed\n2,after\n3,last\n', "csv"))
    assert [line for line, _ in found] == [2, 3, 4]
    assert found[1:] == [(3, "after"), (4, "last")]
    assert "unexpected end of data" in str(found[0][1])


def test_a_quoted_record_outgrowing_the_limit_is_one_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A quoted value that grows past the limit over many lines is stopped there, reported at
    its first line, and the lines after it are read again."""
    monkeypatch.setattr(_readers, "MAX_CSV_FIELD", 30)
    text = 'id,text\n1,"open\n' + "filler line\n" * 5 + "2,tail\n"
    found = summary(records(text, "csv"))
    assert found[0][0] == 2
    assert "runs past 30 characters" in str(found[0][1])
    assert found[-1] == (8, "tail")


def test_multi_line_quoted_values_still_read_as_one_row() -> None:
    """A well-quoted value over several lines is one row at its first line, with no error."""
    found = summary(records('id,text\n1,"a\nb\nc"\n2,d\n', "csv"))
    assert found == [(2, "a\nb\nc"), (5, "d")]


def test_a_windows_1252_csv_reads_every_row_with_its_encoding() -> None:
    """Excel's Windows-1252 bytes (curly quotes, accents) are rows, not errors, with
    ``encoding="cp1252"``; read as UTF-8 they are errors that name the option."""
    data = "id,text\n1,Caf\xe9 \u201cnice\u201d\n2,plain\n3,na\xefve \u2013 ok\n".encode("cp1252")
    good = summary(records(data, "csv", encoding="cp1252"))
    assert good == [(2, "Café “nice”"), (3, "plain"), (4, "naïve – ok")]
    bad = records(data, "csv")
    assert bad[0].error is not None
    assert bad[0].error.startswith("not valid UTF-8")
    assert "--encoding" in bad[0].error


def test_a_jsonl_file_in_another_encoding_is_handed_on_as_utf_8() -> None:
    """JSONL lines in the named encoding reach the judge as UTF-8 bytes."""
    found = records('{"text": "Caf\xe9"}\n'.encode("cp1252"), encoding="cp1252")
    assert found[0].payload == '{"text": "Café"}\n'.encode()


@pytest.mark.parametrize("encoding", ["no-such-codec", "rot13", "base64"])
def test_names_that_are_not_text_encodings_are_refused(encoding: str) -> None:
    """Unknown codecs and codecs that are not text encodings are a ValueError naming the value."""
    with pytest.raises(ValueError, match=repr(encoding)):
        batch.check_encoding(encoding)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-16", b""), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-32", b""), ("cp500", b"")],
)
def test_encodings_whose_line_breaks_are_not_ascii_are_read_through_a_decoder(
    encoding: str, bom: bytes
) -> None:
    """UTF-16 (Excel's "Unicode Text", tab-separated), UTF-32 and EBCDIC files read row for row
    with their line numbers when named."""
    data = bom + 'id\ttext\n1\tCafé, ok\n2\t"two\nlines"\n'.encode(encoding)
    assert not batch.ascii_compatible(encoding)
    found = summary(records(data, "csv", encoding=encoding))
    assert found == [(2, "Café, ok"), (3, "two\nlines")]


def test_a_utf_16_byte_order_mark_is_followed_without_being_told() -> None:
    """A file starting with a UTF-16 byte-order mark is read as UTF-16 by default, when the
    stream can be peeked at (files and standard input can)."""
    data = "id,text\n1,naïve\n".encode("utf-16")
    found = list(batch.read_records(io.BufferedReader(io.BytesIO(data)), "csv"))
    assert [record.payload for record in found] == [{"id": "1", "text": "naïve"}]
    assert batch.detect_encoding(data) == "utf-16"
    assert batch.detect_encoding(data, "cp1252") == "cp1252"


def test_bytes_a_utf_16_file_cannot_hold_are_reported_on_their_line() -> None:
    """An odd byte in a UTF-16 file is an error at its line, named for UTF-16, and the other
    lines are read."""
    data = "id,text\n1,a\n".encode("utf-16-le") + b"\x00\xd8" + "\n2,b\n".encode("utf-16-le")
    found = records(data, "csv", encoding="utf-16-le")
    assert found[0].payload == {"id": "1", "text": "a"}
    assert found[1].error is not None
    assert found[1].error == "not valid UTF-16-LE: bytes on this line cannot be decoded"
    assert found[2].payload == {"id": "2", "text": "b"}


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [("id,text", ","), ("id;text;when", ";"), ("id\ttext", "\t"), ('"a,b"|text', "|"), ("x", ",")],
)
def test_the_delimiter_is_sniffed_from_the_header(header: str, delimiter: str) -> None:
    """The delimiter found most often outside quotes in the header line wins; a comma if none."""
    assert batch.sniff_delimiter(header) == delimiter


def test_a_semicolon_csv_is_read_without_being_told() -> None:
    """A CSV with semicolons (Excel in many European locales) reads by default; a delimiter
    given explicitly is used as given."""
    text = "id;text\n1;hello, world\n"
    assert summary(records(text, "csv")) == [(2, "hello, world")]
    assert records("id|text\n1|a;b\n", "csv", delimiter="|")[0].payload == {
        "id": "1",
        "text": "a;b",
    }


@pytest.mark.parametrize(
    ("head", "format"),
    [
        (b'{"text": "a"}\n', "jsonl"),
        (b'\xef\xbb\xbf  \n{"a": 1}', "jsonl"),
        (b"id,text\n", "csv"),
        ('{"text": "a"}'.encode("utf-16"), "jsonl"),
        ("id\ttext".encode("utf-16"), "csv"),
    ],
)
def test_the_format_of_standard_input_is_detected(head: bytes, format: str) -> None:
    """Input starting with ``{`` (after a byte-order mark and blanks) is JSONL; else CSV."""
    assert batch.detect_format(head) == format


def test_a_required_column_missing_from_the_header_is_an_error_naming_the_columns() -> None:
    """A column the user named that the header lacks fails at once, listing what is there."""
    columns = batch.Columns(posted_at="created_at", required=frozenset({"posted_at"}))
    with pytest.raises(msp.DataError) as error:
        records("id,text,created_time\n1,hi,2024-01-01\n", "csv", columns=columns)
    assert "the posted_at column 'created_at'" in str(error.value)
    assert "columns: id, text, created_time" in str(error.value)


def test_csv_offsets_count_every_byte_read() -> None:
    """The last record ends at the input's size, a byte-order mark included, for progress."""
    data = b'\xef\xbb\xbfid,text\n1,"a\nb"\n2,c\n'
    assert records(data, "csv")[-1].end == len(data)


def test_a_column_to_keep_missing_from_the_header_is_an_error() -> None:
    """A ``keep`` column the CSV header lacks fails at once, naming it and the option."""
    with pytest.raises(msp.DataError) as error:
        records("id,text\n1,hi\n", "csv", keep=("permalink",))
    assert "the column to keep 'permalink'" in str(error.value)
    assert "--keep" in str(error.value)
