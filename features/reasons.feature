Feature: The reasons a decision gives — every rule that fired is a reason a person reads
  The explanation of a decision gives, for each rule that fired, why; a rule that fires where it
  should not adds a false reason even when the verdict, the duties and the provisions cited stay the
  same. These scenarios state what a decision rests on, and what it must not rest on.

  How to read these scenarios (the full legend is docs/legend.md): each scenario judges one act
  on one day under this Agreement alone. "Permitted" means properly made or lawful under the
  Agreement (a request properly made, not granted); "prohibited", not meeting a condition of the
  Agreement (a cost claim unfounded); "not governed by the Agreement", outside it, which says
  nothing of national law or other treaties. "No duty arises" means no duty under this
  Agreement; "with no date fixed by the Agreement", a duty with no deadline in the Agreement.
  "The decision rests on" names the reasons its explanation gives; "rests only on", all of them.
  Unless a scenario says otherwise, communications are in English and nothing else was agreed,
  a case is not urgent, a transfer is necessary and within the sender's conditions. A scenario
  that passed means the software gave what it states, not that the statement is right in law.

  Background:
    Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018

  Rule: Article 6(3) — a notice goes directly or through the Interpol information database, and says which

    @art_6__para_1 @art_6__para_2 @art_6__para_3
    Scenario: A notice of a stolen passport sent directly does not say it went through Interpol's database
      Given the Czech Republic informs Kazakhstan on 3 March 2026 directly of a stolen passport numbered 45123987
      When the act is assessed under the Agreement
      Then the notice is permitted
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 6(1)", "Article 6(2)", "Article 6(3)" and "Article 11(1)"
      And the decision rests on "art_6.notice_direct" and "art_6.notice_complete"
      And the decision does not rest on "art_6.notice_through_interpol"

    @art_6__para_1 @art_6__para_2 @art_6__para_3
    Scenario: A notice of a stolen passport sent through Interpol's database does not say it went directly
      Given Kazakhstan informs the Czech Republic on 3 March 2026 through the Interpol information database of a stolen passport numbered N0451239
      When the act is assessed under the Agreement
      Then the notice is permitted
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 6(1)", "Article 6(2)", "Article 6(3)" and "Article 11(1)"
      And the decision rests only on "art_6.notice_through_interpol", "art_6.notice_complete" and "Article 11(1)"
