"""Step definitions for the features in features/: plain legal English mapped to wire values.

Every Given step adds one fact of the case (the Agreement's life, or the act of a competent
authority); the When step evaluates the act with the python engine and checks that the durable
engine reaches exactly the same evaluation; the Then steps check the verdict, each duty with the
Party that bears it and its time, the provisions cited and the words quoted from them.

The vocabulary maps below are the only place where the lawyers' words meet the wire values.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pytest
from pytest_bdd import parsers

from .. import (
    AgreementStatus,
    Bearer,
    Duty,
    DutyKind,
    DutyStatus,
    Engine,
    EngineUnavailable,
    Evaluation,
    Ledger,
    Lifecycle,
    Party,
    RecordKind,
    Rulebook,
    Suspension,
    Verdict,
    parse_event,
)
from ..rulebook.outcomes import PRESUMPTION
from .stepdefs import StepRegistry

#: Every step below, in the order written: pytest-bdd runs them under pytest, ``tools.scenarios`` without it.
STEPS = StepRegistry()
given, when, then = STEPS.given, STEPS.when, STEPS.then

# --- Vocabulary: words of the features -> wire values -------------------------------------------

PARTIES: dict[str, Party] = {"the Czech Republic": Party.CZ, "Kazakhstan": Party.KZ}

SUBJECTS: dict[str, str] = {
    # Article 3
    "information on crimes and suspects": "information_on_crimes",
    "the planning of crimes": "planned_crimes",
    "suspicious transactions": "suspicious_transactions",
    "illegal migration": "illegal_migration",
    "items related to crimes": "items_related_to_crimes",
    "new forms of crime": "new_forms_of_crime",
    "results of forensic research": "forensic_and_criminological_research",
    "legislation": "legislation",
    # Article 4
    "the search for suspects": "search_for_suspects",
    "the search for missing persons": "search_for_missing_persons",
    "the search for objects": "search_for_objects",
    "special investigative methods": "special_investigative_methods",
    "joint programmes against crime": "joint_crime_programs",
    # Articles 5 to 8
    "sending experts": "expert_assistance",
    "lost and stolen travel documents": "travel_documents",
    "travel documents": "travel_documents",
    "missing and wanted persons": "missing_and_wanted_persons",
    "training": "training",
    # Article 1(2)
    "legal assistance in criminal matters": "legal_assistance_in_criminal_matters",
}

CRIMES: dict[str, str] = {
    "organised crime": "organized_crime",
    "terrorism": "terrorism_extremism_financing",
    "crimes against the health of the population": "crimes_against_health",
    "human trafficking": "human_trafficking",
    "child sexual abuse": "child_sexual_abuse",
    "crime related to illegal migration": "illegal_migration_crime",
    "drug trafficking": "drug_trafficking",
    "cybercrime": "cybercrime",
    "weapons trafficking": "weapons_trafficking",
    "counterfeiting": "counterfeiting",
    "money laundering": "economic_crime",
    "corruption": "corruption",
    "illicit trade in cultural values": "cultural_property_trafficking",
    "vehicle crime": "vehicle_crime",
    "intellectual property offences": "intellectual_property",
    "a crime not listed in Article 2": "other",
}

LANGUAGES: dict[str, str] = {"English": "en", "Russian": "ru", "Czech": "cs", "Kazakh": "kk"}

FORMS: dict[str, str] = {"written": "written", "electronic": "electronic", "oral": "oral"}

OUTCOMES: dict[str, str] = {
    "fulfilling it": "fulfilled",
    "fulfilling it in part": "partially_fulfilled",
    "refusing it": "refused",
    "asking for additional information": "additional_information_requested",
}

REFUSAL_GROUNDS: dict[str, str] = {
    "a threat to its sovereignty": "sovereignty",
    "a threat to its security": "security",
    "a threat to other important interests of its state": "other_important_interests",
    "a conflict with its national legislation": "conflict_with_national_law",
    "a conflict with its international obligations": "conflict_with_international_obligations",
}

PURPOSES: dict[str, str] = {
    "suppressing criminal activities": "suppressing_criminal_activity",
    "related procedures": "related_procedures",
    "protecting public order and security": "public_order_and_security",
    "another purpose": "other",
}

DATA_CATEGORIES: dict[str, str] = {
    "national origin": "national_origin",
    "racial origin": "racial_origin",
    "ethnic origin": "ethnic_origin",
    "political views": "political_views",
    "religious beliefs": "religious_beliefs",
    "philosophical beliefs": "philosophical_beliefs",
    "criminal convictions": "criminal_convictions",
    "state of health": "health",
    "sexual life": "sexual_life",
    "identity": "identity",
    "contact details": "contact_details",
    "travel documents": "travel_document",
    "finances": "financial",
    "whereabouts": "location",
    "photographs": "photograph",
}

RECIPIENTS: dict[str, str] = {
    "a third state": "third_state",
    "an international organisation": "international_organization",
    "Interpol": "international_organization",
}

DEFECTS: dict[str, str] = {"was unreliable": "unreliable", "could not be transferred": "not_transferable"}

DOCUMENT_STATUSES: dict[str, str] = {
    "lost": "lost",
    "stolen": "stolen",
    "cancelled": "cancelled",
    "counterfeit": "counterfeit_detected",
}

CHANNELS: dict[str, str] = {"directly": "direct", "through the Interpol information database": "interpol"}

DESTRUCTION_REASONS: dict[str, str] = {
    "its destruction term has come": "term_reached",
    "it is no longer necessary": "no_longer_necessary",
    "it should not have been transferred": "not_transferable",
    "the Agreement has ceased to have effect": "agreement_expired",
    "of another reason under its national law": "other",
}

SUSPENSION_GROUNDS: dict[str, str] = {
    "the security of the state": "security",
    "public order": "public_order",
    "public health": "public_health",
    "economic difficulties": "other",
}

VERDICTS: dict[str, Verdict] = {
    "permitted": Verdict.PERMITTED,
    "prohibited": Verdict.PROHIBITED,
    "permitted only with the written consent of the sending Party": Verdict.NEEDS_CONSENT,
    "not governed by the Agreement": Verdict.NOT_APPLICABLE,
}

DUTIES: dict[str, str] = {
    "respond to the request": "must_respond",
    "confirm the oral request in writing": "must_confirm_in_writing",
    "forward the request to the competent authority": "must_forward",
    "inform the other Party of the refusal in writing": "refusal_notice_required",
    "observe the conditions set": "must_observe_conditions",
    "destroy the data": "must_destroy",
    "inform the other Party of the destruction term": "must_inform_destruction_term",
    "keep records of the data exchanged": "must_record",
    "record the destruction": "must_record_destruction",
    "protect the data": "must_protect",
    "protect the information received": "must_protect",
    "inform the other Party": "must_notify",
    "correct the data": "must_correct",
    "report on the use of the data and its results": "must_report_use",
    "have its experts follow the instructions of the host authorities": "must_follow_host_instructions",
    "name their competent authorities": "must_name_competent_authorities",
    "exchange contact details": "must_exchange_contacts",
    "bear its own costs": "must_bear_own_costs",
}

K = TypeVar("K")


def word(table: Mapping[str, K], text: str, what: str) -> K:
    """The wire value of ``text``; a word outside the vocabulary fails the step with the known words."""
    try:
        return table[text]
    except KeyError:
        raise AssertionError(f"unknown {what} {text!r}; known: {', '.join(table)}") from None


# --- Regular expressions shared by the steps ------------------------------------------------------

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def date_re(name: str) -> str:
    """A date written "1 March 2026" or "2026-03-01"."""
    return rf"(?P<{name}>\d{{1,2}} (?:{MONTHS}) \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"


#: How a scenario names each Party: the names ``PARTIES`` maps to Parties.
_PARTY_NAMES = "|".join(PARTIES)
_PARTY = rf"(?:{_PARTY_NAMES})"


def party_re(name: str) -> str:
    return rf"(?P<{name}>{_PARTY_NAMES})"


def to_date(text: str) -> dt.date:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.date.fromisoformat(text)
    return dt.datetime.strptime(text, "%d %B %Y").date()


def split_list(text: str) -> list[str]:
    """ "identity, photographs and state of health" -> the three words."""
    return [part.strip() for part in re.split(r",\s*|\s+and\s+", text) if part.strip()]


# --- The case under examination -----------------------------------------------------------------


@dataclass
class Case:
    """What the scenario knows: the Agreement's life, the act, and what the evaluation found."""

    lifecycle_known: bool = True
    notifications: list[dt.date] = field(default_factory=list)
    suspensions: list[Suspension] = field(default_factory=list)
    termination_notice: dt.date | None = None
    entered_into_force: dt.date | None = None
    event: dict[str, Any] = field(default_factory=dict)
    languages: dict[str, str] = field(default_factory=dict)
    """The language of each communication the scenario names ("request", "request answered", "answer", ...)."""
    agreed_languages: set[str] = field(default_factory=set)
    lifecycle: Lifecycle | None = None
    evaluation: Evaluation | None = None
    duties: tuple[Duty, ...] = ()
    cited: tuple[str, ...] = ()
    matched_duties: set[int] = field(default_factory=set)
    fired: tuple[str, ...] = ()
    """The rules that decided or added a duty, for the record of the run (the trace)."""
    ledger: Ledger | None = None
    """The case ledger of a scenario that tells a case over time (``When the act is recorded in the ledger``)."""
    recorded: dict[str, list[str]] = field(default_factory=dict)
    """The ids recorded in the ledger, by event type, in order."""

    def build_lifecycle(self) -> Lifecycle | None:
        if not self.lifecycle_known:
            return None
        return Lifecycle(
            notifications_received=tuple(self.notifications),
            entered_into_force=self.entered_into_force,
            suspensions=tuple(self.suspensions),
            termination_notice_received=self.termination_notice,
        )

    def start_event(self, event_type: str, actor: Party, day: dt.date, **fields: Any) -> None:
        assert not self.event, f"the scenario already describes an act ({self.event.get('type')})"
        self.event = {"type": event_type, "id": f"{event_type}-1", "date": day.isoformat(), "actor": actor.value, **fields}

    def expect(self, *types: str) -> dict[str, Any]:
        assert self.event.get("type") in types, f"this step needs an act of type {' or '.join(types)}, not {self.event}"
        return self.event

    @property
    def actor(self) -> Party:
        return Party(self.event["actor"])


