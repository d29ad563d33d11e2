"""Run the examples in the fsa docstrings (``pytest tests/fsa`` does not collect ``fsa/``)."""

import doctest
import importlib

import pytest

MODULES = ["fsa", "fsa.errors", "fsa.dfa", "fsa.regex", "fsa.lexer", "fsa.terms", "fsa.chars",
           "fsa.tokens", "fsa.vocab", "fsa.testing"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0


def test_import_fsa_does_not_import_torch():
    import subprocess
    import sys

    code = "import sys, fsa; print('torch' in sys.modules or 'transformers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
