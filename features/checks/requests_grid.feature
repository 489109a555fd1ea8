@check
Feature: Check grid — requests for legal assistance in criminal matters in every form and on every crime
  A check of the software, not a statement of the law. Each row is a request for legal assistance
  in criminal matters, in one form, urgency, language, content and authority, or concerning one
  type of crime, and checks that the decision is "not governed by the Agreement" and cites Article
  1(2) alone. The law these rows apply is stated in features/requests.feature (Rule "Article 1(2)");
  the legend of every word used here is docs/legend.md. A row passing means the software gave the
  answer written in it, not that the answer is right in law.

  Background:
    Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018

  Rule: Article 1(2) — every form of a request for legal assistance in criminal matters

    @art_1__para_2
    Scenario Outline: Check: a <form> request for legal assistance in criminal matters falls outside the Agreement (<case>, in <language>)
      Given Kazakhstan sends the Czech Republic a <form> request about legal assistance in criminal matters on 2 March 2026
      And the case is <case>
      And the request is in <language>
      And <agreed>
      And the content of the request <content> electronic means
      And the request reaches an authority of the Czech Republic that is <authority> to handle it
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 1(2)"
      And the decision quotes "does not include the provision of legal assistance in criminal matters"

      Examples:
        | form       | case       | language | agreed                                     | content        | authority     |
        | written    | urgent     | English  | nothing other than English was agreed      | allows         | competent     |
        | oral       | urgent     | English  | nothing other than English was agreed      | allows         | competent     |
        | oral       | not urgent | English  | nothing other than English was agreed      | allows         | competent     |
        | electronic | not urgent | English  | nothing other than English was agreed      | allows         | competent     |
        | electronic | not urgent | English  | nothing other than English was agreed      | does not allow | competent     |
        | written    | not urgent | Russian  | nothing other than English was agreed      | allows         | competent     |
        | written    | not urgent | Russian  | the authorities have agreed to use Russian | allows         | competent     |
        | written    | not urgent | English  | nothing other than English was agreed      | allows         | not competent |

  Rule: Article 2 — no finding on the crime of a request for legal assistance in criminal matters

    @art_1__para_2
    Scenario Outline: Check: a request for legal assistance in criminal matters concerning <crime> gives no finding under Article 2
      Given the Czech Republic sends Kazakhstan a written request about legal assistance in criminal matters on 2 March 2026
      And the request concerns <crime>
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 1(2)"

      Examples:
        | crime                                       |
        | organised crime                             |
        | terrorism                                   |
        | crimes against the health of the population |
        | human trafficking                           |
        | child sexual abuse                          |
        | crime related to illegal migration          |
        | drug trafficking                            |
        | cybercrime                                  |
        | weapons trafficking                         |
        | counterfeiting                              |
        | money laundering                            |
        | corruption                                  |
        | illicit trade in cultural values            |
        | vehicle crime                               |
        | intellectual property offences              |
        | a crime not listed in Article 2             |
