"""Loader and query API for the ``pcd.corpus/1`` regulation corpora (see ``README.md``)."""

from __future__ import annotations

import difflib
import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT = "pcd.corpus/1"
CORPORA_DIR = Path(__file__).resolve().parent

_WS = re.compile(r"\s+")


def _norm_ws(text: str) -> str:
    return _WS.sub(" ", text).strip()


# --------------------------------------------------------------------------- errors


class CorpusError(Exception):
    """Base class of the corpus errors."""


class UnknownCorpusError(CorpusError, KeyError):
    """No corpus of that name."""

    def __init__(self, name: str, known: list[str]):
        self.name = name
        self.known = known
        self.message = f"unknown corpus {name!r}; known corpora: {', '.join(known) or '(none)'}"
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class UnknownClauseError(CorpusError, KeyError):
    """No clause with that id; ``suggestions`` holds the nearest existing ids."""

    def __init__(self, clause_id: str, corpus: str | None, suggestions: list[str]):
        self.clause_id = clause_id
        self.corpus = corpus
        self.suggestions = suggestions
        where = f" in corpus {corpus!r}" if corpus else ""
        hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
        self.message = f"unknown clause id {clause_id!r}{where}{hint}"
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class CorpusFormatError(CorpusError, ValueError):
    """A corpus file does not follow the ``pcd.corpus/1`` format."""


# --------------------------------------------------------------------------- clauses


@dataclass(frozen=True, eq=False)
class Clause:
    """One clause (section, article, paragraph, point, definition, recital, ...) of a corpus.

    ``text`` is the clause's own verbatim text, without its enumeration label (``label``,
    e.g. ``"(a)"``, ``"1."``, ``"§ 164.502"``, ``"Article 6"``) and without the text of its
    sub-clauses; :meth:`full_text` adds those.
    """

    id: str
    parent: str | None
    kind: str
    label: str | None
    title: str | None
    text: str
    children: tuple[str, ...] = ()
    term: str | None = None
    citation: str | None = None
    url: str | None = None
    aliases: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    corpus: "Corpus | None" = field(default=None, repr=False, compare=False)

    @property
    def corpus_name(self) -> str:
        return self.id.split(":", 1)[0]

    @property
    def heading(self) -> str:
        """A one-line name: ``§ 164.404 Notification to individuals.``, ``Article 6 Lawfulness of processing``."""
        if self.kind in ("section", "article"):
            return f"{self.label} {self.title}"
        bits = [b for b in (self.citation or self.id, self.title if self.kind != "definition" else None) if b]
        return " ".join(bits)

    def display(self) -> str:
        """The clause's own text as printed, with its label (and, for sections/articles, heading)."""
        if self.kind == "section":
            head = f"{self.label} {self.title}"
            return head + (f"\n{self.text}" if self.text else "")
        if self.kind == "article":
            return f"{self.label}\n{self.title}" + (f"\n{self.text}" if self.text else "")
        if self.kind in ("definition", "subparagraph") or not self.label:
            return self.text
        return f"{self.label} {self.text}" if self.text else self.label

    def full_text(self, indent: str = "") -> str:
        """The clause with all its descendants, one printed paragraph a line.

        ``indent`` (e.g. ``"  "``) is repeated once per level below this clause.
        """
        if self.corpus is None:
            return self.display()
        return self.corpus.full_text(self.id, indent=indent)

    def ancestors(self) -> list["Clause"]:
        """Enclosing clauses, outermost first (not including this one)."""
        return self.corpus.ancestors(self.id) if self.corpus is not None else []

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id, "parent": self.parent, "kind": self.kind, "label": self.label, "title": self.title,
            "text": self.text, "children": list(self.children),
        }
        for k in ("term", "citation", "url"):
            if getattr(self, k) is not None:
                d[k] = getattr(self, k)
        if self.aliases:
            d["aliases"] = list(self.aliases)
        if self.meta:
            d["meta"] = dict(self.meta)
        if self.notes:
            d["notes"] = list(self.notes)
        return d


# --------------------------------------------------------------------------- id normalisation

