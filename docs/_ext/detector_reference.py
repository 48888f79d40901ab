"""Sphinx extension: the ``detector-reference`` directive (MyST).

It writes the detector reference from the registry at docs build time, so the page lists every
built-in detector and option as the code has them.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

from municipal_social_policy.detectors.catalogue import BUILTIN_SPECS
from municipal_social_policy.detectors.registry import FILE_SUFFIX, OptionKind

_COMMON_WORDS = (
    "signalled where it occurs, however disguised, as judgment evidence (the common meaning)"
)
_COMMON_ALLOWED = "a signal whose evidence holds one of these words is dropped (the common meaning)"


def reference_lines() -> list[str]:
    """The reference as MyST Markdown lines, one section per detector id, sorted."""
    lines: list[str] = []
    for detector_id in sorted(BUILTIN_SPECS):
        spec = BUILTIN_SPECS[detector_id]
        lines += [f"## `{detector_id}`", "", spec.summary, ""]
        rows = [
            ("words", "list of strings", spec.words or _COMMON_WORDS),
            ("allowed", "list of strings", spec.allowed or _COMMON_ALLOWED),
        ]
        for option in spec.options:
            kind = "list of strings" if option.kind is OptionKind.WORDS else option.kind.value
            text = option.description
            if option.choices is not None:
                text += " One or more of: " + ", ".join(f"`{c}`" for c in sorted(option.choices()))
            rows.append((f"options.{option.name}", kind, text))
        lines += ["| key | type | meaning |", "| --- | --- | --- |"]
        lines += [f"| `{key}` | {kind} | {_cell(text)} |" for key, kind, text in rows]
        word_options = ["words", "allowed"] + [
            o.name for o in spec.options if o.kind is OptionKind.WORDS
        ]
        files = ", ".join(f"`options.{name}{FILE_SUFFIX}`" for name in word_options)
        lines += ["", f"As word files beside the ordinance file: {files}.", ""]
    return lines


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("``", "`")


class DetectorReference(SphinxDirective):
    """Renders :func:`reference_lines` in place."""

    def run(self) -> list[nodes.Node]:
        container = nodes.section()
        nested_parse_with_titles(self.state, StringList(reference_lines(), "registry"), container)
        return list(container.children)


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directive."""
    app.add_directive("detector-reference", DetectorReference)
    return {"parallel_read_safe": True, "version": "1"}
