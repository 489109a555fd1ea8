"""The difference between two decision snapshots, by event and by provision, for people and for machines.

``diff_snapshots(old, new)`` compares two snapshots (``snapshot.take_snapshot`` or
``snapshot.read_snapshot``) event by event: which aspects of each decision changed (the verdict
and the provisions that decide it, the duties, the provisions quoted, the findings, an error in
place of a decision, the event itself), which events are only in one of them, and which provisions each
change belongs to. ``format_diff`` prints it grouped by provision in treaty order, for
reviewers; ``SnapshotDiff.to_json`` writes it for machines.

``rulebook_at(rev, rules_dir)`` loads the rules as they are at a git revision, read with
``git show`` into a temporary folder: the working tree is never touched.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel, ConfigDict

from ..errors import CooperationRulesError, RuleFileError
from ..law.provisions import Treaty, label_for
from ..model.vocabulary import Engine
from ..rulebook.rulebook import Rulebook
from ..rulefiles.upgrade import upgrade_folder
from ..text.printable import printable
from .snapshot import dump_record, duty_sort_key

#: How many characters of an error's message a change shows.
_MESSAGE_WIDTH = 160


class Aspect(StrEnum):
    """What can change in the record of an event between two snapshots."""

    VERDICT = "verdict"
    """The verdict, or the provisions cited by the rules that decide it."""
    DUTIES = "duties"
    """A duty appears or goes, or its kind, bearer, Parties, due date, immediacy or provisions change."""
    CITATIONS = "citations"
    """The provisions quoted in the evaluation."""
    FINDINGS = "findings"
    """A rule that fired appears or goes, or its verdict, duty kinds or provisions change: a reason the explanation
    gives a person. A record written before findings were recorded is not compared on them."""
    ERROR = "error"
    """An error record (a line that is not an event, an event with no verdict) appears, goes or changes."""
    EVENT = "event"
    """The event itself: its type or its date (the corpus changed, not the rules)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class EventChange(_Frozen):
    """One event whose record differs: what changed, on which provisions, and both records whole."""

    event: str
    type: str | None
    date: str | None
    aspects: tuple[Aspect, ...]
    provisions: tuple[str, ...]
    """The provisions the change belongs to, in treaty order (see ``diff_snapshots``)."""
    before: dict[str, Any]
    after: dict[str, Any]


class ProvisionGroup(_Frozen):
    """A provision and the changed events that belong to it."""

    eid: str
    label: str
    events: tuple[str, ...]


class DiffSummary(_Frozen):
    """The counts: events compared and changed, changes by aspect, events added and removed, provisions touched."""

    events_compared: int
    changed: int
    by_aspect: dict[Aspect, int]
    added: int
    removed: int
    provisions_touched: int


