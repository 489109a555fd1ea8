"""The Agreement's own life as people read it (``explain_lifecycle``), every line written out by hand.

The days are counted here from the treaty, not by the code: entry into force on the first day of the second month
after the later notification (Art. 18(1): 20 July 2018 gives 1 September 2018); a suspension and its lifting take
effect fifteen days after the notice (Art. 17: 20 March 2020 gives 4 April 2020, 1 May 2020 gives 16 May 2020,
1 March 2021 gives 16 March 2021); termination six months after the notice (Art. 18(2): 10 January 2022 gives
10 July 2022); the competent authorities named and contacts exchanged within thirty days of entry into force
(Art. 13(1), (2): 1 October 2018).
"""

from __future__ import annotations

import datetime as dt

import cooperation_rules as cr

RULEBOOK = cr.Rulebook.load()


def test_every_part_of_the_agreements_life_is_told() -> None:
    life = cr.Lifecycle.model_validate(
        {
            "notifications_received": ["2018-06-14", "2018-07-20"],
            "suspensions": [
                {"notice_received": "2020-03-20", "ground": "security", "lifted_notice_received": "2020-05-01"},
                {"notice_received": "2021-02-01", "ground": "other", "scope": ["training", "search_for_suspects"]},
                {"notice_received": "2021-03-01", "ground": "public_health", "scope": ["training"]},
            ],
            "termination_notice_received": "2022-01-10",
        }
    )
    assert cr.explain_lifecycle(life, RULEBOOK.lifecycle_duties(life), locale="en").splitlines() == [
        "The Agreement's life: entry into force September 1, 2018; ceases to have effect July 10, 2022",
        "  - Suspension (ground: security of the state; scope: the whole Agreement), notice received March 20, 2020:"
        " in effect from April 4, 2020, 15 days after the notice; lifted with effect from May 16, 2020",
        "  - Suspension (ground: another ground; scope: training, search for suspects), notice received February 1,"
        " 2021: Article 17 does not allow this ground, so the suspension has no effect",
        "  - Suspension (ground: public health; scope: training), notice received March 1, 2021: in effect from"
        " March 16, 2021, 15 days after the notice",
        "  - Name the competent authorities (must_name_competent_authorities) — both Parties (CZ, KZ); due October 1,"
        " 2018, 30 days after entry into force [art_13.name_competent_authorities]",
        "  - Exchange the contact details of the competent authorities (must_exchange_contacts) — both Parties"
        " (CZ, KZ); due October 1, 2018, 30 days after entry into force [art_13.exchange_contacts]",
    ]


def test_a_life_not_yet_begun_says_so() -> None:
    life = cr.Lifecycle.model_validate({"notifications_received": ["2018-06-14"]})
    assert cr.explain_lifecycle(life, [], locale="en") == (
        "The Agreement's life: entry into force not yet known; no termination notice"
    )


def _duty(**kw: object) -> cr.Duty:
    values: dict[str, object] = {
        "kind": cr.DutyKind.MUST_DESTROY, "bearer": cr.Bearer.COUNTERPART, "parties": (cr.Party.KZ,), "due": None,
        "immediately": False, "urgently": False, "rule": "art_10.destroy_at_term", "citations": ("art_10__point_5",),
    }  # fmt: skip
    return cr.Duty.model_validate({**values, **kw})


def test_each_kind_of_deadline_is_told() -> None:
    from cooperation_rules.evaluation.explain import duty_line
    from cooperation_rules.text.localizer import localizer

    tr = localizer("en")
    head = "Destroy the personal data (must_destroy) — the other Party (KZ); "
    since = ("%(date)s, %(days)s after the transfer", dt.date(2026, 1, 1))
    assert duty_line(tr, _duty()) == head + "no deadline set by the Agreement [art_10.destroy_at_term]"
    assert duty_line(tr, _duty(due=dt.date(2026, 1, 31))) == head + "due January 31, 2026 [art_10.destroy_at_term]"
    assert duty_line(tr, _duty(due=dt.date(2026, 1, 31)), since=since) == (
        head + "January 31, 2026, 30 days after the transfer [art_10.destroy_at_term]"
    )
    # A start after the due day says nothing of days: the due day alone.
    assert duty_line(tr, _duty(due=dt.date(2025, 12, 31)), since=since) == head + "due December 31, 2025 [art_10.destroy_at_term]"
    assert duty_line(tr, _duty(due=dt.date(2026, 1, 1)), since=since) == (
        head + "January 1, 2026, 0 days after the transfer [art_10.destroy_at_term]"
    )
    assert duty_line(tr, _duty(immediately=True, urgently=True, parties=(cr.Party.CZ, cr.Party.KZ), bearer="both")) == (
        "Destroy the personal data (must_destroy) — both Parties (CZ, KZ); immediately, in an urgent manner (Art. 9(2))"
        " [art_10.destroy_at_term]"
    )
