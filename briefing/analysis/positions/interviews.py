"""Interviews: the answers of an interview written as turns ("((WN))  How did you approach
the study?" then "NG: This study started in 1982 ..." or "((Gregory Kurtzer)) We will ..."),
and who gives each, so that "I", "we" and "our" in an answer are the one interviewed.

A turn opens a paragraph with its speaker's label: a name in double brackets, or initials
(two or three capitals) before a colon, or without one when they open several paragraphs of
an interview whose questions are labelled "((WN))". The interviewer's turns (labelled "WN" or
"Wikinews", or mostly questions) are nobody's answers. A label names the person the
article names in full ("((Dorsa Derakhshani))"), or whose initials it is ("MS": Michael
Siegel), when only one person fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:\(\(([^()\n]{1,60})\)\)|([A-Z]{2,3})(:?))[ \t]+(?=\S)")
_INTERVIEWER = frozenset({"wn", "wikinews"})
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours"})


@dataclass(frozen=True)
class Turn:
    start: int
    end: int
    label: str


def turns(text: str) -> list[Turn]:
    """The labelled turns of ``text`` (none unless at least two are labelled)."""
    found = list(_LABEL.finditer(text))
    asked = any((m.group(1) or "").casefold() in _INTERVIEWER for m in found)
    opens = [m.group(2) for m in found if m.group(2) and not m.group(3)]
    found = [  # initials without a colon ("MS The results suggest") only beside "((WN))"
        m for m in found if not m.group(2) or m.group(3) or (asked and opens.count(m.group(2)) > 1)
    ]
    if len(found) < 2:
        return []
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [
        Turn(m.end(), end, (m.group(1) or m.group(2)).strip())
        for m, end in zip(found, ends, strict=True)
    ]


def _asks(label: str, all_turns: list[Turn], text: str) -> bool:
    """The interviewer's label: "WN", or one whose turns are mostly questions."""
    if label.casefold() in _INTERVIEWER:
        return True
    own = [t for t in all_turns if t.label == label]
    questions = sum(text[t.start : t.end].rstrip().endswith("?") for t in own)
    return questions * 2 > len(own)


def _initials(name: str) -> str:
    words = [w for w in name.split() if w[:1].isalpha()]
    return (words[0][0] + words[-1][0]).upper() if len(words) > 1 else ""


def speaker(label: str, people: dict[str, Iterable[str]]) -> str | None:
    """The person (id) ``label`` names among ``people`` (id -> names): by full name or last
    name, or by initials; None unless exactly one fits."""
    words = label.casefold().split()
    if label.isupper() and 2 <= len(label) <= 3:
        fits = {pid for pid, names in people.items() if any(_initials(n) == label for n in names)}
    else:
        fits = {
            pid
            for pid, names in people.items()
            if any(n.casefold() == label.casefold() for n in names)
            or any(n.casefold().split()[-1:] == words[-1:] for n in names if n.split())
        }
    return fits.pop() if len(fits) == 1 else None


def answers(text: str, people: dict[str, Iterable[str]]) -> list[tuple[int, int, str]]:
    """(start, end, person) of every answer given by a person the article names."""
    all_turns = turns(text)
    found = []
    for turn in all_turns:
        if _asks(turn.label, all_turns, text):
            continue
        person = speaker(turn.label, people)
        if person is not None:
            found.append((turn.start, turn.end, person))
    return found
