"""Importing spaCy without its command line, which the reader waits for at start-up.

``import spacy`` runs ``from .cli.info import info``, and ``spacy.cli`` imports every command
of spaCy's command line with what they need (typer, weasel, httpx, jinja2, ...): about a third
of spaCy's import time, never used by a library. ``import_spacy`` imports spaCy with a stand-in
for those two modules, then takes the stand-ins out of ``sys.modules`` again, so that a later
``import spacy.cli`` imports the real one; ``spacy.info`` stays callable (it imports the real
one when called). If anything goes wrong, spaCy is imported the ordinary way.
"""

from __future__ import annotations

import logging
import sys
import types
from typing import Any

log = logging.getLogger(__name__)

_STANDINS = ("spacy.cli", "spacy.cli.info")


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported when it is first asked for."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """``spacy``, imported (once per process) without ``spacy.cli``."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    standins = {}
    for name in _STANDINS:
        module = types.ModuleType(name)
        module.info = _info  # type: ignore[attr-defined]
        standins[name] = sys.modules[name] = module
    try:
        import spacy
    except Exception as exc:  # spaCy changed: import it the ordinary way
        log.debug("spaCy could not be imported without its command line: %s", exc)
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        import spacy
    finally:
        for name, module in standins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if isinstance(getattr(spacy, "cli", None), types.ModuleType) and spacy.cli in standins.values():
        del spacy.cli  # ``spacy.cli`` is imported for real when asked for
    return spacy
