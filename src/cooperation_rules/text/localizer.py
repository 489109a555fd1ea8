"""What people read, in English, Russian, Czech or Kazakh: names of wire values, labels, dates, durations.

The Agreement's users are Kazakh and Czech officers and lawyers, so every text this library writes
for a person (verdict and duty names, rule explanations, provision labels, assumptions,
command-line and error messages) comes from a gettext catalog in each of those languages
(``catalogs``). Wire values (enum values, rule ids, eIds, JSON keys) stay English snake_case, and
the law itself is quoted in the English text the rulebook holds. Each function takes the language
it speaks, so two threads explaining in two languages each get their own.
"""

from __future__ import annotations

import datetime as dt
import gettext
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Final

from ..catalogs import N_, NP_, Language, resolve_locale, translations
from ..law.provisions import eid_parts
from ..model.vocabulary import Bearer, DutyKind, Subject, SuspensionGround, Verdict
from .dates import long_date

# Babel is imported where it is used: evaluating events does not need it.

# ----------------------------------------------------------------------------- human names of wire values

VERDICT_NAMES: Final[Mapping[Verdict, tuple[str, str]]] = MappingProxyType(
    {
        Verdict.PERMITTED: NP_("verdict", "permitted"),
        Verdict.PROHIBITED: NP_("verdict", "prohibited"),
        Verdict.NEEDS_CONSENT: NP_("verdict", "needs consent"),
        Verdict.NOT_APPLICABLE: NP_("verdict", "not applicable"),
    }
)

DUTY_NAMES: Final[Mapping[DutyKind, tuple[str, str]]] = MappingProxyType(
    {
        DutyKind.MUST_DESTROY: NP_("duty", "Destroy the personal data"),
        DutyKind.REFUSAL_NOTICE_REQUIRED: NP_("duty", "Inform the other Party of the refusal in writing"),
        DutyKind.MUST_CONFIRM_IN_WRITING: NP_("duty", "Confirm the request in writing"),
        DutyKind.MUST_FORWARD: NP_("duty", "Forward the request to the competent authority"),
        DutyKind.MUST_CORRECT: NP_("duty", "Correct the personal data"),
        DutyKind.MUST_NOTIFY: NP_("duty", "Inform the other Party"),
        DutyKind.MUST_RECORD: NP_("duty", "Keep records of the transfer, reception and destruction of the personal data"),
        DutyKind.MUST_RECORD_DESTRUCTION: NP_("duty", "Record the destruction of the personal data and its reasons"),
        DutyKind.MUST_INFORM_DESTRUCTION_TERM: NP_("duty", "Inform the other Party of the term for destroying the personal data"),
        DutyKind.MUST_REPORT_USE: NP_("duty", "Report on the use of the personal data and the results achieved"),
        DutyKind.MUST_FOLLOW_HOST_INSTRUCTIONS: NP_("duty", "Follow the instructions of the host Party's competent authorities"),
        DutyKind.MUST_NAME_COMPETENT_AUTHORITIES: NP_("duty", "Name the competent authorities"),
        DutyKind.MUST_EXCHANGE_CONTACTS: NP_("duty", "Exchange the contact details of the competent authorities"),
        DutyKind.MUST_RESPOND: NP_("duty", "Respond to the request"),
        DutyKind.MUST_OBSERVE_CONDITIONS: NP_("duty", "Observe the conditions set by the other Party"),
        DutyKind.MUST_PROTECT: NP_("duty", "Protect the information, documents and personal data received"),
        DutyKind.MUST_SUSPEND_COOPERATION: NP_("duty", "Suspend the cooperation concerned"),
        DutyKind.MUST_BEAR_OWN_COSTS: NP_("duty", "Bear its own costs"),
    }
)

BEARER_NAMES: Final[Mapping[Bearer, tuple[str, str]]] = MappingProxyType(
    {
        Bearer.ACTOR: NP_("bearer", "the acting Party"),
        Bearer.COUNTERPART: NP_("bearer", "the other Party"),
        Bearer.BOTH: NP_("bearer", "both Parties"),
    }
)