_HIPAA_PREFIX = re.compile(r"^(?:45\s*C\.?F\.?R\.?\s*(?:§+|part)?|§+|sec(?:tion)?\.?)\s*", re.I)
_HIPAA_TERM = re.compile(r"^(\d+\.\d+(?:\([0-9a-zA-Z]{1,5}\))*)\(([^()]*[a-z][^()]*\s[^()]*|[A-Z][a-z][^()]*)\)(.*)$")
_GDPR_ART = re.compile(r"^(?:article|art\.?)\s*(\d+)\s*(.*?)\s*(?:gdpr)?$", re.I)
_GDPR_REC = re.compile(r"^(?:recital)\s*(\d+)\s*(?:gdpr)?$", re.I)


def _slug(term: str) -> str:
    s = term.lower().replace("\u2019", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def normalize_local_id(corpus: str, raw: str) -> str:
    """Canonical local part (after ``name:``) of a clause reference, in the conventions of ``corpus``.

    Accepts common spellings: ``§ 164.502(a)``, ``45 CFR 164.502(a)``, eCFR definition anchors
    ``160.103(Business associate)(1)``; ``Article 6(1)(a)``, ``Art. 6(1)(a) GDPR``, ``Recital 47``.
    """
    s = _norm_ws(raw)
    if corpus == "hipaa":
        s = s.removeprefix("p-")
        s = _HIPAA_PREFIX.sub("", s)
        s = s.replace(" (", "(").replace("( ", "(").replace(" )", ")")
        m = _HIPAA_TERM.match(s)
        if m:  # eCFR style definition reference: 160.103(Business associate)(1)
            s = f"{m.group(1)}/{_slug(m.group(2))}{m.group(3)}"
        if "/" in s:
            head, _, tail = s.partition("/")
            m2 = re.match(r"^([^()]*)(.*)$", tail)
            s = f"{head}/{_slug(m2.group(1))}{m2.group(2)}"
        return s.replace(" ", "")
    if corpus == "gdpr":
        m = _GDPR_ART.match(s)
        if m:
            return f"art{m.group(1)}{m.group(2).replace(' ', '').lower()}"
        m = _GDPR_REC.match(s)
        if m:
            return f"recital{m.group(1)}"
        return s.replace(" ", "").lower()
    return s


# --------------------------------------------------------------------------- corpus


class Corpus:
    """A loaded corpus: clauses in document order, with lookups by id and simple search."""

    def __init__(self, header: dict[str, Any], records: list[dict[str, Any]], path: Path | None = None):
        if header.get("format") != FORMAT:
            raise CorpusFormatError(f"{path}: format {header.get('format')!r}, expected {FORMAT!r}")
        self.header = header
        self.name: str = header["name"]
        self.path = path
        children: dict[str, list[str]] = {}
        seen: set[str] = set()
        for r in records:
            cid, parent = r["id"], r.get("parent")
            if cid in seen:
                raise CorpusFormatError(f"{path}: duplicate clause id {cid!r}")
            if not cid.startswith(self.name + ":"):
                raise CorpusFormatError(f"{path}: clause id {cid!r} lacks the prefix {self.name + ':'!r}")
            if parent is not None and parent not in seen:
                raise CorpusFormatError(f"{path}: {cid!r}: parent {parent!r} is not defined before it")
            seen.add(cid)
            children[cid] = []
            if parent is not None:
                children[parent].append(cid)
        self._clauses: dict[str, Clause] = {}
        self._aliases: dict[str, str] = {}
        for r in records:
            c = Clause(
                id=r["id"], parent=r.get("parent"), kind=r["kind"], label=r.get("label"), title=r.get("title"),
                text=r["text"], children=tuple(children[r["id"]]), term=r.get("term"), citation=r.get("citation"),
                url=r.get("url"), aliases=tuple(r.get("aliases", ())), meta=dict(r.get("meta", {})),
                notes=tuple(r.get("notes", ())), corpus=self,
            )
            self._clauses[c.id] = c
            for a in c.aliases:
                self._aliases.setdefault(a, c.id)

    # -- metadata
    @property
    def title(self) -> str:
        return self.header.get("title", self.name)

    @property
    def license(self) -> str:
        return self.header.get("license", "")

    @property
    def attribution(self) -> str:
        return self.header.get("attribution", "")

    @property
    def version(self) -> str | None:
        return self.header.get("version")

    def __repr__(self) -> str:
        return f"<Corpus {self.name!r}: {len(self)} clauses>"

    # -- container protocol
    def __len__(self) -> int:
        return len(self._clauses)

    def __iter__(self) -> Iterator[Clause]:
        return iter(self._clauses.values())

    def __contains__(self, clause_id: object) -> bool:
        return isinstance(clause_id, str) and self.resolve(clause_id) is not None

    def __getitem__(self, clause_id: str) -> Clause:
        return self.get(clause_id)

    def ids(self) -> list[str]:
        return list(self._clauses)

    def roots(self) -> list[Clause]:
        """Top-level clauses (sections / articles / recitals) in document order."""
        return [c for c in self._clauses.values() if c.parent is None]

    # -- lookups
    def resolve(self, clause_id: str) -> str | None:
        """The canonical id for ``clause_id`` (exact id, alias or common spelling), or None."""
        if clause_id in self._clauses:
            return clause_id
        if clause_id in self._aliases:
            return self._aliases[clause_id]
        local = clause_id.strip()
        prefix, sep, rest = local.partition(":")
        if sep and prefix.strip().lower() == self.name:
            local = rest
        elif sep and re.fullmatch(r"[A-Za-z][\w-]*", prefix.strip()):
            return None  # another corpus's id
        cid = f"{self.name}:{normalize_local_id(self.name, local)}"
        if cid in self._clauses:
            return cid
        return self._aliases.get(cid)

    def get(self, clause_id: str) -> Clause:
        """The clause with this id; :class:`UnknownClauseError` (a ``KeyError``) if there is none."""
        cid = self.resolve(clause_id)
        if cid is None:
            raise UnknownClauseError(clause_id, self.name, self.suggest(clause_id))
        return self._clauses[cid]

    def suggest(self, clause_id: str, n: int = 5) -> list[str]:
        """Existing ids close to ``clause_id``: its nearest existing ancestor's family, then difflib matches."""
        local = clause_id.split(":", 1)[1] if clause_id.lower().startswith(self.name + ":") else clause_id
        target = f"{self.name}:{normalize_local_id(self.name, local)}"
        out: list[str] = []
        probe = target
        while True:  # trim trailing "(x)" / "/term" segments until an existing clause is found
            m = re.match(r"^(.*?)(\([^()]*\)|/[^/()]*)$", probe)
            if not m or not m.group(1):
                break
            probe = m.group(1)
            if probe in self._clauses:
                kids = list(self._clauses[probe].children)
                out += difflib.get_close_matches(target, kids, n=n, cutoff=0.0)[: max(1, n - 2)]
                out.append(probe)
                break
        ids = list(self._clauses)
        for cand in difflib.get_close_matches(target, ids, n=n * 2, cutoff=0.6):
            if cand not in out:
                out.append(cand)
        return out[:n]

    def children(self, clause_id: str) -> list[Clause]:
        return [self._clauses[c] for c in self.get(clause_id).children]

    def parent(self, clause_id: str) -> Clause | None:
        p = self.get(clause_id).parent
        return self._clauses[p] if p is not None else None

    def ancestors(self, clause_id: str) -> list[Clause]:
        """Enclosing clauses, outermost first (the clause itself excluded)."""
        out: list[Clause] = []
        p = self.get(clause_id).parent
        while p is not None:
            c = self._clauses[p]
            out.append(c)
            p = c.parent
        return out[::-1]

    def descendants(self, clause_id: str) -> list[Clause]:
        """All clauses below ``clause_id``, in document order."""
        out: list[Clause] = []
        stack = list(reversed(self.get(clause_id).children))
        while stack:
            c = self._clauses[stack.pop()]
            out.append(c)
            stack.extend(reversed(c.children))
        return out

    def full_text(self, clause_id: str, indent: str = "") -> str:
        """The clause and its descendants as printed, one paragraph a line (see :meth:`Clause.display`)."""
        root = self.get(clause_id)
        lines: list[str] = []

        def walk(c: Clause, depth: int) -> None:
            pad = indent * depth
            lines.extend(pad + line for line in c.display().split("\n"))
            for k in c.children:
                walk(self._clauses[k], depth + 1)

        walk(root, 0)
        return "\n".join(lines)

    def verify_quote(self, clause_id: str, quote: str) -> bool:
        """Whether ``quote`` occurs verbatim (up to whitespace) in the clause's full text."""
        return _norm_ws(quote) in _norm_ws(self.full_text(clause_id))

    def search(self, query: str, *, kinds: tuple[str, ...] | list[str] | None = None,
               limit: int | None = None) -> list[Clause]:
        """Clauses whose own text or title contains ``query``.

        Case-insensitive. Clauses containing the whole query as a phrase come first, then
        those containing every word of it; document order within each group. Wrap the
        query in double quotes to require the phrase.
        """
        q = _norm_ws(query).lower()
        phrase_only = len(q) >= 2 and q[0] == q[-1] == '"'
        q = q.strip('"').strip()
        words = re.findall(r"\w+", q)
        if not q:
            return []
        phrase: list[Clause] = []
        allw: list[Clause] = []
        for c in self._clauses.values():
            if kinds and c.kind not in kinds:
                continue
            hay = _norm_ws(" ".join(x for x in (c.title, c.text) if x)).lower()
            if q in hay:
                phrase.append(c)
            elif not phrase_only and words and all(re.search(rf"\b{re.escape(w)}", hay) for w in words):
                allw.append(c)
        hits = phrase + allw
        return hits[:limit] if limit is not None else hits


# --------------------------------------------------------------------------- loading


def _read_header(path: Path) -> dict[str, Any] | None:
    try:
        with path.open(encoding="utf-8") as f:
            first = f.readline()
        rec = json.loads(first)
    except (OSError, ValueError):
        return None
    if isinstance(rec, dict) and rec.get("record") == "header" and rec.get("format") == FORMAT:
        return rec
    return None


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, Path]:
    out: dict[str, Path] = {}
    for p in sorted(CORPORA_DIR.glob("*.jsonl")):  # top level only: corpora/qa/ etc. are not corpora
        h = _read_header(p)
        if h is not None:
            out[h["name"]] = p
    return out


