"""An attribution before party resolution: the tokens of its cue, its source and the
character spans of its content (found by ``cues``, refined by ``combine``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token


@dataclass
class Attribution:
    """One attribution before party resolution: tokens of the cue, source and content."""

    cue: list[Token]
    key: str
    """Lexicon key of the cue: a lemma, or "lemma prep" ("call for")."""
    pos: str
    source: Token | None = None
    companions: list[Token] = field(default_factory=list)
    """Further holders sharing the position ("X gathered with Y to request ...")."""
    content: list[tuple[int, int]] = field(default_factory=list)
    content_root: Token | None = None
    clausal: bool = False
    direct_quote: bool = False
    stance_key: str | None = None
    """A stance given by the construction itself (a noun cue), overriding the cue's."""
    kind: str = "verb"
    """The construction: verb, light, backing, noun, according, quoted, framed (a verb set
    after a quote: "'...,' continued the author"), or tagged."""
    strength: float = 1.0
    """How often the cue word is a cue in PolNeAR train (1.0 for constructions)."""

    source_span: tuple[int, int] | None = None
    """The source's characters when a tagger marked them (else from ``source``'s phrase)."""
    anchor: Token | None = None
    """The cue's main word (the verb of "has also said"); by default the last cue word."""
    unconfirmed: bool = False
    """A rule cue the tagger did not mark, kept because its source names a party."""

    @property
    def head(self) -> Token:
        return self.anchor if self.anchor is not None else self.cue[-1]
