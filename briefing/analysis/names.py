"""Names of actors as text: titles, possessives and slugs, without spaCy.

Shared by ``parties`` (within an article, with spaCy) and ``across`` (over analyses, without).
"""

from __future__ import annotations

import re
import unicodedata
from importlib import resources

TITLES = frozenset(
    line.strip()
    for line in resources.files("briefing.analysis")
    .joinpath("data/titles.tsv")
    .read_text("utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "party"


def bare(text: str) -> str:
    """An entity's text as written, less a possessive ending ("the Kremlin's" -> "the Kremlin")."""
    return _POSSESSIVE.sub("", text.strip()).strip()


def clean(text: str) -> str:
    """An entity's name without a leading "the" or a possessive ending."""
    text = bare(text)
    if text.lower().startswith("the "):
        text = text[4:]
    return text


def strip_titles(name: str) -> str:
    """``name`` less its leading title words ("President Donald Trump" -> "Donald Trump")."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in TITLES:
        words.pop(0)
    return " ".join(words)