@pytest.fixture
def case() -> Case:
    return Case()


def scenario_fixtures(rulebook: Rulebook) -> dict[str, object]:
    """The fixtures one scenario's steps take, when the scenarios run outside pytest against a rulebook
    of one's choosing (``cooperation-rules mutate``): that rulebook and a fresh case."""
    return {"rulebook": rulebook, "case": Case()}


# --- Given: the Agreement's own life -----------------------------------------------------------


@given(
    parsers.re(
        rf"(?:the notifications of internal procedures were received on {date_re('first')} and on {date_re('last')}"
        rf"|only one notification of internal procedures was received, on {date_re('only')})"
    )
)
def notifications_received(case: Case, first: str | None, last: str | None, only: str | None) -> None:
    """Both notifications of Article 18(1) received, or only one of them (the Agreement not yet in force)."""
    case.notifications = [to_date(only)] if only else [to_date(first or ""), to_date(last or "")]


@given(parsers.re(rf"the Agreement is known to have entered into force on {date_re('day')}"))
def entered_into_force(case: Case, day: str) -> None:
    case.entered_into_force = to_date(day)


@given("nothing is known of the notifications, suspensions or termination of the Agreement")
def nothing_known(case: Case) -> None:
    case.lifecycle_known = False


@given(
    parsers.re(
        r"a notice suspending (?P<scope>the whole Agreement|cooperation on .+?) on grounds of (?P<ground>.+?)"
        rf" was received on {date_re('day')}"
    )
)
def suspension_received(case: Case, scope: str, ground: str, day: str) -> None:
    subjects = None
    if scope != "the whole Agreement":
        subjects = [word(SUBJECTS, s, "subject") for s in split_list(scope.removeprefix("cooperation on "))]
    case.suspensions.append(
        Suspension.model_validate(
            {"notice_received": to_date(day), "ground": word(SUSPENSION_GROUNDS, ground, "ground"), "scope": subjects}
        )
    )


@given(parsers.re(rf"the notice lifting that suspension was received on {date_re('day')}"))
def suspension_lifted(case: Case, day: str) -> None:
    assert case.suspensions, "no suspension to lift"
    last = case.suspensions.pop()
    case.suspensions.append(last.model_copy(update={"lifted_notice_received": to_date(day)}))


@given(parsers.re(rf"a written notice of termination was received on {date_re('day')}"))
def termination_received(case: Case, day: str) -> None:
    case.termination_notice = to_date(day)


# --- Given: requests and responses (Articles 1 to 9) ---------------------------------------------


def _two_parties(actor: str, other: str) -> Party:
    party = PARTIES[actor]
    assert PARTIES[other] is party.other, f"{actor} and {other} must be the two different Parties"
    return party


@given(
    parsers.re(
        rf"{party_re('actor')} sends {party_re('other')} an? (?P<form>written|electronic|oral) request"
        rf" about (?P<subject>.+?) on {date_re('day')}"
    )
)
def request_sent(case: Case, actor: str, other: str, form: str, subject: str, day: str) -> None:
    case.start_event(
        "request", _two_parties(actor, other), to_date(day), form=FORMS[form], subject=word(SUBJECTS, subject, "subject")
    )


@given(parsers.re(r"the case is (?P<urgency>urgent|not urgent)"))
def urgency(case: Case, urgency: str) -> None:
    """The urgency of a request, or of the request a response answers (Art. 9(1))."""
    event = case.expect("request", "response")
    event["urgent" if event["type"] == "request" else "request_urgent"] = urgency == "urgent"


