Feature: Other forms of cooperation — experts, travel documents, wanted persons, training, costs and contacts
  Articles 5, 6, 7, 8, 12 and 13(3) of the Agreement.

  How to read these scenarios (the full legend is docs/legend.md): each scenario judges one act
  on one day under this Agreement alone. "Permitted" means properly made or lawful under the
  Agreement (a request properly made, not granted); "prohibited", not meeting a condition of the
  Agreement (a cost claim unfounded); "not governed by the Agreement", outside it, which says
  nothing of national law or other treaties. "No duty arises" means no duty under this
  Agreement; "with no date fixed by the Agreement", a duty with no deadline in the Agreement.
  Unless a scenario says otherwise, communications are in English and nothing else was agreed,
  a case is not urgent, a transfer is necessary and within the sender's conditions. A scenario
  that passed means the software gave what it states, not that the statement is right in law.

  Background:
    Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018

  Rule: Article 5 — experts sent to the other Party follow the host authorities' instructions

    @art_5__para_1 @art_5__para_2
    Scenario: Kazakhstan sends experts to the Czech competent authorities
      Given Kazakhstan sends experts to the competent authorities of the Czech Republic on 12 May 2026
      When the act is assessed under the Agreement
      Then the sending of experts is permitted
      And Kazakhstan must have its experts follow the instructions of the host authorities with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 5(1)" and "Article 5(2)"
      And the decision quotes "they adhere to the instructions of the competent authorities of the state of the Contracting Party to whose territory they are sent"

  Rule: Articles 5 to 8 — requests about experts, travel documents, missing and wanted persons, and training

    Scenario Outline: A written request about <subject>
      Given the Czech Republic sends Kazakhstan a written request about <subject> on 2 March 2026
      When the act is assessed under the Agreement
      Then the request is permitted
      And Kazakhstan must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only <provisions>, "Article 9(1)" and "Article 9(2)"

      @art_5__para_1 @art_9__para_1 @art_9__para_2
      Examples: Article 5(1)
        | subject         | provisions     |
        | sending experts | "Article 5(1)" |

      @art_6__para_1 @art_9__para_1 @art_9__para_2
      Examples: Article 6(1)
        | subject                          | provisions     |
        | lost and stolen travel documents | "Article 6(1)" |

      @art_7 @art_9__para_1 @art_9__para_2
      Examples: Article 7
        | subject                    | provisions  |
        | missing and wanted persons | "Article 7" |

      @art_8__intro @art_8__point_1 @art_8__point_2 @art_8__point_3 @art_9__para_1 @art_9__para_2
      Examples: Article 8
        | subject  | provisions                                                                                        |
        | training | "Article 8, introductory words", "Article 8, item 1", "Article 8, item 2" and "Article 8, item 3" |

    @art_8__intro @art_8__point_1 @art_8__point_2 @art_8__point_3 @art_9__para_1 @art_9__para_2
    Scenario: A written request about training covers the forms of training Article 8 lists
      Given Kazakhstan sends the Czech Republic a written request about training on 4 May 2026
      When the act is assessed under the Agreement
      Then the request is permitted
      And the Czech Republic must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 8, introductory words", "Article 8, item 1", "Article 8, item 2", "Article 8, item 3", "Article 9(1)" and "Article 9(2)"
      And the decision quotes "participation of representatives of the competent authorities of a state of one Contracting Party in training courses"
      And the decision quotes "the exchange of experts, as well as training concepts and programs"

  Rule: Article 6(1) to 6(3) — information on lost, stolen and cancelled travel documents, with number, type and status

    @art_6__para_1 @art_6__para_2 @art_6__para_3
    Scenario Outline: A complete notice of a <status> passport sent <channel>
      Given Kazakhstan informs the Czech Republic on 3 March 2026 <channel> of a <status> passport numbered N0451239
      When the act is assessed under the Agreement
      Then the notice is permitted
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 6(1)", "Article 6(2)", "Article 6(3)" and "Article 11(1)"
      And the decision quotes "shall at least contain the number, type and status of the relevant travel document"

      @art_11__para_1
      Examples:
        | status    | channel                                   |
        | lost      | directly                                  |
        | stolen    | directly                                  |
        | cancelled | directly                                  |
        | lost      | through the Interpol information database |
        | stolen    | through the Interpol information database |
        | cancelled | through the Interpol information database |

    # Tagged beyond its citations: a row cites Article 6(1) when the status is missing and Article 6(3) when the number or type is; both are what the scenario tests.
    @art_6__para_2
    Scenario Outline: A notice of a <status> passport that does not give its <item>
      Given the Czech Republic informs Kazakhstan on 3 March 2026 directly of a <status> passport numbered 45123987
      And the notice does not give the document's <item>
      When the act is assessed under the Agreement
      Then the notice is prohibited
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only <provisions>

      @art_6__para_1 @art_6__para_3 @art_11__para_1
      Examples:
        | status    | item   | provisions                                         |
        | stolen    | number | "Article 6(2)", "Article 6(3)" and "Article 11(1)" |
        | stolen    | type   | "Article 6(2)", "Article 6(3)" and "Article 11(1)" |
        | stolen    | status | "Article 6(1)", "Article 6(2)" and "Article 11(1)" |
        | lost      | number | "Article 6(2)", "Article 6(3)" and "Article 11(1)" |
        | cancelled | type   | "Article 6(2)", "Article 6(3)" and "Article 11(1)" |

  Rule: Article 6(4) — detected counterfeit travel documents

    @art_6__para_4 @art_11__para_1
    Scenario: A counterfeit identity card detected at the border, reported without its number
      Given the Czech Republic informs Kazakhstan on 3 March 2026 directly of a counterfeit identity card numbered X7781
      And the notice does not give the document's number
      When the act is assessed under the Agreement
      Then the notice is permitted
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 6(4)" and "Article 11(1)"
      And the decision quotes "exchange information on the facts of detecting counterfeited travel documents"

    @art_6__para_4 @art_11__para_1
    Scenario: A counterfeit passport detected at the border, reported in full through the Interpol information database
      Given Kazakhstan informs the Czech Republic on 3 March 2026 through the Interpol information database of a counterfeit passport numbered N7781204
      When the act is assessed under the Agreement
      Then the notice is permitted
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 6(4)" and "Article 11(1)"

  Rule: Article 9(6) — a notice sent directly is a communication in English unless otherwise agreed

    # Tagged beyond its citations: Article 9(6) is cited only in the row whose language is neither English nor agreed; the other rows show that it is then met.
    @art_6__para_1 @art_6__para_2 @art_6__para_3 @art_9__para_6
    Scenario Outline: A complete notice of a stolen passport sent <channel> in <language> (<agreed>)
      Given Kazakhstan informs the Czech Republic on 3 March 2026 <channel> of a stolen passport numbered N0451239
      And the notice is in <language>
      And <agreed>
      When the act is assessed under the Agreement
      Then the notice is <verdict>
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only <provisions>

      @art_11__para_1
      Examples:
        | channel                                   | language | agreed                                     | verdict    | provisions                                                                         |
        | directly                                  | Kazakh   | nothing other than English was agreed      | prohibited | "Article 6(1)", "Article 6(2)", "Article 6(3)", "Article 9(6)" and "Article 11(1)" |
        | directly                                  | Kazakh   | the authorities have agreed to use Kazakh  | permitted  | "Article 6(1)", "Article 6(2)", "Article 6(3)" and "Article 11(1)"                 |
        | directly                                  | English  | the authorities have agreed to use Russian | permitted  | "Article 6(1)", "Article 6(2)", "Article 6(3)" and "Article 11(1)"                 |
        | through the Interpol information database | Czech    | nothing other than English was agreed      | permitted  | "Article 6(1)", "Article 6(2)", "Article 6(3)" and "Article 11(1)"                 |

    @art_6__para_4 @art_9__para_6 @art_11__para_1
    Scenario: A counterfeit identity card reported directly in Russian without agreement
      Given the Czech Republic informs Kazakhstan on 3 March 2026 directly of a counterfeit identity card numbered X7781
      And the notice is in Russian
      When the act is assessed under the Agreement
      Then the notice is prohibited
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 6(4)", "Article 9(6)" and "Article 11(1)"
      And the decision quotes "shall use English language, unless otherwise agreed"

  Rule: Article 12 — each Party pays its own costs unless otherwise agreed in advance in the particular case

    @art_12
    Scenario: A claim for costs nothing was agreed about
      Given the Czech Republic claims from Kazakhstan on 30 June 2026 the costs of its implementation of the Agreement
      When the act is assessed under the Agreement
      Then the claim is prohibited
      And the Czech Republic must bear its own costs with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 12"
      And the decision quotes "unless otherwise agreed in each particular case preliminary"
      And the decision does not rest on "art_12.costs_agreed_in_advance"

    @art_12
    Scenario: A claim for costs agreed in advance for this case
      Given Kazakhstan claims from the Czech Republic on 30 June 2026 the costs of its implementation of the Agreement
      And the Parties agreed in advance how the costs of this particular case are shared
      When the act is assessed under the Agreement
      Then the claim is permitted
      And no duty arises
      And the decision cites only "Article 12"

  Rule: Article 13(3) — changes of contact details are reported at once

    @art_13__para_3
    Scenario: A Kazakh competent authority changes its contact details
      Given the contact details of a competent authority of Kazakhstan change on 14 September 2026
      When the act is assessed under the Agreement
      Then the change is permitted
      And Kazakhstan must inform the other Party immediately
      And no other duty arises
      And the decision cites only "Article 13(3)"
      And the decision quotes "shall immediately inform each other of any changes made to the data transmitted"
