"""Closed vocabularies of the Agreement, as ``StrEnum`` with stable snake_case wire values.

Each enumeration names the article whose words it encodes. Wire values never change; a
new value is an addition, never a rename.
"""

from __future__ import annotations

from enum import StrEnum


class Party(StrEnum):
    """The two Contracting Parties (title of the Agreement)."""

    KZ = "KZ"
    CZ = "CZ"

    @property
    def other(self) -> Party:
        """The counterpart of this Party."""
        return Party.CZ if self is Party.KZ else Party.KZ


class Subject(StrEnum):
    """What a request is about: Art. 3, 4, 5, 6, 7, 8 and Art. 1(2)."""

    # Article 3, items 1 to 8
    INFORMATION_ON_CRIMES = "information_on_crimes"
    PLANNED_CRIMES = "planned_crimes"
    SUSPICIOUS_TRANSACTIONS = "suspicious_transactions"
    ILLEGAL_MIGRATION = "illegal_migration"
    ITEMS_RELATED_TO_CRIMES = "items_related_to_crimes"
    NEW_FORMS_OF_CRIME = "new_forms_of_crime"
    FORENSIC_AND_CRIMINOLOGICAL_RESEARCH = "forensic_and_criminological_research"
    LEGISLATION = "legislation"
    # Article 4, items 1 to 5
    SEARCH_FOR_SUSPECTS = "search_for_suspects"
    SEARCH_FOR_MISSING_PERSONS = "search_for_missing_persons"
    SEARCH_FOR_OBJECTS = "search_for_objects"
    SPECIAL_INVESTIGATIVE_METHODS = "special_investigative_methods"
    JOINT_CRIME_PROGRAMS = "joint_crime_programs"
    # Articles 5 to 8
    EXPERT_ASSISTANCE = "expert_assistance"
    TRAVEL_DOCUMENTS = "travel_documents"
    MISSING_AND_WANTED_PERSONS = "missing_and_wanted_persons"
    TRAINING = "training"
    # Article 1(2): outside the Agreement
    LEGAL_ASSISTANCE_IN_CRIMINAL_MATTERS = "legal_assistance_in_criminal_matters"


class Crime(StrEnum):
    """Types of crime, Art. 2 items 1 to 15 in order; ``other`` because the list says "including"."""

    ORGANIZED_CRIME = "organized_crime"
    TERRORISM_EXTREMISM_FINANCING = "terrorism_extremism_financing"
    CRIMES_AGAINST_HEALTH = "crimes_against_health"
    HUMAN_TRAFFICKING = "human_trafficking"
    CHILD_SEXUAL_ABUSE = "child_sexual_abuse"
    ILLEGAL_MIGRATION_CRIME = "illegal_migration_crime"
    DRUG_TRAFFICKING = "drug_trafficking"
    CYBERCRIME = "cybercrime"
    WEAPONS_TRAFFICKING = "weapons_trafficking"
    COUNTERFEITING = "counterfeiting"
    ECONOMIC_CRIME = "economic_crime"
    CORRUPTION = "corruption"
    CULTURAL_PROPERTY_TRAFFICKING = "cultural_property_trafficking"
    VEHICLE_CRIME = "vehicle_crime"
    INTELLECTUAL_PROPERTY = "intellectual_property"
    OTHER = "other"


class Purpose(StrEnum):
    """Purposes of use of personal data, Art. 10 item 1."""

    SUPPRESSING_CRIMINAL_ACTIVITY = "suppressing_criminal_activity"
    RELATED_PROCEDURES = "related_procedures"
    PUBLIC_ORDER_AND_SECURITY = "public_order_and_security"
    OTHER = "other"


