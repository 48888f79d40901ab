"""Exports read and written without loss: any well-formed CSV reads back row for row, with the
right line numbers, however its values are quoted; escaped cells read back as text."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from municipal_social_policy import batch

# Values as exports hold them: any text, line breaks, quotes and delimiters included (no NUL,
# which the csv module refuses, and no lone carriage return, which it reads as a line break).
VALUES = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00\r"), max_size=40)
ROWS = st.lists(st.tuples(VALUES, VALUES), max_size=12)


@given(rows=ROWS, delimiter=st.sampled_from(batch.DELIMITERS))
def test_a_well_formed_csv_reads_back_row_for_row(
    rows: list[tuple[str, str]], delimiter: str
) -> None:
    """Every row csv.writer writes comes back once, in order, with the line it starts on, and
    no error: the re-reading after a stray quote never fires on a well-formed file."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(("id", "text"))
    expected = []
    for identifier, text in rows:
        start = buffer.getvalue().count("\n") + 1
        writer.writerow((identifier, text))
        expected.append((start, {"id": identifier, "text": text}))
    data = buffer.getvalue().encode("utf-8")
    found = list(batch.read_records(io.BytesIO(data), "csv", delimiter=delimiter))
    assert [(record.line, record.payload) for record in found] == expected
    assert all(record.error is None for record in found)


@given(value=VALUES)
def test_an_escaped_cell_reads_back_as_the_text_shown(value: str) -> None:
    """A cell read back is the value, or the value after the single quote that keeps a
    spreadsheet from running it; it never starts with a formula trigger."""
    cell = next(csv.reader(io.StringIO(batch.escape_cell(value) + "\n")), [""])
    read = cell[0] if cell else ""
    assert read in (value, "'" + value)
    assert not read.startswith(batch.FORMULA_TRIGGERS)
    assert (read == value) != value.startswith(batch.FORMULA_TRIGGERS)


@given(
    body=st.text(st.sampled_from('ab,;"\n\r\t\xe9'), max_size=200),
    limit=st.integers(min_value=9, max_value=64),
)
def test_any_csv_body_is_read_without_raising_in_line_order(body: str, limit: int) -> None:
    """Whatever follows a good header (stray quotes, ragged rows, over-long lines), reading
    never raises, and records come out once each, in the order of the lines they start on."""
    from municipal_social_policy import _readers

    saved = _readers.MAX_CSV_FIELD
    _readers.MAX_CSV_FIELD = limit  # small, so that long lines and records are common
    try:
        data = ("id,text\n" + body).encode("utf-8")
        found = list(batch.read_records(io.BytesIO(data), "csv"))
    finally:
        _readers.MAX_CSV_FIELD = saved
    lines = [record.line for record in found]
    assert lines == sorted(set(lines))
    assert all(2 <= line <= data.count(b"\n") + 2 for line in lines)
    assert all((record.payload is None) == (record.error is not None) for record in found)