@given(parsers.re(r"the request concerns (?P<crime>.+)"))
def request_crime(case: Case, crime: str) -> None:
    case.expect("request")["crime"] = word(CRIMES, crime, "crime")


#: The communications whose language a scenario states, and the act each belongs to (Art. 9(6)).
COMMUNICATIONS: dict[str, str] = {
    "request": "request",
    "request answered": "response",
    "answer": "response",
    "information": "spontaneous_information",
    "notice": "travel_document_notice",
}


@given(parsers.re(r"the (?P<what>request answered|request|answer|information|notice) (?:is|was) in (?P<language>[A-Z][a-z]+)"))
def communication_language(case: Case, what: str, language: str) -> None:
    case.expect(COMMUNICATIONS[what])
    case.languages[what] = word(LANGUAGES, language, "language")


@given(parsers.re(r"(?:the authorities have agreed to use (?P<language>[A-Z][a-z]+)|nothing other than English was agreed)"))
def language_agreed(case: Case, language: str | None) -> None:
    """A language the competent authorities agreed to use besides English (Art. 9(6)), or that nothing else was agreed."""
    if language is not None:
        case.agreed_languages.add(word(LANGUAGES, language, "language"))


@given(parsers.re(r"the content of the request (?P<allows>allows|does not allow) electronic means"))
def content_allows_electronic(case: Case, allows: str) -> None:
    """Whether the content of a request, or of the request a response answers, allows electronic means (Art. 9(1))."""
    event = case.expect("request", "response")
    event["content_allows_electronic" if event["type"] == "request" else "request_content_allows_electronic"] = allows == "allows"


@given(
    parsers.re(
        rf"the request reaches an authority of {party_re('party')} that is (?P<competence>competent|not competent)"
        r" to handle it"
    )
)
def authority_competence(case: Case, party: str, competence: str) -> None:
    event = case.expect("request")
    assert PARTIES[party] is case.actor.other, "the request reaches the requested Party"
    event["addressed_to_competent_authority"] = competence == "competent"


@given(
    parsers.re(
        rf"the request comes from (?P<named>a competent authority|a body not named as a competent authority)"
        rf" of {party_re('party')}"
    )
)
def requesting_authority(case: Case, named: str, party: str) -> None:
    """Whether the requesting body is one of the competent authorities its Party named (Art. 13(1))."""
    event = case.expect("request")
    assert PARTIES[party] is case.actor, "the request comes from the requesting Party"
    event["from_designated_authority"] = named == "a competent authority"


@given(parsers.re(rf"{party_re('actor')} answers on {date_re('day')} the request of {party_re('other')} by (?P<outcome>.+)"))
def response_given(case: Case, actor: str, day: str, other: str, outcome: str) -> None:
    case.start_event(
        "response", _two_parties(actor, other), to_date(day), request_id="request-0", outcome=word(OUTCOMES, outcome, "answer")
    )


@given(
    parsers.re(
        r"the request answered was an? (?:(?P<form>written|electronic|oral) )?request(?: about (?P<subject>.+?))?"
        rf"(?: made on {date_re('day')})?"
    )
)
def request_answered(case: Case, form: str | None, subject: str | None, day: str | None) -> None:
    """What is known of the request a response answers: its form, subject and day, each only when stated."""
    event = case.expect("response")
    if form:
        event["request_form"] = FORMS[form]
    if subject:
        event["request_subject"] = word(SUBJECTS, subject, "subject")
    if day:
        event["request_date"] = to_date(day).isoformat()


@given(parsers.re(r"it relies on (?P<ground>no ground of Article 9\(4\)|a .+)"))
def refusal_ground(case: Case, ground: str) -> None:
    event = case.expect("response")
    grounds = event.setdefault("grounds", [])
    if ground != "no ground of Article 9(4)":
        grounds.append(word(REFUSAL_GROUNDS, ground, "ground of refusal"))


@given(parsers.re(rf'{party_re("party")} sets the condition "(?P<condition>[^"]+)"'))
def condition_set(case: Case, party: str, condition: str) -> None:
    event = case.expect("response", "transfer", "spontaneous_information")
    assert PARTIES[party] is case.actor, "conditions are set by the requested or the sending Party, who acts here"
    field = "conditions_on_personal_data" if event["type"] == "spontaneous_information" else "conditions"
    event.setdefault(field, []).append(condition)


@given(
    parsers.re(
        rf"{party_re('actor')} informs {party_re('other')} without request on {date_re('day')}"
        r" of established facts that can help it suppress a crime"
    )
)
def spontaneous_information(case: Case, actor: str, other: str, day: str) -> None:
    case.start_event("spontaneous_information", _two_parties(actor, other), to_date(day))


#: The lawyers' name of each act that may carry personal data or serve a subject of cooperation.
ACTS: dict[str, str] = {
    "answer": "response",
    "information": "spontaneous_information",
    "notice": "travel_document_notice",
    "transfer": "transfer",
}


@given(
    parsers.re(
        r"the (?:(?P<act>answer|information|notice) (?P<does>includes|does not include) personal data"
        r"|(?P<served>answer|information|transfer) serves cooperation on (?P<subject>.+))"
    )
)
def act_carries(case: Case, act: str | None, does: str | None, served: str | None, subject: str | None) -> None:
    """Whether an answer, information or a notice includes personal data, or the subject of cooperation an answer,
    information or a transfer serves."""
    if act is not None:
        case.expect(ACTS[act])["contains_personal_data"] = does == "includes"
    else:
        case.expect(ACTS[served or ""])["subject"] = word(SUBJECTS, subject or "", "subject")


# --- Given: personal data (Articles 10 and 11) -------------------------------------------------------


@given(
    parsers.re(
        rf"{party_re('actor')} transfers to {party_re('other')} on {date_re('day')} personal data on (?P<categories>.+?)"
        rf" for (?P<purpose>{'|'.join(PURPOSES)})"
    )
)
def transfer(case: Case, actor: str, other: str, day: str, categories: str, purpose: str) -> None:
    case.start_event(
        "transfer",
        _two_parties(actor, other),
        to_date(day),
        categories=[word(DATA_CATEGORIES, c, "data category") for c in split_list(categories)],
        purpose=PURPOSES[purpose],
    )


@given(parsers.re(r"the transfer (?P<needed>is|is not) necessary"))
def transfer_necessary(case: Case, needed: str) -> None:
    case.expect("transfer")["necessary"] = needed == "is"


@given(parsers.re(r"the volume of data transferred (?P<fits>is|is not) appropriate to the purpose of its use"))
def transfer_proportionate(case: Case, fits: str) -> None:
    case.expect("transfer")["proportionate"] = fits == "is"


@given(parsers.re(rf"(?:the destruction term informed is {date_re('day')}|(?P<none>no destruction term is informed))"))
def destruction_term(case: Case, day: str | None, none: str | None) -> None:
    event = case.expect("transfer", "retention_review")
    event["destruction_term"] = None if none else to_date(day or "").isoformat()


