"""The follow-up a policy prescribes, as data: bans, appeals, removal methods, capture, ceilings
per kind of evidence, several clauses per category, and the checks that keep them consistent."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import attrs
import pytest

import municipal_social_policy as msp

SSN = "My SSN is 356-21-4476"


@cache
def county() -> msp.Ordinance:
    """Montgomery County's bundled code of conduct (a ban at the second violation)."""
    return msp.load("montgomery-county-oh")


@cache
def marseilles() -> msp.Ordinance:
    """Marseilles' bundled ordinance (explicit numbering, retention per a schedule)."""
    return msp.load("marseilles")


def with_removal(ordinance: msp.Ordinance, **changes: Any) -> msp.Ordinance:
    """``ordinance`` with its removal procedure changed."""
    removal = attrs.evolve(ordinance.removal_procedure, **changes)
    return attrs.evolve(ordinance, removal_procedure=removal)


def problems(make: object) -> tuple[str, ...]:
    """The problems an inconsistent ordinance is rejected with."""
    with pytest.raises(msp.OrdinanceLoadError) as caught:
        make()  # type: ignore[operator]
    return caught.value.problems


# --- bans ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("prior", "blocked"), [(0, False), (1, True), (4, True)])
def test_block_author_from_the_threshold_on(prior: int, blocked: bool) -> None:
    """ "a second violation will result in being banned": blocked from one prior violation on."""
    verdict = msp.evaluate(county(), msp.Comment(text=SSN, prior_violations=prior))
    blocks = [a for a in verdict.actions if isinstance(a, msp.BlockAuthor)]
    assert bool(blocks) is blocked
    if blocks:
        assert blocks[0].violations == prior + 1
        assert blocks[0].upon is msp.Decision.REMOVE


def test_no_finding_no_block_whatever_the_count() -> None:
    """A clean comment never blocks its author, however many violations they had before."""
    verdict = msp.evaluate(county(), msp.Comment(text="Thanks for the help!", prior_violations=9))
    assert verdict.actions == ()


def test_a_ban_period_is_carried_and_explained() -> None:
    """A ban counted within a period says so in the action and the explanation."""
    ban = msp.Ban(clause="second-violation", violations=3, within_days=90)
    verdict = msp.evaluate(
        with_removal(county(), ban=ban), msp.Comment(text=SSN, prior_violations=2)
    )
    (block,) = [a for a in verdict.actions if isinstance(a, msp.BlockAuthor)]
    assert (block.threshold, block.within_days) == (3, 90)
    assert "violation 3 within 90 days, and the policy blocks at 3" in verdict.explain()


def test_block_author_without_a_ban_is_rejected() -> None:
    """A category may not call for a block the policy does not provide."""
    found = problems(lambda: with_removal(county(), ban=None))
    assert found[0] == (
        "comment_policy.categories[0].actions[2]: 'block_author' needs removal_procedure.ban;"
        " add it, or drop the action where the policy is silent"
    )


# --- appeals, removal methods, capture ----------------------------------------------------------


def test_the_commenter_notice_offers_the_appeal() -> None:
    """An appeal procedure in the notice data reaches the action and the clerk's explanation."""
    appeal = msp.Appeal(clause="notice", decided_by="the Director", how="by e-mail", within_days=10)
    current = county().removal_procedure.commenter_notice
    assert current is not None
    notice = attrs.evolve(current, appeal=appeal)
    verdict = msp.evaluate(with_removal(county(), commenter_notice=notice), SSN)
    (notify,) = [a for a in verdict.actions if isinstance(a, msp.NotifyCommenter)]
    assert (notify.appeal, notify.appeal_clause) == (appeal, county().clause("notice"))
    explanation = " ".join(verdict.explain().split())  # lines are wrapped for the clerk
    assert "Offer an appeal: decided by the Director, by e-mail, within 10 days" in explanation


