"""Loading the spaCy pipeline once per process, in the order ``model_choice`` gives; if none
loads, a blank English pipeline with a sentencizer, with a warning that entities and positions
need a trained model.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from briefing.analysis import conjoined  # noqa: F401  (registers the parse repair)
from briefing.analysis.model_choice import candidates, wanted

log = logging.getLogger(__name__)

MAX_CHARS = 1_000_000
"""Longest text analysed; also spaCy's own ``max_length``. Longer input is refused by sources."""

# Everything in en_core_web_sm is used: the parser gives sentences and positions, the
# tagger/attribute_ruler/lemmatizer give lemmas for cue lexicons, ner gives entities.
# Components of other pipelines that we never read are excluded at load time.
_UNUSED = ("textcat", "textcat_multilabel", "entity_linker", "trainable_lemmatizer", "spancat")


@registry.tokenizers("briefing_bare_tokenizer.v1")
def bare_tokenizer():
    """A tokenizer without rules, for a pipeline whose rules are then read from its folder.

    spaCy first builds the language's default tokenizer (thousands of special cases) and then
    replaces all of it with the one saved with the model: building it bare saves a tenth of a
    second at start-up, for the same tokens.
    """
    return lambda nlp: Tokenizer(nlp.vocab)


_BARE_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "briefing_bare_tokenizer.v1"}}}


_ACRONYMS = ("WHO",)
"""Names spelled as a function word in capitals: the model, which reads each word by its
lower case, takes "the latest WHO report said" for the pronoun "who". Their own spelling as
their norm makes them names ("WHO" an organisation); "Who" and "who" are the pronoun."""

_INSERTED = ("scroll", "down", "for")
"""A publisher's words set into an article's text: "Scroll down for video"."""
_RESTARTS = frozenset(
    {"In", "The", "He", "She", "They", "His", "Her", "It", "But", "After", "When", "While"}
    | {"However", "This", "Their", "Its", "On", "At"}
)
"""Words that, capitalised in a sentence's run, start another: a caption set into the text
without a full stop ("suing Mila Kunis for $5,000 In her lawsuit, Karo states")."""
_BEFORE_TITLE = frozenset({"the", "a", "an", "and", "or", "of"})
"""Words before which a capitalised one is a title's ("the On the Mat studio")."""
_CLOSING = frozenset({'"', "'", "\u201d", "\u2019", "\u00bb"})
_FINAL = frozenset({".", "!", "?"})
_AFTER_FINAL = _CLOSING | {"]"}
"""Marks that may stand between a full stop and the quote mark closing it ("[.]\"")."""


def _closes_sentence(doc: Doc, i: int) -> bool:
    """A quote mark set right after a sentence's full stop (and any other closing marks)
    and before a space or the end ("... the wrong way.\"" at a paragraph's end,
    "...together[.]\""): the sentence's last token, never a sentence of its own."""
    if doc[i].text not in _CLOSING:
        return False
    j = i - 1
    while j >= 0 and doc[j].text in _AFTER_FINAL and not doc[j].whitespace_:
        j -= 1
    if j < 0 or doc[j].text not in _FINAL or doc[j].whitespace_:
        return False
    end = doc[i].idx + len(doc[i])
    return end == len(doc.text) or doc.text[end].isspace() or doc.text[end] in _CLOSING


def _start_after(doc: Doc, i: int) -> None:
    """The word after a sentence's closing quote mark starts the next sentence when it is
    capitalised or opens a quote ("... the birth canal.\"' Superintendent Ledbetter said").
    """
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.is_space:
        after = doc[i + 2] if i + 2 < len(doc) else None
    if after is None or after.text in _CLOSING and not _opens_quote(doc, after.i):
        return
    if after.text[:1].isupper() or after.text[:1].isdigit() or after.text in _CLOSING:
        after.is_sent_start = True


def _opens_quote(doc: Doc, i: int) -> bool:
    """A quote mark after a space and set right before a word ("... let them go. 'Mom, if
    I can't"): it opens the sentence of the word, which goes on from it."""
    token = doc[i]
    return (
        token.text in _CLOSING
        and i + 1 < len(doc)
        and not token.whitespace_
        and doc[i + 1].is_alpha
        and (i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].is_space)
    )