@given(parsers.re(rf"{party_re('party')} (?P<did>has|has not) recorded the transfer"))
def transfer_recorded(case: Case, party: str, did: str) -> None:
    event = case.expect("transfer")
    assert PARTIES[party] is case.actor, "the sending Party records its transfer"
    event["recorded"] = did == "has"


@given(
    parsers.re(
        rf"{party_re('actor')} (?P<act>asks whether it may use|used) on {date_re('day')} personal data received from"
        rf" {party_re('other')} for (?P<purpose>.+)"
    )
)
def use(case: Case, actor: str, act: str, day: str, other: str, purpose: str) -> None:
    """A use asked about in advance ("asks whether it may use"), or one already done ("used") (Art. 10, item 1)."""
    case.start_event(
        "use",
        _two_parties(actor, other),
        to_date(day),
        purpose=word(PURPOSES, purpose, "purpose"),
        act="done" if act == "used" else "asked",
    )


CONSENTS: dict[str, bool] = {
    "gave its prior written consent": True,
    "gave its written consent": True,
    "did not give its prior written consent": False,
    "did not give its written consent": False,
    # A consent obtained only after the act was done is no consent "previously obtained" (Art. 10, item 1; Art. 11(2)).
    "gave its written consent only after the act was done": False,
}


@given(
    parsers.re(
        rf"{party_re('party')} (?P<consent>(?:gave|did not give) its (?:prior )?written consent(?: only after the act was done)?)"
    )
)
def sender_consent(case: Case, party: str, consent: str) -> None:
    event = case.expect("use", "onward_transfer")
    assert PARTIES[party] is case.actor.other, "consent is given by the sending Party"
    if consent.endswith("only after the act was done"):
        assert event.get("act") == "done", "a consent after the act needs an act already done"
    event["sender_consent"] = word(CONSENTS, consent, "consent")


@given(parsers.re(rf"the use (?P<use>departs from|respects) the conditions set by {party_re('party')}"))
def use_and_conditions(case: Case, use: str, party: str) -> None:
    event = case.expect("use")
    assert PARTIES[party] is case.actor.other, "conditions of use are set by the sending Party"
    event["within_conditions"] = use == "respects"


@given(
    parsers.re(
        rf"{party_re('actor')} (?P<act>asks whether it may submit|submitted) information received from {party_re('other')}"
        rf" to (?P<recipient>a third state|an international organisation|Interpol) on {date_re('day')}"
    )
)
def onward_transfer(case: Case, actor: str, act: str, other: str, recipient: str, day: str) -> None:
    """A submission asked about in advance, or one already done (Art. 11(2))."""
    case.start_event(
        "onward_transfer",
        _two_parties(actor, other),
        to_date(day),
        recipient=RECIPIENTS[recipient],
        act="done" if act == "submitted" else "asked",
    )


@given(
    parsers.re(
        rf"{party_re('actor')} reviews on {date_re('day')} whether it may keep personal data received from {party_re('other')}"
    )
)
def retention_review(case: Case, actor: str, day: str, other: str) -> None:
    case.start_event("retention_review", _two_parties(actor, other), to_date(day))


@given(
    parsers.re(
        r"the data (?P<kept>was kept|was not kept) protected from accidental or unauthorised access, loss, alteration,"
        r" transmission or publication"
    )
)
def data_protected(case: Case, kept: str) -> None:
    """Whether the holder kept the data protected as Article 10, item 7 requires."""
    case.expect("retention_review")["protection_breached"] = kept == "was not kept"


@given(parsers.re(r"the (?P<what>data|information) was received under the 1998 agreement, before this one entered into force"))
def received_under_1998_agreement(case: Case, what: str) -> None:
    """Data or information received under the agreement that Article 18(3) ended, not under this one."""
    event = case.expect("use", "retention_review") if what == "data" else case.expect("onward_transfer")
    event["received_under_1998_agreement"] = True


@given(parsers.re(r"the data is (?P<still>still|no longer) necessary"))
def still_necessary(case: Case, still: str) -> None:
    case.expect("retention_review")["still_necessary"] = still == "still"


@given(
    parsers.re(
        rf"{party_re('actor')} learns on {date_re('day')} that personal data it transferred to {party_re('other')}"
        r" (?P<defect>was unreliable|could not be transferred)"
    )
)
def data_defect(case: Case, actor: str, day: str, other: str, defect: str) -> None:
    case.start_event("data_defect", _two_parties(actor, other), to_date(day), defect=DEFECTS[defect])


@given(
    parsers.re(rf"{party_re('actor')} asks {party_re('other')} on {date_re('day')} how the personal data it transferred was used")
)
def use_report_request(case: Case, actor: str, other: str, day: str) -> None:
    case.start_event("use_report_request", _two_parties(actor, other), to_date(day))


# --- Given: other cooperation (Articles 5, 6, 12, 13(3)) and notices (Articles 17, 18) -------------


@given(
    parsers.re(
        rf"{party_re('actor')} informs {party_re('other')} on {date_re('day')}"
        r" (?P<channel>directly|through the Interpol information database)"
        r" of a (?P<status>lost|stolen|cancelled|counterfeit) (?P<kind>passport|identity card) numbered (?P<number>\w+)"
    )
)
def travel_document_notice(
    case: Case, actor: str, other: str, day: str, channel: str, status: str, kind: str, number: str
) -> None:
    case.start_event(
        "travel_document_notice",
        _two_parties(actor, other),
        to_date(day),
        channel=CHANNELS[channel],
        document_status=DOCUMENT_STATUSES[status],
        document_type=kind,
        document_number=number,
    )


@given(parsers.re(r"the notice does not give the document's (?P<item>number|type|status)"))
def notice_omits(case: Case, item: str) -> None:
    case.expect("travel_document_notice")[f"document_{item}"] = None


@given(parsers.re(rf"{party_re('actor')} sends experts to the competent authorities of {party_re('other')} on {date_re('day')}"))
def expert_deployment(case: Case, actor: str, other: str, day: str) -> None:
    case.start_event("expert_deployment", _two_parties(actor, other), to_date(day))


@given(
    parsers.re(
        rf"{party_re('actor')} claims from {party_re('other')} on {date_re('day')}"
        r" the costs of its implementation of the Agreement"
    )
)
def cost_claim(case: Case, actor: str, other: str, day: str) -> None:
    case.start_event("cost_claim", _two_parties(actor, other), to_date(day))


@given("the Parties agreed in advance how the costs of this particular case are shared")
def costs_agreed(case: Case) -> None:
    case.expect("cost_claim")["agreed_in_advance"] = True


