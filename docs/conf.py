"""Sphinx configuration: MyST Markdown, autodoc for the reference, warnings are errors in CI.

CI builds with ``-W -n``: every warning, and every cross-reference that resolves nowhere, fails
the build. The build needs no network: the intersphinx inventories of Python, attrs, cattrs and
Hypothesis are files under ``_intersphinx/`` (taken from Debian's documentation packages, whose
versions the links below point at; ``tools/`` has no step that refreshes them: copy a newer
``objects.inv`` over the file and change the version in the URL together).
"""

from __future__ import annotations

import sys
from importlib.metadata import version as _version
from pathlib import Path
from typing import Any

# Local extensions: the detector and CLI references are generated at build time (_ext/).
sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "municipal_social_policy"
author = "The municipal_social_policy developers"
copyright = "2026, " + author
release = _version("municipal_social_policy")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "sphinx_copybutton",
    "cli_reference",
    "detector_reference",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "_ext", "_intersphinx"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": False}
# attrs classes expose private fields and generated methods autodoc need not document.
autodoc_inherit_docstrings = False
# Defaults as written in the source (`cls=Ordinance`), not as their repr.
autodoc_preserve_defaults = True
suppress_warnings = ["myst.xref_missing"]

_INVENTORIES = Path(__file__).parent / "_intersphinx"
intersphinx_mapping = {
    "python": ("https://docs.python.org/3.11/", str(_INVENTORIES / "python.inv")),
    "attrs": ("https://www.attrs.org/en/22.2.0/", str(_INVENTORIES / "attrs.inv")),
    "cattrs": ("https://catt.rs/en/v22.2.0/", str(_INVENTORIES / "cattrs.inv")),
    "hypothesis": (
        "https://hypothesis.readthedocs.io/en/hypothesis-python-6.67.1/",
        str(_INVENTORIES / "hypothesis.inv"),
    ),
}

nitpicky = True
nitpick_ignore = [
    # Hypothesis's inventory lists its submodules but not the top-level module.
    ("py:mod", "hypothesis"),
    # A helper of the detector modules, named in a docstring, not part of the curated reference.
    ("py:func", "spaced_words"),
    # The pattern language's compiled slot, a private part of a Pattern's fields.
    ("py:class", "municipal_social_policy.detectors.phrases._Slot"),
    # testing.py imports Hypothesis only for type checking (it is an optional extra), so autodoc
    # sees the annotation as written; the text says it is Hypothesis's SearchStrategy.
    ("py:class", "st.SearchStrategy"),
    # retention.Ledger's constructor, which retention.open() calls: its private store and clock.
    ("py:class", "Store"),
    ("py:class", "dt.datetime"),
]
nitpick_ignore_regex = [
    # Type variables of generic functions: named in signatures, documented nowhere.
    ("py:class", r"(municipal_social_policy\.[\w.]+\.)?_?[A-Z]"),
    # Where autodoc spells a standard class by its private home.
    ("py:class", r"concurrent\.futures\._base\.(Future|Executor)"),
    # Dask's and pandas' types, written as the module aliases the dask module imports
    # (Dask publishes no inventory this offline build could use).
    ("py:class", r"(dd|db|pd)\.\w+"),
]

html_theme = "furo"
html_title = "municipal_social_policy"
html_static_path = ["_static"]
html_css_files = ["wide.css"]
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True


def _facade(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve an unqualified name in a docstring (``UnknownClauseError``) to the name the
    package exports (``municipal_social_policy.UnknownClauseError``): the reference documents
    the public names where users import them, not where they are defined."""
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not target or "." in target:
        return None
    return env.get_domain("py").resolve_xref(
        env,
        node["refdoc"],
        app.builder,
        node["reftype"],
        f"{project}.{target}",
        node,
        contnode,
    )


def setup(app: Any) -> None:
    """Connect the fallback resolution of unqualified names."""
    app.connect("missing-reference", _facade)
