Feature: One case over time, as the case ledger keeps it
  The Agreement between the Government of the Republic of Kazakhstan and the Government of the
  Czech Republic on cooperation in combating crime (Astana, 23 November 2017) binds the Parties
  over the life of a case, not one act at a time: an urgent oral request must later be confirmed in
  writing (Article 9(1)); a refusal must be notified in writing (Article 9(5)); personal data
  transferred must be destroyed at its term, when no longer necessary, and when the Agreement ends
  (Article 10, item 5); a use for another purpose is lawful once the sending Party's prior written
  consent exists (Article 10, item 1); the Parties keep records of every transfer, reception and
  destruction (Article 10, item 6); and a report on use, a correction, a forwarding to the
  competent authority and a notification perform the duties of Articles 9(2), 10 (items 3 to 5)
  and 13(3). The ledger records each act in turn, judges it with the acts recorded before it, and
  says on any day which duty is open, overdue, performed, suspended or lapsed.

  How to read these scenarios (the full legend is docs/legend.md): each scenario records the acts
  of one case in turn, and judges each act on its day under this Agreement alone, with the acts
  recorded before it. "Permitted" means properly made or lawful under the Agreement (a request
  properly made, not granted); "prohibited", not meeting a condition of the Agreement (a cost
  claim unfounded); "not governed by the Agreement", outside it, which says nothing of national
  law or other treaties. "No duty arises" means no duty under this Agreement; "with no date fixed
  by the Agreement", a duty with no deadline in the Agreement. Unless a scenario says otherwise,
  communications are in English and nothing else was agreed, a case is not urgent, a transfer is
  necessary and within the sender's conditions. A scenario that passed means the software gave
  what it states, not that the statement is right in law.

  Background:
    Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018

  Rule: Article 9(1), 9(5), 10, 11, 17 and 18(2) — the duties of a case, from the first request to the destruction after the Agreement ends

    @art_9__para_1 @art_9__para_2 @art_9__para_4 @art_9__para_5 @art_10__point_1 @art_10__point_5 @art_10__point_6 @art_17 @art_18__para_2
    Scenario: An urgent request, a refusal, a transfer with its term, a use with consent, a suspension, and the end of the Agreement
      Given the Czech Republic sends Kazakhstan an oral request about the search for missing persons on 2 March 2026
      And the case is urgent
      When the act is recorded in the ledger
      Then the request is permitted
      And the Czech Republic must confirm the oral request in writing immediately
      And on 3 March 2026, the duty of the Czech Republic to confirm the oral request in writing is overdue

      Given the Czech Republic confirms in writing on 4 March 2026 the oral request it made to Kazakhstan
      When the act is recorded in the ledger
      Then the confirmation is permitted
      And on 4 March 2026, the duty of the Czech Republic to confirm the oral request in writing is discharged

      Given Kazakhstan answers on 10 March 2026 the request of the Czech Republic by refusing it
      And it relies on a threat to its security
      When the act is recorded in the ledger
      Then the answer is permitted
      And Kazakhstan must inform the other Party of the refusal in writing immediately
      And on 10 March 2026, the duty of Kazakhstan to respond to the request is discharged
      And on 11 March 2026, the duty of Kazakhstan to inform the other Party of the refusal in writing is overdue

      Given Kazakhstan informs in writing on 11 March 2026 the Czech Republic that it refused the request
      When the act is recorded in the ledger
      Then the notice is permitted
      And on 11 March 2026, the duty of Kazakhstan to inform the other Party of the refusal in writing is discharged

      Given the Czech Republic transfers to Kazakhstan on 16 March 2026 personal data on identity and photographs for suppressing criminal activities
      And the destruction term informed is 31 December 2030
      When the act is recorded in the ledger
      Then the transfer is permitted
      And Kazakhstan must destroy the data by 31 December 2030
      And on 1 June 2026, the duty of Kazakhstan to destroy the data is open

      Given Kazakhstan asks whether it may use on 1 April 2026 personal data received from the Czech Republic for another purpose
      When the act is recorded in the ledger
      Then the use is permitted only with the written consent of the sending Party

      Given the Czech Republic consents in writing on 5 April 2026 to Kazakhstan using the personal data it transferred for another purpose
      When the act is recorded in the ledger
      Then the consent is permitted

      Given Kazakhstan used on 6 April 2026 personal data received from the Czech Republic for another purpose
      When the act is recorded in the ledger
      Then the use is permitted

      Given Kazakhstan sends the Czech Republic a written request about training on 20 April 2026
      When the act is recorded in the ledger
      Then the request is permitted
      And the Czech Republic must respond to the request in an urgent manner

      Given Kazakhstan receives on 1 May 2026 a notice from the Czech Republic suspending the whole Agreement on grounds of public order
      When the act is recorded in the ledger
      Then the suspension is permitted
      And on 1 June 2026, the duty of the Czech Republic to respond to the request is suspended
      And on 1 June 2026, the duty of Kazakhstan to destroy the data is open

      Given Kazakhstan receives on 1 July 2026 a notice from the Czech Republic lifting the suspension of the whole Agreement
      When the act is recorded in the ledger
      Then the lifting is permitted
      And on 20 July 2026, the duty of the Czech Republic to respond to the request is open

      Given the Czech Republic receives on 10 January 2027 a written notice of termination from Kazakhstan
      When the act is recorded in the ledger
      Then the termination is permitted
      And both Parties must destroy the data by 10 July 2027
      And on 10 July 2027, the duty of the Czech Republic to respond to the request is lapsed
      And on 11 July 2027, the duty of both Parties to destroy the data is overdue

      Given Kazakhstan destroys on 12 July 2027 the personal data received from the Czech Republic, because the Agreement has ceased to have effect
      When the act is recorded in the ledger
      Then the destruction is permitted
      And on 12 July 2027, the duty of both Parties to destroy the data is discharged
      And on 12 July 2027, the duty of Kazakhstan to destroy the data is discharged
      And on 12 July 2027, the duty of Kazakhstan to record the destruction is discharged
      And on 12 July 2027, no duty is overdue
      And on 12 July 2027, the records kept by the Czech Republic show the transfer of the personal data the Czech Republic sent
      And on 12 July 2027, the records kept by Kazakhstan show the reception and destruction of the personal data the Czech Republic sent

  Rule: Article 17 — a partial suspension pauses only the duties of the cases on the subjects it suspends

    @art_9__para_1 @art_17
    Scenario: A suspension of cooperation on training pauses the duty to answer a request about training, not a request about the search for suspects
      Given Kazakhstan sends the Czech Republic a written request about training on 20 April 2026
      When the act is recorded in the ledger
      Then the request is permitted
      And the Czech Republic must respond to the request in an urgent manner

      Given the Czech Republic sends Kazakhstan a written request about the search for suspects on 21 April 2026
      When the act is recorded in the ledger
      Then the request is permitted
      And Kazakhstan must respond to the request in an urgent manner

      Given Kazakhstan receives on 1 May 2026 a notice from the Czech Republic suspending cooperation on training on grounds of public order
      When the act is recorded in the ledger
      Then the suspension is permitted
      And on 1 June 2026, the duty of the Czech Republic to respond to the request is suspended
      And on 1 June 2026, the duty of Kazakhstan to respond to the request is open

      Given Kazakhstan receives on 1 July 2026 a notice from the Czech Republic lifting the suspension of cooperation on training
      When the act is recorded in the ledger
      Then the lifting is permitted
      And on 20 July 2026, the duty of the Czech Republic to respond to the request is open
      And on 20 July 2026, no duty is suspended

  Rule: Article 9(2), Article 10, items 3 to 5, and Article 13(3) — the acts that perform the duties a request for a report, a defect, a request to an authority not competent, a transfer without its term and a change of contacts open

    @art_10__point_3
    Scenario: The sending Party asks how its data was used, and the receiving Party reports on it
      Given the Czech Republic transfers to Kazakhstan on 16 March 2026 personal data on identity and photographs for suppressing criminal activities
      And the destruction term informed is 31 December 2030
      When the act is recorded in the ledger
      Then the transfer is permitted

      Given the Czech Republic asks Kazakhstan on 1 April 2026 how the personal data it transferred was used
      When the act is recorded in the ledger
      Then the request for a report is permitted
      And Kazakhstan must report on the use of the data and its results with no date fixed by the Agreement
      And on 3 May 2026, the duty of Kazakhstan to report on the use of the data and its results is open

      Given Kazakhstan reports on 4 May 2026 to the Czech Republic on the use of the personal data received from it and the results achieved
      When the act is recorded in the ledger
      Then the report is permitted
      And no duty arises
      And on 4 May 2026, the duty of Kazakhstan to report on the use of the data and its results is discharged
      And on 4 May 2026, the duty of Kazakhstan to destroy the data is open

    @art_10__point_4
    Scenario: The sending Party learns that data it transferred was unreliable, and the receiving Party corrects it
      Given the Czech Republic transfers to Kazakhstan on 16 March 2026 personal data on identity and photographs for suppressing criminal activities
      And the destruction term informed is 31 December 2030
      When the act is recorded in the ledger
      Then the transfer is permitted

      Given the Czech Republic learns on 1 April 2026 that personal data it transferred to Kazakhstan was unreliable
      When the act is recorded in the ledger
      Then keeping the data once corrected is permitted
      And Kazakhstan must correct the data with no date fixed by the Agreement
      And on 4 May 2026, the duty of Kazakhstan to correct the data is open

      Given Kazakhstan corrects on 5 May 2026 the personal data received from the Czech Republic that was unreliable
      When the act is recorded in the ledger
      Then the correction is permitted
      And no duty arises
      And on 4 May 2026, the duty of Kazakhstan to correct the data is open
      And on 5 May 2026, the duty of Kazakhstan to correct the data is discharged

    # Reading (docs/interpretation.md, "Outliving termination"): data that must be destroyed on the Agreement's expiry
    # is not corrected; the duty to correct lapses with the Agreement, as a defect found after the end opens a duty to
    # destroy the data (art_18.terminated_defective_data), while the duty to destroy the data at its term stays open.
    @art_10__point_4 @art_10__point_5 @art_10__point_6 @art_18__para_2
    Scenario: A duty to correct data still open when the Agreement ceases to have effect lapses, as the data is to be destroyed
      Given the Czech Republic transfers to Kazakhstan on 16 March 2026 personal data on identity and photographs for suppressing criminal activities
      And the destruction term informed is 31 December 2030
      When the act is recorded in the ledger
      Then the transfer is permitted

      Given the Czech Republic learns on 1 April 2026 that personal data it transferred to Kazakhstan was unreliable
      When the act is recorded in the ledger
      Then keeping the data once corrected is permitted
      And Kazakhstan must correct the data with no date fixed by the Agreement

      Given the Czech Republic receives on 10 January 2027 a written notice of termination from Kazakhstan
      When the act is recorded in the ledger
      Then the termination is permitted
      And both Parties must destroy the data by 10 July 2027
      And on 9 July 2027, the duty of Kazakhstan to correct the data is open
      And on 10 July 2027, the duty of Kazakhstan to correct the data is lapsed
      And on 10 July 2027, the duty of both Parties to destroy the data is open

    @art_9__para_2
    Scenario: A request reaches an authority not competent to handle it, which forwards it to the competent one
      Given the Czech Republic sends Kazakhstan a written request about items related to crimes on 2 March 2026
      And the request reaches an authority of Kazakhstan that is not competent to handle it
      When the act is recorded in the ledger
      Then the request is permitted
      And Kazakhstan must forward the request to the competent authority with no date fixed by the Agreement
      And on 4 March 2026, the duty of Kazakhstan to forward the request to the competent authority is open

      Given Kazakhstan forwards on 5 March 2026 the request of the Czech Republic to its competent authority
      When the act is recorded in the ledger
      Then the forwarding is permitted
      And no duty arises
      And on 4 March 2026, the duty of Kazakhstan to forward the request to the competent authority is open
      And on 5 March 2026, the duty of Kazakhstan to forward the request to the competent authority is discharged
      And on 5 March 2026, the duty of Kazakhstan to respond to the request is open

    @art_10__point_4
    Scenario: The sending Party notifies the receiving Party that data it transferred was unreliable, a day late
      Given the Czech Republic transfers to Kazakhstan on 16 March 2026 personal data on identity and photographs for suppressing criminal activities
      And the destruction term informed is 31 December 2030
      When the act is recorded in the ledger
      Then the transfer is permitted

      Given the Czech Republic learns on 1 April 2026 that personal data it transferred to Kazakhstan was unreliable
      When the act is recorded in the ledger
      Then keeping the data once corrected is permitted
      And the Czech Republic must inform the other Party immediately
      And on 2 April 2026, the duty of the Czech Republic to inform the other Party is overdue

      Given the Czech Republic notifies on 3 April 2026 Kazakhstan that the personal data it transferred was unreliable
      When the act is recorded in the ledger
      Then the notification is permitted
      And no duty arises
      And on 2 April 2026, the duty of the Czech Republic to inform the other Party is overdue
      And on 3 April 2026, the duty of the Czech Republic to inform the other Party is discharged
      And on 3 April 2026, the duty of Kazakhstan to correct the data is open

    @art_10__point_5
    Scenario: A transfer made without its destruction term, and the term notified afterwards
      Given the Czech Republic transfers to Kazakhstan on 16 March 2026 personal data on identity and photographs for suppressing criminal activities
      And no destruction term is informed
      When the act is recorded in the ledger
      Then the transfer is permitted
      And the Czech Republic must inform the other Party of the destruction term by 16 March 2026
      And on 17 March 2026, the duty of the Czech Republic to inform the other Party of the destruction term is overdue

      Given the Czech Republic notifies on 20 March 2026 Kazakhstan of the destruction term of the personal data it transferred
      When the act is recorded in the ledger
      Then the notification is permitted
      And on 20 March 2026, the duty of the Czech Republic to inform the other Party of the destruction term is discharged

    @art_13__para_3
    Scenario: A competent authority's contact details change, and the other Party is notified of it
      Given the contact details of a competent authority of the Czech Republic change on 1 June 2026
      When the act is recorded in the ledger
      Then the change is permitted
      And the Czech Republic must inform the other Party immediately

      Given the Czech Republic notifies on 1 June 2026 Kazakhstan of the change of its contact details
      When the act is recorded in the ledger
      Then the notification is permitted
      And on 1 June 2026, the duty of the Czech Republic to inform the other Party is discharged
      And on 1 June 2026, no duty is overdue

  Rule: Article 18(1) — the Agreement enters into force on the first day of the second month after the later of the two notifications of internal procedures

    @art_18__para_1
    Scenario: Both Parties notify the completion of their internal procedures; a request before the day of entry into force is not governed, a request from that day is
      Given nothing is known of the notifications, suspensions or termination of the Agreement
      And Kazakhstan receives on 14 June 2018 a written notification from the Czech Republic that it has completed the internal procedures necessary for the entry into force of the Agreement
      When the act is recorded in the ledger
      Then the notification of internal procedures is permitted
      And the decision cites "Article 18(1)"

      Given the Czech Republic receives on 20 July 2018 a written notification from Kazakhstan that it has completed the internal procedures necessary for the entry into force of the Agreement
      When the act is recorded in the ledger
      Then the notification of internal procedures is permitted
      And the Agreement enters into force on 1 September 2018

      Given the Czech Republic sends Kazakhstan a written request about training on 31 August 2018
      When the act is recorded in the ledger
      Then the request is not governed by the Agreement
      And the decision cites "Article 18(1)"

      Given the Czech Republic sends Kazakhstan a written request about training on 1 September 2018
      When the act is recorded in the ledger
      Then the request is permitted
      And Kazakhstan must respond to the request in an urgent manner

    # A Party notifies once, for its own internal procedures (docs/interpretation.md, "The case ledger").
    @art_18__para_1
    Scenario: A second notification from the same Party does not stand for the other Party's, and the Agreement does not enter into force
      Given nothing is known of the notifications, suspensions or termination of the Agreement
      And Kazakhstan receives on 14 June 2018 a written notification from the Czech Republic that it has completed the internal procedures necessary for the entry into force of the Agreement
      When the act is recorded in the ledger
      Then the notification of internal procedures is permitted

      Given Kazakhstan receives on 20 July 2018 a written notification from the Czech Republic that it has completed the internal procedures necessary for the entry into force of the Agreement
      When the act is recorded in the ledger
      Then the notification of internal procedures is permitted
      And the decision cites "Article 18(1)"

      Given the Czech Republic sends Kazakhstan a written request about training on 3 September 2018
      When the act is recorded in the ledger
      Then the request is not governed by the Agreement
      And the decision cites "Article 18(1)"

    @art_18__para_1 @art_18__para_2 @art_17 @art_18__para_3 @conclusions__para_1
    Scenario: A notification received before the signature, or once the Agreement is in force, suspended or ended, changes nothing
      Given the Czech Republic receives on 1 November 2017 a written notification from Kazakhstan that it has completed the internal procedures necessary for the entry into force of the Agreement
      When the act is recorded in the ledger
      Then the notification of internal procedures is not governed by the Agreement
      And the decision cites "Final clause" and "Article 18(3)"

      Given Kazakhstan receives on 2 March 2026 a written notification from the Czech Republic that it has completed the internal procedures necessary for the entry into force of the Agreement
      When the act is recorded in the ledger
      Then the notification of internal procedures is not governed by the Agreement
      And the decision cites "Article 18(1)"
      And the decision does not rest on "art_18.procedures_notification"

      Given Kazakhstan receives on 1 May 2026 a notice from the Czech Republic suspending the whole Agreement on grounds of public order
      When the act is recorded in the ledger
      Then the suspension is permitted
      And the decision cites "Article 17"

      Given the Czech Republic receives on 1 June 2026 a written notification from Kazakhstan that it has completed the internal procedures necessary for the entry into force of the Agreement
      When the act is recorded in the ledger
      Then the notification of internal procedures is not governed by the Agreement

      Given Kazakhstan receives on 31 August 2026 a written notice of termination from the Czech Republic
      When the act is recorded in the ledger
      Then the termination is permitted
      And the decision cites "Article 18(2)"

      Given Kazakhstan receives on 1 March 2027 a written notification from the Czech Republic that it has completed the internal procedures necessary for the entry into force of the Agreement
      When the act is recorded in the ledger
      Then the notification of internal procedures is not governed by the Agreement
      And the Agreement ceases to have effect on 28 February 2027