#: The rest of the sentence of each notice of Articles 17 and 18(2), and of the notification of Article 18(1), after
#: "<Party> receives on <day> a ".
_NOTICES: dict[str, re.Pattern[str]] = {
    "suspension_notice": re.compile(
        rf"notice from (?P<actor>{_PARTY}) suspending (?P<scope>the whole Agreement|cooperation on .+?)"
        r" on grounds of (?P<ground>.+)"
    ),
    "suspension_lifting_notice": re.compile(
        rf"notice from (?P<actor>{_PARTY}) lifting the suspension of (?P<scope>the whole Agreement|cooperation on .+)"
    ),
    "termination_notice": re.compile(rf"written notice of termination from (?P<actor>{_PARTY})"),
    "procedures_notification": re.compile(
        rf"written notification from (?P<actor>{_PARTY}) that it has completed the internal procedures"
        r" necessary for the entry into force of the Agreement"
    ),
}


@given(parsers.re(rf"{party_re('other')} receives on {date_re('day')} an? (?P<rest>(?:written )?(?:notice|notification) .+)"))
def notice_received(case: Case, other: str, day: str, rest: str) -> None:
    """A notice suspending the Agreement or lifting its suspension (Art. 17), a notice of termination (Art. 18(2)), or
    a notification that the sending Party has completed its internal procedures (Art. 18(1)), received by ``other`` on
    ``day``: the act judged is the sending of that notice or notification."""
    found = [(kind, m) for kind, pattern in _NOTICES.items() if (m := pattern.fullmatch(rest))]
    assert found, f"unknown notice {rest!r}; known: {', '.join(p.pattern for p in _NOTICES.values())}"
    kind, m = found[0]
    fields: dict[str, Any] = {}
    if kind == "suspension_notice":
        fields["ground"] = word(SUSPENSION_GROUNDS, m["ground"], "ground")
        if m["scope"] != "the whole Agreement":
            fields["scope"] = [word(SUBJECTS, m["scope"].removeprefix("cooperation on "), "subject")]
    elif kind == "suspension_lifting_notice" and m["scope"] != "the whole Agreement":
        fields["scope"] = [word(SUBJECTS, s, "subject") for s in split_list(m["scope"].removeprefix("cooperation on "))]
    case.start_event(kind, _two_parties(m["actor"], other), to_date(day), **fields)


@given(parsers.re(rf"the contact details of a competent authority of {party_re('actor')} change on {date_re('day')}"))
def contact_details_change(case: Case, actor: str, day: str) -> None:
    case.start_event("contact_details_change", PARTIES[actor], to_date(day))


# --- Given: acts that perform duties (Articles 9(1), 9(5), 10, 11(2)) -------------------------------

#: The rest of the sentence of each act, after "<Party> <act> on <day> ".
_PERFORMED: dict[str, re.Pattern[str]] = {
    "confirms in writing": re.compile(rf"the oral request it made to (?P<other>{_PARTY})"),
    "informs in writing": re.compile(rf"(?P<other>{_PARTY}) that it refused the request(?: in whole or in part)?"),
    "consents in writing": re.compile(
        rf"to (?P<other>{_PARTY}) (?:using the personal data it transferred for (?P<purpose>.+)"
        r"|submitting the information it transferred to (?P<recipient>.+)"
        r"|without naming a purpose or a recipient)"
    ),
    "destroys": re.compile(rf"the personal data received from (?P<other>{_PARTY}), because (?P<reason>.+)"),
    "corrects": re.compile(rf"the personal data received from (?P<other>{_PARTY}) that was unreliable"),
    "forwards": re.compile(rf"the request of (?P<other>{_PARTY}) to its competent authority"),
    "notifies": re.compile(
        rf"(?P<other>{_PARTY}) (?:that the personal data it transferred (?P<defect>was unreliable|could not be transferred)"
        r"|of the (?P<term>destruction term) of the personal data it transferred"
        r"|of the (?P<contacts>change of its contact details))"
    ),
    "reports": re.compile(rf"to (?P<other>{_PARTY}) on the use of the personal data received from it and the results achieved"),
}


@given(parsers.re(rf"{party_re('actor')} (?P<act>{'|'.join(_PERFORMED)}) on {date_re('day')} (?P<rest>.+)"))
def act_performing_a_duty(case: Case, actor: str, act: str, day: str, rest: str) -> None:
    """A written confirmation of an oral request (Art. 9(1)), a written notice of refusal (Art. 9(5)), the sending
    Party's written consent (Art. 10, item 1; Art. 11(2)), a destruction of personal data (Art. 10, items 4 to 6), a
    report on the use of personal data (Art. 10, item 3), a correction of unreliable data (Art. 10, item 4), the
    forwarding of a request to the competent authority (Art. 9(2)), or a notification of a defect of data transferred,
    of a destruction term or of changed contact details (Art. 10, items 4 and 5; Art. 13(3)), which regards the act that
    opened the duty: in a ledger, the latest one of its kind recorded."""
    m = _PERFORMED[act].fullmatch(rest)
    assert m, f"after {act!r} expected {_PERFORMED[act].pattern!r}, got {rest!r}"
    party, when = _two_parties(actor, m["other"]), to_date(day)
    if act == "confirms in writing":
        case.start_event("written_confirmation", party, when, request_id="request-1")
    elif act == "informs in writing":
        case.start_event("refusal_notice", party, when, request_id="request-1")
    elif act == "consents in writing":
        fields: dict[str, Any] = {}
        if m["purpose"]:
            fields["purpose"] = word(PURPOSES, m["purpose"], "purpose")
        if m["recipient"]:
            fields["recipient"] = word(RECIPIENTS, m["recipient"], "recipient")
        case.start_event("consent", party, when, transfer_id="transfer-1", **fields)
    elif act == "destroys":
        reason = word(DESTRUCTION_REASONS, m["reason"], "reason")
        case.start_event("destruction", party, when, transfer_id="transfer-1", reason=reason)
    elif act == "notifies":
        regarding = "data_defect" if m["defect"] else "transfer" if m["term"] else "contact_details_change"
        case.start_event("notification", party, when, regarding=regarding)
    elif act == "forwards":
        case.start_event("forwarding", party, when, request_id="request-1")
    elif act == "reports":
        case.start_event("use_report", party, when, transfer_id="transfer-1")
    else:
        case.start_event("correction", party, when, transfer_id="transfer-1")


# --- When ----------------------------------------------------------------------------------------


def _same_apart_from_engine(python: Evaluation, durable: Evaluation) -> None:
    assert python.engine is Engine.PYTHON and durable.engine is Engine.DURABLE
    assert python.decision() == durable.decision(), "the durable engine disagrees with the python engine"


def _durable_installed(rulebook: Rulebook) -> bool:
    """True where the durable-rules engine runs (the development set-up installs it, so every test run compares the
    engines); an install of the tools without the ``durable`` extra runs the scenarios on the Python engine alone."""
    try:
        rulebook.engine("durable")
    except EngineUnavailable:
        return False
    return True


