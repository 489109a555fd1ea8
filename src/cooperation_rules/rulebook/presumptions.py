"""What the rulebook takes as given when an event leaves a decisive legal fact unstated, and says so.

An event field left out takes its default (a transfer is ``necessary`` unless it says otherwise). The
decision then rests on a fact nobody stated, and the evaluation says so: every default a rule relied on
is listed under ``assumptions``, naming the field and the provision, in every language (``PRESUMED``),
and its field under ``presumed``. A rule relied on a default when the default decided whether it fired:
one of its conditions reads the field (directly or through a fact derived from it) and all its other
conditions hold. ``strict=True`` refuses such an event instead (``UnstatedFacts``), as Cedar and OPA
fail closed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from ..catalogs import N_
from ..model.events import EVENT_MODELS

if TYPE_CHECKING:
    from ..rulefiles.schema import FactCondition, FactValue, Rule

#: The event fields each derived fact is computed from (``facts.derive``); a field that is a fact is its own source.
SOURCE_FIELDS: Mapping[str, tuple[str, ...]] = {
    "language_is_english": ("language",),
    "has_grounds": ("grounds",),
    "has_conditions": ("conditions", "conditions_on_personal_data"),
    "destruction_term_given": ("destruction_term",),
    "days_until_destruction_term": ("destruction_term",),
    "minimum_content_present": ("document_number", "document_type", "document_status"),
    "whole_agreement": ("scope",),
    "subject_suspended": ("subject",),
}

#: What is presumed of each field left unstated, for people: the field, the value taken and the provision.
PRESUMED: Mapping[str, str] = {
    "urgent": N_("urgent: not stated, taken as false: the case is not urgent (Article 9(1))."),
    "crime": N_("crime: not stated: the request names no type of crime (Article 2)."),
    "language": N_("language: not stated, taken as English (Article 9(6))."),
    "language_agreed": N_(
        "language_agreed: not stated, taken as false: no language other than English was agreed (Article 9(6))."
    ),
    "content_allows_electronic": N_(
        "content_allows_electronic: not stated, taken as true: the content of the request allows electronic means (Article 9(1))."
    ),
    "addressed_to_competent_authority": N_(
        "addressed_to_competent_authority: not stated, taken as true: the request reached the competent authority (Article 9(2))."
    ),
    "grounds": N_("grounds: not stated: the answer relies on no ground of Article 9(4)."),
    "conditions": N_("conditions: not stated: no conditions were set (Article 9(4), Article 10, item 1)."),
    "necessary": N_("necessary: not stated, taken as true: the transfer is needed (Article 10, items 2 and 4)."),
    "proportionate": N_(
        "proportionate: not stated, taken as true: the volume of data is appropriate to the purpose (Article 10, item 4)."
    ),
    "destruction_term": N_("destruction_term: not stated: no destruction term was informed (Article 10, item 5)."),
    "recorded": N_("recorded: not stated, taken as true: the sending Party recorded the transfer (Article 10, item 6)."),
    "subject": N_(
        "subject: not stated: the act is taken to serve no subject of cooperation under the partial suspension in "
        "effect (Article 17)."
    ),
    "sender_consent": N_(
        "sender_consent: not stated, taken as false: no written consent of the sending Party was obtained beforehand "
        "(Article 10, item 1; Article 11(2))."
    ),
    "within_conditions": N_(
        "within_conditions: not stated, taken as true: the use respects the conditions set by the sending Party "
        "(Article 10, item 1)."
    ),
    "act": N_(
        "act: not stated, taken as asked: the act is asked about before it is done, not reported as done "
        "(Article 10, item 1; Article 11(2))."
    ),
    "still_necessary": N_("still_necessary: not stated, taken as true: the data is still necessary (Article 10, item 5)."),
    "document_number": N_("document_number: not stated: the notice does not give the document's number (Article 6(2))."),
    "document_type": N_("document_type: not stated: the notice does not give the document's type (Article 6(2))."),
    "document_status": N_("document_status: not stated: the notice does not give the document's status (Article 6(2))."),
    "agreed_in_advance": N_(
        "agreed_in_advance: not stated, taken as false: the Parties did not agree on the costs in advance (Article 12)."
    ),
    "scope": N_("scope: not stated: the notice is taken to concern the whole Agreement (Article 17)."),
    "contains_personal_data": N_(
        "contains_personal_data: not stated, taken as false: the act hands over no personal data (Article 10)."
    ),
}


def _sources(fact: str) -> tuple[str, ...]:
    return SOURCE_FIELDS.get(fact, (fact,))


#: A condition as the check reads it: its fact, its operator's name and its operand (read once from the rule).
_Condition = tuple[str, str, Any]


def _compiled(cond: FactCondition) -> _Condition:
    return (cond.fact, cond.operator, cond.operand)


def _holds(cond: _Condition, facts: Mapping[str, FactValue]) -> bool:
    """One condition on ``facts``, with the engines' semantics: an absent fact satisfies only ``exists: false``."""
    name, op, value = cond
    present = name in facts
    if op == "exists":
        return present is bool(value)
    if not present:
        return False
    fact = facts[name]
    same = type(fact) is type(value) and fact == value
    match op:
        case "equals":
            return same
        case "not_equals":
            return not same
        case "in" | "not_in":
            member = any(type(fact) is type(v) and fact == v for v in value)
            return member if op == "in" else not member
    if type(fact) is not int:
        return False
    return bool({"lt": fact < value, "lte": fact <= value, "gt": fact > value, "gte": fact >= value}[op])


