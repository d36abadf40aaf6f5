"""The rest of the shared vocabulary (``domain/vocabulary.py`` gives it out): the values
stored for sites, visits, flows, outcomes and follow-ups.

Import these names from ``medbetjening.domain.vocabulary``; they live here so that a
start builds them only when first used (each StrEnum class costs ≈ 0.25 ms of CPU to
build, and the window's first paint needs only Role and Channel).
"""

from __future__ import annotations

from enum import StrEnum


class SiteKind(StrEnum):
    """Where staff sit: Danish names in ui/labels (borgerservice, bibliotek, jobcenter,
    udkørende). The kind decides a visit's default channel (services/visits.py)."""

    TOWN_HALL = "town_hall"  # borgerservice
    LIBRARY = "library"
    JOB_CENTRE = "job_centre"
    OUTREACH = "outreach"  # udkørende: the citizen's home, a care home, a course
    OTHER = "other"


class ContactType(StrEnum):
    INFORMATION = "information"
    INTERACTION = "interaction"
    TRANSACTION = "transaction"


class VisitStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"  # started by mistake, nothing recorded: not in statistics


class StepActor(StrEnum):
    """Who did a step of a flow: the measure that makes self-sufficiency visible."""

    CITIZEN_ALONE = "citizen_alone"
    CITIZEN_GUIDED = "citizen_guided"
    STAFF = "staff"
    SKIPPED = "skipped"


class StaffBasis(StrEnum):
    """Why the staff member may do a MitID or payment step for the citizen.

    MitID is personal (mitid.dk: never let others use your MitID); staff may act only
    with a recorded basis, else the mark is refused.
    """

    DIGITAL_POWER_OF_ATTORNEY = "digital_fuldmagt"  # staff act as the citizen's proxy
    GUARDIAN = "guardian"  # værge: the guardian's own MitID
    CITIZEN_TYPED = "citizen_typed"  # the citizen typed; staff looked away


class Obstacle(StrEnum):
    NO_MITID = "no_mitid"
    MISSING_DOCUMENT = "missing_document"
    SYSTEM_DOWN = "system_down"
    OTHER = "other"


class FlowRunStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    ENDED = "ended"


class Completion(StrEnum):
    COMPLETED = "completed"
    PARTLY = "partly"
    NOT_COMPLETED = "not_completed"


class BlockReason(StrEnum):
    NO_MITID = "no_mitid"
    MISSING_DOCUMENTS = "missing_documents"
    SYSTEM_DOWN = "system_down"
    OUT_OF_TIME = "out_of_time"
    OTHER_AUTHORITY = "other_authority"
    CITIZEN_DECLINED = "citizen_declined"


class Autonomy(StrEnum):
    WITH_GUIDANCE = "with_guidance"
    AUTONOMOUS_WITH_HELP = "autonomous_with_help"
    AUTONOMOUS = "autonomous"


class Referral(StrEnum):
    LIBRARY_COURSE = "library_course"
    DIGITAL_AMBASSADOR = "digital_ambassador"
    DIGITAL_HOTLINE = "digital_hotline"
    RELATIVE_ACCESS = "relative_access"
    DIGITAL_POST_EXEMPTION = "digital_post_exemption"
    OTHER_OFFICE = "other_office"


class FollowUpKind(StrEnum):
    CALL = "call"
    APPOINTMENT = "appointment"
    CHECK_ALONE = "check_alone"


class FollowUpStatus(StrEnum):
    DUE = "due"
    DONE = "done"
    CANCELLED = "cancelled"


class AgeBand(StrEnum):
    UNDER_18 = "0-17"
    FROM_18 = "18-29"
    FROM_30 = "30-49"
    FROM_50 = "50-66"
    FROM_67 = "67-79"
    FROM_80 = "80+"
    UNKNOWN = "unknown"


class SelfSufficiency(StrEnum):
    NOT_STARTED = "not_started"
    LEARNING = "learning"
    CAN_WITH_HELP = "can_with_help"
    SELF_SUFFICIENT = "self_sufficient"
    ANOTHER_ROUTE = "another_route"  # exemption, fuldmagt, læseadgang: not learning


class AppointmentSource(StrEnum):
    MANUAL = "manual"
    ICS = "ics"
    CSV = "csv"
