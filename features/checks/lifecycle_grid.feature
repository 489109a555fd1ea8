@check
Feature: Check grid — the Agreement's life against every kind of act
  A check of the software, not a statement of the law. Each row puts one kind of act (a request,
  an answer, a transfer, a use, a notice, a claim for costs ...) on a day when the Agreement does
  not govern new acts (before the signature, signed but not yet in force, suspended, after it
  ceased to have effect) and checks that the decision is "not governed by the Agreement" and cites
  the provision of the Agreement's life that says so. The law these rows apply is stated once, in
  features/lifecycle.feature; the legend of every word used here is docs/legend.md. A row passing
  means the software gave the answer written in it, not that the answer is right in law.

  Rule: Articles 17 and 18, final clause — before signature, before entry into force, during a suspension and after termination, the Agreement governs no new act

    Background:
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the notice lifting that suspension was received on 1 June 2026
      And a notice suspending cooperation on training, sending experts and travel documents on grounds of public order was received on 1 July 2026
      And a written notice of termination was received on 31 August 2026

    @art_18__para_1 @art_17 @art_18__para_2
    Scenario: The life of the Agreement in the scenarios of this rule
      When the Agreement's own life is assessed
      Then the Agreement enters into force on 1 September 2018
      And the suspension takes effect on 16 July 2026
      And the Agreement ceases to have effect on 28 February 2027

    @conclusions__para_1 @art_18__para_1 @art_18__para_2 @art_18__para_3 @art_17
    Scenario Outline: <when>, an answer in Russian declining <request> without ground is judged by the Agreement's life alone
      Given the Czech Republic answers on <day> the request of Kazakhstan by refusing it
      And the request answered was <request>
      And the case is not urgent
      And the request answered was in Russian
      And the answer is in Russian
      And nothing other than English was agreed
      And it relies on no ground of Article 9(4)
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only <provisions>

      Examples:
        | when                                   | day              | request                                                                              | provisions                         |
        | Before the signature                   | 20 November 2017 | an oral request                                                                      | "Article 18(3)" and "Final clause"  |
        | Before the signature                   | 20 November 2017 | an oral request about legal assistance in criminal matters made on 10 November 2017 | "Article 18(3)" and "Final clause"  |
        | Signed, not yet in force               | 15 August 2018   | an oral request about legal assistance in criminal matters                           | "Article 18(1)" and "Article 18(3)" |
        | Signed, not yet in force               | 15 August 2018   | an oral request                                                                      | "Article 18(1)" and "Article 18(3)" |
        | While the whole Agreement is suspended | 1 April 2026     | an oral request                                                                      | "Article 17"                        |
        | While the whole Agreement is suspended | 1 April 2026     | an oral request about legal assistance in criminal matters                           | "Article 17"                        |
        | After termination                      | 1 March 2027     | an oral request                                                                      | "Article 18(2)"                     |

    @conclusions__para_1 @art_18__para_1 @art_18__para_3 @art_17
    Scenario Outline: <when>, <what> in Russian without agreement is judged by the Agreement's life alone
      Given <act>
      And the <communication> is in Russian
      And nothing other than English was agreed
      When the act is assessed under the Agreement
      Then <what> is not governed by the Agreement
      And no duty arises
      And the decision cites only <provisions>

      Examples:
        | when                                    | act                                                                                                                              | communication | what            | provisions                         |
        | Before the signature                    | Kazakhstan informs the Czech Republic without request on 20 November 2017 of established facts that can help it suppress a crime | information   | the information | "Article 18(3)" and "Final clause"  |
        | While the whole Agreement is suspended  | Kazakhstan informs the Czech Republic without request on 1 April 2026 of established facts that can help it suppress a crime     | information   | the information | "Article 17"                        |
        | Signed, not yet in force                | the Czech Republic informs Kazakhstan on 15 August 2018 directly of a stolen passport numbered 45123987                          | notice        | the notice      | "Article 18(1)" and "Article 18(3)" |
        | While the whole Agreement is suspended  | the Czech Republic informs Kazakhstan on 1 April 2026 directly of a stolen passport numbered 45123987                            | notice        | the notice      | "Article 17"                        |

    @conclusions__para_1 @art_18__para_3
    Scenario Outline: Before the signature in Astana: <act>
      Given <act>
      When the act is assessed under the Agreement
      Then <what> is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(3)" and "Final clause"

      Examples:
        | act                                                                                                                                             | what                     |
        | Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 20 November 2017                              | the request              |
        | the Czech Republic answers on 20 November 2017 the request of Kazakhstan by fulfilling it                                                       | the answer               |
        | Kazakhstan informs the Czech Republic without request on 20 November 2017 of established facts that can help it suppress a crime                | the information          |
        | Kazakhstan transfers to the Czech Republic on 20 November 2017 personal data on identity for suppressing criminal activities                    | the transfer             |
        | the Czech Republic used on 20 November 2017 personal data received from Kazakhstan for suppressing criminal activities                          | the use                  |
        | the Czech Republic asks whether it may use on 20 November 2017 personal data received from Kazakhstan for another purpose                       | the use                  |
        | the Czech Republic asks whether it may submit information received from Kazakhstan to a third state on 20 November 2017                         | the submission           |
        | the Czech Republic submitted information received from Kazakhstan to a third state on 20 November 2017                                          | the submission           |
        | the Czech Republic reviews on 20 November 2017 whether it may keep personal data received from Kazakhstan                                       | keeping the data         |
        | Kazakhstan learns on 20 November 2017 that personal data it transferred to the Czech Republic was unreliable                                    | the notice of the defect |
        | Kazakhstan learns on 20 November 2017 that personal data it transferred to the Czech Republic could not be transferred                          | the notice of the defect |
        | Kazakhstan asks the Czech Republic on 20 November 2017 how the personal data it transferred was used                                            | the request for a report |
        | the Czech Republic informs Kazakhstan on 20 November 2017 directly of a stolen passport numbered 45123987                                       | the notice               |
        | Kazakhstan informs the Czech Republic on 20 November 2017 through the Interpol information database of a lost identity card numbered N0451239   | the notice               |
        | the Czech Republic informs Kazakhstan on 20 November 2017 directly of a counterfeit passport numbered X7781                                     | the notice               |
        | Kazakhstan sends experts to the competent authorities of the Czech Republic on 20 November 2017                                                 | the sending of experts   |
        | the Czech Republic claims from Kazakhstan on 20 November 2017 the costs of its implementation of the Agreement                                  | the claim                |
        | Kazakhstan receives on 20 November 2017 a notice from the Czech Republic suspending the whole Agreement on grounds of public health             | the suspension           |
        | the Czech Republic receives on 20 November 2017 a notice from Kazakhstan suspending cooperation on training on grounds of economic difficulties | the suspension           |
        | Kazakhstan receives on 20 November 2017 a notice from the Czech Republic lifting the suspension of the whole Agreement                          | the lifting              |
        | Kazakhstan receives on 20 November 2017 a written notice of termination from the Czech Republic                                                 | the termination          |
        | the contact details of a competent authority of Kazakhstan change on 20 November 2017                                                           | the change               |

    @art_18__para_1 @art_18__para_3
    Scenario Outline: Signed, not yet in force: <act>
      Given <act>
      When the act is assessed under the Agreement
      Then <what> is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"

      Examples:
        | act                                                                                                                                           | what                     |
        | Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 15 August 2018                              | the request              |
        | the Czech Republic answers on 15 August 2018 the request of Kazakhstan by fulfilling it                                                       | the answer               |
        | Kazakhstan informs the Czech Republic without request on 15 August 2018 of established facts that can help it suppress a crime                | the information          |
        | Kazakhstan transfers to the Czech Republic on 15 August 2018 personal data on identity for suppressing criminal activities                    | the transfer             |
        | the Czech Republic used on 15 August 2018 personal data received from Kazakhstan for suppressing criminal activities                          | the use                  |
        | the Czech Republic asks whether it may use on 15 August 2018 personal data received from Kazakhstan for another purpose                       | the use                  |
        | the Czech Republic asks whether it may submit information received from Kazakhstan to a third state on 15 August 2018                         | the submission           |
        | the Czech Republic submitted information received from Kazakhstan to a third state on 15 August 2018                                          | the submission           |
        | the Czech Republic reviews on 15 August 2018 whether it may keep personal data received from Kazakhstan                                       | keeping the data         |
        | Kazakhstan learns on 15 August 2018 that personal data it transferred to the Czech Republic was unreliable                                    | the notice of the defect |
        | Kazakhstan learns on 15 August 2018 that personal data it transferred to the Czech Republic could not be transferred                          | the notice of the defect |
        | Kazakhstan asks the Czech Republic on 15 August 2018 how the personal data it transferred was used                                            | the request for a report |
        | the Czech Republic informs Kazakhstan on 15 August 2018 directly of a stolen passport numbered 45123987                                       | the notice               |
        | Kazakhstan informs the Czech Republic on 15 August 2018 through the Interpol information database of a lost identity card numbered N0451239   | the notice               |
        | the Czech Republic informs Kazakhstan on 15 August 2018 directly of a counterfeit passport numbered X7781                                     | the notice               |
        | Kazakhstan sends experts to the competent authorities of the Czech Republic on 15 August 2018                                                 | the sending of experts   |
        | the Czech Republic claims from Kazakhstan on 15 August 2018 the costs of its implementation of the Agreement                                  | the claim                |
        | Kazakhstan receives on 15 August 2018 a notice from the Czech Republic suspending the whole Agreement on grounds of public health             | the suspension           |
        | the Czech Republic receives on 15 August 2018 a notice from Kazakhstan suspending cooperation on training on grounds of economic difficulties | the suspension           |
        | Kazakhstan receives on 15 August 2018 a notice from the Czech Republic lifting the suspension of cooperation on training                      | the lifting              |
        | Kazakhstan receives on 15 August 2018 a written notice of termination from the Czech Republic                                                 | the termination          |
        | the contact details of a competent authority of Kazakhstan change on 15 August 2018                                                           | the change               |

    @art_17
    Scenario Outline: While the whole Agreement is suspended: <act>
      Given <act>
      When the act is assessed under the Agreement
      Then <what> is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 17"

      Examples:
        | act                                                                                                                                       | what                   |
        | Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 1 April 2026                            | the request            |
        | the Czech Republic answers on 1 April 2026 the request of Kazakhstan by fulfilling it                                                     | the answer             |
        | Kazakhstan informs the Czech Republic without request on 1 April 2026 of established facts that can help it suppress a crime              | the information        |
        | the Czech Republic informs Kazakhstan on 1 April 2026 directly of a stolen passport numbered 45123987                                     | the notice             |
        | Kazakhstan informs the Czech Republic on 1 April 2026 through the Interpol information database of a lost identity card numbered N0451239 | the notice             |
        | the Czech Republic informs Kazakhstan on 1 April 2026 directly of a counterfeit passport numbered X7781                                   | the notice             |
        | Kazakhstan sends experts to the competent authorities of the Czech Republic on 1 April 2026                                               | the sending of experts |
        | the contact details of a competent authority of Kazakhstan change on 1 April 2026                                                         | the change             |

    @art_17
    Scenario Outline: While cooperation on training, experts and travel documents is suspended: <act>
      Given <act>
      When the act is assessed under the Agreement
      Then <what> is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 17"

      Examples:
        | act                                                                                                                                         | what                   |
        | the Czech Republic sends Kazakhstan a written request about training on 1 October 2026                                                      | the request            |
        | Kazakhstan sends the Czech Republic an electronic request about sending experts on 1 October 2026                                           | the request            |
        | the Czech Republic sends Kazakhstan a written request about lost and stolen travel documents on 1 October 2026                              | the request            |
        | Kazakhstan sends experts to the competent authorities of the Czech Republic on 1 October 2026                                               | the sending of experts |
        | the Czech Republic informs Kazakhstan on 1 October 2026 directly of a stolen passport numbered 45123987                                     | the notice             |
        | Kazakhstan informs the Czech Republic on 1 October 2026 through the Interpol information database of a lost identity card numbered N0451239 | the notice             |
        | the Czech Republic informs Kazakhstan on 1 October 2026 directly of a counterfeit passport numbered X7781                                   | the notice             |

    @art_18__para_2
    Scenario Outline: After the Agreement ceased to have effect: <act>
      Given <act>
      When the act is assessed under the Agreement
      Then <what> is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(2)"

      Examples:
        | act                                                                                                                                         | what                   |
        | Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 1 March 2027                              | the request            |
        | the Czech Republic answers on 1 March 2027 the request of Kazakhstan by fulfilling it                                                       | the answer             |
        | Kazakhstan informs the Czech Republic without request on 1 March 2027 of established facts that can help it suppress a crime                | the information        |
        | Kazakhstan transfers to the Czech Republic on 1 March 2027 personal data on identity for suppressing criminal activities                    | the transfer           |
        | the Czech Republic informs Kazakhstan on 1 March 2027 directly of a stolen passport numbered 45123987                                       | the notice             |
        | Kazakhstan informs the Czech Republic on 1 March 2027 through the Interpol information database of a lost identity card numbered N0451239   | the notice             |
        | the Czech Republic informs Kazakhstan on 1 March 2027 directly of a counterfeit passport numbered X7781                                     | the notice             |
        | Kazakhstan sends experts to the competent authorities of the Czech Republic on 1 March 2027                                                 | the sending of experts |
        | Kazakhstan receives on 1 March 2027 a notice from the Czech Republic suspending the whole Agreement on grounds of public health             | the suspension         |
        | the Czech Republic receives on 1 March 2027 a notice from Kazakhstan suspending cooperation on training on grounds of economic difficulties | the suspension         |
        | Kazakhstan receives on 1 March 2027 a notice from the Czech Republic lifting the suspension of cooperation on training                      | the lifting            |
        | Kazakhstan receives on 1 March 2027 a written notice of termination from the Czech Republic                                                 | the termination        |
        | the contact details of a competent authority of Kazakhstan change on 1 March 2027                                                           | the change             |

    @art_18__para_1 @art_18__para_3
    Scenario Outline: Signed, not yet in force: a written request about <subject> concerning <crime>
      Given the Czech Republic sends Kazakhstan a written request about <subject> on 15 August 2018
      And the request concerns <crime>
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"

      Examples:
        | subject                              | crime                                       |
        | information on crimes and suspects   | organised crime                             |
        | the planning of crimes               | terrorism                                   |
        | results of forensic research         | crimes against the health of the population |
        | missing and wanted persons           | human trafficking                           |
        | the search for missing persons       | child sexual abuse                          |
        | illegal migration                    | crime related to illegal migration          |
        | special investigative methods        | drug trafficking                            |
        | new forms of crime                   | cybercrime                                  |
        | items related to crimes              | weapons trafficking                         |
        | lost and stolen travel documents     | counterfeiting                              |
        | suspicious transactions              | money laundering                            |
        | the search for suspects              | corruption                                  |
        | joint programmes against crime       | illicit trade in cultural values            |
        | the search for objects               | vehicle crime                               |
        | legislation                          | intellectual property offences              |
        | sending experts                      | a crime not listed in Article 2             |
        | training                             | cybercrime                                  |
        | legal assistance in criminal matters | drug trafficking                            |

    @art_18__para_1 @art_18__para_3
    Scenario Outline: Signed, not yet in force: a <form> request (<case>, in <language>) to an authority that is <authority> to handle it
      Given Kazakhstan sends the Czech Republic a <form> request about the search for suspects on 15 August 2018
      And the case is <case>
      And the request is in <language>
      And <agreed>
      And the content of the request <content> electronic means
      And the request reaches an authority of the Czech Republic that is <authority> to handle it
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"

      Examples:
        | form       | case       | language | agreed                                     | content        | authority     |
        | electronic | not urgent | English  | nothing other than English was agreed      | allows         | competent     |
        | electronic | not urgent | English  | nothing other than English was agreed      | does not allow | competent     |
        | oral       | urgent     | English  | nothing other than English was agreed      | allows         | competent     |
        | oral       | not urgent | English  | nothing other than English was agreed      | allows         | competent     |
        | written    | not urgent | Russian  | nothing other than English was agreed      | allows         | competent     |
        | written    | not urgent | Russian  | the authorities have agreed to use Russian | allows         | competent     |
        | written    | not urgent | English  | nothing other than English was agreed      | allows         | not competent |

    @art_18__para_1 @art_18__para_3
    Scenario Outline: Signed, not yet in force: an answer <outcome>, relying on <ground>, with conditions
      Given Kazakhstan answers on 15 August 2018 the request of the Czech Republic by <outcome>
      And it relies on <ground>
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2018"
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"

      Examples:
        | outcome                           | ground                      |
        | fulfilling it                     | no ground of Article 9(4)   |
        | fulfilling it in part             | a threat to its security    |
        | refusing it                       | a threat to its sovereignty |
        | refusing it                       | no ground of Article 9(4)   |
        | asking for additional information | no ground of Article 9(4)   |

    @art_18__para_1 @art_18__para_3
    Scenario Outline: Signed, not yet in force: personal data on <categories> transferred for <purpose>
      Given Kazakhstan transfers to the Czech Republic on 15 August 2018 personal data on <categories> for <purpose>
      And the transfer <necessary> necessary
      And the volume of data transferred <volume> appropriate to the purpose of its use
      And the destruction term informed is 15 August 2028
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2018"
      And Kazakhstan <recorded> recorded the transfer
      When the act is assessed under the Agreement
      Then the transfer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"

      Examples:
        | categories                   | purpose                         | necessary | volume | recorded |
        | identity and state of health | another purpose                 | is not    | is     | has not  |
        | state of health              | related procedures              | is        | is not | has      |
        | identity                     | suppressing criminal activities | is        | is     | has      |

    @art_18__para_1 @art_18__para_3
    Scenario Outline: Signed, not yet in force: personal data used for <purpose> (the use <use> the sender's conditions; consent: <consent>)
      Given the Czech Republic used on 15 August 2018 personal data received from Kazakhstan for <purpose>
      And the use <use> the conditions set by Kazakhstan
      And Kazakhstan <consent> its prior written consent
      When the act is assessed under the Agreement
      Then the use is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"

      Examples:
        | purpose                         | use          | consent      |
        | suppressing criminal activities | respects     | did not give |
        | another purpose                 | departs from | did not give |
        | another purpose                 | departs from | gave         |

    @art_18__para_1 @art_18__para_3
    Scenario Outline: Signed, not yet in force: information submitted to <recipient>; Kazakhstan <consent> its written consent
      Given the Czech Republic submitted information received from Kazakhstan to <recipient> on 15 August 2018
      And Kazakhstan <consent> its written consent
      When the act is assessed under the Agreement
      Then the submission is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"

      Examples:
        | recipient     | consent      |
        | a third state | gave         |
        | Interpol      | did not give |

    @art_18__para_1 @art_18__para_3
    Scenario Outline: Signed, not yet in force: keeping personal data (<term>; the data is <still> necessary)
      Given Kazakhstan reviews on 15 August 2018 whether it may keep personal data received from the Czech Republic
      And <term>
      And the data is <still> necessary
      When the act is assessed under the Agreement
      Then keeping the data is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"

      Examples:
        | term                                           | still     |
        | the destruction term informed is 1 August 2018 | still     |
        | the destruction term informed is 1 March 2029  | still     |
        | the destruction term informed is 1 March 2029  | no longer |
        | no destruction term is informed                | no longer |

    @art_18__para_1 @art_18__para_3
    Scenario Outline: Signed, not yet in force: a notice of a <status> passport that does not give its <item>
      Given the Czech Republic informs Kazakhstan on 15 August 2018 directly of a <status> passport numbered 45123987
      And the notice does not give the document's <item>
      When the act is assessed under the Agreement
      Then the notice is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"

      Examples:
        | status      | item   |
        | stolen      | status |
        | lost        | number |
        | counterfeit | type   |

    @art_18__para_1 @art_18__para_3
    Scenario: Signed, not yet in force: a claim for costs agreed in advance for the case
      Given Kazakhstan claims from the Czech Republic on 15 August 2018 the costs of its implementation of the Agreement
      And the Parties agreed in advance how the costs of this particular case are shared
      When the act is assessed under the Agreement
      Then the claim is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 18(1)" and "Article 18(3)"

    @art_17
    Scenario Outline: While the whole Agreement is suspended, a written request about <subject> concerning <crime> is not governed by it
      Given the Czech Republic sends Kazakhstan a written request about <subject> on 1 April 2026
      And the request concerns <crime>
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 17"

      @art_1__para_2
      Examples: Article 1(2), legal assistance in criminal matters
        | subject                              | crime            |
        | legal assistance in criminal matters | drug trafficking |

      @art_3__intro @art_3__point_1 @art_3__point_2 @art_3__point_3 @art_3__point_4 @art_3__point_5 @art_3__point_6 @art_3__point_7 @art_3__point_8
      Examples: Article 3, the exchange of information
        | subject                            | crime           |
        | information on crimes and suspects | organised crime |
        | the planning of crimes             | organised crime |
        | suspicious transactions            | organised crime |
        | illegal migration                  | organised crime |
        | items related to crimes            | organised crime |
        | new forms of crime                 | organised crime |
        | results of forensic research       | organised crime |
        | legislation                        | organised crime |

      @art_4__intro @art_4__point_1 @art_4__point_2 @art_4__point_3 @art_4__point_4 @art_4__point_5
      Examples: Article 4, coordinated assistance
        | subject                        | crime           |
        | the search for suspects        | organised crime |
        | the search for missing persons | organised crime |
        | the search for objects         | organised crime |
        | special investigative methods  | organised crime |
        | joint programmes against crime | organised crime |

      @art_7
      Examples: Article 7, missing and wanted persons
        | subject                    | crime           |
        | missing and wanted persons | organised crime |

      @art_2__intro @art_2__point_1 @art_2__point_2 @art_2__point_3 @art_2__point_4 @art_2__point_5 @art_2__point_6 @art_2__point_7 @art_2__point_8 @art_2__point_9 @art_2__point_10 @art_2__point_11 @art_2__point_12 @art_2__point_13 @art_2__point_14 @art_2__point_15
      Examples: Article 2, the crimes the Parties combat, and a crime it does not list
        | subject                            | crime                                       |
        | information on crimes and suspects | terrorism                                   |
        | information on crimes and suspects | crimes against the health of the population |
        | information on crimes and suspects | human trafficking                           |
        | information on crimes and suspects | child sexual abuse                          |
        | information on crimes and suspects | crime related to illegal migration          |
        | information on crimes and suspects | drug trafficking                            |
        | information on crimes and suspects | cybercrime                                  |
        | information on crimes and suspects | weapons trafficking                         |
        | information on crimes and suspects | counterfeiting                              |
        | information on crimes and suspects | money laundering                            |
        | information on crimes and suspects | corruption                                  |
        | information on crimes and suspects | illicit trade in cultural values            |
        | information on crimes and suspects | vehicle crime                               |
        | information on crimes and suspects | intellectual property offences              |
        | information on crimes and suspects | a crime not listed in Article 2             |

    @art_17 @art_9__para_1 @art_9__para_2 @art_9__para_6
    Scenario Outline: While the whole Agreement is suspended, a <form> request (<case>, in <language>) to an authority that is <authority> to handle it is not governed by it
      Given Kazakhstan sends the Czech Republic a <form> request about the search for suspects on 1 April 2026
      And the case is <case>
      And the request is in <language>
      And <agreed>
      And the content of the request <content> electronic means
      And the request reaches an authority of the Czech Republic that is <authority> to handle it
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 17"

      Examples:
        | form       | case       | language | agreed                                     | content        | authority     |
        | electronic | not urgent | English  | nothing other than English was agreed      | allows         | competent     |
        | electronic | not urgent | English  | nothing other than English was agreed      | does not allow | competent     |
        | oral       | urgent     | English  | nothing other than English was agreed      | allows         | competent     |
        | oral       | not urgent | English  | nothing other than English was agreed      | allows         | competent     |
        | written    | not urgent | Russian  | nothing other than English was agreed      | allows         | competent     |
        | written    | not urgent | Russian  | the authorities have agreed to use Russian | allows         | competent     |
        | written    | not urgent | English  | nothing other than English was agreed      | allows         | not competent |

    @art_17 @art_9__para_2 @art_9__para_4 @art_9__para_5
    Scenario Outline: While the whole Agreement is suspended, an answer <outcome>, relying on <ground>, with conditions, is not governed by it
      Given Kazakhstan answers on 1 April 2026 the request of the Czech Republic by <outcome>
      And it relies on <ground>
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2018"
      When the act is assessed under the Agreement
      Then the answer is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 17"

      Examples:
        | outcome                           | ground                      |
        | fulfilling it                     | no ground of Article 9(4)   |
        | fulfilling it in part             | a threat to its security    |
        | refusing it                       | a threat to its sovereignty |
        | refusing it                       | no ground of Article 9(4)   |
        | asking for additional information | no ground of Article 9(4)   |

    @art_17 @art_10__point_1 @art_10__point_2 @art_10__point_4 @art_10__point_5 @art_10__point_6
    Scenario Outline: While the whole Agreement is suspended, personal data on <categories> transferred for <purpose> is not governed by it, and is protected and destroyed at once
      Given Kazakhstan transfers to the Czech Republic on 1 April 2026 personal data on <categories> for <purpose>
      And the transfer <necessary> necessary
      And the volume of data transferred <volume> appropriate to the purpose of its use
      And the destruction term informed is 1 April 2036
      And Kazakhstan sets the condition "Use only in criminal proceedings no. 4-118/2018"
      And Kazakhstan <recorded> recorded the transfer
      When the act is assessed under the Agreement
      Then the transfer is not governed by the Agreement
      And the Czech Republic must protect the data with no date fixed by the Agreement
      And the Czech Republic must destroy the data immediately
      And the Czech Republic must record the destruction immediately
      And no other duty arises
      And the decision cites only "Article 10, item 4", "Article 10, item 6", "Article 10, item 7" and "Article 17"

      @art_10__point_7
      Examples:
        | categories                   | purpose                         | necessary | volume | recorded |
        | identity and state of health | another purpose                 | is not    | is     | has not  |
        | state of health              | related procedures              | is        | is not | has      |
        | identity                     | suppressing criminal activities | is        | is     | has      |

    @art_17 @art_6__para_1 @art_6__para_2
    Scenario Outline: While the whole Agreement is suspended, a notice of a <status> passport that does not give its <item> is not governed by it
      Given the Czech Republic informs Kazakhstan on 1 April 2026 directly of a <status> passport numbered 45123987
      And the notice does not give the document's <item>
      When the act is assessed under the Agreement
      Then the notice is not governed by the Agreement
      And no duty arises
      And the decision cites only "Article 17"

      Examples:
        | status      | item   |
        | stolen      | status |
        | lost        | number |
        | counterfeit | type   |
