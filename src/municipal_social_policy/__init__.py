"""A city's social-media ordinance as typed data, and a pure function that judges comments.

>>> import municipal_social_policy as msp
>>> ordinance = msp.load("kankakee")
>>> verdict = msp.evaluate(ordinance, "My SSN is 356-21-4476")
>>> verdict.decision, verdict.findings[0].clause.id
(<Decision.REMOVE: 'remove'>, 'V.2.10')
"""

from __future__ import annotations

from . import retention
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
from .notices import render_notice
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
from .site import SiteGap, SiteProfile, check_site
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


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import version

        return version("municipal_social_policy")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
