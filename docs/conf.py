"""Sphinx configuration: MyST Markdown, autodoc for the reference, warnings are errors in CI."""

from __future__ import annotations

import sys
from importlib.metadata import version as _version
from pathlib import Path

# Local extensions: the detector reference is generated from the registry (_ext/).
sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "municipal_social_policy"
author = "The municipal_social_policy developers"
copyright = "2026, " + author
release = _version("municipal_social_policy")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "detector_reference",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": False}
# attrs classes expose private fields and generated methods autodoc need not document.
autodoc_inherit_docstrings = False
suppress_warnings = ["myst.xref_missing"]

html_theme = "alabaster"
html_title = "municipal_social_policy"
