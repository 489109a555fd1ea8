"""The law: the Agreement's text by provision, its own facts and periods, its calendar and its life."""
