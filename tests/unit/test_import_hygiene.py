"""The headless core never imports textual (DESIGN §1), checked in a fresh interpreter."""

import subprocess
import sys

import pytest

HEADLESS = [
    "briefing.analysis",
    "briefing.analysis.analyze",
    "briefing.analysis.types",
    "briefing.sources",
    "briefing.export",
    "briefing.service",
    "briefing.store",
    "briefing.cli",
    "briefing.library_cli",
    "briefing.refresh",
    "briefing.subscriptions",
    "briefing.library_export",
    "briefing.output",
    "briefing.cli_common",
    "briefing.analysis.across",
    "briefing.analysis.stories",
    "briefing.analysis.options",
    "briefing.analysis.model_choice",
]


@pytest.mark.parametrize("module", HEADLESS)
def test_headless_module_does_not_import_textual(module):
    code = (
        "import importlib, sys\n"
        f"importlib.import_module({module!r})\n"
        "mod = sys.modules[" + repr(module) + "]\n"
        "getattr(mod, '__all__', None) and [getattr(mod, n) for n in mod.__all__]\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