class SnapshotDiff(_Frozen):
    """What changed from one snapshot to another.

    ``changes`` are the events in both with a different record, in the new snapshot's order;
    ``added`` and ``removed`` hold the records of the events only in the new or only in the old
    snapshot; ``provisions`` groups the changed events by provision, in treaty order.
    """

    summary: DiffSummary
    provisions: tuple[ProvisionGroup, ...]
    changes: tuple[EventChange, ...]
    added: tuple[dict[str, Any], ...]
    removed: tuple[dict[str, Any], ...]

    @property
    def changed(self) -> bool:
        """True when some event changed, appeared or went."""
        return bool(self.changes or self.added or self.removed)

    def to_json(self) -> str:
        """The difference as canonical JSON (sorted keys, indent 1), ending with a line end."""
        return json.dumps(self.model_dump(mode="json"), sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def _natural_key(eid: str) -> tuple[tuple[int, int | str], ...]:
    """An order of eIds that needs no treaty: ``art_2`` before ``art_10``, numbers compared as numbers."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", eid) if part)


_OrderKey = tuple[int, int, tuple[tuple[int, int | str], ...]]


def _provision_order(treaty: Treaty | None) -> Callable[[str], _OrderKey]:
    """A sort key of eIds: treaty order, then eIds the treaty does not have, in natural order."""

    def key(eid: str) -> _OrderKey:
        if treaty is not None and eid in treaty:
            return (0, treaty.order(eid), ())
        return (1, 0, _natural_key(eid))

    return key


def provision_label(eid: str, treaty: Treaty | None) -> str:
    """The label of ``eid``: the treaty's, else the conventional one ("Article 9(4)"), else the eId itself."""
    if treaty is not None and eid in treaty:
        return treaty.provision(eid).label
    return label_for(eid) or eid


def _duty_keys(record: Mapping[str, Any]) -> Counter[str]:
    return Counter(dump_record(d) for d in record.get("duties", ()))


def _finding_keys(record: Mapping[str, Any]) -> Counter[str]:
    return Counter(dump_record(f) for f in record.get("findings") or ())


def finding_text(finding: Mapping[str, Any]) -> str:
    """A finding record in one line: ``art_6.notice_through_interpol: permitted; duties none [art_6__para_1]``."""
    duties = ", ".join(finding.get("duties", ())) or "none"
    return (
        f"{finding.get('rule')}: {finding.get('verdict') or 'no verdict'}; duties {duties} "
        f"[{', '.join(finding.get('citations', ()))}]"
    )


def _compare(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[list[Aspect], set[str]]:
    """The aspects that differ between two records of one event, and the provisions the change belongs to.

    A verdict change belongs to the provisions that decide it before and after; a duty change to the
    provisions of the duties that appear or go; a change of the quoted provisions to those that
    appear or go; a change of the findings to the provisions of the findings that appear or go; an
    error that appears or goes to the provisions quoted on the side without it.
    """
    aspects: list[Aspect] = []
    provisions: set[str] = set()
    old_error, new_error = before.get("error"), after.get("error")
    if old_error is not None or new_error is not None:
        if old_error != new_error:
            aspects.append(Aspect.ERROR)
            if old_error is None:
                provisions.update(before.get("citations", ()))
            elif new_error is None:
                provisions.update(after.get("citations", ()))
    else:
        if before.get("verdict") != after.get("verdict") or before.get("verdict_cites") != after.get("verdict_cites"):
            aspects.append(Aspect.VERDICT)
            provisions.update(before.get("verdict_cites", ()), after.get("verdict_cites", ()))
        old_duties, new_duties = _duty_keys(before), _duty_keys(after)
        if old_duties != new_duties:
            aspects.append(Aspect.DUTIES)
            for key in (old_duties - new_duties) + (new_duties - old_duties):
                provisions.update(json.loads(key)["citations"])
        if before.get("citations") != after.get("citations"):
            aspects.append(Aspect.CITATIONS)
            provisions.update(set(before.get("citations", ())) ^ set(after.get("citations", ())))
        if "findings" in before and "findings" in after:
            old_findings, new_findings = _finding_keys(before), _finding_keys(after)
            if old_findings != new_findings:
                aspects.append(Aspect.FINDINGS)
                for key in (old_findings - new_findings) + (new_findings - old_findings):
                    provisions.update(json.loads(key)["citations"])
    if before.get("type") != after.get("type") or before.get("date") != after.get("date"):
        aspects.append(Aspect.EVENT)
    return aspects, provisions


def diff_snapshots(
    old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]], *, treaty: Treaty | None = None
) -> SnapshotDiff:
    """What changed from the snapshot ``old`` to ``new``, event by event and provision by provision.

    Events are matched by their key (``"SET/ID"``). Provisions are ordered and labelled by
    ``treaty`` when given (eIds it lacks come last), else by article and number.
    """
    old_by_key = {r["event"]: r for r in old}
    new_keys = {r["event"] for r in new}
    order = _provision_order(treaty)
    changes: list[EventChange] = []
    added: list[dict[str, Any]] = []
    by_aspect: Counter[Aspect] = Counter()
    groups: dict[str, list[str]] = {}
    for after in new:
        key = after["event"]
        before = old_by_key.get(key)
        if before is None:
            added.append(dict(after))
            continue
        if before == after:
            continue
        aspects, provisions = _compare(before, after)
        if not aspects:  # equal decisions written differently (key order, a field left out): no change
            continue
        by_aspect.update(aspects)
        ordered = sorted(provisions, key=order)
        for eid in ordered:
            groups.setdefault(eid, []).append(key)
        changes.append(
            EventChange(
                event=key,
                type=after.get("type", before.get("type")),
                date=after.get("date", before.get("date")),
                aspects=tuple(aspects),
                provisions=tuple(ordered),
                before=dict(before),
                after=dict(after),
            )
        )
    removed = [dict(r) for r in old if r["event"] not in new_keys]
    compared = sum(1 for r in new if r["event"] in old_by_key)
    summary = DiffSummary(
        events_compared=compared,
        changed=len(changes),
        by_aspect={aspect: by_aspect[aspect] for aspect in Aspect},
        added=len(added),
        removed=len(removed),
        provisions_touched=len(groups),
    )
    return SnapshotDiff(
        summary=summary,
        provisions=tuple(
            ProvisionGroup(eid=eid, label=provision_label(eid, treaty), events=tuple(groups[eid]))
            for eid in sorted(groups, key=order)
        ),
        changes=tuple(changes),
        added=tuple(added),
        removed=tuple(removed),
    )


