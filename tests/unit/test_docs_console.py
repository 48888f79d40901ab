"""The ``$ msp ...`` examples in the docs are run, and their output must be what the page shows.

Each ```` ```console ```` block in ``README.md`` and ``docs/`` is a list of commands (lines that
start with ``$ msp``), each followed by its output. The output is compared as doctest compares it,
with ``...`` standing for any text (the ordinance's digest changes with every edit of the file).
"""

from __future__ import annotations

import doctest
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
BLOCK = re.compile(r"^```console\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def examples() -> list[tuple[str, str, str]]:
    """``(page, command, expected output)`` for every command in a console block."""
    found = []
    for page in sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")]):
        for block in BLOCK.findall(page.read_text(encoding="utf-8")):
            command: str | None = None
            output: list[str] = []
            for line in [*block.splitlines(), "$ "]:
                if line.startswith("$ "):
                    if command:
                        found.append(
                            (page.relative_to(ROOT).as_posix(), command, "\n".join(output))
                        )
                    command, output = line[2:], []
                else:
                    output.append(line)
    return found


def test_the_docs_have_console_examples() -> None:
    """At least the command-line page shows commands, so the test below checks something."""
    assert any(page == "docs/cli.md" for page, _, _ in examples())


@pytest.mark.parametrize(("page", "command", "expected"), examples())
def test_a_console_example_prints_what_the_page_shows(
    page: str, command: str, expected: str
) -> None:
    """Running the command gives the output written under it (``...`` matches anything)."""
    program, *arguments = shlex.split(command)
    assert program == "msp", f"{page}: only msp commands are run, not {command!r}"
    result = subprocess.run(
        [sys.executable, "-m", "municipal_social_policy", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    got = result.stdout + result.stderr
    checker = doctest.OutputChecker()
    want = expected.rstrip("\n") + "\n"
    assert checker.check_output(want, got, doctest.ELLIPSIS), (
        f"{page}: $ {command}\n--- the page shows\n{want}--- the command prints\n{got}"
    )