EVENT_TYPE_NAMES: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        "request": NP_("event type", "request"),
        "response": NP_("event type", "response"),
        "spontaneous_information": NP_("event type", "spontaneous information"),
        "transfer": NP_("event type", "transfer"),
        "use": NP_("event type", "use"),
        "onward_transfer": NP_("event type", "onward transfer"),
        "retention_review": NP_("event type", "retention review"),
        "data_defect": NP_("event type", "data defect"),
        "use_report_request": NP_("event type", "use report request"),
        "travel_document_notice": NP_("event type", "travel document notice"),
        "expert_deployment": NP_("event type", "expert deployment"),
        "cost_claim": NP_("event type", "cost claim"),
        "suspension_notice": NP_("event type", "suspension notice"),
        "suspension_lifting_notice": NP_("event type", "notice lifting a suspension"),
        "termination_notice": NP_("event type", "termination notice"),
        "contact_details_change": NP_("event type", "contact details change"),
        "written_confirmation": NP_("event type", "written confirmation"),
        "refusal_notice": NP_("event type", "notice of refusal"),
        "consent": NP_("event type", "consent"),
        "destruction": NP_("event type", "destruction"),
        "use_report": NP_("event type", "report on use"),
        "correction": NP_("event type", "correction"),
        "forwarding": NP_("event type", "forwarding of a request"),
        "notification": NP_("event type", "notification"),
        "procedures_notification": NP_("event type", "notification of internal procedures"),
    }
)

SUBJECT_NAMES: Final[Mapping[Subject, tuple[str, str]]] = MappingProxyType(
    {
        Subject.INFORMATION_ON_CRIMES: NP_("subject", "information on crimes"),
        Subject.PLANNED_CRIMES: NP_("subject", "planned crimes"),
        Subject.SUSPICIOUS_TRANSACTIONS: NP_("subject", "suspicious transactions"),
        Subject.ILLEGAL_MIGRATION: NP_("subject", "illegal migration"),
        Subject.ITEMS_RELATED_TO_CRIMES: NP_("subject", "items related to crimes"),
        Subject.NEW_FORMS_OF_CRIME: NP_("subject", "new forms of crime"),
        Subject.FORENSIC_AND_CRIMINOLOGICAL_RESEARCH: NP_("subject", "forensic and criminological research"),
        Subject.LEGISLATION: NP_("subject", "legislation"),
        Subject.SEARCH_FOR_SUSPECTS: NP_("subject", "search for suspects"),
        Subject.SEARCH_FOR_MISSING_PERSONS: NP_("subject", "search for missing persons"),
        Subject.SEARCH_FOR_OBJECTS: NP_("subject", "search for objects"),
        Subject.SPECIAL_INVESTIGATIVE_METHODS: NP_("subject", "special investigative methods"),
        Subject.JOINT_CRIME_PROGRAMS: NP_("subject", "joint programmes against crime"),
        Subject.EXPERT_ASSISTANCE: NP_("subject", "expert assistance"),
        Subject.TRAVEL_DOCUMENTS: NP_("subject", "travel documents"),
        Subject.MISSING_AND_WANTED_PERSONS: NP_("subject", "missing and wanted persons"),
        Subject.TRAINING: NP_("subject", "training"),
        Subject.LEGAL_ASSISTANCE_IN_CRIMINAL_MATTERS: NP_("subject", "legal assistance in criminal matters"),
    }
)

SUSPENSION_GROUND_NAMES: Final[Mapping[SuspensionGround, tuple[str, str]]] = MappingProxyType(
    {
        SuspensionGround.SECURITY: NP_("suspension ground", "security of the state"),
        SuspensionGround.PUBLIC_ORDER: NP_("suspension ground", "public order"),
        SuspensionGround.PUBLIC_HEALTH: NP_("suspension ground", "public health"),
        SuspensionGround.OTHER: NP_("suspension ground", "another ground"),
    }
)

#: Provision labels by shape: (paragraph, item, introductory words). English matches ``treaty.label_for``.
LABEL_TEMPLATES: Final[Mapping[tuple[bool, bool, bool], str]] = MappingProxyType(
    {
        (False, False, False): N_("Article %(article)s"),
        (True, False, False): N_("Article %(article)s(%(paragraph)s)"),
        (False, True, False): N_("Article %(article)s, item %(item)s"),
        (True, True, False): N_("Article %(article)s(%(paragraph)s), item %(item)s"),
        (False, False, True): N_("Article %(article)s, introductory words"),
        (True, False, True): N_("Article %(article)s(%(paragraph)s), introductory words"),
    }
)

