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

    @art_6__para_1 @art_6__para_2 @art_6__para_3 @art_11__para_1
    Scenario: A notice of a stolen passport sent directly does not say it went through Interpol's database
      Given the Czech Republic informs Kazakhstan on 3 March 2026 directly of a stolen passport numbered 45123987
      When the act is assessed under the Agreement
      Then the notice is permitted
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 6(1)", "Article 6(2)", "Article 6(3)" and "Article 11(1)"
      And the decision rests on "art_6.notice_direct" and "art_6.notice_complete"
      And the decision does not rest on "art_6.notice_through_interpol"

    @art_6__para_1 @art_6__para_2 @art_6__para_3 @art_11__para_1
    Scenario: A notice of a stolen passport sent through Interpol's database does not say it went directly
      Given Kazakhstan informs the Czech Republic on 3 March 2026 through the Interpol information database of a stolen passport numbered N0451239
      When the act is assessed under the Agreement
      Then the notice is permitted
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 6(1)", "Article 6(2)", "Article 6(3)" and "Article 11(1)"
      And the decision rests only on "art_6.notice_through_interpol", "art_6.notice_complete" and "Article 11(1)"

  Rule: Article 9(4) and (5) — a refusal is judged on what is known of the request it answers

    @art_9__para_4 @art_9__para_5 @art_11__para_1
    Scenario: Fulfilling in part, without ground, a request of which nothing is known: judged as a request the Agreement governs, properly made
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by fulfilling it in part
      And the answer is in English
      And the answer does not include personal data
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the answer is prohibited
      And the Czech Republic must inform the other Party of the refusal in writing immediately
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(4)", "Article 9(5)" and "Article 11(1)"
      And the decision rests on "art_9.refusal_of_unknown_request" and "art_9.refusal_without_ground"
      And the decision does not rest on "art_9.refusal_on_treaty_ground"

    @art_9__para_4 @art_9__para_5 @art_9__para_6
    Scenario: Declining a request known only to have been made in Czech without agreement rests on its language, not on a request of which nothing is known
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by refusing it
      And the request answered was in Czech
      And nothing other than English was agreed
      And the answer is in English
      And the answer does not include personal data
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the refusal is permitted
      And Kazakhstan must inform the other Party of the refusal in writing immediately
      And no other duty arises
      And the decision cites only "Article 9(4)", "Article 9(5)" and "Article 9(6)"
      And the decision rests on "art_9.refusal_of_request_in_language_not_agreed"
      And the decision does not rest on "art_9.refusal_of_unknown_request" and "art_9.refusal_without_ground"

  Rule: Article 17 — an answer given during a suspension rests on that suspension, not on the day its request was made

    @art_17
    Scenario Outline: An answer given while <scope> is suspended, to a request made during the same suspension
      Given a notice suspending <scope> on grounds of public health was received on 1 March 2026
      And Kazakhstan answers on 25 March 2026 the request of the Czech Republic by refusing it
      And the request answered was a written request about the search for suspects made on 20 March 2026
      And the answer serves cooperation on the search for suspects
      And the answer does not include personal data
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 17"
      And the decision rests only on "<rule>"
      And the decision does not rest on "art_9.response_to_request_during_suspension"

      Examples:
        | scope                                  | rule                       |
        | the whole Agreement                    | art_17.suspended           |
        | cooperation on the search for suspects | art_17.subject_suspended   |