def names() -> list[str]:
    """Names of the available corpora, e.g. ``["gdpr", "hipaa"]``."""
    return sorted(_index())


def read_corpus_file(path: str | Path) -> Corpus:
    """Load a ``pcd.corpus/1`` JSON Lines file (not cached)."""
    path = Path(path)
    header: dict[str, Any] | None = None
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            if i == 1:
                if rec.get("record") != "header":
                    raise CorpusFormatError(f"{path}: the first line must be the header record")
                header = rec
            elif rec.get("record") != "clause":
                raise CorpusFormatError(f"{path}:{i}: unexpected record {rec.get('record')!r}")
            else:
                records.append(rec)
    if header is None:
        raise CorpusFormatError(f"{path}: empty file")
    return Corpus(header, records, path)


def load(name: str) -> Corpus:
    """The corpus ``name`` (``"hipaa"``, ``"gdpr"``), loaded once and cached."""
    key = name.strip().lower()
    idx = _index()
    if key not in idx:
        raise UnknownCorpusError(name, sorted(idx))
    return _load(key)


@functools.lru_cache(maxsize=None)
def _load(key: str) -> Corpus:
    return read_corpus_file(_index()[key])


def _split(clause_id: str) -> tuple[str | None, str]:
    prefix, sep, rest = clause_id.strip().partition(":")
    if sep and prefix.strip().lower() in _index():
        return prefix.strip().lower(), rest
    return None, clause_id


