"""Run the examples in the docstrings of pcd, trees and corpora (``testpaths`` is ``tests``, so pytest does not
collect the packages themselves; fsa has its own, tests/fsa/test_doctests.py)."""

import doctest
import importlib
import pkgutil

import pytest


def modules(package: str) -> list[str]:
    root = importlib.import_module(package)
    return [package] + [m.name for m in pkgutil.walk_packages(root.__path__, package + ".")]


@pytest.mark.parametrize("name", [n for p in ("pcd", "trees", "corpora") for n in modules(p)])
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
