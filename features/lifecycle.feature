Feature: The Agreement's own life — signature, entry into force, suspension and termination
  Articles 13(1), 13(2), 17 and 18 and the final clause: from which day the Agreement governs
  the acts of the competent authorities, when a suspension or its lifting takes effect, and
  when the Agreement ceases to have effect and what becomes of the personal data then.

  How to read these scenarios (the full legend is docs/legend.md): each scenario judges one act
  on one day under this Agreement alone. "Permitted" means properly made or lawful under the
  Agreement (a request properly made, not granted); "prohibited", not meeting a condition of the
  Agreement (a cost claim unfounded); "not governed by the Agreement", outside it, which says
  nothing of national law or other treaties. "No duty arises" means no duty under this
  Agreement; "with no date fixed by the Agreement", a duty with no deadline in the Agreement.
  Unless a scenario says otherwise, communications are in English and nothing else was agreed,
  a case is not urgent, a transfer is necessary and within the sender's conditions. A scenario
  that passed means the software gave what it states, not that the statement is right in law.

  Rule: Article 18(1) — entry into force on the first day of the second month after the last notification

    @art_18__para_1
    Scenario Outline: Notifications received on <first> and on <last>
      Given the notifications of internal procedures were received on <first> and on <last>
      When the Agreement's own life is assessed
      Then the Agreement enters into force on <in force>

      Examples:
        | first           | last             | in force         |
        | 14 June 2018    | 20 July 2018     | 1 September 2018 |
        | 20 July 2018    | 14 June 2018     | 1 September 2018 |
        | 1 July 2018     | 1 November 2018  | 1 January 2019   |
        | 3 December 2018 | 31 December 2018 | 1 February 2019  |

    @art_18__para_1 @art_18__para_3
    Scenario: A request on the last day before entry into force
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And the Czech Republic sends Kazakhstan a written request about the search for suspects on 31 August 2018
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"
      And the decision quotes "enters into force on the first day of the second month following the date of the receipt"

    @art_18__para_1 @art_9__para_1 @art_4__intro @art_4__point_1 @art_9__para_2
    Scenario: A request on the day of entry into force
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And the Czech Republic sends Kazakhstan a written request about the search for suspects on 1 September 2018
      When the act is assessed under the Agreement
      Then the request is permitted
      And Kazakhstan must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 4, introductory words", "Article 4, item 1", "Article 9(1)" and "Article 9(2)"
      And the decision does not cite "Article 18(1)"

    @art_18__para_1 @art_18__para_3
    Scenario: Only one Party has notified its internal procedures
      Given only one notification of internal procedures was received, on 20 July 2018
      And Kazakhstan sends the Czech Republic a written request about the search for suspects on 2 March 2026
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"

    @art_18__para_1 @art_18__para_3
    Scenario: Until entry into force the 1998 agreement, not this one, governs cooperation
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 15 August 2018
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"
      And the decision quotes "signed on April 9, 1998, ceases to have effect"

    # Reading (doubtful; to be raised under Article 14): a request made under the 1998 agreement before
    # this one entered into force, and answered after, is not governed by this Agreement: Article 18(3)
    # ends the 1998 agreement and no provision carries pending requests over, so the answer is judged
    # by the day its request was made (art_18.response_to_request_before_entry_into_force).
    @art_18__para_1 @art_18__para_3 @art_9__para_2 @art_11__para_1
    Scenario: A request pending under the 1998 agreement when this one entered into force, answered afterwards
      Given the Czech Republic answers on 10 September 2018 the request of Kazakhstan by fulfilling it
      And the request answered was a written request about the search for suspects made on 15 August 2018
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"
      And the decision does not cite "Article 9(2)" and "Article 11(1)"
      And the decision quotes "signed on April 9, 1998, ceases to have effect"

    # Reading (doubtful; to be raised under Article 14): personal data handed over in such an answer is
    # not "obtained on its basis" (Article 10, item 5); this Agreement attaches no duty to it, which
    # leaves it to national law, the 1998 agreement having ceased to have effect.
    @art_18__para_1 @art_18__para_3 @art_10__intro @art_10__point_5
    Scenario: Personal data handed over after entry into force, in answer to a request made under the 1998 agreement
      Given the Czech Republic answers on 10 September 2018 the request of Kazakhstan by fulfilling it
      And the request answered was a written request about the search for suspects made on 15 August 2018
      And the answer includes personal data
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"
      And the decision does not cite "Article 10, introductory words" and "Article 10, item 5"

    # Reading (to be raised under Article 14): data received under the 1998 agreement before this one
    # entered into force was not transferred in the cooperation under this Agreement. Article 18(3) ends
    # the 1998 agreement without saying what becomes of data exchanged under it; this Agreement's
    # conditions of use (Article 10, item 1) and of passing on (Article 11(2), information "received in
    # the framework of cooperation under this Agreement") do not reach it. What the 1998 agreement
    # attached to it survives its end (Vienna Convention, Article 70(1)(b)) and is outside the rulebook
    # (art_18.data_received_under_1998_agreement).
    @art_18__para_3 @art_10__point_1
    Scenario Outline: Personal data received under the 1998 agreement, used after this one entered into force (<act> for <purpose>; the use <use> the sender's conditions; Kazakhstan <consent>)
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And the Czech Republic <act> on 2 March 2026 personal data received from Kazakhstan for <purpose>
      And the use <use> the conditions set by Kazakhstan
      And Kazakhstan <consent>
      And the data was received under the 1998 agreement, before this one entered into force
      When the act is assessed under the Agreement
      Then the use is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(3)"
      And the decision does not cite "Article 10, item 1"
      And the decision quotes "signed on April 9, 1998, ceases to have effect"

      Examples:
        | act                     | purpose                         | use          | consent                                 |
        | asks whether it may use | suppressing criminal activities | respects     | did not give its prior written consent  |
        | asks whether it may use | another purpose                 | respects     | did not give its prior written consent  |
        | used                    | another purpose                 | respects     | did not give its prior written consent  |
        | used                    | another purpose                 | respects     | gave its prior written consent          |
        | asks whether it may use | suppressing criminal activities | departs from | did not give its prior written consent  |
        | used                    | suppressing criminal activities | departs from | did not give its prior written consent  |
        | used                    | suppressing criminal activities | departs from | gave its prior written consent          |

    @art_18__para_3 @art_11__para_2
    Scenario Outline: Information received under the 1998 agreement, passed on to a third state after this one entered into force (<act>)
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And the Czech Republic <act> information received from Kazakhstan to a third state on 2 March 2026
      And Kazakhstan <consent>
      And the information was received under the 1998 agreement, before this one entered into force
      When the act is assessed under the Agreement
      Then the submission is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(3)"
      And the decision does not cite "Article 11(2)"

      Examples:
        | act                           | consent                                 |
        | asks whether it may submit    | did not give its written consent        |
        | submitted                     | did not give its written consent        |
        | submitted                     | gave its prior written consent          |

    @art_18__para_3 @art_10__point_5
    Scenario Outline: Personal data received under the 1998 agreement, kept after this one entered into force (review on <day>; <term>; the data <necessity> necessary)
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And the Czech Republic reviews on <day> whether it may keep personal data received from Kazakhstan
      And <term>
      And the data is <necessity> necessary
      And the data was received under the 1998 agreement, before this one entered into force
      When the act is assessed under the Agreement
      Then keeping the data is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(3)"
      And the decision does not cite "Article 10, item 5"

      Examples:
        | day              | term                                          | necessity |
        | 28 February 2029 | the destruction term informed is 1 March 2029 | still     |
        | 1 March 2029     | the destruction term informed is 1 March 2029 | still     |
        | 28 February 2029 | the destruction term informed is 1 March 2029 | no longer |
        | 28 February 2029 | no destruction term is informed               | still     |
        | 28 February 2029 | no destruction term is informed               | no longer |

    @art_18__para_3 @art_10__point_7
    Scenario: Personal data received under the 1998 agreement, found not protected: Article 10, item 7 does not reach it
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And the Czech Republic reviews on 5 May 2027 whether it may keep personal data received from Kazakhstan
      And the data was received under the 1998 agreement, before this one entered into force
      And the data was not kept protected from accidental or unauthorised access, loss, alteration, transmission or publication
      When the act is assessed under the Agreement
      Then keeping the data is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(3)"
      And the decision does not cite "Article 10, item 7"

    # Reading (to be raised under Article 14): when this Agreement ceases to have effect, "all personal
    # data obtained on its basis must be destroyed" (Article 10, item 5); data the 1998 agreement carried
    # was not obtained on its basis, and this Agreement does not order its destruction.
    @art_18__para_3 @art_18__para_2 @art_10__point_5 @art_11__para_2
    Scenario Outline: After this Agreement ceased to have effect, personal data received under the 1998 agreement is still outside it (<what>)
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And a written notice of termination was received on 1 March 2026
      And <act>
      And the <kind> was received under the 1998 agreement, before this one entered into force
      When the act is assessed under the Agreement
      Then <what> is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(3)"
      And the decision does not cite "Article 10, item 5", "Article 11(2)" and "Article 18(2)"

      Examples:
        | what              | kind        | act                                                                                                                   |
        | the use           | data        | the Czech Republic used on 5 October 2026 personal data received from Kazakhstan for suppressing criminal activities |
        | keeping the data  | data        | the Czech Republic reviews on 5 October 2026 whether it may keep personal data received from Kazakhstan              |
        | the submission    | information | the Czech Republic submitted information received from Kazakhstan to a third state on 5 October 2026                 |

    @art_18__para_3 @art_18__para_2 @art_10__point_5 @art_11__para_2
    Scenario: After this Agreement ceased to have effect, information received under the 1998 agreement and passed on with the sender's consent is still outside it
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And a written notice of termination was received on 1 March 2026
      And the Czech Republic submitted information received from Kazakhstan to a third state on 5 October 2026
      And Kazakhstan gave its prior written consent
      And the information was received under the 1998 agreement, before this one entered into force
      When the act is assessed under the Agreement
      Then the submission is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(3)"
      And the decision does not cite "Article 10, item 5", "Article 11(2)" and "Article 18(2)"

    # Article 17's finding that data already exchanged stays bound during a suspension
    # (art_17.data_protection_continues) is made on every use then; the verdict rests on Article 18(3).
    @art_17 @art_18__para_3 @art_10__point_1 @art_10__intro
    Scenario: During a suspension, data received under the 1998 agreement is still outside this Agreement
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the Czech Republic asks whether it may use on 1 April 2026 personal data received from Kazakhstan for another purpose
      And the data was received under the 1998 agreement, before this one entered into force
      When the act is assessed under the Agreement
      Then the use is not governed by the Agreement
      And no duty arises
      And the verdict rests on "Article 18(3)"
      And the decision cites only "Article 10, introductory words", "Article 17" and "Article 18(3)"
      And the decision does not cite "Article 10, item 1"

  Rule: Final clause — nothing before the signature in Astana on 23 November 2017

    @conclusions__para_1 @art_18__para_3
    Scenario: A request made the day before signature, nothing else being known
      Given nothing is known of the notifications, suspensions or termination of the Agreement
      And Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 22 November 2017
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(3)" and "Final clause"
      And the decision quotes "Signed in Astana on November 23, 2017"

    @conclusions__para_1 @art_18__para_1
    Scenario Outline: A request made on <day>, nothing else being known: signed, but not yet in force as published
      Given nothing is known of the notifications, suspensions or termination of the Agreement
      And Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on <day>
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"
      And the decision does not cite "Final clause"
      And the decision says it takes the Agreement to have entered into force on 1 September 2018, as published
      And the decision takes nothing of the act as given

      @art_18__para_3
      Examples:
        | day              |
        | 23 November 2017 |
        | 15 March 2018    |
        | 31 August 2018   |

    @art_18__para_1 @art_3__point_1 @art_9__para_1 @art_9__para_2 @art_2__intro @art_2__point_1 @art_3__intro
    Scenario: A request made on 3 September 2018, nothing else being known: in force as published
      Given nothing is known of the notifications, suspensions or termination of the Agreement
      And Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 3 September 2018
      And the request is in English
      And the request reaches an authority of the Czech Republic that is competent to handle it
      And the request concerns organised crime
      When the act is assessed under the Agreement
      Then the request is permitted
      And the Czech Republic must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 2, introductory words", "Article 2, item 1", "Article 3, introductory words", "Article 3, item 1", "Article 9(1)" and "Article 9(2)"
      And the decision does not cite "Article 18(1)"
      And the decision says it takes the Agreement to have entered into force on 1 September 2018, as published
      And the decision takes nothing of the act as given

    @art_18__para_1 @art_9__para_1 @art_9__para_2 @art_4__intro @art_4__point_1
    Scenario: A request made on 1 September 2018 with nothing said of the authority it reaches or the crime
      Given nothing is known of the notifications, suspensions or termination of the Agreement
      And the Czech Republic sends Kazakhstan a written request about the search for suspects on 1 September 2018
      And the request is in English
      When the act is assessed under the Agreement
      Then the request is permitted
      And Kazakhstan must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 4, introductory words", "Article 4, item 1", "Article 9(1)" and "Article 9(2)"
      And the decision does not cite "Article 18(1)"
      And the decision says it takes the Agreement to have entered into force on 1 September 2018, as published
      And the decision takes as given "crime" and "addressed_to_competent_authority"

    @art_18__para_1 @art_18__para_3
    Scenario: The Agreement known to have entered into force on 1 September 2018; a request made the day before
      Given the Agreement is known to have entered into force on 1 September 2018
      And Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 31 August 2018
      And the request is in English
      And the request reaches an authority of the Czech Republic that is competent to handle it
      And the request concerns organised crime
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"
      And the Agreement enters into force on 1 September 2018

    @art_18__para_1 @art_2__intro @art_2__point_1 @art_3__intro @art_3__point_1 @art_9__para_1 @art_9__para_2
    Scenario: The Agreement known to have entered into force on 1 September 2018; a request made that day
      Given the Agreement is known to have entered into force on 1 September 2018
      And Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 1 September 2018
      And the request is in English
      And the request reaches an authority of the Czech Republic that is competent to handle it
      And the request concerns organised crime
      When the act is assessed under the Agreement
      Then the request is permitted
      And the Czech Republic must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 2, introductory words", "Article 2, item 1", "Article 3, introductory words", "Article 3, item 1", "Article 9(1)" and "Article 9(2)"
      And the decision does not cite "Article 18(1)"
      And the Agreement enters into force on 1 September 2018

    @art_18__para_1 @art_18__para_3
    Scenario: Before the known day of entry into force the decision rests on Article 18 and assumes nothing
      Given the Agreement is known to have entered into force on 1 September 2018
      And the Czech Republic sends Kazakhstan a written request about the search for suspects on 15 March 2018
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"
      And the decision makes no assumption

    @art_13__para_1 @art_13__para_2 @art_18__para_1
    Scenario: The known day of entry into force starts the thirty days of Article 13
      Given the Agreement is known to have entered into force on 1 September 2018
      When the Agreement's own life is assessed
      Then both Parties must name their competent authorities by 1 October 2018
      And both Parties must exchange contact details by 1 October 2018
      And no other duty arises

    @conclusions__para_1 @art_18__para_1 @art_18__para_3
    Scenario: A request made on the day of signature, when the notifications came later
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 23 November 2017
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"
      And the decision does not cite "Final clause"

  Rule: Article 13(1) and 13(2) — within thirty days of entry into force, competent authorities are named and contacts exchanged

    @art_13__para_1 @art_13__para_2
    Scenario: The duties that entry into force on 1 September 2018 creates
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      When the Agreement's own life is assessed
      Then both Parties must name their competent authorities by 1 October 2018
      And both Parties must exchange contact details by 1 October 2018
      And no other duty arises
      And the decision cites only "Article 13(1)" and "Article 13(2)"
      And the decision quotes "Within thirty days from the date of entry into force of this Agreement"

    @art_13__para_1 @art_13__para_2 @art_18__para_1
    Scenario: While only one Party has notified its internal procedures, no thirty days run
      Given only one notification of internal procedures was received, on 20 July 2018
      When the Agreement's own life is assessed
      Then no duty arises

  Rule: Article 17 — a suspension, and its lifting, take effect fifteen days after the notice is received

    Background:
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018

    @art_17
    Scenario: The day a suspension received on 1 March 2026 takes effect
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      When the Agreement's own life is assessed
      Then the suspension takes effect on 16 March 2026

    @art_17 @art_4__intro @art_4__point_1 @art_9__para_1 @art_9__para_2
    Scenario: A request on the last day before the suspension takes effect
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the Czech Republic sends Kazakhstan a written request about the search for suspects on 15 March 2026
      When the act is assessed under the Agreement
      Then the request is permitted
      And Kazakhstan must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 4, introductory words", "Article 4, item 1", "Article 9(1)" and "Article 9(2)"
      And the decision does not cite "Article 17"

    @art_17
    Scenario: A request on the day the suspension takes effect
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the Czech Republic sends Kazakhstan a written request about the search for suspects on 16 March 2026
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 17"
      And the decision quotes "shall take effect fifteen days after the date of receipt of such notice by the other Contracting Party"

    @art_17
    Scenario: The suspension is lifted by a notice received on 1 June 2026; a request on 15 June 2026, the last day of the suspension
      Given a notice suspending the whole Agreement on grounds of the security of the state was received on 1 March 2026
      And the notice lifting that suspension was received on 1 June 2026
      And Kazakhstan sends the Czech Republic a written request about the search for suspects on 15 June 2026
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 17"

    @art_17 @art_4__intro @art_4__point_1 @art_9__para_1 @art_9__para_2
    Scenario: The suspension is lifted by a notice received on 1 June 2026; a request on 16 June 2026, when the lifting has taken effect
      Given a notice suspending the whole Agreement on grounds of the security of the state was received on 1 March 2026
      And the notice lifting that suspension was received on 1 June 2026
      And Kazakhstan sends the Czech Republic a written request about the search for suspects on 16 June 2026
      When the act is assessed under the Agreement
      Then the request is permitted
      And the Czech Republic must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 4, introductory words", "Article 4, item 1", "Article 9(1)" and "Article 9(2)"
      And the decision does not cite "Article 17"

    @art_17
    Scenario: The day the lifting of a suspension takes effect
      Given a notice suspending the whole Agreement on grounds of public order was received on 1 March 2026
      And the notice lifting that suspension was received on 1 June 2026
      When the Agreement's own life is assessed
      Then the suspension ends on 16 June 2026

    @art_17
    Scenario: A partial suspension of training only; a request about training
      Given a notice suspending cooperation on training on grounds of public order was received on 1 March 2026
      And the Czech Republic sends Kazakhstan a written request about training on 20 March 2026
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 17"

    @art_17 @art_4__intro @art_4__point_1 @art_9__para_1 @art_9__para_2
    Scenario: A partial suspension of training only; a request about the search for suspects
      Given a notice suspending cooperation on training on grounds of public order was received on 1 March 2026
      And the Czech Republic sends Kazakhstan a written request about the search for suspects on 20 March 2026
      When the act is assessed under the Agreement
      Then the request is permitted
      And Kazakhstan must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 4, introductory words", "Article 4, item 1", "Article 9(1)" and "Article 9(2)"
      And the decision does not cite "Article 17"

    # Tagged beyond its citations: each row's act is of the kind of cooperation the suspension names (Article 5(1), sending experts; Article 6(1), travel documents); the decision rests on Article 17 alone.
    @art_17
    Scenario Outline: A partial suspension of <suspended> received on 1 March 2026; <act>, which it covers, once it has effect
      Given a notice suspending cooperation on <suspended> on grounds of public health was received on 1 March 2026
      And <act>
      When the act is assessed under the Agreement
      Then <what> is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 17"

      @art_5__para_1
      Examples:
        | suspended        | act                                                                                                    | what                   |
        | sending experts  | Kazakhstan sends experts to the competent authorities of the Czech Republic on 20 March 2026           | the sending of experts |

      @art_6__para_1
      Examples:
        | suspended        | act                                                                                                    | what                   |
        | travel documents | the Czech Republic informs Kazakhstan on 20 March 2026 directly of a stolen passport numbered 45123987 | the notice             |

    @art_17 @art_5__para_1 @art_5__para_2
    Scenario: A partial suspension of sending experts received on 1 March 2026; experts sent on 15 March 2026, before it has effect
      Given a notice suspending cooperation on sending experts on grounds of public health was received on 1 March 2026
      And Kazakhstan sends experts to the competent authorities of the Czech Republic on 15 March 2026
      When the act is assessed under the Agreement
      Then the sending of experts is permitted
      And Kazakhstan must have its experts follow the instructions of the host authorities with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 5(1)" and "Article 5(2)"
      And the decision does not cite "Article 17"

    @art_17 @art_6__para_1 @art_6__para_2 @art_6__para_3 @art_11__para_1
    Scenario: A partial suspension of sending experts received on 1 March 2026; a notice on a stolen passport, which it does not cover
      Given a notice suspending cooperation on sending experts on grounds of public health was received on 1 March 2026
      And the Czech Republic informs Kazakhstan on 20 March 2026 directly of a stolen passport numbered 45123987
      When the act is assessed under the Agreement
      Then the notice is permitted
      And Kazakhstan must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 6(1)", "Article 6(2)", "Article 6(3)" and "Article 11(1)"
      And the decision does not cite "Article 17"

    @art_17
    Scenario Outline: A notice of suspension on grounds of <ground>
      Given Kazakhstan receives on 1 March 2026 a notice from the Czech Republic suspending the whole Agreement on grounds of <ground>
      When the act is assessed under the Agreement
      Then the suspension is permitted
      And no duty arises
      And the decision cites only "Article 17"
      And the decision quotes "if required by the security of the state, public order or public health"

      Examples:
        | ground                    |
        | the security of the state |
        | public order              |
        | public health             |

    @art_17
    Scenario: A notice of suspension on a ground Article 17 does not know
      Given the Czech Republic receives on 1 March 2026 a notice from Kazakhstan suspending the whole Agreement on grounds of economic difficulties
      When the act is assessed under the Agreement
      Then the suspension is prohibited
      And no duty arises
      And the decision cites only "Article 17"
      And the decision does not rest on "art_17.suspension_on_permitted_ground"

    @art_17
    Scenario: A notice suspending one kind of cooperation gives a right, and asks nothing of either Party
      Given the Czech Republic receives on 1 March 2026 a notice from Kazakhstan suspending cooperation on training on grounds of public order
      When the act is assessed under the Agreement
      Then the suspension is permitted
      And no duty arises
      And the decision cites only "Article 17"
      And the decision quotes "Any Contracting Party may fully or partially suspend the operation of this Agreement"

    @art_17
    Scenario Outline: A notice lifting the suspension of <scope>, received while that suspension has effect
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan receives on 1 June 2026 a notice from the Czech Republic lifting the suspension of <scope>
      When the act is assessed under the Agreement
      Then the lifting is permitted
      And no duty arises
      And the decision cites only "Article 17"
      And the decision makes no assumption
      And the decision quotes "The Contracting Parties shall immediately notify each other of the introduction or abolition of such measures through diplomatic channels"

      Examples:
        | scope                   |
        | the whole Agreement     |
        | cooperation on training |

    @art_17
    Scenario: A notice lifting a suspension, received while the Agreement is in force and nothing is suspended
      Given the Czech Republic receives on 1 June 2026 a notice from Kazakhstan lifting the suspension of the whole Agreement
      When the act is assessed under the Agreement
      Then the lifting is permitted
      And no duty arises
      And the decision cites only "Article 17"

    @art_17 @art_18__para_1 @art_18__para_3
    Scenario: A notice lifting a suspension before the Agreement entered into force is not governed by it
      Given the Czech Republic receives on 15 August 2018 a notice from Kazakhstan lifting the suspension of the whole Agreement
      When the act is assessed under the Agreement
      Then the lifting is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"
      And the decision does not cite "Article 17"

    @art_17 @art_10__point_4 @art_10__point_7 @art_10__point_6
    Scenario: During a partial suspension of training, personal data transferred for training is not governed by the Agreement, and must be protected and destroyed at once
      Given a notice suspending cooperation on training on grounds of public order was received on 1 March 2026
      And Kazakhstan transfers to the Czech Republic on 20 March 2026 personal data on identity for related procedures
      And the transfer serves cooperation on training
      When the act is assessed under the Agreement
      Then the transfer is not governed by the Agreement
      And the Czech Republic must protect the data with no date fixed by the Agreement
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 4", "Article 10, item 6", "Article 10, item 7" and "Article 17"
      And the verdict rests on "Article 17"
      And the duty of the Czech Republic to destroy the data immediately rests on "Article 10, item 4"
      And the duty of the Czech Republic to protect the data with no date fixed by the Agreement rests on "Article 10, item 7"
      And the decision takes nothing of the act as given

    @art_17 @art_10__point_5 @art_10__point_6 @art_10__point_7 @art_10__intro @art_10__point_1 @art_10__point_4 @art_11__para_1
    Scenario: During a partial suspension of training, personal data transferred for the search for suspects is governed as usual
      Given a notice suspending cooperation on training on grounds of public order was received on 1 March 2026
      And Kazakhstan transfers to the Czech Republic on 20 March 2026 personal data on identity for related procedures
      And the transfer serves cooperation on the search for suspects
      And the transfer is necessary
      And the volume of data transferred is appropriate to the purpose of its use
      And the destruction term informed is 20 March 2036
      And Kazakhstan has recorded the transfer
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2026"
      When the act is assessed under the Agreement
      Then the transfer is permitted
      And the Czech Republic must observe the conditions set with no date fixed by the Agreement
      And the Czech Republic must destroy the data by 20 March 2036
      And the Czech Republic must record the destruction by 20 March 2036
      And the Czech Republic must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 1", "Article 10, item 4", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision does not cite "Article 17"
      And the decision makes no assumption
      And the decision takes nothing of the act as given

    @art_17 @art_10__intro @art_10__point_1 @art_10__point_4 @art_10__point_5 @art_10__point_6 @art_10__point_7 @art_11__para_1
    Scenario: During a partial suspension, a transfer that names no subject is taken to serve none that is suspended, and the decision says so
      Given a notice suspending cooperation on training on grounds of public order was received on 1 March 2026
      And Kazakhstan transfers to the Czech Republic on 20 March 2026 personal data on identity for related procedures
      And the transfer is necessary
      And the volume of data transferred is appropriate to the purpose of its use
      And the destruction term informed is 20 March 2036
      And Kazakhstan has recorded the transfer
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2026"
      When the act is assessed under the Agreement
      Then the transfer is permitted
      And the Czech Republic must observe the conditions set with no date fixed by the Agreement
      And the Czech Republic must destroy the data by 20 March 2036
      And the Czech Republic must record the destruction by 20 March 2036
      And the Czech Republic must keep records of the data exchanged with no date fixed by the Agreement
      And both Parties must protect the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 1", "Article 10, item 4", "Article 10, item 5", "Article 10, item 6", "Article 10, item 7" and "Article 11(1)"
      And the decision does not cite "Article 17"
      And the decision takes as given "subject"

    @art_17 @art_9__para_2 @art_9__para_3
    Scenario Outline: During a partial suspension of training, <act> serving cooperation on training is not governed by the Agreement
      Given a notice suspending cooperation on training on grounds of public order was received on 1 March 2026
      And <given>
      And the <act> serves cooperation on training
      And the <act> does not include personal data
      When the act is assessed under the Agreement
      Then the <act> is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 17"
      And the decision does not cite "Article 9(2)" and "Article 9(3)"

      Examples:
        | act         | given                                                                                                                         |
        | answer      | Kazakhstan answers on 20 March 2026 the request of the Czech Republic by fulfilling it                                        |
        | information | Kazakhstan informs the Czech Republic without request on 20 March 2026 of established facts that can help it suppress a crime |

    @art_17 @art_10__point_4 @art_10__point_6 @art_10__point_7
    Scenario Outline: During a partial suspension of training, personal data handed over in <act> serving cooperation on training must be protected and destroyed at once
      Given a notice suspending cooperation on training on grounds of public order was received on 1 March 2026
      And <given>
      And the <act> serves cooperation on training
      And the <act> includes personal data
      When the act is assessed under the Agreement
      Then the <act> is not governed by the Agreement
      And the Czech Republic must protect the data with no date fixed by the Agreement
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the duty of the Czech Republic to protect the data with no date fixed by the Agreement rests on "Article 10, item 7"
      And the duty of the Czech Republic to destroy the data immediately rests on "Article 10, item 4"
      And the duty of the Czech Republic to record the destruction immediately rests on "Article 10, item 6"
      And the decision cites only "Article 10, item 4", "Article 10, item 6", "Article 10, item 7" and "Article 17"

      Examples:
        | act         | given                                                                                                                         |
        | answer      | Kazakhstan answers on 20 March 2026 the request of the Czech Republic by fulfilling it                                        |
        | information | Kazakhstan informs the Czech Republic without request on 20 March 2026 of established facts that can help it suppress a crime |

    @art_17 @art_6__para_1 @art_10__point_4 @art_10__point_6 @art_10__point_7
    Scenario: During a partial suspension of cooperation on travel documents, personal data in a notice on a passport must be protected and destroyed at once
      Given a notice suspending cooperation on travel documents on grounds of public order was received on 1 March 2026
      And Kazakhstan informs the Czech Republic on 20 March 2026 directly of a lost passport numbered N0451239
      And the notice includes personal data
      When the act is assessed under the Agreement
      Then the notice is not governed by the Agreement
      And the Czech Republic must protect the data with no date fixed by the Agreement
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 4", "Article 10, item 6", "Article 10, item 7" and "Article 17"
      And the decision does not cite "Article 6(1)"

    # Tagged beyond its citations: each row cites the one of Article 9(2) and 9(3) its act falls under; Article 17 is the suspension the scenario shows does not reach cooperation on the search for suspects.
    @art_17 @art_9__para_2 @art_9__para_3 @art_11__para_1
    Scenario Outline: During a partial suspension of training, <act> serving cooperation on the search for suspects is governed as usual
      Given a notice suspending cooperation on training on grounds of public order was received on 1 March 2026
      And <given>
      And the <act> serves cooperation on the search for suspects
      And the <act> does not include personal data
      When the act is assessed under the Agreement
      Then the <act> is permitted
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only <provision> and "Article 11(1)"

      Examples:
        | act         | given                                                                                                                         | provision      |
        | answer      | Kazakhstan answers on 20 March 2026 the request of the Czech Republic by fulfilling it                                        | "Article 9(2)" |
        | information | Kazakhstan informs the Czech Republic without request on 20 March 2026 of established facts that can help it suppress a crime | "Article 9(3)" |

    @art_17 @art_10__point_1
    Scenario Outline: During a suspension, data already received stays bound by Article 10 (use for <purpose>)
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the Czech Republic asks whether it may use on 1 April 2026 personal data received from Kazakhstan for <purpose>
      When the act is assessed under the Agreement
      Then the use is <verdict>
      And no duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 1" and "Article 17"

      @art_10__intro
      Examples:
        | purpose                         | verdict                                                      |
        | suppressing criminal activities | permitted                                                    |
        | another purpose                 | permitted only with the written consent of the sending Party |

    @art_17 @art_10__point_1 @art_10__intro
    Scenario: During a suspension, a use asked about that departs from the sender's conditions still needs its consent
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the Czech Republic asks whether it may use on 1 April 2026 personal data received from Kazakhstan for related procedures
      And the use departs from the conditions set by Kazakhstan
      And Kazakhstan did not give its prior written consent
      When the act is assessed under the Agreement
      Then the use is permitted only with the written consent of the sending Party
      And no duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 1" and "Article 17"

    @art_18__para_1 @art_18__para_3
    Scenario: Signed, not yet in force: a use asked about that departs from the sender's conditions is not governed by the Agreement
      Given the Czech Republic asks whether it may use on 15 August 2018 personal data received from Kazakhstan for related procedures
      And the use departs from the conditions set by Kazakhstan
      And Kazakhstan did not give its prior written consent
      When the act is assessed under the Agreement
      Then the use is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"

    @art_17 @art_11__para_2 @art_10__intro
    Scenario: During a suspension, information already received is still passed on only with the sender's consent
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the Czech Republic asks whether it may submit information received from Kazakhstan to a third state on 1 April 2026
      When the act is assessed under the Agreement
      Then the submission is permitted only with the written consent of the sending Party
      And no duty arises
      And the decision cites only "Article 10, introductory words", "Article 11(2)" and "Article 17"

    @art_17 @art_10__point_5 @art_10__intro @art_10__point_6
    Scenario: During a suspension, data no longer necessary is still destroyed at once
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan reviews on 1 April 2026 whether it may keep personal data received from the Czech Republic
      And the destruction term informed is 2 March 2036
      And the data is no longer necessary
      When the act is assessed under the Agreement
      Then keeping the data is prohibited
      And Kazakhstan must destroy the data immediately
      And Kazakhstan must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 5", "Article 10, item 6" and "Article 17"

    @art_17 @art_10__point_4 @art_10__intro
    Scenario: During a suspension, unreliable data is still reported and corrected
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan learns on 1 April 2026 that personal data it transferred to the Czech Republic was unreliable
      When the act is assessed under the Agreement
      Then keeping the data once corrected is permitted
      And Kazakhstan must inform the other Party immediately
      And the Czech Republic must correct the data with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 4" and "Article 17"

    @art_17 @art_10__point_3 @art_10__intro
    Scenario: During a suspension, the sender may still ask how the data it sent was used
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan asks the Czech Republic on 1 April 2026 how the personal data it transferred was used
      When the act is assessed under the Agreement
      Then the request is permitted
      And the Czech Republic must report on the use of the data and its results with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 3" and "Article 17"

    @art_17 @art_10__point_4 @art_10__point_7 @art_10__point_6
    Scenario: During a suspension of the whole Agreement no new personal data is transferred under it, but data sent must be protected and destroyed at once
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan transfers to the Czech Republic on 1 April 2026 personal data on identity for suppressing criminal activities
      When the act is assessed under the Agreement
      Then the transfer is not governed by the Agreement
      And the Czech Republic must protect the data with no date fixed by the Agreement
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 4", "Article 10, item 6", "Article 10, item 7" and "Article 17"
      And the verdict rests on "Article 17"
      And the duty of the Czech Republic to destroy the data immediately rests on "Article 10, item 4"
      And the duty of the Czech Republic to protect the data with no date fixed by the Agreement rests on "Article 10, item 7"
      And the decision takes nothing of the act as given
      And the decision quotes "destroy the personal data that shall not be transferred"

    @art_17 @art_10__point_1
    Scenario Outline: During a suspension, data already received and used for <purpose> stays bound by the sender's conditions (the use <use> them; Kazakhstan <consent> its prior written consent)
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the Czech Republic used on 1 April 2026 personal data received from Kazakhstan for <purpose>
      And the use <use> the conditions set by Kazakhstan
      And Kazakhstan <consent> its prior written consent
      When the act is assessed under the Agreement
      Then the use is <verdict>
      And no duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 1" and "Article 17"

      @art_10__intro
      Examples:
        | purpose                         | use          | consent      | verdict    |
        | suppressing criminal activities | departs from | did not give | prohibited |
        | suppressing criminal activities | departs from | gave         | permitted  |
        | another purpose                 | respects     | did not give | prohibited |
        | another purpose                 | respects     | gave         | permitted  |

    @art_17 @art_11__para_2
    Scenario Outline: During a suspension, information already received may be passed on to <recipient> with the sender's written consent
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the Czech Republic submitted information received from Kazakhstan to <recipient> on 1 April 2026
      And Kazakhstan gave its written consent
      When the act is assessed under the Agreement
      Then the submission is permitted
      And no duty arises
      And the decision cites only "Article 10, introductory words", "Article 11(2)" and "Article 17"

      @art_10__intro
      Examples:
        | recipient                     |
        | a third state                 |
        | an international organisation |

    @art_17 @art_11__para_2 @art_10__intro
    Scenario: During a suspension, information already passed on to a third state without the sender's written consent is prohibited
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the Czech Republic submitted information received from Kazakhstan to a third state on 1 April 2026
      And Kazakhstan did not give its written consent
      When the act is assessed under the Agreement
      Then the submission is prohibited
      And no duty arises
      And the decision cites only "Article 10, introductory words", "Article 11(2)" and "Article 17"

    @art_17 @art_10__intro @art_10__point_4 @art_10__point_6 @art_10__point_7
    Scenario: While the whole Agreement is suspended, an answer that includes personal data is not governed by it, but the data handed over must be protected and destroyed at once
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan answers on 1 April 2026 the request of the Czech Republic by fulfilling it
      And the answer includes personal data
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And the Czech Republic must protect the data with no date fixed by the Agreement
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the duty of the Czech Republic to record the destruction immediately rests on "Article 10, item 6"
      And the decision cites only "Article 10, item 4", "Article 10, item 6", "Article 10, item 7" and "Article 17"
      And the decision does not cite "Article 10, introductory words"

    @art_17 @art_10__point_4 @art_10__point_6 @art_10__point_7
    Scenario Outline: While the whole Agreement is suspended, personal data handed over in <act> must be protected and destroyed at once
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And <given>
      And the <act> includes personal data
      When the act is assessed under the Agreement
      Then the <act> is not governed by the Agreement
      And the Czech Republic must protect the data with no date fixed by the Agreement
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 4", "Article 10, item 6", "Article 10, item 7" and "Article 17"

      Examples:
        | act         | given                                                                                                                      |
        | information | Kazakhstan informs the Czech Republic without request on 1 April 2026 of established facts that can help it suppress a crime |
        | notice      | Kazakhstan informs the Czech Republic on 1 April 2026 directly of a stolen passport numbered N0451239                      |

    @art_17 @art_10__point_5
    Scenario Outline: During a suspension, data already received is still kept or destroyed as Article 10, item 5 requires (<term>; the data is <still> necessary)
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan reviews on 1 April 2026 whether it may keep personal data received from the Czech Republic
      And <term>
      And the data is <still> necessary
      When the act is assessed under the Agreement
      Then keeping the data is <verdict>
      And Kazakhstan must destroy the data <destruction>
      And Kazakhstan must record the destruction <destruction>
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 5", "Article 10, item 6" and "Article 17"

      @art_10__intro @art_10__point_6
      Examples:
        | term                                           | still     | verdict    | destruction                                   |
        | the destruction term informed is 2 March 2036  | still     | permitted  | by 2 March 2036                               |
        | the destruction term informed is 20 March 2026 | still     | prohibited | immediately, the due date being 20 March 2026 |
        | the destruction term informed is 1 April 2026  | still     | prohibited | immediately, the due date being 1 April 2026  |
        | no destruction term is informed                | no longer | prohibited | immediately                                   |

    @art_17 @art_10__point_5 @art_10__intro
    Scenario: During a suspension, data still necessary may be kept although no destruction term is known
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan reviews on 1 April 2026 whether it may keep personal data received from the Czech Republic
      And no destruction term is informed
      And the data is still necessary
      When the act is assessed under the Agreement
      Then keeping the data is permitted
      And no duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 5" and "Article 17"

    @art_17 @art_10__point_4 @art_10__intro @art_10__point_6
    Scenario: During a suspension, data that could not be transferred is still reported and destroyed
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan learns on 1 April 2026 that personal data it transferred to the Czech Republic could not be transferred
      When the act is assessed under the Agreement
      Then keeping the data is prohibited
      And Kazakhstan must inform the other Party immediately
      And the Czech Republic must destroy the data with no date fixed by the Agreement
      And the Czech Republic must record the destruction with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 10, introductory words", "Article 10, item 4", "Article 10, item 6" and "Article 17"

    @art_17 @art_12
    Scenario: During a suspension, a claim for costs the Parties agreed in advance for the case is still governed by Article 12
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan claims from the Czech Republic on 1 April 2026 the costs of its implementation of the Agreement
      And the Parties agreed in advance how the costs of this particular case are shared
      When the act is assessed under the Agreement
      Then the claim is permitted
      And no duty arises
      And the decision cites only "Article 12"
      And the decision does not cite "Article 17"

    @art_17 @art_12
    Scenario: During a suspension, each Party still bears its own costs unless agreed otherwise in advance
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan claims from the Czech Republic on 1 April 2026 the costs of its implementation of the Agreement
      When the act is assessed under the Agreement
      Then the claim is prohibited
      And Kazakhstan must bear its own costs with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 12"
      And the decision does not cite "Article 17"

    @art_17
    Scenario Outline: During a suspension, a further notice suspending <scope> on grounds of <ground>
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan receives on 1 April 2026 a notice from the Czech Republic suspending <scope> on grounds of <ground>
      When the act is assessed under the Agreement
      Then the suspension is permitted
      And no duty arises
      And the decision cites only "Article 17"

      Examples:
        | scope                   | ground                    |
        | the whole Agreement     | public order              |
        | cooperation on training | the security of the state |

    @art_17
    Scenario: During a suspension, a further notice of suspension on a ground Article 17 does not know
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the Czech Republic receives on 1 April 2026 a notice from Kazakhstan suspending the whole Agreement on grounds of economic difficulties
      When the act is assessed under the Agreement
      Then the suspension is prohibited
      And no duty arises
      And the decision cites only "Article 17"

  Rule: Article 18(2) — termination six months after the notice is received, counted to the same day or the month's end

    Background:
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018

    @art_18__para_2
    Scenario Outline: A notice of termination received on <notice>
      Given a written notice of termination was received on <notice>
      When the Agreement's own life is assessed
      Then the Agreement ceases to have effect on <end>

      Examples:
        | notice         | end               |
        | 15 March 2026  | 15 September 2026 |
        | 31 August 2026 | 28 February 2027  |
        | 31 August 2027 | 29 February 2028  |

    @art_18__para_2 @art_4__intro @art_4__point_1 @art_9__para_1 @art_9__para_2
    Scenario Outline: A request on <day>, the last day before the Agreement ceases to have effect after a notice of termination received on <notice>
      Given a written notice of termination was received on <notice>
      And the Czech Republic sends Kazakhstan a written request about the search for suspects on <day>
      When the act is assessed under the Agreement
      Then the request is permitted
      And Kazakhstan must respond to the request in an urgent manner
      And no other duty arises
      And the decision cites only "Article 4, introductory words", "Article 4, item 1", "Article 9(1)" and "Article 9(2)"
      And the decision does not cite "Article 18(2)"

      Examples: an ordinary year
        | notice         | day              |
        | 31 August 2026 | 27 February 2027 |

      Examples: a leap year
        | notice         | day              |
        | 31 August 2027 | 28 February 2028 |

    @art_18__para_2
    Scenario Outline: A request on <day>, the day the Agreement ceases to have effect after a notice of termination received on <notice>
      Given a written notice of termination was received on <notice>
      And the Czech Republic sends Kazakhstan a written request about the search for suspects on <day>
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(2)"

      Examples: an ordinary year
        | notice         | day              |
        | 31 August 2026 | 28 February 2027 |

      Examples: a leap year
        | notice         | day              |
        | 31 August 2027 | 29 February 2028 |

    @art_18__para_2
    Scenario: The decision on a request on the day the Agreement ceases to have effect
      Given a written notice of termination was received on 31 August 2026
      And Kazakhstan sends the Czech Republic a written request about the search for suspects on 28 February 2027
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(2)"
      And the decision quotes "will cease to have effect six months after the date of receipt"

    @art_18__para_2 @art_10__point_5 @art_10__point_6
    Scenario: A notice of termination: all personal data obtained under the Agreement must be destroyed by the day it ceases to have effect
      Given Kazakhstan receives on 31 August 2026 a written notice of termination from the Czech Republic
      When the act is assessed under the Agreement
      Then the termination is permitted
      And both Parties must destroy the data by 28 February 2027
      And both Parties must record the destruction by 28 February 2027
      And no other duty arises
      And the decision cites only "Article 18(2)", "Article 10, item 5" and "Article 10, item 6"
      And the decision quotes "In the event of the expiration of this Agreement, all personal data obtained on its basis must be destroyed"

    @art_18__para_2 @art_10__point_5 @art_17 @art_10__point_6
    Scenario: A notice of termination received while the Agreement is suspended still ends it
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan receives on 31 August 2026 a written notice of termination from the Czech Republic
      When the act is assessed under the Agreement
      Then the termination is permitted
      And both Parties must destroy the data by 28 February 2027
      And both Parties must record the destruction by 28 February 2027
      And no other duty arises
      And the decision cites only "Article 18(2)", "Article 10, item 5" and "Article 10, item 6"
      And the decision does not cite "Article 17"

    @art_18__para_2 @art_10__point_5 @art_10__point_6
    Scenario Outline: Personal data used for <purpose> after the Agreement ceased to have effect (the use <use> the sender's conditions; consent: <consent>)
      Given a written notice of termination was received on 31 August 2026
      And the Czech Republic used on 1 March 2027 personal data received from Kazakhstan for <purpose>
      And the use <use> the conditions set by Kazakhstan
      And Kazakhstan <consent> its prior written consent
      When the act is assessed under the Agreement
      Then the use is prohibited
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 5", "Article 10, item 6" and "Article 18(2)"

      Examples:
        | purpose                         | use          | consent      |
        | suppressing criminal activities | respects     | did not give |
        | another purpose                 | departs from | did not give |
        | another purpose                 | departs from | gave         |

    @art_18__para_2 @art_10__point_5 @art_11__para_2 @art_10__point_6
    Scenario Outline: Information received while the Agreement applied, passed on to <recipient> after it ceased to have effect without the sender's consent
      Given a written notice of termination was received on 31 August 2026
      And the Czech Republic submitted information received from Kazakhstan to <recipient> on <day>
      And Kazakhstan did not give its written consent
      When the act is assessed under the Agreement
      Then the submission is prohibited
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 5", "Article 10, item 6", "Article 11(2)" and "Article 18(2)"
      And the decision quotes "is possible only with the written consent of the sending Contracting Party"

      Examples:
        | recipient                     | day              |
        | a third state                 | 1 March 2027     |
        | an international organisation | 15 November 2030 |

    @art_18__para_2 @art_10__point_5 @art_11__para_2 @art_10__point_6
    Scenario Outline: Information received while the Agreement applied, passed on to <recipient> after it ceased to have effect with the sender's written consent: no personal data may go with it
      Given a written notice of termination was received on 31 August 2026
      And the Czech Republic submitted information received from Kazakhstan to <recipient> on 1 March 2027
      And Kazakhstan gave its written consent
      When the act is assessed under the Agreement
      Then the submission is permitted
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 5", "Article 10, item 6", "Article 11(2)" and "Article 18(2)"
      And the decision quotes "all personal data obtained on its basis must be destroyed"

      Examples:
        | recipient                     |
        | a third state                 |
        | an international organisation |

    @art_18__para_2 @art_12
    Scenario: A claim, after the Agreement ceased to have effect, for costs agreed in advance in the particular case while it applied
      Given a written notice of termination was received on 31 August 2026
      And Kazakhstan claims from the Czech Republic on 1 March 2027 the costs of its implementation of the Agreement
      And the Parties agreed in advance how the costs of this particular case are shared
      When the act is assessed under the Agreement
      Then the claim is permitted
      And no duty arises
      And the decision cites only "Article 12" and "Article 18(2)"
      And the decision quotes "unless otherwise agreed in each particular case preliminary"

    @art_18__para_2 @art_12
    Scenario: A claim, after the Agreement ceased to have effect, for costs nothing was agreed on in advance
      Given a written notice of termination was received on 31 August 2026
      And the Czech Republic claims from Kazakhstan on 1 March 2027 the costs of its implementation of the Agreement
      When the act is assessed under the Agreement
      Then the claim is prohibited
      And the Czech Republic must bear its own costs with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 12" and "Article 18(2)"
      And the decision does not rest on "art_18.terminated_cost_claim_agreed"

    @art_18__para_2 @art_10__point_5 @art_10__point_6
    Scenario Outline: Personal data kept on <day>, after the Agreement ceased to have effect (<term>; the data is <still> necessary)
      Given a written notice of termination was received on 31 August 2026
      And Kazakhstan reviews on <day> whether it may keep personal data received from the Czech Republic
      And <term>
      And the data is <still> necessary
      When the act is assessed under the Agreement
      Then keeping the data is prohibited
      And Kazakhstan must destroy the data immediately
      And Kazakhstan must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 5", "Article 10, item 6" and "Article 18(2)"

      Examples:
        | day              | term                                            | still     |
        | 28 February 2027 | the destruction term informed is 2 March 2036   | still     |
        | 1 March 2027     | the destruction term informed is 1 January 2027 | still     |
        | 1 March 2027     | the destruction term informed is 2 March 2036   | no longer |
        | 1 March 2027     | no destruction term is informed                 | still     |
        | 1 March 2027     | no destruction term is informed                 | no longer |

    @art_18__para_2 @art_10__point_5 @art_10__point_6
    Scenario Outline: The sender learns after the Agreement ceased to have effect that data it transferred <defect>
      Given a written notice of termination was received on 31 August 2026
      And Kazakhstan learns on 1 March 2027 that personal data it transferred to the Czech Republic <defect>
      When the act is assessed under the Agreement
      Then keeping the data is prohibited
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 5", "Article 10, item 6" and "Article 18(2)"
      And the decision quotes "all personal data obtained on its basis must be destroyed"

      Examples:
        | defect                   |
        | was unreliable           |
        | could not be transferred |

    @art_18__para_2
    Scenario Outline: After the Agreement ceased to have effect, <act>
      Given a written notice of termination was received on 31 August 2026
      And <act>
      When the act is assessed under the Agreement
      Then <what> is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(2)"

      Examples:
        | act                                                                                                      | what        |
        | the Czech Republic asks Kazakhstan on 1 March 2027 how the personal data it transferred was used        | the request |

    # Reading (doubtful; to be raised under Article 14): the Agreement has no transitional clause. A
    # request still pending on the day it ceases to have effect no longer binds the requested Party
    # under Article 9(2); an answer given from that day is not governed by it (art_18.terminated).
    @art_18__para_2 @art_9__para_2 @art_11__para_1
    Scenario: A request pending when the Agreement ceases to have effect, answered on that day
      Given a written notice of termination was received on 31 August 2026
      And Kazakhstan answers on 28 February 2027 the request of the Czech Republic by fulfilling it
      And the request answered was a written request about the search for suspects made on 1 February 2027
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(2)"
      And the decision does not cite "Article 9(2)" and "Article 11(1)"

    @art_18__para_2 @art_9__para_2 @art_11__para_1
    Scenario: The same request answered on the last day the Agreement has effect
      Given a written notice of termination was received on 31 August 2026
      And Kazakhstan answers on 27 February 2027 the request of the Czech Republic by fulfilling it
      And the request answered was a written request about the search for suspects made on 1 February 2027
      When the act is assessed under the Agreement
      Then the answer is permitted
      And the Czech Republic must protect the information received with no date fixed by the Agreement
      And no other duty arises
      And the decision cites only "Article 9(2)" and "Article 11(1)"
      And the decision does not cite "Article 18(2)"

    # Reading (doubtful; to be raised under Article 14): personal data handed over after the Agreement
    # ceased to have effect is not "obtained on its basis" (Article 10, item 5): the Agreement neither
    # permits the answer nor orders that data destroyed; national law governs it.
    @art_18__para_2 @art_10__point_5
    Scenario: Personal data handed over after the Agreement ceased to have effect, in answer to a request pending at termination
      Given a written notice of termination was received on 31 August 2026
      And Kazakhstan answers on 1 March 2027 the request of the Czech Republic by fulfilling it
      And the request answered was a written request about the search for suspects made on 1 February 2027
      And the answer includes personal data
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(2)"
      And the decision does not cite "Article 10, item 5"

    # Reading (doubtful; to be raised under Article 14): "all personal data obtained on its basis must be
    # destroyed" (Article 10, item 5) admits no exception for data that has become evidence in criminal
    # proceedings pending before a court. The rulebook applies the text as written
    # (art_18.terminated_data_must_be_destroyed); whether court files are to be kept under national
    # procedural law is for the Parties to settle in consultations.
    @art_18__para_2 @art_10__point_5 @art_10__point_6
    Scenario: Personal data still needed for criminal proceedings pending before a court when the Agreement ceased to have effect
      Given a written notice of termination was received on 31 August 2026
      And the Czech Republic reviews on 1 March 2027 whether it may keep personal data received from Kazakhstan
      And the destruction term informed is 1 March 2030
      And the data is still necessary
      When the act is assessed under the Agreement
      Then keeping the data is prohibited
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 5", "Article 10, item 6" and "Article 18(2)"
      And the decision quotes "all personal data obtained on its basis must be destroyed"