def get(clause_id: str) -> Clause:
    """Look a clause up across corpora: ``get("hipaa:164.508(a)(2)")``, ``get("gdpr:art6(1)(a)")``.

    The ``name:`` prefix picks the corpus; without one every corpus is tried and the id must
    resolve in exactly one (``get("Article 33(1)")`` works, ``get("164.502(a)")`` too).
    """
    name, _ = _split(clause_id)
    if name is not None:
        return load(name).get(clause_id)
    prefix, sep, _ = clause_id.strip().partition(":")
    if sep and re.fullmatch(r"[A-Za-z][\w-]*", prefix.strip()):
        raise UnknownCorpusError(prefix.strip(), names())
    found = [(n, load(n).resolve(clause_id)) for n in names()]
    found = [(n, cid) for n, cid in found if cid is not None]
    if len(found) == 1:
        return load(found[0][0]).get(found[0][1])
    sugg: list[str] = []
    for n in names():
        sugg += load(n).suggest(clause_id, n=3)
    if len(found) > 1:
        raise UnknownClauseError(clause_id, None, [cid for _, cid in found])
    raise UnknownClauseError(clause_id, None, sugg[:5])


def search(query: str, corpus: str | None = None, *, limit: int | None = None) -> list[Clause]:
    """:meth:`Corpus.search` over one corpus or all of them."""
    hits: list[Clause] = []
    for n in [corpus] if corpus else names():
        hits += load(n).search(query)
    return hits[:limit] if limit is not None else hits