# --- For people -------------------------------------------------------------------------------------------------


def _short(text: str) -> str:
    text = printable(text)  # an error message may quote the input it refused
    return text if len(text) <= _MESSAGE_WIDTH else text[: _MESSAGE_WIDTH - 1] + "…"


def _event_heading(key: str, record: Mapping[str, Any]) -> str:
    # Keys, types and dates come from the snapshot files: a newline or an escape in one must not draw a line.
    about = ", ".join(printable(record[f]) for f in ("type", "date") if record.get(f) is not None)
    return f"{printable(key)} ({about})" if about else printable(key)


def duty_text(duty: Mapping[str, Any]) -> str:
    """A duty record in one line: ``must_destroy, counterpart (CZ), due 2029-03-01 [art_10__point_5]``."""
    when = []
    if duty.get("immediately"):
        when.append("immediately")
    if duty.get("urgently"):
        when.append("in an urgent manner")
    if duty.get("due"):
        when.append(f"due {duty['due']}")
    parties = ", ".join(duty.get("parties", ()))
    return (
        f"{duty.get('kind')}, {duty.get('bearer')} ({parties}), {', '.join(when) or 'no deadline'} "
        f"[{', '.join(duty.get('citations', ()))}]"
    )


def _outcome(record: Mapping[str, Any]) -> str:
    error = record.get("error")
    if error is not None:
        return _short(f"{error.get('kind')}: {error.get('message')}")
    return f"verdict {record.get('verdict') or 'none'}"


def _verdict(record: Mapping[str, Any], with_cites: bool) -> str:
    verdict = str(record.get("verdict") or "none")
    return f"{verdict} [{', '.join(record.get('verdict_cites', ()))}]" if with_cites else verdict


def change_lines(change: EventChange, indent: str = "") -> list[str]:
    """The change of one event for people: its heading, then before → after for each changed aspect."""
    before, after = change.before, change.after
    lines = [indent + _event_heading(change.event, after)]
    inner = indent + "  "
    for aspect in change.aspects:
        if aspect is Aspect.EVENT:
            was = " ".join(str(before.get(f)) for f in ("type", "date"))
            now = " ".join(str(after.get(f)) for f in ("type", "date"))
            lines.append(f"{inner}event: {was} → {now}")
        elif aspect is Aspect.ERROR:
            lines.append(f"{inner}error: {_outcome(before)} → {_outcome(after)}")
        elif aspect is Aspect.VERDICT:
            cites_changed = before.get("verdict_cites") != after.get("verdict_cites")
            lines.append(f"{inner}verdict: {_verdict(before, cites_changed)} → {_verdict(after, cites_changed)}")
        elif aspect is Aspect.DUTIES:
            old, new = _duty_keys(before), _duty_keys(after)
            lines.append(f"{inner}duties:")
            for sign, side in (("-", old - new), ("+", new - old)):
                for duty in sorted((json.loads(key) for key in side.elements()), key=duty_sort_key):
                    lines.append(f"{inner}  {sign} {duty_text(duty)}")
        elif aspect is Aspect.CITATIONS:
            was_cited, now_cited = set(before.get("citations", ())), set(after.get("citations", ()))
            lines.append(f"{inner}citations:")
            lines.extend(f"{inner}  - {eid}" for eid in before.get("citations", ()) if eid not in now_cited)
            lines.extend(f"{inner}  + {eid}" for eid in after.get("citations", ()) if eid not in was_cited)
        elif aspect is Aspect.FINDINGS:
            old_f, new_f = _finding_keys(before), _finding_keys(after)
            lines.append(f"{inner}findings:")
            for sign, side in (("-", old_f - new_f), ("+", new_f - old_f)):
                for finding in sorted((json.loads(key) for key in side.elements()), key=lambda f: str(f.get("rule"))):
                    lines.append(f"{inner}  {sign} {printable(finding_text(finding))}")
    return lines


