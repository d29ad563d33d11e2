import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def sharc_dir() -> Path | None:
    """The ShARC data folder if present (PCD_SHARC_DATA, else ../shared/data/sharc); tests skip without it."""
    p = Path(os.environ.get("PCD_SHARC_DATA", REPO.parent / "shared" / "data" / "sharc"))
    return p if (p / "dialog_trees.jsonl").exists() else None


@pytest.fixture
def sharc():
    p = sharc_dir()
    if p is None:
        pytest.skip("ShARC data not available")
    return p
