"""The rulebook: the Agreement's text and rules loaded from ``rules/``, checked, and evaluated.

``Rulebook.load()`` reads every file of ``rules/`` (bundled with the package, or a folder
you name), validates each rule against the facts, event types and provisions it names, and
evaluates events with the engine you choose. No evaluation changes what another decides: a
rulebook remembers only what does not depend on the event (the engines it built, what each
combination of fired rules decides, the day-by-day status under the last lifecycle), and
two rulebooks never share anything.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._version import __version__
from ..engines import RuleEngine, make_engine
from ..engines.forksafe import fork_safe_lock
from ..errors import ErrorCode, FieldError, RulebookGap, RuleFileError, UnknownRule, UnstatedFacts
from ..evaluation.answers import Citation, Duty, Evaluation, Receipt
from ..law.agreement import Agreement
from ..law.authentic_texts import AuthenticTextFile, index_authentic_texts, read_authentic_texts
from ..law.lifecycle import Lifecycle
from ..law.provisions import Provision, Treaty, label_for, parent_of
from ..model.canonical import digest
from ..model.events import Event, parse_event
from ..model.vocabulary import Engine, RulesSource
from ..rulefiles.reading import Positions, bundled_rules_dir
from .checks import UNKNOWN_ALLOWED_RULE, UNKNOWN_PROVISION, agreement_faults, allowance_faults, rule_faults
from .facts import LIFECYCLE, Timeline, derive, lifecycle_facts
from .outcomes import MAX_OUTCOMES, Effect, Outcome, shared, trusted
from .presumptions import PRESUMED, Presumptions

if TYPE_CHECKING:  # rule files are read (with PyYAML) only when a rulebook is loaded
    from ..rulefiles.schema import Rule, RuleFile


class Rulebook:
    """The Agreement's provisions, its own facts and rules, and the engines that evaluate them.

    Built from rule files (``Rulebook.load`` reads a folder); every fault of every file is reported
    at once, as one ``RuleFileError`` whose ``faults`` name each file, line, rule and field.
    """

    def __init__(
        self,
        files: Iterable[tuple[str, RuleFile]],
        *,
        agreement: Agreement | None = None,
        engine: Engine | str = Engine.AUTO,
        authentic_texts: Iterable[AuthenticTextFile] = (),
        positions: Mapping[str, Positions] | None = None,
        source: RulesSource = RulesSource.FOLDER,
        folder: str | None = None,
    ) -> None:
        """``files`` are (file name, rule file) pairs in rulebook order; ``agreement`` the Agreement's own facts
        (default: the bundled ``agreement.yaml``); ``positions`` where each file's values start, for faults;
        ``source`` and ``folder`` where the rules came from, as receipts state it (``Rulebook.load`` sets them)."""
        files = list(files)
        authentic_texts = list(authentic_texts)
        positions = positions or {}
        faults: list[RuleFileError] = []
        provisions: list[Provision] = []
        headings: dict[str, str] = {}
        eid_files: dict[str, str] = {}
        # An article given in parts is assembled from them under its own eId, wherever its parts stand: a
        # provision given under that eId, in any file, before or after the parts, would replace the assembly.
        assembled: dict[str, str] = {}
        for name, rf in files:
            for entry in rf.text:
                parent = parent_of(entry.eid)
                if parent is not None:
                    assembled.setdefault(parent, name)
        for name, rf in files:
            at = positions.get(name) or Positions(name)
            stem = name.removesuffix(".yaml")
            if rf.title:
                headings[stem] = rf.title
            elif any(entry.eid.startswith("art_") for entry in rf.text):
                faults.append(at.fault((), "the file of an article needs its heading as 'title'", field="title"))
            for index, entry in enumerate(rf.text):
                if entry.eid in eid_files:
                    message = f"eId {entry.eid!r} is already used in {eid_files[entry.eid]}"
                    faults.append(at.fault(("text", index, "eid"), message, field=f"text[{index + 1}].eid"))
                    continue
                if entry.eid in assembled:
                    message = f"eId {entry.eid!r} is the article assembled from its parts in {assembled[entry.eid]}"
                    faults.append(at.fault(("text", index, "eid"), message, field=f"text[{index + 1}].eid"))
                    continue
                eid_files[entry.eid] = name
                label = entry.label or label_for(entry.eid)
                if label is None:
                    faults.append(
                        at.fault(("text", index, "eid"), f"eId {entry.eid!r} needs a label", field=f"text[{index + 1}]")
                    )
                    continue
                provisions.append(
                    Provision(eid=entry.eid, label=label, text=entry.text, num=entry.num, binds_no_event=entry.binds_no_event)
                )
        self._treaty = Treaty(provisions, headings)
        self._agreement = agreement if agreement is not None else Agreement.bundled()
        faults.extend(agreement_faults(self._agreement, self._treaty))
        # The other authentic texts (Kazakh, Czech, Russian) by eId, quoted beside the English one.
        try:
            self._authentic = index_authentic_texts(authentic_texts, self._treaty)
        except RuleFileError as exc:
            faults.append(exc)
            self._authentic = {}
        rules: list[Rule] = []
        seen: dict[str, str] = {}
        for name, rf in files:
            at = positions.get(name) or Positions(name)
            for index, rule in enumerate(rf.rules):
                if rule.id in seen:
                    faults.append(
                        at.fault(("rules", index, "id"), f"rule id already used in {seen[rule.id]}", rule=rule.id, field="id")
                    )
                    continue
                seen[rule.id] = name
                faults.extend(rule_faults(name, index, rule, self._treaty, self._agreement, positions.get(name)))
                rules.append(rule)
        known = {r.id for r in rules}
        for name, rf in files:
            for index, rule in enumerate(rf.rules):
                faults.extend(allowance_faults(name, index, rule, known, positions.get(name)))
        if faults:
            raise RuleFileError.collected(faults)
        self._rules = tuple(rules)
        self._by_id = {r.id: r for r in rules}
        self._presumptions = Presumptions(rules)
        self._default_engine = Engine(engine)
        self._engines: dict[Engine, RuleEngine] = {}
        self._engines_lock = fork_safe_lock()
        # Engines by the name asked for (``auto`` included), each with the name it records; filled on first use.
        self._chosen: dict[str, tuple[RuleEngine, Engine]] = {}
        cited = {eid: shared(self._citation(eid)) for eid in {eid for r in rules for eid in r.cited}}
        self._effects = {
            r.id: Effect(
                r,
                tuple((self._treaty.order(eid), cited[eid]) for eid in sorted(set(r.cited), key=self._treaty.order)),
                self._agreement,
            )
            for r in rules
        }
        # The lifecycle of the last evaluation and its day-by-day status. Replaced, never changed in place: a
        # thread that reads it sees one lifecycle's timeline or another's, and checks which before using it.
        self._timeline = Timeline(None, self._agreement)
        self._source = RulesSource(source)
        self._folder = folder
        self._digest = _rulebook_digest(files, self._agreement, authentic_texts)
        # The last lifecycle's digest, replaced whole (never changed in place) like the timeline.
        self._lifecycle_digest: tuple[Lifecycle | None, str | None] = (None, None)
        # What each combination of fired rules decides (with or without the presumption), computed on first use.
        # Entries are immutable and a pure function of their key: threads that race on one compute the same.
        self._outcomes: dict[tuple[bool, tuple[str, ...]], Outcome] = {}

    @classmethod
    def load(cls, path: str | Path | None = None, *, engine: Engine | str = Engine.AUTO) -> Rulebook:
        """Load ``agreement.yaml`` and every other ``*.yaml`` of ``path`` (default: the bundled ``rules/``).

        Every fault of every file is reported at once (``RuleFileError.faults``), each with its line and column.
        """
        folder = Path(path) if path is not None else bundled_rules_dir()
        bundled = path is None or _same_folder(folder, bundled_rules_dir())
        from ..rulefiles.reading import read_rule_folder

        loaded, faults = read_rule_folder(folder)
        agreement: Agreement | None = None
        try:
            agreement = Agreement.load(folder)
        except RuleFileError as exc:
            faults.append(exc)
        files = [(f.name, f.content) for f in loaded]
        positions = {f.name: f.positions for f in loaded}
        if faults:
            # The files that read are still checked, so that one run names every fault; an eId they cite, or a rule
            # an allowance names, may be in a file that did not read, so faults of those kinds are left out until it does.
            try:
                cls(files, agreement=agreement, positions=positions)
            except RuleFileError as exc:
                faults.extend(f for f in exc.faults if f.code not in (UNKNOWN_PROVISION, UNKNOWN_ALLOWED_RULE))
            raise RuleFileError.collected(faults)
        return cls(
            files,
            agreement=agreement,
            engine=engine,
            authentic_texts=read_authentic_texts(folder),
            positions=positions,
            source=RulesSource.BUNDLED if bundled else RulesSource.FOLDER,
            folder=None if bundled else str(path),
        )

    @property
    def digest(self) -> str:
        """``sha256:`` and a SHA-256 over the canonical content of the rule files, ``agreement.yaml`` and the
        authentic texts, in rulebook order: the same rules give the same digest on any machine, and any change to a
        rule, a period or a quoted word changes it. Comments and layout of the YAML files do not count."""
        return self._digest

    @property
    def source(self) -> RulesSource:
        """``bundled`` for the rules shipped with the library, ``folder`` for rules read from a folder named."""
        return self._source

    @property
    def folder(self) -> str | None:
        """The folder the rules were read from, as it was given; ``None`` for the bundled rules."""
        return self._folder

    @property
    def agreement(self) -> Agreement:
        """The Agreement's own facts this rulebook counts with: signature, periods, suspension grounds."""
        return self._agreement

    @property
    def treaty(self) -> Treaty:
        """The Agreement's text, provision by provision."""
        return self._treaty

    @property
    def rules(self) -> tuple[Rule, ...]:
        """All rules in rulebook order (file order, then order within the file)."""
        return self._rules

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id; ``UnknownRule`` (with the closest ids) otherwise."""
        try:
            return self._by_id[rule_id]
        except KeyError:
            raise UnknownRule(rule_id, difflib.get_close_matches(rule_id, list(self._by_id), n=3)) from None

    def provision(self, eid: str) -> Provision:
        """The provision with this eId; ``UnknownProvision`` otherwise."""
        return self._treaty.provision(eid)

    def engine(self, name: Engine | str | None = None) -> RuleEngine:
        """The engine called ``name`` (default: the rulebook's), built on first use."""
        return self._choose(name)[0]

    def _choose(self, name: Engine | str | None) -> tuple[RuleEngine, Engine]:
        """The engine called ``name`` and the name it records in an evaluation."""
        wanted = self._default_engine if name is None else name
        chosen = self._chosen.get(wanted) if isinstance(wanted, str) else None
        if chosen is not None:
            return chosen
        wanted = Engine(wanted)
        with self._engines_lock:
            # ``auto`` is the compiled Python engine: it runs everywhere, decides exactly as durable-rules does
            # (tested on the corpus and on generated rules) and is about three times faster.
            built = self._build(Engine.PYTHON if wanted is Engine.AUTO else wanted)
            chosen = self._chosen[wanted] = (built, Engine(built.name))
        return chosen

    def _build(self, name: Engine) -> RuleEngine:
        built = self._engines.get(name)
        if built is None:
            built = make_engine(name.value, self._rules)
            self._engines[name] = built
        return built

    def _citation(self, eid: str) -> Citation:
        """The quotation of one provision, as every evaluation that cites it shows it."""
        p = self._treaty.provision(eid)
        return Citation(
            eid=p.eid,
            label=p.label,
            text=p.text,
            text_status=self._agreement.english_text.kind,
            authentic_texts=dict(self._authentic.get(eid, {})),
        )

    def _outcome(self, fired: Sequence[str], presumed: bool) -> Outcome:
        """What the rules ``fired`` decide together, remembered for the next event that fires the same."""
        key = (presumed, tuple(fired))
        outcome = self._outcomes.get(key)
        if outcome is None:
            outcome = Outcome([self._effects[rid] for rid in fired], presumed)
            if len(self._outcomes) < MAX_OUTCOMES:
                self._outcomes[key] = outcome
        return outcome

    def evaluate(
        self,
        event: Event | Mapping[str, Any] | str | bytes,
        *,
        lifecycle: Lifecycle | None = None,
        engine: Engine | str | None = None,
        strict: bool = False,
    ) -> Evaluation:
        """What the Agreement makes of ``event``: verdict, duties, findings, quoted law, assumptions.

        Every default of a field the event leaves out that the decision relied on is listed under
        ``assumptions`` (and its field under ``presumed``); with ``strict=True`` such an event is refused
        instead, with ``UnstatedFacts`` naming each field (``rulebook.presumptions``).
        """
        # Anything that is not a mapping goes to parse_event as it is: an input of any type is an InvalidEvent.
        typed = parse_event(dict(event) if isinstance(event, Mapping) else event)
        timeline = self._timeline
        if timeline.lifecycle is not lifecycle:
            timeline = self._timeline = Timeline(lifecycle, self._agreement)
        facts, dates = derive(typed, lifecycle, timeline)
        chosen, engine_name = self._choose(engine)
        outcome = self._outcome(chosen.fired(typed.type, facts), lifecycle is None)
        partial = bool(timeline.on(typed.date)[1])
        presumed = self._presumptions.relied_on(typed.type, typed.model_fields_set, facts, partial_suspension=partial)
        if strict and presumed:
            # Each text starts "FIELD: ", which the error shows already.
            raise UnstatedFacts(
                [FieldError(f, PRESUMED[f].split(": ", 1)[1], ErrorCode.UNSTATED_FACT, PRESUMED[f]) for f in presumed]
            )
        if outcome.verdict is None:
            raise RulebookGap(typed.id, typed.type, facts)
        assumptions = outcome.assumptions
        if presumed:
            first = 1 if lifecycle is None else 0  # the lifecycle's presumption first, then the event's, then the rules'
            assumptions = (*assumptions[:first], *(PRESUMED[f] for f in presumed), *assumptions[first:])
        receipt = trusted(
            Receipt,
            {
                "library_version": __version__,
                "rulebook_digest": self._digest,
                "rules_source": self._source,
                "rules_folder": self._folder,
                "engine": engine_name,
                "lifecycle_digest": self._digest_of(lifecycle),
                "event_date": typed.date,
                "event_actor": typed.actor,
                "decision_id": None,
                "decided_at": None,
            },
        )
        return trusted(
            Evaluation,
            {
                "event_id": typed.id,
                "event_type": typed.type,
                "verdict": outcome.verdict,
                "decided_by": outcome.decided_by,
                "duties": outcome.duties(typed.actor, dates),
                "findings": outcome.findings,
                "citations": outcome.citations,
                "assumptions": assumptions,
                "presumed": presumed,
                "engine": engine_name,
                "receipt": receipt,
            },
        )

    def _digest_of(self, lifecycle: Lifecycle | None) -> str | None:
        """The digest of ``lifecycle``'s canonical JSON, remembered for the next evaluation under the same one."""
        if lifecycle is None:
            return None
        last, known = self._lifecycle_digest
        if last is lifecycle and known is not None:
            return known
        computed = digest(lifecycle.model_dump(mode="json"))
        self._lifecycle_digest = (lifecycle, computed)
        return computed

    def lifecycle_duties(self, lifecycle: Lifecycle, *, engine: Engine | str | None = None) -> tuple[Duty, ...]:
        """Duties the Agreement's own life creates (Art. 13(1), (2): thirty days from entry into force)."""
        facts, dates = lifecycle_facts(lifecycle, self._agreement)
        return self._outcome(self.engine(engine).fired(LIFECYCLE, facts), False).duties(None, dates)


def _rulebook_digest(
    files: Sequence[tuple[str, RuleFile]], agreement: Agreement, authentic_texts: Sequence[AuthenticTextFile]
) -> str:
    """The digest of what decides: each rule file's content by name, the Agreement's facts, the authentic texts."""
    return digest(
        {
            "files": [[name, rf.model_dump(mode="json")] for name, rf in files],
            "agreement": agreement.model_dump(mode="json"),
            "authentic_texts": sorted(([t.file, t.language.value, dict(t.texts)] for t in authentic_texts), key=str),
        }
    )


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


@cache
def default_rulebook() -> Rulebook:
    """The bundled rulebook, loaded once per process. It is immutable from outside and no evaluation
    changes what another decides, so sharing it is safe; load your own with ``Rulebook.load()``."""
    return Rulebook.load()


def evaluate(
    event: Event | Mapping[str, Any] | str | bytes,
    *,
    lifecycle: Lifecycle | None = None,
    engine: Engine | str = Engine.AUTO,
    strict: bool = False,
) -> Evaluation:
    """Evaluate ``event`` against the bundled rulebook (see ``Rulebook.evaluate``)."""
    return default_rulebook().evaluate(event, lifecycle=lifecycle, engine=engine, strict=strict)


def provision(eid: str) -> Provision:
    """The bundled text's provision with this eId (label and verbatim text)."""
    return default_rulebook().provision(eid)
