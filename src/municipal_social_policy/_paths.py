"""Whether the files a command line names are one file: so that ``msp evaluate`` never writes
over its own input, nor writes its verdicts and its errors into one file."""

from __future__ import annotations

import io
import os
import stat
from typing import IO

__all__ = ["overwrite_problem", "same_file"]


def same_file(path: str, other: str) -> bool:
    """Whether two command-line paths (``-`` for the standard streams) are one file, through
    symbolic and hard links."""
    if path == "-" or other == "-":
        return path == other
    if os.path.realpath(path) == os.path.realpath(other):
        return True
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def _is_stream(path: str, stream: IO[str] | IO[bytes]) -> bool:
    """Whether ``stream`` reads the regular file at ``path`` (``< path`` on standard input)."""
    try:
        mine = os.fstat(stream.fileno())
        theirs = os.stat(path)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return False
    same = (mine.st_dev, mine.st_ino) == (theirs.st_dev, theirs.st_ino)
    return stat.S_ISREG(mine.st_mode) and same


def overwrite_problem(
    source: str, output: str | None, errors: str | None, stdin: IO[str] | IO[bytes]
) -> str | None:
    """Why writing ``output`` and ``errors`` would destroy data, or ``None`` if it would not:
    either is the input (also when the input is ``stdin`` redirected from it), or the errors go
    where the verdicts go. ``None`` for an option means standard output for the verdicts, and
    no file for the errors."""
    for option, path in (("--output", output), ("--errors", errors)):
        if path is None or path == "-":
            continue
        if same_file(path, source) or (source == "-" and _is_stream(path, stdin)):
            return (
                f"{option} {path!r} is the input file: writing it would destroy the comments"
                " before they are read; write elsewhere"
            )
    if errors is not None and same_file(errors, output or "-"):
        return f"--errors {errors!r} is also where the verdicts go; name another file"
    return None