class DataCategory(StrEnum):
    """Categories of personal data; the first nine are the special categories of Art. 10 item 2."""

    NATIONAL_ORIGIN = "national_origin"
    RACIAL_ORIGIN = "racial_origin"
    ETHNIC_ORIGIN = "ethnic_origin"
    POLITICAL_VIEWS = "political_views"
    RELIGIOUS_BELIEFS = "religious_beliefs"
    PHILOSOPHICAL_BELIEFS = "philosophical_beliefs"
    CRIMINAL_CONVICTIONS = "criminal_convictions"
    HEALTH = "health"
    SEXUAL_LIFE = "sexual_life"
    IDENTITY = "identity"
    CONTACT_DETAILS = "contact_details"
    TRAVEL_DOCUMENT = "travel_document"
    FINANCIAL = "financial"
    LOCATION = "location"
    PHOTOGRAPH = "photograph"
    OTHER = "other"

    @property
    def is_special(self) -> bool:
        """True for the categories Art. 10 item 2 lets be transmitted only when necessary."""
        return self in SPECIAL_CATEGORIES


SPECIAL_CATEGORIES: frozenset[DataCategory] = frozenset(
    {
        DataCategory.NATIONAL_ORIGIN,
        DataCategory.RACIAL_ORIGIN,
        DataCategory.ETHNIC_ORIGIN,
        DataCategory.POLITICAL_VIEWS,
        DataCategory.RELIGIOUS_BELIEFS,
        DataCategory.PHILOSOPHICAL_BELIEFS,
        DataCategory.CRIMINAL_CONVICTIONS,
        DataCategory.HEALTH,
        DataCategory.SEXUAL_LIFE,
    }
)


class RefusalGround(StrEnum):
    """Grounds on which a request may be refused in whole or in part, Art. 9(4)."""

    SOVEREIGNTY = "sovereignty"
    SECURITY = "security"
    OTHER_IMPORTANT_INTERESTS = "other_important_interests"
    CONFLICT_WITH_NATIONAL_LAW = "conflict_with_national_law"
    CONFLICT_WITH_INTERNATIONAL_OBLIGATIONS = "conflict_with_international_obligations"


class RequestForm(StrEnum):
    """How a request is made, Art. 9(1)."""

    WRITTEN = "written"
    ELECTRONIC = "electronic"
    ORAL = "oral"


class Outcome(StrEnum):
    """How the requested Party answers a request, Art. 9(2), (4), (5)."""

    FULFILLED = "fulfilled"
    PARTIALLY_FULFILLED = "partially_fulfilled"
    REFUSED = "refused"
    ADDITIONAL_INFORMATION_REQUESTED = "additional_information_requested"


class Recipient(StrEnum):
    """Who receives an onward transfer, Art. 11(2)."""

    THIRD_STATE = "third_state"
    INTERNATIONAL_ORGANIZATION = "international_organization"


class Defect(StrEnum):
    """What the sending Party learns of transferred data, Art. 10 item 4."""

    UNRELIABLE = "unreliable"
    NOT_TRANSFERABLE = "not_transferable"


class DestructionReason(StrEnum):
    """Why personal data was destroyed, the reason Art. 10 item 6 requires the records to indicate."""

    TERM_REACHED = "term_reached"
    """The destruction term the sending Party informed has come (Art. 10, item 5)."""
    NO_LONGER_NECESSARY = "no_longer_necessary"
    """The data is no longer necessary (Art. 10, item 5)."""
    NOT_TRANSFERABLE = "not_transferable"
    """The data should not have been transferred (Art. 10, item 4)."""
    AGREEMENT_EXPIRED = "agreement_expired"
    """The Agreement has ceased to have effect (Art. 10, item 5, last sentence; Art. 18(2))."""
    OTHER = "other"
    """Another reason, under national law."""


class DocumentStatus(StrEnum):
    """Status of a travel document, Art. 6(1) and 6(4)."""

    LOST = "lost"
    STOLEN = "stolen"
    CANCELLED = "cancelled"
    COUNTERFEIT_DETECTED = "counterfeit_detected"


class Channel(StrEnum):
    """How travel-document information is transmitted, Art. 6(3)."""

    DIRECT = "direct"
    INTERPOL = "interpol"


