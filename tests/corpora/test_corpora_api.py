"""Tests over the committed corpus files (corpora/hipaa.jsonl, corpora/gdpr.jsonl) and the loader API."""

from __future__ import annotations

import json
import re

import pytest

import corpora
from corpora import UnknownClauseError, UnknownCorpusError


@pytest.fixture(scope="module")
def hipaa():
    return corpora.load("hipaa")


@pytest.fixture(scope="module")
def gdpr():
    return corpora.load("gdpr")


def test_names_and_cache():
    assert corpora.names() == ["gdpr", "hipaa"]  # corpora/qa/*.jsonl is not a corpus
    assert corpora.load("hipaa") is corpora.load("hipaa")
    assert corpora.load("HIPAA") is corpora.load("hipaa")
    with pytest.raises(UnknownCorpusError) as ei:
        corpora.load("ccpa")
    assert isinstance(ei.value, KeyError)
    assert "hipaa" in str(ei.value)


@pytest.mark.parametrize(
    "cid",
    [
        "hipaa:164.502",
        "hipaa:164.502(a)(1)(ii)",
        "hipaa:164.508(a)(2)",
        "hipaa:164.502(a)(5)(i)(A)(1)",  # italic level
        "hipaa:164.512(f)(1)(ii)(A)",
        "hipaa:164.404(b)",
        "hipaa:164.410(b)",
        "hipaa:164.514(b)(2)(i)(R)",
        "hipaa:164.534",
        "hipaa:160.103/business-associate",
        "hipaa:160.103/business-associate(1)(i)",
        "hipaa:160.103/covered-entity",
        "hipaa:160.103/protected-health-information",
        "hipaa:164.501/psychotherapy-notes",
        "hipaa:164.501/marketing(2)(ii)(A)",
        "hipaa:164.402/breach(1)(i)",
        "hipaa:164.103/required-by-law",
        "gdpr:art1",
        "gdpr:art6",
        "gdpr:art6(1)",
        "gdpr:art6(1)(a)",
        "gdpr:art6(1)/sub2",
        "gdpr:art9(2)(j)",
        "gdpr:art33(1)",
        "gdpr:art49(1)(g)",
        "gdpr:art50(d)",
        "gdpr:art53(1)/indent4",
        "gdpr:art99(2)",
        "gdpr:recital47",
    ],
)
def test_ids_resolve(cid):
    c = corpora.get(cid)
    assert c.id == cid
    assert cid in corpora.load(cid.split(":")[0])


def test_counts(hipaa, gdpr):
    def kinds(corpus):
        return {k: sum(1 for c in corpus if c.kind == k) for k in {c.kind for c in corpus}}

    assert kinds(gdpr)["article"] == 99
    assert kinds(gdpr)["recital"] == 173
    assert [c.id for c in gdpr.roots() if c.kind == "article"] == [f"gdpr:art{i}" for i in range(1, 100)]
    assert kinds(gdpr)["definition"] == 26  # Art. 4(1)-(26)
    secs = [c.id.removeprefix("hipaa:") for c in hipaa.roots()]
    expected = [f"160.{n}" for n in range(101, 106)] + [f"164.{n}" for n in range(102, 107)]
    expected += [f"164.{n}" for n in range(400, 416, 2)]  # Subpart D
    expected += ["164.500", "164.501"] + [f"164.{n}" for n in [*range(502, 516, 2), *range(520, 536, 2)]]  # E
    assert secs == expected
    assert len(hipaa) > 1200 and len(gdpr) > 1000
    assert hipaa.header["clauses"] == len(hipaa) and gdpr.header["clauses"] == len(gdpr)


def test_verbatim_hipaa(hipaa):
    c = hipaa.get("hipaa:164.404(b)")
    assert "without unreasonable delay and in no case later than 60 calendar days after discovery of a breach" in c.text
    assert c.title == "Implementation specification: Timeliness of notification."
    assert c.label == "(b)" and c.parent == "hipaa:164.404"
    assert c.citation == "45 CFR 164.404(b)"
    assert c.url.endswith("section-164.404#p-164.404(b)")
    assert hipaa.get("hipaa:164.502(a)(1)(ii)").text == (
        "For treatment, payment, or health care operations, as permitted by and in compliance with § 164.506;"
    )
    ba = hipaa.get("hipaa:160.103/business-associate(1)")
    assert ba.text.startswith("Except as provided in paragraph (4) of this definition, business associate means")
    assert hipaa.get("hipaa:160.103/business-associate").term == "Business associate"
    assert hipaa.get("hipaa:164.501/psychotherapy-notes").text.startswith(
        "Psychotherapy notes means notes recorded (in any medium) by a health care provider who is a mental health"
    )
    assert hipaa.get("hipaa:164.508(a)(2)").text.startswith(
        "Authorization required: Psychotherapy notes. Notwithstanding any provision of this subpart"
    )
    # a section's lead-in and its title
    s = hipaa.get("hipaa:164.501")
    assert s.kind == "section" and s.title == "Definitions." and s.meta["subpart"] == "E"
    assert s.text == "As used in this subpart, the following terms have the following meanings:"
    # the quoted notice header is part of 164.520(b)(1)(i)
    assert "“THIS NOTICE DESCRIBES HOW MEDICAL INFORMATION ABOUT YOU MAY BE USED AND DISCLOSED" in hipaa.get(
        "hipaa:164.520(b)(1)(i)"
    ).text