def test_removal_methods_in_the_policys_order() -> None:
    """ "reject or remove (if possible)": reject first, then remove."""
    verdict = msp.evaluate(marseilles(), SSN)
    (remove,) = [a for a in verdict.actions if isinstance(a, msp.RemoveComment)]
    assert remove.methods == (msp.RemovalMethod.REJECT, msp.RemovalMethod.REMOVE)
    assert "reject it before it is posted or remove it" in verdict.explain()


def test_capture_fields_are_a_closed_vocabulary() -> None:
    """A record field outside the vocabulary is a load error that lists the allowed values."""
    text = msp.dumps(marseilles(), format="toml").replace('"reason"', '"why"', 1)
    with pytest.raises(msp.OrdinanceLoadError) as caught:
        msp.loads(text)
    (problem,) = caught.value.problems
    assert problem.startswith("removal_procedure.retention.capture[1].fields[1]: expected one of")
    assert "'reason'" in problem


# --- retention ----------------------------------------------------------------------------------


def test_a_named_schedule_gives_no_date() -> None:
    """Retention per a schedule: no retain_until, even for a dated comment."""
    comment = msp.Comment(text=SSN, posted_at=dt.datetime(2024, 5, 10, 9, 30))
    (retain,) = [
        a for a in msp.evaluate(marseilles(), comment).actions if isinstance(a, msp.RetainRecord)
    ]
    assert (retain.retain_until, retain.per_schedule) == (None, "the records retention schedule")


@pytest.mark.parametrize(
    ("years", "schedule", "word"), [(None, None, "neither"), (3, "the schedule", "both")]
)
def test_retention_is_years_or_a_schedule(
    years: int | None, schedule: str | None, word: str
) -> None:
    """Exactly one of years and schedule."""
    changed = msp.RetentionSchedule(clause="retention", years=years, schedule=schedule)
    found = problems(lambda: attrs.evolve(marseilles(), retention_schedule=changed))
    assert found == (
        "retention_schedule: give either years (a whole number) or schedule (the name of a"
        f" records retention schedule), not {word}",
    )


# --- categories: several clauses, ceilings per evidence -----------------------------------------


def test_a_ceiling_per_kind_of_evidence() -> None:
    """In one clause, listed sexual profanity is removed while a threat is reviewed."""
    removed = msp.evaluate(marseilles(), "Check out my blowjob videos")
    reviewed = msp.evaluate(marseilles(), "I will kill you if you show up at the meeting")
    assert removed.findings[0].clause.id == reviewed.findings[0].clause.id == "39.52(B)"
    assert (removed.decision, reviewed.decision) == (msp.Decision.REMOVE, msp.Decision.REVIEW)


def test_without_the_per_evidence_ceiling_profanity_is_reviewed() -> None:
    """Drop the ceiling for profanity and the category's own ceiling, review, applies to it."""
    categories = tuple(
        attrs.evolve(category, ceilings=()) for category in marseilles().comment_policy.categories
    )
    policy = attrs.evolve(marseilles().comment_policy, categories=categories)
    changed = attrs.evolve(marseilles(), comment_policy=policy)
    assert msp.evaluate(changed, "Check out my blowjob videos").decision is msp.Decision.REVIEW


def test_a_ceiling_for_a_detector_the_category_lacks_is_rejected() -> None:
    """A per-evidence ceiling must name one of the category's detectors; the nearest is offered."""
    category = marseilles().comment_policy.categories[1]
    bad = attrs.evolve(category, ceilings=(msp.EvidenceCeiling("profanty", msp.Ceiling.REMOVE),))
    categories = (marseilles().comment_policy.categories[0], bad)
    policy = attrs.evolve(marseilles().comment_policy, categories=categories)
    (found,) = problems(lambda: attrs.evolve(marseilles(), comment_policy=policy))
    assert found.startswith("comment_policy.categories[1].ceilings[0].detector: 'profanty'")
    assert found.endswith("did you mean 'profanity'?")


