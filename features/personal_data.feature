Feature: Personal data and information exchanged under the Agreement
  Articles 10 and 11, and Article 6(3) for travel documents: what the receiving Party may do
  with personal data, which data may be sent at all, how long it is kept, what is recorded,
  and when information may be passed on to a third state or an international organisation.

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

  Rule: Article 10, item 1 — use only for the purposes of the Agreement and within the sender's conditions

    @art_10__point_1
    Scenario Outline: The receiving Party uses the data for <purpose>
      Given the Czech Republic used on 2 April 2026 personal data received from Kazakhstan for <purpose>
      When the act is assessed under the Agreement
      Then the use is permitted
      And no duty arises
      And the decision cites only "Article 10, item 1"
      And the decision quotes "may use personal data solely for the purpose of suppressing criminal activities, related procedures, and the protection of public order and security"

      Examples:
        | purpose                              |
        | suppressing criminal activities      |
        | related procedures                   |
        | protecting public order and security |

    @art_10__point_1
    Scenario: Asked in advance: a use for another purpose, the sender not having consented
      Given Kazakhstan asks whether it may use on 2 April 2026 personal data received from the Czech Republic for another purpose
      And the use respects the conditions set by the Czech Republic
      And the Czech Republic did not give its prior written consent
      When the act is assessed under the Agreement
      Then the use is permitted only with the written consent of the sending Party
      And no duty arises
      And the decision cites only "Article 10, item 1"
      And the decision makes no assumption
      And the decision takes nothing of the act as given
      And the decision quotes "only on the basis of the previously obtained written consent of the sending Contracting Party"
      And the decision does not rest on "art_10.use_for_agreed_purpose"

    @art_10__point_1
    Scenario: Asked in advance, with nothing said of consent: the decision says it takes the consent as not given
      Given Kazakhstan asks whether it may use on 2 April 2026 personal data received from the Czech Republic for another purpose
      When the act is assessed under the Agreement
      Then the use is permitted only with the written consent of the sending Party
      And no duty arises
      And the decision cites only "Article 10, item 1"
      And the decision takes as given "sender_consent" and "within_conditions"

    @art_10__point_1
    Scenario: A use for another purpose already made without the sender's previously obtained written consent
      Given Kazakhstan used on 2 April 2026 personal data received from the Czech Republic for another purpose
      And the use respects the conditions set by the Czech Republic
      And the Czech Republic did not give its prior written consent
      When the act is assessed under the Agreement
      Then the use is prohibited
      And no duty arises
      And the decision cites only "Article 10, item 1"
      And the decision makes no assumption
      And the decision takes nothing of the act as given
      And the decision does not rest on "art_10.use_for_other_purpose_without_consent"
      And the decision quotes "for other purposes such personal data may be applied only on the basis of the previously obtained written consent"

    @art_10__point_1
    Scenario: A written consent given after the use for another purpose does not make the use lawful
      Given the Czech Republic used on 2 April 2026 personal data received from Kazakhstan for another purpose
      And the use respects the conditions set by Kazakhstan
      And Kazakhstan gave its written consent only after the act was done
      When the act is assessed under the Agreement
      Then the use is prohibited
      And no duty arises
      And the decision cites only "Article 10, item 1"
      And the decision makes no assumption
      And the decision quotes "previously obtained written consent"

    @art_10__point_1
    Scenario: Asked in advance: a use for another purpose the sender has already consented to in writing
      Given the Czech Republic asks whether it may use on 2 April 2026 personal data received from Kazakhstan for another purpose
      And the use respects the conditions set by Kazakhstan
      And Kazakhstan gave its prior written consent
      When the act is assessed under the Agreement
      Then the use is permitted
      And no duty arises
      And the decision cites only "Article 10, item 1"
      And the decision assumes only "complies with the national laws of both States and the international treaties binding them"

    @art_10__point_1 @art_10__point_5 @art_10__point_6 @art_10__intro @art_10__point_4 @art_10__point_7 @art_11__para_1
    Scenario: The sender's own transfer for another purpose is its prior written consent to that purpose
      Given Kazakhstan transfers to the Czech Republic on 2 March 2026 personal data on identity for another purpose
      And the transfer is necessary
      And the volume of data transferred is appropriate to the purpose of its use
      And the destruction term informed is 2 March 2036
      And Kazakhstan has recorded the transfer
      When the act is assessed under the Agreement
      Then the transfer is permitted
      And the Czech Republic must observe the conditions set with no date fixed by the Agreement
      And the Czech Republic must destroy the data by 2 March 2036
      And the Czech Republic must record the destruction by 2 March 2036
      And the Czech Republic must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 1", "Article 10, item 4", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision takes as given "conditions"
      And the decision quotes "in accordance with the national laws of the states of the Contracting Parties and international treaties"

    @art_10__point_1
    Scenario: Use for another purpose with the sender's prior written consent
      Given Kazakhstan used on 2 April 2026 personal data received from the Czech Republic for another purpose
      And the use respects the conditions set by the Czech Republic
      And the Czech Republic gave its prior written consent
      When the act is assessed under the Agreement
      Then the use is permitted
      And no duty arises
      And the decision cites only "Article 10, item 1"
      And the decision assumes only "complies with the national laws of both States and the international treaties binding them"

    @art_10__point_1
    Scenario: Use that departs from the sender's conditions without its consent
      Given the Czech Republic used on 2 April 2026 personal data received from Kazakhstan for related procedures
      And the use departs from the conditions set by Kazakhstan
      And Kazakhstan did not give its prior written consent
      When the act is assessed under the Agreement
      Then the use is prohibited
      And no duty arises
      And the decision cites only "Article 10, item 1"
      And the decision makes no assumption
      And the decision does not rest on "art_10.use_outside_conditions_asked"
      And the decision quotes "subject to the conditions established by the sending Contracting Party"

    @art_10__point_1
    Scenario Outline: Asked in advance: a use for <purpose> that departs from the sender's conditions, the sender not having consented
      Given the Czech Republic asks whether it may use on 2 April 2026 personal data received from Kazakhstan for <purpose>
      And the use departs from the conditions set by Kazakhstan
      And Kazakhstan did not give its prior written consent
      When the act is assessed under the Agreement
      Then the use is permitted only with the written consent of the sending Party
      And no duty arises
      And the decision cites only "Article 10, item 1"
      And the decision quotes "subject to the conditions established by the sending Contracting Party"
      And the decision does not rest on "art_10.use_for_agreed_purpose"

      Examples:
        | purpose            |
        | related procedures |
        | another purpose    |

    @art_10__point_1
    Scenario: Asked in advance: a use that departs from the sender's conditions, which the sender has consented to in writing
      Given the Czech Republic asks whether it may use on 2 April 2026 personal data received from Kazakhstan for related procedures
      And the use departs from the conditions set by Kazakhstan
      And Kazakhstan gave its prior written consent
      When the act is assessed under the Agreement
      Then the use is permitted
      And no duty arises
      And the decision cites only "Article 10, item 1"
      And the decision assumes only "consent covers the departure from its own conditions"

    @art_10__point_1
    Scenario: Use that departs from the sender's conditions with its prior written consent
      Given the Czech Republic used on 2 April 2026 personal data received from Kazakhstan for related procedures
      And the use departs from the conditions set by Kazakhstan
      And Kazakhstan gave its prior written consent
      When the act is assessed under the Agreement
      Then the use is permitted
      And no duty arises
      And the decision cites only "Article 10, item 1"
      And the decision assumes only "consent covers the departure from its own conditions"

    @art_10__point_1
    Scenario: Use for another purpose that also departs from the conditions, without consent
      Given the Czech Republic used on 2 April 2026 personal data received from Kazakhstan for another purpose
      And the use departs from the conditions set by Kazakhstan
      When the act is assessed under the Agreement
      Then the use is prohibited
      And no duty arises
      And the decision cites only "Article 10, item 1"
      And the decision takes as given "sender_consent"

    @art_10__point_1 @art_10__point_5 @art_10__point_6 @art_10__point_7 @art_10__intro @art_10__point_4 @art_11__para_1
    Scenario: Conditions set by the sending Party bind the receiving Party
      Given Kazakhstan transfers to the Czech Republic on 2 March 2026 personal data on identity and photographs for suppressing criminal activities
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2026"
      And the destruction term informed is 2 March 2036
      When the act is assessed under the Agreement
      Then the transfer is permitted
      And the Czech Republic must observe the conditions set with no date fixed by the Agreement
      And the Czech Republic must destroy the data by 2 March 2036
      And the Czech Republic must record the destruction by 2 March 2036
      And the Czech Republic must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 1", "Article 10, item 4", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"

    @art_10__intro @art_10__point_4 @art_10__point_5 @art_10__point_6 @art_10__point_7 @art_11__para_1
    Scenario: Personal data sent in the framework of the cooperation is protected by the conditions of Article 10
      Given the Czech Republic transfers to Kazakhstan on 5 May 2026 personal data on identity for related procedures
      And the destruction term informed is 5 May 2031
      When the act is assessed under the Agreement
      Then the transfer is permitted
      And Kazakhstan must destroy the data by 5 May 2031
      And Kazakhstan must record the destruction by 5 May 2031
      And Kazakhstan must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 4", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision quotes "mutually transferred in the framework of cooperation of the Contracting Parties"

  Rule: Article 10, item 2 — special categories of data only when necessary

    @art_10__point_2
    Scenario Outline: Data on <category> sent although not necessary
      Given Kazakhstan transfers to the Czech Republic on 2 March 2026 personal data on identity and <category> for suppressing criminal activities
      And the transfer is not necessary
      And the destruction term informed is 2 March 2036
      When the act is assessed under the Agreement
      Then the transfer is prohibited
      And Kazakhstan must inform the other Party immediately
      And the Czech Republic must destroy the data with no date fixed by the Agreement
      And the Czech Republic must record the destruction with no date fixed by the Agreement
      And the Czech Republic must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the verdict rests on "Article 10, item 2" and "Article 10, item 4"
      And the duty of the Czech Republic to record the destruction with no date fixed by the Agreement rests on "Article 10, item 6"
      And the decision cites only "Article 10, introductory words", "Article 10, item 2", "Article 10, item 4", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision quotes "can be transmitted only when necessary"
      And the decision does not rest on "art_10.special_category_necessary"

      @art_10__intro @art_10__point_4 @art_10__point_6 @art_10__point_7 @art_11__para_1
      Examples:
        | category              |
        | national origin       |
        | racial origin         |
        | ethnic origin         |
        | political views       |
        | religious beliefs     |
        | philosophical beliefs |
        | criminal convictions  |
        | state of health       |
        | sexual life           |

    @art_10__point_2 @art_10__point_5 @art_10__point_6 @art_10__point_7
    Scenario Outline: Data on <category> sent because it is necessary
      Given the Czech Republic transfers to Kazakhstan on 2 March 2026 personal data on <category> for related procedures
      And the transfer is necessary
      And the destruction term informed is 2 March 2036
      When the act is assessed under the Agreement
      Then the transfer is permitted
      And Kazakhstan must destroy the data by 2 March 2036
      And Kazakhstan must record the destruction by 2 March 2036
      And Kazakhstan must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 2", "Article 10, item 4", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"

      @art_10__intro @art_10__point_4 @art_11__para_1
      Examples:
        | category             |
        | criminal convictions |
        | state of health      |
        | ethnic origin        |

  Rule: Article 10, item 4 — data sent only in case of need, in a volume appropriate to its purpose, and defects reported

    @art_10__point_4 @art_10__intro @art_10__point_6 @art_10__point_7 @art_11__para_1
    Scenario: Ordinary personal data sent although not needed
      Given Kazakhstan transfers to the Czech Republic on 2 March 2026 personal data on identity and whereabouts for suppressing criminal activities
      And the transfer is not necessary
      And the destruction term informed is 2 March 2036
      When the act is assessed under the Agreement
      Then the transfer is prohibited
      And Kazakhstan must inform the other Party immediately
      And the Czech Republic must destroy the data with no date fixed by the Agreement
      And the Czech Republic must record the destruction with no date fixed by the Agreement
      And the Czech Republic must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 4", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the verdict rests on "Article 10, item 4"
      And the duty of the Czech Republic to record the destruction with no date fixed by the Agreement rests on "Article 10, item 6"
      And the decision quotes "personal data is transmitted in case of need"

    @art_10__point_4 @art_10__point_5
    Scenario Outline: A transfer that is not needed, without a destruction term (<case>): the data is to be destroyed, no term is owed
      Given the Czech Republic transfers to Kazakhstan on 2 March 2026 personal data on identity and whereabouts for related procedures
      And the transfer <necessary> necessary
      And the volume of data transferred <volume> appropriate to the purpose of its use
      And no destruction term is informed
      When the act is assessed under the Agreement
      Then the transfer is prohibited
      And the Czech Republic must inform the other Party immediately
      And Kazakhstan must destroy the data with no date fixed by the Agreement
      And Kazakhstan must record the destruction with no date fixed by the Agreement
      And Kazakhstan must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 4", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision does not cite "Article 10, item 5"
      And the decision quotes "destroy the personal data that shall not be transferred"

      @art_10__intro @art_10__point_6 @art_10__point_7 @art_11__para_1
      Examples:
        | case                                        | necessary | volume |
        | not needed                                  | is not    | is     |
        | neither needed nor of an appropriate volume | is not    | is not |

    @art_10__point_4 @art_10__intro @art_10__point_5 @art_10__point_6 @art_10__point_7 @art_11__para_1
    Scenario: A volume of data out of proportion to its purpose
      Given Kazakhstan transfers to the Czech Republic on 2 March 2026 personal data on identity, finances and contact details for suppressing criminal activities
      And the volume of data transferred is not appropriate to the purpose of its use
      And the destruction term informed is 2 March 2036
      When the act is assessed under the Agreement
      Then the transfer is prohibited
      And Kazakhstan must inform the other Party immediately
      And the Czech Republic must destroy the data with no date fixed by the Agreement
      And the Czech Republic must record the destruction with no date fixed by the Agreement
      And the Czech Republic must destroy the data by 2 March 2036
      And the Czech Republic must record the destruction by 2 March 2036
      And the Czech Republic must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 4", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the verdict rests on "Article 10, item 4"
      And the duty of the Czech Republic to record the destruction with no date fixed by the Agreement rests on "Article 10, item 6"
      And the decision quotes "volume appropriate to the purpose of their use"

    @art_10__point_4 @art_10__point_5 @art_10__intro @art_10__point_6 @art_10__point_7 @art_11__para_1
    Scenario: A needed transfer of too large a volume without a destruction term: the excess goes, the term is owed for the rest
      Given the Czech Republic transfers to Kazakhstan on 2 March 2026 personal data on identity and whereabouts for related procedures
      And the volume of data transferred is not appropriate to the purpose of its use
      And no destruction term is informed
      When the act is assessed under the Agreement
      Then the transfer is prohibited
      And the Czech Republic must inform the other Party immediately
      And Kazakhstan must destroy the data with no date fixed by the Agreement
      And Kazakhstan must record the destruction with no date fixed by the Agreement
      And the Czech Republic must inform the other Party of the destruction term by 2 March 2026
      And Kazakhstan must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 4", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision quotes "shall inform the term for its destruction"

    @art_10__point_4
    Scenario: The sender learns that data it sent was unreliable
      Given Kazakhstan learns on 10 April 2026 that personal data it transferred to the Czech Republic was unreliable
      When the act is assessed under the Agreement
      Then keeping the data once corrected is permitted
      And Kazakhstan must inform the other Party immediately
      And the Czech Republic must correct the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, item 4"
      And the decision quotes "the receiving Contracting Party should be informed immediately"

    @art_10__point_4 @art_10__point_6
    Scenario: The sender learns that data it sent could not be transferred
      Given the Czech Republic learns on 10 April 2026 that personal data it transferred to Kazakhstan could not be transferred
      When the act is assessed under the Agreement
      Then keeping the data is prohibited
      And the Czech Republic must inform the other Party immediately
      And Kazakhstan must destroy the data with no date fixed by the Agreement
      And Kazakhstan must record the destruction with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, item 4" and "Article 10, item 6"
      And the decision quotes "destroy the personal data that shall not be transferred"
      And the decision quotes "keep records of the transfer, reception and destruction of personal data"

  Rule: Article 10, item 5 — destruction at the term informed, or as soon as the data is no longer necessary

    @art_10__point_5 @art_10__point_6 @art_10__point_7 @art_11__para_1 @art_10__intro @art_10__point_4
    Scenario: The sender informs the destruction term with the transfer
      Given Kazakhstan transfers to the Czech Republic on 2 March 2026 personal data on identity and travel documents for suppressing criminal activities
      And the destruction term informed is 2 March 2036
      When the act is assessed under the Agreement
      Then the transfer is permitted
      And the Czech Republic must destroy the data by 2 March 2036
      And the Czech Republic must record the destruction by 2 March 2036
      And the Czech Republic must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 4", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the duty of the Czech Republic to record the destruction by 2 March 2036 rests on "Article 10, item 6"
      And the duty of the Czech Republic to keep records of the data exchanged with no date fixed by the Agreement rests on "Article 10, item 6"
      And the decision quotes "shall inform the term for its destruction"

    @art_10__point_5 @art_10__point_6
    Scenario Outline: A destruction term of <term>, already reached on the day of the transfer: the data is destroyed at once and the destruction recorded
      Given Kazakhstan transfers to the Czech Republic on 2 March 2026 personal data on identity for related procedures
      And the transfer is necessary
      And the volume of data transferred is appropriate to the purpose of its use
      And the destruction term informed is <term>
      And Kazakhstan has recorded the transfer
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2026"
      When the act is assessed under the Agreement
      Then the transfer is permitted
      And the Czech Republic must observe the conditions set with no date fixed by the Agreement
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And the Czech Republic must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 1", "Article 10, item 4", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision makes no assumption
      And the duty of the Czech Republic to record the destruction immediately rests on "Article 10, item 6"
      And the decision quotes "the reasons for the destruction"

      @art_10__intro @art_10__point_1 @art_10__point_4 @art_10__point_7 @art_11__para_1
      Examples:
        | term           |
        | 2 March 2026   |
        | 1 March 2026   |
        | 1 January 2020 |

    @art_10__point_4 @art_10__point_5 @art_10__point_6 @art_10__intro @art_10__point_1 @art_10__point_7 @art_11__para_1
    Scenario: A transfer that is not needed, with a destruction term already past: destroyed as data that should not have been transferred
      Given Kazakhstan transfers to the Czech Republic on 2 March 2026 personal data on identity for related procedures
      And the transfer is not necessary
      And the volume of data transferred is appropriate to the purpose of its use
      And the destruction term informed is 1 March 2026
      And Kazakhstan has recorded the transfer
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2026"
      When the act is assessed under the Agreement
      Then the transfer is prohibited
      And Kazakhstan must inform the other Party immediately
      And the Czech Republic must destroy the data with no date fixed by the Agreement
      And the Czech Republic must record the destruction with no date fixed by the Agreement
      And the Czech Republic must observe the conditions set with no date fixed by the Agreement
      And the Czech Republic must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 1", "Article 10, item 4", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision does not cite "Article 10, item 5"
      And the decision makes no assumption

    @art_10__point_5 @art_10__point_6 @art_10__intro @art_10__point_4 @art_10__point_7 @art_11__para_1
    Scenario: A destruction term the day after the transfer: the data is destroyed at that term, and the destruction recorded
      Given Kazakhstan transfers to the Czech Republic on 2 March 2026 personal data on identity for related procedures
      And the transfer is necessary
      And the volume of data transferred is appropriate to the purpose of its use
      And the destruction term informed is 3 March 2026
      And Kazakhstan has recorded the transfer
      When the act is assessed under the Agreement
      Then the transfer is permitted
      And the Czech Republic must destroy the data by 3 March 2026
      And the Czech Republic must record the destruction by 3 March 2026
      And the Czech Republic must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 4", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision takes as given "conditions"

    @art_10__point_4 @art_10__point_6 @art_10__intro @art_10__point_5 @art_10__point_7 @art_11__para_1
    Scenario: A transfer that says nothing of its need, its volume, its record or any condition: the decision says what it takes as given
      Given Kazakhstan transfers to the Czech Republic on 2 March 2026 personal data on identity for protecting public order and security
      And the destruction term informed is 2 March 2036
      When the act is assessed under the Agreement
      Then the transfer is permitted
      And the Czech Republic must destroy the data by 2 March 2036
      And the Czech Republic must record the destruction by 2 March 2036
      And the Czech Republic must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 4", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision takes as given "necessary", "proportionate", "recorded" and "conditions"

    @art_10__point_5 @art_10__intro @art_10__point_4 @art_10__point_6 @art_10__point_7 @art_11__para_1
    Scenario: The sender does not inform any destruction term
      Given Kazakhstan transfers to the Czech Republic on 2 March 2026 personal data on identity for protecting public order and security
      And no destruction term is informed
      When the act is assessed under the Agreement
      Then the transfer is permitted
      And Kazakhstan must inform the other Party of the destruction term by 2 March 2026
      And the Czech Republic must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 4", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision quotes "in the process of transferring personal data to the other Contracting Party shall inform the term for its destruction"

    @art_10__point_5 @art_10__point_6
    Scenario: Review on the day before the destruction term: the data may still be kept
      Given the Czech Republic reviews on 28 February 2029 whether it may keep personal data received from Kazakhstan
      And the destruction term informed is 1 March 2029
      And the data is still necessary
      When the act is assessed under the Agreement
      Then keeping the data is permitted
      And the Czech Republic must destroy the data by 1 March 2029
      And the Czech Republic must record the destruction by 1 March 2029
      And no other duty arises
      And the decision cites only "Article 10, item 5" and "Article 10, item 6"

    @art_10__point_5
    Scenario Outline: Review on <day>: the term has come and the data must go
      Given the Czech Republic reviews on <day> whether it may keep personal data received from Kazakhstan
      And the destruction term informed is 1 March 2029
      And the data is still necessary
      When the act is assessed under the Agreement
      Then keeping the data is prohibited
      And the Czech Republic must destroy the data immediately, the due date being 1 March 2029
      And the Czech Republic must record the destruction immediately, the due date being 1 March 2029
      And no other duty arises
      And the decision cites only "Article 10, item 5" and "Article 10, item 6"
      And the decision does not rest on "art_10.keep_without_known_term"

      @art_10__point_6
      Examples:
        | day          |
        | 1 March 2029 |
        | 2 March 2029 |

    @art_10__point_5
    Scenario Outline: Data no longer necessary on <day> is destroyed at once, before its term of 1 March 2029
      Given Kazakhstan reviews on <day> whether it may keep personal data received from the Czech Republic
      And the destruction term informed is 1 March 2029
      And the data is no longer necessary
      When the act is assessed under the Agreement
      Then keeping the data is prohibited
      And Kazakhstan must destroy the data immediately
      And Kazakhstan must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 5" and "Article 10, item 6"
      And the decision quotes "shall be destroyed, not taking into account the above period, as soon as it is no longer necessary"

      @art_10__point_6
      Examples:
        | day              |
        | 5 May 2027       |
        | 28 February 2029 |

    @art_10__point_5 @art_10__point_6
    Scenario: Data no longer necessary on the day of its destruction term is destroyed that day
      Given Kazakhstan reviews on 1 March 2029 whether it may keep personal data received from the Czech Republic
      And the destruction term informed is 1 March 2029
      And the data is no longer necessary
      When the act is assessed under the Agreement
      Then keeping the data is prohibited
      And Kazakhstan must destroy the data immediately, the due date being 1 March 2029
      And Kazakhstan must record the destruction immediately, the due date being 1 March 2029
      And no other duty arises
      And the decision cites only "Article 10, item 5" and "Article 10, item 6"

    @art_10__point_5
    Scenario: Data received without a destruction term and still necessary may be kept
      Given Kazakhstan reviews on 5 May 2027 whether it may keep personal data received from the Czech Republic
      And no destruction term is informed
      And the data is still necessary
      When the act is assessed under the Agreement
      Then keeping the data is permitted
      And no duty arises
      And the decision cites only "Article 10, item 5"

    @art_10__point_5 @art_10__point_6
    Scenario: Data received without a term and no longer necessary must be destroyed at once
      Given the Czech Republic reviews on 5 May 2027 whether it may keep personal data received from Kazakhstan
      And no destruction term is informed
      And the data is no longer necessary
      When the act is assessed under the Agreement
      Then keeping the data is prohibited
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 5" and "Article 10, item 6"
      And the decision does not rest on "art_10.keep_without_known_term"

  Rule: Article 10, item 7 — the data transmitted is protected from accidental or unauthorised access, loss, alteration, transmission or publication

    # Reading (doubtful): item 7 is a duty of the Parties, not a condition of keeping the data. A breach
    # obliges the holder to restore the protection at once; it neither makes keeping the data unlawful
    # nor obliges its destruction (item 5 decides that), and the Agreement requires no notice of it to
    # the sending Party: to be agreed under Article 14 (art_10.protection_breached).
    @art_10__point_7 @art_10__point_5 @art_10__point_6
    Scenario: Data still necessary, found not protected from unauthorised access: the protection is restored at once, the data may be kept
      Given the Czech Republic reviews on 28 February 2029 whether it may keep personal data received from Kazakhstan
      And the destruction term informed is 1 March 2029
      And the data is still necessary
      And the data was not kept protected from accidental or unauthorised access, loss, alteration, transmission or publication
      When the act is assessed under the Agreement
      Then keeping the data is permitted
      And the Czech Republic must protect the data immediately
      And the Czech Republic must destroy the data by 1 March 2029
      And the Czech Republic must record the destruction by 1 March 2029
      And no other duty arises
      And the decision cites only "Article 10, item 5", "Article 10, item 6" and "Article 10, item 7"
      And the decision quotes "from accidental or unauthorized access"

    @art_10__point_7 @art_10__point_5 @art_10__point_6
    Scenario: Data no longer necessary, found not protected: destroyed at once, and protected until it is
      Given the Czech Republic reviews on 5 May 2027 whether it may keep personal data received from Kazakhstan
      And no destruction term is informed
      And the data is no longer necessary
      And the data was not kept protected from accidental or unauthorised access, loss, alteration, transmission or publication
      When the act is assessed under the Agreement
      Then keeping the data is prohibited
      And the Czech Republic must protect the data immediately
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 5", "Article 10, item 6" and "Article 10, item 7"

    @art_10__point_5 @art_10__point_7
    Scenario: Data kept protected: no duty arises from Article 10, item 7 on the review
      Given the Czech Republic reviews on 5 May 2027 whether it may keep personal data received from Kazakhstan
      And no destruction term is informed
      And the data is still necessary
      And the data was kept protected from accidental or unauthorised access, loss, alteration, transmission or publication
      When the act is assessed under the Agreement
      Then keeping the data is permitted
      And no duty arises
      And the decision cites only "Article 10, item 5"
      And the decision does not cite "Article 10, item 7"

    @art_10__point_7 @art_10__point_5 @art_17 @art_10__intro
    Scenario: During a suspension, data found not protected is still to be protected at once
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the Czech Republic reviews on 5 May 2027 whether it may keep personal data received from Kazakhstan
      And no destruction term is informed
      And the data is still necessary
      And the data was not kept protected from accidental or unauthorised access, loss, alteration, transmission or publication
      When the act is assessed under the Agreement
      Then keeping the data is permitted
      And the Czech Republic must protect the data immediately
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 5", "Article 10, item 7" and "Article 17"

    # Reading: once the Agreement has ceased to have effect, all personal data obtained on its basis must
    # be destroyed at once (Article 10, item 5; art_18.terminated_data_must_be_destroyed); the duty of
    # item 7 ends with the Agreement, and a breach found afterwards adds no duty of its own.
    @art_10__point_5 @art_10__point_6 @art_18__para_2 @art_10__point_7
    Scenario: After the Agreement ceased to have effect, data found not protected is to be destroyed at once
      Given a written notice of termination was received on 1 March 2026
      And the Czech Republic reviews on 5 October 2026 whether it may keep personal data received from Kazakhstan
      And no destruction term is informed
      And the data is still necessary
      And the data was not kept protected from accidental or unauthorised access, loss, alteration, transmission or publication
      When the act is assessed under the Agreement
      Then keeping the data is prohibited
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 5", "Article 10, item 6" and "Article 18(2)"
      And the decision does not cite "Article 10, item 7"

  Rule: Article 10, item 3 — reports on the use of the data, on the sender's request

    @art_10__point_3
    Scenario: The sender asks how its data was used
      Given Kazakhstan asks the Czech Republic on 20 January 2027 how the personal data it transferred was used
      When the act is assessed under the Agreement
      Then the request for a report is permitted
      And the Czech Republic must report on the use of the data and its results with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, item 3"
      And the decision quotes "provide information on the use of the transferred personal data, as well as the results achieved in their use"

  Rule: Article 10, item 6 — records of transfer, reception and destruction

    @art_10__point_6 @art_10__intro @art_10__point_4 @art_10__point_5 @art_10__point_7 @art_11__para_1
    Scenario: A transfer the sender did not record
      Given the Czech Republic transfers to Kazakhstan on 2 March 2026 personal data on identity for suppressing criminal activities
      And the destruction term informed is 2 March 2036
      And the Czech Republic has not recorded the transfer
      When the act is assessed under the Agreement
      Then the transfer is permitted
      And the Czech Republic must keep records of the data exchanged immediately
      And Kazakhstan must keep records of the data exchanged with no date fixed by the Agreement
      And Kazakhstan must destroy the data by 2 March 2036
      And Kazakhstan must record the destruction by 2 March 2036
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 4", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision quotes "keep records of the transfer, reception and destruction of personal data"

  Rule: Article 11(2) — passing information on to third states and international organisations needs the sender's written consent

    @art_11__para_2
    Scenario Outline: Asked in advance: information to be passed on to <recipient>, the sender not having consented
      Given the Czech Republic asks whether it may submit information received from Kazakhstan to <recipient> on 1 July 2026
      And Kazakhstan did not give its written consent
      When the act is assessed under the Agreement
      Then the submission is permitted only with the written consent of the sending Party
      And no duty arises
      And the decision cites only "Article 11(2)"
      And the decision makes no assumption
      And the decision takes nothing of the act as given
      And the decision quotes "only with the written consent of the sending Contracting Party"
      And the decision does not rest on "art_11.onward_transfer_with_consent"

      Examples:
        | recipient                     |
        | a third state                 |
        | an international organisation |
        | Interpol                      |

    @art_11__para_2
    Scenario Outline: Information already passed on to <recipient> without the sender's written consent
      Given the Czech Republic submitted information received from Kazakhstan to <recipient> on 1 July 2026
      And Kazakhstan did not give its written consent
      When the act is assessed under the Agreement
      Then the submission is prohibited
      And no duty arises
      And the decision cites only "Article 11(2)"
      And the decision makes no assumption
      And the decision quotes "is possible only with the written consent of the sending Contracting Party"
      And the decision does not rest on "art_11.onward_transfer_without_consent"

      Examples:
        | recipient                     |
        | a third state                 |
        | an international organisation |

    @art_11__para_2
    Scenario: A written consent given after information was passed on to a third state does not make the submission lawful
      Given Kazakhstan submitted information received from the Czech Republic to a third state on 1 July 2026
      And the Czech Republic gave its written consent only after the act was done
      When the act is assessed under the Agreement
      Then the submission is prohibited
      And no duty arises
      And the decision cites only "Article 11(2)"

    @art_11__para_2
    Scenario: Information already passed on, with nothing said of consent: the decision takes it as not given
      Given Kazakhstan submitted information received from the Czech Republic to Interpol on 1 July 2026
      When the act is assessed under the Agreement
      Then the submission is prohibited
      And no duty arises
      And the decision cites only "Article 11(2)"
      And the decision takes as given "sender_consent"

    @art_11__para_2
    Scenario: Asked in advance: information to be passed on to a third state with the sender's written consent
      Given Kazakhstan asks whether it may submit information received from the Czech Republic to a third state on 1 July 2026
      And the Czech Republic gave its written consent
      When the act is assessed under the Agreement
      Then the submission is permitted
      And no duty arises
      And the decision cites only "Article 11(2)"
      And the decision makes no assumption

    @art_11__para_2
    Scenario Outline: Information passed on to <recipient> with the sender's written consent
      Given Kazakhstan submitted information received from the Czech Republic to <recipient> on 1 July 2026
      And the Czech Republic gave its written consent
      When the act is assessed under the Agreement
      Then the submission is permitted
      And no duty arises
      And the decision cites only "Article 11(2)"

      Examples:
        | recipient                     |
        | a third state                 |
        | an international organisation |

  Rule: Articles 10 and 11(1) — what is received in an answer, without request or in a notice on travel documents is protected; personal data in it falls under Article 10

    @art_11__para_1 @art_9__para_2
    Scenario: An answer that fulfils the request hands information over: the requesting Party protects it
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by fulfilling it
      And it relies on no ground of Article 9(4)
      And the answer does not include personal data
      When the act is assessed under the Agreement
      Then the answer is permitted
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(2)" and "Article 11(1)"
      And the decision takes as given "conditions" and "language"
      And the decision quotes "provide the necessary protection for information, documents and other materials transmitted to each other in the framework of cooperation"

    @art_9__para_4 @art_9__para_5 @art_11__para_1
    Scenario: A full refusal hands nothing over: nothing is to be protected under Article 11(1)
      Given the Czech Republic answers on 9 March 2026 the request of Kazakhstan by refusing it
      And it relies on a threat to its sovereignty
      And the answer does not include personal data
      When the act is assessed under the Agreement
      Then the refusal is permitted
      And the Czech Republic must inform the other Party of the refusal in writing immediately
      And no other duty arises
      And the decision cites only "Article 9(4)" and "Article 9(5)"
      And the decision does not cite "Article 11(1)"

    @art_10__intro @art_10__point_5 @art_10__point_6 @art_10__point_7 @art_11__para_1 @art_9__para_2
    Scenario: An answer that includes personal data: the sender informs the destruction term, both record and protect the data
      Given Kazakhstan answers on 9 March 2026 the request of the Czech Republic by fulfilling it
      And the answer includes personal data
      When the act is assessed under the Agreement
      Then the answer is permitted
      And Kazakhstan must inform the other Party of the destruction term by 9 March 2026
      And both Parties must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(2)", "Article 10, introductory words", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision quotes "mutually transferred in the framework of cooperation of the Contracting Parties"

    @art_10__intro @art_10__point_5 @art_10__point_6 @art_10__point_7 @art_11__para_1 @art_9__para_3
    Scenario: Information given without request that includes personal data
      Given Kazakhstan informs the Czech Republic without request on 4 March 2026 of established facts that can help it suppress a crime
      And the information includes personal data
      And the information is in English
      When the act is assessed under the Agreement
      Then the information is permitted
      And Kazakhstan must inform the other Party of the destruction term by 4 March 2026
      And both Parties must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(3)", "Article 10, introductory words", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision makes no assumption

    @art_9__para_3 @art_11__para_1
    Scenario: Information given without request, with nothing said of personal data: the decision takes it as including none
      Given the Czech Republic informs Kazakhstan without request on 4 March 2026 of established facts that can help it suppress a crime
      When the act is assessed under the Agreement
      Then the information is permitted
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(3)" and "Article 11(1)"
      And the decision takes as given "contains_personal_data" and "language"

    # Reading (settled for personal data; doubtful beyond it): conditions the sender sets on personal data
    # it gives without request bind the receiver, as Article 10, item 1 makes every use of personal data
    # "subject to the conditions established by the sending Contracting Party"
    # (art_10.conditions_bind_receiver_of_information).
    @art_10__intro @art_10__point_1 @art_10__point_5 @art_10__point_6 @art_10__point_7 @art_11__para_1 @art_9__para_3
    Scenario: Information given without request that includes personal data, on conditions set by the sender
      Given Kazakhstan informs the Czech Republic without request on 4 March 2026 of established facts that can help it suppress a crime
      And the information includes personal data
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2026"
      And the information is in English
      When the act is assessed under the Agreement
      Then the information is permitted
      And the Czech Republic must observe the conditions set with no date fixed by the Agreement
      And Kazakhstan must inform the other Party of the destruction term by 4 March 2026
      And both Parties must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(3)", "Article 10, introductory words", "Article 10, item 1", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision quotes "subject to the conditions established by the sending Contracting Party"

    # Reading (doubtful; to be raised under Article 14): Article 9(4) makes binding only conditions "for
    # satisfying the request", and information given without request answers none; conditions on
    # information without personal data are given no binding force by the Agreement.
    @art_9__para_3 @art_11__para_1 @art_9__para_4 @art_10__point_1
    Scenario: Information given without request, without personal data, on conditions set by the sender: the Agreement does not make them binding
      Given Kazakhstan informs the Czech Republic without request on 4 March 2026 of established facts that can help it suppress a crime
      And the information does not include personal data
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2026"
      And the information is in English
      When the act is assessed under the Agreement
      Then the information is permitted
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(3)" and "Article 11(1)"
      And the decision does not cite "Article 9(4)" and "Article 10, item 1"

    # The data handed over during a suspension is to be destroyed at once
    # (art_17.personal_data_in_acts_during_suspension): the sender's conditions on its use bind nothing.
    @art_17 @art_10__point_4 @art_10__point_6 @art_10__point_7 @art_9__para_3 @art_10__point_1
    Scenario: Information with personal data on conditions, given without request while the Agreement is suspended: the data is destroyed, not used on conditions
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan informs the Czech Republic without request on 1 April 2026 of established facts that can help it suppress a crime
      And the information includes personal data
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2026"
      When the act is assessed under the Agreement
      Then the information is not governed by the Agreement
      And the Czech Republic must protect the data with no date fixed by the Agreement
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 4", "Article 10, item 6", "Article 10, item 7" and "Article 17"
      And the decision does not cite "Article 9(3)" and "Article 10, item 1"

    @art_18__para_1 @art_18__para_3 @art_10__point_1
    Scenario: Information with personal data on conditions, given without request before entry into force, is outside the Agreement
      Given Kazakhstan informs the Czech Republic without request on 15 August 2018 of established facts that can help it suppress a crime
      And the information includes personal data
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2018"
      When the act is assessed under the Agreement
      Then the information is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"
      And the decision does not cite "Article 10, item 1"

    @art_10__intro @art_10__point_5 @art_10__point_6 @art_10__point_7 @art_11__para_1 @art_6__para_1 @art_6__para_2 @art_6__para_3
    Scenario: A notice of a stolen passport that includes the holder's personal data
      Given the Czech Republic informs Kazakhstan on 4 March 2026 directly of a stolen passport numbered 45123987
      And the notice includes personal data
      And the notice is in English
      When the act is assessed under the Agreement
      Then the notice is permitted
      And the Czech Republic must inform the other Party of the destruction term by 4 March 2026
      And both Parties must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 6(1)", "Article 6(2)", "Article 6(3)", "Article 10, introductory words", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision makes no assumption

    @art_6__para_1 @art_6__para_2 @art_6__para_3 @art_11__para_1
    Scenario: A notice of a stolen passport that includes no personal data
      Given Kazakhstan informs the Czech Republic on 4 March 2026 directly of a stolen passport numbered N0451239
      And the notice does not include personal data
      And the notice is in English
      When the act is assessed under the Agreement
      Then the notice is permitted
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 6(1)", "Article 6(2)", "Article 6(3)" and "Article 11(1)"
      And the decision makes no assumption

  Rule: Article 6(3) before Article 11(2) — lost and stolen travel documents go through the Interpol database without consent

    @art_6__para_1 @art_6__para_2 @art_6__para_3 @art_11__para_1
    Scenario: A Party reports its own stolen passport through the Interpol information database
      Given the Czech Republic informs Kazakhstan on 3 March 2026 through the Interpol information database of a stolen passport numbered 45123987
      When the act is assessed under the Agreement
      Then the notice is permitted
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 6(1)", "Article 6(2)", "Article 6(3)" and "Article 11(1)"
      And the decision quotes "or through the Interpol information database"

    # Reading (doubtful; to be raised under Article 14): Article 6(3) lets the Party that reports its own
    # lost or stolen documents use the Interpol information database. A Party that received a notice
    # directly and then wants to enter it in that database submits information received under the
    # Agreement to an international organisation: Article 11(2) requires the sender's written consent.
    @art_11__para_2 @art_6__para_3
    Scenario: A notice received directly, which the receiving Party asks to enter in the Interpol information database
      Given Kazakhstan asks whether it may submit information received from the Czech Republic to Interpol on 1 July 2026
      When the act is assessed under the Agreement
      Then the submission is permitted only with the written consent of the sending Party
      And no duty arises
      And the decision cites only "Article 11(2)"
      And the decision does not cite "Article 6(3)"
