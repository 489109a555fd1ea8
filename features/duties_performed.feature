Feature: Acts that perform what the Agreement requires: written confirmations, notices of refusal, consents, destruction, reports on use, corrections, forwarding, notifications
  Articles 9(1), 9(5), 10 and 11(2) of the Agreement between the Government of the Republic of
  Kazakhstan and the Government of the Czech Republic on cooperation in combating crime (Astana,
  23 November 2017). An urgent oral request is confirmed in writing; a refusal is notified in
  writing; the sending Party consents in writing to a use for another purpose or to a submission to
  a third state or an international organisation; personal data is destroyed at its term, when no
  longer necessary, and when the Agreement ends; the receiving Party reports on the use of the data
  at the sending Party's request, and corrects the data the sending Party notified as incorrect; a
  request that reached an authority not competent to handle it is forwarded to the competent one; a
  Party notifies the other of a defect of data it transferred, of the term for destroying data it
  handed over, and of a change of its contact details (Articles 10, items 4 and 5, and 13(3)). Each of these acts is lawful, and a case ledger
  counts it as the performance of the duty it answers (features/case_over_time.feature).

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

  Rule: Article 9(1) and 9(5) — the written confirmation of an urgent oral request, and the written notice of a refusal

    @art_9__para_1
    Scenario: The requesting Party confirms in writing its urgent oral request
      Given the Czech Republic confirms in writing on 3 March 2026 the oral request it made to Kazakhstan
      When the act is assessed under the Agreement
      Then the confirmation is permitted
      And no duty arises
      And the decision cites only "Article 9(1)"
      And the decision quotes "in which case it must be immediately confirmed in writing"
      And the decision makes no assumption

    @art_9__para_5
    Scenario: The requested Party informs the other in writing of its refusal
      Given Kazakhstan informs in writing on 6 March 2026 the Czech Republic that it refused the request in whole or in part
      When the act is assessed under the Agreement
      Then the notice is permitted
      And no duty arises
      And the decision cites only "Article 9(5)"
      And the decision quotes "immediately inform each other in writing in cases of refusal"
      And the decision makes no assumption

    @art_17
    Scenario Outline: A written <act> given while the whole Agreement is suspended is still permitted
      Given a notice suspending the whole Agreement on grounds of public order was received on 1 May 2026
      And <sentence>
      When the act is assessed under the Agreement
      Then the <act> is permitted
      And no duty arises
      And the decision cites only "<provision>"
      And the decision does not cite "Article 17"

      @art_9__para_1
      Examples:
        | act          | sentence                                                                                       | provision    |
        | confirmation | the Czech Republic confirms in writing on 1 June 2026 the oral request it made to Kazakhstan   | Article 9(1) |

      @art_9__para_5
      Examples:
        | act          | sentence                                                                                       | provision    |
        | notice       | Kazakhstan informs in writing on 1 June 2026 the Czech Republic that it refused the request    | Article 9(5) |

      @art_9__para_2
      Examples:
        | act          | sentence                                                                                 | provision    |
        | forwarding   | Kazakhstan forwards on 1 June 2026 the request of the Czech Republic to its competent authority | Article 9(2) |

    # The acts above concern a request; those below, personal data already exchanged, which the suspension does not
    # release (art_17.data_protection_continues): the decision says so, and cites Article 17 for it.
    @art_17 @art_10__intro
    Scenario Outline: A written <act> on personal data already exchanged, given while the whole Agreement is suspended, is still permitted, as the data stays bound
      Given a notice suspending the whole Agreement on grounds of public order was received on 1 May 2026
      And <sentence>
      When the act is assessed under the Agreement
      Then the <act> is permitted
      And no duty arises
      And the decision cites only "<provision>", "Article 10, introductory words" and "Article 17"
      And the decision rests on "art_17.data_protection_continues"

      @art_10__point_3
      Examples:
        | act          | sentence                                                                                                                          | provision          |
        | report       | Kazakhstan reports on 1 June 2026 to the Czech Republic on the use of the personal data received from it and the results achieved | Article 10, item 3 |

      @art_10__point_4
      Examples:
        | act          | sentence                                                                                          | provision          |
        | correction   | Kazakhstan corrects on 1 June 2026 the personal data received from the Czech Republic that was unreliable | Article 10, item 4 |

    @art_18__para_2
    Scenario Outline: A written <act> given after the Agreement has ceased to have effect is outside it
      Given a written notice of termination was received on 10 January 2027
      And <sentence>
      When the act is assessed under the Agreement
      Then the <act> is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(2)"

      Examples:
        | act          | sentence                                                                                         |
        | confirmation | the Czech Republic confirms in writing on 1 September 2027 the oral request it made to Kazakhstan |
        | notice       | Kazakhstan informs in writing on 1 September 2027 the Czech Republic that it refused the request |
        | report       | Kazakhstan reports on 1 September 2027 to the Czech Republic on the use of the personal data received from it and the results achieved |
        | correction   | Kazakhstan corrects on 1 September 2027 the personal data received from the Czech Republic that was unreliable |
        | forwarding   | Kazakhstan forwards on 1 September 2027 the request of the Czech Republic to its competent authority |
        | notification | the Czech Republic notifies on 1 September 2027 Kazakhstan of the change of its contact details |

  Rule: Article 10, item 1 and Article 11(2) — the sending Party's written consent

    @art_10__point_1
    Scenario: The sending Party consents in writing to a use of its data for another purpose
      Given the Czech Republic consents in writing on 4 March 2026 to Kazakhstan using the personal data it transferred for another purpose
      When the act is assessed under the Agreement
      Then the consent is permitted
      And no duty arises
      And the decision cites only "Article 10, item 1"
      And the decision quotes "only on the basis of the previously obtained written consent of the sending Contracting Party"

    @art_11__para_2
    Scenario: The sending Party consents in writing to a submission to an international organisation
      Given Kazakhstan consents in writing on 4 March 2026 to the Czech Republic submitting the information it transferred to an international organisation
      When the act is assessed under the Agreement
      Then the consent is permitted
      And no duty arises
      And the decision cites only "Article 11(2)"

    @art_10__point_1
    Scenario: A consent that names neither a purpose nor a recipient consents to nothing the Agreement asks consent for
      Given the Czech Republic consents in writing on 4 March 2026 to Kazakhstan without naming a purpose or a recipient
      When the act is assessed under the Agreement
      Then the consent is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 10, item 1"

    @art_17 @art_10__intro
    Scenario Outline: A consent given while the whole Agreement is suspended still counts, as the data it concerns is still protected
      Given a notice suspending the whole Agreement on grounds of public order was received on 1 May 2026
      And the Czech Republic consents in writing on 1 June 2026 to Kazakhstan <consent>
      When the act is assessed under the Agreement
      Then the consent is <verdict>
      And no duty arises
      And the decision cites only "<provision>", "Article 10, introductory words" and "Article 17"
      And the decision rests on "art_17.data_protection_continues"

      @art_10__point_1
      Examples:
        | consent                                                           | verdict                        | provision          |
        | using the personal data it transferred for another purpose        | permitted                      | Article 10, item 1 |
        | without naming a purpose or a recipient                           | not governed by the Agreement  | Article 10, item 1 |

      @art_11__para_2
      Examples:
        | consent                                                           | verdict                        | provision          |
        | submitting the information it transferred to a third state        | permitted                      | Article 11(2)      |

    @art_18__para_2
    Scenario Outline: A consent given after the Agreement has ceased to have effect is outside it
      Given a written notice of termination was received on 10 January 2027
      And the Czech Republic consents in writing on 1 September 2027 to Kazakhstan <consent>
      When the act is assessed under the Agreement
      Then the consent is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(2)"

      Examples:
        | consent                                                           |
        | using the personal data it transferred for another purpose        |
        | submitting the information it transferred to a third state        |
        | without naming a purpose or a recipient                           |

  Rule: Article 10, items 5 and 6 — personal data destroyed, and the destruction recorded with its reason

    @art_10__point_5 @art_10__point_6
    Scenario Outline: The receiving Party destroys personal data because <reason>
      Given Kazakhstan destroys on 1 March 2031 the personal data received from the Czech Republic, because <reason>
      When the act is assessed under the Agreement
      Then the destruction is permitted
      And no duty arises
      And the decision cites only "Article 10, item 5" and "Article 10, item 6"
      And the decision makes no assumption

      Examples:
        | reason                              |
        | its destruction term has come       |
        | it is no longer necessary           |
        | it should not have been transferred |

    @art_10__point_5 @art_10__point_6 @art_17 @art_10__intro
    Scenario: Personal data is destroyed while the whole Agreement is suspended, as the data stays bound by Article 10, item 5
      Given a notice suspending the whole Agreement on grounds of public order was received on 1 May 2026
      And Kazakhstan destroys on 1 June 2026 the personal data received from the Czech Republic, because it is no longer necessary
      When the act is assessed under the Agreement
      Then the destruction is permitted
      And no duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 5", "Article 10, item 6" and "Article 17"
      And the decision rests on "art_17.data_protection_continues"

    @art_10__point_5 @art_10__point_6
    Scenario: Personal data is destroyed after the Agreement has ceased to have effect, as Article 10, item 5 requires
      Given a written notice of termination was received on 10 January 2027
      And Kazakhstan destroys on 1 September 2027 the personal data received from the Czech Republic, because the Agreement has ceased to have effect
      When the act is assessed under the Agreement
      Then the destruction is permitted
      And no duty arises
      And the decision cites only "Article 10, item 5" and "Article 10, item 6"

  Rule: Article 9(2) — the request forwarded to the authority competent to handle it

    @art_9__para_2
    Scenario: The requested Party forwards a request to its authority competent to handle it
      Given Kazakhstan forwards on 3 March 2026 the request of the Czech Republic to its competent authority
      When the act is assessed under the Agreement
      Then the forwarding is permitted
      And no duty arises
      And the decision cites only "Article 9(2)"
      And the decision quotes "it will forward the request to the authority competent to handle it"
      And the decision makes no assumption

  Rule: Article 10, item 3 — the receiving Party reports on the use of the personal data it received

    @art_10__point_3
    Scenario: The receiving Party reports on the use of the transferred data and the results achieved
      Given Kazakhstan reports on 4 May 2026 to the Czech Republic on the use of the personal data received from it and the results achieved
      When the act is assessed under the Agreement
      Then the report is permitted
      And no duty arises
      And the decision cites only "Article 10, item 3"
      And the decision quotes "provide information on the use of the transferred personal data"
      And the decision makes no assumption

  Rule: Article 10, item 4 — the receiving Party corrects the data the sending Party notified as incorrect

    @art_10__point_4
    Scenario: The receiving Party corrects the personal data the sending Party notified as unreliable
      Given Kazakhstan corrects on 5 May 2026 the personal data received from the Czech Republic that was unreliable
      When the act is assessed under the Agreement
      Then the correction is permitted
      And no duty arises
      And the decision cites only "Article 10, item 4"
      And the decision quotes "The receiving Contracting Party is obliged to correct incorrect personal data"
      And the decision makes no assumption

  Rule: Article 10, items 4 and 5, and Article 13(3) — a Party notifies the other what an earlier act obliged it to

    @art_10__point_4 @art_10__point_5 @art_13__para_3
    Scenario Outline: The Czech Republic notifies Kazakhstan <what>
      Given the Czech Republic notifies on 2 April 2026 Kazakhstan <sentence>
      When the act is assessed under the Agreement
      Then the notification is permitted
      And no duty arises
      And the decision cites only "Article 10, item 4", "Article 10, item 5" and "Article 13(3)"
      And the decision quotes "the receiving Contracting Party should be informed immediately"
      And the decision makes no assumption

      Examples:
        | what                                                   | sentence                                                             |
        | that personal data it transferred was unreliable       | that the personal data it transferred was unreliable                 |
        | that personal data it transferred could not be sent    | that the personal data it transferred could not be transferred       |
        | of the destruction term of the data it transferred     | of the destruction term of the personal data it transferred          |
        | of the change of its contact details                   | of the change of its contact details                                 |

    @art_10__point_4 @art_10__point_5 @art_13__para_3 @art_17
    Scenario: A notification given while the whole Agreement is suspended is still permitted
      Given a notice suspending the whole Agreement on grounds of public order was received on 1 May 2026
      And the Czech Republic notifies on 1 June 2026 Kazakhstan of the change of its contact details
      When the act is assessed under the Agreement
      Then the notification is permitted
      And no duty arises
      And the decision cites only "Article 10, item 4", "Article 10, item 5" and "Article 13(3)"
      And the decision does not cite "Article 17"

  Rule: Article 18(1), Article 18(3) and the final clause — nothing before the Agreement had effect

    @art_18__para_1 @art_18__para_3
    Scenario Outline: A <act> made before the Agreement entered into force is outside it
      Given <sentence>
      When the act is assessed under the Agreement
      Then the <act> is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"

      Examples:
        | act          | sentence                                                                                                                  |
        | confirmation | the Czech Republic confirms in writing on 31 August 2018 the oral request it made to Kazakhstan                           |
        | notice       | Kazakhstan informs in writing on 31 August 2018 the Czech Republic that it refused the request                            |
        | consent      | the Czech Republic consents in writing on 31 August 2018 to Kazakhstan using the personal data it transferred for another purpose |
        | report       | Kazakhstan reports on 31 August 2018 to the Czech Republic on the use of the personal data received from it and the results achieved |
        | correction   | Kazakhstan corrects on 31 August 2018 the personal data received from the Czech Republic that was unreliable |
        | forwarding   | Kazakhstan forwards on 31 August 2018 the request of the Czech Republic to its competent authority |
        | notification | the Czech Republic notifies on 31 August 2018 Kazakhstan of the change of its contact details |

    @conclusions__para_1 @art_18__para_3
    Scenario Outline: A <act> made before the Agreement was signed is outside it
      Given <sentence>
      When the act is assessed under the Agreement
      Then the <act> is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(3)" and "Final clause"

      Examples:
        | act          | sentence                                                                                                                    |
        | confirmation | the Czech Republic confirms in writing on 22 November 2017 the oral request it made to Kazakhstan                           |
        | notice       | Kazakhstan informs in writing on 22 November 2017 the Czech Republic that it refused the request                            |
        | consent      | the Czech Republic consents in writing on 22 November 2017 to Kazakhstan using the personal data it transferred for another purpose |
        | report       | Kazakhstan reports on 22 November 2017 to the Czech Republic on the use of the personal data received from it and the results achieved |
        | correction   | Kazakhstan corrects on 22 November 2017 the personal data received from the Czech Republic that was unreliable |
        | forwarding   | Kazakhstan forwards on 22 November 2017 the request of the Czech Republic to its competent authority |
        | notification | the Czech Republic notifies on 22 November 2017 Kazakhstan of the change of its contact details |

    # Destroying personal data is lawful at any time (Article 10, item 5): the decision cites that rule beside the
    # provision that puts the day outside the Agreement, which decides the verdict.
    @art_18__para_1 @art_18__para_3 @art_10__point_5 @art_10__point_6
    Scenario: A destruction before the Agreement entered into force is outside it, though destroying is never forbidden
      Given Kazakhstan destroys on 31 August 2018 the personal data received from the Czech Republic, because it is no longer necessary
      When the act is assessed under the Agreement
      Then the destruction is not governed by the Agreement
      And no duty arises
      And the verdict rests on "Article 18(1)" and "Article 18(3)"
      And the decision cites only "Article 10, item 5", "Article 10, item 6", "Article 18(1)" and "Article 18(3)"

    @conclusions__para_1 @art_18__para_3 @art_10__point_5 @art_10__point_6
    Scenario: A destruction before the Agreement was signed is outside it, though destroying is never forbidden
      Given Kazakhstan destroys on 22 November 2017 the personal data received from the Czech Republic, because it is no longer necessary
      When the act is assessed under the Agreement
      Then the destruction is not governed by the Agreement
      And no duty arises
      And the verdict rests on "Article 18(3)" and "Final clause"
      And the decision cites only "Article 10, item 5", "Article 10, item 6", "Article 18(3)" and "Final clause"
