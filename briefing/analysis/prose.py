"""Is a sentence prose? Datelines, bylines, captions, legends and list lines are not.

Web articles carry lines that spaCy cuts as sentences but that no summary should quote: the
dateline ("Tuesday, October 15, 2019"), a byline ("By Jane Smith"), a photo caption
("Protesters at the march. Image: Andrew Gray."), a map legend or other line of symbols
("██ Conservative Party - 365 seats"), the attribution under a pull quote ("—John Smith"),
a "Sources" or "Related" list and its entries, a gallery label standing alone on its line.
``is_prose`` decides it once, where sentences are made (``sentences_of``), so that every
summarizer, the reader and the exporter share the decision.
"""

from __future__ import annotations

import re
import unicodedata

MIN_WORDS = 4
"""A sentence of fewer words is a label, a heading or a fragment, not prose."""

SHORT_LINE = 12
"""A line this short standing alone without a full stop is a label, caption or list entry; a
longer one is more often a lede that lost its full stop (BBC ledes do)."""

_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"(?:{_DAYS},?\s*)?(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s*\d{{4}}|{_DAYS})",
    re.IGNORECASE,
)
"""A date on its own: "Tuesday, October 15, 2019", "15 October 2019", "Oct. 15, 2019"."""

_DATELINE = re.compile(
    rf"^\W*(?:{_DATE.pattern})(?:[\s,;|·—–-]+(?:\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*[A-Z]{2,4})?|updated|published|last updated))*\W*$",
    re.IGNORECASE,
)

_CAPTION = re.compile(
    r"\b(?:image|photo|photograph|picture|credit|source|graphic|map|file photo)"
    r"(?:\s+(?:caption|copyright|credit|courtesy))?\s*:\s*\S"
    r"|\((?:image|photo|picture|credit)\s*:|\bimage (?:caption|copyright)\b"
    r"|\b(?:getty images|reuters/|ap photo|afp/getty)\b",
    re.IGNORECASE,
)
"""Credits and captions: "Image: Nicholas Moreau.", "(Photo: AP)", "Image copyright Getty"."""

_NAME = r"(?:[A-Z][\w'’.-]*|and|&|of|the|for|in|at|de|van|von|da|del|la|le|staff|reporter)"
_BYLINE = re.compile(
    rf"^\W*(?i:by|written by|reporting by|posted by)[\s.,|:]+{_NAME}(?:[\s,.|/·–—-]+{_NAME})*\W*$"
    r"|^\W*(?i:published|updated|last updated)\s*:"
)
"""A line that is only a byline: "By Jane Smith", "By . Daily Mail Reporter .", "PUBLISHED: ..."."""
_LIST_HEADING = re.compile(
    r"^\W*(?:sources?|related(?: news| articles| stories| coverage)?|see also|external links"
    r"|references|read more|more on this story|share this|follow us|scroll down for videos?)\W*$",
    re.IGNORECASE,
)
_DASH_LEAD = re.compile(r"^\s*[—–―-]+\s*\w")
"""A pull quote's attribution line: "—Natasha Gownaris", "– USCG dispatcher, CNN"."""

_SYMBOLS = frozenset({"Sm", "So", "Sk", "Co", "Cn"})

_FINAL = frozenset(".!?…\"'”’»)]")
"""Characters a sentence of running prose ends with (closing quotes and brackets included)."""


_LEGEND = re.compile("[\u2500-\u25ff\u2b1b-\u2b1c\U0001f7e0-\U0001f7eb]")
"""Box drawing, blocks and geometric shapes: the keys of map legends and charts (██, ■, ●)."""


_ASCII_SYMBOLS = "".join(c for c in map(chr, range(128)) if unicodedata.category(c) in _SYMBOLS)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _symbol_share(text: str) -> float:
    """Share of the visible characters that are symbols (maths, arrows, emoji, dingbats);
    only the characters outside ASCII are looked up one by one (this runs on every
    sentence)."""
    visible = len("".join(text.split()))
    if not visible:
        return 1.0
    odd = sum(text.count(c) for c in _ASCII_SYMBOLS)
    odd += sum(
        1 for c in _NON_ASCII.findall(text) if unicodedata.category(c) in _SYMBOLS and c != "°"
    )
    return odd / visible


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Does the span fill its line (nothing but spaces before it and after it on the line)?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip()


CAPTION_LINE = 200
"""A line of at most this many characters that carries a credit ("Image: ...") is a caption,
every sentence of it (spaCy may cut "Protesters at the march." from its credit)."""


def _in_caption(text: str, start: int, end: int) -> bool:
    """Does the span stand on a short line that carries a picture credit?"""
    lo = max(0, start - CAPTION_LINE)
    line_start = text.rfind("\n", lo, start) + 1
    line_end = text.find("\n", end, end + CAPTION_LINE)
    if (line_start == 0 and lo > 0) or (line_end < 0 and end + CAPTION_LINE < len(text)):
        return False  # the line is longer than a caption
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(line) <= CAPTION_LINE and bool(_CAPTION.search(line))


def is_prose(text: str, start: int, end: int, n_words: int) -> bool:
    """Is ``text[start:end]``, a sentence of ``n_words`` words, running prose?

    False for lines under MIN_WORDS words, datelines, bylines, captions and credits, lines of
    symbols (map legends), list headings ("Sources", "Related") and the lines under them that
    end without a full stop, pull-quote attributions, and gallery labels: a line standing
    alone without the final punctuation of a sentence.
    """
    sentence = text[start:end].strip()
    if n_words < MIN_WORDS or not sentence:
        return False
    first_line = sentence.split("\n", 1)[0]
    if _DATELINE.match(first_line) or _DATELINE.match(sentence):
        return False
    if _LEGEND.search(sentence) or _symbol_share(sentence) > 0.05 or _CAPTION.search(sentence):
        return False
    if _in_caption(text, start, end):
        return False
    if _LIST_HEADING.match(sentence):
        return False
    if _BYLINE.match(sentence) or (_DASH_LEAD.match(sentence) and n_words < SHORT_LINE):
        return False
    unfinished = sentence[-1] not in _FINAL
    return not (unfinished and n_words < SHORT_LINE and _alone_on_line(text, start, end))
