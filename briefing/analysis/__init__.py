"""The headless analysis core: sentences, entities, parties, positions and summaries.

``briefing.analysis.analyze`` holds ``analyze`` / ``analyze_many`` (which load spaCy);
``briefing.analysis.types`` holds the frozen dataclasses and is cheap to import, so the
package itself imports nothing. Never imports ``textual``.
"""
