Feature: The Agreement's own life — signature, entry into force, suspension and termination
  Articles 13(1), 13(2), 17 and 18 and the final clause: from which day the Agreement governs
  the acts of the competent authorities, when a suspension or its lifting takes effect, and
  when the Agreement ceases to have effect and what becomes of the personal data then.

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

    @art_18__para_1
    Scenario: A request on the last day before entry into force
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And the Czech Republic sends Kazakhstan a written request about the search for suspects on 31 August 2018
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites "Article 18(1)"
      And the decision quotes "enters into force on the first day of the second month following the date of the receipt"

    @art_18__para_1 @art_9__para_1
    Scenario: A request on the day of entry into force
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And the Czech Republic sends Kazakhstan a written request about the search for suspects on 1 September 2018
      When the act is assessed under the Agreement
      Then the request is permitted
      And Kazakhstan must respond to the request with no date fixed by the Agreement
      And no other duty arises

    @art_18__para_1
    Scenario: Only one Party has notified its internal procedures
      Given only one notification of internal procedures was received, on 20 July 2018
      And Kazakhstan sends the Czech Republic a written request about the search for suspects on 2 March 2026
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And the decision cites "Article 18(1)"

    @art_18__para_1 @art_18__para_3
    Scenario: Until entry into force the 1998 agreement, not this one, governs cooperation
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 15 August 2018
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites "Article 18(1)" and "Article 18(3)"
      And the decision quotes "signed on April 9, 1998, ceases to have effect"

  Rule: Final clause — nothing before the signature in Astana on 23 November 2017

    @conclusions__para_1
    Scenario: A request made the day before signature, nothing else being known
      Given nothing is known of the notifications, suspensions or termination of the Agreement
      And Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 22 November 2017
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites "Final clause"
      And the decision quotes "Signed in Astana on November 23, 2017"

    @conclusions__para_1 @art_18__para_1
    Scenario: A request made on the day of signature, nothing else being known
      Given nothing is known of the notifications, suspensions or termination of the Agreement
      And Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 23 November 2017
      When the act is assessed under the Agreement
      Then the request is permitted
      And the decision says it presumes the Agreement in force since its signature

    @conclusions__para_1 @art_18__para_1
    Scenario: A request made on the day of signature, when the notifications came later
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      And Kazakhstan sends the Czech Republic a written request about information on crimes and suspects on 23 November 2017
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And the decision cites "Article 18(1)"

  Rule: Article 13(1) and 13(2) — within thirty days of entry into force, competent authorities are named and contacts exchanged

    @art_13__para_1 @art_13__para_2
    Scenario: The duties that entry into force on 1 September 2018 creates
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018
      When the Agreement's own life is assessed
      Then both Parties must name their competent authorities by 1 October 2018
      And both Parties must exchange contact details by 1 October 2018
      And no other duty arises
      And the decision cites "Article 13(1)" and "Article 13(2)"
      And the decision quotes "Within thirty days from the date of entry into force of this Agreement"

  Rule: Article 17 — a suspension, and its lifting, take effect fifteen days after the notice is received

    Background:
      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018

    @art_17
    Scenario: The day a suspension received on 1 March 2026 takes effect
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      When the Agreement's own life is assessed
      Then the suspension takes effect on 16 March 2026

    @art_17 @art_9__para_1
    Scenario: A request on the last day before the suspension takes effect
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the Czech Republic sends Kazakhstan a written request about the search for suspects on 15 March 2026
      When the act is assessed under the Agreement
      Then the request is permitted
      And Kazakhstan must respond to the request with no date fixed by the Agreement
      And no other duty arises

    @art_17
    Scenario: A request on the day the suspension takes effect
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the Czech Republic sends Kazakhstan a written request about the search for suspects on 16 March 2026
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites "Article 17"
      And the decision quotes "shall take effect fifteen days after the date of receipt of such notice by the other Contracting Party"

    @art_17
    Scenario Outline: The suspension is lifted by a notice received on 1 June 2026; a request on <day>
      Given a notice suspending the whole Agreement on grounds of the security of the state was received on 1 March 2026
      And the notice lifting that suspension was received on 1 June 2026
      And Kazakhstan sends the Czech Republic a written request about the search for suspects on <day>
      When the act is assessed under the Agreement
      Then the request is <verdict>

      Examples:
        | day          | verdict                       |
        | 15 June 2026 | not governed by the Agreement |
        | 16 June 2026 | permitted                     |

    @art_17
    Scenario: The day the lifting of a suspension takes effect
      Given a notice suspending the whole Agreement on grounds of public order was received on 1 March 2026
      And the notice lifting that suspension was received on 1 June 2026
      When the Agreement's own life is assessed
      Then the suspension ends on 16 June 2026

    @art_17
    Scenario Outline: A partial suspension of training only; a request about <subject>
      Given a notice suspending cooperation on training on grounds of public order was received on 1 March 2026
      And the Czech Republic sends Kazakhstan a written request about <subject> on 20 March 2026
      When the act is assessed under the Agreement
      Then the request is <verdict>

      Examples:
        | subject                 | verdict                       |
        | training                | not governed by the Agreement |
        | the search for suspects | permitted                     |

    @art_17 @art_5__para_1 @art_6__para_1
    Scenario Outline: A partial suspension of <suspended>; <act> on 20 March 2026
      Given a notice suspending cooperation on <suspended> on grounds of public health was received on 1 March 2026
      And <act>
      When the act is assessed under the Agreement
      Then <what> is <verdict>

      Examples:
        | suspended        | act                                                                                                    | what                   | verdict                       |
        | sending experts  | Kazakhstan sends experts to the competent authorities of the Czech Republic on 20 March 2026           | the sending of experts | not governed by the Agreement |
        | sending experts  | Kazakhstan sends experts to the competent authorities of the Czech Republic on 15 March 2026           | the sending of experts | permitted                     |
        | travel documents | the Czech Republic informs Kazakhstan on 20 March 2026 directly of a stolen passport numbered 45123987 | the notice             | not governed by the Agreement |
        | sending experts  | the Czech Republic informs Kazakhstan on 20 March 2026 directly of a stolen passport numbered 45123987 | the notice             | permitted                     |

    @art_17
    Scenario Outline: A notice of suspension on grounds of <ground>
      Given Kazakhstan receives on 1 March 2026 a notice from the Czech Republic suspending the whole Agreement on grounds of <ground>
      When the act is assessed under the Agreement
      Then the suspension is permitted
      And both Parties must suspend cooperation by 16 March 2026
      And no other duty arises
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
      And the decision cites "Article 17"

    @art_17 @art_10__point_1
    Scenario Outline: During a suspension, data already received stays bound by Article 10 (use for <purpose>)
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And the Czech Republic uses on 1 April 2026 personal data received from Kazakhstan for <purpose>
      When the act is assessed under the Agreement
      Then the use is <verdict>
      And no duty arises

      Examples:
        | purpose                         | verdict                                                      |
        | suppressing criminal activities | permitted                                                    |
        | another purpose                 | permitted only with the written consent of the sending Party |

    @art_17
    Scenario: During a suspension of the whole Agreement no new personal data is transferred under it
      Given a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026
      And Kazakhstan transfers to the Czech Republic on 1 April 2026 personal data on identity for suppressing criminal activities
      When the act is assessed under the Agreement
      Then the transfer is not governed by the Agreement
      And no duty arises

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

    @art_18__para_2
    Scenario Outline: A request on <day> after a notice of termination received on <notice>
      Given a written notice of termination was received on <notice>
      And the Czech Republic sends Kazakhstan a written request about the search for suspects on <day>
      When the act is assessed under the Agreement
      Then the request is <verdict>

      Examples: an ordinary year
        | notice         | day              | verdict                       |
        | 31 August 2026 | 27 February 2027 | permitted                     |
        | 31 August 2026 | 28 February 2027 | not governed by the Agreement |

      Examples: a leap year
        | notice         | day              | verdict                       |
        | 31 August 2027 | 28 February 2028 | permitted                     |
        | 31 August 2027 | 29 February 2028 | not governed by the Agreement |

    @art_18__para_2
    Scenario: The decision on a request on the day the Agreement ceases to have effect
      Given a written notice of termination was received on 31 August 2026
      And Kazakhstan sends the Czech Republic a written request about the search for suspects on 28 February 2027
      When the act is assessed under the Agreement
      Then the request is not governed by the Agreement
      And no duty arises
      And the decision cites "Article 18(2)"
      And the decision quotes "will cease to have effect six months after the date of receipt"

    @art_18__para_2 @art_10__point_5
    Scenario: A notice of termination, and the personal data it dooms
      Given Kazakhstan receives on 31 August 2026 a written notice of termination from the Czech Republic
      When the act is assessed under the Agreement
      Then the termination is permitted
      And both Parties must destroy the data by 28 February 2027
      And no other duty arises
      And the decision cites "Article 18(2)" and "Article 10, item 5"
      And the decision quotes "In the event of the expiration of this Agreement, all personal data obtained on its basis must be destroyed"

    @art_18__para_2 @art_10__point_5
    Scenario: Personal data used after the Agreement ceased to have effect
      Given a written notice of termination was received on 31 August 2026
      And the Czech Republic uses on 1 March 2027 personal data received from Kazakhstan for suppressing criminal activities
      When the act is assessed under the Agreement
      Then the use is prohibited
      And the Czech Republic must destroy the data immediately
      And no other duty arises
      And the decision cites "Article 10, item 5" and "Article 18(2)"

    @art_18__para_2 @art_10__point_5 @art_11__para_2
    Scenario: Information passed on to a third state after the Agreement ceased to have effect
      Given a written notice of termination was received on 31 August 2026
      And the Czech Republic submits information received from Kazakhstan to a third state on 1 March 2027
      When the act is assessed under the Agreement
      Then the submission is not governed by the Agreement
      And the Czech Republic must destroy the data immediately
      And no other duty arises
      And the decision cites "Article 18(2)" and "Article 10, item 5"
      And the decision does not cite "Article 11(2)"

    @art_18__para_2 @art_10__point_5
    Scenario: Personal data kept on the day the Agreement ceases to have effect, though still needed and within its term
      Given a written notice of termination was received on 31 August 2026
      And Kazakhstan reviews on 28 February 2027 whether it may keep personal data received from the Czech Republic
      And the destruction term informed is 2 March 2036
      And the data is still necessary
      When the act is assessed under the Agreement
      Then keeping the data is prohibited
      And Kazakhstan must destroy the data immediately
      And no other duty arises
