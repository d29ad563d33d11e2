#!/usr/bin/env python3
"""Convert the regulation sources into pcd's corpus format (``pcd.corpus/1``).

Usage::

    python scripts/convert_corpora.py --data ../shared/data/regulations --out corpora/

Reads ``subchapter-C_part-164.html`` and ``subchapter-C_part-160.html`` (eCFR pages,
45 CFR Parts 164 and 160) and ``gdpr.json`` (GDPRtEXT) from ``--data`` and writes
``hipaa.jsonl`` and ``gdpr.jsonl`` into ``--out``. The format is described in
``corpora/README.md`` and ``corpora/corpus.schema.json``.

Only the standard library is used. The output is deterministic: converting the same
sources twice gives byte-identical files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import urllib.parse
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

FORMAT = "pcd.corpus/1"

HIPAA_FILES = {"164": "subchapter-C_part-164.html", "160": "subchapter-C_part-160.html"}
GDPR_FILE = "gdpr.json"

#: Sections converted from each eCFR part, by subpart ("*" = every section of the subpart).
#: Part 164: Subpart A (general provisions, incl. the 164.103 definitions and 164.105
#: hybrid entities), D (Breach Notification Rule) and E (Privacy Rule, incl. the 164.501
#: definitions). Part 160: Subpart A (general provisions: applicability in 160.102 and the
#: definitions in 160.103).
HIPAA_SCOPE = {"164": ("subpart-A", "subpart-D", "subpart-E"), "160": ("subpart-A",)}

ECFR_SECTION_URL = "https://www.ecfr.gov/current/title-45/section-{section}"
GDPR_URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj"

HIPAA_LICENSE = (
    "Public domain: US federal regulatory text (45 CFR), a work of the US Government "
    "(17 U.S.C. 105); no copyright restrictions."
)
HIPAA_ATTRIBUTION = (
    "Text of 45 CFR Parts 160 and 164 from the Electronic Code of Federal Regulations (eCFR), "
    "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C, as obtained from the GoldCoin "
    "repository (HKUST-KnowComp/GoldCoin, folder regulations/). Unofficial; the official edition is "
    "the CFR published by the Office of the Federal Register."
)
GDPR_LICENSE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"
GDPR_ATTRIBUTION = (
    "Text of Regulation (EU) 2016/679 (GDPR) from GDPRtEXT by Harshvardhan J. Pandit, Kaniz Fatema, "
    "Declan O'Sullivan and Dave Lewis (ADAPT Centre), https://w3id.org/GDPRtEXT , repository "
    "coolharsh55/GDPRtEXT, licensed CC BY 4.0; converted to the pcd corpus format (structure only, "
    "words unchanged). Citation: 'GDPRtEXT - GDPR as a Linked Data Resource', ESWC 2018, "
    "https://doi.org/10.1007/978-3-319-93417-4_31 . The authentic legal text is published in the "
    "Official Journal of the European Union (OJ L 119, 4.5.2016, p. 1; CELEX 32016R0679). "
    "\u00a9 European Union, https://eur-lex.europa.eu/ ."
)


# --------------------------------------------------------------------------- text helpers

_WS = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n\s*\n")


def norm_ws(text: str) -> str:
    """Collapse every run of whitespace (incl. no-break spaces) to one space and strip."""
    return _WS.sub(" ", text).strip()


def norm_block(text: str) -> str:
    """Like :func:`norm_ws`, but keep paragraph breaks (blank lines) as single newlines."""
    parts = [norm_ws(p) for p in _BLANK_LINE.split(text)]
    return "\n".join(p for p in parts if p)


def slug(term: str) -> str:
    """``"Business associate"`` -> ``"business-associate"``."""
    s = term.lower().replace("\u2019", "").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- tiny DOM

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list["Node | str"] = field(default_factory=list)
    parent: "Node | None" = None

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def has_class(self, name: str) -> bool:
        return name in self.classes

    def elements(self) -> list["Node"]:
        return [c for c in self.children if isinstance(c, Node)]

    def text(self) -> str:
        out: list[str] = []
        _collect_text(self, out)
        return "".join(out)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find(self, pred) -> "Node | None":
        for n in self.iter():
            if pred(n):
                return n
        return None


def _collect_text(node: Node, out: list[str]) -> None:
    for c in node.children:
        if isinstance(c, str):
            out.append(c)
        elif c.tag not in ("script", "style"):
            _collect_text(c, out)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, parent=self.cur)
        self.cur.children.append(node)
        if tag not in _VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, {k: (v or "") for k, v in attrs}, parent=self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:  # close it (and anything left open inside it)
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse_html(text: str) -> Node:
    b = _TreeBuilder()
    b.feed(text)
    b.close()
    return b.root


# --------------------------------------------------------------------------- eCFR parsing

_LABEL_AT_START = re.compile(r"^\$?\((?P<label>[0-9]{1,3}|[a-z]{1,2}|[ivxl]{1,6}|[A-Z]{1,2})\)\s*")


@dataclass
class Para:
    """One printed paragraph of an eCFR section, before the hierarchy is built."""

    level: int  # 1 = (a) / a definition, 2 = (1), 3 = (i), 4 = (A), 5 = (1) italic, 6 = (i) italic
    label: str | None  # "a", "1", "i", "A" (without parentheses); None for a defined term
    term: str | None  # the defined term for a definition paragraph
    title: str | None  # the paragraph heading, e.g. "Implementation specification: Timeliness of notification."
    text: str  # the printed text without the "(a)" label
    ecfr_id: str | None  # the eCFR anchor, "p-164.502(a)(1)(ii)" (URL-decoded)
    notes: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # quoted blocks printed after the paragraph


def _p_parts(p: Node) -> tuple[str | None, str | None, str | None, str]:
    """Split an eCFR ``<p>`` into (label, term, heading, text-without-label)."""
    label = term = heading = None
    rest: list[str] = []
    seen_content = False
    for c in p.children:
        if isinstance(c, Node) and c.has_class("paragraph-hierarchy") and not seen_content:
            t = norm_ws(c.text())
            if t.startswith("("):  # "(a)", "(1)"; also a range "(b)–(d)"
                label = t[1:-1]
            else:  # a defined term, printed as part of the sentence: "Act means ..."
                term = t
                rest.append(c.text())
                seen_content = True
            continue
        if isinstance(c, Node) and c.has_class("paragraph-heading") and not seen_content:
            heading = norm_ws(c.text())
        if isinstance(c, str):
            if c.strip():
                seen_content = True
            rest.append(c)
        else:
            seen_content = True
            rest.append(c.text())
    text = norm_ws("".join(rest))
    if heading is not None:
        # An italic phrase that starts the paragraph is a heading only when it ends like one
        # ("General rule." / "Standard —" / "Implementation specifications:"); otherwise it is
        # an italicised term inside the sentence ("Business associate includes:").
        after = text[len(heading):].lstrip() if text.startswith(heading) else ""
        if not (heading.endswith((".", ":")) or after.startswith("\u2014")):
            heading = None
    if term is not None:
        term = term.rstrip(":,.").strip()
    return label, term, heading, text


def _level(p: Node) -> int | None:
    for c in p.classes:
        m = re.fullmatch(r"indent-(\d)", c)
        if m:
            return int(m.group(1))
    return None


def _ecfr_id(p: Node) -> str | None:
    raw = p.attrs.get("id")
    if raw is None and p.parent is not None and p.parent.tag == "div" and p.parent.elements()[0] is p:
        raw = p.parent.attrs.get("id")
    if raw and raw.startswith("p-"):
        return urllib.parse.unquote(raw)
    return None


def _section_paras(section: Node) -> tuple[str, str, list[str], list[Para], list[str]]:
    """Flatten an eCFR section div into (number, title, lead-in texts, paragraphs, history)."""
    number = section.attrs["id"]
    h4 = next(e for e in section.elements() if e.tag == "h4")
    heading = norm_ws(h4.text())
    m = re.fullmatch(r"§\s*" + re.escape(number) + r"\s+(.*)", heading)
    if not m:
        raise ValueError(f"unexpected section heading {heading!r}")
    title = m.group(1)
    lead: list[str] = []
    paras: list[Para] = []
    history: list[str] = []

    def visit(node: Node) -> None:
        for e in node.elements():
            if e is h4:
                continue
            if e.tag == "div":
                if e.has_class("extract"):
                    quoted = norm_ws(e.text())
                    if not paras:
                        raise ValueError(f"{number}: extract before any paragraph")
                    paras[-1].extra.append(quoted)
                    continue
                visit(e)
            elif e.tag == "p":
                if e.has_class("citation"):
                    history.append(norm_ws(e.text()))
                    continue
                level = _level(e)
                if level is None:
                    if paras:
                        raise ValueError(f"{number}: unclassed <p> after numbered paragraphs: {e.text()[:60]!r}")
                    lead.append(norm_ws(e.text()))
                    continue
                label, term, heading, text = _p_parts(e)
                notes: list[str] = []
                if e.has_class("no-hierarchy"):
                    # eCFR printed the label as plain text ("(ii) If the ..." / "$(1) Document ...")
                    mm = _LABEL_AT_START.match(text)
                    if not mm:
                        raise ValueError(f"{number}: no-hierarchy paragraph without a label: {text[:60]!r}")
                    label = mm.group("label")
                    text = text[mm.end():]
                    notes.append("eCFR prints this paragraph without hierarchy markup; label taken from its text")
                    level = -1  # resolved while building the tree: one below the previous paragraph
                paras.append(Para(level, label, term, heading, text, _ecfr_id(e), notes))
            elif e.tag in ("h1", "h2", "h4", "table", "ul"):
                raise ValueError(f"{number}: unexpected <{e.tag}> in section")

    visit(section)
    return number, title, lead, paras, history


def _split_inline_first(parent: dict, child_label: str) -> tuple[str, str] | None:
    """``(1) Written notice. (i) Written notification ...`` -> ``("i", "Written notification ...")``.

    Used only when eCFR prints a paragraph's later sub-paragraphs without hierarchy markup
    and its first sub-paragraph inline in the parent's text (45 CFR 164.404(d)(1)); the
    parent keeps the text before the inline label.
    """
    first = {"ii": "i", "2": "1", "b": "a", "B": "A"}.get(child_label)
    if first is None:
        return None
    marker = f" ({first}) "
    idx = parent["text"].find(marker)
    if idx < 0:
        return None
    parent["text"], tail = parent["text"][:idx], parent["text"][idx + len(marker):]
    return first, tail


def convert_ecfr_section(section: Node, part: str, subpart: str, subpart_title: str, prefix: str) -> list[dict]:
    """Turn one eCFR section into clause records (the section first, then its paragraphs in order).

    The hierarchy is rebuilt from the ``indent-N`` depth of each printed paragraph and its
    label, not from the DOM nesting or the eCFR anchors: § 160.103 is printed flat and some
    of its anchors are wrong (``p-160.103(ANSI)(1)`` for paragraph (1) of "Business
    associate"). Where the anchor differs from the rebuilt id the clause gets a note.
    """
    number, title, lead, paras, history = _section_paras(section)
    sec_id = f"{prefix}{number}"
    url = ECFR_SECTION_URL.format(section=number)
    sec = {
        "record": "clause", "id": sec_id, "parent": None, "kind": "section", "label": f"\u00a7 {number}",
        "title": title, "text": "\n".join(lead), "citation": f"45 CFR {number}", "url": url,
        "meta": {"part": part, "subpart": subpart.removeprefix("subpart-"), "subpart_title": subpart_title},
    }
    if history:
        sec["meta"]["history"] = " ".join(history)
    records: list[dict] = [sec]
    # how each record's children are anchored and cited: (eCFR anchor, citation base, label path)
    ctx: dict[str, tuple[str, str, str]] = {sec_id: (f"p-{number}", f"45 CFR {number}", "")}
    repaired: set[str] = set()
    child_labels: dict[str, set[str]] = {}

    def add(parent: dict, label: str, text: str, *, notes: list[str], title: str | None = None) -> dict:
        anchor, cit_base, path = ctx[parent["id"]]
        anchor, path = f"{anchor}({label})", f"{path}({label})"
        cid = parent["id"] + f"({label})"
        citation = cit_base + path if cit_base.endswith(number) or not path else f"{cit_base}, paragraph {path}"
        rec = {"record": "clause", "id": cid, "parent": parent["id"], "kind": "paragraph", "label": f"({label})",
               "title": title, "text": text, "citation": citation, "url": url, "notes": list(notes),
               "_anchor": anchor}
        ctx[cid] = (anchor, cit_base, path)
        child_labels.setdefault(parent["id"], set()).add(label)
        records.append(rec)
        return rec

    stack: list[tuple[int, dict]] = [(0, sec)]  # (indent level, record); level 0 = the section
    for para in paras:
        level = para.level
        if level == -1:  # no-hierarchy paragraph: a child of the closest regular paragraph above it
            while len(stack) > 1 and stack[-1][1]["id"] in repaired:
                stack.pop()
            level = stack[-1][0] + 1
        while stack[-1][0] >= level:
            top_level, top = stack[-1]
            if (top["id"] in repaired and top_level == level and para.label is not None
                    and _label_type(para.label) > _label_type(top["label"].strip("()"))):
                # eCFR indents the children of a repaired paragraph at its own depth:
                # (A) below a plain-text "(ii)" in 164.404(d)(2) is paragraph (d)(2)(ii)(A)
                level += 1
                break
            stack.pop()
        parent = stack[-1][1]
        if para.label is None:
            if para.term is None:
                raise ValueError(f"{number}: paragraph without label or term: {para.text[:60]!r}")
            anchor, cit_base, path = ctx[parent["id"]]
            cid = f"{parent['id']}/{slug(para.term)}"
            citation = f"{cit_base}{path}, definition of \u201c{para.term}\u201d"
            rec = {"record": "clause", "id": cid, "parent": parent["id"], "kind": "definition", "label": None,
                   "title": para.term, "term": para.term, "text": para.text, "citation": citation, "url": url,
                   "notes": list(para.notes), "_anchor": f"{anchor}({para.term})"}
            ctx[cid] = (f"{anchor}({para.term})", citation, "")
            records.append(rec)
        else:
            if para.notes and para.label not in child_labels.get(parent["id"], set()):
                split = _split_inline_first(parent, para.label)
                if split is not None:
                    first = add(parent, split[0], split[1], notes=[
                        "eCFR prints this paragraph inline in its parent's text; split off at its label"])
                    first.pop("_anchor")
                    repaired.add(first["id"])
            rec = add(parent, para.label, para.text, notes=para.notes, title=para.title)
            if para.notes:
                repaired.add(rec["id"])
        if para.extra:
            rec["text"] = "\n".join([rec["text"], *para.extra])
        anchor = rec.pop("_anchor", None)
        if para.ecfr_id is not None:
            if para.ecfr_id == anchor:
                rec["url"] = f"{url}#{urllib.parse.quote(anchor, safe='()-.')}"
            else:
                rec["notes"].append(f"eCFR anchor is {para.ecfr_id!r}")
                if re.fullmatch(r"p-[0-9.]+(\(([0-9]{1,3}|[a-z]{1,5}|[A-Z]{1,2})\))+", para.ecfr_id):
                    rec["aliases"] = [prefix + para.ecfr_id[2:]]
        stack.append((level, rec))
    ids = {r["id"] for r in records}
    for r in records:
        r.pop("_anchor", None)
        if any(a in ids for a in r.get("aliases", ())):
            del r["aliases"]  # the anchor names another clause: no alias
    return records


def _label_type(label: str) -> int:
    """Depth class of a CFR paragraph label: 1 = (a), 2 = (1), 3 = (i), 4 = (A)."""
    if label.isdigit():
        return 2
    if label.isupper():
        return 4
    if re.fullmatch(r"[ivxl]+", label):  # ambiguous for (i), (v), (x); only used where roman is meant
        return 3
    return 1


def ecfr_version(page: str) -> str | None:
    m = re.search(r"up to date as of ([0-9/]+)\.\s*Title 45 was last amended ([0-9/]+)", page)
    if not m:
        return None
    return f"eCFR up to date as of {m.group(1)}; Title 45 last amended {m.group(2)}"


def convert_ecfr_part(page: str, part: str, subparts, prefix: str = "hipaa:") -> list[dict]:
    root = parse_html(page)
    part_div = root.find(lambda n: n.tag == "div" and n.attrs.get("id") == f"part-{part}")
    if part_div is None:
        raise ValueError(f"no <div id='part-{part}'> in the page")
    records: list[dict] = []
    for sp in part_div.elements():
        if not (sp.tag == "div" and sp.has_class("subpart")):
            continue
        if "*" not in subparts and sp.attrs.get("id") not in subparts:
            continue
        h2 = next((e for e in sp.elements() if e.tag == "h2"), None)
        sp_title = norm_ws(h2.text()) if h2 is not None else ""
        sp_title = re.sub(r"^Subpart [A-Z]+\u2014", "", sp_title)
        for sec in sp.elements():
            if sec.tag == "div" and sec.has_class("section"):
                records += convert_ecfr_section(sec, part, sp.attrs["id"], sp_title, prefix)
    return records


# --------------------------------------------------------------------------- GDPR

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11}
_DEFINED = re.compile(r"^\u2018(?P<term>[^\u2019]+)\u2019.{0,40}?\bmeans\b")


def convert_gdpr(data: dict, *, recitals: bool = True) -> list[dict]:
    records: list[dict] = []

    def articles(container, chapter, section):
        for item in container["contents"]:
            if item["type"] == "section":
                yield from articles(item, chapter, item)
            elif item["type"] == "article":
                yield item, chapter, section
            else:
                raise ValueError(f"unexpected {item['type']!r} in chapter {chapter['number']}")

    for chapter in data["chapters"]:
        for art, chap, sect in articles(chapter, chapter, None):
            n = art["number"]
            aid = f"gdpr:art{n}"
            meta = {"chapter": chap["number"], "chapter_title": norm_ws(chap["title"])}
            if sect is not None:
                meta["section"] = sect["number"]
                meta["section_title"] = norm_ws(sect["title"])
            art_rec = {"record": "clause", "id": aid, "parent": None, "kind": "article", "label": f"Article {n}",
                       "title": norm_ws(art["title"]), "text": "", "citation": f"Article {n} GDPR", "meta": meta}
            records.append(art_rec)
            lead: list[str] = []
            last_para: dict | None = None
            subpar_count: dict[str, int] = {}
            for item in art["contents"]:
                text = norm_block(item["text"])
                if item["type"] == "point":  # GDPRtEXT "point" = a numbered paragraph
                    pid = f"{aid}({item['number']})"
                    rec = {"record": "clause", "id": pid, "parent": aid, "kind": "paragraph",
                           "label": f"{item['number']}.", "title": None, "text": text,
                           "citation": f"Article {n}({item['number']}) GDPR"}
                    m = _DEFINED.match(text) if n == "4" else None
                    if m:
                        rec["kind"] = "definition"
                        rec["term"] = m.group("term")
                        rec["title"] = m.group("term")
                    records.append(rec)
                    last_para = rec
                    owner = rec
                elif item["type"] == "text":
                    if last_para is None:  # lead-in / whole body of an article without numbered paragraphs
                        lead.append(text)
                        owner = art_rec
                    else:  # a further subparagraph of the preceding numbered paragraph
                        k = subpar_count.get(last_para["id"], 1) + 1
                        subpar_count[last_para["id"]] = k
                        sid = f"{last_para['id']}/sub{k}"
                        rec = {"record": "clause", "id": sid, "parent": last_para["id"], "kind": "subparagraph",
                               "label": None, "title": None, "text": text,
                               "citation": f"Article {n}{last_para['id'][len(aid):]} GDPR, {_ordinal(k)} subparagraph"}
                        records.append(rec)
                        owner = rec
                else:
                    raise ValueError(f"Article {n}: unexpected {item['type']!r}")
                indent = 0
                for sp in item.get("subpoints") or []:
                    base = owner["id"] if owner["kind"] != "subparagraph" else owner["parent"]
                    if sp["number"] is None:  # Art. 53(1): dash indents
                        indent += 1
                        spid, label = f"{owner['id']}/indent{indent}", "\u2014"
                        cit = f"{owner['citation']}, {_ordinal(indent)} indent"
                        kind = "indent"
                    else:
                        spid, label = f"{base}({sp['number']})", f"({sp['number']})"
                        cit = f"Article {n}{spid[len(aid):]} GDPR"
                        kind = "point"
                    records.append({"record": "clause", "id": spid, "parent": owner["id"], "kind": kind,
                                    "label": label, "title": None, "text": norm_block(sp["text"]), "citation": cit})
            art_rec["text"] = "\n".join(lead)
    if recitals:
        for r in data["recitals"]:
            records.append({"record": "clause", "id": f"gdpr:recital{r['number']}", "parent": None, "kind": "recital",
                            "label": f"({r['number']})", "title": f"Recital {r['number']}",
                            "text": norm_block(r["text"]), "citation": f"Recital {r['number']} GDPR"})
    return records


def _ordinal(k: int) -> str:
    return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}.get(k, f"{k}th")


# --------------------------------------------------------------------------- headers and output

def hipaa_header(data_dir: Path, pages: dict[str, str], count: int, scope: list[str]) -> dict:
    return {
        "record": "header",
        "format": FORMAT,
        "name": "hipaa",
        "title": "HIPAA Privacy Rule and Breach Notification Rule (45 CFR Parts 160 and 164, selected subparts)",
        "jurisdiction": "US",
        "language": "en",
        "version": ecfr_version(pages["164"]),
        "scope": scope,
        "id_scheme": (
            "hipaa:<section> (hipaa:164.502); paragraphs append their eCFR labels "
            "(hipaa:164.502(a)(1)(ii), italic levels as plain (1)/(i)); definitions are "
            "hipaa:<section>/<slug of the term> (hipaa:160.103/business-associate) and their parts "
            "hipaa:160.103/business-associate(1)(i)"
        ),
        "sources": [
            {"file": HIPAA_FILES[p], "sha256": sha256_file(data_dir / HIPAA_FILES[p]),
             "bytes": (data_dir / HIPAA_FILES[p]).stat().st_size,
             "url": f"https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-{p}"}
            for p in ("164", "160")
        ],
        "license": HIPAA_LICENSE,
        "attribution": HIPAA_ATTRIBUTION,
        "converter": "scripts/convert_corpora.py",
        "clauses": count,
    }


def gdpr_header(data_dir: Path, data: dict, count: int) -> dict:
    return {
        "record": "header",
        "format": FORMAT,
        "name": "gdpr",
        "title": f"{data['title']} (Regulation (EU) {data['regulation']})",
        "jurisdiction": "EU",
        "language": data.get("language", "EN").lower(),
        "version": f"OJ {data['identifier']}, adopted {data['dated']}, published {data['updated']} (GDPRtEXT)",
        "scope": ["Articles 1-99 with paragraphs, subparagraphs and points", "Recitals 1-173"],
        "id_scheme": (
            "gdpr:art<N> (gdpr:art6); paragraphs gdpr:art6(1); points gdpr:art6(1)(a) (gdpr:art50(a) "
            "where the article has no numbered paragraphs); further unnumbered subparagraphs of a paragraph "
            "gdpr:art6(1)/sub2; dash indents gdpr:art53(1)/indent1; recitals gdpr:recital47"
        ),
        "sources": [{"file": GDPR_FILE, "sha256": sha256_file(data_dir / GDPR_FILE),
                     "bytes": (data_dir / GDPR_FILE).stat().st_size,
                     "url": "https://github.com/coolharsh55/GDPRtEXT"},
                    {"file": None, "url": GDPR_URL, "note": "authentic text (EUR-Lex), not read by the converter"}],
        "license": GDPR_LICENSE,
        "attribution": GDPR_ATTRIBUTION,
        "converter": "scripts/convert_corpora.py",
        "clauses": count,
    }


def check_records(records: list[dict]) -> None:
    """Raise ValueError on duplicate ids or dangling parents."""
    seen: set[str] = set()
    for r in records:
        if r["id"] in seen:
            raise ValueError(f"duplicate clause id {r['id']!r}")
        if r["parent"] is not None and r["parent"] not in seen:
            raise ValueError(f"{r['id']}: parent {r['parent']!r} not defined before it")
        seen.add(r["id"])


def _clean(rec: dict) -> dict:
    """Drop empty optional fields, fix the key order."""
    order = ["record", "id", "parent", "kind", "label", "title", "term", "text", "citation", "url", "aliases", "meta",
             "notes"]
    out = {k: rec[k] for k in order if k in rec and (rec[k] is not None or k in ("parent", "label", "title"))}
    if "notes" in out and not out["notes"]:
        del out["notes"]
    extra = set(rec) - set(order)
    if extra:
        raise ValueError(f"{rec['id']}: unexpected fields {sorted(extra)}")
    return out


def write_jsonl(path: Path, header: dict, records: list[dict]) -> None:
    check_records(records)
    lines = [json.dumps(header, ensure_ascii=False, sort_keys=False)]
    lines += [json.dumps(_clean(r), ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def convert_hipaa(data_dir: Path) -> tuple[dict, list[dict]]:
    pages = {p: (data_dir / f).read_text(encoding="utf-8") for p, f in HIPAA_FILES.items()}
    records: list[dict] = []
    scope: list[str] = []
    for part in ("160", "164"):
        recs = convert_ecfr_part(pages[part], part, HIPAA_SCOPE[part])
        records += recs
        for sp in HIPAA_SCOPE[part]:
            secs = [r["label"].removeprefix("§ ") for r in recs
                    if r["kind"] == "section" and r["meta"]["subpart"] == sp.removeprefix("subpart-")]
            if not secs:
                continue
            scope.append(f"45 CFR Part {part} Subpart {sp.removeprefix('subpart-')}: "
                         f"\u00a7\u00a7 {secs[0]}\u2013{secs[-1]} ({len(secs)} sections)")
    return hipaa_header(data_dir, pages, len(records), scope), records


def convert_gdpr_file(data_dir: Path) -> tuple[dict, list[dict]]:
    data = json.loads((data_dir / GDPR_FILE).read_text(encoding="utf-8"))
    records = convert_gdpr(data)
    return gdpr_header(data_dir, data, len(records)), records


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True, type=Path, help="folder with the regulation sources")
    ap.add_argument("--out", required=True, type=Path, help="output folder (the corpora/ package)")
    ap.add_argument("--only", choices=["hipaa", "gdpr"], action="append", help="convert only these corpora")
    args = ap.parse_args(argv)
    wanted = args.only or ["hipaa", "gdpr"]
    args.out.mkdir(parents=True, exist_ok=True)
    for name in wanted:
        header, records = convert_hipaa(args.data) if name == "hipaa" else convert_gdpr_file(args.data)
        path = args.out / f"{name}.jsonl"
        write_jsonl(path, header, records)
        print(f"{path}: {len(records)} clauses, {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
