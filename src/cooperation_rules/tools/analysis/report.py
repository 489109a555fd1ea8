"""The check's report as people read it: errors, then warnings, then the readings the rule files allow, by kind."""

from __future__ import annotations

import json

from .checks import CheckReport, Finding

#: What each kind of finding means, as the report's headings say it.
KINDS: dict[str, str] = {
    "model_disagrees": "the model disagrees with derive()",
    "gap": "events without a verdict",
    "dead_rule": "rules that never fire",
    "dead_for_type": "rules that never fire on some of their event types",
    "dead_value": "listed values that never matter",
    "implied_condition": "conditions implied by the others",
    "never_decides": "rules whose verdict never decides",
    "same_conditions": "rules with the same conditions",
    "conflict": "different verdicts on one event (precedence decides)",
    "duty_immediate_and_dated": "duties both immediate and dated",
    "duty_before_act": "duties that can fall due before the act",
    "duty_twice": "one duty given twice on one event",
    "duty_with_denying_verdict": "duties given with a verdict that denies the act",
}


def _line(f: Finding) -> list[str]:
    types = ", ".join(f.types)
    out = [f"  - [{types}] {f.message}"]
    if f.allowed is not None:
        out.append(f"      reading: {f.allowed}")
    if f.witness is not None:
        out.append(f"      event: {json.dumps(f.witness.event, sort_keys=True)}")
        out.append(f"      lifecycle: {json.dumps(f.witness.lifecycle, sort_keys=True)}")
    confirmed = f.detail.get("evaluate_refuses")
    if confirmed is not None:
        out.append("      evaluate: " + ("refuses it with RulebookGap" if confirmed else "gives a verdict (the model is wrong)"))
    return out


def _section(title: str, findings: list[Finding]) -> list[str]:
    if not findings:
        return []
    out = [f"{title} ({len(findings)})"]
    for kind, heading in KINDS.items():
        of_kind = [f for f in findings if f.kind == kind]
        if of_kind:
            out.append(f" {heading}: {len(of_kind)}")
            for f in of_kind:
                out.extend(_line(f))
    return [*out, ""]


def format_report(report: CheckReport) -> str:
    """The report as text: errors, warnings, allowed readings, and a last line that sums them up."""
    lines = [
        *_section("ERRORS", report.errors),
        *_section("WARNINGS", report.warnings),
        *_section("READINGS (allowed in the rule files)", report.readings),
        f"checked {report.rules} rules over {len(report.types)} event types with {report.solver_checks} solver checks "
        f"in {report.seconds:.2f} s",
        f"{len(report.errors)} errors, {len(report.warnings)} warnings, {len(report.readings)} allowed readings",
    ]
    return "\n".join(lines) + "\n"