#: Durations are written in days, whatever their length: never rounded to weeks or months.
_NEVER_ROUND_UP: Final = math.inf


# ----------------------------------------------------------------------------- one language's words


@dataclass(frozen=True)
class Localizer:
    """Everything one language says: messages, names of wire values, labels, dates and durations."""

    language: Language
    catalog: gettext.NullTranslations

    def gettext(self, message: str) -> str:
        """``message`` in this language (itself when the catalog has no translation)."""
        return str(self.catalog.gettext(message))

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The form of a message for the count ``n``, by this language's plural rules."""
        return str(self.catalog.ngettext(singular, plural, n))

    def pgettext(self, context: str, message: str) -> str:
        """``message`` in ``context``, in this language."""
        return str(self.catalog.pgettext(context, message))

    def name(self, marked: tuple[str, str]) -> str:
        """A name marked with ``NP_`` (context and English name), in this language."""
        return self.pgettext(*marked)

    def verdict(self, verdict: Verdict) -> str:
        """The verdict's name ("permitted", "povoleno", ...)."""
        return self.name(VERDICT_NAMES[verdict])

    def duty(self, kind: DutyKind) -> str:
        """What the duty asks ("Respond to the request", ...)."""
        return self.name(DUTY_NAMES[kind])

    def bearer(self, bearer: Bearer) -> str:
        """Who bears a duty, relative to the act ("the acting Party", ...)."""
        return self.name(BEARER_NAMES[bearer])

    def event_type(self, event_type: str) -> str:
        """The name of an event type; the wire value itself for a type without a name."""
        marked = EVENT_TYPE_NAMES.get(event_type)
        return self.name(marked) if marked is not None else event_type

    def subject(self, subject: Subject) -> str:
        """The name of a subject of cooperation (Art. 1(2), 3 to 8)."""
        return self.name(SUBJECT_NAMES[subject])

    def suspension_ground(self, ground: SuspensionGround) -> str:
        """The name of a ground of suspension (Art. 17)."""
        return self.name(SUSPENSION_GROUND_NAMES[ground])

    def language_name(self, code: str) -> str:
        """The name of a language in this language, from CLDR ("ruština", "орыс тілі", ...)."""
        from babel import Locale

        return str(Locale.parse(self.language.value).languages.get(code, code))

    def provision_label(self, eid: str, label: str) -> str:
        """A provision's label: derived from an article-part eId, else the file's own ``label`` translated."""
        parts = eid_parts(eid)
        if parts is None:
            return self.pgettext("provision", label)
        article, paragraph, item, intro = parts
        template = LABEL_TEMPLATES[(paragraph is not None, item is not None, intro)]
        return self.gettext(template) % {"article": article, "paragraph": paragraph, "item": item}

    def quote(self, text: str) -> str:
        """``text`` between this language's quotation marks."""
        return self.pgettext("quotation", '"%(text)s"') % {"text": text}

    def date(self, day: dt.date) -> str:
        """A date in this language's long form, as its legal texts write it (``text.dates``): "November 23, 2017",
        "23. listopadu 2017", "23 ноября 2017 года", "2017 жылғы 23 қараша"."""
        return long_date(day, self.language.value)

    def days(self, count: int) -> str:
        """A duration in days with this language's plural form ("15 days", "15 dnů", "15 дней"); never weeks."""
        from babel.dates import format_timedelta

        return format_timedelta(
            dt.timedelta(days=count), granularity="day", threshold=_NEVER_ROUND_UP, locale=self.language.value
        )


@cache
def _localizer(language: Language) -> Localizer:
    return Localizer(language, translations(language))


def localizer(locale: str | None = None, *, environ: Mapping[str, str] | None = None) -> Localizer:
    """The words of ``locale`` ("en", "ru", "cs", "kk", or a name such as "cs_CZ.UTF-8"); see ``resolve_locale``."""
    return _localizer(resolve_locale(locale, environ=environ))