@when("the act is assessed under the Agreement")
def assess_act(case: Case, rulebook: Rulebook) -> None:
    event = dict(case.event)
    assert event, "the scenario describes no act"
    for what, language in case.languages.items():
        agreed = language != "en" and language in case.agreed_languages
        if what == "request answered":
            event["request_language"], event["request_language_agreed"] = language, agreed
        else:
            event["language"], event["language_agreed"] = language, agreed
    parse_event(event)  # the act is well formed before it is judged
    case.lifecycle = case.build_lifecycle()
    python = rulebook.evaluate(event, lifecycle=case.lifecycle, engine="python")
    if _durable_installed(rulebook):
        durable = rulebook.evaluate(event, lifecycle=case.lifecycle, engine="durable")
        _same_apart_from_engine(python, durable)
    case.evaluation = python
    case.duties = python.duties
    case.fired = tuple(dict.fromkeys([f.rule for f in python.findings] + [d.rule for d in python.duties]))
    case.cited = tuple(c.eid for c in python.citations)


#: The references an act makes, and the type of the act they name: in a ledger, the latest one recorded.
_REFERENCES = {"request_id": "request", "transfer_id": "transfer"}
#: The acts whose sentence names no transfer and which, in a ledger, concern the latest one recorded.
_NAMING_THE_LAST_TRANSFER = ("use", "onward_transfer", "retention_review", "data_defect", "use_report_request")


@when("the act is recorded in the ledger")
def record_act(case: Case, rulebook: Rulebook) -> None:
    """Record the act described in the case's ledger (opened on the first act, with what is known of the Agreement's
    life so far): it is judged with what the ledger holds, and the next Given describes the next act."""
    event = dict(case.event)
    assert event, "the scenario describes no act"
    if case.ledger is None:
        case.ledger = Ledger.open(":memory:", rulebook=rulebook, lifecycle=case.build_lifecycle())
    kind = event["type"]
    ids = case.recorded.setdefault(kind, [])
    event["id"] = f"{kind}-{len(ids) + 1}"
    for name, target in _REFERENCES.items():
        if name in event or (name == "transfer_id" and kind in _NAMING_THE_LAST_TRANSFER):
            known = case.recorded.get(target)
            assert known, f"the {kind} names a {target}, and none is recorded yet"
            event[name] = known[-1]
    if "regarding" in event:  # a notification names the kind of act it regards: the latest one recorded
        known = case.recorded.get(event["regarding"])
        assert known, f"the {kind} regards a {event['regarding']}, and none is recorded yet"
        event["regarding"] = known[-1]
    recorded = case.ledger.record(event)
    ids.append(event["id"])
    # Every act recorded keeps the log one unbroken chain, and its decision replays the same.
    assert case.ledger.verify().ok
    assert case.ledger.replay() == []
    case.event = {}
    case.evaluation = recorded.evaluation
    case.duties = recorded.evaluation.duties
    case.matched_duties = set()
    case.fired = tuple(dict.fromkeys((*case.fired, *(f.rule for f in recorded.evaluation.findings))))
    case.cited = tuple(c.eid for c in recorded.evaluation.citations)
    # The Agreement's life as the ledger now knows it, the notices and notifications recorded counted.
    case.lifecycle = case.ledger.lifecycle()


@when("the Agreement's own life is assessed")
def assess_lifecycle(case: Case, rulebook: Rulebook) -> None:
    lifecycle = case.build_lifecycle()
    assert lifecycle is not None, "the Agreement's own life needs what is known of it"
    case.lifecycle = lifecycle
    python = rulebook.lifecycle_duties(lifecycle, engine="python")
    if _durable_installed(rulebook):
        assert python == rulebook.lifecycle_duties(lifecycle, engine="durable"), (
            "the durable engine disagrees with the python engine"
        )
    case.duties = python
    case.fired = tuple(dict.fromkeys(d.rule for d in python))
    case.cited = tuple(dict.fromkeys(eid for d in python for eid in d.citations))


# --- Then ----------------------------------------------------------------------------------------


def _evaluation(case: Case) -> Evaluation:
    assert case.evaluation is not None, "no act was assessed"
    return case.evaluation


#: What a verdict step says is judged, and the types of event that can be that act.
JUDGED: dict[str, frozenset[str]] = {
    "the request": frozenset({"request", "use_report_request"}),
    "the request for a report": frozenset({"use_report_request"}),
    "the answer": frozenset({"response"}),
    "the refusal": frozenset({"response"}),
    "the partial fulfilment": frozenset({"response"}),
    "the information": frozenset({"spontaneous_information"}),
    "the transfer": frozenset({"transfer"}),
    "the use": frozenset({"use"}),
    "the submission": frozenset({"onward_transfer"}),
    "keeping the data": frozenset({"retention_review", "data_defect"}),
    "keeping the data once corrected": frozenset({"data_defect"}),
    "the notice": frozenset({"travel_document_notice", "data_defect", "refusal_notice"}),
    "the confirmation": frozenset({"written_confirmation"}),
    "the consent": frozenset({"consent"}),
    "the destruction": frozenset({"destruction"}),
    "the report": frozenset({"use_report"}),
    "the correction": frozenset({"correction"}),
    "the forwarding": frozenset({"forwarding"}),
    "the notification": frozenset({"notification"}),
    "the notice of the defect": frozenset({"data_defect"}),
    "the sending of experts": frozenset({"expert_deployment"}),
    "the claim": frozenset({"cost_claim"}),
    "the suspension": frozenset({"suspension_notice"}),
    "the lifting": frozenset({"suspension_lifting_notice"}),
    "the termination": frozenset({"termination_notice"}),
    "the change": frozenset({"contact_details_change"}),
    "the notification of internal procedures": frozenset({"procedures_notification"}),
}


@then(parsers.re(r"(?P<what>.+?) is (?P<verdict>permitted|prohibited|permitted only with .+|not governed by the Agreement)"))
def verdict_is(case: Case, what: str, verdict: str) -> None:
    """The act the step names is the act assessed, and its verdict is the one stated."""
    ev = _evaluation(case)
    assert what in JUDGED, f"unknown act {what!r}: one of {', '.join(JUDGED)}"
    assert ev.event_type in JUDGED[what], f"{what} is not the act assessed, a {ev.event_type}"
    expected = word(VERDICTS, verdict, "verdict")
    assert ev.verdict is expected, f"expected {expected.value}, got {ev.verdict.value} (decided by {', '.join(ev.decided_by)})"


Timing = tuple[bool, dt.date | None, bool]


def _timing(text: str) -> Timing:
    """(immediately, due date, urgently): "in an urgent manner" is the standard of Art. 9(2), with no date."""
    if text == "immediately":
        return True, None, False
    if text == "with no date fixed by the Agreement":
        return False, None, False
    if text == "in an urgent manner":
        return False, None, True
    m = re.fullmatch(rf"(?P<now>immediately, the due date being|by) {date_re('day')}", text)
    assert m, f"unknown time {text!r}"
    return m["now"] != "by", to_date(m["day"]), False


WHO = r"(?P<who>the Czech Republic|Kazakhstan|both Parties)"
TIMING = (
    r"(?P<timing>immediately|with no date fixed by the Agreement|in an urgent manner"
    rf"|(?:immediately, the due date being|by) {date_re('day')})"
)


