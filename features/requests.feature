Feature: Requests for information and assistance, and the answers to them
  Articles 1(2), 2, 3, 4 and 9 of the Agreement between the Government of the Republic of
  Kazakhstan and the Government of the Czech Republic on cooperation in combating crime
  (Astana, 23 November 2017). The competent authority of one Party asks the other Party for
  information or assistance; the requested Party answers, refuses, or sets conditions.

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

  Rule: Article 9(1) — requests are written; electronic means only if the content allows; oral only in urgent cases

    @art_9__para_1 @art_9__para_2
    Scenario Outline: A <form> request is a proper request, and the requested Party must respond
      Given the Czech Republic sends Kazakhstan a <form> request about the search for suspects on 2 March 2026
      And the case is <urgency>
      When the act is assessed under the Agreement
      Then the request is permitted
      And Kazakhstan must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 4, introductory words", "Article 4, item 1", "Article 9(1)" and "Article 9(2)"
      And the decision quotes "shall respond to the request referred to in paragraph 1 of this article in urgent manner"

      @art_4__intro @art_4__point_1
      Examples:
        | form       | urgency    |
        | written    | not urgent |
        | written    | urgent     |
        | electronic | not urgent |

    @art_9__para_1 @art_3__intro @art_3__point_1
    Scenario: An electronic request whose content does not allow electronic means must be made in writing
      Given Kazakhstan sends the Czech Republic an electronic request about information on crimes and suspects on 2 March 2026
      And the content of the request does not allow electronic means
      When the act is assessed under the Agreement
      Then the request is prohibited
      And no duty arises
      And the decision cites only "Article 3, introductory words", "Article 3, item 1" and "Article 9(1)"
      And the decision quotes "electronic or other means of communication are used, if the content of the request allows it"

    @art_9__para_1 @art_9__para_2 @art_3__intro @art_3__point_1
    Scenario: A written request is proper even when its content would not allow electronic means
      Given Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 2 March 2026
      And the content of the request does not allow electronic means
      When the act is assessed under the Agreement
      Then the request is permitted
      And the Czech Republic must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 3, introductory words", "Article 3, item 1", "Article 9(1)" and "Article 9(2)"
      And the decision quotes "shall be provided upon written request"

    @art_9__para_1 @art_9__para_2 @art_4__intro @art_4__point_2
    Scenario: An urgent oral request is allowed but must be confirmed in writing at once
      Given the Czech Republic sends Kazakhstan an oral request about the search for missing persons on 2 March 2026
      And the case is urgent
      When the act is assessed under the Agreement
      Then the request is permitted
      And the Czech Republic must confirm the oral request in writing immediately
      And Kazakhstan must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 4, introductory words", "Article 4, item 2", "Article 9(1)" and "Article 9(2)"
      And the decision quotes "in which case it must be immediately confirmed in writing"

    @art_9__para_1 @art_3__intro @art_3__point_3
    Scenario: An oral request in a case that is not urgent is not allowed
      Given Kazakhstan sends the Czech Republic an oral request about suspicious transactions on 2 March 2026
      And the case is not urgent
      When the act is assessed under the Agreement
      Then the request is prohibited
      And no duty arises
      And the decision cites only "Article 3, introductory words", "Article 3, item 3" and "Article 9(1)"
      And the decision quotes "In urgent cases, the request may also be submitted orally"

  Rule: Article 9(6) — the competent authorities use English unless otherwise agreed

    @art_9__para_6
    Scenario Outline: A request in English needs no agreement on the language (<agreed>)
      Given the Czech Republic sends Kazakhstan a written request about the planning of crimes on 2 March 2026
      And the request is in English
      And <agreed>
      When the act is assessed under the Agreement
      Then the request is permitted
      And Kazakhstan must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 3, introductory words", "Article 3, item 2", "Article 9(1)" and "Article 9(2)"
      And the decision does not cite "Article 9(6)"

      @art_3__intro @art_3__point_2 @art_9__para_1 @art_9__para_2
      Examples:
        | agreed                                     |
        | nothing other than English was agreed      |
        | the authorities have agreed to use Russian |

    @art_9__para_6
    Scenario Outline: A request in <language>, when <agreed>
      Given the Czech Republic sends Kazakhstan a written request about the planning of crimes on 2 March 2026
      And the request is in <language>
      And <agreed>
      When the act is assessed under the Agreement
      Then the request is <verdict>
      And Kazakhstan must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 3, introductory words", "Article 3, item 2", "Article 9(1)", "Article 9(2)" and "Article 9(6)"
      And the decision quotes "shall use English language, unless otherwise agreed"

      @art_3__intro @art_3__point_2 @art_9__para_1 @art_9__para_2
      Examples:
        | language | agreed                                     | verdict    |
        | Russian  | nothing other than English was agreed      | prohibited |
        | Russian  | the authorities have agreed to use Russian | permitted  |
        | Czech    | the authorities have agreed to use Czech   | permitted  |
        | Kazakh   | the authorities have agreed to use Russian | prohibited |

    @art_9__para_1 @art_9__para_2 @art_9__para_6 @art_4__intro @art_4__point_1
    Scenario: An urgent oral request in Russian without agreement: Article 9(1) allows the form, Article 9(6) forbids the language
      Given Kazakhstan sends the Czech Republic an oral request about the search for suspects on 2 March 2026
      And the case is urgent
      And the request is in Russian
      And nothing other than English was agreed
      When the act is assessed under the Agreement
      Then the request is prohibited
      And Kazakhstan must confirm the oral request in writing immediately
      And the Czech Republic must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 4, introductory words", "Article 4, item 1", "Article 9(1)", "Article 9(2)" and "Article 9(6)"

  Rule: Article 9(2) — the requested Party responds, may ask for more, and forwards to the competent authority

    @art_9__para_2 @art_3__intro @art_3__point_5 @art_9__para_1
    Scenario: A request that reaches an authority that is not competent is forwarded, not rejected
      Given the Czech Republic sends Kazakhstan a written request about items related to crimes on 2 March 2026
      And the request reaches an authority of Kazakhstan that is not competent to handle it
      When the act is assessed under the Agreement
      Then the request is permitted
      And Kazakhstan must forward the request to the competent authority with no date fixed by the Agreement
      And Kazakhstan must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 3, introductory words", "Article 3, item 5", "Article 9(1)" and "Article 9(2)"
      And the decision quotes "it will forward the request to the authority competent to handle it"

    @art_9__para_2 @art_11__para_1
    Scenario: The requested Party fulfils the request
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by fulfilling it
      When the act is assessed under the Agreement
      Then the answer is permitted
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(2)" and "Article 11(1)"
      And the decision quotes "provide the necessary protection for information, documents and other materials transmitted to each other"

    @art_9__para_2 @art_9__para_5 @art_11__para_1
    Scenario: An answer that fulfils the request in full is not a refusal, even if it names a ground of Article 9(4)
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by fulfilling it
      And it relies on a threat to other important interests of its state
      When the act is assessed under the Agreement
      Then the answer is permitted
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(2)" and "Article 11(1)"
      And the decision does not cite "Article 9(5)"

    @art_9__para_2
    Scenario: The requested Party asks for additional information it needs
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by asking for additional information
      When the act is assessed under the Agreement
      Then the answer is permitted
      And no duty arises
      And the decision cites only "Article 9(2)"
      And the decision quotes "may require additional information, if it is necessary to satisfy the request"

  Rule: Article 1(2) — cooperation under the Agreement does not include legal assistance in criminal matters

    @art_1__para_2
    Scenario Outline: A <form> request for legal assistance in criminal matters falls outside the Agreement (<case>, in <language>)
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
        | oral       | not urgent | English  | nothing other than English was agreed      | allows         | competent     |

    # Reading (settled): Article 1(2) takes legal assistance in criminal matters out of the Agreement. A
    # request for it that reaches a competent authority creates no duty under this Agreement, neither to
    # respond (Article 9(2)) nor to forward it: it belongs to the channels of legal assistance.
    @art_1__para_2 @art_9__para_2
    Scenario: A request for legal assistance in criminal matters reaching a competent authority: no duty under this Agreement to respond or to forward it
      Given the Czech Republic sends Kazakhstan a written request about legal assistance in criminal matters on 2 March 2026
      And the request reaches an authority of Kazakhstan that is competent to handle it
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 1(2)"
      And the decision does not cite "Article 9(2)"

  Rule: Article 2 — the Parties cooperate in combating all types of crime, the list being open

    @art_2__intro
    Scenario Outline: A request concerning <crime>, a crime Article 2 names
      Given the Czech Republic sends Kazakhstan a written request about information on crimes and suspects on 2 March 2026
      And the request concerns <crime>
      When the act is assessed under the Agreement
      Then the request is permitted
      And Kazakhstan must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 2, introductory words", "<item>", "Article 3, introductory words", "Article 3, item 1", "Article 9(1)" and "Article 9(2)"

      @art_2__point_1 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 1
        | crime           | item              |
        | organised crime | Article 2, item 1 |

      @art_2__point_2 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 2
        | crime     | item              |
        | terrorism | Article 2, item 2 |

      @art_2__point_3 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 3
        | crime                                       | item              |
        | crimes against the health of the population | Article 2, item 3 |

      @art_2__point_4 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 4
        | crime             | item              |
        | human trafficking | Article 2, item 4 |

      @art_2__point_5 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 5
        | crime              | item              |
        | child sexual abuse | Article 2, item 5 |

      @art_2__point_6 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 6
        | crime                              | item              |
        | crime related to illegal migration | Article 2, item 6 |

      @art_2__point_7 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 7
        | crime            | item              |
        | drug trafficking | Article 2, item 7 |

      @art_2__point_8 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 8
        | crime      | item              |
        | cybercrime | Article 2, item 8 |

      @art_2__point_9 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 9
        | crime               | item              |
        | weapons trafficking | Article 2, item 9 |

      @art_2__point_10 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 10
        | crime          | item               |
        | counterfeiting | Article 2, item 10 |

      @art_2__point_11 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 11
        | crime            | item               |
        | money laundering | Article 2, item 11 |

      @art_2__point_12 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 12
        | crime      | item               |
        | corruption | Article 2, item 12 |

      @art_2__point_13 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 13
        | crime                            | item               |
        | illicit trade in cultural values | Article 2, item 13 |

      @art_2__point_14 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 14
        | crime         | item               |
        | vehicle crime | Article 2, item 14 |

      @art_2__point_15 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
      Examples: Article 2, item 15
        | crime                          | item               |
        | intellectual property offences | Article 2, item 15 |

    @art_2__intro @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
    Scenario: A request concerning a crime that Article 2 does not name is still covered
      Given Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 2 March 2026
      And the request concerns a crime not listed in Article 2
      When the act is assessed under the Agreement
      Then the request is permitted
      And the Czech Republic must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 2, introductory words", "Article 3, introductory words", "Article 3, item 1", "Article 9(1)" and "Article 9(2)"
      And the decision quotes "cooperate in combating all types of crime, including"

  Rule: Articles 3 and 4 — exchange of information and coordinated assistance on the listed subjects

    @art_9__para_1
    Scenario Outline: A request about <subject>
      Given the Czech Republic sends Kazakhstan a written request about <subject> on 2 March 2026
      When the act is assessed under the Agreement
      Then the request is permitted
      And Kazakhstan must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "<intro>", "<item>", "Article 9(1)" and "Article 9(2)"

      @art_3__intro @art_3__point_1 @art_9__para_2
      Examples: Article 3, item 1
        | subject                            | intro                         | item              |
        | information on crimes and suspects | Article 3, introductory words | Article 3, item 1 |

      @art_3__intro @art_3__point_2 @art_9__para_2
      Examples: Article 3, item 2
        | subject                | intro                         | item              |
        | the planning of crimes | Article 3, introductory words | Article 3, item 2 |

      @art_3__intro @art_3__point_3 @art_9__para_2
      Examples: Article 3, item 3
        | subject                 | intro                         | item              |
        | suspicious transactions | Article 3, introductory words | Article 3, item 3 |

      @art_3__intro @art_3__point_4 @art_9__para_2
      Examples: Article 3, item 4
        | subject           | intro                         | item              |
        | illegal migration | Article 3, introductory words | Article 3, item 4 |

      @art_3__intro @art_3__point_5 @art_9__para_2
      Examples: Article 3, item 5
        | subject                 | intro                         | item              |
        | items related to crimes | Article 3, introductory words | Article 3, item 5 |

      @art_3__intro @art_3__point_6 @art_9__para_2
      Examples: Article 3, item 6
        | subject            | intro                         | item              |
        | new forms of crime | Article 3, introductory words | Article 3, item 6 |

      @art_3__intro @art_3__point_7 @art_9__para_2
      Examples: Article 3, item 7
        | subject                      | intro                         | item              |
        | results of forensic research | Article 3, introductory words | Article 3, item 7 |

      @art_3__intro @art_3__point_8 @art_9__para_2
      Examples: Article 3, item 8
        | subject     | intro                         | item              |
        | legislation | Article 3, introductory words | Article 3, item 8 |

      @art_4__intro @art_4__point_1 @art_9__para_2
      Examples: Article 4, item 1
        | subject                 | intro                         | item              |
        | the search for suspects | Article 4, introductory words | Article 4, item 1 |

      @art_4__intro @art_4__point_2 @art_9__para_2
      Examples: Article 4, item 2
        | subject                        | intro                         | item              |
        | the search for missing persons | Article 4, introductory words | Article 4, item 2 |

      @art_4__intro @art_4__point_3 @art_9__para_2
      Examples: Article 4, item 3
        | subject                | intro                         | item              |
        | the search for objects | Article 4, introductory words | Article 4, item 3 |

      @art_4__intro @art_4__point_4 @art_9__para_2
      Examples: Article 4, item 4
        | subject                       | intro                         | item              |
        | special investigative methods | Article 4, introductory words | Article 4, item 4 |

      @art_4__intro @art_4__point_5 @art_9__para_2
      Examples: Article 4, item 5
        | subject                        | intro                         | item              |
        | joint programmes against crime | Article 4, introductory words | Article 4, item 5 |

  Rule: Article 9(4) and 9(5) — refusal only on a treaty ground, always notified in writing at once

    @art_9__para_4 @art_9__para_5
    Scenario Outline: A refusal because of <ground>
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by refusing it
      And it relies on <ground>
      When the act is assessed under the Agreement
      Then the refusal is permitted
      And Kazakhstan must inform the other Party of the refusal in writing immediately
      And no other duty arises
      And the decision cites only "Article 9(4)" and "Article 9(5)"
      And the decision quotes "may partially or fully refuse a request for assistance"

      Examples:
        | ground                                             |
        | a threat to its sovereignty                        |
        | a threat to its security                           |
        | a threat to other important interests of its state |
        | a conflict with its national legislation           |
        | a conflict with its international obligations      |

    @art_9__para_4 @art_9__para_5
    Scenario: A refusal without any ground of Article 9(4) is a breach, and must still be notified
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by refusing it
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the refusal is prohibited
      And the Czech Republic must inform the other Party of the refusal in writing immediately
      And no other duty arises
      And the decision cites only "Article 9(4)" and "Article 9(5)"
      And the decision quotes "immediately inform each other in writing in cases of refusal"

    @art_9__para_4 @art_9__para_5
    Scenario Outline: Partial fulfilment is a partial refusal: it needs a ground (<ground>)
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by fulfilling it in part
      And it relies on <ground>
      When the act is assessed under the Agreement
      Then the partial fulfilment is <verdict>
      And Kazakhstan must inform the other Party of the refusal in writing immediately
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(4)", "Article 9(5)" and "Article 11(1)"
      And the decision quotes "or its partial fulfillment"

      @art_11__para_1
      Examples:
        | ground                                   | verdict    |
        | a conflict with its national legislation | permitted  |
        | no ground of Article 9(4)                | prohibited |

    @art_9__para_4 @art_9__para_2 @art_11__para_1
    Scenario: Conditions set for satisfying a request bind the requesting Party
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by fulfilling it
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2026"
      When the act is assessed under the Agreement
      Then the answer is permitted
      And the Czech Republic must observe the conditions set with no date fixed by the Agreement
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(2)", "Article 9(4)" and "Article 11(1)"
      And the decision quotes "which will be binding on the other Contracting Party"

    @art_9__para_4 @art_9__para_5
    Scenario: Conditions stated in a full refusal bind the requesting Party to nothing, as nothing is provided
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by refusing it
      And it relies on a conflict with its international obligations
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2026"
      When the act is assessed under the Agreement
      Then the refusal is permitted
      And Kazakhstan must inform the other Party of the refusal in writing immediately
      And no other duty arises
      And the decision cites only "Article 9(4)" and "Article 9(5)"
      And the decision quotes "may establish conditions for satisfying the request"

    @art_9__para_4 @art_9__para_5 @art_11__para_1
    Scenario: A partial fulfilment on a treaty ground with conditions: notice for one Party, conditions for the other
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by fulfilling it in part
      And it relies on a threat to its security
      And the Czech Republic sets the condition "No disclosure to courts without further consent"
      When the act is assessed under the Agreement
      Then the answer is permitted
      And the Czech Republic must inform the other Party of the refusal in writing immediately
      And Kazakhstan must observe the conditions set with no date fixed by the Agreement
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(4)", "Article 9(5)" and "Article 11(1)"

  Rule: Article 9(4) and 9(5) — a refusal is judged with what is known of its request

    @art_1__para_2
    Scenario Outline: An answer to a request for legal assistance in criminal matters is not governed by the Agreement (<outcome>, <ground>)
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by <outcome>
      And the request answered was an <form> request about legal assistance in criminal matters made on 2 March 2026
      And the case is not urgent
      And the request answered was in <language>
      And the answer is in <answer>
      And nothing other than English was agreed
      And it relies on <ground>
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 1(2)"
      And the decision quotes "does not include the provision of legal assistance in criminal matters"

      Examples:
        | outcome                           | ground                                   | form       | language | answer  |
        | refusing it                       | no ground of Article 9(4)                | electronic | English  | English |
        | refusing it                       | a conflict with its national legislation | electronic | English  | English |
        | refusing it                       | no ground of Article 9(4)                | oral       | English  | English |
        | refusing it                       | no ground of Article 9(4)                | electronic | Russian  | English |
        | asking for additional information | no ground of Article 9(4)                | electronic | English  | English |

    @art_1__para_2 @art_11__para_1
    Scenario Outline: An answer handing information over on a request for legal assistance in criminal matters is not governed by the Agreement, nor is what it hands over (<outcome>, in <answer>)
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by <outcome>
      And the request answered was an electronic request about legal assistance in criminal matters made on 2 March 2026
      And the case is not urgent
      And the request answered was in English
      And the answer is in <answer>
      And nothing other than English was agreed
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 1(2)"
      And the decision does not cite "Article 11(1)"
      And the decision quotes "does not include the provision of legal assistance in criminal matters"

      Examples:
        | outcome               | answer  |
        | fulfilling it in part | English |
        | fulfilling it         | Russian |

    @art_1__para_2 @art_10__intro
    Scenario Outline: Personal data handed over on a request for legal assistance in criminal matters brings no duty of Article 10 (<outcome>)
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by <outcome>
      And the request answered was an electronic request about legal assistance in criminal matters made on 2 March 2026
      And the answer includes personal data
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 1(2)"
      And the decision does not cite "Article 10, introductory words"

      Examples:
        | outcome               |
        | fulfilling it         |
        | fulfilling it in part |

    @art_10__intro @art_10__point_5 @art_10__point_6 @art_10__point_7 @art_11__para_1 @art_9__para_2
    Scenario: Personal data handed over on a request the Agreement governs brings the conditions of Article 10
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by fulfilling it
      And the request answered was a written request about the search for suspects made on 2 March 2026
      And the answer includes personal data
      When the act is assessed under the Agreement
      Then the answer is permitted
      And Kazakhstan must inform the other Party of the destruction term by 9 March 2026
      And both Parties must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(2)", "Article 10, introductory words", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"

    @art_1__para_2
    Scenario: Conditions set in answering a request for legal assistance in criminal matters are not conditions under Article 9(4)
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by fulfilling it
      And the request answered was a request about legal assistance in criminal matters
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2026"
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 1(2)"

    @art_18__para_1 @art_18__para_3
    Scenario Outline: An answer given in force to a request made <when> is not governed by the Agreement (<outcome>)
      Given Kazakhstan answers on 10 September 2018 the request of the Czech Republic by <outcome>
      And the request answered was a written request about the search for suspects made on <day>
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"
      And the decision quotes "enters into force on the first day of the second month"

      Examples:
        | when                      | day              | outcome       |
        | before entry into force   | 31 August 2018   | refusing it   |
        | before the signature      | 20 November 2017 | refusing it   |

    @art_18__para_1 @art_18__para_3 @art_11__para_1
    Scenario: An answer given in force, fulfilling a request made before the signature, is not governed by the Agreement, nor is what it hands over
      Given Kazakhstan answers on 10 September 2018 the request of the Czech Republic by fulfilling it
      And the request answered was a written request about the search for suspects made on 20 November 2017
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"
      And the decision does not cite "Article 11(1)"

    @art_17
    Scenario Outline: An answer to a request made while <scope> was suspended is not governed by the Agreement
      Given a notice suspending <scope> on grounds of public health was received on 1 March 2026
      And the notice lifting that suspension was received on 1 April 2026
      And Kazakhstan answers on 4 May 2026 the request of the Czech Republic by refusing it
      And the request answered was a written request about the search for suspects made on 20 March 2026
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 17"

      Examples:
        | scope                                   |
        | the whole Agreement                     |
        | cooperation on the search for suspects  |

    @art_9__para_4 @art_9__para_5
    Scenario: A refusal without ground of a request the Agreement governs, properly made, stays a breach; the notice is owed all the same
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by refusing it
      And the request answered was an oral request about the search for suspects made on 2 March 2026
      And the case is urgent
      And the request answered was in English
      And the answer is in English
      And the answer does not include personal data
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the refusal is prohibited
      And Kazakhstan must inform the other Party of the refusal in writing immediately
      And no other duty arises
      And the decision cites only "Article 9(4)" and "Article 9(5)"
      And the decision makes no assumption
      And the decision does not rest on "art_9.refusal_on_treaty_ground"

    @art_9__para_4 @art_9__para_5
    Scenario: When nothing is known of the request, a refusal without ground is judged as one of a request properly made under the Agreement
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by refusing it
      And the answer is in English
      And the answer does not include personal data
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the refusal is prohibited
      And the Czech Republic must inform the other Party of the refusal in writing immediately
      And no other duty arises
      And the decision cites only "Article 9(4)" and "Article 9(5)"
      And the decision assumes only "taken to have been governed by the Agreement"

    @art_9__para_4 @art_9__para_5
    Scenario Outline: A refusal of a request known to be governed and properly made (<outcome>, <ground>)
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by <outcome>
      And the request answered was a <form> request about the search for suspects made on 2 March 2026
      And the request answered was in <language>
      And the authorities have agreed to use Russian
      And the answer is in English
      And the answer does not include personal data
      And it relies on <ground>
      When the act is assessed under the Agreement
      Then the answer is <verdict>
      And Kazakhstan must inform the other Party of the refusal in writing immediately
      And no other duty arises
      And the decision cites only "Article 9(4)" and "Article 9(5)"
      And the decision makes no assumption

      Examples:
        | outcome               | ground                                   | form       | language | verdict    |
        | refusing it           | a threat to its security                 | written    | English  | permitted  |
        | refusing it           | no ground of Article 9(4)                | written    | English  | prohibited |

    @art_9__para_4 @art_9__para_5 @art_11__para_1
    Scenario: Fulfilling in part, without ground, a request known to be governed and properly made stays a breach; the notice is owed and what was handed over is protected
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by fulfilling it in part
      And the request answered was a written request about the search for suspects made on 2 March 2026
      And the request answered was in Russian
      And the authorities have agreed to use Russian
      And the answer is in English
      And the answer does not include personal data
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the answer is prohibited
      And Kazakhstan must inform the other Party of the refusal in writing immediately
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(4)", "Article 9(5)" and "Article 11(1)"
      And the decision assumes only "conditions: not stated: no conditions were set"

    @art_9__para_2 @art_9__para_4 @art_11__para_1
    Scenario: Conditions set in fulfilling a request known to be governed bind the requesting Party
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by fulfilling it
      And the request answered was a request about information on crimes and suspects
      And the Czech Republic sets the condition "No disclosure to courts without further consent"
      When the act is assessed under the Agreement
      Then the answer is permitted
      And Kazakhstan must observe the conditions set with no date fixed by the Agreement
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(2)", "Article 9(4)" and "Article 11(1)"

    @art_9__para_2
    Scenario: Additional information asked for on a request known to be governed
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by asking for additional information
      And the request answered was a written request made on 2 March 2026
      When the act is assessed under the Agreement
      Then the answer is permitted
      And no duty arises
      And the decision cites only "Article 9(2)"

    @art_9__para_1 @art_9__para_4 @art_9__para_5
    Scenario Outline: Declining <request> made in a case that was not urgent needs no ground of Article 9(4) (<outcome>)
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by <outcome>
      And the request answered was <request>
      And the case is not urgent
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the answer is permitted
      And Kazakhstan must inform the other Party of the refusal in writing immediately
      And no other duty arises
      And the decision cites only "Article 9(1)", "Article 9(4)" and "Article 9(5)"
      And the decision quotes "In urgent cases, the request may also be submitted orally"
      And the decision does not rest on "art_9.refusal_of_unknown_request"

      Examples:
        | outcome               | request                                                           |
        | refusing it           | an oral request about the search for suspects made on 2 March 2026 |
        | refusing it           | an oral request                                                   |

    @art_9__para_1 @art_9__para_4 @art_9__para_5 @art_11__para_1
    Scenario: Fulfilling in part an oral request made in a case that was not urgent needs no ground of Article 9(4); what was handed over is protected
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by fulfilling it in part
      And the request answered was an oral request about the search for suspects made on 2 March 2026
      And the case is not urgent
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the answer is permitted
      And Kazakhstan must inform the other Party of the refusal in writing immediately
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(1)", "Article 9(4)", "Article 9(5)" and "Article 11(1)"

    @art_9__para_1 @art_9__para_4 @art_9__para_5
    Scenario Outline: Declining <request> whose content did not allow electronic means needs no ground of Article 9(4) (<outcome>)
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by <outcome>
      And the request answered was <request>
      And the content of the request does not allow electronic means
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the answer is permitted
      And the Czech Republic must inform the other Party of the refusal in writing immediately
      And no other duty arises
      And the decision cites only "Article 9(1)", "Article 9(4)" and "Article 9(5)"
      And the decision quotes "electronic or other means of communication are used, if the content of the request allows it"

      Examples:
        | outcome               | request                                                                     |
        | refusing it           | an electronic request about suspicious transactions made on 2 March 2026    |
        | refusing it           | an electronic request                                                       |

    @art_9__para_1 @art_9__para_4 @art_9__para_5 @art_11__para_1
    Scenario: Fulfilling in part an electronic request whose content did not allow electronic means needs no ground of Article 9(4); what was handed over is protected
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by fulfilling it in part
      And the request answered was an electronic request
      And the content of the request does not allow electronic means
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the answer is permitted
      And the Czech Republic must inform the other Party of the refusal in writing immediately
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(1)", "Article 9(4)", "Article 9(5)" and "Article 11(1)"

    @art_9__para_4 @art_9__para_5
    Scenario: A refusal without ground of an electronic request whose content allowed electronic means stays a breach
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by refusing it
      And the request answered was an electronic request about suspicious transactions made on 2 March 2026
      And the content of the request allows electronic means
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the refusal is prohibited
      And the Czech Republic must inform the other Party of the refusal in writing immediately
      And no other duty arises
      And the decision cites only "Article 9(4)" and "Article 9(5)"

    @art_9__para_4 @art_9__para_5 @art_9__para_6
    Scenario Outline: Declining a request made in <language> without agreement needs no ground of Article 9(4) (<outcome>, <request>)
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by <outcome>
      And the request answered was <request>
      And the request answered was in <language>
      And nothing other than English was agreed
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the answer is permitted
      And Kazakhstan must inform the other Party of the refusal in writing immediately
      And no other duty arises
      And the decision cites only "Article 9(4)", "Article 9(5)" and "Article 9(6)"
      And the decision quotes "shall use English language, unless otherwise agreed"

      Examples:
        | outcome               | language | request                                         |
        | refusing it           | Russian  | a written request about the search for suspects |
        | refusing it           | Kazakh   | a written request about the search for suspects |
        | refusing it           | Czech    | a written request                               |

    @art_9__para_4 @art_9__para_5 @art_9__para_6 @art_11__para_1
    Scenario: Fulfilling in part a request made in Kazakh without agreement needs no ground of Article 9(4); what was handed over is protected
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by fulfilling it in part
      And the request answered was a written request about the search for suspects
      And the request answered was in Kazakh
      And nothing other than English was agreed
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the answer is permitted
      And Kazakhstan must inform the other Party of the refusal in writing immediately
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(4)", "Article 9(5)", "Article 9(6)" and "Article 11(1)"
      And the decision quotes "shall use English language, unless otherwise agreed"

    @art_9__para_2
    Scenario Outline: Fulfilling <request> leaves nothing to decline
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by fulfilling it
      And the request answered was <request>
      And the case is not urgent
      And the request answered was in <language>
      And nothing other than English was agreed
      When the act is assessed under the Agreement
      Then the answer is permitted
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(2)" and "Article 11(1)"

      @art_11__para_1
      Examples:
        | request                                        | language |
        | an oral request about the search for suspects  | English  |
        | a written request about the search for suspects | Russian  |

    @art_1__para_2
    Scenario: A refusal of a request for legal assistance in criminal matters, of which nothing else is known, assumes nothing
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by refusing it
      And the request answered was a request about legal assistance in criminal matters
      And the answer does not include personal data
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the refusal is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 1(2)"
      And the decision makes no assumption

    @art_9__para_1 @art_9__para_4 @art_9__para_5 @art_9__para_6
    Scenario: A refusal on a ground of Article 9(4) of a request made orally and in Russian without need: the ground is not needed, the notice is
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by refusing it
      And the request answered was an oral request
      And the case is not urgent
      And the request answered was in Russian
      And it relies on a threat to its sovereignty
      When the act is assessed under the Agreement
      Then the refusal is permitted
      And Kazakhstan must inform the other Party of the refusal in writing immediately
      And no other duty arises
      And the decision cites only "Article 9(4)" and "Article 9(5)"
      And the decision does not cite "Article 9(1)" and "Article 9(6)"

  Rule: Article 9(6) — every communication in the implementation of the Agreement is in English unless otherwise agreed

    # Tagged beyond its citations: Article 9(6) is cited only in the row whose language is neither English nor agreed; the other rows show that it is then met.
    @art_9__para_2 @art_9__para_6
    Scenario Outline: An answer fulfilling a request, in <language> (<agreed>)
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by fulfilling it
      And the answer is in <language>
      And <agreed>
      When the act is assessed under the Agreement
      Then the answer is <verdict>
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only <cites>

      @art_11__para_1
      Examples:
        | language | agreed                                     | verdict    | cites                                              |
        | Russian  | nothing other than English was agreed      | prohibited | "Article 9(2)", "Article 9(6)" and "Article 11(1)" |
        | Russian  | the authorities have agreed to use Russian | permitted  | "Article 9(2)" and "Article 11(1)"                 |
        | English  | the authorities have agreed to use Russian | permitted  | "Article 9(2)" and "Article 11(1)"                 |

    @art_9__para_2 @art_9__para_6 @art_11__para_1
    Scenario: An answer in Czech without agreement to a request known to be governed
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by fulfilling it
      And the request answered was a written request about legislation made on 2 March 2026
      And the answer is in Czech
      When the act is assessed under the Agreement
      Then the answer is prohibited
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(2)", "Article 9(6)" and "Article 11(1)"

    # Tagged beyond its citations: Article 9(6) is cited only in the row whose language is neither English nor agreed; the other rows show that it is then met.
    @art_9__para_3 @art_9__para_6
    Scenario Outline: Information given without request in <language> (<agreed>)
      Given Kazakhstan informs the Czech Republic without request on 4 March 2026 of established facts that can help it suppress a crime
      And the information is in <language>
      And <agreed>
      When the act is assessed under the Agreement
      Then the information is <verdict>
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only <cites>

      @art_11__para_1
      Examples:
        | language | agreed                                    | verdict    | cites                                              |
        | Kazakh   | nothing other than English was agreed     | prohibited | "Article 9(3)", "Article 9(6)" and "Article 11(1)" |
        | Kazakh   | the authorities have agreed to use Kazakh | permitted  | "Article 9(3)" and "Article 11(1)"                 |
        | English  | nothing other than English was agreed     | permitted  | "Article 9(3)" and "Article 11(1)"                 |

  Rule: Article 2 — a crime is found only on a request the Agreement governs

    @art_1__para_2
    Scenario Outline: A request for legal assistance in criminal matters concerning <crime> gives no finding under Article 2
      Given the Czech Republic sends Kazakhstan a written request about legal assistance in criminal matters on 2 March 2026
      And the request concerns <crime>
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 1(2)"

      Examples:
        | crime                                       |
        | organised crime                             |
        | a crime not listed in Article 2             |

  Rule: Article 9(3) — information without request

    @art_9__para_3 @art_11__para_1
    Scenario: A Party informs the other of a case without being asked
      Given Kazakhstan informs the Czech Republic without request on 4 March 2026 of established facts that can help it suppress a crime
      When the act is assessed under the Agreement
      Then the information is permitted
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(3)" and "Article 11(1)"
      And the decision quotes "inform each other about individual cases without request"

  Rule: Article 13(1) — the competent authorities each Party named are the ones that cooperate under the Agreement

    # Reading (doubtful): Article 13(1) names the competent authorities "which will directly and promptly
    # cooperate"; a request from a body its Party did not name is not a request under the Agreement, so
    # the requested Party owes it no answer and no forwarding under Article 9(2), and its form is not
    # judged under Article 9(1) (art_13.request_from_undesignated_authority).
    @art_13__para_1 @art_4__intro @art_4__point_1 @art_9__para_1 @art_9__para_2
    Scenario Outline: A <form> request from a body not named as a competent authority is not governed by the Agreement
      Given the Czech Republic sends Kazakhstan a <form> request about the search for suspects on 2 March 2026
      And the case is <urgency>
      And the request comes from a body not named as a competent authority of the Czech Republic
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 4, introductory words", "Article 4, item 1" and "Article 13(1)"
      And the decision does not cite "Article 9(1)" and "Article 9(2)"
      And the decision quotes "which will directly and promptly cooperate within their competencies"

      Examples:
        | form       | urgency    |
        | written    | not urgent |
        | electronic | urgent     |
        | oral       | urgent     |

    @art_13__para_1 @art_3__intro @art_3__point_1 @art_9__para_2
    Scenario: A request from a body not named as a competent authority, reaching an authority not competent to handle it, need not be forwarded
      Given Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 2 March 2026
      And the request comes from a body not named as a competent authority of Kazakhstan
      And the request reaches an authority of the Czech Republic that is not competent to handle it
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 3, introductory words", "Article 3, item 1" and "Article 13(1)"
      And the decision does not cite "Article 9(2)"

    @art_13__para_1 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
    Scenario: A request from a competent authority its Party named is a request under the Agreement
      Given Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 2 March 2026
      And the request comes from a competent authority of Kazakhstan
      When the act is assessed under the Agreement
      Then the request is permitted
      And the Czech Republic must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 3, introductory words", "Article 3, item 1", "Article 9(1)" and "Article 9(2)"
      And the decision does not cite "Article 13(1)"

    @art_1__para_2 @art_13__para_1
    Scenario: A request for legal assistance in criminal matters from a body not named as a competent authority is outside the Agreement under Article 1(2)
      Given the Czech Republic sends Kazakhstan a written request about legal assistance in criminal matters on 2 March 2026
      And the request comes from a body not named as a competent authority of the Czech Republic
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 1(2)"
      And the decision does not cite "Article 13(1)"

    @art_18__para_1 @art_18__para_3 @art_13__para_1
    Scenario: A request from a body not named as a competent authority, made before entry into force, is outside the Agreement under Article 18
      Given Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 15 August 2018
      And the request comes from a body not named as a competent authority of Kazakhstan
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"
      And the decision does not cite "Article 13(1)"

    @art_17 @art_13__para_1
    Scenario: A request from a body not named as a competent authority, made while the Agreement is suspended, is outside it under Article 17
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 1 April 2026
      And the request comes from a body not named as a competent authority of Kazakhstan
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 17"
      And the decision does not cite "Article 13(1)"