def summary_line(diff: SnapshotDiff) -> str:
    """The one-line summary: events changed (by aspect), added, removed, and provisions touched."""
    s = diff.summary
    if not diff.changed:
        return f"No decision changed on {s.events_compared} event{'s' if s.events_compared != 1 else ''}."
    aspects = ", ".join(f"{aspect.value} {count}" for aspect, count in s.by_aspect.items() if count)
    changed = f"{s.changed} of {s.events_compared} events changed" + (f" ({aspects})" if aspects else "")
    touched = f"{s.provisions_touched} provision{'s' if s.provisions_touched != 1 else ''} touched"
    return f"{changed}; {s.added} added, {s.removed} removed; {touched}."


def _limited(items: Sequence[str], limit: int) -> tuple[Sequence[str], int]:
    if limit <= 0 or len(items) <= limit:
        return items, 0
    return items[:limit], len(items) - limit


def format_diff(diff: SnapshotDiff, treaty: Treaty | None = None, *, limit: int = 10) -> str:
    """The difference for people, grouped by provision in treaty order, then a one-line summary.

    Each provision's heading gives its label, eId and number of changed events; each event then
    shows before → after for every aspect that changed. At most ``limit`` events are shown per
    provision (``0``: all). Events whose change belongs to no provision, and events added or
    removed, follow. Labels and order come from ``treaty`` when given, else from the difference.
    """
    if not diff.changed:
        return summary_line(diff) + "\n"
    by_key = {c.event: c for c in diff.changes}
    order = _provision_order(treaty)
    lines: list[str] = []
    for group in sorted(diff.provisions, key=lambda g: order(g.eid)):
        label = provision_label(group.eid, treaty) if treaty is not None and group.eid in treaty else group.label
        count = len(group.events)
        lines.append(f"{label} [{group.eid}]: {count} event{'s' if count != 1 else ''}")
        shown, more = _limited(group.events, limit)
        for key in shown:
            lines.extend(change_lines(by_key[key], "  "))
        if more:
            lines.append(f"  … and {more} more")
        lines.append("")
    unplaced = [c.event for c in diff.changes if not c.provisions]
    if unplaced:
        lines.append(f"No provision: {len(unplaced)} event{'s' if len(unplaced) != 1 else ''}")
        shown, more = _limited(unplaced, limit)
        for key in shown:
            lines.extend(change_lines(by_key[key], "  "))
        if more:
            lines.append(f"  … and {more} more")
        lines.append("")
    for title, records in (
        ("Only in the new snapshot (added)", diff.added),
        ("Only in the old snapshot (removed)", diff.removed),
    ):
        if not records:
            continue
        lines.append(f"{title}: {len(records)} event{'s' if len(records) != 1 else ''}")
        described = [f"  {_event_heading(r['event'], r)}: {_outcome(r)}" for r in records]
        shown, more = _limited(described, limit)
        lines.extend(shown)
        if more:
            lines.append(f"  … and {more} more")
        lines.append("")
    lines.append(summary_line(diff))
    return "\n".join(lines) + "\n"


# --- The rules at a git revision -----------------------------------------------------------------------------------


class RevisionError(CooperationRulesError, RuntimeError):
    """The rules cannot be read at a git revision: says why, naming the revision and the folder."""


class GitUnavailableError(RevisionError):
    """The ``git`` command cannot be run."""


class NotARepositoryError(RevisionError):
    """The rules folder is not inside a git repository."""


class UnknownRevisionError(RevisionError):
    """The repository has no commit by that name."""


class NoRuleFilesError(RevisionError):
    """The revision has no rule files in the rules folder's place."""


def _git(args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """Run ``git -C cwd ARGS`` (read-only commands only), with English messages and no prompts."""
    env = {**os.environ, "LC_ALL": "C", "LANGUAGE": "C", "GIT_TERMINAL_PROMPT": "0"}
    try:
        return subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, check=False, env=env, timeout=120)
    except FileNotFoundError:
        raise GitUnavailableError("git is not installed or not on PATH: it is needed to read the rules at a revision") from None
    except (OSError, subprocess.SubprocessError) as exc:
        raise GitUnavailableError(f"git cannot be run: {exc}") from None


