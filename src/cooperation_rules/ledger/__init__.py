"""The case ledger: events recorded one after another, each judged with what the ledger already holds.

A ``Ledger`` resolves the references between events (a response with its request, a use with its transfer), derives
the Agreement's life from the notices it records, keeps the duties each evaluation opens as state machines, the
records of Article 10, item 6, and a hash chain over every entry so that a third party can check the log was only
appended to.
"""
