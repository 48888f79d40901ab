"""What a city's page must show, as ordinance data (Kankakee § IV.1).

A site policy lists its requirements one element at a time: the clause that requires it, what the
page must show, and the clauses whose wording the page should carry. :func:`check_site` compares
them with a :class:`~municipal_social_policy.SiteProfile`; the comment-policy notice takes its
statements from them. The elements are a closed vocabulary, so a city's file and a page's profile
speak of the same things.
"""

from __future__ import annotations

import enum

import attrs

__all__ = ["DOCUMENTS", "STATEMENTS", "SiteElement", "SiteRequirement"]


class SiteElement(enum.Enum):
    """Something a city page can show or have."""

    #: A statement that the page is maintained by the city.
    MAINTAINED_BY_CITY = "maintained_by_city"
    #: A statement that the page follows the city's social-media policy.
    FOLLOWS_POLICY = "follows_policy"
    #: A statement of who provides hosting support, and where to send questions.
    HOSTING_SUPPORT = "hosting_support"
    #: A statement that the page is a limited public forum.
    LIMITED_PUBLIC_FORUM = "limited_public_forum"
    #: A statement that visitors' opinions are not the city's.
    OPINIONS_NOT_CITY = "opinions_not_city"
    #: A statement that comments are monitored.
    COMMENTS_MONITORED = "comments_monitored"
    #: A statement that the city may remove comments that break its policy.
    REMOVAL_RESERVED = "removal_reserved"
    #: A statement that what is posted is subject to public disclosure.
    PUBLIC_DISCLOSURE = "public_disclosure"
    #: The privacy policy, shown or linked.
    PRIVACY_POLICY = "privacy_policy"
    #: The disclaimer, shown or linked.
    DISCLAIMER = "disclaimer"
    #: The comment policy, shown or linked.
    COMMENT_POLICY = "comment_policy"
    #: The reporting and removal procedure, shown or linked.
    REMOVAL_PROCEDURE = "removal_procedure"
    #: A link to the city's official website.
    OFFICIAL_WEBSITE_LINK = "official_website_link"
    #: The city's contact information.
    CONTACT_INFORMATION = "contact_information"
    #: Approval of the page by the office the policy names.
    APPROVAL = "approval"
    #: The audiences the page is designed for.
    TARGET_AUDIENCE = "target_audience"


#: The elements that are statements a page makes.
STATEMENTS = frozenset(
    {
        SiteElement.MAINTAINED_BY_CITY,
        SiteElement.FOLLOWS_POLICY,
        SiteElement.HOSTING_SUPPORT,
        SiteElement.LIMITED_PUBLIC_FORUM,
        SiteElement.OPINIONS_NOT_CITY,
        SiteElement.COMMENTS_MONITORED,
        SiteElement.REMOVAL_RESERVED,
        SiteElement.PUBLIC_DISCLOSURE,
    }
)

#: The elements that are documents a page shows or links to.
DOCUMENTS = frozenset(
    {
        SiteElement.PRIVACY_POLICY,
        SiteElement.DISCLAIMER,
        SiteElement.COMMENT_POLICY,
        SiteElement.REMOVAL_PROCEDURE,
    }
)


@attrs.frozen
class SiteRequirement:
    """One element a city page must show, the clause requiring it, and the wording to carry.

    ``wording`` names clauses whose text (with that of the clauses under them) is what the page
    should say; it is empty where the ordinance requires something but gives no words for it.
    """

    clause: str
    shows: SiteElement
    wording: tuple[str, ...] = ()
