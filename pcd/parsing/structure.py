"""Policy structure: headings, bullet and numbered lists, sentences, each a clause with a stable id.

Clause ids are readable and depend only on the text before the clause:

* ``heading 1``, ``heading 2`` … for markdown ``#`` headings;
* ``bullet 1``, ``bullet 2`` … for ``*``/``-``/``•``/``+`` items (counted over the whole text);
* the label chain for numbered items: ``(a)``, ``(a)(1)``, ``(a)(1)(i)``, ``1.``, ``2.(a)``;
* ``sentence 1``, ``sentence 2`` … for sentences of ordinary paragraphs.

A list item's ``parent`` is the clause that introduces its list (the closest preceding
sentence or the enclosing item).

    >>> [c.id for c in segment("# Title\\n\\nYou qualify if you:\\n\\n* are 65\\n* live here")]
    ['heading 1', 'sentence 1', 'bullet 1', 'bullet 2']
    >>> [c.id for c in segment("(a) A thing.\\n(1) sub one\\n(2) sub two\\n(b) Other")]
    ['(a)', '(a)(1)', '(a)(2)', '(b)']
"""

from __future__ import annotations

import re

from ..policy import Clause

_HEADING = re.compile(r"^(\s*)(#{1,6})\s*(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)([*\-•+‣◦·]|\*\*)\s+(?=\S)")  # "** item" too (ShARC has a few)
_NUMBERED = re.compile(r"^(\s*)(\((?P<p>[A-Za-z]{1,4}|\d{1,3})\)|(?P<d>\d{1,3}|[A-Za-z])[.)])\s+(?=\S)")
_ABBREVIATIONS = {"e.g", "eg", "i.e", "ie", "etc", "mr", "mrs", "ms", "dr", "no", "vs", "st", "u.s", "inc", "ltd",
                  "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                  "sec", "para", "art", "cf", "co", "fig", "al"}
_SENT_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9£$])")
_ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")


def _style(label: str, alpha_labels: set[str]) -> str:
    if label.isdigit():
        return "num"
    low = label.lower()
    follows_letter = len(low) == 1 and chr(ord(low) - 1) in alpha_labels
    if _ROMAN.match(low) and not follows_letter:
        return "roman" if label.islower() else "ROMAN"
    return "alpha" if label.islower() else "ALPHA"


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph (absolute offsets), trimmed of surrounding whitespace."""
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        word = re.search(r"([A-Za-z.]+)[.!?]$", text[start:m.start() + 1])
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS and text[m.start()] == ".":
            continue
        spans.append((start, m.start() + 1 + len(m.group(0)[1:].rstrip())))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        piece = text[s:e]
        lead = len(piece) - len(piece.lstrip())
        s, e = s + lead, s + len(piece.rstrip())
        if e > s:
            out.append((offset + s, offset + e))
    return out


def segment(text: str) -> list[Clause]:
    """The clauses of ``text`` in reading order (see the module docstring for the ids)."""
    clauses: list[Clause] = []
    counts = {"heading": 0, "bullet": 0, "sentence": 0}
    stack: list[tuple[str, str, int]] = []  # numbered-list levels: (style, label text, indent)
    intro: str | None = None  # clause introducing the current list
    item_parent: dict[int, str] = {}  # indent -> id of the last list item at that indent
    in_list = False
    pos = 0
    paragraph: list[tuple[int, int]] = []  # (start, end) line spans of the running paragraph

    def flush_paragraph() -> None:
        nonlocal intro
        if not paragraph:
            return
        start, end = paragraph[0][0], paragraph[-1][1]
        for s, e in split_sentences(text[start:end], start):
            counts["sentence"] += 1
            cid = f"sentence {counts['sentence']}"
            clauses.append(Clause(cid, "sentence", s, e, text[s:e], None))
            intro = cid
        paragraph.clear()

    for line in text.splitlines(keepends=True):
        start, raw = pos, line.rstrip("\r\n")
        pos += len(line)
        if not raw.strip():
            flush_paragraph()
            continue
        body_end = start + len(raw.rstrip())
        h = _HEADING.match(raw)
        b = None if h else _BULLET.match(raw)
        n = None if (h or b) else _NUMBERED.match(raw)
        if h:
            flush_paragraph()
            counts["heading"] += 1
            s = start + h.start(3)
            e = max(s, start + h.end(3))
            clauses.append(Clause(f"heading {counts['heading']}", "heading", s, e, text[s:e], None))
            stack.clear()
            intro, in_list = None, False
            continue
        if b or n:
            flush_paragraph()
            m = b or n
            indent = len(m.group(1).expandtabs(4)) + (2 if b and b.group(2) == "**" else 0)  # "**": a level down
            s = start + m.end()
            if b:
                counts["bullet"] += 1
                cid, kind = f"bullet {counts['bullet']}", "bullet"
                parents = [v for k, v in item_parent.items() if k < indent]
                parent = parents[-1] if parents and in_list else intro
                for k in [k for k in item_parent if k >= indent]:
                    del item_parent[k]
                item_parent[indent] = cid
            else:
                label = n.group(2)
                core = n.group("p") or n.group("d")
                style = _style(core, {lbl.strip("().").lower() for st, lbl, _ in stack if st in ("alpha", "ALPHA")})
                styles = [st for st, _, _ in stack]
                if style in styles:
                    del stack[styles.index(style):]
                parent = "".join(lbl for _, lbl, _ in stack) or intro
                stack.append((style, label, indent))
                cid, kind = "".join(lbl for _, lbl, _ in stack), "item"
            in_list = True
            clauses.append(Clause(cid, kind, s, body_end, text[s:body_end], parent))
            continue
        # an ordinary line: part of the running paragraph
        if in_list and not paragraph:
            item_parent.clear()
            in_list = False
        s = start + (len(raw) - len(raw.lstrip()))
        paragraph.append((s, body_end))
    flush_paragraph()
    return _dedupe_ids(clauses)


def _dedupe_ids(clauses: list[Clause]) -> list[Clause]:
    """Numbered labels can repeat (two lists both starting at ``1.``): later copies get `` #2``."""
    seen: dict[str, int] = {}
    out = []
    for c in clauses:
        k = seen.get(c.id, 0) + 1
        seen[c.id] = k
        out.append(c if k == 1 else Clause(f"{c.id} #{k}", c.kind, c.start, c.end, c.text, c.parent))
    return out