def _stderr(done: subprocess.CompletedProcess[bytes]) -> str:
    """The last line git wrote on its standard error, which says what went wrong."""
    lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else f"git exited with status {done.returncode}"


def _locate(folder: Path) -> tuple[Path, str]:
    """The top of the repository ``folder`` is in, and the path of ``folder`` in it (``rules/``, or ``""`` at the top)."""
    if not folder.is_dir():
        raise NotARepositoryError(f"{folder}: not a folder of rule files, so not a place in a git repository")
    done = _git(["rev-parse", "--show-toplevel", "--show-prefix"], folder)
    if done.returncode != 0:
        raise NotARepositoryError(f"{folder} is not in a git repository ({_stderr(done)})")
    top, _, prefix = done.stdout.decode("utf-8").partition("\n")
    return Path(top.strip()), prefix.strip()


def rules_at(rev: str, rules_dir: str | Path, into: str | Path) -> Path:
    """Write into ``into`` the rule files of ``rules_dir`` as they are at the git revision ``rev``; return ``into``.

    The repository is the one ``rules_dir`` is in; the files are listed with ``git ls-tree`` and
    read with ``git show REV:PATH`` (``*.yaml`` files, subfolders such as ``texts/`` included). No
    checkout: the working tree and the index are never touched. Raises ``GitUnavailableError``,
    ``NotARepositoryError``, ``UnknownRevisionError`` or ``NoRuleFilesError``.
    """
    target = Path(into)
    top, prefix = _locate(Path(rules_dir))
    if not rev or rev.startswith("-"):
        raise UnknownRevisionError(f"unknown revision {rev!r} in the repository {top}")
    done = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], top)
    if done.returncode != 0:
        raise UnknownRevisionError(f"unknown revision {rev!r} in the repository {top}")
    commit = done.stdout.decode("ascii").strip()
    done = _git(["ls-tree", "-r", "-z", "--name-only", commit, "--", prefix or "."], top)
    if done.returncode != 0:
        raise UnknownRevisionError(f"cannot list {prefix or '.'} at revision {rev!r}: {_stderr(done)}")
    names = [n for n in done.stdout.decode("utf-8").split("\0") if n.startswith(prefix) and n.endswith(".yaml")]
    place = prefix.rstrip("/") or "."
    if not any("/" not in n.removeprefix(prefix) for n in names):
        raise NoRuleFilesError(f"no rule files (*.yaml) in {place} at revision {rev!r}")
    for name in names:
        # A tree is the commit author's to write: an entry named ``..`` or an absolute path must not write
        # outside ``into``.
        relative = PurePosixPath(name.removeprefix(prefix))
        if relative.is_absolute() or any(part in ("", ".", "..") for part in relative.parts):
            raise UnknownRevisionError(f"a rule file path that leaves the rules folder at revision {rev!r}: {name!r}")
        shown = _git(["show", f"{commit}:{name}"], top)
        if shown.returncode != 0:
            raise UnknownRevisionError(f"cannot read {name} at revision {rev!r}: {_stderr(shown)}")
        path = target / name.removeprefix(prefix)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(shown.stdout)
    return target


def rulebook_at(rev: str, rules_dir: str | Path, *, engine: Engine | str = Engine.AUTO) -> Rulebook:
    """The rulebook of ``rules_dir`` as it is at the git revision ``rev`` (see ``rules_at``), loaded by the current code.

    A rule file of that revision that does not load is a ``RuleFileError`` naming it as
    ``REV:PATH`` (``HEAD~3:rules/art_10.yaml``).
    """
    folder = Path(rules_dir)
    with tempfile.TemporaryDirectory(prefix="cooperation-rules-") as tmp:
        rules_at(rev, folder, tmp)
        upgrade_folder(Path(tmp))  # the rules of a revision older than rule-file formats
        prefix = _locate(folder)[1]
        try:
            return Rulebook.load(tmp, engine=engine)
        except RuleFileError as exc:
            file = exc.file.removeprefix(tmp).lstrip("/\\") if exc.file.startswith(tmp) else exc.file
            raise RuleFileError(
                f"{rev}:{prefix}{file}", exc.message, rule=exc.rule, field=exc.field, line=exc.line, column=exc.column
            ) from None
