"""The answer to an evaluation: verdict, duties, findings, quoted law, and how people read it."""
