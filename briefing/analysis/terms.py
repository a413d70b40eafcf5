"""Content words of a text, counted: what ``stories`` compares articles by (no spaCy)."""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]{3,}")
STOP_WORDS = frozenset(
    [
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "although",
        "among",
        "and",
        "another",
        "any",
        "are",
        "around",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "can",
        "could",
        "did",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "either",
        "even",
        "ever",
        "every",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "however",
        "including",
        "into",
        "its",
        "itself",
        "just",
        "last",
        "least",
        "less",
        "like",
        "made",
        "make",
        "many",
        "may",
        "might",
        "more",
        "most",
        "much",
        "must",
        "near",
        "neither",
        "new",
        "news",
        "next",
        "nor",
        "not",
        "now",
        "off",
        "once",
        "one",
        "only",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "per",
        "said",
        "same",
        "says",
        "see",
        "several",
        "she",
        "should",
        "since",
        "some",
        "still",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "though",
        "three",
        "through",
        "thus",
        "too",
        "two",
        "under",
        "until",
        "upon",
        "very",
        "was",
        "were",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "year",
        "years",
        "yet",
        "you",
        "your",
        "also",
        "told",
        "according",
        "reported",
        "report",
        "reports",
        "week",
        "day",
        "days",
        "time",
        "first",
        "second",
        "many",
        "people",
        "wikinews",
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "today",
        "yesterday",
        # the months (dates are compared as dates) and prepositions not listed above: they tell
        # neither what happened nor who is in it (a story "suspension, September, following")
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "amid",
        "amidst",
        "despite",
        "following",
        "toward",
        "towards",
        "via",
        "throughout",
        "regarding",
        "unlike",
        "except",
    ]
)


def content_terms(text: str, weight: int = 1) -> Counter[str]:
    """Lower-cased words of three letters or more, less stop words, each counted ``weight``."""
    counts: Counter[str] = Counter()
    for word, n in Counter(_WORD.findall(text.lower().replace("’", "'"))).items():
        if (term := _term(word)) is not None:
            counts[term] += n * weight
    return counts


def written_terms(text: str) -> dict[str, str]:
    """The content terms ``text`` writes with a capital, as it most often writes them
    ("guantanamo" -> "Guantanamo"), but at the start of a sentence or line, where any word
    takes one ("Council tax rise", "Schools to take part")."""
    text = text.replace("’", "'")
    forms: Counter[tuple[str, str]] = Counter()
    for match in _WORD.finditer(text):
        j = match.start() - 1
        while j >= 0 and text[j] in " \t\"'(":
            j -= 1
        if j < 0 or text[j] in ".!?:\n":  # a sentence's or a line's first word
            continue
        term = _term(match.group().lower())
        if term is not None:
            forms[(term, match.group()[: len(term)])] += 1
    written: dict[str, str] = {}
    for (term, form), _n in forms.most_common():
        written.setdefault(term, form)
    return {term: form for term, form in written.items() if form != term}


def term_sequence(text: str) -> list[str | None]:
    """Each word of ``text`` in order, as its content term, or None (a stop word or a short
    one): terms side by side here are side by side in the text."""
    return [_term(word) for word in _WORD.findall(text.lower().replace("’", "'"))]


def _term(word: str) -> str | None:
    if word.endswith("'s"):
        word = word[:-2]
    return word if len(word) >= 3 and word not in STOP_WORDS else None
