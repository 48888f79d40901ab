"""Reading an export: the rows of a JSONL or CSV stream, one at a time, each with its line.

Public through :mod:`municipal_social_policy.batch`. Nothing here parses JSON or judges a row;
that happens later, in whichever process judges it. Every way a row can be spoiled (a line too
long, bytes not in the file's encoding, a stray quote) becomes a :class:`Record` with an
``error``, and the rows around it are read as usual.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections import deque
from collections.abc import Iterator, Sequence
from typing import BinaryIO, Literal

import attrs

from ._rows import Columns
from .exceptions import DataError

__all__ = [
    "DELIMITERS",
    "MAX_CSV_FIELD",
    "MAX_ROW_BYTES",
    "InputFormat",
    "Record",
    "ascii_compatible",
    "check_encoding",
    "detect_encoding",
    "detect_format",
    "read_records",
    "sniff_delimiter",
]

#: The formats ``msp evaluate`` reads.
InputFormat = Literal["jsonl", "csv"]

#: The longest JSONL line read as a row; a longer one is reported and skipped, unread.
MAX_ROW_BYTES = 64 * 1024 * 1024
#: The longest CSV line, and the largest CSV record, read; a longer one is reported and skipped.
MAX_CSV_FIELD = 64 * 1024 * 1024
#: The delimiters :func:`sniff_delimiter` chooses from, most likely first.
DELIMITERS = (",", ";", "\t", "|")

_BOM = b"\xef\xbb\xbf"


@attrs.frozen
class Record:
    """One row as read, before it is parsed or judged.

    ``line`` is the 1-based line it starts on; ``end`` the input's byte offset after it;
    ``payload`` the JSONL line (bytes, UTF-8) or the CSV row by column name, or ``None`` with
    the ``error`` that spoiled the row.
    """

    line: int
    end: int
    payload: bytes | dict[str, str] | None
    error: str | None = None


def check_encoding(encoding: str) -> str:
    """The codec's canonical name (``cp1252`` for ``windows-1252``); raises ``ValueError`` for a
    name that is not a text encoding."""
    try:
        name = codecs.lookup(encoding).name
        "\n".encode(name)
    except LookupError:
        raise ValueError(
            f"encoding: expected a text encoding such as utf-8 or cp1252, got {encoding!r}"
        ) from None
    return name


def ascii_compatible(encoding: str) -> bool:
    """Whether ``encoding`` writes line breaks, quotes and delimiters as their ASCII bytes, so
    that lines can be split before decoding (not UTF-16, UTF-32 or EBCDIC)."""
    name = check_encoding(encoding)
    if name.startswith(("utf-16", "utf-32")):
        return False
    try:
        return '\n\r,;\t|"{'.encode(name) == b'\n\r,;\t|"{'
    except UnicodeError:
        return False


#: Byte-order marks that name an encoding, longest first.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def detect_encoding(head: bytes, encoding: str = "utf-8") -> str:
    """``encoding``, unless it is UTF-8 (the default) and ``head`` starts with a UTF-16 or UTF-32
    byte-order mark, as Excel's "Unicode Text" files do: then that encoding."""
    name = check_encoding(encoding)
    if name == "utf-8":
        for mark, found in _BOMS:
            if head.startswith(mark):
                return found
    return name