def test_verbatim_gdpr(gdpr):
    assert "not later than 72 hours after having become aware of it" in gdpr.get("gdpr:art33(1)").text
    assert gdpr.get("gdpr:art6(1)(a)").text == (
        "the data subject has given consent to the processing of his or her personal data "
        "for one or more specific purposes;"
    )
    assert gdpr.get("gdpr:art6(1)").label == "1."
    art = gdpr.get("gdpr:art6")
    assert art.title == "Lawfulness of processing"
    assert art.meta == {"chapter": "II", "chapter_title": "Principles"}
    assert gdpr.get("gdpr:art33").meta["section_title"] == "Security of personal data"
    assert gdpr.get("gdpr:art6(1)/sub2").text.startswith("Point (f) of the first subparagraph shall not apply")
    assert gdpr.get("gdpr:art4(11)").term == "consent"
    assert gdpr.get("gdpr:art4").text == "For the purposes of this Regulation:"
    assert gdpr.get("gdpr:art10").text.startswith("Processing of personal data relating to criminal convictions")
    assert "legitimate interests of a controller" in gdpr.get("gdpr:recital47").text


def test_full_text_and_quotes(hipaa, gdpr):
    ft = hipaa.get("hipaa:164.508(a)(2)").full_text()
    lines = ft.split("\n")
    assert lines[0].startswith("(2) Authorization required: Psychotherapy notes.")
    assert lines[1].startswith("(i) To carry out the following treatment, payment, or health care operations:")
    assert lines[2] == "(A) Use by the originator of the psychotherapy notes for treatment;"
    assert hipaa.get("hipaa:164.404").full_text().startswith("§ 164.404 Notification to individuals.\n(a) Standard —")
    assert "  (A) Use by" in hipaa.full_text("hipaa:164.508(a)(2)", indent="  ")
    assert hipaa.verify_quote("hipaa:164.404", "in no case later than 60\n calendar days")
    assert not hipaa.verify_quote("hipaa:164.404(a)", "60 calendar days")
    assert gdpr.get("gdpr:art6").full_text().startswith("Article 6\nLawfulness of processing\n1. Processing shall")
    assert "(f) processing is necessary for the purposes of the legitimate interests" in gdpr.full_text("gdpr:art6(1)")


@pytest.mark.parametrize("name", ["hipaa", "gdpr"])
def test_hierarchy_consistent(name):
    corpus = corpora.load(name)
    ids = corpus.ids()
    assert len(ids) == len(set(ids))
    order = {cid: i for i, cid in enumerate(ids)}
    for c in corpus:
        assert c.id.startswith(name + ":") and not re.search(r"\s", c.id)
        if c.parent is None:
            assert c.kind in ("section", "article", "recital")
        else:
            p = corpus.get(c.parent)
            assert c.id in p.children
            assert order[p.id] < order[c.id]
            assert c.id.startswith(p.id)  # ids extend their parent's id
        for k in c.children:
            assert corpus.get(k).parent == c.id
        assert [a.id for a in c.ancestors()] == [a.id for a in corpus.ancestors(c.id)]
        if c.kind != "section" and c.kind != "article":
            assert c.text or c.children, c.id


def test_navigation(hipaa):
    assert [a.id for a in hipaa.ancestors("hipaa:164.502(a)(1)(ii)")] == [
        "hipaa:164.502", "hipaa:164.502(a)", "hipaa:164.502(a)(1)"]
    assert [c.label for c in hipaa.children("hipaa:164.404(c)(1)")] == ["(A)", "(B)", "(C)", "(D)", "(E)"]
    assert hipaa.parent("hipaa:164.404") is None
    assert hipaa.parent("hipaa:164.404(b)").id == "hipaa:164.404"
    desc = [c.id for c in hipaa.descendants("hipaa:164.508(a)(2)")]
    assert desc[:2] == ["hipaa:164.508(a)(2)(i)", "hipaa:164.508(a)(2)(i)(A)"]
    assert next(iter(hipaa)).id == "hipaa:160.101"


