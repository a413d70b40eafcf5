"""What the reader's start-up leaves out must not change what it computes."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_spacy_is_imported_without_its_command_line():
    code = (
        "import json, sys\n"
        "from briefing.analysis.spacy_import import import_spacy\n"
        "spacy = import_spacy()\n"
        "left_out = [m for m in ('spacy.cli', 'typer', 'weasel') if m in sys.modules]\n"
        "nlp = spacy.blank('en')\n"
        "import spacy.cli\n"
        "print(json.dumps({'left_out': left_out, 'cli': spacy.cli.__file__,\n"
        "                  'tokens': [t.text for t in nlp(\"They don't.\")]}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["left_out"] == []
    assert found["cli"].endswith("cli/__init__.py")  # the real one, when asked for
    assert found["tokens"] == ["They", "do", "n't", "."]


def test_the_pipeline_tokenizes_with_the_models_own_rules():
    from briefing.analysis.pipeline import load_pipeline

    nlp = load_pipeline().nlp
    assert nlp.tokenizer.rules
    text = "The U.S. didn't say (yet) who'd pay $5.3bn - see https://example.org/a?b=1."
    assert [t.text for t in nlp.tokenizer(text)] == [
        "The", "U.S.", "did", "n't", "say", "(", "yet", ")", "who", "'d", "pay", "$", "5.3bn",
        "-", "see", "https://example.org/a?b=1", ".",
    ]  # fmt: skip