def test_a_category_cites_all_its_clauses() -> None:
    """A category resting on two clauses cites both in the finding, the notice and explain()."""
    categories = tuple(
        attrs.evolve(category, clauses=("confidential", "spam-links"))
        if category.code == "confidential_information"
        else category
        for category in county().comment_policy.categories
    )
    changed = attrs.evolve(
        county(), comment_policy=attrs.evolve(county().comment_policy, categories=categories)
    )
    verdict = msp.evaluate(changed, SSN)
    (finding,) = verdict.findings
    assert [c.id for c in (finding.clause, *finding.also)] == ["confidential", "spam-links"]
    assert [c.id for c in verdict.clauses] == ["confidential", "spam-links"]
    (notify,) = [a for a in verdict.actions if isinstance(a, msp.NotifyCommenter)]
    assert "“Spam or posts that include links to other sites”" in notify.message


# --- clauses, citations, guard, jurisdiction ----------------------------------------------------


def test_explicit_parents_must_exist() -> None:
    """Under explicit numbering a parent that is no clause is reported, with the nearest id."""
    clauses = tuple(
        attrs.evolve(c, parent="39.25") if c.id == "39.52(A)" else c for c in marseilles().clauses
    )
    found = problems(lambda: attrs.evolve(marseilles(), clauses=clauses))
    (problem,) = found
    assert problem.startswith(
        "clauses[1].parent: no clause has the id '39.25'; did you mean '39.52'"
    )


def test_citation_templates_shape_every_citation() -> None:
    """The full and short templates make the citations of clauses that set none of their own."""
    changed = attrs.evolve(
        marseilles(),
        citation_template="{prefix}, sec. {id}",
        short_citation_template="sec. {id}",
        clauses=tuple(
            attrs.evolve(c, citation="", short_citation="") if c.id.startswith("39") else c
            for c in marseilles().clauses
        ),
    )
    clause = changed.clause("39.52(E)")
    assert (clause.citation, clause.short_citation) == (
        "Code of Marseilles, sec. 39.52(E)",
        "sec. 39.52(E)",
    )
    assert "Code of Marseilles, sec. 39.52(E)" in msp.evaluate(changed, SSN).explain()


def test_a_template_with_an_unknown_placeholder_is_rejected() -> None:
    """Only {prefix} and {id} may appear in a citation template."""
    found = problems(lambda: attrs.evolve(marseilles(), citation_template="{prefix} § {section}"))
    assert found == (
        "citation_template: unknown placeholder(s) ['section'] in '{prefix} § {section}';"
        " use only ['id', 'prefix']",
    )


def test_the_guard_cites_the_policys_own_clause_where_it_has_one() -> None:
    """Montgomery County's sentence on viewpoints is the protected-speech clause its guard cites."""
    verdict = msp.evaluate(county(), "The commissioners are wrong about the water rates")
    (guard,) = verdict.guards
    assert guard.clause.id == "viewpoints"


def test_without_a_purpose_the_guard_cites_the_first_amendment() -> None:
    """No protected-speech clause: the guard applies anyway, citing U.S. Const. amend. I."""
    verdict = msp.evaluate(attrs.evolve(county(), purpose=None), "The mayor should resign")
    (guard,) = verdict.guards
    assert guard.clause is msp.FIRST_AMENDMENT
    assert guard.clause.text.startswith("Congress shall make no law")


def test_a_department_names_its_owning_office() -> None:
    """A department or agency without an office is rejected; the fix is named."""
    jurisdiction = attrs.evolve(county().jurisdiction, office="")
    found = problems(lambda: attrs.evolve(county(), jurisdiction=jurisdiction))
    assert found == (
        'jurisdiction.office: a department names its owning office (e.g. "Environmental'
        ' Services"); got none',
    )


def test_platform_standards_are_named() -> None:
    """Marseilles' web page adopts Facebook's Community Standards, cited to the page."""
    (standard,) = marseilles().removal_procedure.platform_standards
    assert (standard.platform, standard.name) == ("facebook", "Facebook Community Standards")
    assert marseilles().clause(standard.clause).citation.startswith("City of Marseilles, web page")
