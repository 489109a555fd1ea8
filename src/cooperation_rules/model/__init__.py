"""The model at the bottom of the library: the closed vocabularies and the typed events."""
