"""``msp site check PROFILE``: what a city page lacks under the site policy."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable, Iterator

from .exceptions import DataError
from .loading import load
from .ordinance import Ordinance
from .site import SiteGap, SiteProfile, check_site

__all__ = ["add"]

_EXAMPLES = """example profile (TOML; only url and platform are required):
  url = "https://www.facebook.com/CityofKankakee"
  platform = "facebook"
  statements = ["maintained_by_city", "opinions_not_city"]
  approved_by = "City Communications Office"
  [links]
  privacy_policy = "https://citykankakee-il.gov/privacy"

examples:
  msp site check facebook.toml
  msp site check facebook.toml --json

exit status: 0 the page meets every requirement; 1 it has gaps (or the ordinance is bad);
2 bad usage or an unreadable or invalid profile."""


def add(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    with_ordinance: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Register ``msp site check``."""
    site = commands.add_parser(
        "site",
        help="check a city page against the site policy",
        description="Check a city page against the site policy.",
    )
    actions = site.add_subparsers(dest="site_command", required=True, metavar="ACTION")
    check = actions.add_parser(
        "check",
        help="list what a page lacks",
        description="List every requirement of the site policy (Kankakee § IV.1) that the page"
        " a profile describes does not meet, with the clause and the wording to add.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("profile", metavar="PROFILE", help="a .toml or .json site profile")
    with_ordinance(check)
    check.add_argument("--json", action="store_true", help="print the gaps as JSON")
    check.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    try:
        profile = SiteProfile.load(arguments.profile)
    except OSError as error:
        print(
            f"msp site check: cannot read {arguments.profile!r}: {error.strerror}", file=sys.stderr
        )
        return 2
    except DataError as error:
        print(f"msp site check: {error}", file=sys.stderr)
        return 2
    ordinance = load(arguments.ordinance)
    gaps = check_site(ordinance, profile)
    if arguments.json:
        print(json.dumps([_as_data(gap) for gap in gaps], ensure_ascii=False, indent=2))
    else:
        print("\n".join(_lines(ordinance, profile, gaps)))
    return 1 if gaps else 0


def _as_data(gap: SiteGap) -> dict[str, object]:
    return {
        "clause": gap.clause.id,
        "citation": gap.clause.citation,
        "missing": gap.missing.value,
        "requires": gap.clause.text,
        "text": [{"clause": c.id, "citation": c.citation, "text": c.text} for c in gap.text],
        "notice": gap.notice,
    }


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, 96, initial_indent=indent, subsequent_indent=indent)


def _lines(ordinance: Ordinance, profile: SiteProfile, gaps: tuple[SiteGap, ...]) -> Iterator[str]:
    where = f"{profile.url} ({profile.platform})"
    if not gaps:
        yield f"{where}: meets every requirement of {ordinance.citation_prefix}."
        return
    yield f"{where}: {len(gaps)} gap(s) under {ordinance.citation_prefix}."
    for gap in gaps:
        yield ""
        yield f"{gap.clause.citation}: missing {gap.missing.value}"
        yield from _wrap(f"Requires: “{gap.clause.text}”", "  ")
        if gap.notice:
            yield f"  Add: the text of `msp notice {gap.notice}`"
        elif len(gap.text) > 3:
            first, last = gap.text[0].citation, gap.text[-1].citation
            yield f"  Add: the text of {first} to {last}"
        else:
            for clause in gap.text:
                yield from _wrap(f"Add: “{clause.text}” ({clause.citation})", "  ")