def test_repaired_164_404_d(hipaa):
    assert [c.id for c in hipaa.children("hipaa:164.404(d)(2)")] == [
        "hipaa:164.404(d)(2)(i)", "hipaa:164.404(d)(2)(ii)"]
    assert [c.id for c in hipaa.children("hipaa:164.404(d)(2)(ii)")] == [
        "hipaa:164.404(d)(2)(ii)(A)", "hipaa:164.404(d)(2)(ii)(B)"]
    assert hipaa.get("hipaa:164.404(d)(1)").text == "Written notice."
    assert hipaa.get("hipaa:164.404(d)(1)(i)").text.startswith("Written notification by first-class mail")
    assert hipaa.get("hipaa:164.404(d)(2)(A)").id == "hipaa:164.404(d)(2)(ii)(A)"  # eCFR anchor as alias
    assert hipaa.get("hipaa:164.404(d)(1)(ii)").notes


@pytest.mark.parametrize(
    "spelling, cid",
    [
        ("45 CFR 164.502(a)(1)(ii)", "hipaa:164.502(a)(1)(ii)"),
        ("§ 164.404(b)", "hipaa:164.404(b)"),
        ("164.508(a)(2)", "hipaa:164.508(a)(2)"),
        ("hipaa:160.103(Business associate)(1)(i)", "hipaa:160.103/business-associate(1)(i)"),
        ("164.501(Marketing)(3)", "hipaa:164.501/marketing(3)"),
        ("Article 33(1)", "gdpr:art33(1)"),
        ("Art. 6(1)(a) GDPR", "gdpr:art6(1)(a)"),
        ("gdpr:Art 9(2)", "gdpr:art9(2)"),
        ("Recital 47", "gdpr:recital47"),
    ],
)
def test_spellings(spelling, cid):
    assert corpora.get(spelling).id == cid


@pytest.mark.parametrize(
    "bad, expected",
    [
        ("hipaa:164.508(a)(9)", "hipaa:164.508(a)"),
        ("gdpr:art6(1)(g)", "gdpr:art6(1)(f)"),
        ("hipaa:160.103/business-asociate", "hipaa:160.103/business-associate"),
        ("gdpr:art100", "gdpr:art10"),
    ],
)
def test_unknown_clause_suggests(bad, expected):
    with pytest.raises(UnknownClauseError) as ei:
        corpora.get(bad)
    err = ei.value
    assert isinstance(err, KeyError)
    assert expected in err.suggestions
    assert bad in str(err) and expected in str(err)
    with pytest.raises(KeyError):
        corpora.load(bad.split(":")[0])[bad]
    assert bad not in corpora.load(bad.split(":")[0])


def test_unknown_corpus_prefix():
    with pytest.raises(UnknownCorpusError):
        corpora.get("ccpa:1798.100")


def test_search(hipaa, gdpr):
    hits = [c.id for c in hipaa.search("60 calendar days")]
    assert "hipaa:164.404(b)" in hits
    assert [c.id for c in gdpr.search("72 hours")][0] == "gdpr:art33(1)"
    defs = hipaa.search("psychotherapy notes", kinds=["definition"])
    assert "hipaa:164.501/psychotherapy-notes" in [c.id for c in defs]
    assert len(corpora.search("consent", limit=3)) == 3
    assert hipaa.search("") == []


def test_cli_helpers():
    rows = corpora.list_corpora()
    assert [r["name"] for r in rows] == ["gdpr", "hipaa"]
    assert all(r["clauses"] > 1000 and r["license"] for r in rows)
    json.dumps(rows)
    d = corpora.show_clause("hipaa:164.508(a)(2)")
    json.dumps(d)
    assert d["id"] == "hipaa:164.508(a)(2)" and d["corpus"] == "hipaa"
    assert [a["id"] for a in d["ancestors"]] == ["hipaa:164.508", "hipaa:164.508(a)"]
    assert d["children"][0]["id"] == "hipaa:164.508(a)(2)(i)"
    assert "(A) Use by the originator" in d["full_text"]
    assert "Public domain" in d["license"]
    assert "CC BY 4.0" in corpora.show_clause("gdpr:art6(1)(a)")["license"]
    txt = corpora.format_clause("gdpr:art33(1)")
    assert txt.startswith("gdpr:art33(1)  (Article 33(1) GDPR)") and "72 hours" in txt
    assert "hipaa" in corpora.format_corpora_list()
    with pytest.raises(UnknownClauseError):
        corpora.show_clause("hipaa:164.999")


def test_files_match_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((corpora.CORPORA_DIR / "corpus.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for name in corpora.names():
        with (corpora.CORPORA_DIR / f"{name}.jsonl").open(encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                rec = json.loads(line)
                assert (rec["record"] == "header") == (i == 1)
                errors = list(validator.iter_errors(rec))
                assert not errors, (name, i, errors[0].message)


def test_text_is_whitespace_normalised():
    for name in corpora.names():
        for c in corpora.load(name):
            for block in c.text.split("\n"):
                assert block == " ".join(block.split()), c.id
            assert "<" not in c.text or c.id.startswith("gdpr"), c.id  # no HTML left