#: The most answers a rulebook's presumptions remember; past it, they start again (memory stays bounded).
MAX_ANSWERS: Final = 8192


class Presumptions:
    """The defaults a rulebook's rules can rely on, by event type, and which of them an event's decision relied on."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        defaulted = {
            t: {n for n, f in m.model_fields.items() if not f.is_required() and n in PRESUMED} for t, m in EVENT_MODELS.items()
        }
        #: By event type: (rule conditions, index of a condition reading a defaultable field, the fields it reads).
        self._reads: dict[str, list[tuple[tuple[_Condition, ...], int, tuple[str, ...]]]] = {}
        for rule in rules:
            conditions = tuple(_compiled(c) for c in rule.conditions)
            for event_type in rule.applies_to:
                fields = defaulted.get(event_type, set())
                for index, (fact, _, _) in enumerate(conditions):
                    read = tuple(f for f in _sources(fact) if f in fields)
                    if read:
                        self._reads.setdefault(event_type, []).append((conditions, index, read))
        #: The fields any rule of each event type may rely on: the facts strict mode requires stated.
        self.decisive: dict[str, frozenset[str]] = {
            t: frozenset(f for _, _, read in entries for f in read) for t, entries in self._reads.items()
        }
        #: The facts those rules' conditions read, by event type: all that ``relied_on``'s answer depends on.
        self._read_facts: dict[str, tuple[str, ...]] = {
            t: tuple(sorted({name for conditions, _, _ in entries for name, _, _ in conditions}))
            for t, entries in self._reads.items()
        }
        # Answers already worked out, by event type, unstated fields and the facts read (each with its type, as the
        # conditions compare types too). This rulebook's own: bounded, and shared with no other.
        self._answers: dict[tuple[Any, ...], tuple[str, ...]] = {}

    def relied_on(
        self, event_type: str, stated: Iterable[str], facts: Mapping[str, FactValue], *, partial_suspension: bool
    ) -> tuple[str, ...]:
        """The unstated fields the decision on these facts relied on, in the order of ``PRESUMED``.

        ``subject`` counts only while a partial suspension has effect (without one, no subject is suspended);
        ``language_agreed`` only for a language other than English (an agreement on another language says
        nothing of English, Art. 9(6)).
        """
        entries = self._reads.get(event_type)
        if not entries:
            return ()
        unstated = set(self.decisive[event_type].difference(stated))
        if not partial_suspension:
            unstated.discard("subject")
        if facts.get("language_is_english") is True:
            unstated.discard("language_agreed")
        if not unstated:
            return ()
        read = tuple((name in facts, facts.get(name), type(facts.get(name))) for name in self._read_facts[event_type])
        key = (event_type, frozenset(unstated), read)
        try:
            known, cacheable = self._answers.get(key), True
        except TypeError:  # a fact whose value cannot be a key: worked out each time
            known, cacheable = None, False
        if known is not None:
            return known
        relied: set[str] = set()
        for conditions, index, fields in entries:
            wanted = unstated.intersection(fields)
            if wanted - relied and all(_holds(c, facts) for i, c in enumerate(conditions) if i != index):
                relied.update(wanted)
        answer = tuple(f for f in PRESUMED if f in relied)
        if cacheable:
            if len(self._answers) >= MAX_ANSWERS:
                self._answers.clear()
            self._answers[key] = answer
        return answer