# --------------------------------------------------------------------------- CLI helpers


def list_corpora() -> list[dict[str, Any]]:
    """One row per corpus for ``pcd corpora list``: name, title, clause counts, version, license, source."""
    rows = []
    for n in names():
        c = load(n)
        kinds: dict[str, int] = {}
        for cl in c:
            kinds[cl.kind] = kinds.get(cl.kind, 0) + 1
        rows.append({
            "name": n, "title": c.title, "clauses": len(c), "kinds": kinds, "version": c.version,
            "scope": c.header.get("scope", []), "license": c.license, "attribution": c.attribution,
            "sources": [s.get("url") for s in c.header.get("sources", []) if s.get("url")],
            "path": str(c.path) if c.path else None,
        })
    return rows


def show_clause(clause_id: str, *, descendants: bool = True) -> dict[str, Any]:
    """Everything ``pcd corpora show ID`` prints, as plain JSON-able data.

    Raises :class:`UnknownClauseError` (with suggestions) for an unknown id.
    """
    c = get(clause_id)
    corpus = c.corpus
    assert corpus is not None
    d = c.to_dict()
    d.update({
        "corpus": corpus.name,
        "heading": c.heading,
        "display": c.display(),
        "full_text": c.full_text() if descendants else c.display(),
        "ancestors": [{"id": a.id, "label": a.label, "title": a.title, "citation": a.citation}
                      for a in corpus.ancestors(c.id)],
        "children": [{"id": k.id, "label": k.label, "title": k.title} for k in corpus.children(c.id)],
        "source": corpus.title, "version": corpus.version, "license": corpus.license,
        "attribution": corpus.attribution,
    })
    return d


def format_corpora_list() -> str:
    """Plain-text table of :func:`list_corpora`."""
    rows = list_corpora()
    if not rows:
        return "no corpora installed"
    w = max(len(r["name"]) for r in rows)
    lines = []
    for r in rows:
        kinds = ", ".join(f"{v} {k}s" for k, v in sorted(r["kinds"].items(), key=lambda kv: -kv[1]))
        lines.append(f"{r['name']:<{w}}  {r['clauses']:>5} clauses  {r['title']}")
        lines.append(f"{'':<{w}}  {kinds}")
        if r["version"]:
            lines.append(f"{'':<{w}}  version: {r['version']}")
        lines.append(f"{'':<{w}}  license: {r['license']}")
    return "\n".join(lines)


def format_clause(clause_id: str, *, descendants: bool = True, indent: str = "  ") -> str:
    """Plain-text rendering for ``pcd corpora show ID``: id and citation, breadcrumbs, verbatim text, source."""
    c = get(clause_id)
    corpus = c.corpus
    assert corpus is not None
    lines = [f"{c.id}  ({c.citation})" if c.citation else c.id]
    crumbs = [a.heading if a.kind in ("section", "article")
              else " ".join(x for x in (a.label, a.title) if x) or a.id
              for a in corpus.ancestors(c.id)]
    if crumbs:
        lines.append("in: " + " > ".join(crumbs))
    if c.url:
        lines.append(c.url)
    lines.append("")
    lines.append(c.full_text(indent=indent) if descendants else c.display())
    lines.append("")
    lines.append(f"Source: {corpus.title}" + (f"; {corpus.version}" if corpus.version else ""))
    lines.append(f"License: {corpus.license}")
    return "\n".join(lines)
