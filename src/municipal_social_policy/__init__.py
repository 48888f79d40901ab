"""A city's social-media ordinance as typed data, and a pure function that judges comments.

>>> import municipal_social_policy as msp
>>> ordinance = msp.load("kankakee")
>>> verdict = msp.evaluate(ordinance, "My SSN is 356-21-4476")
>>> verdict.decision, verdict.findings[0].clause.id
(<Decision.REMOVE: 'remove'>, 'V.2.10')
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from .comment import Author, Comment, Role, Thread
from .detectors import Detector, DetectorFactory, Signal, Trigger
from .detectors.registry import DetectorSpec, Option, OptionKind
from .evaluation import Evaluator, evaluate
from .exceptions import (
    ClusterError,
    DataError,
    DetectorOptionError,
    LedgerError,
    LedgerURLError,
    MunicipalSocialPolicyError,
    NoticeError,
    OrdinanceLoadError,
    OrdinanceNotFoundError,
    UnknownClauseError,
    UnknownDetectorError,
    UnknownRecordError,
)
from .history import History
from .loading import available, dump, load, load_history
from .ordinance import (
    FIRST_AMENDMENT,
    ActionKind,
    Category,
    Ceiling,
    Clause,
    CommentPolicy,
    DetectorConfig,
    DetectorOptions,
    EvidenceCeiling,
    Jurisdiction,
    JurisdictionKind,
    Numbering,
    Ordinance,
    RemovalProcedure,
    RetentionSchedule,
    Statute,
)
from .procedure import (
    Appeal,
    Ban,
    Capture,
    CaptureMethod,
    PlatformStandard,
    RecordField,
    Removal,
    RemovalMethod,
)
from .requirements import SiteElement, SiteRequirement
from .serialization import dumps, loads
from .text import NormalizedText, normalize
from .verdict import (
    Action,
    BlockAuthor,
    Decision,
    Evidence,
    Finding,
    Guard,
    NotifyCommenter,
    NotifyCommunicationsOffice,
    OrdinanceReference,
    ReferToLawEnforcement,
    ReferToPlatform,
    RemoveComment,
    RetainRecord,
    Strength,
    Verdict,
)

__all__ = [
    "FIRST_AMENDMENT",
    "Action",
    "ActionKind",
    "Appeal",
    "Author",
    "Ban",
    "BlockAuthor",
    "Capture",
    "CaptureMethod",
    "Category",
    "Ceiling",
    "Clause",
    "ClusterError",
    "Comment",
    "CommentPolicy",
    "DataError",
    "Decision",
    "Detector",
    "DetectorConfig",
    "DetectorFactory",
    "DetectorOptionError",
    "DetectorOptions",
    "DetectorSpec",
    "Evaluator",
    "Evidence",
    "EvidenceCeiling",
    "Finding",
    "Guard",
    "History",
    "Jurisdiction",
    "JurisdictionKind",
    "LedgerError",
    "LedgerURLError",
    "MunicipalSocialPolicyError",
    "NormalizedText",
    "NoticeError",
    "NotifyCommenter",
    "NotifyCommunicationsOffice",
    "Numbering",
    "Option",
    "OptionKind",
    "Ordinance",
    "OrdinanceLoadError",
    "OrdinanceNotFoundError",
    "OrdinanceReference",
    "PlatformStandard",
    "RecordField",
    "ReferToLawEnforcement",
    "ReferToPlatform",
    "Removal",
    "RemovalMethod",
    "RemovalProcedure",
    "RemoveComment",
    "RetainRecord",
    "RetentionSchedule",
    "Role",
    "Signal",
    "SiteElement",
    "SiteGap",
    "SiteProfile",
    "SiteRequirement",
    "Statute",
    "Strength",
    "Thread",
    "Trigger",
    "UnknownClauseError",
    "UnknownDetectorError",
    "UnknownRecordError",
    "Verdict",
    "available",
    "check_site",
    "dump",
    "dumps",
    "evaluate",
    "load",
    "load_history",
    "loads",
    "normalize",
    "render_notice",
    "retention",
]


if TYPE_CHECKING:
    from . import retention
    from .notices import render_notice
    from .site import SiteGap, SiteProfile, check_site

# Names imported on first use, each with its module: judging a comment needs none of them, and
# the retention ledger, the notices and the site checks take about a tenth of a second to import.
_LAZY = {
    "retention": ("retention", ""),
    "render_notice": ("notices", "render_notice"),
    "SiteGap": ("site", "SiteGap"),
    "SiteProfile": ("site", "SiteProfile"),
    "check_site": ("site", "check_site"),
}


def __getattr__(name: str) -> object:
    if name == "__version__":
        from importlib.metadata import version

        return version("municipal_social_policy")
    if name in _LAZY:
        module, attribute = _LAZY[name]
        imported = import_module(f".{module}", __name__)
        value = getattr(imported, attribute) if attribute else imported
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