def _restarts(doc: Doc, i: int) -> bool:
    """A word of ``_RESTARTS`` after a word or number, before a word in lower case: a new
    sentence, not a title ("The Dark Knight") or a name ("H and He")."""
    token = doc[i]
    if token.text not in _RESTARTS or i == 0 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    return (
        before.text[-1:].isalnum()
        and before.lower_ not in _BEFORE_TITLE
        and "\n" not in doc.text[before.idx : token.idx]
        and (after.text[:1].islower() or after.text[:1].isdigit())
    )


@Language.component("briefing_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: a headline, a dateline or a paragraph never runs into
    the next one (the parser keeps boundaries already set). Single line breaks are left to
    the parser, so hard-wrapped text still reads as whole sentences. "Scroll down for video",
    which some publishers set into the text without a full stop, is a sentence of its own, and
    so is a caption set in so (``_restarts``). A quote mark closing a sentence ends it
    (``_closes_sentence``), and one opening a sentence starts it (``_opens_quote``): the
    parser would otherwise make a sentence of the mark alone."""
    text = doc.text
    previous_end = None
    for token in doc:
        if token.is_space:
            continue
        if _closes_sentence(doc, token.i):
            token.is_sent_start = False
            previous_end = token.idx + len(token)
            _start_after(doc, token.i)
            continue
        if _opens_quote(doc, token.i):
            doc[token.i + 1].is_sent_start = False
        if previous_end is not None and text.count("\n", previous_end, token.idx) >= 2:
            token.is_sent_start = True
        previous_end = token.idx + len(token)
        if _restarts(doc, token.i):
            token.is_sent_start = True
        if (
            token.lower_ == "scroll"
            and tuple(t.lower_ for t in doc[token.i : token.i + 3]) == _INSERTED
        ):
            token.is_sent_start = True
            after = token.i + 4  # "Scroll down for video" + the next word
            if after < len(doc) and doc[after - 1].lower_ in ("video", "videos"):
                doc[after].is_sent_start = True
    return doc


@dataclass(frozen=True)
class Pipeline:
    nlp: Language
    name: str
    """``<lang>_<name>-<version>``, as written into exports and cache keys."""
    trained: bool
    warning: str | None = None


_lock = threading.Lock()
_loaded: dict[str | None, Pipeline] = {}


def _describe(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


def load_pipeline(model: str | None = None) -> Pipeline:
    """The pipeline for ``model`` (or the default order), loaded once and shared by threads."""
    key = wanted(model)
    with _lock:
        if key in _loaded:
            return _loaded[key]
        pipeline = _load(key)
        _loaded[key] = pipeline
        return pipeline


def _load(model: str | None) -> Pipeline:
    errors = []
    for name in candidates(model):
        try:
            nlp = spacy.load(name, exclude=list(_UNUSED), config=_BARE_TOKENIZER)
            if not nlp.tokenizer.rules and nlp.tokenizer.prefix_search is None:
                nlp = spacy.load(name, exclude=list(_UNUSED))  # it had no tokenizer saved
        except (OSError, ImportError, ValueError) as exc:
            errors.append(f"{name}: {str(exc).splitlines()[0]}")
            continue
        nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
        for word in _ACRONYMS:
            nlp.tokenizer.add_special_case(word, [{ORTH: word, NORM: word}])
        nlp.add_pipe("briefing_line_breaks", first=True)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("briefing_conjoined_cues", last=True)  # after the lemmatizer
        return Pipeline(nlp=nlp, name=_describe(nlp), trained="ner" in nlp.pipe_names)
    nlp = spacy.blank("en")
    nlp.add_pipe("briefing_line_breaks")
    nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_CHARS + 1
    warning = (
        "no trained spaCy pipeline could be loaded ("
        + "; ".join(errors)
        + "); using a blank English pipeline: sentences and summaries only, "
        "no entities, parties or positions"
    )
    log.warning(warning)
    return Pipeline(nlp=nlp, name=f"{_describe(nlp)} (blank)", trained=False, warning=warning)
