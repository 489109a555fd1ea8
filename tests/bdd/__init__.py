"""Executable features: the Agreement's rules told in plain legal English (features/)."""
