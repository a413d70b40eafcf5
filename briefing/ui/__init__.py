"""The reader: a Textual UI over ``Analysis`` objects (no NLP happens here)."""
