import sys
from pathlib import Path

import pytest

from pcd.cli import main
from pcd.cli.app import console, err_console


@pytest.fixture(autouse=True)
def wide_console(monkeypatch):
    """Rich wraps at 80 columns off a terminal; keep each printed line whole for the assertions."""
    monkeypatch.setattr(console, "width", 400, raising=False)
    monkeypatch.setattr(err_console, "width", 400, raising=False)


@pytest.fixture
def run(capsys):
    def _run(*args):
        code = main([str(a) for a in args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


@pytest.fixture
def pcd_cmd() -> list[str]:
    """How to start the pcd command line of this interpreter in a subprocess."""
    script = Path(sys.executable).with_name("pcd")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from pcd.cli import main; main()"]