def _same_duty(d: Duty, who: str, duty: str, timing: str) -> bool:
    """``d`` is the duty ``duty`` of ``who`` due at ``timing``, in the words of the features."""
    immediately, due, urgently = _timing(timing)
    parties = (Party.CZ, Party.KZ) if who == "both Parties" else (PARTIES[who],)
    return (
        d.kind.value == word(DUTIES, duty, "duty")
        and tuple(sorted(d.parties)) == tuple(sorted(parties))
        and d.immediately is immediately
        and d.due == due
        and d.urgently is urgently
        and (who != "both Parties" or d.bearer is Bearer.BOTH)
    )


def _found(case: Case) -> list[str]:
    return [
        f"{d.kind.value} ({'/'.join(d.parties)}, immediately={d.immediately}, urgently={d.urgently}, due={d.due})"
        for d in case.duties
    ]


@then(parsers.re(rf"{WHO} must (?P<duty>.+?) {TIMING}"))
def duty_arises(case: Case, who: str, duty: str, timing: str) -> None:
    for i, d in enumerate(case.duties):
        if i not in case.matched_duties and _same_duty(d, who, duty, timing):
            case.matched_duties.add(i)
            return
    raise AssertionError(f"no duty to {duty} for {who} {timing}; duties: {_found(case)}")


@then(parsers.re(r"no (?P<other>other )?duty arises"))
def no_other_duty(case: Case, other: str | None) -> None:
    if other is None:
        assert case.duties == (), f"unexpected duties: {[d.kind.value for d in case.duties]}"
        return
    left = [d.kind.value for i, d in enumerate(case.duties) if i not in case.matched_duties]
    assert not left, f"duties not stated in the scenario: {left}"


def _labels(text: str) -> list[str]:
    return re.findall(r'"([^"]+)"', text)


def _label_to_eid(rulebook: Rulebook, label: str) -> str:
    found = [p.eid for p in rulebook.treaty if p.label == label]
    assert len(found) == 1, f"{label!r} names {len(found)} provisions of the Agreement"
    return found[0]


@then(parsers.re(r'the decision (?P<mode>cites only|cites|does not cite) (?P<labels>"[^"]+"(?:(?:, | and )"[^"]+")*)'))
def decision_cites(case: Case, rulebook: Rulebook, mode: str, labels: str) -> None:
    """The provisions named are cited (or not); "cites only": they are all the provisions the decision cites."""
    named = [_label_to_eid(rulebook, label) for label in _labels(labels)]
    if mode == "does not cite":
        wrongly = [f"{rulebook.provision(eid).label} ({eid})" for eid in named if eid in case.cited]
        assert not wrongly, f"cited: {', '.join(wrongly)}"
        return
    missing = [f"{rulebook.provision(eid).label} ({eid})" for eid in named if eid not in case.cited]
    beyond = [f"{rulebook.provision(eid).label} ({eid})" for eid in case.cited if eid not in named]
    if mode == "cites":
        beyond = []
    assert not missing and not beyond, (
        f"not cited: {', '.join(missing) or 'none'}; cited beyond them: {', '.join(beyond) or 'none'}"
    )


@then(parsers.re(rf'the duty of {WHO} to (?P<duty>.+?) {TIMING} rests on (?P<labels>"[^"]+"(?:(?:, | and )"[^"]+")*)'))
def duty_rests_on(case: Case, rulebook: Rulebook, who: str, duty: str, timing: str, labels: str) -> None:
    """The duty named (one of them, if the decision imposes it twice) cites exactly these provisions."""
    named = {_label_to_eid(rulebook, label) for label in _labels(labels)}
    same = [d for d in case.duties if _same_duty(d, who, duty, timing)]
    assert same, f"no duty to {duty} for {who} {timing}; duties: {_found(case)}"
    assert any(set(d.citations) == named for d in same), (
        f"the duty to {duty} rests on {[sorted(d.citations) for d in same]} (rules {[d.rule for d in same]})"
    )


@then(parsers.re(r'the verdict rests on (?P<labels>"[^"]+"(?:(?:, | and )"[^"]+")*)'))
def verdict_rests_on(case: Case, rulebook: Rulebook, labels: str) -> None:
    """The provisions cited by the rules that decide the verdict are exactly these."""
    named = {_label_to_eid(rulebook, label) for label in _labels(labels)}
    deciding = {eid for rule in _evaluation(case).decided_by for eid in rulebook.rule(rule).cites}
    assert deciding == named, f"the verdict rests on {sorted(deciding)} (decided by {', '.join(_evaluation(case).decided_by)})"


@then(
    parsers.re(
        r'the decision (?P<mode>rests only on|rests on|does not rest on) (?P<names>"[^"]+"(?:(?:, | and )"[^"]+")*|[^"].*)'
    )
)
def decision_rests_on(case: Case, rulebook: Rulebook, mode: str, names: str) -> None:
    """The reasons the explanation gives: the rules that fired (their findings, and the rules of the duties).

    Each name is a rule id (``"art_6.notice_direct"``) or a provision's label (``"Article 6(3)"``: some rule that
    fired cites it), quoted or not. "rests on": every name is among the reasons; "does not rest on": none is; "rests only on":
    every name is among them and every rule that fired is named or cites a provision named.
    """
    known = {rule.id for rule in rulebook.rules}
    # Quoted ("art_6.notice_direct", "Article 6(3)") or bare (art_6.notice_direct and Article 6(3)).
    wanted = _labels(names) if names.startswith('"') else [n for n in re.split(r", | and ", names) if n]
    rules = {name for name in wanted if name in known}
    provisions = {_label_to_eid(rulebook, name) for name in wanted if name not in known}
    fired = set(case.fired)
    if case.evaluation is not None:
        fired.update(f.rule for f in case.evaluation.findings)
    resting = {eid for rule in fired for eid in rulebook.rule(rule).cites}
    found = f"the rules that fired: {', '.join(sorted(fired)) or 'none'}"
    if mode == "does not rest on":
        wrongly = sorted(rules & fired) + [rulebook.provision(eid).label for eid in sorted(provisions & resting)]
        assert not wrongly, f"the decision rests on {', '.join(wrongly)}; {found}"
        return
    missing = sorted(rules - fired) + [rulebook.provision(eid).label for eid in sorted(provisions - resting)]
    assert not missing, f"the decision does not rest on {', '.join(missing)}; {found}"
    if mode == "rests only on":
        beyond = sorted(r for r in fired if r not in rules and not set(rulebook.rule(r).cites) & provisions)
        assert not beyond, f"the decision rests also on {', '.join(beyond)}; {found}"


@then(parsers.re(r'the decision quotes "(?P<quote>[^"]+)"'))
def decision_quotes(case: Case, rulebook: Rulebook, quote: str) -> None:
    if case.evaluation is not None:
        for c in case.evaluation.citations:
            assert c.text == rulebook.provision(c.eid).text, f"the citation of {c.eid} is not the treaty's text"
    assert any(quote in rulebook.provision(eid).text for eid in case.cited), (
        f"no provision cited ({', '.join(case.cited)}) contains the words {quote!r}"
    )


