"""Reading user files safely: clear errors for missing, empty, binary or huge input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # a policy or tree larger than this is almost surely a mistake


def read_text(path: str | Path, *, what: str = "file", max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file, refusing empty, binary and oversized files by name."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{what} {p} does not exist")
    if p.is_dir():
        raise InputError(f"{what} {p} is a directory, not a file")
    size = p.stat().st_size
    if size > max_bytes:
        raise InputError(f"{what} {p} is {size:,} bytes, over the {max_bytes:,}-byte limit")
    data = p.read_bytes()
    return decode_text(data, f"{what} {p}")


def decode_text(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{name} looks binary (it contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not UTF-8 text (byte {exc.start})") from None
    if not text.strip():
        raise InputError(f"{name} is empty")
    return text


def read_json(path: str | Path, *, what: str = "JSON file") -> Any:
    text = read_text(path, what=what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{what} {path} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
