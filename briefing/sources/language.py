"""A cheap check that an article is English, the language the analysis is built for.

No language model: the share of the most common English function words among the first
words of the text. English news runs at 35-50 %; other languages stay under 10 %.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_COMMON_WORDS = (
    "the of and to a in is was that for on it with as by at from he she they his her their "
    "be are were been has have had not this but or an which who will would said its also "
    "after more than we i you there about into over one up out new"
)
_COMMON = frozenset(_COMMON_WORDS.split())
SAMPLE_WORDS = 2000
MIN_WORDS = 20
MIN_SHARE = 0.15


def english_share(text: str) -> tuple[float, int]:
    """The share of common English words among the first words of ``text``, and their count."""
    words = _WORD.findall(text[: SAMPLE_WORDS * 8].lower())[:SAMPLE_WORDS]
    if not words:
        return 0.0, 0
    return sum(w in _COMMON for w in words) / len(words), len(words)


def language_note(text: str, source: str) -> str | None:
    """A note for the reader when ``text`` does not look like English, else None."""
    share, n = english_share(text)
    if n < MIN_WORDS or share >= MIN_SHARE:
        return None
    return (
        f"{source}: does not look like English ({share:.0%} common English words); "
        "summaries work, but entities, parties and positions expect English text"
    )