@then(
    parsers.re(
        r'the decision (?:makes no assumption|assumes only "(?P<words>[^"]+)"'
        r"|(?P<presumed>says it takes the Agreement to have entered into force on 1 September 2018, as published))"
    )
)
def decision_assumes(case: Case, words: str | None, presumed: str | None) -> None:
    """What the decision takes for granted beyond the facts of the case: nothing, one assumption with these words,
    or (among others) the entry into force on the date published, when the notifications are not known."""
    assumptions = _evaluation(case).assumptions
    if presumed is not None:
        assert PRESUMPTION in assumptions, f"the decision assumes: {assumptions}"
        assert "1 September 2018" in PRESUMPTION and "as published" in PRESUMPTION
    elif words is None:
        assert assumptions == (), f"the decision assumes: {assumptions}"
    else:
        assert len(assumptions) == 1 and words in assumptions[0], f"the decision assumes: {assumptions}"


@then(parsers.re(r'the decision takes (?:nothing of the act as given|as given (?P<fields>"[^"]+"(?:(?:, | and )"[^"]+")*))'))
def decision_presumes(case: Case, fields: str | None) -> None:
    """The facts of the act the case left unsaid and the decision took as given (their defaults): none, or exactly these."""
    presumed = _evaluation(case).presumed
    expected = tuple(_labels(fields)) if fields else ()
    assert sorted(presumed) == sorted(expected), f"the decision takes as given: {presumed or 'nothing'}"


STATUSES: dict[str, DutyStatus] = {
    "open": DutyStatus.OPEN,
    "overdue": DutyStatus.OVERDUE,
    "discharged": DutyStatus.DISCHARGED,
    "suspended": DutyStatus.SUSPENDED,
    "lapsed": DutyStatus.LAPSED,
}


def _ledger(case: Case) -> Ledger:
    assert case.ledger is not None, "nothing was recorded in the ledger"
    return case.ledger


_DUTY_STATUS = re.compile(rf"the duty of {WHO} to (?P<duty>.+?) is (?P<status>{'|'.join(STATUSES)})")
_NO_DUTY = re.compile(rf"no duty is (?P<status>{'|'.join(STATUSES)})")
_RECORDS = re.compile(
    rf"the records kept by (?P<party>{_PARTY}) show the (?P<kinds>.+?) of the personal data (?P<sender>{_PARTY}) sent"
)


@then(parsers.re(rf"on {date_re('day')}, (?P<claim>.+)"))
def ledger_on(case: Case, day: str, claim: str) -> None:
    """What the ledger says on a day: the status of every duty of a kind a Party bears, that no duty has a status,
    or the records of Article 10, item 6 a Party keeps by then."""
    ledger, on = _ledger(case), to_date(day)
    if m := _DUTY_STATUS.fullmatch(claim):
        parties = (Party.CZ, Party.KZ) if m["who"] == "both Parties" else (PARTIES[m["who"]],)
        kind = DutyKind(word(DUTIES, m["duty"], "duty"))
        found = [d for d in ledger.duties(on) if d.kind is kind and tuple(sorted(d.bearer)) == tuple(sorted(parties))]
        assert found, f"no duty of {m['who']} to {m['duty']} on {day}"
        expected = STATUSES[m["status"]]
        assert all(d.status is expected for d in found), [(d.source_event_id, d.status.value) for d in found]
    elif m := _NO_DUTY.fullmatch(claim):
        left = ledger.duties(on, status=STATUSES[m["status"]])
        assert left == [], [(d.kind.value, d.source_event_id) for d in left]
    elif m := _RECORDS.fullmatch(claim):
        wanted = {RecordKind(k) for k in split_list(m["kinds"])}
        kept = {
            r.kind
            for r in ledger.records()
            if r.date <= on and r.party is PARTIES[m["party"]] and r.sending_party is PARTIES[m["sender"]]
        }
        assert kept == wanted, sorted(k.value for k in kept)
    else:
        raise AssertionError(f"unknown claim about the ledger: {claim!r}")


@then(parsers.re(rf"the Agreement (?P<event>enters into force|ceases to have effect) on {date_re('day')}"))
def agreement_date(case: Case, event: str, day: str) -> None:
    assert case.lifecycle is not None
    actual = case.lifecycle.entry_into_force if event == "enters into force" else case.lifecycle.termination_date
    assert actual == to_date(day), f"the Agreement {event} on {actual}"


_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}


@then(parsers.re(rf"the (?:(?P<nth>first|second|third|fourth|last) )?suspension (?P<edge>takes effect|ends) on {date_re('day')}"))
def suspension_dates(case: Case, nth: str | None, edge: str, day: str) -> None:
    """The suspension named (the first, second, ... received; without a word, the only one, or the last one described)
    takes effect or ends on that day, and the Agreement's state agrees: suspended (whole) or the subjects suspended
    (partial) on the first day, not on the day before, once every suspension of the case is counted."""
    assert case.lifecycle is not None and case.lifecycle.suspensions, "no suspension was described"
    suspensions = case.lifecycle.suspensions
    if nth in _ORDINALS:
        assert _ORDINALS[nth] < len(suspensions), f"only {len(suspensions)} suspension(s) were described"
        s = suspensions[_ORDINALS[nth]]
    else:
        s = suspensions[-1]
    actual = s.effective_from if edge == "takes effect" else s.effective_until
    assert actual == to_date(day), f"the suspension {edge} on {actual}"
    first, before = to_date(day), to_date(day) - dt.timedelta(days=1)
    assert s.in_effect_on(first) is (edge == "takes effect"), f"the suspension's effect on {first}"
    assert s.in_effect_on(before) is (edge != "takes effect"), f"the suspension's effect on {before}"
    # The whole lifecycle, every suspension counted: the day changes the state only if no other suspension covers it.
    others = [o for o in suspensions if o is not s]
    for when, suspended in ((first, edge == "takes effect"), (before, edge != "takes effect")):
        if case.lifecycle.status_on(when) not in (AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED):
            continue  # not yet in force, or terminated: no suspension has a say
        if s.whole:
            covered = suspended or any(o.whole and o.in_effect_on(when) for o in others)
            assert (case.lifecycle.status_on(when) is AgreementStatus.SUSPENDED) is covered, (
                f"the Agreement is {case.lifecycle.status_on(when).value} on {when}"
            )
        else:
            assert s.scope is not None
            subjects = case.lifecycle.suspended_subjects_on(when)
            held = set(s.scope) & subjects
            if suspended:
                assert held == set(s.scope), f"on {when} the subjects suspended are {sorted(subjects)}"
            else:
                by_others = {subject for o in others if o.scope and o.in_effect_on(when) for subject in o.scope}
                assert held <= by_others, f"on {when} the subjects suspended are {sorted(subjects)}"
