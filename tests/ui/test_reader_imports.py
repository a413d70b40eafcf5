"""The reader starts fast because it imports no NLP: spaCy and sumy load in the worker."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_reader_loads_no_nlp():
    code = (
        "import sys, briefing.cli, briefing.ui.app\n"
        "heavy = sorted(m for m in ('spacy', 'sumy', 'nltk', 'briefing.analysis.analyze') "
        "if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_help_text_ships_with_the_package():
    from importlib.resources import files

    assert "{keys}" in files("briefing.ui").joinpath("help.md").read_text(encoding="utf-8")