class SuspensionGround(StrEnum):
    """Why a Party suspends the Agreement; only the first three are allowed by Art. 17."""

    SECURITY = "security"
    PUBLIC_ORDER = "public_order"
    PUBLIC_HEALTH = "public_health"
    OTHER = "other"


class ActStage(StrEnum):
    """Whether an act is asked about before it is done, or reported as done (Art. 10 item 1, Art. 11(2)).

    Consent must be "previously obtained": an act asked about in advance needs it; an act done
    without it cannot be cured afterwards.
    """

    ASKED = "asked"
    DONE = "done"


class TextStatus(StrEnum):
    """What the quoted English text is: the unofficial translation published with Resolution No. 411, or a signed
    authentic text (final clause: the four signed texts are equally authentic, the English one prevailing)."""

    UNOFFICIAL_TRANSLATION = "unofficial_translation"
    AUTHENTIC = "authentic"


class AgreementStatus(StrEnum):
    """The Agreement's state on a given day (Art. 17, Art. 18, final clause)."""

    BEFORE_SIGNATURE = "before_signature"
    NOT_IN_FORCE = "not_in_force"
    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"


class Verdict(StrEnum):
    """What the Agreement makes of an act. Precedence: not_applicable > prohibited > needs_consent > permitted."""

    PERMITTED = "permitted"
    PROHIBITED = "prohibited"
    NEEDS_CONSENT = "needs_consent"
    NOT_APPLICABLE = "not_applicable"

    @property
    def precedence(self) -> int:
        """Higher wins when several rules give a verdict."""
        return _PRECEDENCE[self]


_PRECEDENCE = {
    Verdict.PERMITTED: 0,
    Verdict.NEEDS_CONSENT: 1,
    Verdict.PROHIBITED: 2,
    Verdict.NOT_APPLICABLE: 3,
}


class DutyKind(StrEnum):
    """Duties the Agreement attaches to an act."""

    MUST_DESTROY = "must_destroy"
    REFUSAL_NOTICE_REQUIRED = "refusal_notice_required"
    MUST_CONFIRM_IN_WRITING = "must_confirm_in_writing"
    MUST_FORWARD = "must_forward"
    MUST_CORRECT = "must_correct"
    MUST_NOTIFY = "must_notify"
    MUST_RECORD = "must_record"
    MUST_RECORD_DESTRUCTION = "must_record_destruction"
    MUST_INFORM_DESTRUCTION_TERM = "must_inform_destruction_term"
    MUST_REPORT_USE = "must_report_use"
    MUST_FOLLOW_HOST_INSTRUCTIONS = "must_follow_host_instructions"
    MUST_NAME_COMPETENT_AUTHORITIES = "must_name_competent_authorities"
    MUST_EXCHANGE_CONTACTS = "must_exchange_contacts"
    MUST_RESPOND = "must_respond"
    MUST_OBSERVE_CONDITIONS = "must_observe_conditions"
    MUST_PROTECT = "must_protect"
    MUST_SUSPEND_COOPERATION = "must_suspend_cooperation"
    """No bundled rule imposes it (Article 17 gives a right to suspend, not a duty to stop); kept because wire values
    are never taken away."""
    MUST_BEAR_OWN_COSTS = "must_bear_own_costs"


class Bearer(StrEnum):
    """Who bears a duty, relative to the event's actor."""

    ACTOR = "actor"
    COUNTERPART = "counterpart"
    BOTH = "both"


class Engine(StrEnum):
    """Which evaluator decides: durable-rules, the compiled Python engine, or ``auto``, which is the Python engine (it
    runs everywhere and decides as durable-rules does)."""

    AUTO = "auto"
    DURABLE = "durable"
    PYTHON = "python"


class RulesSource(StrEnum):
    """Where the rules that decided came from: the rules bundled with the library, or a folder named by the caller."""

    BUNDLED = "bundled"
    FOLDER = "folder"
