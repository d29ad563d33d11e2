"""Verbatim regulation corpora for pcd: HIPAA (45 CFR Parts 160/164) and the GDPR.

The corpora are JSON Lines files in the ``pcd.corpus/1`` format next to this module
(``hipaa.jsonl``, ``gdpr.jsonl``; see ``README.md`` and ``corpus.schema.json``), converted by
``scripts/convert_corpora.py``. This package depends on the standard library only.

Usage::

    import corpora
    corpora.names()                                  # ['gdpr', 'hipaa']
    c = corpora.get("hipaa:164.404(b)")              # a Clause
    c.text, c.title, c.parent, c.children, c.full_text()
    hipaa = corpora.load("hipaa")                    # a Corpus (cached)
    hipaa.children("hipaa:164.502(a)"); hipaa.ancestors("hipaa:164.502(a)(1)(ii)")
    hipaa.search("60 calendar days")
    corpora.get("gdpr:art99(9)")                     # UnknownClauseError (a KeyError) naming close ids

Licenses: the HIPAA text is US federal regulatory text (public domain); the GDPR text is from
GDPRtEXT (CC BY 4.0, attribution in ``NOTICE.md`` and in each corpus header).
"""

from ._corpus import (
    CORPORA_DIR,
    FORMAT,
    Clause,
    Corpus,
    CorpusError,
    CorpusFormatError,
    UnknownClauseError,
    UnknownCorpusError,
    format_clause,
    format_corpora_list,
    get,
    list_corpora,
    load,
    names,
    normalize_local_id,
    read_corpus_file,
    search,
    show_clause,
)

__all__ = [
    "CORPORA_DIR",
    "FORMAT",
    "Clause",
    "Corpus",
    "CorpusError",
    "CorpusFormatError",
    "UnknownClauseError",
    "UnknownCorpusError",
    "format_clause",
    "format_corpora_list",
    "get",
    "list_corpora",
    "load",
    "names",
    "normalize_local_id",
    "read_corpus_file",
    "search",
    "show_clause",
]