def _mark_undecodable(error: UnicodeError) -> tuple[str, int]:
    """Stand a lone surrogate for undecodable bytes: it cannot be valid UTF-8, so the line that
    holds it is reported as such downstream."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return "\udc00", error.end


codecs.register_error("municipal_social_policy.undecodable", _mark_undecodable)


class _Transcoded:
    """A binary stream in an encoding whose line breaks are not ASCII bytes, read as lines of
    UTF-8. Undecodable bytes become bytes that are not UTF-8, so the line holding them is
    reported."""

    def __init__(self, stream: BinaryIO, encoding: str) -> None:
        self.encoding = encoding
        self._text = io.TextIOWrapper(
            stream, encoding=encoding, errors="municipal_social_policy.undecodable", newline=""
        )

    def readline(self, limit: int = -1) -> bytes:
        try:
            line = self._text.readline(limit)
        except UnicodeError as exc:  # not about some bytes: about the whole file
            raise DataError(
                f"the input cannot be read as {self.encoding}: {exc}",
                ("name the byte order, e.g. utf-16-le, or the file's real encoding",),
            ) from None
        return line.encode("utf-8", "surrogatepass")


def detect_format(head: bytes) -> InputFormat:
    """JSONL when the first thing in ``head`` (after a byte-order mark and blank space) is
    ``{``, CSV otherwise; ``head`` may be UTF-8, or UTF-16 or UTF-32 with its byte-order mark."""
    encoding = detect_encoding(head)
    if encoding == "utf-8":
        found = head.removeprefix(_BOM).lstrip().startswith(b"{")
    else:  # the byte-order mark decodes to U+FEFF, or is consumed
        found = head.decode(encoding, "ignore").lstrip("\ufeff \t\r\n").startswith("{")
    return "jsonl" if found else "csv"


def sniff_delimiter(header: str) -> str:
    """The delimiter of a CSV file from its header line: the one of :data:`DELIMITERS` found
    most often outside quotes (a comma when none is)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for character in header:
        if character == '"':
            quoted = not quoted
        elif not quoted and character in counts:
            counts[character] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties go to the earlier, a comma first
    return best if counts[best] else ","


def read_records(
    stream: BinaryIO,
    format: InputFormat,
    columns: Columns | None = None,
    *,
    encoding: str = "utf-8",
    delimiter: str | None = None,
    keep: Sequence[str] = (),
) -> Iterator[Record]:
    """The rows of ``stream``, lazily, one line (or CSV record) at a time; blank lines skipped.

    ``encoding`` is the file's (a UTF-8 byte-order mark is ignored; with a UTF-16 or UTF-32
    one, and ``stream`` able to ``peek``, the file is read in that encoding); JSONL lines in
    another encoding are handed on re-encoded as UTF-8. For CSV, ``delimiter`` defaults to the
    one the header line uses (see :func:`sniff_delimiter`), and the header is read at once and
    checked: raises :class:`~municipal_social_policy.DataError` if it lacks the text column, a
    column of ``columns.required`` or one of ``keep`` (the columns to copy into the output),
    naming the columns it has. JSON is parsed later, by whoever judges the row, so that it runs
    in the worker processes.
    """
    peek = getattr(stream, "peek", None)
    label = detect_encoding(peek(4)[:4] if peek is not None else b"", encoding)
    encoding = label
    if not ascii_compatible(label):
        stream = _Transcoded(stream, label)  # type: ignore[assignment]
        encoding = "utf-8"
    if format == "jsonl":
        return _jsonl_records(stream, encoding, label)
    if format == "csv":
        return _csv_records(stream, columns or Columns(), encoding, label, delimiter, tuple(keep))
    raise ValueError(f"format: expected 'jsonl' or 'csv', got {format!r}")


def _skip_line(stream: BinaryIO, limit: int) -> int:
    """Read to the end of the current line without holding it; the bytes read."""
    skipped = 0
    while (rest := stream.readline(limit)) and not rest.endswith(b"\n"):
        skipped += len(rest)
    return skipped + len(rest)


def _jsonl_records(stream: BinaryIO, encoding: str, label: str) -> Iterator[Record]:
    offset = 0
    number = 0
    recode = label != "utf-8"
    limit = MAX_ROW_BYTES
    while raw := stream.readline(limit):
        number += 1
        offset += len(raw)
        if number == 1:
            raw = raw.removeprefix(_BOM)
        if len(raw) >= limit and not raw.endswith(b"\n"):
            offset += _skip_line(stream, limit)
            yield Record(number, offset, None, f"longer than {limit:,} bytes; skipped")
            continue
        if not raw.strip():
            continue
        if recode:
            try:
                raw = raw.decode(encoding).encode("utf-8", "surrogatepass")
            except UnicodeDecodeError as exc:
                yield Record(number, offset, None, _not_encoded(label, exc))
                continue
        yield Record(number, offset, raw)


def _not_encoded(label: str, error: UnicodeDecodeError) -> str:
    if error.encoding != label and not label.startswith(error.encoding):  # read via a decoder
        return f"not valid {label.upper()}: bytes on this line cannot be decoded"
    hint = " (name the file's encoding with --encoding, e.g. cp1252 for Excel on Windows)"
    return f"not valid {label.upper()}: {error}" + (hint if label == "utf-8" else "")


# --- CSV -------------------------------------------------------------------------------------

#: One physical line: its number, its text (``None`` if too long), the offset after it, and why
#: it could not be decoded (``None`` if it could).
_Line = tuple[int, "str | None", int, "str | None"]


def _lines(
    stream: BinaryIO, encoding: str, label: str, number: int, offset: int
) -> Iterator[_Line]:
    limit = MAX_CSV_FIELD
    while raw := stream.readline(limit):
        number += 1
        offset += len(raw)
        if len(raw) >= limit and not raw.endswith(b"\n"):
            offset += _skip_line(stream, limit)
            yield number, None, offset, f"longer than {limit:,} bytes; skipped"
            continue
        try:
            yield number, raw.decode(encoding), offset, None
        except UnicodeDecodeError as exc:
            yield (
                number,
                raw.decode(encoding, "surrogateescape"),
                offset,
                _not_encoded(label, exc),
            )


class _Broken(Exception):
    """A record cannot be completed: a line in it is too long, or it outgrew the limit."""


class _Feed:
    """The lines the csv reader asks for: first those put back to be read again, then new
    ones; it remembers the lines of the record being read, and stops one that grows too big."""

    def __init__(self, lines: Iterator[_Line]) -> None:
        self.lines = lines
        self.again: deque[_Line] = deque()
        self.taken: list[_Line] = []
        self.size = 0
        self.invalid: str | None = None

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        line = self.again.popleft() if self.again else next(self.lines)
        number, text, _, error = line
        if text is None:
            if self.taken:  # it ends this record; read it again, alone, after
                self.again.appendleft(line)
                raise _Broken(f"line {number} in it is {error}")
            self.taken.append(line)
            raise _Broken(error or "")
        self.taken.append(line)
        if error is not None:
            self.invalid = error
        self.size += len(text)
        if self.size > MAX_CSV_FIELD:
            raise _Broken(f"a quoted value runs past {MAX_CSV_FIELD:,} characters")
        return text

    def start(self) -> None:
        """Begin a new record."""
        self.taken = []
        self.size = 0
        self.invalid = None


def _csv_records(
    stream: BinaryIO,
    columns: Columns,
    encoding: str,
    label: str,
    delimiter: str | None,
    keep: tuple[str, ...],
) -> Iterator[Record]:
    # The field limit is process-wide; raising it is harmless, and _Feed bounds a record anyway.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_FIELD + 1))
    first = stream.readline(MAX_CSV_FIELD)
    if not first.strip():
        return iter(())
    if len(first) >= MAX_CSV_FIELD and not first.endswith(b"\n"):
        raise DataError(f"the CSV header is longer than {MAX_CSV_FIELD:,} bytes")
    offset = len(first)
    first = first.removeprefix(_BOM)
    try:
        text = first.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DataError("the CSV header cannot be read", (_not_encoded(label, exc),)) from None
    delimiter = delimiter or sniff_delimiter(text)
    rest = _lines(stream, encoding, label, 1, offset)
    lines = _Feed(itertools.chain([(1, text, offset, None)], rest))
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return iter(())
    except csv.Error as exc:
        raise DataError("the CSV header cannot be read", (str(exc),)) from None
    _check_header(header, columns, keep)
    return _csv_rows(lines, delimiter, tuple(header))


def _check_header(header: list[str], columns: Columns, keep: tuple[str, ...]) -> None:
    names = ", ".join(header)
    if columns.text not in header:
        raise DataError(
            f"the CSV header has no column {columns.text!r} for the comment's text",
            (f"columns: {names}", "name the text column with --text-column"),
        )
    missing = [
        (f"the {field} column", getattr(columns, field), "--" + field.replace("_", "-") + "-column")
        for field in sorted(columns.required)
        if getattr(columns, field) not in header
    ]
    missing += [("the column to keep", name, "--keep") for name in keep if name not in header]
    if missing:
        raise DataError(
            "the CSV header lacks " + ", ".join(f"{what} {name!r}" for what, name, _ in missing),
            (f"columns: {names}", f"name the right column with {missing[0][2]}, or leave it out"),
        )


def _csv_rows(lines: _Feed, delimiter: str, header: tuple[str, ...]) -> Iterator[Record]:
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    while True:
        lines.start()
        again = False
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            error: str | None = f"not valid CSV: {exc}"
            again = True
        except _Broken as exc:
            error = str(exc)
            again = True
        else:
            error = lines.invalid
            if not fields and error is None:
                continue  # a blank line
            if error is None and len(fields) != len(header):
                error = f"expected {len(header)} fields as in the header, got {len(fields)}"
        taken = lines.taken
        number, end = taken[0][0], taken[-1][2]
        if error is not None and len(taken) > 1:
            error += f" (the record runs from line {number} to line {taken[-1][0]})"
            if again:
                # A stray quote must cost one row, not the rest of the file: read the lines
                # after this record's first again, as rows of their own.
                lines.again.extendleft(reversed(taken[1:]))
                end = taken[0][2]
                error += "; an unclosed quote? the lines after it are read again as rows"
                reader = csv.reader(lines, delimiter=delimiter, strict=True)
        if error is None:
            yield Record(number, end, dict(zip(header, fields, strict=True)))
        else:
            yield Record(number, end, None, error)
