"""The site check: does a city page show what the site policy requires (Kankakee § IV.1)?

A :class:`SiteProfile` describes one page: where it is, what it states, what it links to, who
approved it and how to reach the city. :func:`check_site` compares it with the requirements the
ordinance file lists under ``[[site_policy.requirements]]`` and returns one :class:`SiteGap` per
requirement the page does not meet, with the clause that requires it and the ordinance's own
wording to add. The check is pure; :meth:`SiteProfile.load` reads a profile from a file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tomllib
from pathlib import Path

import attrs
from cattrs.errors import ClassValidationError, IterableValidationError

from .exceptions import DataError
from .ordinance import Clause, Ordinance
from .requirements import STATEMENTS, SiteElement
from .serialization import _describe, _lines, make_converter

__all__ = ["Contact", "Links", "SiteGap", "SiteProfile", "check_site"]


def _required(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{attribute.name}: expected a non-empty string, got {value!r}")


def _statements(
    instance: object,
    attribute: attrs.Attribute[tuple[SiteElement, ...]],
    value: tuple[SiteElement, ...],
) -> None:
    for element in value:
        if element not in STATEMENTS:
            allowed = ", ".join(sorted(repr(e.value) for e in STATEMENTS))
            raise ValueError(
                f"{attribute.name}: expected statements ({allowed}), got {element.value!r};"
                " documents and links go under [links]"
            )


def _elements(value: object) -> tuple[SiteElement, ...]:
    """Statement values as :class:`SiteElement` members, so ``("opinions_not_city",)`` works."""
    if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset):
        raise TypeError(f"statements: expected a list of statements, got {value!r}")
    try:
        return tuple(SiteElement(item) for item in value)
    except ValueError as error:
        raise ValueError(f"statements: {error}") from None


@attrs.frozen(kw_only=True)
class Links:
    """Where the page links to the city's documents and website; empty when it does not.

    A page that shows a document in full rather than linking to it gives its own URL.
    """

    privacy_policy: str = ""
    disclaimer: str = ""
    comment_policy: str = ""
    removal_procedure: str = ""
    official_website: str = ""


@attrs.frozen(kw_only=True)
class Contact:
    """The city's contact information as the page displays it."""

    email: str = ""
    phone: str = ""
    address: str = ""
    url: str = ""

    def __bool__(self) -> bool:
        return any((self.email, self.phone, self.address, self.url))


@attrs.frozen(kw_only=True)
class SiteProfile:
    """One city page: only ``url`` and ``platform`` are required.

    ``statements`` are the statements the page makes (``maintained_by_city``,
    ``opinions_not_city``, ...: the statement values of
    :class:`~municipal_social_policy.requirements.SiteElement`); ``links`` where it links to the
    city's documents; ``approved_by`` the office that approved it; ``audiences`` whom it is
    designed for.
    """

    url: str = attrs.field(validator=_required)
    platform: str = attrs.field(validator=_required)
    name: str = ""
    statements: tuple[SiteElement, ...] = attrs.field(
        default=(), converter=_elements, validator=_statements
    )
    links: Links = Links()
    contact: Contact = Contact()
    approved_by: str = ""
    approved_on: dt.date | None = None
    audiences: tuple[str, ...] = ()

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> SiteProfile:
        """Read a profile from a TOML file, or a JSON file (by its ``.json`` suffix).

        Raises :class:`~municipal_social_policy.DataError` naming the file and listing every
        problem with its path, e.g. ``statements[1]: expected one of ..., got 'monitored'``;
        ``OSError`` when the file cannot be read.
        """
        name = os.fspath(path)
        text = Path(name).read_text(encoding="utf-8")
        try:
            data: object = json.loads(text) if name.endswith(".json") else tomllib.loads(text)
        except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
            raise DataError(
                f"{name}: not valid {'JSON' if name.endswith('.json') else 'TOML'}", (str(error),)
            ) from None
        return _structure(data, name)

    def shows(self, element: SiteElement) -> bool:
        """Whether the page shows ``element``."""
        if element in STATEMENTS:
            return element in self.statements
        if element is SiteElement.OFFICIAL_WEBSITE_LINK:
            return bool(self.links.official_website.strip())
        if element is SiteElement.CONTACT_INFORMATION:
            return bool(self.contact)
        if element is SiteElement.APPROVAL:
            return bool(self.approved_by.strip())
        if element is SiteElement.TARGET_AUDIENCE:
            return bool(self.audiences)
        return bool(getattr(self.links, element.value).strip())  # the documents


def _structure(data: object, name: str) -> SiteProfile:
    try:
        profile: SiteProfile = make_converter().structure(data, SiteProfile)
    except (ClassValidationError, IterableValidationError) as group:
        raise DataError(f"{name}: invalid site profile", tuple(_lines(group, ""))) from None
    except ValueError as error:  # a validator's message names its field
        raise DataError(f"{name}: invalid site profile", (str(error),)) from None
    except (TypeError, KeyError, AttributeError) as error:
        raise DataError(f"{name}: invalid site profile", (_describe(error, ""),)) from None
    return profile


@attrs.frozen
class SiteGap:
    """A requirement a page does not meet.

    ``clause`` requires it; ``missing`` is what the page lacks; ``text`` holds the clauses whose
    wording to add (with the clauses under them), empty where the ordinance gives no words and
    the page must supply the thing itself (an approval, contact information). For a missing
    document, ``notice`` names the :func:`~municipal_social_policy.render_notice` kind that
    writes it.
    """

    clause: Clause
    missing: SiteElement
    text: tuple[Clause, ...] = ()
    notice: str = ""


#: The notice that writes each document a page must show (see :mod:`.notices`).
_NOTICES = {
    SiteElement.PRIVACY_POLICY: "privacy",
    SiteElement.DISCLAIMER: "disclaimer",
    SiteElement.COMMENT_POLICY: "comment_policy",
}


def check_site(ordinance: Ordinance, profile: SiteProfile) -> tuple[SiteGap, ...]:
    """One :class:`SiteGap` per site-policy requirement ``profile`` does not meet, in order.

    An ordinance whose file lists no ``site_policy.requirements`` has none to meet: the result
    is empty.
    """
    site = ordinance.site_policy
    requirements = site.requirements if site is not None else ()
    return tuple(
        SiteGap(
            clause=ordinance.clause(requirement.clause),
            missing=requirement.shows,
            text=tuple(_with_descendants(ordinance, requirement.wording)),
            notice=_NOTICES.get(requirement.shows, ""),
        )
        for requirement in requirements
        if not profile.shows(requirement.shows)
    )


def _with_descendants(ordinance: Ordinance, clause_ids: tuple[str, ...]) -> list[Clause]:
    found: list[Clause] = []
    for clause_id in clause_ids:
        found.append(ordinance.clause(clause_id))
        found.extend(
            _with_descendants(ordinance, tuple(c.id for c in ordinance.children(clause_id)))
        )
    return [clause for clause in found if clause.text.strip()]
